"""Families of phrasing fixed on the sixteenth English development set
(tests/data/mentions_dev_en16, reference and official registers): one-letter SI symbols
spaced after a figure (``199 t``, ``240 W``, ``5 A``), bits and bytes in words, population
densities (``2.1 people per square kilometre``), square and cubic denominators in words,
emissions with the gas before the slash (``93.6 g CO2/km``) and coordinates with a
compass letter (``64°08′N 21°56′W``, ``40°N``) and standards (``ISO 8601``,
``IEEE 754-2019``, ``21 CFR 11``), with
hand-checked sentences written for these tests (not copied from the set).

The set was annotated before the extractor was run on it; the rules were then tuned on
it, so its scores are floors, not estimates of accuracy on new text.
"""

from __future__ import annotations

import pytest
from mention_checks import check_kind, check_one, found

CASES = [
    # ---- one-letter SI symbols spaced after a figure
    ("en", "The bridge span weighs 1,250 t in all.", "1,250 t", 1250.0, "quantity", "t"),
    ("en", "Its displacement was 8.5 t. Later ships grew.", "8.5 t", 8.5, "quantity", "t"),
    ("en", "A kettle draws about 2000 W from the mains.", "2000 W", 2000.0, "quantity", "W"),
    ("en", "Fit a 13 A fuse (brown wire).", "13 A", 13.0, "quantity", "A"),
    ("en", "The charger gives 20 V at 3 A.", "3 A", 3.0, "quantity", "A"),
    ("en", "Each panel is rated 400 W; the array 12 kW.", "400 W", 400.0, "quantity", "W"),
    # ---- bits and bytes in words
    ("en", "The key is 256 bits long.", "256 bits", 256.0, "quantity", "bit"),
    ("en", "Each record holds 512 bytes of data.", "512 bytes", 512.0, "quantity", "byte"),
    # ---- population densities with the counted word inside, square and cubic denominators
    # in words, emissions with the gas named before the slash
    (
        "en",
        "The province has 38 inhabitants per square kilometre.",
        "38 inhabitants per square kilometre",
        38.0,
        "quantity",
        "1/km2",
    ),
    (
        "en",
        "Density: 1,200 people/km² in the city.",
        "1,200 people/km²",
        1200.0,
        "quantity",
        "1/km2",
    ),
    (
        "en",
        "It had 85 persons per sq mi in 1900.",
        "85 persons per sq mi",
        85.0,
        "quantity",
        "1/mi2",
    ),
    (
        "en",
        "The limit is 50 milligrams per cubic metre of air.",
        "50 milligrams per cubic metre",
        50.0,
        "quantity",
        "mg/m3",
    ),
    (
        "en",
        "Average emissions fell to 118 g CO2/km in 2020.",
        "118 g CO2/km",
        118.0,
        "quantity",
        "g/km",
    ),
    # ---- coordinates: a compass letter after minutes of arc is no number sign "N", and one
    # glued to a whole degree stays outside
    ("en", "The port lies at 53°24′N 2°59′W.", "2°59′", 2 + 59 / 60, "quantity", "deg"),
    ("en", "The port lies at 53°24′N 2°59′W.", "53°24′", 53.4, "quantity", "deg"),
    ("en", "The station is at 77°S 166°E.", "166°", 166.0, "quantity", "deg"),
    ("en", "The cape is at 34°S, 18°E.", "34°", 34.0, "quantity", "deg"),
    # ---- standards: a bare ISO number that is no film speed, an IEEE edition year, a CFR
    # section
    ("en", "Dates follow ISO 8601 throughout.", "8601", 8601.0, "identifier", None),
    ("en", "Country codes are set by ISO 3166 and updated.", "3166", 3166.0, "identifier", None),
    ("en", "It complies with IEEE 1588-2008 timing.", "1588-2008", 1588.0, "identifier", None),
    ("en", "Records are kept under 21 CFR 11 rules.", "11", 11.0, "identifier", None),
]

NEGATIVE = [
    # a grade or house letter, an address, a longitude, a variable: no unit
    ("en", "Pupils in Grade 5 A sat the test.", [("5", "identifier")]),
    ("en", "She got 3 A levels.", [("3", "count")]),
    ("en", "Solve 2 t + 1 for t.", [("2", "count"), ("1", "count")]),
    ("en", "We met at 12 W 34th Street.", [("12", "count"), ("34", "identifier")]),
    ("en", "It lies near 45 N, 122 W.", [("45", "count"), ("122", "count")]),
    # a bit in words without a figure
    ("en", "Wait a bit longer.", []),
    # people per room, per household: a count, no area
    ("en", "They lived 5 people per room.", [("5", "count")]),
    # the number sign N before a number is still read; a degree before a word is no compass
    ("en", "Take the N 7 towards the coast.", [("N 7", "identifier")]),
    ("en", "It was 5°C at noon.", [("5°C", "quantity")]),
    # a part after a hyphen is no edition year: value null
    ("en", "See BS EN 1634-1 for doors.", [("1634-1", "identifier")]),
]


@pytest.mark.parametrize(("lang", "text", "surface", "value", "kind", "unit"), CASES)
def test_en16_family(
    lang: str, text: str, surface: str, value: float, kind: str, unit: str | None
) -> None:
    check_one(lang, text, surface, value, kind, unit, rel_tol=1e-6)


@pytest.mark.parametrize(("lang", "text", "expected"), NEGATIVE)
def test_en16_negative(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    got = [(s, k) for s, k, _, _ in found(lang, text)]
    assert got == expected
    for surface, kind in expected:
        check_kind(lang, text, surface, kind)
