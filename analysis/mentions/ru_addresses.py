"""Russian house numbers after a street written as an adjective (``Сибирская ул., 33``,
``на Невском пр., 28``, ``(Покровская, 35)``): the number is an ``identifier``, as in the
address calendars, directories and letterheads of the 19th and 20th centuries.

Cheap: the number must follow a comma and a space before any regex runs.
"""

from __future__ import annotations

import re

from .record import _Verdict

__all__ = ["ru_house_number"]

# a street adjective with its abbreviated noun, then a comma: "Сибирская ул., ",
# "Невском пр., ", "Мойки наб., "; or an adjective alone right after a bracket:
# "(Покровская, " (then the bracket must close after the number)
_STREET_BEFORE = re.compile(
    r"(?:(?<![^\W\d_])[А-ЯЁ][а-яё]+[ \u00a0]+(?:ул|пер|просп|пр|наб|пл|бульв|б-р|ш)\."
    r"|(?P<br>\([А-ЯЁ][а-яё]+(?:ая|ий|ой|ый)))[ \u00a0]?,[ \u00a0]$"
)
# after the house number: an optional letter ("35а", "35-б") then no more digits or letters
_HOUSE_AFTER = re.compile(r"(?:[-‐]?[а-я](?![^\W\d_]))?(?=[),;.]|[ \u00a0]|$)")


def ru_house_number(text: str, start: int, end: int, unit: str | None) -> _Verdict | None:
    """An ``identifier`` for a house number after a street adjective, else None.

    Parameters
    ----------
    text : str
        The passage.
    start, end : int
        The span of the number (digits only).
    unit : str or None
        The unit read after it; a house number has none.

    Returns
    -------
    _Verdict or None

    Examples
    --------
    >>> ru_house_number("гимназия (Сибирская ул., 33), основана", 25, 27, None).kind
    'identifier'
    >>> ru_house_number("Орлов (Покровская, 35). Отделений", 19, 21, None).kind
    'identifier'
    >>> ru_house_number("по губерниям (Московская, 35 случаев)", 25, 27, None) is None
    True
    """
    if unit or start < 4 or text[start - 2] != "," or not text[start:end].isdigit():
        return None
    if len(text) - end > 0 and not _HOUSE_AFTER.match(text, end):
        return None
    m = _STREET_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return None
    if m.group("br") and text[end : end + 1] != ")":
        return None
    return _Verdict("identifier", end)
