"""Round-2 context rules of the numeric-mention extractor (docs/numeric-mentions.md,
"Round 2"): Kazakh ordinals and ranges, identifier lists, dates the grammar missed,
glued footnote markers.  Every expected value is checked by hand."""

from __future__ import annotations

import math

import pytest

from analysis.mentions import mention_rows


def _rows(text: str, lang: str) -> list[tuple]:
    """(surface, value, kind, unit, scale, range_end) per mention, NaN as None."""
    out = []
    for _, _, surface, value, kind, unit, scale, rend in mention_rows(text, lang, strict=True):
        out.append(
            (
                surface,
                None if math.isnan(value) else value,
                kind,
                unit,
                None if math.isnan(scale) else scale,
                None if math.isnan(rend) else rend,
            )
        )
    return out


def _kinds(text: str, lang: str) -> list[tuple[str, str]]:
    return [(r[0], r[2]) for r in _rows(text, lang)]


# ----------------------------------------------------------------------------- Kazakh


@pytest.mark.parametrize(
    ("text", "surface", "value", "scale"),
    [
        ("Ол 5-миллионыншы тұрғын болды.", "5-миллионыншы", 5e6, 1e6),
        ("Ол 1-мыңыншы түлек.", "1-мыңыншы", 1e3, 1e3),
        ("Ол 2-миллиардыншы тұрғын.", "2-миллиардыншы", 2e9, 1e9),
    ],
)
def test_kk_scale_ordinal(text: str, surface: str, value: float, scale: float) -> None:
    assert _rows(text, "kk") == [(surface, value, "ordinal", None, scale, None)]


@pytest.mark.parametrize(
    ("text", "surface", "value", "scale"),
    [
        ("He was the 5 millionth visitor.", "5 millionth", 5e6, 1e6),
        ("the 100-thousandth copy", "100-thousandth", 1e5, 1e3),
    ],
)
def test_en_scale_ordinal(text: str, surface: str, value: float, scale: float) -> None:
    assert _rows(text, "en") == [(surface, value, "ordinal", None, scale, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "1937 мен 1939 жылдар аралығында көп адам қуғындалды.",
            [("1937 мен 1939", 1937.0, "range", None, None, 1939.0)],
        ),
        ("5 пен 10 арасында бала.", [("5 пен 10", 5.0, "range", None, None, 10.0)]),
        (
            "15 пен 20 пайыз аралығында",
            [("15 пен 20 пайыз", 15.0, "range", "%", None, 20.0)],
        ),
        (
            "5 пен 10 мың теңге аралығында.",
            [("5 пен 10 мың теңге", 5000.0, "range", "KZT", 1000.0, 10000.0)],
        ),
        (
            "2000 және 2010 жылдар арасында халық өсті.",
            [("2000 және 2010", 2000.0, "range", None, None, 2010.0)],
        ),
        (  # without аралығы / арасы: a list of two years
            "1937 мен 1939 жылдары көп адам қуғындалды.",
            [("1937", 1937.0, "year", None, None, None), ("1939", 1939.0, "year", None, None, None)],
        ),
    ],
)
def test_kk_between_range(text: str, expected: list[tuple]) -> None:
    assert _rows(text, "kk") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1920-дан 1930-ға дейін салынды.", ("1920-дан 1930", 1920.0, "range", None, None, 1930.0)),
        ("Бағасы 5-тен 10-ға дейін өсті.", ("5-тен 10", 5.0, "range", None, None, 10.0)),
        (
            "5 мыңнан 8 мыңға дейін өсті.",
            ("5 мыңнан 8 мыңға", 5000.0, "range", None, 1000.0, 8000.0),
        ),
        ("10%-дан 15%-ға дейін өсті.", ("10%-дан 15%", 10.0, "range", "%", None, 15.0)),
        ("3 пайыздан 5 пайызға дейін.", ("3 пайыздан 5 пайызға", 3.0, "range", "%", None, 5.0)),
    ],
)
def test_kk_from_to_range(text: str, expected: tuple) -> None:
    assert _rows(text, "kk") == [expected]


@pytest.mark.parametrize("word", ["жылы", "жылғы", "жылдан"])
def test_kk_hyphenated_year_word(word: str) -> None:
    assert _rows(f"1931-{word} құрылды.", "kk") == [("1931", 1931.0, "year", None, None, None)]


def test_kk_multiplier_untouched() -> None:
    assert _rows("Бағасы 3 есе өсті.", "kk") == [("3 есе", 3.0, "other", "times", None, None)]


# ------------------------------------------------------------------ identifier lists


@pytest.mark.parametrize(
    ("text", "lang", "numbers"),
    [
        ("See appendices 1, 2 and 3 for details.", "en", ["1", "2", "3"]),
        ("See sections 1, 2, and 3 of the Act.", "en", ["1", "2", "3"]),
        ("Chapters 2, 3 or 4 show it.", "en", ["2", "3", "4"]),
        ("Согласно приложениям 4, 5 и 6 к договору.", "ru", ["4", "5", "6"]),
        ("Нарушение статьи 12, 14 и 15 закона.", "ru", ["12", "14", "15"]),
        ("В разделах 1 и 2 сказано.", "ru", ["1", "2"]),
        ("Lihat lampiran 1, 2 dan 3.", "id", ["1", "2", "3"]),
        ("Pasal 5, 6, dan 7 mengatur hal itu.", "id", ["5", "6", "7"]),
        ("1, 2 және 3-бөлімдер.", "kk", ["1", "2", "3"]),
        ("1-, 2- және 3-тармақтар.", "kk", ["1", "2", "3"]),
        ("Заңның 5, 6 және 7-баптары.", "kk", ["5", "6", "7"]),
    ],
)
def test_identifier_lists(text: str, lang: str, numbers: list[str]) -> None:
    assert _kinds(text, lang) == [(n, "identifier") for n in numbers]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("5, 6 and 7 people came.", "en"), ("5, 6 және 7 адам келді.", "kk")],
)
def test_listed_counts_stay_counts(text: str, lang: str) -> None:
    assert [k for _, k in _kinds(text, lang)] == ["count"] * 3


def test_kk_listed_ordinals() -> None:
    assert _kinds("1, 2 және 3-орындарды алды.", "kk") == [
        ("1", "ordinal"),
        ("2", "ordinal"),
        ("3", "ordinal"),
    ]


# ----------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "lang", "surface", "value"),
    [
        ("It happened in December, 1926 in Paris.", "en", "December, 1926", 1926.0),
        ("It happened inMay 1929 in Paris.", "en", "May 1929", 1929.0),
        ("It was signed onJune 5, 1930.", "en", "June 5, 1930", 1930.0),
        ("Terjadi padaMei 1929 di sana.", "id", "Mei 1929", 1929.0),
        ("Это было вмае 1929 г.", "ru", "мае 1929", 1929.0),
        ("We met on 4/29 at noon.", "en", "4/29", None),
        ("Born 12/13/1986 in Ohio.", "en", "12/13/1986", 1986.0),
    ],
)
def test_dates_missed_before(text: str, lang: str, surface: str, value: float | None) -> None:
    assert _rows(text, lang) == [(surface, value, "date", None, None, None)]


def test_slash_fraction_stays() -> None:
    assert _rows("About 3/4 of them came.", "en") == [("3/4", 0.75, "other", None, None, None)]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Expo-2017 was held in Astana.", "en", 2017.0),
        ("Asian Games-2018 took place.", "en", 2018.0),
        ("Выставка Экспо-2017 прошла.", "ru", 2017.0),
        ("Проект бюджет-2025 принят.", "ru", 2025.0),
    ],
)
def test_hyphenated_year(text: str, lang: str, value: float) -> None:
    assert _rows(text, lang) == [(str(int(value)), value, "year", None, None, None)]


def test_decade_after_hyphen_stays() -> None:
    assert _rows("by the mid-1930s.", "en") == [("1930", 1930.0, "year", None, None, None)]


# ------------------------------------------------------------------ footnote markers


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Алматы қаласында142. Бұл", "kk", 142.0),
        ("It was built in the city.12 Then", "en", 12.0),
        ("Это случилось в году.15 Затем", "ru", 15.0),
        ("Terjadi pada tahun.7 Kemudian", "id", 7.0),
    ],
)
def test_glued_footnote_marker(text: str, lang: str, value: float) -> None:
    refs = [r for r in _rows(text, lang) if r[2] == "reference"]
    assert refs == [(str(int(value)), value, "reference", None, None, None)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("see No.12 here", "en", [("No.12", "identifier")]),
        ("see p.12 here", "en", [("12", "reference")]),
        ("the value 1.12 here", "en", [("1.12", "count")]),
        ("см. ст.12 закона", "ru", [("12", "identifier")]),
        ("the COVID19 pandemic", "en", [("19", "other")]),
    ],
)
def test_abbreviations_and_names_keep_their_rules(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert _kinds(text, lang) == expected


# ------------------------------------------------------- round-2 suite decisions


@pytest.mark.parametrize(
    ("text", "lang", "numbers"),
    [
        ("Plots 12, 14 and 16 were sold at auction.", "en", ["12", "14", "16"]),
        ("Tables 2 and 3 summarise the results.", "en", ["2", "3"]),
        ("Участки 12, 14 и 16 переданы фермерам.", "ru", ["12", "14", "16"]),
        ("Согласно пунктам 1, 2 и 3 статьи 12 закона.", "ru", ["1", "2", "3", "12"]),
        ("Blok 12, 14, dan 16 diserahkan.", "id", ["12", "14", "16"]),
        ("пп. 1, 2 и 3 статьи 5", "ru", ["1", "2", "3", "5"]),
        ("Lihat ayat (1) dan (2) pasal tersebut.", "id", ["1", "2"]),
        ("Materi itu dibahas pada Bab II dan III.", "id", ["II", "III"]),
        ("Rumah nomor 5, 7, dan 9 akan digusur.", "id", ["nomor 5", "7", "9"]),
        ("12, 14 және 16-учаскелер жалға берілді.", "kk", ["12", "14", "16"]),
    ],
)
def test_identifier_lists_more(text: str, lang: str, numbers: list[str]) -> None:
    assert _kinds(text, lang) == [(n, "identifier") for n in numbers]


def test_plural_noun_needs_a_list() -> None:
    # "figures (1998: ...)" is an author's figures, not figure numbers
    assert _kinds("Smith's figures 1998 show", "en") == [("1998", "year")]


def test_kk_glued_month() -> None:
    assert _rows("Жалпы жиналыс өттіМамыр 1929 ж.", "kk") == [
        ("Мамыр 1929", 1929.0, "date", None, None, None)
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("See Davies (1980), p.45.", "en"), ("Lihat Kartodirdjo (1987), hlm.45.", "id")],
)
def test_author_year_before_page(text: str, lang: str) -> None:
    assert [k for _, k in _kinds(text, lang)] == ["reference", "reference"]
