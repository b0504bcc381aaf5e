"""A hotel's class in stars written with an asterisk: ``Отель 4*``, ``Rixos 5* отель``,
``Hotel 3*`` -- a value on a scale, ``other``, the asterisk outside (a footnote mark or a
product ``4*5`` is no class)."""

from __future__ import annotations

import re

from .record import _Verdict

__all__ = ["hotel_stars"]

# a hotel word shortly before the class ("Отель 4*", "гостиница Азимут 3*") or right after
# it ("5* отель", "4* hotel")
_HOTEL_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:отел|гостиниц|hotel|resort|курорт|пансионат|санатори)[^.;!?\n]{0,40}$"
)
_HOTEL_AFTER = re.compile(
    r"(?i)\*[ \u00a0]+(?:отел|гостиниц|hotel|resort|hotels|пансионат|санатори)"
)
# an asterisk not followed by a figure or a letter (no product, no glued word)
_STAR_END = re.compile(r"\*(?![\d*]|[^\W\d_])")


def hotel_stars(text: str, start: int, end: int, unit: str | None) -> _Verdict | None:
    """``other`` for a hotel's class ``N*`` (one to five stars) near a hotel word.

    Parameters
    ----------
    text : str
        The passage.
    start, end : int
        The span of the number (an asterisk follows it).
    unit : str or None
        The unit read after it; a class has none.

    Returns
    -------
    _Verdict or None
        The verdict, or None when the number is no hotel's class.

    Examples
    --------
    >>> hotel_stars("Отель 4* находится у моря.", 6, 7, None).kind
    'other'
    >>> hotel_stars("Итог 4*5 = 20", 5, 6, None) is None
    True
    """
    if unit or end - start != 1 or not "1" <= text[start] <= "5" or not _STAR_END.match(text, end):
        return None
    if _HOTEL_AFTER.match(text, end) or _HOTEL_BEFORE.search(text, max(0, start - 48), start):
        return _Verdict("other", end)
    return None
