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


# kk "бір" counting one thing: a noun in the dative after it ("Бір еңбеккүнге", "бір қап
# ұнға", "Бір ша- руашылыққа"), or a possessed noun after a genitive ("газетінің бір нөмірі")
# (after a measure word the dative ends in ға / ге / қа only: "бір қорап сіріңке" is a box
# of matches, a noun ending in "-ке", not a dative)
_KK_ONE_DATIVE = re.compile(
    r"[ \u00a0]+(?:[^\W\d_]+(?:-[ \u00a0]?[^\W\d_]+)?(?:ға|ге|қа|ке)"
    r"|[^\W\d_]+[ \u00a0]+[^\W\d_]+(?:ға|ге|қа))(?![^\W\d_])"
)
_KK_ONE_POSSESSED = re.compile(r"[ \u00a0]+[^\W\d_]+(?:ы|і)(?![^\W\d_])")
_KK_GENITIVE_BEFORE = re.compile(r"(?:ның|нің|дың|дің|тың|тің)[ \u00a0]+$")
_KK_ONE_NOT_AFTER = frozenset(("тағы", "бірден", "әр", "ең"))
_KK_ONE_IDIOMS = ("ауыз", "уақыт", "күні", "жола", "мезгіл")


def kk_one_counts(text: str, start: int, end: int, prevw: str) -> bool:
    """Does the bare ``бір`` at *start*..*end* count one thing (``Бір еңбеккүнге`` 1,2 кг,
    ``бір қап ұнға``, ``газетінің бір нөмірі``), not the indefinite article (``тағы бір
    мектеп``, ``Бір күні``)?

    Examples
    --------
    >>> kk_one_counts("Бір еңбеккүнге 1,2 кг", 0, 3, "")
    True
    >>> kk_one_counts("тағы бір мектепке", 5, 8, "тағы")
    False
    """
    if prevw in _KK_ONE_NOT_AFTER:
        return False
    m = _KK_ONE_DATIVE.match(text, end)
    if m is None and _KK_GENITIVE_BEFORE.search(text, max(0, start - 8), start):
        m = _KK_ONE_POSSESSED.match(text, end)
    return m is not None and not text[end : m.end()].lower().lstrip().startswith(_KK_ONE_IDIOMS)
