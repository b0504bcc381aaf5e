"""Families of phrasing fixed on the Kazakh development set
(tests/data/mentions_dev_kk), with hand-checked sentences written for these tests; the
set's floors are in ``test_mentions_round3.py``.

The set was annotated blind and the Kazakh rules were then tuned on it, so its scores are
floors, not estimates of accuracy on new text.
"""

from __future__ import annotations

import pytest

from analysis.mentions import extract_mentions


def _found(text: str) -> list[tuple[str, str, float | None, str | None]]:
    df = extract_mentions(text, "kk")
    return [
        (r.surface, r.kind, None if r.value != r.value else round(r.value, 4), r.unit)
        for r in df.itertuples()
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit symbol with a case suffix after a hyphen: the suffix stays outside
        ("Өзеннің тереңдігі 12 м-ге жетеді.", [("12 м", "quantity", 12.0, "m")]),
        ("Жел 18 м/с-қа дейін күшейеді.", [("18 м/с", "quantity", 18.0, "m/s")]),
        ("Жауын-шашын 35 мм-ден аспайды.", [("35 мм", "quantity", 35.0, "mm")]),
        ("Қала теңіз деңгейінен 620 м биіктікте.", [("620 м", "quantity", 620.0, "m")]),
        # units of the lexicon: devoiced loans, келі, баррель, Бк/кг, п.т.
        ("Ол 400 метрді 48,5 секундта жүгірді.",
         [("400 метрді", "quantity", 400.0, "m"), ("48,5 секундта", "quantity", 48.5, "second")]),
        ("Базардан екі келі ет алдық.", [("екі келі", "quantity", 2.0, "kg")]),
        ("Тәулігіне 80 мың баррель мұнай өндіріледі.",
         [("80 мың баррель", "quantity", 80000.0, "bbl")]),
        ("Белсенділігі 320 Бк/кг-ға жетті.", [("320 Бк/кг", "quantity", 320.0, "Bq/kg")]),
        ("Инфляция 1,2 п.т. төмендеді.", [("1,2 п.т.", "percent", 1.2, "%")]),
        # negative: "күндізгі" (daytime) is no day, АЕК no month, т alone no tonne
        ("Облыста 412 күндізгі мектеп бар.", [("412", "count", 412.0, None)]),
        ("Айыппұл 50 айлық есептік көрсеткіш.", [("50", "count", 50.0, None)]),
        ("Курс 6 айлық болады.", [("6 айлық", "quantity", 6.0, "month")]),
        # numbered plans, centuries and military units are ordinals; parts, courses and
        # entrances identifiers
        ("2-бесжылдықта зауыт салынды.", [("2", "ordinal", 2.0, None)]),
        ("Мешіт 18-ғасырда салынған.", [("18", "ordinal", 18.0, None)]),
        ("8-гвардиялық атқыштар дивизиясы шайқасқа кірді.", [("8", "ordinal", 8.0, None)]),
        ("Баптың 3-бөлігі өзгерді.", [("3", "identifier", 3.0, None)]),
        ("Ол 2-курста оқиды.", [("2", "identifier", 2.0, None)]),
        ("Көшеде 12 атқыштар тұрды.", [("12", "count", 12.0, None)]),
        # an article with a sub-number is one identifier; a plural noun keeps the range
        ("Кодекстің 45-2-бабы күшін жойды.", [("45-2", "identifier", None, None)]),
        ("5-7-сыныптар оқушылары келді.", [("5-7", "range", 5.0, None)]),
        # coefficients before a copula are "other"; a rate with a counted noun counts
        ("Джини коэффициенті 0,31 болды.", [("0,31", "other", 0.31, None)]),
        ("Жұмыссыздар саны 4,8 болды.", [("4,8", "count", 4.8, None)]),
        # an hour after "сағат"
        ("Қабылдау сағат 10-нан басталады.", [("10", "other", 10.0, None)]),
        ("Жұмыс 8 сағатқа созылды.", [("8 сағатқа", "quantity", 8.0, "hour")]),
        # isotopes are names
        ("Сынамада стронций-90 табылды.", [("90", "other", 90.0, None)]),
        # identifier cues: hotline, BIN, leading zero, an issue's running number
        ("Анықтама телефоны: 1409.", [("1409", "identifier", 1409.0, None)]),
        ("Серіктестік (БСН 990240000123) тіркелді.",
         [("990240000123", "identifier", 990240000123.0, None)]),
        ("Индексі 050000.", [("050000", "identifier", 50000.0, None)]),
        # signed ranges with three dots
        ("Температура -2...+4 градус болады.", [("-2...+4 градус", "range", -2.0, "degC")]),
    ],
)
def test_kazakh_families(text, expected):
    assert _found(text) == expected


def test_scholar_in_prose_is_no_citation():
    text = ("Тарихшы М. Қозыбаевтың айтуынша, 1930 жылғы егісте 2 400 колхоз болған[4].")
    kinds = [k for _, k, _, _ in _found(text)]
    assert kinds == ["year", "count", "reference"]


def test_author_line_stays_a_citation():
    text = "Қозыбаев М. Қ. Ақтаңдақтар ақиқаты. – Алматы: Ғылым, 1992. – 272 б."
    assert [k for _, k, _, _ in _found(text)] == ["reference", "reference"]
