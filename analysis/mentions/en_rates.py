"""English rates whose denominator the compound-unit rule of :mod:`.units` does not read:
a population density with the counted word inside (``2.1 people per square kilometre``,
``45 inhabitants/km²`` → ``1/km2``, as the Indonesian ``jiwa/km²``), a denominator of a
square or cubic unit in words (``35 micrograms per cubic metre`` → ``µg/m3``) and an
emission per distance or energy with the gas named between (``93.6 g CO2/km`` → ``g/km``).

:func:`en_rate_after` is asked by :func:`.units.unit_after` for English text; it opens
with a test of one or two characters after the number or the unit.
"""

from __future__ import annotations

import re

__all__ = ["en_rate_after"]

_SP = r"[ \u00a0]+"
# the area after "per" or "/" in a density, in words or as a symbol
_AREA = (
    rf"(?P<sq>square{_SP}(?P<sw>kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?|hectares?)"
    rf"|sq\.?{_SP}?(?P<ss>km|mi\.?|miles?)|(?P<sym>km2|km²|mi2|mi²|ha|hectares?))"
)
_DENSITY = re.compile(
    rf"{_SP}(?:people|persons|inhabitants|residents|individuals)(?:{_SP}per{_SP}|/){_AREA}"
    r"(?![^\W\d_²³])",
    re.IGNORECASE,
)
_DENSITY_FIRST = frozenset("pPiIrR")
# a square or cubic unit in words after "per"
_PER_POWER = re.compile(
    rf"{_SP}per{_SP}(?P<p>square|cubic){_SP}"
    r"(?P<u>kilomet(?:re|er)|centimet(?:re|er)|met(?:re|er)|foot|feet|inch(?:es)?|mile|yard)s?"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
_BASE = {
    "kilometre": "km", "kilometer": "km", "centimetre": "cm", "centimeter": "cm",
    "metre": "m", "meter": "m", "foot": "ft", "feet": "ft", "inch": "inch", "inches": "inch",
    "mile": "mi", "yard": "yd",
}  # fmt: skip
# the gas emitted, then the slashed denominator: "g CO2/km", "kg CO₂e/kWh"
_GAS_PER = re.compile(
    r"[ \u00a0](?:CO2|CO₂)(?:e|-eq|eq)?/(?P<d>km|kWh|MWh|GWh|t|kg|year|yr)(?![^\W\d_])"
)
_MASSES = frozenset(("g", "kg", "t", "mg", "µg", "ug", "Mt", "Gt", "lb"))
# numerators that take no square or cubic denominator: times and compound codes
_NO_POWER = frozenset(("hour", "minute", "second", "day", "week", "month", "year", "%"))


def _area_code(m: re.Match[str]) -> str:
    """The code of the area matched by :data:`_AREA` (``km2``, ``mi2``, ``m2``, ``ha``)."""
    w = (m.group("sw") or m.group("ss") or m.group("sym")).lower()
    if w.startswith(("km", "kilom")):
        return "km2"
    if w.startswith("mi"):
        return "mi2"
    if w.startswith(("ha", "hect")):
        return "ha"
    return "m2"


def en_rate_after(
    text: str, pos: int, u: tuple[int, str, str] | None
) -> tuple[int, str, str] | None:
    """The rate after the number ending at *pos*, given the unit *u* the other rules read.

    Parameters
    ----------
    text : str
        The whole text.
    pos : int
        The end of the number.
    u : tuple of (int, str, str) or None
        (end, unit code, kind) of the unit read after the number, or ``None``.

    Returns
    -------
    tuple of (int, str, str) or None
        The rate (end, compound code, ``"quantity"``), else *u* unchanged.

    >>> en_rate_after("a density of 2.1 people per square kilometre.", 16, None)
    (44, '1/km2', 'quantity')
    >>> en_rate_after("not exceed 93.6 g CO2/km, a", 15, (17, "g", "quantity"))
    (24, 'g/km', 'quantity')
    """
    if u is None:
        if text[pos : pos + 1] in (" ", "\u00a0") and text[pos + 1 : pos + 2] in _DENSITY_FIRST:
            m = _DENSITY.match(text, pos)
            if m:
                return m.end(), "1/" + _area_code(m), "quantity"
        return None
    e, code, kind = u
    if kind != "quantity" or "/" in code or text[e : e + 1] not in (" ", "\u00a0"):
        return u
    c = text[e + 1 : e + 2]
    if c == "p" and code not in _NO_POWER:
        m = _PER_POWER.match(text, e)
        if m:
            base = _BASE[m.group("u").lower()]
            return m.end(), f"{code}/{base}{2 if m.group('p').lower() == 'square' else 3}", kind
    elif c == "C" and code in _MASSES:
        m = _GAS_PER.match(text, e)
        if m:
            d = m.group("d")
            return m.end(), f"{code}/{'year' if d == 'yr' else d}", kind
    return u
