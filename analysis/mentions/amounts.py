"""Number rules of the extractor: number expressions, units, scales, calendars."""

from __future__ import annotations

import math
import re

from .atoms import (
    _NAN,
    _ROMAN_TRANS,
    _ROMAN_VALID,
    _SUPERSCRIPT,
    _Atom,
)
from .context import (
    _ABL_RE,
    _CONN_RE,
    _COUNTED_AFTER_M,
    _FRAC_AFTER,
    _FRAC_PREV,
    _GAP_WORD,
    _GAP_WS,
    _GLUED_SCALE,
    _GLUED_SCALE_VALUE,
    _HEADER_UNIT_AFTER,
    _KK_25K_RE,
    _KK_CASE_END,
    _KK_DECADE,
    _KK_FRAC_NUM,
    _KK_JYL_RE,
    _ORD_NEXT_RE,
    _PER_AREA_RE,
    _RU_ORD_WORD_AFTER,
    _UNIT_INFO,
    _UNIT_RE,
    _VAGUE_PREV,
    _VFRAC,
    _YEAR_BEFORE_RE,
    _YIELD_UNITS,
    _century_base,
    _Expr,
    _is_year_int,
    _prev_word,
    _word_start,
)


class _AmountRules:
    """Methods of :class:`~analysis.mentions.extractor._Extractor` (a mixin)."""

    def expr(self, i: int) -> _Expr | None:
        """Combine number atoms from i: digits, number words, scale words, composites."""
        atoms = self.atoms
        text = self.text
        n = len(atoms)
        a = atoms[i]
        if a.typ == "roman":
            return _Expr(a.start, a.end, a.value, _NAN, i, False, 1, False, False, False)
        total = 0.0
        cur = 0.0
        has_cur = False
        last = 0.0
        scale = _NAN
        words_only = a.typ == "word"
        frac = False
        amb = "A" in a.flags
        k = i
        used = 0
        last_scale = math.inf
        plural_alone = False
        while k < n:
            b = atoms[k]
            if used:
                prev = atoms[k - 1]
                gap = text[prev.end : b.start]
                if b.typ not in ("num", "word"):
                    break
                if b.typ == "num":
                    # digits after a scale word: "1 млн 300 мың", "19 миллион 899 мың 377"
                    nxt = atoms[k + 1] if k + 1 < n else None
                    smaller = (
                        nxt is not None
                        and nxt.typ == "word"
                        and nxt.wtype == "s"
                        and nxt.value < last_scale
                        and _GAP_WS.fullmatch(text[b.end : nxt.start])
                    )
                    if not (
                        prev.typ == "word"
                        and prev.wtype == "s"
                        and cur == 0
                        and not _KK_CASE_END.search(text[prev.start : prev.end])
                        and _GAP_WS.fullmatch(gap)
                        and gap
                        and (b.is_int or (smaller and b.value < 1000))  # 1 трлн 245,6 млрд
                        and b.cur is None
                        and b.value < last_scale
                        and not b.ke
                    ):
                        break
                    if not smaller and not (
                        last_scale == 1000 and b.value < 1000 and not _UNIT_RE.match(text, b.end)
                    ):
                        break
                else:
                    if not _GAP_WORD.fullmatch(gap) or "\n" in gap:
                        if not (gap == "" and prev.typ == "num" and b.wtype == "s"):
                            break
                    if " and " in gap and prev.wtype not in ("h", "s"):
                        break
                    if prev.typ == "num" and b.wtype not in ("s", "half", "den"):
                        break
                    if b.wtype == "u":
                        if prev.typ == "word" and prev.wtype == "u":
                            mag = 10 ** int(math.log10(last)) if last >= 1 else 0
                            if not (last >= 10 and b.value < mag):
                                break
                        elif prev.typ == "word" and prev.wtype in ("belas", "frac", "half"):
                            break
                    if b.wtype in ("belas", "puluh") and not (
                        prev.typ == "word" and prev.wtype == "u" and last < 10
                    ):
                        break
                    if b.wtype == "frac" and not (
                        prev.typ == "word" and prev.wtype == "u" and last == 1 and used == 1
                    ):
                        break
                    if b.wtype == "s" and b.value >= last_scale:
                        break
            # apply b
            wt = b.wtype if b.typ == "word" else "u"
            v = b.value
            if wt == "u":
                cur += v
                last = v
                has_cur = True
            elif wt == "h":
                cur = cur - last + (last if last else 1) * 100
                last = 0.0
            elif wt == "belas":
                cur += 10
                last = 0.0
            elif wt == "puluh":
                cur += last * 9
                last = 0.0
            elif wt == "s":
                if used == 0:
                    if "L" not in b.flags or _prev_word(text, b.start)[0] in _VAGUE_PREV:
                        plural_alone = True
                total += (cur if has_cur else 1) * v
                scale = v if math.isnan(scale) else max(scale, v)
                last_scale = v
                cur = 0.0
                has_cur = False
                last = 0.0
            elif wt == "frac" and used:
                cur = cur * v
                frac = True
            elif wt == "frac":
                cur += v
                has_cur = True
                frac = True
            elif wt == "den" and used == 0:
                if not (b.typ == "word" and "\u0400" <= text[b.start] <= "\u04ff"):
                    return None  # "third" alone is an ordinal word
                # "около трети предпринимателей": a denominator alone is the fraction
                cur += v
                has_cur = True
                frac = True
            elif wt == "den":
                cur = cur * v
                frac = True
            elif wt == "half":
                if used == 0:
                    if b.typ == "word" and text[b.start : b.end].lower() == "setengah":
                        cur += 0.5
                        has_cur = True
                        frac = True
                    else:
                        return None
                else:
                    cur += 0.5
            if b.typ == "num":
                words_only = False
            if used:
                amb = False
            used += 1
            k += 1
        if used == 0:
            return None
        last_atom = atoms[k - 1]
        value = total + cur
        if not math.isnan(scale):
            frac = False
        return _Expr(
            a.start,
            last_atom.end,
            value,
            scale,
            k - 1,
            words_only,
            used,
            frac,
            amb,
            plural_alone and used == 1,
        )

    def unit_after(self, pos: int) -> tuple[int, str, str] | None:
        m = _UNIT_RE.match(self.text, pos)
        if not m:
            return None
        code, kind = _UNIT_INFO[m.lastgroup or ""]
        e = m.end()
        t = self.text
        if code == "night" and _YEAR_BEFORE_RE.search(t, max(0, pos - 5), pos):
            return None  # "tahun 1965 malam itu": the night of a year, not 1965 nights
        if code in _YIELD_UNITS:
            per = _PER_AREA_RE.match(t, e)
            if per:
                e = (
                    per.end()
                )  # a yield's denominator: "8,6 центнера с гектара", "3 ton per hektar"
        if t[e - 1] in _SUPERSCRIPT and not (t[e - 1] in "²³" and t[e - 2] in "mм"):
            while t[e - 1] in _SUPERSCRIPT and e > pos + 1:
                e -= 1  # a footnote marker glued to the unit word ("рублей⁴") is not the unit's
        return e, code, kind

    def number(self, i: int) -> int:
        atoms = self.atoms
        text = self.text
        a = atoms[i]
        x = self.expr(i)
        if x is None:
            return i + 1
        nxt = x.last + 1
        if (
            x.words_only
            and x.value >= 20
            and x.value % 10 == 0
            and _RU_ORD_WORD_AFTER.match(text, x.end)
        ):
            return nxt  # "в сорок шестом (году)": a compound ordinal word, not a mention
        if x.plural_scale_alone:
            return nxt
        if (
            x.words_only
            and x.n_atoms == 1
            and a.wtype == "s"
            and text[max(0, a.start - 2) : a.start] == ", "
            and _HEADER_UNIT_AFTER.match(text, x.end)
        ):
            return nxt  # a table header "Халық саны, мың адам:" (thousand people), no number
        if (
            a.typ == "word"
            and "O" in a.flags
            and not _FRAC_AFTER.match(text, x.end)
            and _prev_word(text, a.start)[0] not in _FRAC_PREV
        ):
            return nxt  # "a fifth term" is an ordinal word; "a fifth of adults" a fraction
        if (
            nxt < len(atoms)
            and atoms[nxt].typ == "vfrac"
            and atoms[nxt].start == x.end
            and a.typ == "num"
            and a.is_int
            and x.n_atoms == 1
        ):
            x.value += _VFRAC[text[x.end]]
            x.end += 1
            x.last = nxt
            nxt += 1
        if a.typ == "roman" and nxt < len(atoms) and atoms[nxt].typ == "roman":
            cm = _CONN_RE.match(text, a.end)
            b = atoms[nxt]
            if cm and cm.group("dash") and cm.end() == b.start and len(text[a.start : b.end]) > 3:
                if _ORD_NEXT_RE.match(text, b.end) or (b.end - b.start) > 1 < (a.end - a.start):
                    self.emit(a.start, b.end, a.value, "range", None, _NAN, b.value)
                    return nxt + 1
        # kk fractions: "үштен бірі" (one third), "төрттен бірі"
        if x.words_only and nxt < len(atoms) and math.isnan(x.scale) and x.value >= 2:
            b = atoms[nxt]
            if (
                b.typ == "word"
                and b.start == x.end + 1
                and text[x.end] == " "
                and _ABL_RE.search(text[x.end - 4 : x.end])
                and _KK_FRAC_NUM.match(text, b.start, b.end)
                and b.value < x.value
            ):
                self.emit(a.start, b.end, b.value / x.value, "other")
                return nxt + 1
        k25 = _KK_25K_RE.match(text, x.end)
        if k25 and x.words_only and math.isnan(x.scale):
            self.emit(a.start, k25.end(), x.value * 1000, "other", None, _NAN)
            return nxt
        start = a.start
        end = x.end
        value = x.value
        scale = x.scale
        unit: str | None = a.cur
        ukind = "money" if a.cur else ""
        # glued scale abbreviations: "£1.9m", "$2bn", "€3.5bn", "40mn" ("5m" alone is metres)
        if (
            a.typ == "num"
            and x.n_atoms == 1
            and end == a.end
            and math.isnan(scale)
            and text[end : end + 1].isalpha()
        ):
            gs = _GLUED_SCALE.match(text, end)
            if gs and (
                a.cur
                or gs.group(1).lower() not in ("m", "k")
                or (gs.group(1) == "m" and _COUNTED_AFTER_M.match(text, gs.end()))
            ):
                sv = _GLUED_SCALE_VALUE[gs.group(1).lower()]
                value, scale, end = value * sv, sv, gs.end()
                x.end = end
        # ---------------------------------------------------------------- glued names
        if a.typ == "num" and a.start > 0 and not a.cur and not a.ke:
            pc = text[a.start - 1]
            if pc.isalpha() or (pc in "-‐" and a.start > 1 and text[a.start - 2].isalpha()):
                prevw, _ = _prev_word(text, a.start if pc.isalpha() else a.start - 1)
                if not (
                    pc.isalpha()
                    and (
                        _KK_JYL_RE.fullmatch(text[a.start - 5 : a.start])
                        or prevw.endswith(("жылғы", "жылы"))
                    )
                ):
                    pstart = _word_start(text, a.start if pc.isalpha() else a.start - 1)
                    pword = text[pstart : a.start]
                    roman_before = pc in "-‐" and _ROMAN_VALID.fullmatch(
                        pword[:-1].translate(_ROMAN_TRANS)
                    )
                    if not roman_before and (pc.isalpha() or any(ch.isupper() for ch in pword)):
                        self.emit(a.start, a.end, value, "other")
                        return nxt
        # ---------------------------------------------------------------- a.m. / p.m.
        if (
            a.typ == "num"
            and x.n_atoms == 1
            and not a.cur
            and self.lang in ("en", None)
            and text[end : end + 2].lstrip()[:1] in ("a", "p", "A", "P")
        ):
            if self.ampm_at(i):
                return self.emit_ampm(i)
        # ---------------------------------------------------------------- unit
        u = self.unit_after(end)
        year_word = None
        if u:
            uend, ucode, uk = u
            if ucode == "year" and self._calendar(x, a, text[end:uend]):
                year_word = (uend, ucode)
                u = None
            elif (
                ucode in ("m", "t", "ha")
                and text[end:uend].strip() in ("м", "т", "га", "ha")
                and self.lang == "kk"
            ):
                u = None
        if u and not unit:
            end, unit, ukind = u
        elif u and unit and u[2] == "money":
            end = u[0]
        if x.amb and not u and math.isnan(scale) and x.n_atoms == 1:
            r = self.range_after(i, x, end, unit, ukind, year_word)
            return r if r else nxt
        if x.words_only and x.n_atoms == 1 and atoms[i].wtype == "h" and not u:
            return nxt
        # "1, 7 kali": comma-space decimal before a unit / scale word
        if (
            a.typ == "num"
            and a.is_int
            and not unit
            and nxt < len(atoms)
            and a.ndig in (1, 2)
            and atoms[nxt].typ == "num"
            and atoms[nxt].is_int
            and atoms[nxt].ndig in (1, 2)
            and re.fullmatch(r", ", text[end : atoms[nxt].start])
            and math.isnan(scale)
        ):
            b = atoms[nxt]
            u2 = self.unit_after(b.end)
            if u2:
                value = float(f"{int(value)}.{text[b.start : b.end]}")
                self.emit(start, u2[0], value, u2[2], u2[1], _NAN)
                return nxt + 1
        # ---------------------------------------------------------------- ranges
        r = self.range_after(i, x, end, unit, ukind, year_word)
        if r:
            return r
        # ---------------------------------------------------------------- kinds
        kind = self.classify(i, x, start, end, unit, ukind, year_word)
        if kind is None:
            return nxt
        kind, end = kind
        if kind == "time":
            hh, mm = re.split(r"[.,]", text[a.num_start : a.end])
            value = int(hh) + int(mm) / 60
            kind = "other"
        if kind in ("year", "year!") and x.value < 100 and a.typ == "num":
            value = _century_base(text, start, end) + value
        if kind == "other" and x.frac:
            pass
        self.emit(
            start,
            end,
            value,
            kind,
            unit if kind in ("percent", "money", "quantity", "other", "range") else None,
            scale,
        )
        return nxt

    def _calendar(self, x: _Expr, a: _Atom, word: str) -> bool:
        """Is the year word after this number the calendar-year word (kept outside)?"""
        w = word.strip().lower()
        if x.n_atoms != 1 or a.typ != "num" or not a.is_int or a.cur:
            return False
        if w in ("лет", "years", "year", "yrs", "yrs.", "tahun"):
            return False
        if _is_year_int(a):
            return True
        return (
            100 <= a.value < 1000
            and w in ("году", "г.", "гг.", "года")
            or (a.ndig == 2 and a.value % 10 == 0 and _KK_DECADE.match(w) is not None)
        )
