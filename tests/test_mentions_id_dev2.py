"""Families of phrasing fixed on the second Indonesian development set
(tests/data/mentions_dev_id2), with hand-checked sentences written for these tests; the
set's floors are in ``test_mentions_round3.py``.

The set was annotated before the extractor was run on it; the Indonesian rules were then
tuned on it, so its scores are floors, not estimates of accuracy on new text.
"""

from __future__ import annotations

from functools import partial

import pytest
from mention_checks import found, one

_found = partial(found, "id")
_one = partial(one, "id")


@pytest.mark.parametrize(
    "text, surface, kind, value, unit",
    [
        ("Kapal itu memuat 450 last gandum.", "450 last", "quantity", 450, "last"),
        ("Kerajaan menyerahkan 25 koyan padi.", "25 koyan", "quantity", 25, "koyan"),
        ("Tiap petani diberi 1,5 bau tegalan.", "1,5 bau", "quantity", 1.5, "bahu"),
        ("Kapal motor berukuran 120 GT itu tenggelam.", "120 GT", "quantity", 120, "GT"),
        ("Ia ditahan 4 djam lamanja.", "4 djam", "quantity", 4, "hour"),
        ("Pekerdjaan itoe selesai dalam 2 boelan.", "2 boelan", "quantity", 2, "month"),
        ("Ia dihoekoem 7 tahoen.", "7 tahoen", "quantity", 7, "year"),
        ("Kongsi itu membayar 1.200 rijksdaalder.", "1.200 rijksdaalder", "money", 1200, "NLG"),
        ("Upah harian 6 stuiver.", "6 stuiver", "money", 6, "NLG"),
        ("Gaji juru tulis rds 25 sebulan.", "rds 25", "money", 25, "NLG"),
        ("Beredar 5 djoeta roepiah.", "5 djoeta roepiah", "money", 5e6, "IDR"),
        ("Loeas roemah 300 M², harga f 2.000.", "300 M²", "quantity", 300, "m2"),
    ],
)
def test_local_units(text, surface, kind, value, unit):
    assert _one(text, surface) == (kind, pytest.approx(value), unit)


def test_local_unit_negatives():
    # "bau" (smell) and "last" without a number before them are no units
    assert _found("Bau busuk tercium 3 hari.") == [("3 hari", "quantity", 3.0, "day")]
    assert [s for s, *_ in _found("Ini last minute, 3 orang datang.")] == ["3"]


@pytest.mark.parametrize(
    "text, surface, value",
    [
        ("Sidang isbat menetapkan 1 Syawal 1444 H jatuh hari Jumat.", "1 Syawal 1444", 1444),
        ("Piagam itu bertanggal 7 Rabiulawal 1750 tahun Jawa.", "7 Rabiulawal 1750", 1750),
        ("Garebeg jatuh pada 12 Maulud.", "12 Maulud", None),
        ("Wukuf dilaksanakan 9 Zulhijah.", "9 Zulhijah", None),
        ("Kapal itoe tiba pada 3 December 1911.", "3 December 1911", 1911),
        ("Rapat diadakan 14 October 1928 di Batavia.", "14 October 1928", 1928),
    ],
)
def test_hijri_javanese_and_dutch_months(text, surface, value):
    kind, v, _ = _one(text, surface)
    assert kind == "date"
    assert (v != v) if value is None else v == value


def test_month_negatives():
    # "Besar" (big) and "Sura" are left out: "5 Besar" is a top five, not a date
    assert _one("Tim itu masuk 5 Besar.", "5")[0] != "date"


@pytest.mark.parametrize(
    "text, surface",
    [
        ("Bus koridor 9 berhenti di Pluit.", "9"),
        ("Jemaah kloter 14 tiba di Madinah.", "14"),
        ("Batalyon 330 dikirim ke Aceh.", "330"),
        ("Harga udang ukuran 40 naik.", "40"),
    ],
)
def test_identifier_nouns(text, surface):
    assert _one(text, surface)[0] == "identifier"


def test_identifier_noun_negatives():
    assert _one("Ikan ukuran 30 cm dilepas.", "30 cm")[:2] == ("quantity", 30)
    assert _one("Ia juara nomor 400 meter gaya bebas.", "400 meter")[:2] == ("quantity", 400)
    assert _one("Aturan itu tercantum pada nomor 12.", "nomor 12")[0] == "identifier"


def test_year_word_before_a_year():
    # "tahun" followed by a year belongs to that year, not to the number before it
    assert _one("Diatur dalam PP nomor 5 tahun 2021.", "nomor 5")[0] == "identifier"
    assert _one("Diatur dalam PP nomor 5 tahun 2021.", "2021")[0] == "year"
    assert _one("Produksi WPP 712 tahun 2020 naik.", "712")[0] != "quantity"
    assert _one("Ia bekerja 5 tahun di sana.", "5 tahun")[:3] == ("quantity", 5, "year")


def test_reduplicated_numerals():
    assert _found("Mereka masuk dua-dua ke ruangan.") == []
    assert _found("Beratus-ratus orang dan berpuluh-puluh truk datang.") == []
    assert _one("Hujan turun dua-tiga hari.", "dua-tiga hari")[0] == "range"
    assert _one("Hanya satu-satunya jalan, 3 km.", "3 km")[0] == "quantity"


@pytest.mark.parametrize(
    "text, surface",
    [
        ("PSM menang 3-1 atas Arema.", "3-1"),
        ("Timnas kalah 0-2 dari Vietnam.", "0-2"),
        ("Setelah imbang 1-1 di kandang, mereka menang (2-0) di Hanoi.", "2-0"),
    ],
)
def test_match_results(text, surface):
    kind, value, _ = _one(text, surface)
    assert kind == "other" and value != value


def test_match_result_negatives():
    assert _one("Ekonomi tumbuh 2-3 persen.", "2-3 persen")[0] == "range"
    assert _one("Anak umur 5-7 tahun menang lomba.", "5-7 tahun")[0] == "range"
