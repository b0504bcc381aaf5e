"""A Kazakh duration whose time word follows a qualifying noun or adjective: ``15 жұмыс
күні`` (15 working days), ``10 күнтізбелік күн`` (10 calendar days), ``3 толық жыл``.

The number is a ``quantity`` in the time word's unit, but the span keeps the digits only,
as in Russian ``30 рабочих дней`` (a word between the number and the unit word keeps the
unit word outside).
"""

from __future__ import annotations

import re

from .record import _Verdict

__all__ = ["kk_qualified_duration"]

_QUALIFIED = re.compile(
    r"[ \u00a0]+(?:жұмыс|күнтізбелік|банктік|толық|оқу|академиялық)[ \u00a0]+"
    r"(?:(күн)|(апта)|(ай)|(сағат)|(жыл)|(минут))[^\W\d_]*(?![^\W\d_])",
    re.IGNORECASE,
)
_UNITS = ("day", "week", "month", "hour", "year", "minute")
_FIRST = frozenset("жЖкКбБтТоОаА")


def kk_qualified_duration(text: str, end: int, unit: str | None) -> _Verdict | None:
    """``quantity`` in the time unit for the number ending at *end* when a qualifying word
    and a time word follow it, the span unchanged, or None.

    Examples
    --------
    >>> kk_qualified_duration("15 жұмыс күні ішінде", 2, None).unit
    'day'
    >>> kk_qualified_duration("15 жұмыс орны", 2, None) is None
    True
    """
    if unit or text[end + 1 : end + 2] not in _FIRST or text[end : end + 1] not in (" ", "\u00a0"):
        return None
    m = _QUALIFIED.match(text, end)
    if not m:
        return None
    code = next(u for u, g in zip(_UNITS, m.groups(), strict=True) if g)
    return _Verdict("quantity", end, code, fixed=True)
