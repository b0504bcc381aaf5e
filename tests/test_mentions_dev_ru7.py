"""Families of phrasing fixed on the seventh Russian development set (``mentions_dev_ru7``).

Each family has short sentences of its own (not taken from the set), with the expected
span, value, kind and unit checked by hand, and negative cases where the rule must not
fire.
"""

from __future__ import annotations

import math

import pytest
from mention_checks import check_one, found

#: (text, surface, value, kind, unit); value nan for a null value.
Case = tuple[str, str, float, str, str | None]

NAN = math.nan

LAB_UNITS: list[Case] = [
    ("Добавили 5 ммоль катализатора.", "5 ммоль", 5, "quantity", "mmol"),
    ("Навеска 0,2 моль соли.", "0,2 моль", 0.2, "quantity", "mol"),
    ("Содержание свинца 3,4 мкг/л в пробе.", "3,4 мкг/л", 3.4, "quantity", "ug/l"),
    ("Диапазон 5–50 мкг/л (n = 3).", "5–50 мкг/л", 5, "range", "ug/l"),
    ("Доза 20 мкг в сутки.", "20 мкг", 20, "quantity", "ug"),
    ("Размер зерна 15 мкм в среднем.", "15 мкм", 15, "quantity", "um"),
    ("Ток 40 мА через диод.", "40 мА", 40, "quantity", "mA"),
    ("Энергия связи 25 кДж/моль у комплекса.", "25 кДж/моль", 25, "quantity", "kJ/mol"),
    ("Плотность энергии 1,8 Дж/см² на мишени.", "1,8 Дж/см²", 1.8, "quantity", "J/cm2"),
    ("Тело движется с ускорением 2 м/с², затем тормозит.", "2 м/с²", 2, "quantity", "m/s2"),
    ("Давление 5 бар в системе.", "5 бар", 5, "quantity", "bar"),
    ("Шрифт не менее 14 пт, поля 2 см.", "14 пт", 14, "quantity", "pt"),
    (
        "Опубликовано 8 работ общим объемом 3,2 п. л. по теме.",
        "3,2 п. л.",
        3.2,
        "quantity",
        "print_sheet",
    ),
    ("Частота слова — 56,1 ipm в корпусе.", "56,1 ipm", 56.1, "quantity", "ipm"),
    ("Колодец находится в 30 метрах от дома.", "30 метрах", 30, "quantity", "m"),
    ("Ограждение не ближе 15 метров от дороги.", "15 метров", 15, "quantity", "m"),
    ("Смесь выдерживали 6 ч. Затем фильтровали.", "6 ч", 6, "quantity", "hour"),
    ("Реакцию вели в течение 3 ч.", "3 ч", 3, "quantity", "hour"),
]

LAB_UNITS_KEEP: list[Case] = [
    ("На улице 3 бара и 2 ресторана.", "3", 3, "count", None),
    ("До центра 5 станций метро.", "5", 5, "count", None),
    ("Работаем с 10 до 6 ч. вечера.", "10 до 6 ч.", 10, "range", "hour"),
    ("Ученики 5 А класса пришли.", "5", 5, "count", None),
]

CLAUSES: list[Case] = [
    ("3.1. Арендатор обязуется вносить плату.", "3.1", NAN, "identifier", None),
    ("Сторонами согласовано. 5.2. Споры решаются в суде.", "5.2", NAN, "identifier", None),
    ("2.4.1. Срок поставки указан в приложении.", "2.4.1", NAN, "identifier", None),
    ("Заказчик вправе: 2) требовать уплаты неустойки.", "2", 2, "identifier", None),
    ("в случаях: <...> 7) закупки у единственного поставщика.", "7", 7, "identifier", None),
]

CLAUSES_KEEP: list[Case] = [
    ("Рост составил 1.5. Потом он замедлился.", "1.5", 1.5, "count", None),
    ("Встреча в 5.40 утра.", "5.40", 5 + 40 / 60, "other", None),
    ("Пришло (в среднем 5) человек.", "5", 5, "count", None),
]

ARCHIVES: list[Case] = [
    ("Донесение (ГАРФ, ф. Р-393, оп. 2, д. 15, л. 7).", "Р-393", 393, "reference", None),
    ("Донесение (ГАРФ, ф. Р-393, оп. 2, д. 15, л. 7).", "2", 2, "reference", None),
    ("Донесение (ГАРФ, ф. Р-393, оп. 2, д. 15, л. 7).", "15", 15, "reference", None),
    ("12. Приказы по управлению. 1925–1926 гг. 148 л.", "148", 148, "reference", None),
    ("12. Приказы. 3 марта 1925 г. 48 л. 13. Сметы. 1926 г. 20 л.", "48", 48, "reference", None),
]

ARCHIVES_KEEP: list[Case] = [
    ("В 1925 г. 148 человек уехали.", "148", 148, "count", None),
]


def _check(case: Case) -> None:
    text, surface, value, kind, unit = case
    check_one("ru", text, surface, value, kind, unit, 1e-4)


@pytest.mark.parametrize("case", LAB_UNITS + LAB_UNITS_KEEP, ids=lambda c: c[1])
def test_lab_units(case: Case) -> None:
    _check(case)


@pytest.mark.parametrize("case", CLAUSES + CLAUSES_KEEP, ids=lambda c: c[1])
def test_clause_numbers(case: Case) -> None:
    _check(case)


@pytest.mark.parametrize("case", ARCHIVES + ARCHIVES_KEEP, ids=lambda c: c[1])
def test_archives(case: Case) -> None:
    _check(case)


def test_exponent_of_a_unit_is_no_footnote() -> None:
    got = found("ru", "Ускорение 9,8 м/с² у поверхности.")
    assert got == [("9,8 м/с²", "quantity", 9.8, "m/s2")]


ROMAN: list[Case] = [
    ("Указ Николая I. Он вступил в силу.", "I", 1, "ordinal", None),
    ("Итоги за I квартал 2023 г. опубликованы.", "I", 1, "ordinal", None),
    ("Депутаты I Государственной думы собрались.", "I", 1, "ordinal", None),
]


@pytest.mark.parametrize("case", ROMAN, ids=lambda c: c[0][:12])
def test_lone_roman(case: Case) -> None:
    _check(case)


@pytest.mark.parametrize(
    "text",
    ["Он сказал: I love you.", "Автор: Smith I. V. Москва, 2001."],
    ids=["quote", "initials"],
)
def test_lone_roman_not_ordinal(text: str) -> None:
    assert all(s != "I" for s, *_ in found("ru", text))


CODES: list[Case] = [
    ("М.: Наука, 2019. ISBN 978-5-02-040123-7.", "978-5-02-040123-7", NAN, "identifier", None),
    ("ISSN 0869-5687. Выходит ежемесячно.", "0869-5687", NAN, "identifier", None),
    ("УДК 94(470)“1917” ББК 63.3", "63.3", NAN, "identifier", None),
    ("УДК 336.748.12 Аннотация.", "336.748.12", NAN, "identifier", None),
    (
        "С. 5–17. DOI: 10.1134/S0016752519010023.",
        "10.1134/S0016752519010023",
        NAN,
        "identifier",
        None,
    ),
    (
        "С. 5–17. DOI 10.1134/S0016752519010023",
        "10.1134/S0016752519010023",
        NAN,
        "identifier",
        None,
    ),
    (
        "С. 5–17. doi:10.1016/j.jcp.2020.109123.",
        "10.1016/j.jcp.2020.109123",
        NAN,
        "identifier",
        None,
    ),
    (
        "Режим доступа: https://doi.org/10.1080/00291951.2020.",
        "10.1080/00291951.2020",
        NAN,
        "identifier",
        None,
    ),
    ("Пат. 2654321 Российская Федерация, МПК C02F 1/28.", "C02F 1/28", NAN, "identifier", None),
    ("Пат. 2654321 Российская Федерация, МПК C02F 1/28.", "2654321", 2654321, "identifier", None),
    ("Классы A61K31/00 и H01L 21/02 по МПК.", "A61K31/00", NAN, "identifier", None),
]


def test_codes_keep() -> None:
    """No label, no DOI; no subclass letter, no patent class."""
    assert all("/" not in s for s, *_ in found("ru", "Код 10.2020/21 указан."))
    assert all(" 20/18" not in s for s, *_ in found("ru", "Выпуск B12 20/18 серии."))


@pytest.mark.parametrize("case", CODES, ids=lambda c: c[1])
def test_codes_without_their_labels(case: Case) -> None:
    _check(case)


NAMED: list[Case] = [
    ("Пример 3. Навеска 20 г соли.", "3", 3, "identifier", None),
    ("Упражнение 118. Решите уравнение.", "118", 118, "identifier", None),
    ("Разрез показан на фиг. 4.", "4", 4, "identifier", None),
    ("Занятия проходят в ауд. 215.", "215", 215, "identifier", None),
    ("Рассмотрим примеры 2 и 3.", "2", 2, "identifier", None),
]

NAMED_KEEP: list[Case] = [
    ("В аудитории 30 студентов.", "30", 30, "count", None),
    ("Приведу пример 3 раза подряд.", "3 раза", 3, "other", "times"),
]


@pytest.mark.parametrize("case", NAMED + NAMED_KEEP, ids=lambda c: c[0][:16])
def test_naming_nouns(case: Case) -> None:
    _check(case)


GLUED: list[Case] = [
    ("г. Казань, ул. Пушкина, д. 12б, кв. 4.", "12б", 12, "identifier", None),
    ("Москва, ул. Садовая, 3, корп. 2а.", "2а", 2, "identifier", None),
    ("ГАРФ. Ф. 5446. Оп. 1а. Д. 12. Л. 3.", "1а", 1, "reference", None),
    ("Схема приведена на рис. 3б.", "3б", 3, "identifier", None),
]

GLUED_KEEP: list[Case] = [
    ("Ученики 5 а класса пришли.", "5", 5, "count", None),
    ("Получено 12 в опыте.", "12", 12, "count", None),
]


@pytest.mark.parametrize("case", GLUED + GLUED_KEEP, ids=lambda c: c[0][:16])
def test_glued_letters(case: Case) -> None:
    _check(case)


BOOK_PARTS: list[Case] = [
    (
        "Очерки истории: в 3 т. / под ред. И. И. Петрова. Т. 2. СПб.: Алетейя, 2010.",
        "2",
        2,
        "reference",
        None,
    ),
    ("Словарь древнерусского языка. Вып. 4–7. Л.: Наука, 1980–1985.", "4–7", 4, "reference", None),
    (
        "Способ очистки : № 2019123456 / Иванов И. И. ; заявитель МГУ. — 12 с.",
        "12",
        12,
        "reference",
        None,
    ),
]

BOOK_PARTS_KEEP: list[Case] = [
    ("Разгон до сотни — 8 с.", "8", 8, "count", None),
]


@pytest.mark.parametrize("case", BOOK_PARTS + BOOK_PARTS_KEEP, ids=lambda c: c[1])
def test_book_parts(case: Case) -> None:
    _check(case)


def test_multipliers_share_times() -> None:
    got = found("ru", "Экспорт вырос соответственно в 3,2, 2,5 и 1,7 раза.")
    assert got == [
        ("3,2", "other", 3.2, "times"),
        ("2,5", "other", 2.5, "times"),
        ("1,7 раза", "other", 1.7, "times"),
    ]


ADDRESS_CODES: list[Case] = [
    (
        "Почтовый адрес: 630090, г. Новосибирск, пр. Лаврентьева, 17.",
        "630090",
        630090,
        "identifier",
        None,
    ),
    ("Офис: 125009, Москва, ул. Тверская, д. 7.", "125009", 125009, "identifier", None),
    ("Приходуется по форме ТОРГ-12 в день поставки.", "ТОРГ-12", 12, "identifier", None),
    ("Инвентаризация оформляется по форме № ИНВ-19.", "№ ИНВ-19", 19, "identifier", None),
]

ADDRESS_CODES_KEEP: list[Case] = [
    ("Тираж 300000, цена договорная.", "300000", 300000, "count", None),
    ("Вирус КОВИД-19 распространился.", "19", 19, "other", None),
]


@pytest.mark.parametrize("case", ADDRESS_CODES + ADDRESS_CODES_KEEP, ids=lambda c: c[1])
def test_postcodes_and_form_codes(case: Case) -> None:
    _check(case)
