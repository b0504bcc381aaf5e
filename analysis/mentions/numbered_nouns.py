"""English nouns naming a numbered thing in everyday registers: the integer after them is an
``identifier`` (``Room 14``, ``Question 7``, ``Service 18``, ``Band 5``, ``amendment 14``).

:data:`NAMING_NOUNS` are nouns that are also verbs or ordinary words before an amount
("they question 40 people", "a room 14 feet wide" is rare but "room for 14" is not): they
join the nouns of :mod:`.named` read as naming only when capitalised or after a determiner
or preposition.  :data:`ALWAYS_NAMING` are never followed by an amount they measure and join
the identifier nouns of :mod:`.context_words`.
"""

from __future__ import annotations

__all__ = ["ALWAYS_NAMING", "NAMING_NOUNS"]

#: Capitalised or after a determiner: "Room 14", "in Question 7", "Service 18 runs",
#: "Staff Nurse, Band 5", "from Platform 9", "Gate 22", "Ward 3".
NAMING_NOUNS = frozenset("room question band service platform gate ward".split())

#: Always naming: "I beg to move amendment 14", "amendments 3 and 4".
ALWAYS_NAMING = frozenset("amendment amendments".split())
