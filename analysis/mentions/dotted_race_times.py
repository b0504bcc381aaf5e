"""Russian race results written with a dot between minutes and seconds and a comma before
the tenths: ``с результатом 21.34,6`` (21 min 34.6 s), ``показала время 1.45,32``.

One ``quantity`` in hours (like the race times ``3:29.65`` of :mod:`.race_times`), the
fraction of a second inside.  A result word shortly before is required, so that a list
of decimals (``21.34,6``) is not read as a time.  Called only when a comma follows a
number with a decimal point.
"""

from __future__ import annotations

import re

__all__ = ["dotted_race_time"]

_TIME = re.compile(r"(\d{1,3})\.([0-5]\d),(\d{1,3})(?![\d.,]\d)")
_RESULT_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:результат\w*|врем(?:я|ени|енем)|показа\w*|финишир\w*)"
    r"(?:[ \u00a0]+[^\W\d_]+){0,2}[ \u00a0:—–-]+$",
    re.IGNORECASE,
)


def dotted_race_time(text: str, start: int) -> tuple[int, float] | None:
    """(end, hours) of a race time ``21.34,6`` starting at *start* after a result word.

    Examples
    --------
    >>> end, h = dotted_race_time("с результатом 21.34,6 (0+1)", 14)
    >>> end, round(h, 5)
    (21, 0.35961)
    >>> dotted_race_time("числа 21.34,6", 6) is None
    True
    """
    m = _TIME.match(text, start)
    if not m or not _RESULT_BEFORE.search(text, max(0, start - 40), start):
        return None
    seconds = int(m.group(1)) * 60 + int(m.group(2)) + int(m.group(3)) / 10 ** len(m.group(3))
    return m.end(), seconds / 3600
