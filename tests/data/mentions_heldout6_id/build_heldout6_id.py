"""Build the sixth, sealed held-out numeric-mention set, Indonesian only (``heldout6_id.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_heldout6_id/build_heldout6_id.py

The set is **sealed**: it is for measuring only.  Do not tune on it, do not read or print
its errors while changing the extractor, and do not copy its texts or forms into rules,
lexicons or tests (see ``README.md``).

The passages were written for this set, in Indonesian, in the registers a historian or
social scientist reads: Dutch colonial statistics (gulden, sen, bahu, pikul,
Cultuurstelsel, Volkstelling 1930), the Japanese occupation and the revolution
(1942-1949), New Order plans (Repelita, Pelita, devaluations), BPS releases (population,
PDB, inflation, poverty), APBN / APBD budget reports, laws and court rulings (Undang-Undang
Nomor ... Tahun ..., Pasal, ayat, TAP MPRS), regional news (floods, earthquakes,
weather), plantations and mining (kelapa sawit, batu bara, barel per hari), health and
education statistics, elections, sports, footnoted academic papers, oral history and
OCR'd newspapers in the old spelling (ejaan lama).  They were annotated from
``docs/numeric-mentions.md`` and the decisions in the module docstrings of
``build_heldout.py``, ``build_heldout2.py``, ``build_heldout3.py`` and
``build_heldout4.py``, without looking at the extractor, its lexicon, its tests or the
other annotated sets' passages, and the extractor was never run on them.  Texts are
already normalised (plain spaces, no NBSP / thin spaces).

Each passage is ``(text, [mentions in text order])`` using the ``M`` / ``R`` helpers and
the ``annotate`` validator of ``tests/data/mentions_heldout/build_heldout.py`` (offsets
are found with ``str.find`` from the end of the previous mention, never typed; spans are
checked to be sorted, non-overlapping, on word boundaries unless ``glued=True``, with
valid kinds, currency units and values).

Decisions are those of the spec and of the four earlier docstrings; in addition this set
decides:

* **Reduplication in the old spelling.**  A ``2`` glued to a word marks reduplication
  (``gudang2``, ``kira2 12.000 ton``, ``bank2``, ``utusan2``) and is not a number; the
  glued-footnote-marker rule does not apply to it.
* **Old-style amounts** ``Rp. 500,-``: ``Rp.`` with its dot is inside, the trailing
  ``,-`` is outside (value 500).
* **Day-part words after an hour** are like a.m./p.m.: ``djam 9 pagi`` -> ``9 pagi``
  (``other`` 9), ``djam`` / ``pukul`` before the hour stay outside.  ``djam`` *after* a
  number is the unit hour (``1 1/2 djam`` -> quantity 1.5 hour).
* **Telephone numbers** (``021-4246321``, ``0812-2712-3344``, ``0274-563362``) are one
  ``identifier`` each, value null (several groups, like an ORCID), not a range; the
  emergency number ``112`` and a postal code ``55281`` are identifiers with their value.
* **Match scores** (``2-2``, ``11-10``, ``21-15, 21-14``) are one ``other`` mention per
  score, value null (two numbers of equal standing); the age class ``U-23`` is a number
  in a name: ``other`` 23, digits only.
* **From ... to with another number in between** (``turun dari 24,4 persen pada 2021
  menjadi 21,6 persen``) are separate mentions (a range cannot contain the year);
  likewise ``Rp. 500,- dan Rp. 1.000,- ... mendjadi Rp. 50,- dan Rp. 100,-`` is four
  amounts.  A connector makes a range only where it joins the two numbers directly
  (``Rp. 0,40 mendjadi Rp. 1,60``, ``52.000 menjadi 18.000 bahu``).
* **antara X dan Y** is two mentions (like heldout2's *between ... and*), each with its
  own scale (``antara 4 juta dan 10 juta orang``); ``X sampai / hingga Y`` is a range.
* **Rate units** are taken whole: ``605,5 ribu barel per hari`` (unit barrel/day),
  ``350 km/jam`` (km/h), ``3,2 ton per hektare`` (t/ha).  A price per unit keeps the
  unit outside the money span: ``US$ 2,5 ... per barel``, ``Rp80rb/kg``, ``ƒ 10 per
  pikul``, ``Rp 415 ... per dolar AS``.
* **Counted nouns and classifiers** stay outside: ``jiwa`` / ``djiwa``, ``orang``,
  ``keluarga``, ``kepala keluarga``, ``suara``, ``kursi`` (``270,20 juta`` jiwa);
  the livestock counter ``ekor`` is inside (``4.250 ekor`` sapi, unit head).
* **Rates per 100,000** are ``quantity`` with ``per 100.000`` inside and unit
  ``1/100000`` (``189 per 100.000`` kelahiran hidup), extending heldout4's ``per
  1,000`` (unit ``‰``: ``16,85 per 1.000``, ``0,47 per 1.000`` penduduk).
* **seribu** (one thousand) is a ``count`` 1000 with scale 1000, like ``a thousand``.
* **Vague plurals with a scale word** (``Puluhan ribu`` buruh, ``ratusan`` warga,
  ``belasan`` kota) are not mentions, like ``десятки миллиардов``; the scale word after
  the vague plural is not a bare scale-word mention.
* **Years in names of documents and events** (``UUD 1945``, ``Sensus Penduduk 2020``,
  ``APBN 2024``, ``Koloniaal Verslag 1855``, ``Piala Asia U-23 2024``, ``All England
  2024``) are ``year``.
* **Hijri dates** ``10 Zulhijah 1444 H`` are one ``date`` (value 1444), ``H`` outside.
* **Quarters with a hyphenated year** ``triwulan IV-2023``: ``IV`` ``ordinal``, ``2023``
  ``year`` (digits only, like ``Expo-2017``).
* **Books and chapters of a code** (``Buku II Bab V`` KUHP) are ``identifier`` (part /
  section numbers); ``Agresi Militer I`` is an ``ordinal`` like ``World War II``;
  ``SD Negeri 2`` (a school's number) and ``kelas VI`` are ``identifier``.
* **Archival citation in a footnote** ``inv. nr. 4512`` is a ``reference`` with ``nr.``
  inside (a number sign, like ``No. 3``); the journal volume ``Tahun XII`` in a
  citation is a ``reference``.
* **Deflation written without a sign** (``deflasi 0,08 persen``) stays positive; only a
  written sign or ``minus`` makes a value negative (``-0,03 persen``, ``minus 8,83
  persen``).
* **Exchanged currencies** ``1 rupiah ORI`` / ``50 rupiah`` uang Djepang are ``money``
  IDR with ``ORI`` / ``uang Djepang`` outside; ``Rp 1 baru = Rp 1.000 lama`` is two
  amounts.
* **Year-range titles inside citations** (``Sejarah Indonesia Modern 1200–2008``) are a
  ``range`` (a year in a title is a year, heldout1).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

_spec = importlib.util.spec_from_file_location(
    "build_heldout", HERE.parent / "mentions_heldout" / "build_heldout.py"
)
assert _spec is not None and _spec.loader is not None
_bh = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("build_heldout", _bh)
_spec.loader.exec_module(_bh)
M, R = _bh.M, _bh.R

K, MLN, MLRD, TRLN = 1000, 1_000_000, 1_000_000_000, 1_000_000_000_000

# fmt: off
ID = [
    # ---------------------------------------------------------- colonial statistics
    ("Pada tahun 1830 Gubernur Jenderal Van den Bosch memberlakukan Cultuurstelsel di Jawa. Desa-desa wajib menyisihkan seperlima tanahnya untuk tanaman ekspor, dan petani yang tidak memiliki tanah harus bekerja 66 hari dalam setahun di kebun pemerintah. Antara 1831 dan 1877 kas negeri Belanda menerima batig slot sekitar 832 juta gulden.",
     [M("1830", 1830, "year"), M("seperlima", 0.2, "other"), M("66 hari", 66, "quantity", "day"),
      M("1831", 1831, "year"), M("1877", 1877, "year"),
      M("832 juta gulden", 832 * MLN, "money", "NLG", MLN)]),
    ("Menurut Koloniaal Verslag 1855, Karesidenan Priangan menyerahkan 173.500 pikul kopi kepada gudang pemerintah. Harga yang dibayarkan kepada petani hanya ƒ 10 per pikul, padahal di pasar Amsterdam kopi yang sama terjual seharga ƒ 38.",
     [M("1855", 1855, "year"), M("173.500 pikul", 173500, "quantity", "pikul"),
      M("ƒ 10", 10, "money", "NLG"), M("ƒ 38", 38, "money", "NLG")]),
    ("Pabrik gula di Karesidenan Pasuruan pada 1860-an menggiling tebu dari lahan seluas 2.450 bahu. Setiap bahu menghasilkan rata-rata 28 pikul gula, dan upah tanam dibayar 4 gulden 50 sen per bahu.",
     [M("1860", 1860, "year"), M("2.450 bahu", 2450, "quantity", "bahu"),
      M("28 pikul", 28, "quantity", "pikul"), M("4 gulden 50 sen", 4.5, "money", "NLG")]),
    ("Seorang kuli kontrak di Deli pada tahun 1913 menerima upah 40 sen sehari bagi laki-laki dan 30 sen bagi perempuan. Menurut laporan Arbeidsinspectie, sebanyak 24.381 kuli Jawa didatangkan ke Sumatra Timur dalam tahun itu.",
     [M("1913", 1913, "year"), M("40 sen", 0.4, "money", "NLG"), M("30 sen", 0.3, "money", "NLG"),
      M("24.381", 24381, "count")]),
    ("Sensus penduduk Hindia Belanda tahun 1930 (Volkstelling) mencatat 60,7 juta jiwa, di antaranya 41,7 juta di Jawa dan Madura. Orang Eropa berjumlah 240.417 jiwa, atau kurang dari 0,4 persen dari seluruh penduduk.",
     [M("1930", 1930, "year"), M("60,7 juta", 60.7 * MLN, "count", None, MLN),
      M("41,7 juta", 41.7 * MLN, "count", None, MLN), M("240.417", 240417, "count"),
      M("0,4 persen", 0.4, "percent", "%")]),
    ("Politik Etis yang diumumkan Ratu Wilhelmina pada 17 September 1901 menjanjikan irigasi, edukasi, dan emigrasi.³ Namun pada 1930 hanya sekitar 7,4 persen penduduk pribumi yang melek huruf, dan jumlah murid sekolah desa tiga tahun baru mencapai 1,6 juta anak.⁴",
     [M("17 September 1901", 1901, "date"), M("³", 3, "reference"), M("1930", 1930, "year"),
      M("7,4 persen", 7.4, "percent", "%"), M("tiga tahun", 3, "quantity", "year"),
      M("1,6 juta", 1.6 * MLN, "count", None, MLN), M("⁴", 4, "reference")]),
    ("Begroting Hindia Belanda untuk tahun 1939 memperlihatkan pengeluaran militer sebesar ƒ 78,2 juta, kira-kira seperenam dari seluruh anggaran. KNIL berkekuatan sekitar 38.000 orang, di antaranya 28.000 serdadu bumiputra.",
     [M("1939", 1939, "year"), M("ƒ 78,2 juta", 78.2 * MLN, "money", "NLG", MLN),
      M("seperenam", 1 / 6, "other"), M("38.000", 38000, "count"), M("28.000", 28000, "count")]),
    # ---------------------------------------------------- occupation and revolution
    ("Jepang mendarat di Jawa pada 1 Maret 1942, dan tujuh hari kemudian, pada 8 Maret 1942, Letnan Jenderal Ter Poorten menyerah di Kalijati. Selama tiga setengah tahun pendudukan, diperkirakan antara 4 juta dan 10 juta orang dikerahkan sebagai romusha.",
     [M("1 Maret 1942", 1942, "date"), M("tujuh hari", 7, "quantity", "day"),
      M("8 Maret 1942", 1942, "date"), M("tiga setengah tahun", 3.5, "quantity", "year"),
      M("4 juta", 4 * MLN, "count", None, MLN), M("10 juta", 10 * MLN, "count", None, MLN)]),
    ("Tentara Sukarela Pembela Tanah Air (PETA) dibentuk pada 3 Oktober 1943. Hingga akhir pendudukan terdapat 66 daidan di Jawa dan 3 di Bali dengan kekuatan sekitar 37.000 prajurit. Pemberontakan PETA di Blitar pecah pada 14 Februari 1945 pukul 03.00.",
     [M("3 Oktober 1943", 1943, "date"), M("66", 66, "count"), M("3", 3, "count"),
      M("37.000", 37000, "count"), M("14 Februari 1945", 1945, "date"), M("03.00", 3, "other")]),
    ("Proklamasi Kemerdekaan dibacakan di Jalan Pegangsaan Timur 56 pada hari Jumat, 17 Agustus 1945, sekitar pukul 10.00. Teks yang diketik Sayuti Melik hanya terdiri atas dua kalimat. Sehari kemudian, 18-8-1945, PPKI mengesahkan UUD 1945 dan memilih Soekarno sebagai presiden.",
     [M("56", 56, "identifier"), M("17 Agustus 1945", 1945, "date"), M("10.00", 10, "other"),
      M("dua", 2, "count"), M("18-8-1945", 1945, "date"), M("1945", 1945, "year")]),
    ("Pertempuran Surabaya mencapai puncaknya pada 10 November 1945. Brigadir Mallaby tewas pada 30 Oktober, dan Inggris kemudian mengerahkan sekitar 30.000 tentara Divisi India ke-5 dengan dukungan tank dan pesawat. Korban di pihak Indonesia diperkirakan 6.000 hingga 16.000 orang tewas, sementara ribuan warga mengungsi ke luar kota.",
     [M("10 November 1945", 1945, "date"), M("30 Oktober", None, "date"),
      M("30.000", 30000, "count"), M("ke-5", 5, "ordinal"),
      R("6.000 hingga 16.000", 6000, 16000)]),
    ("Perundingan Linggarjati ditandatangani pada 25 Maret 1947, tetapi pada 21 Juli 1947 Belanda melancarkan Agresi Militer I. Berdasarkan Perjanjian Renville (17 Januari 1948), sekitar 35.000 anggota Divisi Siliwangi harus hijrah dari Jawa Barat ke Jawa Tengah.",
     [M("25 Maret 1947", 1947, "date"), M("21 Juli 1947", 1947, "date"), M("I", 1, "ordinal"),
      M("17 Januari 1948", 1948, "date"), M("35.000", 35000, "count")]),
    ("Serangan Umum 1 Maret 1949 menduduki Yogyakarta selama enam jam. Konferensi Meja Bundar berlangsung di Den Haag dari 23 Agustus sampai 2 November 1949, dan kedaulatan diserahkan pada 27 Desember 1949. Indonesia menanggung utang Hindia Belanda sebesar 4,3 miliar gulden.",
     [M("1 Maret 1949", 1949, "date"), M("enam jam", 6, "quantity", "hour"),
      M("23 Agustus", None, "date"), M("2 November 1949", 1949, "date"),
      M("27 Desember 1949", 1949, "date"), M("4,3 miliar gulden", 4.3 * MLRD, "money", "NLG", MLRD)]),
    ("Sri Sultan Hamengkubuwono IX, yang naik takhta pada 18 Maret 1940, menyerahkan dana sebesar 6 juta gulden dari kas keraton untuk membiayai Republik pada masa revolusi. Kesultanan Yogyakarta sendiri didirikan oleh Hamengkubuwono I pada pertengahan abad XVIII, tepatnya setelah Perjanjian Giyanti tahun 1755.",
     [M("IX", 9, "ordinal"), M("18 Maret 1940", 1940, "date"),
      M("6 juta gulden", 6 * MLN, "money", "NLG", MLN), M("I", 1, "ordinal"),
      M("XVIII", 18, "ordinal"), M("1755", 1755, "year")]),
    ('"Waktu Jepang datang, tahun empat puluh dua, saya baru umur dua belas," tutur Mbah Karto. "Bapak saya dibawa jadi romusa ke Banten, dan baru pulang tiga tahun kemudian, beratnya tinggal 40 kilo."',
     [M("empat puluh dua", 1942, "year"), M("dua belas", 12, "quantity", "year"),
      M("tiga tahun", 3, "quantity", "year"), M("40 kilo", 40, "quantity", "kg")]),
    # ------------------------------------------------------ OCR, old spelling
    ("DJAKARTA, 5 Djanuari 1950. — Harga beras di pasar Senen naik mendjadi Rp. 3,50 seliter. Menurut Kementerian Kemakmuran, persediaan beras di gudang2 pemerintah tinggal kira2 12.000 ton, tjukup untuk 3 minggu sadja.",
     [M("5 Djanuari 1950", 1950, "date"), M("Rp. 3,50", 3.5, "money", "IDR"),
      M("12.000 ton", 12000, "quantity", "t"), M("3 minggu", 3, "quantity", "week")]),
    ("Hasil pemilihan umum 29 September 1955 menundjukkan PNI memperoleh 8.434.653 suara (22,3 prosen) dan 57 kursi, Masjumi 7.903.886 suara dan 57 kursi, NU 45 kursi, sedang PKI mendapat 39 kursi. Djumlah pemilih jang terdaftar ada 43.104.464 orang.",
     [M("29 September 1955", 1955, "date"), M("8.434.653", 8434653, "count"),
      M("22,3 prosen", 22.3, "percent", "%"), M("57", 57, "count"),
      M("7.903.886", 7903886, "count"), M("57", 57, "count"), M("45", 45, "count"),
      M("39", 39, "count"), M("43.104.464", 43104464, "count")]),
    ("Pemerintah mengumumkan pada tanggal 24 Agustus 1959 bahwa uang kertas petjahan Rp. 500,- dan Rp. 1.000,- diturunkan nilainja mendjadi Rp. 50,- dan Rp. 100,-. Pengumuman itu disiarkan RRI djam 6 pagi, dan bank2 ditutup selama 3 hari.",
     [M("24 Agustus 1959", 1959, "date"), M("Rp. 500", 500, "money", "IDR"),
      M("Rp. 1.000", 1000, "money", "IDR"), M("Rp. 50", 50, "money", "IDR"),
      M("Rp. 100", 100, "money", "IDR"), M("6 pagi", 6, "other"),
      M("3 hari", 3, "quantity", "day")]),
    ("Dalam tahun 1946 harga beras di Jogja naik dari Rp. 0,40 mendjadi Rp. 1,60 sekilo dalam tempo 4 bulan. Uang ORI jang dikeluarkan tg. 30 Oktober 1946 berlaku dengan kurs 1 rupiah ORI sama dengan 50 rupiah uang Djepang di Djawa.",
     [M("1946", 1946, "year"), R("Rp. 0,40 mendjadi Rp. 1,60", 0.4, 1.6, "IDR"),
      M("4 bulan", 4, "quantity", "month"), M("30 Oktober 1946", 1946, "date"),
      M("1 rupiah", 1, "money", "IDR"), M("50 rupiah", 50, "money", "IDR")]),
    ("Menurut tjatatan Kantor Pusat Statistik, djumlah penduduk kota Bandung dalam tahun 1961 ada 972.566 djiwa, sedang dalam tahun 1930 baru kira2 166.800 djiwa. Djadi dalam tempo 31 tahun penduduk kota itu bertambah hampir 6 kali.",
     [M("1961", 1961, "year"), M("972.566", 972566, "count"), M("1930", 1930, "year"),
      M("166.800", 166800, "count"), M("31 tahun", 31, "quantity", "year"),
      M("6 kali", 6, "other", "times")]),
    ("Konperensi Asia-Afrika dibuka di Gedung Merdeka, Bandung, pada hari Senen tg. 18 April 1955 djam 9 pagi, dihadiri oleh utusan2 dari 29 negara. Presiden Soekarno berpidato selama kurang lebih 1 1/2 djam.",
     [M("18 April 1955", 1955, "date"), M("9 pagi", 9, "other"), M("29", 29, "count"),
      M("1 1/2 djam", 1.5, "quantity", "hour")]),
    # ------------------------------------------------------------------ New Order
    ("Pada pertengahan 1960-an perekonomian Indonesia nyaris runtuh: inflasi tahun 1966 mencapai 635 persen, sementara harga beras di Jakarta naik lebih dari sembilan kali lipat dalam dua tahun. Pada 13 Desember 1965 pemerintah mengeluarkan uang rupiah baru dengan nilai Rp 1 baru = Rp 1.000 lama.",
     [M("1960", 1960, "year"), M("1966", 1966, "year"), M("635 persen", 635, "percent", "%"),
      M("sembilan kali lipat", 9, "other", "times"), M("dua tahun", 2, "quantity", "year"),
      M("13 Desember 1965", 1965, "date"), M("Rp 1", 1, "money", "IDR"),
      M("Rp 1.000", 1000, "money", "IDR")]),
    ("Repelita I (1969–1974) menitikberatkan pembangunan pertanian dengan sasaran produksi beras 15,4 juta ton pada akhir periode. Dalam Repelita II (1974–1979) pemerintah menikmati bonanza minyak ketika harga minyak mentah naik dari US$ 2,5 menjadi US$ 11,5 per barel.",
     [M("I", 1, "ordinal"), R("1969–1974", 1969, 1974),
      M("15,4 juta ton", 15.4 * MLN, "quantity", "t", MLN), M("II", 2, "ordinal"),
      R("1974–1979", 1974, 1979), R("US$ 2,5 menjadi US$ 11,5", 2.5, 11.5, "USD")]),
    ("Swasembada beras dicapai pada 1984, ketika produksi gabah kering giling mencapai 38,1 juta ton. Atas keberhasilan itu Presiden Soeharto berpidato di depan Konferensi ke-23 FAO di Roma pada 14 November 1985. Pada akhir Pelita IV, luas sawah beririgasi telah mencapai sekitar 5,4 juta hektare.",
     [M("1984", 1984, "year"), M("38,1 juta ton", 38.1 * MLN, "quantity", "t", MLN),
      M("ke-23", 23, "ordinal"), M("14 November 1985", 1985, "date"), M("IV", 4, "ordinal"),
      M("5,4 juta hektare", 5.4 * MLN, "quantity", "ha", MLN)]),
    ("Pada 15 November 1978 rupiah didevaluasi dari Rp 415 menjadi Rp 625 per dolar AS, atau sebesar 33,6 persen. Devaluasi berikutnya, 30 Maret 1983, menaikkan kurs menjadi Rp 970, dan pada 12 September 1986 menjadi Rp 1.644.",
     [M("15 November 1978", 1978, "date"), R("Rp 415 menjadi Rp 625", 415, 625, "IDR"),
      M("33,6 persen", 33.6, "percent", "%"), M("30 Maret 1983", 1983, "date"),
      M("Rp 970", 970, "money", "IDR"), M("12 September 1986", 1986, "date"),
      M("Rp 1.644", 1644, "money", "IDR")]),
    ("Selama Pelita III program transmigrasi memindahkan sekitar 366.000 keluarga, atau kurang lebih 2,5 juta jiwa, dari Jawa, Bali dan Lombok ke pulau-pulau luar. Tiap keluarga menerima 2 hektare lahan, rumah sederhana, dan jatah hidup selama 12 bulan.",
     [M("III", 3, "ordinal"), M("366.000", 366000, "count"),
      M("2,5 juta", 2.5 * MLN, "count", None, MLN), M("2 hektare", 2, "quantity", "ha"),
      M("12 bulan", 12, "quantity", "month")]),
    ("Krisis moneter 1997/1998 memukul perekonomian dengan keras: PDB terkontraksi −13,1 persen pada 1998, inflasi mencapai 77,6 persen, dan kurs rupiah sempat menyentuh Rp 16.800 per dolar AS pada 17 Juni 1998. Jumlah penduduk miskin melonjak menjadi hampir 50 juta orang, naik lebih dari dua kali lipat dibandingkan tahun 1996.",
     [R("1997/1998", 1997, 1998), M("−13,1 persen", -13.1, "percent", "%"),
      M("1998", 1998, "year"), M("77,6 persen", 77.6, "percent", "%"),
      M("Rp 16.800", 16800, "money", "IDR"), M("17 Juni 1998", 1998, "date"),
      M("50 juta", 50 * MLN, "count", None, MLN), M("dua kali lipat", 2, "other", "times"),
      M("1996", 1996, "year")]),
    # ---------------------------------------------------------------- BPS releases
    ("Berdasarkan hasil Sensus Penduduk 2020, jumlah penduduk Indonesia per September 2020 sebanyak 270,20 juta jiwa, bertambah 32,56 juta jiwa dibandingkan hasil Sensus Penduduk 2010. Laju pertumbuhan penduduk per tahun selama 2010–2020 sebesar 1,25 persen, melambat dibandingkan periode 2000–2010 yang sebesar 1,49 persen.",
     [M("2020", 2020, "year"), M("September 2020", 2020, "date"),
      M("270,20 juta", 270.2 * MLN, "count", None, MLN),
      M("32,56 juta", 32.56 * MLN, "count", None, MLN), M("2010", 2010, "year"),
      R("2010–2020", 2010, 2020), M("1,25 persen", 1.25, "percent", "%"),
      R("2000–2010", 2000, 2010), M("1,49 persen", 1.49, "percent", "%")]),
    ("Ekonomi Indonesia triwulan IV-2023 terhadap triwulan IV-2022 tumbuh 5,04 persen (y-on-y). PDB atas dasar harga berlaku tahun 2023 mencapai Rp 20.892,4 triliun dan PDB per kapita Rp 75,0 juta atau US$ 4.919,7.",
     [M("IV", 4, "ordinal"), M("2023", 2023, "year"), M("IV", 4, "ordinal"),
      M("2022", 2022, "year"), M("5,04 persen", 5.04, "percent", "%"), M("2023", 2023, "year"),
      M("Rp 20.892,4 triliun", 20892.4 * TRLN, "money", "IDR", TRLN),
      M("Rp 75,0 juta", 75 * MLN, "money", "IDR", MLN), M("US$ 4.919,7", 4919.7, "money", "USD")]),
    ("Pada Desember 2023 terjadi inflasi year on year (y-on-y) sebesar 2,61 persen dengan Indeks Harga Konsumen (IHK) sebesar 116,56. Inflasi tertinggi terjadi di Kabupaten Manokwari sebesar 5,22 persen dengan IHK sebesar 118,22, sedangkan terendah di Kota Gunungsitoli sebesar 0,71 persen.",
     [M("Desember 2023", 2023, "date"), M("2,61 persen", 2.61, "percent", "%"),
      M("116,56", 116.56, "other"), M("5,22 persen", 5.22, "percent", "%"),
      M("118,22", 118.22, "other"), M("0,71 persen", 0.71, "percent", "%")]),
    ("Persentase penduduk miskin pada Maret 2023 sebesar 9,36 persen, menurun 0,21 persen poin terhadap September 2022. Jumlah penduduk miskin pada Maret 2023 sebesar 25,90 juta orang. Tingkat pengangguran terbuka (TPT) Agustus 2023 sebesar 5,32 persen, dan rasio gini tercatat 0,388.",
     [M("Maret 2023", 2023, "date"), M("9,36 persen", 9.36, "percent", "%"),
      M("0,21 persen poin", 0.21, "percent", "%"), M("September 2022", 2022, "date"),
      M("Maret 2023", 2023, "date"), M("25,90 juta", 25.9 * MLN, "count", None, MLN),
      M("Agustus 2023", 2023, "date"), M("5,32 persen", 5.32, "percent", "%"),
      M("0,388", 0.388, "other")]),
    ("BPS mencatat deflasi bulanan sebesar -0,03 persen pada Mei 2024, disusul deflasi 0,08 persen pada Juni. Sementara itu, neraca perdagangan surplus US$ 2,93 miliar, dan pertumbuhan impor minus 8,83 persen secara tahunan.",
     [M("-0,03 persen", -0.03, "percent", "%"), M("Mei 2024", 2024, "date"),
      M("0,08 persen", 0.08, "percent", "%"),
      M("US$ 2,93 miliar", 2.93 * MLRD, "money", "USD", MLRD),
      M("minus 8,83 persen", -8.83, "percent", "%")]),
    # --------------------------------------------------------------- budgets
    ("Dalam APBN 2024 pendapatan negara ditetapkan sebesar Rp 2.802,3 triliun dan belanja negara Rp 3.325,1 triliun, sehingga defisit anggaran mencapai Rp 522,8 triliun atau 2,29 persen terhadap PDB. Anggaran pendidikan dialokasikan Rp 665 triliun, memenuhi amanat 20 persen sebagaimana diatur dalam Pasal 31 ayat (4) UUD 1945.",
     [M("2024", 2024, "year"), M("Rp 2.802,3 triliun", 2802.3 * TRLN, "money", "IDR", TRLN),
      M("Rp 3.325,1 triliun", 3325.1 * TRLN, "money", "IDR", TRLN),
      M("Rp 522,8 triliun", 522.8 * TRLN, "money", "IDR", TRLN),
      M("2,29 persen", 2.29, "percent", "%"), M("Rp 665 triliun", 665 * TRLN, "money", "IDR", TRLN),
      M("20 persen", 20, "percent", "%"), M("31", 31, "identifier"), M("4", 4, "identifier"),
      M("1945", 1945, "year")]),
    ("DPRD Kabupaten Sleman mengesahkan APBD Tahun Anggaran 2024 sebesar Rp 3,21 triliun dalam rapat paripurna pada Kamis (30/11). Dari jumlah itu, belanja pegawai menyerap 36,8 persen, sementara dana desa untuk 86 desa dialokasikan Rp 92,5 miliar, atau rata-rata sekitar Rp1,08 miliar per desa.",
     [M("2024", 2024, "year"), M("Rp 3,21 triliun", 3.21 * TRLN, "money", "IDR", TRLN),
      M("30/11", None, "date"), M("36,8 persen", 36.8, "percent", "%"), M("86", 86, "count"),
      M("Rp 92,5 miliar", 92.5 * MLRD, "money", "IDR", MLRD),
      M("Rp1,08 miliar", 1.08 * MLRD, "money", "IDR", MLRD)]),
    ("Menteri Keuangan menyebut pertumbuhan ekonomi kuartal itu hanya dua koma lima persen, jauh di bawah target lima persen. Subsidi energi membengkak menjadi Rp502,4 triliun, hampir tiga kali lipat dari anggaran awal sebesar Rp152,5 triliun, sementara satu setengah juta keluarga menerima bantuan langsung tunai sebesar Rp600 ribu.",
     [M("dua koma lima persen", 2.5, "percent", "%"), M("lima persen", 5, "percent", "%"),
      M("Rp502,4 triliun", 502.4 * TRLN, "money", "IDR", TRLN),
      M("tiga kali lipat", 3, "other", "times"),
      M("Rp152,5 triliun", 152.5 * TRLN, "money", "IDR", TRLN),
      M("satu setengah juta", 1.5 * MLN, "count", None, MLN),
      M("Rp600 ribu", 600 * K, "money", "IDR", K)]),
    # --------------------------------------------------------------- laws, courts
    ("Undang-Undang Nomor 5 Tahun 1960 tentang Peraturan Dasar Pokok-Pokok Agraria mulai berlaku pada 24 September 1960. Pasal 7 melarang pemilikan tanah yang melampaui batas, dan Pasal 17 ayat (1) memerintahkan agar luas maksimum diatur dengan peraturan perundangan. Ketentuan itu dijabarkan dalam Undang-Undang Nomor 56 Prp Tahun 1960 yang menetapkan batas 5 sampai 15 hektare sawah.",
     [M("Nomor 5", 5, "identifier"), M("1960", 1960, "year"), M("24 September 1960", 1960, "date"),
      M("7", 7, "identifier"), M("17", 17, "identifier"), M("1", 1, "identifier"),
      M("Nomor 56", 56, "identifier"), M("1960", 1960, "year"),
      R("5 sampai 15 hektare", 5, 15, "ha")]),
    ("Pasal 18 ayat (2) huruf b Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah, sebagaimana telah diubah terakhir dengan Undang-Undang Nomor 9 Tahun 2015, mengatur urusan pemerintahan konkuren. Peraturan pelaksananya, Peraturan Pemerintah Nomor 12 Tahun 2019, terdiri atas 15 bab dan 141 pasal.",
     [M("18", 18, "identifier"), M("2", 2, "identifier"), M("Nomor 23", 23, "identifier"),
      M("2014", 2014, "year"), M("Nomor 9", 9, "identifier"), M("2015", 2015, "year"),
      M("Nomor 12", 12, "identifier"), M("2019", 2019, "year"), M("15", 15, "count"),
      M("141", 141, "count")]),
    ("Dalam Putusan Nomor 90/PUU-XXI/2023 yang dibacakan pada 16 Oktober 2023, Mahkamah Konstitusi memaknai ulang syarat usia minimal 40 tahun bagi calon presiden dan wakil presiden dalam Pasal 169 huruf q UU No. 7/2017 tentang Pemilihan Umum. Putusan itu diambil dengan komposisi 5 hakim setuju dan 4 hakim berbeda pendapat.",
     [M("Nomor 90/PUU-XXI/2023", 90, "identifier"), M("16 Oktober 2023", 2023, "date"),
      M("40 tahun", 40, "quantity", "year"), M("169", 169, "identifier"),
      M("No. 7/2017", 7, "identifier"), M("5", 5, "count"), M("4", 4, "count")]),
    ("Ketetapan MPRS Nomor XXV/MPRS/1966 membubarkan PKI, sedangkan pasal-pasal penyebaran kebencian, yaitu Pasal 154, 155, dan 156 KUHP, kerap dipakai terhadap aktivis mahasiswa pada dasawarsa 1970-an dan 1980-an. Pasal-pasal yang termuat dalam Buku II Bab V itu mengancam pidana penjara paling lama tujuh tahun.",
     [M("Nomor XXV/MPRS/1966", 25, "identifier"), M("154", 154, "identifier"),
      M("155", 155, "identifier"), M("156", 156, "identifier"), M("1970", 1970, "year"),
      M("1980", 1980, "year"), M("II", 2, "identifier"), M("V", 5, "identifier"),
      M("tujuh tahun", 7, "quantity", "year")]),
    # ------------------------------------------------------------- regional news
    ("Banjir melanda 12 desa di Kecamatan Baleendah dan Dayeuhkolot, Kabupaten Bandung, Senin (4/3). Ketinggian air mencapai 1,5 meter di beberapa titik setelah hujan deras mengguyur selama kurang lebih enam jam dengan curah hujan 142 mm. Sebanyak 3.215 kepala keluarga atau 10.870 jiwa terdampak, dan ratusan warga mengungsi ke GOR.",
     [M("12", 12, "count"), M("4/3", None, "date"), M("1,5 meter", 1.5, "quantity", "m"),
      M("enam jam", 6, "quantity", "hour"), M("142 mm", 142, "quantity", "mm"),
      M("3.215", 3215, "count"), M("10.870", 10870, "count")]),
    ("Gempa bermagnitudo 5,6 mengguncang Kabupaten Cianjur pada Senin, 21 November 2022, pukul 13.21 WIB. Pusat gempa berada di darat pada kedalaman 10 km, sekitar 10,6 km barat daya Cianjur. BNPB mencatat 602 orang meninggal dunia dan lebih dari 56.000 rumah rusak.",
     [M("5,6", 5.6, "quantity", "magnitude"), M("21 November 2022", 2022, "date"),
      M("13.21", 13.35, "other"), M("10 km", 10, "quantity", "km"),
      M("10,6 km", 10.6, "quantity", "km"), M("602", 602, "count"), M("56.000", 56000, "count")]),
    ("Fenomena embun upas kembali muncul di Dataran Tinggi Dieng, Jawa Tengah, pada Sabtu (15/7) dini hari. Suhu udara di kompleks Candi Arjuna, yang terletak di ketinggian sekitar 2.000 meter di atas permukaan laut, turun hingga −2 derajat Celsius sejak pukul 03.00 hingga 06.00 WIB. Pada siang hari suhu kembali naik menjadi 18 °C.",
     [M("15/7", None, "date"), M("2.000 meter", 2000, "quantity", "m"),
      M("−2 derajat Celsius", -2, "quantity", "degC"), R("03.00 hingga 06.00", 3, 6),
      M("18 °C", 18, "quantity", "degC")]),
    ("BMKG memprakirakan puncak musim hujan 2024/2025 terjadi pada Desember hingga Februari. Curah hujan bulanan di wilayah Jabodetabek diperkirakan mencapai 300–500 mm, dengan suhu udara berkisar 23–33 derajat Celsius dan kelembapan 70–95 persen. Warga dapat menghubungi layanan darurat di nomor 112 atau pusat informasi BMKG di 021-4246321.",
     [R("2024/2025", 2024, 2025), R("300–500 mm", 300, 500, "mm"),
      R("23–33 derajat Celsius", 23, 33, "degC"), R("70–95 persen", 70, 95, "%"),
      M("112", 112, "identifier"), M("021-4246321", None, "identifier")]),
    ("Menjelang Iduladha 10 Zulhijah 1444 H, Dinas Peternakan Kabupaten Boyolali memeriksa kesehatan 4.250 ekor sapi dan 12.300 ekor kambing. Harga seekor sapi limosin berbobot 600 kg mencapai Rp35 juta hingga Rp40 juta.",
     [M("10 Zulhijah 1444", 1444, "date"), M("4.250 ekor", 4250, "quantity", "head"),
      M("12.300 ekor", 12300, "quantity", "head"), M("600 kg", 600, "quantity", "kg"),
      R("Rp35 juta hingga Rp40 juta", 35 * MLN, 40 * MLN, "IDR", MLN)]),
    ("Harga cabai rawit di Pasar Kramat Jati melonjak ke Rp80rb/kg, padahal sepekan sebelumnya masih Rp45 ribu. Pedagang mengaku omzetnya turun hingga 50%, dari biasanya Rp2,5jt sehari.",
     [M("Rp80rb", 80 * K, "money", "IDR", K), M("Rp45 ribu", 45 * K, "money", "IDR", K),
      M("50%", 50, "percent", "%"), M("Rp2,5jt", 2.5 * MLN, "money", "IDR", MLN)]),
    ("Puluhan ribu buruh berunjuk rasa di depan Gedung DPR menolak kenaikan harga BBM. Polisi mengerahkan seribu personel, dan aksi serupa berlangsung di belasan kota. Harga Pertalite naik dari Rp7.650 menjadi Rp10.000 per liter, atau sekitar 30,7 persen.",
     [M("seribu", 1000, "count", None, K), R("Rp7.650 menjadi Rp10.000", 7650, 10000, "IDR"),
      M("30,7 persen", 30.7, "percent", "%")]),
    ("Kereta Cepat Jakarta–Bandung sepanjang 142,3 km diresmikan pada 2 Oktober 2023. Kereta Whoosh melaju dengan kecepatan maksimum 350 km/jam dan memangkas waktu tempuh menjadi sekitar 40 menit. Proyek ini menelan biaya US$ 7,27 miliar, termasuk pembengkakan biaya (cost overrun) sebesar US$ 1,2 miliar.",
     [M("142,3 km", 142.3, "quantity", "km"), M("2 Oktober 2023", 2023, "date"),
      M("350 km/jam", 350, "quantity", "km/h"), M("40 menit", 40, "quantity", "minute"),
      M("US$ 7,27 miliar", 7.27 * MLRD, "money", "USD", MLRD),
      M("US$ 1,2 miliar", 1.2 * MLRD, "money", "USD", MLRD)]),
    # ------------------------------------------------------ plantations, mining
    ("Luas perkebunan kelapa sawit Indonesia pada 2022 mencapai 15,38 juta hektare, dengan produksi minyak sawit mentah (CPO) sebesar 46,82 juta ton. Produktivitas perkebunan rakyat rata-rata baru 3,2 ton per hektare, jauh di bawah perkebunan besar swasta yang mencapai 4 hingga 5 ton per hektare. Riau tetap menjadi provinsi dengan kebun sawit terluas, sekitar 2,86 juta hektare.",
     [M("2022", 2022, "year"), M("15,38 juta hektare", 15.38 * MLN, "quantity", "ha", MLN),
      M("46,82 juta ton", 46.82 * MLN, "quantity", "t", MLN),
      M("3,2 ton per hektare", 3.2, "quantity", "t/ha"),
      R("4 hingga 5 ton per hektare", 4, 5, "t/ha"),
      M("2,86 juta hektare", 2.86 * MLN, "quantity", "ha", MLN)]),
    ("Produksi batu bara nasional tahun 2023 mencapai 775 juta ton, melampaui target 694,5 juta ton dalam RKAB. Sebaliknya, lifting minyak bumi terus menurun hingga 605,5 ribu barel per hari, jauh dari puncaknya sekitar 1,6 juta barel per hari pada pertengahan 1970-an. Ekspor batu bara menyumbang devisa US$ 34,6 miliar.",
     [M("2023", 2023, "year"), M("775 juta ton", 775 * MLN, "quantity", "t", MLN),
      M("694,5 juta ton", 694.5 * MLN, "quantity", "t", MLN),
      M("605,5 ribu barel per hari", 605500, "quantity", "barrel/day", K),
      M("1,6 juta barel per hari", 1.6 * MLN, "quantity", "barrel/day", MLN),
      M("1970", 1970, "year"), M("US$ 34,6 miliar", 34.6 * MLRD, "money", "USD", MLRD)]),
    ("Kawasan industri nikel di Morowali, Sulawesi Tengah, kini mempekerjakan lebih dari 80.000 orang. Kapasitas pembangkit listrik tenaga uap captive di kawasan itu mencapai 4.500 MW, dan kawasan seluas 4.000 ha tersebut mengolah bijih nikel berkadar 1,5–2 persen.",
     [M("80.000", 80000, "count"), M("4.500 MW", 4500, "quantity", "MW"),
      M("4.000 ha", 4000, "quantity", "ha"), R("1,5–2 persen", 1.5, 2, "%")]),
    # ------------------------------------------------------ health, education
    ("Prevalensi stunting nasional turun dari 24,4 persen pada 2021 menjadi 21,6 persen pada 2022, menurut Survei Status Gizi Indonesia. Pemerintah menargetkan angka itu menjadi 14 persen pada 2024. Angka kematian ibu tercatat 189 per 100.000 kelahiran hidup, sementara angka kematian bayi 16,85 per 1.000 kelahiran hidup.",
     [M("24,4 persen", 24.4, "percent", "%"), M("2021", 2021, "year"),
      M("21,6 persen", 21.6, "percent", "%"), M("2022", 2022, "year"),
      M("14 persen", 14, "percent", "%"), M("2024", 2024, "year"),
      M("189 per 100.000", 189, "quantity", "1/100000"),
      M("16,85 per 1.000", 16.85, "quantity", "‰")]),
    ("Hingga akhir 2023, jumlah peserta Jaminan Kesehatan Nasional mencapai 267,3 juta jiwa atau sekitar 95,75 persen penduduk. Indonesia memiliki 10.180 puskesmas dan 3.155 rumah sakit, tetapi rasio dokter baru 0,47 per 1.000 penduduk, di bawah standar WHO sebesar 1 per 1.000.",
     [M("2023", 2023, "year"), M("267,3 juta", 267.3 * MLN, "count", None, MLN),
      M("95,75 persen", 95.75, "percent", "%"), M("10.180", 10180, "count"),
      M("3.155", 3155, "count"), M("0,47 per 1.000", 0.47, "quantity", "‰"),
      M("1 per 1.000", 1, "quantity", "‰")]),
    ("Kasus pertama Covid-19 di Indonesia diumumkan Presiden pada 2 Maret 2020. Hingga akhir 2022 tercatat lebih dari 6,7 juta kasus terkonfirmasi dan 160.000 kematian. Pembatasan Sosial Berskala Besar (PSBB) di DKI Jakarta berlaku mulai 10 April 2020 selama 14 hari dan diperpanjang 2 kali.",
     [M("19", 19, "other"), M("2 Maret 2020", 2020, "date"), M("2022", 2022, "year"),
      M("6,7 juta", 6.7 * MLN, "count", None, MLN), M("160.000", 160000, "count"),
      M("10 April 2020", 2020, "date"), M("14 hari", 14, "quantity", "day"),
      M("2 kali", 2, "other", "times")]),
    ("Pada tahun ajaran 2022/2023 terdapat 148.975 sekolah dasar dengan 24,0 juta murid dan 1,47 juta guru. Angka partisipasi murni SD mencapai 97,8 persen, tetapi angka putus sekolah di jenjang SMP masih sekitar 1,06 persen. Di SD Negeri 2 Wae Rebo, murid kelas VI harus berjalan kaki 7 km setiap hari.",
     [R("2022/2023", 2022, 2023), M("148.975", 148975, "count"),
      M("24,0 juta", 24 * MLN, "count", None, MLN), M("1,47 juta", 1.47 * MLN, "count", None, MLN),
      M("97,8 persen", 97.8, "percent", "%"), M("1,06 persen", 1.06, "percent", "%"),
      M("2", 2, "identifier"), M("VI", 6, "identifier"), M("7 km", 7, "quantity", "km")]),
    ("Pendaftaran beasiswa dibuka mulai 2 Januari sampai 15 Februari 2024. Informasi lebih lanjut dapat diperoleh di Sekretariat Fakultas, Jalan Sosio Yustisia Nomor 1, Bulaksumur, Yogyakarta 55281, telepon 0274-563362, atau WhatsApp 0812-2712-3344 pada hari kerja pukul 08.00–15.00 WIB.",
     [M("2 Januari", None, "date"), M("15 Februari 2024", 2024, "date"),
      M("Nomor 1", 1, "identifier"), M("55281", 55281, "identifier"),
      M("0274-563362", None, "identifier"), M("0812-2712-3344", None, "identifier"),
      R("08.00–15.00", 8, 15)]),
    # ------------------------------------------------------------------ elections
    ("KPU menetapkan hasil Pemilu Legislatif 2019 pada 21 Mei 2019: PDI Perjuangan meraih 27.053.961 suara (19,33 persen) dan 128 kursi, Partai Gerindra 12,57 persen, dan Partai Golkar 12,31 persen. Ambang batas parlemen sebesar 4 persen membuat tujuh partai gagal lolos ke DPR yang berjumlah 575 kursi.",
     [M("2019", 2019, "year"), M("21 Mei 2019", 2019, "date"), M("27.053.961", 27053961, "count"),
      M("19,33 persen", 19.33, "percent", "%"), M("128", 128, "count"),
      M("12,57 persen", 12.57, "percent", "%"), M("12,31 persen", 12.31, "percent", "%"),
      M("4 persen", 4, "percent", "%"), M("tujuh", 7, "count"), M("575", 575, "count")]),
    ("Pasangan nomor urut 2, Prabowo Subianto–Gibran Rakabuming Raka, memenangi Pilpres 14 Februari 2024 dengan 96.214.691 suara atau 58,59 persen. Pasangan nomor urut 1 memperoleh 24,95 persen dan nomor urut 3 sebanyak 16,47 persen. Tingkat partisipasi pemilih mencapai 81,78 persen dari 204.807.222 pemilih dalam DPT.",
     [M("2", 2, "identifier"), M("14 Februari 2024", 2024, "date"), M("96.214.691", 96214691, "count"),
      M("58,59 persen", 58.59, "percent", "%"), M("1", 1, "identifier"),
      M("24,95 persen", 24.95, "percent", "%"), M("3", 3, "identifier"),
      M("16,47 persen", 16.47, "percent", "%"), M("81,78 persen", 81.78, "percent", "%"),
      M("204.807.222", 204807222, "count")]),
    # -------------------------------------------------------------------- sports
    ("Timnas Indonesia U-23 bermain imbang 2-2 melawan Korea Selatan sebelum menang adu penalti 11-10 di perempatfinal Piala Asia U-23 2024 di Doha, Jumat (26/4). Rafael Struick mencetak dua gol pada menit ke-15 dan ke-45. Laga disaksikan sekitar 11.000 penonton.",
     [M("23", 23, "other"), M("2-2", None, "other"), M("11-10", None, "other"),
      M("23", 23, "other"), M("2024", 2024, "year"), M("26/4", None, "date"),
      M("dua", 2, "count"), M("ke-15", 15, "ordinal"), M("ke-45", 45, "ordinal"),
      M("11.000", 11000, "count")]),
    ("Pada SEA Games ke-32 di Kamboja tahun 2023, Indonesia finis di peringkat ketiga dengan 87 medali emas, 80 perak, dan 109 perunggu. Sprinter Lalu Muhammad Zohri mencatat waktu 10,29 detik di nomor lari 100 meter, sedangkan pelari Jawa Timur finis kedua pada lari 5.000 meter putra.",
     [M("ke-32", 32, "ordinal"), M("2023", 2023, "year"), M("87", 87, "count"),
      M("80", 80, "count"), M("109", 109, "count"), M("10,29 detik", 10.29, "quantity", "second"),
      M("100 meter", 100, "quantity", "m"), M("5.000 meter", 5000, "quantity", "m")]),
    ("Pebulu tangkis Jonatan Christie menjuarai All England 2024 setelah mengalahkan Anthony Sinisuka Ginting 21-15, 21-14 dalam waktu 41 menit. Ini gelar All England pertama bagi tunggal putra Indonesia sejak Hariyanto Arbi pada 1994, atau 30 tahun lalu.",
     [M("2024", 2024, "year"), M("21-15", None, "other"), M("21-14", None, "other"),
      M("41 menit", 41, "quantity", "minute"), M("1994", 1994, "year"),
      M("30 tahun", 30, "quantity", "year")]),
    # ---------------------------------------------------- national history, ordinals
    ("Memasuki abad ke-20, gerakan nasional tumbuh: Budi Utomo berdiri pada 20 Mei 1908 dan Kongres Pemuda II pada 27–28 Oktober 1928 melahirkan Sumpah Pemuda. Hari Kebangkitan Nasional ke-116 diperingati pada 2024, sedangkan Sumpah Pemuda genap berusia 96 tahun.",
     [M("ke-20", 20, "ordinal"), M("20 Mei 1908", 1908, "date"), M("II", 2, "ordinal"),
      M("27–28 Oktober 1928", 1928, "date"), M("ke-116", 116, "ordinal"),
      M("2024", 2024, "year"), M("96 tahun", 96, "quantity", "year")]),
    ("Di desa itu tinggal dua ratus lima puluh keluarga petani. Setengah dari mereka tidak memiliki sawah sendiri, sepertiga lainnya hanya menggarap kurang dari setengah hektare, dan hanya lima belas keluarga yang memiliki lebih dari dua hektare. Seorang buruh tani mendapat bagian seperlima dari hasil panen.",
     [M("dua ratus lima puluh", 250, "count"), M("Setengah", 0.5, "other"),
      M("sepertiga", 1 / 3, "other"), M("setengah hektare", 0.5, "quantity", "ha"),
      M("lima belas", 15, "count"), M("dua hektare", 2, "quantity", "ha"),
      M("seperlima", 0.2, "other")]),
    # ------------------------------------------------------------ academic papers
    ('Mengenai pemberontakan petani di Banten, lihat Sartono Kartodirdjo, Pemberontakan Petani Banten 1888 (Jakarta: Pustaka Jaya, 1984), hlm. 45–47; bandingkan dengan Kuntowijoyo, "Perubahan Sosial di Madura 1850–1940", Prisma, Tahun XII, No. 3 (1983), hlm. 21–34.',
     [M("1888", 1888, "year"), M("1984", 1984, "reference"),
      M("45–47", 45, "reference", range_end=47), R("1850–1940", 1850, 1940),
      M("XII", 12, "reference"), M("No. 3", 3, "reference"), M("1983", 1983, "reference"),
      M("21–34", 21, "reference", range_end=34)]),
    ("12 M.C. Ricklefs, Sejarah Indonesia Modern 1200–2008 (Jakarta: Serambi, 2008), hlm. 155.\n13 Ibid., hlm. 160–162.\n14 Arsip Nasional RI, Algemene Secretarie, inv. nr. 4512.",
     [M("12", 12, "reference"), R("1200–2008", 1200, 2008), M("2008", 2008, "reference"),
      M("155", 155, "reference"), M("13", 13, "reference"),
      M("160–162", 160, "reference", range_end=162), M("14", 14, "reference"),
      M("nr. 4512", 4512, "reference")]),
    ("Sejumlah sejarawan menekankan bahwa depresi ekonomi 1930-an memukul petani gula secara tidak merata (Booth, 1998: 34–36; Lindblad, 2002). Di Karesidenan Surabaya, areal tebu menyusut dari 52.000 menjadi 18.000 bahu antara 1931 dan 1934, dan sepertiga buruh pabrik kehilangan pekerjaan.⁷",
     [M("1930", 1930, "year"), M("1998", 1998, "reference"),
      M("34–36", 34, "reference", range_end=36), M("2002", 2002, "reference"),
      R("52.000 menjadi 18.000 bahu", 52000, 18000, "bahu"), M("1931", 1931, "year"),
      M("1934", 1934, "year"), M("sepertiga", 1 / 3, "other"), M("⁷", 7, "reference")]),
]
# fmt: on


def main() -> None:
    _bh.build_all({"id": ID}, "heldout6", HERE)


if __name__ == "__main__":
    main()
