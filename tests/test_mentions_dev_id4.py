"""Families of phrasing fixed on the fourth Indonesian development set
(tests/data/mentions_dev_id4, ordinary broad text), with hand-checked sentences written
for these tests, and the set's floors.

The set was annotated before the extractor was run on it; the rules were then tuned on
it, so its scores are floors, not estimates of accuracy on new text.
"""

from __future__ import annotations

from functools import partial

import pytest
from mention_checks import found, one

_found = partial(found, "id")
_one = partial(one, "id")


# ------------------------------------------------------------ "ke" as the preposition "to"


@pytest.mark.parametrize(
    "text, surface",
    [
        ("Bantuan beras dikirim ke 12 desa terdampak banjir.", "12"),
        ("Maskapai itu kini terbang ke 35 negara di Asia.", "35"),
        ("Tim vaksinasi bergerak ke 8 lokasi di pinggiran kota.", "8"),
    ],
)
def test_ke_before_counted_places_is_to(text, surface):
    assert _one(text, surface)[0] == "count"


@pytest.mark.parametrize(
    "text, surface",
    [
        ("Ia finis di urutan ke 3 pada lomba itu.", "ke 3"),
        ("Pada hari ke 5 pencarian, korban ditemukan.", "ke 5"),
        ("Peserta ke-12 naik ke panggung.", "ke-12"),
    ],
)
def test_ke_ordinal_kept(text, surface):
    assert _one(text, surface)[0] == "ordinal"


# ------------------------------------------------------------ a change before "menjadi"


def test_change_before_menjadi_is_no_range():
    got = _found("Harga cabai naik Rp 5.000 menjadi Rp 60.000 per kilogram.")
    assert [(s, k, v) for s, k, v, _ in got] == [
        ("Rp 5.000", "money", 5000),
        ("Rp 60.000", "money", 60000),
    ]
    got = _found("Kursi DPRD bertambah 5 menjadi 55 kursi.")
    assert [k for _, k, _, _ in got] == ["count", "count"]


def test_dari_menjadi_stays_a_range():
    assert _one("Tarif naik dari Rp 3.500 menjadi Rp 5.000.", "Rp 3.500 menjadi Rp 5.000")[0] == "range"


# ------------------------------------------------------------ magnitudes in a verb


@pytest.mark.parametrize(
    "text, surface, value",
    [
        ("Gempa bermagnitudo 4,9 terasa hingga Garut.", "4,9", 4.9),
        ("Guncangan berkekuatan M 6,1 terjadi dini hari.", "M 6,1", 6.1),
    ],
)
def test_bermagnitudo(text, surface, value):
    assert _one(text, surface) == ("other", value, "magnitude")


# ------------------------------------------------------------ heights above sea level


@pytest.mark.parametrize(
    "text, surface, value",
    [
        ("Puncak Rinjani (3.726 mdpl) ramai pendaki.", "3.726 mdpl", 3726),
        ("Desa itu berada di ketinggian 1.200 m dpl.", "1.200 m dpl", 1200),
    ],
)
def test_mdpl(text, surface, value):
    assert _one(text, surface) == ("quantity", value, "m")


# ------------------------------------------------------------ ages in brackets after a name


def test_bracketed_ages_after_initials_and_names():
    got = _found("Polisi menangkap pelaku berinisial MR (29) dan DS (31) di Bekasi.")
    assert [(s, k, u) for s, k, _, u in got if s in ("29", "31")] == [
        ("29", "quantity", "year"),
        ("31", "quantity", "year"),
    ]
    assert _one("Korban, Sutrisno (52), warga Depok, tewas di lokasi.", "52") == ("quantity", 52, "year")


def test_bracketed_clause_number_is_no_age():
    assert _one("Sesuai Pasal 5 ayat (2), izin usaha dicabut.", "2")[0] == "identifier"


# ------------------------------------------------------------ ranks without ke-


@pytest.mark.parametrize(
    "text, surface, kind",
    [
        ("Pebulu tangkis itu naik ke peringkat 4 dunia.", "4", "ordinal"),
        ("Sekolah itu berada di urutan 2 se-provinsi.", "2", "ordinal"),
        ("Tim itu masuk peringkat 10 besar.", "10", "count"),
    ],
)
def test_rank_without_ke(text, surface, kind):
    assert _one(text, surface)[0] == kind


# ------------------------------------------------------------ clock times in a list


def test_clock_times_listed_after_pukul():
    got = _found("Kereta berangkat pukul 06.15, 09.40 dan 13.20 dari Gambir.")
    assert [(s, k) for s, k, _, _ in got] == [("06.15", "other"), ("09.40", "other"), ("13.20", "other")]


# ------------------------------------------------------------ stretches between kilometre posts


def test_km_post_range():
    got = _found("Ruas jalan rusak dari Km 12 sampai Km 19 Jalur Pantura.")
    assert [(s, k, v, u) for s, k, v, u in got] == [("Km 12 sampai Km 19", "range", 12, "km")]
    assert _one("Kecelakaan terjadi di KM 57 Tol Cipali.", "KM 57") == ("quantity", 57, "km")



# ------------------------------------------------------------ a lone "satu" against another number


@pytest.mark.parametrize(
    "text, surface",
    [
        ("Tujuh hakim setuju dan satu hakim berbeda pendapat.", "satu"),
        ("Dalam kecelakaan itu satu penumpang tewas dan 12 lainnya luka-luka.", "satu"),
    ],
)
def test_lone_satu_counts(text, surface):
    assert _one(text, surface) == ("count", 1, None)


@pytest.mark.parametrize(
    "text",
    [
        "Ia salah satu dari 11 pemain terbaik.",
        "Ini satu-satunya jembatan dari 3 desa itu.",
        "Warga diperiksa satu per satu oleh 4 petugas.",
    ],
)
def test_satu_not_counted(text):
    assert not [s for s, *_ in _found(text) if s.lower().startswith("satu")]
