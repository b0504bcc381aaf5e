"""Build the seventh English numeric-mention development set (``dev_en7_en.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_dev_en7/build_dev_en7.py

A **development** set: the English rules of ``analysis.mentions`` are tuned on it, so its
scores say nothing about generalisation (the held-out sets do that).  It is everyday and
technical English, British and American, in registers the earlier English sets touch only
in passing: product and vehicle specifications and reviews (cars, phones, appliances, a
heat pump, aircraft, ships, a steam locomotive); recipes and cookbooks, modern, Victorian
and 18th-century; classified adverts (property, rentals, jobs, used cars) and auction
lots; sports results and almanacs (county cricket in prose, baseball, athletics, horse
racing, golf); medical leaflets and clinical writing (doses, observations, laboratory
values, a trial abstract); building codes and standards (BS, BS EN, ASTM, ISO numbers);
railway, bus and ferry timetables and fares; school mathematics and physics problems;
weather, shipping-forecast and hydrology bulletins; parliamentary debates and written
answers; parish registers, churchwardens' accounts, county histories and directories;
18th-century and Victorian texts with old money and old measures.  The passages were
written for this set in the style of those registers and annotated **blind**, from
``docs/numeric-mentions.md`` and the decisions in the docstrings of
``tests/data/mentions_heldout/build_heldout.py``, ``mentions_heldout2``,
``mentions_heldout3`` and the ``build_dev_*.py`` scripts, without reading the extractor's
code and without running it on them.  Texts are already normalised (plain spaces, no
NBSP / thin spaces).

Each passage is ``(text, [mentions in text order])`` using the ``M`` / ``R`` helpers and
the ``annotate`` validator of ``tests/data/mentions_heldout/build_heldout.py`` (offsets are
found with ``str.find`` from the end of the previous mention, never typed).  No currency
code beyond the validator's own (``USD``, ``GBP``) is needed.

Decisions taken here where the spec and the earlier docstrings are silent, each with the
example that settled it:

* **Product names with a separate number** (``the Pixel 8``, ``Rolls-Royce Trent 1000``
  engines) are a name containing a number, ``other`` with the digits only, like ``Hornsea
  2`` and ``the FTSE 100``; codes with letters glued to the digits are ``identifier`` with
  the letters inside (``an A3 Pacific``, the postcode district ``BN3``, a door rating
  ``FD30S``, ``ASTM A992``); a type with several numbers (``Boeing 787-9``) is one
  ``identifier`` with value null.  ``IMO 9812345`` is an identifier with ``IMO`` outside.
* **A Mach number** (``cruises at Mach 0.85``) is a bare value on a scale, ``other`` with
  ``Mach`` outside and no unit.  A heat pump's seasonal efficiency (``3.4``) is a
  coefficient, ``other``.
* **Cookery**: an oven setting ``gas 4`` is a level on a scale, ``other`` 4 with ``gas``
  outside and no unit (like ``force 6``); an oven temperature with a glued ``C``
  (``180C/160C fan``) is ``degC``; spoon and cup measures are units (``1 teaspoonful``
  -> ``tsp``, ``3/4 cup`` -> 0.75 ``cup``, ``2 1/4 cups`` -> 2.25 ``cup``, ``½ pint`` ->
  ``pint``); sticks of butter and jars are counted (``(2 sticks)`` -> ``2`` ``count``,
  ``5 x 450g jars`` -> ``5`` and ``450g``); ``5 dozen`` is one ``count`` 60; a fraction
  phrase before a unit keeps its article and ``of`` inside (``half a Pint`` -> 0.5 pint,
  ``a quarter of an Ounce`` -> 0.25 oz, ``a Pound and a half`` of butter -> 1.5 ``lb``).
* **Car adverts**: the engine size in a model designation without a unit (``CORSA 1.2
  SE``) is a name containing a number, ``other`` 1.2; the registration-plate age code in
  ``(66 reg)`` is an ``identifier``; ``5dr`` is a ``count`` with the digit only, like
  ``2BR``.
* **Cricket figures written with a hyphen** (bowling ``4-71``, a declared total ``205-7
  dec``, ``198-9``, a series ``2-2``) are one ``other`` each with value null, like a
  won-lost record; with ``for`` in words they stay two counts (``three for 34``, as
  ``112 for two``); championship points ``11pts`` are ``other`` with unit ``point``.
* **Race cards**: a race named by its off time (``3.30 Cheltenham``) is a time of day,
  ``other`` 3.5 as written; a distance ``3m 2½f`` gives two quantities, miles and
  furlongs (``mi``, ``furlong``); a placing ``1.`` / ``2.`` before a horse is an
  ``ordinal`` (the dot outside); odds ``4-6`` and ``7-1`` are ``other`` with value null;
  winning distances in lengths are counts (``3 lengths`` -> ``3``).
* **Golf**: a round's strokes (``a 66``), the aggregate ``277`` and ``11-under-par``
  (digits only) are ``count``.
* **Clinical notes**: a respiratory rate ``26/min`` is a quantity in ``1/min``; a count in
  scientific notation with a unit ``15.8 × 10⁹/L`` is one ``quantity`` (1.58e10, unit
  ``1/l``); a score's name ``CURB-65`` is a name containing a number (``other`` 65) and the
  score itself (``score 3``) a value on a scale, ``other``; an INR is ``other`` and its
  target range ``2.0-3.0`` a ``range`` without unit; ``2°C - 8°C`` is one range in
  ``degC``; ``sats 89%`` a ``percent``.
* **Standards**: a standard number with its edition year (``ISO 9001:2015``) is one
  ``identifier`` whose value is the standard's own number (9001), like ``No.2/2020``;
  designations with parts or amendments (``BS 8500-2:2015+A2:2019``, ``BS EN 1634-1``),
  a concrete class ``RC32/40`` and ``clause 6.2.3`` are one identifier with value null;
  the prefix (``BS``, ``BS EN``, ``ISO``, ``ASTM``) stays outside.  An edition year and a
  paragraph inside a bracketed citation (``(Approved Document K, 2013 edition, para.
  1.36)``) are ``reference``, the paragraph with value null.  ``between 150 mm and 220 mm``
  gives two quantities.
* **Timetables**: a journey time ``1h 33m`` gives two quantities, ``33m`` being minutes
  after an hour figure; ``under-5s`` is an age, a ``quantity`` of 5 years with the digit
  only; ``Railcards save 1/3`` is a fraction, ``other``.
* **School exercises**: exam marks ``[4 marks]`` are ``other`` with unit ``point`` like
  scores in points; a question number (``1.``, ``Question 7``) and sub-question numerals
  ``(i)``, ``(ii)`` are ``identifier``; ``to 2 significant figures`` and ``to 1 decimal
  place`` are counts; a ratio ``3:4`` is ``other`` with value null.
* **Weather**: in a shipping forecast a wind range ``Southwest 5 to 7`` is a ``range`` in
  ``Beaufort`` and ``gale 8`` an ``other`` in ``Beaufort``; a Victorian temperature with the
  decimal after the degree sign (``46°.4``) is one quantity 46.4 ``degF``; ``Low around 68``
  in an American forecast is ``degF``; ``between a quarter and half of an inch`` gives two
  quantities in ``inch`` (the first with its words only); ``30.92 inches on 181 days``
  makes ``181 days`` a quantity, as ``on 163 days`` in ``mentions_dev_en5``.
* **Old money and hours**: ``between the Hours of Three and Six in the Afternoon`` gives
  two times of day (15 and 18, the afternoon shared as in ``between 4 and 6 p.m.``);
  ``half a crown`` is ``money`` 0.125 GBP; churchwardens' amounts in Roman numerals follow
  ``mentions_dev_en3`` (``iij s. iiij d.`` -> 0.1667); ``6 dozen`` candles is a count 72.
* **Unit codes** used: ``m``, ``cm``, ``mm``, ``mi``, ``nmi``, ``ft2``, ``inch``, ``yd``,
  ``furlong``, ``acre``, ``g``, ``kg``, ``mg``, ``lb``, ``oz``, ``ton``, ``cwt``, ``L``,
  ``ml``, ``pint``, ``gal``, ``tsp``, ``cup``, ``kg/m3``, ``g/l``, ``mg/l``, ``mmol/l``,
  ``umol/l``, ``1/l``, ``mg/kg/d``, ``m/s``, ``m/s2``, ``mph``, ``kn``, ``rpm``, ``hp``,
  ``N*m``, ``kW``, ``kWh``, ``mAh``, ``GB``, ``dB``, ``TEU``, ``ksi``, ``ohm``, ``V``,
  ``mpg``, ``hPa``, ``mmHg``, ``1/min``, ``degC``, ``degF``, ``deg``, ``Beaufort``,
  ``second``, ``minute``, ``hour``, ``day``, ``week``, ``month``, ``year``, ``point``,
  ``%``; currencies ``GBP`` and ``USD``.
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

M, R = _bh.M, _bh.R
K, MLN, MLRD, TRLN = 1000, 1_000_000, 1_000_000_000, 1_000_000_000_000


def lsd(pounds: float, shillings: float = 0, pence: float = 0) -> float:
    """An amount in pounds, shillings and pence, in pounds."""
    return pounds + shillings / 20 + pence / 240


def hm(h: int, m: int = 0, s: float = 0) -> float:
    """A clock time or duration in hours."""
    return h + m / 60 + s / 3600


# fmt: off
# ============================================================================ en
EN = [
    # ---- product and vehicle specifications and reviews
    ("The 2.0-litre four-cylinder turbo produces 261bhp and 400Nm, enough for 0-62mph in 5.8 "
     "seconds, and we averaged 31.4mpg over a week of mixed driving.",
     [M("2.0-litre", 2.0, "quantity", "L"), M("four", 4, "count"),
      M("261bhp", 261, "quantity", "hp"), M("400Nm", 400, "quantity", "N*m"),
      R("0-62mph", 0, 62, "mph"), M("5.8 seconds", 5.8, "quantity", "second"),
      M("31.4mpg", 31.4, "quantity", "mpg")]),
    ("Range is up to 310 miles on the WLTP cycle from the 77kWh battery, and a 10-80% top-up "
     "takes 28 minutes at a 170kW rapid charger. Boot space is 490 litres.",
     [M("310 miles", 310, "quantity", "mi"), M("77kWh", 77, "quantity", "kWh"),
      R("10-80%", 10, 80, "%"), M("28 minutes", 28, "quantity", "minute"),
      M("170kW", 170, "quantity", "kW"), M("490 litres", 490, "quantity", "L")]),
    ("The Pixel 8 has a 6.2-inch screen and 128GB of storage as standard; its 4,575mAh "
     "battery lasted a day and a half in our tests, and it costs £699 SIM-free.",
     [M("8", 8, "other"), M("6.2-inch", 6.2, "quantity", "inch"),
      M("128GB", 128, "quantity", "GB"), M("4,575mAh", 4575, "quantity", "mAh"),
      M("a day and a half", 1.5, "quantity", "day"), M("£699", 699, "money", "GBP")]),
    ("Load capacity 9kg; max spin speed 1400rpm; energy class A (48kWh per 100 cycles); "
     "noise level 71dB; 2-year parts and labour guarantee.",
     [M("9kg", 9, "quantity", "kg"), M("1400rpm", 1400, "quantity", "rpm"),
      M("48kWh", 48, "quantity", "kWh"), M("100", 100, "count"),
      M("71dB", 71, "quantity", "dB"), M("2-year", 2, "quantity", "year")]),
    ("The Boeing 787-9 typically seats 290 passengers and has a range of 7,530 nmi; it "
     "cruises at Mach 0.85 on two Rolls-Royce Trent 1000 engines.",
     [M("787-9", None, "identifier"), M("290", 290, "count"),
      M("7,530 nmi", 7530, "quantity", "nmi"), M("0.85", 0.85, "other"),
      M("two", 2, "count"), M("1000", 1000, "other")]),
    ("The 7,200 TEU container ship, delivered in 2019, is 299.9 m long overall; her "
     "26,160 kW main engine gives a service speed of 15.5 knots (IMO 9812345).",
     [M("7,200 TEU", 7200, "quantity", "TEU"), M("2019", 2019, "year"),
      M("299.9 m", 299.9, "quantity", "m"), M("26,160 kW", 26160, "quantity", "kW"),
      M("15.5 knots", 15.5, "quantity", "kn"), M("9812345", 9812345, "identifier")]),
    ("No. 4472 Flying Scotsman, an A3 Pacific built at Doncaster in 1923, weighs 96 tons "
     "5 cwt in working order; on 30 November 1934 she became the first steam locomotive "
     "officially recorded at 100 mph.",
     [M("No. 4472", 4472, "identifier"), M("A3", 3, "identifier"), M("1923", 1923, "year"),
      M("96 tons", 96, "quantity", "ton"), M("5 cwt", 5, "quantity", "cwt"),
      M("30 November 1934", 1934, "date"), M("100 mph", 100, "quantity", "mph")]),
    ("Our 1930s semi was kept at 21°C through January by an 8kW air-source heat pump, "
     "which used 1,312kWh at a seasonal efficiency of 3.4; at 24.5p per kWh that came to "
     "£321.",
     [M("1930", 1930, "year", glued=True), M("21°C", 21, "quantity", "degC"),
      M("8kW", 8, "quantity", "kW"), M("1,312kWh", 1312, "quantity", "kWh"),
      M("3.4", 3.4, "other"), M("24.5p", 0.245, "money", "GBP"),
      M("£321", 321, "money", "GBP")]),
    # ---- recipes and cookbooks
    ("Heat the oven to 180C/160C fan/gas 4. Beat 225g each of butter and caster sugar, add "
     "4 eggs and bake in two 20cm sandwich tins for 20-25 mins.",
     [M("180C", 180, "quantity", "degC"), M("160C", 160, "quantity", "degC"),
      M("4", 4, "other"), M("225g", 225, "quantity", "g"), M("4", 4, "count"),
      M("two", 2, "count"), M("20cm", 20, "quantity", "cm"),
      R("20-25 mins", 20, 25, "minute")]),
    ("INGREDIENTS.—1 lb. of flour, ¼ lb. of butter, ½ lb. of currants, 2 eggs, ½ pint of "
     "milk, 1 teaspoonful of baking-powder. Time.—1½ to 2 hours. Average cost, 1s. 3d.",
     [M("1 lb.", 1, "quantity", "lb"), M("¼ lb.", 0.25, "quantity", "lb"),
      M("½ lb.", 0.5, "quantity", "lb"), M("2", 2, "count"),
      M("½ pint", 0.5, "quantity", "pint"), M("1 teaspoonful", 1, "quantity", "tsp"),
      R("1½ to 2 hours", 1.5, 2, "hour"), M("1s. 3d.", lsd(0, 1, 3), "money", "GBP")]),
    ("2 1/4 cups all-purpose flour; 1 cup (2 sticks) butter, softened; 3/4 cup packed brown "
     "sugar. Bake at 375°F for 9 to 11 minutes. Makes about 5 dozen cookies.",
     [M("2 1/4 cups", 2.25, "quantity", "cup"), M("1 cup", 1, "quantity", "cup"),
      M("2", 2, "count"), M("3/4 cup", 0.75, "quantity", "cup"),
      M("375°F", 375, "quantity", "degF"), R("9 to 11 minutes", 9, 11, "minute"),
      M("5 dozen", 60, "count")]),
    ("Strawberry jam (makes about 5 x 450g jars): 1.8kg strawberries, 1.6kg jam sugar. "
     "Boil rapidly for 8-10 minutes until the jam reaches 105°C, then leave for 15 minutes "
     "before potting.",
     [M("5", 5, "count"), M("450g", 450, "quantity", "g"), M("1.8kg", 1.8, "quantity", "kg"),
      M("1.6kg", 1.6, "quantity", "kg"), R("8-10 minutes", 8, 10, "minute"),
      M("105°C", 105, "quantity", "degC"), M("15 minutes", 15, "quantity", "minute")]),
    ("To make a Plumb Cake. Take four Pounds of Flour, three Pounds of Currants, a Pound and "
     "a half of Butter, twelve Eggs, half a Pint of Sack, and a quarter of an Ounce of Mace; "
     "bake it two Hours in a quick Oven.",
     [M("four Pounds", 4, "quantity", "lb"), M("three Pounds", 3, "quantity", "lb"),
      M("a Pound and a half", 1.5, "quantity", "lb"), M("twelve", 12, "count"),
      M("half a Pint", 0.5, "quantity", "pint"),
      M("a quarter of an Ounce", 0.25, "quantity", "oz"),
      M("two Hours", 2, "quantity", "hour")]),
    # ---- classified adverts and auction lots
    ("HOVE, BN3. Spacious 2 bed first floor flat, 5 mins walk to seafront, share of "
     "freehold. Service charge approx £1,100 pa. OIRO £325,000. Viewing 01273 555018.",
     [M("BN3", 3, "identifier"), M("2", 2, "count"), M("5 mins", 5, "quantity", "minute"),
      M("£1,100", 1100, "money", "GBP"), M("£325,000", 325000, "money", "GBP"),
      M("01273 555018", None, "identifier")]),
    ("FOR RENT—2BR/1BA apt, 900 sq. ft., heat & hot water incl. $1,650/mo. Avail. Sept. 1. "
     "Call (617) 555-0142.",
     [M("2", 2, "count", glued=True), M("1", 1, "count", glued=True),
      M("900 sq. ft.", 900, "quantity", "ft2"), M("$1,650/mo.", 1650, "money", "USD"),
      M("Sept. 1", None, "date"), M("(617) 555-0142", None, "identifier")]),
    ("Staff Nurse, Band 5. Salary £28,407 - £34,581 per annum pro rata; 37.5 hours per "
     "week. Closing date: 12 July 2024. Ref: 232-MED-4471.",
     [M("5", 5, "identifier"), R("£28,407 - £34,581", 28407, 34581, "GBP"),
      M("37.5 hours", 37.5, "quantity", "hour"), M("12 July 2024", 2024, "date"),
      M("232-MED-4471", None, "identifier")]),
    ("VAUXHALL CORSA 1.2 SE, 2016 (66 reg), 5dr, 48,000 miles, MOT till March 2025. "
     "£5,495 ono.",
     [M("1.2", 1.2, "other"), M("2016", 2016, "year"), M("66", 66, "identifier"),
      M("5", 5, "count", glued=True), M("48,000 miles", 48000, "quantity", "mi"),
      M("March 2025", 2025, "date"), M("£5,495", 5495, "money", "GBP")]),
    ("Lot 231. A George III silver coffee pot, maker's mark of Hester Bateman, London 1783, "
     "29.5cm high, 27.6oz. Estimate £1,500-2,000.",
     [M("231", 231, "identifier"), M("III", 3, "ordinal"), M("1783", 1783, "year"),
      M("29.5cm", 29.5, "quantity", "cm"), M("27.6oz", 27.6, "quantity", "oz"),
      R("£1,500-2,000", 1500, 2000, "GBP")]),
    # ---- sports results and almanacs
    ("At Lord's: Middlesex 312 (Malan 104; Broad 4-71) and 205-7 dec; Nottinghamshire 268 "
     "and 198-9. Match drawn. Middlesex 11pts.",
     [M("312", 312, "count"), M("104", 104, "count"), M("4-71", None, "other"),
      M("205-7", None, "other"), M("268", 268, "count"), M("198-9", None, "other"),
      M("11pts", 11, "other", "point")]),
    ("Chasing 276, Australia were bowled out for 187 in 41.2 overs, Mark Wood taking three "
     "for 34, and England squared the series 2-2.",
     [M("276", 276, "count"), M("187", 187, "count"), M("41.2", 41.2, "count"),
      M("three", 3, "count"), M("34", 34, "count"), M("2-2", None, "other")]),
    ("Judge went 3-for-4 with his 52nd homer as the Yankees beat Boston 8-3 before 46,125; "
     "Cole (14-5) struck out 11.",
     [M("3", 3, "count"), M("4", 4, "count"), M("52nd", 52, "ordinal"),
      M("8-3", None, "other"), M("46,125", 46125, "count"), M("14-5", None, "other"),
      M("11", 11, "count")]),
    ("Jakob Ingebrigtsen won the 1500m in 3:29.65 from Josh Kerr (3:29.71), and Malaika "
     "Mihambo led the long jump qualifiers with 6.86m (wind +0.4m/s).",
     [M("1500m", 1500, "quantity", "m"), M("3:29.65", hm(0, 3, 29.65), "quantity", "hour"),
      M("3:29.71", hm(0, 3, 29.71), "quantity", "hour"), M("6.86m", 6.86, "quantity", "m"),
      M("+0.4m/s", 0.4, "quantity", "m/s")]),
    ("3.30 Cheltenham (Gold Cup, 3m 2½f): 1. Galopin Des Champs 4-6 fav; 2. Gerri Colombe "
     "7-1. Won by 3 lengths.",
     [M("3.30", hm(3, 30), "other"), M("3m", 3, "quantity", "mi"),
      M("2½f", 2.5, "quantity", "furlong"), M("1", 1, "ordinal"), M("4-6", None, "other"),
      M("2", 2, "ordinal"), M("7-1", None, "other"), M("3", 3, "count")]),
    ("Scottie Scheffler closed with a 66 to win by four shots on 11-under-par 277, "
     "collecting $3.6 million, and birdied the 510-yard 13th on Sunday.",
     [M("66", 66, "count"), M("four", 4, "count"), M("11", 11, "count"),
      M("277", 277, "count"), M("$3.6 million", 3.6 * MLN, "money", "USD", MLN),
      M("510-yard", 510, "quantity", "yd"), M("13th", 13, "ordinal")]),
    # ---- medical leaflets and clinical writing
    ("Adults and children aged 16 years and over: take 1 or 2 tablets every 4 to 6 hours. "
     "Do not take more than 8 tablets in 24 hours.",
     [M("16 years", 16, "quantity", "year"), M("1", 1, "count"), M("2", 2, "count"),
      R("4 to 6 hours", 4, 6, "hour"), M("8", 8, "count"),
      M("24 hours", 24, "quantity", "hour")]),
    ("Each 5 ml contains 250 mg amoxicillin. Children: 20 to 90 mg/kg/day in 2 or 3 "
     "divided doses. Store at 2°C - 8°C and discard after 14 days.",
     [M("5 ml", 5, "quantity", "ml"), M("250 mg", 250, "quantity", "mg"),
      R("20 to 90 mg/kg/day", 20, 90, "mg/kg/d"), M("2", 2, "count"), M("3", 3, "count"),
      R("2°C - 8°C", 2, 8, "degC"), M("14 days", 14, "quantity", "day")]),
    ("A 67-year-old man with productive cough: temperature 38.9°C, BP 98/61 "
     "mmHg, RR 26/min, sats 89% on air; CURB-65 score 3.",
     [M("67-year-old", 67, "quantity", "year"), M("38.9°C", 38.9, "quantity", "degC"),
      M("98", 98, "quantity", "mmHg"),
      M("61 mmHg", 61, "quantity", "mmHg"), M("26/min", 26, "quantity", "1/min"),
      M("89%", 89, "percent", "%"), M("65", 65, "other"), M("3", 3, "other")]),
    ("Bloods: Hb 104 g/L, WCC 15.8 × 10⁹/L, Na 131 mmol/L, K 5.6 mmol/L, creatinine "
     "168 µmol/L, CRP 187 mg/L.",
     [M("104 g/L", 104, "quantity", "g/l"), M("15.8 × 10⁹/L", 15.8e9, "quantity", "1/l"),
      M("131 mmol/L", 131, "quantity", "mmol/l"), M("5.6 mmol/L", 5.6, "quantity", "mmol/l"),
      M("168 µmol/L", 168, "quantity", "umol/l"), M("187 mg/L", 187, "quantity", "mg/l")]),
    ("Over a median follow-up of 2.4 years the primary outcome occurred in 9.2% of patients "
     "on dapagliflozin and 14.5% on placebo (HR 0.61; 95% CI 0.51 to 0.72; P<0.001).",
     [M("2.4 years", 2.4, "quantity", "year"), M("9.2%", 9.2, "percent", "%"),
      M("14.5%", 14.5, "percent", "%"), M("0.61", 0.61, "other"),
      M("95%", 95, "percent", "%"), R("0.51 to 0.72", 0.51, 0.72),
      M("0.001", 0.001, "other")]),
    ("Your target INR is 2.5 (range 2.0-3.0). Your next blood test is on Tuesday 9 April at "
     "10.20am in Room 14; please bring your yellow book.",
     [M("2.5", 2.5, "other"), R("2.0-3.0", 2.0, 3.0), M("9 April", None, "date"),
      M("10.20am", hm(10, 20), "other"), M("14", 14, "identifier")]),
    # ---- building codes and standards
    ("Concrete shall be designated concrete RC32/40 to BS 8500-2:2015+A2:2019, with a "
     "minimum cement content of 320 kg/m³, a maximum w/c ratio of 0.55 and a nominal cover "
     "of 40 mm (see clause 6.2.3).",
     [M("RC32/40", None, "identifier"), M("8500-2:2015+A2:2019", None, "identifier"),
      M("320 kg/m³", 320, "quantity", "kg/m3"), M("0.55", 0.55, "other"),
      M("40 mm", 40, "quantity", "mm"), M("6.2.3", None, "identifier")]),
    ("The rise of each step should be between 150 mm and 220 mm, with a maximum pitch of "
     "42°, and handrails should be fixed 900 mm to 1000 mm above the pitch line (Approved "
     "Document K, 2013 edition, para. 1.36).",
     [M("150 mm", 150, "quantity", "mm"), M("220 mm", 220, "quantity", "mm"),
      M("42°", 42, "quantity", "deg"), R("900 mm to 1000 mm", 900, 1000, "mm"),
      M("2013", 2013, "reference"), M("1.36", None, "reference")]),
    ("Wide-flange shapes shall be ASTM A992 (Fy = 50 ksi) and plates ASTM A36; bolts shall "
     "be ASTM F3125 Grade A325, 3/4 in. diameter. The fabricator shall hold certification "
     "to ISO 9001:2015.",
     [M("A992", 992, "identifier"), M("50 ksi", 50, "quantity", "ksi"),
      M("A36", 36, "identifier"), M("F3125", 3125, "identifier"),
      M("A325", 325, "identifier"), M("3/4 in.", 0.75, "quantity", "inch"),
      M("9001:2015", 9001, "identifier")]),
    ("Regulation 7(2) of the Building Regulations 2010 bans combustible materials in the "
     "external walls of relevant buildings with a storey at least 18 m above ground level. "
     "Flat entrance doors must give 30 minutes' fire resistance (FD30S) when tested to "
     "BS EN 1634-1.",
     [M("7", 7, "identifier"), M("2", 2, "identifier"), M("2010", 2010, "year"),
      M("18 m", 18, "quantity", "m"), M("30 minutes", 30, "quantity", "minute"),
      M("FD30S", 30, "identifier"), M("1634-1", None, "identifier")]),
    # ---- railway, bus and shipping timetables and fares
    ("Mondays to Fridays: London Paddington dep 07:00 and every 30 minutes until 21:30; "
     "journey time from 1h 33m. Anytime Day Single £132.50. Railcards save 1/3.",
     [M("07:00", 7, "other"), M("30 minutes", 30, "quantity", "minute"),
      M("21:30", hm(21, 30), "other"), M("1h", 1, "quantity", "hour"),
      M("33m", 33, "quantity", "minute"), M("£132.50", 132.5, "money", "GBP"),
      M("1/3", 1 / 3, "other")]),
    ("Service 18 runs every 10 minutes until 19:05, then half-hourly until 23:35. Adult "
     "single £2 (capped until 31 December 2024); under-5s travel free.",
     [M("18", 18, "identifier"), M("10 minutes", 10, "quantity", "minute"),
      M("19:05", hm(19, 5), "other"), M("23:35", hm(23, 35), "other"),
      M("£2", 2, "money", "GBP"), M("31 December 2024", 2024, "date"),
      M("5", 5, "quantity", "year", glued=True)]),
    ("Holyhead to Dublin: sailings daily at 02:40, 08:55 and 14:10; crossing time 3 hrs 15 "
     "mins. Car and up to 4 passengers from £89 each way.",
     [M("02:40", hm(2, 40), "other"), M("08:55", hm(8, 55), "other"),
      M("14:10", hm(14, 10), "other"), M("3 hrs", 3, "quantity", "hour"),
      M("15 mins", 15, "quantity", "minute"), M("4", 4, "count"),
      M("£89", 89, "money", "GBP")]),
    ("Trains leave Euston Square for Liverpool at 6.15 and 10.0 a.m.; the 10.0 a.m. express "
     "performs the 201 miles in 5¼ hours. Fares: 1st class, 35s.",
     [M("6.15", hm(6, 15), "other"), M("10.0 a.m.", 10, "other"),
      M("10.0 a.m.", 10, "other"), M("201 miles", 201, "quantity", "mi"),
      M("5¼ hours", 5.25, "quantity", "hour"), M("1st", 1, "ordinal"),
      M("35s.", lsd(0, 35), "money", "GBP")]),
    # ---- school mathematics and physics problems
    ("1. A car accelerates uniformly from rest to 24 m/s in 8.0 s. (a) Calculate its "
     "acceleration. (b) Calculate the distance it travels in this time. [4 marks]",
     [M("1", 1, "identifier"), M("24 m/s", 24, "quantity", "m/s"),
      M("8.0 s", 8.0, "quantity", "second"), M("4 marks", 4, "other", "point")]),
    ("Question 7. A rectangular field is 120 m long and 85 m wide. Fencing costs £12.50 per "
     "metre. (a) Work out the cost of fencing the field. (b) The farmer sows 3/5 of the "
     "field with barley. Work out the area sown.",
     [M("7", 7, "identifier"), M("120 m", 120, "quantity", "m"),
      M("85 m", 85, "quantity", "m"), M("£12.50", 12.5, "money", "GBP"),
      M("3/5", 0.6, "other")]),
    ("Resistors of 12 Ω and 6.0 Ω are connected in parallel across a 9.0 V battery. Show "
     "that their combined resistance is 4.0 Ω and calculate the current, giving your answer "
     "to 2 significant figures.",
     [M("12 Ω", 12, "quantity", "ohm"), M("6.0 Ω", 6.0, "quantity", "ohm"),
      M("9.0 V", 9.0, "quantity", "V"), M("4.0 Ω", 4.0, "quantity", "ohm"),
      M("2", 2, "count")]),
    ("In a class of 30 pupils, 18 walk to school and 7 come by bus. (a) Write the number who "
     "come by bus as a percentage, to 1 decimal place. (b) Share £84 between Amy and Ben in "
     "the ratio 3:4.",
     [M("30", 30, "count"), M("18", 18, "count"), M("7", 7, "count"), M("1", 1, "count"),
      M("£84", 84, "money", "GBP"), M("3:4", None, "other")]),
    ("A ball of mass 0.15 kg is thrown vertically upwards at 12 m/s. Taking g = 9.8 m/s², "
     "find (i) the greatest height reached and (ii) the time taken to return to the "
     "thrower's hand. (6 marks)",
     [M("0.15 kg", 0.15, "quantity", "kg"), M("12 m/s", 12, "quantity", "m/s"),
      M("9.8 m/s²", 9.8, "quantity", "m/s2"), M("i", 1, "identifier", skip=1),
      M("ii", 2, "identifier"), M("6 marks", 6, "other", "point")]),
    ("If 7 yards of cloth cost £2 12s. 6d., what will 15 yards cost at the same rate? A "
     "cistern holding 360 gallons is filled by a pipe in 3 hours and emptied by a waste-pipe "
     "in 4½ hours; if both are open, in what time will it be filled?",
     [M("7 yards", 7, "quantity", "yd"), M("£2 12s. 6d.", lsd(2, 12, 6), "money", "GBP"),
      M("15 yards", 15, "quantity", "yd"), M("360 gallons", 360, "quantity", "gal"),
      M("3 hours", 3, "quantity", "hour"), M("4½ hours", 4.5, "quantity", "hour")]),
    # ---- weather and hydrology bulletins
    ("Dogger, Fisher, German Bight: Southwest 5 to 7, occasionally gale 8 later. Moderate or "
     "rough. Rain then showers. Good, occasionally poor. Issued at 0505 on Tuesday 14 "
     "November 2023.",
     [R("5 to 7", 5, 7, "Beaufort"), M("8", 8, "other", "Beaufort"),
      M("0505", hm(5, 5), "other"), M("14 November 2023", 2023, "date")]),
    ("Yesterday's extremes: highest maximum 29.4°C at Heathrow, lowest minimum 3.1°C at "
     "Tulloch Bridge, wettest 38.6mm at Capel Curig. Pressure 1021hPa over Biscay at 0600 "
     "GMT.",
     [M("29.4°C", 29.4, "quantity", "degC"), M("3.1°C", 3.1, "quantity", "degC"),
      M("38.6mm", 38.6, "quantity", "mm"), M("1021hPa", 1021, "quantity", "hPa"),
      M("0600", 6, "other")]),
    ("Tonight: Scattered showers and thunderstorms, mainly after 9pm. Low around 68. South "
     "wind 10 to 15 mph. Chance of precipitation is 60%. New rainfall amounts between a "
     "quarter and half of an inch possible.",
     [M("9pm", 21, "other"), M("68", 68, "quantity", "degF"),
      R("10 to 15 mph", 10, 15, "mph"), M("60%", 60, "percent", "%"),
      M("a quarter", 0.25, "quantity", "inch"),
      M("half of an inch", 0.5, "quantity", "inch")]),
    ("River Severn at Bewdley: 5.21 m at 08:00 on 26 February and rising slowly; highest "
     "recorded level 5.56 m (November 2000).",
     [M("5.21 m", 5.21, "quantity", "m"), M("08:00", 8, "other"),
      M("26 February", None, "date"), M("5.56 m", 5.56, "quantity", "m"),
      M("November 2000", 2000, "date")]),
    ("The rainfall at Greenwich in 1879 was 30.92 inches on 181 days, being 6.29 inches above "
     "the average; the mean temperature of the year was 46°.4, the lowest since 1860.",
     [M("1879", 1879, "year"), M("30.92 inches", 30.92, "quantity", "inch"),
      M("181 days", 181, "quantity", "day"), M("6.29 inches", 6.29, "quantity", "inch"),
      M("46°.4", 46.4, "quantity", "degF"), M("1860", 1860, "year")]),
    ("Reservoir stocks stood at 47.3% of capacity on 1 August, against a long-term average "
     "of 71%. July rainfall was 38% of the 1991-2020 average, and a hosepipe ban affecting "
     "2.2 million customers begins on Friday.",
     [M("47.3%", 47.3, "percent", "%"), M("1 August", None, "date"),
      M("71%", 71, "percent", "%"), M("38%", 38, "percent", "%"),
      R("1991-2020", 1991, 2020), M("2.2 million", 2.2 * MLN, "count", None, MLN)]),
    # ---- parliamentary debates
    ("Mr Speaker, since 2010 this Government have delivered 2.5 million new homes, and last "
     "year alone 234,400 net additional dwellings. I remind the hon. Member for Bristol West "
     "that in 2009-10 completions fell to just 124,200.",
     [M("2010", 2010, "year"), M("2.5 million", 2.5 * MLN, "count", None, MLN),
      M("234,400", 234400, "count"), R("2009-10", 2009, 2010),
      M("124,200", 124200, "count")]),
    ("I beg to move amendment 14, page 3, line 22, leave out '12 months' and insert '6 "
     "months'. The amendment would shorten the period within which the Secretary of State "
     "must lay a report before Parliament under clause 7.",
     [M("14", 14, "identifier"), M("3", 3, "reference"), M("22", 22, "reference"),
      M("12 months", 12, "quantity", "month"), M("6 months", 6, "quantity", "month"),
      M("7", 7, "identifier")]),
    ("Question put, That the amendment be made. The House divided: Ayes 287, Noes 311. "
     "Division No. 164. [7.14 pm]",
     [M("287", 287, "count"), M("311", 311, "count"), M("No. 164", 164, "identifier"),
      M("7.14 pm", hm(19, 14), "other")]),
    ("The CHANCELLOR of the EXCHEQUER said, that the income tax at 7d. in the pound would "
     "produce about £5,550,000, and he proposed to continue it for two years at that rate, "
     "so that it should expire on the 5th of April, 1860.—HC Deb 18 April 1853 vol 125 "
     "cc1350-415",
     [M("7d.", lsd(0, 0, 7), "money", "GBP"), M("£5,550,000", 5550000, "money", "GBP"),
      M("two years", 2, "quantity", "year"), M("5th of April, 1860", 1860, "date"),
      M("18 April 1853", 1853, "date"), M("125", 125, "reference"),
      M("1350-415", 1350, "reference", None, None, 1415, glued=True)]),
    ("Answer: On 30 September 2023, 388,000 patients in England had been waiting more than "
     "52 weeks for treatment, 5.0 per cent of a waiting list of 7.77 million. [Official "
     "Report, 12 December 2023; Vol. 742, c. 245W.]",
     [M("30 September 2023", 2023, "date"), M("388,000", 388000, "count"),
      M("52 weeks", 52, "quantity", "week"), M("5.0 per cent", 5.0, "percent", "%"),
      M("7.77 million", 7.77 * MLN, "count", None, MLN),
      M("12 December 2023", 2023, "date"), M("742", 742, "reference"),
      M("245W", 245, "reference")]),
    # ---- parish and local-history records
    ("Baptisms 1762. Jan. 3d William son of John Hobson & Mary his wife. Burials. March 2d "
     "Thomas Hobson, an infant, aged 6 weeks. April 19th Widow Crabtree, aged 84.",
     [M("1762", 1762, "year"), M("Jan. 3d", None, "date"), M("March 2d", None, "date"),
      M("6 weeks", 6, "quantity", "week"), M("April 19th", None, "date"),
      M("84", 84, "quantity", "year")]),
    ("The nave is of the late 12th century; the tower was added c. 1450 and has a ring of "
     "six bells, of which the tenor (14 cwt.) was cast by Abraham Rudhall in "
     "1712.[23]",
     [M("12th", 12, "ordinal"), M("1450", 1450, "year"), M("six", 6, "count"),
      M("14 cwt.", 14, "quantity", "cwt"), M("1712", 1712, "year"),
      M("23", 23, "reference")]),
    ("By will dated 4 May 1697 Thomas Hale gave 40s. yearly to be distributed in bread to "
     "the poor, charged on a close of 3 acres called Hale's Piece; in 1786 the rent was "
     "£4 4s. (Char. Com. Rep. xxxii (1), p. 416.)",
     [M("4 May 1697", 1697, "date"), M("40s.", lsd(0, 40), "money", "GBP"),
      M("3 acres", 3, "quantity", "acre"), M("1786", 1786, "year"),
      M("£4 4s.", lsd(4, 4), "money", "GBP"), M("xxxii", 32, "reference"),
      M("1", 1, "reference"), M("416", 416, "reference")]),
    ("HOLMFIRTH is a market town and township, 6 miles south from Huddersfield. The area is "
     "2,478 acres; the population in 1891 was 8,977. Fairs, May 10 and the last Thursday in "
     "October.",
     [M("6 miles", 6, "quantity", "mi"), M("2,478 acres", 2478, "quantity", "acre"),
      M("1891", 1891, "year"), M("8,977", 8977, "count"), M("May 10", None, "date")]),
    ("Churchwardens' accounts, 1623. Item paid for mending the bell wheel, xviij d.; item for "
     "bread and wine at Easter, iij s. iiij d.; item to the ringers on the King's holiday, "
     "ij s.",
     [M("1623", 1623, "year"), M("xviij d.", lsd(0, 0, 18), "money", "GBP"),
      M("iij s. iiij d.", lsd(0, 3, 4), "money", "GBP"),
      M("ij s.", lsd(0, 2), "money", "GBP")]),
    # ---- 18th-century and Victorian texts with old money and measures
    ("To be SOLD by AUCTION, on Thursday the 12th of June, 1766, at the Red Lion Inn, "
     "between the Hours of Three and Six in the Afternoon, a Freehold Estate, consisting of "
     "a Messuage, Barn, and 64 Acres of Arable and Pasture Land, now let at 42l. per Annum.",
     [M("12th of June, 1766", 1766, "date"), M("Three", 15, "other"),
      M("Six", 18, "other"), M("64 Acres", 64, "quantity", "acre"),
      M("42l.", 42, "money", "GBP")]),
    ("Leeds market, Tuesday: wheat, 48s. to 52s. per quarter; oats, 22s. 6d.; eggs, 14 for "
     "1s.; beef, 6½d. to 8d. per lb.; potatoes, 5d. per stone of 14 lb.",
     [R("48s. to 52s.", lsd(0, 48), lsd(0, 52), "GBP"),
      M("22s. 6d.", lsd(0, 22, 6), "money", "GBP"), M("14", 14, "count"),
      M("1s.", lsd(0, 1), "money", "GBP"),
      R("6½d. to 8d.", lsd(0, 0, 6.5), lsd(0, 0, 8), "GBP"),
      M("5d.", lsd(0, 0, 5), "money", "GBP"), M("14 lb.", 14, "quantity", "lb")]),
    ("From Inverness we travelled twelve miles to Fort Augustus, and the next day thirty-one "
     "miles more, over a road the soldiers had made at about a mile and a half in a week; "
     "our horses cost us three shillings a day, and the guide half a crown.",
     [M("twelve miles", 12, "quantity", "mi"), M("thirty-one miles", 31, "quantity", "mi"),
      M("a mile and a half", 1.5, "quantity", "mi"),
      M("three shillings", lsd(0, 3), "money", "GBP"),
      M("half a crown", lsd(0, 2, 6), "money", "GBP")]),
    ("Paid the mason for 3 days' work at 1s. 8d. per day, 5s.; to Widow Hart for 6 dozen of "
     "candles, 18s.; for a hogshead of ale, £1 10s. Total, £2 13s.",
     [M("3 days", 3, "quantity", "day"), M("1s. 8d.", lsd(0, 1, 8), "money", "GBP"),
      M("5s.", lsd(0, 5), "money", "GBP"), M("6 dozen", 72, "count"),
      M("18s.", lsd(0, 18), "money", "GBP"), M("£1 10s.", lsd(1, 10), "money", "GBP"),
      M("£2 13s.", lsd(2, 13), "money", "GBP")]),
]
# fmt: on


def main() -> None:
    _bh.build_all({"en": EN}, "dev_en7", HERE)


if __name__ == "__main__":
    main()
