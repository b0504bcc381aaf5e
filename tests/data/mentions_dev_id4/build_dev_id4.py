"""Build the fourth Indonesian numeric-mention development set (``dev_id4_id.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_dev_id4/build_dev_id4.py

A **development** set: the Indonesian rules of ``analysis.mentions`` are tuned on it, so
its scores say nothing about generalisation (the held-out sets do that).  Unlike the
first three Indonesian development sets, which sought out unusual registers, this one is
deliberately **ordinary, broad text**, to show whether rules added for those registers
misfire on everyday Indonesian: national and regional online news (politics and
elections, the economy and the stock exchange, crime and the courts, weather and
disasters, homecoming traffic, health), Wikipedia-style articles on places, people,
history and science, government press releases (ministries, provincial governments,
social assistance), sports reports (football, badminton, athletics, the national
team), business news (banks, listed companies, prices of gold, rice and fuel), school
life (admissions, examinations, the school year) and religious life (Ramadan, Lebaran,
the hajj, zakat, churches and mosques).  The passages were written for this set with the
number conventions such texts really use (``Rp 15.000``, ``Rp1,2 triliun``, ``5,05
persen``, ``Senin (3/6)``, ``pukul 14.30 WIB``, ``AS (34)``, ``KM 47``, ``skor 2-1``).
They were annotated blind, from ``docs/numeric-mentions.md`` and the decisions in the
docstrings of ``tests/data/mentions_heldout/build_heldout.py`` and the
``tests/data/mentions_dev_id*/build_dev_id*.py`` scripts, before the extractor was run on
them.  Texts are already normalised (plain spaces, no NBSP / thin spaces).

Each passage is ``(text, [mentions in text order])`` using the ``M`` / ``R`` helpers and
the ``annotate`` validator of ``tests/data/mentions_heldout/build_heldout.py`` (offsets are
found with ``str.find`` from the end of the previous mention, never typed).  No currency
beyond the validator's ``CURRENCIES`` was needed (IDR, USD).

Ordinary text also carries words that look numeric but are not mentions, kept here on
purpose and left unannotated: ``salah satu``, ``satu-satunya``, ``pertama``, ``kedua``,
``ketiga``, ``keempat``, ``sehari``, ``sebulan``, ``seminggu``, ``seorang``, ``puluhan``,
``ribuan``.

Decisions taken here where the spec and the earlier docstrings are silent, each with the
example that settled it:

* **An increase before ``menjadi``**: ``naik Rp 8.000 menjadi Rp 1.412.000`` names the
  change and the new price, not a start and an end, so it gives two ``money`` mentions
  (the decreasing-range rule of the spec covers ``dari X menjadi Y`` where X is the old
  value: ``dari Rp 2.450 menjadi Rp 16.800``).
* **Ages in brackets after a name** in crime and accident news (``AS (34)``, ``Budi (17)``)
  are ages: ``quantity`` in years with the digits only, the unit implied as after
  ``вместо`` / ``aged`` (round 4); the brackets stay outside.
* **Heights above sea level** ``3.676 mdpl`` (meter di atas permukaan laut) are a
  ``quantity`` in metres with ``mdpl`` inside, like ``2.930 m``.
* **Class and grade numbers**: ``kelas XII`` and ``kelas 6`` name one of a numbered series
  (``identifier``, like ``kelas II`` of a tram ticket in dev_id3); ``kelas 3`` of BPJS
  Kesehatan likewise.  ``nilai rata-rata 85,5`` is a reading on a scale (``other``,
  round 4's ``IPK ≥ 3,00``).
* **Toll-road kilometre posts**: ``KM 47`` is a ``quantity`` of 47 km with ``KM`` inside
  (dev_id3's ``Km 5,6``); ``KM 47 hingga KM 70`` is one ``range`` 47..70 km (like a money
  range with the symbol repeated).
* **Events named with a year** (``Piala AFF 2024``, ``Asian Games 2018``, ``Pemilu 2024``)
  give a ``year`` (dev_id's ``UUD 1945``, heldout's ``Pemilu 1971``).
* **School years** ``tahun ajaran 2024/2025`` are a ``range`` 2024..2025 (``1921/22``).
* **Verses** ``Surah Al-Baqarah ayat 183`` name a verse: ``identifier`` 183 (like
  ``Pasal 33 ayat (3)``).
* **Ranks without ke-** (``peringkat 5 dunia``) are ``ordinal`` like ``peringkat ke-142``
  (dev_id): the noun names a position, not a count.
* **Points in a league table** ``45 poin`` are a ``count`` with ``poin`` outside (dev_id3).
* **Prayer and service counts** ``shalat lima waktu`` give the ``count`` ``lima``;
  ``digelar tiga kali`` of services is a multiplier (``other``, unit ``times``), as the
  spec decides for repetitions.
* **``setengah jam``** is a quantity of 0.5 hour (a fraction before a unit).
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
    # ---- politics and elections
    ("KPU menetapkan Daftar Pemilih Tetap (DPT) Pemilu 2024 sebanyak 204.807.222 pemilih yang "
     "tersebar di 820.161 TPS. Pemungutan suara digelar serentak pada Rabu, 14 Februari 2024. "
     "Pasangan calon nomor urut 2 meraih 96.214.691 suara atau 58,58 persen dari total suara sah, "
     "unggul di 36 dari 38 provinsi, menurut rekapitulasi nasional yang diumumkan Rabu (20/3) "
     "malam.",
     [M("2024", 2024, "year"), M("204.807.222", 204807222, "count"), M("820.161", 820161, "count"),
      M("14 Februari 2024", 2024, "date"), M("2", 2, "identifier"),
      M("96.214.691", 96214691, "count"), M("58,58 persen", 58.58, "percent", "%"),
      M("36", 36, "count"), M("38", 38, "count"), M("20/3", None, "date")]),
    ("Salah satu kursi pimpinan DPRD Kabupaten Bantul periode 2024–2029 akhirnya diisi; DPRD "
     "beranggotakan 45 orang dari 9 partai politik, dan untuk pertama kalinya 11 di antaranya "
     "perempuan.",
     [R("2024–2029", 2024, 2029), M("45", 45, "count"), M("9", 9, "count"), M("11", 11, "count")]),
    ("Presiden melantik 48 menteri dan 56 wakil menteri Kabinet Merah Putih di Istana Negara, "
     "Senin (21/10/2024), sehari setelah pelantikannya sebagai presiden ke-8.",
     [M("48", 48, "count"), M("56", 56, "count"), M("21/10/2024", 2024, "date"),
      M("ke-8", 8, "ordinal")]),
    ("Rapat paripurna DPR yang dihadiri 312 dari 575 anggota menyetujui RUU tersebut menjadi "
     "undang-undang; delapan fraksi setuju dan satu fraksi menolak.",
     [M("312", 312, "count"), M("575", 575, "count"), M("delapan", 8, "count"),
      M("satu", 1, "count")]),
    # ---- economy and business
    ("Badan Pusat Statistik (BPS) mencatat ekonomi Indonesia triwulan II-2024 tumbuh 5,05 persen "
     "secara tahunan (yoy), sedikit melambat dibandingkan triwulan I yang tumbuh 5,11 persen.",
     [M("II", 2, "ordinal"), M("2024", 2024, "year"), M("5,05 persen", 5.05, "percent", "%"),
      M("I", 1, "ordinal"), M("5,11 persen", 5.11, "percent", "%")]),
    ("Bank Indonesia mempertahankan BI-Rate sebesar 6,25%, suku bunga Deposit Facility 5,50% dan "
     "Lending Facility 7,00%. Rupiah ditutup melemah 45 poin ke level Rp15.870 per dolar AS.",
     [M("6,25%", 6.25, "percent", "%"), M("5,50%", 5.5, "percent", "%"),
      M("7,00%", 7, "percent", "%"), M("45 poin", 45, "other", "point"),
      M("Rp15.870", 15870, "money", "IDR")]),
    ("Indeks Harga Saham Gabungan (IHSG) ditutup menguat 0,85 persen ke level 7.250,31 pada "
     "perdagangan Kamis sore; nilai transaksi mencapai Rp 11,3 triliun dengan 18,2 miliar saham "
     "berpindah tangan.",
     [M("0,85 persen", 0.85, "percent", "%"), M("7.250,31", 7250.31, "other"),
      M("Rp 11,3 triliun", 11.3 * TRLN, "money", "IDR", TRLN),
      M("18,2 miliar", 18.2 * MLRD, "count", None, MLRD)]),
    ("PT Bank Rakyat Indonesia (Persero) Tbk membukukan laba bersih Rp 29,9 triliun pada "
     "semester I 2024, naik 1,7 persen dibanding periode yang sama tahun lalu. Penyaluran kredit "
     "mencapai Rp1.340 triliun.",
     [M("Rp 29,9 triliun", 29.9 * TRLN, "money", "IDR", TRLN), M("I", 1, "ordinal"),
      M("2024", 2024, "year"), M("1,7 persen", 1.7, "percent", "%"),
      M("Rp1.340 triliun", 1340 * TRLN, "money", "IDR", TRLN)]),
    ("Harga emas batangan Antam hari ini naik Rp 8.000 menjadi Rp 1.412.000 per gram, sedangkan "
     "harga pembelian kembali (buyback) berada di Rp 1.265.000 per gram. "
     "Harga beras medium di Pasar Induk Cipinang mencapai Rp 13.500 per kilogram, di atas harga "
     "eceran tertinggi Rp 10.900. Bulog menyiapkan 1,2 juta ton cadangan beras untuk operasi "
     "pasar.",
     [M("Rp 8.000", 8000, "money", "IDR"),
      M("Rp 1.412.000", 1412000, "money", "IDR"),
      M("Rp 1.265.000", 1265000, "money", "IDR"),
      M("Rp 13.500", 13500, "money", "IDR"), M("Rp 10.900", 10900, "money", "IDR"),
      M("1,2 juta ton", 1.2 * MLN, "quantity", "t", MLN)]),
    ("Mulai 1 Oktober, harga Pertamax turun menjadi Rp 13.700 per liter dari sebelumnya "
     "Rp 14.475, sementara harga Pertalite tetap Rp 10.000 per liter.",
     [M("1 Oktober", None, "date"), M("Rp 13.700", 13700, "money", "IDR"),
      M("Rp 14.475", 14475, "money", "IDR"), M("Rp 10.000", 10000, "money", "IDR")]),
    ("Nilai ekspor Indonesia pada Juli 2024 mencapai US$22,21 miliar atau naik 6,55 persen "
     "dibanding Juni 2024; neraca perdagangan surplus US$0,47 miliar, surplus 51 bulan "
     "berturut-turut.",
     [M("Juli 2024", 2024, "date"), M("US$22,21 miliar", 22.21 * MLRD, "money", "USD", MLRD),
      M("6,55 persen", 6.55, "percent", "%"), M("Juni 2024", 2024, "date"),
      M("US$0,47 miliar", 0.47 * MLRD, "money", "USD", MLRD),
      M("51 bulan", 51, "quantity", "month")]),
    ("Upah minimum provinsi (UMP) DKI Jakarta 2025 ditetapkan Rp 5.396.761, naik 6,5 persen dari "
     "UMP 2024 sebesar Rp 5.067.381.",
     [M("2025", 2025, "year"), M("Rp 5.396.761", 5396761, "money", "IDR"),
      M("6,5 persen", 6.5, "percent", "%"), M("2024", 2024, "year"),
      M("Rp 5.067.381", 5067381, "money", "IDR")]),
    ("Startup itu memangkas sekitar 200 karyawan atau 15% dari total pegawainya, setelah "
     "pendanaan seri B senilai US$ 50 juta yang diperoleh dua tahun lalu menipis.",
     [M("200", 200, "count"), M("15%", 15, "percent", "%"),
      M("US$ 50 juta", 50 * MLN, "money", "USD", MLN), M("dua tahun", 2, "quantity", "year")]),
    # ---- crime and courts
    ("Polres Metro Jakarta Selatan menangkap dua pelaku pencurian sepeda motor berinisial AS (34) "
     "dan RH (27) di kawasan Pasar Minggu, Selasa (5/3) sekitar pukul 02.30 WIB.",
     [M("dua", 2, "count"), M("34", 34, "quantity", "year"), M("27", 27, "quantity", "year"),
      M("5/3", None, "date"), M("02.30", 2.5, "other")]),
    ("Dari tangan tersangka, polisi menyita 2,5 kilogram sabu dan 1.000 butir pil ekstasi. "
     "Tersangka dijerat Pasal 114 ayat (2) UU Nomor 35 Tahun 2009 tentang Narkotika dengan "
     "ancaman hukuman maksimal 20 tahun penjara.",
     [M("2,5 kilogram", 2.5, "quantity", "kg"), M("1.000", 1000, "count"),
      M("114", 114, "identifier"), M("2", 2, "identifier"), M("Nomor 35", 35, "identifier"),
      M("2009", 2009, "year"), M("20 tahun", 20, "quantity", "year")]),
    ("Kebakaran yang menghanguskan 15 rumah di Kelurahan Tambora diduga dipicu korsleting "
     "listrik. Sebanyak 23 unit mobil pemadam dikerahkan dan api baru padam setelah tiga jam; "
     "seorang warga mengalami luka bakar ringan.",
     [M("15", 15, "count"), M("23", 23, "count"), M("tiga jam", 3, "quantity", "hour")]),
    # ---- weather and disasters
    ("BMKG memprakirakan cuaca Jakarta hari ini cerah berawan dengan suhu 25–33 derajat Celsius "
     "dan kelembapan 60–90 persen. Angin bertiup dari arah barat dengan kecepatan 10–20 km/jam.",
     [R("25–33 derajat Celsius", 25, 33, "degC"), R("60–90 persen", 60, 90, "%"),
      R("10–20 km/jam", 10, 20, "km/h")]),
    ("Banjir setinggi 50 hingga 120 sentimeter merendam 1.245 rumah di 4 kecamatan di Kabupaten "
     "Bandung setelah hujan deras mengguyur sejak pukul 15.00 WIB; 3.870 jiwa mengungsi dan "
     "puluhan sekolah diliburkan.",
     [R("50 hingga 120 sentimeter", 50, 120, "cm"), M("1.245", 1245, "count"), M("4", 4, "count"),
      M("15.00", 15, "other"), M("3.870", 3870, "count")]),
    ("Gempa bumi bermagnitudo 5,8 mengguncang Kabupaten Cianjur pada Senin pukul 13.21 WIB. "
     "Pusat gempa berada 10 km barat daya Cianjur pada kedalaman 11 km dan tidak berpotensi "
     "tsunami.",
     [M("5,8", 5.8, "other", "magnitude"), M("13.21", 13 + 21 / 60, "other"),
      M("10 km", 10, "quantity", "km"), M("11 km", 11, "quantity", "km")]),
    ("Gunung Semeru (3.676 mdpl) kembali erupsi pagi ini dengan tinggi kolom abu teramati "
     "sekitar 800 meter di atas puncak. Warga diminta tidak beraktivitas dalam radius 5 km dari "
     "kawah.",
     [M("3.676 mdpl", 3676, "quantity", "m"), M("800 meter", 800, "quantity", "m"),
      M("5 km", 5, "quantity", "km")]),
    # ---- traffic and transport
    ("Jasa Marga mencatat 150.271 kendaraan meninggalkan Jakarta melalui Gerbang Tol Cikampek "
     "Utama pada H-3 Lebaran, naik 12,3 persen dibanding lalu lintas normal. "
     "Rekayasa lalu lintas contraflow diberlakukan dari KM 47 hingga KM 70 Tol Jakarta-Cikampek "
     "mulai pukul 06.00–12.00 WIB; antrean kendaraan sempat mengular hingga 8 kilometer.",
     [M("150.271", 150271, "count"), M("3", 3, "other"), M("12,3 persen", 12.3, "percent", "%"),
      R("KM 47 hingga KM 70", 47, 70, "km"), R("06.00–12.00", 6, 12),
      M("8 kilometer", 8, "quantity", "km")]),
    ("Kecelakaan beruntun melibatkan 7 kendaraan di Tol Cipularang KM 92 arah Jakarta, Senin "
     "(11/11/2024); satu orang meninggal dan 9 lainnya luka-luka.",
     [M("7", 7, "count"), M("KM 92", 92, "quantity", "km"), M("11/11/2024", 2024, "date"),
      M("satu", 1, "count"), M("9", 9, "count")]),
    ("KRL Commuter Line melayani 1.081 perjalanan per hari dengan rata-rata 900.000 penumpang; "
     "tarif 25 km pertama Rp 3.000 dan Rp 1.000 untuk setiap 10 km berikutnya.",
     [M("1.081", 1081, "count"), M("900.000", 900000, "count"), M("25 km", 25, "quantity", "km"),
      M("Rp 3.000", 3000, "money", "IDR"), M("Rp 1.000", 1000, "money", "IDR"),
      M("10 km", 10, "quantity", "km")]),
    # ---- health
    ("Kementerian Kesehatan mencatat 88.593 kasus demam berdarah dengue (DBD) dengan 621 kematian "
     "hingga minggu ke-17 tahun 2024, hampir tiga kali lipat dibanding periode yang sama tahun "
     "lalu.",
     [M("88.593", 88593, "count"), M("621", 621, "count"), M("ke-17", 17, "ordinal"),
      M("2024", 2024, "year"), M("tiga kali lipat", 3, "other", "times")]),
    ("Prevalensi stunting nasional turun dari 24,4 persen pada 2021 menjadi 21,5 persen pada "
     "2023; pemerintah menargetkan angka itu 14 persen tahun ini.",
     [M("24,4 persen", 24.4, "percent", "%"), M("2021", 2021, "year"),
      M("21,5 persen", 21.5, "percent", "%"), M("2023", 2023, "year"),
      M("14 persen", 14, "percent", "%")]),
    ("Iuran BPJS Kesehatan peserta mandiri kelas 3 sebesar Rp 42.000 per orang per bulan, namun "
     "peserta hanya membayar Rp 35.000 karena pemerintah memberi subsidi Rp 7.000.",
     [M("3", 3, "identifier"), M("Rp 42.000", 42000, "money", "IDR"),
      M("Rp 35.000", 35000, "money", "IDR"), M("Rp 7.000", 7000, "money", "IDR")]),
    ("Dokter menyarankan orang dewasa tidur 7–9 jam setiap malam dan berolahraga minimal 150 "
     "menit per minggu. Tekanan darah di atas 140/90 mmHg sudah tergolong hipertensi.",
     [R("7–9 jam", 7, 9, "hour"), M("150 menit", 150, "quantity", "minute"),
      M("140", 140, "quantity", "mmHg"), M("90 mmHg", 90, "quantity", "mmHg")]),
    # ---- places (Wikipedia style)
    ("Danau Toba adalah danau vulkanik dengan ukuran luas 100 km × 30 km dan kedalaman 505 meter. "
     "Danau ini terbentuk akibat letusan supervulkan sekitar 74.000 tahun lalu.",
     [M("100 km", 100, "quantity", "km"), M("30 km", 30, "quantity", "km"),
      M("505 meter", 505, "quantity", "m"), M("74.000 tahun", 74000, "quantity", "year")]),
    ("Kabupaten Sleman memiliki luas wilayah 574,82 km² dan terdiri atas 17 kapanewon dan 86 "
     "kalurahan. Pada tahun 2020 jumlah penduduknya mencapai 1.125.804 jiwa.",
     [M("574,82 km²", 574.82, "quantity", "km2"), M("17", 17, "count"), M("86", 86, "count"),
      M("2020", 2020, "year"), M("1.125.804", 1125804, "count")]),
    ("Pulau Bali terletak di antara Pulau Jawa dan Lombok, dengan titik tertinggi Gunung Agung "
     "(3.142 m). Bali terbagi atas 8 kabupaten dan 1 kota, dengan ibu kota Denpasar, "
     "satu-satunya kota di pulau itu.",
     [M("3.142 m", 3142, "quantity", "m"), M("8", 8, "count"), M("1", 1, "count")]),
    ("Candi Borobudur dibangun pada abad ke-8 dan ke-9 pada masa Wangsa Syailendra. Candi ini "
     "memiliki 504 arca Buddha dan 72 stupa berterawang.",
     [M("ke-8", 8, "ordinal"), M("ke-9", 9, "ordinal"), M("504", 504, "count"),
      M("72", 72, "count")]),
    # ---- people and history
    ("Ki Hajar Dewantara (lahir di Yogyakarta, 2 Mei 1889 – meninggal di Yogyakarta, 26 April "
     "1959 pada umur 69 tahun) adalah pelopor pendidikan bagi kaum pribumi.",
     [M("2 Mei 1889", 1889, "date"), M("26 April 1959", 1959, "date"),
      M("69 tahun", 69, "quantity", "year")]),
    ("Sumpah Pemuda diikrarkan pada Kongres Pemuda II yang berlangsung 27–28 Oktober 1928 di "
     "Batavia; lagu Indonesia Raya ciptaan W.R. Supratman pertama kali diperdengarkan di sana.",
     [M("II", 2, "ordinal"), M("27–28 Oktober 1928", 1928, "date")]),
    ("B.J. Habibie menjabat sebagai Presiden ke-3 Republik Indonesia selama 1 tahun 5 bulan, dari "
     "21 Mei 1998 hingga 20 Oktober 1999.",
     [M("ke-3", 3, "ordinal"), M("1 tahun", 1, "quantity", "year"),
      M("5 bulan", 5, "quantity", "month"), M("21 Mei 1998", 1998, "date"),
      M("20 Oktober 1999", 1999, "date")]),
    # ---- science
    ("Cahaya merambat dengan kecepatan sekitar 300.000 km per detik, sehingga cahaya Matahari "
     "membutuhkan kira-kira 8 menit 20 detik untuk mencapai Bumi. "
     "Bumi berumur sekitar 4,5 miliar tahun dan mengelilingi Matahari dalam 365,25 hari, "
     "sedangkan Bulan mengorbit Bumi setiap 27,3 hari.",
     [M("300.000 km per detik", 300000, "quantity", "km/s"), M("8 menit", 8, "quantity", "minute"),
      M("20 detik", 20, "quantity", "second"),
      M("4,5 miliar tahun", 4.5 * MLRD, "quantity", "year", MLRD),
      M("365,25 hari", 365.25, "quantity", "day"), M("27,3 hari", 27.3, "quantity", "day")]),
    ("Sel tubuh manusia memiliki 46 kromosom atau 23 pasang. Air murni mendidih pada suhu 100 "
     "derajat Celsius dan membeku pada 0 °C pada tekanan 1 atmosfer.",
     [M("46", 46, "count"), M("23", 23, "count"),
      M("100 derajat Celsius", 100, "quantity", "degC"), M("0 °C", 0, "quantity", "degC"),
      M("1 atmosfer", 1, "quantity", "atm")]),
    # ---- government press releases
    ("Siaran Pers Nomor 214/HM/KOMINFO/05/2024. Pemerintah menyalurkan bantuan langsung tunai "
     "(BLT) El Nino sebesar Rp 200.000 per bulan selama dua bulan kepada 18,8 juta keluarga "
     "penerima manfaat.",
     [M("Nomor 214/HM/KOMINFO/05/2024", 214, "identifier"), M("Rp 200.000", 200000, "money", "IDR"),
      M("dua bulan", 2, "quantity", "month"), M("18,8 juta", 18.8 * MLN, "count", None, MLN)]),
    ("Kementerian PUPR menargetkan penyelesaian 1.200 km jalan tol baru hingga akhir 2024, "
     "dengan total investasi sekitar Rp 250 triliun; saat ini 2.816 km jalan tol telah "
     "beroperasi.",
     [M("1.200 km", 1200, "quantity", "km"), M("2024", 2024, "year"),
      M("Rp 250 triliun", 250 * TRLN, "money", "IDR", TRLN), M("2.816 km", 2816, "quantity", "km")]),
    ("Pemerintah Provinsi Jawa Tengah membuka pendaftaran mudik gratis 2024 untuk 20.000 "
     "pemudik dengan 400 bus ke 27 kota tujuan; pendaftaran ditutup 31 Maret 2024 pukul 23.59 "
     "WIB.",
     [M("2024", 2024, "year"), M("20.000", 20000, "count"), M("400", 400, "count"),
      M("27", 27, "count"), M("31 Maret 2024", 2024, "date"), M("23.59", 23 + 59 / 60, "other")]),
    # ---- sports
    ("Timnas Indonesia menang 2-1 atas Arab Saudi pada laga keempat Grup C kualifikasi Piala "
     "Dunia 2026 di Stadion Utama Gelora Bung Karno, Selasa (19/11) malam, di hadapan 70.000 "
     "penonton. Marselino mencetak dua gol pada menit ke-32 dan ke-57. "
     "Dengan hasil itu Indonesia naik ke posisi ke-3 klasemen sementara dengan 6 poin dari 6 "
     "laga, terpaut 4 poin dari Jepang di puncak.",
     [M("2-1", None, "other"), M("2026", 2026, "year"), M("19/11", None, "date"),
      M("70.000", 70000, "count"), M("dua", 2, "count"), M("ke-32", 32, "ordinal"),
      M("ke-57", 57, "ordinal"),
      M("ke-3", 3, "ordinal"), M("6", 6, "count"), M("6", 6, "count"), M("4", 4, "count")]),
    ("Jonatan Christie menjuarai All England 2024 setelah mengalahkan Anthony Sinisuka Ginting "
     "21-15, 21-14 dalam waktu 45 menit; ia kini menempati peringkat 3 dunia.",
     [M("2024", 2024, "year"), M("21-15", None, "other"), M("21-14", None, "other"),
      M("45 menit", 45, "quantity", "minute"), M("3", 3, "ordinal")]),
    ("Persib Bandung mengukuhkan diri di puncak klasemen Liga 1 dengan 45 poin dari 20 "
     "pertandingan setelah menundukkan Persija 3-1 pada pekan ke-20.",
     [M("1", 1, "other"), M("45", 45, "count"), M("20", 20, "count"), M("3-1", None, "other"),
      M("ke-20", 20, "ordinal")]),
    ("Lalu Muhammad Zohri finis ketiga di nomor 100 meter putra dengan catatan waktu 10,18 detik, "
     "sementara pelari maraton Agus Prayogo menyelesaikan lomba dalam 2 jam 21 menit.",
     [M("100 meter", 100, "quantity", "m"), M("10,18 detik", 10.18, "quantity", "second"),
      M("2 jam", 2, "quantity", "hour"), M("21 menit", 21, "quantity", "minute")]),
    ("Indonesia finis di peringkat ke-13 Asian Games 2022 Hangzhou dengan 7 emas, 11 perak dan "
     "18 perunggu, jauh di bawah capaian Asian Games 2018 di Jakarta-Palembang.",
     [M("ke-13", 13, "ordinal"), M("2022", 2022, "year"), M("7", 7, "count"),
      M("11", 11, "count"), M("18", 18, "count"), M("2018", 2018, "year")]),
    # ---- school life
    ("Pendaftaran PPDB SMA negeri tahun ajaran 2024/2025 dibuka 10 Juni 2024. Kuota jalur zonasi "
     "minimal 50 persen, jalur afirmasi 15 persen dan jalur perpindahan orang tua 5 persen.",
     [R("2024/2025", 2024, 2025), M("10 Juni 2024", 2024, "date"),
      M("50 persen", 50, "percent", "%"), M("15 persen", 15, "percent", "%"),
      M("5 persen", 5, "percent", "%")]),
    ("Sebanyak 312 siswa kelas XII SMA Negeri 1 Yogyakarta mengikuti UTBK 2024; nilai rata-rata "
     "sekolah itu 648,5, tertinggi di kota tersebut.",
     [M("312", 312, "count"), M("XII", 12, "identifier"), M("1", 1, "identifier"),
      M("2024", 2024, "year"), M("648,5", 648.5, "other")]),
    ("Setiap hari siswa kelas 6 SD masuk pukul 07.00 dan pulang pukul 13.30; jam istirahat "
     "berlangsung setengah jam, dan pelajaran olahraga dua kali seminggu.",
     [M("6", 6, "identifier"), M("07.00", 7, "other"), M("13.30", 13.5, "other"),
      M("setengah jam", 0.5, "quantity", "hour"), M("dua kali", 2, "other", "times")]),
    ("Pemerintah menyalurkan Program Indonesia Pintar (PIP) kepada 18,6 juta siswa; siswa SD "
     "menerima Rp 450.000 per tahun, SMP Rp 750.000 dan SMA Rp 1,8 juta.",
     [M("18,6 juta", 18.6 * MLN, "count", None, MLN), M("Rp 450.000", 450000, "money", "IDR"),
      M("Rp 750.000", 750000, "money", "IDR"), M("Rp 1,8 juta", 1.8 * MLN, "money", "IDR", MLN)]),
    # ---- religious life
    ("Pemerintah menetapkan 1 Syawal 1445 H jatuh pada Rabu, 10 April 2024, setelah sidang isbat "
     "yang dihadiri perwakilan ormas Islam; hilal teramati di 2 dari 120 titik pemantauan.",
     [M("1 Syawal 1445", 1445, "date"), M("10 April 2024", 2024, "date"), M("2", 2, "count"),
      M("120", 120, "count")]),
    ("Kuota haji Indonesia tahun 2024 sebanyak 241.000 jemaah, terdiri atas 221.720 jemaah haji "
     "reguler dan 19.280 jemaah haji khusus; rata-rata biaya yang dibayar jemaah Rp 56 juta.",
     [M("2024", 2024, "year"), M("241.000", 241000, "count"), M("221.720", 221720, "count"),
      M("19.280", 19280, "count"), M("Rp 56 juta", 56 * MLN, "money", "IDR", MLN)]),
    ("Besaran zakat fitrah di Kota Bandung tahun ini ditetapkan 2,5 kilogram beras atau uang "
     "senilai Rp 45.000 per jiwa. Umat Islam diwajibkan berpuasa sebulan penuh dan menjalankan "
     "shalat lima waktu.",
     [M("2,5 kilogram", 2.5, "quantity", "kg"), M("Rp 45.000", 45000, "money", "IDR"),
      M("lima", 5, "count")]),
    ("Dalam Surah Al-Baqarah ayat 183 disebutkan kewajiban berpuasa. Masjid Istiqlal yang "
     "berdiri di atas lahan 9,32 hektare mampu menampung sekitar 200.000 jemaah.",
     [M("183", 183, "identifier"), M("9,32 hektare", 9.32, "quantity", "ha"),
      M("200.000", 200000, "count")]),
    ("Misa Natal di Gereja Katedral Jakarta digelar tiga kali, yakni pukul 17.00, 19.00 dan 21.00 "
     "WIB, dengan pengamanan 350 personel gabungan TNI-Polri bagi "
     "ribuan umat.",
     [M("tiga kali", 3, "other", "times"), M("17.00", 17, "other"), M("19.00", 19, "other"),
      M("21.00", 21, "other"), M("350", 350, "count")]),
    # ---- regional news
    ("Pemkot Semarang meresmikan Pasar Johar yang direvitalisasi dengan anggaran Rp 188 miliar; "
     "pasar tiga lantai itu menampung 1.800 pedagang dan dibuka setiap hari pukul 05.00–17.00.",
     [M("Rp 188 miliar", 188 * MLRD, "money", "IDR", MLRD), M("tiga", 3, "count"),
      M("1.800", 1800, "count"), R("05.00–17.00", 5, 17)]),
    ("Festival Danau Sentani ke-16 yang berlangsung 19–23 Juni di Kabupaten Jayapura diikuti 24 "
     "kampung adat dan dikunjungi lebih dari 10 ribu wisatawan.",
     [M("ke-16", 16, "ordinal"), M("19–23 Juni", None, "date"), M("24", 24, "count"),
      M("10 ribu", 10 * K, "count", None, K)]),
]
# fmt: on


def main() -> None:
    _bh.build_all({"id": ID}, "dev_id4", HERE)


if __name__ == "__main__":
    main()
