"""Build the Indonesian numeric-mention development set (``dev_id_id.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_dev_id/build_dev_id.py

A **development** set: the Indonesian rules of ``analysis.mentions`` are tuned on it, so
its scores say nothing about generalisation (the held-out sets do that).  The passages
were written for it in registers a historian or social scientist reads: Dutch colonial
statistics (gulden, sen, pikul, kati, bahu, Cultuurstelsel, Staatsblad), OCR'd newspapers
in the old spelling (``tahoen``, ``djoeta``, ``f 2,50``), the Japanese occupation and the
revolution, the Old and New Order (Repelita, Pelita), BPS statistics, APBN / APBD and
state-enterprise reports, laws and regulations, regional news (floods, earthquakes,
weather), plantations and mining, health and education, elections, sports, footnoted
academic papers and social-media / news style.  They were annotated blind, from
``docs/numeric-mentions.md`` and the decisions in the docstrings of
``tests/data/mentions_heldout/build_heldout.py``,
``tests/data/mentions_heldout2/build_heldout2.py``,
``tests/data/mentions_heldout3/build_heldout3.py`` and
``tests/data/mentions_dev_ru2/build_dev_ru2.py``, before the extractor was run on them.
Texts are already normalised (plain spaces, no NBSP / thin spaces).

Each passage is ``(text, [mentions in text order])`` using the ``M`` / ``R`` helpers and
the ``annotate`` validator of ``tests/data/mentions_heldout/build_heldout.py`` (offsets are
found with ``str.find`` from the end of the previous mention, never typed).  No currency
beyond the validator's ``CURRENCIES`` was needed (IDR, NLG, USD).

Decisions taken here where the spec and the earlier docstrings are silent, each with the
example that settled it:

* **Colonial money.** ``f`` and ``ƒ`` before the number are the guilder sign (inside, NLG):
  ``f 13``, ``ƒ 87,5 juta``; ``sen`` in a colonial context is the guilder's cent
  (``40 sen`` -> 0.4 NLG); ``5 gulden 20 sen`` is one amount (5.2 NLG).  The ``,-`` written
  after a whole amount is inside (``f 1.250.000,-``).  Occupation money denominated in
  gulden is NLG (``1.000 gulden`` uang Jepang); the Republic's ORI rupiah is IDR (``Rp 1``
  ORI, the word ``ORI`` outside).
* **Colonial measures** are units: ``pikul`` / old ``pikoel`` (unit ``pikul``), ``kati``,
  ``bahu``.  Words fused with *se-* "one" (``sepikul``, ``sepikoel``, ``sekati``,
  ``setahun``, ``sehari``, ``seminggu``, ``sebulan``, ``seboelan``) are numerals fused
  into a word and not annotated (as heldout3's ``sepikul``), but the cardinal words
  ``sebelas``, ``seribu`` and the fraction words ``seperlima``, ``seperempat``,
  ``sepersepuluh`` are mentions; ``satu pikul`` is a quantity 1 pikul.
* **Gazette citations.** The year and number of a gazette (``Staatsblad 1870 No. 55``,
  ``Lembaran Negara Tahun 1960 Nomor 104``) are ``reference`` like ``2006, N 31``, with the
  number sign inside; the law's own ``Nomor 5`` stays an identifier and its ``1960`` a year.
* **Regulation numbers without Nomor** (``Perpres 16/2018``) are one identifier with the
  document's number as value (16), like ``Nomor 17/2023``; a number with a ministry code
  (``No. 190/PMK.05/2012``, ``Nomor 90/PUU-XXI/2023``) likewise (190, 90).
* **Amounts repeated in words in brackets.** ``Rp200.000.000,00 (dua ratus juta rupiah)``
  gives two money mentions; ``5 (lima) tahun``: the digit and the word are both quantities in
  years (the unit after the bracket shared by both, the brackets outside).
* **Names containing a year.** ``UUD 1945`` -> ``year`` 1945; ``SP2010`` / ``SP2020`` (census
  abbreviations glued to the year) -> ``year`` with the digits only (glued); ``Pakto 88``
  (Paket Oktober 1988) -> ``year`` with the two-digit year read as 1988.
* **Era markers** after a year stay outside: ``1365 M`` (Masehi), ``1444 H`` (Hijriah) -> year.
  A Hijri month name is a month: ``9 Ramadan`` is a date with value null.
* **Numeric dates in news style.** ``Kamis (8/2)``, ``Sabtu (4/1)`` after a weekday are
  day/month dates, value null, the brackets outside; ``(21/11/2022)`` is a date with the
  year.  ``tanggal 10`` (a day of the month, no month) is a date with value null.  The
  shopping-day ``12.12`` is a date (value null).  ``Januari–Desember 2023``: the bare month
  ``Januari`` is not a mention, ``Desember 2023`` is a date.
* **Ranges interrupted by a year** (``dari 12,2 juta ton pada 1969 menjadi 31,1 juta ton``,
  ``24,4 persen (2021) menjadi 21,6 persen``) are separate mentions, not a range: a range
  needs the connector directly between its ends.  ``antara 500.000 hingga satu juta`` (with
  *hingga*) is a range; ``antara 4 juta dan 10 juta`` (with *dan*) two mentions.
* **Money ranges with the symbol repeated** (``US$ 2,9 menjadi US$ 11,6``, ``Rp500.000 s.d.
  Rp12.500.000``) are one ``range`` with the currency as unit; ``s.d.`` is a connector.
* **Roman plan ranges** ``Repelita I–VI`` are a range 1..6 (range wins over ordinal).
* **Part and class numbers**: ``Jilid I`` in prose, ``Bab IV``, ``Lampiran I dan II``,
  ``kwaliteit I``, ``golongan I`` / ``golongan 1 dan 2`` (toll and fee classes), ``Siaga 1``
  (alert level), ``KA 1`` (train number), ``TPS 07``, ``RT 03/RW 05`` (two identifiers),
  ``nomor urut 2`` are ``identifier``; ``Jilid 2`` inside a citation is a ``reference``;
  ``Tabel 3`` / ``Tabel 4.2`` are identifiers (4.2 with value null, like ``п. 5.2``).
  A chapter cited after a page range (``hlm. 18–19 dan Bab IV``) is a ``reference`` like a
  volume in a citation; ``Bab IV Pasal 17`` of a regulation stays an identifier.
* **A social-media thread counter** ``1/7`` is an ``identifier`` with value 1.
* **Phone numbers** ``(0274) 367509`` and ``0812-2700-5566`` are one ``identifier`` each,
  the area code in brackets inside, value null (several groups, like ORCID).
* **Earthquake magnitudes** are readings on a scale: ``other`` with unit ``magnitude`` and
  the scale abbreviation inside (``5,6 SR``), also the symbol before (``M 6,2``).
* **Basis points** ``25 basis poin`` are ``percent`` in percent (0.25, unit ``%``, the words
  inside), as in the English development set (one reading for the concept in every
  language; changed after annotation when the two sets were merged); ``poin persentase`` is ``percent`` (heldout2); ``0,62 poin`` of
  an index is ``other`` with unit ``point``; index values (``IHK 116,56``, ``IPM 74,39``,
  ``NTN 106,45``) and the Gini ratio (``0,388``) are ``other``.
* **Ratios** ``1:1.000`` and ``16 banding 1`` are one ``other`` mention with value null, like a
  match score (``2-1``).
* **Rates per 1.000 / 100.000 with a counted noun** (``16,85 per 1.000 kelahiran hidup``): the
  rate and the base are two ``count`` mentions (as dev_ru2's ``на 1 000 душ``); without a
  noun, ``0,47 per 1.000`` is one ``quantity`` in ``‰`` with the words inside.  A density
  ``1.385 jiwa per km²`` is a ``count``.
* **Yields and daily rates**: ``12 ton TBS per hektare`` is one quantity with the product
  abbreviation inside (unit ``t/ha``) and a second denominator ``per tahun`` outside;
  ``7.800 ton per hari`` (unit ``t/d``), ``605,5 ribu barel per hari`` / ``1,6 juta bph``
  (``bbl/d``) and ``0,84 gram per ton`` (``g/t``) are compound units inside.  A price per
  item with *per* stays outside (``f 13`` per pikul, ``Rp943 juta`` per desa).
* **Plant capacity** ``2 x 1.000 MW``: a ``count`` 2 (units) and a quantity ``1.000 MW``.
* **Compact rupiah forms** without ``Rp`` in a price or wage context are money in IDR:
  ``3,5 jt`` -> 3.5e6, ``Rp60rb`` / ``Rp25rb`` -> scale 1000, ``Rp1,2 M`` -> 1.2e9 (``M`` =
  miliar), ``Rp 57,96 T`` -> 5.796e13 (``T`` = triliun); a slash denominator glued to the
  scale or currency is inside (``Rp120 ribu/kg``, ``1,2 jt/bulan``), the unit stays IDR.
* **Approximate ``-an``**: ``200-an karyawan`` -> count 200 with ``-an`` outside (like the
  decade suffix ``1970-an``).
* **Vague plurals with a scale word** (``Puluhan ribu``, ``puluhan miliar rupiah``,
  ``jutaan``, ``ratusan``) are not mentions, the scale word included.
* **Old spelling** numerals and scales read like the modern ones: ``djoeta`` = juta (1e6),
  ``doea kali`` = 2 times, ``seriboe doea ratoes`` = 1200 (scale 1000, the largest scale word).
* **Race times** ``2:13:45`` are durations in hours (quantity, as dev_ru2); ``menit ke-78``,
  ``peringkat ke-142`` are ordinals with ``ke-`` inside; ``10 besar`` (top ten) is a count.
* **Spelled fractions with a clitic** keep it (``sepertiganya``, ``separuhnya``);
  ``Satu setengah tahun`` is a mixed number 1.5, a quantity in years.
* **Multipliers** ``4x lipat`` keep the ``x`` and ``lipat`` inside; ``tiga kali`` of repetition
  is a multiplier (spec), ``Beli 2 gratis 1`` gives two counts.
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
THIRD = 1 / 3

# fmt: off
# ============================================================================ id
ID = [
    # ---- Dutch colonial statistics
    ("Menurut Koloniaal Verslag tahun 1875, hasil kopi pemerintah di Keresidenan Priangan "
     "mencapai 186.420 pikul, dibeli dari petani dengan harga f 13 per pikul, sedangkan di pasar "
     "Amsterdam dijual sekitar f 50.",
     [M("1875", 1875, "year"), M("186.420 pikul", 186420, "quantity", "pikul"),
      M("f 13", 13, "money", "NLG"), M("f 50", 50, "money", "NLG")]),
    ("Di bawah Cultuurstelsel (1830–1870) setiap desa diwajibkan menyisihkan seperlima tanahnya "
     "untuk tanaman ekspor, atau bekerja 66 hari dalam setahun di kebun pemerintah.",
     [R("1830–1870", 1830, 1870), M("seperlima", 0.2, "other"),
      M("66 hari", 66, "quantity", "day")]),
    ("Agrarische Wet (Staatsblad 1870 No. 55) membuka jalan bagi sewa tanah erfpacht selama 75 "
     "tahun. Pada 1900 luas perkebunan tebu di Jawa telah mencapai 128.301 bahu.",
     [M("1870", 1870, "reference"), M("No. 55", 55, "reference"),
      M("75 tahun", 75, "quantity", "year"), M("1900", 1900, "year"),
      M("128.301 bahu", 128301, "quantity", "bahu")]),
    ("BATAVIA, 12 Mei. — Harga beras di pasar Tanah Abang naik mendjadi f 4,75 sepikoel, sedang "
     "boelan jang laloe masih f 3,90. Menoeroet taksiran, kira-kira 3 djoeta orang di Djawa Barat "
     "kekoerangan makan pada tahoen 1919 ini.",
     [M("12 Mei", None, "date"), M("f 4,75", 4.75, "money", "NLG"),
      M("f 3,90", 3.9, "money", "NLG"), M("3 djoeta", 3 * MLN, "count", None, MLN),
      M("1919", 1919, "year")]),
    ("Gadji seorang mandoer di onderneming Deli pada tahoen 1929 ialah f 18 seboelan, koeli "
     "kontrak hanja 40 sen sehari. Djoemlah koeli Tionghoa dan Djawa di Sumatra Timur lebih dari "
     "250.000 orang.",
     [M("1929", 1929, "year"), M("f 18", 18, "money", "NLG"), M("40 sen", 0.4, "money", "NLG"),
      M("250.000", 250000, "count")]),
    ("Volkstelling 1930 mencatat penduduk Hindia Belanda sebanyak 60.727.233 jiwa, di antaranya "
     "240.417 orang Eropa dan 1.233.214 orang Tionghoa. Pulau Jawa dan Madura saja dihuni 41,7 "
     "juta jiwa, atau kurang lebih 69 persen.",
     [M("1930", 1930, "year"), M("60.727.233", 60727233, "count"), M("240.417", 240417, "count"),
      M("1.233.214", 1233214, "count"), M("41,7 juta", 41.7 * MLN, "count", None, MLN),
      M("69 persen", 69, "percent", "%")]),
    ("Pada 1938 ekspor karet Hindia Belanda berjumlah 301.000 ton senilai ƒ 87,5 juta, sekitar "
     "seperempat dari nilai seluruh ekspor.",
     [M("1938", 1938, "year"), M("301.000 ton", 301000, "quantity", "t"),
      M("ƒ 87,5 juta", 87.5 * MLN, "money", "NLG", MLN), M("seperempat", 0.25, "other")]),
    ("Seorang petani di Kedu menerima upah tanam sebesar 5 gulden 20 sen untuk 1 bahu sawah, "
     "sedangkan pajak tanah (landrente) yang dipungut mencapai 2/5 hasil panen.",
     [M("5 gulden 20 sen", 5.2, "money", "NLG"), M("1 bahu", 1, "quantity", "bahu"),
      M("2/5", 0.4, "other")]),
    ("Tabel 3. Produksi gula Jawa, 1925–1930 (dalam ribuan ton): 1925: 2.250; 1928: 2.940; "
     "1930: 2.915. Sumber: Jaarverslag Suikersyndicaat, hlm. 14.",
     [M("3", 3, "identifier"), R("1925–1930", 1925, 1930), M("1925", 1925, "year"),
      M("2.250", 2250, "count"), M("1928", 1928, "year"), M("2.940", 2940, "count"),
      M("1930", 1930, "year"), M("2.915", 2915, "count"), M("14", 14, "reference")]),
    ("Tanam Paksa kopi di Minahasa mewajibkan setiap keluarga menanam tidak kurang dari 150 "
     "pohon; hasilnya diserahkan ke gudang dengan harga 8 gulden sepikul, padahal satu pikul "
     "setara dengan 61,76 kg.",
     [M("150", 150, "count"), M("8 gulden", 8, "money", "NLG"),
      M("satu pikul", 1, "quantity", "pikul"), M("61,76 kg", 61.76, "quantity", "kg")]),
    ("Kantor Pegadaian pertama dibuka di Sukabumi pada 1 April 1901. Dalam 10 tahun, jumlahnya "
     "bertambah menjadi 78 kantor dengan pinjaman rata-rata f 2,50 per nasabah.",
     [M("1 April 1901", 1901, "date"), M("10 tahun", 10, "quantity", "year"),
      M("78", 78, "count"), M("f 2,50", 2.5, "money", "NLG")]),
    ("¹² Lihat J.S. Furnivall, Netherlands India: A Study of Plural Economy (Cambridge, 1939), "
     "hlm. 136–138; juga Clifford Geertz, Agricultural Involution (Berkeley, 1963), hlm. 52.",
     [M("¹²", 12, "reference"), M("1939", 1939, "reference"),
      M("136–138", 136, "reference", range_end=138), M("1963", 1963, "reference"),
      M("52", 52, "reference")]),
    ("Pada 1913 perkebunan tembakau Deli mempekerjakan 53.000 koeli Tionghoa; daun tembakau "
     "dijual di Amsterdam rata-rata 1,85 gulden per pon.",
     [M("1913", 1913, "year"), M("53.000", 53000, "count"),
      M("1,85 gulden", 1.85, "money", "NLG")]),
    ("Pada 1880 konsumsi garam rata-rata penduduk Jawa diperkirakan 6 kati per orang setahun; "
     "harga garam monopoli pemerintah f 0,06 sekati.",
     [M("1880", 1880, "year"), M("6 kati", 6, "quantity", "kati"),
      M("f 0,06", 0.06, "money", "NLG")]),
    ("Wabah kolera di Batavia tahun 1911 menewaskan 1.243 orang dalam tiga bulan; Burgerlijke "
     "Geneeskundige Dienst kemudian menyuntik lebih dari 150 ribu penduduk.",
     [M("1911", 1911, "year"), M("1.243", 1243, "count"),
      M("tiga bulan", 3, "quantity", "month"), M("150 ribu", 150 * K, "count", None, K)]),
    # ---- OCR'd newspapers in the old spelling
    ("SOERABAJA, 3 Djanoeari 1936. — Dalam tahoen 1935 pelaboehan Tandjong Perak dikoendjoengi "
     "2.417 kapal dengan moeatan 4,2 djoeta ton. Padjak jang masoek ke kas gemeente berdjoemlah "
     "f 1.250.000,-.",
     [M("3 Djanoeari 1936", 1936, "date"), M("1935", 1935, "year"), M("2.417", 2417, "count"),
      M("4,2 djoeta ton", 4.2 * MLN, "quantity", "t", MLN),
      M("f 1.250.000,-", 1250000, "money", "NLG")]),
    ("Harga kopi Robusta di Palembang: kwaliteit I f 14 per pikoel, kwaliteit II f 11,50. "
     "Kiriman dari Lampoeng minggoe ini 1.800 pikoel, doea kali lebih banjak dari minggoe jang "
     "laloe.",
     [M("I", 1, "identifier"), M("f 14", 14, "money", "NLG"), M("II", 2, "identifier"),
      M("f 11,50", 11.5, "money", "NLG"), M("1.800 pikoel", 1800, "quantity", "pikul"),
      M("doea kali", 2, "other", "times")]),
    ("Pendoedoek kota Bandoeng menoeroet tjatjah djiwa tahoen 1930 ada 166.815 orang, antaranja "
     "19.689 orang Eropah. Sekolah H.I.S. di sana ada 7 boeah dengan moerid kira-kira seriboe "
     "doea ratoes orang.",
     [M("1930", 1930, "year"), M("166.815", 166815, "count"), M("19.689", 19689, "count"),
      M("7", 7, "count"), M("seriboe doea ratoes", 1200, "count", None, K)]),
    ("Kabar dari Atjeh: dalam boelan September 1904 pasoekan marsose menembak mati 96 orang dan "
     "mendapat 42 poetjoek senapan.",
     [M("September 1904", 1904, "date"), M("96", 96, "count"), M("42", 42, "count")]),
    ("Pada abad XIV Majapahit di bawah Hayam Wuruk menguasai wilayah yang luas; Negarakertagama "
     "ditulis pada 1365 M oleh Mpu Prapanca. Kerajaan Mataram Islam mencapai puncak pada masa "
     "Sultan Agung (1613–1645).",
     [M("XIV", 14, "ordinal"), M("1365", 1365, "year"), R("1613–1645", 1613, 1645)]),
    ("Dalam Babad Diponegoro, Jilid I, dituturkan bahwa Perang Jawa (1825–1830) menelan korban "
     "sekitar 200.000 orang Jawa dan 8.000 serdadu Eropa.¹⁴",
     [M("I", 1, "identifier"), R("1825–1830", 1825, 1830), M("200.000", 200000, "count"),
      M("8.000", 8000, "count"), M("¹⁴", 14, "reference")]),
    # ---- Japanese occupation and revolution
    ("Tentara Jepang mendarat di Jawa pada 1 Maret 1942, dan delapan hari kemudian, tanggal 8 "
     "Maret 1942, Letnan Jenderal Hein ter Poorten menyerah di Kalijati.",
     [M("1 Maret 1942", 1942, "date"), M("delapan hari", 8, "quantity", "day"),
      M("8 Maret 1942", 1942, "date")]),
    ("Selama pendudukan, diperkirakan antara 4 juta dan 10 juta orang dikerahkan sebagai "
     "romusha; dari sekitar 270.000 yang dikirim ke luar Jawa, hanya 52.000 yang kembali.",
     [M("4 juta", 4 * MLN, "count", None, MLN), M("10 juta", 10 * MLN, "count", None, MLN),
      M("270.000", 270000, "count"), M("52.000", 52000, "count")]),
    ("Perang Dunia II di Asia Pasifik berakhir dengan menyerahnya Jepang pada 15 Agustus 1945, "
     "sembilan hari setelah bom atom dijatuhkan di Hiroshima.",
     [M("II", 2, "ordinal"), M("15 Agustus 1945", 1945, "date"),
      M("sembilan hari", 9, "quantity", "day")]),
    ("Pada 1944 pemerintah militer Jepang mewajibkan petani menyerahkan 20 hingga 40 persen "
     "hasil padi. Di Karesidenan Cirebon, kewajiban setor mencapai 315.000 ton, dan harga beras "
     "di pasar gelap naik 15 kali lipat.",
     [M("1944", 1944, "year"), R("20 hingga 40 persen", 20, 40, "%"),
      M("315.000 ton", 315000, "quantity", "t"), M("15 kali lipat", 15, "other", "times")]),
    ("Tentara PETA dibentuk berdasarkan Osamu Seirei No. 44 tanggal 3 Oktober 1943 dan pada "
     "akhir pendudukan berjumlah 66 daidan dengan kurang lebih 37.000 prajurit di Jawa dan "
     "20.000 di Sumatra.",
     [M("No. 44", 44, "identifier"), M("3 Oktober 1943", 1943, "date"), M("66", 66, "count"),
      M("37.000", 37000, "count"), M("20.000", 20000, "count")]),
    ("Proklamasi dibacakan di Jalan Pegangsaan Timur 56 pada pukul 10.00 pagi, hari Jumat, 17 "
     "Agustus 1945, bertepatan dengan 9 Ramadan.",
     [M("56", 56, "identifier"), M("10.00", 10, "other"), M("17 Agustus 1945", 1945, "date"),
      M("9 Ramadan", None, "date")]),
    ("Radio Republik Indonesia mulai mengudara pada 11 September 1945. Siaran pertama pukul "
     "19.30 berlangsung 45 menit dan dapat ditangkap dalam radius 300 km.",
     [M("11 September 1945", 1945, "date"), M("19.30", 19.5, "other"),
      M("45 menit", 45, "quantity", "minute"), M("300 km", 300, "quantity", "km")]),
    ("Dalam pertempuran Surabaya 10 November 1945, korban di pihak Indonesia diperkirakan 6.000 "
     "sampai 16.000 orang tewas, sedangkan Inggris kehilangan sekitar 600 hingga 2.000 prajurit.",
     [M("10 November 1945", 1945, "date"), R("6.000 sampai 16.000", 6000, 16000),
      R("600 hingga 2.000", 600, 2000)]),
    ("Pada 1946 sekitar setengah juta pengungsi meninggalkan kota dalam peristiwa Bandung "
     "Lautan Api, 24 Maret 1946.",
     [M("1946", 1946, "year"), M("setengah juta", 500000, "count", None, MLN),
      M("24 Maret 1946", 1946, "date")]),
    ("Oeang Republik Indonesia (ORI) mulai beredar pada 30 Oktober 1946 dengan kurs resmi Rp 1 "
     "ORI untuk 1.000 gulden uang Jepang di Jawa dan Madura.",
     [M("30 Oktober 1946", 1946, "date"), M("Rp 1", 1, "money", "IDR"),
      M("1.000 gulden", 1000, "money", "NLG")]),
    ("Perjanjian Linggarjati ditandatangani 25 Maret 1947; Agresi Militer Belanda I dilancarkan "
     "21 Juli 1947 dan Agresi Militer II pada 19 Desember 1948. Konferensi Meja Bundar "
     "berlangsung dari 23 Agustus hingga 2 November 1949.",
     [M("25 Maret 1947", 1947, "date"), M("I", 1, "ordinal"), M("21 Juli 1947", 1947, "date"),
      M("II", 2, "ordinal"), M("19 Desember 1948", 1948, "date"),
      M("23 Agustus", None, "date"), M("2 November 1949", 1949, "date")]),
    ("Divisi Siliwangi yang berkekuatan kurang lebih 35.000 orang hijrah ke Jawa Tengah pada "
     "Februari 1948, sebagai pelaksanaan Persetujuan Renville 17 Januari 1948.",
     [M("35.000", 35000, "count"), M("Februari 1948", 1948, "date"),
      M("17 Januari 1948", 1948, "date")]),
    ("Serangan Umum 1 Maret 1949 di Yogyakarta berlangsung selama 6 jam; pasukan TNI menguasai "
     "kota dari pukul 06.00 sampai 12.00 sebelum mundur atas perintah Sri Sultan Hamengkubuwono "
     "IX.",
     [M("1 Maret 1949", 1949, "date"), M("6 jam", 6, "quantity", "hour"),
      R("06.00 sampai 12.00", 6, 12), M("IX", 9, "ordinal")]),
    ("Surat itu bertanggal 17-8-1945 dalam salinan arsip, tetapi versi ketikan mencantumkan "
     "17/8/1945 dan stempel penerimaan 20.08.1945.",
     [M("17-8-1945", 1945, "date"), M("17/8/1945", 1945, "date"),
      M("20.08.1945", 1945, "date")]),
]
ID += [
    # ---- Old Order
    ("Pemilu 1955 diikuti oleh 172 kontestan; PNI memperoleh 8.434.653 suara (22,3 persen) dan 57 "
     "kursi di DPR, disusul Masyumi dengan 7.903.886 suara dan 57 kursi.",
     [M("1955", 1955, "year"), M("172", 172, "count"), M("8.434.653", 8434653, "count"),
      M("22,3 persen", 22.3, "percent", "%"), M("57", 57, "count"),
      M("7.903.886", 7903886, "count"), M("57", 57, "count")]),
    ("Melalui Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 1959, uang kertas "
     "pecahan Rp 500 dan Rp 1.000 diturunkan nilainya menjadi Rp 50 dan Rp 100 mulai 25 Agustus "
     "1959.",
     [M("Nomor 2", 2, "identifier"), M("1959", 1959, "year"), M("Rp 500", 500, "money", "IDR"),
      M("Rp 1.000", 1000, "money", "IDR"), M("Rp 50", 50, "money", "IDR"),
      M("Rp 100", 100, "money", "IDR"), M("25 Agustus 1959", 1959, "date")]),
    ("Pada 13 Desember 1965 pemerintah melakukan redenominasi: Rp 1.000 uang lama ditukar dengan "
     "Rp 1 uang baru. Inflasi tahun 1966 mencapai 635 persen.",
     [M("13 Desember 1965", 1965, "date"), M("Rp 1.000", 1000, "money", "IDR"),
      M("Rp 1", 1, "money", "IDR"), M("1966", 1966, "year"),
      M("635 persen", 635, "percent", "%")]),
    ("Dekrit Presiden 5 Juli 1959 membubarkan Konstituante dan memberlakukan kembali UUD 1945. "
     "Ketetapan MPRS Nomor II/MPRS/1960 menetapkan Pembangunan Nasional Semesta Berencana "
     "Delapan Tahun.",
     [M("5 Juli 1959", 1959, "date"), M("1945", 1945, "year"),
      M("Nomor II/MPRS/1960", 2, "identifier"), M("Delapan Tahun", 8, "quantity", "year")]),
    ("Konferensi Asia-Afrika di Bandung, 18–24 April 1955, dihadiri delegasi dari 29 negara yang "
     "mewakili lebih dari setengah penduduk dunia.",
     [M("18–24 April 1955", 1955, "date"), M("29", 29, "count"), M("setengah", 0.5, "other")]),
    ("Kongres Pemuda II pada 27–28 Oktober 1928 melahirkan Sumpah Pemuda. Peringatan ke-95 pada "
     "tahun 2023 mengambil tema persatuan menyongsong abad ke-21 yang kian terbuka.",
     [M("II", 2, "ordinal"), M("27–28 Oktober 1928", 1928, "date"), M("ke-95", 95, "ordinal"),
      M("2023", 2023, "year"), M("ke-21", 21, "ordinal")]),
    # ---- New Order
    ("Repelita I (1969–1974) menargetkan pertumbuhan ekonomi 5 persen per tahun; pada Repelita II "
     "sasaran itu dinaikkan menjadi 7,5 persen.",
     [M("I", 1, "ordinal"), R("1969–1974", 1969, 1974), M("5 persen", 5, "percent", "%"),
      M("II", 2, "ordinal"), M("7,5 persen", 7.5, "percent", "%")]),
    ("Selama Repelita I–VI, produksi beras nasional meningkat dari 12,2 juta ton pada 1969 "
     "menjadi 31,1 juta ton pada 1996. Swasembada beras disampaikan Presiden Soeharto di depan "
     "sidang FAO di Roma, 14 November 1985.",
     [R("I–VI", 1, 6), M("12,2 juta ton", 12.2 * MLN, "quantity", "t", MLN),
      M("1969", 1969, "year"), M("31,1 juta ton", 31.1 * MLN, "quantity", "t", MLN),
      M("1996", 1996, "year"), M("14 November 1985", 1985, "date")]),
    ("Boom minyak 1973–1974 melipatgandakan penerimaan negara: harga minyak mentah naik hampir "
     "empat kali lipat, dari US$ 2,9 menjadi US$ 11,6 per barel, dan penerimaan migas dalam APBN "
     "1974/75 mencapai Rp 957 miliar.",
     [R("1973–1974", 1973, 1974), M("empat kali lipat", 4, "other", "times"),
      R("US$ 2,9 menjadi US$ 11,6", 2.9, 11.6, "USD"), R("1974/75", 1974, 1975),
      M("Rp 957 miliar", 957 * MLRD, "money", "IDR", MLRD)]),
    ("Pelita III (1979–1984) menitikberatkan delapan jalur pemerataan. Berdasarkan Instruksi "
     "Presiden Nomor 10 Tahun 1973, jumlah SD Inpres yang dibangun antara 1973 dan 1984 lebih "
     "dari 61.000 gedung.",
     [M("III", 3, "ordinal"), R("1979–1984", 1979, 1984), M("delapan", 8, "count"),
      M("Nomor 10", 10, "identifier"), M("1973", 1973, "year"), M("1973", 1973, "year"),
      M("1984", 1984, "year"), M("61.000", 61000, "count")]),
    ("Transmigrasi pada Pelita IV memindahkan 750.000 kepala keluarga, masing-masing memperoleh "
     "2 hektare lahan: 0,25 ha pekarangan, 0,75 ha lahan pangan dan 1 ha lahan usaha.",
     [M("IV", 4, "ordinal"), M("750.000", 750000, "count"), M("2 hektare", 2, "quantity", "ha"),
      M("0,25 ha", 0.25, "quantity", "ha"), M("0,75 ha", 0.75, "quantity", "ha"),
      M("1 ha", 1, "quantity", "ha")]),
    ("Pemilu 1971 diikuti 10 partai; Golkar meraih 62,8 persen suara. Sejak 1977 hanya ada tiga "
     "kontestan, dan pada Pemilu 1997 Golkar memperoleh 74,51 persen atau 325 dari 425 kursi yang "
     "diperebutkan.",
     [M("1971", 1971, "year"), M("10", 10, "count"), M("62,8 persen", 62.8, "percent", "%"),
      M("1977", 1977, "year"), M("tiga", 3, "count"), M("1997", 1997, "year"),
      M("74,51 persen", 74.51, "percent", "%"), M("325", 325, "count"),
      M("425", 425, "count")]),
    ("Krisis moneter 1997–1998: nilai tukar rupiah merosot dari Rp 2.400 per dolar AS pada Juli "
     "1997 hingga menyentuh Rp 16.800 pada Juni 1998, inflasi 1998 tercatat 77,63 persen dan "
     "ekonomi tumbuh minus 13,13 persen.",
     [R("1997–1998", 1997, 1998), M("Rp 2.400", 2400, "money", "IDR"),
      M("Juli 1997", 1997, "date"), M("Rp 16.800", 16800, "money", "IDR"),
      M("Juni 1998", 1998, "date"), M("1998", 1998, "year"),
      M("77,63 persen", 77.63, "percent", "%"), M("minus 13,13 persen", -13.13, "percent", "%")]),
    ("Utang luar negeri pemerintah pada akhir Pelita V mencapai US$ 53,9 miliar, hampir dua kali "
     "lipat dibandingkan 1985.",
     [M("V", 5, "ordinal"), M("US$ 53,9 miliar", 53.9 * MLRD, "money", "USD", MLRD),
      M("dua kali lipat", 2, "other", "times"), M("1985", 1985, "year")]),
    ("Pada dasawarsa 1970-an harga minyak melonjak, sedangkan tahun 1980-an ditandai deregulasi "
     "perbankan lewat Pakto 88 (Paket Oktober 1988).",
     [M("1970", 1970, "year"), M("1980", 1980, "year"), M("88", 1988, "year"),
      M("Oktober 1988", 1988, "date")]),
    ("Bendungan Jatiluhur (1957–1967) menampung 3 miliar m³ air, mengairi 240.000 hektare sawah "
     "dan membangkitkan listrik 187 MW.",
     [R("1957–1967", 1957, 1967), M("3 miliar m³", 3 * MLRD, "quantity", "m3", MLRD),
      M("240.000 hektare", 240000, "quantity", "ha"), M("187 MW", 187, "quantity", "MW")]),
    # ---- BPS statistics
    ("Hasil Sensus Penduduk 2020 mencatat jumlah penduduk Indonesia sebanyak 270,20 juta jiwa, "
     "bertambah 32,56 juta jiwa dibandingkan SP2010. Laju pertumbuhan penduduk per tahun selama "
     "2010–2020 sebesar 1,25 persen.",
     [M("2020", 2020, "year"), M("270,20 juta", 270.2 * MLN, "count", None, MLN),
      M("32,56 juta", 32.56 * MLN, "count", None, MLN), M("2010", 2010, "year", glued=True),
      R("2010–2020", 2010, 2020), M("1,25 persen", 1.25, "percent", "%")]),
    ("BPS mencatat pertumbuhan ekonomi Indonesia tahun 2022 sebesar 5,31 persen (c-to-c). PDB atas "
     "dasar harga berlaku mencapai Rp19.588,4 triliun dan PDB per kapita Rp71,0 juta atau "
     "US$4.783,9.",
     [M("2022", 2022, "year"), M("5,31 persen", 5.31, "percent", "%"),
      M("Rp19.588,4 triliun", 19588.4 * TRLN, "money", "IDR", TRLN),
      M("Rp71,0 juta", 71 * MLN, "money", "IDR", MLN), M("US$4.783,9", 4783.9, "money", "USD")]),
    ("Inflasi tahunan (year on year) Desember 2023 sebesar 2,61 persen dengan Indeks Harga "
     "Konsumen (IHK) sebesar 116,56. Inflasi tertinggi terjadi di Kabupaten Manokwari sebesar "
     "4,42 persen, terendah di Kota Pekanbaru 1,13 persen.",
     [M("Desember 2023", 2023, "date"), M("2,61 persen", 2.61, "percent", "%"),
      M("116,56", 116.56, "other"), M("4,42 persen", 4.42, "percent", "%"),
      M("1,13 persen", 1.13, "percent", "%")]),
    ("Jumlah penduduk miskin pada Maret 2023 sebesar 25,90 juta orang, menurun 0,46 juta orang "
     "terhadap September 2022. Persentase penduduk miskin turun 0,21 poin persentase menjadi "
     "9,36 persen.",
     [M("Maret 2023", 2023, "date"), M("25,90 juta", 25.9 * MLN, "count", None, MLN),
      M("0,46 juta", 0.46 * MLN, "count", None, MLN), M("September 2022", 2022, "date"),
      M("0,21 poin persentase", 0.21, "percent", "%"), M("9,36 persen", 9.36, "percent", "%")]),
    ("Indeks Pembangunan Manusia (IPM) Indonesia tahun 2023 mencapai 74,39, meningkat 0,62 poin "
     "atau 0,84 persen dari tahun sebelumnya. Umur harapan hidup saat lahir 73,93 tahun, harapan "
     "lama sekolah 13,15 tahun.",
     [M("2023", 2023, "year"), M("74,39", 74.39, "other"),
      M("0,62 poin", 0.62, "other", "point"), M("0,84 persen", 0.84, "percent", "%"),
      M("73,93 tahun", 73.93, "quantity", "year"), M("13,15 tahun", 13.15, "quantity", "year")]),
    ("Tingkat pengangguran terbuka (TPT) Agustus 2023 sebesar 5,32 persen; jumlah angkatan kerja "
     "147,71 juta orang, naik 3,99 juta orang dibanding Agustus 2022. Rasio gini tercatat 0,388.",
     [M("Agustus 2023", 2023, "date"), M("5,32 persen", 5.32, "percent", "%"),
      M("147,71 juta", 147.71 * MLN, "count", None, MLN),
      M("3,99 juta", 3.99 * MLN, "count", None, MLN), M("Agustus 2022", 2022, "date"),
      M("0,388", 0.388, "other")]),
    ("Provinsi Jawa Barat terdiri dari 18 kabupaten dan 9 kota, 627 kecamatan serta 5.957 "
     "desa/kelurahan, dengan luas wilayah 35.377,76 km² dan kepadatan 1.385 jiwa per km².",
     [M("18", 18, "count"), M("9", 9, "count"), M("627", 627, "count"),
      M("5.957", 5957, "count"), M("35.377,76 km²", 35377.76, "quantity", "km2"),
      M("1.385", 1385, "count")]),
    ("Nilai ekspor Indonesia Januari–Desember 2023 mencapai US$258,82 miliar atau turun 11,33 "
     "persen; ekspor nonmigas US$242,90 miliar. Surplus neraca perdagangan 36,93 miliar dolar AS.",
     [M("Desember 2023", 2023, "date"),
      M("US$258,82 miliar", 258.82 * MLRD, "money", "USD", MLRD),
      M("11,33 persen", 11.33, "percent", "%"),
      M("US$242,90 miliar", 242.9 * MLRD, "money", "USD", MLRD),
      M("36,93 miliar dolar AS", 36.93 * MLRD, "money", "USD", MLRD)]),
    ("Produksi perikanan tangkap 2022 mencapai 7,99 juta ton, sedangkan budi daya 16,87 juta ton. "
     "Nilai tukar nelayan (NTN) tercatat 106,45.",
     [M("2022", 2022, "year"), M("7,99 juta ton", 7.99 * MLN, "quantity", "t", MLN),
      M("16,87 juta ton", 16.87 * MLN, "quantity", "t", MLN), M("106,45", 106.45, "other")]),
    # ---- APBN / APBD / BUMN
    ("Dalam APBN 2024, pendapatan negara ditetapkan Rp2.802,3 triliun dan belanja negara "
     "Rp3.325,1 triliun, sehingga defisit Rp522,8 triliun atau 2,29 persen terhadap PDB.",
     [M("2024", 2024, "year"), M("Rp2.802,3 triliun", 2802.3 * TRLN, "money", "IDR", TRLN),
      M("Rp3.325,1 triliun", 3325.1 * TRLN, "money", "IDR", TRLN),
      M("Rp522,8 triliun", 522.8 * TRLN, "money", "IDR", TRLN),
      M("2,29 persen", 2.29, "percent", "%")]),
    ("APBD Kabupaten Sleman Tahun Anggaran 2023 sebesar Rp3,2 triliun, dengan belanja pegawai "
     "38,5% dan belanja modal hanya 14%. Sisa lebih pembiayaan anggaran (SiLPA) tahun 2022 "
     "mencapai Rp 412.786.550.000.",
     [M("2023", 2023, "year"), M("Rp3,2 triliun", 3.2 * TRLN, "money", "IDR", TRLN),
      M("38,5%", 38.5, "percent", "%"), M("14%", 14, "percent", "%"), M("2022", 2022, "year"),
      M("Rp 412.786.550.000", 412786550000, "money", "IDR")]),
    ("PT Pertamina (Persero) membukukan laba bersih US$4,44 miliar pada 2023, naik 17 persen. "
     "Setoran dividen BUMN ke kas negara tahun itu sebesar Rp81,2 triliun, sementara Penyertaan "
     "Modal Negara (PMN) untuk 12 BUMN mencapai Rp 57,96 T.",
     [M("US$4,44 miliar", 4.44 * MLRD, "money", "USD", MLRD), M("2023", 2023, "year"),
      M("17 persen", 17, "percent", "%"), M("Rp81,2 triliun", 81.2 * TRLN, "money", "IDR", TRLN),
      M("12", 12, "count"), M("Rp 57,96 T", 57.96 * TRLN, "money", "IDR", TRLN)]),
    ("Dana Desa tahun 2024 dialokasikan Rp71 triliun untuk 75.259 desa, rata-rata sekitar Rp943 "
     "juta per desa. Sejak 2015, total Dana Desa yang disalurkan lebih dari Rp600 triliun.",
     [M("2024", 2024, "year"), M("Rp71 triliun", 71 * TRLN, "money", "IDR", TRLN),
      M("75.259", 75259, "count"), M("Rp943 juta", 943 * MLN, "money", "IDR", MLN),
      M("2015", 2015, "year"), M("Rp600 triliun", 600 * TRLN, "money", "IDR", TRLN)]),
    ("Laporan keuangan PT Kereta Api Indonesia (Persero) 2022: pendapatan usaha Rp 25,5 triliun; "
     "jumlah penumpang 267,6 juta orang, angkutan barang 58,2 juta ton; panjang jalur kereta "
     "aktif 6.106 km.",
     [M("2022", 2022, "year"), M("Rp 25,5 triliun", 25.5 * TRLN, "money", "IDR", TRLN),
      M("267,6 juta", 267.6 * MLN, "count", None, MLN),
      M("58,2 juta ton", 58.2 * MLN, "quantity", "t", MLN), M("6.106 km", 6106, "quantity", "km")]),
    ("Kurs tengah BI pada 31/12/2024: Rp16.162 per USD; Rp16.851,00 per EUR.",
     [M("31/12/2024", 2024, "date"), M("Rp16.162", 16162, "money", "IDR"),
      M("Rp16.851,00", 16851, "money", "IDR")]),
    ("Bank Indonesia menaikkan BI-Rate sebesar 25 basis poin menjadi 6,25 persen pada 24 April "
     "2024. Sepanjang 2022–2023 suku bunga acuan naik total 2,25 poin persentase; kurs rupiah "
     "melemah -1,8% ytd.",
     [M("25 basis poin", 0.25, "percent", "%"), M("6,25 persen", 6.25, "percent", "%"),
      M("24 April 2024", 2024, "date"), R("2022–2023", 2022, 2023),
      M("2,25 poin persentase", 2.25, "percent", "%"), M("-1,8%", -1.8, "percent", "%")]),
]
ID += [
    # ---- laws and regulations
    ("Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah, Pasal 12 ayat (1) huruf a, "
     "menyebut pendidikan sebagai urusan wajib pelayanan dasar; Pasal 5 ayat (2) huruf b "
     "mengatur kewenangan pemerintah pusat.",
     [M("Nomor 23", 23, "identifier"), M("2014", 2014, "year"), M("12", 12, "identifier"),
      M("1", 1, "identifier"), M("5", 5, "identifier"), M("2", 2, "identifier")]),
    ("Peraturan Pemerintah Nomor 24 Tahun 1997 tentang Pendaftaran Tanah mencabut PP No. 10 "
     "Tahun 1961. Menurut Pasal 32 ayat (2), gugatan atas sertifikat tidak dapat diajukan setelah "
     "lewat waktu 5 (lima) tahun.",
     [M("Nomor 24", 24, "identifier"), M("1997", 1997, "year"), M("No. 10", 10, "identifier"),
      M("1961", 1961, "year"), M("32", 32, "identifier"), M("2", 2, "identifier"),
      M("5", 5, "quantity", "year"), M("lima", 5, "quantity", "year")]),
    ("Perpres Nomor 12 Tahun 2021 mengubah Perpres 16/2018 tentang Pengadaan Barang/Jasa; nilai "
     "pengadaan langsung dinaikkan hingga paling banyak Rp200.000.000,00 (dua ratus juta rupiah).",
     [M("Nomor 12", 12, "identifier"), M("2021", 2021, "year"),
      M("16/2018", 16, "identifier"), M("Rp200.000.000,00", 200 * MLN, "money", "IDR"),
      M("dua ratus juta rupiah", 200 * MLN, "money", "IDR", MLN)]),
    ("Permendagri Nomor 77 Tahun 2020 mengatur pedoman teknis pengelolaan keuangan daerah, "
     "sedangkan Permenkeu No. 190/PMK.05/2012 mengatur tata cara pembayaran APBN. Bab IV Pasal "
     "17 memuat ketentuan uang persediaan.",
     [M("Nomor 77", 77, "identifier"), M("2020", 2020, "year"),
      M("No. 190/PMK.05/2012", 190, "identifier"), M("IV", 4, "identifier"),
      M("17", 17, "identifier")]),
    ("UU Nomor 5 Tahun 1960 tentang Peraturan Dasar Pokok-Pokok Agraria (Lembaran Negara Tahun "
     "1960 Nomor 104) menetapkan batas maksimum pemilikan sawah 5 hektare di daerah sangat padat "
     "dan 15 hektare di daerah tidak padat.",
     [M("Nomor 5", 5, "identifier"), M("1960", 1960, "year"), M("1960", 1960, "reference"),
      M("Nomor 104", 104, "reference"), M("5 hektare", 5, "quantity", "ha"),
      M("15 hektare", 15, "quantity", "ha")]),
    ("Putusan Mahkamah Konstitusi Nomor 90/PUU-XXI/2023 dibacakan pada Senin (16/10/2023); lima "
     "hakim mengabulkan sebagian, empat lainnya berbeda pendapat.",
     [M("Nomor 90/PUU-XXI/2023", 90, "identifier"), M("16/10/2023", 2023, "date"),
      M("lima", 5, "count"), M("empat", 4, "count")]),
    ("Ketentuan sebagaimana dimaksud dalam Pasal 7, 8, dan 9 tidak berlaku bagi lembaga yang "
     "tercantum dalam Lampiran I dan II Peraturan ini.",
     [M("7", 7, "identifier"), M("8", 8, "identifier"), M("9", 9, "identifier"),
      M("I", 1, "identifier"), M("II", 2, "identifier")]),
    ("Puluhan ribu buruh berdemonstrasi menolak Undang-Undang Nomor 11 Tahun 2020 tentang Cipta "
     "Kerja; ratusan di antaranya ditangkap. Kerugian ditaksir mencapai puluhan miliar rupiah, "
     "sementara jutaan pekerja merasa terancam.",
     [M("Nomor 11", 11, "identifier"), M("2020", 2020, "year")]),
    # ---- regional news
    ("Banjir merendam 12 desa di 4 kecamatan di Kabupaten Demak sejak Kamis (8/2). Curah hujan "
     "tercatat 187 mm dalam sehari; sekitar 3.500 rumah terendam dengan ketinggian air 50–120 cm.",
     [M("12", 12, "count"), M("4", 4, "count"), M("8/2", None, "date"),
      M("187 mm", 187, "quantity", "mm"), M("3.500", 3500, "count"),
      R("50–120 cm", 50, 120, "cm")]),
    ("Gempa magnitudo 5,6 SR mengguncang Cianjur, Senin (21/11/2022) pukul 13.21 WIB, dengan "
     "kedalaman 10 km. Korban meninggal mencapai 602 orang, 7.729 orang luka-luka, dan lebih dari "
     "56.000 rumah rusak.",
     [M("5,6 SR", 5.6, "other", "magnitude"), M("21/11/2022", 2022, "date"),
      M("13.21", 13.35, "other"), M("10 km", 10, "quantity", "km"), M("602", 602, "count"),
      M("7.729", 7729, "count"), M("56.000", 56000, "count")]),
    ("BMKG memprakirakan suhu udara di Jakarta berkisar 24–34 derajat Celsius dengan kelembapan 60 "
     "hingga 95 persen. Di dataran tinggi Dieng, suhu sempat turun hingga -2,5°C pada Juli lalu.",
     [R("24–34 derajat Celsius", 24, 34, "degC"), R("60 hingga 95 persen", 60, 95, "%"),
      M("-2,5°C", -2.5, "quantity", "degC")]),
    ("Suhu di puncak Jayawijaya bisa mencapai minus 4 derajat Celsius pada malam hari, sementara "
     "di pesisir Merauke siang hari +33 °C.",
     [M("minus 4 derajat Celsius", -4, "quantity", "degC"), M("+33 °C", 33, "quantity", "degC")]),
    ("Kebakaran hutan dan lahan sepanjang 2019 menghanguskan 1,64 juta hektare, sepertiganya di "
     "Kalimantan Tengah. Titik panas di Riau mencapai 1.214 titik pada 15 September.",
     [M("2019", 2019, "year"), M("1,64 juta hektare", 1.64 * MLN, "quantity", "ha", MLN),
      M("sepertiganya", THIRD, "other"), M("1.214", 1214, "count"),
      M("15 September", None, "date")]),
    ("Jalan tol Trans-Jawa sepanjang 1.167 km dari Merak hingga Banyuwangi ditargetkan rampung "
     "2024; ruas Pemalang–Batang (39,2 km) diresmikan pada 20 Desember 2018. Tarif ruas itu Rp "
     "68.500 untuk golongan I.",
     [M("1.167 km", 1167, "quantity", "km"), M("2024", 2024, "year"),
      M("39,2 km", 39.2, "quantity", "km"), M("20 Desember 2018", 2018, "date"),
      M("Rp 68.500", 68500, "money", "IDR"), M("I", 1, "identifier")]),
    ("Pemkab Bantul menyalurkan BLT Dana Desa sebesar Rp300 ribu per bulan kepada 14.387 keluarga "
     "penerima manfaat (KPM) di 75 desa. Warga dapat menghubungi posko di nomor (0274) 367509 atau "
     "0812-2700-5566.",
     [M("Rp300 ribu", 300 * K, "money", "IDR", K), M("14.387", 14387, "count"),
      M("75", 75, "count"), M("(0274) 367509", None, "identifier"),
      M("0812-2700-5566", None, "identifier")]),
    ("Di Desa Sukamaju RT 03/RW 05, Kecamatan Cibeber, tercatat 212 kepala keluarga; 47 di "
     "antaranya belum memiliki jamban. Posyandu buka setiap tanggal 10 mulai pukul 08.00 hingga "
     "11.30.",
     [M("03", 3, "identifier"), M("05", 5, "identifier"), M("212", 212, "count"),
      M("47", 47, "count"), M("10", None, "date"), R("08.00 hingga 11.30", 8, 11.5)]),
    ("Sabtu (4/1) hujan lebat melanda Jabodetabek; pos pengamatan Halim mencatat 377 mm dalam 24 "
     "jam, tertinggi sejak pencatatan dimulai tahun 1866. Air di Pintu Air Manggarai mencapai "
     "950 cm (Siaga 1).",
     [M("4/1", None, "date"), M("377 mm", 377, "quantity", "mm"),
      M("24 jam", 24, "quantity", "hour"), M("1866", 1866, "year"),
      M("950 cm", 950, "quantity", "cm"), M("1", 1, "identifier")]),
    ("Menjelang Iduladha 1444 H, kebutuhan hewan kurban di Jawa Timur diperkirakan 385.000 ekor, "
     "terdiri atas 87.000 ekor sapi dan 298.000 ekor kambing serta domba. Harga sapi bobot 300 kg "
     "sekitar Rp 21 juta.",
     [M("1444", 1444, "year"), M("385.000 ekor", 385000, "quantity", "head"),
      M("87.000 ekor", 87000, "quantity", "head"), M("298.000 ekor", 298000, "quantity", "head"),
      M("300 kg", 300, "quantity", "kg"), M("Rp 21 juta", 21 * MLN, "money", "IDR", MLN)]),
    ("Sebelas orang anggota panitia dan tujuh belas relawan bekerja selama empat hari untuk "
     "mendata dua ratus lima puluh keluarga korban longsor.",
     [M("Sebelas", 11, "count"), M("tujuh belas", 17, "count"),
      M("empat hari", 4, "quantity", "day"), M("dua ratus lima puluh", 250, "count")]),
    ("Dalam lima tahun terakhir, Jakarta tiga kali dilanda banjir besar; volume sampah ke TPST "
     "Bantargebang naik 1,5 kali menjadi 7.800 ton per hari.",
     [M("lima tahun", 5, "quantity", "year"), M("tiga kali", 3, "other", "times"),
      M("1,5 kali", 1.5, "other", "times"), M("7.800 ton per hari", 7800, "quantity", "t/d")]),
    ("Kereta api Argo Bromo Anggrek (KA 1) berangkat dari Gambir pukul 08.20 dan tiba di Surabaya "
     "Pasarturi pukul 16.33, menempuh jarak 725 km dalam 8 jam 13 menit.",
     [M("1", 1, "identifier"), M("08.20", 8 + 20 / 60, "other"), M("16.33", 16.55, "other"),
      M("725 km", 725, "quantity", "km"), M("8 jam", 8, "quantity", "hour"),
      M("13 menit", 13, "quantity", "minute")]),
    # ---- plantations and mining
    ("Produktivitas kebun kelapa sawit rakyat rata-rata baru 12 ton TBS per hektare per tahun, "
     "jauh di bawah perkebunan besar yang mencapai 20–25 ton TBS per hektare. Luas perkebunan "
     "sawit nasional 2022 tercatat 15,38 juta hektare dengan produksi CPO 46,8 juta ton.",
     [M("12 ton TBS per hektare", 12, "quantity", "t/ha"),
      R("20–25 ton TBS per hektare", 20, 25, "t/ha"), M("2022", 2022, "year"),
      M("15,38 juta hektare", 15.38 * MLN, "quantity", "ha", MLN),
      M("46,8 juta ton", 46.8 * MLN, "quantity", "t", MLN)]),
    ("Produksi batu bara Indonesia tahun 2023 mencapai 775,2 juta ton, melampaui target 694,5 juta "
     "ton; sekitar 32% dialokasikan untuk kebutuhan dalam negeri (DMO) dengan harga patokan US$70 "
     "per ton.",
     [M("2023", 2023, "year"), M("775,2 juta ton", 775.2 * MLN, "quantity", "t", MLN),
      M("694,5 juta ton", 694.5 * MLN, "quantity", "t", MLN), M("32%", 32, "percent", "%"),
      M("US$70", 70, "money", "USD")]),
    ("Lifting minyak bumi 2023 hanya 605,5 ribu barel per hari (bph), jauh dari puncaknya sekitar "
     "1,6 juta bph pada 1977. Lapangan Banyu Urip di Blok Cepu menyumbang kurang lebih 150.000 "
     "barel per hari.",
     [M("2023", 2023, "year"), M("605,5 ribu barel per hari", 605500, "quantity", "bbl/d", K),
      M("1,6 juta bph", 1.6 * MLN, "quantity", "bbl/d", MLN), M("1977", 1977, "year"),
      M("150.000 barel per hari", 150000, "quantity", "bbl/d")]),
    ("PLTU Batang berkapasitas 2 x 1.000 MW mulai beroperasi komersial pada 2022, sedangkan PLTP "
     "Sarulla di Tapanuli Utara menghasilkan 330 MW dari tiga unit masing-masing 110 MW.",
     [M("2", 2, "count"), M("1.000 MW", 1000, "quantity", "MW"), M("2022", 2022, "year"),
      M("330 MW", 330, "quantity", "MW"), M("tiga", 3, "count"),
      M("110 MW", 110, "quantity", "MW")]),
    ("Smelter nikel di Morowali menyerap lebih dari 70.000 pekerja; ekspor produk hilirisasi nikel "
     "naik dari US$3,3 miliar pada 2017 menjadi US$33,8 miliar pada 2022, atau sepuluh kali lipat.",
     [M("70.000", 70000, "count"), M("US$3,3 miliar", 3.3 * MLRD, "money", "USD", MLRD),
      M("2017", 2017, "year"), M("US$33,8 miliar", 33.8 * MLRD, "money", "USD", MLRD),
      M("2022", 2022, "year"), M("sepuluh kali lipat", 10, "other", "times")]),
    ("Cadangan emas tambang Grasberg diperkirakan 26,8 juta troy ounce; kadar bijih rata-rata 0,84 "
     "gram per ton dan tembaga 1,02 persen. Produksi harian bijih sekitar 140.000 ton.",
     [M("26,8 juta troy ounce", 26.8 * MLN, "quantity", "ozt", MLN),
      M("0,84 gram per ton", 0.84, "quantity", "g/t"), M("1,02 persen", 1.02, "percent", "%"),
      M("140.000 ton", 140000, "quantity", "t")]),
]
ID += [
    # ---- health and education
    ("Angka kematian bayi (AKB) hasil Long Form SP2020 sebesar 16,85 per 1.000 kelahiran hidup, "
     "turun drastis dari 26 pada SP2010. Angka kematian ibu (AKI) 189 per 100.000 kelahiran hidup.",
     [M("2020", 2020, "year", glued=True), M("16,85", 16.85, "count"), M("1.000", 1000, "count"),
      M("26", 26, "count"), M("2010", 2010, "year", glued=True), M("189", 189, "count"),
      M("100.000", 100000, "count")]),
    ("Prevalensi stunting nasional turun dari 24,4 persen (2021) menjadi 21,6 persen (2022), "
     "sedangkan target RPJMN 2020–2024 adalah 14 persen. Di NTT angkanya masih 35,3%.",
     [M("24,4 persen", 24.4, "percent", "%"), M("2021", 2021, "year"),
      M("21,6 persen", 21.6, "percent", "%"), M("2022", 2022, "year"),
      R("2020–2024", 2020, 2024), M("14 persen", 14, "percent", "%"),
      M("35,3%", 35.3, "percent", "%")]),
    ("Rasio dokter terhadap penduduk di Indonesia baru 0,47 per 1.000, di bawah standar WHO "
     "1:1.000. Jumlah puskesmas tercatat 10.416 unit, 4.210 di antaranya puskesmas rawat inap.",
     [M("0,47 per 1.000", 0.47, "quantity", "‰"), M("1:1.000", None, "other"),
      M("10.416", 10416, "count"), M("4.210", 4210, "count")]),
    ("Pada tahun ajaran 2023/2024 terdapat 148.975 SD dengan 24,0 juta siswa dan 1,46 juta guru, "
     "sehingga rasio murid-guru sekitar 16 banding 1. Angka partisipasi murni (APM) SMA 61,5 "
     "persen.",
     [R("2023/2024", 2023, 2024), M("148.975", 148975, "count"),
      M("24,0 juta", 24 * MLN, "count", None, MLN), M("1,46 juta", 1.46 * MLN, "count", None, MLN),
      M("16 banding 1", None, "other"), M("61,5 persen", 61.5, "percent", "%")]),
    ("Tabel 4.2 menunjukkan bahwa pada dekade 1990-an angka melek huruf meningkat dari 84 menjadi "
     "89 persen (lihat Lampiran 3, hlm. 210).",
     [M("4.2", None, "identifier"), M("1990", 1990, "year"),
      R("84 menjadi 89 persen", 84, 89, "%"), M("3", 3, "identifier"),
      M("210", 210, "reference")]),
    ("Biaya kuliah tunggal (UKT) di universitas negeri berkisar Rp500.000 s.d. Rp12.500.000 per "
     "semester; mahasiswa golongan 1 dan 2 dibebaskan dari uang pangkal.",
     [R("Rp500.000 s.d. Rp12.500.000", 500000, 12500000, "IDR"), M("1", 1, "identifier"),
      M("2", 2, "identifier")]),
    ("Menurut survei itu, dua pertiga responden setuju, seperempat menolak, dan sisanya—kurang "
     "dari sepersepuluh—tidak menjawab. Satu setengah tahun kemudian survei diulang terhadap "
     "seribu lima ratus responden.",
     [M("dua pertiga", 2 * THIRD, "other"), M("seperempat", 0.25, "other"),
      M("sepersepuluh", 0.1, "other"), M("Satu setengah tahun", 1.5, "quantity", "year"),
      M("seribu lima ratus", 1500, "count", None, K)]),
    # ---- elections
    ("KPU menetapkan pasangan Prabowo–Gibran meraih 96.214.691 suara (58,59%), Anies–Muhaimin "
     "40.971.906 suara (24,95%), dan Ganjar–Mahfud 27.040.878 suara (16,47%). Jumlah TPS pada "
     "Pemilu 2024 sebanyak 820.161 di 38 provinsi.",
     [M("96.214.691", 96214691, "count"), M("58,59%", 58.59, "percent", "%"),
      M("40.971.906", 40971906, "count"), M("24,95%", 24.95, "percent", "%"),
      M("27.040.878", 27040878, "count"), M("16,47%", 16.47, "percent", "%"),
      M("2024", 2024, "year"), M("820.161", 820161, "count"), M("38", 38, "count")]),
    ("Di TPS 07 Kelurahan Menteng, dari 263 pemilih dalam DPT hanya 198 yang menggunakan hak pilih "
     "(75,3 persen); 4 surat suara dinyatakan tidak sah. Partai nomor urut 2 memperoleh 61 suara.",
     [M("07", 7, "identifier"), M("263", 263, "count"), M("198", 198, "count"),
      M("75,3 persen", 75.3, "percent", "%"), M("4", 4, "count"), M("2", 2, "identifier"),
      M("61", 61, "count")]),
    ("DPR periode 2019–2024 beranggotakan 575 orang dari 9 fraksi; ambang batas parlemen 4 persen. "
     "Kursi DPR bertambah menjadi 580 pada periode berikutnya, naik lima kursi.",
     [R("2019–2024", 2019, 2024), M("575", 575, "count"), M("9", 9, "count"),
      M("4 persen", 4, "percent", "%"), M("580", 580, "count"), M("lima", 5, "count")]),
    # ---- sports
    ("Timnas Indonesia menang 2-1 atas Vietnam di Stadion Utama Gelora Bung Karno yang "
     "berkapasitas 77.193 penonton. Gol kemenangan dicetak pada menit ke-78; Indonesia naik ke "
     "peringkat ke-142 FIFA.",
     [M("2-1", None, "other"), M("77.193", 77193, "count"), M("ke-78", 78, "ordinal"),
      M("ke-142", 142, "ordinal")]),
    ("Pada Asian Games 1962 di Jakarta, Indonesia menempati urutan kedua dengan 11 emas, 12 perak "
     "dan 28 perunggu. Di Olimpiade Barcelona 1992, Susi Susanti meraih emas pertama bagi "
     "Indonesia.",
     [M("1962", 1962, "year"), M("11", 11, "count"), M("12", 12, "count"), M("28", 28, "count"),
      M("1992", 1992, "year")]),
    ("Borobudur Marathon 2023: pemenang putra mencatat waktu 2:13:45, sedangkan juara putri "
     "2:41:07. Total hadiah Rp1,5 miliar dibagi untuk 10 besar.",
     [M("2023", 2023, "year"), M("2:13:45", 2 + 13 / 60 + 45 / 3600, "quantity", "hour"),
      M("2:41:07", 2 + 41 / 60 + 7 / 3600, "quantity", "hour"),
      M("Rp1,5 miliar", 1.5 * MLRD, "money", "IDR", MLRD), M("10", 10, "count")]),
    # ---- footnoted academic papers
    ("³ Sartono Kartodirdjo, Pemberontakan Petani Banten 1888 (Jakarta: Pustaka Jaya, 1984), "
     "hlm. 45–47. ⁴ Ibid., hlm. 112. ⁵ Lihat juga Bijdragen tot de Taal-, Land- en Volkenkunde, "
     "Jilid 2, No. 3 (1958): 301–325.",
     [M("³", 3, "reference"), M("1888", 1888, "year"), M("1984", 1984, "reference"),
      M("45–47", 45, "reference", range_end=47), M("⁴", 4, "reference"),
      M("112", 112, "reference"), M("⁵", 5, "reference"), M("2", 2, "reference"),
      M("No. 3", 3, "reference"), M("1958", 1958, "reference"),
      M("301–325", 301, "reference", range_end=325)]),
    ("Menurut Ricklefs (2008: 245), jumlah korban pembantaian 1965–1966 berkisar antara 500.000 "
     "hingga satu juta jiwa.[12] Angka lain menyebut sampai 2 juta (Cribb 1990, 12).",
     [M("2008", 2008, "reference"), M("245", 245, "reference"), R("1965–1966", 1965, 1966),
      R("500.000 hingga satu juta", 500000, MLN, None, MLN), M("12", 12, "reference"),
      M("2 juta", 2 * MLN, "count", None, MLN), M("1990", 1990, "reference"),
      M("12", 12, "reference")]),
    ("Lihat Anne Booth, Agricultural Development in Indonesia (Sydney: Allen & Unwin, 1988), hlm. "
     "18–19 dan Bab IV; bandingkan Mubyarto (1977: 64–70), yang menghitung surplus beras Jawa "
     "Tengah pada 1970-an.",
     [M("1988", 1988, "reference"), M("18–19", 18, "reference", range_end=19),
      M("IV", 4, "reference"), M("1977", 1977, "reference"),
      M("64–70", 64, "reference", range_end=70), M("1970", 1970, "year")]),
    # ---- social media and news style
    ("Harga cabai rawit di Pasar Kramat Jati tembus Rp120 ribu/kg, naik dari Rp60rb seminggu "
     "lalu. Pedagang bilang omzet turun 50%, cuma dapet 3,5 jt sebulan.",
     [M("Rp120 ribu/kg", 120 * K, "money", "IDR", K), M("Rp60rb", 60 * K, "money", "IDR", K),
      M("50%", 50, "percent", "%"), M("3,5 jt", 3.5 * MLN, "money", "IDR", MLN)]),
    ("Gaji UMR Jakarta 2024 Rp5.067.381, sementara Jogja cuma Rp2,1 jt. Kalau sewa kos 1,2 "
     "jt/bulan, sisa buat makan berapa coba?? 😅",
     [M("2024", 2024, "year"), M("Rp5.067.381", 5067381, "money", "IDR"),
      M("Rp2,1 jt", 2.1 * MLN, "money", "IDR", MLN),
      M("1,2 jt/bulan", 1.2 * MLN, "money", "IDR", MLN)]),
    ("Startup edtech itu dikabarkan rugi Rp1,2 M per bulan dan PHK 200-an karyawan. Valuasinya "
     "sempat US$ 3 juta di seri A, sekarang tinggal separuhnya.",
     [M("Rp1,2 M", 1.2 * MLRD, "money", "IDR", MLRD), M("200", 200, "count"),
      M("US$ 3 juta", 3 * MLN, "money", "USD", MLN), M("separuhnya", 0.5, "other")]),
    ("BREAKING: Gempa M 6,2 guncang Mamuju pukul 02.28 WIB, Jumat (15/1/2021). Info BMKG: "
     "kedalaman 10 Km, tidak berpotensi tsunami. #PrayForSulbar",
     [M("M 6,2", 6.2, "other", "magnitude"), M("02.28", 2 + 28 / 60, "other"),
      M("15/1/2021", 2021, "date"), M("10 Km", 10, "quantity", "km")]),
    ("Thread sejarah 🧵 1/7: Tahun 1960-an Jakarta cuma punya 2,9 juta penduduk, sekarang 10,6 "
     "juta. Naik hampir 4x lipat dalam 60 tahun!",
     [M("1/7", 1, "identifier"), M("1960", 1960, "year"),
      M("2,9 juta", 2.9 * MLN, "count", None, MLN), M("10,6 juta", 10.6 * MLN, "count", None, MLN),
      M("4x lipat", 4, "other", "times"), M("60 tahun", 60, "quantity", "year")]),
    ("Promo 12.12! Beli 2 gratis 1, diskon s.d. 70% + cashback Rp25rb. Cuma sampai jam 23.59 ya "
     "kak, stok tinggal 15 pcs.",
     [M("12.12", None, "date"), M("2", 2, "count"), M("1", 1, "count"),
      M("70%", 70, "percent", "%"), M("Rp25rb", 25 * K, "money", "IDR", K),
      M("23.59", 23 + 59 / 60, "other"), M("15", 15, "count")]),
]
# fmt: on


def main() -> None:
    _bh.build_all({"id": ID}, "dev_id", HERE)


if __name__ == "__main__":
    main()
