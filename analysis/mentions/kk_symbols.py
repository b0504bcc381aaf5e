"""Kazakh one-letter unit symbols after a number: tonnes ``т``, seconds ``с``, amperes
``А`` and volts ``В`` (``Массасы 1,2 т``, ``10 с ішінде``, ``0,5 А ток``, ``10 В``), and
grams ``г`` before a sentence's full stop (``салмағы 35–40 г.``).

Kazakh has no preposition ``с`` and no word ``т``, so after a figure these lower-case
letters are the symbols when no letter or abbreviation dot follows them (``т.б.`` is "and
so on").  The capitals ``А`` and ``В`` also label classes, buildings and categories
(``5 А сыныбы``, ``12 В үй``), so they are amperes and volts only in an electrical
context: a word of current, voltage or circuits in the same paragraph.
"""

from __future__ import annotations

import re

__all__ = ["kk_letter_unit"]

_FIRST = frozenset("тсТАВг")

# grams with a sentence's full stop ("салмағы 35–40 г."): Kazakh abbreviates the year
# "ж.", so "г." ends the sentence (the dot outside); "г" alone is a rule of unit_words.py
_GRAM_DOT = re.compile(
    r"(?<![12]\d\d\d)[ \u00a0]?г(?=\.(?:[ \u00a0]+(?-i:[А-ЯЁӘІҢҒҮҰҚӨҺ])|[ \u00a0]*(?:\n|$)))"
)

# an abbreviation with dots after the letter ("5 т.б.", "т.с.с."), or a capital Т
_NOT_SYMBOL = re.compile(r"[ \u00a0]?(?:[тс]\.[ \u00a0]?[^\W\d_]\.|Т(?![^\W\d_]))")

_LETTER = re.compile(
    r"[ \u00a0]?(?P<u>[тсАВ])(?![^\W\d_]|\.[ \u00a0]?[^\W\d_]\.|[·/²³-])"
    r"(?=[ \u00a0]+[^\W\d_]|[ \u00a0]*(?:[,;:)]|$)|\.(?:[ \u00a0]+[^\W\d_\s]|$|[ \u00a0]*\n))"
)

_DECIMAL_BEFORE = re.compile(r"[.,]\d+$")

_CODES = {
    "т": ("t", "quantity"),
    "с": ("second", "quantity"),
    "А": ("A", "quantity"),
    "В": ("V", "quantity"),
}

# a label after the capital: "5 А сыныбы", "12 В корпусы"
_LABEL_AFTER = re.compile(
    r"[ \u00a0]+(?:сынып|класс|корпус|блок|топ|литер|пәтер|үй|санат|категория|тоб)",
    re.IGNORECASE,
)

# an electrical context in the paragraph
_ELECTRIC = re.compile(
    r"(?<![^\W\d_])(?:ток|кернеу|кедергі|резистор|батарея|аккумулятор|электр|вольт|ампер"
    r"|тізбе|зарядта|өткізгіш|генератор|трансформатор|розетка|желі|қуат|Ом(?![^\W\d_]))",
    re.IGNORECASE,
)


def kk_letter_unit(text: str, pos: int) -> tuple[int, str, str] | None | bool:
    """The one-letter Kazakh unit symbol at *pos* (after one space): (end, unit code,
    kind); ``False`` where a ``т`` or ``с`` is no unit (an abbreviation with dots, ``5
    т.б.``; a capital ``Т``; a full stop after a whole number, ``– 360 с.`` pages and
    ``3 т.`` volumes in a bibliography); ``None`` where no such symbol stands at *pos*
    (other rules read it).

    Examples
    --------
    >>> kk_letter_unit("Массасы 1,2 т автомобиль", 11)
    (13, 't', 'quantity')
    >>> kk_letter_unit("5 А сыныбы", 1) is None
    True
    """
    c = text[pos + 1 : pos + 2] if text[pos : pos + 1] in " \u00a0" else text[pos : pos + 1]
    if c not in _FIRST:
        return None
    if c == "г":
        g = _GRAM_DOT.match(text, pos)
        return (g.end(), "g", "quantity") if g else None
    m = _LETTER.match(text, pos)
    if m is None:
        return False if _NOT_SYMBOL.match(text, pos) else None
    u = m.group("u")
    if (
        text[m.end() : m.end() + 1] == "."
        and u in "тс"
        and not _DECIMAL_BEFORE.search(text, max(0, pos - 8), pos)
    ):
        return False  # "– 360 с." pages, "3 т." volumes of a book; "12,5 т." ends a sentence
    if u in "АВ":
        if _LABEL_AFTER.match(text, m.end()):
            return None
        lo = max(0, text.rfind("\n", 0, pos) + 1, pos - 300)
        hi = text.find("\n", pos)
        if not _ELECTRIC.search(text, lo, hi if hi >= 0 else min(len(text), pos + 300)):
            return None
    code, kind = _CODES[u]
    return m.end(), code, kind
