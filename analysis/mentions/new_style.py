"""Old Style / New Style double dates: the New Style day and month in brackets after the
Old Style ones (``28 января (9 февраля) 1897``, ``27 января [8 февраля] 1834``,
``26 августа (7 сентября)``) are one date."""

from __future__ import annotations

from .months import month_number

__all__ = ["NS_BRACKETS", "julian_shift"]

#: Opening bracket (with the space before it) -> its closing bracket.
NS_BRACKETS = {"(": ")", " (": ")", "\u00a0(": ")", "[": "]", " [": "]", "\u00a0[": "]"}

# days before the first of each month in a common year
_CUMUL = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def julian_shift(day1: float, month1: str, day2: float, month2: str) -> bool:
    """Is *day2* *month2* the New Style date of the Old Style *day1* *month1*, that is
    10 to 13 days later (the gap of the 17th to the 20th century, a day of slack for
    29 February)?

    Examples
    --------
    >>> julian_shift(26, "августа", 7, "сентября"), julian_shift(20, "января", 2, "февраля")
    (True, True)
    >>> julian_shift(5, "мая", 9, "мая"), julian_shift(1, "мая", 15, "июня")
    (False, False)
    """
    m1, m2 = month_number(month1), month_number(month2)
    if not (m1 and m2):
        return False
    gap = (_CUMUL[m2 - 1] + day2 - _CUMUL[m1 - 1] - day1) % 365
    return 10 <= gap <= 14
