"""Codes written around a number: flight numbers (``GA 404``), licence plates (``Nopol H
5371 ABK``) and aircraft models (``Boeing 737-800``) are one ``identifier`` with the
letters inside; a kilometre post written unit first (``Jl. Kaliurang Km 5,6``) is a
``quantity`` in km with ``Km`` inside; goal minutes in brackets (``(15', 45+1')``) are
``ordinal`` with the minute mark inside, an added minute (``+1'``) ``other``; the days
of ``H-3`` / ``H+10`` (before / after a holiday, id) are ``other``, the digits only."""

from __future__ import annotations

import re

from .atoms import _Atom
from .context import _Expr
from .en_goal_minutes import en_goal_minutes
from .record import _NAN

# an airline code (two capitals, or a capital and a digit) right before the number
_AIRLINE_BEFORE = re.compile(r"(?<![\w.\-/])(?:[A-Z]{2}|[A-Z]\d|\d[A-Z])[ \u00a0]$")
# a flight named shortly before the code
_FLIGHT_WORD = re.compile(
    r"penerbangan|pesawat|maskapai|\bflights?\b|рейс|ұшақ|airlines?|airways|garuda|citilink"
    r"|lion[ \u00a0]air|batik[ \u00a0]air",
    re.IGNORECASE,
)
# the flight word after the code (kk, ru: "KC 851 рейсі", "рейсімен")
_FLIGHT_AFTER = re.compile(r"[ \u00a0]+рейс", re.IGNORECASE)
# a licence plate: one or two capitals (the region), the number, one to three capitals
_PLATE_BEFORE = re.compile(r"(?<![\w.\-/])[A-Z]{1,2}[ \u00a0]$")
_PLATE_AFTER = re.compile(r"[ \u00a0][A-Z]{1,3}(?![\w\-/])")
_VEHICLE_WORD = re.compile(
    r"nopol|no\.[ \u00a0]?pol|nomor[ \u00a0]polisi|pelat|plat|TNKB|kendaraan|mobil|motor|truk"
    r"|sedan|pikap|minibus",
    re.IGNORECASE,
)
# an aircraft maker before a model number, maybe with its variant: "Boeing 737-800"
_MAKER_BEFORE = re.compile(r"\b(?:Boeing|Airbus|Embraer|Bombardier|Antonov|Tupolev)[ \u00a0]$")
_MODEL = re.compile(r"\d{3}(?P<v>-\d{1,4}[A-Z]{0,2})?(?![\w\-])")
# a kilometre post written unit first in an address or along a road: "Jl. Kaliurang Km 5,6"
_KM = frozenset(("Km", "KM", "km"))
# a second post closing a stretch of road: "KM 47 hingga KM 70", "Km 10-Km 12"
_KM_TO = re.compile(
    r"(?:[ \u00a0]*[-–][ \u00a0]*|[ \u00a0]+(?:hingga|sampai(?:[ \u00a0]dengan)?|s\.d\.|s/d|to)[ \u00a0]+)"
    r"(?:Km|KM|km)[ \u00a0](?P<v>\d{1,4}(?:,\d+)?)(?![\d.,]\d)"
)
# a bracket of goal minutes: "(15', 45+1')"
_MINUTES = re.compile(r"\d{1,3}(?:\+\d{1,2})?['’](?:,[ \u00a0]*\d{1,3}(?:\+\d{1,2})?['’])*\)")
_MINUTE = re.compile(r"(\d{1,3})(?:(\+\d{1,2}))?['’]")
_GOAL_WORD = re.compile(r"\bgol|\bgoal|dicetak|mencetak|scored|гол|забил|менит", re.IGNORECASE)


class _CodeRules:
    """Methods of :class:`~analysis.mentions.extractor._Extractor` (a mixin)."""

    def _code(self, i: int, x: _Expr) -> int:
        """A code around the number at atom *i* (a kilometre post; around a plain integer a
        flight, a plate, an aircraft model, goal minutes): emit it and return the next
        atom, else 0."""
        a: _Atom = self.atoms[i]
        text = self.text
        s = a.start
        if x.n_atoms != 1 or a.cur or s < 2:
            return 0
        if text[s - 1] in "-+":  # id "H-3", "H+10": days before / after a holiday
            if text[s - 2] == "H" and self.lang in ("id", None) and (s == 2 or not text[s - 3].isalnum()):
                self.emit(s, x.end, x.value, "other")
                return x.last + 1
            return 0
        if s < 3:
            return 0
        if text[s - 3 : s - 1] in _KM and text[s - 1] == " " and (s == 3 or text[s - 4] in " (,"):
            if not text[max(0, s - 6) : s - 4].strip(" ,").isdigit():  # "5 km 3": no post
                r = _KM_TO.match(text, x.end)
                if r and float(r.group("v").replace(",", ".")) > x.value:  # "KM 47 hingga KM 70"
                    hi = float(r.group("v").replace(",", "."))
                    self.emit(s - 3, r.end(), x.value, "range", "km", range_end=hi)
                    return self._atom_after(r.end())
                self.emit(s - 3, x.end, x.value, "quantity", "km")  # "Jl. Kaliurang Km 5,6"
                return x.last + 1
            return 0
        if a.ndig == 0:
            return 0
        if text[s - 1] == "(" and text[a.end : a.end + 1] in ("'", "’", "+"):
            return self._goal_minutes(i)
        if text[s - 1] == "(" and self.lang in ("en", None) and (mins := en_goal_minutes(text, s)):
            for ms, me in mins:  # "Bukayo Saka (23)", "Kai Havertz (51, 78)"
                self.emit(ms, me, float(text[ms:me]), "ordinal")
            return self._atom_after(mins[-1][1])
        if text[s - 1] not in " \u00a0":
            return 0
        if text[s - 2] == "g" and _MAKER_BEFORE.search(text, max(0, s - 12), s):
            m = _MODEL.match(text, s)
            if m:
                v = _NAN if m.group("v") else a.value
                self.emit(s, m.end(), v, "identifier")
                return self._atom_after(m.end())
            return 0
        if not (text[s - 2].isupper() or text[s - 2].isdigit()) or a.ndig > 4:
            return 0
        m = _AIRLINE_BEFORE.search(text, max(0, s - 4), s)
        if m and (_FLIGHT_WORD.search(text, max(0, s - 48), m.start()) or _FLIGHT_AFTER.match(text, a.end)):
            self.emit(m.start(), a.end, a.value, "identifier")
            return i + 1
        m = _PLATE_BEFORE.search(text, max(0, s - 4), s)
        p = _PLATE_AFTER.match(text, a.end) if m else None
        if p and _VEHICLE_WORD.search(text, max(0, s - 48), m.start()):
            self.emit(m.start(), p.end(), a.value, "identifier")
            return self._atom_after(p.end())
        return 0

    def _goal_minutes(self, i: int) -> int:
        """Goal minutes filling a bracket after a goal word: each an ``ordinal`` with its
        mark, an added minute ``other``; the next atom, else 0."""
        text = self.text
        s = self.atoms[i].start
        g = _MINUTES.match(text, s)
        if g is None or not _GOAL_WORD.search(text, max(0, s - 80), s):
            return 0
        for m in _MINUTE.finditer(text, s, g.end()):
            v = float(m.group(1))
            if v > 130:
                return 0
            if m.group(2):
                self.emit(m.start(1), m.end(1), v, "ordinal")
                self.emit(m.start(2), m.end(), float(m.group(2)[1:]), "other")
            else:
                self.emit(m.start(), m.end(), v, "ordinal")
        return self._atom_after(g.end())
