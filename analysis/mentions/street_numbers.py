"""English house numbers before a street name in the older and directory styles the plain
rule (``312 Mulberry St.``) misses: a lower-case street word (``14 High st.``, ``3 Church
lane``, ``27 & 28 Market place``), a hyphenated name (``12, Brunswick-square``) and a comma
after the number (``at his residence, 12, Brunswick-square``)."""

from __future__ import annotations

import re

__all__ = ["old_style_street_number"]

# after the number: an optional comma, or "& 28" / "and 28" (the first of two houses), then
# one or two capitalised words joined by spaces or hyphens, then a street word in either case
_OLD_STREET_AFTER = re.compile(
    r"(?:,|[ \u00a0](?:&|and)[ \u00a0]\d{1,4})?[ \u00a0]"
    r"(?:St\.[ \u00a0])?[A-Z][a-z']+(?:[ \u00a0-][A-Z][a-z']+)?[ \u00a0-]"
    r"(?:[Ss]treet|[Ss]t\.|[Rr]oad|[Rr]d\.|[Ll]ane|[Pp]lace|[Ss]quare|[Ss]q\.|[Tt]errace"
    r"|[Cc]rescent|[Gg]ardens|[Pp]arade|[Bb]uildings|[Aa]venue|[Rr]ow|[Ww]alk)(?![^\W\d_])"
)


def old_style_street_number(text: str, end: int, value: float) -> bool:
    """Is the integer ending at *end* a house number before a street name?

    Parameters
    ----------
    text : str
        The text.
    end : int
        The end of the number.
    value : float
        Its value (a house number is below 10,000).

    Returns
    -------
    bool
        True for ``14 High st.``, ``3 Church lane``, ``27 & 28 Market place``,
        ``12, Brunswick-square``.

    Examples
    --------
    >>> old_style_street_number("saddler, 14 High st.; Barker", 11, 14)
    True
    >>> old_style_street_number("he sold 14 High Court judges", 10, 14)
    False
    """
    if not 0 < value < 10000 or text[end : end + 1] not in (" ", ","):
        return False
    return bool(_OLD_STREET_AFTER.match(text, end))
