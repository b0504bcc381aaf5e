"""An English rating out of a maximum in words: ``We rate it 4 out of 5``.

Both numbers are values on a scale, two ``other`` mentions, not one ratio.  The pair
needs a rating word earlier in the sentence (``rate``, ``rated``, ``rating``,
``verdict``, ``score``, ``stars``, ``marks``), a maximum of 5, 10 or 100 not below the
score, and nothing counted after the maximum, so that ``4 out of 5 dentists`` or ``3/4
of voters`` stay shares.  (A slashed rating, ``Verdict: 8/10``, is left alone: the development sets
disagree on it, one ``other`` with value null in ``mentions_dev_en9``, two in
``mentions_dev_en13``.)
"""

from __future__ import annotations

import re

from .record import _Verdict
from .score_totals import scored_total

__all__ = ["en_rating", "en_rating_pair"]

_NUM = r"\d{1,3}(?:\.\d{1,2})?"
_JOIN = r"[ \u00a0]out[ \u00a0]of[ \u00a0]"
# what may follow the maximum: punctuation, a dash, the end, or a linking word
_FREE_TAIL = r"(?=[ \u00a0]*(?:$|[.,;:!?)\]\n]|[—–-][ \u00a0]|(?:and|but|from|for|overall|by|on)(?![^\W\d_])))"
_MAX_AFTER = re.compile(_JOIN + r"(5|10|100)(?![\d.,]\d)" + _FREE_TAIL)
_SCORE_BEFORE = re.compile(r"(?<![\d.,])(" + _NUM + r")" + _JOIN + r"$")
_MAX_HERE = re.compile(r"(?:5|10|100)" + _FREE_TAIL)
_RATING_WORD = re.compile(
    r"(?i)\b(?:rat(?:e|es|ed|ing|ings)|verdict|scores?|scored|stars?|marks?)\b[^.;!?\n]*$"
)


def en_rating_pair(text: str, start: int, end: int) -> bool:
    """Is the score ending at *end* (starting at *start*) followed by its maximum?

    Parameters
    ----------
    text : str
        The passage.
    start, end : int
        The span of the score.

    Returns
    -------
    bool
        True for ``4 out of 5`` after a rating word.

    Examples
    --------
    >>> en_rating_pair("Verdict: 4 out of 5. The camera", 9, 10)
    True
    >>> en_rating_pair("4 out of 5 dentists agree", 0, 1)
    False
    """
    if scored_total(text, start, end):
        return True  # "Ellie scored 34 out of 40"
    m = _MAX_AFTER.match(text, end)
    if m is None or float(text[start:end]) > int(m.group(1)):
        return False
    return bool(_RATING_WORD.search(text, max(0, start - 80), start))


def en_rating(text: str, start: int, end: int, unit: str | None) -> _Verdict | None:
    """``other`` for either number of a rating (see the module docstring).

    Parameters
    ----------
    text : str
        The passage.
    start, end : int
        The span of the number.
    unit : str or None
        The unit read after it; a rating has none.

    Returns
    -------
    _Verdict or None
        The verdict, or None when the number is not part of a rating.

    Examples
    --------
    >>> en_rating("We rate it 4 out of 5.", 20, 21, None)
    _Verdict(kind='other', end=21, unit=None, fixed=False, clock=False)
    """
    if unit or end - start > 6:
        return None
    c = text[end : end + 1]
    if c in (" ", "\u00a0"):
        if _MAX_AFTER.match(text, end) or scored_total(text, start, end):
            return _Verdict("other", end) if en_rating_pair(text, start, end) else None
    if start < 2 or text[start - 1] not in " \u00a0":
        return None
    b = _SCORE_BEFORE.search(text, max(0, start - 12), start)
    if b and text[start:end].isdigit() and scored_total(text, b.start(1), b.end(1)) == int(text[start:end]):
        return _Verdict("other", end)  # the total of "scored 34 out of 40"
    here = _MAX_HERE.match(text, start) if b else None
    if b is None or here is None or here.end() != end:
        return None
    if not en_rating_pair(text, b.start(1), b.end(1)):
        return None
    return _Verdict("other", end)
