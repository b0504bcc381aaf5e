"""Families of phrasing fixed on the tenth Russian development set (``mentions_dev_ru10``).

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

# units in the pre-1918 spelling, with the final hard sign
PRE_REFORM_UNITS: list[Case] = [
    ("До Томска около 3 тыс. верстъ пути.", "3 тыс. верстъ", 3000, "quantity", "verst"),
    ("У общины 540 десятинъ земли.", "540 десятинъ", 540, "quantity", "desyatina"),
    ("Сукна отпущено 12 аршинъ.", "12 аршинъ", 12, "quantity", "arshin"),
    ("Глубина колодца 4 саженъ.", "4 саженъ", 4, "quantity", "sazhen"),
]

# a total's split in brackets
SPLITS: list[Case] = [
    ("Он набрал 45 очков (20+25) за сезон.", "20+25", NAN, "other", None),
    ("Защитник закончил с 7 очками (3+4).", "7", 7, "count", None),
    ("Защитник закончил с 7 очками (3+4).", "3+4", NAN, "other", None),
    ("Она прошла гонку без промахов (0+0+0+0).", "0+0+0+0", NAN, "other", None),
    ("He scored 27 points (12+15) in the final.", "12+15", NAN, "other", None),
]

# seconds with a decimal fraction after minutes
SECONDS: list[Case] = [
    ("Лыжник показал 31 мин 4,2 с на финише.", "4,2 с", 4.2, "quantity", "second"),
    ("Время победителя — 1 мин 52,48 с.", "52,48 с", 52.48, "quantity", "second"),
]

# versions, ports and strength classes
VERSIONS: list[Case] = [
    ("Сервер работает на Ubuntu 22.04 с ядром Linux.", "22.04", NAN, "identifier", None),
    ("Нужен Node.js 20.11.1 или новее.", "20.11.1", NAN, "identifier", None),
    ("Установите версию 2.7 пакета.", "2.7", NAN, "identifier", None),
    ("Веб-сервер слушает порт 8080 по умолчанию.", "8080", 8080, "identifier", None),
    ("Гайки класса прочности 10.9 не использовать.", "10.9", NAN, "identifier", None),
]

# a named coefficient's value dated or compared
COEFFICIENTS: list[Case] = [
    ("Коэффициент Джини в 2021 г. составил 0,41 против 0,40.", "0,41", 0.41, "other", None),
    ("Коэффициент Джини в 2021 г. составил 0,41 против 0,40.", "0,40", 0.40, "other", None),
    ("Индекс развития достиг 0,82 в 2020 г.", "0,82", 0.82, "other", None),
    # a share is no coefficient
    ("Доля в 2022 г. составила 0,4 против 0,3.", "0,4", 0.4, "count", None),
]

# knots where the clause speaks of speed
KNOTS: list[Case] = [
    ("Эсминец развивал скорость 35 узлов.", "35 узлов", 35, "quantity", "kn"),
    ("Судно шло 9 узлами к порту.", "9 узлами", 9, "quantity", "kn"),
    ("Ветер 20 узлов с порывами.", "20 узлов", 20, "quantity", "kn"),
    # nodes are counted
    ("В ходе ремонта заменили 3 узла.", "3", 3, "count", None),
    ("Кластер из 5 узлов работает стабильно.", "5", 5, "count", None),
]

# a lettered archival fund with a short number
FUNDS: list[Case] = [
    ("ЦГА СПб. Ф. Р-7. Оп. 1. Д. 5. Л. 3.", "Р-7", 7, "reference", None),
    ("ГАРО, ф. Р-46, оп. 2, д. 9.", "Р-46", 46, "reference", None),
]

# a four-digit count after "до" / "около" with a counted noun after it
COUNTS_NOT_YEARS: list[Case] = [
    ("Сервер выдерживает до 1200 запросов в минуту.", "1200", 1200, "count", None),
    ("В зале поместится до 1800 человек.", "1800", 1800, "count", None),
    # a year word keeps the year
    ("Так было до 1917 года.", "1917", 1917, "year", None),
]


@pytest.mark.parametrize(
    ("text", "surface", "value", "kind", "unit"),
    PRE_REFORM_UNITS
    + SPLITS
    + SECONDS
    + VERSIONS
    + COEFFICIENTS
    + KNOTS
    + FUNDS
    + COUNTS_NOT_YEARS,
)
def test_ru10_families(text: str, surface: str, value: float, kind: str, unit: str | None) -> None:
    if math.isnan(value):
        hits = [m for m in found("ru" if "He " not in text else "en", text) if m[0] == surface]
        assert len(hits) == 1, found("ru", text)
        assert hits[0][1] == kind and hits[0][3] == unit
        return
    check_one("ru", text, surface, value, kind, unit, 1e-6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sum written for itself has no total before it
        ("Сумма (2+3) равна пяти.", [("2", "count"), ("3", "count")]),
        # parts that do not add up to the total stay numbers
        ("Набрал 45 очков (20+21) за сезон.", [("45", "count"), ("20", "count"), ("21", "count")]),
        # a count of ships after the word for a harbour
        ("В порт 12 судов зашло вчера.", [("12", "count")]),
        # a decimal with a comma after a brand is no version
        ("Продаю Toyota Camry 2,5 л.", [("2,5 л", "quantity")]),
        # "с" after a decimal without minutes before it is left alone
        ("Рост 2,5 с лишним раза.", [("2,5", "count")]),
    ],
)
def test_ru10_negatives(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(s, k) for s, k, _v, _u in found("ru", text)]
    for surface, kind in expected:
        assert (surface, kind) in got, got
    assert not any("+" in s for s, _k in got), got
