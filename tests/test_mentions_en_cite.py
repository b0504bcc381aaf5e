"""English citation, reference and kind rules of the numeric-mention extractor.

Hand-written sentences (not taken from the development set), one or a few per rule, with
negative cases: a year in running text stays a year, ``in 1954`` is no reference, a book's
``Part II`` is an identifier while ``World War II`` stays an ordinal.
"""

from __future__ import annotations

import math

import pytest

from analysis.mentions import extract_mentions


def _rows(text: str) -> dict[str, tuple[str, float, float]]:
    df = extract_mentions(text, "en")
    return {r.surface: (r.kind, r.value, r.range_end) for r in df.itertuples()}


def _check(text: str, expected: dict[str, tuple]) -> None:
    got = _rows(text)
    for surface, want in expected.items():
        assert surface in got, (surface, got)
        kind, value = want[0], want[1]
        assert got[surface][0] == kind, (surface, got[surface])
        if value is None:
            assert math.isnan(got[surface][1]), (surface, got[surface])
        else:
            assert got[surface][1] == pytest.approx(value), (surface, got[surface])
        if len(want) > 2:
            assert got[surface][2] == pytest.approx(want[2]), (surface, got[surface])


LEGAL = [
    (
        "The court relied on Miranda v. Arizona, 384 U.S. 436, 444 (1966), and on 79 Stat. 437.",
        {"384": ("reference", 384), "436": ("reference", 436), "444": ("reference", 444),
         "1966": ("reference", 1966), "79": ("reference", 79), "437": ("reference", 437)},
    ),
    (
        "She brought a claim under 28 U.S.C. § 1331 and sought fees under § 2412(d).",
        {"28": ("identifier", 28), "§ 1331": ("identifier", 1331), "§ 2412": ("identifier", 2412)},
    ),
    (
        "The Voting Rights Act, Pub. L. 89-110, followed a year later.",
        {"89-110": ("identifier", None)},
    ),
    (
        "Insider trading is charged under Rule 14e-3 of the Exchange Act.",
        {"14e-3": ("identifier", None)},
    ),
    (
        "The Statute of Uses (27 Hen. VIII c. 10) was passed in 1536.",
        {"27": ("reference", 27), "10": ("identifier", 10), "1536": ("year", 1536)},
    ),
    (
        "By Act XV of 1856 widows were allowed to remarry.",
        {"XV": ("identifier", 15), "1856": ("year", 1856)},
    ),
    (
        "The report (Cmd. 6404) was debated; see Cd. 2175 (1904), paras 41–47.",
        {"6404": ("identifier", 6404), "2175": ("identifier", 2175), "1904": ("reference", 1904),
         "41–47": ("reference", 41, 47)},
    ),
    (
        "Evidence is printed in PP 1834 (44) XXVII, p. 12.",
        {"1834": ("reference", 1834), "44": ("reference", 44), "XXVII": ("reference", 27),
         "12": ("reference", 12)},
    ),
    (
        "Hansard, 4th ser., vol. CXII (1902), cols. 1210–14.",
        {"4th": ("reference", 4), "1902": ("reference", 1902), "1210–14": ("reference", 1210, 1214)},
    ),
    (
        "(HC Deb 3 March 1952 vol 497 c. 88).",
        {"497": ("reference", 497)},
    ),
]

ACADEMIC = [
    (
        "See the essay in Economic History Review, no. 12 (1962), 101–18.",
        {"no. 12": ("reference", 12), "1962": ("reference", 1962), "101–18": ("reference", 101, 118)},
    ),
    (
        "The argument is made in Journal of Modern History, vol. 44, no. 2 (1972), pp. 201–35.",
        {"no. 2": ("reference", 2), "1972": ("reference", 1972), "201–35": ("reference", 201, 235)},
    ),
    (
        "Oxford: Clarendon Press, 3rd edn, 1987.",
        {"3rd": ("reference", 3), "1987": ("reference", 1987)},
    ),
    (
        "mortality fell after 1750 (Razzell and Spence 1994, table 4.2).",
        {"1750": ("year", 1750), "1994": ("reference", 1994), "4.2": ("reference", None)},
    ),
    (
        "as Weber argued (Weber 1978 [1922]: 212–26).",
        {"1978": ("reference", 1978), "212–26": ("reference", 212, 226)},
    ),
    (
        "7 R. H. Tawney, 'The Rise of the Gentry', Economic History Review, 11 (1941), 1–38, at 9.",
        {"7": ("reference", 7), "11": ("reference", 11), "1941": ("reference", 1941),
         "1–38": ("reference", 1, 38), "9": ("reference", 9)},
    ),
]

IDENTIFIERS = [
    ("Schedules I, III and V of the Order are repealed.",
     {"I": ("identifier", 1), "III": ("identifier", 3), "V": ("identifier", 5)}),
    ("Ward 12 returned two councillors, and Train 7 left at noon.",
     {"12": ("identifier", 12), "7": ("identifier", 7)}),
]

STATISTICS = [
    ("Smokers had a higher risk (HR 2.31, 95% CI 1.80–2.96).",
     {"2.31": ("other", 2.31), "1.80–2.96": ("range", 1.8, 2.96)}),
    ("The odds ratio for rural areas was 2.4 (95% CI 1.1 to 5.2).", {"2.4": ("other", 2.4)}),
    ("The mortality ratio was 1.18 (p = 0.04).", {"1.18": ("other", 1.18)}),
    ("Three in ten voters were undecided.", {"Three in ten": ("other", 0.3)}),
    ("In the mill, three out of four workers were women.", {"three out of four": ("other", 0.75)}),
]

DECADES_AGES = [
    ("Wages recovered in the early '20s and fell in the '80s.",
     {"20": ("year", 1920), "80": ("year", 1980)}),
    ("She died in 1901 aged 73.", {"73": ("quantity", 73), "1901": ("year", 1901)}),
    ("He enlisted in 1915 giving his age as 19.", {"19": ("quantity", 19)}),
    ("The tax fell on all males over 18.", {"18": ("quantity", 18)}),
]

OCR = [
    ("The attack began at 0545 hours on 1 July.", {"0545 hours": ("other", 5.75)}),
    ("In the year of our Lord seventeen hundred and sixty the bridge was built.",
     {"seventeen hundred and sixty": ("year", 1760)}),
    ("The match ended 2–2 after extra time.", {"2–2": ("other", None)}),
]

NEGATIVE = [
    ("The Supreme Court decided the case in 1954 and the schools were slow to change.",
     {"1954": ("year", 1954)}),
    ("In 1954, 347 U.S. citizens were repatriated.", {"1954": ("year", 1954), "347": ("count", 347)}),
    ("Read chapter 3 before the seminar.", {"3": ("identifier", 3)}),
    ("He scored 3 in 12 minutes.", {"3": ("count", 3)}),
    ("The price fell from 15 to 12 shillings, or 1 in 2010 terms.", {"2010": ("year", 2010)}),
    ("Prices rose 4-5 per cent.", {"4-5 per cent": ("range", 4, 5)}),
    ("Reorganisation or 2.4 million new posts.", {"2.4 million": ("count", 2.4e6)}),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    LEGAL + ACADEMIC + IDENTIFIERS + STATISTICS + DECADES_AGES + OCR + NEGATIVE,
)
def test_en_cite(text: str, expected: dict[str, tuple]) -> None:
    _check(text, expected)


def test_world_war_stays_ordinal() -> None:
    got = extract_mentions("Part II of the book covers World War II.", "en")
    assert list(got["kind"]) == ["identifier", "ordinal"]
