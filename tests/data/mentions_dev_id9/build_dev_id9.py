"""Build the ninth Indonesian numeric-mention development set (``dev_id9_id.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_dev_id9/build_dev_id9.py

A **development** set: the Indonesian rules of ``analysis.mentions`` are tuned on it, so
its scores say nothing about generalisation (the held-out sets do that).  It is everyday
and historical Indonesian text: WhatsApp messages; product reviews; recipes; DIY
instructions; travel itineraries; menus; receipts; rental agreements; school report
cards; doctors' referral letters; a football blog; game guides; and colonial-era
newspapers (old spelling), residents' reports and colonial archives in translation.
The passages were written for this set in the style of those registers and annotated
**blind**, from ``docs/numeric-mentions.md`` and the decisions in the docstrings of
``tests/data/mentions_heldout/build_heldout.py``, ``mentions_heldout2``,
``mentions_heldout3`` and the ``tests/data/mentions_dev_*`` build scripts, without
reading the extractor's code and without running it on them.  Texts are already
normalised (plain spaces, no NBSP / thin spaces).

Each passage is ``(text, [mentions in text order])`` using the ``M`` / ``R`` helpers and
the ``annotate`` validator of ``tests/data/mentions_heldout/build_heldout.py`` (offsets are
found with ``str.find`` from the end of the previous mention, never typed).  No currency
beyond the validator's ``CURRENCIES`` was needed (IDR, NLG).

Words that look numeric but are not mentions, left unannotated on purpose: ``pertama``,
``ketiga``, ``Seorang``, ``sepikoel``, ``setahun``, ``sehari``, ``sebulan``, month names
alone (``Maret dan April 1864``: only ``April 1864``), ``aVF``, ``USB-C``.

Decisions taken here where the spec and the earlier docstrings are silent, each with the
example that settled it:

* **Chat shorthand for rupiah without ``Rp``** (``transferan 1,5jt``, ``500rb``, a menu's
  ``15K``) is ``money`` in IDR with the glued scale abbreviation inside (compact forms,
  like ``Rp25rb``), since the context is a payment or a price list.
* **A date given by its day alone after ``tgl``** (``tgl 25``, ``tanggal 3 boelan ini``) is
  a ``date`` with value null and the digits only, like ``tanggal 9``.
* **A shoe size** (``saya biasa 42 jadi harus ambil 43``) and a star rating
  (``Rating 4/5``, value 4) are values on a scale, ``other``.
* **Game statistics** (``+40 kecepatan gerak``, ``level 90``, ``World Level 8``, HP
  ``1,2 juta``) are values on a scale, ``other`` (the ``+`` inside); rank points
  ``3.200 poin`` are ``other`` in ``point`` like benchmark points; a rarity ``5-star`` is
  ``other`` with the digits only; pulls and Primogems are counted (``count``).
* **A football formation** ``4-3-3`` is one ``other``, value null, like a score or a mix
  ratio; a season ``2023/24`` is a range 2023..2024; the ``1`` of ``Liga 1`` is a name's
  number (``other``, as in dev_id8); an average ``0,68 gol per laga`` is ``other``.
* **Report-card marks** (``nilai 85``, ``KKM ... 75``, ``Rata-rata nilai 86,7``) are
  ``other``; ``Semester 1`` is an ``ordinal`` like ``semester I``; ``Kelas V`` an
  ``identifier``; ``Peringkat 4 dari 32 siswa`` an ordinal and a count; days absent
  ``0 hari`` a quantity.  A student number ``NISN 0098765432`` is an ``identifier`` with
  the leading zeros inside, value the integer.
* **Itinerary day numbers** ``Hari 1:`` and branch or pump numbers on a receipt
  (``Nozzle 3``, ``Pompa 2``) are ``identifier`` (numbered nouns, like ``Langkah 3:``);
  sandpaper grit ``amplas nomor 120`` is an ``identifier`` with ``nomor`` inside, like
  ``Nomor 31``.
* **A screw size** ``sekrup 4 x 40 mm`` gives two quantities sharing the unit (dimensions,
  like ``55×40×25 см``); a dose ``1 x 80 mg`` gives a multiplier and a dose (like
  ``3 x 500 mg``).
* **A brand name with a number word** (semen ``Tiga Roda``) is ``other`` 3, a name
  containing a number, like ``Bintang Lima``.
* **ECG leads** ``lead II, III`` are ``identifier`` (names of leads, like ``Seksi II``).
* **A colonial clock time with a daypart word** ``djam 4 sore`` is a time of day,
  ``other`` with the digits only and the value in 24-hour form (16), like ``1–3 PM`` ->
  13..15; ``djam`` and ``sore`` stay outside, as ``pukul`` does.
* **``roepiah`` before 1946** (``15.000 roepiah`` in a 1920s Medan report) is NLG, as in
  dev_id2; ``20 sen`` beside guilder wages is 0.2 NLG.
* **A whole chicken in a recipe** ``1 ekor ayam`` is a ``quantity`` in ``head`` like any
  ``ekor``; cloves, stalks and sheets (``3 lembar``, ``2 batang``, ``1 ruas``) are counts.
* **A footnote line citing a decree and a letter** (``Besluit 14-6-1830 No. 7``,
  ``no. 1432/B, lampiran 3``): the dates stay ``date``, the decree and letter numbers
  ``identifier`` (document numbers, not shelf marks), the appendix ``identifier``.
* **Unit codes** used: ``km``, ``m2``, ``cm``, ``mm``, ``kg``, ``g``, ``t``, ``l``, ``ml``,
  ``tsp``, ``tbsp``, ``W``, ``mAh``, ``mg``, ``mg/dl``, ``g/dl``, ``1/ul``, ``mmHg``,
  ``bpm``, ``1/min``, ``degC``, ``head``, ``pikul``, ``pal``, ``kati``, ``second``,
  ``minute``, ``hour``, ``day``, ``night``, ``month``, ``year``, ``times``, ``point``,
  ``%``.
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


def hm(h: int, m: int = 0) -> float:
    """A clock time in hours."""
    return h + m / 60


# fmt: off
# ============================================================================ id
ID = [
    # ---- WhatsApp messages
    ("Bro besok jadi ketemu jam 19.00 di kafe depan stasiun ya. Aku bawa 2 temen, total jadi 5 "
     "orang. Jgn telat lg, kemarin aku nunggu 45 menit 😅",
     [M("19.00", 19, "other"), M("2", 2, "count"), M("5", 5, "count"),
      M("45 menit", 45, "quantity", "minute")]),
    ("Ma, transferan 1,5jt udah masuk blm? Sisanya 500rb aku kirim tgl 25 pas gajian. Token "
     "listrik jg udah aku isi 100rb tadi pagi.",
     [M("1,5jt", 1.5 * MLN, "money", "IDR", MLN), M("500rb", 500 * K, "money", "IDR", K),
      M("25", None, "date"), M("100rb", 100 * K, "money", "IDR", K)]),
    ("[Info Warga RT 04] Kerja bakti Minggu 14/7 mulai pukul 06.30 s.d. selesai. Iuran "
     "kebersihan bulan Juli Rp 20.000/rumah, paling lambat tgl 20. Yg berhalangan harap "
     "konfirmasi ke Pak RT di 0813-2244-5678.",
     [M("04", 4, "identifier"), M("14/7", None, "date"), M("06.30", 6.5, "other"),
      M("Rp 20.000/rumah", 20000, "money", "IDR"), M("20", None, "date"),
      M("0813-2244-5678", None, "identifier")]),
    ("Pak, paketnya udah nyampe tp kurang 1 dus. Sy pesen 12 dus air mineral 600 ml, yg dateng "
     "cuma 11. Mohon dicek ya 🙏",
     [M("1", 1, "count"), M("12", 12, "count"), M("600 ml", 600, "quantity", "ml"),
      M("11", 11, "count")]),
    # ---- product reviews
    ("⭐⭐⭐⭐⭐ Barang sampai dalam 2 hari, packing aman pakai bubble wrap tebal. Blendernya "
     "kencang, 350 watt cukup buat halusin es batu. Kapasitas gelas 1,5 liter pas buat 4 orang.",
     [M("2 hari", 2, "quantity", "day"), M("350 watt", 350, "quantity", "W"),
      M("1,5 liter", 1.5, "quantity", "l"), M("4", 4, "count")]),
    ("Rating 4/5. Sepatunya nyaman dipakai lari 10 km, tapi ukurannya agak kecil, saya biasa 42 "
     "jadi harus ambil 43. Harga Rp 489.000 setelah diskon 30% masih worth it.",
     [M("4/5", 4, "other"), M("10 km", 10, "quantity", "km"), M("42", 42, "other"),
      M("43", 43, "other"), M("Rp 489.000", 489000, "money", "IDR"), M("30%", 30, "percent", "%")]),
    ("Powerbank 20.000 mAh ini bisa ngecas HP saya sampai 4 kali. Output 22,5 W, beratnya 380 "
     "gram. Minusnya cuma satu: port USB-C cuma 1.",
     [M("20.000 mAh", 20000, "quantity", "mAh"), M("4 kali", 4, "other", "times"),
      M("22,5 W", 22.5, "quantity", "W"), M("380 gram", 380, "quantity", "g"),
      M("satu", 1, "count"), M("1", 1, "count")]),
    # ---- recipes
    ("Resep Soto Ayam Lamongan (untuk 6 porsi). Bahan: 1 ekor ayam kampung (±1 kg), 2 liter air, "
     "3 lembar daun jeruk, 2 batang serai, 1 ruas jahe, dan 1½ sdt garam.",
     [M("6", 6, "count"), M("1 ekor", 1, "quantity", "head"), M("1 kg", 1, "quantity", "kg"),
      M("2 liter", 2, "quantity", "l"), M("3", 3, "count"), M("2", 2, "count"), M("1", 1, "count"),
      M("1½ sdt", 1.5, "quantity", "tsp")]),
    ("Cara membuat: rebus ayam selama 45 menit dengan api sedang hingga empuk. Tumis bumbu halus "
     "kurang lebih 5 menit, masukkan ke dalam kuah, lalu masak lagi 10-15 menit.",
     [M("45 menit", 45, "quantity", "minute"), M("5 menit", 5, "quantity", "minute"),
      R("10-15 menit", 10, 15, "minute")]),
    ("Bolu Pandan Kukus. Bahan: 5 butir telur, 200 gr gula pasir, 225 gr terigu, 1 sdm SP, 100 ml "
     "santan, ½ sdt pasta pandan. Kukus 30 menit di api sedang; tutup kukusan dibungkus kain.",
     [M("5", 5, "count"), M("200 gr", 200, "quantity", "g"), M("225 gr", 225, "quantity", "g"),
      M("1 sdm", 1, "quantity", "tbsp"), M("100 ml", 100, "quantity", "ml"),
      M("½ sdt", 0.5, "quantity", "tsp"), M("30 menit", 30, "quantity", "minute")]),
    # ---- DIY instructions
    ("Cara memasang rak dinding: ukur jarak antarlubang 40 cm, lalu bor dinding dengan mata bor "
     "6 mm sedalam 5 cm. Masukkan fischer, lalu kencangkan sekrup 4 x 40 mm.",
     [M("40 cm", 40, "quantity", "cm"), M("6 mm", 6, "quantity", "mm"), M("5 cm", 5, "quantity", "cm"),
      M("4", 4, "quantity", "mm"), M("40 mm", 40, "quantity", "mm")]),
    ("Langkah 3: campurkan semen dan pasir dengan perbandingan 1 : 4, tambahkan air sedikit demi "
     "sedikit. Untuk dinding seluas 10 m² dibutuhkan sekitar 2 sak semen 40 kg.",
     [M("3", 3, "identifier"), M("1 : 4", None, "other"), M("10 m²", 10, "quantity", "m2"),
      M("2", 2, "count"), M("40 kg", 40, "quantity", "kg")]),
    ("Cat ulang pagar besi: gosok karat dengan amplas nomor 120, oleskan meni, tunggu 2-3 jam "
     "sampai kering. Satu kaleng cat 1 kg cukup untuk sekitar 8-10 m² bidang.",
     [M("nomor 120", 120, "identifier"), R("2-3 jam", 2, 3, "hour"), M("Satu", 1, "count"),
      M("1 kg", 1, "quantity", "kg"), R("8-10 m²", 8, 10, "m2")]),
    ("Membuat lubang biopori: gali tanah dengan diameter 10 cm dan kedalaman 100 cm, jarak "
     "antarlubang 50-100 cm. Untuk halaman 100 m² cukup dibuat 30 lubang.",
     [M("10 cm", 10, "quantity", "cm"), M("100 cm", 100, "quantity", "cm"),
      R("50-100 cm", 50, 100, "cm"), M("100 m²", 100, "quantity", "m2"), M("30", 30, "count")]),
    # ---- travel itineraries
    ("Itinerary Jogja 3 hari 2 malam. Hari 1: tiba di YIA pukul 09.15, perjalanan ke kota ±1 jam. "
     "Check-in hotel pukul 14.00, sore jalan-jalan ke Malioboro.",
     [M("3 hari", 3, "quantity", "day"), M("2 malam", 2, "quantity", "night"),
      M("1", 1, "identifier"), M("09.15", 9.25, "other"), M("1 jam", 1, "quantity", "hour"),
      M("14.00", 14, "other")]),
    ("Hari 2: berangkat 04.00 ke Punthuk Setumbu untuk sunrise, tiket masuk Rp 15.000/orang. "
     "Lanjut ke Borobudur (naik ke struktur candi dibatasi 1.200 orang per hari).",
     [M("2", 2, "identifier"), M("04.00", 4, "other"), M("Rp 15.000/orang", 15000, "money", "IDR"),
      M("1.200", 1200, "count")]),
    ("Kereta Taksaka Pagi berangkat dari Gambir 08.45 dan tiba di Yogyakarta 15.05, lama "
     "perjalanan 6 jam 20 menit. Harga tiket kelas eksekutif Rp 420.000.",
     [M("08.45", 8.75, "other"), M("15.05", hm(15, 5), "other"), M("6 jam", 6, "quantity", "hour"),
      M("20 menit", 20, "quantity", "minute"), M("Rp 420.000", 420000, "money", "IDR")]),
    ("Estimasi budget per orang: transport PP Rp 850 ribu, hotel 2 malam Rp 700 ribu, makan "
     "Rp 100 ribu/hari. Total sekitar Rp 1,9 juta.",
     [M("Rp 850 ribu", 850 * K, "money", "IDR", K), M("2 malam", 2, "quantity", "night"),
      M("Rp 700 ribu", 700 * K, "money", "IDR", K), M("Rp 100 ribu/hari", 100 * K, "money", "IDR", K),
      M("Rp 1,9 juta", 1.9 * MLN, "money", "IDR", MLN)]),
    # ---- menus
    ("MENU WARUNG BU TINI — Nasi rames 15K, soto ayam 18K, es teh manis 5K, es jeruk 7K. Paket "
     "hemat: nasi + ayam goreng + teh 25K.",
     [M("15K", 15 * K, "money", "IDR", K), M("18K", 18 * K, "money", "IDR", K),
      M("5K", 5 * K, "money", "IDR", K), M("7K", 7 * K, "money", "IDR", K),
      M("25K", 25 * K, "money", "IDR", K)]),
    ("Kopi susu gula aren Rp 18.000, americano Rp 15.000, matcha latte Rp 24.000. Extra shot "
     "espresso Rp 5.000. Buka setiap hari 08.00–22.00 WIB.",
     [M("Rp 18.000", 18000, "money", "IDR"), M("Rp 15.000", 15000, "money", "IDR"),
      M("Rp 24.000", 24000, "money", "IDR"), M("Rp 5.000", 5000, "money", "IDR"),
      R("08.00–22.00", 8, 22)]),
    ("Paket Nasi Kotak A: nasi, ayam bakar, sayur, kerupuk, air mineral 330 ml — Rp 35.000. "
     "Minimal pemesanan 20 kotak, pesan paling lambat H-2.",
     [M("330 ml", 330, "quantity", "ml"), M("Rp 35.000", 35000, "money", "IDR"), M("20", 20, "count"),
      M("2", 2, "other")]),
    # ---- receipts
    ("Kuitansi No. 045/KW/III/2024. Telah terima dari Bapak Hendra uang sejumlah Rp 2.750.000 "
     "(dua juta tujuh ratus lima puluh ribu rupiah) untuk pembayaran DP katering 150 porsi. "
     "Jakarta, 8 Maret 2024.",
     [M("No. 045/KW/III/2024", 45, "identifier"), M("Rp 2.750.000", 2750000, "money", "IDR"),
      M("dua juta tujuh ratus lima puluh ribu rupiah", 2750000, "money", "IDR", MLN),
      M("150", 150, "count"), M("8 Maret 2024", 2024, "date")]),
    ("STRUK PEMBELIAN — Pertalite 15,42 L @ Rp 10.000, total Rp 154.200. Tanggal 02/05/2024 "
     "Jam 07:18. Nozzle 3, Pompa 2.",
     [M("15,42 L", 15.42, "quantity", "l"), M("Rp 10.000", 10000, "money", "IDR"),
      M("Rp 154.200", 154200, "money", "IDR"), M("02/05/2024", 2024, "date"),
      M("07:18", 7.3, "other"), M("3", 3, "identifier"), M("2", 2, "identifier")]),
    ("Terima kasih telah berbelanja. Total belanja Rp 187.500, diskon member 5% (Rp 9.375), poin "
     "yang didapat 18. Barang yang sudah dibeli tidak dapat dikembalikan setelah 7 hari.",
     [M("Rp 187.500", 187500, "money", "IDR"), M("5%", 5, "percent", "%"),
      M("Rp 9.375", 9375, "money", "IDR"), M("18", 18, "count"), M("7 hari", 7, "quantity", "day")]),
    ("Nota Toko Bangunan Sumber Rejeki: semen Tiga Roda 10 sak @ Rp 68.000, pasir 1 pikap "
     "Rp 350.000, besi beton 10 mm 20 batang @ Rp 72.500. Jumlah Rp 2.480.000, DP Rp 1.000.000, "
     "sisa Rp 1.480.000.",
     [M("Tiga", 3, "other"), M("10", 10, "count"), M("Rp 68.000", 68000, "money", "IDR"),
      M("1", 1, "count"), M("Rp 350.000", 350000, "money", "IDR"), M("10 mm", 10, "quantity", "mm"),
      M("20", 20, "count"), M("Rp 72.500", 72500, "money", "IDR"),
      M("Rp 2.480.000", 2480000, "money", "IDR"), M("Rp 1.000.000", 1000000, "money", "IDR"),
      M("Rp 1.480.000", 1480000, "money", "IDR")]),
    # ---- rental agreements
    ("Pasal 2. Jangka waktu sewa adalah 2 (dua) tahun, terhitung sejak tanggal 1 Juli 2024 sampai "
     "dengan 30 Juni 2026.",
     [M("2", 2, "identifier"), M("2", 2, "quantity", "year"), M("dua", 2, "quantity", "year"),
      M("1 Juli 2024", 2024, "date"), M("30 Juni 2026", 2026, "date")]),
    ("Pasal 3. Harga sewa sebesar Rp 45.000.000 (empat puluh lima juta rupiah) per tahun, dibayar "
     "di muka paling lambat 7 (tujuh) hari sebelum masa sewa dimulai.",
     [M("3", 3, "identifier"), M("Rp 45.000.000", 45000000, "money", "IDR"),
      M("empat puluh lima juta rupiah", 45 * MLN, "money", "IDR", MLN),
      M("7", 7, "quantity", "day"), M("tujuh", 7, "quantity", "day")]),
    ("Pasal 5 ayat (2): Penyewa wajib menyerahkan uang jaminan sebesar 1 (satu) bulan sewa, yaitu "
     "Rp 3.750.000, yang dikembalikan paling lambat 14 hari setelah serah terima kunci.",
     [M("5", 5, "identifier"), M("2", 2, "identifier"), M("1", 1, "quantity", "month"),
      M("satu", 1, "quantity", "month"), M("Rp 3.750.000", 3750000, "money", "IDR"),
      M("14 hari", 14, "quantity", "day")]),
    ("Perjanjian ini dibuat rangkap 2 (dua), masing-masing bermeterai Rp 10.000 dan mempunyai "
     "kekuatan hukum yang sama. Objek sewa: rumah di Perum Griya Asri Blok C No. 12, luas tanah "
     "96 m².",
     [M("2", 2, "count"), M("dua", 2, "count"), M("Rp 10.000", 10000, "money", "IDR"),
      M("No. 12", 12, "identifier"), M("96 m²", 96, "quantity", "m2")]),
    # ---- school report cards
    ("LAPORAN HASIL BELAJAR. Nama: Aulia Rahma, NISN 0098765432, Kelas V, Semester 1, Tahun "
     "Pelajaran 2023/2024.",
     [M("0098765432", 98765432, "identifier"), M("V", 5, "identifier"), M("1", 1, "ordinal"),
      R("2023/2024", 2023, 2024)]),
    ("Matematika: nilai 85, predikat B. Bahasa Indonesia: nilai 92, predikat A. IPA: nilai 78, "
     "predikat B. KKM seluruh mata pelajaran 75.",
     [M("85", 85, "other"), M("92", 92, "other"), M("78", 78, "other"), M("75", 75, "other")]),
    ("Ketidakhadiran: sakit 2 hari, izin 1 hari, tanpa keterangan 0 hari. Peringkat 4 dari 32 "
     "siswa. Rata-rata nilai 86,7.",
     [M("2 hari", 2, "quantity", "day"), M("1 hari", 1, "quantity", "day"),
      M("0 hari", 0, "quantity", "day"), M("4", 4, "ordinal"), M("32", 32, "count"),
      M("86,7", 86.7, "other")]),
    ("Ekstrakurikuler Pramuka: predikat Baik. Tinggi badan 134 cm, berat badan 31 kg. Keputusan: "
     "naik ke kelas VI. Bandung, 21 Juni 2024.",
     [M("134 cm", 134, "quantity", "cm"), M("31 kg", 31, "quantity", "kg"), M("VI", 6, "identifier"),
      M("21 Juni 2024", 2024, "date")]),
    # ---- doctors' referral letters
    ("SURAT RUJUKAN. Kepada Yth. dokter spesialis penyakit dalam, RSUD Kota Bekasi. Mohon "
     "pemeriksaan dan penanganan lebih lanjut pasien Tn. S, 58 tahun, dengan keluhan nyeri dada "
     "kiri sejak 3 hari.",
     [M("58 tahun", 58, "quantity", "year"), M("3 hari", 3, "quantity", "day")]),
    ("Pemeriksaan fisik: TD 160/100 mmHg, nadi 96 x/menit, RR 22 x/menit, suhu 37,8°C, saturasi "
     "oksigen 95%.",
     [M("160", 160, "quantity", "mmHg"), M("100 mmHg", 100, "quantity", "mmHg"),
      M("96 x/menit", 96, "quantity", "bpm"), M("22 x/menit", 22, "quantity", "1/min"),
      M("37,8°C", 37.8, "quantity", "degC"), M("95%", 95, "percent", "%")]),
    ("Hasil lab: GDS 245 mg/dL, Hb 13,2 g/dL, leukosit 11.400/µL. EKG: ST elevasi di lead II, III, "
     "aVF.",
     [M("245 mg/dL", 245, "quantity", "mg/dl"), M("13,2 g/dL", 13.2, "quantity", "g/dl"),
      M("11.400/µL", 11400, "quantity", "1/ul"), M("II", 2, "identifier"), M("III", 3, "identifier")]),
    ("Terapi yang sudah diberikan: aspirin 1 x 80 mg, ISDN 5 mg sublingual. Pasien dirujuk pada "
     "tanggal 4 Oktober 2024 pukul 21.30 WIB. Puskesmas Cibodas, No. Rujukan 118/PKM-CBD/X/2024.",
     [M("1 x", 1, "other", "times"), M("80 mg", 80, "quantity", "mg"), M("5 mg", 5, "quantity", "mg"),
      M("4 Oktober 2024", 2024, "date"), M("21.30", 21.5, "other"),
      M("118/PKM-CBD/X/2024", 118, "identifier")]),
    # ---- football blog
    ("Persib akhirnya juara Liga 1 2023/24 setelah menang agregat 6-2 atas Madura United di final. "
     "Ini gelar ketiga Maung Bandung di era Liga Indonesia, setelah 1994/95 dan 2014.",
     [M("1", 1, "other"), R("2023/24", 2023, 2024), M("6-2", None, "other"),
      R("1994/95", 1994, 1995), M("2014", 2014, "year")]),
    ("David da Silva jadi top skor tim dengan 23 gol dari 34 penampilan, rata-rata 0,68 gol per "
     "laga. Catatan ini mendekati rekor Sergio van Dijk yang mencetak 25 gol pada musim 2009/10.",
     [M("23", 23, "count"), M("34", 34, "count"), M("0,68", 0.68, "other"), M("25", 25, "count"),
      R("2009/10", 2009, 2010)]),
    ("Formasi 4-3-3 ala Bojan Hodak terbukti ampuh: Persib hanya kebobolan 29 gol dalam 34 laga, "
     "terbaik di liga. Penguasaan bola rata-rata 54 persen.",
     [M("4-3-3", None, "other"), M("29", 29, "count"), M("34", 34, "count"),
      M("54 persen", 54, "percent", "%")]),
    ("Laga pekan ke-5 melawan Persija digelar Sabtu (21/9) pukul 19.00 WIB di Stadion Si Jalak "
     "Harupat berkapasitas 27.000 penonton. Harga tiket tribun timur Rp 75 ribu.",
     [M("ke-5", 5, "ordinal"), M("21/9", None, "date"), M("19.00", 19, "other"),
      M("27.000", 27000, "count"), M("Rp 75 ribu", 75 * K, "money", "IDR", K)]),
    ("Di masa injury time, tepatnya menit ke-93, sundulan Nick Kuipers mengubah skor jadi 2-1. "
     "Kartu kuning: 4 untuk Persib, 3 untuk Persija.",
     [M("ke-93", 93, "ordinal"), M("2-1", None, "other"), M("4", 4, "count"), M("3", 3, "count")]),
    # ---- game guides
    ("Panduan Mobile Legends: build Layla untuk late game. Item pertama Swift Boots (+40 kecepatan "
     "gerak), lalu Windtalker yang menambah 10% kecepatan serang dan 20 movement speed.",
     [M("+40", 40, "other"), M("10%", 10, "percent", "%"), M("20", 20, "other")]),
    ("Di Genshin Impact, karakter 5-star dijamin pada pull ke-90, dan soft pity biasanya mulai "
     "sekitar pull ke-74. Satu pull butuh 160 Primogem, jadi 90 pull setara 14.400 Primogem.",
     [M("5", 5, "other"), M("ke-90", 90, "ordinal"), M("ke-74", 74, "ordinal"), M("Satu", 1, "count"),
      M("160", 160, "count"), M("90", 90, "count"), M("14.400", 14400, "count")]),
    ("Boss Raiden Shogun level 90 punya HP sekitar 1,2 juta di World Level 8. Disarankan tim "
     "dengan rata-rata level 80 ke atas, karena cooldown skill-nya hanya 12 detik.",
     [M("90", 90, "other"), M("1,2 juta", 1.2 * MLN, "other", None, MLN), M("8", 8, "other"),
      M("80", 80, "other"), M("12 detik", 12, "quantity", "second")]),
    ("Tips Free Fire: zona aman menyusut setiap 2 menit. Turun di Clock Tower memberi loot tinggi, "
     "tapi ada 50 pemain dalam 1 match jadi risikonya besar. Rank Heroic butuh 3.200 poin.",
     [M("2 menit", 2, "quantity", "minute"), M("50", 50, "count"), M("1", 1, "count"),
      M("3.200 poin", 3200, "other", "point")]),
    # ---- colonial-era newspapers (old spelling)
    ("BATAVIA, 12 Augustus 1921. Harga beras di pasar Tanah Abang naik mendjadi f 8,50 sepikoel, "
     "sedang boelan jang laloe baroe f 6,75. Kaoem boeroeh banjak jang mengeloeh.",
     [M("12 Augustus 1921", 1921, "date"), M("f 8,50", 8.5, "money", "NLG"),
      M("f 6,75", 6.75, "money", "NLG")]),
    ("Kapal api 'Op ten Noort' kepoenjaan K.P.M. berangkat dari Tandjong Priok pada hari Saptoe "
     "djam 4 sore menoedjoe Makassar, membawa 312 penoempang dan 1.200 ton moeatan.",
     [M("4", 16, "other"), M("312", 312, "count"), M("1.200 ton", 1200, "quantity", "t")]),
    ("Dari Medan dikabarkan, pada tanggal 3 boelan ini telah terbakar 27 roemah di kampoeng "
     "Keling; keroegian ditaksir lebih dari 15.000 roepiah. Seorang anak berumur 6 tahoen "
     "mendapat loeka.",
     [M("3", None, "date"), M("27", 27, "count"), M("15.000 roepiah", 15000, "money", "NLG"),
      M("6 tahoen", 6, "quantity", "year")]),
    ("Menurut De Locomotief edisi 5 Maret 1898, panen tebu di Karesidenan Semarang tahun itu "
     "mencapai 1,8 juta pikul, dan 14 pabrik gula bekerja penuh siang-malam.",
     [M("5 Maret 1898", 1898, "date"), M("1,8 juta pikul", 1.8 * MLN, "quantity", "pikul", MLN),
      M("14", 14, "count")]),
    # ---- residents' reports
    ("Residen Kedu melaporkan bahwa dalam tahun 1878 keresidenannya menghasilkan 143.250 pikul "
     "kopi, berkurang 12 persen dibanding tahun sebelumnya, karena hujan turun terus-menerus "
     "selama 4 bulan.",
     [M("1878", 1878, "year"), M("143.250 pikul", 143250, "quantity", "pikul"),
      M("12 persen", 12, "percent", "%"), M("4 bulan", 4, "quantity", "month")]),
    ("Jumlah penduduk Afdeeling Magelang pada akhir 1880 tercatat 412.356 jiwa, di antaranya 1.284 "
     "orang Eropa dan 6.530 orang Tionghoa.",
     [M("1880", 1880, "year"), M("412.356", 412356, "count"), M("1.284", 1284, "count"),
      M("6.530", 6530, "count")]),
    ("Pajak tanah di Keresidenan Priangan tahun 1885 berjumlah f 1.245.600, sedangkan kerja wajib "
     "dikurangi dari 52 menjadi 42 hari setahun. Panjang jalan pos antara Buitenzorg dan "
     "Tjiandjoer adalah 72 pal.",
     [M("1885", 1885, "year"), M("f 1.245.600", 1245600, "money", "NLG"),
      R("52 menjadi 42 hari", 52, 42, "day"), M("72 pal", 72, "quantity", "pal")]),
    ("Wabah kolera pada bulan Maret dan April 1864 menelan 2.317 korban di distrik Tegal; 14 desa "
     "dikosongkan dan sepertiga sawah tidak ditanami.",
     [M("April 1864", 1864, "date"), M("2.317", 2317, "count"), M("14", 14, "count"),
      M("sepertiga", THIRD, "other")]),
    # ---- colonial archives in translation
    ("Besluit Gubernur Jenderal tanggal 14 Juni 1830 No. 7 menetapkan gaji juru tulis pribumi di "
     "kantor residen menjadi f 25 sebulan, dan uang sewa kuda f 4 untuk setiap perjalanan dinas.¹",
     [M("14 Juni 1830", 1830, "date"), M("No. 7", 7, "identifier"), M("f 25", 25, "money", "NLG"),
      M("f 4", 4, "money", "NLG"), M("¹", 1, "reference")]),
    ("¹ ANRI, Algemene Secretarie, Besluit 14-6-1830 No. 7; lihat juga Surat Residen Banten, "
     "2 Mei 1888, no. 1432/B, lampiran 3.",
     [M("¹", 1, "reference"), M("14-6-1830", 1830, "date"), M("No. 7", 7, "identifier"),
      M("2 Mei 1888", 1888, "date"), M("no. 1432/B", 1432, "identifier"), M("3", 3, "identifier")]),
    ("Inventaris Arsip Karesidenan Kedoe 1817–1890, nomor 1045: surat-surat mengenai penyewaan "
     "tanah kepada orang Eropa, 1 berkas. Nomor 1046: daftar 38 perkebunan swasta beserta "
     "luasnya dalam bau, 1857.",
     [R("1817–1890", 1817, 1890), M("nomor 1045", 1045, "identifier"), M("1", 1, "count"),
      M("Nomor 1046", 1046, "identifier"), M("38", 38, "count"), M("1857", 1857, "year")]),
    ("Dalam laporan kontrolir Sumedang tahun 1871 (terjemahan) disebutkan bahwa seorang kuli "
     "perkebunan menerima upah 20 sen sehari ditambah 1 kati beras, sedangkan mandor menerima "
     "f 1,20.",
     [M("1871", 1871, "year"), M("20 sen", 0.2, "money", "NLG"), M("1 kati", 1, "quantity", "kati"),
      M("f 1,20", 1.2, "money", "NLG")]),
    ("Menurut Kartodirdjo (1984: 57), pemberontakan petani Banten tahun 1888 melibatkan sekitar "
     "400 orang, dan 94 di antaranya kemudian dibuang ke luar Jawa.²",
     [M("1984", 1984, "reference"), M("57", 57, "reference"), M("1888", 1888, "year"),
      M("400", 400, "count"), M("94", 94, "count"), M("²", 2, "reference")]),
    ("Pada akhir abad ke-19, di bawah Sultan Hamengkubuwono VII, wilayah Yogyakarta memiliki 17 "
     "pabrik gula; kontrak sewa tanah dengan onderneming biasanya berlaku 20 tahun.³",
     [M("ke-19", 19, "ordinal"), M("VII", 7, "ordinal"), M("17", 17, "count"),
      M("20 tahun", 20, "quantity", "year"), M("³", 3, "reference")]),
]
# fmt: on


if __name__ == "__main__":
    _bh.build_all({"id": ID}, "dev_id9", HERE)
