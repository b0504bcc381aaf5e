"""More families of phrasing fixed on the third Indonesian development set
(tests/data/mentions_dev_id3): register and case numbers, coordinates and times of the
earthquake bulletins, and the rest, with hand-checked sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest
from mention_checks import found, one

_found = partial(found, "id")
_one = partial(one, "id")


# ------------------------------------------------------------ register numbers


@pytest.mark.parametrize(
    "text, surface, value",
    [
        ("Kasasi ditolak dalam Putusan Nomor 123 PK/Pdt/2018 kemarin.", "Nomor 123 PK/Pdt/2018", 123),
        ("Salinan Putusan Nomor 55/Pid.B/2022/PN Jkt.Sel diterima.", "Nomor 55/Pid.B/2022/PN Jkt.Sel", 55),
        ("Putusan Nomor 12/Pid.B/2020/PN Sby. Menyatakan terdakwa bersalah.", "Nomor 12/Pid.B/2020/PN Sby", 12),
        ("Surat keterangan No. Reg: 451/SKU/2021 dilampirkan.", "451/SKU/2021", 451),
        ("Lihat BRS No. 33/05/Th. XXV tentang inflasi.", "No. 33/05/Th. XXV", 33),
        ("Aturan itu tertuang dalam Perpres 54/2010 tentang pengadaan.", "54/2010", 54),
        ("Sesuai UU 11/2020 dan PP 24/2018, izin diurus daring.", "11/2020", 11),
        ("Sesuai UU 11/2020 dan PP 24/2018, izin diurus daring.", "24/2018", 24),
        ("PERATURAN BUPATI NOMOR 12 TAHUN 2023 TENTANG PAJAK", "NOMOR 12", 12),
    ],
)
def test_register_numbers(text, surface, value):
    assert _one(text, surface) == ("identifier", value, None)


def test_tax_number_is_one_identifier():
    df = _found("NPWP perusahaan 09.876.543.2-101.000 sudah terdaftar.")
    assert [(s, k) for s, k, *_ in df] == [("09.876.543.2-101.000", "identifier")]


def test_register_negatives():
    # a date and a plain number over a year are not register numbers
    assert [k for _, k, *_ in _found("Rapat 10/5/2020 dihadiri 30 orang.")] == ["date", "count"]
    assert [s for s, *_ in _found("Iuran 500/KK setiap bulan.")] == ["500"]

