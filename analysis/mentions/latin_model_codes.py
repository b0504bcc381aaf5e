"""A product's model number with Latin capitals glued after its digits, after the brand or
series name: ``Polaris PWK 1725CGL``, ``Bosch Serie 4 WAN28281GB`` -- one ``identifier``
valued at the digits (like ``A55``), not a year (1725) or a count."""

from __future__ import annotations

import re

from .units import unit_after

__all__ = ["latin_model_end"]

# two to four capitals glued after the digits, the code's end ("1725CGL", "4090TI")
_LETTERS = re.compile(r"[A-Z]{2,4}(?![\w-])")
# a Latin word with a capital right before the number: the brand or the series ("PWK ")
_NAME_BEFORE = re.compile(r"(?<![^\W\d_])[A-Z][A-Za-z]*[ \u00a0]$")


def latin_model_end(text: str, start: int, end: int, lang: str | None) -> int:
    """The end of a model code whose digits span *start*..*end*, or -1.

    Parameters
    ----------
    text : str
        The whole text.
    start, end : int
        The digits (three to five) of the code; a capital follows them.
    lang : str or None
        The language, for the unit symbols.

    Returns
    -------
    int
        The end of the glued capitals, or -1 when there is no such code or the capitals
        are a unit symbol (``512GB``).

    Examples
    --------
    >>> latin_model_end("Электрочайник Polaris PWK 1725CGL. Объём", 26, 30, "ru")
    33
    >>> latin_model_end("куплено 1725CGL", 8, 12, "ru")
    -1
    """
    if not 3 <= end - start <= 5:
        return -1
    m = _LETTERS.match(text, end)
    if m is None or _NAME_BEFORE.search(text, max(0, start - 24), start) is None:
        return -1
    return m.end() if unit_after(text, end, lang) is None else -1
