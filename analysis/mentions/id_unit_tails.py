"""Indonesian units that the unit lexicon misses for what follows or precedes them: a
unit symbol or word with the possessive clitic ``-nya`` after a hyphen (``Baterai 5.000
mAh-nya``, ``jarak 5 km-nya``; the clitic stays outside), and a population density with
the counted word inside a slashed rate (``1.996 jiwa/km²``, ``850 orang/km2`` → ``1/km2``,
like ``10 ekor/m²``); written with ``per`` (``1.385 jiwa per km²``) it stays a count, as
dev_id decided.

Both checks open with a test of a few characters after the number.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["id_unit_tail"]

UnitFinder = Callable[[str, int, str | None], tuple[int, str, str] | None]

# "jiwa/km²", "orang/km2", "penduduk/ha": people per area
_DENSITY = re.compile(
    r"[ \u00a0](?:jiwa|orang|penduduk)/(?P<d>km²|km2|km|ha|m²|m2)"
    r"(?![^\W\d_²³])",
    re.IGNORECASE,
)
_DENSITY_CODES = {"km²": "km2", "km2": "km2", "km": "km2", "ha": "ha", "m²": "m2", "m2": "m2"}
_DENSITY_FIRST = frozenset("jJoOpP")

# a word glued to "-nya": "mAh-nya", "km-nya"
_CLITIC = re.compile(r"[ \u00a0]?[^\s\-]{1,12}(?=-nya(?![^\W\d_]))")


def id_unit_tail(
    text: str, pos: int, u: tuple[int, str, str] | None, find: UnitFinder
) -> tuple[int, str, str] | None:
    """The unit after the number ending at *pos* when *u* (what the other rules found) is
    ``None``: a population density or a unit before the clitic ``-nya`` (*find* reads a
    unit in a text cut before the hyphen).

    >>> from analysis.mentions.units import unit_after
    >>> id_unit_tail("Baterai 5.000 mAh-nya awet", 13, None, unit_after)
    (17, 'mAh', 'quantity')
    >>> id_unit_tail("mencapai 1.996 jiwa/km².", 14, None, unit_after)
    (23, '1/km2', 'quantity')
    >>> id_unit_tail("ada 5 orang-nya", 5, None, unit_after) is None
    True
    """
    if u is not None or pos + 3 > len(text):
        return u
    if text[pos + 1] in _DENSITY_FIRST:
        m = _DENSITY.match(text, pos)
        if m:
            return m.end(), "1/" + _DENSITY_CODES[m.group("d").lower()], "quantity"
    if "-nya" not in text[pos : pos + 18]:
        return None
    m = _CLITIC.match(text, pos)
    if m is None:
        return None
    hy = m.end()
    w0 = max(0, pos - 12)
    cut = find(text[w0:hy] + ")", pos - w0, "id")
    return (hy, cut[1], cut[2]) if cut and cut[0] + w0 == hy else None
