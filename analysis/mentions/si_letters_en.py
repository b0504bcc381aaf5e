"""English one-letter SI symbols spaced after a number whose reading depends on their
neighbours: tonnes (``a weight of 199 t``), watts (``240 W``) and amperes (``48 V at 5 A``).

Each is a unit only where nothing reads the letter as something else: no word, digit,
hyphen or apostrophe is glued to it, no capital follows it (``5 A Street``, ``W. Smith``),
a ``W`` is no west longitude after a north or south latitude (``45 N, 122 W``) and an ``A``
no grade or house letter (``Grade 5 A``, ``Flat 12 A``, ``3 A levels``).  A ``t`` is no
variable before an operator (``2 t + 1``).  :func:`.technical_units.symbol_unit_after`
asks here for a spaced ``t``, ``W`` or ``A``.
"""

from __future__ import annotations

import re

__all__ = ["SI_LETTERS", "si_letter_after"]

#: the letters read here (the cheap anchor of the hook)
SI_LETTERS = frozenset("tWA")

_UNIT = {"t": "t", "W": "W", "A": "A"}

# what may follow the letter: the end, closing punctuation, a full stop that ends the
# text or precedes a lower-case word, an opening bracket or a lower-case word
_AFTER = re.compile(
    r"[ \u00a0]?[tWA](?=$|[ \u00a0]*[,;:)\]]|\.(?:$|\s*$|[ \u00a0]+[a-z(])|[ \u00a0]+(?:\(|[a-z]))"
)
# a capital may follow the full stop of a tonne ("a weight of 199 t. Whaling")
_TONNE_STOP = re.compile(r"[ \u00a0]?t\.(?=\s+[A-Z])")
# words after the letter that make it a grade or a mark, not an ampere or a watt
_GRADE_WORD = re.compile(
    r"[ \u00a0]+(?:levels?|grades?|stars?|side|team|class|list|rated|lists?)\b"
)
# nouns before the number that make the letter a class, grade, house or seat letter
_LETTER_NOUN = re.compile(
    r"(?:grade|class|form|year|platform|gate|flat|apartment|apt\.?|unit|room|suite|building"
    r"|block|house|no\.|number|section|part|article|question|item|seat|row|bay|stand|pier"
    r"|berth|level|floor|route|highway|street|st\.|avenue|ave\.)[ \u00a0]+\d+(?:[.,]\d+)?$",
    re.IGNORECASE,
)
# a north or south latitude before a west longitude ("45 N, 122 W", "45° N 122 W")
_LATITUDE = re.compile(r"\d[°º]?[ \u00a0]?[NS][,;]?[ \u00a0]+\d+(?:[.,]\d+)?$")


def si_letter_after(text: str, pos: int) -> tuple[int, str, str] | None:
    """The tonne, watt or ampere symbol spaced after the number ending at *pos*.

    Parameters
    ----------
    text : str
        The whole text.
    pos : int
        The end of the number (a space follows it).

    Returns
    -------
    tuple of (int, str, str) or None
        (end of the symbol, unit code, ``"quantity"``) or ``None`` when the letter is read
        otherwise or is no symbol.
    """
    c = text[pos + 1 : pos + 2]
    if c not in SI_LETTERS or not text[pos - 1 : pos].isdigit():
        return None
    m = _AFTER.match(text, pos) or (_TONNE_STOP.match(text, pos) if c == "t" else None)
    if m is None:
        return None
    end = pos + 2
    if c == "t":
        if re.match(r"[ \u00a0]*[+\-−=×*/^]", text[end : end + 3]):
            return None
    else:
        if _GRADE_WORD.match(text, end):
            return None
        before = text[max(0, pos - 40) : pos]
        if _LETTER_NOUN.search(before):
            return None
        if c == "W" and _LATITUDE.search(before):
            return None
    return end, _UNIT[c], "quantity"
