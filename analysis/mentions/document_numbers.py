"""English numbers of official documents written with a slash: a statutory instrument
``SI 2013/1893``, an EU act ``Regulation (EU) 2016/679`` and a UN resolution ``resolution
78/172``.

A year (or a session) and the document's own number form one ``identifier`` valued at the
document's number (1893, 679, 172), the series word outside.  (Archival piece numbers
``PRO 30/8/195`` are left to the citation rules: the sets disagree on them.)
"""

from __future__ import annotations

import re

# the series word (and an EU act's bracketed legal order) just before "year/number"
_SERIES_BEFORE = re.compile(
    r"(?:\b(?:SI|S\.I\.|SR|SSI|[Rr]esolutions?|[Dd]ecisions?|[Dd]irectives?|[Rr]egulations?)"
    r"(?:[ \u00a0]\((?:EU|EC|EEC|EEA|Euratom|CFSP|EU,[ \u00a0]Euratom)\))?"
    r"|\((?:EU|EC|EEC|EEA|Euratom)\))[ \u00a0]$"
)
# "2013/1893", "78/172", "2009/138/EC": a year or session, the number, an optional series
_YEAR_NUMBER = re.compile(r"(\d{2}|\d{4})/(\d{1,5})(?:/(?:EU|EC|EEC|CFSP|JHA))?(?![\d/]|\.\d)")


def document_number(text: str, start: int) -> tuple[int, float, str] | None:
    """A document number ``year/number`` starting at *start* (the first digits).

    Parameters
    ----------
    text : str
        The whole text.
    start : int
        Offset of the first digit (a slash follows the digits).

    Returns
    -------
    tuple of (int, float, str) or None
        The mention's end, its value and its kind, or None if no such number starts there.

    Examples
    --------
    >>> t = "under the Fees Order 2013 (SI 2013/1893), which"
    >>> document_number(t, t.index("2013/"))
    (39, 1893.0, 'identifier')
    """
    before = text[max(0, start - 30) : start]
    m = _YEAR_NUMBER.match(text, start)
    if m and _SERIES_BEFORE.search(before):
        return m.end(2), float(m.group(2)), "identifier"
    return None
