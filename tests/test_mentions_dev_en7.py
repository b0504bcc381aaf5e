"""Rules taken from the seventh English development set (``tests/data/mentions_dev_en7``):
units of technical English, fractions of a unit in words, dozens after digits; standards
designations, military clock times, lists of clock times and race times."""

from __future__ import annotations

import math

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


NAN = math.nan


def _check(text: str, surface: str, value: float, kind: str, unit: str | None) -> None:
    check_one("en", text, surface, value, kind, unit, 1e-4)


def _surfaces(text: str) -> list[str]:
    return [s for s, _, _, _ in found("en", text)]


# ---- 1. standards designations after the name of a standards body
@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The laboratory is accredited to ISO 17025:2017.", "17025:2017", 17025),
        ("Wiring shall comply with BS 7671:2018 throughout.", "7671:2018", 7671),
        ("Fire doors tested to BS EN 1634-1 are acceptable.", "1634-1", NAN),
        ("Steelwork is executed to EN 1090-2:2018 class EXC2.", "1090-2:2018", NAN),
        ("Alarms to BS 5839-6:2019+A1:2020 shall be fitted.", "5839-6:2019+A1:2020", NAN),
        ("The firm is certified to ISO/IEC 27001:2022.", "27001:2022", 27001),
        ("Guards meet IEC 60204-1 and DIN 4102.", "60204-1", NAN),
        ("The mix complies with BS EN 206 in full.", "206", 206),
    ],
)
def test_standard_designations(text: str, surface: str, value: float) -> None:
    _check(text, surface, value, "identifier", None)


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("The study used the IEEE 39-bus test system.", "39", "count"),  # a number of buses
        ("Bolts to ASTM A325 shall be used.", "A325", "identifier"),  # letters: not this rule
    ],
)
def test_standard_designation_negatives(text: str, surface: str, kind: str) -> None:
    assert (surface, kind) in [(s, k) for s, k, _, _ in found("en", text)]


def test_iso_film_speed_not_read_as_standard() -> None:
    # a bare number after plain "ISO" is left to the other rules (a film speed)
    assert [s for s in _surfaces("The photo was shot at ISO 3200 in dim light.")] == ["3200"]


# ---- 2. military clock times after a time preposition with a zero or a time zone
@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Forecast issued at 0505 on Monday 3 March.", "0505", 5 + 5 / 60),
        ("The convoy left at 0630 and arrived by 0915.", "0630", 6.5),
        ("The convoy left at 0630 and arrived by 0915.", "0915", 9.25),
        ("A low of 998hPa over Rockall at 1800 GMT.", "1800", 18),
        ("Flights resume from 2330 UTC tonight.", "2330", 23.5),
    ],
)
def test_military_clock_times(text: str, surface: str, value: float) -> None:
    _check(text, surface, value, "other", None)


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("The house was built at 1905 prices.", "1905", "year"),  # no zero, no zone
        ("He died in 1805 at Bath.", "1805", "year"),
        ("The fine was raised to 2500 in total.", "2500", "count"),
    ],
)
def test_military_clock_negatives(text: str, surface: str, kind: str) -> None:
    assert (surface, kind) in [(s, k) for s, k, _, _ in found("en", text)]


def test_freephone_is_no_clock_time() -> None:
    assert all(k != "other" for _, k, _, _ in found("en", "Call us at 0800 123 456 today."))


# ---- 3. a list of clock times is no range
def test_clock_list() -> None:
    text = "Buses leave at 06:15, 11:40 and 17:05 on weekdays."
    assert _surfaces(text) == ["06:15", "11:40", "17:05"]
    _check(text, "17:05", 17 + 5 / 60, "other", None)


def test_clock_range_kept() -> None:
    text = "The office is open between 09:30 and 16:00 daily."
    _check(text, "09:30 and 16:00", 9.5, "range", None)


# ---- 4. race times with hundredths are durations
@pytest.mark.parametrize(
    ("text", "surface", "seconds"),
    [
        ("She won the 800m in 1:56.42 ahead of the field.", "1:56.42", 116.42),
        ("His best mile is 3:47.9, set in Oslo.", "3:47.9", 227.9),
        ("Second place went to Lee (12:58.15).", "12:58.15", 778.15),
    ],
)
def test_race_times(text: str, surface: str, seconds: float) -> None:
    _check(text, surface, seconds / 3600, "quantity", "hour")


def test_clock_time_before_full_stop_is_no_race_time() -> None:
    _check("The train left at 10:45. 12 people were aboard.", "10:45", 10.75, "other", None)


# ---- 5. values on a scale after "Mach" and "score"
@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The jet cruises at Mach 0.85 on two engines.", "0.85", 0.85),
        ("a Mach 2 interceptor", "2", 2),
        ("Her CURB-65 score 3; admitted to the ward.", "3", 3),
        ("Gleason score 7, stage T2.", "7", 7),
    ],
)
def test_scale_values(text: str, surface: str, value: float) -> None:
    _check(text, surface, value, "other", None)


def test_score_goals_is_a_count() -> None:
    assert ("3", "count") in [(s, k) for s, k, _, _ in found("en", "He hopes to score 3 goals.")]


# ---- 6. UK telephone numbers with a five-digit area code and a six-digit number
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("For viewings ring 01273 555018 after six.", "01273 555018"),
        ("Mobile: 07700 900123.", "07700 900123"),
        ("Tel. 01632 960000, evenings.", "01632 960000"),
    ],
)
def test_uk_phone_numbers(text: str, surface: str) -> None:
    _check(text, surface, NAN, "identifier", None)


def test_two_counts_are_no_phone_number() -> None:
    assert _surfaces("In 1273 555018 votes were cast.") == ["1273", "555018"]
