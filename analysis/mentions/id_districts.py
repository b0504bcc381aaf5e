"""Indonesian electoral districts: the number of a ``Dapil`` (daerah pemilihan) names the
district, an ``identifier`` (``Dapil Jawa Barat III``, ``Dapil Jateng 5``, ``Dapil 3 Kota
Bandung``, ``daerah pemilihan Sumatera Utara II``), not an ordinal or a count."""

from __future__ import annotations

import re

__all__ = ["electoral_district"]

# "Dapil" or "daerah pemilihan", then up to four capitalised words of the province or
# town, right before the number
_DISTRICT_BEFORE = re.compile(
    r"(?:\b[Dd]apil|\bDAPIL|\b[Dd]aerah[ \u00a0]+[Pp]emilihan)"
    r"(?:[ \u00a0]+[A-Z][\w.'-]*){0,4}[ \u00a0]$"
)


def electoral_district(text: str, start: int) -> bool:
    """Whether the number at *start* follows ``Dapil`` (and a place name): a district.

    Parameters
    ----------
    text : str
        The whole text.
    start : int
        Where the number starts.

    Returns
    -------
    bool

    Examples
    --------
    >>> electoral_district("di Dapil Jawa Barat III mencapai", 20)
    True
    >>> electoral_district("Dapil 3 Kota Bandung", 6)
    True
    >>> electoral_district("di Jawa Barat 3 kali", 14)
    False
    """
    lo = max(0, start - 56)
    window = text[lo:start]
    if "apil" not in window and "APIL" not in window and "emilihan" not in window:
        return False
    return bool(_DISTRICT_BEFORE.search(text, lo, start))
