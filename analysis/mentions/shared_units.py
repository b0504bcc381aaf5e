"""A unit written once for two numbers: blood pressure ``160/95 мм рт. ст.``, a mean and its
deviation ``24,6 ± 3,1 пг/мл`` (the unit shared backwards, like the dimensions ``55×40×25 см`` and
``25 x 12,5 x 50 cm``), and a
unit elided after a comparison ``11 месяцев вместо 14`` (shared forwards)."""

from __future__ import annotations

import math
import re

from .atoms import _Atom
from .context import _Expr, _is_year_int
from .numbers import expr_at
from .record import _Verdict
from .units import unit_after

# the times sign between the numbers of dimensions: "55×40×25 см", "3 × 4 м", "2x3 м"
# ("25 x 12,5 x 50 cm" with a spaced letter x only before a length: "3 x 8 jam" are shifts)
_DIM_SEP = re.compile(r"[ \u00a0]?×[ \u00a0]?(?=\d)|[xхX](?=\d)|(?P<sp>[ \u00a0][xх][ \u00a0])(?=\d)")
_DIM_LENGTHS = frozenset("mm cm dm m km inch ft".split())
_RELAY_BEFORE = re.compile(r"(?:эстафет\w*|relay|estafet\w*)[ \u00a0]+(?:[^\W\d_]+[ \u00a0]+)?$", re.I)
_DIM_FIRST = frozenset(" \u00a0×xхX")

# between a mean and its deviation, or the two figures of a blood pressure
_PM_SEP = re.compile(r"[ \u00a0\u202f]?±[ \u00a0\u202f]?")
#: Units a slash pair shares: blood pressure only ("3/4 inch" is a fraction).
_SLASH_UNITS = frozenset(("mmHg",))
_PM_KINDS = frozenset(("quantity", "percent"))

# a comparison between an amount with its unit and a bare number: "11 месяцев вместо 14"
_CMP_BETWEEN = re.compile(
    r"[ \u00a0]*,?[ \u00a0]*(?:вместо|против|instead[ \u00a0]+of|against|compared[ \u00a0]+(?:with|to))"
    r"[ \u00a0]+",
    re.IGNORECASE,
)
_CMP_LAST = frozenset(("вместо", "против", "of", "against", "with", "to"))
_CMP_KINDS = frozenset(("quantity", "money", "percent"))


class _SharedUnitRules:
    """Methods of :class:`~analysis.mentions.extractor._Extractor` (a mixin)."""

    def _shared_unit_pair(self, i: int, x: _Expr) -> int:
        """``160/95 мм рт. ст.`` (mmHg only) and ``24,6 ± 3,1 пг/мл``: two quantities in
        the unit after the second number, the first with its digits only (``±`` and ``/``
        outside); the next atom if emitted, else 0."""
        text, atoms = self.text, self.atoms
        end = x.end
        if text[end : end + 1] == "/":
            sep_end, units = end + 1, _SLASH_UNITS
        else:
            m = _PM_SEP.match(text, end)
            if not m:
                return 0
            sep_end, units = m.end(), None
        j = x.last + 1
        if j >= len(atoms) or atoms[j].start != sep_end or atoms[j].typ != "num" or atoms[j].cur:
            return 0
        y = expr_at(text, atoms, j)
        if y is None or y.n_atoms != 1 or not math.isnan(y.scale) or not math.isnan(x.scale):
            return 0
        u = unit_after(text, y.end, self.lang)
        if u is None or (u[1] not in units if units else u[2] not in _PM_KINDS):
            return 0
        self.emit(x.start, x.end, x.value, u[2], u[1])
        self.emit(atoms[j].start, u[0], y.value, u[2], u[1])
        return y.last + 1

    def _elided_unit(self, a: _Atom, x: _Expr, start: int, end: int) -> _Verdict | None:
        """A bare number right after ``вместо`` / ``против`` / ``instead of`` /
        ``against`` / ``compared with`` that follows an amount with a unit takes that unit
        (``11 месяцев вместо 14`` -> 14 month, digits only)."""
        rows = self.rows
        if not rows or (a.typ == "num" and _is_year_int(a)):
            return None
        prev = rows[-1]
        if (
            prev.unit is None
            or prev.kind not in _CMP_KINDS
            or not math.isnan(prev.scale)
            or not math.isnan(x.scale)
            or start - prev.end > 24
        ):
            return None
        m = _CMP_BETWEEN.fullmatch(self.text, prev.end, start)
        if not m:
            return None
        return _Verdict(prev.kind, end, prev.unit, fixed=True)

    def _dimensions(self, i: int, x: _Expr) -> int:
        """Dimensions ``55×40×25 см``: each number a quantity in the unit after the last
        one (the earlier spans only their digits); the next atom if emitted, else 0."""
        text, atoms = self.text, self.atoms
        parts = [(i, x)]
        spaced = False
        while len(parts) < 4:
            m = _DIM_SEP.match(text, parts[-1][1].end)
            spaced = spaced or bool(m and m.group("sp"))
            j = self._atom_after(m.end()) if m else len(atoms)
            if not m or j >= len(atoms) or atoms[j].start != m.end() or atoms[j].typ != "num":
                break
            y = expr_at(text, atoms, j)
            if y is None or y.n_atoms != 1 or not math.isnan(y.scale):
                break
            parts.append((j, y))
        if len(parts) < 2 or _RELAY_BEFORE.search(text, max(0, x.start - 25), x.start):
            return 0  # "эстафета 4×100 м": four legs of 100 m
        u = unit_after(text, parts[-1][1].end, self.lang)
        if u is None or u[2] != "quantity" or x.n_atoms != 1 or not math.isnan(x.scale):
            return 0
        if spaced and u[1] not in _DIM_LENGTHS:
            return 0
        for j, y in parts:
            self.emit(atoms[j].start, u[0] if y is parts[-1][1] else y.end, y.value, "quantity", u[1])
        return parts[-1][1].last + 1
