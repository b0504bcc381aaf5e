"""Russian goal minutes in a match report's list of scorers: ``2:1 (Мостовой, 23;
Кордоба, 51 — Клаудиньо, 88)``, ``Голы: Дзюба, 12, 67`` -- each minute after a scorer's
name is an ``ordinal`` (the 23rd minute), like the Kazakh lists of :mod:`.kk_goals`."""

from __future__ import annotations

import re

from .record import _Verdict

__all__ = ["ru_goal_minute"]

# the scorers' list opened by a score and a bracket ("2:1 (") or by "Голы:" earlier on the
# line, and a capitalised name with a comma right before the minute (or the scorer's
# earlier minutes)
_SCORERS_BEFORE = re.compile(
    r"(?:\d{1,2}[:–-]\d{1,2}[ \u00a0]*\(|(?<![^\W\d_])(?:Голы|Гол|Забили)[ \u00a0]*[:–—-])"
    r"[^\n()]{0,160}?(?-i:[A-ZА-ЯЁ])[^\W\d_]+(?:[ \u00a0-][^\W\d_]+)?,"
    r"(?:[ \u00a0]*\d{1,3}(?:['’]|\+\d)?,)*[ \u00a0]*$",
    re.IGNORECASE,
)
# what ends a minute: the next scorer, the other team's list, a bracket, the clause's end
_MINUTE_END = re.compile(r"(?:['’]|-я|-й)?(?:[ \u00a0]*(?:[;,.)(]|[—–][ \u00a0])|$)")


def ru_goal_minute(
    text: str, start: int, end: int, unit: str | None, value: float
) -> _Verdict | None:
    """The minute of a goal after a scorer's name in a match report's list.

    Parameters
    ----------
    text : str
        The whole text.
    start, end : int
        The number's span.
    unit : str or None
        The unit read after the number (a minute has none).
    value : float
        The number's value.

    Returns
    -------
    _Verdict or None
        An ``ordinal`` ending at *end*, or None.

    Examples
    --------
    >>> ru_goal_minute("2:1 (Мостовой, 23; Кордоба, 51)", 15, 17, None, 23.0).kind
    'ordinal'
    >>> ru_goal_minute("Иванов, 23 года, инженер", 8, 10, None, 23.0) is None
    True
    """
    if unit or text[start - 2 : start] != ", " or not 1 <= value <= 130 or value != int(value):
        return None
    if not _MINUTE_END.match(text, end):
        return None
    if _SCORERS_BEFORE.search(text, max(0, start - 200), start) is None:
        return None
    return _Verdict("ordinal", end)
