"""Indonesian naming contexts of the classifier: items of a statute clause (``Pasal 363
ayat (1) ke-4 dan ke-5``), Roman class and level numbers (``Level III``, ``patotipe III``)
and the textbook's competences (``Kompetensi Dasar 3.4``), all identifiers."""

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
