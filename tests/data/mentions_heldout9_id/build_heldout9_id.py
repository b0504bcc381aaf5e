"""Build the ninth Indonesian held-out numeric-mention set (``heldout9_id_id.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_heldout9_id/build_heldout9_id.py

A **sealed held-out** set: it was written and annotated blind and must never be tuned
on.  Report its scores only, never its disagreements.  The passages are modern and
colonial-era Indonesian in these registers: encyclopaedia articles (biographies, cities,
historical events); court judgments and laws; company annual reports and economic news;
drug leaflets and clinical case reports; school textbooks (mathematics, geography,
history); travel guides; colonial-era and modern newspapers; property adverts; official
statistics releases (census, agriculture, inflation); sports news; aviation and space;
forums and question-and-answer pages.  They were written for this set in the style of
those registers, with the number conventions real writers use (``Selasa (18/6/2024)``,
``pukul 06.30–16.30 WIB``, ``Rp 875 jt``, ``f 0,14``, ``6 (enam) tahun``, ``104 x/menit``).
They were annotated **blind**, from ``docs/numeric-mentions.md`` and the decisions in the
docstrings of ``tests/data/mentions_heldout/build_heldout.py``, ``mentions_heldout2``,
``mentions_heldout3`` and the ``tests/data/mentions_dev_*/build_dev_*.py`` scripts,
without reading the extractor's code and without running it on them.  Texts are already
normalised (plain spaces, no NBSP / thin spaces).

Each passage is ``(text, [mentions in text order])`` using the ``M`` / ``R`` helpers and
the ``annotate`` validator of ``tests/data/mentions_heldout/build_heldout.py`` (offsets are
found with ``str.find`` from the end of the previous mention, never typed).  No currency
beyond the validator's ``CURRENCIES`` was needed (IDR, USD, NLG).

Words that look numeric but are not mentions, left unannotated on purpose: ``pertama``,
``kedua``, ``setahun``, ``sekati``, ``sebuah``, ``Seorang``, month names alone.

Decisions taken here where the spec and the earlier docstrings are silent, each with the
example that settled it:

* **A clock-style duration in two units** ``7 jam 20 menit`` is one ``quantity`` in
  hours (7.3333), like ``в 4 часа 15 минут`` and ``1h 33m``.
* **A month range sharing one year** ``Januari–Mei 2024`` is one ``date`` (value 2024),
  like the Kazakh ``2024 жылдың қаңтар-қыркүйегінде``.
* **Coordinates across hemispheres** ``6° LU – 11° LS`` are two angle quantities
  (``deg``, hemisphere outside), no range, since the ends lie in different hemispheres.
* **A mean with a tolerance band** ``sasaran 2,5±1%`` gives two percents, like
  ``(50 ± 10) %``.
* **An Apgar score pair** ``skor Apgar 6/8`` is one ``other``, value null, like a shift
  pattern ``2/2``.
* **A worked sum with a unit on its result** ``22/7 × 7 × 7 × 10 = 1.540 cm³``: the
  operands are ``other``, the result with its unit a ``quantity``.
* **A weight class** ``kelas 73 kg`` is a ``quantity`` in kg (a measure with a unit).
* **Model and mission names**: an aircraft or rocket or motorcycle model (``Boeing
  737-500``, ``Falcon 9``, ``Vario 125``) is an ``identifier`` with the model number only
  (value null when it has two numbers), like ``Cessna 208``; a mission or satellite name
  (``Apollo 11``, ``SATRIA-1``), a league (``Liga 1``) and a place name (``Kepulauan
  Seribu``) are names containing a number, ``other``.
* **A floor number** ``di lantai 18`` is an ``ordinal`` (like ``7/12 қабат``).
* **Party numbers** ``Tergugat I dan Tergugat II`` are ``identifier`` (numbered parties).
* **Installments** ``cicilan 12x`` are a multiplier (``other``, ``times``), like ``2,3x``.
* **Years joined by ``antara ... dan``** (``antara 1831 dan 1877``) are two ``year``
  mentions, a list like ``between 1990 and ...``, not a range.
* **Unit codes** used: ``km``, ``m``, ``cm``, ``mm``, ``km2``, ``m2``, ``km3``, ``cm3``,
  ``ha``, ``1/km2``, ``kg``, ``g``, ``mg``, ``t``, ``l``, ``ml``, ``ft``, ``mm/year``,
  ``mg/kg/d``, ``ml/min``, ``g/dl``, ``mg/dl``, ``1/ul``, ``mmHg``, ``bpm``, ``1/min``,
  ``degC``, ``deg``, ``W``, ``Gbit/s``, ``bahu``, ``pikul``, ``minute``, ``hour``, ``day``,
  ``night``, ``week``, ``month``, ``year``, ``times``, ``point``, ``%``.
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
    """A clock time or duration in hours."""
    return h + m / 60


# fmt: off
# ============================================================================ id
ID = [
    # ---- encyclopaedia: biographies
    ("Ki Hajar Dewantara (lahir di Yogyakarta, 2 Mei 1889 – meninggal di Yogyakarta, 26 April "
     "1959 pada umur 69 tahun) adalah pelopor pendidikan bagi kaum pribumi. Ia mendirikan "
     "Perguruan Taman Siswa pada 3 Juli 1922 dan menjabat Menteri Pengajaran dari 19 Agustus "
     "hingga 14 November 1945.",
     [M("2 Mei 1889", 1889, "date"), M("26 April 1959", 1959, "date"),
      M("69 tahun", 69, "quantity", "year"), M("3 Juli 1922", 1922, "date"),
      M("19 Agustus", None, "date"), M("14 November 1945", 1945, "date")]),
    ("Raden Adjeng Kartini lahir di Jepara pada 21 April 1879 sebagai anak kelima dari 11 "
     "bersaudara. Ia wafat pada 17 September 1904 dalam usia 25 tahun; surat-suratnya kepada "
     "sahabat di Belanda dibukukan oleh J.H. Abendanon pada 1911.",
     [M("21 April 1879", 1879, "date"), M("11", 11, "count"),
      M("17 September 1904", 1904, "date"), M("25 tahun", 25, "quantity", "year"),
      M("1911", 1911, "year")]),
    ("Bacharuddin Jusuf Habibie menjabat Presiden Republik Indonesia ke-3 selama 517 hari, dari "
     "21 Mei 1998 sampai 20 Oktober 1999. Sebelumnya ia menjadi Menteri Negara Riset dan "
     "Teknologi selama 20 tahun dan memimpin IPTN yang pada 1995 menerbangkan pesawat N-250.",
     [M("ke-3", 3, "ordinal"), M("517 hari", 517, "quantity", "day"),
      M("21 Mei 1998", 1998, "date"), M("20 Oktober 1999", 1999, "date"),
      M("20 tahun", 20, "quantity", "year"), M("1995", 1995, "year"),
      M("N-250", 250, "identifier")]),
    ("Susi Susanti (lahir 11 Februari 1971) adalah pemain bulu tangkis yang meraih medali emas "
     "tunggal putri pada Olimpiade Barcelona 1992. Sepanjang kariernya ia memenangi 4 gelar All "
     "England dan 6 gelar World Badminton Grand Prix Finals.",
     [M("11 Februari 1971", 1971, "date"), M("1992", 1992, "year"), M("4", 4, "count"),
      M("6", 6, "count")]),
    # ---- encyclopaedia: cities
    ("Kota Surabaya memiliki luas wilayah 350,54 km² dan terbagi atas 31 kecamatan serta 153 "
     "kelurahan. Berdasarkan Sensus Penduduk 2020, jumlah penduduknya mencapai 2.874.314 jiwa "
     "dengan kepadatan sekitar 8.200 jiwa/km².",
     [M("350,54 km²", 350.54, "quantity", "km2"), M("31", 31, "count"), M("153", 153, "count"),
      M("2020", 2020, "year"), M("2.874.314", 2874314, "count"),
      M("8.200 jiwa/km²", 8200, "quantity", "1/km2")]),
    ("Bukittinggi terletak pada ketinggian 909–941 meter di atas permukaan laut dengan suhu "
     "rata-rata 16,1–24,9 °C. Kota ini pernah menjadi ibu kota Pemerintahan Darurat Republik "
     "Indonesia pada 1948–1949, dan Jam Gadang setinggi 26 meter dibangun pada tahun 1926.",
     [R("909–941 meter", 909, 941, "m"), R("16,1–24,9 °C", 16.1, 24.9, "degC"),
      R("1948–1949", 1948, 1949), M("26 meter", 26, "quantity", "m"), M("1926", 1926, "year")]),
    ("Kabupaten Administrasi Kepulauan Seribu terdiri atas 110 pulau, tetapi hanya 11 pulau yang "
     "berpenghuni. Jaraknya sekitar 45 km dari pantai utara Jakarta dan dapat dicapai dengan "
     "kapal cepat dalam 1,5 jam.",
     [M("Seribu", 1000, "other"), M("110", 110, "count"), M("11", 11, "count"),
      M("45 km", 45, "quantity", "km"), M("1,5 jam", 1.5, "quantity", "hour")]),
    ("Kota Bandung didirikan pada 25 September 1810 atas perintah Gubernur Jenderal Herman Willem "
     "Daendels. Pada tahun 1930 penduduknya berjumlah 166.815 jiwa, dan kota ini menjadi tuan "
     "rumah Konferensi Asia-Afrika pada 18–24 April 1955 yang dihadiri 29 negara.",
     [M("25 September 1810", 1810, "date"), M("1930", 1930, "year"),
      M("166.815", 166815, "count"), M("18–24 April 1955", 1955, "date"),
      M("29", 29, "count")]),
    # ---- encyclopaedia: historical events
    ("Pertempuran 10 November 1945 di Surabaya berlangsung sekitar tiga minggu. Diperkirakan "
     "6.000 hingga 16.000 pejuang Indonesia gugur, sementara pihak Inggris kehilangan sekitar 600 "
     "hingga 2.000 tentara.",
     [M("10 November 1945", 1945, "date"), M("tiga minggu", 3, "quantity", "week"),
      R("6.000 hingga 16.000", 6000, 16000), R("600 hingga 2.000", 600, 2000)]),
    ("Konferensi Meja Bundar di Den Haag berlangsung dari 23 Agustus sampai 2 November 1949. "
     "Belanda mengakui kedaulatan Republik Indonesia Serikat pada 27 Desember 1949, dan Indonesia "
     "menanggung utang Hindia Belanda sebesar 4,3 miliar gulden.",
     [M("23 Agustus", None, "date"), M("2 November 1949", 1949, "date"),
      M("27 Desember 1949", 1949, "date"),
      M("4,3 miliar gulden", 4.3 * MLRD, "money", "NLG", MLRD)]),
    ("Letusan Gunung Tambora pada 10 April 1815 melontarkan sekitar 150 km³ material ke "
     "atmosfer. Sedikitnya 71.000 orang tewas, dan tahun berikutnya, 1816, dikenal di Eropa "
     "sebagai tahun tanpa musim panas.",
     [M("10 April 1815", 1815, "date"), M("150 km³", 150, "quantity", "km3"),
      M("71.000", 71000, "count"), M("1816", 1816, "year")]),
    ("Perang Aceh berlangsung dari 1873 hingga 1904 dan merupakan perang terpanjang yang "
     "dihadapi Belanda di Nusantara. Dalam ekspedisi pertama pada April 1873, Belanda mengerahkan "
     "3.198 tentara, dan Jenderal J.H.R. Köhler tewas pada 14 April 1873.",
     [R("1873 hingga 1904", 1873, 1904), M("April 1873", 1873, "date"),
      M("3.198", 3198, "count"), M("14 April 1873", 1873, "date")]),
    # ---- court judgments
    ("Menimbang, bahwa Terdakwa telah terbukti secara sah dan meyakinkan bersalah melakukan "
     "tindak pidana sebagaimana diatur dalam Pasal 2 ayat (1) jo. Pasal 18 Undang-Undang Nomor 31 "
     "Tahun 1999; menjatuhkan pidana penjara selama 6 (enam) tahun dan denda sebesar "
     "Rp500.000.000,00 (lima ratus juta rupiah).",
     [M("2", 2, "identifier"), M("1", 1, "identifier"), M("18", 18, "identifier"),
      M("Nomor 31", 31, "identifier"), M("1999", 1999, "year"),
      M("6", 6, "quantity", "year"), M("enam", 6, "quantity", "year"),
      M("Rp500.000.000,00", 500 * MLN, "money", "IDR"),
      M("lima ratus juta rupiah", 500 * MLN, "money", "IDR", MLN)]),
    ("Putusan Mahkamah Agung Nomor 1261 K/Pid.Sus/2022 tanggal 14 Juni 2022 menolak permohonan "
     "kasasi Penuntut Umum. Terdakwa sebelumnya dihukum 4 (empat) tahun penjara oleh Pengadilan "
     "Negeri dan diwajibkan membayar uang pengganti Rp 1.250.000.000.",
     [M("Nomor 1261 K/Pid.Sus/2022", 1261, "identifier"), M("14 Juni 2022", 2022, "date"),
      M("4", 4, "quantity", "year"), M("empat", 4, "quantity", "year"),
      M("Rp 1.250.000.000", 1_250_000_000, "money", "IDR")]),
    ("Menghukum Tergugat I dan Tergugat II secara tanggung renteng untuk membayar ganti rugi "
     "materiil sebesar Rp 2.350.000.000,- kepada Penggugat dalam waktu 14 (empat belas) hari "
     "sejak putusan ini berkekuatan hukum tetap.",
     [M("I", 1, "identifier"), M("II", 2, "identifier"),
      M("Rp 2.350.000.000,-", 2_350_000_000, "money", "IDR"),
      M("14", 14, "quantity", "day"), M("empat belas", 14, "quantity", "day")]),
    # ---- laws and regulations
    ("Pasal 81 angka 25 Undang-Undang Nomor 6 Tahun 2023 mengubah ketentuan Pasal 88C sehingga "
     "upah minimum ditetapkan setiap tahun. Pekerja dengan masa kerja kurang dari 1 (satu) tahun "
     "berhak atas upah sesuai ketentuan Pasal 88E ayat (2).",
     [M("81", 81, "identifier"), M("25", 25, "identifier"), M("Nomor 6", 6, "identifier"),
      M("2023", 2023, "year"), M("88C", 88, "identifier"), M("1", 1, "quantity", "year"),
      M("satu", 1, "quantity", "year"), M("88E", 88, "identifier"), M("2", 2, "identifier")]),
    ("Peraturan Daerah Provinsi DKI Jakarta Nomor 8 Tahun 2007 tentang Ketertiban Umum, Pasal 40 "
     "huruf c, melarang setiap orang memberikan uang kepada pengemis; pelanggar diancam kurungan "
     "paling singkat 10 hari dan paling lama 60 hari atau denda Rp 100.000 sampai Rp 20.000.000.",
     [M("Nomor 8", 8, "identifier"), M("2007", 2007, "year"), M("40", 40, "identifier"),
      M("10 hari", 10, "quantity", "day"), M("60 hari", 60, "quantity", "day"),
      R("Rp 100.000 sampai Rp 20.000.000", 100000, 20 * MLN, "IDR")]),
    ("Berdasarkan Peraturan Pemerintah Nomor 51 Tahun 2023, kenaikan upah minimum dihitung dengan "
     "formula inflasi ditambah perkalian pertumbuhan ekonomi dan indeks tertentu yang bernilai "
     "0,10–0,30. Ketentuan ini mulai berlaku pada 10 November 2023.",
     [M("Nomor 51", 51, "identifier"), M("2023", 2023, "year"), R("0,10–0,30", 0.1, 0.3),
      M("10 November 2023", 2023, "date")]),
    # ---- annual reports
    ("Sepanjang tahun 2023, Perseroan membukukan pendapatan usaha sebesar Rp 87,3 triliun, "
     "tumbuh 9,4% dibandingkan tahun sebelumnya. Laba tahun berjalan yang dapat diatribusikan "
     "kepada pemilik entitas induk mencapai Rp 12,1 triliun, dan Direksi mengusulkan pembagian "
     "dividen tunai sebesar Rp 156 per saham.",
     [M("2023", 2023, "year"), M("Rp 87,3 triliun", 87.3 * TRLN, "money", "IDR", TRLN),
      M("9,4%", 9.4, "percent", "%"), M("Rp 12,1 triliun", 12.1 * TRLN, "money", "IDR", TRLN),
      M("Rp 156", 156, "money", "IDR")]),
    ("Hingga 31 Desember 2023, jaringan Bank terdiri atas 1.235 kantor cabang, 18.420 ATM, dan "
     "27.600 karyawan tetap. Rasio kecukupan modal (CAR) tercatat 21,7%, sedangkan rasio kredit "
     "bermasalah (NPL) gross turun 35 bps menjadi 2,1%.",
     [M("31 Desember 2023", 2023, "date"), M("1.235", 1235, "count"), M("18.420", 18420, "count"),
      M("27.600", 27600, "count"), M("21,7%", 21.7, "percent", "%"),
      M("35 bps", 0.35, "percent", "%"), M("2,1%", 2.1, "percent", "%")]),
    ("Produksi batu bara Perseroan pada 2023 mencapai 41,9 juta ton, naik dari 37,1 juta ton pada "
     "2022, dengan nisbah kupas rata-rata 6,8x. Harga jual rata-rata turun 24% menjadi US$ 97,5 "
     "per ton.",
     [M("2023", 2023, "year"), M("41,9 juta ton", 41.9 * MLN, "quantity", "t", MLN),
      M("37,1 juta ton", 37.1 * MLN, "quantity", "t", MLN), M("2022", 2022, "year"),
      M("6,8x", 6.8, "other", "times"), M("24%", 24, "percent", "%"),
      M("US$ 97,5", 97.5, "money", "USD")]),
    ("Jumlah pelanggan seluler Perseroan mencapai 159,3 juta pada akhir 2023.¹ Pelanggan "
     "IndiHome bertambah 0,6 juta menjadi 9,2 juta. Belanja modal sebesar Rp 33,3 triliun atau "
     "22,2% dari pendapatan.",
     [M("159,3 juta", 159.3 * MLN, "count", None, MLN), M("2023", 2023, "year"),
      M("¹", 1, "reference", glued=True), M("0,6 juta", 0.6 * MLN, "count", None, MLN),
      M("9,2 juta", 9.2 * MLN, "count", None, MLN),
      M("Rp 33,3 triliun", 33.3 * TRLN, "money", "IDR", TRLN),
      M("22,2%", 22.2, "percent", "%")]),
    # ---- economic news
    ("Jakarta - Nilai tukar rupiah terhadap dolar AS ditutup melemah 0,35% ke level Rp 16.245 per "
     "dolar AS pada perdagangan Selasa (18/6/2024). Sementara itu, Indeks Harga Saham Gabungan "
     "(IHSG) naik 42,7 poin ke posisi 6.768,3.",
     [M("0,35%", 0.35, "percent", "%"), M("Rp 16.245", 16245, "money", "IDR"),
      M("18/6/2024", 2024, "date"), M("42,7 poin", 42.7, "other", "point"),
      M("6.768,3", 6768.3, "other")]),
    ("Bank Indonesia mempertahankan BI-Rate sebesar 6,25%, suku bunga Deposit Facility 5,50%, dan "
     "Lending Facility 7,00%. Keputusan ini konsisten dengan upaya menjaga inflasi dalam sasaran "
     "2,5±1% pada 2024 dan 2025.",
     [M("6,25%", 6.25, "percent", "%"), M("5,50%", 5.5, "percent", "%"),
      M("7,00%", 7.0, "percent", "%"), M("2,5", 2.5, "percent", "%"),
      M("1%", 1, "percent", "%"), M("2024", 2024, "year"), M("2025", 2025, "year")]),
    ("Ekspor minyak sawit mentah Indonesia pada Januari–Mei 2024 tercatat 9,8 juta ton senilai "
     "US$ 8,2 miliar, turun 12,6 persen secara tahunan. India masih menjadi tujuan utama dengan "
     "pangsa sekitar seperlima dari total ekspor.",
     [M("Januari–Mei 2024", 2024, "date"), M("9,8 juta ton", 9.8 * MLN, "quantity", "t", MLN),
      M("US$ 8,2 miliar", 8.2 * MLRD, "money", "USD", MLRD),
      M("12,6 persen", 12.6, "percent", "%"), M("seperlima", 0.2, "other")]),
    # ---- drug leaflets
    ("KOMPOSISI: Tiap tablet salut selaput mengandung amoksisilin trihidrat setara dengan "
     "amoksisilin 500 mg. DOSIS: Dewasa dan anak dengan berat badan di atas 40 kg: 3 x sehari 1 "
     "tablet. Anak: 25–50 mg/kg BB/hari dalam dosis terbagi setiap 8 jam.",
     [M("500 mg", 500, "quantity", "mg"), M("40 kg", 40, "quantity", "kg"),
      M("3 x", 3, "other", "times"), M("1", 1, "count"),
      R("25–50 mg/kg BB/hari", 25, 50, "mg/kg/d"), M("8 jam", 8, "quantity", "hour")]),
    ("Parasetamol sirup 120 mg/5 ml. Anak usia 1–2 tahun: 5 ml, 3–4 kali sehari. Jangan "
     "melebihi 4 dosis dalam 24 jam. Simpan pada suhu di bawah 30°C, terlindung dari cahaya. "
     "Isi: botol 60 ml.",
     [M("120 mg", 120, "quantity", "mg"), M("5 ml", 5, "quantity", "ml"),
      R("1–2 tahun", 1, 2, "year"), M("5 ml", 5, "quantity", "ml"),
      R("3–4 kali", 3, 4, "times"), M("4", 4, "count"), M("24 jam", 24, "quantity", "hour"),
      M("30°C", 30, "quantity", "degC"), M("60 ml", 60, "quantity", "ml")]),
    ("Efek samping yang dilaporkan pada uji klinis (n = 1.204): mual (8,2%), sakit kepala (5,1%), "
     "dan ruam kulit (kurang dari 1%). Pada penderita gangguan ginjal dengan klirens kreatinin "
     "< 30 ml/menit, dosis diturunkan menjadi separuhnya.",
     [M("1.204", 1204, "count"), M("8,2%", 8.2, "percent", "%"), M("5,1%", 5.1, "percent", "%"),
      M("1%", 1, "percent", "%"), M("30 ml/menit", 30, "quantity", "ml/min"),
      M("separuhnya", 0.5, "other")]),
    # ---- clinical case reports
    ("Seorang laki-laki, 58 tahun, datang ke IGD dengan keluhan nyeri dada kiri sejak 3 jam "
     "sebelum masuk rumah sakit. Pemeriksaan fisik: tekanan darah 160/100 mmHg, nadi 104 x/menit, "
     "laju napas 24 x/menit, suhu 36,8°C.",
     [M("58 tahun", 58, "quantity", "year"), M("3 jam", 3, "quantity", "hour"),
      M("160", 160, "quantity", "mmHg"), M("100 mmHg", 100, "quantity", "mmHg"),
      M("104 x/menit", 104, "quantity", "bpm"), M("24 x/menit", 24, "quantity", "1/min"),
      M("36,8°C", 36.8, "quantity", "degC")]),
    ("Hasil laboratorium menunjukkan hemoglobin 9,8 g/dL, leukosit 14.200/µL, trombosit "
     "98.000/µL, dan kadar gula darah sewaktu 312 mg/dL. Pasien diberi ceftriaxone 2 x 1 g "
     "intravena selama 5 hari dan dipulangkan pada hari ke-7 perawatan.",
     [M("9,8 g/dL", 9.8, "quantity", "g/dl"), M("14.200/µL", 14200, "quantity", "1/ul"),
      M("98.000/µL", 98000, "quantity", "1/ul"), M("312 mg/dL", 312, "quantity", "mg/dl"),
      M("2 x", 2, "other", "times"), M("1 g", 1, "quantity", "g"),
      M("5 hari", 5, "quantity", "day"), M("ke-7", 7, "ordinal")]),
    ("Pasien perempuan usia 34 tahun, hamil 32 minggu, dirujuk dengan preeklamsia berat. Bayi "
     "lahir melalui seksio sesarea dengan berat 1.650 gram dan skor Apgar 6/8.",
     [M("34 tahun", 34, "quantity", "year"), M("32 minggu", 32, "quantity", "week"),
      M("1.650 gram", 1650, "quantity", "g"), M("6/8", None, "other")]),
    # ---- school textbooks: mathematics
    ("Contoh 3. Sebuah tabung memiliki jari-jari 7 cm dan tinggi 10 cm. Dengan π = 22/7, volume "
     "tabung tersebut adalah 22/7 × 7 × 7 × 10 = 1.540 cm³.",
     [M("3", 3, "identifier"), M("7 cm", 7, "quantity", "cm"), M("10 cm", 10, "quantity", "cm"),
      M("22/7", 22 / 7, "other"), M("22/7", 22 / 7, "other"), M("7", 7, "other"),
      M("7", 7, "other"), M("10", 10, "other"), M("1.540 cm³", 1540, "quantity", "cm3")]),
    ("Latihan 2.4. Soal 5: Harga 3 buku tulis dan 2 pensil adalah Rp 19.000, sedangkan harga 2 "
     "buku tulis dan 3 pensil adalah Rp 16.000. Tentukan harga sebuah buku tulis dan sebuah "
     "pensil!",
     [M("2.4", None, "identifier"), M("5", 5, "identifier"), M("3", 3, "count"),
      M("2", 2, "count"), M("Rp 19.000", 19000, "money", "IDR"), M("2", 2, "count"),
      M("3", 3, "count"), M("Rp 16.000", 16000, "money", "IDR")]),
    ("Bab 4 Statistika. Nilai ulangan matematika 5 siswa adalah 70, 75, 80, 85, dan 90. "
     "Rata-rata nilai tersebut adalah 80.",
     [M("4", 4, "identifier"), M("5", 5, "count"), M("70", 70, "other"), M("75", 75, "other"),
      M("80", 80, "other"), M("85", 85, "other"), M("90", 90, "other"), M("80", 80, "other")]),
    # ---- school textbooks: geography
    ("Indonesia terletak di antara 6° LU – 11° LS dan 95° BT – 141° BT. Dengan luas daratan "
     "sekitar 1,9 juta km² dan garis pantai sepanjang 99.093 km, Indonesia memiliki 17.001 pulau "
     "yang telah dibakukan namanya hingga tahun 2023.",
     [M("6°", 6, "quantity", "deg"), M("11°", 11, "quantity", "deg"),
      M("95°", 95, "quantity", "deg"), M("141°", 141, "quantity", "deg"),
      M("1,9 juta km²", 1.9 * MLN, "quantity", "km2", MLN),
      M("99.093 km", 99093, "quantity", "km"), M("17.001", 17001, "count"),
      M("2023", 2023, "year")]),
    ("Curah hujan rata-rata di wilayah barat Indonesia mencapai 2.000–3.000 mm per tahun, "
     "sedangkan di Nusa Tenggara Timur kurang dari 1.000 mm. Suhu udara turun sekitar 0,6 °C "
     "setiap kenaikan 100 meter.",
     [R("2.000–3.000 mm per tahun", 2000, 3000, "mm/year"), M("1.000 mm", 1000, "quantity", "mm"),
      M("0,6 °C", 0.6, "quantity", "degC"), M("100 meter", 100, "quantity", "m")]),
    # ---- school textbooks: history
    ("Budi Utomo didirikan pada 20 Mei 1908 oleh para pelajar STOVIA. Tanggal tersebut kemudian "
     "diperingati sebagai Hari Kebangkitan Nasional. Dua puluh tahun kemudian, pada 28 Oktober "
     "1928, Kongres Pemuda II mengikrarkan Sumpah Pemuda.",
     [M("20 Mei 1908", 1908, "date"), M("Dua puluh tahun", 20, "quantity", "year"),
      M("28 Oktober 1928", 1928, "date"), M("II", 2, "ordinal")]),
    ("Tanam Paksa diberlakukan oleh Gubernur Jenderal Van den Bosch pada 1830. Setiap desa wajib "
     "menyisihkan seperlima tanahnya untuk ditanami tanaman ekspor, dan penduduk yang tidak "
     "memiliki tanah harus bekerja 66 hari dalam setahun di kebun milik pemerintah.",
     [M("1830", 1830, "year"), M("seperlima", 0.2, "other"), M("66 hari", 66, "quantity", "day")]),
    ("Menurut Kartodirdjo (1990: 88), sistem tanam paksa menghasilkan keuntungan bersih sekitar "
     "823 juta gulden bagi kas negeri Belanda antara 1831 dan 1877.",
     [M("1990", 1990, "reference"), M("88", 88, "reference"),
      M("823 juta gulden", 823 * MLN, "money", "NLG", MLN), M("1831", 1831, "year"),
      M("1877", 1877, "year")]),
    ("¹ M.C. Ricklefs, Sejarah Indonesia Modern (Jakarta: Serambi, 2008), hlm. 245–247. "
     "² Sartono Kartodirdjo, Pengantar Sejarah Indonesia Baru, Jilid 2 (Jakarta: Gramedia, "
     "1990), hlm. 88.",
     [M("¹", 1, "reference"), M("2008", 2008, "reference"),
      M("245–247", 245, "reference", range_end=247), M("²", 2, "reference"),
      M("2", 2, "reference"), M("1990", 1990, "reference"), M("88", 88, "reference")]),
    ("Sultan Hamengkubuwono IX naik takhta pada 18 Maret 1940 dan menjabat Wakil Presiden "
     "ke-2 Republik Indonesia pada 1973–1978. Keraton Yogyakarta sendiri didirikan pada "
     "pertengahan abad XVIII oleh Pangeran Mangkubumi.",
     [M("IX", 9, "ordinal"), M("18 Maret 1940", 1940, "date"), M("ke-2", 2, "ordinal"),
      R("1973–1978", 1973, 1978), M("XVIII", 18, "ordinal")]),
    # ---- travel guides
    ("Candi Borobudur dibuka setiap hari pukul 06.30–16.30 WIB. Tiket masuk untuk wisatawan "
     "domestik dewasa Rp 50.000, anak-anak Rp 25.000, sedangkan wisatawan mancanegara membayar "
     "US$ 25. Pengunjung yang ingin naik ke struktur candi dibatasi 1.200 orang per hari.",
     [R("06.30–16.30", 6.5, 16.5), M("Rp 50.000", 50000, "money", "IDR"),
      M("Rp 25.000", 25000, "money", "IDR"), M("US$ 25", 25, "money", "USD"),
      M("1.200", 1200, "count")]),
    ("Dari Labuan Bajo, perjalanan dengan kapal menuju Pulau Komodo memakan waktu 3–4 jam. Paket "
     "open trip 2 hari 1 malam dibanderol mulai Rp 1,8 juta per orang, sudah termasuk snorkeling "
     "di Pink Beach dan trekking ke puncak Pulau Padar setinggi sekitar 270 meter.",
     [R("3–4 jam", 3, 4, "hour"), M("2 hari", 2, "quantity", "day"),
      M("1 malam", 1, "quantity", "night"), M("Rp 1,8 juta", 1.8 * MLN, "money", "IDR", MLN),
      M("270 meter", 270, "quantity", "m")]),
    ("Kawah Ijen berada di ketinggian 2.386 mdpl. Pendakian dari Paltuding sejauh 3 km biasanya "
     "dimulai pukul 01.00 agar pengunjung dapat melihat api biru sebelum subuh. Penambang "
     "belerang di sini memikul beban 70–90 kg sekali angkut.",
     [M("2.386 mdpl", 2386, "quantity", "m"), M("3 km", 3, "quantity", "km"),
      M("01.00", 1, "other"), R("70–90 kg", 70, 90, "kg")]),
    ("Danau Toba memiliki luas 1.130 km² dengan kedalaman hingga 505 meter. Feri dari Ajibata ke "
     "Tomok berangkat tiap 1 jam; tarifnya Rp 10.000 per orang dan Rp 150.000 untuk mobil.",
     [M("1.130 km²", 1130, "quantity", "km2"), M("505 meter", 505, "quantity", "m"),
      M("1 jam", 1, "quantity", "hour"), M("Rp 10.000", 10000, "money", "IDR"),
      M("Rp 150.000", 150000, "money", "IDR")]),
    # ---- colonial-era newspapers
    ("BATAVIA, 12 Djoeli 1926. — Harga beras di pasar Senen naik mendjadi f 0,14 sekati. "
     "Menoeroet kabar dari Krawang, sawah seloeas 2.500 bahoe roesak karena bandjir dan koerang "
     "lebih 300 roemah hanjoet.",
     [M("12 Djoeli 1926", 1926, "date"), M("f 0,14", 0.14, "money", "NLG"),
      M("2.500 bahoe", 2500, "quantity", "bahu"), M("300", 300, "count")]),
    ("Pemerintah Hindia Belanda telah mengeloearkan wang f 1.250.000 oentoek membikin djalan "
     "kereta api antara Buitenzorg dan Soekaboemi, pandjangnja 57 K.M. Djalan itoe diboeka pada "
     "21 Maart 1882.",
     [M("f 1.250.000", 1_250_000, "money", "NLG"), M("57 K.M.", 57, "quantity", "km"),
      M("21 Maart 1882", 1882, "date")]),
    ("Soerabaja, 3 Februari. — Kemarin di pelaboehan Tandjong Perak telah berlaboeh kapal api "
     "Van Riebeeck jang membawa 1.200 pikoel goela dan 85 pendoempang. Kapal itoe akan "
     "berangkat lagi pada hari Saptoe, 5 Februari, djam 8 pagi.",
     [M("3 Februari", None, "date"), M("1.200 pikoel", 1200, "quantity", "pikul"),
      M("85", 85, "count"), M("5 Februari", None, "date"), M("8", 8, "other")]),
    # ---- modern newspapers
    ("JAKARTA, KOMPAS — Banjir yang melanda 5 kecamatan di Jakarta Timur sejak Minggu (3/3/2024) "
     "pukul 02.00 merendam 1.456 rumah dan memaksa 3.210 warga mengungsi. Ketinggian air mencapai "
     "1,5 meter di wilayah Kampung Melayu.",
     [M("5", 5, "count"), M("3/3/2024", 2024, "date"), M("02.00", 2, "other"),
      M("1.456", 1456, "count"), M("3.210", 3210, "count"),
      M("1,5 meter", 1.5, "quantity", "m")]),
    ("Kecelakaan beruntun yang melibatkan 7 kendaraan terjadi di Tol Cipularang KM 97 arah "
     "Jakarta, Kamis (25/4) sekitar pukul 15.30 WIB. Dua orang meninggal dunia dan 11 lainnya "
     "luka-luka.",
     [M("7", 7, "count"), M("KM 97", 97, "quantity", "km"), M("25/4", None, "date"),
      M("15.30", 15.5, "other"), M("Dua", 2, "count"), M("11", 11, "count")]),
    # ---- property adverts
    ("DIJUAL rumah siap huni di Citra Raya, Tangerang. LT 90 m², LB 72 m², 3 KT, 2 KM, carport "
     "1 mobil, listrik 1.300 watt, SHM. Harga Rp 875 jt nego. Hubungi 0857-1122-3344.",
     [M("90 m²", 90, "quantity", "m2"), M("72 m²", 72, "quantity", "m2"), M("3", 3, "count"),
      M("2", 2, "count"), M("1", 1, "count"), M("1.300 watt", 1300, "quantity", "W"),
      M("Rp 875 jt", 875 * MLN, "money", "IDR", MLN),
      M("0857-1122-3344", None, "identifier")]),
    ("Disewakan ruko 3 lantai di Jl. Gatot Subroto No. 45, Medan, ukuran 5x20 m, cocok untuk "
     "kantor atau bank. Harga sewa Rp 180 juta/tahun, minimal 2 tahun.",
     [M("3", 3, "count"), M("No. 45", 45, "identifier"),
      M("5", 5, "quantity", "m", glued=True), M("20 m", 20, "quantity", "m", glued=True),
      M("Rp 180 juta/tahun", 180 * MLN, "money", "IDR", MLN),
      M("2 tahun", 2, "quantity", "year")]),
    ("Tanah kavling siap bangun di Sentul, luas 200 m², harga Rp 4,5 juta/m², legalitas SHM, 10 "
     "menit ke pintu tol. Promo DP 0% dan cicilan 12x tanpa bunga!",
     [M("200 m²", 200, "quantity", "m2"), M("Rp 4,5 juta/m²", 4.5 * MLN, "money", "IDR", MLN),
      M("10 menit", 10, "quantity", "minute"), M("0%", 0, "percent", "%"),
      M("12x", 12, "other", "times")]),
    ("Apartemen studio 24 m² di lantai 18, Tower B, Kalibata City. Full furnished, sewa Rp 3,2 "
     "juta per bulan atau Rp 35 juta per tahun. Akses 5 menit ke Stasiun Duren Kalibata.",
     [M("24 m²", 24, "quantity", "m2"), M("18", 18, "ordinal"),
      M("Rp 3,2 juta", 3.2 * MLN, "money", "IDR", MLN),
      M("Rp 35 juta", 35 * MLN, "money", "IDR", MLN), M("5 menit", 5, "quantity", "minute")]),
    # ---- statistics releases: census
    ("Hasil Sensus Penduduk 2020 mencatat jumlah penduduk Indonesia sebanyak 270,20 juta jiwa, "
     "bertambah 32,56 juta jiwa dibandingkan Sensus Penduduk 2010. Laju pertumbuhan penduduk per "
     "tahun selama 2010–2020 rata-rata sebesar 1,25 persen.",
     [M("2020", 2020, "year"), M("270,20 juta", 270.2 * MLN, "count", None, MLN),
      M("32,56 juta", 32.56 * MLN, "count", None, MLN), M("2010", 2010, "year"),
      R("2010–2020", 2010, 2020), M("1,25 persen", 1.25, "percent", "%")]),
    ("Proporsi penduduk usia produktif (15–64 tahun) pada 2020 sebesar 70,72 persen. Penduduk "
     "lansia (60 tahun ke atas) mencapai 9,78 persen, sedangkan Generasi Z yang lahir pada "
     "1997–2012 merupakan kelompok terbesar dengan 27,94 persen.",
     [R("15–64 tahun", 15, 64, "year"), M("2020", 2020, "year"),
      M("70,72 persen", 70.72, "percent", "%"), M("60 tahun", 60, "quantity", "year"),
      M("9,78 persen", 9.78, "percent", "%"), R("1997–2012", 1997, 2012),
      M("27,94 persen", 27.94, "percent", "%")]),
    # ---- statistics releases: agriculture
    ("Luas panen padi pada 2023 diperkirakan sebesar 10,20 juta hektare, turun 255,79 ribu "
     "hektare atau 2,45 persen dibandingkan 2022. Produksi padi sebesar 53,63 juta ton gabah "
     "kering giling (GKG), atau setara 30,90 juta ton beras.",
     [M("2023", 2023, "year"), M("10,20 juta hektare", 10.2 * MLN, "quantity", "ha", MLN),
      M("255,79 ribu hektare", 255790, "quantity", "ha", K),
      M("2,45 persen", 2.45, "percent", "%"), M("2022", 2022, "year"),
      M("53,63 juta ton", 53.63 * MLN, "quantity", "t", MLN),
      M("30,90 juta ton", 30.9 * MLN, "quantity", "t", MLN)]),
    ("Nilai Tukar Petani (NTP) nasional Maret 2024 sebesar 119,39 atau naik 2,04 persen "
     "dibanding NTP bulan sebelumnya. Kenaikan NTP dipengaruhi naiknya indeks harga yang diterima "
     "petani sebesar 2,81 persen, lebih tinggi dari kenaikan indeks harga yang dibayar petani "
     "sebesar 0,75 persen.",
     [M("Maret 2024", 2024, "date"), M("119,39", 119.39, "other"),
      M("2,04 persen", 2.04, "percent", "%"), M("2,81 persen", 2.81, "percent", "%"),
      M("0,75 persen", 0.75, "percent", "%")]),
    # ---- statistics releases: inflation
    ("Pada Mei 2024 terjadi inflasi year-on-year sebesar 2,84 persen dengan Indeks Harga "
     "Konsumen (IHK) sebesar 106,37. Inflasi tertinggi terjadi di Kabupaten Minahasa Utara "
     "sebesar 5,90 persen dengan IHK sebesar 109,59 dan terendah di Kota Sorong sebesar 0,55 "
     "persen.",
     [M("Mei 2024", 2024, "date"), M("2,84 persen", 2.84, "percent", "%"),
      M("106,37", 106.37, "other"), M("5,90 persen", 5.9, "percent", "%"),
      M("109,59", 109.59, "other"), M("0,55 persen", 0.55, "percent", "%")]),
    ("Kelompok makanan, minuman, dan tembakau memberikan andil inflasi month-to-month sebesar "
     "0,12 persen. Komoditas yang dominan memberikan andil antara lain bawang merah sebesar 0,04 "
     "persen, serta cabai rawit dan beras masing-masing 0,02 persen. Tingkat inflasi tahun "
     "kalender 2024 sebesar 1,16 persen.",
     [M("0,12 persen", 0.12, "percent", "%"), M("0,04 persen", 0.04, "percent", "%"),
      M("0,02 persen", 0.02, "percent", "%"), M("2024", 2024, "year"),
      M("1,16 persen", 1.16, "percent", "%")]),
    # ---- sports news
    ("Timnas Indonesia menang 2-0 atas Filipina dalam laga terakhir Grup F Kualifikasi Piala Dunia "
     "2026 di Stadion Utama Gelora Bung Karno, Selasa (11/6/2024). Gol dicetak Thom Haye pada "
     "menit ke-32 dan Jay Idzes pada menit ke-56 di hadapan 65.000 penonton.",
     [M("2-0", None, "other"), M("2026", 2026, "year"), M("11/6/2024", 2024, "date"),
      M("ke-32", 32, "ordinal"), M("ke-56", 56, "ordinal"), M("65.000", 65000, "count")]),
    ("Jonatan Christie menjuarai All England 2024 setelah mengalahkan Anthony Sinisuka Ginting "
     "21-15, 21-14 dalam laga final yang berlangsung 43 menit. Gelar ini menjadi yang pertama bagi "
     "tunggal putra Indonesia di turnamen tersebut sejak 1994.",
     [M("2024", 2024, "year"), M("21-15", None, "other"), M("21-14", None, "other"),
      M("43 menit", 43, "quantity", "minute"), M("1994", 1994, "year")]),
    ("Pada Liga 1 musim 2023/2024, Borneo FC menjadi juara reguler dengan 74 poin dari 34 "
     "pertandingan, unggul 13 poin dari Persib Bandung di peringkat 2. Persib akhirnya meraih "
     "gelar juara setelah menang agregat 6-1 di final championship series.",
     [M("1", 1, "other"), R("2023/2024", 2023, 2024), M("74 poin", 74, "other", "point"),
      M("34", 34, "count"), M("13 poin", 13, "other", "point"), M("2", 2, "ordinal"),
      M("6-1", None, "other")]),
    ("Rizki Juniansyah memecahkan rekor dunia angkatan clean and jerk kelas 73 kg dengan beban "
     "199 kg pada Olimpiade Paris 2024. Total angkatannya mencapai 354 kg, unggul 10 kg dari "
     "lifter Thailand.",
     [M("73 kg", 73, "quantity", "kg"), M("199 kg", 199, "quantity", "kg"),
      M("2024", 2024, "year"), M("354 kg", 354, "quantity", "kg"),
      M("10 kg", 10, "quantity", "kg")]),
    # ---- aviation and space
    ("Pesawat Garuda Indonesia GA 880 rute Jakarta–Tokyo Haneda berangkat pukul 22.45 WIB dan "
     "tiba pukul 08.05 waktu setempat dengan waktu tempuh 7 jam 20 menit. Penerbangan ini "
     "dioperasikan dengan Airbus A330-900neo berkapasitas 301 kursi.",
     [M("GA 880", 880, "identifier"), M("22.45", hm(22, 45), "other"),
      M("08.05", hm(8, 5), "other"), M("7 jam 20 menit", hm(7, 20), "quantity", "hour"),
      M("A330-900neo", None, "identifier"), M("301", 301, "count")]),
    ("Menurut laporan akhir KNKT, pesawat Boeing 737-500 itu hilang dari radar 4 menit setelah "
     "lepas landas dari Bandara Soekarno-Hatta pada ketinggian sekitar 10.900 kaki. Sebanyak 62 "
     "orang berada di dalam pesawat, terdiri atas 50 penumpang dan 12 awak.",
     [M("737-500", None, "identifier"), M("4 menit", 4, "quantity", "minute"),
      M("10.900 kaki", 10900, "quantity", "ft"), M("62", 62, "count"), M("50", 50, "count"),
      M("12", 12, "count")]),
    ("Satelit SATRIA-1 diluncurkan dengan roket Falcon 9 dari Cape Canaveral pada 19 Juni 2023 "
     "pukul 06.21 WIB. Satelit seberat 4,6 ton ini menempati slot orbit 146° Bujur Timur pada "
     "ketinggian 35.786 km dan berkapasitas 150 Gbps.",
     [M("1", 1, "other"), M("9", 9, "identifier"), M("19 Juni 2023", 2023, "date"),
      M("06.21", hm(6, 21), "other"), M("4,6 ton", 4.6, "quantity", "t"),
      M("146°", 146, "quantity", "deg"), M("35.786 km", 35786, "quantity", "km"),
      M("150 Gbps", 150, "quantity", "Gbit/s")]),
    ("Apollo 11 mendarat di Bulan pada 20 Juli 1969. Neil Armstrong dan Buzz Aldrin berada di "
     "permukaan Bulan selama sekitar 21 jam 36 menit dan membawa pulang 21,5 kg sampel batuan.",
     [M("11", 11, "other"), M("20 Juli 1969", 1969, "date"),
      M("21 jam 36 menit", hm(21, 36), "quantity", "hour"), M("21,5 kg", 21.5, "quantity", "kg")]),
    ("Satelit mikro buatan LAPAN diluncurkan pada 28 September 2015 dari Sriharikota, India. "
     "Satelit berbobot 76 kg itu mengorbit pada ketinggian 650 km dengan inklinasi 6 derajat dan "
     "mengelilingi Bumi 14 kali sehari.",
     [M("28 September 2015", 2015, "date"), M("76 kg", 76, "quantity", "kg"),
      M("650 km", 650, "quantity", "km"), M("6 derajat", 6, "quantity", "deg"),
      M("14 kali", 14, "other", "times")]),
    # ---- forums and Q&A
    ("Gan, mau nanya nih. Motor ane Vario 125 tahun 2019, odometer udah 45 ribu km. Oli mesin "
     "biasanya diganti tiap 2.000–3.000 km atau 2 bulan sekali ya? Kemarin di bengkel resmi habis "
     "Rp 65 rb buat oli 0,8 liter.",
     [M("125", 125, "identifier"), M("2019", 2019, "year"),
      M("45 ribu km", 45000, "quantity", "km", K), R("2.000–3.000 km", 2000, 3000, "km"),
      M("2 bulan", 2, "quantity", "month"), M("Rp 65 rb", 65000, "money", "IDR", K),
      M("0,8 liter", 0.8, "quantity", "l")]),
    ("Halo dok, anak saya usia 2 tahun, berat 11 kg. Sudah 2 hari demam 38,5 derajat. Boleh "
     "dikasih parasetamol sirup berapa ml? Terima kasih.",
     [M("2 tahun", 2, "quantity", "year"), M("11 kg", 11, "quantity", "kg"),
      M("2 hari", 2, "quantity", "day"), M("38,5 derajat", 38.5, "quantity", "degC")]),
    ("Mau tanya, kalau gaji UMR Rp 5,06 juta, cicilan KPR maksimal berapa ya? Katanya maksimal "
     "30% dari penghasilan, berarti sekitar Rp 1,5 juta per bulan. Tenor 15 tahun dengan bunga "
     "fix 3 tahun pertama 7,5% kira-kira dapat rumah harga berapa?",
     [M("Rp 5,06 juta", 5.06 * MLN, "money", "IDR", MLN), M("30%", 30, "percent", "%"),
      M("Rp 1,5 juta", 1.5 * MLN, "money", "IDR", MLN), M("15 tahun", 15, "quantity", "year"),
      M("3 tahun", 3, "quantity", "year"), M("7,5%", 7.5, "percent", "%")]),
    ("Admin mau tanya, pendaftaran PPDB jalur zonasi tahun ajaran 2024/2025 dibuka tanggal "
     "berapa? Di web tertulis tahap 1 mulai 10 Juni s.d. 14 Juni 2024, kuota zonasi minimal 50% "
     "dari daya tampung sekolah.",
     [R("2024/2025", 2024, 2025), M("1", 1, "ordinal"), M("10 Juni", None, "date"),
      M("14 Juni 2024", 2024, "date"), M("50%", 50, "percent", "%")]),
]
# fmt: on


def main() -> None:
    _bh.build_all({"id": ID}, "heldout9_id", HERE)


if __name__ == "__main__":
    main()
