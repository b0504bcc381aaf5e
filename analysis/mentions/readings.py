"""Readings written as bare numbers in English registers and diaries.

* A military clock time: four digits ``HHMM`` and ``hrs`` / ``hrs.`` / ``hours``
  (``0725 hrs.``) is ``other`` in unit ``hour`` with the value on the 24-hour clock
  (7.4167), the abbreviation inside, when the digits start with ``0`` or follow a time
  preposition (``at 1430 hours``) or open a sentence; else ``1500 hours`` is a duration.
* Wind force on the Beaufort scale: a whole number 0-12 right after ``force`` / ``Force``
  (``force 6``, ``a Force 10 storm``) is ``other`` in unit ``Beaufort``, the word outside;
  not after a capitalised word (``Task Force 8``, ``Air Force 1``) nor before a unit.
* An accountant's negative amount: digits in brackets right after a currency sign
  (``$(2,935) million`` -> -2.935e9 USD) is one ``money`` with the sign and the brackets
  inside.
"""

from __future__ import annotations

import re

from .atoms import _Atom

_HRS = re.compile(r"[ \u00a0]?(?:hrs?\.?|hours)(?![^\W\d_])")
_TIME_PREP = re.compile(
    r"(?:(?<![^\W\d_])(?:[Aa]t|[Bb]y|[Ff]rom|until|till|to|before|after|about)[ \u00a0]"
    r"|(?:^|\n|[.;:][ \u00a0])[ \u00a0]*)$"
)
_FORCE = re.compile(r"(?:(?P<w>[^\W\d_]+)[ \u00a0]+)?(?<![^\W\d_])[Ff]orce[ \u00a0]$")
_FORCE_OK_BEFORE = frozenset(("A", "An", "The", "At", "In", "Of", "Wind"))
_UNIT_AFTER = re.compile(r"[ \u00a0]?(?:N|kN|newtons?|lbf|kgf|dyn)(?![^\W\d_])")


def military_clock(text: str, a: _Atom) -> tuple[int, float] | None:
    """``0725 hrs.`` at atom *a*: (end of the abbreviation, hours), or None.

    Parameters
    ----------
    text : str
        The text.
    a : _Atom
        A digit atom of four digits.

    Returns
    -------
    tuple of (int, float) or None
        The end of the span and the hours on the 24-hour clock.
    """
    raw = text[a.start : a.end]
    if len(raw) != 4 or not raw.isdigit():
        return None
    h, m = int(raw[:2]), int(raw[2:])
    if h > 23 or m > 59:
        return None
    hm = _HRS.match(text, a.end)
    if hm is None:
        return None
    if raw[0] != "0" and not _TIME_PREP.search(text, max(0, a.start - 8), a.start):
        return None
    return hm.end(), h + m / 60


def beaufort(text: str, a: _Atom) -> bool:
    """Whether atom *a* is a wind force after ``force`` (``force 6``, ``Force 10``).

    Parameters
    ----------
    text : str
        The text.
    a : _Atom
        A digit atom.

    Returns
    -------
    bool
        True for a whole number 0-12 right after ``force`` and not before a unit of force.
    """
    if not (a.is_int and a.ndig in (1, 2) and a.value <= 12 and not a.flags):
        return False
    m = _FORCE.search(text, max(0, a.start - 24), a.start)
    if m is None or _UNIT_AFTER.match(text, a.end):
        return False
    w = m.group("w")
    return not (w and w[0].isupper() and w not in _FORCE_OK_BEFORE)


def bracketed_amount(text: str, atoms: list[_Atom], i: int) -> tuple[int, float, float] | None:
    """An accountant's negative amount ``$(2,935) million`` at digit atom *i*: (end,
    signed value, scale), or None.

    The currency sign and the brackets are inside the span, the value is negative and a
    scale word after the closing bracket is taken in (scale NaN without one).

    Parameters
    ----------
    text : str
        The text.
    atoms : list of _Atom
        The atoms; *i* and the one after it are read.
    i : int
        The index of the digits.

    Returns
    -------
    tuple of (int, float, float) or None
        The end of the span, the value and the scale.
    """
    a = atoms[i]
    if text[a.end : a.end + 1] != ")" or a.flags:
        return None
    end, scale = a.end + 1, float("nan")
    if i + 1 < len(atoms):
        b = atoms[i + 1]
        if b.typ == "word" and b.wtype == "s" and text[end : b.start] in (" ", "\u00a0"):
            end, scale = b.end, b.value
    return end, -a.value * (1.0 if scale != scale else scale), scale
