"""Units after a number: unit words and their inflections, yields per area, calendar-year words, glued scale abbreviations (``£1.9m``, ``$2bn``)."""

from __future__ import annotations

import math
import re

from .atoms import _SUPERSCRIPT, _Atom
from .compass_degrees import compass_degree_after
from .context import _Expr, _is_year_int
from .en_rates import en_rate_after
from .id_symbols import id_second_denominator, id_symbol_after
from .id_unit_tails import id_unit_tail
from .kk_currencies import kk_currency_after
from .kk_history_ages import kk_history_age
from .kk_rate_units import kk_rate_unit_after
from .kk_symbols import kk_letter_unit
from .lab_units_en import lab_unit_after
from .ru_knots import ru_knots_after
from .technical_units import symbol_unit_after
from .unit_symbols import cyrillic_unit_after
from .unit_table import lexicon_forms
from .unit_words import SUBUNITS, SUBUNITS_AFTER_MAIN, UNITS

_UNIT_RE = re.compile(
    r"[ \u00a0\u202f]?(?:"
    + "|".join(f"(?P<u{i}>{src})" for i, (src, _, _) in enumerate(UNITS))
    + r")(?![^\W\d_⁰¹²³⁴⁵⁶⁷⁸⁹])",
    re.IGNORECASE,
)

_UNIT_INFO = {f"u{i}": (code, kind) for i, (_, code, kind) in enumerate(UNITS)}

_YEAR_BEFORE_RE = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d$")
_YEAR_AFTER_RE = re.compile(r"[ \u00a0](?:1[5-9]|20)\d\d(?!\d|[.,]\d)")

_YIELD_UNITS = frozenset(("t", "kg", "g", "centner", "pood", "bushel", "l"))

# the area a yield is measured per, after a unit of weight/volume (inside the span)
_PER_AREA_RE = re.compile(
    r"[ \u00a0]+(?:(?:с|со|съ|на|per|an?|each|setiap|tiap)[ \u00a0]+(?:одного[ \u00a0]+)?"
    r"(?:гектар(?:а|ов)?|га|hectares?|hektar(?:e)?|ha|acres?|(?P<des>десятин[аыу]?))"
    r"|гектар(?:ына|ынан|ға))"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)

# the denominator of a price glued to the currency with a slash (inside the span)
# ("/мес." with an abbreviation's full stop; "/кг", "/т" are symbols without one)
_PER_UNIT_SLASH = re.compile(
    r"/(?:м²|м2|м³|м3|m²|m2|m³|m3|кв\.[ \u00a0]?м|(?:кг|г|т|л|м|км|га|ц|kg|t)(?![^\W\d_])"
    r"|[^\W\d_]{1,6}(?:·[^\W\d_]{1,3})?(?![^\W\d_])\.?)"
)

def price_denominators(text: str, end: int) -> int:
    """The end of the slash denominators glued after a price at *end* (``/kg``,
    ``/m²/tahun``, ``/mo.``), at most three."""
    start = end
    for _ in range(3):
        per = _PER_UNIT_SLASH.match(text, end)
        if per is None:
            break
        start, end = end, per.end()
    if text[end - 1 : end] == "." and end - start > 5:
        end -= 1  # a full word's dot ends the sentence ("/tahun."); "/mo." keeps it
    return end


_KK_DECADE = re.compile(r"жылдар\w*")
_KK_DATES_TO = re.compile(r"[ \u00a0]+жата", re.IGNORECASE)  # "568 жылға жатады"

_GLUED_SCALE = re.compile(r"(bn|mn|m|k|tn|trn|bln|mln)(?![^\W\d_])", re.IGNORECASE)

_COUNTED_AFTER_M = re.compile(
    r"[ \u00a0]+(?:people|persons|voters|residents|inhabitants|users|visitors|viewers"
    r"|households|jobs|barrels|tonnes|tons|passengers|customers|shares|copies|workers"
    r"|children|adults|subscribers|refugees|migrants|pupils|students|patients|cases|doses)\b"
)

_GLUED_SCALE_VALUE = {
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "bln": 1e9,
    "tn": 1e12,
    "trn": 1e12,
}


# one word of a unit form: letters, "·", ".", "-", "/" between letters, "²", "³", a
# digit 2/3 after letters ("km2"), an abbreviation's dot (also before "/": "чел./км²")
_LEX_W = r"[^\W\d_]?[°µ]?[^\W\d_](?:[^\W\d_]|(?:\./|[·./\-])(?=[^\W\d_])|[²³]|(?<=[^\W\d_])[23](?!\d))*\.?"
_LEX_RE = re.compile(rf"(?P<sep>[ \u00a0\u202f]|-)?(?P<w>{_LEX_W})")
_LEX_MORE = re.compile(rf"(?:[ \u00a0](?:{_LEX_W}|/)){{1,3}}")
_LEX_FIRST = re.compile(r"[ \u00a0\u202f-]?(?:[^\W\d_]|[°µ])")

#: Unit kinds by lexicon dimension (others are "quantity").
_DIM_KIND = {"yield": "quantity", "count": "quantity", "score": "other", "percentage points": "percent",
             "magnitude": "other", "ratio": "other", "money": "money"}

# Kazakh: a unit symbol with a case suffix after a hyphen ("26 м-ге", "25 м/с-қа"); the
# suffix stays outside
_KK_HYPH_CASE = re.compile(
    r"[ \u00a0]?[^\W\d_][^\W\d_/²³]{0,3}(?:/[^\W\d_]{1,3})?[²³]?(?P<h>-)"
    r"(?:[ғгқк][ае]|[дтн][аеы]|[дтн][аеы]н|[дтн][ыі]ң|[дтн][ыі]|[мпб]ен|[ыі]|[дт][аеы]ғ[ыі]|[дт]ег[іи])"
    r"(?![^\W\d_])"
)

# Kazakh "күндіз", "күндізгі" (by day, daytime) is no "күн" (day), "айлық есептік
# көрсеткіш" (the monthly calculation index, АЕК) no month, and "бас" before a vegetable
# ("3 бас пияз": three onions) counts them, not head of livestock
_KK_NOT_UNIT = re.compile(
    r"[ \u00a0]?(?:күндіз|айлық[ \u00a0]+есептік|бас[ \u00a0]+(?:пияз|сарымсақ|қырыққабат|капуста))",
    re.IGNORECASE,
)


#: Denominators of a compound unit after ``/`` or ``per`` (lower-cased form -> code):
#: areas, times, masses, volumes and the livestock counter.  Forms of one letter only
#: after the slash (``kg/t``, ``m³/s``, ``г/л``).
_DENOMINATORS: dict[str, str] = {
    **dict.fromkeys(("ha", "hektar", "hektare", "hectare", "hectares", "га", "гектар"), "ha"),
    **dict.fromkeys(("m²", "m2", "м²", "м2"), "m2"),
    **dict.fromkeys(("km²", "km2", "км²", "км2"), "km2"),
    **dict.fromkeys(("m³", "m3", "м³", "м3"), "m3"),
    **dict.fromkeys(("l", "liter", "litre", "л", "литр"), "l"),
    **dict.fromkeys(("dl", "дл"), "dl"),
    **dict.fromkeys(("ml", "мл"), "ml"),
    **dict.fromkeys(("kg", "кг", "kilogram"), "kg"),
    **dict.fromkeys(("g", "г", "gram"), "g"),
    **dict.fromkeys(("t", "ton", "tonne", "т"), "t"),
    **dict.fromkeys(("jam", "h", "hour", "hr", "ч", "час", "сағ"), "h"),
    **dict.fromkeys(("hari", "day", "d", "сут", "сутки", "тәул"), "d"),
    **dict.fromkeys(("detik", "s", "sec", "second", "с", "сек"), "s"),
    **dict.fromkeys(("menit", "min", "minute", "мин"), "min"),
    **dict.fromkeys(("minggu", "week", "нед"), "week"),
    **dict.fromkeys(("bulan", "bln", "month", "мес"), "month"),
    **dict.fromkeys(("tahun", "thn", "year", "yr", "год", "жыл"), "year"),
    "ekor": "head",
}
_DEN_ALT = "|".join(re.escape(f) for f in sorted(_DENOMINATORS, key=len, reverse=True))
_PER_SLASH_RE = re.compile(rf"/(?P<d>{_DEN_ALT})(?![^\W\d_²³])", re.IGNORECASE)
_PER_WORD_RE = re.compile(
    rf"[ \u00a0]+per[ \u00a0]+(?P<d>{'|'.join(re.escape(f) for f in _DENOMINATORS if len(f) > 2)})"
    r"(?![^\W\d_²³])",
    re.IGNORECASE,
)
# numerators that take no denominator: times, multipliers, percent, money
_NOT_NUMERATOR = frozenset(("hour", "minute", "second", "day", "week", "month", "year", "night",
                            "s", "h", "min", "d", "times", "%", "pp", "bp", "‰"))

_ENERGY = frozenset(("kWh", "Wh", "MWh", "GWh", "TWh", "J", "kJ", "MJ", "cal", "kcal"))


def compound_unit(text: str, e: int, code: str) -> tuple[int, str] | None:
    """A denominator after the unit *code* ending at *e*: ``kg/ha``, ``mg/l``,
    ``ekor/m³``, ``т/сут``, ``m³ per detik``: (new end, compound code) or ``None``.

    A time unit never takes one (``8 jam per hari`` is hours), nor a compound code.
    """
    c = text[e : e + 1]
    if c not in "/ \u00a0" or not c or code in _NOT_NUMERATOR or "/" in code:
        return None
    m = _PER_SLASH_RE.match(text, e) if c == "/" else _PER_WORD_RE.match(text, e)
    if m is None:
        return None
    den = _DENOMINATORS[m.group("d").lower()]
    if den == code or (code in _ENERGY and den in _NOT_NUMERATOR):
        return None  # "900 kWh per month": energy used in a period, the unit is kWh
    return m.end(), f"{code}/{den}"


def lexicon_unit_after(text: str, pos: int, lang: str | None) -> tuple[int, str, str] | None:
    """The longest unit form of the lexicon (:mod:`.unit_table`) at *pos*, after one
    space, glued, or after a hyphen (``72-MW``, ``5-km``; not a time unit nor a Russian or
    Kazakh form): (end, unit code, kind) or ``None``."""
    m = _LEX_RE.match(text, pos)
    if not m:
        return None
    fold, exact, heads = lexicon_forms(lang)
    ws = m.start("w")
    first = m.group("w")
    words = [first]
    if first.lower() in heads:  # "центнеров с гектара", "head of cattle": a longer form
        more = _LEX_MORE.match(text, m.end())
        if more:
            words += more.group().replace("\u00a0", " ").split(" ")[1:]
    forms = [" ".join(words[:n]) for n in range(len(words), 0, -1)]
    if "/" in first:  # "kg/ha": the numerator alone (compound_unit adds the denominator)
        forms.append(first.split("/", 1)[0])
    for form in forms:
        for f in (form, form[:-1]) if form.endswith(".") else (form,):
            hit = exact.get(f) or fold.get(f.lower())
            if hit is None:
                continue
            if m.group("sep") == "-" and (hit[1] == "time" or not f.isascii()):
                return None
            return ws + len(f), hit[0], _DIM_KIND.get(hit[1], "quantity")
    return None


def subunit_after(text: str, pos: int, main: str | None = None) -> tuple[int, str, float] | None:
    """A money sub-unit word at *pos* (``копеек``, ``тиын``, ``cents``, ``sen``,
    ``pence``): (end, main currency code, its share of the main unit) or ``None``.

    After an amount in the main unit *main* the short forms that need it count too
    (``41 226 руб. 50 к.``)."""
    m = _SUBUNIT_RE.match(text, pos)
    if m:
        code, share = SUBUNITS[int((m.lastgroup or "s0")[1:])][1:]
        return m.end(), code, share
    for rx, code, share in _SUBUNIT_MAIN_RE:
        if code == main:
            m = rx.match(text, pos)
            if m:
                return m.end(), code, share
    return None


_SUBUNIT_RE = re.compile(
    r"[ \u00a0]?(?:" + "|".join(f"(?P<s{i}>{src})" for i, (src, _, _) in enumerate(SUBUNITS))
    + r")(?![^\W\d_])",
    re.IGNORECASE,
)

_SUBUNIT_MAIN_RE = tuple((re.compile(src), code, share) for src, code, share in SUBUNITS_AFTER_MAIN)


# an OCR line-break hyphen inside a word after the number: "1 200 гек- тар"
_OCR_BREAK = re.compile(r"[ \u00a0](?P<a>[^\W\d_]{2,8})-[ \u00a0\n]{1,2}(?=[^\W\d_])")


def _broken_unit(text: str, pos: int, lang: str | None) -> tuple[int, str, str] | None:
    """A unit word broken by an OCR line-break hyphen at *pos* (``гек- тар``): read as
    if joined, the hyphen and the break inside; (end, unit code, kind) or ``None``."""
    m = _OCR_BREAK.match(text, pos)
    if m is None:
        return None
    gap = m.end() - m.end("a")
    joined = text[pos : m.end("a")] + text[m.end() : m.end() + 24]
    u = unit_after(joined, 0, lang)
    if u is None or u[0] <= m.end("a") - pos:
        return None
    return pos + u[0] + gap, u[1], u[2]


# a temperature scale's capital glued to the figure: "40.3C", "-5C", "104F"
_GLUED_DEGREE = re.compile(r"\d[CF](?![\w-]|/(?!\d)|\.\w|'|\u2019)")  # "180C/160C fan"


def _glued_temperature(text: str, pos: int) -> bool:
    """Is the capital C or F glued at *pos* to the figure before it a temperature unit?
    Only for a figure with decimals or a sign (``40.3C``, ``-5C``) or after a temperature
    word (``Temperatures reached 41C``), or an F after two or three digits (``117F``);
    ``14C`` dating and ``Room 12C`` are none."""
    i = pos
    while i > 0 and (text[i - 1].isdigit() or text[i - 1] in ".,"):
        i -= 1
    if "." in text[i:pos] or text[i - 1 : i] in ("-", "−", "+") or text[i - 6 : i - 1] == "minus":
        return True
    if text[pos] == "F" and 2 <= pos - i <= 3:
        return True  # "Phoenix saw 117F": Fahrenheit in the American press
    lo = max(0, i - 60, text.rfind("\n", max(0, i - 60), i) + 1)
    return _TEMP_BEFORE.search(text, lo, i) is not None


def unit_after(text: str, pos: int, lang: str | None = None) -> tuple[int, str, str] | None:
    """The unit word at *pos*: (end, unit code, kind) or ``None``; Indonesian symbols and
    second denominators from :mod:`.id_symbols` (``60 W``, ``1,2 liter/detik/ha``)."""
    u = _unit_after(text, pos, lang)
    if lang in ("en", None):
        u = en_rate_after(text, pos, u)  # "2.1 people per square kilometre", "93.6 g CO2/km"
    if lang not in ("id", None):
        return u
    if lang == "id":
        u = id_unit_tail(text, pos, id_symbol_after(text, pos, u), unit_after)
    if u is None or text[u[0] : u[0] + 1] not in ("/", " "):
        return u
    per = id_second_denominator(text, u[0], u[1])
    return (per[0], per[1], u[2]) if per else u


def _unit_after(text: str, pos: int, lang: str | None = None) -> tuple[int, str, str] | None:
    """The unit word at *pos*: (end, unit code, kind) or ``None``.

    The hand-written patterns of :mod:`.unit_words` come first; a longer form of the
    unit lexicon wins (``kilowatt-hours`` over ``kilowatt``, ``ц/га`` over ``ц``); a unit
    word broken by an OCR line-break hyphen is read joined (``гек- тар``).
    """
    if lang == "kk":
        hy = _KK_HYPH_CASE.match(text, pos)
        if hy:  # the symbol alone, as if a bracket followed it
            w0 = max(0, pos - 8)
            u = unit_after(text[w0 : hy.start("h")] + ")", pos - w0, lang)
            return (u[0] + w0, u[1], u[2]) if u else None
        if _KK_NOT_UNIT.match(text, pos):
            return None
        letter = kk_letter_unit(text, pos)  # "1,2 т", "10 с ішінде", "0,5 А ток"
        if letter is not None:
            return letter or None
        cur = kk_currency_after(text, pos) or kk_rate_unit_after(text, pos)  # "1 еуро", "9,8 л/100 км"
        if cur:
            return cur
    if lang in ("ru", None) and text.startswith("уз", pos + 1) and (kn := ru_knots_after(text, pos)):
        return kn  # "скорость хода достигала 23 узлов"
    if text[pos : pos + 1] == "°" and (cd := compass_degree_after(text, pos)):
        return cd  # "40°N": the compass letter outside
    if (sym := symbol_unit_after(text, pos, lang)) is not None:
        return sym  # "9.0 V", "1h 33m", "3m 2½f", "26/min", "350W", "240 W"
    if lang in ("en", None) and (lab := lab_unit_after(text, pos)):
        return lab  # "2 h", "5.0 mmol", "49 kJ/mol", "1 bar", "5.1σ"
    if lang in ("en", None) and _GLUED_DEGREE.match(text, pos - 1) and _glued_temperature(text, pos):
        return pos + 1, "degC" if text[pos] == "C" else "degF", "quantity"  # "40.3C", "104F"
    m = _UNIT_RE.match(text, pos)
    lex = lexicon_unit_after(text, pos, lang) if _LEX_FIRST.match(text, pos) else None
    sym = cyrillic_unit_after(text, pos, lang)  # "42 990 ₽", "40 Ом", "1 ст. л."
    if sym and (not m or sym[0] > m.end()) and (not lex or sym[0] > lex[0]):
        return (price_denominators(text, sym[0]), *sym[1:]) if sym[2] == "money" else sym
    if not m and lex is None and "- " in text[pos + 3 : pos + 12]:
        return _broken_unit(text, pos, lang)
    if not m or (lex and lex[0] > m.end()):
        if lex and lex[0] < len(text) and text[lex[0]] in "/ \u00a0" and lex[2] == "quantity":
            per = compound_unit(text, lex[0], lex[1])
            if per:
                return per[0], per[1], "quantity"
        return lex
    code, kind = _UNIT_INFO[m.lastgroup or ""]
    e = m.end()
    if code == "night" and _YEAR_BEFORE_RE.search(text, max(0, pos - 5), pos):
        return None  # "tahun 1965 malam itu": the night of a year, not 1965 nights
    if code == "year" and _YEAR_AFTER_RE.match(text, e) and text[e - 5 : e].lower() == "tahun":
        return None  # "nomor 5 tahun 2020", "WPP-RI 711 tahun 2021": the year's word
    if kind == "money":  # a price per unit: "45 000 руб./мес.", "98 500 руб./т"
        per = _PER_UNIT_SLASH.match(text, e)
        if per:
            e = per.end()
    elif code in _YIELD_UNITS:
        per = _PER_AREA_RE.match(text, e)
        if per:  # a yield's denominator: "8,6 центнера с гектара", "3 ton per hektar"
            e = per.end()
            if code == "centner":
                code = "centner/ha"
            elif per.group("des"):  # "45 пудов с десятины"
                code = f"{code}/desyatina"
    if kind == "quantity" and e < len(text) and text[e] in "/ \u00a0":
        per = compound_unit(text, e, code)
        if per:
            e, code = per
    if text[e - 1] in _SUPERSCRIPT and not (text[e - 1] in "²³" and text[e - 2] in "mмMМ"):
        while text[e - 1] in _SUPERSCRIPT and e > pos + 1:
            e -= 1  # a footnote marker glued to the unit word ("рублей⁴") is not the unit's
    return e, code, kind


# a temperature named before a bare degree sign in the same passage: "thermometer at 3 p.m.
# 91°", "Max. 74°, min. 51°", "Temperature at noon −46°", "температура воздуха +18°"
_TEMP_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:temperature|temp\.|thermometer|therm\.|max\.|min\.|maximum|minimum"
    r"|mercury|in[ \u00a0]the[ \u00a0]shade|fever|frost|heat|preheat|oven|(?:highs?|lows?)[ \u00a0]+of|температур|термометр|мороз|жар[аеу]"
    r"|тепла|холод|аяз|ыстық|суық|suhu|panas)",
    re.IGNORECASE,
)


def degree_unit(text: str, start: int, lang: str | None) -> str:
    """The unit of a bare degree sign after the number at *start*: a temperature when a
    temperature word stands up to 60 characters before it in the same paragraph
    (Fahrenheit in English, Celsius in ru, kk, id), else an angle (``deg``: a bearing
    ``N. 47° E.``)."""
    lo = max(0, start - 60, text.rfind("\n", max(0, start - 60), start) + 1)
    if not _TEMP_BEFORE.search(text, lo, start):
        return "deg"
    return "degF" if lang == "en" else "degC"


def is_calendar_word(x: _Expr, a: _Atom, word: str, after: str = "") -> bool:
    """Is the year word after this number the calendar-year word (kept outside)?

    *after* is the text after the word (``жатады``: "568 жылға жатады" dates a thing).
    """
    w = word.strip().lower()
    if a.typ == "roman" and a.value >= 1000 and w not in ("лет", "years", "year", "yrs", "tahun"):
        return True  # "в MDCCCXII году"
    if x.n_atoms != 1 or a.typ != "num" or not a.is_int or a.cur:
        return False
    if w in ("лет", "years", "year", "yrs", "yrs.", "tahun") or w.startswith("жылдығ"):
        return False  # kk "2000 жылдығы": an anniversary, a quantity in years
    if w.startswith("жылдық") and kk_history_age(a.value, after):
        return False  # "1500 жылдық тарихы": the age of a history
    if _is_year_int(a):
        return True  # also "2023 жылдық есеп" (the report of 2023)
    if w.startswith("жылдық"):
        return False  # "12 жылдық оқу": a duration
    return (
        100 <= a.value < 1000
        and (
            w in ("году", "г.", "гг.", "года", "жылы", "жылғы")
            # kk: a numeral takes the singular, so "жылдар-" after it is the calendar
            or w.startswith("жылдар")
            or (w == "жылға" and _KK_DATES_TO.match(after) is not None)
        )
        or (a.ndig == 2 and a.value % 10 == 0 and _KK_DECADE.match(w) is not None)
    )


def glued_scale(text: str, a: _Atom, x: _Expr, end: int) -> tuple[float, int] | None:
    """A scale abbreviation glued to digits: "£1.9m", "$2bn", "40mn" -> (scale, end).

    "5m" alone stays metres unless a counted noun follows ("5m people").
    """
    if not (
        a.typ == "num"
        and x.n_atoms == 1
        and end == a.end
        and math.isnan(x.scale)
        and text[end : end + 1].isalpha()
    ):
        return None
    gs = _GLUED_SCALE.match(text, end)
    if gs and (
        a.cur
        or gs.group(1).lower() not in ("m", "k")
        or (gs.group(1) == "m" and _COUNTED_AFTER_M.match(text, gs.end()))
    ):
        return _GLUED_SCALE_VALUE[gs.group(1).lower()], gs.end()
    return None


# minutes (and seconds) of arc after the degree sign: "41° 20′", "41°20'15\""
_ARC_MINUTES = re.compile(
    r"°[ \u00a0]?(?P<m>[0-5]?\d(?:[.,]\d+)?)[ \u00a0]?[′']"
    r"(?:[ \u00a0]?(?P<s>[0-5]?\d(?:[.,]\d+)?)[ \u00a0]?(?:″|''|\"))?"
)


def arc_minutes_after(text: str, pos: int) -> tuple[int, float] | None:
    """Degrees with minutes of arc: ``41° 20′`` (latitude, longitude) -> (end, the
    minutes and seconds in degrees), the hemisphere letter outside; ``None`` if no
    minutes follow the degree sign at *pos*.

    Examples
    --------
    >>> arc_minutes_after("41° 20′ N", 2)
    (7, 0.3333333333333333)
    """
    m = _ARC_MINUTES.match(text, pos)
    if m is None:
        return None
    deg = float(m.group("m").replace(",", ".")) / 60
    if m.group("s"):
        deg += float(m.group("s").replace(",", ".")) / 3600
    return m.end(), deg
