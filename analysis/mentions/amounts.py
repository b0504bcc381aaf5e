"""Number rules of the extractor: a number expression with its unit, scale and kind (``22427,3 тыс. рублей``, ``£1.9m``, ``8,5 пайызға``, ``үштен бірі``)."""

from __future__ import annotations

import bisect
import math
import re

from ..text.roman import roman_value
from .amounts_local import _ID_RP_SCALE, _LocalMoneyRules
from .atoms import _Atom
from .chem_formulas import in_formula
from .class_nouns import class_noun_after
from .classify_kk import kk_one_counts, kk_one_day, kk_one_in_frame
from .clock_past import fraction_past_hour
from .clock_words import minutes_to
from .code_words import _CodeRules
from .codes import designation, dotted_code, form_code, lab_code
from .context import (
    _ABL_RE,
    _CONN_RE,
    _KK_JYL_RE,
    _ORD_NEXT_RE,
    _VFRAC,
    _century_base,
    _Expr,
    _is_year_int,
    _prev_word,
    _word_start,
    scale_after,
)
from .context_words import _FRAC_PREV, _IDENT_PREV
from .degrees import _DegreeRules
from .era_years import era_follows
from .fraction_units import and_a_half_end, article_unit_half, fraction_unit_after
from .id_clock_hours import daypart_hour
from .id_hull_numbers import glued_name_kind
from .id_one import id_one_counts
from .id_ordinal_spans import CALENDAR_UNITS, ordinal_before_calendar_word
from .id_reduplication import id_reduplicated
from .id_scores import set_score_end, spaced_ratio_end
from .isotope_names import is_isotope_name
from .kk_slash_pairs import kk_slash_pair
from .latin_model_codes import latin_model_end
from .magnitudes import glued_magnitude
from .model_codes import digit_letter_code, grade_code
from .money_parts import _MoneyPartRules
from .numbers import expr_at
from .ordinal_thirds import ordinal_a_third
from .record import _NAN, _Verdict
from .ru_one import ru_one_counts
from .ru_property_slashes import ru_slash_group
from .shared_units import _DIM_FIRST, _SharedUnitRules
from .unit_adjectives import unit_adjective_after
from .unit_symbols import hyphen_unit_after
from .units import (
    arc_minutes_after,
    degree_unit,
    glued_scale,
    is_calendar_word,
    price_denominators,
    unit_after,
)

# Russian ordinal words closing a compound ordinal after cardinal words ("сорок шестом")
_RU_ORD_WORD_AFTER = re.compile(
    r"[ \u00a0]+(?:трет(?:ий|ьего|ьему|ьим|ьем|ья|ью|ье|ьи|ьих)"
    r"|(?:перв|втор|четв[её]рт|пят|шест|седьм|восьм|девят|десят|двадцат|тридцат|сороков"
    r"|пятидесят|шестидесят|семидесят|восьмидесят|девяност|сот)"
    r"(?:ый|ой|ого|ому|ым|ом|ая|ую|ое|ые|ых|ыми))(?![^\W\d_])",
    re.IGNORECASE,
)

# Kazakh ordinal words closing a compound ordinal after cardinal words ("қырық үшінші",
# "мың тоғыз жүз отыз бесінші")
_KK_ORD_WORD_AFTER = re.compile(
    r"[ \u00a0]+(?:бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|жиырмас|отыз|қырқ|елу|алпыс"
    r"|жетпіс|сексен|тоқсан|жүз)(?:ыншы|інші|ншы|нші)(?![^\W\d_])",
    re.IGNORECASE,
)

_HEADER_UNIT_AFTER = re.compile(r"[ \u00a0]+[^\W\d_]+\.?(?:[ \u00a0]+[^\W\d_]+\.?)?[ \u00a0]*:")

_FRAC_AFTER = re.compile(r"[ \u00a0]+of\b|[ \u00a0]*(?:[.,;:)!?]|$)")

_KK_25K_RE = re.compile(r"[ \u00a0]+мыңдықшы\w*", re.IGNORECASE)

_KK_FRAC_NUM = re.compile(r"(?:бір|екі|үш|төрт)\w*$", re.IGNORECASE)

# class nouns after a range of Roman numerals: "I–II бонитета", "III–IV класса опасности"
# (also after an adjective in the genitive: "II–III функционального класса")
_ROMAN_CLASS_AFTER = re.compile(
    r"[ \u00a0]+(?:[а-яё]{4,}(?:ого|его|ой|ей)[ \u00a0]+)?(?:бонитет|класс|категори|разряд|групп|сорт)\w*",
    re.IGNORECASE,
)

_OUT_UNIT_KINDS = frozenset(("percent", "money", "quantity", "other", "range"))

# a price word before a number without a currency ("harga 1,35 M", "dijual 850 jt")
_ID_PRICE_BEFORE = re.compile(r"(?<![^\W\d_])(?:harga|hrg\.?|harganya|dijual)[ \u00a0]+$", re.IGNORECASE)

# a league table around points: "71 poin dari 34 laga", "klasemen Liga 1"
_STANDINGS = re.compile(r"klasemen|\blaga\b|pertandingan|\bLiga\b")
# words that make "half" a noun naming a part ("the second half" of a match, "the northern
# half" of a county): no fraction
_HALF_NOUN_PREV = frozenset(
    "first second other latter former opening closing final top bottom upper lower back front"
    " northern southern eastern western better".split()
)
# "setengah penganggur/menganggur" (underemployed): a statistical term, no half
_ID_HALF_TERM = re.compile(r"[ \u00a0](?:penganggur|menganggur)")
_CODE_BEFORE = frozenset(" \u00a0(-+")
_CHEM_FORMULA = frozenset(("CO", "CH", "SO", "NO", "N", "H", "O"))

# units read in another unit: (unit, factor, scale)
_SCALED_UNITS = {"Mbbl/d": ("bbl/d", 1e6, 1e6), "bp": ("pp", 0.01, _NAN), "guinea": ("GBP", 1.05, _NAN),
                 "shilling": ("GBP", 0.05, _NAN), "crown": ("GBP", 0.25, _NAN),
                 "kRUB": ("RUB", 1e3, 1e3)}

_HYPHENS = frozenset("-‐‑")

# the amount of a payment order: "Сумма 13520-00", "Итого: 4500-00"
_SUM_BEFORE = re.compile(r"(?:[Сс]умм[аеуы]|[Ии]того|оплате):?[ \u00a0]+$")
# what may stand before digits that are not glued to a name (a fast exit of _glued_name)
_NOT_GLUED = frozenset(" \n\t\u00a0(«\"“,.;:")

# centuries as a length of time after digits: only plural forms ("за 3 столетий" no, "5
# веков", "3 centuries"); a singular after digits names the century ("19 век")
_CENTURY_PLURAL = frozenset(("веков", "столетий", "centuries", "abad")) | frozenset(
    f"ғасырлар{s}" for s in ("", "да", "дан", "ға", "ды", "дың", "ы", "ын", "мен")
)

# "в." after a number that cannot be a century: versts ("41 650 в."), not "в. д." (east
# longitude) nor "в. ш."
_VERST_ABBR = re.compile(r"[ \u00a0](?-i:в)\.(?![ \u00a0]?[дш]\.)")


def _verst_number(a: _Atom, x: _Expr) -> bool:
    """A number read before "в." as versts: digits above the last century, not a year."""
    return a.typ == "num" and x.value > 30 and not _is_year_int(a) and math.isnan(x.scale)


class _AmountRules(_LocalMoneyRules, _MoneyPartRules, _SharedUnitRules, _DegreeRules, _CodeRules):
    """Methods of :class:`~analysis.mentions.extractor._Extractor` (a mixin)."""

    def number(self, i: int) -> int:
        """A number expression starting at atom *i*; return the next atom to look at."""
        atoms = self.atoms
        a = atoms[i]
        if a.typ == "word" and a.start > 3 and self.text[a.start - 4] in "бБ":
            clock = minutes_to(self.text, atoms, i)
            if clock:  # "без четверти девять": a clock time
                self.emit(clock[0], clock[1], clock[2], "other")
                return self._atom_after(clock[1])
        if a.wtype == "frac" and a.value in (0.5, 0.25) and (c := fraction_past_hour(self.text, atoms, i)):
            self.emit(c[0], c[1], c[2], "other", c[3])  # "half-past one o'clock"
            return self._atom_after(c[1])
        if a.wtype == "half" and a.typ == "word" and (h := article_unit_half(self.text, a.start, self.lang)):
            self.emit(h[0], a.end, 1.5, h[2], h[1])  # "a mile and a half"
            return i + 1
        x = expr_at(self.text, atoms, i)
        if x is None:
            return i + 1
        if x.start != a.start:  # "a third and a half": the second fraction, without "and"
            self.emit(x.start, x.end, x.value, "other")
            return i + 1
        if a.typ == "word" and "M" in a.flags:  # "вдвое", "threefold": one-word multipliers
            self.emit(a.start, a.end, a.value, "other", "times")
            return i + 1
        if a.typ == "num":  # digits: never a word rule, maybe a vulgar fraction glued on
            text = self.text
            if (text[a.end : a.end + 1] == "." and text[a.end + 1 : a.end + 2].isdigit()) or (
                text[a.start - 1 : a.start] == "." and text[a.start - 2 : a.start - 1].isupper()
            ):
                code = dotted_code(text, a.start)
                if code:  # "1901.2.5.14", "C.112&A-1937": one register number
                    self.emit(code[0], code[1], _NAN, "identifier")
                    return self._atom_after(code[1])
            if x.last + 1 < len(atoms) and atoms[x.last + 1].typ == "vfrac":
                self._glue_vulgar_fraction(i, x)
            if self.lang == "id" and not a.cur and a.start > 1:
                self._id_guilder(a, x)
            return self._amount(i, x)
        if self._not_a_number(a, x):
            return x.last + 1
        if x.words_only or a.typ == "roman":
            return self._special_number(i, x) or self._amount(i, x)
        return self._amount(i, x)

    def _not_a_number(self, a: _Atom, x: _Expr) -> bool:
        text = self.text
        if (
            x.words_only
            and x.value >= 20
            and x.value % 10 == 0
            and _RU_ORD_WORD_AFTER.match(text, x.end)
        ):
            return True  # "в сорок шестом (году)": a compound ordinal word, not a mention
        if (
            x.words_only
            and x.value >= 10
            and x.value % 10 == 0
            and self.lang in ("kk", None)
            and text[x.end : x.end + 1] == " "
            and _KK_ORD_WORD_AFTER.match(text, x.end)
        ):
            return True  # "қырық үшінші жылы": a compound ordinal word, not a mention
        if x.plural_scale_alone:
            return True
        if (
            a.typ == "word"
            and x.n_atoms == 1
            and a.end - a.start == 4
            and text[a.start : a.end].lower() == "half"
            and _prev_word(text, a.start)[0] in _HALF_NOUN_PREV
        ):
            return True  # "in the second half", "the northern half": a noun, no number
        if (
            x.words_only
            and x.n_atoms == 1
            and a.wtype == "s"
            and text[max(0, a.start - 2) : a.start] == ", "
            and _HEADER_UNIT_AFTER.match(text, x.end)
        ):
            return True  # a table header "Халық саны, мың адам:" (thousand people), no number
        if self.lang == "id" and x.n_atoms == 1 and (
            id_reduplicated(text, a.start, a.end)
            or (a.wtype == "half" and _ID_HALF_TERM.match(text, x.end))
        ):
            return True  # "setengah penganggur": the underemployed, a term
        if a.end - a.start == 7 and a.typ == "word" and ordinal_a_third(text, a.start, x.end):
            return True  # "for a third consecutive meeting": an ordinal word
        return (
            a.typ == "word"
            and "O" in a.flags
            and not _FRAC_AFTER.match(text, x.end)
            and _prev_word(text, a.start)[0] not in _FRAC_PREV
        )  # "a fifth term" is an ordinal word; "a fifth of adults" a fraction

    def _glue_vulgar_fraction(self, i: int, x: _Expr) -> None:
        """"2½": an integer with a vulgar fraction glued to it (extends *x*)."""
        atoms = self.atoms
        a = atoms[i]
        nxt = x.last + 1
        if (
            nxt < len(atoms)
            and atoms[nxt].typ == "vfrac"
            and atoms[nxt].start == x.end
            and a.typ == "num"
            and a.is_int
            and x.n_atoms == 1
        ):
            x.value += _VFRAC[self.text[x.end]]
            x.end += 1
            x.last = nxt
            s = scale_after(self.text, atoms, nxt)
            if s and math.isnan(x.scale):  # "1½ million"
                x.value *= s.value
                x.scale, x.end, x.last = s.value, s.end, nxt + 1

    def _special_number(self, i: int, x: _Expr) -> int:
        """Roman ranges ("XIX–XX вв."), kk fractions ("үштен бірі"), kk "25-thousanders"."""
        atoms = self.atoms
        text = self.text
        a = atoms[i]
        nxt = x.last + 1
        if a.typ == "roman" and nxt < len(atoms) and atoms[nxt].typ == "roman":
            cm = _CONN_RE.match(text, a.end)
            b = atoms[nxt]
            if cm and cm.group("dash") and cm.end() == b.start and len(text[a.start : b.end]) > 3:
                if (
                    _ROMAN_CLASS_AFTER.match(text, b.end)
                    or class_noun_after(text, b.end)  # "I–II степени"
                    or _prev_word(text, a.start)[0] in _IDENT_PREV
                ):
                    # "I–II бонитета", "III–IV класса опасности": one identifier, two classes
                    self.emit(a.start, b.end, a.value, "identifier", None, _NAN, b.value)
                    return nxt + 1
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
        return 0

    def _glued_name(self, a: _Atom, value: float) -> bool:
        """Digits glued to a word ("COVID19", "Су-27"): emitted as "other"; True if so."""
        text = self.text
        if a.typ != "num" or a.start == 0 or a.cur or a.ke:
            return False
        pc = text[a.start - 1]
        if not (pc.isalpha() or (pc in "-‐" and a.start > 1 and text[a.start - 2].isalpha())):
            return False
        code = (
            designation(text, a.start, a.end) if pc.isupper()
            else lab_code(text, a.start) if pc in "-‐" else None
        ) or (grade_code(text, a.start, a.end) if pc.isupper() else None)  # "В25", "М350"
        if code:  # "A325", "D1.1/D1.1M:2020", "OxA-12345": a designation or a code
            self.emit(code[0], code[1], code[2], "identifier")
            return True
        if pc == "M" and glued_magnitude(text, a.start, value, a.is_int):
            self.emit(a.start - 1, a.end, value, "other", "magnitude", fixed=True)
            return True  # "gempa M5,2"
        pos = a.start if pc.isalpha() else a.start - 1
        prevw, _ = _prev_word(text, pos)
        if pc.isalpha() and (
            _KK_JYL_RE.fullmatch(text[a.start - 5 : a.start]) or prevw.endswith(("жылғы", "жылы"))
        ):
            return False
        pword = text[_word_start(text, pos) : a.start]
        if self.lang == "en" and (
            (pword in _CHEM_FORMULA and a.ndig == 1) or in_formula(text, a.start - len(pword), a.start, a.end)
        ):
            return True  # "CO2", "CH4", "NaBH4", "Fe2O3": a chemical formula, no number
        roman_before = pc in "-‐" and roman_value(pword[:-1]) is not None
        if not roman_before and (
            pc.isalpha() or any(ch.isupper() for ch in pword) or is_isotope_name(pword[:-1])
        ):  # "цезий-137": an isotope's name; "SP2010": a glued year, "KRI Nanggala-402" a hull (id)
            glued_year = self.lang == "id" and pword.isupper() and _is_year_int(a)
            self.emit(a.start, a.end, value, "year" if glued_year else glued_name_kind(text, a.start, pc, self.lang))
            return True
        return False

    def _unit_and_year_word(
        self, x: _Expr, a: _Atom, end: int
    ) -> tuple[tuple[int, str, str] | None, tuple[int, str] | None]:
        """The unit after the number, or the calendar-year word kept outside the span."""
        text = self.text
        u = unit_after(text, end, self.lang)
        if not u and a.typ == "word" and x.value < 1:
            u = fraction_unit_after(text, end, self.lang)  # "half a pint", "half a crown"
        if not u:
            if text[end : end + 1] in _HYPHENS and x.n_atoms == 1 and a.typ == "num":
                adj = unit_adjective_after(text, end, self.lang) or hyphen_unit_after(text, end)
                return adj, None  # "20-футового", "125-мм", "3-процентного"
            if text[end + 1 : end + 3] == "в." and _VERST_ABBR.match(text, end) and _verst_number(a, x):
                return (end + 3, "verst", "quantity"), None  # "41 650 в.": versts, not a century
            return None, None
        uend, ucode, _ = u
        if ucode == "century" and not (
            (a.typ == "word" and (x.value >= 1 or self.lang == "id"))  # "seperempat abad": 0.25 century
            or (a.typ == "num" and text[end:uend].strip().lower() in _CENTURY_PLURAL)
        ):
            return None, None  # "19 век", "XX века": the ordinal century; "четверть века" a share
        if ucode == "point" and self.lang in ("id", None) and _STANDINGS.search(
            text, max(0, end - 80), uend + 40
        ):
            return None, None  # "Borneo FC 71 poin dari 34 laga": points won, counted
        if ucode == "year" and is_calendar_word(x, a, text[end:uend], text[uend : uend + 8]):
            return None, (uend, ucode)
        return u, None

    def _comma_decimal(self, i: int, x: _Expr, value: float, end: int) -> int:
        """"1, 7 kali": a comma-space decimal before a unit word; return the next atom or 0."""
        atoms = self.atoms
        text = self.text
        a = atoms[i]
        nxt = x.last + 1
        if not (
            a.typ == "num"
            and a.is_int
            and nxt < len(atoms)
            and a.ndig in (1, 2)
            and atoms[nxt].typ == "num"
            and atoms[nxt].is_int
            and atoms[nxt].ndig in (1, 2)
            and text[end : atoms[nxt].start] == ", "
        ):
            return 0
        b = atoms[nxt]
        u2 = unit_after(text, b.end, self.lang)
        if not u2:
            return 0
        value = float(f"{int(value)}.{text[b.start : b.end]}")
        self.emit(a.start, u2[0], value, u2[2], u2[1], _NAN)
        return nxt + 1

    def _amount(self, i: int, x: _Expr) -> int:
        """Unit, scale, range or kind of the number expression *x* at atom *i*."""
        text = self.text
        a = self.atoms[i]
        nxt = x.last + 1
        end, value, scale = x.end, x.value, x.scale
        if self.lang == "en" and a.typ == "num":
            r = self._en_money(i, x) or self._en_fiscal(i, x) or self._en_points(i, x)
            if r:
                return r
        elif self.lang == "en" and a.typ == "word" and text[end : end + 7] == " points":
            r = self._en_points(i, x)  # "scored thirty points", "fell three points"
            if r:
                return r
        unit: str | None = a.cur
        ukind = "money" if a.cur else ""
        if a.typ == "num":
            gs = glued_scale(text, a, x, end) if text[end : end + 1].isalpha() else None
            if gs:
                scale, end = gs
                value = value * scale
                x.end = end
            if a.start and text[a.start - 1] not in _NOT_GLUED and self._glued_name(a, value):
                return nxt
            if text[a.end : a.end + 1].isupper() and (dl := digit_letter_code(text, a.start)):
                self.emit(dl[0], dl[1], dl[2], "identifier")  # "2А46М-5": a model code
                return self._atom_after(dl[1])
            if "A" <= text[a.end : a.end + 1] <= "Z" and (ml := latin_model_end(text, a.start, a.end, self.lang)) > 0:
                self.emit(a.start, ml, value, "identifier")  # "Polaris PWK 1725CGL"
                return self._atom_after(ml)
            if a.start > 2 and text[a.start - 1] in _CODE_BEFORE:
                r = self._code(i, x)  # "GA 404", "Nopol H 5371 ABK", "Boeing 737-800", "(15')"
                if r:
                    return r
            if a.cur == "IDR" and math.isnan(scale) and _ID_RP_SCALE.match(text, end):
                scale, end = self._id_rp_scale(x, end)
                value = value * scale
            elif self.lang == "id" and not a.cur and _ID_PRICE_BEFORE.search(text, max(0, a.start - 12), a.start):
                if math.isnan(scale) and _ID_RP_SCALE.match(text, end):
                    scale, end = self._id_rp_scale(x, end)  # "harga 1,35 M nego": miliar
                    value = value * scale
                if not math.isnan(scale):  # "harga 850 jt": a price in rupiah
                    unit, ukind = "IDR", "money"
        if a.typ == "num" and text[end : end + 1] == "°" and x.n_atoms == 1 and not a.cur:
            arc = arc_minutes_after(text, end)
            if arc:  # "lat. 41° 20′": one quantity in degrees
                self.emit(a.start, arc[0], value + (-arc[1] if value < 0 else arc[1]), "quantity", "deg")
                return self._atom_after(arc[0])
        if (
            a.typ == "num"
            and not a.cur
            and x.n_atoms == 1
            and (text[end : end + 1] == "/" or "±" in text[end : end + 2])
        ):
            r = self._shared_unit_pair(i, x)  # "160/95 мм рт. ст.", "24,6 ± 3,1 пг/мл"
            if not r and self.lang == "kk" and text[end : end + 1] == "/":
                r = kk_slash_pair(self, i, x)  # "7/12 қабат", "вахта 15/15"
            elif not r and self.lang == "ru" and text[end : end + 1] == "/":
                r = ru_slash_group(self, i, x)  # "этаж 5/17", "54/30/9 м²"
            if r:
                return r
        if not a.cur and text[end : end + 5] == " and " and self._between_unit(i, x):
            return self._atom_after(self.rows[-1].end)  # "between nine and thirteen years"
        if a.typ == "num" and not a.cur and text[end : end + 1] == "," and x.n_atoms == 1 and math.isnan(scale):
            r = self._unit_list(i, x)
            if r:
                return r
        if a.typ == "num" and not a.cur and text[end : end + 1] in _DIM_FIRST:
            r = self._dimensions(i, x)
            if r:
                return r
        if self.lang == "id" and a.ndig and x.n_atoms == 1 and text[end : end + 1] == " ":
            if (hour := daypart_hour(text, a.start, end)) is not None:  # "djam 4 sore": 16
                self.emit(a.start, end, hour, "other")
                return i + 1
        if (
            a.typ == "num"
            and x.n_atoms == 1
            and not a.cur
            and self.lang in ("en", None)
            and text[end : end + 2].lstrip()[:1] in ("a", "p", "A", "P")
            and self.ampm_at(i)
        ):
            return self.emit_ampm(i)
        if a.typ == "num" and x.n_atoms == 1 and not a.cur and self.lang in ("en", None):
            r = self.ampm_range(i, end)
            if r:
                return r
        if (
            a.typ == "num"
            and x.n_atoms == 1
            and a.is_int
            and text[end : end + 1] == "-"
            and text[end + 1 : end + 2].isupper()
        ):
            fe = form_code(text, end)
            if fe:  # "FORM 10-K": a form's designation
                self.emit(a.start, fe, value, "identifier")
                return nxt
        if text[end : end + 1] == "°" and a.typ == "num" and x.n_atoms == 1 and not a.cur:
            r = self._degrees(x, end)
            if r:
                return r
        u, year_word = self._unit_and_year_word(x, a, end)
        if u and self.lang == "kk" and x.n_atoms == 1 and kk_one_day(text, a.start, end):
            return nxt  # "Бір күні ол келді": "one day", the indefinite article
        repeated = False  # one of a number and its repetition in brackets, "2 (dua) tahun"
        if math.isnan(scale) and not a.cur:
            r = self._money_subunit(a, u, value, end)
            if r:
                return r
        if u and not unit:
            end, unit, ukind = u
            if ukind == "quantity" and text[end : end + 1] == " " and (h := and_a_half_end(text, end)):
                end, value = h, value + 0.5  # "One mile and a half"
            if unit in _SCALED_UNITS:  # "2 mb/d" -> 2e6 bbl/d, "150 basis points" -> 1.5 %
                unit, k, scale = _SCALED_UNITS[unit]
                value *= k
            elif unit == "deg":  # "thermometer 91°" (degF in English), "N. 47° E." (deg)
                unit = degree_unit(text, a.start, self.lang)
        elif not u and not unit and text[end : end + 2].strip()[:1] in ("(", ")"):
            rep = self._bracket_unit(i, x, end)
            if rep is not None:
                unit, ukind = rep
                repeated = True
        elif u and unit and u[2] == "money":
            end = u[0]
        elif unit and text[end : end + 1] == "/":
            end = price_denominators(text, end)  # "$45/mo.", "Rp 2.500/m²/tahun": inside
        elif unit == "IDR" and text[end : end + 2] == ",-":
            end += 3 if text[end + 2 : end + 3] == "-" else 2  # "Rp 350.000,-": no sen
        if self.lang == "id" and not u and unit in (None, "IDR") and not math.isnan(scale):
            unit, end = self._id_rupiah_tail(x, unit, end)
            ukind = "money" if unit else ukind
        if (
            x.amb
            and self.lang == "kk"
            and not u
            and x.n_atoms == 1
            and text[a.start : a.end].lower() == "бір"
            and kk_one_counts(text, a.start, a.end, _prev_word(text, a.start)[0])
        ):
            self.emit(a.start, a.end, 1.0, "count")  # "Бір еңбеккүнге": one thing counted
            return nxt
        if not u and not unit and text[end : end + 3] == "-00" and _SUM_BEFORE.search(text, max(0, x.start - 12), x.start):
            if not text[end + 3 : end + 4].isdigit():  # "Сумма 13520-00": roubles and kopecks
                cu = unit_after(text, end + 3, self.lang)
                self.emit(a.start, cu[0] if cu and cu[1] == "RUB" else end + 3, value, "money", "RUB", scale)
                return nxt + 1 if nxt < len(self.atoms) and self.atoms[nxt].start < end + 3 else nxt
        if x.amb and not u and math.isnan(scale) and x.n_atoms == 1 and not repeated:
            r = self.range_after(i, x, end, unit, ukind, year_word)
            if not r and self.lang == "kk" and kk_one_in_frame(text, a, _prev_word(text, a.start)[0]):
                self.emit(a.start, a.end, 1.0, "count")  # "Бір жолаушыға 23 кг"
            if not r and self.lang == "id" and id_one_counts(text, a.start, a.end):
                self.emit(a.start, a.end, 1.0, "count")  # "dan satu fraksi menolak"
            if not r and self.lang == "ru" and ru_one_counts(text, a.start, a.end):
                self.emit(a.start, a.end, 1.0, "count")  # "облетел Землю за один виток"
            return r or nxt
        if x.words_only and x.n_atoms == 1 and a.wtype == "h" and not u:
            return nxt
        if not unit and text[end : end + 1] == "," and math.isnan(scale):
            r = self._comma_decimal(i, x, value, end)
            if r:
                return r
        if self.lang == "id" and not unit and x.n_atoms == 1 and a.typ == "num" and text[end : end + 1] in " -–":
            e = spaced_ratio_end(text, a.start, end) or set_score_end(text, a.start)
            if e:  # "1 : 2 : 3", "21-19, 16-21": a ratio, set scores
                self.emit(a.start, e, _NAN, "other")
                return self._atom_after(e)
        r = self.range_after(i, x, end, unit, ukind, year_word)
        if r:
            return r
        verdict = self.classify(i, x, a.start, end, unit, ukind, year_word)
        if verdict is not None and verdict.kind == "ordinal" and unit in CALENDAR_UNITS and self.lang == "id":
            verdict = ordinal_before_calendar_word(text, a.end, verdict)  # "minggu ke-2 bulan Mei"
        if verdict is not None:
            self._emit_verdict(a, x, verdict, value, unit, scale)
            if verdict.end > end:  # "в 4 часа 15 минут": the minutes are inside
                return max(nxt, self._atom_after(verdict.end))
        return nxt

    def _atom_after(self, pos: int) -> int:
        """The index of the first atom starting at or after *pos*."""
        return bisect.bisect_left(self.atoms, pos, key=lambda t: t.start)

    def _emit_verdict(
        self, a: _Atom, x: _Expr, v: _Verdict, value: float, unit: str | None, scale: float
    ) -> None:
        text = self.text
        if v.clock:  # "pukul 14.30", "в 4 часа 15 минут": hours and minutes
            hh, mm = re.findall(r"\d+", text[a.num_start : v.end])[:2]
            value = int(hh) + int(mm) / 60
        if v.kind == "date":
            value = _NAN  # a day and month without a year: "Заказывал 14.02"
        if v.kind == "count" and unit is None and not math.isnan(scale):
            cur = self._carried_currency(a.start, v.end)
            if cur:  # "170,1 млн долл. при стартовой цене 170 млн": the currency elided
                v = _Verdict("money", v.end, cur)
        if v.kind == "year" and x.value < 100 and a.typ == "num" and not era_follows(text, v.end):
            value = _century_base(text, a.start, v.end) + value
        if v.unit is None:
            unit = unit if v.kind in _OUT_UNIT_KINDS else None
        else:
            unit = v.unit
        self.emit(a.start, v.end, value, v.kind, unit, scale, fixed=v.fixed)


