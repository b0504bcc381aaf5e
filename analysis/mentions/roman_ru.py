"""A lone Roman ``I`` (or ``V``, ``X``) in Russian prose, where it cannot be the English
pronoun: a regnal number closing a sentence (``Реформы Петра I. В 1700 г.``) and an
ordinal before a Russian word (``в I Государственную думу``, ``в I квартале``,
``I мировой войны``) are ``ordinal``.

Initials stay out (``I. V. Smith``: a second capital with a full stop follows), and so does
a letter before a Latin word (an English quotation: ``I love``).
"""

from __future__ import annotations

import re

__all__ = ["ru_lone_roman_ordinal"]

# a capitalised Cyrillic name just before: "Петра I", "Николая I"
_NAME_BEFORE = re.compile(r"(?<![^\W\d_])[А-ЯЁ][а-яё]+[ \u00a0]$")
# the full stop of a sentence after it, not a second initial ("I. V.")
_SENT_AFTER = re.compile(r"\.(?:[ \u00a0]+(?![А-ЯЁA-Z]\.)|$)")
# a Russian word after it ("I Государственную", "I квартале"), not an initial's dot
_CYR_WORD_AFTER = re.compile(r"[ \u00a0][а-яёА-ЯЁ]{2,}")


def ru_lone_roman_ordinal(text: str, start: int, end: int) -> bool:
    """Is the one-letter Roman numeral at *start*..*end* of a Russian text an ordinal read
    from its neighbours (a name before it and a sentence end after, or a Russian word
    after ``I``)?

    Examples
    --------
    >>> t = "Реформы Петра I. В 1700 г."
    >>> ru_lone_roman_ordinal(t, 14, 15)
    True
    >>> ru_lone_roman_ordinal("выборы в I Государственную думу", 9, 10)
    True
    >>> ru_lone_roman_ordinal("Он сказал: I love you", 11, 12)
    False
    """
    if _CYR_WORD_AFTER.match(text, end) and text[start:end] == "I":
        return True
    return bool(
        _SENT_AFTER.match(text, end) and _NAME_BEFORE.search(text, max(0, start - 30), start)
    )
