"""Families of phrasing fixed on the eleventh Russian development set (``mentions_dev_ru11``).

Each family has short sentences of its own (not taken from the set), with the expected
span, value, kind and unit checked by hand, and negative cases where the rule must not
fire.
"""

from __future__ import annotations

import pytest
from mention_checks import check_one, found

#: (text, surface, value, kind, unit)
Case = tuple[str, str, float, str, str | None]

INTERNATIONAL_UNITS: list[Case] = [
    ("Взрослым назначают 1000 МЕ в сутки.", "1000 МЕ", 1000, "quantity", "IU"),
    ("Доза — 400–800 МЕ витамина D.", "400–800 МЕ", 400, "range", "IU"),
    (
        "Принимать по 5000 международных единиц.",
        "5000 международных единиц",
        5000,
        "quantity",
        "IU",
    ),
]


@pytest.mark.parametrize(("text", "surface", "value", "kind", "unit"), INTERNATIONAL_UNITS)
def test_international_units(
    text: str, surface: str, value: float, kind: str, unit: str | None
) -> None:
    check_one("ru", text, surface, value, kind, unit, 1e-9)


def test_me_is_no_unit_inside_a_word() -> None:
    assert [m[0] for m in found("ru", "В 2000 МЕНЬШЕ людей.")] == ["2000"]


ROUNDS_CLASSES_SERIES: list[Case] = [
    ("После 18 тура «Локомотив» первый.", "18", 18, "ordinal", None),
    ("В 7 туре хозяева проиграли.", "7", 7, "ordinal", None),
    ("По итогам 31 тура команда вылетела.", "31", 31, "ordinal", None),
    ("После 6 раунда бой остановили.", "6", 6, "ordinal", None),
    ("Собрание в 9 «Б» классе пройдёт в среду.", "9", 9, "identifier", None),
    ("Облигации серии 26238 разместили вчера.", "26238", 26238, "identifier", None),
]


@pytest.mark.parametrize(("text", "surface", "value", "kind", "unit"), ROUNDS_CLASSES_SERIES)
def test_rounds_classes_series(
    text: str, surface: str, value: float, kind: str, unit: str | None
) -> None:
    check_one("ru", text, surface, value, kind, unit, 1e-9)


@pytest.mark.parametrize(
    "text",
    [
        "Выборы прошли в 2 тура.",  # two rounds: a cardinal takes the genitive singular
        "Бой длился 3 раунда.",
        "Турнир прошёл в 5 туров.",
        "Серия из 5 поражений.",
        "Дом 15 «Б» на улице Ленина.",  # a house, not a school class (over 11)
    ],
)
def test_counts_stay_counts(text: str) -> None:
    assert all(k != "ordinal" and k != "identifier" for _, k, _, _ in found("ru", text)), found(
        "ru", text
    )


FLOORS_AREAS: list[Case] = [
    ("Сдаётся квартира, этаж 3/9, балкон.", "3", 3, "ordinal", None),
    ("Сдаётся квартира, этаж 3/9, балкон.", "9", 9, "count", None),
    ("Продаю однушку 4/5 эт. в кирпичном доме.", "4", 4, "ordinal", None),
    ("Продаю однушку 4/5 эт. в кирпичном доме.", "5", 5, "count", None),
    ("Квартира 62/38/10 кв. м, ремонт.", "62", 62, "quantity", "m2"),
    ("Квартира 62/38/10 кв. м, ремонт.", "38", 38, "quantity", "m2"),
    ("Квартира 62/38/10 кв. м, ремонт.", "10 кв. м", 10, "quantity", "m2"),
    ("Трёшка 120/80/15 м² в центре.", "15 м²", 15, "quantity", "m2"),
]


@pytest.mark.parametrize(("text", "surface", "value", "kind", "unit"), FLOORS_AREAS)
def test_floors_and_areas(
    text: str, surface: str, value: float, kind: str, unit: str | None
) -> None:
    check_one("ru", text, surface, value, kind, unit, 1e-9)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Площадь 3/4 м².", "3/4 м²"),  # two figures: a fraction
        ("Добавьте 3/4 стакана муки.", "3/4 стакана"),
        ("Дело 45/12/10 закрыто.", "45/12/10"),  # no area unit: one code
        ("Счёт 3/9 в пользу гостей.", "3/9"),  # no floor word
    ],
)
def test_slashes_without_floor_or_area(text: str, surface: str) -> None:
    assert surface in [m[0] for m in found("ru", text)], found("ru", text)


ELIDED_UNITS: list[Case] = [
    ("Собрано 350 000 из 900 000 рублей.", "350 000", 350000, "money", "RUB"),
    ("Пройдено 120 из 150 км маршрута.", "120", 120, "quantity", "km"),
    ("Билет стоит 600 рублей, для студентов — 300.", "300", 300, "money", "RUB"),
    ("Аренда 40 000 ₽ в месяц, залог 40 тыс.", "40 тыс.", 40000, "money", "RUB"),
]


@pytest.mark.parametrize(("text", "surface", "value", "kind", "unit"), ELIDED_UNITS)
def test_elided_units(text: str, surface: str, value: float, kind: str, unit: str | None) -> None:
    check_one("ru", text, surface, value, kind, unit, 1e-9)


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Моя оценка — 8 из 10.", "8", "other"),  # a rating: no unit after the maximum
        ("«Зенит» — 45 очков, у «Динамо» — 40.", "40", "count"),  # points are no unit
        ("Население 146 млн, сократилось на 240 тыс.", "240 тыс.", "count"),  # no money noun
        ("Из 30 учеников 5 из 30 человек.", "5", "count"),
    ],
)
def test_no_unit_to_share(text: str, surface: str, kind: str) -> None:
    hits = [k for s, k, _, _ in found("ru", text) if s == surface]
    assert hits == [kind], found("ru", text)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Участок с кадастровым номером 77:08:0002015:1234 продан.", "77:08:0002015:1234"),
        ("Земли в квартале 50:21:0110105 застроят.", "50:21:0110105"),
    ],
)
def test_cadastral_numbers(text: str, surface: str) -> None:
    check_one("ru", text, surface, float("nan"), "identifier", None, 1e-9)


def test_clock_time_is_no_cadastral_number() -> None:
    assert found("ru", "Старт в 10:30:15.")[0][:2] == ("10:30:15", "other")


SENTENCE_STOPS_CITATIONS_RACES: list[Case] = [
    ("Склад занимал 800 кв. м. Пожар потушили.", "800 кв. м", 800, "quantity", "m2"),
    ("Площадь озера 370 кв. км.", "370 кв. км", 370, "quantity", "km2"),
    ("Цена 50 руб. за 1 кв. м. 2. Разное.", "1 кв. м", 1, "quantity", "m2"),
    ("(Собрание законодательства РФ, 2019, № 31, ст. 4418).", "4418", 4418, "reference", None),
    ("(Собрание законодательства РФ, 2019, № 31, ст. 4418).", "№ 31", 31, "reference", None),
    (
        "Она финишировала с результатом 24.05,3 и стала второй.",
        "24.05,3",
        0.40147222,
        "quantity",
        "hour",
    ),
    ("Он показал время 1.45,32 на финише.", "1.45,32", 0.02925556, "quantity", "hour"),
]


@pytest.mark.parametrize(
    ("text", "surface", "value", "kind", "unit"), SENTENCE_STOPS_CITATIONS_RACES
)
def test_stops_citations_races(
    text: str, surface: str, value: float, kind: str, unit: str | None
) -> None:
    check_one("ru", text, surface, value, kind, unit, 1e-6)


def test_abbreviation_dot_inside_mid_sentence() -> None:
    assert found("ru", "Цена 500 кв. м. жилья выросла.")[0][0] == "500 кв. м."


def test_tally_after_a_race_time() -> None:
    text = "Спринт выиграла Иванова с результатом 22.10,4 (1+0), опередив соперницу."
    check_one("ru", text, "1+0", float("nan"), "other", None, 1e-9)


@pytest.mark.parametrize("text", ["Числа 21.34,6 и 7.", "Сумма (2+3), далее."])
def test_no_race_time_or_tally_without_cue(text: str) -> None:
    assert all(k != "quantity" and s not in ("2+3",) for s, k, _, _ in found("ru", text)), found(
        "ru", text
    )
