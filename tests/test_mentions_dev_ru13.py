"""Families of phrasing fixed on the thirteenth Russian development set (``mentions_dev_ru13``).

Each family has short sentences of its own (not taken from the set), with the expected
span, value, kind and unit checked by hand, and negative cases where the rule must not
fire.
"""

from __future__ import annotations

import math

import pytest
from mention_checks import check_kind, check_one

#: (text, surface, kind)
KindCase = tuple[str, str, str]

RANK_NOUNS: list[KindCase] = [
    ("Команда заняла 3 место в области.", "3", "ordinal"),
    ("Скоро выйдет 5 сезон сериала.", "5", "ordinal"),
    ("Босс появляется на 12 уровне.", "12", "ordinal"),
    ("Прокачайтесь до 10 уровня.", "10", "ordinal"),
    ("Квартира на 9 этаже, лифт есть.", "9", "ordinal"),
    ("Офис занимает 1 этаж здания.", "1", "ordinal"),
    # cardinals: the plural, or the genitive singular after 2-4, or one seat
    ("В зале осталось 2 места.", "2", "count"),
    ("В зале осталось 5 мест.", "5", "count"),
    ("Осталось 1 место у окна.", "1", "count"),
    ("Сериал идёт уже 3 сезона.", "3", "count"),
    ("Дом в 16 этажей.", "16", "count"),
]


@pytest.mark.parametrize(("text", "surface", "kind"), RANK_NOUNS)
def test_rank_nouns(text: str, surface: str, kind: str) -> None:
    check_kind("ru", text, surface, kind)


SHORT_DATES: list[tuple[str, str, str]] = [
    ("Посылку отправили 03.11, получил вчера.", "03.11", "date"),
    ("Встречаемся в пятницу 28.04 у входа.", "28.04", "date"),
]


@pytest.mark.parametrize(("text", "surface", "kind"), SHORT_DATES)
def test_short_dates(text: str, surface: str, kind: str) -> None:
    check_one("ru", text, surface, math.nan, kind, None, 1e-6)


def test_short_date_not_a_clock_or_section() -> None:
    check_kind("ru", "Автобус уходит в 12.10 от вокзала.", "12.10", "other")  # a clock time
    check_kind("ru", "Согласно п. 10.12 договора.", "10.12", "identifier")
    check_kind("ru", "Показатель составил 14.32 за год.", "14.32", "count")  # no month 32
