"""Kazakh pairs of whole numbers joined by a slash that are no fraction: the floor of a
flat and the floors of its building in property adverts (``7/12 қабат``: the seventh
floor, an ordinal, of twelve, a count) and a work rota in job adverts (``вахта 15/15``,
``Кесте 2/2``, ``5/2 кестесі``: one ``other``, value null).
"""

from __future__ import annotations

import math
import re
from typing import Any

from .numbers import expr_at

__all__ = ["kk_slash_pair"]

_FLOOR_AFTER = re.compile(r"[ \u00a0]+қабат(?:ы|та|тағы|ты|тың)?(?![^\W\d_])", re.IGNORECASE)
_ROTA_BEFORE = re.compile(
    r"(?:кесте\w*|вахта\w*|график\w*)(?:[ \u00a0]+әдіс\w*)?[ \u00a0]*[,:–-]?[ \u00a0]*$",
    re.IGNORECASE,
)
_ROTA_AFTER = re.compile(r"[ \u00a0]+(?:кесте\w*|вахта\w*|график\w*)", re.IGNORECASE)


def kk_slash_pair(ex: Any, i: int, x: Any) -> int:
    """Emit a floor pair or a rota at atom *i* (number expression *x*, a slash after it)
    through the extractor *ex*; return the next atom, or 0 if it is neither."""
    text, atoms = ex.text, ex.atoms
    a = atoms[i]
    j = x.last + 1
    if not (a.typ == "num" and a.is_int and j < len(atoms) and atoms[j].start == x.end + 1):
        return 0
    b = atoms[j]
    if b.typ != "num" or not b.is_int or b.cur:
        return 0
    y = expr_at(text, atoms, j)
    if y is None or y.n_atoms != 1 or not math.isnan(y.scale):
        return 0
    if _FLOOR_AFTER.match(text, y.end) and 0 < x.value <= y.value <= 200:
        ex.emit(x.start, x.end, x.value, "ordinal")
        ex.emit(b.start, y.end, y.value, "count")
        return j + 1
    if (
        x.value <= 60
        and y.value <= 60
        and (
            _ROTA_BEFORE.search(text, max(0, x.start - 30), x.start)
            or _ROTA_AFTER.match(text, y.end)
        )
    ):
        ex.emit(x.start, y.end, math.nan, "other")
        return j + 1
    return 0
