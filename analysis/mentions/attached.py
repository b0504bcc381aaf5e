"""Numbers attached to a word: footnote markers glued to a word or its full stop
(``қаласында142.``, ``city.12``), years hyphenated to a name (``Expo-2017``,
``бюджет-2025``) and digit ordinals of a scale word (kk ``5-миллионыншы``, en
``5 millionth``)."""

from __future__ import annotations

import re

from .context import _DECADE_WORD_RE, _is_year_int
from .context_words import _ABBR_PREV, _IDENT_PREV, _NUM_ABBR
from .record import _NAN
from .units import unit_after

# characters before digits that never attach them to a word (the fast exit)
_NOMOR_TO = re.compile(r"[–—-](\d{1,3})(?![\d.,/\-–])")
_FREE_BEFORE = frozenset(" \n\t\u00a0\u202f(«\"“,;:[/+=<>*")

# kk "5-миллионыншы", "2-миллиардыншы", "1-мыңыншы": the ordinal of a scale word
_KK_SCALE_ORD = re.compile(
    r"[-‐‑](?P<w>мың|миллион|миллиард|триллион)(?:ыншы|інші|ншы|нші)[^\W\d_]*", re.IGNORECASE
)
_KK_SCALE = {"мың": 1e3, "миллион": 1e6, "миллиард": 1e9, "триллион": 1e12}

# en "5 millionth", "100-thousandth": the ordinal of a scale word
_EN_SCALE_ORD = re.compile(
    r"[-‐‑ \u00a0](?P<w>thousandth|millionth|billionth)s?(?![^\W\d_])", re.IGNORECASE
)
_EN_SCALE = {"thousandth": 1e3, "millionth": 1e6, "billionth": 1e9}
_EN_SCALE_FIRST = frozenset("tmbTMB")

# the word before a glued marker: letters back from the digits (or from the full stop)
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])[^\W\d_]{3,40}$")

# what may follow a footnote marker: a space, punctuation or the end
_MARK_END = frozenset(" \n\t\u00a0.,;:!?)»\"”'’]")

# a glued footnote marker 1 before a glued 2: the 2 is the next marker, not the Indonesian
# reduplication sign ("kira2" = kira-kira)
_FIRST_MARK = re.compile(r"[^\W\d_]\.?1(?=[ \n\t\u00a0.,;:!?)\]])")
_SENT_START = re.compile(r"(?:^|[.!?][ \u00a0]|\n)[\"“(]?$")

# decade and range suffixes after a year hyphenated to a word stay with their own rules
_HY_YEAR_SKIP = frozenset("mid early late pre post середина середине начале конце".split())


def _glued_word(text: str, s: int) -> str | None:
    """The word of at least three letters the digits at *s* are glued to (directly or
    after its full stop), or None."""
    pos = s - 1 if text[s - 1] == "." else s
    m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
    return m.group() if m else None


def _footnote_word(word: str, dot: bool, after: str) -> bool:
    """May *word* carry a glued footnote marker (*dot*: the marker follows its full stop)?

    Names with digits (``COVID19``, ``Windows10``) are not markers: the word must be
    lower case, or capitalised with punctuation (not a space) after the digits.
    Abbreviations that introduce a number (``p.12``, ``Vol.12``, ``стр.12``) keep
    their rules.
    """
    low = word.lower()
    if low in _IDENT_PREV or low in _ABBR_PREV or low in _NUM_ABBR:
        return False
    if word.islower():
        return True
    return word[1:].islower() and (dot or after not in " \u00a0")


# ru decades without the year word: "на середину 50-х", "в 90-х", "в 80-е"
_RU_DECADE = re.compile(r"-(?:х|хъ|ых|ыхъ|е|ые)(?![^\W\d_])")
_DECADE_END = re.compile(r"[ \u00a0]*(?:[,.;:)!?»]|$|[-–—]|и[ \u00a0]|или[ \u00a0])")
_DECADE_MID = re.compile(r"(?:середин|начал|конц|рубеж|половин)\w*[ \u00a0]+$", re.IGNORECASE)
_DECADE_PREP = re.compile(r"(?<![^\W\d_])(?:в|во|с|со|до|к|ко|на|по|от|после)[ \u00a0]+$", re.I)
# the next word after "в 90-х": not a noun or adjective in the plural ("в 10-х классах")
_DECADE_NEXT = re.compile(r"[ \u00a0]+(?P<w>[^\W\d_]+)")
_PLURAL_END = ("ах", "ях", "ов", "ев", "ей", "ам", "ям", "ми", "и", "ы", "е", "х")

# ru year words in the pre-reform spelling ("1899 годъ") and the modern ones
_OLD_YEAR_WORD = re.compile(r"[ \u00a0]?год(?:ъ|овъ|ахъ|амъ|омъ)(?![^\W\d_])")
_YEAR_WORD_AFTER = re.compile(r"[ \u00a0]?(?:год[а-яъ]*|г\.|гг\.)(?![^\W\d_])")
# a preposition glued by OCR to a year: "за1899 годъ", "въ1905 г."
_GLUED_PREP = re.compile(
    r"(?<![^\W\d_])(?:за|въ|в|во|съ|с|къ|к|до|по|отъ|от|на|изъ|из|около|послѣ|после)$",
    re.IGNORECASE,
)


class _AttachedRules:
    """Methods of :class:`~analysis.mentions.extractor._Extractor` (a mixin)."""

    def attached(self, i: int) -> int:
        """Digits attached to a word before or after them; return the next atom or 0."""
        a = self.atoms[i]
        text = self.text
        s, e = a.start, a.end
        if self.lang in ("ru", None):
            r = self._ru_year_forms(i)
            if r:
                return r
        if e < len(text) and text[e] in "-‐‑" and a.ndig < 4 and a.is_int:
            om = _KK_SCALE_ORD.match(text, e)
            if om and self.lang in ("kk", None):
                sc = _KK_SCALE[om.group("w").lower()]
                self.emit(s, om.end(), a.value * sc, "ordinal", None, sc)
                return i + 1
        if text[e + 1 : e + 2] in _EN_SCALE_FIRST and a.is_int and self.lang in ("en", None):
            om = _EN_SCALE_ORD.match(text, e)
            if om:
                sc = _EN_SCALE[om.group("w").lower()]
                self.emit(s, om.end(), a.value * sc, "ordinal", None, sc)
                return i + 1
        if not s or a.ke or s != a.num_start:
            return 0
        if text[s - 1] in _FREE_BEFORE:
            if text[s - 2 : s] == "r " and text[s - 6 : s - 1] == "nomor":
                return self._nomor(i)
            return 0
        pc = text[s - 1]
        if pc in "-‐‑":
            return self._hyphen_year(i)
        if not 0 < a.ndig < 4 or not (pc.isalpha() or pc == "."):
            return 0
        after = text[e : e + 1]
        if after and after not in _MARK_END:
            return 0
        word = _glued_word(text, s)
        if word is None:
            return 0
        if pc != "." and self.lang == "id" and text[s:e] == "2" and self._redup(word, s):
            return i + 1  # "kira2", "dipasar2", "Anak2": the reduplication sign, no number
        if not _footnote_word(word, pc == ".", after):
            return 0
        self.emit(s, e, a.value, "reference")
        return i + 1

    def _redup(self, word: str, s: int) -> bool:
        """id: is the ``2`` at *s*, glued to *word*, the reduplication sign of the old and
        the informal spelling (``kira2`` = kira-kira, ``Anak2`` opening a sentence)?  Not
        after a glued footnote marker 1 earlier in the text (then it is the next marker)."""
        text = self.text
        if not word.islower():
            w0 = s - len(word)
            start = w0 == 0 or _SENT_START.search(text, max(0, w0 - 3), w0)
            if not (word[1:].islower() and start):
                return False
        return not _FIRST_MARK.search(text, max(0, s - 3000), s)

    def _ru_year_forms(self, i: int) -> int:
        """ru: a decade without the year word (``середину 50-х`` -> 1950), a school year
        with a one-digit second end (``1908/9`` -> 1908..1909), a year before a
        pre-reform year word (``1899 годъ``) or after a glued preposition
        (``за1899 годъ``).  Return the next atom or 0."""
        a = self.atoms[i]
        text = self.text
        e = a.end
        if a.ndig == 2 and text[e : e + 1] == "-" and a.value % 10 == 0 and a.value >= 20:
            return self._ru_decade(i)
        if not _is_year_int(a):
            return 0
        if text[e : e + 1] == "/" and i + 1 < len(self.atoms):
            b = self.atoms[i + 1]
            if b.start == e + 1 and b.ndig == 1 and b.value == (a.value + 1) % 10:
                if not text[b.end : b.end + 2].lstrip("/-.,")[:1].isdigit():
                    self.emit(a.start, b.end, a.value, "range", None, _NAN, a.value + 1)
                    return i + 2
            return 0
        glued = a.start > 0 and text[a.start - 1].isalpha()
        if glued and not (
            _GLUED_PREP.search(text, max(0, a.start - 6), a.start) and _YEAR_WORD_AFTER.match(text, e)
        ):
            return 0
        if glued or _OLD_YEAR_WORD.match(text, e):
            self.emit(a.start, e, a.value, "year")
            return i + 1
        return 0

    def _ru_decade(self, i: int) -> int:
        """``на середину 50-х``, ``в 90-х``: the decade's year (1950, 1990); not before
        a year word (its own rule) nor a plural noun (``в 10-х классах``)."""
        a = self.atoms[i]
        text = self.text
        m = _RU_DECADE.match(text, a.end)
        if m is None or _YEAR_WORD_AFTER.match(text, m.end()):
            return 0
        before = text[max(0, a.start - 24) : a.start]
        if not _DECADE_MID.search(before):
            if not _DECADE_PREP.search(before):
                return 0
            if not _DECADE_END.match(text, m.end()):
                nw = _DECADE_NEXT.match(text, m.end())
                if nw is None or nw.group("w").lower().endswith(_PLURAL_END):
                    return 0
        self.emit(a.start, a.end, 1900 + a.value, "year", fixed=True)
        return i + 1

    def _nomor(self, i: int) -> int:
        """id ``nomor 5`` (lower case): the number sign is inside, like ``Nomor 5``."""
        a = self.atoms[i]
        s = a.start
        if self.lang not in ("id", None) or (s > 6 and self.text[s - 7].isalpha()):
            return 0
        if unit_after(self.text, a.end, self.lang):
            return 0  # a race: "nomor 100 meter putra" (the distance is a quantity)
        r = _NOMOR_TO.match(self.text, a.end)  # "soal nomor 1–5": one range of numbers
        if r and a.is_int and int(r.group(1)) > a.value:
            self.emit(s - 6, r.end(), a.value, "identifier", range_end=float(r.group(1)))
            return self._atom_after(r.end())
        self.emit(s - 6, a.end, a.value, "identifier")
        return i + 1

    def _hyphen_year(self, i: int) -> int:
        """``Expo-2017``, ``Экспо-2017``, ``бюджет-2025``: a year, the digits alone."""
        a = self.atoms[i]
        text = self.text
        s = a.start
        if not (_is_year_int(a) and a.value >= 1800 and s > 1 and text[s - 2].isalpha()):
            return 0
        if _DECADE_WORD_RE.match(text, a.end):
            return 0  # "mid-1930s": a decade
        m = _WORD_BEFORE.search(text, max(0, s - 41), s - 1)
        if m and m.group().lower() in _HY_YEAR_SKIP:
            return 0
        self.emit(s, a.end, a.value, "year")
        return i + 1

