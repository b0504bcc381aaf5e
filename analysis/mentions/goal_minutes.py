"""Goal minutes in a match report's list of scorers (Russian and Kazakh): ``2:1 (Мостовой,
23; Кордоба, 51 — Клаудиньо, 88)``, ``Голы: Дзюба, 12, 67``, ``Голдар: Садықов, 34;
Васильев, 71 (пенальти)`` -- each minute after a scorer's name is an ``ordinal`` (the 23rd
minute), like the bracketed goal minutes of :mod:`.code_words` and the English ones of
:mod:`.en_goal_minutes`."""

from __future__ import annotations

import re

from .record import _Verdict

__all__ = ["goal_minute"]

# the scorers' list opened earlier on the line (Russian: by a score and a bracket "2:1 (" or
# by "Голы:"; Kazakh: by "Голдар:" / "Гол:"), and a capitalised name with a comma right
# before the minute (or the scorer's earlier minutes)
_SCORERS_BEFORE = {
    "ru": re.compile(
        r"(?:\d{1,2}[:–-]\d{1,2}[ \u00a0]*\(|(?<![^\W\d_])(?:Голы|Гол|Забили)[ \u00a0]*[:–—-])"
        r"[^\n()]{0,160}?(?-i:[A-ZА-ЯЁ])[^\W\d_]+(?:[ \u00a0-][^\W\d_]+)?,"
        r"(?:[ \u00a0]*\d{1,3}(?:['’]|\+\d)?,)*[ \u00a0]*$",
        re.IGNORECASE,
    ),
    "kk": re.compile(
        r"(?<![^\W\d_])Гол(?:дар|ы|дарды[ \u00a0]+соққандар)?[ \u00a0]*[:–—-][^\n]{0,160}?"
        r"(?-i:[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ])[^\W\d_]+(?:[ \u00a0]+[^\W\d_]+)?,(?:[ \u00a0]*\d{1,3},)*[ \u00a0]*$",
        re.IGNORECASE,
    ),
}
# what ends a minute: the next scorer, the other team's list, a bracket, the clause's end
_MINUTE_END = {
    "ru": re.compile(r"(?:['’]|-я|-й)?(?:[ \u00a0]*(?:[;,.)(]|[—–][ \u00a0])|$)"),
    "kk": re.compile(r"(?:['’]|-минут\w*)?[ \u00a0]*(?:[;,.)(]|$)"),
}


def goal_minute(
    text: str, start: int, end: int, unit: str | None, value: float, lang: str | None
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
    lang : str or None
        The language; only "ru" and "kk" have such lists here.

    Returns
    -------
    _Verdict or None
        An ``ordinal`` ending at *end*, or None.

    Examples
    --------
    >>> goal_minute("2:1 (Мостовой, 23; Кордоба, 51)", 15, 17, None, 23.0, "ru").kind
    'ordinal'
    >>> goal_minute("Голдар: Садықов, 34; Васильев, 71", 17, 19, None, 34.0, "kk").kind
    'ordinal'
    >>> goal_minute("Иванов, 23 года, инженер", 8, 10, None, 23.0, "ru") is None
    True
    """
    before = _SCORERS_BEFORE.get(lang or "")
    if before is None or unit or text[start - 2 : start] != ", ":
        return None
    if not 1 <= value <= 130 or value != int(value) or not _MINUTE_END[lang].match(text, end):
        return None
    if before.search(text, max(0, start - 200), start) is None:
        return None
    return _Verdict("ordinal", end)
