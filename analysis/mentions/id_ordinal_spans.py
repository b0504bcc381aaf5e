"""Indonesian ordinals before a calendar word: ``minggu ke-2 bulan Februari``, ``Masa
Persidangan I Tahun Sidang 2024-2025``, ``ke-17 tahun 2024``.  The word names the next
unit of the date (the month, the sitting year), not a unit of the ordinal, so it stays
outside the span (the ordinal ends with its digits or its Roman numeral).

The check opens with a test of the kind and unit the classifier already found.
"""

from __future__ import annotations

from .record import _Verdict

__all__ = ["CALENDAR_UNITS", "ordinal_before_calendar_word"]

#: units of the calendar words that may follow an ordinal ("bulan", "tahun", "minggu" ...)
CALENDAR_UNITS = frozenset(("day", "week", "month", "year"))


def ordinal_before_calendar_word(text: str, num_end: int, verdict: _Verdict) -> _Verdict:
    """The ordinal *verdict* ending at *num_end* when a calendar word follows it after a
    space (``ke-2 bulan`` → ``ke-2``), else *verdict* unchanged.

    Parameters
    ----------
    text : str
        The text.
    num_end : int
        The end of the ordinal's number (digits or Roman numeral).
    verdict : _Verdict
        The classifier's ordinal verdict whose span took the calendar word in.

    Returns
    -------
    _Verdict
        The verdict with the span ending at *num_end*, or *verdict* itself.
    """
    if verdict.end <= num_end or text[num_end : num_end + 1] not in (" ", "\u00a0"):
        return verdict
    return _Verdict(verdict.kind, num_end, verdict.unit, verdict.fixed, verdict.clock)
