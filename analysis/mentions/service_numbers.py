"""English telephone service numbers and incident logs in appeals to the public: ``call
West Midlands Police on 101``, ``dial 999``, ``quoting log 1234``, ``quoting crime reference
5521``.  Each is an ``identifier`` keeping its value (one group of digits)."""

from __future__ import annotations

import re

#: The word before the number in these phrasings (a cheap test before any regex).
_SERVICE_PREV = frozenset("on dial ring call log reference ref incident number no".split())

# a call "on" a number, or a number dialled: "call police on 101", "ring 999"
_CALL_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:(?:call|ring|phone|telephone|contact|text)(?:ing|ed|s)?(?![^\W\d_])"
    r"[^.;:!?\d]{0,48}?[ \u00a0]on|dial(?:ling|led|s)?|ring|call)[ \u00a0]$",
    re.IGNORECASE,
)
# what may follow a service number (not a counted noun: "call on 30 members to strike")
_CALL_AFTER = re.compile(
    r"[,.;:)]|$|[ \u00a0]+(?:or|and|quoting|immediately|now|if|for|to|as|from|at)(?![^\W\d_])"
)
# an incident log or crime reference quoted to the police
_QUOTING_BEFORE = re.compile(
    r"(?<![^\W\d_])quoting[ \u00a0]+(?:the[ \u00a0]+)?(?:(?:crime[ \u00a0]+)?reference|ref\.?|log|incident)"
    r"(?:[ \u00a0]+(?:number|no\.?))?[ \u00a0]$",
    re.IGNORECASE,
)


def service_number(text: str, start: int, end: int, prevw: str) -> bool:
    """Whether the whole number at *start*..*end* is a service number or a quoted log.

    Parameters
    ----------
    text : str
        The text.
    start, end : int
        The span of the number.
    prevw : str
        The word before it, in small letters (one of ``_SERVICE_PREV``).

    Returns
    -------
    bool
        True for three or more digits after a call ``on`` or ``dial`` (``ring``, ``call``)
        before punctuation or a small word, and for any number after ``quoting log`` (``crime
        reference``, ``incident``, ``ref.``, with ``number`` / ``no.``).
    """
    if prevw in ("on", "dial", "ring", "call"):
        return (
            end - start >= 3
            and _CALL_BEFORE.search(text, max(0, start - 70), start) is not None
            and _CALL_AFTER.match(text, end) is not None
        )
    return _QUOTING_BEFORE.search(text, max(0, start - 40), start) is not None
