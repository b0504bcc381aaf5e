"""Money and number rules of one language each, mixed into the number rules of
:mod:`.amounts`: British pre-decimal money (``5s. 6d.``), Indian rupees and annas
(``Rs. 3-4-0``, ``Rs. 2.68 crores``), fiscal years and quarters (``FY2019/20``, ``Q3``) and
points of a change (``fell 17 points``) in English; the guilder sign ``f`` and rupiah
shorthand (``Rp1,2 M``, ``3,5 jt``) in Indonesian."""

from __future__ import annotations

import math
import re

from .atoms import _Atom
from .context import _Expr, _prev_word
from .id_chat_rupiah import chat_rupiah
from .index_levels import index_level
from .letter_currencies import letter_currency
from .record import _NAN
from .units import _PER_UNIT_SLASH

# points of a change (en): "fell 17 points", "dropped 8.7 points to 23.7%"
_POINTS = re.compile(r"[ \u00a0]points?\b")
_CHANGE_BEFORE = re.compile(
    r"\b(?:fell|fallen|falling|rose|risen|rising|dropped|dropping|gained|gaining|lost|losing"
    r"|slipped|climbed|jumped|plunged|tumbled|slid|soared|shed|added|declined|increased"
    r"|decreased|down|up)(?:[ \u00a0]by)?[ \u00a0]$"
)
# points scored in a game: "scored 38 points", "the leading scorer with 38,390 points"
_SCORED_BEFORE = re.compile(r"\b(?:scor(?:e|es|ed|ing)|kick(?:s|ed)|tallied|totalled|totaled)[ \u00a0]$")
_WITH_BEFORE = re.compile(r"\bwith[ \u00a0]$")
_SPORT_WORDS = re.compile(
    r"\b(?:scor(?:e|ed|er|ers|es|ing)|game|games|season|match|league|NBA|NFL|NHL|team|player"
    r"|rebounds|assists|goals|tries|innings|championship|tournament|career|League|title)\b"
)


def _scored_points(text: str, start: int, end: int) -> bool:
    """Are the points at *start*..*end* points scored in a game (not of a vote share)?"""
    if _SCORED_BEFORE.search(text, max(0, start - 10), start):
        return True
    if not _WITH_BEFORE.search(text, max(0, start - 6), start):
        return False
    lo = max(0, start - 120)
    lo = max(lo, text.rfind(". ", lo, start))
    hi = text.find(". ", end, end + 120)
    hi = end + 120 if hi < 0 else hi
    around = text[lo:hi]
    return bool(_SPORT_WORDS.search(around)) and not _SHARE_BEFORE.search(around)


_LETTER_LAST = frozenset("RNh")  # the last letters of "R2,180", "N50 million", "Sh3.9"
_PCT_AFTER = re.compile(r"[ \u00a0]+to[ \u00a0]+\d+(?:\.\d+)?[ \u00a0]?(?:%|per[ \u00a0]?cent|percent)")
_SHARE_BEFORE = re.compile(r"\b(?:share|vote|poll(?:s|ing)?|approval|turnout|support)\b")
_FY_SECOND = re.compile(r"(?:/|[–—-]FY)(\d\d|\d{4})(?![\d/])")  # "FY2019/20", "FY25–FY29"
# British pre-decimal money glued to the digits: "5s. 6d.", "2s.", "8½d." (en)
_LSD = re.compile(
    r"(?P<s>\d{1,3})s\.(?:[ \u00a0]?(?P<d>\d{1,2})(?P<f>[½¼¾])?d\.)?(?![^\W\d_])"
    r"|(?P<p>\d{1,3})(?P<pf>[½¼¾])?d\.(?![^\W\d_])"
)
# shillings and pence after pounds: "£3 4s. 6d."
_LSD_AFTER_POUNDS = re.compile(r"[ \u00a0](?=\d{1,2}s\.)")
_LSD_RANGE = re.compile(r"[ \u00a0]+to[ \u00a0]+|[ \u00a0]?[–—][ \u00a0]?")
_LSD_FRAC = {"½": 0.5, "¼": 0.25, "¾": 0.75, None: 0.0}
# "the 1920s.", "their 20s.", "the '30s.": decades and ages, not shillings
_DECADE_PREV = frozenset(("the", "their", "his", "her", "its", "our", "early", "mid", "late"))
# a currency abbreviation before the digits in English: "Rs. 2.68 crores", "SDR 5.32 billion"
_EN_CUR_BEFORE = re.compile(r"(?<![^\W\d_])(?:(?P<inr>Rs\.?)|(?P<kes>Shs?\.)|SDR)[ \u00a0]?$")
# East African shillings and cents with a slash: "Shs. 412,618/50", "Shs. 7/09", "Shs. 5/-"
_KES_CENTS = re.compile(r"(?P<w>\d{1,3}(?:,\d{3})+|\d+)/(?:(?P<c>\d\d)|-)(?![\d/])")
# shillings and pence after the Tudor pound "li.": "47 li. 13s. 4d.", "1 li. 10 s."
_LI_LSD = re.compile(
    r"[ \u00a0]li\.(?:[ \u00a0](?P<s>\d{1,2})[ \u00a0]?s\.)?(?:[ \u00a0](?P<d>\d{1,2})[ \u00a0]?d\.)?"
)
# acres, roods and perches together: "12a. 3r. 14p." (three quantities)
_ARP = re.compile(
    r"(?P<a>\d+)a\.[ \u00a0](?P<r>[0-3])r\.[ \u00a0](?P<p>\d{1,2})p\.(?![^\W\d_])"
)
# rupees-annas-pies "Rs. 3-4-0"; annas after rupees "Rs. 5 and 8 annas"
_RS_ANNA_PIE = re.compile(r"-(?P<a>\d{1,2})-(?P<p>\d{1,2})(?![\d-])")
_RS_ANNAS = re.compile(r"(?:,?[ \u00a0]+and)?[ \u00a0]+(?P<a>\d{1,2})(?P<f>[½¼¾])?[ \u00a0]+annas?\b")
# the guilder sign written as a plain "f" in Indonesian colonial texts ("f 13", "f 2,50"),
# and the VOC's rijksdaalder abbreviated "rds" ("rds 40", counted in rijksdaalders)
_ID_GUILDER_BEFORE = re.compile(r"(?<![^\W_])(?:f|rds\.?)[ \u00a0]$")
# the ",-" written after a whole amount of money ("f 1.250.000,-")
_WHOLE_DASH = re.compile(r",-(?![\w-])")
# rupiah shorthand: "M" (miliar) and "T" (triliun) after an amount in Rp ("Rp1,2 M")
_ID_RP_SCALE = re.compile(r"[ \u00a0]?([MT])(?![^\W\d_])")
# "jt" / "rb" without Rp, then a period or the end of a phrase: rupiah ("1,2 jt/bulan")
_ID_JT_RB = re.compile(r"(?<![^\W\d_])(?:jt|rb)$")
_ID_PRICE_AFTER = re.compile(
    r"/|[ \u00a0]*(?:[.,;:!?)]|$)|[ \u00a0]+(?:se|per|tiap[ \u00a0]+)(?:hari|minggu|bulan|tahun)\b"
)


# "$5 50 a $5 75 per bbl.": dollars and cents apart in a price current
_DOLLAR_CENTS = re.compile(r" (?P<c>\d\d)(?=[ \u00a0]+(?:a[ \u00a0]+\$|per\b|@))")
_DOLLAR_CENTS_RANGE = re.compile(
    r"[ \u00a0]+a[ \u00a0]+\$(?P<d>\d{1,3}) (?P<c>\d\d)(?![\d.,%])"
)


class _LocalMoneyRules:
    """English and Indonesian money rules (a mixin of the extractor)."""

    def _id_guilder(self, a: _Atom, x: _Expr) -> None:
        """"f 13": the plain "f" before the digits is the guilder sign (inside, NLG); a
        ",-" after the whole amount is inside too."""
        text = self.text
        m = _ID_GUILDER_BEFORE.search(text, max(0, a.start - 6), a.start)
        if not m:
            return
        if self.rows and self.rows[-1].end > m.start():
            return
        a.cur = "NLG"
        a.start = x.start = m.start()
        if _WHOLE_DASH.match(text, x.end) and a.is_int:
            x.end = a.end = x.end + 2

    def _id_rp_scale(self, x: _Expr, end: int) -> tuple[float, int]:
        """"Rp1,2 M", "Rp 57,96 T": the rupiah shorthand for miliar / triliun."""
        m = _ID_RP_SCALE.match(self.text, end)
        assert m is not None
        x.end = m.end()
        return (1e9 if m.group(1) == "M" else 1e12), m.end()

    def _id_rupiah_tail(self, x: _Expr, unit: str | None, end: int) -> tuple[str | None, int]:
        """Rupiah in shorthand: "jt" / "rb" without Rp before a period or the end of the
        phrase ("3,5 jt sebulan") is IDR; a slash denominator glued to the scale word is
        inside ("Rp120 ribu/kg", "1,2 jt/bulan")."""
        text = self.text
        if unit is None:
            if not (
                _ID_JT_RB.search(text, x.start, end) and _ID_PRICE_AFTER.match(text, end)
            ) and not chat_rupiah(text, x.start, end):  # "transferan 1,5jt udah", "teh 5K,"
                return None, end
            unit = "IDR"
        if text[end : end + 1] == "/":
            per = _PER_UNIT_SLASH.match(text, end)
            if per:  # a full word's dot ends the sentence ("juta/bulan."), "/bln." keeps it
                end = per.end() - (text[per.end() - 1] == "." and per.end() - end > 5)
        return unit, end

    def _en_money(self, i: int, x: _Expr) -> int:
        """English money the currency prefixes of the lexer do not read: pounds, shillings
        and pence (``5s. 6d.``, ``£3 4s. 6d.``, ``18s. to 25s.``), rupees (``Rs. 3-4-0``,
        ``Rs. 5 and 8 annas``) and the prefixes ``Rs.`` and ``SDR`` (taken into *a*); the
        next atom if emitted, else 0."""
        text, a = self.text, self.atoms[i]
        c = text[x.end : x.end + 1]
        if not a.cur and c in "sd" and c and a.ndig:
            return self._lsd(a)
        if c == "a" and a.is_int and not a.cur:
            return self._acres_roods_perches(a)
        if c == " " and a.is_int and not a.cur and text[x.end + 1 : x.end + 4] == "li.":
            m = _LI_LSD.match(text, x.end)
            if m and (m.group("s") or m.group("d")):
                value = x.value + int(m.group("s") or 0) / 20 + int(m.group("d") or 0) / 240
                self.emit(a.start, m.end(), value, "money", "GBP")
                return self._atom_after(m.end())
        if a.cur == "GBP" and math.isnan(x.scale) and _LSD_AFTER_POUNDS.match(text, x.end):
            m = _LSD.match(text, x.end + 1)
            if m and m.group("s"):
                self.emit(a.start, m.end(), x.value + _lsd_value(m), "money", "GBP")
                return self._atom_after(m.end())
        if a.cur == "USD" and a.is_int and text[x.end : x.end + 1] == " ":
            return self._dollars_cents(a, x)
        pc = text[a.start - 1] if a.start else ""
        if not a.cur and (pc in _LETTER_LAST or (pc == " " and text[a.start - 2 : a.start - 1] == "h")):
            lc = letter_currency(text, a.start, a.end, not math.isnan(x.scale))
            if lc:  # "Sh3.9 trillion", "R2,180", "N50 million": KES, ZAR, NGN
                a.start, a.cur = lc
                x.start = a.start
                return 0
        if a.cur or not a.start or text[a.start - 1] not in "s. \u00a0R":
            return 0
        cm = _EN_CUR_BEFORE.search(text, max(0, a.start - 6), a.start)
        if cm is None or (cm.group("inr") == "Rs" and a.ndig and math.isnan(x.scale)):
            return 0  # "Rs 5" (a name?); "Rs. 5", "Rs 2,500", "Rs 40 crore" are rupees
        if cm.group("kes"):
            return self._kes(a, x, cm.start())
        a.start = x.start = cm.start()
        a.cur = "INR" if cm.group("inr") else "XDR"
        if a.cur != "INR" or x.n_atoms != 1 or not math.isnan(x.scale):
            return 0
        m = _RS_ANNA_PIE.match(text, x.end) if a.is_int else None
        if m:
            value = x.value + int(m.group("a")) / 16 + int(m.group("p")) / 192
        else:
            m = _RS_ANNAS.match(text, x.end)
            if m is None:
                return 0
            value = x.value + (int(m.group("a")) + _LSD_FRAC[m.group("f")]) / 16
        self.emit(a.start, m.end(), value, "money", "INR")
        return self._atom_after(m.end())

    def _dollars_cents(self, a: _Atom, x: _Expr) -> int:
        """``$5 50 per bbl.``, ``$5 50 a $5 75``: dollars and two-digit cents apart in an
        old price list (a price follows: ``a $``, ``per``, ``@``) are one amount, two such
        amounts joined by ``a`` a range; the next atom if emitted, else 0."""
        text = self.text
        m = _DOLLAR_CENTS.match(text, x.end)
        if m is None or x.n_atoms != 1 or not math.isnan(x.scale):
            return 0
        value = x.value + int(m.group("c")) / 100
        second = _DOLLAR_CENTS_RANGE.match(text, m.end())
        if second:
            hi = int(second.group("d")) + int(second.group("c")) / 100
            self.emit(a.start, second.end("c"), value, "range", "USD", range_end=hi)
            return self._atom_after(second.end("c"))
        self.emit(a.start, m.end("c"), value, "money", "USD")
        return self._atom_after(m.end("c"))

    def _kes(self, a: _Atom, x: _Expr, start: int) -> int:
        """East African shillings after ``Shs.`` (inside): ``Shs. 412,618/50`` -> 412618.5,
        ``Shs. 7/09`` -> 7.09 KES; without the slash the amount of the number rules."""
        m = _KES_CENTS.match(self.text, a.num_start)
        a.start = x.start = start
        a.cur = "KES"
        if m is None:
            return 0
        value = float(m.group("w").replace(",", "")) + int(m.group("c") or 0) / 100
        self.emit(start, m.end(), value, "money", "KES")
        return self._atom_after(m.end())

    def _acres_roods_perches(self, a: _Atom) -> int:
        """``12a. 3r. 14p.``: acres, roods and perches written together are three
        quantities (``p.`` there is perches, not pence); the next atom if emitted, else 0."""
        m = _ARP.match(self.text, a.start)
        if m is None:
            return 0
        for g, unit in (("a", "acre"), ("r", "rood"), ("p", "perch")):
            self.emit(m.start(g), m.end(g) + 2, float(m.group(g)), "quantity", unit)
        return self._atom_after(m.end())

    def _en_fiscal(self, i: int, x: _Expr) -> int:
        """A fiscal year glued to ``FY`` (``FY2019/20`` a range, ``FY23`` the year 2023, the
        label outside) or a quarter ``Q3`` (an ordinal, the letter inside); the next atom
        if emitted, else 0."""
        text, a = self.text, self.atoms[i]
        s = a.start
        if a.cur or s < 2 or text[s - 1] not in "YQ" or not a.ndig or x.n_atoms != 1:
            return 0
        if text[s - 1] == "Q":
            if a.ndig != 1 or not 1 <= a.value <= 4 or text[s - 2 : s - 1].isalnum():
                return 0
            self.emit(s - 1, a.end, a.value, "ordinal")
            return i + 1
        if text[s - 2 : s] != "FY" or (s > 2 and text[s - 3].isalnum()) or a.ndig not in (2, 4):
            return 0
        year = a.value if a.ndig == 4 else a.value + (2000 if a.value < 50 else 1900)
        m = _FY_SECOND.match(text, a.end)
        if m is None:
            self.emit(s, a.end, year, "year")
            return i + 1
        end = int(m.group(1)) + (year // 100 * 100 if len(m.group(1)) == 2 else 0)
        end += 100 if end < year else 0  # FY1999/00
        self.emit(s, m.end(), year, "range", None, _NAN, float(end))
        return self._atom_after(m.end())

    def _en_points(self, i: int, x: _Expr) -> int:
        """Points of a change: of a vote share (``dropped 8.7 points to 23.7%``: percentage
        points) or of a stock price or index (``fell 17 points``: ``other``, unit point);
        the next atom if emitted, else 0."""
        text, a = self.text, self.atoms[i]
        m = _POINTS.match(text, x.end)
        if m is None or a.cur:
            return 0
        if not _CHANGE_BEFORE.search(text, max(0, a.start - 24), a.start):
            if not _scored_points(text, a.start, m.end()) and not index_level(text, a.start):
                return 0
            self.emit(a.start, m.end(), x.value, "other", "point", x.scale)  # "scored 38 points", "to 7,489 points"
            return x.last + 1
        lo = max(0, a.start - 60)
        lo = max(lo, text.rfind(". ", lo, a.start))  # the same sentence
        if _PCT_AFTER.match(text, m.end()) or _SHARE_BEFORE.search(text, lo, a.start):
            self.emit(a.start, m.end(), x.value, "percent", "pp", x.scale)
        else:
            self.emit(a.start, m.end(), x.value, "other", "point", x.scale)
        return x.last + 1

    def _lsd(self, a: _Atom) -> int:
        """Shillings and pence glued to the digits at *a* (``5s. 6d.``, ``8½d.``) or a range
        of them (``18s. to 25s.``), in pounds; the next atom if emitted, else 0."""
        text = self.text
        m = _LSD.match(text, a.start)
        if m is None or (m.group("s") and not m.group("d") and self._decade_s(a)):
            return 0
        value, end, high = _lsd_value(m), m.end(), _NAN
        r = _LSD_RANGE.match(text, end)
        m2 = _LSD.match(text, r.end()) if r else None
        if m2 and (m2.group("s") is None) == (m.group("s") is None):
            end, high = m2.end(), _lsd_value(m2)
        if math.isnan(high):
            self.emit(a.start, end, value, "money", "GBP")
        else:
            self.emit(a.start, end, value, "range", "GBP", _NAN, high)
        return self._atom_after(end)

    def _decade_s(self, a: _Atom) -> bool:
        """"the 20s.", "mid-30s.", "'60s.": a decade or an age, not shillings."""
        text = self.text
        if a.value % 10 or not a.start:
            return False
        return text[a.start - 1] in "'’‘-" or _prev_word(text, a.start)[0].lower() in _DECADE_PREV


def _lsd_value(m: re.Match) -> float:
    """The amount in pounds of a match of ``_LSD``."""
    if m.group("s"):
        pence = int(m.group("d") or 0) + _LSD_FRAC[m.group("f")]
        return int(m.group("s")) / 20 + pence / 240
    return (int(m.group("p")) + _LSD_FRAC[m.group("pf")]) / 240
