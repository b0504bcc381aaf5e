"""Families of phrasing fixed on the thirteenth Russian development set (``mentions_dev_ru13``).

Each family has short sentences of its own (not taken from the set), with the expected
span, value, kind and unit checked by hand, and negative cases where the rule must not
fire.
"""

from __future__ import annotations

import math

import pytest
from mention_checks import check_kind, check_one, found

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


EVERYDAY_NAMING: list[KindCase] = [
    ("Приём в кабинете врача, кабинет 304.", "304", "identifier"),
    ("Плацкарт, вагон 12, место 37.", "12", "identifier"),
    ("Плацкарт, вагон 12, место 37.", "37", "identifier"),
    ("Купили места 5 и 6 в партере.", "6", "identifier"),
    ("Его перевели, палата 8 на втором этаже.", "8", "identifier"),
    ("День 3. Пробежка 5 км.", "3", "identifier"),
    ("День 2: Суздаль, музей.", "2", "identifier"),
    # locative forms and a day that is no heading count
    ("В кабинете 3 стола и шкаф.", "3", "count"),
    ("В вагоне 54 места.", "54", "count"),
    ("Проходил в день 14 км.", "14 км", "quantity"),
]


@pytest.mark.parametrize(("text", "surface", "kind"), EVERYDAY_NAMING)
def test_everyday_naming(text: str, surface: str, kind: str) -> None:
    check_kind("ru", text, surface, kind)


RATING_MARKS: list[KindCase] = [
    ("Доставка быстрая, ставлю 4 звезды из 5.", "4", "other"),
    ("Доставка быстрая, ставлю 4 звезды из 5.", "5", "other"),
    ("Второй фильм слабее — 6 из 10.", "6", "other"),
    ("Второй фильм слабее — 6 из 10.", "10", "other"),
    # shares and fractions stay counts
    ("Итог — 7 из 10 россиян против.", "7", "count"),
]


@pytest.mark.parametrize(("text", "surface", "kind"), RATING_MARKS)
def test_rating_marks(text: str, surface: str, kind: str) -> None:
    check_kind("ru", text, surface, kind)


def test_rating_slash_pair() -> None:
    both = [("100", "other", 100.0, None), ("100", "other", 100.0, None)]
    assert found("ru", "Мой вердикт: 100/100, смотреть всем.") == both
    # no dash, colon or rating noun before, a noun after: counted parts
    assert [k for _, k, _, _ in found("ru", "Собрано 10/10 деталей набора.")] == ["count", "count"]


COUNTED_AFTER_IDENTIFIER: list[KindCase] = [
    ("Выложил: глава 12, 3 500 слов за вечер.", "3 500", "count"),
    ("Купил фанеру ФК-10, 12 листов хватило.", "12", "count"),
    # a list of identifiers goes on
    ("Нормы статьи 5, 6 и 7 закона.", "6", "identifier"),
]


@pytest.mark.parametrize(("text", "surface", "kind"), COUNTED_AFTER_IDENTIFIER)
def test_counted_after_identifier(text: str, surface: str, kind: str) -> None:
    check_kind("ru", text, surface, kind)
