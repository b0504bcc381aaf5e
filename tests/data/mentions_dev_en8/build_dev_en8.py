"""Build the eighth English numeric-mention development set (``dev_en8_en.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_dev_en8/build_dev_en8.py

A **development** set: the English rules of ``analysis.mentions`` are tuned on it, so its
scores say nothing about generalisation (the held-out sets do that).  It covers **official
and academic** English: research articles in physics, chemistry, biology, economics,
psychology and history (in-text citations, numbered and superscript footnote markers,
reference-list lines); legal judgments, statutes and contracts; central-bank, IMF, World
Bank and UN reports; government white papers and budget statements; annual reports and
financial filings; NGO and think-tank reports; history monographs with footnote lines;
conference proceedings; patents; standards and technical reports; textbooks.  The passages
were written for this set in the style of those registers and annotated **blind**, from
``docs/numeric-mentions.md`` and the decisions in the docstrings of
``tests/data/mentions_heldout/build_heldout.py``, ``mentions_heldout2``,
``mentions_heldout3`` and the ``build_dev_*.py`` scripts, without reading the extractor's
code and without running it on them.  Texts are already normalised (plain spaces, no
NBSP / thin spaces).

Each passage is ``(text, [mentions in text order])`` using the ``M`` / ``R`` helpers and
the ``annotate`` validator of ``tests/data/mentions_heldout/build_heldout.py`` (offsets are
found with ``str.find`` from the end of the previous mention, never typed).  The
validator's ``CURRENCIES`` set is extended in memory (not in that file) with ``XDR`` (the
IMF's SDR) and ``INR`` (rupees).

Decisions taken here where the spec and the earlier docstrings are silent, each with the
example that settled it:

* **A significance in sigmas** ``5.1σ`` is ``other`` with the glued ``σ`` inside and unit
  ``SD`` (standard deviations, as the Indonesian z-scores ``-2,31 SD``); ``one standard
  deviation`` in words is likewise ``other`` 1, unit ``SD``, the unit words inside.
* **Test statistics**: the degrees of freedom in ``t(147)`` and ``F(2, 186)`` are ``other``
  (parameters of the test, like coefficients), and so are the statistic, ``p``, Cohen's
  ``d`` and Cronbach's alpha (``.87`` with its leading point inside); a factorial design
  ``2 × 3`` gives two ``count`` mentions (levels of two factors).  An ``SD`` after a mean
  in a unit takes that unit (``mean age = 19.6 years, SD = 1.4`` -> ``1.4`` year;
  ``M = 712 ms, SD = 98`` -> ``98`` ms), an elided unit.
* **Numbered things in papers**: compound numbers (``aldehyde 3``, ``alcohol 4``), samples
  with a letter glued (``S2``) and figure panels (``Fig. 3a``, ``Fig. 2b``, letter inside,
  value the number) are ``identifier``; a name ending in a number after a hyphen
  (``MOF-5``) is ``other`` with the digits only, like ``Covid-19``; chemical formulae
  (``NaBH4``, ``CDCl3``, ``CO2e``) contain no mention, like ``CO2`` in the first English set.
  A gravitational-wave event name ``GW150914`` is one ``identifier`` (value 150914), like
  ``A325``.
* **Bracketed paragraph numbers** opening a paragraph of a judgment (``[12]``) or of a
  patent application (``[0004]`` -> 4) are ``identifier`` with the brackets outside, like a
  judgment's ``1.``; they are not footnote markers.  The patent formula ``In one
  embodiment`` is an idiom built on "one" (no mention).
* **Statutory instruments and resolutions** with year/number or session/number
  (``SI 2013/1893``, ``Regulation (EU) 2016/679``, ``resolution 78/172``) are one
  ``identifier`` whose value is the document's own number (1893, 679, 172), the series
  word outside; ``level 5 on the standard scale`` is an ``identifier`` (a class on a scale,
  like ``Category 4``).
* **A currency named with its country before the currency word** in a contract's
  words-in-brackets (``twelve million five hundred thousand United States dollars``) is one
  money mention with the country words inside; ``thirty (30) days`` and ``five (5) years``
  give two quantities each, the figure in brackets with its digits only.
* **Fed-style mixed numbers** ``4-3/4`` are one number (4.75): ``4-3/4 to 5 percent`` is a
  range 4.75..5 %; ``1/2 percentage point`` is a ``percent`` 0.5.
* **Lakh crore** multiplies: ``₹48.21 lakh crore`` -> 4.821e13 INR with scale 1e12 (the
  product of the two scale words), ``₹`` inside like ``$``.
* **Fiscal-year ranges with the label repeated** ``FY25–FY29`` are one ``range``
  2025..2029 from the first digits, the inner ``FY`` inside (like the middle word of ``1941
  жылдан 1945``), the first ``FY`` outside.
* **Names of aggregates and ratios containing a digit** (``M3`` broad money, ``CET1``) are
  ``other`` with the digit only (glued), like ``L2``; ``Scope 1 and 2`` emissions are two
  identifiers (numbered categories).
* **Machine-learning scores** ``28.4 BLEU`` are ``other`` with the digits only (a metric
  value, the metric's name outside); a year after a benchmark's name (``WMT 2014``) is a
  ``year`` like ``Census 2021``.  A conference's ordinal in a proceedings title inside a
  citation (``the 37th International Conference``) stays an ``ordinal``, like a century
  in a quoted title.
* **A tolerance on a bracketed value** ``(50 ± 10) %`` gives two ``percent`` mentions with
  the digits only (the shared sign after the bracket); ``23 °C ± 2 °C`` two quantities.
* **Sections of standards and worked examples** (``4.2.3``, ``Example 3.4``, ``Table 5.1``,
  an exercise ``7.1``) are ``identifier`` with value null; standard numbers (``ISO 291``,
  ``BS EN 206``) are identifiers; pH values are ``other``.
* **Archival citations in footnotes**: a National Archives piece ``PRO 30/8/195`` is one
  ``reference`` (value null), folios ``ff. 12–14v`` a reference range with the verso ``v``
  outside (glued); a part of a parliamentary paper (``Population Tables I``) is a
  ``reference`` like a volume; a census title year
  (``Census of Great Britain, 1851``) and a date range in a book title (``1815–1896``) keep
  their year kinds.
* **``Nd`` with and without a dot**: a medieval wage ``2d. a day`` is pence (money, 2/240
  GBP, the dot inside), while ``2d Session`` in a bill's header is the old ordinal spelling
  (``ordinal`` 2); in a regnal citation ``25 Edw. III, st. 2`` the statute number is an
  ``identifier`` like a chapter.
* **Unit codes** used: ``K``, ``Hz``, ``MHz``, ``bar``, ``g``, ``mmol``, ``ml`` (``mL``),
  ``kJ/mol``, ``m2/g``, ``mmol/g``, ``nmol/l`` (``nM``), ``ppm``, ``degC``, ``deg``, ``kg``,
  ``m``, ``mm``, ``cm3``, ``km``, ``lb``, ``t``, ``MW``, ``MPa``, ``m/s``, ``m/s2``, ``ms``,
  ``SD``, ``second``, ``minute``, ``hour``, ``day``, ``week``, ``month``, ``year``,
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
_bh.CURRENCIES.update({"XDR", "INR"})

M, R = _bh.M, _bh.R
K, MLN, MLRD, TRLN = 1000, 1_000_000, 1_000_000_000, 1_000_000_000_000
LAKH_CRORE = 100_000 * 10_000_000


def lsd(pounds: float, shillings: float = 0, pence: float = 0) -> float:
    """An amount in pounds, shillings and pence, in pounds."""
    return pounds + shillings / 20 + pence / 240


def hm(h: int, m: int = 0, s: float = 0) -> float:
    """A clock time or duration in hours."""
    return h + m / 60 + s / 3600


# fmt: off
# ============================================================================ en
EN = [
    # ---- physics
    ("The LIGO detectors observed the transient GW150914 on 14 September 2015 at 09:50:45 UTC¹. "
     "The signal swept upwards in frequency from 35 to 250 Hz and was detected with a "
     "significance greater than 5.1σ.",
     [M("GW150914", 150914, "identifier"), M("14 September 2015", 2015, "date"),
      M("09:50:45", hm(9, 50, 45), "other"), M("¹", 1, "reference", glued=True),
      R("35 to 250 Hz", 35, 250, "Hz"), M("5.1σ", 5.1, "other", "SD")]),
    ("Resistivity was measured between 1.8 K and 300 K. The superconducting transition of sample "
     "S2 occurs at Tc = 38.5 K, with a transition width of 0.4 K (Fig. 3a).",
     [M("1.8 K", 1.8, "quantity", "K"), M("300 K", 300, "quantity", "K"), M("S2", 2, "identifier"),
      M("38.5 K", 38.5, "quantity", "K"), M("0.4 K", 0.4, "quantity", "K"),
      M("3a", 3, "identifier")]),
    ("Our measurement of the inverse fine-structure constant gives 137.035999206 with a "
     "relative uncertainty of 8.1 × 10⁻¹¹ [14], a 2.5-fold improvement on the previous "
     "determination [15].",
     [M("137.035999206", 137.035999206, "other"), M("8.1 × 10⁻¹¹", 8.1e-11, "other"),
      M("14", 14, "reference"), M("2.5-fold", 2.5, "other", "times"),
      M("15", 15, "reference")]),
    ("[23] B. P. Abbott et al. (LIGO Scientific Collaboration and Virgo Collaboration), Phys. "
     "Rev. Lett. 116, 061102 (2016).",
     [M("23", 23, "reference"), M("116", 116, "reference"), M("061102", 61102, "reference"),
      M("2016", 2016, "reference")]),
    # ---- chemistry
    ("To a solution of aldehyde 3 (5.0 mmol) in dry THF (25 mL) at 0 °C was added NaBH4 in "
     "portions, and the mixture was stirred for 2 h. Work-up and flash chromatography gave "
     "alcohol 4 as a colourless oil (1.05 g, 87%).",
     [M("3", 3, "identifier"), M("5.0 mmol", 5.0, "quantity", "mmol"),
      M("25 mL", 25, "quantity", "ml"), M("0 °C", 0, "quantity", "degC"),
      M("2 h", 2, "quantity", "hour"), M("4", 4, "identifier"), M("1.05 g", 1.05, "quantity", "g"),
      M("87%", 87, "percent", "%")]),
    ("The product was obtained as white needles, m.p. 142–144 °C (lit.²² m.p. 143 °C). The "
     "400 MHz spectrum in CDCl3 shows the methoxy singlet at 3.81 ppm and an aromatic doublet "
     "at 7.26 ppm.",
     [R("142–144 °C", 142, 144, "degC"), M("²²", 22, "reference"),
      M("143 °C", 143, "quantity", "degC"), M("400 MHz", 400, "quantity", "MHz"),
      M("3.81 ppm", 3.81, "quantity", "ppm"), M("7.26 ppm", 7.26, "quantity", "ppm")]),
    ("The intermediate decays with a half-life of 2.5 min, and the activation energy obtained "
     "from the Arrhenius plot (Fig. 5) is 52.3 ± 1.8 kJ/mol, in good agreement with the value of "
     "49 kJ/mol reported by Chen et al. (2018).",
     [M("2.5 min", 2.5, "quantity", "minute"), M("5", 5, "identifier"),
      M("52.3", 52.3, "quantity", "kJ/mol"), M("1.8 kJ/mol", 1.8, "quantity", "kJ/mol"),
      M("49 kJ/mol", 49, "quantity", "kJ/mol"), M("2018", 2018, "reference")]),
    ("The BET surface area of activated MOF-5 was 3,800 m²/g, and its CO2 uptake reached 2.1 "
     "mmol/g at 1 bar and 273 K, roughly three times that of the as-synthesised material.",
     [M("5", 5, "other"), M("3,800 m²/g", 3800, "quantity", "m2/g"),
      M("2.1 mmol/g", 2.1, "quantity", "mmol/g"), M("1 bar", 1, "quantity", "bar"),
      M("273 K", 273, "quantity", "K"), M("three times", 3, "other", "times")]),
    # ---- biology
    ("Eight-week-old male mice (n = 12 per group) were housed at 22 ± 1 °C on a 12-h light/dark "
     "cycle and fed a high-fat diet (60% kcal from fat).",
     [M("Eight-week-old", 8, "quantity", "week"), M("12", 12, "count"),
      M("22", 22, "quantity", "degC"), M("1 °C", 1, "quantity", "degC"),
      M("12-h", 12, "quantity", "hour"), M("60%", 60, "percent", "%")]),
    ("Cells were seeded at 2 × 10⁵ cells per well in six-well plates and transfected with 50 nM "
     "siRNA. After 48 h, knockdown efficiency exceeded 80% (Fig. 2b).",
     [M("2 × 10⁵", 2e5, "count"), M("six", 6, "count"), M("50 nM", 50, "quantity", "nmol/l"),
      M("48 h", 48, "quantity", "hour"), M("80%", 80, "percent", "%"),
      M("2b", 2, "identifier")]),
    ("Over three breeding seasons (2019–2021) we ringed 1,146 nestlings at 38 nest boxes; mean "
     "clutch size was 8.4 ± 1.2 eggs.",
     [M("three", 3, "count"), R("2019–2021", 2019, 2021), M("1,146", 1146, "count"),
      M("38", 38, "count"), M("8.4", 8.4, "count"), M("1.2", 1.2, "count")]),
    # ---- economics
    ("Using a panel of 112 countries over 1970–2015, we find that an increase of one standard "
     "deviation in trade openness raises growth of GDP per capita by 0.35 percentage points "
     "(column 3 of Table 4).",
     [M("112", 112, "count"), R("1970–2015", 1970, 2015),
      M("one standard deviation", 1, "other", "SD"),
      M("0.35 percentage points", 0.35, "percent", "%"), M("3", 3, "identifier"),
      M("4", 4, "identifier")]),
    ("Following Card and Krueger (1994), we compare employment at 410 fast-food restaurants in "
     "New Jersey and eastern Pennsylvania before and after the April 1992 increase in New "
     "Jersey's minimum wage from $4.25 to $5.05 per hour.",
     [M("1994", 1994, "reference"), M("410", 410, "count"), M("April 1992", 1992, "date"),
      R("$4.25 to $5.05", 4.25, 5.05, "USD")]),
    ("The elasticity of substitution is estimated at 1.4 (standard error 0.12),⁷ close to the "
     "range of 1.2–1.6 reported in the literature surveyed by Acemoglu (2002, pp. 784–787).",
     [M("1.4", 1.4, "other"), M("0.12", 0.12, "other"), M("⁷", 7, "reference"),
      R("1.2–1.6", 1.2, 1.6), M("2002", 2002, "reference"),
      M("784–787", 784, "reference", range_end=787)]),
    ("Real GDP per head in Britain grew at an average annual rate of 0.5 per cent between 1760 "
     "and 1800 and of 1.1 per cent in 1830–70 (Crafts and Harley 1992, table 2).",
     [M("0.5 per cent", 0.5, "percent", "%"), M("1760", 1760, "year"), M("1800", 1800, "year"),
      M("1.1 per cent", 1.1, "percent", "%"), R("1830–70", 1830, 1870),
      M("1992", 1992, "reference"), M("2", 2, "reference")]),
    # ---- psychology
    ("Participants were 148 undergraduates (102 women; mean age = 19.6 years, SD = 1.4) who "
     "received course credit. Each completed 96 trials of the Stroop task.",
     [M("148", 148, "count"), M("102", 102, "count"), M("19.6 years", 19.6, "quantity", "year"),
      M("1.4", 1.4, "quantity", "year"), M("96", 96, "count")]),
    ("Responses were slower on incongruent than on congruent trials (M = 712 ms, SD = 98 vs. "
     "M = 645 ms, SD = 87), t(147) = 9.84, p < .001.",
     [M("712 ms", 712, "quantity", "ms"), M("98", 98, "quantity", "ms"),
      M("645 ms", 645, "quantity", "ms"), M("87", 87, "quantity", "ms"),
      M("147", 147, "other"), M("9.84", 9.84, "other"), M(".001", 0.001, "other")]),
    ("A 2 × 3 mixed ANOVA revealed a main effect of condition, F(2, 186) = 5.43, p = .005, "
     "d = 0.41, but no interaction.",
     [M("2", 2, "count"), M("3", 3, "count"), M("2", 2, "other"), M("186", 186, "other"),
      M("5.43", 5.43, "other"), M(".005", 0.005, "other"), M("0.41", 0.41, "other")]),
    ("Scores on the 10-item Rosenberg Self-Esteem Scale range from 10 to 40; internal "
     "consistency in the present sample was good (Cronbach's α = .87). Roughly one in four "
     "respondents (26.3%) scored below 25.",
     [M("10", 10, "count"), R("10 to 40", 10, 40), M(".87", 0.87, "other"),
      M("one in four", 0.25, "other"), M("26.3%", 26.3, "percent", "%"), M("25", 25, "other")]),
    # ---- history (research articles)
    ("The Black Death, the worst demographic catastrophe of the 14th century, reached Melcombe "
     "in June 1348; estimates of mortality in England range from 35 to 50 per cent of the "
     "population (Hatcher 1977, 21–6).",
     [M("14th", 14, "ordinal"), M("June 1348", 1348, "date"),
      R("35 to 50 per cent", 35, 50, "%"), M("1977", 1977, "reference"),
      M("21–6", 21, "reference", range_end=26)]),
    ("In the second half of the 19th century some 55 million Europeans emigrated overseas, more "
     "than 60 per cent of them to the United States.³²",
     [M("half", 0.5, "other"), M("19th", 19, "ordinal"),
      M("55 million", 55 * MLN, "count", None, MLN), M("60 per cent", 60, "percent", "%"),
      M("³²", 32, "reference")]),
    ("Under the Statute of Labourers of 1351 (25 Edw. III, st. 2), reapers were to take no more "
     "than 2d. a day in the first week of August, and a master carpenter 3d.",
     [M("1351", 1351, "year"), M("25", 25, "reference"), M("III", 3, "ordinal"),
      M("2", 2, "identifier"), M("2d.", lsd(0, 0, 2), "money", "GBP"),
      M("3d.", lsd(0, 0, 3), "money", "GBP")]),
    # ---- legal judgments
    ("[12] The claimant was employed by the respondent from 3 March 2014 until her dismissal on "
     "30 June 2021. The tribunal made a basic award of £4,920 under section 119 of the "
     "Employment Rights Act 1996.",
     [M("12", 12, "identifier"), M("3 March 2014", 2014, "date"), M("30 June 2021", 2021, "date"),
      M("£4,920", 4920, "money", "GBP"), M("119", 119, "identifier"), M("1996", 1996, "year")]),
    ("The district court sentenced Ortiz to 151 months' imprisonment, the bottom of the "
     "Guidelines range of 151 to 188 months. See United States v. Booker, 543 U.S. 220, 245 "
     "(2005). We affirm.",
     [M("151 months", 151, "quantity", "month"), R("151 to 188 months", 151, 188, "month"),
      M("543", 543, "reference"), M("220", 220, "reference"), M("245", 245, "reference"),
      M("2005", 2005, "reference")]),
    ("LORD REED (with whom Lady Hale, Lord Kerr and Lord Hodge agree): 1. This appeal concerns the "
     "fees payable in employment tribunals under the Fees Order 2013 (SI 2013/1893), which "
     "came into force on 29 July 2013.",
     [M("1", 1, "identifier"), M("2013", 2013, "year"), M("2013/1893", 1893, "identifier"),
      M("29 July 2013", 2013, "date")]),
    ("The jury's award of $2.9 million in punitive damages was remitted to $480,000, a ratio of "
     "roughly 1.6 to 1 to the compensatory award. See State Farm Mut. Automobile Ins. Co. v. "
     "Campbell, 538 U.S. 408 (2003).",
     [M("$2.9 million", 2.9 * MLN, "money", "USD", MLN), M("$480,000", 480000, "money", "USD"),
      M("1.6 to 1", None, "other"), M("538", 538, "reference"), M("408", 408, "reference"),
      M("2003", 2003, "reference")]),
    # ---- statutes
    ("Section 1. (1) A person guilty of an offence under this section is liable on summary "
     "conviction to imprisonment for a term not exceeding 6 months or a fine not exceeding level "
     "5 on the standard scale, or both. (2) In subsection (1) 'premises' includes any vehicle.",
     [M("1", 1, "identifier"), M("1", 1, "identifier"), M("6 months", 6, "quantity", "month"),
      M("5", 5, "identifier"), M("2", 2, "identifier"), M("1", 1, "identifier")]),
    ("118th CONGRESS 2d Session H. R. 4821. (a) In general.—Not later than 180 days after the date "
     "of enactment of this Act, the Secretary shall submit to Congress a report on grants awarded "
     "under section 4021 during fiscal years 2023 through 2025.",
     [M("118th", 118, "ordinal"), M("2d", 2, "ordinal"), M("4821", 4821, "identifier"),
      M("180 days", 180, "quantity", "day"), M("4021", 4021, "identifier"),
      R("2023 through 2025", 2023, 2025)]),
    ("Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April 2016, "
     "Article 83(5): infringements shall be subject to administrative fines up to 20 000 000 EUR, "
     "or in the case of an undertaking, up to 4 % of the total worldwide annual turnover of the "
     "preceding financial year, whichever is higher.",
     [M("2016/679", 679, "identifier"), M("27 April 2016", 2016, "date"),
      M("83", 83, "identifier"), M("5", 5, "identifier"),
      M("20 000 000 EUR", 20 * MLN, "money", "EUR"), M("4 %", 4, "percent", "%")]),
    # ---- contracts
    ("This Agreement is dated 14/03/2023. 3.1 The Purchase Price shall be USD 12,500,000 (twelve "
     "million five hundred thousand United States dollars), payable within thirty (30) days after "
     "Completion.",
     [M("14/03/2023", 2023, "date"), M("3.1", None, "identifier"),
      M("USD 12,500,000", 12.5 * MLN, "money", "USD"),
      M("twelve million five hundred thousand United States dollars", 12.5 * MLN, "money", "USD",
        MLN),
      M("thirty", 30, "quantity", "day"), M("30", 30, "quantity", "day")]),
    ("THIS LEASE is made the 1st day of October 2023. The Term shall be five (5) years from the "
     "Commencement Date at an initial annual rent of £42,000 exclusive of VAT, payable by equal "
     "quarterly instalments in advance, subject to upward-only review on the third anniversary.",
     [M("1st day of October 2023", 2023, "date"), M("five", 5, "quantity", "year"),
      M("5", 5, "quantity", "year"), M("£42,000", 42000, "money", "GBP")]),
    ("'Margin' means 2.75 per cent. per annum. Interest shall accrue from day to day on the basis "
     "of a 360-day year and be payable on the last day of each Interest Period of three Months; "
     "default interest accrues at 2 per cent. per annum above that rate (Clause 11.3).",
     [M("2.75 per cent.", 2.75, "percent", "%"), M("360-day", 360, "quantity", "day"),
      M("three Months", 3, "quantity", "month"), M("2 per cent.", 2, "percent", "%"),
      M("11.3", None, "identifier")]),
    # ---- central banks
    ("At its meeting ending on 18 September 2024, the Monetary Policy Committee voted by a "
     "majority of 8–1 to maintain Bank Rate at 5%. Twelve-month CPI inflation was 2.2% in August, "
     "unchanged from July and close to the 2% target.",
     [M("18 September 2024", 2024, "date"), M("8–1", None, "other"), M("5%", 5, "percent", "%"),
      M("Twelve-month", 12, "quantity", "month"), M("2.2%", 2.2, "percent", "%"),
      M("2%", 2, "percent", "%")]),
    ("The Committee decided to lower the target range for the federal funds rate by 1/2 "
     "percentage point to 4-3/4 to 5 percent. The Committee seeks to achieve maximum employment "
     "and inflation at the rate of 2 percent over the longer run.",
     [M("1/2 percentage point", 0.5, "percent", "%"), R("4-3/4 to 5 percent", 4.75, 5, "%"),
      M("2 percent", 2, "percent", "%")]),
    ("The Governing Council today decided to lower the three key ECB interest rates by 25 basis "
     "points. Accordingly, the deposit facility rate will be reduced to 3.25%, with effect from "
     "23 October 2024. Staff projections see headline inflation averaging 2.5% in 2024.",
     [M("three", 3, "count"), M("25 basis points", 0.25, "percent", "%"),
      M("3.25%", 3.25, "percent", "%"), M("23 October 2024", 2024, "date"),
      M("2.5%", 2.5, "percent", "%"), M("2024", 2024, "year")]),
    ("Broad money (M3) grew by 9.7 per cent year-on-year in Q2 2024. Gross foreign exchange "
     "reserves stood at US$ 652.9 billion at end-June, equivalent to 11 months of projected "
     "imports.",
     [M("3", 3, "other", glued=True), M("9.7 per cent", 9.7, "percent", "%"),
      M("Q2", 2, "ordinal"), M("2024", 2024, "year"),
      M("US$ 652.9 billion", 652.9 * MLRD, "money", "USD", MLRD),
      M("11 months", 11, "quantity", "month")]),
    # ---- IMF and World Bank
    ("Global growth is projected at 3.2 percent in 2024, while global headline inflation is "
     "expected to fall from an annual average of 6.8 percent in 2023 to 4.5 percent in 2025.",
     [M("3.2 percent", 3.2, "percent", "%"), M("2024", 2024, "year"),
      M("6.8 percent", 6.8, "percent", "%"), M("2023", 2023, "year"),
      M("4.5 percent", 4.5, "percent", "%"), M("2025", 2025, "year")]),
    ("On March 29, 2024, the Executive Board completed the first and second reviews of Egypt's "
     "46-month Extended Arrangement, allowing an immediate disbursement of SDR 617 million (about "
     "US$820 million). The arrangement was augmented to SDR 6.09 billion, or 599.4 percent of "
     "quota.",
     [M("March 29, 2024", 2024, "date"), M("46-month", 46, "quantity", "month"),
      M("SDR 617 million", 617 * MLN, "money", "XDR", MLN),
      M("US$820 million", 820 * MLN, "money", "USD", MLN),
      M("SDR 6.09 billion", 6.09 * MLRD, "money", "XDR", MLRD),
      M("599.4 percent", 599.4, "percent", "%")]),
    ("Some 700 million people, or 8.5 percent of the world's population, lived in extreme "
     "poverty in 2024, below the international poverty line of $2.15 a day; at current rates it "
     "would take more than 30 years to end it.",
     [M("700 million", 700 * MLN, "count", None, MLN), M("8.5 percent", 8.5, "percent", "%"),
      M("2024", 2024, "year"), M("$2.15", 2.15, "money", "USD"),
      M("30 years", 30, "quantity", "year")]),
    ("The proposed IDA credit of SDR 112.9 million (US$150 million equivalent) will finance the "
     "rehabilitation of 1,250 km of rural roads and 46 bridges over a five-year implementation "
     "period (FY25–FY29).",
     [M("SDR 112.9 million", 112.9 * MLN, "money", "XDR", MLN),
      M("US$150 million", 150 * MLN, "money", "USD", MLN), M("1,250 km", 1250, "quantity", "km"),
      M("46", 46, "count"), M("five-year", 5, "quantity", "year"),
      R("25–FY29", 2025, 2029, glued=True)]),
    # ---- United Nations
    ("According to the latest estimates, 733 million people faced hunger in 2023, equivalent to "
     "one in eleven people globally and one in five in Africa. Around 2.33 billion people were "
     "moderately or severely food insecure, a number that has not changed significantly since "
     "2020.",
     [M("733 million", 733 * MLN, "count", None, MLN), M("2023", 2023, "year"),
      M("one in eleven", 1 / 11, "other"), M("one in five", 0.2, "other"),
      M("2.33 billion", 2.33 * MLRD, "count", None, MLRD), M("2020", 2020, "year")]),
    ("1. The present report is submitted pursuant to General Assembly resolution 78/172, in which "
     "the Assembly requested the Secretary-General to report at its seventy-ninth session. 2. As "
     "at 31 July 2024, 196 States were parties to the Convention.",
     [M("1", 1, "identifier"), M("78/172", 172, "identifier"), M("2", 2, "identifier"),
      M("31 July 2024", 2024, "date"), M("196", 196, "count")]),
    # ---- government white papers and budget statements
    ("Public sector net borrowing is forecast to be £87.2 billion in 2024-25, or 3.1 per cent of "
     "GDP, falling to £39.2 billion by 2028-29. From 6 April 2024 the main rate of employee "
     "National Insurance contributions will be cut from 10% to 8%.",
     [M("£87.2 billion", 87.2 * MLRD, "money", "GBP", MLRD), R("2024-25", 2024, 2025),
      M("3.1 per cent", 3.1, "percent", "%"), M("£39.2 billion", 39.2 * MLRD, "money", "GBP", MLRD),
      R("2028-29", 2028, 2029), M("6 April 2024", 2024, "date"), R("10% to 8%", 10, 8, "%")]),
    ("The Budget proposes $1.9 trillion in discretionary spending for FY 2025. Table S–4 shows "
     "outlays rising from 23.1 percent of GDP in 2024 to 24.4 percent in 2034.",
     [M("$1.9 trillion", 1.9 * TRLN, "money", "USD", TRLN), M("2025", 2025, "year"),
      M("S–4", 4, "identifier"), M("23.1 percent", 23.1, "percent", "%"), M("2024", 2024, "year"),
      M("24.4 percent", 24.4, "percent", "%"), M("2034", 2034, "year")]),
    ("The Government will invest £3.9 billion over the next three years to decarbonise homes and "
     "buildings, and aims for 600,000 heat pump installations a year by 2028 (Chapter 4).",
     [M("£3.9 billion", 3.9 * MLRD, "money", "GBP", MLRD), M("three years", 3, "quantity", "year"),
      M("600,000", 600000, "count"), M("2028", 2028, "year"), M("4", 4, "identifier")]),
    ("The fiscal deficit for 2024-25 is estimated at 4.9 per cent of GDP. Total expenditure is "
     "estimated at ₹48.21 lakh crore, of which capital expenditure accounts for ₹11.11 lakh "
     "crore, or 3.4 per cent of GDP.",
     [R("2024-25", 2024, 2025), M("4.9 per cent", 4.9, "percent", "%"),
      M("₹48.21 lakh crore", 48.21 * LAKH_CRORE, "money", "INR", TRLN),
      M("₹11.11 lakh crore", 11.11 * LAKH_CRORE, "money", "INR", TRLN),
      M("3.4 per cent", 3.4, "percent", "%")]),
    # ---- annual reports and financial filings
    ("Revenue for the year ended 31 March 2024 was £4,832 million (2023: £4,517 million), an "
     "increase of 7.0%. Basic earnings per share were 41.6p, and the Board recommends a final "
     "dividend of 12.4p per ordinary share.",
     [M("31 March 2024", 2024, "date"), M("£4,832 million", 4832 * MLN, "money", "GBP", MLN),
      M("2023", 2023, "year"), M("£4,517 million", 4517 * MLN, "money", "GBP", MLN),
      M("7.0%", 7.0, "percent", "%"), M("41.6p", 0.416, "money", "GBP"),
      M("12.4p", 0.124, "money", "GBP")]),
    ("As of June 30, 2024, we had $27.1 billion in cash, cash equivalents and marketable "
     "securities. During the three months ended June 30, 2024, we repurchased 12.4 million shares "
     "of our Class A common stock for an aggregate amount of $6.0 billion.",
     [M("June 30, 2024", 2024, "date"), M("$27.1 billion", 27.1 * MLRD, "money", "USD", MLRD),
      M("three months", 3, "quantity", "month"), M("June 30, 2024", 2024, "date"),
      M("12.4 million", 12.4 * MLN, "count", None, MLN),
      M("$6.0 billion", 6.0 * MLRD, "money", "USD", MLRD)]),
    ("Group headcount at 31 December 2023 was 18,240. Scope 1 and 2 emissions fell by 14% to "
     "212,000 tonnes of CO2e against our 2019 baseline.",
     [M("31 December 2023", 2023, "date"), M("18,240", 18240, "count"), M("1", 1, "identifier"),
      M("2", 2, "identifier"), M("14%", 14, "percent", "%"),
      M("212,000 tonnes", 212000, "quantity", "t"), M("2019", 2019, "year")]),
    ("The Group's CET1 ratio was 14.2% at 31 December 2023, comfortably above the regulatory "
     "minimum of 10.9%. The cost:income ratio improved by 3.2 percentage points to 52.4%.",
     [M("1", 1, "other", glued=True), M("14.2%", 14.2, "percent", "%"),
      M("31 December 2023", 2023, "date"), M("10.9%", 10.9, "percent", "%"),
      M("3.2 percentage points", 3.2, "percent", "%"), M("52.4%", 52.4, "percent", "%")]),
    # ---- NGOs and think tanks
    ("The richest 1% have captured almost two-thirds of all new wealth worth $42 trillion created "
     "since 2020, nearly twice as much money as the bottom 99% of the world's population.",
     [M("1%", 1, "percent", "%"), M("two-thirds", 2 / 3, "other"),
      M("$42 trillion", 42 * TRLN, "money", "USD", TRLN), M("2020", 2020, "year"),
      M("99%", 99, "percent", "%")]),
    ("Our central estimate is that the policy would raise £9.5 billion a year by 2027–28, but "
     "would reduce the incomes of the poorest 10% of households by 1.7%, compared with 0.4% for "
     "the richest 10% (see Figure 3.2).",
     [M("£9.5 billion", 9.5 * MLRD, "money", "GBP", MLRD), R("2027–28", 2027, 2028),
      M("10%", 10, "percent", "%"), M("1.7%", 1.7, "percent", "%"),
      M("0.4%", 0.4, "percent", "%"), M("10%", 10, "percent", "%"),
      M("3.2", None, "identifier")]),
    ("Since October 2023, more than 1.9 million people, about 90 per cent of the population of "
     "Gaza, have been displaced, many of them repeatedly. An estimated 96 per cent of the "
     "population faces high levels of acute food insecurity, and 495,000 people are in "
     "Catastrophe (IPC Phase 5).",
     [M("October 2023", 2023, "date"), M("1.9 million", 1.9 * MLN, "count", None, MLN),
      M("90 per cent", 90, "percent", "%"), M("96 per cent", 96, "percent", "%"),
      M("495,000", 495000, "count"), M("5", 5, "identifier")]),
    # ---- history monographs with footnote lines
    ("By 1851 the cotton industry employed some 374,000 workers in Lancashire alone,²³ and the "
     "county's population had risen from 673,000 in 1801 to over two million.²⁴",
     [M("1851", 1851, "year"), M("374,000", 374000, "count"), M("²³", 23, "reference"),
      M("673,000", 673000, "count"), M("1801", 1801, "year"),
      M("two million", 2 * MLN, "count", None, MLN), M("²⁴", 24, "reference")]),
    ("23 B. R. Mitchell, Abstract of British Historical Statistics (Cambridge, 1962), p. 187; see "
     "also D. A. Farnie, The English Cotton Industry and the World Market, 1815–1896 (Oxford, "
     "1979), pp. 24–31.",
     [M("23", 23, "reference"), M("1962", 1962, "reference"), M("187", 187, "reference"),
      R("1815–1896", 1815, 1896), M("1979", 1979, "reference"),
      M("24–31", 24, "reference", range_end=31)]),
    ("24 Census of Great Britain, 1851, Population Tables I (PP 1852–3, LXXXV), p. ciii.\n"
     "25 Ibid., p. 46.",
     [M("24", 24, "reference"), M("1851", 1851, "year"), M("I", 1, "reference"),
      M("1852–3", 1852, "reference", range_end=1853), M("LXXXV", 85, "reference"),
      M("ciii", 103, "reference"), M("25", 25, "reference"), M("46", 46, "reference")]),
    ("The Company's ships carried 1,127,000 lb of tea from Canton in 1700–10 but more than 20 "
     "million lb a year by the 1780s, when the Commutation Act of 1784 cut the duty from 119 to "
     "12.5 per cent¹⁸.",
     [M("1,127,000 lb", 1127000, "quantity", "lb"), R("1700–10", 1700, 1710),
      M("20 million lb", 20 * MLN, "quantity", "lb", MLN), M("1780", 1780, "year", glued=True),
      M("1784", 1784, "year"), R("119 to 12.5 per cent", 119, 12.5, "%", glued=True),
      M("¹⁸", 18, "reference", glued=True)]),
    ("18 TNA, PRO 30/8/195, ff. 12–14v. Pitt's own calculation is printed in H. Mui and L. H. "
     "Mui, 'Smuggling and the British Tea Trade', American Historical Review, 74 (1968), 44–73.",
     [M("18", 18, "reference"), M("30/8/195", None, "reference"),
      M("12–14", 12, "reference", range_end=14, glued=True), M("74", 74, "reference"),
      M("1968", 1968, "reference"), M("44–73", 44, "reference", range_end=73)]),
    # ---- conference proceedings
    ("Chen, T., Kornblith, S., Norouzi, M. and Hinton, G. (2020). A simple framework for "
     "contrastive learning of visual representations. In Proceedings of the 37th International "
     "Conference on Machine Learning, vol. 119 of PMLR, pp. 1597–1607.",
     [M("2020", 2020, "reference"), M("37th", 37, "ordinal"), M("119", 119, "reference"),
      M("1597–1607", 1597, "reference", range_end=1607)]),
    ("On the WMT 2014 English-to-German translation task our model achieves 28.4 BLEU, improving "
     "on the best previously reported results by over 2 BLEU, after training for 3.5 days on "
     "eight GPUs.",
     [M("2014", 2014, "year"), M("28.4", 28.4, "other"), M("2", 2, "other"),
      M("3.5 days", 3.5, "quantity", "day"), M("eight", 8, "count")]),
    ("Session 4B: Power Systems. The proposed controller reduces the frequency deviation by 37% "
     "and settles within 2.8 s after a 150 MW load step on the IEEE 39-bus test system.",
     [M("4B", 4, "identifier"), M("37%", 37, "percent", "%"),
      M("2.8 s", 2.8, "quantity", "second"), M("150 MW", 150, "quantity", "MW"),
      M("39", 39, "count")]),
    # ---- patents
    ("[0004] In one embodiment, the housing 102 has a wall thickness of between 0.5 mm and 2.0 mm "
     "and defines a chamber 104 having a volume of about 15 to 25 cm³.",
     [M("0004", 4, "identifier"), M("102", 102, "identifier"), M("0.5 mm", 0.5, "quantity", "mm"),
      M("2.0 mm", 2.0, "quantity", "mm"), M("104", 104, "identifier"),
      R("15 to 25 cm³", 15, 25, "cm3")]),
    ("1. A method of treating water comprising: (a) adjusting the pH of the water to between 6.5 "
     "and 7.5; and (b) contacting the water with an adsorbent at a temperature of from 20 °C to "
     "60 °C for at least 10 minutes. 2. The method of claim 1, wherein the adsorbent is "
     "activated alumina.",
     [M("1", 1, "identifier"), M("6.5", 6.5, "other"), M("7.5", 7.5, "other"),
      R("20 °C to 60 °C", 20, 60, "degC"), M("10 minutes", 10, "quantity", "minute"),
      M("2", 2, "identifier"), M("1", 1, "identifier")]),
    # ---- standards and technical reports
    ("4.2.3 Test specimens shall be conditioned for at least 40 h at 23 °C ± 2 °C and (50 ± 10) % "
     "relative humidity in accordance with ISO 291 before testing.",
     [M("4.2.3", None, "identifier"), M("40 h", 40, "quantity", "hour"),
      M("23 °C", 23, "quantity", "degC"), M("2 °C", 2, "quantity", "degC"),
      M("50", 50, "percent", "%"), M("10", 10, "percent", "%"), M("291", 291, "identifier")]),
    ("Table 5.1 summarises the results. The mean compressive strength at 28 days was 41.7 MPa "
     "against a specified characteristic strength of 35 MPa, and water absorption was 2.9%, "
     "within the 3% limit of BS EN 206.",
     [M("5.1", None, "identifier"), M("28 days", 28, "quantity", "day"),
      M("41.7 MPa", 41.7, "quantity", "MPa"), M("35 MPa", 35, "quantity", "MPa"),
      M("2.9%", 2.9, "percent", "%"), M("3%", 3, "percent", "%"), M("206", 206, "identifier")]),
    # ---- textbooks
    ("Example 3.4. A 2.0 kg block slides from rest down a frictionless incline of angle 30° from a "
     "height of 1.5 m. Taking g = 9.8 m/s², find its speed at the bottom. (Answer: 5.4 m/s.)",
     [M("3.4", None, "identifier"), M("2.0 kg", 2.0, "quantity", "kg"),
      M("30°", 30, "quantity", "deg"), M("1.5 m", 1.5, "quantity", "m"),
      M("9.8 m/s²", 9.8, "quantity", "m/s2"), M("5.4 m/s", 5.4, "quantity", "m/s")]),
    ("7.1 Suppose that at a price of $4 consumers buy 120 units a week, and that when the price "
     "rises to $5 they buy 100 units. Using the midpoint formula, the price elasticity of demand "
     "over this range is about −0.8.",
     [M("7.1", None, "identifier"), M("$4", 4, "money", "USD"), M("120", 120, "count"),
      M("$5", 5, "money", "USD"), M("100", 100, "count"), M("−0.8", -0.8, "other")]),
    ("At 25 °C the ion product of water is 1.0 × 10⁻¹⁴, so a neutral solution has a pH of 7.00. "
     "Blood plasma is normally held between pH 7.35 and 7.45, and a fall below 7.0 is usually "
     "fatal.",
     [M("25 °C", 25, "quantity", "degC"), M("1.0 × 10⁻¹⁴", 1e-14, "other"),
      M("7.00", 7.0, "other"), M("7.35", 7.35, "other"), M("7.45", 7.45, "other"),
      M("7.0", 7.0, "other")]),
]
# fmt: on


def main() -> None:
    _bh.build_all({"en": EN}, "dev_en8", HERE)


if __name__ == "__main__":
    main()
