"""The extractor: one left-to-right pass over the atoms of a text with the rules of the dates, amounts, ranges and classify modules, the citation post-pass, and the public ``extract_mentions``."""

from __future__ import annotations

import heapq
import re
import warnings
from array import array
from collections.abc import Callable, Iterator
from itertools import islice
from operator import attrgetter

import pandas as pd

from ..text.roman import roman_value
from .amounts import _AmountRules
from .atoms import _SUP_TRANS, LANGS, _Atom, _iter_atoms
from .attached import _AttachedRules
from .bracket_tolerance import bracketed_tolerance
from .cadastral_numbers import cadastral_end
from .citations import _CITE_KINDS, _Citations, archival, final_kind, relabel
from .classify import _Classifier
from .clause_numbers import clause_number_end
from .context import _VFRAC
from .council_refs import council_reference
from .dates import _DateRules
from .document_numbers import document_number
from .dotted_race_times import dotted_race_time
from .glued_letters import GLUED_FIRST, glued_letter_end
from .id_spans import CODE_ATOMS, code_span, doi_in_url
from .military_times import bare_military_clock
from .mixed_fractions import mixed_rate
from .model_codes import designation_suffix
from .odds import odds_end
from .paragraph_numbers import paragraph_number
from .postcodes import form_code_start, is_postcode
from .pound_money import pounds_are_money
from .race_times import race_time
from .ranges import _RangeRules
from .readings import beaufort, bracketed_amount, military_clock
from .record import _NAN, _Mention, _MentionColumns, empty_mentions, mention_frame
from .ru_property_slashes import slashed_areas
from .small_roman_refs import small_roman_ref_atoms
from .standards import standard_designation
from .tallies_slash import pair_pattern_end
from .tudor import tudor_atoms
from .unit_words import CURRENCY_PREFIX
from .units import unit_after
from .wind_points import force_after_wind_point

__all__ = ["empty_mentions", "extract_mentions", "mention_frame", "mention_rows", "mention_table"]

_BRACKET_CUR = frozenset("$€£")
_FORCE_BEFORE = frozenset(("force ", "Force ", "FORCE ", "force\u00a0", "Force\u00a0"))
_HRS_START = frozenset((" h", "\u00a0h", "hr", "ho"))
_SUP_UNIT_BEFORE = re.compile(r"(?:^|[^\w])(?:k|c|m|d)?[mм]$|[kк][mм]$")
_SUB_NUMBER = re.compile(r"/\d+(?![\w.,/]\d)")
_LETTER_DASH_ID = re.compile(
    r"№№?[ \u00a0]?(?:[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ]{2,3}[ \u00a0][A-ZА-ЯЁӘІҢҒҮҰҚӨҺ]{2,4}|[A-ZА-ЯЁ]{1,3})-\d+(?:/\d+)?"
)
_TREATISE_SECTION = re.compile(r"§[ \u00a0]?\d+\.\d+")


class _Extractor(_DateRules, _AttachedRules, _AmountRules, _RangeRules, _Classifier):
    """One extraction run over one text (holds the text, atoms and the output mentions)."""

    def __init__(self, text: str, lang: str | None) -> None:
        self.text = text
        self.lang = lang
        langs = LANGS if lang is None else (lang,)
        # the atoms are lexed while the pass goes on (see run): the citation regions
        # read only the four-digit years among them, kept as offsets
        years = array("q")
        self.lexer: Iterator[_Atom] | None = _iter_atoms(text, langs, lang, years)
        tudor = tudor_atoms(text) if "en" in langs else []
        if "en" in langs and (refs := small_roman_ref_atoms(text)):  # "vol. xvi", "Romans viii. 28"
            tudor = sorted(tudor + refs, key=attrgetter("start"))
        if tudor:  # Tudor money in small Roman numerals: atoms of a scan of their own
            self.lexer = heapq.merge(self.lexer, tudor, key=attrgetter("start"))
        self.atoms: list[_Atom] = []
        self.cites = _Citations(text, years, self.cover)
        self.rows: list[_Mention] = []
        self.limit = 0
        number = self.number_or_date
        self.dispatch: dict[str, Callable[[int], int]] = {
            "url": self.on_url,
            "orcid": self.on_identifier,
            "phone": self.on_identifier,
            "isbn": self.on_identifier,
            "doi": self.on_identifier,
            "ipc": self.on_identifier,
            "ident": self.on_ident,
            "dashid": self.on_dashid,
            "sup": self.on_sup,
            "brk": self.on_bracket,
            "numdate": self.on_numdate,
            "vfrac": self.on_vfrac,
            "time": self.on_clock,
            "score": self.on_clock,
            "month": self.month_first,
            "num": number,
            "word": self.number,  # only digits start a date
            "roman": self.number,
            "tudor": self.on_tudor,
        }

    def emit(
        self,
        s: int,
        e: int,
        value: float,
        kind: str,
        unit: str | None = None,
        scale: float = _NAN,
        range_end: float = _NAN,
        *,
        fixed: bool = False,
    ) -> None:
        """Add a mention unless it is empty or overlaps the previous one.

        Counts, years, ranges, identifiers, quantities and "other" may become references
        in the citation post-pass, unless *fixed* (era years, decades, durations).
        """
        if e <= s or s < self.limit:
            return
        if unit == "lb" and self.lang in ("en", None) and pounds_are_money(self.text, s, e):
            kind, unit = "money", "GBP"  # "Annual income twenty pounds"
        cite = not fixed and kind in _CITE_KINDS
        self.rows.append(_Mention(s, e, value, kind, unit, scale, range_end, cite, cite))
        self.limit = e

    def put(self, m: _Mention, limit: int) -> None:
        """Add a mention found by a lexical rule (no overlap check); the pass resumes at
        *limit*."""
        self.rows.append(m)
        self.limit = limit

    def final_kind(self, m: _Mention) -> str:
        """The kind *m* will have after the citation post-pass."""
        return final_kind(m, self.text, self.cites, self.lang)

    #: Atoms between two hand-overs of the mentions found to the output columns.
    CHUNK = 4096
    #: Atoms kept behind the current one (rules look back one atom at most).
    LAG = 64
    #: Atoms lexed ahead of the current one (rules look a dozen atoms ahead at most, but
    #: along a chain of number words or dashed numbers; see :meth:`_call`).
    AHEAD = 4096

    def lex(self, k: int) -> int:
        """Lex up to *k* more atoms onto :attr:`atoms`; return how many were added."""
        atoms = self.atoms
        n0 = len(atoms)
        if self.lexer is not None:
            atoms.extend(islice(self.lexer, k))
            if len(atoms) - n0 < k:
                self.lexer = None
                self.cites.known = len(self.text) + 1
            else:
                self.cites.known = atoms[-1].num_start
        return len(atoms) - n0

    def cover(self, pos: int) -> None:
        """Lex until an atom starts after *pos* (the citation regions read the years)."""
        while self.cites.known <= pos and self.lexer is not None:
            self.lex(self.CHUNK)

    def _call(self, handler: Callable[[int], int], i: int) -> int:
        """Run *handler* on atom *i*.  When its match reaches the last atom lexed (a
        chain as long as :attr:`AHEAD`), what it found is undone and it runs again with
        twice as many atoms ahead."""
        rows = self.rows
        r0, limit0 = len(rows), self.limit
        while True:
            nxt = handler(i)
            atoms = self.atoms
            if self.lexer is None or (nxt < len(atoms) - 1 and self.limit <= atoms[-1].start):
                return nxt
            if not self.lex(len(atoms)):
                return nxt  # the text ends there
            del rows[r0:]
            self.limit = limit0

    def _flush(self, out: _MentionColumns | None, i: int) -> int:
        """Move the mentions found (but the last) into *out* and drop the atoms more than
        :attr:`LAG` behind atom *i*; return the new index of atom *i*."""
        rows = self.rows
        if out is None:
            return i
        if len(rows) > 1:
            done = rows[:-1]
            del rows[:-1]
            relabel(done, self.text, self.cites, self.lang)
            out.add(done)
            del done
        drop = i - self.LAG
        if drop > 0:
            del self.atoms[:drop]
            return i - drop
        return i

    def run(self, strict: bool = False, out: _MentionColumns | None = None) -> list[_Mention]:
        """Apply the rules left to right; see :func:`extract_mentions` for *strict*.

        The atoms are lexed :attr:`AHEAD` of the rules.  With *out*, every :attr:`CHUNK`
        atoms the mentions found so far (but the last, which later rules may look at)
        are relabelled and moved into *out* and the atoms more than :attr:`LAG` behind
        are dropped, so neither piles up: the mentions not yet moved are returned
        (relabelled) and the extractor is emptied.  Without *out*, :attr:`atoms` ends
        up holding every atom of the text.
        """
        atoms = self.atoms
        dispatch = self.dispatch
        chunk, ahead = self.CHUNK, self.AHEAD
        i = 0
        self.lex(ahead + chunk)
        n = len(atoms)
        next_flush = chunk
        while i < n:
            if i >= next_flush:
                i = self._flush(out, i)
                if self.lexer is not None and len(atoms) - i < ahead + chunk:
                    self.lex(ahead + chunk - (len(atoms) - i))
                n = len(atoms)
                next_flush = i + chunk
            a = atoms[i]
            if a.start < self.limit:
                i += 1
                continue
            handler = dispatch.get(a.typ)
            if handler is None:
                i += 1
                continue
            try:
                nxt = self._call(handler, i)
            except Exception as exc:
                if strict:
                    raise
                warnings.warn(
                    f"extract_mentions: a rule failed at position {a.start} "
                    f"({self.text[a.start : a.end]!r}: {type(exc).__name__}: {exc}); "
                    "that mention is skipped",
                    RuntimeWarning,
                    stacklevel=4,
                )
                nxt = i + 1
            n = len(atoms)
            i = max(nxt, i + 1)
        relabel(self.rows, self.text, self.cites, self.lang)
        rows = self.rows
        if out is not None:  # break the cycle extractor -> dispatch -> bound methods
            self.atoms = self.dispatch = self.cites = self.rows = self.lexer = None
        return rows

    # ------------------------------------------------------------------ lexical atoms

    def on_url(self, i: int) -> int:
        """ORCID identifiers inside a URL; the rest of the URL is skipped."""
        a = self.atoms[i]
        for m in re.finditer(r"\d{4}-\d{4}-\d{4}-\d{3}[\dX]", self.text[a.start : a.end]):
            self.emit(a.start + m.start(), a.start + m.end(), _NAN, "identifier")
        doi = doi_in_url(self.text[a.start : a.end])
        if doi is not None:  # "https://doi.org/10.1080/0029": the DOI
            self.emit(a.start + doi[0], a.start + doi[1], _NAN, "identifier", fixed=True)
        self.limit = max(self.limit, a.end)
        return i + 1

    def on_identifier(self, i: int) -> int:
        """ORCID, phone numbers, ISBN / ISSN / UDC / DOI."""
        a = self.atoms[i]
        if a.typ in CODE_ATOMS:  # the code without its label, never a cited page
            self.emit(*code_span(self.text, a.start, a.end), _NAN, "identifier", fixed=True)
            return i + 1
        self.emit(a.start, a.end, _NAN, "identifier")
        return i + 1

    def on_ident(self, i: int) -> int:
        """``№ 5``, ``№№ 27``, ``§ 130``, ``N 152-ФЗ``, ``No. 12``, ``№ XV/3``: the first
        number is the value; ``№ ДМ-2317`` (a letter prefix): the number after the hyphen."""
        a = self.atoms[i]
        raw = self.text[a.start : a.end]
        if "," in raw:  # "No. 223,898": thousands commas
            raw = raw.replace(",", "")
        m = re.search(r"\d+", raw)
        r = re.search(r"(?<![A-Za-z])[IVXLC]+(?=/)", raw)
        rv = roman_value(r.group()) if r else None
        if r and (not m or r.start() < m.start()):
            v = _NAN if rv is None else float(rv)
        elif _LETTER_DASH_ID.fullmatch(raw):
            v = float(raw.rsplit("-", 1)[1].split("/")[0])  # "№ ДМ-2317", "№ К-2107/3"
        elif raw[0] == "№" and raw[1:].lstrip()[:1].isalpha():
            v = _NAN  # a case number "№ А50-12345/2023": several numbers, none the main one
        elif m and (len(re.findall(r"\d+", raw)) == 1 or "/" in raw or "-" in raw):
            v = float(m.group())
        else:
            v = _NAN
        if raw[0] == "§" and _TREATISE_SECTION.fullmatch(raw) and self.text[a.end : a.end + 1] == "[":
            self.put(_Mention(a.start, a.end, _NAN, "reference"), a.end)  # "§ 6.02[3]": a treatise
            return i + 1
        self.put(_Mention(a.start, a.end, v, "identifier", region=True), a.end)
        return i + 1

    def on_dashid(self, i: int) -> int:
        """Road and series designations ``М-12``, ``А-380``, ``КП-5612/14`` (the sub-number
        inside, the value the main one); a fund of an archival shelf
        mark (``Ф. Р-5446. Оп. 1``) is a reference."""
        a = self.atoms[i]
        v = float(self.text[a.start : a.end].split("-", 1)[1])
        kind = "reference" if archival(self.text, a.start, a.end, self.lang) else "identifier"
        e = a.end
        if self.text[e : e + 1] == "/":  # "КП-5612/14": the sub-number inside
            sub = _SUB_NUMBER.match(self.text, e)
            e = sub.end() if sub else e
        e, v = designation_suffix(self.text, e, v)  # "Т-72Б3", "Ил-76МД"
        self.put(_Mention(a.start, e, v, kind), e)
        return i + 1

    def on_sup(self, i: int) -> int:
        """Superscript footnote markers (not the ² of ``km²``)."""
        a = self.atoms[i]
        text = self.text
        if _SUP_UNIT_BEFORE.search(text[max(0, a.start - 3) : a.start]):
            return i + 1
        v = float(text[a.start : a.end].translate(_SUP_TRANS))
        self.put(_Mention(a.start, a.end, v, "reference"), a.end)
        return i + 1

    def on_bracket(self, i: int) -> int:
        """Footnote markers ``[7]``, ``[iv]`` (the brackets are not part of the mention)."""
        a = self.atoms[i]
        inner = self.text[a.start + 1 : a.end - 1]
        v = float(inner) if inner.isdigit() else roman_value(inner.upper())
        if v is None:
            return i + 1  # "[vv]" is no numeral
        if paragraph_number(self.text, a.start, a.end):  # "[12] The claimant"
            self.put(_Mention(a.start + 1, a.end - 1, float(v), "identifier"), a.end)
            return i + 1
        self.put(_Mention(a.start + 1, a.end - 1, float(v), "reference"), a.end)
        return i + 1

    def on_tudor(self, i: int) -> int:
        """Tudor money (``iij li. vj s. viij d.``, GBP) or goods counted (``ij kine``) in
        small Roman numerals, read by :func:`~analysis.mentions.tudor.tudor_atoms`."""
        a = self.atoms[i]
        money = a.wtype == "money"
        self.emit(a.start, a.end, a.value, a.wtype, "GBP" if money else None, fixed=money)
        return i + 1

    def on_clock(self, i: int) -> int:
        """``3:29.65``, ``1:56.42``: a race time (:func:`~.race_times.race_time`), a
        duration in hours with the fraction of a second inside; else a clock time or a
        score."""
        a = self.atoms[i]
        if "." in self.text[a.start : a.end + 1] and (rt := race_time(self.text, a.start)):
            self.emit(a.start, rt[0], rt[1], "quantity", "hour")
            return self._atom_after(rt[0])
        return self.time(i) if a.typ == "time" else self.score(i)

    def on_numdate(self, i: int) -> int:
        """A numeric date, or in Russian three areas shaped like one (``62/38/10 кв. м``)."""
        a = self.atoms[i]
        areas = self.lang == "ru" and slashed_areas(self.text, a.start, a.end, "ru")
        if areas:
            for s, e, v in areas:
                self.emit(s, e, v, "quantity", "m2")
            return i + 1
        return self.numdate(i)

    def on_vfrac(self, i: int) -> int:
        """A vulgar fraction alone (``½``), with a unit after it a quantity (``½ sdt``)."""
        a = self.atoms[i]
        sp = self.text[a.end : a.end + 1] in " \u00a0"
        u = unit_after(self.text, a.end, self.lang) if sp else None  # "½ pint", "¾ часа", "½ sdt"
        if u is not None and u[2] == "quantity" and u[1] != "times":
            self.emit(a.start, u[0], _VFRAC[self.text[a.start]], "quantity", u[1])
            return i + 1
        self.emit(a.start, a.end, _VFRAC[self.text[a.start]], "other")
        return i + 1

    def number_or_date(self, i: int) -> int:
        """Digits: a date starting with a day (or a kk year), else a number."""
        a = self.atoms[i]
        text = self.text
        nxt = text[a.end : a.end + 1]
        if (nxt == "/" or nxt == " " and text.startswith(" to ", a.end)) and (
            end := odds_end(text, self.atoms, i)
        ):  # betting odds "13 to 8 on", "at 21/20 on"
            self.emit(a.start, end, _NAN, "other")
            return i + 2
        if nxt == ":" and (rt := race_time(text, a.start)):  # "1:31.447": the seconds lexed as a number
            self.emit(a.start, rt[0], rt[1], "quantity", "hour")
            return self._atom_after(rt[0])
        rate = nxt == "-" and a.ndig and (self.lang or "en") == "en" and mixed_rate(text, a.start)
        if rate:  # "4-3/4 to 5 percent": a range of rates; "5-1/4 percent"
            kind = "percent" if rate[2] != rate[2] else "range"
            self.emit(a.start, rate[0], rate[1], kind, "%", _NAN, rate[2])
            return self._atom_after(rate[0])
        doc = nxt == "/" and (self.lang or "en") == "en" and document_number(text, a.start)
        if doc:  # "SI 2013/1893", "resolution 78/172" (a currency sign fails the digits)
            self.emit(a.start, doc[0], doc[1], doc[2], fixed=True)
            return i + 1
        if nxt == ":" and a.ndig == 2 and (end := cadastral_end(text, a.start)) > 0:
            self.emit(a.start, end, _NAN, "identifier", fixed=True)  # "78:12:0000000:1234"
            return self._atom_after(end)
        if nxt == "/" and (self.lang or "en") == "en" and (ref := council_reference(text, a.start)):
            self.emit(a.start, ref, _NAN, "identifier", fixed=True)  # "Minute 24/117"
            return self._atom_after(ref)
        if nxt in "/+" and nxt and (end := pair_pattern_end(text, a.start)):
            self.emit(a.start, end, _NAN, "other")  # "график 2/2", a tally "(0+1)"
            return self._atom_after(end)
        if a.cur is None and a.start > 1:  # an accountant's brackets, a wind force
            prev = text[max(0, a.start - 6) : a.start]
            tol = prev[-1] == "(" and "±" in text[a.end : a.end + 3]
            tol = tol and bracketed_tolerance(text, a.start)
            if tol:  # "(50 ± 10) %": a value and its tolerance, both percents
                self.emit(tol[0], tol[1], float(text[tol[0] : tol[1]]), "percent", "%")
                self.emit(tol[2], tol[3], float(text[tol[2] : tol[3]]), "percent", "%")
                return self._atom_after(tol[3])
            if prev[-1:] == "(" and prev[-2:-1] in _BRACKET_CUR:
                got = bracketed_amount(text, self.atoms, i)
                if got:  # "$(2,935) million": a negative amount in an accountant's brackets
                    cur = CURRENCY_PREFIX[text[a.start - 2]]
                    self.emit(a.start - 2, got[0], got[1], "money", cur, got[2], fixed=True)
                    return i + 2 if got[2] == got[2] else i + 1
            elif prev in _FORCE_BEFORE and beaufort(text, a):
                self.emit(a.start, a.end, a.value, "other", "Beaufort")  # "force 6": wind force
                return i + 1
            elif prev[-1] == " " and force_after_wind_point(text, a.start, a.end, a.value):
                self.emit(a.start, a.end, a.value, "other", "Beaufort", fixed=True)  # "Wind N.N.E. 4"
                return i + 1
        if nxt == "]" and a.ndig == 4 and paragraph_number(text, a.start - 1, a.end + 1):
            self.emit(a.start, a.end, a.value, "identifier", fixed=True)  # a patent's [0004]
            return i + 1
        if a.cur is None and a.ndig == 4 and text[a.end : a.end + 2] in _HRS_START:
            hm = military_clock(text, a)
            if hm:  # "0725 hrs.": a clock time
                self.emit(a.start, hm[0], hm[1], "other", "hour")
                return i + 1
        if a.cur is None and a.ndig > 1 and a.start > 2 and text[a.start - 1] == " ":
            if "A" <= text[a.start - 2] <= "Z" and (std := standard_designation(text, a.start)):
                self.emit(a.start, std[0], std[1], "identifier")  # "ISO 9001:2015"
                return i + 1
            if a.ndig == 4 and (hours := bare_military_clock(text, a.start, a.end)) is not None:
                self.emit(a.start, a.end, hours, "other")  # "Issued at 0505", "at 0600 GMT"
                return i + 1
        if a.cur is None and a.is_int and self.lang in ("ru", None):
            if a.ndig == 6 and is_postcode(text, a.start, a.end):  # "443086, г. Самара"
                self.emit(a.start, a.end, a.value, "identifier")
                return i + 1
            if text[a.start - 1] == "-" and (fs := form_code_start(text, a.start)) >= 0:
                self.emit(fs, a.end, a.value, "identifier")  # "по форме ТОРГ-12"
                return i + 1
        if nxt in GLUED_FIRST and a.is_int and self.lang in ("ru", None):
            if ge := glued_letter_end(text, a.start, a.end):  # "корп. 22а", "Оп. 2в"
                self.emit(a.start, ge, a.value, "identifier")
                return i + 1
        if a.cur is None and 0 < a.ndig < 5:  # a day or a year may start a date
            return self.date_day_first(i) or self.clock(i) or self.attached(i) or self.number(i)
        if a.ndig == 0 and not a.is_int:  # "в 5.40": a clock time
            if nxt == "," and (rt := dotted_race_time(text, a.start)):  # "с результатом 21.34,6"
                self.emit(a.start, rt[0], rt[1], "quantity", "hour")
                return self._atom_after(rt[0])
            if a.cur is None and (ce := clause_number_end(text, a.start)):  # "1.1. Поставщик"
                self.emit(a.start, ce, _NAN, "identifier")
                return i + 1
            return self.clock(i) or self.number(i)
        return self.number(i)


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


def mention_rows(text: str, lang: str | None, *, strict: bool = False) -> list[tuple]:
    """Extract the mentions of *text* as plain rows (see :func:`extract_mentions`).

    Parameters
    ----------
    text : str
        The text.
    lang : {"ru", "kk", "id", "en"} or None
        Language code (already checked); ``None`` applies the rules of all four.
    strict : bool, default False
        Raise instead of warning when a rule fails (see :func:`extract_mentions`).

    Returns
    -------
    list of tuple
        ``(start, end, surface, value, kind, unit, scale, range_end)`` per mention, in
        text order; :func:`mention_frame` turns them into the table.

    Examples
    --------
    >>> mention_rows("in 1943", "en")
    [(3, 7, '1943', 1943.0, 'year', None, nan, nan)]
    """
    return [m.row(text) for m in _Extractor(text, lang).run(strict)]


def mention_table(text: str, lang: str | None, *, strict: bool = False) -> pd.DataFrame:
    """Extract the mentions of *text* as the table of :func:`extract_mentions`.

    The atoms are lexed a few thousand ahead of the rules and the mentions go into
    typed columns in chunks while the pass runs (see
    :class:`~analysis.mentions.record._MentionColumns`), so the peak memory is about
    50 bytes per mention plus a fixed window, not an atom, a record, a row tuple and
    Python objects per cell for every mention at once.

    Parameters
    ----------
    text : str
        The text (non-empty).
    lang : {"ru", "kk", "id", "en"} or None
        Language code (already checked); ``None`` applies the rules of all four.
    strict : bool, default False
        Raise instead of warning when a rule fails (see :func:`extract_mentions`).

    Examples
    --------
    >>> mention_table("in 1943", "en")[["surface", "kind"]].values.tolist()
    [['1943', 'year']]
    """
    out = _MentionColumns(text)
    ex = _Extractor(text, lang)
    out.add(ex.run(strict, out))
    del ex
    return out.frame()


def extract_mentions(text: str, lang: str | None = None, *, strict: bool = False) -> pd.DataFrame:
    """Extract numeric mentions from one text.

    Parameters
    ----------
    text : str
        The text.  Any ``str`` is accepted.
    lang : {"ru", "kk", "id", "en"} or None
        Language of the text; ``None`` (or ``"und"``) applies the rules of all four.
    strict : bool, default False
        What happens when a rule fails with an exception on some number (a bug in the
        rules, never expected on any text): with ``strict=False`` a ``RuntimeWarning``
        names the position and the atom, that mention is skipped and the extraction goes
        on; with ``strict=True`` the exception is raised (tests use this so that crashes
        cannot hide).

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
    TypeError
        If *text* is not a ``str``.
    Exception
        With ``strict=True``, whatever a failing rule raised.

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
    return mention_table(text, lang, strict=strict)
