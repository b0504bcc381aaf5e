"""Families of phrasing fixed on the third Russian development set
(tests/data/mentions_dev_ru3), with hand-checked sentences written for these tests; the
set's floors are in ``test_mentions_round3.py``.

The set was annotated blind, then the Russian rules were tuned on it, so its scores are
floors, not estimates of accuracy on new text.  Every expected value of the sentences
below is checked by hand: (text, [(surface, value, kind, unit), ...]).
"""

from __future__ import annotations

import math

import pytest

from analysis.mentions import extract_mentions

CASES = [
    # ---- 1. laboratory, physics and engineering symbols (the unit lexicon)
    ("Ребёнку дали 125 мг препарата и 2,5 мл сиропа.",
     [("125 мг", 125.0, "quantity", "mg"), ("2,5 мл", 2.5, "quantity", "ml")]),
    ("Излучение с длиной волны 405 нм и мощностью 1,5 мВт.",
     [("405 нм", 405.0, "quantity", "nm"), ("1,5 мВт", 1.5, "quantity", "mW")]),
    ("Магнит создаёт поле 1,2 Тл, энергия частиц 5,3 эВ.",
     [("1,2 Тл", 1.2, "quantity", "T"), ("5,3 эВ", 5.3, "quantity", "eV")]),
    ("Работа составила 120 Дж за цикл.", [("120 Дж", 120.0, "quantity", "joule")]),
    ("Раствор 0,5 моль/л смешали с солью массой 74,55 г/моль.",
     [("0,5 моль/л", 0.5, "quantity", "mol/l"), ("74,55 г/моль", 74.55, "quantity", "g/mol")]),
    ("Уровень гормона 12,3 пг/мл, нитратов 30 мг/л, свинца 0,8 мкг/г.",
     [("12,3 пг/мл", 12.3, "quantity", "pg/ml"), ("30 мг/л", 30.0, "quantity", "mg/l"),
      ("0,8 мкг/г", 0.8, "quantity", "ug/g")]),
    ("Доза 20 мг/кг в сутки, фон 15 мкР/ч.",
     [("20 мг/кг в сутки", 20.0, "quantity", "mg/kg/d"), ("15 мкР/ч", 15.0, "quantity", "uR/h")]),
    ("Нагрузка на перекрытие 250 кгс/м², оборот порта 2,3 млн TEU.",
     [("250 кгс/м²", 250.0, "quantity", "kgf/m2"), ("2,3 млн TEU", 2.3e6, "quantity", "TEU")]),
    ("Рейс длился 4,5 сут., ремонт занял 7 мес.",
     [("4,5 сут.", 4.5, "quantity", "day"), ("7 мес.", 7.0, "quantity", "month")]),
    # ---- 2. "г" (grams) and "К" (kelvins) after a number, not the year word or an initial
    ("Хлеба выдавали по 200 г в день, сахара — 1,5 г.",
     [("200 г", 200.0, "quantity", "g"), ("1,5 г", 1.5, "quantity", "g")]),
    ("Суточная норма — 400 г в сутки.", [("400 г в сутки", 400.0, "quantity", "g/d")]),
    ("Проводник охладили до 77 К, затем до 20 К жидким водородом.",
     [("77 К", 77.0, "quantity", "K"), ("20 К", 20.0, "quantity", "K")]),
    # ---- 3. "тыс." keeps its full stop at a sentence end
    ("Тираж книги составил 15 тыс.", [("15 тыс.", 15000.0, "count", None)]),
    ("Митинг собрал 12 тыс. Власти молчали.", [("12 тыс.", 12000.0, "count", None)]),
    # ---- 4. Old / New Style dates across a month boundary
    ("Указ подписан 31 декабря 1916 г. (13 января 1917 г.), а манифест — 30 ноября "
     "(13 декабря) 1812 г.",
     [("30 ноября (13 декабря) 1812", 1812.0, "date", None)]),
    # ---- 5. Soviet aircraft designations
    ("Рейс выполнял Ил-62, запасной борт — Ан-24.",
     [("Ил-62", 62.0, "identifier", None), ("Ан-24", 24.0, "identifier", None)]),
    # ---- 6. kopecks alone in a price list
    ("Цены: хлеб — 1 р. 20 к., молоко — 35 к., соль — 8 к.",
     [("1 р. 20 к.", 1.2, "money", "RUB"), ("35 к.", 0.35, "money", "RUB"),
      ("8 к.", 0.08, "money", "RUB")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_ru_dev3_families(text: str, expected: list[tuple[str, float, str, str | None]]) -> None:
    df = extract_mentions(text, "ru", strict=True)
    for surface, value, kind, unit in expected:
        rows = df[df["surface"] == surface]
        assert len(rows) == 1, df[["surface", "value", "kind", "unit"]].values.tolist()
        r = rows.iloc[0]
        assert math.isclose(r["value"], value, rel_tol=1e-9), r["value"]
        assert r["kind"] == kind, r["kind"]
        assert (r["unit"] if isinstance(r["unit"], str) else None) == unit, r["unit"]


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Крепость основана в 1147 г на высоком берегу.", "1147", "year"),  # no grams
        ("В 1941 г. город был оккупирован.", "1941", "year"),
        ("Он жил в доме 12 К. Маркса.", "12", "count"),  # an initial, no kelvins
        ("Адрес: д. 5, к. 2; получил 50 к. за работу.", "50", "count"),  # no price list
        ("Больной К., 54 лет, поступил с жалобами в 1978 году.", "54 лет", "quantity"),
        ("Спортсмен Ю. Власов в Риме (1960) поднял 202,5 кг.", "202,5 кг", "quantity"),
        ("Его уровень ИЛ-6 вырос.", "6", "other"),  # interleukin, no aircraft
        ("Около 27 млн. Потом цифра выросла.", "27 млн", "count"),  # млн has no full stop
    ],
)
def test_ru_dev3_negatives(text: str, surface: str, kind: str) -> None:
    df = extract_mentions(text, "ru", strict=True)
    rows = df[df["surface"] == surface]
    assert len(rows) == 1, df[["surface", "kind", "unit"]].values.tolist()
    assert rows["kind"].iloc[0] == kind, df[["surface", "kind", "unit"]].values.tolist()


def test_old_style_without_year_stays_two_dates() -> None:
    # without a year the bracket is the New Style date only 10-13 days later
    # (mentions_dev_ru5: "26 августа (7 сентября)" is one date)
    df = extract_mentions("Съезд открылся 28 января (9 февраля). Потом был перерыв.", "ru")
    assert list(df["surface"]) == ["28 января (9 февраля)"]
    df = extract_mentions("Съезд открылся 28 января (2 марта). Потом был перерыв.", "ru")
    assert list(df["surface"]) == ["28 января", "2 марта"]
