"""Families of phrasing fixed on the thirteenth English development set
(tests/data/mentions_dev_en13, news, reviews, health advice, council and court reports):
ratings out of a maximum in words, device symbols glued to the
digits (``45W``, ``50MP``), the yen sign, a gram before a full stop and British spellings
of the gram, with hand-checked sentences written for these tests (not copied from the set).

The set was annotated before the extractor was run on it; the rules were then tuned on
it, so its scores are floors, not estimates of accuracy on new text.
"""

from __future__ import annotations

import pytest
from mention_checks import check_kind, check_one, found

NAN = float("nan")

CASES = [
    # ---- a rating out of 5, 10 or 100 after a rating word: two values on a scale
    ("en", "Our verdict: 7 out of 10, a solid choice.", "7", 7.0, "other", None),
    ("en", "Our verdict: 7 out of 10, a solid choice.", "10", 10.0, "other", None),
    ("en", "Critics rated the film 3 out of 5.", "3", 3.0, "other", None),
    ("en", "Critics rated the film 3 out of 5.", "5", 5.0, "other", None),
    ("en", "Rating: 4.5 out of 5 from shoppers.", "4.5", 4.5, "other", None),
    # ---- device symbols glued to the digits
    ("en", "It supports 65W wired charging.", "65W", 65.0, "quantity", "W"),
    ("en", "A 12MP ultra-wide lens sits beside it.", "12MP", 12.0, "quantity", "MP"),
    # ---- the yen sign before the amount
    ("en", "A bowl of ramen costs ¥980 in Osaka.", "¥980", 980.0, "money", "JPY"),
    # ---- a gram glued to the digits before a sentence's full stop
    ("en", "Adults should eat no more than 30g.", "30g", 30.0, "quantity", "g"),
    # ---- British spellings of the gram and its multiples
    (
        "en",
        "Each tablet holds 400 microgrammes of folic acid.",
        "400 microgrammes",
        400.0,
        "quantity",
        "ug",
    ),
    ("en", "Add 250 grammes of flour.", "250 grammes", 250.0, "quantity", "g"),
    # ---- a period ending on a date: the duration and the date, no range
    ("en", "Sales in the 12 weeks to 3 March fell 2%.", "12 weeks", 12.0, "quantity", "week"),
    ("en", "Sales in the 12 weeks to 3 March fell 2%.", "3 March", NAN, "date", None),
    # ---- a glued Celsius range after a forecast's highs or lows
    ("en", "Expect lows of 2 to 4C overnight.", "2 to 4C", 2.0, "range", "degC"),
    # ---- goal minutes in brackets after a scorer in a match report
    ("en", "Leeds 2 Hull 0: Joel Piroe (14, 67) did the damage.", "67", 67.0, "ordinal", None),
    (
        "en",
        "City's winner came from a Foden header, Phil Foden (88).",
        "88",
        88.0,
        "ordinal",
        None,
    ),
    # ---- council minute numbers and planning references: one identifier, no value
    ("en", "Minute 23/045 was approved unanimously.", "23/045", NAN, "identifier", None),
    (
        "en",
        "Planning application 23/01877/HOU was refused.",
        "23/01877/HOU",
        NAN,
        "identifier",
        None,
    ),
    # ---- the level an index closed at
    (
        "en",
        "The Nikkei 225 closed down 1.1% at 38,120.5 on Friday.",
        "38,120.5",
        38120.5,
        "other",
        None,
    ),
]


@pytest.mark.parametrize(("lang", "text", "surface", "value", "kind", "unit"), CASES)
def test_en13_family(
    lang: str, text: str, surface: str, value: float, kind: str, unit: str | None
) -> None:
    check_one(lang, text, surface, value, kind, unit, rel_tol=1e-6)


NEGATIVE = [
    # a match score stays one mention
    ("en", "Arsenal won 3-1 at home.", [("3-1", "other")]),
    # a share of people is a ratio, not a rating
    ("en", "4 out of 5 dentists agree.", [("4 out of 5", "other")]),
    # a longitude and an oil grade are no watts; a plural MPs is no megapixels
    ("en", "The ship was at 30N 45W.", [("30", "count"), ("45", "count")]),
    ("en", "Labour lost 45 MPs.", [("45", "count")]),
    # a capital G is a mobile network, not grams
    ("en", "The phone supports 5G.", [("5", "count")]),
    # a range of days in a month stays one date; a range of weeks stays a range
    ("en", "The fair runs from 3 to 5 June.", [("3 to 5 June", "date")]),
    ("en", "It takes 2 to 3 weeks.", [("2 to 3 weeks", "range")]),
    # an age in brackets after a name is no goal minute; a slash score is no reference
    ("en", "John Smith (34), a teacher, said he was shocked.", [("34", "quantity")]),
    ("en", "She scored 23/45 in the quiz.", [("23/45", "other")]),
    # a shop that closed at a number of stores is no index level
    ("en", "The chain closed at 412 stores.", [("412", "count")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NEGATIVE)
def test_en13_negative(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    got = [(s, k) for s, k, _, _ in found(lang, text)]
    assert got == expected
    for surface, kind in expected:
        check_kind(lang, text, surface, kind)


def test_en13_ratio_value() -> None:
    got = {s: v for s, _, v, _ in found("en", "4 out of 5 dentists agree.")}
    assert got == {"4 out of 5": 0.8}


def test_en13_written_answer_column_is_no_watt() -> None:
    units = [u for _, _, _, u in found("en", "Hansard, 4 May 2023; Vol. 732, c. 245W.")]
    assert "W" not in units
