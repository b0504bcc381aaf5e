"""A journal article cited the physicists' and chemists' way: the abbreviated journal,
the volume, the first page or article number and the year in brackets (``Phys. Rev.
Lett. 116, 061102 (2016)``, ``J. Am. Chem. Soc. 142, 1234–1240 (2020)``, ``Phys. Rev. D
94, 064035 (2016)``).  The three numbers are references; the pattern joins the English
citation patterns of :mod:`analysis.mentions.citations`.
"""

from __future__ import annotations

#: The abbreviated journal (one to five dotted words, a series letter may follow), the
#: volume, the page or article number (a range too) and the year in brackets; not a
#: figure, an equation, a number or a month ("Fig. 3, 12 (2016)", "Dec. 5, 40 (2016)").
JOURNAL_VOLUME = (
    r"(?:\b(?!(?:Figs?|Eqs?|Nos?|Tab|Sec|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)"
    r"[A-Z][a-z]{0,9}\.[ ]){1,5}(?:[A-Z][ ])?\d{1,4},[ ][A-Z]?\d{1,7}"
    r"(?:[–-][A-Z]?\d{1,7})?[ ]\((?:1[6-9]|20)\d\d\)"
)
