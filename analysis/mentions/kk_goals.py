"""Kazakh goal minutes in a match report's list of scorers: ``Голдар: Садықов, 34;
Васильев, 71 (пенальти)`` -- each minute after a scorer's name is an ``ordinal`` (the
34th minute), like the bracketed goal minutes of :mod:`.code_words`."""

from __future__ import annotations

import re

from .record import _Verdict

__all__ = ["kk_goal_minute"]

# the scorers' list opened by "Голдар:" / "Гол:" / "Голы:" earlier on the line, and a
# capitalised name with a comma right before the minute (or the scorer's earlier minutes)
_SCORERS_BEFORE = re.compile(
    r"(?<![^\W\d_])Гол(?:дар|ы|дарды[ \u00a0]+соққандар)?[ \u00a0]*[:–—-][^\n]{0,160}?"
    r"(?-i:[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ])[^\W\d_]+(?:[ \u00a0]+[^\W\d_]+)?,(?:[ \u00a0]*\d{1,3},)*[ \u00a0]*$",
    re.IGNORECASE,
)
# what ends a minute: the next scorer, a bracket, the end of the clause
_MINUTE_END = re.compile(r"(?:['’]|-минут\w*)?[ \u00a0]*(?:[;,.)(]|$)")


def kk_goal_minute(
    text: str, start: int, end: int, unit: str | None, value: float
) -> _Verdict | None:
    """The minute (span *start*..*end*, value *value*) of a goal after a scorer's name in
    a list opened by ``Голдар:`` (``ordinal``), or None."""
    if unit or text[start - 2 : start] != ", " or not 1 <= value <= 130 or value != int(value):
        return None
    if not _MINUTE_END.match(text, end):
        return None
    if _SCORERS_BEFORE.search(text, max(0, start - 200), start) is None:
        return None
    return _Verdict("ordinal", end)
