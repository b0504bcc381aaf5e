"""Families of phrasing fixed on the fourth English development set
(tests/data/mentions_dev_en4), with hand-checked sentences written for these tests (not
copied from the set).

The set was annotated before the extractor was run on it; the rules were then tuned on
it, so its scores at the end of this file are floors, not estimates of accuracy on new
text.
"""

from __future__ import annotations

import pytest

from analysis.mentions import extract_mentions


def _found(text: str) -> list[tuple]:
    df = extract_mentions(text, "en")
    return [
        (r.surface, r.value if abs(r.value) < 0.001 else round(r.value, 4), r.kind)
        for r in df.itertuples()
    ]


# ---- 1. a fraction word glued by a hyphen to a word is part of a compound noun
@pytest.mark.parametrize(
    "text",
    [
        "Tritium has a half-life of about twelve years.",
        "They met in the quarter-final last spring.",
        "She hired a third-party auditor.",
        "The score at half-time was level.",
        "His half-brother lives in Leeds.",
    ],
)
def test_fraction_in_compound_noun(text: str) -> None:
    assert not [f for f in _found(text) if f[2] == "other" and f[1] in (0.5, 0.25, 0.3333)]


def test_fraction_alone_still_found() -> None:
    assert ("a half", 0.5, "other") in _found("He ate a half of the loaf.")


# ---- 2. "and a half" makes a mixed number only after a whole number
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Between a quarter and a half of the crop was lost.",
         [("a quarter", 0.25, "other"), ("a half", 0.5, "other")]),
        ("Somewhere between one-third and a half of voters stayed home.",
         [("one-third", 0.3333, "other"), ("a half", 0.5, "other")]),
        ("The walk took two and a half hours.", [("two and a half hours", 2.5, "quantity")]),
    ],
)
def test_two_fractions_not_mixed(text: str, expected: list) -> None:
    assert _found(text) == expected


# ---- 3. a vote tally "N to M" is two counts, like "voted 388 to 1"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The committee vote was 14 to 0 in favour.", [("14", 14, "count"), ("0", 0, "count")]),
        ("The motion carried by a margin of 7 to 4.", [("7", 7, "count"), ("4", 4, "count")]),
        ("The Lords voted 201 to 96 against it.", [("201", 201, "count"), ("96", 96, "count")]),
        ("Lessons last 40 to 50 minutes.", [("40 to 50 minutes", 40, "range")]),
    ],
)
def test_vote_tally_two_counts(text: str, expected: list) -> None:
    assert _found(text) == expected


# ---- 4. "one part in a trillion" is a ratio, like "one in five"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Arsenic was present at one part in a million.", [("one part in a million", 1e-06, "other")]),
        ("Errors occur in one part in 10,000 of cases.", [("one part in 10,000", 0.0001, "other")]),
    ],
)
def test_parts_in_ratio(text: str, expected: list) -> None:
    assert [(s, round(v, 12), k) for s, v, k in _found(text)] == expected


# ---- 5. a temperature scale's capital glued to the figure
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mercury hit 41.2C in Seville.", [("41.2C", 41.2, "quantity")]),
        ("Nights fell to -8C in the glens.", [("-8C", -8, "quantity")]),
        ("Phoenix saw 117F on Sunday.", [("117F", 117, "quantity")]),
    ],
)
def test_glued_degree(text: str, expected: list) -> None:
    assert _found(text) == expected


# ---- 6. a dot clock time after a time preposition or naming a train
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry sailed at 9.45 sharp.", [("9.45", 9.75, "other")]),
        ("Be home by 11.30, please.", [("11.30", 11.5, "other")]),
        ("We caught the 6.20 train to Bath.", [("6.20", 6.3333, "other")]),
        ("The shares fell by 1.25 on the day.", [("1.25", 1.25, "count")]),
    ],
)
def test_dot_clock_time(text: str, expected: list) -> None:
    assert _found(text) == expected


# ---- 7. points scored in a game
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Curry scored 41 points against Denver.", [("41 points", 41, "other")]),
        ("She ended her career as the league's top scorer with 9,870 points.",
         [("9,870 points", 9870, "other")]),
        ("The party finished with 12 points of support in the poll.", [("12", 12, "count")]),
    ],
)
def test_points_scored(text: str, expected: list) -> None:
    assert _found(text) == expected


# ---- 8. shillings spelled or in digits are money in pounds; lire are ITL
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rent was forty shillings a month.", [("forty shillings", 2.0, "money")]),
        ("A coffee cost 900 lire in Rome.", [("900 lire", 900, "money")]),
    ],
)
def test_currency_words(text: str, expected: list) -> None:
    assert _found(text) == expected
