"""Build the twelfth English numeric-mention development set (``dev_en12_en.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_dev_en12/build_dev_en12.py

A **development** set: the English rules of ``analysis.mentions`` are tuned on it, so its
scores say nothing about generalisation (the held-out sets do that).  Its registers are
English technical and scholarly prose: engineering and IT documentation; statistics and
economics papers; medical and pharmacology texts; historical monographs with footnotes and
archival references; British and American government statistics releases; sports
statistics and almanacs; military and naval history; 18th- and 19th-century books,
newspapers and accounts.  The passages were written in the style of those registers and
annotated blind, from ``docs/numeric-mentions.md`` and the decisions in the docstrings of
``tests/data/mentions_heldout/build_heldout.py`` and the ``build_dev_en*.py`` scripts,
without reading the extractor's code and without running it on them.  Texts are already
normalised (plain spaces, no NBSP / thin spaces).

Each passage is ``(text, [mentions in text order])`` using the ``M`` / ``R`` helpers and
the ``annotate`` validator of ``tests/data/mentions_heldout/build_heldout.py`` (offsets are
found with ``str.find`` from the end of the previous mention, never typed).  No currency
code is added to the validator's ``CURRENCIES`` set.

Decisions taken here where the spec and the earlier docstrings are silent, each with the
example that settled it:

* **Software versions** after a product or release word are ``identifier`` mentions, value
  null when dotted (``Release 4.2``, ``Windows 8.1``, ``OpenSSL ... 1.1.1``); an HTTP
  status code (``a 504 status code``) is an ``identifier`` valued at its number.
* **A thread or grade designation** (``M8`` bolts, ``S355`` steel) is an ``identifier``
  with its letter inside, valued at the digits, like ``В25`` / ``М350``.
* **Cores in a hyphenated adjective** (``16-core processors``) keep the digits only and
  are a ``count`` (the noun is no unit, as ``16-этажный``).
* **A race time in minutes and seconds written with words** (``3 min. 59.4 sec.``) is one
  ``quantity`` in hours, like ``2:08:47``.
* **Finishing places in a results list** (``1. R. Walker ... 2. J. Rector``) are
  ``ordinal`` with the digits only; later bare times in the list take the unit of the first
  (``10.9`` -> ``second``).
* **A batting average** (``average 99.94``) is ``other`` (a value on a scale); runs,
  innings and hundreds are ``count``.
* **A numerical superiority in words** (``three to one``) is one ``other`` mention, value
  null, like betting odds (``13 to 8``).
* **An archival call number with slashes** (``D/P 94/1/2``) is one ``reference``, value
  null; a manuscript number with its folio in a footnote (``Add. MS 72,415, fol. 112``)
  gives two ``reference`` mentions.
* **Two day numbers after ``between ... and`` sharing a month** (``between 16 and 19 March
  1943``) are two dates (a list, as ``between 1929 and 1932``), the first with value null.
* **``April to June 2024``**: a month without a day is no date on its own, so only
  ``June 2024`` is a mention.
* **A number in an inn's name** (``the Swan with Two Necks``) is ``other`` (a proper name
  containing a number).
* **A trial phase in Roman numerals** (``phase III``) is an ``ordinal`` like ``fase 1``;
  a toxicity grade (``grade 3 or 4``) gives two ``identifier`` mentions (class nouns).
* **A respiratory rate in words** (``24 breaths per minute``) is a ``quantity`` in
  ``1/min`` like ``26/min``, the whole phrase inside.
* **Unit codes** used: ``m``, ``mm``, ``kN/m``, ``N*m``, ``GHz``, ``GB``, ``Gbit/s``,
  ``ms``, ``m3/h``, ``kW``, ``rpm``, ``second``, ``minute``, ``hour``, ``day``, ``month``,
  ``year``, ``mg``, ``mg/l``, ``mg/kg``, ``ml/min``, ``1/min``, ``mmHg``, ``degC``, ``minim``,
  ``grain``, ``ton``, ``GRT``, ``inch``, ``kn``, ``mi``, ``yd``, ``acre``, ``cwt``, ``SD``,
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
    # ---- engineering and IT documentation
    ("The main beams are of grade S355 steel, span 7.2 m between column centres and carry a "
     "design load of 12.5 kN/m; deflection under service load shall not exceed 20 mm.",
     [M("S355", 355, "identifier"), M("7.2 m", 7.2, "quantity", "m"),
      M("12.5 kN/m", 12.5, "quantity", "kN/m"), M("20 mm", 20, "quantity", "mm")]),
    ("Tighten the four M8 bolts to 25 N·m in a diagonal sequence and check that the clearance "
     "is between 0.15 and 0.25 mm.",
     [M("four", 4, "count"), M("M8", 8, "identifier"), M("25 N·m", 25, "quantity", "N*m"),
      M("0.15", 0.15, "quantity", "mm"), M("0.25 mm", 0.25, "quantity", "mm")]),
    ("Each compute node has two 16-core processors at 2.9 GHz, 256 GB of memory and a 25 Gbit/s "
     "network interface.",
     [M("two", 2, "count"), M("16", 16, "count"), M("2.9 GHz", 2.9, "quantity", "GHz"),
      M("256 GB", 256, "quantity", "GB"), M("25 Gbit/s", 25, "quantity", "Gbit/s")]),
    ("Requests that do not complete within 30 seconds are terminated and the client receives a "
     "504 status code. The default limit is 100 requests per minute per API key.",
     [M("30 seconds", 30, "quantity", "second"), M("504", 504, "identifier"),
      M("100", 100, "count")]),
    ("Release 4.2 (14 March 2023) drops support for Windows 8.1 and raises the minimum supported "
     "version of OpenSSL to 1.1.1.",
     [M("4.2", None, "identifier"), M("14 March 2023", 2023, "date"),
      M("8.1", None, "identifier"), M("1.1.1", None, "identifier")]),
    ("Table 3. Results of the load test. At 500 concurrent users the median response time was "
     "84 ms and the 99th percentile 410 ms; CPU utilisation peaked at 72%.",
     [M("3", 3, "identifier"), M("500", 500, "count"), M("84 ms", 84, "quantity", "ms"),
      M("99th", 99, "ordinal"), M("410 ms", 410, "quantity", "ms"),
      M("72%", 72, "percent", "%")]),
    ("The pump delivers 45 m³/h at a head of 32 m and is driven by a 7.5 kW motor running at "
     "2,900 rpm.",
     [M("45 m³/h", 45, "quantity", "m3/h"), M("32 m", 32, "quantity", "m"),
      M("7.5 kW", 7.5, "quantity", "kW"), M("2,900 rpm", 2900, "quantity", "rpm")]),
    # ---- statistics and economics papers
    ("Column (2) of Table 4 adds region fixed effects; the coefficient on schooling falls from "
     "0.082 to 0.061 and remains significant at the 1 per cent level (standard error 0.014).",
     [M("2", 2, "identifier"), M("4", 4, "identifier"), R("0.082 to 0.061", 0.082, 0.061),
      M("1 per cent", 1, "percent", "%"), M("0.014", 0.014, "other")]),
    ("We estimate the model on a panel of 1,284 manufacturing firms observed between 2004 and "
     "2019, which yields 15,962 firm-year observations.",
     [M("1,284", 1284, "count"), M("2004", 2004, "year"), M("2019", 2019, "year"),
      M("15,962", 15962, "count")]),
    ("Real GDP grew by 2.3 per cent in 1997, while the unemployment rate fell to 5.4 per cent, "
     "its lowest level since 1973.",
     [M("2.3 per cent", 2.3, "percent", "%"), M("1997", 1997, "year"),
      M("5.4 per cent", 5.4, "percent", "%"), M("1973", 1973, "year")]),
    ("In the baseline calibration the elasticity of substitution is set to 1.5 and the discount "
     "factor to 0.96, following Backus, Kehoe and Kydland (1992).",
     [M("1.5", 1.5, "other"), M("0.96", 0.96, "other"), M("1992", 1992, "reference")]),
    ("Table 2 reports the results. A one standard deviation increase in bank concentration is "
     "associated with a 4.7 percentage point decline in the share of small-firm credit "
     "(t = 3.12).",
     [M("2", 2, "identifier"), M("one standard deviation", 1, "other", "SD"),
      M("4.7 percentage point", 4.7, "percent", "%"), M("3.12", 3.12, "other")]),
    ("Inflation averaged 13.5% a year over 1974–80, and the price level roughly trebled.",
     [M("13.5%", 13.5, "percent", "%"), R("1974–80", 1974, 1980)]),
    ("The sample comprises 48 countries; for 11 of them data before 1960 are unavailable and "
     "are interpolated from the Maddison series.",
     [M("48", 48, "count"), M("11", 11, "count"), M("1960", 1960, "year")]),
    ("Between 1870 and 1913 British overseas investment rose from £1,000 million to £4,000 "
     "million, equivalent to one and a half times the national income.",
     [M("1870", 1870, "year"), M("1913", 1913, "year"),
      R("£1,000 million to £4,000 million", 1000 * MLN, 4000 * MLN, "GBP", MLN),
      M("one and a half times", 1.5, "other", "times")]),
    # ---- medical and pharmacology texts
    ("Adults: 500 mg orally every 8 hours for 7 to 10 days. In patients with a creatinine "
     "clearance below 30 mL/min, reduce the dose to 250 mg every 12 hours.",
     [M("500 mg", 500, "quantity", "mg"), M("8 hours", 8, "quantity", "hour"),
      R("7 to 10 days", 7, 10, "day"), M("30 mL/min", 30, "quantity", "ml/min"),
      M("250 mg", 250, "quantity", "mg"), M("12 hours", 12, "quantity", "hour")]),
    ("On admission her temperature was 38.9 °C, pulse 112/min, blood pressure 96/58 mmHg and "
     "respiratory rate 24 breaths per minute.",
     [M("38.9 °C", 38.9, "quantity", "degC"), M("112/min", 112, "quantity", "1/min"),
      M("96", 96, "quantity", "mmHg"), M("58 mmHg", 58, "quantity", "mmHg"),
      M("24 breaths per minute", 24, "quantity", "1/min")]),
    ("The elimination half-life is approximately 6 hours, and steady state is reached after 4 to "
     "5 doses. About 70% of a dose is excreted unchanged in the urine.",
     [M("6 hours", 6, "quantity", "hour"), R("4 to 5", 4, 5), M("70%", 70, "percent", "%")]),
    ("In the phase III trial, 1,204 participants were randomised in a 2:1 ratio to vaccine or "
     "placebo; efficacy was 91.3% (95% CI, 89.0 to 93.2).",
     [M("III", 3, "ordinal"), M("1,204", 1204, "count"), M("2:1", None, "other"),
      M("91.3%", 91.3, "percent", "%"), M("95%", 95, "percent", "%"),
      R("89.0 to 93.2", 89.0, 93.2)]),
    ("A plasma paracetamol concentration above 100 mg/L at 4 hours after ingestion indicates "
     "the need for acetylcysteine, given as 150 mg/kg over 1 hour.",
     [M("100 mg/L", 100, "quantity", "mg/l"), M("4 hours", 4, "quantity", "hour"),
      M("150 mg/kg", 150, "quantity", "mg/kg"), M("1 hour", 1, "quantity", "hour")]),
    ("Of the 312 patients, 41 (13.1%) developed grade 3 or 4 neutropenia, and two deaths were "
     "attributed to treatment.",
     [M("312", 312, "count"), M("41", 41, "count"), M("13.1%", 13.1, "percent", "%"),
      M("3", 3, "identifier"), M("4", 4, "identifier"), M("two", 2, "count")]),
    ("Dose of the tincture, from ten to thirty minims; of the powdered root, two to five "
     "grains, thrice daily.",
     [R("ten to thirty minims", 10, 30, "minim"), R("two to five grains", 2, 5, "grain")]),
    # ---- historical monographs, footnotes and archival references
    ("By 1642 the company's debts stood at over £40,000,¹² and the directors were obliged to "
     "borrow at 8 per cent.",
     [M("1642", 1642, "year"), M("£40,000", 40000, "money", "GBP"),
      M("¹²", 12, "reference"), M("8 per cent", 8, "percent", "%")]),
    ("23 British Library, Add. MS 72,415, fol. 112; see also R. Brenner, Merchants and "
     "Revolution (Princeton, 1993), pp. 88–91.",
     [M("23", 23, "reference"), M("72,415", 72415, "reference"), M("112", 112, "reference"),
      M("1993", 1993, "reference"), M("88–91", 88, "reference", range_end=91)]),
    ("The rising of 1536 drew perhaps 30,000 men to Doncaster,⁴ a force which outnumbered the "
     "king's army by at least three to one.",
     [M("1536", 1536, "year"), M("30,000", 30000, "count"), M("⁴", 4, "reference"),
      M("three to one", None, "other")]),
    ("Henry VIII's second Act of Succession (28 Hen. VIII c. 7) settled the crown on the heirs "
     "of Jane Seymour.¹⁵",
     [M("VIII", 8, "ordinal"), M("28", 28, "reference"), M("VIII", 8, "reference"),
      M("7", 7, "reference"), M("¹⁵", 15, "reference")]),
    ("In the decade after 1815 the price of wheat fell from 96s. to 44s. per quarter.9 The "
     "landed interest answered with the Corn Law of that year.",
     [M("1815", 1815, "year"), R("96s. to 44s.", lsd(0, 96), lsd(0, 44), "GBP"),
      M("9", 9, "reference")]),
    ("The parish registers record 214 burials in 1665, against an average of 31 in the five "
     "preceding years (Essex Record Office, D/P 94/1/2).",
     [M("214", 214, "count"), M("1665", 1665, "year"), M("31", 31, "count"),
      M("five", 5, "count"), M("94/1/2", None, "reference")]),
    ("See R. H. Tawney, The Agrarian Problem in the Sixteenth Century (London, 1912), pp. "
     "213–15, and Economic History Review, 2nd ser., 18 (1965), 483–96.",
     [M("1912", 1912, "reference"), M("213–15", 213, "reference", range_end=215),
      M("2nd", 2, "reference"), M("18", 18, "reference"), M("1965", 1965, "reference"),
      M("483–96", 483, "reference", range_end=496)]),
    ("The garrison of Calais numbered some 1,200 men in 1540 and cost the Crown £10,000 a "
     "year, a sum equal to a quarter of the ordinary revenue.",
     [M("1,200", 1200, "count"), M("1540", 1540, "year"), M("£10,000", 10000, "money", "GBP"),
      M("a quarter", 0.25, "other")]),
    # ---- British and American government statistics releases
    ("The unemployment rate for people aged 16 years and over was estimated at 4.2% in April to "
     "June 2024, 0.2 percentage points higher than the previous quarter.",
     [M("16 years", 16, "quantity", "year"), M("4.2%", 4.2, "percent", "%"),
      M("June 2024", 2024, "date"), M("0.2 percentage points", 0.2, "percent", "%")]),
    ("Total nonfarm payroll employment rose by 275,000 in February, and the unemployment rate "
     "changed little at 3.9 percent, the U.S. Bureau of Labor Statistics reported today.",
     [M("275,000", 275000, "count"), M("3.9 percent", 3.9, "percent", "%")]),
    ("The Consumer Prices Index rose by 6.7% in the 12 months to September 2023, unchanged from "
     "August. On a monthly basis, CPI rose by 0.5% in September 2023, compared with a rise of "
     "0.6% in September 2022.",
     [M("6.7%", 6.7, "percent", "%"), M("12 months", 12, "quantity", "month"),
      M("September 2023", 2023, "date"), M("0.5%", 0.5, "percent", "%"),
      M("September 2023", 2023, "date"), M("0.6%", 0.6, "percent", "%"),
      M("September 2022", 2022, "date")]),
    ("In 2022/23, 104,510 households were living in temporary accommodation in England, an "
     "increase of 10.0% on 2021/22.",
     [R("2022/23", 2022, 2023), M("104,510", 104510, "count"), M("10.0%", 10.0, "percent", "%"),
      R("2021/22", 2021, 2022)]),
    ("Median weekly earnings of the nation's 119.0 million full-time wage and salary workers "
     "were $1,139 in the first quarter of 2024 (not seasonally adjusted).",
     [M("119.0 million", 119 * MLN, "count", None, MLN), M("$1,139", 1139, "money", "USD"),
      M("2024", 2024, "year")]),
    ("Provisional figures show 1,695 people were killed in reported road collisions in Great "
     "Britain in the year ending June 2023, a 3% decrease compared with the year ending June "
     "2022.",
     [M("1,695", 1695, "count"), M("June 2023", 2023, "date"), M("3%", 3, "percent", "%"),
      M("June 2022", 2022, "date")]),
    ("The resident population of the United States was 334,914,895 on July 1, 2023, an "
     "increase of 0.49% from 2022.",
     [M("334,914,895", 334914895, "count"), M("July 1, 2023", 2023, "date"),
      M("0.49%", 0.49, "percent", "%"), M("2022", 2022, "year")]),
    ("Table 1a: Long-term international migration, UK, year ending December 2019 to year ending "
     "December 2023 (thousands)",
     [M("1a", 1, "identifier"), M("December 2019", 2019, "date"),
      M("December 2023", 2023, "date")]),
    # ---- sports statistics and almanacs
    ("D. G. Bradman (Australia): 52 Tests, 80 innings, 10 not out, 6,996 runs, highest score 334, "
     "average 99.94, 29 hundreds.",
     [M("52", 52, "count"), M("80", 80, "count"), M("10", 10, "count"),
      M("6,996", 6996, "count"), M("334", 334, "count"), M("99.94", 99.94, "other"),
      M("29", 29, "count")]),
    ("Bannister ran the mile in 3 min. 59.4 sec. at the Iffley Road track, Oxford, on 6 May "
     "1954.",
     [M("3 min. 59.4 sec.", hm(0, 3, 59.4), "quantity", "hour"),
      M("6 May 1954", 1954, "date")]),
    ("Arsenal beat Leeds 3-1 at Highbury before a crowd of 41,214; Drake scored twice in the "
     "first 20 minutes.",
     [M("3-1", None, "other"), M("41,214", 41214, "count"),
      M("20 minutes", 20, "quantity", "minute")]),
    ("Babe Ruth hit 60 home runs in 1927, a record that stood until Roger Maris hit 61 in 1961.",
     [M("60", 60, "count"), M("1927", 1927, "year"), M("61", 61, "count"),
      M("1961", 1961, "year")]),
    ("London, 1908. 100 metres: 1. R. Walker (South Africa) 10.8 sec.; 2. J. Rector (USA) "
     "10.9; 3. R. Kerr (Canada) 11.0.",
     [M("1908", 1908, "year"), M("100 metres", 100, "quantity", "m"), M("1", 1, "ordinal"),
      M("10.8 sec.", 10.8, "quantity", "second"), M("2", 2, "ordinal"),
      M("10.9", 10.9, "quantity", "second"), M("3", 3, "ordinal"),
      M("11.0", 11.0, "quantity", "second")]),
    ("HIGH WATER AT LONDON BRIDGE.—Jan. 1, morn. 2h. 14m., even. 2h. 41m.; Jan. 2, morn. "
     "3h. 5m.",
     [M("Jan. 1", None, "date"), M("2h. 14m.", hm(2, 14), "other"),
      M("2h. 41m.", hm(2, 41), "other"), M("Jan. 2", None, "date"),
      M("3h. 5m.", hm(3, 5), "other")]),
    # ---- military and naval history
    ("HMS Hood, of 42,100 tons, mounted eight 15-inch guns and had a designed speed of 31 knots; "
     "she was sunk on 24 May 1941 with the loss of all but three of her 1,418 crew.",
     [M("42,100 tons", 42100, "quantity", "ton"), M("eight", 8, "count"),
      M("15-inch", 15, "quantity", "inch"), M("31 knots", 31, "quantity", "kn"),
      M("24 May 1941", 1941, "date"), M("three", 3, "count"), M("1,418", 1418, "count")]),
    ("The 2nd Battalion went into the line east of Ypres on the night of 21/22 October with 24 "
     "officers and 812 other ranks.",
     [M("2nd", 2, "ordinal"), M("21/22 October", None, "date"), M("24", 24, "count"),
      M("812", 812, "count")]),
    ("XXX Corps was to advance 64 miles along a single road to Arnhem within two to three days.",
     [M("XXX", 30, "ordinal"), M("64 miles", 64, "quantity", "mi"),
      R("two to three days", 2, 3, "day")]),
    ("Casualties, 1 July 1916: killed 19,240; wounded 35,493; missing 2,152; prisoners 585; "
     "total 57,470.",
     [M("1 July 1916", 1916, "date"), M("19,240", 19240, "count"), M("35,493", 35493, "count"),
      M("2,152", 2152, "count"), M("585", 585, "count"), M("57,470", 57470, "count")]),
    ("Convoy SC 122, of 50 merchant ships, lost 9 vessels totalling 53,094 GRT between 16 and 19 "
     "March 1943.",
     [M("122", 122, "identifier"), M("50", 50, "count"), M("9", 9, "count"),
      M("53,094 GRT", 53094, "quantity", "GRT"), M("16", None, "date"),
      M("19 March 1943", 1943, "date")]),
    ("On 7 December 1941 six carriers launched 353 aircraft in two waves; 2,403 Americans were "
     "killed.",
     [M("7 December 1941", 1941, "date"), M("six", 6, "count"), M("353", 353, "count"),
      M("two", 2, "count"), M("2,403", 2403, "count")]),
    ("The 20th Foot lost 302 of its 483 officers and men at Minden on 1 August 1759.",
     [M("20th", 20, "ordinal"), M("302", 302, "count"), M("483", 483, "count"),
      M("1 August 1759", 1759, "date")]),
    ("III Corps held a front of 12,000 yards with only three divisions, each at about 60 per "
     "cent. of its establishment.",
     [M("III", 3, "ordinal"), M("12,000 yards", 12000, "quantity", "yd"),
      M("three", 3, "count"), M("60 per cent.", 60, "percent", "%")]),
    # ---- 18th- and 19th-century books, newspapers and accounts
    ("To be SOLD by AUCTION, on Thursday the 12th of June, 1788, at the Sign of the Bell in Ware, "
     "Eleven Acres of Meadow Land, now let at £22 per Annum.",
     [M("12th of June, 1788", 1788, "date"), M("Eleven Acres", 11, "quantity", "acre"),
      M("£22", 22, "money", "GBP")]),
    ("Bread is now sold at 9½d. the quartern loaf, and beef at 7d. per lb.",
     [M("9½d.", lsd(0, 0, 9.5), "money", "GBP"), M("7d.", lsd(0, 0, 7), "money", "GBP")]),
    ("Paid Mr. Jones for 3 cwt. of coals, £1 4s. 6d.; at the turnpike, 1s. 2d.; total, £1 5s. "
     "8d.",
     [M("3 cwt.", 3, "quantity", "cwt"), M("£1 4s. 6d.", lsd(1, 4, 6), "money", "GBP"),
      M("1s. 2d.", lsd(0, 1, 2), "money", "GBP"), M("£1 5s. 8d.", lsd(1, 5, 8), "money", "GBP")]),
    ("The population of Manchester, which in 1774 was estimated at 41,032, had risen by 1831 to "
     "142,026, being an increase of nearly 250 per cent. in fifty-seven years.",
     [M("1774", 1774, "year"), M("41,032", 41032, "count"), M("1831", 1831, "year"),
      M("142,026", 142026, "count"), M("250 per cent.", 250, "percent", "%"),
      M("fifty-seven years", 57, "quantity", "year")]),
    ("The mail-coach leaves the Swan with Two Necks, Lad Lane, every evening at half past seven, "
     "and performs the journey of 186 miles to Manchester in 24 hours.",
     [M("Two", 2, "other"), M("half past seven", 7.5, "other"),
      M("186 miles", 186, "quantity", "mi"), M("24 hours", 24, "quantity", "hour")]),
    ("CHAP. VIII. Of the Wages of Labour. The wages of a common labourer in London are eighteen "
     "pence a day, and in Edinburgh ten pence.",
     [M("VIII", 8, "identifier"), M("eighteen pence", lsd(0, 0, 18), "money", "GBP"),
      M("ten pence", lsd(0, 0, 10), "money", "GBP")]),
    ("LONDON, Saturday, Oct. 3.—Consols closed yesterday at 90 7/8 for money; Exchequer Bills "
     "15s. to 18s. premium.",
     [M("Oct. 3", None, "date"), M("90 7/8", 90.875, "other"),
      R("15s. to 18s.", lsd(0, 15), lsd(0, 18), "GBP")]),
    ("A.D. 1666. The great fire of London began on the 2d of September, and raged for four days, "
     "consuming 13,200 houses and 87 churches.",
     [M("1666", 1666, "year"), M("2d of September", None, "date"),
      M("four days", 4, "quantity", "day"), M("13,200", 13200, "count"),
      M("87", 87, "count")]),
]
# fmt: on


def main() -> None:
    _bh.build_all({"en": EN}, "dev_en12", HERE)


if __name__ == "__main__":
    main()
