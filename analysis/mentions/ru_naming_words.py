"""Russian nouns naming a numbered thing in academic, technical and official texts: the
integer after them is an ``identifier`` (``Пример 1``, ``Упражнение 214``, ``фиг. 2``,
``Пат. 2701234``, ``ауд. 401``).

They join the identifier nouns of :mod:`.context_words`: a worked example or an exercise of
a textbook, a figure of a patent (``фиг.``), a patent in a bibliographic description, a
lecture room or an office of an address.  None of them is followed by an amount it
measures.  The locative forms are left out: "в аудитории 30 студентов", "в примере 3
ошибки" count.
"""

from __future__ import annotations

__all__ = ["RU_NAMING_PREV"]

#: the word before the number, lower case, without its abbreviation point
RU_NAMING_PREV = frozenset(
    """пример примера примеру примеры примеров упражнение упражнения упражнений упр
    фиг пат патент патента патенту патентом ауд аудитория каб""".split()
)
