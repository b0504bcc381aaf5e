"""Families of phrasing fixed on the third Kazakh development set
(tests/data/mentions_dev_kk3), with hand-checked sentences written for these tests (none
copied from the set), including negative cases showing that the rules do not misfire.

The set was annotated blind and the Kazakh rules were then tuned on it, so its scores say
nothing about accuracy on new text.
"""

from __future__ import annotations

from functools import partial

import pytest
from mention_checks import found_rounded

_found = partial(found_rounded, "kk")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # collective numerals with a possessive in either vowel harmony count
        ("Ауылға екеуіміз бардық.", [("екеуіміз", "count", 2.0, None)]),
        ("Жолда алтауымыз қалдық.", [("алтауымыз", "count", 6.0, None)]),
        ("Ол тоғызауының атын білді.", [("тоғызауының", "count", 9.0, None)]),
        ("Мұғалім үшеуіне сыйлық берді.", [("үшеуіне", "count", 3.0, None)]),
        ("Бесеуміз бір сыныпта оқыдық.", [("Бесеуміз", "count", 5.0, None)]),
        # not collectives: words that only begin like one
        ("Алтай тауы биік.", []),
    ],
)
def test_collective_numerals(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # tens (and hundreds) before an ordinal word make one ordinal word: no mention
        ("Ол қырық бірінші жылы майданға кетті.", []),
        ("Жиырма бесінші жылдың күзінде ауыл көшті.", []),
        ("Мың тоғыз жүз отыз екінші жылы ашаршылық басталды.", []),
        ("Он алтыншы сыныпта оқыды.", []),
        # cardinals before a noun, or an ordinal word after a noun, stay counts
        ("Қырық адам үшінші рет жиналды.", [("Қырық", "count", 40.0, None)]),
        ("Жиырма бес оқушы келді.", [("Жиырма бес", "count", 25.0, None)]),
    ],
)
def test_compound_ordinal_words(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Russian abbreviation "тыс." (thousand) is a scale word in Kazakh text too
        ("Қала халқы 185 тыс. адам.", [("185 тыс.", "count", 185000.0, None)]),
        ("Егіс көлемі 12,5 тыс. гектар болды.", [("12,5 тыс. гектар", "quantity", 12500.0, "ha")]),
        ("Бюджеті 450 тыс. теңге.", [("450 тыс. теңге", "money", 450000.0, "KZT")]),
    ],
)
def test_tys_abbreviation(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # density and acceleration with a superscript exponent: one unit, no footnote marker
        ("Мұздың тығыздығы 0,9 г/см³ шамасында.", [("0,9 г/см³", "quantity", 0.9, "g/cm3")]),
        ("Болаттың тығыздығы 7800 кг/м³ болады.", [("7800 кг/м³", "quantity", 7800.0, "kg/m3")]),
        ("Үдеуі 2 м/с² тең.", [("2 м/с²", "quantity", 2.0, "m/s2")]),
        # a footnote marker glued to a word is still a reference
        ("Бұл туралы автор жазған².", [("²", "reference", 2.0, None)]),
        # blood pressure in the Kazakh abbreviation of millimetres of mercury
        (
            "Қысымы 130/85 мм сын. бағ. болды.",
            [("130", "quantity", 130.0, "mmHg"), ("85 мм сын. бағ.", "quantity", 85.0, "mmHg")],
        ),
        # "тәулік" (a day of 24 hours) is a unit of time
        ("Науқас 10 тәулік ауруханада жатты.", [("10 тәулік", "quantity", 10.0, "day")]),
        ("Өрт 2 тәулікке созылды.", [("2 тәулікке", "quantity", 2.0, "day")]),
    ],
)
def test_units(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "басқа" after a figure is livestock in head (dative) before a verb of reaching
        # or growing, "дейін" or the end of a clause
        ("Қой саны 2,3 млн басқа жетті.", [("2,3 млн басқа", "quantity", 2300000.0, "head")]),
        ("Табын 400 басқа дейін көбейді.", [("400 басқа", "quantity", 400.0, "head")]),
        # ... elsewhere it is "other"
        ("Тағы 5 басқа адам келді.", [("5", "count", 5.0, None)]),
        ("Кітап 3 мың басқа тілге аударылды.", [("3 мың", "count", 3000.0, None)]),
    ],
)
def test_head_in_dative(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year with a month range and no day is one date to the end of the second month
        (
            "2023 жылдың қаңтар-маусымында экспорт өсті.",
            [("2023 жылдың қаңтар-маусымында", "date", 2023.0, None)],
        ),
        (
            "2022 жылдың сәуір–қыркүйегінде жөндеу жүрді.",
            [("2022 жылдың сәуір–қыркүйегінде", "date", 2022.0, None)],
        ),
        # September with its voiced stem ("қыркүйегі") is a month
        (
            "2021 жылдың қыркүйегінде мектеп ашылды.",
            [("2021 жылдың қыркүйегінде", "date", 2021.0, None)],
        ),
        # a half-year is no month: the year alone
        ("2024 жылдың бірінші жартыжылдығында өсті.", [("2024", "year", 2024.0, None)]),
    ],
)
def test_year_with_month_range(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kilometre post of a road (hyphen and a possessive or locative) is an ordinal
        ("Апат тасжолдың 48-шақырымында болды.", [("48", "ordinal", 48.0, None)]),
        ("Трассаның 112-километрінде жөндеу жүріп жатыр.", [("112", "ordinal", 112.0, None)]),
        # a unit fused into a hyphenated adjective is a quantity, the whole word inside
        ("Ауылға 36-шақырымдық жол салынды.", [("36-шақырымдық", "quantity", 36.0, "km")]),
        ("Порттан 500-тонналық кеме шықты.", [("500-тонналық", "quantity", 500.0, "t")]),
        # with a space the distance is a quantity; a noun that is no unit keeps the digits
        ("Ауыл қаладан 48 шақырымда орналасқан.", [("48 шақырымда", "quantity", 48.0, "km")]),
        ("Қалада 20-қабатты үй салынды.", [("20", "count", 20.0, None)]),
    ],
)
def test_kilometre_posts_and_unit_adjectives(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a coefficient's value before a copula, its case suffix hyphenated; the base a count
        (
            "Өлім коэффициенті 1000 тұрғынға 7,4-ті құрады.",
            [("1000", "count", 1000.0, None), ("7,4", "other", 7.4, None)],
        ),
        ("Ақша мультипликаторы 5-ке тең.", [("5", "other", 5.0, None)]),
        ("Джини индексі 0,29 болды.", [("0,29", "other", 0.29, None)]),
        # a count after a coefficient mentioned earlier stays a count
        ("Коэффициент бойынша аудандар саны 5 болды.", [("5", "count", 5.0, None)]),
    ],
)
def test_coefficients(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lecture, topic or exercise named by the word before its number is an identifier
        ("Дәріс 4. Салық жүйесі.", [("4", "identifier", 4.0, None)]),
        ("Тақырып 2: Абай шығармашылығы", [("2", "identifier", 2.0, None)]),
        ("Жаттығу 15. Сөйлемдерді көшіріп жазыңдар.", [("15", "identifier", 15.0, None)]),
        # ... not with a unit after it
        ("Сабақ 45 минутқа созылды.", [("45 минутқа", "quantity", 45.0, "minute")]),
        # a ministerial order with the issuer's letters is one identifier, value its number
        ("Министрдің № ҚР ДСМ-89/2021 бұйрығы.", [("№ ҚР ДСМ-89/2021", "identifier", 89.0, None)]),
        ("Министрдің № ДМ-2317 бұйрығы.", [("№ ДМ-2317", "identifier", 2317.0, None)]),
    ],
)
def test_identifiers(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "бір ғана" (only one) counts one thing
        ("Ауылда бір ғана мектеп бар.", [("бір", "count", 1.0, None)]),
        (
            "30 балаға бір ғана мұғалім келді.",
            [("30", "count", 30.0, None), ("бір", "count", 1.0, None)],
        ),
        # ... not after "тағы" (yet another), nor the indefinite article
        ("Тағы бір ғана қадам қалды.", []),
        ("Бір адам сұрақ қойды.", []),
    ],
)
def test_only_one(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "бір" before the price of one thing counts it (docs: "before the cost or size
        # of one thing")
        (
            "Бір нан 100 теңге тұрады.",
            [("Бір", "count", 1.0, None), ("100 теңге", "money", 100.0, "KZT")],
        ),
        (
            "Ол кезде бір қап ұн 900 теңге тұратын.",
            [("бір", "count", 1.0, None), ("900 теңге", "money", 900.0, "KZT")],
        ),
        # ... not "бір жолы" (once) before a sum with a scale word, nor "one day"
        ("Бір жолы 500 мың теңге жинады.", [("500 мың теңге", "money", 500000.0, "KZT")]),
        ("Бір күні ол 100 теңге тапты.", [("100 теңге", "money", 100.0, "KZT")]),
        ("Бір күні ауылға үш атты кісі келді.", [("үш", "count", 3.0, None)]),
        # "бір күнде" (in one day) and "бір күн" stay quantities of one day
        ("Ол бір күнде 5 тонна тасыды.", [("бір күнде", "quantity", 1.0, "day"), ("5 тонна", "quantity", 5.0, "t")]),
    ],
)
def test_one_priced_thing_and_one_day(text, expected):
    assert _found(text) == expected
