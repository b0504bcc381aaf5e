"""English "N unit to M noun": a measure, then a count of something else, never a range.

``for 15 years to 218 subscribers``, ``a lease of 99 years to 40 tenants``: the first end
is measured in a unit, the second is bare and followed by a counted noun, so the two
numbers measure different things.  A bare second end followed by punctuation, the end,
or a function word (``from 5 miles to 10 in 1900``) still shares the first one's unit.
"""

from __future__ import annotations

import re

_NOUN_AFTER = re.compile(r"[ \u00a0]+(?P<w>[a-z]{3,20})\b")

_FUNCTION_WORDS = frozenset(
    """and but for from the this that than then per each apiece with within into onto over
    under about after before during since until till when while where which who whom whose
    was were are has had have been being will would could should may might must can its
    their his her our your only more less respectively instead each""".split()
)


def en_counted_after(text: str, pos: int) -> bool:
    """Does a counted noun (a lower-case content word) follow the bare second end at *pos*?"""
    m = _NOUN_AFTER.match(text, pos)
    return bool(m) and m.group("w") not in _FUNCTION_WORDS
