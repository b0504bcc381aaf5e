"""English nouns before a bare value on a scale (``other``, no unit).

:data:`SCALE_NOUNS` join the reading nouns of :mod:`.context_words` (the number is a value
on a scale only when a punctuation mark or ``and`` / ``of`` ... follows): a clinical or
test score (``CURB-65 score 3``, ``Gleason score 7.``), not ``score 3 goals``.
:data:`ALWAYS_SCALE` name a scale whatever follows: a Mach number (``cruises at Mach 0.85
on two engines``, ``a Mach 2 fighter``), a Volcanic Explosivity Index (``Letusan berskala
VEI 7 itu``, ``a VEI 4 eruption``).
"""

from __future__ import annotations

__all__ = ["ALWAYS_SCALE", "SCALE_NOUNS"]

#: A score on a scale, when punctuation or a joining word follows the number.
SCALE_NOUNS = frozenset(("score",))

#: A Mach number or a volcanic explosivity index, whatever follows.
ALWAYS_SCALE = frozenset(("mach", "vei"))
