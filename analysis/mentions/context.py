"""Context shared by the extractor's rules: connectors, year and ordinal words, the number-expression record, and the small helpers that read the text around a number."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.roman import roman_value
from .atoms import _Atom
from .context_words import _ABBR_PREV

# calendar-year words after a year (kept outside the span)
_YEAR_WORD_RE = re.compile(
    r"[ \u00a0]?(?:гг?\.|год(?:а|у|ом|ы|ов|ах|ами)?(?!\w)|жыл\w*|ж\.|yy\.)",
    re.IGNORECASE,
)

_DECADE_WORD_RE = re.compile(
    r"(?:[ \u00a0-]?(?:жылдар\w*|жылдары)|[ \u00a0]?(?:годы|годов|годах|гг\.)"
    r"|-(?:х|е|ые|ых)(?:[ \u00a0]+(?:год\w*|гг\.))?|-(?:м|ми)[ \u00a0]+год(?:ам|ами|ах)(?!\w)|-?(?:шы|ші|ыншы|інші)[ \u00a0]+жыл\w*"
    r"|-?an(?!\w)|s(?!\w)|'s(?!\w))",
)

_HYPH_RE = re.compile(r"[-‐‑](?P<s>[^\W\d_]{1,14})")

# with the old "2d", "3d", "22d" ("on the 3d inst."; not "3d." pence nor "12d")
_EN_ORD_RE = re.compile(r"(?:st|nd|rd|th|(?<=(?<!1)[23])d(?![.'’]))(?![^\W\d_])")

_ORD_NEXT_RE = re.compile(
    r"[ \u00a0]?(?:съезд\w*|съез\w*|ғасыр\w*|век\w*|вв?\.|столети\w*|century|centuries"
    r"|созыв\w*|пленум\w*|сессия\w*|Kongres\w*|Congress\w*|ғ\.)",
    re.IGNORECASE,
)

#: A time-zone word after a clock time: "tiba 08.40 WITA", "13:21:10 WIB" (a time of day,
#: not a decimal or a duration, with or without "pukul" before it).
_TZ_AFTER = re.compile(r"[ \u00a0](?:WIB|WITA|WIT|UTC|GMT)(?![\w+\-−])")

_CONN_RE = re.compile(
    r"(?P<dash>[ \u00a0]?[-–—‒−][ \u00a0]?|…(?=[\d−+-])|\.\.\.(?=[\d−+-]))|(?P<slash>/)"
    r"|[ \u00a0]+(?P<w>до|по|to|through|till|until|hingga|sampai(?: dengan)?|s\.d\.|s/d|menjadi"
    r"|and)[ \u00a0]+",
)

_ABL_RE = re.compile(r"(?:дан|ден|тан|тен|нан|нен)$")

_KK_JYL_RE = re.compile(r"[ \u00a0]*(?:жылғы|жылы|жылдың|ж\.)[ \u00a0]*")

_GAP_WS = re.compile(r"[ \u00a0\u202f]*")

# a list separator between two identifiers, also around brackets: "ayat (1) dan (2)"
_LIST_CONT = re.compile(
    r"\)?(?:,[ \u00a0]*|,?[ \u00a0]+(?:и|или|and|or|AND|OR|dan|atau|serta|мен|және|немесе)[ \u00a0]+)\(?"
)

_LIST_SEP = re.compile(
    r",[ \u00a0]*|,?[ \u00a0]+(?:и|или|and|or|dan|atau|serta|мен|және|немесе)[ \u00a0]+"
)

# page abbreviations before a number ("p. 112", "pp. 12–15", "С. 45", "hlm. 23", "б. 7")
_PAGE_BEFORE = re.compile(
    r"(?<![\w.])(?<![A-ZА-ЯЁ]\.[ \u00a0])"
    r"(?:[PpСсS]|[Pp]p|[Hh]lm|[Hh]al|h|[Сс]тр|бб?|Бб?|бет|[Ss]tr|[Vv]ol)\.[ \u00a0]?$"
)

_PAGE_WORD_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:[Pp]ages?|[Hh]alaman|[Сс]траниц[аеыу]|[Сс]тр\.?)[ \u00a0]$"
)

_VFRAC = {
    "½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2,
    "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
}

_CENTURY_BEFORE = re.compile(
    r"(?<![^\W\d_])(?P<r>[IVXІХӀ]{1,5})[ \u00a0]+(?:ғасыр\w*|век\w*|в\.|abad|century)[ \u00a0]+$"
)

_CENTURY_AFTER = re.compile(
    r"[ \u00a0]*(?:(?:год\w*|гг\.|жыл\w*)[ \u00a0]+)?(?P<r>[IVXІХӀ]{1,5})[ \u00a0]+"
    r"(?:век\w*|в\.|ғасыр\w*|abad|century)(?![^\W\d_])"
)

def _century_base(text: str, start: int, end: int) -> int:
    """1900, or the first year of a Roman-numbered century naming a two-digit decade.

    "XVIII ғасырдың 20-30 жылдары" and "в 20-х годах XIX века" are decades of that century
    (century × 100 − 100 + decade).
    """
    dm = _DECADE_WORD_RE.match(text, end)
    m = (
        _CENTURY_BEFORE.search(text, max(0, start - 30), start)
        or _CENTURY_AFTER.match(text, end)
        or (dm and _CENTURY_AFTER.match(text, dm.end()))
    )
    c = roman_value(m.group("r")) if m else None
    if c is not None and 10 <= c <= 20:
        return c * 100 - 100
    return 1900

def _prev_word(text: str, pos: int) -> tuple[str, str]:
    """Return (lower-case previous word, separator chars) before *pos* on the same line."""
    j = pos
    lo = max(0, pos - 4)
    while j > lo and not text[j - 1].isalnum() and text[j - 1] != "\n":
        j -= 1
    k = j
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    if k == j:
        return "", ""
    sep = text[j:pos]
    if len(sep) > 4 or (sep[:1] == "." and len(sep) > 4):
        return "", ""
    w = text[k:j].lower()
    if w in _ABBR_PREV and not sep.startswith("."):
        w = "_" + w  # "п" without its dot is not the abbreviation of "пункт"
    return w, sep

def _word_start(text: str, pos: int) -> int:
    i = pos
    lo = max(0, pos - 40)
    while i > lo and (text[i - 1].isalnum() or text[i - 1] in "-‐"):
        i -= 1
    return i

def _at_sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return i < 0 or text[i] in '\n.!?»"“”(:;'

def _is_year_int(a: _Atom) -> bool:
    return a.typ == "num" and a.ndig == 4 and a.cur is None and 1000 <= a.value <= 2100

def _is_day(a: _Atom) -> bool:
    return a.typ == "num" and a.ndig in (1, 2) and 1 <= a.value <= 31 and a.cur is None

@dataclass(slots=True)
class _Expr:
    start: int
    end: int  # end of the number (incl. scale words)
    value: float
    scale: float
    last: int  # index of the last atom used
    words_only: bool
    n_atoms: int
    frac: bool
    amb: bool
    plural_scale_alone: bool


def scale_after(text: str, atoms: list[_Atom], k: int) -> _Atom | None:
    """The scale word one space after atom *k* (``1½ million``), or None."""
    if k + 1 < len(atoms):
        b = atoms[k + 1]
        if b.typ == "word" and b.wtype == "s" and text[atoms[k].end : b.start] == " ":
            return b
    return None
