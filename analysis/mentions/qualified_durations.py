"""A duration whose time word follows a qualifying adjective or noun: ``30 рабочих дней``,
``10 календарных дней``, ``3 полных года``; ``15 жұмыс күні``, ``10 күнтізбелік күн``;
``in 24 consecutive hours``, ``30 working days``, ``10 clear days``.

The number is a ``quantity`` in the time word's unit, but the span keeps the digits only:
a word between the number and the unit word keeps the unit word outside (the decisions of
``mentions_dev_ru8``, ``mentions_dev_en9`` (``5 to 7 working days``) and
``mentions_dev_en14`` (``24 consecutive hours``)).
"""

from __future__ import annotations

import re

from .record import _Verdict

__all__ = ["qualified_duration"]

_RU_ADJ = r"(?:рабоч|календарн|банковск|учебн|полн|торгов|астрономическ|академическ|лунн|солнечн)"
_RU_END = r"(?:их|ых|ие|ые|ий|ый|ым|им|ыми|ими|ая|ой|ую|ого|его)"

#: per language: (the first letters of the qualifier, the pattern after the number whose
#: groups are the time words day, week, month, hour, year, minute)
_PATTERNS: dict[str, tuple[frozenset[str], re.Pattern[str]]] = {
    "ru": (
        frozenset("рРкКбБуУпПтТаАлЛсС"),
        re.compile(
            r"[ \u00a0]" + _RU_ADJ + _RU_END + r"[ \u00a0]+"
            r"(?:(дн(?:я|ей|ям|ями|ях)|день|суток|сутки)|(недел[ьиеяюм]\w*)|(месяц\w*)"
            r"|(час(?:а|ов|ам|ами|ах)?)|(лет|год(?:а|у|ом|ы|ов|ам|ах)?)|(минут\w*))(?![^\W\d_])",
            re.IGNORECASE,
        ),
    ),
    "kk": (
        frozenset("жЖкКбБтТоОаА"),
        re.compile(
            r"[ \u00a0]+(?:жұмыс|күнтізбелік|банктік|толық|оқу|академиялық)[ \u00a0]+"
            r"(?:(күн)|(апта)|(ай)|(сағат)|(жыл)|(минут))[^\W\d_]*(?![^\W\d_])",
            re.IGNORECASE,
        ),
    ),
    "en": (
        frozenset("cCsSwWbBfF"),
        re.compile(
            r"[ \u00a0](?:consecutive|successive|working|business|calendar|clear|whole|full|solid"
            r"|straight)[ \u00a0]+(?:(days?)|(weeks?)|(months?)|(hours?)|(years?)|(minutes?))"
            r"(?![^\W\d_])",
            re.IGNORECASE,
        ),
    ),
}
_UNITS = ("day", "week", "month", "hour", "year", "minute")


def qualified_duration(text: str, end: int, unit: str | None, lang: str | None) -> _Verdict | None:
    """``quantity`` in the time unit for the number ending at *end* when a qualifier and a
    time word follow it, the span unchanged.

    Parameters
    ----------
    text : str
        The passage.
    end : int
        The end of the number.
    unit : str or None
        The unit already read after the number; the rule needs none.
    lang : str or None
        The language ("ru", "kk", "en"; an unknown language reads English).

    Returns
    -------
    _Verdict or None
        The verdict, or None.

    Examples
    --------
    >>> v = qualified_duration("walk 100 miles in 24 consecutive hours", 20, None, "en")
    >>> (v.kind, v.unit)
    ('quantity', 'hour')
    >>> qualified_duration("в течение 30 рабочих дней", 12, None, "ru").unit
    'day'
    >>> qualified_duration("15 жұмыс күні ішінде", 2, None, "kk").unit
    'day'
    >>> qualified_duration("24 consecutive wins", 2, None, "en") is None
    True
    """
    first, pattern = _PATTERNS.get(lang or "en", (frozenset(), None))
    if unit or text[end + 1 : end + 2] not in first or text[end : end + 1] not in (" ", "\u00a0"):
        return None
    m = pattern.match(text, end)
    if not m:
        return None
    code = next(u for u, g in zip(_UNITS, m.groups(), strict=True) if g)
    return _Verdict("quantity", end, code, fixed=True)
