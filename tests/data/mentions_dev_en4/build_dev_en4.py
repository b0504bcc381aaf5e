"""Build the fourth English numeric-mention development set (``dev_en4_en.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_dev_en4/build_dev_en4.py

A **development** set: the English rules of ``analysis.mentions`` are tuned on it, so its
scores say nothing about generalisation (the held-out sets do that).  Unlike the first
three English development sets, which sought out unusual registers, this one is
deliberately **ordinary, broad** text, to find rules that misfire on everyday English
and everyday phrasing that still defeats the extractor: encyclopedia articles on places,
people, history and science; 19th- and 20th-century newspapers; modern news (politics,
economy, crime, weather, sports, health); history monographs with footnotes; government
and statistical releases; business news; memoirs and travel writing.  The passages were
annotated blind, from ``docs/numeric-mentions.md`` and the decisions in the docstrings of
``tests/data/mentions_heldout/build_heldout.py`` and the ``build_dev_en*.py`` scripts,
without reading the extractor's code and without running it on them.  Texts are already
normalised (plain spaces, no NBSP / thin spaces).

Each passage is ``(text, [mentions in text order])`` using the ``M`` / ``R`` helpers and
the ``annotate`` validator of ``tests/data/mentions_heldout/build_heldout.py`` (offsets are
found with ``str.find`` from the end of the previous mention, never typed).  The
validator's ``CURRENCIES`` set is extended in memory (not in that file) with ``FRF``
(francs) and ``ITL`` (Italian lire).

Decisions taken here where the spec and the earlier docstrings are silent, each with the
example that settled it:

* **Ages written as one hyphenated word** ``a 34-year-old man`` are one ``quantity`` of 34
  years with the whole word inside, like ``two-year`` and ``three-year-olds``.
* **Hurricane categories** ``a Category 4 storm`` name a class on a scale and are an
  ``identifier`` (like ``Grade 3`` and ``IPC Phase 5``), not a magnitude.
* **Index names with a number** ``the FTSE 100`` are a name containing a number, ``other``
  with the digits only (like ``Hornsea 2``); the index level after it is ``other``.  A
  product code with a letter glued to the digits (``H100`` processors) is an
  ``identifier`` with the letter inside (like ``A325``).
* **Alternatives** ``one or two tablets`` are two ``count`` mentions (``or`` is no range
  connector; the hyphenated ``один-два`` stays a range).
* **Points scored in basketball** (``38 points``) are ``other`` with unit ``point``, like
  scores in points; a number qualifying a hyphenated noun that is not a unit
  (``27-member``) keeps the digits only and is a ``count``.
* **A departure time naming a train** (``the 4.15 express``) is a time of day, ``other``
  4.25, as written (no a.m./p.m. supplied).
* **Ratios of parts** ``one part in a trillion`` are one ``other`` mention with the ratio's
  value (1e-12), like ``one in five`` and ``1 in 60``; ``1 in 3 adults`` likewise (0.3333).
* **Cross-references in a footnote** (``see also Table 3.2 above``) are ``reference``
  like table numbers in citations, value null; ``(Table 4)`` in the body text is an
  ``identifier``.
* **A bare age after ``at``** (``died in Princeton at 76``) is a ``quantity`` in years, like
  ``at fourteen`` in an oral history.
* **Unit codes** used: ``m``, ``km``, ``cm``, ``ft``, ``inch``, ``m/s``, ``L``, ``mg``,
  ``t``, ``ton``, ``degC``, ``mph``, ``bpm``, ``second``, ``minute``, ``hour``, ``day``,
  ``week``, ``month``, ``year``, ``point``, ``times``.
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
_bh.CURRENCIES.update({"FRF", "ITL"})

M, R = _bh.M, _bh.R
K, MLN, MLRD, TRLN = 1000, 1_000_000, 1_000_000_000, 1_000_000_000_000


def lsd(pounds: float, shillings: float = 0, pence: float = 0) -> float:
    """An amount in pounds, shillings and pence, in pounds."""
    return pounds + shillings / 20 + pence / 240


def hm(h: int, m: int = 0, s: int = 0) -> float:
    """A clock time or duration in hours."""
    return h + m / 60 + s / 3600


# fmt: off
# ============================================================================ en
EN = [
    # ---- encyclopedia: places
    ("The Eiffel Tower is 330 metres tall and weighs about 10,100 tonnes; it was built in two "
     "years, two months and five days for the 1889 World's Fair and remained the tallest "
     "man-made structure in the world until 1930.",
     [M("330 metres", 330, "quantity", "m"), M("10,100 tonnes", 10100, "quantity", "t"),
      M("two years", 2, "quantity", "year"), M("two months", 2, "quantity", "month"),
      M("five days", 5, "quantity", "day"), M("1889", 1889, "year"), M("1930", 1930, "year")]),
    # ---- encyclopedia: people
    ("Marie Curie (7 November 1867 – 4 July 1934) was a Polish and naturalised-French physicist "
     "and chemist. She was the first woman to win a Nobel Prize, in 1903, and remains the only "
     "person to win it in two scientific fields.",
     [M("7 November 1867", 1867, "date"), M("4 July 1934", 1934, "date"),
      M("1903", 1903, "year"), M("two", 2, "count")]),
    ("Born in Ulm in 1879, Albert Einstein published four groundbreaking papers in 1905, his "
     "annus mirabilis, and received the 1921 Nobel Prize in Physics. He emigrated to the United "
     "States in 1933 and died in Princeton at 76.",
     [M("1879", 1879, "year"), M("four", 4, "count"), M("1905", 1905, "year"),
      M("1921", 1921, "year"), M("1933", 1933, "year"), M("76", 76, "quantity", "year")]),
    ("Louis XIV reigned for 72 years, from 1643 until his death in 1715, and moved the court to "
     "Versailles in 1682; the palace had some 700 rooms and 2,000 windows.",
     [M("XIV", 14, "ordinal"), M("72 years", 72, "quantity", "year"), M("1643", 1643, "year"),
      M("1715", 1715, "year"), M("1682", 1682, "year"), M("700", 700, "count"),
      M("2,000", 2000, "count")]),
    # ---- encyclopedia: history
    ("The Black Death reached England in 1348 and killed between a third and a half of the "
     "population within two years; in some Norfolk villages fewer than 10 families survived.",
     [M("1348", 1348, "year"), M("a third", 1 / 3, "other"), M("a half", 0.5, "other"),
      M("two years", 2, "quantity", "year"), M("10", 10, "count")]),
    ("During the Great Depression US industrial production fell by 47 percent between 1929 and "
     "1932, and unemployment peaked at 24.9 percent in 1933, when some 12.8 million Americans "
     "were out of work.",
     [M("47 percent", 47, "percent", "%"), M("1929", 1929, "year"), M("1932", 1932, "year"),
      M("24.9 percent", 24.9, "percent", "%"), M("1933", 1933, "year"),
      M("12.8 million", 12.8 * MLN, "count", None, MLN)]),
    ("The Titanic sank at 2:20 a.m. on 15 April 1912, less than three hours after striking an "
     "iceberg; of the roughly 2,224 people on board, more than 1,500 died.",
     [M("2:20 a.m.", hm(2, 20), "other"), M("15 April 1912", 1912, "date"),
      M("three hours", 3, "quantity", "hour"), M("2,224", 2224, "count"),
      M("1,500", 1500, "count")]),
    ("London's population grew sixfold in the 19th century, to 6.5 million at the census of "
     "1901, making it the largest city in the world.",
     [M("sixfold", 6, "other", "times"), M("19th", 19, "ordinal"),
      M("6.5 million", 6.5 * MLN, "count", None, MLN), M("1901", 1901, "year")]),
    # ---- encyclopedia: science
    ("Light travels at 299,792,458 metres per second in a vacuum, so sunlight takes about 8 "
     "minutes and 20 seconds to cover the 150 million km between the Sun and the Earth.",
     [M("299,792,458 metres per second", 299792458, "quantity", "m/s"),
      M("8 minutes", 8, "quantity", "minute"), M("20 seconds", 20, "quantity", "second"),
      M("150 million km", 150 * MLN, "quantity", "km", MLN)]),
    ("Carbon-14 has a half-life of 5,730 years, which limits radiocarbon dating to samples "
     "younger than about 50,000 years. The isotope makes up roughly one part in a trillion of "
     "the carbon in the atmosphere.",
     [M("14", 14, "other"), M("5,730 years", 5730, "quantity", "year"),
      M("50,000 years", 50000, "quantity", "year"),
      M("one part in a trillion", 1e-12, "other")]),
    ("An adult human body contains about 37 trillion cells and roughly 5 litres of blood; the "
     "heart beats some 100,000 times a day at a resting rate of 60 to 100 beats per minute.",
     [M("37 trillion", 37 * TRLN, "count", None, TRLN), M("5 litres", 5, "quantity", "L"),
      M("100,000 times", 100000, "other", "times"),
      R("60 to 100 beats per minute", 60, 100, "bpm")]),
    # ---- 19th-century newspapers
    ("FIRE.—About 2 o'clock on Tuesday morning a fire broke out in the store of Messrs. Hall & "
     "Co., No. 47 Front street, and before it could be got under three buildings were destroyed. "
     "The loss is estimated at $18,000, on which there was an insurance of $12,500.",
     [M("2 o'clock", 2, "other", "hour"), M("No. 47", 47, "identifier"), M("three", 3, "count"),
      M("$18,000", 18000, "money", "USD"), M("$12,500", 12500, "money", "USD")]),
    ("The steamship Oceanic arrived at Liverpool on the 12th inst., after a passage of 9 days "
     "14 hours from New York, bringing 214 cabin and 612 steerage passengers and 1,200 bales of "
     "cotton.",
     [M("12th", 12, "ordinal"), M("9 days", 9, "quantity", "day"),
      M("14 hours", 14, "quantity", "hour"), M("214", 214, "count"), M("612", 612, "count"),
      M("1,200", 1200, "count")]),
    ("MARKETS.—Wheat was firm at 52s. 6d. per quarter; flour 38s. per sack. Consols closed at "
     "92⅞ for money.",
     [M("52s. 6d.", lsd(0, 52, 6), "money", "GBP"), M("38s.", lsd(0, 38), "money", "GBP"),
      M("92⅞", 92.875, "other")]),
    ("A terrible accident occurred on the Great Western line near Reading on Saturday evening, "
     "when the 4.15 express from Paddington ran into a goods train. Five persons were killed and "
     "upwards of 30 injured.",
     [M("4.15", hm(4, 15), "other"), M("Five", 5, "count"), M("30", 30, "count")]),
    ("The census just completed shows the population of Chicago to be 1,099,850, against "
     "503,185 in 1880, an increase of 118 per cent. in ten years.",
     [M("1,099,850", 1099850, "count"), M("503,185", 503185, "count"), M("1880", 1880, "year"),
      M("118 per cent.", 118, "percent", "%"), M("ten years", 10, "quantity", "year")]),
    # ---- 20th-century newspapers
    ("WASHINGTON, Dec. 8—Congress declared war on Japan today, less than 24 hours after "
     "Japanese planes attacked Pearl Harbor. The Senate vote was 82 to 0; the House voted 388 "
     "to 1.",
     [M("Dec. 8", None, "date"), M("24 hours", 24, "quantity", "hour"), M("82", 82, "count"),
      M("0", 0, "count"), M("388", 388, "count"), M("1", 1, "count")]),
    ("LONDON, May 8, 1945—Prime Minister Churchill announced at 3 p.m. today that hostilities "
     "in Europe would end officially at one minute after midnight tonight. Crowds estimated at "
     "50,000 gathered in Whitehall.",
     [M("May 8, 1945", 1945, "date"), M("3 p.m.", 15, "other"),
      M("one minute", 1, "quantity", "minute"), M("50,000", 50000, "count")]),
    ("The Apollo 11 lunar module landed in the Sea of Tranquility at 4:17 p.m. Eastern Daylight "
     "Time on July 20, 1969, and six and a half hours later Neil Armstrong stepped onto the "
     "surface.",
     [M("11", 11, "other"), M("4:17 p.m.", hm(16, 17), "other"),
      M("July 20, 1969", 1969, "date"), M("six and a half hours", 6.5, "quantity", "hour")]),
    # ---- modern news: politics
    ("The Senate passed the $1.2 trillion infrastructure bill by 69 votes to 30 on Tuesday, "
     "with 19 Republicans joining all 50 Democrats.",
     [M("$1.2 trillion", 1.2 * TRLN, "money", "USD", TRLN), M("69", 69, "count"),
      M("30", 30, "count"), M("19", 19, "count"), M("50", 50, "count")]),
    ("Turnout in the 2019 general election was 67.3%, down 1.5 points on 2017; the "
     "Conservatives won 365 seats, giving Boris Johnson a majority of 80.",
     [M("2019", 2019, "year"), M("67.3%", 67.3, "percent", "%"),
      M("1.5 points", 1.5, "percent", "%"), M("2017", 2017, "year"), M("365", 365, "count"),
      M("80", 80, "count")]),
    ("The 27-member European Union agreed on Friday to cut net greenhouse gas emissions by at "
     "least 55% by 2030 compared with 1990 levels.",
     [M("27", 27, "count"), M("55%", 55, "percent", "%"), M("2030", 2030, "year"),
      M("1990", 1990, "year")]),
    ("The Prime Minister's spokesman said the government would spend an extra £2.5bn a year on "
     "defence, taking spending to 2.5% of GDP by 2030, up from 2.3% now.",
     [M("£2.5bn", 2.5 * MLRD, "money", "GBP", MLRD), M("2.5%", 2.5, "percent", "%"),
      M("2030", 2030, "year"), M("2.3%", 2.3, "percent", "%")]),
    ("The Supreme Court ruled 6-3 on Friday to overturn Roe v. Wade, the 1973 decision that had "
     "guaranteed a constitutional right to abortion for nearly 50 years.",
     [M("6-3", None, "other"), M("1973", 1973, "year"), M("50 years", 50, "quantity", "year")]),
    # ---- modern news: economy
    ("The Bank of England raised interest rates by 0.25 percentage points to 5.25% on Thursday, "
     "the 14th consecutive increase, as inflation held at 7.9% in June.",
     [M("0.25 percentage points", 0.25, "percent", "%"), M("5.25%", 5.25, "percent", "%"),
      M("14th", 14, "ordinal"), M("7.9%", 7.9, "percent", "%")]),
    ("US employers added 216,000 jobs in December, and the unemployment rate held at 3.7%, the "
     "Labor Department said; average hourly earnings rose 4.1% from a year earlier to $34.27.",
     [M("216,000", 216000, "count"), M("3.7%", 3.7, "percent", "%"),
      M("4.1%", 4.1, "percent", "%"), M("$34.27", 34.27, "money", "USD")]),
    ("The FTSE 100 closed down 1.3% at 7,412.3, its lowest level since March, while sterling "
     "slipped 0.4% to $1.2650.",
     [M("100", 100, "other"), M("1.3%", 1.3, "percent", "%"), M("7,412.3", 7412.3, "other"),
      M("0.4%", 0.4, "percent", "%"), M("$1.2650", 1.265, "money", "USD")]),
    # ---- modern news: crime
    ("A 34-year-old man has been charged with murder after a woman was found dead at a flat in "
     "Leeds at about 11.40pm on Saturday. He will appear before magistrates on Monday.",
     [M("34-year-old", 34, "quantity", "year"), M("11.40pm", hm(23, 40), "other")]),
    ("Jurors deliberated for nine hours before convicting him on 14 counts of fraud; he faces up "
     "to 20 years in prison and fines of up to $250,000 on each count when he is sentenced on 3 "
     "June.",
     [M("nine hours", 9, "quantity", "hour"), M("14", 14, "count"),
      M("20 years", 20, "quantity", "year"), M("$250,000", 250000, "money", "USD"),
      M("3 June", None, "date")]),
    # ---- modern news: weather
    ("Temperatures reached 40.3C at Coningsby in Lincolnshire on 19 July 2022, the highest ever "
     "recorded in the UK, beating the previous record of 38.7C set in Cambridge in 2019.",
     [M("40.3C", 40.3, "quantity", "degC"), M("19 July 2022", 2022, "date"),
      M("38.7C", 38.7, "quantity", "degC"), M("2019", 2019, "year")]),
    ("Hurricane Ian made landfall as a Category 4 storm with sustained winds of 150mph, bringing "
     "a storm surge of up to 12ft and more than 20 inches of rain to parts of south-west Florida.",
     [M("4", 4, "identifier"), M("150mph", 150, "quantity", "mph"),
      M("12ft", 12, "quantity", "ft"), M("20 inches", 20, "quantity", "inch")]),
    ("Overnight lows will fall to minus 8 degrees in the Highlands, with 10 to 15cm of snow "
     "expected above 300 metres.",
     [M("minus 8 degrees", -8, "quantity", "degC"), R("10 to 15cm", 10, 15, "cm"),
      M("300 metres", 300, "quantity", "m")]),
    # ---- modern news: sports
    ("Manchester City beat Arsenal 4-1 at the Etihad on Wednesday, Erling Haaland adding the "
     "fourth in the 89th minute; the crowd of 53,268 was a season record.",
     [M("4-1", None, "other"), M("89th", 89, "ordinal"), M("53,268", 53268, "count")]),
    ("Novak Djokovic won his 24th Grand Slam title with a 6-3, 7-6 (7-5), 6-3 victory over "
     "Daniil Medvedev at the US Open, a match lasting 3 hours and 17 minutes.",
     [M("24th", 24, "ordinal"), M("6-3", None, "other"), M("7-6", None, "other"),
      M("7-5", None, "other"), M("6-3", None, "other"), M("3 hours", 3, "quantity", "hour"),
      M("17 minutes", 17, "quantity", "minute")]),
    ("Eliud Kipchoge won the Berlin Marathon in 2:01:09, breaking his own world record by 30 "
     "seconds, and has now won 15 of the 17 marathons he has entered.",
     [M("2:01:09", hm(2, 1, 9), "quantity", "hour"), M("30 seconds", 30, "quantity", "second"),
      M("15", 15, "count"), M("17", 17, "count")]),
    ("LeBron James scored 38 points on Tuesday, becoming the NBA's all-time leading scorer with "
     "38,390 points and breaking a record that had stood for 39 years.",
     [M("38 points", 38, "other", "point"), M("38,390 points", 38390, "other", "point"),
      M("39 years", 39, "quantity", "year")]),
    # ---- modern news: health
    ("The NHS waiting list in England fell slightly to 7.6 million in November, with 305,050 "
     "patients waiting more than a year for treatment, against a target of 18 weeks.",
     [M("7.6 million", 7.6 * MLN, "count", None, MLN), M("305,050", 305050, "count"),
      M("18 weeks", 18, "quantity", "week")]),
    ("Adults should do at least 150 minutes of moderate activity a week, the guidelines say, yet "
     "about 1 in 3 adults in England do not, and 26% are classed as obese, with a BMI of 30 or "
     "more.",
     [M("150 minutes", 150, "quantity", "minute"), M("1 in 3", 1 / 3, "other"),
      M("26%", 26, "percent", "%"), M("30", 30, "other")]),
    ("Covid-19 vaccines prevented an estimated 14.4 million deaths worldwide in the first year "
     "of the rollout, according to a study in The Lancet that modelled data from 185 countries.",
     [M("19", 19, "other"), M("14.4 million", 14.4 * MLN, "count", None, MLN),
      M("185", 185, "count")]),
    ("Each tablet contains 500 mg of paracetamol; adults may take one or two tablets every 4 to "
     "6 hours, but not more than 8 tablets in 24 hours.",
     [M("500 mg", 500, "quantity", "mg"), M("one", 1, "count"), M("two", 2, "count"),
      R("4 to 6 hours", 4, 6, "hour"), M("8", 8, "count"), M("24 hours", 24, "quantity", "hour")]),
    # ---- history monographs with footnotes
    ("By 1851 the cotton industry employed some 374,000 workers, more than half of them women "
     "and children.²³ Output of cotton piece goods rose eightfold between 1815 and 1850.²⁴",
     [M("1851", 1851, "year"), M("374,000", 374000, "count"), M("half", 0.5, "other"),
      M("²³", 23, "reference", glued=True), M("eightfold", 8, "other", "times"),
      M("1815", 1815, "year"), M("1850", 1850, "year"), M("²⁴", 24, "reference", glued=True)]),
    ("23. Ibid., pp. 112–14.\n24. E. J. Hobsbawm, Industry and Empire (London, 1968), 64; see "
     "also Table 3.2 above.",
     [M("23", 23, "reference"), M("112–14", 112, "reference", range_end=114),
      M("24", 24, "reference"), M("1968", 1968, "reference"), M("64", 64, "reference"),
      M("3.2", None, "reference")]),
    ("The famine of 1845–52 reduced the population of Ireland from about 8.2 million to 6.6 "
     "million between 1841 and 1851; roughly 1 million died and another 1 million emigrated.[7]",
     [R("1845–52", 1845, 1852), R("8.2 million to 6.6 million", 8.2 * MLN, 6.6 * MLN, None, MLN),
      M("1841", 1841, "year"), M("1851", 1851, "year"),
      M("1 million", MLN, "count", None, MLN), M("1 million", MLN, "count", None, MLN),
      M("7", 7, "reference")]),
    ("Of the 1,100 parishes surveyed in 1660, only 412 still had a resident minister "
     "(Table 4).¹² The proportion had been over two-thirds a generation earlier.",
     [M("1,100", 1100, "count"), M("1660", 1660, "year"), M("412", 412, "count"),
      M("4", 4, "identifier"), M("¹²", 12, "reference", glued=True),
      M("two-thirds", 2 / 3, "other")]),
    # ---- government and statistical releases
    ("The Consumer Prices Index including owner occupiers' housing costs (CPIH) rose by 4.2% in "
     "the 12 months to January 2024, the same rate as in December 2023. On a monthly basis, CPIH "
     "fell by 0.6% in January 2024, compared with a fall of 0.4% in January 2023.",
     [M("4.2%", 4.2, "percent", "%"), M("12 months", 12, "quantity", "month"),
      M("January 2024", 2024, "date"), M("December 2023", 2023, "date"),
      M("0.6%", 0.6, "percent", "%"), M("January 2024", 2024, "date"),
      M("0.4%", 0.4, "percent", "%"), M("January 2023", 2023, "date")]),
    ("In 2022/23, an estimated 14.4 million people (21%) were in relative poverty after housing "
     "costs, including 4.3 million children (30%). Figure 2.1 shows the trend since 1994/95.",
     [R("2022/23", 2022, 2023), M("14.4 million", 14.4 * MLN, "count", None, MLN),
      M("21%", 21, "percent", "%"), M("4.3 million", 4.3 * MLN, "count", None, MLN),
      M("30%", 30, "percent", "%"), M("2.1", None, "identifier"), R("1994/95", 1994, 1995)]),
    ("The 2020 Census counted 331,449,281 residents of the United States, a 7.4% increase over "
     "2010 and the second-slowest growth rate in the nation's history. Texas gained two seats in "
     "the House and Florida one.",
     [M("2020", 2020, "year"), M("331,449,281", 331449281, "count"),
      M("7.4%", 7.4, "percent", "%"), M("2010", 2010, "year"), M("two", 2, "count"),
      M("one", 1, "count")]),
    ("Of the 1,711 reported road deaths in 2022, 776 were car occupants and 385 pedestrians; the "
     "fatality rate was 2.6 per 100,000 population, unchanged on the previous year.",
     [M("1,711", 1711, "count"), M("2022", 2022, "year"), M("776", 776, "count"),
      M("385", 385, "count"), M("2.6", 2.6, "count"), M("100,000", 100000, "count")]),
    # ---- business news
    ("Apple reported revenue of $89.5bn for the fourth quarter, down 1% year on year, while "
     "iPhone sales rose 3% to $43.8bn. The company's shares fell 3.4% in after-hours trading.",
     [M("$89.5bn", 89.5 * MLRD, "money", "USD", MLRD), M("1%", 1, "percent", "%"),
      M("3%", 3, "percent", "%"), M("$43.8bn", 43.8 * MLRD, "money", "USD", MLRD),
      M("3.4%", 3.4, "percent", "%")]),
    ("Shares in Nvidia have risen more than 230% over the past 12 months, giving the chipmaker a "
     "market value of about $3tn; it sells its H100 processors for between $25,000 and $40,000 "
     "each.",
     [M("230%", 230, "percent", "%"), M("12 months", 12, "quantity", "month"),
      M("$3tn", 3 * TRLN, "money", "USD", TRLN), M("H100", 100, "identifier"),
      M("$25,000", 25000, "money", "USD"), M("$40,000", 40000, "money", "USD")]),
    # ---- memoirs and travel writing
    ("We left Marseilles on the 3rd of May, 1889, in a small French steamer of some 1,500 tons, "
     "and reached Alexandria after five days of calm weather. The fare, second class, was 350 "
     "francs.",
     [M("3rd of May, 1889", 1889, "date"), M("1,500 tons", 1500, "quantity", "ton"),
      M("five days", 5, "quantity", "day"), M("350 francs", 350, "money", "FRF")]),
    ("My father earned thirty shillings a week at the mill, and there were seven of us children "
     "in a house of four rooms in Salford. I left school at fourteen, in 1931.",
     [M("thirty shillings", 1.5, "money", "GBP"), M("seven", 7, "count"), M("four", 4, "count"),
      M("fourteen", 14, "quantity", "year"), M("1931", 1931, "year")]),
    ("The train for Florence left at 7.15 and was, for once, only twenty minutes late. A bed at "
     "the pensione cost us 12 lire a night, with breakfast another 2.",
     [M("7.15", hm(7, 15), "other"), M("twenty minutes", 20, "quantity", "minute"),
      M("12 lire", 12, "money", "ITL"), M("2", 2, "money", "ITL")]),
]
# fmt: on


def main() -> None:
    _bh.build_all({"en": EN}, "dev_en4", HERE)


if __name__ == "__main__":
    main()
