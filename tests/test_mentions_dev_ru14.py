"""Families of phrasing fixed on the fourteenth Russian development set (``mentions_dev_ru14``).

Each family has short sentences of its own (not taken from the set), with the expected
span, value, kind and unit checked by hand, and negative cases where the rule must not
fire.
"""

from __future__ import annotations

import math

import pytest
from mention_checks import check_kind, check_one, found

#: (text, surface, value, kind, unit)
Case = tuple[str, str, float, str, str | None]

CURRENCIES: list[Case] = [
    ("Проезд в Киеве подорожал до 15 грн за поездку.", "15 грн", 15, "money", "UAH"),
    (
        "Бюджет предусматривает 1,2 млрд гривен на дороги.",
        "1,2 млрд гривен",
        1.2e9,
        "money",
        "UAH",
    ),
    ("Штраф составит 340 гривен.", "340 гривен", 340, "money", "UAH"),
    (
        "Средняя пенсия — 612,4 белорусского рубля.",
        "612,4 белорусского рубля",
        612.4,
        "money",
        "BYN",
    ),
    ("Билет стоит 12 белорусских рублей.", "12 белорусских рублей", 12, "money", "BYN"),
    ("Пособие — 35 бел. руб. в месяц.", "35 бел. руб.", 35, "money", "BYN"),
    # the plain rouble stays the Russian one
    ("Билет стоит 120 рублей.", "120 рублей", 120, "money", "RUB"),
]


@pytest.mark.parametrize(("text", "surface", "value", "kind", "unit"), CURRENCIES)
def test_hryvnias_and_belarusian_roubles(
    text: str, surface: str, value: float, kind: str, unit: str | None
) -> None:
    check_one("ru", text, surface, value, kind, unit, 1e-9)


DENSITY: list[Case] = [
    ("Плотность населения — 8,7 чел./км².", "8,7 чел./км²", 8.7, "quantity", "1/km2"),
    ("Плотность населения 143 чел./км2 в долине.", "143 чел./км2", 143, "quantity", "1/km2"),
    ("Плотность — 56 чел. на км² в среднем.", "56 чел. на км²", 56, "quantity", "1/km2"),
]


@pytest.mark.parametrize(("text", "surface", "value", "kind", "unit"), DENSITY)
def test_population_density(
    text: str, surface: str, value: float, kind: str, unit: str | None
) -> None:
    check_one("ru", text, surface, value, kind, unit, 1e-9)


def test_people_alone_is_no_unit() -> None:
    """'чел.' alone counts people; a full stop before a slash joins only a unit form."""
    assert found("ru", "Пришли 40 чел. на собрание.")[0][:2] == ("40", "count")


#: (text, surface, kind)
KindCase = tuple[str, str, str]

SECOND_NUMBERS: list[Case] = [
    ("Ан-124-100 — тяжёлый транспортный самолёт.", "Ан-124-100", math.nan, "identifier", None),
    ("Делегация прилетела на Ил-96-300ПУ.", "Ил-96-300ПУ", math.nan, "identifier", None),
    ("Танк Т-34-85 стоит у музея.", "Т-34-85", math.nan, "identifier", None),
    # one number: the value stays
    ("Самолёт Ту-154 разбился в 2010 году.", "Ту-154", 154, "identifier", None),
]


@pytest.mark.parametrize(("text", "surface", "value", "kind", "unit"), SECOND_NUMBERS)
def test_designation_with_a_second_number(
    text: str, surface: str, value: float, kind: str, unit: str | None
) -> None:
    check_one("ru", text, surface, value, kind, unit, 1e-9)


ELEMENTS: list[KindCase] = [
    ("Медь — атомный номер 29, металл.", "29", "identifier"),
    ("Уран имеет порядковый номер 92.", "92", "identifier"),
    ("Относительная атомная масса — 63,546.", "63,546", "other"),
    ("Молекулярная масса — 18,015.", "18,015", "other"),
    ("Подводная лодка проекта 955 «Борей» вошла в строй.", "955", "identifier"),
    ("Сторожевой корабль проекта 11356 спущен на воду.", "11356", "identifier"),
    # not an element nor a ship: the general readings
    ("В рамках проекта 120 семей получили жильё.", "120", "count"),
    ("Масса — 55 тонн, номер 26 в списке.", "55 тонн", "quantity"),
]


@pytest.mark.parametrize(("text", "surface", "kind"), ELEMENTS)
def test_atomic_and_project_numbers(text: str, surface: str, kind: str) -> None:
    check_kind("ru", text, surface, kind)
