"""Body mass index values: ``a BMI of 30 or more``, ``A healthy BMI is between 18.5 and
24.9``.

A BMI is a reading on a scale (kg/m² left unsaid), ``other`` like a GPA or an index level,
never a count.  The number needs ``BMI`` earlier in its sentence, no unit, a value an adult
or child may have (10 to 70), and no counted noun after it (``BMI data for 300 adults``
stays a count).
"""

from __future__ import annotations

import re

from .record import _Verdict

__all__ = ["bmi_value"]

_BMI_BEFORE = re.compile(r"(?-i:\bBMIs?\b)[^.;!?\n\d]{0,45}(?:\d[\d.]*[^.;!?\n\d]{1,12})?$")
_FREE_AFTER = re.compile(
    r"[ \u00a0]+(?:or|and|to|in|for|is|are|was|were|on|at)\b|[ \u00a0]*(?:[.,;:!?)]|$)"
)


def bmi_value(text: str, start: int, end: int, unit: str | None) -> _Verdict | None:
    """``other`` for a BMI value (see the module docstring), else None.

    Parameters
    ----------
    text : str
        The passage.
    start, end : int
        The span of the number.
    unit : str or None
        The unit read after it; a BMI has none.

    Returns
    -------
    _Verdict or None
        The verdict, or None.

    Examples
    --------
    >>> bmi_value("with a BMI of 30 or more.", 14, 16, None).kind
    'other'
    >>> bmi_value("BMI data for 300 adults", 13, 16, None) is None
    True
    """
    if unit or start < 4 or "BMI" not in text[max(0, start - 60) : start]:
        return None
    try:
        v = float(text[start:end])
    except ValueError:
        return None
    if not 10 <= v <= 70 or not _FREE_AFTER.match(text, end):
        return None
    if not _BMI_BEFORE.search(text, max(0, start - 60), start):
        return None
    return _Verdict("other", end)
