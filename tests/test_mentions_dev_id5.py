"""Families of phrasing fixed on the fifth Indonesian development set
(tests/data/mentions_dev_id5, ordinary broad text with older spellings), with
hand-checked sentences written for these tests, and checks that the rules of the
previous round do not misfire on ordinary Indonesian.

The set was annotated before the extractor was run on it; the rules were then tuned on
it, so its scores are floors, not estimates of accuracy on new text.
"""

from __future__ import annotations

from functools import partial

import pytest
from mention_checks import found, one

_found = partial(found, "id")
_one = partial(one, "id")


def _surfaces(text: str) -> list[str]:
    return [s for s, _, _, _ in _found(text)]


# ------------------------------------------------------------ older spellings of scale words


@pytest.mark.parametrize(
    "text, surface, value, kind, unit",
    [
        (
            "Ekspor karet bernilai Rp 3.100 djuta tahun itu.",
            "Rp 3.100 djuta",
            3.1e9,
            "money",
            "IDR",
        ),
        ("Anggaran daerah Rp 2 miljard untuk djalan.", "Rp 2 miljard", 2e9, "money", "IDR"),
        ("Penduduknja 4 djuta djiwa.", "4 djuta", 4e6, "count", None),
        ("Hampir separoh dari hasil panen rusak.", "separoh", 0.5, "other", None),
        ("Separuh penduduk desa bertani.", "Separuh", 0.5, "other", None),
    ],
)
def test_old_spelling_scale_and_half(text, surface, value, kind, unit):
    k, v, u = _one(text, surface)
    assert (k, u) == (kind, unit)
    assert v == pytest.approx(value)


# ------------------------------------------------------------ the reduplication sign "2"


@pytest.mark.parametrize(
    "text",
    [
        "Harga beras dipasar2 Djakarta naik lagi.",
        "Luasnja hanja kira2 tudjuh persen dari daratan.",
        "Anak2 bermain di halaman sekolah.",
        "Hati2 di jalan, banyak lubang.",
    ],
)
def test_reduplication_sign_is_no_number(text):
    assert "2" not in _surfaces(text)


def test_glued_footnote_markers_kept():
    text = (
        "Kebudayaan adalah sistem makna.1 Pandangan ini dikritik para ahli.2 Namun tetap dipakai."
    )
    assert [(s, k) for s, k, _, _ in _found(text)] == [("1", "reference"), ("2", "reference")]
    assert _one("Hal ini dibahas dalam bab sebelumnya.2", "2")[0] == "reference"


# ------------------------------------------------------------ kinds from the naming words


@pytest.mark.parametrize(
    "text, surface, kind",
    [
        # a civil-service grade, a postal code, call-centre and telephone numbers
        ("Tunjangan kelas jabatan 27 sebesar Rp 46.950.000 per bulan.", "27", "identifier"),
        (
            "Kantor di Jl. Merdeka Barat No. 9, Jakarta Pusat 10110, buka setiap hari.",
            "10110",
            "identifier",
        ),
        ("Pengaduan melalui call center 1500567.", "1500567", "identifier"),
        ("Informasi lewat Telp. 0215678900 atau WA 081234567890.", "0215678900", "identifier"),
        # an aircraft model, a numbered terminal of a port
        ("Maskapai itu mengoperasikan 12 pesawat Cessna 208 Caravan.", "208", "identifier"),
        ("Antrean di dermaga JICT 2 mencapai 36 jam.", "2", "identifier"),
        # events and periods numbered after an acronym
        ("PON XXI digelar di Aceh dan Sumatera Utara.", "XXI", "ordinal"),
        ("BPK menyerahkan IHPS I tahun 2023 kepada DPR.", "I", "ordinal"),
        ("Kafilah Jawa Barat juara umum MTQ XXX di Kalimantan Selatan.", "XXX", "ordinal"),
        # years of the Saka era
        ("Prasasti itu bertarikh 605 Saka atau 683 Masehi.", "605", "year"),
        # game scores after a result verb with the loser's side between
        ("Ganda putri menundukkan wakil Jepang 21-17, 18-21, 21-15.", "21-17", "other"),
        ("Timnas menang atas Malaysia 3-0 di Bukit Jalil.", "3-0", "other"),
        ("Tim kalah tipis 1-2 dari Vietnam.", "1-2", "other"),
        # mean scores
        ("Nilai rata-rata ujian nasional tahun ini 648,5.", "648,5", "other"),
        ("Nilai rata-rata matematika siswa dalam PISA adalah 366.", "366", "other"),
    ],
)
def test_named_kinds(text, surface, kind):
    assert _one(text, surface)[0] == kind


@pytest.mark.parametrize(
    "text, surface, kind",
    [
        ("Telepon 3 kali tidak diangkat.", "3 kali", "other"),
        ("Ia menelepon 112 kali dalam sehari.", "112 kali", "other"),
        ("Penduduk kota Bandung, Jawa Barat 10000 orang.", "10000", "count"),
        ("Laporan tahunan PTPN XI 2022 mencatat giling tebu.", "XI", "other"),
        ("Harga naik sekitar 10-15 persen.", "10-15 persen", "range"),
        ("Nilai rata-rata UTBK SNBT 2024 program saintek 612,4.", "2024", "year"),
        ("Nilai rata-rata ekspor mencapai Rp 5 triliun.", "Rp 5 triliun", "money"),
        ("Pemilihan diikuti 1.200 pemilih, suara sah 1.150 dan 50 tidak sah.", "1.150", "count"),
    ],
)
def test_named_kinds_do_not_misfire(text, surface, kind):
    assert _one(text, surface)[0] == kind


def test_pair_list_after_a_count():
    text = "PNI meraih 119 kursi, Masjumi 112, NU 91 dan PKI 80 dari djumlah 514 kursi."
    assert [(s, k) for s, k, _, _ in _found(text)] == [
        ("119", "count"),
        ("112", "count"),
        ("91", "count"),
        ("80", "count"),
        ("514", "count"),
    ]
    text = "Golkar meraih 85 kursi, PKB 68 dan PKS 53."
    assert [k for _, k, _, _ in _found(text)] == ["count", "count", "count"]
    # identifiers named by their own noun stay identifiers
    text = "Sebanyak 40 rumah, RT 03 dan RW 05 terendam."
    assert [k for _, k, _, _ in _found(text)] == ["count", "identifier", "identifier"]


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Pesawat mendarat di Bandara I Gusti Ngurah Rai, Bali.", "I"),
        ("Kepala desa I Made Sukarta membuka acara.", "I"),
        ("Penari I Wayan Dibia lahir di Singapadu.", "I"),
    ],
)
def test_balinese_name_article_is_no_number(text, absent):
    assert absent not in _surfaces(text)


def test_roman_one_kept_after_war():
    assert _one("Pada Perang Dunia I banyak korban.", "I")[0] == "ordinal"


# ------------------------------------------------------------ magnitudes glued to M


@pytest.mark.parametrize(
    "text, surface, value",
    [
        ("Gempa bumi berkekuatan M5,2 mengguncang Cianjur.", "M5,2", 5.2),
        ("BMKG: gempa M4,8 guncang Sukabumi.", "M4,8", 4.8),
        ("Tsunami dipicu gempa M 9,1 di Samudra Hindia.", "M 9,1", 9.1),
    ],
)
def test_glued_magnitude(text, surface, value):
    assert _one(text, surface) == ("other", value, "magnitude")


@pytest.mark.parametrize(
    "text", ["Ukuran baju M5,2 tidak ada di toko.", "Kode produk XM5,2 dijual murah."]
)
def test_glued_m_without_earthquake_is_no_magnitude(text):
    assert "5,2" in _surfaces(text)
    assert _one(text, "5,2")[2] is None


# ------------------------------------------------------------ misfires of earlier rules


def test_bps_in_capitals_is_the_statistics_agency():
    got = _found("Pada 2023 BPS 12 kali merilis data inflasi.")
    assert [(s, k) for s, k, _, _ in got] == [("2023", "year"), ("12 kali", "other")]
    assert _one("Suku bunga naik 25 bps menjadi 6 persen.", "25 bps") == ("percent", 0.25, "%")


@pytest.mark.parametrize(
    "text",
    [
        "Ia satu kelas dengan saya sejak 2010.",
        "Mereka tinggal satu atap selama 3 tahun.",
        "Kita harus bersatu, satu nusa satu bangsa, sejak 1928.",
        "Ada satu hal lagi: anggaran naik 5 persen.",
        "Jalan satu arah berlaku mulai 1 Mei.",
        "Fraksi itu satu suara menolak 2 usulan.",
    ],
)
def test_satu_idioms_are_no_count(text):
    assert "satu" not in _surfaces(text)


@pytest.mark.parametrize(
    "text, surface",
    [
        ("Dari 10 peserta, satu orang gagal.", "satu"),
        ("Delapan fraksi setuju dan satu fraksi menolak.", "satu"),
        ("Satu orang meninggal dan 9 lainnya luka-luka.", "Satu"),
    ],
)
def test_satu_counting_one_kept(text, surface):
    assert _one(text, surface)[:2] == ("count", 1)


@pytest.mark.parametrize(
    "text, surface, kind, unit",
    [
        ("Hasil panen padi 6 ton/ha pada musim ini.", "6 ton/ha", "quantity", "t/ha"),
        ("Produksi 8 ton/hari dengan 20 pekerja.", "8 ton/hari", "quantity", "t/d"),
        ("Kecepatan 60 km/jam di jalan tol.", "60 km/jam", "quantity", "km/h"),
        ("Populasi 200 ekor/ha di kandang itu.", "200 ekor/ha", "quantity", "head/ha"),
        ("Ia bekerja 8 jam per hari.", "8 jam", "quantity", "hour"),
    ],
)
def test_compound_units_in_ordinary_text(text, surface, kind, unit):
    k, _, u = _one(text, surface)
    assert (k, u) == (kind, unit)


@pytest.mark.parametrize(
    "text, surface, kind",
    [
        ("Di TPS 5 hanya 3 pemilih yang datang.", "5", "identifier"),
        ("Tim SAR 12 orang dikerahkan ke lokasi.", "12", "count"),
        ("Kasus DBD 120 orang, ISPA 340 dan diare 95.", "340", "count"),
        ("Stok beras di gudang Bulog 1,2 juta ton.", "1,2 juta ton", "quantity"),
    ],
)
def test_acronym_rules_in_ordinary_text(text, surface, kind):
    assert _one(text, surface)[0] == kind
