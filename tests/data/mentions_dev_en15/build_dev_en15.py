"""Build the fifteenth English numeric-mention development set (``dev_en15_en.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_dev_en15/build_dev_en15.py

A **development** set: the English rules of ``analysis.mentions`` are tuned on it, so its
scores say nothing about generalisation (the held-out sets do that).  Its registers are
everyday modern English: emails and out-of-office replies; text messages; forum posts;
product reviews; recipes; DIY instructions; fitness logs; travel itineraries; restaurant
menus; receipts and invoices; tenancy agreements; school reports and letters; medical
appointment letters; football fan blogs and match reports; video-game guides and patch
notes.  The passages were written in the style of those registers and annotated blind,
from ``docs/numeric-mentions.md`` and the decisions in the docstrings of
``tests/data/mentions_heldout/build_heldout.py`` and the ``build_dev_en*.py`` scripts,
without reading the extractor's code and without running it on them.  Texts are already
normalised (plain spaces, no NBSP / thin spaces).

Each passage is ``(text, [mentions in text order])`` using the ``M`` / ``R`` helpers and
the ``annotate`` validator of ``tests/data/mentions_heldout/build_heldout.py`` (offsets are
found with ``str.find`` from the end of the previous mention, never typed).  The
validator's ``CURRENCIES`` set is extended in memory (not in that file) with ``CHF``.

Decisions taken here where the spec and the earlier docstrings are silent, each with the
example that settled it:

* **A weekday before a date** stays outside the span (``Friday 22 December`` ->
  ``22 December``, value null), as the dateline and ``Sunday 2 September`` cases.
* **An order or account number with ``#``** (``Order #40721``) is an ``identifier`` with the
  sign inside, like ``№ 227``; ``Account ending 4417`` and a phone extension (``ext. 2214``)
  are identifiers with the digits only.
* **Hit points and in-game gold** (``about 12,000 HP``, ``250 gold``) are ``count`` mentions
  with the digits only: ``HP`` in a game is no horsepower, and game gold no currency.  An
  item bonus ``+15 attack`` is a level (``other``, 15).
* **A game level or chapter** (``Chapter 4``, ``Level 3-2``) is an ``identifier``; the
  hyphenated world-stage pair ``3-2`` is one identifier, value null (no range).
* **A patch or version number** (``Patch 1.4.2``, ``version 1.3``) is an ``identifier``,
  value null when dotted (as ``Release 4.2``); a drop rate ``from 2% to 3.5%`` is a range.
* **A price per unit on a receipt** (``@ £0.94/kg``, ``142.9p/L``) is ``money`` in GBP with
  the slash denominator inside (as ``45 000 руб./мес.``).
* **A VAT or NHS number in spaced groups** (``VAT Reg No. 235 7654 12``, ``NHS number: 485
  777 3456``) is one ``identifier``, value null, ``No.`` inside as in ``charity no.``.
* **A test mark out of a total** (``34 out of 40``) gives two ``other`` mentions, like a
  review score ``4 out of 5``; a GCSE grade and its target (``Grade 6 (target 7)``) and an
  effort score are ``other`` (values on a scale); ``18 of 20 tasks`` two counts.
* **A heart-rate zone** (``Zone 2``) is an ``identifier`` (a class noun); a parkrun time
  ``23:58`` is a ``quantity`` in hours (a race time in M:SS).
* **An age threshold after ``(under`` on a menu** (``Kids' menu (under 12)``) is a
  ``quantity`` in years with the digits only, as ``children under 15``; ``65+`` for
  concessions likewise (``65``, the plus outside).
* **``half chicken`` on a menu** is a fraction (``other`` 0.5), unlike the noun ``the
  second half``.
* **A pizza size with the inch sign** (``10"``) is a ``quantity`` in ``inch`` with the sign
  inside.
* **Timber and screw sizes** (``47 x 100mm``, ``4 x 50mm``) are two quantities sharing the
  last unit, the first with its digits only (as ``55×40×25 см``).
* **A username's number** (``Dave_77``) is ``other`` with the digits only (a name
  containing a number).
* **A page cited in a guide or magazine** (``see p. 112 of the official guide``,
  ``(The Garden, May 2022, p. 36)``) is a ``reference`` with the digits only; a game wiki's
  bracketed note marker (``waterfall.[4]``) is a ``reference`` like ``[34]``.
* **Unit codes** used: ``m``, ``m2/l``, ``km``, ``cm``, ``mm``, ``mi``, ``ft``, ``inch``,
  ``st``, ``kg``, ``g``, ``mg``, ``lb``, ``oz``, ``L``, ``ml``, ``pint``, ``tsp``, ``cup``,
  ``kcal``, ``degC``, ``degF``, ``mph``, ``bpm``, ``Hz``, ``W``, ``kW``, ``mmHg``,
  ``mmol/l``, ``second``, ``minute``, ``hour``, ``night``, ``day``, ``week``, ``month``,
  ``year``, ``point``, ``times``, ``%``.
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
_bh.CURRENCIES.update({"CHF"})

M, R = _bh.M, _bh.R
K, MLN, MLRD, TRLN = 1000, 1_000_000, 1_000_000_000, 1_000_000_000_000


def hm(h: int, m: int = 0, s: int = 0) -> float:
    """A clock time or duration in hours."""
    return h + m / 60 + s / 3600


# fmt: off
# ============================================================================ en
EN = [
    # ---- emails
    ("Hi Sarah, just confirming the meeting on Tuesday 14 May at 10.30am in Room 4. I've "
     "attached the slides (12 pages) and the budget sheet - we're about £2,400 over on "
     "catering. Thanks, Tom",
     [M("14 May", None, "date"), M("10.30am", hm(10, 30), "other"), M("4", 4, "identifier"),
      M("12", 12, "count"), M("£2,400", 2400, "money", "GBP")]),
    ("Dear all, the office will close at 3pm on Friday 22 December and reopen on Tuesday 2 "
     "January 2024. Please submit any expense claims over £50 by 18 December.",
     [M("3pm", 15, "other"), M("22 December", None, "date"), M("2 January 2024", 2024, "date"),
      M("£50", 50, "money", "GBP"), M("18 December", None, "date")]),
    ("Good news! Your order #40721 has been dispatched and should arrive within 3 to 5 "
     "working days.",
     [M("#40721", 40721, "identifier"), R("3 to 5", 3, 5, "day")]),
    ("Hi James, following our call I can confirm we'll deliver the 120 units by Friday 28 "
     "June. The unit price is €14.20 (excl. VAT), so 1,704 euros in total. Kind regards, Anna",
     [M("120", 120, "count"), M("28 June", None, "date"), M("€14.20", 14.2, "money", "EUR"),
      M("1,704 euros", 1704, "money", "EUR")]),
    ("I'm out of the office from 5 to 16 August with limited access to email. For urgent "
     "matters please contact Mark on ext. 2214.",
     [M("5 to 16 August", None, "date"), M("2214", 2214, "identifier")]),
    # ---- text messages
    ("running 10 mins late, train stuck outside Clapham. be there for 7:15 x",
     [M("10 mins", 10, "quantity", "minute"), M("7:15", hm(7, 15), "other")]),
    ("Mum can u grab 2 pints of milk and a dozen eggs on ur way back? also need £20 for "
     "Jake's school trip tmrw",
     [M("2 pints", 2, "quantity", "pint"), M("a dozen", 12, "count"),
      M("£20", 20, "money", "GBP")]),
    ("Happy 30th birthday!! Table booked for 8 at Nando's for 7:30 Saturday. Bring £15 for "
     "the cake kitty",
     [M("30th", 30, "ordinal"), M("8", 8, "count"), M("7:30", 7.5, "other"),
      M("£15", 15, "money", "GBP")]),
    ("Landed! Flight was 40 mins late. Getting the 22:10 bus, should be home by 11pm",
     [M("40 mins", 40, "quantity", "minute"), M("22:10", hm(22, 10), "other"),
      M("11pm", 23, "other")]),
    # ---- forum posts
    ("Had the same issue with my 2016 Golf diesel, first registered in March 2016. Dealer quoted £1,150 for a new DPF but an "
     "independent garage cleaned it for £180 and it's done 14,000 miles since with no warning "
     "light.",
     [M("2016", 2016, "year"), M("March 2016", 2016, "date"), M("£1,150", 1150, "money", "GBP"), M("£180", 180, "money", "GBP"),
      M("14,000 miles", 14000, "quantity", "mi")]),
    ("Re: Best budget monitor under $300? I'd go for the 27 inch one, picked mine up for $279 "
     "on Black Friday. 60Hz is fine for office work but if you game you'll want 144Hz.",
     [M("$300", 300, "money", "USD"), M("27 inch", 27, "quantity", "inch"),
      M("$279", 279, "money", "USD"), M("60Hz", 60, "quantity", "Hz"),
      M("144Hz", 144, "quantity", "Hz")]),
    ("I've been growing tomatoes in 30-litre pots for 3 years now. Feed once a week with "
     "tomato feed at 20ml per 4.5 litres of water and pinch out the side shoots (The Garden, "
     "May 2022, p. 36).",
     [M("30-litre", 30, "quantity", "L"), M("3 years", 3, "quantity", "year"),
      M("20ml", 20, "quantity", "ml"), M("4.5 litres", 4.5, "quantity", "L"),
      M("May 2022", 2022, "date"), M("36", 36, "reference")]),
    ("Posted 14 Feb 2023, 09:12. Quote from Dave_77: anything over 50mph in that wind is "
     "asking for trouble. Agreed. Was doing 45mph on the A66 and nearly got blown off.",
     [M("14 Feb 2023", 2023, "date"), M("09:12", hm(9, 12), "other"), M("77", 77, "other"),
      M("50mph", 50, "quantity", "mph"), M("45mph", 45, "quantity", "mph"),
      M("A66", 66, "identifier")]),
    # ---- product reviews
    ("4 out of 5. Battery lasts about 9 hours on a single charge, which is less than the 12 "
     "hours advertised. Weighs 1.3kg so it's easy to carry. Returned the first one after 2 "
     "weeks because of a dead pixel.",
     [M("4", 4, "other"), M("5", 5, "other"), M("9 hours", 9, "quantity", "hour"),
      M("12 hours", 12, "quantity", "hour"), M("1.3kg", 1.3, "quantity", "kg"),
      M("2 weeks", 2, "quantity", "week")]),
    ("Bought this kettle in March and it stopped working after six weeks. 1.7 litre capacity, "
     "3kW, boils a full jug in under 3 minutes. My old 2015 Breville lasted 8 years, so for "
     "£34.99 I expected better. 2/5",
     [M("six weeks", 6, "quantity", "week"), M("1.7 litre", 1.7, "quantity", "L"),
      M("3kW", 3, "quantity", "kW"), M("3 minutes", 3, "quantity", "minute"),
      M("2015", 2015, "year"), M("8 years", 8, "quantity", "year"),
      M("£34.99", 34.99, "money", "GBP"), M("2", 2, "other"), M("5", 5, "other")]),
    ("Fits true to size. I'm 5ft 9in and 11 stone and the medium is perfect. Washed it 10 "
     "times at 30°C and no shrinking.",
     [M("5ft", 5, "quantity", "ft"), M("9in", 9, "quantity", "inch"),
      M("11 stone", 11, "quantity", "st"), M("10 times", 10, "other", "times"),
      M("30°C", 30, "quantity", "degC")]),
    ("Great little air fryer. The 4.2 litre basket does chips for 3 people in about 18 mins "
     "at 200°C. Only downside is it's 1500W so it trips our old socket sometimes.",
     [M("4.2 litre", 4.2, "quantity", "L"), M("3", 3, "count"),
      M("18 mins", 18, "quantity", "minute"), M("200°C", 200, "quantity", "degC"),
      M("1500W", 1500, "quantity", "W")]),
    # ---- recipes
    ("Preheat the oven to 180C/160C fan/gas 4. Grease and line two 20cm round sandwich tins. "
     "Beat 200g softened butter with 200g caster sugar until pale, then add 4 eggs one at a "
     "time.",
     [M("180C", 180, "quantity", "degC"), M("160C", 160, "quantity", "degC"),
      M("4", 4, "other"), M("two", 2, "count"), M("20cm", 20, "quantity", "cm"),
      M("200g", 200, "quantity", "g"), M("200g", 200, "quantity", "g"), M("4", 4, "count")]),
    ("Simmer for 25-30 minutes, stirring occasionally. Serves 4. Per serving: 412 kcal, 18g "
     "fat, 6g saturates, 1.2g salt.",
     [R("25-30 minutes", 25, 30, "minute"), M("4", 4, "count"),
      M("412 kcal", 412, "quantity", "kcal"), M("18g", 18, "quantity", "g"),
      M("6g", 6, "quantity", "g"), M("1.2g", 1.2, "quantity", "g")]),
    ("Whisk ½ tsp baking powder into 250ml buttermilk, then fold through 1½ cups plain "
     "flour. Chill for at least 2 hours, or overnight.",
     [M("½ tsp", 0.5, "quantity", "tsp"), M("250ml", 250, "quantity", "ml"),
      M("1½ cups", 1.5, "quantity", "cup"), M("2 hours", 2, "quantity", "hour")]),
    ("Banana bread: 3 very ripe bananas, 75g melted butter, 150g light brown sugar, 1 egg, "
     "1 tsp vanilla extract, 190g plain flour. Bake in a 2lb loaf tin for 55-60 mins.",
     [M("3", 3, "count"), M("75g", 75, "quantity", "g"), M("150g", 150, "quantity", "g"),
      M("1", 1, "count"), M("1 tsp", 1, "quantity", "tsp"), M("190g", 190, "quantity", "g"),
      M("2lb", 2, "quantity", "lb"), R("55-60 mins", 55, 60, "minute")]),
    ("Bake at 350°F for 25 to 30 minutes, until a toothpick comes out clean. Makes 24 "
     "cookies. Store in an airtight container for up to 5 days.",
     [M("350°F", 350, "quantity", "degF"), R("25 to 30 minutes", 25, 30, "minute"),
      M("24", 24, "count"), M("5 days", 5, "quantity", "day")]),
    # ---- DIY instructions
    ("Drill a 6mm pilot hole 40mm deep and insert a brown wall plug. Fix the bracket with the "
     "two 50mm screws supplied, then check it is level before tightening.",
     [M("6mm", 6, "quantity", "mm"), M("40mm", 40, "quantity", "mm"), M("two", 2, "count"),
      M("50mm", 50, "quantity", "mm")]),
    ("Step 3: Apply the first coat and allow 4 hours to dry. Lightly sand and apply a second "
     "coat. Coverage: approx. 12m² per litre.",
     [M("3", 3, "identifier"), M("4 hours", 4, "quantity", "hour"),
      M("12m² per litre", 12, "quantity", "m2/l")]),
    ("You'll need a 2.4m length of 47 x 100mm treated timber, a box of 4 x 50mm screws and a "
     "5-litre tub of fence paint.",
     [M("2.4m", 2.4, "quantity", "m"), M("47", 47, "quantity", "mm"),
      M("100mm", 100, "quantity", "mm"), M("4", 4, "quantity", "mm"),
      M("50mm", 50, "quantity", "mm"), M("5-litre", 5, "quantity", "L")]),
    ("Turn off the water at the stopcock and drain the system. Cut the 15mm copper pipe with "
     "a pipe cutter, leaving at least 20mm for the push-fit connector. Allow 24 hours before "
     "turning the heating back on.",
     [M("15mm", 15, "quantity", "mm"), M("20mm", 20, "quantity", "mm"),
      M("24 hours", 24, "quantity", "hour")]),
    # ---- fitness logs
    ("Mon 6 Jan: 5k easy run, avg HR 142 bpm. Squats 3 sets of 8 at 60kg, bench 3 sets of 5 "
     "at 45kg.",
     [M("6 Jan", None, "date"), M("5k", 5, "quantity", "km"), M("142 bpm", 142, "quantity", "bpm"),
      M("3", 3, "count"), M("8", 8, "count"), M("60kg", 60, "quantity", "kg"),
      M("3", 3, "count"), M("5", 5, "count"), M("45kg", 45, "quantity", "kg")]),
    ("Week 4 done. Lost 1.8 lbs this week, 11 lbs total since I started on 1st March. "
     "Averaging 9,500 steps a day and 2 litres of water.",
     [M("4", 4, "identifier"), M("1.8 lbs", 1.8, "quantity", "lb"),
      M("11 lbs", 11, "quantity", "lb"), M("1st March", None, "date"),
      M("9,500", 9500, "count"), M("2 litres", 2, "quantity", "L")]),
    ("Tues: Zone 2 bike, 45 min, avg power 165W, 22.4 km. Felt good. Resting HR down to "
     "52 bpm.",
     [M("2", 2, "identifier"), M("45 min", 45, "quantity", "minute"),
      M("165W", 165, "quantity", "W"), M("22.4 km", 22.4, "quantity", "km"),
      M("52 bpm", 52, "quantity", "bpm")]),
    ("Parkrun PB today! 23:58, knocked 41 seconds off my old time. That's my 50th parkrun "
     "done, so I get the red T-shirt.",
     [M("23:58", hm(0, 23, 58), "quantity", "hour"), M("41 seconds", 41, "quantity", "second"),
      M("50th", 50, "ordinal")]),
    # ---- travel itineraries
    ("Day 2: Depart Roma Termini at 08:45 on Frecciarossa 9527, arriving Firenze S.M.N. at "
     "10:17. Check in to Hotel Bellini (2 nights, breakfast included).",
     [M("2", 2, "identifier"), M("08:45", 8.75, "other"), M("9527", 9527, "identifier"),
      M("10:17", hm(10, 17), "other"), M("2 nights", 2, "quantity", "night")]),
    ("Flight BA 2490 departs Gatwick 14:20, arrives Malaga 18:05 local time (flight time 2h "
     "45m). Baggage allowance: one 23kg hold bag.",
     [M("2490", 2490, "identifier"), M("14:20", hm(14, 20), "other"),
      M("18:05", hm(18, 5), "other"), M("2h 45m", 2.75, "quantity", "hour"),
      M("one", 1, "count"), M("23kg", 23, "quantity", "kg")]),
    ("Our 10-day Vietnam itinerary. Day 1: arrive Hanoi, 2 nights in the Old Quarter. Day 3: "
     "overnight cruise on Ha Long Bay. Day 4: fly to Da Nang (1h 20m).",
     [M("10-day", 10, "quantity", "day"), M("1", 1, "identifier"),
      M("2 nights", 2, "quantity", "night"), M("3", 3, "identifier"), M("4", 4, "identifier"),
      M("1h 20m", hm(1, 20), "quantity", "hour")]),
    ("The Glacier Express takes about 8 hours to cover the 291 km from Zermatt to St. Moritz, "
     "crossing 291 bridges and climbing to 2,033 metres at the Oberalp Pass. 2nd class seats "
     "start at CHF 152.",
     [M("8 hours", 8, "quantity", "hour"), M("291 km", 291, "quantity", "km"),
      M("291", 291, "count"), M("2,033 metres", 2033, "quantity", "m"),
      M("2nd", 2, "ordinal"), M("CHF 152", 152, "money", "CHF")]),
    # ---- restaurant menus
    ("STARTERS. Soup of the day with sourdough £6.50. Salt and pepper squid, lime aioli "
     "£8.95. Baked camembert to share (serves 2) £14",
     [M("£6.50", 6.5, "money", "GBP"), M("£8.95", 8.95, "money", "GBP"), M("2", 2, "count"),
      M("£14", 14, "money", "GBP")]),
    ("Sunday roast served 12-4pm. 8oz sirloin £21.50, half chicken £17. Kids' menu (under 12) "
     "2 courses for £8.50.",
     [R("12-4pm", 12, 16), M("8oz", 8, "quantity", "oz"), M("£21.50", 21.5, "money", "GBP"),
      M("half", 0.5, "other"), M("£17", 17, "money", "GBP"), M("12", 12, "quantity", "year"),
      M("2", 2, "count"), M("£8.50", 8.5, "money", "GBP")]),
    ("Pizza Margherita 10\" £9 / 14\" £13. Extra toppings £1.50 each. Meal deal: any 2 pizzas "
     "and 1 side for £22. A discretionary 12.5% service charge is added to tables of 6 or "
     "more.",
     [M("10\"", 10, "quantity", "inch"), M("£9", 9, "money", "GBP"),
      M("14\"", 14, "quantity", "inch"), M("£13", 13, "money", "GBP"),
      M("£1.50", 1.5, "money", "GBP"), M("2", 2, "count"), M("1", 1, "count"),
      M("£22", 22, "money", "GBP"), M("12.5%", 12.5, "percent", "%"), M("6", 6, "count")]),
    # ---- receipts and invoices
    ("Semi-skimmed milk 2.27L £1.65. Bananas 0.84kg @ £0.94/kg £0.79. TOTAL £12.38. CARD "
     "£12.38. 14/03/24 17:52",
     [M("2.27L", 2.27, "quantity", "L"), M("£1.65", 1.65, "money", "GBP"),
      M("0.84kg", 0.84, "quantity", "kg"), M("£0.94/kg", 0.94, "money", "GBP"),
      M("£0.79", 0.79, "money", "GBP"), M("£12.38", 12.38, "money", "GBP"),
      M("£12.38", 12.38, "money", "GBP"), M("14/03/24", 2024, "date"),
      M("17:52", hm(17, 52), "other")]),
    ("INVOICE No. INV-2024-0187. Date: 03/04/2024. Payment terms: 30 days. Subtotal "
     "£1,250.00, VAT at 20% £250.00, Total due £1,500.00.",
     [M("No. INV-2024-0187", None, "identifier"), M("03/04/2024", 2024, "date"),
      M("30 days", 30, "quantity", "day"), M("£1,250.00", 1250, "money", "GBP"),
      M("20%", 20, "percent", "%"), M("£250.00", 250, "money", "GBP"),
      M("£1,500.00", 1500, "money", "GBP")]),
    ("Thank you for your payment of $86.40 on 11/02/2024. Your next bill of approximately $92 "
     "is due on Dec 1. Account ending 4417.",
     [M("$86.40", 86.4, "money", "USD"), M("11/02/2024", 2024, "date"),
      M("$92", 92, "money", "USD"), M("Dec 1", None, "date"), M("4417", 4417, "identifier")]),
    ("Pump 4 Unleaded 38.21 L @ 142.9p/L £54.60. Paid by contactless 22/07/2024 08:14. "
     "VAT Reg No. 235 7654 12",
     [M("4", 4, "identifier"), M("38.21 L", 38.21, "quantity", "L"),
      M("142.9p/L", 1.429, "money", "GBP"), M("£54.60", 54.6, "money", "GBP"),
      M("22/07/2024", 2024, "date"), M("08:14", hm(8, 14), "other"),
      M("No. 235 7654 12", None, "identifier")]),
    # ---- tenancy agreements
    ("The Tenant shall pay rent of £1,150 per calendar month in advance on the 1st day of "
     "each month. A deposit of £1,326.92, equal to five weeks' rent, will be protected within "
     "30 days of receipt.",
     [M("£1,150", 1150, "money", "GBP"), M("1st", 1, "ordinal"),
      M("£1,326.92", 1326.92, "money", "GBP"), M("five weeks", 5, "quantity", "week"),
      M("30 days", 30, "quantity", "day")]),
    ("4.2 The Tenant must give the Landlord at least two months' notice in writing. The term "
     "of this Agreement is 12 months commencing on 1 September 2024.",
     [M("4.2", None, "identifier"), M("two months", 2, "quantity", "month"),
      M("12 months", 12, "quantity", "month"), M("1 September 2024", 2024, "date")]),
    ("The Property: Flat 7, 23 Elm Grove, Headingley, Leeds. Maximum occupancy: 3 persons.",
     [M("7", 7, "identifier"), M("23", 23, "identifier"), M("3", 3, "count")]),
    ("The rent will be reviewed annually and may not increase by more than 5% or the CPI rate "
     "plus 1%, whichever is lower. Payments more than 14 days late will incur interest at 3% "
     "above the Bank of England base rate.",
     [M("5%", 5, "percent", "%"), M("1%", 1, "percent", "%"), M("14 days", 14, "quantity", "day"),
      M("3%", 3, "percent", "%")]),
    # ---- school reports and letters
    ("Maths: working at the expected standard. Attendance this term 96.4% (3 days absent). "
     "Ellie scored 34 out of 40 in her end-of-unit test.",
     [M("96.4%", 96.4, "percent", "%"), M("3 days", 3, "quantity", "day"),
      M("34", 34, "other"), M("40", 40, "other")]),
    ("Year 9 Report. English: Grade 6 (target 7). Effort: 2. Homework completed: 18 of 20 "
     "tasks.",
     [M("9", 9, "identifier"), M("6", 6, "other"), M("7", 7, "other"), M("2", 2, "other"),
      M("18", 18, "count"), M("20", 20, "count")]),
    ("Dear Parents, Year 6 SATs will take place in the week beginning 13 May 2024. The reading "
     "paper lasts 1 hour and the three maths papers 30 or 40 minutes each.",
     [M("6", 6, "identifier"), M("13 May 2024", 2024, "date"), M("1 hour", 1, "quantity", "hour"),
      M("three", 3, "count"), M("30", 30, "quantity", "minute"),
      M("40 minutes", 40, "quantity", "minute")]),
    # ---- medical appointment letters
    ("Your appointment with Dr Patel at the Outpatients Clinic, Level 2, is on Wednesday 9 "
     "October 2024 at 2:15pm. Please arrive 15 minutes early. If you need to rearrange, call "
     "0113 243 3144.",
     [M("2", 2, "identifier"), M("9 October 2024", 2024, "date"), M("2:15pm", 14.25, "other"),
      M("15 minutes", 15, "quantity", "minute"), M("0113 243 3144", None, "identifier")]),
    ("Please do not eat for 6 hours before your procedure; you may drink clear fluids up to 2 "
     "hours before. NHS number: 485 777 3456. You will be at the unit for approximately 3 to "
     "4 hours.",
     [M("6 hours", 6, "quantity", "hour"), M("2 hours", 2, "quantity", "hour"),
      M("485 777 3456", None, "identifier"), R("3 to 4 hours", 3, 4, "hour")]),
    ("Your blood pressure was 138/86 mmHg and your cholesterol 5.4 mmol/L. Dr Khan has "
     "prescribed atorvastatin 20mg once daily for 3 months.",
     [M("138", 138, "quantity", "mmHg"), M("86 mmHg", 86, "quantity", "mmHg"),
      M("5.4 mmol/L", 5.4, "quantity", "mmol/l"), M("20mg", 20, "quantity", "mg"),
      M("3 months", 3, "quantity", "month")]),
    ("Following your scan on 2nd April, the consultant would like to see you in 6-8 weeks. "
     "Take 1 tablet (500mg) up to 4 times a day; do not exceed 8 tablets in 24 hours.",
     [M("2nd April", None, "date"), R("6-8 weeks", 6, 8, "week"), M("1", 1, "count"),
      M("500mg", 500, "quantity", "mg"), M("4 times", 4, "other", "times"), M("8", 8, "count"),
      M("24 hours", 24, "quantity", "hour")]),
    # ---- football fan blogs and match reports
    ("What a night. 2-0 down at half-time and we come back to win 3-2 with a 94th-minute "
     "winner. 52,000 at the Emirates and not one of them left early.",
     [M("2-0", None, "other"), M("3-2", None, "other"), M("94th", 94, "ordinal"),
      M("52,000", 52000, "count")]),
    ("Saka's now got 14 goals and 9 assists in 31 games this season. At £120m he'd still be a "
     "bargain. We sit 3rd, 4 points behind City with 7 to play.",
     [M("14", 14, "count"), M("9", 9, "count"), M("31", 31, "count"),
      M("£120m", 120 * MLN, "money", "GBP", MLN), M("3rd", 3, "ordinal"),
      M("4 points", 4, "other", "point"), M("7", 7, "count")]),
    ("Season ticket prices for 2024/25 are up 6% to £1,049 for adults; concessions (65+) stay "
     "at £520. It's the third rise since 2019.",
     [R("2024/25", 2024, 2025), M("6%", 6, "percent", "%"), M("£1,049", 1049, "money", "GBP"),
      M("65", 65, "quantity", "year"), M("£520", 520, "money", "GBP"), M("2019", 2019, "year")]),
    ("Town 1 Rovers 1. Attendance 8,412 (1,150 away). Harris equalised in the 67th minute "
     "after Kelly's header just before the break. Our first point at their place since 1998.",
     [M("1", 1, "other"), M("1", 1, "other"), M("8,412", 8412, "count"),
      M("1,150", 1150, "count"), M("67th", 67, "ordinal"), M("1998", 1998, "year")]),
    # ---- video-game guides and patch notes
    ("Chapter 4 Walkthrough: head north from the camp until you reach the ruined tower. The "
     "boss has about 12,000 HP and is weak to fire, so bring at least 5 Fire Flasks (see p. 112 "
     "of the official guide).",
     [M("4", 4, "identifier"), M("12,000", 12000, "count"), M("5", 5, "count"),
      M("112", 112, "reference")]),
    ("To unlock the secret ending you need all 108 stars. Level 3-2 hides 3 of them, the "
     "first behind the waterfall.[4]",
     [M("108", 108, "count"), M("3-2", None, "identifier"), M("3", 3, "count"),
      M("4", 4, "reference")]),
    ("Crafting a Steel Sword takes 3 Iron Ingots and 1 Leather Strip and gives +15 attack. "
     "The sword sells to merchants for 250 gold.",
     [M("3", 3, "count"), M("1", 1, "count"), M("+15", 15, "other"), M("250", 250, "count")]),
    ("Patch 1.4.2 notes: increased the drop rate of Legendary items from 2% to 3.5%. Stamina "
     "regeneration reduced by 10%. Fixed a crash when loading saves from version 1.3.",
     [M("1.4.2", None, "identifier"), R("2% to 3.5%", 2, 3.5, "%"), M("10%", 10, "percent", "%"),
      M("1.3", None, "identifier")]),
]
# fmt: on


if __name__ == "__main__":
    _bh.build_all({"en": EN}, "dev_en15", HERE)
