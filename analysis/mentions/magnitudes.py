"""Earthquake magnitudes: ``magnitudo 6,4``, ``magnitude 7.8``, ``магнитудой 7,4`` (the word
outside, also in the verb ``bermagnitudo 5,8``) and ``gempa M 9,1``, ``berkekuatan M5,2`` (the ``M`` inside) are ``other`` in the unit ``magnitude``, like
``5,6 SR``, also after a bound (``magnitudo di atas 5,0``); intensities on the MMI scale
(``Dirasakan (MMI) V``, ``III-IV Sukabumi``, ``III MMI`` with the scale inside) are
readings in the unit ``MMI``."""

from __future__ import annotations

import re

from ..text.roman import roman_value
from .atoms import _Atom
from .context import _Expr
from .record import _Verdict

#: Words naming a magnitude right before its figure.
MAGNITUDE_PREV = frozenset(
    "magnitudo bermagnitudo magnitude mag магнитуда магнитудой магнитуды магнитудасы магнитудамен".split()
)

# an earthquake word shortly before "M 9,1" (also the magnitude word: "magnitudo terbesar M4,8")
_QUAKE_BEFORE = re.compile(
    r"(?:gempa|berkekuatan|magnitud\w*|earthquake|quake|землетрясени\w*|толчок|жер[ \u00a0]сілкіні\w*)"
    r"[^.;!?\n\d]{0,24}$",
    re.IGNORECASE,
)

#: Words of a bound or a superlative between a magnitude word and its figure
#: ("magnitudo di atas 5,0", "magnitudo terbesar 4,8", "magnitude of 7.8", "magnitude above 4.5").
MAGNITUDE_QUALIFIERS = frozenset(
    "atas bawah dari sebesar terbesar tertinggi mencapai minimal maksimal hingga sampai"
    " of above below over under than".split()
)
_QUALIFIED_BEFORE = re.compile(
    r"(?:magnitud\w*|магнитуд\w*)(?:[ \u00a0]+(?:di|lebih|kurang|sebesar|terbesar|tertinggi"
    r"|mencapai|minimal|maksimal|hingga|sampai|atas|bawah|dari|of|above|below|greater|less|over"
    r"|under|than)){1,3}[ \u00a0]$",
    re.IGNORECASE,
)

# the scale named shortly before a Roman intensity in the same sentence, or right after it
_MMI_BEFORE = re.compile(r"\bMMI\b[^.;!?\n]{0,48}$")
_MMI_AFTER = re.compile(r"[ \u00a0]MMI\b")
# a second intensity after a dash: "III-IV"
_ROMAN_TO = re.compile(r"[-–](?P<r>(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I))(?!\w)")


def glued_magnitude(text: str, start: int, value: float, is_int: bool) -> bool:
    """``gempa M5,2``: a decimal glued to a lone ``M`` (at *start* - 1) after an earthquake
    word is a magnitude with the ``M`` inside."""
    return (
        not is_int
        and 0 < value < 10
        and text[start - 1 : start] == "M"
        and not text[start - 2 : start - 1].isalnum()
        and bool(_QUAKE_BEFORE.search(text, max(0, start - 41), start - 1))
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
        if prevw in MAGNITUDE_QUALIFIERS:  # "magnitudo di atas 5,0"
            if _QUALIFIED_BEFORE.search(text, max(0, start - 40), start):
                return _Verdict("other", end, "magnitude", fixed=True)
            return None
        if (
            prevw == "m"
            and not a.is_int
            and text[start - 2 : start] in ("M ", "M\u00a0")
            and not text[start - 3 : start - 2].isalnum()
            and _QUAKE_BEFORE.search(text, max(0, start - 40), start - 2)
        ):
            self.emit(start - 2, end, x.value, "other", "magnitude", fixed=True)
        return None

    def _mmi(self, a: _Atom, start: int, end: int) -> _Verdict | None:
        """A Roman intensity I-XII on the MMI scale, named shortly before it in the same
        sentence or right after it: ``other`` (a reading) in the unit ``MMI``; two joined
        by a dash (``III-IV``) are emitted here as a range (None then)."""
        text = self.text
        if a.value > 12 or "MMI" not in text[max(0, start - 52) : end + 5]:
            return None
        if not (_MMI_BEFORE.search(text, max(0, start - 52), start) or _MMI_AFTER.match(text, end)):
            return None
        m = _ROMAN_TO.match(text, end)
        if m:
            hi = roman_value(m.group("r"))
            if hi and hi > a.value:
                self.emit(start, m.end(), a.value, "range", "MMI", range_end=float(hi))
                return None
        ma = _MMI_AFTER.match(text, end)  # "intensitas III MMI": the scale after is inside
        return _Verdict("other", ma.end() if ma else end, "MMI")
