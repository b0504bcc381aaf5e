"""Russian cadastral numbers of land plots and buildings: ``50:20:0040216:118`` (district,
area, quarter and plot joined by colons) and a cadastral quarter ``77:01:0001001``.

One ``identifier``, value null (several numbers, none the main one).  The quarter of six
or seven digits tells it from a clock time or a match score.  Called only when a colon
follows two digits.
"""

from __future__ import annotations

import re

__all__ = ["cadastral_end"]

_CADASTRAL = re.compile(r"\d{2}:\d{2}:\d{6,7}(?::\d{1,7})?(?![\d:])")


def cadastral_end(text: str, start: int) -> int:
    """The end of a cadastral number starting at *start*, else 0.

    Examples
    --------
    >>> cadastral_end("номер 50:20:0040216:118.", 6)
    23
    >>> cadastral_end("в 10:30:15", 2)
    0
    """
    if text[start - 1 : start].isdigit():
        return 0
    m = _CADASTRAL.match(text, start)
    return m.end() if m else 0
