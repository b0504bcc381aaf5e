"""Calendar years among the numbers: decades, four-digit years and the numbers that only
look like years (``в 1000 году`` but ``на 1000 мужчин``), and years written in words, a
mixin of the classifier (:mod:`.classify`)."""

from __future__ import annotations

import re

from .atoms import _SENT_END_RE, _Atom
from .classify_en import _EN_YEAR_OF_LORD
from .context import _DECADE_WORD_RE, _YEAR_WORD_RE, _at_sentence_start, _Expr, _is_year_int
from .context_words import _COUNT_PREV, _KK_ORD, _RU_ORD, _YEAR_PREV
from .months import month_number
from .record import _Verdict
from .ru_year_counts import ru_counted_after_preposition

_LOWER_WORD_AFTER = re.compile(r"[ \u00a0]+[а-яёa-z]")
_NEXT_WORD_RE = re.compile(r"[ \u00a0]+[«\"“]?[^\W\d_]")
_YEAR_LIST_RE = re.compile(
    r"[ \u00a0]*(?:,|мен|және|и|или|and|or|dan|atau|до|to|[-–—])[ \u00a0]*(?:1[0-9]|20)\d\d(?!\d)"
)
# an all-capital abbreviation after a four-digit number names what it counts: "1040 МТС"
_CAPS_NOUN_AFTER = re.compile(r"[ \u00a0]+[А-ЯЁ]{2,6}(?![^\W\d_])")


class _YearRules:
    """Year rules of the classifier (a mixin of the extractor)."""

    def _year_kind(
        self, a: _Atom, x: _Expr, start: int, end: int, unit: str | None, prevw: str, sep: str,
        year_word: tuple[int, str] | None, hy: re.Match | None,
    ) -> _Verdict | None:
        """Decades and calendar years, and four-digit numbers that are counts."""
        text = self.text
        if x.words_only and not unit and 1000 <= x.value <= 2100 and x.value % 1 == 0:
            return self._spelled_year(x, end, prevw, sep, year_word)
        # decades and calendar years
        if a.typ == "num" and x.n_atoms == 1 and not unit and a.is_int:
            dm = _DECADE_WORD_RE.match(text, end)
            if (
                a.ndig in (2, 4)
                and a.value % 10 == 0
                and dm
                and (
                    a.ndig == 4
                    or not dm.group().startswith(("s", "'", "a"))
                    or (dm.group() == "s" and text[start - 1 : start] in ("'", "’"))  # the '30s
                )
                and (a.ndig == 4 and 1000 <= a.value <= 2100 or a.ndig == 2)
                and not (a.ndig == 2 and dm.group()[:2] in ("-е", "-х") and " " not in dm.group())
            ):
                return _Verdict("year", end, fixed=True)
            if year_word:
                return _Verdict("year", end)
            if (
                a.ndig == 2
                and text[start - 1 : start] in ("'", "’")
                and text[start - 2 : start - 1] in ("", " ", "\u00a0", "\n", "(")
                and not text[end : end + 1].isalnum()
                and self.lang in ("en", None)
            ):
                return _Verdict("year", end)  # "in '32", "a '36 Ford": a year, the apostrophe outside
            if hy:
                sfx = hy.group("s").lower()
                if sfx in _KK_ORD and not _is_year_int(a):
                    return _Verdict("ordinal", hy.end())
                if sfx in _RU_ORD and not _is_year_int(a):
                    return _Verdict("ordinal", hy.end())
            if _is_year_int(a):
                if _YEAR_WORD_RE.match(text, end):
                    return _Verdict("year", end)
                if prevw in _COUNT_PREV and _NEXT_WORD_RE.match(text, end):
                    return _Verdict("count", end)
                if (
                    self.lang in ("ru", None)
                    and prevw not in _YEAR_PREV
                    and _CAPS_NOUN_AFTER.match(text, end)
                ):
                    return _Verdict("count", end)
                if prevw == "на" and a.value == 1000 and _LOWER_WORD_AFTER.match(text, end):
                    return _Verdict("count", end)  # a rate's base: "на 1000 мужчин"
                if prevw == "per":
                    return _Verdict("count", end)  # a rate's base: "17.6 per 1000"
                if self.lang == "ru" and ru_counted_after_preposition(text, end, prevw):
                    return _Verdict("count", end)  # "до 1500 запросов", "до 1800 человек"
                if prevw in _YEAR_PREV or _at_sentence_start(text, start) and self.lang != "kk":
                    return _Verdict("year", end)
                if prevw and month_number(prevw) and sep.strip() in ("", ","):
                    return _Verdict("year", end)
                nw = _NEXT_WORD_RE.match(text, end)
                if (
                    self.lang == "ru"
                    and _SENT_END_RE.match(text[end : end + 4])
                    and prevw not in _YEAR_PREV
                ):
                    return _Verdict("count", end)
                if _YEAR_LIST_RE.match(text, end):
                    return _Verdict("year", end)
                if nw is not None and (
                    a.value % 100 == 0
                    or self.lang == "kk"
                    or (
                        self.lang in ("ru", None)
                        and prevw not in _YEAR_PREV
                        and "а" <= text[nw.end() - 1] <= "ӿ"
                    )
                ):
                    return _Verdict("count", end)
                return _Verdict("year", end)
        return None

    def _spelled_year(
        self, x: _Expr, end: int, prevw: str, sep: str, year_word: tuple[int, str] | None
    ) -> _Verdict | None:
        """A number in words only where a digit year would be a year: ``in two thousand
        and five``, ``of nineteen hundred and five``, ``tahun seribu sembilan ratus``.

        Only a year position counts (a year word after it, a month or a year preposition
        before it); a round hundred before a noun stays a count (``of two thousand
        people``). None if no year.
        """
        text = self.text
        if year_word or _YEAR_WORD_RE.match(text, end):
            return _Verdict("year", end)
        if _EN_YEAR_OF_LORD.search(text, max(0, x.start - 24), x.start):
            return _Verdict("year", end)
        if x.value % 100 == 0 and _NEXT_WORD_RE.match(text, end):
            return None
        if prevw in _YEAR_PREV or (prevw and month_number(prevw) and sep.strip() in ("", ",")):
            return _Verdict("year", end)
        return None
