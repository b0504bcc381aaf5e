"""A lettered archival fund with a short number: ``ГАСО, ф. Р-88, оп. 21``, ``Ф. И-2``,
``фонд Р-7``.

Russian archives mark Soviet-era funds with a letter (``Р``, ``А``, ``И``, ``П`` ...)
before the number; after the abbreviation ``ф.`` or the word ``фонд`` the letter, the
hyphen and even a one- or two-digit number are one shelf mark (a ``reference``), like
the longer ``Ф. Р-5446`` that the lexer already joins.

Called by the lexer for digits of one or two figures after a hyphen (the caller's test).
"""

from __future__ import annotations

import re

__all__ = ["fund_letter_before"]

_FUND_BEFORE = re.compile(r"(?<![^\W\d_])(?:[Фф]\.|[Фф]онд\w*)[ \u00a0]*(?-i:[А-ЯЁ])-$")


def fund_letter_before(text: str, s: int) -> bool:
    """Whether the digits at *s* follow a fund's letter and hyphen after ``ф.`` / ``фонд``.

    Parameters
    ----------
    text : str
        The passage.
    s : int
        The start of the digits (a hyphen before them).

    Returns
    -------
    bool
        True for a lettered fund number.

    Examples
    --------
    >>> fund_letter_before("ГАСО, ф. Р-88, оп. 21", 11)
    True
    >>> fund_letter_before("трасса М-5 и ф-88", 16)
    False
    """
    return text[s - 1 : s] == "-" and _FUND_BEFORE.search(text, max(0, s - 16), s) is not None
