"""English nouns that name a numbered thing only when capitalised (``Day 2:``, ``Level 2``,
``Zone 2``, ``Flat 7``, ``Pump 4``, school ``Year 9``), and a phone extension or card
number after its cue (``ext. 2214``, ``Account ending 4417``): the integer is an
``identifier``.

Lower case, these words measure or count ("on day 14 of the trial", "level 3 of 5" is rare
but "a level 2 metres above" is not): only the capitalised noun names.  ``Year`` names a
school year only with one or two digits ("Year 2024" is a year).
"""

from __future__ import annotations

__all__ = ["capital_naming_kind"]

#: capitalised, the integer after them is the thing's number: "Day 2: Rome", "Level 2",
#: "Zone 2 bike", "Flat 7, 23 Elm Grove", "Pump 4 Unleaded", "Year 9 Report"
_CAPITAL_NAMING = frozenset("day level zone flat pump year".split())
#: a telephone extension: "ext. 2214", "extn 301", "Ext 45"
_EXTENSION = frozenset("ext extn".split())
#: what a card or account number's last digits are cued by: "Account ending 4417"
_ENDING_OWNERS = ("account ", "card ", "account number ", "card number ")


def capital_naming_kind(text: str, s: int, prevw: str, ndig: int) -> str:
    """``"identifier"`` for the integer at *s* (*ndig* plain digits) named by *prevw*, else "".

    >>> capital_naming_kind("Day 2: Depart Roma", 4, "day", 1)
    'identifier'
    >>> capital_naming_kind("on day 14 of the trial", 7, "day", 2)
    ''
    >>> capital_naming_kind("Year 2024 report", 5, "year", 4)
    ''
    >>> capital_naming_kind("Account ending 4417.", 15, "ending", 4)
    'identifier'
    """
    if not ndig:
        return ""
    if prevw in _CAPITAL_NAMING:
        w0 = s - 1 - len(prevw)
        if (
            text[s - 1 : s] == " "
            and text[w0 : w0 + 1].isupper()
            and ndig <= (2 if prevw == "year" else 3)
        ):
            return "identifier"
        return ""
    if prevw in _EXTENSION:
        return "identifier"  # "ext. 2214"
    if prevw == "ending" and ndig == 4:
        head = text[max(0, s - 30) : s - 7].lower()
        if head.endswith(_ENDING_OWNERS):
            return "identifier"  # "Account ending 4417", "card ending 0932"
    return ""
