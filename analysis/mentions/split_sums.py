"""A total's split in brackets: ``112 очков (49+63)``, ``с 11 очками (5+6)``, ``без промахов
(0+0)``, ``scored 27 points (12+15)``.

Two to four whole numbers joined by ``+`` inside brackets right after a counted total are
one ``other`` mention with value null (the total is the count; the split only shows its
parts).  The parts must add up to the last number before the bracket, which stands at
most three words back (``112 очков (49+63)``, ``27 points (12+15)``); a biathlon's
shooting tally after a word of misses (``без промахов (0+0)``) needs no total.  A sum
written for itself (``сумма (2+3)``, ``(2+3)·4``) has no total before it and is left alone.

Called only when a ``+`` follows the digits after an opening bracket (the caller's test).
"""

from __future__ import annotations

import re

__all__ = ["bracketed_split_end"]

_SPLIT = re.compile(r"\d{1,4}(?:\+\d{1,4}){1,3}(?=\))")
# the total and at most three words between it and the bracket: "112 очков (", "27 pts ("
_TOTAL_BEFORE = re.compile(r"(?<![\d.,])(\d{1,5})(?:[ \u00a0]+[^\W\d_]+\.?){1,3}[ \u00a0]*\($")
_MISSES_BEFORE = re.compile(r"(?<![^\W\d_])(?:промах\w*|штрафн\w*)[ \u00a0]*\($", re.IGNORECASE)


def bracketed_split_end(text: str, start: int) -> int | None:
    """The end of a bracketed split of a total starting at *start*, or ``None``.

    Parameters
    ----------
    text : str
        The text.
    start : int
        The offset of the split's first digit, right after ``(``.

    Returns
    -------
    int or None
        The end offset of the split's last number (before ``)``).

    Examples
    --------
    >>> t = "набрал 112 очков (49+63) при"
    >>> t[18 : bracketed_split_end(t, 18)]
    '49+63'
    >>> bracketed_split_end("без промахов (0+0), опередив", 14)
    17
    >>> bracketed_split_end("набрал 112 очков (49+60) при", 18) is None
    True
    >>> bracketed_split_end("сумма (2+3) равна", 7) is None
    True
    """
    m = _SPLIT.match(text, start)
    if not m:
        return None
    lo = max(0, start - 40)
    total = _TOTAL_BEFORE.search(text, lo, start)
    if total:
        parts = sum(int(p) for p in m.group().split("+"))
        return m.end() if parts == int(total.group(1)) else None
    return m.end() if _MISSES_BEFORE.search(text, max(0, start - 16), start) else None
