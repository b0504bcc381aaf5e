"""Device specifications with a capital symbol glued to the digits: ``45W`` charging, a
``50MP`` camera.

The letters alone are no units (``W`` is also west or wins, ``MP`` a member of
parliament), so only the glued form is read, and not in a compass bearing (``45W`` after
a latitude such as ``30N``), a Hansard column of written answers (``c. 245W``), an oil grade (``5W-30``) or before more letters (``50MPs``).
"""

from __future__ import annotations

import re

__all__ = ["glued_device_unit"]

_GLUED = re.compile(r"(?-i:(?P<w>W)|(?P<mp>MP))(?![\w-])")
_BEARING_BEFORE = re.compile(r"\d[NS][ \u00a0,]*\d+(?:\.\d+)?$")
# a Hansard column of written answers: "Vol. 742, c. 245W", "cols. 12W"
_COLUMN_BEFORE = re.compile(r"\b(?:c|cc|col|cols)\.[ \u00a0]?\d+$")


def glued_device_unit(text: str, pos: int) -> tuple[int, str, str] | None:
    """A watt or megapixel symbol glued to the number ending at *pos*.

    Parameters
    ----------
    text : str
        The passage.
    pos : int
        Where the number ends.

    Returns
    -------
    tuple of (int, str, str) or None
        The end of the symbol, the unit code and the kind ``quantity``.

    Examples
    --------
    >>> glued_device_unit("charging at 45W is slow", 14)
    (15, 'W', 'quantity')
    >>> glued_device_unit("The main 50MP camera", 11)
    (13, 'MP', 'quantity')
    >>> glued_device_unit("5W-30 oil", 1) is None
    True
    """
    if pos == 0 or not text[pos - 1].isdigit():
        return None
    m = _GLUED.match(text, pos)
    if m is None:
        return None
    if m.group("w") and _BEARING_BEFORE.search(text, max(0, pos - 16), pos):
        return None  # "30N 45W": a longitude
    if m.group("w") and _COLUMN_BEFORE.search(text, max(0, pos - 12), pos):
        return None  # "c. 245W": a column of written answers
    return m.end(), "W" if m.group("w") else "MP", "quantity"
