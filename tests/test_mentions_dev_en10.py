"""Families of phrasing fixed on the tenth English development set
(tests/data/mentions_dev_en10, historical and literary registers): plural scale words after
a figure (``£132 millions``), corn measures and foot-pounds, and ``pounds`` in words as
money, with hand-checked sentences written for these tests (not copied from the set).

The set was annotated before the extractor was run on it; the rules were then tuned on
it, so its scores are floors, not estimates of accuracy on new text.
"""

from __future__ import annotations

import pytest
from mention_checks import check_kind, check_one, found

CASES = [
    # ---- the plural scale word of older English after a figure
    (
        "en",
        "The colony had a population of 3½ millions in 1850.",
        "3½ millions",
        3.5e6,
        "count",
        None,
    ),
    (
        "en",
        "The loan of £12 millions was raised at 4 per cent.",
        "£12 millions",
        12e6,
        "money",
        "GBP",
    ),
    ("en", "Some 2 billions were spent on the railways.", "2 billions", 2e9, "count", None),
    # ---- corn measures of eight bushels, the abbreviation's dot inside
    (
        "en",
        "Arrivals: oats 3,120 qrs., malt 640 qrs.",
        "3,120 qrs.",
        3120.0,
        "quantity",
        "quarter",
    ),
    ("en", "Arrivals: oats 3,120 qrs., malt 640 qrs.", "640 qrs.", 640.0, "quantity", "quarter"),
    ("en", "He sold 25 qr. of wheat at Mark Lane.", "25 qr.", 25.0, "quantity", "quarter"),
    # ---- work in foot-pounds
    (
        "en",
        "The engine did 550 foot-pounds of work each second.",
        "550 foot-pounds",
        550.0,
        "quantity",
        "ft*lbf",
    ),
    ("en", "A torque of 300 ft-lbs was applied.", "300 ft-lbs", 300.0, "quantity", "ft*lbf"),
    # ---- pounds in words as money: a money word in the clause, or "a year", "apiece"
    (
        "en",
        "His annual income was forty pounds, and he was content.",
        "forty pounds",
        40.0,
        "money",
        "GBP",
    ),
    ("en", "She would bet fifty pounds on the grey mare.", "fifty pounds", 50.0, "money", "GBP"),
    (
        "en",
        "He has five thousand pounds a year, they say.",
        "five thousand pounds",
        5000.0,
        "money",
        "GBP",
    ),
    ("en", "To each of my servants ten pounds apiece.", "ten pounds", 10.0, "money", "GBP"),
    # ---- a clock time with the fraction of the hour in words
    (
        "en",
        "At half-past one o'clock the bell rang.",
        "half-past one o'clock",
        1.5,
        "other",
        "hour",
    ),
    (
        "en",
        "We dined at a quarter to seven o'clock.",
        "a quarter to seven o'clock",
        6.75,
        "other",
        "hour",
    ),
    ("en", "The mail left at half past 2 p.m. daily.", "half past 2 p.m.", 14.5, "other", None),
    ("en", "By a quarter past ten the hall was full.", "a quarter past ten", 10.25, "other", None),
    ("en", "The rent of the farm is 60 pounds.", "60 pounds", 60.0, "money", "GBP"),
]

NEGATIVE = [
    # plural scale words alone stay vague: no mention
    ("en", "Millions of people emigrated in those years.", []),
    # a weight: a weight word in the clause, "of" and a thing after it, or no money word
    ("en", "The salmon weighed twenty pounds when landed.", [("twenty pounds", "quantity")]),
    ("en", "He paid for ten pounds of sugar.", [("ten pounds", "quantity")]),
    ("en", "She lost fifteen pounds over the winter.", [("fifteen pounds", "quantity")]),
    ("en", "The rent was paid; the sack held 50 lbs. of meal.", [("50 lbs.", "quantity")]),
    # no hour 1 to 12 after "past": no clock
    (
        "en",
        "Half past twenty-five, the count went on.",
        [("Half", "other"), ("twenty-five", "count")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "surface", "value", "kind", "unit"), CASES)
def test_en10_family(
    lang: str, text: str, surface: str, value: float, kind: str, unit: str | None
) -> None:
    check_one(lang, text, surface, value, kind, unit, rel_tol=1e-6)


@pytest.mark.parametrize(("lang", "text", "expected"), NEGATIVE)
def test_en10_negative(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    got = [(s, k) for s, k, _, _ in found(lang, text)]
    assert got == expected
    for surface, kind in expected:
        check_kind(lang, text, surface, kind)
