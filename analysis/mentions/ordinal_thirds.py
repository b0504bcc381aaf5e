"""English ``a third`` as an ordinal word: ``for a third consecutive meeting``, ``a third
straight win``, ``for a third time``, ``elected to a third term``.

``a third`` alone is a fraction (``cut by a third``, ``a third of voters``); before a word
of a series (consecutive, straight, successive, running) or a noun that is counted in a
series (time, term, round, place, wave, attempt ...) it is the ordinal word, no mention,
like ``a fifth term`` (the ``O`` words of :mod:`.lexicon`).
"""

from __future__ import annotations

import re

__all__ = ["ordinal_a_third"]

_SERIES_AFTER = re.compile(
    r"[ \u00a0]+(?:consecutive|straight|successive|running|time|times|term|round|place"
    r"|wave|attempt|leg|stage|season|edition|generation|child|referendum|lockdown)\b"
)


def ordinal_a_third(text: str, start: int, end: int) -> bool:
    """Is ``a third`` spanning *start*..*end* the ordinal word (a word of a series after it)?"""
    return text[start:end].lower() == "a third" and bool(_SERIES_AFTER.match(text, end))
