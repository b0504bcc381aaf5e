"""Numbers of clauses and list items in contracts, laws and regulations.

* A multi-level clause number opening a sentence or a line, ``1.1. Поставщик обязуется``,
  ``3.2. Оплата производится``, ``2.4.1. Срок``: one ``identifier`` with value null (it
  holds several numbers), the closing full stop outside.  Read only where the number
  stands at the start of a line or after a sentence end and a capitalised word follows
  its full stop, so a decimal written with a dot inside a sentence (``рост на 1.5.``) is
  left to the other rules.
* A list item closed by a bracket after a colon, a semicolon or an elision,
  ``в следующих случаях: <...> 4) осуществление``, ``на 2024 год: 1) прогнозируемый``:
  an ``identifier`` (a list item opening a sentence is read by the classifier).
"""

from __future__ import annotations

import re

__all__ = ["clause_number_end", "item_after_list_colon"]

_CLAUSE = re.compile(r"\d{1,3}(?:\.\d{1,3}){1,4}(?=\.[ \u00a0]+[«\"]?[A-ZА-ЯЁ])")

# what may stand before a clause number: a line start, or a sentence end
_SENT_END_CHARS = frozenset(".!?\n")

# before a bracketed item: a colon, a semicolon or an elision "<...>", "[…]", "..."
_ITEM_BEFORE = re.compile(r"(?:[:;]|<(?:\.\.\.|…)>|\[(?:\.\.\.|…)\]|\.\.\.|…)[ \u00a0]*$")
_ITEM_AFTER = re.compile(r"\)[ \u00a0]+[«\"]?[^\W\d_]")


def clause_number_end(text: str, start: int) -> int | None:
    """The end of a multi-level clause number starting at *start* (``1.1`` of ``1.1. Текст``
    at a line or sentence start), or ``None``.

    Examples
    --------
    >>> t = "тонн. 3.2. Оплата"
    >>> t[6 : clause_number_end(t, 6)]
    '3.2'
    >>> clause_number_end("рост на 1.5. Потом", 8) is None
    True
    """
    m = _CLAUSE.match(text, start)
    if m is None:
        return None
    i = start - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    if i >= 0 and text[i] not in _SENT_END_CHARS:
        return None
    return m.end()


def item_after_list_colon(text: str, start: int, end: int) -> bool:
    """Is the integer at *start*..*end* a list item ``4)`` after a colon, a semicolon or an
    elision, before a word?

    Examples
    --------
    >>> t = "на 2024 год: 1) прогнозируемый"
    >>> item_after_list_colon(t, 13, 14)
    True
    >>> item_after_list_colon("в среднем 5) человек", 10, 11)
    False
    """
    return bool(
        _ITEM_AFTER.match(text, end) and _ITEM_BEFORE.search(text, max(0, start - 8), start)
    )
