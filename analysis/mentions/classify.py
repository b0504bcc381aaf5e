"""Classification of a number into the kinds of the spec, from its context."""

from __future__ import annotations

import re

from .atoms import _SENT_END_RE
from .context import (
    _AGE_BEFORE,
    _AGE_CMP,
    _AGE_PREV,
    _COUNT_PREV,
    _DECADE_WORD_RE,
    _DUR_RE,
    _EN_ORD_RE,
    _ERA_AFTER,
    _ERA_FIRST,
    _HYPH_RE,
    _IDENT_PREV,
    _KK_IDENT_NOUNS,
    _KK_ORD,
    _KK_ORD_NOUNS,
    _LIST_MARK,
    _LIST_SEP,
    _NEXT_WORD_RE,
    _NOT_SCRAPED,
    _ORD_NEXT_RE,
    _PERIOD_PREV,
    _REGNAL_NAMES,
    _RU_CLASS_AFTER,
    _RU_CLASS_GEN,
    _RU_ORD,
    _SENT_END_BEFORE,
    _STREET_BEFORE,
    _STREET_KW,
    _TIME_PREV,
    _VERBISH,
    _YEAR_LIST_RE,
    _YEAR_PREV,
    _YEAR_WORD_RE,
    _at_sentence_start,
    _Expr,
    _is_year_int,
    _prev_word,
    _word_start,
)
from .lexicon import (
    month_number,
)


class _Classifier:
    """Methods of :class:`~analysis.mentions.extractor._Extractor` (a mixin)."""

    def classify(
        self, i: int, x: _Expr, start: int, end: int, unit: str | None, ukind: str, year_word
    ) -> tuple[str, int] | None:
        atoms = self.atoms
        text = self.text
        a = atoms[i]
        prevw, sep = _prev_word(text, start)
        # roman numerals
        if a.typ == "roman":
            raw = text[a.start : a.end]
            single = len(raw) == 1
            hy = _HYPH_RE.match(text, a.end)
            ordnext = _ORD_NEXT_RE.match(text, a.end)
            if prevw in _IDENT_PREV:
                return "identifier", end
            if _LIST_MARK.match(text, a.end) and (
                text[max(0, a.start - 4) : a.start].rpartition("\n")[2].strip() == ""
                and (a.start <= 4 or "\n" in text[max(0, a.start - 4) : a.start])
            ):
                return "identifier", end
            if single:
                if re.match(r"\.[ \u00a0]*[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ]", text[a.end : a.end + 3]):
                    return None
                regnal = (
                    self.lang != "en"
                    and sep == " "
                    and text[start - 2 : start - 1].isalpha()
                    and text[_word_start(text, start - 1) : start - 1][:1].isupper()
                    and (self.lang is not None or "а" <= text[start - 2].lower() <= "ӿ")
                )
                regnal = regnal or (
                    prevw in _REGNAL_NAMES
                    and sep == " "
                    and text[start - 2 : start - 1].isalpha()
                    and text[_word_start(text, start - 1) : start - 1][:1].isupper()
                )
                if not (
                    ordnext
                    or regnal
                    or prevw
                    in (
                        "war",
                        "wars",
                        "repelita",
                        "pelita",
                        "abad",
                        "kongres",
                        "congress",
                        "съезд",
                        "пленум",
                        *_PERIOD_PREV,
                    )
                ):
                    return None
            if re.match(r"\.[ \u00a0]?[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ]\.", text[a.end : a.end + 5]):
                return None  # initials
            if hy and (hy.group("s").lower() in _KK_ORD or hy.group("s").lower() in _RU_ORD):
                end = hy.end()
            return "ordinal", end
        # bare ages: "aged 63", "children under 12", "berusia 45"
        if (
            a.typ == "num"
            and a.is_int
            and not unit
            and x.n_atoms == 1
            and 0 < a.value <= 130
            and not _HYPH_RE.match(text, end)
            and sep == " "
            and (
                prevw in _AGE_PREV
                or (prevw in _AGE_CMP and _AGE_BEFORE.search(text, max(0, start - 40), start))
            )
        ):
            return "quantity_dur:year", end
        # a list continuing an identifier: "статьями 5 и 6", "Articles 3, 4 and 7"
        if (
            a.typ == "num"
            and a.is_int
            and not unit
            and x.n_atoms == 1
            and self.rows
            and self.rows[-1][4] == "identifier"
            and _LIST_SEP.fullmatch(text, self.rows[-1][1], start)
            and not _YEAR_WORD_RE.match(text, end)
        ):
            return "identifier", end
        # identifiers by preceding noun
        if (
            prevw in _IDENT_PREV
            and a.typ == "num"
            and not unit
            and x.n_atoms == 1
            and "\n" not in sep
        ):
            return "identifier", end
        if (
            a.typ == "num"
            and not unit
            and x.n_atoms == 1
            and a.is_int
            and _STREET_KW.search(text, max(0, start - 60), start)
            and _STREET_BEFORE.search(text, max(0, start - 60), start)
        ):
            return "identifier", end
        # ru "в 5 классе" (the school class numbered 5; "5 классов" counts classes)
        if (
            a.typ == "num"
            and not unit
            and x.n_atoms == 1
            and a.is_int
            and text[end + 1 : end + 2] in ("к", "К")
            and (
                _RU_CLASS_AFTER.match(text, end)
                or (  # "ученики 9 класса"; "3 класса" (three classes) counts
                    _RU_CLASS_GEN.match(text, end)
                    and not (a.value % 10 in (2, 3, 4) and a.value % 100 not in (12, 13, 14))
                )
            )
        ):
            return "identifier", end
        # kk "1-қосымша" (appendix 1), "2-кесте" (table 2): the noun after the hyphen
        if a.typ == "num" and not unit and x.n_atoms == 1:
            hk = _HYPH_RE.match(text, end)
            if hk and hk.group("s").lower().startswith(_KK_IDENT_NOUNS):
                return "identifier", end
            if hk and hk.group("s").lower().startswith("бет") and self.lang in ("kk", None):
                return "reference", end  # "45-бетте": page 45
            if hk and hk.group("s").lower().startswith(_KK_ORD_NOUNS):
                return "ordinal", end
        # numbered list items / clauses: "1. Text", "13. Порядок", "1)"
        if a.typ == "num" and a.ndig in (1, 2, 3) and not unit and x.n_atoms == 1:
            after = text[end : end + 3]
            if (
                re.match(r"(?:\.[ \u00a0]+[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ«\"]|\)[ \u00a0])", after)
                and _at_sentence_start(text, start)
                and not _is_year_int(a)
            ):
                ls = text.rfind("\n", max(0, start - 80), start) + 1
                if ls == 0 and start > 80:
                    ls = start - 80
                before = text[ls:start]
                if (
                    before.strip(" \t-•*") == ""
                    or after[0] == "."
                    or _SENT_END_BEFORE.search(before)
                ):
                    return "identifier", end
            if (
                _SENT_END_RE.match(text[end : end + 4])
                and prevw
                and sep.strip() == ""
                and self.lang in ("ru", "kk", None)
                and not _VERBISH.search(prevw)
                and prevw not in _NOT_SCRAPED
                and prevw not in _YEAR_PREV
                and not a.ke
            ):
                return "other", end
            if text[end : end + 1] == ":" and prevw in _IDENT_PREV:
                return "identifier", end
        if a.typ == "num" and text[start - 1 : start] == ":" and prevw in _IDENT_PREV:
            return "identifier", end
        # times of day written with a dot after an hour word
        if a.typ == "num" and prevw in _TIME_PREV and not a.is_int and not unit:
            raw = text[a.num_start : a.end]
            mm = re.fullmatch(r"(\d{1,2})[.,](\d\d)", raw)
            if mm and int(mm.group(1)) <= 24 and int(mm.group(2)) < 60:
                return "time", end
        if a.ke:
            return "ordinal", end
        hy = _HYPH_RE.match(text, end) if not unit else None
        # durations in one word: 41-летний, two-year
        if not unit:
            d = _DUR_RE.match(text, end)
            if d:
                return "quantity_dur:" + (d.lastgroup or "year"), d.end()
        # years with an era word or after "tahun"/"year": "tahun 800 Masehi", "300 BC"
        if a.typ == "num" and x.n_atoms == 1 and not unit and a.is_int and a.ndig <= 4:
            if (text[end + 1 : end + 2] in _ERA_FIRST and _ERA_AFTER.match(text, end)) or (
                prevw in ("tahun", "year", "AD", "ad") and 100 <= a.value < 1000
            ):
                return "year!", end
        # decades and calendar years
        if a.typ == "num" and x.n_atoms == 1 and not unit and a.is_int:
            dm = _DECADE_WORD_RE.match(text, end)
            if (
                a.ndig in (2, 4)
                and a.value % 10 == 0
                and dm
                and (a.ndig == 4 or not dm.group().startswith(("s", "'", "a")))
                and (a.ndig == 4 and 1000 <= a.value <= 2100 or a.ndig == 2)
                and not (a.ndig == 2 and dm.group()[:2] in ("-е", "-х") and " " not in dm.group())
            ):
                return "year!", end
            if year_word:
                return "year", end
            if hy:
                sfx = hy.group("s").lower()
                if sfx in _KK_ORD and not _is_year_int(a):
                    return "ordinal", hy.end()
                if sfx in _RU_ORD and not _is_year_int(a):
                    return "ordinal", hy.end()
            if _is_year_int(a):
                if _YEAR_WORD_RE.match(text, end):
                    return "year", end
                if prevw in _COUNT_PREV and _NEXT_WORD_RE.match(text, end):
                    return "count", end
                if prevw in _YEAR_PREV or _at_sentence_start(text, start) and self.lang != "kk":
                    return "year", end
                if prevw and month_number(prevw) and sep.strip() in ("", ","):
                    return "year", end
                nw = _NEXT_WORD_RE.match(text, end)
                if (
                    self.lang == "ru"
                    and _SENT_END_RE.match(text[end : end + 4])
                    and prevw not in _YEAR_PREV
                ):
                    return "count", end
                if _YEAR_LIST_RE.match(text, end):
                    return "year", end
                if nw is not None and (
                    a.value % 100 == 0
                    or self.lang == "kk"
                    or (
                        self.lang in ("ru", None)
                        and prevw not in _YEAR_PREV
                        and "а" <= text[nw.end() - 1] <= "ӿ"
                    )
                ):
                    return "count", end
                return "year", end
        if a.typ == "num" and not unit:
            m = _EN_ORD_RE.match(text, end)
            if m and a.is_int:
                return "ordinal", m.end()
            if hy and a.is_int:
                sfx = hy.group("s").lower()
                if sfx in _KK_ORD or sfx in _RU_ORD:
                    return "ordinal", hy.end()
            if _ORD_NEXT_RE.match(text, end) and a.is_int:
                return "ordinal", end
        if ukind:
            return ukind, end
        if x.frac:
            return "other", end
        # kk "жиырма бес мыңдықшылар" (the 25,000-ers)
        return "count", end
