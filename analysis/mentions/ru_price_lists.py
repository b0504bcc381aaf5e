"""Russian price lists of the old abbreviations (``р.``, ``к.``): whether an amount in roubles
or kopecks shortly before makes a bare ``р.`` or ``к.`` after a number money too
(``по 2 р. 40 к. — 12 р. Итого``, ``рожь — 92–94 к. за пуд``)."""

from __future__ import annotations

import re

__all__ = ["price_list_before", "price_per_measure_after"]

# a rouble or kopeck abbreviation after an amount: "2 р.", "40 к.", "3 руб.", "15 коп."
_MONEY_ABBR = re.compile(r"\d[ \u00a0](?:р\.|руб\.|коп\.|к\.(?![ \u00a0]?\d))")

# "за пуд", "за фунт", "с пуда", "за аршин": the old price of a measure after kopecks
_PER_MEASURE = re.compile(
    r"[ \u00a0]+(?:за|с)[ \u00a0]+(?:пуд|пуда|фунт|фунта|аршин|аршина|четверть|четверти|ведро"
    r"|ведра|сажень|сажени|десятину|десятины|штуку|штуки|шт\.|десяток|сотню|тысячу)"
    r"(?![^\W\d_])"
)


def price_list_before(text: str, pos: int, span: int = 60) -> bool:
    """Whether an amount in ``р.``/``руб.``/``к.``/``коп.`` ends within *span* characters
    before *pos* in the same line (a price list or a bill).

    Parameters
    ----------
    text : str
        The text.
    pos : int
        Where the number in question starts.
    span : int
        How far back to look.

    Returns
    -------
    bool

    Examples
    --------
    >>> t = "по 2 р. 40 к. — 12 р. Итого"
    >>> price_list_before(t, t.index("12"))
    True
    >>> price_list_before("Дом 12 р. Итого", 4)
    False
    """
    lo = max(0, pos - span)
    nl = text.rfind("\n", lo, pos)
    if nl >= 0:
        lo = nl + 1
    if "." not in text[lo:pos]:
        return False
    return _MONEY_ABBR.search(text, lo, pos) is not None


def price_per_measure_after(text: str, pos: int) -> bool:
    """Whether the price of an old measure follows at *pos* (``за пуд``, ``с пуда``).

    Examples
    --------
    >>> price_per_measure_after(" за пуд; овес", 0), price_per_measure_after(" за пудом", 0)
    (True, False)
    """
    return _PER_MEASURE.match(text, pos) is not None


def price_kopecks_after(text: str, start: int, end: int) -> tuple[int, str, float] | None:
    """A bare ``к.`` (kopecks) at *end* after a number or range starting at *start*, in a
    price list (an amount in ``р.``/``к.`` shortly before) or before the price of a measure
    (``92–94 к. за пуд``): (end of ``к.``, ``"RUB"``, 0.01) or ``None``.

    Examples
    --------
    >>> price_kopecks_after("рожь — 92–94 к. за пуд", 7, 12)
    (15, 'RUB', 0.01)
    >>> price_kopecks_after("дом 92–94 к. 3", 4, 9) is None
    True
    """
    if text[end : end + 3] not in (" к.", "\u00a0к.") or text[end + 3 : end + 4].isalnum():
        return None
    if price_list_before(text, start) or price_per_measure_after(text, end + 3):
        return end + 3, "RUB", 0.01
    return None
