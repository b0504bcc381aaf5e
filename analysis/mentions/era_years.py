"""Years of one or two digits followed by an era: ``50 г. н. э.``, ``79 н. э.``, ``33 AD``,
``50 г. до н. э.`` -- the year itself (50, 79, 33), never a short form of a 1900s or 2000s
year (1950)."""

from __future__ import annotations

from .classify import _ERA_AFTER
from .context_words import _ERA_FIRST

__all__ = ["era_follows"]


def era_follows(text: str, end: int) -> bool:
    """Is the number ending at *end* followed by an era word (``н. э.``, ``AD``, ``BC``)?

    Parameters
    ----------
    text : str
        The whole text.
    end : int
        Offset just after the number (and after ``г.``, if the mention ends there).

    Returns
    -------
    bool
        True if an era word follows.

    Examples
    --------
    >>> era_follows("около 50 г. н. э.;", 8), era_follows("в 50 г. было", 4)
    (True, False)
    """
    return text[end + 1 : end + 2] in _ERA_FIRST and _ERA_AFTER.match(text, end) is not None
