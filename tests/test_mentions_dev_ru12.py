"""Families of phrasing fixed on the twelfth Russian development set (``mentions_dev_ru12``).

Each family has short sentences of its own (not taken from the set), with the expected
span, value, kind and unit checked by hand, and negative cases where the rule must not
fire.
"""

from __future__ import annotations

import math

import pytest
from mention_checks import check_one, found

#: (text, surface, value, kind, unit)
Case = tuple[str, str, float, str, str | None]

NAN = math.nan

# the 18th-19th-century spelling of January
OLD_MONTHS: list[Case] = [
    ("Получено 14 генваря 1801 года.", "14 генваря 1801", 1801, "date", None),
    ("Писано в генваре 1790 года.", "генваре 1790", 1790, "date", None),
]

# a bare "р." before a capital in a price list or bill (an amount in р./к. shortly before)
PRICE_LISTS: list[Case] = [
    (
        "Чаю 2 фунта по 1 р. 60 к. — 3 р. 20 к.; сахару — 8 р. Всего 11 р. 20 к.",
        "8 р.",
        8,
        "money",
        "RUB",
    ),
    ("Свечи 3 р. 15 к., дрова 9 р. Итого уплачено.", "9 р.", 9, "money", "RUB"),
]

# kopecks after a range: in a price list or before the price of a measure
KOPECK_RANGES: list[Case] = [
    ("Овес — 68–70 к. за пуд.", "68–70 к.", 0.68, "range", "RUB"),
    ("Ячмень 1 р. 10 к., гречиха 85–90 к. за меру.", "85–90 к.", 0.85, "range", "RUB"),
]

# a measure in poods as a hyphenated adjective
POOD_ADJECTIVES: list[Case] = [
    ("Вывезли 5-пудовый колокол.", "5-пудовый", 5, "quantity", "pood"),
    ("Мешки 3-пудовые стоят у амбара.", "3-пудовые", 3, "quantity", "pood"),
]

# a formation named by its number before the abbreviation (dispatches of 1941-1945)
FORMATIONS: list[Case] = [
    ("Части 254 сд заняли высоту.", "254", 254, "ordinal", None),
    ("Левее наступал 33 гв. сп.", "33", 33, "ordinal", None),
    ("Штаб 7 тбр переместился в лес.", "7", 7, "ordinal", None),
]

# a house number after a street adjective (address calendars, letterheads)
HOUSES: list[Case] = [
    ("Аптека Штрауса (Дворянская ул., 12) открыта.", "12", 12, "identifier", None),
    ("Контора на Невском пр., 28, открыта до вечера.", "28", 28, "identifier", None),
    ("Нотариус Блинов (Соборная, 7).", "7", 7, "identifier", None),
]

CASES = OLD_MONTHS + PRICE_LISTS + KOPECK_RANGES + POOD_ADJECTIVES + FORMATIONS + HOUSES


@pytest.mark.parametrize(("text", "surface", "value", "kind", "unit"), CASES)
def test_ru12_families(text: str, surface: str, value: float, kind: str, unit: str | None) -> None:
    check_one("ru", text, surface, value, kind, unit, 1e-6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no price list before: a capital after "р." is left alone
        ("Дом 12 р. Иванова сгорел.", [("12", "count")]),
        # "к." without a price context is no kopeck
        ("Участки 12–14 к. 3 заняты.", [("12–14", "range"), ("3", "count")]),
        # an abbreviation with a full stop before a lower-case word is no formation
        ("Купили 20 сп. ящиков.", [("20", "count")]),
        # an adjective in brackets before a counted noun is no street
        ("Больных по уездам (Тверской, 35 человек).", [("35", "count")]),
        # a surname on the stem "Генвар" is no month
        ("Генваров 5 раз приезжал.", [("5 раз", "other")]),
    ],
)
def test_ru12_negatives(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(s, k) for s, k, _v, _u in found("ru", text)]
    assert got == expected
