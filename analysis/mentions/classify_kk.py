"""Kazakh identifier cues of the classification rules (split from :mod:`.classify`):
hotlines, business identification numbers, codes with a leading zero, newspaper issues."""

from __future__ import annotations

import re

from .atoms import _Atom
from .context import _Expr
from .record import _Verdict

# kk: a military unit named after the word hyphenated to its number ("316-атқыштар
# дивизиясы", "8-гвардиялық атқыштар дивизиясы")
_KK_MIL_UNIT = re.compile(
    r"(?:[ \u00a0]+[^\W\d_]+)?[ \u00a0]+(?:дивизия|армия|полк|бригада|батальон)",
    re.IGNORECASE,
)

# kk: a coefficient's value before a copula, its case suffix hyphenated ("өлім
# коэффициенті 7,2 болды", "1000 тұрғынға 20,2-ні құрады", "мультипликаторы 10-ға тең")
_KK_COEF_VERB = re.compile(
    r"(?:[-‐‑][^\W\d_]{1,4})?[ \u00a0]+(?:бол|құра|тең)[^\W\d_]*(?![^\W\d_])", re.IGNORECASE
)
# kk: a coefficient named by the word right before a whole number ("мультипликаторы 10-ға тең")
_KK_COEF_WORD_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:коэффициент|мультипликатор|индекс)[^\W\d_]*[ \u00a0]+$", re.IGNORECASE
)

# "Сенім телефоны: 1414", "БСН 081140000436": a number named by the word before it
_KK_IDENT_WORDS = frozenset("телефоны телефон тел бсн жсн сәйкестендіру".split())

# a heading of a course or a textbook: a part named by the word before its number, the
# number closing the heading ("Дәріс 7.", "Тақырып 3:", "Тарау 2")
_KK_HEADING_WORDS = frozenset("дәріс тақырып тарау сабақ жаттығу модуль".split())
_KK_HEADING_END = re.compile(r"[ \u00a0]*(?:[.:]|$)", re.MULTILINE)

# "№ 4 (2150)": the running number of a newspaper issue in brackets after its number
_ISSUE_BEFORE = re.compile(r"№[ \u00a0]?\d{1,4}[ \u00a0]\($")


def kk_identifier(text: str, a: _Atom, x: _Expr, start: int, end: int, unit: str | None, prevw: str) -> _Verdict | None:
    """An identifier by a Kazakh cue, or None: a hotline or a BIN after its name, a code
    written with a leading zero (postal code ``010000``), an issue's running number, the
    number closing a heading (``Дәріс 7.``)."""
    if a.typ != "num" or not a.is_int or unit or x.n_atoms != 1:
        return None
    raw = text[a.num_start : a.end]
    if (
        prevw in _KK_IDENT_WORDS
        or (raw.startswith("0") and len(raw) >= 5 and raw.isdigit())
        or (text[end : end + 1] == ")" and _ISSUE_BEFORE.search(text, max(0, start - 10), start))
        or (
            prevw in _KK_HEADING_WORDS
            and _KK_HEADING_END.match(text, end)
            and not text[end + 1 : end + 2].isdigit()
        )
    ):
        return _Verdict("identifier", end)
    return None


# kk "бір" counting one thing: a noun in the dative after it ("Бір еңбеккүнге", "бір қап
# ұнға", "Бір ша- руашылыққа"), or a possessed noun after a genitive ("газетінің бір нөмірі")
# (after a measure word the dative ends in ға / ге / қа only: "бір қорап сіріңке" is a box
# of matches, a noun ending in "-ке", not a dative)
_KK_ONE_DATIVE = re.compile(
    r"[ \u00a0]+(?:[^\W\d_]+(?:-[ \u00a0]?[^\W\d_]+)?(?:ға|ге|қа|ке)"
    r"|[^\W\d_]+[ \u00a0]+[^\W\d_]+(?:ға|ге|қа))(?![^\W\d_])"
)
# an amount right after "бір" and its dative noun (within three words): "Бір еңбеккүнге 1,2 кг"
_KK_AMOUNT_NEXT = re.compile(r"(?:[ \u00a0]+[^\W\d_]+){0,3}[ \u00a0]+\d")
_KK_ONE_POSSESSED = re.compile(r"[ \u00a0]+[^\W\d_]+(?:ы|і)(?![^\W\d_])")
_KK_GENITIVE_BEFORE = re.compile(r"(?:ның|нің|дың|дің|тың|тің)[ \u00a0]+$")
_KK_ONE_NOT_AFTER = frozenset(("тағы", "бірден", "әр", "ең"))
_KK_ONE_IDIOMS = ("ауыз", "уақыт", "күні", "жола", "мезгіл")


def kk_one_counts(text: str, start: int, end: int, prevw: str) -> bool:
    """Does the bare ``бір`` at *start*..*end* count one thing (``Бір еңбеккүнге`` 1,2 кг,
    ``бір қап ұнға``, ``газетінің бір нөмірі``), not the indefinite article (``тағы бір
    мектеп``, ``Бір күні``)?

    Examples
    --------
    >>> kk_one_counts("Бір еңбеккүнге 1,2 кг", 0, 3, "")
    True
    >>> kk_one_counts("тағы бір мектепке", 5, 8, "тағы")
    False
    """
    if prevw in _KK_ONE_NOT_AFTER:
        return False
    m = _KK_ONE_DATIVE.match(text, end)
    if m is not None and " " not in text[end : m.end()].strip() and not _KK_AMOUNT_NEXT.match(text, m.end()):
        m = None  # "Бір адамға айттым": "to someone", no amount for the one thing follows
    if m is None and _KK_GENITIVE_BEFORE.search(text, max(0, start - 8), start):
        m = _KK_ONE_POSSESSED.match(text, end)
    return m is not None and not text[end : m.end()].lower().lstrip().startswith(_KK_ONE_IDIOMS)
def kk_one_day(text: str, start: int, end: int) -> bool:
    """Is the word ``бір`` at *start*..*end* the indefinite "one day" (``Бір күні ол
    келді``: once, on a certain day), no quantity of one day?  ``бір күнде`` (in one day)
    and ``бір күн`` stay quantities."""
    return (
        end - start == 3
        and text[start + 1 : end] == "ір"
        and text[end : end + 6].lower() in (" күні ", " күні,")
    )


# kk "бір" counting one thing, not the indefinite article: one word (an OCR line-break
# hyphen inside it allowed) ...
_W = r"[^\W\d_]+(?:-[ \u00a0\n]+[^\W\d_]+)?"
_N = r"(?:[^\W\d_]+-[ \u00a0\n]+)?[^\W\d_]+"  # a word before its suffix
_ONE_COUNTS = re.compile(
    # ... a per-unit frame: the noun after it in the dative or ablative and a number
    # within three words ("Бір адамға орта есеппен айына 18 300 теңге", "бір акцияға шаққандағы
    # дивиденд 300 теңге", "Бір үйге 15 десятинадан")
    rf"[ \u00a0]+{_N}(?:ға|ге|қа|ке|ына|іне|дан|ден|тан|тен|нан|нен)"
    rf"(?:[ \u00a0]+{_W}){{0,3}}[ \u00a0]+\d"
    # ... the cost or size of one thing ("Бір гранттың құны орта есеппен 1 млн",
    # "бір үй шаруашылығының орташа мөлшері 3,9")
    rf"|(?:[ \u00a0]+{_W})?[ \u00a0]+{_N}(?:ның|нің|дың|дің|тың|тің)[ \u00a0]+"
    rf"(?:орташа[ \u00a0]+)?(?:құн|баға|мөлшер|салмағ|көлем)[^\W\d_]*"
    rf"(?:[ \u00a0]+{_W}){{0,2}}[ \u00a0]+\d"
    # ... or with the bare noun before the cost ("бір грант құны жылына 1,1 млн теңге")
    rf"|[ \u00a0]+{_N}[ \u00a0]+(?:құны|бағасы)(?:[ \u00a0]+{_W}){{0,2}}[ \u00a0]+\d"
    # ... the price of one thing, one or two words, the sum and a verb of costing ("Бір нан
    # 100 теңге тұрады", "бір қап ұн 900 теңге тұратын"; not "Бір кісі 500 теңге берді")
    rf"|(?:[ \u00a0]+{_W}){{1,2}}[ \u00a0]+\d[\d \u00a0,.]*[ \u00a0]*"
    r"(?:теңге|тиын|сом|рубл\w*|доллар|евро)(?:[ \u00a0]+\d+[ \u00a0]+тиын)?"
    r"[ \u00a0]+(?:тұр|бол)(?:ады|атын|ды|ған)(?![^\W\d_])"
    # ... "only one" ("40 адамға бір ғана пеш")
    r"|[ \u00a0]+ғана(?![^\W\d_])",
    re.IGNORECASE,
)

# words before "бір" that make it an idiom or part of another word: "тағы бір" (another),
# "әр бір" (each)
_ONE_IDIOM_PREV = frozenset(("тағы", "әр", "ең", "тек"))


def kk_one_in_frame(text: str, a: _Atom, prevw: str) -> bool:
    """Is the word ``бір`` at atom *a* a count of one thing (``Бір жолаушыға 23 кг``),
    not the indefinite article?  Only in a per-unit frame or before the cost or size of
    one thing (``Бір нан 100 теңге тұрады``); the caller has found no unit or scale
    after it."""
    return (
        a.end - a.start == 3
        and prevw not in _ONE_IDIOM_PREV
        and text[a.start + 1 : a.end] == "ір"
        and _ONE_COUNTS.match(text, a.end) is not None
    )


# a score named by the words before it: "140 балдың 72,4-і" (72.4 out of 140 points),
# "42 ұпайдың 29-ын", "шекті балл – 50"
_SCORE_BEFORE = re.compile(
    r"(?:\d[ \u00a0](?:балл?дың|ұпайдың)|(?<![^\W\d_])балл?(?:ы)?[ \u00a0]*[–—:-])[ \u00a0]*$",
    re.IGNORECASE,
)


def kk_score(text: str, start: int, end: int, unit: str | None) -> _Verdict | None:
    """A bare number (span *start*..*end*) that is a score by the words before it
    (``other``), or None."""
    if unit or start < 5 or _SCORE_BEFORE.search(text, max(0, start - 14), start) is None:
        return None
    return _Verdict("other", end)


# the source number opening a bracketed citation before its page: "[23, 187-б.]"
_PAGE_AFTER = re.compile(r",[ \u00a0]*\d{1,4}(?:[–-]\d{1,4})?-(?:бб?\.|бет)")


def kk_cited_source(text: str, start: int, end: int, unit: str | None) -> _Verdict | None:
    """The number of a source in ``[23, 187-б.]`` (``reference``), or None."""
    if unit or text[start - 1 : start] != "[" or _PAGE_AFTER.match(text, end) is None:
        return None
    return _Verdict("reference", end)
