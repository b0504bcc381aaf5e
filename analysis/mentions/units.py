"""Units after a number: unit words and their inflections, yields per area, calendar-year words, glued scale abbreviations (``£1.9m``, ``$2bn``)."""

from __future__ import annotations

import math
import re

from .atoms import _SUPERSCRIPT, _Atom
from .context import _Expr, _is_year_int
from .unit_table import lexicon_forms
from .unit_words import SUBUNITS, SUBUNITS_AFTER_MAIN, UNITS

_UNIT_RE = re.compile(
    r"[ \u00a0\u202f]?(?:"
    + "|".join(f"(?P<u{i}>{src})" for i, (src, _, _) in enumerate(UNITS))
    + r")(?![^\W\d_⁰¹²³⁴⁵⁶⁷⁸⁹])",
    re.IGNORECASE,
)

_UNIT_INFO = {f"u{i}": (code, kind) for i, (_, code, kind) in enumerate(UNITS)}

_YEAR_BEFORE_RE = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d$")
_YEAR_AFTER_RE = re.compile(r"[ \u00a0](?:1[5-9]|20)\d\d(?!\d|[.,]\d)")

_YIELD_UNITS = frozenset(("t", "kg", "g", "centner", "pood", "bushel", "l"))

# the area a yield is measured per, after a unit of weight/volume (inside the span)
_PER_AREA_RE = re.compile(
    r"[ \u00a0]+(?:(?:с|со|съ|на|per|an?|each|setiap|tiap)[ \u00a0]+(?:одного[ \u00a0]+)?"
    r"(?:гектар(?:а|ов)?|га|hectares?|hektar(?:e)?|ha|acres?|(?P<des>десятин[аыу]?))"
    r"|гектар(?:ына|ынан|ға))"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)

# the denominator of a price glued to the currency with a slash (inside the span)
# ("/мес." with an abbreviation's full stop; "/кг", "/т" are symbols without one)
_PER_UNIT_SLASH = re.compile(
    r"/(?:м²|м2|кв\.[ \u00a0]?м|(?:кг|г|т|л|м|км|га|ц|kg|t)(?![^\W\d_])"
    r"|[^\W\d_]{1,6}(?:·[^\W\d_]{1,3})?(?![^\W\d_])\.?)"
)

_KK_DECADE = re.compile(r"жылдар\w*")
_KK_DATES_TO = re.compile(r"[ \u00a0]+жата", re.IGNORECASE)  # "568 жылға жатады"

_GLUED_SCALE = re.compile(r"(bn|mn|m|k|tn|trn|bln|mln)(?![^\W\d_])", re.IGNORECASE)

_COUNTED_AFTER_M = re.compile(
    r"[ \u00a0]+(?:people|persons|voters|residents|inhabitants|users|visitors|viewers"
    r"|households|jobs|barrels|tonnes|tons|passengers|customers|shares|copies|workers"
    r"|children|adults|subscribers|refugees|migrants|pupils|students|patients|cases|doses)\b"
)

_GLUED_SCALE_VALUE = {
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "bln": 1e9,
    "tn": 1e12,
    "trn": 1e12,
}


# one word of a unit form: letters, "·", ".", "-", "/" between letters, "²", "³", a
# digit 2/3 after letters ("km2"), an abbreviation's dot
_LEX_W = r"[^\W\d_]?[°µ]?[^\W\d_](?:[^\W\d_]|[·./\-](?=[^\W\d_])|[²³]|(?<=[^\W\d_])[23](?!\d))*\.?"
_LEX_RE = re.compile(rf"(?P<sep>[ \u00a0\u202f]|-)?(?P<w>{_LEX_W})")
_LEX_MORE = re.compile(rf"(?:[ \u00a0](?:{_LEX_W}|/)){{1,3}}")
_LEX_FIRST = re.compile(r"[ \u00a0\u202f-]?(?:[^\W\d_]|[°µ])")

#: Unit kinds by lexicon dimension (others are "quantity").
_DIM_KIND = {"yield": "quantity", "count": "quantity", "score": "other", "percentage points": "percent",
             "magnitude": "other", "ratio": "other", "money": "money"}

# Kazakh: a unit symbol with a case suffix after a hyphen ("26 м-ге", "25 м/с-қа"); the
# suffix stays outside
_KK_HYPH_CASE = re.compile(
    r"[ \u00a0]?[^\W\d_][^\W\d_/²³]{0,3}(?:/[^\W\d_]{1,3})?[²³]?(?P<h>-)"
    r"(?:[ғгқк][ае]|[дтн][аеы]|[дтн][аеы]н|[дтн][ыі]ң|[дтн][ыі]|[мпб]ен|[ыі]|[дт][аеы]ғ[ыі]|[дт]ег[іи])"
    r"(?![^\W\d_])"
)

# Kazakh "күндіз", "күндізгі" (by day, daytime) is no "күн" (day), and "айлық есептік
# көрсеткіш" (the monthly calculation index, АЕК) no month
_KK_NOT_UNIT = re.compile(r"[ \u00a0]?(?:күндіз|айлық[ \u00a0]+есептік)", re.IGNORECASE)


def lexicon_unit_after(text: str, pos: int, lang: str | None) -> tuple[int, str, str] | None:
    """The longest unit form of the lexicon (:mod:`.unit_table`) at *pos*, after one
    space, glued, or after a hyphen (``72-MW``, ``5-km``; not a time unit nor a Russian or
    Kazakh form): (end, unit code, kind) or ``None``."""
    m = _LEX_RE.match(text, pos)
    if not m:
        return None
    fold, exact, heads = lexicon_forms(lang)
    ws = m.start("w")
    first = m.group("w")
    words = [first]
    if first.lower() in heads:  # "центнеров с гектара", "head of cattle": a longer form
        more = _LEX_MORE.match(text, m.end())
        if more:
            words += more.group().replace("\u00a0", " ").split(" ")[1:]
    for n in range(len(words), 0, -1):
        form = " ".join(words[:n])
        for f in (form, form[:-1]) if form.endswith(".") else (form,):
            hit = exact.get(f) or fold.get(f.lower())
            if hit is None:
                continue
            if m.group("sep") == "-" and (hit[1] == "time" or not f.isascii()):
                return None
            return ws + len(f), hit[0], _DIM_KIND.get(hit[1], "quantity")
    return None


def subunit_after(text: str, pos: int, main: str | None = None) -> tuple[int, str, float] | None:
    """A money sub-unit word at *pos* (``копеек``, ``тиын``, ``cents``, ``sen``,
    ``pence``): (end, main currency code, its share of the main unit) or ``None``.

    After an amount in the main unit *main* the short forms that need it count too
    (``41 226 руб. 50 к.``)."""
    m = _SUBUNIT_RE.match(text, pos)
    if m:
        code, share = SUBUNITS[int((m.lastgroup or "s0")[1:])][1:]
        return m.end(), code, share
    for rx, code, share in _SUBUNIT_MAIN_RE:
        if code == main:
            m = rx.match(text, pos)
            if m:
                return m.end(), code, share
    return None


_SUBUNIT_RE = re.compile(
    r"[ \u00a0]?(?:" + "|".join(f"(?P<s{i}>{src})" for i, (src, _, _) in enumerate(SUBUNITS))
    + r")(?![^\W\d_])",
    re.IGNORECASE,
)

_SUBUNIT_MAIN_RE = tuple((re.compile(src), code, share) for src, code, share in SUBUNITS_AFTER_MAIN)


# an OCR line-break hyphen inside a word after the number: "1 200 гек- тар"
_OCR_BREAK = re.compile(r"[ \u00a0](?P<a>[^\W\d_]{2,8})-[ \u00a0\n]{1,2}(?=[^\W\d_])")


def _broken_unit(text: str, pos: int, lang: str | None) -> tuple[int, str, str] | None:
    """A unit word broken by an OCR line-break hyphen at *pos* (``гек- тар``): read as
    if joined, the hyphen and the break inside; (end, unit code, kind) or ``None``."""
    m = _OCR_BREAK.match(text, pos)
    if m is None:
        return None
    gap = m.end() - m.end("a")
    joined = text[pos : m.end("a")] + text[m.end() : m.end() + 24]
    u = unit_after(joined, 0, lang)
    if u is None or u[0] <= m.end("a") - pos:
        return None
    return pos + u[0] + gap, u[1], u[2]


def unit_after(text: str, pos: int, lang: str | None = None) -> tuple[int, str, str] | None:
    """The unit word at *pos*: (end, unit code, kind) or ``None``.

    The hand-written patterns of :mod:`.unit_words` come first; a longer form of the
    unit lexicon wins (``kilowatt-hours`` over ``kilowatt``, ``ц/га`` over ``ц``); a unit
    word broken by an OCR line-break hyphen is read joined (``гек- тар``).
    """
    if lang == "kk":
        hy = _KK_HYPH_CASE.match(text, pos)
        if hy:  # the symbol alone, as if a bracket followed it
            w0 = max(0, pos - 8)
            u = unit_after(text[w0 : hy.start("h")] + ")", pos - w0, lang)
            return (u[0] + w0, u[1], u[2]) if u else None
        if _KK_NOT_UNIT.match(text, pos):
            return None
    m = _UNIT_RE.match(text, pos)
    lex = lexicon_unit_after(text, pos, lang) if _LEX_FIRST.match(text, pos) else None
    if not m:
        if lex is None and "- " in text[pos + 3 : pos + 12]:
            return _broken_unit(text, pos, lang)
        return lex
    if lex and lex[0] > m.end():
        return lex
    code, kind = _UNIT_INFO[m.lastgroup or ""]
    e = m.end()
    if code == "night" and _YEAR_BEFORE_RE.search(text, max(0, pos - 5), pos):
        return None  # "tahun 1965 malam itu": the night of a year, not 1965 nights
    if code == "year" and _YEAR_AFTER_RE.match(text, e) and text[e - 5 : e].lower() == "tahun":
        return None  # "nomor 5 tahun 2020", "WPP-RI 711 tahun 2021": the year's word
    if kind == "money":  # a price per unit: "45 000 руб./мес.", "98 500 руб./т"
        per = _PER_UNIT_SLASH.match(text, e)
        if per:
            e = per.end()
    elif code in _YIELD_UNITS:
        per = _PER_AREA_RE.match(text, e)
        if per:  # a yield's denominator: "8,6 центнера с гектара", "3 ton per hektar"
            e = per.end()
            if code == "centner":
                code = "centner/ha"
            elif per.group("des"):  # "45 пудов с десятины"
                code = f"{code}/desyatina"
    if text[e - 1] in _SUPERSCRIPT and not (text[e - 1] in "²³" and text[e - 2] in "mмMМ"):
        while text[e - 1] in _SUPERSCRIPT and e > pos + 1:
            e -= 1  # a footnote marker glued to the unit word ("рублей⁴") is not the unit's
    return e, code, kind


def is_calendar_word(x: _Expr, a: _Atom, word: str, after: str = "") -> bool:
    """Is the year word after this number the calendar-year word (kept outside)?

    *after* is the text after the word (``жатады``: "568 жылға жатады" dates a thing).
    """
    w = word.strip().lower()
    if x.n_atoms != 1 or a.typ != "num" or not a.is_int or a.cur:
        return False
    if w in ("лет", "years", "year", "yrs", "yrs.", "tahun") or w.startswith("жылдығ"):
        return False  # kk "2000 жылдығы": an anniversary, a quantity in years
    if _is_year_int(a):
        return True  # also "2023 жылдық есеп" (the report of 2023)
    if w.startswith("жылдық"):
        return False  # "12 жылдық оқу": a duration
    return (
        100 <= a.value < 1000
        and (
            w in ("году", "г.", "гг.", "года", "жылы", "жылғы")
            # kk: a numeral takes the singular, so "жылдар-" after it is the calendar
            or w.startswith("жылдар")
            or (w == "жылға" and _KK_DATES_TO.match(after) is not None)
        )
        or (a.ndig == 2 and a.value % 10 == 0 and _KK_DECADE.match(w) is not None)
    )


def glued_scale(text: str, a: _Atom, x: _Expr, end: int) -> tuple[float, int] | None:
    """A scale abbreviation glued to digits: "£1.9m", "$2bn", "40mn" -> (scale, end).

    "5m" alone stays metres unless a counted noun follows ("5m people").
    """
    if not (
        a.typ == "num"
        and x.n_atoms == 1
        and end == a.end
        and math.isnan(x.scale)
        and text[end : end + 1].isalpha()
    ):
        return None
    gs = _GLUED_SCALE.match(text, end)
    if gs and (
        a.cur
        or gs.group(1).lower() not in ("m", "k")
        or (gs.group(1) == "m" and _COUNTED_AFTER_M.match(text, gs.end()))
    ):
        return _GLUED_SCALE_VALUE[gs.group(1).lower()], gs.end()
    return None
