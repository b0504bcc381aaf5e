"""A test mark out of any total after the verb of scoring (``Ellie scored 34 out of 40``,
``she got 18 out of 25 in the spelling test``): two values on a scale, two ``other``
mentions, like a rating out of 5, 10 or 100 (:mod:`.en_ratings`).

Without the verb, a pair with another total stays a share (``34 out of 40 pupils``,
``3 out of 7 days``); the total must not be below the mark and nothing counted may follow
it.
"""

from __future__ import annotations

import re

__all__ = ["scored_total"]

_TOTAL_AFTER = re.compile(
    r"[ \u00a0]out[ \u00a0]of[ \u00a0](\d{1,3})(?![\d.,]\d)"
    r"(?=[ \u00a0]*(?:$|[.,;:!?)\]\n]|(?:in|on|for|and|but)(?![^\W\d_])))"
)
_SCORED_BEFORE = re.compile(r"(?i)\b(?:scored|scoring|scores|got|gets|achieved|earned)[ \u00a0]+$")


def scored_total(text: str, start: int, end: int) -> int:
    """The total (> 0) after the mark at *start*..*end*, if it is a test mark; else 0.

    >>> scored_total("Ellie scored 34 out of 40 in her test.", 13, 15)
    40
    >>> scored_total("34 out of 40 pupils passed", 0, 2)
    0
    """
    m = _TOTAL_AFTER.match(text, end)
    if m is None or not text[start:end].isdigit() or int(text[start:end]) > int(m.group(1)):
        return 0
    if not _SCORED_BEFORE.search(text, max(0, start - 12), start):
        return 0
    return int(m.group(1))
