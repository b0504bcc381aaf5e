"""Currency letters glued to the digits in English news of Africa: the Kenyan shilling
``Sh3.9 trillion`` / ``KSh500``, the South African rand ``R19.04`` / ``R2,180`` / ``R15.6
billion`` and the Nigerian naira ``N28.7 trillion`` / ``N1,309``.

``Sh`` and ``KSh`` before the digits are always shillings. A lone ``R`` or ``N`` names many
other things (the road ``R445``, an ``R18`` film, the mask ``N95``, ``R0`` of an epidemic),
so it is money only where the amount shows it: a scale word after it (``R15.6 billion``,
``N50 million``), or for ``R`` a figure written as money (thousands grouped, two decimals:
``R2,180``, ``R19.04``) or another such rand amount or the word *rand* nearby (``by R90 to
R2,180``); for ``N`` the word *naira* nearby (``the naira traded at N1,309``).
"""

from __future__ import annotations

import re

# the letters glued before the digits (a space only after KSh: "KSh 500")
_LETTERS_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:(?P<kes>K[Ss]hs?[ \u00a0]?|Shs?)|(?P<zar>R)|(?P<ngn>N))$"
)
# a scale word after the amount: "R15.6 billion", "N50 million", "Sh62.6bn"
_SCALE_AFTER = re.compile(r"[ \u00a0]?(?:million|billion|trillion|bn|tn|m)\b")
# a figure written as money: grouped thousands or two decimals ("2,180", "19.04")
_MONEY_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d\d)?(?![\d.,])|\d+\.\d\d(?![\d.,])")
# another rand amount or the currency's name near the figure
_RAND_NEAR = re.compile(
    r"\brand\b|(?<![^\W\d_])R(?:\d{1,3}(?:,\d{3})+|\d+\.\d\d(?!\d)|\d[\d.]*[ \u00a0]?(?:million|billion|bn|m)\b)"
)
_NAIRA_NEAR = re.compile(r"\b(?:naira|Naira)\b")
_NEAR = 120


def letter_currency(text: str, start: int, end: int, scaled: bool) -> tuple[int, str] | None:
    """The start of the currency letters glued before the figure *start*..*end* and the
    currency they name (``KES``, ``ZAR``, ``NGN``), or None; *scaled*: a scale word
    follows the figure already."""
    m = _LETTERS_BEFORE.search(text, max(0, start - 5), start)
    if m is None:
        return None
    if m.group("kes"):
        return m.start(), "KES"
    scaled = scaled or bool(_SCALE_AFTER.match(text, end))
    lo, hi = max(0, m.start() - _NEAR), min(len(text), end + _NEAR)
    if m.group("zar"):
        if scaled or _MONEY_FIGURE.fullmatch(text, start, end):
            return m.start(), "ZAR"
        near = text[lo : m.start()] + " " + text[end:hi]
        return (m.start(), "ZAR") if _RAND_NEAR.search(near) else None
    if scaled or _NAIRA_NEAR.search(text, lo, hi):
        return m.start(), "NGN"
    return None
