"""Number expressions: digits, number words, scale words and composites combined into one value (``1 млн 300 мың``, ``dua ratus lima puluh ribu``, ``two-thirds``).

Also the round-2 grammar: a sign folded into the first atom by the lexer applies to the
whole number (``минус 2,5 млн`` is -2 500 000), connectors (``one hundred and sixteen``,
``two dozen``), and the tails of :mod:`.spelled` (``три целых две десятых``, ``2 1/2``).
Signed decimals, spelled decimals, ``.75`` and scientific numbers below 1 carry the
``frac`` mark of the expression: alone they are ``other`` (numbers that measure without
counting), with a unit they take the unit's kind."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .atoms import _Atom
from .context import _GAP_WS, _Expr, _prev_word
from .context_words import _VAGUE_PREV
from .lexicon import GENITIVE_PREV
from .record import _NAN
from .spelled import decimal_tail, mixed_fraction, point_prev_ok
from .units import _UNIT_RE

# what makes a number in scientific notation count: a word or a kk case suffix after it
# ("4e14 operations", "10⁶-ға"; not a conjunction) or a "number of" word before it
_SCI_COUNTED_AFTER = re.compile(
    r"[ \u00a0]+(?!(?:and|or|и|или|а|но|және|не|dan|atau)(?![^\W\d_]))[^\W\d_]|[-‐‑][^\W\d_]",
    re.IGNORECASE,
)
_SCI_NUMBER_OF = re.compile(
    r"(?<![^\W\d_])(?:числ[оаеу]|количеств\w*|саны\w*|jumlah|banyaknya|numbers? of|count of)"
    r"(?![^\W\d_])[^.!?;]*$",
    re.IGNORECASE,
)


def _bare_sci(text: str, a: _Atom) -> bool:
    """A number in scientific notation (1 or more) that counts nothing: no word after it
    and no "number of" word before it in its sentence (``Avogadro's number is about
    6.02E23``, ``Постоянная Авогадро равна 6,02·10^23``) measures without counting."""
    if "s" not in a.flags or _SCI_COUNTED_AFTER.match(text, a.end):
        return False
    return _SCI_NUMBER_OF.search(text, max(0, a.start - 120), a.start) is None


_GAP_WORD = re.compile(r"[ \u00a0\u202f]+|[ \u00a0]*-[ \u00a0]*|[ \u00a0]+and[ \u00a0]+")

_KK_CASE_END = re.compile(r"(?:нан|нен|дан|ден|тан|тен|ға|ге|қа|ке|да|де|та|те)$")


@dataclass(slots=True)
class _Acc:
    """The running sum of a number expression while its atoms are read."""

    total: float = 0.0  # the part already multiplied by a scale word
    cur: float = 0.0  # the part since the last scale word
    has_cur: bool = False
    last: float = 0.0  # the last cardinal added (for hundreds and Indonesian tens)
    scale: float = _NAN
    last_scale: float = math.inf
    frac: bool = False
    plural_alone: bool = False
    vague: bool = False  # a plural collective opens it: "сотни тысяч" (hundreds of thousands)
    used: int = 0

    def add(self, b: _Atom, text: str) -> bool:
        """Add atom *b*; False if the expression cannot start with it ("third" alone)."""
        wt = b.wtype if b.typ == "word" else "u"
        v = b.value
        if wt == "u":
            self.cur += v
            self.last = v
            self.has_cur = True
        elif wt == "h" or wt == "mul":  # "жүз мың" (100 000), "two dozen" (24)
            if not self.used and "G" in b.flags and _prev_word(text, b.start)[0] not in GENITIVE_PREV:
                self.vague = True  # "сотни людей", "десятки тысяч": vague amounts
            self.cur = self.cur - self.last + (self.last if self.last else 1) * v
            self.last = 0.0
            self.has_cur = True
        elif wt == "belas":
            self.cur += 10
            self.last = 0.0
        elif wt == "puluh":
            self.cur += self.last * 9
            self.last = 0.0
        elif wt == "s":
            self.add_scale(b, text)
        elif wt == "frac":
            if _in_compound(text, b.end):
                return False  # "a half-life", "a quarter-final": part of a compound noun
            if self.used:
                self.cur = self.cur * v
            else:
                self.cur += v
                self.has_cur = True
            self.frac = True
        elif wt == "den":
            if self.used:
                self.cur = self.cur * v
            elif "N" in b.flags:
                return False  # "пятую" alone is the ordinal word (fifth)
            elif b.typ == "word" and "\u0400" <= text[b.start] <= "\u04ff":
                # "около трети предпринимателей": a denominator alone is the fraction
                self.cur += v
                self.has_cur = True
            else:
                return False  # "third" alone is an ordinal word
            self.frac = True
        elif wt == "half":
            return self.add_half(b, text)
        return True

    def add_scale(self, b: _Atom, text: str) -> None:
        v = b.value
        if self.used == 0:  # a scale word alone: "a million", not "миллионы людей"
            prev = _prev_word(text, b.start)[0]
            alone = "L" in b.flags or ("G" in b.flags and prev in GENITIVE_PREV)
            if not alone or prev in _VAGUE_PREV:
                self.plural_alone = True
        self.total += (self.cur if self.has_cur else 1) * v
        self.scale = v if math.isnan(self.scale) else max(self.scale, v)
        self.last_scale = v
        self.cur = 0.0
        self.has_cur = False
        self.last = 0.0

    def add_half(self, b: _Atom, text: str) -> bool:
        if self.used:
            self.cur += 0.5
        elif b.typ == "word" and text[b.start : b.end].lower() == "setengah":
            self.cur += 0.5
            self.has_cur = True
            self.frac = True
        else:
            return False
        return True


def _after_fraction(text: str, atoms: list[_Atom], i: int) -> bool:
    """Is the "and a half" at atom *i* the second of two fractions ("a third and a half")?"""
    a, prev = atoms[i], atoms[i - 1] if i else None
    return (
        prev is not None
        and prev.typ == "word"
        and prev.wtype in ("frac", "den")
        and text[a.start : a.start + 4].lower() == "and "
        and text[prev.end : a.start] == " "
    )


def _in_compound(text: str, end: int) -> bool:
    """Is a fraction word ending at *end* glued by a hyphen to a word ("half-life")?"""
    return text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha()


def _digits_join(text: str, atoms: list[_Atom], k: int, acc: _Acc) -> bool:
    """Digits after a scale word continue it: "1 млн 300 мың", "19 миллион 899 мың 377"."""
    prev = atoms[k - 1]
    if prev.typ != "word" or prev.wtype != "s" or acc.cur != 0:
        return False
    b = atoms[k]
    gap = text[prev.end : b.start]
    nxt = atoms[k + 1] if k + 1 < len(atoms) else None
    smaller = (
        nxt is not None
        and nxt.typ == "word"
        and nxt.wtype == "s"
        and nxt.value < acc.last_scale
        and _GAP_WS.fullmatch(text[b.end : nxt.start])
    )
    if not (
        _KK_CASE_END.search(text[prev.start : prev.end]) is None
        and _GAP_WS.fullmatch(gap)
        and gap
        and (b.is_int or (smaller and b.value < 1000))  # 1 трлн 245,6 млрд
        and b.cur is None
        and b.value < acc.last_scale
        and not b.ke
    ):
        return False
    return bool(
        smaller
        or (acc.last_scale == 1000 and b.value < 1000 and not _UNIT_RE.match(text, b.end))
    )


_AND_NEXT = re.compile(r"[ \u00a0-]+(?P<w>hundred|dozen|thousand|million|billion|trillion)s?\b")
_AND_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def _and_starts_another(text: str, prev: _Atom, b: _Atom, acc: _Acc) -> bool:
    """After "and", does *b* start a number of its own ("between a hundred and two
    hundred", "two thousand and three thousand")?"""
    m = _AND_NEXT.match(text, b.end)
    if m is None:
        return False
    w = m.group("w")
    if w in ("hundred", "dozen"):
        return prev.wtype != "s"  # "two thousand and five hundred" is 2500
    return _AND_SCALE[w] >= acc.last_scale


def _word_joins(text: str, prev: _Atom, b: _Atom, acc: _Acc) -> bool:
    """Does number word *b* continue the expression ending with *prev*?"""
    gap = text[prev.end : b.start]
    if not _GAP_WORD.fullmatch(gap) or "\n" in gap:
        if not (gap == "" and prev.typ == "num" and b.wtype == "s"):
            return False
    if " and " in gap and prev.wtype not in ("h", "s") and not (
        prev.wtype == "u" and prev.value == 100  # "a hundred and two", "one hundred and six"
    ):
        return False
    if prev.typ == "num" and (b.wtype not in ("s", "half", "den", "mul") or "N" in b.flags):
        return False
    after_unit = prev.typ == "word" and prev.wtype == "u"
    if b.wtype == "u":
        if after_unit:
            mag = 10 ** int(math.log10(acc.last)) if acc.last >= 1 else 0
            if not (acc.last >= 10 and b.value < mag):
                return False
        elif prev.typ == "word" and prev.wtype in ("belas", "frac", "half"):
            return False
    if b.wtype in ("belas", "puluh") and not (after_unit and acc.last < 10):
        return False
    digits = prev.typ == "num" and prev.is_int  # "5 dozen" (60)
    if b.wtype == "mul" and not ((after_unit or digits) and acc.last < 100 and " and " not in gap):
        return False
    if " and " in gap and _and_starts_another(text, prev, b, acc):
        return False
    if b.wtype == "frac" and not (after_unit and acc.last == 1 and acc.used == 1):
        return False
    if b.wtype == "half" and acc.frac:
        return False  # "between a third and a half": two fractions, no mixed number
    return not (b.wtype == "s" and b.value >= acc.last_scale)


def expr_at(text: str, atoms: list[_Atom], i: int) -> _Expr | None:
    """Combine number atoms from *i*: digits, number words, scale words, composites.

    Returns ``None`` if atom *i* does not start a number ("third" alone, "half" alone).
    """
    a = atoms[i]
    if a.typ == "roman":
        return _Expr(a.start, a.end, a.value, _NAN, i, False, 1, False, False, False)
    if a.typ == "word" and a.wtype == "half" and _after_fraction(text, atoms, i):
        # "between a third and a half": the second fraction, without its "and"
        start = a.start + 4
        return _Expr(start, a.end, a.value, _NAN, i, True, 1, True, False, False)
    n = len(atoms)
    neg = "-" in a.flags  # "−3,5", "минус пять": the sign applies to the whole number
    if a.typ == "num":  # the common start: digits (a cardinal, the expression's first atom)
        if i + 1 == n or atoms[i + 1].typ != "word":
            # digits alone: only a number word joins digits (a scale word, "half", ...)
            mf = (
                mixed_fraction(text, atoms, i)
                if i + 2 < n and atoms[i + 1].start == a.end + 1 and atoms[i + 1].typ == "num"
                else None
            )
            if mf is not None:  # "2 1/2"
                return _Expr(a.start, atoms[mf[1]].end, mf[0], _NAN, mf[1], False, 3, False,
                             False, False)
            # "-0.25", ".75", "2.48×10⁻⁵" measure without counting ("-12" may count)
            other = "e" in a.flags or ("-" in a.flags and not a.is_int) or _bare_sci(text, a)
            return _Expr(a.start, a.end, 0.0 + a.value, _NAN, i, False, 1, other, False, False)
        v0 = -a.value if neg else a.value
        acc = _Acc(cur=v0, has_cur=True, last=v0, used=1)
        words_only = False
        k = i + 1
    else:
        acc = _Acc()
        words_only = a.typ == "word"
        k = i
    amb = "A" in a.flags
    while k < n:
        b = atoms[k]
        if acc.used:
            if b.typ == "num":
                if not _digits_join(text, atoms, k, acc):
                    break
            elif b.typ != "word" or not _word_joins(text, atoms[k - 1], b, acc):
                break
        if not acc.add(b, text):
            return None
        if b.typ == "num":
            words_only = False
        if acc.used:
            amb = False
        acc.used += 1
        k += 1
    used = acc.used
    end = atoms[k - 1].end
    value = acc.total + acc.cur
    # "other" unless a unit says more: fractions, and numbers that measure without
    # counting (signed decimals, spelled decimals, ".75")
    other = acc.frac or "e" in a.flags or (neg and value != int(value)) or _bare_sci(text, a)
    if words_only and math.isnan(acc.scale) and not acc.frac:
        dec = decimal_tail(text, atoms, k, end, point_prev_ok(text, a))
        if dec is not None:  # "три целых две десятых", "two point five million"
            value, end, k = value + dec[0], dec[1], dec[2] + 1
            used, amb, other = used + 1, False, True
            while k < n and atoms[k].start < end:
                k += 1  # the denominator word ("десятых") is inside
            if _scale_after(text, atoms, k, end):
                value, acc.scale, end = value * atoms[k].value, atoms[k].value, atoms[k].end
                k += 1
    return _Expr(
        a.start,
        end,
        -value if neg else value,
        acc.scale,
        k - 1,
        words_only,
        used,
        other and math.isnan(acc.scale),
        amb,
        (acc.plural_alone and used == 1) or acc.vague,
    )


def _scale_after(text: str, atoms: list[_Atom], k: int, end: int) -> bool:
    """Is atom *k* a scale word right after a spelled decimal ("two point five million")?"""
    if k >= len(atoms):
        return False
    b = atoms[k]
    return b.typ == "word" and b.wtype == "s" and bool(_GAP_WS.fullmatch(text, end, b.start))
