"""Pairs joined by a dash or a slash that are no ranges: English match scores (``1–1``,
``27–24``) and numbers of forms and types named by the noun before them (``Drag. 18/31``).
"""

from __future__ import annotations

import re

from .context import _prev_word
from .context_words import _IDENT_PREV

__all__ = ["en_score", "ident_noun_before"]

# a level score, "1–1", "2-2" (a range never has equal ends)
_EN_SCORE = re.compile(r"(\d)[–-](?:\1)")
# a winning score, "27–24", "5–4" (a range never falls; same number of digits, so no
# abbreviated range "125–30")
_EN_SCORE_WON = re.compile(r"(\d{1,2})[–-](\d{1,2})")

# capitalised nouns naming a form or a type numbered with a slash: "Drag. 18/31" (a samian
# form), "Form 18/31"
_SLASH_IDENT = frozenset("Drag Dr Form Type".split())


def en_score(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a match score written as a range: level or falling?

    Examples
    --------
    >>> en_score("drew 1–1 at home", 5, 8), en_score("won 27–24", 4, 9)
    (True, True)
    >>> en_score("pages 125–30", 6, 12)
    False
    """
    if _EN_SCORE.fullmatch(text, start, end):
        return True
    m = _EN_SCORE_WON.fullmatch(text, start, end)
    return bool(m) and len(m[1]) == len(m[2]) and int(m[2]) < int(m[1])


def ident_noun_before(text: str, start: int) -> bool:
    """Is the number at *start* named by an identifier noun (``Drag. 18/31``, ``Form 3/2``)?

    Examples
    --------
    >>> ident_noun_before("a bowl of Drag. 18/31", 16)
    True
    >>> ident_noun_before("about 18/31", 6)
    False
    """
    prevw, sep = _prev_word(text, start)
    return bool(prevw) and sep in (" ", ". ") and (
        prevw in _IDENT_PREV or text[start - len(sep) - len(prevw) : start - len(sep)] in _SLASH_IDENT
    )
