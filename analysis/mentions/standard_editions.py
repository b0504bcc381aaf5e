"""Readings of a standard's designation that depend on its body: a bare ISO number that is
no film speed (``ISO 8601``, ``ISO 216``; ``ISO 3200`` is left, as a film speed may be),
an IEEE edition year after a hyphen (``IEEE 754-2019``: the standard 754, its edition
inside) and a section of the US Code of Federal Regulations (``40 CFR 50.13``, value null
for a dotted part and section).  :func:`.standards.standard_designation` asks here.
"""

from __future__ import annotations

import re

__all__ = ["FILM_SPEEDS", "cfr_section", "hyphen_edition"]

#: ISO film speeds (arithmetic scale, whole and third stops) that a bare "ISO N" may be
FILM_SPEEDS = frozenset(
    (6, 8, 10, 12, 16, 20, 25, 32, 40, 50, 64, 80, 100, 125, 160, 200, 250, 320, 400, 500, 640)
    + (800, 1000, 1250, 1600, 2000, 2500, 3200, 4000, 5000, 6400, 8000, 10000, 12800, 16000)
    + (20000, 25600, 32000, 40000, 51200, 64000, 80000, 102400, 128000, 160000, 204800)
    + (256000, 320000, 409600, 819200)
)

# an edition year after a hyphen, IEEE's way ("754-2019", "802.3-2018" keeps a part)
_EDITION = re.compile(r"-(?:19[5-9]\d|20\d\d)")
# a CFR section: part and section ("50.13"), or a part alone ("Part 60" reads elsewhere)
_CFR_SECTION = re.compile(r"\d{1,4}(?:\.\d{1,4}[a-z]?)?(?![\w.\-]|[.,]\d)")


def hyphen_edition(body: str, part: str) -> bool:
    """Is *part* (what follows the number) only an IEEE edition year (``-2019``)?

    >>> hyphen_edition("IEEE ", "-2019"), hyphen_edition("BS EN ", "-1")
    (True, False)
    """
    return body.startswith("IEEE") and _EDITION.fullmatch(part) is not None


def cfr_section(text: str, start: int) -> tuple[int, float] | None:
    """The section of the Code of Federal Regulations at *start* (after "CFR" and a space):
    (end, value), the value null for a dotted part and section.

    >>> cfr_section("Under 40 CFR 50.13, the", 13)
    (18, nan)
    """
    m = _CFR_SECTION.match(text, start)
    if m is None:
        return None
    return m.end(), float("nan") if "." in m.group() else float(m.group())
