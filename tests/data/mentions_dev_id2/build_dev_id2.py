"""Build the second Indonesian numeric-mention development set (``dev_id2_id.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_dev_id2/build_dev_id2.py

A **development** set: the Indonesian rules of ``analysis.mentions`` are tuned on it, so
its scores say nothing about generalisation (the held-out sets do that).  The passages
were written for it in registers the first Indonesian development set
(``tests/data/mentions_dev_id``) does not cover: VOC and Dutch archival records
(rijksdaalder, last, koyan), Javanese court chronicles rendered in Indonesian (tahun Jawa,
Saka), sugar-factory and plantation annual reports, pre-war newspapers in the Van
Ophuijsen and Soewandi spellings, Madiun 1948 and 1965 as historians write them,
Sukarno-era speeches and the Dekrit, transmigration statistics, fisheries and forestry,
BNPB disaster reports, hajj and religious statistics, regional election commission
results, district budgets, health bulletins, education statistics, e-commerce and fintech
news, sports, Islamic calendar dates and bus and train schedules.  They were annotated
blind, from ``docs/numeric-mentions.md`` and the decisions in the docstrings of
``tests/data/mentions_heldout/build_heldout.py``, ``mentions_heldout2/build_heldout2.py``,
``mentions_heldout3/build_heldout3.py`` and ``mentions_dev_id/build_dev_id.py``, before the
extractor was run on them.  Texts are already normalised (plain spaces, no NBSP / thin
spaces).

Each passage is ``(text, [mentions in text order])`` using the ``M`` / ``R`` helpers and
the ``annotate`` validator of ``tests/data/mentions_heldout/build_heldout.py`` (offsets are
found with ``str.find`` from the end of the previous mention, never typed).

Decisions taken here where the spec and the earlier docstrings are silent, each with the
example that settled it:

* **Dutch money of account.** The VOC's ``rijksdaalder`` (``rds``) and ``stuiver`` are
  ``money`` with unit ``NLG`` (the validator's Dutch currency) and the value *as written in
  the coin named*, not converted to guilders, because the rate of account changed over the
  period (``1.200 rijksdaalder`` -> 1200 NLG, ``rds 350`` -> 350 NLG with the abbreviation
  before the number inside, like ``f``); ``12 stuiver`` -> 12 NLG.  The unit word is
  inside like ``gulden``.
* **VOC and Javanese trade measures** are units: ``last`` (a ship's or rice measure, unit
  ``last``: ``600 last`` beras), ``koyan`` (unit ``koyan``: ``25 koyan``), ``pikul`` as in
  dev_id.  ``sekoyan`` (one koyan) is a numeral fused into a word, not annotated.
* **Javanese and Saka years.** ``tahun Jawa 1550`` / ``1680 tahun Jawa``: ``year`` with
  the words outside, like ``1444 H`` and ``1365 M``; ``1400 Saka`` -> ``year`` 1400 with
  ``Saka`` outside.  A date in a Javanese or Hijri month with a year
  (``29 Rabiulakhir 1680``, ``1 Ramadan 1445``) is one ``date`` whose value is that
  calendar's year as written; ``H`` / ``tahun Jawa`` after it stay outside; without a year
  (``12 Mulud``, ``10 Muharam``) the value is null.  ``tahun Dal 1867`` (a windu year name)
  -> ``year`` 1867.  A
  chronogram (candrasengkala ``sirna ilang kertaning bumi``) is written in words that are
  not cardinal numerals and is not annotated.
* **Names of bodies containing a number.** ``Heeren XVII`` (the VOC directors) is ``other``
  with value 17 (a proper name containing a number, like ``Covid-19``); ``G30S`` is
  ``other`` 30 with only the digits in the span (``glued=True``), ``Dwikora`` /
  ``Trikora`` are words, not annotated.
* **Army units with a Roman numeral** (``Divisi III``, ``Brigade XVII``) are ``ordinal``
  like regnal numbers and the numbered armies of heldout3; ``Batalyon 426`` (a number
  after the noun, no marker) is an ``identifier``.
* **Old-spelling scale and money words** read like the modern ones: ``riboe`` = ribu,
  ``ratoes`` = ratus, ``oewang`` / ``roepiah`` are words around money: ``f 3.000.000,-``
  and ``3 djoeta roepiah`` are money (IDR for roepiah after 1946, NLG before); ``tahoen``
  after a number is the year unit (``5 tahoen`` -> 5 years).
* **Redenomination and sanering pairs** (``Rp 500 ... menjadi Rp 50``) are two money
  mentions when *menjadi* is separated from the first amount by other words; ``dari
  Rp 1.000 menjadi Rp 1`` directly is a ``range`` (spec: decreasing connector ranges).
* **Household counts.** ``1.250 KK`` (kepala keluarga) is a ``count`` with ``KK`` outside
  (a counted noun); ``4.870 jiwa`` likewise.
* **Disaster reports.** ``magnitudo 6,4`` without ``SR``: ``other`` with unit
  ``magnitude``, the word ``magnitudo`` before the number outside (as dev_id keeps it
  outside before ``5,6 SR``); the depth ``kedalaman 10 km`` is a quantity.
* **Election codes.** ``TPS 012`` and ``Dapil Jateng V`` are ``identifier`` (Roman or
  digit), ``nomor urut 3`` likewise; ``DPT 1.204.556`` is a ``count``.
* **Rates per 100.000.**  ``45,3 per 100.000 penduduk`` gives two counts (as dev_id's
  per 1.000 with a noun); ``CFR 1,8%`` is a percent.  ``APK 105,2 persen`` is a percent;
  the ratio ``1:16`` is ``other`` with value null (dev_id).
* **Reduplicated and approximate numerals.** Two adjacent cardinals joined by a hyphen
  (``dua-tiga hari``, ``lima-enam ribu``) are a ``range`` sharing the unit / scale;
  a reduplicated single cardinal used distributively (``dua-dua``) is not an amount but a
  manner ("two by two") and is not annotated; vague ``berpuluh-puluh`` / ``beratus-ratus``
  are vague plurals, not mentions.
* **Sports.** ``2-1`` and ``(1-0)`` are one ``other`` each (value null); ``menit ke-90+3``:
  ``ke-90`` ordinal and ``+3`` an ``other`` (added minutes, sign inside, value 3).
* **Train and bus schedules.** ``pukul 07.15 WIB`` -> ``07.15`` (7.25); ``KA 112`` and
  ``koridor 13`` are ``identifier``; a duration ``3 jam 20 menit`` is two quantities
  (heldout2's mixed units); ``05.30–06.45`` after *pukul* is a ``range`` of times.
* **Fintech.** ``GMV US$ 77 miliar`` is money; ``65 juta pengguna`` a count;
  ``Rp 2,1 T`` money with scale 1e12 (dev_id); ``QRIS`` and ``BI-FAST`` contain no digits.
* **Hajj.** ``BPIH Rp 93,4 juta`` money, ``kloter 27`` (a flight group) ``identifier``,
  ``1445 H/2024 M`` two ``year`` mentions (era letters and the slash outside).
* **Archival shelf marks** ``ANRI, Arsip VOC, inv. nr. 1421, fol. 33–35``: each number a
  ``reference`` (dev_ru2's shelf marks); ``KITLV Or. 1021`` (a manuscript signature in
  prose) is an ``identifier`` with ``Or.`` outside.
* **Names of firms and degrees with a number.** ``PTPN XI`` (PT Perkebunan Nusantara XI) is
  ``other`` 11 like ``Heeren XVII``; ``S1`` (the bachelor's degree) and ``TWP90`` (a
  90-day default ratio) are ``other`` with the glued digits only; ``Perhutani Unit I``,
  ``WPP-RI 711`` (a fisheries management area) and shrimp ``ukuran 50`` (a size grade)
  name a thing: ``identifier``.
* **Relative days of a holiday** ``H-10 hingga H+10`` (ten days before / after Lebaran)
  are two ``other`` mentions, the digits only (a word joined to a number, like
  ``Covid-19``), not a range and not signed.
* **Yields per local area unit.** ``142,6 kuintal per bahu`` is one quantity with the
  denominator inside (unit ``centner/bahu``), as ``kuintal per hektare`` is ``centner/ha``;
  ``30 GT`` (gross tonnage of a ship) is a quantity with unit ``GT``; ``dua minggu`` has
  the unit ``week``; ``10,18 detik`` the unit ``second``.
* **Money ranges with different scale words** (``Rp 700 ribu hingga Rp 1,4 juta``) take
  the larger scale (1e6) for ``scale``, like composite numbers; the values are exact
  (700000..1400000).
* **Decades without the century** (``tahun 60-an``, ``pertengahan 70-an``) are ``year``
  1960 / 1970 with ``-an`` outside (round 3's ``на середину 50-х``).
* **Footnote references in prose** (``catatan kaki [12] dan [13]``) are ``reference`` like
  footnote markers, the brackets outside; a glued marker after a word
  (``abad.14``) is a ``reference`` (round 2).
* **Spelled quantities** ``seribu lima ratus kilogram`` are one quantity (1500 kg, scale
  1000 from ``seribu``); ``seorang``, ``sepasang`` and ``setahun`` are fused numerals, not
  annotated.
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
    # ---- VOC and Dutch archival records
    ("Pada 1619 Jan Pieterszoon Coen merebut Jayakarta dengan 19 kapal dan kira-kira 1.000 "
     "serdadu; Heeren XVII di Amsterdam baru menerima kabarnya sembilan bulan kemudian.",
     [M("1619", 1619, "year"), M("19", 19, "count"), M("1.000", 1000, "count"),
      M("XVII", 17, "other"), M("sembilan bulan", 9, "quantity", "month")]),
    ("Surat Gubernur Jenderal kepada Heeren XVII bertanggal 30 Desember 1677 melaporkan "
     "muatan kapal 't Wapen van Hoorn: 600 last beras dari Jepara dan 2.400 pikul lada dari "
     "Banten, bernilai 38.500 rijksdaalder.",
     [M("XVII", 17, "other"), M("30 Desember 1677", 1677, "date"),
      M("600 last", 600, "quantity", "last"), M("2.400 pikul", 2400, "quantity", "pikul"),
      M("38.500 rijksdaalder", 38500, "money", "NLG")]),
    ("Dalam kontrak 1705 Mataram wajib menyerahkan 800 koyan beras setiap tahun ke Batavia "
     "selama 25 tahun; satu koyan dihitung 27 sampai 30 pikul.",
     [M("1705", 1705, "year"), M("800 koyan", 800, "quantity", "koyan"),
      M("25 tahun", 25, "quantity", "year"), M("satu koyan", 1, "quantity", "koyan"),
      R("27 sampai 30 pikul", 27, 30, "pikul")]),
    ("Gaji seorang onderkoopman di Batavia sekitar 1730 ialah rds 40 sebulan, sedangkan seorang "
     "soldaat hanya menerima 9 gulden dan 12 stuiver kostgeld per minggu.",
     [M("1730", 1730, "year"), M("rds 40", 40, "money", "NLG"), M("9 gulden", 9, "money", "NLG"),
      M("12 stuiver", 12, "money", "NLG")]),
    ("Sumber: ANRI, Arsip VOC, inv. nr. 1421, fol. 33–35; bandingkan Nationaal Archief, VOC "
     "8312, fol. 102.",
     [M("1421", 1421, "reference"), M("33–35", 33, "reference", range_end=35),
      M("8312", 8312, "reference"), M("102", 102, "reference")]),
    ("Pembantaian orang Tionghoa di Batavia pada Oktober 1740 menewaskan sekitar 10.000 orang; "
     "setahun kemudian hanya 3.431 penduduk Tionghoa yang tercatat di dalam tembok kota.",
     [M("Oktober 1740", 1740, "date"), M("10.000", 10000, "count"), M("3.431", 3431, "count")]),
    ("Ketika VOC dibubarkan pada 31 Desember 1799, utangnya mencapai 134,7 juta gulden, "
     "seluruhnya diambil alih oleh Republik Bataaf.",
     [M("31 Desember 1799", 1799, "date"),
      M("134,7 juta gulden", 134.7 * MLN, "money", "NLG", MLN)]),
    ("Daghregister Kasteel Batavia tahun 1663 (terbit 1891, hlm. 212–214) mencatat kedatangan "
     "tiga jung dari Amoy yang membawa 1.250 penumpang.",
     [M("1663", 1663, "year"), M("1891", 1891, "reference"),
      M("212–214", 212, "reference", range_end=214), M("tiga", 3, "count"),
      M("1.250", 1250, "count")]),
    # ---- Javanese court chronicles
    ("Babad Tanah Jawi menyebut Sultan Agung menyerbu Batavia pada tahun Jawa 1550, bertepatan "
     "dengan 1628 Masehi, membawa kurang lebih 10.000 prajurit dan 150 perahu.",
     [M("1550", 1550, "year"), M("1628", 1628, "year"), M("10.000", 10000, "count"),
      M("150", 150, "count")]),
    ("Perjanjian Giyanti ditandatangani pada Kamis Kliwon, 29 Rabiulakhir 1680 tahun Jawa, "
     "atau 13 Februari 1755; kerajaan Mataram dibagi dua.",
     [M("29 Rabiulakhir 1680", 1680, "date"), M("13 Februari 1755", 1755, "date"),
      M("dua", 2, "count")]),
    ("Keruntuhan Majapahit ditandai candrasengkala sirna ilang kertaning bumi, yang dibaca "
     "sebagai tahun 1400 Saka atau 1478 Masehi.",
     [M("1400", 1400, "year"), M("1478", 1478, "year")]),
    ("Sri Sultan Hamengkubuwono I bertakhta selama 37 tahun; putranya, Hamengkubuwono II, tiga "
     "kali naik takhta dan diasingkan ke Pulau Pinang pada 1812.",
     [M("I", 1, "ordinal"), M("37 tahun", 37, "quantity", "year"), M("II", 2, "ordinal"),
      M("tiga kali", 3, "other", "times"), M("1812", 1812, "year")]),
    ("Menurut Babad Diponegoro, perang dimulai pada 20 Juli 1825 di Tegalrejo dan berlangsung "
     "lima tahun; sekitar 200.000 orang Jawa tewas, di pihak Belanda 8.000 serdadu Eropa dan "
     "7.000 serdadu pribumi.",
     [M("20 Juli 1825", 1825, "date"), M("lima tahun", 5, "quantity", "year"),
      M("200.000", 200000, "count"), M("8.000", 8000, "count"), M("7.000", 7000, "count")]),
    ("Grebeg Mulud tahun Dal 1867 jatuh pada 12 Mulud; keraton menyediakan sepasang gunungan "
     "dan seratus dua puluh ancak sesaji.",
     [M("1867", 1867, "year"), M("12 Mulud", None, "date"), M("seratus dua puluh", 120, "count")]),
    ("Pakubuwana X memerintah Kasunanan Surakarta dari 1893 hingga 1939, masa terpanjang dalam "
     "sejarah keraton itu (46 tahun).",
     [M("X", 10, "ordinal"), R("1893 hingga 1939", 1893, 1939),
      M("46 tahun", 46, "quantity", "year")]),
    # ---- sugar factories and plantation reports
    ("Jaarverslag Suikerfabriek Tjomal over 1928: areal tebu 1.842 bahu, hasil 142,6 kuintal per "
     "bahu, produksi seluruhnya 262.700 kuintal. Dividen 22% dibayarkan kepada pemegang "
     "saham.",
     [M("1928", 1928, "year"), M("1.842 bahu", 1842, "quantity", "bahu"),
      M("142,6 kuintal per bahu", 142.6, "quantity", "centner/bahu"),
      M("262.700 kuintal", 262700, "quantity", "centner"), M("22%", 22, "percent", "%")]),
    ("Akibat malaise, jumlah pabrik gula di Jawa merosot dari 179 pada 1930 menjadi hanya 35 "
     "pada 1935, dan harga gula jatuh ke f 3,75 per kuintal.",
     [M("179", 179, "count"), M("1930", 1930, "year"), M("35", 35, "count"),
      M("1935", 1935, "year"), M("f 3,75", 3.75, "money", "NLG")]),
    ("Onderneming Kalibakar (Malang) melaporkan produksi kopi robusta 4.215 pikul pada musim "
     "1936/37, naik 12,4 persen; upah harian koeli perempuan 18 sen, laki-laki 25 sen.",
     [M("4.215 pikul", 4215, "quantity", "pikul"), R("1936/37", 1936, 1937),
      M("12,4 persen", 12.4, "percent", "%"), M("18 sen", 0.18, "money", "NLG"),
      M("25 sen", 0.25, "money", "NLG")]),
    ("Laporan tahunan PTPN XI 2022 mencatat giling tebu 2,9 juta ton dengan rendemen 7,21% dan "
     "produksi gula kristal putih 210.400 ton dari 14 pabrik gula.",
     [M("XI", 11, "other"), M("2022", 2022, "year"),
      M("2,9 juta ton", 2.9 * MLN, "quantity", "t", MLN), M("7,21%", 7.21, "percent", "%"),
      M("210.400 ton", 210400, "quantity", "t"), M("14", 14, "count")]),
    ("Kebun teh Malabar di ketinggian 1.550 meter di atas permukaan laut seluas 2.022 hektare; "
     "setiap pemetik rata-rata memetik 35–40 kg pucuk sehari.",
     [M("1.550 meter", 1550, "quantity", "m"), M("2.022 hektare", 2022, "quantity", "ha"),
      R("35–40 kg", 35, 40, "kg")]),
    # ---- Van Ophuijsen newspapers
    ("SOERABAIA, 3 Maart. — Pada hari Saptoe jang laloe harga gula pasir di pasar Pabean naik "
     "mendjadi f 11,50 sepikoel. Kaoem dagang Tionghoa menaksir keroegian sampai f 250.000,-.",
     [M("3 Maart", None, "date"), M("f 11,50", 11.5, "money", "NLG"),
      M("f 250.000,-", 250000, "money", "NLG")]),
    ("Pemerintah memoengoet padjak kepala f 1,- tiap-tiap tahoen dari 2 riboe orang di onder"
     "distrik itoe. Kalau tiada dibajar dalam 3 boelan, jang bersangkoetan dihoekoem kerdja "
     "roel 7 hari.",
     [M("f 1,-", 1, "money", "NLG"), M("2 riboe", 2000, "count", None, K),
      M("3 boelan", 3, "quantity", "month"), M("7 hari", 7, "quantity", "day")]),
    ("Kongres Boedi Oetomo jang kedoea dihadiri kira-kira 300 oetoesan; oewang kas perkoem"
     "poelan pada 31 December 1909 tinggal f 1.432,85.",
     [M("300", 300, "count"), M("31 December 1909", 1909, "date"),
      M("f 1.432,85", 1432.85, "money", "NLG")]),
    ("Kapal \"Van der Wijck\" tenggelam pada 20 October 1936; dari 250 penoempang, 42 orang "
     "dikabarkan hilang. Toean Nakhoda bertahan 9 djam di air.",
     [M("20 October 1936", 1936, "date"), M("250", 250, "count"), M("42", 42, "count"),
      M("9 djam", 9, "quantity", "hour")]),
    ("Advertentie: Djoeal roemah batoe di Kramat No. 17, loeas tanah 1.200 M², harga f 8.500. "
     "Keterangan pada Toko Siem, Pasar Baroe 44.",
     [M("No. 17", 17, "identifier"), M("1.200 M²", 1200, "quantity", "m2"),
      M("f 8.500", 8500, "money", "NLG"), M("44", 44, "identifier")]),
    ("Sekolah Kartini di Semarang dimoelai pada tahoen 1913 dengan 112 moerid; oewang sekolah "
     "f 0,50 seboelan, sedang anak orang miskin dibebaskan.",
     [M("1913", 1913, "year"), M("112", 112, "count"), M("f 0,50", 0.5, "money", "NLG")]),
    ("Dalam tahoen 1920 djoemlah pembatja Sinar Hindia lebih dari 5 riboe, sedang Oetoesan "
     "Hindia ditjetak 7.500 lembar tiap-tiap hari.",
     [M("1920", 1920, "year"), M("5 riboe", 5000, "count", None, K), M("7.500", 7500, "count")]),
    # ---- Soewandi spelling
    ("Menurut sensus pertanian 1963, rata-rata pemilikan tanah petani di Djawa hanja 0,7 ha; "
     "lebih dari separuh rumah tangga tani menguasai kurang dari setengah hektar.",
     [M("1963", 1963, "year"), M("0,7 ha", 0.7, "quantity", "ha"),
      M("separuh", 0.5, "other"), M("setengah hektar", 0.5, "quantity", "ha")]),
    ("Harian Rakjat, 14 Djanuari 1964: harga beras di Djakarta naik mendjadi Rp 400 per liter, "
     "padahal upah buruh pabrik rata-rata Rp 3.500 sebulan.",
     [M("14 Djanuari 1964", 1964, "date"), M("Rp 400", 400, "money", "IDR"),
      M("Rp 3.500", 3500, "money", "IDR")]),
    ("Dengan Penetapan Presiden No. 27 tahun 1965 uang lama ditukar dengan uang baru; Rp 1.000 "
     "uang lama dinilai sama dengan Rp 1 uang baru.",
     [M("No. 27", 27, "identifier"), M("1965", 1965, "year"), M("Rp 1.000", 1000, "money", "IDR"),
      M("Rp 1", 1, "money", "IDR")]),
    ("Pada 25 Agustus 1959 pemerintah mengumumkan sanering: uang kertas Rp 500 dan Rp 1.000 "
     "diturunkan nilainja mendjadi Rp 50 dan Rp 100, dan 90 persen simpanan bank diatas Rp "
     "25.000 dibekukan.",
     [M("25 Agustus 1959", 1959, "date"), M("Rp 500", 500, "money", "IDR"),
      M("Rp 1.000", 1000, "money", "IDR"), M("Rp 50", 50, "money", "IDR"),
      M("Rp 100", 100, "money", "IDR"), M("90 persen", 90, "percent", "%"),
      M("Rp 25.000", 25000, "money", "IDR")]),
    # ---- Madiun 1948 and 1965
    ("Peristiwa Madiun meletus pada 18 September 1948. Pemerintah mengerahkan Divisi Siliwangi "
     "dan Brigade XVII; dalam kurang dari dua minggu kota Madiun direbut kembali, tepatnya 30 "
     "September.",
     [M("18 September 1948", 1948, "date"), M("XVII", 17, "ordinal"),
      M("dua minggu", 2, "quantity", "week"), M("30 September", None, "date")]),
    ("Musso tewas dalam baku tembak pada 31 Oktober 1948; menurut angka resmi sekitar 35.000 "
     "orang ditahan, dan Amir Sjarifuddin beserta sepuluh orang lainnya dieksekusi pada 19 "
     "Desember.",
     [M("31 Oktober 1948", 1948, "date"), M("35.000", 35000, "count"),
      M("sepuluh", 10, "count"), M("19 Desember", None, "date")]),
    ("Dalam historiografi Orde Baru, G30S digambarkan sebagai kudeta PKI: enam jenderal dan "
     "seorang perwira pertama dibunuh pada dini hari 1 Oktober 1965 di Lubang Buaya.",
     [M("30", 30, "other", glued=True), M("enam", 6, "count"),
      M("1 Oktober 1965", 1965, "date")]),
    ("Perkiraan korban pembunuhan 1965–1966 berkisar antara 78.500 (Komisi Pencari Fakta) dan "
     "satu juta jiwa; Sarwo Edhie pernah menyebut angka tiga juta.",
     [R("1965–1966", 1965, 1966), M("78.500", 78500, "count"),
      M("satu juta", MLN, "count", None, MLN), M("tiga juta", 3 * MLN, "count", None, MLN)]),
    ("Supersemar ditandatangani 11 Maret 1966; sehari kemudian PKI dibubarkan, dan sampai 1969 "
     "sekitar 10.000 tahanan politik golongan B dikirim ke Pulau Buru.",
     [M("11 Maret 1966", 1966, "date"), M("1969", 1969, "year"), M("10.000", 10000, "count")]),
    ("Batalyon 426 yang memberontak di Kudus pada Desember 1951 berkekuatan kira-kira 600 orang "
     "(Feith 1962: 214).",
     [M("426", 426, "identifier"), M("Desember 1951", 1951, "date"), M("600", 600, "count"),
      M("1962", 1962, "reference"), M("214", 214, "reference")]),
    # ---- Sukarno-era speeches and the Dekrit
    ("Dengan Dekrit Presiden 5 Juli 1959, Konstituante dibubarkan dan UUD 1945 berlaku kembali; "
     "Konstituante bersidang hampir dua setengah tahun tanpa hasil.",
     [M("5 Juli 1959", 1959, "date"), M("1945", 1945, "year"),
      M("dua setengah tahun", 2.5, "quantity", "year")]),
    ("\"Saudara-saudara! Tujuh belas tahun yang lalu kita memproklamasikan kemerdekaan. Kini "
     "seratus juta rakyat Indonesia berdiri tegak!\" — Pidato 17 Agustus 1962.",
     [M("Tujuh belas tahun", 17, "quantity", "year"),
      M("seratus juta", 100 * MLN, "count", None, MLN), M("17 Agustus 1962", 1962, "date")]),
    ("Trikora dikumandangkan di Yogyakarta pada 19 Desember 1961; Komando Mandala di bawah Mayjen "
     "Soeharto menyiapkan sekitar 40.000 prajurit dan 12 kapal selam.",
     [M("19 Desember 1961", 1961, "date"), M("40.000", 40000, "count"), M("12", 12, "count")]),
    ("Konferensi Asia-Afrika di Bandung, 18–24 April 1955, dihadiri wakil 29 negara yang "
     "mewakili lebih dari separuh penduduk dunia, kira-kira 1,5 miliar jiwa.",
     [M("18–24 April 1955", 1955, "date"), M("29", 29, "count"), M("separuh", 0.5, "other"),
      M("1,5 miliar", 1.5 * MLRD, "count", None, MLRD)]),
    ("Dalam pidato Tahun Vivere Pericoloso (1964) Bung Karno menyebut 21 juta sukarelawan "
     "siap mengganyang Malaysia; anggaran pertahanan tahun itu menelan 60 persen belanja "
     "negara.",
     [M("1964", 1964, "year"), M("21 juta", 21 * MLN, "count", None, MLN),
      M("60 persen", 60, "percent", "%")]),
    ("Ketetapan MPRS Nomor II/MPRS/1960 menetapkan Pembangunan Nasional Semesta Berencana Tahapan "
     "Pertama 1961–1969, dengan 8 jilid dan 1.945 pasal sebagai lambang proklamasi.",
     [M("Nomor II/MPRS/1960", 2, "identifier"), R("1961–1969", 1961, 1969),
      M("8", 8, "count"), M("1.945", 1945, "count")]),
]
ID += [
    # ---- transmigration
    ("Pada tahun anggaran 1985/86 Departemen Transmigrasi menempatkan 1.250 KK atau 4.870 jiwa di "
     "UPT Rimbo Bujang, masing-masing menerima lahan 2 ha dan jatah hidup selama 12 bulan.",
     [R("1985/86", 1985, 1986), M("1.250", 1250, "count"), M("4.870", 4870, "count"),
      M("2 ha", 2, "quantity", "ha"), M("12 bulan", 12, "quantity", "month")]),
    ("Kolonisasi pertama ke Gedong Tataan, Lampung, pada November 1905 membawa 155 keluarga dari "
     "Kedu; setiap keluarga diberi 0,7 bau sawah dan uang f 20.",
     [M("November 1905", 1905, "date"), M("155", 155, "count"),
      M("0,7 bau", 0.7, "quantity", "bahu"), M("f 20", 20, "money", "NLG")]),
    ("Antara Pelita I dan Pelita V jumlah transmigran umum dan swakarsa mencapai 1,7 juta KK; "
     "sekitar 60% ditempatkan di Sumatra, 20% di Kalimantan.",
     [M("I", 1, "ordinal"), M("V", 5, "ordinal"), M("1,7 juta", 1.7 * MLN, "count", None, MLN),
      M("60%", 60, "percent", "%"), M("20%", 20, "percent", "%")]),
    ("Tabel 5.3 Penempatan transmigrasi menurut provinsi tujuan, 2015–2019 (KK): Kalimantan Barat "
     "1.184; Sulawesi Tengah 906; Papua 0.",
     [M("5.3", None, "identifier"), R("2015–2019", 2015, 2019), M("1.184", 1184, "count"),
      M("906", 906, "count"), M("0", 0, "count")]),
    # ---- fisheries and forestry
    ("Produksi perikanan tangkap di WPP-RI 711 tahun 2021 sebesar 1,32 juta ton, atau kira-kira "
     "seperenam produksi nasional.",
     [M("711", 711, "identifier"), M("2021", 2021, "year"),
      M("1,32 juta ton", 1.32 * MLN, "quantity", "t", MLN), M("seperenam", 1 / 6, "other")]),
    ("Kapal purse seine berukuran 30 GT di Pelabuhan Perikanan Nusantara Pekalongan rata-rata "
     "membongkar 8–12 ton ikan layang per trip yang berlangsung dua-tiga minggu.",
     [M("30 GT", 30, "quantity", "GT"), R("8–12 ton", 8, 12, "t"),
      R("dua-tiga minggu", 2, 3, "week")]),
    ("Perum Perhutani Unit I Jawa Tengah memanen kayu jati 145.300 m³ pada 2019; luas hutan "
     "jatinya 348.000 hektare dengan daur tebang 60 tahun.",
     [M("I", 1, "identifier"), M("145.300 m³", 145300, "quantity", "m3"), M("2019", 2019, "year"),
      M("348.000 hektare", 348000, "quantity", "ha"), M("60 tahun", 60, "quantity", "year")]),
    ("Laju deforestasi neto Indonesia 2021–2022 tercatat 104.000 ha, turun 8,4% dibandingkan "
     "periode sebelumnya; pada akhir 1990-an angkanya masih sekitar 3,5 juta ha setahun.",
     [R("2021–2022", 2021, 2022), M("104.000 ha", 104000, "quantity", "ha"),
      M("8,4%", 8.4, "percent", "%"), M("1990", 1990, "year"),
      M("3,5 juta ha", 3.5 * MLN, "quantity", "ha", MLN)]),
    ("Ekspor udang Indonesia 2023 mencapai 241.000 ton senilai US$ 1,68 miliar; harga udang "
     "vaname ukuran 50 di tambak Lampung Rp 72.000/kg.",
     [M("2023", 2023, "year"), M("241.000 ton", 241000, "quantity", "t"),
      M("US$ 1,68 miliar", 1.68 * MLRD, "money", "USD", MLRD), M("50", 50, "identifier"),
      M("Rp 72.000", 72000, "money", "IDR")]),
    ("Kebakaran gambut di Ogan Komering Ilir pada 2015 menghanguskan lebih dari 700 ribu hektare; "
     "asapnya menyebar hingga 2.000 km ke Singapura dan Malaysia.",
     [M("2015", 2015, "year"), M("700 ribu hektare", 700 * K, "quantity", "ha", K),
      M("2.000 km", 2000, "quantity", "km")]),
    # ---- BNPB disaster reports
    ("Gempa magnitudo 6,4 mengguncang Pidie Jaya, Rabu (7/12/2016) pukul 05.03 WIB, kedalaman 15 "
     "km. BNPB mencatat 104 korban jiwa, 857 luka-luka dan 11.730 rumah rusak.",
     [M("6,4", 6.4, "other", "magnitude"), M("7/12/2016", 2016, "date"),
      M("05.03", 5 + 3 / 60, "other"), M("15 km", 15, "quantity", "km"), M("104", 104, "count"),
      M("857", 857, "count"), M("11.730", 11730, "count")]),
    ("Update BNPB per 10 Oktober 2018 pukul 13.00 WIB: korban meninggal akibat gempa dan tsunami "
     "Sulteng 2.045 jiwa, 671 hilang, 82.775 pengungsi di 122 titik; kerugian ditaksir Rp 13,82 "
     "triliun.",
     [M("10 Oktober 2018", 2018, "date"), M("13.00", 13, "other"), M("2.045", 2045, "count"),
      M("671", 671, "count"), M("82.775", 82775, "count"), M("122", 122, "count"),
      M("Rp 13,82 triliun", 13.82 * TRLN, "money", "IDR", TRLN)]),
    ("Erupsi Merapi 2010 memaksa sekitar 400 ribu warga mengungsi dari radius 20 km; awan panas "
     "5 November menewaskan 353 orang, termasuk Mbah Maridjan.",
     [M("2010", 2010, "year"), M("400 ribu", 400 * K, "count", None, K),
      M("20 km", 20, "quantity", "km"), M("5 November", None, "date"), M("353", 353, "count")]),
    ("Tsunami Aceh 26 Desember 2004 dipicu gempa M 9,1 di kedalaman 30 km; gelombang setinggi "
     "hingga 30 meter menewaskan lebih dari 165.000 orang di Indonesia.",
     [M("26 Desember 2004", 2004, "date"), M("M 9,1", 9.1, "other", "magnitude"),
      M("30 km", 30, "quantity", "km"), M("30 meter", 30, "quantity", "m"),
      M("165.000", 165000, "count")]),
    ("Banjir bandang Lebak, 1 Januari 2020: 9 orang meninggal, 1.310 rumah rusak berat, dan "
     "lebih kurang 5-6 ribu jiwa mengungsi selama dua-tiga hari.",
     [M("1 Januari 2020", 2020, "date"), M("9", 9, "count"), M("1.310", 1310, "count"),
      R("5-6 ribu", 5000, 6000, None, K), R("dua-tiga hari", 2, 3, "day")]),
    # ---- hajj and religious statistics
    ("Kuota haji Indonesia 1445 H/2024 M sebanyak 221.000 jemaah ditambah 20.000 kuota tambahan; "
     "BPIH rata-rata Rp 93,4 juta, dari jumlah itu jemaah membayar Rp 56 juta.",
     [M("1445", 1445, "year"), M("2024", 2024, "year"), M("221.000", 221000, "count"),
      M("20.000", 20000, "count"), M("Rp 93,4 juta", 93.4 * MLN, "money", "IDR", MLN),
      M("Rp 56 juta", 56 * MLN, "money", "IDR", MLN)]),
    ("Jemaah kloter 27 embarkasi Solo diberangkatkan pada 2 Juni pukul 21.40 WIB; masa tunggu "
     "haji reguler di Kabupaten Bantaeng kini mencapai 47 tahun.",
     [M("27", 27, "identifier"), M("2 Juni", None, "date"), M("21.40", 21 + 40 / 60, "other"),
      M("47 tahun", 47, "quantity", "year")]),
    ("Pemerintah menetapkan 1 Ramadan 1445 H jatuh pada Selasa, 12 Maret 2024, sedangkan 1 "
     "Syawal 1445 H diperkirakan 10 April 2024.",
     [M("1 Ramadan 1445", 1445, "date"), M("12 Maret 2024", 2024, "date"),
      M("1 Syawal 1445", 1445, "date"), M("10 April 2024", 2024, "date")]),
    ("Puasa Asyura dianjurkan pada 10 Muharam, disertai puasa Tasua tanggal 9; zakat fitrah "
     "ditetapkan 2,5 kg beras atau Rp 45.000 per jiwa.",
     [M("10 Muharam", None, "date"), M("9", None, "date"), M("2,5 kg", 2.5, "quantity", "kg"),
      M("Rp 45.000", 45000, "money", "IDR")]),
    ("Menurut data Kemenag 2022, terdapat 296.797 masjid dan 39.043 pondok pesantren dengan "
     "sekitar 4,37 juta santri; 87,02 persen penduduk beragama Islam.",
     [M("2022", 2022, "year"), M("296.797", 296797, "count"), M("39.043", 39043, "count"),
      M("4,37 juta", 4.37 * MLN, "count", None, MLN), M("87,02 persen", 87.02, "percent", "%")]),
    ("Pada 1927 tercatat 52.412 jemaah haji dari Hindia Belanda, jumlah tertinggi sebelum "
     "Perang Dunia II; ongkos kapal pulang-pergi f 550.",
     [M("1927", 1927, "year"), M("52.412", 52412, "count"), M("II", 2, "ordinal"),
      M("f 550", 550, "money", "NLG")]),
]
ID += [
    # ---- regional election commission
    ("KPU Kabupaten Klaten menetapkan DPT Pilkada 2020 sebanyak 939.015 pemilih di 2.412 TPS; "
     "partisipasi pemilih 78,3 persen, naik 4,1 poin persentase dari 2015.",
     [M("2020", 2020, "year"), M("939.015", 939015, "count"), M("2.412", 2412, "count"),
      M("78,3 persen", 78.3, "percent", "%"), M("4,1 poin persentase", 4.1, "percent", "%"),
      M("2015", 2015, "year")]),
    ("Rekapitulasi KPU Provinsi: pasangan nomor urut 1 memperoleh 2.145.609 suara (52,87%), nomor "
     "urut 2 memperoleh 1.912.450 suara (47,13%). Suara sah 4.058.059, tidak sah 61.204.",
     [M("1", 1, "identifier"), M("2.145.609", 2145609, "count"),
      M("52,87%", 52.87, "percent", "%"), M("2", 2, "identifier"),
      M("1.912.450", 1912450, "count"), M("47,13%", 47.13, "percent", "%"),
      M("4.058.059", 4058059, "count"), M("61.204", 61204, "count")]),
    ("Di TPS 012 Kelurahan Pandean dilakukan pemungutan suara ulang pada Sabtu (24/2) karena 3 "
     "pemilih dari luar DPT ikut mencoblos.",
     [M("012", 12, "identifier"), M("24/2", None, "date"), M("3", 3, "count")]),
    ("Dapil Jateng V (Solo, Sukoharjo, Klaten, Boyolali) memperebutkan 8 kursi DPR; Bawaslu "
     "menerima 17 laporan pelanggaran selama masa kampanye 75 hari.",
     [M("V", 5, "identifier"), M("8", 8, "count"), M("17", 17, "count"),
      M("75 hari", 75, "quantity", "day")]),
    ("Pada Pemilu 1955 PNI meraih 22,3% suara, Masyumi 20,9%, NU 18,4% dan PKI 16,4%; "
     "di Jawa Timur saja PKI mendapat lebih dari 2,2 juta suara.",
     [M("1955", 1955, "year"), M("22,3%", 22.3, "percent", "%"), M("20,9%", 20.9, "percent", "%"),
      M("18,4%", 18.4, "percent", "%"), M("16,4%", 16.4, "percent", "%"),
      M("2,2 juta", 2.2 * MLN, "count", None, MLN)]),
    # ---- district budgets
    ("Rancangan APBD Kabupaten Gunungkidul Tahun Anggaran 2025: pendapatan daerah Rp 2,03 "
     "triliun, belanja daerah Rp 2,11 triliun, defisit Rp 80,5 miliar ditutup SiLPA.",
     [M("2025", 2025, "year"), M("Rp 2,03 triliun", 2.03 * TRLN, "money", "IDR", TRLN),
      M("Rp 2,11 triliun", 2.11 * TRLN, "money", "IDR", TRLN),
      M("Rp 80,5 miliar", 80.5 * MLRD, "money", "IDR", MLRD)]),
    ("Pendapatan asli daerah Kota Surakarta naik dari Rp 512 miliar menjadi Rp 587 miliar, "
     "sementara dana transfer turun 3,2 persen. Belanja pegawai diatur paling tinggi 30% dari "
     "total belanja.",
     [R("Rp 512 miliar menjadi Rp 587 miliar", 512 * MLRD, 587 * MLRD, "IDR", MLRD),
      M("3,2 persen", 3.2, "percent", "%"), M("30%", 30, "percent", "%")]),
    ("Lampiran III Perda Nomor 8 Tahun 2023: belanja hibah Rp 14.750.000.000,00 dan bantuan "
     "keuangan kepada 144 desa masing-masing Rp 150 juta.",
     [M("III", 3, "identifier"), M("Nomor 8", 8, "identifier"), M("2023", 2023, "year"),
      M("Rp 14.750.000.000,00", 14750000000, "money", "IDR"), M("144", 144, "count"),
      M("Rp 150 juta", 150 * MLN, "money", "IDR", MLN)]),
    ("Realisasi APBD Kabupaten Sumba Timur hingga triwulan III baru 54,6%, di bawah rata-rata "
     "nasional 61,2%; serapan belanja modal hanya sepertiga dari pagu Rp 318 M.",
     [M("III", 3, "ordinal"), M("54,6%", 54.6, "percent", "%"), M("61,2%", 61.2, "percent", "%"),
      M("sepertiga", 1 / 3, "other"), M("Rp 318 M", 318 * MLRD, "money", "IDR", MLRD)]),
    # ---- health bulletins
    ("Dinkes Provinsi melaporkan 12.483 kasus DBD sepanjang 2024 dengan incidence rate 45,3 per "
     "100.000 penduduk dan 96 kematian (CFR 0,77%).",
     [M("12.483", 12483, "count"), M("2024", 2024, "year"), M("45,3", 45.3, "count"),
      M("100.000", 100000, "count"), M("96", 96, "count"), M("0,77%", 0.77, "percent", "%")]),
    ("Angka kematian ibu (AKI) di Indonesia menurut Long Form SP2020 sebesar 189 per 100.000 "
     "kelahiran hidup; prevalensi stunting turun dari 24,4% (2021) menjadi 21,6% (2022).",
     [M("2020", 2020, "year", glued=True), M("189", 189, "count"), M("100.000", 100000, "count"),
      M("24,4%", 24.4, "percent", "%"), M("2021", 2021, "year"), M("21,6%", 21.6, "percent", "%"),
      M("2022", 2022, "year")]),
    ("Epidemi kolera 1910–1911 di Jawa merenggut lebih dari 65.000 nyawa; di Batavia saja "
     "tercatat 1.800 penderita dalam 6 minggu.",
     [R("1910–1911", 1910, 1911), M("65.000", 65000, "count"), M("1.800", 1800, "count"),
      M("6 minggu", 6, "quantity", "week")]),
    ("Cakupan imunisasi dasar lengkap baru 63,17 persen pada 2023, padahal targetnya 90 persen; "
     "sebanyak 1,7 juta anak usia 0–11 bulan belum diimunisasi.",
     [M("63,17 persen", 63.17, "percent", "%"), M("2023", 2023, "year"),
      M("90 persen", 90, "percent", "%"), M("1,7 juta", 1.7 * MLN, "count", None, MLN),
      R("0–11 bulan", 0, 11, "month")]),
    ("Puskesmas Kalibawang buka Senin–Kamis pukul 07.30–14.00, Jumat sampai 11.00. Layanan gawat "
     "darurat 24 jam di nomor (0274) 7498231.",
     [R("07.30–14.00", 7.5, 14), M("11.00", 11, "other"), M("24 jam", 24, "quantity", "hour"),
      M("(0274) 7498231", None, "identifier")]),
    # ---- education statistics
    ("APK SMA/SMK/MA di Papua Pegunungan pada 2023 hanya 71,2 persen dan APM 52,8 persen, "
     "sedangkan rasio guru-murid SD 1:16 secara nasional.",
     [M("2023", 2023, "year"), M("71,2 persen", 71.2, "percent", "%"),
      M("52,8 persen", 52.8, "percent", "%"), M("1:16", None, "other")]),
    ("Tahun ajaran 2024/2025 tercatat 24,0 juta siswa SD di 148.975 sekolah, diajar oleh 1,46 "
     "juta guru; 12,3% guru belum berkualifikasi S1.",
     [R("2024/2025", 2024, 2025), M("24,0 juta", 24 * MLN, "count", None, MLN),
      M("148.975", 148975, "count"), M("1,46 juta", 1.46 * MLN, "count", None, MLN),
      M("12,3%", 12.3, "percent", "%"), M("1", 1, "other", glued=True)]),
    ("Pada 1940 hanya 2.400 orang Indonesia bersekolah di HBS dan AMS, dan sekitar 637 orang "
     "kuliah di perguruan tinggi; angka melek huruf kurang dari 7 persen.",
     [M("1940", 1940, "year"), M("2.400", 2400, "count"), M("637", 637, "count"),
      M("7 persen", 7, "percent", "%")]),
    ("Nilai rata-rata UTBK SNBT 2024 program saintek 612,4; kuota KIP Kuliah mencapai 200.000 "
     "mahasiswa dengan bantuan biaya hidup Rp 700 ribu hingga Rp 1,4 juta per bulan.",
     [M("2024", 2024, "year"), M("612,4", 612.4, "other"), M("200.000", 200000, "count"),
      R("Rp 700 ribu hingga Rp 1,4 juta", 700 * K, 1.4 * MLN, "IDR", MLN)]),
    # ---- e-commerce and fintech
    ("GMV ekonomi digital Indonesia 2023 diperkirakan US$ 82 miliar, 62% di antaranya dari "
     "e-commerce; nilainya diproyeksikan menembus US$ 210–360 miliar pada 2030.",
     [M("2023", 2023, "year"), M("US$ 82 miliar", 82 * MLRD, "money", "USD", MLRD),
      M("62%", 62, "percent", "%"), R("US$ 210–360 miliar", 210 * MLRD, 360 * MLRD, "USD", MLRD),
      M("2030", 2030, "year")]),
    ("Aplikasi dompet digital itu mengklaim 65 juta pengguna terdaftar dan 2,1 miliar transaksi "
     "per tahun; penyaluran pinjaman daring (fintech lending) per Desember 2024 mencapai Rp "
     "77,02 triliun dengan TWP90 2,6%.",
     [M("65 juta", 65 * MLN, "count", None, MLN),
      M("2,1 miliar", 2.1 * MLRD, "count", None, MLRD), M("Desember 2024", 2024, "date"),
      M("Rp 77,02 triliun", 77.02 * TRLN, "money", "IDR", TRLN),
      M("90", 90, "other", glued=True), M("2,6%", 2.6, "percent", "%")]),
    ("Flash sale 9.9 mulai pukul 00.00! Diskon hingga 90% + gratis ongkir min. belanja Rp50rb, "
     "kuota terbatas 1.000 voucher.",
     [M("9.9", None, "date"), M("00.00", 0, "other"), M("90%", 90, "percent", "%"),
      M("Rp50rb", 50 * K, "money", "IDR", K), M("1.000", 1000, "count")]),
    ("Saham startup teknologi itu anjlok 7,8% pada hari pertama perdagangan dari harga IPO Rp 338 "
     "per lembar; kapitalisasi pasarnya menyusut Rp 2,1 T dalam sehari.",
     [M("7,8%", 7.8, "percent", "%"), M("Rp 338", 338, "money", "IDR"),
      M("Rp 2,1 T", 2.1 * TRLN, "money", "IDR", TRLN)]),
    ("OJK mencatat 97 penyelenggara fintech P2P berizin per Juli 2024, turun dari 164 pada "
     "puncaknya; batas bunga harian diturunkan menjadi 0,3%.",
     [M("97", 97, "count"), M("Juli 2024", 2024, "date"), M("164", 164, "count"),
      M("0,3%", 0.3, "percent", "%")]),
]
ID += [
    # ---- sports
    ("Persib menang 2-1 atas Persija di Stadion Si Jalak Harupat; gol penentu dicetak pada menit "
     "ke-90+3 setelah tertinggal sejak menit ke-17.",
     [M("2-1", None, "other"), M("ke-90", 90, "ordinal"), M("+3", 3, "other"),
      M("ke-17", 17, "ordinal")]),
    ("Rudy Hartono menjuarai All England delapan kali, tujuh di antaranya berturut-turut dari "
     "1968 hingga 1974.",
     [M("delapan kali", 8, "other", "times"), M("tujuh", 7, "count"),
      R("1968 hingga 1974", 1968, 1974)]),
    ("Pada Asian Games 2018 di Jakarta-Palembang Indonesia meraih 31 emas, 24 perak dan 43 "
     "perunggu, menempati peringkat ke-4.",
     [M("2018", 2018, "year"), M("31", 31, "count"), M("24", 24, "count"), M("43", 43, "count"),
      M("ke-4", 4, "ordinal")]),
    ("Lalu Muhammad Zohri mencatat 10,18 detik di nomor 100 meter putra, unggul 0,05 detik dari "
     "pelari Jepang.",
     [M("10,18 detik", 10.18, "quantity", "second"), M("100 meter", 100, "quantity", "m"),
      M("0,05 detik", 0.05, "quantity", "second")]),
    ("Final Piala AFF leg kedua: Indonesia kalah 0-1 di Bangkok setelah menang (1-0) di kandang; "
     "laga diperpanjang 2 x 15 menit.",
     [M("0-1", None, "other"), M("1-0", None, "other"), M("2", 2, "count"),
      M("15 menit", 15, "quantity", "minute")]),
    # ---- bus and train schedules
    ("KA 112 Argo Semeru berangkat dari Gambir pukul 07.15 WIB dan tiba di Surabaya Gubeng pukul "
     "17.35 WIB; waktu tempuh 10 jam 20 menit untuk jarak 718 km.",
     [M("112", 112, "identifier"), M("07.15", 7.25, "other"), M("17.35", 17 + 35 / 60, "other"),
      M("10 jam", 10, "quantity", "hour"), M("20 menit", 20, "quantity", "minute"),
      M("718 km", 718, "quantity", "km")]),
    ("Bus Transjakarta koridor 13 beroperasi pukul 05.00–22.00 dengan jarak antarbus 5–10 menit; "
     "tarif tetap Rp 3.500, khusus pukul 05.00–07.00 hanya Rp 2.000.",
     [M("13", 13, "identifier"), R("05.00–22.00", 5, 22), R("5–10 menit", 5, 10, "minute"),
      M("Rp 3.500", 3500, "money", "IDR"), R("05.00–07.00", 5, 7),
      M("Rp 2.000", 2000, "money", "IDR")]),
    ("Jadwal Staatsspoorwegen 1929: kereta malam Batavia–Soerabaja berangkat 18.30, tiba esok "
     "hari 07.10; tiket kelas I f 42,-, kelas III f 7,50.",
     [M("1929", 1929, "year"), M("18.30", 18.5, "other"), M("07.10", 7 + 10 / 60, "other"),
      M("I", 1, "identifier"), M("f 42,-", 42, "money", "NLG"), M("III", 3, "identifier"),
      M("f 7,50", 7.5, "money", "NLG")]),
    ("Mudik Lebaran 2024: PT KAI menyediakan 3,3 juta tempat duduk selama 22 hari masa angkutan, "
     "H-10 hingga H+10; okupansi rata-rata 96,5 persen.",
     [M("2024", 2024, "year"), M("3,3 juta", 3.3 * MLN, "count", None, MLN),
      M("22 hari", 22, "quantity", "day"), M("10", 10, "other", glued=True),
      M("10", 10, "other", glued=True), M("96,5 persen", 96.5, "percent", "%")]),
    ("Bus malam PO Rosalia Indah jurusan Solo–Denpasar berangkat pukul 13.00 dan menempuh kira-"
     "kira 14 jam; informasi di (0271) 592010 atau WA 0811-2601-777.",
     [M("13.00", 13, "other"), M("14 jam", 14, "quantity", "hour"),
      M("(0271) 592010", None, "identifier"), M("0811-2601-777", None, "identifier")]),
    # ---- academic prose with citations and footnotes
    ("Ricklefs menyebut krisis abad ke-17 sebagai titik balik bagi Mataram.³ Lihat M.C. Ricklefs, "
     "Sejarah Indonesia Modern 1200–2008 (Jakarta, 2008), hlm. 98–101.",
     [M("ke-17", 17, "ordinal"), M("³", 3, "reference"), R("1200–2008", 1200, 2008),
      M("2008", 2008, "reference"), M("98–101", 98, "reference", range_end=101)]),
    ("Kartodirdjo, Pengantar Sejarah Indonesia Baru, Jilid II (Jakarta: Gramedia, 1990), hlm. "
     "45; bandingkan juga catatan kaki [12] dan [13].",
     [M("II", 2, "reference"), M("1990", 1990, "reference"), M("45", 45, "reference"),
      M("12", 12, "reference"), M("13", 13, "reference")]),
    ("Menurut Elson (1994: 212), produksi gula meningkat tiga kali lipat antara 1870 dan pergantian "
     "abad.14 Angka itu diperdebatkan oleh Knight (2014, hlm. 77).",
     [M("1994", 1994, "reference"), M("212", 212, "reference"),
      M("tiga kali lipat", 3, "other", "times"), M("1870", 1870, "year"),
      M("14", 14, "reference", glued=True),
      M("2014", 2014, "reference"), M("77", 77, "reference")]),
    ("Naskah Serat Centhini (KITLV Or. 1021) terdiri atas 12 jilid dan lebih dari 200.000 baris "
     "tembang; bagian IV dikerjakan pada masa Pakubuwana V.",
     [M("1021", 1021, "identifier"), M("12", 12, "count"), M("200.000", 200000, "count"),
      M("IV", 4, "identifier"), M("V", 5, "ordinal")]),
    ("Pada abad XIX penduduk Jawa melonjak dari sekitar 4,5 juta (1800) menjadi 28,4 juta (1900), "
     "pertumbuhan yang oleh Boomgaard dinilai terlalu tinggi.",
     [M("XIX", 19, "ordinal"), M("4,5 juta", 4.5 * MLN, "count", None, MLN),
      M("1800", 1800, "year"), M("28,4 juta", 28.4 * MLN, "count", None, MLN),
      M("1900", 1900, "year")]),
    ("Pada tahun 60-an harga karet turun, dan sampai pertengahan 70-an seperempat kebun rakyat di "
     "Jambi ditelantarkan.",
     [M("60", 1960, "year"), M("70", 1970, "year"), M("seperempat", 0.25, "other")]),
    ("Suhu rata-rata di perkebunan kina Pangalengan 18,5°C, dengan curah hujan tahunan 2.500–3.000 "
     "mm; kadar kinin kulit mencapai 6 sampai 8 persen.",
     [M("18,5°C", 18.5, "quantity", "degC"), R("2.500–3.000 mm", 2500, 3000, "mm"),
      R("6 sampai 8 persen", 6, 8, "%")]),
    ("Neraca perdagangan Hindia Belanda 1925 surplus f 750 juta; ekspor naik dua kali lipat "
     "dibandingkan 1913, sementara impor naik hanya 1,4 kali.",
     [M("1925", 1925, "year"), M("f 750 juta", 750 * MLN, "money", "NLG", MLN),
      M("dua kali lipat", 2, "other", "times"), M("1913", 1913, "year"),
      M("1,4 kali", 1.4, "other", "times")]),
    ("Dalam survei 2019 sebanyak tiga perempat responden di Yogyakarta masih memakai kalender "
     "Jawa untuk menentukan hari baik, dan 1 dari 5 mengaku rutin berkonsultasi dengan dukun.",
     [M("2019", 2019, "year"), M("tiga perempat", 0.75, "other"), M("1", 1, "count"),
      M("5", 5, "count")]),
    ("Kementerian Kemakmoeran melaporkan pada tahoen 1947 beredar kira-kira 3 djoeta roepiah ORI "
     "di Keresidenan Kedoe; harga kain 4 meter naik lima kali lipat dalam 5 tahoen.",
     [M("1947", 1947, "year"), M("3 djoeta roepiah", 3 * MLN, "money", "IDR", MLN),
      M("4 meter", 4, "quantity", "m"), M("lima kali lipat", 5, "other", "times"),
      M("5 tahoen", 5, "quantity", "year")]),
    ("Para tahanan digiring dua-dua ke atas truk; berpuluh-puluh keluarga menunggu di halaman "
     "kantor CPM, dan setiap truk memuat tiga puluh orang serta seribu lima ratus kilogram "
     "perbekalan.",
     [M("tiga puluh", 30, "count"), M("seribu lima ratus kilogram", 1500, "quantity", "kg", K)]),
]
# fmt: on


def main() -> None:
    _bh.build_all({"id": ID}, "dev_id2", HERE)


if __name__ == "__main__":
    main()
