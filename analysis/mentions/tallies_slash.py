"""Pairs that are neither fractions nor ranges: a shift pattern after a schedule word
(``график 2/2``, ``вахта 60/30``) and shooting tallies of a biathlon result in brackets
(``(0+1)``, ``(1+0+2+0)``); each is one ``other`` mention with value null.

Called only when a ``/`` or ``+`` follows the digits (a cheap test of the caller).
"""

from __future__ import annotations

import re

from .split_sums import bracketed_split_end

__all__ = ["pair_pattern_end"]

_SHIFT = re.compile(r"\d{1,2}/\d{1,2}(?![\d/]|[.,]\d|[ \u00a0]*[^\W\d_])")
_SHIFT_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:график\w*|вахт\w*|смен\w*|режим\w*)[ \u00a0:—–-]*(?:работы[ \u00a0]+)?$",
    re.IGNORECASE,
)
# the result follows the bracket: "(0+0) — 24:18,6", "(0+1) +12,4"
_TALLY = re.compile(r"\d\+\d(?:\+\d){0,2}(?=\)[ \u00a0]*(?:[—–+-]|\d))")
# a name before the bracket: "Халили (0+1)" (not "сумма (2+3)"), or the race time
# itself, the bracket then closing anywhere: "21.34,6 (0+1), опередив"
_NAME_BEFORE = re.compile(r"(?-i:[A-ZА-ЯЁ])[^\W\d_]+[ \u00a0]\($")
_TIME_BEFORE = re.compile(r"\d[.:]\d\d[,.]\d{1,3}[ \u00a0]\($")
_TALLY_CLOSED = re.compile(r"\d\+\d(?:\+\d){0,2}(?=\))")


def pair_pattern_end(text: str, start: int) -> int | None:
    """The end of a shift pattern or a bracketed shooting tally starting at *start*, or
    ``None``.

    Examples
    --------
    >>> pair_pattern_end("график 2/2, питание", 7)
    10
    >>> pair_pattern_end("Халили (0+1) — 24:18", 8)
    11
    >>> pair_pattern_end("съели 2/3 пирога", 6) is None
    True
    """
    if text[start - 1 : start] == "(":
        m = _TALLY.match(text, start)
        ok = m and _NAME_BEFORE.search(text, max(0, start - 30), start)
        if not ok and (m := _TALLY_CLOSED.match(text, start)):
            ok = _TIME_BEFORE.search(text, max(0, start - 12), start)
        return m.end() if ok else bracketed_split_end(text, start)  # "112 очков (49+63)"
    m = _SHIFT.match(text, start)
    if m and _SHIFT_BEFORE.search(text, max(0, start - 24), start):
        return m.end()
    return None
