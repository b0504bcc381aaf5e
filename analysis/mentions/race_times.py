"""Race times ``M:SS.hh`` (``won the 1500m in 3:29.65``): a duration, ``quantity`` in unit
``hour`` with the fraction of a second inside (3:29.65 -> 0.058236 h).

A clock reading ``H:MM`` never carries a decimal fraction, so minutes and seconds with
one to three decimals glued after them are a time taken; ``H:MM:SS.s`` is read by the
clock rules of :mod:`.dates`.
"""

from __future__ import annotations

import re

__all__ = ["race_time"]

_MIN_SEC_FRACTION = re.compile(r"(\d{1,2}):([0-5]\d)\.(\d{1,3})(?![\d:]|[.,]\d)")


def race_time(text: str, start: int) -> tuple[int, float] | None:
    """A race time ``M:SS.hh`` at *start*: (end, hours), or None.

    Parameters
    ----------
    text : str
        The text.
    start : int
        The start of a clock atom ``M:SS`` followed by a dot and a digit.

    Returns
    -------
    tuple of (int, float) or None
        The end of the span (the fraction inside) and the duration in hours.

    Examples
    --------
    >>> end, hours = race_time("in 3:29.65 from", 3)
    >>> end, round(hours * 3600, 2)
    (10, 209.65)
    """
    m = _MIN_SEC_FRACTION.match(text, start)
    if m is None:
        return None
    seconds = int(m.group(1)) * 60 + int(m.group(2)) + float("0." + m.group(3))
    return m.end(), seconds / 3600
