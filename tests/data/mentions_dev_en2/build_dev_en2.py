"""Build the second English numeric-mention development set (``dev_en2_en.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_dev_en2/build_dev_en2.py

A **development** set: the English rules of ``analysis.mentions`` are tuned on it, so its
scores say nothing about generalisation (the held-out sets do that).  The passages were
written for it in registers the first English development set does not cover:
18th- and 19th-century newspapers, price currents and almanacs (with OCR breaks),
shipping and slave-trade registers (tons burthen, hogsheads, puncheons), American Civil
War and First World War regimental histories, US state and municipal reports, Federal
Reserve and central-bank minutes, the Congressional Record, UN and NGO humanitarian
reports, agricultural yearbooks, mining and oil history, railway timetables and fares,
medical case series and clinical trials, demographic rates in prose, biographies, sports
almanacs, classified and real-estate ads, science journalism and bibliographic
citations.  They were annotated blind, from ``docs/numeric-mentions.md`` and the
decisions in the docstrings of ``tests/data/mentions_heldout/build_heldout.py``,
``tests/data/mentions_heldout2/build_heldout2.py``,
``tests/data/mentions_heldout3/build_heldout3.py`` and
``tests/data/mentions_dev_en/build_dev_en.py``, without running the extractor on them.
Texts are already normalised (plain spaces, no NBSP / thin spaces).

Each passage is ``(text, [mentions in text order])`` using the ``M`` / ``R`` helpers and
the ``annotate`` validator of ``tests/data/mentions_heldout/build_heldout.py`` (offsets are
found with ``str.find`` from the end of the previous mention, never typed).  The
validator's ``CURRENCIES`` set is extended in memory (not in that file) with ``FRF``
(French francs and centimes) and ``CAD`` (Canadian dollars).

Decisions taken here where the spec and the earlier docstrings are silent, each with the
example that settled it:

* **Old ordinal spellings** ``the 3d inst.`` / ``the 2d inst.`` are ``ordinal`` (3, 2), not
  pence: a day of the month after ``the`` and before ``inst.``/``ult.``.
* **Guineas** are money in pounds at 21s.: ``FIVE GUINEAS`` -> 5.25 GBP; ``20l.`` (the
  18th-century pound written after the figure) is money, 20 GBP, the ``l.`` inside.
* **Almanac clock times** ``3h. 14m.`` after a phase of the moon or ``Sun rises`` are one
  time of day (``other``, 3.2333, unit ``hour``), like the Russian ``в 4 часа 15 минут``;
  a length ``14h. 48m.`` is a duration and gives two quantities (``14h.`` hour, ``48m.``
  minute), like ``1 hr 39 min``.  ``10 o'clock`` is a time of day with ``o'clock`` inside
  (``other``, unit ``hour``).
* **Price currents**: ``a`` between two prices is the range connector ("to"):
  ``$5 50 a $5 75`` -> range 5.5..5.75 USD, where ``$5 50`` is dollars and cents written
  with a space; ``6 a 8 cents`` -> 0.06..0.08 USD; ``per bbl.`` / ``per bushel`` stay outside.
  ``58c.`` (cents glued) is money like ``12p``.
* **Latitude and longitude** ``lat. 41° 20′`` are one ``quantity`` in degrees (41.3333,
  unit ``deg``), minutes inside.
* **Ship tonnage**: ``140 tons burthen`` -> ``140 tons`` (``ton``), ``burthen`` outside like
  the substance after ``Gt``.  Casks are units: ``hogshead``, ``puncheon``, ``firkin``;
  ``barrels`` of flour or oil are ``bbl``.  Bales (``13,926,000 running bales``), guns and
  crew are counted nouns (``count``).  ``2,000 feet`` of boards is a quantity ``ft``.
* **Register numbers**: ``Voyage 75082`` and a Lloyd's class ``A1`` are ``identifier``
  (the letter inside, value 1); a soldier's service number ``Pte. 24187`` is an identifier;
  ``Plot II`` and ``Grave 7`` are identifiers (plot, row and grave name places).
* **Weapons**: ``12-pounder`` is a ``quantity`` of 12 ``lb`` with ``-pounder`` inside (like
  ``72-MW``); ``.58`` in ``.58 calibre`` is a ``quantity`` of 0.58 ``inch`` (``calibre``
  outside); ``Model 1861`` names a pattern and is an ``identifier``; ``8-inch`` is a
  quantity; ``Hill 60`` is an ``identifier``.
* **Official Records** citations ``O.R., Ser. I, Vol. XXVII, Pt. 1, pp. 622–25``: series,
  volume, part and pages are ``reference``.  ``General Orders No. 100`` is an
  ``identifier``.
* **Mills** of a tax levy are thousandths of a dollar: ``4.5 mills`` -> 0.0045 USD.
* **Speeds in words** ``8 miles an hour`` are one ``quantity`` with unit ``mph`` (``an hour``
  inside, it is the unit's denominator; unlike a price "a week", which stays outside);
  a bare ``15`` sharing it takes ``mph`` (elided unit).
* **"not less than $5 nor more than $50"** gives two money mentions (the numbers bound
  a fine from two sides, they are not joined by a range connector).
* **Votes**: ``by a vote of 60 to 39`` gives two ``count`` mentions (the two numbers count
  different things, not the ends of a range); a committee split ``5–4`` with one-digit
  sides is one ``other`` (value null) like a score; a pitcher's won-lost record
  ``25–11`` and a game score ``won 27–24`` are one ``other`` each, value null.
* **Congressional Record**: ``House Resolution 1102``, ``H.R. 3590`` (the bill series
  outside, like ``Cd.``), ``Roll No. 165`` (``No.`` inside), ``Sec. 2`` and the
  subsection numbers ``401(b)(2)`` -> ``401``, ``2`` are ``identifier``; ``title 38`` is an
  identifier; in ``vol. 155, p. S13890`` volume and page are ``reference``, the page's
  letter inside (value 13890).
* **Humanitarian reports**: ``IPC Phase 5`` is an ``identifier``; ``more than half`` the
  population is ``half`` (``other`` 0.5).  ``11 litres`` per person per day keeps only
  ``litres`` in the unit (``L``).
* **Yields and rates with compound denominators**: ``1.42 tons per acre`` (``ton/acre``),
  ``795 lbs. per acre`` (``lb/acre``), ``0.3 mg/kg``, ``31.2 kg/m²`` (``kg/m2``); ``head of
  cattle`` is the unit ``head``, a count of ``milk cows`` is a ``count``.  In ``0.9 oz. of
  gold`` only ``0.9 oz.`` is in the span (``oz``).
* **Clinical reports**: ``n``, patient and event counts are ``count``; the interquartile
  range and confidence intervals in brackets are ``range`` **without** a unit, as the first
  English set did for ``85.2–92.4`` (``IQR 55–72``, ``95% CI 11.9 to 17.3``); a blood
  pressure ``152/94 mmHg`` is two quantities sharing the last unit (like dimensions,
  ``152`` is ``mmHg``); ``Grade 3 or 4`` adverse events, ``Case 3`` and a ``phase III`` trial
  are ``identifier``; ``on day 14`` of a course is an ``ordinal``; an allocation ratio
  ``2:1`` is ``other`` with value null (like a score); ``118 bpm`` is a quantity ``bpm``.
* **Demographic rates**: a rate with a base in digits is two ``count`` mentions
  (``27 per 1,000`` -> ``27``, ``1,000``) as in the first English set; a base in words is
  one ``quantity`` in per mille (``162 per thousand`` -> unit ``‰``), as in round 3; a
  total fertility rate ``2.1 children per woman`` is a ``count`` (``2.1``).  In a table in
  prose (``1851, 25.8; 1871, 25.1``) years are ``year`` and mean ages ``quantity`` in years;
  ``Table 4.`` as a heading is an ``identifier``.
* **Horses** are measured in hands: ``15 hands`` is a ``quantity`` (unit ``hand``).
* **Rooms and courtrooms**: ``Courtroom 6B`` is an ``identifier`` 6 with the letter inside
  (like ``7X``, a bus service).  Regnal-year statutes ``6 & 7 Will. IV c. 71`` follow the
  first English set: regnal years ``reference``, ``IV`` ``ordinal``, chapter ``identifier``.
* **Roman numeral years** (``rebuilt in MDCCCXLII``) are a ``year`` (1842).
* **Sports almanacs**: batting averages and on-base percentages with a leading dot
  (``.406``, ``.553``), an ERA (``2.45``) are ``other``; innings (``287⅓``), home runs, RBI,
  games, strikeouts, rounds are ``count``; ``6-for-8`` gives two counts; the ``4`` of a
  ``4 × 100 m`` relay is a ``count`` (not a multiplier) and ``100 m`` a quantity.
* **Ads**: ``8-room`` is a ``count`` with the digits only (like ``3-bed``); house numbers
  (``17 Court St.``, ``No. 214 Elm St.``) and ``Box 73`` are identifiers; in ``Telephone
  Main 2047`` the exchange name is outside and ``2047`` an identifier; ``$9,812/yr.`` keeps
  the glued denominator (like ``$45/mo.``); ``Nos. 41 and 43`` are two identifiers, the
  first with ``Nos.`` inside.
* **Money by context**: ``$10`` in a Canadian homestead passage is ``CAD``;
  ``25 centimes`` is 0.25 ``FRF`` (sub-unit alone in the main unit).
* **Science units**: ``light-years`` (``ly``), ``au``, ``K`` (kelvin), ``nm``, ``mm²``
  (``mm2``), ``solar masses`` (``solar_mass``), ``tesla`` (``T``); ``10⁹ tonnes`` is a
  quantity 1e9 ``t`` with scale null (scientific notation); ``3-nanometre`` is one
  quantity with the hyphen inside; ``L2`` (a Lagrange point) is a name with a number,
  ``other`` with the digit only.
* **Postal and bank codes**: a postcode ``LS1 4DY`` and a sort code ``40-22-18`` are one
  ``identifier`` each, value null; an account number in one group keeps its value.  A DOI
  ``10.1080/0029`` is an ``identifier`` with value null.
* **Citations**: ``229n14`` (page and note glued) gives two ``reference`` mentions; a map
  number in a citation is a ``reference``; ``10(2)`` volume and issue are two references.
* **Unit codes** used here: ``acre``, ``ft``, ``inch``, ``hand``, ``mi``, ``yd``, ``m``, ``km``, ``nm``,
  ``mm2``, ``au``, ``ly``, ``deg``, ``lb``, ``oz``, ``g``, ``ton``, ``t``, ``bu``, ``bu/acre``,
  ``ton/acre``, ``lb/acre``, ``bbl``, ``bbl/d``, ``hogshead``, ``puncheon``, ``firkin``, ``head``,
  ``L``, ``degC``, ``degF``, ``K``, ``T``, ``solar_mass``, ``mmHg``, ``mg/kg``, ``kg/m2``,
  ``bpm``, ``mph``, ``‰``, ``s``, ``minute``, ``hour``, ``day``, ``week``, ``month``, ``year``,
  ``point``, ``times``.
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
_bh.CURRENCIES.update({"FRF", "CAD"})

M, R = _bh.M, _bh.R
K, MLN, MLRD = 1000, 1_000_000, 1_000_000_000
THIRD = 1 / 3


def lsd(pounds: float, shillings: float = 0, pence: float = 0) -> float:
    """An amount in pounds, shillings and pence, in pounds."""
    return pounds + shillings / 20 + pence / 240


def hm(h: int, m: int = 0, s: int = 0) -> float:
    """A clock time or duration in hours."""
    return h + m / 60 + s / 3600


# fmt: off
# ============================================================================ en
EN = [
    # ---- 18th- and 19th-century newspapers, price currents and almanacs
    ("RAN AWAY from the subscriber, on the 3d inst., a Negro man named CATO, about 25 years of "
     "age, 5 feet 9 inches high. Whoever secures him shall receive FIVE GUINEAS reward, and if "
     "taken out of the county, Ten Pounds.",
     [M("3d", 3, "ordinal"), M("25 years", 25, "quantity", "year"),
      M("5 feet", 5, "quantity", "ft"), M("9 inches", 9, "quantity", "inch"),
      M("FIVE GUINEAS", 5.25, "money", "GBP"), M("Ten Pounds", 10, "money", "GBP")]),
    ("JULY, 1832. Full Moon, 12th day, 3h. 14m. morning. Sun rises 4h. 36m., sets 7h. 24m.; "
     "length of day 14h. 48m. High water at Boston 10h. 5m.",
     [M("JULY, 1832", 1832, "date"), M("12th", 12, "ordinal"),
      M("3h. 14m.", hm(3, 14), "other", "hour"), M("4h. 36m.", hm(4, 36), "other", "hour"),
      M("7h. 24m.", hm(7, 24), "other", "hour"), M("14h.", 14, "quantity", "hour"),
      M("48m.", 48, "quantity", "minute"), M("10h. 5m.", hm(10, 5), "other", "hour")]),
    ("BALTIMORE, Nov. 14.—PRICES CURRENT. Flour, superfine, $5 50 a $5 75 per bbl.; Wheat, "
     "$1.05 a $1.10 per bushel; Tobacco, Virginia leaf, 6 a 8 cents per lb.; Molasses, 28 a 30 "
     "cts. per gallon.",
     [M("Nov. 14", None, "date"), R("$5 50 a $5 75", 5.5, 5.75, "USD"),
      R("$1.05 a $1.10", 1.05, 1.10, "USD"), R("6 a 8 cents", 0.06, 0.08, "USD"),
      R("28 a 30 cts.", 0.28, 0.30, "USD")]),
    ("The ship Mary, Capt. Hollis, ar- rived yesterday in 47 days from Liver- pool, with 212 "
     "passen- gers; she spoke on the 2d inst. the brig Hope, 31 days out, in lat. 41° 20′ N.",
     [M("47 days", 47, "quantity", "day"), M("212", 212, "count"), M("2d", 2, "ordinal"),
      M("31 days", 31, "quantity", "day"), M("41° 20′", 41 + 20 / 60, "quantity", "deg")]),
    ("To be SOLD by PUBLIC VENDUE, on Thursday the 17th of May next, at 10 o'clock in the "
     "forenoon, a valuable PLANTATION of 640 acres, with a dwelling-house 40 by 28 feet, and "
     "3,000 lb. of tobacco.",
     [M("17th of May", None, "date"), M("10 o'clock", 10, "other", "hour"),
      M("640 acres", 640, "quantity", "acre"), M("40", 40, "quantity", "ft"),
      M("28 feet", 28, "quantity", "ft"), M("3,000 lb.", 3000, "quantity", "lb")]),
    ("TWENTY POUNDS REWARD. Stolen out of the stable of the subscriber, a bay gelding, 15 hands "
     "high, 7 years old. The above reward of 20l. will be paid on conviction.",
     [M("TWENTY POUNDS", 20, "money", "GBP"), M("15 hands", 15, "quantity", "hand"),
      M("7 years", 7, "quantity", "year"), M("20l.", 20, "money", "GBP")]),
    ("GREAT FIRE.—Loss $1,500,000. About 2 o'clock this morning fire broke out in the warehouse "
     "of Smith & Co., Nos. 41 and 43 Water street, and before 6 o'clock 14 buildings were in "
     "ruins. Insurance $640,000.",
     [M("$1,500,000", 1500000, "money", "USD"), M("2 o'clock", 2, "other", "hour"),
      M("Nos. 41", 41, "identifier"), M("43", 43, "identifier"),
      M("6 o'clock", 6, "other", "hour"), M("14", 14, "count"),
      M("$640,000", 640000, "money", "USD")]),
    ("Rainfall for the year 1888 was 47.32 inches, 3.18 inches above the average of 24 years; "
     "the heaviest fall in 24 hours, 4.05 in., occurred on the 21st of August.",
     [M("1888", 1888, "year"), M("47.32 inches", 47.32, "quantity", "inch"),
      M("3.18 inches", 3.18, "quantity", "inch"), M("24 years", 24, "quantity", "year"),
      M("24 hours", 24, "quantity", "hour"), M("4.05 in.", 4.05, "quantity", "inch"),
      M("21st of August", None, "date")]),
    ("In 1865 a greenback dollar was worth 64 cents in gold; by January 2, 1879, when specie "
     "payments resumed, it was at par, and gold stood at 100⅛ in New York.",
     [M("1865", 1865, "year"), M("64 cents", 0.64, "money", "USD"),
      M("January 2, 1879", 1879, "date"), M("100⅛", 100.125, "other")]),
    # ---- shipping and slave-trade registers
    ("Voyage 75082. Ship Tryal, 140 tons burthen, 14 guns, 32 crew; master William Jenkins. "
     "Sailed Liverpool 12 Sept. 1789; embarked 386 captives at Bonny, landed 341 at Kingston, "
     "Jamaica, 30 March 1790 (mortality 11.7%).",
     [M("75082", 75082, "identifier"), M("140 tons", 140, "quantity", "ton"),
      M("14", 14, "count"), M("32", 32, "count"), M("12 Sept. 1789", 1789, "date"),
      M("386", 386, "count"), M("341", 341, "count"), M("30 March 1790", 1790, "date"),
      M("11.7%", 11.7, "percent", "%")]),
    ("Entered inwards, 4 May 1774: the snow Betsey, 95 tons, from Virginia, with 310 hogsheads "
     "of tobacco, 12 tons of pig iron and 1,500 staves; duties paid £2,314 7s. 9d.",
     [M("4 May 1774", 1774, "date"), M("95 tons", 95, "quantity", "ton"),
      M("310 hogsheads", 310, "quantity", "hogshead"), M("12 tons", 12, "quantity", "ton"),
      M("1,500", 1500, "count"), M("£2,314 7s. 9d.", lsd(2314, 7, 9), "money", "GBP")]),
    ("Brig Polly, 120 tons, Jos. Hale master, cleared 9th June 1791 for Barbadoes with 26 "
     "puncheons of rum returned, 40 barrels of flour, 18 firkins of butter and 2,000 feet of "
     "pine boards, the whole valued at 312 dollars.",
     [M("120 tons", 120, "quantity", "ton"), M("9th June 1791", 1791, "date"),
      M("26 puncheons", 26, "quantity", "puncheon"), M("40 barrels", 40, "quantity", "bbl"),
      M("18 firkins", 18, "quantity", "firkin"), M("2,000 feet", 2000, "quantity", "ft"),
      M("312 dollars", 312, "money", "USD")]),
    ("Lloyd's Register, 1807: No. 412, Two Friends, brig, 183 tons, built Whitby 1798, draught "
     "14 ft., class A1.",
     [M("1807", 1807, "year"), M("No. 412", 412, "identifier"),
      M("183 tons", 183, "quantity", "ton"), M("1798", 1798, "year"),
      M("14 ft.", 14, "quantity", "ft"), M("A1", 1, "identifier")]),
    ("Between 1662 and 1807 British ships carried some 3.1 million Africans across the "
     "Atlantic, of whom roughly one in seven died at sea; the average voyage from the Bight of "
     "Biafra lasted 62 days in the 1790s.",
     [M("1662", 1662, "year"), M("1807", 1807, "year"),
      M("3.1 million", 3.1 * MLN, "count", None, MLN), M("one in seven", 1 / 7, "other"),
      M("62 days", 62, "quantity", "day"), M("1790", 1790, "year", glued=True)]),
    ("The voyage from Canton to New York took one hundred and twelve days; the Sea Witch cut it "
     "to seventy-four days and fourteen hours in 1849.",
     [M("one hundred and twelve days", 112, "quantity", "day"),
      M("seventy-four days", 74, "quantity", "day"), M("fourteen hours", 14, "quantity", "hour"),
      M("1849", 1849, "year")]),
    # ---- American Civil War regimental histories
    ("The 20th Maine was mustered into service at Portland on August 29, 1862, with 979 "
     "officers and men; at Gettysburg on July 2, 1863, it held the left of the line on Little "
     "Round Top with 386 muskets, losing 130 killed and wounded.",
     [M("20th", 20, "ordinal"), M("August 29, 1862", 1862, "date"), M("979", 979, "count"),
      M("July 2, 1863", 1863, "date"), M("386", 386, "count"), M("130", 130, "count")]),
    ("Co. F lost 3 killed, 11 wounded and 2 missing at Fredericksburg, Dec. 13, 1862. The "
     "regiment's total enrolment was 1,621; of these 147 were killed or died of wounds, 209 "
     "died of disease, and 16 perished in Confederate prisons (Fox, Regimental Losses, 1889, "
     "p. 138).",
     [M("3", 3, "count"), M("11", 11, "count"), M("2", 2, "count"),
      M("Dec. 13, 1862", 1862, "date"), M("1,621", 1621, "count"), M("147", 147, "count"),
      M("209", 209, "count"), M("16", 16, "count"), M("1889", 1889, "reference"),
      M("138", 138, "reference")]),
    ("Battery B, 4th U.S. Artillery, served six 12-pounder Napoleons, firing 2,800 rounds on "
     "September 17; the infantry carried the .58 calibre Springfield rifle-musket, Model 1861, "
     "sighted to 500 yards.",
     [M("4th", 4, "ordinal"), M("six", 6, "count"), M("12-pounder", 12, "quantity", "lb"),
      M("2,800", 2800, "count"), M("September 17", None, "date"),
      M(".58", 0.58, "quantity", "inch"), M("1861", 1861, "identifier"),
      M("500 yards", 500, "quantity", "yd")]),
    ("O.R., Ser. I, Vol. XXVII, Pt. 1, pp. 622–25; the division lost 4,356 of 7,200 engaged, "
     "or 60.5 per cent.",
     [M("I", 1, "reference"), M("XXVII", 27, "reference"), M("1", 1, "reference"),
      M("622–25", 622, "reference", range_end=625), M("4,356", 4356, "count"),
      M("7,200", 7200, "count"), M("60.5 per cent", 60.5, "percent", "%")]),
    ("General Orders No. 100, issued April 24, 1863, laid down 157 articles on the conduct of "
     "armies in the field; Article 15 permits the destruction of property.",
     [M("No. 100", 100, "identifier"), M("April 24, 1863", 1863, "date"),
      M("157", 157, "count"), M("15", 15, "identifier")]),
    ("Private wages in the Union army were $13 a month until 1864, when they rose to $16; a "
     "bounty of $300 was paid to veterans who re-enlisted for three years.",
     [M("$13", 13, "money", "USD"), M("1864", 1864, "year"), M("$16", 16, "money", "USD"),
      M("$300", 300, "money", "USD"), M("three years", 3, "quantity", "year")]),
    # ---- First World War
    ("At zero hour, 5.30 a.m. on 31 July 1917, the 55th (West Lancashire) Division attacked on "
     "a front of 2,500 yards behind a barrage that advanced 100 yards every 4 minutes.",
     [M("5.30 a.m.", 5.5, "other"), M("31 July 1917", 1917, "date"), M("55th", 55, "ordinal"),
      M("2,500 yards", 2500, "quantity", "yd"), M("100 yards", 100, "quantity", "yd"),
      M("4 minutes", 4, "quantity", "minute")]),
    ("Casualties for the period 1–7 August: officers, 4 killed, 9 wounded; other ranks, 71 "
     "killed, 288 wounded, 43 missing. Total 415.",
     [M("1–7 August", None, "date"), M("4", 4, "count"), M("9", 9, "count"),
      M("71", 71, "count"), M("288", 288, "count"), M("43", 43, "count"),
      M("415", 415, "count")]),
    ("Hill 60 was mined with 10,000 lb of ammonal; the nineteen mines fired at Messines on 7 "
     "June 1917 held nearly 1,000,000 lb of explosive, and the shock was felt in London, 140 "
     "miles away.",
     [M("60", 60, "identifier"), M("10,000 lb", 10000, "quantity", "lb"),
      M("nineteen", 19, "count"), M("7 June 1917", 1917, "date"),
      M("1,000,000 lb", 1000000, "quantity", "lb"), M("140 miles", 140, "quantity", "mi")]),
    ("Pte. 24187 Harold Marsh, 2nd Bn., Royal Welsh Fusiliers, aged 19, died of wounds "
     "14.4.1918; buried Plot II, Row C, Grave 7, Étaples Military Cemetery.",
     [M("24187", 24187, "identifier"), M("2nd", 2, "ordinal"),
      M("19", 19, "quantity", "year"), M("14.4.1918", 1918, "date"),
      M("II", 2, "identifier"), M("7", 7, "identifier")]),
    ("The 8-inch howitzer threw a 200-lb shell 10,750 yards; in the bombardment of 24 June–1 "
     "July 1916 the British fired 1,732,873 shells.",
     [M("8-inch", 8, "quantity", "inch"), M("200-lb", 200, "quantity", "lb"),
      M("10,750 yards", 10750, "quantity", "yd"), M("24 June", None, "date"),
      M("1 July 1916", 1916, "date"), M("1,732,873", 1732873, "count")]),
    ("A French poilu earned 25 centimes a day in 1914, raised to 1 franc in 1917, against the "
     "British private's 1s. a day; the separation allowance was 1.25 francs.",
     [M("25 centimes", 0.25, "money", "FRF"), M("1914", 1914, "year"),
      M("1 franc", 1, "money", "FRF"), M("1917", 1917, "year"),
      M("1s.", 0.05, "money", "GBP"), M("1.25 francs", 1.25, "money", "FRF")]),
    # ---- US state and municipal reports
    ("Report of the Treasurer of the City of Springfield for the fiscal year ending November "
     "30, 1911: receipts, $1,847,302.16; expenditures, $1,790,455.84; bonded debt, $3,250,000 "
     "at 4 per cent; tax rate $19.40 per $1,000 of valuation.",
     [M("November 30, 1911", 1911, "date"), M("$1,847,302.16", 1847302.16, "money", "USD"),
      M("$1,790,455.84", 1790455.84, "money", "USD"), M("$3,250,000", 3250000, "money", "USD"),
      M("4 per cent", 4, "percent", "%"), M("$19.40", 19.4, "money", "USD"),
      M("$1,000", 1000, "money", "USD")]),
    ("The State Board of Health reported 2,431 cases of typhoid fever in 1909, with 412 deaths, "
     "a rate of 20.6 per 100,000 of population; in Ward 3 alone there were 117 cases.",
     [M("2,431", 2431, "count"), M("1909", 1909, "year"), M("412", 412, "count"),
      M("20.6", 20.6, "count"), M("100,000", 100000, "count"), M("3", 3, "identifier"),
      M("117", 117, "count")]),
    ("Ordinance No. 1452, passed March 4, 1913, limits the speed of motor vehicles within the "
     "fire limits to 8 miles an hour and elsewhere to 15; violators shall be fined not less "
     "than $5 nor more than $50.",
     [M("No. 1452", 1452, "identifier"), M("March 4, 1913", 1913, "date"),
      M("8 miles an hour", 8, "quantity", "mph"), M("15", 15, "quantity", "mph"),
      M("$5", 5, "money", "USD"), M("$50", 50, "money", "USD")]),
    ("Enrollment in the public schools, 1920–21: elementary, 14,386; high school, 3,912; "
     "average daily attendance 89.3 per cent; cost per pupil $62.18. School No. 27 was closed "
     "for 3 weeks by diphtheria.",
     [R("1920–21", 1920, 1921), M("14,386", 14386, "count"), M("3,912", 3912, "count"),
      M("89.3 per cent", 89.3, "percent", "%"), M("$62.18", 62.18, "money", "USD"),
      M("No. 27", 27, "identifier"), M("3 weeks", 3, "quantity", "week")]),
    ("The county levy for 1915 was 4.5 mills on an assessed valuation of $38,600,000, yielding "
     "$173,700.",
     [M("1915", 1915, "year"), M("4.5 mills", 0.0045, "money", "USD"),
      M("$38,600,000", 38600000, "money", "USD"), M("$173,700", 173700, "money", "USD")]),
    # ---- central banks
    ("Minutes of the Federal Open Market Committee, July 30–31, 2024. The Committee decided to "
     "maintain the target range for the federal funds rate at 5¼ to 5½ percent and to "
     "continue reducing its holdings of Treasury securities by up to $25 billion per month.",
     [M("July 30–31, 2024", 2024, "date"), R("5¼ to 5½ percent", 5.25, 5.5, "%"),
      M("$25 billion", 25 * MLRD, "money", "USD", MLRD)]),
    ("Participants noted that 12-month PCE price inflation was 2.5 percent in June, while core "
     "inflation was 2.6 percent; the unemployment rate had moved up to 4.1 percent. Voting for "
     "this action: the Chair and 11 other members.",
     [M("12-month", 12, "quantity", "month"), M("2.5 percent", 2.5, "percent", "%"),
      M("2.6 percent", 2.6, "percent", "%"), M("4.1 percent", 4.1, "percent", "%"),
      M("11", 11, "count")]),
    ("The Board of Governors approved a 25 basis point increase in the primary credit rate to "
     "5.50 percent, effective July 27, 2023; the rate of interest on reserve balances was "
     "raised to 5.40 percent.",
     [M("25 basis point", 0.25, "percent", "%"), M("5.50 percent", 5.5, "percent", "%"),
      M("July 27, 2023", 2023, "date"), M("5.40 percent", 5.4, "percent", "%")]),
    ("The MPC voted by a majority of 5–4 to reduce Bank Rate by 0.25 percentage points, to 5%. "
     "Four members preferred to maintain Bank Rate at 5.25%.",
     [M("5–4", None, "other"), M("0.25 percentage points", 0.25, "percent", "%"),
      M("5%", 5, "percent", "%"), M("Four", 4, "count"), M("5.25%", 5.25, "percent", "%")]),
    ("On October 6, 1979, the Federal Reserve raised the discount rate from 11 to 12 percent "
     "and imposed an 8 percent marginal reserve requirement; by the spring of 1980 the prime "
     "rate stood at 20%.",
     [M("October 6, 1979", 1979, "date"), R("11 to 12 percent", 11, 12, "%"),
      M("8 percent", 8, "percent", "%"), M("1980", 1980, "year"), M("20%", 20, "percent", "%")]),
    # ---- Congressional Record
    ("Mr. McGOVERN. Madam Speaker, by direction of the Committee on Rules, I call up House "
     "Resolution 1102 and ask for its immediate consideration. I yield 3 minutes to the "
     "gentleman from Massachusetts.",
     [M("1102", 1102, "identifier"), M("3 minutes", 3, "quantity", "minute")]),
    ("The question was taken; and there were—yeas 219, nays 212, not voting 3, as follows: "
     "[Roll No. 165]",
     [M("219", 219, "count"), M("212", 212, "count"), M("3", 3, "count"),
      M("No. 165", 165, "identifier")]),
    ("H.R. 3590 passed the Senate on December 24, 2009, by a vote of 60 to 39 (Congressional "
     "Record, vol. 155, p. S13890).",
     [M("3590", 3590, "identifier"), M("December 24, 2009", 2009, "date"),
      M("60", 60, "count"), M("39", 39, "count"), M("155", 155, "reference"),
      M("S13890", 13890, "reference")]),
    ("Sec. 2. (a) Section 401(b)(2) of title 38, United States Code, is amended by striking "
     "'$1,500' and inserting '$2,000'. (b) The amendment made by subsection (a) shall take "
     "effect 90 days after the date of enactment.",
     [M("2", 2, "identifier"), M("401", 401, "identifier"), M("2", 2, "identifier"),
      M("38", 38, "identifier"), M("$1,500", 1500, "money", "USD"),
      M("$2,000", 2000, "money", "USD"), M("90 days", 90, "quantity", "day")]),
    ("The 118th Congress convened on January 3, 2023; after 15 ballots over four days the "
     "House elected a Speaker with 216 votes.",
     [M("118th", 118, "ordinal"), M("January 3, 2023", 2023, "date"), M("15", 15, "count"),
      M("four days", 4, "quantity", "day"), M("216", 216, "count")]),
    # ---- UN and NGO humanitarian reports
    ("An estimated 24.8 million people in Sudan — more than half the population — need "
     "humanitarian assistance in 2024, including 14 million children. Some 10.7 million people "
     "are internally displaced, 2.1 million have fled abroad, and 755,000 face IPC Phase 5 "
     "(Catastrophe) conditions.",
     [M("24.8 million", 24.8 * MLN, "count", None, MLN), M("half", 0.5, "other"),
      M("2024", 2024, "year"), M("14 million", 14 * MLN, "count", None, MLN),
      M("10.7 million", 10.7 * MLN, "count", None, MLN),
      M("2.1 million", 2.1 * MLN, "count", None, MLN), M("755,000", 755000, "count"),
      M("5", 5, "identifier")]),
    ("The 2023 Humanitarian Response Plan for Yemen requested US$4.3 billion to reach 17.3 "
     "million people; as of 31 December it was 39.6 per cent funded, with $1.7 billion "
     "received.",
     [M("2023", 2023, "year"), M("US$4.3 billion", 4.3 * MLRD, "money", "USD", MLRD),
      M("17.3 million", 17.3 * MLN, "count", None, MLN), M("31 December", None, "date"),
      M("39.6 per cent", 39.6, "percent", "%"),
      M("$1.7 billion", 1.7 * MLRD, "money", "USD", MLRD)]),
    ("Since 1 January, 1,847 suspected cholera cases and 23 associated deaths (CFR 1.2%) have "
     "been reported from 9 of the 18 governorates; 312,000 doses of oral cholera vaccine "
     "arrived on 14/03/2024.",
     [M("1 January", None, "date"), M("1,847", 1847, "count"), M("23", 23, "count"),
      M("1.2%", 1.2, "percent", "%"), M("9", 9, "count"), M("18", 18, "count"),
      M("312,000", 312000, "count"), M("14/03/2024", 2024, "date")]),
    ("UNHCR registered 6,400 new arrivals in the week to 12 May, bringing the camp population "
     "to 118,500; water supply averages 11 litres per person per day against the Sphere "
     "standard of 15 litres.",
     [M("6,400", 6400, "count"), M("12 May", None, "date"), M("118,500", 118500, "count"),
      M("11 litres", 11, "quantity", "L"), M("15 litres", 15, "quantity", "L")]),
    ("By resolution 2417 (2018) the Council condemned the starving of civilians as a method of "
     "warfare; paragraphs 4 and 6 call on parties to allow unimpeded access.",
     [M("2417", 2417, "identifier"), M("2018", 2018, "year"), M("4", 4, "identifier"),
      M("6", 6, "identifier")]),
    # ---- agricultural yearbooks
    ("Yearbook of the Department of Agriculture, 1921: the corn crop of 1920 was 3,232,367,000 "
     "bushels from 101,699,000 acres, an average of 31.8 bushels per acre; the farm price on "
     "December 1 was 67.0 cents per bushel.",
     [M("1921", 1921, "year"), M("1920", 1920, "year"),
      M("3,232,367,000 bushels", 3232367000, "quantity", "bu"),
      M("101,699,000 acres", 101699000, "quantity", "acre"),
      M("31.8 bushels per acre", 31.8, "quantity", "bu/acre"), M("December 1", None, "date"),
      M("67.0 cents", 0.67, "money", "USD")]),
    ("On January 1, 1920, there were 68,871,000 head of cattle on farms, including 21,427,000 "
     "milk cows, valued at $85.48 a head; hogs numbered 59,346,000.",
     [M("January 1, 1920", 1920, "date"), M("68,871,000 head", 68871000, "quantity", "head"),
      M("21,427,000", 21427000, "count"), M("$85.48", 85.48, "money", "USD"),
      M("59,346,000", 59346000, "count")]),
    ("A good Jersey cow yields 6,000 lbs. of milk a year testing 5.2 per cent butterfat, or "
     "about 350 lbs. of butter; the Holstein averages 10,500 lbs. at 3.4 per cent.",
     [M("6,000 lbs.", 6000, "quantity", "lb"), M("5.2 per cent", 5.2, "percent", "%"),
      M("350 lbs.", 350, "quantity", "lb"), M("10,500 lbs.", 10500, "quantity", "lb"),
      M("3.4 per cent", 3.4, "percent", "%")]),
    ("Wool clip, 1899: 2,724,000 fleeces averaging 6¾ lb. each; price at Boston, 27 to 29 cents "
     "per pound, scoured basis 58c.",
     [M("1899", 1899, "year"), M("2,724,000", 2724000, "count"),
      M("6¾ lb.", 6.75, "quantity", "lb"), R("27 to 29 cents", 0.27, 0.29, "USD"),
      M("58c.", 0.58, "money", "USD")]),
    ("Cotton ginned to Nov. 14 from the crop of 1926 amounted to 13,926,000 running bales, "
     "against 12,127,000 to the same date in 1925.",
     [M("Nov. 14", None, "date"), M("1926", 1926, "year"), M("13,926,000", 13926000, "count"),
      M("12,127,000", 12127000, "count"), M("1925", 1925, "year")]),
    ("Average yields, 1909: hay, 1.42 tons per acre; potatoes, 104.7 bushels per acre; "
     "tobacco, 795 lbs. per acre at 19.2 cents a pound.",
     [M("1909", 1909, "year"), M("1.42 tons per acre", 1.42, "quantity", "ton/acre"),
      M("104.7 bushels per acre", 104.7, "quantity", "bu/acre"),
      M("795 lbs. per acre", 795, "quantity", "lb/acre"), M("19.2 cents", 0.192, "money", "USD")]),
    ("Ranch for sale, 1,280 acres deeded, 640 leased; 2 wells, 3 miles of fence, 150 head of "
     "stock cattle. Price $22.50 an acre, ⅓ cash, balance 5 years at 6%.",
     [M("1,280 acres", 1280, "quantity", "acre"), M("640", 640, "quantity", "acre"),
      M("2", 2, "count"), M("3 miles", 3, "quantity", "mi"), M("150 head", 150, "quantity", "head"),
      M("$22.50", 22.5, "money", "USD"), M("⅓", THIRD, "other"),
      M("5 years", 5, "quantity", "year"), M("6%", 6, "percent", "%")]),
    # ---- mining and oil
    ("Colonel Drake struck oil at 69½ feet on August 27, 1859, near Titusville; the well "
     "yielded about 25 barrels per day, and crude sold at $20 a barrel in January 1860 but at "
     "10 cents by the end of 1861.",
     [M("69½ feet", 69.5, "quantity", "ft"), M("August 27, 1859", 1859, "date"),
      M("25 barrels per day", 25, "quantity", "bbl/d"), M("$20", 20, "money", "USD"),
      M("January 1860", 1860, "date"), M("10 cents", 0.1, "money", "USD"),
      M("1861", 1861, "year")]),
    ("The Lucas gusher at Spindletop, brought in on 10 January 1901, flowed an estimated "
     "100,000 barrels per day for nine days before it was capped; Texas production rose from "
     "836,039 barrels in 1900 to 4,393,658 in 1901.",
     [M("10 January 1901", 1901, "date"),
      M("100,000 barrels per day", 100000, "quantity", "bbl/d"),
      M("nine days", 9, "quantity", "day"), M("836,039 barrels", 836039, "quantity", "bbl"),
      M("1900", 1900, "year"), M("4,393,658", 4393658, "quantity", "bbl"),
      M("1901", 1901, "year")]),
    ("Between 1848 and 1855 the California mines produced some $465 million in gold; at $20.67 "
     "an ounce that is roughly 22.5 million troy ounces, or about 700 tonnes.",
     [M("1848", 1848, "year"), M("1855", 1855, "year"),
      M("$465 million", 465 * MLN, "money", "USD", MLN), M("$20.67", 20.67, "money", "USD"),
      M("22.5 million troy ounces", 22.5 * MLN, "quantity", "oz", MLN),
      M("700 tonnes", 700, "quantity", "t")]),
    ("Assays of the Comstock ore ran 0.9 oz. of gold and 62 oz. of silver per ton; the "
     "Consolidated Virginia paid dividends of $3,000,000 in 1876, or $10 a share on 300,000 "
     "shares.",
     [M("0.9 oz.", 0.9, "quantity", "oz"), M("62 oz.", 62, "quantity", "oz"),
      M("$3,000,000", 3000000, "money", "USD"), M("1876", 1876, "year"),
      M("$10", 10, "money", "USD"), M("300,000", 300000, "count")]),
    ("The Klondike stampede of 1897–98 drew perhaps 100,000 people north, of whom only "
     "30,000–40,000 reached Dawson; claims on Bonanza Creek were 500 feet long, and the richest "
     "paid $1,000 to the pan.",
     [R("1897–98", 1897, 1898), M("100,000", 100000, "count"),
      R("30,000–40,000", 30000, 40000), M("500 feet", 500, "quantity", "ft"),
      M("$1,000", 1000, "money", "USD")]),
    ("An explosion at the Monongah No. 6 and No. 8 mines on December 6, 1907, killed at least "
     "362 men and boys; the mines were 1,900 feet apart and employed 478 men on the day shift.",
     [M("No. 6", 6, "identifier"), M("No. 8", 8, "identifier"),
      M("December 6, 1907", 1907, "date"), M("362", 362, "count"),
      M("1,900 feet", 1900, "quantity", "ft"), M("478", 478, "count")]),
    # ---- railway timetables and fares
    ("CHICAGO, BURLINGTON & QUINCY R.R.—Time Table No. 42, in effect June 1, 1889. Train No. 1, "
     "Denver Express, leaves Chicago 10.30 a.m., arrives Omaha 7.45 a.m.; distance 500 miles. "
     "Trains 3 and 4 run daily except Sunday.",
     [M("No. 42", 42, "identifier"), M("June 1, 1889", 1889, "date"),
      M("No. 1", 1, "identifier"), M("10.30 a.m.", 10.5, "other"),
      M("7.45 a.m.", 7.75, "other"), M("500 miles", 500, "quantity", "mi"),
      M("3", 3, "identifier"), M("4", 4, "identifier")]),
    ("Fares from London (King's Cross) to Edinburgh: first class, 57s. 6d.; third class, 32s. "
     "8d.; return tickets available for 2 months. The 10.0 a.m. 'Flying Scotsman' covers the "
     "392¾ miles in 8¼ hours.",
     [M("57s. 6d.", lsd(0, 57, 6), "money", "GBP"), M("32s. 8d.", lsd(0, 32, 8), "money", "GBP"),
      M("2 months", 2, "quantity", "month"), M("10.0 a.m.", 10, "other"),
      M("392¾ miles", 392.75, "quantity", "mi"), M("8¼ hours", 8.25, "quantity", "hour")]),
    ("Commutation tickets, 60 rides, $7.50; single fare 15 cents; children under 12, half "
     "fare. Cars leave every 20 minutes from 6 a.m. to 11 p.m.; the last car leaves Main St. at "
     "12:15 a.m.",
     [M("60", 60, "count"), M("$7.50", 7.5, "money", "USD"), M("15 cents", 0.15, "money", "USD"),
      M("12", 12, "quantity", "year"), M("half", 0.5, "other"),
      M("20 minutes", 20, "quantity", "minute"), R("6 a.m. to 11 p.m.", 6, 23),
      M("12:15 a.m.", 0.25, "other")]),
    ("Service 7X: Mon–Fri departures at 06:42, 07:12 and every 15 min until 19:27; Sat "
     "08:05–18:35 hourly. Zone 1–2 Anytime fare £3.40; off-peak £2.80 (valid after 09:30).",
     [M("7X", 7, "identifier"), M("06:42", hm(6, 42), "other"), M("07:12", hm(7, 12), "other"),
      M("15 min", 15, "quantity", "minute"), M("19:27", hm(19, 27), "other"),
      R("08:05–18:35", hm(8, 5), hm(18, 35)), M("1–2", 1, "identifier", range_end=2),
      M("£3.40", 3.4, "money", "GBP"), M("£2.80", 2.8, "money", "GBP"),
      M("09:30", 9.5, "other")]),
    # ---- medical case series and clinical trials
    ("We enrolled 248 patients (median age 64 years, IQR 55–72; 61% men) between March 2019 "
     "and June 2021. Patients received methotrexate 0.3 mg/kg weekly or placebo.",
     [M("248", 248, "count"), M("64 years", 64, "quantity", "year"), R("55–72", 55, 72),
      M("61%", 61, "percent", "%"), M("March 2019", 2019, "date"),
      M("June 2021", 2021, "date"), M("0.3 mg/kg", 0.3, "quantity", "mg/kg")]),
    ("At baseline, mean systolic/diastolic blood pressure was 152/94 mmHg and mean BMI 31.2 "
     "kg/m²; after 12 weeks pressure fell by 14.6 mmHg (95% CI 11.9 to 17.3) versus 3.1 mmHg "
     "with placebo (p < 0.001).",
     [M("152", 152, "quantity", "mmHg"), M("94 mmHg", 94, "quantity", "mmHg"),
      M("31.2 kg/m²", 31.2, "quantity", "kg/m2"), M("12 weeks", 12, "quantity", "week"),
      M("14.6 mmHg", 14.6, "quantity", "mmHg"), M("95%", 95, "percent", "%"),
      R("11.9 to 17.3", 11.9, 17.3), M("3.1 mmHg", 3.1, "quantity", "mmHg"),
      M("0.001", 0.001, "other")]),
    ("Grade 3 or 4 adverse events occurred in 27 of 124 patients (21.8%) in the intervention "
     "arm and 9 of 122 (7.4%) in the control arm; 2 deaths were judged treatment-related.",
     [M("3", 3, "identifier"), M("4", 4, "identifier"), M("27", 27, "count"),
      M("124", 124, "count"), M("21.8%", 21.8, "percent", "%"), M("9", 9, "count"),
      M("122", 122, "count"), M("7.4%", 7.4, "percent", "%"), M("2", 2, "count")]),
    ("Case 3. A 46-year-old woman presented with a temperature of 39.4 °C and a pulse of 118 "
     "bpm. She was given ceftriaxone 2 g intravenously once daily for 10 days and discharged "
     "on day 14.",
     [M("3", 3, "identifier"), M("46-year-old", 46, "quantity", "year"),
      M("39.4 °C", 39.4, "quantity", "degC"), M("118 bpm", 118, "quantity", "bpm"),
      M("2 g", 2, "quantity", "g"), M("10 days", 10, "quantity", "day"),
      M("14", 14, "ordinal")]),
    ("The phase III trial randomised 1,200 participants 2:1 to vaccine or placebo; efficacy "
     "was 94.1% (95% CI, 89.3–96.8), with 11 cases versus 185 in the placebo group over a "
     "median follow-up of 2 months.",
     [M("III", 3, "identifier"), M("1,200", 1200, "count"), M("2:1", None, "other"),
      M("94.1%", 94.1, "percent", "%"), M("95%", 95, "percent", "%"),
      R("89.3–96.8", 89.3, 96.8), M("11", 11, "count"), M("185", 185, "count"),
      M("2 months", 2, "quantity", "month")]),
    ("Of 1,426 cases of smallpox admitted to the hospital in 1871–72, 302 died (21.2 per "
     "cent); among the vaccinated the fatality was 8.3 per cent, among the unvaccinated 44.6.",
     [M("1,426", 1426, "count"), R("1871–72", 1871, 1872), M("302", 302, "count"),
      M("21.2 per cent", 21.2, "percent", "%"), M("8.3 per cent", 8.3, "percent", "%"),
      M("44.6", 44.6, "percent", "%")]),
    # ---- demographic rates in prose
    ("In Sweden the crude death rate fell from about 27 per 1,000 in the 1810s to 17 per 1,000 "
     "by the 1880s, while the crude birth rate stayed near 30 per 1,000 until 1880 and then "
     "declined to 14.5 by 1933.",
     [M("27", 27, "count"), M("1,000", 1000, "count"), M("1810", 1810, "year", glued=True),
      M("17", 17, "count"), M("1,000", 1000, "count"), M("1880", 1880, "year", glued=True),
      M("30", 30, "count"), M("1,000", 1000, "count"), M("1880", 1880, "year"),
      M("14.5", 14.5, "count"), M("1933", 1933, "year")]),
    ("Infant mortality in Massachusetts was 162 per thousand live births in 1870 and 67 per "
     "thousand in 1925; life expectancy at birth rose from 43.5 to 57.9 years, and the total "
     "fertility rate fell below 2.1 children per woman in 1927.",
     [M("162 per thousand", 162, "quantity", "‰"), M("1870", 1870, "year"),
      M("67 per thousand", 67, "quantity", "‰"), M("1925", 1925, "year"),
      R("43.5 to 57.9 years", 43.5, 57.9, "year"), M("2.1", 2.1, "count"),
      M("1927", 1927, "year")]),
    ("The Indian census of 1921 is the 'great divide': population had grown by only 0.3 per "
     "cent in 1911–21, but by 10.6 per cent in 1921–31 and 14.2 per cent in 1931–41.",
     [M("1921", 1921, "year"), M("0.3 per cent", 0.3, "percent", "%"), R("1911–21", 1911, 1921),
      M("10.6 per cent", 10.6, "percent", "%"), R("1921–31", 1921, 1931),
      M("14.2 per cent", 14.2, "percent", "%"), R("1931–41", 1931, 1941)]),
    ("Table 4. Mean age at first marriage, women: 1851, 25.8; 1871, 25.1; 1901, 26.3; 1931, "
     "25.5.",
     [M("4", 4, "identifier"), M("1851", 1851, "year"), M("25.8", 25.8, "quantity", "year"),
      M("1871", 1871, "year"), M("25.1", 25.1, "quantity", "year"), M("1901", 1901, "year"),
      M("26.3", 26.3, "quantity", "year"), M("1931", 1931, "year"),
      M("25.5", 25.5, "quantity", "year")]),
    ("Emigration from Norway peaked in the 1880s, when some 186,000 left — about 10 per cent of "
     "the population — and again in the first decade of the twentieth century.",
     [M("1880", 1880, "year", glued=True), M("186,000", 186000, "count"),
      M("10 per cent", 10, "percent", "%")]),
    # ---- biographies
    ("Eleanor Whitcombe (3 March 1858 – 19 October 1931) was an English statistician. In 1884, "
     "aged 26, she became the first woman elected to the society, and she left £6,000 to found "
     "a scholarship.",
     [M("3 March 1858", 1858, "date"), M("19 October 1931", 1931, "date"),
      M("1884", 1884, "year"), M("26", 26, "quantity", "year"),
      M("£6,000", 6000, "money", "GBP")]),
    ("Tanaka Hiroshi (born 9 February 1947) is a Japanese economist. He was the second of four "
     "sons, graduated from Kyoto University in 1969, served as governor of the central bank "
     "from 2003 to 2008, and holds 11 honorary doctorates.",
     [M("9 February 1947", 1947, "date"), M("four", 4, "count"), M("1969", 1969, "year"),
      R("2003 to 2008", 2003, 2008), M("11", 11, "count")]),
    ("Born in Glasgow on the 14th of July 1872, he emigrated in his 20th year, worked for 17 "
     "years on the Canadian Pacific, and died at Vancouver in 1946 at the age of seventy-three. "
     "He married twice and had nine children, six of whom survived him.",
     [M("14th of July 1872", 1872, "date"), M("20th", 20, "ordinal"),
      M("17 years", 17, "quantity", "year"), M("1946", 1946, "year"),
      M("seventy-three", 73, "quantity", "year"), M("nine", 9, "count"), M("six", 6, "count")]),
    ("She won the Nobel Prize in Physics in 1903 and in Chemistry in 1911,[12][13] the first "
     "person to win it twice.[14]",
     [M("1903", 1903, "year"), M("1911", 1911, "year"), M("12", 12, "reference"),
      M("13", 13, "reference"), M("14", 14, "reference")]),
    ("The parish registers survive from the reign of Elizabeth I; the church itself dates from "
     "the 12th century, and the tower was rebuilt in MDCCCXLII, as the inscription records.",
     [M("I", 1, "ordinal"), M("12th", 12, "ordinal"), M("MDCCCXLII", 1842, "year")]),
    ("The Hudson's Bay Company sold Rupert's Land to Canada in 1869 for £300,000 and "
     "one-twentieth of the fertile belt; in 1901 Winnipeg had 42,340 people, and a homestead "
     "of 160 acres cost a filing fee of $10.",
     [M("1869", 1869, "year"), M("£300,000", 300000, "money", "GBP"),
      M("one-twentieth", 0.05, "other"), M("1901", 1901, "year"), M("42,340", 42340, "count"),
      M("160 acres", 160, "quantity", "acre"), M("$10", 10, "money", "CAD")]),
    # ---- sports almanacs
    ("1941 — Ted Williams, Boston (AL): .406 batting average, 37 home runs, 120 RBI in 143 "
     "games; on-base percentage .553. He went 6-for-8 in a doubleheader on the final day.",
     [M("1941", 1941, "year"), M(".406", 0.406, "other"), M("37", 37, "count"),
      M("120", 120, "count"), M("143", 143, "count"), M(".553", 0.553, "other"),
      M("6", 6, "count"), M("8", 8, "count")]),
    ("Pitching record: 25–11, 2.45 ERA, 287⅓ innings, 242 strikeouts, 6 shutouts.",
     [M("25–11", None, "other"), M("2.45", 2.45, "other"), M("287⅓", 287 + THIRD, "count"),
      M("242", 242, "count"), M("6", 6, "count")]),
    ("The Bears won 27–24; Payton rushed for 1,852 yards in 1977, averaging 5.5 yards a carry, "
     "and a 54-yard field goal with 3 seconds left decided the game.",
     [M("27–24", None, "other"), M("1,852 yards", 1852, "quantity", "yd"),
      M("1977", 1977, "year"), M("5.5 yards", 5.5, "quantity", "yd"),
      M("54-yard", 54, "quantity", "yd"), M("3 seconds", 3, "quantity", "s")]),
    ("Heavyweight championship, 22 September 1927, Soldier Field, Chicago: Tunney beat Dempsey "
     "on points over 10 rounds before 104,943 spectators; gate receipts $2,658,660. Tunney: 6 "
     "ft 1 in, 189 lb.",
     [M("22 September 1927", 1927, "date"), M("10", 10, "count"), M("104,943", 104943, "count"),
      M("$2,658,660", 2658660, "money", "USD"), M("6 ft", 6, "quantity", "ft"),
      M("1 in", 1, "quantity", "inch"), M("189 lb", 189, "quantity", "lb")]),
    ("1936 Berlin: Jesse Owens, 100 m 10.3 s, 200 m 20.7 s, long jump 8.06 m, 4 × 100 m relay "
     "39.8 s.",
     [M("1936", 1936, "year"), M("100 m", 100, "quantity", "m"), M("10.3 s", 10.3, "quantity", "s"),
      M("200 m", 200, "quantity", "m"), M("20.7 s", 20.7, "quantity", "s"),
      M("8.06 m", 8.06, "quantity", "m"), M("4", 4, "count"), M("100 m", 100, "quantity", "m"),
      M("39.8 s", 39.8, "quantity", "s")]),
    # ---- classified and real-estate ads
    ("TO LET—A commodious 8-room house, No. 214 Elm St., with bath and furnace; rent $35 per "
     "month. Apply to J. B. Carter, 17 Court St., or Telephone Main 2047.",
     [M("8", 8, "count"), M("No. 214", 214, "identifier"), M("$35", 35, "money", "USD"),
      M("17", 17, "identifier"), M("2047", 2047, "identifier")]),
    ("WANTED.—A steady young man, 18 to 21 years of age, to learn the drug business; wages $4 a "
     "week to start. Address, in own handwriting, Box 73, Herald office.",
     [R("18 to 21 years", 18, 21, "year"), M("$4", 4, "money", "USD"),
      M("73", 73, "identifier")]),
    ("NEW LISTING: 4BR/2.5BA colonial, 2,640 sq ft on 0.41 acres, built 1987, roof 2019. "
     "$649,000. Taxes $9,812/yr. Open house Sun 1–3 PM. Call 617-555-0143.",
     [M("4", 4, "count", glued=True), M("2.5", 2.5, "count", glued=True),
      M("2,640 sq ft", 2640, "quantity", "ft2"), M("0.41 acres", 0.41, "quantity", "acre"),
      M("1987", 1987, "year"), M("2019", 2019, "year"), M("$649,000", 649000, "money", "USD"),
      M("$9,812/yr.", 9812, "money", "USD"), R("1–3 PM", 13, 15),
      M("617-555-0143", None, "identifier")]),
    ("For orders telephone 0161 496 0731 or write to P.O. Box 1126, Leeds LS1 4DY, quoting "
     "sort code 40-22-18 and account 71234567.",
     [M("0161 496 0731", None, "identifier"), M("1126", 1126, "identifier"),
      M("LS1 4DY", None, "identifier"), M("40-22-18", None, "identifier"),
      M("71234567", 71234567, "identifier")]),
    # ---- science journalism
    ("Proxima Centauri, the nearest star to the Sun, lies 4.24 light-years away; its planet "
     "Proxima b orbits at 0.05 au every 11.2 days and receives about 65% of the energy Earth "
     "gets.",
     [M("4.24 light-years", 4.24, "quantity", "ly"), M("0.05 au", 0.05, "quantity", "au"),
      M("11.2 days", 11.2, "quantity", "day"), M("65%", 65, "percent", "%")]),
    ("The cosmic microwave background has a temperature of 2.725 K, or about −270.4 °C; it was "
     "emitted some 380,000 years after the Big Bang, 13.8 billion years ago.",
     [M("2.725 K", 2.725, "quantity", "K"), M("−270.4 °C", -270.4, "quantity", "degC"),
      M("380,000 years", 380000, "quantity", "year"),
      M("13.8 billion years", 13.8 * MLRD, "quantity", "year", MLRD)]),
    ("The new chips are built on a 3-nanometre process, packing some 50 billion transistors "
     "onto a die of 100 mm², while blue LEDs emit at around 450 nm.",
     [M("3-nanometre", 3, "quantity", "nm"), M("50 billion", 50 * MLRD, "count", None, MLRD),
      M("100 mm²", 100, "quantity", "mm2"), M("450 nm", 450, "quantity", "nm")]),
    ("The telescope's 6.5-metre mirror, made of 18 hexagonal segments, must be kept below 50 K; "
     "it sits 1.5 million km from Earth at the second Lagrange point, L2.",
     [M("6.5-metre", 6.5, "quantity", "m"), M("18", 18, "count"), M("50 K", 50, "quantity", "K"),
      M("1.5 million km", 1.5 * MLN, "quantity", "km", MLN), M("2", 2, "other", glued=True)]),
    ("A neutron star packs about 1.4 solar masses into a sphere 20 km across, so a teaspoon of "
     "its matter would weigh some 10⁹ tonnes; its magnetic field can reach 10¹¹ tesla.",
     [M("1.4 solar masses", 1.4, "quantity", "solar_mass"), M("20 km", 20, "quantity", "km"),
      M("10⁹ tonnes", 1e9, "quantity", "t"), M("10¹¹ tesla", 1e11, "quantity", "T")]),
    # ---- misc: climate, markets, prices, politics
    ("January mean temperature at Winnipeg is −17.8 °C (0 °F); the record low, −47.8 °C, was "
     "set on 24 December 1879, and the annual range exceeds 40 degrees.",
     [M("−17.8 °C", -17.8, "quantity", "degC"), M("0 °F", 0, "quantity", "degF"),
      M("−47.8 °C", -47.8, "quantity", "degC"), M("24 December 1879", 1879, "date"),
      M("40 degrees", 40, "quantity", "degC")]),
    ("The Dow Jones Industrial Average fell 38.33 points, or 12.8 per cent, to 260.64 on "
     "October 28, 1929, and lost another 30.57 the next day.",
     [M("38.33 points", 38.33, "other", "point"), M("12.8 per cent", 12.8, "percent", "%"),
      M("260.64", 260.64, "other"), M("October 28, 1929", 1929, "date"),
      M("30.57", 30.57, "other", "point")]),
    ("Freight rates from Chicago to New York fell by three quarters between 1868 and 1900, "
     "while tonnage carried grew elevenfold; a ton of grain that cost $1.75 to ship in 1868 "
     "went for 43 cents.",
     [M("three quarters", 0.75, "other"), M("1868", 1868, "year"), M("1900", 1900, "year"),
      M("elevenfold", 11, "other", "times"), M("$1.75", 1.75, "money", "USD"),
      M("1868", 1868, "year"), M("43 cents", 0.43, "money", "USD")]),
    ("The Democratic share of the vote in Iowa rose from 37.6% in 1928 to 57.7% in 1932, a "
     "swing of +20.1 points, while turnout was down 2.3 points.",
     [M("37.6%", 37.6, "percent", "%"), M("1928", 1928, "year"), M("57.7%", 57.7, "percent", "%"),
      M("1932", 1932, "year"), M("+20.1 points", 20.1, "percent", "%"),
      M("2.3 points", 2.3, "percent", "%")]),
    ("The tithe was commuted at one-tenth of the gross produce, about 2s. 9½d. in the pound of "
     "rent, under the Act of 1836 (6 & 7 Will. IV c. 71).",
     [M("one-tenth", 0.1, "other"), M("2s. 9½d.", lsd(0, 2, 9.5), "money", "GBP"),
      M("1836", 1836, "year"), M("6", 6, "reference"), M("7", 7, "reference"),
      M("IV", 4, "ordinal"), M("71", 71, "identifier")]),
    # ---- citations
    ("See Eltis and Richardson, Atlas of the Transatlantic Slave Trade (New Haven, 2010), "
     "18–23, map 9; and Klein, The Middle Passage (Princeton, 1978), 229n14.",
     [M("2010", 2010, "reference"), M("18–23", 18, "reference", range_end=23),
      M("9", 9, "reference"), M("1978", 1978, "reference"),
      M("229", 229, "reference", glued=True), M("14", 14, "reference", glued=True)]),
    ("Smith, J. (1998). Tonnage and trade in the Chesapeake. Journal of Maritime History, "
     "10(2), 115–138. https://doi.org/10.1080/0029",
     [M("1998", 1998, "reference"), M("10", 10, "reference"), M("2", 2, "reference"),
      M("115–138", 115, "reference", range_end=138),
      M("10.1080/0029", None, "identifier")]),
    ("The hearing is set for 9:30 a.m. on Tuesday, 04/15/2025, in Courtroom 6B; briefs of no "
     "more than 25 pages are due 14 days before.",
     [M("9:30 a.m.", 9.5, "other"), M("04/15/2025", 2025, "date"),
      M("6B", 6, "identifier"), M("25", 25, "count"), M("14 days", 14, "quantity", "day")]),
]
# fmt: on


def main() -> None:
    _bh.build_all({"en": EN}, "dev_en2", HERE)


if __name__ == "__main__":
    main()
