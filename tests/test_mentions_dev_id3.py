"""Families of phrasing fixed on the third Indonesian development set
(tests/data/mentions_dev_id3), with hand-checked sentences written for these tests (new
sentences of each family, in every language that has it), and the set's floors.

The set was annotated before the extractor was run on it; the rules were then tuned on
it, so its scores are floors, not estimates of accuracy on new text.
"""

from __future__ import annotations

from functools import partial

import pytest
from mention_checks import found, one

_found = partial(found, "id")
_one = partial(one, "id")


# ------------------------------------------------------------ compound units


@pytest.mark.parametrize(
    "lang, text, surface, value, unit",
    [
        ("id", "Dosis pupuk ZA 100 kg/ha diberikan sekali.", "100 kg/ha", 100, "kg/ha"),
        ("id", "Kadar nitrat air sumur 12 mg/l.", "12 mg/l", 12, "mg/l"),
        ("id", "Hemoglobin pasien 9,5 g/dl saat masuk.", "9,5 g/dl", 9.5, "g/dl"),
        ("id", "Bijih dengan kadar emas 2,4 g/t ditambang.", "2,4 g/t", 2.4, "g/t"),
        ("id", "Batu bara berkalori 5.200 kkal/kg dikapalkan.", "5.200 kkal/kg", 5200, "kcal/kg"),
        ("id", "Benih nila ditebar 50 ekor/m² di kolam terpal.", "50 ekor/m²", 50, "head/m2"),
        ("id", "Pompa mengalirkan 3 m³ per detik ke sawah.", "3 m³ per detik", 3, "m3/s"),
        ("id", "Hasil jagung mencapai 7,2 ton/ha tahun ini.", "7,2 ton/ha", 7.2, "t/ha"),
        ("ru", "Урожайность составила 4,1 т/га зерна.", "4,1 т/га", 4.1, "t/ha"),
        ("ru", "Завод перерабатывает 500 т/сут руды.", "500 т/сут", 500, "t/d"),
        ("ru", "Концентрация фтора 1,2 мг/л в норме.", "1,2 мг/л", 1.2, "mg/l"),
        ("en", "Farmers applied 120 kg/ha of nitrogen.", "120 kg/ha", 120, "kg/ha"),
        ("en", "The plant treats 40 tonnes per day of waste.", "40 tonnes per day", 40, "t/d"),
        ("kk", "Бидай өнімі 14 ц/га болды.", "14 ц/га", 14, "centner/ha"),
    ],
)
def test_compound_units(lang, text, surface, value, unit):
    assert one(lang, text, surface) == ("quantity", pytest.approx(value), unit)


def test_compound_unit_range():
    assert _found("Dosis urea 150–200 kg/ha per musim.") == [
        ("150–200 kg/ha", "range", 150.0, "kg/ha")
    ]


def test_compound_unit_negatives():
    # a time unit takes no denominator; an unknown word after the slash stays outside
    assert _one("Ia bekerja 8 jam per hari.", "8 jam") == ("quantity", 8.0, "hour")
    assert [s for s, *_ in _found("Ada 12 desa/kelurahan di sana.")] == ["12"]
    assert [s for s, *_ in found("en", "He drank 3 litres per person.")] == ["3 litres"]


# ------------------------------------------------------------ Indonesian unit words


@pytest.mark.parametrize(
    "text, surface, value, unit",
    [
        ("Sawah itu seluas 120 ubin saja.", "120 ubin", 120, "ubin"),
        ("Jalan itu panjangnya 35 pal dari kota.", "35 pal", 35, "pal"),
        ("Harganya 3 roede persegi tanah.", "3 roede persegi", 3, "roede2"),
        ("Ekspor mencapai 2,1 juta pon tembaga.", "2,1 juta pon", 2.1e6, "lb"),
        ("Produksi 450 ribu ons emas per tahun.", "450 ribu ons", 450e3, "ozt"),
        ("Beli gula 2 ons di warung.", "2 ons", 2, "ons"),
        ("Daya listrik 1.300 watt cukup.", "1.300 watt", 1300, "W"),
        ("Pelabuhan itu melayani 3,2 juta TEUs peti kemas.", "3,2 juta TEUs", 3.2e6, "TEU"),
        ("Letusan itu memuntahkan 10 km³ abu.", "10 km³", 10, "km3"),
        ("Kapal berlayar 12 mil laut dari pantai.", "12 mil laut", 12, "nmi"),
        ("Penyiangan dilakukan pada 21 HST.", "21 HST", 21, "day"),
        ("Salinitas tambak 20 ppt pada musim kemarau.", "20 ppt", 20, "ppt"),
        ("Pabrik kelapa sawit berkapasitas 45 ton TBS/jam.", "45 ton TBS/jam", 45, "t/h"),
    ],
)
def test_indonesian_unit_words(text, surface, value, unit):
    assert _one(text, surface) == ("quantity", pytest.approx(value), unit)


def test_spelled_number_with_local_unit():
    assert _one("Jarak satu pal kira-kira 1,5 km.", "satu pal") == ("quantity", 1.0, "pal")


# ------------------------------------------------------------ numbers repeated in brackets


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("id", "Terdakwa dipidana penjara 3 (tiga) tahun dan 4 (empat) bulan.",
         [("3", "quantity", 3.0, "year"), ("tiga", "quantity", 3.0, "year"),
          ("4", "quantity", 4.0, "month"), ("empat", "quantity", 4.0, "month")]),
        ("id", "Masa sewa paling lama 25 (dua puluh lima) tahun.",
         [("25", "quantity", 25.0, "year"), ("dua puluh lima", "quantity", 25.0, "year")]),
        ("id", "Izin dapat diperpanjang 1 (satu) kali.",
         [("1", "other", 1.0, "times"), ("satu", "other", 1.0, "times")]),
        ("id", "Disita 1 (satu) buah telepon genggam.",
         [("1", "count", 1.0, None), ("satu", "count", 1.0, None)]),
        ("ru", "Приговорён к лишению свободы на 4 (четыре) года.",
         [("4", "quantity", 4.0, "year"), ("четыре", "quantity", 4.0, "year")]),
        ("en", "The lease runs for three (3) years.",
         [("three", "quantity", 3.0, "year"), ("3", "quantity", 3.0, "year")]),
    ],
)
def test_bracketed_repeats_share_the_unit(lang, text, expected):
    assert found(lang, text) == expected


def test_bracketed_other_number_takes_no_unit():
    # a different number in brackets is no repetition: "(1)" names a paragraph
    assert found("id", "Pasal 7 (2) tahun anggaran berjalan.")[1][:2] != ("2", "quantity")


# ------------------------------------------------------------ game scores


@pytest.mark.parametrize(
    "lang, text, scores",
    [
        ("id", "Gregoria mengalahkan Akane Yamaguchi 21-17, 15-21, 21-19 di final.",
         ["21-17", "15-21", "21-19"]),
        ("id", "Ganda putra kita menyerah 18-21, 19-21 dari unggulan pertama.", ["18-21", "19-21"]),
        ("id", "Persija lolos setelah menang agregat 4-2 atas PSM.", ["4-2"]),
        ("id", "Arema tersingkir karena kalah adu penalti 3-4 dari Persebaya.", ["3-4"]),
        ("en", "Chen beat Tai 21-12, 18-21, 21-16 in Birmingham.", ["21-12", "18-21", "21-16"]),
    ],
)
def test_game_scores(lang, text, scores):
    got = [(s, k) for s, k, v, _ in found(lang, text) if "-" in s]
    assert got == [(s, "other") for s in scores]


def test_ranges_in_a_list_stay_ranges():
    assert [k for _, k, *_ in _found("Umur peserta 10-15, 16-20 tahun.")][:1] == ["range"]


# ------------------------------------------------------------ prices


@pytest.mark.parametrize(
    "lang, text, surface, value, unit",
    [
        ("id", "Harga pasir Rp240.000/m³ di lokasi.", "Rp240.000/m³", 240000, "IDR"),
        ("id", "Sewa lahan Rp 1.500/m²/tahun dibayar di muka.", "Rp 1.500/m²/tahun", 1500, "IDR"),
        ("id", "Gabah dibeli Rp 6.300/kg oleh Bulog.", "Rp 6.300/kg", 6300, "IDR"),
        ("id", "Uang tunai Rp 75.000,- dikembalikan.", "Rp 75.000,-", 75000, "IDR"),
        ("id", "Dijual rumah, harga 2,4 M nego.", "2,4 M", 2.4e9, "IDR"),
        ("id", "Motor bekas harga 12 jt nego.", "12 jt", 12e6, "IDR"),
        ("en", "Rooms from $120/night in June.", "$120/night", 120, "USD"),
    ],
)
def test_price_spans(lang, text, surface, value, unit):
    assert one(lang, text, surface) == ("money", pytest.approx(value), unit)


def test_price_negatives():
    # "M" without a price word is no miliar; a sentence's full stop stays outside
    assert _one("Gempa 5,2 M terasa di Padang.", "5,2")[0] != "money"
    assert _one("Sewa Rp 2.000/bulan.", "Rp 2.000/bulan")[0] == "money"


# ------------------------------------------------------------ numbered groups and readings


@pytest.mark.parametrize(
    "text, surface",
    [
        ("Peserta kelompok 4 membayar lebih dulu.", "4"),
        ("Ia lulus dari SMP Negeri 12 Bandung.", "12"),
    ],
)
def test_numbered_groups_and_state_schools(text, surface):
    assert _one(text, surface)[0] == "identifier"


@pytest.mark.parametrize(
    "lang, text, surface",
    [
        ("id", "Syarat pelamar IPK minimal 2,75 dari kampus terakreditasi.", "2,75"),
        ("id", "Siswa itu diterima dengan nilai rapor 91,20.", "91,20"),
        ("id", "IHSG ditutup di level 6.890,45 sore ini.", "6.890,45"),
        ("id", "Rerata skor 612,3 tercatat di Jawa Timur.", "612,3"),
        ("en", "She graduated with a GPA of 3.85 last year.", "3.85"),
    ],
)
def test_readings_on_a_scale(lang, text, surface):
    assert one(lang, text, surface)[0] == "other"


def test_reading_negatives():
    # a mean of a count stays a count; a group counted stays a count
    assert _one("Rata-rata 4 anak per keluarga.", "4")[0] == "count"
    assert _one("Mereka dibagi dalam 6 kelompok.", "6")[0] == "count"
