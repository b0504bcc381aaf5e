"""English ``pounds`` in words as money: ``Annual income twenty pounds``, ``I will bet twenty
thousand pounds``, ``the sum of One hundred pounds of lawful money`` are sums in GBP, while
``twenty pounds of flour`` and ``I weighed a hundred and thirty-five pounds`` stay weights.

The word ``pound(s)`` after a number is read as money when a money word comes before it in
its clause (income, sum, paid, bet, worth, rent...) or when ``a year``, ``per annum``,
``apiece`` or ``of lawful money`` follows it; never when a weight word comes before it in its
clause or ``of`` and a thing follow it (``pounds of sugar``).
"""

from __future__ import annotations

import re

__all__ = ["pounds_are_money"]

_POUNDS = re.compile(r"pounds?", re.IGNORECASE)
# what follows the word: money ("a year", "of lawful money") or a weighed thing ("of flour")
_MONEY_AFTER = re.compile(
    r"[ \u00a0]+(?:a[ \u00a0]+(?:year|week|month|quarter)|per[ \u00a0]+(?:annum|week|month)"
    r"|apiece|of[ \u00a0]+(?:lawful[ \u00a0]+)?money|in[ \u00a0]+(?:cash|money|gold|notes)"
    r"|reward)(?![^\W\d_])",
    re.IGNORECASE,
)
_OF_AFTER = re.compile(r"[ \u00a0]+of[ \u00a0]", re.IGNORECASE)
_MONEY_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:income|expenditure|salary|stipend|wages?|rent|sum|price|cost|costs|costing"
    r"|paid|pay|pays|paying|worth|owed?|owes|owing|debts?|fined?|bet|wager(?:ed)?|lend|lent"
    r"|borrow(?:ed)?|bequeath\w*|legacy|fortune|reward|subscri\w+|spent|spend|earn\w*|charged?"
    r"|fees?|fare|premium|bail|damages|compensation|sold|bought|fetched|annuity|pension"
    r"|allowance|dowry|portion|capital|profit|interest|bank|banker|purse|guineas|shillings"
    r"|gave|give|given|won|staked?|offered|raised|collected|subscribed|penalty)(?![^\W\d_])",
    re.IGNORECASE,
)
_WEIGHT_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:weigh\w*|weight|heav\w+|light\w*|stones?|ounces?|pressure|butter|flour"
    r"|meat|beef|bread|sugar|tea|cheese|fish|salmon|potatoes|load|cargo|calibre|gun|shot)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)


def pounds_are_money(text: str, start: int, end: int) -> bool:
    """Whether the mention ``text[start:end]``, a number and the word ``pound(s)`` (unit
    ``lb``), is an amount of money in GBP rather than a weight.

    Parameters
    ----------
    text : str
        The whole text.
    start, end : int
        The mention's offsets; its surface ends with the unit word.

    Returns
    -------
    bool
        True when the clause speaks of money (see the module docstring).

    Examples
    --------
    >>> t = "Annual income twenty pounds, annual expenditure nil."
    >>> pounds_are_money(t, 14, 27)
    True
    >>> t = "He bought twenty pounds of flour."
    >>> pounds_are_money(t, 10, 23)
    False
    """
    if text[end - 1 : end] not in ("s", "d", "S", "D"):
        return False  # "lb.", "lbs."
    word = text.rfind(" ", start, end)
    if word < 0 or not _POUNDS.fullmatch(text, word + 1, end):
        return False
    if _MONEY_AFTER.match(text, end):
        return True
    if _OF_AFTER.match(text, end):
        return False
    lo = max(0, start - 80)
    before = text[lo:start]
    cut = max(before.rfind(c) for c in ".;:!?")
    before = before[cut + 1 :]
    return _MONEY_BEFORE.search(before) is not None and _WEIGHT_BEFORE.search(before) is None
