"""A whole-degree latitude or longitude with its compass letter glued to the degree sign
(``40°N``, ``74°W``, ``33°S``): an angle in degrees, the letter outside, as after minutes of
arc (``64°08′N``).  The degree-sign rule of :mod:`.unit_words` stops before a glued letter
(``5°C`` is a temperature), so :func:`.units.unit_after` asks here first.
"""

from __future__ import annotations

__all__ = ["compass_degree_after"]

_COMPASS = frozenset("NSEW")


def compass_degree_after(text: str, pos: int) -> tuple[int, str, str] | None:
    """The degree sign at *pos* before a glued compass letter: (end, ``"deg"``,
    ``"quantity"``) or ``None``.

    Parameters
    ----------
    text : str
        The whole text.
    pos : int
        The end of the number (the degree sign's position).

    Returns
    -------
    tuple of (int, str, str) or None
        The span end after the degree sign, the unit and kind; ``None`` when no compass
        letter standing alone follows (``°NE`` is read too; ``°North`` is a word).

    >>> compass_degree_after("at 40°N 74°W", 5)
    (6, 'deg', 'quantity')
    >>> compass_degree_after("5°Celsius", 1) is None
    True
    """
    if text[pos + 1 : pos + 2] not in _COMPASS:
        return None
    k = pos + 2
    if text[k : k + 1] in _COMPASS:
        k += 1  # "°NE", "°SW"
    nxt = text[k : k + 1]
    if nxt.isalnum() or nxt in ("'", "’"):
        return None
    return pos + 1, "deg", "quantity"
