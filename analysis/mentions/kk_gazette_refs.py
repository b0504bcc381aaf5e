"""The Kazakh gazette citation after a decree: ``(ҚР ПҮАЖ-ы, 2024 ж., № 15, 112-құжат)``
(the Collection of Acts of the President and the Government) gives three references: the
year, the issue and the document number, like the Russian ``СЗ РФ, 2006, N 31, ст. 3451``.
"""

from __future__ import annotations

import re

from .record import _Verdict

__all__ = ["kk_gazette_ref", "kk_in_gazette"]

# the gazette's name opening the bracket, then the year, the issue and the document
_GAZETTE_BEFORE = re.compile(
    r"\((?:ҚР[ \u00a0]+)?(?:ПҮАЖ|ПҮКАЖ|ПАЖ)(?:-[^\W\d_]{1,3})?,[ \u00a0]*"
    r"(?:\d{4}[ \u00a0]*ж\.?,?[ \u00a0]*)?(?:№[ \u00a0]*\d{1,4},?[ \u00a0]*)?(?:№[ \u00a0]*)?$"
)


def kk_gazette_ref(text: str, start: int, end: int, unit: str | None) -> _Verdict | None:
    """``reference`` for a number of the gazette citation opened before *start*, or None.

    Examples
    --------
    >>> t = "(ҚР ПҮАЖ-ы, 2020 ж., № 7, 45-құжат)"
    >>> [kk_gazette_ref(t, s, e, None).kind for s, e in ((12, 16), (21, 24), (26, 28))]
    ['reference', 'reference', 'reference']
    >>> kk_gazette_ref("Биыл 2020 ж. 7 құжат", 5, 9, None) is None
    True
    """
    if unit or not kk_in_gazette(text, start):
        return None
    return _Verdict("reference", end)


def kk_in_gazette(text: str, start: int) -> bool:
    """Does the number at *start* (its ``№`` included) follow the gazette's name and the
    parts before it in the bracket of a gazette citation?"""
    return "АЖ" in text[max(0, start - 40) : start] and (
        _GAZETTE_BEFORE.search(text, max(0, start - 40), start) is not None
    )
