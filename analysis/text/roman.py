"""Roman numerals: the one grammar shared by tokenization and the numeric-mention extractor.

A Roman numeral is an upper-case word in the standard subtractive notation from ``I`` (1)
to ``MMMCMXCIX`` (3999): thousands ``M{0,3}``, hundreds ``CM|CD|D?C{0,3}``, tens
``XC|XL|L?X{0,3}`` and units ``IX|IV|V?I{0,3}``.  Cyrillic texts often type the
look-alike letters ``Х`` (Cyrillic ha), ``І`` (Kazakh/Ukrainian i) and ``Ӏ`` (palochka)
for ``X`` and ``I``; they count as their Latin twins (``ХХ ғасыр`` is the 20th century).

:func:`roman_value` is the grammar (value or ``None``); :func:`is_roman_numeral` adds the
policy for words in running text: a word is taken as a numeral only if it has at least
*min_len* letters, is written with ``I``, ``V``, ``X``, ``L`` and ``C`` only (numerals up
to 399: centuries, congresses, regnal numbers, quarters; words with ``D`` or ``M`` --
``MIX``, ``DC``, ``MM`` -- are words or abbreviations far more often) and contains ``I``,
``V`` or ``X`` (``C``, ``CC``, ``L`` alone are initials or sizes).

This module imports nothing from the rest of the package.
"""

from __future__ import annotations

import re

__all__ = ["CYRILLIC_TO_LATIN", "is_roman_numeral", "roman_value"]

#: Translation table of the Cyrillic look-alike letters to Latin Roman-numeral letters.
CYRILLIC_TO_LATIN: dict[int, str] = str.maketrans({"Х": "X", "І": "I", "Ӏ": "I"})

_GRAMMAR = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_LETTER_VALUE = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman_value(token: str) -> int | None:
    """Return the value of an upper-case Roman numeral, or ``None`` if *token* is not one.

    Parameters
    ----------
    token : str
        One word, without surrounding punctuation.  Cyrillic ``Х``, ``І`` and ``Ӏ`` are
        read as ``X`` and ``I``; lower-case letters are not numerals (upper-case the token
        first where lower-case numerals are expected, e.g. footnote markers ``[iv]``).

    Returns
    -------
    int or None
        The value (1 to 3999) of a well-formed numeral in subtractive notation, else
        ``None`` (empty string, other letters, ``IIII``, ``VX``, ``XXL``).

    Examples
    --------
    >>> [roman_value(t) for t in ["XIV", "ХХ", "XC", "MCMXC", "Ӏ", "IIII", "Xi", ""]]
    [14, 20, 90, 1990, 1, None, None, None]
    """
    if not token or len(token) > 15:
        return None
    latin = token.translate(CYRILLIC_TO_LATIN)
    if not _GRAMMAR.fullmatch(latin):
        return None
    total = 0
    prev = 0
    for ch in reversed(latin):
        v = _LETTER_VALUE[ch]
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    return total


def is_roman_numeral(token: str, *, min_len: int = 2) -> bool:
    """Is *token* a Roman numeral as written in running text?

    Parameters
    ----------
    token : str
        One word.
    min_len : int, default 2
        Fewest letters.  The default 2 leaves out single letters (the pronoun *I*,
        initials such as *V.* or *C.*); the mention extractor passes 1 and decides single
        letters from their context.

    Returns
    -------
    bool
        True if :func:`roman_value` accepts *token*, it has at least *min_len* letters,
        none of them ``D`` or ``M``, and it contains ``I``, ``V`` or ``X`` (or a Cyrillic
        look-alike of ``I``/``X``).

    Examples
    --------
    >>> [is_roman_numeral(t) for t in ["XIV", "ХХ", "XC", "II", "I", "MIX", "Xi", "CD", "MM"]]
    [True, True, True, True, False, False, False, False, False]
    >>> is_roman_numeral("V", min_len=1), is_roman_numeral("XXL"), is_roman_numeral("CXL")
    (True, False, True)
    """
    if len(token) < min_len or roman_value(token) is None:
        return False
    latin = token.translate(CYRILLIC_TO_LATIN)
    return "D" not in latin and "M" not in latin and any(ch in "IVX" for ch in latin)
