"""Russian integers before the singular of a rank noun: ``(2 место)``, ``Вышел 7 сезон``,
``на 3 уровне``, ``1 этаж``.

A cardinal takes the plural of its noun (``5 мест``, ``7 сезонов``, ``на 3 уровнях``) or,
after 2, 3 and 4, the genitive singular (``2 места``, ``3 уровня``); the singular
nominative or prepositional after digits therefore says "the second place", "the seventh
season", an ``ordinal``.  Only 1, 21, 31… take the nominative singular as cardinals
(``1 место`` may be one seat), so they stay counts, except before ``этаж`` where ``1 этаж``
is the ground floor.  The genitive singular after a number that does not take it as a
cardinal (``до 10 уровня``, ``с 15 места``) is an ordinal too.

Cheap: the first letter after the number is checked before any regex.
"""

from __future__ import annotations

import re

from .record import _Verdict

__all__ = ["ru_rank_noun"]

# the rank noun right after the number, then no more letters; groups: the case ending
_RANK_AFTER = re.compile(
    r"[ \u00a0](?:мест(?P<m>о|е|а)|сезон(?P<s>|е|а)|уров(?P<u>ень|не|ня)|этаж(?P<e>|е|а))"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
_FIRST = frozenset("мМсСуУэЭ")


def _cardinal_genitive_singular(n: int) -> bool:
    """Does the cardinal *n* take the genitive singular of its noun (2, 3, 4, 22, 103…)?"""
    return n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14)


def _cardinal_nominative_singular(n: int) -> bool:
    """Does the cardinal *n* take the nominative singular of its noun (1, 21, 101…)?"""
    return n % 10 == 1 and n % 100 != 11


def ru_rank_noun(text: str, start: int, end: int, unit: str | None) -> _Verdict | None:
    """``ordinal`` for an integer before the singular of a rank noun (module docstring).

    Parameters
    ----------
    text : str
        The passage.
    start, end : int
        The span of the number (digits only).
    unit : str or None
        The unit read after it; a rank has none.

    Returns
    -------
    _Verdict or None
        The ordinal verdict, or None.

    Examples
    --------
    >>> ru_rank_noun("Вышел 7 сезон!", 6, 7, None).kind
    'ordinal'
    >>> ru_rank_noun("осталось 2 места", 9, 10, None) is None
    True
    """
    if unit or text[end + 1 : end + 2] not in _FIRST or not text[start:end].isdigit():
        return None
    m = _RANK_AFTER.match(text, end)
    if not m:
        return None
    n = int(text[start:end])
    ending = next(g for g in m.groups() if g is not None).lower()
    if ending in ("а", "ня"):  # genitive singular
        return None if _cardinal_genitive_singular(n) else _Verdict("ordinal", end)
    if ending in ("е", "не"):  # prepositional singular
        return _Verdict("ordinal", end)
    if _cardinal_nominative_singular(n) and m.group("e") is None:
        return None  # "1 место": one seat
    return _Verdict("ordinal", end)
