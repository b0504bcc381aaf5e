"""Build the eleventh English numeric-mention development set (``dev_en11_en.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_dev_en11/build_dev_en11.py

A **development** set: the English rules of ``analysis.mentions`` are tuned on it, so its
scores say nothing about generalisation (the held-out sets do that).  Its registers are
mixed present-day English from many sources: encyclopaedia articles on every subject;
local and national news; business and finance; science and medicine popularisation;
government and NGO reports; sports results and reports; history books; product pages and
manuals; recipes; travel writing; legal notices; personal blogs.  The passages were
written in the style of those registers and annotated blind, from
``docs/numeric-mentions.md`` and the decisions in the docstrings of
``tests/data/mentions_heldout/build_heldout.py`` and the ``build_dev_en*.py`` scripts,
without reading the extractor's code and without running it on them.  Texts are already
normalised (plain spaces, no NBSP / thin spaces).

Each passage is ``(text, [mentions in text order])`` using the ``M`` / ``R`` helpers and
the ``annotate`` validator of ``tests/data/mentions_heldout/build_heldout.py`` (offsets are
found with ``str.find`` from the end of the previous mention, never typed).  The
validator's ``CURRENCIES`` set is extended in memory (not in that file) with ``JPY``,
``CAD``, ``DEM`` and ``VND``.

Decisions taken here where the spec and the earlier docstrings are silent, each with the
example that settled it:

* **A year in the short title of a statute** ``the Trustee Act 1925`` is a ``year`` (as
  ``Housing Act 2004`` in an earlier set), and ``Section 27`` before it an ``identifier``.
* **A cricket total with wickets** ``74 for 2`` gives two ``count`` mentions (runs and
  wickets), while a football result ``won 3-1`` is one ``other`` (value null).
* **A lap or stage time with minutes and seconds** ``1:31.447`` is a ``quantity`` in hours
  (a race time, like ``3:29.65``).
* **A recipe's oven setting with both scales** ``200C/180C fan/gas 6`` gives two
  temperatures in ``degC`` and the gas mark ``6`` as ``other`` (a value on a scale).
* **A screen size with the inch sign** ``6.1-inch`` is a ``quantity`` in ``inch`` with the
  whole hyphenated word inside; a resolution ``2556 x 1179 pixels`` is two ``count``
  mentions (pixels are counted things, not a unit of measure); ``48MP`` is a ``quantity`` in
  ``MP`` (as ``50 MP`` in an earlier set).
* **A model number in a product name** ``iPhone 15`` keeps the digits only
  as an ``identifier`` (a numbered product).
* **A share price in pence with a decimal** ``412.6p`` is ``money`` in ``GBP`` (4.126, the
  glued-pence rule of round 5), a rise ``up 3.2%`` a ``percent``.
* **A score line between team names** ``Leinster 34 Munster 19`` gives two ``other``
  mentions without a unit (no ``points`` word), like points scored in a game.
* **An article before a time word with no number word** (``more than a year``, ``frozen for
  a month``) is no mention; ``a million``, ``a dozen`` keep their rule.
* **A numbered day of a trip** ``Day 3 of the Camino`` is an ``identifier`` (a numbered
  noun, like ``Step 3:``); ``two-storey`` keeps ``two`` only as a ``count`` (storey is no unit).
* **A composite duration** ``8 minutes 20 seconds`` is one ``quantity`` in the first unit
  (8.333 ``minute``), like ``1 hr 20 mins`` (1.333 ``hour``); a running distance ``5k`` is 5
  ``km``; a planning reference ``No. 23/01456/FUL`` is one ``identifier``, value null.
* **Ages for a product** ``aged 3 and over`` give a ``quantity`` in years (after ``aged``).
* **Unit codes** used: ``m``, ``km``, ``km3``, ``mi``, ``ft``, ``inch``, ``cm``,
  ``mm``, ``kg``, ``g``, ``ml``, ``l``, ``tbsp``, ``tsp``, ``cup``,
  ``degC``, ``degF``, ``mph``, ``bpm``, ``GB``, ``MP``, ``mAh``, ``W``, ``kW``, ``hour``, ``minute``,
  ``second``, ``night``, ``day``, ``week``, ``month``, ``year``, ``times``, ``point``, ``%``.
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
_bh.CURRENCIES.update({"JPY", "CAD", "DEM", "VND"})

M, R = _bh.M, _bh.R
K, MLN, MLRD, TRLN = 1000, 1_000_000, 1_000_000_000, 1_000_000_000_000


def hm(h: int, m: int = 0, s: float = 0) -> float:
    """A clock time or duration in hours."""
    return h + m / 60 + s / 3600


# fmt: off
# ============================================================================ en
EN = [
    # ---- encyclopaedia articles
    ("Lake Baikal is the deepest lake in the world, with a maximum depth of 1,642 metres, and "
     "holds about 23,615 cubic kilometres of fresh water, roughly 20% of the world's unfrozen "
     "surface fresh water. It is 636 km long and up to 79 km wide, and is estimated to be 25–30 million "
     "years old.[1]",
     [M("1,642 metres", 1642, "quantity", "m"), M("23,615 cubic kilometres", 23615, "quantity", "km3"),
      M("20%", 20, "percent", "%"), M("636 km", 636, "quantity", "km"),
      M("79 km", 79, "quantity", "km"),
      R("25–30 million years", 25 * MLN, 30 * MLN, "year", MLN), M("1", 1, "reference")]),
    ("Marie Curie (7 November 1867 – 4 July 1934) was a Polish and naturalised-French physicist "
     "and chemist. She was the first woman to win a Nobel Prize, and the only person to win it "
     "in two scientific fields, in 1903 and 1911.",
     [M("7 November 1867", 1867, "date"), M("4 July 1934", 1934, "date"),
      M("two", 2, "count"), M("1903", 1903, "year"), M("1911", 1911, "year")]),
    ("The African bush elephant has a gestation period of about 22 months, the longest of any "
     "land mammal. Adult bulls stand up to 4 m at the shoulder and can weigh more than 6,000 kg.[2]",
     [M("22 months", 22, "quantity", "month"), M("4 m", 4, "quantity", "m"),
      M("6,000 kg", 6000, "quantity", "kg"), M("2", 2, "reference")]),
    ("Beethoven's Symphony No. 9 in D minor, Op. 125, was first performed in Vienna on 7 May "
     "1824. A typical performance lasts about 70 minutes, and the work is scored for orchestra, "
     "four vocal soloists and chorus.",
     [M("No. 9", 9, "identifier"), M("Op. 125", 125, "identifier"), M("7 May 1824", 1824, "date"),
      M("70 minutes", 70, "quantity", "minute"), M("four", 4, "count")]),
    ("Jupiter completes one orbit of the Sun every 11.86 years and has at least 95 known moons.[4] "
     "Its equatorial diameter is 142,984 km, about 11 times that of Earth.",
     [M("one", 1, "count"), M("11.86 years", 11.86, "quantity", "year"), M("95", 95, "count"), M("4", 4, "reference"),
      M("142,984 km", 142984, "quantity", "km"), M("11 times", 11, "other", "times")]),
    ("The Channel Tunnel, opened on 6 May 1994, is 50.46 km long, of which 37.9 km lie beneath "
     "the sea, at an average depth of 45 m below the seabed.[7][8]",
     [M("6 May 1994", 1994, "date"), M("50.46 km", 50.46, "quantity", "km"),
      M("37.9 km", 37.9, "quantity", "km"), M("45 m", 45, "quantity", "m"), M("7", 7, "reference"),
      M("8", 8, "reference")]),
    ("The Hundred Years' War was a series of conflicts fought between England and France from "
     "1337 to 1453. Henry V's victory at Agincourt on 25 October 1415 was followed by the Treaty "
     "of Troyes in 1420.[3]",
     [R("1337 to 1453", 1337, 1453), M("V", 5, "ordinal"), M("25 October 1415", 1415, "date"),
      M("1420", 1420, "year"), M("3", 3, "reference")]),
    ("Mount Kilimanjaro rises to 5,895 metres (19,341 ft) above sea level and is the highest "
     "free-standing mountain in the world. Its glaciers have lost more than 80 per cent of "
     "their area since 1912.[12]",
     [M("5,895 metres", 5895, "quantity", "m"), M("19,341 ft", 19341, "quantity", "ft"),
      M("80 per cent", 80, "percent", "%"), M("1912", 1912, "year"), M("12", 12, "reference")]),
    # ---- local news
    ("Firefighters were called to a house fire in Elm Road, Chelmsford, at 2.40am on Sunday. "
     "Two crews attended and a 64-year-old woman was taken to Broomfield Hospital suffering "
     "from smoke inhalation.",
     [M("2.40am", hm(2, 40), "other"), M("Two", 2, "count"),
      M("64-year-old", 64, "quantity", "year")]),
    ("Plans to build 240 homes on farmland north of Thornbury have been approved by South "
     "Gloucestershire Council, despite more than 300 objections. The developer will contribute "
     "£1.2m towards a new primary school.",
     [M("240", 240, "count"), M("300", 300, "count"), M("£1.2m", 1.2 * MLN, "money", "GBP", MLN)]),
    ("The A38 will be closed in both directions between junctions 4 and 5 from 8pm on Friday "
     "until 6am on Monday while resurfacing work is carried out.",
     [M("A38", 38, "identifier"), M("4", 4, "identifier"), M("5", 5, "identifier"),
      M("8pm", 20, "other"), M("6am", 6, "other")]),
    ("A man aged 23 has been charged with dangerous driving after a crash on the B1040 in which "
     "a cyclist suffered serious injuries. He will appear before Peterborough magistrates on "
     "14 March.",
     [M("23", 23, "quantity", "year"), M("B1040", 1040, "identifier"), M("14 March", None, "date")]),
    ("Organisers said around 15,000 people turned out for the town's first Pride parade on "
     "Saturday, three times as many as expected. The event marked the 50th anniversary of the "
     "first march in 1974.",
     [M("15,000", 15000, "count"), M("three times", 3, "other", "times"), M("50th", 50, "ordinal"),
      M("1974", 1974, "year")]),
    # ---- national news
    ("The Met Office issued an amber warning for heavy rain, with up to 80mm expected on high "
     "ground in south Wales, where temperatures will reach only 10-12C. Gusts of 70mph were recorded at Aberdaron on Tuesday morning.",
     [M("80mm", 80, "quantity", "mm"), R("10-12C", 10, 12, "degC"), M("70mph", 70, "quantity", "mph")]),
    ("NHS figures show 7.6 million people were waiting for hospital treatment in England at the "
     "end of September, with 389,952 of them having waited more than a year.",
     [M("7.6 million", 7.6 * MLN, "count", None, MLN), M("389,952", 389952, "count"),
      ]),
    ("Inflation fell to 3.9% in the 12 months to November, down from 4.6% in October, according "
     "to the Office for National Statistics.",
     [M("3.9%", 3.9, "percent", "%"), M("12 months", 12, "quantity", "month"),
      M("4.6%", 4.6, "percent", "%")]),
    ("The government said it would recruit 6,500 new teachers over the next five years, at an "
     "estimated cost of £450 million a year.",
     [M("6,500", 6500, "count"), M("five years", 5, "quantity", "year"),
      M("£450 million", 450 * MLN, "money", "GBP", MLN)]),
    # ---- business and finance
    ("Shares in Tesco closed up 3.2% at 412.6p after the supermarket raised its full-year profit "
     "forecast to £2.8bn. Like-for-like sales in the UK rose 4.4% in the 13 weeks to 25 November.",
     [M("3.2%", 3.2, "percent", "%"), M("412.6p", 4.126, "money", "GBP"),
      M("£2.8bn", 2.8 * MLRD, "money", "GBP", MLRD), M("4.4%", 4.4, "percent", "%"),
      M("13 weeks", 13, "quantity", "week"), M("25 November", None, "date")]),
    ("The company reported revenue of $94.9 billion for Q3, up 6 percent year over "
     "year, and quarterly earnings per diluted share of $1.46.",
     [M("$94.9 billion", 94.9 * MLRD, "money", "USD", MLRD), M("Q3", 3, "ordinal"), M("6 percent", 6, "percent", "%"),
      M("$1.46", 1.46, "money", "USD")]),
    ("The Bank of England held Bank Rate at 5.25% for a third consecutive meeting, with the "
     "Monetary Policy Committee voting 6–3 to maintain it.",
     [M("5.25%", 5.25, "percent", "%"), M("6", 6, "count"), M("3", 3, "count")]),
    ("The FTSE 100 fell 0.4% to 7,489 points, while the yen weakened past 150 to the dollar and "
     "Brent crude slipped to $81.20 a barrel.",
     [M("100", 100, "other"), M("0.4%", 0.4, "percent", "%"), M("7,489 points", 7489, "other", "point"),
      M("150", 150, "other"), M("$81.20", 81.2, "money", "USD")]),
    ("Toyota said it expected operating profit of 4.5 trillion yen for the year to March 2024, "
     "and would buy back up to 100 billion yen of its own shares.",
     [M("4.5 trillion yen", 4.5 * TRLN, "money", "JPY", TRLN), M("March 2024", 2024, "date"),
      M("100 billion yen", 100 * MLRD, "money", "JPY", MLRD)]),
    # ---- science and medicine
    ("Adults should aim for at least 150 minutes of moderate activity a week, such as brisk "
     "walking, or 75 minutes of vigorous activity, spread across 4 to 5 days.",
     [M("150 minutes", 150, "quantity", "minute"), M("75 minutes", 75, "quantity", "minute"),
      R("4 to 5 days", 4, 5, "day")]),
    ("In the trial, which followed 17,604 patients for an average of 3.3 years, the drug reduced "
     "the risk of heart attack and stroke by 20%. About one in five participants reported side "
     "effects.",
     [M("17,604", 17604, "count"), M("3.3 years", 3.3, "quantity", "year"),
      M("20%", 20, "percent", "%"), M("one in five", 0.2, "other")]),
    ("Light from the Sun takes about 8 minutes 20 seconds to reach Earth, which lies on average "
     "149.6 million km away.",
     [M("8 minutes 20 seconds", 8 + 20 / 60, "quantity", "minute"),
      M("149.6 million km", 149.6 * MLN, "quantity", "km", MLN)]),
    ("A normal resting heart rate for adults is between 60 and 100 beats per minute, and body "
     "temperature is usually around 37C.",
     [M("60", 60, "quantity", "bpm"), M("100 beats per minute", 100, "quantity", "bpm"),
      M("37C", 37, "quantity", "degC")]),
    ("The researchers sequenced the genomes of 2,300 bacterial samples and found that two-thirds "
     "carried at least one resistance gene.",
     [M("2,300", 2300, "count"), M("two-thirds", 2 / 3, "other"), M("one", 1, "count")]),
    # ---- government and NGO reports
    ("In 2022, an estimated 735 million people faced chronic hunger worldwide, 122 million more "
     "than in 2019. Around 45 million children under 5 years of age suffered from wasting.¹",
     [M("2022", 2022, "year"), M("735 million", 735 * MLN, "count", None, MLN),
      M("122 million", 122 * MLN, "count", None, MLN), M("2019", 2019, "year"),
      M("45 million", 45 * MLN, "count", None, MLN), M("5 years", 5, "quantity", "year"),
      M("¹", 1, "reference", glued=True)]),
    ("Recommendation 4: Local authorities should publish their homelessness strategies every "
     "three years (see paragraph 2.14 and Annex B).",
     [M("4", 4, "identifier"), M("three years", 3, "quantity", "year"), M("2.14", None, "identifier")]),
    ("Of the 1,126 schools inspected during the year, 88% were judged good or outstanding, "
     "compared with 86% in 2021/22.",
     [M("1,126", 1126, "count"), M("88%", 88, "percent", "%"), M("86%", 86, "percent", "%"),
      R("2021/22", 2021, 2022)]),
    ("Unemployment among young people aged 16-24 rose to 13.1% in the three months to August, "
     "the highest rate since 2021.",
     [R("16-24", 16, 24, "year"), M("13.1%", 13.1, "percent", "%"),
      M("three months", 3, "quantity", "month"), M("2021", 2021, "year")]),
    ("The charity distributed 2.9 million emergency food parcels between 1 April 2022 and "
     "31 March 2023, a 37% increase on the previous year.",
     [M("2.9 million", 2.9 * MLN, "count", None, MLN), M("1 April 2022", 2022, "date"),
      M("31 March 2023", 2023, "date"), M("37%", 37, "percent", "%")]),
    # ---- sports
    ("Arsenal came from behind to win 3-1 at Villa Park, with Saka scoring twice in the second "
     "half, the second in the 89th minute. The result leaves them top of the table with 12 games remaining.",
     [M("3-1", None, "other"), M("89th", 89, "ordinal"), M("12", 12, "count")]),
    ("England were bowled out for 287 on the opening day at Lord's, and by stumps New Zealand had "
     "reached 74 for 2 from 21 overs.",
     [M("287", 287, "count"), M("74", 74, "count"), M("2", 2, "count"), M("21", 21, "count")]),
    ("Verstappen took pole position with a lap of 1:31.447, 0.211 seconds quicker than Leclerc. "
     "Hamilton qualified 4th. The race runs over 57 laps of the 5.412 km circuit.",
     [M("1:31.447", 91.447 / 3600, "quantity", "hour"),
      M("0.211 seconds", 0.211, "quantity", "second"), M("4th", 4, "ordinal"), M("57", 57, "count"),
      M("5.412 km", 5.412, "quantity", "km")]),
    ("Kipchoge won in 2:02:42, the second-fastest time in history, and Ruth Chepngetich took the "
     "women's race in 2:14:18, finishing 12th overall.",
     [M("2:02:42", hm(2, 2, 42), "quantity", "hour"), M("2:14:18", hm(2, 14, 18), "quantity", "hour"),
      M("12th", 12, "ordinal")]),
    ("Leinster 34 Munster 19: Leinster scored four tries to one in front of a crowd of 51,200 at "
     "the Aviva Stadium.",
     [M("34", 34, "other"), M("19", 19, "other"), M("four", 4, "count"),
      M("one", 1, "count"), M("51,200", 51200, "count")]),
    # ---- history books
    ("By the summer of 1916 the British Army had grown to more than 1.5 million men in France. "
     "On 1 July, the first day of the Somme, it suffered 57,470 casualties, of whom 19,240 were "
     "killed; the 36th (Ulster) Division alone lost some 5,000 men.",
     [M("1916", 1916, "year"), M("1.5 million", 1.5 * MLN, "count", None, MLN),
      M("1 July", None, "date"), M("57,470", 57470, "count"), M("19,240", 19240, "count"),
      M("36th", 36, "ordinal"), M("5,000", 5000, "count")]),
    ("The Black Death reached England in 1348, in the middle of the 14th century, and within two years had killed between a third "
     "and a half of the population.",
     [M("1348", 1348, "year"), M("14th", 14, "ordinal"), M("two years", 2, "quantity", "year"), M("a third", 1 / 3, "other"),
      M("a half", 0.5, "other")]),
    ("Under the Treaty of Versailles, signed on 28 June 1919, Germany lost about 13% of its "
     "European territory and some seven million inhabitants, and reparations were later fixed at "
     "132 billion gold marks.",
     [M("28 June 1919", 1919, "date"), M("13%", 13, "percent", "%"),
      M("seven million", 7 * MLN, "count", None, MLN),
      M("132 billion gold marks", 132 * MLRD, "money", "DEM", MLRD)]),
    ("The railway mania of the 1840s saw Parliament authorise 272 new lines in 1846 alone, "
     "totalling some 9,500 miles. The Railway Regulation Act 1844 had already required every "
     "company to run at least one train a day each way at a fare of no more than 1d. a mile.",
     [M("1840", 1840, "year", glued=True), M("272", 272, "count"), M("1846", 1846, "year"),
      M("9,500 miles", 9500, "quantity", "mi"),
      M("1844", 1844, "year"), M("one", 1, "count"), M("1d.", 1 / 240, "money", "GBP")]),
    # ---- product pages and manuals
    ("The iPhone 15 has a 6.1-inch Super Retina XDR display with a resolution of 2556 x 1179 "
     "pixels, a 48MP main camera and up to 512GB of storage.",
     [M("15", 15, "identifier"), M("6.1-inch", 6.1, "quantity", "inch"),
      M("2556", 2556, "count"), M("1179", 1179, "count"), M("48MP", 48, "quantity", "MP"),
      M("512GB", 512, "quantity", "GB")]),
    ("Cordless vacuum cleaner, 350W motor, 0.6 litre bin. Up to 60 minutes' run time on a single "
     "charge; full recharge takes 3.5 hours. Weight 2.5 kg. 2-year guarantee.",
     [M("350W", 350, "quantity", "W"), M("0.6 litre", 0.6, "quantity", "l"),
      M("60 minutes", 60, "quantity", "minute"), M("3.5 hours", 3.5, "quantity", "hour"),
      M("2.5 kg", 2.5, "quantity", "kg"), M("2-year", 2, "quantity", "year")]),
    ("Before first use, charge the battery for at least 4 hours. Press and hold the power button "
     "for 3 seconds to switch on. If the LED flashes red 5 times, see section 7.2.",
     [M("4 hours", 4, "quantity", "hour"), M("3 seconds", 3, "quantity", "second"),
      M("5 times", 5, "other", "times"), M("7.2", None, "identifier")]),
    ("Dimensions: 60 x 45 x 25 cm. Capacity 45 litres. Suitable for children aged 3 and over. Price "
     "£79.99, free delivery on orders over £50.",
     [M("60", 60, "quantity", "cm"), M("45", 45, "quantity", "cm"), M("25 cm", 25, "quantity", "cm"),
      M("45 litres", 45, "quantity", "l"), M("3", 3, "quantity", "year"),
      M("£79.99", 79.99, "money", "GBP"), M("£50", 50, "money", "GBP")]),
    ("Battery: 5,000mAh with 25W fast charging (50% in 30 minutes). Operating temperature: "
     "0°C to 35°C.",
     [M("5,000mAh", 5000, "quantity", "mAh"), M("25W", 25, "quantity", "W"),
      M("50%", 50, "percent", "%"), M("30 minutes", 30, "quantity", "minute"),
      R("0°C to 35°C", 0, 35, "degC")]),
    # ---- recipes
    ("Preheat the oven to 200C/180C fan/gas 6. Rub 2 tbsp olive oil and 1 tsp sea salt into a "
     "1.8kg chicken and roast for 1 hr 20 mins, until the juices run clear.",
     [M("200C", 200, "quantity", "degC"), M("180C", 180, "quantity", "degC"), M("6", 6, "other"),
      M("2 tbsp", 2, "quantity", "tbsp"), M("1 tsp", 1, "quantity", "tsp"),
      M("1.8kg", 1.8, "quantity", "kg"), M("1 hr 20 mins", hm(1, 20), "quantity", "hour")]),
    ("For the batter you will need 125g plain flour, 2 large eggs and 300ml milk. Serves 4–6.",
     [M("125g", 125, "quantity", "g"), M("2", 2, "count"), M("300ml", 300, "quantity", "ml"),
      R("4–6", 4, 6)]),
    ("Whisk together 1/2 cup sugar and 3 tablespoons cornstarch, then stir in 2 cups milk. Cook "
     "over medium heat for 8 to 10 minutes, or until thickened.",
     [M("1/2 cup", 0.5, "quantity", "cup"), M("3 tablespoons", 3, "quantity", "tbsp"),
      M("2 cups", 2, "quantity", "cup"), R("8 to 10 minutes", 8, 10, "minute")]),
    ("Bake at 350°F for 25–30 minutes. The cake keeps for up to three days in an airtight tin, or "
     "can be frozen for a month.",
     [M("350°F", 350, "quantity", "degF"), R("25–30 minutes", 25, 30, "minute"),
      M("three days", 3, "quantity", "day")]),
    # ---- travel
    ("The ferry from Oban to Craignure takes 46 minutes and runs up to eight times a day in "
     "summer, with sailings every 45 to 60 minutes at peak times. A return ticket costs £7.70 for foot passengers.",
     [M("46 minutes", 46, "quantity", "minute"), M("eight times", 8, "other", "times"),
      R("45 to 60 minutes", 45, 60, "minute"),
      M("£7.70", 7.7, "money", "GBP")]),
    ("Angkor Wat opens at 5am for sunrise; a one-day pass costs US$37 and a three-day pass US$62, "
     "valid for 10 days from the date of purchase.",
     [M("5am", 5, "other"), M("one-day", 1, "quantity", "day"), M("US$37", 37, "money", "USD"),
      M("three-day", 3, "quantity", "day"), M("US$62", 62, "money", "USD"),
      M("10 days", 10, "quantity", "day")]),
    ("From Banff it is 58 km to Lake Louise along the Trans-Canada Highway, about 40 minutes by "
     "car. Parking at the lake costs CA$21 a day between May and October.",
     [M("58 km", 58, "quantity", "km"), M("40 minutes", 40, "quantity", "minute"),
      M("CA$21", 21, "money", "CAD")]),
    ("We stayed three nights at a guesthouse in Hoi An for about 450,000 dong a night, breakfast "
     "included, and hired bikes for 30,000 dong each.",
     [M("three nights", 3, "quantity", "night"), M("450,000 dong", 450000, "money", "VND"),
      M("30,000 dong", 30000, "money", "VND")]),
    # ---- legal notices
    ("NOTICE is hereby given pursuant to Section 27 of the Trustee Act 1925 that any person "
     "having a claim against the estate of JOHN ARTHUR PRICE, deceased, late of 14 Mill Lane, "
     "Ludlow, who died on 3 January 2024, must send particulars by 30 April 2024.",
     [M("27", 27, "identifier"), M("1925", 1925, "year"), M("14", 14, "identifier"),
      M("3 January 2024", 2024, "date"), M("30 April 2024", 2024, "date")]),
    ("Application No. 23/01456/FUL: Erection of a two-storey rear extension at 7 Church Street. "
     "Comments must be received within 21 days of the date of this notice.",
     [M("No. 23/01456/FUL", None, "identifier"), M("two", 2, "count"),
      M("7", 7, "identifier"), M("21 days", 21, "quantity", "day")]),
    ("The Company (registered number 08812345) was placed into creditors' voluntary liquidation "
     "on 12 February 2024. Pursuant to Section 100 of the Insolvency Act 1986, a meeting of "
     "creditors will be held at 10.30am on 1 March 2024.",
     [M("08812345", 8812345, "identifier"), M("12 February 2024", 2024, "date"), M("100", 100, "identifier"),
      M("1986", 1986, "year"),
      M("10.30am", hm(10, 30), "other"), M("1 March 2024", 2024, "date")]),
    # ---- personal blogs
    ("So I finally did it: I ran my first half marathon! 13.1 miles in 2 hours 4 minutes, which "
     "is about 9 and a half minutes a mile. Not bad for someone who couldn't run 5k last year.",
     [M("13.1 miles", 13.1, "quantity", "mi"), M("2 hours 4 minutes", hm(2, 4), "quantity", "hour"),
      M("9 and a half minutes", 9.5, "quantity", "minute"), M("5k", 5, "quantity", "km")]),
    ("We've been living off-grid for 18 months now. Our 12 solar panels give us about 4kW on a "
     "sunny day, and the whole set-up cost just under $15,000. The payback period should be 7 to "
     "8 years.",
     [M("18 months", 18, "quantity", "month"), M("12", 12, "count"), M("4kW", 4, "quantity", "kW"),
      M("$15,000", 15000, "money", "USD"), R("7 to 8 years", 7, 8, "year")]),
    ("Day 3 of the Camino: 24 km from Pamplona to Puente la Reina, with a climb of about 350 m "
     "over the Alto del Perdón. My feet hurt. Two blisters and counting.",
     [M("3", 3, "identifier"), M("24 km", 24, "quantity", "km"), M("350 m", 350, "quantity", "m"),
      M("Two", 2, "count")]),
]
# fmt: on


def main() -> None:
    _bh.build_all({"en": EN}, "dev_en11", HERE)


if __name__ == "__main__":
    main()
