"""References in small Roman numerals: a volume, chapter or book (``vol. xvi. p. 312``,
``Parl. Papers, 1841, vol. xviii, p. 213``, ``chap. iv``) and the chapter of a verse
reference (``Romans viii. 28``, ``Gen. iii. 15``), each a ``reference``; the verse after
the chapter (the ``28``) is one too.

The numerals are found by one scan of the text, only when the text has a cue for one,
and handed to the pass as ready-made atoms (type ``tudor``, like the Tudor amounts)."""

from __future__ import annotations

import re

from .atoms import _Atom
from .tudor import small_roman

__all__ = ["small_roman_ref_atoms", "verse_after_chapter"]

_CUES = ("vol", "Vol", "chap", "Chap", "ch.", "bk.", "pt.", "sect.", "tom.", "iii. ", "ii. ")
# a volume, chapter, book, part or section named by its abbreviation before the numeral
_NAMED = re.compile(
    r"\b(?:[Vv]ols?|[Cc]hap|[Cc]h|[Bb]k|[Pp]t|[Ss]ect|[Tt]om)\.[ \u00a0](?P<r>[ivxlc]{1,7})(?![\w])"
)
# a book of the Bible (a capitalised word) before the chapter and its verse in digits
_VERSE = re.compile(r"(?<![\w.])(?P<r>[ivxlc]{1,7})\.[ \u00a0]?\d{1,3}(?![\d,.]\d)")
_BOOK_BEFORE = re.compile(r"(?:^|[\s(;,])(?:[1-3][ \u00a0])?[A-Z][a-z]{1,14}\.?[ \u00a0]$")
# a verse in digits after a chapter in small Roman numerals: "Romans viii. 28"
_CHAPTER_BEFORE = re.compile(r"[A-Z][a-z]{1,14}\.?[ \u00a0][ivxlc]{1,7}\.[ \u00a0]?$")


def small_roman_ref_atoms(text: str) -> list[_Atom]:
    """The small Roman volumes and chapters of *text* as ready-made atoms, in text order.

    Parameters
    ----------
    text : str
        The text.

    Returns
    -------
    list of _Atom
        Atoms of type ``tudor`` whose ``wtype`` is ``reference``; empty unless the text
        has a cue (``vol.``, ``chap.``, a numeral before a dot and digits).

    Examples
    --------
    >>> [(a.start, a.value) for a in small_roman_ref_atoms("(vol. xvi. p. 312)")]
    [(6, 16.0)]
    """
    if not any(c in text for c in _CUES) and ". " not in text:
        return []
    found: dict[int, _Atom] = {}
    for m in _NAMED.finditer(text):
        v = small_roman(m.group("r"))
        if v:
            s = m.start("r")
            found[s] = _Atom(s, m.end("r"), "tudor", float(v), "reference", num_start=s)
    for m in _VERSE.finditer(text):
        s = m.start("r")
        v = small_roman(m.group("r"))
        if v and s not in found and _BOOK_BEFORE.search(text, max(0, s - 20), s):
            found[s] = _Atom(s, m.end("r"), "tudor", float(v), "reference", num_start=s)
    return [found[s] for s in sorted(found)]


def verse_after_chapter(text: str, start: int) -> bool:
    """Is the number at *start* the verse after a chapter in small Roman numerals?

    Examples
    --------
    >>> verse_after_chapter("upon Romans viii. 28.", 18)
    True
    >>> verse_after_chapter("upon Romans 8, 28 times", 15)
    False
    """
    return text[start - 2 : start] == ". " and bool(
        _CHAPTER_BEFORE.search(text, max(0, start - 30), start)
    )
