"""A Russian day and month written with a dot and no year: ``Заказывал 14.02``,
``в субботу 12.10``, ``отправление 23.06 в 21:40``.

Russian writes decimals with a comma, so two digits, a dot and two digits naming a valid
day (01–31) and month (01–12) with no unit after them is a ``date`` (value null, no year).
A clock time after a time preposition (``в 12.10``) is read before this rule, and the
identifier nouns (``п. 10.12``, ``статьёй 39.18``) are consulted first.

Cheap: the shape of the span is checked by slicing before anything else.
"""

from __future__ import annotations

from .record import _Verdict

__all__ = ["ru_short_date"]

# words after which a dotted pair is a clock time or a decimal, never a bare date
_NOT_AFTER = frozenset("в во к ко около примерно версия версии курс курсу".split())


def ru_short_date(
    text: str, start: int, end: int, unit: str | None, prevw: str
) -> _Verdict | None:
    """``date`` for a dotted day and month without a year (see the module docstring).

    Parameters
    ----------
    text : str
        The passage.
    start, end : int
        The span of the number.
    unit : str or None
        The unit read after it; a date has none.
    prevw : str
        The lower-case word before the number.

    Returns
    -------
    _Verdict or None
        The date verdict, or None.

    Examples
    --------
    >>> ru_short_date("Заказывал 14.02, пришло", 10, 15, None, "заказывал").kind
    'date'
    >>> ru_short_date("Заказывал 14.32, пришло", 10, 15, None, "заказывал") is None
    True
    """
    if unit or end - start != 5 or text[start + 2] != "." or prevw in _NOT_AFTER:
        return None
    d, mo = text[start : start + 2], text[start + 3 : end]
    if not (d.isdigit() and mo.isdigit() and 1 <= int(d) <= 31 and 1 <= int(mo) <= 12):
        return None
    if text[end : end + 1] in ("%", ".") and text[end + 1 : end + 2].isdigit():
        return None
    if text[start - 1 : start] in ("=", "×", "*", "+", "-", "−") or text[end : end + 2] in (
        " ×",
        " =",
        " +",
    ):
        return None  # an amount in a calculation
    return _Verdict("date", end)
