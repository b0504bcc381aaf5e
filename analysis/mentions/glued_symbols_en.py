"""English product symbols glued to the digits whose letters also mean something else when
spaced: watts (``350W motor``, ``25W fast charging``; a spaced ``40 W`` may be a longitude,
``5W-30`` an engine oil's grade, ``c. 245W`` a column of Hansard's written answers),
megapixels (``48MP main camera``; a spaced ``650 MP`` may be Members of Parliament) and
seconds of a race time (``12.12sec``; a spaced ``sec`` may be a secant or a section).

:func:`.technical_units.symbol_unit_after` asks here (English and unknown language) when
a ``W``, an ``M`` or an ``s`` follows the number.
"""

from __future__ import annotations

import re

__all__ = ["GLUED_FIRST", "glued_symbol_after"]

#: the first letters of the symbols read here (the cheap anchor of the hook)
GLUED_FIRST = frozenset("WMs")

# "350W", "1,200W": not a word going on ("4WD"), an oil grade ("5W-30", "10W40"), a
# compound ("W/kg") or an apostrophe
_WATT = re.compile(r"W(?![\w'’/]|[-‐–]\d)")
_MEGAPIXEL = re.compile(r"MP(?![\w'’/])")
_SECONDS = re.compile(r"sec(?![\w'’/.])")  # "12.12sec," ("sec." is a row of the lexicon)
# a latitude before the number ("40N 74W", "51.5N, 0.1W") or a Hansard column of written
# answers ("Vol. 742, c. 245W", "cc. 12–14W", "col. 88W")
_NOT_WATT_BEFORE = re.compile(
    r"\d[°º]?[ \u00a0]?[NS][ \u00a0,;]+[\d.,]+$|(?<![^\W\d_])(?:cc?|cols?)\.[ \u00a0]?[\d–-]+$",
    re.IGNORECASE,
)


def glued_symbol_after(text: str, pos: int) -> tuple[int, str, str] | None:
    """The watt, megapixel or seconds symbol glued at *pos* to the number before it: (end, unit
    code, kind) or ``None``."""
    if pos == 0 or not text[pos - 1].isdigit():
        return None
    c = text[pos : pos + 1]
    if c == "W":
        m = _WATT.match(text, pos)
        if m and not _NOT_WATT_BEFORE.search(text, max(0, pos - 24), pos):
            return m.end(), "W", "quantity"
        return None
    if c == "M":
        m = _MEGAPIXEL.match(text, pos)
        return (m.end(), "MP", "quantity") if m else None
    if c == "s":
        m = _SECONDS.match(text, pos)
        return (m.end(), "second", "quantity") if m else None
    return None
