"""Identifiers among the numbers: ages (``aged 63``), lists continuing an identifier
(``статьями 5 и 6``), numbered nouns before or after a number (``claim 1``, ``Plots 12, 14 and
16``, ``1, 2 және 3-бөлімдер``), archival units, streets and house numbers, school classes,
form codes (``3-НДФЛ``) and kk numbered nouns (``1-қосымша``, ``45-бетте``); a mixin of the
classifier (:mod:`.classify`)."""

from __future__ import annotations

import re

from .ages import _told_age, before_present
from .atoms import _Atom
from .classify_id import competence
from .classify_kk import _KK_MIL_UNIT
from .context import _LIST_CONT, _YEAR_WORD_RE, _Expr, _is_year_int
from .context_words import (
    _AGE_CMP,
    _AGE_PREV,
    _ARCHIVE_PREV,
    _IDENT_LIST_PREV,
    _IDENT_PREV,
    _KK_IDENT_NOUNS,
    _KK_ORD,
    _KK_ORD_NOUNS,
    _RU_ORD,
    _YEAR_PREV,
)
from .named import _COUNTED, _PART_PLURALS, abbr_kind, named_kind, street_number
from .record import _Verdict
from .ru_counted_nouns import ru_counted_after
from .street_numbers import old_style_street_number

_AGE_BEFORE = re.compile(
    r"(?:\b(?:children|kids|people|persons|those|adults|youngsters|pupils|boys|girls|anyone"
    r"|teenagers|teens|men|women|males|females|patients)[ \u00a0]+(?:under|over|aged|below|above|older"
    r"[ \u00a0]+than|younger[ \u00a0]+than)|\bage[ \u00a0]+(?:of|as))[ \u00a0]+$",
    re.IGNORECASE,
)

_RU_CLASS_AFTER = re.compile(r"[ \u00a0](?:класс|классе|классу|классом)(?!\w)", re.IGNORECASE)

_RU_CLASS_GEN = re.compile(r"[ \u00a0]класса(?!\w)", re.IGNORECASE)

# a school class or a university year named by an ordinal or a Roman numeral before the
# noun: "в 1-й класс", "ко 2-му классу", "студента 1-го курса", "в VIII классѣ" (not a
# course of treatment)
_CLASS_NOUN_AFTER = re.compile(
    r"[ \u00a0]+(?:класс|курс)(?:а|у|е|ѣ|ом|ы|ов|ам|ами|ах)?(?![^\W\d_])"
    r"(?![ \u00a0]+(?:лечени|терапи|химиотерапи|реабилитаци|инъекци|антибиотик|валют))"
    # kk type and category: "II типті қант диабеті", "III санатты жол"
    r"|[ \u00a0]+(?:тип(?:ті|і|тің|іне|ке|тегі)|санат(?:ты|ы|тағы|қа))(?![^\W\d_])",
    re.IGNORECASE,
)

_STREET_KW = re.compile(
    r"Jalan|Jl\.|Gang|Gg\.|ул\.|улиц|пр\.|проспект|Street|Avenue|Road|St\.|көшесі|даңғылы"
)

_STREET_BEFORE = re.compile(
    r"(?:\b(?:Jalan|Jl\.|Gang|Gg\.|ул\.|улица|улице|пр\.|проспект\w*|Street|Avenue|Road|St\.)"
    r"[ \u00a0]+(?:[\w.-]+[ \u00a0]+){0,3}[\w.-]+,?[ \u00a0]*"
    r"|(?:көшесі|даңғылы|Street|Avenue|Road|St\.),?[ \u00a0]*)$"
)

# a form or law code in capitals with two consonants or more after a hyphen ("3-НДФЛ",
# "4-ФСС"; not "5-ТИ", the ending of "пяти")
_FORM_CODE = re.compile(r"(?:[А-ЯЁ]*[БВГДЖЗЙКЛМНПРСТФХЦЧШЩ]){2}[А-ЯЁ]*")
_HOUSE_AFTER = re.compile(r",[ \u00a0]*(?:кв|корп|стр|оф)\.[ \u00a0]?\d")

# the rest of a kk list after a number, up to the noun hyphenated to its last number
_KK_LIST_AHEAD = re.compile(
    r"[-‐‑]?(?:(?:,[ \u00a0]*|,?[ \u00a0]+(?:және|мен|пен|бен|немесе)[ \u00a0]+)"
    r"\d{1,4}(?:[-‐‑](?=[ ,\u00a0]))?){1,12}[-‐‑](?P<s>[^\W\d_]{2,20})"
)

# a kk suffix after a hyphen that is only a case / possessive ending (no noun)
_KK_CASE_ONLY = re.compile(
    r"[ндт]?(?:ағы|егі)|[ыі]н?(?:ың|ің|ан|ен|да|де|а|е|ы|і)|(?:сы|сі)н?(?:ың|ің|ан|ен|да|де|а|е)?"
)

# a plural noun after a number that a comma joins to an identifier: "HX 229, 38 ships"
# (the count of a new clause, not the next identifier of a list)
_COUNTED_AFTER = re.compile(r"[ \u00a0]" + _COUNTED.pattern + r"(?![^\W\d_])")

# what lies between an identifier and a subsection number in brackets: "47(", ")(b)("
_SUBSECTION_GAP = re.compile(r"(?:\([a-z]{1,4}\)|\(\d{1,3}[a-z]?\))*\(")

# the connector of two bare ages and what may follow the second: "aged 22 and 25, have"
_AGE_LIST_JOIN = re.compile(r",[ \u00a0]+|,?[ \u00a0]+(?:and|or)[ \u00a0]+")
_AGE_LIST_END = re.compile(
    r"[,.;:)]|$|[ \u00a0]+(?:respectively|were|are|have|had|was|is|and|or)(?![^\W\d_])"
)

# a list of numbers after a number: ", 14 and 16", " и 6"
_LIST_AHEAD = re.compile(
    r"(?:,[ \u00a0]*|,?[ \u00a0]+(?:and|or|и|или|dan|atau|және|мен)[ \u00a0]+)\d"
)


class _IdentifierRules:
    """Identifier rules of the classifier (a mixin of the extractor)."""

    def _subsection(self, start: int, end: int) -> bool:
        """Whether the number in brackets at *start*..*end* is a subsection glued to the
        identifier before it (``section 47(2)``, ``§ 2B1.1(b)(10)``): the previous mention is
        an identifier, only bracketed letters or numbers lie between, and no space."""
        rows = self.rows
        if not rows or rows[-1].kind != "identifier" or self.text[end : end + 1] != ")":
            return False
        return _SUBSECTION_GAP.fullmatch(self.text, rows[-1].end, start) is not None

    def _continues_age(self, start: int, end: int) -> bool:
        """Whether the whole number at *start*..*end*, after ``and``, ``or`` or a comma, is the next
        age of a list of bare ages (``two men, aged 22 and 25``): the mention before it is
        an age in digits alone, joined by the connector only, and no noun follows."""
        rows = self.rows
        text = self.text
        if not rows or end - start > 3 or not text[start:end].isdigit():
            return False
        p = rows[-1]
        return (
            p.unit == "year"
            and p.kind == "quantity"
            and text[p.start : p.end].isdigit()
            and _AGE_LIST_JOIN.fullmatch(text, p.end, start) is not None
            and _AGE_LIST_END.match(text, end) is not None
            and int(text[start:end]) <= 110
        )

    def _identifier_kind(
        self, a: _Atom, x: _Expr, start: int, end: int, unit: str | None, prevw: str, sep: str, hy: re.Match | None
    ) -> _Verdict | None:
        """Ages, identifier lists and nouns, streets, school classes, kk numbered nouns."""
        text = self.text
        if a.typ == "num" and not unit and x.n_atoms == 1 and before_present(text, end):
            return _Verdict("quantity", end, "year", fixed=True)  # "3450 ± 40 BP"
        # bare ages: "aged 63", "children under 12", "berusia 45", "aged eighty-six" (in
        # words too, any number of words: a quantity in years like "73 лет")
        if (
            a.typ in ("num", "word")
            and (a.is_int or a.typ == "word" and a.value % 1 == 0)
            and not unit
            and (x.n_atoms == 1 or a.typ == "word" and x.value <= 130 and x.value % 1 == 0)
            and 0 < a.value <= 130
            and (
                sep == " "
                and (
                    prevw in _AGE_PREV
                    or (prevw in _AGE_CMP and _AGE_BEFORE.search(text, max(0, start - 40), start))
                )
                or _told_age(text, start, end, prevw)
            )
            and not hy
        ):
            return _Verdict("quantity", end, "year", fixed=True)
        if (
            (prevw in ("and", "or") or text[start - 2 : start] == ", ")
            and a.typ == "num"
            and self._continues_age(start, end)
        ):
            return _Verdict("quantity", end, "year", fixed=True)  # "aged 22 and 25"
        if text[start - 1 : start] == "(" and a.typ == "num" and self._subsection(start, end):
            return _Verdict("identifier", end)  # "section 47(2)", "§ 2B1.1(b)(10)"
        # a list continuing an identifier: "статьями 5 и 6", "Articles 3, 4 and 7"
        if (
            a.typ == "num"
            and a.is_int
            and not unit
            and x.n_atoms == 1
            and not _YEAR_WORD_RE.match(text, end)
            and not (text[start - 2 : start] == ", " and (_COUNTED_AFTER.match(text, end) or ru_counted_after(text, end)))
            and self._continues_identifiers(start)
        ):
            return _Verdict("identifier", end)
        # a plural noun naming things before a list: "Plots 12, 14 and 16", "Дома 5, 7 и 9"
        if (
            (prevw in _IDENT_LIST_PREV or prevw in _PART_PLURALS)
            and sep == " "
            and a.typ == "num"
            and a.is_int
            and not unit
            and x.n_atoms == 1
            and _LIST_AHEAD.match(text, end)
        ):
            return _Verdict("identifier", end)
        # kk lists named by the noun after the last number: "1, 2 және 3-бөлімдер"
        lk = self._kk_list_kind(a, x, end, unit) if self.lang in ("kk", None) else ""
        if lk:
            return _Verdict(lk, end)
        # archival units named in prose ("в описи 3 фонда 1987"), not before a year word
        if (
            prevw in _ARCHIVE_PREV
            and sep == " "
            and a.typ == "num"
            and a.is_int
            and not unit
            and x.n_atoms == 1
            and not _YEAR_WORD_RE.match(text, end)
        ):
            return _Verdict("identifier", end)
        # a naming noun or abbreviation before an integer: "the shaft 12", "claim 1",
        # "pit [1045]", "SF 212", "Range 4 West", "week 34"; a house number, a ZIP code
        if a.typ == "num" and a.is_int and not unit and x.n_atoms == 1 and "\n" not in sep:
            k = named_kind(text, start, end, prevw, a.value, a.ndig, self.lang)
            if k:  # a bracketed context number is no citation: "cut [2031]"
                return _Verdict(k, end, fixed=text[start - 1 : start] in "[(")
            if self.lang != "ru" and self.lang != "kk":
                c2 = text[start - 2 : start - 1]
                if (c2.isupper() or c2 == ".") and not a.ke and abbr_kind(
                    text, start, end, a.value, a.ndig, self.lang
                ):
                    return _Verdict("identifier", end)
                if not (_is_year_int(a) and prevw in _YEAR_PREV) and (
                    (text[end + 1 : end + 2].isupper() and street_number(text, end, a.value))
                    or old_style_street_number(text, end, a.value)  # "14 High st."
                ):
                    return _Verdict("identifier", end)
        # identifiers by preceding noun
        if (
            (prevw in _IDENT_PREV or competence(text, start, prevw))
            and a.typ == "num"
            and not unit
            and x.n_atoms == 1
            and "\n" not in sep
        ):
            return _Verdict("identifier", end)
        if (
            a.typ == "num"
            and not unit
            and x.n_atoms == 1
            and a.is_int
            and _STREET_KW.search(text, max(0, start - 60), start)
            and _STREET_BEFORE.search(text, max(0, start - 60), start)
        ):
            return _Verdict("identifier", end)
        # a house number between a street name and a flat: "Кирочная, 24, кв. 9"
        if (
            a.typ == "num"
            and not unit
            and x.n_atoms == 1
            and a.is_int
            and text[start - 2 : start] == ", "
            and text[end : end + 1] == ","
            and _HOUSE_AFTER.match(text, end)
        ):
            return _Verdict("identifier", end)
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
            return _Verdict("identifier", end)
        # kk "1-қосымша" (appendix 1), "2-кесте" (table 2): the noun after the hyphen
        if hy and a.typ == "num" and x.n_atoms == 1:
            sfx = hy.group("s")
            if a.is_int and self.lang in ("ru", None) and _FORM_CODE.fullmatch(sfx):
                return _Verdict("identifier", hy.end())  # a form or law code: "3-НДФЛ", "4-ФСС"
            if (
                self.lang in ("ru", None)
                and a.is_int
                and hy.group("s").lower() in _RU_ORD
                and _CLASS_NOUN_AFTER.match(text, hy.end())
            ):
                return _Verdict("identifier", hy.end())  # "в 1-й класс", "1-го курса"
            hk = hy
            if hk and hk.group("s").lower().startswith(_KK_IDENT_NOUNS):
                return _Verdict("identifier", end)
            if self.lang in ("kk", None) and (
                hk.group("s").lower().startswith("бет")
                or (hk.group("s") in ("б", "бб") and text[hk.end() : hk.end() + 1] == ".")
            ):
                return _Verdict("reference", end)  # "45-бетте", "112-б.": page 45, 112
            if hk and hk.group("s").lower().startswith(_KK_ORD_NOUNS):
                return _Verdict("ordinal", end)
            if hk and self.lang in ("kk", None) and _KK_MIL_UNIT.match(text, hk.end()):
                return _Verdict("ordinal", end)  # "316-атқыштар дивизиясы"
        return None

    def _continues_identifiers(self, start: int) -> bool:
        """Does the number at *start* continue a list of identifiers ("статьями 5 и 6",
        "ayat (1) dan (2)", "Bab II dan III")?"""
        rows = self.rows
        return bool(
            rows
            and _LIST_CONT.fullmatch(self.text, rows[-1].end, start)
            and self.final_kind(rows[-1]) == "identifier"
        )

    def _kk_list_kind(self, a: _Atom, x: _Expr, end: int, unit: str | None) -> str:
        """"1, 2 және 3-бөлімдер", "1-, 2- және 3-тармақтар": each listed number takes the
        kind the noun after the last one gives (identifier or ordinal); "" if none."""
        text = self.text
        if (
            unit
            or a.typ != "num"
            or x.n_atoms != 1
            or not a.is_int
            or self.lang not in ("kk", None)
            or not (text[end : end + 1] in ",-‐‑" or text[end + 1 : end + 5] == "және")
        ):
            return ""
        m = _KK_LIST_AHEAD.match(text, end)
        if not m:
            return ""
        noun = m.group("s").lower()
        if noun.startswith(_KK_ORD_NOUNS) or noun in _KK_ORD:
            return "ordinal"
        if noun.startswith(_KK_IDENT_NOUNS):
            return "identifier"
        if len(noun) < 4 or noun.startswith(("жыл", "бет")) or _KK_CASE_ONLY.fullmatch(noun):
            return ""
        return "identifier"  # "12, 14 және 16-учаскелер": the numbered plots
