"""English goal minutes in brackets after a scorer: ``Bukayo Saka (23) and Kai Havertz (51,
78)``.

Each minute is an ``ordinal`` (the 23rd minute), digits only, as the Russian and Kazakh
goal minutes are.  The bracket must follow a capitalised name and hold only minutes of a
match (1 to 120), and the sentence must be about a match: a result line before it
(``Arsenal 3 Chelsea 1``) or a word of scoring (``goal``, ``scored``, ``penalty``), so that
an age in brackets (``John Smith (34), a teacher``) stays an age.
"""

from __future__ import annotations

import re

__all__ = ["en_goal_minutes"]

_BRACKET = re.compile(r"\d{1,3}(?:,[ \u00a0]*\d{1,3})*\)")
_NAME_BEFORE = re.compile(r"(?-i:[A-Z][a-zà-ÿ'’-]+)[ \u00a0]\($")
_MATCH_CUE = re.compile(
    r"(?i:\bgoals?\b|\bscored\b|\bscorers?\b|\bpenalty\b|\bheader\b|\bequali[sz]er\b|\bhat-trick\b)"
    r"|(?-i:[A-Z][a-z]+[ \u00a0]\d{1,2},?[ \u00a0][A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)?[ \u00a0]\d{1,2}\b)"
)
_MINUTE = re.compile(r"\d{1,3}")


def en_goal_minutes(text: str, start: int) -> list[tuple[int, int]] | None:
    """The spans of the goal minutes in the bracket whose first digits start at *start*.

    Parameters
    ----------
    text : str
        The passage.
    start : int
        Where the first minute starts (right after an opening bracket).

    Returns
    -------
    list of (int, int) or None
        The span of each minute, or None when the bracket is no list of goal minutes.

    Examples
    --------
    >>> t = "Arsenal 3 Chelsea 1: Bukayo Saka (23) and Kai Havertz (51, 78) ensured"
    >>> en_goal_minutes(t, t.index("51"))
    [(55, 57), (59, 61)]
    >>> en_goal_minutes("John Smith (34), a teacher, said", 12) is None
    True
    """
    m = _BRACKET.match(text, start)
    if m is None or not _NAME_BEFORE.search(text, max(0, start - 30), start):
        return None
    spans = [(d.start(), d.end()) for d in _MINUTE.finditer(text, start, m.end())]
    if any(not 0 < int(text[s:e]) <= 120 for s, e in spans):
        return None
    lo = max(0, start - 200)
    if not _MATCH_CUE.search(text, lo, start):
        return None
    return spans
