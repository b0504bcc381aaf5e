"""Build the sixth Indonesian numeric-mention development set (``dev_id6_id.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_dev_id6/build_dev_id6.py

A **development** set: the Indonesian rules of ``analysis.mentions`` are tuned on it, so
its scores say nothing about generalisation (the held-out sets do that).  It is everyday,
technical and academic Indonesian, in registers the earlier Indonesian sets touch only in
passing: product specifications and reviews (motorcycles, phones, an air conditioner);
classified advertisements (a house for sale, a boarding room, a job vacancy, a used car);
recipes; sports reports (football, badminton, MotoGP, pencak silat); medicine leaflets and
clinical notes (doses, vital signs, laboratory results, discharge prescriptions);
construction and agricultural manuals (concrete mixes, paint, a cost estimate,
fertiliser and pesticide doses per hectare, irrigation, broiler farming); weather and
marine bulletins; school mathematics and physics problems; research articles with
citations and statistics; court decisions; bank and company reports; tax and fee
regulations; transport schedules and fares.  The passages were written for this set in
the style of those registers, with the number conventions real writers use (``LT 120
m²``, ``1,15 M nego``, ``km 87 rb``, ``½ sdt``, ``TD 160/100 mmHg``, ``nadi 104
x/menit``, ``3 x 500 mg``, ``K-225``, ``Urea 250 kg/ha``, ``7–10 HST``, ``Minggu
(23/6/2024)``, ``pukul 06.10``, ``6 (enam) tahun``, ``Sugiyono (2019: 126)``).  They
were annotated **blind**, from ``docs/numeric-mentions.md`` and the decisions in the
docstrings of ``tests/data/mentions_heldout/build_heldout.py``,
``mentions_heldout2/build_heldout2.py``, ``mentions_heldout3/build_heldout3.py`` and the
``tests/data/mentions_dev_*/build_dev_*.py`` scripts, without reading the extractor's
code and without running it on them.  Texts are already normalised (plain spaces, no
NBSP / thin spaces).

Each passage is ``(text, [mentions in text order])`` using the ``M`` / ``R`` helpers and
the ``annotate`` validator of ``tests/data/mentions_heldout/build_heldout.py`` (offsets are
found with ``str.find`` from the end of the previous mention, never typed).  No currency
beyond the validator's ``CURRENCIES`` was needed (IDR, USD).

Ordinary text also carries words that look numeric but are not mentions, kept on purpose
and left unannotated: ``pertama``, ``kedua``, ``sehari``, ``Tangan pertama``, month names
alone (``Juli hingga Agustus``), ``Adjusted R Square``.

Decisions taken here where the spec and the earlier docstrings are silent, each with the
example that settled it:

* **Product names and model codes.** A model number standing apart from the name is a
  name containing a number, ``other`` with the digits only (``Honda Vario 160``,
  ``Redmi Note 13``, like ``the Pixel 8``); a letter glued to the digits makes a model
  code, ``identifier`` (``Galaxy A55`` -> 55, like dev_ru6); the network generation
  glued to ``G`` (``5G``) is a name's digit, ``other`` 5 with the digit only (glued), like
  ``S1`` and ``D3``.  An engine size in a car's model designation (``Avanza 1.3 G``) is
  ``other`` 1.3 (dev_en7's ``CORSA 1.2 SE``).
* **Engine and appliance units**: ``156,9 cc`` -> ``cm3``; ``15,4 PS`` and the air
  conditioner's ``1 PK`` (paardenkracht) -> ``hp`` like ``л. с.``; ``13,8 Nm`` -> ``N*m``;
  fuel economy ``41,7 km/liter`` -> ``km/l``; ``9.000 BTU/h`` -> ``BTU/h``; ``50 Mbps`` ->
  ``Mbit/s``; ``6,6 inci`` -> ``inch``; ``50 MP`` -> ``MP``; ``8/128 GB`` two quantities in
  GB (dev_ru6).
* **A benchmark score in points** ``skor AnTuTu-nya sekitar 420.000 poin`` is ``other`` with
  unit ``point`` and ``poin`` inside (a value on a scale, like index points), not a count.
* **A price with the approximate suffix glued to the scale word** ``Rp 2,8 jutaan`` is one
  money mention with the suffix inside (spec: a suffix glued to a scale word stays inside;
  dev_id's ``200-an`` keeps a hyphenated ``-an`` outside); ``jutaan`` alone would be a
  vague plural.
* **An odometer reading written unit-first with a scale abbreviation** ``km 87 rb`` is one
  ``quantity`` of 87000 km, scale 1000 (dev_id3's ``Km 5,6`` unit-first, dev_id's ``rb``).
* **Rooms and fittings in a house advert** (``4 KT, 3 KM``, ``carport 2 mobil``, ``ban baru
  4``) are ``count`` with the abbreviation outside (dev_en7's ``2BR``).
* **Match minutes without ``ke-``** (``pada menit 81``) and **grid positions**
  (``start dari posisi 2``) are ``ordinal``, like ``peringkat 5`` (dev_id4): the noun names a
  position; laps are counted (``27 lap`` -> ``count``) and ``lap ke-14`` is an ordinal.
* **Clinical shorthand**: a pulse ``nadi 104 x/menit`` is a ``quantity`` in ``bpm`` with
  ``x/menit`` inside (dev_ru6's ``112 уд/мин``) and a respiratory rate ``RR 24 x/menit`` a
  ``quantity`` in ``1/min`` (dev_en7's ``26/min``); blood cells per microlitre
  ``14.200/µL`` are a ``quantity`` in ``1/ul`` (like ``×10⁹/L`` -> ``1/l``); an infusion rate
  ``20 tetes/menit`` counts drops: ``count`` 20 with the rate outside (dev_ru6's ``ЧДД 24 в
  минуту``).  The dosing frequency ``3 x 500 mg`` / ``1 x 10 mg`` is a multiplier
  (``other``, unit ``times``, the ``x`` inside as in ``4x lipat``) followed by the dose;
  ``3 kali sehari`` likewise (dev_ru6's ``1 раз в сутки``).
* **A dose per body weight per day with the body-weight abbreviation**
  ``20–40 mg/kg BB/hari`` is one range in ``mg/kg/d`` with ``BB`` inside (dev_id3's product
  word between the unit and its denominator).
* **Concrete and house types**: ``K-225`` is an ``identifier`` 225 (one capital, hyphen,
  digits, like a concrete class ``М350``); ``rumah tipe 36`` names one of a series of
  standard house types, ``identifier`` 36.  A mix ratio ``1 : 2 : 3`` is one ``other``, value
  null, like ``2:1`` and ``15-15-15``; cement in bags ``7,4 sak`` is a ``count`` with ``sak``
  outside, and ``@50 kg`` a quantity with ``@`` outside; ``Setiap 1 m³ beton`` keeps ``1 m³``
  as a quantity (the per-unit frame of dev_kk3's ``1 шаршы метр үшін``).
* **Compound units of spraying and irrigation**: ``2 ml per liter`` air -> ``ml/l``,
  ``400 liter per hektare`` -> ``l/ha``, ``1,2 liter/detik/ha`` -> ``l/s/ha``, ``50 liter
  per detik`` -> ``l/s``; feed ``15–20 gram per ekor`` -> ``g/head`` with the second
  denominator ``per hari`` outside (dev_id's ``ton TBS per hektare`` ... ``per tahun``);
  a stocking density ``10 ekor/m²`` -> ``head/m2``.
* **Ten-day rainfall periods** ``dasarian I`` are ``ordinal`` like ``triwulan IV``.
* **School problems**: problem numbers (``Soal 1.``, a line opening ``2.``) are
  ``identifier``; the bare numbers of a worked computation (``½ × 12 × 9 = 54 cm²``) are
  ``other`` as in dev_ru6's arithmetic exercises, the result with its unit a quantity;
  a specific heat ``4.200 J/kg°C`` is one quantity in ``J/(kg*degC)``.
* **Study statistics**: test scores with their deviation (``56,4 ± 8,2``) are ``other``
  (readings on a scale, no unit to share); ``IK 95%`` is a percent; footnote markers in
  brackets after the full stop (``.[3]``) are references.
* **Court and statute numbers**: an article with a letter suffix (``Pasal 24C``) is one
  ``identifier`` with the letter inside, value 24 (dev_ru7's ``корп. 22а``).
* **A programme phase** ``MRT Jakarta fase 1`` is an ``ordinal`` like ``gelombang II``.
* **Vehicle classes with a letter** ``golongan IV-A`` are one ``identifier`` with value 4
  (a class number, like ``Blok C-12``); the flight ``QZ 7510`` keeps its airline code
  (dev_id3's ``GA 404``), ``Terminal 2`` is an identifier like ``JICT 2``.
* **Tax brackets** ``di atas Rp 60.000.000 sampai dengan Rp 250.000.000`` are one money
  ``range`` (``sampai dengan`` is the connector written out in full, like ``s.d.``).
* **Unit codes** used: ``km``, ``m``, ``cm``, ``mm``, ``m2``, ``cm2``, ``m3``, ``ha``,
  ``kg``, ``g``, ``mg``, ``l``, ``ml``, ``tsp``, ``tbsp``, ``cm3``, ``hp``, ``N*m``,
  ``rpm``, ``km/l``, ``km/h``, ``kn``, ``m/s2``, ``N``, ``W``, ``J``, ``kJ``,
  ``J/(kg*degC)``, ``BTU/h``, ``Mbit/s``, ``inch``, ``Hz``, ``MP``, ``mAh``, ``GB``,
  ``degC``, ``mmHg``, ``bpm``, ``1/min``, ``1/ul``, ``g/dl``, ``mg/dl``, ``mg/kg/d``,
  ``g/l``, ``ml/l``, ``l/ha``, ``l/s``, ``l/s/ha``, ``kg/ha``, ``t/ha``, ``g/head``,
  ``head``, ``head/m2``, ``t``, ``second``, ``minute``, ``hour``, ``day``, ``week``,
  ``month``, ``year``, ``times``, ``point``, ``%``.
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
    # ---- product specifications and reviews
    ("Honda Vario 160 dibekali mesin 156,9 cc berpendingin cairan yang menghasilkan tenaga "
     "maksimum 15,4 PS pada 8.500 rpm dan torsi 13,8 Nm pada 7.000 rpm. Kapasitas tangki bahan "
     "bakarnya 5,5 liter.",
     [M("160", 160, "other"), M("156,9 cc", 156.9, "quantity", "cm3"),
      M("15,4 PS", 15.4, "quantity", "hp"), M("8.500 rpm", 8500, "quantity", "rpm"),
      M("13,8 Nm", 13.8, "quantity", "N*m"), M("7.000 rpm", 7000, "quantity", "rpm"),
      M("5,5 liter", 5.5, "quantity", "l")]),
    ("Dalam pengujian kami sejauh 212 km di jalan dalam kota dan jalan tol, Yamaha NMAX Turbo "
     "mencatat konsumsi bensin rata-rata 41,7 km/liter. Akselerasi 0–60 km/jam ditempuh dalam 4,9 "
     "detik. Harga OTR Jakarta untuk tipe Tech Max Rp 38.950.000.",
     [M("212 km", 212, "quantity", "km"), M("41,7 km/liter", 41.7, "quantity", "km/l"),
      R("0–60 km/jam", 0, 60, "km/h"), M("4,9 detik", 4.9, "quantity", "second"),
      M("Rp 38.950.000", 38950000, "money", "IDR")]),
    ("Samsung Galaxy A55 5G dibanderol Rp 5.999.000 untuk varian 8/128 GB. Ponsel ini mengusung "
     "layar Super AMOLED 6,6 inci dengan refresh rate 120 Hz, kamera utama 50 MP, serta baterai "
     "5.000 mAh.",
     [M("A55", 55, "identifier"), M("5", 5, "other", glued=True),
      M("Rp 5.999.000", 5999000, "money", "IDR"), M("8", 8, "quantity", "GB"),
      M("128 GB", 128, "quantity", "GB"), M("6,6 inci", 6.6, "quantity", "inch"),
      M("120 Hz", 120, "quantity", "Hz"), M("50 MP", 50, "quantity", "MP"),
      M("5.000 mAh", 5000, "quantity", "mAh")]),
    ("Setelah dua minggu pemakaian, baterai Redmi Note 13 rata-rata bertahan 7 jam waktu layar "
     "menyala. Pengisian dari 0 hingga 100 persen memakan waktu sekitar 1 jam, dan skor "
     "AnTuTu-nya sekitar 420.000 poin. Dengan harga Rp 2,8 jutaan, performanya sudah lebih dari "
     "cukup untuk main gim ringan.",
     [M("dua minggu", 2, "quantity", "week"), M("13", 13, "other"),
      M("7 jam", 7, "quantity", "hour"), R("0 hingga 100 persen", 0, 100, "%"),
      M("1 jam", 1, "quantity", "hour"), M("420.000 poin", 420000, "other", "point"),
      M("Rp 2,8 jutaan", 2.8 * MLN, "money", "IDR", MLN)]),
    ("AC split 1 PK ini mengonsumsi daya 840 watt dengan kapasitas pendinginan 9.000 BTU/h, cocok "
     "untuk kamar berukuran 3 x 4 meter. Dalam uji kami, suhu ruangan turun dari 31°C menjadi "
     "24°C dalam 15 menit.",
     [M("1 PK", 1, "quantity", "hp"), M("840 watt", 840, "quantity", "W"),
      M("9.000 BTU/h", 9000, "quantity", "BTU/h"), M("3", 3, "quantity", "m"),
      M("4 meter", 4, "quantity", "m"), R("31°C menjadi 24°C", 31, 24, "degC"),
      M("15 menit", 15, "quantity", "minute")]),
    # ---- classified advertisements
    ("DIJUAL CEPAT rumah 2 lantai di Perumahan Griya Asri, Bekasi Timur. LT 120 m², LB 150 m², 4 "
     "KT, 3 KM, carport 2 mobil, listrik 2.200 watt, air PDAM, SHM. Harga 1,15 M nego. Hub. "
     "0812-8765-4321 (WA).",
     [M("2", 2, "count"), M("120 m²", 120, "quantity", "m2"), M("150 m²", 150, "quantity", "m2"),
      M("4", 4, "count"), M("3", 3, "count"), M("2", 2, "count"),
      M("2.200 watt", 2200, "quantity", "W"), M("1,15 M", 1.15 * MLRD, "money", "IDR", MLRD),
      M("0812-8765-4321", None, "identifier")]),
    ("Disewakan kamar kos putri dekat kampus UGM, ukuran 3x4 m, kamar mandi dalam, WiFi 50 Mbps. "
     "Rp 1,5 jt/bulan sudah termasuk listrik, minimal sewa 6 bulan. Alamat: Jl. Kaliurang Km 5,5, "
     "Gg. Mawar No. 12, Sleman.",
     [M("3", 3, "quantity", "m", glued=True), M("4 m", 4, "quantity", "m", glued=True),
      M("50 Mbps", 50, "quantity", "Mbit/s"),
      M("Rp 1,5 jt/bulan", 1.5 * MLN, "money", "IDR", MLN), M("6 bulan", 6, "quantity", "month"),
      M("Km 5,5", 5.5, "quantity", "km"), M("No. 12", 12, "identifier")]),
    ("PT Sinar Jaya Abadi, Cikarang, membuka lowongan Operator Produksi (20 orang). Syarat: pria "
     "usia 18–25 tahun, lulusan SMA/SMK sederajat, tinggi badan minimal 165 cm, bersedia kerja 3 "
     "shift. Gaji sesuai UMK Kabupaten Bekasi Rp 5.219.263 per bulan; lamaran dikirim paling "
     "lambat 30 Juni 2024.",
     [M("20", 20, "count"), R("18–25 tahun", 18, 25, "year"), M("165 cm", 165, "quantity", "cm"),
      M("3", 3, "count"), M("Rp 5.219.263", 5219263, "money", "IDR"),
      M("30 Juni 2024", 2024, "date")]),
    ("Dijual Toyota Avanza 1.3 G M/T 2015, warna hitam, km 87 rb, pajak hidup sampai Agustus "
     "2025, ban baru 4. Tangan pertama dari baru, servis rutin di bengkel resmi. Harga Rp 128 jt "
     "nego halus. Lokasi Depok, hubungi 0857-1122-3344.",
     [M("1.3", 1.3, "other"), M("2015", 2015, "year"),
      M("km 87 rb", 87 * K, "quantity", "km", K), M("Agustus 2025", 2025, "date"),
      M("4", 4, "count"), M("Rp 128 jt", 128 * MLN, "money", "IDR", MLN),
      M("0857-1122-3344", None, "identifier")]),
    # ---- recipes
    ("Resep nasi goreng kampung untuk 2 porsi. Bahan: 2 piring nasi putih dingin, 2 butir telur, "
     "4 siung bawang merah, 3 buah cabai rawit, 1 sdm kecap manis, dan ½ sdt garam.",
     [M("2", 2, "count"), M("2", 2, "count"), M("2", 2, "count"), M("4", 4, "count"),
      M("3", 3, "count"), M("1 sdm", 1, "quantity", "tbsp"), M("½ sdt", 0.5, "quantity", "tsp")]),
    ("Panaskan oven pada suhu 180°C. Kocok 4 butir telur dengan 200 gram gula pasir hingga "
     "kental, masukkan 250 gram tepung terigu dan 1 sdt baking powder, lalu tuang 150 ml margarin "
     "cair. Panggang selama 45 menit.",
     [M("180°C", 180, "quantity", "degC"), M("4", 4, "count"),
      M("200 gram", 200, "quantity", "g"), M("250 gram", 250, "quantity", "g"),
      M("1 sdt", 1, "quantity", "tsp"), M("150 ml", 150, "quantity", "ml"),
      M("45 menit", 45, "quantity", "minute")]),
    ("Sambal matah untuk 4 orang: 10 butir bawang merah, 15 buah cabai rawit, 3 batang serai, "
     "setengah sdt garam, dan 3 sdm minyak kelapa. Panaskan minyak hingga ±160°C, siramkan ke "
     "bahan, lalu diamkan lima belas menit sebelum disajikan.",
     [M("4", 4, "count"), M("10", 10, "count"), M("15", 15, "count"), M("3", 3, "count"),
      M("setengah sdt", 0.5, "quantity", "tsp"), M("3 sdm", 3, "quantity", "tbsp"),
      M("160°C", 160, "quantity", "degC"), M("lima belas menit", 15, "quantity", "minute")]),
    # ---- sports
    ("Persib Bandung menaklukkan Persija Jakarta 3-1 di Stadion Si Jalak Harupat, Minggu "
     "(23/6/2024). Dua gol Persib dicetak David da Silva pada menit ke-27 dan 64', sedangkan gol "
     "balasan Persija lahir dari titik penalti pada menit 81.",
     [M("3-1", None, "other"), M("23/6/2024", 2024, "date"), M("Dua", 2, "count"),
      M("ke-27", 27, "ordinal"), M("64'", 64, "ordinal"), M("81", 81, "ordinal")]),
    ("Di perempat final China Open 2024, Anthony Sinisuka Ginting kalah rubber game 21-19, 16-21, "
     "17-21 dari unggulan ke-2 asal Denmark setelah bertarung 1 jam 18 menit. Hasil ini membuat "
     "Ginting turun ke peringkat 9 dunia.",
     [M("2024", 2024, "year"), M("21-19", None, "other"), M("16-21", None, "other"),
      M("17-21", None, "other"), M("ke-2", 2, "ordinal"), M("1 jam", 1, "quantity", "hour"),
      M("18 menit", 18, "quantity", "minute"), M("9", 9, "ordinal")]),
    ("Francesco Bagnaia memenangi MotoGP Mandalika 2023 setelah menempuh 27 lap di sirkuit "
     "sepanjang 4,31 km dengan catatan waktu 40 menit 37,4 detik, atau rata-rata 172 km/jam. "
     "Jorge Martin, yang start dari posisi 2, terjatuh di lap ke-14 saat memimpin.",
     [M("2023", 2023, "year"), M("27", 27, "count"), M("4,31 km", 4.31, "quantity", "km"),
      M("40 menit", 40, "quantity", "minute"), M("37,4 detik", 37.4, "quantity", "second"),
      M("172 km/jam", 172, "quantity", "km/h"), M("2", 2, "ordinal"), M("ke-14", 14, "ordinal")]),
    ("Pesilat Indonesia meraih emas kelas C putra (55–60 kg) pada Kejuaraan Dunia Pencak Silat "
     "2022 di Melaka setelah menang 45-30 atas wakil Vietnam. Indonesia menutup kejuaraan sebagai "
     "juara umum dengan 9 emas dari 16 nomor tanding.",
     [R("55–60 kg", 55, 60, "kg"), M("2022", 2022, "year"), M("45-30", None, "other"),
      M("9", 9, "count"), M("16", 16, "count")]),
]
ID += [
    # ---- medicine leaflets and clinical notes
    ("Amoksisilin 500 mg kaplet. Dewasa dan anak dengan berat badan lebih dari 40 kg: 3 kali "
     "sehari 1 kaplet selama 5–7 hari. Anak dengan berat badan kurang dari 40 kg: 20–40 mg/kg "
     "BB/hari, dibagi dalam 3 dosis.",
     [M("500 mg", 500, "quantity", "mg"), M("40 kg", 40, "quantity", "kg"),
      M("3 kali", 3, "other", "times"), M("1", 1, "count"), R("5–7 hari", 5, 7, "day"),
      M("40 kg", 40, "quantity", "kg"), R("20–40 mg/kg BB/hari", 20, 40, "mg/kg/d"),
      M("3", 3, "count")]),
    ("Tiap 5 ml sirup mengandung parasetamol 120 mg. Dosis: anak 1–2 tahun 5 ml, anak 2–6 tahun "
     "5–10 ml, diberikan 3–4 kali sehari bila demam. Hubungi dokter bila demam tidak turun "
     "setelah 3 hari.",
     [M("5 ml", 5, "quantity", "ml"), M("120 mg", 120, "quantity", "mg"),
      R("1–2 tahun", 1, 2, "year"), M("5 ml", 5, "quantity", "ml"), R("2–6 tahun", 2, 6, "year"),
      R("5–10 ml", 5, 10, "ml"), R("3–4 kali", 3, 4, "times"), M("3 hari", 3, "quantity", "day")]),
    ("Tn. S, 58 tahun, datang ke IGD dengan keluhan nyeri dada kiri sejak 3 jam SMRS. Pemeriksaan "
     "fisik: TD 160/100 mmHg, nadi 104 x/menit, RR 24 x/menit, suhu 36,8°C, saturasi oksigen 94% "
     "dengan udara ruangan.",
     [M("58 tahun", 58, "quantity", "year"), M("3 jam", 3, "quantity", "hour"),
      M("160", 160, "quantity", "mmHg"), M("100 mmHg", 100, "quantity", "mmHg"),
      M("104 x/menit", 104, "quantity", "bpm"), M("24 x/menit", 24, "quantity", "1/min"),
      M("36,8°C", 36.8, "quantity", "degC"), M("94%", 94, "percent", "%")]),
    ("Hasil laboratorium tanggal 12/3/2024: Hb 10,4 g/dL, leukosit 14.200/µL, trombosit "
     "98.000/µL, GDS 248 mg/dL. Pasien mendapat infus NaCl 0,9% 20 tetes/menit.",
     [M("12/3/2024", 2024, "date"), M("10,4 g/dL", 10.4, "quantity", "g/dl"),
      M("14.200/µL", 14200, "quantity", "1/ul"), M("98.000/µL", 98000, "quantity", "1/ul"),
      M("248 mg/dL", 248, "quantity", "mg/dl"), M("0,9%", 0.9, "percent", "%"),
      M("20", 20, "count")]),
    ("Pasien dirawat selama 5 hari dan dipulangkan dalam kondisi stabil. Terapi pulang: metformin "
     "3 x 500 mg, amlodipin 1 x 10 mg, dan simvastatin 1 x 20 mg malam hari. Kontrol ke "
     "poliklinik penyakit dalam pada 20 Maret 2024 dengan membawa hasil laboratorium.",
     [M("5 hari", 5, "quantity", "day"), M("3 x", 3, "other", "times"),
      M("500 mg", 500, "quantity", "mg"), M("1 x", 1, "other", "times"),
      M("10 mg", 10, "quantity", "mg"), M("1 x", 1, "other", "times"),
      M("20 mg", 20, "quantity", "mg"), M("20 Maret 2024", 2024, "date")]),
    # ---- construction manuals
    ("Untuk beton mutu K-225 digunakan perbandingan campuran 1 : 2 : 3 (semen : pasir : kerikil). "
     "Setiap 1 m³ beton membutuhkan 371 kg semen atau sekitar 7,4 sak @50 kg, 698 kg pasir, 1.047 "
     "kg kerikil dan 215 liter air.",
     [M("K-225", 225, "identifier"), M("1 : 2 : 3", None, "other"),
      M("1 m³", 1, "quantity", "m3"), M("371 kg", 371, "quantity", "kg"), M("7,4", 7.4, "count"),
      M("50 kg", 50, "quantity", "kg"), M("698 kg", 698, "quantity", "kg"),
      M("1.047 kg", 1047, "quantity", "kg"), M("215 liter", 215, "quantity", "l")]),
    ("Satu liter cat tembok dapat menutup 10–12 m² bidang untuk satu lapis. Untuk dinding "
     "berukuran 3 x 8 m dengan 2 lapis dibutuhkan sekitar 5 liter.",
     [M("Satu liter", 1, "quantity", "l"), R("10–12 m²", 10, 12, "m2"), M("satu", 1, "count"),
      M("3", 3, "quantity", "m"), M("8 m", 8, "quantity", "m"), M("2", 2, "count"),
      M("5 liter", 5, "quantity", "l")]),
    ("Rencana anggaran biaya rumah tipe 36 di atas lahan 72 m²: dinding bata ringan 85 m² × Rp "
     "165.000/m² = Rp 14.025.000. Total biaya diperkirakan Rp 162 juta, atau sekitar Rp 4,5 juta "
     "per m² luas bangunan.",
     [M("36", 36, "identifier"), M("72 m²", 72, "quantity", "m2"),
      M("85 m²", 85, "quantity", "m2"), M("Rp 165.000/m²", 165000, "money", "IDR"),
      M("Rp 14.025.000", 14025000, "money", "IDR"),
      M("Rp 162 juta", 162 * MLN, "money", "IDR", MLN),
      M("Rp 4,5 juta", 4.5 * MLN, "money", "IDR", MLN)]),
    # ---- agricultural manuals
    ("Dosis pupuk anjuran untuk padi sawah di lahan ini adalah Urea 250 kg/ha dan SP-36 100 "
     "kg/ha. Urea diberikan tiga kali, masing-masing sepertiga dosis, pada umur 7–10 HST, 21–25 "
     "HST dan 40–45 HST.",
     [M("250 kg/ha", 250, "quantity", "kg/ha"), M("36", 36, "other"),
      M("100 kg/ha", 100, "quantity", "kg/ha"), M("tiga kali", 3, "other", "times"),
      M("sepertiga", 1 / 3, "other"), R("7–10 HST", 7, 10, "day"), R("21–25 HST", 21, 25, "day"),
      R("40–45 HST", 40, 45, "day")]),
    ("Semprotkan insektisida berbahan aktif klorantraniliprol 50 g/l dengan konsentrasi 2 ml per "
     "liter air dan volume semprot 400 liter per hektare. Penyemprotan diulang setiap 7 hari bila "
     "serangan penggerek batang melebihi ambang ekonomi, dan dihentikan 14 hari sebelum panen.",
     [M("50 g/l", 50, "quantity", "g/l"), M("2 ml per liter", 2, "quantity", "ml/l"),
      M("400 liter per hektare", 400, "quantity", "l/ha"), M("7 hari", 7, "quantity", "day"),
      M("14 hari", 14, "quantity", "day")]),
    ("Kebutuhan air irigasi padi sawah rata-rata 1,2 liter/detik/ha. Pada irigasi berselang, "
     "petak diairi setinggi 3–5 cm, lalu dibiarkan mengering selama 3–4 hari hingga tanah retak "
     "rambut. Saluran tersier dengan debit 50 liter per detik cukup untuk mengairi sekitar 40 ha.",
     [M("1,2 liter/detik/ha", 1.2, "quantity", "l/s/ha"), R("3–5 cm", 3, 5, "cm"),
      R("3–4 hari", 3, 4, "day"), M("50 liter per detik", 50, "quantity", "l/s"),
      M("40 ha", 40, "quantity", "ha")]),
    ("Ayam broiler umur 1–7 hari diberi pakan 15–20 gram per ekor per hari; bobot panen 1,8–2 kg "
     "dicapai pada umur 30–35 hari dengan FCR 1,5. Kandang untuk 5.000 ekor memerlukan luas "
     "sekitar 500 m², atau kepadatan 10 ekor/m².",
     [R("1–7 hari", 1, 7, "day"), R("15–20 gram per ekor", 15, 20, "g/head"),
      R("1,8–2 kg", 1.8, 2, "kg"), R("30–35 hari", 30, 35, "day"), M("1,5", 1.5, "other"),
      M("5.000 ekor", 5000, "quantity", "head"), M("500 m²", 500, "quantity", "m2"),
      M("10 ekor/m²", 10, "quantity", "head/m2")]),
    # ---- weather and marine bulletins
    ("Peringatan dini gelombang tinggi berlaku mulai 14 Juli 2024 pukul 07.00 WIB hingga 16 Juli "
     "2024 pukul 07.00 WIB. Gelombang setinggi 2,5–4,0 meter berpeluang terjadi di Samudra Hindia "
     "selatan Jawa hingga NTB, dengan angin dominan dari tenggara berkecepatan 8–25 knot.",
     [M("14 Juli 2024", 2024, "date"), M("07.00", 7, "other"), M("16 Juli 2024", 2024, "date"),
      M("07.00", 7, "other"), R("2,5–4,0 meter", 2.5, 4, "m"), R("8–25 knot", 8, 25, "kn")]),
    ("Prakiraan cuaca Kota Bandung, Rabu (10/1): pagi berawan, siang hingga sore hujan sedang "
     "dengan peluang 70 persen. Suhu udara 18–28°C, kelembapan 65–95%, angin dari arah barat 5–15 "
     "km/jam.",
     [M("10/1", None, "date"), M("70 persen", 70, "percent", "%"), R("18–28°C", 18, 28, "degC"),
      R("65–95%", 65, 95, "%"), R("5–15 km/jam", 5, 15, "km/h")]),
    ("Analisis curah hujan dasarian I Februari 2024 menunjukkan sebagian besar wilayah Jawa "
     "Tengah menerima 150–300 mm, dengan curah hujan tertinggi 412 mm di Pos Hujan Kaliwiro, "
     "Wonosobo. Sifat hujan umumnya di atas normal (lebih dari 115%), dan awal musim kemarau "
     "diprakirakan jatuh pada Mei 2024.",
     [M("I", 1, "ordinal"), M("Februari 2024", 2024, "date"), R("150–300 mm", 150, 300, "mm"),
      M("412 mm", 412, "quantity", "mm"), M("115%", 115, "percent", "%"),
      M("Mei 2024", 2024, "date")]),
    ("Suhu udara di kompleks Candi Arjuna, Dieng, turun hingga −2°C pada Sabtu (6/7) dini hari, "
     "sehingga embun beku atau bun upas menyelimuti lahan kentang. Fenomena ini biasanya muncul "
     "pada puncak kemarau, Juli hingga Agustus.",
     [M("−2°C", -2, "quantity", "degC"), M("6/7", None, "date")]),
    ("Jarak pandang di Bandara Sultan Syarif Kasim II Pekanbaru turun hingga 800 meter akibat "
     "kabut asap pada pukul 06.30 WIB. Satelit mendeteksi 124 titik panas di Riau dengan tingkat "
     "kepercayaan di atas 80%.",
     [M("II", 2, "ordinal"), M("800 meter", 800, "quantity", "m"), M("06.30", 6.5, "other"),
      M("124", 124, "count"), M("80%", 80, "percent", "%")]),
    # ---- school mathematics and physics problems
    ("Soal 1. Sebuah mobil bergerak lurus dengan kecepatan tetap 72 km/jam selama 15 menit. "
     "Berapa meter jarak yang ditempuh mobil tersebut?",
     [M("1", 1, "identifier"), M("72 km/jam", 72, "quantity", "km/h"),
      M("15 menit", 15, "quantity", "minute")]),
    ("2. Sebuah balok bermassa 5 kg ditarik dengan gaya mendatar 20 N di atas lantai licin. Jika "
     "percepatan gravitasi g = 10 m/s², tentukan percepatan balok dan besar gaya normal yang "
     "bekerja padanya!",
     [M("2", 2, "identifier"), M("5 kg", 5, "quantity", "kg"), M("20 N", 20, "quantity", "N"),
      M("10 m/s²", 10, "quantity", "m/s2")]),
    ("3. Sebuah segitiga siku-siku memiliki alas 12 cm dan tinggi 9 cm. Luasnya adalah ½ × 12 × 9 "
     "= 54 cm².",
     [M("3", 3, "identifier"), M("12 cm", 12, "quantity", "cm"), M("9 cm", 9, "quantity", "cm"),
      M("½", 0.5, "other"), M("12", 12, "other"), M("9", 9, "other"),
      M("54 cm²", 54, "quantity", "cm2")]),
    ("Ibu membeli 2½ kg gula pasir. Sebanyak 3/4 kg dipakai untuk membuat kue dan 1/2 kg untuk "
     "membuat sirup. Berapa kilogram sisa gula pasir Ibu?",
     [M("2½ kg", 2.5, "quantity", "kg"), M("3/4 kg", 0.75, "quantity", "kg"),
      M("1/2 kg", 0.5, "quantity", "kg")]),
    ("Sebuah lampu 60 W dinyalakan 8 jam setiap hari. Jika tarif listrik Rp 1.699,53 per kWh, "
     "berapa rupiah biaya listrik lampu itu selama 30 hari?",
     [M("60 W", 60, "quantity", "W"), M("8 jam", 8, "quantity", "hour"),
      M("Rp 1.699,53", 1699.53, "money", "IDR"), M("30 hari", 30, "quantity", "day")]),
    ("Air bermassa 2 kg bersuhu 25°C dipanaskan sampai 100°C. Jika kalor jenis air 4.200 J/kg°C, "
     "kalor yang diperlukan adalah 630.000 J atau 630 kJ.",
     [M("2 kg", 2, "quantity", "kg"), M("25°C", 25, "quantity", "degC"),
      M("100°C", 100, "quantity", "degC"), M("4.200 J/kg°C", 4200, "quantity", "J/(kg*degC)"),
      M("630.000 J", 630000, "quantity", "J"), M("630 kJ", 630, "quantity", "kJ")]),
]
ID += [
    # ---- research articles
    ("Penelitian ini menggunakan desain kuasi-eksperimen dengan 64 responden yang dibagi ke dalam "
     "2 kelompok. Rerata skor pengetahuan kelompok intervensi meningkat dari 56,4 ± 8,2 menjadi "
     "78,9 ± 6,5 setelah edukasi selama 4 minggu (p < 0,001).",
     [M("64", 64, "count"), M("2", 2, "count"), M("56,4", 56.4, "other"), M("8,2", 8.2, "other"),
      M("78,9", 78.9, "other"), M("6,5", 6.5, "other"), M("4 minggu", 4, "quantity", "week"),
      M("0,001", 0.001, "other")]),
    ("Menurut Sugiyono (2019: 126), sampel adalah bagian dari jumlah dan karakteristik yang "
     "dimiliki oleh populasi. Ukuran sampel ditentukan dengan rumus Slovin pada tingkat kesalahan "
     "5%, sehingga dari populasi 1.250 orang diperoleh 303 responden (Arikunto, 2013).",
     [M("2019", 2019, "reference"), M("126", 126, "reference"), M("5%", 5, "percent", "%"),
      M("1.250", 1250, "count"), M("303", 303, "count"), M("2013", 2013, "reference")]),
    ("Hasil uji regresi linear berganda menunjukkan bahwa kualitas pelayanan berpengaruh positif "
     "dan signifikan terhadap kepuasan pelanggan (β = 0,412; t = 5,216; p = 0,000). Nilai "
     "Adjusted R Square sebesar 0,637 berarti 63,7% variasi kepuasan dijelaskan oleh variabel "
     "dalam model.",
     [M("0,412", 0.412, "other"), M("5,216", 5.216, "other"), M("0,000", 0, "other"),
      M("0,637", 0.637, "other"), M("63,7%", 63.7, "percent", "%")]),
    ("Wulandari, R., & Pratama, A. (2021). Pengaruh literasi keuangan terhadap perilaku menabung "
     "mahasiswa. Jurnal Ekonomi dan Bisnis, 24(2), 145–158.",
     [M("2021", 2021, "reference"), M("24", 24, "reference"), M("2", 2, "reference"),
      M("145–158", 145, "reference", range_end=158)]),
    ("Prevalensi hipertensi pada lansia di wilayah kerja Puskesmas Sukamaju sebesar 42,5%, lebih "
     "tinggi daripada angka nasional 34,1%.[3] Analisis chi-square menunjukkan hubungan bermakna "
     "antara konsumsi garam dan hipertensi (p = 0,002; OR = 3,14; IK 95% 1,52–6,48).[4]",
     [M("42,5%", 42.5, "percent", "%"), M("34,1%", 34.1, "percent", "%"), M("3", 3, "reference"),
      M("0,002", 0.002, "other"), M("3,14", 3.14, "other"), M("95%", 95, "percent", "%"),
      R("1,52–6,48", 1.52, 6.48), M("4", 4, "reference")]),
    ("Perlakuan pupuk kandang 20 ton/ha memberikan hasil gabah kering giling tertinggi, yaitu 6,8 "
     "ton/ha, dan berbeda nyata dengan kontrol (4,9 ton/ha) pada taraf 5% uji DMRT (Tabel 3). "
     "Hasil ini sejalan dengan temuan Hidayat dkk. (2020) di lahan sawah tadah hujan.",
     [M("20 ton/ha", 20, "quantity", "t/ha"), M("6,8 ton/ha", 6.8, "quantity", "t/ha"),
      M("4,9 ton/ha", 4.9, "quantity", "t/ha"), M("5%", 5, "percent", "%"),
      M("3", 3, "identifier"), M("2020", 2020, "reference")]),
    # ---- court decisions
    ("Putusan Nomor 245/Pid.Sus/2023/PN Bdg. Menyatakan Terdakwa terbukti secara sah dan "
     "meyakinkan bersalah melakukan tindak pidana sebagaimana dalam dakwaan Pasal 114 ayat (1) "
     "Undang-Undang Nomor 35 Tahun 2009 tentang Narkotika; menjatuhkan pidana penjara selama 6 "
     "(enam) tahun dan denda sejumlah Rp1.000.000.000,00 (satu miliar rupiah) dengan ketentuan "
     "apabila denda tidak dibayar diganti pidana penjara selama 3 (tiga) bulan.",
     [M("Nomor 245/Pid.Sus/2023/PN Bdg", 245, "identifier"), M("114", 114, "identifier"),
      M("1", 1, "identifier"), M("Nomor 35", 35, "identifier"), M("2009", 2009, "year"),
      M("6", 6, "quantity", "year"), M("enam", 6, "quantity", "year"),
      M("Rp1.000.000.000,00", MLRD, "money", "IDR"),
      M("satu miliar rupiah", MLRD, "money", "IDR", MLRD), M("3", 3, "quantity", "month"),
      M("tiga", 3, "quantity", "month")]),
    ("Menghukum Tergugat untuk membayar ganti rugi materiil kepada Penggugat sebesar Rp "
     "275.500.000,00 dan uang paksa (dwangsom) sebesar Rp 500.000,00 untuk setiap hari "
     "keterlambatan; membebankan biaya perkara kepada Tergugat sejumlah Rp 3.216.000,00. Demikian "
     "diputuskan dalam rapat musyawarah Majelis Hakim pada hari Senin, tanggal 4 Maret 2024.",
     [M("Rp 275.500.000,00", 275500000, "money", "IDR"),
      M("Rp 500.000,00", 500000, "money", "IDR"), M("Rp 3.216.000,00", 3216000, "money", "IDR"),
      M("4 Maret 2024", 2024, "date")]),
    ("Terdakwa ditahan oleh Penyidik di Rutan sejak tanggal 12 Januari 2024 sampai dengan tanggal "
     "31 Januari 2024, diperpanjang oleh Penuntut Umum selama 40 (empat puluh) hari, kemudian "
     "oleh Hakim Pengadilan Negeri sejak tanggal 11 Maret 2024 untuk 30 hari.",
     [M("12 Januari 2024", 2024, "date"), M("31 Januari 2024", 2024, "date"),
      M("40", 40, "quantity", "day"), M("empat puluh", 40, "quantity", "day"),
      M("11 Maret 2024", 2024, "date"), M("30 hari", 30, "quantity", "day")]),
    ("Menimbang bahwa berdasarkan Pasal 24C ayat (1) UUD 1945 juncto Pasal 10 ayat (1) huruf a "
     "Undang-Undang Nomor 24 Tahun 2003, Mahkamah berwenang mengadili pada tingkat pertama dan "
     "terakhir yang putusannya bersifat final.",
     [M("24C", 24, "identifier"), M("1", 1, "identifier"), M("1945", 1945, "year"),
      M("10", 10, "identifier"), M("1", 1, "identifier"), M("Nomor 24", 24, "identifier"),
      M("2003", 2003, "year")]),
    # ---- bank and company reports
    ("Hingga akhir Desember 2023, Bank menyalurkan kredit sebesar Rp 1.250,7 triliun atau tumbuh "
     "10,4% (yoy). Rasio kredit bermasalah (NPL) gross terjaga di level 2,1%, sementara rasio "
     "kecukupan modal (CAR) mencapai 25,2% dan LDR 84,7%.",
     [M("Desember 2023", 2023, "date"),
      M("Rp 1.250,7 triliun", 1250.7 * TRLN, "money", "IDR", TRLN),
      M("10,4%", 10.4, "percent", "%"), M("2,1%", 2.1, "percent", "%"),
      M("25,2%", 25.2, "percent", "%"), M("84,7%", 84.7, "percent", "%")]),
    ("Dana pihak ketiga (DPK) mencapai Rp 1.358 triliun dengan porsi dana murah (CASA) 66,3%. "
     "Laba bersih konsolidasian tercatat Rp 60,4 triliun, naik 17,5% dibandingkan tahun 2022, "
     "sehingga laba per saham menjadi Rp 647,46.",
     [M("Rp 1.358 triliun", 1358 * TRLN, "money", "IDR", TRLN), M("66,3%", 66.3, "percent", "%"),
      M("Rp 60,4 triliun", 60.4 * TRLN, "money", "IDR", TRLN), M("17,5%", 17.5, "percent", "%"),
      M("2022", 2022, "year"), M("Rp 647,46", 647.46, "money", "IDR")]),
    ("Perseroan menjual 1,24 juta unit sepeda motor sepanjang 2023 dengan pangsa pasar 23,5%. Per "
     "31 Desember 2023 jumlah karyawan tetap sebanyak 14.208 orang.",
     [M("1,24 juta", 1.24 * MLN, "count", None, MLN), M("2023", 2023, "year"),
      M("23,5%", 23.5, "percent", "%"), M("31 Desember 2023", 2023, "date"),
      M("14.208", 14208, "count")]),
    ("RUPS Luar Biasa pada 12 Mei 2022 menyetujui pemecahan nilai nominal saham dengan rasio 1:5, "
     "dari Rp 500 menjadi Rp 100 per saham. Dengan demikian jumlah saham beredar bertambah dari "
     "24,6 miliar menjadi 123 miliar lembar.",
     [M("12 Mei 2022", 2022, "date"), M("1:5", None, "other"),
      R("Rp 500 menjadi Rp 100", 500, 100, "IDR"),
      R("24,6 miliar menjadi 123 miliar", 24.6 * MLRD, 123 * MLRD, None, MLRD)]),
    ("Pada kuartal III-2024 pendapatan Perseroan turun 4,8% (yoy) menjadi US$ 1,42 miliar, "
     "sedangkan EBITDA tercatat US$ 412,6 juta dengan marjin 29%. Volume penjualan batu bara "
     "mencapai 18,3 juta ton dengan nisbah kupas 4,2 kali.",
     [M("III", 3, "ordinal"), M("2024", 2024, "year"), M("4,8%", 4.8, "percent", "%"),
      M("US$ 1,42 miliar", 1.42 * MLRD, "money", "USD", MLRD),
      M("US$ 412,6 juta", 412.6 * MLN, "money", "USD", MLN), M("29%", 29, "percent", "%"),
      M("18,3 juta ton", 18.3 * MLN, "quantity", "t", MLN), M("4,2 kali", 4.2, "other", "times")]),
    # ---- tax and fee regulations
    ("Tarif Pasal 17 ayat (1) huruf a UU PPh bagi wajib pajak orang pribadi: penghasilan kena "
     "pajak sampai dengan Rp 60.000.000 dikenai tarif 5%; di atas Rp 60.000.000 sampai dengan Rp "
     "250.000.000 tarif 15%; di atas Rp 250.000.000 sampai dengan Rp 500.000.000 tarif 25%.",
     [M("17", 17, "identifier"), M("1", 1, "identifier"),
      M("Rp 60.000.000", 60 * MLN, "money", "IDR"), M("5%", 5, "percent", "%"),
      R("Rp 60.000.000 sampai dengan Rp 250.000.000", 60 * MLN, 250 * MLN, "IDR"),
      M("15%", 15, "percent", "%"),
      R("Rp 250.000.000 sampai dengan Rp 500.000.000", 250 * MLN, 500 * MLN, "IDR"),
      M("25%", 25, "percent", "%")]),
    ("Sesuai Undang-Undang Nomor 7 Tahun 2021, tarif PPN naik dari 10% menjadi 11% mulai 1 April "
     "2022, dan menjadi 12% paling lambat 1 Januari 2025.",
     [M("Nomor 7", 7, "identifier"), M("2021", 2021, "year"), R("10% menjadi 11%", 10, 11, "%"),
      M("1 April 2022", 2022, "date"), M("12%", 12, "percent", "%"),
      M("1 Januari 2025", 2025, "date")]),
    ("NJOP tidak kena pajak ditetapkan Rp 10.000.000 untuk setiap wajib pajak. Tarif PBB sebesar "
     "0,1% untuk NJOP sampai dengan Rp 1 miliar dan 0,2% untuk NJOP di atas Rp 1 miliar, "
     "sedangkan BPHTB dikenakan 5% dari NPOP setelah dikurangi NPOPTKP Rp 80 juta.",
     [M("Rp 10.000.000", 10 * MLN, "money", "IDR"), M("0,1%", 0.1, "percent", "%"),
      M("Rp 1 miliar", MLRD, "money", "IDR", MLRD), M("0,2%", 0.2, "percent", "%"),
      M("Rp 1 miliar", MLRD, "money", "IDR", MLRD), M("5%", 5, "percent", "%"),
      M("Rp 80 juta", 80 * MLN, "money", "IDR", MLN)]),
    ("Berdasarkan PP 28/2019, tarif paspor biasa 48 halaman ditetapkan Rp 350.000, paspor "
     "elektronik Rp 650.000, dan layanan percepatan paspor selesai pada hari yang sama Rp "
     "1.000.000 di luar biaya paspor.",
     [M("28/2019", 28, "identifier"), M("48", 48, "count"),
      M("Rp 350.000", 350000, "money", "IDR"), M("Rp 650.000", 650000, "money", "IDR"),
      M("Rp 1.000.000", 1000000, "money", "IDR")]),
    ("Tarif PKB untuk kepemilikan pertama kendaraan bermotor pribadi paling tinggi 1,2%, dan "
     "untuk kepemilikan kedua dan seterusnya paling tinggi 6%; opsen PKB ditetapkan 66% dari "
     "pajak terutang, sedangkan tarif BBNKB paling tinggi 12%.",
     [M("1,2%", 1.2, "percent", "%"), M("6%", 6, "percent", "%"), M("66%", 66, "percent", "%"),
      M("12%", 12, "percent", "%")]),
    # ---- transport schedules and fares
    ("Kereta Cepat Whoosh melayani rute Halim–Tegalluar sejauh 142,3 km dengan waktu tempuh "
     "sekitar 45 menit. Perjalanan pertama dari Halim berangkat pukul 06.10 dan terakhir pukul "
     "21.25; tarif kelas premium ekonomi Rp 250.000 dan first class Rp 600.000.",
     [M("142,3 km", 142.3, "quantity", "km"), M("45 menit", 45, "quantity", "minute"),
      M("06.10", hm(6, 10), "other"), M("21.25", hm(21, 25), "other"),
      M("Rp 250.000", 250000, "money", "IDR"), M("Rp 600.000", 600000, "money", "IDR")]),
    ("MRT Jakarta fase 1 rute Lebak Bulus–Bundaran HI sepanjang 15,7 km memiliki 13 stasiun dan "
     "ditempuh dalam 30 menit. Tarif dihitung berdasarkan jarak, mulai Rp 3.000 hingga Rp 14.000.",
     [M("1", 1, "ordinal"), M("15,7 km", 15.7, "quantity", "km"), M("13", 13, "count"),
      M("30 menit", 30, "quantity", "minute"),
      R("Rp 3.000 hingga Rp 14.000", 3000, 14000, "IDR")]),
    ("Penerbangan QZ 7510 Jakarta–Denpasar dijadwalkan lepas landas dari Terminal 2 "
     "Soekarno-Hatta pukul 06.40 WIB dan mendarat pukul 09.35 WITA. Penumpang mendapat bagasi "
     "gratis 15 kg; kelebihan bagasi dikenai Rp 85.000 per kg.",
     [M("QZ 7510", 7510, "identifier"), M("2", 2, "identifier"), M("06.40", hm(6, 40), "other"),
      M("09.35", hm(9, 35), "other"), M("15 kg", 15, "quantity", "kg"),
      M("Rp 85.000", 85000, "money", "IDR")]),
    ("Tarif penyeberangan Merak–Bakauheni kelas reguler: penumpang dewasa Rp 23.000, sepeda motor "
     "golongan II Rp 65.000, dan mobil pribadi golongan IV-A Rp 490.000. Waktu tempuh kapal "
     "sekitar 2 jam.",
     [M("Rp 23.000", 23000, "money", "IDR"), M("II", 2, "identifier"),
      M("Rp 65.000", 65000, "money", "IDR"), M("IV-A", 4, "identifier"),
      M("Rp 490.000", 490000, "money", "IDR"), M("2 jam", 2, "quantity", "hour")]),
]
# fmt: on


def main() -> None:
    _bh.build_all({"id": ID}, "dev_id6", HERE)


if __name__ == "__main__":
    main()
