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
]

NEGATIVE = [
    # a bare "N" after a number is not a newton
    ("en", "He scored 12 N of the votes.", [("12", "count")]),
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
