"""Families of phrasing fixed on the ninth English development set
(tests/data/mentions_dev_en9: mixed modern registers), with hand-checked sentences
written for these tests (not copied from the set), and negative cases showing that the
rules do not misfire.
"""

from __future__ import annotations

import pytest
from mention_checks import check_kind, check_one, found


# ---- 1. share prices in pence: a decimal or a grouped thousand glued to "p"
@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The shares ended at 312.4p on Friday.", "312.4p", 3.124),
        ("BP rose 4% to 1,145p in early trading.", "1,145p", 11.45),
        ("A stamp now costs 85p.", "85p", 0.85),
        ("Shares slipped 0.75p.", "0.75p", 0.0075),
    ],
)
def test_share_price_pence(text: str, surface: str, value: float) -> None:
    check_one("en", text, surface, value, "money", "GBP", 1e-9)


def test_video_resolution_is_not_pence() -> None:
    assert all(k != "money" for _, k, _, _ in found("en", "It streams in 720p and 1080p."))


# ---- 2. durations in minutes and seconds as one hyphenated word
@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("They took a 20-minute break.", "20-minute", 20, "minute"),
        ("The director's cut is a 210-minute epic.", "210-minute", 210, "minute"),
        ("A 30-second advert ran at half-time.", "30-second", 30, "second"),
    ],
)
def test_hyphenated_minutes(text: str, surface: str, value: float, unit: str) -> None:
    check_one("en", text, surface, value, "quantity", unit, 1e-9)


# ---- 3. a temperature after the word "minus": "minus 5C"
def test_minus_glued_celsius() -> None:
    check_one(
        "en",
        "The low overnight was minus 5C in the glens.",
        "minus 5C",
        -5,
        "quantity",
        "degC",
        1e-9,
    )


def test_room_letter_is_not_celsius() -> None:
    assert all(u != "degC" for _, _, _, u in found("en", "She lives in flat 12C upstairs."))


# ---- 4. capitalised nouns naming a numbered thing: Bus, Step, Class, Op.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Take Bus 42 from the station.", "42"),
        ("Step 4: Sand the edges.", "4"),
        ("The Class 387 units run to Gatwick.", "387"),
        ("Beethoven's Sonata in C minor, Op. 111, closes the recital.", "111"),
        ("Chopin's Opus 28 preludes.", "28"),
    ],
)
def test_capitalised_naming_nouns(text: str, surface: str) -> None:
    check_kind("en", text, surface, "identifier")


def test_lower_case_step_is_a_count() -> None:
    check_one("en", "Now step 3 metres to the left.", "3 metres", 3, "quantity", "m", 1e-9)


# ---- 5. points scored: "kicked 14 points", "the League title with 91 points"
@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Biggar kicked 14 points in the second half.", "14 points", 14),
        ("They won the League title with 91 points.", "91 points", 91),
    ],
)
def test_points_scored(text: str, surface: str, value: float) -> None:
    check_one("en", text, surface, value, "other", "point", 1e-9)


def test_vote_points_with_are_not_scored() -> None:
    surfaces = [s for s, _, _, _ in found("en", "The party won the vote with 12 points to spare.")]
    assert "12 points" not in surfaces
