"""Russian military formations by their abbreviation after the number (``112 сд``, ``416 сп``,
``6 гв. тд``, ``3 ск``): the number names the division, regiment or corps, an ``ordinal``
("the 112th rifle division"), as in the dispatches and orders of the Second World War.

Cheap: the character after the number's space must be a lower-case Cyrillic letter of the
abbreviations' first letters before any regex runs.
"""

from __future__ import annotations

import re

from .record import _Verdict

__all__ = ["ru_formation_number"]

# the abbreviations of formations and units (rifle, tank, cavalry, motorised, guards,
# airborne, artillery, aviation ...): сд сп ск тд тк тбр тп кд кп мк мсд мсп мсбр сбр
# вдд вдбр ад ап иптап гап иад иап бад бап шад шап осб омсбр; "гв." (guards) may come first
_FORMATION = re.compile(
    r"[ \u00a0](?:гв\.[ \u00a0]?)?(?-i:(?:с[дпк]|т[дкп]|тбр|к[дп]|мк|мс[дп]|мсбр|омсбр|сбр|вд[дп]"
    r"|вдбр|ад|ап|иптап|гап|иад|иап|бад|бап|шад|шап|осб|обс|опаб))"
    r"(?![^\W\d_])(?!\.(?![ \u00a0]*(?:[А-ЯЁ]|$)))"
)
_FIRST = frozenset("сткмовдаигбш")


def ru_formation_number(text: str, start: int, end: int, unit: str | None) -> _Verdict | None:
    """An ``ordinal`` for a whole number before a formation's abbreviation, else None.

    Parameters
    ----------
    text : str
        The passage.
    start, end : int
        The span of the number (digits only).
    unit : str or None
        The unit read after it; a formation's number has none.

    Returns
    -------
    _Verdict or None

    Examples
    --------
    >>> ru_formation_number("штаб 112 сд, 14.8.41", 5, 8, None).kind
    'ordinal'
    >>> ru_formation_number("части 6 гв. тд отошли", 6, 7, None).kind
    'ordinal'
    >>> ru_formation_number("взяли 20 сп. ножей", 6, 8, None) is None
    True
    >>> ru_formation_number("в 3 ап. 1941", 2, 3, None) is None
    True
    """
    if unit or text[end : end + 1] not in (" ", "\u00a0"):
        return None
    if text[end + 1 : end + 2] not in _FIRST or not text[start:end].isdigit():
        return None
    if _FORMATION.match(text, end) is None:
        return None
    return _Verdict("ordinal", end)
