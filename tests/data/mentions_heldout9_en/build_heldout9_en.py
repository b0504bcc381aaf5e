"""Build the ninth sealed English held-out numeric-mention set (``heldout9_en_en.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_heldout9_en/build_heldout9_en.py

A **sealed held-out** set: it was written and annotated blind and must never be tuned on;
report its scores only, never its disagreements.  Its registers are: encyclopaedia articles
(biographies, places, battles, inventions); court judgments and statutes; company annual
reports and financial press; patient information leaflets and clinical case reports; school
textbooks (arithmetic, geography, history); travel writing and guidebooks; nineteenth-century
newspapers; property listings; environmental and census statistics bulletins; aviation and
space news; film, music and video-game reviews; forum posts and Q&A answers.  The passages
were written for this set in the style of those registers and annotated blind, from
``docs/numeric-mentions.md`` and the decisions in the docstrings of
``tests/data/mentions_heldout/build_heldout.py`` and the non-sealed ``build_dev_en*.py``
scripts, without reading the extractor's code and without running it on them.  Texts are
already normalised (plain spaces, no NBSP / thin spaces).

Each passage is ``(text, [mentions in text order])`` using the ``M`` / ``R`` helpers and
the ``annotate`` validator of ``tests/data/mentions_heldout/build_heldout.py`` (offsets are
found with ``str.find`` from the end of the previous mention, never typed).  The
validator's ``CURRENCIES`` set is extended in memory (not in that file) with ``PEN`` and
``LAK``.

Decisions taken here where the spec and the earlier docstrings are silent, each with the
example that settled it:

* **A fine level on the standard scale** ``a fine not exceeding level 3`` is a value on a
  scale, ``other`` 3 with ``level`` outside.
* **A numbered day or week of a course or pregnancy** ``discharged on day 6``, ``the end of
  week 36`` is an ``ordinal`` (the sixth day), like ``fase 1``; ``36 weeks pregnant`` is a
  duration, a ``quantity`` in weeks.
* **Repetition** ``He married six times`` and a dosing frequency ``three times a day`` are
  ``other`` in ``times``, following the round-2 rule for ``three times`` of repetition.
* **Abstract numbers in an arithmetic exercise** ``Work out 3/4 of 96``, ``Round 4,786 to
  the nearest hundred`` are ``other`` (they count nothing); an exercise heading with a
  glued letter ``Exercise 4B`` is an ``identifier`` with the letter inside (value 4), like
  ``Fig. 3a``.
* **Model designations**: ``Worcester 30i`` and ``Ryzen 7 5800X`` give an ``identifier``
  with the glued letter inside (``30i`` -> 30, ``5800X`` -> 5800) and a separate product
  number as a name containing a number (``Ryzen 7`` -> ``other`` 7, like ``iPhone 15``);
  a software version ``Ubuntu 22.04`` is ``other`` 22.04; a memory grade ``DDR4-3200`` is
  one ``identifier`` with value null; ``PS5`` is an ``identifier`` with its letters;
  ``Falcon 9`` and ``Apollo 11`` are names containing a number (``other``); ``Airbus
  A350-900`` and ``Boeing 737-9`` one ``identifier`` each with value null.
* **A route name with glued letters** ``the NC500`` is an ``identifier`` (500), like ``A303``.
* **An album side** ``side two`` is an ``identifier`` (a numbered part).
* **A falling range with an approximator inside** ``from about 4 min to under 3`` is one
  ``range`` 4..3 in ``minute`` (the approximator after the connector stays inside the span).
* **Rents**: ``£1,150 pcm`` keeps ``pcm`` outside (a word, not a slash denominator), while
  ``HOA $512/mo`` keeps ``/mo`` inside like ``45 000 руб./мес.``; ``Walk score 92`` is a value
  on a scale (``other``); ``3-bedroom`` is a ``count`` with the digit only.
* **Peruvian and Lao money**: ``S/10`` (soles) is ``money`` in ``PEN``, the sign inside;
  ``250,000 kip`` is ``LAK``.
* **A later day named by its ordinal alone** ``reached Heart's Content on the 27th`` (the
  month given earlier) is an ``ordinal``, like ``the 3d inst.``.
* **Unit codes** used: ``m``, ``km``, ``km2``, ``mi``, ``ft``, ``ft2``, ``mm``, ``acre``,
  ``t``, ``kg``, ``g``, ``mg``, ``ml``, ``cup``, ``bar``, ``GB``, ``GHz``, ``Mbit/s``, ``kn``,
  ``mph``, ``bpm``,
  ``mmHg``, ``mg/l``, ``mmol/l``, ``umol/l``, ``ug/m3``, ``1/l``, ``degC``, ``minute``,
  ``hour``, ``day``, ``week``, ``month``, ``year``, ``point``, ``times``, ``%``.
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
_bh.CURRENCIES.update({"PEN", "LAK"})

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
    # ---- encyclopaedia: biographies, places, battles, inventions
    ("Marie Curie (7 November 1867 – 4 July 1934) was a Polish and naturalised-French physicist "
     "and chemist. She was the first woman to win a Nobel Prize and remains the only person to "
     "win Nobel Prizes in two scientific fields, in 1903 and 1911.",
     [M("7 November 1867", 1867, "date"), M("4 July 1934", 1934, "date"), M("two", 2, "count"),
      M("1903", 1903, "year"), M("1911", 1911, "year")]),
    ("The Battle of Hastings was fought on 14 October 1066 between the Norman-French army of "
     "William, the Duke of Normandy, and an English army under Harold Godwinson. Estimates of "
     "the armies range from 5,000 to 7,000 men on each side; the battle lasted from about 9 am "
     "until dusk.",
     [M("14 October 1066", 1066, "date"), R("5,000 to 7,000", 5000, 7000),
      M("9 am", 9, "other")]),
    ("Keswick is a market town in the Lake District National Park, Cumbria, lying 18 miles "
     "(29 km) west of Penrith. At the 2021 census it had a population of 4,821. The town stands "
     "at 80 m above sea level beside Derwentwater, a lake about 3 miles long and 1 mile wide.",
     [M("18 miles", 18, "quantity", "mi"), M("29 km", 29, "quantity", "km"),
      M("2021", 2021, "year"), M("4,821", 4821, "count"), M("80 m", 80, "quantity", "m"),
      M("3 miles", 3, "quantity", "mi"), M("1 mile", 1, "quantity", "mi")]),
    ("The first practical telephone was patented by Alexander Graham Bell on March 7, 1876 "
     "(U.S. Patent No. 174,465). Within 10 years more than 150,000 people in the United States "
     "owned telephones.",
     [M("March 7, 1876", 1876, "date"), M("No. 174,465", 174465, "identifier"),
      M("10 years", 10, "quantity", "year"), M("150,000", 150000, "count")]),
    ("Isambard Kingdom Brunel (1806–1859) designed the Great Western Railway, which opened in "
     "stages between 1838 and 1841. His SS Great Britain, launched in 1843, was 322 ft (98 m) "
     "long and the first iron-hulled, screw-driven ship to cross the Atlantic, doing so in 14 "
     "days.",
     [R("1806–1859", 1806, 1859), M("1838", 1838, "year"), M("1841", 1841, "year"),
      M("1843", 1843, "year"), M("322 ft", 322, "quantity", "ft"),
      M("98 m", 98, "quantity", "m"), M("14 days", 14, "quantity", "day")]),
    ("On the first day of the Battle of the Somme, 1 July 1916, the British Army suffered 57,470 "
     "casualties, of whom 19,240 were killed. By the time the offensive was halted on 18 "
     "November, the Allies had advanced some six miles.",
     [M("1 July 1916", 1916, "date"), M("57,470", 57470, "count"), M("19,240", 19240, "count"),
      M("18 November", None, "date"), M("six miles", 6, "quantity", "mi")]),
    ("Mount Kilimanjaro, at 5,895 metres (19,341 ft), is the highest mountain in Africa. Its "
     "three volcanic cones, Kibo, Mawenzi and Shira, cover an area of about 388 km2. The first "
     "recorded ascent was made on 6 October 1889 by Hans Meyer and Ludwig Purtscheller.",
     [M("5,895 metres", 5895, "quantity", "m"), M("19,341 ft", 19341, "quantity", "ft"),
      M("three", 3, "count"), M("388 km2", 388, "quantity", "km2"),
      M("6 October 1889", 1889, "date")]),
    ("Henry VIII (28 June 1491 – 28 January 1547) was King of England from 22 April 1509 until "
     "his death. He married six times, and his Act of Supremacy of 1534 made him Supreme Head "
     "of the Church of England.",
     [M("VIII", 8, "ordinal"), M("28 June 1491", 1491, "date"),
      M("28 January 1547", 1547, "date"), M("22 April 1509", 1509, "date"),
      M("six times", 6, "other", "times"), M("1534", 1534, "year")]),
    ("Frank Whittle patented the turbojet engine in January 1930; his W.1 engine first flew in "
     "the Gloster E.28/39 on 15 May 1941, reaching 338 mph in later trials.",
     [M("January 1930", 1930, "date"), M("W.1", 1, "identifier"),
      M("E.28/39", None, "identifier"), M("15 May 1941", 1941, "date"),
      M("338 mph", 338, "quantity", "mph")]),
    ("The River Nile is about 6,650 km long and flows through 11 countries. Its drainage basin "
     "covers roughly 3.4 million square kilometres, about one-tenth of the area of Africa.",
     [M("6,650 km", 6650, "quantity", "km"), M("11", 11, "count"),
      M("3.4 million square kilometres", 3.4 * MLN, "quantity", "km2", MLN),
      M("one-tenth", 0.1, "other")]),
    # ---- court judgments and statutes
    ("[14] The claimant worked as a warehouse supervisor for 11 years before her dismissal on 9 "
     "August 2022. Under section 98(4) of the Employment Rights Act 1996, the question is "
     "whether dismissal fell within the range of reasonable responses.",
     [M("14", 14, "identifier"), M("11 years", 11, "quantity", "year"),
      M("9 August 2022", 2022, "date"), M("98", 98, "identifier"), M("4", 4, "identifier"),
      M("1996", 1996, "year")]),
    ("2. (1) A person who, without reasonable excuse, fails to comply with a notice under "
     "section 7 commits an offence and is liable on summary conviction to a fine not exceeding "
     "level 3 on the standard scale. (2) Proceedings must be brought within 6 months of the "
     "date of the offence.",
     [M("2", 2, "identifier"), M("1", 1, "identifier"), M("7", 7, "identifier"),
      M("3", 3, "other"), M("2", 2, "identifier"), M("6 months", 6, "quantity", "month")]),
    ("See Miranda v. Arizona, 384 U.S. 436, 444 (1966). The jury deliberated for two days "
     "before returning guilty verdicts on counts 1 and 3, and the court imposed concurrent "
     "terms of 36 months.",
     [M("384", 384, "reference"), M("436", 436, "reference"), M("444", 444, "reference"),
      M("1966", 1966, "reference"), M("two days", 2, "quantity", "day"),
      M("1", 1, "identifier"), M("3", 3, "identifier"), M("36 months", 36, "quantity", "month")]),
    ("The test in Ivey v Genting Casinos [2017] UKSC 67, at para 74, was applied by the Court "
     "of Appeal in R v Barton [2020] EWCA Crim 575. The sum dishonestly obtained was £4.2 "
     "million over a period of 13 years.",
     [M("2017", 2017, "reference"), M("67", 67, "reference"), M("74", 74, "reference"),
      M("2020", 2020, "reference"), M("575", 575, "reference"),
      M("£4.2 million", 4.2 * MLN, "money", "GBP", MLN), M("13 years", 13, "quantity", "year")]),
    ("The foundation is exempt from federal income tax under 26 U.S.C. § 501(c)(3). "
     "Contributions are deductible under section 170, subject to a limit of 60 percent of the "
     "donor's adjusted gross income.",
     [M("26", 26, "identifier"), M("§ 501", 501, "identifier"), M("3", 3, "identifier"),
      M("170", 170, "identifier"), M("60 percent", 60, "percent", "%")]),
    ("The Data Protection Act 2018 received Royal Assent on 23 May 2018. Part 3 applies to "
     "processing for law enforcement purposes, and Schedule 1, paragraph 6, sets out the "
     "conditions for statutory and government purposes.",
     [M("2018", 2018, "year"), M("23 May 2018", 2018, "date"), M("3", 3, "identifier"),
      M("1", 1, "identifier"), M("6", 6, "identifier")]),
    # ---- company reports and financial press
    ("Revenue for the year ended 31 December 2023 increased by 7.4% to £1,842.6m (2022: "
     "£1,715.3m). Adjusted earnings per share were 48.2p, and the Board recommends a final "
     "dividend of 14.5p per share, making 21.0p for the year.",
     [M("31 December 2023", 2023, "date"), M("7.4%", 7.4, "percent", "%"),
      M("£1,842.6m", 1842.6 * MLN, "money", "GBP", MLN), M("2022", 2022, "year"),
      M("£1,715.3m", 1715.3 * MLN, "money", "GBP", MLN), M("48.2p", 0.482, "money", "GBP"),
      M("14.5p", 0.145, "money", "GBP"), M("21.0p", 0.21, "money", "GBP")]),
    ("Shares in the miner fell 6 per cent to 1,284p in early trading on Tuesday after it cut "
     "its full-year copper output guidance to between 610,000 and 640,000 tonnes. The FTSE 100 "
     "closed down 38 points at 7,412.5.",
     [M("6 per cent", 6, "percent", "%"), M("1,284p", 12.84, "money", "GBP"),
      M("610,000", 610000, "quantity", "t"), M("640,000 tonnes", 640000, "quantity", "t"),
      M("100", 100, "other"), M("38 points", 38, "other", "point"),
      M("7,412.5", 7412.5, "other")]),
    ("Net sales were $94.9 billion in the fourth quarter of fiscal 2024, up 6 percent year over "
     "year. Diluted earnings per share rose to $1.64, and the company returned over $29 billion "
     "to shareholders during the quarter.",
     [M("$94.9 billion", 94.9 * MLRD, "money", "USD", MLRD), M("2024", 2024, "year"),
      M("6 percent", 6, "percent", "%"), M("$1.64", 1.64, "money", "USD"),
      M("$29 billion", 29 * MLRD, "money", "USD", MLRD)]),
    ("The Group employed an average of 12,450 people in 38 countries during 2023 (2022: "
     "11,980). Capital expenditure of €312 million was in line with guidance of €300–330 "
     "million.",
     [M("12,450", 12450, "count"), M("38", 38, "count"), M("2023", 2023, "year"),
      M("2022", 2022, "year"), M("11,980", 11980, "count"),
      M("€312 million", 312 * MLN, "money", "EUR", MLN),
      R("€300–330 million", 300 * MLN, 330 * MLN, "EUR", MLN)]),
    ("The Bank of England raised Bank Rate by 25 basis points to 5.25% on 3 August, its 14th "
     "consecutive increase since December 2021.",
     [M("25 basis points", 0.25, "percent", "%"), M("5.25%", 5.25, "percent", "%"),
      M("3 August", None, "date"), M("14th", 14, "ordinal"), M("December 2021", 2021, "date")]),
    ("Pre-tax profit at the housebuilder slumped 42% to £310m in the six months to 30 June, "
     "as completions fell to 4,870 homes from 6,120 a year earlier and the average selling "
     "price eased to £318,500.",
     [M("42%", 42, "percent", "%"), M("£310m", 310 * MLN, "money", "GBP", MLN),
      M("six months", 6, "quantity", "month"), M("30 June", None, "date"),
      M("4,870", 4870, "count"), M("6,120", 6120, "count"), M("£318,500", 318500, "money", "GBP")]),
    # ---- patient leaflets and clinical case reports
    ("Adults and children aged 16 years and over: take one or two 500 mg tablets every 4 to 6 "
     "hours as required. Do not take more than 8 tablets in 24 hours.",
     [M("16 years", 16, "quantity", "year"), M("one", 1, "count"), M("two", 2, "count"),
      M("500 mg", 500, "quantity", "mg"), R("4 to 6 hours", 4, 6, "hour"),
      M("8", 8, "count"), M("24 hours", 24, "quantity", "hour")]),
    ("Store below 25°C. Each 5 ml spoonful of the oral suspension contains 250 mg amoxicillin, "
     "as the trihydrate. The usual dose is 5 ml three times a day for 7 days.",
     [M("25°C", 25, "quantity", "degC"), M("5 ml", 5, "quantity", "ml"),
      M("250 mg", 250, "quantity", "mg"), M("5 ml", 5, "quantity", "ml"),
      M("three times", 3, "other", "times"), M("7 days", 7, "quantity", "day")]),
    ("A 67-year-old man presented with a 3-day history of fever and productive cough. On "
     "examination his temperature was 38.9°C, heart rate 112 beats per minute, blood pressure "
     "98/60 mmHg and oxygen saturation 91% on room air.",
     [M("67-year-old", 67, "quantity", "year"), M("3-day", 3, "quantity", "day"),
      M("38.9°C", 38.9, "quantity", "degC"), M("112 beats per minute", 112, "quantity", "bpm"),
      M("98", 98, "quantity", "mmHg"), M("60 mmHg", 60, "quantity", "mmHg"),
      M("91%", 91, "percent", "%")]),
    ("Laboratory results showed a white cell count of 15.2 × 10⁹/L, C-reactive protein of 187 "
     "mg/L and creatinine of 134 µmol/L. He was started on intravenous co-amoxiclav 1.2 g three "
     "times daily and was discharged on day 6.",
     [M("15.2 × 10⁹/L", 1.52e10, "quantity", "1/l"), M("187 mg/L", 187, "quantity", "mg/l"),
      M("134 µmol/L", 134, "quantity", "umol/l"), M("1.2 g", 1.2, "quantity", "g"),
      M("three times", 3, "other", "times"), M("6", 6, "ordinal")]),
    ("Very common (may affect more than 1 in 10 people): headache, nausea. Uncommon (may affect "
     "up to 1 in 100 people): dizziness, skin rash.",
     [M("1 in 10", 0.1, "other"), M("1 in 100", 0.01, "other")]),
    ("Gestational diabetes was diagnosed at 26 weeks following a 75 g oral glucose tolerance "
     "test (fasting glucose 5.8 mmol/L, 2-hour 9.1 mmol/L). She was delivered by caesarean "
     "section at 38 weeks; birth weight 3,940 g.",
     [M("26 weeks", 26, "quantity", "week"), M("75 g", 75, "quantity", "g"),
      M("5.8 mmol/L", 5.8, "quantity", "mmol/l"), M("2-hour", 2, "quantity", "hour"),
      M("9.1 mmol/L", 9.1, "quantity", "mmol/l"), M("38 weeks", 38, "quantity", "week"),
      M("3,940 g", 3940, "quantity", "g")]),
    ("Do not give to children under 12 years. If you forget a dose, take it as soon as you "
     "remember, unless it is less than 4 hours before the next one.",
     [M("12 years", 12, "quantity", "year"), M("4 hours", 4, "quantity", "hour")]),
    # ---- school textbooks
    ("Exercise 4B. 1. A shop sells pencils at 35p each. How much do 12 pencils cost? 2. Work "
     "out 3/4 of 96. 3. Round 4,786 to the nearest hundred.",
     [M("4B", 4, "identifier"), M("1", 1, "identifier"), M("35p", 0.35, "money", "GBP"),
      M("12", 12, "count"), M("2", 2, "identifier"), M("3/4", 0.75, "other"),
      M("96", 96, "other"), M("3", 3, "identifier"), M("4,786", 4786, "other")]),
    ("The Industrial Revolution began in Britain in the late 18th century. Between 1750 and "
     "1850 the population of Manchester grew from about 18,000 to over 300,000.",
     [M("18th", 18, "ordinal"), M("1750", 1750, "year"), M("1850", 1850, "year"),
      R("18,000 to over 300,000", 18000, 300000)]),
    ("Climate graph for Manaus: the average temperature stays between 26°C and 28°C all year, "
     "and annual rainfall is about 2,300 mm. The wettest month, March, receives 335 mm.",
     [M("26°C", 26, "quantity", "degC"), M("28°C", 28, "quantity", "degC"),
      M("2,300 mm", 2300, "quantity", "mm"), M("335 mm", 335, "quantity", "mm")]),
    ("Key dates: 1914 – Archduke Franz Ferdinand is assassinated in Sarajevo (28 June). 1916 – "
     "the Battle of Verdun lasts 10 months. 1918 – the Armistice is signed and fighting stops at "
     "11 am on 11 November.",
     [M("1914", 1914, "year"), M("28 June", None, "date"), M("1916", 1916, "year"),
      M("10 months", 10, "quantity", "month"), M("1918", 1918, "year"),
      M("11 am", 11, "other"), M("11 November", None, "date")]),
    ("A train leaves Leeds at 09:45 and arrives in London at 12:02. (a) How long is the "
     "journey? (b) The ticket costs £87.40. Four friends share the cost equally. How much does "
     "each pay?",
     [M("09:45", hm(9, 45), "other"), M("12:02", hm(12, 2), "other"),
      M("£87.40", 87.4, "money", "GBP"), M("Four", 4, "count")]),
    # ---- travel writing and guidebooks
    ("Getting there: buses leave Cusco for Ollantaytambo every 20 minutes from 5am (S/10, "
     "1½hr). From there the train to Aguas Calientes takes about 90 minutes; tickets start at "
     "US$70 one way.",
     [M("20 minutes", 20, "quantity", "minute"), M("5am", 5, "other"),
      M("S/10", 10, "money", "PEN"), M("1½hr", 1.5, "quantity", "hour"),
      M("90 minutes", 90, "quantity", "minute"), M("US$70", 70, "money", "USD")]),
    ("The Llanberis Path up Snowdon is 9 miles (14.5 km) there and back, with 975 m of ascent; "
     "allow 6–7 hours. The summit café is usually open from May to October.",
     [M("9 miles", 9, "quantity", "mi"), M("14.5 km", 14.5, "quantity", "km"),
      M("975 m", 975, "quantity", "m"), R("6–7 hours", 6, 7, "hour")]),
    ("We spent three days in Luang Prabang, a town of perhaps 50,000 people wrapped around a "
     "bend of the Mekong. A room at our guesthouse cost 250,000 kip, about $12, breakfast "
     "included.",
     [M("three days", 3, "quantity", "day"), M("50,000", 50000, "count"),
      M("250,000 kip", 250000, "money", "LAK"), M("$12", 12, "money", "USD")]),
    ("Admission: adults €17, under-18s free. Open daily 9am–6pm (last entry 5.15pm); closed 1 "
     "January, 1 May and 25 December.",
     [M("€17", 17, "money", "EUR"), M("18", 18, "quantity", "year", glued=True),
      R("9am–6pm", 9, 18), M("5.15pm", hm(17, 15), "other"), M("1 January", None, "date"),
      M("1 May", None, "date"), M("25 December", None, "date")]),
    ("From the ferry port it is a 40-minute drive to Fira, the island's capital, perched on "
     "cliffs some 260 metres above the caldera. Santorini now receives around 2 million visitors "
     "a year.",
     [M("40-minute", 40, "quantity", "minute"), M("260 metres", 260, "quantity", "m"),
      M("2 million", 2 * MLN, "count", None, MLN)]),
    ("Venice's 118 islands are linked by more than 400 bridges. A 24-hour vaporetto pass costs "
     "€25, and from 2024 day-trippers have paid a €5 access fee on peak days.",
     [M("118", 118, "count"), M("400", 400, "count"), M("24-hour", 24, "quantity", "hour"),
      M("€25", 25, "money", "EUR"), M("2024", 2024, "year"), M("€5", 5, "money", "EUR")]),
    # ---- nineteenth-century newspapers
    ("SHOCKING ACCIDENT.—On Saturday last, a boy named Thomas Hughes, aged 11, fell from the "
     "scaffolding of a new house in Church-street, a height of nearly 30 feet, and was taken up "
     "insensible.",
     [M("11", 11, "quantity", "year"), M("30 feet", 30, "quantity", "ft")]),
    ("MARKETS.—Liverpool, Jan. 14, 1868. Wheat in moderate demand at 1d. per cental advance; "
     "red, 12s. 6d. to 13s. 2d.; white, 13s. 4d. to 14s. Flour, 40s. to 44s. per sack of 280 "
     "lbs, dull.",
     [M("Jan. 14, 1868", 1868, "date"), M("1d.", lsd(0, 0, 1), "money", "GBP"),
      R("12s. 6d. to 13s. 2d.", lsd(0, 12, 6), lsd(0, 13, 2), "GBP"),
      R("13s. 4d. to 14s.", lsd(0, 13, 4), lsd(0, 14), "GBP"),
      R("40s. to 44s.", lsd(0, 40), lsd(0, 44), "GBP"), M("280 lbs", 280, "quantity", "lb")]),
    ("FIVE POUNDS REWARD.—Lost, on Wednesday, the 3rd instant, between the hours of two and "
     "four o'clock, a Gold Watch, maker's name Dent, No. 2417. Whoever will bring the same to "
     "the office of this paper shall receive the above reward.",
     [M("FIVE POUNDS", 5, "money", "GBP"), M("3rd", 3, "ordinal"), M("two", 2, "other"),
      M("four o'clock", 4, "other", "hour"), M("No. 2417", 2417, "identifier")]),
    ("DEATH OF A CENTENARIAN.—There died at Ballymena on the 20th ult., Margaret M'Cann, at the "
     "advanced age of 103 years. She retained her faculties to the last, and could remember the "
     "rebellion of '98.",
     [M("20th", 20, "ordinal"), M("103 years", 103, "quantity", "year"),
      M("'98", 1798, "year")]),
    ("In the House of Commons on Monday the division on Mr. Gladstone's motion showed 328 for "
     "and 268 against, a majority of 60 for the Government. The House adjourned at a quarter to "
     "two o'clock.",
     [M("328", 328, "count"), M("268", 268, "count"), M("60", 60, "count"),
      M("a quarter to two o'clock", 1.75, "other", "hour")]),
    ("The Great Eastern left Valentia on the 13th of July, 1866, paying out the cable at about "
     "six knots, and reached Heart's Content on the 27th, having laid 1,852 miles of cable in 14 "
     "days.",
     [M("13th of July, 1866", 1866, "date"), M("six knots", 6, "quantity", "kn"),
      M("27th", 27, "ordinal"), M("1,852 miles", 1852, "quantity", "mi"),
      M("14 days", 14, "quantity", "day")]),
    ("By the Census of 1851 the population of Great Britain was found to be 20,959,477, of whom "
     "10,223,158 were males. Of the 2,362,236 inhabitants of London, upwards of one half had "
     "been born elsewhere.",
     [M("1851", 1851, "year"), M("20,959,477", 20959477, "count"),
      M("10,223,158", 10223158, "count"), M("2,362,236", 2362236, "count"),
      M("one half", 0.5, "other")]),
    # ---- property listings
    ("GUIDE PRICE £375,000. A beautifully presented 3-bedroom semi-detached house with a 100 ft "
     "south-facing garden, off-road parking for 2 cars and a 4.3m x 3.5m kitchen/diner. EPC "
     "rating C.",
     [M("£375,000", 375000, "money", "GBP"), M("3", 3, "count"),
      M("100 ft", 100, "quantity", "ft"), M("2", 2, "count"),
      M("4.3m", 4.3, "quantity", "m"), M("3.5m", 3.5, "quantity", "m")]),
    ("For sale: 2 bed, 2 bath condo, 1,120 sq ft, on the 14th floor with views of Lake "
     "Michigan. HOA $512/mo. Listed at $429,900; built in 2008. Walk score 92.",
     [M("2", 2, "count"), M("2", 2, "count"), M("1,120 sq ft", 1120, "quantity", "ft2"),
      M("14th", 14, "ordinal"), M("$512/mo", 512, "money", "USD"),
      M("$429,900", 429900, "money", "USD"), M("2008", 2008, "year"), M("92", 92, "other")]),
    ("Detached period cottage set in approximately 1.2 acres, with 4 reception rooms, 5 "
     "bedrooms and 2 bathrooms. The village lies 3 miles from the A303 and 1 hour 20 minutes by "
     "train from London Waterloo. Offers in excess of £850,000.",
     [M("1.2 acres", 1.2, "quantity", "acre"), M("4", 4, "count"), M("5", 5, "count"),
      M("2", 2, "count"), M("3 miles", 3, "quantity", "mi"), M("A303", 303, "identifier"),
      M("1 hour", 1, "quantity", "hour"), M("20 minutes", 20, "quantity", "minute"),
      M("£850,000", 850000, "money", "GBP")]),
    ("Studio flat to let, £1,150 pcm, available from 1st September. Deposit equivalent to 5 "
     "weeks' rent. Minimum term 12 months; no pets.",
     [M("£1,150", 1150, "money", "GBP"), M("1st September", None, "date"),
      M("5 weeks", 5, "quantity", "week"), M("12 months", 12, "quantity", "month")]),
    # ---- environmental and census statistics bulletins
    ("The 2021 Census recorded 59.6 million usual residents in England and Wales, an increase "
     "of 3.5 million (6.3%) since 2011. The number of people aged 65 years and over rose by "
     "20.1%, to 11.1 million.",
     [M("2021", 2021, "year"), M("59.6 million", 59.6 * MLN, "count", None, MLN),
      M("3.5 million", 3.5 * MLN, "count", None, MLN), M("6.3%", 6.3, "percent", "%"),
      M("2011", 2011, "year"), M("65 years", 65, "quantity", "year"),
      M("20.1%", 20.1, "percent", "%"), M("11.1 million", 11.1 * MLN, "count", None, MLN)]),
    ("UK territorial greenhouse gas emissions in 2022 were estimated at 417.1 million tonnes "
     "carbon dioxide equivalent, 2.2% lower than in 2021 and 50% below 1990 levels.",
     [M("2022", 2022, "year"), M("417.1 million tonnes", 417.1 * MLN, "quantity", "t", MLN),
      M("2.2%", 2.2, "percent", "%"), M("2021", 2021, "year"), M("50%", 50, "percent", "%"),
      M("1990", 1990, "year")]),
    ("Provisional figures show that 44.1% of household waste was sent for recycling in "
     "2022/23, down from 44.6% in 2021/22. Fly-tipping incidents totalled 1.08 million, of which "
     "61% involved household waste.",
     [M("44.1%", 44.1, "percent", "%"), R("2022/23", 2022, 2023),
      M("44.6%", 44.6, "percent", "%"), R("2021/22", 2021, 2022),
      M("1.08 million", 1.08 * MLN, "count", None, MLN), M("61%", 61, "percent", "%")]),
    ("The mean annual concentration of PM2.5 at urban background sites was 7.8 µg/m3 in 2023, "
     "below the interim target of 10 µg/m3 set for 2040. Ozone exceeded 120 µg/m3 on 9 days at "
     "Lullington Heath.",
     [M("2.5", 2.5, "other", glued=True), M("7.8 µg/m3", 7.8, "quantity", "ug/m3"),
      M("2023", 2023, "year"), M("10 µg/m3", 10, "quantity", "ug/m3"),
      M("2040", 2040, "year"), M("120 µg/m3", 120, "quantity", "ug/m3"),
      M("9 days", 9, "quantity", "day")]),
    ("The population of Travis County, Texas, was 1,290,188 at the 2020 census, up 26% from "
     "1,024,266 in 2010. The median household income was $92,731, and 11.4% of residents lived "
     "below the poverty line.",
     [M("1,290,188", 1290188, "count"), M("2020", 2020, "year"), M("26%", 26, "percent", "%"),
      M("1,024,266", 1024266, "count"), M("2010", 2010, "year"),
      M("$92,731", 92731, "money", "USD"), M("11.4%", 11.4, "percent", "%")]),
    ("Rainfall in October was 148% of the 1991–2020 long-term average, making it the wettest "
     "October since 1987. Sunshine totalled 81.4 hours, 87% of average, and the mean "
     "temperature of 12.6°C was 1.4°C above normal.",
     [M("148%", 148, "percent", "%"), R("1991–2020", 1991, 2020), M("1987", 1987, "year"),
      M("81.4 hours", 81.4, "quantity", "hour"), M("87%", 87, "percent", "%"),
      M("12.6°C", 12.6, "quantity", "degC"), M("1.4°C", 1.4, "quantity", "degC")]),
    # ---- aviation and space news
    ("SpaceX launched 23 Starlink satellites from Cape Canaveral at 10:31 p.m. EDT on Tuesday "
     "aboard a Falcon 9 rocket. The first stage landed on a droneship about 8.5 minutes after "
     "liftoff, completing its 19th flight.",
     [M("23", 23, "count"), M("10:31 p.m.", hm(22, 31), "other"), M("9", 9, "other"),
      M("8.5 minutes", 8.5, "quantity", "minute"), M("19th", 19, "ordinal")]),
    ("Emirates will take delivery of its first Airbus A350-900 in August 2024, configured with "
     "312 seats in three classes. The aircraft has a range of 15,000 km.",
     [M("A350-900", None, "identifier"), M("August 2024", 2024, "date"),
      M("312", 312, "count"), M("three", 3, "count"), M("15,000 km", 15000, "quantity", "km")]),
    ("The James Webb Space Telescope, launched on 25 December 2021, orbits the Sun near the "
     "second Lagrange point (L2), about 1.5 million km from Earth. Its primary mirror is 6.5 m "
     "across and made of 18 hexagonal segments.",
     [M("25 December 2021", 2021, "date"), M("2", 2, "other", glued=True),
      M("1.5 million km", 1.5 * MLN, "quantity", "km", MLN), M("6.5 m", 6.5, "quantity", "m"),
      M("18", 18, "count")]),
    ("The Boeing 737-9 operating Alaska Airlines Flight 1282 had been delivered only 8 weeks "
     "earlier. The door plug blew out at about 16,000 feet, 6 minutes after take-off from "
     "Portland.",
     [M("737-9", None, "identifier"), M("1282", 1282, "identifier"),
      M("8 weeks", 8, "quantity", "week"), M("16,000 feet", 16000, "quantity", "ft"),
      M("6 minutes", 6, "quantity", "minute")]),
    ("Apollo 11 lifted off on July 16, 1969, and four days later Neil Armstrong became the "
     "first person to walk on the Moon. The crew brought back 21.5 kg of lunar samples.",
     [M("11", 11, "other"), M("July 16, 1969", 1969, "date"),
      M("four days", 4, "quantity", "day"), M("21.5 kg", 21.5, "quantity", "kg")]),
    ("Heathrow handled 79.2 million passengers in 2023, up 29% on the previous year but still "
     "2% short of the 2019 record of 80.9 million. Terminal 5 alone served 33 million.",
     [M("79.2 million", 79.2 * MLN, "count", None, MLN), M("2023", 2023, "year"),
      M("29%", 29, "percent", "%"), M("2%", 2, "percent", "%"), M("2019", 2019, "year"),
      M("80.9 million", 80.9 * MLN, "count", None, MLN), M("5", 5, "identifier"),
      M("33 million", 33 * MLN, "count", None, MLN)]),
    ("Concorde cruised at Mach 2.04, about 1,350 mph, at altitudes of up to 60,000 ft, crossing "
     "from London to New York in roughly 3 hours 30 minutes. Twenty aircraft were built, of "
     "which 14 entered airline service.",
     [M("2.04", 2.04, "other"), M("1,350 mph", 1350, "quantity", "mph"),
      M("60,000 ft", 60000, "quantity", "ft"), M("3 hours", 3, "quantity", "hour"),
      M("30 minutes", 30, "quantity", "minute"), M("Twenty", 20, "count"),
      M("14", 14, "count")]),
    # ---- film, music and video-game reviews
    ("At 2 hours 49 minutes, Christopher Nolan's Interstellar (2014) never drags, and Hans "
     "Zimmer's organ-driven score is among his best.",
     [M("2 hours", 2, "quantity", "hour"), M("49 minutes", 49, "quantity", "minute"),
      M("2014", 2014, "year")]),
    ("The Beatles recorded Abbey Road in the summer of 1969; side two's 16-minute medley remains "
     "its crowning achievement. The 50th-anniversary box set adds 23 demos and outtakes across 3 "
     "CDs.",
     [M("1969", 1969, "year"), M("two", 2, "identifier"),
      M("16-minute", 16, "quantity", "minute"), M("50th", 50, "ordinal"),
      M("23", 23, "count"), M("3", 3, "count")]),
    ("Elden Ring is enormous: my first playthrough took 112 hours, and I'd still only found "
     "around 60% of the map's secrets. On PS5 it runs smoothly in performance mode. 9/10",
     [M("112 hours", 112, "quantity", "hour"), M("60%", 60, "percent", "%"),
      M("PS5", 5, "identifier"), M("9/10", None, "other")]),
    ("Recorded in just 11 days, the band's third album clocks in at a lean 38 minutes over 10 "
     "tracks. Opener 'Static' hits 140 bpm and never lets up. Rating: 8/10",
     [M("11 days", 11, "quantity", "day"), M("38 minutes", 38, "quantity", "minute"),
      M("10", 10, "count"), M("140 bpm", 140, "quantity", "bpm"), M("8/10", None, "other")]),
    ("Made for a reported $15 million, the film took $254 million worldwide. Its grainy 35mm "
     "photography gives it the look of a 1970s thriller, and at 101 minutes it knows not to "
     "outstay its welcome.",
     [M("$15 million", 15 * MLN, "money", "USD", MLN),
      M("$254 million", 254 * MLN, "money", "USD", MLN), M("35mm", 35, "quantity", "mm"),
      M("1970", 1970, "year", glued=True), M("101 minutes", 101, "quantity", "minute")]),
    # ---- forum posts and Q&A answers
    ("Re: boiler pressure keeps dropping. Mine's a Worcester 30i and the gauge should sit "
     "between 1 and 1.5 bar when cold. If it's falling below 0.5 every week you've likely got "
     "a leak somewhere. Cost me £180 to get an engineer out last year.",
     [M("30i", 30, "identifier"), M("1", 1, "quantity", "bar"),
      M("1.5 bar", 1.5, "quantity", "bar"), M("0.5", 0.5, "quantity", "bar"),
      M("£180", 180, "money", "GBP")]),
    ("Q: How many grams is 1 cup of flour? A: It depends how you fill it, but with US cups (240 "
     "ml) plain flour is roughly 120–125 g. For UK recipes I'd weigh it: 1 cup ≈ 130 g is a fair "
     "rule of thumb.",
     [M("1 cup", 1, "quantity", "cup"), M("240 ml", 240, "quantity", "ml"),
      R("120–125 g", 120, 125, "g"), M("1 cup", 1, "quantity", "cup"),
      M("130 g", 130, "quantity", "g")]),
    ("Upgraded from 16GB to 32GB of DDR4-3200 and my compile times dropped from about 4 min to "
     "under 3. Running Ubuntu 22.04 on a Ryzen 7 5800X.",
     [R("16GB to 32GB", 16, 32, "GB"), M("DDR4-3200", None, "identifier"),
      R("4 min to under 3", 4, 3, "minute"), M("22.04", 22.04, "other"),
      M("7", 7, "other"), M("5800X", 5800, "identifier")]),
    ("Is it safe to fly at 36 weeks pregnant? Most UK airlines let you fly up to the end of week "
     "36 for a single pregnancy, or 32 weeks if you're carrying twins, but you'll usually need a "
     "letter from your midwife after 28 weeks.",
     [M("36 weeks", 36, "quantity", "week"), M("36", 36, "ordinal"),
      M("32 weeks", 32, "quantity", "week"), M("28 weeks", 28, "quantity", "week")]),
    ("We drove the NC500 last May in 7 days and covered 516 miles. Single-track roads for about "
     "a third of it - budget £60 a day each for fuel and food.",
     [M("NC500", 500, "identifier"), M("7 days", 7, "quantity", "day"),
      M("516 miles", 516, "quantity", "mi"), M("a third", 1 / 3, "other"),
      M("£60", 60, "money", "GBP")]),
    ("Answered: the 2.4 GHz band reaches further through walls, but 5 GHz is faster. My router "
     "manages about 600 Mbps at 3 metres and drops to 150 at the far end of the house.",
     [M("2.4 GHz", 2.4, "quantity", "GHz"), M("5 GHz", 5, "quantity", "GHz"),
      M("600 Mbps", 600, "quantity", "Mbit/s"), M("3 metres", 3, "quantity", "m"),
      M("150", 150, "quantity", "Mbit/s")]),
]
# fmt: on


def main() -> None:
    _bh.build_all({"en": EN}, "heldout9_en", HERE)


if __name__ == "__main__":
    main()
