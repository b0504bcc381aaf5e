"""Build the sixth, sealed, English-only held-out numeric-mention set (``heldout6_en.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_heldout6_en/build_heldout6_en.py

The set is **sealed**: it is for measuring only.  Do not tune on it, do not print or read
its errors while changing the extractor, and do not copy its texts or forms into rules,
lexicons or tests (see ``README.md``).

The passages are English and were written for this set in the registers a historian or
social scientist reads: colonial and imperial statistics (India and Africa: rupees, annas,
pies, lakhs and crores, pounds / shillings / pence, acres, maunds, seers), nineteenth-century
parliamentary papers and Hansard debates, US census and labour statistics, Cold War
intelligence estimates, economic history (prices, wages, GDP, inflation, exchange rates),
World Bank / IMF reports, epidemiology and public-health reports, climate and energy
reports, military history, legal and treaty texts, footnoted academic papers, OCR'd
newspapers, sports and elections.  They were annotated from ``docs/numeric-mentions.md``
and the decisions in the docstrings of ``build_heldout.py``, ``build_heldout2.py``,
``build_heldout3.py`` and ``build_heldout4.py`` without looking at the extractor, its
lexicon, its tests or the other sets' passages, and the extractor was never run on them.
Texts are already normalised (plain spaces, no NBSP / thin spaces).

Each passage is ``(text, [mentions in text order])`` using the ``M`` / ``R`` helpers and
the ``annotate`` validator of ``tests/data/mentions_heldout/build_heldout.py`` (offsets are
found with ``str.find`` from the end of the previous mention, never typed; spans are
checked to be sorted, non-overlapping, on word boundaries unless ``glued=True``, with valid
kinds, currency units and values).

Decisions are those of the spec and of the four earlier docstrings; in addition this set
decides:

* **Currencies beyond the validator's list.**  The Indian rupee is ``INR`` (colonial East
  Africa's rupee too: ``3 rupees a year`` hut tax), the IMF's special drawing right is
  ``XDR`` (``SDR 2.1 billion``), German marks of any period are ``DEM`` (``132 billion gold
  marks``, like the spec's RUB for karbovanets); the set adds these codes to the validator's
  currency list at import.
* **Annas and pies** are sub-units of the rupee (1 anna = 1/16, 1 pie = 1/192 rupee):
  ``8 annas`` -> 0.5 INR, ``9 pies`` -> 0.046875 INR, ``1½ annas`` -> 0.09375 INR.  The
  rupee-anna-pie notation ``Rs. 1-9-4`` is one money mention (1.5833 INR), not a range.
  ``Rs.`` / ``Rs`` before the number is the currency symbol (inside).  Indian digit
  grouping is a thousands separator (``Rs. 3,68,42,117`` -> 36842117).
* **Lakh and crore** are scale words with their true scale (``11 lakh maunds`` -> 1100000,
  scale 1e5; ``Rs. 18.65 crores`` -> 186500000, scale 1e7), like heldout1's trillion.
* **Pounds, shillings and pence** written together are one money mention in pounds
  (``£1 2s. 6d.`` style; ``5s. 6d.`` -> 0.275 GBP, ``56s. 8d.`` -> 2.8333 GBP); a shilling
  or pence amount alone is money in pounds (``25s.`` -> 1.25, ``6½d.`` -> 0.0271); the dot
  of ``s.`` / ``d.`` is inside.  ``from 3s. to 5s. 3d.`` is a money range (0.15..0.2625).
* **Rate denominators after money stay outside** (``Rs. 1-9-4`` per acre, ``25s.`` a week,
  ``1s.`` per quarter of corn, ``£92.50`` per MWh, ``3 rupees`` a year, ``Rs. 300 to Rs. 500``
  an acre); ``quarter`` as a corn measure is not a fraction.
* **"from X ... to Y" with other words or mentions between** is two mentions, not a range
  (``rose from 38 seers`` to the rupee ``in January 1876 to under 10 seers``; ``ranged from
  61%`` in the northern provinces ``to 97%``); only an adjacent ``X to Y`` is a range
  (``from about 45 per cent to 22 per cent`` -> 45..22 %, the approximator outside).
* **Rates per 10,000 / 100,000** are ``quantity`` with ``per 10,000`` / ``per 100,000``
  inside and unit ``per 10,000`` / ``per 100,000`` (``315 per 10,000`` houses, ``14.2 to
  9.8 per 100,000`` population as a range), like heldout4's ``per 1,000``; a sex ratio
  ``953 per 1,000`` males is ``quantity`` ``‰``; the bare second figure of a comparison is
  the same quantity, digits only (``against 37``).
* **Fiscal-year prefixes** stay outside like the calendar-year word: ``FY2019/20`` ->
  range ``2019/20`` (2019..2020, glued), ``FY2021`` -> year ``2021``.
* **Chemical formulas**: ``CO2`` after a mass unit is the substance measured and stays
  outside (``36.4 Gt`` CO2, unit ``Gt``); the formula's digit is a number inside a name,
  ``other`` with only the digit (``CO``\\ ``2``, glued, value 2), like ``Covid-19``.
* **Hansard citations** ``HC Deb 27 April 1866 vol 183 cc152-4``: the sitting date stays a
  ``date`` (it has a month), the volume is a ``reference``, the column range glued to ``cc``
  is one ``reference`` 152..154 (expanded like ``pp. 112–19``).
* **Ordinal days**: ``15th of May`` is one ``date`` (value null) with ``of`` inside;
  ``the 12th inst.`` (this month) is a ``date`` with ``inst.`` inside, value null.
* **Regnal statute citations** ``26 Hen. VIII c. 1`` / ``9 & 10 Geo. 5, c. 101``: the
  regnal years are ``reference`` (the volume of the statute book), the regnal number is
  ``ordinal`` (also in digits, ``Geo. 5``), the chapter is the act's own number
  (``identifier``).  The year in an Act's short title (``Government of India Act, 1919``)
  is a ``year``; ``Resolution 242 (1967)``'s bracketed year is a ``year`` too.
* **US Code citations** ``42 U.S.C. § 1983 (2018)``: the title (``42``) and edition year are
  ``reference``, the section with ``§`` inside is an ``identifier`` (value 1983); ``Section
  1983 of title 42`` in prose are two identifiers; ``Rule 12(b)(6)`` -> ``12`` and ``6``
  identifiers (like ``Pasal 33 ayat (3)``); ``365 U.S. 167, 187 (1961)`` are references.
* **Designations**: an intelligence estimate number ``NIE 11-8-62`` is one ``identifier``
  with value null (several numbers, like ORCID); weapon designations (``SS-20``), UN
  document symbols (``S/RES/242``, ``A/8389``) and postal districts (``S.W.1``) are one
  ``identifier`` with the letters inside (like ``D-17242``), value = the number.
  ``SALT I`` is an ``ordinal`` (like ``World War II``).
* **Telephone numbers** are ``identifier``: a single group keeps its value (``Whitehall
  8822`` -> ``8822``, exchange name outside), a grouped number is one span with value null
  (``(202) 555-0173``, brackets inside).
* **Scores**: a match score ``2–0`` is one ``other`` mention with value 2 and
  ``range_end`` 0; a cricket total ``729 for 6`` is two ``count`` mentions (runs, wickets);
  ``486 electoral votes to 52`` and ``43,127,041 votes to ... 27,175,754`` are two counts.
* **Military clock times** ``0630 hours`` are a time of day (``other``, 6.5, unit hour,
  ``hours`` inside).
* **Dimensions** ``15 by 25 miles`` are two quantities, the first digits only (unit mile).
  A relay ``4 × 100 m`` is a ``count`` 4 and a quantity ``100 m``; a race time written
  ``2 hours 29 minutes 19.2 seconds`` is three quantities (like heldout2's mixed durations).
* **Basis points** are ``quantity`` with unit ``bp`` and the word inside (``75 basis
  points`` -> 75); percentage points stay ``percent`` (heldout2).
* **Epidemiological weeks** (``between weeks 14 and 22``) name weeks: two ``identifier``.
  A confidence interval after an estimate (``95% CI 4.1–9.7``) is ``95%`` ``percent`` and a
  ``range`` with unit null unless a unit is written; odds and hazard ratios and p-values are
  ``other`` (``OR 6.3``, ``p < 0.001`` -> 0.001).
* **Consols prices** (``closed at 93⅞``) have no currency and are ``other`` (93.875), like
  heldout4's index values.
* **Chapters**: ``Chapter IV`` in prose is an ``identifier`` (like ``Part II``); ``ch. 4``,
  ``para. 67`` and ``Part I`` inside a citation are ``reference``.  A command-paper number
  ``(C. 2591)`` is the paper's own number: ``identifier``, digits only.  A sessional-paper
  number closing a parliamentary return (``Printed, 24 April 1857. 231.``) is an
  ``identifier``.  ``Census of India, 1911`` in prose is a ``year``, in a citation a
  ``reference``.
* **Verbs of multiplying** (``doubled``, ``halved``) are not mentions, like ``twice`` /
  ``double``; ``one or more of the Parties`` is an idiom built on "one" (not annotated).
* **Table lines** ``1853–60: 1,104`` are a ``range`` and a ``count`` (value as written,
  the ``(thousands)`` header does not scale it), like heldout2's year–figure lines.
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


def sd(pounds: float = 0, shillings: float = 0, pence: float = 0) -> float:
    """Pounds, shillings and pence as pounds."""
    return pounds + shillings / 20 + pence / 240


def rap(rupees: float = 0, annas: float = 0, pies: float = 0) -> float:
    """Rupees, annas and pies as rupees."""
    return rupees + annas / 16 + pies / 192


# fmt: off
EN = [
    # --- colonial India: land revenue
    ("In 1872 the land revenue of the Bombay Presidency stood at Rs. 3,68,42,117, collected from some 24,600 villages; the assessment averaged Rs. 1-9-4 per acre on dry-crop land, against 8 annas in the Deccan uplands a generation earlier.",
     [M("1872", 1872, "year"), M("Rs. 3,68,42,117", 36842117, "money", "INR"),
      M("24,600", 24600, "count"), M("Rs. 1-9-4", rap(1, 9, 4), "money", "INR"),
      M("8 annas", rap(0, 8), "money", "INR")]),
    # --- famine report
    ("The famine report of 1880 records that at Sholapur the price of jowari rose from 38 seers to the rupee in January 1876 to under 10 seers by October 1877, while relief wages were fixed at 2 annas for a man, 1½ annas for a woman and 9 pies for a child. Government imported 6,34,000 maunds of grain in the second half of the year.",
     [M("1880", 1880, "year"), M("38 seers", 38, "quantity", "seer"),
      M("January 1876", 1876, "date"), M("10 seers", 10, "quantity", "seer"),
      M("October 1877", 1877, "date"), M("2 annas", rap(0, 2), "money", "INR"),
      M("1½ annas", rap(0, 1.5), "money", "INR"), M("9 pies", rap(0, 0, 9), "money", "INR"),
      M("6,34,000 maunds", 634000, "quantity", "maund"), M("half", 0.5, "other")]),
    # --- East Africa hut tax
    ("Under the Hut Tax Ordinance of 1901 every native hut in the East Africa Protectorate paid 3 rupees a year; by 1905 the tax yielded Rs. 4,12,000, rather more than a quarter of the Protectorate's local revenue. In Uganda a poll tax of 2 rupees was levied on every adult male from 1905.",
     [M("1901", 1901, "year"), M("3 rupees", 3, "money", "INR"), M("1905", 1905, "year"),
      M("Rs. 4,12,000", 412000, "money", "INR"), M("a quarter", 0.25, "other"),
      M("2 rupees", 2, "money", "INR"), M("1905", 1905, "year")]),
    # --- Gold Coast cocoa
    ("Cocoa exports from the Gold Coast rose from 536 tons in 1901 to 40,357 tons in 1911, worth £1,613,468; by 1936 the colony shipped 311,151 tons, roughly 40 per cent of world output. Farmers received between 8s. and 10s. a load of 60 lb at Kumasi.",
     [M("536 tons", 536, "quantity", "ton"), M("1901", 1901, "year"),
      M("40,357 tons", 40357, "quantity", "ton"), M("1911", 1911, "year"),
      M("£1,613,468", 1613468, "money", "GBP"), M("1936", 1936, "year"),
      M("311,151 tons", 311151, "quantity", "ton"), M("40 per cent", 40, "percent", "%"),
      M("8s.", sd(0, 8), "money", "GBP"), M("10s.", sd(0, 10), "money", "GBP"),
      M("60 lb", 60, "quantity", "lb")]),
    # --- select committee evidence
    ("Evidence taken before the Select Committee on Hand-Loom Weavers (1834–35) shows that a Bolton weaver earning 25s. a week in 1800 was reduced to 5s. 6d. by 1830. A family of six, the witness said, needed at least 11s. 3d. for bread, besides a rent of 1s. 6d. and fuel.",
     [R("1834–35", 1834, 1835), M("25s.", sd(0, 25), "money", "GBP"), M("1800", 1800, "year"),
      M("5s. 6d.", sd(0, 5, 6), "money", "GBP"), M("1830", 1830, "year"),
      M("six", 6, "count"), M("11s. 3d.", sd(0, 11, 3), "money", "GBP"),
      M("1s. 6d.", sd(0, 1, 6), "money", "GBP")]),
    # --- Hansard: division list
    ("Mr. GLADSTONE said the Estimates for the year showed a total of £67,843,000, an increase of £1,212,000 over 1865–66. The House divided: Ayes, 318; Noes, 289. Majority, 29. — HC Deb 27 April 1866 vol 183 cc152-4.",
     [M("£67,843,000", 67843000, "money", "GBP"), M("£1,212,000", 1212000, "money", "GBP"),
      R("1865–66", 1865, 1866), M("318", 318, "count"), M("289", 289, "count"),
      M("29", 29, "count"), M("27 April 1866", 1866, "date"), M("183", 183, "reference"),
      M("152-4", 152, "reference", range_end=154, glued=True)]),
    # --- Hansard: speech
    ("Sir ROBERT PEEL: The hon. Member for Stockport has told the House that 1,500,000 persons are dependent on the cotton trade. I believe the number to be nearer a million and a quarter; but whether it be two millions or a million and a half, the duty of 1s. per quarter on foreign corn cannot stand. (Hear, hear.) On the 15th of May last, wheat fetched 56s. 8d. the quarter at Mark Lane.",
     [M("1,500,000", 1500000, "count"),
      M("a million and a quarter", 1250000, "count", scale=MLN),
      M("two millions", 2 * MLN, "count", scale=MLN),
      M("a million and a half", 1500000, "count", scale=MLN),
      M("1s.", sd(0, 1), "money", "GBP"), M("15th of May", None, "date"),
      M("56s. 8d.", sd(0, 56, 8), "money", "GBP")]),
    # --- US census 1890
    ("The Eleventh Census (1890) enumerated 62,947,714 persons in the United States, an increase of 12,791,931, or 25.5 per cent, over 1880. Of the total, 9,249,547 were foreign-born; the urban population, living in places of 8,000 inhabitants or more, was 18,284,385, or 29.2 per cent.",
     [M("1890", 1890, "year"), M("62,947,714", 62947714, "count"),
      M("12,791,931", 12791931, "count"), M("25.5 per cent", 25.5, "percent", "%"),
      M("1880", 1880, "year"), M("9,249,547", 9249547, "count"), M("8,000", 8000, "count"),
      M("18,284,385", 18284385, "count"), M("29.2 per cent", 29.2, "percent", "%")]),
    # --- BLS release
    ("Average hourly earnings of production workers in manufacturing rose 4.1 percent over the year to $14.37 in March 1998, seasonally adjusted. The unemployment rate held at 4.7 percent, and nonfarm payroll employment increased by 34,000 in the month, well below the 1997 average of 285,000 a month (Table B-1, column 3).",
     [M("4.1 percent", 4.1, "percent", "%"), M("$14.37", 14.37, "money", "USD"),
      M("March 1998", 1998, "date"), M("4.7 percent", 4.7, "percent", "%"),
      M("34,000", 34000, "count"), M("1997", 1997, "year"), M("285,000", 285000, "count"),
      M("B-1", 1, "identifier"), M("3", 3, "identifier")]),
    # --- NIE
    ("NIE 11-8-62 estimated that the USSR had 75 operational ICBM launchers as of 1 October 1962 and would have between 125 and 150 by mid-1963. Soviet long-range aviation was credited with some 190 heavy bombers and about 1,000 Badger medium bombers. A yield of 20 to 25 megatons was judged feasible for the largest warheads.",
     [M("11-8-62", None, "identifier"), M("75", 75, "count"), M("1 October 1962", 1962, "date"),
      M("125", 125, "count"), M("150", 150, "count"), M("1963", 1963, "year"),
      M("190", 190, "count"), M("1,000", 1000, "count"), R("20 to 25 megatons", 20, 25, "Mt")]),
    # --- CIA GNP estimates
    ("CIA analysts put Soviet GNP in 1975 at roughly 57 percent of the US level, or about $1.1 trillion at 1975 dollar prices; defense absorbed 11 to 13 percent of GNP, a share revised upward in 1976 from the earlier 6–8 percent. Annual growth slowed from 5.2 percent in 1966–70 to an estimated 2.3 percent in 1976–80.",
     [M("1975", 1975, "year"), M("57 percent", 57, "percent", "%"),
      M("$1.1 trillion", 1.1 * TRLN, "money", "USD", TRLN), M("1975", 1975, "year"),
      R("11 to 13 percent", 11, 13, "%"), M("1976", 1976, "year"),
      R("6–8 percent", 6, 8, "%"), M("5.2 percent", 5.2, "percent", "%"),
      R("1966–70", 1966, 1970), M("2.3 percent", 2.3, "percent", "%"), R("1976–80", 1976, 1980)]),
    # --- bread and wages
    ("Between 1790 and 1813 the price of a 4 lb loaf in London climbed from 6½d. to 1s. 5d., while a bricklayer's day wage moved only from 3s. to 5s. 3d. Real wages thus fell by perhaps a fifth, recovering to their 1790 level only in the 1820s.",
     [M("1790", 1790, "year"), M("1813", 1813, "year"), M("4 lb", 4, "quantity", "lb"),
      R("6½d. to 1s. 5d.", sd(0, 0, 6.5), sd(0, 1, 5), "GBP"),
      R("3s. to 5s. 3d.", sd(0, 3), sd(0, 5, 3), "GBP"), M("a fifth", 0.2, "other"),
      M("1790", 1790, "year"), M("1820", 1820, "year", glued=True)]),
    # --- interwar sterling
    ("Sterling, at $4.86 before 1914, returned to gold at that parity on 28 April 1925; after September 1931 it fell to $3.40 by December 1932. Retail prices fell by 26 per cent from 1920 to 1923, and bank rate, raised to 7 per cent in 1920, was cut to 2% in June 1932, where it stayed until 1939.",
     [M("$4.86", 4.86, "money", "USD"), M("1914", 1914, "year"), M("28 April 1925", 1925, "date"),
      M("September 1931", 1931, "date"), M("$3.40", 3.4, "money", "USD"),
      M("December 1932", 1932, "date"), M("26 per cent", 26, "percent", "%"),
      R("1920 to 1923", 1920, 1923), M("7 per cent", 7, "percent", "%"), M("1920", 1920, "year"),
      M("2%", 2, "percent", "%"), M("June 1932", 1932, "date"), M("1939", 1939, "year")]),
    # --- Maddison
    ("On Maddison's estimates, GDP per head in the United Kingdom rose from $3,190 in 1870 to $4,921 in 1913 (1990 international dollars), a growth rate of 1.0 per cent a year, whereas India's stagnated at roughly $533 to $673 over the same period. By 1950 the gap had widened to about elevenfold.",
     [M("$3,190", 3190, "money", "USD"), M("1870", 1870, "year"), M("$4,921", 4921, "money", "USD"),
      M("1913", 1913, "year"), M("1990", 1990, "year"), M("1.0 per cent", 1.0, "percent", "%"),
      R("$533 to $673", 533, 673, "USD"), M("1950", 1950, "year"),
      M("elevenfold", 11, "other", "times")]),
    # --- World Bank
    ("Real GDP growth is projected to slow to 2.8 percent in FY2019/20 from 5.6 percent in FY2018/19, before recovering to 4.5 percent in FY2021. The fiscal deficit widened by 1.7 percentage points to 7.9 percent of GDP, and public debt reached US$42.3 billion, or 63.4 percent of GDP. Remittances, at $6.7bn, covered about two-thirds of the trade gap.",
     [M("2.8 percent", 2.8, "percent", "%"), R("2019/20", 2019, 2020, glued=True),
      M("5.6 percent", 5.6, "percent", "%"), R("2018/19", 2018, 2019, glued=True),
      M("4.5 percent", 4.5, "percent", "%"), M("2021", 2021, "year", glued=True),
      M("1.7 percentage points", 1.7, "percent", "%"), M("7.9 percent", 7.9, "percent", "%"),
      M("US$42.3 billion", 42.3 * MLRD, "money", "USD", MLRD),
      M("63.4 percent", 63.4, "percent", "%"), M("$6.7bn", 6.7 * MLRD, "money", "USD", MLRD),
      M("two-thirds", 2 / 3, "other")]),
    # --- IMF
    ("The IMF Executive Board approved a 36-month Extended Fund Facility of SDR 2.1 billion (about US$2.9 billion, or 300 percent of quota) on 12 July 2019. Inflation is expected to decline from 9.4 percent at end-2019 to 5–6 percent by end-2021, and the current account deficit to narrow to 3¼ percent of GDP.",
     [M("36-month", 36, "quantity", "month"), M("SDR 2.1 billion", 2.1 * MLRD, "money", "XDR", MLRD),
      M("US$2.9 billion", 2.9 * MLRD, "money", "USD", MLRD), M("300 percent", 300, "percent", "%"),
      M("12 July 2019", 2019, "date"), M("9.4 percent", 9.4, "percent", "%"),
      M("2019", 2019, "year"), R("5–6 percent", 5, 6, "%"), M("2021", 2021, "year"),
      M("3¼ percent", 3.25, "percent", "%")]),
    # --- TB incidence
    ("Between 2010 and 2019, age-standardised incidence of tuberculosis fell from 14.2 to 9.8 per 100,000 population (annual percentage change −4.1%, 95% CI −5.3 to −2.9; p < 0.001). Among 2,318 notified cases, 61.4% were male and the median age was 43 years (IQR 29–58).",
     [M("2010", 2010, "year"), M("2019", 2019, "year"),
      R("14.2 to 9.8 per 100,000", 14.2, 9.8, "per 100,000"), M("−4.1%", -4.1, "percent", "%"),
      M("95%", 95, "percent", "%"), R("−5.3 to −2.9", -5.3, -2.9), M("0.001", 0.001, "other"),
      M("2,318", 2318, "count"), M("61.4%", 61.4, "percent", "%"),
      M("43 years", 43, "quantity", "year"), R("29–58", 29, 58)]),
    # --- Snow's cholera
    ("In the epidemic of 1854 the sub-district of Golden Square lost 127 persons in three days; Dr. Snow found that of 73 deaths within 250 yards of the Broad Street pump, 61 were of persons who habitually drank its water. Mortality in houses supplied by the Southwark and Vauxhall Company was 315 per 10,000 houses, against 37 for the Lambeth Company.",
     [M("1854", 1854, "year"), M("127", 127, "count"), M("three days", 3, "quantity", "day"),
      M("73", 73, "count"), M("250 yards", 250, "quantity", "yard"), M("61", 61, "count"),
      M("315 per 10,000", 315, "quantity", "per 10,000"), M("37", 37, "quantity", "per 10,000")]),
    # --- measles outbreak
    ("Measles vaccination coverage among children aged 12–23 months was 84% nationally but ranged from 61% in the northern provinces to 97% in the capital. The outbreak between weeks 14 and 22 caused 1,142 cases and 17 deaths (case-fatality ratio 1.5%). Odds of infection were higher among unvaccinated children (OR 6.3; 95% CI 4.1–9.7; p = 0.002).",
     [R("12–23 months", 12, 23, "month"), M("84%", 84, "percent", "%"), M("61%", 61, "percent", "%"),
      M("97%", 97, "percent", "%"), M("14", 14, "identifier"), M("22", 22, "identifier"),
      M("1,142", 1142, "count"), M("17", 17, "count"), M("1.5%", 1.5, "percent", "%"),
      M("6.3", 6.3, "other"), M("95%", 95, "percent", "%"), R("4.1–9.7", 4.1, 9.7),
      M("0.002", 0.002, "other")]),
    # --- climate
    ("Global mean surface temperature in 2011–2020 was 1.09°C (1.95°F) higher than in 1850–1900. Atmospheric CO2 reached 410 ppm in 2019, up from about 280 ppm before industrialisation, and fossil emissions were 36.4 Gt CO2 that year. Limiting warming to 1.5 °C requires net emissions to fall by about 45% from 2010 levels by 2030.",
     [R("2011–2020", 2011, 2020), M("1.09°C", 1.09, "quantity", "degC"),
      M("1.95°F", 1.95, "quantity", "degF"), R("1850–1900", 1850, 1900),
      M("2", 2, "other", glued=True), M("410 ppm", 410, "quantity", "ppm"), M("2019", 2019, "year"),
      M("280 ppm", 280, "quantity", "ppm"), M("36.4 Gt", 36.4, "quantity", "Gt"),
      M("2", 2, "other", glued=True), M("1.5 °C", 1.5, "quantity", "degC"),
      M("45%", 45, "percent", "%"), M("2010", 2010, "year"), M("2030", 2030, "year")]),
    # --- energy
    ("Installed wind capacity in Germany reached 62,184 MW at the end of 2020, of which 7,770 MW offshore; wind generated 131.9 TWh, or 27 per cent of gross electricity consumption. Each of the two 1,630-MW units at Hinkley Point C is to be paid a strike price of £92.50 per MWh in 2012 prices from 2027.",
     [M("62,184 MW", 62184, "quantity", "MW"), M("2020", 2020, "year"),
      M("7,770 MW", 7770, "quantity", "MW"), M("131.9 TWh", 131.9, "quantity", "TWh"),
      M("27 per cent", 27, "percent", "%"), M("two", 2, "count"),
      M("1,630-MW", 1630, "quantity", "MW"), M("£92.50", 92.5, "money", "GBP"),
      M("2012", 2012, "year"), M("2027", 2027, "year")]),
    # --- the Somme
    ("On 1 July 1916 the British Fourth Army suffered 57,470 casualties, of whom 19,240 were killed; the 36th (Ulster) Division alone lost some 5,100 men. By 18 November, when the offensive was halted, British and Dominion losses on the Somme exceeded 419,000, and the front had advanced at most 6 miles.",
     [M("1 July 1916", 1916, "date"), M("57,470", 57470, "count"), M("19,240", 19240, "count"),
      M("36th", 36, "ordinal"), M("5,100", 5100, "count"), M("18 November", None, "date"),
      M("419,000", 419000, "count"), M("6 miles", 6, "quantity", "mile")]),
    # --- D-Day
    ("Operation Overlord began at 0630 hours on 6 June 1944, when the US 1st and 29th Infantry Divisions landed on Omaha Beach. By midnight some 156,000 Allied troops were ashore across the five beaches; US losses at Omaha numbered about 2,400. The 101st Airborne dropped 6,928 paratroopers, scattered over an area of roughly 15 by 25 miles.",
     [M("0630 hours", 6.5, "other", "hour"), M("6 June 1944", 1944, "date"), M("1st", 1, "ordinal"),
      M("29th", 29, "ordinal"), M("156,000", 156000, "count"), M("five", 5, "count"),
      M("2,400", 2400, "count"), M("101st", 101, "ordinal"), M("6,928", 6928, "count"),
      M("15", 15, "quantity", "mile"), M("25 miles", 25, "quantity", "mile")]),
    # --- Soviet war losses
    ("In World War II the Soviet Union lost an estimated 26.6 million people, perhaps 13–14 per cent of its pre-war population of 196.7 million. Of the 5.7 million Red Army soldiers captured by the Germans, some 3.3 million died in captivity.",
     [M("II", 2, "ordinal"), M("26.6 million", 26.6 * MLN, "count", scale=MLN),
      R("13–14 per cent", 13, 14, "%"), M("196.7 million", 196.7 * MLN, "count", scale=MLN),
      M("5.7 million", 5.7 * MLN, "count", scale=MLN), M("3.3 million", 3.3 * MLN, "count", scale=MLN)]),
    # --- US Code
    ("Section 1983 of title 42 provides a remedy against any person who, under color of state law, deprives another of federal rights. See 42 U.S.C. § 1983 (2018); Monroe v. Pape, 365 U.S. 167, 187 (1961). Under Rule 12(b)(6) the complaint must state a claim; the court granted leave to amend within 21 days.",
     [M("1983", 1983, "identifier"), M("42", 42, "identifier"), M("42", 42, "reference"),
      M("§ 1983", 1983, "identifier"), M("2018", 2018, "reference"), M("365", 365, "reference"),
      M("167", 167, "reference"), M("187", 187, "reference"), M("1961", 1961, "reference"),
      M("12", 12, "identifier"), M("6", 6, "identifier"), M("21 days", 21, "quantity", "day")]),
    # --- North Atlantic Treaty
    ("Article 5 of the North Atlantic Treaty, signed at Washington on 4 April 1949, provides that an armed attack against one or more of the Parties shall be considered an attack against them all. Article V was invoked for the first time on 12 September 2001. Under Article 10 any other European State may be invited to accede; Greece and Turkey joined in 1952.",
     [M("5", 5, "identifier"), M("4 April 1949", 1949, "date"), M("V", 5, "identifier"),
      M("12 September 2001", 2001, "date"), M("10", 10, "identifier"), M("1952", 1952, "year")]),
    # --- Versailles
    ("By Article 231 Germany accepted responsibility for the loss and damage; Part VIII fixed no sum, but in May 1921 the Reparation Commission set the total at 132 billion gold marks (about $33 billion). Under Article 42 Germany might not maintain fortifications on the left bank of the Rhine or within 50 kilometres of its right bank, and Article 160 limited the army to 100,000 men, including not more than 4,000 officers.",
     [M("231", 231, "identifier"), M("VIII", 8, "identifier"), M("May 1921", 1921, "date"),
      M("132 billion gold marks", 132 * MLRD, "money", "DEM", MLRD),
      M("$33 billion", 33 * MLRD, "money", "USD", MLRD), M("42", 42, "identifier"),
      M("50 kilometres", 50, "quantity", "km"), M("160", 160, "identifier"),
      M("100,000", 100000, "count"), M("4,000", 4000, "count")]),
    # --- footnoted paper
    ("Bayly's account of the 'corporate' town remains standard.¹² On the Benares bankers see C. A. Bayly, Rulers, Townsmen and Bazaars (Cambridge, 1983), pp. 163–96; and, for a dissenting view, R. Ray, 'Indian Society and the Establishment of British Supremacy', Indian Economic and Social History Review, vol. 32, no. 3 (1995), pp. 245–67, at p. 251. Ibid., p. 254, n. 41.",
     [M("¹²", 12, "reference"), M("1983", 1983, "reference"),
      M("163–96", 163, "reference", range_end=196), M("32", 32, "reference"),
      M("no. 3", 3, "reference"), M("1995", 1995, "reference"),
      M("245–67", 245, "reference", range_end=267), M("251", 251, "reference"),
      M("254", 254, "reference"), M("41", 41, "reference")]),
    # --- author-date
    ("Clark (2007: 195) estimates that English real wages in the 1450s were not exceeded until the 1860s, a claim disputed by Allen (2009, 36–41) and by Broadberry et al. (2015, Table 5.04). Humphries and Weisdorf (2019) find that the annual earnings of unskilled men rose by roughly 0.4 per cent a year between 1650 and 1850.",
     [M("2007", 2007, "reference"), M("195", 195, "reference"), M("1450", 1450, "year", glued=True),
      M("1860", 1860, "year", glued=True), M("2009", 2009, "reference"),
      M("36–41", 36, "reference", range_end=41), M("2015", 2015, "reference"),
      M("5.04", 5, "identifier"), M("2019", 2019, "reference"),
      M("0.4 per cent", 0.4, "percent", "%"), M("1650", 1650, "year"), M("1850", 1850, "year")]),
    # --- colliery explosion, OCR'd paper
    ("DREADFUL COLLIERY EXPLOSION.—Intelligence reached us late last night that an explosion occurred at the Oaks Colliery, near Barnsley, at about 1.20 p.m. on the 12th inst., when upwards of 300 men and boys were in the pit. Up to the time of going to press 68 bodies had been recovered. The colliery employs about 350 hands, and raises 1,200 tons of coal daily.—Leeds Mercury, Dec. 14, 1866.",
     [M("1.20 p.m.", 13 + 20 / 60, "other"), M("12th inst.", None, "date"), M("300", 300, "count"),
      M("68", 68, "count"), M("350", 350, "count"), M("1,200 tons", 1200, "quantity", "ton"),
      M("Dec. 14, 1866", 1866, "date")]),
    # --- market report, OCR'd
    ("THE MARKETS. — Wheat, per qr., 52s. to 58s. ; Barley, 34s. to 38s.; Oats, 22s. 6d. to 26s. Fat cattle sold at from 6s. 4d. to 7s. per stone of 14lbs., and sheep at 7½d. per lb. Consols closed at 93⅞ for money.—LONDON, Saturday, inMarch 3.",
     [R("52s. to 58s.", sd(0, 52), sd(0, 58), "GBP"), R("34s. to 38s.", sd(0, 34), sd(0, 38), "GBP"),
      R("22s. 6d. to 26s.", sd(0, 22, 6), sd(0, 26), "GBP"),
      R("6s. 4d. to 7s.", sd(0, 6, 4), sd(0, 7), "GBP"), M("14lbs.", 14, "quantity", "lb"),
      M("7½d.", sd(0, 0, 7.5), "money", "GBP"), M("93⅞", 93.875, "other"),
      M("March 3", None, "date", glued=True)]),
    # --- cricket and football
    ("At Lord's on 24 June 1930 Bradman made 254 in 339 minutes, and Australia, replying to England's 425, declared at 729 for 6 and won by seven wickets. In the FA Cup final at Wembley that spring Arsenal had beaten Huddersfield Town 2–0 before a crowd of 92,488.",
     [M("24 June 1930", 1930, "date"), M("254", 254, "count"), M("339 minutes", 339, "quantity", "minute"),
      M("425", 425, "count"), M("729", 729, "count"), M("6", 6, "count"), M("seven", 7, "count"),
      M("2–0", 2, "other", range_end=0), M("92,488", 92488, "count")]),
    # --- UK elections
    ("At the general election of 14 December 1918 the coalition won 523 of the 707 seats; Sinn Féin took 73, 25 of them unopposed. Turnout was only 57.2 per cent. In the 1945 election Labour polled 11,967,746 votes (47.7%) and won 393 seats, a majority of 146.",
     [M("14 December 1918", 1918, "date"), M("523", 523, "count"), M("707", 707, "count"),
      M("73", 73, "count"), M("25", 25, "count"), M("57.2 per cent", 57.2, "percent", "%"),
      M("1945", 1945, "year"), M("11,967,746", 11967746, "count"), M("47.7%", 47.7, "percent", "%"),
      M("393", 393, "count"), M("146", 146, "count")]),
    # --- US election 1964
    ("In the presidential election of November 3, 1964, Johnson carried 44 states and the District of Columbia with 61.1 percent of the popular vote (43,127,041 votes to Goldwater's 27,175,754) and 486 electoral votes to 52. The 89th Congress convened on January 4, 1965, with Democrats holding 295 of 435 House seats and a two-thirds majority in the Senate.",
     [M("November 3, 1964", 1964, "date"), M("44", 44, "count"), M("61.1 percent", 61.1, "percent", "%"),
      M("43,127,041", 43127041, "count"), M("27,175,754", 27175754, "count"), M("486", 486, "count"),
      M("52", 52, "count"), M("89th", 89, "ordinal"), M("January 4, 1965", 1965, "date"),
      M("295", 295, "count"), M("435", 435, "count"), M("two-thirds", 2 / 3, "other")]),
    # --- Tudor
    ("Henry VIII's break with Rome was sealed by the Act of Supremacy of 1534 (26 Hen. VIII c. 1), and the dissolution of some 800 religious houses between 1536 and 1540 transferred lands yielding perhaps £132,000 a year to the Crown. Chapter IV of the study follows the administrative changes of the 1530s.",
     [M("VIII", 8, "ordinal"), M("1534", 1534, "year"), M("26", 26, "reference"),
      M("VIII", 8, "ordinal"), M("1", 1, "identifier"), M("800", 800, "count"),
      M("1536", 1536, "year"), M("1540", 1540, "year"), M("£132,000", 132000, "money", "GBP"),
      M("IV", 4, "identifier"), M("1530", 1530, "year", glued=True)]),
    # --- Census of India 1911
    ("The Census of India, 1911, returned a population of 315,156,396, of whom 217,586,892 were Hindus and 66,647,299 Muhammadans; the sex ratio in British territory was 953 per 1,000 males. Literacy stood at 5.9 per cent, and fewer than 1 per cent of women could read and write. (Census of India, 1911, vol. I, part I, pp. 112-18.)",
     [M("1911", 1911, "year"), M("315,156,396", 315156396, "count"), M("217,586,892", 217586892, "count"),
      M("66,647,299", 66647299, "count"), M("953 per 1,000", 953, "quantity", "‰"),
      M("5.9 per cent", 5.9, "percent", "%"), M("1 per cent", 1, "percent", "%"),
      M("1911", 1911, "reference"), M("I", 1, "reference"), M("I", 1, "reference"),
      M("112-18", 112, "reference", range_end=118)]),
    # --- Southern Rhodesia / Kenya land
    ("The Southern Rhodesia Land Apportionment Act of 1930 reserved 49,149,174 acres for Europeans, who then numbered about 50,000, and 28,933,001 acres as Native Reserves for roughly 1,080,000 Africans; a further 7,464,566 acres formed the Native Purchase Area. In Kenya the 'White Highlands' covered some 16,700 square miles.14",
     [M("1930", 1930, "year"), M("49,149,174 acres", 49149174, "quantity", "acre"),
      M("50,000", 50000, "count"), M("28,933,001 acres", 28933001, "quantity", "acre"),
      M("1,080,000", 1080000, "count"), M("7,464,566 acres", 7464566, "quantity", "acre"),
      M("16,700 square miles", 16700, "quantity", "sq mi"), M("14", 14, "reference", glued=True)]),
    # --- Nigeria trade
    ("Nigerian exports of palm kernels averaged 177,000 tons a year in 1910–14 and of palm oil 77,000 tons; total exports rose in value from £5.3 million in 1910 to £17.1 million in 1920, before the slump. The railway from Lagos reached Kano, 704 miles inland, in March 1912, and the groundnut crop railed from Kano grew tenfold between 1912 and 1916.",
     [M("177,000 tons", 177000, "quantity", "ton"), R("1910–14", 1910, 1914),
      M("77,000 tons", 77000, "quantity", "ton"), M("£5.3 million", 5.3 * MLN, "money", "GBP", MLN),
      M("1910", 1910, "year"), M("£17.1 million", 17.1 * MLN, "money", "GBP", MLN),
      M("1920", 1920, "year"), M("704 miles", 704, "quantity", "mile"), M("March 1912", 1912, "date"),
      M("tenfold", 10, "other", "times"), M("1912", 1912, "year"), M("1916", 1916, "year")]),
    # --- Indian budget in crores
    ("The Government of India's budget for 1921-22 showed a deficit of Rs. 18.65 crores, the fourth in succession; military expenditure alone absorbed Rs. 62.2 crores, nearly half of central revenue. The Inchcape Committee recommended retrenchment of Rs. 19½ crores, and the rupee was stabilised at 1s. 6d. gold in 1927.",
     [R("1921-22", 1921, 1922), M("Rs. 18.65 crores", 18.65 * CRORE, "money", "INR", CRORE),
      M("Rs. 62.2 crores", 62.2 * CRORE, "money", "INR", CRORE), M("half", 0.5, "other"),
      M("Rs. 19½ crores", 19.5 * CRORE, "money", "INR", CRORE), M("1s. 6d.", sd(0, 1, 6), "money", "GBP"),
      M("1927", 1927, "year")]),
    # --- Punjab canal colonies
    ("In the Punjab canal colonies some 2.6 million acres were brought under irrigation between 1885 and 1914; the Lower Chenab Colony alone settled over 1,000,000 acres. Wheat output in Lyallpur district reached 11 lakh maunds in 1911-12, and land sold for Rs. 300 to Rs. 500 an acre.",
     [M("2.6 million acres", 2.6 * MLN, "quantity", "acre", MLN), M("1885", 1885, "year"),
      M("1914", 1914, "year"), M("1,000,000 acres", 1000000, "quantity", "acre"),
      M("11 lakh maunds", 11 * LAKH, "quantity", "maund", LAKH), R("1911-12", 1911, 1912),
      R("Rs. 300 to Rs. 500", 300, 500, "INR")]),
    # --- July crisis
    ("The telegram, dated 3/8/14, reached the Foreign Office at 11.05 p.m.; the British ultimatum expired at midnight on 4th August 1914. In his diary entry for 1914-08-05 Hankey noted that German mobilisation orders had gone out on 1 August.",
     [M("3/8/14", 1914, "date"), M("11.05 p.m.", 23 + 5 / 60, "other"),
      M("4th August 1914", 1914, "date"), M("1914-08-05", 1914, "date"), M("1 August", None, "date")]),
    # --- decades
    ("The 1930s saw unemployment in the United States peak at 24.9 per cent in 1933; by the '60s a generation raised in the Depression presided over the longest boom of the 20th century. In the mid-'70s stagflation arrived, with consumer prices up 11.0 percent in 1974 and 9.1 percent in 1975.",
     [M("1930", 1930, "year", glued=True), M("24.9 per cent", 24.9, "percent", "%"), M("1933", 1933, "year"),
      M("'60", 1960, "year", glued=True), M("20th", 20, "ordinal"), M("'70", 1970, "year", glued=True),
      M("11.0 percent", 11.0, "percent", "%"), M("1974", 1974, "year"),
      M("9.1 percent", 9.1, "percent", "%"), M("1975", 1975, "year")]),
    # --- spelled numbers
    ("Some two hundred and fifty delegates attended the first congress; a dozen of them were women, and half a million copies of the manifesto were printed in four languages. Three years later membership stood at nearly forty thousand, and the party fielded one hundred and sixteen candidates.",
     [M("two hundred and fifty", 250, "count"), M("a dozen", 12, "count"),
      M("half a million", 500000, "count", scale=MLN), M("four", 4, "count"),
      M("Three years", 3, "quantity", "year"), M("forty thousand", 40000, "count", scale=K),
      M("one hundred and sixteen", 116, "count")]),
    # --- agrarian survey
    ("Nearly three-quarters of the holdings surveyed were under 5 acres, and a third of households owned no plough at all. The average holding was 3.75 acres, or 3 acres 3 roods; sharecroppers surrendered one-half of the crop, sometimes two-fifths.",
     [M("three-quarters", 0.75, "other"), M("5 acres", 5, "quantity", "acre"),
      M("a third", THIRD, "other"), M("3.75 acres", 3.75, "quantity", "acre"),
      M("3 acres", 3, "quantity", "acre"), M("3 roods", 3, "quantity", "rood"),
      M("one-half", 0.5, "other"), M("two-fifths", 0.4, "other")]),
    # --- Russian industrialisation
    ("Output of pig iron in Russia grew threefold between 1890 and 1900, to 2.9 million tons, yet per head it remained barely a tenth of the British level. Railway mileage doubled, and coal output rose 3.5 times in the decade.",
     [M("threefold", 3, "other", "times"), M("1890", 1890, "year"), M("1900", 1900, "year"),
      M("2.9 million tons", 2.9 * MLN, "quantity", "ton", MLN), M("a tenth", 0.1, "other"),
      M("3.5 times", 3.5, "other", "times")]),
    # --- UN documents
    ("Security Council Resolution 242 (1967) called for withdrawal 'from territories occupied in the recent conflict'; Resolution 338 of 22 October 1973 reaffirmed it. See UN Doc. S/RES/242, paragraphs 1 and 2, and annexes 3, 4 and 5 to the report A/8389.",
     [M("242", 242, "identifier"), M("1967", 1967, "year"), M("338", 338, "identifier"),
      M("22 October 1973", 1973, "date"), M("S/RES/242", 242, "identifier"),
      M("1", 1, "identifier"), M("2", 2, "identifier"), M("3", 3, "identifier"),
      M("4", 4, "identifier"), M("5", 5, "identifier"), M("A/8389", 8389, "identifier")]),
    # --- society notice
    ("For particulars apply to the Secretary, 14 Great Smith Street, London, S.W.1 (telephone: Whitehall 8822). American enquiries: (202) 555-0173, Monday to Friday, 9 a.m. to 5 p.m.",
     [M("14", 14, "identifier"), M("S.W.1", 1, "identifier"), M("8822", 8822, "identifier"),
      M("(202) 555-0173", None, "identifier"), R("9 a.m. to 5 p.m.", 9, 17)]),
    # --- cold records
    ("Temperatures at Verkhoyansk fell to −67.8 °C on 5 and 7 February 1892, while at Oymyakon a reading of minus 71 degrees was reported in 1926. On 10 July 1913 Death Valley registered 134 °F. Barometric pressure at the coast fell 12 hPa in three hours, from 1,013 to 1,001 hPa.",
     [M("−67.8 °C", -67.8, "quantity", "degC"), M("5", None, "date"),
      M("7 February 1892", 1892, "date"), M("minus 71 degrees", -71, "quantity", "degC"),
      M("1926", 1926, "year"), M("10 July 1913", 1913, "date"), M("134 °F", 134, "quantity", "degF"),
      M("12 hPa", 12, "quantity", "hPa"), M("three hours", 3, "quantity", "hour"),
      R("1,013 to 1,001 hPa", 1013, 1001, "hPa")]),
    # --- pandemic macro
    ("Real GDP growth was −3.4 percent in 2020 and +5.7 percent in 2021; the output gap swung from -2.8 to +1.1 percent of potential. The federal funds rate was held at 0–0.25 percent until March 2022, then raised by 75 basis points at each of four meetings.",
     [M("−3.4 percent", -3.4, "percent", "%"), M("2020", 2020, "year"),
      M("+5.7 percent", 5.7, "percent", "%"), M("2021", 2021, "year"),
      R("-2.8 to +1.1 percent", -2.8, 1.1, "%"), R("0–0.25 percent", 0, 0.25, "%"),
      M("March 2022", 2022, "date"), M("75 basis points", 75, "quantity", "bp"), M("four", 4, "count")]),
    # --- emigration table
    ("Table 4.2. Emigration from the United Kingdom, 1853–1913 (thousands). 1853–60: 1,104; 1861–70: 1,572; 1871–80: 1,678; 1881–90: 2,559. Source: Parliamentary Papers, 1914, vol. LXIX, p. 317.",
     [M("4.2", 4, "identifier"), R("1853–1913", 1853, 1913), R("1853–60", 1853, 1860),
      M("1,104", 1104, "count"), R("1861–70", 1861, 1870), M("1,572", 1572, "count"),
      R("1871–80", 1871, 1880), M("1,678", 1678, "count"), R("1881–90", 1881, 1890),
      M("2,559", 2559, "count"), M("1914", 1914, "reference"), M("LXIX", 69, "reference"),
      M("317", 317, "reference")]),
    # --- SALT
    ("The SALT I Interim Agreement of 26 May 1972 froze ICBM launchers at about 1,618 for the USSR and 1,054 for the United States, and limited the Soviet side to 62 modern ballistic-missile submarines with 950 launchers. The SS-20, deployed from 1976, carried three warheads and had a range of some 5,000 km.",
     [M("I", 1, "ordinal"), M("26 May 1972", 1972, "date"), M("1,618", 1618, "count"),
      M("1,054", 1054, "count"), M("62", 62, "count"), M("950", 950, "count"),
      M("SS-20", 20, "identifier"), M("1976", 1976, "year"), M("three", 3, "count"),
      M("5,000 km", 5000, "quantity", "km")]),
    # --- FLSA
    ("The Fair Labor Standards Act of 1938 (52 Stat. 1060) set a minimum wage of 25 cents an hour, rising to 40 cents within seven years, and a maximum workweek of 44 hours, reduced to 40 hours by October 1940. Children under 16 were barred from most factory work; some 300,000 workers received immediate raises.",
     [M("1938", 1938, "year"), M("52", 52, "reference"), M("1060", 1060, "reference"),
      M("25 cents", 0.25, "money", "USD"), M("40 cents", 0.4, "money", "USD"),
      M("seven years", 7, "quantity", "year"), M("44 hours", 44, "quantity", "hour"),
      M("40 hours", 40, "quantity", "hour"), M("October 1940", 1940, "date"),
      M("16", 16, "quantity", "year"), M("300,000", 300000, "count")]),
    # --- Berlin 1936
    ("At the 1936 Berlin Olympics Jesse Owens won four gold medals, running the 100 metres in 10.3 seconds and long-jumping 8.06 m; the 4 × 100 m relay team set a world record of 39.8 s. Son Kitei won the marathon in 2 hours 29 minutes 19.2 seconds.",
     [M("1936", 1936, "year"), M("four", 4, "count"), M("100 metres", 100, "quantity", "m"),
      M("10.3 seconds", 10.3, "quantity", "s"), M("8.06 m", 8.06, "quantity", "m"),
      M("4", 4, "count"), M("100 m", 100, "quantity", "m"), M("39.8 s", 39.8, "quantity", "s"),
      M("2 hours", 2, "quantity", "hour"), M("29 minutes", 29, "quantity", "minute"),
      M("19.2 seconds", 19.2, "quantity", "s")]),
    # --- infant mortality and influenza
    ("Infant mortality in Glasgow fell from 153 per 1,000 live births in 1900 to 105 in 1930. The 1918–19 influenza pandemic killed an estimated 228,000 people in Britain, with excess mortality peaking in the week ending 2 November 1918. Death rates among those aged 25–34 were 4.1 times those of earlier epidemics.",
     [M("153 per 1,000", 153, "quantity", "‰"), M("1900", 1900, "year"), M("105", 105, "quantity", "‰"),
      M("1930", 1930, "year"), R("1918–19", 1918, 1919), M("228,000", 228000, "count"),
      M("2 November 1918", 1918, "date"), R("25–34", 25, 34, "year"), M("4.1 times", 4.1, "other", "times")]),
    # --- parliamentary return
    ("Return to an Address of the Honourable the House of Commons, dated 9 March 1857;—for a Return of the Number of Persons committed to Prison in Ireland in each of the Years 1850 to 1856. Ordered, by The House of Commons, to be Printed, 24 April 1857. 231.",
     [M("9 March 1857", 1857, "date"), R("1850 to 1856", 1850, 1856), M("24 April 1857", 1857, "date"),
      M("231", 231, "identifier")]),
    # --- Government of India Act
    ("Section 12(b) of the Government of India Act, 1919 (9 & 10 Geo. 5, c. 101) reserved to the Governor-General the power to certify bills; under Schedule II sixteen subjects, including irrigation and land revenue, were 'reserved'. The Act enlarged the electorate to about 5.5 million.",
     [M("12", 12, "identifier"), M("1919", 1919, "year"), M("9", 9, "reference"),
      M("10", 10, "reference"), M("5", 5, "ordinal"), M("101", 101, "identifier"),
      M("II", 2, "identifier"), M("sixteen", 16, "count"), M("5.5 million", 5.5 * MLN, "count", scale=MLN)]),
    # --- footnote lines
    ("¹ Report of the Indian Famine Commission (London, 1880), Part I (C. 2591), para. 67. ² Ibid., pp. 45–67. ³ W. Digby, 'Prosperous' British India (London, 1901), p. 3; cf. R. C. Dutt, The Economic History of India, vol. II, ch. 4.",
     [M("¹", 1, "reference"), M("1880", 1880, "reference"), M("I", 1, "reference"),
      M("2591", 2591, "identifier"), M("67", 67, "reference"), M("²", 2, "reference"),
      M("45–67", 45, "reference", range_end=67), M("³", 3, "reference"), M("1901", 1901, "reference"),
      M("3", 3, "reference"), M("II", 2, "reference"), M("4", 4, "reference")]),
    # --- English demography
    ("The population of England rose from c. 5.7 million in 1750 to 8.7 million in 1801 and 16.8 million by 1851, while the share of the labour force in agriculture fell from about 45 per cent to 22 per cent.",
     [M("5.7 million", 5.7 * MLN, "count", scale=MLN), M("1750", 1750, "year"),
      M("8.7 million", 8.7 * MLN, "count", scale=MLN), M("1801", 1801, "year"),
      M("16.8 million", 16.8 * MLN, "count", scale=MLN), M("1851", 1851, "year"),
      R("45 per cent to 22 per cent", 45, 22, "%")]),
]
# fmt: on


def main() -> None:
    _bh.build_all({"en": EN}, "heldout6", HERE)


if __name__ == "__main__":
    main()
