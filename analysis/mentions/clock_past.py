"""English clock times with the fraction of the hour in words: ``half-past one o'clock``
(1.5), ``half past 2`` (2.5), ``a quarter past ten`` (10.25), ``a quarter to five o'clock``
(4.75): one time of day (``other``; unit ``hour`` with ``o'clock``), the span from the
fraction to the hour and its ``o'clock`` or ``a.m.``/``p.m.``."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .atoms import _Atom

__all__ = ["fraction_past_hour"]

# "half-past", "half past", "quarter past", "quarter to" between the fraction and the hour
_PAST_TO = re.compile(r"(?:[ \u00a0]|-)(?P<w>past|to)[ \u00a0]", re.IGNORECASE)
_OCLOCK = re.compile(r"[ \u00a0]o['’]clock(?![^\W\d_])", re.IGNORECASE)
# a.m. / p.m. after the hour: "a quarter to 5 p.m." (16.75)
_MERIDIEM = re.compile(r"[ \u00a0]?(?P<m>[ap])\.?m\.?(?![^\W\d_])", re.IGNORECASE)
_HOURS = frozenset(float(h) for h in range(1, 13))


def fraction_past_hour(
    text: str, atoms: Sequence[_Atom], i: int
) -> tuple[int, int, float, str | None] | None:
    """A clock time starting at the fraction word *i* (``half``, ``a quarter``), ``past`` or
    ``to`` and an hour 1 to 12 in words or digits: (start, end, hours), or ``None``.

    Parameters
    ----------
    text : str
        The whole text.
    atoms : Sequence[_Atom]
        The atoms of the text around *i*.
    i : int
        The index of the fraction word atom (value 0.5 or 0.25).

    Returns
    -------
    tuple[int, int, float, str | None] | None
        The span, the time of day in hours and the unit (``hour`` with ``o'clock``, as
        ``ten o'clock``; none with ``a.m.``/``p.m.`` or bare, as ``10 a.m.``); ``None``
        when no clock follows.

    Examples
    --------
    >>> from analysis.mentions.atoms import _atoms
    >>> t = "at half-past one o'clock, a blast"
    >>> fraction_past_hour(t, _atoms(t, ("en",), "en"), 0)
    (3, 24, 1.5, 'hour')
    """
    a = atoms[i]
    m = _PAST_TO.match(text, a.end)
    if m is None or i + 1 >= len(atoms):
        return None
    past = m.group("w").lower() == "past"
    if not past and a.value != 0.25:
        return None  # "half to" is no clock
    h = atoms[i + 1]
    if h.start != m.end() or h.typ not in ("word", "num") or h.value not in _HOURS:
        return None
    if h.typ == "num" and h.ndig > 2:
        return None
    if text[h.end : h.end + 1].isalnum() or text[h.end : h.end + 2] in (".5", ",5"):
        return None
    if i + 2 < len(atoms) and atoms[i + 2].typ == "word" and atoms[i + 2].start <= h.end + 1:
        return None  # "half past twenty-five thousand": no clock
    end, hour = h.end, h.value
    oc = _OCLOCK.match(text, end)
    pm = _MERIDIEM.match(text, end)
    if oc:
        end = oc.end()
    elif pm:
        end = pm.end()
        hour = hour % 12 + (12 if pm.group("m").lower() == "p" else 0)
    value = hour + a.value if past else hour - a.value
    return a.start, end, value, "hour" if oc else None
