"""Round-2 number grammar of ``analysis.mentions.extract_mentions`` (hand-checked cases).

Families of ``docs/numeric-mentions.md``, section "Round 2": signs, spelled decimals and
fractions, connectors in spelled numbers, compact forms and scientific notation, in the
languages that have them (ru, kk, id, en).  Each case gives a text, its language and the
one mention expected with exactly that span: (surface, value, kind, unit, scale).  The
values were worked out by hand (``три целых две десятых`` = 3 + 2/10 = 3.2; ``2 1/2`` =
2 + 1/2; ``2.48×10⁻⁵`` = 2.48 · 10⁻⁵ = 0.0000248).
"""

from __future__ import annotations

import math

import pytest

from analysis.mentions import extract_mentions

N = None

# (lang, text, surface, value, kind, unit, scale)
SIGNS = [
    ("ru", "Ночью было −3,5 градуса.", "−3,5 градуса", -3.5, "quantity", "degC", N),
    ("ru", "было –5 градусов", "–5 градусов", -5, "quantity", "degC", N),
    ("ru", "рост +2,5 % за год", "+2,5 %", 2.5, "percent", "%", N),
    ("ru", "в январе минус пять градусов", "минус пять градусов", -5, "quantity", "degC", N),
    ("ru", "сальдо минус 12 тыс. человек", "минус 12 тыс.", -12000, "count", N, 1e3),
    ("ru", "равен −0,25.", "−0,25", -0.25, "other", N, N),
    ("ru", "отрицательные 40 млн рублей", "отрицательные 40 млн рублей", -4e7, "money", "RUB", 1e6),
    ("kk", "өсімі теріс 3 пайыз болды", "теріс 3 пайыз", -3, "percent", "%", N),
    ("kk", "аяз минус 40 градусқа жетеді", "минус 40 градусқа", -40, "quantity", "degC", N),
    ("kk", "температура -25 градустан төмен", "-25 градустан", -25, "quantity", "degC", N),
    ("id", "tercatat negatif 2,1 persen", "negatif 2,1 persen", -2.1, "percent", "%", N),
    ("id", "turun hingga minus 5 derajat", "minus 5 derajat", -5, "quantity", "degC", N),
    ("id", "Inflasi tercatat -0,5 persen.", "-0,5 persen", -0.5, "percent", "%", N),
    ("en", "The rate fell to -0.25 today.", "-0.25", -0.25, "other", N, N),
    ("en", "it dropped to minus 40 degrees", "minus 40 degrees", -40, "quantity", "degC", N),
    ("en", "growth was negative 3% in 2020", "negative 3%", -3, "percent", "%", N),
    ("en", "a balance of −1.2 billion dollars", "−1.2 billion dollars", -1.2e9, "money", "USD", 1e9),
    ("en", "a loss of −€10M", "−€10M", -1e7, "money", "EUR", 1e6),
    ("en", "from -3 to 5 degrees", "-3 to 5 degrees", -3, "range", "degC", N),
]

# the dash joins two numbers or a word and a number: no sign
NOT_SIGNED = [
    ("en", "in 1943-1945", "1943-1945", 1943, "range", N, N),
    ("ru", "в 2014 - 2020 годах", "2014 - 2020", 2014, "range", N, N),
    ("ru", "в 1941 –1945 гг.", "1941 –1945", 1941, "range", N, N),
    ("en", "Covid-19 cases rose", "19", 19, "other", N, N),
    ("ru", "Экспо-2017 прошла", "2017", 2017, "year", N, N),
    ("en", "a margin of ±3 points", "3", 3, "count", N, N),
]

SPELLED = [
    ("ru", "три целых две десятых процента", "три целых две десятых процента", 3.2, "percent", "%", N),
    ("ru", "оценивается в ноль целых пять сотых.", "ноль целых пять сотых", 0.05, "other", N, N),
    ("ru", "одна целая двадцать пять сотых", "одна целая двадцать пять сотых", 1.25, "other", N, N),
    ("ru", "до одной целой двух десятых миллиона человек", "одной целой двух десятых миллиона",
     1.2e6, "count", N, 1e6),
    ("ru", "ровно три запятая пять", "три запятая пять", 3.5, "other", N, N),
    ("kk", "екі бүтін оннан бес пайыз", "екі бүтін оннан бес пайыз", 2.5, "percent", "%", N),
    ("kk", "бір бүтін жүзден жиырма бес", "бір бүтін жүзден жиырма бес", 1.25, "other", N, N),
    ("kk", "бағасы екі нүкте бес", "екі нүкте бес", 2.5, "other", N, N),
    ("kk", "бір бүтін оннан бес миллион адамға", "бір бүтін оннан бес миллион", 1.5e6, "count", N,
     1e6),
    ("id", "naik dua koma lima persen", "dua koma lima persen", 2.5, "percent", "%", N),
    ("id", "hanya nol koma tiga", "nol koma tiga", 0.3, "other", N, N),
    ("id", "kira-kira tiga koma satu empat", "tiga koma satu empat", 3.14, "other", N, N),
    ("id", "mencapai satu koma lima juta jiwa", "satu koma lima juta", 1.5e6, "count", N, 1e6),
    ("en", "two point five million people", "two point five million", 2.5e6, "count", N, 1e6),
    ("en", "it was zero point seven five", "zero point seven five", 0.75, "other", N, N),
    ("en", "negative two point five percent", "negative two point five percent", -2.5, "percent",
     "%", N),
]

FRACTIONS = [
    ("en", "it took 2 1/2 years", "2 1/2 years", 2.5, "quantity", "year", N),
    ("en", "he ate 2 1/2 apples", "2 1/2", 2.5, "count", N, N),
    ("en", "it took 2½ years", "2½ years", 2.5, "quantity", "year", N),
    ("en", "two and a half years", "two and a half years", 2.5, "quantity", "year", N),
    ("en", "three quarters of voters", "three quarters", 0.75, "other", N, N),
    ("ru", "прошло 3 1/2 года", "3 1/2 года", 3.5, "quantity", "year", N),
    ("ru", "два с половиной года", "два с половиной года", 2.5, "quantity", "year", N),
    ("ru", "две трети голосов", "две трети", 2 / 3, "other", N, N),
    ("ru", "сдавал одну пятую урожая", "одну пятую", 0.2, "other", N, N),
    ("kk", "екі жарым жыл", "екі жарым жыл", 2.5, "quantity", "year", N),
    ("kk", "үштен екі бөлігі", "үштен екі", 2 / 3, "other", N, N),
    ("id", "dua setengah tahun", "dua setengah tahun", 2.5, "quantity", "year", N),
    ("id", "tiga perempat penduduk", "tiga perempat", 0.75, "other", N, N),
]

CONNECTORS = [
    ("en", "one hundred and sixteen people", "one hundred and sixteen", 116, "count", N, N),
    ("en", "a hundred and two people", "a hundred and two", 102, "count", N, N),
    ("en", "two hundred and fifty-five", "two hundred and fifty-five", 255, "count", N, N),
    ("en", "in two thousand and five", "two thousand and five", 2005, "year", N, 1e3),
    ("en", "a million people", "a million", 1e6, "count", N, 1e6),
    ("en", "a dozen people", "a dozen", 12, "count", N, N),
    ("en", "two dozen eggs", "two dozen", 24, "count", N, N),
    ("en", "a hundred thousand people", "a hundred thousand", 1e5, "count", N, 1e3),
    ("ru", "две дюжины ящиков", "две дюжины", 24, "count", N, N),
    ("ru", "купила дюжину яиц", "дюжину", 12, "count", N, N),
    ("ru", "потерял около миллиона жителей", "миллиона", 1e6, "count", N, 1e6),
    ("ru", "около тысячи человек", "тысячи", 1e3, "count", N, 1e3),
    ("kk", "таралымы жүз мың данаға жетті", "жүз мың", 1e5, "count", N, 1e3),
    ("kk", "1 млн 300 мың адам", "1 млн 300 мың", 1.3e6, "count", N, 1e6),
    ("id", "dua lusin kursi", "dua lusin", 24, "count", N, N),
    ("id", "membeli selusin piring", "selusin", 12, "count", N, N),
]

COMPACT = [
    ("en", "passed 100K subscribers", "100K", 1e5, "count", N, 1e3),
    ("en", "has 3M users", "3M", 3e6, "count", N, 1e6),
    ("en", "raised 2.5bn dollars", "2.5bn dollars", 2.5e9, "money", "USD", 1e9),
    ("en", "a €10M fund", "€10M", 1e7, "money", "EUR", 1e6),
    ("en", "a $5k prize", "$5k", 5e3, "money", "USD", 1e3),
    ("en", "a $3B deal", "$3B", 3e9, "money", "USD", 1e9),
    ("en", "a ratio of .75 was", ".75", 0.75, "other", N, N),
    ("en", "required 4e14 operations", "4e14", 4e14, "count", N, N),
    ("en", "Avogadro: 6.02E23", "6.02E23", 6.02e23, "other", N, N),
    ("en", "a rate of 2.48×10⁻⁵ per year", "2.48×10⁻⁵", 2.48e-5, "other", N, N),
    ("en", "contained 10⁶ cells", "10⁶", 1e6, "count", N, N),
    ("ru", "вероятность 2,48·10^-5 мала", "2,48·10^-5", 2.48e-5, "other", N, N),
    ("ru", "выросла до 5млн рублей", "5млн рублей", 5e6, "money", "RUB", 1e6),
    ("ru", "около 150к рублей", "150к рублей", 1.5e5, "money", "RUB", 1e3),
    ("kk", "бюджеті 3,2млрд теңгеге жетті", "3,2млрд теңгеге", 3.2e9, "money", "KZT", 1e9),
    ("kk", "шамамен 3,7·10¹³.", "3,7·10¹³", 3.7e13, "other", N, N),
    ("id", "tiket itu Rp50rb.", "Rp50rb", 5e4, "money", "IDR", 1e3),
    ("id", "gaji Rp7,5jt.", "Rp7,5jt", 7.5e6, "money", "IDR", 1e6),
    ("id", "memiliki 100K pengikut", "100K", 1e5, "count", N, 1e3),
]

CASES = SIGNS + NOT_SIGNED + SPELLED + FRACTIONS + CONNECTORS + COMPACT

# texts in which the round-2 grammar must find nothing
NO_MENTION = [
    ("en", "dozens of people"),
    ("en", "hundreds of years"),
    ("ru", "в десятых годах"),
    ("ru", "на пятую годовщину"),
    ("ru", "тысячи людей вышли"),
    ("ru", "миллионы людей"),
    ("en", "at one point"),
    ("ru", "на минус"),
]


def _same(a: float, b: float | None) -> bool:
    if b is None:
        return math.isnan(a)
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


@pytest.mark.parametrize(("lang", "text", "surface", "value", "kind", "unit", "scale"), CASES)
def test_round2_case(lang, text, surface, value, kind, unit, scale) -> None:
    df = extract_mentions(text, lang, strict=True)
    hits = df[df["surface"] == surface]
    assert len(hits) == 1, df[["surface", "value", "kind"]].values.tolist()
    m = hits.iloc[0]
    assert text[m["start"] : m["end"]] == surface
    assert _same(m["value"], value), m["value"]
    assert m["kind"] == kind
    assert m["unit"] == unit or (unit is None and m["unit"] is None)
    assert _same(m["scale"], scale), m["scale"]


@pytest.mark.parametrize(("lang", "text"), NO_MENTION)
def test_round2_no_mention(lang: str, text: str) -> None:
    assert extract_mentions(text, lang, strict=True).empty


def test_range_of_spelled_decimals() -> None:
    text = "с пяти целых одной десятой до четырёх целых восьми десятых процента"
    df = extract_mentions(text, "ru", strict=True)
    assert df[["surface", "kind", "unit"]].values.tolist() == [[text[2:], "range", "%"]]
    assert _same(df["value"][0], 5.1) and _same(df["range_end"][0], 4.8)


def test_at_one_point_is_an_idiom() -> None:
    df = extract_mentions("at one point five people left", "en", strict=True)
    assert df["surface"].tolist() == ["five"]


def test_house_block_code_is_no_scale() -> None:
    df = extract_mentions("д. 5к2, кв. 7", "ru", strict=True)
    assert 5000.0 not in df["value"].tolist()


def test_scientific_inner_digits_are_not_atoms() -> None:
    df = extract_mentions("2.48×10⁻⁵ and 10⁶", "en", strict=True)
    assert df["surface"].tolist() == ["2.48×10⁻⁵", "10⁶"]


@pytest.mark.parametrize(
    ("lang", "text", "surfaces"),
    [
        ("en", "between a hundred and two hundred people", ["a hundred", "two hundred"]),
        ("en", "between two thousand and three thousand", ["two thousand", "three thousand"]),
        ("en", "MiG-29K jets", ["29"]),  # a name, not 29 000
        ("ru", "в 1941 г. -1945 г.", ["1941", "1945"]),  # no sign after "г."
        ("en", "color #3e5 here", ["3", "5"]),  # a colour code, not 3e5
    ],
)
def test_round2_guards(lang: str, text: str, surfaces: list[str]) -> None:
    df = extract_mentions(text, lang, strict=True)
    assert df["surface"].tolist() == surfaces
    assert (df["value"].dropna() >= 0).all()
