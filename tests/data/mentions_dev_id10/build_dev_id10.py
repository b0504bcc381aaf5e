"""Build the tenth Indonesian numeric-mention development set (``dev_id10_id.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_dev_id10/build_dev_id10.py

A **development** set: the Indonesian rules of ``analysis.mentions`` are tuned on it, so
its scores say nothing about generalisation (the held-out sets do that).  It is formal
and reference Indonesian text: encyclopedia articles on provinces, regencies, rivers,
mountains, species, chemical elements, ships, aircraft and sports clubs; KPU election
results; APBN and APBD budgets; regional regulations (Perda) and ministerial regulations;
BMKG earthquake reports; and Malaysian and Singaporean news written in Indonesian
(ringgit, Singapore dollars).  The passages were written for this set in the style of
those registers and annotated **blind**, from ``docs/numeric-mentions.md`` and the
decisions in the docstrings of ``tests/data/mentions_heldout/build_heldout.py``,
``mentions_heldout2``, ``mentions_heldout3`` and the ``tests/data/mentions_dev_*`` build
scripts, without reading the extractor's code and without running it on them.  Texts
are already normalised (plain spaces, no NBSP / thin spaces).  References: footnote markers ``[3]``, ``¹``
and an author-date citation ``(Suyanto, 2015: 47)``.

Each passage is ``(text, [mentions in text order])`` using the ``M`` / ``R`` helpers and
the ``annotate`` validator of ``tests/data/mentions_heldout/build_heldout.py`` (offsets are
found with ``str.find`` from the end of the previous mention, never typed).  The
validator's ``CURRENCIES`` set is extended in memory (not in that file) with ``MYR`` and
``SGD``.

Words that look numeric but are not mentions, left unannotated on purpose: ``pertama``,
``kedua``, ``salah satu``, ``satu-satunya``, ``ratusan``, ``puluhan``, ``setiap``.

Decisions taken here where the spec and the earlier docstrings are silent, each with the
example that settled it:

* **Malaysian and Singaporean money**: ``RM`` before the digits is inside the span and
  is ``MYR`` (``RM421 miliar``), ``ringgit`` after the amount is
  taken whole (``12 juta ringgit``); ``S$`` before the digits and ``dolar Singapura``
  after the amount are ``SGD`` (``S$143,1 miliar``, ``800 dolar Singapura``); the country
  word belongs to the currency, like ``dolar AS``.
* **An element's atomic number** ``nomor atom 26`` is an ``identifier`` with the digits
  only (it names the element's place in the table); a relative atomic mass
  ``massa atom relatif 55,845`` is a value on a scale, ``other``; ``golongan 8`` and
  ``periode 4`` are ``identifier``.
* **A warship's hull number** ``KRI Nanggala-402`` is an ``identifier`` with the digits
  only (a number attached by hyphen to a name, like ``Expo-2017``: the name outside).
* **A gold purity** ``emas 24 karat`` is a value on a scale, ``other`` with the unit word
  inside (unit ``karat``); a gross tonnage ``14.665 GT`` is a quantity in ``GRT``.
* **Aircraft designations with letters** (``N219``, ``CN-235``) are one ``identifier``
  each, value the main integer, like ``A325`` and ``Cessna 208``; the seat count is a count.
* **A club's league and titles**: ``Liga 1`` keeps ``other`` (a name's number, as in
  dev_id8/9); stadium capacity ``38.000 penonton`` is a ``count``; ``4 kali menjuarai``
  is a multiplier of repetition, ``other`` in ``times`` (round 2: "three times" of
  repetition), like ``12 kali aktivitas gempa susulan``; seasons ``2008–09`` are ranges.
* **A name containing a number word** ``Tujuh Puncak Dunia`` (Seven Summits) is ``other``
  7, like ``Bintang Lima``.
* **Volcanic Explosivity Index** ``VEI 7`` is a value on a scale, ``other``.
* **A ballot number after ``nomor urut``** is an ``identifier`` (dev_id), so is a polling
  station ``TPS 014`` (value 14, the leading zero inside).
* **An exchange rate without a currency word on the figure** (``ke level 4,72 per dolar
  AS``) is a value on a scale, ``other``, like ``IHSG ke level``; with ``Rp`` before it
  (``Rp16.000 per dolar AS``) it is money, ``per dolar AS`` outside.
* **A penalty or interval repeated in words in brackets** (``3 (tiga) bulan``, ``1 (satu)
  kali``) gives two mentions, the word alone in the second span, both with the unit
  after the bracket (as ``5 (lima) tahun`` in an earlier set).
* **A Perda fine repeated in words** ``Rp50.000.000,00 (lima puluh juta rupiah)`` gives
  two money mentions, as ``Perpres Nomor 12`` in an earlier set.
* **Coordinates in prose BMKG reports** ``6,85 LS`` and ``107,94 BT`` are ``quantity`` in
  ``deg`` with the hemisphere letters inside (like ``6.84 LS``); ``III MMI`` is ``other``
  with the unit word inside, unit ``MMI``.
* **Unit codes** used: ``km``, ``km2``, ``m``, ``cm``, ``kg``, ``t``,
  ``m2``, ``m3/s``, ``1/km2``, ``g/cm3``, ``mg/l``, ``degC``, ``kn``, ``km/h``, ``hp``,
  ``cc``, ``GRT``, ``head``, ``karat``, ``minute``, ``hour``, ``day``, ``week``, ``month``,
  ``year``, ``deg``, ``magnitude``, ``MMI``, ``times``, ``%``.
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
_bh.CURRENCIES.update({"MYR", "SGD"})

M, R = _bh.M, _bh.R
K, MLN, MLRD, TRLN = 1000, 1_000_000, 1_000_000_000, 1_000_000_000_000


def hm(h: int, m: int = 0, s: int = 0) -> float:
    """A clock time in hours."""
    return h + m / 60 + s / 3600


# fmt: off
# ============================================================================ id
ID = [
    # ---- encyclopedia: provinces
    ("Kalimantan Utara adalah provinsi ke-34 di Indonesia yang dibentuk pada 25 Oktober 2012 "
     "berdasarkan Undang-Undang Nomor 20 Tahun 2012. Luas wilayahnya 70.650,76 km² dan terdiri "
     "atas 4 kabupaten dan 1 kota.",
     [M("ke-34", 34, "ordinal"), M("25 Oktober 2012", 2012, "date"), M("Nomor 20", 20, "identifier"),
      M("2012", 2012, "year"), M("70.650,76 km²", 70650.76, "quantity", "km2"),
      M("4", 4, "count"), M("1", 1, "count")]),
    ("Menurut sensus penduduk 2020, jumlah penduduk Provinsi Nusa Tenggara Timur mencapai "
     "5.325.566 jiwa dengan kepadatan 109 jiwa/km². Provinsi ini memiliki sekitar 1.192 pulau, "
     "namun hanya 432 di antaranya yang berpenghuni.",
     [M("2020", 2020, "year"), M("5.325.566", 5325566, "count"),
      M("109 jiwa/km²", 109, "quantity", "1/km2"), M("1.192", 1192, "count"), M("432", 432, "count")]),
    ("Provinsi Gorontalo dibentuk pada tahun 2000 sebagai pemekaran dari Sulawesi Utara. "
     "Ibu kotanya, Kota Gorontalo, terletak sekitar 0°32′ LU dan beriklim tropis dengan suhu "
     "rata-rata 26–32 °C.",
     [M("2000", 2000, "year"), M("0°32′ LU", 32 / 60, "quantity", "deg"),
      R("26–32 °C", 26, 32, "degC")]),
    # ---- encyclopedia: regencies
    ("Kabupaten Banyuwangi merupakan kabupaten terluas di Pulau Jawa dengan luas 5.782,50 km². "
     "Secara administratif kabupaten ini terbagi atas 25 kecamatan, 189 desa dan 28 kelurahan; "
     "hari jadinya diperingati setiap 18 Desember sejak 1771.",
     [M("5.782,50 km²", 5782.5, "quantity", "km2"), M("25", 25, "count"), M("189", 189, "count"),
      M("28", 28, "count"), M("18 Desember", None, "date"), M("1771", 1771, "year")]),
    ("Kabupaten Pegunungan Arfak dibentuk melalui UU No. 24 Tahun 2012 dan beribu kota di "
     "Anggi, pada ketinggian sekitar 1.900 mdpl. Pada 2022 penduduknya tercatat 39.856 jiwa.",
     [M("No. 24", 24, "identifier"), M("2012", 2012, "year"), M("1.900 mdpl", 1900, "quantity", "m"),
      M("2022", 2022, "year"), M("39.856", 39856, "count")]),
    ("Kabupaten Sleman berada di ketinggian antara 100 sampai 2.500 meter di atas permukaan "
     "laut. Sekitar sepertiga wilayahnya berupa lahan sawah, dengan produksi padi 2023 mencapai "
     "276.000 ton gabah kering giling.",
     [R("100 sampai 2.500 meter", 100, 2500, "m"), M("sepertiga", 1 / 3, "other"),
      M("2023", 2023, "year"), M("276.000 ton", 276000, "quantity", "t")]),
    # ---- encyclopedia: rivers
    ("Sungai Kapuas adalah sungai terpanjang di Indonesia dengan panjang 1.143 km. Daerah aliran "
     "sungainya mencakup sekitar 98.749 km², dan debit rata-ratanya di muara diperkirakan "
     "6.000 m³/detik.[2] Pada abad ke-19 sungai ini menjadi jalur utama perdagangan karet.",
     [M("1.143 km", 1143, "quantity", "km"), M("98.749 km²", 98749, "quantity", "km2"),
      M("6.000 m³/detik", 6000, "quantity", "m3/s"), M("2", 2, "reference"),
      M("ke-19", 19, "ordinal")]),
    ("Bengawan Solo mengalir sepanjang kurang lebih 600 km melintasi dua provinsi, Jawa Tengah dan "
     "Jawa Timur. Banjir besar tahun 1966 merendam kota Surakarta hingga setinggi 2 meter.",
     [M("600 km", 600, "quantity", "km"), M("dua", 2, "count"), M("1966", 1966, "year"),
      M("2 meter", 2, "quantity", "m")]),
    ("Sungai Mahakam memiliki lebar 300–500 meter di bagian hilir dan dapat dilayari kapal "
     "berukuran hingga 1.000 ton sampai Long Iram, sekitar 400 km dari Samarinda.",
     [R("300–500 meter", 300, 500, "m"), M("1.000 ton", 1000, "quantity", "t"),
      M("400 km", 400, "quantity", "km")]),
    # ---- encyclopedia: mountains
    ("Gunung Tambora (2.850 mdpl) meletus hebat pada 10–11 April 1815. Letusan berskala VEI 7 itu "
     "menewaskan sedikitnya 71.000 orang dan memangkas tinggi gunung dari sekitar 4.300 m.",
     [M("2.850 mdpl", 2850, "quantity", "m"), M("10–11 April 1815", 1815, "date"),
      M("7", 7, "other"), M("71.000", 71000, "count"), M("4.300 m", 4300, "quantity", "m")]),
    ("Gunung Semeru merupakan gunung tertinggi di Pulau Jawa dengan puncak Mahameru setinggi "
     "3.676 meter.[3] Kawahnya, Jonggring Saloko, mengeluarkan letusan setiap 15–30 menit.[4]",
     [M("3.676 meter", 3676, "quantity", "m"), M("3", 3, "reference"),
      R("15–30 menit", 15, 30, "minute"), M("4", 4, "reference")]),
    ("Puncak Jaya di Pegunungan Sudirman, dengan ketinggian 4.884 m, adalah salah satu dari Tujuh "
     "Puncak Dunia. Luas gletsernya menyusut dari 19,3 km² pada 1850 menjadi kurang dari 1 km².",
     [M("4.884 m", 4884, "quantity", "m"), M("Tujuh", 7, "other"),
      M("19,3 km²", 19.3, "quantity", "km2"), M("1850", 1850, "year"), M("1 km²", 1, "quantity", "km2")]),
    # ---- encyclopedia: species
    ("Komodo (Varanus komodoensis) dapat tumbuh hingga panjang 3 meter dan berat 70 kg. Populasinya "
     "di alam liar diperkirakan sekitar 3.000 ekor, tersebar di lima pulau di Nusa Tenggara Timur.",
     [M("3 meter", 3, "quantity", "m"), M("70 kg", 70, "quantity", "kg"),
      M("3.000 ekor", 3000, "quantity", "head"), M("lima", 5, "count")]),
    ("Orangutan tapanuli dideskripsikan sebagai spesies baru pada tahun 2017. Jumlahnya kurang dari "
     "800 individu yang hidup di hutan Batang Toru seluas sekitar 1.100 km².[12]",
     [M("2017", 2017, "year"), M("800", 800, "count"), M("1.100 km²", 1100, "quantity", "km2"),
      M("12", 12, "reference")]),
    ("Rafflesia arnoldii memiliki bunga berdiameter hingga 100 cm dengan berat mencapai 11 kg. "
     "Bunganya hanya mekar selama 5–7 hari sebelum layu.",
     [M("100 cm", 100, "quantity", "cm"), M("11 kg", 11, "quantity", "kg"),
      R("5–7 hari", 5, 7, "day")]),
    ("Jalak bali (Leucopsar rothschildi) berukuran sekitar 25 cm. Pada tahun 2001 populasinya di "
     "Taman Nasional Bali Barat tinggal 6 ekor, tetapi pada 2023 meningkat menjadi lebih dari 500 ekor.",
     [M("25 cm", 25, "quantity", "cm"), M("2001", 2001, "year"), M("6 ekor", 6, "quantity", "head"),
      M("2023", 2023, "year"), M("500 ekor", 500, "quantity", "head")]),
    # ---- encyclopedia: chemical elements
    ("Besi adalah unsur kimia dengan lambang Fe dan nomor atom 26. Besi termasuk logam transisi "
     "golongan 8 periode 4, memiliki massa atom relatif 55,845 dan titik lebur 1.538 °C.",
     [M("26", 26, "identifier"), M("8", 8, "identifier"), M("4", 4, "identifier"),
      M("55,845", 55.845, "other"), M("1.538 °C", 1538, "quantity", "degC")]),
    ("Emas (Au) memiliki massa jenis 19,3 g/cm³ dan titik didih 2.856 °C. Kadar emas perhiasan "
     "dinyatakan dalam karat; emas 24 karat mengandung 99,9 persen emas murni.",
     [M("19,3 g/cm³", 19.3, "quantity", "g/cm3"), M("2.856 °C", 2856, "quantity", "degC"),
      M("24 karat", 24, "other", "karat"), M("99,9 persen", 99.9, "percent", "%")]),
    # ---- encyclopedia: ships
    ("KRI Nanggala-402 adalah kapal selam kelas Cakra buatan Howaldtswerke, Jerman Barat, yang "
     "masuk dinas TNI AL pada 21 Oktober 1981. Kapal sepanjang 59,5 meter ini tenggelam di perairan "
     "utara Bali pada 21 April 2021 dengan 53 awak.",
     [M("402", 402, "identifier"), M("21 Oktober 1981", 1981, "date"),
      M("59,5 meter", 59.5, "quantity", "m"), M("21 April 2021", 2021, "date"), M("53", 53, "count")]),
    ("KM Kelud adalah kapal penumpang milik PT Pelni berbobot 14.665 GT dengan kapasitas 2.170 "
     "penumpang. Kecepatan maksimumnya 22,5 knot.",
     [M("14.665 GT", 14665, "quantity", "GRT"), M("2.170", 2170, "count"),
      M("22,5 knot", 22.5, "quantity", "kn")]),
    ("Kapal Layar Motor Bima Suci dibangun di Vigo, Spanyol, dan diluncurkan pada 2017. Kapal latih "
     "ini memiliki panjang 111,2 m, tiga tiang, dan 26 layar dengan luas total 3.350 m².",
     [M("2017", 2017, "year"), M("111,2 m", 111.2, "quantity", "m"), M("tiga", 3, "count"),
      M("26", 26, "count"), M("3.350 m²", 3350, "quantity", "m2")]),
    # ---- encyclopedia: aircraft
    ("N219 adalah pesawat angkut ringan bermesin ganda yang dikembangkan PT Dirgantara Indonesia "
     "dan terbang perdana pada 16 Agustus 2017. Pesawat ini mampu membawa 19 penumpang dan lepas "
     "landas di landasan sepanjang 465 meter.",
     [M("N219", 219, "identifier"), M("16 Agustus 2017", 2017, "date"), M("19", 19, "count"),
      M("465 meter", 465, "quantity", "m")]),
    ("CN-235 memiliki dua mesin turboprop General Electric CT7-9C berdaya 1.750 shp masing-masing, "
     "kecepatan jelajah 460 km/jam dan jangkauan hingga 4.355 km.",
     [M("CN-235", 235, "identifier"), M("dua", 2, "count"), M("CT7-9C", None, "identifier"),
      M("1.750 shp", 1750, "quantity", "hp"), M("460 km/jam", 460, "quantity", "km/h"),
      M("4.355 km", 4355, "quantity", "km")]),
    # ---- encyclopedia: sports clubs
    ("Persib Bandung adalah klub sepak bola yang didirikan pada 14 Maret 1933. Klub ini bermarkas "
     "di Stadion Gelora Bandung Lautan Api berkapasitas 38.000 penonton dan menjuarai Liga 1 "
     "musim 2023/24.",
     [M("14 Maret 1933", 1933, "date"), M("38.000", 38000, "count"), M("1", 1, "other"),
      R("2023/24", 2023, 2024)]),
    ("Persipura Jayapura telah 4 kali menjuarai Liga Super Indonesia, yakni pada musim 2008–09, "
     "2010–11, 2012–13 dan 2013. Pada Piala AFC 2014 mereka melaju hingga semifinal.",
     [M("4 kali", 4, "other", "times"), R("2008–09", 2008, 2009), R("2010–11", 2010, 2011),
      R("2012–13", 2012, 2013), M("2013", 2013, "year"), M("2014", 2014, "year")]),
    # ---- KPU election results
    ("Berdasarkan Keputusan KPU Nomor 360 Tahun 2024, pasangan calon nomor urut 2 memperoleh "
     "96.214.691 suara atau 58,59 persen dari total suara sah nasional.",
     [M("Nomor 360", 360, "identifier"), M("2024", 2024, "year"), M("2", 2, "identifier"),
      M("96.214.691", 96214691, "count"), M("58,59 persen", 58.59, "percent", "%")]),
    ("Pasangan nomor urut 1 meraih 40.971.906 suara (24,95%), sedangkan pasangan nomor urut 3 "
     "memperoleh 27.040.878 suara (16,47%). Jumlah suara sah seluruhnya 164.227.475.",
     [M("1", 1, "identifier"), M("40.971.906", 40971906, "count"), M("24,95%", 24.95, "percent", "%"),
      M("3", 3, "identifier"), M("27.040.878", 27040878, "count"), M("16,47%", 16.47, "percent", "%"),
      M("164.227.475", 164227475, "count")]),
    ("Pada Pemilu Legislatif 2019, PDI Perjuangan memperoleh 27.053.961 suara (19,33%) dan 128 "
     "kursi DPR dari total 575 kursi. Ambang batas parlemen ditetapkan 4 persen.",
     [M("2019", 2019, "year"), M("27.053.961", 27053961, "count"), M("19,33%", 19.33, "percent", "%"),
      M("128", 128, "count"), M("575", 575, "count"), M("4 persen", 4, "percent", "%")]),
    ("Tingkat partisipasi pemilih di Dapil Jawa Barat III mencapai 81,78 persen. Di TPS 014 "
     "Kelurahan Cibogo tercatat 287 pemilih dari DPT sebanyak 300 orang.",
     [M("III", 3, "identifier"), M("81,78 persen", 81.78, "percent", "%"), M("014", 14, "identifier"),
      M("287", 287, "count"), M("300", 300, "count")]),
    ("KPU menetapkan jadwal pemungutan suara Pilkada serentak pada Rabu, 27 November 2024. "
     "Rekapitulasi di tingkat kabupaten/kota berlangsung 7–13 Desember 2024.",
     [M("27 November 2024", 2024, "date"), M("7–13 Desember 2024", 2024, "date")]),
    # ---- APBN
    ("Dalam APBN 2024, pendapatan negara ditargetkan Rp2.802,3 triliun dan belanja negara "
     "Rp3.325,1 triliun, sehingga defisit anggaran mencapai Rp522,8 triliun atau 2,29 persen "
     "terhadap PDB.",
     [M("2024", 2024, "year"), M("Rp2.802,3 triliun", 2802.3 * TRLN, "money", "IDR", TRLN),
      M("Rp3.325,1 triliun", 3325.1 * TRLN, "money", "IDR", TRLN),
      M("Rp522,8 triliun", 522.8 * TRLN, "money", "IDR", TRLN), M("2,29 persen", 2.29, "percent", "%")]),
    ("Asumsi dasar ekonomi makro APBN 2025: pertumbuhan ekonomi 5,2 persen, inflasi 2,5 persen, "
     "nilai tukar Rp16.000 per dolar AS, dan harga minyak mentah Indonesia 82 dolar AS per barel.",
     [M("2025", 2025, "year"), M("5,2 persen", 5.2, "percent", "%"), M("2,5 persen", 2.5, "percent", "%"),
      M("Rp16.000", 16000, "money", "IDR"), M("82 dolar AS", 82, "money", "USD")]),
    ("Anggaran pendidikan dalam APBN 2024 dialokasikan sebesar Rp665 triliun, memenuhi amanat "
     "konstitusi minimal 20 persen dari belanja negara. Sekitar Rp346,6 triliun di antaranya "
     "ditransfer ke daerah.",
     [M("2024", 2024, "year"), M("Rp665 triliun", 665 * TRLN, "money", "IDR", TRLN),
      M("20 persen", 20, "percent", "%"), M("Rp346,6 triliun", 346.6 * TRLN, "money", "IDR", TRLN)]),
    ("Realisasi penerimaan pajak hingga 31 Oktober 2024 mencapai Rp1.517,53 triliun atau 76,3% "
     "dari target, tumbuh 0,1% dibandingkan periode yang sama tahun sebelumnya.",
     [M("31 Oktober 2024", 2024, "date"), M("Rp1.517,53 triliun", 1517.53 * TRLN, "money", "IDR", TRLN),
      M("76,3%", 76.3, "percent", "%"), M("0,1%", 0.1, "percent", "%")]),
    # ---- APBD
    ("DPRD DKI Jakarta mengesahkan APBD 2024 sebesar Rp81,71 triliun. Belanja pegawai "
     "dianggarkan Rp20,5 triliun, sementara belanja modal naik 12 persen menjadi Rp12,3 triliun.",
     [M("2024", 2024, "year"), M("Rp81,71 triliun", 81.71 * TRLN, "money", "IDR", TRLN),
      M("Rp20,5 triliun", 20.5 * TRLN, "money", "IDR", TRLN), M("12 persen", 12, "percent", "%"),
      M("Rp12,3 triliun", 12.3 * TRLN, "money", "IDR", TRLN)]),
    ("Pendapatan asli daerah (PAD) Kabupaten Badung tahun anggaran 2023 terealisasi "
     "Rp5,87 triliun, melampaui target Rp4,9 triliun. Sekitar 85 persen PAD berasal dari pajak "
     "hotel dan restoran.",
     [M("2023", 2023, "year"), M("Rp5,87 triliun", 5.87 * TRLN, "money", "IDR", TRLN),
      M("Rp4,9 triliun", 4.9 * TRLN, "money", "IDR", TRLN), M("85 persen", 85, "percent", "%")]),
    ("Rancangan APBD Perubahan Kota Surabaya 2024 ditetapkan Rp11,1 triliun, bertambah "
     "Rp540 miliar dari APBD murni. Silpa tahun lalu tercatat Rp1,02 triliun.",
     [M("2024", 2024, "year"), M("Rp11,1 triliun", 11.1 * TRLN, "money", "IDR", TRLN),
      M("Rp540 miliar", 540 * MLRD, "money", "IDR", MLRD),
      M("Rp1,02 triliun", 1.02 * TRLN, "money", "IDR", TRLN)]),
    ("Dana desa untuk 416 desa di Kabupaten Bogor tahun 2024 sebesar Rp 451,2 miliar, atau "
     "rata-rata Rp 1,08 miliar per desa; paling sedikit 8 persen digunakan untuk penanganan "
     "stunting.",
     [M("416", 416, "count"), M("2024", 2024, "year"),
      M("Rp 451,2 miliar", 451.2 * MLRD, "money", "IDR", MLRD),
      M("Rp 1,08 miliar", 1.08 * MLRD, "money", "IDR", MLRD), M("8 persen", 8, "percent", "%")]),
    # ---- Perda
    ("Peraturan Daerah Kota Bandung Nomor 9 Tahun 2019 tentang Ketertiban Umum, Pasal 49 ayat (1), "
     "mengancam pelanggar dengan pidana kurungan paling lama 3 (tiga) bulan atau denda paling "
     "banyak Rp50.000.000,00 (lima puluh juta rupiah).",
     [M("Nomor 9", 9, "identifier"), M("2019", 2019, "year"), M("49", 49, "identifier"),
      M("1", 1, "identifier"), M("3", 3, "quantity", "month"), M("tiga", 3, "quantity", "month"),
      M("Rp50.000.000,00", 50 * MLN, "money", "IDR"),
      M("lima puluh juta rupiah", 50 * MLN, "money", "IDR", MLN)]),
    ("Pasal 7 Perda Provinsi Bali Nomor 5 Tahun 2020 menetapkan pungutan bagi wisatawan asing "
     "sebesar Rp150.000 per orang yang dibayarkan satu kali selama berada di Bali.",
     [M("7", 7, "identifier"), M("Nomor 5", 5, "identifier"), M("2020", 2020, "year"),
      M("Rp150.000", 150000, "money", "IDR"), M("satu kali", 1, "other", "times")]),
    ("Menurut Perda Kabupaten Sleman Nomor 13 Tahun 2021, bangunan di kawasan resapan air "
     "dibatasi koefisien dasar bangunan paling tinggi 40 persen dan ketinggian paling tinggi "
     "4 lantai atau 20 meter.",
     [M("Nomor 13", 13, "identifier"), M("2021", 2021, "year"), M("40 persen", 40, "percent", "%"),
      M("4", 4, "count"), M("20 meter", 20, "quantity", "m")]),
    ("Retribusi parkir tepi jalan umum sesuai Lampiran II Perda Nomor 1 Tahun 2024 ditetapkan "
     "Rp2.000 untuk sepeda motor dan Rp5.000 untuk mobil penumpang sekali parkir.",
     [M("II", 2, "identifier"), M("Nomor 1", 1, "identifier"), M("2024", 2024, "year"),
      M("Rp2.000", 2000, "money", "IDR"), M("Rp5.000", 5000, "money", "IDR")]),
    # ---- ministerial regulations
    ("Peraturan Menteri Ketenagakerjaan Nomor 16 Tahun 2024 menetapkan kenaikan upah minimum "
     "2025 sebesar 6,5 persen. Permenaker ini diundangkan pada 4 Desember 2024 dan berlaku "
     "mulai 1 Januari 2025.",
     [M("Nomor 16", 16, "identifier"), M("2024", 2024, "year"), M("2025", 2025, "year"),
      M("6,5 persen", 6.5, "percent", "%"), M("4 Desember 2024", 2024, "date"),
      M("1 Januari 2025", 2025, "date")]),
    ("Permenkes No. 2 Tahun 2023 mewajibkan pengujian kualitas air minum paling sedikit 1 (satu) "
     "kali dalam 6 (enam) bulan, dengan kadar arsen tidak melebihi 0,01 mg/l.",
     [M("No. 2", 2, "identifier"), M("2023", 2023, "year"), M("1", 1, "other", "times"),
      M("satu", 1, "other", "times"), M("6", 6, "quantity", "month"),
      M("enam", 6, "quantity", "month"), M("0,01 mg/l", 0.01, "quantity", "mg/l")]),
    ("Berdasarkan PMK Nomor 81 Tahun 2024, batas waktu penyetoran PPh Pasal 21 adalah tanggal 15 "
     "bulan berikutnya, sedangkan pelaporan SPT Masa paling lambat 20 hari setelah akhir masa pajak.",
     [M("Nomor 81", 81, "identifier"), M("2024", 2024, "year"), M("21", 21, "identifier"),
      M("15", None, "date"), M("20 hari", 20, "quantity", "day")]),
    # ---- BMKG earthquake reports
    ("Gempa bumi tektonik magnitudo 5,7 mengguncang wilayah Sumedang pada Minggu, 31 Desember 2023 "
     "pukul 20.34 WIB. Episenter terletak pada koordinat 6,85 LS dan 107,94 BT, di darat pada "
     "jarak 2 km arah timur laut Sumedang, dengan kedalaman 5 km.",
     [M("5,7", 5.7, "other", "magnitude"), M("31 Desember 2023", 2023, "date"),
      M("20.34", hm(20, 34), "other"), M("6,85 LS", 6.85, "quantity", "deg"),
      M("107,94 BT", 107.94, "quantity", "deg"), M("2 km", 2, "quantity", "km"),
      M("5 km", 5, "quantity", "km")]),
    ("Hingga pukul 06.00 WIB, hasil monitoring BMKG menunjukkan telah terjadi 12 kali aktivitas "
     "gempa susulan dengan magnitudo terbesar M4,8. Guncangan dirasakan di Bandung dengan "
     "intensitas III MMI.",
     [M("06.00", 6, "other"), M("12 kali", 12, "other", "times"), M("M4,8", 4.8, "other", "magnitude"),
      M("III MMI", 3, "other", "MMI")]),
    ("Gempa M 7,4 yang terjadi di Laut Banda pada kedalaman 168 km tidak berpotensi tsunami. "
     "Dalam 24 jam terakhir BMKG mencatat 3 gempa dengan magnitudo di atas 5,0.",
     [M("M 7,4", 7.4, "other", "magnitude"), M("168 km", 168, "quantity", "km"),
      M("24 jam", 24, "quantity", "hour"), M("3", 3, "count"), M("5,0", 5.0, "other", "magnitude")]),
    ("Sepanjang tahun 2023 BMKG mencatat 10.789 kejadian gempa di Indonesia, turun dari 10.792 "
     "kejadian pada 2022. Sebanyak 861 gempa di antaranya dirasakan masyarakat.",
     [M("2023", 2023, "year"), M("10.789", 10789, "count"), M("10.792", 10792, "count"),
      M("2022", 2022, "year"), M("861", 861, "count")]),
    # ---- Malaysian news
    ("Kerajaan Malaysia mengumumkan Anggaran 2025 senilai RM421 miliar, yang terbesar dalam "
     "sejarah negara itu. Upah minimum dinaikkan menjadi RM1.700 per bulan mulai 1 Februari 2025.",
     [M("2025", 2025, "year"), M("RM421 miliar", 421 * MLRD, "money", "MYR", MLRD),
      M("RM1.700", 1700, "money", "MYR"), M("1 Februari 2025", 2025, "date")]),
    ("Nilai tukar ringgit melemah 0,4 persen ke level 4,72 per dolar AS pada perdagangan Selasa. "
     "Bank Negara Malaysia mempertahankan suku bunga acuan di 3 persen.",
     [M("0,4 persen", 0.4, "percent", "%"), M("4,72", 4.72, "other"), M("3 persen", 3, "percent", "%")]),
    ("Polis Diraja Malaysia menyita narkoba senilai 12 juta ringgit di Johor Bahru dan menahan "
     "lima tersangka berusia antara 24 hingga 41 tahun.",
     [M("12 juta ringgit", 12 * MLN, "money", "MYR", MLN), M("lima", 5, "count"),
      R("24 hingga 41 tahun", 24, 41, "year")]),
    ("Proyek East Coast Rail Link (ECRL) sepanjang 665 km ditargetkan beroperasi pada Desember 2026 "
     "dengan biaya RM74,96 miliar. Hingga Juni 2024 kemajuan fisiknya mencapai 70 persen.",
     [M("665 km", 665, "quantity", "km"), M("Desember 2026", 2026, "date"),
      M("RM74,96 miliar", 74.96 * MLRD, "money", "MYR", MLRD), M("Juni 2024", 2024, "date"),
      M("70 persen", 70, "percent", "%")]),
    # ---- Singaporean news
    ("Pemerintah Singapura menganggarkan S$143,1 miliar untuk tahun fiskal 2025. Setiap warga dewasa "
     "akan menerima voucher CDC senilai 800 dolar Singapura.",
     [M("S$143,1 miliar", 143.1 * MLRD, "money", "SGD", MLRD), M("2025", 2025, "year"),
      M("800 dolar Singapura", 800, "money", "SGD")]),
    ("Harga sertifikat hak kepemilikan (COE) untuk mobil berkapasitas mesin hingga 1.600 cc "
     "turun menjadi S$92.000 dalam tender terbaru, dibandingkan S$101.000 dua minggu sebelumnya.",
     [M("1.600 cc", 1600, "quantity", "cc"), M("S$92.000", 92000, "money", "SGD"),
      M("S$101.000", 101000, "money", "SGD"), M("dua minggu", 2, "quantity", "week")]),
    ("Bandara Changi melayani 67,7 juta penumpang pada 2024, atau sekitar 99 persen dari tingkat "
     "sebelum pandemi. Terminal 5 dijadwalkan mulai beroperasi pada pertengahan 2030-an.",
     [M("67,7 juta", 67.7 * MLN, "count", None, MLN), M("2024", 2024, "year"),
      M("99 persen", 99, "percent", "%"), M("5", 5, "identifier"), M("2030", 2030, "year")]),
    ("Seorang pekerja asal Indonesia di Singapura didenda 4.000 dolar Singapura dan dipenjara "
     "enam minggu karena memalsukan izin kerja, demikian putusan pengadilan pada 14 Mei.",
     [M("4.000 dolar Singapura", 4000, "money", "SGD"), M("enam minggu", 6, "quantity", "week"),
      M("14 Mei", None, "date")]),
    # ---- more reference and history passages
    ("Kesultanan Ternate mencapai puncak kejayaan pada abad XVI di bawah Sultan Baabullah, yang "
     "menguasai 72 pulau di Maluku. Benteng Kalamata dibangun Portugis pada 1540.¹",
     [M("XVI", 16, "ordinal"), M("72", 72, "count"), M("1540", 1540, "year"), M("¹", 1, "reference")]),
    ("Pemilu 2024 adalah pemilihan umum ke-5 yang memilih presiden secara langsung, setelah Pemilu "
     "2004, 2009, 2014 dan 2019. Daftar pemilih tetap berjumlah 204.807.222 orang di 820.161 TPS.",
     [M("2024", 2024, "year"), M("ke-5", 5, "ordinal"), M("2004", 2004, "year"), M("2009", 2009, "year"),
      M("2014", 2014, "year"), M("2019", 2019, "year"), M("204.807.222", 204807222, "count"),
      M("820.161", 820161, "count")]),
    ("Sultan Hamengkubuwono IX menjabat Wakil Presiden Republik Indonesia ke-2 pada periode "
     "1973–1978. Kabupaten Gunungkidul dalam Perda DIY disebut memiliki 144 desa (Suyanto, 2015: 47).",
     [M("IX", 9, "ordinal"), M("ke-2", 2, "ordinal"), R("1973–1978", 1973, 1978),
      M("144", 144, "count"), M("2015", 2015, "reference"), M("47", 47, "reference")]),
]
# fmt: on


if __name__ == "__main__":
    _bh.build_all({"id": ID}, "dev_id10", HERE)
