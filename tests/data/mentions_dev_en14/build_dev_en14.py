"""Build the fourteenth English numeric-mention development set (``dev_en14_en.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_dev_en14/build_dev_en14.py

A **development** set: the English rules of ``analysis.mentions`` are tuned on it, so its
scores say nothing about generalisation (the held-out sets do that).  Its registers are
historical and archival English: 17th-20th-century letters and diaries; parish registers;
wills and probate inventories; estate and household accounts; 19th-century Hansard;
colonial and consular reports; ships' logs; old newspapers' shipping, market and sporting
columns; early scientific papers; almanacs and directories.  The passages were written in
the style of those registers and annotated blind, from ``docs/numeric-mentions.md`` and the
decisions in the docstrings of ``tests/data/mentions_heldout/build_heldout.py`` and the
``build_dev_en*.py`` scripts, without reading the extractor's code and without running it
on them.  Texts are already normalised (plain spaces, no NBSP / thin spaces).

Each passage is ``(text, [mentions in text order])`` using the ``M`` / ``R`` helpers and
the ``annotate`` validator of ``tests/data/mentions_heldout/build_heldout.py`` (offsets are
found with ``str.find`` from the end of the previous mention, never typed).  The
validator's ``CURRENCIES`` set is extended in memory (not in that file) with ``INR``.

Decisions taken here where the spec and the earlier docstrings are silent, each with the
example that settled it:

* **Ten shillings written ``10/-``** is one ``money`` mention in GBP (0.5), the slash and
  dash inside.
* **A possessive duration** ``6 days' hedging`` keeps the apostrophe outside the span
  (``6 days``), like punctuation; ``half a year's rent`` is one ``quantity`` of 0.5 year
  (``half a year``, like ``half a pint``).
* **An old clock phrase** ``between 3 and 4 of the clock`` is two times of day (a list, as
  ``between ... and``), the second with ``of the clock`` inside and unit ``hour``, like
  ``4 o'clock``.
* **A barometer height in inches of mercury** (``the mercury stood at 29.84 inches``) is a
  quantity in ``inHg``, like ``29.812 in.``.
* **An almanac's month length** ``JANUARY hath XXXI days`` is a ``quantity`` of 31 days;
  the computus figures ``Golden Number 14`` and ``Epact 3`` are values on a cycle, ``other``.
* **A directory's house numbers** (``14 High st.``, ``27 & 28 Market place``) are
  ``identifier`` each, like a house number before a street.
* **Stock prices in a money column** ``Consols closed at 93¾ to 94`` are a ``range`` with
  no unit (a price on a scale, like ``134 1/2``), ``Bank stock 218`` an ``other``.
* **A match result** ``by 2 goals to 1`` gives two ``count`` mentions (the counted noun
  outside), like ``Manchester United 2 Arsenal 1``; ``won by three lengths`` is a ``count``.
* **A pedestrian feat** ``in 24 consecutive hours`` is a ``quantity`` in hours with the
  digits only (an adjective before the time word).
* **A day without a month in a register** (``the 19th of the same month``, ``the 12th
  following``) is an ``ordinal``, like ``on the 8th``.
* **Unit codes** used: ``mi``, ``nmi``, ``league``, ``furlong``, ``yd``, ``ft``, ``inch``,
  ``inHg``, ``fathom``, ``acre``, ``ton``, ``lb``, ``grain``, ``gal``, ``bbl``, ``bu``,
  ``quarter``, ``deg``, ``degF``, ``Beaufort``, ``second``, ``minute``, ``hour``, ``day``,
  ``month``, ``year``, ``%``; currencies ``GBP``, ``USD``, ``INR``.
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
_bh.CURRENCIES.update({"INR"})

M, R = _bh.M, _bh.R
K, MLN, MLRD, TRLN = 1000, 1_000_000, 1_000_000_000, 1_000_000_000_000


def lsd(pounds: float, shillings: float = 0, pence: float = 0) -> float:
    """An amount in pounds, shillings and pence, in pounds."""
    return pounds + shillings / 20 + pence / 240


def hm(h: int, m: int = 0, s: int = 0) -> float:
    """A clock time or duration in hours."""
    return h + m / 60 + s / 3600


def deg(d: int, m: int = 0) -> float:
    """An angle in degrees and minutes, in degrees."""
    return d + m / 60


# fmt: off
# ============================================================================ en
EN = [
    # ---- letters and diaries
    ("Sir, I received yours of the 12th of March last, with the bill of exchange for £40, which I "
     "have paid over to Mr. Gower. The ship is not yet come in, though she was expected these ten "
     "days; I am told she lost two of her men off Dungeness. London, 2 April 1667.",
     [M("12th of March", None, "date"), M("£40", 40, "money", "GBP"),
      M("ten days", 10, "quantity", "day"), M("two", 2, "count"),
      M("2 April 1667", 1667, "date")]),
    ("Up betimes, and to the office till noon; then by water to Deptford, where I found 3 ships "
     "fitting out for the Straits. Paid the waterman 1s. 6d., and home about ten o'clock.",
     [M("3", 3, "count"), M("1s. 6d.", lsd(0, 1, 6), "money", "GBP"),
      M("ten o'clock", 10, "other", "hour")]),
    ("This day my wife was brought to bed of a daughter, between 3 and 4 of the clock in the "
     "morning; she was baptized the 12th following, and named Elizabeth.",
     [M("3", 3, "other"), M("4 of the clock", 4, "other", "hour"), M("12th", 12, "ordinal")]),
    ("Rode to Norwich, 22 miles, in 4 hours and a half; dined at the King's Head for 1s. 2d., and "
     "heard the Bishop preach upon Romans viii. 28.",
     [M("22 miles", 22, "quantity", "mi"), M("4 hours and a half", 4.5, "quantity", "hour"),
      M("1s. 2d.", lsd(0, 1, 2), "money", "GBP"), M("viii", 8, "reference"),
      M("28", 28, "reference")]),
    ("Jan. 14, 1784. Frost continues very severe; thermometer at 8 in the morning 17°. Killed a "
     "hog, weight 286 lb. Gave the poor of the parish 2 bushels of wheat.",
     [M("Jan. 14, 1784", 1784, "date"), M("8", 8, "other"), M("17°", 17, "quantity", "degF"),
      M("286 lb.", 286, "quantity", "lb"), M("2 bushels", 2, "quantity", "bu")]),
    ("Dear Brother, We arrived at Bath on Thursday se'nnight after a journey of 3 days, the roads "
     "being very deep. Lodgings here are 2 guineas a week, which my father thinks extravagant. "
     "Your affectionate sister, Anne. Bath, Nov. 3d, 1762.",
     [M("3 days", 3, "quantity", "day"), M("2 guineas", 2.1, "money", "GBP"),
      M("Nov. 3d, 1762", 1762, "date")]),
    ("I have sent by the carrier a box with 6 pairs of stockings and 2 yards of holland, which cost "
     "me 9s. 4d.; the carrier's charge is 8d. more.",
     [M("6", 6, "count"), M("2 yards", 2, "quantity", "yd"),
      M("9s. 4d.", lsd(0, 9, 4), "money", "GBP"), M("8d.", lsd(0, 0, 8), "money", "GBP")]),
    ("We landed at New York on the 14th of May after 42 days at sea, and 3 of the children in the "
     "steerage died on the passage. Wages here are 1 dollar a day for a labouring man, and flour "
     "is 5 dollars the barrel.",
     [M("14th of May", None, "date"), M("42 days", 42, "quantity", "day"), M("3", 3, "count"),
      M("1 dollar", 1, "money", "USD"), M("5 dollars", 5, "money", "USD")]),
    ("France, 12.9.16. Dear Mum, just a line to say I am in the pink. We came out of the line on "
     "the 9th after 6 days in, and lost 2 officers and 31 men. Send me a 10/- note if you can.",
     [M("12.9.16", 1916, "date"), M("9th", 9, "ordinal"), M("6 days", 6, "quantity", "day"),
      M("2", 2, "count"), M("31", 31, "count"), M("10/-", 0.5, "money", "GBP")]),
    ("Tuesday 3rd September 1940. Siren went at 8.35 p.m. and the all clear not till 4.50 this "
     "morning. Counted 22 planes going over. Mother queued 2 hours for 1/2 lb. of tea.",
     [M("3rd September 1940", 1940, "date"), M("8.35 p.m.", hm(20, 35), "other"),
      M("4.50", hm(4, 50), "other"), M("22", 22, "count"), M("2 hours", 2, "quantity", "hour"),
      M("1/2 lb.", 0.5, "quantity", "lb")]),
    # ---- parish registers
    ("1712. Baptized: Mary, daughter of Thomas Wilkes, labourer, and Ann his wife, the 6th of "
     "April. Buried: John Slade, aged 74, the 19th of the same month.",
     [M("1712", 1712, "year"), M("6th of April", None, "date"), M("74", 74, "quantity", "year"),
      M("19th", 19, "ordinal")]),
    ("Burials in this parish in the year 1665: 147, whereof of the plague 96. Baptisms 31; "
     "marriages 9.",
     [M("1665", 1665, "year"), M("147", 147, "count"), M("96", 96, "count"),
      M("31", 31, "count"), M("9", 9, "count")]),
    ("No. 214. William Cobb of this parish, bachelor, and Sarah Lane of the parish of St. Mary, "
     "Reading, spinster, were married in this church by banns this 23rd day of October 1798.",
     [M("No. 214", 214, "identifier"), M("23rd day of October 1798", 1798, "date")]),
    # ---- wills and probate inventories
    ("Item, I give unto my servant Elizabeth Pike the sum of ten pounds, and to the poor of the "
     "parish of Chiddingfold forty shillings, to be distributed at my burial. Item, I give to my "
     "son Richard my best bed and the two chests standing in the parlour.",
     [M("ten pounds", 10, "money", "GBP"), M("forty shillings", 2, "money", "GBP"),
      M("two", 2, "count")]),
    ("I direct my trustees to invest the sum of £2,000 in the Three per Cent. Consolidated "
     "Annuities and to pay the dividends thereof to my wife during her life. Dated this 4th day of "
     "March 1851.",
     [M("£2,000", 2000, "money", "GBP"), M("Three per Cent.", 3, "percent", "%"),
      M("4th day of March 1851", 1851, "date")]),
    ("An inventory of the goods of Robert Haye late of Ludlow, glover, taken 9 Oct. 1689. In the "
     "hall: a table, 4 chairs and a form, 15s. In the chamber over the hall: 2 bedsteads with "
     "their furniture, £3 10s. 0d. In the shop: 30 dozen of gloves at 4s. the dozen, £6. Total "
     "£27 4s. 6d.",
     [M("9 Oct. 1689", 1689, "date"), M("4", 4, "count"), M("15s.", lsd(0, 15), "money", "GBP"),
      M("2", 2, "count"), M("£3 10s. 0d.", lsd(3, 10), "money", "GBP"),
      M("30 dozen", 360, "count"), M("4s.", lsd(0, 4), "money", "GBP"),
      M("£6", 6, "money", "GBP"), M("£27 4s. 6d.", lsd(27, 4, 6), "money", "GBP")]),
    ("Item v kyne and ij bullocks, ix li. Item the corn in the barn, xl s. Item in ready money "
     "iiij li. vj s. viij d.",
     [M("v", 5, "count"), M("ij", 2, "count"), M("ix li.", 9, "money", "GBP"),
      M("xl s.", 2, "money", "GBP"), M("iiij li. vj s. viij d.", lsd(4, 6, 8), "money", "GBP")]),
    # ---- estate and household accounts
    ("Paid Wm. Dobbs for 6 days' hedging at 1s. 4d. per day, 8s. Paid for thatching the great "
     "barn, £1 7s. Received of the tenant of Home Farm half a year's rent due Lady Day, £42 10s.",
     [M("6 days", 6, "quantity", "day"), M("1s. 4d.", lsd(0, 1, 4), "money", "GBP"),
      M("8s.", lsd(0, 8), "money", "GBP"), M("£1 7s.", lsd(1, 7), "money", "GBP"),
      M("half a year", 0.5, "quantity", "year"), M("£42 10s.", lsd(42, 10), "money", "GBP")]),
    ("Week ending 12th June 1869. Butcher, 14s. 7½d.; baker, 6s. 3d.; grocer, £1 2s. 9d.; coals, "
     "1 ton at 22s., £1 2s.; cook's wages to Midsummer, £4 10s.",
     [M("12th June 1869", 1869, "date"), M("14s. 7½d.", lsd(0, 14, 7.5), "money", "GBP"),
      M("6s. 3d.", lsd(0, 6, 3), "money", "GBP"), M("£1 2s. 9d.", lsd(1, 2, 9), "money", "GBP"),
      M("1 ton", 1, "quantity", "ton"), M("22s.", lsd(0, 22), "money", "GBP"),
      M("£1 2s.", lsd(1, 2), "money", "GBP"), M("£4 10s.", lsd(4, 10), "money", "GBP")]),
    ("Rental of the Manor of Eastbury for the year ending Michaelmas 1743: 17 tenants, 1,284 "
     "acres, yielding £968 15s. 4d. per annum; arrears £112.",
     [M("1743", 1743, "year"), M("17", 17, "count"), M("1,284 acres", 1284, "quantity", "acre"),
      M("£968 15s. 4d.", lsd(968, 15, 4), "money", "GBP"), M("£112", 112, "money", "GBP")]),
    ("To Mrs. Pearce, housekeeper, one year's wages to Christmas 1791, twelve guineas; to the "
     "laundry maid, eight pounds; for 40 yards of sheeting at 1s. 10d. the yard, £3 13s. 4d.",
     [M("one year", 1, "quantity", "year"), M("1791", 1791, "year"),
      M("twelve guineas", 12.6, "money", "GBP"), M("eight pounds", 8, "money", "GBP"),
      M("40 yards", 40, "quantity", "yd"), M("1s. 10d.", lsd(0, 1, 10), "money", "GBP"),
      M("£3 13s. 4d.", lsd(3, 13, 4), "money", "GBP")]),
    # ---- Hansard
    ("MR. GLADSTONE said, the revenue for the year ending the 31st of March last had amounted to "
     "£70,603,561, being an increase of £1,346,000 over the estimate. The income tax at 7d. in the "
     "pound had produced £9,110,000.",
     [M("31st of March", None, "date"), M("£70,603,561", 70603561, "money", "GBP"),
      M("£1,346,000", 1346000, "money", "GBP"), M("7d.", lsd(0, 0, 7), "money", "GBP"),
      M("£9,110,000", 9110000, "money", "GBP")]),
    ("The House divided:—Ayes 291; Noes 265: Majority 26. (Hansard, 3rd ser., vol. 186, cols. "
     "1017–22.)",
     [M("291", 291, "count"), M("265", 265, "count"), M("26", 26, "count"),
      M("3rd", 3, "reference"), M("186", 186, "reference"),
      M("1017–22", 1017, "reference", range_end=1022)]),
    ("Lord ROBERT MONTAGU moved for a Return of the number of paupers relieved in England and Wales "
     "on the 1st of January 1868, which was 1,034,823, or 4.7 per cent. of the population.",
     [M("1st of January 1868", 1868, "date"), M("1,034,823", 1034823, "count"),
      M("4.7 per cent.", 4.7, "percent", "%")]),
    ("EARL GREY said, that in the ten years from 1836 to 1845 no fewer than 368,764 emigrants had "
     "left the United Kingdom for the North American Colonies.",
     [M("ten years", 10, "quantity", "year"), R("1836 to 1845", 1836, 1845),
      M("368,764", 368764, "count")]),
    ("MR. HUME said the charge of the Civil List had increased from £385,000 in 1831 to £510,000 "
     "in 1843, or nearly 33 per cent.; he would move to reduce the vote by £50,000.",
     [M("£385,000", 385000, "money", "GBP"), M("1831", 1831, "year"),
      M("£510,000", 510000, "money", "GBP"), M("1843", 1843, "year"),
      M("33 per cent.", 33, "percent", "%"), M("£50,000", 50000, "money", "GBP")]),
    # ---- colonial and consular reports
    ("The revenue of the Gold Coast Colony for 1898 amounted to £283,456, an increase of 11 per "
     "cent. on that of 1897; the export of rubber rose to 2,935,000 lbs., valued at £261,000.",
     [M("1898", 1898, "year"), M("£283,456", 283456, "money", "GBP"),
      M("11 per cent.", 11, "percent", "%"), M("1897", 1897, "year"),
      M("2,935,000 lbs.", 2935000, "quantity", "lb"), M("£261,000", 261000, "money", "GBP")]),
    ("Consul Harris reports from Odessa that the shipments of wheat during 1887 were 11,485,000 "
     "quarters, against 8,960,000 in 1886. The average freight to London was 11s. 9d. per ton.",
     [M("1887", 1887, "year"), M("11,485,000 quarters", 11485000, "quantity", "quarter"),
      M("8,960,000", 8960000, "quantity", "quarter"), M("1886", 1886, "year"),
      M("11s. 9d.", lsd(0, 11, 9), "money", "GBP")]),
    ("The number of British vessels entering the port of Smyrna in 1880 was 312, of 284,610 tons "
     "register, being 46 per cent. of the total tonnage.",
     [M("1880", 1880, "year"), M("312", 312, "count"), M("284,610 tons", 284610, "quantity", "ton"),
      M("46 per cent.", 46, "percent", "%")]),
    ("The land revenue of the district for 1901–02 was Rs. 4,36,215, against Rs. 4,12,980 in the "
     "preceding year; 2,317 acres were brought under irrigation.",
     [R("1901–02", 1901, 1902), M("Rs. 4,36,215", 436215, "money", "INR"),
      M("Rs. 4,12,980", 412980, "money", "INR"), M("2,317 acres", 2317, "quantity", "acre")]),
    ("The population of the Colony at the Census of 1891 was 62,420, of whom 1,304 were Europeans; "
     "the death-rate was 31.2 per 1,000.",
     [M("1891", 1891, "year"), M("62,420", 62420, "count"), M("1,304", 1304, "count"),
      M("31.2", 31.2, "count"), M("1,000", 1000, "count")]),
    ("Rainfall at Entebbe during the year was 58.42 inches, against 49.17 inches in 1908; the "
     "maximum shade temperature recorded was 86.4° F. on 3rd February.",
     [M("58.42 inches", 58.42, "quantity", "inch"), M("49.17 inches", 49.17, "quantity", "inch"),
      M("1908", 1908, "year"), M("86.4° F.", 86.4, "quantity", "degF"),
      M("3rd February", None, "date")]),
    ("Lagos, 31st December, 1896. The imports for the year were valued at £985,654 and the exports "
     "at £949,612; palm kernels, 41,376 tons; palm oil, 2,118,970 gallons.",
     [M("31st December, 1896", 1896, "date"), M("£985,654", 985654, "money", "GBP"),
      M("£949,612", 949612, "money", "GBP"), M("41,376 tons", 41376, "quantity", "ton"),
      M("2,118,970 gallons", 2118970, "quantity", "gal")]),
    # ---- ships' logs
    ("Sunday 9th. First part moderate breezes from E.S.E. and clear; at 6 A.M. made the land "
     "bearing N.W. by W. distant about 7 leagues. Lat. obs. 34° 52′ S. Long. by chron. 18° 16′ E.",
     [M("9th", 9, "ordinal"), M("6 A.M.", 6, "other"), M("7 leagues", 7, "quantity", "league"),
      M("34° 52′", deg(34, 52), "quantity", "deg"), M("18° 16′", deg(18, 16), "quantity", "deg")]),
    ("Noon. Wind N.N.E. 4; bar. 30.12; ther. 61°. Course S. 42° W., distance 186 miles. Sounded at "
     "2 P.M. in 38 fathoms, sand and shells.",
     [M("4", 4, "other", "Beaufort"), M("30.12", 30.12, "other"), M("61°", 61, "quantity", "degF"),
      M("42°", 42, "quantity", "deg"), M("186 miles", 186, "quantity", "nmi"),
      M("2 P.M.", 14, "other"), M("38 fathoms", 38, "quantity", "fathom")]),
    ("At 3.30 the fore topmast carried away; employed clearing the wreck. Served out to the people "
     "2 lbs. of bread and 1 lb. of salt pork per man, the provisions being now reduced to 41 days "
     "at short allowance.",
     [M("3.30", 3.5, "other"), M("2 lbs.", 2, "quantity", "lb"), M("1 lb.", 1, "quantity", "lb"),
      M("41 days", 41, "quantity", "day")]),
    # ---- newspapers: shipping, markets, sport
    ("PORT OF LIVERPOOL.—ARRIVED, Dec. 18.—Great Western, Hosken, from New York, 14 days; Mary "
     "Ann, Jones, from Quebec, with timber; 4 American ships off the port.",
     [M("Dec. 18", None, "date"), M("14 days", 14, "quantity", "day"), M("4", 4, "count")]),
    ("SAILED from Gravesend, 21st inst., the Thames, 1,200 tons, for Calcutta, with 240 troops of "
     "the 3rd Buffs. The barque Hope, of Whitby, 340 tons, was spoken on the 2d in lat. 47° 10′ N., "
     "long. 12° 5′ W.",
     [M("21st", 21, "ordinal"), M("1,200 tons", 1200, "quantity", "ton"), M("240", 240, "count"),
      M("3rd", 3, "ordinal"), M("340 tons", 340, "quantity", "ton"), M("2d", 2, "ordinal"),
      M("47° 10′", deg(47, 10), "quantity", "deg"), M("12° 5′", deg(12, 5), "quantity", "deg")]),
    ("CORN EXCHANGE, MARK LANE, Monday.—The supply of English wheat was short, and prices advanced "
     "1s. to 2s. per quarter. Essex red, 52s. to 56s.; white, 58s. to 62s.; foreign arrivals "
     "14,320 qrs.",
     [R("1s. to 2s.", lsd(0, 1), lsd(0, 2), "GBP"), R("52s. to 56s.", lsd(0, 52), lsd(0, 56), "GBP"),
      R("58s. to 62s.", lsd(0, 58), lsd(0, 62), "GBP"),
      M("14,320 qrs.", 14320, "quantity", "quarter")]),
    ("SMITHFIELD.—Beasts 3,410, sheep 21,600, calves 214, pigs 380. Beef 3s. 8d. to 4s. 10d., "
     "mutton 4s. to 5s. 2d. per stone of 8 lbs., sinking the offal.",
     [M("3,410", 3410, "count"), M("21,600", 21600, "count"), M("214", 214, "count"),
      M("380", 380, "count"), R("3s. 8d. to 4s. 10d.", lsd(0, 3, 8), lsd(0, 4, 10), "GBP"),
      R("4s. to 5s. 2d.", lsd(0, 4), lsd(0, 5, 2), "GBP"), M("8 lbs.", 8, "quantity", "lb")]),
    ("MONEY MARKET.—Consols closed at 93¾ to 94 for money; Bank stock 218; India bonds 25s. to 30s. "
     "premium. The bullion in the Bank decreased £342,000.",
     [R("93¾ to 94", 93.75, 94), M("218", 218, "other"),
      R("25s. to 30s.", lsd(0, 25), lsd(0, 30), "GBP"), M("£342,000", 342000, "money", "GBP")]),
    ("PRICES CURRENT.—Sugar, Muscovado, 34s. to 40s. per cwt.; Coffee, Jamaica, 112s.; Cotton, "
     "Upland, 6¼d. per lb.",
     [R("34s. to 40s.", lsd(0, 34), lsd(0, 40), "GBP"), M("112s.", lsd(0, 112), "money", "GBP"),
      M("6¼d.", lsd(0, 0, 6.25), "money", "GBP")]),
    ("On the 14th inst., at his residence, 12, Brunswick-square, Hove, JOHN HENRY WARD, Esq., in "
     "his 78th year.",
     [M("14th", 14, "ordinal"), M("12", 12, "identifier"), M("78th", 78, "ordinal")]),
    ("CRICKET.—Kent v. Surrey, at Canterbury. Kent, 1st innings 212, 2nd innings 147; Surrey, 1st "
     "innings 168, 2nd innings 83. Kent won by 108 runs.",
     [M("1st", 1, "ordinal"), M("212", 212, "count"), M("2nd", 2, "ordinal"),
      M("147", 147, "count"), M("1st", 1, "ordinal"), M("168", 168, "count"),
      M("2nd", 2, "ordinal"), M("83", 83, "count"), M("108", 108, "count")]),
    ("DONCASTER, Wednesday.—The St. Leger Stakes of 25 sovs. each, with 100 added; 1 mile 6 "
     "furlongs 132 yards. Betting: 6 to 4 against Lord Clifden, 5 to 1 against Macaroni.",
     [M("25 sovs.", 25, "money", "GBP"), M("100", 100, "money", "GBP"),
      M("1 mile", 1, "quantity", "mi"), M("6 furlongs", 6, "quantity", "furlong"),
      M("132 yards", 132, "quantity", "yd"), M("6 to 4", None, "other"),
      M("5 to 1", None, "other")]),
    ("PEDESTRIANISM.—On Saturday last Mountjoy undertook to walk 100 miles in 24 consecutive hours "
     "for a stake of £50 a side, and accomplished the task with 23 minutes to spare.",
     [M("100 miles", 100, "quantity", "mi"), M("24", 24, "quantity", "hour"),
      M("£50", 50, "money", "GBP"), M("23 minutes", 23, "quantity", "minute")]),
    ("FOOTBALL.—Blackburn Olympic v. Old Etonians, played at Kennington Oval on Saturday before "
     "8,000 spectators, the Olympic winning by 2 goals to 1 after an extra half-hour.",
     [M("8,000", 8000, "count"), M("2", 2, "count"), M("1", 1, "count")]),
    ("THE UNIVERSITY BOAT RACE.—Oxford won by three lengths in 22 minutes 15 seconds, the tide "
     "being against them for the first mile.",
     [M("three", 3, "count"), M("22 minutes", 22, "quantity", "minute"),
      M("15 seconds", 15, "quantity", "second")]),
    # ---- early scientific papers
    ("The specific gravity of the water, at the temperature of 60° of Fahrenheit, was found to be "
     "1.0274; and 1000 grains of it, on evaporation, left 38.6 grains of saline residue.",
     [M("60°", 60, "quantity", "degF"), M("1.0274", 1.0274, "other"),
      M("1000 grains", 1000, "quantity", "grain"), M("38.6 grains", 38.6, "quantity", "grain")]),
    ("In the third experiment the mercury stood at 29.84 inches, and the air being exhausted to "
     "one-fortieth of its former density, the bell was no longer heard at a distance of 3 feet.",
     [M("29.84 inches", 29.84, "quantity", "inHg"), M("one-fortieth", 0.025, "other"),
      M("3 feet", 3, "quantity", "ft")]),
    ("Table II shows that the mean of 24 readings of the dip at Greenwich in 1843 was 69° 1′, and "
     "that the needle, when heated to 212°, lost about one-third of its magnetism.",
     [M("II", 2, "identifier"), M("24", 24, "count"), M("1843", 1843, "year"),
      M("69° 1′", deg(69, 1), "quantity", "deg"), M("212°", 212, "quantity", "degF"),
      M("one-third", 1 / 3, "other")]),
    ("Sir,—In the Number of your Journal for March 1829 (vol. xvi. p. 312) I described a galvanic "
     "battery of 50 pairs of plates, each 4 inches square.",
     [M("March 1829", 1829, "date"), M("xvi", 16, "reference"), M("312", 312, "reference"),
      M("50", 50, "count"), M("4 inches", 4, "quantity", "inch")]),
    # ---- almanacs and directories
    ("JANUARY hath XXXI days. Full Moon, the 8th day, at 4h. 12m. morning. Sun rises 8h. 5m., sets "
     "4h. 3m.",
     [M("XXXI days", 31, "quantity", "day"), M("8th", 8, "ordinal"),
      M("4h. 12m.", hm(4, 12), "other"), M("8h. 5m.", hm(8, 5), "other"),
      M("4h. 3m.", hm(4, 3), "other")]),
    ("Easter Day, April 5. Dominical Letter, D. Golden Number, 14. Epact, 3.",
     [M("April 5", None, "date"), M("14", 14, "other"), M("3", 3, "other")]),
    ("High Water at London Bridge, 12th: morning 2h. 48m., afternoon 3h. 11m. Moon's age 9 days.",
     [M("12th", 12, "ordinal"), M("2h. 48m.", hm(2, 48), "other"),
      M("3h. 11m.", hm(3, 11), "other"), M("9 days", 9, "quantity", "day")]),
    ("Michaelmas Term begins Nov. 2 and ends Nov. 25. Quarter Days: Lady Day, March 25; Midsummer, "
     "June 24; Michaelmas, Sept. 29; Christmas, Dec. 25.",
     [M("Nov. 2", None, "date"), M("Nov. 25", None, "date"), M("March 25", None, "date"),
      M("June 24", None, "date"), M("Sept. 29", None, "date"), M("Dec. 25", None, "date")]),
    ("BARNSTAPLE is a market town and borough, 211 miles W. by S. from London, and 40 from Exeter; "
     "population in 1851, 8,667. Fairs, 19th September, for 4 days.",
     [M("211 miles", 211, "quantity", "mi"), M("40", 40, "quantity", "mi"),
      M("1851", 1851, "year"), M("8,667", 8667, "count"), M("19th September", None, "date"),
      M("4 days", 4, "quantity", "day")]),
    ("Allen John, saddler, 14 High st.; Barker Mrs. Eliza, straw bonnet maker, 3 Church lane; "
     "Carter & Sons, ironmongers, 27 & 28 Market place.",
     [M("14", 14, "identifier"), M("3", 3, "identifier"), M("27", 27, "identifier"),
      M("28", 28, "identifier")]),
    ("POST OFFICE, Fore street.—Letters from London arrive at 6.30 a.m. and are despatched at 7.15 "
     "p.m.; money orders granted and paid from 9 a.m. to 6 p.m.",
     [M("6.30 a.m.", 6.5, "other"), M("7.15 p.m.", hm(19, 15), "other"),
      R("9 a.m. to 6 p.m.", 9, 18)]),
]
# fmt: on


if __name__ == "__main__":
    _bh.build_all({"en": EN}, "dev_en14", HERE)
