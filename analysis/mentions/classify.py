"""Classification of a number into the kinds of the spec, from its context: Roman numerals, identifiers, list items, ages, durations, years, ordinals and counts."""

from __future__ import annotations

import re

from .academic_kinds import academic_kind
from .atoms import _SENT_END_RE, _Atom
from .class_nouns import class_noun_after
from .classify_en import _EN_SERIES_AFTER, _EnglishRules
from .classify_id import ROMAN_CLASS_PREV, clause_item, name_number
from .classify_ids import _CLASS_NOUN_AFTER, _IdentifierRules
from .classify_kk import (
    _KK_COEF_VERB,
    _KK_COEF_WORD_BEFORE,
)
from .classify_years import _YearRules
from .clause_numbers import item_after_list_colon
from .clock_words import clock_hour, minutes_after
from .context import (
    _EN_ORD_RE,
    _HYPH_RE,
    _ORD_NEXT_RE,
    _TZ_AFTER,
    _VFRAC,
    _YEAR_WORD_RE,
    _at_sentence_start,
    _Expr,
    _is_year_int,
    _prev_word,
    _word_start,
)
from .context_words import (
    _AM_PREV,
    _ERA_FIRST,
    _IDENT_PREV,
    _KK_ORD,
    _NOT_SCRAPED,
    _PERIOD_PREV,
    _READING_NEXT_OK,
    _READING_PREV,
    _REGNAL_NAMES,
    _RU_ORD,
    _TIME_PREV,
    _YEAR_PREV,
)
from .day_times import day_time_kind
from .id_clock_hours import travel_clock
from .id_districts import electoral_district
from .id_named import (
    ID_EVENT_ACRONYMS,
    balinese_article,
    id_named_kind,
    mean_score,
    pair_list_count,
)
from .index_points import index_points
from .language_kinds import language_kind
from .magnitudes import MAGNITUDE_PREV, MAGNITUDE_QUALIFIERS, _MagnitudeRules
from .ordinal_words import compound_ordinal_tail
from .pronoun_i import is_pronoun_i
from .record import _Verdict
from .roman_ru import ru_lone_roman_ordinal
from .ru_short_dates import ru_short_date
from .scale_nouns import ALWAYS_SCALE
from .shared_units import _CMP_LAST
from .small_roman_refs import verse_after_chapter
from .stat_values import stat_value

_DUR_RE = re.compile(
    r"-(?:(?P<year>летн\w*|лет\w*|годичн\w*|жылдық|years?(?:-old)?)|(?P<month>месячн\w*|months?(?:-old)?)"
    r"|(?P<week>weeks?(?:-old)?)|(?P<day>дневн\w*|days?(?:-old)?)|(?P<hour>часов\w*|hours?)|(?P<minute>minutes?)|(?P<second>seconds?)|(?P<times>fold|кратн\w*)"
    r"|(?P<RUB>рубл[её]в\w*)|(?P<USD>долларов\w*)|(?P<deg>градусн\w*))(?![^\W\d_])",
    re.IGNORECASE,
)

_ALCOHOL_AFTER = re.compile(r"[ \u00a0]+(?:вин|водк|спирт|настойк|напит|коньяк|самогон)", re.IGNORECASE)

# era words after a year: "800 Masehi", "605 Saka", "300 BC", "1200 г. до н. э.", "100 ж. б.з.д."
_ERA_AFTER = re.compile(
    r"[ \u00a0]+(?:Masehi|Saka|Çaka|SM|S\.M\.|M\.(?![ \u00a0]*[A-Z])|AD|BC|BCE|CE|A\.D\.|B\.C\."
    r"|(?:г\.[ \u00a0]?)?(?:до[ \u00a0]+)?н\.[ \u00a0]?э\.|(?:ж\.[ \u00a0]?)?б\.[ \u00a0]?з\.(?:[ \u00a0]?д\.)?)"
    r"(?!\w)"
)

_LIST_MARK = re.compile(r"[.)][ \u00a0]+\S")
# a clause or question number in brackets before a capitalised word, opening a line or a
# sentence or right after an article number: "Pasal 5 (1) Setiap …", "… tahun. (2) Jangka …"
_BRACKET_MARK = re.compile(r"\)[ \u00a0]+[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ]")
_BRACKET_MARK_BEFORE = re.compile(
    r"(?:\n|[.!?:;][ \u00a0]*|(?:Pasal|Article|Статья|бап)[ \u00a0]\d+[a-z]?[ \u00a0])[ \u00a0]*$"
)

_SENT_END_BEFORE = re.compile(r"[.!?][ \u00a0]*$")

_VERBISH = re.compile(r"(?:л|ла|ло|ли|ся|сь|ет|ит|ут|ют|ат|ят|ем|им|ть|ти|ыл|ды|ді|ты|ті)$")

# a significance level before the number: "p < 0,05", "р = 0.01"
_P_VALUE_BEFORE = re.compile(r"(?<![^\W\d_])[pрPР][ \u00a0]*[<>=≤≥][ \u00a0]*$")
# a ratio of a study in Russian: "ОР 0,73" (relative risk), "ОШ 1,45" (odds ratio), "HR 0,8"
_RU_RATIO_BEFORE = re.compile(r"(?<![\w.])(?:ОР|ОШ|ОтнР|ОтР|HR|RR|OR)[ \u00a0]?[=:]?[ \u00a0]?$")


# the next number of a list carries the percent sign: "на 28 и 24 %", "10, 15 и 20 процентов"
_PERCENT_LIST_AHEAD = re.compile(
    r"(?:(?:,[ \u00a0]*|,?[ \u00a0]+(?:и|или)[ \u00a0]+)\d{1,3}(?:,\d+)?){1,6}"
    r"[ \u00a0]?(?:%|процент|проц\.)"
)
# the last number of a list joined by "и" / "или" carries the currency: "за 3 и 4 рубля",
# "по 5, 7 или 10 долларов" (kopecks, a share of the rouble, are left alone)
_MONEY_LIST_AHEAD = re.compile(
    r"(?:,[ \u00a0]+\d{1,3}(?:,\d+)?){0,5},?[ \u00a0]+(?:и|или)[ \u00a0]+\d{1,3}(?:,\d+)?"
    r"[ \u00a0]+(?P<c>руб|р\.|долл|евро)"
)
_LIST_CURRENCY = {"руб": "RUB", "р.": "RUB", "долл": "USD", "евро": "EUR"}

# a coefficient or index named earlier in the clause: "коэффициент рождаемости снизился до 1,41"
_COEF_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:коэффициент|мультипликатор|индекс|coefficient|index|ratio|koefisien|indeks|rasio|nilai[ \u00a0]tukar)\w*[^.;!?\n]*$",
    re.IGNORECASE,
)
# a reading on a score, grade or index scale named right before the number: "nilai
# rapor 88,45", "IPK ≥ 3,00", "IHSG ... ke level 7.049,12", "NTP ... sebesar 120,97",
# "a GPA of 3.6", "score of 87"; a mean ("rerata nasional 522,45") only when fractional
_SCALE_READING_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:(?-i:IPK|GPA|IHSG|NTP|NTN|IPM)|rapor|skor|scores?[ \u00a0]+of|(?P<mean>rerata|rata-rata)"
    r"|(?:ke|di|pada)[ \u00a0]+level)\)?"
    r"(?:[ \u00a0]+(?:nasional|akhir|of|sebesar|mencapai|minimal|minimum|[A-Z]\w+[ \u00a0]+\d{4})){0,2}"
    r"[ \u00a0]*(?:[≥≤<>=:][ \u00a0]*)?$",
    re.IGNORECASE,
)
_COEF_END = re.compile(r"[ \u00a0]*(?:[.;,)]|$)")
# the end of a quoted price: punctuation, or the settlement ("92⅞ for money", "for the account")
_MARKET_END = re.compile(r"[ \u00a0]*(?:[.;,)]|$|for[ \u00a0]+(?:money|the[ \u00a0]+account|account))")
_INDEX_POINTS = re.compile(r"[ \u00a0]пункт(?:а|ов)?(?![^\W\d_])")

# an almanac clock time, glued hours and minutes: "Sun rises 4h. 36m." (not a length of day)
_EN_ALMANAC_MIN = re.compile(r"[ \u00a0][0-5]?\dm\.")
_EN_LENGTH_BEFORE = re.compile(r"\blength\b[^.;\d]{0,12}$")

# a reading on a scale named earlier in the clause ("рейтинг по Эло достиг 2 740"), a
# quoted price ("котировались по 103¼", "quoted at 97")
_RATING_BEFORE = re.compile(
    r"(?:(?<![^\W\d_])(?:рейтинг\w*|Эло|Elo|rating)(?![^\W\d_])[^.;!?\n\d]{0,40}"
    r"|(?:котировал\w*|котиру[ею]тся|quoted|dikutip)[ \u00a0]+(?:по|at|pada)[ \u00a0]+)$"
)
# a market's level named earlier in the sentence: "Gold closed at 134 1/2", "the Dow ...
# it stood at 41.22", "Consols opened at 92", "... below its peak of 381.17"
_MARKET_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:Dow|FTSE|Nasdaq|Nikkei|Consols|Gold|Silver|[Ss]hares|Industrial[ \u00a0]+Average)"
    r"(?![^\W\d_])(?:[^.;!?\n]|\.(?=\d)){0,160}(?<![^\W\d_])(?:(?:closed|stood|opened|ended|finished)(?:[ \u00a0]+(?:yesterday|to-?day|firm|steady|flat|unchanged))?[ \u00a0]+at|(?:peak|high|low)[ \u00a0]+of)[ \u00a0]+$"
)
# a school mark in quotes with its meaning after a dash: "«5» — отлично", "«4» — жақсы"
_MARK_AFTER = re.compile(
    r"»[ \u00a0]*[—–-][ \u00a0]*(?:отлично|хорошо|удовлетворительно|неудовлетворительно"
    r"|посредственно|плохо|очень[ \u00a0]+плохо|өте[ \u00a0]+жақсы|жақсы|қанағаттанарлық"
    r"|қанағаттанарлықсыз|excellent|good|fair|poor|sangat[ \u00a0]+baik|baik|cukup|kurang)(?![^\W\d_])",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_]+)")
# the second figure of a gauge after "×": "зубцовка 12 × 12½"
_TIMES_BETWEEN = re.compile(r"[ \u00a0]?×[ \u00a0]?")

# the second figure of a match score after "счётом 4": ":2"
_SCORE_TAIL = re.compile(r"[:：][0-9]{1,3}(?![0-9])")
_SCORE_PREV = frozenset("счётом счетом счёт счет score skor".split())


# an event numbered after the body that holds it: "Kongres CPSU XXVII" (ordinal, not a name)
_EVENT_BEFORE = re.compile(r"(?:[Kk]ongres|[Mm]uktamar|[Ss]idang|[Kk]onferensi|[Pp]leno)[ \u00a0]+$")

# a clock time continuing a list after "pukul": "pukul 17.00, 19.00 dan 21.00 WIB"
_CLOCK_LIST_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:pukul|jam)[ \u00a0]+(?:\d{1,2}[.:]\d\d(?:,[ \u00a0]*|,?[ \u00a0]+(?:dan|atau)[ \u00a0]+))+$",
    re.IGNORECASE,
)

#: Indonesian words naming a position before its number without "ke-" ("peringkat 3").
_RANK_PREV = frozenset("peringkat urutan posisi rangking ranking fase lantai".split())


class _Classifier(_EnglishRules, _IdentifierRules, _YearRules, _MagnitudeRules):
    """Methods of :class:`~analysis.mentions.extractor._Extractor` (a mixin)."""

    def classify(
        self,
        i: int,
        x: _Expr,
        start: int,
        end: int,
        unit: str | None,
        ukind: str,
        year_word: tuple[int, str] | None,
    ) -> _Verdict | None:
        """The kind of the number *x* at atom *i* (span start..end, *unit* already read).

        Returns None if the number is no mention (a single Roman letter without a cue,
        initials).
        """
        a = self.atoms[i]
        text = self.text
        prevw, sep = _prev_word(text, start)
        if a.typ == "roman":
            return self._roman_kind(a, start, end, prevw, sep)
        # "magnitudo 6,4", "M 9,1", "magnitudo di atas 5,0"
        if not unit and (prevw in MAGNITUDE_PREV or prevw == "m" or prevw in MAGNITUDE_QUALIFIERS):
            v = self._magnitude(a, x, start, end, prevw)
            if v or self.limit > start:  # "M 9,1" was emitted with its "M"
                return v
        if not unit and self.lang in ("id", None) and name_number(text, a.typ, start, prevw):
            return _Verdict("other", end)  # "Liga 1", "Panitia Sembilan", "KMP Bahtera Nusantara 01"
        if not unit and self.lang == "id" and a.typ == "num" and a.is_int and x.n_atoms == 1:
            v = self._id_named(start, end, prevw, a)  # "Cessna 208", "NU 91 dan PKI 80"
            if v:
                return v
        if not unit and prevw in _CMP_LAST:  # "11 месяцев вместо 14": the unit is shared
            v = self._elided_unit(a, x, start, end)
            if v:
                return v
        if self.lang in ("en", None):
            if a.typ == "word" and compound_ordinal_tail(text, end):
                return None  # "seventy-ninth": an ordinal word
            if self._en_emitted(a, x, start, end, unit):
                return None
            v = self._en_kind(a, x, start, end, unit, prevw) or academic_kind(
                text, a, x, start, end, unit, prevw, self.rows
            )
            if not v and a.typ == "num" and text[end : end + 1] == " ":  # "at 8 in the morning"
                v = day_time_kind(text, end, unit, x.value, prevw)
            if not v and a.typ == "num" and not unit and verse_after_chapter(text, start):
                v = _Verdict("reference", end)  # "Romans viii. 28"
            if v:
                return v
        # a hyphenated suffix after a number without a unit ("5-й", "1-қосымша"), read once
        hy = _HYPH_RE.match(text, end) if not unit else None
        return (
            self._measure_kind(a, x, start, end, unit, prevw)
            or language_kind(text, a, x, start, end, unit, prevw, self.rows, self.lang)
            or self._identifier_kind(a, x, start, end, unit, prevw, sep, hy)
            or (ru_short_date(text, start, end, unit, prevw) if self.lang == "ru" else None)
            or self._list_or_time_kind(a, x, start, end, unit, prevw, sep)
            or self._duration_or_era_kind(a, x, start, end, unit, prevw, sep)
            or self._year_kind(a, x, start, end, unit, prevw, sep, year_word, hy)
            or self._ordinal_or_count(a, x, end, unit, ukind, hy)
        )

    def _id_named(self, start: int, end: int, prevw: str, a: _Atom) -> _Verdict | None:
        """id: an integer named by the words around it (:mod:`.id_named`), or continuing a
        list of name + number pairs after a count (``Masjumi 112, NU 91 dan PKI 80``)."""
        text = self.text
        k = id_named_kind(text, start, end, prevw, a.value, a.ndig)
        if k:
            return _Verdict(k, end)
        rows = self.rows
        if (
            rows
            and text[start - 2 : start - 1].isupper()
            and prevw not in _IDENT_PREV
            and pair_list_count(text, start, end, rows[-1].kind, rows[-1].start, rows[-1].end)
        ):
            return _Verdict("count", end)
        return None

    def _roman_kind(
        self, a: _Atom, start: int, end: int, prevw: str, sep: str
    ) -> _Verdict | None:
        """Roman numerals: identifiers, list marks, centuries and congresses, regnal numbers."""
        text = self.text
        v = self._mmi(a, start, end)  # "Dirasakan (MMI) V", "III-IV Sukabumi"
        if v or self.limit > start:
            return v
        if a.typ == "roman" and a.value >= 1000:
            return _Verdict("year", end)  # "rebuilt in MDCCCXLII"
        if self.lang in ("id", None) and a.typ == "roman":
            if a.end - a.start == 1 and text[a.start] == "I" and balinese_article(text, end):
                return None  # "Bandara I Gusti Ngurah Rai": the Balinese name article
            w0 = start - 1 - len(prevw)
            if sep == " " and prevw.upper() in ID_EVENT_ACRONYMS and text[w0 : start - 1].isupper():
                return _Verdict("ordinal", end)  # "PON XXI", "IHPS I": an event or period
            if electoral_district(text, start):
                return _Verdict("identifier", end)  # "Dapil Jawa Barat III"
        if a.typ == "roman" and sep == " " and (
            prevw == "heeren"
            or self.lang == "id"
            and len(prevw) >= 3
            and text[start - 1 - len(prevw) : start - 1].isupper()
            and not _EVENT_BEFORE.search(text, max(0, start - 30), start - 1 - len(prevw))
        ):
            return _Verdict("other", end)  # names of bodies: "Heeren XVII", "PTPN XI"
        if a.typ == "roman":
            raw = text[a.start : a.end]
            single = len(raw) == 1
            hy = _HYPH_RE.match(text, a.end)
            ordnext = _ORD_NEXT_RE.match(text, a.end)
            if self.lang in ("en", None):
                if raw == "CI" and text[start - 2 : start] == "% ":
                    return None  # "95% CI": the confidence interval, no number
                if single and is_pronoun_i(text, a.start, a.end):
                    return None  # "Item, I give unto my servant": the pronoun
                v = self._en_roman(a, start, prevw)
                if v:
                    return v
            if (
                prevw in _IDENT_PREV
                or prevw in ROMAN_CLASS_PREV
                or self._continues_identifiers(start)
                or _CLASS_NOUN_AFTER.match(text, a.end)
                or class_noun_after(text, a.end)  # "III снегового района", "I и II степени"
            ):
                return _Verdict("identifier", end)
            if _LIST_MARK.match(text, a.end) and (
                text[max(0, a.start - 4) : a.start].rpartition("\n")[2].strip() == ""
                and (a.start <= 4 or "\n" in text[max(0, a.start - 4) : a.start])
            ):
                return _Verdict("identifier", end)
            if single and self.lang == "ru" and ru_lone_roman_ordinal(text, start, end):
                return _Verdict("ordinal", end)  # "Петра I. В 1700 г.", "в I квартале"
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
            return _Verdict("ordinal", end)

    def _measure_kind(
        self, a: _Atom, x: _Expr, start: int, end: int, unit: str | None, prevw: str
    ) -> _Verdict | None:
        """Significance levels, clock hours in words, a number sharing a list's percent sign."""
        text = self.text
        frac = x.n_atoms > 1 or text[end - 1] in _VFRAC  # "134 1/2", "92⅞"
        if a.typ == "num" and frac and not unit and self._market_level(start, end):
            return _Verdict("other", end)  # "Gold closed at 134 1/2"
        if unit == "hour" and a.typ == "word" and x.words_only and clock_hour(text, start, end, x.value, prevw):
            return _Verdict("other", end, "hour")  # "ровно в семь часов"
        if a.typ != "num" or x.n_atoms != 1:
            return None
        if not unit and _P_VALUE_BEFORE.search(text, max(0, start - 6), start):
            return _Verdict("other", end)
        if not unit and not a.is_int and self.lang != "en" and _RU_RATIO_BEFORE.search(text, max(0, start - 7), start):
            return _Verdict("other", end)  # "ОР 0,73; 95% ДИ ..."
        if not unit and self.lang == "id" and stat_value(text, start, end):
            return _Verdict("other", end)  # "β = 0,412", "FCR 1,5", "56,4 ± 8,2", "½ × 12 × 9 = 54"
        if not unit and self._is_reading(a, start, end, prevw):
            return _Verdict("other", end)
        if not unit and x.scale != x.scale and x.value >= 0 and text[start - 1 : start] in (" ", "\u00a0"):
            rd = _SCALE_READING_BEFORE.search(text, max(0, start - 40), start)
            if rd and (not rd.group("mean") or not a.is_int):
                return _Verdict("other", end)  # "IPK ≥ 3,00", "rapor 88,45", "level 7.049,12"
            if self.lang == "id" and mean_score(text, start, end):
                return _Verdict("other", end)  # "nilai rata-rata sekolah itu 648,5"
        if prevw in _SCORE_PREV and not unit and a.is_int:
            sc = _SCORE_TAIL.match(text, end)
            if sc:  # "со счётом 4:2": one score
                return _Verdict("other", sc.end())
        if unit == "hour" and a.is_int and clock_hour(text, start, end, a.value, prevw):
            mins = minutes_after(text, end) if prevw == "в" else 0
            return _Verdict("other", mins or end, "hour", clock=bool(mins))
        if unit == "hour" and text[end - 2 : end] == "h." and a.is_int and a.value <= 23:
            mins = _EN_ALMANAC_MIN.match(text, end)
            if mins and not _EN_LENGTH_BEFORE.search(text, max(0, start - 20), start):
                return _Verdict("other", mins.end(), "hour", clock=True)
        signed = x.value < 0 or text[start : start + 1] == "+"
        if not unit and signed and x.scale != x.scale and _COEF_END.match(text, end):
            return _Verdict("other", end)  # "похолодает до минус 10", "надбавкой +2,3": a level
        if not unit and a.is_int and text.startswith(" пункт", end) and (pe := index_points(text, start, end)):
            return _Verdict("other", pe, "point")  # "Индекс ... до 2870 пунктов"
        if not unit and not a.is_int and _COEF_BEFORE.search(text, max(0, start - 80), start):
            pts = _INDEX_POINTS.match(text, end)
            if pts:  # "Индекс МосБиржи ... до 2 874,5 пункта"
                return _Verdict("other", pts.end(), "point")
            if _COEF_END.match(text, end) or (self.lang == "kk" and _KK_COEF_VERB.match(text, end)):
                return _Verdict("other", end)  # kk "өлім коэффициенті 7,2 болды"
        if (
            not unit
            and self.lang == "kk"
            and a.is_int
            and _KK_COEF_VERB.match(text, end)
            and _KK_COEF_WORD_BEFORE.search(text, max(0, start - 30), start)
        ):
            return _Verdict("other", end)  # kk "ақша мультипликаторы 10-ға тең"
        if (
            not unit
            and self.lang == "ru"
            and not _is_year_int(a)
            and text[end : end + 1] in (",", " ")
            and _PERCENT_LIST_AHEAD.match(text, end)
        ):
            return _Verdict("percent", end, "%")
        if not unit and self.lang == "ru" and text[end : end + 1] in (",", " ") and not _is_year_int(a):
            ml = _MONEY_LIST_AHEAD.match(text, end)
            if ml:  # "за 3 и 4 рубля": the first price shares the currency
                return _Verdict("money", end, _LIST_CURRENCY[ml.group("c")])
        return None

    def _is_reading(self, a: _Atom, start: int, end: int, prevw: str) -> bool:
        """A bare value on a scale: after a reading noun, a quoted price, a mark in quotes,
        or the second figure of a gauge after a reading ("зубцовка 12 × 12½")."""
        text = self.text
        if prevw in _READING_PREV and text[end : end + 1] != "-" and not _YEAR_WORD_RE.match(text, end):
            nw = _NEXT_WORD.match(text, end)  # not "рейтинг 100 лучших компаний"
            return nw is None or nw.group(1).lower() in _READING_NEXT_OK or prevw in ALWAYS_SCALE
        if text[start - 1 : start] == "«" and a.is_int and 1 <= a.value <= 5 and _MARK_AFTER.match(text, end):
            return True
        rows = self.rows
        if rows and rows[-1].kind == "other" and _TIMES_BETWEEN.fullmatch(text, rows[-1].end, start):
            return _prev_word(text, rows[-1].start)[0] in _READING_PREV
        return bool(
            text[start - 1 : start] in (" ", "\u00a0")
            and (
                _RATING_BEFORE.search(text, max(0, start - 60), start)
                or self._market_level(start, end)
            )
            and _COEF_END.match(text, end)
        )

    def _market_level(self, start: int, end: int) -> bool:
        """en: a market's level after "closed / stood at" ("Gold closed at 134 1/2")."""
        text = self.text
        return bool(
            self.lang in ("en", None)
            and text[start - 1 : start] == " "
            and _MARKET_BEFORE.search(text, max(0, start - 220), start)
            and _MARKET_END.match(text, end)
        )

    def _list_or_time_kind(self, a: _Atom, x: _Expr, start: int, end: int, unit: str | None, prevw: str, sep: str) -> _Verdict | None:
        """Numbered list items and clauses, times written with a dot, "ke-" ordinals."""
        text = self.text
        # numbered list items / clauses: "1. Text", "13. Порядок", "1)", "(2) Jangka"
        if a.typ == "num" and a.ndig in (1, 2, 3) and not unit and x.n_atoms == 1:
            if (
                text[start - 1 : start] == "("
                and _BRACKET_MARK.match(text, end)
                and (start == 1 or _BRACKET_MARK_BEFORE.search(text, max(0, start - 24), start - 1))
            ):
                return _Verdict("identifier", end)
            if item_after_list_colon(text, start, end):  # "случаях: <...> 4) осуществление"
                return _Verdict("identifier", end)
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
                    return _Verdict("identifier", end)
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
                return _Verdict("other", end)
            if text[end : end + 1] == ":" and prevw in _IDENT_PREV:
                return _Verdict("identifier", end)
        if a.typ == "num" and text[start - 1 : start] == ":" and prevw in _IDENT_PREV:
            return _Verdict("identifier", end)
        # times of day written with a dot after an hour word
        if a.typ == "num" and not a.is_int and not unit and (
            prevw in _TIME_PREV or _TZ_AFTER.match(text, end)
            or _CLOCK_LIST_BEFORE.search(text, max(0, start - 60), start)
            or (self.lang == "id" and travel_clock(text, a.num_start, a.end))  # "berangkat 04.00"
        ):
            raw = text[a.num_start : a.end]
            mm = re.fullmatch(r"(\d{1,2})[.,](\d\d)", raw)
            if mm and int(mm.group(1)) <= 24 and int(mm.group(2)) < 60:
                return _Verdict("other", end, clock=True)
        if a.typ == "num" and a.is_int and a.value <= 24 and prevw == "сағат" and not unit and self.lang == "kk":
            return _Verdict("other", end)  # kk "сағат 9-дан": from nine o'clock
        if a.ke:  # "ke-4" after "ayat (1)" numbers an item of the clause
            return _Verdict("identifier" if clause_item(text, start) else "ordinal", end)
        if (  # a rank without "ke-": "menempati peringkat 3 dunia" (not "peringkat 10 besar")
            self.lang == "id" and a.typ == "num" and a.is_int and not unit and x.n_atoms == 1
            and prevw in _RANK_PREV and sep == " " and not re.match(r"[ \u00a0]+besar\b", text[end : end + 8])
        ):
            return _Verdict("ordinal", end)
        return None

    def _duration_or_era_kind(self, a: _Atom, x: _Expr, start: int, end: int, unit: str | None, prevw: str, sep: str) -> _Verdict | None:
        """Durations and money in one word (``41-летний``, ``two-year``, ``16-рублёвой``),
        years with an era word."""
        text = self.text
        # durations in one word: 41-летний, two-year
        if not unit:
            d = _DUR_RE.match(text, end)
            if d:
                dur = d.lastgroup or "year"
                if dur in ("RUB", "USD"):  # "по 16-рублёвой стопе", "100-долларовая купюра"
                    return _Verdict("money", d.end(), dur)
                if dur == "deg":  # "40-градусного вина" (strength), "40-градусный мороз"
                    if _ALCOHOL_AFTER.match(text, d.end()):
                        return _Verdict("percent", d.end(), "%")
                    return _Verdict("quantity", d.end(), "degC")
                return _Verdict("other" if dur == "times" else "quantity", d.end(), dur, fixed=True)
        # anno mundi years after "лета" / "в лето" (7000 = 1492 AD): "Лета 7190-го", the
        # ordinal ending outside
        if a.typ == "num" and a.is_int and a.ndig == 4 and 5000 <= a.value <= 7600 and prevw in _AM_PREV:
            return _Verdict("year", x.end, fixed=True)
        # years with an era word or after "tahun"/"year": "tahun 800 Masehi", "300 BC"
        if a.typ == "num" and x.n_atoms == 1 and not unit and a.is_int and a.ndig <= 4:
            if (text[end + 1 : end + 2] in _ERA_FIRST and _ERA_AFTER.match(text, end)) or (
                prevw in ("tahun", "year", "AD", "ad") and 100 <= a.value < 1000
            ):
                return _Verdict("year", end, fixed=True)
        return None

    def _ordinal_or_count(
        self, a: _Atom, x: _Expr, end: int, unit: str | None, ukind: str, hy: re.Match | None
    ) -> _Verdict:
        """Ordinal suffixes and nouns, else the unit's kind, a fraction, or a count."""
        text = self.text
        if a.typ == "num" and not unit:
            m = _EN_ORD_RE.match(text, end)
            if m and a.is_int:
                if _EN_SERIES_AFTER.match(text, m.end()):
                    return _Verdict("reference", m.end())  # "3rd ser.", "2nd edn"
                return _Verdict("ordinal", m.end())
            if hy and a.is_int:
                sfx = hy.group("s").lower()
                if sfx in _KK_ORD or sfx in _RU_ORD:
                    return _Verdict("ordinal", hy.end())
            if _ORD_NEXT_RE.match(text, end) and a.is_int:
                return _Verdict("ordinal", end)
        if ukind:
            return _Verdict(ukind, end)
        if x.frac:
            return _Verdict("other", end)
        # kk "жиырма бес мыңдықшылар" (the 25,000-ers)
        return _Verdict("count", end)
