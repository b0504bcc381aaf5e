"""Lists of clock times (``sailings daily at 02:40, 08:55 and 14:10``): the last two are
two times of day, not a range, when a clock time and a comma come before the first."""

from __future__ import annotations

from .atoms import _Atom

__all__ = ["listed_clock"]

_LIST_COMMA = frozenset((", ", ",\u00a0"))


def listed_clock(text: str, atoms: list[_Atom], i: int, conn: str) -> bool:
    """Whether the clock time at atom *i* continues a list of clock times.

    Parameters
    ----------
    text : str
        The text.
    atoms : list of _Atom
        The atoms.
    i : int
        The index of a clock-time atom.
    conn : str
        The connector between it and the next clock time.

    Returns
    -------
    bool
        True when the connector is ``and`` and atom *i* - 1 is a clock time followed by a
        comma and a space.
    """
    if i == 0 or conn.strip() != "and":
        return False
    p = atoms[i - 1]
    return p.typ == "time" and text[p.end : atoms[i].start] in _LIST_COMMA
