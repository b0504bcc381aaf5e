"""Build the third Indonesian numeric-mention development set (``dev_id3_id.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_dev_id3/build_dev_id3.py

A **development** set: the Indonesian rules of ``analysis.mentions`` are tuned on it, so
its scores say nothing about generalisation (the held-out sets do that).  The passages
were written for it in registers the first two Indonesian development sets
(``tests/data/mentions_dev_id``, ``tests/data/mentions_dev_id2``) do not cover: court
rulings (putusan of district courts, the Mahkamah Agung and the colonial Landraad, with
case numbers, sentences in digits and words, evidence lists and licence plates), BPK
audit reports and provincial budgets, village regulations and village-fund accounts
(tanah bengkok in bau and ubin), mining company reports (nickel, coal, tin, copper and
gold), oil-palm company reports and TBS price notices, agricultural and aquaculture
extension bulletins (fertiliser doses, planting distances, HST, salinity, stocking
density), PVMBG volcano activity reports and BMKG earthquake messages and forecasts,
school and university admissions (SNBP, UKT, PPDB zonasi), badminton and football
results, a history textbook on the revolution of 1945-1949 (competences, exercises,
footnotes), posyandu and stunting bulletins, ferry, port, tram and flight notices, Dutch
colonial reports in Indonesian translation (memori serah jabatan, Staatsblad, pal and
roede), zakat, waqf and marriage statistics, BPS press releases, online news of
2006-2024 (fuel prices, the stock exchange, minimum wages, VAT, Covid-19, traffic
operations), obituaries and classified and job advertisements.  They were annotated
blind, from ``docs/numeric-mentions.md`` and the decisions in the docstrings of
``tests/data/mentions_heldout/build_heldout.py``, ``mentions_heldout2/build_heldout2.py``,
``mentions_heldout3/build_heldout3.py`` and the ``tests/data/mentions_dev_*/build_dev_*.py``
scripts, before the extractor was run on them.  Texts are already normalised (plain
spaces, no NBSP / thin spaces).

Each passage is ``(text, [mentions in text order])`` using the ``M`` / ``R`` helpers and
the ``annotate`` validator of ``tests/data/mentions_heldout/build_heldout.py`` (offsets are
found with ``str.find`` from the end of the previous mention, never typed).  No currency
beyond the validator's ``CURRENCIES`` was needed (IDR, NLG, USD).

Decisions taken here where the spec and the earlier docstrings are silent, each with the
example that settled it:

* **Court and office register numbers** are one ``identifier`` from the number sign to
  the end of the register code, the court's abbreviation after the last slash included
  also when written with a space; the value is the document's own number:
  ``Nomor 1127/Pid.B/2023/PN Smg`` -> 1127, a cassation number keeps its ``K``
  (``Nomor 2350 K/Pid.Sus/2019`` -> 2350), an audit report number keeps its letter suffix
  (``Nomor 27.B/LHP/XVIII.YOG/05/2024`` -> 27), a BPS release number keeps its volume
  (``No. 15/02/Th. XXVII`` -> 15), a land certificate keeps its village
  (``No. 2156/Caturtunggal`` -> 2156).  When a word stands between the number sign and the
  number (``No. Lab: 2841/NNF/2023``) the sign stays outside.
* **Sentences in digits and words** (``2 (dua) tahun dan 6 (enam) bulan``) give four
  ``quantity`` mentions, the digit and the word each taking the unit after the bracket
  (dev_id's ``5 (lima) tahun``, heldout2's mixed units); ``1 (satu) unit`` sepeda motor
  and ``3 (tiga) paket`` are two ``count`` mentions each (the classifier outside);
  ``diperpanjang 1 (satu) kali`` gives two multipliers (``other``, unit ``times``).
* **Sub-items of an article** ``Pasal 363 ayat (1) ke-4 dan ke-5 KUHP``: ``ke-4`` names a
  sub-item, an ``identifier`` 4 with ``ke-`` inside (the digit-ordinal marker stays with
  its number); article ranges ``Pasal 1 sampai 3`` are one ``identifier`` 1..3 like
  dev_en's ``Articles 231 to 247``.
* **Licence plates** ``Nopol H 5371 ABK`` are one ``identifier`` with the letters on both
  sides inside, value the number (like ``SU 1402``).
* **Chains of slash denominators** after a price stay inside the money span, unit the
  currency: ``Rp 2.500/m²/tahun``, ``Rp185.000/m³``, ``Rp 1,1 jt/bln``.
* **Local and colonial measures** are units: ``ubin`` (``250 ubin``, a Javanese land
  measure of about 14 m², unit ``ubin``; ``4 bau 250 ubin`` is two quantities like
  ``1 tahun 5 bulan``), ``pal`` (the colonial road measure, ``1.214 pal``, ``satu pal``),
  ``roede persegi`` (``1 roede persegi``, unit ``roede2``); ``bau`` is ``bahu`` (dev_id).
* **Mining units**: ``4,9 bcm/ton`` (stripping ratio, unit ``bcm/t``), ``4.850 kkal/kg``
  (``kcal/kg``), ``33 MVA``, ``1,05 g/t``, ``1,65 miliar pon`` (``lb``); ``ons`` of gold in
  a mining report is the troy ounce (``1,97 juta ons`` -> ``ozt``), not the Dutch ons of
  100 g.  A per-day phrase after the ore noun stays outside (``214.100 ton`` bijih per
  hari); ``1.410 ton TBS/jam`` keeps the product inside like ``ton TBS per hektare``
  (unit ``t/h``).
* **Agricultural extension**: doses ``200–250 kg/ha`` (``kg/ha``); a product word after a
  yield unit stays outside (``8,42 ton/ha`` GKG) while one between the unit and *per* is
  inside (``9,6 ton pipilan kering per hektare``, ``t/ha``); ``HST`` / ``HSS`` (days after
  planting / sowing) are the unit ``day`` and inside (``75–85 HST``); fertiliser grades
  ``15-15-15`` are one ``other`` with value null (several integers, like a score);
  ``SP-36`` and the variety ``Inpari 32`` are names containing a number (``other``, the
  digits only); ``patotipe III`` names a class (``identifier``); planting distances
  ``25 x 12,5 x 50 cm`` are three quantities sharing the last unit (dimensions).
* **Aquaculture**: ``1.000 ekor/m³`` is one quantity (unit ``head/m3``), a size
  ``80 ekor/kg`` likewise (``head/kg``); salinity ``15–25 ppt`` has the unit ``ppt``;
  ``DOC 60`` (day of culture) is an ``ordinal`` like ``on day 14`` of a course; pH and FCR
  ranges (``7,5–8,5``, ``0,9–1,1``) are ranges without a unit.
* **Volcano reports**: events counted with *kali* (``2 kali`` awan panas, ``148 kali``
  guguran, ``1 kali``) are multipliers (``other``, unit ``times``), as the families
  suite decided for repetitions; the alert ``Level III`` is an ``identifier`` like
  ``Siaga 1``; ``±`` stays outside (``±1.200 m``).
* **BMKG earthquake messages**: a decimal point in these machine texts is a decimal
  point (``Mag:5.6`` -> ``other`` 5.6, unit ``magnitude``, the label outside);
  coordinates ``6.84 LS`` / ``107.05 BT`` are ``quantity`` in ``deg`` with the hemisphere
  letters inside and the value as written (like a temperature in frost, no sign);
  ``21-Nov-22`` is a date (2022) and ``13:21:10`` after it, followed by ``WIB``, a time of
  day (``other`` 13.3528; round 3 makes ``H:MM:SS`` a duration unless a time preposition
  precedes it, but a date before and a time-zone word after settle it); intensities on
  the MMI scale are readings (``V`` -> ``other`` 5, ``III-IV`` -> ``range`` 3..4, unit
  ``MMI``).
* **Game scores** in badminton (``21-15``, ``19-21``, ``5-11``) and a penalty shoot-out
  (``11-10``) are one ``other`` each with value null, also when the first side is
  lower: a score is not an interval.  Goal minutes with the minute mark (``15'``) are
  ``ordinal`` with the mark inside; ``45+1'`` gives the ordinal ``45`` and the added
  minute ``+1'`` (``other`` 1, like dev_id2's ``ke-90+3``).  League standings in points
  (``71 poin``) are counts with ``poin`` outside (dev_ru3's ``65 очков``).
* **Named things with a number**: ``U-23`` follows round 3's type-designation rule (one
  capital, hyphen, digits: ``identifier`` 23 with ``U-`` inside); ``Liga 1`` (a
  competition), the ferry ``Bahtera Nusantara 01``, ``Komite Tiga Negara`` and
  ``Panitia Sembilan`` are names containing a number (``other``, the number only);
  ``PON XXI`` is an ``ordinal`` like a congress; ``SMA Negeri 3`` and the terminal
  ``JICT 2`` name one of a numbered series (``identifier``, like ``Ward 7``); the block
  ``Blok C-12`` is an identifier with the letter inside.
* **Semesters, waves and periods**: ``Semester II``, ``IHPS I``, ``gelombang II`` and
  ``triwulan IV-2023`` are ``ordinal`` like ``triwulan IV``; a year joined by a hyphen
  (``IV-2023``) is a separate ``year``.
* **Textbook apparatus**: ``Kompetensi Dasar 3.4`` and ``Gambar 4.7`` are ``identifier``
  with value null (like ``Tabel 4.2``); exercise numbers ``nomor 1–5`` are one
  ``identifier`` 1..5 (``nomor`` inside), a numbered question ``(1)`` an ``identifier``,
  ``halaman 142`` a page ``reference``.
* **Posyandu**: z-scores ``-2,31 SD`` are ``other`` with unit ``SD`` and the sign inside
  (a bare measure that does not count); ``D/S 90,6%`` a percent.
* **Transport**: ``mil laut`` is the nautical mile (``nmi``); ``GA 404`` a flight number
  (``identifier``, code inside); ``Boeing 737-800`` one ``identifier`` with value null
  (like ``1-464``); ``H-3`` before Lebaran ``other`` 3 (dev_id2's ``H-10``).
* **Advertisements**: ``3x4 m`` is two quantities in metres (dimensions, glued);
  ``Km 5,6`` in an address is the kilometre post, a ``quantity`` of 5.6 km with ``Km``
  inside (a distance written unit-first); ``2.200 watt`` has the unit ``W``; ``1,35 M``
  in a price is money (1.35e9 IDR, dev_id's compact rupiah).
* **Fractions and terms**: ``seperempat abad`` is a quantity of 0.25 ``century`` (a
  fraction before a unit); ``setengah penganggur`` (underemployed) is a term, not a
  fraction, and not annotated; ``tiga perempatnya`` keeps its clitic (dev_id).
* **Small things**: ``Rp 0`` is money 0; ``angka 0`` (the digit named) is ``other``;
  ``16 digit`` is a ``count``; an ISO date ``2019-09-24`` is a ``date``; a Hijri day
  without a year (``29 Syakban``) is a date with value null; a solar altitude ``0° 58'``
  is one quantity in degrees (0.9667) like ``lat. 41° 20′``.
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

# fmt: off
# ============================================================================ id
ID = [
    # ---- court rulings
    ("Putusan Nomor 1127/Pid.B/2023/PN Smg. Menyatakan Terdakwa Andi Saputra bin Slamet telah "
     "terbukti secara sah dan meyakinkan bersalah melakukan tindak pidana pencurian dengan "
     "pemberatan sebagaimana diatur dalam Pasal 363 ayat (1) ke-4 dan ke-5 KUHP; menjatuhkan "
     "pidana penjara selama 2 (dua) tahun dan 6 (enam) bulan.",
     [M("Nomor 1127/Pid.B/2023/PN Smg", 1127, "identifier"), M("363", 363, "identifier"),
      M("1", 1, "identifier"), M("ke-4", 4, "identifier"), M("ke-5", 5, "identifier"),
      M("2", 2, "quantity", "year"), M("dua", 2, "quantity", "year"),
      M("6", 6, "quantity", "month"), M("enam", 6, "quantity", "month")]),
    ("Barang bukti berupa 1 (satu) unit sepeda motor Honda Vario warna merah Nopol H 5371 ABK "
     "beserta STNK dan 2 (dua) buah kunci palsu dikembalikan kepada saksi korban; uang tunai "
     "Rp 350.000,- dirampas untuk negara.",
     [M("1", 1, "count"), M("satu", 1, "count"), M("H 5371 ABK", 5371, "identifier"),
      M("2", 2, "count"), M("dua", 2, "count"), M("Rp 350.000,-", 350000, "money", "IDR")]),
    ("Majelis hakim Pengadilan Tipikor pada PN Jakarta Pusat menjatuhkan pidana penjara 8 tahun "
     "dan denda Rp 500 juta subsider 4 bulan kurungan kepada mantan direktur utama sebuah BUMN, "
     "serta uang pengganti Rp 12.480.350.000; terdakwa dinyatakan melanggar Pasal 2 ayat (1) jo. "
     "Pasal 18 UU Nomor 31 Tahun 1999 sebagaimana diubah dengan UU Nomor 20 Tahun 2001.",
     [M("8 tahun", 8, "quantity", "year"), M("Rp 500 juta", 500 * MLN, "money", "IDR", MLN),
      M("4 bulan", 4, "quantity", "month"), M("Rp 12.480.350.000", 12480350000, "money", "IDR"),
      M("2", 2, "identifier"), M("1", 1, "identifier"), M("18", 18, "identifier"),
      M("Nomor 31", 31, "identifier"), M("1999", 1999, "year"),
      M("Nomor 20", 20, "identifier"), M("2001", 2001, "year")]),
    ("Dari penggeledahan ditemukan 3 (tiga) paket plastik klip berisi sabu dengan berat bruto "
     "5,27 gram atau berat netto 4,81 gram, sesuai Berita Acara Pemeriksaan Laboratoris "
     "Kriminalistik No. Lab: 2841/NNF/2023 tanggal 14 Juni 2023.",
     [M("3", 3, "count"), M("tiga", 3, "count"), M("5,27 gram", 5.27, "quantity", "g"),
      M("4,81 gram", 4.81, "quantity", "g"), M("2841/NNF/2023", 2841, "identifier"),
      M("14 Juni 2023", 2023, "date")]),
    ("Objek sengketa berupa sebidang tanah Sertifikat Hak Milik No. 2156/Caturtunggal seluas "
     "1.240 m² yang terletak di Dusun Karangmalang RT 008 RW 003; Penggugat menuntut ganti rugi "
     "materiil Rp 1.860.000.000 dan imateriil Rp 5 miliar.",
     [M("No. 2156/Caturtunggal", 2156, "identifier"), M("1.240 m²", 1240, "quantity", "m2"),
      M("008", 8, "identifier"), M("003", 3, "identifier"),
      M("Rp 1.860.000.000", 1860000000, "money", "IDR"),
      M("Rp 5 miliar", 5 * MLRD, "money", "IDR", MLRD)]),
    ("Mahkamah Agung dalam Putusan Nomor 2350 K/Pid.Sus/2019 tanggal 10 Oktober 2019 menolak "
     "kasasi Penuntut Umum dan memperbaiki lamanya pidana menjadi 15 (lima belas) tahun, dengan "
     "pertimbangan bahwa terdakwa masih berusia 19 tahun ketika perbuatan dilakukan.",
     [M("Nomor 2350 K/Pid.Sus/2019", 2350, "identifier"), M("10 Oktober 2019", 2019, "date"),
      M("15", 15, "quantity", "year"), M("lima belas", 15, "quantity", "year"),
      M("19 tahun", 19, "quantity", "year")]),
    ("Sidang tilang di PN Surakarta, Jumat (22/3): 1.284 pelanggar diputus membayar denda antara "
     "Rp 50.000 hingga Rp 250.000; pelanggaran terbanyak Pasal 288 ayat (2) UU LLAJ (tidak "
     "membawa SIM), yakni 41,3%.",
     [M("22/3", None, "date"), M("1.284", 1284, "count"),
      R("Rp 50.000 hingga Rp 250.000", 50000, 250000, "IDR"), M("288", 288, "identifier"),
      M("2", 2, "identifier"), M("41,3%", 41.3, "percent", "%")]),
    ("Landraad Bandoeng pada 22 Desember 1930 menghukum Ir. Soekarno 4 tahun penjara, Gatot "
     "Mangkoepradja 2 tahun, Maskoen 1 tahun 8 bulan dan Soepriadinata 1 tahun 3 bulan, "
     "berdasarkan pasal 169 dan 171 Wetboek van Strafrecht (Ingleson 1979: 121–123).",
     [M("22 Desember 1930", 1930, "date"), M("4 tahun", 4, "quantity", "year"),
      M("2 tahun", 2, "quantity", "year"), M("1 tahun", 1, "quantity", "year"),
      M("8 bulan", 8, "quantity", "month"), M("1 tahun", 1, "quantity", "year"),
      M("3 bulan", 3, "quantity", "month"), M("169", 169, "identifier"),
      M("171", 171, "identifier"), M("1979", 1979, "reference"),
      M("121–123", 121, "reference", range_end=123)]),
    # ---- BPK audits and provincial budgets
    ("Berdasarkan LHP BPK Nomor 27.B/LHP/XVIII.YOG/05/2024 tanggal 20 Mei 2024, Pemerintah "
     "Kabupaten Kulon Progo kembali memperoleh opini Wajar Tanpa Pengecualian (WTP) untuk kali "
     "ke-9 secara berturut-turut.",
     [M("Nomor 27.B/LHP/XVIII.YOG/05/2024", 27, "identifier"), M("20 Mei 2024", 2024, "date"),
      M("ke-9", 9, "ordinal")]),
    ("BPK menemukan kelebihan pembayaran atas 14 paket pekerjaan jalan dan jembatan senilai "
     "Rp2.345.671.300,00, antara lain akibat kekurangan volume pekerjaan aspal (AC-WC) setebal 4 "
     "cm dan selisih harga satuan sebesar Rp185.000/m³.",
     [M("14", 14, "count"), M("Rp2.345.671.300,00", 2345671300, "money", "IDR"),
      M("4 cm", 4, "quantity", "cm"), M("Rp185.000/m³", 185000, "money", "IDR")]),
    ("Hingga Semester II Tahun 2023, dari 1.487 rekomendasi hasil pemeriksaan, sebanyak 1.102 "
     "rekomendasi (74,11%) telah sesuai, 297 (19,97%) belum sesuai, 81 belum ditindaklanjuti, "
     "dan 7 tidak dapat ditindaklanjuti.",
     [M("II", 2, "ordinal"), M("2023", 2023, "year"), M("1.487", 1487, "count"),
      M("1.102", 1102, "count"), M("74,11%", 74.11, "percent", "%"), M("297", 297, "count"),
      M("19,97%", 19.97, "percent", "%"), M("81", 81, "count"), M("7", 7, "count")]),
    ("IHPS I Tahun 2023 memuat 705 LHP atas 1 LKPP, 84 LKKL, 1 LKBUN dan 542 LKPD; permasalahan "
     "ketidakpatuhan yang berdampak finansial mencapai Rp 12,84 triliun, di antaranya Rp 5,17 "
     "triliun berupa kerugian.",
     [M("I", 1, "ordinal", skip=1), M("2023", 2023, "year"), M("705", 705, "count"), M("1", 1, "count"),
      M("84", 84, "count"), M("1", 1, "count"), M("542", 542, "count"),
      M("Rp 12,84 triliun", 12.84 * TRLN, "money", "IDR", TRLN),
      M("Rp 5,17 triliun", 5.17 * TRLN, "money", "IDR", TRLN)]),
    ("Perda Provinsi Jawa Tengah Nomor 12 Tahun 2023 tentang APBD Tahun Anggaran 2024 menetapkan "
     "pendapatan daerah Rp28.011.234.567.000, belanja daerah Rp28.956.789.123.000 dan defisit "
     "Rp945.554.556.000 yang ditutup dari SiLPA tahun sebelumnya.",
     [M("Nomor 12", 12, "identifier"), M("2023", 2023, "year"), M("2024", 2024, "year"),
      M("Rp28.011.234.567.000", 28011234567000, "money", "IDR"),
      M("Rp28.956.789.123.000", 28956789123000, "money", "IDR"),
      M("Rp945.554.556.000", 945554556000, "money", "IDR")]),
    ("Inspektorat Kabupaten menemukan penyimpangan Dana Desa Tahun Anggaran 2021–2022 di Desa "
     "Mekarsari sebesar Rp 437,6 juta, meliputi 6 kegiatan fiktif dan mark-up harga semen dari "
     "Rp 62.000 menjadi Rp 85.000 per sak.",
     [R("2021–2022", 2021, 2022), M("Rp 437,6 juta", 437.6 * MLN, "money", "IDR", MLN),
      M("6", 6, "count"), R("Rp 62.000 menjadi Rp 85.000", 62000, 85000, "IDR")]),
    ("Sampai dengan 31 Oktober 2024 realisasi belanja APBD Provinsi NTB baru Rp 3,92 T atau 62,4% "
     "dari pagu Rp 6,28 T, sementara PAD terkumpul Rp 1,87 triliun (78,1%).",
     [M("31 Oktober 2024", 2024, "date"), M("Rp 3,92 T", 3.92 * TRLN, "money", "IDR", TRLN),
      M("62,4%", 62.4, "percent", "%"), M("Rp 6,28 T", 6.28 * TRLN, "money", "IDR", TRLN),
      M("Rp 1,87 triliun", 1.87 * TRLN, "money", "IDR", TRLN),
      M("78,1%", 78.1, "percent", "%")]),
    # ---- village regulations and village funds
    ("PERATURAN DESA PANGGUNGHARJO NOMOR 4 TAHUN 2024 TENTANG ANGGARAN PENDAPATAN DAN BELANJA "
     "DESA TAHUN ANGGARAN 2024. Pasal 2: Pendapatan Desa sebesar Rp 3.412.560.000,00 (tiga "
     "miliar empat ratus dua belas juta lima ratus enam puluh ribu rupiah).",
     [M("NOMOR 4", 4, "identifier"), M("2024", 2024, "year"), M("2024", 2024, "year"),
      M("2", 2, "identifier"), M("Rp 3.412.560.000,00", 3412560000, "money", "IDR"),
      M("tiga miliar empat ratus dua belas juta lima ratus enam puluh ribu rupiah", 3412560000,
        "money", "IDR", MLRD)]),
    ("Pasal 5 (1) Setiap warga yang mendirikan bangunan di atas tanah kas desa wajib membayar "
     "sewa Rp 2.500/m²/tahun. (2) Jangka waktu sewa paling lama 20 (dua puluh) tahun dan dapat "
     "diperpanjang 1 (satu) kali.",
     [M("5", 5, "identifier"), M("1", 1, "identifier"),
      M("Rp 2.500/m²/tahun", 2500, "money", "IDR"), M("2", 2, "identifier"),
      M("20", 20, "quantity", "year"), M("dua puluh", 20, "quantity", "year"),
      M("1", 1, "other", "times"), M("satu", 1, "other", "times")]),
    ("Rincian BLT Dana Desa 2024: 38 KPM × Rp 300.000 × 12 bulan = Rp 136.800.000. Penetapan KPM "
     "melalui Musdesus tanggal 8 Januari 2024 yang dihadiri 42 orang.",
     [M("2024", 2024, "year"), M("38", 38, "count"), M("Rp 300.000", 300000, "money", "IDR"),
      M("12 bulan", 12, "quantity", "month"), M("Rp 136.800.000", 136800000, "money", "IDR"),
      M("8 Januari 2024", 2024, "date"), M("42", 42, "count")]),
    ("Kepala desa menerima tanah bengkok seluas 4 bau 250 ubin, sekretaris desa 2 bau, dan "
     "masing-masing kepala dusun 1,5 bau; 1 ubin kira-kira 14 m².",
     [M("4 bau", 4, "quantity", "bahu"), M("250 ubin", 250, "quantity", "ubin"),
      M("2 bau", 2, "quantity", "bahu"), M("1,5 bau", 1.5, "quantity", "bahu"),
      M("1 ubin", 1, "quantity", "ubin"), M("14 m²", 14, "quantity", "m2")]),
    ("Musyawarah Desa Sidomulyo 17 Februari 2023 menyepakati penyertaan modal ke BUMDes sebesar "
     "20% dari Dana Desa atau Rp 187 juta; unit usaha air bersih melayani 612 sambungan rumah "
     "dengan tarif Rp 3.000 per m³.",
     [M("17 Februari 2023", 2023, "date"), M("20%", 20, "percent", "%"),
      M("Rp 187 juta", 187 * MLN, "money", "IDR", MLN), M("612", 612, "count"),
      M("Rp 3.000", 3000, "money", "IDR")]),
    ("Pemilihan Kepala Desa serentak gelombang II di Kabupaten Sragen diikuti 97 desa; calon nomor "
     "urut 3 di Desa Jetak menang dengan 1.942 suara, selisih 37 suara dari nomor urut 1.",
     [M("II", 2, "ordinal"), M("97", 97, "count"), M("3", 3, "identifier"),
      M("1.942", 1942, "count"), M("37", 37, "count"), M("1", 1, "identifier")]),
]
ID += [
    # ---- mining company reports
    ("PT Vale Indonesia Tbk memproduksi 70.728 ton nikel dalam matte pada 2023, naik 17% dari "
     "60.090 ton pada 2022; biaya tunai rata-rata US$ 9.815 per ton.",
     [M("70.728 ton", 70728, "quantity", "t"), M("2023", 2023, "year"),
      M("17%", 17, "percent", "%"), M("60.090 ton", 60090, "quantity", "t"),
      M("2022", 2022, "year"), M("US$ 9.815", 9815, "money", "USD")]),
    ("Sepanjang 2023 perseroan memproduksi 65,7 juta ton batu bara dengan nisbah kupas 4,9 "
     "bcm/ton; nilai kalor rata-rata 4.850 kkal/kg (GAR) dan kandungan sulfur 0,3%.",
     [M("2023", 2023, "year"), M("65,7 juta ton", 65.7 * MLN, "quantity", "t", MLN),
      M("4,9 bcm/ton", 4.9, "quantity", "bcm/t"), M("4.850 kkal/kg", 4850, "quantity", "kcal/kg"),
      M("0,3%", 0.3, "percent", "%")]),
    ("Kementerian ESDM menetapkan HBA Maret 2024 sebesar US$ 128,05 per ton, turun dari US$ "
     "183,21 pada Februari; royalti IUPK untuk batu bara kalori di atas 6.100 kkal/kg ditetapkan "
     "14–28% tergantung harga.",
     [M("Maret 2024", 2024, "date"), M("US$ 128,05", 128.05, "money", "USD"),
      M("US$ 183,21", 183.21, "money", "USD"), M("6.100 kkal/kg", 6100, "quantity", "kcal/kg"),
      R("14–28%", 14, 28, "%")]),
    ("Produksi timah Banka pada 1937 mencapai 20.900 ton, diangkut ke Pulau Bukit untuk dilebur; "
     "Billiton Maatschappij membukukan laba bersih ƒ 9,4 juta dan membayar dividen 35 persen.",
     [M("1937", 1937, "year"), M("20.900 ton", 20900, "quantity", "t"),
      M("ƒ 9,4 juta", 9.4 * MLN, "money", "NLG", MLN), M("35 persen", 35, "percent", "%")]),
    ("Freeport Indonesia mengolah rata-rata 214.100 ton bijih per hari pada 2023 dengan kadar "
     "tembaga 1,21% dan emas 1,05 g/t; penjualan mencapai 1,65 miliar pon tembaga dan 1,97 juta "
     "ons emas.",
     [M("214.100 ton", 214100, "quantity", "t"), M("2023", 2023, "year"),
      M("1,21%", 1.21, "percent", "%"), M("1,05 g/t", 1.05, "quantity", "g/t"),
      M("1,65 miliar pon", 1.65 * MLRD, "quantity", "lb", MLRD),
      M("1,97 juta ons", 1.97 * MLN, "quantity", "ozt", MLN)]),
    ("Kawasan industri di Morowali mengoperasikan 48 tungku RKEF; satu lini smelter berkapasitas "
     "2 x 33 MVA menghasilkan sekitar 60.000 ton NPI per tahun dengan kadar Ni 10–12%.",
     [M("48", 48, "count"), M("satu", 1, "count"), M("2", 2, "count"),
      M("33 MVA", 33, "quantity", "MVA"), M("60.000 ton", 60000, "quantity", "t"),
      R("10–12%", 10, 12, "%")]),
    ("Izin Usaha Pertambangan Operasi Produksi Nomor 21/1/IUP/PMDN/2019 diberikan untuk "
     "wilayah seluas 4.875 ha selama 20 tahun; jaminan reklamasi ditetapkan Rp 7,6 miliar.",
     [M("Nomor 21/1/IUP/PMDN/2019", 21, "identifier"), M("4.875 ha", 4875, "quantity", "ha"),
      M("20 tahun", 20, "quantity", "year"), M("Rp 7,6 miliar", 7.6 * MLRD, "money", "IDR", MLRD)]),
    # ---- oil-palm company reports
    ("Luas areal tertanam Perseroan per 31 Desember 2023 mencapai 112.458 ha, terdiri atas tanaman "
     "menghasilkan (TM) 98.705 ha dan tanaman belum menghasilkan (TBM) 13.753 ha; rata-rata umur "
     "tanaman 16,2 tahun.",
     [M("31 Desember 2023", 2023, "date"), M("112.458 ha", 112458, "quantity", "ha"),
      M("98.705 ha", 98705, "quantity", "ha"), M("13.753 ha", 13753, "quantity", "ha"),
      M("16,2 tahun", 16.2, "quantity", "year")]),
    ("Produksi TBS inti 2,34 juta ton dan TBS plasma 0,81 juta ton diolah di 26 PKS berkapasitas "
     "total 1.410 ton TBS/jam; rendemen minyak (OER) 21,8% dan kernel (KER) 4,6%.",
     [M("2,34 juta ton", 2.34 * MLN, "quantity", "t", MLN),
      M("0,81 juta ton", 0.81 * MLN, "quantity", "t", MLN), M("26", 26, "count"),
      M("1.410 ton TBS/jam", 1410, "quantity", "t/h"), M("21,8%", 21.8, "percent", "%"),
      M("4,6%", 4.6, "percent", "%")]),
    ("Harga TBS Provinsi Riau periode 8–14 Mei 2024 untuk kelompok umur 10–20 tahun ditetapkan "
     "Rp 2.713,58/kg, naik Rp 58,21 dari pekan lalu; indeks K 91,32%.",
     [M("8–14 Mei 2024", 2024, "date"), R("10–20 tahun", 10, 20, "year"),
      M("Rp 2.713,58/kg", 2713.58, "money", "IDR"), M("Rp 58,21", 58.21, "money", "IDR"),
      M("91,32%", 91.32, "percent", "%")]),
    # ---- agricultural and aquaculture extension bulletins
    ("Rekomendasi pemupukan padi sawah spesifik lokasi untuk Kecamatan Cangkringan: Urea 200–250 "
     "kg/ha, SP-36 75 kg/ha dan KCl 50 kg/ha, atau NPK Phonska 15-15-15 sebanyak 300 kg/ha "
     "ditambah Urea 150 kg/ha.",
     [R("200–250 kg/ha", 200, 250, "kg/ha"), M("36", 36, "other"),
      M("75 kg/ha", 75, "quantity", "kg/ha"), M("50 kg/ha", 50, "quantity", "kg/ha"),
      M("15-15-15", None, "other"), M("300 kg/ha", 300, "quantity", "kg/ha"),
      M("150 kg/ha", 150, "quantity", "kg/ha")]),
    ("Sistem tanam jajar legowo 2:1 dengan jarak tanam 25 x 12,5 x 50 cm meningkatkan populasi "
     "hingga 213.333 rumpun per hektare; bibit dipindah pada umur 15–21 HSS, 2–3 batang per "
     "lubang.",
     [M("2:1", None, "other"), M("25", 25, "quantity", "cm"), M("12,5", 12.5, "quantity", "cm"),
      M("50 cm", 50, "quantity", "cm"), M("213.333", 213333, "count"),
      R("15–21 HSS", 15, 21, "day"), R("2–3", 2, 3)]),
    ("Varietas Inpari 32 HDB berumur 120 hari setelah semai, tinggi tanaman ±97 cm, potensi hasil "
     "8,42 ton/ha GKG dan rata-rata hasil 6,30 ton/ha; tahan terhadap hawar daun bakteri "
     "patotipe III.",
     [M("32", 32, "other"), M("120 hari", 120, "quantity", "day"),
      M("97 cm", 97, "quantity", "cm"), M("8,42 ton/ha", 8.42, "quantity", "t/ha"),
      M("6,30 ton/ha", 6.3, "quantity", "t/ha"), M("III", 3, "identifier")]),
    ("Demplot jagung hibrida seluas 5 ha di Desa Tanjungsari menghasilkan rata-rata 9,6 ton "
     "pipilan kering per hektare dengan kadar air 15%; harga di tingkat petani Rp 5.200/kg.",
     [M("5 ha", 5, "quantity", "ha"),
      M("9,6 ton pipilan kering per hektare", 9.6, "quantity", "t/ha"),
      M("15%", 15, "percent", "%"), M("Rp 5.200/kg", 5200, "money", "IDR")]),
    ("Budidaya lele sistem bioflok: kolam bundar diameter 3 m, tinggi air 100–120 cm, padat tebar "
     "1.000 ekor/m³; pakan dengan protein 30–32%, FCR 0,9–1,1, dan panen setelah 90–100 hari "
     "dengan SR di atas 85%.",
     [M("3 m", 3, "quantity", "m"), R("100–120 cm", 100, 120, "cm"),
      M("1.000 ekor/m³", 1000, "quantity", "head/m3"), R("30–32%", 30, 32, "%"),
      R("0,9–1,1", 0.9, 1.1), R("90–100 hari", 90, 100, "day"), M("85%", 85, "percent", "%")]),
    ("Tambak udang vaname intensif di Pesisir Selatan: salinitas ideal 15–25 ppt, pH 7,5–8,5, DO "
     "minimal 4 mg/l dan suhu 28–31°C; panen parsial pertama pada DOC 60 dengan size 80 ekor/kg.",
     [R("15–25 ppt", 15, 25, "ppt"), R("7,5–8,5", 7.5, 8.5), M("4 mg/l", 4, "quantity", "mg/l"),
      R("28–31°C", 28, 31, "degC"), M("60", 60, "ordinal"),
      M("80 ekor/kg", 80, "quantity", "head/kg")]),
    ("Cabai merah ditanam dengan jarak 60 x 70 cm pada bedengan selebar 1–1,2 m; pemupukan susulan "
     "NPK 16-16-16 dilakukan tiap 10 hari sekali sebanyak 200 ml larutan per tanaman, dan panen "
     "pertama pada 75–85 HST.",
     [M("60", 60, "quantity", "cm"), M("70 cm", 70, "quantity", "cm"), R("1–1,2 m", 1, 1.2, "m"),
      M("16-16-16", None, "other"), M("10 hari", 10, "quantity", "day"),
      M("200 ml", 200, "quantity", "ml"), R("75–85 HST", 75, 85, "day")]),
]
ID += [
    # ---- volcano reports, BMKG
    ("Aktivitas Gunung Merapi periode 1–7 Maret 2024: teramati 2 kali awan panas guguran dengan "
     "jarak luncur maksimal 1.500 m ke arah barat daya dan 148 kali guguran lava hingga 1.900 m; "
     "status Level III (Siaga) sejak 5 November 2020.",
     [M("1–7 Maret 2024", 2024, "date"), M("2 kali", 2, "other", "times"),
      M("1.500 m", 1500, "quantity", "m"), M("148 kali", 148, "other", "times"),
      M("1.900 m", 1900, "quantity", "m"), M("III", 3, "identifier"),
      M("5 November 2020", 2020, "date")]),
    ("Kegempaan: Guguran 112 kali, amplitudo 3–32 mm, durasi 35–163 detik; Hembusan 18 kali; "
     "Vulkanik Dalam 1 kali, amplitudo 5 mm, S-P 1,2 detik. Tinggi kolom abu teramati ±1.200 m di "
     "atas puncak (±4.011 m di atas permukaan laut).",
     [M("112 kali", 112, "other", "times"), R("3–32 mm", 3, 32, "mm"),
      R("35–163 detik", 35, 163, "second"), M("18 kali", 18, "other", "times"),
      M("1 kali", 1, "other", "times"), M("5 mm", 5, "quantity", "mm"),
      M("1,2 detik", 1.2, "quantity", "second"), M("1.200 m", 1200, "quantity", "m"),
      M("4.011 m", 4011, "quantity", "m")]),
    ("Info Gempa Mag:5.6, 21-Nov-22 13:21:10 WIB, Lok:6.84 LS, 107.05 BT (10 km BaratDaya "
     "KAB-CIANJUR-JABAR), Kedlmn:10 Km, Dirasakan (MMI) V Cianjur, III-IV Sukabumi ::BMKG",
     [M("5.6", 5.6, "other", "magnitude"), M("21-Nov-22", 2022, "date"),
      M("13:21:10", 13 + 21 / 60 + 10 / 3600, "other"), M("6.84 LS", 6.84, "quantity", "deg"),
      M("107.05 BT", 107.05, "quantity", "deg"), M("10 km", 10, "quantity", "km"),
      M("10 Km", 10, "quantity", "km"), M("V", 5, "other", "MMI"), R("III-IV", 3, 4, "MMI")]),
    ("Prakiraan cuaca Jumat, 12 Januari 2024: Yogyakarta hujan ringan, suhu 23–31°C, kelembapan "
     "70–95%, angin dari barat daya 10–30 km/jam. Waspada gelombang 2,5–4,0 m di perairan "
     "selatan DIY.",
     [M("12 Januari 2024", 2024, "date"), R("23–31°C", 23, 31, "degC"), R("70–95%", 70, 95, "%"),
      R("10–30 km/jam", 10, 30, "km/h"), R("2,5–4,0 m", 2.5, 4, "m")]),
    ("Letusan Tambora 10–11 April 1815 memuntahkan sekitar 150 km³ material dan menewaskan tidak "
     "kurang dari 71.000 orang. Tinggi gunung itu berkurang dari kira-kira 4.300 m menjadi 2.851 "
     "m.",
     [M("10–11 April 1815", 1815, "date"), M("150 km³", 150, "quantity", "km3"),
      M("71.000", 71000, "count"), R("4.300 m menjadi 2.851 m", 4300, 2851, "m")]),
    ("Letusan Krakatau 27 Agustus 1883 pukul 10.02 terdengar hingga Pulau Rodrigues sejauh 4.800 "
     "km; tsunami setinggi 30 m menewaskan 36.417 jiwa menurut laporan resmi pemerintah Hindia "
     "Belanda.[9]",
     [M("27 Agustus 1883", 1883, "date"), M("10.02", 10 + 2 / 60, "other"),
      M("4.800 km", 4800, "quantity", "km"), M("30 m", 30, "quantity", "m"),
      M("36.417", 36417, "count"), M("9", 9, "reference")]),
    # ---- admissions
    ("Daya tampung SNBP 2024 Universitas Gadjah Mada sebanyak 2.136 kursi atau 20% dari kuota "
     "mahasiswa baru; pendaftar mencapai 19.852 orang, sehingga tingkat keketatan rata-rata 1:9,3 "
     "dan untuk Prodi Pendidikan Dokter 1:41.",
     [M("2024", 2024, "year"), M("2.136", 2136, "count"), M("20%", 20, "percent", "%"),
      M("19.852", 19852, "count"), M("1:9,3", None, "other"), M("1:41", None, "other")]),
    ("Besaran UKT Program Sarjana 2024/2025 dibagi dalam 8 kelompok: kelompok 1 Rp 500.000, "
     "kelompok 2 Rp 1.000.000, hingga kelompok 8 sebesar Rp 14.750.000 per semester untuk "
     "Fakultas Kedokteran.",
     [R("2024/2025", 2024, 2025), M("8", 8, "count"), M("1", 1, "identifier"),
      M("Rp 500.000", 500000, "money", "IDR"), M("2", 2, "identifier"),
      M("Rp 1.000.000", 1000000, "money", "IDR"), M("8", 8, "identifier"),
      M("Rp 14.750.000", 14750000, "money", "IDR")]),
    ("Juknis PPDB SMA Negeri Jawa Tengah 2024: jalur zonasi paling sedikit 50%, afirmasi 15%, "
     "perpindahan tugas orang tua 5% dan sisanya prestasi; usia paling tinggi 21 tahun pada 1 Juli "
     "2024.",
     [M("2024", 2024, "year"), M("50%", 50, "percent", "%"), M("15%", 15, "percent", "%"),
      M("5%", 5, "percent", "%"), M("21 tahun", 21, "quantity", "year"),
      M("1 Juli 2024", 2024, "date")]),
    ("SMA Negeri 3 Yogyakarta menerima 288 peserta didik baru dalam 8 rombongan belajar, "
     "masing-masing 36 siswa; jarak terjauh pendaftar zonasi yang diterima 1,37 km dengan nilai "
     "rata-rata rapor 88,45.",
     [M("3", 3, "identifier"), M("288", 288, "count"), M("8", 8, "count"), M("36", 36, "count"),
      M("1,37 km", 1.37, "quantity", "km"), M("88,45", 88.45, "other")]),
    ("Pada 1930/31 terdapat 1.716 HIS dengan 71.620 murid, sedangkan Sekolah Desa (volksschool) "
     "tiga tahun berjumlah 17.695 buah; uang sekolah HIS berkisar ƒ 0,50 sampai ƒ 12 sebulan "
     "menurut penghasilan orang tua.",
     [R("1930/31", 1930, 1931), M("1.716", 1716, "count"), M("71.620", 71620, "count"),
      M("tiga tahun", 3, "quantity", "year"), M("17.695", 17695, "count"),
      R("ƒ 0,50 sampai ƒ 12", 0.5, 12, "NLG")]),
    ("Skor UTBK-SNBT 2023 untuk Penalaran Matematika berkisar 239,3–960,2 dengan rerata nasional "
     "522,45; peserta ujian 803.852 orang di 74 PTN pusat UTBK, dan yang lulus 197.820 (24,6%).",
     [M("2023", 2023, "year"), R("239,3–960,2", 239.3, 960.2), M("522,45", 522.45, "other"),
      M("803.852", 803852, "count"), M("74", 74, "count"), M("197.820", 197820, "count"),
      M("24,6%", 24.6, "percent", "%")]),
    # ---- badminton and football
    ("Jonatan Christie menjuarai All England 2024 setelah mengalahkan Anthony Sinisuka Ginting "
     "21-15, 21-14 dalam 41 menit; ia membawa pulang hadiah US$ 99.750 dan naik ke peringkat ke-3 "
     "dunia.",
     [M("2024", 2024, "year"), M("21-15", None, "other"), M("21-14", None, "other"),
      M("41 menit", 41, "quantity", "minute"), M("US$ 99.750", 99750, "money", "USD"),
      M("ke-3", 3, "ordinal")]),
    ("Di semifinal Indonesia Open, Fajar/Rian menyerah 19-21, 21-18, 17-21 kepada pasangan "
     "Tiongkok dalam rubber game yang berlangsung 1 jam 12 menit.",
     [M("19-21", None, "other"), M("21-18", None, "other"), M("17-21", None, "other"),
      M("1 jam", 1, "quantity", "hour"), M("12 menit", 12, "quantity", "minute")]),
    ("Pada Olimpiade Barcelona 1992 Alan Budikusuma dan Susi Susanti meraih dua medali emas "
     "pertama bagi Indonesia; di final Susi menang 5-11, 11-5, 11-3 atas Bang Soo-hyun.",
     [M("1992", 1992, "year"), M("dua", 2, "count"), M("5-11", None, "other"),
      M("11-5", None, "other"), M("11-3", None, "other")]),
    ("Timnas U-23 Indonesia lolos ke semifinal Piala Asia U-23 2024 setelah menang adu penalti "
     "11-10 atas Korea Selatan; di waktu normal skor 2-2, gol dicetak Rafael Struick (15', 45+1').",
     [M("U-23", 23, "identifier"), M("U-23", 23, "identifier"), M("2024", 2024, "year"),
      M("11-10", None, "other"), M("2-2", None, "other"), M("15'", 15, "ordinal"),
      M("45", 45, "ordinal"), M("+1'", 1, "other")]),
    ("Klasemen akhir Liga 1 2023/2024 reguler: Borneo FC 71 poin dari 34 laga, Persib 60 poin, "
     "Bali United 56; Persib kemudian juara setelah menang agregat 6-1 atas Madura United di "
     "final championship series.",
     [M("1", 1, "other"), R("2023/2024", 2023, 2024), M("71", 71, "count"), M("34", 34, "count"),
      M("60", 60, "count"), M("56", 56, "count"), M("6-1", None, "other")]),
    ("PON XXI Aceh–Sumut 2024 mempertandingkan 65 cabang olahraga dengan 1.002 nomor; Jawa Barat "
     "juara umum dengan 206 emas, 193 perak dan 238 perunggu, sedangkan pelari putri terbaik "
     "mencatat 11,52 detik di nomor 100 m.",
     [M("XXI", 21, "ordinal"), M("2024", 2024, "year"), M("65", 65, "count"),
      M("1.002", 1002, "count"), M("206", 206, "count"), M("193", 193, "count"),
      M("238", 238, "count"), M("11,52 detik", 11.52, "quantity", "second"),
      M("100 m", 100, "quantity", "m")]),
]
ID += [
    # ---- history textbook, 1945-1949
    ("Kompetensi Dasar 3.4 Menganalisis strategi perjuangan bangsa Indonesia mempertahankan "
     "kemerdekaan (1945–1949). Kerjakan latihan soal nomor 1–5 pada halaman 142! (1) Mengapa "
     "Serangan Umum 1 Maret 1949 penting bagi diplomasi Indonesia di PBB?",
     [M("3.4", None, "identifier"), R("1945–1949", 1945, 1949),
      M("nomor 1–5", 1, "identifier", range_end=5), M("142", 142, "reference"),
      M("1", 1, "identifier"), M("1 Maret 1949", 1949, "date")]),
    ("Ultimatum Mayor Jenderal Mansergh menuntut rakyat Surabaya menyerahkan senjata paling lambat "
     "pukul 06.00 tanggal 10 November 1945. Pertempuran berlangsung kurang lebih tiga minggu dan "
     "menewaskan sekitar 6.000–16.000 pejuang Indonesia (lihat Gambar 4.7).",
     [M("06.00", 6, "other"), M("10 November 1945", 1945, "date"),
      M("tiga minggu", 3, "quantity", "week"), R("6.000–16.000", 6000, 16000),
      M("4.7", None, "identifier")]),
    ("Perundingan Linggarjati (11–13 November 1946) menghasilkan 17 pasal; isi pokoknya tercantum "
     "dalam Pasal 1 sampai 3. Belanda melanggarnya dengan Agresi Militer I pada 21 Juli 1947.",
     [M("11–13 November 1946", 1946, "date"), M("17", 17, "count"),
      M("1 sampai 3", 1, "identifier", range_end=3), M("I", 1, "ordinal"),
      M("21 Juli 1947", 1947, "date")]),
    ("Komite Tiga Negara (KTN) beranggotakan Australia, Belgia dan Amerika Serikat. Perjanjian "
     "Renville ditandatangani pada 17 Januari 1948 di atas kapal USS Renville; akibatnya sekitar "
     "35.000 prajurit Divisi Siliwangi harus hijrah ke Jawa Tengah.21",
     [M("Tiga", 3, "other"), M("17 Januari 1948", 1948, "date"), M("35.000", 35000, "count"),
      M("21", 21, "reference", glued=True)]),
    ("Pada Konferensi Meja Bundar (23 Agustus–2 November 1949) disepakati bahwa RIS menanggung "
     "utang Hindia Belanda sebesar 4,3 miliar gulden, sedangkan masalah Irian Barat akan dibahas "
     "dalam waktu satu tahun.",
     [M("23 Agustus", None, "date"), M("2 November 1949", 1949, "date"),
      M("4,3 miliar gulden", 4.3 * MLRD, "money", "NLG", MLRD),
      M("satu tahun", 1, "quantity", "year")]),
    ("Panitia Sembilan yang dibentuk 1 Juni 1945 merumuskan Piagam Jakarta pada 22 Juni 1945; PPKI "
     "yang beranggotakan 21 orang (kemudian ditambah 6) mengesahkan UUD pada 18 Agustus 1945.",
     [M("Sembilan", 9, "other"), M("1 Juni 1945", 1945, "date"), M("22 Juni 1945", 1945, "date"),
      M("21", 21, "count"), M("6", 6, "count"), M("18 Agustus 1945", 1945, "date")]),
    ("⁷ A.H. Nasution, Sekitar Perang Kemerdekaan Indonesia, Jilid 10 (Bandung: Disjarah AD & "
     "Angkasa, 1979), hlm. 233–236. ⁸ Kahin 1952: 412.",
     [M("⁷", 7, "reference"), M("10", 10, "reference"), M("1979", 1979, "reference"),
      M("233–236", 233, "reference", range_end=236), M("⁸", 8, "reference"),
      M("1952", 1952, "reference"), M("412", 412, "reference")]),
    ("Dalam seperempat abad pertama kemerdekaan, jumlah mahasiswa melonjak dari sekitar 1.000 "
     "orang pada 1950 menjadi 237.000 pada 1970-an.²³",
     [M("seperempat abad", 0.25, "quantity", "century"), M("1.000", 1000, "count"),
      M("1950", 1950, "year"), M("237.000", 237000, "count"), M("1970", 1970, "year"),
      M("²³", 23, "reference")]),
    # ---- posyandu and stunting
    ("Laporan Posyandu Melati Dusun Jaten bulan Agustus 2024: balita sasaran (S) 64 anak, "
     "ditimbang (D) 58 anak, sehingga D/S 90,6%; 3 balita berstatus gizi kurang dan 1 anak "
     "stunting.",
     [M("Agustus 2024", 2024, "date"), M("64", 64, "count"), M("58", 58, "count"),
      M("90,6%", 90.6, "percent", "%"), M("3", 3, "count"), M("1", 1, "count")]),
    ("Hasil pengukuran: An. R, laki-laki, umur 18 bulan, BB 8,9 kg, PB 76,2 cm; z-score PB/U "
     "-2,31 SD (pendek), BB/PB -0,8 SD (gizi baik). Anak dirujuk ke puskesmas untuk pemeriksaan "
     "Hb.",
     [M("18 bulan", 18, "quantity", "month"), M("8,9 kg", 8.9, "quantity", "kg"),
      M("76,2 cm", 76.2, "quantity", "cm"), M("-2,31 SD", -2.31, "other", "SD"),
      M("-0,8 SD", -0.8, "other", "SD")]),
    ("Prevalensi stunting Kabupaten Brebes menurut SSGI 2022 sebesar 29,1%, turun menjadi 24,6% "
     "pada SKI 2023; target nasional 14% pada 2024 memerlukan penurunan 3,8 poin persen per "
     "tahun.",
     [M("2022", 2022, "year"), M("29,1%", 29.1, "percent", "%"), M("24,6%", 24.6, "percent", "%"),
      M("2023", 2023, "year"), M("14%", 14, "percent", "%"), M("2024", 2024, "year"),
      M("3,8 poin persen", 3.8, "percent", "%")]),
    ("Ibu hamil KEK dengan LiLA < 23,5 cm mendapat PMT biskuit 2 keping per hari selama 120 hari, "
     "serta tablet tambah darah minimal 90 butir selama kehamilan; kadar Hb normal ≥ 11 g/dl.",
     [M("23,5 cm", 23.5, "quantity", "cm"), M("2", 2, "count"),
      M("120 hari", 120, "quantity", "day"), M("90", 90, "count"),
      M("11 g/dl", 11, "quantity", "g/dl")]),
    # ---- ferries, ships and flights
    ("Selama angkutan Lebaran 2024, penyeberangan Merak–Bakauheni dilayani 28 kapal di 7 dermaga "
     "dengan waktu tempuh sekitar 2 jam; tarif penumpang dewasa kelas ekonomi Rp 23.000 dan "
     "kendaraan golongan IV penumpang Rp 534.000.",
     [M("2024", 2024, "year"), M("28", 28, "count"), M("7", 7, "count"),
      M("2 jam", 2, "quantity", "hour"), M("Rp 23.000", 23000, "money", "IDR"),
      M("IV", 4, "identifier"), M("Rp 534.000", 534000, "money", "IDR")]),
    ("KMP Bahtera Nusantara 01 rute Ketapang–Gilimanuk (5 mil laut) melayani 16 trip sehari; pada "
     "H-3 Lebaran volume kendaraan mencapai 14.562 unit, naik 9,8% dari tahun lalu.",
     [M("01", 1, "other"), M("5 mil laut", 5, "quantity", "nmi"), M("16", 16, "count"),
      M("3", 3, "other"), M("14.562", 14562, "count"), M("9,8%", 9.8, "percent", "%")]),
    ("Penerbangan Garuda Indonesia GA 404 Jakarta–Denpasar dijadwalkan berangkat pukul 05.45 WIB "
     "dan tiba 08.40 WITA, menggunakan Boeing 737-800 dengan 162 kursi; bagasi gratis 20 kg.",
     [M("GA 404", 404, "identifier"), M("05.45", 5.75, "other"), M("08.40", 8 + 40 / 60, "other"),
      M("737-800", None, "identifier"), M("162", 162, "count"), M("20 kg", 20, "quantity", "kg")]),
    ("Pelabuhan Tanjung Priok menangani 7,01 juta TEUs peti kemas pada 2023 dengan dwelling time "
     "rata-rata 2,8 hari; antrean kapal di dermaga JICT 2 sempat mencapai 36 jam.",
     [M("7,01 juta TEUs", 7.01 * MLN, "quantity", "TEU", MLN), M("2023", 2023, "year"),
      M("2,8 hari", 2.8, "quantity", "day"), M("2", 2, "identifier"),
      M("36 jam", 36, "quantity", "hour")]),
    ("Trem uap Batavia (1881–1913) melayani rute Kota–Meester Cornelis sepanjang 14 km dengan "
     "kecepatan paling tinggi 20 km/jam; karcis kelas II seharga 10 sen.",
     [R("1881–1913", 1881, 1913), M("14 km", 14, "quantity", "km"),
      M("20 km/jam", 20, "quantity", "km/h"), M("II", 2, "identifier"),
      M("10 sen", 0.1, "money", "NLG")]),
]
ID += [
    # ---- Dutch colonial reports in translation
    ("Dalam memori serah jabatannya tahun 1931, Residen Madiun menyebutkan bahwa keresidenan itu "
     "terdiri atas 5 kabupaten dengan penduduk 1.482.319 jiwa menurut cacah jiwa 1930, dan "
     "jaringan jalan sepanjang 1.214 pal, 386 pal di antaranya sudah diaspal.",
     [M("1931", 1931, "year"), M("5", 5, "count"), M("1.482.319", 1482319, "count"),
      M("1930", 1930, "year"), M("1.214 pal", 1214, "quantity", "pal"),
      M("386 pal", 386, "quantity", "pal")]),
    ("Pajak tanah (landrente) di afdeeling Ponorogo tahun 1929 berjumlah ƒ 1.034.612,50, rata-rata "
     "ƒ 3,87 per bau sawah kelas I dan ƒ 1,20 untuk tegalan; tunggakan hanya 0,6 persen.",
     [M("1929", 1929, "year"), M("ƒ 1.034.612,50", 1034612.5, "money", "NLG"),
      M("ƒ 3,87", 3.87, "money", "NLG"), M("I", 1, "identifier"),
      M("ƒ 1,20", 1.2, "money", "NLG"), M("0,6 persen", 0.6, "percent", "%")]),
    ("Menurut Beschikking Gubernur Jenderal tanggal 4 Juni 1926 No. 17 (Staatsblad 1926 No. 232), "
     "onderdistrik yang berpenduduk kurang dari 25.000 jiwa digabungkan; satu pal ditetapkan "
     "setara 1.506,943 meter.",
     [M("4 Juni 1926", 1926, "date"), M("No. 17", 17, "identifier"), M("1926", 1926, "reference"),
      M("No. 232", 232, "reference"), M("25.000", 25000, "count"),
      M("satu pal", 1, "quantity", "pal"), M("1.506,943 meter", 1506.943, "quantity", "m")]),
    ("Verslag irigasi 1914: bendungan Glapan di Kali Tuntang mengairi 27.000 bau; debit rencana "
     "saluran induk 18 m³ per detik, dan pembangunannya menelan biaya ƒ 2,3 juta dalam 6 tahun.",
     [M("1914", 1914, "year"), M("27.000 bau", 27000, "quantity", "bahu"),
      M("18 m³ per detik", 18, "quantity", "m3/s"),
      M("ƒ 2,3 juta", 2.3 * MLN, "money", "NLG", MLN), M("6 tahun", 6, "quantity", "year")]),
    ("Di Batavia tahun 1905 harga tanah di Weltevreden mencapai ƒ 15 per roede persegi (1 roede "
     "persegi ≈ 14,19 m²).",
     [M("1905", 1905, "year"), M("ƒ 15", 15, "money", "NLG"),
      M("1 roede persegi", 1, "quantity", "roede2"), M("14,19 m²", 14.19, "quantity", "m2")]),
    # ---- zakat, waqf, marriage
    ("BAZNAS mencatat penghimpunan zakat, infak dan sedekah (ZIS) nasional 2023 sebesar Rp 32,32 "
     "triliun, tumbuh 43,6% dari 2022, yang disalurkan kepada sekitar 95,4 juta mustahik.",
     [M("2023", 2023, "year"), M("Rp 32,32 triliun", 32.32 * TRLN, "money", "IDR", TRLN),
      M("43,6%", 43.6, "percent", "%"), M("2022", 2022, "year"),
      M("95,4 juta", 95.4 * MLN, "count", None, MLN)]),
    ("Nisab zakat penghasilan tahun 2024 ditetapkan setara 85 gram emas, yaitu Rp 82.312.725 per "
     "tahun atau Rp 6.859.394 per bulan; kadar zakatnya 2,5%.",
     [M("2024", 2024, "year"), M("85 gram", 85, "quantity", "g"),
      M("Rp 82.312.725", 82312725, "money", "IDR"), M("Rp 6.859.394", 6859394, "money", "IDR"),
      M("2,5%", 2.5, "percent", "%")]),
    ("Menurut Siwak Kemenag terdapat 440.512 lokasi tanah wakaf dengan luas total 57.263,69 ha, "
     "57,42% di antaranya sudah bersertifikat; sebanyak 44,6% dipakai untuk masjid, dan hampir "
     "tiga perempatnya berada di Jawa.",
     [M("440.512", 440512, "count"), M("57.263,69 ha", 57263.69, "quantity", "ha"),
      M("57,42%", 57.42, "percent", "%"), M("44,6%", 44.6, "percent", "%"),
      M("tiga perempatnya", 0.75, "other")]),
    ("Berdasarkan PP 48/2014, nikah di KUA pada jam kerja tidak dipungut biaya (Rp 0), sedangkan "
     "nikah di luar KUA atau di luar jam kerja dikenai PNBP Rp 600.000; pada 2023 KUA se-Indonesia "
     "mencatat 1.577.255 peristiwa nikah.",
     [M("48/2014", 48, "identifier"), M("Rp 0", 0, "money", "IDR"),
      M("Rp 600.000", 600000, "money", "IDR"), M("2023", 2023, "year"),
      M("1.577.255", 1577255, "count")]),
    ("Muhammadiyah menetapkan 1 Ramadan 1445 H jatuh pada 11 Maret 2024 berdasarkan hisab wujudul "
     "hilal, sedangkan tinggi hilal saat magrib 29 Syakban baru 0° 58' di Banda Aceh.",
     [M("1 Ramadan 1445", 1445, "date"), M("11 Maret 2024", 2024, "date"),
      M("29 Syakban", None, "date"), M("0° 58'", 58 / 60, "quantity", "deg")]),
    ("Telah berpulang ke rahmatullah Bapak H. Soedarmo bin Karto Wiryo pada Selasa Pon, 5 Maret "
     "2024 pukul 03.15 WIB dalam usia 87 tahun. Jenazah dimakamkan di Makam Kutu Dukuh pukul "
     "13.00.",
     [M("5 Maret 2024", 2024, "date"), M("03.15", 3.25, "other"),
      M("87 tahun", 87, "quantity", "year"), M("13.00", 13, "other")]),
    # ---- BPS press releases
    ("Berita Resmi Statistik No. 15/02/Th. XXVII, 5 Februari 2024: ekonomi Indonesia triwulan "
     "IV-2023 tumbuh 5,04 persen (y-on-y) dan secara kumulatif 2023 tumbuh 5,05 persen (c-to-c).",
     [M("No. 15/02/Th. XXVII", 15, "identifier"), M("5 Februari 2024", 2024, "date"),
      M("IV", 4, "ordinal"), M("2023", 2023, "year"), M("5,04 persen", 5.04, "percent", "%"),
      M("2023", 2023, "year"), M("5,05 persen", 5.05, "percent", "%")]),
    ("Nilai Tukar Petani (NTP) Februari 2024 sebesar 120,97 atau naik 2,17 persen dibanding bulan "
     "sebelumnya; rata-rata harga gabah kering panen di tingkat petani Rp 7.402 per kg.",
     [M("Februari 2024", 2024, "date"), M("120,97", 120.97, "other"),
      M("2,17 persen", 2.17, "percent", "%"), M("Rp 7.402", 7402, "money", "IDR")]),
    ("Penduduk bekerja Februari 2024 sebanyak 142,18 juta orang, naik 3,55 juta dari Februari "
     "2023; sebanyak 59,17% bekerja pada kegiatan informal, dan setengah penganggur 6,68%.",
     [M("Februari 2024", 2024, "date"), M("142,18 juta", 142.18 * MLN, "count", None, MLN),
      M("3,55 juta", 3.55 * MLN, "count", None, MLN), M("Februari 2023", 2023, "date"),
      M("59,17%", 59.17, "percent", "%"), M("6,68%", 6.68, "percent", "%")]),
]
ID += [
    # ---- online news 2006-2024
    ("Harga Pertalite tetap Rp 10.000 per liter, sementara Pertamax naik dari Rp 12.950 menjadi "
     "Rp 13.300 per liter mulai 1 Oktober 2023 pukul 14.00 WIB; elpiji 3 kg tetap dijual dengan "
     "HET Rp 18.000 per tabung di Jawa.",
     [M("Rp 10.000", 10000, "money", "IDR"), R("Rp 12.950 menjadi Rp 13.300", 12950, 13300, "IDR"),
      M("1 Oktober 2023", 2023, "date"), M("14.00", 14, "other"), M("3 kg", 3, "quantity", "kg"),
      M("Rp 18.000", 18000, "money", "IDR")]),
    ("IHSG ditutup melemah 0,53% atau 37,41 poin ke level 7.049,12 pada perdagangan Senin "
     "(11/3/2024); nilai transaksi mencapai Rp 10,2 triliun dengan volume 21,4 miliar saham, "
     "sementara investor asing mencatat jual bersih Rp 312,6 miliar.",
     [M("0,53%", 0.53, "percent", "%"), M("37,41 poin", 37.41, "other", "point"),
      M("7.049,12", 7049.12, "other"), M("11/3/2024", 2024, "date"),
      M("Rp 10,2 triliun", 10.2 * TRLN, "money", "IDR", TRLN),
      M("21,4 miliar", 21.4 * MLRD, "count", None, MLRD),
      M("Rp 312,6 miliar", 312.6 * MLRD, "money", "IDR", MLRD)]),
    ("Gubernur menetapkan UMP 2025 sebesar Rp 2.264.080, naik 6,5% atau Rp 138.180 dari UMP 2024, "
     "melalui Keputusan Gubernur Nomor 320 Tahun 2024 tertanggal 11 Desember 2024.",
     [M("2025", 2025, "year"), M("Rp 2.264.080", 2264080, "money", "IDR"),
      M("6,5%", 6.5, "percent", "%"), M("Rp 138.180", 138180, "money", "IDR"),
      M("2024", 2024, "year"), M("Nomor 320", 320, "identifier"), M("2024", 2024, "year"),
      M("11 Desember 2024", 2024, "date")]),
    ("Mulai 1 April 2022 tarif PPN naik dari 10% menjadi 11% sesuai UU Nomor 7 Tahun 2021, dan "
     "paling lambat 1 Januari 2025 menjadi 12%; PTKP orang pribadi tetap Rp 54 juta setahun.",
     [M("1 April 2022", 2022, "date"), R("10% menjadi 11%", 10, 11, "%"),
      M("Nomor 7", 7, "identifier"), M("2021", 2021, "year"), M("1 Januari 2025", 2025, "date"),
      M("12%", 12, "percent", "%"), M("Rp 54 juta", 54 * MLN, "money", "IDR", MLN)]),
    ("Update Covid-19 Rabu (14/7/2021): kasus baru bertambah 54.517 sehingga total 2.670.046; "
     "positivity rate harian 31,5% dan 991 pasien meninggal dalam 24 jam terakhir. PPKM Darurat "
     "diperpanjang hingga 25 Juli.",
     [M("19", 19, "other"), M("14/7/2021", 2021, "date"), M("54.517", 54517, "count"),
      M("2.670.046", 2670046, "count"), M("31,5%", 31.5, "percent", "%"), M("991", 991, "count"),
      M("24 jam", 24, "quantity", "hour"), M("25 Juli", None, "date")]),
    ("KOMPAS.com – Diperbarui 2019-09-24, 21:47 WIB. Ribuan mahasiswa berunjuk rasa menolak revisi "
     "UU KPK di depan Gedung DPR; polisi menyebut 232 orang luka-luka dan 3 orang dirawat "
     "intensif.",
     [M("2019-09-24", 2019, "date"), M("21:47", 21 + 47 / 60, "other"), M("232", 232, "count"),
      M("3", 3, "count")]),
    ("Semburan lumpur Lapindo sejak 29 Mei 2006 telah menenggelamkan 12 desa di 3 kecamatan dan "
     "memaksa 39.700 jiwa mengungsi; ganti rugi dibayar Rp 1 juta per m² untuk tanah kering dan "
     "Rp 120.000 per m² untuk sawah.",
     [M("29 Mei 2006", 2006, "date"), M("12", 12, "count"), M("3", 3, "count"),
      M("39.700", 39700, "count"), M("Rp 1 juta", MLN, "money", "IDR", MLN),
      M("Rp 120.000", 120000, "money", "IDR")]),
    ("Selama Operasi Ketupat 2024 (13 hari, 4–16 April) terjadi 3.089 kecelakaan lalu lintas "
     "dengan 429 korban meninggal dunia, turun 15% dibanding periode yang sama tahun 2023; "
     "pemudik sepeda motor diperkirakan 6,6 juta orang.",
     [M("2024", 2024, "year"), M("13 hari", 13, "quantity", "day"), M("4–16 April", None, "date"),
      M("3.089", 3089, "count"), M("429", 429, "count"), M("15%", 15, "percent", "%"),
      M("2023", 2023, "year"), M("6,6 juta", 6.6 * MLN, "count", None, MLN)]),
    ("Wajib pajak dapat memakai NIK 16 digit sebagai NPWP mulai 1 Juli 2024; NPWP lama berformat "
     "15 digit seperti 01.234.567.8-901.000 ditambah angka 0 di depan sehingga menjadi 16 digit.",
     [M("16", 16, "count"), M("1 Juli 2024", 2024, "date"), M("15", 15, "count"),
      M("01.234.567.8-901.000", None, "identifier"), M("0", 0, "other"), M("16", 16, "count")]),
    # ---- classified and job advertisements
    ("DIJUAL CEPAT rumah 2 lantai di Perum Griya Asri Blok C-12, Sleman: LT 150 m², LB 120 m², 4 "
     "KT, 3 KM, listrik 2.200 watt, SHM, harga 1,35 M nego. Hub. 0813-2745-6610 (WA).",
     [M("2", 2, "count"), M("C-12", 12, "identifier"), M("150 m²", 150, "quantity", "m2"),
      M("120 m²", 120, "quantity", "m2"), M("4", 4, "count"), M("3", 3, "count"),
      M("2.200 watt", 2200, "quantity", "W"), M("1,35 M", 1.35 * MLRD, "money", "IDR", MLRD),
      M("0813-2745-6610", None, "identifier")]),
    ("Disewakan kamar kos putri dekat UNY, ukuran 3x4 m, kamar mandi dalam, Rp 1,1 jt/bln sudah "
     "termasuk listrik; minimal sewa 6 bulan. Lokasi Jl. Kaliurang Km 5,6 Gg. Pandega 12.",
     [M("3", 3, "quantity", "m", glued=True), M("4 m", 4, "quantity", "m", glued=True),
      M("Rp 1,1 jt/bln", 1.1 * MLN, "money", "IDR", MLN), M("6 bulan", 6, "quantity", "month"),
      M("Km 5,6", 5.6, "quantity", "km"), M("12", 12, "identifier")]),
    ("LOWONGAN: Dibutuhkan 3 orang staf akuntansi, usia maks. 28 tahun, pendidikan min. S1/D3 "
     "Akuntansi dengan IPK ≥ 3,00, pengalaman 1–2 tahun; gaji Rp 4,5–5,5 juta + BPJS. Lamaran "
     "dikirim paling lambat 30/06/2024.",
     [M("3", 3, "count"), M("28 tahun", 28, "quantity", "year"), M("1", 1, "other", glued=True),
      M("3", 3, "other", glued=True), M("3,00", 3, "other"), R("1–2 tahun", 1, 2, "year"),
      R("Rp 4,5–5,5 juta", 4.5 * MLN, 5.5 * MLN, "IDR", MLN), M("30/06/2024", 2024, "date")]),
]
# fmt: on


def main() -> None:
    _bh.build_all({"id": ID}, "dev_id3", HERE)


if __name__ == "__main__":
    main()
