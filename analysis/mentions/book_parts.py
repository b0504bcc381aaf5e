"""ru: the volume, issue and page count of a bibliographic description are references.

``… / под ред. А. Н. Боханова. Т. 1. М.: РОССПЭН, 2019`` (a volume), ``Словарь русского
языка XI–XVII вв. Вып. 1–31. М.: Наука`` (issues), ``Кн. 2``; and the page count ending a
description in the GOST style ``… ; заявитель Казанский ун-т. — 8 с.``.  They are cited
numbers even where no year makes the citation region the other rules read.
"""

from __future__ import annotations

import re

__all__ = ["book_part"]

# "Т. 1", "Вып. 1–31", "Кн. 2" after the end of the previous element; a capital abbreviation
# (the lower-case "т." is a tonne) not an initial ("Иванов Т. 1" has no period before)
_PART_BEFORE = re.compile(r"(?:^|[.;/][ \u00a0]+)(?:Т|Вып|Кн)\.[ \u00a0]?$")
# the page count of a description: "— 8 с." at its end
_PAGES_AFTER = re.compile(r"[ \u00a0]с\.(?:$|\s)")


def book_part(text: str, s: int, e: int) -> bool:
    """Is the number at *s*..*e* a volume, an issue or the page count of a description?

    Parameters
    ----------
    text : str
        The whole text.
    s, e : int
        The number (or range).

    Returns
    -------
    bool
        True after ``Т.``, ``Вып.`` or ``Кн.`` opening an element of the description and
        before its end (``Т. 1.``, ``Вып. 1–31,``); or after ``— `` and before ``с.`` ending
        the description, a ``/`` of the statement of responsibility earlier on its line.

    Examples
    --------
    >>> book_part("под ред. Б. Н. Миронова. Т. 2. М.: Наука, 2001.", 28, 29)
    True
    >>> book_part("Разгон до сотни — 8 с.", 17, 18)
    False
    """
    if text[s - 2 : s - 1] == "." and text[e : e + 1] in ".,":
        return bool(_PART_BEFORE.search(text, max(0, s - 8), s))
    if text[s - 2 : s] == "— " and _PAGES_AFTER.match(text, e):
        return "/" in text[max(text.rfind("\n", 0, s) + 1, s - 300) : s]
    return False
