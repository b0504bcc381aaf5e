"""Build the English numeric-mention development set (``dev_en_en.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_dev_en/build_dev_en.py

A **development** set: the English rules of ``analysis.mentions`` are tuned on it, so its
scores say nothing about generalisation (the held-out sets do that).  The passages were
written for it in registers a historian or social scientist reads: colonial and imperial
statistics (rupees, annas, lakhs and crores, maunds and seers, pounds, shillings and
pence), Hansard and parliamentary papers, US census and BLS releases, economic history
(prices, wages, GDP, exchange rates, bushels), IMF and World Bank reports, epidemiology,
climate and energy, military history, treaties, statutes and case law, footnoted papers
and bibliographies, newspaper OCR with glued words and broken hyphenation, sports
results, elections, company reports, real-estate ads and timetables.  They were annotated
from ``docs/numeric-mentions.md`` and the decisions in the docstrings of
``tests/data/mentions_heldout/build_heldout.py``,
``tests/data/mentions_heldout2/build_heldout2.py``,
``tests/data/mentions_heldout3/build_heldout3.py`` and
``tests/data/mentions_dev_ru2/build_dev_ru2.py`` before the extractor was run on them.
Texts are already normalised (plain spaces, no NBSP / thin spaces).

Each passage is ``(text, [mentions in text order])`` using the ``M`` / ``R`` helpers and
the ``annotate`` validator of ``tests/data/mentions_heldout/build_heldout.py`` (offsets are
found with ``str.find`` from the end of the previous mention, never typed).  The
validator's ``CURRENCIES`` set is extended in memory (not in that file) with ``INR``
(rupee, anna, pie), ``XDR`` (the IMF's SDR) and ``DEM`` (the German mark, paper and gold
marks included).

Decisions taken here where the spec and the earlier docstrings are silent, each with the
example that settled it:

* **Pounds, shillings and pence** are one ``money`` amount in pounds (GBP): ``£3 4s. 6d.``
  -> 3.225, ``10s. 6d.`` -> 0.525, ``8½d.`` -> 8.5/240; the abbreviation dots are inside.
  A price "a quarter" / "a week" / "an hour" after it stays outside, and ``a quarter`` after
  a grain price is the measure, not a fraction (``113s. 10d.`` in 1800, ``quarter`` not
  annotated).  Decimal pence glued to ``p`` are money like ``12p``: ``24.5p`` -> 0.245 GBP.
* **Rupees** are ``INR`` with 16 annas to the rupee: ``1½ annas`` -> 0.09375,
  ``Rs. 5 and 8 annas`` -> 5.5 (connector inside), ``Rs. 3-4-0`` (rupees-annas-pies) ->
  3.25, one ``money`` mention.  ``Rs.`` before the number is inside like ``$``.  The same
  code serves rupees in East Africa (``3 rupees`` a hut).
* **Indian digit grouping** is a thousands separator: ``Rs. 2,14,56,000`` -> 21456000,
  ``11,61,383`` -> 1161383.  **Lakh and crore** are scale words with their own scale:
  ``3 lakhs`` -> 300000 (scale 1e5), ``Rs. 2.68 crores`` -> 26800000 (scale 1e7).
* **Weights of the subcontinent** are units: ``maund``, ``seer`` (``9 seers`` the rupee);
  ``3 maunds 20 seers``-style mixed weights would be two quantities (like ``1 арш. 4 вершк.``),
  and so is ``6 ft 4 in.`` (``6 ft``, ``4 in.``).
* **Basis points** are ``percent`` in percent: ``150 basis points`` -> 1.5, unit ``%``, the
  words inside (like percentage points).  **"points" after a change in a vote share**
  (``dropped 8.7 points``) are percentage points, ``percent``; **stock-price points**
  (``fell 17 points``) are ``other`` with unit ``point`` like index points, and a bare
  stock or bond price (``to 174``, ``lost 47½``, ``Consols stood at 92⅝``) is ``other``.
* **Fiscal years** keep the ``FY`` label outside like the calendar-year word:
  ``FY2019/20`` -> ``2019/20`` range 2019..2020 (glued), ``FY23`` -> ``23`` year 2023 (glued);
  a quarter ``Q3`` is one ``ordinal`` span with the letter inside (like ``triwulan IV``).
* **Ratios in words** ``One in five``, ``two out of three`` are one ``other`` mention with
  the fraction's value (0.2, 0.6667), like a spelled fraction.
* **Rates per 100,000** are two ``count`` mentions, rate and base (``146 per 100,000`` ->
  ``146``, ``100,000``), as dev_ru2 did for ``на 1 000 душ``.  Hazard and odds ratios and
  p-values are ``other`` (``HR 1.62``, ``p < 0.001`` -> ``0.001``, the sign outside); a
  confidence interval ``1.31–2.01`` / ``3.2 to 10.4`` is a ``range``; ``95%`` of the interval is
  a ``percent``; ``≥``, ``<``, ``±`` stay outside (``≥ 120 days``, ``± 0.12 °C``).
* **An elided unit or percent sign** carries over to a bare number in the same
  construction: ``instead of two`` after ``nine days`` is ``quantity`` day; ``(15.6 among males
  and 2.9 among females)`` after ``9.5 per cent`` are ``percent``; in ``between 2.7 and 3
  million`` (two mentions) the first keeps only its digits but takes the value 2.7e6 and
  scale 1e6 from the shared scale word.
* **Climate and energy units**: ``degC`` / ``degF`` with the sign inside (``−80 °F`` ->
  -80), ``ppm``, ``ppb``, ``MW``, ``TWh``, ``J``; ``Gt`` / ``Mt`` are units (scale null) with
  the substance outside (``37.4 Gt`` CO2); ``barrels per day`` and ``b/d`` are ``bbl/d``, and
  ``mb/d`` is million barrels per day (``2 mb/d`` -> 2e6, scale 1e6).  ``3.2 × 10²³ J`` is one
  quantity.
* **Military times** ``0630 hours`` are a time of day (``other`` 6.5, unit hour, the word
  inside); ``XXX Corps`` is ``ordinal`` 30; calibres ``76.2 mm`` are ``quantity``; a model
  designation ``T-34`` is an ``identifier`` with the letter and hyphen inside (like ``М-12``).
  A day of the month without a month (``on the 8th``, ``the14th inst.``) is an ``ordinal``
  (``inst.`` outside).
* **Dates**: ``the 3rd of March, 1861`` and ``12th Aug., 1914`` are one ``date`` from the
  ordinal to the year; ``04/07/1776`` and ``7/4/1776`` are dates (year 1776); decades
  ``the 1920s`` / ``the '30s`` / ``mid-1950s`` are ``year`` with the digits only (``'30s`` ->
  1930); a time range ``10am–1pm`` / ``9am to 5pm`` is a ``range`` on the 24-hour clock
  (10..13, 9..17).
* **Legal texts**: ``Article 5``, ``Section 12(b)`` -> ``12`` (the letter outside),
  ``§ 1983`` (the section sign inside, like ``№``), ``42`` U.S.C. (the title number) and
  ``Title VII`` are ``identifier``; ``Pub. L. 88-352`` and ``Rule 10b-5`` are one ``identifier``
  with value null; ``Articles 231 to 247`` is one ``identifier`` with value 231 and
  ``range_end`` 247.  Volume, page and year of a reporter or statute-book citation
  (``347 U.S. 483, 495 (1954)``, ``78 Stat. 241``) are ``reference``.  ``Act XXI of 1850`` and
  ``Schedules I, II and IV`` are identifiers.  ``one or more of the Parties`` is an idiom.
* **Statutes by regnal year** ``26 Hen. VIII c. 1``: regnal year ``26`` is a ``reference``,
  ``VIII`` an ``ordinal`` (regnal number), chapter ``1`` an ``identifier``.
* **Parliamentary papers and Hansard**: in ``PP 1842 (380) XV, p. 41`` session year, paper
  number, volume and page are ``reference``; a command paper's own number (``Cd. 4499``,
  ``Cmd. 1108``) is an ``identifier`` with the series abbreviation outside; in
  ``HC Deb 10 February 1947 vol 432 cc1399-1405`` the date is a ``date`` and volume and the
  column range (glued to ``cc``) are ``reference``; paragraphs, columns, lines and pages of a
  bill amendment (``in page 3, line 12``) are ``reference``, while the quoted words
  ``'five'`` / ``'seven'`` are ``count``.  ``Division No. 88`` is an ``identifier``.
* **Citations**: series and edition ordinals (``2nd ser.``, ``2nd edn``), volume numbers in
  Roman (``vol. CCXLV``), chapter (``ch. 2``), table numbers (``table 7.8``, value null) and a
  book's page count (``432 pp.``) are ``reference``; a work's year in brackets after its
  title (``The District Gazetteer (1908)``) is a ``reference`` too; a lower-case Roman chapter
  (``ch. xxxi``) is a ``reference`` 31.  ``chapter IV of Volume
  III`` in prose are ``identifier``.  ISBNs are one ``identifier``, value null.
* **Resolution 242 (1967)**: the number is an ``identifier``, the bracketed year a ``year``.
* **Phone and reference numbers** written in groups (``01632 960 482``, ``+44 1329 444972``
  with the plus inside, ``(555) 014-2297`` with the brackets inside, ``CEN/2021/0457``) are one
  ``identifier`` each, value null.
* **Scores**: ``1–1`` in a series is one ``other`` mention (value null); a result line with the
  team names between the goals (``Manchester United 2 Arsenal 1``) gives two ``count``; cricket
  runs and wickets (``by 4 wickets``, ``chasing 359``) are ``count``; a race time ``2:01:09``
  is a ``quantity`` in hours.
* **Ads**: ``3-bed`` / ``2BR`` / ``1BA`` are ``count`` with the digits only (glued where
  needed); ``0.25-acre`` is a ``quantity`` with the unit inside; ``sq ft`` / ``sq. ft.`` are
  the unit ``ft2``; ``$45/mo.`` keeps the glued per-month denominator inside (money USD).
* **Signs before a currency symbol** are inside and make the amount negative:
  ``−£45 million`` -> -4.5e7 GBP.
* **OCR**: a line-break hyphen inside a spelled number or scale word stays inside
  (``seven- teen per cent`` -> 17 %, ``two mil- lion`` -> 2e6); glued words (``inthe``,
  ``killed13``) are handled by the glued-marker rule (``13`` is a ``reference``).
* **Named things with a number**: ``Hornsea 2`` (a wind farm) is ``other`` with the digit
  only; ``Census 2021`` is a ``year``; ``Train 49`` and ``Ward 7`` are ``identifier``.
* **Spelled ages** (``aged eighty-six``) are ``quantity`` in years like ``aged 63``; a spelled
  number after a year-word position (``the year of our Lord eighteen hundred and forty-six``)
  is a ``year``.
* **Unit codes** used here: ``acre``, ``ha``, ``km``, ``mi``, ``m``, ``mm``, ``ft``, ``inch``,
  ``ft2``, ``lb``, ``oz``, ``ton`` (long/short tons), ``t``, ``Gt``, ``bu``, ``bu/acre``,
  ``maund``, ``seer``, ``kn``, ``degC``, ``degF``, ``ppm``, ``ppb``, ``MW``, ``TWh``, ``J``,
  ``bbl/d``, ``s``, ``minute``, ``hour``, ``day``, ``week``, ``month``, ``year``, ``point``,
  ``times``.
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
_bh.CURRENCIES.update({"INR", "XDR", "DEM"})

M, R = _bh.M, _bh.R
K, MLN, MLRD, TRLN = 1000, 1_000_000, 1_000_000_000, 1_000_000_000_000
LAKH, CRORE = 100_000, 10_000_000
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
    # ---- colonial and imperial statistics
    ("The land revenue of the Punjab for 1891–92 amounted to Rs. 2,14,56,000, or about "
     "£1,430,000 at the exchange of 1s. 4d. to the rupee; the cultivated area was returned at "
     "26,384,000 acres.",
     [R("1891–92", 1891, 1892), M("Rs. 2,14,56,000", 21456000, "money", "INR"),
      M("£1,430,000", 1430000, "money", "GBP"), M("1s. 4d.", lsd(0, 1, 4), "money", "GBP"),
      M("26,384,000 acres", 26384000, "quantity", "acre")]),
    ("In 1877–78 the price of wheat at Agra rose to 9 seers the rupee, against 24 seers in an "
     "ordinary year, and relief works employed nearly 3 lakhs of labourers at a daily wage of "
     "1½ annas.",
     [R("1877–78", 1877, 1878), M("9 seers", 9, "quantity", "seer"),
      M("24 seers", 24, "quantity", "seer"), M("3 lakhs", 3 * LAKH, "count", None, LAKH),
      M("1½ annas", 1.5 / 16, "money", "INR")]),
    ("The District Gazetteer (1908) gives the population as 1,046,291, of whom 87.4 per cent "
     "were Hindus and 11.9 per cent Muhammadans; the density was 612 persons to the square mile.",
     [M("1908", 1908, "reference"), M("1,046,291", 1046291, "count"),
      M("87.4 per cent", 87.4, "percent", "%"), M("11.9 per cent", 11.9, "percent", "%"),
      M("612", 612, "count")]),
    ("Under the Permanent Settlement of 1793 the zamindars of Bengal engaged to pay a fixed "
     "jama of Rs. 2.68 crores; by 1900 the rent roll they collected had risen to some Rs. 16 "
     "crores.",
     [M("1793", 1793, "year"), M("Rs. 2.68 crores", 2.68 * CRORE, "money", "INR", CRORE),
      M("1900", 1900, "year"), M("Rs. 16 crores", 16 * CRORE, "money", "INR", CRORE)]),
    ("A maund of 40 seers (82 2/7 lb.) became the standard railway weight after 1870; the "
     "Bengal indigo crop of 1895–96 was estimated at 1,39,000 maunds, worth Rs. 3-4-0 a seer "
     "at the factory.",
     [M("40 seers", 40, "quantity", "seer"), M("82 2/7 lb.", 82 + 2 / 7, "quantity", "lb"),
      M("1870", 1870, "year"), R("1895–96", 1895, 1896),
      M("1,39,000 maunds", 139000, "quantity", "maund"),
      M("Rs. 3-4-0", 3.25, "money", "INR")]),
    ("Ceylon exported 2,394,000 lb. of tea in 1885 and 84,000,000 lb. in 1895, a "
     "thirty-five-fold increase in ten years.",
     [M("2,394,000 lb.", 2394000, "quantity", "lb"), M("1885", 1885, "year"),
      M("84,000,000 lb.", 84000000, "quantity", "lb"), M("1895", 1895, "year"),
      M("thirty-five-fold", 35, "other", "times"), M("ten years", 10, "quantity", "year")]),
    ("Hut tax in the East Africa Protectorate was fixed at 3 rupees a hut in 1901; in 1920 the "
     "florin replaced the rupee at 2s., and a poll tax of 20s. was levied on adult males over 16.",
     [M("3 rupees", 3, "money", "INR"), M("1901", 1901, "year"), M("1920", 1920, "year"),
      M("2s.", 0.1, "money", "GBP"), M("20s.", 1, "money", "GBP"),
      M("16", 16, "quantity", "year")]),
    ("The rupee-sterling rate, fixed at 1s. 6d. in 1927, implied Rs. 13⅓ to the pound; the "
     "Indian budget of 1930–31 showed a deficit of Rs. 13.57 crores, and a clerk earning "
     "Rs. 5 and 8 annas a week could not keep a family.",
     [M("1s. 6d.", lsd(0, 1, 6), "money", "GBP"), M("1927", 1927, "year"),
      M("Rs. 13⅓", 13 + THIRD, "money", "INR"), R("1930–31", 1930, 1931),
      M("Rs. 13.57 crores", 13.57 * CRORE, "money", "INR", CRORE),
      M("Rs. 5 and 8 annas", 5.5, "money", "INR")]),
    ("Average yields in Bengal were 1,050 lb. of cleaned rice per acre; a bullock cart carried "
     "20 maunds over 15 miles a day at a charge of 4 annas per maund.",
     [M("1,050 lb.", 1050, "quantity", "lb"), M("20 maunds", 20, "quantity", "maund"),
      M("15 miles", 15, "quantity", "mi"), M("4 annas", 0.25, "money", "INR")]),
    ("The Census of India, 1931, enumerated 352,837,778 persons; literacy stood at 9.5 per cent "
     "(15.6 among males and 2.9 among females), and Bombay city alone had 11,61,383 inhabitants.",
     [M("1931", 1931, "year"), M("352,837,778", 352837778, "count"),
      M("9.5 per cent", 9.5, "percent", "%"), M("15.6", 15.6, "percent", "%"),
      M("2.9", 2.9, "percent", "%"), M("11,61,383", 1161383, "count")]),
    # ---- British economic history: prices and wages
    ("The Board of Trade return shows the average weekly wage of an agricultural labourer in "
     "Wiltshire at 10s. 6d. in 1872, against 14s. 9d. in Northumberland; a quartern loaf then "
     "cost 8½d., and a cottage let for £3 4s. 6d. a year.",
     [M("10s. 6d.", lsd(0, 10, 6), "money", "GBP"), M("1872", 1872, "year"),
      M("14s. 9d.", lsd(0, 14, 9), "money", "GBP"), M("8½d.", lsd(0, 0, 8.5), "money", "GBP"),
      M("£3 4s. 6d.", lsd(3, 4, 6), "money", "GBP")]),
    ("Consols stood at 92⅝ on 1 August 1914, and the Bank rate, raised from 3 to 10 per cent "
     "within a week, was reduced to 5 per cent on the 8th.",
     [M("92⅝", 92.625, "other"), M("1 August 1914", 1914, "date"),
      R("3 to 10 per cent", 3, 10, "%"), M("5 per cent", 5, "percent", "%"),
      M("8th", 8, "ordinal")]),
    ("The Winchester quarter of wheat averaged 113s. 10d. in 1800 and 126s. 6d. in 1812, before "
     "falling to 44s. 7d. in 1822 — roughly a third of its wartime peak.",
     [M("113s. 10d.", lsd(0, 113, 10), "money", "GBP"), M("1800", 1800, "year"),
      M("126s. 6d.", lsd(0, 126, 6), "money", "GBP"), M("1812", 1812, "year"),
      M("44s. 7d.", lsd(0, 44, 7), "money", "GBP"), M("1822", 1822, "year"),
      M("a third", THIRD, "other")]),
    ("Between 1870 and 1913 British real GDP grew at about 1.9 per cent a year, against 3.9 per "
     "cent in the United States and 2.8 per cent in Germany (Maddison 2001: 186).",
     [M("1870", 1870, "year"), M("1913", 1913, "year"), M("1.9 per cent", 1.9, "percent", "%"),
      M("3.9 per cent", 3.9, "percent", "%"), M("2.8 per cent", 2.8, "percent", "%"),
      M("2001", 2001, "reference"), M("186", 186, "reference")]),
    ("Under the gold standard £1 exchanged for $4.8665; after the return to gold on 28 April "
     "1925 at the pre-war parity, Keynes reckoned sterling overvalued by 10 per cent.",
     [M("£1", 1, "money", "GBP"), M("$4.8665", 4.8665, "money", "USD"),
      M("28 April 1925", 1925, "date"), M("10 per cent", 10, "percent", "%")]),
    ("Weekly wages in the Lancashire cotton mills ranged from 18s. to 25s. for spinners, and "
     "women weavers earned 15s. to 20s.; the working week was cut from 56½ to 55½ hours in 1902.",
     [R("18s. to 25s.", 0.9, 1.25, "GBP"), R("15s. to 20s.", 0.75, 1.0, "GBP"),
      R("56½ to 55½ hours", 56.5, 55.5, "hour"), M("1902", 1902, "year")]),
    ("The weekly ration in January 1940 was 4 oz of bacon or ham, 12 oz of sugar and 4 oz of "
     "butter; meat was rationed by price, at 1s. 10d. per person.",
     [M("January 1940", 1940, "date"), M("4 oz", 4, "quantity", "oz"),
      M("12 oz", 12, "quantity", "oz"), M("4 oz", 4, "quantity", "oz"),
      M("1s. 10d.", lsd(0, 1, 10), "money", "GBP")]),
    ("Unemployment in the insured trades reached 22.8 per cent in August 1932 — almost three "
     "million people — and in Jarrow two out of three men were out of work.",
     [M("22.8 per cent", 22.8, "percent", "%"), M("August 1932", 1932, "date"),
      M("three million", 3 * MLN, "count", None, MLN),
      M("two out of three", 2 / 3, "other")]),
    ("Britain's coal output peaked at 287 million tons in 1913, when 1,127,890 miners worked in "
     "3,289 pits; by 2015 the last deep mine, Kellingley, had closed.",
     [M("287 million tons", 287 * MLN, "quantity", "ton", MLN), M("1913", 1913, "year"),
      M("1,127,890", 1127890, "count"), M("3,289", 3289, "count"), M("2015", 2015, "year")]),
    ("Coal output rose threefold between 1850 and 1900, iron exports 2.5 times, and the railway "
     "mileage nearly sixfold; steam power per head was twice the French level.",
     [M("threefold", 3, "other", "times"), M("1850", 1850, "year"), M("1900", 1900, "year"),
      M("2.5 times", 2.5, "other", "times"), M("sixfold", 6, "other", "times")]),
    ("Real wages changed by −3.2% in 1917 and +4.1% in 1919; the trade balance was −£45 million "
     "in 1920 against £12 million a year earlier, and net migration was minus 12,000.",
     [M("−3.2%", -3.2, "percent", "%"), M("1917", 1917, "year"), M("+4.1%", 4.1, "percent", "%"),
      M("1919", 1919, "year"), M("−£45 million", -45 * MLN, "money", "GBP", MLN),
      M("1920", 1920, "year"), M("£12 million", 12 * MLN, "money", "GBP", MLN),
      M("minus 12,000", -12000, "count")]),
    ("Baptisms in the parish averaged 42 a year in the 1680s, rising to 57 in the decade "
     "1750–59; burials exceeded baptisms in 1728–29, years of 'great mortality'.",
     [M("42", 42, "count"), M("1680", 1680, "year", glued=True), M("57", 57, "count"),
      R("1750–59", 1750, 1759), R("1728–29", 1728, 1729)]),
    ("Between the 16th and 18th centuries the population of England roughly doubled, from about "
     "2.5 million in 1500 to 5.2 million in 1700 (Wrigley and Schofield 1981, table 7.8).",
     [M("16th", 16, "ordinal"), M("18th", 18, "ordinal"),
      M("2.5 million", 2.5 * MLN, "count", None, MLN), M("1500", 1500, "year"),
      M("5.2 million", 5.2 * MLN, "count", None, MLN), M("1700", 1700, "year"),
      M("1981", 1981, "reference"), M("7.8", None, "reference")]),
    # ---- Hansard and parliamentary papers
    ("Mr. Shinwell told the House that coal stocks had fallen to 6.2 million tons, enough for "
     "barely 3 weeks, and that 1,800,000 workers had been stood off (HC Deb 10 February 1947 "
     "vol 432 cc1399-1405).",
     [M("6.2 million tons", 6.2 * MLN, "quantity", "ton", MLN), M("3 weeks", 3, "quantity", "week"),
      M("1,800,000", 1800000, "count"), M("10 February 1947", 1947, "date"),
      M("432", 432, "reference"),
      M("1399-1405", 1399, "reference", range_end=1405, glued=True)]),
    ("Question put, That the Clause stand part of the Bill.—The House divided: Ayes 314, Noes "
     "201. Division No. 88.",
     [M("314", 314, "count"), M("201", 201, "count"), M("No. 88", 88, "identifier")]),
    ("Amendment proposed: in page 3, line 12, to leave out 'five' and insert 'seven'.—[Mr. "
     "Attlee.]",
     [M("3", 3, "reference"), M("12", 12, "reference"), M("five", 5, "count"),
      M("seven", 7, "count")]),
    ("Report of the Commissioners on the Employment of Children in Mines, PP 1842 (380) XV, p. "
     "41; see also Cd. 4499 (1909), paras 112–118.",
     [M("1842", 1842, "reference"), M("380", 380, "reference"), M("XV", 15, "reference"),
      M("41", 41, "reference"), M("4499", 4499, "identifier"), M("1909", 1909, "reference"),
      M("112–118", 112, "reference", range_end=118)]),
    ("asked the Minister of Health how many permanent houses were completed in 1947.—139,690 "
     "permanent houses were completed in 1947, compared with 55,400 in 1946, and a further "
     "97,000 temporary bungalows since 1 April 1945.",
     [M("1947", 1947, "year"), M("139,690", 139690, "count"), M("1947", 1947, "year"),
      M("55,400", 55400, "count"), M("1946", 1946, "year"), M("97,000", 97000, "count"),
      M("1 April 1945", 1945, "date")]),
    ("Parliamentary Debates, 3rd ser., vol. CCXLV (1879), cols. 1012–17; Hansard, 5th ser., "
     "vol. 360, col. 1502.",
     [M("3rd", 3, "reference"), M("CCXLV", 245, "reference"), M("1879", 1879, "reference"),
      M("1012–17", 1012, "reference", range_end=1017), M("5th", 5, "reference"),
      M("360", 360, "reference"), M("1502", 1502, "reference")]),
    # ---- US census and BLS
    ("The Eleventh Census (1890) returned a population of 62,947,714, an increase of 25.5 per "
     "cent over 1880; the Superintendent declared that the frontier line, beyond which fewer "
     "than 2 persons lived to the square mile, could no longer be traced.",
     [M("1890", 1890, "year"), M("62,947,714", 62947714, "count"),
      M("25.5 per cent", 25.5, "percent", "%"), M("1880", 1880, "year"), M("2", 2, "count")]),
    ("Of the 10,341,276 foreign-born whites counted in 1900, 2,666,990 were born in Germany and "
     "1,615,459 in Ireland; their median age was 38.5 years.",
     [M("10,341,276", 10341276, "count"), M("1900", 1900, "year"),
      M("2,666,990", 2666990, "count"), M("1,615,459", 1615459, "count"),
      M("38.5 years", 38.5, "quantity", "year")]),
    ("Total nonfarm payroll employment increased by 272,000 in May, and the unemployment rate "
     "changed little at 4.0 percent, the U.S. Bureau of Labor Statistics reported today. Average "
     "hourly earnings rose by 14 cents, or 0.4 percent, to $34.91.",
     [M("272,000", 272000, "count"), M("4.0 percent", 4.0, "percent", "%"),
      M("14 cents", 0.14, "money", "USD"), M("0.4 percent", 0.4, "percent", "%"),
      M("$34.91", 34.91, "money", "USD")]),
    ("The all items index increased 3.3 percent for the 12 months ending May 2024, after rising "
     "3.4 percent over the 12 months ending April; the energy index fell 2.0 percent in May, and "
     "shelter rose 0.4 percent.",
     [M("3.3 percent", 3.3, "percent", "%"), M("12 months", 12, "quantity", "month"),
      M("May 2024", 2024, "date"), M("3.4 percent", 3.4, "percent", "%"),
      M("12 months", 12, "quantity", "month"), M("2.0 percent", 2.0, "percent", "%"),
      M("0.4 percent", 0.4, "percent", "%")]),
    ("In 1940, 34.6 percent of occupied dwelling units lacked running water, and the median value "
     "of owner-occupied homes was $2,938; by 1950 the median had risen to $7,354.",
     [M("1940", 1940, "year"), M("34.6 percent", 34.6, "percent", "%"),
      M("$2,938", 2938, "money", "USD"), M("1950", 1950, "year"),
      M("$7,354", 7354, "money", "USD")]),
    ("The Homestead Act of 1862 granted 160 acres to any settler who lived on the land for five "
     "years and paid a filing fee of $18; by 1934 some 1.6 million claims covering 270 million "
     "acres had been approved, about 10 percent of all US land.",
     [M("1862", 1862, "year"), M("160 acres", 160, "quantity", "acre"),
      M("five years", 5, "quantity", "year"), M("$18", 18, "money", "USD"),
      M("1934", 1934, "year"), M("1.6 million", 1.6 * MLN, "count", None, MLN),
      M("270 million acres", 270 * MLN, "quantity", "acre", MLN),
      M("10 percent", 10, "percent", "%")]),
    ("In 1914 Henry Ford doubled the daily wage to $5 for an 8-hour day; the average "
     "manufacturing wage was then about 22 cents an hour, or $11.50 for a 52-hour week.",
     [M("1914", 1914, "year"), M("$5", 5, "money", "USD"), M("8-hour", 8, "quantity", "hour"),
      M("22 cents", 0.22, "money", "USD"), M("$11.50", 11.5, "money", "USD"),
      M("52-hour", 52, "quantity", "hour")]),
    ("For enquiries about Census 2021 microdata, call 0800 141 2021 (freephone) or +44 1329 "
     "444972, quoting reference CEN/2021/0457, Monday–Friday, 9am to 5pm.",
     [M("2021", 2021, "year"), M("0800 141 2021", None, "identifier"),
      M("+44 1329 444972", None, "identifier"), M("CEN/2021/0457", None, "identifier"),
      R("9am to 5pm", 9, 17)]),
    # ---- economic history: US and world
    ("The American wheat crop of 1891 reached 611,780,000 bushels, an average yield of 15.6 "
     "bushels per acre, and the Chicago price fell below 60 cents a bushel by 1894.",
     [M("1891", 1891, "year"), M("611,780,000 bushels", 611780000, "quantity", "bu"),
      M("15.6 bushels per acre", 15.6, "quantity", "bu/acre"),
      M("60 cents", 0.6, "money", "USD"), M("1894", 1894, "year")]),
    ("German wholesale prices stood at 1,440 times their 1913 level in December 1922 and at "
     "726,000,000,000 times in November 1923, when a dollar bought 4.2 trillion marks.",
     [M("1,440 times", 1440, "other", "times"), M("1913", 1913, "year"),
      M("December 1922", 1922, "date"),
      M("726,000,000,000 times", 726_000_000_000, "other", "times"),
      M("November 1923", 1923, "date"),
      M("4.2 trillion marks", 4.2 * TRLN, "money", "DEM", TRLN)]),
    ("Under Articles 231 to 247 of the Treaty of Versailles (28 June 1919) Germany accepted "
     "responsibility for the war; the London Schedule of Payments of May 1921 fixed reparations "
     "at 132 billion gold marks.",
     [M("231 to 247", 231, "identifier", range_end=247), M("28 June 1919", 1919, "date"),
      M("May 1921", 1921, "date"),
      M("132 billion gold marks", 132 * MLRD, "money", "DEM", MLRD)]),
    ("Estimates of famine deaths in Bengal in 1943 range from 1.5 to 3 million; the Famine "
     "Inquiry Commission put the figure at about 1.5 million, while Sen's later estimate was "
     "between 2.7 and 3 million.",
     [M("1943", 1943, "year"), R("1.5 to 3 million", 1.5 * MLN, 3 * MLN, None, MLN),
      M("1.5 million", 1.5 * MLN, "count", None, MLN), M("2.7", 2.7 * MLN, "count", None, MLN),
      M("3 million", 3 * MLN, "count", None, MLN)]),
    ("Public debt rose from 84.2% of GDP at end-2019 to 98.7% in 2020, the largest one-year "
     "increase since World War II; the IMF expects it to stabilise at around 95% by 2028.",
     [M("84.2%", 84.2, "percent", "%"), M("2019", 2019, "year"), M("98.7%", 98.7, "percent", "%"),
      M("2020", 2020, "year"), M("one-year", 1, "quantity", "year"), M("II", 2, "ordinal"),
      M("95%", 95, "percent", "%"), M("2028", 2028, "year")]),
    # ---- IMF and World Bank
    ("The Executive Board of the IMF approved a 36-month arrangement under the Extended Fund "
     "Facility for Pakistan in the amount of SDR 5.32 billion (about US$7 billion, or 262 percent "
     "of quota).",
     [M("36-month", 36, "quantity", "month"),
      M("SDR 5.32 billion", 5.32 * MLRD, "money", "XDR", MLRD),
      M("US$7 billion", 7 * MLRD, "money", "USD", MLRD), M("262 percent", 262, "percent", "%")]),
    ("The fiscal deficit is projected to narrow from 7.8 percent of GDP in FY2019/20 to 6.9 "
     "percent in FY2020/21, while the State Bank raised the policy rate by 150 basis points to "
     "13.25 percent.",
     [M("7.8 percent", 7.8, "percent", "%"), R("2019/20", 2019, 2020, glued=True),
      M("6.9 percent", 6.9, "percent", "%"), R("2020/21", 2020, 2021, glued=True),
      M("150 basis points", 1.5, "percent", "%"), M("13.25 percent", 13.25, "percent", "%")]),
    ("Global growth is projected to slow to 2.4 percent in 2024; in low-income countries per "
     "capita incomes remain about 13 percent below their 2019 levels, and some 700 million "
     "people live on less than $2.15 a day.",
     [M("2.4 percent", 2.4, "percent", "%"), M("2024", 2024, "year"),
      M("13 percent", 13, "percent", "%"), M("2019", 2019, "year"),
      M("700 million", 700 * MLN, "count", None, MLN), M("$2.15", 2.15, "money", "USD")]),
    ("Remittances to South Asia grew 12 percent to US$176 billion in 2022, and the cost of "
     "sending $200 averaged 4.4 percent, well above the SDG target of 3 percent.",
     [M("12 percent", 12, "percent", "%"), M("US$176 billion", 176 * MLRD, "money", "USD", MLRD),
      M("2022", 2022, "year"), M("$200", 200, "money", "USD"),
      M("4.4 percent", 4.4, "percent", "%"), M("3 percent", 3, "percent", "%")]),
    ("Headline inflation eased to 5.1 percent year on year in March, 1.3 percentage points lower "
     "than in February, and core inflation fell by half a percentage point.",
     [M("5.1 percent", 5.1, "percent", "%"),
      M("1.3 percentage points", 1.3, "percent", "%"),
      M("half a percentage point", 0.5, "percent", "%")]),
    # ---- epidemiology
    ("Among 12,408 participants followed for a median of 8.2 years, current smokers had a higher "
     "risk of coronary events (HR 1.62, 95% CI 1.31–2.01; p < 0.001) than never smokers.",
     [M("12,408", 12408, "count"), M("8.2 years", 8.2, "quantity", "year"),
      M("1.62", 1.62, "other"), M("95%", 95, "percent", "%"), R("1.31–2.01", 1.31, 2.01),
      M("0.001", 0.001, "other")]),
    ("Age-standardised mortality from tuberculosis fell from 146 per 100,000 in 1920 to 22.5 per "
     "100,000 in 1950, a decline of 85 per cent.",
     [M("146", 146, "count"), M("100,000", 100000, "count"), M("1920", 1920, "year"),
      M("22.5", 22.5, "count"), M("100,000", 100000, "count"), M("1950", 1950, "year"),
      M("85 per cent", 85, "percent", "%")]),
    ("The odds ratio for cholera among households drawing water from the Broad Street pump was "
     "5.8 (95% CI 3.2 to 10.4); 616 deaths were recorded in the parish between 31 August and 10 "
     "September 1854.",
     [M("5.8", 5.8, "other"), M("95%", 95, "percent", "%"), R("3.2 to 10.4", 3.2, 10.4),
      M("616", 616, "count"), M("31 August", None, "date"),
      M("10 September 1854", 1854, "date")]),
    ("Vaccine effectiveness against hospitalisation was 89.4% (95% CI, 85.2–92.4) at 14–59 days "
     "after the second dose and declined to 66.0% after ≥ 120 days.",
     [M("89.4%", 89.4, "percent", "%"), M("95%", 95, "percent", "%"), R("85.2–92.4", 85.2, 92.4),
      R("14–59 days", 14, 59, "day"), M("66.0%", 66.0, "percent", "%"),
      M("120 days", 120, "quantity", "day")]),
    ("One in five adults (20.3%; n = 3,412) reported symptoms lasting longer than 12 weeks; the "
     "prevalence ratio for women versus men was 1.34 (p = 0.02).",
     [M("One in five", 0.2, "other"), M("20.3%", 20.3, "percent", "%"),
      M("3,412", 3412, "count"), M("12 weeks", 12, "quantity", "week"),
      M("1.34", 1.34, "other"), M("0.02", 0.02, "other")]),
    ("In the 1918–19 influenza pandemic an estimated 500 million people, a third of the world's "
     "population, were infected, and the case-fatality rate exceeded 2.5%, against <0.1% in "
     "ordinary epidemics.",
     [R("1918–19", 1918, 1919), M("500 million", 500 * MLN, "count", None, MLN),
      M("a third", THIRD, "other"), M("2.5%", 2.5, "percent", "%"),
      M("0.1%", 0.1, "percent", "%")]),
    ("Between March 2020 and May 2022 excess deaths in England totalled 182,000 (95% uncertainty "
     "interval 174,000–191,000), about 11 per cent above the five-year average.",
     [M("March 2020", 2020, "date"), M("May 2022", 2022, "date"), M("182,000", 182000, "count"),
      M("95%", 95, "percent", "%"), R("174,000–191,000", 174000, 191000),
      M("11 per cent", 11, "percent", "%"), M("five-year", 5, "quantity", "year")]),
    # ---- climate and energy
    ("The global mean surface temperature in 2023 was 1.45 °C (± 0.12 °C) above the 1850–1900 "
     "average, and atmospheric CO2 reached 419.3 ppm, about 150 percent of pre-industrial levels.",
     [M("2023", 2023, "year"), M("1.45 °C", 1.45, "quantity", "degC"),
      M("0.12 °C", 0.12, "quantity", "degC"), R("1850–1900", 1850, 1900),
      M("419.3 ppm", 419.3, "quantity", "ppm"), M("150 percent", 150, "percent", "%")]),
    ("Fossil CO2 emissions rose 1.1% to a record 37.4 Gt CO2 in 2023; China emitted 11.9 Gt and "
     "India 3.1 Gt, while emissions from the EU fell by 7.4%.",
     [M("1.1%", 1.1, "percent", "%"), M("37.4 Gt", 37.4, "quantity", "Gt"),
      M("2023", 2023, "year"), M("11.9 Gt", 11.9, "quantity", "Gt"),
      M("3.1 Gt", 3.1, "quantity", "Gt"), M("7.4%", 7.4, "percent", "%")]),
    ("The Hornsea 2 offshore wind farm, commissioned in 2022, has a capacity of 1,320 MW from 165 "
     "turbines of 8 MW each and is expected to supply some 5.6 TWh a year, enough for 1.4 "
     "million homes.",
     [M("2", 2, "other"), M("2022", 2022, "year"), M("1,320 MW", 1320, "quantity", "MW"),
      M("165", 165, "count"), M("8 MW", 8, "quantity", "MW"),
      M("5.6 TWh", 5.6, "quantity", "TWh"), M("1.4 million", 1.4 * MLN, "count", None, MLN)]),
    ("On 10 July 1913 the thermometer at Furnace Creek, Death Valley, read 134 °F (56.7 °C); at "
     "Prospect Creek, Alaska, it fell to −80 °F on 23 January 1971.",
     [M("10 July 1913", 1913, "date"), M("134 °F", 134, "quantity", "degF"),
      M("56.7 °C", 56.7, "quantity", "degC"), M("−80 °F", -80, "quantity", "degF"),
      M("23 January 1971", 1971, "date")]),
    ("Saudi Arabia pumped about 9.0 million barrels per day in 2023, down from 10.5 million b/d "
     "a year earlier, after OPEC+ agreed to cut output by 2 mb/d from November 2022.",
     [M("9.0 million barrels per day", 9 * MLN, "quantity", "bbl/d", MLN),
      M("2023", 2023, "year"), M("10.5 million b/d", 10.5 * MLN, "quantity", "bbl/d", MLN),
      M("2 mb/d", 2 * MLN, "quantity", "bbl/d", MLN), M("November 2022", 2022, "date")]),
    ("The Thames froze at Windsor in February 1895 when the temperature fell to 11 °F; the river "
     "rose 6 ft 4 in. above summer level at Teddington in November 1894.",
     [M("February 1895", 1895, "date"), M("11 °F", 11, "quantity", "degF"),
      M("6 ft", 6, "quantity", "ft"), M("4 in.", 4, "quantity", "inch"),
      M("November 1894", 1894, "date")]),
    ("Ice cores from Law Dome show CO2 at 280 ppm around 1750 and methane at roughly 700 ppb; by "
     "2020 methane exceeded 1,870 ppb, and the ocean had absorbed some 3.2 × 10²³ J of heat since "
     "1971.",
     [M("280 ppm", 280, "quantity", "ppm"), M("1750", 1750, "year"),
      M("700 ppb", 700, "quantity", "ppb"), M("2020", 2020, "year"),
      M("1,870 ppb", 1870, "quantity", "ppb"), M("3.2 × 10²³ J", 3.2e23, "quantity", "J"),
      M("1971", 1971, "year")]),
    ("The estate of 2,400 ha (5,930 acres) lay 12 km north of the town at an altitude of 1,850 m, "
     "receiving 1,100–1,400 mm of rain a year.",
     [M("2,400 ha", 2400, "quantity", "ha"), M("5,930 acres", 5930, "quantity", "acre"),
      M("12 km", 12, "quantity", "km"), M("1,850 m", 1850, "quantity", "m"),
      R("1,100–1,400 mm", 1100, 1400, "mm")]),
    # ---- military history
    ("On 1 July 1916 the British Fourth Army suffered 57,470 casualties, of whom 19,240 were "
     "killed; the 36th (Ulster) Division alone lost 5,104 officers and men.",
     [M("1 July 1916", 1916, "date"), M("57,470", 57470, "count"), M("19,240", 19240, "count"),
      M("36th", 36, "ordinal"), M("5,104", 5104, "count")]),
    ("XXX Corps was to advance 64 miles up a single road to Arnhem in 2–3 days; the 1st Airborne "
     "Division, dropped 8 miles from the bridge on 17 September 1944, held out for nine days "
     "instead of two.",
     [M("XXX", 30, "ordinal"), M("64 miles", 64, "quantity", "mi"), R("2–3 days", 2, 3, "day"),
      M("1st", 1, "ordinal"), M("8 miles", 8, "quantity", "mi"),
      M("17 September 1944", 1944, "date"), M("nine days", 9, "quantity", "day"),
      M("two", 2, "quantity", "day")]),
    ("H-Hour was fixed for 0630 hours on 6 June 1944. By midnight some 156,000 Allied troops had "
     "landed, at a cost of about 10,000 casualties, 4,414 of them fatal.",
     [M("0630 hours", 6.5, "other", "hour"), M("6 June 1944", 1944, "date"),
      M("156,000", 156000, "count"), M("10,000", 10000, "count"), M("4,414", 4414, "count")]),
    ("Private John Parr of the 4th Battalion, Middlesex Regiment, was killed near Mons on 21 "
     "August 1914, aged 17; he had enlisted in 1912 giving his age as 18.",
     [M("4th", 4, "ordinal"), M("21 August 1914", 1914, "date"),
      M("17", 17, "quantity", "year"), M("1912", 1912, "year"),
      M("18", 18, "quantity", "year")]),
    ("By the end of World War II the Soviet Union had produced some 57,000 T-34 tanks, armed "
     "first with a 76.2 mm gun and from 1944 with an 85 mm gun.",
     [M("II", 2, "ordinal"), M("57,000", 57000, "count"), M("T-34", 34, "identifier"),
      M("76.2 mm", 76.2, "quantity", "mm"), M("1944", 1944, "year"),
      M("85 mm", 85, "quantity", "mm")]),
    ("Of the 673 officers and men of the Light Brigade who charged at Balaclava on 25 October "
     "1854, 110 were killed, 161 wounded and about 60 taken prisoner; 375 horses were lost.",
     [M("673", 673, "count"), M("25 October 1854", 1854, "date"), M("110", 110, "count"),
      M("161", 161, "count"), M("60", 60, "count"), M("375", 375, "count")]),
    ("The undermentioned to be 2nd Lieutenants (on probation), dated 12th Aug., 1914:—3rd Bn., "
     "Royal Fusiliers: John Smith. 1st Bn., Gordon Highlanders: A. B. Ross.",
     [M("2nd", 2, "ordinal"), M("12th Aug., 1914", 1914, "date"), M("3rd", 3, "ordinal"),
      M("1st", 1, "ordinal")]),
    ("The armistice came into force at 11 a.m. on 11 November 1918 — the eleventh hour of the "
     "eleventh day of the eleventh month — after four years, three months and fourteen days of "
     "war.",
     [M("11 a.m.", 11, "other"), M("11 November 1918", 1918, "date"),
      M("four years", 4, "quantity", "year"), M("three months", 3, "quantity", "month"),
      M("fourteen days", 14, "quantity", "day")]),
    ("The company mustered two hundred and fifty men, a dozen officers and half a million rounds "
     "of ammunition; one hundred and sixteen horses were lost on the march.",
     [M("two hundred and fifty", 250, "count"), M("a dozen", 12, "count"),
      M("half a million", 500000, "count", None, MLN),
      M("one hundred and sixteen", 116, "count")]),
    ("The SS Great Eastern, launched on 31 January 1858, was 692 ft long, displaced 32,160 tons "
     "and could carry 4,000 passengers at 14 knots.",
     [M("31 January 1858", 1858, "date"), M("692 ft", 692, "quantity", "ft"),
      M("32,160 tons", 32160, "quantity", "ton"), M("4,000", 4000, "count"),
      M("14 knots", 14, "quantity", "kn")]),
    # ---- treaties, statutes and case law
    ("Article 5 of the North Atlantic Treaty, signed in Washington on 4 April 1949, provides that "
     "an armed attack against one or more of the Parties shall be considered an attack against "
     "them all.",
     [M("5", 5, "identifier"), M("4 April 1949", 1949, "date")]),
    ("The plaintiffs sued under 42 U.S.C. § 1983 and Title VII of the Civil Rights Act of 1964, "
     "Pub. L. 88-352, 78 Stat. 241; the district court awarded $1.2 million in damages and fees "
     "under § 1988(b).",
     [M("42", 42, "identifier"), M("§ 1983", 1983, "identifier"), M("VII", 7, "identifier"),
      M("1964", 1964, "year"), M("88-352", None, "identifier"), M("78", 78, "reference"),
      M("241", 241, "reference"), M("$1.2 million", 1.2 * MLN, "money", "USD", MLN),
      M("§ 1988", 1988, "identifier")]),
    ("See Brown v. Board of Education, 347 U.S. 483, 495 (1954); Plessy v. Ferguson, 163 U.S. 537 "
     "(1896), was overruled after 58 years.",
     [M("347", 347, "reference"), M("483", 483, "reference"), M("495", 495, "reference"),
      M("1954", 1954, "reference"), M("163", 163, "reference"), M("537", 537, "reference"),
      M("1896", 1896, "reference"), M("58 years", 58, "quantity", "year")]),
    ("Section 12(b) of the Securities Exchange Act of 1934 requires registration of securities "
     "listed on a national exchange; under Rule 10b-5 and section 20(a), penalties of up to $5 "
     "million or 20 years' imprisonment may apply.",
     [M("12", 12, "identifier"), M("1934", 1934, "year"), M("10b-5", None, "identifier"),
      M("20", 20, "identifier"), M("$5 million", 5 * MLN, "money", "USD", MLN),
      M("20 years", 20, "quantity", "year")]),
    ("Security Council resolution 242 (1967), adopted unanimously on 22 November 1967, called in "
     "paragraph 1 for the withdrawal of Israeli armed forces from territories occupied in the "
     "recent conflict.",
     [M("242", 242, "identifier"), M("1967", 1967, "year"), M("22 November 1967", 1967, "date"),
      M("1", 1, "identifier")]),
    ("Henry VIII's break with Rome was sealed by the Act of Supremacy of 1534 (26 Hen. VIII c. "
     "1); by 1540 some 800 religious houses had been dissolved.",
     [M("VIII", 8, "ordinal"), M("1534", 1534, "year"), M("26", 26, "reference"),
      M("VIII", 8, "ordinal"), M("1", 1, "identifier"), M("1540", 1540, "year"),
      M("800", 800, "count")]),
    ("By Act XXI of 1850 a convert no longer forfeited his inheritance; Regulation XVII of 1829 "
     "had already declared sati punishable by the criminal courts.",
     [M("XXI", 21, "identifier"), M("1850", 1850, "year"), M("XVII", 17, "identifier"),
      M("1829", 1829, "year")]),
    ("Schedules I, II and IV of the Act list the relevant offences; items 3, 7 and 12 of Schedule "
     "II were repealed in 1998.",
     [M("I", 1, "identifier"), M("II", 2, "identifier"), M("IV", 4, "identifier"),
      M("3", 3, "identifier"), M("7", 7, "identifier"), M("12", 12, "identifier"),
      M("II", 2, "identifier"), M("1998", 1998, "year")]),
    # ---- footnotes and bibliographies
    ("As Hobsbawm argued, the crisis of the 1640s was general;¹⁴ but see Parker, Global Crisis "
     "(New Haven, 2013), pp. 45–67, and the debate in Past & Present, no. 16 (1959), 31–50.",
     [M("1640", 1640, "year", glued=True), M("¹⁴", 14, "reference"),
      M("2013", 2013, "reference"), M("45–67", 45, "reference", range_end=67),
      M("no. 16", 16, "reference"), M("1959", 1959, "reference"),
      M("31–50", 31, "reference", range_end=50)]),
    ("14 E. J. Hobsbawm, 'The General Crisis of the European Economy in the 17th Century', Past & "
     "Present, 5 (1954), 33–53, at 44.\n15 Ibid., 6 (1954), 44–65; n. 23 below.",
     [M("14", 14, "reference"), M("17th", 17, "ordinal"), M("5", 5, "reference"),
      M("1954", 1954, "reference"), M("33–53", 33, "reference", range_end=53),
      M("44", 44, "reference"), M("15", 15, "reference"), M("6", 6, "reference"),
      M("1954", 1954, "reference"), M("44–65", 44, "reference", range_end=65),
      M("23", 23, "reference")]),
    ("R. C. Allen, 'The Great Divergence in European Wages and Prices', Explorations in Economic "
     "History, vol. 38, no. 4 (2001), pp. 411–47; idem, The British Industrial Revolution in "
     "Global Perspective (Cambridge, 2009), ch. 2.",
     [M("38", 38, "reference"), M("no. 4", 4, "reference"), M("2001", 2001, "reference"),
      M("411–47", 411, "reference", range_end=447), M("2009", 2009, "reference"),
      M("2", 2, "reference")]),
    ("In chapter IV of Volume III of Capital, Marx turns to the effect of turnover on the rate of "
     "profit (Marx 1981 [1894]: 163–75).",
     [M("IV", 4, "identifier"), M("III", 3, "identifier"), M("1981", 1981, "reference"),
      M("1894", 1894, "reference"), M("163–75", 163, "reference", range_end=175)]),
    ("Published by Cambridge University Press, 2nd edn, 1998. ISBN 978-0-521-59645-0. 432 pp., "
     "24 b/w illus., 11 maps.",
     [M("2nd", 2, "reference"), M("1998", 1998, "reference"),
      M("978-0-521-59645-0", None, "identifier"), M("432", 432, "reference"),
      M("24", 24, "count"), M("11", 11, "count")]),
    ("The rising was suppressed within a week.12 Casualties among the rebels were put at 1,351 "
     "killed13, but the official return (Cmd. 1108) listed only 379.[14]",
     [M("12", 12, "reference"), M("1,351", 1351, "count"),
      M("13", 13, "reference", glued=True), M("1108", 1108, "identifier"),
      M("379", 379, "count"), M("14", 14, "reference")]),
    # ---- newspaper OCR
    ("LONDON, Tuesday.—The dock strike,which began on the14th inst., now involves upwards of "
     "30,000 men. The Union demands 6d. an hour, and 8d. for over- time; the em- ployers offer "
     "5d. Some 2,500 tons of perishable cargo lie on the quays.",
     [M("14th", 14, "ordinal", glued=True), M("30,000", 30000, "count"),
      M("6d.", lsd(0, 0, 6), "money", "GBP"), M("8d.", lsd(0, 0, 8), "money", "GBP"),
      M("5d.", lsd(0, 0, 5), "money", "GBP"), M("2,500 tons", 2500, "quantity", "ton")]),
    ("NEW YORK, Oct. 29.—Stocks crashed today in the heaviest trading inthe Exchange's history, "
     "16,410,030 shares changing hands; U.S. Steel fell 17 points to 174, and General Electric "
     "lost 47½.",
     [M("Oct. 29", None, "date"), M("16,410,030", 16410030, "count"),
      M("17 points", 17, "other", "point"), M("174", 174, "other"), M("47½", 47.5, "other")]),
    ("The census of 1921 shows that the popu- lation of the colony has in- creased by seven- teen "
     "per cent since 1911, and now stands at nearly two mil- lion souls.",
     [M("1921", 1921, "year"), M("seven- teen per cent", 17, "percent", "%"),
      M("1911", 1911, "year"), M("two mil- lion", 2 * MLN, "count", None, MLN)]),
    ("In the year of our Lord eighteen hundred and forty-six the potato crop failed for the "
     "second time, and within five years a million people had died.",
     [M("eighteen hundred and forty-six", 1846, "year"), M("five years", 5, "quantity", "year"),
      M("a million", MLN, "count", None, MLN)]),
    ("She was born at 11.45 p.m. on the 3rd of March, 1861, the seventh of eleven children, and "
     "died in 1947 aged eighty-six.",
     [M("11.45 p.m.", 23.75, "other"), M("3rd of March, 1861", 1861, "date"),
      M("eleven", 11, "count"), M("1947", 1947, "year"),
      M("eighty-six", 86, "quantity", "year")]),
    ("The Declaration is dated July 4, 1776, though most delegates signed it on 2 August 1776; in "
     "British notation the date is written 04/07/1776, in American 7/4/1776.",
     [M("July 4, 1776", 1776, "date"), M("2 August 1776", 1776, "date"),
      M("04/07/1776", 1776, "date"), M("7/4/1776", 1776, "date")]),
    ("The 1920s boom gave way to the depression of the '30s; by the mid-1950s real incomes had "
     "doubled, and the late '60s saw the peak of the post-war settlement.",
     [M("1920", 1920, "year", glued=True), M("30", 1930, "year", glued=True),
      M("1950", 1950, "year", glued=True), M("60", 1960, "year", glued=True)]),
    ("Roughly two-thirds of the cotton crop was exported, a quarter went to northern mills, and ½ "
     "of the remainder was lost; planters reckoned on 3/4 of a bale to the acre.",
     [M("two-thirds", 2 / 3, "other"), M("a quarter", 0.25, "other"), M("½", 0.5, "other"),
      M("3/4", 0.75, "other")]),
    # ---- sports
    ("Manchester United 2 Arsenal 1. Attendance: 67,402. Rooney opened the scoring in the 23rd "
     "minute and Welbeck headed the winner four minutes from time; United moved 8 points clear at "
     "the top with 65.",
     [M("2", 2, "count"), M("1", 1, "count"), M("67,402", 67402, "count"),
      M("23rd", 23, "ordinal"), M("four minutes", 4, "quantity", "minute"),
      M("8", 8, "count"), M("65", 65, "count")]),
    ("England beat Australia by 4 wickets at Headingley; chasing 359, Stokes finished on 135 not "
     "out, and the last-wicket stand of 76 took 62 balls. The series stands at 1–1 with two Tests "
     "to play.",
     [M("4", 4, "count"), M("359", 359, "count"), M("135", 135, "count"), M("76", 76, "count"),
      M("62", 62, "count"), M("1–1", None, "other"), M("two", 2, "count")]),
    ("Bolt won the 100 metres in 9.58 seconds in Berlin on 16 August 2009, 0.11 s ahead of Tyson "
     "Gay; the marathon world record of 2:01:09 was set there in 2022.",
     [M("100 metres", 100, "quantity", "m"), M("9.58 seconds", 9.58, "quantity", "s"),
      M("16 August 2009", 2009, "date"), M("0.11 s", 0.11, "quantity", "s"),
      M("2:01:09", hm(2, 1, 9), "quantity", "hour"), M("2022", 2022, "year")]),
    # ---- elections
    ("Labour won 412 of the 650 seats on 33.7% of the vote, a majority of 174; turnout fell to "
     "59.4%, the lowest since 1918. The Conservatives' share dropped 8.7 points to 23.7%.",
     [M("412", 412, "count"), M("650", 650, "count"), M("33.7%", 33.7, "percent", "%"),
      M("174", 174, "count"), M("59.4%", 59.4, "percent", "%"), M("1918", 1918, "year"),
      M("8.7 points", 8.7, "percent", "%"), M("23.7%", 23.7, "percent", "%")]),
    ("In the 1960 presidential election Kennedy received 34,220,984 popular votes (49.72%) to "
     "Nixon's 34,108,157 (49.55%), a margin of 112,827; he carried 303 electoral votes to 219.",
     [M("1960", 1960, "year"), M("34,220,984", 34220984, "count"),
      M("49.72%", 49.72, "percent", "%"), M("34,108,157", 34108157, "count"),
      M("49.55%", 49.55, "percent", "%"), M("112,827", 112827, "count"),
      M("303", 303, "count"), M("219", 219, "count")]),
    ("Ward 7 (Riverside): J. Okafor (Lab) 1,842; M. Hughes (Con) 1,203; P. Singh (LD) 611. "
     "Majority 639. Turnout 31.2%. Electorate 11,530.",
     [M("7", 7, "identifier"), M("1,842", 1842, "count"), M("1,203", 1203, "count"),
      M("611", 611, "count"), M("639", 639, "count"), M("31.2%", 31.2, "percent", "%"),
      M("11,530", 11530, "count")]),
    # ---- company reports
    ("Group revenue for the year ended 31 March 2024 rose 12% to £4.21bn, adjusted operating "
     "profit was £612m (FY23: £548m), and the Board proposes a final dividend of 24.5p per share, "
     "making 36.0p for the year.",
     [M("31 March 2024", 2024, "date"), M("12%", 12, "percent", "%"),
      M("£4.21bn", 4.21 * MLRD, "money", "GBP", MLRD),
      M("£612m", 612 * MLN, "money", "GBP", MLN), M("23", 2023, "year", glued=True),
      M("£548m", 548 * MLN, "money", "GBP", MLN), M("24.5p", 0.245, "money", "GBP"),
      M("36.0p", 0.36, "money", "GBP")]),
    ("Third-quarter revenue was $89.5 billion, down 1% year over year; iPhone revenue of $43.8 "
     "billion rose 2.8%, and the company returned over $25 billion to shareholders in Q3 FY23, "
     "including a $0.24 per share dividend.",
     [M("$89.5 billion", 89.5 * MLRD, "money", "USD", MLRD), M("1%", 1, "percent", "%"),
      M("$43.8 billion", 43.8 * MLRD, "money", "USD", MLRD), M("2.8%", 2.8, "percent", "%"),
      M("$25 billion", 25 * MLRD, "money", "USD", MLRD), M("Q3", 3, "ordinal"),
      M("23", 2023, "year", glued=True), M("$0.24", 0.24, "money", "USD")]),
    ("The Company employed 2,317 people at 31 December 2023 (2022: 2,104), operated 14 plants in "
     "6 countries and spent €48.6 million, or 3.9% of sales, on research and development.",
     [M("2,317", 2317, "count"), M("31 December 2023", 2023, "date"), M("2022", 2022, "year"),
      M("2,104", 2104, "count"), M("14", 14, "count"), M("6", 6, "count"),
      M("€48.6 million", 48.6 * MLN, "money", "EUR", MLN), M("3.9%", 3.9, "percent", "%")]),
    # ---- real-estate ads and timetables
    ("FOR SALE: Victorian 3-bed terrace, 1,150 sq ft, south-facing garden approx. 60 ft. Offers "
     "over £425,000. Viewing Sat 10am–1pm. Tel. 01632 960 482.",
     [M("3", 3, "count"), M("1,150 sq ft", 1150, "quantity", "ft2"),
      M("60 ft.", 60, "quantity", "ft"), M("£425,000", 425000, "money", "GBP"),
      R("10am–1pm", 10, 13), M("01632 960 482", None, "identifier")]),
    ("Charming 2BR/1BA bungalow on a 0.25-acre lot, built 1928. 1,040 sq. ft. Asking $389,900; "
     "HOA $45/mo. Call (555) 014-2297.",
     [M("2", 2, "count", glued=True), M("1", 1, "count", glued=True),
      M("0.25-acre", 0.25, "quantity", "acre"), M("1928", 1928, "year"),
      M("1,040 sq. ft.", 1040, "quantity", "ft2"), M("$389,900", 389900, "money", "USD"),
      M("$45/mo.", 45, "money", "USD"), M("(555) 014-2297", None, "identifier")]),
    ("Mondays to Fridays: dep. London Paddington 08:15, Reading 08:40, Swindon 09:12, arr. "
     "Bristol Temple Meads 09:54. Journey time 1 hr 39 min. Trains run every 30 minutes until "
     "22:30.",
     [M("08:15", hm(8, 15), "other"), M("08:40", hm(8, 40), "other"),
      M("09:12", hm(9, 12), "other"), M("09:54", hm(9, 54), "other"),
      M("1 hr", 1, "quantity", "hour"), M("39 min", 39, "quantity", "minute"),
      M("30 minutes", 30, "quantity", "minute"), M("22:30", 22.5, "other")]),
    ("Amtrak's Train 49, the Lake Shore Limited, leaves New York at 3:40 p.m. and reaches Chicago "
     "at 9:50 a.m. the next day, a trip of 959 miles in about 19 hours.",
     [M("49", 49, "identifier"), M("3:40 p.m.", hm(15, 40), "other"),
      M("9:50 a.m.", hm(9, 50), "other"), M("959 miles", 959, "quantity", "mi"),
      M("19 hours", 19, "quantity", "hour")]),
    ("War memorials of 1914–18 list some 10–15 per cent of the men of many Welsh villages; the "
     "21st Battalion's roll of honour was read at 3 p.m. on Armistice Sunday, and a subscription "
     "of 5s. 6d. a household raised £1,200 for the memorial.",
     [R("1914–18", 1914, 1918), R("10–15 per cent", 10, 15, "%"), M("21st", 21, "ordinal"),
      M("3 p.m.", 15, "other"), M("5s. 6d.", lsd(0, 5, 6), "money", "GBP"),
      M("£1,200", 1200, "money", "GBP")]),
    ("Gibbon, Decline and Fall, Vol. III, ch. xxxi, p. 211; cf. the Everyman edition (London, "
     "1910), vol. 3, p. 198 n.",
     [M("III", 3, "reference"), M("xxxi", 31, "reference"), M("211", 211, "reference"),
      M("1910", 1910, "reference"), M("3", 3, "reference"), M("198", 198, "reference")]),
    ("Retail sales recovered slowly in the 1930s: in the twelve months to June 1936 they were 4 "
     "per cent above the 1929 level, while in the United States they were still 22 per cent "
     "below it.",
     [M("1930", 1930, "year", glued=True), M("twelve months", 12, "quantity", "month"),
      M("June 1936", 1936, "date"), M("4 per cent", 4, "percent", "%"), M("1929", 1929, "year"),
      M("22 per cent", 22, "percent", "%")]),
]
# fmt: on


def main() -> None:
    _bh.build_all({"en": EN}, "dev_en", HERE)


if __name__ == "__main__":
    main()
