"""Values of statistics and worked computations, ``other`` rather than counts: a
coefficient after a statistic's symbol (``β = 0,412``, ``t = 5,216``, ``OR = 3,14``,
``R² = 0,81``, ``Adjusted R Square sebesar 0,637``), a feed or cost ratio (``FCR 1,5``,
``R/C 2,1``), a mean and its deviation (``56,4 ± 8,2``), and the bare operands of a
computation with an equals sign (``½ × 12 × 9 = 54 cm²``: 12 and 9).

Each check opens with a test of one or two characters before any regular expression.
"""

from __future__ import annotations

import re

__all__ = ["stat_value", "deviation_pair"]

# a statistic's symbol (as written) then "=" / "<" / ">" or a copula word
_STAT_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:[βbtFrRzdρχ]|B|SD|SE|SB|OR|RR|HR|aOR|R²|R2|r²|η²|χ²|t-hitung|t[ \u00a0]hitung"
    r"|F[ \u00a0]hitung|F-hitung|(?:Adjusted[ \u00a0]+)?R[ \u00a0]+Square|FCR|R/C|B/C)"
    r"[ \u00a0]*(?:[=<>≤≥][ \u00a0]*|(?:sebesar|adalah|senilai|of|is)[ \u00a0]+)$"
)
_RATIO_BEFORE = re.compile(r"(?<![^\W\d_])(?:FCR|R/C|B/C)[ \u00a0]+$")

# after a deviation: the end of a clause or a connector, not a noun or unit sharing it
# ("56,4 ± 8,2 menjadi 78,9"; not "8,4 ± 1,2 butir")
_NO_NOUN_AFTER = re.compile(
    r"[ \u00a0]*(?:[.,;:)\]]|$|(?:menjadi|dan|vs\.?|versus|pada|setelah|sebelum|sesudah|hingga"
    r"|sampai|atau|dibanding(?:kan)?|sedangkan|serta|yang|di|ke|dengan)(?![^\W\d_]))"
)
_DEVIATION = re.compile(r"[ \u00a0]*±[ \u00a0]*\d[\d.,]*(?<![.,])")

# the operands of a computation: numbers joined by operators, with an "=" in the chain
_OPERAND = r"(?:\d[\d.,]*|[½⅓⅔¼¾])"
_CHAIN = re.compile(rf"{_OPERAND}(?:[ \u00a0]*[×x÷+·*=:−][ \u00a0]*{_OPERAND})+")
_OPS = frozenset("×÷=+·*x:−")


def stat_value(text: str, start: int, end: int) -> bool:
    """Whether the bare number at *start*..*end* is a statistic's value, a ratio, a mean or
    deviation, or an operand of a computation (``other``)."""
    c = (
        text[start - 2 : start - 1]
        if text[start - 1 : start] in (" ", "\u00a0")
        else text[start - 1 : start]
    )
    if c in ("=", "<", ">", "≤", "≥") or text[start - 2 : start].isalpha() or c.isalpha():
        lo = max(0, start - 28)
        if _STAT_BEFORE.search(text, lo, start) or _RATIO_BEFORE.search(text, lo, start):
            return True
    if c == "±":
        return _NO_NOUN_AFTER.match(text, end) is not None
    if text[end : end + 3].lstrip(" \u00a0")[:1] == "±":
        dev = _DEVIATION.match(text, end)
        return dev is not None and _NO_NOUN_AFTER.match(text, dev.end()) is not None
    n = text[end + 1 : end + 2] if text[end : end + 1] in (" ", "\u00a0") else text[end : end + 1]
    if c in _OPS or n in _OPS:
        return _in_computation(text, start, end)
    return False


def _in_computation(text: str, start: int, end: int) -> bool:
    lo = max(0, start - 40, text.rfind("\n", max(0, start - 40), start) + 1)
    for m in _CHAIN.finditer(text, lo, min(len(text), end + 40)):
        if m.start() <= start and end <= m.end():
            return "=" in m.group() and any(o in m.group() for o in "×x÷+·*−")
        if m.start() > start:
            break
    return False


def deviation_pair(text: str, start: int, end: int) -> bool:
    """Whether a range from *start* to *end* would join a deviation to the next mean
    (``56,4 ± 8,2 menjadi 78,9 ± 6,5``): after ``±`` or before ``±``."""
    if "±" not in text[max(0, start - 3) : end + 3]:
        return False
    before = text[max(0, start - 3) : start].rstrip(" \u00a0")
    return before.endswith("±") or text[end : end + 3].lstrip(" \u00a0").startswith("±")
