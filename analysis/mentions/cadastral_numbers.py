"""Russian cadastral numbers of land plots and buildings: ``78:12:0000000:1234``, and a
cadastral quarter alone, ``77:01:0001001``.

The number of a district, of a cadastral area, of a quarter (six or seven digits) and of
the plot, joined by colons, form one ``identifier`` with no value (like a phone number in
groups): no group is a clock time, a score or a year.
"""

from __future__ import annotations

import re

__all__ = ["cadastral_end"]

# district:area:quarter[:plot] -- "78:12:0000000:1234", "50:21:0110114:52", "77:01:0001001"
_CADASTRAL = re.compile(r"\d{2}:\d{2}:\d{6,7}(?::\d{1,7})?(?![\d:]|[.,]\d)")


def cadastral_end(text: str, start: int) -> int:
    """The end of a cadastral number starting at *start*, or -1.

    Parameters
    ----------
    text : str
        The whole text.
    start : int
        Offset of the first digit (a colon follows two digits).

    Returns
    -------
    int
        The end of the number, or -1 if no cadastral number starts at *start*.

    Examples
    --------
    >>> cadastral_end("номер 78:12:0000000:1234.", 6)
    24
    >>> cadastral_end("в 12:30:45", 2)
    -1
    """
    if start and (text[start - 1].isdigit() or text[start - 1] == ":"):
        return -1
    m = _CADASTRAL.match(text, start)
    return m.end() if m else -1
