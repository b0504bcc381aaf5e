"""Families of phrasing fixed on the seventeenth English development set
(tests/data/mentions_dev_en17, news from India, Africa, Australasia and Canada): the rupee
and naira signs and ``lakh crore`` (``₹1.08 lakh crore``), and currency letters glued to
the figure (``Sh3.9 trillion``, ``R2,180``, ``N50 million``), cents named by their country
(``80 US cents``), and seconds glued to a race time (``12.12sec``), with hand-checked sentences
written for these tests (not copied from the set).

The set was annotated before the extractor was run on it; the rules were then tuned on
it, so its scores are floors, not estimates of accuracy on new text.
"""

from __future__ import annotations

import pytest
from mention_checks import check_kind, check_one, found

CASES = [
    # ---- the rupee and naira signs; "lakh crore" is one scale word (1e12)
    (
        "en",
        "The state plans to spend ₹2.5 lakh crore on roads.",
        "₹2.5 lakh crore",
        2.5e12,
        "money",
        "INR",
    ),
    ("en", "The flat was sold for ₹85 lakh last year.", "₹85 lakh", 8.5e6, "money", "INR"),
    ("en", "A deficit of ₹12,400 crore is forecast.", "₹12,400 crore", 1.24e11, "money", "INR"),
    ("en", "Outlay rose to Rs 3 lakh crore this year.", "Rs 3 lakh crore", 3e12, "money", "INR"),
    ("en", "The court set bail at ₦20 million.", "₦20 million", 2e7, "money", "NGN"),
    # ---- Kenyan shillings glued to the figure, with or without a scale word
    ("en", "The county spent Sh4.2 billion on roads.", "Sh4.2 billion", 4.2e9, "money", "KES"),
    ("en", "A litre of petrol now costs KSh 193 in Nairobi.", "KSh 193", 193.0, "money", "KES"),
    ("en", "Each farmer got Sh5,000 in support.", "Sh5,000", 5000.0, "money", "KES"),
    # ---- the rand: a scale word, a money figure or another rand amount nearby
    ("en", "The utility needs R25 billion a year.", "R25 billion", 2.5e10, "money", "ZAR"),
    ("en", "The rand closed at R18.72 to the dollar.", "R18.72", 18.72, "money", "ZAR"),
    ("en", "The grant rose by R50 to R1,890 a month.", "R50", 50.0, "money", "ZAR"),
    ("en", "Tickets cost R250 each, the rand being weak.", "R250", 250.0, "money", "ZAR"),
    # ---- the naira: a scale word after it or the word naira nearby
    (
        "en",
        "The state's budget of N1.2 trillion was signed.",
        "N1.2 trillion",
        1.2e12,
        "money",
        "NGN",
    ),
    ("en", "The naira closed at N1,480 to the dollar.", "N1,480", 1480.0, "money", "NGN"),
    # ---- cents named by their country; seconds glued to a race time
    ("en", "The miner paid 65 US cents a share.", "65 US cents", 0.65, "money", "USD"),
    (
        "en",
        "A levy of 12 Australian cents a litre applies.",
        "12 Australian cents",
        0.12,
        "money",
        "AUD",
    ),
    ("en", "Her best of 10.78sec, run in Paris, stands.", "10.78sec", 10.78, "quantity", "second"),
]

NEGATIVE = [
    # a lone R or N before an integer without money nearby names something else
    ("en", "Take the R445 towards Kilkenny.", [("R445", "identifier")]),
    ("en", "Nurses must wear an N95 mask.", [("N95", "identifier")]),
    ("en", "The film is rated R18 in New Zealand.", [("R18", "identifier")]),
    # "us" is no country
    ("en", "Give 5 us cents back.", [("5", "count")]),
    # "lakh" alone stays a count scale
    ("en", "About 3 lakh people attended.", [("3 lakh", "count")]),
]


@pytest.mark.parametrize(("lang", "text", "surface", "value", "kind", "unit"), CASES)
def test_en17_family(
    lang: str, text: str, surface: str, value: float, kind: str, unit: str | None
) -> None:
    check_one(lang, text, surface, value, kind, unit, rel_tol=1e-6)


@pytest.mark.parametrize(("lang", "text", "expected"), NEGATIVE)
def test_en17_negative(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    got = [(s, k) for s, k, _, _ in found(lang, text)]
    assert got == expected
    for surface, kind in expected:
        check_kind(lang, text, surface, kind)
