"""Rules taken from the seventh English development set (``tests/data/mentions_dev_en7``):
units of technical English, fractions of a unit in words, dozens after digits."""

from __future__ import annotations

import pytest
from mention_checks import check_kind, check_one, found

TOL = 1e-4


@pytest.mark.parametrize(
    ("text", "surface", "value", "kind", "unit"),
    [
        # product specifications: glued and spaced symbols
        ("The phone has 128GB of storage.", "128GB", 128, "quantity", "GB"),
        ("a 4,575mAh battery", "4,575mAh", 4575, "quantity", "mAh"),
        ("noise level 71dB; quiet", "71dB", 71, "quantity", "dB"),
        ("The turbo produces 261bhp and more.", "261bhp", 261, "quantity", "hp"),
        ("we averaged 31.4mpg over a week", "31.4mpg", 31.4, "quantity", "mpg"),
        ("a range of 7,530 nmi at cruise", "7,530 nmi", 7530, "quantity", "nmi"),
        ("its 1,998cc engine", "1,998cc", 1998, "quantity", "cm3"),
        ("Pressure 1021hPa over Biscay", "1021hPa", 1021, "quantity", "hPa"),
        ("yield strength (Fy = 50 ksi) for plates", "50 ksi", 50, "quantity", "ksi"),
        # physics and laboratory values
        ("Resistors of 12 Ω and 6 Ω in parallel", "12 Ω", 12, "quantity", "ohm"),
        ("across a 9.0 V battery", "9.0 V", 9, "quantity", "V"),
        ("a 12V socket in the boot", "12V", 12, "quantity", "V"),
        ("Taking g = 9.8 m/s², find", "9.8 m/s²", 9.8, "quantity", "m/s2"),
        ("creatinine 168 µmol/L, CRP high", "168 µmol/L", 168, "quantity", "umol/l"),
        ("RR 26/min, sats 89%", "26/min", 26, "quantity", "1/min"),
        # kitchen measures
        ("1 teaspoonful of baking-powder", "1 teaspoonful", 1, "quantity", "tsp"),
        ("2 cups flour and sugar", "2 cups", 2, "quantity", "cup"),
        ("3/4 cup packed brown sugar", "3/4 cup", 0.75, "quantity", "cup"),
        ("½ pint of milk", "½ pint", 0.5, "quantity", "pint"),
        ("flour, ¼ lb. of butter", "¼ lb.", 0.25, "quantity", "lb"),
        ("Heat the oven to 180C/160C fan.", "180C", 180, "quantity", "degC"),
        # timetables, race cards, tables of points, exam papers
        ("journey time from 1h 33m. Fares", "1h", 1, "quantity", "hour"),
        ("journey time from 1h 33m. Fares", "33m", 33, "quantity", "minute"),
        ("open 24h a day", "24h", 24, "quantity", "hour"),
        ("crossing time 3 hrs 15 mins. Car and driver", "15 mins", 15, "quantity", "minute"),
        ("Gold Cup, 3m 2½f): winner", "2½f", 2.5, "quantity", "furlong"),
        ("Gold Cup, 3m 2½f): winner", "3m", 3, "quantity", "mi"),
        ("Match drawn. Middlesex 11pts.", "11pts", 11, "other", "point"),
        ("how far it travels. [4 marks]", "4 marks", 4, "other", "point"),
        ("to the hand. (6 marks)", "6 marks", 6, "other", "point"),
    ],
)
def test_technical_units(text: str, surface: str, value: float, kind: str, unit: str) -> None:
    check_one("en", text, surface, value, kind, unit, TOL)


@pytest.mark.parametrize(
    ("text", "surface", "value", "kind", "unit"),
    [
        ("half a Pint of Sack", "half a Pint", 0.5, "quantity", "pint"),
        ("and a quarter of an Ounce of Mace", "a quarter of an Ounce", 0.25, "quantity", "oz"),
        ("between a quarter and half of an inch", "half of an inch", 0.5, "quantity", "inch"),
        ("We waited half an hour.", "half an hour", 0.5, "quantity", "hour"),
        ("and the guide half a crown.", "half a crown", 0.125, "money", "GBP"),
        ("about a mile and a half in a week", "a mile and a half", 1.5, "quantity", "mile"),
        ("a Pound and a half of Butter", "a Pound and a half", 1.5, "quantity", "lb"),
        ("it lasted a day and a half", "a day and a half", 1.5, "quantity", "day"),
        ("an hour and a half later", "an hour and a half", 1.5, "quantity", "hour"),
        ("One mile and a half. Won by", "One mile and a half", 1.5, "quantity", "mile"),
        ("two hours and a half later", "two hours and a half", 2.5, "quantity", "hour"),
        ("Makes about 5 dozen cookies.", "5 dozen", 60, "count", None),
        ("to Widow Hart for 6 dozen of candles", "6 dozen", 72, "count", None),
    ],
)
def test_fractions_and_dozens(
    text: str, surface: str, value: float, kind: str, unit: str | None
) -> None:
    check_one("en", text, surface, value, kind, unit, TOL)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an initial, not volts; Hansard columns, not cubic centimetres
        ("see page 5 V. Smith", [("5", None)]),
        ("(HC Deb vol 432 cc1399-1405).", [("432", None), ("1399", None), ("1405", None)]),
        # a sub-figure, not furlongs; "half the price" has no unit
        ("Figure 5f shows it", [("5f", None)]),  # letter inside, as `Fig. 3a` (dev_en8)
        ("at half the price", [("half", None)]),
        # a fraction alone, and "marks" without brackets (not exam marks)
        ("½ of the town", [("½", None)]),
        ("He got 45 marks in all", [("45", None)]),
        # a man is no unit
        ("a man and a half", []),
        # "3 mins." inside a sentence keeps its dot
        ("in 3 mins. later", [("3 mins.", "minute")]),
    ],
)
def test_not_units(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(s, u) for s, _, _, u in found("en", text)] == expected


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Staff Nurse, Band 5. Salary £28,407", "5", "identifier"),
        ("at 10.20am in Room 14; please bring", "14", "identifier"),
        ("Service 18 runs every 10 minutes", "18", "identifier"),
        ("Question 7. A rectangular field", "7", "identifier"),
        ("I beg to move amendment 14, page 3", "14", "identifier"),
        # verbs and ordinary words before an amount stay counts
        ("They question 40 people a day.", "40", "count"),
        ("There is room for 14 people.", "14", "count"),
        ("a room 14 feet wide", "14 feet", "quantity"),
    ],
)
def test_numbered_nouns(text: str, surface: str, kind: str) -> None:
    check_kind("en", text, surface, kind)
