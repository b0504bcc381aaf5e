"""Build the fifth English numeric-mention development set (``dev_en5_en.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_dev_en5/build_dev_en5.py

A **development** set: the English rules of ``analysis.mentions`` are tuned on it, so its
scores say nothing about generalisation (the held-out sets do that).  Like the fourth
English development set it is **ordinary** text, chosen to find rules that misfire on
everyday English, but in other registers: 19th-century newspapers and almanacs;
parliamentary and government reports; economic history; demography and epidemiology;
biographies; wartime reports; company histories; science popularisation.  The passages
were annotated blind, from ``docs/numeric-mentions.md`` and the decisions in the
docstrings of ``tests/data/mentions_heldout/build_heldout.py`` and the
``build_dev_en*.py`` scripts, without reading the extractor's code and without running it
on them.  Texts are already normalised (plain spaces, no NBSP / thin spaces).

Each passage is ``(text, [mentions in text order])`` using the ``M`` / ``R`` helpers and
the ``annotate`` validator of ``tests/data/mentions_heldout/build_heldout.py`` (offsets are
found with ``str.find`` from the end of the previous mention, never typed).  The
validator's ``CURRENCIES`` set is extended in memory (not in that file) with ``FRF``.

Decisions taken here where the spec and the earlier docstrings are silent, each with the
example that settled it:

* **A regiment or battalion number written with its ordinal marker** (``the 24th Foot``,
  ``2nd Battalion``) is an ``ordinal``, like ``XXX Corps``.
* **A number of people lost in a list** (``killed 19,240``) is a ``count`` even when the
  noun is elided.
* **A share price or dividend rate** ``a dividend of 8 per cent`` is a ``percent``.
* **Ages between two bounds** ``between nine and thirteen years of age`` are two
  ``quantity`` mentions in years (``between ... and`` is a list, as ``between 1929 and
  1932`` in dev_en4; the first takes the elided unit with its digits only), while ``fell
  from about 150 to 30 per 1,000`` is a falling range (``from X to Y``).
* **A stock price with a fraction** ``Gold closed at 134 1/2`` is one ``other`` mention
  (134.5), a mixed number on a price scale.
* **A death rate with its base in words** ``22.4 per thousand`` is one ``quantity`` in
  ``‰`` (round 3), and with the base in digits two counts (``14 per 100,000``).
* **Unit codes** used: ``m``, ``km``, ``mi``, ``ft``, ``inch``, ``yd``, ``acre``, ``ton``,
  ``t``, ``lb``, ``oz``, ``bu``, ``degF``, ``degC``, ``mph``, ``kn``, ``ly``, ``s``,
  ``minute``, ``hour``, ``day``, ``week``, ``month``, ``year``, ``times``, ``‰``.
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
_bh.CURRENCIES.update({"FRF"})

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
    # ---- 19th-century newspapers
    ("FIRE AT BRADFORD.—On Thursday night, about eleven o'clock, a fire broke out in the "
     "warehouse of Messrs. Holt and Co., and before the engines could be brought to bear the "
     "whole of the four storeys was in flames. The damage is estimated at £12,000.",
     [M("eleven o'clock", 11, "other", "hour"), M("four", 4, "count"),
      M("£12,000", 12000, "money", "GBP")]),
    ("The steamship Great Eastern left Valentia on the 13th of July, 1866, with 2,730 nautical "
     "miles of cable on board, and the shore end was landed at Heart's Content fourteen days "
     "later.",
     [M("13th of July, 1866", 1866, "date"), M("2,730 nautical miles", 2730, "quantity", "nmi"),
      M("fourteen days", 14, "quantity", "day")]),
    ("At the market on Saturday wheat fetched from 52s. to 56s. the quarter, barley 34s., and "
     "oats 22s. 6d.; some 1,400 sacks were pitched.",
     [R("52s. to 56s.", lsd(0, 52), lsd(0, 56), "GBP"), M("34s.", lsd(0, 34), "money", "GBP"),
      M("22s. 6d.", lsd(0, 22, 6), "money", "GBP"), M("1,400", 1400, "count")]),
    ("A meeting of the inhabitants was held at the Town Hall on Monday evening, the Mayor in "
     "the chair, when upwards of 300 persons were present, and a sum of £450 was subscribed "
     "for the relief of the 27 families left destitute by the explosion.",
     [M("300", 300, "count"), M("£450", 450, "money", "GBP"), M("27", 27, "count")]),
    ("NEW YORK, March 4.—Gold closed at 134 1/2. Cotton is quiet; middling uplands 28 cents. "
     "The receipts at all the ports for the week were 41,000 bales.",
     [M("March 4", None, "date"), M("134 1/2", 134.5, "other"),
      M("28 cents", 0.28, "money", "USD"), M("41,000", 41000, "count")]),
    # ---- almanacs
    ("JANUARY hath 31 days. The Moon's first quarter falls on the 7th, at 4h. 12m. morning; "
     "full moon on the 14th. Days lengthen 1 hour 4 minutes in the month.",
     [M("31 days", 31, "quantity", "day"), M("7th", 7, "ordinal"),
      M("4h. 12m.", hm(4, 12), "other", "hour"), M("14th", 14, "ordinal"),
      M("1 hour", 1, "quantity", "hour"), M("4 minutes", 4, "quantity", "minute")]),
    ("The mean temperature of the year at Greenwich was 49.6°, being 0.8° above the average of "
     "the preceding 50 years; the rainfall amounted to 24.3 inches on 163 days.",
     [M("49.6°", 49.6, "quantity", "degF"), M("0.8°", 0.8, "quantity", "degF"),
      M("50 years", 50, "quantity", "year"), M("24.3 inches", 24.3, "quantity", "inch"),
      M("163 days", 163, "quantity", "day")]),
    # ---- parliamentary and government reports
    ("Your Commissioners visited 142 workhouses in the course of the year, in which were "
     "maintained on the 1st of January 1871 a total of 156,800 paupers, of whom 34,211 were "
     "children under sixteen years of age.",
     [M("142", 142, "count"), M("1st of January 1871", 1871, "date"),
      M("156,800", 156800, "count"), M("34,211", 34211, "count"),
      M("sixteen years", 16, "quantity", "year")]),
    ("The Bill was read a second time by 287 votes to 201, a majority of 86. Clause 4 was "
     "then agreed to without a division.",
     [M("287", 287, "count"), M("201", 201, "count"), M("86", 86, "count"),
      M("4", 4, "identifier")]),
    ("The estimates for the Navy for 1889-90 amount to £13,683,700, an increase of £1,170,600 "
     "over the year before, and provide for 62,400 officers and men.",
     [R("1889-90", 1889, 1890), M("£13,683,700", 13683700, "money", "GBP"),
      M("£1,170,600", 1170600, "money", "GBP"), M("62,400", 62400, "count")]),
    ("Under section 3 of the Act of 1833 no child under nine years of age was to be employed in "
     "a mill, and children between nine and thirteen years of age were limited to 48 hours a "
     "week.",
     [M("3", 3, "identifier"), M("1833", 1833, "year"), M("nine years", 9, "quantity", "year"),
      M("nine", 9, "quantity", "year"), M("thirteen years", 13, "quantity", "year"), M("48 hours", 48, "quantity", "hour")]),
    ("Of the 4,572 recruits examined at Manchester in 1899, no fewer than 3,000 were rejected "
     "as physically unfit, and only 1,200 were finally accepted for service.",
     [M("4,572", 4572, "count"), M("1899", 1899, "year"), M("3,000", 3000, "count"),
      M("1,200", 1200, "count")]),
    ("The report recommends that the school-leaving age be raised to 15 by 1 April 1947 and to "
     "16 as soon as practicable; it estimates that 20,000 additional teachers will be needed.",
     [M("15", 15, "quantity", "year"), M("1 April 1947", 1947, "date"),
      M("16", 16, "quantity", "year"), M("20,000", 20000, "count")]),
    # ---- economic history
    ("Between 1820 and 1870 British exports of cotton goods rose more than fivefold, and by "
     "1860 cotton accounted for roughly 40 per cent of the value of all exports (Deane and "
     "Cole, 1962, p. 185).",
     [M("1820", 1820, "year"), M("1870", 1870, "year"), M("fivefold", 5, "other", "times"),
      M("1860", 1860, "year"), M("40 per cent", 40, "percent", "%"),
      M("1962", 1962, "reference"), M("185", 185, "reference")]),
    ("Real wages in the building trades barely moved in the 1790s, but rose by about a "
     "quarter between 1850 and 1875, when a London bricklayer earned 7s. 6d. a day.",
     [M("1790", 1790, "year", glued=True), M("a quarter", 0.25, "other"),
      M("1850", 1850, "year"), M("1875", 1875, "year"),
      M("7s. 6d.", lsd(0, 7, 6), "money", "GBP")]),
    ("The railway mania reached its height in 1846, when Parliament sanctioned 272 Acts for "
     "some 4,540 miles of new line; by 1850 about 6,000 miles were open.[12]",
     [M("1846", 1846, "year"), M("272", 272, "count"), M("4,540 miles", 4540, "quantity", "mi"),
      M("1850", 1850, "year"), M("6,000 miles", 6000, "quantity", "mi"),
      M("12", 12, "reference")]),
    ("In the Great Crash the Dow Jones Industrial Average lost 12.8 percent on October 28, 1929, "
     "and by July 1932 it stood at 41.22, some 89 percent below its peak of 381.17.",
     [M("12.8 percent", 12.8, "percent", "%"), M("October 28, 1929", 1929, "date"),
      M("July 1932", 1932, "date"), M("41.22", 41.22, "other"),
      M("89 percent", 89, "percent", "%"), M("381.17", 381.17, "other")]),
    ("Pig-iron output in the United States climbed from 920,000 tons in 1860 to over 13.7 "
     "million tons in 1900, and the price of steel rails fell from $160 to $32 a ton.",
     [M("920,000 tons", 920000, "quantity", "ton"), M("1860", 1860, "year"),
      M("13.7 million tons", 13.7 * MLN, "quantity", "ton", MLN), M("1900", 1900, "year"),
      R("$160 to $32", 160, 32, "USD")]),
    # ---- demography and epidemiology
    ("In the cholera epidemic of 1854 nearly 616 people died in Soho within a few weeks; John "
     "Snow traced 83 of the deaths to the Broad Street pump.",
     [M("1854", 1854, "year"), M("616", 616, "count"), M("83", 83, "count")]),
    ("The crude death rate in Liverpool in 1866 was 41.3 per thousand, nearly double that of "
     "the healthy rural districts, where it seldom exceeded 18 per thousand.",
     [M("1866", 1866, "year"), M("41.3 per thousand", 41.3, "quantity", "‰"),
      M("18 per thousand", 18, "quantity", "‰")]),
    ("The 1918 influenza pandemic infected an estimated 500 million people, about a third of "
     "the world's population, and killed at least 50 million.",
     [M("1918", 1918, "year"), M("500 million", 500 * MLN, "count", None, MLN),
      M("a third", 1 / 3, "other"), M("50 million", 50 * MLN, "count", None, MLN)]),
    ("Life expectancy at birth in England and Wales rose from 41 years for men in 1841 to 66 "
     "years in 1950, chiefly because infant mortality fell from about 150 to 30 per 1,000 live "
     "births.",
     [M("41 years", 41, "quantity", "year"), M("1841", 1841, "year"),
      M("66 years", 66, "quantity", "year"), M("1950", 1950, "year"),
      R("150 to 30", 150, 30), M("1,000", 1000, "count")]),
    ("The census of 1801 returned a population of 8,892,536 for England and Wales; by 1851 it "
     "had almost doubled, to 17,927,609, and half the people lived in towns.",
     [M("1801", 1801, "year"), M("8,892,536", 8892536, "count"), M("1851", 1851, "year"),
      M("17,927,609", 17927609, "count"), M("half", 0.5, "other")]),
    ("Measles vaccination coverage fell to 85% in 2023, well short of the 95% needed for herd "
     "immunity, and cases rose to 2,911, compared with 368 in 2022.",
     [M("85%", 85, "percent", "%"), M("2023", 2023, "year"), M("95%", 95, "percent", "%"),
      M("2,911", 2911, "count"), M("368", 368, "count"), M("2022", 2022, "year")]),
    # ---- biographies
    ("Charles Dickens was born at Portsmouth on 7 February 1812, the second of eight children; "
     "at twelve he was sent to work in a blacking factory for six shillings a week.",
     [M("7 February 1812", 1812, "date"), M("eight", 8, "count"),
      M("twelve", 12, "quantity", "year"), M("six shillings", 0.3, "money", "GBP")]),
    ("Florence Nightingale arrived at Scutari in November 1854 with 38 nurses. She lived to be "
     "90, and for the last 50 years of her life was largely confined to her room.",
     [M("November 1854", 1854, "date"), M("38", 38, "count"), M("90", 90, "quantity", "year"),
      M("50 years", 50, "quantity", "year")]),
    ("Isambard Kingdom Brunel (1806–1859) was appointed engineer to the Great Western Railway "
     "at the age of 27; his broad gauge of 7 ft 1/4 in was finally abandoned in 1892.",
     [R("1806–1859", 1806, 1859), M("27", 27, "quantity", "year"),
      M("7 ft", 7, "quantity", "ft"), M("1/4 in", 0.25, "quantity", "inch"),
      M("1892", 1892, "year")]),
    ("Andrew Carnegie sold his steel company to J. P. Morgan in 1901 for $480 million and spent "
     "the last 18 years of his life giving away some $350 million.",
     [M("1901", 1901, "year"), M("$480 million", 480 * MLN, "money", "USD", MLN),
      M("18 years", 18, "quantity", "year"),
      M("$350 million", 350 * MLN, "money", "USD", MLN)]),
    # ---- wartime reports
    ("On the first day of the Somme, 1 July 1916, the British Army suffered 57,470 casualties, "
     "of whom 19,240 were killed; the 1st Newfoundland Regiment lost 684 men in 30 minutes.",
     [M("1 July 1916", 1916, "date"), M("57,470", 57470, "count"), M("19,240", 19240, "count"),
      M("1st", 1, "ordinal"), M("684", 684, "count"), M("30 minutes", 30, "quantity", "minute")]),
    ("At 0600 hours the 2nd Battalion advanced 1,200 yards under a creeping barrage and took "
     "Hill 145, capturing 4 officers and 212 other ranks.",
     [M("0600 hours", 6, "other", "hour"), M("2nd", 2, "ordinal"),
      M("1,200 yards", 1200, "quantity", "yd"), M("145", 145, "identifier"),
      M("4", 4, "count"), M("212", 212, "count")]),
    ("During the Blitz, between 7 September 1940 and 11 May 1941, more than 43,000 civilians "
     "were killed; on the night of 10–11 May alone 1,436 Londoners died.",
     [M("7 September 1940", 1940, "date"), M("11 May 1941", 1941, "date"),
      M("43,000", 43000, "count"), M("10–11 May", None, "date"), M("1,436", 1436, "count")]),
    ("Convoy ON 166 lost 14 of its 49 ships to U-boats in a running fight of five days in "
     "February 1943.",
     [M("166", 166, "identifier"), M("14", 14, "count"), M("49", 49, "count"),
      M("five days", 5, "quantity", "day"), M("February 1943", 1943, "date")]),
    ("The Eighth Army's advance from El Alamein to Tripoli, some 1,400 miles, took 80 days; "
     "General Montgomery had 195,000 men and 1,029 tanks at the start of the battle.",
     [M("1,400 miles", 1400, "quantity", "mi"), M("80 days", 80, "quantity", "day"),
      M("195,000", 195000, "count"), M("1,029", 1029, "count")]),
    # ---- company histories
    ("Procter & Gamble was established in Cincinnati in 1837 with a capital of $7,192.24; a "
     "century later its annual sales exceeded $200 million.",
     [M("1837", 1837, "year"), M("$7,192.24", 7192.24, "money", "USD"),
      M("$200 million", 200 * MLN, "money", "USD", MLN)]),
    ("The Ford Motor Company built 15 million Model T cars between 1908 and 1927; in 1914 it "
     "doubled the wage of its workers to $5 for an eight-hour day.",
     [M("15 million", 15 * MLN, "count", None, MLN), M("1908", 1908, "year"),
      M("1927", 1927, "year"), M("1914", 1914, "year"), M("$5", 5, "money", "USD"),
      M("eight-hour", 8, "quantity", "hour")]),
    ("At the annual meeting the directors recommended a dividend of 8 per cent for the "
     "half-year, carrying forward £23,415 to the next account; the company's 12 mills employed "
     "some 6,500 hands.",
     [M("8 per cent", 8, "percent", "%"), M("£23,415", 23415, "money", "GBP"),
      M("12", 12, "count"), M("6,500", 6500, "count")]),
    ("The East India Company's charter of 1600 granted a monopoly of trade east of the Cape of "
     "Good Hope for 15 years to 218 subscribers, who raised £68,373 for the first voyage.",
     [M("1600", 1600, "year"), M("15 years", 15, "quantity", "year"), M("218", 218, "count"),
      M("£68,373", 68373, "money", "GBP")]),
    # ---- science popularisation
    ("Light from the Sun takes about 8 minutes 20 seconds to reach the Earth, but light from "
     "Proxima Centauri, the nearest star, takes 4.24 years.",
     [M("8 minutes", 8, "quantity", "minute"), M("20 seconds", 20, "quantity", "s"),
      M("4.24 years", 4.24, "quantity", "year")]),
    ("Water boils at 100 °C at sea level, but on the summit of Everest, 8,849 metres up, it "
     "boils at about 70 °C, too cool to cook an egg properly in three minutes.",
     [M("100 °C", 100, "quantity", "degC"), M("8,849 metres", 8849, "quantity", "m"),
      M("70 °C", 70, "quantity", "degC"), M("three minutes", 3, "quantity", "minute")]),
    ("A cheetah can reach 70 miles an hour in short bursts, roughly three times the speed of an "
     "Olympic sprinter, but it tires after about 300 yards.",
     [M("70 miles an hour", 70, "quantity", "mph"), M("three times", 3, "other", "times"),
      M("300 yards", 300, "quantity", "yd")]),
]
# fmt: on


def main() -> None:
    _bh.build_all({"en": EN}, "dev_en5", HERE)


if __name__ == "__main__":
    main()
