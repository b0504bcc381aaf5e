"""Russian nouns of everyday registers naming a numbered thing, and the numbered day of a
diary or an itinerary.

* ``кабинет 215``, ``Вагон 7, места 13 и 14``, ``палата 4``, ``подъезд 2``: an office of a
  clinic, a carriage and a seat of a train, a hospital ward, an entrance of a block of
  flats; the integer after them is an ``identifier``.  They join the identifier nouns of
  :mod:`.context_words`.  The locative forms are left out (``в кабинете 3 стола``,
  ``в вагоне 54 места``, ``в палате 4 койки`` count), and a unit after the number is
  read before this list is consulted.
* ``День 14.``, ``День 1: Казань — Свияжск``: a capitalised ``День`` opening a sentence or
  a line, then the number and a point or a colon, is a numbered heading, an
  ``identifier`` (like ``Задание 3``); ``за день 14 км`` is no heading.
"""

from __future__ import annotations

from .record import _Verdict

__all__ = ["RU_EVERYDAY_NAMING", "ru_day_heading"]

#: the word before the number, lower case
RU_EVERYDAY_NAMING = frozenset(
    """кабинет кабинета кабинету кабинетом вагон вагона вагону вагоном место места
    палата палаты палату палатой подъезд подъезда подъезду подъездом""".split()
)


def ru_day_heading(text: str, start: int, end: int, prevw: str) -> _Verdict | None:
    """``identifier`` for the number of a day heading ``День 14.`` (module docstring).

    Parameters
    ----------
    text : str
        The passage.
    start, end : int
        The span of the number.
    prevw : str
        The lower-case word before the number.

    Returns
    -------
    _Verdict or None
        The identifier verdict, or None.

    Examples
    --------
    >>> ru_day_heading("День 3: Суздаль.", 5, 6, "день").kind
    'identifier'
    >>> ru_day_heading("За день 3: рекорд.", 8, 9, "день") is None
    True
    """
    if (
        prevw != "день"
        or text[end : end + 1] not in (".", ":")
        or text[end + 1 : end + 2].isdigit()
    ):
        return None
    w = start - 5
    if w < 0 or text[w : w + 5] not in ("День ", "День\u00a0"):
        return None
    before = text[:w].rstrip(" \u00a0")
    if before and before[-1] not in ".!?\n:":
        return None
    return _Verdict("identifier", end)
