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


# ------------------------------------------------------------ earthquake bulletins


def test_earthquake_bulletin():
    text = (
        "Info Gempa Mag:4.9, 03-Jan-23 08:05:44 WIB, Lok:2.35 LU, 128.41 BT (25 km "
        "Tenggara HALSEL), Dirasakan (MMI) IV Ternate, II-III Tidore ::BMKG"
    )
    assert _found(text) == [
        ("4.9", "other", 4.9, "magnitude"),
        ("03-Jan-23", "date", 2023.0, None),
        ("08:05:44", "other", pytest.approx(8 + 5 / 60 + 44 / 3600), None),
        ("2.35 LU", "quantity", 2.35, "deg"),
        ("128.41 BT", "quantity", 128.41, "deg"),
        ("25 km", "quantity", 25.0, "km"),
        ("IV", "other", 4.0, "MMI"),
        ("II-III", "range", 2.0, "MMI"),
    ]


@pytest.mark.parametrize(
    "lang, text, surface, value",
    [
        ("id", "Pesawat mendarat 14.25 WITA di Makassar.", "14.25", 14 + 25 / 60),
        ("id", "Kapal sandar 07.30 WIT di Sorong.", "07.30", 7.5),
        ("id", "Sirene berbunyi 16:02:31 WIB tadi.", "16:02:31", 16 + 2 / 60 + 31 / 3600),
        ("en", "The alert was issued 06:12:09 UTC on Monday.", "06:12:09", 6 + 12 / 60 + 9 / 3600),
    ],
)
def test_clock_time_before_a_time_zone(lang, text, surface, value):
    assert one(lang, text, surface) == ("other", pytest.approx(value), None)


@pytest.mark.parametrize(
    "lang, text, surface, year",
    [
        ("id", "Data diperbarui 5-Agu-2023 pagi.", "5-Agu-2023", 2023),
        ("en", "The report dated 14-Mar-19 was filed.", "14-Mar-19", 2019),
    ],
)
def test_day_month_year_with_dashes(lang, text, surface, year):
    assert one(lang, text, surface) == ("date", year, None)


def test_coordinates_and_intensity():
    assert _one("Pusat gempa di 7,12 LS dan 110,4 BT.", "7,12 LS") == ("quantity", 7.12, "deg")
    # the scale written after the intensity measures it: inside the span (dev_id10 "III MMI")
    assert _one("Guncangan terasa VI MMI di Palu.", "VI MMI") == ("other", 6.0, "MMI")


def test_bulletin_negatives():
    # a race time stays a duration; a Roman numeral far from any MMI keeps its reading
    assert one("id", "Ia finis dalam 2:08:47 di Berlin.", "2:08:47") == (
        "quantity", pytest.approx(2 + 8 / 60 + 47 / 3600), "hour")
    assert _one("Ia lulus 3 LS sekolah.", "3")[0] == "count"
    assert _one("Perang Dunia II berakhir.", "II")[2] is None


# ------------------------------------------------------------ naming nouns, clause items, classes


@pytest.mark.parametrize(
    "text, surface",
    [
        ("Pasal 12 (3) Setiap orang wajib melapor.", "3"),
        ("Izin berlaku lima tahun. (4) Ketentuan lain diatur kemudian.", "4"),
        ("Jawablah pertanyaan berikut! (1) Siapa pendiri Boedi Oetomo?", "1"),
        ("Rumahnya di Gang Mawar 7 dekat masjid.", "7"),
        ("Kantor pos ada di Gg. Melati 3 Yogyakarta.", "3"),
        ("Pelajari Kompetensi Dasar 4.1 Menulis teks eksposisi.", "4.1"),
        ("Materi ini ada di KD 3.2 kelas X.", "3.2"),
        ("Ia didakwa Pasal 363 ayat (2) ke-3 KUHP.", "ke-3"),
        ("Ia didakwa Pasal 363 ayat (2) ke-3 dan ke-5 KUHP.", "ke-5"),
        ("Gunung itu berstatus Level II (Waspada) sejak Mei.", "II"),
        ("Varietas ini tahan patotipe IV penyakit kresek.", "IV"),
    ],
)
def test_naming_nouns_and_clause_items(text, surface):
    assert _one(text, surface)[0] == "identifier"


def test_naming_negatives():
    # a bracketed number inside a sentence counts; "ke-4" without an article is a rank
    assert _one("Ia membeli (2) buku tulis.", "2")[0] == "count"
    assert _one("Ia menjadi juara ke-4 di kejuaraan itu.", "ke-4")[0] == "ordinal"


# ------------------------------------------------------------ spaced dimensions


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("id", "Jarak tanam 30 x 20 x 40 cm dipakai petani.",
         [("30", "cm"), ("20", "cm"), ("40 cm", "cm")]),
        ("id", "Kamar berukuran 4 x 5 m disewakan.", [("4", "m"), ("5 m", "m")]),
        ("en", "A shed of 12 x 10 ft was built.", [("12", "ft"), ("10 ft", "ft")]),
    ],
)
def test_spaced_dimensions_share_the_length(lang, text, expected):
    got = [(s, u) for s, k, _, u in found(lang, text) if k == "quantity"]
    assert got == expected


def test_spaced_times_sign_before_a_duration():
    # "3 x 8 jam" are three shifts of eight hours, not dimensions
    assert _found("Pabrik bekerja 3 x 8 jam sehari.") == [
        ("3", "count", 3.0, None), ("8 jam", "quantity", 8.0, "hour")]


# ------------------------------------------------------------ codes and goal minutes


@pytest.mark.parametrize(
    "lang, text, surface, value",
    [
        ("id", "Penerbangan Lion Air JT 610 hilang kontak.", "JT 610", 610),
        ("id", "Pesawat Citilink QG 8501 mendarat darurat.", "QG 8501", 8501),
        ("en", "Flight BA 117 left Heathrow late.", "BA 117", 117),
        ("id", "Polisi menyita sepeda motor Nopol B 4821 KJT di lokasi.", "B 4821 KJT", 4821),
        ("id", "Maskapai itu memakai Boeing 777 untuk rute haji.", "777", 777),
    ],
)
def test_codes_are_identifiers(lang, text, surface, value):
    assert one(lang, text, surface) == ("identifier", value, None)


def test_aircraft_model_with_variant():
    k, v, _ = _one("Armada baru berupa Boeing 737-900 tiba kemarin.", "737-900")
    assert k == "identifier" and v != v  # value null


@pytest.mark.parametrize("lang", ["id", "en"])
def test_goal_minutes(lang):
    text = "Gol dicetak Marselino (12', 90+4')." if lang == "id" else "Goals by Kane (15', 45+2')."
    got = [(s, k, v) for s, k, v, _ in found(lang, text)]
    a, b = ("12", "90+4") if lang == "id" else ("15", "45+2")
    m, add = b.split("+")
    assert got == [(a + "'", "ordinal", float(a)), (m, "ordinal", float(m)), ("+" + add + "'", "other", float(add))]


def test_code_negatives():
    # two capitals and a number without a flight or a vehicle word are not codes
    assert [s for s, *_ in _found("Ketua RT 05 dan Ketua RW 03 hadir.")] == ["05", "03"]
    assert [s for s, *_ in _found("Nilai UN 85 dan AB 12 CD di rapor.")] == ["85", "12"]
    assert _one("Tinggi pintu (6') cukup untuk lemari.", "6")[0] != "ordinal"


# ------------------------------------------------------------ smaller families


@pytest.mark.parametrize(
    "text, surface, kind, value, unit",
    [
        ("Kota itu dibangun dua abad lalu.", "dua abad", "quantity", 2.0, "century"),
        ("Setelah seperempat abad, pabrik ditutup.", "seperempat abad", "quantity", 0.25, "century"),
        ("Dari lahan itu, dua pertiganya sawah.", "dua pertiganya", "other", 2 / 3, None),
        ("Anak itu punya skor BB/U -2,45 SD saat diukur.", "-2,45 SD", "other", -2.45, "SD"),
        ("Nilai TB/U 1,2 SD masih normal.", "1,2 SD", "other", 1.2, "SD"),
        ("Rumah makan itu ada di Jl. Magelang Km 7,5 sebelah kanan.", "Km 7,5", "quantity", 7.5, "km"),
        ("Kecelakaan terjadi di km 97 tol Cipularang.", "km 97", "quantity", 97.0, "km"),
    ],
)
def test_smaller_families(text, surface, kind, value, unit):
    assert _one(text, surface) == (kind, pytest.approx(value), unit)


def test_fertiliser_grade_is_other():
    assert _found("Petani memakai NPK Mutiara 16-16-16 saat tanam.") == [
        ("16-16-16", "other", pytest.approx(float("nan"), nan_ok=True), None)]


def test_smaller_negatives():
    # "setengah penganggur" is a term; a school grade stays; a length before "km" is no post
    assert _found("Jumlah setengah penganggur turun tahun ini.") == []
    assert _one("Ia duduk di kelas 5 SD.", "5")[0] == "identifier"
    assert [s for s, *_ in _found("Jaraknya 3 km 200 m dari sini.")][0] == "3 km"
    assert _one("Ia menelepon 021-45-67 kemarin.", "021-45-67")[0] == "identifier"


# ------------------------------------------------------------ names with a number, holiday days


@pytest.mark.parametrize(
    "text, surface",
    [
        ("Klub itu promosi ke Liga 2 musim depan.", "2"),
        ("Petani menanam varietas Inpago 8 di lahan kering.", "8"),
        ("Kapal selam KRI Nanggala 402 tenggelam di utara Bali.", "402"),
        ("Kapal KMP Gilimanuk Jaya 3 berlayar malam ini.", "3"),
        ("Sejarah mencatat peran Dewan Tujuh dalam perundingan.", "Tujuh"),
        ("Mudik dimulai H-7 Lebaran.", "7"),
        ("Arus balik memuncak pada H+3 Lebaran.", "3"),
    ],
)
def test_names_and_holiday_days_are_other(text, surface):
    assert _one(text, surface)[0] == "other"


def test_exercise_range_and_points_of_percent():
    assert _found("Kerjakan soal nomor 6–10 di rumah.") == [("nomor 6–10", "identifier", 6.0, None)]
    assert _one("Inflasi turun 2,5 poin persen.", "2,5 poin persen") == ("percent", 2.5, "%")


def test_name_negatives():
    # a lower-case body counts; a tank keeps its designation; a name word needs a capital
    assert _one("Mereka membentuk panitia tiga orang.", "tiga")[0] == "count"
    assert found("en", "The T-34 tanks advanced.")[0][:2] == ("T-34", "identifier")


def test_league_points_are_counts():
    text = "Di puncak klasemen, Persija mengumpulkan 45 poin dari 20 pertandingan."
    assert _found(text) == [("45", "count", 45.0, None), ("20", "count", 20.0, None)]
    # points of an exam or an index stay readings
    assert _one("Siswa itu meraih 85 poin pada ujian.", "85 poin") == ("other", 85.0, "point")


@pytest.mark.parametrize(
    "lang, text, surface",
    [
        ("id", "Rasio keketatan prodi itu 1:12,5 tahun ini.", "1:12,5"),
        ("id", "Perbandingan dosen dan mahasiswa 1:9,3 saja.", "1:9,3"),
        ("en", "A dilution of 1:2.5 was used.", "1:2.5"),
    ],
)
def test_one_to_a_decimal_is_a_ratio(lang, text, surface):
    k, v, u = one(lang, text, surface)
    assert k == "other" and v != v and u is None


def test_ratio_negatives():
    assert _one("Rapat dimulai pukul 1:30 siang.", "1:30")[1] == 1.5
    assert _one("Skor akhir 2:1 untuk tuan rumah.", "2:1")[0] == "other"
