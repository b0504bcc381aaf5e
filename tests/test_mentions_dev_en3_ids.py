"""Identifiers, codes and citations of the numeric-mention extractor (the families found
wrong on ``mentions_dev_en3``).

Hand-written sentences of each family (none copied from the set), in every language that
has the phrasing, each with the span, value and kind checked by hand; negative cases keep
the neighbouring readings (a count before its noun, a year, a verb before a number).
"""

from __future__ import annotations

import math

import pytest

from analysis.mentions import extract_mentions

NAN = None


def _rows(text: str, lang: str) -> list[tuple[str, str, float]]:
    df = extract_mentions(text, lang, strict=True)
    return [(r.surface, r.kind, r.value) for r in df.itertuples()]


def _check(text: str, lang: str, expected: list[tuple[str, str, float | None]]) -> None:
    got = _rows(text, lang)
    for surface, kind, value in expected:
        hits = [g for g in got if g[0] == surface]
        assert hits, (surface, got)
        assert any(g[1] == kind for g in hits), (surface, kind, got)
        g = next(g for g in hits if g[1] == kind)
        if value is None:
            assert math.isnan(g[2]), (surface, g)
        else:
            assert g[2] == pytest.approx(value), (surface, g)


# ---------------------------------------------------------------- 1. naming nouns
NAMED = [
    ("en", "As shown in Fig. 3, the lever 24 turns on the pin 26 and drives a cam 30.",
     [("24", "identifier", 24), ("26", "identifier", 26), ("30", "identifier", 30)]),
    ("en", "The axle is carried in rollers 41 and 43 fixed to the frame.",
     [("41", "identifier", 41), ("43", "identifier", 43)]),
    ("en", "The method of claim 4, wherein the coating is applied twice. See Claim 7.",
     [("4", "identifier", 4), ("7", "identifier", 7)]),
    ("en", "They claim 40 people were hurt, and we note 12 complaints.",
     [("40", "count", 40), ("12", "count", 12)]),
    ("en", "Sold at auction, lot 217, to a dealer; Lot 9 was withdrawn (plot 88).",
     [("217", "identifier", 217), ("9", "identifier", 9), ("88", "identifier", 88)]),
    ("en", "Cut [2031] was filled by deposit (2032) and sealed by layer 2004 in Trench 6.",
     [("2031", "identifier", 2031), ("2032", "identifier", 2032), ("2004", "identifier", 2004),
      ("6", "identifier", 6)]),
    ("en", "The parcel lies in Township 7 South, Range 11 East of the Principal Meridian.",
     [("7", "identifier", 7), ("11", "identifier", 11)]),
    ("en", "Papers of the mayor, folder 12; see Note 4 and line 31 of List 6.",
     [("12", "identifier", 12), ("4", "identifier", 4), ("31", "identifier", 31),
      ("6", "identifier", 6)]),
    ("en", "Convoy TM 127 lost two ships; the find (SF 508) came from grid ref NT 254 731.",
     [("127", "identifier", 127), ("508", "identifier", 508)]),
    ("en", "The battalion held Pt 204 and moved to MR 451227 by dawn.",
     [("204", "identifier", 204), ("451227", "identifier", 451227)]),
    ("en", "In the US 50 states voted and the UK 4 nations agreed; the EU 27 members met.",
     [("50", "count", 50), ("4", "count", 4), ("27", "count", 27)]),
    ("en", "Write to the office at 1600 Elm Street, Springfield, IL 62704.",
     [("1600", "identifier", 1600), ("62704", "identifier", 62704)]),
    ("en", "REPORT UNDER SECTION 12 OR 14(a) OF THE ACT",
     [("12", "identifier", 12), ("14", "identifier", 14)]),
    ("en", "In epidemiological week 12 cases rose; by week 15 they fell. The odds were OR 2 here.",
     [("12", "ordinal", 12), ("15", "ordinal", 15), ("2", "other", 2)]),
    ("ru", "Вал 3 вращается в корпусе; пружина 7 прижимает рычаг.",
     [("3", "identifier", 3), ("7", "identifier", 7)]),
    ("ru", "На раскопе 2 найдено 40 фрагментов, см. примечание 5 и строку 12 в строке 14.",
     [("2", "identifier", 2), ("40", "count", 40), ("5", "identifier", 5),
      ("14", "identifier", 14)]),
    ("ru", "Лот 15 продан за 300 рублей.", [("15", "identifier", 15)]),
    ("id", "Poros 12 berputar pada bantalan 14, lihat catatan 3 dan baris 20 pada kotak 5.",
     [("12", "identifier", 12), ("14", "identifier", 14), ("3", "identifier", 3),
      ("20", "identifier", 20), ("5", "identifier", 5)]),
    ("id", "Murid SD 3 dan SMP 2. Sebanyak 16 siswa; NIK 16 digit.",
     [("3", "identifier", 3), ("2", "identifier", 2)]),
]


@pytest.mark.parametrize("lang, text, expected", NAMED)
def test_naming_nouns(lang: str, text: str, expected: list) -> None:
    _check(text, lang, expected)


def test_naming_negatives() -> None:
    """A verb, a quantifier, a counted noun or a year after the noun keeps its kind."""
    got = dict((s, k) for s, k, _ in _rows("We list 12 items and it cost a lot 20 times more.", "en"))
    assert got["12"] == "count"
    got = dict((s, k) for s, k, _ in _rows("In spring 1990 the FY 2024 budget was set.", "en"))
    assert got["1990"] == "year" and got["2024"] == "year"
    got = dict((s, k) for s, k, _ in _rows("Kapal HUT ke-79, PHK 200-an karyawan, NIK 16 digit.", "id"))
    assert got["ke-79"] == "ordinal" and got["16"] == "count"


def _check_range(text: str, lang: str, surface: str, kind: str, value: float, end: float) -> None:
    df = extract_mentions(text, lang, strict=True)
    row = df[df.surface == surface]
    assert len(row) == 1, (surface, df[["surface", "kind"]].values.tolist())
    r = row.iloc[0]
    assert (r.kind, r.value, r.range_end) == (kind, value, end), (surface, r.kind, r.value, r.range_end)


# ---------------------------------------------------------------- 2. legal citations
LEGAL = [
    ("Id. at 412. The rule is older; see Ibid. at 33.",
     [("412", "reference", 412), ("33", "reference", 33)]),
    ("But see supra note 7, and infra note 19.",
     [("7", "reference", 7), ("19", "reference", 19)]),
    ("Hedley Byrne v Heller [1964] AC 465 and Candler v Crane [1951] 2 KB 164 (CA).",
     [("1964", "reference", 1964), ("465", "reference", 465), ("1951", "reference", 1951),
      ("2", "reference", 2), ("164", "reference", 164)]),
    ("Cutter v Powell (1795) 6 TR 320; Jones v Bright (1829) 5 Bing 533; 130 ER 1167.",
     [("1829", "reference", 1829), ("130", "reference", 130), ("1167", "reference", 1167)]),
    ("The point is made in 3 Wigmore on Evidence § 7.04[2] (2d ed. 1985).",
     [("3", "reference", 3), ("§ 7.04", "reference", None), ("2", "reference", 2),
      ("1985", "reference", 1985)]),
    ("As Fuller wrote, 71 Harv. L. Rev. 630, 644 n.12 (1958), the law is a purpose.",
     [("71", "reference", 71), ("630", "reference", 630), ("644", "reference", 644),
      ("12", "reference", 12), ("1958", "reference", 1958)]),
    ("Under 42 U.S.C. § 1983 the claim lies; in 1871 the Congress passed the Act.",
     [("§ 1983", "identifier", 1983), ("1871", "year", 1871)]),
]


@pytest.mark.parametrize("text, expected", LEGAL)
def test_legal_citations(text: str, expected: list) -> None:
    _check(text, "en", expected)


def test_supra_pinpoint_range() -> None:
    _check_range("See supra note 7, at 101–04.", "en", "101–04", "reference", 101, 104)


# ---------------------------------------------------------------- 6. journal citations
def test_vancouver_and_wer_citations() -> None:
    text = "Outbreak of measles. N Engl J Med 1995;332:1004–14. Two of 9 children died."
    _check(text, "en", [("1995", "reference", 1995), ("332", "reference", 332),
                        ("9", "count", 9)])
    _check_range(text, "en", "1004–14", "reference", 1004, 1014)
    text = "Вестник РАМН. 2010;65(4):112–8. Умерли 3 больных."
    _check(text, "ru", [("2010", "reference", 2010), ("65", "reference", 65),
                        ("3", "count", 3)])
    _check_range(text, "ru", "112–8", "reference", 112, 118)
    text = "Bulletin of Hygiene, 1931, 6, 455–460. Typhus: 14 cases."
    _check(text, "en", [("1931", "reference", 1931), ("6", "reference", 6),
                        ("14", "count", 14)])
    _check_range(text, "en", "455–460", "reference", 455, 460)


def test_journal_negatives() -> None:
    """A year, a count and a range in prose are no citation."""
    got = {s: k for s, k, _ in _rows("In 1974, 49 people came; 12–15 of them stayed.", "en")}
    assert got == {"1974": "year", "49": "count", "12–15": "range"}


# ---------------------------------------------------------------- 5. no citation
NOT_CITED = [
    ("H.M.S. Endeavour, 3rd Mar. 1769. Wind S.E., light; sounded in 30 fathoms. Run 86 miles.",
     [("30 fathoms", "quantity", 30), ("86 miles", "quantity", 86)]),
    ("Under U.S. Const. amend. V the Court held in 1937 that 4.5 acres were taken in 1930.",
     [("1937", "year", 1937), ("4.5 acres", "quantity", 4.5), ("1930", "year", 1930)]),
    ("Provenance: Colnaghi, 1912; Exhibited: Royal Academy, 1913. London: Murray, 1920.",
     [("1912", "year", 1912), ("1913", "year", 1913), ("1920", "reference", 1920)]),
    ("Smith, J. A History of Kent. London, 1898. xii, 412 p. ; 23 cm.",
     [("1898", "reference", 1898), ("23 cm", "quantity", 23)]),
]


@pytest.mark.parametrize("text, expected", NOT_CITED)
def test_not_cited(text: str, expected: list) -> None:
    _check(text, "en", expected)


# ---------------------------------------------------------------- 3. codes
CODES = [
    ("en", "The flange bolts meet ASTM A490 and are size M24; welds per AWS D1.5/D1.5M:2015.",
     [("A490", "identifier", 490), ("M24", "identifier", 24),
      ("D1.5/D1.5M:2015", "identifier", None)]),
    ("en", "A charcoal sample (Beta-245601) dated the hearth.",
     [("Beta-245601", "identifier", 245601)]),
    ("en", "See the quarterly report on Form 10-Q and the current report on Form 8-K.",
     [("10-Q", "identifier", 10), ("8-K", "identifier", 8)]),
    ("en", "Commission file number 000-51734.", [("000-51734", "identifier", None)]),
    ("en", "Sherds of Drag. 15/17 and Drag. 27 were found.",
     [("15/17", "identifier", None), ("27", "identifier", 27)]),
    ("en", "Given in 1925 (museum no. E.1024-1910); holotype BMNH 1889.4.12.7 from Kenya.",
     [("E.1024-1910", "identifier", None), ("1889.4.12.7", "identifier", None)]),
    ("en", "Described in Patent No. 4,123,456, issued in 1978.",
     [("No. 4,123,456", "identifier", 4123456), ("1978", "year", 1978)]),
    ("ru", "Фундамент из бетона класса B30 толщиной 500 мм.", [("B30", "identifier", 30)]),
    ("id", "NPWP berformat 02.345.678.9-012.000 sejak 2024.",
     [("02.345.678.9-012.000", "identifier", None), ("2024", "year", 2024)]),
]


@pytest.mark.parametrize("lang, text, expected", CODES)
def test_codes(lang: str, text: str, expected: list) -> None:
    _check(text, lang, expected)


def test_code_negatives() -> None:
    """Names with a number, fractions, ranges and glued years keep their kinds."""
    got = {s: (k, v) for s, k, v in _rows("PM2.5 and CO2 rose; 3/4 of Expo-2020 visitors.", "en")}
    assert got["2.5"][0] == "other" and got["3/4"] == ("other", 0.75) and got["2020"][0] == "year"
    got = {s: k for s, k, _ in _rows("Hasil SP2010 dan lulusan S1/D3; Rp 1.234.567.", "id")}
    assert got["2010"] == "year" and got["Rp 1.234.567"] == "money"
    got = {s: k for s, k, _ in _rows("Opening hours 0800-1200 and pages 08-10.", "en")}
    assert "identifier" not in got.values()


# ---------------------------------------------------------------- 4. catalogue references
CATALOGUES = [
    ("Trajan, denarius. RIC II 118; BMC 246; RPC I 1234.",
     [("II", "reference", 2), ("118", "reference", 118), ("246", "reference", 246),
      ("1234", "reference", 1234)]),
    ("Camden, William. Britannia. London, 1607. [12], 860, [6] p. ; 31 cm. STC 4508.",
     [("1607", "reference", 1607), ("860", "reference", 860), ("31 cm", "quantity", 31),
      ("4508", "reference", 4508)]),
    ("Letter to Lyell. Autograph. MS. DAR 146: 12. Cambridge University Library.",
     [("146", "reference", 146), ("12", "reference", 12)]),
    ("Muster rolls of the regiment (TNA, WO 12/4410) and a will (TNA, PROB 11/864/57).",
     [("12", "reference", 12), ("4410", "reference", 4410), ("864", "reference", 864),
      ("57", "reference", 57)]),
]


@pytest.mark.parametrize("text, expected", CATALOGUES)
def test_catalogue_references(text: str, expected: list) -> None:
    _check(text, "en", expected)


# ---------------------------------------------------------------- 7. smaller families
SMALL = [
    ("Under U.S. Const. art. II, § 2, cl. 2 the President appoints.",
     [("II", "identifier", 2), ("§ 2", "identifier", 2), ("2", "identifier", 2)]),
    ("Camp IV was pitched at the foot of the ridge; Camp 2 lay below.",
     [("IV", "identifier", 4), ("2", "identifier", 2)]),
    ("Item 3 brass kettles, item 2 pair of andirons; see Item 5 of the schedule.",
     [("3", "count", 3), ("2", "count", 2), ("5", "identifier", 5)]),
]


@pytest.mark.parametrize("text, expected", SMALL)
def test_small_families(text: str, expected: list) -> None:
    _check(text, "en", expected)
