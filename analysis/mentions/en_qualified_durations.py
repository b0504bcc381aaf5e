"""An English duration whose time word follows a qualifying adjective: ``in 24 consecutive
hours``, ``30 working days``, ``3 successive years``, ``10 clear days``.

The number is a ``quantity`` in the time word's unit, but the span keeps the digits only:
an adjective between the number and the unit word keeps the unit word outside (the
decisions of ``mentions_dev_en9``, ``5 to 7 working days``, and ``mentions_dev_en14``,
``24 consecutive hours``), like the Russian ``30 рабочих дней``.
"""

from __future__ import annotations

import re

from .record import _Verdict

__all__ = ["en_qualified_duration"]

_QUALIFIED = re.compile(
    r"[ \u00a0](?:consecutive|successive|working|business|calendar|clear|whole|full|solid"
    r"|straight)[ \u00a0]+(?:(days?)|(weeks?)|(months?)|(hours?)|(years?)|(minutes?))(?![^\W\d_])",
    re.IGNORECASE,
)
_UNITS = ("day", "week", "month", "hour", "year", "minute")
_FIRST = frozenset("cCsSwWbBfF")


def en_qualified_duration(text: str, end: int, unit: str | None) -> _Verdict | None:
    """``quantity`` in the time unit for the number ending at *end* when an adjective and a
    time word follow it, the span unchanged.

    Parameters
    ----------
    text : str
        The passage.
    end : int
        The end of the number.
    unit : str or None
        The unit already read after the number; the rule needs none.

    Returns
    -------
    _Verdict or None
        The verdict, or None.

    Examples
    --------
    >>> v = en_qualified_duration("walk 100 miles in 24 consecutive hours", 20, None)
    >>> (v.kind, v.unit)
    ('quantity', 'hour')
    >>> en_qualified_duration("24 consecutive wins", 2, None) is None
    True
    """
    if unit or text[end + 1 : end + 2] not in _FIRST or text[end : end + 1] not in (" ", "\u00a0"):
        return None
    m = _QUALIFIED.match(text, end)
    if not m:
        return None
    code = next(u for u, g in zip(_UNITS, m.groups(), strict=True) if g)
    return _Verdict("quantity", end, code, fixed=True)
