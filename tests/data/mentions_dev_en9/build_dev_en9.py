"""Build the ninth English numeric-mention development set (``dev_en9_en.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_dev_en9/build_dev_en9.py

A **development** set: the English rules of ``analysis.mentions`` are tuned on it, so its
scores say nothing about generalisation (the held-out sets do that).  It is mixed modern
English in many everyday registers: encyclopedia-style articles on sport, music, film,
transport, companies, science and history; local and national news (business, courts,
weather); reviews; government and council web pages; travel guides; obituaries; blogs
and how-to guides; FAQs; press releases; sports reports.  The passages were written for
this set in the style of those registers and annotated blind, from
``docs/numeric-mentions.md`` and the decisions in the docstrings of
``tests/data/mentions_heldout/build_heldout.py`` and the ``build_dev_en*.py`` scripts,
without reading the extractor's code and without running it on them.  Texts are already
normalised (plain spaces, no NBSP / thin spaces).

Each passage is ``(text, [mentions in text order])`` using the ``M`` / ``R`` helpers and
the ``annotate`` validator of ``tests/data/mentions_heldout/build_heldout.py`` (offsets are
found with ``str.find`` from the end of the previous mention, never typed).  No currency
code beyond the validator's own (``USD``, ``GBP``, ``EUR``) is needed.

Decisions taken here where the spec and the earlier docstrings are silent, each with the
example that settled it:

* **A chart position** ``37 weeks at No. 1`` is a rank, an ``ordinal`` (value 1) with the
  number sign inside, like ``peringkat 3``; a catalogue number of a work
  (``Symphony No. 9``) stays an ``identifier`` and an opus number after ``Op.`` is an
  ``identifier`` with the abbreviation outside (``Op. 125`` -> ``125``).
* **League points elided after a number** are avoided; written out (``five points ahead``)
  they are ``other`` in ``point`` as in dev_en6.
* **A review rating** ``Verdict: 4/5`` is one ``other`` mention, value null, like a score
  (not the fraction 0.8).
* **A unit after an adjective** ``5 to 7 working days`` leaves the adjective and unit
  outside the range span (``5 to 7``, unit ``day``), since the span runs number + unit
  token only when they are adjacent.
* **A clock range with "until"** ``from 3pm until 11pm`` is one ``range`` (15..23), like
  ``10am–1pm``; ``9am to 5pm`` likewise (9..17).
* **A hyphenated size word that is not a unit** (``the nine-strong committee``,
  ``three-course``) is a ``count`` with the number word only, like ``27-member``.
* **A goal in words after an ordinal** (``Saka added a third``) is an ordinal word, no
  mention (not the fraction).
* **Flight codes and aircraft variants**: ``BA117`` is one ``identifier`` with its letters
  (value 117); ``777-300ER`` one ``identifier``, value null; ``Terminal 5``, ``Bus 36``,
  ``Class 800``, ``Step 3`` identifiers.
* **A regnal number after a king's name** ``Harold II`` is an ``ordinal``; ``AD 122`` a
  ``year`` with ``AD`` outside (as ``AD 117–138``); an IP address ``192.168.1.1`` one
  ``identifier``, value null.
* **A lone "one" before a counted noun** in a sentence with another figure (``one
  pushchair and one item of hand luggage up to 10kg``) is a ``count``; ``one of the
  finest`` stays an idiom.
* **Unit codes** used: ``m``, ``km``, ``mi``, ``cm``, ``mm``, ``g``, ``kg``, ``t``, ``mL``,
  ``L``, ``tsp``, ``GW``, ``hp``, ``mpg``, ``mph``, ``km/h``, ``m/s``, ``degC``, ``second``,
  ``minute``, ``hour``, ``day``, ``week``, ``month``, ``year``, ``point``, ``times``, ``%``.
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


def hm(h: int, m: int = 0, s: int = 0) -> float:
    """A clock time or duration in hours."""
    return h + m / 60 + s / 3600


# fmt: off
# ============================================================================ en
EN = [
    # ---- encyclopedia: sport
    ("Manchester City won the 2022–23 Premier League title with 89 points, five points ahead of "
     "Arsenal, and completed the treble by beating Inter Milan 1–0 in the Champions League final "
     "in Istanbul on 10 June 2023.",
     [R("2022–23", 2022, 2023), M("89 points", 89, "other", "point"),
      M("five points", 5, "other", "point"), M("1–0", None, "other"),
      M("10 June 2023", 2023, "date")]),
    ("Born in Sherwood Content in 1986, Usain Bolt set the 100 metres world record of 9.58 "
     "seconds at the 2009 World Championships in Berlin and won eight Olympic gold medals "
     "between 2008 and 2016.",
     [M("1986", 1986, "year"), M("100 metres", 100, "quantity", "m"),
      M("9.58 seconds", 9.58, "quantity", "second"), M("2009", 2009, "year"),
      M("eight", 8, "count"), M("2008", 2008, "year"), M("2016", 2016, "year")]),
    # ---- encyclopedia: music
    ("The album spent 37 weeks at No. 1 on the Billboard 200 and has sold more than 12 million "
     "copies worldwide; it won four Grammy Awards at the 26th ceremony in February 1984.",
     [M("37 weeks", 37, "quantity", "week"), M("No. 1", 1, "ordinal"), M("200", 200, "other"),
      M("12 million", 12 * MLN, "count", None, MLN), M("four", 4, "count"),
      M("26th", 26, "ordinal"), M("February 1984", 1984, "date")]),
    ("Formed in Birmingham in 1968, the band released their debut single in January 1970 and "
     "toured the United States 11 times in the following five years.",
     [M("1968", 1968, "year"), M("January 1970", 1970, "date"),
      M("11 times", 11, "other", "times"), M("five years", 5, "quantity", "year")]),
    ("Symphony No. 9 in D minor, Op. 125, was first performed at the Theater am Kärntnertor in "
     "Vienna on 7 May 1824 and lasts about 70 minutes.",
     [M("No. 9", 9, "identifier"), M("125", 125, "identifier"), M("7 May 1824", 1824, "date"),
      M("70 minutes", 70, "quantity", "minute")]),
    # ---- encyclopedia: film
    ("The film was shot over 52 days on a budget of $15 million and grossed $203.4 million "
     "worldwide. Its running time is 2 hours 28 minutes, trimmed from a 190-minute first cut.",
     [M("52 days", 52, "quantity", "day"), M("$15 million", 15 * MLN, "money", "USD", MLN),
      M("$203.4 million", 203.4 * MLN, "money", "USD", MLN),
      M("2 hours", 2, "quantity", "hour"), M("28 minutes", 28, "quantity", "minute"),
      M("190-minute", 190, "quantity", "minute")]),
    ("Apocalypse Now premiered at the 1979 Cannes Film Festival, where it shared the Palme d'Or, "
     "and was re-released in 2001 with 49 minutes of restored footage.",
     [M("1979", 1979, "year"), M("2001", 2001, "year"),
      M("49 minutes", 49, "quantity", "minute")]),
    # ---- encyclopedia: transport
    ("The Elizabeth line runs for 100 km (60 mi) from Reading and Heathrow in the west to "
     "Shenfield and Abbey Wood in the east, with 41 stations, 10 of them new. Up to 24 trains an "
     "hour run through the central tunnels.",
     [M("100 km", 100, "quantity", "km"), M("60 mi", 60, "quantity", "mi"),
      M("41", 41, "count"), M("10", 10, "count"), M("24", 24, "count")]),
    ("The A9 between Perth and Inverness is 112 miles long. Average-speed cameras were installed "
     "in October 2014 and the limit for lorries was raised from 40 mph to 50 mph.",
     [M("A9", 9, "identifier"), M("112 miles", 112, "quantity", "mi"),
      M("October 2014", 2014, "date"), R("40 mph to 50 mph", 40, 50, "mph")]),
    ("Flight BA117 departs Heathrow Terminal 5 at 08:25 and lands at JFK at 11:05 local time; "
     "the Boeing 777-300ER used on the route seats 299 passengers.",
     [M("BA117", 117, "identifier"), M("5", 5, "identifier"), M("08:25", hm(8, 25), "other"),
      M("11:05", hm(11, 5), "other"), M("777-300ER", None, "identifier"),
      M("299", 299, "count")]),
    ("The Class 800 trains are 26 metres long per vehicle and reach a top speed of 125 mph "
     "(201 km/h) on the East Coast Main Line.",
     [M("800", 800, "identifier"), M("26 metres", 26, "quantity", "m"),
      M("125 mph", 125, "quantity", "mph"), M("201 km/h", 201, "quantity", "km/h")]),
    ("The bridge, opened in 1966, has a main span of 988 metres and carries about 24,000 "
     "vehicles a day. Tolls were scrapped on 1 January 2018, saving regular users up to £1,500 "
     "a year.",
     [M("1966", 1966, "year"), M("988 metres", 988, "quantity", "m"), M("24,000", 24000, "count"),
      M("1 January 2018", 2018, "date"), M("£1,500", 1500, "money", "GBP")]),
    ("The station handled 4.8 million passenger entries and exits in 2022–23,[3] making it the "
     "42nd busiest in Great Britain.[4]",
     [M("4.8 million", 4.8 * MLN, "count", None, MLN), R("2022–23", 2022, 2023),
      M("3", 3, "reference"), M("42nd", 42, "ordinal"), M("4", 4, "reference")]),
    # ---- encyclopedia: companies
    ("Founded in 1994 as an online bookshop, the company now employs about 1.5 million people and "
     "reported net sales of $574.8 billion in 2023, up 12% on the year before.",
     [M("1994", 1994, "year"), M("1.5 million", 1.5 * MLN, "count", None, MLN),
      M("$574.8 billion", 574.8 * MLRD, "money", "USD", MLRD), M("2023", 2023, "year"),
      M("12%", 12, "percent", "%")]),
    ("Rolls-Royce Holdings plc was incorporated in 2011 and is a constituent of the FTSE 100 "
     "Index. In 2023 it had around 42,000 employees and an underlying operating profit of "
     "£1.59 billion.",
     [M("2011", 2011, "year"), M("100", 100, "other"), M("2023", 2023, "year"),
      M("42,000", 42000, "count"), M("£1.59 billion", 1.59 * MLRD, "money", "GBP", MLRD)]),
    # ---- encyclopedia: science
    ("Jupiter has a mean radius of 69,911 km and completes one orbit of the Sun every 11.86 "
     "years. At least 95 moons have been confirmed, the largest being Ganymede, with a diameter "
     "of 5,268 km.",
     [M("69,911 km", 69911, "quantity", "km"), M("one", 1, "count"),
      M("11.86 years", 11.86, "quantity", "year"), M("95", 95, "count"),
      M("5,268 km", 5268, "quantity", "km")]),
    ("The half-life of carbon-14 is about 5,730 years, which allows organic material up to "
     "roughly 50,000 years old to be dated.[7]",
     [M("14", 14, "other"), M("5,730 years", 5730, "quantity", "year"),
      M("50,000 years", 50000, "quantity", "year"), M("7", 7, "reference")]),
    ("Sound travels at about 343 metres per second in dry air at 20 °C, roughly 1,235 km/h, and "
     "about four times faster in water.",
     [M("343 metres per second", 343, "quantity", "m/s"), M("20 °C", 20, "quantity", "degC"),
      M("1,235 km/h", 1235, "quantity", "km/h"), M("four times", 4, "other", "times")]),
    ("The vaccine was 95% effective in preventing COVID-19 in a trial of 43,548 participants "
     "aged 16 and over, with two doses given 21 days apart.",
     [M("95%", 95, "percent", "%"), M("19", 19, "other"), M("43,548", 43548, "count"),
      M("16", 16, "quantity", "year"), M("two", 2, "count"),
      M("21 days", 21, "quantity", "day")]),
    # ---- encyclopedia: history
    ("The Battle of Hastings was fought on 14 October 1066. William's army, perhaps 7,000 strong, "
     "defeated Harold II, who was killed late in the afternoon.",
     [M("14 October 1066", 1066, "date"), M("7,000", 7000, "count"), M("II", 2, "ordinal")]),
    ("The Great Fire of London burned from 2 to 6 September 1666, destroying 13,200 houses and 87 "
     "parish churches, though only six deaths were recorded.",
     [M("2 to 6 September 1666", 1666, "date"), M("13,200", 13200, "count"),
      M("87", 87, "count"), M("six", 6, "count")]),
    ("Construction of Hadrian's Wall began in AD 122 and took about six years; it ran 73 miles "
     "from the Solway Firth to Wallsend.",
     [M("122", 122, "year"), M("six years", 6, "quantity", "year"),
      M("73 miles", 73, "quantity", "mi")]),
    ("Queen Victoria reigned for 63 years and 216 days, from 20 June 1837 until her death on "
     "22 January 1901, at the age of 81.",
     [M("63 years", 63, "quantity", "year"), M("216 days", 216, "quantity", "day"),
      M("20 June 1837", 1837, "date"), M("22 January 1901", 1901, "date"),
      M("81", 81, "quantity", "year")]),
    ("Between 1845 and 1852 about one million people died in Ireland and a further 1.5 million "
     "emigrated, reducing the population by around a quarter.",
     [M("1845", 1845, "year"), M("1852", 1852, "year"),
      M("one million", MLN, "count", None, MLN), M("1.5 million", 1.5 * MLN, "count", None, MLN),
      M("a quarter", 0.25, "other")]),
    # ---- local and national news
    ("Residents in Church Street, Oldham, were evacuated at about 9.30pm on Tuesday after a gas "
     "leak. Around 40 homes were affected and the road remained closed until 6am.",
     [M("9.30pm", 21.5, "other"), M("40", 40, "count"), M("6am", 6, "other")]),
    ("A 27-year-old man from Swindon has been charged with dangerous driving after a crash on the "
     "M4 near junction 16 on Saturday 3 February.",
     [M("27-year-old", 27, "quantity", "year"), M("M4", 4, "identifier"),
      M("16", 16, "identifier"), M("3 February", None, "date")]),
    ("Unemployment rose to 4.4% in the three months to February, the Office for National "
     "Statistics said, with 1.47 million people out of work.",
     [M("4.4%", 4.4, "percent", "%"), M("three months", 3, "quantity", "month"),
      M("1.47 million", 1.47 * MLN, "count", None, MLN)]),
    ("Rainfall in February was 172% of the long-term average, making it the wettest February "
     "since records began in 1836, the Met Office said.",
     [M("172%", 172, "percent", "%"), M("1836", 1836, "year")]),
    # ---- business news
    ("The Bank of England held interest rates at 5.25% on Thursday, with six members of the "
     "nine-strong Monetary Policy Committee voting to keep rates unchanged and three voting for a "
     "25 basis point rise.",
     [M("5.25%", 5.25, "percent", "%"), M("six", 6, "count"), M("nine", 9, "count"),
      M("three", 3, "count"), M("25 basis point", 0.25, "percent", "%")]),
    ("Shares in the housebuilder fell 7% to 1,082p after it warned that completions would drop to "
     "between 9,000 and 9,500 homes this year, against 11,280 in 2023.",
     [M("7%", 7, "percent", "%"), M("1,082p", 10.82, "money", "GBP"), M("9,000", 9000, "count"),
      M("9,500", 9500, "count"), M("11,280", 11280, "count"), M("2023", 2023, "year")]),
    ("The retailer operates 1,200 stores across 14 countries. Shares closed 3.2p lower at 245.6p, "
     "valuing the group at £4.1bn.",
     [M("1,200", 1200, "count"), M("14", 14, "count"), M("3.2p", 0.032, "money", "GBP"),
      M("245.6p", 2.456, "money", "GBP"), M("£4.1bn", 4.1 * MLRD, "money", "GBP", MLRD)]),
    # ---- courts
    ("Jones, 34, of Meadow Road, Leeds, was jailed for four years and eight months at Leeds Crown "
     "Court on Friday. He was also banned from driving for 10 years and ordered to pay £1,250 in "
     "compensation.",
     [M("34", 34, "quantity", "year"), M("four years", 4, "quantity", "year"),
      M("eight months", 8, "quantity", "month"), M("10 years", 10, "quantity", "year"),
      M("£1,250", 1250, "money", "GBP")]),
    ("In R v Smith [2011] EWCA Crim 66 the court held that section 18 of the Offences Against the "
     "Person Act 1861 requires proof of a specific intent.",
     [M("2011", 2011, "reference"), M("66", 66, "reference"), M("18", 18, "identifier"),
      M("1861", 1861, "year")]),
    ("The defendant, who pleaded guilty at an earlier hearing on 14/11/2023, was sentenced to 200 "
     "hours of unpaid work as part of a 12-month community order, and must pay £85 costs and a "
     "£114 victim surcharge.",
     [M("14/11/2023", 2023, "date"), M("200 hours", 200, "quantity", "hour"),
      M("12-month", 12, "quantity", "month"), M("£85", 85, "money", "GBP"),
      M("£114", 114, "money", "GBP")]),
    # ---- weather
    ("Temperatures could reach 32C in London on Wednesday, while parts of Scotland will see up to "
     "40mm of rain. The Met Office has issued a yellow warning from 3pm until 11pm.",
     [M("32C", 32, "quantity", "degC"), M("40mm", 40, "quantity", "mm"),
      R("3pm until 11pm", 15, 23)]),
    ("Storm Ciarán brought gusts of 104mph to the Needles on the Isle of Wight, and overnight "
     "lows fell to minus 3C in parts of the Highlands.",
     [M("104mph", 104, "quantity", "mph"), M("minus 3C", -3, "quantity", "degC")]),
    # ---- reviews
    ("At £28.99 the game is good value: the main campaign lasts around 30 hours, and there are "
     "more than 120 side quests to keep you busy. Verdict: 4/5",
     [M("£28.99", 28.99, "money", "GBP"), M("30 hours", 30, "quantity", "hour"),
      M("120", 120, "count"), M("4/5", None, "other")]),
    ("The 2.0-litre diesel produces 148bhp and returns a claimed 52.3mpg, though we averaged "
     "closer to 45mpg over 600 miles of mixed driving. Prices start at £31,450.",
     [M("2.0-litre", 2.0, "quantity", "L"), M("148bhp", 148, "quantity", "hp"),
      M("52.3mpg", 52.3, "quantity", "mpg"), M("45mpg", 45, "quantity", "mpg"),
      M("600 miles", 600, "quantity", "mi"), M("£31,450", 31450, "money", "GBP")]),
    ("Starters are around £9, mains £18 to £26, and the three-course set lunch is a bargain at "
     "£29.50. We waited 40 minutes for a table on a Saturday night.",
     [M("£9", 9, "money", "GBP"), R("£18 to £26", 18, 26, "GBP"), M("three", 3, "count"),
      M("£29.50", 29.5, "money", "GBP"), M("40 minutes", 40, "quantity", "minute")]),
    # ---- government and council pages
    ("Council tax for a Band D property in 2024/25 will be £2,171.93, an increase of 4.99%. "
     "Payments are usually made in 10 monthly instalments starting on 1 April.",
     [R("2024/25", 2024, 2025), M("£2,171.93", 2171.93, "money", "GBP"),
      M("4.99%", 4.99, "percent", "%"), M("10", 10, "count"), M("1 April", None, "date")]),
    ("Bins are collected every two weeks. If your collection has been missed, please report it "
     "within 48 hours by calling 0300 123 4567 or visit the council offices at 25 High Street, "
     "open 9am to 5pm, Monday to Friday.",
     [M("two weeks", 2, "quantity", "week"), M("48 hours", 48, "quantity", "hour"),
      M("0300 123 4567", None, "identifier"), M("25", 25, "identifier"),
      R("9am to 5pm", 9, 17)]),
    ("Under the Housing Act 2004, a licence is required for a house in multiple occupation with "
     "five or more people forming two or more households. Fines of up to £30,000 may be issued.",
     [M("2004", 2004, "year"), M("five", 5, "count"), M("two", 2, "count"),
      M("£30,000", 30000, "money", "GBP")]),
    ("An adult passport costs £88.50 if you apply online and £100 if you apply by post. Allow 3 "
     "weeks for your application to be processed.",
     [M("£88.50", 88.5, "money", "GBP"), M("£100", 100, "money", "GBP"),
      M("3 weeks", 3, "quantity", "week")]),
    # ---- travel guides
    ("The Eiffel Tower is 330 metres tall. Lifts run from 9.30am to 11.45pm; tickets to the "
     "summit cost €29.40 for adults, and the 674 steps to the second floor are open until 6pm.",
     [M("330 metres", 330, "quantity", "m"), R("9.30am to 11.45pm", 9.5, 23.75),
      M("€29.40", 29.4, "money", "EUR"), M("674", 674, "count"), M("6pm", 18, "other")]),
    ("Bus 36 runs every 15 minutes from the station to the old town, a journey of about 20 "
     "minutes. A day ticket costs €7 and is valid for 24 hours.",
     [M("36", 36, "identifier"), M("15 minutes", 15, "quantity", "minute"),
      M("20 minutes", 20, "quantity", "minute"), M("€7", 7, "money", "EUR"),
      M("24 hours", 24, "quantity", "hour")]),
    ("Set on a hill 1,200 m above sea level, the village has a population of just 350, and its "
     "12th-century church is one of the finest in the region.",
     [M("1,200 m", 1200, "quantity", "m"), M("350", 350, "count"), M("12th", 12, "ordinal")]),
    # ---- obituaries
    ("Sir John Stevens, who has died aged 88, served as Chief Constable of Northumbria from 1991 "
     "to 1996 and was appointed Commissioner of the Metropolitan Police in January 2000.",
     [M("88", 88, "quantity", "year"), R("1991 to 1996", 1991, 1996),
      M("January 2000", 2000, "date")]),
    ("Born on 3 March 1941 in Cardiff, the second of four children, she left school at 15 and "
     "joined the BBC in 1962, where she worked for 31 years. She is survived by her husband, two "
     "daughters and five grandchildren.",
     [M("3 March 1941", 1941, "date"), M("four", 4, "count"), M("15", 15, "quantity", "year"),
      M("1962", 1962, "year"), M("31 years", 31, "quantity", "year"), M("two", 2, "count"),
      M("five", 5, "count")]),
    # ---- blogs and how-to guides
    ("Preheat the oven to 200C (180C fan). Mix 250g self-raising flour with 2 tsp baking powder "
     "and 100ml milk, then bake for 12-15 minutes until golden.",
     [M("200C", 200, "quantity", "degC"), M("180C", 180, "quantity", "degC"),
      M("250g", 250, "quantity", "g"), M("2 tsp", 2, "quantity", "tsp"),
      M("100ml", 100, "quantity", "mL"), R("12-15 minutes", 12, 15, "minute")]),
    ("To reset the router, hold the button on the back for 10 seconds until the lights flash. If "
     "that doesn't work, go to 192.168.1.1 in your browser and log in with the password on the "
     "sticker.",
     [M("10 seconds", 10, "quantity", "second"), M("192.168.1.1", None, "identifier")]),
    ("I ran my first marathon last Sunday in 4:12:36, about 20 minutes slower than my target. "
     "Training took 16 weeks and I covered roughly 550 miles in total.",
     [M("4:12:36", hm(4, 12, 36), "quantity", "hour"), M("20 minutes", 20, "quantity", "minute"),
      M("16 weeks", 16, "quantity", "week"), M("550 miles", 550, "quantity", "mi")]),
    ("Step 3: Drill four 6mm holes, 50cm apart, and insert the wall plugs. Use 40mm screws for "
     "plasterboard.",
     [M("3", 3, "identifier"), M("four", 4, "count"), M("6mm", 6, "quantity", "mm"),
      M("50cm", 50, "quantity", "cm"), M("40mm", 40, "quantity", "mm")]),
    # ---- FAQs
    ("How long will my refund take? Refunds are usually processed within 5 to 7 working days. If "
     "you paid by card, it may take up to 10 days for the money to appear in your account.",
     [R("5 to 7", 5, 7, "day"), M("10 days", 10, "quantity", "day")]),
    ("Can I bring a pushchair on board? Yes, each passenger may bring one pushchair and one item "
     "of hand luggage up to 10kg, measuring no more than 55 x 40 x 20cm.",
     [M("one", 1, "count"), M("one", 1, "count"), M("10kg", 10, "quantity", "kg"),
      M("55", 55, "quantity", "cm"), M("40", 40, "quantity", "cm"),
      M("20cm", 20, "quantity", "cm")]),
    # ---- press releases
    ("LONDON, 12 March 2024 – Northwind Energy today announced that its 1.2 GW offshore wind farm "
     "off the Norfolk coast has reached full commercial operation. The project will power more "
     "than 1 million homes and cut emissions by 2.5 million tonnes a year.",
     [M("12 March 2024", 2024, "date"), M("1.2 GW", 1.2, "quantity", "GW"),
      M("1 million", MLN, "count", None, MLN),
      M("2.5 million tonnes", 2.5 * MLN, "quantity", "t", MLN)]),
    ("The company will create 350 new jobs at its Sunderland plant as part of a £450m investment, "
     "with production of the new model due to start in Q3 2025.",
     [M("350", 350, "count"), M("£450m", 450 * MLN, "money", "GBP", MLN),
      M("Q3", 3, "ordinal"), M("2025", 2025, "year")]),
    # ---- sports reports
    ("Kane struck twice in the first half, his 23rd and 24th goals of the season, before Saka "
     "added a third in the 67th minute as England won 3-0 at Wembley in front of 83,412.",
     [M("23rd", 23, "ordinal"), M("24th", 24, "ordinal"), M("67th", 67, "ordinal"),
      M("3-0", None, "other"), M("83,412", 83412, "count")]),
    ("Anderson finished with figures of 5 for 42 as Lancashire bowled out Kent for 187 in 58.4 "
     "overs on the opening day.",
     [M("5", 5, "count"), M("42", 42, "count"), M("187", 187, "count"),
      M("58.4", 58.4, "count")]),
    ("Verstappen took his 54th career win from pole, finishing 7.3 seconds clear of Norris after "
     "57 laps of the 5.412km circuit.",
     [M("54th", 54, "ordinal"), M("7.3 seconds", 7.3, "quantity", "second"),
      M("57", 57, "count"), M("5.412km", 5.412, "quantity", "km")]),
    ("Scotland beat Wales 27-26 in the Six Nations at Murrayfield, where Finn Russell kicked 12 "
     "points, including a penalty from 45 metres in the 79th minute.",
     [M("27-26", None, "other"), M("Six", 6, "other"), M("12 points", 12, "other", "point"),
      M("45 metres", 45, "quantity", "m"), M("79th", 79, "ordinal")]),
]
# fmt: on


def main() -> None:
    _bh.build_all({"en": EN}, "dev_en9", HERE)


if __name__ == "__main__":
    main()
