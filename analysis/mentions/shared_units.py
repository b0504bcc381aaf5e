"""A unit written once for several numbers: blood pressure ``160/95 мм рт. ст.``, a mean and its
deviation ``24,6 ± 3,1 пг/мл`` (the unit shared backwards, like the dimensions ``55×40×25 см`` and
``25 x 12,5 x 50 cm``, a list of figures ``412, 438 and 455 knots`` and a number with its
repetition in brackets ``10 000 (десять тысяч) рублей``), and a
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
#: Units a slash pair shares: blood pressure and memory ("8/256 ГБ"); "3/4 inch" is a fraction.
_SLASH_UNITS = frozenset(("mmHg", "GB", "TB"))
_PM_KINDS = frozenset(("quantity", "percent"))

# a comparison between an amount with its unit and a bare number: "11 месяцев вместо 14"
_CMP_BETWEEN = re.compile(
    r"[ \u00a0]*,?[ \u00a0]*(?:вместо|против|instead[ \u00a0]+of|against|compared[ \u00a0]+(?:with|to))"
    r"[ \u00a0]+",
    re.IGNORECASE,
)
_CMP_LAST = frozenset(("вместо", "против", "of", "against", "with", "to"))
_CMP_KINDS = frozenset(("quantity", "money", "percent"))

# an amount repeated in words in brackets: "10 000 (десять тысяч)"
_BRACKET_AFTER = re.compile(r"[ \u00a0]?\([^()\n\d]{2,80}\)")  # kk "3 (үш) жыл", "10 (он) күн"
_BRACKET_DIGITS_AFTER = re.compile(r"[ \u00a0]?\(\d[\d.,]{0,12}\)")

# the separator before the next member of a list of bare figures: "412, 438 and 455 knots"
_LIST_SEP = re.compile(r",[ \u00a0]+(?P<c>(?:and|or|и|или|dan|atau|және|мен)[ \u00a0]+)?|[ \u00a0]+(?P<w>and|or|и|или|dan|atau|және|мен)[ \u00a0]+")


# en "between nine and thirteen years": the first bound takes the unit after the second
_BETWEEN_BEFORE = re.compile(r"(?<![^\W\d_])[Bb]etween[ \u00a0]+$")
_AND_SEP = re.compile(r"[ \u00a0]+and[ \u00a0]+")


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

    def _unit_list(self, i: int, x: _Expr) -> int:
        """A comma list of bare figures sharing the unit after the last one (``412, 438,
        451 and 455 knots``): each a quantity in that unit, the earlier spans only their
        digits; the next atom if emitted, else 0.  Outside English three members or a
        connector are needed (``2, 6 км`` is a comma-space decimal)."""
        text, atoms = self.text, self.atoms
        if _is_year_int(atoms[i]):
            return 0
        parts = [(i, x)]
        joined = False
        while len(parts) < 16:
            m = _LIST_SEP.match(text, parts[-1][1].end)
            if not m:
                break
            j = self._atom_after(m.end())
            if j >= len(atoms) or atoms[j].start != m.end() or atoms[j].typ != "num" or atoms[j].cur:
                break
            y = expr_at(text, atoms, j)
            if y is None or y.n_atoms != 1 or not math.isnan(y.scale) or _is_year_int(atoms[j]):
                break
            parts.append((j, y))
            if m.group("c") or m.group("w"):
                joined = True
                break
        if len(parts) < 2 or (self.lang != "en" and len(parts) < 3 and not joined):
            return 0
        last = parts[-1][1]
        u = unit_after(text, last.end, self.lang)
        if u is None or (u[2] != "quantity" and u[1] != "times"):  # "в 5,4, 4,0 и 2,4 раза"
            return 0
        for j, y in parts:
            self.emit(atoms[j].start, u[0] if y is last else y.end, y.value, u[2], u[1])
        return last.last + 1

    def _between_unit(self, i: int, x: _Expr) -> int:
        """en ``between nine and thirteen years``, ``between 3 and 4 tons``: two quantities in
        the unit after the second bound, the first with its digits only (``between ... and``
        is a list, not a range); the next atom if emitted, else 0."""
        text, atoms = self.text, self.atoms
        if self.lang not in ("en", None) or not _BETWEEN_BEFORE.search(text, max(0, x.start - 9), x.start):
            return 0
        m = _AND_SEP.match(text, x.end)
        if not m or not math.isnan(x.scale) or _is_year_int(atoms[i]) or unit_after(text, x.end, self.lang):
            return 0
        j = self._atom_after(m.end())
        if j >= len(atoms) or atoms[j].start != m.end() or atoms[j].cur or atoms[j].typ not in ("num", "word"):
            return 0
        y = expr_at(text, atoms, j)
        if y is None or not math.isnan(y.scale) or _is_year_int(atoms[j]):
            return 0
        u = unit_after(text, y.end, self.lang)
        if u is None or u[2] != "quantity":
            return 0
        self.emit(x.start, x.end, x.value, "quantity", u[1])
        self.emit(y.start, u[0], y.value, "quantity", u[1])
        return self._atom_after(u[0])

    def _bracket_unit(self, i: int, x: _Expr, end: int) -> tuple[str | None, str] | None:
        """A number and its repetition in brackets share the unit after the bracket:
        (unit or None, its kind or "") for either of them, ``None`` if *x* is no such
        member.  An amount in words (``10 000 (десять тысяч) рублей``) takes the
        currency; a number repeated with the same value takes any unit
        (``2 (dua) tahun``, ``5 (пять) лет``, ``two (2) years``, ``1 (satu) kali``)
        or none (``1 (satu) unit``)."""
        text, atoms = self.text, self.atoms
        m = _BRACKET_AFTER.match(text, end) or _BRACKET_DIGITS_AFTER.match(text, end)
        if m:
            pos = m.end()
            j = self._atom_after(m.start() + 1)
            y = expr_at(text, atoms, j) if j < len(atoms) else None
            same = y is not None and y.end == pos - 1 and y.value == x.value
        elif text[end : end + 1] == ")" and text[x.start - 1 : x.start] == "(":
            pos = end + 1
            b = atoms[i - 1] if i else None
            same = (
                b is not None
                and b.value == x.value
                and text[b.end : x.start].strip(" \u00a0") == "("
            )
        else:
            return None
        u = unit_after(text, pos, self.lang)
        if u and u[2] == "money":
            return u[1], "money"
        if not same:
            return None
        if u and (u[2] == "quantity" or u[1] == "times"):
            return u[1], u[2]
        return None, ""
