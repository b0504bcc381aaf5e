"""Standards designations after the name of a standards body (``ISO 9001:2015``, ``BS
8500-2:2015+A2:2019``, ``BS EN 1634-1``, ``EN 1090-2:2018``, ``IEC 60204-1``).

The designation is one ``identifier`` with the body's name outside: its value is the
standard's own number when it has no part or amendment (``ISO 9001:2015`` -> 9001, the
edition year inside), else null (``BS EN 1634-1``, ``BS 8500-2:2015+A2:2019``).  A bare
number after plain ``ISO`` is left to the other rules (``ISO 3200`` is a film speed), and
so is a number glued to a hyphen and a word (``the IEEE 39-bus system``: a count).
"""

from __future__ import annotations

import re

from .standard_editions import FILM_SPEEDS, cfr_section, hyphen_edition

__all__ = ["standard_designation"]

_NAN = float("nan")

# the name of a standards body right before the digits: "BS ", "BS EN ", "ISO/IEC ",
# "BS EN ISO ", "ANSI/ASHRAE "
_BODY = re.compile(
    r"(?<![^\W\d_])(?:(?:BS|PD|DD)(?:[ \u00a0](?:EN|ISO|IEC))*(?:[ \u00a0]ISO)?"
    r"|EN(?:[ \u00a0](?:ISO|IEC))?|ISO(?:/(?:IEC|TS|TR|ASTM))?|IEC(?:/EN)?|DIN(?:[ \u00a0]EN(?:[ \u00a0]ISO)?)?"
    r"|ANSI(?:/[A-Z]{2,6})?|ASTM|NFPA|AS/NZS|ASME|IEEE)[ \u00a0]$"
)
# the designation: number, parts, edition year, amendments ("8500-2:2015+A2:2019")
_BODY_NUMBER = re.compile(
    r"\d{1,6}(?P<part>(?:[-.]\d{1,4})*)(?::(?:1[89]|20)\d\d)?(?P<amd>(?:[+/](?:A|AC|Amd)\d{1,2}(?::(?:1[89]|20)\d\d)?)*)"
    r"(?![\w\-/:]|[.,]\d)"
)


def standard_designation(text: str, start: int) -> tuple[int, float] | None:
    """A standard's designation starting at *start*: (end, value), or None.

    Parameters
    ----------
    text : str
        The text.
    start : int
        The start of a digit atom, right after a space.

    Returns
    -------
    tuple of (int, float) or None
        The end of the designation and its value (the standard's number, NaN when parts
        or amendments follow it).

    Examples
    --------
    >>> standard_designation("to ISO 9001:2015.", 7)
    (16, 9001.0)
    """
    if text[start - 4 : start] == "CFR ":
        return cfr_section(text, start)  # "40 CFR 50.13"
    body = _BODY.search(text, max(0, start - 16), start)
    if body is None:
        return None
    m = _BODY_NUMBER.match(text, start)
    if m is None:
        return None
    plain = not m.group("part") and not m.group("amd")
    if plain and ":" not in m.group() and body.group()[:-1] == "ISO":
        if int(m.group()) in FILM_SPEEDS:
            return None  # "ISO 3200": perhaps a film speed
    if not m.group("amd") and hyphen_edition(body.group(), m.group("part")):
        return m.end(), float(m.group().split("-", 1)[0])  # "IEEE 754-2019"
    if plain:
        return m.end(), float(m.group().split(":", 1)[0])
    return m.end(), _NAN
