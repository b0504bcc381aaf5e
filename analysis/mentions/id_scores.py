"""Indonesian ratios and game scores written with spaced colons or dashes, one ``other``
mention without a value: a mix ratio ``1 : 2 : 3`` (``perbandingan 1 : 2``, like the
glued ``2:1``) and the set scores of a match listed after one another (``21-19, 16-21,
17-21``) or after a score word (``skor 2-1``, ``kemenangan 3-1``), which are no ranges; a ratio side may be a decimal
(``1 : 1,5``).

Both checks open with a test of the character after the number.
"""

from __future__ import annotations

import re

__all__ = ["spaced_ratio_end", "set_score_end"]

# "1 : 2 : 3", "1 : 2": small integers joined by spaced colons
_RATIO_CHAIN = re.compile(r"(?:[ \u00a0]:[ \u00a0]\d{1,3}(?:,\d{1,2})?(?![\d]|[.,]\d))+")
_CLOCK_BEFORE = re.compile(r"(?:pukul|jam|pkl\.?)[ \u00a0]+$", re.IGNORECASE)

# a set score "21-19" and the list it stands in
_PAIR = re.compile(r"(\d{1,2})[-–](\d{1,2})(?![\d]|[.,]\d|[-–]\d)")
_LIST = re.compile(
    r"(?:\d{1,2}[-–]\d{1,2}(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+(?:dan|and)[ \u00a0]+)){1,4}\d{1,2}[-–]\d{1,2}(?![\d–-])"
)
_SCORE_WORDS = re.compile(
    r"(?<![^\W\d_])(?:skor|game|gim|set|menang|kalah|unggul|takluk|tumbang|kemenangan|kekalahan)[ \u00a0]+$",
    re.IGNORECASE,
)


def spaced_ratio_end(text: str, start: int, end: int) -> int | None:
    """The end of a ratio of spaced colons opening with the integer at *start*..*end*
    (``1 : 2 : 3``), or ``None``; never a clock time after ``pukul``/``jam``."""
    if text[end : end + 2] != " :" or text[start - 2 : start - 1] == ":":
        return None
    m = _RATIO_CHAIN.match(text, end)
    if m is None or _CLOCK_BEFORE.search(text, max(0, start - 8), start):
        return None
    return m.end()


def set_score_end(text: str, start: int) -> int | None:
    """The end of a set score ``21-19`` at *start* in a list of scores with a falling pair
    (``21-19, 16-21, 17-21``) or after a score word (``skor 2-1``), or ``None``."""
    m = _PAIR.match(text, start)
    if m is None:
        return None
    if _SCORE_WORDS.search(text, max(0, start - 14), start):
        return m.end()
    lo = max(0, start - 40)
    for lm in _LIST.finditer(text, lo, min(len(text), m.end() + 40)):
        if lm.start() <= start < lm.end():
            pairs = _PAIR.findall(lm.group())
            return m.end() if any(int(x) > int(y) for x, y in pairs) else None
    return None
