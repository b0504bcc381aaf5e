"""Spelled decimals and mixed fractions: the tail a number expression may carry.

``три целых две десятых`` (3.2), ``екі бүтін оннан бес`` (2.5), ``two point five`` (2.5),
``tiga koma satu empat`` (3.14), ``три запятая пять`` (3.5), ``екі нүкте бес`` (2.5), a
scale word after them (``two point five million``), and digits with a fraction
``2 1/2`` (2.5).  :func:`analysis.mentions.numbers.expr_at` calls these after it has
read the integer part.
"""

from __future__ import annotations

import math
import re

from .atoms import _Atom
from .lexicon import DECIMAL_POINT, KK_DECIMAL_DEN, RU_DECIMAL_DEN, trie_pattern

_POINT_WORDS = {w: kind for words in DECIMAL_POINT.values() for w, kind in words.items()}

# the word between the integer part and the fraction, with the spaces around it
_POINT_RE = re.compile(
    r"[ \u00a0]+(?P<w>" + trie_pattern(sorted(_POINT_WORDS)) + r")[ \u00a0]+", re.IGNORECASE
)
_POINT_FIRST = frozenset(w[0] for w in _POINT_WORDS) | frozenset(
    w[0].upper() for w in _POINT_WORDS
)

# ru denominator after the numerator: "десятых", "сотых", "тысячной"
_RU_DEN_RE = re.compile(
    r"[ \u00a0]+(?P<d>" + trie_pattern(sorted(RU_DECIMAL_DEN)) + r")(?:ых|ая|ой|ые|ую|ое)(?!\w)",
    re.IGNORECASE,
)
# kk denominator in the ablative before the numerator: "оннан", "жүзден"
_KK_DEN_RE = re.compile(
    r"(?P<d>" + trie_pattern(sorted(KK_DECIMAL_DEN)) + r")[ \u00a0]+", re.IGNORECASE
)

# "1/2/2020", "1/2.5", "1/2-3": not a fraction that ends there
_FRACTION_GOES_ON = re.compile(r"/|[.,-]\d")

# "at one point", "the one point": an idiom, not 1.x
_NOT_BEFORE_POINT = re.compile(r"(?<![^\W\d_])(?:at|the|a|this|that|some|any)[ \u00a0]+$", re.I)


def _cardinal(a: _Atom) -> bool:
    return a.typ == "word" and a.wtype == "u" and "-" not in a.flags


def _digit_words(text: str, atoms: list[_Atom], k: int, pos: int) -> tuple[str, int] | None:
    """Fraction digits read one by one from atom *k* (which must start at *pos*):
    ``seven five`` -> "75", ``двадцать пять`` -> "25"; (digits, last atom) or None."""
    n = len(atoms)
    digits = ""
    last = -1
    tens = False  # the last word was a ten ("twenty"): a unit may join it
    while k < n:
        b = atoms[k]
        if b.start != pos or not _cardinal(b) or b.value != int(b.value) or b.value >= 100:
            break
        v = int(b.value)
        if tens and v < 10:
            digits = digits[:-1] + str(v)  # "twenty-five": 25, not 205
            tens = False
        else:
            digits += str(v)
            tens = v >= 20 and v % 10 == 0
        last = k
        k += 1
        if k < n and text[b.end : atoms[k].start] in (" ", "\u00a0", "-"):
            pos = atoms[k].start
        else:
            break
    return (digits, last) if digits else None


def _numerator(text: str, atoms: list[_Atom], k: int) -> tuple[float, int] | None:
    """A spelled cardinal from atom *k* (``две``, ``двадцать пять``, ``жиырма бес``, digits)."""
    n = len(atoms)
    b = atoms[k]
    if b.typ == "num" and b.is_int and b.cur is None and "-" not in b.flags:
        return b.value, k
    if not _cardinal(b):
        return None
    total = b.value
    last = k
    while last + 1 < n:
        c = atoms[last + 1]
        gap = text[atoms[last].end : c.start]
        prev = atoms[last].value
        if gap not in (" ", "\u00a0", "-") or not _cardinal(c):
            break
        if c.wtype == "u" and not (prev >= 10 and c.value < 10 ** int(math.log10(prev))):
            break
        total += c.value
        last += 1
    return total, last


def decimal_tail(
    text: str, atoms: list[_Atom], k: int, end: int, prev_ok: bool
) -> tuple[float, int, int] | None:
    """The fraction after an integer part ending at *end* (atom *k* is the next atom).

    Returns (fraction value, end of the fraction, index of its last atom) or None.
    *prev_ok* is False when the integer part is "one" after "at"/"the" (``at one point``).
    """
    if k >= len(atoms) or text[end + 1 : end + 2] not in _POINT_FIRST:
        return None
    m = _POINT_RE.match(text, end)
    if m is None:
        return None
    kind = _POINT_WORDS[m.group("w").lower()]
    pos = m.end()
    if kind == "point":
        if not prev_ok:
            return None
        got = _digit_words(text, atoms, k, pos)
        if got is None:
            return None
        digits, last = got
        return float("0." + digits), atoms[last].end, last
    kd = _KK_DEN_RE.match(text, pos)
    if kd:  # kk: "бүтін оннан бес"
        den = KK_DECIMAL_DEN[kd.group("d").lower()]
        while k < len(atoms) and atoms[k].start < kd.end():
            k += 1
        if k >= len(atoms) or atoms[k].start != kd.end():
            return None
        num = _numerator(text, atoms, k)
        if num is None or num[0] >= den:
            return None
        return num[0] / den, atoms[num[1]].end, num[1]
    if atoms[k].start != pos:
        return None
    num = _numerator(text, atoms, k)
    if num is None:
        return None
    dm = _RU_DEN_RE.match(text, atoms[num[1]].end)
    if dm is None:
        return None
    den = RU_DECIMAL_DEN[dm.group("d").lower()]
    if num[0] >= den:
        return None
    return num[0] / den, dm.end(), num[1]


def point_prev_ok(text: str, a: _Atom) -> bool:
    """False for "at one point" / "the one point" (an idiom, not a decimal)."""
    return not ("A" in a.flags and _NOT_BEFORE_POINT.search(text, max(0, a.start - 6), a.start))


def mixed_fraction(text: str, atoms: list[_Atom], i: int) -> tuple[float, int] | None:
    """``2 1/2``: whole digits, a space and a fraction; (value, index of the denominator)."""
    if i + 2 >= len(atoms):
        return None
    a, b, c = atoms[i], atoms[i + 1], atoms[i + 2]
    if not (
        a.is_int
        and 0 < a.ndig <= 3
        and b.typ == "num"
        and c.typ == "num"
        and b.ndig in (1, 2)
        and c.ndig in (1, 2)
        and b.cur is None
        and text[a.end : b.start] in (" ", "\u00a0")
        and text[b.end : c.start] == "/"
        and 0 < b.value < c.value
        and not _FRACTION_GOES_ON.match(text, c.end)
    ):
        return None
    frac = b.value / c.value
    return (a.value - frac if a.value < 0 or "-" in a.flags else a.value + frac), i + 2
