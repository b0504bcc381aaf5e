"""Indonesian ratings out of a maximum written with a slash: ``Nilai akhir kami untuk
earbuds ini 8/10``, ``Nilai dari kami: 8/10``, ``skor 4/5``.  After a rating word in the
same sentence the pair is a score on a scale, valued by its first number (8), not the
fraction 0.8; ``2/5 dari hasil panen`` without such a word stays a fraction.

The check opens with a test of the maximum (5, 10, 20 or 100).
"""

from __future__ import annotations

import re

__all__ = ["rating_out_of"]

_MAXIMA = frozenset((5.0, 10.0, 20.0, 100.0))
# a rating word earlier in the sentence: "Nilai akhir kami ...", "skor", "rating", "penilaian"
_RATING_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:nilai|skor|rating|penilaian|rapor|verdict)(?![^\W\d_])[^.!?\n]{0,50}$",
    re.IGNORECASE,
)
# a counted noun after the pair makes it a share ("8/10 responden")
_NOUN_AFTER = re.compile(
    r"[ \u00a0]+(?:dari|orang|responden|warga|siswa|peserta|bagian)(?![^\W\d_])"
)


def rating_out_of(text: str, start: int, end: int, maximum: float) -> bool:
    """Whether the slash pair at *start*..*end* with second number *maximum* is a rating
    on a scale (value: the first number) rather than a fraction.

    Parameters
    ----------
    text : str
        The text.
    start, end : int
        Offsets of the pair ``8/10``.
    maximum : float
        The number after the slash.

    Returns
    -------
    bool
        True after a rating word in the same sentence and before no counted noun.
    """
    if maximum not in _MAXIMA or _NOUN_AFTER.match(text, end):
        return False
    return _RATING_BEFORE.search(text, max(0, start - 60), start) is not None
