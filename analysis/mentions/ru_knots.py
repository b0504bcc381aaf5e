"""Knots, the nautical unit of speed, in Russian: ``скорость хода достигала 23 узлов``,
``шёл 12 узлами``, ``ветер 15 узлов``.

``узел`` after a number is a knot only where the clause speaks of speed: a word of speed,
way or wind before it (``скорость``, ``ход``, ``шёл``, ``развивал``, ``ветер``,
``течение``).  Elsewhere it counts nodes or knots tied (``кластер из 3 узлов``, ``завязал
2 узла``) and is no unit.

Called for Russian text when ``уз`` follows the number and one space (the caller's test).
"""

from __future__ import annotations

import re

__all__ = ["ru_knots_after"]

_KNOT = re.compile(r"[ \u00a0](?:узл(?:а|ов|ам|ами|ах|ы)|узел)(?![^\W\d_])")
# a word of speed, way or wind earlier in the clause
_SPEED_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:скорост\w*|ход(?:а|ом)?|ш[её]л|шла|шло|шли|развива\w*|развил\w*|делал\w*"
    r"|ветер|ветра|ветром|течени\w*)(?![^\W\d_])[^.;!?\n]*$",
    re.IGNORECASE,
)


def ru_knots_after(text: str, pos: int) -> tuple[int, str, str] | None:
    """Knots right after the number ending at *pos*: (end, ``kn``, ``quantity``) or None.

    Parameters
    ----------
    text : str
        The passage.
    pos : int
        The end of the number (one space then the unit word).

    Returns
    -------
    tuple of (int, str, str) or None
        The end of the unit word, the unit code and the kind.

    Examples
    --------
    >>> ru_knots_after("скорость хода достигала 23 узлов.", 26)
    (32, 'kn', 'quantity')
    >>> ru_knots_after("кластер из 3 узлов", 12) is None
    True
    >>> ru_knots_after("В ходе ремонта заменили 3 узла.", 25) is None
    True
    """
    m = _KNOT.match(text, pos)
    if not m or not _SPEED_BEFORE.search(text, max(0, pos - 60), pos):
        return None
    return m.end(), "kn", "quantity"
