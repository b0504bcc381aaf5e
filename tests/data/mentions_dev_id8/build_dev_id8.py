"""Build the eighth Indonesian numeric-mention development set (``dev_id8_id.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_dev_id8/build_dev_id8.py

A **development** set: the Indonesian rules of ``analysis.mentions`` are tuned on it, so
its scores say nothing about generalisation (the held-out sets do that).  It is ordinary
Indonesian web and print text: news-agency reports; match reports and league tables;
finance and the stock market; property listings; health tips; gadget reviews; travel;
court news; DPR sittings; village meeting minutes; obituaries; foundation reports; school
announcements; BMKG weather forecasts.  The passages were written for this set in the
style of those registers and annotated **blind**, from ``docs/numeric-mentions.md`` and
the decisions in the docstrings of ``tests/data/mentions_heldout/build_heldout.py``,
``mentions_heldout2``, ``mentions_heldout3`` and the ``tests/data/mentions_dev_*``
build scripts, without reading the extractor's code and without running it on them.
Texts are already normalised (plain spaces, no NBSP / thin spaces).

Each passage is ``(text, [mentions in text order])`` using the ``M`` / ``R`` helpers and
the ``annotate`` validator of ``tests/data/mentions_heldout/build_heldout.py`` (offsets are
found with ``str.find`` from the end of the previous mention, never typed).  No currency
beyond the validator's ``CURRENCIES`` was needed (IDR, USD).

Words that look numeric but are not mentions, left unannotated on purpose: ``ketiga``,
``pertama``, ``seorang``, ``sepekan``, ``setahun``, month names alone.

Decisions taken here where the spec and the earlier docstrings are silent, each with the
example that settled it:

* **A floor number of a flat** ``di lantai 15`` is an ``ordinal`` (a position in the
  building, like the Kazakh floor in ``7/12 қабат``), while ``rumah 2 lantai`` counts
  storeys (``count``).
* **A parliamentary commission named by a Roman numeral** ``Komisi X DPR`` is an
  ``identifier`` (it names a body, like ``Seksi II``); a sitting period ``Masa
  Persidangan I`` is an ``ordinal`` like ``IHPS I``.
* **Numbered decisions in minutes** ``Keputusan: 1. ... 2. ...`` are ``identifier`` list
  items.
* **A school class in digits or Roman numerals** (``kelas VI``, ``kelas 7 dan 8``) is an
  ``identifier`` (a class number); the counted ``8 rombongan belajar`` stays a ``count``.
* **A repeated examination** ``pada dua kali pemeriksaan`` and ``vitamin A dua kali
  setahun`` are multipliers (``other``, ``times``), like ``3 kali seminggu`` (dev_id7).
* **Glasses of water** ``8 gelas air`` count glasses (``count``, ``gelas`` outside), and a
  range of them ``1-2 gelas`` is a ``range`` without unit; ``satu sendok teh`` is a
  quantity in ``tsp`` like ``½ sdt``.
* **Blood pressure** ``120/80 mmHg`` gives two quantities sharing the unit (the first
  digits only), like the memory pair ``8/256 GB``.
* **A price range with a connector and a "per" noun** ``dari Rp 45.000 menjadi Rp 60.000
  per kilogram``: the range spans the two amounts, ``per kilogram`` outside, like ``Rp
  12.950 menjadi Rp 13.300`` per liter.
* **Points behind the leader** ``terpaut 5 poin`` are a ``count`` like ``24 poin``, with
  ``poin`` outside (dev_id7's league points).
* **Unit codes** used: ``km``, ``m``, ``m2``, ``mm``, ``kg``, ``g``, ``l``, ``tsp``,
  ``mg/dl``, ``mmHg``, ``inch``, ``Hz``, ``mAh``, ``W``, ``MP``, ``GB``, ``kn``, ``degC``,
  ``minute``, ``hour``, ``day``, ``night``, ``month``, ``year``, ``times``, ``point``,
  ``magnitude``, ``%``.
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
    # ---- news agency
    ("Jakarta (ANTARA) - Kementerian Perhubungan mencatat sebanyak 1,2 juta pemudik menggunakan "
     "kapal laut selama angkutan Lebaran 2024, naik 8,5 persen dibandingkan tahun lalu. Puncak arus "
     "balik terjadi pada Minggu (14/4) dengan 96.410 penumpang.",
     [M("1,2 juta", 1.2 * MLN, "count", None, MLN), M("2024", 2024, "year"),
      M("8,5 persen", 8.5, "percent", "%"), M("14/4", None, "date"), M("96.410", 96410, "count")]),
    ("Mataram (ANTARA) - Gempa magnitudo 4,8 mengguncang Lombok Utara pada Rabu (7/8/2024) pukul "
     "21.14 WITA. BMKG menyebut pusat gempa berada 12 km barat laut Lombok Utara dengan kedalaman "
     "10 km.",
     [M("4,8", 4.8, "other", "magnitude"), M("7/8/2024", 2024, "date"), M("21.14", hm(21, 14), "other"),
      M("12 km", 12, "quantity", "km"), M("10 km", 10, "quantity", "km")]),
    ("Palembang (ANTARA) - Harga cabai merah keriting di Pasar 16 Ilir naik dari Rp 45.000 menjadi "
     "Rp 60.000 per kilogram dalam sepekan terakhir hingga Senin (2/12), sementara bawang merah bertahan Rp 38.000.",
     [M("16", 16, "other"), R("Rp 45.000 menjadi Rp 60.000", 45000, 60000, "IDR"), M("2/12", None, "date"),
      M("Rp 38.000", 38000, "money", "IDR")]),
    # ---- match reports and league tables
    ("Persija Jakarta menang 2-1 atas PSM Makassar dalam laga pekan ke-12 Liga 1 di Stadion Gelora "
     "Bung Karno, Sabtu (23/11). Gol kemenangan dicetak Rizky Ridho pada menit ke-78.",
     [M("2-1", None, "other"), M("ke-12", 12, "ordinal"), M("1", 1, "other"),
      M("23/11", None, "date"), M("ke-78", 78, "ordinal")]),
    ("Dengan hasil ini, Persija naik ke peringkat ketiga klasemen sementara dengan 24 poin dari 12 "
     "pertandingan, terpaut 5 poin dari pemuncak klasemen Persib yang mengoleksi 29 poin.",
     [M("24", 24, "count"), M("12", 12, "count"), M("5", 5, "count"), M("29", 29, "count")]),
    ("Ganda putra Fajar/Rian melaju ke perempat final Indonesia Open 2024 usai menang 21-17, 18-21, "
     "21-15 dalam waktu 1 jam 5 menit.",
     [M("2024", 2024, "year"), M("21-17", None, "other"), M("18-21", None, "other"),
      M("21-15", None, "other"), M("1 jam", 1, "quantity", "hour"), M("5 menit", 5, "quantity", "minute")]),
    ("Timnas Indonesia U-23 lolos ke semifinal Piala Asia U-23 2024 setelah menyingkirkan Korea "
     "Selatan lewat adu penalti 11-10 usai bermain imbang 2-2 selama 120 menit.",
     [M("U-23", 23, "identifier"), M("U-23", 23, "identifier"), M("2024", 2024, "year"),
      M("11-10", None, "other"), M("2-2", None, "other"), M("120 menit", 120, "quantity", "minute")]),
    ("Di klasemen akhir Grup C, Indonesia finis di posisi ke-3 dengan 6 poin dari 4 laga, mencetak "
     "7 gol dan kebobolan 5 gol.",
     [M("ke-3", 3, "ordinal"), M("6", 6, "count"), M("4", 4, "count"), M("7", 7, "count"),
      M("5", 5, "count")]),
    # ---- finance and stock market
    ("IHSG ditutup menguat 0,87% atau 62,15 poin ke level 7.215,43 pada perdagangan Kamis "
     "(5/9/2024). Nilai transaksi mencapai Rp 10,4 triliun dengan volume 18,9 miliar saham.",
     [M("0,87%", 0.87, "percent", "%"), M("62,15 poin", 62.15, "other", "point"),
      M("7.215,43", 7215.43, "other"), M("5/9/2024", 2024, "date"),
      M("Rp 10,4 triliun", 10.4 * TRLN, "money", "IDR", TRLN),
      M("18,9 miliar", 18.9 * MLRD, "count", None, MLRD)]),
    ("Saham BBRI naik 2,5% ke Rp 4.920 per saham, sementara investor asing mencatatkan beli bersih "
     "Rp 1,02 triliun di seluruh pasar.",
     [M("2,5%", 2.5, "percent", "%"), M("Rp 4.920", 4920, "money", "IDR"),
      M("Rp 1,02 triliun", 1.02 * TRLN, "money", "IDR", TRLN)]),
    ("Rupiah ditutup melemah 45 poin atau 0,29% ke level Rp 15.720 per dolar AS pada Jumat sore.",
     [M("45 poin", 45, "other", "point"), M("0,29%", 0.29, "percent", "%"),
      M("Rp 15.720", 15720, "money", "IDR")]),
    ("Bank Indonesia mempertahankan BI-Rate sebesar 6,00%, suku bunga Deposit Facility 5,25%, dan "
     "Lending Facility 6,75%. Inflasi diperkirakan tetap terkendali dalam kisaran 1,5-3,5% pada "
     "2024 dan 2025.",
     [M("6,00%", 6, "percent", "%"), M("5,25%", 5.25, "percent", "%"), M("6,75%", 6.75, "percent", "%"),
      R("1,5-3,5%", 1.5, 3.5, "%"), M("2024", 2024, "year"), M("2025", 2025, "year")]),
    ("PT Astra International Tbk membukukan laba bersih Rp 15,5 triliun pada semester I 2024, turun "
     "9% secara tahunan. Pendapatan bersih perseroan tercatat Rp 158,9 triliun.",
     [M("Rp 15,5 triliun", 15.5 * TRLN, "money", "IDR", TRLN), M("I", 1, "ordinal"),
      M("2024", 2024, "year"), M("9%", 9, "percent", "%"),
      M("Rp 158,9 triliun", 158.9 * TRLN, "money", "IDR", TRLN)]),
    ("Harga emas Antam hari ini naik Rp 12.000 menjadi Rp 1.415.000 per gram, sedangkan harga "
     "buyback dipatok Rp 1.262.000 per gram.",
     [M("Rp 12.000", 12000, "money", "IDR"), M("Rp 1.415.000", 1415000, "money", "IDR"),
      M("Rp 1.262.000", 1262000, "money", "IDR")]),
    # ---- property
    ("Dijual rumah minimalis 2 lantai di Cibubur, LT 120 m², LB 90 m², 3 KT, 2 KM, carport 1 mobil, "
     "SHM. Harga Rp 1,2 M nego, 5 menit ke pintu tol.",
     [M("2", 2, "count"), M("120 m²", 120, "quantity", "m2"), M("90 m²", 90, "quantity", "m2"),
      M("3", 3, "count"), M("2", 2, "count"), M("1", 1, "count"),
      M("Rp 1,2 M", 1.2 * MLRD, "money", "IDR", MLRD), M("5 menit", 5, "quantity", "minute")]),
    ("Apartemen tipe studio seluas 24 m² di lantai 15 disewakan Rp 3,5 juta per bulan, sudah "
     "termasuk IPL dan air. Minimal sewa 6 bulan.",
     [M("24 m²", 24, "quantity", "m2"), M("15", 15, "ordinal"),
      M("Rp 3,5 juta", 3.5 * MLN, "money", "IDR", MLN), M("6 bulan", 6, "quantity", "month")]),
    ("Harga rumah tapak di Jabodetabek naik 1,8% secara kuartalan pada kuartal III 2024. Rumah tipe "
     "36 masih paling banyak dicari dengan harga mulai Rp 350 juta.",
     [M("1,8%", 1.8, "percent", "%"), M("III", 3, "ordinal"), M("2024", 2024, "year"),
      M("36", 36, "identifier"), M("Rp 350 juta", 350 * MLN, "money", "IDR", MLN)]),
    ("KPR subsidi FLPP bertenor hingga 20 tahun dengan bunga tetap 5% dan uang muka 1%. Batas harga "
     "rumah subsidi di Jawa pada 2024 ditetapkan Rp 166 juta.",
     [M("20 tahun", 20, "quantity", "year"), M("5%", 5, "percent", "%"), M("1%", 1, "percent", "%"),
      M("2024", 2024, "year"), M("Rp 166 juta", 166 * MLN, "money", "IDR", MLN)]),
    ("Kavling siap bangun di Sentul seluas 200 m² ditawarkan Rp 4,5 juta/m², bisa dicicil 36 kali "
     "tanpa bunga.",
     [M("200 m²", 200, "quantity", "m2"), M("Rp 4,5 juta/m²", 4.5 * MLN, "money", "IDR", MLN),
      M("36 kali", 36, "other", "times")]),
    # ---- health tips
    ("Orang dewasa dianjurkan tidur 7-9 jam setiap malam. Minumlah sedikitnya 8 gelas air atau sekitar 2 liter per hari, dan tambah 1-2 gelas setelah "
     "berolahraga.",
     [R("7-9 jam", 7, 9, "hour"), M("8", 8, "count"), M("2 liter per hari", 2, "quantity", "l/d"), R("1-2", 1, 2)]),
    ("WHO merekomendasikan aktivitas fisik intensitas sedang minimal 150 menit per minggu, misalnya "
     "jalan cepat 30 menit selama 5 hari.",
     [M("150 menit", 150, "quantity", "minute"), M("30 menit", 30, "quantity", "minute"),
      M("5 hari", 5, "quantity", "day")]),
    ("Tekanan darah dikatakan normal bila di bawah 120/80 mmHg. Batasi konsumsi garam tidak lebih "
     "dari 5 gram atau satu sendok teh per hari.",
     [M("120", 120, "quantity", "mmHg"), M("80 mmHg", 80, "quantity", "mmHg"),
      M("5 gram", 5, "quantity", "g"), M("satu sendok teh per hari", 1, "quantity", "tsp/d")]),
    ("Kadar gula darah puasa normal berkisar 70-100 mg/dL; hasil 126 mg/dL atau lebih pada dua kali "
     "pemeriksaan menandakan diabetes.",
     [R("70-100 mg/dL", 70, 100, "mg/dl"), M("126 mg/dL", 126, "quantity", "mg/dl"),
      M("dua kali", 2, "other", "times")]),
    ("Anak usia 6-59 bulan perlu mendapat vitamin A dua kali setahun, yaitu setiap Februari dan "
     "Agustus.",
     [R("6-59 bulan", 6, 59, "month"), M("dua kali", 2, "other", "times")]),
    ("Konsumsi buah dan sayur sebanyak 400 gram per hari, setara lima porsi, dapat menurunkan risiko "
     "penyakit jantung hingga 20 persen (Kemenkes RI, 2023: 14).",
     [M("400 gram per hari", 400, "quantity", "g/d"), M("lima", 5, "count"), M("20 persen", 20, "percent", "%"),
      M("2023", 2023, "reference"), M("14", 14, "reference")]),
    # ---- gadget reviews
    ("Ponsel ini dibekali layar AMOLED 6,6 inci dengan refresh rate 120 Hz dan baterai 5.000 mAh "
     "yang mendukung pengisian cepat 25 watt.",
     [M("6,6 inci", 6.6, "quantity", "inch"), M("120 Hz", 120, "quantity", "Hz"),
      M("5.000 mAh", 5000, "quantity", "mAh"), M("25 watt", 25, "quantity", "W")]),
    ("Harganya di Indonesia dibanderol mulai Rp 2.599.000 untuk varian 8/256 GB, dan Rp 2.999.000 "
     "untuk varian 12/512 GB.",
     [M("Rp 2.599.000", 2599000, "money", "IDR"), M("8", 8, "quantity", "GB"),
      M("256 GB", 256, "quantity", "GB"), M("Rp 2.999.000", 2999000, "money", "IDR"),
      M("12", 12, "quantity", "GB"), M("512 GB", 512, "quantity", "GB")]),
    ("Kamera utamanya 50 MP, ditemani kamera ultrawide 8 MP dan makro 2 MP. Dalam pengujian kami, "
     "baterainya bertahan 11 jam 40 menit untuk pemutaran video.",
     [M("50 MP", 50, "quantity", "MP"), M("8 MP", 8, "quantity", "MP"), M("2 MP", 2, "quantity", "MP"),
      M("11 jam", 11, "quantity", "hour"), M("40 menit", 40, "quantity", "minute")]),
    ("Laptop ini dibekali RAM 16 GB dan SSD 512 GB, bobotnya hanya 1,4 kg, dan dari 0 ke 100 persen "
     "baterai terisi dalam 95 menit.",
     [M("16 GB", 16, "quantity", "GB"), M("512 GB", 512, "quantity", "GB"), M("1,4 kg", 1.4, "quantity", "kg"),
      R("0 ke 100 persen", 0, 100, "%"), M("95 menit", 95, "quantity", "minute")]),
    ("Nilai akhir kami untuk earbuds ini 8/10: suaranya jernih, daya tahan baterai 6 jam, dan "
     "garansi resmi 1 tahun.",
     [M("8/10", 8, "other"), M("6 jam", 6, "quantity", "hour"), M("1 tahun", 1, "quantity", "year")]),
    # ---- travel
    ("Tiket masuk Candi Borobudur untuk wisatawan domestik dewasa Rp 50.000, anak-anak Rp 25.000, "
     "sedangkan wisatawan mancanegara dikenakan US$ 25. Kawasan candi buka pukul 06.30-17.00 WIB.",
     [M("Rp 50.000", 50000, "money", "IDR"), M("Rp 25.000", 25000, "money", "IDR"),
      M("US$ 25", 25, "money", "USD"), R("06.30-17.00", 6.5, 17)]),
    ("Dari Labuan Bajo, perjalanan kapal ke Pulau Padar memakan waktu sekitar 2 jam. Pendakian ke "
     "puncak bukit setinggi 250 meter hanya butuh 30 menit.",
     [M("2 jam", 2, "quantity", "hour"), M("250 meter", 250, "quantity", "m"),
      M("30 menit", 30, "quantity", "minute")]),
    ("Gunung Bromo berada di ketinggian 2.329 mdpl. Jarak dari Kota Malang sekitar 53 km; sewa jip "
     "mulai Rp 650 ribu per mobil untuk 6 orang.",
     [M("2.329 mdpl", 2329, "quantity", "m"), M("53 km", 53, "quantity", "km"),
      M("Rp 650 ribu", 650 * K, "money", "IDR", K), M("6", 6, "count")]),
    ("Paket tur 3 hari 2 malam ke Danau Toba dijual Rp 2,75 juta per orang, sudah termasuk tiket "
     "pesawat pulang-pergi, hotel, dan makan.",
     [M("3 hari", 3, "quantity", "day"), M("2 malam", 2, "quantity", "night"),
      M("Rp 2,75 juta", 2.75 * MLN, "money", "IDR", MLN)]),
    # ---- court news
    ("Majelis hakim Pengadilan Negeri Jakarta Pusat menjatuhkan vonis 8 tahun penjara dan denda "
     "Rp 500 juta subsider 6 bulan kurungan kepada terdakwa, Kamis (12/9/2024).",
     [M("8 tahun", 8, "quantity", "year"), M("Rp 500 juta", 500 * MLN, "money", "IDR", MLN),
      M("6 bulan", 6, "quantity", "month"), M("12/9/2024", 2024, "date")]),
    ("Jaksa sebelumnya menuntut terdakwa 11 tahun penjara serta membayar uang pengganti Rp 27,3 "
     "miliar. Terdakwa dinilai melanggar Pasal 2 ayat (1) juncto Pasal 18 UU Nomor 31 Tahun 1999.",
     [M("11 tahun", 11, "quantity", "year"), M("Rp 27,3 miliar", 27.3 * MLRD, "money", "IDR", MLRD),
      M("2", 2, "identifier"), M("1", 1, "identifier"), M("18", 18, "identifier"),
      M("Nomor 31", 31, "identifier"), M("1999", 1999, "year")]),
    ("Dalam perkara Nomor 45/Pid.Sus/2024/PN Bdg, terdakwa kedapatan membawa sabu seberat 1,2 "
     "kilogram dan 500 butir ekstasi.",
     [M("Nomor 45/Pid.Sus/2024/PN Bdg", 45, "identifier"), M("1,2 kilogram", 1.2, "quantity", "kg"),
      M("500", 500, "count")]),
    ("Rapat Paripurna DPR RI ke-8 Masa Persidangan I Tahun Sidang 2024-2025 menyetujui RUU APBN 2025 "
     "menjadi undang-undang. Rapat dihadiri 312 anggota dari 580 anggota dewan; 8 dari 9 fraksi "
     "menyetujui.",
     [M("ke-8", 8, "ordinal"), M("I", 1, "ordinal"), R("2024-2025", 2024, 2025),
      M("2025", 2025, "year"), M("312", 312, "count"), M("580", 580, "count"), M("8", 8, "count"), M("9", 9, "count")]),
    ("Dalam APBN 2025, belanja negara ditetapkan Rp 3.621,3 triliun dan pendapatan negara Rp 3.005,1 "
     "triliun, sehingga defisit mencapai 2,53% terhadap PDB.",
     [M("2025", 2025, "year"), M("Rp 3.621,3 triliun", 3621.3 * TRLN, "money", "IDR", TRLN),
      M("Rp 3.005,1 triliun", 3005.1 * TRLN, "money", "IDR", TRLN), M("2,53%", 2.53, "percent", "%")]),
    ("Komisi X DPR menggelar rapat kerja dengan Mendikbudristek pada Senin (10/6) pukul 10.00 WIB. "
     "Sebanyak 9 fraksi menyampaikan pandangan mini terhadap anggaran pendidikan sebesar 20 persen "
     "dari APBN.",
     [M("X", 10, "identifier"), M("10/6", None, "date"), M("10.00", 10, "other"), M("9", 9, "count"),
      M("20 persen", 20, "percent", "%")]),
    ("Badan Anggaran menyepakati asumsi dasar ekonomi makro 2025: pertumbuhan ekonomi 5,2%, nilai "
     "tukar Rp 16.000 per dolar AS, dan harga minyak mentah Indonesia US$ 82 per barel.",
     [M("2025", 2025, "year"), M("5,2%", 5.2, "percent", "%"), M("Rp 16.000", 16000, "money", "IDR"),
      M("US$ 82", 82, "money", "USD")]),
    ("Notulen Musyawarah Desa Sukamaju, Kamis, 18 Januari 2024, pukul 09.00 s.d. 12.30 WIB, "
     "bertempat di Balai Desa. Jumlah peserta yang hadir 47 orang dari 55 undangan.",
     [M("18 Januari 2024", 2024, "date"), R("09.00 s.d. 12.30", 9, 12.5), M("47", 47, "count"),
      M("55", 55, "count")]),
    ("Keputusan: 1. Dana Desa tahun 2024 sebesar Rp 1.024.560.000 diprioritaskan untuk jalan usaha "
     "tani sepanjang 850 meter dan penanganan stunting. 2. Iuran ronda malam disepakati Rp 5.000 per "
     "KK per bulan.",
     [M("1", 1, "identifier"), M("2024", 2024, "year"), M("Rp 1.024.560.000", 1024560000, "money", "IDR"),
      M("850 meter", 850, "quantity", "m"), M("2", 2, "identifier"), M("Rp 5.000", 5000, "money", "IDR")]),
    ("RT 03/RW 05 mengusulkan perbaikan saluran drainase sepanjang 120 m dengan perkiraan biaya Rp 35 "
     "juta, dikerjakan secara swakelola selama 14 hari kerja.",
     [M("03", 3, "identifier"), M("05", 5, "identifier"), M("120 m", 120, "quantity", "m"),
      M("Rp 35 juta", 35 * MLN, "money", "IDR", MLN), M("14 hari", 14, "quantity", "day")]),
    ("Rapat ditutup pukul 12.30 WIB. Rapat berikutnya dijadwalkan pada minggu ke-2 bulan Februari "
     "2024.",
     [M("12.30", 12.5, "other"), M("ke-2", 2, "ordinal"), M("Februari 2024", 2024, "date")]),
    # ---- obituaries
    ("Telah berpulang ke rahmatullah suami, ayah, dan kakek kami tercinta, H. Ahmad Sudrajat bin "
     "Wiryo, pada hari Selasa, 2 Juli 2024, pukul 04.15 WIB dalam usia 78 tahun.",
     [M("2 Juli 2024", 2024, "date"), M("04.15", 4.25, "other"), M("78 tahun", 78, "quantity", "year")]),
    ("Jenazah disemayamkan di rumah duka, Jl. Kenanga No. 17, Bogor, dan dimakamkan di TPU Dreded "
     "pukul 13.00 WIB. Almarhum meninggalkan seorang istri, 4 anak, dan 9 cucu.",
     [M("No. 17", 17, "identifier"), M("13.00", 13, "other"), M("4", 4, "count"), M("9", 9, "count")]),
    ("Turut berduka cita atas wafatnya Prof. Dr. Ir. Soedarsono (1941-2024), guru besar Fakultas "
     "Teknik yang mengabdi selama lebih dari 40 tahun.",
     [R("1941-2024", 1941, 2024), M("40 tahun", 40, "quantity", "year")]),
    # ---- foundation reports
    ("Sepanjang 2023, Yayasan Peduli Anak Bangsa menyalurkan 12.500 paket sembako dan beasiswa kepada "
     "340 siswa di 18 kabupaten. Total dana yang dihimpun mencapai Rp 4,8 miliar, naik 22% dari "
     "tahun sebelumnya.¹ Rincian penyaluran dana dapat dilihat pada Lampiran 2 halaman 34.",
     [M("2023", 2023, "year"), M("12.500", 12500, "count"), M("340", 340, "count"), M("18", 18, "count"),
      M("Rp 4,8 miliar", 4.8 * MLRD, "money", "IDR", MLRD), M("22%", 22, "percent", "%"),
      M("¹", 1, "reference"), M("2", 2, "identifier"), M("34", 34, "reference")]),
    ("Biaya operasional yayasan ditekan di bawah 10 persen dari total donasi, sesuai PP Nomor 29 "
     "Tahun 1980 tentang Pelaksanaan Pengumpulan Sumbangan.",
     [M("10 persen", 10, "percent", "%"), M("Nomor 29", 29, "identifier"), M("1980", 1980, "year")]),
    ("Program operasi katarak gratis telah menjangkau 1.050 pasien lansia sejak diluncurkan pada "
     "Maret 2019, dengan biaya rata-rata Rp 3,5 juta per pasien.",
     [M("1.050", 1050, "count"), M("Maret 2019", 2019, "date"),
      M("Rp 3,5 juta", 3.5 * MLN, "money", "IDR", MLN)]),
    # ---- school announcements
    ("PENGUMUMAN. Diberitahukan kepada seluruh orang tua/wali murid kelas VI bahwa ujian sekolah "
     "akan dilaksanakan pada 22-26 April 2024, pukul 07.30-10.00 WIB.",
     [M("VI", 6, "identifier"), M("22-26 April 2024", 2024, "date"), R("07.30-10.00", 7.5, 10)]),
    ("Pembagian rapor semester genap Tahun Pelajaran 2023/2024 dilaksanakan Sabtu, 22 Juni 2024. "
     "Libur kenaikan kelas berlangsung mulai 24 Juni sampai dengan 13 Juli 2024, dan hari pertama "
     "masuk sekolah jatuh pada Senin, 15 Juli 2024.",
     [R("2023/2024", 2023, 2024), M("22 Juni 2024", 2024, "date"), M("24 Juni", None, "date"),
      M("13 Juli 2024", 2024, "date"), M("15 Juli 2024", 2024, "date")]),
    ("Pendaftaran ekstrakurikuler dibuka untuk siswa kelas 7 dan 8 dengan biaya Rp 50.000 per "
     "semester. Informasi lebih lanjut hubungi Bu Rina (0812-3456-7890).",
     [M("7", 7, "identifier"), M("8", 8, "identifier"), M("Rp 50.000", 50000, "money", "IDR"),
      M("0812-3456-7890", None, "identifier")]),
    ("Kuota PPDB jalur zonasi minimal 50%, afirmasi 15%, perpindahan orang tua 5%, dan sisanya jalur "
     "prestasi. Sekolah menerima 288 peserta didik baru untuk 8 rombongan belajar.",
     [M("50%", 50, "percent", "%"), M("15%", 15, "percent", "%"), M("5%", 5, "percent", "%"),
      M("288", 288, "count"), M("8", 8, "count")]),
    # ---- BMKG weather forecasts
    ("Prakiraan cuaca BMKG untuk Jakarta, Rabu (20/3/2024): pagi berawan, siang hingga sore hujan "
     "ringan hingga sedang. Suhu 24-32°C, kelembapan udara 65-90%. Waspada hujan disertai kilat "
     "pukul 16.10 hingga 19.00 WIB.",
     [M("20/3/2024", 2024, "date"), R("24-32°C", 24, 32, "degC"), R("65-90%", 65, 90, "%"),
      R("16.10 hingga 19.00", hm(16, 10), 19)]),
    ("BMKG mengeluarkan peringatan dini gelombang tinggi 2,5-4 meter di Samudra Hindia selatan Jawa "
     "pada 15-17 Juli 2024. Kecepatan angin di wilayah tersebut mencapai 25 knot.",
     [R("2,5-4 meter", 2.5, 4, "m"), M("15-17 Juli 2024", 2024, "date"), M("25 knot", 25, "quantity", "kn")]),
    ("Curah hujan di Stasiun Meteorologi Kemayoran tercatat 157 mm dalam 24 jam, tertinggi sejak "
     "Januari 2020.",
     [M("157 mm", 157, "quantity", "mm"), M("24 jam", 24, "quantity", "hour"),
      M("Januari 2020", 2020, "date")]),
    ("Dasarian III Oktober 2024 diprakirakan menjadi awal musim hujan bagi 45% zona musim di "
     "Indonesia, sedangkan puncak musim hujan diprakirakan terjadi pada Januari-Februari 2025.",
     [M("III", 3, "ordinal"), M("Oktober 2024", 2024, "date"), M("45%", 45, "percent", "%"),
      M("Januari-Februari 2025", 2025, "date")]),
]
# fmt: on


if __name__ == "__main__":
    _bh.build_all({"id": ID}, "dev_id8", HERE)
