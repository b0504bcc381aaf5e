"""Families of phrasing fixed on the eighth Russian development set (``mentions_dev_ru8``).

Each family has short sentences of its own (not taken from the set), with the expected
span, value, kind and unit checked by hand, and negative cases where the rule must not
fire.
"""

from __future__ import annotations

import pytest
from mention_checks import check_one, found

#: (text, surface, value, kind, unit)
Case = tuple[str, str, float, str, str | None]

FOOD_ENERGY: list[Case] = [
    ("Порция содержит 350 ккал и 12 г белка.", "350 ккал", 350, "quantity", "kcal"),
    ("Суточная норма — 2000 килокалорий.", "2000 килокалорий", 2000, "quantity", "kcal"),
    ("В яблоке около 52 калорий.", "52 калорий", 52, "quantity", "cal"),
]

INDEX_POINTS: list[Case] = [
    ("Индекс РТС вырос на 15 пунктов.", "15 пунктов", 15, "other", "point"),
    ("Индекс Мосбиржи закрылся на отметке 3120 пунктов.", "3120 пунктов", 3120, "other", "point"),
]

RATINGS: list[Case] = [
    ("Моя оценка — 8 из 10.", "8", 8, "other", None),
    ("Моя оценка — 8 из 10.", "10", 10, "other", None),
    ("Рейтинг книги 4,2 из 5 по отзывам.", "4,2", 4.2, "other", None),
    ("Рейтинг книги 4,2 из 5 по отзывам.", "5", 5, "other", None),
]

QUALIFIED_DURATIONS: list[Case] = [
    ("Ответ дают в течение 10 календарных дней.", "10", 10, "quantity", "day"),
    ("Перевод занимает 3 банковских дня.", "3", 3, "quantity", "day"),
    ("Занятие длится 2 академических часа.", "2", 2, "quantity", "hour"),
]


@pytest.mark.parametrize(
    ("text", "surface", "value", "kind", "unit"),
    FOOD_ENERGY + INDEX_POINTS + RATINGS + QUALIFIED_DURATIONS,
)
def test_ru8_families(text: str, surface: str, value: float, kind: str, unit: str | None) -> None:
    check_one("ru", text, surface, value, kind, unit, 1e-6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause count, no index named
        ("Договор содержит 5 пунктов.", [("5", "count", 5.0, None)]),
        # a share of people, not a rating, even after "по оценке"
        (
            "По оценке экспертов, 7 из 10 россиян не копят.",
            [("7", "count", 7.0, None), ("10", "count", 10.0, None)],
        ),
        ("Из 10 человек пришли 7.", [("10", "count", 10.0, None), ("7", "count", 7.0, None)]),
        # an adjective before a noun that is no time word
        ("Есть 3 рабочих места.", [("3", "count", 3.0, None)]),
        ("Он прочитал 5 полных томов.", [("5", "count", 5.0, None)]),
        # a unit after the step noun's number, a year after "проект"
        ("Каждый шаг 3 метра.", [("3 метра", "quantity", 3.0, "m")]),
        ("Проект 2025 года принят.", [("2025", "year", 2025.0, None)]),
    ],
)
def test_ru8_negatives(text: str, expected: list[tuple[str, str, float, str | None]]) -> None:
    assert found("ru", text) == expected
