"""Build the sixteenth English numeric-mention development set (``dev_en16_en.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_dev_en16/build_dev_en16.py

A **development** set: the English rules of ``analysis.mentions`` are tuned on it, so its
scores say nothing about generalisation (the held-out sets do that).  Its registers are
English reference and official prose: encyclopaedia articles on countries, cities, rivers,
mountains, species, chemical elements, ships, aircraft and sports clubs; election results;
census and survey findings in prose; UN, World Bank and IMF report paragraphs; EU and
national regulations; standards and specifications.  The passages were written in the
style of those registers and annotated blind, from ``docs/numeric-mentions.md`` and the
decisions in the docstrings of ``tests/data/mentions_heldout/build_heldout.py`` and the
``build_dev_en*.py`` scripts, without reading the extractor's code and without running it
on them.  Texts are already normalised (plain spaces, no NBSP / thin spaces).

Each passage is ``(text, [mentions in text order])`` using the ``M`` / ``R`` helpers and
the ``annotate`` validator of ``tests/data/mentions_heldout/build_heldout.py`` (offsets are
found with ``str.find`` from the end of the previous mention, never typed).  The
validator's ``CURRENCIES`` set is extended in memory (not in that file) with ``XDR`` (the
IMF's SDR).

Decisions taken here where the spec and the earlier docstrings are silent, each with the
example that settled it:

* **A population density with the counted noun before ``per square kilometre``**
  (``2.1 people per square kilometre``) is one ``quantity`` in ``1/km2`` with the whole
  phrase inside, like ``24 breaths per minute`` (``1/min``) and Indonesian ``jiwa/km²``.
* **An atomic number** (``atomic number 29``) is an ``identifier`` (the element's place in
  a numbered table, a number after a noun naming a numbered thing); a standard atomic
  weight (``63.546``) is ``other`` (a constant).
* **An isotope name** (``Uranium-238``) keeps the digits only as ``other``, like
  ``Carbon-14``.
* **A hull number** (``CVN-78``) and an aircraft model with its letter (``A380``) are one
  ``identifier`` each with the letters inside, valued at the digits; a variant with a
  hyphen (``747-400``) is one identifier, value null; an aircraft mark in Roman numerals
  (``Mk IX``) is an ``identifier`` (9), the ``Mk`` outside.
* **A length in feet and inches** (``882 ft 9 in``) is one ``quantity`` in ``ft``
  (882.75), like ``6ft 5in``.
* **Long tons** (``18,120 long tons``) are ``ton`` (the imperial ton), the whole phrase
  inside; metric ``t`` stays ``t``.
* **An EU Official Journal citation** (``OJ L 119, 4.5.2016, p. 1``) gives the issue and
  page as ``reference`` (digits only; ``L`` and ``p.`` outside) and keeps the numeric
  date as a ``date``, like the Hansard citation with its date.
* **A vehicle emission limit written with the pollutant** (``93.6 g CO2/km``) is one
  ``quantity`` in ``g/km``, the formula inside the span and no mention of its own
  (chemical formulae hold no mention).
* **A standard with a hyphenated year** (``IEEE 754-2019``) is one ``identifier`` valued
  at the standard's number (754), like ``ISO 9001:2015``; a Eurocode part
  (``1991-1-1:2002``) is one identifier, value null.
* **A format or product name with glued digits** (``binary64``, ``USB4``, ``PM2.5``) is
  ``other`` with the digits only, like ``PC1``; a paper size (``A4``, ``A0``) is an
  ``identifier`` with its letter, valued at the digit.
* **Bits** are a unit (``64 bits`` → ``bit``); ``11 exponent bits`` keeps the digits only
  (an adjective before the unit word, like ``30 рабочих дней``).
* **``from X to Y`` of week numbers** (``numbered from 01 to 53``) is a ``range`` without
  a unit; ``week 01`` after the noun is an ``identifier`` valued 1.
* **A polling-hours range** (``from 7am to 10pm``) is a ``range`` of clock times in hours
  (7..22), like ``1–3 PM``.
* **``at least one parent``** gives ``one`` as a ``count`` where other figures are in the
  sentence.
* **The year of a report's title** (``World Population Prospects 2024``) is a ``year``,
  like the short title of a statute.
* **A decade after ``mid-``** (``the mid-2080s``) is the year 2080, digits only.
* **Unit codes** used: ``m``, ``km``, ``mi``, ``ft``, ``mm``, ``cm``, ``m2``, ``km2``,
  ``mi2``, ``1/km2``, ``m3/s``, ``kg``, ``t``, ``ton``, ``g/cm3``, ``g/km``, ``ug/m3``,
  ``degC``, ``K``, ``deg``, ``kn``, ``nmi``, ``mph``, ``km/h``, ``kN``, ``kN/m2``, ``kV``,
  ``Gbit/s``, ``W``, ``V``, ``A``, ``bit``, ``minute``, ``hour``, ``day``, ``month``, ``year``,
  ``times``, ``%``; currencies ``USD``, ``EUR``, ``GBP``, ``XDR``.
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
_bh.CURRENCIES.update({"XDR"})

M, R = _bh.M, _bh.R
K, MLN, MLRD, TRLN = 1000, 1_000_000, 1_000_000_000, 1_000_000_000_000


# fmt: off
# ============================================================================ en
EN = [
    # ---- encyclopaedia: countries
    ("Portugal, officially the Portuguese Republic, is a country on the Iberian Peninsula with "
     "an area of 92,212 km2 (35,603 sq mi). It has a population of about 10.6 million (2023), "
     "of whom around 2.9 million live in the Lisbon metropolitan area.[5]",
     [M("92,212 km2", 92212, "quantity", "km2"), M("35,603 sq mi", 35603, "quantity", "mi2"),
      M("10.6 million", 10.6 * MLN, "count", None, MLN), M("2023", 2023, "year"),
      M("2.9 million", 2.9 * MLN, "count", None, MLN), M("5", 5, "reference")]),
    ("Mongolia is the most sparsely populated sovereign state in the world, with a population "
     "density of 2.1 people per square kilometre. Its capital, Ulaanbaatar, is home to roughly "
     "half of the country's 3.4 million people.",
     [M("2.1 people per square kilometre", 2.1, "quantity", "1/km2"), M("half", 0.5, "other"),
      M("3.4 million", 3.4 * MLN, "count", None, MLN)]),
    ("Finland declared its independence on 6 December 1917 and joined the European Union in "
     "1995. It has 187,888 lakes larger than 500 m2 and about 179,584 islands, and roughly 75% "
     "of its land area is covered by forest.",
     [M("6 December 1917", 1917, "date"), M("1995", 1995, "year"), M("187,888", 187888, "count"),
      M("500 m2", 500, "quantity", "m2"), M("179,584", 179584, "count"),
      M("75%", 75, "percent", "%")]),
    ("Kazakhstan is the world's largest landlocked country, with an area of 2,724,900 km2. Its "
     "GDP was US$261.4 billion in 2023, and its currency, the tenge, was introduced on 15 "
     "November 1993.",
     [M("2,724,900 km2", 2724900, "quantity", "km2"),
      M("US$261.4 billion", 261.4 * MLRD, "money", "USD", MLRD), M("2023", 2023, "year"),
      M("15 November 1993", 1993, "date")]),
    ("Louis XIV reigned as King of France from 1643 until his death in 1715, a reign of 72 "
     "years, the longest of any sovereign in European history.[3]",
     [M("XIV", 14, "ordinal"), M("1643", 1643, "year"), M("1715", 1715, "year"),
      M("72 years", 72, "quantity", "year"), M("3", 3, "reference")]),
    # ---- encyclopaedia: cities
    ("Melbourne is the second-most populous city in Australia, with 5,207,145 residents at the "
     "2021 census. The city centre lies 31 m above sea level on the northern shore of Port "
     "Phillip Bay, which covers 1,930 square kilometres.",
     [M("5,207,145", 5207145, "count"), M("2021", 2021, "year"), M("31 m", 31, "quantity", "m"),
      M("1,930 square kilometres", 1930, "quantity", "km2")]),
    ("Founded in 1630 by Puritan colonists from England, Boston is one of the oldest "
     "municipalities in the United States. The city proper covers 48.4 sq mi (125 km2) and had "
     "an estimated population of 653,833 in 2023, making it the 24th-most populous city in the "
     "country.",
     [M("1630", 1630, "year"), M("48.4 sq mi", 48.4, "quantity", "mi2"),
      M("125 km2", 125, "quantity", "km2"), M("653,833", 653833, "count"),
      M("2023", 2023, "year"), M("24th", 24, "ordinal")]),
    ("Reykjavík lies at 64°08′N 21°56′W and is the northernmost capital of a sovereign state. "
     "The city had 139,875 inhabitants on 1 January 2023; the average temperature in January "
     "is −0.5 °C.",
     [M("64°08′", 64 + 8 / 60, "quantity", "deg"), M("21°56′", 21 + 56 / 60, "quantity", "deg"),
      M("139,875", 139875, "count"), M("1 January 2023", 2023, "date"),
      M("−0.5 °C", -0.5, "quantity", "degC")]),
    # ---- encyclopaedia: rivers
    ("The Danube is Europe's second-longest river, at 2,850 km (1,770 mi). It rises in the "
     "Black Forest at Donaueschingen and flows through ten countries before emptying into the "
     "Black Sea; its average discharge at the delta is about 6,500 m3/s.",
     [M("2,850 km", 2850, "quantity", "km"), M("1,770 mi", 1770, "quantity", "mi"),
      M("ten", 10, "count"), M("6,500 m3/s", 6500, "quantity", "m3/s")]),
    ("The Amazon's average discharge of about 209,000 m3/s is roughly five times that of the "
     "Congo, and the river carries some 20% of the fresh water that flows into the world's "
     "oceans.",
     [M("209,000 m3/s", 209000, "quantity", "m3/s"), M("five times", 5, "other", "times"),
      M("20%", 20, "percent", "%")]),
    # ---- encyclopaedia: mountains
    ("Mount Everest, at 8,848.86 m (29,031.7 ft) above sea level, is Earth's highest mountain. "
     "The elevation was announced jointly by China and Nepal on 8 December 2020. It was first "
     "climbed on 29 May 1953 by Edmund Hillary and Tenzing Norgay.",
     [M("8,848.86 m", 8848.86, "quantity", "m"), M("29,031.7 ft", 29031.7, "quantity", "ft"),
      M("8 December 2020", 2020, "date"), M("29 May 1953", 1953, "date")]),
    ("Kilimanjaro has three volcanic cones: Kibo, Mawenzi and Shira. Uhuru Peak on Kibo rises "
     "to 5,895 metres, and the mountain's glaciers have lost more than 80 per cent of their "
     "area since 1912.",
     [M("three", 3, "count"), M("5,895 metres", 5895, "quantity", "m"),
      M("80 per cent", 80, "percent", "%"), M("1912", 1912, "year")]),
    # ---- encyclopaedia: species
    ("The snow leopard (Panthera uncia) is listed as Vulnerable on the IUCN Red List, with a "
     "global population estimated at 4,000 to 6,500 mature individuals. Adults weigh 22–55 kg "
     "and have a tail 80–105 cm long.",
     [R("4,000 to 6,500", 4000, 6500), R("22–55 kg", 22, 55, "kg"),
      R("80–105 cm", 80, 105, "cm")]),
    ("The African bush elephant is the largest living terrestrial animal; bulls reach a "
     "shoulder height of up to 3.96 m and a body mass of up to 10.4 t. Gestation lasts about 22 "
     "months, and females give birth every four to five years.",
     [M("3.96 m", 3.96, "quantity", "m"), M("10.4 t", 10.4, "quantity", "t"),
      M("22 months", 22, "quantity", "month"), R("four to five years", 4, 5, "year")]),
    ("The blue whale (Balaenoptera musculus) is a marine mammal reaching a maximum confirmed "
     "length of 29.9 m and a weight of 199 t. Whaling in the 20th century reduced its numbers by "
     "about 97%, and it was not protected until 1966.[12]",
     [M("29.9 m", 29.9, "quantity", "m"), M("199 t", 199, "quantity", "t"),
      M("20th", 20, "ordinal"), M("97%", 97, "percent", "%"), M("1966", 1966, "year"),
      M("12", 12, "reference")]),
    ("The common swift spends up to ten months a year in continuous flight and can cover more "
     "than 500 km in a single day. Clutches usually contain two or three eggs, which hatch "
     "after 19 to 20 days.",
     [M("ten months", 10, "quantity", "month"), M("500 km", 500, "quantity", "km"),
      M("two", 2, "count"), M("three", 3, "count"), R("19 to 20 days", 19, 20, "day")]),
    # ---- encyclopaedia: chemical elements
    ("Copper is a chemical element with symbol Cu and atomic number 29. Its standard atomic "
     "weight is 63.546, it has a melting point of 1,084.62 °C and a density of 8.96 g/cm3, and "
     "it is one of the few metals that occur in nature in directly usable form.",
     [M("29", 29, "identifier"), M("63.546", 63.546, "other"),
      M("1,084.62 °C", 1084.62, "quantity", "degC"), M("8.96 g/cm3", 8.96, "quantity", "g/cm3")]),
    ("Helium is the second lightest element and makes up about 24% of the elemental mass of the "
     "observable universe. Its boiling point, 4.22 K (−268.93 °C), is the lowest among all the "
     "elements.",
     [M("24%", 24, "percent", "%"), M("4.22 K", 4.22, "quantity", "K"),
      M("−268.93 °C", -268.93, "quantity", "degC")]),
    ("Uranium-238 has a half-life of about 4.47 billion years and makes up about 99.27% of "
     "natural uranium. The isotope uranium-235 was identified by Arthur Jeffrey Dempster in "
     "1935.",
     [M("238", 238, "other"), M("4.47 billion years", 4.47 * MLRD, "quantity", "year", MLRD),
      M("99.27%", 99.27, "percent", "%"), M("235", 235, "other"), M("1935", 1935, "year")]),
    # ---- encyclopaedia: ships
    ("HMS Dreadnought was launched on 10 February 1906 and displaced 18,120 long tons at normal "
     "load. She was armed with ten 12-inch guns in five twin turrets and could reach 21 knots, "
     "making her the fastest battleship of her day.",
     [M("10 February 1906", 1906, "date"), M("18,120 long tons", 18120, "quantity", "ton"),
      M("ten", 10, "count"), M("12-inch", 12, "quantity", "inch"), M("five", 5, "count"),
      M("21 knots", 21, "quantity", "kn")]),
    ("RMS Titanic sank in the North Atlantic in the early hours of 15 April 1912 after striking "
     "an iceberg four days into her maiden voyage. Of the estimated 2,224 passengers and crew "
     "aboard, more than 1,500 died. The ship was 882 ft 9 in long.",
     [M("15 April 1912", 1912, "date"), M("four days", 4, "quantity", "day"),
      M("2,224", 2224, "count"), M("1,500", 1500, "count"),
      M("882 ft 9 in", 882.75, "quantity", "ft")]),
    ("The aircraft carrier USS Gerald R. Ford (CVN-78) was commissioned on July 22, 2017. She "
     "has a full-load displacement of about 100,000 long tons and carries more than 75 "
     "aircraft.",
     [M("CVN-78", 78, "identifier"), M("July 22, 2017", 2017, "date"),
      M("100,000 long tons", 100000, "quantity", "ton"), M("75", 75, "count")]),
    # ---- encyclopaedia: aircraft
    ("The Boeing 747 is a wide-body airliner that first flew on 9 February 1969. The 747-400 "
     "variant, introduced in 1989, has a range of 7,260 nmi (13,450 km) and a typical "
     "three-class seating of 416 passengers.",
     [M("747", 747, "identifier"), M("9 February 1969", 1969, "date"),
      M("747-400", None, "identifier"), M("1989", 1989, "year"),
      M("7,260 nmi", 7260, "quantity", "nmi"), M("13,450 km", 13450, "quantity", "km"),
      M("three", 3, "count"), M("416", 416, "count")]),
    ("The Supermarine Spitfire was a British single-seat fighter used by the Royal Air Force "
     "before, during and after World War II. A total of 20,351 were built; the Mk IX had "
     "a maximum speed of 408 mph (657 km/h) at 25,000 ft.",
     [M("II", 2, "ordinal"), M("20,351", 20351, "count"), M("IX", 9, "identifier"), M("408 mph", 408, "quantity", "mph"),
      M("657 km/h", 657, "quantity", "km/h"), M("25,000 ft", 25000, "quantity", "ft")]),
    ("The Airbus A380 is the world's largest passenger airliner; its maximum take-off weight is "
     "575 t and it is certified to carry up to 853 passengers. Production ended in 2021 after "
     "251 aircraft had been delivered.",
     [M("A380", 380, "identifier"), M("575 t", 575, "quantity", "t"), M("853", 853, "count"),
      M("2021", 2021, "year"), M("251", 251, "count")]),
    # ---- encyclopaedia: sports clubs
    ("Liverpool Football Club was founded on 3 June 1892 and has played at Anfield since its "
     "foundation. The club has won 20 league titles, eight FA Cups and six European Cups; the "
     "stadium's capacity is 61,276.",
     [M("3 June 1892", 1892, "date"), M("20", 20, "count"), M("eight", 8, "count"),
      M("six", 6, "count"), M("61,276", 61276, "count")]),
    ("FC Bayern Munich is the most successful club in German football history, having won a "
     "record 33 national titles, including 11 in a row from 2013 to 2023. The club has about "
     "300,000 members, making it one of the largest sports clubs in the world.",
     [M("33", 33, "count"), M("11", 11, "count"), R("2013 to 2023", 2013, 2023),
      M("300,000", 300000, "count")]),
    # ---- election results
    ("In the federal election of 26 September 2021, the SPD received 25.7% of the second votes "
     "and 206 of the 736 seats in the 20th Bundestag, ahead of the CDU/CSU with 24.1% and 197 seats. "
     "Turnout was 76.6 per cent.",
     [M("26 September 2021", 2021, "date"), M("25.7%", 25.7, "percent", "%"),
      M("206", 206, "count"), M("736", 736, "count"), M("20th", 20, "ordinal"), M("24.1%", 24.1, "percent", "%"),
      M("197", 197, "count"), M("76.6 per cent", 76.6, "percent", "%")]),
    ("Emmanuel Macron received 18,768,639 votes (58.55%) in the second round on 24 April 2022, "
     "against 13,288,686 (41.45%) for Marine Le Pen. Abstention stood at 28.01%, the highest "
     "for a presidential run-off since 1969.",
     [M("18,768,639", 18768639, "count"), M("58.55%", 58.55, "percent", "%"),
      M("24 April 2022", 2022, "date"), M("13,288,686", 13288686, "count"),
      M("41.45%", 41.45, "percent", "%"), M("28.01%", 28.01, "percent", "%"),
      M("1969", 1969, "year")]),
    ("The Indian general election was held in seven phases from 19 April to 1 June 2024. Of the "
     "968 million eligible voters, 642 million cast their ballots; the BJP won 240 seats, 32 "
     "short of the 272 needed for a majority.",
     [M("seven", 7, "count"), M("19 April", None, "date"), M("1 June 2024", 2024, "date"),
      M("968 million", 968 * MLN, "count", None, MLN),
      M("642 million", 642 * MLN, "count", None, MLN), M("240", 240, "count"),
      M("32", 32, "count"), M("272", 272, "count")]),
    ("Polling stations were open from 7am to 10pm. The Conservative candidate held the seat with "
     "21,452 votes, a majority of 3,908 over Labour, on a turnout of 61.2%.",
     [R("7am to 10pm", 7, 22), M("21,452", 21452, "count"), M("3,908", 3908, "count"),
      M("61.2%", 61.2, "percent", "%")]),
    ("Biden won 306 electoral votes to Trump's 232 and received 81,283,501 votes, or 51.3 "
     "percent of the popular vote, the most ever cast for a candidate in a U.S. presidential "
     "election.",
     [M("306", 306, "count"), M("232", 232, "count"), M("81,283,501", 81283501, "count"),
      M("51.3 percent", 51.3, "percent", "%")]),
    # ---- census and survey findings
    ("According to the 2021 Census, the population of England and Wales was 59,597,300, an "
     "increase of 3.5 million (6.3%) since the 2011 Census. The median age rose from 39 to 40 "
     "years.",
     [M("2021", 2021, "year"), M("59,597,300", 59597300, "count"),
      M("3.5 million", 3.5 * MLN, "count", None, MLN), M("6.3%", 6.3, "percent", "%"),
      M("2011", 2011, "year"), R("39 to 40 years", 39, 40, "year")]),
    ("The share of the population aged 65 and over reached 18.6% in 2021, up from 16.4% ten "
     "years earlier. One in six people (16.6%) said they had a disability.",
     [M("65", 65, "quantity", "year"), M("18.6%", 18.6, "percent", "%"),
      M("2021", 2021, "year"), M("16.4%", 16.4, "percent", "%"),
      M("ten years", 10, "quantity", "year"), M("One in six", 1 / 6, "other"),
      M("16.6%", 16.6, "percent", "%")]),
    ("The Labour Force Survey estimated that 1.52 million people aged 16 and over were "
     "unemployed in October to December 2024, an unemployment rate of 4.4%. The employment "
     "rate for those aged 16 to 64 years was 74.9%.",
     [M("1.52 million", 1.52 * MLN, "count", None, MLN), M("16", 16, "quantity", "year"),
      M("December 2024", 2024, "date"), M("4.4%", 4.4, "percent", "%"),
      R("16 to 64 years", 16, 64, "year"), M("74.9%", 74.9, "percent", "%")]),
    ("In the 2022/23 survey year, 38% of adults in Scotland reported taking part in "
     "volunteering, while around three-quarters (76%) had visited a museum, gallery or "
     "heritage site in the previous 12 months.",
     [R("2022/23", 2022, 2023), M("38%", 38, "percent", "%"),
      M("three-quarters", 0.75, "other"), M("76%", 76, "percent", "%"),
      M("12 months", 12, "quantity", "month")]),
    ("On Census night, 10 August 2021, there were 25,422,788 people counted in Australia, of "
     "whom 812,728 (3.2%) identified as Aboriginal and/or Torres Strait Islander. Nearly half "
     "(48.2%) had at least one parent born overseas.",
     [M("10 August 2021", 2021, "date"), M("25,422,788", 25422788, "count"),
      M("812,728", 812728, "count"), M("3.2%", 3.2, "percent", "%"), M("half", 0.5, "other"),
      M("48.2%", 48.2, "percent", "%"), M("one", 1, "count")]),
    ("Households in the lowest income decile spent an average of £248 a week in the financial "
     "year ending March 2023, compared with £1,146 in the highest. Housing costs took 27% of "
     "disposable income for renters, against 9% for owner-occupiers.",
     [M("£248", 248, "money", "GBP"), M("March 2023", 2023, "date"),
      M("£1,146", 1146, "money", "GBP"), M("27%", 27, "percent", "%"),
      M("9%", 9, "percent", "%")]),
    # ---- UN, World Bank, IMF
    ("According to World Population Prospects 2024, the world's population is projected to "
     "peak at around 10.3 billion in the mid-2080s, up from 8.2 billion in 2024, before "
     "declining slowly to 10.2 billion by 2100.",
     [M("2024", 2024, "year"), M("10.3 billion", 10.3 * MLRD, "count", None, MLRD),
      M("2080", 2080, "year", glued=True), M("8.2 billion", 8.2 * MLRD, "count", None, MLRD),
      M("2024", 2024, "year"), M("10.2 billion", 10.2 * MLRD, "count", None, MLRD),
      M("2100", 2100, "year")]),
    ("Sustainable Development Goal 6 calls for universal access to safe drinking water by "
     "2030. In 2022, 2.2 billion people still lacked safely managed drinking water, including "
     "703 million without even a basic service.",
     [M("6", 6, "identifier"), M("2030", 2030, "year"), M("2022", 2022, "year"),
      M("2.2 billion", 2.2 * MLRD, "count", None, MLRD),
      M("703 million", 703 * MLN, "count", None, MLN)]),
    ("UNHCR estimates that 123.2 million people were forcibly displaced worldwide at the end of "
     "2024, of whom 42.7 million were refugees. Some 40 per cent of all forcibly displaced "
     "people are children under 18 years of age.",
     [M("123.2 million", 123.2 * MLN, "count", None, MLN), M("2024", 2024, "year"),
      M("42.7 million", 42.7 * MLN, "count", None, MLN), M("40 per cent", 40, "percent", "%"),
      M("18 years", 18, "quantity", "year")]),
    ("Global growth is projected to hold steady at 2.7 percent in 2025-26. Per capita income "
     "growth in developing economies is expected to average 3 percent, well below the 2000-19 "
     "average; about a quarter of developing countries will remain poorer than they were on "
     "the eve of the pandemic in 2019.",
     [M("2.7 percent", 2.7, "percent", "%"), R("2025-26", 2025, 2026),
      M("3 percent", 3, "percent", "%"), R("2000-19", 2000, 2019),
      M("a quarter", 0.25, "other"), M("2019", 2019, "year")]),
    ("The international poverty line was updated in September 2022 to $2.15 a day in 2017 "
     "purchasing power parities. On this measure about 700 million people, or 8.5 percent of "
     "the world's population, were living in extreme poverty in 2024.",
     [M("September 2022", 2022, "date"), M("$2.15", 2.15, "money", "USD"),
      M("2017", 2017, "year"), M("700 million", 700 * MLN, "count", None, MLN),
      M("8.5 percent", 8.5, "percent", "%"), M("2024", 2024, "year")]),
    ("The IMF's Executive Board approved a 46-month Extended Fund Facility arrangement for "
     "Egypt of about US$3 billion (SDR 2.35 billion) on December 16, 2022. Inflation is "
     "expected to decline to 7 percent by end-FY2025/26.",
     [M("46-month", 46, "quantity", "month"),
      M("US$3 billion", 3 * MLRD, "money", "USD", MLRD),
      M("SDR 2.35 billion", 2.35 * MLRD, "money", "XDR", MLRD),
      M("December 16, 2022", 2022, "date"), M("7 percent", 7, "percent", "%"),
      R("FY2025/26", 2025, 2026)]),
    ("In the April 2025 World Economic Outlook, global headline inflation is expected to "
     "decline to 4.3 percent in 2025 and to 3.6 percent in 2026. Public debt in advanced "
     "economies is projected to exceed 110 percent of GDP by 2029.",
     [M("April 2025", 2025, "date"), M("4.3 percent", 4.3, "percent", "%"),
      M("2025", 2025, "year"), M("3.6 percent", 3.6, "percent", "%"), M("2026", 2026, "year"),
      M("110 percent", 110, "percent", "%"), M("2029", 2029, "year")]),
    ("Real GDP grew by 1.1 percent in 2023, and the current account deficit narrowed to 2.9 "
     "percent of GDP. Gross international reserves rose to €38.6 billion at end-2023, "
     "equivalent to 5.4 months of imports.",
     [M("1.1 percent", 1.1, "percent", "%"), M("2023", 2023, "year"),
      M("2.9 percent", 2.9, "percent", "%"), M("€38.6 billion", 38.6 * MLRD, "money", "EUR", MLRD),
      M("2023", 2023, "year"), M("5.4 months", 5.4, "quantity", "month")]),
    # ---- EU and national regulations
    ("Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April 2016 on "
     "the protection of natural persons with regard to the processing of personal data (OJ L "
     "119, 4.5.2016, p. 1).",
     [M("2016/679", 679, "identifier"), M("27 April 2016", 2016, "date"),
      M("119", 119, "reference"), M("4.5.2016", 2016, "date"), M("1", 1, "reference")]),
    ("Infringements of the basic principles for processing shall, in accordance with Article "
     "83(5), be subject to administrative fines up to EUR 20 000 000, or in the case of an "
     "undertaking, up to 4 % of the total worldwide annual turnover of the preceding financial "
     "year, whichever is higher.",
     [M("83(5)", 83, "identifier"), M("EUR 20 000 000", 20_000_000, "money", "EUR"),
      M("4 %", 4, "percent", "%")]),
    ("From 1 January 2025, the average emissions of the EU fleet of new passenger cars shall "
     "not exceed 93.6 g CO2/km, a reduction of 15 % compared with the 2021 target, pursuant to "
     "Article 1 of Regulation (EU) 2019/631.",
     [M("1 January 2025", 2025, "date"), M("93.6 g CO2/km", 93.6, "quantity", "g/km"),
      M("15 %", 15, "percent", "%"), M("2021", 2021, "year"), M("1", 1, "identifier"),
      M("2019/631", 631, "identifier")]),
    ("Member States shall bring into force the laws, regulations and administrative provisions "
     "necessary to comply with this Directive by 31 December 2020. Directive 2012/27/EU is "
     "amended as follows: in Article 7(1), the figure '0.8 %' is replaced by '1.3 %'.",
     [M("31 December 2020", 2020, "date"), M("2012/27/EU", 27, "identifier"),
      M("7(1)", 7, "identifier"), M("0.8 %", 0.8, "percent", "%"),
      M("1.3 %", 1.3, "percent", "%")]),
    ("The Building Regulations 2010 (SI 2010/2214) came into force on 1 October 2010. Under "
     "regulation 26 the calculated CO2 emission rate of a new dwelling must not exceed its "
     "target rate, and under Part M the minimum clear opening width of an entrance door is "
     "775 mm.",
     [M("2010", 2010, "year"), M("2010/2214", 2214, "identifier"),
      M("1 October 2010", 2010, "date"), M("26", 26, "identifier"),
      M("775 mm", 775, "quantity", "mm")]),
    ("Part 3 of the Procurement Act 2023 applies to public contracts with an estimated value "
     "above the thresholds in Schedule 1, currently £214,904 for central government supplies "
     "and services and £5,372,609 for works, inclusive of VAT.",
     [M("3", 3, "identifier"), M("2023", 2023, "year"), M("1", 1, "identifier"),
      M("£214,904", 214904, "money", "GBP"), M("£5,372,609", 5372609, "money", "GBP")]),
    ("Under 40 CFR 50.13, the 24-hour primary and secondary ambient air quality standards for "
     "PM2.5 are 35 micrograms per cubic meter. The annual primary standard was lowered to 9.0 "
     "µg/m3 in a final rule published on March 6, 2024.",
     [M("40", 40, "identifier"), M("50.13", None, "identifier"),
      M("24-hour", 24, "quantity", "hour"), M("2.5", 2.5, "other", glued=True),
      M("35 micrograms per cubic meter", 35, "quantity", "ug/m3"),
      M("9.0 µg/m3", 9.0, "quantity", "ug/m3"), M("March 6, 2024", 2024, "date")]),
    # ---- standards and specifications
    ("ISO 8601 represents calendar dates in the format YYYY-MM-DD, so that 5 March 2025 is "
     "written 2025-03-05. Weeks are numbered from 01 to 53, week 01 being the week with the "
     "year's first Thursday.",
     [M("8601", 8601, "identifier"), M("5 March 2025", 2025, "date"),
      M("2025-03-05", 2025, "date"), R("01 to 53", 1, 53), M("01", 1, "identifier")]),
    ("The IEEE 754-2019 binary64 format occupies 64 bits: 1 sign bit, 11 exponent bits and 52 "
     "bits of significand, giving a precision of 15 to 17 significant decimal digits.",
     [M("754-2019", 754, "identifier"), M("64", 64, "other", glued=True),
      M("64 bits", 64, "quantity", "bit"), M("1", 1, "quantity", "bit"),
      M("11", 11, "quantity", "bit"), M("52 bits", 52, "quantity", "bit"),
      R("15 to 17", 15, 17)]),
    ("Under BS EN 1991-1-1:2002, the imposed load on floors in residential buildings (category "
     "A) is 1.5 kN/m2, with a concentrated load of 2.0 kN; stairs are designed for 2.0 kN/m2.",
     [M("1991-1-1:2002", None, "identifier"), M("1.5 kN/m2", 1.5, "quantity", "kN/m2"),
      M("2.0 kN", 2.0, "quantity", "kN"), M("2.0 kN/m2", 2.0, "quantity", "kN/m2")]),
    ("USB4 Version 2.0, published in October 2022, supports data rates of up to 80 Gbit/s, "
     "while USB Power Delivery 3.1 raises the maximum power to 240 W (48 V at 5 A).",
     [M("4", 4, "other", glued=True), M("2.0", None, "identifier"),
      M("October 2022", 2022, "date"), M("80 Gbit/s", 80, "quantity", "Gbit/s"),
      M("3.1", None, "identifier"), M("240 W", 240, "quantity", "W"),
      M("48 V", 48, "quantity", "V"), M("5 A", 5, "quantity", "A")]),
    ("ISO 216 defines the A series of paper sizes, in which A0 has an area of one square metre "
     "and each subsequent size is half the area of the previous one. An A4 sheet measures "
     "210 × 297 mm.",
     [M("216", 216, "identifier"), M("A0", 0, "identifier"),
      M("one square metre", 1, "quantity", "m2"), M("half", 0.5, "other"),
      M("A4", 4, "identifier"), M("210", 210, "quantity", "mm"),
      M("297 mm", 297, "quantity", "mm")]),
    ("Section 4.2 of the specification requires that the cable withstand a test voltage of "
     "3.5 kV for 5 minutes and operate between −40 °C and +90 °C.[7]",
     [M("4.2", None, "identifier"), M("3.5 kV", 3.5, "quantity", "kV"),
      M("5 minutes", 5, "quantity", "minute"), M("−40 °C", -40, "quantity", "degC"),
      M("+90 °C", 90, "quantity", "degC"), M("7", 7, "reference")]),
]
# fmt: on

LANGS = {"en": EN}


def main() -> None:
    _bh.build_all(LANGS, "dev_en16", HERE)


if __name__ == "__main__":
    main()
