"""Families of phrasing fixed on the fifth Russian development set (``mentions_dev_ru5``).

Each family has short sentences of its own (not taken from the set), with the expected
span, value, kind and unit checked by hand, and neighbours that must keep their reading.
"""

from __future__ import annotations

import math

import pytest
from mention_checks import check_one

#: (lang, text, surface, value, kind, unit); value None for a null value.
Case = tuple[str, str, str, float | None, str, str | None]


def _check(case: Case) -> None:
    lang, text, surface, value, kind, unit = case
    check_one(lang, text, surface, math.nan if value is None else value, kind, unit, 1e-4)


#: Units of electronics and computing, and a metre before a footnote marker.
UNITS: list[Case] = [
    ("ru", "Процессор работает на частоте 2,4 ГГц.", "2,4 ГГц", 2.4, "quantity", "GHz"),
    ("ru", "Станция вещает на 702 кГц.", "702 кГц", 702, "quantity", "kHz"),
    ("ru", "Батарея ёмкостью 4500 мА·ч держит два дня.", "4500 мА·ч", 4500, "quantity", "mAh"),
    ("ru", "Аккумулятор на 3000 мАч входит в комплект.", "3000 мАч", 3000, "quantity", "mAh"),
    ("ru", "В ноутбуке 16 ГБ оперативной памяти.", "16 ГБ", 16, "quantity", "GB"),
    ("ru", "Файл весит 700 Мб, архив — 2 Гб.", "700 Мб", 700, "quantity", "MB"),
    ("ru", "Диск на 2 ТБ стоит недорого.", "2 ТБ", 2, "quantity", "TB"),
    ("ru", "Флешка на 64 гигабайта потерялась.", "64 гигабайта", 64, "quantity", "GB"),
    (
        "ru",
        "Скорость доступа до 100 Мбит/с по всему району.",
        "100 Мбит/с",
        100,
        "quantity",
        "Mbit/s",
    ),
    ("ru", "Смартфон на 8 Гб памяти.", "8 Гб", 8, "quantity", "GB"),
    ("ru", "Высота горы — 5642 м[3], это высшая точка.", "5642 м", 5642, "quantity", "m"),
    ("ru", "Высота горы — 5642 м[3], это высшая точка.", "3", 3, "reference", None),
]


@pytest.mark.parametrize("case", UNITS, ids=lambda c: c[2])
def test_units(case: Case) -> None:
    _check(case)


#: Basis points in Russian are hundredths of a percent.
BASIS_POINTS: list[Case] = [
    ("ru", "ЦБ снизил ставку на 100 б.п. в пятницу.", "100 б.п.", 1, "percent", "%"),
    ("ru", "Доходность выросла на 35 б. п. за неделю.", "35 б. п.", 0.35, "percent", "%"),
    ("ru", "Спред сузился на 50 базисных пунктов.", "50 базисных пунктов", 0.5, "percent", "%"),
    (
        "ru",
        "ФРС подняла ставку на 25 базисных пунктов.",
        "25 базисных пунктов",
        0.25,
        "percent",
        "%",
    ),
    # neighbours: percentage points and bare counts keep their reading
    ("ru", "Ставка выросла на 2 п.п. за год.", "2 п.п.", 2, "percent", "%"),
    ("ru", "В отчёте 200 б.у. автомобилей.", "200", 200, "count", None),
]


@pytest.mark.parametrize("case", BASIS_POINTS, ids=lambda c: c[2])
def test_basis_points(case: Case) -> None:
    _check(case)


#: Old Style / New Style double dates: the New Style day and month in round or square
#: brackets belong to the date, with a year after them or 10-13 days later without one.
NEW_STYLE: list[Case] = [
    (
        "ru",
        "Родился 27 января [8 февраля] 1834 в Тобольске.",
        "27 января [8 февраля] 1834",
        1834,
        "date",
        None,
    ),
    (
        "ru",
        "Сражение 26 августа (7 сентября) решило исход войны.",
        "26 августа (7 сентября)",
        None,
        "date",
        None,
    ),
    (
        "ru",
        "Умер 20 января [2 февраля] 1907 года.",
        "20 января [2 февраля] 1907",
        1907,
        "date",
        None,
    ),
    ("ru", "Он приехал 12 июня (25 июня) в Москву.", "12 июня (25 июня)", None, "date", None),
    # neighbours: brackets that are no New Style date stay apart
    ("ru", "Съезд открылся 5 мая (12 мая — выходной).", "5 мая", None, "date", None),
    ("ru", "Выставка 5 мая (9 мая) не работала.", "9 мая", None, "date", None),
    ("ru", "Собрание 1 марта (15 апреля) отменили.", "15 апреля", None, "date", None),
]


@pytest.mark.parametrize("case", NEW_STYLE, ids=lambda c: c[2])
def test_new_style_dates(case: Case) -> None:
    _check(case)
