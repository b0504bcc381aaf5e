"""Reference numbers of English local government: a council minute ``Minute 24/117`` and a
planning application ``24/00312/FUL`` (year, serial number, an application-type suffix).

The whole reference is one ``identifier``, value null: neither part is a quantity and
the year is a two-digit prefix, not a date.
"""

from __future__ import annotations

import re

__all__ = ["council_reference"]

# the noun before the reference: "Minute", "minute no.", "planning application", "ref."
_NOUN_BEFORE = re.compile(
    r"(?:\b[Mm]inutes?(?:[ \u00a0]+[Nn]o\.?)?|\b[Aa]pplications?(?:[ \u00a0]+(?:[Nn]o\.?|ref\.?))?"
    r"|\b(?:[Pp]lanning[ \u00a0]+)?[Rr]ef(?:erence)?\.?(?:[ \u00a0]+[Nn]o\.?)?)[ \u00a0:]+$"
)
# "24/117", "24/00312/FUL", "2024/0312/HOU": year / serial (/ type letters)
_REFERENCE = re.compile(r"(?:\d{2}|\d{4})/\d{2,6}(?:/[A-Z]{2,6})?(?![\w/]|\.\d)")


def council_reference(text: str, start: int) -> int | None:
    """The end of a council reference starting at *start*, or None.

    Parameters
    ----------
    text : str
        The passage.
    start : int
        Where the first digits start (a slash follows them).

    Returns
    -------
    int or None
        The end of the reference after a minute or application noun.

    Examples
    --------
    >>> council_reference("Minute 24/117 - Planning application", 7)
    13
    >>> council_reference("Planning application 24/00312/FUL: erection", 21)
    33
    >>> council_reference("He scored 24/117 in the test", 10) is None
    True
    """
    m = _REFERENCE.match(text, start)
    if m is None or not _NOUN_BEFORE.search(text, max(0, start - 32), start):
        return None
    return m.end()
