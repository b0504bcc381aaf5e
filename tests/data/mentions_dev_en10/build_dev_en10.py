"""Build the tenth English numeric-mention development set (``dev_en10_en.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_dev_en10/build_dev_en10.py

A **development** set: the English rules of ``analysis.mentions`` are tuned on it, so its
scores say nothing about generalisation (the held-out sets do that).  Its registers are
historical and literary English: 18th- and 19th-century novels, letters and diaries, travel
accounts, newspapers, sermons, parliamentary papers, colonial reports, trade directories,
almanacs, scientific papers of the 1800s, early-20th-century memoirs and war histories.  A
few passages are short quotations of public-domain novels; the rest were written in the
style of those registers.  The passages were annotated blind, from
``docs/numeric-mentions.md`` and the decisions in the docstrings of
``tests/data/mentions_heldout/build_heldout.py`` and the ``build_dev_en*.py`` scripts,
without reading the extractor's code and without running it on them.  Texts are already
normalised (plain spaces, no NBSP / thin spaces).

Each passage is ``(text, [mentions in text order])`` using the ``M`` / ``R`` helpers and
the ``annotate`` validator of ``tests/data/mentions_heldout/build_heldout.py`` (offsets are
found with ``str.find`` from the end of the previous mention, never typed).  The
validator's ``CURRENCIES`` set is extended in memory (not in that file) with ``INR`` and
``CHF``.

Decisions taken here where the spec and the earlier docstrings are silent, each with the
example that settled it:

* **An income in a novel without the currency word** ``his having ten thousand a year`` is
  ``money`` in ``GBP`` (the pounds elided), scale 1000 for ``thousand``.
* **Pounds, shillings and pence in words without unit words** ``annual expenditure nineteen
  nineteen and six`` is one ``money`` mention (19.975 GBP), like ``22s. 6d.``; ``twenty
  pounds ought and six`` is one amount (20.025 GBP), ``ought`` the zero shillings.
* **Biblical measures of a life** ``Threescore years and ten`` are one ``quantity`` of 70
  years, the unit word inside, like ``two and one half years``.
* **Scripture citations** ``Psalm xc. 12`` are ``reference`` (psalm 90 and verse 12); a
  verse named in prose (``at the 8th verse``) keeps its ``ordinal``.
* **A clock time with its fraction of the hour in words** ``half-past one o'clock`` is one
  time of day (``other``, 1.5, unit ``hour``), like ``в 4 часа 15 минут``.
* **A distance table with the unit only on the first figure** ``197 miles N.N.W. from
  London, 43 S.W. from York, and 8 N.W.`` gives the later bare figures the unit ``mi``
  with their digits only (elided unit), like ``nine`` in ``between nine and thirteen years``.
* **Ages in a list without an age word** ``children between eight and thirteen`` are two
  ``quantity`` mentions in years (a list after ``between``, as in dev_en5).
* **A list of clock times sharing one marker** ``at 7 and 10 a.m. and 3 p.m.`` gives one
  time of day each (``other``), the bare ``7`` valued as written.
* **Book and chapter headings in Roman numerals** ``BOOK IV. CHAPTER II.`` are
  ``identifier`` (parts and sections).
* **A bare clock hour in a diary** ``Rose at six`` is a time of day (``other`` 6), like
  ``eleven o'clock`` without the ``o'clock``.
* **A death-rate with its base in digits** ``21.4 per 1,000`` gives two ``count`` mentions
  (dev_en5), and a daily average ``312.6`` in custody is a ``count`` as written.
* **Corn measures** ``4,210 qrs.`` are a ``quantity`` in the unit ``quarter`` (eight
  bushels), the dot inside.
* **Foot-pounds** ``772 foot-pounds`` are a ``quantity`` in ``ft*lbf`` (work), like ``N*m``.
* **A relative distance in astronomy** ``at a distance of 0.578 from the Sun``, with the
  unit stated as "unity", is ``other`` (a value on a scale).
* **A fraction of a unit in words** ``one-sixteenth of a pint`` is one ``quantity``
  (0.0625 ``pint``), like ``half a pint``.
* **Unit codes** used: ``mi``, ``mi2``, ``nmi``, ``yd``, ``ft``, ``inch``, ``lb``, ``ton``, ``acre``,
  ``rood``, ``perch``, ``quarter``, ``grain``, ``pint``, ``ft*lbf``, ``deg``, ``degF``,
  ``minute``, ``hour``, ``day``, ``year``, ``%``.
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
_bh.CURRENCIES.update({"INR", "CHF"})

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
    # ---- 18th- and 19th-century novels
    ("My father had a small estate in Nottinghamshire: I was the third of five sons. He sent me "
     "to Emanuel College in Cambridge at fourteen years old, where I resided three years, and "
     "applied myself close to my studies.",
     [M("five", 5, "count"), M("fourteen years", 14, "quantity", "year"),
      M("three years", 3, "quantity", "year")]),
    ("Mr. Darcy soon drew the attention of the room by his fine, tall person, handsome features, "
     "noble mien, and the report which was in general circulation within five minutes after his "
     "entrance, of his having ten thousand a year.",
     [M("five minutes", 5, "quantity", "minute"),
      M("ten thousand", 10 * K, "money", "GBP", K)]),
    ("Annual income twenty pounds, annual expenditure nineteen nineteen and six, result "
     "happiness. Annual income twenty pounds, annual expenditure twenty pounds ought and six, "
     "result misery.",
     [M("twenty pounds", 20, "money", "GBP"),
      M("nineteen nineteen and six", lsd(19, 19, 6), "money", "GBP"),
      M("twenty pounds", 20, "money", "GBP"),
      M("twenty pounds ought and six", lsd(20, 0, 6), "money", "GBP")]),
    ("\"I will bet twenty thousand pounds against anyone who wishes, that I will make the tour "
     "of the world in eighty days or less; in nineteen hundred and twenty hours, or a hundred "
     "and fifteen thousand two hundred minutes.\"",
     [M("twenty thousand pounds", 20 * K, "money", "GBP", K),
      M("eighty days", 80, "quantity", "day"),
      M("nineteen hundred and twenty hours", 1920, "quantity", "hour"),
      M("a hundred and fifteen thousand two hundred minutes", 115200, "quantity", "minute", K)]),
    ("The living of Hogglestock was worth £130 a year, and upon this Mr. Crawley had to keep a "
     "wife and three children, and to pay off debts that he had contracted at Oxford twelve "
     "years before.",
     [M("£130", 130, "money", "GBP"), M("three", 3, "count"),
      M("twelve years", 12, "quantity", "year")]),
    ("BOOK IV. CHAPTER II. A short hint of what we can do in the sublime, and a description of "
     "Miss Sophia Western.",
     [M("IV", 4, "identifier"), M("II", 2, "identifier")]),
    # ---- letters and diaries
    ("30th. Up betimes, and to the office, where all the morning; and at noon dined at home. "
     "Casting up my accounts, I find myself worth £1,300 clear, for which the Lord be praised.",
     [M("30th", 30, "ordinal"), M("£1,300", 1300, "money", "GBP")]),
    ("London, 14th March, 1821. My dear Sir,—I received your letter of the 9th inst., and "
     "enclose a draft on Messrs. Coutts for £25 10s., being the half-year's rent of the "
     "cottage.",
     [M("14th March, 1821", 1821, "date"), M("9th", 9, "ordinal"),
      M("£25 10s.", lsd(25, 10), "money", "GBP")]),
    ("Tuesday, 3 June 1794. Thermometer at noon 72°; wind S.W. Walked 6 miles to Selborne and "
     "back before dinner; the swifts have been here these 14 days.",
     [M("3 June 1794", 1794, "date"), M("72°", 72, "quantity", "degF"),
      M("6 miles", 6, "quantity", "mi"), M("14 days", 14, "quantity", "day")]),
    ("Philadelphia, Dec. 12, 1787. Dear Sir, I have the pleasure to inform you that the "
     "Convention of this State ratified the Constitution this day by a majority of 46 to 23.",
     [M("Dec. 12, 1787", 1787, "date"), M("46", 46, "count"), M("23", 23, "count")]),
    ("Monday, 11th. Rose at six; read two chapters of Gibbon before breakfast. Paid the "
     "carrier 3s. 4d. for the box from Bath, and wrote to my mother.",
     [M("11th", 11, "ordinal"), M("six", 6, "other"), M("two", 2, "count"),
      M("3s. 4d.", lsd(0, 3, 4), "money", "GBP")]),
    # ---- travel accounts
    ("We left Cairo on the 2nd of January, and in eleven days reached Assouan, a distance of "
     "583 miles by the river. The thermometer at sunrise stood at 48°, and at 2 p.m. at 79° in "
     "the shade.",
     [M("2nd of January", None, "date"), M("eleven days", 11, "quantity", "day"),
      M("583 miles", 583, "quantity", "mi"), M("48°", 48, "quantity", "degF"),
      M("2 p.m.", 14, "other"), M("79°", 79, "quantity", "degF")]),
    ("The ascent of the Rigi from Vitznau by the railway (4 1/2 M.) takes 1 1/4 hr.; fare 7 fr., "
     "descent 3 1/2 fr.",
     [M("4 1/2 M.", 4.5, "quantity", "mi"), M("1 1/4 hr.", 1.25, "quantity", "hour"),
      M("7 fr.", 7, "money", "CHF"), M("3 1/2 fr.", 3.5, "money", "CHF")]),
    ("On the 18th we were in lat. 12° 40′ N., long. 24° 10′ W., having run 216 miles in the "
     "twenty-four hours.",
     [M("18th", 18, "ordinal"), M("12° 40′", 12 + 40 / 60, "quantity", "deg"),
      M("24° 10′", 24 + 10 / 60, "quantity", "deg"), M("216 miles", 216, "quantity", "nmi"),
      M("twenty-four hours", 24, "quantity", "hour")]),
    ("The caravan consisted of 140 porters, each carrying a load of about 60 lb., and we "
     "marched on an average 12 miles a day, halting every fourth day to rest the men.",
     [M("140", 140, "count"), M("60 lb.", 60, "quantity", "lb"),
      M("12 miles", 12, "quantity", "mi")]),
    ("The town is built on a hill some 1,800 feet above the sea, and contains, I was told, "
     "about 20,000 inhabitants and seventeen mosques.",
     [M("1,800 feet", 1800, "quantity", "ft"), M("20,000", 20000, "count"),
      M("seventeen", 17, "count")]),
    # ---- newspapers
    ("DREADFUL COLLIERY EXPLOSION.—On Wednesday, at half-past one o'clock, an explosion of "
     "fire-damp occurred at the Oaks Colliery, near Barnsley, by which it is feared that "
     "upwards of 300 lives have been lost. The pit employed about 340 men and boys.",
     [M("half-past one o'clock", 1.5, "other", "hour"), M("300", 300, "count"), M("340", 340, "count")]),
    ("Mary Ryan, 27, was charged with being drunk and disorderly in High Street on Saturday "
     "night, and was fined 5s. and costs, or in default seven days.",
     [M("27", 27, "quantity", "year"), M("5s.", lsd(0, 5), "money", "GBP"),
      M("seven days", 7, "quantity", "day")]),
    ("CORN EXCHANGE, Monday.—English wheat 2s. to 3s. per quarter dearer; white 64s. to 70s., "
     "red 60s. to 66s. Arrivals: wheat 4,210 qrs., barley 1,890 qrs.",
     [R("2s. to 3s.", lsd(0, 2), lsd(0, 3), "GBP"), R("64s. to 70s.", lsd(0, 64), lsd(0, 70), "GBP"),
      R("60s. to 66s.", lsd(0, 60), lsd(0, 66), "GBP"),
      M("4,210 qrs.", 4210, "quantity", "quarter"), M("1,890 qrs.", 1890, "quantity", "quarter")]),
    ("TO BE SOLD BY AUCTION, on Friday the 21st instant, at Twelve o'Clock, a FREEHOLD FARM of "
     "146 acres, 2 roods, 17 perches, with a good Dwelling-house, Barn and Stabling.",
     [M("21st", 21, "ordinal"), M("Twelve o'Clock", 12, "other", "hour"),
      M("146 acres", 146, "quantity", "acre"), M("2 roods", 2, "quantity", "rood"),
      M("17 perches", 17, "quantity", "perch")]),
    ("THE WEATHER.—The frost continues with great severity. At Greenwich on Tuesday morning "
     "the thermometer fell to 14°, or 18 degrees below freezing point, the lowest reading since "
     "January, 1881.",
     [M("14°", 14, "quantity", "degF"), M("18 degrees", 18, "quantity", "degF"),
      M("January, 1881", 1881, "date")]),
    # ---- sermons
    ("Brethren, the words of my text will be found in the fifth chapter of St. Matthew, at the "
     "8th verse. Of the 2,400 children in this parish not above 600 attend any school on the "
     "Lord's Day, and in our Sunday school there are but 9 teachers for 180 scholars.",
     [M("8th", 8, "ordinal"), M("2,400", 2400, "count"), M("600", 600, "count"),
      M("9", 9, "count"), M("180", 180, "count")]),
    ("Psalm xc. 12.—So teach us to number our days, that we may apply our hearts unto wisdom. "
     "Threescore years and ten, saith the Psalmist, are the days of our age.",
     [M("xc", 90, "reference"), M("12", 12, "reference"),
      M("Threescore years and ten", 70, "quantity", "year")]),
    ("The collection after the sermon amounted to £47 3s. 6½d., the largest ever made in this "
     "church for the Infirmary, which in the last year relieved 1,284 patients.",
     [M("£47 3s. 6½d.", lsd(47, 3, 6.5), "money", "GBP"), M("1,284", 1284, "count")]),
    ("For eighteen hundred years the Church has preached this gospel, and yet, my friends, there "
     "are in this great city at this hour a hundred thousand souls who have never heard it.",
     [M("eighteen hundred years", 1800, "quantity", "year"),
      M("a hundred thousand", 100 * K, "count", None, K)]),
    # ---- parliamentary papers
    ("Mr. GLADSTONE said the total expenditure for the year ending 31st March, 1882, had been "
     "£85,472,000, and the revenue £85,822,000, leaving a surplus of £350,000; the income tax "
     "then stood at 5d. in the pound.",
     [M("31st March, 1882", 1882, "date"), M("£85,472,000", 85472000, "money", "GBP"),
      M("£85,822,000", 85822000, "money", "GBP"), M("£350,000", 350000, "money", "GBP"),
      M("5d.", lsd(0, 0, 5), "money", "GBP")]),
    ("Return of the number of persons committed for trial in England and Wales in each of the "
     "years 1836 to 1840 (Parl. Papers, 1841, vol. xviii, p. 213).",
     [R("1836 to 1840", 1836, 1840), M("1841", 1841, "reference"),
      M("xviii", 18, "reference"), M("213", 213, "reference")]),
    ("In the 1,217 mills returned there were employed 83,151 persons under eighteen years of "
     "age, of whom 29,283 were children between eight and thirteen.",
     [M("1,217", 1217, "count"), M("83,151", 83151, "count"),
      M("eighteen years", 18, "quantity", "year"), M("29,283", 29283, "count"),
      M("eight", 8, "quantity", "year"), M("thirteen", 13, "quantity", "year")]),
    ("Division No. 142. Ayes, 302; Noes, 291. Majority for the Second Reading, 11.",
     [M("No. 142", 142, "identifier"), M("302", 302, "count"), M("291", 291, "count"),
      M("11", 11, "count")]),
    ("The witness stated that a hand-loom weaver in Bolton could earn no more than 5s. 6d. a "
     "week, working fourteen hours a day, and that in 1834 there were not fewer than 800 such "
     "weavers in the town.",
     [M("5s. 6d.", lsd(0, 5, 6), "money", "GBP"), M("fourteen hours", 14, "quantity", "hour"),
      M("1834", 1834, "year"), M("800", 800, "count")]),
    ("Under section 7 of the Act, no woman shall be employed for more than 10½ hours in any one "
     "day, nor for more than 56½ hours in any one week.",
     [M("7", 7, "identifier"), M("10½ hours", 10.5, "quantity", "hour"),
      M("56½ hours", 56.5, "quantity", "hour")]),
    # ---- colonial reports
    ("The revenue of the Colony for 1898 amounted to £337,128, an increase of 12.4 per cent. "
     "over that of 1897; Customs duties yielded £251,360, or 74.6 per cent. of "
     "the whole. The population of the Colony and Protectorate at the last estimate was "
     "1,473,882.",
     [M("1898", 1898, "year"), M("£337,128", 337128, "money", "GBP"),
      M("12.4 per cent.", 12.4, "percent", "%"), M("1897", 1897, "year"),
      M("£251,360", 251360, "money", "GBP"), M("74.6 per cent.", 74.6, "percent", "%"),
      M("1,473,882", 1473882, "count")]),
    ("The area under tea increased from 384,000 acres in 1900 to 426,000 acres in 1910, and "
     "the exports of tea in the latter year reached 182,070,000 lb., an increase of 8.7 per "
     "cent. on 1909.",
     [M("384,000 acres", 384000, "quantity", "acre"), M("1900", 1900, "year"),
      M("426,000 acres", 426000, "quantity", "acre"), M("1910", 1910, "year"),
      M("182,070,000 lb.", 182070000, "quantity", "lb"),
      M("8.7 per cent.", 8.7, "percent", "%"), M("1909", 1909, "year")]),
    ("The famine of 1876–78 affected an area of 257,000 square miles and a population of 58½ "
     "millions; the cost of relief works to the State was Rs. 8,13,56,000, and the excess "
     "mortality was estimated at 5¼ millions.",
     [R("1876–78", 1876, 1878), M("257,000 square miles", 257000, "quantity", "mi2"),
      M("58½ millions", 58.5 * MLN, "count", None, MLN),
      M("Rs. 8,13,56,000", 81356000, "money", "INR"),
      M("5¼ millions", 5.25 * MLN, "count", None, MLN)]),
    ("Rainfall at the Botanic Station for the year was 78.42 inches, the heaviest fall in 24 "
     "hours being 4.10 inches on the 17th October.",
     [M("78.42 inches", 78.42, "quantity", "inch"), M("24 hours", 24, "quantity", "hour"),
      M("4.10 inches", 4.10, "quantity", "inch"), M("17th October", None, "date")]),
    ("Of the 2,146 prisoners admitted to the gaol during the year, 1,538 were convicted of "
     "offences against the Labour Ordinance; the daily average in custody was 312.6, "
     "and the death-rate 21.4 per 1,000.",
     [M("2,146", 2146, "count"), M("1,538", 1538, "count"), M("312.6", 312.6, "count"),
      M("21.4", 21.4, "count"), M("1,000", 1000, "count")]),
    # ---- trade directories
    ("HALIFAX, a market town and parish, 197 miles N.N.W. from London, 43 S.W. from York, and 8 "
     "N.W. from Huddersfield. The parish contained in 1831, 109,899 inhabitants. Fairs, June 24 "
     "and November 11.",
     [M("197 miles", 197, "quantity", "mi"), M("43", 43, "quantity", "mi"),
      M("8", 8, "quantity", "mi"), M("1831", 1831, "year"), M("109,899", 109899, "count"),
      M("June 24", None, "date"), M("November 11", None, "date")]),
    ("Smith John, grocer and tea dealer, 14 Market street. Post Office, 22 High street; letters "
     "despatched at 8 p.m.",
     [M("14", 14, "identifier"), M("22", 22, "identifier"), M("8 p.m.", 20, "other")]),
    ("The church of St. Mary is an ancient edifice of stone in the Early English style, with a "
     "tower containing 6 bells, and has 450 sittings. The living is a vicarage, net yearly value "
     "£280, with 40 acres of glebe and residence. The register dates from 1558.",
     [M("6", 6, "count"), M("450", 450, "count"), M("£280", 280, "money", "GBP"),
      M("40 acres", 40, "quantity", "acre"), M("1558", 1558, "year")]),
    ("Coaches to Manchester daily at 7 and 10 a.m. and 3 p.m., performing the journey in 4½ "
     "hours; fare, inside 12s., outside 7s.",
     [M("7", 7, "other"), M("10 a.m.", 10, "other"), M("3 p.m.", 15, "other"),
      M("4½ hours", 4.5, "quantity", "hour"), M("12s.", lsd(0, 12), "money", "GBP"),
      M("7s.", lsd(0, 7), "money", "GBP")]),
    # ---- almanacs
    ("MARCH hath 31 days. Full Moon, 6th day, 2h. 17m. morning. Sun rises 6h. 41m., sets 5h. "
     "44m.",
     [M("31 days", 31, "quantity", "day"), M("6th", 6, "ordinal"),
      M("2h. 17m.", hm(2, 17), "other", "hour"), M("6h. 41m.", hm(6, 41), "other", "hour"),
      M("5h. 44m.", hm(5, 44), "other", "hour")]),
    ("ECLIPSES IN THE YEAR 1840. There will be four eclipses this year, two of the Sun and two "
     "of the Moon. The first is a total eclipse of the Moon, February 17, visible at Greenwich.",
     [M("1840", 1840, "year"), M("four", 4, "count"), M("two", 2, "count"),
      M("two", 2, "count"), M("February 17", None, "date")]),
    ("TABLE OF INTEREST. £100 at 5 per cent. for 7 years amounts at simple interest to £135, and "
     "at compound interest to £140 14s. 0d.",
     [M("£100", 100, "money", "GBP"), M("5 per cent.", 5, "percent", "%"),
      M("7 years", 7, "quantity", "year"), M("£135", 135, "money", "GBP"),
      M("£140 14s. 0d.", lsd(140, 14), "money", "GBP")]),
    ("Easter Day, April 21. Whit Sunday, June 9. The Michaelmas Term begins November 2 and ends "
     "November 25; Michaelmas quarter-day falls on September 29.",
     [M("April 21", None, "date"), M("June 9", None, "date"), M("November 2", None, "date"),
      M("November 25", None, "date"), M("September 29", None, "date")]),
    # ---- scientific papers of the 1800s
    ("A copper wire 1/20 inch in diameter and 14 feet long was connected with a battery of 10 "
     "pairs of plates, each 4 inches square; the needle was deflected 35°.",
     [M("1/20 inch", 0.05, "quantity", "inch"), M("14 feet", 14, "quantity", "ft"),
      M("10", 10, "count"), M("4 inches", 4, "quantity", "inch"),
      M("35°", 35, "quantity", "deg")]),
    ("100 grains of the dried salt, heated to redness, lost 36.4 grains of water, and the "
     "residue dissolved in dilute acid gave 63.2 grains of sulphate of baryta.",
     [M("100 grains", 100, "quantity", "grain"), M("36.4 grains", 36.4, "quantity", "grain"),
      M("63.2 grains", 63.2, "quantity", "grain")]),
    ("The comet passed its perihelion on 1858 September 30, at a distance of 0.578 from the "
     "Sun; on October 10 its tail subtended an angle of 40°.",
     [M("1858 September 30", 1858, "date"), M("0.578", 0.578, "other"),
      M("October 10", None, "date"), M("40°", 40, "quantity", "deg")]),
    ("The mechanical equivalent of heat was found to be 772 foot-pounds; that is, the work done "
     "by a weight of 772 lb. falling through one foot will raise 1 lb. of water 1° Fahrenheit.",
     [M("772 foot-pounds", 772, "quantity", "ft*lbf"), M("772 lb.", 772, "quantity", "lb"),
      M("one foot", 1, "quantity", "ft"), M("1 lb.", 1, "quantity", "lb"),
      M("1° Fahrenheit", 1, "quantity", "degF")]),
    ("The thickness of the Coal Measures in South Wales is estimated at 12,000 feet, and they "
     "contain no fewer than 75 seams of coal, of which about 25 are workable; "
     "the output of the coalfield in 1870 was some 13,600,000 tons.",
     [M("12,000 feet", 12000, "quantity", "ft"), M("75", 75, "count"), M("25", 25, "count"),
      M("1870", 1870, "year"), M("13,600,000 tons", 13600000, "quantity", "ton")]),
    ("On a piece of ground three feet long and two wide, dug and cleared, I marked all the "
     "seedlings of our native weeds as they came up, and out of the 357 no less than 295 were "
     "destroyed, chiefly by slugs and insects.",
     [M("three feet", 3, "quantity", "ft"), M("two", 2, "quantity", "ft"),
      M("357", 357, "count"), M("295", 295, "count")]),
    # ---- early-20th-century memoirs and war histories
    ("On the morning of 4th August, 1914, the battalion was at Aldershot; by the 14th we had "
     "landed at Boulogne, 1,007 strong, and on the 23rd we were in action at Mons.",
     [M("4th August, 1914", 1914, "date"), M("14th", 14, "ordinal"), M("1,007", 1007, "count"),
      M("23rd", 23, "ordinal")]),
    ("The 29th Division landed at Cape Helles on 25 April 1915; by nightfall the Lancashire "
     "Fusiliers at W Beach had lost 11 officers and 350 men, and six Victoria Crosses were later "
     "awarded.",
     [M("29th", 29, "ordinal"), M("25 April 1915", 1915, "date"), M("11", 11, "count"),
      M("350", 350, "count"), M("six", 6, "count")]),
    ("I was nineteen when I went out, and I came home in 1919 with a wound stripe and a pension "
     "assessed at 40 per cent. disability.",
     [M("nineteen", 19, "quantity", "year"), M("1919", 1919, "year"),
      M("40 per cent.", 40, "percent", "%")]),
    ("The German offensive of 21 March 1918 fell upon the Fifth Army on a front of 42 miles; in "
     "eight days the enemy advanced nearly 40 miles and took some 90,000 prisoners and 1,300 "
     "guns. The Fifth Army lost 38,000 men, or 21 per cent. of its strength.",
     [M("21 March 1918", 1918, "date"), M("42 miles", 42, "quantity", "mi"),
      M("eight days", 8, "quantity", "day"), M("40 miles", 40, "quantity", "mi"),
      M("90,000", 90000, "count"), M("1,300", 1300, "count"),
      M("38,000", 38000, "count"), M("21 per cent.", 21, "percent", "%")]),
    ("The losses of the Expeditionary Force from 14 October to 30 November 1914 amounted to "
     "58,155 of all ranks.¹\n¹ Official History, 1914, vol. II, p. 466.",
     [M("14 October", None, "date"), M("30 November 1914", 1914, "date"),
      M("58,155", 58155, "count"), M("¹", 1, "reference"), M("¹", 1, "reference"),
      M("1914", 1914, "reference"), M("II", 2, "reference"), M("466", 466, "reference")]),
    ("We were paid one shilling a day, and on cold mornings there was a tot of rum, about "
     "one-sixteenth of a pint a man.",
     [M("one shilling", lsd(0, 1), "money", "GBP"),
      M("one-sixteenth of a pint", 1 / 16, "quantity", "pint")]),
    ("H.M.S. Invincible blew up at 6.34 p.m., and of her complement of 1,032 officers and men "
     "only six survived.",
     [M("6.34 p.m.", hm(18, 34), "other"), M("1,032", 1032, "count"), M("six", 6, "count")]),
    ("During April 1917 the Royal Flying Corps lost 245 aircraft, with 211 aircrew killed or "
     "missing and 108 taken prisoner.",
     [M("April 1917", 1917, "date"), M("245", 245, "count"), M("211", 211, "count"),
      M("108", 108, "count")]),
    ("In the reign of George III the National Debt rose from £132 millions in 1760 to upwards "
     "of £800 millions at the close of the war in 1815.",
     [M("III", 3, "ordinal"), M("£132 millions", 132 * MLN, "money", "GBP", MLN),
      M("1760", 1760, "year"), M("£800 millions", 800 * MLN, "money", "GBP", MLN),
      M("1815", 1815, "year")]),
    ("By the end of the war the XIII Corps held a front of 9,000 yards with two divisions in the "
     "line, and its artillery fired 1,250,000 rounds between August 8 and November 11.",
     [M("XIII", 13, "ordinal"), M("9,000 yards", 9000, "quantity", "yd"),
      M("two", 2, "count"), M("1,250,000", 1250000, "count"), M("August 8", None, "date"),
      M("November 11", None, "date")]),
]
# fmt: on


def main() -> None:
    _bh.build_all({"en": EN}, "dev_en10", HERE)


if __name__ == "__main__":
    main()
