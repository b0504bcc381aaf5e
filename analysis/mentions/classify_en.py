"""English rules of the classifier: statistics (``HR 1.62``), ratios in words (``One in
five``), military clock times (``0630 hours``), named identifiers (``Ward 7``, ``Rule 10b-5``,
``Act XXI``) and Roman volumes of parliamentary papers (``PP 1842 (380) XV``)."""

from __future__ import annotations

import re

from .atoms import _Atom
from .context import _Expr, _word_start
from .en_ratings import en_rating_pair
from .markets import _INDEX_NAMES, index_number
from .record import _Verdict
from .register_numbers import register_number
from .service_numbers import _SERVICE_PREV, service_number
from .software_numbers import VERSION_PREV, http_status, software_version
from .units import unit_after

# English statistics: "HR 1.62", "was 5.8 (95% CI 3.2 to 10.4)", "was 1.34 (p = 0.02)"
_EN_STAT_BEFORE = re.compile(r"(?<![\w.])(?:a?HR|a?OR|RR|IRR|SMR|SIR)[ \u00a0]?[=:]?[ \u00a0]?$")
_EN_STAT_AFTER = re.compile(
    r"[ \u00a0]\((?:\d\d(?:\.\d)?%[ \u00a0]?(?:CI|confidence)|p[ \u00a0]?[=<])"
)
# a series or edition ordinal in a citation: "3rd ser.", "2nd edn"
_EN_SERIES_AFTER = re.compile(r"[ \u00a0](?:ser\.|edn(?![^\W\d_])|ed\.)")
# a volume of parliamentary papers: "PP 1842 (380) XV"
_EN_PP_BEFORE = re.compile(r"\bPP[ \u00a0]\d{4}[ \u00a0]\(\d+\)[ \u00a0]$")
# capitalised nouns naming a numbered thing: "Ward 7", "Train 49", "Exit 27"
_EN_CAP_IDENT = frozenset("Ward Train Flight Platform Gate Precinct Berth".split()
                          + "Box Case Grave Plot Hill Voyage Courtroom Phase Sec Pte H.R.".split()
                          + "Lot Claim Note List Folder Trench Township Map Line Pt Camp Drag".split()
                          + "Exit Junction Bus Step Class Op Opus".split()
                          + "Recommendation Finding Objective".split())
_EN_ROMAN_IDENT_PREV = frozenset(
    "act acts schedule schedules parts phase plot camp chap book books canto".split()
)  # "CHAP. VIII.", "BOOK III", "Canto IV": a numbered part of a book
# standard catalogues cited with a Roman volume: "RIC II 305", "RPC I 1234"
_EN_CATALOGUES = frozenset("ric rpc bmc sng".split())

# a day of a course or a trial: "discharged on day 14", "by day 28"
_EN_DAY_N_BEFORE = re.compile(r"\b(?:on|by|from|until|to|after|before)[ \u00a0]+day[ \u00a0]$")

_EN_YEAR_OF_LORD = re.compile(r"\byear[ \u00a0]of[ \u00a0]our[ \u00a0]Lord[ \u00a0]$")

_EN_HOURS_AFTER = re.compile(r"[ \u00a0]hours(?![^\W\d_])")
_EN_SMALL = {w: k for k, w in enumerate("zero one two three four five six seven eight nine ten".split())}
_EN_RATIO_AHEAD = re.compile(r"[ \u00a0](?:in|out[ \u00a0]of)[ \u00a0](?=(?P<d>[a-z]+|\d+)(?![\w,.]\d))")
_EN_PARTS_BEFORE = re.compile(
    r"\b(?P<n>[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|\d{1,2})[ \u00a0]parts?[ \u00a0]in[ \u00a0]$"
)
_EN_RATIO_BEFORE = re.compile(
    r"\b(?P<n>[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|\d{1,2})"
    r"[ \u00a0](?:in|out[ \u00a0]of)[ \u00a0]$"
)

_EN_RULE_ID = re.compile(r"\d+[a-z]{1,2}-\d+")
_EN_RULE_TAIL = re.compile(r"[a-z]{0,2}-\d+(?![\w-])")


# a clock time with a dot: "left at 7.15", "by 10.30", "the 4.15 express"
_EN_DOT_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
_EN_CLOCK_PREP = re.compile(
    r"(?<![^\W\d_])(?:at|by|until|till|from|before|after)[ \u00a0]$", re.IGNORECASE
)
# a price or a change, not a time: "fell by 1.25", "closed at 12.30", "rose from 3.10"
_EN_CLOCK_NOT = re.compile(
    r"\b(?:ris(?:e|es|ing)|rose|fell|fall(?:s|en|ing)?|up|down|clos(?:e|ed|es|ing)|"
    r"(?:in|de)creas(?:e|ed|es|ing)|gr[eo]w|cut|priced|trad(?:ed|ing)|stood|reached|"
    r"peaked|valued|dropped|gained|lost|climbed|slipped|worth|costs?|sold|bought|"
    r"opened|estimated|rated|measured)[ \u00a0]+(?:at|by|from|before|after)[ \u00a0]$",
    re.IGNORECASE,
)
_EN_CLOCK_TRAIN = re.compile(r"[ \u00a0](?:train|express|from|service|departure)\b")


def _dot_clock(text: str, start: int, end: int) -> bool:
    """Is the decimal at *start*..*end* a clock time (hours.minutes) by its context?"""
    if not _EN_DOT_CLOCK.fullmatch(text, start, end):
        return False
    if _EN_CLOCK_PREP.search(text, max(0, start - 7), start):
        return not _EN_CLOCK_NOT.search(text, max(0, start - 40), start)
    return text[max(0, start - 4) : start].lower() == "the " and bool(
        _EN_CLOCK_TRAIN.match(text, end)
    )


class _EnglishRules:
    """Methods of :class:`~analysis.mentions.extractor._Extractor` (a mixin)."""

    def _en_emitted(self, a: _Atom, x: _Expr, start: int, end: int, unit: str | None) -> bool:
        """English shapes whose value the digits do not give, emitted here (True if so):
        ratios in words ("One in five" -> 0.2, "two out of three") and military clock times
        ("0630 hours" -> 6.5)."""
        text = self.text
        if unit == "hour" and a.typ == "num" and a.ndig == 4 and text[a.start] == "0":
            hh, mm = divmod(int(a.value), 100)
            if mm < 60 and _EN_HOURS_AFTER.match(text, a.end):
                self.emit(a.start, end, hh + mm / 60, "other", "hour")
                return True
            return False
        if not unit and a.typ == "num" and x.n_atoms == 1 and _dot_clock(text, start, end):
            hh, mm = text[start:end].split(".")
            self.emit(start, end, int(hh) + int(mm) / 60, "other")  # "left at 7.15"
            return True
        parts = _EN_PARTS_BEFORE.search(text, max(0, start - 20), start)
        if parts and not unit and (not self.rows or self.rows[-1].end <= parts.start()):
            n = _EN_SMALL.get(parts.group("n").lower()) or int(parts.group("n"))
            if n < x.value:  # "one part in a trillion", "two parts in 10,000": a ratio
                self.emit(parts.start(), end, n / x.value, "other")
                return True
        if unit or x.value % 1 or not 0 < x.value < 1000:
            return False
        ahead = _EN_RATIO_AHEAD.match(text, end)
        if ahead and x.last + 1 < len(self.atoms):
            b = self.atoms[x.last + 1]
            if (
                b.start == ahead.end()
                and b.end == ahead.end("d")
                and x.value < b.value <= 1000
                and not unit_after(text, b.end, self.lang)
                and not en_rating_pair(text, start, end)
            ):
                self.emit(start, b.end, x.value / b.value, "other")
                return True
        back = _EN_RATIO_BEFORE.search(text, max(0, start - 16), start)
        if back and (not self.rows or self.rows[-1].end <= back.start()):
            n = _EN_SMALL.get(back.group("n").lower()) or int(back.group("n"))
            if n < x.value <= 1000 and x.n_atoms == 1 and not unit_after(text, end, self.lang):
                self.emit(back.start(), end, n / x.value, "other")
                return True
        return False

    def _en_roman(self, a: _Atom, start: int, prevw: str) -> _Verdict | None:
        """English Roman numerals: "Act XXI", "Schedules I", "PP 1842 (380) XV"."""
        text = self.text
        if prevw in _EN_ROMAN_IDENT_PREV and text[start - 1 : start] == " ":
            if prevw[0] != "b" or text[start - len(prevw) - 1] == "B":  # "Book I", not "the book I read"
                return _Verdict("identifier", a.end)
        if _EN_PP_BEFORE.search(text, max(0, start - 20), start) or (
            prevw in _EN_CATALOGUES and text[start - 1 : start] == " "
        ):
            return _Verdict("reference", a.end)  # "RIC II 305": a catalogue's volume
        return None

    def _en_kind(
        self, a: _Atom, x: _Expr, start: int, end: int, unit: str | None, prevw: str
    ) -> _Verdict | None:
        """Statistics ("HR 1.62", "was 5.8 (95% CI ..."), "Ward 7", "Rule 10b-5"."""
        text = self.text
        if unit or a.typ != "num" or x.n_atoms != 1:
            return None
        if (
            _EN_STAT_BEFORE.search(text, max(0, start - 6), start)
            and not self._continues_identifiers(start)  # "SECTION 13 OR 15(d)"
        ) or (not a.is_int and _EN_STAT_AFTER.match(text, end)):
            return _Verdict("other", end)
        if a.is_int and end - start == 3 and http_status(text, start, end, a.value):
            return _Verdict("identifier", end)  # "a 504 status code", "HTTP 404"
        if not a.is_int and prevw in VERSION_PREV and software_version(text, start, prevw):
            return _Verdict("identifier", end)  # "Release 4.2", "Windows 8.1"
        if a.is_int and prevw == "day" and _EN_DAY_N_BEFORE.search(text, max(0, start - 12), start):
            return _Verdict("ordinal", end)
        if (prevw in ("to", "at") or prevw in _INDEX_NAMES) and index_number(text, start, end, prevw):
            return _Verdict("other", end)  # "the FTSE 100 rose 0.6% to 8,164.1"
        if a.is_int and prevw in _SERVICE_PREV and service_number(text, start, end, prevw):
            return _Verdict("identifier", end)  # "call police on 101, quoting log 1234"
        if a.is_int and prevw == "number" and register_number(text, start):
            return _Verdict("identifier", end)  # "(registered number 08812345)"
        if (
            a.is_int
            and text[start - 1 : start] == " "
            and _cap_noun_before(text, start - 1) in _EN_CAP_IDENT
        ):
            return _Verdict("identifier", end)
        if prevw != "rule":
            return None
        if _EN_RULE_ID.fullmatch(text, start, end):  # "Rule 14e-3" read as 14×10⁻³
            return _Verdict("identifier", end)
        rule = _EN_RULE_TAIL.match(text, end)
        if rule:
            return _Verdict("identifier", rule.end())
        # a numbered rule of court: "Rule 12(b)(6)" (not "as a rule 5 people")
        return _Verdict("identifier", end) if text[start - 5 : start - 1] == "Rule" else None


def _cap_noun_before(text: str, sp: int) -> str:
    """The word before the space at *sp*, without an abbreviation's dot ("Sec.", "Pte.")."""
    if text[sp - 4 : sp] == "H.R.":
        return "H.R."  # a House bill: "H.R. 3590"
    e = sp - 1 if text[sp - 1 : sp] == "." else sp
    return text[_word_start(text, e) : e]
