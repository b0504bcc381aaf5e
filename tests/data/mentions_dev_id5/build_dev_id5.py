"""Build the fifth Indonesian numeric-mention development set (``dev_id5_id.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_dev_id5/build_dev_id5.py

A **development** set: the Indonesian rules of ``analysis.mentions`` are tuned on it, so
its scores say nothing about generalisation (the held-out sets do that).  Like the fourth
Indonesian development set it is **ordinary, broad** Indonesian, spread over these
registers: modern national and regional news (prices and the rupiah, fuel, incidents,
landslides and earthquakes, weather, courts, football and badminton, elections and the
budget, Covid-19); Wikipedia-style articles (history, biographies, geography, science,
companies); older texts from the 1950s to the 1990s (news and books in the Soewandi
spelling with ``dj``, ``tj``, ``j`` and the reduplication sign ``2``, and in the 1970s-80s
spelling with ``Nopember``, ``Pebruari``, ``milyar``); government regulations, press
releases and budget documents; BPS statistical releases; company annual reports;
scientific and health writing (a journal abstract, dosage, hypertension, dengue,
anaemia with author-date citations); culture and religion (Nyepi, Prambanan, the hajj,
Ramadan timetables, gamelan, the Cathedral, batik).  The passages were written for this
set in the style of those registers, with the number conventions real writers use
(``Rp 16.210``, ``Rp500.000.000,00 (lima ratus juta rupiah)``, ``5,05 persen``,
``Senin (9/12)``, ``pukul 23.29 WIB``, ``A (52)``, ``Km 22``, ``[2]``, ``hlm. 112–115``).
They were annotated **blind**, from ``docs/numeric-mentions.md`` and the decisions in
the docstrings of ``tests/data/mentions_heldout/build_heldout.py``,
``mentions_heldout2/build_heldout2.py``, ``mentions_heldout3/build_heldout3.py`` and the
``tests/data/mentions_dev_*/build_dev_*.py`` scripts, without reading the extractor's
code and without running it on them.  Texts are already normalised (plain spaces, no
NBSP / thin spaces).

Each passage is ``(text, [mentions in text order])`` using the ``M`` / ``R`` helpers and
the ``annotate`` validator of ``tests/data/mentions_heldout/build_heldout.py`` (offsets are
found with ``str.find`` from the end of the previous mention, never typed).  No currency
beyond the validator's ``CURRENCIES`` was needed (IDR, USD).

Ordinary text also carries words that look numeric but are not mentions, kept on purpose
and left unannotated: ``ketiga``, ``kelima``, ``pertama``, ``sepekan``, ``sehari``,
``seliter``, ``sekilo``, ``seorang``, the months ``Januari`` alone, and the Sanskrit
numeral of a fixed term (``Catur Brata Penyepian``, like dev_id2's ``Trikora``).

Decisions taken here where the spec and the earlier docstrings are silent, each with the
example that settled it:

* **The reduplication sign ``2``** of the old spelling, glued to a word (``dipasar2``,
  ``kira2``), writes the word twice (``pasar-pasar``, ``kira-kira``); it is not a number
  and is not annotated (like dev_id2's distributive ``dua-dua``).
* **Older month and scale spellings** read like the modern ones: ``14 Djuni`` and
  ``5 Nopember 1977`` are dates, ``Rp 10 milyar`` has the scale 1e9, ``Rp 3.100 djuta``
  the scale 1e6 (3.1e9 IDR), ``separoh`` is ``separuh`` (0.5).
* **Centuries joined with the noun repeated** (``abad ke-7 hingga abad ke-13``) are two
  ``ordinal`` mentions, not a range: the noun ``abad`` stays outside an ordinal's span,
  so the connector does not join the two ends directly (dev_id's rule for ranges
  interrupted by other words); ``KM 47 hingga KM 70`` differs because ``KM`` is a unit
  inside the span.
* **A date inside a name** (``Operasi 17 Agustus``) is a ``date`` with value null: the
  date rule comes before the ``other`` of names containing a number.
* **A Hijri month with a year and no day** (``Ramadan 1445`` H) is one ``date`` like
  ``Juni 1988``, value the Hijri year, ``H`` outside; ``1 Ramadan`` without a year is a date
  with value null.
* **Scientific notation with spaces around ×** (``3 × 10⁸ m/s``) is one ``quantity``
  (3e8, unit ``m/s``, scale null), like ``2.48×10⁻⁵``.
* **Capacities per year** ``250.000 ton per tahun``, ``3,2 juta ton per tahun`` are one
  quantity with the compound unit ``t/year`` (round 4's mass per time unit, like
  ``mm/year`` and ``t/d``); ``4 gram per hari`` of a drug is ``g/d``; a dose per body
  weight ``10–15 mg/kg`` is a range in ``mg/kg``.
* **Financial ratios in kali** (``DER ... 0,62 kali``, ``rasio lancar ... 1,45 kali``)
  are multipliers (``other``, unit ``times``); ``turun menjadi 0,62 kali dari 0,78 kali``
  gives two mentions (only ``dari X menjadi Y`` is a range, dev_id4).
* **Wild animals counted in ekor** (``3.396 ekor`` komodo) are a ``quantity`` in ``head``
  like livestock.
* **Aircraft models** ``Cessna 208`` and ``DC-3`` are ``identifier`` (value 208 and 3; the
  letters of ``DC-3`` inside like ``Ту-154``).
* **Addresses and contact numbers**: a postal code after the city (``Jakarta Pusat
  10110``) and a short call-centre number (``1500567``) are ``identifier``; ``No. 9`` of a
  street address keeps ``No.`` inside (dev_id2's ``Kramat No. 17``).
* **A class of a government office** (``Stasiun Meteorologi Kelas I``) and a civil-service
  grade (``kelas jabatan 27``) name one of a numbered series: ``identifier`` (dev_id4's
  ``kelas 3``).
* **Sex ratio** ``Rasio jenis kelamin sebesar 101,4`` is ``other`` (a ratio, not a count);
  its gloss ``101 penduduk laki-laki untuk setiap 100 penduduk perempuan`` gives two
  counts (dev_id's rate and base).
* **A list of doses with a connector** (``5, 10 dan 15 ton/ha``) gives three quantities
  sharing the last unit (round 4's comma list, three members); the significance level
  ``p < 0,05`` is ``other``.
* **Unit codes** used: ``km``, ``m``, ``mm``, ``km2``, ``ha``, ``t``, ``kg``, ``mg``,
  ``g/l``, ``g/d``, ``mg/kg``, ``t/ha``, ``t/year``, ``m/s``, ``mmHg``, ``degC``, ``ppt``,
  ``head``, ``year``, ``month``, ``week``, ``day``, ``night``, ``hour``, ``minute``,
  ``times``, ``point``, ``magnitude``, ``%``.
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


def hm(h: int, m: int = 0) -> float:
    """A clock time in hours."""
    return h + m / 60


# fmt: off
# ============================================================================ id
ID = [
    # ---- modern news: prices, the rupiah, fuel
    ("Harga cabai rawit merah di Pasar Induk Kramat Jati, Jakarta Timur, melonjak menjadi Rp "
     "85.000 per kilogram pada Senin (8/1/2024), padahal sepekan sebelumnya masih Rp 60.000. "
     "Menurut pedagang, pasokan dari Garut dan Cianjur turun hampir separuh akibat cuaca buruk.",
     [M("Rp 85.000", 85000, "money", "IDR"), M("8/1/2024", 2024, "date"),
      M("Rp 60.000", 60000, "money", "IDR"), M("separuh", 0.5, "other")]),
    ("Nilai tukar rupiah terhadap dolar Amerika Serikat ditutup melemah 72 poin atau 0,45 persen "
     "ke level Rp 16.210 per dolar AS pada perdagangan Jumat sore. Sepanjang pekan ini rupiah "
     "sudah terkoreksi 1,2 persen.",
     [M("72 poin", 72, "other", "point"), M("0,45 persen", 0.45, "percent", "%"),
      M("Rp 16.210", 16210, "money", "IDR"), M("1,2 persen", 1.2, "percent", "%")]),
    ("Pemerintah menaikkan harga Pertalite dari Rp 7.650 menjadi Rp 10.000 per liter dan Solar "
     "dari Rp 5.150 menjadi Rp 6.800 per liter, berlaku Sabtu, 3 September 2022, pukul 14.30 WIB. "
     "Tanpa penyesuaian itu, menurut Menteri Keuangan, anggaran subsidi dan kompensasi energi "
     "akan membengkak dari Rp 502,4 triliun menjadi Rp 698 triliun.",
     [R("Rp 7.650 menjadi Rp 10.000", 7650, 10000, "IDR"),
      R("Rp 5.150 menjadi Rp 6.800", 5150, 6800, "IDR"), M("3 September 2022", 2022, "date"),
      M("14.30", 14.5, "other"),
      R("Rp 502,4 triliun menjadi Rp 698 triliun", 502.4 * TRLN, 698 * TRLN, "IDR", TRLN)]),
    ("Pemkab Klaten menggelar operasi pasar murah di 26 kecamatan mulai Selasa (5/3). Warga dapat "
     "membeli beras SPHP kemasan 5 kg seharga Rp 55.000, gula pasir Rp 16.000 per kilogram dan "
     "minyak goreng Rp 14.000 per liter; setiap warga dibatasi dua kemasan beras.",
     [M("26", 26, "count"), M("5/3", None, "date"), M("5 kg", 5, "quantity", "kg"),
      M("Rp 55.000", 55000, "money", "IDR"), M("Rp 16.000", 16000, "money", "IDR"),
      M("Rp 14.000", 14000, "money", "IDR"), M("dua", 2, "count")]),
    # ---- modern news: incidents, weather, disasters
    ("Kecelakaan bus pariwisata di Jalan Raya Ciater, Subang, Sabtu (11/5/2024) malam menewaskan "
     "11 orang dan melukai 53 lainnya. Bus yang membawa rombongan siswa SMK dari Depok itu diduga "
     "mengalami rem blong di jalan menurun. Polisi telah memeriksa pemilik bus berinisial A (52).",
     [M("11/5/2024", 2024, "date"), M("11", 11, "count"), M("53", 53, "count"),
      M("52", 52, "quantity", "year")]),
    ("Longsor menutup ruas jalan nasional Padang–Solok di Km 22 kawasan Sitinjau Lauik, Senin "
     "(9/12) pagi. Material tanah dan batu sepanjang 30 meter dengan ketinggian sekitar 2 meter "
     "baru dapat dibersihkan setelah 6 jam dengan mengerahkan 3 unit alat berat.",
     [M("Km 22", 22, "quantity", "km"), M("9/12", None, "date"),
      M("30 meter", 30, "quantity", "m"), M("2 meter", 2, "quantity", "m"),
      M("6 jam", 6, "quantity", "hour"), M("3", 3, "count")]),
    ("BMKG Stasiun Meteorologi Kelas I Juanda memprakirakan hujan sedang hingga lebat masih akan "
     "mengguyur sebagian besar wilayah Jawa Timur hingga 20 Februari. Curah hujan di Sidoarjo "
     "tercatat 142 milimeter dalam sehari, sedangkan suhu udara berkisar 24 hingga 32 derajat "
     "Celsius.",
     [M("I", 1, "identifier"), M("20 Februari", None, "date"),
      M("142 milimeter", 142, "quantity", "mm"),
      R("24 hingga 32 derajat Celsius", 24, 32, "degC")]),
    ("Gempa bermagnitudo 6,2 mengguncang Kabupaten Garut, Jawa Barat, Sabtu (27/4/2024) pukul "
     "23.29 WIB. Pusat gempa berada di laut pada jarak 151 km barat daya Garut dengan kedalaman "
     "70 km. BPBD mencatat 132 rumah rusak di 11 kabupaten dan kota.",
     [M("6,2", 6.2, "other", "magnitude"), M("27/4/2024", 2024, "date"),
      M("23.29", hm(23, 29), "other"), M("151 km", 151, "quantity", "km"),
      M("70 km", 70, "quantity", "km"), M("132", 132, "count"), M("11", 11, "count")]),
    # ---- modern news: courts
    ("Majelis hakim Pengadilan Negeri Jakarta Selatan menjatuhkan vonis 6 tahun penjara dan "
     "denda Rp 500 juta subsider 3 bulan kurungan kepada terdakwa kasus penggelapan dana "
     "koperasi. Vonis itu lebih ringan daripada tuntutan jaksa, yakni 8 tahun penjara; kerugian "
     "1.250 anggota koperasi ditaksir Rp 23,6 miliar.",
     [M("6 tahun", 6, "quantity", "year"), M("Rp 500 juta", 500 * MLN, "money", "IDR", MLN),
      M("3 bulan", 3, "quantity", "month"), M("8 tahun", 8, "quantity", "year"),
      M("1.250", 1250, "count"), M("Rp 23,6 miliar", 23.6 * MLRD, "money", "IDR", MLRD)]),
    ("Mahkamah Konstitusi melalui Putusan Nomor 60/PUU-XXII/2024 yang dibacakan Selasa "
     "(20/8/2024) mengubah ambang batas pencalonan kepala daerah. Partai politik di provinsi "
     "berpenduduk lebih dari 6 juta hingga 12 juta jiwa kini cukup memperoleh 7,5 persen suara sah "
     "untuk mengusung calon gubernur.",
     [M("Nomor 60/PUU-XXII/2024", 60, "identifier"), M("20/8/2024", 2024, "date"),
      R("6 juta hingga 12 juta", 6 * MLN, 12 * MLN, None, MLN),
      M("7,5 persen", 7.5, "percent", "%")]),
    # ---- modern news: sports
    ("Timnas Indonesia U-23 kalah 1-2 dari Irak dalam perebutan tempat ketiga Piala Asia U-23 di "
     "Stadion Abdullah bin Khalifa, Doha, Kamis (2/5/2024). Indonesia sempat unggul lewat gol Ivar "
     "Jenner pada menit ke-19, tetapi Irak menyamakan kedudukan dan menang di babak perpanjangan "
     "waktu.",
     [M("U-23", 23, "identifier"), M("1-2", None, "other"), M("U-23", 23, "identifier"),
      M("2/5/2024", 2024, "date"), M("ke-19", 19, "ordinal")]),
    ("Gregoria Mariska Tunjung melaju ke final setelah menundukkan wakil Jepang 21-17, 18-21, "
     "21-15 dalam pertandingan yang berlangsung 68 menit. Di final, tunggal putri peringkat 7 "
     "dunia itu akan menghadapi unggulan pertama asal Korea Selatan.",
     [M("21-17", None, "other"), M("18-21", None, "other"), M("21-15", None, "other"),
      M("68 menit", 68, "quantity", "minute"), M("7", 7, "ordinal")]),
    ("Arema FC naik ke posisi ke-9 klasemen sementara BRI Liga 1 dengan 28 poin dari 21 "
     "pertandingan setelah menang 2-0 atas Persebaya pada laga pekan ke-21, Sabtu (8/2) malam.",
     [M("ke-9", 9, "ordinal"), M("1", 1, "other"), M("28", 28, "count"), M("21", 21, "count"),
      M("2-0", None, "other"), M("ke-21", 21, "ordinal"), M("8/2", None, "date")]),
    # ---- modern news: politics and the budget
    ("Rapat pleno rekapitulasi KPU Kota Medan menetapkan pasangan calon nomor urut 1 memperoleh "
     "412.678 suara atau 56,3 persen, sedangkan pasangan nomor urut 2 meraih 320.115 suara. "
     "Tingkat partisipasi pemilih hanya 47,8 persen dari 1.601.001 pemilih dalam DPT.",
     [M("1", 1, "identifier"), M("412.678", 412678, "count"),
      M("56,3 persen", 56.3, "percent", "%"), M("2", 2, "identifier"),
      M("320.115", 320115, "count"), M("47,8 persen", 47.8, "percent", "%"),
      M("1.601.001", 1601001, "count")]),
    ("DPR mengesahkan RUU APBN 2025 menjadi undang-undang dalam rapat paripurna, Kamis "
     "(19/9/2024), yang dihadiri 297 anggota. Belanja negara ditetapkan Rp 3.621,3 triliun dan "
     "pendapatan negara Rp 3.005,1 triliun, sehingga defisit mencapai 2,53 persen terhadap PDB.",
     [M("2025", 2025, "year"), M("19/9/2024", 2024, "date"), M("297", 297, "count"),
      M("Rp 3.621,3 triliun", 3621.3 * TRLN, "money", "IDR", TRLN),
      M("Rp 3.005,1 triliun", 3005.1 * TRLN, "money", "IDR", TRLN),
      M("2,53 persen", 2.53, "percent", "%")]),
    ("Pada puncak gelombang varian Delta, 15 Juli 2021, kasus harian Covid-19 di Indonesia "
     "mencapai 56.757 kasus. Hingga akhir 2022, sebanyak 204,3 juta orang telah menerima vaksin "
     "dosis pertama, atau 87 persen dari sasaran 234,6 juta orang.",
     [M("15 Juli 2021", 2021, "date"), M("19", 19, "other"), M("56.757", 56757, "count"),
      M("2022", 2022, "year"), M("204,3 juta", 204.3 * MLN, "count", None, MLN),
      M("87 persen", 87, "percent", "%"), M("234,6 juta", 234.6 * MLN, "count", None, MLN)]),
]
ID += [
    # ---- Wikipedia-style: history
    ("Sriwijaya adalah kerajaan bahari yang berpusat di Sumatra dan berjaya dari abad ke-7 hingga "
     "abad ke-13. Prasasti Kedukan Bukit bertarikh 605 Saka atau 683 Masehi mengisahkan perjalanan "
     "suci Dapunta Hyang bersama 20.000 tentara.[2]",
     [M("ke-7", 7, "ordinal"), M("ke-13", 13, "ordinal"), M("605", 605, "year"),
      M("683", 683, "year"), M("20.000", 20000, "count"), M("2", 2, "reference")]),
    ("Perang Padri berlangsung dari 1803 hingga 1838 di Sumatra Barat. Setelah Benteng Bonjol "
     "jatuh pada 16 Agustus 1837, Tuanku Imam Bonjol diasingkan ke Cianjur, kemudian ke Ambon, dan "
     "akhirnya ke Minahasa, tempat ia wafat pada 6 November 1864 dalam usia 92 tahun.",
     [R("1803 hingga 1838", 1803, 1838), M("16 Agustus 1837", 1837, "date"),
      M("6 November 1864", 1864, "date"), M("92 tahun", 92, "quantity", "year")]),
    ("Pemerintahan Revolusioner Republik Indonesia (PRRI) diproklamasikan di Padang pada 15 "
     "Februari 1958. Pemerintah pusat menumpasnya lewat Operasi 17 Agustus di bawah pimpinan "
     "Kolonel Ahmad Yani, dan Padang direbut kembali pada 17 April 1958.[7]",
     [M("15 Februari 1958", 1958, "date"), M("17 Agustus", None, "date"),
      M("17 April 1958", 1958, "date"), M("7", 7, "reference")]),
    # ---- Wikipedia-style: biographies
    ("Mohammad Hatta (12 Agustus 1902 – 14 Maret 1980) adalah Wakil Presiden Indonesia pertama "
     "yang menjabat dari 1945 hingga 1956. Ia belajar di Handels Hoogeschool Rotterdam selama 11 "
     "tahun, ditangkap pemerintah kolonial pada 1934, lalu dibuang ke Boven Digoel.",
     [M("12 Agustus 1902", 1902, "date"), M("14 Maret 1980", 1980, "date"),
      R("1945 hingga 1956", 1945, 1956), M("11 tahun", 11, "quantity", "year"),
      M("1934", 1934, "year")]),
    ("Susi Pudjiastuti (lahir 15 Januari 1965) adalah pengusaha dan Menteri Kelautan dan "
     "Perikanan Indonesia periode 2014–2019. Maskapai Susi Air yang didirikannya pada 2004 kini "
     "mengoperasikan sekitar 50 pesawat, sebagian besar Cessna 208 Caravan.",
     [M("15 Januari 1965", 1965, "date"), R("2014–2019", 2014, 2019), M("2004", 2004, "year"),
      M("50", 50, "count"), M("208", 208, "identifier")]),
    # ---- Wikipedia-style: geography
    ("Provinsi Nusa Tenggara Timur terdiri atas 1.192 pulau, 432 di antaranya sudah bernama. Luas "
     "daratannya 46.446,64 km² dengan jumlah penduduk 5.325.566 jiwa menurut Sensus Penduduk "
     "2020. Titik tertingginya adalah Gunung Mutis (2.427 m).",
     [M("1.192", 1192, "count"), M("432", 432, "count"),
      M("46.446,64 km²", 46446.64, "quantity", "km2"), M("5.325.566", 5325566, "count"),
      M("2020", 2020, "year"), M("2.427 m", 2427, "quantity", "m")]),
    ("Sungai Kapuas di Kalimantan Barat merupakan sungai terpanjang di Indonesia dengan panjang "
     "1.143 km. Daerah aliran sungainya meliputi hampir 100.000 km², atau sekitar dua pertiga luas "
     "provinsi itu, dan sejak 1990-an tepiannya banyak dibuka untuk perkebunan sawit.",
     [M("1.143 km", 1143, "quantity", "km"), M("100.000 km²", 100000, "quantity", "km2"),
      M("dua pertiga", 2 / 3, "other"), M("1990", 1990, "year")]),
    ("Kota Bukittinggi terletak pada ketinggian 909–941 meter di atas permukaan laut, sehingga "
     "suhu udaranya berkisar 16,1–24,9 °C. Kota ini berjarak sekitar 90 km dari Padang dan terdiri "
     "atas 3 kecamatan serta 24 kelurahan.",
     [R("909–941 meter", 909, 941, "m"), R("16,1–24,9 °C", 16.1, 24.9, "degC"),
      M("90 km", 90, "quantity", "km"), M("3", 3, "count"), M("24", 24, "count")]),
    # ---- Wikipedia-style: science
    ("Komodo (Varanus komodoensis) adalah spesies kadal terbesar di dunia. Jantan dewasa dapat "
     "mencapai panjang 3 meter dengan bobot hingga 70 kg. Populasi komodo di Taman Nasional "
     "Komodo pada 2023 diperkirakan 3.396 ekor.",
     [M("3 meter", 3, "quantity", "m"), M("70 kg", 70, "quantity", "kg"),
      M("2023", 2023, "year"), M("3.396 ekor", 3396, "quantity", "head")]),
    ("Kecepatan cahaya dalam ruang hampa adalah 299.792.458 m/s, yang sering dibulatkan menjadi "
     "3 × 10⁸ m/s. Cahaya dari Proxima Centauri, bintang terdekat setelah Matahari, memerlukan "
     "waktu sekitar 4,24 tahun untuk sampai ke Bumi.",
     [M("299.792.458 m/s", 299792458, "quantity", "m/s"),
      M("3 × 10⁸ m/s", 3e8, "quantity", "m/s"), M("4,24 tahun", 4.24, "quantity", "year")]),
    ("Air laut rata-rata mengandung garam terlarut sekitar 35 gram per liter, atau salinitas 35 "
     "ppt. Karena itu titik bekunya sekitar −1,9 °C, lebih rendah daripada air tawar yang membeku "
     "pada 0 °C.",
     [M("35 gram per liter", 35, "quantity", "g/l"), M("35 ppt", 35, "quantity", "ppt"),
      M("−1,9 °C", -1.9, "quantity", "degC"), M("0 °C", 0, "quantity", "degC")]),
    # ---- Wikipedia-style: companies
    ("PT Telkom Indonesia (Persero) Tbk berawal dari layanan telegraf elektromagnetik yang "
     "dioperasikan pemerintah kolonial di Batavia sejak 23 Oktober 1856. Per akhir 2023, negara "
     "memiliki 52,09 persen saham perusahaan, yang mempekerjakan sekitar 23.000 karyawan.",
     [M("23 Oktober 1856", 1856, "date"), M("2023", 2023, "year"),
      M("52,09 persen", 52.09, "percent", "%"), M("23.000", 23000, "count")]),
    ("Garuda Indonesia melakukan penerbangan komersial pertamanya pada 26 Januari 1949 dengan "
     "pesawat Douglas DC-3 Dakota bernama Seulawah, sumbangan rakyat Aceh. Pada 2023 maskapai ini "
     "bersama anak usahanya, Citilink, mengangkut 19,6 juta penumpang.",
     [M("26 Januari 1949", 1949, "date"), M("DC-3", 3, "identifier"), M("2023", 2023, "year"),
      M("19,6 juta", 19.6 * MLN, "count", None, MLN)]),
]
ID += [
    # ---- older texts, 1950s-1990s
    ("Djakarta, 14 Djuni (Antara). — Menurut keterangan Kementerian Perekonomian, harga beras "
     "dipasar2 Djakarta dalam minggu ini naik mendjadi Rp 3,75 seliter, sedang bulan jang lalu "
     "masih Rp 3,10. Pemerintah akan mendatangkan 50.000 ton beras dari Birma.",
     [M("14 Djuni", None, "date"), M("Rp 3,75", 3.75, "money", "IDR"),
      M("Rp 3,10", 3.1, "money", "IDR"), M("50.000 ton", 50000, "quantity", "t")]),
    ("Hasil pemilihan umum untuk Konstituante jang diadakan pada tanggal 15 Desember 1955 "
     "menundjukkan bahwa PNI mendapat 119 kursi, Masjumi 112, NU 91 dan PKI 80 dari djumlah 514 "
     "kursi.",
     [M("15 Desember 1955", 1955, "date"), M("119", 119, "count"), M("112", 112, "count"),
      M("91", 91, "count"), M("80", 80, "count"), M("514", 514, "count")]),
    ("Dalam tahun 1952 ekspor karet Indonesia berdjumlah 755.000 ton dengan nilai kira-kira Rp "
     "3.100 djuta, atau hampir separoh dari nilai seluruh ekspor. Harga karet rakjat ditempat "
     "pembelian di Djambi turun mendjadi Rp 2,40 sekilo.",
     [M("1952", 1952, "year"), M("755.000 ton", 755000, "quantity", "t"),
      M("Rp 3.100 djuta", 3100 * MLN, "money", "IDR", MLN), M("separoh", 0.5, "other"),
      M("Rp 2,40", 2.4, "money", "IDR")]),
    ("Menurut sensus penduduk tahun 1961, djumlah penduduk Indonesia ada 97.085.348 djiwa, dan "
     "lebih dari 63 persen diantaranja tinggal dipulau Djawa jang luasnja hanja kira2 7 persen "
     "dari seluruh daratan Indonesia.",
     [M("1961", 1961, "year"), M("97.085.348", 97085348, "count"),
      M("63 persen", 63, "percent", "%"), M("7 persen", 7, "percent", "%")]),
    ("Pada 20 April 1975 Presiden Soeharto meresmikan Taman Mini Indonesia Indah yang dibangun di "
     "atas tanah seluas 150 hektar dengan biaya lebih dari Rp 10 milyar. Di dalamnya terdapat 26 "
     "anjungan daerah yang mewakili provinsi-provinsi pada masa itu.",
     [M("20 April 1975", 1975, "date"), M("150 hektar", 150, "quantity", "ha"),
      M("Rp 10 milyar", 10 * MLRD, "money", "IDR", MLRD), M("26", 26, "count")]),
    ("JAKARTA, 5 Nopember 1977 — Produksi beras nasional tahun ini diperkirakan mencapai 15,6 "
     "juta ton, atau naik 2,4% dibanding tahun lalu. Meskipun demikian, pemerintah masih harus "
     "mengimpor sekitar 2 juta ton untuk memperkuat stok Bulog.",
     [M("5 Nopember 1977", 1977, "date"), M("15,6 juta ton", 15.6 * MLN, "quantity", "t", MLN),
      M("2,4%", 2.4, "percent", "%"), M("2 juta ton", 2 * MLN, "quantity", "t", MLN)]),
    ("Devaluasi rupiah pada 12 September 1986 mengubah kurs dari Rp 1.134 menjadi Rp 1.644 per "
     "dolar AS, atau sekitar 45 persen. Langkah itu diambil setelah harga minyak dunia anjlok "
     "hingga di bawah US$ 10 per barel.",
     [M("12 September 1986", 1986, "date"), R("Rp 1.134 menjadi Rp 1.644", 1134, 1644, "IDR"),
      M("45 persen", 45, "percent", "%"), M("US$ 10", 10, "money", "USD")]),
    ("Sasaran Repelita VI (1994–1999) adalah pertumbuhan ekonomi rata-rata 6,2 persen per tahun "
     "serta penurunan jumlah penduduk miskin dari 25,9 juta jiwa menjadi 12 juta jiwa pada akhir "
     "Pelita.",
     [M("VI", 6, "ordinal"), R("1994–1999", 1994, 1999), M("6,2 persen", 6.2, "percent", "%"),
      R("25,9 juta jiwa menjadi 12 juta", 25.9 * MLN, 12 * MLN, None, MLN)]),
    ("¹ Mohammad Hatta, Memoir (Jakarta: Tintamas, 1979), hlm. 112–115. ² G. McT. Kahin, "
     "Nationalism and Revolution in Indonesia (Ithaca: Cornell University Press, 1952), hlm. 88.",
     [M("¹", 1, "reference"), M("1979", 1979, "reference"),
      M("112–115", 112, "reference", range_end=115), M("²", 2, "reference"),
      M("1952", 1952, "reference"), M("88", 88, "reference")]),
]
ID += [
    # ---- government regulations, press releases
    ("Peraturan Pemerintah Nomor 35 Tahun 2021 mengatur Perjanjian Kerja Waktu Tertentu, Alih "
     "Daya, Waktu Kerja dan Waktu Istirahat, serta Pemutusan Hubungan Kerja. Menurut Pasal 8 ayat "
     "(1), PKWT berdasarkan jangka waktu dapat dibuat untuk paling lama 5 (lima) tahun.",
     [M("Nomor 35", 35, "identifier"), M("2021", 2021, "year"), M("8", 8, "identifier"),
      M("1", 1, "identifier"), M("5", 5, "quantity", "year"),
      M("lima", 5, "quantity", "year")]),
    ("Pasal 21 (1) Setiap orang yang dengan sengaja melanggar ketentuan sebagaimana dimaksud "
     "dalam Pasal 14 ayat (2) dipidana dengan pidana penjara paling lama 2 (dua) tahun dan/atau "
     "pidana denda paling banyak Rp500.000.000,00 (lima ratus juta rupiah).",
     [M("21", 21, "identifier"), M("1", 1, "identifier"), M("14", 14, "identifier"),
      M("2", 2, "identifier"), M("2", 2, "quantity", "year"), M("dua", 2, "quantity", "year"),
      M("Rp500.000.000,00", 500 * MLN, "money", "IDR"),
      M("lima ratus juta rupiah", 500 * MLN, "money", "IDR", MLN)]),
    ("Besaran tunjangan kinerja pegawai di lingkungan Kementerian Keuangan tercantum dalam "
     "Lampiran Peraturan Presiden Nomor 156 Tahun 2015: kelas jabatan 27 sebesar Rp 46.950.000 "
     "per bulan, sedangkan kelas jabatan 1 sebesar Rp 2.575.000 per bulan.",
     [M("Nomor 156", 156, "identifier"), M("2015", 2015, "year"), M("27", 27, "identifier"),
      M("Rp 46.950.000", 46950000, "money", "IDR"), M("1", 1, "identifier"),
      M("Rp 2.575.000", 2575000, "money", "IDR")]),
    ("Keputusan Menteri Dalam Negeri Nomor 100.1.1-6117 Tahun 2022 mencatat bahwa Indonesia "
     "terdiri atas 38 provinsi, 416 kabupaten, 98 kota, 7.277 kecamatan, 8.498 kelurahan dan "
     "75.265 desa.",
     [M("Nomor 100.1.1-6117", None, "identifier"), M("2022", 2022, "year"),
      M("38", 38, "count"), M("416", 416, "count"), M("98", 98, "count"),
      M("7.277", 7277, "count"), M("8.498", 8498, "count"), M("75.265", 75265, "count")]),
    ("Siaran Pers Nomor 45/HUMAS/2024. Masyarakat dapat menyampaikan pengaduan langsung ke Unit "
     "Layanan Terpadu di Jalan Medan Merdeka Barat No. 9, Jakarta Pusat 10110, setiap hari kerja "
     "pukul 08.00–16.00 WIB, atau melalui call center 1500567.",
     [M("Nomor 45/HUMAS/2024", 45, "identifier"), M("No. 9", 9, "identifier"),
      M("10110", 10110, "identifier"), R("08.00–16.00", 8, 16),
      M("1500567", 1500567, "identifier")]),
    # ---- budget documents
    ("Ringkasan APBD Kota Malang Tahun Anggaran 2024: Pendapatan Daerah Rp 2.428.917.349.000,00; "
     "Belanja Daerah Rp 2.615.402.781.000,00; Defisit Rp 186.485.432.000,00 yang ditutup dari "
     "Sisa Lebih Perhitungan Anggaran tahun sebelumnya.",
     [M("2024", 2024, "year"), M("Rp 2.428.917.349.000,00", 2428917349000, "money", "IDR"),
      M("Rp 2.615.402.781.000,00", 2615402781000, "money", "IDR"),
      M("Rp 186.485.432.000,00", 186485432000, "money", "IDR")]),
    ("Dalam Nota Keuangan RAPBN 2025, anggaran pendidikan dialokasikan Rp 722,6 triliun atau 20 "
     "persen dari belanja negara, anggaran kesehatan Rp 197,8 triliun dan perlindungan sosial Rp "
     "504,7 triliun. Asumsi dasar ekonomi makro: pertumbuhan ekonomi 5,2 persen, inflasi 2,5 "
     "persen, nilai tukar Rp 16.100 per dolar AS, dan harga minyak mentah US$ 82 per barel.",
     [M("2025", 2025, "year"), M("Rp 722,6 triliun", 722.6 * TRLN, "money", "IDR", TRLN),
      M("20 persen", 20, "percent", "%"),
      M("Rp 197,8 triliun", 197.8 * TRLN, "money", "IDR", TRLN),
      M("Rp 504,7 triliun", 504.7 * TRLN, "money", "IDR", TRLN),
      M("5,2 persen", 5.2, "percent", "%"), M("2,5 persen", 2.5, "percent", "%"),
      M("Rp 16.100", 16100, "money", "IDR"), M("US$ 82", 82, "money", "USD")]),
]
ID += [
    # ---- BPS statistics
    ("Berita Resmi Statistik No. 83/11/Th. XXVII, 5 November 2024. Tingkat Pengangguran Terbuka "
     "(TPT) Agustus 2024 sebesar 4,91 persen, turun 0,41 persen poin dibandingkan Agustus 2023. "
     "Jumlah angkatan kerja mencapai 152,11 juta orang, naik 4,40 juta orang.",
     [M("No. 83/11/Th. XXVII", 83, "identifier"), M("5 November 2024", 2024, "date"),
      M("Agustus 2024", 2024, "date"), M("4,91 persen", 4.91, "percent", "%"),
      M("0,41 persen poin", 0.41, "percent", "%"), M("Agustus 2023", 2023, "date"),
      M("152,11 juta", 152.11 * MLN, "count", None, MLN),
      M("4,40 juta", 4.4 * MLN, "count", None, MLN)]),
    ("Pada Maret 2024, persentase penduduk miskin di daerah perkotaan sebesar 7,09 persen, "
     "sedangkan di daerah perdesaan 11,79 persen. Garis Kemiskinan tercatat Rp 582.932 per kapita "
     "per bulan, dengan sumbangan Garis Kemiskinan Makanan Rp 433.906 atau 74,44 persen.",
     [M("Maret 2024", 2024, "date"), M("7,09 persen", 7.09, "percent", "%"),
      M("11,79 persen", 11.79, "percent", "%"), M("Rp 582.932", 582932, "money", "IDR"),
      M("Rp 433.906", 433906, "money", "IDR"), M("74,44 persen", 74.44, "percent", "%")]),
    ("Jumlah kunjungan wisatawan mancanegara ke Indonesia pada Juli 2024 mencapai 1,31 juta "
     "kunjungan, naik 16,91 persen dibandingkan Juli 2023. Rata-rata lama menginap tamu asing di "
     "hotel berbintang 2,58 malam, dengan Tingkat Penghunian Kamar (TPK) 55,13 persen.",
     [M("Juli 2024", 2024, "date"), M("1,31 juta", 1.31 * MLN, "count", None, MLN),
      M("16,91 persen", 16.91, "percent", "%"), M("Juli 2023", 2023, "date"),
      M("2,58 malam", 2.58, "quantity", "night"), M("55,13 persen", 55.13, "percent", "%")]),
    ("Tabel 2. Luas panen dan produksi padi menurut provinsi, 2023. Jawa Timur: luas panen "
     "1.695.123 ha, produksi 9,71 juta ton GKG; Jawa Tengah: 1.639.021 ha, 9,08 juta ton GKG; Jawa "
     "Barat: 1.594.917 ha, 9,14 juta ton GKG.",
     [M("2", 2, "identifier"), M("2023", 2023, "year"),
      M("1.695.123 ha", 1695123, "quantity", "ha"),
      M("9,71 juta ton", 9.71 * MLN, "quantity", "t", MLN),
      M("1.639.021 ha", 1639021, "quantity", "ha"),
      M("9,08 juta ton", 9.08 * MLN, "quantity", "t", MLN),
      M("1.594.917 ha", 1594917, "quantity", "ha"),
      M("9,14 juta ton", 9.14 * MLN, "quantity", "t", MLN)]),
    ("Inflasi year on year (y-on-y) September 2024 sebesar 1,84 persen dengan Indeks Harga "
     "Konsumen (IHK) sebesar 105,93. Secara bulanan terjadi deflasi 0,12 persen, deflasi kelima "
     "berturut-turut sejak Mei 2024.",
     [M("September 2024", 2024, "date"), M("1,84 persen", 1.84, "percent", "%"),
      M("105,93", 105.93, "other"), M("0,12 persen", 0.12, "percent", "%"),
      M("Mei 2024", 2024, "date")]),
    ("Hasil Proyeksi Penduduk Interim 2020–2023 menunjukkan jumlah penduduk Indonesia pada "
     "pertengahan 2023 sebanyak 278,69 juta jiwa. Rasio jenis kelamin sebesar 101,4, artinya "
     "terdapat sekitar 101 penduduk laki-laki untuk setiap 100 penduduk perempuan.",
     [R("2020–2023", 2020, 2023), M("2023", 2023, "year"),
      M("278,69 juta", 278.69 * MLN, "count", None, MLN), M("101,4", 101.4, "other"),
      M("101", 101, "count"), M("100", 100, "count")]),
    ("Ekonomi Indonesia triwulan III-2024 terhadap triwulan III-2023 tumbuh 4,95 persen "
     "(y-on-y). Dari sisi produksi, lapangan usaha Jasa Lainnya tumbuh tertinggi sebesar 9,95 "
     "persen, sedangkan dari sisi pengeluaran komponen konsumsi lembaga nonprofit yang melayani "
     "rumah tangga (PK-LNPRT) tumbuh 11,69 persen.",
     [M("III", 3, "ordinal"), M("2024", 2024, "year"), M("III", 3, "ordinal"),
      M("2023", 2023, "year"), M("4,95 persen", 4.95, "percent", "%"),
      M("9,95 persen", 9.95, "percent", "%"), M("11,69 persen", 11.69, "percent", "%")]),
    # ---- company reports
    ("Sepanjang tahun 2023, Perseroan membukukan pendapatan usaha sebesar Rp 27,42 triliun, "
     "meningkat 9,8% dibandingkan tahun 2022 sebesar Rp 24,97 triliun. Laba tahun berjalan yang "
     "dapat diatribusikan kepada pemilik entitas induk mencapai Rp 3,15 triliun, sehingga laba per "
     "saham dasar menjadi Rp 284.",
     [M("2023", 2023, "year"), M("Rp 27,42 triliun", 27.42 * TRLN, "money", "IDR", TRLN),
      M("9,8%", 9.8, "percent", "%"), M("2022", 2022, "year"),
      M("Rp 24,97 triliun", 24.97 * TRLN, "money", "IDR", TRLN),
      M("Rp 3,15 triliun", 3.15 * TRLN, "money", "IDR", TRLN),
      M("Rp 284", 284, "money", "IDR")]),
    ("Rapat Umum Pemegang Saham Tahunan yang diselenggarakan pada 24 April 2024 menyetujui "
     "pembagian dividen tunai sebesar Rp 1,58 triliun atau Rp 175 per saham, setara 50% dari laba "
     "bersih tahun buku 2023. Dividen akan dibayarkan pada 22 Mei 2024 kepada pemegang saham yang "
     "tercatat pada 6 Mei 2024.",
     [M("24 April 2024", 2024, "date"), M("Rp 1,58 triliun", 1.58 * TRLN, "money", "IDR", TRLN),
      M("Rp 175", 175, "money", "IDR"), M("50%", 50, "percent", "%"), M("2023", 2023, "year"),
      M("22 Mei 2024", 2024, "date"), M("6 Mei 2024", 2024, "date")]),
    ("Rasio utang terhadap ekuitas (DER) Perseroan per 31 Desember 2023 turun menjadi 0,62 kali "
     "dari 0,78 kali pada akhir 2022, sedangkan rasio lancar naik menjadi 1,45 kali. Perseroan "
     "mengoperasikan 14 pabrik dengan kapasitas produksi terpasang 3,2 juta ton per tahun.",
     [M("31 Desember 2023", 2023, "date"), M("0,62 kali", 0.62, "other", "times"),
      M("0,78 kali", 0.78, "other", "times"), M("2022", 2022, "year"),
      M("1,45 kali", 1.45, "other", "times"), M("14", 14, "count"),
      M("3,2 juta ton per tahun", 3.2 * MLN, "quantity", "t/year", MLN)]),
    ("PT Semen Gresik didirikan pada 25 Maret 1953, dan pabriknya diresmikan Presiden Soekarno "
     "pada 7 Agustus 1957 dengan kapasitas awal 250.000 ton per tahun. Pada 8 Juli 1991 perusahaan "
     "ini menjadi BUMN pertama yang mencatatkan sahamnya di bursa, dengan melepas 40 juta lembar "
     "saham kepada publik.",
     [M("25 Maret 1953", 1953, "date"), M("7 Agustus 1957", 1957, "date"),
      M("250.000 ton per tahun", 250000, "quantity", "t/year"), M("8 Juli 1991", 1991, "date"),
      M("40 juta", 40 * MLN, "count", None, MLN)]),
]
ID += [
    # ---- scientific and health writing
    ("Seseorang dinyatakan menderita hipertensi bila tekanan darah sistoliknya ≥ 140 mmHg dan/atau "
     "diastoliknya ≥ 90 mmHg. Menurut Survei Kesehatan Indonesia (SKI) 2023, prevalensi hipertensi "
     "pada penduduk berusia 18 tahun ke atas mencapai 30,8 persen.",
     [M("140 mmHg", 140, "quantity", "mmHg"), M("90 mmHg", 90, "quantity", "mmHg"),
      M("2023", 2023, "year"), M("18 tahun", 18, "quantity", "year"),
      M("30,8 persen", 30.8, "percent", "%")]),
    ("Dosis parasetamol untuk orang dewasa adalah 500–1.000 mg setiap 4–6 jam, dengan dosis "
     "maksimal 4 gram per hari. Pada anak, dosis yang dianjurkan 10–15 mg/kg berat badan setiap "
     "kali pemberian.",
     [R("500–1.000 mg", 500, 1000, "mg"), R("4–6 jam", 4, 6, "hour"),
      M("4 gram per hari", 4, "quantity", "g/d"), R("10–15 mg/kg", 10, 15, "mg/kg")]),
    ("Dinas Kesehatan Kabupaten Bogor mencatat 2.341 kasus demam berdarah dengue hingga minggu "
     "ke-20 tahun 2024, dengan 14 kematian. Angka kesakitan mencapai 42,6 per 100.000 penduduk, "
     "jauh di atas target nasional 10 per 100.000 penduduk.",
     [M("2.341", 2341, "count"), M("ke-20", 20, "ordinal"), M("2024", 2024, "year"),
      M("14", 14, "count"), M("42,6", 42.6, "count"), M("100.000", 100000, "count"),
      M("10", 10, "count"), M("100.000", 100000, "count")]),
    ("Penelitian ini bertujuan mengetahui pengaruh dosis pupuk kompos terhadap hasil kedelai "
     "varietas Anjasmoro. Percobaan disusun dalam rancangan acak kelompok dengan 4 perlakuan (tanpa "
     "kompos, 5, 10 dan 15 ton/ha) dan 3 ulangan. Hasil biji tertinggi, 2,87 ton/ha, diperoleh "
     "pada dosis 10 ton/ha dan berbeda nyata dengan kontrol (p < 0,05).",
     [M("4", 4, "count"), M("5", 5, "quantity", "t/ha"), M("10", 10, "quantity", "t/ha"),
      M("15 ton/ha", 15, "quantity", "t/ha"), M("3", 3, "count"),
      M("2,87 ton/ha", 2.87, "quantity", "t/ha"), M("10 ton/ha", 10, "quantity", "t/ha"),
      M("0,05", 0.05, "other")]),
    ("Pada 22 Desember 2018 sekitar pukul 21.27 WIB, sebagian tubuh Gunung Anak Krakatau longsor "
     "ke laut dan memicu tsunami yang menewaskan 437 orang di pesisir Banten dan Lampung. "
     "Akibatnya, tinggi gunung itu berkurang dari 338 meter menjadi 110 meter.",
     [M("22 Desember 2018", 2018, "date"), M("21.27", hm(21, 27), "other"),
      M("437", 437, "count"), R("338 meter menjadi 110 meter", 338, 110, "m")]),
    ("Prevalensi anemia pada remaja putri di Indonesia dilaporkan sebesar 32 persen (Kemenkes RI, "
     "2018), sedangkan penelitian di Kabupaten Bogor menemukan angka 37,5 persen pada siswi SMA "
     "(Sari dan Utami, 2021: 45). Suplementasi tablet tambah darah diberikan 1 tablet per minggu "
     "selama 52 minggu.",
     [M("32 persen", 32, "percent", "%"), M("2018", 2018, "reference"),
      M("37,5 persen", 37.5, "percent", "%"), M("2021", 2021, "reference"),
      M("45", 45, "reference"), M("1", 1, "count"), M("52 minggu", 52, "quantity", "week")]),
    # ---- culture and religion
    ("Hari Suci Nyepi Tahun Baru Saka 1946 jatuh pada Senin, 11 Maret 2024. Selama 24 jam, mulai "
     "pukul 06.00 WITA, umat Hindu di Bali menjalankan Catur Brata Penyepian, dan Bandara I Gusti "
     "Ngurah Rai menghentikan operasional bagi 479 penerbangan.",
     [M("1946", 1946, "year"), M("11 Maret 2024", 2024, "date"),
      M("24 jam", 24, "quantity", "hour"), M("06.00", 6, "other"), M("479", 479, "count")]),
    ("Candi Prambanan dibangun sekitar tahun 850 Masehi pada masa pemerintahan Rakai Pikatan. "
     "Kompleks ini semula terdiri atas 240 candi, dan candi utamanya, Candi Siwa, menjulang "
     "setinggi 47 meter. Pada 1991 Prambanan ditetapkan UNESCO sebagai Situs Warisan Dunia.[4]",
     [M("850", 850, "year"), M("240", 240, "count"), M("47 meter", 47, "quantity", "m"),
      M("1991", 1991, "year"), M("4", 4, "reference")]),
    ("Kementerian Agama menetapkan rata-rata biaya perjalanan ibadah haji (Bipih) 1446 H/2025 M "
     "sebesar Rp 55,4 juta per jemaah, turun sekitar Rp 600 ribu dibandingkan tahun lalu. Jemaah "
     "haji reguler diberangkatkan dalam 525 kelompok terbang mulai 2 Mei 2025.",
     [M("1446", 1446, "year"), M("2025", 2025, "year"),
      M("Rp 55,4 juta", 55.4 * MLN, "money", "IDR", MLN),
      M("Rp 600 ribu", 600 * K, "money", "IDR", K), M("525", 525, "count"),
      M("2 Mei 2025", 2025, "date")]),
    ("Jadwal imsakiyah Ramadan 1445 H untuk wilayah Yogyakarta: pada 1 Ramadan (12 Maret 2024) "
     "waktu imsak pukul 04.14 WIB dan magrib pukul 17.58 WIB, sehingga umat Islam berpuasa sekitar "
     "13 jam 34 menit.",
     [M("Ramadan 1445", 1445, "date"), M("1 Ramadan", None, "date"),
      M("12 Maret 2024", 2024, "date"), M("04.14", hm(4, 14), "other"),
      M("17.58", hm(17, 58), "other"), M("13 jam", 13, "quantity", "hour"),
      M("34 menit", 34, "quantity", "minute")]),
    ("Gamelan Jawa mengenal dua laras, yaitu slendro yang terdiri atas lima nada dan pelog yang "
     "terdiri atas tujuh nada. Seperangkat gamelan ageng lengkap dapat berisi lebih dari 70 "
     "instrumen yang dimainkan oleh 20 hingga 30 pengrawit.",
     [M("dua", 2, "count"), M("lima", 5, "count"), M("tujuh", 7, "count"), M("70", 70, "count"),
      R("20 hingga 30", 20, 30)]),
    ("Gereja Katedral Jakarta diresmikan pada 21 April 1901 dan memiliki dua menara setinggi 60 "
     "meter. Pada Paskah tahun ini gereja menggelar misa enam kali, masing-masing untuk sekitar "
     "1.500 umat.",
     [M("21 April 1901", 1901, "date"), M("dua", 2, "count"), M("60 meter", 60, "quantity", "m"),
      M("enam kali", 6, "other", "times"), M("1.500", 1500, "count")]),
    ("UNESCO menetapkan batik Indonesia sebagai Warisan Budaya Takbenda pada 2 Oktober 2009, "
     "tanggal yang kemudian diperingati sebagai Hari Batik Nasional. Sentra batik Lasem di "
     "Rembang, yang tumbuh sejak abad XV, kini memiliki sekitar 120 perajin, dan selembar batik "
     "tulis halus bisa dikerjakan hingga 3 bulan.",
     [M("2 Oktober 2009", 2009, "date"), M("XV", 15, "ordinal"), M("120", 120, "count"),
      M("3 bulan", 3, "quantity", "month")]),
]
# fmt: on


def main() -> None:
    _bh.build_all({"id": ID}, "dev_id5", HERE)


if __name__ == "__main__":
    main()
