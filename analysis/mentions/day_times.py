"""English times of day named by the part of the day (``thermometer at 8 in the morning``,
``from 9 in the morning till 5 in the evening``) and the first hour of a pair sharing the
clock word (``between 3 and 4 of the clock``, ``between 3 and 4 o'clock``): each one time
of day, ``other``."""

from __future__ import annotations

import re

from .record import _Verdict

__all__ = ["day_time_kind"]

# a preposition of time before the hour: "at 8", "till 5", "between 3"
_TIME_PREPS = frozenset("at by till until about before after from to between and past".split())
_DAY_PART_AFTER = re.compile(
    r"[ \u00a0]in[ \u00a0]the[ \u00a0](?:morning|forenoon|afternoon|evening)(?![^\W\d_])"
    r"|[ \u00a0]at[ \u00a0]night(?![^\W\d_])"
)
# "between 3 and 4 of the clock": the second hour carries the clock word for both
_PAIR_CLOCK_AFTER = re.compile(
    r"[ \u00a0]and[ \u00a0](?:1[0-2]|[1-9])[ \u00a0](?:o['’]clock|of[ \u00a0]the[ \u00a0]clock"
    r"|in[ \u00a0]the[ \u00a0](?:morning|forenoon|afternoon|evening))(?![^\W\d_])"
)


def day_time_kind(
    text: str, end: int, unit: str | None, value: float, prevw: str
) -> _Verdict | None:
    """The verdict for an hour of the clock named by the part of the day, else None.

    Parameters
    ----------
    text : str
        The text.
    end : int
        The end of the number (an integer from 1 to 12, no unit).
    unit : str or None
        The unit read after the number (a time of day has none).
    value : float
        The number.
    prevw : str
        The lower-case word before the number.

    Returns
    -------
    _Verdict or None
        ``other`` for ``at 8 in the morning`` and the 3 of ``between 3 and 4 o'clock``.

    Examples
    --------
    >>> day_time_kind("at 8 in the morning", 4, None, 8, "at").kind
    'other'
    >>> day_time_kind("saw 8 in the morning", 5, None, 8, "saw") is None
    True
    """
    if unit or prevw not in _TIME_PREPS or value % 1 or not 1 <= value <= 12:
        return None
    if _DAY_PART_AFTER.match(text, end):
        return _Verdict("other", end)
    if prevw == "between" and _PAIR_CLOCK_AFTER.match(text, end):
        return _Verdict("other", end)
    return None
