"""English metric screw threads with one digit, told by the fastener named after them:
``M8 bolts``, ``an M6 screw``, ``M5 x 0.8 thread``.

A designation of one letter and one digit is usually a grade, a size or a name (``A4``
paper, ``Q3``, money supply ``M3``), so :func:`~.codes.designation` leaves it; an ``M``
and one digit before a bolt, screw, nut, stud, washer, thread or tap is a thread size,
one ``identifier`` valued at its diameter in millimetres, as ``M20`` is.
"""

from __future__ import annotations

import re

__all__ = ["metric_thread"]

# the fastener after the designation (a pitch "x 1.25" may come between)
_FASTENER_AFTER = re.compile(
    r"(?:[ \u00a0]?[x×][ \u00a0]?\d(?:\.\d+)?)?[ \u00a0-]+(?:[a-z]+[ \u00a0-]+)?"
    r"(?:bolts?|screws?|nuts?|studs?|washers?|threads?|taps?|rivets?|anchors?|set[ \u00a0]?screws?)"
    r"(?![^\W\d_])"
)


def metric_thread(text: str, letter: str, end: int) -> bool:
    """Is the ``M`` and one digit ending at *end* a metric thread size?

    Parameters
    ----------
    text : str
        The whole text.
    letter : str
        The letters of the designation.
    end : int
        The end of the designation.

    Returns
    -------
    bool
        True for ``M`` followed by a fastener word (``M8 bolts``, ``M6 cap screws``).

    Examples
    --------
    >>> metric_thread("Tighten the four M8 bolts to 25 N·m", "M", 19)
    True
    >>> metric_thread("Broad money (M3) grew by 9.7 per cent", "M", 15)
    False
    """
    return letter == "M" and _FASTENER_AFTER.match(text, end) is not None
