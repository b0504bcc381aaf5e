"""Indonesian ``satu`` counting one thing against another number in the same sentence:
``delapan fraksi setuju dan satu fraksi menolak``, ``satu orang meninggal dan 9 lainnya``
(a count 1); never ``salah satu``, ``satu-satunya``, ``satu per satu``, the fixed phrases
of unity (``satu atap``, ``satu suara``, ``satu nusa satu bangsa``) nor "the same X as"
(``satu kelas dengan saya``); the sentence ends at a colon too."""

from __future__ import annotations

import re

_NOUN_AFTER = re.compile(r"[ \u00a0]+(?!per\b|sama\b|dari\b|lagi\b|kali\b|pun\b)[a-z]{3,}\b")
_NUMBER = re.compile(
    r"\d|\b(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|\w+ puluh|\w+ ratus)\b",
    re.IGNORECASE,
)
_BOUND = re.compile(r"[.!?:\n]")
#: Nouns of fixed phrases with "satu" that name unity, not one thing: "tinggal satu atap",
#: "satu suara", "pelayanan satu pintu", "jalan satu arah", "satu nusa satu bangsa".
_IDIOM_NOUNS = frozenset(
    "atap suara hati visi pintu arah kesatuan saat waktu ketika nusa bangsa bahasa padu tujuan".split()
)
# "satu kelas dengan saya", "satu tim dengan": the same class as (no count)
_SAME_AS = re.compile(r"[ \u00a0]+[a-z]+[ \u00a0]+dengan\b")


def id_one_counts(text: str, start: int, end: int) -> bool:
    """Whether the ``satu`` at *start*..*end* counts one thing against another number."""
    if text[start:end].lower() != "satu" or text[end : end + 1] == "-":
        return False
    if re.search(r"(?:salah|satu|per)[ \u00a0]+$", text[max(0, start - 7) : start], re.IGNORECASE):
        return False
    m = _NOUN_AFTER.match(text, end)
    if not m or m.group().strip() in _IDIOM_NOUNS or _SAME_AS.match(text, end):
        return False
    s0 = max((m.end() for m in _BOUND.finditer(text, 0, start)), default=0)
    m = _BOUND.search(text, end)
    s1 = m.start() if m else len(text)
    return bool(_NUMBER.search(text[s0:start]) or _NUMBER.search(text[end:s1]))
