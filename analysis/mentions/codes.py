"""Codes written with letters, dots, slashes or hyphens around their digits: standard and
thread designations (``A325``, ``M20``, ``D1.1/D1.1M:2020``), laboratory codes
(``OxA-12345``), form numbers (``10-K``), museum and register numbers (``C.112&A-1937``,
``1901.2.5.14``) and file numbers with leading zeros (``001-36743``).  Each is one
``identifier``; its value is its only number, or null when it has several.

The functions read the text at one digit atom and are called only when a cheap test on
the characters around it passes (a letter glued before, a dot or hyphen after).
"""

from __future__ import annotations

import re

from .record import _NAN
from .thread_sizes import metric_thread

# letters glued to digits: a standard or thread designation, a concrete class, with an
# edition after a slash or colon ("A325", "M20", "B25", "D1.1/D1.1M:2020")
_DESIGNATION = re.compile(
    r"(?<![\w.&-])(?P<l>[A-Z]{1,2})\d+(?:(?:\.\d+)*(?:/[A-Z]{0,2}\d+(?:\.\d+)*[A-Z]?)+(?::\d{4})?"
    r"|(?=[^\w.]|\.(?!\d)|$))"
)
# letter prefixes that make a name or a period, not a designation: "PM10", "G20", "Q3", "FY23"
_NOT_DESIGNATION = frozenset("PM G Q FY H CO NO SO".split())

# a British road with a one-digit number after "the", told by what follows: "the M6 southbound", "the A1
# between", "the M4 motorway", "the A3 at Guildford" (not "A4 paper")
_ROAD_LETTERS = frozenset("MAB")
_ROAD_AFTER = re.compile(
    r"(?:\([MT]\))?[ \u00a0]+(?:(?:north|south|east|west)bound|motorway|carriageway|between|near"
    r"|towards|junction|slip[ \u00a0]road|corridor|at[ \u00a0](?:junction|J\d)|toll\b|road\b"
    r"|(?:and|or)[ \u00a0]+(?:the[ \u00a0]+)?[MAB]\d)"
)

# a laboratory or catalogue code, letters with a capital, a hyphen and at least four digits
# ("OxA-12345", "Beta-245601", "SUERC-4520"); not a year ("Expo-2017")
_LAB_CODE = re.compile(r"(?<![\w-])(?=[a-z]*[A-Z])[A-Za-z]{2,6}-(\d{4,7})(?![\w-]|[.,]\d)")

# a museum number with an accession year: "C.112&A-1937", "E.1024-1910", "CIRC.5-1960"
_MUSEUM_NO = re.compile(r"(?<![\w.])[A-Z]{1,4}\.\d+(?:&[A-Z]+)?-\d{4}(?![\w-])")

# a register number of several dotted groups: "1901.2.5.14", "5.2.1", a tax number
# "01.234.567.8-901.000" (not "1.234.567")
_DOTTED_CODE = re.compile(r"\d+(?:\.\d+){2,}(?:-\d+(?:\.\d+)*)?(?![\d]|[.,-]\d)")
_THOUSANDS_DOTS = re.compile(r"\d{1,3}(?:\.\d{3})+")

# a form after its number: "10-K", "8-K", "20-F"
_FORM_AFTER = re.compile(r"-[A-Z](?![\w-])")


def designation(text: str, s: int, e: int) -> tuple[int, int, float] | None:
    """A designation whose letters are glued before the digits at s..e (see the module);
    (start, end, value) or None."""
    ls = s - 1
    while ls > 0 and text[ls - 1].isupper() and s - ls < 2:
        ls -= 1
    m = _DESIGNATION.match(text, ls)
    if not m or m.end() < e or m.group("l") in _NOT_DESIGNATION:
        return None
    code = m.group()
    groups = re.findall(r"\d+", code)
    if (
        len(groups[0]) == 1
        and m.group("l") in _ROAD_LETTERS
        and text[ls - 4 : ls].lower() == "the "
        and _ROAD_AFTER.match(text, m.end())
    ):
        return ls, m.end(), float(groups[0])  # "the M6 southbound": a road, not a size
    if len(groups[0]) == 1 and metric_thread(text, m.group("l"), m.end()):
        return ls, m.end(), float(groups[0])  # "M8 bolts": a thread size
    if len(groups) == 1 and (len(groups[0]) < 2 or (len(groups[0]) == 4 and 1000 <= int(groups[0]) <= 2100)):
        return None  # "Q3", "A4": a grade or a size; "SP2010": a year glued to a name
    if "/" in code and "." not in code and ":" not in code:
        return None  # id "S1/D3": two degrees, not one designation
    return ls, m.end(), float(groups[0]) if len(groups) == 1 else _NAN


def lab_code(text: str, s: int) -> tuple[int, int, float] | None:
    """``OxA-12345``: the letters, hyphen and digits starting before *s*; or None."""
    ls = s - 1
    while ls > 0 and text[ls - 1].isalpha() and s - ls < 8:
        ls -= 1
    m = _LAB_CODE.match(text, ls)
    if not m:
        return None
    v = int(m.group(1))
    if len(m.group(1)) == 4 and 1000 <= v <= 2100:
        return None  # "Expo-2017": a year attached to a name
    return ls, m.end(), float(v)


def dotted_code(text: str, s: int) -> tuple[int, int] | None:
    """``1901.2.5.14`` (three or more dotted groups, not a dotted thousands number) or
    ``C.112&A-1937`` around the digits at *s*: (start, end) or None."""
    if text[s - 1 : s] == "." and text[s - 2 : s - 1].isupper():
        ls = s - 2
        while ls > 0 and text[ls - 1].isupper() and s - ls < 6:
            ls -= 1
        m = _MUSEUM_NO.match(text, ls)
        if m:
            return ls, m.end()
    m = _DOTTED_CODE.match(text, s)
    if m and not _THOUSANDS_DOTS.fullmatch(m.group()):
        return s, m.end()
    return None


def form_code(text: str, e: int) -> int:
    """The end of a form letter after the digits ending at *e* ("10-K"), else 0."""
    m = _FORM_AFTER.match(text, e)
    return m.end() if m else 0


def leading_zero_code(text: str, s: int, e1: int, s2: int, e2: int) -> bool:
    """``001-36743``: a number with leading zeros, a hyphen and a longer number (a file
    number, not a range)."""
    return (
        text[s : s + 1] == "0"
        and e1 - s >= 2
        and text[e1:s2] == "-"
        and e2 - s2 >= 4
        and e2 - s2 != e1 - s
    )
