"""Russian integers named by the word around them: the round of a league, a school class
with its letter, a series of bonds or documents.

* ``После 21 тура``, ``в 5 туре``, ``по итогам 3 этапа``: a number before the singular
  genitive or prepositional of a round noun (``тур``, ``раунд``, ``этап``) is an
  ``ordinal``.  A cardinal takes the plural there (``после 5 туров``, ``в 5 турах``), so the
  singular says "the 21st round"; only 2, 3 and 4 (not 12–14) take the genitive singular
  as cardinals (``в 2 тура``, ``3 раунда``), and those stay counts.
* ``в 11 «А» классе``, ``9 «Б»``: a school class with its letter in quotes is an
  ``identifier`` (the digits only).
* ``ОФЗ серии 26244``, ``облигации серии 001Р``: the number after ``серии`` / ``серия``
  names a series, an ``identifier`` (``серия из пяти поражений`` has no digits after it).

Cheap: each check first reads one or two characters next to the number.
"""

from __future__ import annotations

import re

from .record import _Verdict

__all__ = ["ru_round_or_class"]

# the singular genitive / prepositional of a round noun, then no more letters
_ROUND_AFTER = re.compile(r"[ \u00a0](?:тур|раунд|этап)[ае](?![^\W\d_])")
# a class letter in quotes: "11 «А»", "9 «б»", '5 "В"'
_CLASS_LETTER = re.compile(r"[ \u00a0]?[«\"„][А-ЯЁа-яё][»\"“](?![^\W\d_])")
_SERIES_PREV = frozenset(("серии", "серия", "серию", "серией"))


def _cardinal_genitive_singular(n: int) -> bool:
    """Does the cardinal *n* take the genitive singular of its noun (2, 3, 4, 22, 103…)?"""
    return n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14)


def ru_round_or_class(
    text: str, start: int, end: int, unit: str | None, prevw: str
) -> _Verdict | None:
    """The kind of an integer named by a round noun, a class letter or ``серии``.

    Parameters
    ----------
    text : str
        The passage.
    start, end : int
        The span of the number (digits only).
    unit : str or None
        The unit read after it; a named number has none.
    prevw : str
        The lower-case word before the number.

    Returns
    -------
    _Verdict or None
        ``ordinal`` for a round, ``identifier`` for a class or a series, else None.

    Examples
    --------
    >>> ru_round_or_class("После 21 тура лидирует", 6, 8, None, "после").kind
    'ordinal'
    >>> ru_round_or_class("прошло в 2 тура", 9, 10, None, "в") is None
    True
    """
    if unit or not text[start:end].isdigit():
        return None
    if prevw in _SERIES_PREV:
        return _Verdict("identifier", end)
    nxt = text[end + 1 : end + 2]
    if nxt in ("т", "р", "э") and (m := _ROUND_AFTER.match(text, end)):
        if m.group()[-1] == "а" and _cardinal_genitive_singular(int(text[start:end])):
            return None  # "в 2 тура": two rounds
        return _Verdict("ordinal", end)
    if nxt in ("«", '"', "„") or text[end : end + 1] in ("«", '"'):
        if _CLASS_LETTER.match(text, end) and 0 < int(text[start:end]) <= 11:
            return _Verdict("identifier", end)
    return None
