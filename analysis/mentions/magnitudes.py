"""Earthquake magnitudes: ``magnitudo 6,4``, ``magnitude 7.8``, ``магнитудой 7,4`` (the word
outside) and ``gempa M 9,1`` (the ``M`` inside) are ``other`` in the unit ``magnitude``, like
``5,6 SR``."""

from __future__ import annotations

import re

from .atoms import _Atom
from .context import _Expr
from .record import _Verdict

#: Words naming a magnitude right before its figure.
MAGNITUDE_PREV = frozenset(
    "magnitudo magnitude магнитуда магнитудой магнитуды магнитудасы магнитудамен".split()
)

# an earthquake word shortly before "M 9,1"
_QUAKE_BEFORE = re.compile(
    r"(?:gempa|earthquake|quake|землетрясени\w*|толчок|жер[ \u00a0]сілкіні\w*)"
    r"[^.;!?\n\d]{0,24}$",
    re.IGNORECASE,
)


class _MagnitudeRules:
    """Methods of :class:`~analysis.mentions.extractor._Extractor` (a mixin)."""

    def _magnitude(self, a: _Atom, x: _Expr, start: int, end: int, prevw: str) -> _Verdict | None:
        """A magnitude after its word (``magnitudo 6,4``) or after ``M`` following an
        earthquake word (``gempa M 9,1``, emitted here with the ``M`` inside; None then)."""
        if a.typ != "num" or x.n_atoms != 1 or not 0 < x.value < 10:
            return None
        if prevw in MAGNITUDE_PREV:
            return _Verdict("other", end, "magnitude", fixed=True)
        text = self.text
        if (
            prevw == "m"
            and not a.is_int
            and text[start - 2 : start] in ("M ", "M\u00a0")
            and not text[start - 3 : start - 2].isalnum()
            and _QUAKE_BEFORE.search(text, max(0, start - 40), start - 2)
        ):
            self.emit(start - 2, end, x.value, "other", "magnitude", fixed=True)
        return None
