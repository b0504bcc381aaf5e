"""English money, units and scales: pounds, shillings and pence, rupees and annas, lakh and
crore, marks and SDR, climate and imperial units, points, fiscal years, phone numbers.

Every expected value is checked by hand: (text, surface, value, kind, unit, range_end).
"""

from __future__ import annotations

import math

import pytest

from analysis.mentions import extract_mentions

NAN = math.nan

CASES = [
    # ---- 1. pounds, shillings and pence (1s. = 1/20 pound, 1d. = 1/240 pound)
    ("The fare was 3s. 9d. each way.", "3s. 9d.", 3 / 20 + 9 / 240, "money", "GBP", NAN),
    ("Butter sold at 1s. 2d. a pound.", "1s. 2d.", 1 / 20 + 2 / 240, "money", "GBP", NAN),
    ("A pint of beer cost 4d. in 1900.", "4d.", 4 / 240, "money", "GBP", NAN),
    ("Rent was 7s., paid weekly.", "7s.", 0.35, "money", "GBP", NAN),
    ("The fine was 40s. or a month.", "40s.", 2.0, "money", "GBP", NAN),
    ("A candle cost 2½d. in the village.", "2½d.", 2.5 / 240, "money", "GBP", NAN),
    ("The lease was £12 10s. 6d. a year.", "£12 10s. 6d.", 12 + 10 / 20 + 6 / 240, "money",
     "GBP", NAN),
    ("Wages ran from 12s. to 16s. a week.", "12s. to 16s.", 0.6, "range", "GBP", 0.8),
    ("The interim dividend is 8.5p a share.", "8.5p", 0.085, "money", "GBP", NAN),
    # ---- 2. rupees, annas and pies (16 annas, 192 pies to the rupee); lakh and crore
    ("Cloth sold at Rs. 2-8-0 a yard.", "Rs. 2-8-0", 2.5, "money", "INR", NAN),
    ("A coolie earned Rs. 7 and 4 annas a month.", "Rs. 7 and 4 annas", 7.25, "money", "INR",
     NAN),
    ("The toll was 2 annas a cart.", "2 annas", 0.125, "money", "INR", NAN),
    ("Salt paid Rs. 4.5 crores in duty.", "Rs. 4.5 crores", 4.5e7, "money", "INR", NAN),
    ("The bridge cost Rs 40 crore.", "Rs 40 crore", 4e8, "money", "INR", NAN),
    ("The district held 12 lakhs of people.", "12 lakhs", 1.2e6, "count", None, NAN),
    ("The census counted 4,25,617 persons.", "4,25,617", 425617.0, "count", None, NAN),
    ("Revenue rose to Rs. 3,50,00,000 in 1905.", "Rs. 3,50,00,000", 3.5e7, "money", "INR", NAN),
    ("The bazaar price was 12 seers the rupee.", "12 seers", 12.0, "quantity", "seer", NAN),
    ("The crop came to 6,000 maunds that year.", "6,000 maunds", 6000.0, "quantity", "maund",
     NAN),
    # ---- 3. other currencies
    ("The hut tax was 5 rupees a year.", "5 rupees", 5.0, "money", "INR", NAN),
    ("Germany owed 50 billion gold marks.", "50 billion gold marks", 5e10, "money", "DEM", NAN),
    ("A loaf cost 200 billion marks by November.", "200 billion marks", 2e11, "money", "DEM",
     NAN),
    ("The Fund approved SDR 1.2 billion for Ghana.", "SDR 1.2 billion", 1.2e9, "money", "XDR",
     NAN),
    # ---- 4. units
    ("Sulphur dioxide reached 35 ppb downtown.", "35 ppb", 35.0, "quantity", "ppb", NAN),
    ("Nitrate stood at 12.5 ppm in the well.", "12.5 ppm", 12.5, "quantity", "ppm", NAN),
    ("Global emissions were 36.8 Gt CO2 last year.", "36.8 Gt", 36.8, "quantity", "Gt", NAN),
    ("It was 98 °F in the shade.", "98 °F", 98.0, "quantity", "degF", NAN),
    ("Saudi output rose by 1.5 mb/d in May.", "1.5 mb/d", 1.5e6, "quantity", "bbl/d", NAN),
    ("The blast released 4.2 × 10¹⁵ J of energy.", "4.2 × 10¹⁵ J", 4.2e15, "quantity", "J",
     NAN),
    ("The flat has 850 sq ft of floor space.", "850 sq ft", 850.0, "quantity", "ft2", NAN),
    ("A 2,300 sq. ft. house on the hill.", "2,300 sq. ft.", 2300.0, "quantity", "ft2", NAN),
    ("They bought a 1.5-acre plot.", "1.5-acre", 1.5, "quantity", "acre", NAN),
    ("She won by 0.04 s in the final.", "0.04 s", 0.04, "quantity", "s", NAN),
    ("The sack weighed 112 lb. of flour.", "112 lb.", 112.0, "quantity", "lb", NAN),
    # ---- 5. percentage points and points
    ("The bank cut rates by 25 basis points on Thursday.", "25 basis points", 0.25, "percent",
     "%", NAN),
    ("Unemployment rose by half a percentage point.", "half a percentage point", 0.5,
     "percent", "%", NAN),
    ("Labour's vote share fell 6.2 points in the by-election.", "6.2 points", 6.2, "percent",
     "%", NAN),
    ("The Dow Jones fell 312 points on Monday.", "312 points", 312.0, "other", "point", NAN),
    # ---- 6. fiscal years and quarters
    ("Exports grew in FY2021/22 after the slump.", "2021/22", 2021.0, "range", None, 2022.0),
    ("Revenue for FY24 was flat.", "24", 2024.0, "year", None, NAN),
    ("Sales fell in Q2 after the strike.", "Q2", 2.0, "ordinal", None, NAN),
    # ---- 7. phone numbers
    ("For tickets ring 0845 600 7000 today.", "0845 600 7000", NAN, "identifier", None, NAN),
    ("Call 020 7946 0018 for details.", "020 7946 0018", NAN, "identifier", None, NAN),
    ("Call 555-201-7788 after six.", "555-201-7788", NAN, "identifier", None, NAN),
]


@pytest.mark.parametrize(("text", "surface", "value", "kind", "unit", "rend"), CASES)
def test_en_money_family(
    text: str, surface: str, value: float, kind: str, unit: str | None, rend: float
) -> None:
    df = extract_mentions(text, "en", strict=True)
    rows = df[df["surface"] == surface]
    assert len(rows) == 1, df[["surface", "value", "kind", "unit"]].values.tolist()
    row = rows.iloc[0]
    if math.isnan(value):
        assert math.isnan(row["value"])
    else:
        assert math.isclose(row["value"], value, rel_tol=1e-9), row["value"]
    assert row["kind"] == kind
    assert (row["unit"] if isinstance(row["unit"], str) else None) == unit
    if not math.isnan(rend):
        assert math.isclose(row["range_end"], rend, rel_tol=1e-9)


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Scores: 5 s, 6 s and 7 s were given.", "5", "count"),  # "s" in a list, an integer
        ("Smith (b. 1801, d. 1866) wrote 3 books.", "3", "count"),  # "d." is "died"
        ("See p. 45 for the map.", "45", "reference"),  # "p." is a page
        ("Rs 5 was the code of the part; RS 7 too.", "5", "count"),  # no "Rs." money
        ("In their 20s. they moved to Leeds.", "20", "count"),  # an age decade, no shillings
        ("She scored 45 marks in the exam.", "45", "count"),  # exam marks are no money
        ("The rocket carried 3 J. Smith instruments.", "3", "count"),  # an initial, not joules
        ("He had 28 points on his licence.", "28", "count"),  # no change, no game: no unit
        ("Fossil CO2 emissions rose.", None, None),  # a chemical formula is no number
    ],
)
def test_en_money_negative(text: str, surface: str | None, kind: str | None) -> None:
    df = extract_mentions(text, "en", strict=True)
    if surface is None:
        assert df.empty, df[["surface", "kind"]].values.tolist()
        return
    rows = df[df["surface"] == surface]
    assert len(rows) == 1, df[["surface", "value", "kind", "unit"]].values.tolist()
    assert rows.iloc[0]["kind"] == kind
    assert not isinstance(rows.iloc[0]["unit"], str)
