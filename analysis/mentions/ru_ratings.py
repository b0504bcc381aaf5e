"""A Russian rating out of a maximum: ``Моя оценка — 7 из 10``, ``рейтинг 4,7 из 5``.

Both numbers are values on a scale, ``other``.  The pair needs a rating noun earlier in
the sentence (``оценка``, ``рейтинг``, ``балл``, ``звёзд``), a maximum of 5, 10 or 100 not
below the score, and nothing counted after the maximum, so that ``7 из 10 россиян`` (a
share of people, even after ``по оценке``) stays a pair of counts.
"""

from __future__ import annotations

import re

from .record import _Verdict

__all__ = ["ru_rating"]

_NUM = r"\d{1,3}(?:[.,]\d{1,2})?"
# what may follow the maximum: punctuation, a dash, the end, or a linking word
_FREE_TAIL = r"(?=[ \u00a0]*(?:$|[.,;:!?)»\n]|[—–-]|(?:по|и|на|от|у|в)(?![^\W\d_])))"
_MAX_AFTER = re.compile(r"[ \u00a0]из[ \u00a0](5|10|100)(?![\d.,]\d)" + _FREE_TAIL)
_SCORE_BEFORE = re.compile(r"(?<![\d.,])(" + _NUM + r")[ \u00a0]из[ \u00a0]$")
_MAX_HERE = re.compile(r"(?:5|10|100)" + _FREE_TAIL)
_RATING_NOUN = re.compile(r"(?i)(?:оценк|рейтинг|балл|звёзд|звезд)[^.;!?\n]*$")


def _score_of(text: str) -> float:
    return float(text.replace(",", "."))


def ru_rating(text: str, start: int, end: int, unit: str | None) -> _Verdict | None:
    """``other`` for either number of a rating ``X из N`` (see the module docstring).

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
    """
    if (
        unit
        or text[end : end + 4] not in (" из ", "\u00a0из ")
        and text[start - 4 : start] not in (" из ", " из\u00a0")
    ):
        return None
    m = _MAX_AFTER.match(text, end)
    if m:
        if _score_of(text[start:end]) > int(m.group(1)) or not _RATING_NOUN.search(
            text, max(0, start - 80), start
        ):
            return None
        return _Verdict("other", end)
    b = _SCORE_BEFORE.search(text, max(0, start - 12), start)
    here = _MAX_HERE.match(text, start) if b else None
    if not here or here.end() != end:
        return None
    if _score_of(b.group(1)) > _score_of(text[start:end]):
        return None
    if not _RATING_NOUN.search(text, max(0, b.start() - 80), b.start()):
        return None
    return _Verdict("other", end)
