"""Build the thirteenth English numeric-mention development set (``dev_en13_en.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_dev_en13/build_dev_en13.py

A **development** set: the English rules of ``analysis.mentions`` are tuned on it, so its
scores say nothing about generalisation (the held-out sets do that).  Its registers are
English web and print text: news wires; sports match reports and league tables; finance
and markets; property; health advice; technology reviews; travel; court reports;
parliamentary debates; local council minutes; obituaries; charity annual reviews; school
newsletters; weather forecasts.  The passages were written in the style of those registers
and annotated blind, from ``docs/numeric-mentions.md`` and the decisions in the docstrings
of ``tests/data/mentions_heldout/build_heldout.py`` and the ``build_dev_en*.py`` scripts,
without reading the extractor's code and without running it on them.  Texts are already
normalised (plain spaces, no NBSP / thin spaces).

Each passage is ``(text, [mentions in text order])`` using the ``M`` / ``R`` helpers and
the ``annotate`` validator of ``tests/data/mentions_heldout/build_heldout.py`` (offsets are
found with ``str.find`` from the end of the previous mention, never typed).  The
validator's ``CURRENCIES`` set is extended in memory (not in that file) with ``JPY``.

Decisions taken here where the spec and the earlier docstrings are silent, each with the
example that settled it:

* **A dateline without a year** ``LONDON, March 4 (Reuters)`` is a ``date``, value null.
* **A league-table row written out** (``played 12, won 9, drawn 2, lost 1, 29 points``)
  gives ``count`` mentions for the games and ``other`` in ``point`` for the points, like
  ``four points clear``; a goal minute in brackets after a scorer (``Saka (23)``) is an
  ``ordinal`` with the digits only, like the Kazakh goal minutes.
* **A school year group or class** (``Year 6``, ``Class 3``) is an ``identifier`` (a
  numbered noun, like ``Room 14``).
* **An alcohol allowance** ``14 units a week`` is a ``count`` (units of alcohol are counted
  portions, not a lexicon unit); ``150 minutes a week`` is a ``quantity`` in ``minute``.
* **A council minute number** (``Minute 24/117``) and a planning reference
  (``24/00312/FUL``) are one ``identifier`` each, value null; a vote ``by 9 votes to 4`` is
  two ``count`` mentions (a tally, like ``82 to 0``).
* **A review score** ``8/10`` and ``4 out of 5`` are two ``other`` mentions each (a rating
  out of 10 or 5).
* **Life years in an obituary heading** ``(1938–2024)`` are a ``range``; a charity
  registration number ``Registered charity no. 1102345`` is an ``identifier`` with ``no.``
  inside.
* **An age after a person noun and ``under``** (``children under 15``) is a ``quantity`` in
  years with the digits only, and ``Children aged 6 to 12`` a ``range`` in years.
* **A Hansard citation in brackets** (``[Official Report, 5 March 2024; Vol. 746, c. 812]``)
  keeps its date as a ``date`` and gives ``reference`` mentions for the volume and column.
* **An exchange rate** ``$1.2710`` after a currency pair is ``money`` in USD (the price of
  one pound), and a ``¥`` level is ``money`` in ``JPY``.
* **Unit codes** used: ``m``, ``km``, ``mi``, ``ft``, ``ft2``, ``acre``, ``inch``, ``mm``,
  ``kg``, ``g``, ``ug``, ``ml``, ``degC``, ``mph``, ``hPa``, ``Hz``, ``GB``, ``mAh``, ``W``,
  ``MP``, ``magnitude``, ``second``, ``minute``, ``hour``, ``day``, ``month``, ``year``,
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
_bh.CURRENCIES.update({"JPY"})

M, R = _bh.M, _bh.R
K, MLN, MLRD, TRLN = 1000, 1_000_000, 1_000_000_000, 1_000_000_000_000


def hm(h: int, m: int = 0, s: float = 0) -> float:
    """A clock time or duration in hours."""
    return h + m / 60 + s / 3600


# fmt: off
# ============================================================================ en
EN = [
    # ---- news wires
    ("LONDON, March 4 (Reuters) - British retail sales rose 1.2% in February from January, "
     "the Office for National Statistics said on Friday, beating the 0.5% rise forecast by "
     "economists in a Reuters poll.",
     [M("March 4", None, "date"), M("1.2%", 1.2, "percent", "%"), M("0.5%", 0.5, "percent", "%")]),
    ("At least 23 people were killed and more than 40 injured when a bus plunged into a ravine "
     "in northern Peru early on Tuesday, police said. The vehicle was carrying 61 passengers.",
     [M("23", 23, "count"), M("40", 40, "count"), M("61", 61, "count")]),
    ("WASHINGTON (AP) — The Senate voted 68-29 on Thursday to approve a $95 billion aid "
     "package, sending it to the House, where its fate is uncertain.",
     [M("68", 68, "count"), M("29", 29, "count"),
      M("$95 billion", 95 * MLRD, "money", "USD", MLRD)]),
    ("TOKYO, Jan 2 (Reuters) - A magnitude 7.5 earthquake struck central Japan on Monday, "
     "prompting tsunami warnings along a 300-km stretch of coast. About 33,500 homes lost "
     "power, the utility said.",
     [M("Jan 2", None, "date"), M("magnitude 7.5", 7.5, "other", "magnitude"),
      M("300-km", 300, "quantity", "km"), M("33,500", 33500, "count")]),
    ("Global shipments of smartphones fell 3.2% in 2023 to 1.17 billion units, the lowest "
     "since 2013, IDC said, after a 2019-2023 decline that wiped out a decade of growth.[1]",
     [M("3.2%", 3.2, "percent", "%"), M("2023", 2023, "year"),
      M("1.17 billion", 1.17 * MLRD, "count", None, MLRD), M("2013", 2013, "year"),
      R("2019-2023", 2019, 2023), M("1", 1, "reference")]),
    # ---- sports match reports and league tables
    ("Arsenal 3 Chelsea 1: Bukayo Saka (23) and Kai Havertz (51, 78) ensured the Gunners stayed "
     "two points clear at the top, in front of a crowd of 60,214 at the Emirates.",
     [M("3", 3, "count"), M("1", 1, "count"), M("23", 23, "ordinal"), M("51", 51, "ordinal"),
      M("78", 78, "ordinal"), M("two points", 2, "other", "point"), M("60,214", 60214, "count")]),
    ("Rovers have played 12, won 9, drawn 2 and lost 1 for a total of 29 points, four more "
     "than second-placed Harriers, who have a game in hand.",
     [M("12", 12, "count"), M("9", 9, "count"), M("2", 2, "count"), M("1", 1, "count"),
      M("29 points", 29, "other", "point"), M("four", 4, "count")]),
    ("Root reached his 34th Test hundred off 187 balls before England declared on 452 for 6, "
     "a lead of 218 with a day and a half remaining.",
     [M("34th", 34, "ordinal"), M("187", 187, "count"), M("452", 452, "count"), M("6", 6, "count"),
      M("218", 218, "count"), M("a day and a half", 1.5, "quantity", "day")]),
    ("Ireland scored four tries to win 32-17 in Dublin, the hosts' 11th successive Six Nations "
     "victory at the Aviva Stadium.",
     [M("four", 4, "count"), M("32-17", None, "other"), M("11th", 11, "ordinal")]),
    ("Kipchoge crossed the line in 2:02:42, finishing 30 seconds ahead of the field; the "
     "women's race was won in 2:16:52 by a margin of more than three minutes.",
     [M("2:02:42", hm(2, 2, 42), "quantity", "hour"), M("30 seconds", 30, "quantity", "second"),
      M("2:16:52", hm(2, 16, 52), "quantity", "hour"), M("three minutes", 3, "quantity", "minute")]),
    ("With six games left, Town sit 5th on 48 points, three behind the play-off places, and "
     "have conceded only 31 goals in 40 matches.",
     [M("six", 6, "count"), M("5th", 5, "ordinal"), M("48 points", 48, "other", "point"),
      M("three", 3, "count"), M("31", 31, "count"), M("40", 40, "count")]),
    # ---- finance and markets
    ("The FTSE 100 closed up 0.6% at 7,682.5 on Wednesday, while sterling slipped 0.3% against "
     "the dollar to $1.2710.",
     [M("100", 100, "other"), M("0.6%", 0.6, "percent", "%"), M("7,682.5", 7682.5, "other"),
      M("0.3%", 0.3, "percent", "%"), M("$1.2710", 1.271, "money", "USD")]),
    ("The Bank of England held Bank Rate at 5.25% for a fifth consecutive meeting, with the "
     "Monetary Policy Committee voting 6-3; two members preferred a cut of 25 basis points.",
     [M("5.25%", 5.25, "percent", "%"), M("6", 6, "count"), M("3", 3, "count"),
      M("two", 2, "count"), M("25 basis points", 0.25, "percent", "%")]),
    ("Pre-tax profit for the six months to 30 June rose 14% to £2.1bn, on revenue of £18.4bn. "
     "The interim dividend was raised to 7.5p a share.",
     [M("six months", 6, "quantity", "month"), M("30 June", None, "date"), M("14%", 14, "percent", "%"),
      M("£2.1bn", 2.1 * MLRD, "money", "GBP", MLRD), M("£18.4bn", 18.4 * MLRD, "money", "GBP", MLRD),
      M("7.5p", 0.075, "money", "GBP")]),
    ("Brent crude rose $1.12, or 1.4%, to $82.40 a barrel, its highest since October, while "
     "gold hit a record $2,195 an ounce.",
     [M("$1.12", 1.12, "money", "USD"), M("1.4%", 1.4, "percent", "%"),
      M("$82.40", 82.4, "money", "USD"), M("$2,195", 2195, "money", "USD")]),
    ("The Nikkei 225 fell 2.2% to 38,470, and the yen weakened past ¥151 to the dollar. "
     "Annual inflation in the euro zone eased to 2.4% in the fourth quarter.",
     [M("225", 225, "other"), M("2.2%", 2.2, "percent", "%"), M("38,470", 38470, "other"),
      M("¥151", 151, "money", "JPY"), M("2.4%", 2.4, "percent", "%")]),
    ("Shares in the group have fallen by a third since January, valuing it at about $4.6 "
     "billion, and analysts expect Q3 earnings of 42 cents a share.",
     [M("a third", 1 / 3, "other"), M("$4.6 billion", 4.6 * MLRD, "money", "USD", MLRD),
      M("Q3", 3, "ordinal"), M("42 cents", 0.42, "money", "USD")]),
    # ---- property
    ("Guide price £425,000. A well-presented three-bedroom semi-detached house of some 1,120 sq "
     "ft, with a 90 ft rear garden and off-street parking for two cars. Council tax band D.",
     [M("£425,000", 425000, "money", "GBP"), M("three", 3, "count"),
      M("1,120 sq ft", 1120, "quantity", "ft2"), M("90 ft", 90, "quantity", "ft"), M("two", 2, "count")]),
    ("Average UK house prices fell 1.8% in the year to December to £285,000, according to the "
     "Halifax, while mortgage approvals rose to 50,500, the highest in 6 months.",
     [M("1.8%", 1.8, "percent", "%"), M("£285,000", 285000, "money", "GBP"),
      M("50,500", 50500, "count"), M("6 months", 6, "quantity", "month")]),
    ("Plot 14 offers a detached four-bed on approximately 0.4 acres, with a 10-year NHBC "
     "warranty. Reservations open on Saturday 8 June at 10am.",
     [M("14", 14, "identifier"), M("four", 4, "count"), M("0.4 acres", 0.4, "quantity", "acre"),
      M("10-year", 10, "quantity", "year"), M("8 June", None, "date"), M("10am", 10, "other")]),
    ("Adults should do at least 150 minutes of moderate activity a week, or 75 minutes of "
     "vigorous activity, and strength exercises on 2 or more days a week.",
     [M("150 minutes", 150, "quantity", "minute"), M("75 minutes", 75, "quantity", "minute"),
      M("2", 2, "count")]),
    ("To keep health risks from alcohol low, men and women are advised not to drink more than "
     "14 units a week on a regular basis, spread over 3 or more days.",
     [M("14", 14, "count"), M("3", 3, "count")]),
    ("Adults should eat no more than 6g of salt a day - around one teaspoon. Children aged 1 to "
     "3 years should have no more than 2g.",
     [M("6g", 6, "quantity", "g"), M("one", 1, "count"), R("1 to 3 years", 1, 3, "year"),
      M("2g", 2, "quantity", "g")]),
    ("Call 999 if your child has a temperature of 38C or higher and is under 3 months old, or "
     "if a fit lasts longer than 5 minutes.",
     [M("999", 999, "identifier"), M("38C", 38, "quantity", "degC"),
      M("3 months", 3, "quantity", "month"), M("5 minutes", 5, "quantity", "minute")]),
    ("A healthy BMI for most adults is between 18.5 and 24.9. Around 1 in 4 adults in England "
     "is now living with obesity.",
     [M("18.5", 18.5, "other"), M("24.9", 24.9, "other"), M("1 in 4", 0.25, "other")]),
    ("Most adults need between 7 and 9 hours of sleep a night.[3] Children aged 6 to 12 need "
     "9-12 hours, and regularly sleeping less than 6 hours raises the risk of obesity by 30-55%.[4]",
     [M("7", 7, "quantity", "hour"), M("9 hours", 9, "quantity", "hour"), M("3", 3, "reference"),
      R("6 to 12", 6, 12, "year"), R("9-12 hours", 9, 12, "hour"), M("6 hours", 6, "quantity", "hour"),
      R("30-55%", 30, 55, "%"), M("4", 4, "reference")]),
    # ---- technology reviews
    ("The 6.7-inch OLED display refreshes at up to 120Hz, and the 5,000mAh battery comfortably "
     "lasted a day and a half in our tests. Prices start at £999 for the 256GB model.",
     [M("6.7-inch", 6.7, "quantity", "inch"), M("120Hz", 120, "quantity", "Hz"),
      M("5,000mAh", 5000, "quantity", "mAh"), M("a day and a half", 1.5, "quantity", "day"),
      M("£999", 999, "money", "GBP"), M("256GB", 256, "quantity", "GB")]),
    ("Verdict: 8/10. The main 50MP camera is excellent in daylight, but the 3x telephoto "
     "struggles indoors, and charging at 45W is slow by current standards.",
     [M("8", 8, "other"), M("10", 10, "other"), M("50MP", 50, "quantity", "MP"),
      M("3x", 3, "other", "times"), M("45W", 45, "quantity", "W")]),
    ("The laptop weighs 1.24kg and is just 14.9mm thick. Apple claims up to 18 hours of video "
     "playback; we managed 15 hours 20 minutes.",
     [M("1.24kg", 1.24, "quantity", "kg"), M("14.9mm", 14.9, "quantity", "mm"),
      M("18 hours", 18, "quantity", "hour"), M("15 hours 20 minutes", hm(15, 20), "quantity", "hour")]),
    ("It ships with Android 14 and Samsung promises seven years of OS updates. We rate it 4 out "
     "of 5.",
     [M("14", 14, "identifier"), M("seven years", 7, "quantity", "year"), M("4", 4, "other"),
      M("5", 5, "other")]),
    # ---- travel
    ("The cable car climbs 1,200 metres in just 12 minutes to the summit station at 3,842m. "
     "A return ticket costs €75 for adults and €38 for children under 15.",
     [M("1,200 metres", 1200, "quantity", "m"), M("12 minutes", 12, "quantity", "minute"),
      M("3,842m", 3842, "quantity", "m"), M("€75", 75, "money", "EUR"), M("€38", 38, "money", "EUR"),
      M("15", 15, "quantity", "year")]),
    ("Trains from Paddington to Penzance take around 5 hours; the sleeper leaves at 11.45pm and "
     "arrives at 7.53am. Day 2: walk the 8-mile coast path from Marazion to Porthleven.",
     [M("5 hours", 5, "quantity", "hour"), M("11.45pm", hm(23, 45), "other"),
      M("7.53am", hm(7, 53), "other"), M("2", 2, "identifier"), M("8-mile", 8, "quantity", "mi")]),
    ("Flights take about 13 hours. The island's 1,040km of coastline has more than 50 beaches, "
     "and temperatures hover around 30C from November to April.",
     [M("13 hours", 13, "quantity", "hour"), M("1,040km", 1040, "quantity", "km"),
      M("50", 50, "count"), M("30C", 30, "quantity", "degC")]),
    # ---- court reports
    ("A 34-year-old man from Salford was jailed for six years and eight months at Manchester "
     "Crown Court on Friday after admitting causing grievous bodily harm with intent under "
     "section 18 of the Offences Against the Person Act 1861.",
     [M("34-year-old", 34, "quantity", "year"),
      M("six years and eight months", 6 + 8 / 12, "quantity", "year"),
      M("18", 18, "identifier"), M("1861", 1861, "year")]),
    ("Magistrates fined Daniel Hughes, 27, of Church Street, £660 and ordered him to pay £85 "
     "costs and a £264 surcharge. He was banned from driving for 18 months.",
     [M("27", 27, "quantity", "year"), M("£660", 660, "money", "GBP"), M("£85", 85, "money", "GBP"),
      M("£264", 264, "money", "GBP"), M("18 months", 18, "quantity", "month")]),
    ("The court heard that police stopped the car on the M62 at 2.15am on 12 November, when it "
     "was travelling at 112mph. A breath test showed 61 microgrammes of alcohol in 100 "
     "millilitres of breath; the legal limit is 35.",
     [M("M62", 62, "identifier"), M("2.15am", hm(2, 15), "other"), M("12 November", None, "date"),
      M("112mph", 112, "quantity", "mph"), M("61 microgrammes", 61, "quantity", "ug"),
      M("100 millilitres", 100, "quantity", "ml"), M("35", 35, "quantity", "ug")]),
    ("The jury of seven men and five women took just under 4 hours to convict. Sentencing was "
     "adjourned until 3 May for pre-sentence reports.",
     [M("seven", 7, "count"), M("five", 5, "count"), M("4 hours", 4, "quantity", "hour"),
      M("3 May", None, "date")]),
    # ---- parliamentary debates
    ("The Chancellor will know that 1.4 million more children are now in poverty than in 2010. "
     "Will he confirm that the two-child limit alone costs families £3,455 a year?",
     [M("1.4 million", 1.4 * MLN, "count", None, MLN), M("2010", 2010, "year"),
      M("two", 2, "count"), M("£3,455", 3455, "money", "GBP")]),
    ("I beg to move amendment 12, in clause 4, page 3, line 27, at end insert the following "
     "subsection.",
     [M("12", 12, "identifier"), M("4", 4, "identifier"), M("3", 3, "identifier"),
      M("27", 27, "identifier")]),
    ("The Minister for Housing: We have delivered more than 1 million homes since 2019 and are "
     "investing £11.5 billion through the Affordable Homes Programme over five years.",
     [M("1 million", MLN, "count", None, MLN), M("2019", 2019, "year"),
      M("£11.5 billion", 11.5 * MLRD, "money", "GBP", MLRD), M("five years", 5, "quantity", "year")]),
    ("The House divided: Ayes 312, Noes 247. Question accordingly agreed to. Division No. 86 "
     "was recorded at 7.03 pm.",
     [M("312", 312, "count"), M("247", 247, "count"), M("No. 86", 86, "identifier"),
      M("7.03 pm", hm(19, 3), "other")]),
    ("Mr Speaker, as I told the House on 5 March [Official Report, 5 March 2024; Vol. 746, c. 812], "
     "waiting lists have fallen for four months in a row, to 7.54 million.",
     [M("5 March", None, "date"), M("5 March 2024", 2024, "date"), M("746", 746, "reference"),
      M("812", 812, "reference"), M("four months", 4, "quantity", "month"),
      M("7.54 million", 7.54 * MLN, "count", None, MLN)]),
    # ---- local council minutes
    ("Minute 24/117 - Planning application 24/00312/FUL: erection of 9 dwellings, land off Mill "
     "Lane. RESOLVED by 9 votes to 4 that the application be refused.",
     [M("24/117", None, "identifier"), M("24/00312/FUL", None, "identifier"), M("9", 9, "count"),
      M("9", 9, "count"), M("4", 4, "count")]),
    ("Item 7: Precept 2025/26. The Clerk reported that a precept of £48,750 would mean an "
     "increase of 3.9%, or £2.14 a year for a Band D property.",
     [M("7", 7, "identifier"), R("2025/26", 2025, 2026), M("£48,750", 48750, "money", "GBP"),
      M("3.9%", 3.9, "percent", "%"), M("£2.14", 2.14, "money", "GBP")]),
    ("The meeting opened at 7.00pm. Present: Cllrs Ahmed, Brown, Clarke and Davies (4 members). "
     "The next meeting will be held on Tuesday 14 January 2025 at the Village Hall.",
     [M("7.00pm", 19, "other"), M("4", 4, "count"), M("14 January 2025", 2025, "date")]),
    ("Members noted that 3 streetlights on Station Road had been repaired at a cost of £1,260 "
     "and that the 30mph limit would be extended by 200 metres.",
     [M("3", 3, "count"), M("£1,260", 1260, "money", "GBP"), M("30mph", 30, "quantity", "mph"),
      M("200 metres", 200, "quantity", "m")]),
    # ---- obituaries
    ("Margaret Ellis (1938–2024), who has died aged 86, taught English at Hexham grammar school "
     "for 31 years and published three volumes of poetry.",
     [R("1938–2024", 1938, 2024), M("86", 86, "quantity", "year"),
      M("31 years", 31, "quantity", "year"), M("three", 3, "count")]),
    ("Born in Cardiff on 9 April 1941, he joined the BBC in 1963 and presented the programme "
     "for more than 20 years. He is survived by his wife, two sons and five grandchildren.",
     [M("9 April 1941", 1941, "date"), M("1963", 1963, "year"), M("20 years", 20, "quantity", "year"),
      M("two", 2, "count"), M("five", 5, "count")]),
    ("HARRIS, Joan. Peacefully at home on 2nd February, aged 94. Funeral at St Mary's Church on "
     "Friday 21st February at 11.30am.",
     [M("2nd February", None, "date"), M("94", 94, "quantity", "year"),
      M("21st February", None, "date"), M("11.30am", 11.5, "other")]),
    # ---- charity annual reviews
    ("In 2023/24 we raised £4.2 million and supported 12,800 families across the region, thanks "
     "to more than 1,500 volunteers who gave 96,000 hours of their time.",
     [R("2023/24", 2023, 2024), M("£4.2 million", 4.2 * MLN, "money", "GBP", MLN),
      M("12,800", 12800, "count"), M("1,500", 1500, "count"),
      M("96,000 hours", 96000, "quantity", "hour")]),
    ("For every £1 donated, 87p goes directly to our frontline services. Registered charity no. "
     "1102345.",
     [M("£1", 1, "money", "GBP"), M("87p", 0.87, "money", "GBP"),
      M("no. 1102345", 1102345, "identifier")]),
    ("Our helpline answered 41,300 calls last year, up 18% on the year before, and two-thirds of "
     "callers said they felt less alone afterwards.",
     [M("41,300", 41300, "count"), M("18%", 18, "percent", "%"), M("two-thirds", 2 / 3, "other")]),
    ("Our survey found that 1 in 3 unpaid carers had skipped meals to make ends meet.¹ Between "
     "2019 and 2023 demand for our grants rose by 140%.²",
     [M("1 in 3", 1 / 3, "other"), M("¹", 1, "reference"), M("2019", 2019, "year"),
      M("2023", 2023, "year"), M("140%", 140, "percent", "%"), M("²", 2, "reference")]),
    # ---- school newsletters
    ("Year 6 will be visiting the Science Museum on Thursday 13th March. The coach leaves at "
     "8.45am sharp and we expect to return by 3.30pm. The cost is £12.50 per child.",
     [M("6", 6, "identifier"), M("13th March", None, "date"), M("8.45am", hm(8, 45), "other"),
      M("3.30pm", hm(15, 30), "other"), M("£12.50", 12.5, "money", "GBP")]),
    ("Congratulations to Class 3, whose attendance last half-term was 98.6%, and to the 24 "
     "pupils who completed the 5km fun run, raising £640 for the PTA.",
     [M("3", 3, "identifier"), M("98.6%", 98.6, "percent", "%"), M("24", 24, "count"),
      M("5km", 5, "quantity", "km"), M("£640", 640, "money", "GBP")]),
    ("School will close at 1.30pm on Friday 19 July for the summer holidays and reopen for "
     "pupils on Wednesday 4 September. Please remember that term-time holidays can result in a "
     "fine of £80 per parent.",
     [M("1.30pm", 13.5, "other"), M("19 July", None, "date"), M("4 September", None, "date"),
      M("£80", 80, "money", "GBP")]),
    # ---- weather forecasts
    ("A yellow warning for rain is in force from 6pm on Sunday until midday Monday, with 30-40mm "
     "falling widely and up to 80mm over high ground. Gusts could reach 60mph on exposed coasts.",
     [M("6pm", 18, "other"), R("30-40mm", 30, 40, "mm"), M("80mm", 80, "quantity", "mm"),
      M("60mph", 60, "quantity", "mph")]),
    ("Tonight will be cold and clear, with temperatures falling to minus 4C in rural areas. "
     "Tomorrow will be sunny, with highs of 9 to 11C.",
     [M("minus 4C", -4, "quantity", "degC"), R("9 to 11C", 9, 11, "degC")]),
    ("Pressure of 1038 hPa over Scotland will bring a settled weekend, with a 10% chance of rain "
     "and UV levels of 6 in the south. Sunrise 5.02am, sunset 9.14pm.",
     [M("1038 hPa", 1038, "quantity", "hPa"), M("10%", 10, "percent", "%"), M("6", 6, "other"),
      M("5.02am", hm(5, 2), "other"), M("9.14pm", hm(21, 14), "other")]),
    ("The Met Office said 2023 was the UK's second warmest year on record, with a mean "
     "temperature of 9.97C, just 0.06C below the record set in 2022.",
     [M("2023", 2023, "year"), M("9.97C", 9.97, "quantity", "degC"),
      M("0.06C", 0.06, "quantity", "degC"), M("2022", 2022, "year")]),
]
# fmt: on


def main() -> None:
    _bh.build_all({"en": EN}, "dev_en13", HERE)


if __name__ == "__main__":
    main()
