"""The level of a stock index in points after a move or a close: ``The FTSE 100 fell 0.4%
to 7,489 points``, ``the Dow closed at 38,000 points``, ``rose 120 points to 38,110
points``: ``other`` in the unit point, like the change itself (``fell 17 points``).

:meth:`.amounts_local._LocalMoneyRules._en_points` asks here when no change verb is
directly before the figure.
"""

from __future__ import annotations

import re

__all__ = ["index_level"]

# a verb of a market's move or close earlier in the clause, then "to" or "at" before the
# figure (a decimal point inside the clause is no sentence end: "fell 0.4% to")
_LEVEL_BEFORE = re.compile(
    r"\b(?:fell|fallen|rose|risen|dropped|gained|lost|slipped|climbed|jumped|plunged|tumbled"
    r"|slid|soared|shed|added|declined|closed|ended|finished|opened|stood|settled|traded)\b"
    r"(?:[^.;:!?\n]|\.\d){0,40}?\b(?:to|at)[ \u00a0]$"
)


def index_level(text: str, start: int) -> bool:
    """Is the figure at *start* (before ``points``) the level a market moved to or closed at?"""
    return text[start - 3 : start] in ("to ", "at ") and bool(
        _LEVEL_BEFORE.search(text, max(0, start - 64), start)
    )
