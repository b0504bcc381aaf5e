"""English symbols after a number whose reading depends on their neighbours: engine
capacity (``1,998cc``), volts (``9.0 V``, not an initial ``V. Smith``), timetables
(``1h 33m``), race cards (``3m 2½f``), rates per minute (``26/min``), exam marks
(``[4 marks]``) and a sentence-final ``mins.``.

The plain technical forms (``128GB``, ``4,575mAh``, ``71dB``, ``1 teaspoonful``,
``168 µmol/L``, ``12 Ω``, ``1021hPa``, ``11pts``) are rows of the unit lexicon
(``scripts/unit_rows_written.py``); :func:`symbol_unit_after` is tried before the other unit
rules of :func:`.units.unit_after`.
"""

from __future__ import annotations

import re

from .glued_symbols_en import GLUED_FIRST, glued_symbol_after
from .si_letters_en import SI_LETTERS, si_letter_after

__all__ = ["symbol_unit_after"]

# one-letter and context-bound symbols after a number (the first character after an
# optional space is the anchor)
_ANCHOR = frozenset("Vhmf/c")
# engine capacity "1,998cc", "125 cc" (not Hansard's columns "cc1399-1405")
_CC = re.compile(r"[ \u00a0]?cc(?!\w)")
_VOLT = re.compile(r"[ \u00a0]?V(?![\w'’%/]|\.[ \u00a0]?[A-Z]|\.\w)")
_HOUR_H = re.compile(
    r"h(?=[ \u00a0]?\d{1,2}[ \u00a0]?m(?:ins?)?\b|[ \u00a0]*(?:[,;)]|$)|[ \u00a0]+[a-z])"
)
_MIN_AFTER_H = re.compile(r"\dh[ \u00a0]?\d{1,2}$")
_MIN_M = re.compile(r"m(?:ins?)?(?![\w'’])")
_MILE_M = re.compile(r"m(?=[ \u00a0]\d{1,2}[½¼¾]?f(?![\w'’]))")
_FURLONG = re.compile(r"f(?![\w'’])")
_FURLONG_BEFORE = re.compile(r"\dm[ \u00a0]\d{1,2}[½¼¾]?$")
_PER_MIN = re.compile(r"/min(?![\w'’/])")
# exam marks in brackets after a question ("[4 marks]", "(6 marks)"), kind "other"
_MARKS = re.compile(r"[ \u00a0]marks?(?=[\])])")
_MARKS_BEFORE = re.compile(r"[\[(]\d{1,3}$")
# "mins." ending a sentence: the full stop is the sentence's ("3 hrs 15 mins. Car")
_MINS_STOP = re.compile(r"[ \u00a0]mins(?=\.(?:$|[ \u00a0]*\n|[ \u00a0]+[A-Z]))")


def _spaced_m(text: str, pos: int) -> tuple[int, str, str] | None:
    """Exam marks ``(6 marks)`` and a sentence-final ``mins.`` after the number ending at
    *pos* (the space)."""
    m = _MINS_STOP.match(text, pos)
    if m:
        return m.end(), "minute", "quantity"
    m = _MARKS.match(text, pos)
    if m and _MARKS_BEFORE.search(text, max(0, pos - 4), pos):
        return m.end(), "point", "other"
    return None


def symbol_unit_after(text: str, pos: int, lang: str | None) -> tuple[int, str, str] | None:
    """A one-letter or context-bound symbol after the number ending at *pos*: (end,
    unit code, kind) or ``None``.

    ``1,998cc``, ``125 cc`` (engine capacity, cm³); ``9.0 V``, ``12V`` (volts; not an initial ``V. Smith``); ``1h 33m``, ``24h`` (hours,
    glued) and the minutes after such an hour figure (``33m``, ``20min``); ``3m 2½f`` on a
    race card (miles and furlongs); ``26/min`` (a rate per minute); glued watts, megapixels
    and seconds (``350W``, ``48MP``, ``12.12sec``, :mod:`.glued_symbols_en`) and spaced
    tonnes, watts and amperes (``199 t``, ``240 W``, ``5 A``, :mod:`.si_letters_en`).
    English only (and unknown language).
    """
    if lang not in ("en", None):
        return None
    c = text[pos : pos + 1]
    if c == " " or c == "\u00a0":
        c = text[pos + 1 : pos + 2]
        if c == "m":
            return _spaced_m(text, pos)
        if c == "c":
            m = _CC.match(text, pos)
            return (m.end(), "cm3", "quantity") if m else None
        if c in SI_LETTERS:
            return si_letter_after(text, pos)
        if c != "V":
            return None
    if c in GLUED_FIRST:
        return glued_symbol_after(text, pos)  # "350W", "48MP", "12.12sec"
    if c not in _ANCHOR or pos == 0 or not (text[pos - 1].isdigit() or text[pos - 1] in "½¼¾ "):
        return None
    if c == "c":
        m = _CC.match(text, pos)
        return (m.end(), "cm3", "quantity") if m else None
    if c == "V":
        m = _VOLT.match(text, pos)
        return (m.end(), "V", "quantity") if m else None
    if c == "h":
        return (pos + 1, "hour", "quantity") if _HOUR_H.match(text, pos) else None
    if c == "m":
        if _MIN_AFTER_H.search(text, max(0, pos - 8), pos):
            m = _MIN_M.match(text, pos)
            return (m.end(), "minute", "quantity") if m else None
        if _MILE_M.match(text, pos):
            return pos + 1, "mi", "quantity"
        return None
    if c == "f":
        if _FURLONG.match(text, pos) and _FURLONG_BEFORE.search(text, max(0, pos - 8), pos):
            return pos + 1, "furlong", "quantity"
        return None
    m = _PER_MIN.match(text, pos)
    return (m.end(), "1/min", "quantity") if m else None
