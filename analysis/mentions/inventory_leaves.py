"""The leaf count closing an entry of a Russian archival inventory (опись).

An entry of an inventory gives the title of a file, its dates and the number of its
leaves: ``37. Протоколы заседаний коллегии. 5 января — 28 декабря 1921 г. 214 л.``,
``38. Переписка с Наркомземом. 1921–1922 гг. 96 л.``  The count after the year word of
the dates is a ``reference`` like the page count of a book (``— 8 с.``), also where the
entry names no archive.
"""

from __future__ import annotations

import re

__all__ = ["inventory_leaves"]

# "... 1921 г. 214 л." / "... 1921–1922 гг. 96 л." : the dates end with a year word
_DATES_BEFORE = re.compile(r"(?<!\d)\d{4}(?:[–—-]\d{4})?[ \u00a0]гг?\.[ \u00a0]+$")
# "л." ending the entry: the end, a new line, a semicolon or bracket, the next entry's
# number ("214 л. 38. Переписка") or a capitalised word
_LEAVES_END = re.compile(
    r"[ \u00a0]л\.(?:[ \u00a0]*(?:\n|$|[;)])|[ \u00a0]+(?:[А-ЯЁ«]|\d{1,4}\.[ \u00a0]))"
)


def inventory_leaves(text: str, s: int, e: int) -> bool:
    """Is the number at *s*..*e* the leaf count of an inventory entry (``1921 г. 214 л.``)?

    Examples
    --------
    >>> t = "Переписка. 1921–1922 гг. 96 л."
    >>> inventory_leaves(t, 25, 27)
    True
    >>> inventory_leaves("В 1921 г. 96 человек", 10, 12)
    False
    """
    if text[e : e + 3] not in (" л.", "\u00a0л."):
        return False
    return bool(_LEAVES_END.match(text, e) and _DATES_BEFORE.search(text, max(0, s - 16), s))
