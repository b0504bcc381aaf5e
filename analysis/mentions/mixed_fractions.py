"""English mixed numbers written with a hyphen, the Federal Reserve's style for rates
(``4-3/4 to 5 percent``, ``5-1/4 percent``): one number (4.75), a range when ``to`` and a
second rate follow, always with the percent sign or word after.
"""

from __future__ import annotations

import re

_PART = r"(\d{1,2})(?:-([1-9]\d?)/(2|4|8|16|32))?"
# a hyphenated mixed number (or a whole one after "to") and the percent after
_RATE = re.compile(
    r"(\d{1,2})-([1-9]\d?)/(2|4|8|16|32)(?![\d/])"
    r"(?:[ \u00a0]+to[ \u00a0]+" + _PART + r"(?![\d/.,]))?"
    r"[ \u00a0]?(?:%|per[ \u00a0]?cent\b|percent\b)"
)


def _mixed(whole: str, num: str | None, den: str | None) -> float | None:
    """The value of ``whole-num/den`` (None if the fraction is not proper)."""
    if num is None:
        return float(whole)
    n, d = int(num), int(den)
    return float(whole) + n / d if n < d else None


def mixed_rate(text: str, start: int) -> tuple[int, float, float] | None:
    """A rate or a range of rates with a hyphenated mixed number at *start*.

    Parameters
    ----------
    text : str
        The whole text.
    start : int
        Offset of the first digits (a hyphen follows them).

    Returns
    -------
    tuple of (int, float, float) or None
        The end of the mention (past the percent), its value and the range's end (NaN
        for a single rate), or None.

    Examples
    --------
    >>> t = "to 4-3/4 to 5 percent."
    >>> mixed_rate(t, 3)
    (21, 4.75, 5.0)
    """
    m = _RATE.match(text, start)
    if m is None:
        return None
    v1 = _mixed(m.group(1), m.group(2), m.group(3))
    if v1 is None:
        return None
    if m.group(4) is None:
        return m.end(), v1, float("nan")
    v2 = _mixed(m.group(4), m.group(5), m.group(6))
    if v2 is None or v2 <= v1:
        return None
    return m.end(), v1, v2
