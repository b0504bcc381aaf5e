"""Multilingual numeric-mention extraction (ru, kk, id, en).

Finds every number written with digits, Roman numerals, superscript digits or number
words, and returns it as a tidy table with its exact span, normalised value, kind, unit,
scale word and range end, following the annotation standard in
``shared/numeric-mentions-spec.md`` (kinds in precedence order: reference, identifier,
date, range, year, percent, money, quantity, ordinal, count, other).

How it works
------------
1. One compiled *atom* regex per language set (cached) finds, in a single pass, digit
   numbers in the local formats (``22427,3``, ``1 558 927``, ``190,000``, ``1.904.569``),
   numeric dates, times, superscripts, ``[7]`` markers, ``N``/``№``/``Nomor`` identifiers,
   ORCID/ISBN/DOI/phones, Roman numerals (incl. Cyrillic ``Х``/``І``), month names and
   number words (a character trie built from :mod:`analysis._mention_lexicon`).  The
   pattern is gated so that positions inside words cost one character-class test.
2. A Python pass over the *atoms* (not tokens) combines neighbours: composite numbers
   (``1 млн 300 мың``, ``dua ratus lima puluh ribu``), dates (``15-17 Mei 1985``,
   ``1921 жылғы 10 қыркүйектегі``), ranges (``1920-30``, ``с 11 до 19 тысяч``,
   ``859,4 мыңнан 658,1 мыңға``), and looks a few characters around each mention with
   anchored regexes (units and currencies with their inflection, hyphen suffixes,
   calendar-year words, ordinal markers, identifier nouns such as ``статьи``/``Pasal``).
3. Citation regions (footnote lines, bibliography entries, ``(Author, 2004: 53-55)``,
   ``[Иванов, 2005, с. 45]``) are found once per text; numbers inside become references.
   Besides footnote lines that open with an author, a region is a line opening with
   *Ibid.* / *Там же* / *См.* / *Сонда*, a footnote line (leading number) holding a page
   abbreviation and a year, the source after `` // `` (GOST), a place (: publisher) and
   year (``М., 2010.``, ``– Алматы: Мектеп, 2019.``, ``. – Астана, 2020.``) or a journal
   year followed by an issue (``Вопросы истории. 2015. № 3``) together with the
   volume / issue / page tail that follows.  A number right after a page abbreviation
   (``p.``, ``pp.``, ``С.``, ``стр.``, ``hlm.``, ``h.``, ``б.``, ``бб.``, ``vol.``) or
   before ``pp.`` / ``бб.`` is a reference anywhere.  A period in a title
   (``Modern 1200–2008``) stays a range.

Context rules added for news, statistics, budgets, biographies and footnotes
--------------------------------------------------------------------------
* Table lines ``2010 – 142 856,5``: a year and a figure joined by a spaced dash (or a
  decimal second end) are a year and a count; dash ranges need comparable ends (a year
  with a year or a short year abbreviation ``1920-30`` / ``1905-7``).
* Percentage points (``п.п.``, ``процентных пункта``, ``percentage points``,
  ``persen poin``, ``пайыздық тармақ``) are percent with the point words inside; their
  internal unit differs from ``%`` so ``0.25 percentage points to 5.25%`` is no range.
* Clock times with ``a.m.`` / ``p.m.`` (marker inside, 24-hour value) and ranges of them.
* Composite numbers may carry a decimal before a smaller scale (``1 трлн 245,6 млрд``);
  glued scale abbreviations after a currency (``£1.9m``, ``$2bn``) or ``bn``/``mn``
  anywhere; ``5m`` alone stays metres unless a counted noun follows (``5m people``).
* Ages: ``aged 63``, ``berusia 45``, ``children under 12`` are quantity/year; Kazakh
  ``жасар`` / ``жасында`` are unit words.
* Identifiers: article / resolution / class / route nouns (``статьей 217``,
  ``Resolution 2334``, ``kelas 5``), lists continuing them (``статьями 5 и 6``), road
  designations with one letter near a road word (``трасса М-12``), Kazakh
  ``5-сынып`` / ``125-мектеп`` / ``2-кітап``; sessions and quarters are ordinals
  (``2-сессиясы``, ``triwulan IV-2023``, ``III квартал``).
* Years with an era word (``800 Masehi``, ``300 BC``, ``480 г. до н. э.``).
* Fractions: ``трети`` / ``четверти`` alone, ``seperempatnya``, ``a fifth`` (only before
  *of*, a punctuation mark or after *by/nearly/…*, else the ordinal word).
* "from X noun to Y noun" ranges repeating the counted noun (``dari 26,36 juta orang
  menjadi 25,22 juta orang``); connector ranges need the same unit at both ends.

All look-backs are bounded, so the run time is linear in the text length.

Known limitations
-----------------
* Counts versus years for bare four-digit numbers (``2000 Comintern members``) are
  decided by context heuristics (year words, prepositions, the following word).
* "One"-words (``one``, ``один``, ``бір``, ``satu``) are taken only with a unit, a scale
  word or inside a composite, to keep idioms out; ``one candidate`` is missed.
* English single-letter Roman numerals need a cue (``World War I``, ``Part I``, ``V в.``);
  in ru/kk/id a capitalised name before them also counts (``Петр I``).
* Citation regions are found from surface patterns; a footnote line without an author,
  page abbreviation or publisher pattern is not recognised, and a region that is
  recognised turns every count / year / identifier in it into a reference.
* Basis points (``25 basis points``, ``100 б.п.``) and bare ages without a cue word
  (``released at 74``) are left as counts.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from analysis._mention_lexicon import (
    CURRENCY_PREFIX,
    MONTH_FORMS,
    MONTH_NUMBER,
    UNITS,
    month_number,
    trie_pattern,
    words_for,
)

__all__ = ["KINDS", "LANGS", "MENTION_COLUMNS", "extract_mentions"]

#: Supported language codes.
LANGS: tuple[str, ...] = ("ru", "kk", "id", "en")

#: Mention kinds in precedence order.
KINDS: tuple[str, ...] = (
    "reference",
    "identifier",
    "date",
    "range",
    "year",
    "percent",
    "money",
    "quantity",
    "ordinal",
    "count",
    "other",
)

#: Output columns of :func:`extract_mentions`, in order.
MENTION_COLUMNS: tuple[str, ...] = (
    "start",
    "end",
    "surface",
    "value",
    "kind",
    "unit",
    "scale",
    "range_end",
)

_NAN = float("nan")
_SP = r"[ \u00a0\u202f\u2009]"

# --------------------------------------------------------------------------- atom regex

_NUM = (
    r"(?<![\d])(?:"
    r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}(?!\d))+(?:,\d+)?"
    r"|\d{1,3}(?:,\d{3}(?!\d))+(?:\.\d+)?"
    r"|\d{1,3}(?:\.\d{3}(?!\d))+(?:,\d+)?"
    r"|\d+(?:[.,]\d+)?"
    r")"
)

_SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUP_TRANS = str.maketrans(_SUPERSCRIPT, "0123456789")
_ROMAN_TRANS = str.maketrans("ІХ", "IX")
_ROMAN_VALID = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_ROMAN_VAL = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


@lru_cache(maxsize=8)
def _atom_regex(langs: tuple[str, ...]) -> tuple[re.Pattern[str], dict]:
    words = words_for(langs)
    word_pat = trie_pattern(sorted(set(words) | {w[:1].upper() + w[1:] for w in words}))
    month_langs = [*langs, "uk"] if ("en" in langs or "ru" in langs) else list(langs)
    forms: set[str] = set()
    for lg in month_langs:
        if lg in ("en", "id"):
            forms.update(MONTH_FORMS[lg])
        elif lg != "kk":
            forms.update(f for w in MONTH_FORMS[lg] for f in (w, w[:1].upper() + w[1:]))
    month_alts = []
    if forms:
        month_alts.append("(?:" + trie_pattern(sorted(forms)) + r")(?!\w)")
    if "kk" in month_langs:
        kk = {f for w in MONTH_FORMS["kk"] for f in (w, w[:1].upper() + w[1:])}
        month_alts.append("(?:" + trie_pattern(sorted(kk)) + r")[а-яёәіңғүұқөһ]*(?!\w)")
    month_pat = "|".join(month_alts)
    first = {w[0] for w in words} | {p[0] for p, _ in MONTH_NUMBER}
    letters = "".join(
        sorted({c for ch in first for c in (ch.lower(), ch.upper())} | set("IVXLCІХNhwUБУd"))
    )
    pattern = (
        r"(?=[\d⁰¹²³⁴⁵⁶⁷⁸⁹\[№+½⅓⅔¼¾⅕⅛])(?:"
        r"(?P<orcid>(?<!\d)\d{4}-\d{4}-\d{4}-\d{3}[\dX](?!\d))"
        r"|(?P<phone>(?:\+\d{1,3}[ -]?\(?\d{2,5}\)?|(?<!\d)8[ -]?\(\d{3,5}\))"
        r"[ -]?\d{2,4}[ -]?\d{2}[ -]?\d{2}(?!\d))"
        r"|(?P<ident>№[ \u00a0]?(?:\d\w*(?:[-/.]\w+)*|[IVXLC]+(?:/\w+)+))"
        r"|(?P<numdate>(?<![\d.])(?:\d{1,2}(?P<dsep>[./])\d{1,2}(?P=dsep)(?:\d{4}|\d{2})"
        r"|\d{4}-\d\d-\d\d|\d{1,2}-\d{1,2}-\d{4})(?![\d]|[.,]\d))"
        r"|(?P<time>(?<![\d:.])\d{1,2}:\d\d(?![\d:]))"
        r"|(?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)"
        r"|(?P<vfrac>[½⅓⅔¼¾⅕⅛])"
        r"|(?P<brk>\[(?:\d{1,3}|[ivx]{1,6})\])"
        r"|(?P<num>" + _NUM + ")"
        r")|\b(?=[" + re.escape(letters) + r"])(?:"
        r"(?P<url>(?:https?://|www\.)[^\s<>\"]+)"
        r"|(?P<isbn>(?:ISBN|ISSN)[: \u00a0]*[\dX][\d\- X]{7,16}[\dX]"
        r"|(?:УДК|ББК|UDC)[ \u00a0]*[\d.()/:+-]*[\d)]|doi:?[ \u00a0]*10\.\d{4,9}/[^\s,;]+)"
        r"|(?P<identn>(?:(?<![\w.])N(?=[ \u00a0]?\d)|No\.(?=[ \u00a0]?\d)"
        r"|(?:Nomor|Nr\.|No)[ \u00a0](?=[\dIVX]))[ \u00a0]?"
        r"(?:\d\w*(?:[-/.]\w+)*|[IVXLC]+(?:/\w+)+))"
        r"|(?P<roman>(?<![\w\-.])[IVXLCІХ]+(?![\w]))"
        r"|(?P<word>(?:" + word_pat + r")(?![^\W⁰¹²³⁴⁵⁶⁷⁸⁹]))"
        r"|(?P<month>" + month_pat + r")"
        r")"
    )
    return re.compile(pattern), words


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


_CUR_BEFORE = re.compile(r"(US\$|\$|Rp\.?|USD|€|£|₽|₸|ƒ)[ \u00a0]?$")
_KE_BEFORE = re.compile(r"(?<![^\W\d_])[kKкК][eе][- ]$")
_DASHID_BEFORE = re.compile(r"(?<![\w-])[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ]{1,2}-$")


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


def _roman_value(s: str) -> int:
    s = s.translate(_ROMAN_TRANS)
    total = 0
    prev = 0
    for ch in reversed(s):
        v = _ROMAN_VAL[ch]
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    return total


def _atoms(text: str, langs: tuple[str, ...], lang: str | None) -> list[_Atom]:
    rx, words = _atom_regex(langs)
    has_id = "id" in langs
    out: list[_Atom] = []
    append = out.append
    for m in rx.finditer(text):
        kind = m.lastgroup
        s, e = m.span()
        if kind == "num":
            raw = m.group("num")
            try:
                v, nd, is_int = _parse_digits(raw, lang)
            except ValueError:
                continue
            a = _Atom(s, e, "num", v, ndig=nd, is_int=is_int, num_start=s)
            if s and not text[s - 1].isdigit():
                window = text[max(0, s - 5) : s]
                cm = _CUR_BEFORE.search(window)
                if cm:
                    a.cur = CURRENCY_PREFIX.get(cm.group(1), "USD")
                    a.start = s - (len(window) - cm.start())
                elif (has_id or text[s - 2 : s - 1] in "еЕ") and _KE_BEFORE.search(window):
                    km = _KE_BEFORE.search(window)
                    a.ke = True
                    a.start = s - (len(window) - km.start())
                elif (
                    nd >= 3
                    or (nd and text[s - 2 : s - 1] in _ROAD_LETTERS and _near_road(text, s))
                ) and _DASHID_BEFORE.search(window):
                    dm = _DASHID_BEFORE.search(window)
                    a.typ = "dashid"
                    a.start = s - (len(window) - dm.start())
            if out and a.start < out[-1].end:
                a.start = s
                a.cur = None
                a.ke = False
                if a.typ == "dashid":
                    a.typ = "num"
            append(a)
        elif kind == "word":
            w = m.group("word").lower()
            if w not in words:
                w = " ".join(w.split())
            info = words.get(w)
            if info is None:
                continue
            if w.endswith(".") and _SENT_END_RE.match(text, e - 1) and w[:-1] in words:
                e -= 1  # "около 27 млн." ends the sentence: the full stop is not the scale's
            append(_Atom(s, e, "word", info[0], info[1], info[2], num_start=s, is_int=False))
        elif kind == "roman":
            r = m.group("roman")
            rr = r.translate(_ROMAN_TRANS)
            if not _ROMAN_VALID.fullmatch(rr) or not re.search("[IVX]", rr):
                continue
            append(_Atom(s, e, "roman", float(_roman_value(rr)), num_start=s))
        elif kind == "identn":
            append(_Atom(s, e, "ident", num_start=s))
        else:
            append(_Atom(s, e, kind or "", num_start=s))
    return out


# --------------------------------------------------------------------------- context regexes

_UNIT_RE = re.compile(
    r"[ \u00a0\u202f]?(?:"
    + "|".join(f"(?P<u{i}>{src})" for i, (src, _, _) in enumerate(UNITS))
    + r")(?![^\W\d_⁰¹²³⁴⁵⁶⁷⁸⁹])",
    re.IGNORECASE,
)
_UNIT_INFO = {f"u{i}": (code, kind) for i, (_, code, kind) in enumerate(UNITS)}
_YEAR_BEFORE_RE = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d$")
_YIELD_UNITS = frozenset(("t", "kg", "g", "centner", "pood", "bushel", "l"))
# the area a yield is measured per, after a unit of weight/volume (inside the span)
_PER_AREA_RE = re.compile(
    r"[ \u00a0]+(?:(?:с|со|на|per|an?|each|setiap|tiap)[ \u00a0]+(?:одного[ \u00a0]+)?"
    r"(?:гектар(?:а|ов)?|га|hectares?|hektar(?:e)?|ha|acres?)|гектар(?:ына|ынан|ға))"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)

# calendar-year words after a year (kept outside the span)
_YEAR_WORD_RE = re.compile(
    r"[ \u00a0]?(?:гг?\.|год(?:а|у|ом|ы|ов|ах)?(?!\w)|жыл\w*|ж\.|yy\.)",
    re.IGNORECASE,
)
_DECADE_WORD_RE = re.compile(
    r"(?:[ \u00a0-]?(?:жылдар\w*|жылдары)|[ \u00a0]?(?:годы|годов|годах|гг\.)"
    r"|-(?:х|е|ые|ых)(?:[ \u00a0]+(?:год\w*|гг\.))?|-?(?:шы|ші|ыншы|інші)[ \u00a0]+жыл\w*"
    r"|-?an(?!\w)|s(?!\w)|'s(?!\w))",
)
_HYPH_RE = re.compile(r"[-‐‑](?P<s>[^\W\d_]{1,14})")
_EN_ORD_RE = re.compile(r"(?:st|nd|rd|th)(?![^\W\d_])")
_DUR_RE = re.compile(
    r"-(?:(?P<year>летн\w*|лет\w*|годичн\w*|жылдық|years?(?:-old)?)|(?P<month>месячн\w*|months?)"
    r"|(?P<day>дневн\w*|days?)|(?P<hour>часов\w*|hours?)|(?P<times>fold|кратн\w*))(?![^\W\d_])",
    re.IGNORECASE,
)
_RU_ORD = frozenset(
    "й я е го ого его му ому ему м ом ем ой ую ые ый ий ая ое ым ыми им ю ья ье ьи".split()
)
_KK_ORD = frozenset("ші шы нші ншы ыншы інші".split())
_CARD_SUF = frozenset("х ти ми ью".split())
_ORD_NEXT_RE = re.compile(
    r"[ \u00a0]?(?:съезд\w*|съез\w*|ғасыр\w*|век\w*|вв?\.|столети\w*|century|centuries"
    r"|созыв\w*|пленум\w*|сессия\w*|Kongres\w*|Congress\w*|ғ\.)",
    re.IGNORECASE,
)
# Russian ordinal words closing a compound ordinal after cardinal words ("сорок шестом")
_RU_ORD_WORD_AFTER = re.compile(
    r"[ \u00a0]+(?:трет(?:ий|ьего|ьему|ьим|ьем|ья|ью|ье|ьи|ьих)"
    r"|(?:перв|втор|четв[её]рт|пят|шест|седьм|восьм|девят|десят|двадцат|тридцат|сороков"
    r"|пятидесят|шестидесят|семидесят|восьмидесят|девяност|сот)"
    r"(?:ый|ой|ого|ому|ым|ом|ая|ую|ое|ые|ых|ыми))(?![^\W\d_])",
    re.IGNORECASE,
)
# archival citations: kk "5-қор, 1-тізбе, 312-іс, 45-47-парақтар"; ru inventory "... 78 л."
_KK_ARCH_AFTER = re.compile(r"[-‐‑](?:қор|тізбе|іс|парақ|бума)\w*(?![^\W\d_])", re.IGNORECASE)
_RU_LEAVES_AFTER = re.compile(r"[ \u00a0]л\.(?:[ \u00a0]*(?:\n|$|[;)])|[ \u00a0]+[А-ЯЁ«])")
_ARCH_WORD = re.compile(
    r"(?<![^\W\d_])(?:ОМА|ОММ|мұрағат\w*|архив\w*|[Фф]онд\w*|[Оо]пис\w*|[Дд]ело|Подлинник"
    r"|Копия|Машинопись|Рукопись|ЦГА\w*|ГАРФ|РГА\w*|ГА[А-ЯЁ]{1,4}|ф\.|оп\.|д\.)(?![^\W\d_])"
)
_NEXT_WORD_RE = re.compile(r"[ \u00a0]+[«\"“]?[^\W\d_]")
_PREV_RE = re.compile(r"([^\W\d_]+)(\.?)([^\w\n]{0,3})$")
_CONN_RE = re.compile(
    r"(?P<dash>[ \u00a0]?[-–—‒−][ \u00a0]?)|(?P<slash>/)"
    r"|[ \u00a0]+(?P<w>до|по|to|through|till|until|hingga|sampai(?: dengan)?|s\.d\.|s/d|menjadi"
    r"|and)[ \u00a0]+",
)
_ABL_RE = re.compile(r"(?:дан|ден|тан|тен|нан|нен)$")
_DAT_RE = re.compile(r"(?:ға|ге|қа|ке|на|не|а|е)$")
_KK_JYL_RE = re.compile(r"[ \u00a0]*(?:жылғы|жылы|жылдың|ж\.)[ \u00a0]*")
_GAP_WS = re.compile(r"[ \u00a0\u202f]*")
_GAP_WORD = re.compile(r"[ \u00a0\u202f]+|[ \u00a0]*-[ \u00a0]*|[ \u00a0]+and[ \u00a0]+")
_DAY_DASH = re.compile(r"[ \u00a0]?[-–—][ \u00a0]?|[ \u00a0]+(?:по|до|to|sampai|hingga)[ \u00a0]+")
_LIST_SEP = re.compile(r",[ \u00a0]*|[ \u00a0]+(?:и|and|dan|мен|және)[ \u00a0]+")
_COMMA_YEAR = re.compile(r",?[ \u00a0]+")
_CITE_LINE_RE = re.compile(
    r"\n([ \t]*(?:(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d{1,3}\.?|[-–•*])[ \t]+)?"
    r"[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ][^\n]{0,400})(?![^\n])"
)
_CITE_CHECK = re.compile(
    r"\b(?:1[5-9]|20)\d\d\b[a-z]?\s*[,.:;]"
    r"|\b(?:[Pp]art|[Pp]p?|[СсCcSs]|hlm|[Hh]|[Vv]ol|[Тт]|[Чч]|[Бб]|[Фф]|[Оо]п|[Дд]|[Лл]|[Вв]ып"
    r"|[Nn]o)\.?[ \u00a0]*\d"
)
_AUTHOR_START = re.compile(
    r"[ \t]*(?:(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d{1,3}\.?|[-–•*])[ \t]+)?"
    r"(?:[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ][\w'’-]+\.?[ ,]+){1,3}"
    r"(?:(?!(?:No|Mr|Dr|St|Jr|Nr|Ms)\.)[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ][a-zа-яё]?\.|\(ed)"
)
_LEAD_NUM = re.compile(r"[ \t]*(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d{1,3}\.?|[-–•*])[ \t]")
_HAS_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_YR = r"(?:1[5-9]|20)\d\d[a-zа-я]?"
_PG = (
    r"(?:(?:[hpсsбcСPS]|pp|стр|hlm|бб)\.[ \u00a0]*)?\d+(?:[-–]\d+)?"
    r"(?:[ \u00a0]*(?:[бсpPhS]|pp|бб|стр|hlm)\.)?"
)
_PAREN_CITE_RE = re.compile(
    r"\((?:[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ][^()\d\n]{1,80}?,?[ \u00a0]*"
    + _YR
    + r"(?:[ \u00a0]*[:,][ \u00a0]*"
    + _PG
    + r")*[;,]?[ \u00a0]*)+\)"
    r"|\[[^\[\]\n]{0,120}?" + _YR + r"[^\[\]\n]{0,60}\]"
    r"|\[\d{1,3}(?:[,;][ \u00a0]*" + _PG + r")+\]"
    r"|\(" + _YR + r"[ \u00a0]*[:,][ \u00a0]*" + _PG + r"\)"
    r"|(?:1[89]|20)\d\d,[ \u00a0]*N[ \u00a0]?\d+,[ \u00a0]*ст\.[ \u00a0]*\d+"
)
_MONTH_START = re.compile(r"[ \t]*\S+[ \t]+(?:[A-Z][a-z]+)")
# a footnote that refers back: "Ibid., p. 5", "Там же. С. 112", "Сонда. 45 б."
_IBID_START = re.compile(
    r"[ \t]*(?:(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d{1,3}\.?)[ \t]+)?"
    r"(?:Ibid|Ibidem|Idem|Op\.[ \u00a0]?cit|Loc\.[ \u00a0]?cit|Там[ \u00a0]+же|Указ\.[ \u00a0]?соч"
    r"|Сонда|Бұл[ \u00a0]+да|Sda|См\.|Cf\.)(?![^\W\d_])"
)
# "M., 2010." / "Алматы: Мектеп, 2019." / "London: Penguin, 2005": place (: publisher), year
_PUBL_YEAR_AFTER = re.compile(
    r"(?=\.(?:[ \u00a0]|$)|[ \u00a0]*[–—;)]|,[ \u00a0]*(?:[СсPpSsБбTtТт]|pp|hlm|стр|vol|Vol)\.)"
)
_PUBL_BEFORE = re.compile(
    r"(?:(?:^|[.,;(][ \u00a0]*|[–—][ \u00a0]+)"
    r"(?:[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ][\w-]*\.?[ \u00a0]?){1,3}"
    r"(?::[ \u00a0]+[^,\n:;()\d%]{1,60}|(?<=\.))"
    r"|\.[ \u00a0]+[–—][ \u00a0]+(?:[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ][\w-]*[ \u00a0]?){1,2})$"  # ". – Астана, 2020"
)
# "Вопросы истории. 2015. № 3. С. 18–29": journal year, issue, pages
_JOURNAL_AFTER = re.compile(r"[.,][ \u00a0]+(?:№|N|Т\.|Вып\.|Vol\.|No\.|Issue|Iss\.)[ \u00a0]?\d")
# page abbreviations before a number ("p. 112", "pp. 12–15", "С. 45", "hlm. 23", "б. 7")
_PAGE_BEFORE = re.compile(
    r"(?<![\w.])(?<![A-ZА-ЯЁ]\.[ \u00a0])"
    r"(?:[PpСсS]|[Pp]p|[Hh]lm|[Hh]al|h|[Сс]тр|бб?|Бб?|бет|[Ss]tr|[Vv]ol)\.[ \u00a0]?$"
)
_PAGE_WORD_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:[Pp]ages?|[Hh]alaman|[Сс]траниц[аеыу]|[Сс]тр\.?)[ \u00a0]$"
)
_PAGE_WORD_ENDS = frozenset(("e ", "s ", "n ", "а ", "е ", "ы ", "у ", "р "))
_HAS_PAGE = re.compile(r"\b(?:[Pp]p?|[Hh]lm|[Hh]al|[СсS]|[Сс]тр|бб?)\.[ \u00a0]?\d")
_PAGE_AFTER = re.compile(r"[ \u00a0](?:pp|бб)\.")
_CITE_SPAN = 200
_FRAC_AFTER = re.compile(r"[ \u00a0]+of\b|[ \u00a0]*(?:[.,;:)!?]|$)")
_FRAC_PREV = frozenset("by about nearly almost roughly than over under some around".split())
# what may follow the year of a citation: ". № 3. С. 18–29", ", vol. II, p. 45", ". – 45–52 бб."
_CITE_TAIL = re.compile(
    r"(?:[ \u00a0]*[.,;:]?[ \u00a0]*(?:[–—][ \u00a0]*)?"
    r"(?:(?:[PpСсSsБбTtТтHhЧч]|[Pp]p|[Hh]lm|[Hh]al|[Сс]тр|бб|бет|[Vv]ol|[Ii]ss|[Вв]ып|[Тт]ом|No)\.?"
    r"[ \u00a0]*(?:\d+|[IVXLC]+)(?:[–—-]\d+)?|(?:№|N)[ \u00a0]?\d+"
    r"|\((?:[Чч]|[Pp]t|[Pp]art|[Вв]ып)\.?[ \u00a0]*\d+\)"
    r"|\d+(?:[–—-]\d+)?[ \u00a0]*(?:бб?|[сc]|pp?|стр|hlm|б)\.))*"
)
_AGE_PREV = frozenset("aged age ages berusia usia umur возрасте".split())
_AGE_CMP = frozenset("under over aged below above than of".split())
_AGE_BEFORE = re.compile(
    r"(?:\b(?:children|kids|people|persons|those|adults|youngsters|pupils|boys|girls|anyone"
    r"|teenagers|teens|men|women|patients)[ \u00a0]+(?:under|over|aged|below|above|older"
    r"[ \u00a0]+than|younger[ \u00a0]+than)|\bage[ \u00a0]+of)[ \u00a0]+$",
    re.IGNORECASE,
)
_HEADER_UNIT_AFTER = re.compile(r"[ \u00a0]+[^\W\d_]+\.?(?:[ \u00a0]+[^\W\d_]+\.?)?[ \u00a0]*:")
# quarters / semesters numbered like congresses: "triwulan IV", "III квартал" -> ordinal
_PERIOD_PREV = frozenset(
    "triwulan kuartal caturwulan semester quarter квартал квартале квартала тоқсан "
    "тоқсанда тоқсанында".split()
)
_ERA_FIRST = frozenset("MSABCнгжб")
# era words after a year: "800 Masehi", "300 BC", "1200 г. до н. э.", "100 ж. б.з.д."
_ERA_AFTER = re.compile(
    r"[ \u00a0]+(?:Masehi|SM|S\.M\.|M\.(?![ \u00a0]*[A-Z])|AD|BC|BCE|CE|A\.D\.|B\.C\."
    r"|(?:г\.[ \u00a0]?)?(?:до[ \u00a0]+)?н\.[ \u00a0]?э\.|(?:ж\.[ \u00a0]?)?б\.[ \u00a0]?з\.(?:[ \u00a0]?д\.)?)"
    r"(?!\w)"
)
_NOUN_CONN_RE = re.compile(
    r"[ \u00a0]+(?P<noun>[^\W\d_]{2,20})[ \u00a0]+(?P<w>menjadi|hingga|sampai|to|до|дейін)[ \u00a0]+"
    r"(?P<dash>(?!x)x)?(?P<slash>(?!x)x)?"  # never set: a word connector
)
_KK_NOUN_ABL = re.compile(
    r"[ \u00a0]+(?P<noun>[^\W\d_]{2,20}?)(?:дан|ден|тан|тен|нан|нен)[ \u00a0]+"
    r"(?P<dash>(?!x)x)?(?P<slash>(?!x)x)?"
)
_RU_CLASS_AFTER = re.compile(r"[ \u00a0](?:класс|классе|классу|классом)(?!\w)", re.IGNORECASE)
_RU_CLASS_GEN = re.compile(r"[ \u00a0]класса(?!\w)", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"(?<![^\W\d_])(?:dari|from|от|с|со)[ \u00a0]$", re.IGNORECASE)
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
# "10 p.m.", "9:30 a.m.", "7pm": the marker is inside the span, value on the 24-hour clock
_AMPM_RE = re.compile(
    r"[ \u00a0]?(?:(?P<am>a\.m\.|am|AM|A\.M\.)|(?P<pm>p\.m\.|pm|PM|P\.M\.))(?!\w)"
)


def _ampm(hours: float, m: re.Match) -> float:
    if m.group("pm"):
        return hours + 12 if hours < 12 else hours
    return hours - 12 if hours >= 12 else hours


_YEAR_RANGE = re.compile(r"1?\d{3}[–—-](?:1[0-9]|20)\d\d")

_IDENT_PREV = frozenset(
    """цель цели целью пункт пункта пункте пункту пунктом п подпункт статья статьи статье
    статью ст приложение приложения приложении приложению раздел раздела разделе глава главы
    главе часть части ч дайджест топ задача задачи мероприятие таблица таблице таблицы рис
    рисунок рисунке подпрограмма подпрограммы бап бабы бабының тармақ тармағы тармағында бөлім
    бөлімі қосымша қосымшасы кесте кестесі part section chapter article goal appendix table
    figure fig clause item paragraph annex schedule no vol volume том тома томе pasal ayat bab
    seksi bagian lampiran tabel gambar title order butir nomor sprava fond опись фонд дело
    лист статьей статьям статьями статьях пунктами пунктах resolution resolutions decree
    directive regulation ordinance kelas grade route interstate articles sections clauses
    paragraphs chapters items annexes appendices пункты пунктов статей главы разделы резолюция резолюции резолюцией резолюцию resolusi""".split()
)
_YEAR_PREV = frozenset(
    """in since by from until till of during before after around circa c early late mid
    в во с со до к по от после около на начале конце середине году pada sejak tahun hingga
    sampai sebelum sesudah setelah akhir awal dalam thn year""".split()
)
_VAGUE_PREV = frozenset(
    "бірнеше неше ондаған жүздеген мыңдаған несколько много several many few beberapa "
    "puluhan ratusan ribuan banyak сотни десятки сотен десятков".split()
)
_KK_IDENT_NOUNS = (
    "қосымша",
    "кесте",
    "сурет",
    "бап",
    "баб",
    "тармақ",
    "тармағ",
    "бөлім",
    "тарау",
    "сызба",
    "сынып",  # school class numbers are identifiers
    "мектеп",  # numbered schools
    "кітап",  # book / volume / part numbers
    "том",
)
_COUNT_PREV = frozenset(
    """some approximately nearly almost roughly total sebanyak
    kurang lebih hampir около более свыше почти примерно всего порядка шамамен жуық""".split()
)
_VFRAC = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅛": 0.125}
_ORD_OF = re.compile(r"(?:st|nd|rd|th|-го|-е|-ое|-й|-ші|-шы)?[ \u00a0]+(?:of[ \u00a0]+)?")
_KK_ABL_CONN = re.compile(r"-(?:ден|дан|тен|тан|нен|нан)[ \u00a0]+")
_KK_CASE_END = re.compile(r"(?:нан|нен|дан|ден|тан|тен|ға|ге|қа|ке|да|де|та|те)$")
_KK_FRAC_NUM = re.compile(r"(?:бір|екі|үш|төрт)\w*$", re.IGNORECASE)
_KK_ORD_NOUNS = (
    "орын",
    "орны",
    "орнын",
    "орнына",
    "орнында",
    "сессия",
    "съез",
    "пленум",
    "шақырылым",
    "тоқсан",
    "курс",
    "кезең",
)
_REGNAL_NAMES = frozenset(
    """elizabeth charles george henry edward william james richard john louis peter nicholas
    alexander catherine frederick napoleon paul mary anne victoria philip ferdinand francis
    leopold wilhelm ivan boris pius leo gregory innocent clement benedict urban boniface
    sultan hamengkubuwono pakubuwono""".split()
)
_STREET_KW = re.compile(
    r"Jalan|Jl\.|ул\.|улиц|пр\.|проспект|Street|Avenue|Road|St\.|көшесі|даңғылы"
)
_STREET_BEFORE = re.compile(
    r"(?:\b(?:Jalan|Jl\.|ул\.|улица|улице|пр\.|проспект\w*|Street|Avenue|Road|St\.)"
    r"[ \u00a0]+(?:[\w.-]+[ \u00a0]+){0,3}[\w.-]+,?[ \u00a0]*"
    r"|(?:көшесі|даңғылы|Street|Avenue|Road|St\.),?[ \u00a0]*)$"
)
_LIST_MARK = re.compile(r"[.)][ \u00a0]+\S")
_SENT_END_BEFORE = re.compile(r"[.!?][ \u00a0]*$")
_SENT_END_RE = re.compile(r"\.(?:[ \u00a0]*(?:\n|$)|[ \u00a0]+[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ])")
_VERBISH = re.compile(r"(?:л|ла|ло|ли|ся|сь|ет|ит|ут|ют|ат|ят|ем|им|ть|ти|ыл|ды|ді|ты|ті)$")
_NOT_SCRAPED = frozenset(
    "около более свыше менее всего лишь только уже ещё еще до на по из от с к в за и или "
    "примерно почти порядка это составляет итого всего".split()
)
_CITE_KINDS = frozenset("count year range identifier other quantity".split())
_ABBR_PREV = frozenset("п ст ч рис fig no nr p pp".split())
_TIME_PREV = frozenset("сағат pukul jam".split())
_APPROX_SKIP = frozenset()

_YEAR_LIST_RE = re.compile(
    r"[ \u00a0]*(?:,|мен|және|и|или|and|or|dan|atau|до|to|[-–—])[ \u00a0]*(?:1[0-9]|20)\d\d(?!\d)"
)
_KK_25K_RE = re.compile(r"[ \u00a0]+мыңдықшы\w*", re.IGNORECASE)
_KK_DECADE = re.compile(r"жылдар\w*")


# --------------------------------------------------------------------------- helpers


_CENTURY_BEFORE = re.compile(
    r"(?<![^\W\d_])(?P<r>[IVXІХ]{1,5})[ \u00a0]+(?:ғасыр\w*|век\w*|в\.|abad|century)[ \u00a0]+$"
)
_CENTURY_AFTER = re.compile(
    r"[ \u00a0]*(?:(?:год\w*|гг\.|жыл\w*)[ \u00a0]+)?(?P<r>[IVXІХ]{1,5})[ \u00a0]+"
    r"(?:век\w*|в\.|ғасыр\w*|abad|century)(?![^\W\d_])"
)


def _century_base(text: str, start: int, end: int) -> int:
    """1900, or the first year of a Roman-numbered century naming a two-digit decade.

    "XVIII ғасырдың 20-30 жылдары" and "в 20-х годах XIX века" are decades of that century
    (century × 100 − 100 + decade).
    """
    dm = _DECADE_WORD_RE.match(text, end)
    m = (
        _CENTURY_BEFORE.search(text, max(0, start - 30), start)
        or _CENTURY_AFTER.match(text, end)
        or (dm and _CENTURY_AFTER.match(text, dm.end()))
    )
    if m:
        r = m.group("r").translate(_ROMAN_TRANS)
        if _ROMAN_VALID.fullmatch(r):
            c = _roman_value(r)
            if 10 <= c <= 20:
                return c * 100 - 100
    return 1900


def _prev_word(text: str, pos: int) -> tuple[str, str]:
    """Return (lower-case previous word, separator chars) before *pos* on the same line."""
    j = pos
    lo = max(0, pos - 4)
    while j > lo and not text[j - 1].isalnum() and text[j - 1] != "\n":
        j -= 1
    k = j
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    if k == j:
        return "", ""
    sep = text[j:pos]
    if len(sep) > 4 or (sep[:1] == "." and len(sep) > 4):
        return "", ""
    w = text[k:j].lower()
    if w in _ABBR_PREV and not sep.startswith("."):
        w = "_" + w  # "п" without its dot is not the abbreviation of "пункт"
    return w, sep


def _word_start(text: str, pos: int) -> int:
    i = pos
    lo = max(0, pos - 40)
    while i > lo and (text[i - 1].isalnum() or text[i - 1] in "-‐"):
        i -= 1
    return i


def _at_sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return i < 0 or text[i] in '\n.!?»"“”(:;'


def _is_year_int(a: _Atom) -> bool:
    return a.typ == "num" and a.ndig == 4 and a.cur is None and 1000 <= a.value <= 2100


def _is_day(a: _Atom) -> bool:
    return a.typ == "num" and a.ndig in (1, 2) and 1 <= a.value <= 31 and a.cur is None


@dataclass(slots=True)
class _Expr:
    start: int
    end: int  # end of the number (incl. scale words)
    value: float
    scale: float
    last: int  # index of the last atom used
    words_only: bool
    n_atoms: int
    frac: bool
    amb: bool
    plural_scale_alone: bool


class _Extractor:
    """One extraction run over one text (holds the text, atoms and the output lists)."""

    def __init__(self, text: str, lang: str | None) -> None:
        self.text = text
        self.lang = lang
        langs = LANGS if lang is None else (lang,)
        self.atoms = _atoms(text, langs, lang)
        self.cite = self._citation_regions()
        self.rows: list[tuple] = []
        self.limit = 0

    # ----------------------------------------------------------------- citations
    def _citation_regions(self) -> tuple[list[int], list[int]]:
        text = self.text
        starts: list[int] = []
        ends: list[int] = []
        if not self.atoms:
            return starts, ends
        for m in _CITE_LINE_RE.finditer("\n" + text):
            line = m.group(1)
            if len(line) > 400:
                continue
            lead = _LEAD_NUM.match(line)
            if (
                _AUTHOR_START.match(line) and (lead or _HAS_YEAR.search(line)) and len(line) < 400
            ) or (
                lead
                and lead.group().strip() not in "-–•*"
                and _CITE_CHECK.search(line)
                and len(line) < 200
                and not _MONTH_START.match(line)
                and re.search(r"\b[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ]\.", line)
            ):
                starts.append(m.start(1) - 1)
                ends.append(m.end(1) - 1)
            elif _IBID_START.match(line) or (
                lead
                and lead.group().strip() not in "-–•*"
                and len(line) < 300
                and _HAS_PAGE.search(line)
                and _HAS_YEAR.search(line)
            ):
                starts.append(m.start(1) - 1)
                ends.append(m.end(1) - 1)
        for m in _PAREN_CITE_RE.finditer(text):
            starts.append(m.start())
            ends.append(m.end())

        def to_line_end(pos: int) -> None:
            nl = text.find("\n", pos, pos + _CITE_SPAN)
            starts.append(pos)
            ends.append(nl if nl >= 0 else min(len(text), pos + _CITE_SPAN))

        # "... // Собрание законодательства РФ. 2006. № 31": the source after "//"
        pos = text.find("//")
        while pos >= 0:
            if text[pos - 1 : pos] in (" ", "\u00a0") and not text[pos - 6 : pos].endswith(":"):
                to_line_end(pos)
            pos = text.find("//", pos + 2)
        for a in self.atoms:  # years of citations: "М., 2010.", "Вопросы истории. 2015. № 3"
            if a.typ != "num" or a.ndig != 4 or not 1500 <= a.value < 2100:
                continue
            if text[a.start - 2 : a.start - 1] == "," and _PUBL_YEAR_AFTER.match(text, a.end):
                lb = _PUBL_BEFORE.search(text, max(0, a.start - 92), a.start - 2)
                if lb:  # place (: publisher), year + the volume / issue / page tail
                    starts.append(lb.start())
                    ends.append(_CITE_TAIL.match(text, a.end).end())
            elif text[a.end : a.end + 1] in (".", ",") and _JOURNAL_AFTER.match(text, a.end):
                starts.append(a.start)
                ends.append(_CITE_TAIL.match(text, a.end).end())
        if starts:
            order = sorted(range(len(starts)), key=starts.__getitem__)
            ms: list[int] = []
            me: list[int] = []
            for k in order:  # merge overlapping regions (bisect needs disjoint ones)
                if ms and starts[k] <= me[-1]:
                    me[-1] = max(me[-1], ends[k])
                else:
                    ms.append(starts[k])
                    me.append(ends[k])
            starts, ends = ms, me
        return starts, ends

    def in_cite(self, pos: int) -> bool:
        starts, ends = self.cite
        if not starts:
            return False
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and pos < ends[k]

    # ----------------------------------------------------------------- output
    def emit(
        self,
        s: int,
        e: int,
        value: float,
        kind: str,
        unit: str | None = None,
        scale: float = _NAN,
        range_end: float = _NAN,
    ) -> None:
        if e <= s or s < self.limit:
            return
        if kind == "year!":
            kind = "year"
        elif kind in _CITE_KINDS and (
            ("." in self.text[s - 2 : s] and _PAGE_BEFORE.search(self.text, max(0, s - 6), s))
            or (
                self.text[s - 2 : s] in _PAGE_WORD_ENDS
                and _PAGE_WORD_BEFORE.search(self.text, max(0, s - 12), s)
            )
            or (self.text[e + 1 : e + 3] in ("pp", "бб") and _PAGE_AFTER.match(self.text, e))
        ):
            kind = "reference"  # page numbers: "p. 112", "С. 18–29", "45–52 бб."
        elif kind in _CITE_KINDS and self.archival(s, e):
            kind = "reference"  # archival citations: "5-қор, 1-тізбе, 312-іс", "Подлинник. 3 л."
        elif kind in _CITE_KINDS and self.in_cite(s):
            if not (
                kind == "range"
                and _YEAR_RANGE.fullmatch(self.text, s, e)
                and not re.search(r"[:,(][ \u00a0]*$", self.text[max(0, s - 3) : s])
            ):
                kind = "reference"  # a period in a title ("Modern 1200–2008") stays a range
        if value is not None and not (isinstance(value, float) and math.isnan(value)):
            value = float(value)
            if not math.isfinite(value):
                value = _NAN
        self.rows.append((s, e, self.text[s:e], value, kind, unit, scale, range_end))
        self.limit = e

    # ----------------------------------------------------------------- main loop
    def run(self) -> list[tuple]:
        atoms = self.atoms
        n = len(atoms)
        i = 0
        while i < n:
            a = atoms[i]
            if a.start < self.limit:
                i += 1
                continue
            try:
                nxt = self.handle(i)
            except Exception:  # noqa: BLE001 - one odd atom must never fail the document
                nxt = i + 1
            i = max(nxt, i + 1)
        return self.rows

    def handle(self, i: int) -> int:
        a = self.atoms[i]
        t = a.typ
        text = self.text
        if t == "url":
            for m in re.finditer(r"\d{4}-\d{4}-\d{4}-\d{3}[\dX]", text[a.start : a.end]):
                self.emit(a.start + m.start(), a.start + m.end(), _NAN, "identifier")
            self.limit = max(self.limit, a.end)
            return i + 1
        if t in ("orcid", "phone", "isbn"):
            self.emit(a.start, a.end, _NAN, "identifier")
            return i + 1
        if t == "ident":
            raw = text[a.start : a.end]
            m = re.search(r"\d+", raw)
            r = re.search(r"(?<![A-Za-z])[IVXLC]+(?=/)", raw)
            nums = re.findall(r"\d+", raw)
            v = float(m.group()) if m else (float(_roman_value(r.group())) if r else _NAN)
            if r and not m:
                v = float(_roman_value(r.group()))
            elif r and m and r.start() < m.start():
                v = float(_roman_value(r.group()))
            elif len(nums) > 1 and "/" not in raw and "-" not in raw:
                v = _NAN
            kind = "identifier"
            if self.in_cite(a.start):
                kind = "reference"
            self.rows.append((a.start, a.end, raw, v, kind, None, _NAN, _NAN))
            self.limit = a.end
            return i + 1
        if t == "dashid":
            raw = text[a.start : a.end]
            v = float(raw.split("-", 1)[1])
            self.rows.append((a.start, a.end, raw, v, "identifier", None, _NAN, _NAN))
            self.limit = a.end
            return i + 1
        if t == "sup":
            prev = text[max(0, a.start - 3) : a.start]
            if re.search(r"(?:^|[^\w])(?:k|c|m|d)?[mм]$", prev) or re.search(r"[kк][mм]$", prev):
                return i + 1
            v = float(text[a.start : a.end].translate(_SUP_TRANS))
            self.rows.append(
                (a.start, a.end, text[a.start : a.end], v, "reference", None, _NAN, _NAN)
            )
            self.limit = a.end
            return i + 1
        if t == "brk":
            inner = text[a.start + 1 : a.end - 1]
            v = float(inner) if inner.isdigit() else float(_roman_value(inner.upper()))
            self.rows.append((a.start + 1, a.end - 1, inner, v, "reference", None, _NAN, _NAN))
            self.limit = a.end
            return i + 1
        if t == "numdate":
            return self.numdate(i)
        if t == "vfrac":
            self.emit(a.start, a.end, _VFRAC[text[a.start]], "other")
            return i + 1
        if t == "time":
            return self.time(i)
        if t == "month":
            return self.month_first(i)
        if t in ("num", "word", "roman"):
            j = self.date_day_first(i)
            if j:
                return j
            return self.number(i)
        return i + 1

    # ----------------------------------------------------------------- dates
    def numdate(self, i: int) -> int:
        a = self.atoms[i]
        raw = self.text[a.start : a.end]
        if re.fullmatch(r"\d{4}-\d\d-\d\d", raw):
            y, mo, d = (int(x) for x in raw.split("-"))
        else:
            d, mo, y = (int(x) for x in re.split(r"[./-]", raw))
            if y < 100:
                y += 1900 if y > 25 else 2000
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            # not a date: a dotted section number or similar
            self.emit(a.start, a.end, _NAN, "identifier")
            return i + 1
        self.emit(a.start, a.end, float(y), "date")
        return i + 1

    def _year_after(self, pos: int, j: int) -> tuple[int, float, int]:
        """A year right after *pos* (", 1943" / " 1943"); return (end, year, atom index)."""
        atoms = self.atoms
        if j < len(atoms) and _is_year_int(atoms[j]):
            gap = self.text[pos : atoms[j].start]
            if _COMMA_YEAR.fullmatch(gap) and "\n" not in gap:
                return atoms[j].end, atoms[j].value, j
        return pos, _NAN, -1

    def month_first(self, i: int) -> int:
        """``August 23, 1943``, ``January 20-21, 1943``, ``September 1943``."""
        atoms = self.atoms
        text = self.text
        a = atoms[i]
        if i + 1 >= len(atoms):
            return i + 1
        b = atoms[i + 1]
        gap = text[a.end : b.start]
        if not gap or not _GAP_WS.fullmatch(gap) or "\n" in gap:
            return i + 1
        if _is_year_int(b):
            self.emit(a.start, b.end, b.value, "date")
            return i + 2
        if _is_day(b) and text[a.start].isupper():
            end = b.end
            k = i + 2
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
                self.emit(a.start, yend, year, "date")
                return yj + 1
            self.emit(a.start, end, _NAN, "date")
            return k
        return i + 1

    def _day_month(self, i: int) -> tuple[int, int] | None:
        """Day (or day range) at atom i followed by a month; return (end atom idx, end)."""
        atoms = self.atoms
        text = self.text
        n = len(atoms)
        a = atoms[i]
        if not _is_day(a):
            return None
        k = i + 1
        if k < n and _is_day(atoms[k]) and _DAY_DASH.fullmatch(text[a.end : atoms[k].start]):
            k += 1
        if k < n and atoms[k].typ == "month":
            gap = text[atoms[k - 1].end : atoms[k].start]
            if gap and _GAP_WS.fullmatch(gap) or gap in ("-", "") or _ORD_OF.fullmatch(gap):
                return k, atoms[k].end
        return None

    def date_day_first(self, i: int) -> int:
        atoms = self.atoms
        text = self.text
        a = atoms[i]
        n = len(atoms)
        # kk: 1921 жылғы 10 қыркүйектегі / 1921 жылғы наурызда
        if _is_year_int(a) and i + 1 < n:
            m = _KK_JYL_RE.match(text, a.end)
            if m and m.end() > a.end and "\n" not in m.group():
                b = atoms[i + 1]
                if b.start == m.end():
                    if b.typ == "month":
                        self.emit(a.start, b.end, a.value, "date")
                        return i + 2
                    dm = self._day_month(i + 1)
                    if dm:
                        self.emit(a.start, dm[1], a.value, "date")
                        return dm[0] + 1
        dm = self._day_month(i)
        if dm:
            k, end = dm
            yend, year, yj = self._year_after(end, k + 1)
            if yj >= 0:
                self.emit(a.start, yend, year, "date")
                return yj + 1
            self.emit(a.start, end, _NAN, "date")
            return k + 1
        # bare day numbers sharing a following month: "2, 10 октября"
        if _is_day(a):
            k = i
            while (
                k + 1 < n
                and k - i < 12
                and _is_day(atoms[k + 1])
                and _LIST_SEP.fullmatch(text[atoms[k].end : atoms[k + 1].start])
            ):
                k += 1
                if self._day_month(k):
                    self.emit(a.start, a.end, _NAN, "date")
                    return i + 1
        return 0

    # ----------------------------------------------------------------- times
    def time(self, i: int) -> int:
        a = self.atoms[i]
        text = self.text
        h, mi = (int(x) for x in text[a.start : a.end].split(":"))
        if h > 24 or mi > 59:
            self.emit(a.start, a.end, _NAN, "other")
            return i + 1
        v = h + mi / 60
        if self.ampm_at(i):
            return self.emit_ampm(i)
        if i + 1 < len(self.atoms):
            b = self.atoms[i + 1]
            m = _CONN_RE.match(text, a.end)
            if not (m and m.end() == b.start):
                m = _KK_ABL_CONN.match(text, a.end)
            if b.typ == "time" and m and m.end() == b.start and "/" not in m.group():
                h2, m2 = (int(x) for x in text[b.start : b.end].split(":"))
                self.emit(a.start, b.end, v, "range", None, _NAN, h2 + m2 / 60)
                return i + 2
        self.emit(a.start, a.end, v, "other")
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
        hm = re.fullmatch(r"(\d{1,2})(?:[.:](\d\d))?", text[a.start : a.end])
        if not (ap and hm and 1 <= int(hm.group(1)) <= 12 and int(hm.group(2) or 0) < 60):
            return None
        return ap.end(), _ampm(int(hm.group(1)) + int(hm.group(2) or 0) / 60, ap)

    def archival(self, s: int, e: int) -> bool:
        """Is the number at s..e a fund/list/file/leaf number of an archival citation?"""
        t = self.text
        if _KK_ARCH_AFTER.match(t, e):
            win = t[max(0, s - 80) : e + 80]
            return len(_KK_ARCH_AFTER.findall(win)) >= 2 or bool(_ARCH_WORD.search(win))
        if _RU_LEAVES_AFTER.match(t, e) and (self.lang in ("ru", None)):
            ls = t.rfind("\n", 0, s) + 1
            return bool(_ARCH_WORD.search(t, max(ls, s - 200), s))
        return False

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

    # ----------------------------------------------------------------- numbers
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


_STR = pd.Series(["x"]).dtype  # the default string dtype of this pandas version


def _finish(rows: list[tuple]) -> pd.DataFrame:
    if not rows:
        return _empty()
    cols = list(zip(*rows, strict=True))
    data = {
        "start": np.fromiter(cols[0], dtype=np.int64, count=len(rows)),
        "end": np.fromiter(cols[1], dtype=np.int64, count=len(rows)),
        "surface": pd.Series(cols[2], dtype=_STR),
        "value": np.array(cols[3], dtype=np.float64),
        "kind": pd.Series(cols[4], dtype=_STR),
        "unit": pd.Series(np.array(cols[5], dtype=object), dtype=object),
        "scale": np.array(cols[6], dtype=np.float64),
        "range_end": np.array(cols[7], dtype=np.float64),
    }
    return pd.DataFrame(data, copy=False)


def _empty() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "start": pd.Series(dtype="int64"),
            "end": pd.Series(dtype="int64"),
            "surface": pd.Series(dtype=_STR),
            "value": pd.Series(dtype="float64"),
            "kind": pd.Series(dtype=_STR),
            "unit": pd.Series(dtype=object),
            "scale": pd.Series(dtype="float64"),
            "range_end": pd.Series(dtype="float64"),
        }
    )


def _check_lang(lang: str | None) -> str | None:
    if lang is None:
        return None
    if not isinstance(lang, str):
        raise ValueError(f"lang must be None or one of {LANGS + ('und',)}, got {lang!r}")
    low = lang.strip().lower()
    if low in ("und", ""):
        return None
    if low not in LANGS:
        raise ValueError(f"lang must be None or one of {LANGS + ('und',)}, got {lang!r}")
    return low


def _finite_or_nan(v: object) -> bool:
    return isinstance(v, float) and (math.isfinite(v) or math.isnan(v))


def _rows(text: str, lang: str | None) -> list[tuple]:
    ex = _Extractor(text, lang)
    rows = ex.run()
    out = []
    for r in rows:
        s, e, surf, value, kind, unit, scale, rend = r
        if not _finite_or_nan(value):
            value = _NAN
        if not _finite_or_nan(rend):
            rend = _NAN
        if unit == "pp":  # percentage points: a percent change
            unit = "%"
        if kind.startswith("quantity_dur:"):
            unit = kind.split(":", 1)[1]
            kind = "other" if unit == "times" else "quantity"
        out.append((s, e, surf, value, kind, unit, scale, rend))
    return out


def extract_mentions(text: str, lang: str | None = None) -> pd.DataFrame:
    """Extract numeric mentions from one text.

    Parameters
    ----------
    text : str
        The text.  Any ``str`` is accepted; the function never raises on text content.
    lang : {"ru", "kk", "id", "en"} or None
        Language of the text; ``None`` (or ``"und"``) applies the rules of all four.

    Returns
    -------
    pandas.DataFrame
        One row per mention, sorted by ``start`` and non-overlapping, with columns
        ``start``, ``end`` (``text[start:end] == surface``), ``surface``, ``value``
        (float, NaN where the standard says null), ``kind``, ``unit``, ``scale``
        (1e3/1e6/1e9 when a scale word is present, else NaN) and ``range_end``.

    Raises
    ------
    ValueError
        If *lang* is not one of the supported codes.

    Examples
    --------
    >>> df = extract_mentions("Общие затраты - 22427,3 тыс. рублей, в 2024 году.", "ru")
    >>> df[["surface", "value", "kind", "unit", "scale"]].values.tolist()  # doctest: +ELLIPSIS
    [['22427,3 тыс. рублей', 22427300.0, 'money', 'RUB', 1000.0], ['2024', 2024.0, 'year', ...]]
    >>> extract_mentions("", "en").shape
    (0, 8)
    """
    lang = _check_lang(lang)
    if not isinstance(text, str):
        raise TypeError(f"text must be str, got {type(text).__name__}")
    if not text:
        return _empty()
    return _finish(_rows(text, lang))
