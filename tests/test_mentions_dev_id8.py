"""Families of phrasing fixed on the eighth Indonesian development set
(tests/data/mentions_dev_id8: news, sport, markets, health, gadgets, courts, DPR, village
minutes, school notices, BMKG weather), with hand-checked sentences written for these
tests and negative cases showing that the rules do not misfire on ordinary Indonesian.

The set was annotated before the extractor was run on it; the rules were then tuned on
it, so its scores are floors, not estimates of accuracy on new text.
"""

from __future__ import annotations

import math
from functools import partial

import pytest
from mention_checks import check_one, found

_found = partial(found, "id")
_check = partial(check_one, "id", rel_tol=1e-4)


def _range(text: str, surface: str) -> tuple[float, float]:
    from analysis.mentions import extract_mentions

    df = extract_mentions(text, "id", strict=True)
    rows = df[df["surface"] == surface]
    assert len(rows) == 1, df[["surface", "value", "kind"]].values.tolist()
    r = rows.iloc[0]
    assert r["kind"] == "range"
    return r["value"], r["range_end"]


# ------------------------------------------------------------ clock-time ranges


@pytest.mark.parametrize(
    "text, surface, lo, hi",
    [
        ("Kantor buka pukul 07.30-16.00 WIB setiap hari kerja.", "07.30-16.00", 7.5, 16.0),
        ("Rapat berlangsung pukul 09.00 s.d. 12.30 di aula.", "09.00 s.d. 12.30", 9.0, 12.5),
        (
            "Hujan lebat terjadi 16.10 hingga 19.00 WITA di Makassar.",
            "16.10 hingga 19.00",
            16 + 1 / 6,
            19.0,
        ),
        ("Layanan tersedia jam 08.15-11.45 setiap Sabtu.", "08.15-11.45", 8.25, 11.75),
    ],
)
def test_clock_range_in_hours(text: str, surface: str, lo: float, hi: float) -> None:
    v1, v2 = _range(text, surface)
    assert math.isclose(v1, lo, rel_tol=1e-4) and math.isclose(v2, hi, rel_tol=1e-4)


def test_decimal_range_not_clock() -> None:
    # a range of decimals without a time word or zone keeps its decimal value
    v1, v2 = _range("Nilainya 10.25-12.40 menurut laporan.", "10.25-12.40")
    assert math.isclose(v1, 10.25) and math.isclose(v2, 12.4)


# ------------------------------------------------------------ knots


@pytest.mark.parametrize(
    "text, surface, value",
    [
        ("Kecepatan angin di wilayah tersebut mencapai 25 knot.", "25 knot", 25),
        ("Kapal cepat itu melaju dengan kecepatan 30 knot menuju Batam.", "30 knot", 30),
    ],
)
def test_knot_is_a_speed(text: str, surface: str, value: float) -> None:
    _check(text, surface, value, "quantity", "knot")


# ------------------------------------------------------------ ordinal before a calendar word


@pytest.mark.parametrize(
    "text, surface",
    [
        ("Rapat berikutnya dijadwalkan pada minggu ke-2 bulan Februari 2024.", "ke-2"),
        ("Rapat Paripurna DPR Masa Persidangan I Tahun Sidang 2024-2025 dibuka.", "I"),
        ("Angsuran ke-3 tahun ini sudah lunas.", "ke-3"),
    ],
)
def test_ordinal_leaves_calendar_word_outside(text: str, surface: str) -> None:
    hits = [(s, k) for s, k, _, _ in _found(text) if s.startswith(surface)]
    assert hits == [(surface, "ordinal")], _found(text)


def test_duration_keeps_its_calendar_unit() -> None:
    # a count of months is a quantity with the unit inside, untouched by the ordinal rule
    _check("Pasien dirawat selama 3 bulan di rumah sakit.", "3 bulan", 3, "quantity", "month")


# ------------------------------------------------------------ kitchen spoons


@pytest.mark.parametrize(
    "text, surface, value, unit",
    [
        ("Tambahkan 2 sendok teh gula ke dalam adonan.", "2 sendok teh", 2, "tsp"),
        ("Larutkan 1 sendok makan garam dalam air.", "1 sendok makan", 1, "tbsp"),
        ("Batasi garam satu sendok teh per hari.", "satu sendok teh per hari", 1, "tsp/d"),
    ],
)
def test_spoon_measures(text: str, surface: str, value: float, unit: str) -> None:
    _check(text, surface, value, "quantity", unit)


def test_spoon_without_number_is_none() -> None:
    assert _found("Ia mengambil sendok teh dari laci dapur.") == []


# ------------------------------------------------------------ ratings out of a maximum


@pytest.mark.parametrize(
    "text, value",
    [
        ("Nilai akhir kami untuk earbuds ini 8/10: suaranya jernih.", 8),
        ("Layarnya memukau. Nilai dari kami: 8/10.", 8),
        ("Skor kami 4/5 untuk ponsel kelas menengah ini.", 4),
        ("Bunga yang dipungut mencapai 2/5 dari hasil panen.", 0.4),
        ("Nilai tukar naik. Sebanyak 8/10 responden setuju.", 0.8),
    ],
)
def test_rating_valued_by_score(text: str, value: float) -> None:
    (hit,) = [h for h in _found(text) if "/" in h[0]]
    assert hit[1] == "other" and math.isclose(hit[2], value), hit


# ------------------------------------------------------------ floor numbers


@pytest.mark.parametrize(
    "text, surface, kind",
    [
        ("Studio seluas 24 m² di lantai 15 disewakan Rp 3,5 juta per bulan.", "15", "ordinal"),
        ("Kantornya berada di Lantai 3 Gedung Nusantara.", "3", "ordinal"),
        ("Rumah 2 lantai di Depok dijual cepat.", "2", "count"),
        ("Luas lantai 120 m2 sudah termasuk teras.", "120 m2", "quantity"),
    ],
)
def test_floor_number_is_ordinal(text: str, surface: str, kind: str) -> None:
    hits = [k for s, k, _, _ in _found(text) if s == surface]
    assert hits == [kind], _found(text)


# ------------------------------------------------------------ parliamentary commissions


@pytest.mark.parametrize(
    "text, surface, kind",
    [
        ("Komisi X DPR menggelar rapat kerja dengan Menteri.", "X", "identifier"),
        ("Rapat gabungan Komisi III DPR digelar Senin.", "III", "identifier"),
        ("Agen mendapat komisi 5 persen dari penjualan.", "5 persen", "percent"),
        ("Ia menerima komisi 3 kali lipat.", "3 kali lipat", "other"),
    ],
)
def test_commission_number_is_identifier(text: str, surface: str, kind: str) -> None:
    hits = [k for s, k, _, _ in _found(text) if s == surface]
    assert hits == [kind], _found(text)
