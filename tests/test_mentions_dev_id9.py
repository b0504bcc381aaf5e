"""Families of phrasing fixed on the ninth Indonesian development set
(tests/data/mentions_dev_id9: chats, reviews, recipes, receipts, itineraries, menus, game
guides, colonial newspapers), with hand-checked sentences written for these tests and
negative cases showing that the rules do not misfire on ordinary Indonesian.

The set was annotated before the extractor was run on it; the rules were then tuned on
it, so its scores are floors, not estimates of accuracy on new text.
"""

from __future__ import annotations

from functools import partial

import pytest
from mention_checks import check_one, found

_found = partial(found, "id")
_check = partial(check_one, "id", rel_tol=1e-4)


# ------------------------------------------------------------ units: gr and L


@pytest.mark.parametrize(
    "text, surface, value, unit",
    [
        ("Tambahkan 250 gr mentega yang sudah dilelehkan.", "250 gr", 250, "g"),
        ("Daging sapi 500 gr dipotong dadu.", "500 gr", 500, "g"),
        ("Isi bensin 20 L, lalu cek oli.", "20 L", 20, "l"),
        ("Rebus dengan 1,5 L air sampai mendidih.", "1,5 L", 1.5, "l"),
        ("Solar 30,25 L @ Rp 6.800", "30,25 L", 30.25, "l"),
        ("Tangki diisi 40 L.", "40 L", 40, "l"),
    ],
)
def test_gram_and_litre_abbreviations(text: str, surface: str, value: float, unit: str) -> None:
    _check(text, surface, value, "quantity", unit)


def test_capital_l_before_a_name_is_no_litre() -> None:
    assert [k for s, k, _, _ in _found("Siswa Kelas 5 L Bandung ikut lomba.") if s == "5 L"] == []


# ------------------------------------------------------------ rupiah in chat shorthand


@pytest.mark.parametrize(
    "text, surface, value",
    [
        ("Transferan 2jt udah aku terima ya.", "2jt", 2e6),
        ("Sisanya 300rb aku kirim besok.", "300rb", 3e5),
        ("Pulsa udah aku isi 50rb tadi.", "50rb", 5e4),
        ("Bayar 75rb buat ongkir.", "75rb", 7.5e4),
        ("Bakso urat 20K, mie ayam 15K.", "20K", 2e4),
        ("Bakso urat 20K, mie ayam 15K.", "15K", 1.5e4),
    ],
)
def test_chat_rupiah(text: str, surface: str, value: float) -> None:
    _check(text, surface, value, "money", "IDR")


@pytest.mark.parametrize(
    "text, surface",
    [
        ("Akun itu memiliki 100K pengikut.", "100K"),
        ("Kameranya bisa rekam video 4K.", "4K"),
        ("Minggu depan ikut lari 10K, doakan ya.", "10K"),
        ("Penontonnya tembus 10rb orang.", "10rb"),
    ],
)
def test_shorthand_counts_stay_counts(text: str, surface: str) -> None:
    _check(
        text,
        surface,
        float(surface[:-1] if surface[-1] == "K" else surface[:-2]) * 1000,
        "count",
        None,
    )


# ------------------------------------------------------------ times of day


@pytest.mark.parametrize(
    "text, surface, hours",
    [
        ("Bus berangkat dari Pulo Gebang 19.30 dan tiba di Semarang 04.15.", "19.30", 19.5),
        ("Bus berangkat dari Pulo Gebang 19.30 dan tiba di Semarang 04.15.", "04.15", 4.25),
        ("Hari 3: check-out 11.00, lanjut ke bandara.", "11.00", 11.0),
        ("Toko dibuka 09.30 setiap Senin.", "09.30", 9.5),
    ],
)
def test_bare_clock_after_a_travel_verb(text: str, surface: str, hours: float) -> None:
    _check(text, surface, hours, "other", None)


def test_decimal_without_travel_verb_is_no_clock() -> None:
    assert all(k != "other" or s != "3.45" for s, k, _, _ in _found("IPK saya 3.45 semester ini."))


@pytest.mark.parametrize(
    "text, surface, hours",
    [
        ("Kapal berangkat djam 4 sore menoedjoe Ambon.", "4", 16.0),
        ("Kami makan malam jam 8 malam di alun-alun.", "8", 20.0),
        ("Upacara dimulai pukul 1 siang.", "1", 13.0),
        ("Saya bangun jam 5 pagi.", "5", 5.0),
    ],
)
def test_whole_hour_with_a_part_of_the_day(text: str, surface: str, hours: float) -> None:
    _check(text, surface, hours, "other", None)


def test_duration_in_hours_keeps_its_unit() -> None:
    _check("Perjalanan 3 jam pagi itu melelahkan.", "3 jam", 3, "quantity", "hour")


# ------------------------------------------------------------ numbered items and levels


@pytest.mark.parametrize(
    "text, surface, kind",
    [
        ("Karakter level 70 sudah cukup untuk boss ini.", "70", "other"),
        ("Buka World Level 6 dulu sebelum farming.", "6", "other"),
        ("Hari 1: tiba di Denpasar, check-in hotel.", "1", "identifier"),
        ("Antrean di Loket 3.", "3", "identifier"),
        ("SPBU 34.123, Pompa 4, Operator Budi.", "4", "identifier"),
        ("Liburan 4 hari di Bali.", "4 hari", "quantity"),
        ("Kami membeli pompa 2 unit.", "2", "count"),
    ],
)
def test_numbered_items_and_levels(text: str, surface: str, kind: str) -> None:
    hits = [k for s, k, _, _ in _found(text) if s == surface]
    assert hits == [kind], _found(text)


def test_alert_level_before_a_bracket_is_not_a_reading() -> None:
    hits = [k for s, k, _, _ in _found("Gunung itu berstatus Level 3 (Siaga).") if s == "3"]
    assert hits and hits[0] != "other"


# ------------------------------------------------------------ weekday dates, yards


@pytest.mark.parametrize(
    "text, surface",
    [
        ("Kerja bakti Minggu 14/7 mulai pukul 06.30.", "14/7"),
        ("Arisan Sabtu, 3/8 di rumah Bu RT.", "3/8"),
        ("Banjir melanda Kamis (8/2) malam.", "8/2"),
    ],
)
def test_day_and_month_after_a_weekday(text: str, surface: str) -> None:
    assert [k for s, k, _, _ in _found(text) if s == surface] == ["date"], _found(text)


def test_fraction_after_a_weekday_stays_a_fraction() -> None:
    assert [k for s, k, _, _ in _found("Minggu 2/3 bagian warga hadir.") if s == "2/3"] == [
        "other"
    ]


def test_yard_with_an_area_is_no_page() -> None:
    _check("Untuk halaman 100 m² cukup dibuat 30 lubang.", "100 m²", 100, "quantity", "m2")
    assert [k for s, k, _, _ in _found("Lihat halaman 100.") if s == "100"] == ["reference"]


# ------------------------------------------------------------ report cards


@pytest.mark.parametrize(
    "text, surface, kind",
    [
        (
            "Siswa: NISN 0098765432, Semester 1, Tahun Pelajaran 2023/2024.",
            "0098765432",
            "identifier",
        ),
        ("Siswa: NISN 0098765432, Semester 1, Tahun Pelajaran 2023/2024.", "1", "ordinal"),
        ("Pegawai dengan NIP 198703152010011002 dipindahkan.", "198703152010011002", "identifier"),
        ("Wajib pajak dapat memakai NIK 16 digit sebagai NPWP.", "16", "count"),
        ("Ia kuliah 8 semester di Bandung.", "8 semester", "quantity"),
    ],
)
def test_registration_numbers_and_semesters(text: str, surface: str, kind: str) -> None:
    assert [k for s, k, _, _ in _found(text) if s == surface] == [kind], _found(text)
