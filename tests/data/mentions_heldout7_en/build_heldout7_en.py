"""Build the seventh, independent English held-out numeric-mention set (``heldout7_en.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_heldout7_en/build_heldout7_en.py

A **sealed held-out** set: it measures how well ``analysis.extract_mentions`` generalises
to English text its developers never tuned on.  Report its scores only, never its
disagreements, and never change the extractor because of it.

The passages were written for this set, in English, in the style of the documents a
historian, economist or social scientist reads: encyclopedia articles, 19th-century
newspapers (market reports, shipping news, police courts, ads, fire and death notices)
and 20th-century wire and business news, history monographs with footnotes and
footnote lines, parliamentary papers, government and statistical reports (census,
budget, factory, education and road returns, price indices), business and finance news
and company reports, science and medicine (astronomy, chemistry, physics, clinical
trials, epidemiology, earthquakes), legal texts (statutes, deeds, treaties, judgments,
bylaws, law reports), travel writing, guidebooks and memoir / oral history, sports
reports (cricket, football, tennis, athletics, racing) and culture (art sales, film,
music, publishing, theatre, architecture), plus a bibliography and a weather report.
They were annotated blind, from ``docs/numeric-mentions.md`` and the decisions in the
docstrings of ``tests/data/mentions_heldout/build_heldout.py``,
``tests/data/mentions_heldout2/build_heldout2.py``,
``tests/data/mentions_heldout3/build_heldout3.py`` and the ``build_dev_*.py`` scripts of
``tests/data/mentions_dev_*`` — the annotator never ran the extractor and never read its
code or tests.  Texts are already normalised (plain spaces, no NBSP / thin spaces).

Each passage is ``(text, [mentions in text order])`` using the ``M`` / ``R`` helpers and
the ``annotate`` validator of ``tests/data/mentions_heldout/build_heldout.py`` (offsets are
found with ``str.find`` from the end of the previous mention, never typed).  The
validator's ``CURRENCIES`` set is extended in memory (not in that file) with ``DEM``
(marks and pfennigs), ``FRF`` (francs and centimes) and ``EGP`` (Egyptian piastres).

Decisions taken here where the spec and the earlier docstrings are silent, each with the
example that settled it:

* **Wars named by their length** are durations, like the ``Five-Year`` plan: ``Thirty
  Years``' War -> ``quantity`` 30 ``year``, the possessive apostrophe outside.
* **A unit name of two words** is taken whole: ``one standard atmosphere`` -> ``quantity``
  1 ``atm``; ``533,400 metric tons`` -> ``t`` with ``metric`` inside; a qualifier of the
  denominator is inside too (``6 tons per statute acre`` -> ``ton/acre``).
* **Aircraft variants** ``747-400`` are one ``identifier`` with value null (two integers,
  like dev_ru3's series ``1-464``).
* **Musical works**: ``Symphony No. 9`` -> ``No. 9`` ``identifier`` (number sign inside);
  ``Op. 125`` -> ``125`` ``identifier`` with the noun ``Op.`` outside, like ``Section 5``.
  A chart position ``at No. 1`` is a rank: ``ordinal`` 1 with ``No.`` inside.
* **Old market quotations with a hyphenated fraction** ``6 7-16d.`` are one mixed number
  (6 7/16 pence -> 0.0268229 GBP), like ``82 2/7 lb.``; ``$1.37⅝`` is 1.37625 USD.
* **A bare degree sign in an English 19th- or 20th-century weather line** (``mean
  temperature of the week was 64.2°``) is Fahrenheit, ``degF``; ``24° F`` with a space is
  one span.  ``force 5`` (Beaufort) is a reading on a scale: ``other`` 5, unit
  ``beaufort``, the word ``force`` outside (like dev_id2's ``magnitudo``); a magnitude
  ``of magnitude 7.9`` likewise (``7.9``, unit ``magnitude``).
* **Clock times in words** are one time of day (``other``, unit null without an hour
  word): ``half past seven`` -> 7.5, ``a quarter to ten`` -> 9.75; ``22 minutes past 7
  o'clock`` -> 7.3667 with unit ``hour`` (``o'clock`` inside), like ``в 4 часа 15 минут``.
* **The indefinite article before a unit or period** is not a number: ``a year ago``,
  ``a year later``, ``ran the mile`` have no mention; ``20 cents a dozen`` is a price per
  dozen and ``a dozen`` is the measure, not annotated (like dev_en's grain ``a quarter``).
* **Sub-units in other currencies** are money in the main unit: ``38 pfennigs`` -> 0.38
  ``DEM`` (and the elided ``52`` after it), ``198 piastres`` and ``25 PT`` (piastre tarif)
  -> 1.98 / 0.25 ``EGP``.  Three-digit prices glued to ``p`` are pence too: ``612p`` ->
  6.12 GBP; ``425 pence`` -> 4.25 GBP.
* **Colloquial shillings and pence** in speech are one amount: ``eleven and six`` -> 11s.
  6d. = 0.575 GBP, ``three pound ten`` -> 3.5 GBP; ``'31`` is the year 1931 (apostrophe
  outside), like ``'30s``.
* **``half-year``** (the factory inspectors' reporting period) is a one-word duration:
  ``quantity`` 0.5 ``year``; ``half-timers`` (a class of child workers) is a lexicalised
  noun and not a mention.
* **Question numbers of minutes of evidence** ``QQ. 2,317–2,340`` are ``reference``
  (value 2317, range_end 2340), like pages; a figure in an author-date citation
  (``Allen 2001, fig. 3``) is a ``reference``; a footnote line may hold two notes
  (``23 … 24 …``), each number opening a note is a ``reference``.
* **An index base** ``(1982-84=100)``: the base period is a ``range`` and ``100`` an index
  level, ``other``.
* **Named indices**: ``FTSE 100`` -> ``100`` ``other`` (a name containing a number, like
  ``Hornsea 2``).  ``6bp`` (basis points, glued) -> ``percent`` 0.06.
* **Exchange terms in a takeover** ``0.8 new shares`` are a ``count`` 0.8.  A move of an
  exchange rate in cents (``sterling slipped 0.4 cents``) is money, 0.004 USD, like any
  sub-unit alone.  ``Chapter 11`` (of the Bankruptcy Code) is an ``identifier``, like a
  title or section number.
* **"the six million mark"** is a threshold, not a currency: ``six million`` is a
  ``count`` (6e6, scale 1e6) and ``mark`` stays outside.
* **Size classes in a table line** (``one person, 8,054,000``; ``five or more persons``)
  are ``count`` mentions (``one``, ``five``), not the idiom "one of"; a decimal table
  number in a heading (``Table 2.3.``) is an ``identifier`` with value null.
* **Parts of a book named in the prose of a footnote** (``printed in App. III, table 4``)
  are ``identifier`` mentions, while the volume, pages and note of the citation before
  them (``ii, 318–19``; ``p. 87 n. 2``) are ``reference``.
* **Drug doses in units** ``500,000 units`` of penicillin are a ``quantity`` (unit ``IU``).
* **Paragraph pinpoints in a law report** ``at [29]–[33]`` are two ``reference`` mentions
  (the brackets outside, as for footnote brackets); a neutral citation ``[2004] UKHL 30``
  and a report ``[2004] 2 AC 557`` give ``reference`` for year, case number, volume and
  page; the year of an Act in its title (``Human Rights Act 1998``, ``Trunk Roads Act,
  1936``) is a ``year``.
* **A date written out in a deed** ``the twenty-fourth day of June One thousand eight
  hundred and sixty-two`` is one ``date`` (value 1862) from the ordinal word to the last
  word of the year, like ``the 3rd of March, 1861``; ``of the one part`` is a legal idiom,
  not a mention; ``Four hundred and fifty pounds`` is money (450 GBP, scale null).
* **A label number** ``the number 33`` chalked or pinned on an immigrant is an
  ``identifier`` (the noun ``number`` outside).
* **Guidebook shorthand** (Baedeker): ``80 R.`` (rooms) is a ``count``; ``B. 1½`` and
  ``R. 3-5`` take the currency of the neighbouring ``fr.`` prices by elision (money
  1.5 FRF, range 3..5 FRF); ``2 fr. 50 c.`` is one amount (2.5 FRF).
* **Cricket bowling figures** ``7 for 44`` are two ``count`` mentions (wickets, runs), like
  ``6-for-8``.  A winning margin ``by 31 lengths`` is a ``quantity`` (unit ``length``); a
  race time ``in 2:24`` (minutes:seconds) is one ``quantity`` in hours (0.04); a result
  in separate units ``2 h 54 min 46 s`` gives three quantities.
* **A film's year in brackets in prose** ``Gone with the Wind (1939)`` is a ``year``
  (not a citation, unlike dev_en's ``The District Gazetteer (1908)`` as a source).
* **A release number** ``CB24-150`` is one ``identifier`` with value null; an ISO date
  ``2024-09-10`` is a ``date`` (2024).
* **Feast days** do not make a date: ``Christmas Day 1066`` -> ``1066`` ``year``;
  ``c.`` (circa) is an approximator and stays outside (``c. 1028`` -> ``1028``).
* **Unit codes** used: ``km``, ``m``, ``mm``, ``ft``, ``inch``, ``mi``, ``yd``, ``km2``,
  ``mi2``, ``acre``, ``kg``, ``lb``, ``mg``, ``ton``, ``t``, ``ton/acre``, ``degC``, ``degF``,
  ``K``, ``kPa``, ``atm``, ``au``, ``TeV``, ``mol/l``, ``IU``, ``‰``, ``length``, ``second``,
  ``minute``, ``hour``, ``day``, ``week``, ``month``, ``year``, ``point``, ``times``,
  ``magnitude``, ``beaufort``.
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
_bh.CURRENCIES.update({"DEM", "FRF", "EGP"})

M, R = _bh.M, _bh.R
MLN, MLRD, TRLN = 1_000_000, 1_000_000_000, 1_000_000_000_000


def lsd(pounds: float, shillings: float = 0, pence: float = 0) -> float:
    """An amount in pounds, shillings and pence, in pounds."""
    return pounds + shillings / 20 + pence / 240


def hm(h: int, m: int = 0, s: int = 0) -> float:
    """A clock time or duration in hours."""
    return h + m / 60 + s / 3600


# fmt: off
# ============================================================================ en
EN = [
    # ---- encyclopedia articles
    ("The Suez Canal, opened on 17 November 1869, is 193.30 km long and has no locks; in 2023 "
     "some 26,434 vessels passed through it, paying about US$10.25 billion in transit fees.[2]",
     [M("17 November 1869", 1869, "date"), M("193.30 km", 193.3, "quantity", "km"),
      M("2023", 2023, "year"), M("26,434", 26434, "count"),
      M("US$10.25 billion", 10.25 * MLRD, "money", "USD", MLRD), M("2", 2, "reference")]),
    ("Kilimanjaro rises to 5,895 metres (19,341 ft) above sea level; its ice fields have shrunk "
     "by more than 80 per cent since 1912, when they covered about 12 km².",
     [M("5,895 metres", 5895, "quantity", "m"), M("19,341 ft", 19341, "quantity", "ft"),
      M("80 per cent", 80, "percent", "%"), M("1912", 1912, "year"),
      M("12 km²", 12, "quantity", "km2")]),
    ("William I (c. 1028 – 9 September 1087), the first Norman king of England, was crowned at "
     "Westminster on Christmas Day 1066; the Domesday survey he ordered in 1085 recorded some "
     "13,418 settlements.[3]",
     [M("I", 1, "ordinal"), M("1028", 1028, "year"), M("9 September 1087", 1087, "date"),
      M("1066", 1066, "year"), M("1085", 1085, "year"), M("13,418", 13418, "count"),
      M("3", 3, "reference")]),
    ("Manchester grew from about 25,000 inhabitants in 1772 to 303,382 in 1851 and peaked at "
     "766,311 in 1931; the city today covers 115.6 km² (44.6 sq mi).",
     [M("25,000", 25000, "count"), M("1772", 1772, "year"), M("303,382", 303382, "count"),
      M("1851", 1851, "year"), M("766,311", 766311, "count"), M("1931", 1931, "year"),
      M("115.6 km²", 115.6, "quantity", "km2"), M("44.6 sq mi", 44.6, "quantity", "mi2")]),
    ("Louis XIV reigned for 72 years and 110 days (1643–1715), the longest reign of any "
     "sovereign of a major European state; he came to the throne at the age of four.",
     [M("XIV", 14, "ordinal"), M("72 years", 72, "quantity", "year"),
      M("110 days", 110, "quantity", "day"), R("1643–1715", 1643, 1715),
      M("four", 4, "quantity", "year")]),
    ("Water boils at 100 °C (212 °F) at a pressure of one standard atmosphere (101.325 kPa); on "
     "the summit of Everest, 8,849 m above sea level, it boils at about 71 °C.",
     [M("100 °C", 100, "quantity", "degC"), M("212 °F", 212, "quantity", "degF"),
      M("one standard atmosphere", 1, "quantity", "atm"),
      M("101.325 kPa", 101.325, "quantity", "kPa"), M("8,849 m", 8849, "quantity", "m"),
      M("71 °C", 71, "quantity", "degC")]),
    ("The Peace of Westphalia consisted of two treaties signed at Osnabrück and Münster on 24 "
     "October 1648, ending the Thirty Years' War (1618–1648); the Peace of Münster, concluded "
     "on 30 January 1648, had already ended the Eighty Years' War.",
     [M("two", 2, "count"), M("24 October 1648", 1648, "date"),
      M("Thirty Years", 30, "quantity", "year"), R("1618–1648", 1618, 1648),
      M("30 January 1648", 1648, "date"), M("Eighty Years", 80, "quantity", "year")]),
    ("The Boeing 747-400, introduced in 1989, has a maximum take-off weight of 396,890 kg "
     "(875,000 lb) and a range of 13,450 km; 694 were built before production ended in 2009.",
     [M("747-400", None, "identifier"), M("1989", 1989, "year"),
      M("396,890 kg", 396890, "quantity", "kg"), M("875,000 lb", 875000, "quantity", "lb"),
      M("13,450 km", 13450, "quantity", "km"), M("694", 694, "count"),
      M("2009", 2009, "year")]),
    ("Beethoven's Symphony No. 9 in D minor, Op. 125, was first performed at the "
     "Kärntnertortheater in Vienna on 7 May 1824; a performance typically lasts about 70 "
     "minutes, and the choral finale alone some 24.",
     [M("No. 9", 9, "identifier"), M("125", 125, "identifier"),
      M("7 May 1824", 1824, "date"), M("70 minutes", 70, "quantity", "minute"),
      M("24", 24, "quantity", "minute")]),
    # ---- 19th-century newspapers
    ("LIVERPOOL, Feb. 3.—Cotton: Sales to-day 8,000 bales, including 1,000 for speculation and "
     "export. Middling Uplands, 6 7-16d.; Orleans, 6 9-16d. Market firm.",
     [M("Feb. 3", None, "date"), M("8,000", 8000, "count"), M("1,000", 1000, "count"),
      M("6 7-16d.", lsd(0, 0, 6 + 7 / 16), "money", "GBP"),
      M("6 9-16d.", lsd(0, 0, 6 + 9 / 16), "money", "GBP")]),
    ("THE CHICAGO FIRE.—The fire, which broke out on Sunday evening about 9 o'clock, has burned "
     "over an area of 2,124 acres; 17,450 buildings are destroyed and nearly 100,000 persons "
     "are homeless. The loss is estimated at $196,000,000.",
     [M("9 o'clock", 9, "other", "hour"), M("2,124 acres", 2124, "quantity", "acre"),
      M("17,450", 17450, "count"), M("100,000", 100000, "count"),
      M("$196,000,000", 196000000, "money", "USD")]),
    ("The Registrar-General's return shows 1,482 deaths in London in the week ending Saturday, "
     "212 above the corrected average; 57 were from cholera and 19 from small-pox. The mean "
     "temperature of the week was 64.2°, and the rainfall 0.35 inch.",
     [M("1,482", 1482, "count"), M("212", 212, "count"), M("57", 57, "count"),
      M("19", 19, "count"), M("64.2°", 64.2, "quantity", "degF"),
      M("0.35 inch", 0.35, "quantity", "inch")]),
    ("WASHINGTON, April 15, 1865.—Abraham Lincoln died this morning at 22 minutes past 7 "
     "o'clock. Andrew Johnson was sworn in as President at 11 o'clock by Chief Justice Chase.",
     [M("April 15, 1865", 1865, "date"),
      M("22 minutes past 7 o'clock", hm(7, 22), "other", "hour"),
      M("11 o'clock", 11, "other", "hour")]),
    ("NOTICE.—The subscriber will pay 12½ cents per bushel for good clean OATS delivered at his "
     "mill on or before the 1st of December next, and 20 cents a dozen for fresh eggs. JOHN "
     "WARD, No. 17 Front Street.",
     [M("12½ cents", 0.125, "money", "USD"), M("1st of December", None, "date"),
      M("20 cents", 0.2, "money", "USD"), M("No. 17", 17, "identifier")]),
    ("ARRIVED.—Steamship City of Paris, Watkins, from Liverpool and Queenstown, 6 days 21 hours, "
     "with mdse. and 1,104 passengers; had strong westerly gales the entire passage.",
     [M("6 days", 6, "quantity", "day"), M("21 hours", 21, "quantity", "hour"),
      M("1,104", 1104, "count")]),
    ("MANSION HOUSE.—Thomas Briggs, 34, a porter, was charged with stealing 3 lb. of tea, value "
     "9s., from a warehouse in Thames Street. The Lord Mayor sentenced him to 21 days' hard "
     "labour.",
     [M("34", 34, "quantity", "year"), M("3 lb.", 3, "quantity", "lb"),
      M("9s.", lsd(0, 9), "money", "GBP"), M("21 days", 21, "quantity", "day")]),
    # ---- 20th-century newspapers
    ("HONOLULU, Dec. 7 (AP)—Japanese bombers attacked Pearl Harbor at 7:55 a.m. today. An Army "
     "spokesman said at least 104 were killed at Hickam Field alone; the total was expected to "
     "run into the hundreds.",
     [M("Dec. 7", None, "date"), M("7:55 a.m.", hm(7, 55), "other"), M("104", 104, "count")]),
    ("CHICAGO, March 8.—May wheat closed at $1.37⅝, off 2¼ cents, after touching $1.41 early "
     "in the session; receipts were 212 cars, against 158 a year ago.",
     [M("March 8", None, "date"), M("$1.37⅝", 1.37625, "money", "USD"),
      M("2¼ cents", 0.0225, "money", "USD"), M("$1.41", 1.41, "money", "USD"),
      M("212", 212, "count"), M("158", 158, "count")]),
    ("HOUSTON, July 20—Men landed on the moon at 4:17:40 p.m., Eastern daylight time, today. "
     "Six and a half hours later Neil A. Armstrong stepped onto its surface, some 238,000 miles "
     "from Earth.",
     [M("July 20", None, "date"), M("4:17:40 p.m.", hm(16, 17, 40), "other"),
      M("Six and a half hours", 6.5, "quantity", "hour"),
      M("238,000 miles", 238000, "quantity", "mi")]),
    ("OXFORD, May 6.—R. G. Bannister today ran the mile in 3 min. 59.4 sec. at Iffley Road, the "
     "first time the distance has been covered in under four minutes. C. J. Chataway was "
     "second in 4 min. 7.2 sec., before a crowd of about 1,200.",
     [M("May 6", None, "date"), M("3 min.", 3, "quantity", "minute"),
      M("59.4 sec.", 59.4, "quantity", "second"), M("four minutes", 4, "quantity", "minute"),
      M("4 min.", 4, "quantity", "minute"), M("7.2 sec.", 7.2, "quantity", "second"),
      M("1,200", 1200, "count")]),
    ("BERLIN, Feb. 9.—Unemployment in Germany passed the six million mark in January, and the "
     "Reichsbank discount rate stands at 7 per cent; a loaf of rye bread now costs 38 "
     "pfennigs, against 52 a year ago.",
     [M("six million", 6 * MLN, "count", None, MLN), M("7 per cent", 7, "percent", "%"),
      M("38 pfennigs", 0.38, "money", "DEM"), M("52", 0.52, "money", "DEM")]),
    ("The posted price of Saudi Arabian light crude rose from $2.59 a barrel in January 1973 to "
     "$11.65 a year later, a more than fourfold increase; in Britain petrol went up to 72p a "
     "gallon.",
     [M("$2.59", 2.59, "money", "USD"), M("January 1973", 1973, "date"),
      M("$11.65", 11.65, "money", "USD"), M("fourfold", 4, "other", "times"),
      M("72p", 0.72, "money", "GBP")]),
    # ---- history monographs and footnotes
    ("By 1851 the railway network of Great Britain extended to 6,800 miles, against 98 miles "
     "twenty years earlier;²³ the capital raised for the lines exceeded £240 million.²⁴",
     [M("1851", 1851, "year"), M("6,800 miles", 6800, "quantity", "mi"),
      M("98 miles", 98, "quantity", "mi"), M("twenty years", 20, "quantity", "year"),
      M("²³", 23, "reference"), M("£240 million", 240 * MLN, "money", "GBP", MLN),
      M("²⁴", 24, "reference")]),
    ("23 B. R. Mitchell and P. Deane, Abstract of British Historical Statistics (Cambridge, "
     "1962), pp. 225–6.\n24 H. Pollins, Britain's Railways: An Industrial History (Newton Abbot, "
     "1971), 42–58.",
     [M("23", 23, "reference"), M("1962", 1962, "reference"),
      M("225–6", 225, "reference", range_end=226), M("24", 24, "reference"),
      M("1971", 1971, "reference"), M("42–58", 42, "reference", range_end=58)]),
    ("Real wages of London building craftsmen barely moved between 1450 and 1540 and then fell "
     "by almost half over the next eighty years (Phelps Brown and Hopkins 1956: 296–314; Allen "
     "2001, fig. 3).",
     [M("1450", 1450, "year"), M("1540", 1540, "year"), M("half", 0.5, "other"),
      M("eighty years", 80, "quantity", "year"), M("1956", 1956, "reference"),
      M("296–314", 296, "reference", range_end=314), M("2001", 2001, "reference"),
      M("3", 3, "reference")]),
    ("On the eve of emancipation in 1834 Jamaica counted some 311,000 slaves on 670 sugar "
     "estates; compensation under the Act of 1833 (3 & 4 Will. IV c. 73) averaged £19 15s. 1d. "
     "a head.",
     [M("1834", 1834, "year"), M("311,000", 311000, "count"), M("670", 670, "count"),
      M("1833", 1833, "year"), M("3", 3, "reference"), M("4", 4, "reference"),
      M("IV", 4, "ordinal"), M("73", 73, "identifier"),
      M("£19 15s. 1d.", lsd(19, 15, 1), "money", "GBP")]),
    ("See the returns printed in Parliamentary Papers, 1847–8, LIII, 417, and the evidence of "
     "Captain Wynne before the Select Committee, QQ. 2,317–2,340.",
     [M("1847–8", 1847, "reference", range_end=1848), M("LIII", 53, "reference"),
      M("417", 417, "reference"), M("2,317–2,340", 2317, "reference", range_end=2340)]),
    ("Soviet tank production rose from 2,794 in 1940 to 24,446 in 1942, while aircraft output "
     "more than doubled; by 1944, the peak year of World War II production, the USSR was "
     "building some 40,300 aircraft a year.17",
     [M("2,794", 2794, "count"), M("1940", 1940, "year"), M("24,446", 24446, "count"),
      M("1942", 1942, "year"), M("1944", 1944, "year"), M("II", 2, "ordinal"),
      M("40,300", 40300, "count"), M("17", 17, "reference")]),
    ("The burial registers of Verona record 33,000 deaths in the plague of 1630–31, perhaps 61 "
     "per cent of the inhabitants, whereas the crude death rate in ordinary years was about "
     "35‰.",
     [M("33,000", 33000, "count"), R("1630–31", 1630, 1631),
      M("61 per cent", 61, "percent", "%"), M("35‰", 35, "quantity", "‰")]),
    ("In 1315–16 the price of wheat at Exeter rose to 26s. 8d. the quarter, more than three "
     "times the average of the preceding decade, and the harvest of 1316 was perhaps 40 to 60 "
     "per cent below normal.",
     [R("1315–16", 1315, 1316), M("26s. 8d.", lsd(0, 26, 8), "money", "GBP"),
      M("three times", 3, "other", "times"), M("1316", 1316, "year"),
      R("40 to 60 per cent", 40, 60, "%")]),
    ("41 Ibid., ii, 318–19; Tawney, op. cit., p. 87 n. 2. The figures for 1590–1 are printed in "
     "App. III, table 4.",
     [M("41", 41, "reference"), M("ii", 2, "reference"),
      M("318–19", 318, "reference", range_end=319), M("87", 87, "reference"),
      M("2", 2, "reference"), R("1590–1", 1590, 1591), M("III", 3, "identifier"),
      M("4", 4, "identifier")]),
    # ---- government and statistical reports
    ("Table 2.3. Households by size, England and Wales, 2021: one person, 8,054,000 (30.1%); "
     "two persons, 9,043,000 (33.8%); five or more persons, 1,572,000 (5.9%).",
     [M("2.3", None, "identifier"), M("2021", 2021, "year"), M("one", 1, "count"),
      M("8,054,000", 8054000, "count"), M("30.1%", 30.1, "percent", "%"),
      M("two", 2, "count"), M("9,043,000", 9043000, "count"),
      M("33.8%", 33.8, "percent", "%"), M("five", 5, "count"),
      M("1,572,000", 1572000, "count"), M("5.9%", 5.9, "percent", "%")]),
    ("Median household income was $80,610 in 2023, not statistically different from the 2022 "
     "estimate of $79,500; the official poverty rate was 11.1 percent, with 36.8 million people "
     "in poverty (Release CB24-150, 2024-09-10).",
     [M("$80,610", 80610, "money", "USD"), M("2023", 2023, "year"), M("2022", 2022, "year"),
      M("$79,500", 79500, "money", "USD"), M("11.1 percent", 11.1, "percent", "%"),
      M("36.8 million", 36.8 * MLN, "count", None, MLN), M("CB24-150", None, "identifier"),
      M("2024-09-10", 2024, "date")]),
    ("Public sector net borrowing is forecast at £121.4 billion (4.5% of GDP) in 2023-24, "
     "falling to £35.0 billion in 2028-29; the basic rate of income tax remains 20p in the "
     "pound, and council tax bills will rise by 4–5% in April.",
     [M("£121.4 billion", 121.4 * MLRD, "money", "GBP", MLRD), M("4.5%", 4.5, "percent", "%"),
      R("2023-24", 2023, 2024), M("£35.0 billion", 35 * MLRD, "money", "GBP", MLRD),
      R("2028-29", 2028, 2029), M("20p", 0.2, "money", "GBP"), R("4–5%", 4, 5, "%")]),
    ("In the 1,184 cotton factories visited in the half-year ending 31st October 1850 there were "
     "employed 330,924 persons, of whom 14,942 were children under 13 years of age working as "
     "half-timers.",
     [M("1,184", 1184, "count"), M("half-year", 0.5, "quantity", "year"),
      M("31st October 1850", 1850, "date"), M("330,924", 330924, "count"),
      M("14,942", 14942, "count"), M("13 years", 13, "quantity", "year")]),
    ("Rubber exports from the Federated Malay States rose from 104 tons in 1905 to 196,000 tons "
     "in 1920, when rubber made up some 60 per cent of the value of all exports.",
     [M("104 tons", 104, "quantity", "ton"), M("1905", 1905, "year"),
      M("196,000 tons", 196000, "quantity", "ton"), M("1920", 1920, "year"),
      M("60 per cent", 60, "percent", "%")]),
    ("Of the 5,714 elementary schools inspected in 1902, 1,231 had fewer than 50 pupils on the "
     "books; average attendance was 82.6 per cent, and the average salary of a certificated "
     "master was £129 10s.",
     [M("5,714", 5714, "count"), M("1902", 1902, "year"), M("1,231", 1231, "count"),
      M("50", 50, "count"), M("82.6 per cent", 82.6, "percent", "%"),
      M("£129 10s.", lsd(129, 10), "money", "GBP")]),
    ("The Consumer Prices Index rose 0.3% in the month to March 2024 and 3.2% over the 12 "
     "months; the all-items index stood at 312.230 (1982-84=100).",
     [M("0.3%", 0.3, "percent", "%"), M("March 2024", 2024, "date"),
      M("3.2%", 3.2, "percent", "%"), M("12 months", 12, "quantity", "month"),
      M("312.230", 312.23, "other"), R("1982-84", 1982, 1984), M("100", 100, "other")]),
    ("The trunk road system comprised 4,271 miles in 1937, of which 512 miles were dual "
     "carriageway; under the Trunk Roads Act, 1936, the Ministry spent £22.7m on maintenance "
     "and £3.9m on new works.",
     [M("4,271 miles", 4271, "quantity", "mi"), M("1937", 1937, "year"),
      M("512 miles", 512, "quantity", "mi"), M("1936", 1936, "year"),
      M("£22.7m", 22.7 * MLN, "money", "GBP", MLN), M("£3.9m", 3.9 * MLN, "money", "GBP", MLN)]),
    ("The potato acreage in Ireland fell from 2,516,000 acres in 1845 to 284,000 in 1847; "
     "yields, reckoned at 6 tons per statute acre before the blight, dropped to barely 1½ "
     "tons.",
     [M("2,516,000 acres", 2516000, "quantity", "acre"), M("1845", 1845, "year"),
      M("284,000", 284000, "quantity", "acre"), M("1847", 1847, "year"),
      M("6 tons per statute acre", 6, "quantity", "ton/acre"),
      M("1½ tons", 1.5, "quantity", "ton")]),
    # ---- business and finance news
    ("Shares of Nvidia rose 16.4% to $785.38 on Thursday, adding $277 billion to its market "
     "value, after the chipmaker reported fourth-quarter revenue of $22.1 billion, up 265% from "
     "a year earlier.",
     [M("16.4%", 16.4, "percent", "%"), M("$785.38", 785.38, "money", "USD"),
      M("$277 billion", 277 * MLRD, "money", "USD", MLRD),
      M("$22.1 billion", 22.1 * MLRD, "money", "USD", MLRD), M("265%", 265, "percent", "%")]),
    ("The FTSE 100 closed down 87.32 points, or 1.1%, at 7,682.50, its lowest since November; "
     "sterling slipped 0.4 cents to $1.2645 and the 10-year gilt yield rose 6bp to 4.12%.",
     [M("100", 100, "other"), M("87.32 points", 87.32, "other", "point"),
      M("1.1%", 1.1, "percent", "%"), M("7,682.50", 7682.5, "other"),
      M("0.4 cents", 0.004, "money", "USD"), M("$1.2645", 1.2645, "money", "USD"),
      M("10-year", 10, "quantity", "year"), M("6bp", 0.06, "percent", "%"),
      M("4.12%", 4.12, "percent", "%")]),
    ("Under the terms of the offer, shareholders will receive 0.8 new shares plus 425 pence in "
     "cash for each share held, valuing the group at approximately £6.3bn, a 37 per cent "
     "premium to Friday's closing price of 612p.",
     [M("0.8", 0.8, "count"), M("425 pence", 4.25, "money", "GBP"),
      M("£6.3bn", 6.3 * MLRD, "money", "GBP", MLRD), M("37 per cent", 37, "percent", "%"),
      M("612p", 6.12, "money", "GBP")]),
    ("Lehman Brothers filed for Chapter 11 bankruptcy protection at 1:45 a.m. on 15 September "
     "2008, listing $639 billion in assets against debts of $619 billion; the Dow fell 504.48 "
     "points that day.",
     [M("11", 11, "identifier"), M("1:45 a.m.", 1.75, "other"),
      M("15 September 2008", 2008, "date"), M("$639 billion", 639 * MLRD, "money", "USD", MLRD),
      M("$619 billion", 619 * MLRD, "money", "USD", MLRD),
      M("504.48 points", 504.48, "other", "point")]),
    ("Net profit for the year ended 30th June, 1955, amounted to £1,247,356 (1954: £1,018,902); "
     "the directors recommend a final dividend of 12½ per cent, less tax, making 20 per cent "
     "for the year.",
     [M("30th June, 1955", 1955, "date"), M("£1,247,356", 1247356, "money", "GBP"),
      M("1954", 1954, "year"), M("£1,018,902", 1018902, "money", "GBP"),
      M("12½ per cent", 12.5, "percent", "%"), M("20 per cent", 20, "percent", "%")]),
    ("Bitcoin topped $73,000 for the first time on March 14, having more than doubled in five "
     "months; the total value of crypto assets reached $2.7trn, according to CoinGecko.",
     [M("$73,000", 73000, "money", "USD"), M("March 14", None, "date"),
      M("five months", 5, "quantity", "month"),
      M("$2.7trn", 2.7 * TRLN, "money", "USD", TRLN)]),
    ("South Sea stock, at 128 in January 1720, touched 1,050 on 24 June before collapsing to "
     "175 by the end of September.",
     [M("128", 128, "other"), M("January 1720", 1720, "date"), M("1,050", 1050, "other"),
      M("24 June", None, "date"), M("175", 175, "other")]),
    # ---- science and medicine
    ("Penicillin G was given at 500,000 units intravenously every 4 hours for 14 days; 38 of "
     "the 42 patients (90.5%) were cured, and the mean time to defervescence was 3.2 ± 1.1 "
     "days.",
     [M("500,000 units", 500000, "quantity", "IU"), M("4 hours", 4, "quantity", "hour"),
      M("14 days", 14, "quantity", "day"), M("38", 38, "count"), M("42", 42, "count"),
      M("90.5%", 90.5, "percent", "%"), M("3.2", 3.2, "quantity", "day"),
      M("1.1 days", 1.1, "quantity", "day")]),
    ("Halley's Comet last reached perihelion on 9 February 1986, at 0.587 AU from the Sun; its "
     "orbital period is about 75–79 years, and it will return in mid-2061.",
     [M("9 February 1986", 1986, "date"), M("0.587 AU", 0.587, "quantity", "au"),
      R("75–79 years", 75, 79, "year"), M("2061", 2061, "year")]),
    ("Of every 1,000 live births in England and Wales in 1900, 154 died before their first "
     "birthday; by 1950 the figure was 30, and in 2020 it was 3.6 per 1,000.",
     [M("1,000", 1000, "count"), M("1900", 1900, "year"), M("154", 154, "count"),
      M("1950", 1950, "year"), M("30", 30, "count"), M("2020", 2020, "year"),
      M("3.6", 3.6, "count"), M("1,000", 1000, "count")]),
    ("A 0.1 M solution of acetic acid has a pH of about 2.9; the acid dissociation constant is "
     "1.8 × 10⁻⁵ at 25 °C.",
     [M("0.1 M", 0.1, "quantity", "mol/l"), M("2.9", 2.9, "other"),
      M("1.8 × 10⁻⁵", 1.8e-5, "other"), M("25 °C", 25, "quantity", "degC")]),
    ("The Large Hadron Collider's 27-kilometre ring uses 1,232 dipole magnets cooled to 1.9 K "
     "(−271.3 °C); since 2022 protons have collided at an energy of 13.6 TeV.",
     [M("27-kilometre", 27, "quantity", "km"), M("1,232", 1232, "count"),
      M("1.9 K", 1.9, "quantity", "K"), M("−271.3 °C", -271.3, "quantity", "degC"),
      M("2022", 2022, "year"), M("13.6 TeV", 13.6, "quantity", "TeV")]),
    ("The cholera of 1832 killed 18,402 Parisians between 26 March and 30 September, about 2.3 "
     "per cent of a population of 785,000, or roughly one in forty.",
     [M("1832", 1832, "year"), M("18,402", 18402, "count"), M("26 March", None, "date"),
      M("30 September", None, "date"), M("2.3 per cent", 2.3, "percent", "%"),
      M("785,000", 785000, "count"), M("one in forty", 1 / 40, "other")]),
    ("Participants were randomly assigned in a 1:1 ratio to receive semaglutide 2.4 mg once "
     "weekly or placebo for 68 weeks; the mean change in body weight was −14.9% versus −2.4% "
     "(difference, −12.4 percentage points; 95% CI, −13.4 to −11.5; P<0.001).",
     [M("1:1", None, "other"), M("2.4 mg", 2.4, "quantity", "mg"),
      M("68 weeks", 68, "quantity", "week"), M("−14.9%", -14.9, "percent", "%"),
      M("−2.4%", -2.4, "percent", "%"), M("−12.4 percentage points", -12.4, "percent", "%"),
      M("95%", 95, "percent", "%"), R("−13.4 to −11.5", -13.4, -11.5),
      M("0.001", 0.001, "other")]),
    ("The 1906 San Francisco earthquake, of magnitude 7.9, struck at 5:12 a.m. on April 18 and "
     "ruptured some 477 km of the San Andreas Fault; about 3,000 people died and 28,000 "
     "buildings were destroyed.",
     [M("1906", 1906, "year"), M("7.9", 7.9, "other", "magnitude"),
      M("5:12 a.m.", 5.2, "other"), M("April 18", None, "date"),
      M("477 km", 477, "quantity", "km"), M("3,000", 3000, "count"),
      M("28,000", 28000, "count")]),
    # ---- legal texts
    ("Section 3(1) of the Human Rights Act 1998 requires legislation to be read compatibly with "
     "Convention rights 'so far as it is possible to do so': see Ghaidan v Godin-Mendoza [2004] "
     "UKHL 30, [2004] 2 AC 557, at [29]–[33].",
     [M("3", 3, "identifier"), M("1", 1, "identifier"), M("1998", 1998, "year"),
      M("2004", 2004, "reference"), M("30", 30, "reference"), M("2004", 2004, "reference"),
      M("2", 2, "reference"), M("557", 557, "reference"), M("29", 29, "reference"),
      M("33", 33, "reference")]),
    ("(a) In general.—Whoever violates section 1030(a)(2) shall be fined under this title or "
     "imprisoned for not more than 5 years, or both; under section 3571(b)(3) of title 18 the "
     "fine for an individual may not exceed $250,000.",
     [M("1030", 1030, "identifier"), M("2", 2, "identifier"),
      M("5 years", 5, "quantity", "year"), M("3571", 3571, "identifier"),
      M("3", 3, "identifier"), M("18", 18, "identifier"),
      M("$250,000", 250000, "money", "USD")]),
    ("THIS INDENTURE made the twenty-fourth day of June One thousand eight hundred and "
     "sixty-two BETWEEN John Hardy of Leeds, cloth merchant, of the one part and William Cole "
     "of Wakefield, yeoman, of the other part WITNESSETH that in consideration of the sum of "
     "Four hundred and fifty pounds now paid",
     [M("twenty-fourth day of June One thousand eight hundred and sixty-two", 1862, "date"),
      M("Four hundred and fifty pounds", 450, "money", "GBP")]),
    ("Article IV. The total capital ship replacement tonnage of each of the Contracting Powers "
     "shall not exceed in standard displacement, for the United States 525,000 tons (533,400 "
     "metric tons); for France 175,000 tons (177,800 metric tons). Article VI. No capital ship "
     "shall carry a gun with a calibre in excess of 16 inches (406 millimetres).",
     [M("IV", 4, "identifier"), M("525,000 tons", 525000, "quantity", "ton"),
      M("533,400 metric tons", 533400, "quantity", "t"),
      M("175,000 tons", 175000, "quantity", "ton"),
      M("177,800 metric tons", 177800, "quantity", "t"), M("VI", 6, "identifier"),
      M("16 inches", 16, "quantity", "inch"), M("406 millimetres", 406, "quantity", "mm")]),
    ("The claimant, now aged 27, is awarded general damages of £285,000 for pain, suffering and "
     "loss of amenity, with interest at 2% from the date of service, and past loss of earnings "
     "of £64,318.50.",
     [M("27", 27, "quantity", "year"), M("£285,000", 285000, "money", "GBP"),
      M("2%", 2, "percent", "%"), M("£64,318.50", 64318.5, "money", "GBP")]),
    ("3. No person shall, between the hours of 11 p.m. and 7 a.m., sound or play any musical "
     "instrument in any street within 100 yards of any dwelling-house after being requested to "
     "desist. Penalty: not exceeding forty shillings.",
     [M("3", 3, "identifier"), M("11 p.m.", 23, "other"), M("7 a.m.", 7, "other"),
      M("100 yards", 100, "quantity", "yd"), M("forty shillings", 2, "money", "GBP")]),
    # ---- travel and memoir
    ("From Cairo we took the night train to Luxor, 416 miles up the valley, arriving at half "
     "past seven; the first-class fare was 198 piastres, and dinner at the Winter Palace cost "
     "25 PT more.",
     [M("416 miles", 416, "quantity", "mi"), M("half past seven", 7.5, "other"),
      M("198 piastres", 1.98, "money", "EGP"), M("25 PT", 0.25, "money", "EGP")]),
    ("I was nineteen when I went out to France in the spring of 1916, and by Christmas I was "
     "one of only four officers left of the twenty-two who had sailed with the battalion.",
     [M("nineteen", 19, "quantity", "year"), M("1916", 1916, "year"), M("four", 4, "count"),
      M("twenty-two", 22, "count")]),
    ("We paid eleven and six a week for the two rooms, and Dad brought home about three pound "
     "ten when there was work, which wasn't often after '31.",
     [M("eleven and six", lsd(0, 11, 6), "money", "GBP"), M("two", 2, "count"),
      M("three pound ten", lsd(3, 10), "money", "GBP"), M("31", 1931, "year")]),
    ("Leaving Zermatt at 2 a.m., we reached the summit of the Matterhorn (14,780 feet) at a "
     "quarter to ten, having been nearly eight hours on the ascent; the thermometer stood at "
     "24° F.",
     [M("2 a.m.", 2, "other"), M("14,780 feet", 14780, "quantity", "ft"),
      M("a quarter to ten", 9.75, "other"), M("eight hours", 8, "quantity", "hour"),
      M("24° F", 24, "quantity", "degF")]),
    ("The passage from Hamburg to New York in steerage cost 120 marks and took 14 days; at Ellis "
     "Island an inspector pinned a tag with the number 33 to my coat, and I stood in line for "
     "six hours.",
     [M("120 marks", 120, "money", "DEM"), M("14 days", 14, "quantity", "day"),
      M("33", 33, "identifier"), M("six hours", 6, "quantity", "hour")]),
    ("ANNECY. Hotels: Grand Hôtel d'Angleterre, 80 R. from 4 fr., B. 1½, D. 5 fr.; Hôtel du "
     "Lac, R. 3-5, D. 4 fr., pens. from 9 fr. — Cab from the station 1 fr., at night 1½ fr.; "
     "steamer round the lake in 3 hrs., fare 2 fr. 50 c.",
     [M("80", 80, "count"), M("4 fr.", 4, "money", "FRF"), M("1½", 1.5, "money", "FRF"),
      M("5 fr.", 5, "money", "FRF"), R("3-5", 3, 5, "FRF"), M("4 fr.", 4, "money", "FRF"),
      M("9 fr.", 9, "money", "FRF"), M("1 fr.", 1, "money", "FRF"),
      M("1½ fr.", 1.5, "money", "FRF"), M("3 hrs.", 3, "quantity", "hour"),
      M("2 fr. 50 c.", 2.5, "money", "FRF")]),
    # ---- sports
    ("At the Oval in 1882 Australia won by 7 runs: England, needing 85 to win, were all out for "
     "77, Spofforth taking 7 for 44 in the second innings and 14 for 90 in the match.",
     [M("1882", 1882, "year"), M("7", 7, "count"), M("85", 85, "count"), M("77", 77, "count"),
      M("7", 7, "count"), M("44", 44, "count"), M("14", 14, "count"), M("90", 90, "count")]),
    ("Haaland scored his 36th league goal of the season in the 3-0 win over West Ham, a record "
     "for a 38-game Premier League season; City finished on 89 points, five clear of Arsenal.",
     [M("36th", 36, "ordinal"), M("3-0", None, "other"), M("38", 38, "count"),
      M("89", 89, "count"), M("five", 5, "count")]),
    ("Federer beat Roddick 5-7, 7-6 (8-6), 7-6 (7-5), 3-6, 16-14 in 4 hours 16 minutes; the "
     "30-game fifth set was the longest in a Grand Slam final, and the match ran to 77 games.",
     [M("5-7", None, "other"), M("7-6", None, "other"), M("8-6", None, "other"),
      M("7-6", None, "other"), M("7-5", None, "other"), M("3-6", None, "other"),
      M("16-14", None, "other"), M("4 hours", 4, "quantity", "hour"),
      M("16 minutes", 16, "quantity", "minute"), M("30", 30, "count"), M("77", 77, "count")]),
    ("Secretariat won the 1973 Belmont Stakes by 31 lengths in 2:24, a world record for 1½ "
     "miles on dirt that still stands; he paid $2.20 to win.",
     [M("1973", 1973, "year"), M("31 lengths", 31, "quantity", "length"),
      M("2:24", hm(0, 2, 24), "quantity", "hour"), M("1½ miles", 1.5, "quantity", "mi"),
      M("$2.20", 2.2, "money", "USD")]),
    ("At the 1908 London Olympics the marathon was run over 26 miles 385 yards, from Windsor "
     "Castle to the royal box, a distance made standard in 1921; Dorando Pietri finished first "
     "in 2 h 54 min 46 s but was disqualified.",
     [M("1908", 1908, "year"), M("26 miles", 26, "quantity", "mi"),
      M("385 yards", 385, "quantity", "yd"), M("1921", 1921, "year"),
      M("2 h", 2, "quantity", "hour"), M("54 min", 54, "quantity", "minute"),
      M("46 s", 46, "quantity", "second")]),
    # ---- culture
    ("Leonardo's Salvator Mundi sold at Christie's New York on 15 November 2017 for $450.3 "
     "million including fees, after 19 minutes of bidding; it had been bought in 2005 for less "
     "than $10,000.",
     [M("15 November 2017", 2017, "date"), M("$450.3 million", 450.3 * MLN, "money", "USD", MLN),
      M("19 minutes", 19, "quantity", "minute"), M("2005", 2005, "year"),
      M("$10,000", 10000, "money", "USD")]),
    ("Gone with the Wind (1939) runs 221 minutes and cost $3.85 million; its domestic gross of "
     "some $200 million would exceed $1.8 billion at today's prices, and it won eight of its 13 "
     "Academy Award nominations.",
     [M("1939", 1939, "year"), M("221 minutes", 221, "quantity", "minute"),
      M("$3.85 million", 3.85 * MLN, "money", "USD", MLN),
      M("$200 million", 200 * MLN, "money", "USD", MLN),
      M("$1.8 billion", 1.8 * MLRD, "money", "USD", MLRD), M("eight", 8, "count"),
      M("13", 13, "count")]),
    ("The Beatles' LP Please Please Me was recorded in a single day, 11 February 1963, in "
     "sessions totalling 585 minutes, and spent 30 weeks at No. 1 on the album chart.",
     [M("11 February 1963", 1963, "date"), M("585 minutes", 585, "quantity", "minute"),
      M("30 weeks", 30, "quantity", "week"), M("No. 1", 1, "ordinal")]),
    ("The Pickwick Papers appeared in 19 monthly numbers from April 1836, each of 32 pages with "
     "two illustrations, at one shilling; the last, a double number, sold at 2s., and the "
     "volume edition, its title-page dated MDCCCXXXVII, followed in November, when the sale "
     "had reached 40,000 copies.",
     [M("19", 19, "count"), M("April 1836", 1836, "date"), M("32", 32, "count"),
      M("two", 2, "count"), M("one shilling", 0.05, "money", "GBP"),
      M("2s.", 0.1, "money", "GBP"), M("MDCCCXXXVII", 1837, "year"),
      M("40,000", 40000, "count")]),
    ("The Mousetrap opened at the Ambassadors Theatre on 25 November 1952 and moved next door "
     "to St Martin's in March 1974; by its 25,000th performance, on 18 November 2012, it had "
     "been seen by more than 10 million people.",
     [M("25 November 1952", 1952, "date"), M("March 1974", 1974, "date"),
      M("25,000th", 25000, "ordinal"), M("18 November 2012", 2012, "date"),
      M("10 million", 10 * MLN, "count", None, MLN)]),
    ("St Paul's Cathedral, rebuilt by Wren between 1675 and 1710, has a dome 365 ft high and "
     "cost £736,752 2s. 3¼d., raised largely from a tax on coal entering the port of London.",
     [M("1675", 1675, "year"), M("1710", 1710, "year"), M("365 ft", 365, "quantity", "ft"),
      M("£736,752 2s. 3¼d.", lsd(736752, 2, 3.25), "money", "GBP")]),
    # ---- bibliography and weather
    ("Acemoglu, D., Johnson, S., & Robinson, J. A. (2001). The colonial origins of comparative "
     "development. American Economic Review, 91(5), 1369–1401. "
     "https://doi.org/10.1257/aer.91.5.1369 See also Piketty, T. (2014). Capital in the "
     "Twenty-First Century. Harvard University Press. ISBN 978-0-674-43000-6.",
     [M("2001", 2001, "reference"), M("91", 91, "reference"), M("5", 5, "reference"),
      M("1369–1401", 1369, "reference", range_end=1401),
      M("10.1257/aer.91.5.1369", None, "identifier"), M("2014", 2014, "reference"),
      M("978-0-674-43000-6", None, "identifier")]),
    ("WEATHER.—Yesterday's readings at Kew: maximum 31°F, minimum 18°F. At Braemar the screen "
     "thermometer fell to minus 17°F, the lowest in Britain since 1895. Wind N.E., force 5; "
     "sunshine 2.4 hrs.",
     [M("31°F", 31, "quantity", "degF"), M("18°F", 18, "quantity", "degF"),
      M("minus 17°F", -17, "quantity", "degF"), M("1895", 1895, "year"),
      M("5", 5, "other", "beaufort"), M("2.4 hrs.", 2.4, "quantity", "hour")]),
]
# fmt: on


def main() -> None:
    _bh.build_all({"en": EN}, "heldout7", HERE)


if __name__ == "__main__":
    main()
