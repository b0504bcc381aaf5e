"""Russian amounts whose currency or unit is written once for two numbers.

* ``собрано 1 240 500 из 2 800 000 рублей``, ``пройдено 120 из 150 км``: the part before
  ``из`` takes the unit of the whole after it (money or a quantity, digits only).  A
  rating ``7 из 10`` has no unit and is left to :mod:`.ru_ratings`.
* ``билет стоит 400 рублей, для пенсионеров — 200``: after a comma, a group introduced by
  ``для`` / ``у`` and a dash, a bare number closing the clause takes the kind and unit of
  the amount just before it.
* ``35 000 ₽ в месяц, залог 35 тыс.``: a bare scaled amount after a money noun takes the
  currency of an amount of money shortly before (:func:`money_noun_before`; without such
  a noun only a scaled amount of money before passes its currency on).

Cheap: each check first compares a few characters next to the number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .record import _Verdict
from .units import unit_after

__all__ = ["money_noun_before", "ru_elided_unit"]

_WHOLE_AFTER = re.compile(
    r"[ \u00a0]из[ \u00a0](?:\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:[.,]\d+)?"
    r"(?:[ \u00a0](?:тыс\.|млн\.?|млрд\.?|тысяч[аи]?|миллион(?:а|ов)?|миллиард(?:а|ов)?))?[ \u00a0]"
)
_SHARED_KINDS = frozenset(("money", "quantity"))
# ", для пенсионеров — ", ", а для детей до 7 лет — " is not matched (a number inside)
_PARALLEL_BETWEEN = re.compile(
    r"[ \u00a0]*[,;][ \u00a0]*(?:а[ \u00a0]+)?(?:для|у)[ \u00a0]+[^\W\d_]+(?:[ \u00a0]+[^\W\d_]+)?"
    r"[ \u00a0]*[—–][ \u00a0]*"
)
_CLAUSE_END = frozenset(".,;!?)")
_MONEY_NOUN = re.compile(
    r"(?<![^\W\d_])(?:залог|депозит|аванс|предоплат[аеуы]|взнос|штраф|комисси[яи]|цена|стоимость"
    r"|зарплата|оклад|бюджет|выручка|долг|кредит|пособие|премия|компенсаци[яи])"
    r"[ \u00a0]*[:—–-]?[ \u00a0]*(?:составляет[ \u00a0]+|—[ \u00a0]+)?$",
    re.IGNORECASE,
)


def money_noun_before(text: str, start: int) -> bool:
    """Does a money noun (``залог``, ``цена``, ``штраф``…) stand right before *start*?

    Examples
    --------
    >>> money_noun_before("плюс счётчики, залог 35 тыс.", 21)
    True
    >>> money_noun_before("население сократилось на 240 тыс.", 25)
    False
    """
    return _MONEY_NOUN.search(text, max(0, start - 30), start) is not None


def ru_elided_unit(
    text: str, start: int, end: int, unit: str | None, rows: Sequence[Any]
) -> _Verdict | None:
    """The kind and unit of a bare number whose unit is written once (module docstring).

    Parameters
    ----------
    text : str
        The passage.
    start, end : int
        The span of the number.
    unit : str or None
        The unit read after it (the rule is for bare numbers only).
    rows : sequence of _Mention
        The mentions found so far.

    Returns
    -------
    _Verdict or None
        The shared kind and unit, the span the digits only; else None.

    Examples
    --------
    >>> ru_elided_unit("собрано 100 из 500 рублей", 8, 11, None, []).unit
    'RUB'
    """
    if unit:
        return None
    nxt = text[end : end + 3]
    if nxt[1:] == "из" and (m := _WHOLE_AFTER.match(text, end)):
        u = unit_after(text, m.end(), "ru")
        if u is not None and u[2] in _SHARED_KINDS and u[1] != "times":
            return _Verdict(u[2], end, u[1], fixed=True)
        return None
    if (
        rows
        and (nxt[:1] in _CLAUSE_END or nxt == "")
        and text[start - 2 : start - 1] in ("—", "–")
    ):
        prev = rows[-1]
        if (
            prev.kind in _SHARED_KINDS
            and prev.unit
            and prev.scale != prev.scale
            and start - prev.end < 60
        ):
            if _PARALLEL_BETWEEN.fullmatch(text, prev.end, start):
                return _Verdict(prev.kind, end, prev.unit, fixed=True)
    return None
