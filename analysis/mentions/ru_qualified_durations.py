"""A Russian duration whose time word follows a qualifying adjective: ``30 рабочих дней``,
``10 календарных дней``, ``5 банковских дней``, ``3 полных года``, ``2 учебных часа``.

The number is a ``quantity`` in the time word's unit, but the span keeps the digits only:
an adjective between the number and the unit word keeps the unit word outside (the
decision of ``mentions_dev_ru8``).
"""

from __future__ import annotations

import re

from .record import _Verdict

__all__ = ["ru_qualified_duration"]

_ADJ = r"(?:рабоч|календарн|банковск|учебн|полн|торгов|астрономическ|академическ|лунн|солнечн)"
_END = r"(?:их|ых|ие|ые|ий|ый|ым|им|ыми|ими|ая|ой|ую|ого|его)"
_QUALIFIED = re.compile(
    r"[ \u00a0]" + _ADJ + _END + r"[ \u00a0]+"
    r"(?:(дн(?:я|ей|ям|ями|ях)|день|суток|сутки)|(недел[ьиеяюм]\w*)|(месяц\w*)|(час(?:а|ов|ам|ами|ах)?)"
    r"|(лет|год(?:а|у|ом|ы|ов|ам|ах)?)|(минут\w*))(?![^\W\d_])",
    re.IGNORECASE,
)
_UNITS = ("day", "week", "month", "hour", "year", "minute")
_FIRST = frozenset("рРкКбБуУпПтТаАлЛсС")


def ru_qualified_duration(text: str, end: int, unit: str | None) -> _Verdict | None:
    """``quantity`` in the time unit for the number ending at *end* when an adjective and a
    time word follow it, the span unchanged.

    Parameters
    ----------
    text : str
        The passage.
    end : int
        The end of the number.
    unit : str or None
        The unit already read after the number; the rule needs none.

    Returns
    -------
    _Verdict or None
        The verdict, or None.
    """
    if unit or text[end + 1 : end + 2] not in _FIRST or text[end : end + 1] not in (" ", "\u00a0"):
        return None
    m = _QUALIFIED.match(text, end)
    if not m:
        return None
    code = next(u for u, g in zip(_UNITS, m.groups(), strict=True) if g)
    return _Verdict("quantity", end, code, fixed=True)
