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
