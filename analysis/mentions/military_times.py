"""Four-digit military clock times without ``hrs`` (``Issued at 0505``, ``at 0600 GMT``).

Four digits ``HHMM`` (hours 00-23, minutes 00-59) after a time preposition (``at``, ``by``,
``from``, ``until``, ``till``, ``before``, ``after``) are a time of day, ``other`` with the
value on the 24-hour clock and no unit, when they start with ``0`` (``at 0505``: never a
year nor a count) or a time zone follows (``at 1430 GMT``, ``by 2300 UTC``).  Not before
more digits (``at 0800 123 456``: a freephone number); ``0725 hrs.`` is read by
:func:`~analysis.mentions.readings.military_clock`.
"""

from __future__ import annotations

import re

__all__ = ["bare_military_clock"]

_PREP = re.compile(r"(?<![^\W\d_])(?:[Aa]t|[Bb]y|[Ff]rom|[Uu]ntil|till|before|after)[ \u00a0]$")
_ZONE = re.compile(
    r"[ \u00a0](?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|Z|Zulu|local)(?![\w\-])"
)


def bare_military_clock(text: str, start: int, end: int) -> float | None:
    """The hours of a military clock time ``HHMM`` at *start*..*end*, or None.

    Parameters
    ----------
    text : str
        The text.
    start, end : int
        The span of four digits.

    Returns
    -------
    float or None
        The hours on the 24-hour clock.

    Examples
    --------
    >>> bare_military_clock("Issued at 0505 on Tuesday", 10, 14)
    5.083333333333333
    """
    raw = text[start:end]
    h, m = int(raw[:2]), int(raw[2:])
    if h > 23 or m > 59:
        return None
    nxt = text[end : end + 2]
    if nxt[:1] in ("", " ", "\u00a0") and nxt[1:].isdigit():
        return None  # "at 0800 123 456": a phone number
    if raw[0] != "0" and not _ZONE.match(text, end):
        return None
    if not _PREP.search(text, max(0, start - 8), start):
        return None
    return h + m / 60
