"""A whole number of index points after the name of a market index: ``Индекс МосБиржи
снизился до 2870 пунктов`` is one ``other`` mention in ``point`` with the word inside.

Fractional levels (``2 874,5 пункта``) are handled in :mod:`.classify`; this rule adds the
integers, which need the index named earlier in the sentence so that a clause number
(``5 пунктов договора``) is not taken for a level.
"""

from __future__ import annotations

import re

__all__ = ["index_points"]

_POINTS = re.compile(r" пункт(?:а|ов)?(?![^\W\d_])")
_INDEX_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:индекс|ртс|мосбирж|imoex|s&p|nasdaq|dow|nikkei)\w*[^.;!?\n]*$",
    re.IGNORECASE,
)


def index_points(text: str, start: int, end: int) -> int:
    """The end of ``пунктов`` after the integer at *start*..*end* when an index is named
    before it in the sentence, else 0.

    Parameters
    ----------
    text : str
        The passage.
    start, end : int
        The span of the integer; the caller has checked that `` пункт`` follows.

    Returns
    -------
    int
        The end offset of the points word, or 0.
    """
    m = _POINTS.match(text, end)
    if not m or not _INDEX_BEFORE.search(text, max(0, start - 80), start):
        return 0
    return m.end()
