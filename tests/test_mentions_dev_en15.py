"""Rules from the fifteenth English development set (everyday modern English): capitalised
naming nouns (``Day 2:``, ``Flat 7``, ``Year 9``), phone extensions and card endings, and
the litre's capital ``L``."""

from __future__ import annotations

import pytest

from tests.mention_checks import check_one, found


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Day 2: Depart Roma Termini at 08:45.", "2"),
        ("The Property: Flat 7, 23 Elm Grove, Leeds.", "7"),
        ("Pump 4 Unleaded", "4"),
        ("Tues: Zone 2 bike, 45 min.", "2"),
        ("the Outpatients Clinic, Level 2, is on Wednesday", "2"),
        ("Year 9 Report. English: good.", "9"),
        ("please contact Mark on ext. 2214.", "2214"),
        ("Payment due soon. Account ending 4417.", "4417"),
    ],
)
def test_named_number_is_identifier(text: str, surface: str) -> None:
    check_one("en", text, surface, float(surface), "identifier", None, 1e-9)


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("on day 14 of the trial", "14", "ordinal"),  # lower case: no name
        ("the water level 2 metres above", "2 metres", "quantity"),
        ("Year 2024 was good.", "2024", "year"),  # four digits: a year
        ("the story ending 1984 style", "1984", "year"),  # no account or card before
    ],
)
def test_naming_noun_no_misfire(text: str, surface: str, kind: str) -> None:
    assert [k for s, k, _, _ in found("en", text) if s == surface] == [kind], found("en", text)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Semi-skimmed milk 2.27L £1.65.", "2.27L", 2.27),
        ("Pump 4 Unleaded 38.21 L @ 142.9p/L", "38.21 L", 38.21),
        ("a 5L water tank", "5L", 5.0),
    ],
)
def test_capital_litre(text: str, surface: str, value: float) -> None:
    check_one("en", text, surface, value, "quantity", "l", 1e-9)


def test_capital_l_no_misfire() -> None:
    assert [s for s, *_ in found("en", "Team 5 Lions won; 12 L Smith st.")] == ["5", "12"]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Ellie scored 34 out of 40 in her end-of-unit test.", [("34", 34.0), ("40", 40.0)]),
        ("He got 18 out of 25.", [("18", 18.0), ("25", 25.0)]),
    ],
)
def test_scored_mark_out_of_total(text: str, pairs: list[tuple[str, float]]) -> None:
    assert [(s, v) for s, k, v, _ in found("en", text) if k == "other"] == pairs


@pytest.mark.parametrize(
    "text",
    ["34 out of 40 pupils passed.", "He scored 3 out of 7 days", "She got 45 out of 40.5 points"],
)
def test_scored_mark_no_misfire(text: str) -> None:
    kinds = [(s, k) for s, k, _, _ in found("en", text)]
    assert ("40", "other") not in kinds and ("7", "other") not in kinds, kinds


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("2nd class seats start at CHF 152.", "CHF 152", 152.0, "CHF"),
        ("The fee is EUR 20 per night.", "EUR 20", 20.0, "EUR"),
        ("Invoice total GBP 1,500.00 due.", "GBP 1,500.00", 1500.0, "GBP"),
    ],
)
def test_iso_code_before_amount(text: str, surface: str, value: float, unit: str) -> None:
    check_one("en", text, surface, value, "money", unit, 1e-9)


def test_iso_code_inside_word_no_misfire() -> None:
    assert [s for s, *_ in found("en", "see the MAPEUR 20 code")] == ["20"]
