"""Build the seventh held-out numeric-mention set, Indonesian (``heldout7_id.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_heldout7_id/build_heldout7_id.py

A **sealed held-out** set: nobody tunes the extractor on it, and its disagreements with
the extractor are never read, only its scores.  The passages were written for this set,
in Indonesian, in the registers of the documents a historian, economist or social
scientist studies: encyclopedia (Wikipedia-style) articles on places, people, kingdoms
and monuments; national and regional news (prices, floods, accidents, exchange rates,
elections, homecoming traffic); history books with footnotes and author-date citations,
including a 1950s news item in the Soewandi spelling and a 1939 one in the Van Ophuijsen
spelling; government regulations, budget outlooks, performance reports, tables and
archival citations; BPS statistics releases (growth, inflation, labour, population,
rice, tourism, trade); economics and business (bank and company results, the stock
exchange, central-bank rates, oil lifting, the Cultuurstelsel, a market trader);
science and health (dengue, a cross-sectional study, stunting, plague, climate, a new
frog species, an eclipse); religion and culture (Istiqlal, the hajj, Syawal by hisab,
gamelan, religious statistics, Ngaben, the Wali Songo); and sports (Olympics, football,
badminton, marathon, Asian Games 1962, Liga 1).

The annotator wrote and annotated the passages blind: from ``docs/numeric-mentions.md``
and the decisions in the docstrings of ``tests/data/mentions_heldout/build_heldout.py``,
``mentions_heldout2/build_heldout2.py``, ``mentions_heldout3/build_heldout3.py`` and
``mentions_dev_*/build_dev_*.py``, without ever running the extractor, reading its code,
or looking at any other held-out set.  Texts are already normalised (plain spaces, no
NBSP / thin spaces).

Each passage is ``(text, [mentions in text order])`` using the ``M`` / ``R`` helpers and
the ``annotate`` validator of ``tests/data/mentions_heldout/build_heldout.py`` (offsets are
found with ``str.find`` from the end of the previous mention, never typed).

Decisions taken here where the spec and the earlier docstrings are silent, each with the
example that settled it:

* **Height above sea level.** ``mdpl`` and ``m dpl`` (meter di atas permukaan laut) are
  the metre with the abbreviation inside: ``250–2.250 mdpl`` -> range 250..2250 unit ``m``,
  ``1.100 m dpl`` -> quantity 1100 ``m``.
* **Points of an exchange rate.** ``melemah 45 poin`` of the rupiah quote is ``other`` with
  unit ``point`` and the word inside, like index points (not money, the quote's point is
  not stated as a currency amount).  ``0,1 poin`` of a prevalence in percent is a
  percentage-point change, ``percent`` 0.1 with the word inside (as round 3 decides for a
  vote share).
* **"One" naming a kind.** ``sistem satu arah`` (one-way traffic) and ``satu digit``
  (single-digit inflation) name a kind of thing, not an amount, and are not mentions (like
  ``бір мандатты`` округ in ``mentions_dev_kk``).
* **Centuries as a duration.** ``satu setengah abad`` is one ``quantity`` 1.5 with unit
  ``century`` (a mixed number before a time unit, like ``dua setengah tahun``).
* **Abbreviated month names.** The dot of an abbreviated month is inside the date, as the
  dot of an abbreviated unit is inside a quantity: ``29 Sept.`` -> date, value null.
* **The reduplication digit.** ``kira2`` (old shorthand for *kira-kira*, ``orang2`` for
  *orang-orang*) writes a word twice and is no number: not a mention.
* **Kilometre posts** of a toll road name places: ``KM 70`` -> ``identifier`` 70 with
  ``KM`` outside (a noun before the number, like ``TPS``); ``dari KM 70 hingga KM 414``,
  with the noun repeated, gives two identifiers, not a range.
* **BPS release numbers** ``Berita Resmi Statistik No. 13/02/Th. XXVII`` are one
  ``identifier`` from ``No.`` to the Roman volume, value 13 (the release's own number),
  like ``No. 190/PMK.05/2012``.
* **Product abbreviations after a plain unit** stay outside: ``53,63 juta ton`` GKG (like
  the substance after ``Gt``); only with a *per* denominator does ``ton TBS per hektare``
  keep it (``mentions_dev_id``).
* **``bps``** is the abbreviation of basis points: ``50 bps`` -> ``percent`` 0.5, the
  abbreviation inside, like ``25 basis poin``.
* **A decree number in an archival citation.** In ``Besluit 4 Juli 1857 No. 12`` the date
  is a ``date`` and ``No. 12`` the decree's own number, an ``identifier``; the gazette in the
  same citation (``Staatsblad 1859 No. 47``) gives two ``reference`` mentions as in
  ``mentions_dev_id``; ``pasal 3`` stays an identifier.
* **A Javanese numeral in a proper name.** ``Wali Songo`` ("nine saints") contains the
  Javanese cardinal *songo*: ``other`` 9 (a proper name containing a number, like
  ``Heeren XVII``); the Indonesian gloss ``sembilan`` wali is a ``count``.  The Balinese
  month ``Kesanga`` ("the ninth") is an ordinal word and not annotated.
* **Weight classes** ``kelas 73 kg`` are a ``quantity`` (73 kg, the class is named by its
  mass and the unit is written), not an identifier.
* **Archaic measures** keep their own unit code: ``6.122 busur`` (the *dhanu* of the Tugu
  inscription) -> quantity, unit ``dhanu``.
* **Numbered games** ``Asian Games IV`` are ``ordinal`` like congresses; ``semester I`` is
  ``ordinal`` like ``triwulan IV``; a pair of candidates named by its ballot number without
  ``nomor urut`` (``pasangan 01``) is an ``identifier`` like ``nomor urut 02``.
* **Rates with a per-time denominator after the unit** keep it inside with a rate unit:
  ``377 mm/hari`` -> ``mm/d``, ``3.500–4.000 mm per tahun`` -> range in ``mm/yr``,
  ``1.000–1.200 ton per hari`` -> ``t/d``, ``350 km/jam`` -> ``km/h``; ``10,8 ± 1,2 g/dL`` gives
  two quantities in ``g/dl`` (mean and deviation, ``±`` outside).
* **Angles with minutes** ``minus 1° 59′`` (the height of the moon at sunset) are one
  ``quantity`` in degrees, minutes and sign inside (-1.9833, unit ``deg``).
* **Standings points** ``2 poin`` in a group table are a ``count`` with the word outside
  (like ``65`` очков); ``68 poin`` in a league table likewise.
* Unit codes used: ``km``, ``km2``, ``m``, ``mm``, ``cm``, ``ha``, ``t``, ``kg``, ``kHz``,
  ``degC``, ``deg``, ``g/dl``, ``mm/d``, ``mm/yr``, ``t/d``, ``km/h``, ``bbl/d``, ``MW``,
  ``au``, ``head``, ``dhanu``, ``second``, ``minute``, ``hour``, ``day``, ``night``, ``month``,
  ``year``, ``century``, ``magnitude``, ``point``, ``times``; currencies IDR, USD, NLG.
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
    # ---- encyclopedia articles
    ("Danau Toba adalah danau vulkanik terbesar di Indonesia dengan panjang sekitar 100 km, "
     "lebar 30 km, dan kedalaman maksimum 505 meter. Danau ini terbentuk akibat letusan "
     "supervulkan kira-kira 74.000 tahun yang lalu.",
     [M("100 km", 100, "quantity", "km"), M("30 km", 30, "quantity", "km"),
      M("505 meter", 505, "quantity", "m"), M("74.000 tahun", 74000, "quantity", "year")]),
    ("Candi Borobudur dibangun pada abad ke-8 dan ke-9 pada masa Wangsa Syailendra. Bangunan "
     "ini memiliki 2.672 panel relief dan 504 arca Buddha, dengan denah dasar 123 × 123 meter.",
     [M("ke-8", 8, "ordinal"), M("ke-9", 9, "ordinal"), M("2.672", 2672, "count"),
      M("504", 504, "count"), M("123", 123, "quantity", "m"),
      M("123 meter", 123, "quantity", "m")]),
    ("Raden Ajeng Kartini (lahir di Jepara, 21 April 1879 – meninggal di Rembang, 17 September "
     "1904 pada umur 25 tahun) adalah pahlawan nasional Indonesia. Ia ditetapkan sebagai "
     "Pahlawan Kemerdekaan Nasional melalui Keputusan Presiden No. 108 Tahun 1964 tanggal 2 Mei "
     "1964.",
     [M("21 April 1879", 1879, "date"), M("17 September 1904", 1904, "date"),
      M("25 tahun", 25, "quantity", "year"), M("No. 108", 108, "identifier"),
      M("1964", 1964, "year"), M("2 Mei 1964", 1964, "date")]),
    ("Kabupaten Wonosobo terletak pada ketinggian 250–2.250 mdpl dengan luas wilayah 984,68 km². "
     "Menurut BPS, penduduknya pada pertengahan 2023 berjumlah 909.285 jiwa, tersebar di 15 "
     "kecamatan, 236 desa, dan 29 kelurahan.",
     [R("250–2.250 mdpl", 250, 2250, "m"), M("984,68 km²", 984.68, "quantity", "km2"),
      M("2023", 2023, "year"), M("909.285", 909285, "count"), M("15", 15, "count"),
      M("236", 236, "count"), M("29", 29, "count")]),
    ("Kerajaan Sriwijaya mencapai puncak kejayaannya pada abad VII–XII. Prasasti Kedukan Bukit "
     "yang bertarikh 605 Saka (683 M) menyebut Dapunta Hyang berangkat membawa 20.000 bala "
     "tentara, 200 peti perbekalan, dan 1.312 prajurit yang berjalan kaki.",
     [R("VII–XII", 7, 12), M("605", 605, "year"), M("683", 683, "year"),
      M("20.000", 20000, "count"), M("200", 200, "count"), M("1.312", 1312, "count")]),
    ("Gunung Kelud, sebuah stratovolkano setinggi 1.731 m di perbatasan Kediri dan Blitar, telah "
     "meletus lebih dari 30 kali sejak tahun 1000 M. Letusan 1919 menewaskan sekitar 5.160 orang "
     "akibat lahar yang mengalir sejauh 38 km.",
     [M("1.731 m", 1731, "quantity", "m"), M("30 kali", 30, "other", "times"),
      M("1000", 1000, "year"), M("1919", 1919, "year"), M("5.160", 5160, "count"),
      M("38 km", 38, "quantity", "km")]),
    ("Bahasa Jawa dituturkan oleh lebih dari 68 juta orang, kira-kira 40% penduduk Indonesia. "
     "Aksara Jawa (hanacaraka) memiliki 20 aksara dasar yang disebut aksara nglegena.",
     [M("68 juta", 68 * MLN, "count", None, MLN), M("40%", 40, "percent", "%"),
      M("20", 20, "count")]),
    ("Kota Bogor berjarak sekitar 60 km dari Jakarta dan dijuluki Kota Hujan karena curah "
     "hujannya mencapai 3.500–4.000 mm per tahun. Kebun Raya Bogor, yang didirikan pada 18 Mei "
     "1817, memiliki luas 87 hektare dan koleksi lebih dari 12.000 spesimen tumbuhan.",
     [M("60 km", 60, "quantity", "km"), R("3.500–4.000 mm per tahun", 3500, 4000, "mm/yr"),
      M("18 Mei 1817", 1817, "date"), M("87 hektare", 87, "quantity", "ha"),
      M("12.000", 12000, "count")]),
    ("Sekitar dua pertiga wilayah Indonesia berupa lautan, dengan garis pantai sepanjang 108.000 "
     "km — terpanjang kedua di dunia setelah Kanada. Jumlah pulau yang telah dibakukan namanya "
     "mencapai 17.024 pada 2023.",
     [M("dua pertiga", 2 / 3, "other"), M("108.000 km", 108000, "quantity", "km"),
      M("17.024", 17024, "count"), M("2023", 2023, "year")]),
    ("Prasasti Tugu dari abad ke-5 menyebut bahwa Raja Purnawarman memerintahkan penggalian "
     "Sungai Gomati sepanjang 6.122 busur dalam 21 hari, lalu menghadiahkan 1.000 ekor sapi "
     "kepada para brahmana.",
     [M("ke-5", 5, "ordinal"), M("6.122 busur", 6122, "quantity", "dhanu"),
      M("21 hari", 21, "quantity", "day"), M("1.000 ekor", 1000, "quantity", "head")]),
    # ---- national and regional news
    ("JAKARTA, KOMPAS — Harga beras medium di Pasar Induk Beras Cipinang naik menjadi Rp 13.500 "
     "per kilogram pada Senin (5/2/2024), dari Rp 12.800 sepekan sebelumnya. Stok di pasar itu "
     "tinggal 28.000 ton, di bawah batas aman 30.000 ton.",
     [M("Rp 13.500", 13500, "money", "IDR"), M("5/2/2024", 2024, "date"),
      M("Rp 12.800", 12800, "money", "IDR"), M("28.000 ton", 28000, "quantity", "t"),
      M("30.000 ton", 30000, "quantity", "t")]),
    ("SEMARANG — Banjir rob kembali merendam kawasan Tanjung Emas, Selasa (23/5). Ketinggian air "
     "mencapai 40 hingga 70 sentimeter, dan sekitar 1.200 pekerja di 30-an pabrik dipulangkan "
     "lebih awal.",
     [M("23/5", None, "date"), R("40 hingga 70 sentimeter", 40, 70, "cm"),
      M("1.200", 1200, "count"), M("30", 30, "count")]),
    ("Kecelakaan bus di Subang pada Sabtu malam (11/5/2024) menewaskan 11 orang, sembilan di "
     "antaranya siswa SMK Lingga Kencana Depok. Kendaraan buatan tahun 2006 itu diketahui tidak "
     "memiliki izin angkutan dan uji KIR-nya habis sejak 6 Desember 2023.",
     [M("11/5/2024", 2024, "date"), M("11", 11, "count"), M("sembilan", 9, "count"),
      M("2006", 2006, "year"), M("6 Desember 2023", 2023, "date")]),
    ("MAKASSAR — Pemkot Makassar menargetkan pengurangan sampah 30 persen pada 2025. Saat ini "
     "produksi sampah kota mencapai 1.000–1.200 ton per hari, sementara TPA Antang seluas 19,1 "
     "hektare sudah kelebihan kapasitas.",
     [M("30 persen", 30, "percent", "%"), M("2025", 2025, "year"),
      R("1.000–1.200 ton per hari", 1000, 1200, "t/d"),
      M("19,1 hektare", 19.1, "quantity", "ha")]),
    ("Rupiah ditutup melemah 45 poin atau 0,28% ke level Rp16.235 per dolar AS pada perdagangan "
     "Rabu (17/4). Sementara itu, IHSG terkoreksi 1,68% ke posisi 7.164,81.",
     [M("45 poin", 45, "other", "point"), M("0,28%", 0.28, "percent", "%"),
      M("Rp16.235", 16235, "money", "IDR"), M("17/4", None, "date"),
      M("1,68%", 1.68, "percent", "%"), M("7.164,81", 7164.81, "other")]),
    ("PALU — Dua tahun setelah gempa berkekuatan M 7,4 pada 28 September 2018, baru 1.560 dari "
     "8.788 unit hunian tetap yang selesai dibangun bagi penyintas di Palu, Sigi, dan Donggala.",
     [M("Dua tahun", 2, "quantity", "year"), M("M 7,4", 7.4, "other", "magnitude"),
      M("28 September 2018", 2018, "date"), M("1.560", 1560, "count"),
      M("8.788", 8788, "count")]),
    ("Korlantas Polri mencatat 1,2 juta kendaraan keluar Jabodetabek pada H-3 Lebaran, naik 13,5 "
     "persen dibanding tahun lalu. Sistem satu arah diberlakukan dari KM 70 hingga KM 414 Tol "
     "Trans-Jawa.",
     [M("1,2 juta", 1.2 * MLN, "count", None, MLN), M("3", 3, "other"),
      M("13,5 persen", 13.5, "percent", "%"), M("70", 70, "identifier"),
      M("414", 414, "identifier")]),
    ("KPU menetapkan hasil Pemilu Presiden 2024: pasangan nomor urut 02 meraih 96.214.691 suara "
     "atau 58,59 persen, jauh mengungguli pasangan 01 (24,95 persen) dan 03 (16,47 persen). "
     "Partisipasi pemilih mencapai 81,78%.",
     [M("2024", 2024, "year"), M("02", 2, "identifier"), M("96.214.691", 96214691, "count"),
      M("58,59 persen", 58.59, "percent", "%"), M("01", 1, "identifier"),
      M("24,95 persen", 24.95, "percent", "%"), M("03", 3, "identifier"),
      M("16,47 persen", 16.47, "percent", "%"), M("81,78%", 81.78, "percent", "%")]),
    ("DPR periode 2024–2029 beranggotakan 580 orang dari 84 daerah pemilihan; PDI-P memperoleh "
     "110 kursi, Golkar 102, dan Gerindra 86. Sebanyak 127 anggota, atau 21,9 persen, adalah "
     "perempuan.",
     [R("2024–2029", 2024, 2029), M("580", 580, "count"), M("84", 84, "count"),
      M("110", 110, "count"), M("102", 102, "count"), M("86", 86, "count"),
      M("127", 127, "count"), M("21,9 persen", 21.9, "percent", "%")]),
    ("Kereta Cepat Whoosh menempuh jarak 142,3 km antara Halim dan Tegalluar dalam 46 menit "
     "dengan kecepatan maksimum 350 km/jam. Biaya proyek membengkak menjadi US$7,27 miliar, "
     "termasuk cost overrun sekitar US$1,2 miliar.",
     [M("142,3 km", 142.3, "quantity", "km"), M("46 menit", 46, "quantity", "minute"),
      M("350 km/jam", 350, "quantity", "km/h"),
      M("US$7,27 miliar", 7.27 * MLRD, "money", "USD", MLRD),
      M("US$1,2 miliar", 1.2 * MLRD, "money", "USD", MLRD)]),
    # ---- history books
    ("Setelah Traktat London 1824, Belanda menyerahkan Malaka kepada Inggris dan sebagai gantinya "
     "memperoleh Bengkulu.⁷ Pertukaran ini menetapkan batas pengaruh kedua negara di sepanjang "
     "Selat Malaka selama hampir satu setengah abad.",
     [M("1824", 1824, "year"), M("⁷", 7, "reference"),
      M("satu setengah abad", 1.5, "quantity", "century")]),
    ("⁹ G. J. Resink, Indonesia's History between the Myths (Den Haag: W. van Hoeve, 1968), hlm. "
     "15–21; bandingkan Vlekke 2008: 312.",
     [M("⁹", 9, "reference"), M("1968", 1968, "reference"),
      M("15–21", 15, "reference", range_end=21), M("2008", 2008, "reference"),
      M("312", 312, "reference")]),
    ("Menurut catatan Raffles, penduduk Jawa pada 1815 berjumlah 4.615.270 jiwa.³ Angka ini oleh "
     "banyak sejarawan dianggap terlalu rendah, mungkin hingga sepertiga (Boomgaard 1989, "
     "166–168).",
     [M("1815", 1815, "year"), M("4.615.270", 4615270, "count"), M("³", 3, "reference"),
      M("sepertiga", 1 / 3, "other"), M("1989", 1989, "reference"),
      M("166–168", 166, "reference", range_end=168)]),
    ("Ekspedisi Aceh Pertama yang dipimpin Mayor Jenderal J.H.R. Köhler mendarat pada 8 April "
     "1873 dengan 3.198 serdadu; enam hari kemudian Köhler tewas di depan Masjid Raya "
     "Baiturrahman. Ekspedisi kedua, November 1873, mengerahkan lebih dari 8.500 orang.",
     [M("8 April 1873", 1873, "date"), M("3.198", 3198, "count"),
      M("enam hari", 6, "quantity", "day"), M("November 1873", 1873, "date"),
      M("8.500", 8500, "count")]),
    ("Pada Kongres Pemuda Kedua, 28 Oktober 1928, hadir kurang lebih 750 orang dari berbagai "
     "organisasi pemuda. Lagu Indonesia Raya ciptaan W.R. Supratman untuk pertama kalinya "
     "diperdengarkan dengan biola, tanpa syair.",
     [M("28 Oktober 1928", 1928, "date"), M("750", 750, "count")]),
    ("Di Hindia Belanda pada 1930 hanya 6,4 persen penduduk pribumi yang melek huruf, sementara "
     "jumlah murid sekolah desa (volksschool) mencapai 1,7 juta. Anggaran pendidikan tahun itu "
     "f 57 juta, kurang dari 6% belanja negara kolonial.¹²",
     [M("1930", 1930, "year"), M("6,4 persen", 6.4, "percent", "%"),
      M("1,7 juta", 1.7 * MLN, "count", None, MLN),
      M("f 57 juta", 57 * MLN, "money", "NLG", MLN), M("6%", 6, "percent", "%"),
      M("¹²", 12, "reference")]),
    ("Pada awal abad XIX, Gubernur Jenderal Daendels (1808–1811) membangun Jalan Raya Pos "
     "sepanjang kurang lebih 1.000 km dari Anyer ke Panarukan. Ribuan pekerja rodi tewas selama "
     "pembangunannya.",
     [M("XIX", 19, "ordinal"), R("1808–1811", 1808, 1811),
      M("1.000 km", 1000, "quantity", "km")]),
    ("Djakarta, 29 Sept. (Antara). — Menurut keterangan Kementerian Kemakmuran, produksi beras "
     "tahun 1952 ditaksir 6,8 djuta ton, kurang kira2 600.000 ton dari kebutuhan. Untuk "
     "menutupnja pemerintah akan mengimpor beras dari Birma dan Siam.",
     [M("29 Sept.", None, "date"), M("1952", 1952, "year"),
      M("6,8 djuta ton", 6.8 * MLN, "quantity", "t", MLN),
      M("600.000 ton", 600000, "quantity", "t")]),
    ("Pada pertengahan 1944 tercatat sekitar 2,6 juta romusha di Jawa, sedangkan Peta berkekuatan "
     "66 batalyon (daidan). Harga beras di pasar gelap Jakarta naik dari 40 sen menjadi 3 gulden "
     "per liter antara Januari 1944 dan Juli 1945.",
     [M("1944", 1944, "year"), M("2,6 juta", 2.6 * MLN, "count", None, MLN),
      M("66", 66, "count"), R("40 sen menjadi 3 gulden", 0.4, 3, "NLG"),
      M("Januari 1944", 1944, "date"), M("Juli 1945", 1945, "date")]),
    ("Sarekat Islam pada 1919 mengklaim memiliki dua setengah juta anggota.14 Namun, menurut "
     "laporan Adviseur voor Inlandsche Zaken, jumlah anggota yang membayar iuran tidak lebih dari "
     "400 ribu orang.",
     [M("1919", 1919, "year"), M("dua setengah juta", 2.5 * MLN, "count", None, MLN),
      M("14", 14, "reference"), M("400 ribu", 400 * K, "count", None, K)]),
    ("Harian Pemandangan, 3 Agustus 1939: \"Harga beras di Betawi sekarang f 0,11 sekati, naik 2 "
     "sen dari boelan jang laloe. Dalam tempo 1½ boelan sadja, harga minjak tanah naik sampai "
     "doea kali.\"",
     [M("3 Agustus 1939", 1939, "date"), M("f 0,11", 0.11, "money", "NLG"),
      M("2 sen", 0.02, "money", "NLG"), M("1½ boelan", 1.5, "quantity", "month"),
      M("doea kali", 2, "other", "times")]),
    ("ANRI, Arsip Algemene Secretarie, Besluit 4 Juli 1857 No. 12; juga Staatsblad 1859 No. 47, "
     "pasal 3.",
     [M("4 Juli 1857", 1857, "date"), M("No. 12", 12, "identifier"),
      M("1859", 1859, "reference"), M("No. 47", 47, "reference"), M("3", 3, "identifier")]),
    ("Sidang Umum MPR 1998 kembali memilih Soeharto sebagai presiden untuk ketujuh kalinya dan "
     "membentuk Kabinet Pembangunan VII, yang bertahan kurang dari 70 hari. Pada 21 Mei 1998 "
     "pukul 09.00 WIB ia menyatakan berhenti.",
     [M("1998", 1998, "year"), M("VII", 7, "ordinal"), M("70 hari", 70, "quantity", "day"),
      M("21 Mei 1998", 1998, "date"), M("09.00", 9, "other")]),
    ("UUD 1945 telah diamandemen empat kali, pada 1999, 2000, 2001, dan 2002. Setelah perubahan, "
     "jumlah pasalnya bertambah dari 37 menjadi 73, sementara Bab XV mengatur bendera, bahasa, "
     "lambang negara, serta lagu kebangsaan.",
     [M("1945", 1945, "year"), M("empat kali", 4, "other", "times"), M("1999", 1999, "year"),
      M("2000", 2000, "year"), M("2001", 2001, "year"), M("2002", 2002, "year"),
      R("37 menjadi 73", 37, 73), M("XV", 15, "identifier")]),
    # ---- government regulations and reports
    ("Peraturan Menteri Keuangan Nomor 81 Tahun 2024 mulai berlaku setelah 60 (enam puluh) hari "
     "terhitung sejak tanggal diundangkan, yaitu 14 Oktober 2024. Ketentuan Pasal 15 ayat (3) "
     "huruf c dan Pasal 16 dicabut.",
     [M("Nomor 81", 81, "identifier"), M("2024", 2024, "year"),
      M("60", 60, "quantity", "day"), M("enam puluh", 60, "quantity", "day"),
      M("14 Oktober 2024", 2024, "date"), M("15", 15, "identifier"),
      M("3", 3, "identifier"), M("16", 16, "identifier")]),
    ("Berdasarkan Keputusan Gubernur DKI Jakarta Nomor 829 Tahun 2023, upah minimum provinsi tahun "
     "2024 ditetapkan sebesar Rp5.067.381 per bulan, naik 3,38 persen dari UMP 2023 sebesar "
     "Rp4.901.798.",
     [M("Nomor 829", 829, "identifier"), M("2023", 2023, "year"), M("2024", 2024, "year"),
      M("Rp5.067.381", 5067381, "money", "IDR"), M("3,38 persen", 3.38, "percent", "%"),
      M("2023", 2023, "year"), M("Rp4.901.798", 4901798, "money", "IDR")]),
    ("Pasal 4 (1) Tunjangan sebagaimana dimaksud dalam Pasal 3 diberikan paling banyak 2 (dua) "
     "kali dalam 1 (satu) tahun anggaran. (2) Tunjangan tidak diberikan kepada pegawai yang "
     "dijatuhi hukuman disiplin tingkat berat.",
     [M("4", 4, "identifier"), M("1", 1, "identifier"), M("3", 3, "identifier"),
      M("2", 2, "other", "times"), M("dua", 2, "other", "times"),
      M("1", 1, "quantity", "year"), M("satu", 1, "quantity", "year"),
      M("2", 2, "identifier")]),
    ("Sampai dengan 31 Desember 2023, realisasi pembangunan jalan daerah mencapai 1.245,7 km atau "
     "97,4% dari target Renstra 2019–2023. Dari 412 jembatan yang direncanakan, 389 unit telah "
     "selesai.",
     [M("31 Desember 2023", 2023, "date"), M("1.245,7 km", 1245.7, "quantity", "km"),
      M("97,4%", 97.4, "percent", "%"), R("2019–2023", 2019, 2023), M("412", 412, "count"),
      M("389", 389, "count")]),
    ("Tabel 2.4 Jumlah Penerima Bantuan Sosial Menurut Jenis Bantuan, 2022–2023: PKH 9,9 juta "
     "KPM; BPNT 18,8 juta KPM; PIP 20,1 juta siswa (Lampiran III).",
     [M("2.4", None, "identifier"), R("2022–2023", 2022, 2023),
      M("9,9 juta", 9.9 * MLN, "count", None, MLN),
      M("18,8 juta", 18.8 * MLN, "count", None, MLN),
      M("20,1 juta", 20.1 * MLN, "count", None, MLN), M("III", 3, "identifier")]),
    ("Berdasarkan Perda Nomor 6 Tahun 2019, Kabupaten Banyumas dibagi menjadi 27 kecamatan, 301 "
     "desa, dan 30 kelurahan. Kantor bupati di Jalan Kabupaten No. 1, Purwokerto 53114, melayani "
     "warga pukul 08.00–15.30 WIB; telepon (0281) 632548.",
     [M("Nomor 6", 6, "identifier"), M("2019", 2019, "year"), M("27", 27, "count"),
      M("301", 301, "count"), M("30", 30, "count"), M("No. 1", 1, "identifier"),
      M("53114", 53114, "identifier"), R("08.00–15.30", 8, 15.5),
      M("(0281) 632548", None, "identifier")]),
    ("Outlook APBN 2024 memperkirakan defisit Rp609,7 triliun atau 2,70% PDB, melebar dari rencana "
     "awal Rp522,8 triliun. Belanja subsidi energi diproyeksikan Rp189,1 T, sedangkan penerimaan "
     "pajak Rp1.921,9 triliun.",
     [M("2024", 2024, "year"), M("Rp609,7 triliun", 609.7 * TRLN, "money", "IDR", TRLN),
      M("2,70%", 2.7, "percent", "%"), M("Rp522,8 triliun", 522.8 * TRLN, "money", "IDR", TRLN),
      M("Rp189,1 T", 189.1 * TRLN, "money", "IDR", TRLN),
      M("Rp1.921,9 triliun", 1921.9 * TRLN, "money", "IDR", TRLN)]),
    # ---- statistics releases
    ("Berita Resmi Statistik No. 13/02/Th. XXVII, 5 Februari 2024: ekonomi Indonesia tahun 2023 "
     "tumbuh 5,05 persen (c-to-c), lebih rendah dibanding capaian tahun 2022 sebesar 5,31 persen, "
     "tetapi jauh membaik dari kontraksi -2,07 persen pada 2020.",
     [M("No. 13/02/Th. XXVII", 13, "identifier"), M("5 Februari 2024", 2024, "date"),
      M("2023", 2023, "year"), M("5,05 persen", 5.05, "percent", "%"), M("2022", 2022, "year"),
      M("5,31 persen", 5.31, "percent", "%"), M("-2,07 persen", -2.07, "percent", "%"),
      M("2020", 2020, "year")]),
    ("Pada Mei 2024 terjadi inflasi year on year (y-on-y) sebesar 2,84 persen dengan IHK 106,37. "
     "Inflasi y-on-y tertinggi terjadi di Kabupaten Minahasa Selatan sebesar 5,90 persen dengan "
     "IHK 108,98 dan terendah di Kota Tual sebesar 0,33 persen dengan IHK 102,64.",
     [M("Mei 2024", 2024, "date"), M("2,84 persen", 2.84, "percent", "%"),
      M("106,37", 106.37, "other"), M("5,90 persen", 5.9, "percent", "%"),
      M("108,98", 108.98, "other"), M("0,33 persen", 0.33, "percent", "%"),
      M("102,64", 102.64, "other")]),
    ("Jumlah angkatan kerja pada Februari 2024 sebanyak 149,38 juta orang, naik 2,76 juta orang "
     "dibanding Februari 2023. Tingkat Partisipasi Angkatan Kerja (TPAK) naik sebesar 0,70 persen "
     "poin. Sebanyak 84,20 juta orang (59,17 persen) bekerja pada kegiatan informal.",
     [M("Februari 2024", 2024, "date"), M("149,38 juta", 149.38 * MLN, "count", None, MLN),
      M("2,76 juta", 2.76 * MLN, "count", None, MLN), M("Februari 2023", 2023, "date"),
      M("0,70 persen poin", 0.7, "percent", "%"),
      M("84,20 juta", 84.2 * MLN, "count", None, MLN),
      M("59,17 persen", 59.17, "percent", "%")]),
    ("Proyeksi penduduk Indonesia 2020–2050 memperkirakan jumlah penduduk mencapai 317,9 juta jiwa "
     "pada 2045, dengan rasio ketergantungan 47,3. Penduduk usia 65 tahun ke atas akan meningkat "
     "menjadi sekitar 15 persen, dan angka kematian bayi turun menjadi 10,3 per 1.000 kelahiran "
     "hidup.",
     [R("2020–2050", 2020, 2050), M("317,9 juta", 317.9 * MLN, "count", None, MLN),
      M("2045", 2045, "year"), M("47,3", 47.3, "other"), M("65 tahun", 65, "quantity", "year"),
      M("15 persen", 15, "percent", "%"), M("10,3", 10.3, "count"),
      M("1.000", 1000, "count")]),
    ("Luas panen padi pada 2023 diperkirakan sebesar 10,20 juta hektare dengan produksi sebesar "
     "53,63 juta ton GKG. Jika dikonversikan menjadi beras, produksi beras tahun 2023 mencapai "
     "30,90 juta ton, turun 439,24 ribu ton atau 1,40 persen dibandingkan 2022.",
     [M("2023", 2023, "year"), M("10,20 juta hektare", 10.2 * MLN, "quantity", "ha", MLN),
      M("53,63 juta ton", 53.63 * MLN, "quantity", "t", MLN), M("2023", 2023, "year"),
      M("30,90 juta ton", 30.9 * MLN, "quantity", "t", MLN),
      M("439,24 ribu ton", 439240, "quantity", "t", K), M("1,40 persen", 1.4, "percent", "%"),
      M("2022", 2022, "year")]),
    ("Jumlah kunjungan wisman ke Indonesia pada Desember 2023 mencapai 1,14 juta kunjungan, naik "
     "20,17 persen (y-on-y). Tingkat penghunian kamar (TPK) hotel klasifikasi bintang mencapai "
     "rata-rata 55,72 persen, dan rata-rata lama menginap tamu 1,64 malam.",
     [M("Desember 2023", 2023, "date"), M("1,14 juta", 1.14 * MLN, "count", None, MLN),
      M("20,17 persen", 20.17, "percent", "%"), M("55,72 persen", 55.72, "percent", "%"),
      M("1,64 malam", 1.64, "quantity", "night")]),
    ("Neraca perdagangan Indonesia Maret 2024 surplus US$4,47 miliar, melanjutkan surplus selama "
     "47 bulan berturut-turut sejak Mei 2020. Ekspor batu bara (HS 27) turun 12,35 persen menjadi "
     "US$2,56 miliar.",
     [M("Maret 2024", 2024, "date"), M("US$4,47 miliar", 4.47 * MLRD, "money", "USD", MLRD),
      M("47 bulan", 47, "quantity", "month"), M("Mei 2020", 2020, "date"),
      M("27", 27, "identifier"), M("12,35 persen", 12.35, "percent", "%"),
      M("US$2,56 miliar", 2.56 * MLRD, "money", "USD", MLRD)]),
    ("Menurut data Dukcapil Juni 2023, pemeluk Islam di Indonesia berjumlah 241,7 juta jiwa "
     "(87,06%), Kristen 20,4 juta (7,35%), Katolik 8,4 juta (3,03%), Hindu 4,7 juta (1,69%), "
     "Buddha 2,0 juta (0,73%), dan Konghucu 73.635 jiwa.",
     [M("Juni 2023", 2023, "date"), M("241,7 juta", 241.7 * MLN, "count", None, MLN),
      M("87,06%", 87.06, "percent", "%"), M("20,4 juta", 20.4 * MLN, "count", None, MLN),
      M("7,35%", 7.35, "percent", "%"), M("8,4 juta", 8.4 * MLN, "count", None, MLN),
      M("3,03%", 3.03, "percent", "%"), M("4,7 juta", 4.7 * MLN, "count", None, MLN),
      M("1,69%", 1.69, "percent", "%"), M("2,0 juta", 2 * MLN, "count", None, MLN),
      M("0,73%", 0.73, "percent", "%"), M("73.635", 73635, "count")]),
    ("Seleksi Nasional Berdasarkan Tes (SNBT) 2024 diikuti 777.851 peserta, dan 231.104 di "
     "antaranya lolos, atau tingkat keketatan sekitar 1 banding 3,4. Nilai tertinggi diraih "
     "siswa dari Surabaya dengan skor 780,25.",
     [M("2024", 2024, "year"), M("777.851", 777851, "count"), M("231.104", 231104, "count"),
      M("1 banding 3,4", None, "other"), M("780,25", 780.25, "other")]),
    # ---- economics and business
    ("PT Bank Rakyat Indonesia (Persero) Tbk mencatat laba bersih konsolidasian Rp60,4 triliun "
     "sepanjang 2023, tumbuh 17,5% yoy. Penyaluran kredit UMKM mencapai Rp1.105,7 triliun atau "
     "84,6% dari total kredit, dengan rasio NPL gross 2,95%.",
     [M("Rp60,4 triliun", 60.4 * TRLN, "money", "IDR", TRLN), M("2023", 2023, "year"),
      M("17,5%", 17.5, "percent", "%"),
      M("Rp1.105,7 triliun", 1105.7 * TRLN, "money", "IDR", TRLN),
      M("84,6%", 84.6, "percent", "%"), M("2,95%", 2.95, "percent", "%")]),
    ("Saham GOTO ditutup stagnan di Rp50 per lembar, level terendah yang diizinkan di papan "
     "pemantauan khusus. Sejak IPO pada 11 April 2022 di harga Rp338, sahamnya telah anjlok 85,2 "
     "persen dan kapitalisasi pasar menyusut lebih dari Rp340 triliun.",
     [M("Rp50", 50, "money", "IDR"), M("11 April 2022", 2022, "date"),
      M("Rp338", 338, "money", "IDR"), M("85,2 persen", 85.2, "percent", "%"),
      M("Rp340 triliun", 340 * TRLN, "money", "IDR", TRLN)]),
    ("Pada masa Cultuurstelsel, keuntungan bersih (batig slot) yang dikirim ke negeri Belanda "
     "antara 1831 dan 1877 mencapai kira-kira 823 juta gulden, atau rata-rata 18 juta gulden "
     "setahun — hampir sepertiga anggaran negara Belanda.",
     [M("1831", 1831, "year"), M("1877", 1877, "year"),
      M("823 juta gulden", 823 * MLN, "money", "NLG", MLN),
      M("18 juta gulden", 18 * MLN, "money", "NLG", MLN), M("sepertiga", 1 / 3, "other")]),
    ("Startup agritech itu dilaporkan menggelembungkan pendapatan: laporan internal menyebut "
     "pendapatan 9 bulan pertama 2024 hanya sekitar Rp2,6 triliun, bukan Rp12,3 triliun seperti "
     "yang dilaporkan kepada investor. Jumlah mesin pakan otomatis yang beroperasi pun hanya "
     "24.000 unit, alih-alih 400.000 unit.",
     [M("9 bulan", 9, "quantity", "month"), M("2024", 2024, "year"),
      M("Rp2,6 triliun", 2.6 * TRLN, "money", "IDR", TRLN),
      M("Rp12,3 triliun", 12.3 * TRLN, "money", "IDR", TRLN), M("24.000", 24000, "count"),
      M("400.000", 400000, "count")]),
    ("Seorang pedagang bakso di Bogor mengaku omzetnya turun dari Rp1,5 jt menjadi Rp800 rb "
     "sehari setelah harga daging sapi naik ke Rp140.000/kg. Ia kini membeli 5 kg daging, "
     "separuh dari biasanya.",
     [R("Rp1,5 jt menjadi Rp800 rb", 1.5 * MLN, 800 * K, "IDR", MLN),
      M("Rp140.000", 140000, "money", "IDR"), M("5 kg", 5, "quantity", "kg"),
      M("separuh", 0.5, "other")]),
    ("Lifting minyak bumi pada semester I 2024 tercatat 576 ribu barel per hari (bph), di bawah "
     "target APBN 635 ribu bph. Kapasitas terpasang PLTU Batang mencapai 2 x 1.000 MW, "
     "menjadikannya salah satu pembangkit terbesar di Asia Tenggara.",
     [M("I", 1, "ordinal"), M("2024", 2024, "year"),
      M("576 ribu barel per hari", 576 * K, "quantity", "bbl/d", K),
      M("635 ribu bph", 635 * K, "quantity", "bbl/d", K), M("2", 2, "count"),
      M("1.000 MW", 1000, "quantity", "MW")]),
    ("Inflasi pada 1966 mencapai 635,5 persen. Setelah program stabilisasi, angka itu turun "
     "menjadi 112 persen pada 1967 dan 85 persen pada 1968, lalu tinggal satu digit, 9,9 persen, "
     "pada 1969. Sepanjang dekade 1970-an inflasi rata-rata sekitar 17 persen.",
     [M("1966", 1966, "year"), M("635,5 persen", 635.5, "percent", "%"),
      M("112 persen", 112, "percent", "%"), M("1967", 1967, "year"),
      M("85 persen", 85, "percent", "%"), M("1968", 1968, "year"),
      M("9,9 persen", 9.9, "percent", "%"), M("1969", 1969, "year"), M("1970", 1970, "year"),
      M("17 persen", 17, "percent", "%")]),
    ("Bank Indonesia mempertahankan BI-Rate pada level 6,25%, suku bunga Deposit Facility 5,50%, "
     "dan Lending Facility 7,00%. Sejak Oktober 2023 BI telah menaikkan suku bunga acuan total "
     "50 bps.",
     [M("6,25%", 6.25, "percent", "%"), M("5,50%", 5.5, "percent", "%"),
      M("7,00%", 7, "percent", "%"), M("Oktober 2023", 2023, "date"),
      M("50 bps", 0.5, "percent", "%")]),
    ("Menjelang Iduladha 1445 H, Kementan memperkirakan kebutuhan hewan kurban 2,1 juta ekor, "
     "terdiri atas sapi 720 ribu ekor dan kambing serta domba 1,4 juta ekor. Harga sapi bali "
     "berbobot 300 kg di Kupang berkisar Rp18–22 juta.",
     [M("1445", 1445, "year"), M("2,1 juta ekor", 2.1 * MLN, "quantity", "head", MLN),
      M("720 ribu ekor", 720 * K, "quantity", "head", K),
      M("1,4 juta ekor", 1.4 * MLN, "quantity", "head", MLN), M("300 kg", 300, "quantity", "kg"),
      R("Rp18–22 juta", 18 * MLN, 22 * MLN, "IDR", MLN)]),
    ("Dalam pidatonya, Presiden menyebut bahwa delapan puluh tahun kemerdekaan harus dijawab "
     "dengan kerja nyata: sekitar 3 juta rumah per tahun, makan bergizi gratis bagi 82,9 juta "
     "penerima manfaat, dan pertumbuhan ekonomi delapan persen.",
     [M("delapan puluh tahun", 80, "quantity", "year"),
      M("3 juta", 3 * MLN, "count", None, MLN), M("82,9 juta", 82.9 * MLN, "count", None, MLN),
      M("delapan persen", 8, "percent", "%")]),
    # ---- science and health
    ("Kementerian Kesehatan mencatat 88.593 kasus demam berdarah dengue (DBD) hingga minggu ke-17 "
     "tahun 2024, dengan 621 kematian. Angka ini hampir tiga kali lipat dibandingkan periode yang "
     "sama tahun lalu, yakni 28.579 kasus.",
     [M("88.593", 88593, "count"), M("ke-17", 17, "ordinal"), M("2024", 2024, "year"),
      M("621", 621, "count"), M("tiga kali lipat", 3, "other", "times"),
      M("28.579", 28579, "count")]),
    ("Penelitian potong lintang ini melibatkan 312 ibu hamil di 4 puskesmas di Kota Padang. "
     "Prevalensi anemia sebesar 37,2% (IK 95%: 31,9–42,8), dan kadar hemoglobin rata-rata "
     "10,8 ± 1,2 g/dL. Ibu yang tidak patuh mengonsumsi tablet Fe berisiko 2,4 kali lebih tinggi "
     "(p = 0,003).",
     [M("312", 312, "count"), M("4", 4, "count"), M("37,2%", 37.2, "percent", "%"),
      M("95%", 95, "percent", "%"), R("31,9–42,8", 31.9, 42.8),
      M("10,8", 10.8, "quantity", "g/dl"), M("1,2 g/dL", 1.2, "quantity", "g/dl"),
      M("2,4 kali", 2.4, "other", "times"), M("0,003", 0.003, "other")]),
    ("Program Cek Kesehatan Gratis menargetkan 52 juta peserta pada tahun pertama dengan anggaran "
     "Rp3,2 triliun. Pemeriksaan untuk anak usia 7–17 tahun dilakukan di sekolah, sedangkan "
     "balita dan lansia di 10.000 puskesmas.",
     [M("52 juta", 52 * MLN, "count", None, MLN),
      M("Rp3,2 triliun", 3.2 * TRLN, "money", "IDR", TRLN), R("7–17 tahun", 7, 17, "year"),
      M("10.000", 10000, "count")]),
    ("Tim peneliti BRIN menemukan spesies baru katak pohon di Pegunungan Meratus, Kalimantan "
     "Selatan, pada ketinggian 1.100 m dpl. Panjang tubuh katak jantan hanya 18,4–21,7 mm, dan "
     "suaranya berfrekuensi dominan 3,2 kHz. Sampel DNA-nya diamplifikasi hingga 10⁶ salinan.",
     [M("1.100 m dpl", 1100, "quantity", "m"), R("18,4–21,7 mm", 18.4, 21.7, "mm"),
      M("3,2 kHz", 3.2, "quantity", "kHz"), M("10⁶", 1e6, "count")]),
    ("BMKG mencatat suhu rata-rata tahunan Indonesia pada 2023 sebesar 27,2 °C, lebih tinggi "
     "0,5 °C dari normal 1991–2020. Curah hujan di Stasiun Meteorologi Kemayoran pada 1 Januari "
     "2020 mencapai 377 mm/hari, tertinggi sejak pencatatan dimulai tahun 1866.",
     [M("2023", 2023, "year"), M("27,2 °C", 27.2, "quantity", "degC"),
      M("0,5 °C", 0.5, "quantity", "degC"), R("1991–2020", 1991, 2020),
      M("1 Januari 2020", 2020, "date"), M("377 mm/hari", 377, "quantity", "mm/d"),
      M("1866", 1866, "year")]),
    ("Wabah pes di Malang yang mulai merebak pada Maret 1911 menewaskan 2.100 orang dalam tahun "
     "pertamanya; hingga 1939 korban di Jawa diperkirakan lebih dari 215.000 jiwa. Pemerintah "
     "kolonial membongkar dan memperbaiki sekitar 1,5 juta rumah.",
     [M("Maret 1911", 1911, "date"), M("2.100", 2100, "count"), M("1939", 1939, "year"),
      M("215.000", 215000, "count"), M("1,5 juta", 1.5 * MLN, "count", None, MLN)]),
    ("Hasil Survei Kesehatan Indonesia (SKI) 2023 menunjukkan prevalensi stunting nasional 21,5 "
     "persen, hanya turun 0,1 poin dari 2022. Target RPJMN 2020–2024 sebesar 14 persen "
     "dipastikan tidak tercapai.",
     [M("2023", 2023, "year"), M("21,5 persen", 21.5, "percent", "%"),
      M("0,1 poin", 0.1, "percent", "%"), M("2022", 2022, "year"), R("2020–2024", 2020, 2024),
      M("14 persen", 14, "percent", "%")]),
    ("Gerhana matahari total 9 Maret 2016 dapat diamati di 12 provinsi, dengan durasi totalitas "
     "terlama 3 menit 20 detik di Maba, Halmahera Timur. Jarak Bumi–Matahari rata-rata sekitar "
     "149,6 juta km, atau 1 satuan astronomi.",
     [M("9 Maret 2016", 2016, "date"), M("12", 12, "count"), M("3 menit", 3, "quantity", "minute"),
      M("20 detik", 20, "quantity", "second"),
      M("149,6 juta km", 149.6 * MLN, "quantity", "km", MLN),
      M("1 satuan astronomi", 1, "quantity", "au")]),
    # ---- religion and culture
    ("Masjid Istiqlal di Jakarta, yang dirancang oleh Frederich Silaban, dibangun selama 17 tahun "
     "(1961–1978) dan mampu menampung lebih dari 200.000 jemaah. Kubah utamanya berdiameter 45 "
     "meter, melambangkan tahun kemerdekaan 1945, dan ditopang 12 tiang.",
     [M("17 tahun", 17, "quantity", "year"), R("1961–1978", 1961, 1978),
      M("200.000", 200000, "count"), M("45 meter", 45, "quantity", "m"),
      M("1945", 1945, "year"), M("12", 12, "count")]),
    ("Kementerian Agama memberangkatkan 213.320 jemaah haji reguler pada musim haji 1445 H/2024 M "
     "dalam 553 kelompok terbang (kloter). Sebanyak 461 jemaah wafat di Tanah Suci, sebagian "
     "besar berusia di atas 60 tahun.",
     [M("213.320", 213320, "count"), M("1445", 1445, "year"), M("2024", 2024, "year"),
      M("553", 553, "count"), M("461", 461, "count"), M("60 tahun", 60, "quantity", "year")]),
    ("Muhammadiyah menetapkan 1 Syawal 1446 H jatuh pada Senin, 31 Maret 2025, berdasarkan hisab "
     "hakiki wujudul hilal. Pada saat matahari terbenam tanggal 29 Ramadan, tinggi bulan di "
     "Yogyakarta tercatat minus 1° 59′.",
     [M("1 Syawal 1446", 1446, "date"), M("31 Maret 2025", 2025, "date"),
      M("29 Ramadan", None, "date"), M("minus 1° 59′", -(1 + 59 / 60), "quantity", "deg")]),
    ("Gamelan Jawa terdiri atas dua laras, slendro dengan lima nada dan pelog dengan tujuh nada. "
     "Pada 15 Desember 2021, UNESCO menetapkan gamelan sebagai Warisan Budaya Takbenda dalam "
     "sidang ke-16 Komite Antarpemerintah di Paris.",
     [M("dua", 2, "count"), M("lima", 5, "count"), M("tujuh", 7, "count"),
      M("15 Desember 2021", 2021, "date"), M("ke-16", 16, "ordinal")]),
    ("Upacara Ngaben massal di Desa Adat Kuta diikuti 127 sawa (jenazah) dengan biaya sekitar "
     "Rp 5 juta per keluarga. Sesuai kalender Bali, upacara digelar pada Tilem Kesanga tahun "
     "Saka 1945, sehari sebelum Nyepi.",
     [M("127", 127, "count"), M("Rp 5 juta", 5 * MLN, "money", "IDR", MLN),
      M("1945", 1945, "year")]),
    ("Wali Songo, yang berarti sembilan wali, menyebarkan Islam di pesisir utara Jawa pada abad "
     "ke-15 dan ke-16. Sunan Gunung Jati wafat pada 1568 dan dimakamkan di Gunung Sembung, "
     "Cirebon.",
     [M("Songo", 9, "other"), M("sembilan", 9, "count"), M("ke-15", 15, "ordinal"),
      M("ke-16", 16, "ordinal"), M("1568", 1568, "year")]),
    # ---- sports
    ("Indonesia finis di peringkat ke-39 klasemen akhir Olimpiade Paris 2024 dengan 2 emas dan "
     "1 perunggu. Veddriq Leonardo merebut emas panjat tebing nomor speed dengan catatan 4,75 "
     "detik, sedangkan Rizki Juniansyah meraih emas angkat besi kelas 73 kg dengan total "
     "angkatan 354 kg.",
     [M("ke-39", 39, "ordinal"), M("2024", 2024, "year"), M("2", 2, "count"),
      M("1", 1, "count"), M("4,75 detik", 4.75, "quantity", "second"),
      M("73 kg", 73, "quantity", "kg"), M("354 kg", 354, "quantity", "kg")]),
    ("Timnas Indonesia menahan imbang Australia 0-0 di Stadion Utama Gelora Bung Karno pada "
     "Selasa (10/9/2024) di hadapan 60.412 penonton. Di Grup C putaran ketiga Kualifikasi Piala "
     "Dunia 2026, Indonesia mengoleksi 2 poin dari 2 laga.",
     [M("0-0", None, "other"), M("10/9/2024", 2024, "date"), M("60.412", 60412, "count"),
      M("2026", 2026, "year"), M("2", 2, "count"), M("2", 2, "count")]),
    ("Pasangan ganda putra Fajar Alfian/Muhammad Rian Ardianto menjuarai All England 2024 setelah "
     "menang 21-16, 21-16 atas Lee Jhe-huei/Yang Po-hsuan dalam waktu 41 menit. Ini gelar All "
     "England kedua mereka setelah 2023.",
     [M("2024", 2024, "year"), M("21-16", None, "other"), M("21-16", None, "other"),
      M("41 menit", 41, "quantity", "minute"), M("2023", 2023, "year")]),
    ("Borobudur Marathon 2023 kategori full marathon (42,195 km) dimenangi pelari Kenya dengan "
     "waktu 2:13:09, sementara pelari putri tercepat Indonesia mencatat 2:45:51. Lomba diikuti "
     "10.000 peserta dari 28 negara.",
     [M("2023", 2023, "year"), M("42,195 km", 42.195, "quantity", "km"),
      M("2:13:09", 2 + 13 / 60 + 9 / 3600, "quantity", "hour"),
      M("2:45:51", 2 + 45 / 60 + 51 / 3600, "quantity", "hour"),
      M("10.000", 10000, "count"), M("28", 28, "count")]),
    ("Pada Asian Games IV 1962 di Jakarta, Indonesia meraih 11 medali emas dan menempati urutan "
     "ke-2. Untuk perhelatan itu dibangun Stadion Utama Senayan berkapasitas 100.000 penonton "
     "dengan bantuan kredit Uni Soviet sebesar US$12,5 juta.",
     [M("IV", 4, "ordinal"), M("1962", 1962, "year"), M("11", 11, "count"),
      M("ke-2", 2, "ordinal"), M("100.000", 100000, "count"),
      M("US$12,5 juta", 12.5 * MLN, "money", "USD", MLN)]),
    ("Klasemen akhir musim reguler Liga 1 2023/24: Borneo FC 68 poin, Persib 56 poin, Bali United "
     "52 poin. Persib kemudian juara setelah menang agregat 6-1 atas Madura United di final.",
     [M("1", 1, "other"), R("2023/24", 2023, 2024), M("68", 68, "count"),
      M("56", 56, "count"), M("52", 52, "count"), M("6-1", None, "other")]),
]
# fmt: on


def main() -> None:
    _bh.build_all({"id": ID}, "heldout7", HERE)


if __name__ == "__main__":
    main()
