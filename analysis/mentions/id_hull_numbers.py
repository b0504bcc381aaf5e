"""Indonesian warships' hull (pennant) numbers: the digits after the ship's name and a
hyphen (``KRI Nanggala-402``, ``KRI Bung Tomo-357``) name the ship, an ``identifier``
with the digits only, not a number inside a name (``other``)."""

from __future__ import annotations

import re

__all__ = ["glued_name_kind", "hull_number"]

# "KRI" and up to four capitalised words of the name, a hyphen right before the digits
_KRI_BEFORE = re.compile(r"\bKRI(?:[ \u00a0][A-Z][\w']*){1,4}-$")


def hull_number(text: str, start: int) -> bool:
    """Whether the digits at *start* are the hull number of a ``KRI`` ship.

    Parameters
    ----------
    text : str
        The whole text.
    start : int
        Where the digits start (after the hyphen).

    Returns
    -------
    bool

    Examples
    --------
    >>> hull_number("KRI Nanggala-402 tenggelam", 13)
    True
    >>> hull_number("Kapal Nanggala-402", 15)
    False
    """
    lo = max(0, start - 48)
    return "KRI" in text[lo:start] and bool(_KRI_BEFORE.search(text, lo, start))


def glued_name_kind(text: str, start: int, pc: str, lang: str | None) -> str:
    """The kind of digits glued to a name by *pc* at *start*: ``identifier`` for the hull
    number of an Indonesian warship, else ``other`` (``Covid-19``).

    Parameters
    ----------
    text : str
        The whole text.
    start : int
        Where the digits start.
    pc : str
        The character before them.
    lang : str or None
        The language of the text.

    Returns
    -------
    str

    Examples
    --------
    >>> glued_name_kind("KRI Nanggala-402", 13, "-", "id")
    'identifier'
    >>> glued_name_kind("Covid-19", 6, "-", "id")
    'other'
    """
    return "identifier" if lang == "id" and pc == "-" and hull_number(text, start) else "other"
