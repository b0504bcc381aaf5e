"""Russian clock times written with the hour word or as "so many minutes to" an hour:
``в 4 часа 15 минут``, ``в 14 час. 35 мин.``, ``ровно в семь часов``, ``без четверти
девять``; and the lengths of time that look like them (``продолжительность рабочего дня
в 8 часов``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .atoms import _Atom

__all__ = ["clock_hour", "minutes_after", "minutes_to"]

# the hour word ending the number's span: "в 12 часов", "в 14 час.", "в 9 ч"
_RU_HOUR_WORD = re.compile(r"[ \u00a0](?:час(?:а|ов)?|ч\.?)$")
_DAYTIME_AFTER = re.compile(r"[ \u00a0]+(?:утра|дня|вечера|ночи)(?![^\W\d_])")
# a length of time named before "в": "продолжительность рабочего дня в 8 часов",
# "рабочий день в 8 часов", "сроком в 6 часов" (not "рабочий день начинается в 9 часов")
_DURATION_BEFORE = re.compile(
    r"(?:(?:продолжительност|длительност|протяж[её]нност)[^\W\d_]*(?:[ \u00a0]+[^\W\d_]+){0,3}"
    r"|рабоч[^\W\d_]*[ \u00a0]+(?:день|дня|смен[^\W\d_]*|недел[^\W\d_]*)|сроком)[ \u00a0]+в[ \u00a0]+$",
    re.IGNORECASE,
)
# the minutes of a clock time after the hour word: "4 часа 15 минут", "14 час. 35 мин."
_MINUTES_AFTER = re.compile(
    r"(?:(?<=час)\.)?[ \u00a0]+[0-5]?\d[ \u00a0]+(?:минут[аы]?(?![^\W\d_])|мин(?![^\W\d_])\.?)"
)


def clock_hour(text: str, start: int, end: int, value: float, prevw: str) -> bool:
    """Is the number at *start* with the Russian hour word ending at *end* a time of day:
    after ``в`` (not after a length of time: ``продолжительность ... в 8 часов``) or
    before ``утра`` / ``дня`` / ``вечера`` / ``ночи``?

    Examples
    --------
    >>> t = "Ровно в семь часов он пришёл, смена длительностью в 8 часов."
    >>> clock_hour(t, 8, 18, 7, "в"), clock_hour(t, 49, 56, 8, "в")
    (True, False)
    """
    if not (value == int(value) and 0 <= value <= 23):
        return False
    if not _RU_HOUR_WORD.search(text, max(0, end - 6), end):
        return False
    if prevw == "в":
        return _DURATION_BEFORE.search(text, max(0, start - 70), start) is None
    return _DAYTIME_AFTER.match(text, end) is not None


def minutes_after(text: str, end: int) -> int:
    """The end of the minutes after a clock hour ending at *end* (``4 часа 15 минут``,
    ``14 час. 35 мин.``), or 0."""
    m = _MINUTES_AFTER.match(text, end)
    return m.end() if m else 0


# "без четверти девять", "без пяти минут восемь", "без двадцати 9"
_WITHOUT = frozenset(("без ", "Без ", "без\u00a0", "Без\u00a0"))
_MINUTE_WORD = re.compile(r"[ \u00a0]+минут(?![^\W\d_])")


def minutes_to(text: str, atoms: Sequence[_Atom], i: int) -> tuple[int, int, float] | None:
    """``без четверти девять`` (8.75), ``без пяти минут двенадцать`` (11.9167): a clock time
    so many minutes to the hour, the span from ``без`` to the hour; (start, end, hours) or
    ``None``.  The minutes are a quarter, 5, 10, 20 or 25 (any count up to 29 with
    ``минут``), the hour 1 to 12 in words or digits."""
    a = atoms[i]
    if text[a.start - 4 : a.start] not in _WITHOUT or a.typ != "word" or i + 1 >= len(atoms):
        return None
    if a.start > 4 and text[a.start - 5].isalpha():
        return None
    word = text[a.start : a.end].lower()
    j = i + 1
    if word == "четверти":
        mins = 15.0
    else:
        mins = a.value
        b = atoms[j]
        if mins == 20 and b.typ == "word" and b.value == 5 and text[a.end : b.start] == " ":
            mins, j = 25.0, j + 1  # "без двадцати пяти"
    pos = atoms[j - 1].end
    mw = _MINUTE_WORD.match(text, pos)
    if mw:
        pos = mw.end()
    elif mins not in (5, 10, 15, 20, 25):
        return None
    if j >= len(atoms) or not (0 < mins < 30):
        return None
    h = atoms[j]
    if h.typ not in ("word", "num") or text[pos : h.start] not in (" ", "\u00a0"):
        return None
    if not (h.value == int(h.value) and 1 <= h.value <= 12) or (h.typ == "num" and h.ndig > 2):
        return None
    if text[h.end : h.end + 1].isalnum() or (
        j + 1 < len(atoms) and atoms[j + 1].start == h.end + 1 and atoms[j + 1].typ == "word"
    ):
        return None  # "без пяти восемь тысяч": no clock
    return a.start - 4, h.end, h.value - mins / 60


# tenths to thousandths of a second after a race time "2:08:35,4" (not a list "35, 4")
_SECOND_FRACTION = re.compile(r"[.,](\d{1,3})(?![\d]|[.,]\d)")


def second_fraction(text: str, end: int) -> tuple[int, float]:
    """The decimal fraction of a second glued after a race time ``H:MM:SS`` ending at
    *end*: (new end, the fraction in hours), or (*end*, 0).

    Examples
    --------
    >>> second_fraction("время 2:08:35,4.", 13)
    (15, 0.000111...)
    """
    m = _SECOND_FRACTION.match(text, end)
    if m is None:
        return end, 0.0
    return m.end(), float("0." + m.group(1)) / 3600
