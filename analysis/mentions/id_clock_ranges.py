"""Indonesian ranges of clock times written with a dot or a colon (``pukul 06.30-17.00
WIB``, ``pukul 09.00 s.d. 12.30``, ``16.10 hingga 19.00 WIB``): the two ends are times of
day, valued in hours with the minutes as sixtieths (6.5 and 17, not 6.3).

The check opens with a test of the third character from the end of each number.
"""

from __future__ import annotations

import re

__all__ = ["clock_range_values"]

_HM = re.compile(r"([01]?\d|2[0-4])[.:]([0-5]\d)")
_CLOCK_BEFORE = re.compile(r"(?<![^\W\d_])(?:pukul|jam|pkl\.?)[ \u00a0]+$", re.IGNORECASE)
_TZ_AFTER = re.compile(r"[ \u00a0]*(?:WIB|WITA|WIT)(?![^\W\d_])")


def _hours(text: str, start: int, end: int) -> float | None:
    """The hours of a clock reading ``HH.MM`` at *start*..*end*, or ``None``."""
    m = _HM.fullmatch(text, start, end)
    return None if m is None else int(m.group(1)) + int(m.group(2)) / 60


def clock_range_values(
    text: str, start: int, a_end: int, b_start: int, end: int
) -> tuple[float, float] | None:
    """The two ends in hours of a range of clock times at *start*..*end* (first number
    ending at *a_end*, second starting at *b_start*) after ``pukul``/``jam``/``pkl`` or
    before a time zone ``WIB``/``WITA``/``WIT``, or ``None``.

    Parameters
    ----------
    text : str
        The text.
    start, a_end, b_start, end : int
        Offsets of the first number's start and end and the second number's start and end.

    Returns
    -------
    tuple of float or None
        The hours of both ends (``06.30-17.00`` → 6.5, 17.0).
    """
    if text[a_end - 3 : a_end - 2] not in (".", ":") or text[end - 3 : end - 2] not in (".", ":"):
        return None
    v1 = _hours(text, start, a_end)
    v2 = _hours(text, b_start, end)
    if v1 is None or v2 is None:
        return None
    if _CLOCK_BEFORE.search(text, max(0, start - 8), start) or _TZ_AFTER.match(text, end):
        return v1, v2
    return None
