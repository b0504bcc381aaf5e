"""A Russian noun in the genitive plural right after a number: the number counts it.

After an identifier and a comma (``глава 23, 4 800 слов``, ``цемент М500, 10 мешков``) such
a number opens a new clause that counts something; it does not continue a list of
identifiers (``статьи 5, 6 и 7``, ``пункты 3, 4 утратили силу``).  The ending ``-ов`` /
``-ев`` / ``-ёв`` / ``-ей`` of a word of at least four letters is the mark: no verb form and
few other words end so, while zero-ending plurals (``книг``) are left alone.

Cheap: the character after the space is checked before the regex.
"""

from __future__ import annotations

import re

__all__ = ["ru_counted_after"]

_GEN_PL = re.compile(r"[ \u00a0][а-яё]{2,}(?:ов|ев|ёв|ей)(?![^\W\d_])")


def ru_counted_after(text: str, end: int) -> bool:
    """Is the number ending at *end* followed by a lower-case genitive plural noun?

    Parameters
    ----------
    text : str
        The passage.
    end : int
        The end of the number.

    Returns
    -------
    bool
        True for ``4 800 слов``, ``10 мешков``, ``5 дней``.

    Examples
    --------
    >>> ru_counted_after("глава 23, 4 800 слов.", 15)
    True
    >>> ru_counted_after("статьи 5, 6 и 7", 10)
    False
    """
    c = text[end + 1 : end + 2]
    return ("а" <= c <= "я" or c == "ё") and bool(_GEN_PL.match(text, end))
