"""Build the seventh Indonesian numeric-mention development set (``dev_id7_id.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_dev_id7/build_dev_id7.py

A **development** set: the Indonesian rules of ``analysis.mentions`` are tuned on it, so
its scores say nothing about generalisation (the held-out sets do that).  It is mixed
modern Indonesian: encyclopaedia-style articles on sport, music, film, transport,
companies, science and history; news (regional and national, business, courts, weather,
incidents); reviews (film, food, books); government web pages; travel guides; obituaries;
blogs and how-to guides; press releases; sports reports.  The passages were written for
this set in the style of those registers, with the number conventions real writers use
(``Senin (3/6/2024)``, ``pukul 13.00–17.00 WIB``, ``Rp 35 ribu``, ``US$ 20,74 miliar``,
``3.726 mdpl``, ``KM 92``, ``AR (41)``, ``21-15, 21-14``).  They were annotated **blind**,
from ``docs/numeric-mentions.md`` and the decisions in the docstrings of
``tests/data/mentions_heldout/build_heldout.py``, ``mentions_heldout2``,
``mentions_heldout3`` and the ``tests/data/mentions_dev_*/build_dev_*.py`` scripts,
without reading the extractor's code and without running it on them.  Texts are already
normalised (plain spaces, no NBSP / thin spaces).

Each passage is ``(text, [mentions in text order])`` using the ``M`` / ``R`` helpers and
the ``annotate`` validator of ``tests/data/mentions_heldout/build_heldout.py`` (offsets are
found with ``str.find`` from the end of the previous mention, never typed).  No currency
beyond the validator's ``CURRENCIES`` was needed (IDR, USD).

Words that look numeric but are not mentions, left unannotated on purpose: ``pertama``,
``kedua``, ``Sehari``, ``sepekan``, ``Seorang``, month names alone.

Decisions taken here where the spec and the earlier docstrings are silent, each with the
example that settled it:

* **A title or band name with a number** (``Dewa 19``, ``Pengabdi Setan 2``, the album
  ``Bintang Lima``) is a name containing a number: ``other`` with the number only.
* **A rating out of ten** ``Nilai dari kami: 8/10`` is one ``other`` mention, value 8 (a
  value on a scale with its maximum written; not a date, not a fraction).
* **A budgeting rule named by its shares** ``metode 50/30/20`` is one ``other``, value
  null, like a mix ratio ``1 : 2 : 3`` (dev_id6).
* **A change of the rupiah in points** ``melemah 45 poin`` is ``other`` with unit
  ``point`` and ``poin`` inside, like index points and dev_id6's benchmark points.
* **Population density** ``1.996 jiwa/km²`` is one ``quantity`` in ``1/km2`` with the
  counted word inside the rate, like dev_id6's ``10 ekor/m²``.
* **A step number in a how-to** ``Langkah 3:`` is an ``identifier`` like ``Soal 1``.
* **Pages of a passport or a novel** (``paspor biasa 48 halaman``, ``setebal 412
  halaman``) are ``count`` with ``halaman`` outside (not a page reference).
* **Training frequency** ``3 kali seminggu`` is a multiplier (``other``, ``times``), like
  dev_id6's ``3 kali sehari``; reprints ``dicetak ulang lebih dari 40 kali`` likewise.
* **A pair of dates in different months** ``mulai 20 Agustus hingga 6 September 2024``
  gives two ``date`` mentions (the first without a year, value null), no range.
* **A match's set scores in brackets** after the result ``3-1 (25-20, 23-25, ...)`` are
  each one ``other``, value null, like the badminton games of dev_id3.
* **An author-date citation in running prose** ``Menurut Ricklefs (2008: 212)`` gives two
  ``reference`` mentions (year and page), like ``(Purwoko, 2004 : 53-55)``.
* **Unit codes** used: ``km``, ``m``, ``cm``, ``km2``, ``ha``, ``1/km2``, ``kg``, ``g``, ``ml``,
  ``km/h``, ``kn``, ``degC``, ``second``, ``minute``, ``hour``, ``day``, ``week``,
  ``month``, ``year``, ``times``, ``point``, ``magnitude``, ``%``.
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
    # ---- encyclopaedia: sport, music, film, transport, companies, science, history
    ("Persib Bandung didirikan pada 14 Maret 1933 dan telah meraih tiga gelar liga utama pada era "
     "profesional, yakni pada musim 2014, 2023/2024, dan 2024/2025. Klub ini bermarkas di Stadion "
     "Gelora Bandung Lautan Api yang berkapasitas 38.000 penonton.",
     [M("14 Maret 1933", 1933, "date"), M("tiga", 3, "count"), M("2014", 2014, "year"),
      R("2023/2024", 2023, 2024), R("2024/2025", 2024, 2025), M("38.000", 38000, "count")]),
    ("Dewa 19 adalah grup musik rock asal Surabaya yang dibentuk pada tahun 1986. Album kelima "
     "mereka, Bintang Lima (2000), terjual lebih dari 1,7 juta keping.",
     [M("19", 19, "other"), M("1986", 1986, "year"), M("Lima", 5, "other"),
      M("2000", 2000, "year"), M("1,7 juta", 1.7 * MLN, "count", None, MLN)]),
    ("Film Pengabdi Setan 2: Communion dirilis pada 4 Agustus 2022 dan ditonton 6.391.982 penonton "
     "di bioskop. Film berdurasi 119 menit ini menelan biaya produksi sekitar Rp 20 miliar.",
     [M("2", 2, "other"), M("4 Agustus 2022", 2022, "date"), M("6.391.982", 6391982, "count"),
      M("119 menit", 119, "quantity", "minute"),
      M("Rp 20 miliar", 20 * MLRD, "money", "IDR", MLRD)]),
    ("MRT Jakarta fase 1 membentang sepanjang 15,7 km dari Lebak Bulus hingga Bundaran HI dan "
     "memiliki 13 stasiun, terdiri atas 7 stasiun layang dan 6 stasiun bawah tanah. Jalur ini "
     "mulai beroperasi secara komersial pada 1 April 2019.",
     [M("1", 1, "ordinal"), M("15,7 km", 15.7, "quantity", "km"), M("13", 13, "count"),
      M("7", 7, "count"), M("6", 6, "count"), M("1 April 2019", 2019, "date")]),
    ("PT Telkom Indonesia (Persero) Tbk berawal dari layanan telegraf elektromagnetik yang "
     "dioperasikan pada 23 Oktober 1856. Pada 2023, perseroan membukukan pendapatan Rp 149,2 "
     "triliun dan laba bersih Rp 24,6 triliun, dengan jumlah karyawan sekitar 23.000 orang.",
     [M("23 Oktober 1856", 1856, "date"), M("2023", 2023, "year"),
      M("Rp 149,2 triliun", 149.2 * TRLN, "money", "IDR", TRLN),
      M("Rp 24,6 triliun", 24.6 * TRLN, "money", "IDR", TRLN), M("23.000", 23000, "count")]),
    ("Komodo (Varanus komodoensis) dapat tumbuh hingga sepanjang 3 meter dengan bobot mencapai "
     "70 kg. Kadal ini mampu berlari dengan kecepatan 20 km/jam dalam jarak pendek dan dapat "
     "hidup hingga 30 tahun di alam liar.",
     [M("3 meter", 3, "quantity", "m"), M("70 kg", 70, "quantity", "kg"),
      M("20 km/jam", 20, "quantity", "km/h"), M("30 tahun", 30, "quantity", "year")]),
    ("Perang Diponegoro berlangsung selama lima tahun, dari 1825 hingga 1830, dan menewaskan "
     "sekitar 200.000 penduduk Jawa serta 8.000 serdadu Eropa. Pangeran Diponegoro ditangkap di "
     "Magelang pada 28 Maret 1830.",
     [M("lima tahun", 5, "quantity", "year"), R("1825 hingga 1830", 1825, 1830),
      M("200.000", 200000, "count"), M("8.000", 8000, "count"),
      M("28 Maret 1830", 1830, "date")]),
    ("Pada abad ke-14, Majapahit mencapai puncak kejayaan di bawah Hayam Wuruk yang memerintah "
     "tahun 1350–1389. Kakawin Negarakertagama digubah oleh Mpu Prapanca pada 1365 M.",
     [M("ke-14", 14, "ordinal"), R("1350–1389", 1350, 1389), M("1365", 1365, "year")]),
    ("Gunung Rinjani di Lombok memiliki ketinggian 3.726 mdpl dan merupakan gunung berapi "
     "tertinggi kedua di Indonesia. Danau Segara Anak di kalderanya terletak pada ketinggian "
     "sekitar 2.000 meter dengan luas kurang lebih 11 km².",
     [M("3.726 mdpl", 3726, "quantity", "m"), M("2.000 meter", 2000, "quantity", "m"),
      M("11 km²", 11, "quantity", "km2")]),
    ("Indonesia pertama kali meraih medali emas olimpiade pada Olimpiade Barcelona 1992 melalui "
     "Susi Susanti dan Alan Budikusuma. Hingga Olimpiade Paris 2024, Indonesia telah mengoleksi "
     "10 medali emas, 9 perak, dan 8 perunggu.",
     [M("1992", 1992, "year"), M("2024", 2024, "year"), M("10", 10, "count"),
      M("9", 9, "count"), M("8", 8, "count")]),
    ("Festival Java Jazz pertama digelar pada Maret 2005 di Jakarta Convention Center. Edisi ke-20 "
     "pada 2025 menghadirkan lebih dari 100 pertunjukan di 11 panggung selama tiga hari.",
     [M("Maret 2005", 2005, "date"), M("ke-20", 20, "ordinal"), M("2025", 2025, "year"),
      M("100", 100, "count"), M("11", 11, "count"), M("tiga hari", 3, "quantity", "day")]),
    ("Kereta Cepat Whoosh melayani rute Jakarta–Bandung sepanjang 142,3 km dengan kecepatan "
     "maksimum 350 km/jam. Waktu tempuh sekitar 46 menit, jauh lebih singkat dibanding kereta "
     "konvensional yang memerlukan 3 jam.",
     [M("142,3 km", 142.3, "quantity", "km"), M("350 km/jam", 350, "quantity", "km/h"),
      M("46 menit", 46, "quantity", "minute"), M("3 jam", 3, "quantity", "hour")]),
    ("Gojek didirikan pada 2010 oleh Nadiem Makarim sebagai layanan pemesanan ojek melalui pusat "
     "panggilan dengan 20 pengemudi. Pada Mei 2021, perusahaan ini bergabung dengan Tokopedia "
     "membentuk GoTo, dengan valuasi gabungan sekitar US$ 18 miliar.",
     [M("2010", 2010, "year"), M("20", 20, "count"), M("Mei 2021", 2021, "date"),
      M("US$ 18 miliar", 18 * MLRD, "money", "USD", MLRD)]),
    ("Proklamasi Kemerdekaan dibacakan di Jalan Pegangsaan Timur No. 56, Jakarta, pada 17 Agustus "
     "1945 pukul 10.00 pagi. Sehari kemudian, PPKI mengesahkan UUD 1945 yang terdiri atas 37 "
     "pasal.",
     [M("No. 56", 56, "identifier"), M("17 Agustus 1945", 1945, "date"),
      M("10.00", 10, "other"), M("1945", 1945, "year"), M("37", 37, "count")]),
    ("Gempa bermagnitudo 5,6 mengguncang Cianjur pada 21 November 2022 pukul 13.21 WIB dengan "
     "kedalaman 10 km. Bencana ini menewaskan 602 orang dan merusak lebih dari 56.000 rumah.",
     [M("5,6", 5.6, "other", "magnitude"), M("21 November 2022", 2022, "date"),
      M("13.21", hm(13, 21), "other"), M("10 km", 10, "quantity", "km"),
      M("602", 602, "count"), M("56.000", 56000, "count")]),
    ("Jakarta International Stadium diresmikan pada 24 Juli 2022 dan berkapasitas 82.000 "
     "penonton.[3] Stadion ini memiliki atap yang dapat dibuka-tutup seluas 3,2 hektare.[4][5]",
     [M("24 Juli 2022", 2022, "date"), M("82.000", 82000, "count"), M("3", 3, "reference"),
      M("3,2 hektare", 3.2, "quantity", "ha"), M("4", 4, "reference"), M("5", 5, "reference")]),
    ("Menurut Ricklefs (2008: 212), penduduk Pulau Jawa pada 1830 diperkirakan sekitar 7 juta "
     "jiwa. Angka ini meningkat pesat setelah diberlakukannya Sistem Tanam Paksa.[12]",
     [M("2008", 2008, "reference"), M("212", 212, "reference"), M("1830", 1830, "year"),
      M("7 juta", 7 * MLN, "count", None, MLN), M("12", 12, "reference")]),
    # ---- news: regional, national, business, courts, weather, incidents
    ("SEMARANG — Banjir rob kembali merendam kawasan Pelabuhan Tanjung Emas, Senin (3/6/2024). "
     "Ketinggian air mencapai 40–60 cm dan menggenangi sedikitnya 2.150 rumah di 3 kelurahan.",
     [M("3/6/2024", 2024, "date"), R("40–60 cm", 40, 60, "cm"), M("2.150", 2150, "count"),
      M("3", 3, "count")]),
    ("JAKARTA — Presiden meresmikan 12 ruas jalan tol dengan panjang total 363 km pada Kamis "
     "(15/8). Proyek tersebut menelan investasi Rp 87,5 triliun.",
     [M("12", 12, "count"), M("363 km", 363, "quantity", "km"), M("15/8", None, "date"),
      M("Rp 87,5 triliun", 87.5 * TRLN, "money", "IDR", TRLN)]),
    ("Bank Indonesia mempertahankan BI-Rate di level 6,25% pada Rapat Dewan Gubernur 20–21 Mei "
     "2025. Sementara itu, rupiah ditutup melemah 45 poin ke level Rp 16.410 per dolar AS.",
     [M("6,25%", 6.25, "percent", "%"), M("20–21 Mei 2025", 2025, "date"),
      M("45 poin", 45, "other", "point"), M("Rp 16.410", 16410, "money", "IDR")]),
    ("Nilai ekspor Indonesia pada April 2025 mencapai US$ 20,74 miliar, naik 5,76 persen "
     "dibanding April 2024. Neraca perdagangan mencatat surplus selama 60 bulan berturut-turut.",
     [M("April 2025", 2025, "date"), M("US$ 20,74 miliar", 20.74 * MLRD, "money", "USD", MLRD),
      M("5,76 persen", 5.76, "percent", "%"), M("April 2024", 2024, "date"),
      M("60 bulan", 60, "quantity", "month")]),
    ("Harga cabai rawit di Pasar Beringharjo, Yogyakarta, melonjak dari Rp 40.000 menjadi Rp "
     "85.000 per kilogram dalam sepekan terakhir. Kenaikan lebih dari dua kali lipat ini dipicu "
     "curah hujan yang tinggi.",
     [R("Rp 40.000 menjadi Rp 85.000", 40000, 85000, "IDR"),
      M("dua kali lipat", 2, "other", "times")]),
    ("Sebanyak 1.250 jemaah calon haji asal Kabupaten Garut diberangkatkan dalam 4 kloter mulai "
     "14 Mei 2024. Setiap jemaah diperbolehkan membawa bagasi maksimal 32 kg.",
     [M("1.250", 1250, "count"), M("4", 4, "count"), M("14 Mei 2024", 2024, "date"),
      M("32 kg", 32, "quantity", "kg")]),
    ("Majelis hakim Pengadilan Negeri Jakarta Selatan menjatuhkan vonis 6 tahun penjara dan denda "
     "Rp 500 juta subsider 3 bulan kurungan kepada terdakwa. Putusan perkara Nomor "
     "812/Pid.Sus/2024/PN Jkt.Sel itu dibacakan Selasa (11/3/2025).",
     [M("6 tahun", 6, "quantity", "year"), M("Rp 500 juta", 500 * MLN, "money", "IDR", MLN),
      M("3 bulan", 3, "quantity", "month"),
      M("Nomor 812/Pid.Sus/2024/PN Jkt.Sel", 812, "identifier"),
      M("11/3/2025", 2025, "date")]),
    ("Terdakwa dinilai terbukti melanggar Pasal 2 ayat (1) juncto Pasal 18 Undang-Undang Nomor 31 "
     "Tahun 1999 tentang Pemberantasan Tindak Pidana Korupsi. Kerugian negara dalam kasus ini "
     "ditaksir mencapai Rp 1,2 triliun.",
     [M("2", 2, "identifier"), M("1", 1, "identifier"), M("18", 18, "identifier"),
      M("Nomor 31", 31, "identifier"), M("1999", 1999, "year"),
      M("Rp 1,2 triliun", 1.2 * TRLN, "money", "IDR", TRLN)]),
    ("BMKG memprakirakan hujan dengan intensitas sedang hingga lebat di wilayah Jabodetabek pada "
     "Rabu (22/1) pukul 13.00–17.00 WIB. Suhu udara berkisar 24–32°C dengan kelembapan 70–95 "
     "persen.",
     [M("22/1", None, "date"), R("13.00–17.00", 13, 17), R("24–32°C", 24, 32, "degC"),
      R("70–95 persen", 70, 95, "%")]),
    ("Gelombang setinggi 2,5–4 meter berpotensi terjadi di Samudra Hindia selatan Jawa Timur. "
     "Angin bertiup dari arah tenggara dengan kecepatan 10–25 knot.",
     [R("2,5–4 meter", 2.5, 4, "m"), R("10–25 knot", 10, 25, "kn")]),
    ("Kebakaran melanda permukiman padat penduduk di Kelurahan Tambora, Jakarta Barat, Minggu "
     "(9/2) dini hari. Sebanyak 23 unit mobil pemadam dikerahkan dan api baru dapat dipadamkan "
     "sekitar pukul 04.30 WIB. Tidak ada korban jiwa, namun 45 kepala keluarga kehilangan tempat "
     "tinggal.",
     [M("9/2", None, "date"), M("23", 23, "count"), M("04.30", 4.5, "other"),
      M("45", 45, "count")]),
    ("Kecelakaan beruntun yang melibatkan 7 kendaraan terjadi di Tol Cipularang KM 92 arah "
     "Jakarta. Seorang pengemudi truk, AR (41), mengalami luka berat dan dilarikan ke RSUD "
     "Purwakarta.",
     [M("7", 7, "count"), M("KM 92", 92, "quantity", "km"), M("41", 41, "quantity", "year")]),
    # ---- reviews
    ("Dengan durasi 2 jam 10 menit, film ini terasa sedikit bertele-tele di babak kedua. Namun, "
     "akting Reza Rahadian tetap memukau. Nilai dari kami: 8/10.",
     [M("2 jam", 2, "quantity", "hour"), M("10 menit", 10, "quantity", "minute"),
      M("8/10", 8, "other")]),
    ("Porsi nasi gorengnya cukup besar untuk dua orang dan dibanderol Rp 35 ribu. Es teh manis "
     "hanya Rp8.000. Warung ini buka setiap hari pukul 10.00–22.00.",
     [M("dua", 2, "count"), M("Rp 35 ribu", 35 * K, "money", "IDR", K),
      M("Rp8.000", 8000, "money", "IDR"), R("10.00–22.00", 10, 22)]),
    ("Novel setebal 412 halaman ini terbagi dalam 24 bab. Cetakan pertamanya pada 2005 langsung "
     "habis dalam dua minggu, dan hingga kini novel ini telah dicetak ulang lebih dari 40 kali.",
     [M("412", 412, "count"), M("24", 24, "count"), M("2005", 2005, "year"),
      M("dua minggu", 2, "quantity", "week"), M("40 kali", 40, "other", "times")]),
    ("Secara keseluruhan, ponsel ini layak dibeli. Baterai 5.000 mAh-nya mampu bertahan seharian "
     "penuh, dan pengisian daya 33 watt membuatnya terisi 50% hanya dalam 30 menit.",
     [M("5.000 mAh", 5000, "quantity", "mAh"), M("33 watt", 33, "quantity", "W"),
      M("50%", 50, "percent", "%"), M("30 menit", 30, "quantity", "minute")]),
    # ---- government web pages
    ("Pendaftaran CPNS Tahun Anggaran 2024 dibuka mulai 20 Agustus hingga 6 September 2024 melalui "
     "portal SSCASN. Pelamar harus berusia paling rendah 18 tahun dan paling tinggi 35 tahun pada "
     "saat melamar.",
     [M("2024", 2024, "year"), M("20 Agustus", None, "date"), M("6 September 2024", 2024, "date"),
      M("18 tahun", 18, "quantity", "year"), M("35 tahun", 35, "quantity", "year")]),
    ("Besaran iuran BPJS Kesehatan untuk peserta mandiri kelas I adalah Rp 150.000 per orang per "
     "bulan, kelas II Rp 100.000, dan kelas III Rp 42.000 dengan subsidi pemerintah sebesar "
     "Rp 7.000.",
     [M("I", 1, "identifier"), M("Rp 150.000", 150000, "money", "IDR"),
      M("II", 2, "identifier"), M("Rp 100.000", 100000, "money", "IDR"),
      M("III", 3, "identifier"), M("Rp 42.000", 42000, "money", "IDR"),
      M("Rp 7.000", 7000, "money", "IDR")]),
    ("Layanan paspor di Kantor Imigrasi Kelas I Khusus TPI Jakarta Selatan dibuka Senin–Jumat "
     "pukul 08.00–15.00 WIB. Biaya paspor biasa 48 halaman Rp 350.000, sedangkan paspor "
     "elektronik Rp 650.000 dengan masa berlaku 10 tahun.",
     [M("I", 1, "identifier", skip=1), R("08.00–15.00", 8, 15), M("48", 48, "count"),
      M("Rp 350.000", 350000, "money", "IDR"), M("Rp 650.000", 650000, "money", "IDR"),
      M("10 tahun", 10, "quantity", "year")]),
    ("Jumlah penduduk Kabupaten Sleman pada tahun 2023 tercatat 1.147.562 jiwa dengan laju "
     "pertumbuhan 1,02 persen per tahun. Kepadatan penduduk mencapai 1.996 jiwa/km².",
     [M("2023", 2023, "year"), M("1.147.562", 1147562, "count"),
      M("1,02 persen", 1.02, "percent", "%"), M("1.996 jiwa/km²", 1996, "quantity", "1/km2")]),
    ("Bantuan Langsung Tunai Dana Desa diberikan sebesar Rp 300.000 per bulan kepada keluarga "
     "penerima manfaat selama 12 bulan. Pada 2024, alokasinya paling banyak 25 persen dari pagu "
     "Dana Desa.",
     [M("Rp 300.000", 300000, "money", "IDR"), M("12 bulan", 12, "quantity", "month"),
      M("2024", 2024, "year"), M("25 persen", 25, "percent", "%")]),
    # ---- travel guides
    ("Dari Bandara Komodo di Labuan Bajo, perjalanan ke Pulau Padar memakan waktu sekitar 2 jam "
     "dengan kapal cepat. Tiket masuk Taman Nasional Komodo untuk wisatawan domestik Rp 5.000 pada "
     "hari kerja, sedangkan wisatawan asing dikenai Rp 150.000.",
     [M("2 jam", 2, "quantity", "hour"), M("Rp 5.000", 5000, "money", "IDR"),
      M("Rp 150.000", 150000, "money", "IDR")]),
    ("Untuk mencapai puncak Penanjakan, pengunjung harus menaiki 250 anak tangga. Waktu terbaik "
     "berangkat adalah pukul 03.00 agar sempat menyaksikan matahari terbit sekitar pukul 05.15. "
     "Suhu di kawasan Bromo bisa turun hingga 5 derajat Celsius.",
     [M("250", 250, "count"), M("03.00", 3, "other"), M("05.15", 5.25, "other"),
      M("5 derajat Celsius", 5, "quantity", "degC")]),
    ("Candi Borobudur dibangun pada abad ke-8 dan ke-9 oleh wangsa Syailendra. Candi ini memiliki "
     "2.672 panel relief dan 504 arca Buddha. Harga tiket naik ke struktur candi Rp 120.000 untuk "
     "dewasa, dengan kuota 1.200 orang per hari.",
     [M("ke-8", 8, "ordinal"), M("ke-9", 9, "ordinal"), M("2.672", 2672, "count"),
      M("504", 504, "count"), M("Rp 120.000", 120000, "money", "IDR"),
      M("1.200", 1200, "count")]),
    ("Kereta Argo Wilis berangkat dari Stasiun Bandung pukul 07.20 dan tiba di Surabaya Gubeng "
     "pukul 17.45, menempuh jarak sekitar 700 km. Harga tiket kelas eksekutif mulai Rp 450.000 "
     "hingga Rp 620.000.",
     [M("07.20", hm(7, 20), "other"), M("17.45", 17.75, "other"),
      M("700 km", 700, "quantity", "km"),
      R("Rp 450.000 hingga Rp 620.000", 450000, 620000, "IDR")]),
    ("Pantai Pink di Lombok Timur berjarak sekitar 80 km dari Mataram atau 2,5 jam perjalanan "
     "darat. Sewa perahu untuk hopping ke 3 gili berkisar Rp 500.000–Rp 700.000 per kapal.",
     [M("80 km", 80, "quantity", "km"), M("2,5 jam", 2.5, "quantity", "hour"),
      M("3", 3, "count"), R("Rp 500.000–Rp 700.000", 500000, 700000, "IDR")]),
    # ---- obituaries
    ("Telah berpulang ke rahmatullah ayahanda kami tercinta, H. Sutrisno bin Kartodikromo, pada "
     "hari Jumat, 14 Juni 2024, pukul 21.15 WIB dalam usia 78 tahun. Jenazah dimakamkan di TPU "
     "Karet Bivak, Sabtu, 15 Juni 2024.",
     [M("14 Juni 2024", 2024, "date"), M("21.15", 21.25, "other"),
      M("78 tahun", 78, "quantity", "year"), M("15 Juni 2024", 2024, "date")]),
    ("Maestro keroncong Gesang Martohartono wafat di Surakarta pada 20 Mei 2010 dalam usia 92 "
     "tahun. Lagu ciptaannya, Bengawan Solo (1940), telah diterjemahkan ke dalam 13 bahasa.",
     [M("20 Mei 2010", 2010, "date"), M("92 tahun", 92, "quantity", "year"),
      M("1940", 1940, "year"), M("13", 13, "count")]),
    ("Almarhumah meninggalkan suami, 4 anak, dan 11 cucu. Semasa hidupnya ia mengabdi sebagai guru "
     "SD selama 35 tahun.",
     [M("4", 4, "count"), M("11", 11, "count"), M("35 tahun", 35, "quantity", "year")]),
    # ---- blogs and how-to guides
    ("Cara membuat kopi susu gula aren: seduh 18 gram kopi bubuk dengan 40 ml air panas bersuhu "
     "92°C. Tambahkan 20 ml gula aren cair dan 150 ml susu segar, lalu aduk rata. Resep ini cukup "
     "untuk 1 gelas.",
     [M("18 gram", 18, "quantity", "g"), M("40 ml", 40, "quantity", "ml"),
      M("92°C", 92, "quantity", "degC"), M("20 ml", 20, "quantity", "ml"),
      M("150 ml", 150, "quantity", "ml"), M("1", 1, "count")]),
    ("Langkah 3: Buka menu Pengaturan, lalu pilih opsi Keamanan. Masukkan 6 digit kode OTP yang "
     "dikirim lewat SMS dalam waktu 5 menit.",
     [M("3", 3, "identifier"), M("6", 6, "count"), M("5 menit", 5, "quantity", "minute")]),
    ("Bulan lalu saya mencoba menabung dengan metode 50/30/20: 50% gaji untuk kebutuhan, 30% untuk "
     "keinginan, dan 20% untuk tabungan. Dengan gaji Rp 6 juta, berarti Rp 1,2 juta masuk "
     "tabungan setiap bulan.",
     [M("50/30/20", None, "other"), M("50%", 50, "percent", "%"), M("30%", 30, "percent", "%"),
      M("20%", 20, "percent", "%"), M("Rp 6 juta", 6 * MLN, "money", "IDR", MLN),
      M("Rp 1,2 juta", 1.2 * MLN, "money", "IDR", MLN)]),
    ("Tips lari untuk pemula: mulailah dengan 3 kali seminggu, masing-masing 20–30 menit. Setelah "
     "8 minggu, banyak pelari sanggup menyelesaikan lomba lari 5 km tanpa berhenti.",
     [M("3 kali", 3, "other", "times"), R("20–30 menit", 20, 30, "minute"),
      M("8 minggu", 8, "quantity", "week"), M("5 km", 5, "quantity", "km")]),
    ("Untuk mengurus SIM A baru, siapkan fotokopi KTP sebanyak 2 lembar dan surat keterangan "
     "sehat. Biaya penerbitan SIM A sebesar Rp 120.000 sesuai PP Nomor 76 Tahun 2020.",
     [M("2", 2, "count"), M("Rp 120.000", 120000, "money", "IDR"),
      M("Nomor 76", 76, "identifier"), M("2020", 2020, "year")]),
    ("Rendam beras selama 30 menit, lalu masak dengan perbandingan air 1 : 1,5. Kukus selama 15 "
     "menit dengan api sedang agar nasi tidak lembek.",
     [M("30 menit", 30, "quantity", "minute"), M("1 : 1,5", None, "other"),
      M("15 menit", 15, "quantity", "minute")]),
    # ---- press releases
    ("Jakarta, 12 Maret 2025 – PT Garuda Indonesia (Persero) Tbk menambah 18 frekuensi penerbangan "
     "per minggu untuk rute Jakarta–Medan selama periode mudik Lebaran 2025. Maskapai menyiapkan "
     "total 1,2 juta kursi, naik 9 persen dari tahun lalu.",
     [M("12 Maret 2025", 2025, "date"), M("18", 18, "count"), M("2025", 2025, "year"),
      M("1,2 juta", 1.2 * MLN, "count", None, MLN), M("9 persen", 9, "percent", "%")]),
    ("Siaran Pers No. 45/HM/KOMINFO/02/2025. Kementerian mencatat 1.923 konten hoaks sepanjang "
     "2024, sebagian besar terkait isu politik menjelang Pemilu 14 Februari 2024.",
     [M("No. 45/HM/KOMINFO/02/2025", 45, "identifier"), M("1.923", 1923, "count"),
      M("2024", 2024, "year"), M("14 Februari 2024", 2024, "date")]),
    ("Pertamina memastikan stok BBM nasional aman dengan ketahanan rata-rata 21 hari. Harga "
     "Pertamax di Pulau Jawa turun menjadi Rp 12.500 per liter mulai Sabtu (1/3) pukul 00.00 "
     "waktu setempat.",
     [M("21 hari", 21, "quantity", "day"), M("Rp 12.500", 12500, "money", "IDR"),
      M("1/3", None, "date"), M("00.00", 0, "other")]),
    ("Bank BRI menyalurkan kredit UMKM sebesar Rp 1.120 triliun hingga akhir 2024, tumbuh 8,2% "
     "secara tahunan. Porsi kredit UMKM mencapai 81,97% dari total kredit perseroan.",
     [M("Rp 1.120 triliun", 1120 * TRLN, "money", "IDR", TRLN), M("2024", 2024, "year"),
      M("8,2%", 8.2, "percent", "%"), M("81,97%", 81.97, "percent", "%")]),
    # ---- sports reports
    ("Timnas Indonesia menang 2-0 atas Arab Saudi dalam laga Kualifikasi Piala Dunia 2026 di "
     "Stadion Utama Gelora Bung Karno, Selasa (19/11/2024). Marselino Ferdinan mencetak dua gol "
     "pada menit ke-32 dan ke-57 di hadapan 67.000 penonton.",
     [M("2-0", None, "other"), M("2026", 2026, "year"), M("19/11/2024", 2024, "date"),
      M("dua", 2, "count"), M("ke-32", 32, "ordinal"), M("ke-57", 57, "ordinal"),
      M("67.000", 67000, "count")]),
    ("Jonatan Christie menjuarai All England 2024 setelah mengalahkan Anthony Ginting 21-15, 21-14 "
     "dalam 48 menit. Ini merupakan gelar All England pertama bagi tunggal putra Indonesia sejak "
     "1994.",
     [M("2024", 2024, "year"), M("21-15", None, "other"), M("21-14", None, "other"),
      M("48 menit", 48, "quantity", "minute"), M("1994", 1994, "year")]),
    ("Pada MotoGP Mandalika 2023, Francesco Bagnaia finis terdepan setelah menempuh 27 lap dengan "
     "catatan waktu 40 menit 21,3 detik. Kecepatan tertinggi tercatat 322,1 km/jam.",
     [M("2023", 2023, "year"), M("27", 27, "count"), M("40 menit", 40, "quantity", "minute"),
      M("21,3 detik", 21.3, "quantity", "second"), M("322,1 km/jam", 322.1, "quantity", "km/h")]),
    ("Jakarta Bhayangkara Presisi menutup putaran final Proliga 2025 dengan kemenangan 3-1 "
     "(25-20, 23-25, 25-18, 25-21). Mereka mengumpulkan 21 poin dari 8 pertandingan.",
     [M("2025", 2025, "year"), M("3-1", None, "other"), M("25-20", None, "other"),
      M("23-25", None, "other"), M("25-18", None, "other"), M("25-21", None, "other"),
      M("21", 21, "count"), M("8", 8, "count")]),
]
# fmt: on


if __name__ == "__main__":
    _bh.build_all({"id": ID}, "dev_id7", HERE)
