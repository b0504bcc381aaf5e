"""Fractions of a unit said in words in English: ``half a pint``, ``a quarter of an
ounce``, ``half an hour``, ``half a crown`` (a fraction word with the article and ``of``
before the unit), and a half added after the unit: ``a mile and a half`` (1.5 mi),
``a Pound and a half``, ``two hours and a half``.

The functions only read the text; the hooks in :mod:`.amounts` emit the mention.
"""

from __future__ import annotations

import re

from .units import unit_after

__all__ = ["and_a_half_end", "article_unit_half", "fraction_unit_after"]

# the article (and "of") between a fraction word and its unit: "half a", "a quarter of an"
_ARTICLE = re.compile(r"[ \u00a0]+(?:of[ \u00a0]+)?(?:an?|the)(?=[ \u00a0])", re.IGNORECASE)
# "half a crown" (2s. 6d.), "half-a-crown", "half a sovereign", "half a guinea"
_OLD_COIN = re.compile(
    r"(?:[ \u00a0]+|-)an?(?:[ \u00a0]+|-)(?P<c>crown|sovereign|guinea)(?![\w-])", re.IGNORECASE
)
_COIN_UNIT = {"crown": "crown", "sovereign": "GBP", "guinea": "guinea"}
_AND_A_HALF = re.compile(r"[ \u00a0]+and[ \u00a0]+a[ \u00a0]+half(?![\w-])", re.IGNORECASE)
# "a mile", "an hour", "a Pound" just before "and a half"
_ARTICLE_UNIT = re.compile(
    r"(?<![\w'’])(?P<art>an?)[ \u00a0]+[^\W\d_][^\W\d_.]*\.?[ \u00a0]$", re.IGNORECASE
)


def fraction_unit_after(text: str, end: int, lang: str | None) -> tuple[int, str, str] | None:
    """The unit after a fraction word ending at *end*, past its article: ``half a pint``,
    ``a quarter of an Ounce``, ``half of an inch``, ``half an hour``; an old coin
    (``half a crown``, kind money).  (end, unit code, kind) or ``None``; English only."""
    if lang not in ("en", None) or text[end : end + 1] not in (" ", "\u00a0", "-"):
        return None
    coin = _OLD_COIN.match(text, end)
    if coin:
        return coin.end(), _COIN_UNIT[coin.group("c").lower()], "money"
    m = _ARTICLE.match(text, end)
    if m is None or text[m.start() : m.end()].lower().endswith("the"):
        return None
    u = unit_after(text, m.end(), lang)
    if u is None or u[2] != "quantity" or u[1] in ("times", "%"):
        return None
    return u


def and_a_half_end(text: str, end: int) -> int | None:
    """The end of ``and a half`` after a unit ending at *end* (``One mile and a half``,
    ``two hours and a half``), or ``None``."""
    m = _AND_A_HALF.match(text, end)
    return m.end() if m else None


def article_unit_half(text: str, start: int, lang: str | None) -> tuple[int, str, str] | None:
    """``a mile and a half``: for the "and a half" starting at *start*, the start of the
    article before the unit, the unit code and kind (value 1.5), or ``None``."""
    if lang not in ("en", None):
        return None
    m = _ARTICLE_UNIT.search(text, max(0, start - 24), start)
    if m is None:
        return None
    u = unit_after(text, m.end("art"), lang)
    if u is None or u[0] != start - 1 or u[2] not in ("quantity", "money"):
        return None
    return m.start("art"), u[1], u[2]
