"""Build the seventeenth English numeric-mention development set (``dev_en17_en.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_dev_en17/build_dev_en17.py

A **development** set: the English rules of ``analysis.mentions`` are tuned on it, so its
scores say nothing about generalisation (the held-out sets do that).  It covers English
news from outside the UK and the US: Indian (lakh, crore, rupees, state budgets, cricket),
Australian, Canadian, Irish, Nigerian (naira), South African (rand), Singaporean, Kenyan
and New Zealand news, in business, courts, elections, weather, sport (cricket, rugby,
athletics), health, transport and property.  The passages were written in the style of
those papers and annotated blind, from ``docs/numeric-mentions.md`` and the decisions in
the docstrings of ``tests/data/mentions_heldout/build_heldout.py`` and the earlier
``build_dev_en*.py`` scripts, without reading the extractor's code and without running it
on them.  Texts are already normalised (plain spaces, no NBSP / thin spaces).

Each passage is ``(text, [mentions in text order])`` using the ``M`` / ``R`` helpers and
the ``annotate`` validator of ``tests/data/mentions_heldout/build_heldout.py`` (offsets are
found with ``str.find`` from the end of the previous mention, never typed).  The
validator's ``CURRENCIES`` set is extended in memory (not in that file) with ``INR``,
``AUD``, ``CAD``, ``NZD``, ``NGN``, ``ZAR``, ``SGD`` and ``KES``.

Decisions taken here where the spec and the earlier docstrings are silent, each with the
example that settled it:

* **A bare ``$`` takes the currency of the paper's country** (``$1.47 million`` in a
  Sydney property report is ``AUD``; in Singapore ``SGD``, in Ontario ``CAD``, in Auckland
  ``NZD``); ``US$`` and ``US cents`` stay ``USD`` (``80 US cents`` -> 0.8 USD).
* **Local currency prefixes glued to the digits are inside**: ``₹`` and ``Rs`` (INR), the
  rand ``R19.04`` (ZAR), the naira ``N28.7 trillion`` (NGN), the Kenyan shilling
  ``Sh3.9 trillion`` (KES).
* **Stacked Indian scale words multiply**: ``₹6.12 lakh crore`` -> 6.12e12 INR with
  ``scale`` 1e12 (the product); ``₹95 lakh`` has scale 1e5, ``Rs 2.48 crore`` 1e7.
* **Cricket overs with a ball count** ``in 48.3 overs`` are a ``count`` valued as written
  (48.3), digits only; a total ``7 for 487`` gives two counts (as ``74 for 2``).
* **A numbered day of a match** ``on day two`` is an ``identifier`` (like ``Day 3``).
* **A split court decision** ``in a 5-4 decision`` is one ``other``, value null, like a
  score; a Canadian neutral citation ``2022 SCC 35`` gives two references, like
  ``[2016] UKSC 8``; ``section 24(2)`` an identifier valued 24.
* **A load-shedding stage** ``stage 6`` is ``other`` (a level on a scale, like Beaufort
  ``force 6``).
* **A construction phase** ``Stage 4, with eight stations`` is an ``identifier`` (a
  numbered part of a line), unlike the load-shedding level.
* **A wind-chill value** ``minus 45`` with no unit word is ``other``, value -45.
* **A rugby side written in Roman numerals** ``starting XV`` is a ``count`` of 15.
* **"children under five"** is an age, a ``quantity`` in years.
* **A compound adjective with a non-unit noun** (``three-match series``, ``151-member``,
  ``four-room HDB flat``, ``three-strikes law``, ``two-party preferred``) is a ``count``
  with the number only.
* **"rose to 99 from 52"** (the new value first) is two counts, not a range.
* **A penal-code section with a letter** ``120B`` is one identifier valued 120.
* **Unit codes** used: ``kg``, ``km``, ``m``, ``cm``, ``mm``, ``ft2``, ``degC``, ``km/h``,
  ``MW``, ``bbl/d``, ``second``, ``minute``, ``hour``, ``week``, ``month``, ``year``,
  ``point``, ``times``, ``%``.
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
_bh.CURRENCIES.update({"INR", "AUD", "CAD", "NZD", "NGN", "ZAR", "SGD", "KES"})

M, R = _bh.M, _bh.R
K, MLN, MLRD, TRLN = 1000, 1_000_000, 1_000_000_000, 1_000_000_000_000
LAKH, CRORE = 100_000, 10_000_000


def hm(h: int, m: int = 0, s: float = 0) -> float:
    """A clock time or duration in hours."""
    return h + m / 60 + s / 3600


# fmt: off
# ============================================================================ en
EN = [
    # ---- India
    ("The Maharashtra government on Friday presented a budget of ₹6.12 lakh crore for 2024-25, "
     "with a fiscal deficit of ₹99,288 crore, or 2.59 per cent of the state's GDP.",
     [M("₹6.12 lakh crore", 6.12 * LAKH * CRORE, "money", "INR", LAKH * CRORE),
      R("2024-25", 2024, 2025),
      M("₹99,288 crore", 99288 * CRORE, "money", "INR", CRORE),
      M("2.59 per cent", 2.59, "percent", "%")]),
    ("Police seized 1,240 kg of ganja worth Rs 2.48 crore from a truck near Visakhapatnam on "
     "Tuesday night; two men, aged 24 and 31, were arrested.",
     [M("1,240 kg", 1240, "quantity", "kg"),
      M("Rs 2.48 crore", 2.48 * CRORE, "money", "INR", CRORE),
      M("two", 2, "count"), M("24", 24, "quantity", "year"), M("31", 31, "quantity", "year")]),
    ("Chasing 287, India were bowled out for 246 in 48.3 overs, with Virat Kohli top-scoring "
     "with 84 off 96 balls. Earlier, Travis Head struck 137 from 120 balls as Australia made 286 "
     "for 8 in their 50 overs. Australia lead the three-match series 1-0.",
     [M("287", 287, "count"), M("246", 246, "count"), M("48.3", 48.3, "count"),
      M("84", 84, "count"), M("96", 96, "count"), M("137", 137, "count"), M("120", 120, "count"),
      M("286", 286, "count"), M("8", 8, "count"), M("50", 50, "count"), M("three", 3, "count"),
      M("1-0", None, "other")]),
    ("The Reserve Bank of India kept the repo rate unchanged at 6.5 per cent for the eighth "
     "consecutive time, and projected GDP growth of 7.2 per cent for 2024-25. The MPC voted 4-2 "
     "in favour of the decision at its meeting on June 7.",
     [M("6.5 per cent", 6.5, "percent", "%"), M("7.2 per cent", 7.2, "percent", "%"),
      R("2024-25", 2024, 2025), M("4-2", None, "other"), M("June 7", None, "date")]),
    ("Over 3.5 lakh candidates appeared for the examination held at 1,045 centres across 26 "
     "states; results will be declared by June 15.",
     [M("3.5 lakh", 3.5 * LAKH, "count", None, LAKH), M("1,045", 1045, "count"),
      M("26", 26, "count"), M("June 15", None, "date")]),
    ("A three-bedroom flat measuring 1,450 sq ft in Gachibowli now sells for about ₹1.6 crore, "
     "against ₹95 lakh in 2019, brokers say.",
     [M("three", 3, "count"), M("1,450 sq ft", 1450, "quantity", "ft2"),
      M("₹1.6 crore", 1.6 * CRORE, "money", "INR", CRORE),
      M("₹95 lakh", 95 * LAKH, "money", "INR", LAKH), M("2019", 2019, "year")]),
    ("Kerala reported 2,314 fresh dengue cases in the week ending July 6, and five deaths, "
     "taking the toll this year to 32. Thiruvananthapuram accounted for 612 cases, or 26.4 per "
     "cent of the total.",
     [M("2,314", 2314, "count"), M("July 6", None, "date"), M("five", 5, "count"),
      M("32", 32, "count"), M("612", 612, "count"),
      M("26.4 per cent", 26.4, "percent", "%")]),
    ("The 508-km Mumbai-Ahmedabad bullet train corridor, estimated to cost ₹1.08 lakh crore, "
     "will cut the journey to 2 hours 7 minutes from over six hours now.",
     [M("508-km", 508, "quantity", "km"),
      M("₹1.08 lakh crore", 1.08 * LAKH * CRORE, "money", "INR", LAKH * CRORE),
      M("2 hours 7 minutes", hm(2, 7), "quantity", "hour"),
      M("six hours", 6, "quantity", "hour")]),
    ("IndiGo will add 12 new daily flights from Bengaluru from October 27, including services "
     "to Abu Dhabi and Kochi, taking its total to 134 departures a day. Fares start at Rs 4,999 "
     "one way.",
     [M("12", 12, "count"), M("October 27", None, "date"), M("134", 134, "count"),
      M("Rs 4,999", 4999, "money", "INR")]),
    ("The Supreme Court on Monday granted bail to the accused, booked under Sections 302 and "
     "120B of the IPC, observing that he had spent over four years in custody. The matter will "
     "next be heard on 22.08.2024 before a bench of three judges.",
     [M("302", 302, "identifier"), M("120B", 120, "identifier"),
      M("four years", 4, "quantity", "year"), M("22.08.2024", 2024, "date"),
      M("three", 3, "count")]),
    ("The IMD forecast a maximum temperature of 45.6 degrees Celsius in Delhi on Wednesday, with "
     "humidity at 18 per cent; the monsoon is expected to reach Kerala by June 1. Nagpur "
     "recorded 47.2°C, the highest in Vidarbha since May 2019.",
     [M("45.6 degrees Celsius", 45.6, "quantity", "degC"), M("18 per cent", 18, "percent", "%"),
      M("June 1", None, "date"), M("47.2°C", 47.2, "quantity", "degC"),
      M("May 2019", 2019, "date")]),
    ("The BJP won 240 of the 543 seats in the 18th Lok Sabha, 32 short of a majority, while the "
     "Congress tally rose to 99 from 52 in 2019.",
     [M("240", 240, "count"), M("543", 543, "count"), M("18th", 18, "ordinal"),
      M("32", 32, "count"), M("99", 99, "count"), M("52", 52, "count"),
      M("2019", 2019, "year")]),
    # ---- Australia
    ("The Reserve Bank of Australia left the cash rate on hold at 4.35 per cent on Tuesday, while "
     "annual inflation eased to 3.4 per cent in the year to April. The board next meets on 6-7 "
     "May.",
     [M("4.35 per cent", 4.35, "percent", "%"), M("3.4 per cent", 3.4, "percent", "%"),
      M("6-7 May", None, "date")]),
    ("Sydney's median house price rose $31,000 over the March quarter to a record $1.47 million, "
     "CoreLogic figures show. Unit values rose 1.2 per cent to $862,000.",
     [M("$31,000", 31000, "money", "AUD"),
      M("$1.47 million", 1.47 * MLN, "money", "AUD", MLN), M("1.2 per cent", 1.2, "percent", "%"),
      M("$862,000", 862000, "money", "AUD")]),
    ("Temperatures are forecast to reach 44C in Adelaide on Thursday, with a total fire ban in "
     "place across 11 districts. Melbourne is expected to reach 39 degrees, about 13 degrees above "
     "the March average. Falls of up to 80mm are expected in the tropics.",
     [M("44C", 44, "quantity", "degC"), M("11", 11, "count"), M("39 degrees", 39, "quantity", "degC"),
      M("13 degrees", 13, "quantity", "degC"), M("80mm", 80, "quantity", "mm")]),
    ("Australia declared at 7 for 487 on day two at the SCG, with Usman Khawaja making 195 not "
     "out from 368 balls. Pat Cummins then took 5 for 61 as Pakistan were 3 for 88 at stumps.",
     [M("7", 7, "count"), M("487", 487, "count"), M("two", 2, "identifier"),
      M("195", 195, "count"), M("368", 368, "count"), M("5", 5, "count"),
      M("61", 61, "count"), M("3", 3, "count"), M("88", 88, "count")]),
    ("The Federal Court ordered the company to pay penalties of $12.5 million after finding it "
     "made 27 false or misleading representations to about 9,800 customers between 2018 and "
     "2021.",
     [M("$12.5 million", 12.5 * MLN, "money", "AUD", MLN), M("27", 27, "count"),
      M("9,800", 9800, "count"), M("2018", 2018, "year"), M("2021", 2021, "year")]),
    ("Labor won 77 seats in the 151-member House of Representatives, with a two-party preferred "
     "vote of 52.13 per cent and a swing of 3.66 per cent. The Coalition won 58 seats and the "
     "Greens four. The 47th Parliament will open on July 26.",
     [M("77", 77, "count"), M("151", 151, "count"), M("two", 2, "count"),
      M("52.13 per cent", 52.13, "percent", "%"), M("3.66 per cent", 3.66, "percent", "%"),
      M("58", 58, "count"), M("four", 4, "count"), M("47th", 47, "ordinal"),
      M("July 26", None, "date")]),
    ("BHP reported underlying attributable profit of US$13.7 billion for the year to June 30, "
     "down 37 per cent, and declared a final dividend of 80 US cents a share. Iron ore production "
     "reached 257 million tonnes.",
     [M("US$13.7 billion", 13.7 * MLRD, "money", "USD", MLRD), M("June 30", None, "date"),
      M("37 per cent", 37, "percent", "%"), M("80 US cents", 0.8, "money", "USD"),
      M("257 million tonnes", 257 * MLN, "quantity", "t", MLN)]),
    ("Sydney Trains will run a reduced timetable this weekend, with buses replacing trains "
     "between Central and Hornsby from 11pm Friday until 4am Monday. Passengers should allow an "
     "extra 30 minutes, and trains will run every 15 minutes on the T1 North Shore Line.",
     [M("11pm", 23, "other"), M("4am", 4, "other"), M("30 minutes", 30, "quantity", "minute"),
      M("15 minutes", 15, "quantity", "minute"), M("T1", 1, "identifier")]),
    # ---- Canada
    ("The Bank of Canada cut its key overnight rate by 25 basis points to 4.75 per cent on "
     "Wednesday, the first reduction since March 2020.",
     [M("25 basis points", 0.25, "percent", "%"), M("4.75 per cent", 4.75, "percent", "%"),
      M("March 2020", 2020, "date")]),
    ("Ontario's 2024 budget projects a deficit of $9.8 billion in 2024-25, with program spending "
     "of $207.9 billion. The province's net debt is forecast to reach $428.0 billion, or 38.4 per "
     "cent of GDP.",
     [M("2024", 2024, "year"), M("$9.8 billion", 9.8 * MLRD, "money", "CAD", MLRD),
      R("2024-25", 2024, 2025), M("$207.9 billion", 207.9 * MLRD, "money", "CAD", MLRD),
      M("$428.0 billion", 428 * MLRD, "money", "CAD", MLRD),
      M("38.4 per cent", 38.4, "percent", "%")]),
    ("Environment Canada warned of wind chill values near minus 45 in northern Manitoba "
     "overnight, and up to 25 cm of snow for Winnipeg by Saturday.",
     [M("minus 45", -45, "other"), M("25 cm", 25, "quantity", "cm")]),
    ("The 19-kilometre Eglinton Crosstown LRT, with 25 stations, is now expected to cost $12.8 "
     "billion, more than double the original estimate. It was originally scheduled to open in "
     "September 2020.",
     [M("19-kilometre", 19, "quantity", "km"), M("25", 25, "count"),
      M("$12.8 billion", 12.8 * MLRD, "money", "CAD", MLRD),
      M("September 2020", 2020, "date")]),
    ("The Supreme Court of Canada, in a 5-4 decision, ruled that section 24(2) of the Charter "
     "required the evidence to be excluded: R. v. Tessier, 2022 SCC 35.",
     [M("5-4", None, "other"), M("24(2)", 24, "identifier"), M("2022", 2022, "reference"),
      M("35", 35, "reference")]),
    ("Alberta Health Services reported 1,127 people in hospital with influenza, 48 of them in "
     "intensive care, as of Dec. 16. Since Aug. 27, 7,893 lab-confirmed cases and 54 deaths have "
     "been recorded.",
     [M("1,127", 1127, "count"), M("48", 48, "count"), M("Dec. 16", None, "date"),
      M("Aug. 27", None, "date"), M("7,893", 7893, "count"), M("54", 54, "count")]),
    ("Toronto's average home price slipped 1.4 per cent from a year earlier to $1,156,167 in "
     "April, the Toronto Regional Real Estate Board said, as sales fell to 7,114.",
     [M("1.4 per cent", 1.4, "percent", "%"), M("$1,156,167", 1156167, "money", "CAD"),
      M("7,114", 7114, "count")]),
    # ---- Ireland
    ("The Central Statistics Office said 5,149,139 people were living in the State on Census "
     "night, April 3, 2022, an increase of 7.6 per cent since 2016. The population of Co Cork "
     "was 584,156.",
     [M("5,149,139", 5149139, "count"), M("April 3, 2022", 2022, "date"),
      M("7.6 per cent", 7.6, "percent", "%"), M("2016", 2016, "year"),
      M("584,156", 584156, "count")]),
    ("Dublin Airport handled a record 33.5 million passengers last year, and the daa says the "
     "32 million cap imposed in 2007 must be lifted.",
     [M("33.5 million", 33.5 * MLN, "count", None, MLN),
      M("32 million", 32 * MLN, "count", None, MLN), M("2007", 2007, "year")]),
    ("Ireland beat New Zealand 29-20 at the Aviva Stadium, with tries from Gibson-Park and Lowe, "
     "while Sexton kicked 14 points. It was Ireland's 17th consecutive Test win on home soil, in "
     "front of 51,700 spectators.",
     [M("29-20", None, "other"), M("14 points", 14, "other", "point"), M("17th", 17, "ordinal"),
      M("51,700", 51700, "count")]),
    ("Rents in Dublin rose 4.7 per cent in the year to the end of June, to an average of €2,102 "
     "a month, according to Daft.ie. Nationally, the average rent of €1,850 is 2.5 times the "
     "level of 2011.",
     [M("4.7 per cent", 4.7, "percent", "%"), M("€2,102", 2102, "money", "EUR"),
      M("€1,850", 1850, "money", "EUR"), M("2.5 times", 2.5, "other", "times"),
      M("2011", 2011, "year")]),
    ("There were 512 patients on trolleys in Irish hospitals on Tuesday morning, with 94 at "
     "University Hospital Limerick, the INMO said.",
     [M("512", 512, "count"), M("94", 94, "count")]),
    ("At the Central Criminal Court, the 41-year-old man was jailed for 12 years, with the final "
     "18 months suspended, and ordered to pay €5,000 in compensation.",
     [M("41-year-old", 41, "quantity", "year"), M("12 years", 12, "quantity", "year"),
      M("18 months", 18, "quantity", "month"), M("€5,000", 5000, "money", "EUR")]),
    # ---- Nigeria
    ("The Federal Government's 2024 budget of N28.7 trillion assumes an oil benchmark of $77.96 "
     "a barrel and daily production of 1.78 million barrels per day.",
     [M("2024", 2024, "year"), M("N28.7 trillion", 28.7 * TRLN, "money", "NGN", TRLN),
      M("$77.96", 77.96, "money", "USD"),
      M("1.78 million barrels per day", 1.78 * MLN, "quantity", "bbl/d", MLN)]),
    ("Headline inflation rose to 33.20 per cent in March 2024 from 31.70 per cent in February, "
     "the National Bureau of Statistics said, while the naira traded at N1,309 to the dollar.",
     [M("33.20 per cent", 33.2, "percent", "%"), M("March 2024", 2024, "date"),
      M("31.70 per cent", 31.7, "percent", "%"), M("N1,309", 1309, "money", "NGN")]),
    ("INEC declared Bola Tinubu winner with 8,794,726 votes, ahead of Atiku Abubakar's "
     "6,984,520, having polled at least 25 per cent in 30 of the 36 states. The election was held "
     "on February 25, 2023, with 87.2 million registered voters.",
     [M("8,794,726", 8794726, "count"), M("6,984,520", 6984520, "count"),
      M("25 per cent", 25, "percent", "%"), M("30", 30, "count"), M("36", 36, "count"),
      M("February 25, 2023", 2023, "date"), M("87.2 million", 87.2 * MLN, "count", None, MLN)]),
    ("The Federal High Court in Lagos adjourned the case to July 12, 2024 and granted the "
     "defendants bail in the sum of N50 million each with two sureties in like sum.",
     [M("July 12, 2024", 2024, "date"), M("N50 million", 50 * MLN, "money", "NGN", MLN),
      M("two", 2, "count")]),
    ("Tobi Amusan retained her 100m hurdles title in 12.40 seconds, while Favour Ofili won the "
     "200m in 22.52sec. Amusan holds the world record of 12.12sec, set in Eugene, Oregon, on July "
     "24, 2022.",
     [M("100m", 100, "quantity", "m"), M("12.40 seconds", 12.4, "quantity", "second"),
      M("200m", 200, "quantity", "m"), M("22.52sec", 22.52, "quantity", "second"),
      M("12.12sec", 12.12, "quantity", "second"), M("July 24, 2022", 2022, "date")]),
    # ---- South Africa
    ("Eskom implemented stage 6 load shedding from 4pm on Sunday after breakdowns reached "
     "17,500MW, the utility said. Stage 6 removes up to 6,000MW from the national grid, meaning "
     "outages of up to 6 hours a day.",
     [M("6", 6, "other"), M("4pm", 16, "other"), M("17,500MW", 17500, "quantity", "MW"),
      M("6", 6, "other"), M("6,000MW", 6000, "quantity", "MW"), M("6 hours", 6, "quantity", "hour")]),
    ("The rand weakened to R19.04 against the dollar, while the JSE all share index fell 1.2% to "
     "72,415 points.",
     [M("R19.04", 19.04, "money", "ZAR"), M("1.2%", 1.2, "percent", "%"),
      M("72,415 points", 72415, "other", "point")]),
    ("Finance Minister Enoch Godongwana announced an extra R15.6 billion for the SA Social "
     "Security Agency, raising the old-age grant by R90 to R2,180 a month.",
     [M("R15.6 billion", 15.6 * MLRD, "money", "ZAR", MLRD), M("R90", 90, "money", "ZAR"),
      M("R2,180", 2180, "money", "ZAR")]),
    ("The Springboks beat the All Blacks 12-11 in the Rugby World Cup final in Paris, becoming "
     "the first team to win the title four times. The final was played before 80,065 spectators "
     "at the Stade de France on 28 October 2023.",
     [M("12-11", None, "other"), M("four times", 4, "other", "times"),
      M("80,065", 80065, "count"), M("28 October 2023", 2023, "date")]),
    ("The Pretoria High Court sentenced the 34-year-old to two life terms and 25 years in prison "
     "for the murders, which took place on 14 February 2021.",
     [M("34-year-old", 34, "quantity", "year"), M("two", 2, "count"),
      M("25 years", 25, "quantity", "year"), M("14 February 2021", 2021, "date")]),
    ("Gautrain ridership recovered to 1.1 million passengers a month in 2023, still about 40% "
     "below pre-pandemic levels of 1.8 million.",
     [M("1.1 million", 1.1 * MLN, "count", None, MLN), M("2023", 2023, "year"),
      M("40%", 40, "percent", "%"), M("1.8 million", 1.8 * MLN, "count", None, MLN)]),
    # ---- Singapore
    ("Singapore's economy grew 2.7 per cent year on year in the first quarter, the Ministry of "
     "Trade and Industry said, maintaining its full-year forecast of 1 to 3 per cent. On a "
     "seasonally adjusted basis, the economy grew 0.1 per cent quarter on quarter.",
     [M("2.7 per cent", 2.7, "percent", "%"), R("1 to 3 per cent", 1, 3, "%"),
      M("0.1 per cent", 0.1, "percent", "%")]),
    ("A four-room HDB flat in Toa Payoh was sold for a record $1.5 million in May, the 14th "
     "million-dollar resale flat in the estate this year.",
     [M("four", 4, "count"), M("$1.5 million", 1.5 * MLN, "money", "SGD", MLN),
      M("14th", 14, "ordinal")]),
    ("The 43km Thomson-East Coast Line will have 32 stations when fully completed in 2025, with "
     "trains arriving every 3 to 5 minutes during peak hours. Stage 4, with eight stations from "
     "Tanjong Rhu to Bayshore, opened on June 23, 2024.",
     [M("43km", 43, "quantity", "km"), M("32", 32, "count"), M("2025", 2025, "year"),
      R("3 to 5 minutes", 3, 5, "minute"),
      M("4", 4, "identifier"), M("eight", 8, "count"), M("June 23, 2024", 2024, "date")]),
    ("COE premiums for Category A cars rose to $93,590 in the latest bidding exercise, up from "
     "$89,000, while 1,024 certificates were allocated.",
     [M("$93,590", 93590, "money", "SGD"), M("$89,000", 89000, "money", "SGD"),
      M("1,024", 1024, "count")]),
    ("The 29-year-old was sentenced to 10 weeks in jail and fined $3,000 for harassing a public "
     "servant at a hawker centre in Bedok on Dec 2, 2023.",
     [M("29-year-old", 29, "quantity", "year"), M("10 weeks", 10, "quantity", "week"),
      M("$3,000", 3000, "money", "SGD"), M("Dec 2, 2023", 2023, "date")]),
    # ---- Kenya
    ("The National Treasury has proposed a Sh3.9 trillion budget for the 2024/25 financial year, "
     "with Sh1.2 trillion allocated to debt repayments. Revenue is projected at Sh2.9 trillion, "
     "leaving a deficit of 3.3 per cent of GDP.",
     [M("Sh3.9 trillion", 3.9 * TRLN, "money", "KES", TRLN), R("2024/25", 2024, 2025),
      M("Sh1.2 trillion", 1.2 * TRLN, "money", "KES", TRLN),
      M("Sh2.9 trillion", 2.9 * TRLN, "money", "KES", TRLN), M("3.3 per cent", 3.3, "percent", "%")]),
    ("Faith Kipyegon set a world record of 3:49.04 in the 1,500m at the Paris Diamond League on "
     "July 7, 2024. She also holds the 5,000m record of 14:00.21.",
     [M("3:49.04", hm(0, 3, 49.04), "quantity", "hour"), M("1,500m", 1500, "quantity", "m"),
      M("July 7, 2024", 2024, "date"),
      M("5,000m", 5000, "quantity", "m"), M("14:00.21", hm(0, 14, 0.21), "quantity", "hour")]),
    ("The Kenya Meteorological Department warned of heavy rainfall exceeding 50mm in 24 hours "
     "over 15 counties, including Nairobi, Kiambu and Murang'a. Nairobi recorded 87.4mm on "
     "Monday, the highest daily total since April 1981.",
     [M("50mm", 50, "quantity", "mm"), M("24 hours", 24, "quantity", "hour"),
      M("15", 15, "count"),
      M("87.4mm", 87.4, "quantity", "mm"), M("April 1981", 1981, "date")]),
    ("The Ministry of Health said 1.2 million children under five would be vaccinated against "
     "polio in the campaign, which runs from October 5 to 9.",
     [M("1.2 million", 1.2 * MLN, "count", None, MLN), M("five", 5, "quantity", "year"),
      M("October 5 to 9", None, "date")]),
    ("Safaricom posted a net profit of Sh62.6 billion for the year ended March 31, 2024, while "
     "M-Pesa revenue grew 11.2 per cent to Sh139.9 billion.",
     [M("Sh62.6 billion", 62.6 * MLRD, "money", "KES", MLRD),
      M("March 31, 2024", 2024, "date"), M("11.2 per cent", 11.2, "percent", "%"),
      M("Sh139.9 billion", 139.9 * MLRD, "money", "KES", MLRD)]),
    # ---- New Zealand
    ("Statistics New Zealand said the unemployment rate rose to 4.3 per cent in the March "
     "quarter, with 126,000 people out of work. The Reserve Bank held the OCR at 5.5 per cent for "
     "a seventh straight meeting.",
     [M("4.3 per cent", 4.3, "percent", "%"), M("126,000", 126000, "count"),
      M("5.5 per cent", 5.5, "percent", "%")]),
    ("The All Blacks named an unchanged starting XV for Saturday's second Test against England "
     "at Eden Park, where they have not lost since 1994, a run of 50 Tests. Beauden Barrett will "
     "win his 125th cap.",
     [M("XV", 15, "count"), M("1994", 1994, "year"), M("50", 50, "count"), M("125th", 125, "ordinal")]),
    ("The average asking price in Auckland fell 2.1 per cent to $1,012,350, Trade Me Property "
     "said, while listings rose to 12,789.",
     [M("2.1 per cent", 2.1, "percent", "%"), M("$1,012,350", 1012350, "money", "NZD"),
      M("12,789", 12789, "count")]),
    ("MetService issued a red heavy rain warning for Hawke's Bay, with 200 to 300mm expected over "
     "36 hours and wind gusts of 120km/h. More than 250 homes were evacuated in Napier, and "
     "State Highway 2 was closed at 6.30pm.",
     [R("200 to 300mm", 200, 300, "mm"), M("36 hours", 36, "quantity", "hour"),
      M("120km/h", 120, "quantity", "km/h"),
      M("250", 250, "count"), M("2", 2, "identifier"), M("6.30pm", 18.5, "other")]),
    ("In Fitzgerald v R [2021] NZSC 131 the Supreme Court held that a seven-year sentence "
     "imposed under the three-strikes law was grossly disproportionate.",
     [M("2021", 2021, "reference"), M("131", 131, "reference"),
      M("seven-year", 7, "quantity", "year"), M("three", 3, "count")]),
    ("New Zealand won the 2nd ODI by six wickets at Hamilton's Seddon Park, chasing down 292 "
     "with 13 balls to spare. Devon Conway made 111 and Daryl Mitchell an unbeaten 89.",
     [M("2nd", 2, "ordinal"), M("six", 6, "count"), M("292", 292, "count"),
      M("13", 13, "count"),
      M("111", 111, "count"), M("89", 89, "count")]),
]
# fmt: on

LANGS = {"en": EN}

if __name__ == "__main__":
    _bh.build_all(LANGS, "dev_en17", HERE)
