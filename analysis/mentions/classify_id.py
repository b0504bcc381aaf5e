"""Indonesian naming contexts of the classifier: items of a statute clause (``Pasal 363
ayat (1) ke-4 dan ke-5``), Roman class and level numbers (``Level III``, ``patotipe III``)
and the textbook's competences (``Kompetensi Dasar 3.4``), all identifiers; names
containing a number (``Liga 1``, ``Inpari 32``, ``KMP Bahtera Nusantara 01``, ``Panitia
Sembilan``), ``other``."""

from __future__ import annotations

import re

#: Words before a Roman numeral that name a class, level or type (an identifier, not a
#: rank): "status Level III (Siaga)", "patotipe III", "tipe II".
ROMAN_CLASS_PREV = frozenset("level patotipe tipe kategori".split())

# "ke-N" numbering the items of an article or clause ("Pasal 363 ayat (1) ke-4 dan ke-5",
# "Pasal 55 ke-1 KUHP"): the article or clause, then maybe earlier items of a list
_KE_CLAUSE_BEFORE = re.compile(
    r"(?:\bayat[ \u00a0]\(\d+\)|\bPasal[ \u00a0]\d+[a-z]?)[ \u00a0]"
    r"(?:ke-\d+(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+(?:dan|atau|jo\.?)[ \u00a0]+))*$"
)


_COMPETENCE_BEFORE = re.compile(r"\bkompetensi[ \u00a0]+(?:dasar|inti)[ \u00a0]+$", re.IGNORECASE)


def clause_item(text: str, start: int) -> bool:
    """Whether the ``ke-N`` starting at *start* numbers an item of a statute's article or
    clause (``ayat (1) ke-4``): an identifier, not an ordinal."""
    return bool(_KE_CLAUSE_BEFORE.search(text, max(0, start - 48), start))


def competence(text: str, start: int, prevw: str) -> bool:
    """``Kompetensi Dasar 3.4``, ``Kompetensi Inti 3``: a numbered competence of a
    curriculum (*prevw* is the word before the number at *start*)."""
    return prevw in ("dasar", "inti") and bool(
        _COMPETENCE_BEFORE.search(text, max(0, start - 24), start)
    )


#: Capitalised words whose number is part of a name: competitions ("Liga 1") and rice
#: varieties ("Inpari 32", "Inpago 8").
NAME_PREV = frozenset("liga inpari inpara inpago".split())
# bodies named by a number word: "Panitia Sembilan", "Komite Tiga Negara"
_BODY_NOUNS = frozenset("panitia komite dewan gerakan badan kabinet".split())
# a ship's name after its type: "KMP Bahtera Nusantara 01", "KRI Nanggala 402"
_SHIP_BEFORE = re.compile(r"\b(?:KMP|KRI|KM\.|MV|MT)[ \u00a0](?:[A-Z][a-z]+[ \u00a0]){1,3}$")
_SHIP_TYPES = ("KMP", "KRI", "KM.", "MV ", "MT ")


def name_number(text: str, typ: str, start: int, prevw: str) -> bool:
    """Whether the number at *start* (atom type *typ*, *prevw* the word before it) is
    part of a name: after a capitalised name word (``Liga 1``), a capitalised number
    word after a capitalised body (``Panitia Sembilan``), a ship's number."""
    if start < 3 or text[start - 1] not in " \u00a0":
        return False
    cap = start > len(prevw) and text[start - 1 - len(prevw)].isupper()
    if prevw in NAME_PREV and cap:
        return True
    if typ == "word":
        return prevw in _BODY_NOUNS and cap and text[start].isupper()
    w = text[max(0, start - 40) : start]
    return typ == "num" and any(t in w for t in _SHIP_TYPES) and bool(_SHIP_BEFORE.search(w))
