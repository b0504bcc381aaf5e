"""Round-2 families of docs/numeric-mentions.md: money with sub-units, multipliers, the unit lexicon.

Every expected value is checked by hand: (lang, text, surface, value, kind, unit).
"""

from __future__ import annotations

import math

import pytest

from analysis.mentions import extract_mentions, unit_lexicon

CASES = [
    # ---- 5. money with sub-units as one amount; a sub-unit alone is money in its main unit
    ("ru", "Цена 5 рублей 20 копеек за штуку.", "5 рублей 20 копеек", 5.2, "money", "RUB"),
    ("ru", "Цена 1 руб. 50 коп. за штуку.", "1 руб. 50 коп.", 1.5, "money", "RUB"),
    ("ru", "Билет стоил 20 копеек.", "20 копеек", 0.2, "money", "RUB"),
    ("kk", "Бағасы 100 теңге 50 тиын болды.", "100 теңге 50 тиын", 100.5, "money", "KZT"),
    ("kk", "Бағасы 40 тиын болды.", "40 тиын", 0.4, "money", "KZT"),
    ("en", "It cost 3 dollars and 40 cents.", "3 dollars and 40 cents", 3.4, "money", "USD"),
    ("en", "A stamp cost 50 cents then.", "50 cents", 0.5, "money", "USD"),
    ("en", "A loaf was 20 pence in London.", "20 pence", 0.2, "money", "GBP"),
    ("en", "They paid 10 euro for it.", "10 euro", 10.0, "money", "EUR"),
    ("id", "Upahnya 5 gulden 20 sen sehari.", "5 gulden 20 sen", 5.2, "money", "NLG"),
    ("id", "Harganya 50 sen saja.", "50 sen", 0.5, "money", "IDR"),
    ("id", "Harga Rp 2.500,50 per kilo.", "Rp 2.500,50", 2500.5, "money", "IDR"),
    # ---- 6. multipliers: kind other, unit times
    ("ru", "Выпуск вырос в 3 раза.", "3 раза", 3.0, "other", "times"),
    ("ru", "Выпуск вырос в полтора раза.", "полтора раза", 1.5, "other", "times"),
    ("ru", "Выпуск вырос вдвое.", "вдвое", 2.0, "other", "times"),
    ("ru", "Цены выросли вдесятеро.", "вдесятеро", 10.0, "other", "times"),
    ("kk", "Өнім 3 есе өсті.", "3 есе", 3.0, "other", "times"),
    ("kk", "Өнім үш есеге өсті.", "үш есеге", 3.0, "other", "times"),
    ("kk", "Ол ауылға 5 рет барды.", "5 рет", 5.0, "other", "times"),
    ("id", "Produksi naik tiga kali lipat.", "tiga kali lipat", 3.0, "other", "times"),
    ("en", "a threefold rise in output", "threefold", 3.0, "other", "times"),
    ("en", "a 3-fold rise in output", "3-fold", 3.0, "other", "times"),
    ("en", "output was three times higher", "three times", 3.0, "other", "times"),
    # ---- 7. units from the lexicon, with inflection, compounds, hyphens and glued forms
    ("ru", "урожай 8 центнеров с гектара", "8 центнеров с гектара", 8.0, "quantity", "centner/ha"),
    ("ru", "урожай 8 ц/га в среднем", "8 ц/га", 8.0, "quantity", "centner/ha"),
    ("ru", "выработано 100 кВт·ч энергии", "100 кВт·ч", 100.0, "quantity", "kWh"),
    ("ru", "линия на 10 кВ построена", "10 кВ", 10.0, "quantity", "kV"),
    ("ru", "трансформатор 5 MVA установлен", "5 MVA", 5.0, "quantity", "MVA"),
    ("ru", "станция на 1200 МВт построена", "1200 МВт", 1200.0, "quantity", "MW"),
    ("ru", "собрали 10 пудов хлеба", "10 пудов", 10.0, "quantity", "pood"),
    ("ru", "в 5 верстах от села", "5 верстах", 5.0, "quantity", "verst"),
    ("ru", "длиной 3 аршина ткани", "3 аршина", 3.0, "quantity", "arshin"),
    ("ru", "глубиной 2 сажени колодец", "2 сажени", 2.0, "quantity", "sazhen"),
    ("ru", "надел в 100 десятин земли", "100 десятин", 100.0, "quantity", "desyatina"),
    ("ru", "пало 2 млн голов скота", "2 млн голов", 2e6, "quantity", "head"),
    ("kk", "егіс 10 гектарға жетті", "10 гектарға", 10.0, "quantity", "ha"),
    ("kk", "ауылдан 5 шақырымнан кейін", "5 шақырымнан", 5.0, "quantity", "km"),
    ("kk", "әр ауданнан 100 тоннадан астық", "100 тоннадан", 100.0, "quantity", "t"),
    ("kk", "тереңдігі 20 метрде тоқтады", "20 метрде", 20.0, "quantity", "m"),
    ("kk", "егіс көлемі 10 га болды", "10 га", 10.0, "quantity", "ha"),
    ("kk", "егіс көлемі 10га болды", "10га", 10.0, "quantity", "ha"),
    ("kk", "шаруашылықта 500 бас мал бар", "500 бас", 500.0, "quantity", "head"),
    ("kk", "стансаның қуаты 100 киловаттқа жетті", "100 киловаттқа", 100.0, "quantity", "kW"),
    ("id", "peternak memiliki 300 ekor sapi", "300 ekor", 300.0, "quantity", "head"),
    ("id", "pembangkit 72-MW di Jawa", "72-MW", 72.0, "quantity", "MW"),
    ("id", "sawah seluas 10 hektar di desa", "10 hektar", 10.0, "quantity", "ha"),
    ("en", "a 72-MW plant was built", "72-MW", 72.0, "quantity", "MW"),
    ("en", "a 5-km road was built", "5-km", 5.0, "quantity", "km"),
    ("en", "they sold 200 head of cattle", "200 head", 200.0, "quantity", "head"),
    ("en", "it used 10 kilowatt-hours a day", "10 kilowatt-hours", 10.0, "quantity", "kWh"),
    ("en", "a wall 5 feet high", "5 feet", 5.0, "quantity", "ft"),
    ("en", "tyres at 32 psi", "32 psi", 32.0, "quantity", "psi"),
    ("en", "about 3 gallons of water", "3 gallons", 3.0, "quantity", "gal"),
    # imperial measures in every language; English "in." only with its full stop
    ("en", "The plate is 1/16 in. thick.", "1/16 in.", 0.0625, "quantity", "inch"),
    ("en", "They had 5 in. of rain.", "5 in.", 5.0, "quantity", "inch"),
    ("ru", "труба диаметром 1/2 дюйма", "1/2 дюйма", 0.5, "quantity", "inch"),
    ("ru", "выдавали по 2 фунта хлеба", "2 фунта", 2.0, "quantity", "lb"),
    ("ru", "за 100 фунтов стерлингов", "100 фунтов стерлингов", 100.0, "money", "GBP"),
    ("ru", "в 3 милях от города", "3 милях", 3.0, "quantity", "mile"),
    ("kk", "диаметрі 10 дюйм болатын құбыр", "10 дюйм", 10.0, "quantity", "inch"),
    ("id", "pipa berdiameter 5 inci", "5 inci", 5.0, "quantity", "inch"),
    # lexicon rows with inflected multi-word forms (no hand-written pattern)
    ("ru", "пульс 72 удара в минуту", "72 удара в минуту", 72.0, "quantity", "bpm"),
    ("ru", "вал делает 3000 оборотов в минуту", "3000 оборотов в минуту", 3000.0, "quantity", "rpm"),
    ("ru", "скорость звука 340 метров в секунду", "340 метров в секунду", 340.0, "quantity", "m/s"),
    ("ru", "давление 740 мм рт. ст.", "740 мм рт. ст.", 740.0, "quantity", "mmHg"),
    ("ru", "давление 23,5 МПа в котле", "23,5 МПа", 23.5, "quantity", "MPa"),
    ("ru", "он пробежал за 9,58 секунды", "9,58 секунды", 9.58, "quantity", "second"),
    ("ru", "глюкоза 5,5 ммоль/л натощак", "5,5 ммоль/л", 5.5, "quantity", "mmol/l"),
    ("kk", "жел жылдамдығы 5 метр секундына жетті", "5 метр секундына", 5.0, "quantity", "m/s"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "value", "kind", "unit"), CASES)
def test_round2_family(lang: str, text: str, surface: str, value: float, kind: str, unit: str) -> None:
    df = extract_mentions(text, lang, strict=True)
    rows = df[df["surface"] == surface]
    assert len(rows) == 1, df[["surface", "value", "kind", "unit"]].values.tolist()
    row = rows.iloc[0]
    assert math.isclose(row["value"], value, rel_tol=1e-9), row["value"]
    assert row["kind"] == kind
    assert row["unit"] == unit


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("kk", "тұрғындары тағы бір рет жиналды"),  # "once more": an idiom on "one"
        ("ru", "Подлинник. 3 л."),  # "л." = sheets of an archive file, not litres
        ("en", "He was born in 1950 in Paris."),  # the word "in" is no inch
        ("en", "Of the 12 in the team, 5 in all left."),
    ],
)
def test_round2_not_units(lang: str, text: str) -> None:
    df = extract_mentions(text, lang, strict=True)
    assert not set(df["unit"].dropna()) - {"%"}, df[["surface", "unit"]].values.tolist()


def test_unit_lexicon_table() -> None:
    lex = unit_lexicon()
    assert list(lex.columns) == ["lang", "form", "unit", "dimension", "source"]
    assert set(lex["lang"]) == {"ru", "kk", "id", "en", "und"}
    assert set(lex["source"]) == {"pint", "local"}
    assert not lex.duplicated(["lang", "form"]).any()
    dims = dict(zip(lex["unit"], lex["dimension"], strict=False))
    for unit, dim in [("km", "length"), ("ha", "area"), ("t", "mass"), ("kWh", "energy"),
                      ("MW", "power"), ("kV", "voltage"), ("MVA", "apparent power"),
                      ("gal", "volume"), ("psi", "pressure"), ("Hz", "frequency")]:
        assert dims[unit] == dim, unit
    kk = unit_lexicon("kk")
    assert set(kk["lang"]) == {"kk", "und"}
    forms = set(kk["form"])
    assert {"гектарда", "гектарға", "гектардан", "гектары", "шақырымнан", "киловаттқа"} <= forms
    assert "басқа" not in forms  # "other", not the livestock counter
    ru = set(unit_lexicon("ru")["form"])
    assert {"центнеров с гектара", "вёрст", "верст", "саженей", "киловатт-часов"} <= ru
