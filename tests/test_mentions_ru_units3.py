"""Russian units and money, round 3: old measures, rates in compound units, score points,
roubles written ``р.`` and ``к.``, prices per unit with a slash, per mille in words,
dimensions, glued multipliers and pre-reform yields.

Every expected value is checked by hand: (text, [(surface, value, kind, unit), ...]).
"""

from __future__ import annotations

import math

import pytest

from analysis.mentions import extract_mentions

CASES = [
    # ---- 1. units of the lexicon: old measures, rates, tkm, bbl, points, Réaumur
    ("Сугробы намело в 2 арш. высотой.", [("2 арш.", 2.0, "quantity", "arshin")]),
    ("Щель шириной 3 вершка заделали.", [("3 вершка", 3.0, "quantity", "vershok")]),
    ("Рост его был 2 арш. 9 вершк. без малого.",
     [("2 арш.", 2.0, "quantity", "arshin"), ("9 вершк.", 9.0, "quantity", "vershok")]),
    ("Сток реки достиг 3 400 м³/с у плотины.", [("3 400 м³/с", 3400.0, "quantity", "m3/s")]),
    ("Через створ проходило 120 кубометров в секунду.",
     [("120 кубометров в секунду", 120.0, "quantity", "m3/s")]),
    ("Грузооборот вырос до 12,5 млрд т-км за год.",
     [("12,5 млрд т-км", 12.5e9, "quantity", "tkm")]),
    ("Дорога выполнила 800 млн тонно-километров работы.",
     [("800 млн тонно-километров", 8e8, "quantity", "tkm")]),
    ("Скважина дала 250 баррелей нефти.", [("250 баррелей", 250.0, "quantity", "bbl")]),
    ("Картель сократил добычу на 1,2 млн баррелей в сутки.",
     [("1,2 млн баррелей в сутки", 1.2e6, "quantity", "bbl/d")]),
    ("Тройка мчалась 15 вёрст в час по тракту.",
     [("15 вёрст в час", 15.0, "quantity", "verst/h")]),
    ("Абитуриент набрал 270 баллов на трёх экзаменах.",
     [("270 баллов", 270.0, "other", "point")]),
    ("Судьи поставили ей 9,5 балла за технику.", [("9,5 балла", 9.5, "other", "point")]),
    ("Термометр показывал 30° по Реомюру в тени.",
     [("30° по Реомюру", 30.0, "quantity", "degRe")]),
    ("Вода закипает при 80 градусах по Реомюру.",
     [("80 градусах по Реомюру", 80.0, "quantity", "degRe")]),
    # ---- 2. money: "р.", "к." after roubles, a slash denominator, "мил."
    ("На постройку моста отпущено 15 600 р., из них на лес — 4 000 р.",
     [("15 600 р.", 15600.0, "money", "RUB"), ("4 000 р.", 4000.0, "money", "RUB")]),
    ("Подать составила 12 руб. 35 к. со двора.",
     [("12 руб. 35 к.", 12.35, "money", "RUB")]),
    ("Сдаётся комната, 18 000 руб./мес., без залога.",
     [("18 000 руб./мес.", 18000.0, "money", "RUB")]),
    ("Лом закупали по 23 400 руб./т у населения.",
     [("23 400 руб./т", 23400.0, "money", "RUB")]),
    ("Уголь шёл по 650 руб. за тонну.", [("650 руб.", 650.0, "money", "RUB")]),
    ("Губерния вывезла 7 мил. пуд. овса.", [("7 мил. пуд.", 7e6, "quantity", "pood")]),
    # ---- 3. per mille in words
    ("Младенческая смертность достигла 23,1 на тысячу.",
     [("23,1 на тысячу", 23.1, "quantity", "‰")]),
    # ---- 4. dimensions: the unit after the last number is shared backwards
    ("Ящик размером 60×30×20 см стоял у двери.",
     [("60", 60.0, "quantity", "cm"), ("30", 30.0, "quantity", "cm"),
      ("20 см", 20.0, "quantity", "cm")]),
    ("Комната 4 × 5 м, окна на юг.",
     [("4", 4.0, "quantity", "m"), ("5 м", 5.0, "quantity", "m")]),
    # ---- 5. multipliers glued to the digits
    ("Компания торгуется по 6,5x прибыли.", [("6,5x", 6.5, "other", "times")]),
    # ---- 6. pre-reform yields
    ("Овса собрано 40 пудовъ съ десятины.",
     [("40 пудовъ съ десятины", 40.0, "quantity", "pood/desyatina")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_ru_units3(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    df = extract_mentions(text, "ru", strict=True)
    for surface, value, kind, unit in expected:
        rows = df[df["surface"] == surface]
        assert len(rows) == 1, df[["surface", "value", "kind", "unit"]].values.tolist()
        row = rows.iloc[0]
        assert math.isclose(row["value"], value, rel_tol=1e-9), row["value"]
        assert (row["kind"], row["unit"]) == (kind, unit)


def test_multiplier_range() -> None:
    df = extract_mentions("Коэффициент снизился с 3,4x до 2,1x за год.", "ru", strict=True)
    row = df[df["surface"] == "3,4x до 2,1x"].iloc[0]
    assert (row["kind"], row["unit"], row["value"], row["range_end"]) == ("range", "times", 3.4, 2.1)


def test_per_mille_word_is_never_a_year() -> None:
    df = extract_mentions("Рождаемость была 31,7 на тысячу, смертность 24,2 на тысячу.", "ru")
    assert "year" not in set(df["kind"])
    assert list(df["unit"]) == ["‰", "‰"]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Пристань в 3 км выше по р. Волге.", "3 км"),  # "р." before a name: a river
        ("Переправа у 5 р. Волга была затоплена.", "5"),
        ("Адрес: ул. Мира, д. 5, к. 2, кв. 7.", "5"),  # "к." is a building, not kopecks
        ("Адрес: ул. Мира, д. 5, к. 2, кв. 7.", "2"),
        ("Собрание сочинений: в 5 т. М., 1985.", "5"),  # volumes in a bibliography
        ("Письма: в 7 т. / под ред. А. Сидорова. М., 1975.", "7"),
        ("В турнире по баскетболу 3x3 участвовали студенты.", "3"),
        ("Издание в 3х томах вышло в срок.", "3"),  # "3х" = трёх, no multiplier
    ],
)
def test_ru_units3_negatives(text: str, surface: str) -> None:
    df = extract_mentions(text, "ru", strict=True)
    rows = df[df["surface"] == surface]
    assert len(rows) >= 1, df[["surface", "kind", "unit"]].values.tolist()
    assert rows["kind"].iloc[0] != "money"
    assert rows["unit"].iloc[0] not in ("RUB", "times", "t"), rows["unit"].iloc[0]


def test_relay_is_no_dimension() -> None:
    df = extract_mentions("Команда выиграла эстафету 4×100 м, уступив лишь в финале.", "ru")
    assert df.iloc[0]["surface"] == "4" and df.iloc[0]["unit"] != "m"
