"""English "rose X% to Y": a change in percent, then the new level, never a range.

``The FTSE 100 rose 0.6% to 8,164.1``, ``Knife crime offences rose by 4% to 50,510``: the
first end is a percentage change after a verb of change, the second a bare level (no
percent sign), so the two numbers measure different things.  ``from 5% to 10`` (no verb
of change) is left to the range rules.
"""

from __future__ import annotations

import re

# a verb of change right before the first end ("rose", "fell by", "edged up about")
_EN_CHANGE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|up|down|gained|lost|grew"
    r"|climbed|dropped|jumped|slipped|slid|declined|increased|decreased|surged|soared|added"
    r"|shed|edged(?:[ \u00a0]+(?:up|down|higher|lower))?)(?:[ \u00a0]+by)?"
    r"[ \u00a0]+(?:about[ \u00a0]+|some[ \u00a0]+|nearly[ \u00a0]+|almost[ \u00a0]+)?$",
    re.IGNORECASE,
)


def change_then_level(text: str, start: int, conn: re.Match) -> bool:
    """Whether a percent first end at *start*, joined by *conn*, is a change before a level.

    Parameters
    ----------
    text : str
        The text.
    start : int
        The start of the first end (a percentage whose second end has no percent sign).
    conn : re.Match
        The connector between the ends.

    Returns
    -------
    bool
        True when the connector is ``to`` and a verb of change (``rose``, ``fell by``,
        ``up``) stands right before the first end.
    """
    return (
        conn.groupdict().get("w") == "to"
        and _EN_CHANGE_BEFORE.search(text, max(0, start - 30), start) is not None
    )
