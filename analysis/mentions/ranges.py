"""Range rules of the extractor: two numbers joined by a dash or connector words (``1920-30``, ``с 11 до 19 тысяч``, ``859,4 мыңнан 658,1 мыңға``)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .atoms import _Atom
from .changes import change_then_level
from .class_nouns import range_class_noun_after
from .codes import leading_zero_code
from .context import (
    _ABL_RE,
    _CONN_RE,
    _DECADE_WORD_RE,
    _GAP_WS,
    _HYPH_RE,
    _PAGE_BEFORE,
    _PAGE_WORD_BEFORE,
    _YEAR_WORD_RE,
    _century_base,
    _Expr,
    _is_year_int,
    _prev_word,
)
from .context_words import _IDENT_PREV, _KK_IDENT_NOUNS
from .id_clock_ranges import clock_range_values
from .id_ratings import rating_out_of
from .numbers import expr_at
from .range_dates import en_day_month_after
from .range_nouns import en_counted_after
from .range_scores import en_score, ident_noun_before
from .record import _NAN
from .ru_price_lists import price_kopecks_after
from .stat_values import deviation_pair
from .tallies import en_tally
from .units import is_calendar_word, subunit_after, unit_after

_NPK_BEFORE = re.compile(r"\bNPK\b[^\d\n]{0,20}$")
_DAT_RE = re.compile(r"(?:ға|ге|қа|ке|на|не|а|е)$")

_NOUN_CONN_RE = re.compile(
    r"[ \u00a0]+(?P<noun>[^\W\d_]{2,20})[ \u00a0]+(?P<w>menjadi|hingga|sampai|to|до|дейін)[ \u00a0]+"
    r"(?P<dash>(?!x)x)?(?P<slash>(?!x)x)?"  # never set: a word connector
)

_KK_NOUN_ABL = re.compile(
    r"[ \u00a0]+(?P<noun>[^\W\d_]{2,20}?)(?:дан|ден|тан|тен|нан|нен)[ \u00a0]+"
    r"(?P<dash>(?!x)x)?(?P<slash>(?!x)x)?"
)

# kk "X мен Y аралығында": the connector (no dash or slash) and what follows the second end
_KK_PLURAL = re.compile(r"(?:лар|лер|дар|дер|тар|тер)", re.IGNORECASE)

_KK_WITH_WORDS = frozenset(("мен", "пен", "бен", "жән"))  # "жән": және

_KK_WITH = re.compile(
    r"(?:[ \u00a0]|[-‐‑])(?:мен|пен|бен|және)[ \u00a0]+(?P<dash>(?!x)x)?(?P<slash>(?!x)x)?"
)

_KK_BETWEEN_AFTER = re.compile(
    r"(?:[-‐‑][^\W\d_]{1,8})?(?:[ \u00a0]+[^\W\d_]{2,20})?[ \u00a0]+(?:аралығ|арасы|арасын)"
)

# English page-like numbers: "cols. 1012–17", "paras 112–18", "(Marx 1981 [1894]: 163–75)"
_EN_PAGES_BEFORE = re.compile(
    r"(?:\b(?:cols?|cc|paras?)\.?|(?:1[5-9]|20)\d\d\]?:|\((?:1[5-9]|20)\d\d\),)[ \u00a0]?$"
)

# id: a match result after a word of winning or losing ("menang 2-1", "kalah 0-1",
# "menang (1-0)")
_ID_SCORE = re.compile(r"\d{1,2}[–-]\d{1,2}")
# (also with the loser's name between: "mengalahkan Anthony Sinisuka Ginting 21-15",
# "menundukkan wakil Jepang 21-17", "menang atas Malaysia 3-0")
_ID_SCORE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:menang|kalah|imbang|unggul|takluk|skor|ditahan|mengalahkan|menaklukkan"
    r"|membungkam|ditekuk|dibekuk|tertinggal|menyerah|agregat|penalti|dikalahkan"
    r"|mengandaskan|menundukkan|menumbangkan|mempecundangi)"
    r"(?:[ \u00a0]+(?:(?-i:[A-Z])[\w/.'’-]*|wakil|pasangan|tunggal|ganda|tim|atas|lawan|tipis|telak)){0,4}"
    r"[ \u00a0]\(?$",
    re.IGNORECASE,
)

# the old price-list "a" between two prices ("$1.05 a $1.10", "6 a 8 cents")
_EN_A_CONN = re.compile(r"[ \u00a0](?P<w>a)[ \u00a0](?=[$\d])(?P<dash>(?!x)x)?(?P<slash>(?!x)x)?")

# a change verb before "X menjadi Y": X is the change, not the old value
_CHANGE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:naik|turun|bertambah|berkurang|meningkat|menurun|melonjak|anjlok"
    r"|merosot|melemah|menguat|terkoreksi|tumbuh)(?:[ \u00a0]+(?:sebesar|sekitar|sebanyak))?[ \u00a0]+$",
    re.IGNORECASE,
)
_FROM_BEFORE = re.compile(r"(?<![^\W\d_])(?:dari|from|от|с|со|отъ|съ)[ \u00a0]$", re.IGNORECASE)

_OF_AFTER = re.compile(r"[ \u00a0]+of(?!\w)")

# the name of a standard before its number: "ГОСТ 2.105-95", "ГОСТ Р 21.1101-2013"
_STANDARD_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:ГОСТ|ОСТ|СНиП|СанПиН|ТУ|СП|ISO|ИСО|DIN)(?:[ \u00a0]+(?:Р|ИСО|ISO))?[ \u00a0]*$"
)


def _month_day(a: _Atom, b: _Atom, one: bool, unit: str | None) -> bool:
    """``4/29``: only the month-first reading is a valid date (first 1-12, second 13-31)."""
    return (
        one
        and not unit
        and a.typ == "num"
        and a.ndig in (1, 2)
        and b.ndig == 2
        and a.is_int
        and b.is_int
        and 1 <= a.value <= 12
        and 13 <= b.value <= 31
    )


@dataclass(slots=True)
class _Pair:
    """The two ends of a candidate range and what is known about them."""

    a: _Atom  # first atom of the first end
    b: _Atom  # first atom of the second end
    x: _Expr  # the first end
    y: _Expr  # the second end
    m: re.Match | None  # the connector (dash, slash, word), None for kk case endings
    kk: bool  # kk ablative ... dative range ("мыңнан ... мыңға")
    end: int  # end of the first end incl. its unit
    unit: str | None
    ukind: str
    e2: int = 0  # end of the second end incl. its unit
    u2: tuple[int, str, str] | None = None
    unit2: str | None = None
    cal: bool = False  # a calendar-year word after the second end
    v1: float = 0.0
    v2: float = 0.0
    share: float = 1.0  # a money sub-unit after the second end: its share of the main unit


class _RangeRules:
    """Methods of :class:`~analysis.mentions.extractor._Extractor` (a mixin)."""

    def range_after(
        self,
        i: int,
        x: _Expr,
        end: int,
        unit: str | None,
        ukind: str,
        year_word: tuple[int, str] | None,
    ) -> int:
        """A range starting with the number *x* at atom *i*: emit it, return the next atom.

        Returns 0 if there is no range (the number is then classified alone).
        """
        atoms = self.atoms
        a = atoms[i]
        j = x.last + 1
        if year_word:
            return self._year_word_range(a, j, end, year_word)
        if j >= len(atoms):
            return 0
        b = atoms[j]
        if b.typ not in ("num", "word") or b.cur and not unit or a.typ == "roman":
            return 0  # "triwulan IV-2023" is a quarter and a year, not a range
        conn = self._connector(a, b, j, x, end, unit)
        if conn is None:
            return 0
        if self._kk_subnumber(a, b, conn[0], unit):
            return j + 1
        y = expr_at(self.text, atoms, j)
        if y is not None and b.typ == "num":
            self._glue_vulgar_fraction(j, y)  # "5¼ to 5½ percent"
        if y is None or y.amb and y.n_atoms == 1:
            if y is None or not unit_after(self.text, y.end):
                return 0
        p = _Pair(a, b, x, y, conn[0], conn[1], end, unit, ukind, v1=x.value, v2=y.value)
        if not self._second_end(p):
            return 0
        r = self._range_values(p, j)
        if r is None:
            r = self._rejected(p, j)
        if r is not None:
            return r
        self._emit_range(p)
        return y.last + 1

    def _kk_subnumber(self, a: _Atom, b: _Atom, m: re.Match | None, unit: str | None) -> bool:
        """kk "109-1-бабы": an article's number with a sub-number is one identifier (value
        null), not a range; emitted if so."""
        text = self.text
        if self.lang != "kk" or unit or m is None or m.group() != "-" or a.typ != "num" or b.typ != "num":
            return False
        h = _HYPH_RE.match(text, b.end)
        if not (a.is_int and b.is_int and h and h.group("s").lower().startswith(_KK_IDENT_NOUNS)):
            return False
        if _KK_PLURAL.search(h.group("s"), 3):
            return False  # "5-7-сыныптар": classes 5 to 7
        self.emit(a.start, b.end, _NAN, "identifier")
        return True

    def _year_word_range(self, a: _Atom, j: int, end: int, year_word: tuple[int, str]) -> int:
        """kk "1921 жылдан 1925 жылға": years in the ablative and the dative."""
        atoms = self.atoms
        text = self.text
        if j >= len(atoms) or not _is_year_int(a):
            return 0
        b = atoms[j]
        yw = text[end : year_word[0]]
        ym = _YEAR_WORD_RE.match(text, b.end) if _is_year_int(b) else None
        if (
            ym
            and _ABL_RE.search(yw)
            and b.start == year_word[0] + 1
            and text[year_word[0]] == " "
            and _DAT_RE.search(ym.group())
        ):
            self.emit(a.start, b.end, a.value, "range", None, _NAN, b.value)
            return j + 1
        return 0

    def _connector(
        self, a: _Atom, b: _Atom, j: int, x: _Expr, end: int, unit: str | None
    ) -> tuple[re.Match | None, bool] | None:
        """What joins the two ends: (connector match, kk case range) or None if nothing."""
        text = self.text
        if self.lang in ("kk", None) and (
            text[end + 1 : end + 4] in _KK_WITH_WORDS or text[end + 2 : end + 5] in _KK_WITH_WORDS
        ):
            km = self._kk_between(b, j, end)
            if km is not None:
                return km, False
        h = _HYPH_RE.match(text, end)
        m = _CONN_RE.match(text, end)
        if m and m.end() == b.start:
            w = m.group("w")
            if w == "and":
                return None
            if w in ("до", "по") and _prev_word(text, a.start)[0] not in ("от", "с", "со", "from", "отъ", "съ"):
                return None
            if w == "to" and en_tally(text, a.start, a.value, b.value):
                return None  # "by a vote of 60 to 39": a tally of two counts
            if w in ("until", "till") and _is_year_int(b) and not _is_year_int(a):
                return None  # "30 per 1,000 until 1880": a rate, then a year
            return m, False
        if self.lang in ("en", None) and text[end : end + 3] == " a ":
            am = _EN_A_CONN.match(text, end)
            if am and am.end() == b.start and self._en_price_a(a, j, unit):
                return am, False
        if (
            h
            and _ABL_RE.search(h.group("s"))
            and _GAP_WS.fullmatch(text[h.end() : b.start])
            and b.start > h.end()
        ):
            return None, True
        if (
            _ABL_RE.search(text[max(a.start, end - 4) : end])
            and text[end : b.start] == " "
            and (unit or not math.isnan(x.scale))
        ):
            return None, True
        if unit:
            return None
        nm = self._noun_connector(a, b, j, end)
        return None if nm is None else (nm, False)

    def _en_price_a(self, a: _Atom, j: int, unit: str | None) -> bool:
        """"$1.05 a $1.10", "6 a 8 cents": a price range of an old price list (money on
        both ends, or a money unit after the second)."""
        y = expr_at(self.text, self.atoms, j)
        if y is None:
            return False
        if a.cur:
            return bool(self.atoms[j].cur)
        return not unit and subunit_after(self.text, y.end) is not None

    def _kk_between(self, b: _Atom, j: int, end: int) -> re.Match | None:
        """kk "1937 мен 1939 жылдар аралығында" (between X and Y): the connector, or None
        when no *аралығы / арасы* follows the second end (then a list of two numbers)."""
        text = self.text
        km = _KK_WITH.match(text, end)
        if not (km and km.end() == b.start):
            return None
        y = expr_at(text, self.atoms, j)
        if y is None:
            return None
        u = unit_after(text, y.end)
        pos = u[0] if u else y.end
        return km if _KK_BETWEEN_AFTER.match(text, pos) else None

    def _noun_connector(self, a: _Atom, b: _Atom, j: int, pos: int) -> re.Match | None:
        """The counted noun repeated: "dari 26,36 juta orang menjadi 25,22 juta orang";
        kk "26,4 мың адамнан 25,2 мың адамға" (ablative ... dative)."""
        text = self.text
        nm = None
        after = r"(?!\w)"
        if text[pos : pos + 1] == " " and self.lang in ("kk", None):
            nm = _KK_NOUN_ABL.match(text, pos)
            after = r"(?:ға|ге|қа|ке|на|не|а|е)(?!\w)"
        if not (nm and nm.end() == b.start):
            if not _FROM_BEFORE.search(text, max(0, a.start - 6), a.start):
                return None
            nm = _NOUN_CONN_RE.match(text, pos)
            after = r"(?!\w)"
        if not (nm and nm.end() == b.start):
            return None
        ye = expr_at(text, self.atoms, j)
        if ye is None or not re.match(
            r"[ \u00a0]+" + re.escape(nm.group("noun")) + after, text[ye.end :]
        ):
            return None
        return nm

    def _second_end(self, p: _Pair) -> bool:
        """The unit or calendar word after the second end; False if the range fails."""
        text = self.text
        a, b, x, y = p.a, p.b, p.x, p.y
        p.e2 = e2 = y.end
        u2 = unit_after(text, e2, "kk" if self.lang == "kk" else None)  # kk: "5–10 мг-нан"
        p.unit2 = b.cur or p.unit
        if (
            u2
            and u2[1] == "year"
            and (
                is_calendar_word(y, b, text[e2 : u2[0]], text[u2[0] : u2[0] + 8])
                or (
                    _is_year_int(a)
                    and x.n_atoms == 1
                    and b.typ == "num"
                    and b.is_int
                    and b.ndig in (2, 4)
                    and u2[0] - e2
                    and text[e2 : u2[0]].strip().lower() not in ("лет", "years", "year", "tahun")
                )
            )
        ):
            p.cal = True
            u2 = None
        if u2:
            p.e2, p.unit2 = u2[0], u2[1]
        elif not p.unit and not p.cal:
            su = subunit_after(text, e2)
            if su is None and self.lang in ("ru", None):
                su = price_kopecks_after(text, a.start, e2)  # "92–94 к. за пуд"
            if su:  # "с 3 до 5 копеек": both ends in the main unit
                u2 = (su[0], su[1], "money")
                p.e2, p.unit2, p.share = su[0], su[1], su[2]
        p.u2 = u2
        if p.kk:
            tail = _HYPH_RE.match(text, p.e2)
            endword = tail.group("s") if tail else text[max(b.start, p.e2 - 4) : p.e2]
            if not _DAT_RE.search(endword):
                return False
        return True

    def _range_values(self, p: _Pair, j: int) -> int | None:
        """Abbreviated second ends (1920-30, 1905-7, pp. 112-19), slashes and decades.

        Returns None to go on, 0 if there is no range, or the next atom after a fraction.
        """
        text = self.text
        a, b, x, y, m = p.a, p.b, p.x, p.y, p.m
        v1 = p.v1
        one = x.n_atoms == 1 and y.n_atoms == 1 and b.typ == "num"
        if _is_year_int(a) and one and b.ndig == 2:
            p.v2 = v1 - v1 % 100 + p.v2  # 1920-30, 1921/22
        elif (
            _is_year_int(a)
            and one
            and b.ndig == 1
            and m
            and m.group("dash") == text[p.end : b.start]
            and p.v2 > v1 % 10
        ):
            p.v2 = v1 - v1 % 10 + p.v2  # 1905-7
        elif (
            a.typ == "num"
            and one
            and a.is_int
            and b.is_int
            and m
            and m.group("dash")
            and b.ndig < a.ndig
            and (
                _PAGE_BEFORE.search(text, max(0, a.start - 8), a.start)
                or _PAGE_WORD_BEFORE.search(text, max(0, a.start - 12), a.start)
                or (self.lang in ("en", None) and _EN_PAGES_BEFORE.search(text, max(0, a.start - 8), a.start))
            )
            and v1 - v1 % 10**b.ndig + p.v2 > v1
        ):
            p.v2 = v1 - v1 % 10**b.ndig + p.v2  # abbreviated page range: pp. 112-19
        elif m and m.group("slash"):
            if (
                self.lang == "en"
                and _month_day(a, b, one, p.unit)
                and not p.u2
                and not _OF_AFTER.match(text, b.end)
            ):
                self.emit(a.start, b.end, _NAN, "date")  # "4/29": April 29
                return j + 1
            if one and not p.unit and not p.u2 and ident_noun_before(text, a.start):
                self.emit(a.start, b.end, _NAN, "identifier")  # "Drag. 18/31", "ст. 5/2"
                return j + 1
            if (
                a.typ == "num"
                and one
                and a.is_int
                and b.is_int
                and not p.unit
                and 0 < x.value < y.value <= 100
                and a.ndig <= 2
                and b.ndig <= 3
            ):
                if p.u2:  # "1/16 inch", "5/8 mile": a fraction of the unit
                    self.emit(a.start, p.e2, x.value / y.value * p.share, p.u2[2], p.u2[1])
                    return self._atom_after(p.e2)
                v = x.value if self.lang == "id" and rating_out_of(text, a.start, b.end, y.value) else x.value / y.value
                self.emit(a.start, b.end, v, "other")  # "2/5" a fraction, "Nilai kami: 8/10" a score
                return j + 1
            if not (_is_year_int(a) and (_is_year_int(b))):
                return 0
        # 20-30 жылдар -> 1920..1930
        if (
            a.typ == "num"
            and b.typ == "num"
            and a.ndig == 2
            and b.ndig == 2
            and p.v1 % 10 == 0
            and p.v2 % 10 == 0
            and not p.u2
        ):
            dm = _DECADE_WORD_RE.match(text, p.e2)
            if dm and not dm.group().startswith(("s", "'")):
                base = _century_base(text, a.start, dm.end())
                p.v1 += base
                p.v2 += base
        return None

    def _rejected(self, p: _Pair, j: int) -> int | None:
        """Pairs that are no range: decreasing spaced-dash sequences, phone-like numbers
        (emitted as identifiers), a year with a figure, different units.

        Returns None if the range stands, else 0 or the next atom after an identifier.
        """
        text = self.text
        a, b, x, m = p.a, p.b, p.x, p.m
        if deviation_pair(text, a.start, p.e2) or m and m.groupdict().get("w") == "menjadi" and _CHANGE_BEFORE.search(text, max(0, a.start - 24), a.start):
            return 0  # "56,4 ± 8,2 menjadi 78,9 ± 6,5" (two means); "naik Rp 8.000 menjadi Rp 1.412.000"
        if p.unit == "%" and not p.u2 and m and change_then_level(text, a.start, m):
            return 0  # "rose 0.6% to 8,164.1": the change, then the new level
        dash = m.group("dash") if m else None
        if dash and dash.strip() != dash:
            # spaced dash: only for increasing sequences
            if p.v2 <= p.v1 or (p.unit and not p.u2 and p.ukind != "money"):
                return 0
        if dash and b.typ == "num" and a.typ == "num" and not p.u2:
            nm = _CONN_RE.match(text, p.e2)
            if nm and nm.group("dash"):
                k = self._phone_like(a.start, j, nm)
                if k:
                    return k
        # both ends must be numbers of the same sort (not "in 2014 to 52.3%")
        year_alone = _is_year_int(a) and x.n_atoms == 1 and not p.unit
        if not p.kk and m and not dash and not m.group("slash"):
            if year_alone and not (
                b.typ == "num" and (_is_year_int(b) or b.ndig == 2) and not p.u2
            ):
                return 0
        # a year and a figure joined by a dash are a table line ("2010 – 142 856,5"):
        # the ends of a dash range must be comparable (a year with a year / "1920-30")
        if (
            dash
            and (dash != dash.strip() or not b.is_int)
            and year_alone
            and not p.u2
            and not (
                b.typ == "num"
                and (
                    _is_year_int(b)
                    or (b.ndig == 2 and b.is_int)
                    or (b.ndig == 1 and dash == dash.strip())
                )
            )
        ):
            return 0
        if p.unit and b.cur and p.unit != b.cur:
            return 0  # "0,5 persen menjadi Rp 15.700": different quantities
        if self.lang in ("en", None) and m and m.groupdict().get("w") and p.unit and not p.u2:
            if not b.cur and (en_counted_after(text, p.e2) or en_day_month_after(text, p.e2)):
                return 0  # "for 15 years to 218 subscribers", "13 weeks to 25 November"
        if p.unit and p.u2 and p.unit != p.u2[1]:
            return 0
        return None

    def _phone_like(self, start: int, j: int, nm: re.Match) -> int:
        """123-45-67: a phone-like identifier; emit it and return the next atom, or 0."""
        atoms = self.atoms
        text = self.text
        if not (
            nm.group("dash").strip() == nm.group("dash")
            and j + 1 < len(atoms)
            and atoms[j + 1].typ == "num"
            and atoms[j + 1].start == nm.end()
        ):
            return 0
        k = j + 1
        while (
            k + 1 < len(atoms)
            and atoms[k + 1].typ == "num"
            and text[atoms[k].end : atoms[k + 1].start] == "-"
        ):
            k += 1
        # a fertiliser grade "NPK Phonska 15-15-15" is a composition, not a name
        npk = "NPK" in text[max(0, start - 24) : start] and _NPK_BEFORE.search(text, max(0, start - 24), start)
        self.emit(start, atoms[k].end, _NAN, "other" if npk else "identifier")
        return k + 1

    def _emit_range(self, p: _Pair) -> None:
        """Carry scales across the ends ("2-3 млн", "1 млн - 300") and emit the range."""
        x, y = p.x, p.y
        v1, v2 = p.v1, p.v2
        sc = x.scale if not math.isnan(x.scale) else y.scale
        if math.isnan(x.scale) and not math.isnan(y.scale) and v1 <= 20 * max(y.value / y.scale, 1):
            v1 = v1 * y.scale
        if (
            not math.isnan(x.scale)
            and math.isnan(y.scale)
            and p.b.typ == "num"
            and v2 < x.scale
            and not p.kk
        ):
            v2 = v2 * x.scale
        sc = sc if math.isnan(x.scale) or math.isnan(y.scale) else max(x.scale, y.scale)
        runit = p.unit2 if p.u2 or p.b.cur else p.unit
        if p.cal or (runit == "year" and _is_year_int(p.a)):
            runit = None
        start = p.a.start
        if not runit and _STANDARD_BEFORE.search(self.text, max(0, start - 12), start):
            self.emit(start, p.e2, _NAN, "identifier")  # a standard's number: "ГОСТ 2.105-95"
            return
        if not runit and self.lang in ("en", None) and en_score(self.text, start, p.e2):
            self.emit(start, p.e2, _NAN, "other")  # "the series stands at 1–1": a score
            return
        if not runit and self._score_list(start, p.e2):
            self.emit(start, p.e2, _NAN, "other")  # "21-15, 21-14": the next game's score
            return
        if not runit and self.lang == "id" and self._id_score(start, p.e2):
            self.emit(start, p.e2, _NAN, "other")  # "Persib menang 2-1 atas Persija"
            return
        if not runit and leading_zero_code(self.text, start, p.a.end, p.b.start, p.b.end):
            self.emit(start, p.b.end, _NAN, "identifier")  # a file number "001-36743"
            return
        kind = "range"
        hm = None if runit or self.lang != "id" else clock_range_values(self.text, start, p.a.end, p.b.start, p.e2)
        if hm:  # "pukul 06.30-17.00 WIB": times of day, the minutes as sixtieths
            v1, v2 = hm
        prevw, sep = _prev_word(self.text, start)
        if not runit and prevw in _IDENT_PREV and sep == " " and not _is_year_int(p.a):
            if v2 < v1:  # "ст. 58-10": article 58, item 10 (one identifier, several numbers)
                self.emit(start, p.e2, _NAN, "identifier")
                return
            kind = "identifier"  # "пункты 7–9": numbered things, value and range_end kept
        elif not runit and range_class_noun_after(self.text, p.e2):
            kind = "identifier"  # "5–6 разряда", "7–9 классы": grades, not an amount
        self.emit(start, p.e2, v1 * p.share, kind, runit, sc, v2 * p.share)

    def _id_score(self, start: int, end: int) -> bool:
        """id: ``menang 2-1``, ``kalah (0-1)``, ``menyerah 19-21``, ``agregat 6-1``: a
        match result, not a range."""
        return bool(
            _ID_SCORE.fullmatch(self.text, start, end)
            and _ID_SCORE_BEFORE.search(self.text, max(0, start - 72), start)
        )

    def _score_list(self, start: int, end: int) -> bool:
        """A pair after a score and a comma is the next game's score (``menang 5-11,
        11-5, 11-3``; ``won 21-15, 19-21``)."""
        rows = self.rows
        if not rows or not _ID_SCORE.fullmatch(self.text, start, end):
            return False
        last = rows[-1]
        return (
            last.kind == "other"
            and last.value != last.value
            and self.text[last.end : start] in (", ", ",", "; ")
            and _ID_SCORE.fullmatch(self.text, last.start, last.end) is not None
        )
