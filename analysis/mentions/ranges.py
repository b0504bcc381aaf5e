"""Range rules of the extractor: two numbers joined by a dash or connector words."""

from __future__ import annotations

import math
import re

from .atoms import (
    _NAN,
)
from .context import (
    _ABL_RE,
    _CONN_RE,
    _DAT_RE,
    _DECADE_WORD_RE,
    _FROM_BEFORE,
    _GAP_WS,
    _HYPH_RE,
    _KK_NOUN_ABL,
    _NOUN_CONN_RE,
    _PAGE_BEFORE,
    _PAGE_WORD_BEFORE,
    _YEAR_WORD_RE,
    _century_base,
    _Expr,
    _is_year_int,
    _prev_word,
)


class _RangeRules:
    """Methods of :class:`~analysis.mentions.extractor._Extractor` (a mixin)."""

    def range_after(
        self, i: int, x: _Expr, end: int, unit: str | None, ukind: str, year_word
    ) -> int:
        atoms = self.atoms
        text = self.text
        a = atoms[i]
        j = x.last + 1
        if j < len(atoms) and year_word and _is_year_int(a):
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
        if j >= len(atoms) or year_word:
            return 0
        b = atoms[j]
        if b.typ not in ("num", "word") or b.cur and not unit or a.typ == "roman":
            return 0  # "triwulan IV-2023" is a quarter and a year, not a range
        pos = end
        kk_range = False
        h = _HYPH_RE.match(text, pos)
        m = _CONN_RE.match(text, pos)
        if m and m.end() == b.start:
            if m.group("w") == "and":
                return 0
            w = m.group("w")
            if w in ("до", "по"):
                pw, _ = _prev_word(text, a.start)
                if pw not in ("от", "с", "со", "from"):
                    return 0
        elif (
            h
            and _ABL_RE.search(h.group("s"))
            and _GAP_WS.fullmatch(text[h.end() : b.start])
            and b.start > h.end()
        ):
            kk_range = True
            m = None
        elif (
            _ABL_RE.search(text[max(a.start, end - 4) : end])
            and text[end : b.start] == " "
            and (unit or not math.isnan(x.scale))
        ):
            kk_range = True
            m = None
        else:
            # "dari 26,36 juta orang menjadi 25,22 juta orang": the counted noun repeated;
            # kk "26,4 мың адамнан 25,2 мың адамға" (ablative ... dative)
            if unit:
                return 0
            nm = None
            if text[pos : pos + 1] == " " and self.lang in ("kk", None):
                nm = _KK_NOUN_ABL.match(text, pos)
                after = r"(?:ға|ге|қа|ке|на|не|а|е)(?!\w)"
            if not (nm and nm.end() == b.start):
                if not _FROM_BEFORE.search(text, max(0, a.start - 6), a.start):
                    return 0
                nm = _NOUN_CONN_RE.match(text, pos)
                after = r"(?!\w)"
            if not (nm and nm.end() == b.start):
                return 0
            ye = self.expr(j)
            if ye is None or not re.match(
                r"[ \u00a0]+" + re.escape(nm.group("noun")) + after, text[ye.end :]
            ):
                return 0
            m = nm
        y = self.expr(j)
        if y is None or y.amb and y.n_atoms == 1:
            if y is None or not self.unit_after(y.end):
                return 0
        v2 = y.value
        e2 = y.end
        u2 = self.unit_after(e2)
        unit2 = b.cur or unit
        uk2 = "money" if b.cur else ukind
        cal = False
        if (
            u2
            and u2[1] == "year"
            and (
                self._calendar(y, b, text[e2 : u2[0]])
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
            cal = True
            u2 = None
        if u2:
            e2, unit2, uk2 = u2
        if kk_range:
            tail = _HYPH_RE.match(text, e2)
            endword = tail.group("s") if tail else text[max(b.start, e2 - 4) : e2]
            if not _DAT_RE.search(endword):
                return 0
        v1 = x.value
        # year abbreviations: 1920-30, 1921/22
        if (
            _is_year_int(a)
            and x.n_atoms == 1
            and b.typ == "num"
            and b.ndig == 2
            and y.n_atoms == 1
        ):
            v2 = v1 - v1 % 100 + v2
        elif (
            _is_year_int(a)
            and x.n_atoms == 1
            and b.typ == "num"
            and b.ndig == 1
            and y.n_atoms == 1
            and m
            and m.group("dash") == text[end : b.start]
            and v2 > v1 % 10
        ):
            v2 = v1 - v1 % 10 + v2  # 1905-7
        elif (
            a.typ == "num"
            and b.typ == "num"
            and a.is_int
            and b.is_int
            and x.n_atoms == 1
            and y.n_atoms == 1
            and m
            and m.group("dash")
            and b.ndig < a.ndig
            and (
                _PAGE_BEFORE.search(text, max(0, a.start - 8), a.start)
                or _PAGE_WORD_BEFORE.search(text, max(0, a.start - 12), a.start)
            )
            and v1 - v1 % 10**b.ndig + v2 > v1
        ):
            v2 = v1 - v1 % 10**b.ndig + v2  # abbreviated page range: pp. 112-19
        elif m and m.group("slash"):
            if (
                a.typ == "num"
                and b.typ == "num"
                and a.is_int
                and b.is_int
                and not unit
                and 0 < x.value < y.value <= 100
                and x.n_atoms == 1
                and y.n_atoms == 1
                and a.ndig <= 2
                and b.ndig <= 3
            ):
                self.emit(a.start, b.end, x.value / y.value, "other")
                return j + 1
            if not (_is_year_int(a) and (_is_year_int(b))):
                return 0
        # 20-30 жылдар -> 1920..1930
        if (
            a.typ == "num"
            and b.typ == "num"
            and a.ndig == 2
            and b.ndig == 2
            and v1 % 10 == 0
            and v2 % 10 == 0
            and not u2
        ):
            dm = _DECADE_WORD_RE.match(text, e2)
            if dm and not dm.group().startswith(("s", "'")):
                base = _century_base(text, a.start, dm.end())
                v1 += base
                v2 += base
        if m and m.group("dash") and m.group("dash").strip() != m.group("dash"):
            # spaced dash: only for increasing sequences
            if v2 <= v1 or (unit and not u2 and ukind != "money"):
                return 0
        if (
            m
            and m.group("dash")
            and b.typ == "num"
            and _CONN_RE.match(text, e2)
            and _CONN_RE.match(text, e2).group("dash")
            and not u2
            and a.typ == "num"
        ):
            nm = _CONN_RE.match(text, e2)
            if (
                nm.group("dash").strip() == nm.group("dash")
                and j + 1 < len(atoms)
                and atoms[j + 1].typ == "num"
                and atoms[j + 1].start == nm.end()
            ):
                # 123-45-67: phone-like identifier
                k = j + 1
                e = atoms[k].end
                while (
                    k + 1 < len(atoms)
                    and atoms[k + 1].typ == "num"
                    and text[atoms[k].end : atoms[k + 1].start] == "-"
                ):
                    k += 1
                    e = atoms[k].end
                self.emit(a.start, e, _NAN, "identifier")
                return k + 1
        # both ends must be numbers of the same sort (not "in 2014 to 52.3%")
        if not kk_range and m and not m.group("dash") and not m.group("slash"):
            if (
                _is_year_int(a)
                and x.n_atoms == 1
                and not unit
                and not (b.typ == "num" and (_is_year_int(b) or b.ndig == 2) and not u2)
            ):
                return 0
        # a year and a figure joined by a dash are a table line ("2010 – 142 856,5"):
        # the ends of a dash range must be comparable (a year with a year / "1920-30")
        if (
            m
            and m.group("dash")
            and (m.group("dash") != m.group("dash").strip() or not b.is_int)
            and _is_year_int(a)
            and x.n_atoms == 1
            and not unit
            and not u2
            and not (
                b.typ == "num"
                and (
                    _is_year_int(b)
                    or (b.ndig == 2 and b.is_int)
                    or (b.ndig == 1 and m.group("dash") == m.group("dash").strip())
                )
            )
        ):
            return 0
        if unit and b.cur and unit != b.cur:
            return 0  # "0,5 persen menjadi Rp 15.700": different quantities
        if unit and u2 and unit != u2[1]:
            return 0
        sc = x.scale if not math.isnan(x.scale) else y.scale
        if (
            math.isnan(x.scale)
            and not math.isnan(y.scale)
            and v1 <= 20 * max(y.value / y.scale, 1)
        ):
            v1 = v1 * y.scale
        if (
            not math.isnan(x.scale)
            and math.isnan(y.scale)
            and b.typ == "num"
            and v2 < x.scale
            and not kk_range
        ):
            v2 = v2 * x.scale
        sc = sc if math.isnan(x.scale) or math.isnan(y.scale) else max(x.scale, y.scale)
        runit = unit2 if u2 or b.cur else unit
        if cal:
            runit = None
        if runit == "year" and _is_year_int(a):
            runit = None
        self.emit(a.start, e2, v1, "range", runit, sc, v2)
        return y.last + 1
