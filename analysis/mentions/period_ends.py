"""A period ending on a date: ``the six months to 30 June``, ``the 12 weeks to 3 March``.

In English accounts a duration followed by "to" and a day of the month names the period
ending on that date, so the duration and the date are two mentions, not a range from the
duration to the day.
"""

from __future__ import annotations

import re

__all__ = ["en_period_end"]

_PERIOD_UNITS = frozenset(("day", "week", "month", "year", "quarter"))
_MONTH_AFTER = re.compile(
    r"[ \u00a0]+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b"
)


def en_period_end(text: str, unit: str | None, day_end: int, day_ndig: int) -> bool:
    """Is "N <period unit> to D <Month>" a period ending on a date (no range)?

    Parameters
    ----------
    text : str
        The passage.
    unit : str or None
        The unit read after the first number (a period: days, weeks, months, years).
    day_end : int
        Where the number after "to" ends.
    day_ndig : int
        Its number of digits (a day of the month has one or two).

    Returns
    -------
    bool
        True when a month name follows the second number.

    Examples
    --------
    >>> t = "profit for the six months to 30 June rose"
    >>> en_period_end(t, "month", t.index("30") + 2, 2)
    True
    >>> en_period_end("from 3 to 5 June", None, 11, 1)
    False
    """
    if unit not in _PERIOD_UNITS or not 0 < day_ndig <= 2:
        return False
    return bool(_MONTH_AFTER.match(text, day_end))
