"""Indonesian ``satu`` counting one thing against another number in the same sentence:
``delapan fraksi setuju dan satu fraksi menolak``, ``satu orang meninggal dan 9 lainnya``
(a count 1); never ``salah satu``, ``satu-satunya``, ``satu per satu``."""

from __future__ import annotations

import re

_NOUN_AFTER = re.compile(r"[ \u00a0]+(?!per\b|sama\b|dari\b|lagi\b|kali\b|pun\b)[a-z]{3,}\b")
_NUMBER = re.compile(
    r"\d|\b(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|\w+ puluh|\w+ ratus)\b",
    re.IGNORECASE,
)
_BOUND = re.compile(r"[.!?\n]")


def id_one_counts(text: str, start: int, end: int) -> bool:
    """Whether the ``satu`` at *start*..*end* counts one thing against another number."""
    if text[start:end].lower() != "satu" or text[end : end + 1] == "-":
        return False
    if re.search(r"(?:salah|satu|per)[ \u00a0]+$", text[max(0, start - 7) : start], re.IGNORECASE):
        return False
    if not _NOUN_AFTER.match(text, end):
        return False
    s0 = max((m.end() for m in _BOUND.finditer(text, 0, start)), default=0)
    m = _BOUND.search(text, end)
    s1 = m.start() if m else len(text)
    return bool(_NUMBER.search(text[s0:start]) or _NUMBER.search(text[end:s1]))
