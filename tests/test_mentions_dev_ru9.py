"""Families of phrasing fixed on the ninth Russian development set (``mentions_dev_ru9``).

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

ISOTOPES: list[Case] = [
    ("Период полураспада углерода-14 велик.", "14", 14, "other", None),
    ("Следы цезия-137 нашли в почве.", "137", 137, "other", None),
    ("Загрязнение стронцием-90 снизилось.", "90", 90, "other", None),
]

ERA_YEARS: list[Case] = [
    ("Город основан около 50 г. н. э. римлянами.", "50", 50, "year", None),
    ("Извержение 79 г. н. э. уничтожило Помпеи.", "79", 79, "year", None),
    ("Это случилось в 44 г. до н. э. в Риме.", "44", 44, "year", None),
]

GOAL_MINUTES: list[Case] = [
    ("«Спартак» — ЦСКА — 2:1 (Соболев, 12; Чалов, 40 — Промес, 77).", "12", 12, "ordinal", None),
    ("«Спартак» — ЦСКА — 2:1 (Соболев, 12; Чалов, 40 — Промес, 77).", "40", 40, "ordinal", None),
    ("«Спартак» — ЦСКА — 2:1 (Соболев, 12; Чалов, 40 — Промес, 77).", "77", 77, "ordinal", None),
    ("Голы: Дзюба, 12, 67; Смолов, 85.", "67", 67, "ordinal", None),
]

AREA_SENTENCE_END: list[Case] = [
    ("Продаётся участок 1500 кв. м. Звоните.", "1500 кв. м", 1500, "quantity", "m2"),
    (
        "Площадь страны 2,8 млн кв. км. Население растёт.",
        "2,8 млн кв. км",
        2.8e6,
        "quantity",
        "km2",
    ),
    ("Продано 1500 кв. м. земли.", "1500 кв. м.", 1500, "quantity", "m2"),
]

HOTEL_STARS: list[Case] = [
    ("Отель 4* находится в 200 м от моря.", "4", 4, "other", None),
    ("Выбрали Rixos 5* отель в Белеке.", "5", 5, "other", None),
    ("Гостиница «Азимут» 3* в центре города.", "3", 3, "other", None),
]

LATIN_MODEL_CODES: list[Case] = [
    ("Электрочайник Polaris PWK 1725CGL. Объём 1,7 л.", "1725CGL", 1725, "identifier", None),
    ("Видеокарта NVIDIA RTX 4090TI в наличии.", "4090TI", 4090, "identifier", None),
]


@pytest.mark.parametrize(
    ("text", "surface", "value", "kind", "unit"),
    ISOTOPES + ERA_YEARS + GOAL_MINUTES + AREA_SENTENCE_END + HOTEL_STARS + LATIN_MODEL_CODES,
)
def test_ru9_families(text: str, surface: str, value: float, kind: str, unit: str | None) -> None:
    check_one("ru", text, surface, value, kind, unit, 1e-6)


@pytest.mark.parametrize(
    "text",
    [
        "Кадастровый номер 78:12:0000000:1234.",
        "участок с кадастровым номером 50:21:0110114:52, площадь",
    ],
)
def test_ru9_cadastral_number(text: str) -> None:
    """District, area, quarter and plot joined by colons: one identifier with no value."""
    (hit,) = found("ru", text)
    surface, kind, value, unit = hit
    assert kind == "identifier" and math.isnan(value) and unit is None
    assert surface.count(":") == 3 and text.index(surface) > 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock time with seconds stays a clock time
        ("Старт в 12:30:45.", [("12:30:45", "other", 12.5125, None)]),
        # a short year without an era is still a year of the 1900s
        ("В 90-е годы всё изменилось.", [("90", "year", 1990.0, None)]),
        # a word that is no element before a hyphenated number
        ("Проект урок-2 начат.", [("2", "count", 2.0, None)]),
        # an age in apposition after a name, no score before it
        ("Иванов, 23 года, инженер.", [("23 года", "quantity", 23.0, "year")]),
        ("Пришли Иванов, 23, и Петров.", [("23", "count", 23.0, None)]),
        # an asterisk with no hotel word, or a product
        ("Итого 4* по сноске.", [("4", "count", 4.0, None)]),
        # a glued unit symbol, and capitals with no brand before the digits
        ("Флешка Kingston 512GB.", [("512GB", "quantity", 512.0, "GB")]),
        ("Куплено в 1725CGL.", [("1725", "year", 1725.0, None)]),
    ],
)
def test_ru9_negatives(text: str, expected: list[tuple[str, str, float, str | None]]) -> None:
    got = [(s, k, round(v, 4), u) for s, k, v, u in found("ru", text)]
    assert got == expected
