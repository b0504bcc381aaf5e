"""Tudor and Stuart money and counts in small Roman numerals (probate inventories).

``iij li. vj s. viij d.`` is one ``money`` mention in pounds (3.3333 GBP), ``xls.`` 40
shillings (2.0 GBP), ``xiij s. iiij d.`` 0.6667 GBP; a final ``j`` reads as ``i``.  In a
text holding such an amount (``iij li.``, or a numeral with the final ``j`` before ``s.``
or ``d.``), a small Roman numeral ending in ``j`` before a word in small letters, or any
small Roman numeral right after ``Item``, counts goods (``ij kine`` -> 2, ``Item iij brass
pots`` -> 3).  A small Roman numeral anywhere else in prose is no number.

The amounts are found by one scan of the text, only when the document test matches, and
handed to the pass as atoms of type ``tudor`` that already carry their span, value and
kind.
"""

from __future__ import annotations

import re

from .atoms import _Atom

_R = r"[ivxlc]+j?"
_SP = r"[ \u00a0]"
# the document test: a small Roman numeral, a space and "li." (the Tudor pound), or a
# numeral with the final j before "s." / "d." ("vj s.", "viijd."); the regex runs only
# when one of the strings it needs is in the text
_TEST = re.compile(r"(?<![\w.])(?:" + _R + _SP + r"li|[ivxlc]*j" + _SP + r"?[sd])\.(?!\w)")
_TEST_STRINGS = ("li.", "j s.", "js.", "j d.", "jd.", "j\u00a0s.", "j\u00a0d.")
_MONEY = re.compile(
    r"(?<![\w.])(?:(?P<l>" + _R + r")" + _SP + r"?li\.(?:" + _SP + r"(?P<s>" + _R + r")" + _SP
    + r"?s\.)?(?:" + _SP + r"(?P<d>" + _R + r")" + _SP + r"?d\.)?"
    r"|(?P<s2>" + _R + r")(?P<g2>" + _SP + r"?)s\.(?:" + _SP + r"(?P<d2>" + _R + r")" + _SP
    + r"?d\.)?"
    r"|(?P<d3>" + _R + r")" + _SP + r"d\.)(?!\w)"
)
# goods counted: "ij kine", "Item iij brass pots"
_COUNT = re.compile(
    r"(?<![\w.])(?P<r>[ivxlc]*[ivx]j|(?<=Item" + _SP + r")[ivxlc]+j?)(?=" + _SP + r"[a-z])"
)
_VAL = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_CANON = re.compile(r"c{0,3}(?:xc|xl|l?x{0,4})(?:ix|iv|v?i{0,4})")


def small_roman(r: str) -> int:
    """The value of a small Roman numeral with a final ``j`` (``iiij`` -> 4), 0 if none.

    Parameters
    ----------
    r : str
        The numeral in small letters.

    Returns
    -------
    int
        Its value, or 0 when the letters are no numeral (``il``, ``vv``).
    """
    r = r[:-1] + "i" if r.endswith("j") else r
    if not r or not _CANON.fullmatch(r):
        return 0
    vals = [_VAL[c] for c in r]
    return sum(-v if k + 1 < len(vals) and v < vals[k + 1] else v for k, v in enumerate(vals))


def _money(m: re.Match[str]) -> float:
    """Pounds of a matched amount (0.0 when a part is no numeral)."""
    parts = [
        (m.group("l"), 1.0),
        (m.group("s") or m.group("s2"), 1 / 20),
        (m.group("d") or m.group("d2") or m.group("d3"), 1 / 240),
    ]
    total = 0.0
    for r, w in parts:
        if r:
            v = small_roman(r)
            if not v:
                return 0.0
            total += v * w
    return total


def tudor_atoms(text: str) -> list[_Atom]:
    """The Tudor amounts and counted goods of *text* as ready-made atoms, in text order.

    Parameters
    ----------
    text : str
        The text.

    Returns
    -------
    list of _Atom
        Atoms of type ``tudor`` (value, ``wtype`` the kind ``money`` or ``count``); empty
        unless the text has an amount of the document test in small Roman numerals.
    """
    if not any(s in text for s in _TEST_STRINGS) or _TEST.search(text) is None:
        return []
    found: list[_Atom] = []
    for m in _MONEY.finditer(text):
        if m.group("s2") and not m.group("g2") and len(m.group("s2")) < 2:
            continue  # "is.", "vs.": a word, not shillings glued to one letter
        v = _money(m)
        if v:
            found.append(_Atom(m.start(), m.end(), "tudor", v, "money", num_start=m.start()))
    taken = {a.start for a in found}
    for m in _COUNT.finditer(text):
        v = small_roman(m.group("r"))
        if v and m.start() not in taken:
            found.append(_Atom(m.start(), m.end(), "tudor", float(v), "count", num_start=m.start()))
    found.sort(key=lambda a: a.start)
    return found
