"""Build the sealed English held-out numeric-mention set of round 8 (``heldout8_en_en.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_heldout8_en/build_heldout8_en.py

A **sealed held-out** set: it was written and annotated blind and must never be tuned on.
Report its scores only, never its disagreements (no per-passage diffs, no lists of
missed or spurious mentions), so that it keeps measuring generalisation.

The passages were written for this set in the style of real English texts of these
registers: cookbooks and household manuals; engineering and technical specifications
(engines, bridges, ships, aircraft, locomotives); railway and shipping timetables and
notices; parliamentary debates (Hansard style) and select-committee reports; parish, county and local-history records; a sports almanac (cricket, baseball,
athletics, football); auction and museum catalogue entries; scientific abstracts (ecology,
geology, climate, medicine); insurance and pension tables in prose; military history and
war diaries; modern technology and business news; letters and diaries; encyclopedia
articles on towns, rivers and people.  They were annotated **blind**, from
``docs/numeric-mentions.md`` and the decisions in the docstrings of
``tests/data/mentions_heldout/build_heldout.py``, ``mentions_heldout2``,
``mentions_heldout3`` and the ``build_dev_en*.py`` scripts, without reading the
extractor's code and without running it.  Texts are already normalised (plain spaces, no
NBSP / thin spaces).

Each passage is ``(text, [mentions in text order])`` using the ``M`` / ``R`` helpers and
the ``annotate`` validator of ``tests/data/mentions_heldout/build_heldout.py`` (offsets are
found with ``str.find`` from the end of the previous mention, never typed).  The
validator's ``CURRENCIES`` set is extended in memory (not in that file) with ``CNY``
(Chinese yuan, ``69,800 yuan``).

Decisions taken here where the spec and the earlier docstrings are silent, each with the
example that settled it:

* **Oven settings**: a gas mark (``gas mark 4``) is a value on a scale, ``other`` with the
  digits only and unit null, like a Beaufort force; ``180°C`` beside it is a temperature.
* **A fraction of an hour with its unit** (``a quarter of an hour``, ``half an hour``) is one
  ``quantity`` in hours (0.25, 0.5) with the article and the unit inside, like ``One mile
  and a half``; a bare ``half`` (``reduced by half``) stays a fraction, ``other``.
  ``a tablespoonful`` / ``a gallon`` with the article alone are no mentions (like ``a
  dollar``).
* **Kitchen measures** are units: ``tbsp`` / ``tablespoons`` (``tbsp``), ``teaspoon``
  (``tsp``), ``cups`` (``cup``), ``pints`` (``pint``), ``gallons`` (``gal``); a fraction
  before them is a quantity (``1/2 teaspoon`` -> 0.5 tsp, ``3/4 cup`` -> 0.75 cup).
* **Ratios in specifications**: a compression ratio ``6.3:1`` is one ``other`` with value
  null, like an allocation ratio ``2:1``.
* **Locomotives, aircraft and engines**: the Whyte wheel arrangement ``4-6-2`` is one
  ``identifier`` with value null (a code of several numbers); a class ``A4`` is an
  identifier with the letter inside; ``Mk I`` (an abbreviation naming a numbered mark)
  is an ``identifier``, while the Roman number of an engine's name (``Merlin II``) is a
  name's number, ``other``.
* **Four-digit clock times without an hour word** are times of day (``other``, value in
  hours, unit null): in a timetable after ``dep.`` / ``arr.`` (``Oban dep. 0955`` -> 9.9167)
  and in a naval narrative after ``At`` (``At 1600 on 31 May 1916`` -> 16).
* **Hansard**: a written question's number in square brackets after the answer
  (``[185246]``) is an ``identifier`` with the brackets outside (not a footnote); a House
  of Commons paper number in a citation (``HC 1124``) is an ``identifier`` like
  ``Cd. 4499``, its paragraph (``para 2.14``) a ``reference`` with value null.
* **Cricket**: bowling figures ``4-61`` are one ``other`` with value null, like a score; an
  innings ``210 for 6 dec.`` gives two counts; a batting average is ``other``.
  **Athletics**: a placing ``1.`` before the athlete's name in a result list is an
  ``ordinal`` (the dot outside); times with a glued ``s`` (``9.63s``) are quantities in
  ``second``; a football result line with the team names between the goals gives two
  counts, and a scorer's goals (``Hurst 3``) a count.
* **Geological ages** ``452 ± 4 Ma`` are two quantities in ``Ma`` (the first with its digits
  only, like a mean with its deviation); ``5 million years`` is a quantity in years with
  scale 1e6.
* **A rate unit with a negative exponent** ``3.7 mm yr⁻¹`` is one quantity (unit
  ``mm/year``); the superscript exponent is part of the unit, not a mention.  The digit of a
  chemical formula (``CO2``) is no mention, as in the first English development set.
* **Fractions of salary** ``1/60th`` and ``40/60ths`` are one ``other`` each (the ordinal
  suffix inside); ``3 times the pension`` is a multiplier.
* **Technology names**: ``5G`` is a name containing a number, ``other`` with the digit only
  (glued), like ``Covid-19``; chip codes with glued letters (``GB200``, ``H100``) are
  identifiers; storage, charge and frequency with glued units (``128GB``, ``3,900mAh``,
  ``120Hz``) are quantities.
* **Clock hours in letters and diaries** keep the value written: ``10 o'clock at night`` ->
  10 (as ``eleven o'clock`` on a Thursday night in dev_en5); ``till nearly 4`` after a time
  preposition is a time of day, ``other`` 4; an old-style double year stays inside the date
  (``Jan. 14th, 1666/7`` -> 1666).
* **A numbered photograph** ``Photo 51`` is an ``identifier`` (a numbered thing).
* **Unit codes** used: ``m``, ``km``, ``cm``, ``mm``, ``nm``, ``ft``, ``inch``, ``yd``,
  ``mi``, ``nmi``, ``km2``, ``mi2``, ``m3/s``, ``m/s``, ``mm/year``, ``g``, ``kg``, ``lb``,
  ``oz``, ``pint``, ``gal``, ``cup``, ``tbsp``, ``tsp``, ``acre``, ``hide``, ``deg``,
  ``degC``, ``degF``, ``psi``, ``rpm``, ``hp``, ``W``, ``kW``, ``kWh``, ``Hz``, ``GB``,
  ``TB/s``, ``Mbit/s``, ``mAh``, ``GT``, ``kn``, ``mph``, ``mmHg``, ``ppm``, ``Ma``,
  ``magnitude``, ``second``, ``minute``, ``hour``, ``day``, ``week``, ``month``, ``year``,
  ``times``, ``%``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_SPEC = importlib.util.spec_from_file_location(
    "_build_heldout", HERE.parent / "mentions_heldout" / "build_heldout.py"
)
_bh = importlib.util.module_from_spec(_SPEC)
sys.modules["_build_heldout"] = _bh
_SPEC.loader.exec_module(_bh)
_bh.CURRENCIES.update({"CNY"})

M, R = _bh.M, _bh.R
K, MLN, MLRD, TRLN = 1000, 1_000_000, 1_000_000_000, 1_000_000_000_000


def lsd(pounds: float, shillings: float = 0, pence: float = 0) -> float:
    """An amount in pounds, shillings and pence, in pounds."""
    return pounds + shillings / 20 + pence / 240


def hm(h: int, m: float = 0, s: float = 0) -> float:
    """A clock time or duration in hours."""
    return h + m / 60 + s / 3600


def dm(d: int, m: float = 0) -> float:
    """Degrees and minutes of arc, in degrees."""
    return d + m / 60


# fmt: off
# ============================================================================ en
EN = [
    # ---- cookbooks
    ("VICTORIA SANDWICH. Preheat the oven to 180°C, gas mark 4. Cream 225g softened butter with "
     "225g caster sugar, beat in 4 large eggs and fold in 225g self-raising flour; divide "
     "between two 20cm sandwich tins and bake for 20-25 minutes.",
     [M("180°C", 180, "quantity", "degC"), M("4", 4, "other"),
      M("225g", 225, "quantity", "g"), M("225g", 225, "quantity", "g"), M("4", 4, "count"),
      M("225g", 225, "quantity", "g"), M("two", 2, "count"), M("20cm", 20, "quantity", "cm"),
      R("20-25 minutes", 20, 25, "minute")]),
    ("BOILED LEG OF MUTTON. Mode.—Allow a quarter of an hour to every lb. of meat, and 20 "
     "minutes over; thus a leg of 9 lbs. will take 2½ hours. Average cost, 8½d. per lb. "
     "Sufficient for 8 or 9 persons.",
     [M("a quarter of an hour", 0.25, "quantity", "hour"),
      M("20 minutes", 20, "quantity", "minute"), M("9 lbs.", 9, "quantity", "lb"),
      M("2½ hours", 2.5, "quantity", "hour"), M("8½d.", lsd(0, 0, 8.5), "money", "GBP"),
      M("8", 8, "count"), M("9", 9, "count")]),
    ("Buttermilk Biscuits: 2 cups all-purpose flour, 1 tablespoon baking powder, 1/2 teaspoon "
     "baking soda, 6 tablespoons cold butter and 3/4 cup buttermilk. Bake at 450°F for 12 to 15 "
     "minutes. Makes about 12 biscuits.",
     [M("2 cups", 2, "quantity", "cup"), M("1 tablespoon", 1, "quantity", "tbsp"),
      M("1/2 teaspoon", 0.5, "quantity", "tsp"), M("6 tablespoons", 6, "quantity", "tbsp"),
      M("3/4 cup", 0.75, "quantity", "cup"), M("450°F", 450, "quantity", "degF"),
      R("12 to 15 minutes", 12, 15, "minute"), M("12", 12, "count")]),
    ("Seville Orange Marmalade. To every 1 lb. of fruit allow 3 pints of water and 2 lb. of "
     "preserving sugar. Simmer the fruit for about 2 hours, until the peel is quite soft and "
     "the liquid reduced by half; then add the sugar and boil rapidly to 220°F (105°C).",
     [M("1 lb.", 1, "quantity", "lb"), M("3 pints", 3, "quantity", "pint"),
      M("2 lb.", 2, "quantity", "lb"), M("2 hours", 2, "quantity", "hour"),
      M("half", 0.5, "other"), M("220°F", 220, "quantity", "degF"),
      M("105°C", 105, "quantity", "degC")]),
    # ---- household manuals
    ("WASHING BLANKETS.—Dissolve 2 oz. of soap and a tablespoonful of borax in a gallon of "
     "boiling water, add 3 gallons of cold water, and let the blankets soak for an hour. Never "
     "use water hotter than 100° Fahr., or the wool will shrink and harden.",
     [M("2 oz.", 2, "quantity", "oz"), M("3 gallons", 3, "quantity", "gal"),
      M("100° Fahr.", 100, "quantity", "degF")]),
    ("A 100-watt lamp left burning for 10 hours consumes 1 kWh, which at present tariffs costs "
     "about 1¾d.; a 2-kW fire uses as much in half an hour.",
     [M("100-watt", 100, "quantity", "W"), M("10 hours", 10, "quantity", "hour"),
      M("1 kWh", 1, "quantity", "kWh"), M("1¾d.", lsd(0, 0, 1.75), "money", "GBP"),
      M("2-kW", 2, "quantity", "kW"), M("half an hour", 0.5, "quantity", "hour")]),
    ("A WEEKLY BUDGET for a family of five on £4 10s. a week: rent, 17s. 6d.; coal and gas, "
     "6s. 3d.; bread, 14 loaves at 4½d.; milk, 10 pints, 3s. 4d.",
     [M("five", 5, "count"), M("£4 10s.", lsd(4, 10), "money", "GBP"),
      M("17s. 6d.", lsd(0, 17, 6), "money", "GBP"), M("6s. 3d.", lsd(0, 6, 3), "money", "GBP"),
      M("14", 14, "count"), M("4½d.", lsd(0, 0, 4.5), "money", "GBP"),
      M("10 pints", 10, "quantity", "pint"), M("3s. 4d.", lsd(0, 3, 4), "money", "GBP")]),
    ("Load capacity 9 kg; maximum spin speed 1,400 rpm. Use the 40°C cottons programme for "
     "everyday washes; the Eco programme takes 3 hours 39 minutes but uses only about 0.7 kWh.",
     [M("9 kg", 9, "quantity", "kg"), M("1,400 rpm", 1400, "quantity", "rpm"),
      M("40°C", 40, "quantity", "degC"), M("3 hours", 3, "quantity", "hour"),
      M("39 minutes", 39, "quantity", "minute"), M("0.7 kWh", 0.7, "quantity", "kWh")]),
    # ---- engineering and technical specifications
    ("ENGINE.—Six cylinders in line, bore 4.5 in., stroke 5.5 in., compression ratio 6.3:1. "
     "Maximum output 130 b.h.p. at 2,200 r.p.m. Dry weight of engine with starter and dynamo, "
     "1,450 lb.",
     [M("Six", 6, "count"), M("4.5 in.", 4.5, "quantity", "inch"),
      M("5.5 in.", 5.5, "quantity", "inch"), M("6.3:1", None, "other"),
      M("130 b.h.p.", 130, "quantity", "hp"), M("2,200 r.p.m.", 2200, "quantity", "rpm"),
      M("1,450 lb.", 1450, "quantity", "lb")]),
    ("The main span of the Forth Road Bridge is 1,006 m between the towers, which rise 156 m "
     "above mean high water. Each main cable is 600 mm in diameter and made up of 11,618 "
     "galvanised wires of 5 mm. The bridge was opened on 4 September 1964 and cost £19.5 "
     "million.",
     [M("1,006 m", 1006, "quantity", "m"), M("156 m", 156, "quantity", "m"),
      M("600 mm", 600, "quantity", "mm"), M("11,618", 11618, "count"),
      M("5 mm", 5, "quantity", "mm"), M("4 September 1964", 1964, "date"),
      M("£19.5 million", 19.5 * MLN, "money", "GBP", MLN)]),
    ("Principal particulars: length overall 294.1 m; beam 32.3 m; draught 7.9 m; gross "
     "tonnage 90,090 GT. Propulsion: diesel-electric, 4 × 14,400 kW, two azimuthing pods; "
     "service speed 22 knots.",
     [M("294.1 m", 294.1, "quantity", "m"), M("32.3 m", 32.3, "quantity", "m"),
      M("7.9 m", 7.9, "quantity", "m"), M("90,090 GT", 90090, "quantity", "GT"),
      M("4", 4, "count"), M("14,400 kW", 14400, "quantity", "kW"), M("two", 2, "count"),
      M("22 knots", 22, "quantity", "kn")]),
    ("Supermarine Spitfire Mk I. Span 36 ft 10 in; one 1,030 hp Rolls-Royce Merlin II. Maximum "
     "speed 362 mph at 18,500 ft. Armament: eight .303 in Browning machine guns.",
     [M("I", 1, "identifier"), M("36 ft", 36, "quantity", "ft"),
      M("10 in", 10, "quantity", "inch"), M("one", 1, "count"),
      M("1,030 hp", 1030, "quantity", "hp"), M("II", 2, "other"),
      M("362 mph", 362, "quantity", "mph"), M("18,500 ft", 18500, "quantity", "ft"),
      M("eight", 8, "count"), M(".303 in", 0.303, "quantity", "inch")]),
    ("LNER Class A4 No. 4468 Mallard (4-6-2): driving wheels 6 ft 8 in; boiler pressure 250 "
     "psi. On 3 July 1938 she reached 126 mph down Stoke Bank.",
     [M("A4", 4, "identifier"), M("No. 4468", 4468, "identifier"),
      M("4-6-2", None, "identifier"), M("6 ft", 6, "quantity", "ft"),
      M("8 in", 8, "quantity", "inch"), M("250 psi", 250, "quantity", "psi"),
      M("3 July 1938", 1938, "date"), M("126 mph", 126, "quantity", "mph")]),
    # ---- railway and shipping timetables and notices
    ("Mondays to Fridays: the 07.42 Reading to London Paddington will call additionally at "
     "Twyford, Maidenhead and Slough, arriving Paddington 08.31. Passengers for Heathrow should "
     "change at Hayes & Harlington, Platform 4.",
     [M("07.42", hm(7, 42), "other"), M("08.31", hm(8, 31), "other"),
      M("4", 4, "identifier")]),
    ("Engineering work: from 23:30 on Saturday 12 October until 05:00 on Monday 14 October, "
     "buses will replace trains between Preston and Lancaster. Journeys will take up to 40 "
     "minutes longer, and the last train from Preston will leave at 22:47.",
     [M("23:30", 23.5, "other"), M("12 October", None, "date"), M("05:00", 5, "other"),
      M("14 October", None, "date"), M("40 minutes", 40, "quantity", "minute"),
      M("22:47", hm(22, 47), "other")]),
    ("GREAT NORTHERN RAILWAY.—On and after 1st July, 1876, an Express will leave King's Cross "
     "at 10.0 a.m., calling at Peterborough and Grantham only, and arrive at York at 2.10 p.m. "
     "Fares: First Class, 31s. 3d.; Third Class, 15s. 8½d.",
     [M("1st July, 1876", 1876, "date"), M("10.0 a.m.", 10, "other"),
      M("2.10 p.m.", hm(14, 10), "other"), M("31s. 3d.", lsd(0, 31, 3), "money", "GBP"),
      M("15s. 8½d.", lsd(0, 15, 8.5), "money", "GBP")]),
    ("Summer sailings, 28 March to 23 October: Oban dep. 0955, arr. Craignure 1041. Crossing "
     "time 46 minutes. Vehicles over 6.0 m long are charged at twice the car rate.",
     [M("28 March", None, "date"), M("23 October", None, "date"),
      M("0955", hm(9, 55), "other"), M("1041", hm(10, 41), "other"),
      M("46 minutes", 46, "quantity", "minute"), M("6.0 m", 6, "quantity", "m")]),
    ("Notice to Mariners No. 27 of 2024. A yellow special-mark light buoy has been established "
     "in position 50° 47.32′ N, 001° 06.54′ W, in a charted depth of 12.4 m, to mark the wreck "
     "of the MV Ocean Pride, which lies 0.3 nautical miles SE of the buoy.",
     [M("No. 27", 27, "identifier"), M("2024", 2024, "year"),
      M("50° 47.32′", dm(50, 47.32), "quantity", "deg"),
      M("001° 06.54′", dm(1, 6.54), "quantity", "deg"), M("12.4 m", 12.4, "quantity", "m"),
      M("0.3 nautical miles", 0.3, "quantity", "nmi")]),
    # ---- parliamentary debates and committee reports
    ("MR. HUNT asked the Secretary to the Admiralty how many of the 47 torpedo-boat destroyers "
     "ordered under the Programme of 1894–95 had been delivered. MR. AUSTEN CHAMBERLAIN: "
     "Thirty-one have been delivered; of the remaining 16, 9 are completing and 7 are under "
     "trial.",
     [M("47", 47, "count"), R("1894–95", 1894, 1895), M("Thirty-one", 31, "count"),
      M("16", 16, "count"), M("9", 9, "count"), M("7", 7, "count")]),
    ("Chris Philp: There were 147,430 police officers in England and Wales on 31 March 2023, "
     "an increase of 20,951 since 30 September 2019, exceeding the target of 20,000 additional "
     "officers. [185246]",
     [M("147,430", 147430, "count"), M("31 March 2023", 2023, "date"),
      M("20,951", 20951, "count"), M("30 September 2019", 2019, "date"),
      M("20,000", 20000, "count"), M("185246", 185246, "identifier")]),
    ("The Committee took oral evidence on 7 and 14 March 2023 and received 63 written "
     "submissions. We recommend that within six months the Department publish a plan to reduce "
     "the waiting list of 7.6 million patients (paragraph 42).",
     [M("7", None, "date"), M("14 March 2023", 2023, "date"), M("63", 63, "count"),
      M("six months", 6, "quantity", "month"),
      M("7.6 million", 7.6 * MLN, "count", None, MLN), M("42", 42, "identifier")]),
    ("The programme's budget has risen from £37.5 billion in 2017 to an estimated £54.2 "
     "billion, an increase of 45% (HC 1124, para 2.14).",
     [M("£37.5 billion", 37.5 * MLRD, "money", "GBP", MLRD), M("2017", 2017, "year"),
      M("£54.2 billion", 54.2 * MLRD, "money", "GBP", MLRD), M("45%", 45, "percent", "%"),
      M("1124", 1124, "identifier"), M("2.14", None, "reference")]),
    ("Amendment 47, in clause 12, page 8, line 30, leave out '28 days' and insert '14 days'.",
     [M("47", 47, "identifier"), M("12", 12, "identifier"), M("8", 8, "reference"),
      M("30", 30, "reference"), M("28 days", 28, "quantity", "day"),
      M("14 days", 14, "quantity", "day")]),
    ("Lord Salisbury's speech of 14 May 1895 (Parl. Deb., 4th ser., vol. 33, cols. 1123–8) was "
     "reported at length in the next morning's papers.",
     [M("14 May 1895", 1895, "date"), M("4th", 4, "reference"), M("33", 33, "reference"),
      M("1123–8", 1123, "reference", range_end=1128)]),
    # ---- parish, county and local-history records
    ("The parish registers begin in 1558. Baptisms averaged 24 a year in the 1690s but 41 a "
     "year in the 1790s, and burials in the plague year of 1665 numbered 112.",
     [M("1558", 1558, "year"), M("24", 24, "count"), M("1690", 1690, "year", glued=True),
      M("41", 41, "count"), M("1790", 1790, "year", glued=True), M("1665", 1665, "year"),
      M("112", 112, "count")]),
    ("Population of the township at successive censuses: 1801, 412; 1831, 538; 1861, 1,204; "
     "1891, 3,877.",
     [M("1801", 1801, "year"), M("412", 412, "count"), M("1831", 1831, "year"),
      M("538", 538, "count"), M("1861", 1861, "year"), M("1,204", 1204, "count"),
      M("1891", 1891, "year"), M("3,877", 3877, "count")]),
    ("In Domesday Book the manor was assessed at 5 hides. There was land for 8 ploughs; there "
     "were 14 villans and 6 bordars, a mill rendering 10s. and 20 acres of meadow. It was "
     "worth £8 in 1086.",
     [M("5 hides", 5, "quantity", "hide"), M("8", 8, "count"), M("14", 14, "count"),
      M("6", 6, "count"), M("10s.", 0.5, "money", "GBP"),
      M("20 acres", 20, "quantity", "acre"), M("£8", 8, "money", "GBP"),
      M("1086", 1086, "year")]),
    ("The church of St Michael consists of a chancel 32 ft by 18 ft, a nave of four bays with "
     "north and south aisles, and a west tower of the late 14th century. It was restored in "
     "1872–3 at a cost of £2,400, when seating was provided for 320.³²",
     [M("32 ft", 32, "quantity", "ft"), M("18 ft", 18, "quantity", "ft"),
      M("four", 4, "count"), M("14th", 14, "ordinal"), R("1872–3", 1872, 1873),
      M("£2,400", 2400, "money", "GBP"), M("320", 320, "count"),
      M("³²", 32, "reference", glued=True)]),
    ("32. Lancs. Archives, PR 2917/1/3, ff. 12–15; Baines, History of the County Palatine of "
     "Lancaster, ii (1836), 417.",
     [M("32", 32, "reference"), M("2917", 2917, "reference"), M("1", 1, "reference"),
      M("3", 3, "reference"), M("12–15", 12, "reference", range_end=15),
      M("ii", 2, "reference"), M("1836", 1836, "reference"), M("417", 417, "reference")]),
    ("Buried 14 February 1799, Thomas Hebblethwaite of Low Row, yeoman, aged 83. Also Mary his "
     "wife, who died 2nd March 1805, aged 79 years.",
     [M("14 February 1799", 1799, "date"), M("83", 83, "quantity", "year"),
      M("2nd March 1805", 1805, "date"), M("79 years", 79, "quantity", "year")]),
    # ---- sports almanac
    ("Second Test, at Lord's. England 325 (J. E. Root 128; P. J. Cummins 4-61) and 210 for 6 "
     "dec.; Australia 247 (J. M. Anderson 5-43) and 245. England won by 43 runs.",
     [M("325", 325, "count"), M("128", 128, "count"), M("4-61", None, "other"),
      M("210", 210, "count"), M("6", 6, "count"), M("247", 247, "count"),
      M("5-43", None, "other"), M("245", 245, "count"), M("43", 43, "count")]),
    ("Ted Williams hit .406 in 1941, with 37 home runs and 120 runs batted in; on the last day "
     "of the season he went 4-for-5 in the first game of a double-header.",
     [M(".406", 0.406, "other"), M("1941", 1941, "year"), M("37", 37, "count"),
      M("120", 120, "count"), M("4", 4, "count"), M("5", 5, "count")]),
    ("Men's 100 m final (wind +1.5 m/s): 1. Usain Bolt (JAM) 9.63s; 2. Yohan Blake (JAM) "
     "9.75s. Bolt's world record of 9.58s was set in Berlin in 2009.",
     [M("100 m", 100, "quantity", "m"), M("+1.5 m/s", 1.5, "quantity", "m/s"),
      M("1", 1, "ordinal"), M("9.63s", 9.63, "quantity", "second"), M("2", 2, "ordinal"),
      M("9.75s", 9.75, "quantity", "second"), M("9.58s", 9.58, "quantity", "second"),
      M("2009", 2009, "year")]),
    ("London Marathon, 23 April 2023. Men: Kelvin Kiptum (KEN) 2:01:25, a course record. "
     "Women: Sifan Hassan (NED) 2:18:33. A record 48,500 runners finished.",
     [M("23 April 2023", 2023, "date"), M("2:01:25", hm(2, 1, 25), "quantity", "hour"),
      M("2:18:33", hm(2, 18, 33), "quantity", "hour"), M("48,500", 48500, "count")]),
    ("1966 World Cup Final, Wembley, 30 July: England 4 West Germany 2 (after extra time; 2-2 "
     "at 90 minutes). Scorers: Hurst 3, Peters. Attendance 96,924.",
     [M("1966", 1966, "year"), M("30 July", None, "date"), M("4", 4, "count"),
      M("2", 2, "count"), M("2-2", None, "other"), M("90 minutes", 90, "quantity", "minute"),
      M("3", 3, "count"), M("96,924", 96924, "count")]),
    # ---- auction and museum catalogue entries
    ("Lot 214. A George III silver teapot, Hester Bateman, London, 1784, of oval form with "
     "bright-cut borders, 15.5 cm high, 412 g. Estimate £800–1,200.",
     [M("214", 214, "identifier"), M("III", 3, "ordinal"), M("1784", 1784, "year"),
      M("15.5 cm", 15.5, "quantity", "cm"), M("412 g", 412, "quantity", "g"),
      R("£800–1,200", 800, 1200, "GBP")]),
    ("Attributed to Jan van Goyen (1596–1656). River landscape with fishermen. Oil on panel, "
     "36.8 × 52.1 cm. Provenance: Christie's, London, 12 July 1968, lot 87; private collection, "
     "Switzerland. Sold for £63,000.",
     [R("1596–1656", 1596, 1656), M("36.8", 36.8, "quantity", "cm"),
      M("52.1 cm", 52.1, "quantity", "cm"), M("12 July 1968", 1968, "date"),
      M("87", 87, "identifier"), M("£63,000", 63000, "money", "GBP")]),
    ("Dish, tin-glazed earthenware, painted in blue, Lambeth, c. 1680–90. Diam. 34.5 cm. Given "
     "by Mrs E. M. Sayer, 1958. Museum no. C.347-1958.",
     [R("1680–90", 1680, 1690), M("34.5 cm", 34.5, "quantity", "cm"),
      M("1958", 1958, "year"), M("C.347-1958", None, "identifier")]),
    ("Elizabeth II (1952–2022), gold sovereign, 1958, 7.99 g. About uncirculated. Estimate "
     "£450–550.",
     [M("II", 2, "ordinal"), R("1952–2022", 1952, 2022), M("1958", 1958, "year"),
      M("7.99 g", 7.99, "quantity", "g"),
      R("£450–550", 450, 550, "GBP")]),
    ("DICKENS, Charles. Great Expectations. London: Chapman and Hall, 1861. 3 vols., 8vo. First "
     "edition, with 32 pp. of publisher's advertisements in the third volume. Original purple "
     "cloth. £45,000–60,000.",
     [M("1861", 1861, "reference"), M("3", 3, "reference"), M("8vo", 8, "other"),
      M("32", 32, "reference"), R("£45,000–60,000", 45000, 60000, "GBP")]),
    # ---- scientific abstracts
    ("We resurveyed 212 ponds first sampled in 1996–1998. Occupancy by great crested newts fell "
     "from 38% to 24% over 25 years, and the decline was steepest in ponds less than 500 m from "
     "arable land (odds ratio 2.41, 95% CI 1.52–3.83).",
     [M("212", 212, "count"), R("1996–1998", 1996, 1998), R("38% to 24%", 38, 24, "%"),
      M("25 years", 25, "quantity", "year"), M("500 m", 500, "quantity", "m"),
      M("2.41", 2.41, "other"), M("95%", 95, "percent", "%"), R("1.52–3.83", 1.52, 3.83)]),
    ("U–Pb zircon ages of 452 ± 4 Ma and 450 ± 3 Ma from the Borrowdale Volcanic Group show "
     "that the succession, some 6 km thick, accumulated in less than 5 million years.",
     [M("452", 452, "quantity", "Ma"), M("4 Ma", 4, "quantity", "Ma"),
      M("450", 450, "quantity", "Ma"), M("3 Ma", 3, "quantity", "Ma"),
      M("6 km", 6, "quantity", "km"), M("5 million years", 5 * MLN, "quantity", "year", MLN)]),
    ("Global mean surface temperature in 2011–2020 was 1.09 °C (0.95–1.20 °C) higher than in "
     "1850–1900, and atmospheric CO2 reached 410 ppm in 2019; sea level rose at 3.7 mm yr⁻¹ "
     "from 2006 to 2018.",
     [R("2011–2020", 2011, 2020), M("1.09 °C", 1.09, "quantity", "degC"),
      R("0.95–1.20 °C", 0.95, 1.2, "degC"), R("1850–1900", 1850, 1900),
      M("410 ppm", 410, "quantity", "ppm"), M("2019", 2019, "year"),
      M("3.7 mm yr⁻¹", 3.7, "quantity", "mm/year"), R("2006 to 2018", 2006, 2018)]),
    ("In this double-blind trial, 1,204 adults aged 40 to 75 years with hypertension were "
     "randomly assigned in a 1:1 ratio to the polypill or placebo. At 12 weeks, systolic blood "
     "pressure was 7.7 mm Hg lower with the polypill (95% CI, 5.9 to 9.5; P<0.001).",
     [M("1,204", 1204, "count"), R("40 to 75 years", 40, 75, "year"), M("1:1", None, "other"),
      M("12 weeks", 12, "quantity", "week"), M("7.7 mm Hg", 7.7, "quantity", "mmHg"),
      M("95%", 95, "percent", "%"), R("5.9 to 9.5", 5.9, 9.5), M("0.001", 0.001, "other")]),
    ("Among 3.2 million births in England between 2015 and 2021, the stillbirth rate fell from "
     "4.4 to 3.8 per 1,000 births; women in the most deprived quintile had a 1.7-fold higher "
     "risk.",
     [M("3.2 million", 3.2 * MLN, "count", None, MLN), M("2015", 2015, "year"),
      M("2021", 2021, "year"), R("4.4 to 3.8", 4.4, 3.8), M("1,000", 1000, "count"),
      M("1.7-fold", 1.7, "other", "times")]),
    ("The magnitude 6.2 earthquake struck at 03:36 local time on 24 August 2016 at a depth of "
     "about 8 km, 10 km north of Norcia; 299 people were killed.",
     [M("6.2", 6.2, "other", "magnitude"), M("03:36", hm(3, 36), "other"),
      M("24 August 2016", 2016, "date"), M("8 km", 8, "quantity", "km"),
      M("10 km", 10, "quantity", "km"), M("299", 299, "count")]),
    # ---- insurance and pension tables in prose
    ("According to English Life Table No. 17, a man aged 65 can expect to live a further 18.4 "
     "years and a woman 20.9; at 85 the figures are 6.0 and 7.0 years respectively.",
     [M("No. 17", 17, "identifier"), M("65", 65, "quantity", "year"),
      M("18.4 years", 18.4, "quantity", "year"), M("20.9", 20.9, "quantity", "year"),
      M("85", 85, "quantity", "year"), M("6.0", 6, "quantity", "year"),
      M("7.0 years", 7, "quantity", "year")]),
    ("The full new State Pension is £221.20 a week in 2024/25, an increase of 8.5% under the "
     "triple lock. You normally need 35 years of National Insurance contributions to receive "
     "it, and at least 10 to get any State Pension at all.",
     [M("£221.20", 221.2, "money", "GBP"), R("2024/25", 2024, 2025),
      M("8.5%", 8.5, "percent", "%"), M("35 years", 35, "quantity", "year"),
      M("10", 10, "quantity", "year")]),
    ("Of 100,000 males born alive, 98,987 survive to age 20 and 79,350 to age 70, according "
     "to the national life tables for 2020–2022; the probability of dying between 70 and 71 "
     "is 0.0187.",
     [M("100,000", 100000, "count"), M("98,987", 98987, "count"),
      M("20", 20, "quantity", "year"), M("79,350", 79350, "count"),
      M("70", 70, "quantity", "year"), R("2020–2022", 2020, 2022),
      M("70", 70, "quantity", "year"), M("71", 71, "quantity", "year"),
      M("0.0187", 0.0187, "other")]),
    ("Members contribute 5% of pensionable pay and the employer 14.8%. The scheme pays a "
     "pension of 1/60th of final salary for each year of service, up to a maximum of 40/60ths, "
     "and a tax-free lump sum of 3 times the pension.",
     [M("5%", 5, "percent", "%"), M("14.8%", 14.8, "percent", "%"),
      M("1/60th", 1 / 60, "other"), M("40/60ths", 40 / 60, "other"),
      M("3 times", 3, "other", "times")]),
    ("Sun Fire Office policy no. 461,287, dated 15 May 1782: £300 on a dwelling house of brick "
     "and tile and £200 on household goods and stock in trade; premium 16s. a year, duty 6s.",
     [M("no. 461,287", 461287, "identifier"), M("15 May 1782", 1782, "date"),
      M("£300", 300, "money", "GBP"), M("£200", 200, "money", "GBP"),
      M("16s.", 0.8, "money", "GBP"), M("6s.", 0.3, "money", "GBP")]),
    # ---- military history and war diaries
    ("1.7.16. 0730 hrs. Bn attacked in four waves on a frontage of 800 yds. By 0900 hrs. the "
     "leading companies had reached the German second line. Casualties: 19 offrs, 469 ORs.",
     [M("1.7.16", 1916, "date"), M("0730 hrs.", 7.5, "other", "hour"), M("four", 4, "count"),
      M("800 yds", 800, "quantity", "yd"), M("0900 hrs.", 9, "other", "hour"),
      M("19", 19, "count"), M("469", 469, "count")]),
    ("At 1600 on 31 May 1916 Indefatigable blew up after hits from Von der Tann's 11-inch guns, "
     "and 26 minutes later Queen Mary followed; of their combined crews of 2,283 only 9 men "
     "survived.",
     [M("1600", 16, "other"), M("31 May 1916", 1916, "date"),
      M("11-inch", 11, "quantity", "inch"), M("26 minutes", 26, "quantity", "minute"),
      M("2,283", 2283, "count"), M("9", 9, "count")]),
    ("The 2nd Battalion, The Parachute Regiment, dropped near Arnhem on 17 September 1944 with "
     "745 all ranks, and Lt-Col Frost's force held the north end of the road bridge for three "
     "days.",
     [M("2nd", 2, "ordinal"), M("17 September 1944", 1944, "date"), M("745", 745, "count"),
      M("three days", 3, "quantity", "day")]),
    ("Henry V's army at Agincourt on 25 October 1415 numbered perhaps 8,500, of whom about "
     "five-sixths were archers; estimates of the French range from 12,000 to 36,000.",
     [M("V", 5, "ordinal"), M("25 October 1415", 1415, "date"), M("8,500", 8500, "count"),
      M("five-sixths", 5 / 6, "other"), R("12,000 to 36,000", 12000, 36000)]),
    ("Gettysburg, 1–3 July 1863: Union casualties were 23,049, including 3,155 killed; "
     "Confederate losses are usually put at 23,000 to 28,000.",
     [M("1–3 July 1863", 1863, "date"), M("23,049", 23049, "count"), M("3,155", 3155, "count"),
      R("23,000 to 28,000", 23000, 28000)]),
    # ---- modern technology and business news
    ("Apple reported revenue of $119.6 billion for the quarter ended December 30, up 2% year "
     "over year; its installed base passed 2.2 billion active devices.",
     [M("$119.6 billion", 119.6 * MLRD, "money", "USD", MLRD),
      M("December 30", None, "date"), M("2%", 2, "percent", "%"),
      M("2.2 billion", 2.2 * MLRD, "count", None, MLRD)]),
    ("Shares in Rolls-Royce rose 8.2% to 412.5p after the engine maker raised its full-year "
     "profit guidance to between £2.5bn and £2.8bn and said it would resume dividends, "
     "suspended since 2020.",
     [M("8.2%", 8.2, "percent", "%"), M("412.5p", 4.125, "money", "GBP"),
      M("£2.5bn", 2.5 * MLRD, "money", "GBP", MLRD),
      M("£2.8bn", 2.8 * MLRD, "money", "GBP", MLRD), M("2020", 2020, "year")]),
    ("Nvidia's Blackwell GPU packs 208 billion transistors, made on a 4-nanometre process, and "
     "joins its two dies with a 10 TB/s link; the company says its GB200 system delivers up to "
     "30 times the inference performance of the H100.",
     [M("208 billion", 208 * MLRD, "count", None, MLRD),
      M("4-nanometre", 4, "quantity", "nm"), M("two", 2, "count"),
      M("10 TB/s", 10, "quantity", "TB/s"), M("GB200", 200, "identifier"),
      M("30 times", 30, "other", "times"), M("H100", 100, "identifier")]),
    ("Ofcom said outdoor 5G coverage now reached 93% of UK premises, while full-fibre broadband "
     "was available to 57%, or 17 million homes; average download speeds rose 13% to 69.4 "
     "Mbit/s.",
     [M("5", 5, "other", glued=True), M("93%", 93, "percent", "%"), M("57%", 57, "percent", "%"),
      M("17 million", 17 * MLN, "count", None, MLN), M("13%", 13, "percent", "%"),
      M("69.4 Mbit/s", 69.4, "quantity", "Mbit/s")]),
    ("BYD sold 3.02 million new-energy vehicles in 2023, and its Seagull hatchback starts at "
     "69,800 yuan ($9,700).",
     [M("3.02 million", 3.02 * MLN, "count", None, MLN), M("2023", 2023, "year"),
      M("69,800 yuan", 69800, "money", "CNY"), M("$9,700", 9700, "money", "USD")]),
    ("The phone has a 6.1-inch OLED display with a 120Hz refresh rate, 8GB of RAM and 128GB of "
     "storage; its 3,900mAh battery charges to 50% in 30 minutes. Prices start at £799.",
     [M("6.1-inch", 6.1, "quantity", "inch"), M("120Hz", 120, "quantity", "Hz"),
      M("8GB", 8, "quantity", "GB"), M("128GB", 128, "quantity", "GB"),
      M("3,900mAh", 3900, "quantity", "mAh"), M("50%", 50, "percent", "%"),
      M("30 minutes", 30, "quantity", "minute"), M("£799", 799, "money", "GBP")]),
    # ---- letters and diaries
    ("Jan. 14th, 1666/7. Up betimes, and by water to White Hall, it being very cold. Paid my "
     "tailor £3 10s. for my new suit, and so to the office till 10 o'clock at night, and so "
     "home to bed.",
     [M("Jan. 14th, 1666/7", 1666, "date"), M("£3 10s.", lsd(3, 10), "money", "GBP"),
      M("10 o'clock", 10, "other", "hour")]),
    ("My dear Mother,—I received yours of the 3rd inst. with the £5 note, for which many "
     "thanks. We march tomorrow at 6 o'clock for Aldershot, a distance of 28 miles, and I "
     "expect to be there by the 20th.",
     [M("3rd", 3, "ordinal"), M("£5", 5, "money", "GBP"), M("6 o'clock", 6, "other", "hour"),
      M("28 miles", 28, "quantity", "mi"), M("20th", 20, "ordinal")]),
    ("Dear Sis, Just a line to say I am in the pink. We came out of the line on the 14th after 8 "
     "days in, and are billeted in a barn about 5 miles back. Send some fags if you can, they "
     "are 1s. 3d. for 50 here.",
     [M("14th", 14, "ordinal"), M("8 days", 8, "quantity", "day"),
      M("5 miles", 5, "quantity", "mi"), M("1s. 3d.", lsd(0, 1, 3), "money", "GBP"),
      M("50", 50, "count")]),
    ("May 23, 1849. Made 18 miles today and camped on the Platte. Grass poor. Counted 52 wagons "
     "ahead of us at the ford; flour sells here at $1 a pound and the ferrymen ask $5 a wagon.",
     [M("May 23, 1849", 1849, "date"), M("18 miles", 18, "quantity", "mi"),
      M("52", 52, "count"), M("$1", 1, "money", "USD"), M("$5", 5, "money", "USD")]),
    ("Tues. 4 Aug. 1868. Left Zermatt at 2 a.m. with two guides and reached the summit at 9.40, "
     "14,780 ft by Mr. Whymper's reckoning; the descent took 6½ hours.",
     [M("4 Aug. 1868", 1868, "date"), M("2 a.m.", 2, "other"), M("two", 2, "count"),
      M("9.40", hm(9, 40), "other"), M("14,780 ft", 14780, "quantity", "ft"),
      M("6½ hours", 6.5, "quantity", "hour")]),
    ("Monday. Siren went at 11.20 p.m. and we were in the shelter till nearly 4. Mrs P. says 3 "
     "houses are down in Elm Road. The ration is now 2 oz. of tea and 4 oz. of butter a week "
     "each.",
     [M("11.20 p.m.", hm(23, 20), "other"), M("4", 4, "other"), M("3", 3, "count"),
      M("2 oz.", 2, "quantity", "oz"), M("4 oz.", 4, "quantity", "oz")]),
    # ---- encyclopedia articles: rivers, towns, people
    ("The River Wye is the fourth-longest river in the UK, flowing some 250 kilometres (155 mi) "
     "from its source on Plynlimon to the Severn estuary at Chepstow. Its catchment covers "
     "4,136 km², and the mean flow at Redbrook is about 74 m³/s.[2]",
     [M("250 kilometres", 250, "quantity", "km"), M("155 mi", 155, "quantity", "mi"),
      M("4,136 km²", 4136, "quantity", "km2"), M("74 m³/s", 74, "quantity", "m3/s"),
      M("2", 2, "reference")]),
    ("Kendal is a market town in Cumbria, 22 miles (35 km) north of Lancaster. At the 2021 "
     "census it had a population of 29,593. The town received a market charter in 1189, and by "
     "the 16th century its woollen cloth was known throughout England.",
     [M("22 miles", 22, "quantity", "mi"), M("35 km", 35, "quantity", "km"),
      M("2021", 2021, "year"), M("29,593", 29593, "count"), M("1189", 1189, "year"),
      M("16th", 16, "ordinal")]),
    ("Sir Joseph Whitworth, 1st Baronet (21 December 1803 – 22 January 1887), was an English "
     "engineer. In 1841 he devised the British Standard Whitworth thread, with a 55° thread "
     "angle, and in 1868 he founded the Whitworth Scholarships with an endowment of £100,000.",
     [M("1st", 1, "ordinal"), M("21 December 1803", 1803, "date"),
      M("22 January 1887", 1887, "date"), M("1841", 1841, "year"),
      M("55°", 55, "quantity", "deg"), M("1868", 1868, "year"),
      M("£100,000", 100000, "money", "GBP")]),
    ("The Mississippi flows 2,340 miles (3,770 km) from Lake Itasca to the Gulf of Mexico, and "
     "its drainage basin covers about 1.15 million square miles, or 41% of the contiguous "
     "United States.[4]",
     [M("2,340 miles", 2340, "quantity", "mi"), M("3,770 km", 3770, "quantity", "km"),
      M("1.15 million square miles", 1.15 * MLN, "quantity", "mi2", MLN),
      M("41%", 41, "percent", "%"), M("4", 4, "reference")]),
    ("Rosalind Franklin (25 July 1920 – 16 April 1958) was a British chemist whose X-ray "
     "diffraction image of DNA, known as Photo 51, was taken in May 1952. She died of ovarian "
     "cancer at the age of 37.",
     [M("25 July 1920", 1920, "date"), M("16 April 1958", 1958, "date"),
      M("51", 51, "identifier"), M("May 1952", 1952, "date"),
      M("37", 37, "quantity", "year")]),
]
# fmt: on


def main() -> None:
    _bh.build_all({"en": EN}, "heldout8_en", HERE)


if __name__ == "__main__":
    main()
