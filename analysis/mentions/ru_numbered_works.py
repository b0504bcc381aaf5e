"""Russian nouns naming a numbered step or opus: the integer after them is an
``identifier`` (``Шаг 3``, ``соч. 67``, ``опус 10``).

A step of a how-to is numbered like ``Задание 3``; an opus number (``соч.``, ``опус``)
names a work.  The locative forms are left out ("на шаге 2 метра"), and a unit after the
number is read before this list is consulted (``шаг 3 метра``).  ``проект`` is not here:
``Проект 2025 года`` is a year.
"""

from __future__ import annotations

__all__ = ["RU_NUMBERED_WORKS_PREV"]

#: the word before the number, lower case, without its abbreviation point
RU_NUMBERED_WORKS_PREV = frozenset("""шаг шага шагу шагом соч опус опуса опусом""".split())
