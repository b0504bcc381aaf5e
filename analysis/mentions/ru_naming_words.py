"""Russian nouns naming a numbered thing in academic, technical, official and instructional
texts: the integer after them is an ``identifier`` (``Пример 1``, ``Упражнение 214``,
``Задание 3``, ``Шаг 3``, ``соч. 67``, ``фиг. 2``, ``Пат. 2701234``, ``ауд. 401``).

They join the identifier nouns of :mod:`.context_words`: a worked example, an exercise, a
task or a variant of a textbook, a step of a how-to, an opus (``соч.``, ``опус``), a
figure of a patent (``фиг.``), a patent in a bibliographic description, a lecture room or
an office of an address.  None of them is followed by an amount it measures, and a unit
after the number is read before this list is consulted (``шаг 3 метра``).  The locative
forms are left out: "в аудитории 30 студентов", "в примере 3 ошибки", "на шаге 2 метра"
count.  ``проект`` is not here: ``Проект 2025 года`` is a year.
"""

from __future__ import annotations

__all__ = ["RU_NAMING_PREV"]

#: the word before the number, lower case, without its abbreviation point
RU_NAMING_PREV = frozenset(
    """пример примера примеру примеры примеров упражнение упражнения упражнению упражнений
    упр задание задания заданию вариант шаг шага шагу шагом соч опус опуса опусом
    фиг пат патент патента патенту патентом ауд аудитория каб""".split()
)
