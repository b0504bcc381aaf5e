"""A value and its tolerance in brackets before a shared unit sign: ``(50 ± 10) %``
relative humidity gives two ``percent`` mentions, the digits only (the sign after the
bracket is shared, as the eighth English development set decides)."""

from __future__ import annotations

import re

_NUM = r"(\d+(?:\.\d+)?)"
_PCT = r"\)[ \u00a0]?(?:%|per[ \u00a0]?cent\b|percent\b)"
_BRACKETED = re.compile(r"\(" + _NUM + r"[ \u00a0]?±[ \u00a0]?" + _NUM + _PCT)


def bracketed_tolerance(text: str, start: int) -> tuple[int, int, int, int] | None:
    """The value and tolerance of ``(50 ± 10) %`` whose first digits start at *start*.

    Parameters
    ----------
    text : str
        The whole text.
    start : int
        Offset of the value's digits (an opening bracket is just before).

    Returns
    -------
    tuple of four int or None
        Start and end of the value, start and end of the tolerance, or None.

    Examples
    --------
    >>> t = "and (50 ± 10) % relative humidity"
    >>> bracketed_tolerance(t, 5)
    (5, 7, 10, 12)
    """
    m = _BRACKETED.match(text, start - 1)
    if m is None:
        return None
    return m.start(1), m.end(1), m.start(2), m.end(2)
