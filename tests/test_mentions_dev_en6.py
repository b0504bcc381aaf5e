"""Families of phrasing fixed on the sixth English development set
(tests/data/mentions_dev_en6), with hand-checked sentences written for these tests (not
copied from the set).

The set was annotated before the extractor was run on it; the rules were then tuned on it.
"""

from __future__ import annotations

import math

import pytest

from tests.mention_checks import check_one, found

NAN = math.nan


def _check(text: str, surface: str, value: float, kind: str, unit: str | None) -> None:
    check_one("en", text, surface, value, kind, unit, 1e-4)


# ---- 1. ages in apposition, after "who was", and listed after "aged"
@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Margaret Ann Doyle, 71, of Hull, died on Friday.", "71", 71),
        ("Peter Walsh, 45, a builder, was fined £200.", "45", 45),
        ("Thomas Reed, 19, labourer, was charged with theft.", "19", 19),
        ("The driver, who was 58, was taken to hospital.", "58", 58),
        ("Police named the cyclist, who was 23.", "23", 23),
        ("Three women, aged 31 and 40, were questioned.", "40", 40),
        ("Two boys, aged 14, 15 or 16, were seen running off.", "16", 16),
    ],
)
def test_told_ages(text: str, surface: str, value: float) -> None:
    _check(text, surface, value, "quantity", "year")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The vote was held on Friday, 12, no, 13 March.", "12"),
        ("London Road, 12, was the first house.", "12"),
        ("The team, who was 3 points clear, lost.", "3"),
        ("He was aged 40 and 12 children watched him.", "12"),
        ("Jane Smith, 2024, p. 12.", "2024"),
        ("Aged 30, 40 people were there.", "40"),
    ],
)
def test_told_ages_negative(text: str, surface: str) -> None:
    hits = [f for f in found("en", text) if f[0].startswith(surface)]
    assert hits and hits[0][1] != "quantity", found("en", text)


# ---- 2. "rose X% to Y": the change, then the new level (two mentions, no range)
@pytest.mark.parametrize(
    ("text", "first", "second", "value"),
    [
        ("The Dow fell 1.2% to 38,852.27 on Monday.", "1.2%", "38,852.27", 38852.27),
        ("Burglaries rose by 7% to 4,310 last year.", "7%", "4,310", 4310),
        (
            "Output was down 3.5 per cent to 812,000 tonnes.",
            "3.5 per cent",
            "812,000 tonnes",
            812000,
        ),
    ],
)
def test_change_then_level(text: str, first: str, second: str, value: float) -> None:
    got = found("en", text)
    surfaces = [g[0] for g in got]
    assert first in surfaces and second in surfaces, got
    assert [g for g in got if g[0] == second][0][2] == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Rates are expected to go from 4% to 5%.", "4% to 5%"),
        ("Turnout was 40 to 45% in most wards.", "40 to 45%"),
        ("The share rose from 4% to 9 by 2020.", "4% to 9"),
    ],
)
def test_percent_ranges_stay(text: str, surface: str) -> None:
    got = found("en", text)
    assert [g for g in got if g[0] == surface and g[1] == "range"], got


# ---- 3. units of car specifications, glued inches after feet, stone, glued km3
@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("The V6 develops 310bhp at 6,000rpm.", "310bhp", 310, "hp"),
        ("The diesel manages 52.3mpg on a run.", "52.3mpg", 52.3, "mpg"),
        ("It returns 41 miles per gallon.", "41 miles per gallon", 41, "mpg"),
        ("The lock stands 5ft 11in high.", "11in", 11, "inch"),
        ("The lake holds 18 km3 of water.", "18 km3", 18, "km3"),
        ("He weighed 14 stone, his doctor said.", "14 stone", 14, "st"),
        ("She lost 3 stone in six months.", "3 stone", 3, "st"),
        ("He was 11 stone 6lb at the weigh-in.", "11 stone", 11, "st"),
    ],
)
def test_units(text: str, surface: str, value: float, unit: str) -> None:
    _check(text, surface, value, "quantity", unit)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The 4 stone steps led down to the river.", "4"),
        ("Kill two birds with one stone.", "two"),
        ("There were 3 in the car.", "3"),
    ],
)
def test_units_negative(text: str, surface: str) -> None:
    hits = [f for f in found("en", text) if f[0] == surface]
    assert hits and hits[0][3] is None, found("en", text)


# ---- 4. numbered roads, junctions, exits, subsections, rules, service numbers and logs
@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The M4 westbound is shut after a lorry fire.", "M4", 4),
        ("Traffic is queuing on the A1 between Stamford and Grantham.", "A1", 1),
        ("Leave the motorway at junction 9 for Oxford.", "9", 9),
        ("Lanes are closed between junctions 4 and 6 overnight.", "6", 6),
        ("Take Exit 14 for the airport.", "14", 14),
        ("The appeal turns on section 21(4) of the Act.", "4", 4),
        ("The claim was struck out under Rule 12(b)(6).", "12", 12),
        ("The claim was struck out under Rule 12(b)(6).", "6", 6),
        ("Call Avon and Somerset Police on 101, quoting log 5521.", "101", 101),
        ("Call Avon and Somerset Police on 101, quoting log 5521.", "5521", 5521),
        ("If you see him, dial 999 immediately.", "999", 999),
    ],
)
def test_identifiers(text: str, surface: str, value: float) -> None:
    _check(text, surface, value, "identifier", None)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Print the form on A4 paper.", "4"),
        ("The union called on 3,000 members to walk out.", "3,000"),
        ("As a rule 5 people stay behind.", "5"),
        ("He scored 21 (4 from penalties).", "4"),
    ],
)
def test_identifiers_negative(text: str, surface: str) -> None:
    hits = [f for f in found("en", text) if f[0] == surface]
    assert hits and hits[0][1] != "identifier", found("en", text)


# ---- 5. "the second half" (a part, no fraction); points in words like points in digits
@pytest.mark.parametrize(
    "text",
    [
        "Rovers scored twice in the second half.",
        "The northern half of the county flooded.",
        "She kept the other half for herself.",
    ],
)
def test_half_as_a_noun_is_no_mention(text: str) -> None:
    assert not [f for f in found("en", text) if f[0].lower() == "half"], found("en", text)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Half the village turned out.", "Half", 0.5),
        ("It took two and a half hours.", "two and a half hours", 2.5),
    ],
)
def test_half_still_a_fraction(text: str, surface: str, value: float) -> None:
    hits = [f for f in found("en", text) if f[0] == surface]
    assert hits and hits[0][2] == pytest.approx(value), found("en", text)


def test_spelled_points_scored() -> None:
    _check("He scored thirty points against the Bulls.", "thirty points", 30, "other", "point")


def test_spelled_points_not_a_change() -> None:
    hits = [f for f in found("en", "She made two points in her speech.") if f[0] == "two"]
    assert hits and hits[0][1] == "count"


# ---- 6. stock indices: the number of an index's name and the level it moved to
@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The FTSE 250 slipped 0.4% to 20,410.6 by midday.", "250", 250),
        ("The FTSE 250 slipped 0.4% to 20,410.6 by midday.", "20,410.6", 20410.6),
        ("Futures on the S&P 500 were flat.", "500", 500),
        ("Tokyo's Nikkei 225 gained 2.1% to 39,100.", "39,100", 39100),
        ("The Dow rose 212 points, or 0.6 per cent, to 39,512.84.", "39,512.84", 39512.84),
        ("Vickers fell 3 points to 61.", "61", 61),
    ],
)
def test_index_names_and_levels(text: str, surface: str, value: float) -> None:
    _check(text, surface, value, "other", None)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The Lakers won 3 points to 2.", "2"),
        ("Membership rose 4% to 2,300 members.", "2,300"),
        ("The shop rose to 40 staff.", "40"),
    ],
)
def test_index_levels_negative(text: str, surface: str) -> None:
    hits = [f for f in found("en", text) if f[0] == surface]
    assert hits and hits[0][1] == "count", found("en", text)


# ---- 7. the raised decimal point of British typesetting
@pytest.mark.parametrize(
    ("text", "surface", "value", "kind", "unit"),
    [
        ("Deaths rose by 4·7 per cent. last year.", "4·7 per cent.", 4.7, "percent", "%"),
        ("The rainfall was 31·06 inches.", "31·06 inches", 31.06, "quantity", "inch"),
    ],
)
def test_middle_dot_decimal(text: str, surface: str, value: float, kind: str, unit: str) -> None:
    _check(text, surface, value, kind, unit)


def test_middle_dot_not_a_decimal() -> None:
    got = found("en", "Its factors 2·3·5 multiply to 30; it was 2·10⁵ m.")
    assert ("3", "count", 3.0, None) in got, got
    assert ("2·10⁵ m", "quantity", 200000.0, "m") in got, got
