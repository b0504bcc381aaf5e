"""The extractor: one left-to-right pass over the atoms of a text, with the rules of the dates, amounts, ranges and classify modules, and the public ``extract_mentions``."""

from __future__ import annotations

import bisect
import math
import re

import numpy as np
import pandas as pd

from .amounts import (
    _AmountRules,
)
from .atoms import (
    _NAN,
    _SUP_TRANS,
    LANGS,
    _atoms,
    _roman_value,
)
from .classify import (
    _Classifier,
)
from .context import (
    _AUTHOR_START,
    _CITE_CHECK,
    _CITE_KINDS,
    _CITE_LINE_RE,
    _CITE_SPAN,
    _CITE_TAIL,
    _HAS_PAGE,
    _HAS_YEAR,
    _IBID_START,
    _JOURNAL_AFTER,
    _LEAD_NUM,
    _MONTH_START,
    _PAGE_AFTER,
    _PAGE_BEFORE,
    _PAGE_WORD_BEFORE,
    _PAGE_WORD_ENDS,
    _PAREN_CITE_RE,
    _PUBL_BEFORE,
    _PUBL_YEAR_AFTER,
    _VFRAC,
    _YEAR_RANGE,
)
from .dates import (
    _DateRules,
)
from .ranges import (
    _RangeRules,
)


class _Extractor(_DateRules, _AmountRules, _RangeRules, _Classifier):
    """One extraction run over one text (holds the text, atoms and the output lists)."""

    def __init__(self, text: str, lang: str | None) -> None:
        self.text = text
        self.lang = lang
        langs = LANGS if lang is None else (lang,)
        self.atoms = _atoms(text, langs, lang)
        self.cite = self._citation_regions()
        self.rows: list[tuple] = []
        self.limit = 0

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




_STR = pd.Series(["x"]).dtype  # the default string dtype of this pandas version


def mention_frame(rows: list[tuple]) -> pd.DataFrame:
    if not rows:
        return empty_mentions()
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


def empty_mentions() -> pd.DataFrame:
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


def mention_rows(text: str, lang: str | None) -> list[tuple]:
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
        return empty_mentions()
    return mention_frame(mention_rows(text, lang))
