"""Build the third English numeric-mention development set (``dev_en3_en.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_dev_en3/build_dev_en3.py

A **development** set: the English rules of ``analysis.mentions`` are tuned on it, so its
scores say nothing about generalisation (the held-out sets do that).  The passages were
written for it in registers the first two English development sets (``mentions_dev_en``,
``mentions_dev_en2``) do not cover: Straits Settlements, Federated Malay States, Hong Kong,
Ceylon, Gold Coast, Nigerian and Kenyan colonial reports (Straits dollars, piculs,
gantangs, cowries, East African shillings), explorers' journals and travel handbooks
(aneroid and boiling-point altitudes, bearings, Baedeker price lists), whalers' and naval
logbooks, Tudor and Stuart probate inventories and wills (Roman-numeral money), bills of
mortality, parish registers and the Registrar-General's weekly returns, land surveys and
deeds (chains and links, acres-roods-perches, the US Public Land Survey), patent
specifications and engineering specifications, museum, archive, library, coin and
natural-history catalogue entries, archaeological excavation reports (context numbers,
radiocarbon dates), SEC filings (Form 10-K), oral-history transcripts, meteorological
registers and weather diaries, law reviews and English and American law reports,
public-health bulletins (MMWR, Weekly Epidemiological Record, Medical Officers of Health),
turf almanacs, convict, immigrant and prison registers, cookery books and prescriptions,
Second World War war diaries and convoy reports, missionary reports, actuarial tables,
mountaineering and monumental inscriptions.  They were annotated blind, from
``docs/numeric-mentions.md`` and the decisions in the docstrings of
``tests/data/mentions_heldout/build_heldout.py``,
``tests/data/mentions_heldout2/build_heldout2.py``,
``tests/data/mentions_heldout3/build_heldout3.py`` and the ``build_dev_*.py`` scripts of the
earlier development sets, without running the extractor on them.  Texts are already
normalised (plain spaces, no NBSP / thin spaces).

Each passage is ``(text, [mentions in text order])`` using the ``M`` / ``R`` helpers and
the ``annotate`` validator of ``tests/data/mentions_heldout/build_heldout.py`` (offsets are
found with ``str.find`` from the end of the previous mention, never typed).  The
validator's ``CURRENCIES`` set is extended in memory (not in that file) with ``INR``,
``CAD``, ``CHF``, ``SGD``, ``HKD`` and ``KES``.

Decisions taken here where the spec and the earlier docstrings are silent, each with the
example that settled it:

* **"per cent." with the abbreviation dot**: the dot of ``per cent.`` is inside the span, as
  the dot of an abbreviated unit is (``48.8 per cent.`` of the whole revenue, ``85 per cent.``
  boiler pressure, ``19.85 per cent.,`` with the comma outside).
* **Colonial currencies without an ISO code of their own** take the code of their
  successor: the Straits (and FMS) dollar and its cents are ``SGD`` (``$4,312,580``,
  ``38 cents`` a gantang -> 0.38); the East African shilling is ``KES``, and its
  shillings/cents notation is one amount (``Shs. 412,618/50`` -> 412618.5, ``Shs. 7/09`` ->
  7.09, ``Shs.`` inside like ``Rs.``).  ``$`` in a Hong Kong report is ``HKD``.  Ceylon
  rupees and cents are ``INR`` like the East African rupee of ``mentions_dev_en``
  (``50 cents`` -> 0.5); rupees in Uganda and Zanzibar likewise (``5 rupees``).  Baedeker's
  Swiss ``fr.`` is ``CHF``.  The West African pound at par is ``GBP``; sovereigns are pounds
  (``6,500 sovs.`` -> 6500 GBP) and guineas 21s. (``450 gns.`` -> 472.5 GBP).
* **Cowries** are counted shells, not a currency with a code: ``2,000`` cowries is a ``count``.
* **Tudor and Stuart money**: ``li.`` is the pound; an amount in Roman numerals is one
  ``money`` mention in pounds (``iij li. vj s. viij d.`` -> 3.3333, ``xls.`` -> 2.0,
  ``xiij s. iiij d.`` -> 0.6667), the final ``j`` read as ``i``; Roman numerals counting
  goods are ``count`` (``ij`` kine -> 2, ``iij`` brass pots -> 3).  Arabic amounts in the same
  notation too (``47 li. 13s. 4d.`` -> 47.6667).  ``one`` table board (a single item) is a
  ``count`` 1 (``mentions_dev_ru2``).
* **Dates of deeds and wills**: ``the 2nd day of May 1634`` is one ``date`` from the ordinal
  to the year (``day of`` inside, like ``the 3rd of March, 1861``); in ``this tenth day of
  June in the year of our Lord one thousand seven hundred and forty-two`` the ordinal word
  and the bare month are no mentions and the spelled year is a ``year`` (1742).
* **Double years** of the old civil calendar (``14 Feb. 1743/4``) stay inside the date span;
  the value is the first year as written (1743), like the first year of ``1921/22``.
* **Bills of mortality**: ``from the 12th to the 19th of September 1665`` is one date (a day
  range inside one month with a connector, spec), value 1665.
* **fourscore** is a cardinal word: ``aged about fourscore`` -> ``quantity`` 80 years.
* **Weather registers**: a barometer height with ``in.`` is a quantity in ``inHg``
  (``29.812 in.``, an aneroid's ``26.42 in.``); a bare reading after ``barometer`` is ``other``
  (``barometer 29.62``).  A bare degree sign in an English register before metrication is
  Fahrenheit (``91°``, ``−46°`` -> ``degF``, the sign inside); ``201.6° Fahr.`` keeps
  ``Fahr.`` inside.  Wind force on the Beaufort scale is ``other`` with unit ``Beaufort`` and
  the word ``force`` outside (``force 6``, ``Force 10``), also after a wind direction
  (``S.W. 2``), like an earthquake magnitude.  ``159 rainy days`` counts occurrences, not a
  duration: ``count``.  A leading-dot rainfall ``.12 in.`` is a quantity 0.12 inch.
* **Bearings and positions**: ``N. 47° E.`` is a ``quantity`` of 47 ``deg`` with the letters
  outside, like ``lat. 41° 20′ N.``; at sea ``miles`` are nautical miles (``nmi``).
* **Survey measures**: ``22 chains 50 links`` are two quantities (``chain``, ``link``), like
  ``6 ft 4 in``; the acres-roods-perches notation ``12a. 3r. 14p.`` gives three quantities
  (``acre``, ``rood``, ``perch``) -- ``p.`` after ``r.`` is perches, not pence.
* **Land descriptions**: in the Public Land Survey ``Section 16``, ``Township 12 North``,
  ``Range 4 West`` are ``identifier``; the aliquot parts ``S ½`` and ``NE ¼`` are fractions
  (``other``); ``the 5th Principal Meridian`` and ``the 3rd Concession`` are ``ordinal``;
  ``Lot No. 14`` an ``identifier``.
* **Patents**: ``Letters Patent No. 223,898`` and ``No. 6735`` are ``identifier`` (``No.``
  inside); figure numbers (``Figure 1``, ``Fig. 2``), the reference numerals of the drawings
  (``the shaft 12``, ``bearings 14 and 16``) and claim numbers (``1.`` opening a claim,
  ``claim 1``) are ``identifier``.  ``150 pounds per square inch`` is one quantity (``psi``),
  ``18,000 revolutions per minute`` one quantity (``rpm``); ``one-millionth`` of an atmosphere
  is a fraction, ``other`` 1e-06.  ``A.D. 1884`` is a ``year`` with ``A.D.`` outside.
* **Engineering specifications**: a gradient ``1 in 60`` is one ``other`` with the ratio's
  value (0.016667), like ``one in five``; ``7 ft. × 9 in. × 4½ in.`` are three quantities
  each with its own unit; ``Cylinders (2)`` is a ``count`` with the brackets outside;
  ``75 lb. per yard`` is one quantity (``lb/yd``); standard and thread designations with a
  letter glued to the digits (``A325``, ``M20``) are ``identifier`` with the letter inside
  (like ``B25``); a standard with edition ``D1.1/D1.1M:2020`` is one ``identifier``, value
  null, and ``clause 5.2`` an identifier with value null (``п. 5.2``); ``± 10%`` leaves ``±``
  outside.
* **Catalogue entries**: museum and register numbers of several groups
  (``C.112&A-1937``, ``BMNH 1901.2.5.14``) are one ``identifier`` each, value null; a
  catalogue entry number opening the line (``47.``) and a sale ``lot 58`` are ``identifier``;
  ``c.`` and ``AD`` stay outside (``c. 1765–70`` -> range 1765..1770, ``AD 117–138``); ``H.``
  / ``D.`` (height, diameter) stay outside their quantities; a coin's die axis ``6h`` is
  ``other`` 6 (a clock position, the ``h`` inside).  A year supplied by an editor in square
  brackets is inside the date (``11 January [1844]`` -> one date, 1844).  A book format
  ``8vo`` is a name containing a number (``other`` 8, the whole token).  In a catalogue
  record the unnumbered pages in brackets (``[16], 825, [10] p.``) are each a ``reference``
  with the brackets outside, and the height ``29 cm`` a ``quantity``; numbers in a
  standard catalogue cited as a reference (``STC 12625``, ``RIC II 305``, ``BMC 1761``) and
  a manuscript's shelf mark in a catalogue line (``MS. DAR 114: 3``) are ``reference``.
  ``12 linear feet`` is a quantity in ``ft``; ``Box 14, folder 3`` are identifiers.
* **Excavation reports**: context numbers in square brackets (cuts, ``[1045]``) and round
  brackets (fills, ``(1046)``) are ``identifier`` with the brackets outside -- they are not
  footnote markers; ``Trench 3``, ``SF 212`` (small find), ``Phase II`` and a samian form
  (``Drag. 37``, ``Drag. 18/31`` one identifier, value null) are ``identifier``; a laboratory
  code ``OxA-12345`` is an ``identifier`` with its letters inside (value 12345).  A
  radiocarbon age ``3450 ± 40 BP`` is two ``quantity`` mentions in years (age and error, like
  mean ± deviation), ``BP`` outside like an era marker; a calibrated range ``1880–1690 cal
  BC`` is a ``range`` as written (1880..1690), ``cal BC`` outside.
* **SEC filings**: ``FORM 10-K`` -> ``10-K`` is an ``identifier`` (value 10, the letter inside);
  ``SECTION 13 OR 15(d)`` -> ``13``, ``15`` identifiers; a ZIP code ``20549`` is an
  identifier; the Commission File Number ``001-36743`` one identifier, value null; ``Item 7``
  and ``Note 9`` identifiers.  Accounting brackets make an amount negative and are inside
  the span (``$(2,935) million`` -> -2.935e9, ``$(12) million``).  An ``(in millions)``
  heading does not scale a figure (``$123,216`` stays 123216).
* **Oral history**: a year read in pairs (``nineteen twenty-three``) is a ``year`` in any
  position; ``'32``, ``a '36 Ford`` and ``till '52`` are years (1932, 1936, 1952) with the
  apostrophe outside; ``a dollar and a quarter`` is one ``money`` mention (1.25 USD) like a
  mixed number (a lone ``a dollar`` would not be annotated); ``five, six cents`` gives two
  money mentions, the first with its word only (0.05 USD, elided unit);
  ``eleven hundred dollars`` -> 1100 USD; ``bucks`` are dollars; the spoken ``twelve and six``
  is 12s. 6d. (0.625 GBP) and ``twelve shillings and sixpence`` one amount; bare ages
  (``I was seventeen``, ``at fourteen``) are ``quantity`` in years.
* **Law reviews and law reports**: in ``80 Harv. L. Rev. 1165, 1214 n.98 (1967)`` volume,
  first page, pinpoint, note (glued to ``n.``) and year are ``reference``; ``Id. at 1218`` and
  ``supra note 12, at 45–46`` are references; a treatise section ``§ 6.02[3]`` is a
  ``reference`` (``§ 6.02`` with value null, ``3`` without its brackets), its ``3d ed.`` a
  ``reference``.  English reports ``[1932] AC 562``, ``[1990] 2 AC 605``, ``(1854) 9 Ex 341;
  156 ER 145``: every number a ``reference``, the brackets outside.  ``U.S. Const. art. I,
  § 8, cl. 3``: ``I``, ``§ 8`` and ``3`` are identifiers.  A docket ``No. 72-1234`` is one
  identifier, value null.
* **Public-health bulletins**: an epidemiological week number (``week 34``) is an
  ``ordinal`` (like ``Q3``); a Vancouver-style citation ``MMWR 1981;30:250–2`` gives year,
  volume and page range as ``reference`` (250..252); a bare rate with no base after it
  (``birth-rate 28.6``) is ``other`` (a coefficient, as ``mentions_dev_kk``), a rate with a
  base in digits two counts (``17.6 per 1000``), and ``249 females to every 1,000 males``
  two counts.
* **Turf almanacs**: betting odds (``13 to 8``, ``5 to 1``, ``100 to 8``, ``21/20``) are one
  ``other`` each with value null, like a ratio or score, not a range or fraction; weights
  ``9st.`` are quantities in stone (unit ``st``), ``8st. 9lb.`` two quantities; a placing
  after the horse's name (``9st., 1``) is an ``ordinal``; ``three-year-olds`` is one
  ``quantity`` (3 years, the whole word); ``One mile and a half`` is one quantity (1.5 mi);
  ``2 min. 42 sec.`` two quantities; ``3¼-mile`` one quantity with the hyphen inside.
* **Registers of persons**: bare ages (``aged 24``, ``Giuseppe Russo, 34, m.``) are
  ``quantity`` in years; ``List 14, line 22`` are identifiers; a possessive apostrophe after
  a unit stays outside (``3 days``' bread and water).
* **Prescriptions**: an apothecary's weight written before a Roman numeral is inside the
  span (``gr. x`` -> 10 ``grain``, ``gr. i`` -> 1 grain, ``℥i`` -> 1 ``oz``).
* **Cookery and household budgets**: ``2 cwt.`` is a quantity (``cwt``); eggs and persons are
  counts; ``1s. 9d.`` is money as in ``mentions_dev_en``.
* **War diaries**: ``0725 hrs.`` is a time of day (``other``, 7.4167, unit hour, ``hrs.``
  inside with its abbreviation dot, like ``0630 hours``); ``6 Jun 44`` a date with the year 1944; a map reference
  ``MR 098812`` one ``identifier`` (value 98812, ``MR`` outside); a spot height ``Pt 112`` an
  identifier like ``Hill 60``; ``2/Lt`` (second lieutenant) an ``ordinal`` 2 with the digit
  only; ``25-pdr`` a quantity of 25 lb like ``12-pounder``; convoy designations ``HX 229``,
  ``SC 122`` identifiers with the letters outside (like ``KA 112``); night dates
  ``16/17 and 17/18 March`` are two dates (value null), each pair of days one date;
  ``93,502 GRT`` is a quantity (``GRT``).
* **Lists sharing a unit backwards**: a ship's day's runs ``412, 438, 451, 447, 460, 455
  knots`` are six quantities in ``kn``; a Baedeker price list ``R. from 4, B. 1½, D. 5 fr.``
  and ``fare up 10, down 5 fr.`` give money (CHF) for the bare figures; ``Wing 112 mm, tail
  86, culmen 21.5`` gives mm to the bare figures (elided unit).
* **Yields in local measures**: ``417 gantangs to the relong`` is one quantity with the
  denominator inside (unit ``gantang/relong``), like ``bushels per acre``; ``4 litres a
  minute`` one quantity (``L/min``, like ``8 miles an hour``).
* **Expeditions and inscriptions**: ``Camp VI`` is an ``identifier``; a date with a Roman
  year (``the 4th day of April MDCCLXXII``) is one ``date`` with value 1772; ``in her 70th
  year`` an ``ordinal``; a day of the month without a month in a log (``Wednesday 12th``,
  ``on the 27th``) an ``ordinal``.
* **Unit codes** used: ``acre``, ``rood``, ``perch``, ``chain``, ``link``, ``ft``, ``ft2``,
  ``inch``, ``yd``, ``mi``, ``nmi``, ``m``, ``cm``, ``mm``, ``kg``, ``g``, ``lb``, ``oz``,
  ``grain``, ``st``, ``cwt``, ``ton``, ``t``, ``GRT``, ``bu``, ``bbl``, ``picul``,
  ``gantang``, ``gantang/relong``, ``fathom``, ``deg``, ``degF``, ``inHg``, ``mbar``,
  ``kn``, ``mph``, ``psi``, ``rpm``, ``N*m``, ``lb/yd``, ``L/min``, ``Beaufort``,
  ``second``/``s``, ``minute``, ``hour``, ``day``, ``week``, ``month``, ``year``.
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
_bh.CURRENCIES.update({"INR", "CAD", "CHF", "SGD", "HKD", "KES"})

M, R = _bh.M, _bh.R
K, MLN, MLRD = 1000, 1_000_000, 1_000_000_000
THIRD = 1 / 3


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
    # ---- Straits Settlements, FMS, Hong Kong, Ceylon, West and East Africa
    ("Straits Settlements Blue Book, 1899. Revenue of the Colony, $4,312,580; expenditure, "
     "$3,994,107. The opium and spirit farms yielded $2,104,000, or 48.8 per cent. of the whole "
     "revenue.",
     [M("1899", 1899, "year"), M("$4,312,580", 4312580, "money", "SGD"),
      M("$3,994,107", 3994107, "money", "SGD"), M("$2,104,000", 2104000, "money", "SGD"),
      M("48.8 per cent.", 48.8, "percent", "%")]),
    ("The population of Singapore at the Census of 1st March 1901 was 228,555, of whom 164,041 "
     "were Chinese, 36,080 Malays and 17,047 Indians; among the Chinese there were only 249 "
     "females to every 1,000 males.",
     [M("1st March 1901", 1901, "date"), M("228,555", 228555, "count"),
      M("164,041", 164041, "count"), M("36,080", 36080, "count"), M("17,047", 17047, "count"),
      M("249", 249, "count"), M("1,000", 1000, "count")]),
    ("Exports of tin from the Federated Malay States in 1905 amounted to 49,848 tons (837,442 "
     "piculs), valued at $70,316,000; the export duty, levied on a sliding scale when tin "
     "exceeded $25 a picul, brought in $8,270,000.",
     [M("1905", 1905, "year"), M("49,848 tons", 49848, "quantity", "ton"),
      M("837,442 piculs", 837442, "quantity", "picul"),
      M("$70,316,000", 70316000, "money", "SGD"), M("$25", 25, "money", "SGD"),
      M("$8,270,000", 8270000, "money", "SGD")]),
    ("Padi harvest, Krian district, season 1911–12: 2,140,000 gantangs from 51,300 acres, an "
     "average of 417 gantangs to the relong; the price at the mills was 38 cents a gantang.",
     [R("1911–12", 1911, 1912), M("2,140,000 gantangs", 2140000, "quantity", "gantang"),
      M("51,300 acres", 51300, "quantity", "acre"),
      M("417 gantangs to the relong", 417, "quantity", "gantang/relong"),
      M("38 cents", 0.38, "money", "SGD")]),
    ("Hong Kong Administrative Report for 1931: the estimated civil population at mid-year was "
     "849,751; revenue totalled $33,460,000 and expenditure $31,937,000, the silver dollar "
     "averaging 1s. 2⅝d. during the year.",
     [M("1931", 1931, "year"), M("849,751", 849751, "count"),
      M("$33,460,000", 33460000, "money", "HKD"), M("$31,937,000", 31937000, "money", "HKD"),
      M("1s. 2⅝d.", lsd(0, 1, 2.625), "money", "GBP")]),
    ("Ceylon Administration Reports, 1928: 402,000 acres were under tea, yielding 181,700,000 "
     "lb.; Tamil estate labourers numbered 493,944, and the minimum daily wage fixed under "
     "Ordinance No. 27 of 1927 was 50 cents for men and 40 cents for women in the up-country "
     "districts.",
     [M("1928", 1928, "year"), M("402,000 acres", 402000, "quantity", "acre"),
      M("181,700,000 lb.", 181700000, "quantity", "lb"), M("493,944", 493944, "count"),
      M("No. 27", 27, "identifier"), M("1927", 1927, "year"),
      M("50 cents", 0.5, "money", "INR"), M("40 cents", 0.4, "money", "INR")]),
    ("Gold Coast Colony, Report for 1911. Cocoa exports rose to 39,726 tons, valued at "
     "£1,613,468, against 536 tons in 1901; the price at Accra ranged from 28s. to 34s. per "
     "load of 60 lb. The Colony, Ashanti and the Northern Territories together had some 1½ "
     "million inhabitants.",
     [M("1911", 1911, "year"), M("39,726 tons", 39726, "quantity", "ton"),
      M("£1,613,468", 1613468, "money", "GBP"), M("536 tons", 536, "quantity", "ton"),
      M("1901", 1901, "year"), R("28s. to 34s.", lsd(0, 28), lsd(0, 34), "GBP"),
      M("60 lb.", 60, "quantity", "lb"), M("1½ million", 1.5 * MLN, "count", None, MLN)]),
    ("Northern Nigeria, Annual Report 1907–8: caravan tolls were abolished, and the general tax "
     "yielded £91,400; in Kano Province 2,000 cowries passed for 1s., and a donkey-load of salt "
     "fetched 25s.",
     [R("1907–8", 1907, 1908), M("£91,400", 91400, "money", "GBP"), M("2,000", 2000, "count"),
      M("1s.", lsd(0, 1), "money", "GBP"), M("25s.", lsd(0, 25), "money", "GBP")]),
    ("Kiambu District, Annual Report 1926: hut and poll tax realised Shs. 412,618/50 from 58,204 "
     "taxpayers, an average of Shs. 7/09 a head; 1,214 defaulters were sent to labour for "
     "periods not exceeding 3 months.",
     [M("1926", 1926, "year"), M("Shs. 412,618/50", 412618.5, "money", "KES"),
      M("58,204", 58204, "count"), M("Shs. 7/09", 7.09, "money", "KES"),
      M("1,214", 1214, "count"), M("3 months", 3, "quantity", "month")]),
    ("The Straits dollar was fixed at 2s. 4d. sterling in 1906,¹⁸ and the Currency Commissioners "
     "then held a reserve of $41.9 million, about 110 per cent of the note issue.[19]",
     [M("2s. 4d.", lsd(0, 2, 4), "money", "GBP"), M("1906", 1906, "year"),
      M("¹⁸", 18, "reference"), M("$41.9 million", 41.9 * MLN, "money", "SGD", MLN),
      M("110 per cent", 110, "percent", "%"), M("19", 19, "reference")]),
    ("Uganda Mission, Annual Letter, 1905: 62,867 baptized Christians and 1,070 native teachers "
     "in 22 stations; the people contributed Rs. 12,412 towards church buildings, and 3,400 "
     "copies of the Luganda Bible were sold at 3 rupees each.",
     [M("1905", 1905, "year"), M("62,867", 62867, "count"), M("1,070", 1070, "count"),
      M("22", 22, "count"), M("Rs. 12,412", 12412, "money", "INR"), M("3,400", 3400, "count"),
      M("3 rupees", 3, "money", "INR")]),
    # ---- explorers' journals and travel writing
    ("Oct. 14th.—Marched at 5.30 a.m.; reached the Lualaba at noon after 18 miles through thick "
     "bush. Aneroid 26.42 in., thermometer at 3 p.m. 91° in the shade. Lost 2 donkeys.",
     [M("Oct. 14th", None, "date"), M("5.30 a.m.", 5.5, "other"),
      M("18 miles", 18, "quantity", "mi"), M("26.42 in.", 26.42, "quantity", "inHg"),
      M("3 p.m.", 15, "other"), M("91°", 91, "quantity", "degF"), M("2", 2, "count")]),
    ("Water boiled at 201.6° Fahr., giving an altitude of about 5,900 feet; the camp lies in lat. "
     "3° 12′ S., long. 35° 48′ E., and the great peak bore N. 62° W., distant perhaps 40 miles.",
     [M("201.6° Fahr.", 201.6, "quantity", "degF"), M("5,900 feet", 5900, "quantity", "ft"),
      M("3° 12′", deg(3, 12), "quantity", "deg"), M("35° 48′", deg(35, 48), "quantity", "deg"),
      M("62°", 62, "quantity", "deg"), M("40 miles", 40, "quantity", "mi")]),
    ("We engaged 134 porters at Bagamoyo at 5 rupees a month each, besides posho of 1½ lb. of "
     "grain a day; the whole caravan, with 14 askaris and 6 headmen, numbered 160 souls.",
     [M("134", 134, "count"), M("5 rupees", 5, "money", "INR"),
      M("1½ lb.", 1.5, "quantity", "lb"), M("14", 14, "count"), M("6", 6, "count"),
      M("160", 160, "count")]),
    ("Jan. 22nd, 1854. Temperature at noon −46°, the lowest yet; the mercury froze in the bulb. "
     "We have now been 143 days in the pack, and the sledge party under Mr. Wilson has made "
     "good 212 miles in 19 marches.",
     [M("Jan. 22nd, 1854", 1854, "date"), M("−46°", -46, "quantity", "degF"),
      M("143 days", 143, "quantity", "day"), M("212 miles", 212, "quantity", "mi"),
      M("19", 19, "count")]),
    ("From Osh to Kashgar is 270 miles by the Terek pass, 13,200 feet, which we crossed on the "
     "9th of June in a snowstorm; the caravan took 16 days, the mail riders do it in 7.",
     [M("270 miles", 270, "quantity", "mi"), M("13,200 feet", 13200, "quantity", "ft"),
      M("9th of June", None, "date"), M("16 days", 16, "quantity", "day"),
      M("7", 7, "quantity", "day")]),
    ("Hotel Bristol, R. from 4, B. 1½, D. 5 fr.; pens. 10–12 fr. Omnibus 1 fr. The ascent of "
     "the Rigi (5905 ft.) takes 3½ hrs.; railway from Vitznau in 1¼ hr. (fare up 10, down 5 "
     "fr.).",
     [M("4", 4, "money", "CHF"), M("1½", 1.5, "money", "CHF"), M("5 fr.", 5, "money", "CHF"),
      R("10–12 fr.", 10, 12, "CHF"), M("1 fr.", 1, "money", "CHF"),
      M("5905 ft.", 5905, "quantity", "ft"), M("3½ hrs.", 3.5, "quantity", "hour"),
      M("1¼ hr.", 1.25, "quantity", "hour"), M("10", 10, "money", "CHF"),
      M("5 fr.", 5, "money", "CHF")]),
    ("Distance from Cairo to Assuan 583 miles. Cook's steamers leave every Tuesday from Nov. 15 "
     "to March 15; the return voyage of 20 days costs £50, inclusive.",
     [M("583 miles", 583, "quantity", "mi"), M("Nov. 15", None, "date"),
      M("March 15", None, "date"), M("20 days", 20, "quantity", "day"),
      M("£50", 50, "money", "GBP")]),
    ("Kangchenjunga (28,146 ft.) was first climbed on 25 May 1955 by George Band and Joe Brown; "
     "Camp VI stood at 26,900 ft., and the summit pair breathed oxygen at 4 litres a minute.",
     [M("28,146 ft.", 28146, "quantity", "ft"), M("25 May 1955", 1955, "date"),
      M("VI", 6, "identifier"), M("26,900 ft.", 26900, "quantity", "ft"),
      M("4 litres a minute", 4, "quantity", "L/min")]),
    # ---- whalers' and naval logbooks
    ("Remarks on board Ship Charles W. Morgan, Wednesday 12th. Fresh breezes from the SW, "
     "steering NE by E. At 4 P.M. raised a school of sperm whales; lowered 3 boats and struck 2, "
     "saved 1. Lat. 38° 42′ N., Long. 152° 10′ W.",
     [M("12th", 12, "ordinal"), M("4 P.M.", 16, "other"), M("3", 3, "count"),
      M("2", 2, "count"), M("1", 1, "count"), M("38° 42′", deg(38, 42), "quantity", "deg"),
      M("152° 10′", deg(152, 10), "quantity", "deg")]),
    ("Friday 14th. Employed cutting in and boiling. At 11 A.M. finished, having stowed down 85 "
     "bbls. sperm oil; total on board 1,140 bbls. sperm and 260 whale, 42 months from home.",
     [M("14th", 14, "ordinal"), M("11 A.M.", 11, "other"), M("85 bbls.", 85, "quantity", "bbl"),
      M("1,140 bbls.", 1140, "quantity", "bbl"), M("260", 260, "quantity", "bbl"),
      M("42 months", 42, "quantity", "month")]),
    ("H.M.S. Beagle, 17th Jan. 1833. Noon, wind W.N.W., force 6; barometer 29.62, therm. 54°. "
     "Sounded in 45 fathoms, fine grey sand. Distance run 124 miles.",
     [M("17th Jan. 1833", 1833, "date"), M("6", 6, "other", "Beaufort"),
      M("29.62", 29.62, "other"), M("54°", 54, "quantity", "degF"),
      M("45 fathoms", 45, "quantity", "fathom"), M("124 miles", 124, "quantity", "nmi")]),
    ("Left Liverpool 2.15 p.m. 4th Aug.; passed Fastnet 11.40 a.m. 5th. Day's runs: 412, 438, "
     "451, 447, 460, 455 knots; arrived Sandy Hook 6 days 14 hours 22 minutes from Queenstown.",
     [M("2.15 p.m.", hm(14, 15), "other"), M("4th Aug.", None, "date"),
      M("11.40 a.m.", hm(11, 40), "other"), M("5th", 5, "ordinal"),
      M("412", 412, "quantity", "kn"), M("438", 438, "quantity", "kn"),
      M("451", 451, "quantity", "kn"), M("447", 447, "quantity", "kn"),
      M("460", 460, "quantity", "kn"), M("455 knots", 455, "quantity", "kn"),
      M("6 days", 6, "quantity", "day"), M("14 hours", 14, "quantity", "hour"),
      M("22 minutes", 22, "quantity", "minute")]),
    # ---- probate inventories and wills
    ("A true and perfect Inventory of the goods and chattels of John Hobbes of Kersey in the "
     "county of Suffolk, yeoman, deceased, taken the 2nd day of May 1634. Imprimis his apparel "
     "and money in his purse, iij li. vj s. viij d. Item ij kine and a heifer, vij li.",
     [M("2nd day of May 1634", 1634, "date"),
      M("iij li. vj s. viij d.", lsd(3, 6, 8), "money", "GBP"), M("ij", 2, "count"),
      M("vij li.", 7, "money", "GBP")]),
    ("Item in the hall one table board, 6 joined stools and a cupboard, 1 li. 10 s.; item 4 "
     "pair of sheets, 2 featherbeds with their bolsters, 4 li.; item 20 bushels of barley at 2s. "
     "4d. the bushel, 2 li. 6s. 8d. Sum total 47 li. 13s. 4d.",
     [M("one", 1, "count"), M("6", 6, "count"), M("1 li. 10 s.", lsd(1, 10), "money", "GBP"),
      M("4", 4, "count"), M("2", 2, "count"), M("4 li.", 4, "money", "GBP"),
      M("20 bushels", 20, "quantity", "bu"), M("2s. 4d.", lsd(0, 2, 4), "money", "GBP"),
      M("2 li. 6s. 8d.", lsd(2, 6, 8), "money", "GBP"),
      M("47 li. 13s. 4d.", lsd(47, 13, 4), "money", "GBP")]),
    ("Item his wearing apparel xls. Item in the buttery iij brass pots and a kettle, xiij s. "
     "iiij d. Item a cow and a calf, xxs. Item one old cart with the wheels, vj s.",
     [M("xls.", 2, "money", "GBP"), M("iij", 3, "count"),
      M("xiij s. iiij d.", lsd(0, 13, 4), "money", "GBP"), M("xxs.", 1, "money", "GBP"),
      M("one", 1, "count"), M("vj s.", lsd(0, 6), "money", "GBP")]),
    ("I give and bequeath unto my daughter Mary the sum of One hundred pounds of lawful money of "
     "Great Britain, to be paid her at her age of twenty-one years, and to each of my four "
     "grandchildren five pounds apiece. In witness whereof I have hereunto set my hand and seal "
     "this tenth day of June in the year of our Lord one thousand seven hundred and forty-two.",
     [M("One hundred pounds", 100, "money", "GBP"),
      M("twenty-one years", 21, "quantity", "year"), M("four", 4, "count"),
      M("five pounds", 5, "money", "GBP"),
      M("one thousand seven hundred and forty-two", 1742, "year")]),
    ("Probate granted at Doctors' Commons 14 Feb. 1743/4 to Ann the relict; effects sworn under "
     "£600 (TNA, PROB 11/731/112).",
     [M("14 Feb. 1743/4", 1743, "date"), M("£600", 600, "money", "GBP"),
      M("11", 11, "reference"), M("731", 731, "reference"), M("112", 112, "reference")]),
    ("Sacred to the memory of John Ellis, who departed this life the 4th day of April "
     "MDCCLXXII, aged 63 years. Also of Sarah his wife, who died 9 Nov. 1780, in her 70th year.",
     [M("4th day of April MDCCLXXII", 1772, "date"), M("63 years", 63, "quantity", "year"),
      M("9 Nov. 1780", 1780, "date"), M("70th", 70, "ordinal")]),
    # ---- bills of mortality, parish registers, registrar-general
    ("London's Dreadful Visitation, Bill of Mortality from the 12th to the 19th of September "
     "1665: buried in the 97 Parishes within the walls 1,493; in the 16 Parishes without the "
     "walls 2,310. Christened in all 146. Buried 8,297, whereof of the Plague 7,165. Parishes "
     "clear of the Plague 4; Parishes infected 126.",
     [M("12th to the 19th of September 1665", 1665, "date"), M("97", 97, "count"),
      M("1,493", 1493, "count"), M("16", 16, "count"), M("2,310", 2310, "count"),
      M("146", 146, "count"), M("8,297", 8297, "count"), M("7,165", 7165, "count"),
      M("4", 4, "count"), M("126", 126, "count")]),
    ("Burials, 1724. Jan. 9th Elizabeth dau. of Thomas Ward, aged 3 weeks. Feb. 2d Widow "
     "Larkin, aged about fourscore. Baptisms. March 26 Richard son of Richard & Ann Cole, born "
     "the 20th.",
     [M("1724", 1724, "year"), M("Jan. 9th", None, "date"), M("3 weeks", 3, "quantity", "week"),
      M("Feb. 2d", None, "date"), M("fourscore", 80, "quantity", "year"),
      M("March 26", None, "date"), M("20th", 20, "ordinal")]),
    ("In the week ending Saturday, July 15th, 1893, 2,614 births and 1,431 deaths were "
     "registered in London. The annual rate of mortality was 17.6 per 1000; 237 deaths were "
     "referred to diarrhoea, of which 201 were of infants under 1 year of age.",
     [M("July 15th, 1893", 1893, "date"), M("2,614", 2614, "count"), M("1,431", 1431, "count"),
      M("17.6", 17.6, "count"), M("1000", 1000, "count"), M("237", 237, "count"),
      M("201", 201, "count"), M("1 year", 1, "quantity", "year")]),
    ("Of 1,000 children born alive in the registration districts of Lancashire in 1881–90, 183 "
     "died before reaching their first birthday, against 142 in the healthy districts.",
     [M("1,000", 1000, "count"), R("1881–90", 1881, 1890), M("183", 183, "count"),
      M("142", 142, "count")]),
    ("The Census of Ireland, 1851, returned 6,552,385 persons, a decrease of 1,622,739, or 19.85 "
     "per cent., since 1841; the number of inhabited houses fell by 269,253 in the same ten "
     "years.",
     [M("1851", 1851, "year"), M("6,552,385", 6552385, "count"),
      M("1,622,739", 1622739, "count"), M("19.85 per cent.", 19.85, "percent", "%"),
      M("1841", 1841, "year"), M("269,253", 269253, "count"),
      M("ten years", 10, "quantity", "year")]),
    # ---- land surveys and deeds
    ("Beginning at a white oak on the east bank of Sandy Run, thence N. 47° E. 22 chains 50 "
     "links to a stake, thence S. 43° E. 40 chains, thence S. 47° W. 22.50 chains to the run, "
     "containing 90 acres more or less.",
     [M("47°", 47, "quantity", "deg"), M("22 chains", 22, "quantity", "chain"),
      M("50 links", 50, "quantity", "link"), M("43°", 43, "quantity", "deg"),
      M("40 chains", 40, "quantity", "chain"), M("47°", 47, "quantity", "deg"),
      M("22.50 chains", 22.5, "quantity", "chain"), M("90 acres", 90, "quantity", "acre")]),
    ("All that parcel of land being Lot No. 14 in the 3rd Concession of the Township of Markham, "
     "containing 200 acres, be the same more or less, for the sum of Five hundred dollars of "
     "lawful money of Canada.",
     [M("No. 14", 14, "identifier"), M("3rd", 3, "ordinal"),
      M("200 acres", 200, "quantity", "acre"), M("Five hundred dollars", 500, "money", "CAD")]),
    ("The S ½ of the NE ¼ of Section 16, Township 12 North, Range 4 West of the 5th Principal "
     "Meridian, containing 80 acres, was patented to Ole Hanson on May 2, 1887, under the "
     "Homestead Act.",
     [M("½", 0.5, "other"), M("¼", 0.25, "other"), M("16", 16, "identifier"),
      M("12", 12, "identifier"), M("4", 4, "identifier"), M("5th", 5, "ordinal"),
      M("80 acres", 80, "quantity", "acre"), M("May 2, 1887", 1887, "date")]),
    ("The tithe apportionment of 1841 gives the glebe as 12a. 3r. 14p., and Long Meadow (plot "
     "217) as 4a. 0r. 32p., with a rent-charge of £1 2s. 6d.",
     [M("1841", 1841, "year"), M("12a.", 12, "quantity", "acre"),
      M("3r.", 3, "quantity", "rood"), M("14p.", 14, "quantity", "perch"),
      M("217", 217, "identifier"), M("4a.", 4, "quantity", "acre"),
      M("0r.", 0, "quantity", "rood"), M("32p.", 32, "quantity", "perch"),
      M("£1 2s. 6d.", lsd(1, 2, 6), "money", "GBP")]),
    # ---- patents and engineering specifications
    ("UNITED STATES PATENT OFFICE. THOMAS A. EDISON, OF MENLO PARK, NEW JERSEY. ELECTRIC LAMP. "
     "SPECIFICATION forming part of Letters Patent No. 223,898, dated January 27, 1880. "
     "Application filed November 4, 1879.",
     [M("No. 223,898", 223898, "identifier"), M("January 27, 1880", 1880, "date"),
      M("November 4, 1879", 1879, "date")]),
    ("Figure 1 is a side elevation, and Fig. 2 a section on the line x x of Fig. 1. The carbon "
     "filament a is secured to the platina wires b b by clamps c, and the whole is enclosed in "
     "a glass bulb exhausted to one-millionth of an atmosphere.",
     [M("1", 1, "identifier"), M("2", 2, "identifier"), M("1", 1, "identifier"),
      M("one-millionth", 1e-6, "other")]),
    ("In the drawings, the shaft 12 is journalled in bearings 14 and 16 and carries a pinion 18 "
     "meshing with the rack 20. The spring 22 exerts a pressure of about 15 pounds, and the "
     "valve opens at 150 pounds per square inch.",
     [M("12", 12, "identifier"), M("14", 14, "identifier"), M("16", 16, "identifier"),
      M("18", 18, "identifier"), M("20", 20, "identifier"), M("22", 22, "identifier"),
      M("15 pounds", 15, "quantity", "lb"),
      M("150 pounds per square inch", 150, "quantity", "psi")]),
    ("What I claim is—1. In a steam-engine governor, the combination of the balls A A, the "
     "sleeve B, and the spring C, substantially as described. 2. The combination, in claim 1, "
     "of the lever D, pivoted at d, with the valve E, as and for the purpose set forth.",
     [M("1", 1, "identifier"), M("2", 2, "identifier"), M("1", 1, "identifier")]),
    ("A.D. 1884. 17th June. No. 6735. Improvements in Rotary Motors actuated by Elastic Fluid "
     "Pressure. The steam passes through a series of 15 rings of blades, and the spindle runs "
     "at 18,000 revolutions per minute.",
     [M("1884", 1884, "year"), M("17th June", None, "date"), M("No. 6735", 6735, "identifier"),
      M("15", 15, "count"), M("18,000 revolutions per minute", 18000, "quantity", "rpm")]),
    ("Rails to be of the flat-bottomed pattern, 75 lb. per yard, in lengths of 30 ft.; gauge 3 "
     "ft. 6 in.; sleepers 7 ft. × 9 in. × 4½ in., laid 2 ft. 6 in. apart; ruling gradient 1 in "
     "60, minimum curve radius 5 chains.",
     [M("75 lb. per yard", 75, "quantity", "lb/yd"), M("30 ft.", 30, "quantity", "ft"),
      M("3 ft.", 3, "quantity", "ft"), M("6 in.", 6, "quantity", "inch"),
      M("7 ft.", 7, "quantity", "ft"), M("9 in.", 9, "quantity", "inch"),
      M("4½ in.", 4.5, "quantity", "inch"), M("2 ft.", 2, "quantity", "ft"),
      M("6 in.", 6, "quantity", "inch"), M("1 in 60", 1 / 60, "other"),
      M("5 chains", 5, "quantity", "chain")]),
    ("Boiler: working pressure 180 lb. per sq. in.; heating surface 1,548 sq. ft.; grate area "
     "21.5 sq. ft. Cylinders (2) 18 in. diameter × 26 in. stroke; coupled wheels 6 ft. 8½ in.; "
     "tractive effort at 85 per cent. boiler pressure 17,730 lb.",
     [M("180 lb. per sq. in.", 180, "quantity", "psi"),
      M("1,548 sq. ft.", 1548, "quantity", "ft2"), M("21.5 sq. ft.", 21.5, "quantity", "ft2"),
      M("2", 2, "count"), M("18 in.", 18, "quantity", "inch"),
      M("26 in.", 26, "quantity", "inch"), M("6 ft.", 6, "quantity", "ft"),
      M("8½ in.", 8.5, "quantity", "inch"), M("85 per cent.", 85, "percent", "%"),
      M("17,730 lb.", 17730, "quantity", "lb")]),
    ("Bolts shall conform to ASTM A325, size M20, tightened to 280 N·m ± 10%; welds to AWS "
     "D1.1/D1.1M:2020, clause 5.2, with a minimum throat of 6 mm.",
     [M("A325", 325, "identifier"), M("M20", 20, "identifier"),
      M("280 N·m", 280, "quantity", "N*m"), M("10%", 10, "percent", "%"),
      M("D1.1/D1.1M:2020", None, "identifier"), M("5.2", None, "identifier"),
      M("6 mm", 6, "quantity", "mm")]),
    # ---- museum, archive, library, coin and specimen catalogues
    ("Tea bowl and saucer, soft-paste porcelain, painted in underglaze blue. Worcester, c. "
     "1765–70. H. (bowl) 4.4 cm, D. (saucer) 12.1 cm. Given by Mrs E. M. Hawkins, 1937 "
     "(C.112&A-1937).",
     [R("1765–70", 1765, 1770), M("4.4 cm", 4.4, "quantity", "cm"),
      M("12.1 cm", 12.1, "quantity", "cm"), M("1937", 1937, "year"),
      M("C.112&A-1937", None, "identifier")]),
    ("Letter, Charles Darwin to J. D. Hooker, Down, 11 January [1844]. 4 pp., 8vo. Autograph. "
     "MS. DAR 114: 3. Published in Correspondence, vol. 3, pp. 1–3.",
     [M("11 January [1844]", 1844, "date"), M("4", 4, "reference"), M("8vo", 8, "other"),
      M("114", 114, "reference"), M("3", 3, "reference"), M("3", 3, "reference"),
      M("1–3", 1, "reference", range_end=3)]),
    ("Box 14, folder 3: Minutes of the Executive Committee, 1919–1923, and correspondence, 1921 "
     "(46 items). The collection measures 12 linear feet and fills 27 boxes.",
     [M("14", 14, "identifier"), M("3", 3, "identifier"), R("1919–1923", 1919, 1923),
      M("1921", 1921, "year"), M("46", 46, "count"),
      M("12 linear feet", 12, "quantity", "ft"), M("27", 27, "count")]),
    ("47. Hadrian, AD 117–138. AR denarius, Rome, AD 134–138. 3.21 g, 18 mm, 6h. Rev. HISPANIA "
     "reclining left. RIC II 305; BMC 1761. Ex Glendining, 12 June 1950, lot 386.",
     [M("47", 47, "identifier"), R("117–138", 117, 138), R("134–138", 134, 138),
      M("3.21 g", 3.21, "quantity", "g"), M("18 mm", 18, "quantity", "mm"),
      M("6h", 6, "other"), M("II", 2, "reference"), M("305", 305, "reference"),
      M("1761", 1761, "reference"), M("12 June 1950", 1950, "date"),
      M("386", 386, "identifier")]),
    ("Holotype ♂, BMNH 1901.2.5.14. Kenya: Mt Elgon, 2,400 m, 14.iii.1899 (F. J. Jackson). Wing "
     "112 mm, tail 86, culmen 21.5.",
     [M("1901.2.5.14", None, "identifier"), M("2,400 m", 2400, "quantity", "m"),
      M("14.iii.1899", 1899, "date"), M("112 mm", 112, "quantity", "mm"),
      M("86", 86, "quantity", "mm"), M("21.5", 21.5, "quantity", "mm")]),
    ("Hakluyt, Richard. The principall navigations, voiages and discoveries of the English "
     "nation. London, 1589. [16], 825, [10] p. ; 29 cm. STC 12625.",
     [M("1589", 1589, "reference"), M("16", 16, "reference"), M("825", 825, "reference"),
      M("10", 10, "reference"), M("29 cm", 29, "quantity", "cm"),
      M("12625", 12625, "reference")]),
    ("Lot 142. J. M. W. TURNER, R.A. (1775–1851). Off Margate. Watercolour, 28.5 × 41 cm. "
     "Provenance: Agnew's, 1898; sale, Christie's, 14 May 1937, lot 58 (450 gns.). Estimate "
     "£60,000–80,000.",
     [M("142", 142, "identifier"), R("1775–1851", 1775, 1851),
      M("28.5", 28.5, "quantity", "cm"), M("41 cm", 41, "quantity", "cm"),
      M("1898", 1898, "year"), M("14 May 1937", 1937, "date"), M("58", 58, "identifier"),
      M("450 gns.", 472.5, "money", "GBP"), R("£60,000–80,000", 60000, 80000, "GBP")]),
    # ---- archaeological excavation reports
    ("Trench 3. The earliest feature, pit [1045], was cut into natural at 0.62 m below the "
     "modern surface; its fill (1046) produced 214 sherds (3.2 kg) of Middle Bronze Age pottery "
     "and a bronze awl (SF 212).",
     [M("3", 3, "identifier"), M("1045", 1045, "identifier"),
      M("0.62 m", 0.62, "quantity", "m"), M("1046", 1046, "identifier"),
      M("214", 214, "count"), M("3.2 kg", 3.2, "quantity", "kg"),
      M("212", 212, "identifier")]),
    ("Charcoal from the hearth gave a radiocarbon age of 3450 ± 40 BP (OxA-12345), calibrated to "
     "1880–1690 cal BC at 95.4% probability.",
     [M("3450", 3450, "quantity", "year"), M("40", 40, "quantity", "year"),
      M("OxA-12345", 12345, "identifier"), R("1880–1690", 1880, 1690),
      M("95.4%", 95.4, "percent", "%")]),
    ("Phase II (c. AD 60–120): a timber roundhouse 12 m in diameter, with 38 post-holes "
     "averaging 0.3 m deep; the samian ware (Drag. 18/31, Drag. 37) dates its abandonment to "
     "the Hadrianic period.",
     [M("II", 2, "identifier"), R("60–120", 60, 120), M("12 m", 12, "quantity", "m"),
      M("38", 38, "count"), M("0.3 m", 0.3, "quantity", "m"),
      M("18/31", None, "identifier"), M("37", 37, "identifier")]),
    ("Of 2,846 identified bone fragments (NISP), cattle made up 48.2%, sheep/goat 31.7% and pig "
     "14.9%; the minimum number of individuals (MNI) was 23 cattle, 19 sheep and 7 pigs.",
     [M("2,846", 2846, "count"), M("48.2%", 48.2, "percent", "%"),
      M("31.7%", 31.7, "percent", "%"), M("14.9%", 14.9, "percent", "%"),
      M("23", 23, "count"), M("19", 19, "count"), M("7", 7, "count")]),
    # ---- SEC filings
    ("UNITED STATES SECURITIES AND EXCHANGE COMMISSION, Washington, D.C. 20549. FORM 10-K. "
     "ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934. For "
     "the fiscal year ended September 28, 2024. Commission File Number: 001-36743.",
     [M("20549", 20549, "identifier"), M("10-K", 10, "identifier"),
      M("13", 13, "identifier"), M("15", 15, "identifier"), M("1934", 1934, "year"),
      M("September 28, 2024", 2024, "date"), M("001-36743", None, "identifier")]),
    ("As of October 18, 2024, 15,115,823,000 shares of common stock, $0.00001 par value, were "
     "issued and outstanding. The aggregate market value of the voting stock held by "
     "non-affiliates as of March 29, 2024, was approximately $2,628,553,000,000.",
     [M("October 18, 2024", 2024, "date"), M("15,115,823,000", 15115823000, "count"),
      M("$0.00001", 0.00001, "money", "USD"), M("March 29, 2024", 2024, "date"),
      M("$2,628,553,000,000", 2628553000000, "money", "USD")]),
    ("Item 7. Management's Discussion and Analysis. Total net sales increased 2% or $7.8 "
     "billion during 2024 compared to 2023. Operating income was $123,216 (in millions), and the "
     "Company recorded an income tax charge of $10.2 billion (see Note 7).",
     [M("7", 7, "identifier"), M("2%", 2, "percent", "%"),
      M("$7.8 billion", 7.8 * MLRD, "money", "USD", MLRD), M("2024", 2024, "year"),
      M("2023", 2023, "year"), M("$123,216", 123216, "money", "USD"),
      M("$10.2 billion", 10.2 * MLRD, "money", "USD", MLRD), M("7", 7, "identifier")]),
    ("Net cash used in investing activities was $(2,935) million in fiscal 2024, compared with "
     "$(3,705) million in fiscal 2023; foreign currency translation adjustments were $(12) "
     "million, and basic earnings per share were $6.11.",
     [M("$(2,935) million", -2935 * MLN, "money", "USD", MLN), M("2024", 2024, "year"),
      M("$(3,705) million", -3705 * MLN, "money", "USD", MLN), M("2023", 2023, "year"),
      M("$(12) million", -12 * MLN, "money", "USD", MLN), M("$6.11", 6.11, "money", "USD")]),
    ("In May 2023 the Company issued $5.25 billion of senior unsecured notes: $1.5 billion of "
     "4.421% notes due 2026, $1.0 billion of 4.150% notes due 2030 and $1.75 billion of 4.850% "
     "notes due 2053. See Note 9, 'Debt'.",
     [M("May 2023", 2023, "date"), M("$5.25 billion", 5.25 * MLRD, "money", "USD", MLRD),
      M("$1.5 billion", 1.5 * MLRD, "money", "USD", MLRD), M("4.421%", 4.421, "percent", "%"),
      M("2026", 2026, "year"), M("$1.0 billion", 1.0 * MLRD, "money", "USD", MLRD),
      M("4.150%", 4.15, "percent", "%"), M("2030", 2030, "year"),
      M("$1.75 billion", 1.75 * MLRD, "money", "USD", MLRD), M("4.850%", 4.85, "percent", "%"),
      M("2053", 2053, "year"), M("9", 9, "identifier")]),
    # ---- oral-history transcripts
    ("Q: When did you come to Detroit? A: Oh, that was nineteen twenty-three. I was seventeen. "
     "My uncle got me on at Ford's, five dollars a day, which was big money then — back home in "
     "Alabama we got maybe a dollar and a quarter for chopping cotton all day.",
     [M("nineteen twenty-three", 1923, "year"), M("seventeen", 17, "quantity", "year"),
      M("five dollars", 5, "money", "USD"),
      M("a dollar and a quarter", 1.25, "money", "USD")]),
    ("A: We lost the farm in '32. Daddy owed the bank eleven hundred dollars and cotton was "
     "bringing five, six cents a pound. There was nine of us kids, and I was the second oldest.",
     [M("32", 1932, "year"), M("eleven hundred dollars", 1100, "money", "USD"),
      M("five", 0.05, "money", "USD"), M("six cents", 0.06, "money", "USD"),
      M("nine", 9, "count")]),
    ("Q: How many men were in your company? A: When we landed at Omaha we had, oh, a hundred and "
     "ninety, two hundred men. By the time we got to Saint-Lô, maybe sixty of the originals were "
     "left. [pause] I weighed a hundred and thirty-five pounds when I got home.",
     [M("a hundred and ninety", 190, "count"), M("two hundred", 200, "count"),
      M("sixty", 60, "count"), M("a hundred and thirty-five pounds", 135, "quantity", "lb")]),
    ("We paid twenty-five cents for the movies. My first car was a '36 Ford, cost me three "
     "hundred and fifty bucks in 1946, and I drove it till '52.",
     [M("twenty-five cents", 0.25, "money", "USD"), M("36", 1936, "year"),
      M("three hundred and fifty bucks", 350, "money", "USD"), M("1946", 1946, "year"),
      M("52", 1952, "year")]),
    ("I left school at fourteen, in 1937, and went into the mill at twelve and six a week — "
     "that's twelve shillings and sixpence. Half of it went to me mam.",
     [M("fourteen", 14, "quantity", "year"), M("1937", 1937, "year"),
      M("twelve and six", lsd(0, 12, 6), "money", "GBP"),
      M("twelve shillings and sixpence", lsd(0, 12, 6), "money", "GBP"),
      M("Half", 0.5, "other")]),
    # ---- meteorological registers and weather diaries
    ("Meteorological Register kept at the Radcliffe Observatory, Oxford, January 1881. Mean "
     "height of barometer 29.812 in.; highest 30.455 in. on the 27th, lowest 28.904 in. on the "
     "18th. Mean temperature 29.6°, the lowest since 1838; minimum on grass 4.2° on the night "
     "of the 20th.",
     [M("January 1881", 1881, "date"), M("29.812 in.", 29.812, "quantity", "inHg"),
      M("30.455 in.", 30.455, "quantity", "inHg"), M("27th", 27, "ordinal"),
      M("28.904 in.", 28.904, "quantity", "inHg"), M("18th", 18, "ordinal"),
      M("29.6°", 29.6, "quantity", "degF"), M("1838", 1838, "year"),
      M("4.2°", 4.2, "quantity", "degF"), M("20th", 20, "ordinal")]),
    ("June 3. Wind S.W. 2, fine. Max. 74°, min. 51°. Rain .12 in. between 4 and 6 p.m.; cuckoo "
     "heard. Hay harvest begun in the lower field, 9 acres.",
     [M("June 3", None, "date"), M("2", 2, "other", "Beaufort"),
      M("74°", 74, "quantity", "degF"), M("51°", 51, "quantity", "degF"),
      M(".12 in.", 0.12, "quantity", "inch"), M("4", 16, "other"), M("6 p.m.", 18, "other"),
      M("9 acres", 9, "quantity", "acre")]),
    ("Daily Weather Report, 8 a.m., 15th October 1987: a deep depression, 953 mb, centred over "
     "the Bay of Biscay, is moving NNE at 40 knots; gusts of 100 mph or more are expected, and a "
     "Force 10 storm warning is in force for sea area Portland.",
     [M("8 a.m.", 8, "other"), M("15th October 1987", 1987, "date"),
      M("953 mb", 953, "quantity", "mbar"), M("40 knots", 40, "quantity", "kn"),
      M("100 mph", 100, "quantity", "mph"), M("10", 10, "other", "Beaufort")]),
    ("Annual rainfall at Cherrapunji, 1861: 905.12 inches, of which 366.14 fell in July alone; "
     "the average of 1872–1940 is 428 in., on 159 rainy days.",
     [M("1861", 1861, "year"), M("905.12 inches", 905.12, "quantity", "inch"),
      M("366.14", 366.14, "quantity", "inch"), R("1872–1940", 1872, 1940),
      M("428 in.", 428, "quantity", "inch"), M("159", 159, "count")]),
    # ---- law reviews and law reports
    ("See Charles A. Reich, The New Property, 73 Yale L.J. 733, 785–87 (1964); Frank I. "
     "Michelman, Property, Utility, and Fairness, 80 Harv. L. Rev. 1165, 1214 n.98 (1967).",
     [M("73", 73, "reference"), M("733", 733, "reference"),
      M("785–87", 785, "reference", range_end=787), M("1964", 1964, "reference"),
      M("80", 80, "reference"), M("1165", 1165, "reference"), M("1214", 1214, "reference"),
      M("98", 98, "reference"), M("1967", 1967, "reference")]),
    ("Id. at 1218. But see supra note 12, at 45–46, and the authorities collected in 2 Nichols "
     "on Eminent Domain § 6.02[3] (3d ed. 1997).",
     [M("1218", 1218, "reference"), M("12", 12, "reference"),
      M("45–46", 45, "reference", range_end=46), M("2", 2, "reference"),
      M("§ 6.02", None, "reference"), M("3", 3, "reference"), M("3d", 3, "reference"),
      M("1997", 1997, "reference")]),
    ("In Donoghue v Stevenson [1932] AC 562 (HL) Lord Atkin's neighbour principle is stated at "
     "580; it was applied in Home Office v Dorset Yacht Co Ltd [1970] AC 1004 and qualified in "
     "Caparo Industries plc v Dickman [1990] 2 AC 605.",
     [M("1932", 1932, "reference"), M("562", 562, "reference"), M("580", 580, "reference"),
      M("1970", 1970, "reference"), M("1004", 1004, "reference"),
      M("1990", 1990, "reference"), M("2", 2, "reference"), M("605", 605, "reference")]),
    ("Held, by a majority of 5–4, that the statute violated the Fourteenth Amendment. Certiorari "
     "to the Supreme Court of Arkansas, No. 72-1234, argued October 10, 1972, decided January "
     "22, 1973.",
     [M("5–4", None, "other"), M("No. 72-1234", None, "identifier"),
      M("October 10, 1972", 1972, "date"), M("January 22, 1973", 1973, "date")]),
    ("Hadley v Baxendale (1854) 9 Ex 341; 156 ER 145. The crank-shaft was delivered to the "
     "carriers on the 15th of May and was not returned until the 7th day after, the plaintiffs' "
     "mill standing idle for 5 days in consequence.",
     [M("1854", 1854, "reference"), M("9", 9, "reference"), M("341", 341, "reference"),
      M("156", 156, "reference"), M("145", 145, "reference"), M("15th of May", None, "date"),
      M("7th", 7, "ordinal"), M("5 days", 5, "quantity", "day")]),
    ("Under U.S. Const. art. I, § 8, cl. 3 Congress may regulate commerce 'among the several "
     "States'; in 1942 the Court held that 11.9 acres of wheat grown for home use fell within "
     "that power (Wickard v. Filburn, 317 U.S. 111, 127–28).",
     [M("I", 1, "identifier"), M("§ 8", 8, "identifier"), M("3", 3, "identifier"),
      M("1942", 1942, "year"), M("11.9 acres", 11.9, "quantity", "acre"),
      M("317", 317, "reference"), M("111", 111, "reference"),
      M("127–28", 127, "reference", range_end=128)]),
    # ---- public-health bulletins
    ("Pneumocystis Pneumonia — Los Angeles. In the period October 1980–May 1981, 5 young men, "
     "all active homosexuals, were treated for biopsy-confirmed Pneumocystis carinii pneumonia "
     "at 3 different hospitals in Los Angeles, California. Two of the 5 patients died. MMWR "
     "1981;30:250–2.",
     [M("October 1980", 1980, "date"), M("May 1981", 1981, "date"), M("5", 5, "count"),
      M("3", 3, "count"), M("Two", 2, "count"), M("5", 5, "count"),
      M("1981", 1981, "reference"), M("30", 30, "reference"),
      M("250–2", 250, "reference", range_end=252)]),
    ("During epidemiologic week 34 (August 20–26, 2023), 1,412 laboratory-confirmed cases were "
     "reported from 27 states, an increase of 18.6% over week 33; 62 (4.4%) required "
     "hospitalization.",
     [M("34", 34, "ordinal"), M("August 20–26, 2023", 2023, "date"), M("1,412", 1412, "count"),
      M("27", 27, "count"), M("18.6%", 18.6, "percent", "%"), M("33", 33, "ordinal"),
      M("62", 62, "count"), M("4.4%", 4.4, "percent", "%")]),
    ("Weekly Epidemiological Record, 1974, 49, 112–113. Smallpox: in Bangladesh 1,863 new cases "
     "were notified in the week ended 13 April, bringing the total since 1 January to 11,240; 9 "
     "of 19 districts remained infected.",
     [M("1974", 1974, "reference"), M("49", 49, "reference"),
      M("112–113", 112, "reference", range_end=113), M("1,863", 1863, "count"),
      M("13 April", None, "date"), M("1 January", None, "date"), M("11,240", 11240, "count"),
      M("9", 9, "count"), M("19", 19, "count")]),
    ("Report of the Medical Officer of Health for the Borough of Bermondsey, 1912. Estimated "
     "population (middle of year) 125,960. Births 3,602, birth-rate 28.6; deaths 2,211, "
     "death-rate 17.5; infantile mortality 128 per 1,000 births. Cases notified: scarlet fever, "
     "486; diphtheria, 229; enteric fever, 31.",
     [M("1912", 1912, "year"), M("125,960", 125960, "count"), M("3,602", 3602, "count"),
      M("28.6", 28.6, "other"), M("2,211", 2211, "count"), M("17.5", 17.5, "other"),
      M("128", 128, "count"), M("1,000", 1000, "count"), M("486", 486, "count"),
      M("229", 229, "count"), M("31", 31, "count")]),
    # ---- turf almanacs
    ("THE DERBY STAKES of 6,500 sovs., for three-year-olds; colts 9st., fillies 8st. 9lb. One "
     "mile and a half. (234 subs.) Epsom, Wednesday, June 3, 1896.",
     [M("6,500 sovs.", 6500, "money", "GBP"), M("three-year-olds", 3, "quantity", "year"),
      M("9st.", 9, "quantity", "st"), M("8st.", 8, "quantity", "st"),
      M("9lb.", 9, "quantity", "lb"), M("One mile and a half", 1.5, "quantity", "mi"),
      M("234", 234, "count"), M("June 3, 1896", 1896, "date")]),
    ("Persimmon (J. Watts), 9st., 1; St. Frusquin (T. Loates), 9st., 2 — won by a neck; time 2 "
     "min. 42 sec. Betting: 13 to 8 on St. Frusquin, 5 to 1 agst. Persimmon, 100 to 8 bar two.",
     [M("9st.", 9, "quantity", "st"), M("1", 1, "ordinal"), M("9st.", 9, "quantity", "st"),
      M("2", 2, "ordinal"), M("2 min.", 2, "quantity", "minute"),
      M("42 sec.", 42, "quantity", "s"), M("13 to 8", None, "other"),
      M("5 to 1", None, "other"), M("100 to 8", None, "other"), M("two", 2, "count")]),
    ("Golden Miller won the Cheltenham Gold Cup in 1936 at 21/20 on, carrying 12st.; the "
     "3¼-mile race was run in 6 min. 30⅖ sec., and he remains the only horse to have won the "
     "Gold Cup and the Grand National (1934) in the same season.",
     [M("1936", 1936, "year"), M("21/20", None, "other"), M("12st.", 12, "quantity", "st"),
      M("3¼-mile", 3.25, "quantity", "mi"), M("6 min.", 6, "quantity", "minute"),
      M("30⅖ sec.", 30.4, "quantity", "s"), M("1934", 1934, "year")]),
    # ---- convict, immigrant and prison registers
    ("No. 4521. Patrick Doyle, aged 24, labourer, native of Co. Wexford; tried at Dublin City, 12 "
     "March 1838, for stealing a watch; sentence 7 years. Height 5 ft. 6¼ in.; complexion "
     "ruddy; hair brown; eyes grey. Arrived per Marquis of Hastings, 1839.",
     [M("No. 4521", 4521, "identifier"), M("24", 24, "quantity", "year"),
      M("12 March 1838", 1838, "date"), M("7 years", 7, "quantity", "year"),
      M("5 ft.", 5, "quantity", "ft"), M("6¼ in.", 6.25, "quantity", "inch"),
      M("1839", 1839, "year")]),
    ("List 14, line 22: Giuseppe Russo, 34, m., married, farm labourer, Italian, last residence "
     "Palermo; has $25; going to brother at 312 Mulberry St., New York; height 5 ft. 4 in. "
     "Arrived S.S. Perugia, 7 May 1907.",
     [M("14", 14, "identifier"), M("22", 22, "identifier"), M("34", 34, "quantity", "year"),
      M("$25", 25, "money", "USD"), M("312", 312, "identifier"),
      M("5 ft.", 5, "quantity", "ft"), M("4 in.", 4, "quantity", "inch"),
      M("7 May 1907", 1907, "date")]),
    ("Millbank Prison, 1852: daily average number of prisoners 1,107; deaths 9, a mortality of "
     "8.1 per 1,000; 213 were punished for prison offences, 41 of them by a dietary punishment "
     "of 3 days' bread and water.",
     [M("1852", 1852, "year"), M("1,107", 1107, "count"), M("9", 9, "count"),
      M("8.1", 8.1, "count"), M("1,000", 1000, "count"), M("213", 213, "count"),
      M("41", 41, "count"), M("3 days", 3, "quantity", "day")]),
    # ---- cookery, household budgets, prescriptions, actuarial tables
    ("POUND CAKE. Take 1 lb. of flour, 1 lb. of butter, 1 lb. of sugar and 8 eggs; beat the "
     "butter to a cream, add the sugar, then the eggs, 2 at a time, and bake 1½ hours in a "
     "moderate oven. Average cost, 1s. 9d. Sufficient for 12 persons.",
     [M("1 lb.", 1, "quantity", "lb"), M("1 lb.", 1, "quantity", "lb"),
      M("1 lb.", 1, "quantity", "lb"), M("8", 8, "count"), M("2", 2, "count"),
      M("1½ hours", 1.5, "quantity", "hour"), M("1s. 9d.", lsd(0, 1, 9), "money", "GBP"),
      M("12", 12, "count")]),
    ("A family of five may live on 35s. a week: rent 7s. 6d., bread 4s. 2d. (10 quartern loaves "
     "at 5d.), meat 6s., coals 2s. 3d. (2 cwt.), and the rest for groceries, clothing and the "
     "club.",
     [M("five", 5, "count"), M("35s.", lsd(0, 35), "money", "GBP"),
      M("7s. 6d.", lsd(0, 7, 6), "money", "GBP"), M("4s. 2d.", lsd(0, 4, 2), "money", "GBP"),
      M("10", 10, "count"), M("5d.", lsd(0, 0, 5), "money", "GBP"),
      M("6s.", lsd(0, 6), "money", "GBP"), M("2s. 3d.", lsd(0, 2, 3), "money", "GBP"),
      M("2 cwt.", 2, "quantity", "cwt")]),
    ("℞ Pulv. Ipecac. gr. x, Tart. Emet. gr. i, Aq. Menth. ℥i. Fiat haustus, to be taken at "
     "bedtime. For a child of 5 years give one-third of the dose.",
     [M("gr. x", 10, "quantity", "grain"), M("gr. i", 1, "quantity", "grain"),
      M("℥i", 1, "quantity", "oz"), M("5 years", 5, "quantity", "year"),
      M("one-third", THIRD, "other")]),
    ("By the Carlisle Table the expectation of life at age 40 is 27.61 years; a policy of £1,000 "
     "payable at death costs an annual premium of £29 8s. 4d. at 3 per cent. interest.",
     [M("40", 40, "quantity", "year"), M("27.61 years", 27.61, "quantity", "year"),
      M("£1,000", 1000, "money", "GBP"), M("£29 8s. 4d.", lsd(29, 8, 4), "money", "GBP"),
      M("3 per cent.", 3, "percent", "%")]),
    # ---- Second World War war diaries and convoy reports
    ("6 Jun 44. 0725 hrs. A and B Coys landed on QUEEN RED beach, 400 yds E of planned position. "
     "0810 hrs. Bn HQ estb at MR 098812. Cas: 2 offrs, 23 ORs killed; 3 offrs, 61 ORs wounded.",
     [M("6 Jun 44", 1944, "date"), M("0725 hrs.", hm(7, 25), "other", "hour"),
      M("400 yds", 400, "quantity", "yd"), M("0810 hrs.", hm(8, 10), "other", "hour"),
      M("098812", 98812, "identifier"), M("2", 2, "count"), M("23", 23, "count"),
      M("3", 3, "count"), M("61", 61, "count")]),
    ("18 Sep 44. Enemy counter-attacked Pt 112 at first light with approx 200 inf supported by 4 "
     "Tigers; attack broken up by 25-pdr fire, 1,850 rds expended. 2/Lt J. Harris wounded. "
     "Weather fine, vis 2,000 yds.",
     [M("18 Sep 44", 1944, "date"), M("112", 112, "identifier"), M("200", 200, "count"),
      M("4", 4, "count"), M("25-pdr", 25, "quantity", "lb"), M("1,850", 1850, "count"),
      M("2", 2, "ordinal"), M("2,000 yds.", 2000, "quantity", "yd")]),
    ("Convoy HX 229, 38 ships, sailed New York 8 March 1943; attacked by U-boats on the nights "
     "of 16/17 and 17/18 March, it lost 13 ships of 93,502 GRT, while SC 122 lost 8.",
     [M("229", 229, "identifier"), M("38", 38, "count"), M("8 March 1943", 1943, "date"),
      M("16/17", None, "date"), M("17/18 March", None, "date"), M("13", 13, "count"),
      M("93,502 GRT", 93502, "quantity", "GRT"), M("122", 122, "identifier"),
      M("8", 8, "count")]),
]
# fmt: on


def main() -> None:
    _bh.build_all({"en": EN}, "dev_en3", HERE)


if __name__ == "__main__":
    main()
