"""The value of a named coefficient or index compared with another or dated in Russian
text, ``other`` rather than a count: ``Коэффициент Джини в 2022 г. составил 0,395 против
0,411 в 2019 г.``, ``индекс ... составил 0,82 по сравнению с 0,79``.

The classifier already takes a fractional value after ``коэффициент`` / ``индекс`` in the
same clause when a punctuation mark ends it; this rule adds the two things such a clause
usually holds besides: a year abbreviated ``г.`` between the name and the value (its
point ends no clause) and a comparison or a date right after the value (``против``,
``по сравнению с``, ``в 2019 г.``).  A unit after the value, or a whole number, is left to
the other rules (``индекс вырос на 15 пунктов``, ``коэффициент 2 раза``).
"""

from __future__ import annotations

import re

from .record import _Verdict

__all__ = ["ru_coefficient_value"]

# the name in the clause before the value; a point only after the year abbreviation "г"
_NAME_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:коэффициент|индекс)\w*(?:[^.;!?\n]|(?<=[ \u00a0]г)\.)*$", re.IGNORECASE
)
# a comparison or a date after the value, or the end of the clause
_TAIL = re.compile(
    r"[ \u00a0]*(?:[.;,)]|$)|[ \u00a0]+(?:против|vs\.?|по[ \u00a0]+сравнению|в[ \u00a0]+сравнении"
    r"|в[ \u00a0]+\d{4}[ \u00a0]*(?:г\.|г(?![^\W\d_])|году))"
)


def ru_coefficient_value(
    text: str, start: int, end: int, is_int: bool, unit: str | None
) -> _Verdict | None:
    """Whether the fractional number at *start*..*end* is a named coefficient's value.

    Parameters
    ----------
    text : str
        The passage.
    start, end : int
        The span of the number.
    is_int : bool
        Whether the number is whole (never a coefficient here).
    unit : str or None
        The unit read after the number (never a coefficient here).

    Returns
    -------
    _Verdict or None
        ``other`` for a coefficient's value, else None.

    Examples
    --------
    >>> t = "Коэффициент Джини в 2022 г. составил 0,395 против 0,411 в 2019 г."
    >>> ru_coefficient_value(t, 37, 42, False, None).kind
    'other'
    >>> ru_coefficient_value(t, 50, 55, False, None).kind
    'other'
    >>> ru_coefficient_value("Коэффициент вырос. Доля 0,4 против 0,3", 24, 27, False, None) is None
    True
    """
    if is_int or unit:
        return None
    lo = max(0, start - 80)
    if "оэффициент" not in text[lo:start] and "ндекс" not in text[lo:start]:
        return None
    if _NAME_BEFORE.search(text, lo, start) and _TAIL.match(text, end):
        return _Verdict("other", end)
    return None
