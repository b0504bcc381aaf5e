"""Date and time rules of the extractor: numeric dates, month names, times of day."""

from __future__ import annotations

import re

from .atoms import _MON3, _Atom
from .clock_lists import listed_clock
from .clock_words import second_fraction
from .context import (
    _CONN_RE,
    _EN_ORD_RE,
    _GAP_WS,
    _KK_JYL_RE,
    _LIST_SEP,
    _TZ_AFTER,
    _is_day,
    _is_year_int,
)
from .id_weekday_dates import weekday_day_month_end
from .new_style import NS_BRACKETS, julian_shift
from .record import _NAN
from .units import unit_after

# "10 p.m.", "9:30 a.m.", "7pm": the marker is inside the span, value on the 24-hour clock
_AMPM_RE = re.compile(
    r"[ \u00a0]?(?:(?P<am>a\.m\.|am|AM|A\.M\.)|(?P<pm>p\.m\.|pm|PM|P\.M\.))(?!\w)"
)

def _ampm(hours: float, m: re.Match) -> float:
    if m.group("pm"):
        return hours + 12 if hours < 12 else hours
    return hours - 12 if hours >= 12 else hours

_BETWEEN_BEFORE = re.compile(r"(?<![^\W\d_])[Bb]etween[ \u00a0]$")

_COMMA_YEAR = re.compile(r",?[ \u00a0]+")

# kk: a month in the genitive names something of the month ("Октябрьдің 40 жылдығы",
# a kolkhoz): no day follows it
_KK_GENITIVE = re.compile(r"[дтн][ыі]ң")

# "12-14", "6 по 8", "12th to the 19th" (of September)
_DAY_DASH = re.compile(
    r"[ \u00a0]?[-–—][ \u00a0]?|(?:st|nd|rd|th)?[ \u00a0]+(?:по|до|to(?:[ \u00a0]+the)?|sampai"
    r"|hingga)[ \u00a0]+"
)

# between a day and its month: "3rd of March", "the 2nd day of May" (deeds and wills), the
# older "2d", "23d" ("the 2d of September")
_ORD_OF = re.compile(
    r"(?:st|nd|rd|th|d|-го|-е|-ое|-й|-ші|-шы)?[ \u00a0]+(?:(?:day[ \u00a0]+)?of[ \u00a0]+)?"
)

# a month glued to the word before it: "inMay", "padaMei" (a capital after a small
# letter), ru "вмае" / "вдекабре" (the preposition glued to the month)
_GLUED_MONTH = re.compile(
    r"(?:(?<=[a-z])(?P<m>January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Januari|Februari|Maret|Mei|Juni|Juli|Agustus|Oktober|Desember)"
    r"|(?<=[а-яёәіңғүұқөһ])(?P<kk>Қаңтар|Ақпан|Наурыз|Сәуір|Мамыр|Маусым|Шілде|Тамыз"
    r"|Қыркүйек|Қазан|Қараша|Желтоқсан)"
    r"|(?<![^\W\d_])(?P<ru>во?)(?P<m2>(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр"
    r"|декабр)е|марте|мае|августе))[ \u00a0]$"
)

# the last letters of the month names above (the cheap test before the regex)
# id news dates: "Kamis (8/2)", "setiap tanggal 10"
_ID_TANGGAL_BEFORE = re.compile(r"(?<![^\W\d_])(?:tanggal|tgl\.?)[ \u00a0]$", re.IGNORECASE)
_ID_DAY_NOT_ALONE = re.compile(r"[ \u00a0]?[-–/.,]?\d|[ \u00a0]+[^\W\d_]+[ \u00a0]+\d{4}")

_MONTH_LAST = frozenset("yhletrisернзка")

# a preposition of a time of day before a clock time ("в 9 ч 07 мин", "к 12:30:00", "at")
_CLOCK_PREV = re.compile(
    r"(?<![^\W\d_])(?:в|во|к|ко|около|at|by)[ \u00a0]+$", re.IGNORECASE
)


# ru prepositions before a clock time written with a dot: "в 5.40", "с 9.30", "до 23.10"
_DOT_CLOCK_PREV = re.compile(
    r"(?<![^\W\d_])(?:в|во|с|со|до|к|ко|по|около|после|перед)[ \u00a0]+$", re.IGNORECASE
)
_DOT_CLOCK = re.compile(r"(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)")
# a second clock time after a first one: "с 9.30 до 18.00", "8.30–17.00"
_CLOCK_TO = re.compile(r"[ \u00a0]*[-–—][ \u00a0]*|[ \u00a0]+до[ \u00a0]+")
# hours and minutes in abbreviations after the hours: "в 9 ч 07 мин"
_HM_ABBR = re.compile(r"[ \u00a0]ч\.?[ \u00a0](?P<m>[0-5]?\d)[ \u00a0]мин(?![^\W\d_])\.?")


def _clock_value(raw: str) -> float:
    """Hours of a clock reading ``H:MM`` or ``H:MM:SS`` (NaN if it is none)."""
    parts = [int(x) for x in raw.split(":")]
    if parts[0] > 24 or any(p > 59 for p in parts[1:]):
        return _NAN
    return sum(p / 60**k for k, p in enumerate(parts))


# the New Style day in brackets after the Old Style one: "1 (14) марта 1905"
_NS_OPEN = frozenset(("(", " (", "\u00a0("))
_NS_CLOSE = re.compile(r"\)[ \u00a0]+")

# a Roman month between a day and a year: "31.VII.1937", "5. XI. 1918"
# (naturalists' labels in small letters before a year: "14.iii.1899")
_ROMAN_MONTH = re.compile(
    r"\.[ \u00a0]?(?P<r>[IVXІХ]{1,4}|[ivx]{1,4}(?=\.\d{4}(?!\d)))(?:\.[ \u00a0]?|(?![\w.]))"
)
_ROMAN_VAL = {"I": 1, "V": 5, "X": 10}
_CYR_ROMAN = str.maketrans("ІХ", "IX")


def _roman_month(r: str) -> int:
    """The month 1-12 of a Roman numeral, 0 if it is none."""
    r = r.upper()
    vals = [_ROMAN_VAL[c] for c in r.translate(_CYR_ROMAN)]
    total = sum(-v if k + 1 < len(vals) and v < vals[k + 1] else v for k, v in enumerate(vals))
    canon = ("I II III IV V VI VII VIII IX X XI XII").split()
    return total if 1 <= total <= 12 and canon[total - 1] == r.translate(_CYR_ROMAN) else 0


_DOT_DIGIT = frozenset("." + d for d in "0123456789")

_KK_ABL_CONN = re.compile(r"-(?:ден|дан|тен|тан|нен|нан)[ \u00a0]+")


def _century(y: int) -> int:
    """The year of a two-digit year: 26-99 in the 1900s, 00-25 in the 2000s."""
    return y + (1900 if y > 25 else 2000)


def _next_day(a: _Atom, b: _Atom) -> bool:
    """Whether the day atom *b* is the day after *a* (a night ``16/17``)."""
    return b.value == a.value + 1 or (a.value >= 28 and b.value == 1)


# an editorial year in square brackets after the month: "11 January [1844]"
_BRACKET_OPEN = frozenset((" [", "\u00a0[", ", ["))
# the second year of a double year: "1743/4", "1743/44" (Old and New Style)
_DOUBLE_YEAR = re.compile(r"/(\d{1,2}|\d{4})(?![\d/]|[.,]\d)")
# a two-digit year after a day and a month: "6 Jun 44." (war diaries), then punctuation
_SHORT_YEAR_END = re.compile(r"(?:[,;:)]|\.(?!\d)|[ \u00a0]*(?:\n|$))")


class _DateRules:
    """Methods of :class:`~analysis.mentions.extractor._Extractor` (a mixin)."""

    def numdate(self, i: int) -> int:
        a = self.atoms[i]
        raw = self.text[a.start : a.end]
        if re.fullmatch(r"\d{4}-\d\d-\d\d", raw):
            y, mo, d = (int(x) for x in raw.split("-"))
        else:
            ds, ms, ys = re.split(r"[./-]", raw)
            d, mo, y = int(ds), _MON3[ms] if ms.isalpha() else int(ms), int(ys)  # "21-Nov-22"
            if mo > 12 and d <= 12 and self.lang == "en" and "/" in raw:
                d, mo = mo, d  # "4/29/1986": month first
            if y < 100:
                y = _century(y)
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            # not a date: a dotted section number or similar
            self.emit(a.start, a.end, _NAN, "identifier")
            return i + 1
        self.emit(a.start, a.end, float(y), "date")
        return i + 1

    def _year_after(self, pos: int, j: int) -> tuple[int, float, int]:
        """A year right after *pos* (", 1943" / " 1943", a double year " 1743/4", an
        editorial year " [1844]", a Roman year " MDCCLXXII"); return (end, year, atom
        index)."""
        atoms = self.atoms
        text = self.text
        if j >= len(atoms):
            return pos, _NAN, -1
        b = atoms[j]
        gap = text[pos : b.start]
        plain = _COMMA_YEAR.fullmatch(gap) is not None and "\n" not in gap
        if _is_year_int(b):
            if plain:
                end = b.end
                if text[end : end + 1] == "/":
                    m = _DOUBLE_YEAR.match(text, end)
                    if m and int(m.group(1)) == (b.value + 1) % 10 ** len(m.group(1)):
                        end = m.end()
                return end, b.value, j
            if gap in _BRACKET_OPEN and text[b.end : b.end + 1] == "]":
                return b.end + 1, b.value, j
        elif b.typ == "roman" and plain and 1000 <= b.value <= 2100:
            return b.end, b.value, j
        return pos, _NAN, -1

    def _short_year(self, end: int, j: int) -> tuple[int, float, int]:
        """A two-digit year right after a day and a month ending at *end* (``6 Jun 44.``),
        followed by punctuation or the end of the line; return (end, year, atom index)."""
        atoms = self.atoms
        if j < len(atoms):
            b = atoms[j]
            if (
                b.typ == "num"
                and b.ndig == 2
                and b.is_int
                and b.cur is None
                and b.start == end + 1
                and self.text[end] in " \u00a0"
                and _SHORT_YEAR_END.match(self.text, b.end)
            ):
                return b.end, float(_century(int(b.value))), j
        return end, _NAN, -1

    def month_first(self, i: int) -> int:
        """``August 23, 1943``, ``January 20-21, 1943``, ``September 1943``,
        ``December, 1926``."""
        a = self.atoms[i]
        if i + 1 >= len(self.atoms):
            return i + 1
        return self._after_month(a.start, a.end, i + 1) or i + 1

    def _after_month(self, ms: int, me: int, j: int) -> int:
        """The date of the month name at ms..me and the number atom *j* after it; emit
        it and return the next atom, or 0 if there is none."""
        atoms = self.atoms
        text = self.text
        b = atoms[j]
        gap = text[me : b.start]
        if not gap or "\n" in gap:
            return 0
        if not _GAP_WS.fullmatch(gap):
            if _is_year_int(b) and _COMMA_YEAR.fullmatch(gap):
                self.emit(ms, b.end, b.value, "date")  # "December, 1926"
                return j + 1
            return 0
        if _is_year_int(b):
            self.emit(ms, b.end, b.value, "date")
            return j + 1
        if _is_day(b) and text[ms].isupper() and not _KK_GENITIVE.match(text, me - 3, me):
            end = b.end
            k = j + 1
            if (
                k < len(atoms)
                and _is_day(atoms[k])
                and _DAY_DASH.fullmatch(text[b.end : atoms[k].start])
            ):
                end = atoms[k].end
                k += 1
            om = _EN_ORD_RE.match(text, end)
            if om:
                end = om.end()
            yend, year, yj = self._year_after(end, k)
            if yj >= 0:
                self.emit(ms, yend, year, "date")
                return yj + 1
            self.emit(ms, end, _NAN, "date")
            return k
        return 0

    def glued_month(self, i: int) -> int:
        """A month name glued by OCR to the word before it (``inMay 1929``,
        ``вмае 1929 г.``, ``өттіМамыр 1929``): the date from the month on; return the next
        atom or 0."""
        a = self.atoms[i]
        text = self.text
        s = a.start
        if s < 5 or text[s - 1] not in " \u00a0":
            return 0
        m = _GLUED_MONTH.search(text, max(0, s - 16), s)
        if m is None:
            return 0
        g = m.lastgroup or "m"
        if g == "m2" and self.lang not in ("ru", None) or g == "kk" and self.lang not in ("kk", None):
            return 0
        return self._after_month(m.start(g), m.end(g), i)

    def _day_month(self, i: int) -> tuple[int, int] | None:
        """Day (or day range) at atom i followed by a month; return (end atom idx, end)."""
        atoms = self.atoms
        text = self.text
        n = len(atoms)
        a = atoms[i]
        if not _is_day(a):
            return None
        k = i + 1
        if k < n and _is_day(atoms[k]) and (
            _DAY_DASH.fullmatch(gap := text[a.end : atoms[k].start])
            or gap == "/" and _next_day(a, atoms[k])
        ):  # "12-14 May", "16/17 March" (a night)
            k += 1
        elif (
            k + 1 < n
            and _is_day(atoms[k])
            and text[a.end : atoms[k].start] in _NS_OPEN
            and atoms[k + 1].typ == "month"
            and _NS_CLOSE.fullmatch(text[atoms[k].end : atoms[k + 1].start])
        ):  # "1 (14) марта": the Old and the New Style day of one date
            return k + 1, atoms[k + 1].end
        if k < n and atoms[k].typ == "month":
            gap = text[atoms[k - 1].end : atoms[k].start]
            if gap and _GAP_WS.fullmatch(gap) or gap in ("-", "") or _ORD_OF.fullmatch(gap):
                return self._new_style_month(k) or (k, atoms[k].end)
        return None

    def _new_style_month(self, k: int) -> tuple[int, int] | None:
        """``28 января (9 февраля) 1897``, ``27 января [8 февраля] 1834`` (ru): the New
        Style day and month in brackets after the month atom *k* are part of the date
        before a year, or without one when 10 to 13 days later (``26 августа (7
        сентября)``); return (the New Style month's atom index, the end of its closing
        bracket) or None."""
        atoms = self.atoms
        text = self.text
        if self.lang not in ("ru", None) or k + 2 >= len(atoms) or atoms[k + 2].typ != "month":
            return None
        b, c = atoms[k + 1], atoms[k + 2]
        close = NS_BRACKETS.get(text[atoms[k].end : b.start])
        if not (
            close
            and _is_day(b)
            and _GAP_WS.fullmatch(text[b.end : c.start])
            and text[c.end : c.end + 1] == close
        ):
            return None
        if self._year_after(c.end + 1, k + 3)[2] >= 0 or julian_shift(
            atoms[k - 1].value, text[atoms[k].start : atoms[k].end], b.value, text[c.start : c.end]
        ):
            return k + 2, c.end + 1
        return None

    def date_day_first(self, i: int) -> int:
        atoms = self.atoms
        text = self.text
        a = atoms[i]
        n = len(atoms)
        if text[a.start - 2 : a.start - 1] in _MONTH_LAST:
            r = self.glued_month(i)
            if r:
                return r
        # kk: 1921 жылғы 10 қыркүйектегі / 1921 жылғы наурызда
        if _is_year_int(a) and i + 1 < n:
            m = _KK_JYL_RE.match(text, a.end)
            if m and m.end() > a.end and "\n" not in m.group():
                b = atoms[i + 1]
                if b.start == m.end():
                    if b.typ == "month":
                        c = atoms[i + 2] if i + 2 < n else None
                        if c is not None and c.typ == "month" and c.start == b.end + 1 and text[b.end] in "-–":
                            self.emit(a.start, c.end, a.value, "date")  # "2024 жылдың қаңтар-қыркүйегінде"
                            return i + 3
                        self.emit(a.start, b.end, a.value, "date")
                        return i + 2
                    dm = self._day_month(i + 1)
                    if dm:
                        self.emit(a.start, dm[1], a.value, "date")
                        return dm[0] + 1
        if text[a.end : a.end + 1] == "." and _is_day(a):
            r = self._roman_month_date(i)
            if r:
                return r
        dm = self._day_month(i)
        if dm:
            k, end = dm
            yend, year, yj = self._year_after(end, k + 1)
            if yj < 0:
                yend, year, yj = self._short_year(end, k + 1)
            if yj >= 0:
                self.emit(a.start, yend, year, "date")
                return yj + 1
            self.emit(a.start, end, _NAN, "date")
            return k + 1
        # bare day numbers sharing a following month: "2, 10 октября", "16/17 and
        # 17/18 March" (nights)
        if _is_day(a):
            first = k = self._night(i)
            while (
                k + 1 < n
                and k - i < 12
                and _is_day(atoms[k + 1])
                and _LIST_SEP.fullmatch(text[atoms[k].end : atoms[k + 1].start])
            ):
                k += 1
                if self._day_month(k):
                    self.emit(a.start, atoms[first].end, _NAN, "date")
                    return first + 1
                k = self._night(k)
        if self.lang in ("id", None) and text[a.start - 1 : a.start] in ("(", " "):
            return self._id_news_date(i)
        return 0

    def _night(self, i: int) -> int:
        """The index of the second day of a night ``16/17`` starting at day atom *i*, else
        *i*."""
        atoms = self.atoms
        j = i + 1
        if (
            j < len(atoms)
            and self.text[atoms[i].end : atoms[j].start] == "/"
            and _is_day(atoms[j])
            and _next_day(atoms[i], atoms[j])
        ):
            return j
        return i

    def _id_news_date(self, i: int) -> int:
        """id: a day and month after a weekday (``Sabtu (24/2)``, ``Minggu 14/7``) and a bare
        day after ``tanggal`` (``setiap tanggal 10``) are dates with value null; return
        the next atom or 0."""
        a, text = self.atoms[i], self.text
        if not (a.typ == "num" and a.is_int and a.ndig <= 2 and 0 < a.value <= 31):
            return 0
        if d_end := weekday_day_month_end(text, a.start, a.end):  # "Kamis (8/2)", "Minggu 14/7"
            self.emit(a.start, d_end, _NAN, "date")
            return self._atom_after(d_end)
        if _ID_TANGGAL_BEFORE.search(text, max(0, a.start - 9), a.start) and not (
            _ID_DAY_NOT_ALONE.match(text, a.end)
        ):
            self.emit(a.start, a.end, _NAN, "date")
            return i + 1
        return 0

    def _roman_month_date(self, i: int) -> int:
        """``31.VII.1937``: a day, a Roman month and a year (or none) as one date; return
        the next atom or 0."""
        a = self.atoms[i]
        m = _ROMAN_MONTH.match(self.text, a.end)
        if m is None or not _roman_month(m.group("r")):
            return 0
        j = i + 1
        while j < len(self.atoms) and self.atoms[j].start < m.end():
            j += 1  # "5. XI. 1918": the month is an atom of its own
        if j < len(self.atoms) and self.atoms[j].start == m.end() and _is_year_int(self.atoms[j]):
            self.emit(a.start, self.atoms[j].end, self.atoms[j].value, "date")
            return j + 1
        if " " in m.group() or "\u00a0" in m.group():
            return 0  # "5. XI в.": a list number and a century
        self.emit(a.start, m.end("r"), _NAN, "date")
        return i + 1

    def clock(self, i: int) -> int:
        """ru clock times after a time preposition: ``в 5.40`` (hours 0-23, minutes 00-59,
        no unit, scale or currency after it) and ``в 9 ч 07 мин`` (unit hour); ``other``
        with the value in hours, two joined by a dash or ``до`` a ``range``.  Return the
        next atom or 0."""
        a = self.atoms[i]
        text = self.text
        if self.lang != "ru" or a.cur or a.start != a.num_start or "-" in a.flags:
            return 0
        if a.ndig in (1, 2) and a.value <= 23:
            hm = _HM_ABBR.match(text, a.end)
            if hm and _CLOCK_PREV.search(text, max(0, a.start - 8), a.start):
                v = a.value + int(hm.group("m")) / 60
                self.emit(a.start, hm.end(), v, "other", "hour")
                return self._atom_at_or_after(hm.end(), i)
            return 0
        v = self._dot_clock(i)
        if v is None or not _DOT_CLOCK_PREV.search(text, max(0, a.start - 8), a.start):
            return 0
        m = _CLOCK_TO.match(text, a.end)
        j = i + 1
        if m and j < len(self.atoms) and self.atoms[j].start == m.end():
            v2 = self._dot_clock(j)
            if v2 is not None:
                self.emit(a.start, self.atoms[j].end, v, "range", None, _NAN, v2)
                return j + 1
        self.emit(a.start, a.end, v, "other")
        return i + 1

    def _dot_clock(self, i: int) -> float | None:
        """The hours of a clock time written with a dot at atom *i* (``5.40``, not
        ``5.40 раза`` nor ``2.30 млн``), or None."""
        a = self.atoms[i]
        text = self.text
        m = _DOT_CLOCK.fullmatch(text, a.start, a.end)
        if m is None or a.typ != "num" or text[a.end : a.end + 2] in _DOT_DIGIT:
            return None
        if unit_after(text, a.end, self.lang):
            return None
        j = i + 1
        if j < len(self.atoms):
            b = self.atoms[j]
            if b.typ == "word" and b.wtype == "s" and not text[a.end : b.start].strip():
                return None
        return int(m.group("h")) + int(m.group("m")) / 60

    def _atom_at_or_after(self, pos: int, i: int) -> int:
        """The first atom after atom *i* that starts at or after *pos*."""
        j = i + 1
        while j < len(self.atoms) and self.atoms[j].start < pos:
            j += 1
        return j

    def time(self, i: int) -> int:
        a = self.atoms[i]
        text = self.text
        v = _clock_value(text[a.start : a.end])
        if v != v:
            self.emit(a.start, a.end, _NAN, "other")
            return i + 1
        if (
            text.count(":", a.start, a.end) == 2
            and not _CLOCK_PREV.search(text, max(0, a.start - 8), a.start)
            and not _TZ_AFTER.match(text, a.end)  # "13:21:10 WIB": a time of day
        ):  # "за 2:08:47", "2:08:35,4": a race time, a duration in hours
            end, frac = second_fraction(text, a.end)
            self.emit(a.start, end, v + frac, "quantity", "hour")
            return self._atom_after(end)
        if self.ampm_at(i):
            return self.emit_ampm(i)
        if i + 1 < len(self.atoms):
            b = self.atoms[i + 1]
            m = _CONN_RE.match(text, a.end)
            if not (m and m.end() == b.start):
                m = _KK_ABL_CONN.match(text, a.end)
            if (
                b.typ == "time"
                and m
                and m.end() == b.start
                and "/" not in m.group()
                and not listed_clock(text, self.atoms, i, m.group())  # "02:40, 08:55 and 14:10"
            ):
                v2 = _clock_value(text[b.start : b.end])
                if v2 == v2:
                    self.emit(a.start, b.end, v, "range", None, _NAN, v2)
                    return i + 2
        self.emit(a.start, a.end, v, "other")
        return i + 1

    def score(self, i: int) -> int:
        """A score with a one-digit side (``3:2``, ``1:0``): one ``other``, value null."""
        a = self.atoms[i]
        self.emit(a.start, a.end, _NAN, "other")
        return i + 1

    def ampm_at(self, i: int) -> tuple[int, float] | None:
        """A clock time with a.m./p.m. at atom i: (end incl. the marker, hours)."""
        if i >= len(self.atoms):
            return None
        a = self.atoms[i]
        text = self.text
        if a.typ not in ("num", "time") or a.cur or a.start != a.num_start:
            return None
        if text[a.end : a.end + 2].lstrip()[:1] not in ("a", "p", "A", "P"):
            return None
        ap = _AMPM_RE.match(text, a.end)
        hm = re.fullmatch(r"(\d{1,2})(?:[.:](\d\d?))?", text[a.start : a.end])  # "10.0 a.m."
        if not (ap and hm and 1 <= int(hm.group(1)) <= 12 and int(hm.group(2) or 0) < 60):
            return None
        return ap.end(), _ampm(int(hm.group(1)) + int(hm.group(2) or 0) / 60, ap)

    def ampm_range(self, i: int, end: int) -> int:
        """"1–3 PM", "9 to 11 a.m.": two clock hours sharing the marker of the second;
        emit the range and return the next atom, or 0."""
        text = self.text
        a = self.atoms[i]
        if text.startswith(" and ", end):
            return self._between_ampm(i, end)
        if text[end : end + 1] not in "–-" and text[end : end + 4] != " to ":
            return 0
        m = _CONN_RE.match(text, end)
        if not (m and i + 1 < len(self.atoms) and self.atoms[i + 1].start == m.end()):
            return 0
        second = self.ampm_at(i + 1)
        if not (second and a.is_int and 1 <= a.value <= 12 and (m.group("dash") or m.group("w"))):
            return 0
        ap = _AMPM_RE.match(text, self.atoms[i + 1].end)
        v = _ampm(a.value, ap) if ap else a.value
        v = a.value if v > second[1] else v  # "11–1 PM": from eleven in the morning
        self.emit(a.start, second[0], v, "range", None, _NAN, second[1])
        return i + 2

    def _between_ampm(self, i: int, end: int) -> int:
        """``between 4 and 6 p.m.``: the first hour takes the marker of the second and is
        a clock time of its own (the second is read next); return the next atom or 0."""
        a, atoms, text = self.atoms[i], self.atoms, self.text
        if not (
            i + 1 < len(atoms)
            and atoms[i + 1].start == end + 5
            and a.is_int
            and 1 <= a.value <= 12
            and _BETWEEN_BEFORE.search(text, max(0, a.start - 9), a.start)
        ):
            return 0
        second = self.ampm_at(i + 1)
        if not second:
            return 0
        v = _ampm(a.value, _AMPM_RE.match(text, atoms[i + 1].end))
        self.emit(a.start, a.end, a.value if v > second[1] else v, "other")
        return i + 1

    def emit_ampm(self, i: int) -> int:
        """Emit "10 p.m." (other) or "9 a.m. to 5 p.m." (range); return the next atom."""
        a = self.atoms[i]
        end, v = self.ampm_at(i) or (a.end, _NAN)
        m = _CONN_RE.match(self.text, end)
        if m and not m.group("slash") and m.group("w") != "and" and i + 1 < len(self.atoms):
            b = self.atoms[i + 1]
            second = self.ampm_at(i + 1) if b.start == m.end() else None
            if second:
                self.emit(a.start, second[0], v, "range", None, _NAN, second[1])
                return i + 2
        self.emit(a.start, end, v, "other")
        return i + 1
