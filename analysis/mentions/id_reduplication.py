"""Indonesian numerals said twice with a hyphen: a manner (``dua-dua``, two by two) or a
vague amount (``berpuluh-puluh``, by the dozens), never an amount."""

from __future__ import annotations

__all__ = ["id_reduplicated"]


def id_reduplicated(text: str, s: int, e: int) -> bool:
    """Is the numeral word ``text[s:e]`` one half of a reduplication?

    Examples
    --------
    >>> t = "Mereka masuk dua-dua ke ruangan."
    >>> id_reduplicated(t, t.index("dua"), t.index("dua") + 3)
    True
    >>> id_reduplicated("dua orang", 0, 3)
    False
    """
    w = text[s:e].lower()
    if text[s - 1 : s] == "-" and text[max(0, s - 1 - len(w)) : s - 1].lower() == w:
        return True
    after = text[e + 1 : e + 2 + len(w)].lower()
    return text[e : e + 1] == "-" and after[: len(w)] == w and not after[len(w) :].isalpha()
