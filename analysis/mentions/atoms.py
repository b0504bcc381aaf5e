"""Atoms of numeric mentions: digits, number words, Roman numerals and symbols, found by one regular expression per language set.

Roman numerals follow the grammar of :mod:`analysis.text.roman`.  While the atoms are
made, a sign before the digits (``−3,5``, ``+2,5``) or a sign word before a number
(``минус``, ``minus``, ``теріс``, ``negatif``, ``negative``) is folded into the number's
atom (flag ``-``), scientific notation (``6.02E23``, ``2,48·10⁻⁵``, ``10⁶``) becomes one
digit atom, and a scale glued to the digits (``100K``, ``5млн``, ``Rp50rb``) becomes a
scale-word atom of its own."""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterator
from dataclasses import (
    dataclass,
)
from functools import (
    lru_cache,
)

from ..text.roman import is_roman_numeral, roman_value
from .archival_funds import fund_letter_before
from .id_spans import IPC_CODE_DIGITS
from .letter_currencies import letter_currency
from .lexicon import COMPACT_SUFFIX, trie_pattern, words_for
from .months import KK_RU_SUFFIX, MONTH_FORMS, MONTH_NUMBER
from .record import _NAN
from .unit_words import CURRENCY_PREFIX

_SENT_END_RE = re.compile(r"\.(?:[ \u00a0]*(?:\n|$)|[ \u00a0]+[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ])")

#: Supported language codes.
LANGS: tuple[str, ...] = ("ru", "kk", "id", "en")

_SP = r"[ \u00a0\u202f\u2009]"

# --------------------------------------------------------------------------- atom regex

_NUM = (
    r"(?<![\d])(?:"
    r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}(?!\d))+(?:,\d+)?"
    r"|\d{1,2}(?:,\d\d)+,\d{3}(?!\d|,\d)(?:\.\d+)?"  # Indian grouping: 2,14,56,000
    r"|\d{1,3}(?:,\d{3}(?!\d))+(?:\.\d+)?"
    r"|\d{1,3}(?:\.\d{3}(?!\d))+(?:,\d+)?"
    r"|\d+(?:[.,]\d+)?"
    r")"
)

_SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUP_TRANS = str.maketrans(_SUPERSCRIPT, "0123456789")

# scientific notation: 4e14, 6.02E23, 2.48×10⁻⁵, 2,48·10^-5, 10⁶, 10^6 (one atom, scale
# null); tried only where a digit atom is followed by one of _SCI_NEXT
_EXP10 = r"10(?P<ex>\^[-+−–]?\d{1,3}|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})"
_SCI_RE = re.compile(
    r"(?<![\w.,#])(?:(?P<mant>\d{1,3}(?:[.,]\d+)?)(?:[eE](?P<ee>[-+−]?\d{1,3})(?![\w.,]\d|\w)"
    r"|[ \u00a0]?[×·xх*][ \u00a0]?" + _EXP10 + r")"
    r"|" + _EXP10.replace("?P<ex>", "?P<ex0>") + r")(?![\d⁰¹²³⁴⁵⁶⁷⁸⁹])"
)
# the raised (middle) decimal point of British typesetting: "11·2 per cent." (not a product
# "2·3·5", nor "2·10⁵" read above as scientific notation)
_MID_DOT_DECIMAL = re.compile(r"·(\d{1,6})(?![\d·⁰¹²³⁴⁵⁶⁷⁸⁹^]|[.,]\d)")
_SCI_NEXT = frozenset("eE×·xх*^⁻⁺⁰¹²³⁴⁵⁶⁷⁸⁹")
_SCI_TIMES = frozenset("×·xх*")
_SUP_SIGNED_TRANS = str.maketrans(_SUPERSCRIPT + "⁻⁺−–", "0123456789-+--")

# a sign directly before the digits: minus sign, hyphen-minus, en dash, plus
_SIGNS = frozenset("−-–+")
# what may not stand before the sign: a word or a number it would join (Covid-19, 1943-1945)
_NOT_BEFORE_SIGN = frozenset("-−–+.,/%‰°")


# a regulation number and year after its short name, the name outside: "PP 48/2014",
# "Perpres 54/2010", "UU 11/2020" (one fixed-width look-behind per name)
_REG_NAMES = (
    "PP", "UU", "SE", "Perpu", "Perppu", "Perpres", "Permen", "Perda", "Inpres", "Keppres",
    "Kepres", "Kepmen", "Pergub", "Perbup", "Perwal", "Perkap", "Perma", "PMK", "POJK",
    "Permenkes", "Permendagri", "Permendikbud", "Permenkeu", "Permentan", "Perban",
)
_REG_BEFORE = "(?:" + "|".join(rf"(?<=\b{w}[ \u00a0])" for w in _REG_NAMES) + ")"
# the tails of an Indonesian case or document number: the court after a case number
# ("…/2023/PN Smg", "…/PN Jkt.Sel") and the volume of a statistics release ("…/Th. XXVII")
_REG_TAIL = (
    r"(?:(?<=/P[NTA])[ \u00a0][A-Z][a-z]{2,4}(?:\.[A-Z][a-z]{2,4})?(?!\w)"
    r"|(?<=/Th)\.[ \u00a0]?[IVXLC]+(?![\w]))?"
)


#: Three-letter months of a day-month-year date with dashes ("21-Nov-22", "5-Agu-2023").
_MON3 = {
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "May": 5, "Mei": 5, "Jun": 6, "Jul": 7, "Aug": 8,
    "Agu": 8, "Agt": 8, "Sep": 9, "Oct": 10, "Okt": 10, "Nov": 11, "Dec": 12, "Des": 12,
}


@lru_cache(maxsize=8)
def _atom_regex(langs: tuple[str, ...]) -> tuple[re.Pattern[str], dict]:
    words = words_for(langs)
    word_pat = trie_pattern(sorted(set(words) | {w[:1].upper() + w[1:] for w in words}))
    month_langs = [*langs, "uk"] if ("en" in langs or "ru" in langs) else list(langs)
    forms: set[str] = set()
    for lg in month_langs:
        if lg in ("en", "id"):
            forms.update(MONTH_FORMS[lg])
            if lg == "en":  # headlines and almanacs in capitals: "JULY, 1832" (not "MAY")
                forms.update(f.upper() for f in MONTH_FORMS[lg] if len(f) > 3 and "." not in f)
        elif lg not in ("kk", "kk_ru"):
            forms.update(f for w in MONTH_FORMS[lg] for f in (w, w[:1].upper() + w[1:]))
    month_alts = []
    if forms:
        month_alts.append("(?:" + trie_pattern(sorted(forms)) + r")(?!\w)")
    if "kk" in month_langs:
        kk = {f for w in MONTH_FORMS["kk"] for f in (w, w[:1].upper() + w[1:])}
        # not an adjective in -дық / -дік ("12 қазандық": boilers, "маусымдық": seasonal)
        month_alts.append("(?:" + trie_pattern(sorted(kk)) + r")(?![дт][ыі]қ)[а-яёәіңғүұқөһ]*(?!\w)")
        # Russian month names with Kazakh suffixes ("1 октябрьде"); "май" only after a day
        kk_ru = {f for w in MONTH_FORMS["kk_ru"] for f in (w, w[:1].upper() + w[1:])}
        month_alts.append(
            "(?:(?:" + trie_pattern(sorted(kk_ru)) + r")|(?<=\d[ \u00a0])[Мм]ай)"
            + KK_RU_SUFFIX + r"(?!\w)"
        )
    month_pat = "|".join(month_alts)
    first = {w[0] for w in words} | {p[0] for p, _ in MONTH_NUMBER}
    letters = "".join(
        sorted({c for ch in first for c in (ch.lower(), ch.upper())} | set("IVXLCІХӀMNhwUБУd"))
    )
    pattern = (
        r"(?=[\d⁰¹²³⁴⁵⁶⁷⁸⁹\[№§+½⅓⅔¼¾⅕⅛⅜⅝⅞.]|\(\d)(?:"
        r"(?P<orcid>(?<!\d)\d{4}-\d{4}-\d{4}-\d{3}[\dX](?!\d))"
        r"|(?P<doi>(?:(?<=DOI)|(?<=DOI:)|(?<=DOI: ))10\.\d{4,9}/[^\s,;]+)"  # "DOI: 10.31857/S08..."
        r"|(?P<ipc>" + IPC_CODE_DIGITS + ")"  # "МПК B01J 20/18"
        r"|(?P<phone>(?:\+\d{1,3}[ -]?\(?\d{2,5}\)?|(?<!\d)8[ -]?\(\d{3,5}\))"
        r"[ -]?\d{2,4}[ -]?\d{2}[ -]?\d{2}(?!\d)"
        r"|(?<![\d,.])0\d{2,4} (?:\d{3,4} \d{3,4}(?![\d,])|\d{5,6}(?!\d|,\d))"  # UK: 020 7946 0018, 01273 555018
        r"|(?<![\d,.])8[ \u00a0][79]\d\d[ \u00a0]\d{3}[ \u00a0]\d\d[ \u00a0]\d\d(?![\d,])"  # KZ/RU: 8 777 214 56 09
        r"|(?<![\d-])\d{3}-\d{3}-\d{4}(?![\d-])"  # US: 555-014-2297
        r"|(?<![\d.])\d\d\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}(?![\d]|[.,]\d)"  # NPWP
        r"|\(\d{3}\)[ ]?\d{3}-\d{4}(?![\d-])"  # US: (555) 014-2297
        r"|\(0\d{1,4}\)[ ]?\d{3,4}[ -]?\d{3,4}(?!\d))"  # area code: (0274) 367509
        r"|(?P<ident>(?:№№?|§§?)[ \u00a0]?(?:\d\w*(?:[-/.]\w+)*|[IVXLC]+(?:/\w+)+"
        r"|[A-ZА-ЯЁ]{1,3}\d+(?:[-/.]\w+)+|[A-ZА-ЯЁ]{1,3}-\d+(?:/\d+)?(?![-\w])"
        # a ministerial order with the issuer's letters: "№ ҚР ДСМ-175/2020"
        r"|[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ]{2,3}[ \u00a0][A-ZА-ЯЁӘІҢҒҮҰҚӨҺ]{2,4}-\d+(?:/\d+)?(?![-\w])))"
        r"|(?P<slashid>(?<![\w/.,])\d{1,6}(?:/[A-Z][\w.\-]*)+/(?:19|20)\d\d(?![\w/]))"
        r"|(?P<regno>(?=\d{1,4}/(?:19|20)\d\d(?![\d/]|[.,]\d))" + _REG_BEFORE + r"\d{1,4}/\d{4})"
        r"|(?P<numdate>(?<![\d.])(?:\d{1,2}(?P<dsep>[./])\d{1,2}(?P=dsep)(?:\d{4}|\d{2})"
        r"|\d{4}-\d\d-\d\d|\d{1,2}-\d{1,2}-\d{4}"
        r"|\d{1,2}-(?:" + "|".join(_MON3) + r")-(?:\d{4}|\d{2})(?![\w-]))(?![\d]|[.,]\d))"
        # (a ratio "1:9,3" is no time, a race time "2:11:05,7" is: its seconds are read on;
        # a colon may follow, "до 19:00: тел.")
        r"|(?P<time>(?<![\d:.])\d{1,2}:\d\d(?::\d\d)?(?!\d|:\d|(?<=(?<!:\d)1:\d\d)[.,]\d))"
        r"|(?P<score>(?<![\d:.,/])\d{1,2}:\d(?![\d:]|[.,]\d|[ \u00a0]\d{3}(?!\d))"
        r"|(?<![\d:.,/])1:\d{1,3}[.,]\d{1,2}(?![\d:]|[.,]\d))"  # a ratio "1:9,3" (value null)
        r"|(?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)"
        r"|(?P<vfrac>[½⅓⅔¼¾⅕⅛⅜⅝⅞])"
        r"|(?P<brk>\[(?:\d{1,3}|[ivx]{1,6})\])"
        r"|(?P<num>" + _NUM + ")"
        r"|(?P<ldec>(?<=[ \u00a0(\[\n])\.\d+(?!\d|[.,]\d))"
        r")|\b(?=[" + re.escape(letters) + r"])(?:"
        r"(?P<url>(?:https?://|www\.)[^\s<>\"]+)"
        r"|(?P<isbn>(?:ISBN|ISSN)[: \u00a0]*[\dX][\d\- X]{7,16}[\dX]"
        r"|(?:УДК|ББК|UDC)[ \u00a0]*[\d.()/:+-]*[\d)]|(?:doi|DOI):?[ \u00a0]*10\.\d{4,9}/[^\s,;]+)"
        r"|(?P<identn>(?:(?<![\w.′″°'’])N(?=[ \u00a0]?\d)|Nos?\.(?=[ \u00a0]?\d)"
        r"|(?:Nomor|NOMOR|Nr\.|No)[ \u00a0](?=[\dIVX]))[ \u00a0]?"
        r"(?:\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d\w*(?:[ \u00a0][A-Z]{1,3}(?=/[A-Z]))?(?:[-/.]\w+)*" + _REG_TAIL + r"|[IVXLC]+(?:/\w+)+))"
        r"|(?P<roman>(?<![\w\-.])(?:M{1,2}[MDCLXVI]{3,}|[IVXLCІХӀ]+)(?![\w]))"
        r"|(?P<word>(?:" + word_pat + r")(?![^\W⁰¹²³⁴⁵⁶⁷⁸⁹]))"
        r"|(?P<month>" + month_pat + r")"
        r")"
    )
    return re.compile(pattern), words


_NAIRA_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


@dataclass(slots=True)
class _Atom:
    start: int
    end: int
    typ: str  # num word roman month sup brk ident dashid orcid phone numdate time url
    value: float = _NAN
    wtype: str = ""
    flags: str = ""
    ndig: int = 0  # integer digits of a plain digit number, 0 if grouped / not digits
    is_int: bool = True
    cur: str | None = None  # currency prefix unit
    ke: bool = False
    num_start: int = 0  # start of the digits (after a currency prefix / ke-)


def _naira(text: str, s: int, e: int, lang: str | None) -> _Atom | None:
    """The amount in naira of "N50 million" (the "N" at *s*) as a number atom, or None."""
    if not _NAIRA_DIGITS.fullmatch(text, s + 1, e) or letter_currency(text, s + 1, e, False) is None:
        return None
    v, nd, is_int = _parse_digits(text[s + 1 : e], lang)
    return _Atom(s, e, "num", v, "", "", nd, is_int, "NGN", False, s + 1)


def _parse_digits(raw: str, lang: str | None) -> tuple[float, int, bool]:
    """Parse a digit string; return (value, plain integer digit count or 0, is_int)."""
    s = raw.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    if " " in s:
        s = s.replace(" ", "").replace(",", ".")
        v = float(s)
        return v, 0, "." not in s
    if "," in s and "." in s:
        if s.index(",") < s.index("."):  # 1,234.5
            s = s.replace(",", "")
        else:  # 1.234,5
            s = s.replace(".", "").replace(",", ".")
        return float(s), 0, False
    if "," in s:
        parts = s.split(",")
        grouped = len(parts) > 1 and all(len(p) == 3 for p in parts[1:])
        if len(parts) > 2 and len(parts[-1].split(".")[0]) == 3 and len(parts[1]) == 2:
            return float(s.replace(",", "")), 0, "." not in s  # lakh grouping: 11,61,383
        if grouped and (lang in ("en", None) or len(parts) > 2):
            return float(s.replace(",", "")), 0, True
        return float(s.replace(",", ".", 1).replace(",", "")), 0, False
    if "." in s:
        parts = s.split(".")
        grouped = len(parts) > 1 and all(len(p) == 3 for p in parts[1:])
        if grouped and (
            len(parts) > 2 or lang in ("id", "ru", "kk") or (lang is None and parts[0] != "0")
        ):
            return float(s.replace(".", "")), 0, True
        if len(parts) > 2:
            return float(parts[0] + "." + "".join(parts[1:])), 0, False
        return float(s), 0, False
    return float(s), len(s), True


_CUR_BEFORE = re.compile(r"((?<![^\W\d_])(?:CA|AU|NZ|HK|[CAS])\$|US\$|\$|Rp\.?|USD|(?<![^\W\d_])(?:EUR|GBP|CHF|JPY)|€|£|¥|₽|₸|₹|₦|ƒ|(?<![^\W\d_])RM$)[ \u00a0]?$")
_CUR_LAST = frozenset("$p.DRPFYM€£¥₽₸₹₦ƒ")  # the last characters of the currency prefixes ("RM" glued only)
_KE_BEFORE = re.compile(r"(?<![^\W\d_])[kKкК][eе][- ]$")
# "ke 27 kota tujuan": "ke" with a space before a number and a place or thing counted is
# the preposition "to" ("to 27 towns"), not an ordinal (which "ke-27" or "hari ke 27" is)
_KE_PLACE_AFTER = re.compile(
    r"[ \u00a0]+(?:kota|kabupaten|desa|kelurahan|kecamatan|provinsi|negara|lokasi|daerah"
    r"|wilayah|titik|pulau|kampus|sekolah|rumah|pos|posko|tempat|bandara|pelabuhan|terminal"
    r"|stasiun|destinasi|tujuan|cabang|kantor|gerai|unit|benua|rute|kawasan)\b"
)
_KE_RANK_BEFORE = re.compile(
    r"\b(?:urutan|peringkat|posisi|juara|hari|tahun|bulan|minggu|pekan|babak|putaran|tahap"
    r"|gelombang|ranking|rangking|abad|angka|level|lantai|nomor|kali)[ \u00a0]+$",
    re.IGNORECASE,
)
_DASHID_BEFORE = re.compile(r"(?<![\w-])[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ]{1,2}-$")
# three capitals before a model number of three digits or more: "ВАЗ-21063", "ЗИЛ-130"
_DASHID3_BEFORE = re.compile(r"(?<![\w-])[A-ZА-ЯЁ]{3}-$")
# Soviet aircraft and helicopter designations: "Ту-154", "Ан-2", "Ил-86", "Ми-8", "МиГ-21"
_AIRCRAFT_BEFORE = re.compile(r"(?<![\w-])(?:Ту|Ан|Ил|Як|Ми|Ка|Су|Бе|Ли|МиГ)-$")


_ROAD_LETTERS = frozenset("МРАЕMAEN")
_ROAD_WORD = re.compile(
    r"трасс|автодорог|автомагистрал|дорог|шоссе|магистрал|тас[ \u00a0]жол|автожол|жол\w*"
    r"|highway|motorway|route|road|jalan[ \u00a0]tol|jalan|tol\b",
    re.IGNORECASE,
)


def _near_road(text: str, pos: int) -> bool:
    """A road word close before (or just after) a short designation like "М-12"."""
    return bool(
        _ROAD_WORD.search(text, max(0, pos - 32), pos - 2)
        or _ROAD_WORD.match(text, pos + 3 + (text[pos + 2 : pos + 3] != " "))
        or _ROAD_WORD.search(text[pos : pos + 16])
    )


_NOT_DESIGNATION2 = frozenset(("АИ", "AI", "ИЛ", "IL"))


def _designation(text: str, s: int) -> bool:
    """One capital letter (not a road letter) or two capitals, a hyphen and the digits at
    *s*: a type or series designation ("T-34", "F-16", "V-2", "Т-34", "СГ-3"); not a
    word's last letters."""
    letter = text[s - 2 : s - 1]
    if text[s - 3 : s - 2].isupper() and letter.isupper():  # "СГ-3", "ТЭ-10": two capitals
        # not a petrol grade ("АИ-92": an octane number, a reading) nor an interleukin
        return text[s - 3 : s - 1] not in _NOT_DESIGNATION2 and (
            s < 4 or not (text[s - 4].isalnum() or text[s - 4] in "-.")
        )
    return (
        letter.isupper()
        and letter not in _ROAD_LETTERS
        and (s < 3 or not (text[s - 3].isalnum() or text[s - 3] in "-."))
    )


def _prefix(text: str, a: _Atom, nd: int, has_id: bool, prev_end: int) -> None:
    """A currency prefix, ``ke-`` or a road letter before the digits of *a* (in place).

    A prefix that would overlap the previous atom (ending at *prev_end*) is not taken.
    """
    s = a.start
    c = text[s - 1]
    window = text[max(0, s - 5) : s]
    # the regexes only run when the character their match ends with is there
    cm = None if _CUR_LAST.isdisjoint(window) else _CUR_BEFORE.search(window)
    if cm:
        a.cur = CURRENCY_PREFIX.get(cm.group(1), "USD")
        a.start = s - (len(window) - cm.start())
    elif (
        c in "- \n"
        and (has_id or text[s - 2 : s - 1] in "еЕ")
        and _KE_BEFORE.search(window)
        and not (
            c == " "
            and _KE_PLACE_AFTER.match(text, a.end)
            and not _KE_RANK_BEFORE.search(text, max(0, s - 16), s - 3)
        )
    ):
        km = _KE_BEFORE.search(window)
        a.ke = True
        a.start = s - (len(window) - km.start())
    elif (
        c in "-\n"
        and (
            nd >= 3
            or (nd and text[s - 2 : s - 1] in _ROAD_LETTERS and _near_road(text, s))
            or (nd and _designation(text, s) and not (has_id and text[s - 2] == "H"))
            or (nd and fund_letter_before(text, s))  # "ф. Р-88"
        )
        and _DASHID_BEFORE.search(window)
    ) or (c == "-" and nd and _AIRCRAFT_BEFORE.search(window)) or (
        c == "-" and nd >= 3 and not 1900 <= a.value <= 2100 and _DASHID3_BEFORE.search(window)
    ):
        dm = _DASHID_BEFORE.search(window) or _AIRCRAFT_BEFORE.search(window) or _DASHID3_BEFORE.search(window)
        a.typ = "dashid"
        a.start = s - (len(window) - dm.start())
    if a.start < prev_end:
        a.start = s
        a.cur = None
        a.ke = False
        if a.typ == "dashid":
            a.typ = "num"


def _sci(text: str, s: int, e: int) -> tuple[float, int] | None:
    """Scientific notation from *s* past the digits ending at *e* (``6.02E23``,
    ``2,48·10^-5``, ``10⁶``): (value, end) or None."""
    m = _SCI_RE.match(text, s)
    if m is None or m.end() <= e:
        return None
    ex = m.group("ee") or m.group("ex") or m.group("ex0")
    ex = ex.lstrip("^").translate(_SUP_SIGNED_TRANS)
    mant = m.group("mant")
    mant = "1" if mant is None else mant.replace(",", ".")
    return float(f"{mant}e{int(ex)}"), m.end()


def _sign(text: str, a: _Atom, prev_end: int) -> None:
    """A sign directly before the digits of *a* (``−3,5``, ``+2,5``): taken in (in place).

    Not when the dash joins two numbers (``1943-1945``, ``2014 -2020``) or a word and a
    number (``Covid-19``).
    """
    p = a.start - 1
    if p < prev_end or p < 0:
        return
    if p:
        c = text[p - 1]
        ellipsis = text[max(0, p - 3) : p] == "..."  # "-5...-3": both ends signed
        if c.isalnum() or (c in _NOT_BEFORE_SIGN and not ellipsis):
            return
        j = p - 1
        while j > 0 and text[j] in " \u00a0\t":
            j -= 1
        if text[j].isdigit() or text[j] in "%‰":
            return  # "2014 -2020", "5% -3%": the dash joins two numbers
        if (
            text[j] == "."
            and not ellipsis
            and any(ch.isdigit() for ch in text[max(0, j - 6) : j])
        ):
            return  # "1941 г. -1945 г.": a number and its abbreviation before the dash
    a.start = p
    if text[p] != "+":
        a.value = -a.value
        a.flags += "-"


def _sign_word(text: str, a: _Atom, sign: tuple[int, int, bool] | None) -> None:
    """A sign word (``минус``, ``minus``; ``плюс``, which keeps the value) just before
    atom *a*: taken in (in place)."""
    if sign is None or a.typ not in ("num", "word") or a.wtype not in ("", "u", "h", "mul"):
        return
    if text[sign[1] : a.start] not in (" ", "\u00a0") or "-" in a.flags:
        return
    a.start = sign[0]
    if not sign[2]:
        return  # "плюс 2 030 руб.": inside, the value unchanged
    a.flags += "-"
    if a.typ == "num":
        a.value = -a.value


_DASH_DIGIT = frozenset("-" + d for d in "0123456789")
_GLUED_WORD = re.compile(r"[^\W\d_]+(?:\.(?![ \u00a0]*(?:\n|$|[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ])))?")


def _compact(text: str, a: _Atom, e: int, words: dict) -> _Atom | None:
    """A scale word or suffix glued to the digits ending at *e* (``100K``, ``3M``, ``$3B``,
    ``5млн``, ``300мың``, ``150к``, ``Rp50rb``): its atom (a scale word), or None."""
    p = a.start - 1
    if p >= 0 and (text[p].isalpha() or (text[p] in "-‐" and text[p - 1 : p].isalpha())):
        return None  # "Y2K", "MiG-29K": a name
    m = _GLUED_WORD.match(text, e)
    w = m.group()
    if text[m.end() : m.end() + 1].isdigit() or text[m.end() : m.end() + 2] in _DASH_DIGIT:
        return None  # "д. 5к2" (house 5, block 2), "3M4": a code, not a scale
    scale = COMPACT_SUFFIX.get(w)
    if scale is not None:
        if w == "B" and not a.cur:
            return None  # "3B" is a class or a form, "$3B" three billion
        return _Atom(e, m.end(), "word", scale, "s", "", 0, False, None, False, e)
    info = words.get(w.lower())
    if info is None and w.endswith("."):
        w = w[:-1]
        info = words.get(w.lower())
    if info is None or info[1] != "s":
        return None
    return _Atom(e, e + len(w), "word", info[0], "s", "", 0, False, None, False, e)


def _atoms(text: str, langs: tuple[str, ...], lang: str | None) -> list[_Atom]:
    """All the atoms of *text* at once (see :func:`_iter_atoms`)."""
    return list(_iter_atoms(text, langs, lang))


def _iter_atoms(
    text: str, langs: tuple[str, ...], lang: str | None, years: array | None = None
) -> Iterator[_Atom]:
    """The atoms of *text* in order, made while the regular expression scans the text.

    The scan (``finditer``) is over the whole text, so the look-behind of an atom (a
    currency prefix, ``ke-``, a road word) sees what a scan listing every atom first sees;
    only the end of the previous atom is kept.  *years* receives the start and end of
    every four-digit year 1500-2099 (what the citation regions read) as it is made.
    """
    rx, words = _atom_regex(langs)
    has_id = "id" in langs
    prev_end = 0
    sign: tuple[int, int, bool] | None = None  # a sign word (negative?) waiting for its number
    n = len(text)
    skip = 0  # the end of a scientific number: the atoms inside it are not atoms
    for m in rx.finditer(text):
        kind = m.lastgroup
        s, e = m.span()
        if s < skip:
            continue
        if kind == "num" or kind == "ldec":
            raw = m.group(kind)
            try:
                if kind == "num":
                    v, nd, is_int = _parse_digits(raw, lang)
                else:  # ".75": never a year, a day or a list number
                    v, nd, is_int = float(raw), 0, False
            except ValueError:
                continue
            flags = "e" if kind == "ldec" else ""
            if e < n and (
                text[e] in _SCI_NEXT
                or (text[e] in " \u00a0" and text[e + 1 : e + 2] in _SCI_TIMES)  # "2.5 × 10⁶"
            ):
                sci = _sci(text, s, e)
                if sci is not None:  # "6.02E23": one number, never a year or a day
                    v, e, nd, is_int = sci[0], sci[1], 0, False
                    # 2.48×10⁻⁵ measures; 6.02E23 ("s") counts only what it counts
                    flags = "e" if v < 1 else "s"
                    skip = e
                elif text[e] == "·" and is_int and kind == "num" and text[s - 1 : s] != "·":
                    md = _MID_DOT_DECIMAL.match(text, e)
                    if md:  # "11·2 per cent.": the raised decimal point of British print
                        v, e, is_int = v + float("0." + md.group(1)), md.end(), False
                        skip = e
            a = _Atom(s, e, "num", v, "", flags, nd, is_int, None, False, s)
            if s and not text[s - 1].isdigit():
                _prefix(text, a, nd, has_id, prev_end)
                if a.start and text[a.start - 1] in _SIGNS and a.typ == "num" and not a.ke:
                    _sign(text, a, prev_end)
            if sign is not None:
                _sign_word(text, a, sign)
                sign = None
            if nd == 4 and years is not None and a.typ == "num" and 1500 <= v < 2100:
                years.append(a.start)
                years.append(e)
            prev_end = e
            yield a
            if e < n and text[e].isalpha():
                c = _compact(text, a, e, words)
                if c is not None:  # "100K", "5млн", "Rp50rb": the glued scale word
                    prev_end = skip = c.end
                    yield c
        elif kind == "word":
            w = m.group("word").lower()
            if w not in words:
                w = " ".join(w.split())
            info = words.get(w)
            if info is None:
                continue
            if info[1] in ("neg", "pos"):
                sign = (s, e, info[1] == "neg")
                continue
            if w.endswith(".") and _SENT_END_RE.match(text, e - 1) and w[:-1] in words and w != "тыс.":
                e -= 1  # "около 27 млн." ends the sentence: the full stop is not the scale's
            prev_end = e
            a = _Atom(s, e, "word", info[0], info[1], info[2], 0, False, None, False, s)
            if sign is not None:
                _sign_word(text, a, sign)
                sign = None
            yield a
        elif kind == "roman":
            sign = None
            r = m.group("roman")
            if r[0] == "M":  # "MDCCCXLII": a year (1000-2100) in Roman numerals only
                if not 1000 <= (roman_value(r) or 0) <= 2100:
                    continue
            elif not is_roman_numeral(r, min_len=1):
                continue  # "CC", "LC": not read as numbers
            prev_end = e
            yield _Atom(s, e, "roman", float(roman_value(r) or 0), num_start=s)
        elif kind in ("identn", "slashid", "regno"):
            sign = None
            prev_end = e
            if kind == "identn" and text[s + 1 : s + 2].isdigit() and lang in ("en", None):
                na = _naira(text, s, e, lang)
                if na is not None:  # "N50 million", "N1,309": naira, not the number sign
                    yield na
                    continue
            yield _Atom(s, e, "ident", num_start=s)
        else:
            sign = None
            prev_end = e
            yield _Atom(s, e, kind or "", num_start=s)
