"""Indonesian times of day the hour words do not mark.

* A time ``HH.MM`` without ``pukul`` after a verb of departing, arriving, opening or
  starting in the same clause (``berangkat dari Gambir 08.45 dan tiba di Yogyakarta
  15.05``, ``Hari 2: berangkat 04.00``) is a time of day, ``other`` with the minutes as
  sixtieths; a decimal is written with a comma in Indonesian, so the dot with two digits
  after a travel verb is never a fraction.
* A whole hour after ``pukul`` / ``jam`` (also the old spelling ``djam``, ``poekoel``)
  followed by a part of the day (``djam 4 sore``, ``jam 8 malam``, ``pukul 1 siang``) is a
  time of day on the 24-hour clock (16, 20, 13), ``other`` with the digits only; ``pagi``
  and ``subuh`` keep the hour (``jam 7 pagi``).
"""

from __future__ import annotations

import re

__all__ = ["daypart_hour", "travel_clock"]

#: verbs after which a bare ``HH.MM`` is a time of day (maybe a place between them)
_TRAVEL_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:berangkat|tiba|datang|mendarat|lepas[ \u00a0]landas|boarding|check-in"
    r"|check-out|dimulai|mulai|berakhir|selesai|buka|dibuka|tutup|ditutup|pulang)"
    r"(?:[ \u00a0]+(?:dari|di|ke|dr|esok|hari|pagi|sore|malam|[A-Z][\w-]*)){0,3}[ \u00a0]+$",
    re.IGNORECASE,
)
_HHMM = re.compile(r"([01]?\d|2[0-3])\.([0-5]\d)")
_HOUR_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:pukul|jam|djam|poekoel|pkl\.?)[ \u00a0]+$", re.IGNORECASE
)
_DAYPART = re.compile(
    r"[ \u00a0]+(pagi|subuh|siang|sore|soreh|petang|malam)(?![^\W\d_])", re.IGNORECASE
)


def travel_clock(text: str, start: int, end: int) -> bool:
    """Whether the ``HH.MM`` at *start*..*end* is a time of day after a verb of travel or
    opening.

    Parameters
    ----------
    text : str
        The text.
    start, end : int
        The span of the number.

    Returns
    -------
    bool
        True for ``berangkat 04.00``, ``tiba di Yogyakarta 15.05``.

    Examples
    --------
    >>> travel_clock("Hari 2: berangkat 04.00 ke Punthuk", 18, 23)
    True
    >>> travel_clock("IPK saya 3.45 tahun ini", 9, 13)
    False
    """
    return bool(
        _HHMM.fullmatch(text, start, end)
        and _TRAVEL_BEFORE.search(text, max(0, start - 48), start)
    )


def daypart_hour(text: str, start: int, end: int) -> float | None:
    """The hour on the 24-hour clock of the whole hour at *start*..*end* after ``jam`` /
    ``pukul`` and before a part of the day, or None.

    Parameters
    ----------
    text : str
        The text.
    start, end : int
        The span of the digits.

    Returns
    -------
    float or None
        The hour (``djam 4 sore`` -> 16, ``jam 7 pagi`` -> 7).

    Examples
    --------
    >>> daypart_hour("berangkat djam 4 sore", 15, 16)
    16.0
    >>> daypart_hour("4 sore", 0, 1) is None
    True
    """
    m = _DAYPART.match(text, end)
    if (
        not m
        or not text[start:end].isdigit()
        or not _HOUR_BEFORE.search(text, max(0, start - 9), start)
    ):
        return None
    hour, part = int(text[start:end]), m.group(1).lower()
    if not 1 <= hour <= 12:
        return None
    if part in ("sore", "soreh", "petang") or (part == "malam" and hour >= 6 and hour != 12):
        hour = hour % 12 + 12
    elif part == "siang" and hour <= 5:
        hour += 12
    return float(hour)
