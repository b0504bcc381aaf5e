"""A four-digit number after ``до`` / ``около`` that counts a noun in the genitive plural,
not a year: ``при нагрузке до 1500 запросов в секунду``, ``до 1800 человек``, ``около 1200
домов``.

After these prepositions a bare four-digit number is read as a year (``до 1917``); a
counted noun in the genitive plural right after it (``-ов``, ``-ев``, ``-ей``, or
``человек``) makes it a count.  A year word after the number is read before this rule
(``до 1917 года``).
"""

from __future__ import annotations

import re

__all__ = ["ru_counted_after_preposition"]

_PREPS = frozenset(("до", "около", "свыше", "более", "менее"))
_GEN_PLURAL_AFTER = re.compile(r"[ \u00a0]+(?:[а-яё]+(?:ов|ев|ёв|ей)|человек)(?![^\W\d_])")


def ru_counted_after_preposition(text: str, end: int, prevw: str) -> bool:
    """Whether the four-digit number ending at *end*, after *prevw*, counts the noun after it.

    Parameters
    ----------
    text : str
        The passage.
    end : int
        The end of the number.
    prevw : str
        The word before the number, lower case.

    Returns
    -------
    bool
        True for a count.

    Examples
    --------
    >>> ru_counted_after_preposition("до 1500 запросов в секунду", 7, "до")
    True
    >>> ru_counted_after_preposition("до 1917 года", 7, "до")
    False
    """
    return prevw in _PREPS and _GEN_PLURAL_AFTER.match(text, end) is not None
