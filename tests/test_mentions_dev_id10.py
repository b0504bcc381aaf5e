"""Families of phrasing fixed on the tenth Indonesian development set
(tests/data/mentions_dev_id10: encyclopedia articles, KPU results, budgets, regulations,
BMKG earthquake reports, Malaysian and Singaporean news), with hand-checked sentences
written for these tests and negative cases showing that the rules do not misfire on
ordinary Indonesian.

The set was annotated before the extractor was run on it; the rules were then tuned on
it, so its scores are floors, not estimates of accuracy on new text.
"""

from __future__ import annotations

from functools import partial

import pytest
from mention_checks import check_one, found

_found = partial(found, "id")
_check = partial(check_one, "id", rel_tol=1e-4)


# ------------------------------------------------- Malaysian and Singaporean money


@pytest.mark.parametrize(
    "text, surface, value, unit",
    [
        ("Pemerintah mengumumkan anggaran senilai RM421 miliar.", "RM421 miliar", 421e9, "MYR"),
        ("Upah minimum dinaikkan menjadi RM1.700 per bulan.", "RM1.700", 1700, "MYR"),
        ("Proyek itu selesai dengan biaya RM74,96 miliar.", "RM74,96 miliar", 74.96e9, "MYR"),
        (
            "Polisi menyita narkoba senilai 12 juta ringgit di Johor.",
            "12 juta ringgit",
            12e6,
            "MYR",
        ),
        ("Setiap rumah tangga menerima 800 dolar Singapura.", "800 dolar Singapura", 800, "SGD"),
        ("Ia didenda 4.000 dolar Singapura dan dipenjara.", "4.000 dolar Singapura", 4000, "SGD"),
        ("Harga tiket naik menjadi 5 dolar AS.", "5 dolar AS", 5, "USD"),
    ],
)
def test_ringgit_and_singapore_dollars(text: str, surface: str, value: float, unit: str) -> None:
    _check(text, surface, value, "money", unit)


def test_singapore_dollars_in_english() -> None:
    check_one(
        "en",
        "The fine was 500 Singapore dollars.",
        "500 Singapore dollars",
        500,
        "money",
        "SGD",
        1e-4,
    )


def test_rm_with_a_space_or_in_a_word_is_no_ringgit() -> None:
    # "RM" apart from the digits may be a restaurant (rumah makan) or a room
    assert all(k != "money" for _, k, _, _ in _found("Rumah makan RM 2 buka sampai malam."))
    assert all(k != "money" for _, k, _, _ in _found("Kode ARM7 dipakai pada ponsel."))


def test_shaft_horsepower() -> None:
    _check(
        "Dua mesin turboprop berdaya 1.750 shp masing-masing.", "1.750 shp", 1750, "quantity", "hp"
    )


# ------------------------------------------------------ earthquake magnitudes, MMI


@pytest.mark.parametrize(
    "text, surface, value",
    [
        ("Tercatat gempa susulan dengan magnitudo terbesar M4,8.", "M4,8", 4.8),
        ("BMKG mencatat 3 gempa dengan magnitudo di atas 5,0.", "5,0", 5.0),
        ("Gempa dengan magnitudo lebih dari 6 jarang terjadi.", "6", 6),
        ("Gempa magnitudo sebesar 5,7 mengguncang Cianjur.", "5,7", 5.7),
    ],
)
def test_magnitude_after_a_bound(text: str, surface: str, value: float) -> None:
    _check(text, surface, value, "other", "magnitude")


def test_a_bound_without_a_magnitude_word_is_no_magnitude() -> None:
    assert _found("Jumlah penduduk di atas 5 juta jiwa.")[0][1] == "count"
    assert [k for _, k, _, _ in _found("Sebanyak 30 dari 45 siswa lulus.")] == ["count", "count"]


def test_mmi_after_a_roman_intensity_is_inside() -> None:
    _check(
        "Guncangan dirasakan di Bandung dengan intensitas III MMI.", "III MMI", 3, "other", "MMI"
    )
    _check("Dirasakan (MMI) V Cianjur.", "V", 5, "other", "MMI")


# ------------------------------------------- an element's place and mass, VEI


def test_element_number_group_period_and_mass() -> None:
    t = "Besi memiliki nomor atom 26, golongan 8 periode 4, dan massa atom relatif 55,845."
    got = [(s, k) for s, k, _, _ in _found(t)]
    assert got == [
        ("26", "identifier"),
        ("8", "identifier"),
        ("4", "identifier"),
        ("55,845", "other"),
    ]
    _check("Karbon memiliki berat atom 12,011.", "12,011", 12.011, "other", None)


def test_a_period_or_atom_elsewhere_is_left_alone() -> None:
    assert [
        k for s, k, _, _ in _found("Bupati menjabat selama periode 5 tahun.") if s == "5 tahun"
    ] == ["quantity"]
    assert _found("Sebanyak 2 bom atom dijatuhkan.")[0][1] == "count"


def test_volcanic_explosivity_index() -> None:
    _check("Letusan berskala VEI 7 itu menewaskan ribuan orang.", "7", 7, "other", None)


# ------------------------------------------------------- electoral districts


@pytest.mark.parametrize(
    "text, surface, value",
    [
        ("Partisipasi di Dapil Jawa Barat III mencapai 81,78 persen.", "III", 3),
        ("Ia terpilih dari Dapil Jateng 5 dengan suara terbanyak.", "5", 5),
        ("Calon dari daerah pemilihan Sumatera Utara II unggul.", "II", 2),
        ("Dapil 3 Kota Bandung meliputi empat kecamatan.", "3", 3),
    ],
)
def test_electoral_district(text: str, surface: str, value: float) -> None:
    _check(text, surface, value, "identifier", None)


def test_a_count_after_a_district_word_is_a_count() -> None:
    assert [k for s, k, _, _ in _found("Dapil itu punya 12 kursi.") if s == "12"] == ["count"]
    assert [k for s, k, _, _ in _found("Di Jawa Barat 3 kabupaten banjir.") if s == "3"] == [
        "count"
    ]


# --------------------------------------------------------------- gold purity


@pytest.mark.parametrize(
    "text, surface, value",
    [
        ("Emas 24 karat mengandung 99,9 persen emas murni.", "24 karat", 24),
        ("Cincin emas 18 karat itu mahal.", "18 karat", 18),
    ],
)
def test_gold_purity_in_karats(text: str, surface: str, value: float) -> None:
    _check(text, surface, value, "other", "karat")


def test_a_gem_in_karats_is_no_purity() -> None:
    assert all(u != "karat" for _, _, _, u in _found("Berlian 2 karat dijual murah."))


# ---------------------------------------------------------- warships' hull numbers


@pytest.mark.parametrize(
    "text, surface, value",
    [
        ("KRI Nanggala-402 adalah kapal selam kelas Cakra.", "402", 402),
        ("Fregat KRI Bung Tomo-357 berlayar ke Natuna.", "357", 357),
    ],
)
def test_hull_number_of_a_warship(text: str, surface: str, value: float) -> None:
    _check(text, surface, value, "identifier", None)


def test_a_number_in_a_name_without_kri_stays_other() -> None:
    _check("Kapal Nanggala-402 berlayar.", "402", 402, "other", None)
    _check("Vaksin Covid-19 tersedia.", "19", 19, "other", None)
