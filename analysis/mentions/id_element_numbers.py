"""Indonesian numbers of a chemical element's place in the periodic table and of its mass.

An element's atomic number (``nomor atom 26``), its group and period (``golongan 8
periode 4``) name its place in the table: ``identifier``; a relative atomic mass
(``massa atom relatif 55,845``, ``berat atom 12,011``) is a value on a scale, ``other``
(it has no unit).  A period elsewhere (``periode 2019–2024``, ``periode 5 tahun``) is
left to the other rules.
"""

from __future__ import annotations

import re

from .record import _Verdict

__all__ = ["id_element_number"]

_PREV = frozenset(("atom", "periode", "relatif"))
# "golongan 8 periode 4", "golongan VIIIB, periode 4": a group just before the period
_GROUP_BEFORE = re.compile(
    r"\bgolongan[ \u00a0]+[\dIVXivx]{1,4}[AB]?,?[ \u00a0]+periode[ \u00a0]$"
)
_MASS_BEFORE = re.compile(
    r"\b(?:massa|berat)[ \u00a0]+atom(?:[ \u00a0]+relatif)?[ \u00a0]$", re.IGNORECASE
)
_NUMBER_BEFORE = re.compile(r"\bnomor[ \u00a0]+atom[ \u00a0]$", re.IGNORECASE)


def id_element_number(
    text: str, start: int, end: int, unit: str | None, prevw: str
) -> _Verdict | None:
    """The verdict on a number after ``nomor atom``, ``golongan N periode`` or ``massa
    atom (relatif)``, else ``None``.

    Parameters
    ----------
    text : str
        The whole text.
    start, end : int
        The number's span.
    unit : str or None
        The unit read after it (a number with a unit is left alone).
    prevw : str
        The lower-cased word before it.

    Returns
    -------
    _Verdict or None

    Examples
    --------
    >>> t = "Besi: nomor atom 26, golongan 8 periode 4, massa atom relatif 55,845."
    >>> id_element_number(t, 17, 19, None, "atom").kind
    'identifier'
    >>> id_element_number(t, 40, 41, None, "periode").kind
    'identifier'
    >>> id_element_number(t, 62, 68, None, "relatif").kind
    'other'
    >>> id_element_number("pada periode 4 tahun", 13, 14, None, "periode") is None
    True
    """
    if unit or prevw not in _PREV:
        return None
    lo = max(0, start - 32)
    if prevw == "periode":
        return _Verdict("identifier", end) if _GROUP_BEFORE.search(text, lo, start) else None
    if _MASS_BEFORE.search(text, lo, start):
        return _Verdict("other", end)
    if prevw == "atom" and _NUMBER_BEFORE.search(text, lo, start):
        return _Verdict("identifier", end)
    return None
