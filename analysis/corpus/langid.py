"""Language identification per document and per paragraph (offline, lingua)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from .._core.deprecation import renamed_parameters

__all__ = [
    "DEFAULT_LANGUAGES",
    "UNDETERMINED",
    "check_language",
    "language_spans",
    "detect_language",
    "split_paragraphs",
]

#: Candidate languages used when none are given: the languages the package is built for.
DEFAULT_LANGUAGES: tuple[str, ...] = ("en", "id", "kk", "ru")
#: ISO 639-2 code for "undetermined", returned instead of raising.
UNDETERMINED = "und"

_LETTER_RE = re.compile(r"[^\W\d_]+", re.UNICODE)  # runs of letters: few objects to count
_MIN_LETTERS = 10

# Script and function-word rule, tried before lingua (see :func:`rule_language`).
_RULE_LANGUAGES = frozenset({"en", "id", "kk", "ru"})
_LATIN_RE = re.compile(r"[A-Za-z\u00c0-\u024f]+")
_KAZAKH_LETTERS = tuple("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_CYRILLIC_LEADS = (b"\xd0", b"\xd1", b"\xd2", b"\xd3")
_ASCII_WORD_RE = re.compile(r"[a-z]+")
_EN_WORDS = frozenset("the of and to in is was that for on with as by are were it this from "
                      "be at which have has had not but".split())
_ID_WORDS = frozenset("yang dan di ke dari ini itu dengan untuk pada dalam tidak adalah akan "
                      "oleh juga atau sebagai karena bahwa telah".split())


@functools.cache
def _lingua_languages() -> dict[str, object]:
    from lingua import Language

    return {lang.iso_code_639_1.name.lower(): lang for lang in Language.all()}


@functools.cache
def _detector(candidates: tuple[str, ...]):
    from lingua import LanguageDetectorBuilder

    table = _lingua_languages()
    langs = [table[c] for c in candidates]
    return LanguageDetectorBuilder.from_languages(*langs).build()


def check_language(lang, *, name: str = "lang") -> str | None:
    """Return ``lang`` lower-cased if it is a known ISO 639-1 code or ``"und"``.

    ``None`` passes through (no language: every language's rules apply where that
    is documented). Anything else raises ``TypeError`` or ``ValueError`` naming ``name``.

    Examples
    --------
    >>> check_language("KK"), check_language(None)
    ('kk', None)
    >>> check_language("xx")
    Traceback (most recent call last):
    ...
    ValueError: lang: unknown language code 'xx'; use ISO 639-1 codes such as ['en', 'id', 'kk', 'ru'] or 'und'.
    """
    if lang is None:
        return None
    if not isinstance(lang, str):
        raise TypeError(f"{name} must be a language code (str) or None; got "
                        f"{type(lang).__name__}.")
    code = lang.lower()
    if code != UNDETERMINED and code not in _lingua_languages():
        raise ValueError(f"{name}: unknown language code {lang!r}; use ISO 639-1 codes such as "
                         f"{list(DEFAULT_LANGUAGES)} or {UNDETERMINED!r}.")
    return code


def check_candidates(candidates: Iterable[str] | None) -> tuple[str, ...]:
    if candidates is None:
        return DEFAULT_LANGUAGES
    if isinstance(candidates, str):
        candidates = [candidates]
    cands = tuple(sorted({str(c).lower() for c in candidates}))
    table = _lingua_languages()
    unknown = [c for c in cands if c not in table]
    if unknown:
        raise ValueError(
            f"languages must be ISO 639-1 codes known to lingua; unknown: {unknown}. "
            f"Known codes include {list(DEFAULT_LANGUAGES)}."
        )
    if not cands:
        raise ValueError("languages must name at least one language.")
    return cands


@renamed_parameters(candidates="languages")
def detect_language(
    text: str,
    *,
    languages: Sequence[str] | None = None,
    min_letters: int = _MIN_LETTERS,
    max_chars: int = 20_000,
    fast: bool = True,
) -> tuple[str, float]:
    """Identify the language of ``text`` among ``languages``.

    Uses lingua's offline n-gram models restricted to a candidate set, which is
    both more accurate and faster than considering every language.

    Parameters
    ----------
    text : str
        The text to identify.
    languages : sequence of str, optional
        ISO 639-1 codes to choose among; default ``("en", "id", "kk", "ru")``
        (``candidates`` is the deprecated old name).
    min_letters : int, default=10
        Texts with fewer letters are too short to identify and get ``"und"``.
    max_chars : int, default=20000
        Only the first, middle and last ``max_chars // 3`` characters of longer
        texts are used (identification cost stays bounded for large files).
    fast : bool, default=True
        Decide unambiguous texts by script and function words first
        (:func:`rule_language`, confidence 1.0) and ask lingua only about the rest.

    Returns
    -------
    (lang, confidence) : tuple of (str, float)
        ISO 639-1 code (or ``"und"``) and lingua's confidence in ``[0, 1]``
        (``0.0`` for ``"und"``).

    Examples
    --------
    >>> detect_language("Кеңестік жүйенің реформаларының қасіретті салдарлары")
    ('kk', 1.0)
    >>> detect_language("Топ:112")
    ('und', 0.0)
    """
    cands = check_candidates(languages)
    if not isinstance(text, str):
        raise TypeError(f"text must be str; got {type(text).__name__}.")
    if len(text) > max_chars:
        third = max_chars // 3
        mid = len(text) // 2
        text = "\n".join(
            [text[:third], text[mid - third // 2 : mid + third // 2], text[-third:]]
        )
    n_letters = sum(map(len, _LETTER_RE.findall(text)))
    if n_letters < min_letters:
        return UNDETERMINED, 0.0
    if fast:
        guess = rule_language(text, cands, n_letters)
        if guess is not None:
            return guess, 1.0
    values = _detector(cands).compute_language_confidence_values(text)
    if not values or values[0].value <= 0:
        return UNDETERMINED, 0.0
    best = values[0]
    return best.language.iso_code_639_1.name.lower(), round(float(best.value), 6)


def rule_language(text: str, candidates: Sequence[str], n_letters: int) -> str | None:
    """Decide an unambiguous text by script and function words, or return ``None``.

    Applies only when every candidate is among en/id/kk/ru (otherwise ``None``):

    - Cyrillic (>= 97% of the letters): Kazakh when the Kazakh-only letters
      ``ә ғ қ ң ө ұ ү һ і`` make up at least 2% of them (and at least 2 letters);
      Russian when there is none of them among at least 40 Cyrillic letters.
    - Latin (>= 97%): English or Indonesian when at least 3 of the words are that
      language's most common function words and at least 4 times as many as the
      other's.

    Anything else (mixed scripts, few letters, a close call) is left to lingua.

    Examples
    --------
    >>> rule_language("Қазақстан Республикасының Конституциясы", ("en", "id", "kk", "ru"), 38)
    'kk'
    >>> rule_language("The city was rebuilt by the end of the war", ("en", "id"), 32) is None
    False
    """
    if not set(candidates) <= _RULE_LANGUAGES or n_letters == 0:
        return None
    data = text.encode("utf-8")
    # U+0400-U+04FF are the UTF-8 sequences led by bytes D0-D3: counted in C
    cyr = sum(map(data.count, _CYRILLIC_LEADS))
    if cyr >= 0.97 * n_letters:
        kk = sum(map(text.count, _KAZAKH_LETTERS))
        if kk >= max(2, 0.02 * cyr) and "kk" in candidates:
            return "kk"
        if kk == 0 and cyr >= 40 and "ru" in candidates:
            return "ru"
        return None
    if sum(map(len, _LATIN_RE.findall(text))) < 0.97 * n_letters:
        return None
    words = _ASCII_WORD_RE.findall(text.lower())
    en = sum(1 for w in words if w in _EN_WORDS)
    id_ = sum(1 for w in words if w in _ID_WORDS)
    if en >= 3 and en >= 4 * id_ and "en" in candidates:
        return "en"
    if id_ >= 3 and id_ >= 4 * en and "id" in candidates:
        return "id"
    return None


_PARA_SPLIT_RE = re.compile(r"\n")


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the non-blank paragraphs of ``text``.

    A paragraph is a line (text between newlines), with surrounding white space
    excluded from the span. Texts exported from word processors and the web put
    one paragraph per line; hard-wrapped texts give one span per line.

    Examples
    --------
    >>> split_paragraphs("Первый абзац.\\n\\n  Second one.\\n")
    [(0, 13), (17, 28)]
    """
    spans = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append((pos + lead, pos + lead + len(stripped)))
        pos += len(line) + 1
    return spans


def language_spans(text: str, lang: str | None, *,
                   min_letters: int = 20) -> list[tuple[int, int, str | None]]:
    """Stretches of one document in one language: ``(start, end, lang)``, covering the text.

    A paragraph (a line) takes another language than the document's only when the
    script and function-word rule (:func:`rule_language`, no statistical model) is sure
    of it: a Russian paragraph in a Kazakh document, an English abstract in an
    Indonesian article. Anything unsure keeps the document's language, and so do
    documents whose language is not one of en/id/kk/ru. Neighbouring paragraphs in one
    language are merged, so a one-language document is one span. Cheap and
    deterministic: every term count of the package tokenises, stems and filters
    stopwords span by span with this.

    Examples
    --------
    >>> text = ("Ауыл шаруашылығы өнімдерінің көлемі өсті.\\n"
    ...         "Объем продукции сельского хозяйства вырос по всем показателям.")
    >>> language_spans(text, "kk")
    [(0, 41, 'kk'), (41, 104, 'ru')]
    >>> language_spans("Одна строка.", "ru")
    [(0, 12, 'ru')]
    """
    may_switch = _switch_gate(text, lang) if lang in _RULE_LANGUAGES else None
    if may_switch is None:  # no paragraph can be in another language
        return [(0, len(text), lang)]
    spans: list[list] = []
    for s, e in split_paragraphs(text):
        para = text[s:e]
        found = None
        if may_switch(para):
            n_letters = sum(map(len, _LETTER_RE.findall(para)))
            if n_letters >= min_letters:
                found = rule_language(para, DEFAULT_LANGUAGES, n_letters)
        plang = found or lang
        if spans and spans[-1][2] == plang:
            spans[-1][1] = e
        else:  # a new span starts where the previous one's last paragraph ended
            spans.append([spans[-1][1] if spans else 0, e, plang])
    if not spans:
        return [(0, len(text), lang)]
    spans[-1][1] = len(text)
    return [(a, b, c) for a, b, c in spans]


_CYRILLIC_RE = re.compile("[\u0400-\u04ff]")
_LATIN_RUN_RE = re.compile(r"[A-Za-z]{3,}")
_FUNCTION_WORDS = {"en": _EN_WORDS, "id": _ID_WORDS}


def _count_words(text: str, words: frozenset) -> int:
    """How many of the words of ``text`` (ASCII, case-folded) are in ``words``."""
    return sum(1 for w in _ASCII_WORD_RE.findall(text.lower()) if w in words)


def _has_kazakh(text: str) -> bool:
    return any(k in text for k in _KAZAKH_LETTERS)


def _switch_gate(text: str, lang: str):
    """A cheap test of the paragraphs that :func:`rule_language` could put in another
    language than ``lang`` (None: no paragraph of ``text`` can be)."""
    if lang in ("kk", "ru"):
        kazakh, latin = _has_kazakh(text), _LATIN_RUN_RE.search(text) is not None
        if lang == "ru" and not kazakh and not latin:
            return None
        if lang == "kk":  # Russian or Latin paragraphs have no Kazakh letters
            return lambda para: not _has_kazakh(para)
        return lambda para: _has_kazakh(para) or _CYRILLIC_RE.search(para) is None
    other = _FUNCTION_WORDS["id" if lang == "en" else "en"]
    cyrillic = _CYRILLIC_RE.search(text) is not None
    latin_switch = _count_words(text, other) >= 3
    if not cyrillic and not latin_switch:
        return None
    return lambda para: ((cyrillic and _CYRILLIC_RE.search(para) is not None)
                         or (latin_switch and _count_words(para, other) >= 3))


def document_paragraphs(
    text: str, *, candidates: Sequence[str] | None = None, min_letters: int = 20
) -> list[tuple[int, int, int, str, float, int]]:
    """Paragraphs of one text with their language: the per-document step.

    Returns ``(paragraph, start, end, lang, lang_confidence, n_chars)`` tuples, as the
    rows of :func:`paragraph_languages`.

    Examples
    --------
    >>> document_paragraphs("Восстановление города началось в августе 1943 года.")
    [(0, 0, 51, 'ru', 1.0, 51)]
    """
    rows = []
    for i, (s, e) in enumerate(split_paragraphs(text)):
        lang, conf = detect_language(text[s:e], languages=candidates, min_letters=min_letters)
        rows.append((i, s, e, lang, conf, e - s))
    return rows
