"""English numbers of a register or a record named by "<kind> number": ``The Company
(registered number 08812345)``, ``charity number 1123456``, ``serial number 40219``,
``account number 31926819``: an ``identifier`` (a leading zero or eight digits never make it
an amount).

:meth:`.classify_en` asks here when the word before the figure is ``number``.
"""

from __future__ import annotations

import re

__all__ = ["register_number"]

_REGISTER_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:registered|company|registration|charity|serial|reference|account"
    r"|licen[cs]e|policy|case|VAT|tracking|invoice|membership|passport|permit|certificate)"
    r"[ \u00a0]+number[ \u00a0]$",
    re.IGNORECASE,
)


def register_number(text: str, start: int) -> bool:
    """Is the figure at *start* (after ``number``) the number of a register or a record?"""
    return bool(_REGISTER_BEFORE.search(text, max(0, start - 24), start))
