"""Russian ratings out of a maximum; both numbers are values on a scale, ``other``.

* ``Моя оценка — 7 из 10``, ``рейтинг 4,7 из 5`` (:func:`ru_rating`): the pair needs a
  rating noun earlier in the sentence (``оценка``, ``рейтинг``, ``балл``, ``звёзд``), a
  maximum of 5, 10 or 100 not below the score, and nothing counted after the maximum, so
  that ``7 из 10 россиян`` (a share of people, even after ``по оценке``) stays a pair of
  counts.
* The ratings of :func:`ru_rating_mark`, without a rating noun between them:
  ``ставлю 5 звёзд из 5``, ``4 звезды из 5`` (a star noun, outside, between the score and
  its maximum); ``«Узник Азкабана» — 10/10``, ``Итог: 8/10``, ``рейтинг 4,5/5`` (a slash
  and a maximum of 5, 10 or 100 not below the score, after a dash, a colon or a rating
  noun in the sentence, nothing counted after the maximum); ``«Принц-полукровка» — 9 из
  10.`` (a score right after a dash or a colon, the sentence or clause ending after the
  maximum).

Cheap: one character on each side of the number is checked before any regex.
"""

from __future__ import annotations

import re

from .record import _Verdict

__all__ = ["ru_rating", "ru_rating_mark"]

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


_MARK_NUM = r"\d{1,3}(?:[.,]\d)?"
# the end of a verdict after its maximum: punctuation, a dash, the end of the text
_END = r"(?=[ \u00a0]*(?:$|[.,;!?)»\n]|[—–]))"
_STARS_AFTER = re.compile(
    r"[ \u00a0]зв[её]зд[ыуа]?[ \u00a0]из[ \u00a0](5|10)(?![\d.,]\d)(?![^\W\d_])"
)
_STARS_BEFORE = re.compile(
    r"(?<![\d.,])(" + _MARK_NUM + r")[ \u00a0]зв[её]зд[ыуа]?[ \u00a0]из[ \u00a0]$"
)
_SLASH_AFTER = re.compile(r"/(5|10|100)(?![\d.,/]\d)" + _END)
_SLASH_BEFORE = re.compile(r"(?<![\d.,/])(" + _MARK_NUM + r")/$")
_OUT_OF_AFTER = re.compile(r"[ \u00a0]из[ \u00a0](5|10|100)(?![\d.,]\d)" + _END)
_OUT_OF_BEFORE = re.compile(r"(?<![\d.,])(" + _MARK_NUM + r")[ \u00a0]из[ \u00a0]$")
# a dash or a colon right before the score: "— 9 из 10", "Итог: 8/10"
_CUE_BEFORE = re.compile(r"(?:[—–:]|[ \u00a0]-)[ \u00a0]*$")
_MAXIMA = frozenset(("5", "10", "100"))
_END_RE = re.compile(_END)


def _cued(text: str, pos: int) -> bool:
    """A dash or colon right before *pos*, or a rating noun earlier in the sentence."""
    return bool(
        _CUE_BEFORE.search(text, max(0, pos - 3), pos)
        or _RATING_NOUN.search(text, max(0, pos - 80), pos)
    )


def ru_rating_mark(text: str, start: int, end: int, unit: str | None) -> _Verdict | None:
    """``other`` for either number of a rating of the module docstring, else None.

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
        The verdict, or None when the number is not part of such a rating.

    Examples
    --------
    >>> ru_rating_mark("Фильм — 8/10.", 8, 9, None).kind
    'other'
    >>> ru_rating_mark("Сдали 8/10 студентов.", 6, 7, None) is None
    True
    """
    if unit:
        return None
    here = text[start:end]
    after, before = text[end : end + 1], text[start - 1 : start]
    if after == "/" and (m := _SLASH_AFTER.match(text, end)):
        return (
            _Verdict("other", end) if _score_of(here) <= int(m.group(1)) and _cued(text, start) else None
        )
    if before == "/" and here in _MAXIMA and _END_RE.match(text, end):
        b = _SLASH_BEFORE.search(text, max(0, start - 8), start)
        if b and _score_of(b.group(1)) <= int(here) and _cued(text, b.start()):
            return _Verdict("other", end)
        return None
    if after in (" ", "\u00a0"):
        if (m := _STARS_AFTER.match(text, end)) and _score_of(here) <= int(m.group(1)):
            return _Verdict("other", end)
        if (m := _OUT_OF_AFTER.match(text, end)) and _score_of(here) <= int(m.group(1)):
            if _CUE_BEFORE.search(text, max(0, start - 3), start):
                return _Verdict("other", end)
    if before in (" ", "\u00a0") and here in _MAXIMA:
        b = _STARS_BEFORE.search(text, max(0, start - 20), start)
        if b and _score_of(b.group(1)) <= int(here):
            return _Verdict("other", end)
        b = _OUT_OF_BEFORE.search(text, max(0, start - 12), start)
        if (
            b
            and _score_of(b.group(1)) <= int(here)
            and _END_RE.match(text, end)
            and _CUE_BEFORE.search(text, max(0, b.start() - 3), b.start())
        ):
            return _Verdict("other", end)
    return None

