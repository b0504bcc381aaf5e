"""ru: a letter glued to the number of a building, an archival inventory or a drawing.

``д. 5а``, ``корп. 22а``, ``стр. 2б``, ``Оп. 2в``, ``фиг. 3а``: after the abbreviation (or
the word) naming a numbered thing, a lower-case letter written straight after the digits
belongs to the number: one ``identifier`` with the letter inside and the value of the
digits (the citation post-pass makes an archival one a ``reference``), as ``Fig. 3a`` is in
English.
"""

from __future__ import annotations

import re

__all__ = ["GLUED_FIRST", "glued_letter_end"]

#: letters that can follow the number (a lower-case Cyrillic letter of the start of the
#: alphabet, as buildings and inventories use them); checked before any regex
GLUED_FIRST = frozenset("абвгдежзик")

_NAMING_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:д|дом|корп|корпус|стр|строение|кв|оф|пом|лит|уч|оп|опись|ф|фонд|рис"
    r"|фиг|схема|участок)\.?[ \u00a0]?$",
    re.IGNORECASE,
)


def glued_letter_end(text: str, start: int, end: int) -> int:
    """The end of the number at *start*..*end* with its glued letter, or 0.

    Parameters
    ----------
    text : str
        The whole text.
    start, end : int
        The digits.

    Returns
    -------
    int
        ``end + 1`` when one letter of :data:`GLUED_FIRST` follows the digits and ends
        the word, and a word naming a numbered thing is just before (``корп. 22а``);
        else 0.

    Examples
    --------
    >>> glued_letter_end("корп. 22а, ауд. 401", 6, 8)
    9
    >>> glued_letter_end("в 5 а классе", 2, 3)
    0
    """
    if text[end : end + 1] not in GLUED_FIRST or text[end + 1 : end + 2].isalnum():
        return 0
    if not _NAMING_BEFORE.search(text, max(0, start - 12), start):
        return 0
    return end + 1
