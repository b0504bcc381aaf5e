"""Numbers that name or measure a chemical element or a ship's design in Russian reference
prose: an element's atomic number (``атомный номер 26``, ``порядковый номер 92``) and a
ship's project number (``атомный ледокол проекта 22220``, ``лодки проекта 955 «Борей»``)
are ``identifier``; the relative atomic or molecular mass (``Относительная атомная масса —
55,845``) is a dimensionless value on a scale, ``other``.

Read from the Russian table of :mod:`.language_kinds` for numbers without a unit; each
check opens with a test of the word before the number before any regular expression.
"""

from __future__ import annotations

import re

from .record import _Verdict

__all__ = ["ru_element_number"]

_NUMBER_WORDS = frozenset("номер номера номеру номером номере".split())
_MASS_WORDS = frozenset("масса массы массу массой массе".split())
_PROJECT_WORDS = frozenset("проект проекта проекту проектом проекте".split())

# "атомный номер", "порядковым номером" (an element's place in the table)
_ATOMIC_NUMBER = re.compile(
    r"(?:атомн|порядков)\w*[ \u00a0]+номер\w*[ \u00a0]*[—–:-]?[ \u00a0]*$", re.IGNORECASE
)
# "относительная атомная масса —", "молекулярная масса:"
_ATOMIC_MASS = re.compile(
    r"(?:атомн|молекулярн)\w*[ \u00a0]+масс\w*[ \u00a0]*(?:[—–:-][ \u00a0]*)?$",
    re.IGNORECASE,
)
# a vessel or aircraft named before "проекта" in the same clause
_VESSEL_BEFORE = re.compile(
    r"(?:ледокол|лодк|корабл|судн|суда|судов|крейсер|эсминц|эсминец|фрегат|корвет|атомоход|танкер"
    r"|траулер|тральщик|катер|ракетоносц|авианос|подлод|субмарин|паром|сторожевик)\w*[^.;!?]{0,40}$",
    re.IGNORECASE,
)


def ru_element_number(
    text: str, start: int, end: int, unit: str | None, prevw: str
) -> _Verdict | None:
    """The kind of an atomic number, a relative atomic mass or a ship's project number at
    *start*..*end*, or ``None``.

    Parameters
    ----------
    text : str
        The passage.
    start, end : int
        The span of the number.
    unit : str or None
        The unit read after the number; the rule needs none.
    prevw : str
        The word before the number, lower case.

    Returns
    -------
    _Verdict or None
        ``identifier`` for an atomic or project number, ``other`` for an atomic mass.

    Examples
    --------
    >>> ru_element_number("Атомный номер 31; металл", 14, 16, None, "номер").kind
    'identifier'
    >>> ru_element_number("атомная масса — 55,845.", 16, 22, None, "масса").kind
    'other'
    >>> ru_element_number("ледокол проекта 22220.", 16, 21, None, "проекта").kind
    'identifier'
    >>> ru_element_number("В рамках проекта 120 семей", 17, 20, None, "проекта") is None
    True
    >>> ru_element_number("номер 5 в списке", 6, 7, None, "номер") is None
    True
    """
    if unit:
        return None
    if prevw in _NUMBER_WORDS:
        if _ATOMIC_NUMBER.search(text, max(0, start - 40), start):
            return _Verdict("identifier", end)
        return None
    if prevw in _MASS_WORDS:
        if _ATOMIC_MASS.search(text, max(0, start - 60), start):
            return _Verdict("other", end)
        return None
    if prevw in _PROJECT_WORDS and end - start >= 3 and text[start:end].replace(".", "").isalnum():
        if _VESSEL_BEFORE.search(text, max(0, start - 80), start):
            return _Verdict("identifier", end)
    return None
