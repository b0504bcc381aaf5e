"""English stock-market indices: the number in an index's name (``the FTSE 100``, ``the S&P
500``, ``the Nikkei 225``) and the level an index moved to (``the FTSE 100 rose 0.6% to
8,164.1``, ``the Dow fell 475.84 points, or 1.2%, to 38,852.27``) are ``other``, like a level
on a scale; the change before them keeps its own kind."""

from __future__ import annotations

import re

#: The word before a number naming an index, in small letters (``S&P`` gives ``_p``).
_INDEX_NAMES = frozenset(
    "ftse _p nikkei russell stoxx cac dax asx nasdaq sensex kospi topix ibex mib aex tsx".split()
)
_INDEX_NAME_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:FTSE(?:[ \u00a0]AIM)?|S&P|Nikkei|Russell|(?:Euro[ \u00a0])?Stoxx|STOXX|CAC|DAX"
    r"|ASX|Nasdaq|NASDAQ|Sensex|KOSPI|TOPIX|IBEX|FTSE[ \u00a0]MIB|AEX|TSX)[ \u00a0]$"
)
# an index named earlier in the sentence, a verb of change and "to" right before the level
_LEVEL_TO_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:Dow|FTSE|S&P|Nasdaq|NASDAQ|Nikkei|Stoxx|STOXX|DAX|CAC|Hang[ \u00a0]Seng|ASX"
    r"|Sensex|KOSPI|TOPIX|Russell|Composite|Industrial[ \u00a0]+Average|[Ii]ndex)(?![^\W\d_])"
    r"(?:[^.;!?\n]|\.(?=\d)){0,80}?(?<![^\W\d_])(?:rose|rising|fell|falling|gained|lost|climbed"
    r"|dropped|slipped|added|shed|jumped|slid|sank|advanced|declined|edged|tumbled|surged"
    r"|closed|ended|finished)(?![^\W\d_])(?:[^.;!?\n]|\.(?=\d)){0,40}?[ \u00a0]to[ \u00a0]$"
)
# an index named earlier in the sentence, a verb of closing and "at" right before the level:
# "The FTSE 100 closed up 0.6% at 7,682.5", "the Nikkei ended at 38,120"
_LEVEL_AT_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:Dow|FTSE|S&P|Nasdaq|NASDAQ|Nikkei|Stoxx|STOXX|DAX|CAC|Hang[ \u00a0]Seng|ASX"
    r"|Sensex|KOSPI|TOPIX|Russell|Composite|Industrial[ \u00a0]+Average|[Ii]ndex)(?![^\W\d_])"
    r"(?:[^.;!?\n]|\.(?=\d)){0,40}?(?<![^\W\d_])(?:closed|ended|finished|opened|settled)"
    r"(?![^\W\d_])(?:[^.;!?\n]|\.(?=\d)){0,30}?[ \u00a0]at[ \u00a0]$"
)
# a change in points right before: "U.S. Steel fell 17 points to 174", "points, or 1.2%, to"
_POINTS_TO_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:fell|rose|gained|lost|dropped|climbed|slipped|added|shed|jumped|slid|sank"
    r"|advanced|declined|tumbled|surged|up|down)[ \u00a0]\d[\d.,]*[ \u00a0]points?(?:,[ \u00a0]+or[ \u00a0]+[\d.]+(?:%|[ \u00a0]per[ \u00a0]?cent),)?[ \u00a0]+to[ \u00a0]$"
)
_LEVEL_END = re.compile(
    r"[ \u00a0]*(?:[.;,)]|$)|[ \u00a0]+(?:on|in|at|by|after|before|as|while|with|and|points?)(?![^\W\d_])"
)


def index_number(text: str, start: int, end: int, prevw: str) -> bool:
    """Whether the number at *start*..*end* names an index or is the level it moved to.

    Parameters
    ----------
    text : str
        The text.
    start, end : int
        The span of a bare number (no unit).
    prevw : str
        The word before it, in small letters.

    Returns
    -------
    bool
        True right after an index name (``FTSE 100``, ``S&P 500``), and after ``to`` before
        punctuation, a small word or ``points`` when a change in points comes right before
        (``fell 17 points to 174``) or an index and a verb of change earlier in the sentence
        (``the FTSE 100 rose 0.6% to 8,164.1 on Tuesday``), and after ``at`` when the index
        closed or opened there (``the FTSE 100 closed up 0.6% at 7,682.5``).
    """
    if prevw in _INDEX_NAMES:
        return _INDEX_NAME_BEFORE.search(text, max(0, start - 12), start) is not None
    if prevw == "at" and _LEVEL_END.match(text, end) is not None:
        return _LEVEL_AT_BEFORE.search(text, max(0, start - 90), start) is not None
    if prevw != "to" or _LEVEL_END.match(text, end) is None:
        return False
    return (
        _POINTS_TO_BEFORE.search(text, max(0, start - 60), start) is not None
        or _LEVEL_TO_BEFORE.search(text, max(0, start - 150), start) is not None
    )
