"""Families of phrasing fixed on the sixth Indonesian development set
(tests/data/mentions_dev_id6: specifications, adverts, recipes, clinical notes, manuals,
school problems, research articles), with hand-checked sentences written for these tests
and negative cases showing that the rules do not misfire on ordinary Indonesian.

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


# ------------------------------------------------------------ unit symbols


@pytest.mark.parametrize(
    "text, surface, value, unit",
    [
        ("Sebuah setrika 350 W dipakai 2 jam.", "350 W", 350, "W"),
        ("Balok didorong dengan gaya 45 N ke kanan.", "45 N", 45, "N"),
        ("Motor bebek ini bermesin 124,8 cc.", "124,8 cc", 124.8, "cm3"),
        ("Tenaganya 9,3 PS pada 7.500 rpm.", "9,3 PS", 9.3, "hp"),
        ("Pasang AC 1,5 PK untuk ruang tamu.", "1,5 PK", 1.5, "hp"),
        ("Memori internal 256 GB bisa ditambah.", "256 GB", 256, "GB"),
        ("Kamera depannya 32 MP.", "32 MP", 32, "MP"),
        ("Powerbank 10.000 mAh ini ringan.", "10.000 mAh", 10000, "mAh"),
        ("Paket internet 100 Mbps. Harga terjangkau.", "100 Mbps", 100, "Mbit/s"),
        ("Masukkan 2 sdm gula pasir.", "2 sdm", 2, "tbsp"),
        ("Tambahkan ½ sdt merica bubuk.", "½ sdt", 0.5, "tsp"),
        ("Luas persegi panjang itu 48 cm².", "48 cm²", 48, "cm2"),
        ("Kalor jenis es 2.100 J/kg°C.", "2.100 J/kg°C", 2100, "J/(kg*degC)"),
        ("Nadi 88 x/menit, teratur.", "88 x/menit", 88, "bpm"),
        ("Frekuensi napas 20 x/menit.", "20 x/menit", 20, "1/min"),
        ("Leukosit 9.800/µL dan trombosit 250.000/µL.", "9.800/µL", 9800, "1/ul"),
        (
            "Kebutuhan air 1,5 liter/detik/ha pada fase vegetatif.",
            "1,5 liter/detik/ha",
            1.5,
            "l/s/ha",
        ),
    ],
)
def test_unit_symbols(text: str, surface: str, value: float, unit: str) -> None:
    kind, v, u = _one(text, surface)
    assert (kind, v, u) == ("quantity", value, unit)


@pytest.mark.parametrize(
    "text, surfaces",
    [
        # bathrooms of a house advert, not kilometres
        ("Rumah 2 lantai, 3 KT, 2 KM, garasi.", ["2", "3", "2"]),
        # a network generation and a trim level are no grams
        ("Ponsel 5G termurah dan Avanza 1.3 G bekas.", ["5", "1.3"]),
        # a one-letter symbol before an initial is none
        ("Ia lahir tahun 1990 dan menulis 12 N. Hidayat.", ["1990", "12"]),
    ],
)
def test_unit_symbols_not(text: str, surfaces: list[str]) -> None:
    assert _surfaces(text) == surfaces


def test_km_stays_km() -> None:
    assert _one("Jaraknya 3 KM dari pusat kota.", "3 KM")[2] == "km"


# ------------------------------------------------------------ statistics and computations


@pytest.mark.parametrize(
    "text, surface",
    [
        ("Pengaruhnya signifikan (β = 0,318; t = 4,02; p = 0,001).", "0,318"),
        ("Pengaruhnya signifikan (β = 0,318; t = 4,02; p = 0,001).", "4,02"),
        ("Risiko meningkat (OR = 2,75; IK 95% 1,2–6,1).", "2,75"),
        ("Nilai R Square sebesar 0,542 menunjukkan model cukup baik.", "0,542"),
        ("Ayam dipanen umur 35 hari dengan FCR 1,6.", "1,6"),
        ("Skor naik dari 61,2 ± 7,5 menjadi 80,3 ± 5,9 setelah pelatihan.", "61,2"),
        ("Skor naik dari 61,2 ± 7,5 menjadi 80,3 ± 5,9 setelah pelatihan.", "7,5"),
        ("Skor naik dari 61,2 ± 7,5 menjadi 80,3 ± 5,9 setelah pelatihan.", "80,3"),
        ("Luas segitiga = ½ × 10 × 6 = 30 cm².", "10"),
        ("Luas segitiga = ½ × 10 × 6 = 30 cm².", "6"),
    ],
)
def test_statistic_values_are_other(text: str, surface: str) -> None:
    assert _one(text, surface)[0] == "other"


@pytest.mark.parametrize(
    "text, surface, kind",
    [
        # a deviation followed by the counted noun keeps the count
        ("Rata-rata telur 8 ± 2 butir per sarang.", "8", "count"),
        # dimensions without an equals sign are no computation
        ("Kamar berukuran 3 x 4 meter.", "4 meter", "quantity"),
        # a count after an ordinary word
        ("Sebanyak 12 siswa hadir.", "12", "count"),
    ],
)
def test_statistic_values_not(text: str, surface: str, kind: str) -> None:
    assert _one(text, surface)[0] == kind


# ------------------------------------------------------------ doses, ratios, set scores


def test_dosing_frequency() -> None:
    got = _found("Terapi: metformin 3 x 500 mg dan amlodipin 1 x 10 mg.")
    assert got[:2] == [("3 x", "other", 3.0, "times"), ("500 mg", "quantity", 500.0, "mg")]
    assert ("1 x", "other", 1.0, "times") in got


def test_mix_ratio_and_set_scores() -> None:
    assert _found("Campuran beton 1 : 2 : 3 (semen : pasir : kerikil).")[0][:2] == (
        "1 : 2 : 3",
        "other",
    )
    got = _found("Jonatan menang rubber game 19-21, 21-15, 21-17 atas lawannya.")
    assert [(s, k) for s, k, _, _ in got] == [
        ("19-21", "other"),
        ("21-15", "other"),
        ("21-17", "other"),
    ]


@pytest.mark.parametrize(
    "text, surface, kind",
    [
        ("Ukuran kamar 3 x 4 meter.", "4 meter", "quantity"),  # dimensions, no dose
        ("Peserta usia 18-25, 26-35 tahun.", "18-25", "range"),  # rising brackets stay ranges
        ("Datang dengan 2-3 orang teman.", "2-3", "range"),
    ],
)
def test_doses_ratios_scores_not(text: str, surface: str, kind: str) -> None:
    assert _one(text, surface)[0] == kind


# ------------------------------------------------------------ numbered problems, types, phases


@pytest.mark.parametrize(
    "text, surface, kind",
    [
        ("Soal 3. Sebuah benda jatuh bebas.", "3", "identifier"),
        ("Dijual rumah tipe 45 di lahan 90 m².", "45", "identifier"),
        ("Proyek LRT fase 2 mulai dibangun.", "2", "ordinal"),
        ("Curah hujan dasarian II Maret di atas normal.", "II", "ordinal"),
        ("Siswa mengerjakan 10 soal pilihan ganda.", "10", "count"),
    ],
)
def test_problems_types_phases(text: str, surface: str, kind: str) -> None:
    assert _one(text, surface)[0] == kind
