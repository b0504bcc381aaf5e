"""Kazakh units of rates written around a number: the pulse in beats per minute
(``пульс минутына 96 соққы``), fuel use per 100 km (``9,8 л/100 км``), specific heat
(``4200 Дж/(кг·°C)``) and cell counts per litre after a power of ten
(``лейкоциттер 12,4×10⁹/л``).
"""

from __future__ import annotations

import re

__all__ = ["kk_rate_unit_after"]

_FIRST = frozenset("сСлЛДд/")

# "соққы" (beats) after a number is the pulse when "минутына" (per minute) or the pulse
# word stands just before the number ("пульсі минутына 98 соққы", "пульс 72 соққы")
_BEATS = re.compile(r"[ \u00a0]?соққы(?:ға|дан|ны|сы|ын)?(?![^\W\d_])", re.IGNORECASE)
_BEATS_BEFORE = re.compile(
    r"(?:минутына|пульс\w*|жүрек[ \u00a0]+соғу\w*)[ \u00a0]+$", re.IGNORECASE
)

_PER_100KM = re.compile(r"[ \u00a0]?л[ \u00a0]?/[ \u00a0]?100[ \u00a0]?км(?![^\W\d_])")
_SPECIFIC_HEAT = re.compile(
    r"[ \u00a0]?[кК]?Дж[ \u00a0]?/[ \u00a0]?\(кг[·⋅*][ \u00a0]?(?:°[CС]|К)\)"
)
_PER_LITRE = re.compile(r"/л(?![^\W\d_])")
_POWER = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹")


def kk_rate_unit_after(text: str, pos: int) -> tuple[int, str, str] | None:
    """The rate unit at *pos*, right after a number: (end, unit code, ``"quantity"``) or
    ``None``.

    Examples
    --------
    >>> kk_rate_unit_after("пульсі минутына 98 соққы.", 18)
    (24, 'bpm', 'quantity')
    >>> kk_rate_unit_after("Ол 5 соққы жасады.", 4) is None
    True
    """
    c = text[pos + 1 : pos + 2] if text[pos : pos + 1] in " \u00a0" else text[pos : pos + 1]
    if c not in _FIRST:
        return None
    if c == "/":
        if text[pos - 1 : pos] in _POWER and _PER_LITRE.match(text, pos):
            return pos + 2, "1/l", "quantity"  # "12,4×10⁹/л"
        return None
    if c in "сС":
        m = _BEATS.match(text, pos)
        start = pos
        while start > 0 and (text[start - 1].isdigit() or text[start - 1] in ",–-"):
            start -= 1  # the number, or a range of numbers ("минутына 60–80 соққы")
        if m and _BEATS_BEFORE.search(text, max(0, start - 25), start):
            return m.end(), "bpm", "quantity"
        return None
    if c in "лЛ":
        m = _PER_100KM.match(text, pos)
        return (m.end(), "l/100km", "quantity") if m else None
    m = _SPECIFIC_HEAT.match(text, pos)
    if m:
        return m.end(), ("kJ" if "к" in m.group()[:3] else "J") + "/(kg*degC)", "quantity"
    return None
