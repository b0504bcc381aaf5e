"""Russian property adverts: whole numbers joined by slashes that are no fraction.

* The floor of a flat and the floors of its building, ``этаж 5/17``, ``5/17 эт.``,
  ``5/17 этаж``: the fifth floor (an ``ordinal``) of seventeen (a ``count``), digits only.
* The total, living and kitchen areas, ``54/30/9 м²``, ``62/38/10 кв. м``: three areas
  in the unit written once after the last (each a ``quantity``; the earlier ones span
  their digits only).  Two figures stay as they are (``3/4 м²`` is a fraction).

Called only when a slash follows a number in Russian text.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .numbers import expr_at
from .units import unit_after

__all__ = ["ru_slash_group"]

_FLOOR_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:этаж|эт\.)[ \u00a0]*[:–—-]?[ \u00a0]*$", re.IGNORECASE
)
_FLOOR_AFTER = re.compile(
    r"[ \u00a0]*(?:эт\.|этаж(?:а|е|ей|ном|ного|ный|ном)?(?![^\W\d_]))", re.IGNORECASE
)
_AREA_UNITS = frozenset(("m2",))


def _slashed(ex: Any, j: int, after: int) -> Any:
    """The one-atom number expression at atom *j* if it starts right after the slash at
    *after*, else None."""
    atoms = ex.atoms
    if j >= len(atoms) or atoms[j].start != after or atoms[j].typ != "num" or atoms[j].cur:
        return None
    y = expr_at(ex.text, atoms, j)
    if y is None or y.n_atoms != 1 or not math.isnan(y.scale):
        return None
    return y


def ru_slash_group(ex: Any, i: int, x: Any) -> int:
    """Emit a floor pair or three areas at atom *i* (number expression *x*, a slash after
    it) through the extractor *ex*; return the next atom, or 0 if it is neither."""
    text = ex.text
    y = _slashed(ex, x.last + 1, x.end + 1)
    if y is None or not math.isnan(x.scale):
        return 0
    if text[y.end : y.end + 1] == "/":  # a third figure: areas
        z = _slashed(ex, y.last + 1, y.end + 1)
        if z is None or text[z.end : z.end + 1] == "/":
            return 0
        u = unit_after(text, z.end, ex.lang)
        if u is None or u[1] not in _AREA_UNITS or not x.value >= y.value > 0:
            return 0
        ex.emit(x.start, x.end, x.value, "quantity", u[1])
        ex.emit(ex.atoms[y.last].start, y.end, y.value, "quantity", u[1])
        ex.emit(ex.atoms[z.last].start, u[0], z.value, "quantity", u[1])
        return z.last + 1
    if not (ex.atoms[x.last].is_int and ex.atoms[y.last].is_int and 0 < x.value <= y.value <= 120):
        return 0
    if _FLOOR_BEFORE.search(text, max(0, x.start - 12), x.start) or _FLOOR_AFTER.match(
        text, y.end
    ):
        ex.emit(x.start, x.end, x.value, "ordinal")
        ex.emit(ex.atoms[y.last].start, y.end, y.value, "count")
        return y.last + 1
    return 0


def slashed_areas(
    text: str, start: int, end: int, lang: str | None
) -> list[tuple[int, int, float]] | None:
    """The three areas of one lexed atom ``62/38/10`` (shaped like a date) before an area
    unit: (start, end, value) of each, the last ending after the unit; else None.

    Examples
    --------
    >>> slashed_areas("62/38/10 кв. м", 0, 8, "ru")
    [(0, 2, 62.0), (3, 5, 38.0), (6, 14, 10.0)]
    """
    parts = text[start:end].split("/")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return None
    u = unit_after(text, end, lang)
    if u is None or u[1] not in _AREA_UNITS:
        return None
    vals = [float(p) for p in parts]
    if not vals[0] >= vals[1] > 0:
        return None
    s1 = start + len(parts[0]) + 1
    s2 = s1 + len(parts[1]) + 1
    return [(start, s1 - 1, vals[0]), (s1, s2 - 1, vals[1]), (s2, u[0], vals[2])]
