"""Families of phrasing fixed on the fifth Russian development set (``mentions_dev_ru5``).

Each family has short sentences of its own (not taken from the set), with the expected
span, value, kind and unit checked by hand, and neighbours that must keep their reading.
"""

from __future__ import annotations

import math

import pytest
from mention_checks import check_one, found

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


#: Clock times with the hour word: abbreviated hours and minutes, hours in words after
#: "в", "so many minutes to" an hour; lengths of time that look like them stay durations.
CLOCK: list[Case] = [
    (
        "ru",
        "Поезд прибыл в 9 час. 15 мин. по местному времени.",
        "9 час. 15 мин.",
        9.25,
        "other",
        "hour",
    ),
    ("ru", "Собрание назначено в 18 час. 30 мин.", "18 час. 30 мин.", 18.5, "other", "hour"),
    ("ru", "Он проснулся ровно в шесть часов.", "шесть часов", 6, "other", "hour"),
    ("ru", "Встретимся в десять часов вечера.", "десять часов", 10, "other", "hour"),
    ("ru", "Было без четверти восемь, когда он ушёл.", "без четверти восемь", 7.75, "other", None),
    (
        "ru",
        "Без пяти двенадцать все сели за стол.",
        "Без пяти двенадцать",
        11 + 55 / 60,
        "other",
        None,
    ),
    (
        "ru",
        "Часы показывали без десяти минут три.",
        "без десяти минут три",
        2 + 50 / 60,
        "other",
        None,
    ),
    ("ru", "Он пришёл без четверти 9.", "без четверти 9", 8.75, "other", None),
    # neighbours: durations, amounts after "без"
    ("ru", "Установлена продолжительность смены в 12 часов.", "12 часов", 12, "quantity", "hour"),
    ("ru", "Рабочий день в 8 часов закреплён законом.", "8 часов", 8, "quantity", "hour"),
    ("ru", "Рабочий день начинается в 9 часов.", "9 часов", 9, "other", "hour"),
    ("ru", "Они шли семь часов без отдыха.", "семь часов", 7, "quantity", "hour"),
    ("ru", "Он остался без пяти рублей.", "пяти рублей", 5, "money", "RUB"),
    ("ru", "Без двух тысяч рублей не обойтись.", "двух тысяч рублей", 2000, "money", "RUB"),
]


@pytest.mark.parametrize("case", CLOCK, ids=lambda c: c[2])
def test_clock_times(case: Case) -> None:
    _check(case)


#: Race times keep the tenths of a second; a list after a time of day does not.
RACE_TIMES: list[Case] = [
    (
        "ru",
        "Победитель прошёл дистанцию за 2:11:05,7.",
        "2:11:05,7",
        2 + 11 / 60 + 5.7 / 3600,
        "quantity",
        "hour",
    ),
    (
        "ru",
        "Его время 1:02:03.25 стало рекордом.",
        "1:02:03.25",
        1 + 2 / 60 + 3.25 / 3600,
        "quantity",
        "hour",
    ),
    ("ru", "Отсчёт начался в 10:45:30, 5 человек ждали.", "5", 5, "count", None),
]


@pytest.mark.parametrize("case", RACE_TIMES, ids=lambda c: c[2])
def test_race_times(case: Case) -> None:
    _check(case)


#: A Roman range of classes with an adjective before the class noun is one identifier.
ROMAN_CLASSES: list[Case] = [
    ("ru", "Зерно II–III сорта хранится отдельно.", "II–III", 2, "identifier", None),
    ("ru", "Больные III–IV функционального класса по NYHA.", "III–IV", 3, "identifier", None),
    ("ru", "Инвалиды I–II нерабочей группы получают пособие.", "I–II", 1, "identifier", None),
    ("ru", "Отходы III–IV класса опасности вывозят.", "III–IV", 3, "identifier", None),
    ("ru", "Это было в XIX–XX веках.", "XIX–XX", 19, "range", None),
]


@pytest.mark.parametrize("case", ROMAN_CLASSES, ids=lambda c: c[2])
def test_roman_classes(case: Case) -> None:
    _check(case)


#: The singular collective tens and hundreds count; the plural ones stay vague.
COLLECTIVES: list[Case] = [
    ("ru", "На рынке десяток яиц стоил 90 рублей.", "десяток", 10, "count", None),
    ("ru", "Пришло не более сотни человек.", "сотни", 100, "count", None),
    ("ru", "Он купил два десятка яиц.", "два десятка", 20, "count", None),
    ("ru", "За работу отдали пять сотен рублей.", "пять сотен рублей", 500, "money", "RUB"),
    ("ru", "Собралось полтора десятка соседей.", "полтора десятка", 15, "count", None),
    ("ru", "Около сотни тысяч зрителей смотрели матч.", "сотни тысяч", 100000, "count", None),
]

#: Vague plurals and the top ten are no mentions.
COLLECTIVES_NONE: list[str] = [
    "Сотни гостей пришли на праздник.",
    "Несколько десятков домов сгорело.",
    "Сотни тысяч людей вышли на улицы.",
    "Команда вошла в первую десятку.",
    "Командир сотни отдал приказ.",
]


@pytest.mark.parametrize("case", COLLECTIVES, ids=lambda c: c[2])
def test_collectives(case: Case) -> None:
    _check(case)


@pytest.mark.parametrize("text", COLLECTIVES_NONE)
def test_collectives_vague(text: str) -> None:
    assert found("ru", text) == []


#: A lone "один" counts one thing against a figure in the same sentence.
ONE: list[Case] = [
    ("ru", "Спутник за 90 минут совершает один оборот.", "один", 1, "count", None),
    ("ru", "Из 12 городов лишь один — Томск — ответил.", "один", 1, "count", None),
    ("ru", "На одну семью выдавали 2 кг муки.", "одну", 1, "count", None),
]

#: "Один" of an idiom, "alone", or with no figure near it is no mention.
ONE_NONE: list[str] = [
    "Один из 300 домов сгорел.",
    "В 1941 году не один солдат погиб.",
    "Мать одна нас пятерых поднимала в 1946 году.",
    "По одному на 10 человек.",
    "Один человек погиб.",
    "В 1990 году они пришли к одному и тому же выводу.",
]


@pytest.mark.parametrize("case", ONE, ids=lambda c: c[1])
def test_one_counts(case: Case) -> None:
    _check(case)


@pytest.mark.parametrize("text", ONE_NONE)
def test_one_idioms(text: str) -> None:
    assert not [m for m in found("ru", text) if m[0].lower().startswith("од")]


#: Ratios of a study after their Russian abbreviation are "other".
RATIOS: list[Case] = [
    ("ru", "Риск снизился (ОР 0,81; 95% ДИ 0,70–0,93).", "0,81", 0.81, "other", None),
    ("ru", "Связь значима (ОШ 1,45; p = 0,01).", "1,45", 1.45, "other", None),
    ("ru", "Смертность ниже (HR = 0,77).", "0,77", 0.77, "other", None),
    ("ru", "В ОР 5 человек дежурили.", "5", 5, "count", None),
]


@pytest.mark.parametrize("case", RATIOS, ids=lambda c: c[2])
def test_ratios(case: Case) -> None:
    _check(case)


#: The first prices of a list joined by "и" / "или" share the currency after the last.
MONEY_LISTS: list[Case] = [
    ("ru", "Билеты продавали по 2 и 3 рубля.", "2", 2, "money", "RUB"),
    ("ru", "Обед стоил 5, 7 или 10 долларов.", "7", 7, "money", "USD"),
    ("ru", "Штраф составлял 10 и 20 евро.", "10", 10, "money", "EUR"),
    ("ru", "У него было 3 сына и 4 рубля.", "3", 3, "count", None),
]


@pytest.mark.parametrize("case", MONEY_LISTS, ids=lambda c: c[1])
def test_money_lists(case: Case) -> None:
    _check(case)
