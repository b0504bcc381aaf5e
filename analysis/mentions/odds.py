"""Betting odds: ``13 to 8 on``, ``5 to 1 agst.``, ``100 to 8 bar two``, ``at 21/20 on``.

A pair of whole numbers joined by ``to`` or a slash, the first not smaller than the second
(odds are written larger first, ``on`` marking odds-on), is one ``other`` mention with
value null when a betting word stands before it on the same line (``Betting:``, ``odds``,
``S.P.``, ``starting price``, ``evens``) or when it is followed by the turf abbreviation
``agst.``, or by ``on`` / ``against`` / ``bar`` right after ``at`` (``at 21/20 on``).
A pair right after ``from`` or ``between`` is never odds.  Elsewhere ``5 to 1`` is left to
the range rules.
"""

from __future__ import annotations

import re

from .atoms import _Atom

_ODDS_GAP = re.compile(r"[ \u00a0]to[ \u00a0]|/")
_ODDS_AFTER = re.compile(r"[ \u00a0](?P<w>on|agst\.?|against|bar|the[ \u00a0]field)(?![^\W\d_])")
_ODDS_END = re.compile(r"[ \u00a0]*(?:[,;:)]|\.(?!\d)|\n|$)")
_ODDS_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:[Bb]etting|[Oo]dds|[Ss]tarting[ \u00a0-][Pp]rice|[Ee]vens|S\.[ \u00a0]?P\.|SP)"
    r"(?![^\W\d_])"
)
_AT_BEFORE = re.compile(r"(?<![^\W\d_])at[ \u00a0]$")
# "from 9 to 5", "between 10 and 4": a span of hours or a range, not odds
_FROM_BEFORE = re.compile(r"(?<![^\W\d_])(?:[Ff]rom|[Bb]etween)[ \u00a0]$")

#: How far back on the line a betting word is looked for.
_WINDOW = 100


def _whole(a: _Atom) -> bool:
    return a.typ == "num" and a.is_int and 0 < a.ndig <= 3 and a.cur is None and not a.flags


def odds_end(text: str, atoms: list[_Atom], i: int) -> int:
    """The end of betting odds starting at atom *i* (``13 to 8`` of ``13 to 8 on``), or 0.

    Parameters
    ----------
    text : str
        The text.
    atoms : list of _Atom
        The atoms lexed so far; *i* and the atom after it are read.
    i : int
        The index of the first number.

    Returns
    -------
    int
        The end offset of the second number, 0 if the pair is no odds.
    """
    if i + 1 >= len(atoms):
        return 0
    a, b = atoms[i], atoms[i + 1]
    m = _ODDS_GAP.match(text, a.end)
    if not (m and m.end() == b.start and _whole(a) and _whole(b) and a.value >= b.value > 0):
        return 0
    after = _ODDS_AFTER.match(text, b.end)
    if after and after.group("w").startswith("agst"):
        return b.end
    if after and _AT_BEFORE.search(text, max(0, a.start - 3), a.start):
        return b.end
    if not (after or _ODDS_END.match(text, b.end)) or _FROM_BEFORE.search(
        text, max(0, a.start - 8), a.start
    ):
        return 0
    lo = max(0, a.start - _WINDOW, text.rfind("\n", 0, a.start) + 1)
    return b.end if _ODDS_BEFORE.search(text, lo, a.start) else 0
