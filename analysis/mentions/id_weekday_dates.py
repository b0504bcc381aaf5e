"""Indonesian day-and-month dates after a weekday (``Kamis (8/2)``, ``Kerja bakti Minggu
14/7 mulai pukul 06.30``, ``Senin, 3/6``): the day and the month are one ``date`` with
value null, in brackets or not.  Without brackets the month must end the number (not
``Minggu 14/7/2024``, a full date, nor ``Sabtu 2/3 bagian``, a fraction before a noun).
"""

from __future__ import annotations

import re

__all__ = ["weekday_day_month_end"]

_WEEKDAY_BRACKET = re.compile(r"(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu),?[ \u00a0]?\($")
_WEEKDAY_SPACE = re.compile(r"(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu),?[ \u00a0]$")
_MONTH_BRACKET = re.compile(r"/(0?[1-9]|1[0-2])\)")
_MONTH_BARE = re.compile(r"/(0?[1-9]|1[0-2])(?![\d/.,]\d|[\d/])(?![ \u00a0]+(?:bagian|dari)\b)")


def weekday_day_month_end(text: str, start: int, end: int) -> int:
    """The end of the date whose day is the integer at *start*..*end* after a weekday, or 0.

    Parameters
    ----------
    text : str
        The text.
    start, end : int
        The span of the day (an integer of one or two digits, 1..31).

    Returns
    -------
    int
        The end of the month's digits, or 0 when no weekday date starts here.

    Examples
    --------
    >>> weekday_day_month_end("Kerja bakti Minggu 14/7 mulai", 19, 21)
    23
    >>> weekday_day_month_end("Sabtu (24/2) karena", 7, 9)
    11
    >>> weekday_day_month_end("Minggu 14/7/2024", 7, 9)
    0
    """
    if text[end : end + 1] != "/" or start < 5:
        return 0
    before = text[start - 1]
    if before == "(":
        m = _MONTH_BRACKET.match(text, end)
        ok = m and _WEEKDAY_BRACKET.search(text, max(0, start - 12), start)
    elif before in " \u00a0":
        m = _MONTH_BARE.match(text, end)
        ok = m and _WEEKDAY_SPACE.search(text, max(0, start - 10), start)
    else:
        return 0
    return m.end(1) if ok and m else 0
