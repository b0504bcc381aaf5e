"""English "N unit to D Month": a measure, then the date it runs to, never a range.

``in the 13 weeks to 25 November``, ``the 12 months to 31 March 2024``, ``for six months to
30 June``: the first end is measured in a unit, the bare second end is the day of a date
(a month name follows it), so the two numbers are a duration and a date.
"""

from __future__ import annotations

import re

from .months import MONTHS

__all__ = ["en_day_month_after"]

# the English month names of the date rules, or a short name without its full stop
_MONTH_AFTER = re.compile(
    r"[ \u00a0]+(?:" + MONTHS["en"][0] + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
    r"(?![^\W\d_])"
)


def en_day_month_after(text: str, pos: int) -> bool:
    """Does an English month name follow the bare second end ending at *pos*?"""
    return text[pos : pos + 1] in (" ", "\u00a0") and bool(_MONTH_AFTER.match(text, pos))
