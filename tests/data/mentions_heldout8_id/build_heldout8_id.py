"""Build the sealed Indonesian held-out numeric-mention set (``heldout8_id_id.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_heldout8_id/build_heldout8_id.py

A **sealed held-out** set: it was written and annotated blind and must never be tuned on.
Report its scores only, never its disagreements (no per-passage diffs, no examples of
misses), so that it keeps measuring generalisation.

The passages were written for this set in the style of ordinary Indonesian text of these
registers: Kompas/Tempo-style national and regional news (prices and the economy, floods,
earthquakes, traffic accidents, elections, badminton, football, MotoGP); BPS press
releases (inflation, poverty, exports, labour, population, rice production); Wikipedia
Indonesia articles (regencies, islands, volcanoes, people, kingdoms); laws and regulations
(Peraturan Pemerintah, Perda, Keputusan Menteri and Gubernur, with pasal / ayat / huruf);
colonial and revolutionary history with footnotes and citations; recipes and health
advice; BMKG weather, wave and earthquake bulletins and a volcano status report;
religious calendar and hajj news; company annual reports and stock-market news.  The
number conventions are the ones such texts use (``Rp16.450``, ``Rp2.240,1 triliun``,
``2,75 persen``, ``Jumat (21/6)``, ``pukul 14.30 WIB``, ``S (45)``, ``KM 487``,
``21-17, 21-14``, ``1 Zulhijah 1445 H``, ``5 (lima) tahun``, ``¹⁴``).

The passages were annotated **blind**, from ``docs/numeric-mentions.md`` and the
decisions in the docstrings of ``tests/data/mentions_heldout/build_heldout.py``,
``mentions_heldout2/build_heldout2.py``, ``mentions_heldout3/build_heldout3.py`` and the
``tests/data/mentions_dev_*/build_dev_*.py`` scripts, without reading the extractor's code
and without running it on them.  Texts are already normalised (plain spaces, no NBSP /
thin spaces).

Each passage is ``(text, [mentions in text order])`` using the ``M`` / ``R`` helpers and
the ``annotate`` validator of ``tests/data/mentions_heldout/build_heldout.py`` (offsets are
found with ``str.find`` from the end of the previous mention, never typed).  No currency
beyond the validator's ``CURRENCIES`` was needed (IDR, USD, NLG).

Decisions taken here where the spec and the earlier docstrings are silent, each with the
example that settled it:

* **Kitchen measures are units**: ``1 sdt`` / ``1 sendok teh`` (unit ``tsp``),
  ``4 sendok makan`` (``tbsp``), ``1/2 sdt`` vanili -> 0.5 tsp (a fraction before a unit).
  Classifiers of counted things stay outside and leave a ``count``: ``12`` butir bawang
  merah, ``6`` siung, ``2`` lembar daun jeruk, ``2`` batang serai, ``8`` gelas air,
  ``6`` porsi, ``558.000`` unit mobil, ``27`` lap.
* **A daily intake with per + a time unit** is one compound quantity, like ``7.800 ton
  per hari`` (dev_id) and ``125 г в сутки`` (dev_ru3): ``2 liter per hari`` -> 2 ``l/d``.
  A time quantity keeps *per minggu* outside (``150 menit`` per minggu, spec: a time unit
  takes no denominator).
* **A drinking or dosing pattern** ``pola 2-4-2`` is one ``other`` with value null (several
  integers, like the fertiliser grade ``15-15-15``).
* **Names containing a number**: the tournament grade ``BWF Super 1000`` -> ``other`` 1000;
  the campaign ``3M Plus`` -> ``other`` 3 with the digit only (glued, like ``S1``).
* **Minutes of a goal without ke-** (``pada menit 55``) are an ``ordinal`` like ``menit
  ke-9`` (a rank noun makes an ordinal, like ``peringkat 3``).
* **A rider's race number** ``pebalap bernomor 1`` and a hajj flight group with its
  embarkation code ``JKS 107`` are ``identifier`` (the code inside, like ``GA 404``).
* **Ordinal centuries joined by a connector** ``abad ke-7 hingga ke-13`` are one ``range``
  7..13 (range wins over ordinal, as ``Repelita I–VI``); with *dan* they stay two ordinals.
* **Two paragraph numbers with the noun repeated** ``ayat (1) sampai dengan ayat (2)`` are
  two ``identifier`` mentions (the brackets separate them), unlike ``Pasal 1 sampai 3``.
* **Age bounds repeated in words** ``usia 0 (nol) sampai dengan 60 (enam puluh) bulan`` are
  four ``quantity`` mentions in months (dev_id's ``5 (lima) tahun``): the bracket stands
  between the connector and the ends, so no range.
* **The fine category** ``kategori II`` of the new KUHP names a class: ``identifier``
  (like ``golongan I``); a price zone ``zona 1`` likewise.
* **The eruption index** ``skala VEI 7`` is a reading on a scale: ``other`` 7, no unit.
* **The sex ratio** ``Rasio jenis kelamin sebesar 111`` is a ratio (``other``, like the
  Gini ratio); the explanation ``111 laki-laki untuk setiap 100 perempuan`` gives two counts.
* **A customs chapter** ``HS 72`` is an ``identifier`` (an abbreviation naming a numbered
  thing); a trading session ``sesi II`` is an ``ordinal`` like ``triwulan IV``.
* **Solar or lunar altitudes between two bounds** ``antara 7° 43' hingga 9° 27'`` are one
  ``range`` in ``deg`` (*antara ... hingga* is a range, dev_id), values in decimal degrees.
* **Clock times with seconds written with dots** after *pukul* (``pukul 20.52.42 WIB``) are
  one time of day (``other`` 20.8783), like ``13:21:10 WIB``.
* **Intensities with the scale after the numeral** ``III-IV MMI`` keep ``MMI`` inside the
  span, like ``5,6 SR`` (a range 3..4, unit ``MMI``).
* **Coordinates with a degree sign** ``7,68° LS`` are quantities in ``deg`` with the sign
  and the hemisphere inside (dev_id3's ``6.84 LS``).
* **A stripping ratio with a glued x** ``nisbah kupas 4,1x`` is a multiplier (``other``,
  unit ``times``; round 3's glued ``x``).
* **Margins in points and ranking points** (``unggul 24 poin``, ``12.000 poin peringkat``)
  are ``count`` with ``poin`` outside, like league points (dev_id3); index points
  (``62,15 poin`` of the IHSG) stay ``other`` with unit ``point``.
* **Buddhist Era years** ``Waisak 2568 BE`` are a ``year`` with ``BE`` outside (like
  ``1444 H`` and ``1400 Saka``).
* **Not mentions**: ``perempat final`` (quarter-final, a fraction word inside a compound
  noun, like ``a half-life``), the Balinese name particle ``I`` (``I Gusti Ngurah Rai``),
  ordinal words (``KESATU``, ``KEDUA``, ``pertama``), ``sepekan``, ``sehari``, ``puluhan``.
* **Unit codes** used: ``km``, ``m``, ``cm``, ``mm``, ``km2``, ``ha``, ``t``, ``kg``, ``g``,
  ``l``, ``ml``, ``l/d``, ``tsp``, ``tbsp``, ``mmHg``, ``mg/dl``, ``km/h``, ``kn``, ``degC``,
  ``deg``, ``pikul``, ``year``, ``month``, ``day``, ``hour``, ``minute``, ``second``,
  ``times``, ``magnitude``, ``MMI``, ``point``, ``%``; currencies ``IDR``, ``USD``, ``NLG``.
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


def hm(h: int, m: int = 0, s: float = 0) -> float:
    """A clock time or duration in hours."""
    return h + m / 60 + s / 3600


def dm(d: int, m: int = 0) -> float:
    """Degrees and minutes of arc in decimal degrees."""
    return d + m / 60


# fmt: off
# ============================================================================ id
ID = [
    # ---- news: prices and the economy
    ("Harga cabai rawit merah di Pasar Induk Kramat Jati melonjak menjadi Rp 95.000 per "
     "kilogram pada Senin (4/3/2024), dari Rp 60.000 sepekan sebelumnya. Kepala Dinas KPKP DKI "
     "menyebut pasokan turun sekitar 30 persen akibat cuaca ekstrem di sentra produksi.",
     [M("Rp 95.000", 95000, "money", "IDR"), M("4/3/2024", 2024, "date"),
      M("Rp 60.000", 60000, "money", "IDR"), M("30 persen", 30, "percent", "%")]),
    ("Pemerintah resmi menaikkan harga Pertalite dari Rp 7.650 menjadi Rp 10.000 per liter dan "
     "Solar subsidi dari Rp 5.150 menjadi Rp 6.800 per liter mulai Sabtu, 3 September 2022, "
     "pukul 14.30 WIB. Menurut Menteri Keuangan, anggaran subsidi dan kompensasi energi tahun "
     "ini sudah membengkak tiga kali lipat menjadi Rp 502,4 triliun.",
     [R("Rp 7.650 menjadi Rp 10.000", 7650, 10000, "IDR"),
      R("Rp 5.150 menjadi Rp 6.800", 5150, 6800, "IDR"), M("3 September 2022", 2022, "date"),
      M("14.30", 14.5, "other"), M("tiga kali lipat", 3, "other", "times"),
      M("Rp 502,4 triliun", 502.4 * TRLN, "money", "IDR", TRLN)]),
    ("Kurs rupiah pada Jumat (21/6) sore ditutup melemah 0,15 persen ke level Rp16.450 per dolar "
     "AS, terendah sejak April 2020. Bank Indonesia mencatat cadangan devisa akhir Mei 2024 "
     "sebesar US$139,0 miliar, setara dengan pembiayaan 6,2 bulan impor.",
     [M("21/6", None, "date"), M("0,15 persen", 0.15, "percent", "%"),
      M("Rp16.450", 16450, "money", "IDR"), M("April 2020", 2020, "date"),
      M("Mei 2024", 2024, "date"), M("US$139,0 miliar", 139 * MLRD, "money", "USD", MLRD),
      M("6,2 bulan", 6.2, "quantity", "month")]),
    ("Harga beras premium di tingkat eceran rata-rata mencapai Rp 16.200/kg, jauh di atas HET "
     "Rp 13.900/kg untuk zona 1. Perum Bulog menggelontorkan 250.000 ton beras SPHP ke pasar "
     "tradisional dan ritel modern hingga akhir Februari.",
     [M("Rp 16.200/kg", 16200, "money", "IDR"), M("Rp 13.900/kg", 13900, "money", "IDR"),
      M("1", 1, "identifier"), M("250.000 ton", 250000, "quantity", "t")]),
    ("Kementerian Keuangan melaporkan realisasi pendapatan negara hingga 31 Oktober 2023 "
     "mencapai Rp2.240,1 triliun atau 90,9% dari target APBN, sementara belanja negara "
     "Rp2.240,8 triliun. Dengan demikian APBN mencatat defisit tipis Rp0,7 triliun atau 0,003% "
     "terhadap PDB.",
     [M("31 Oktober 2023", 2023, "date"), M("Rp2.240,1 triliun", 2240.1 * TRLN, "money", "IDR", TRLN),
      M("90,9%", 90.9, "percent", "%"),
      M("Rp2.240,8 triliun", 2240.8 * TRLN, "money", "IDR", TRLN),
      M("Rp0,7 triliun", 0.7 * TRLN, "money", "IDR", TRLN), M("0,003%", 0.003, "percent", "%")]),
    # ---- news: floods
    ("Banjir kembali merendam 42 RT di Jakarta Timur dan Jakarta Selatan pada Kamis (29/2/2024) "
     "pagi, dengan ketinggian air 40 hingga 180 sentimeter. BPBD DKI mencatat Pos Pantau Pintu "
     "Air Manggarai berstatus Siaga 2 dengan tinggi muka air 850 cm.",
     [M("42", 42, "count"), M("29/2/2024", 2024, "date"),
      R("40 hingga 180 sentimeter", 40, 180, "cm"), M("2", 2, "identifier"),
      M("850 cm", 850, "quantity", "cm")]),
    ("Sebanyak 1.873 kepala keluarga atau 6.204 jiwa terdampak banjir bandang di Kecamatan "
     "Bonjol, Kabupaten Pasaman, Sumatera Barat. Dua jembatan putus dan sekitar 120 hektare sawah "
     "rusak; kerugian sementara ditaksir Rp 8,5 miliar.",
     [M("1.873", 1873, "count"), M("6.204", 6204, "count"), M("Dua", 2, "count"),
      M("120 hektare", 120, "quantity", "ha"), M("Rp 8,5 miliar", 8.5 * MLRD, "money", "IDR", MLRD)]),
    ("Hujan deras selama lebih dari enam jam membuat Sungai Bengawan Solo di Bojonegoro meluap. "
     "Ketinggian air di papan duga Jembatan Kalitidu mencapai 14,70 meter atau status Siaga "
     "Merah, dan air merendam 17 desa di 5 kecamatan sejak Senin dini hari pukul 02.00 WIB.",
     [M("enam jam", 6, "quantity", "hour"), M("14,70 meter", 14.7, "quantity", "m"),
      M("17", 17, "count"), M("5", 5, "count"), M("02.00", 2, "other")]),
    # ---- news: earthquakes
    ("Gempa bermagnitudo 6,2 mengguncang Kabupaten Majene dan Mamuju, Sulawesi Barat, Jumat "
     "(15/1/2021) dini hari. BNPB melaporkan 105 orang meninggal, 3.369 orang luka-luka, dan "
     "lebih dari 89.000 warga mengungsi.",
     [M("6,2", 6.2, "other", "magnitude"), M("15/1/2021", 2021, "date"), M("105", 105, "count"),
      M("3.369", 3369, "count"), M("89.000", 89000, "count")]),
    ("Gempa susulan magnitudo 4,1 kembali dirasakan warga Cianjur pada pukul 09.23 WIB. Hingga "
     "Rabu malam, BMKG mencatat 171 kali gempa susulan dengan magnitudo terbesar 4,2 dan "
     "terkecil 1,2.",
     [M("4,1", 4.1, "other", "magnitude"), M("09.23", hm(9, 23), "other"),
      M("171 kali", 171, "other", "times"), M("4,2", 4.2, "other", "magnitude"),
      M("1,2", 1.2, "other", "magnitude")]),
    ("Gempa dan tsunami Palu 28 September 2018 yang dipicu gempa M 7,4 menewaskan 4.340 orang. "
     "Likuefaksi di Petobo dan Balaroa menenggelamkan lebih dari 3.000 rumah, sementara gelombang "
     "tsunami setinggi hingga 11,3 meter menerjang Teluk Palu.",
     [M("28 September 2018", 2018, "date"), M("M 7,4", 7.4, "other", "magnitude"),
      M("4.340", 4340, "count"), M("3.000", 3000, "count"),
      M("11,3 meter", 11.3, "quantity", "m")]),
    # ---- news: traffic accidents
    ("Kecelakaan beruntun yang melibatkan 17 kendaraan terjadi di Tol Semarang–Solo KM 487 arah "
     "Semarang, Senin (2/9/2019) sekitar pukul 12.00 WIB. Delapan orang tewas dan 28 lainnya "
     "luka-luka; polisi menduga truk bermuatan tanah kehilangan kendali di jalan menurun.",
     [M("17", 17, "count"), M("KM 487", 487, "quantity", "km"), M("2/9/2019", 2019, "date"),
      M("12.00", 12, "other"), M("Delapan", 8, "count"), M("28", 28, "count")]),
    ("Sebuah bus pariwisata yang membawa 61 penumpang terguling di tanjakan Emen, Subang, Sabtu "
     "(11/5) malam. Sopir bus berinisial S (45) diduga tidak menguasai kendaraan karena rem "
     "blong; 11 orang meninggal dunia di lokasi.",
     [M("61", 61, "count"), M("11/5", None, "date"), M("45", 45, "quantity", "year"),
      M("11", 11, "count")]),
    ("Korlantas Polri mencatat 1.184 kasus kecelakaan selama Operasi Lilin 2023, turun 14 persen "
     "dibanding tahun sebelumnya. Sebanyak 72 persen kecelakaan melibatkan sepeda motor, dan "
     "kecepatan kendaraan saat kejadian rata-rata di atas 80 km/jam.",
     [M("1.184", 1184, "count"), M("2023", 2023, "year"), M("14 persen", 14, "percent", "%"),
      M("72 persen", 72, "percent", "%"), M("80 km/jam", 80, "quantity", "km/h")]),
    # ---- news: elections
    ("KPU Provinsi Jawa Tengah menetapkan pasangan calon nomor urut 2 sebagai pemenang Pilkada "
     "2024 dengan 11.390.191 suara atau 59,14 persen. Tingkat partisipasi pemilih mencapai 70,6 "
     "persen dari 28.427.616 pemilih dalam DPT.",
     [M("2", 2, "identifier"), M("2024", 2024, "year"), M("11.390.191", 11390191, "count"),
      M("59,14 persen", 59.14, "percent", "%"), M("70,6 persen", 70.6, "percent", "%"),
      M("28.427.616", 28427616, "count")]),
    ("Di TPS 14 Kelurahan Sukajadi, surat suara yang digunakan berjumlah 241 lembar, 6 di "
     "antaranya tidak sah. Rekapitulasi tingkat kecamatan dijadwalkan berlangsung 15–20 Februari "
     "2024.",
     [M("14", 14, "identifier"), M("241", 241, "count"), M("6", 6, "count"),
      M("15–20 Februari 2024", 2024, "date")]),
    ("Sebanyak 18 partai politik nasional dan 6 partai lokal Aceh menjadi peserta Pemilu 2024. "
     "Ambang batas parlemen tetap 4 persen, sedangkan jumlah kursi DPR bertambah dari 575 menjadi "
     "580 kursi yang diperebutkan di 84 daerah pemilihan.",
     [M("18", 18, "count"), M("6", 6, "count"), M("2024", 2024, "year"),
      M("4 persen", 4, "percent", "%"), R("575 menjadi 580", 575, 580), M("84", 84, "count")]),
    ("Mahkamah Konstitusi menolak seluruh permohonan sengketa hasil pemilihan presiden pada Senin, "
     "22 April 2024; tiga dari delapan hakim konstitusi menyatakan pendapat berbeda (dissenting "
     "opinion). Putusan Nomor 1/PHPU.PRES-XXII/2024 dibacakan selama hampir 11 jam.",
     [M("22 April 2024", 2024, "date"), M("tiga", 3, "count"), M("delapan", 8, "count"),
      M("Nomor 1/PHPU.PRES-XXII/2024", 1, "identifier"), M("11 jam", 11, "quantity", "hour")]),
    # ---- news: badminton
    ("Ganda putra Fajar Alfian/Muhammad Rian Ardianto menjuarai All England 2023 setelah "
     "menaklukkan Mohammad Ahsan/Hendra Setiawan 21-17, 21-14 dalam 43 menit. Gelar itu menjadi "
     "yang kedua bagi mereka di turnamen BWF Super 1000 tersebut.",
     [M("2023", 2023, "year"), M("21-17", None, "other"), M("21-14", None, "other"),
      M("43 menit", 43, "quantity", "minute"), M("1000", 1000, "other")]),
    ("Gregoria Mariska Tunjung meraih medali perunggu Olimpiade Paris 2024 setelah kalah 21-11, "
     "13-21, 16-21 dari An Se-young di semifinal; lawannya di perebutan perunggu, Carolina Marin, "
     "mundur karena cedera lutut. Itu medali Olimpiade pertama tunggal putri Indonesia sejak "
     "Maria Kristin Yulianti pada 2008.",
     [M("2024", 2024, "year"), M("21-11", None, "other"), M("13-21", None, "other"),
      M("16-21", None, "other"), M("2008", 2008, "year")]),
    ("Indonesia meloloskan 7 wakil ke perempat final Indonesia Open 2024 di Istora Senayan, "
     "Jakarta. Total hadiah turnamen mencapai US$1.350.000, dengan juara tunggal putra membawa "
     "pulang US$94.500 dan 12.000 poin peringkat.",
     [M("7", 7, "count"), M("2024", 2024, "year"), M("US$1.350.000", 1350000, "money", "USD"),
      M("US$94.500", 94500, "money", "USD"), M("12.000", 12000, "count")]),
    # ---- news: football
    ("Timnas Indonesia mengalahkan Vietnam 3-0 di Stadion My Dinh, Hanoi, Selasa (26/3/2024), "
     "dalam lanjutan kualifikasi Piala Dunia 2026 Grup F. Gol dicetak Jay Idzes menit ke-9, "
     "Ragnar Oratmangoen menit ke-30 dan Witan Sulaeman pada menit 55.",
     [M("3-0", None, "other"), M("26/3/2024", 2024, "date"), M("2026", 2026, "year"),
      M("ke-9", 9, "ordinal"), M("ke-30", 30, "ordinal"), M("55", 55, "ordinal")]),
    ("Persebaya Surabaya ditahan imbang Arema FC 1-1 pada laga pekan ke-12 BRI Liga 1 2024/2025 "
     "di Stadion Gelora Bung Tomo, Sabtu (23/11). Pertandingan yang disaksikan 25.000 penonton "
     "itu sempat dihentikan 10 menit karena suar dinyalakan di tribun.",
     [M("1-1", None, "other"), M("ke-12", 12, "ordinal"), M("1", 1, "other"),
      R("2024/2025", 2024, 2025), M("23/11", None, "date"), M("25.000", 25000, "count"),
      M("10 menit", 10, "quantity", "minute")]),
    ("Komdis PSSI menjatuhkan sanksi larangan tampil 4 laga dan denda Rp 50 juta kepada pemain "
     "berusia 23 tahun itu. Dalam 17 penampilan musim ini ia mencetak 9 gol dan 3 assist.",
     [M("4", 4, "count"), M("Rp 50 juta", 50 * MLN, "money", "IDR", MLN),
      M("23 tahun", 23, "quantity", "year"), M("17", 17, "count"), M("9", 9, "count"),
      M("3", 3, "count")]),
    # ---- news: MotoGP
    ("Francesco Bagnaia menjuarai MotoGP Mandalika 2023 meski start dari posisi ke-13. Pebalap "
     "Ducati bernomor 1 itu menyelesaikan 27 lap Sirkuit Pertamina Mandalika yang panjangnya "
     "4,31 km dalam waktu 40 menit 37,194 detik.",
     [M("2023", 2023, "year"), M("ke-13", 13, "ordinal"), M("1", 1, "identifier"),
      M("27", 27, "count"), M("4,31 km", 4.31, "quantity", "km"),
      M("40 menit", 40, "quantity", "minute"), M("37,194 detik", 37.194, "quantity", "second")]),
    ("Di klasemen sementara MotoGP 2024, Jorge Martin memimpin dengan 392 poin, unggul 24 poin "
     "dari Bagnaia menjelang seri pamungkas di Barcelona. Kecepatan tertinggi musim ini dicatat "
     "Brad Binder, yakni 366,1 km/jam di Sirkuit Mugello.",
     [M("2024", 2024, "year"), M("392", 392, "count"), M("24", 24, "count"),
      M("366,1 km/jam", 366.1, "quantity", "km/h")]),
]
ID += [
    # ---- BPS press releases
    ("Berita Resmi Statistik No. 17/03/Th. XXVII, 1 Maret 2024. Pada Februari 2024 terjadi "
     "inflasi year on year (y-on-y) sebesar 2,75 persen dengan Indeks Harga Konsumen (IHK) "
     "sebesar 105,58. Inflasi y-on-y tertinggi terjadi di Kabupaten Minahasa Utara sebesar 5,27 "
     "persen.",
     [M("No. 17/03/Th. XXVII", 17, "identifier"), M("1 Maret 2024", 2024, "date"),
      M("Februari 2024", 2024, "date"), M("2,75 persen", 2.75, "percent", "%"),
      M("105,58", 105.58, "other"), M("5,27 persen", 5.27, "percent", "%")]),
    ("Persentase penduduk miskin pada Maret 2024 sebesar 9,03 persen, menurun 0,33 persen poin "
     "terhadap Maret 2023. Jumlah penduduk miskin 25,22 juta orang, sedangkan Garis Kemiskinan "
     "tercatat Rp582.932,00/kapita/bulan.",
     [M("Maret 2024", 2024, "date"), M("9,03 persen", 9.03, "percent", "%"),
      M("0,33 persen poin", 0.33, "percent", "%"), M("Maret 2023", 2023, "date"),
      M("25,22 juta", 25.22 * MLN, "count", None, MLN),
      M("Rp582.932,00/kapita/bulan", 582932, "money", "IDR")]),
    ("Nilai ekspor Indonesia Mei 2024 mencapai US$22,33 miliar, naik 13,82 persen dibanding "
     "April 2024. Ekspor besi dan baja (HS 72) tumbuh 20,15 persen, sementara neraca "
     "perdagangan surplus US$2,93 miliar.",
     [M("Mei 2024", 2024, "date"), M("US$22,33 miliar", 22.33 * MLRD, "money", "USD", MLRD),
      M("13,82 persen", 13.82, "percent", "%"), M("April 2024", 2024, "date"),
      M("72", 72, "identifier"), M("20,15 persen", 20.15, "percent", "%"),
      M("US$2,93 miliar", 2.93 * MLRD, "money", "USD", MLRD)]),
    ("Hasil Sensus Penduduk 2020 mencatat penduduk Provinsi Papua sebanyak 4,30 juta jiwa dengan "
     "laju pertumbuhan 3,54 persen per tahun selama 2010–2020, tertinggi di Indonesia. Rasio "
     "jenis kelamin sebesar 111, artinya terdapat 111 laki-laki untuk setiap 100 perempuan.",
     [M("2020", 2020, "year"), M("4,30 juta", 4.3 * MLN, "count", None, MLN),
      M("3,54 persen", 3.54, "percent", "%"), R("2010–2020", 2010, 2020),
      M("111", 111, "other"), M("111", 111, "count"), M("100", 100, "count")]),
    ("Nilai Tukar Petani (NTP) nasional Juli 2024 sebesar 119,61 atau naik 1,28 persen dibanding "
     "bulan sebelumnya. Rata-rata harga gabah kering panen (GKP) di tingkat petani Rp6.369 per "
     "kg, turun 1,72 persen; dari 1.537 observasi, kualitas GKP mendominasi 64,93 persen.",
     [M("Juli 2024", 2024, "date"), M("119,61", 119.61, "other"),
      M("1,28 persen", 1.28, "percent", "%"), M("Rp6.369", 6369, "money", "IDR"),
      M("1,72 persen", 1.72, "percent", "%"), M("1.537", 1537, "count"),
      M("64,93 persen", 64.93, "percent", "%")]),
    ("Tingkat Pengangguran Terbuka (TPT) Februari 2024 sebesar 4,82 persen, turun 0,63 persen poin "
     "dibanding Februari 2023. Penduduk usia kerja tercatat 214,00 juta orang, dan rata-rata upah "
     "buruh Rp3,04 juta per bulan.",
     [M("Februari 2024", 2024, "date"), M("4,82 persen", 4.82, "percent", "%"),
      M("0,63 persen poin", 0.63, "percent", "%"), M("Februari 2023", 2023, "date"),
      M("214,00 juta", 214 * MLN, "count", None, MLN),
      M("Rp3,04 juta", 3.04 * MLN, "money", "IDR", MLN)]),
    ("Produksi padi tahun 2023 diperkirakan sebesar 53,63 juta ton gabah kering giling (GKG), "
     "turun 1,12 juta ton atau 2,05 persen dibandingkan 2022. Luas panen padi mencapai 10,20 juta "
     "hektare.",
     [M("2023", 2023, "year"), M("53,63 juta ton", 53.63 * MLN, "quantity", "t", MLN),
      M("1,12 juta ton", 1.12 * MLN, "quantity", "t", MLN), M("2,05 persen", 2.05, "percent", "%"),
      M("2022", 2022, "year"), M("10,20 juta hektare", 10.2 * MLN, "quantity", "ha", MLN)]),
    # ---- Wikipedia Indonesia: regencies, islands, volcanoes, people, kingdoms
    ("Kabupaten Gunungkidul adalah sebuah kabupaten di Daerah Istimewa Yogyakarta dengan ibu kota "
     "Wonosari. Luas wilayahnya 1.485,36 km² atau sekitar 46,63% luas provinsi, terbagi atas 18 "
     "kapanewon dan 144 kalurahan. Pada pertengahan 2023 penduduknya berjumlah 771.006 jiwa.",
     [M("1.485,36 km²", 1485.36, "quantity", "km2"), M("46,63%", 46.63, "percent", "%"),
      M("18", 18, "count"), M("144", 144, "count"), M("2023", 2023, "year"),
      M("771.006", 771006, "count")]),
    ("Kabupaten Raja Ampat dibentuk berdasarkan Undang-Undang Nomor 26 Tahun 2002 dan terdiri atas "
     "610 pulau, hanya 35 di antaranya yang berpenghuni. Empat pulau besar di wilayah itu adalah "
     "Waigeo, Misool, Salawati dan Batanta.",
     [M("Nomor 26", 26, "identifier"), M("2002", 2002, "year"), M("610", 610, "count"),
      M("35", 35, "count"), M("Empat", 4, "count")]),
    ("Pulau Sumbawa memiliki luas 15.414,5 km² dan merupakan pulau terbesar di Provinsi Nusa "
     "Tenggara Barat. Titik tertingginya adalah Gunung Tambora (2.850 m), yang letusannya pada "
     "April 1815 tergolong skala VEI 7 dan menewaskan sedikitnya 92.000 orang.[3]",
     [M("15.414,5 km²", 15414.5, "quantity", "km2"), M("2.850 m", 2850, "quantity", "m"),
      M("April 1815", 1815, "date"), M("7", 7, "other"), M("92.000", 92000, "count"),
      M("3", 3, "reference")]),
    ("Gunung Sinabung adalah gunung api strato di Dataran Tinggi Karo, Sumatera Utara, dengan "
     "ketinggian 2.460 mdpl. Setelah tidur sekitar 400 tahun, gunung ini meletus pada 27 Agustus "
     "2010; erupsi 1 Februari 2014 menewaskan 16 orang di Desa Sukameriah.",
     [M("2.460 mdpl", 2460, "quantity", "m"), M("400 tahun", 400, "quantity", "year"),
      M("27 Agustus 2010", 2010, "date"), M("1 Februari 2014", 2014, "date"),
      M("16", 16, "count")]),
    ("Raden Ajeng Kartini (21 April 1879 – 17 September 1904) wafat pada usia 25 tahun, empat hari "
     "setelah melahirkan putranya. Kumpulan suratnya terbit pada 1911 dengan judul Door "
     "Duisternis tot Licht. Ia ditetapkan sebagai Pahlawan Kemerdekaan Nasional melalui Keputusan "
     "Presiden Nomor 108 Tahun 1964 tanggal 2 Mei 1964.",
     [M("21 April 1879", 1879, "date"), M("17 September 1904", 1904, "date"),
      M("25 tahun", 25, "quantity", "year"), M("empat hari", 4, "quantity", "day"),
      M("1911", 1911, "year"), M("Nomor 108", 108, "identifier"), M("1964", 1964, "year"),
      M("2 Mei 1964", 1964, "date")]),
    ("Mohammad Hatta lahir di Fort de Kock (kini Bukittinggi) pada 12 Agustus 1902 dan wafat di "
     "Jakarta pada 14 Maret 1980 dalam usia 77 tahun. Ia menjabat Wakil Presiden pertama sejak "
     "1945 hingga mengundurkan diri pada 1 Desember 1956, dan pernah pula menjadi Perdana Menteri "
     "ke-3.",
     [M("12 Agustus 1902", 1902, "date"), M("14 Maret 1980", 1980, "date"),
      M("77 tahun", 77, "quantity", "year"), M("1945", 1945, "year"),
      M("1 Desember 1956", 1956, "date"), M("ke-3", 3, "ordinal")]),
    ("Sriwijaya adalah kerajaan bahari yang berpusat di Sumatra dan berkembang antara abad ke-7 "
     "hingga ke-13. Prasasti Kedukan Bukit bertarikh 605 Saka (683 M) menyebut Dapunta Hyang "
     "berangkat membawa 20.000 tentara dengan 200 peti perbekalan.",
     [R("ke-7 hingga ke-13", 7, 13), M("605", 605, "year"), M("683", 683, "year"),
      M("20.000", 20000, "count"), M("200", 200, "count")]),
    ("Kerajaan Majapahit berdiri pada 1293 dan mencapai puncak kejayaan di bawah Hayam Wuruk "
     "(memerintah 1350–1389) dengan Mahapatih Gajah Mada. Kakawin Negarakertagama karya Mpu "
     "Prapanca terdiri atas 98 pupuh dan menyebut puluhan negeri bawahan; kerajaan ini runtuh "
     "sekitar tahun 1527.",
     [M("1293", 1293, "year"), R("1350–1389", 1350, 1389), M("98", 98, "count"),
      M("1527", 1527, "year")]),
]
ID += [
    # ---- laws and regulations
    ("Peraturan Pemerintah Nomor 35 Tahun 2021 tentang Perjanjian Kerja Waktu Tertentu, Alih Daya, "
     "Waktu Kerja dan Waktu Istirahat, dan Pemutusan Hubungan Kerja. Pasal 8 ayat (1): PKWT "
     "berdasarkan jangka waktu dapat dibuat untuk paling lama 5 (lima) tahun.",
     [M("Nomor 35", 35, "identifier"), M("2021", 2021, "year"), M("8", 8, "identifier"),
      M("1", 1, "identifier"), M("5", 5, "quantity", "year"), M("lima", 5, "quantity", "year")]),
    ("Pasal 21 ayat (2) huruf b Peraturan Daerah Kota Surabaya Nomor 2 Tahun 2020 menetapkan "
     "denda administratif paling banyak Rp500.000,00 (lima ratus ribu rupiah) bagi setiap orang "
     "yang membuang sampah tidak pada tempatnya.",
     [M("21", 21, "identifier"), M("2", 2, "identifier"), M("Nomor 2", 2, "identifier"),
      M("2020", 2020, "year"), M("Rp500.000,00", 500000, "money", "IDR"),
      M("lima ratus ribu rupiah", 500000, "money", "IDR", K)]),
    ("Keputusan Menteri Pertanian Nomor 472/Kpts/RC.110/7/2023 menetapkan harga pembelian "
     "pemerintah (HPP) gabah kering panen di tingkat petani Rp5.000 per kilogram dan beras di "
     "gudang Perum Bulog Rp9.950 per kilogram, berlaku sejak tanggal ditetapkan.",
     [M("Nomor 472/Kpts/RC.110/7/2023", 472, "identifier"), M("Rp5.000", 5000, "money", "IDR"),
      M("Rp9.950", 9950, "money", "IDR")]),
    ("Dalam Undang-Undang Nomor 1 Tahun 2023 tentang KUHP, Pasal 411 ayat (1) mengancam pelaku "
     "perzinaan dengan pidana penjara paling lama 1 (satu) tahun atau pidana denda paling banyak "
     "kategori II. Undang-undang ini mulai berlaku setelah 3 (tiga) tahun terhitung sejak tanggal "
     "diundangkan, yaitu 2 Januari 2026.",
     [M("Nomor 1", 1, "identifier"), M("2023", 2023, "year"), M("411", 411, "identifier"),
      M("1", 1, "identifier"), M("1", 1, "quantity", "year"), M("satu", 1, "quantity", "year"),
      M("II", 2, "identifier"), M("3", 3, "quantity", "year"), M("tiga", 3, "quantity", "year"),
      M("2 Januari 2026", 2026, "date")]),
    ("Pasal 5 (1) Pemegang izin wajib menyampaikan laporan secara berkala setiap 6 (enam) bulan "
     "sekali. (2) Laporan sebagaimana dimaksud pada ayat (1) paling sedikit memuat: a. jumlah "
     "tenaga kerja; b. realisasi investasi; dan c. volume produksi. (3) Ketentuan lebih lanjut "
     "mengenai tata cara pelaporan sebagaimana dimaksud pada ayat (1) sampai dengan ayat (2) "
     "diatur dengan Peraturan Menteri.",
     [M("5", 5, "identifier"), M("1", 1, "identifier"), M("6", 6, "quantity", "month"),
      M("enam", 6, "quantity", "month"), M("2", 2, "identifier"), M("1", 1, "identifier"),
      M("3", 3, "identifier"), M("1", 1, "identifier"), M("2", 2, "identifier")]),
    ("Peraturan Menteri Kesehatan Nomor 2 Tahun 2020 tentang Standar Antropometri Anak menetapkan "
     "bahwa anak usia 0 (nol) sampai dengan 60 (enam puluh) bulan dikategorikan pendek apabila "
     "nilai z-score panjang atau tinggi badan menurut umur kurang dari -2 SD.",
     [M("Nomor 2", 2, "identifier"), M("2020", 2020, "year"), M("0", 0, "quantity", "month"),
      M("nol", 0, "quantity", "month"), M("60", 60, "quantity", "month"),
      M("enam puluh", 60, "quantity", "month"), M("-2 SD", -2, "other", "SD")]),
    ("MEMUTUSKAN: Menetapkan: KESATU: Upah Minimum Provinsi Jawa Timur Tahun 2025 sebesar "
     "Rp2.305.985,00 sebagaimana tercantum dalam Lampiran I Keputusan ini. KEDUA: Keputusan "
     "Gubernur ini mulai berlaku pada tanggal 1 Januari 2025.",
     [M("2025", 2025, "year"), M("Rp2.305.985,00", 2305985, "money", "IDR"),
      M("I", 1, "identifier"), M("1 Januari 2025", 2025, "date")]),
    # ---- colonial and revolutionary history, with footnotes
    ("Sistem Tanam Paksa yang diberlakukan Gubernur Jenderal Johannes van den Bosch sejak 1830 "
     "mewajibkan desa menyisihkan sebagian tanahnya untuk tanaman ekspor. Antara 1831 dan 1877 "
     "kas negeri Belanda menerima batig slot lebih dari 780 juta gulden.¹⁴",
     [M("1830", 1830, "year"), M("1831", 1831, "year"), M("1877", 1877, "year"),
      M("780 juta gulden", 780 * MLN, "money", "NLG", MLN), M("¹⁴", 14, "reference")]),
    ("¹⁴ C. Fasseur, Kultuurstelsel en koloniale baten (Leiden: Universitaire Pers, 1975), hlm. "
     "112–115; lihat juga Ricklefs 2008: 259.",
     [M("¹⁴", 14, "reference"), M("1975", 1975, "reference"),
      M("112–115", 112, "reference", range_end=115), M("2008", 2008, "reference"),
      M("259", 259, "reference")]),
    ("Pertempuran Ambarawa berlangsung dari 20 Oktober hingga 15 Desember 1945 dan berakhir dengan "
     "mundurnya pasukan Sekutu ke Semarang. Kemenangan itu kini diperingati setiap 15 Desember "
     "sebagai Hari Juang Kartika, sedangkan Kolonel Soedirman yang memimpin serangan terakhir "
     "baru berusia 29 tahun.²⁷",
     [M("20 Oktober", None, "date"), M("15 Desember 1945", 1945, "date"),
      M("15 Desember", None, "date"), M("29 tahun", 29, "quantity", "year"),
      M("²⁷", 27, "reference")]),
    ("²⁷ Soedjono, Sejarah Perjuangan Divisi Diponegoro, Jilid 2 (Semarang: Yayasan Pelita, "
     "1977), hlm. 331. Bandingkan Kahin (1952: 142–143), yang menyebut jumlah pasukan Sekutu di "
     "Jawa Tengah tidak lebih dari 4.000 orang.",
     [M("²⁷", 27, "reference"), M("2", 2, "reference"), M("1977", 1977, "reference"),
      M("331", 331, "reference"), M("1952", 1952, "reference"),
      M("142–143", 142, "reference", range_end=143), M("4.000", 4000, "count")]),
    ("Dalam Agresi Militer Belanda II yang dimulai 19 Desember 1948, ibu kota Yogyakarta jatuh "
     "dalam hitungan jam; Presiden Soekarno, Wakil Presiden Hatta dan sejumlah menteri ditawan "
     "lalu diasingkan ke Bangka. Pemerintah Darurat Republik Indonesia (PDRI) di bawah "
     "Sjafruddin Prawiranegara bertahan di pedalaman Sumatra Barat selama 207 hari.[31]",
     [M("II", 2, "ordinal"), M("19 Desember 1948", 1948, "date"),
      M("207 hari", 207, "quantity", "day"), M("31", 31, "reference")]),
    ("Pada 1 Oktober 1946 Belanda mencatat kekuatan KNIL di Jawa sekitar 92.000 orang, sedangkan "
     "TRI memiliki kurang lebih 200.000 anggota, tetapi hanya sepertiga di antaranya memegang "
     "senapan (De Moor 2011, 87–89).",
     [M("1 Oktober 1946", 1946, "date"), M("92.000", 92000, "count"), M("200.000", 200000, "count"),
      M("sepertiga", THIRD, "other"), M("2011", 2011, "reference"),
      M("87–89", 87, "reference", range_end=89)]),
    ("Laporan Residen Kedu tahun 1857 menyebutkan bahwa penduduk keresidenan itu berjumlah "
     "513.280 jiwa dan menyerahkan 214.631 pikul kopi kepada gudang pemerintah dengan harga "
     "ƒ 10,50 per pikul.⁹",
     [M("1857", 1857, "year"), M("513.280", 513280, "count"),
      M("214.631 pikul", 214631, "quantity", "pikul"), M("ƒ 10,50", 10.5, "money", "NLG"),
      M("⁹", 9, "reference")]),
    ("Van Heutsz memimpin ekspedisi ke Pidie pada 1898 dengan 2 batalyon infanteri dan 1 kompi "
     "marsose. Menurut laporan resmi, Perang Aceh hingga 1904 menelan korban sekitar 37.500 "
     "serdadu di pihak Belanda, sebagian besar karena kolera dan beri-beri.",
     [M("1898", 1898, "year"), M("2", 2, "count"), M("1", 1, "count"), M("1904", 1904, "year"),
      M("37.500", 37500, "count")]),
]
ID += [
    # ---- recipes
    ("Resep rendang daging sapi untuk 6 porsi. Bahan: 1 kg daging sapi bagian paha, 2 liter "
     "santan dari 3 butir kelapa, 2 lembar daun kunyit, 4 lembar daun jeruk, 2 batang serai "
     "yang dimemarkan, dan 1 sdt garam.",
     [M("6", 6, "count"), M("1 kg", 1, "quantity", "kg"), M("2 liter", 2, "quantity", "l"),
      M("3", 3, "count"), M("2", 2, "count"), M("4", 4, "count"), M("2", 2, "count"),
      M("1 sdt", 1, "quantity", "tsp")]),
    ("Bumbu halus: 12 butir bawang merah, 6 siung bawang putih, 150 gram cabai merah keriting, "
     "3 cm jahe dan 4 cm lengkuas. Masak dengan api sedang selama 3–4 jam sambil terus diaduk "
     "hingga santan mengering dan bumbu berwarna cokelat kehitaman.",
     [M("12", 12, "count"), M("6", 6, "count"), M("150 gram", 150, "quantity", "g"),
      M("3 cm", 3, "quantity", "cm"), M("4 cm", 4, "quantity", "cm"),
      R("3–4 jam", 3, 4, "hour")]),
    ("Cara membuat bolu pandan: kocok 5 butir telur dan 150 g gula pasir hingga mengembang, lalu "
     "masukkan 1/2 sdt vanili dan 100 ml santan kental. Panggang dalam oven bersuhu 170°C selama "
     "35–40 menit, kemudian dinginkan setengah jam sebelum dipotong.",
     [M("5", 5, "count"), M("150 g", 150, "quantity", "g"), M("1/2 sdt", 0.5, "quantity", "tsp"),
      M("100 ml", 100, "quantity", "ml"), M("170°C", 170, "quantity", "degC"),
      R("35–40 menit", 35, 40, "minute"), M("setengah jam", 0.5, "quantity", "hour")]),
    # ---- health advice
    ("Kementerian Kesehatan menganjurkan konsumsi gula tidak lebih dari 4 sendok makan, garam 1 "
     "sendok teh, dan lemak 5 sendok makan dalam sehari. Anjuran ini bertujuan menekan risiko "
     "hipertensi, diabetes dan obesitas.",
     [M("4 sendok makan", 4, "quantity", "tbsp"), M("1 sendok teh", 1, "quantity", "tsp"),
      M("5 sendok makan", 5, "quantity", "tbsp")]),
    ("Orang dewasa dianjurkan berolahraga dengan intensitas sedang minimal 150 menit per minggu, "
     "atau 30 menit sehari selama 5 hari. Tekanan darah normal berada di bawah 120/80 mmHg, "
     "sedangkan kadar gula darah puasa normal kurang dari 100 mg/dL.",
     [M("150 menit", 150, "quantity", "minute"), M("30 menit", 30, "quantity", "minute"),
      M("5 hari", 5, "quantity", "day"), M("120", 120, "quantity", "mmHg"),
      M("80 mmHg", 80, "quantity", "mmHg"), M("100 mg/dL", 100, "quantity", "mg/dl")]),
    ("Untuk mencegah dehidrasi saat berpuasa, minumlah 8 gelas air atau sekitar 2 liter per hari "
     "dengan pola 2-4-2: 2 gelas saat berbuka, 4 gelas pada malam hari, dan 2 gelas saat sahur.",
     [M("8", 8, "count"), M("2 liter per hari", 2, "quantity", "l/d"), M("2-4-2", None, "other"),
      M("2", 2, "count"), M("4", 4, "count"), M("2", 2, "count")]),
    ("Kasus demam berdarah dengue (DBD) di Kabupaten Bantul hingga minggu ke-20 tahun 2024 "
     "mencapai 1.032 kasus dengan 4 kematian. Dinas Kesehatan mengimbau warga menerapkan 3M Plus "
     "dan segera memeriksakan diri bila demam tinggi lebih dari 2 hari.",
     [M("ke-20", 20, "ordinal"), M("2024", 2024, "year"), M("1.032", 1032, "count"),
      M("4", 4, "count"), M("3", 3, "other", glued=True), M("2 hari", 2, "quantity", "day")]),
    # ---- BMKG bulletins and a volcano report
    ("Peringatan dini gelombang tinggi berlaku 12–15 Juli 2024: tinggi gelombang 2,5–4,0 meter "
     "berpeluang terjadi di Samudra Hindia selatan Jawa hingga NTB, dan 4,0–6,0 meter di perairan "
     "barat Lampung. Kecepatan angin di wilayah tersebut dapat mencapai 25 knot.",
     [M("12–15 Juli 2024", 2024, "date"), R("2,5–4,0 meter", 2.5, 4, "m"),
      R("4,0–6,0 meter", 4, 6, "m"), M("25 knot", 25, "quantity", "kn")]),
    ("Peringatan dini cuaca Jawa Tengah pukul 15.10 WIB: waspada potensi hujan sedang hingga lebat "
     "disertai kilat/petir dan angin kencang di Kabupaten Banyumas, Cilacap dan Purbalingga hingga "
     "pukul 18.00 WIB. Curah hujan tertinggi dalam 24 jam terakhir tercatat 127,4 mm di Pos Hujan "
     "Majenang.",
     [M("15.10", hm(15, 10), "other"), M("18.00", 18, "other"), M("24 jam", 24, "quantity", "hour"),
      M("127,4 mm", 127.4, "quantity", "mm")]),
    ("Info Gempa Mag:5.0, 07-Mar-24 18:44:35 WIB, Lok:4.12 LS, 102.15 BT (79 km BaratDaya "
     "BENGKULU), Kedlmn:24 Km, tidak berpotensi tsunami ::BMKG",
     [M("5.0", 5, "other", "magnitude"), M("07-Mar-24", 2024, "date"),
      M("18:44:35", hm(18, 44, 35), "other"), M("4.12 LS", 4.12, "quantity", "deg"),
      M("102.15 BT", 102.15, "quantity", "deg"), M("79 km", 79, "quantity", "km"),
      M("24 Km", 24, "quantity", "km")]),
    ("BMKG mencatat gempa tektonik M 5,3 mengguncang wilayah Kabupaten Garut pada Rabu pukul 23.29 "
     "WIB. Episenter terletak pada koordinat 7,68° LS dan 107,51° BT, berjarak 41 km barat daya "
     "Garut pada kedalaman 108 km. Guncangan dirasakan di Garut dan Tasikmalaya dengan skala "
     "intensitas III-IV MMI.",
     [M("M 5,3", 5.3, "other", "magnitude"), M("23.29", hm(23, 29), "other"),
      M("7,68° LS", 7.68, "quantity", "deg"), M("107,51° BT", 107.51, "quantity", "deg"),
      M("41 km", 41, "quantity", "km"), M("108 km", 108, "quantity", "km"),
      R("III-IV MMI", 3, 4, "MMI")]),
    ("Status Gunung Lewotobi Laki-laki di Flores Timur dinaikkan menjadi Level IV (Awas) pada 3 "
     "November 2024 pukul 20.00 WITA. Badan Geologi merekomendasikan masyarakat tidak beraktivitas "
     "dalam radius 7 km dari pusat erupsi; tinggi kolom abu teramati 2.000 meter di atas puncak.",
     [M("IV", 4, "identifier"), M("3 November 2024", 2024, "date"), M("20.00", 20, "other"),
      M("7 km", 7, "quantity", "km"), M("2.000 meter", 2000, "quantity", "m")]),
    # ---- religious calendar and hajj
    ("Kementerian Agama menetapkan 1 Zulhijah 1445 H jatuh pada Jumat, 7 Juni 2024, sehingga Hari "
     "Raya Iduladha 10 Zulhijah 1445 H bertepatan dengan Senin, 17 Juni 2024. Hilal di seluruh "
     "Indonesia sudah berada di atas ufuk dengan ketinggian antara 7° 43' hingga 9° 27'.",
     [M("1 Zulhijah 1445", 1445, "date"), M("7 Juni 2024", 2024, "date"),
      M("10 Zulhijah 1445", 1445, "date"), M("17 Juni 2024", 2024, "date"),
      R("7° 43' hingga 9° 27'", dm(7, 43), dm(9, 27), "deg")]),
    ("Sebanyak 213.275 jemaah haji reguler Indonesia diberangkatkan dalam 553 kelompok terbang "
     "(kloter) pada musim haji 1445 H/2024 M. Kloter terakhir, JKS 107, tiba di Tanah Air pada 22 "
     "Juli 2024; selama operasional tercatat 461 jemaah wafat.",
     [M("213.275", 213275, "count"), M("553", 553, "count"), M("1445", 1445, "year"),
      M("2024", 2024, "year"), M("JKS 107", 107, "identifier"), M("22 Juli 2024", 2024, "date"),
      M("461", 461, "count")]),
    ("Biaya Perjalanan Ibadah Haji (Bipih) 1446 H/2025 M yang dibayar jemaah rata-rata "
     "Rp55.431.750,78, sedangkan Biaya Penyelenggaraan Ibadah Haji (BPIH) rata-rata "
     "Rp89.410.258,79 per jemaah. Nilai manfaat dana haji yang digunakan sebesar Rp6,83 triliun.",
     [M("1446", 1446, "year"), M("2025", 2025, "year"),
      M("Rp55.431.750,78", 55431750.78, "money", "IDR"),
      M("Rp89.410.258,79", 89410258.79, "money", "IDR"),
      M("Rp6,83 triliun", 6.83 * TRLN, "money", "IDR", TRLN)]),
    ("Umat Hindu di Bali merayakan Hari Raya Nyepi Tahun Baru Saka 1946 pada Senin, 11 Maret 2024, "
     "dengan menjalankan Catur Brata Penyepian selama 24 jam mulai pukul 06.00 WITA. Bandara I "
     "Gusti Ngurah Rai ditutup dan 468 penerbangan dijadwal ulang.",
     [M("1946", 1946, "year"), M("11 Maret 2024", 2024, "date"), M("24 jam", 24, "quantity", "hour"),
      M("06.00", 6, "other"), M("468", 468, "count")]),
    ("Hari Raya Waisak 2568 BE jatuh pada Kamis, 23 Mei 2024. Detik-detik puncak Waisak di Candi "
     "Borobudur terjadi pukul 20.52.42 WIB, dan sekitar 2.000 lampion diterbangkan oleh umat "
     "Buddha.",
     [M("2568", 2568, "year"), M("23 Mei 2024", 2024, "date"),
      M("20.52.42", hm(20, 52, 42), "other"), M("2.000", 2000, "count")]),
    # ---- company reports and stock-market news
    ("PT Bank Central Asia Tbk (BBCA) membukukan laba bersih Rp48,6 triliun sepanjang 2023, tumbuh "
     "19,4% secara tahunan. Rasio kredit bermasalah (NPL) gross terjaga di level 1,9%, dan rasio "
     "kecukupan modal (CAR) 29,4%.",
     [M("Rp48,6 triliun", 48.6 * TRLN, "money", "IDR", TRLN), M("2023", 2023, "year"),
      M("19,4%", 19.4, "percent", "%"), M("1,9%", 1.9, "percent", "%"),
      M("29,4%", 29.4, "percent", "%")]),
    ("Rapat Umum Pemegang Saham Tahunan (RUPST) PT Telkom Indonesia (Persero) Tbk pada 24 Mei 2024 "
     "menyetujui pembagian dividen tunai Rp17,68 triliun atau 72,6% dari laba bersih tahun buku "
     "2023. Dividen sebesar Rp178,50 per saham akan dibayarkan paling lambat 28 Juni 2024.",
     [M("24 Mei 2024", 2024, "date"), M("Rp17,68 triliun", 17.68 * TRLN, "money", "IDR", TRLN),
      M("72,6%", 72.6, "percent", "%"), M("2023", 2023, "year"),
      M("Rp178,50", 178.5, "money", "IDR"), M("28 Juni 2024", 2024, "date")]),
    ("Indeks Harga Saham Gabungan (IHSG) ditutup menguat 62,15 poin atau 0,86% ke level 7.288,81 "
     "pada sesi II perdagangan Rabu (15/5/2024). Saham BBRI naik 2,79% ke Rp4.790 per saham, "
     "sementara investor asing membukukan beli bersih Rp1,2 triliun di seluruh pasar.",
     [M("62,15 poin", 62.15, "other", "point"), M("0,86%", 0.86, "percent", "%"),
      M("7.288,81", 7288.81, "other"), M("II", 2, "ordinal"), M("15/5/2024", 2024, "date"),
      M("2,79%", 2.79, "percent", "%"), M("Rp4.790", 4790, "money", "IDR"),
      M("Rp1,2 triliun", 1.2 * TRLN, "money", "IDR", TRLN)]),
    ("PT GoTo Gojek Tokopedia Tbk melantai di Bursa Efek Indonesia pada 11 April 2022 dengan harga "
     "penawaran Rp338 per saham dan menghimpun dana Rp15,8 triliun. Satu lot berisi 100 lembar "
     "saham, sehingga investor ritel minimal menyiapkan Rp33.800.",
     [M("11 April 2022", 2022, "date"), M("Rp338", 338, "money", "IDR"),
      M("Rp15,8 triliun", 15.8 * TRLN, "money", "IDR", TRLN), M("Satu", 1, "count"),
      M("100", 100, "count"), M("Rp33.800", 33800, "money", "IDR")]),
    ("Sepanjang 2023 PT Astra International Tbk mencatat pendapatan bersih konsolidasian Rp316,6 "
     "triliun, naik 6%, dengan penjualan mobil 558.000 unit atau pangsa pasar 56%. Jumlah karyawan "
     "Grup Astra per 31 Desember 2023 tercatat 190.968 orang di 285 perusahaan.",
     [M("2023", 2023, "year"), M("Rp316,6 triliun", 316.6 * TRLN, "money", "IDR", TRLN),
      M("6%", 6, "percent", "%"), M("558.000", 558000, "count"), M("56%", 56, "percent", "%"),
      M("31 Desember 2023", 2023, "date"), M("190.968", 190968, "count"), M("285", 285, "count")]),
    ("PT Adaro Energy Indonesia Tbk menetapkan panduan produksi batu bara 2024 sebesar 65–67 juta "
     "ton dengan nisbah kupas 4,1x. Belanja modal dianggarkan US$400–600 juta, dan EBITDA "
     "operasional ditargetkan US$1,7–2,2 miliar.",
     [M("2024", 2024, "year"), R("65–67 juta ton", 65 * MLN, 67 * MLN, "t", MLN),
      M("4,1x", 4.1, "other", "times"),
      R("US$400–600 juta", 400 * MLN, 600 * MLN, "USD", MLN),
      R("US$1,7–2,2 miliar", 1.7 * MLRD, 2.2 * MLRD, "USD", MLRD)]),
]
# fmt: on


def main() -> None:
    _bh.build_all({"id": ID}, "heldout8_id", HERE)


if __name__ == "__main__":
    main()
