"""Families of phrasing fixed on the fourth Kazakh development set
(tests/data/mentions_dev_kk4), with hand-checked sentences written for these tests (none
copied from the set), including negative cases showing that the rules do not misfire.

The set was annotated blind and the Kazakh rules were then tuned on it, so its scores say
nothing about accuracy on new text.
"""

from __future__ import annotations

from functools import partial

import pytest
from mention_checks import found_rounded

_found = partial(found_rounded, "kk")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # symbols of specifications, school physics and laboratory reports
        ("Ноутбуктің дискі 512 ГБ.", [("512 ГБ", "quantity", 512.0, "GB")]),
        ("Артқы камерасы 48 Мп.", [("48 Мп", "quantity", 48.0, "MP")]),
        (
            "Қуаттандырғыш 10000 мА·сағ сыйымдылықты.",
            [("10000 мА·сағ", "quantity", 10000.0, "mAh")],
        ),
        ("Шамның кедергісі 240 Ом.", [("240 Ом", "quantity", 240.0, "ohm")]),
        # the prefix is kept: kilo-ohms and mega-ohms are not ohms
        ("Резистордың кедергісі 20 кОм.", [("20 кОм", "quantity", 20.0, "kohm")]),
        ("Оқшаулау кедергісі 0,5 МОм.", [("0,5 МОм", "quantity", 0.5, "Mohm")]),
        ("Денеге 12 кДж жылу берілді.", [("12 кДж", "quantity", 12.0, "kJ")]),
        ("Бір кесе шайда 45 ккал бар.", [("45 ккал", "quantity", 45.0, "kcal")]),
        ("Үшбұрыштың ауданы 24 см².", [("24 см²", "quantity", 24.0, "cm2")]),
        ("Несепнәр 6,2 мкмоль/л болды.", [("6,2 мкмоль/л", "quantity", 6.2, "umol/l")]),
        # memory written as a pair shares the unit backwards
        (
            "Жады 6/128 ГБ, түсі ақ.",
            [("6", "quantity", 6.0, "GB"), ("128 ГБ", "quantity", 128.0, "GB")],
        ),
        # a plain fraction keeps no unit
        ("Тақтаның 3/4 бөлігі боялды.", [("3/4", "other", 0.75, None)]),
    ],
)
def test_kazakh_unit_symbols(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # kitchen measures of recipes and the spelling "грам"
        ("Қамырға 3 стақан ұн саламыз.", [("3 стақан", "quantity", 3.0, "cup")]),
        ("Оған 2 ас қасық қаймақ қосыңыз.", [("2 ас қасық", "quantity", 2.0, "tbsp")]),
        ("Шайға 1 шай қасық бал салыңыз.", [("1 шай қасық", "quantity", 1.0, "tsp")]),
        ("Жарты стақан су құйыңыз.", [("Жарты стақан", "quantity", 0.5, "cup")]),
        (
            "Өнімнің 200 грамында 15 г ақуыз бар.",
            [("200 грамында", "quantity", 200.0, "g"), ("15 г", "quantity", 15.0, "g")],
        ),
        # a spoon without its kind is not a measure of the table
        ("Үстелде 4 қасық жатыр.", [("4", "count", 4.0, None)]),
    ],
)
def test_kazakh_kitchen_measures(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Жүк көлігі 3,5 т жүк көтереді.", [("3,5 т", "quantity", 3.5, "t")]),
        ("Дене 4 с ішінде тоқтады.", [("4 с", "quantity", 4.0, "second")]),
        (
            "Тізбектегі ток күші 2 А, кернеуі 12 В.",
            [("2 А", "quantity", 2.0, "A"), ("12 В", "quantity", 12.0, "V")],
        ),
        ("Өнімнің салмағы 250 г.", [("250 г", "quantity", 250.0, "g")]),
        ("Тұқымның салмағы 40–45 г.", [("40–45 г", "range", 40.0, "g")]),
        # a class or building letter without an electrical context stays outside
        ("Ол 7 А сыныбында оқиды.", [("7", "count", 7.0, None)]),
        ("Мекенжайы: Абай көшесі, 12 В.", [("12", "identifier", 12.0, None)]),
        # pages and volumes of a book after a whole number with a full stop
        (
            "Алматы: Ғылым, 2001. – 248 с.",
            [("2001", "reference", 2001.0, None), ("248", "reference", 248.0, None)],
        ),
        ("Жүк 2,5 т.", [("2,5 т", "quantity", 2.5, "t")]),
        # "т.б." (and so on) after a number is no tonne
        ("Бидай, арпа, 5 т.б. дақылдар.", [("5", "count", 5.0, None)]),
    ],
)
def test_kazakh_one_letter_symbols(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Дәрі 10–20 мг-нан беріледі.", [("10–20 мг", "range", 10.0, "mg")]),
        (
            "Құлындар 5–6 айлығында енесінен ажыратылады.",
            [("5–6 айлығында", "range", 5.0, "month")],
        ),
        ("Бұзау 3 айлығында жайылымға шығады.", [("3 айлығында", "quantity", 3.0, "month")]),
    ],
)
def test_kazakh_units_after_ranges(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Билет 45 еуро тұрады.", [("45 еуро", "money", 45.0, "EUR")]),
        ("Ол 20 еуродан сатылды.", [("20 еуродан", "money", 20.0, "EUR")]),
        (
            "Бағамы: 1 қытай юані – 70 теңге.",
            [("1 қытай юані", "money", 1.0, "CNY"), ("70 теңге", "money", 70.0, "KZT")],
        ),
        (
            "Бағамы: 1 ресей рублі – 6 теңге.",
            [("1 ресей рублі", "money", 1.0, "RUB"), ("6 теңге", "money", 6.0, "KZT")],
        ),
        ("Сапар 300 түрік лирасы тұрады.", [("300 түрік лирасы", "money", 300.0, "TRY")]),
        # a country adjective before another noun is no currency
        ("Ол 2 қытай кітабын оқыды.", [("2", "count", 2.0, None)]),
    ],
)
def test_kazakh_currency_names(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Науқастың пульсі минутына 84 соққы.", [("84 соққы", "quantity", 84.0, "bpm")]),
        ("Жүрек соғуы минутына 60–90 соққы.", [("60–90 соққы", "range", 60.0, "bpm")]),
        ("Көліктің шығыны 7,5 л/100 км.", [("7,5 л/100 км", "quantity", 7.5, "l/100km")]),
        (
            "Мұздың меншікті жылу сыйымдылығы 2100 Дж/(кг·°C).",
            [("2100 Дж/(кг·°C)", "quantity", 2100.0, "J/(kg*degC)")],
        ),
        ("Тромбоциттер 250×10⁹/л.", [("250×10⁹/л", "quantity", 250e9, "1/l")]),
        # blows without the pulse are counted
        ("Боксшы 12 соққы жасады.", [("12", "count", 12.0, None)]),
    ],
)
def test_kazakh_rate_units(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the floor of a flat and the floors of its building
        (
            "Пәтер 4/9 қабат, ауданы 52 м².",
            [
                ("4", "ordinal", 4.0, None),
                ("9", "count", 9.0, None),
                ("52 м²", "quantity", 52.0, "m2"),
            ],
        ),
        # a work rota: one other, value null
        ("Жұмыс кестесі 5/2, жалақысы жоғары.", [("5/2", "other", None, None)]),
        ("Вахта 28/28, тамақпен қамтамасыз етіледі.", [("28/28", "other", None, None)]),
        # a fraction stays a fraction
        ("Жердің 2/3 бөлігі егістік.", [("2/3", "other", 0.6667, None)]),
    ],
)
def test_kazakh_slash_pairs(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number repeated in two-letter words in brackets shares the unit
        (
            "Оған 3 (үш) жыл мерзімге жаза берілді.",
            [("3", "quantity", 3.0, "year"), ("үш", "quantity", 3.0, "year")],
        ),
        (
            "Ол 10 (он) күн демалды.",
            [("10", "quantity", 10.0, "day"), ("он", "quantity", 10.0, "day")],
        ),
        # a mobile number written in groups is one identifier
        ("Байланыс телефоны: 8 701 345 67 89.", [("8 701 345 67 89", "identifier", None, None)]),
        ("Бағасы 8 700 000 теңге.", [("8 700 000 теңге", "money", 8700000.0, "KZT")]),
        # a flight code before the flight word
        ("Біз KC 852 рейсімен ұштық.", [("KC 852", "identifier", 852.0, None)]),
        # "дүркін" (times) of repeated titles, like "есе"; "есеп" (a problem) is counted
        ("Ол 7 дүркін әлем чемпионы.", [("7 дүркін", "other", 7.0, "times")]),
        ("Оқушы 12 есеп шығарды.", [("12", "count", 12.0, None)]),
        ("Баға 2 есе өсті.", [("2 есе", "other", 2.0, "times")]),
        # "бас" before a vegetable counts it; before livestock it is head
        ("Сорпаға 2 бас пияз салыңыз.", [("2", "count", 2.0, None)]),
        ("Шаруашылықта 450 бас қой бар.", [("450 бас", "quantity", 450.0, "head")]),
        # "басқа" (per head) before the rate
        (
            "Әр 1 басқа 2 га жайылым керек.",
            [("1 басқа", "quantity", 1.0, "head"), ("2 га", "quantity", 2.0, "ha")],
        ),
    ],
)
def test_kazakh_other_families(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Roman numeral naming a type or category is an identifier
        ("Науқаста II типті қант диабеті анықталды.", [("II", "identifier", 2.0, None)]),
        ("Бұл III санатты автомобиль жолы.", [("III", "identifier", 3.0, None)]),
        # other Roman numerals before a noun stay ordinals
        ("II дүниежүзілік соғыс аяқталды.", [("II", "ordinal", 2.0, None)]),
    ],
)
def test_kazakh_roman_types(text, expected):
    assert _found(text) == expected


def test_kazakh_role_and_initial_is_no_citation():
    # a patient named by an initial opens no bibliography line: the clock time stays other
    text = "Науқас Т., 64 жаста, 05.02.2024 ж. сағат 09:15-те ауруханаға түсті."
    assert ("09:15", "other", 9.25, None) in _found(text)
    # an author with initials and a year is still a citation
    assert _found("Сейітов Б., 2019: 112.") == [
        ("2019", "reference", 2019.0, None),
        ("112", "reference", 112.0, None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # goal minutes after the scorers' names are ordinals
        (
            "Голдар: Ермеков, 23, 67; Иванов, 88.",
            [
                ("23", "ordinal", 23.0, None),
                ("67", "ordinal", 67.0, None),
                ("88", "ordinal", 88.0, None),
            ],
        ),
        # a name, a comma and an age outside a scorers' list is no minute
        ("Ержан, 34 жаста, ауылда тұрады.", [("34 жаста", "quantity", 34.0, "year")]),
    ],
)
def test_kazakh_goal_minutes(text, expected):
    assert _found(text) == expected
