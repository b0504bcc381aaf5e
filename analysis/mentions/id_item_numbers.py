"""Indonesian whole numbers named by the noun before them.

* A level on a scale of a game, a skill or a market (``level 90``, ``World Level 8``,
  ``rata-rata level 80``) is a value on a scale, ``other`` (like ``ke level 7.049,12``);
  not an alert status (``status Level 3``) nor a level before a bracket (``Level 3
  (Siaga)``), which name a class.
* The day of an itinerary at the head of its programme (``Hari 1:``, ``Hari 2:``) is a
  numbered item, an ``identifier`` like ``Langkah 3:``; ``3 hari`` stays a quantity.
* The numbered desk or machine of a shop, a station or an office on a receipt or a sign
  (``Pompa 2``, ``Loket 3``, ``Kasir 1``, ``Meja 12``) is an ``identifier`` when the noun is
  capitalised and the number ends the phrase (not ``pompa 2 unit``).
* A person's registration number of eight digits or more after its name (``NISN
  0098765432``, ``NIP 198703152010011002``) is an ``identifier`` (not ``NIK 16 digit``);
  the one-digit number after ``semester`` is an ``ordinal`` (``Semester 1``, like
  ``semester I``).
"""

from __future__ import annotations

import re

__all__ = ["id_item_kind"]

#: registration numbers of a person: student, citizen, civil servant, taxpayer
_PERSON_NUMBER_PREV = frozenset("nisn nis nik nip nipd npwp nrp nim".split())
_DESK_NOUNS = frozenset("pompa nozzle loket kasir meja konter counter gerbang jalur".split())
_PHRASE_END = re.compile(r"[ \u00a0]*(?:[.,;:)]|$)")
_STATUS_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:status|siaga|waspada|awas)[ \u00a0]+level[ \u00a0]+$", re.IGNORECASE
)


def id_item_kind(text: str, start: int, end: int, prevw: str) -> str:
    """The kind the noun *prevw* before the integer at *start*..*end* gives it ("" if
    none).

    Parameters
    ----------
    text : str
        The text.
    start, end : int
        The span of the integer.
    prevw : str
        The lower-case word before it (one space between).

    Returns
    -------
    str
        ``"other"``, ``"identifier"`` or ``""``.

    Examples
    --------
    >>> id_item_kind("Boss level 90 punya HP", 11, 13, "level")
    'other'
    >>> id_item_kind("Hari 1: tiba di YIA", 5, 6, "hari")
    'identifier'
    >>> id_item_kind("liburan 3 hari", 8, 9, "liburan")
    ''
    """
    if prevw == "level":
        if text[end : end + 2] == " (" or _STATUS_BEFORE.search(text, max(0, start - 24), start):
            return ""
        return "other"
    if prevw in _PERSON_NUMBER_PREV and end - start >= 8:
        return "identifier"  # "NISN 0098765432" (not "NIK 16 digit")
    if prevw == "semester" and end - start == 1:
        return "ordinal"  # "Semester 1", like "semester I"
    if prevw == "hari":
        return "identifier" if text[end : end + 1] == ":" and text[start - 5] == "H" else ""
    if (
        prevw in _DESK_NOUNS
        and text[start - 1 - len(prevw)].isupper()
        and _PHRASE_END.match(text, end)
    ):
        return "identifier"
    return ""
