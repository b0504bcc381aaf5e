"""Families of phrasing fixed on the twelfth English development set
(tests/data/mentions_dev_en12, technical, scholarly and 18th-19th-century prose), with
hand-checked sentences written for these tests (not copied from the set).

The set was annotated before the extractor was run on it; the rules were then tuned on
it, so its scores are floors, not estimates of accuracy on new text.
"""

from __future__ import annotations

import pytest
from mention_checks import check_kind, check_one, found

CASES = [
    # ---- engineering units: forces, line loads, moments; data rates; breathing rate
    ("en", "Each pile carries 450 kN in compression.", "450 kN", 450.0, "quantity", "kN"),
    (
        "en",
        "The slab takes an imposed load of 5 kN/m on its edge.",
        "5 kN/m",
        5.0,
        "quantity",
        "kN/m",
    ),
    ("en", "The bending moment reaches 86 kN·m at midspan.", "86 kN·m", 86.0, "quantity", "kN*m"),
    ("en", "The uplink runs at 10 Gbit/s over fibre.", "10 Gbit/s", 10.0, "quantity", "Gbit/s"),
    ("en", "Home users get 100 Mbps at best.", "100 Mbps", 100.0, "quantity", "Mbit/s"),
    (
        "en",
        "On admission she was taking 30 breaths per minute.",
        "30 breaths per minute",
        30.0,
        "quantity",
        "1/min",
    ),
    # ---- apothecaries' measures of the old pharmacopoeias
    ("en", "Give 15 minims of the tincture at night.", "15 minims", 15.0, "quantity", "minim"),
    ("en", "Take of the extract two drachms.", "two drachms", 2.0, "quantity", "drachm"),
    # ---- the older ordinal "2d", "3d", "23d" before a month
    ("en", "He sailed on the 3d of March, 1794.", "3d of March, 1794", 1794.0, "date", None),
    ("en", "Arrived the 22d June 1805.", "22d June 1805", 1805.0, "date", None),
    # ---- a Roman number of a chapter or book heading, the abbreviation's dot before it
    ("en", "CHAP. XII. Of the Rent of Land.", "XII", 12.0, "identifier", None),
    ("en", "BOOK IV. Of Systems of Political Economy.", "IV", 4.0, "identifier", None),
    ("en", "The storm opens Canto III of the poem.", "III", 3.0, "identifier", None),
    # ---- a quoted price after "closed (yesterday) at", settled "for money"
    (
        "en",
        "Consols closed yesterday at 93 5/8 for money.",
        "93 5/8",
        93.625,
        "other",
        None,
    ),
    ("en", "Consols opened at 91⅛ for the account.", "91⅛", 91.125, "other", None),
    # ---- a metric thread of one digit before the fastener
    ("en", "Fix the bracket with two M6 bolts.", "M6", 6.0, "identifier", None),
    ("en", "Drill and tap for an M5 set screw.", "M5", 5.0, "identifier", None),
    # ---- versions and HTTP status codes name things
    ("en", "Version 2.4 fixes the leak.", "2.4", 2.4, "identifier", None),
    ("en", "The package needs Python 3.10 or later.", "3.10", 3.1, "identifier", None),
    ("en", "The proxy answers with a 502 status code.", "502", 502.0, "identifier", None),
    ("en", "It fails with HTTP 429 under load.", "429", 429.0, "identifier", None),
]

NEGATIVE = [
    # a bare "N" after a number is not a newton
    ("en", "He scored 12 N of the votes.", [("12", "count")]),
    # "2d" without a month after it is not a date
    ("en", "The 2d battalion marched.", [("2d", "ordinal")]),
    # "book" as a noun or verb before the pronoun or a number: no heading
    ("en", "This is the book I liked.", []),
    # a decimal after "windows" in lower case is no version; errors counted stay counts
    ("en", "The two windows 1.5 apart.", [("two", "count"), ("1.5", "count")]),
    ("en", "Some 404 errors were logged.", [("404", "count")]),
    # a one-digit "M" without a fastener stays as it was
    ("en", "Broad money (M3) grew.", [("3", "other")]),
]


@pytest.mark.parametrize(("lang", "text", "surface", "value", "kind", "unit"), CASES)
def test_en12_family(
    lang: str, text: str, surface: str, value: float, kind: str, unit: str | None
) -> None:
    check_one(lang, text, surface, value, kind, unit, rel_tol=1e-6)


@pytest.mark.parametrize(("lang", "text", "expected"), NEGATIVE)
def test_en12_negative(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    got = [(s, k) for s, k, _, _ in found(lang, text)]
    assert got == expected
    for surface, kind in expected:
        check_kind(lang, text, surface, kind)
