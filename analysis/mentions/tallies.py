"""English vote tallies written with "to": two counts, never a range.

``the House voted 388 to 1``, ``by a vote of 60 to 39``, ``The Senate vote was 82 to 0``,
``a margin of 5 to 3``: a range never falls and never ends at nought, so "N to M" is a
tally of two counts when M is 0, or when M < N after a word of voting (vote, voted,
votes, voting, tally, margin) earlier in the clause.
"""

from __future__ import annotations

import re

_VOTE_BEFORE = re.compile(r"\b(?:votes?[ \u00a0]+of|voted)[ \u00a0]+$")
_TALLY_WORD_BEFORE = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)|tally|margin)\b[^.;:!?\d]{0,30}$", re.IGNORECASE
)


def en_tally(text: str, start: int, first: float, second: float) -> bool:
    """Is "first to second", starting at *start*, a tally of two counts?"""
    if _VOTE_BEFORE.search(text, max(0, start - 12), start):
        return True  # "by a vote of 60 to 39", "voted 39 to 60"
    if second == 0 and first > 0:
        return True  # "82 to 0"
    return second < first and bool(_TALLY_WORD_BEFORE.search(text, max(0, start - 60), start))
