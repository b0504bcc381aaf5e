"""A wind force on the Beaufort scale after the wind's compass point in a ship's log or a
weather report (``Wind N.N.E. 4``, ``wind SW 6``, ``Wind, W. by S. 5``): ``other`` in
``Beaufort``, like ``force 6``."""

from __future__ import annotations

import re

__all__ = ["force_after_wind_point"]

# "Wind N.N.E. ", "wind SW ", "Wind, W. by S. ": the wind word, then one compass point
_WIND_POINT_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:[Ww]ind|WIND)[,:]?[ \u00a0]+(?:[NSEW]\.?){1,3}"
    r"(?:[ \u00a0]by[ \u00a0](?:[NSEW]\.?){1,2})?,?[ \u00a0]$"
)


def force_after_wind_point(text: str, start: int, end: int, value: float) -> bool:
    """Is the whole number at *start*..*end* a wind force after the wind's compass point?

    Parameters
    ----------
    text : str
        The text.
    start, end : int
        The span of the number.
    value : float
        Its value (a force is 0-12).

    Returns
    -------
    bool
        True for ``Wind N.N.E. 4``, ``wind SW 6``.

    Examples
    --------
    >>> force_after_wind_point("Noon. Wind N.N.E. 4; bar. 30.12", 18, 19, 4)
    True
    >>> force_after_wind_point("Flat SW 6, London", 8, 9, 6)
    False
    """
    if (
        value % 1
        or not 0 <= value <= 12
        or text[start - 2 : start - 1] not in ("N", "S", "E", "W", ".")
    ):
        return False
    if text[end : end + 1].isalnum() or text[end : end + 1] in ("/", "-"):
        return False
    return bool(_WIND_POINT_BEFORE.search(text, max(0, start - 24), start))
