"""English compound ordinal words (``seventy-ninth``, ``twenty-first``): ordinal words are
no mentions, so the tens word before the hyphen is none either."""

from __future__ import annotations

import re

__all__ = ["compound_ordinal_tail"]

_TAIL = re.compile(
    r"[-‐](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)(?![^\W\d_])",
    re.IGNORECASE,
)


def compound_ordinal_tail(text: str, end: int) -> bool:
    """Does an ordinal unit word follow the number word ending at *end* after a hyphen?

    Parameters
    ----------
    text : str
        The text.
    end : int
        Where the tens word (``twenty`` … ``ninety``) ends.

    Returns
    -------
    bool
        True for ``seventy-ninth``, ``Twenty-First``; False for ``seventy-nine``.

    Examples
    --------
    >>> compound_ordinal_tail("its seventy-ninth session", 11)
    True
    >>> compound_ordinal_tail("seventy-nine votes", 7)
    False
    """
    return text[end : end + 1] in ("-", "‐") and _TAIL.match(text, end) is not None
