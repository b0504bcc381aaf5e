"""Build the sixth English numeric-mention development set (``dev_en6_en.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_dev_en6/build_dev_en6.py

A **development** set: the English rules of ``analysis.mentions`` are tuned on it, so its
scores say nothing about generalisation (the held-out sets do that).  Like the fourth and
fifth English development sets it is **ordinary, broad** text, British and American:
modern newspaper reports (local news and public notices, courts, crime, weather, traffic,
markets, sports results), magazine features, encyclopedia articles on history,
geography, science, sport and companies, 19th- and early-20th-century newspapers and
books, government statistical releases, company reports, legal judgments, scientific
writing, travel writing and memoirs, obituaries and reviews.  The passages were written
for this set in the style of those registers and annotated **blind**, from
``docs/numeric-mentions.md`` and the decisions in the docstrings of
``tests/data/mentions_heldout/build_heldout.py``, ``mentions_heldout2``,
``mentions_heldout3`` and the ``build_dev_en*.py`` scripts, without reading the
extractor's code and without running it on them.  Texts are already normalised (plain
spaces, no NBSP / thin spaces).

Each passage is ``(text, [mentions in text order])`` using the ``M`` / ``R`` helpers and
the ``annotate`` validator of ``tests/data/mentions_heldout/build_heldout.py`` (offsets are
found with ``str.find`` from the end of the previous mention, never typed).  No currency
code beyond the validator's own (``USD``, ``GBP``, ``EUR``) is needed.

Decisions taken here where the spec and the earlier docstrings are silent, each with the
example that settled it:

* **Two full dates joined by "to"** (``from Sunday 2 September to Thursday 6 September
  1666``) are two dates, each with its own month name; the first has no year inside its
  span (value null).  Only a bare day before a shared month makes one day-range date
  (``3 to 14 January 2024``).
* **Road and motorway numbers** with a letter glued to the digits (``the M6``)
  are ``identifier`` with the letter inside, like ``A325``; ``Interstate 95`` and
  ``Exit 27`` keep the digits only (a noun naming a numbered thing); ``junctions 16 and
  15`` are two identifiers.  A police non-emergency number in one group (``101``) is an
  ``identifier`` keeping its value.
* **Planning and case references** with several groups (``P23/04512/F``) are one
  ``identifier``, value null; a guideline section ``§ 2B1.1`` likewise (value null), its
  subsection ``(10)`` an identifier without the brackets.
* **League-table points** (``four points clear``) are ``other`` with unit ``point``, like
  points scored in a game; a horse's winning margin ``by 31 lengths`` is a ``count`` (no
  unit of measure); overs in cricket (``64.3 overs``) are a ``count`` with the value as
  written; ``112 for two`` gives two counts (runs, wickets).
* **A race time in minutes and seconds** (``1:56.72`` for an 800m) is a ``quantity`` in
  hours, like ``H:MM:SS`` (0.032422).  Event names with a glued distance (``the 1500m``)
  are quantities in ``m``.
* **A clock time in words** ``half-past four`` is one ``other`` mention (4.5), unit null
  (no hour word inside), like ``10 o'clock``.
* **The raised or middle decimal point** of British typesetting (``11·2 per cent.``) is a
  decimal point (11.2).
* **Index and team names with a number** (``the S&P 500``, ``the San Francisco 49ers``) are
  ``other`` with the digits only, like ``the FTSE 100``; a Super Bowl's Roman numeral
  (``Super Bowl LVIII``) is an ``ordinal`` like a congress.
* **US law reports**: in ``708 F.3d 295, 301 (1st Cir. 2013)`` volume, series ordinal
  (``3d`` of ``F.3d``), first page, pinpoint, the circuit's ordinal and the year are all
  ``reference``; UK neutral citations ``[2016] UKSC 8`` and a paragraph pinpoint ``at para
  87`` are ``reference`` like ``[1932] AC 562``.  A judgment's opening paragraph number
  (``1.``) is an ``identifier`` like a clause number.
* **A comparative year in a results table** ``(2023: £2,233.1m)`` is a ``year``; decimal
  pence glued to ``p`` are money (``21.5p`` -> 0.215 GBP).
* **A number qualifying a hyphenated noun that is not a unit** (``a 512-page novel``,
  ``a two-level enhancement``) is a ``count`` with the number only, like ``27-member``.
* **Car specifications**: ``245bhp`` is a quantity in ``hp``, ``370Nm`` in ``N*m``,
  ``38.2mpg`` in ``mpg``; ``0-62mph`` is a ``range`` 0..62 mph; ``2.0-litre`` a quantity of
  2.0 ``L`` with the hyphen inside.
* **Unit codes** used: ``m``, ``km``, ``cm``, ``mm``, ``um``, ``mi``, ``ft``, ``inch``,
  ``st``, ``kg``, ``acre``, ``km2``, ``mi2``, ``km3``, ``L``, ``au``, ``m/s``, ``mph``,
  ``rpm``, ``hp``, ``N*m``, ``mpg``, ``mmHg``, ``degC``, ``degF``, ``second``, ``minute``,
  ``hour``, ``day``, ``week``, ``month``, ``year``, ``point``, ``times``.
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
    # ---- local news and public notices
    ("Plans for 120 new homes on land off Mill Lane, Thornbury (ref. P23/04512/F), have been "
     "approved by South Gloucestershire Council despite 346 objections from residents. The "
     "developer will contribute £1.2m towards a new primary school, and 35% of the homes will "
     "be affordable.",
     [M("120", 120, "count"), M("P23/04512/F", None, "identifier"), M("346", 346, "count"),
      M("£1.2m", 1.2 * MLN, "money", "GBP", MLN), M("35%", 35, "percent", "%")]),
    ("The library on Station Road will close for six weeks from Monday 3 March while its roof "
     "is replaced, the county council said. The £480,000 project is expected to be finished by "
     "mid-April.",
     [M("six weeks", 6, "quantity", "week"), M("3 March", None, "date"),
      M("£480,000", 480000, "money", "GBP")]),
    ("The Maplewood Board of Education voted 5-2 Tuesday night to approve a $68.4 million "
     "budget for the 2024-25 school year, which raises the tax levy by 2 percent. The average "
     "homeowner will pay about $212 more a year.",
     [M("5-2", None, "other"), M("$68.4 million", 68.4 * MLN, "money", "USD", MLN),
      R("2024-25", 2024, 2025), M("2 percent", 2, "percent", "%"),
      M("$212", 212, "money", "USD")]),
    ("St Mary's Church in Wendover will mark its 800th anniversary next month with a festival "
     "of 12 concerts. The bells, first cast in the 17th century, were rehung in 2019 at a cost "
     "of £96,000.",
     [M("800th", 800, "ordinal"), M("12", 12, "count"), M("17th", 17, "ordinal"),
      M("2019", 2019, "year"), M("£96,000", 96000, "money", "GBP")]),
    ("ROAD TRAFFIC REGULATION ACT 1984, SECTION 14. Church Lane, Ashby, will be closed to "
     "through traffic from 08/07/2024 for 5 days (8am–6pm) to allow Openreach to lay new ducting.",
     [M("1984", 1984, "year"), M("14", 14, "identifier"), M("08/07/2024", 2024, "date"),
      M("5 days", 5, "quantity", "day"), R("8am–6pm", 8, 18)]),
    # ---- courts
    ("A 27-year-old man from Bootle has been jailed for six years and eight months after "
     "admitting causing death by dangerous driving. Liverpool Crown Court heard he was doing "
     "78mph in a 30mph zone when his car struck the victim, who was 64.",
     [M("27-year-old", 27, "quantity", "year"), M("six years", 6, "quantity", "year"),
      M("eight months", 8, "quantity", "month"), M("78mph", 78, "quantity", "mph"),
      M("30mph", 30, "quantity", "mph"), M("64", 64, "quantity", "year")]),
    ("A federal jury in Manhattan on Thursday found the former executive guilty on all seven "
     "counts, including securities fraud and wire fraud, each of which carries a maximum "
     "sentence of 20 years. Sentencing is scheduled for Jan. 17.",
     [M("seven", 7, "count"), M("20 years", 20, "quantity", "year"),
      M("Jan. 17", None, "date")]),
    ("The defendant, of Maple Avenue, was released on $50,000 bail and is due back in Superior "
     "Court on Oct. 3. Prosecutors say he stole more than $312,000 from the nonprofit between "
     "2017 and 2022.",
     [M("$50,000", 50000, "money", "USD"), M("Oct. 3", None, "date"),
      M("$312,000", 312000, "money", "USD"), M("2017", 2017, "year"), M("2022", 2022, "year")]),
    # ---- crime
    ("Police were called to a house in Kingsway at around 2.15am on Sunday following reports of "
     "a disturbance. A 19-year-old woman was taken to hospital with stab wounds, and two men, "
     "aged 22 and 25, have been arrested on suspicion of attempted murder.",
     [M("2.15am", hm(2, 15), "other"), M("19-year-old", 19, "quantity", "year"),
      M("two", 2, "count"), M("22", 22, "quantity", "year"), M("25", 25, "quantity", "year")]),
    ("Anyone with information is asked to call West Midlands Police on 101, quoting log 1234 of "
     "18 August, or contact Crimestoppers anonymously on 0800 555 111.",
     [M("101", 101, "identifier"), M("1234", 1234, "identifier"), M("18 August", None, "date"),
      M("0800 555 111", None, "identifier")]),
    ("Deputies seized 14 kilograms of cocaine, three handguns and $87,400 in cash during the "
     "raid, the sheriff's office said in a news release. The two suspects were booked into the "
     "county jail on $1 million bond each.",
     [M("14 kilograms", 14, "quantity", "kg"), M("three", 3, "count"),
      M("$87,400", 87400, "money", "USD"), M("two", 2, "count"),
      M("$1 million", MLN, "money", "USD", MLN)]),
    ("At the Assizes on the 14th inst., John Hollis, 32, labourer, was indicted for stealing two "
     "sheep, the property of Mr. Joseph Brand, of Ashwell, and was sentenced to seven years' "
     "transportation.",
     [M("14th", 14, "ordinal"), M("32", 32, "quantity", "year"), M("two", 2, "count"),
      M("seven years", 7, "quantity", "year")]),
    # ---- weather
    ("A yellow warning for snow is in force from 6pm on Thursday until 10am on Friday. Between "
     "2 and 5cm of snow is likely quite widely, with 10 to 15cm possible above 300 metres, and "
     "temperatures will struggle to rise above 1C.",
     [M("6pm", 18, "other"), M("10am", 10, "other"), M("2", 2, "quantity", "cm"),
      M("5cm", 5, "quantity", "cm"), R("10 to 15cm", 10, 15, "cm"),
      M("300 metres", 300, "quantity", "m"), M("1C", 1, "quantity", "degC")]),
    ("Phoenix hit 118 degrees on Saturday, breaking the record for the date set in 1990, and "
     "the National Weather Service warned that highs would stay above 110 through at least "
     "Thursday. Overnight lows are not expected to drop below 90.",
     [M("118 degrees", 118, "quantity", "degF"), M("1990", 1990, "year"),
      M("110", 110, "quantity", "degF"), M("90", 90, "quantity", "degF")]),
    ("Some 97.4mm of rain fell at Capel Curig in 24 hours, almost twice the October average, "
     "and the Environment Agency issued 41 flood warnings. Gusts of up to 70mph were recorded "
     "on exposed coasts.",
     [M("97.4mm", 97.4, "quantity", "mm"), M("24 hours", 24, "quantity", "hour"),
      M("41", 41, "count"), M("70mph", 70, "quantity", "mph")]),
    # ---- traffic
    ("The M6 southbound is closed between junctions 16 and 15 after a collision involving a "
     "lorry and two cars shortly before 7am. National Highways said there were delays of 90 "
     "minutes and about 5 miles of congestion on the approach.",
     [M("M6", 6, "identifier"), M("16", 16, "identifier"), M("15", 15, "identifier"),
      M("two", 2, "count"), M("7am", 7, "other"), M("90 minutes", 90, "quantity", "minute"),
      M("5 miles", 5, "quantity", "mi")]),
    ("A tractor-trailer overturned on Interstate 95 northbound near Exit 27 around 4:30 a.m., "
     "shutting down three lanes for nearly six hours, state police said.",
     [M("95", 95, "identifier"), M("27", 27, "identifier"), M("4:30 a.m.", 4.5, "other"),
      M("three", 3, "count"), M("six hours", 6, "quantity", "hour")]),
    # ---- markets
    ("The FTSE 100 rose 0.6% to 8,164.1 on Tuesday, with miners leading the gains as copper "
     "climbed above $9,800 a tonne. The pound was flat at $1.2715 and 1.1688 euros.",
     [M("100", 100, "other"), M("0.6%", 0.6, "percent", "%"), M("8,164.1", 8164.1, "other"),
      M("$9,800", 9800, "money", "USD"), M("$1.2715", 1.2715, "money", "USD"),
      M("1.1688 euros", 1.1688, "money", "EUR")]),
    ("The Dow Jones Industrial Average fell 475.84 points, or 1.2%, to 38,852.27, while the S&P "
     "500 lost 1.6% and the Nasdaq Composite slid 2.3%. The yield on the 10-year Treasury note "
     "rose to 4.61%.",
     [M("475.84 points", 475.84, "other", "point"), M("1.2%", 1.2, "percent", "%"),
      M("38,852.27", 38852.27, "other"), M("500", 500, "other"),
      M("1.6%", 1.6, "percent", "%"), M("2.3%", 2.3, "percent", "%"),
      M("10-year", 10, "quantity", "year"), M("4.61%", 4.61, "percent", "%")]),
    ("The Federal Reserve held its benchmark rate in a range of 5.25% to 5.5% for a sixth "
     "straight meeting on Wednesday, and officials pencilled in three quarter-point cuts before "
     "the end of 2024.",
     [R("5.25% to 5.5%", 5.25, 5.5, "%"), M("three", 3, "count"), M("2024", 2024, "year")]),
    # ---- sports results
    ("Leicester City 2 Southampton 1: Jamie Vardy scored twice in the second half as the Foxes "
     "moved four points clear at the top, watched by a crowd of 31,426 at the King Power "
     "Stadium.",
     [M("2", 2, "count"), M("1", 1, "count"), M("four points", 4, "other", "point"),
      M("31,426", 31426, "count")]),
    ("England were bowled out for 246 in 64.3 overs, Joe Root top-scoring with 84, before "
     "Australia reached 112 for two at stumps on the opening day at Lord's.",
     [M("246", 246, "count"), M("64.3", 64.3, "count"), M("84", 84, "count"),
      M("112", 112, "count"), M("two", 2, "count")]),
    ("Shohei Ohtani went 3-for-4 with two home runs and five RBIs as the Dodgers beat the "
     "Giants 8-3 on Friday night, their sixth straight win.",
     [M("3", 3, "count"), M("4", 4, "count"), M("two", 2, "count"), M("five", 5, "count"),
      M("8-3", None, "other")]),
    ("Kenya's Faith Kipyegon won the 1500m in 3 minutes 49.11 seconds, an Olympic record, while "
     "Britain's Keely Hodgkinson took the 800m title in 1:56.72.",
     [M("1500m", 1500, "quantity", "m"), M("3 minutes", 3, "quantity", "minute"),
      M("49.11 seconds", 49.11, "quantity", "second"), M("800m", 800, "quantity", "m"),
      M("1:56.72", hm(0, 1, 56.72), "quantity", "hour")]),
    ("The Kansas City Chiefs beat the San Francisco 49ers 25-22 in overtime in Super Bowl LVIII "
     "on Feb. 11, 2024, their third title in five seasons.",
     [M("49", 49, "other", glued=True), M("25-22", None, "other"), M("LVIII", 58, "ordinal"),
      M("Feb. 11, 2024", 2024, "date"), M("five", 5, "count")]),
    # ---- magazine features
    ("At 6ft 5in and 16 stone, Marcus Hale hardly looks like a pastry chef. But for the past "
     "nine years he has run a bakery in Hackney that now turns out some 2,000 croissants a day "
     "and employs a dozen people.",
     [M("6ft", 6, "quantity", "ft"), M("5in", 5, "quantity", "inch"),
      M("16 stone", 16, "quantity", "st"), M("nine years", 9, "quantity", "year"),
      M("2,000", 2000, "count"), M("a dozen", 12, "count")]),
    ("The house, a 1930s Arts and Crafts villa on a 0.4-acre plot, cost the couple £675,000 in "
     "2019; they have since spent another £140,000 on it.",
     [M("1930", 1930, "year", glued=True), M("0.4-acre", 0.4, "quantity", "acre"),
      M("£675,000", 675000, "money", "GBP"), M("2019", 2019, "year"),
      M("£140,000", 140000, "money", "GBP")]),
    # ---- encyclopedia: history
    ("The Battle of Hastings was fought on 14 October 1066 between the Norman-French army of "
     "William, the Duke of Normandy, and an English army under King Harold Godwinson, who had "
     "marched some 250 miles south after defeating a Norwegian invasion at Stamford Bridge on 25 "
     "September.",
     [M("14 October 1066", 1066, "date"), M("250 miles", 250, "quantity", "mi"),
      M("25 September", None, "date")]),
    ("The Great Fire of London burned from Sunday 2 September to Thursday 6 September 1666, "
     "destroying 13,200 houses, 87 parish churches and St Paul's Cathedral. The recorded death "
     "toll was six, though the true figure is thought to have been higher.[3]",
     [M("2 September", None, "date"), M("6 September 1666", 1666, "date"),
      M("13,200", 13200, "count"), M("87", 87, "count"), M("six", 6, "count"),
      M("3", 3, "reference")]),
    ("The Louisiana Purchase of 1803 added about 828,000 square miles to the United States for "
     "$15 million, or less than three cents an acre.",
     [M("1803", 1803, "year"), M("828,000 square miles", 828000, "quantity", "mi2"),
      M("$15 million", 15 * MLN, "money", "USD", MLN), M("three cents", 0.03, "money", "USD")]),
    ("The Second Boer War (11 October 1899 – 31 May 1902) cost Britain some £200 million and the "
     "lives of about 22,000 soldiers, nearly two-thirds of whom died of disease.",
     [M("11 October 1899", 1899, "date"), M("31 May 1902", 1902, "date"),
      M("£200 million", 200 * MLN, "money", "GBP", MLN), M("22,000", 22000, "count"),
      M("two-thirds", 2 / 3, "other")]),
    ("Elizabeth II was crowned at Westminster Abbey on 2 June 1953, the 39th sovereign to be "
     "crowned there; the ceremony was watched on television by an estimated 27 million people "
     "in Britain.",
     [M("II", 2, "ordinal"), M("2 June 1953", 1953, "date"), M("39th", 39, "ordinal"),
      M("27 million", 27 * MLN, "count", None, MLN)]),
    # ---- encyclopedia: geography
    ("Lake Baikal is the deepest lake in the world, reaching 1,642 m (5,387 ft), and holds about "
     "23,615 km3 of water, roughly 22–23% of the world's fresh surface water.",
     [M("1,642 m", 1642, "quantity", "m"), M("5,387 ft", 5387, "quantity", "ft"),
      M("23,615 km3", 23615, "quantity", "km3"), R("22–23%", 22, 23, "%")]),
    ("Wales has a population of 3,107,500 (2021 census) and an area of 20,779 km2 (8,023 sq mi). "
     "Its highest point is Snowdon, at 1,085 metres above sea level.",
     [M("3,107,500", 3107500, "count"), M("2021", 2021, "year"),
      M("20,779 km2", 20779, "quantity", "km2"), M("8,023 sq mi", 8023, "quantity", "mi2"),
      M("1,085 metres", 1085, "quantity", "m")]),
    # ---- encyclopedia: science
    ("Mercury orbits the Sun every 88 days at an average distance of 0.39 AU, and its surface "
     "temperature ranges from −173 °C to 427 °C.",
     [M("88 days", 88, "quantity", "day"), M("0.39 AU", 0.39, "quantity", "au"),
      R("−173 °C to 427 °C", -173, 427, "degC")]),
    ("The DNA in a single human cell, if stretched out, would measure about 2 metres, yet it is "
     "packed into a nucleus only about 6 micrometres across. The human genome contains roughly "
     "3.1 billion base pairs and about 20,000 protein-coding genes.",
     [M("2 metres", 2, "quantity", "m"), M("6 micrometres", 6, "quantity", "um"),
      M("3.1 billion", 3.1 * MLRD, "count", None, MLRD), M("20,000", 20000, "count")]),
    ("Sound travels at about 343 metres per second in dry air at 20 °C, but more than four times "
     "as fast in water, where it reaches roughly 1,480 m/s.",
     [M("343 metres per second", 343, "quantity", "m/s"), M("20 °C", 20, "quantity", "degC"),
      M("four times", 4, "other", "times"), M("1,480 m/s", 1480, "quantity", "m/s")]),
    # ---- encyclopedia: sport
    ("The first FA Cup Final was played at Kennington Oval on 16 March 1872, Wanderers beating "
     "Royal Engineers 1–0 in front of 2,000 spectators.",
     [M("16 March 1872", 1872, "date"), M("1–0", None, "other"), M("2,000", 2000, "count")]),
    ("Secretariat won the 1973 Belmont Stakes by 31 lengths, setting a world record for 1½ miles "
     "on dirt that still stands, and became the first Triple Crown winner in 25 years.",
     [M("1973", 1973, "year"), M("31", 31, "count"), M("1½ miles", 1.5, "quantity", "mi"),
      M("25 years", 25, "quantity", "year")]),
    # ---- encyclopedia: companies
    ("Rolls-Royce Holdings plc is a British multinational aerospace and defence company "
     "incorporated in February 2011. In 2023 it reported revenue of £16.5 billion and employed "
     "about 42,000 people in more than 150 countries.",
     [M("February 2011", 2011, "date"), M("2023", 2023, "year"),
      M("£16.5 billion", 16.5 * MLRD, "money", "GBP", MLRD), M("42,000", 42000, "count"),
      M("150", 150, "count")]),
    ("Founded by Sam Walton in Rogers, Arkansas, in 1962, Walmart is the world's largest company "
     "by revenue, with US$648.1 billion in fiscal year 2024, and operates about 10,500 stores in "
     "19 countries.",
     [M("1962", 1962, "year"), M("US$648.1 billion", 648.1 * MLRD, "money", "USD", MLRD),
      M("2024", 2024, "year"), M("10,500", 10500, "count"), M("19", 19, "count")]),
    # ---- 19th- and early-20th-century newspapers
    ("SHOCKING ACCIDENT.—On Wednesday last a lad named Thomas Ward, aged 14, employed at the "
     "Wharncliffe Colliery, where some 350 men and boys are engaged, was crushed between two "
     "tubs, and died the same evening.",
     [M("14", 14, "quantity", "year"), M("350", 350, "count"), M("two", 2, "count")]),
    ("THE WEATHER.—The frost continues with unabated severity. On Tuesday night the thermometer "
     "in our office fell to 14 degrees, or 18 degrees below the freezing point, and on Wednesday "
     "upwards of 20,000 persons were on the ice in the Park.",
     [M("14 degrees", 14, "quantity", "degF"), M("18 degrees", 18, "quantity", "degF"),
      M("20,000", 20000, "count")]),
    ("The new suspension bridge across the Ohio at Cincinnati is 1,057 feet in length between the "
     "towers, and has cost $1,800,000. It was opened to travel on the 1st of January, 1867.",
     [M("1,057 feet", 1057, "quantity", "ft"), M("$1,800,000", 1800000, "money", "USD"),
      M("1st of January, 1867", 1867, "date")]),
    ("LONDON, Aug. 4, 1914.—Great Britain declared war on Germany at 11 o'clock to-night, the "
     "time limit of the British ultimatum having expired. The Fleet, numbering some 400 vessels, "
     "had been mobilised on Sunday.",
     [M("Aug. 4, 1914", 1914, "date"), M("11 o'clock", 11, "other", "hour"),
      M("400", 400, "count")]),
    # ---- 19th- and early-20th-century books
    ("We reached Interlaken at half-past four, having been nine hours upon the road, and found "
     "the hotel full; an English family of eleven persons had taken the whole of the first floor.",
     [M("half-past four", 4.5, "other"), M("nine hours", 9, "quantity", "hour"),
      M("eleven", 11, "count")]),
    ("In the year 1851 the county contained 1,271 parishes and 126,453 inhabited houses, and the "
     "population had increased by 11·2 per cent. in the preceding ten years.",
     [M("1851", 1851, "year"), M("1,271", 1271, "count"), M("126,453", 126453, "count"),
      M("11·2 per cent.", 11.2, "percent", "%"), M("ten years", 10, "quantity", "year")]),
    # ---- government statistical releases
    ("The UK unemployment rate was estimated at 4.2% in December 2023 to February 2024, higher "
     "than in the previous quarter. The employment rate for people aged 16 to 64 years was "
     "74.5%.",
     [M("4.2%", 4.2, "percent", "%"), M("December 2023", 2023, "date"),
      M("February 2024", 2024, "date"), R("16 to 64 years", 16, 64, "year"),
      M("74.5%", 74.5, "percent", "%")]),
    ("Median household income was $80,610 in 2023, an increase of 4.0 percent from the 2022 "
     "estimate of $77,540. The official poverty rate was 11.1 percent, with 36.8 million people "
     "in poverty.",
     [M("$80,610", 80610, "money", "USD"), M("2023", 2023, "year"),
      M("4.0 percent", 4.0, "percent", "%"), M("2022", 2022, "year"),
      M("$77,540", 77540, "money", "USD"), M("11.1 percent", 11.1, "percent", "%"),
      M("36.8 million", 36.8 * MLN, "count", None, MLN)]),
    ("There were 605,479 live births in England and Wales in 2022, a decrease of 3.1% from 2021; "
     "the total fertility rate fell to 1.49 children per woman, the lowest since records began "
     "in 1938.",
     [M("605,479", 605479, "count"), M("2022", 2022, "year"), M("3.1%", 3.1, "percent", "%"),
      M("2021", 2021, "year"), M("1.49", 1.49, "count"), M("1938", 1938, "year")]),
    ("Table 3: In the year ending March 2024, police recorded 6.6 million crimes (excluding fraud "
     "and computer misuse), a fall of 1% compared with the previous year. Knife crime offences "
     "rose by 4% to 50,510.",
     [M("3", 3, "identifier"), M("March 2024", 2024, "date"),
      M("6.6 million", 6.6 * MLN, "count", None, MLN), M("1%", 1, "percent", "%"),
      M("4%", 4, "percent", "%"), M("50,510", 50510, "count")]),
    ("Around three-quarters (74%) of adults in Great Britain said their cost of living had "
     "increased compared with a month ago, according to the Opinions and Lifestyle Survey "
     "covering 3 to 14 January 2024.",
     [M("three-quarters", 0.75, "other"), M("74%", 74, "percent", "%"),
      M("3 to 14 January 2024", 2024, "date")]),
    # ---- company reports
    ("Group revenue increased by 8.3% to £2,418.6m (2023: £2,233.1m) and adjusted operating "
     "profit was £312.4m, up 11%. The Board is proposing a final dividend of 21.5p per share, "
     "making a total for the year of 31.0p.",
     [M("8.3%", 8.3, "percent", "%"), M("£2,418.6m", 2418.6 * MLN, "money", "GBP", MLN),
      M("2023", 2023, "year"), M("£2,233.1m", 2233.1 * MLN, "money", "GBP", MLN),
      M("£312.4m", 312.4 * MLN, "money", "GBP", MLN), M("11%", 11, "percent", "%"),
      M("21.5p", 0.215, "money", "GBP"), M("31.0p", 0.31, "money", "GBP")]),
    ("Net sales for fiscal 2024 were $391.0 billion, compared with $383.3 billion in fiscal "
     "2023. As of September 28, 2024, the Company had approximately 164,000 full-time "
     "equivalent employees.",
     [M("2024", 2024, "year"), M("$391.0 billion", 391.0 * MLRD, "money", "USD", MLRD),
      M("$383.3 billion", 383.3 * MLRD, "money", "USD", MLRD), M("2023", 2023, "year"),
      M("September 28, 2024", 2024, "date"), M("164,000", 164000, "count")]),
    ("The Company operated 1,243 stores at the year end, having opened 87 and closed 19, and its "
     "online business accounted for 38 per cent of sales. Capital expenditure for 2025/26 is "
     "expected to be around £450 million.",
     [M("1,243", 1243, "count"), M("87", 87, "count"), M("19", 19, "count"),
      M("38 per cent", 38, "percent", "%"), R("2025/26", 2025, 2026),
      M("£450 million", 450 * MLN, "money", "GBP", MLN)]),
    # ---- legal judgments
    ("1. This appeal concerns the meaning of section 47(2) of the Landlord and Tenant Act 1987. "
     "The lease was granted on 29 September 1994 for a term of 125 years at a ground rent of £50 "
     "per annum.",
     [M("1", 1, "identifier"), M("47", 47, "identifier"), M("2", 2, "identifier"),
      M("1987", 1987, "year"), M("29 September 1994", 1994, "date"),
      M("125 years", 125, "quantity", "year"), M("£50", 50, "money", "GBP")]),
    ("In R v Jogee [2016] UKSC 8, [2017] AC 387 the Supreme Court held, at para 87, that "
     "foresight is evidence of intent rather than a substitute for it. See also Chan Wing-Siu v "
     "The Queen [1985] AC 168, 175.",
     [M("2016", 2016, "reference"), M("8", 8, "reference"), M("2017", 2017, "reference"),
      M("387", 387, "reference"), M("87", 87, "reference"), M("1985", 1985, "reference"),
      M("168", 168, "reference"), M("175", 175, "reference")]),
    ("We review de novo. United States v. Ramirez, 708 F.3d 295, 301 (1st Cir. 2013). Because "
     "the district court erred in applying the two-level enhancement under U.S.S.G. § "
     "2B1.1(b)(10), we vacate the sentence of 87 months and remand.",
     [M("708", 708, "reference"), M("3d", 3, "reference"), M("295", 295, "reference"),
      M("301", 301, "reference"), M("1st", 1, "reference"), M("2013", 2013, "reference"),
      M("two", 2, "count"), M("§ 2B1.1", None, "identifier"), M("10", 10, "identifier"),
      M("87 months", 87, "quantity", "month")]),
    # ---- scientific writing
    ("Participants (n = 1,284; mean age 54.3 ± 8.1 years; 52% women) were randomised 1:1 to the "
     "intervention or usual care. After 12 months, systolic blood pressure fell by 9.8 mmHg (95% "
     "CI 7.2 to 12.4) in the intervention group.",
     [M("1,284", 1284, "count"), M("54.3", 54.3, "quantity", "year"),
      M("8.1 years", 8.1, "quantity", "year"), M("52%", 52, "percent", "%"),
      M("1:1", None, "other"), M("12 months", 12, "quantity", "month"),
      M("9.8 mmHg", 9.8, "quantity", "mmHg"), M("95%", 95, "percent", "%"),
      R("7.2 to 12.4", 7.2, 12.4)]),
    ("Samples were centrifuged at 3,000 rpm for 10 min at 4 °C, and the supernatant was stored at "
     "−80 °C until analysis (Smith et al., 2019).",
     [M("3,000 rpm", 3000, "quantity", "rpm"), M("10 min", 10, "quantity", "minute"),
      M("4 °C", 4, "quantity", "degC"), M("−80 °C", -80, "quantity", "degC"),
      M("2019", 2019, "reference")]),
    ("Mean annual temperature at the site is 8.6 °C and annual precipitation 1,150 mm, most of "
     "which falls between October and March [12,13]. Soils are acidic (pH 4.2–5.1).",
     [M("8.6 °C", 8.6, "quantity", "degC"), M("1,150 mm", 1150, "quantity", "mm"),
      M("12", 12, "reference"), M("13", 13, "reference"), R("4.2–5.1", 4.2, 5.1)]),
    # ---- travel writing and memoirs
    ("From Cusco the train takes three and a half hours to cover the 110 kilometres to Aguas "
     "Calientes, dropping nearly 1,400 metres as it follows the Urubamba. A return ticket costs "
     "upwards of $140.",
     [M("three and a half hours", 3.5, "quantity", "hour"),
      M("110 kilometres", 110, "quantity", "km"), M("1,400 metres", 1400, "quantity", "m"),
      M("$140", 140, "money", "USD")]),
    ("I was born in 1947 in a terraced house in Bolton, the youngest of five. My father worked "
     "48 hours a week at the mill for £6 10s., and we didn't get a television until I was "
     "eleven.",
     [M("1947", 1947, "year"), M("five", 5, "count"), M("48 hours", 48, "quantity", "hour"),
      M("£6 10s.", lsd(6, 10), "money", "GBP"), M("eleven", 11, "quantity", "year")]),
    # ---- obituaries
    ("Sir David Hartley, who has died aged 91, was a civil engineer whose firm designed more than "
     "60 bridges in Britain and abroad, among them the 1,200-metre crossing of the Severn "
     "estuary completed in 1996. He was knighted in 1998.",
     [M("91", 91, "quantity", "year"), M("60", 60, "count"),
      M("1,200-metre", 1200, "quantity", "m"), M("1996", 1996, "year"), M("1998", 1998, "year")]),
    ("Mary Ellen Kowalski, 88, of Scranton, died Sunday, March 10, 2024, at home surrounded by "
     "family. Born Oct. 2, 1935, she worked for 31 years as a nurse at Mercy Hospital. She is "
     "survived by four children, 11 grandchildren and 3 great-grandchildren.",
     [M("88", 88, "quantity", "year"), M("March 10, 2024", 2024, "date"),
      M("Oct. 2, 1935", 1935, "date"), M("31 years", 31, "quantity", "year"),
      M("four", 4, "count"), M("11", 11, "count"), M("3", 3, "count")]),
    ("Across 17 seasons he played 512 league games for Burnley, scoring 103 goals, and won 34 "
     "caps for England between 1958 and 1967.",
     [M("17", 17, "count"), M("512", 512, "count"), M("103", 103, "count"), M("34", 34, "count"),
      M("1958", 1958, "year"), M("1967", 1967, "year")]),
    # ---- reviews
    ("The 2.0-litre petrol engine produces 245bhp and 370Nm of torque, good for 0-62mph in 6.2 "
     "seconds and a top speed of 155mph. Official economy is 38.2mpg, and prices start at "
     "£41,995.",
     [M("2.0-litre", 2.0, "quantity", "L"), M("245bhp", 245, "quantity", "hp"),
      M("370Nm", 370, "quantity", "N*m"), R("0-62mph", 0, 62, "mph"),
      M("6.2 seconds", 6.2, "quantity", "second"), M("155mph", 155, "quantity", "mph"),
      M("38.2mpg", 38.2, "quantity", "mpg"), M("£41,995", 41995, "money", "GBP")]),
    ("Her debut novel, a 512-page doorstop set in Glasgow between 1968 and 1974, took her eleven "
     "years to write; Picador is publishing it at £20.",
     [M("512", 512, "count"), M("1968", 1968, "year"), M("1974", 1974, "year"),
      M("eleven years", 11, "quantity", "year"), M("£20", 20, "money", "GBP")]),
    ("Starters are £9 to £14, mains hover around £28, and a bottle of the house Côtes du Rhône is "
     "£32. Dinner for two with wine came to £146 before service of 12.5%.",
     [R("£9 to £14", 9, 14, "GBP"), M("£28", 28, "money", "GBP"), M("£32", 32, "money", "GBP"),
      M("two", 2, "count"), M("£146", 146, "money", "GBP"), M("12.5%", 12.5, "percent", "%")]),
]
# fmt: on


def main() -> None:
    _bh.build_all({"en": EN}, "dev_en6", HERE)


if __name__ == "__main__":
    main()
