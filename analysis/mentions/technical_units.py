"""Units of everyday technical English that the generated unit lexicon lacks: product
specifications (``128GB``, ``4,575mAh``, ``71dB``), kitchen
measures (``1 teaspoonful``, ``3/4 cup``), laboratory values (``168 µmol/L``), physics
(``12 Ω``, ``9.8 m/s²``, ``9.0 V``), weather (``1021hPa``), engineering (``50 ksi``),
navigation (``7,530 nmi``), timetables (``1h 33m``), race cards (``3m 2½f``), exam marks
(``[4 marks]``) and points in a table (``11pts``).

:func:`extra_rows` adds the plain forms to the rows of :mod:`.unit_table` (so
:func:`~analysis.mentions.unit_lexicon` lists them, source "local"); :func:`symbol_unit_after`
reads the one-letter symbols and the forms whose reading depends on their neighbours, before
the other unit rules of :func:`.units.unit_after`.
"""

from __future__ import annotations

import re

__all__ = ["extra_rows", "symbol_unit_after"]

#: (lang, form, unit code, dimension): lower-case forms match in any letter case, the
#: others as written (:func:`.unit_table.lexicon_forms`); "und" for symbols of any language.
_ROWS: tuple[tuple[str, str, str, str], ...] = (
    # digital storage and batteries
    *(("und", f, f, "information") for f in ("kB", "MB", "GB", "TB")),
    *(("en", f, "GB", "information") for f in ("gigabyte", "gigabytes")),
    *(("en", f, "MB", "information") for f in ("megabyte", "megabytes")),
    *(("en", f, "TB", "information") for f in ("terabyte", "terabytes")),
    ("und", "mAh", "mAh", "charge"),
    # sound level
    *(("und", f, "dB", "sound level") for f in ("dB", "dBA", "dB(A)")),
    ("en", "decibels", "dB", "sound level"),
    ("en", "decibel", "dB", "sound level"),
    # (engines and cars: "bhp" and "mpg" are rows of the build script, for every language)
    # navigation
    ("en", "nmi", "nmi", "length"),
    # pressure and stress
    ("und", "hPa", "hPa", "pressure"),
    ("en", "hectopascals", "hPa", "pressure"),
    ("en", "hectopascal", "hPa", "pressure"),
    ("en", "ksi", "ksi", "pressure"),
    # resistance
    ("und", "Ω", "ohm", "resistance"),
    ("und", "kΩ", "kohm", "resistance"),
    ("und", "MΩ", "Mohm", "resistance"),
    ("en", "ohms", "ohm", "resistance"),
    ("en", "ohm", "ohm", "resistance"),
    # acceleration
    *(("und", f, "m/s2", "acceleration") for f in ("m/s²", "m/s2", "m s⁻²")),
    *(("und", f, "ft/s2", "acceleration") for f in ("ft/s²", "ft/s2")),
    # laboratory concentrations
    *(("und", f, "umol/l", "concentration") for f in ("µmol/l", "μmol/l", "umol/l")),
    *(("und", f, "nmol/l", "concentration") for f in ("nmol/l",)),
    *(("und", f, "pmol/l", "concentration") for f in ("pmol/l",)),
    *(("und", f, "mg/dl", "concentration") for f in ("mg/dl",)),
    *(("und", f, "g/dl", "concentration") for f in ("g/dl",)),
    *(("und", f, "g/l", "concentration") for f in ("g/l",)),
    *(("und", f, "mg/l", "concentration") for f in ("mg/l",)),
    *(("und", f, "ng/ml", "concentration") for f in ("ng/ml",)),
    *(("und", f, "meq/l", "concentration") for f in ("meq/l",)),
    # kitchen measures
    *(("en", f, "cup", "volume") for f in ("cup", "cups", "cupful", "cupfuls")),
    *(("en", f, "tsp", "volume") for f in ("teaspoonful", "teaspoonfuls", "tsps")),
    *(("en", f, "tbsp", "volume") for f in ("tablespoonful", "tablespoonfuls", "tbsps", "tbs")),
    *(("en", f, "dsp", "volume") for f in ("dessertspoonful", "dessertspoonfuls")),
    ("en", "lbs", "lb", "mass"),
    # points in a league table ("Middlesex 11pts"), kind "other"
    ("en", "pts", "point", "score"),
)


def extra_rows(known: set[tuple[str, str]]) -> list[tuple[str, str, str, str, str]]:
    """The rows of :data:`_ROWS` in the shape of the lexicon's rows, without the
    ``(lang, form)`` pairs in *known*."""
    return [(lg, f, u, d, "local") for lg, f, u, d in _ROWS if (lg, f) not in known]


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
    race card (miles and furlongs); ``26/min`` (a rate per
    minute).  English only (and unknown language).
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
        if c != "V":
            return None
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
