"""Kazakh identifier cues of the classification rules (split from :mod:`.classify`):
hotlines, business identification numbers, codes with a leading zero, newspaper issues."""

from __future__ import annotations

import re

from .atoms import _Atom
from .context import _Expr
from .record import _Verdict

# kk: a military unit named after the word hyphenated to its number ("316-атқыштар
# дивизиясы", "8-гвардиялық атқыштар дивизиясы")
_KK_MIL_UNIT = re.compile(
    r"(?:[ \u00a0]+[^\W\d_]+)?[ \u00a0]+(?:дивизия|армия|полк|бригада|батальон)",
    re.IGNORECASE,
)

# kk: a coefficient's value before a copula ("өлім коэффициенті 7,2 болды")
_KK_COEF_VERB = re.compile(r"[ \u00a0]+(?:бол|құра)[^\W\d_]*(?![^\W\d_])", re.IGNORECASE)

# "Сенім телефоны: 1414", "БСН 081140000436": a number named by the word before it
_KK_IDENT_WORDS = frozenset("телефоны телефон тел бсн жсн сәйкестендіру".split())

# "№ 4 (2150)": the running number of a newspaper issue in brackets after its number
_ISSUE_BEFORE = re.compile(r"№[ \u00a0]?\d{1,4}[ \u00a0]\($")


def kk_identifier(text: str, a: _Atom, x: _Expr, start: int, end: int, unit: str | None, prevw: str) -> _Verdict | None:
    """An identifier by a Kazakh cue, or None: a hotline or a BIN after its name, a code
    written with a leading zero (postal code ``010000``), an issue's running number."""
    if a.typ != "num" or not a.is_int or unit or x.n_atoms != 1:
        return None
    raw = text[a.num_start : a.end]
    if (
        prevw in _KK_IDENT_WORDS
        or (raw.startswith("0") and len(raw) >= 5 and raw.isdigit())
        or (text[end : end + 1] == ")" and _ISSUE_BEFORE.search(text, max(0, start - 10), start))
    ):
        return _Verdict("identifier", end)
    return None
