"""Families of phrasing fixed on the eleventh English development set
(tests/data/mentions_dev_en11, mixed modern registers): currencies named after the figure
(``450,000 dong``, ``4.5 trillion yen``), dollars of other countries before it (``CA$21``),
and watts and megapixels glued to the digits (``350W``, ``48MP``), with hand-checked
sentences written for these tests (not copied from the set).

The set was annotated before the extractor was run on it; the rules were then tuned on
it, so its scores are floors, not estimates of accuracy on new text.
"""

from __future__ import annotations

import pytest
from mention_checks import check_kind, check_one, found

CASES = [
    # ---- currencies named after the figure, with or without a scale word
    ("en", "A bowl of pho costs 40,000 dong in Hanoi.", "40,000 dong", 40000.0, "money", "VND"),
    (
        "en",
        "The group posted a loss of 2.1 billion yen.",
        "2.1 billion yen",
        2.1e9,
        "money",
        "JPY",
    ),
    ("en", "A taxi to the airport is about 300 baht.", "300 baht", 300.0, "money", "THB"),
    ("en", "The ticket was 80 yuan for adults.", "80 yuan", 80.0, "money", "CNY"),
    # ---- dollars of other countries before the figure
    ("en", "Entry to the park is CA$12 per vehicle.", "CA$12", 12.0, "money", "CAD"),
    ("en", "The fare is A$4.50 on weekdays.", "A$4.50", 4.5, "money", "AUD"),
    ("en", "Rooms start at NZ$180 a night.", "NZ$180", 180.0, "money", "NZD"),
    ("en", "The tram costs HK$3 a ride.", "HK$3", 3.0, "money", "HKD"),
    ("en", "A bowl of laksa is S$6 at the centre.", "S$6", 6.0, "money", "SGD"),
    ("en", "The subscription went up to C$15 a month.", "C$15", 15.0, "money", "CAD"),
    # ---- watts and megapixels glued to the digits
    ("en", "The kettle has a 3000W element.", "3000W", 3000.0, "quantity", "W"),
    ("en", "It supports 65W wired charging.", "65W", 65.0, "quantity", "W"),
    ("en", "The phone has a 200MP main sensor.", "200MP", 200.0, "quantity", "MP"),
    ("en", "Front camera: 12MP.", "12MP", 12.0, "quantity", "MP"),
    # ---- a duration up to a date: the duration and the date, no range
    ("en", "Revenue grew 6% in the 26 weeks to 2 March.", "26 weeks", 26.0, "quantity", "week"),
    (
        "en",
        "Profit fell in the 12 months to 31 March 2024.",
        "31 March 2024",
        2024.0,
        "date",
        None,
    ),
    # ---- the level of an index in points after a move or a close
    (
        "en",
        "The Dax rose 1.2% to 16,750 points on Monday.",
        "16,750 points",
        16750.0,
        "other",
        "point",
    ),
    ("en", "The Nikkei closed at 33,450 points.", "33,450 points", 33450.0, "other", "point"),
    # ---- a lap time with thousandths of a second
    (
        "en",
        "He set the fastest lap, 1:28.905, on the final tour.",
        "1:28.905",
        88.905 / 3600,
        "quantity",
        "hour",
    ),
    # ---- the number of a register or a record, a numbered recommendation of a report
    (
        "en",
        "Acme Ltd (company number 04512345) is in liquidation.",
        "04512345",
        4512345.0,
        "identifier",
        None,
    ),
    (
        "en",
        "Please quote your account number 31926819.",
        "31926819",
        31926819.0,
        "identifier",
        None,
    ),
    ("en", "Recommendation 7: the council should publish its data.", "7", 7.0, "identifier", None),
]

NEGATIVE = [
    # an engine oil's grade and four-wheel drive are no watts
    ("en", "Use 5W-30 oil in winter.", [("5", "count"), ("30", "other")]),
    ("en", "They hired a 4WD for the trip.", [("4", "count")]),
    # a longitude after a latitude, a Hansard column of written answers
    ("en", "The buoy sits at 40N 74W in the bight.", [("40", "count"), ("74", "count")]),
    # Members of Parliament, spaced or in the plural
    ("en", "Some 120 MPs voted against.", [("120", "count")]),
    # "a third" before a word of a series is the ordinal word; alone a fraction
    ("en", "Rates were held for a third consecutive month.", []),
    ("en", "She was elected to a third term in 2019.", [("2019", "year")]),
    ("en", "Prices were cut by a third.", [("a third", "other")]),
    # a duration to a later duration stays a range
    ("en", "It grew from 13 weeks to 25 weeks.", [("13 weeks to 25 weeks", "range")]),
    # points without a market's move before "to" are no level
    ("en", "He went to 30 points in the table.", [("30", "count")]),
    # "number" after a word that names no register counts
    ("en", "A record number 500 people came.", [("500", "count")]),
    # "dong" in Indonesian is a particle
    ("id", "Ayo dong, 5 menit lagi.", [("5 menit", "quantity")]),
]


@pytest.mark.parametrize(("lang", "text", "surface", "value", "kind", "unit"), CASES)
def test_en11_family(
    lang: str, text: str, surface: str, value: float, kind: str, unit: str | None
) -> None:
    check_one(lang, text, surface, value, kind, unit, rel_tol=1e-6)


@pytest.mark.parametrize(("lang", "text", "expected"), NEGATIVE)
def test_en11_negative(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    got = [(s, k) for s, k, _, _ in found(lang, text)]
    assert got == expected
    for surface, kind in expected:
        check_kind(lang, text, surface, kind)
