"""Kazakh ages of a history: ``1500 жылдық тарихы`` (a history of 1500 years) is a
duration, not the calendar year 1500, though ``2023 жылдық есеп`` (the report of 2023)
is a year."""

from __future__ import annotations

__all__ = ["kk_history_age"]

# the nouns whose age "N жылдық" gives: history, past, tradition
_AGE_NOUNS = ("тарих", "өткен", "дәстүр", "шежіре")


def kk_history_age(value: float, after: str) -> bool:
    """Is a round number of hundreds before ``жылдық`` the age of a history, by the noun
    *after* the year word (``1500 жылдық тарихы``)?

    Examples
    --------
    >>> kk_history_age(1500, " тарихы бар")
    True
    >>> kk_history_age(2023, " есеп")
    False
    """
    return value % 100 == 0 and after.lstrip().lower().startswith(_AGE_NOUNS)
