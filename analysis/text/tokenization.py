"""Unicode-aware tokenisation into a long token table with character offsets."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable
from itertools import chain

import pandas as pd
import regex

from ..corpus.langid import check_language, language_spans
from ..corpus.reading import as_corpus
from .roman import is_roman_numeral
from .stopwords import stopwords as _stopwords

__all__ = [
    "TOKEN_COLUMNS",
    "STEMMER_LANGUAGES",
    "tokenize_text",
    "tokens",
    "count_terms",
    "normalize_term",
    "stem_terms",
    "is_roman_numeral",
    "word_profile",
    "word_sequence",
    "segment_ttrs",
    "MSTTR_SEGMENT",
    "stem_counts",
    "merge_forms",
    "chunk_map",
]

#: Columns of :func:`tokens`, in order.
TOKEN_COLUMNS = ["doc_id", "lang", "position", "start", "end", "token", "term", "kind", "is_stop"]

#: Languages with a Snowball stemmer (PyStemmer). Kazakh has none: see :func:`stem_terms`.
STEMMER_LANGUAGES: dict[str, str] = {"ru": "russian", "en": "english", "id": "indonesian",
                                      "kk": "kazakh"}

_L = r"\p{L}\p{M}"
_SUP = "\u00b9\u00b2\u00b3\u2070-\u2079"
_APOS = "'\u2019\u02bc"
# Hyphens that join words: ASCII hyphen-minus, U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN.
_HYPH = "\\-\u2010\u2011"
# A number: digits with inner . , : separators, optionally followed by letters glued directly
# (2nd, 15th) or after a hyphen (1931-ші, 1990-х, 15-й, 34%-ы is split at %).
_NUMBER = rf"\d+(?:[.,:]\d+)*(?:-?[{_L}]+)?"
# Word with inner hyphens/apostrophes: социально-экономических, O'Brien, қазақ-орыс.
_WORD = rf"[{_L}]+(?:[{_HYPH}{_APOS}][{_L}]+)*"
# Word glued to a number with a hyphen: ke-27, COVID-19, Ту-154.
_ALNUM = rf"{_WORD}[{_HYPH}]\d+(?:[.,]\d+)*"
# Web addresses and e-mail addresses are tokens of their own, never words (no "https",
# "www" or "gmail" terms); a URL ends before closing punctuation and quotes.
_URL = (r"(?:(?:https?|ftp)://|www\.)[^\s<>\"«»]*[^\s<>\"«».,;:!?)\]}'’”]")
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
TOKEN_RE = regex.compile(
    rf"(?P<url>{_URL})|(?P<email>{_EMAIL})|(?P<alnum>{_ALNUM})|(?P<word>{_WORD})|(?P<number>{_NUMBER}|[\p{{N}}--[{_SUP}]]+)"
    rf"|(?P<footnote>[{_SUP}]+)|(?P<symbol>[%\u2030\u2031]|\p{{S}})|(?P<punct>\p{{P}})|(?P<other>\S)",
    regex.V1,
)
_TERM_TRANSLATE = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2010": "-", "\u2011": "-"})


def normalize_term(token: str, lang: str | None = None) -> str:
    """Normalise a word token to its term: case-folded, apostrophes and hyphens unified
    (’ ʼ → ', U+2010/U+2011 → -), Russian ё → е.

    Examples
    --------
    >>> normalize_term("Ёлка", "ru"), normalize_term("O’Brien", "en")
    ('елка', "o'brien")
    """
    term = token.lower().translate(_TERM_TRANSLATE)
    if lang == "ru" or lang == "kk":
        term = term.replace("ё", "е") if lang == "ru" else term
    return term


@functools.cache
def stemmer(lang: str):
    """The stemmer of ``lang``: Snowball (PyStemmer) for ru/en/id, ours for kk."""
    if lang == "kk":
        from .kazakh_stemmer import KazakhStemmer

        return KazakhStemmer()
    import Stemmer

    return Stemmer.Stemmer(STEMMER_LANGUAGES[lang])


def stem_terms(terms: Iterable[str], lang: str) -> dict[str, str]:
    """Map each distinct term to its stem (identity for languages without a stemmer).

    Stemming is done once per type, not per token (20–50× cheaper). Russian, English
    and Indonesian use Snowball (PyStemmer). Kazakh has no Snowball stemmer, and the
    ``kazstem`` analyser is GPL-3.0-or-later, which this MIT-licensed package cannot
    depend on: Kazakh uses the package's own rule-based suffix stripper
    (:mod:`analysis.text.kazakh_stemmer`: inflection removed, derivation kept).

    Examples
    --------
    >>> stem_terms(["выборы", "выборов"], "ru")
    {'выборов': 'выбор', 'выборы': 'выбор'}
    >>> stem_terms(["жылдары", "жылы"], "kk")
    {'жылдары': 'жыл', 'жылы': 'жыл'}
    """
    types = sorted(set(terms))
    if lang not in STEMMER_LANGUAGES:
        return {t: t for t in types}
    stems = stemmer(lang).stemWords(types)
    return dict(zip(types, stems, strict=True))


def tokenize_text(text: str, lang: str | None = None) -> pd.DataFrame:
    """Tokenise one text into a table of tokens with offsets (the per-document step).

    Token kinds: ``word`` (letters, with inner hyphens and apostrophes:
    ``социально-экономических``), ``number`` (digits with inner ``.,:`` and a
    glued suffix: ``22427,3``, ``1931-ші``, ``2nd``), ``alnum`` (a word hyphenated
    to digits: ``ke-27``, ``COVID-19``), ``roman`` (upper-case Roman numerals of
    two or more letters: ``XIV``, ``ХХ``), ``url`` (``https://…``, ``www.…``),
    ``email``, ``footnote`` (superscript digits ``¹²``, never glued to the word
    before), ``punct``, ``symbol`` (``%``, ``$``, ``№``) and ``other``. Only words
    are terms.

    Returns
    -------
    DataFrame
        ``position`` (int, 0-based token index), ``start``, ``end`` (int offsets,
        ``text[start:end] == token``), ``token`` (str, surface), ``term`` (str,
        :func:`normalize_term` of words; the surface otherwise), ``kind`` (str),
        ``is_stop`` (bool, word in the language's stopword list).

    Examples
    --------
    >>> tokenize_text("Социально-экономических реформ¹ 1931 жылға.", "ru")[["token", "kind"]]
                         token      kind
    0  Социально-экономических      word
    1                   реформ      word
    2                        ¹  footnote
    3                     1931    number
    4                    жылға      word
    5                        .     punct
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str; got {type(text).__name__}.")
    lang = check_language(lang)
    starts, ends, toks, kinds = [], [], [], []
    for m in TOKEN_RE.finditer(text):
        kind = m.lastgroup
        tok = m.group()
        if kind == "word" and tok[0].isupper() and is_roman_numeral(tok):
            kind = "roman"
        starts.append(m.start())
        ends.append(m.end())
        toks.append(tok)
        kinds.append(kind)
    stop = _stopwords(lang) if lang else frozenset()
    cache: dict[str, str] = {}
    terms = []
    is_stop = []
    for tok, kind in zip(toks, kinds, strict=True):
        if kind == "word":
            term = cache.get(tok)
            if term is None:
                term = cache[tok] = normalize_term(tok, lang)
            terms.append(term)
            is_stop.append(term in stop)
        else:
            terms.append(tok)
            is_stop.append(False)
    return pd.DataFrame(
        {
            "position": pd.Series(range(len(toks)), dtype="int64"),
            "start": pd.Series(starts, dtype="int64"),
            "end": pd.Series(ends, dtype="int64"),
            "token": pd.Series(toks, dtype=object),
            "term": pd.Series(terms, dtype=object),
            "kind": pd.Series(kinds, dtype=object),
            "is_stop": pd.Series(is_stop, dtype=bool),
        }
    )


def tokens(
    corpus: pd.DataFrame,
    *,
    remove_stopwords: bool = False,
    stem: bool = False,
    kinds: Iterable[str] | None = None,
    progress: bool = False,
) -> pd.DataFrame:
    """Tokenise every document of a corpus into one long table.

    Parameters
    ----------
    corpus : DataFrame
        Output of :func:`analysis.load_corpus` (``doc_id``, ``lang``, ``text``).
    remove_stopwords : bool, default=False
        Drop stopword tokens (``is_stop``).
    stem : bool, default=False
        Replace word terms by their Snowball stem (ru, en, id; see :func:`stem_terms`).
    kinds : iterable of str, optional
        Keep only these token kinds (e.g. ``["word"]``).
    progress : bool, default=False
        Show a tqdm progress bar over documents.

    Returns
    -------
    DataFrame
        ``doc_id`` (str), ``lang`` (str), then the columns of :func:`tokenize_text`:
        ``position``, ``start``, ``end``, ``token``, ``term``, ``kind``, ``is_stop``.
        Offsets refer to the document's (normalised) ``text``; ``position`` is the
        index before any filtering.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"doc_id": ["a"], "lang": ["kk"], "text": ["ХХ ғасырдың 30-шы жылдары"]})
    >>> tokens(corpus)[["token", "term", "kind", "start", "end"]]
           token       term    kind  start  end
    0         ХХ         ХХ   roman      0    2
    1  ғасырдың  ғасырдың    word      3   11
    2      30-шы      30-шы  number     12   17
    3    жылдары    жылдары    word     18   25
    """
    corpus = as_corpus(corpus)
    keep = None if kinds is None else set(kinds)
    frames = []
    it = zip(corpus["doc_id"], corpus["lang"], corpus["text"], strict=True)
    if progress:
        from tqdm.auto import tqdm

        it = tqdm(it, total=len(corpus), desc="tokenising", unit="doc")
    for doc_id, lang, text in it:
        t = span_tokens(text, language_spans(text, lang))
        if remove_stopwords:
            t = t[~t["is_stop"]]
        if keep is not None:
            t = t[t["kind"].isin(keep)]
        if stem and len(t):
            for plang, rows in t[t["kind"] == "word"].groupby("lang", sort=False).groups.items():
                mapping = stem_terms(t.loc[rows, "term"], plang)
                t.loc[rows, "term"] = t.loc[rows, "term"].map(mapping)
        t.insert(0, "doc_id", doc_id)
        frames.append(t)
    if not frames:
        return pd.DataFrame({c: pd.Series(dtype=o) for c, o in zip(
            TOKEN_COLUMNS, [str, str, "int64", "int64", "int64", object, object, object, bool],
            strict=True)})
    return pd.concat(frames, ignore_index=True)[TOKEN_COLUMNS]


def span_tokens(text: str, spans: list) -> pd.DataFrame:
    """:func:`tokenize_text` of each language span (see
    :func:`analysis.corpus.langid.language_spans`), with a ``lang`` column first and
    offsets and positions into the whole text.

    Examples
    --------
    >>> text = "Ауыл шаруашылығы өсті.\\nОбъем продукции вырос по всем показателям."
    >>> span_tokens(text, [(0, 22, "kk"), (22, 66, "ru")])[["lang", "token", "start"]].iloc[[0, 4]]
      lang token  start
    0   kk  Ауыл      0
    4   ru Объем     23
    """
    if len(spans) == 1:
        t = tokenize_text(text, spans[0][2])
        t.insert(0, "lang", spans[0][2])
        return t
    frames, position = [], 0
    for s, e, plang in spans:
        t = tokenize_text(text[s:e], plang)
        t["start"] += s
        t["end"] += s
        t["position"] += position
        position += len(t)
        t.insert(0, "lang", plang)
        frames.append(t)
    return pd.concat(frames, ignore_index=True)


def count_terms(
    text: str,
    lang: str | None = None,
    *,
    remove_stopwords: bool = True,
    stem: bool = False,
    min_length: int = 2,
    lemmatize: bool = False,
) -> Counter:
    """Count the word terms of one text (the per-document step of term frequencies).

    Equivalent to counting ``term`` over :func:`tokenize_text` rows with
    ``kind == "word"`` of at least ``min_length`` characters (minus stopwords when
    asked; the default ``min_length=2`` is the one of every term table), but computed from the
    white-space separated chunks of the text (``str.split``, in C), tokenising
    each distinct chunk once: several times faster. No token crosses white space.

    Examples
    --------
    >>> count_terms("Выборы, выборы и снова ВЫБОРЫ в 2024 году.", "ru")
    Counter({'выборы': 3})
    >>> count_terms("Выборы, выборы и снова ВЫБОРЫ.", "ru", remove_stopwords=False,
    ...             min_length=1)
    Counter({'выборы': 3, 'и': 1, 'снова': 1})
    """
    out: Counter = Counter()
    spans = language_spans(text, lang)  # a paragraph in another language: its own rules
    for s, e, plang in spans:
        part = text if len(spans) == 1 else text[s:e]
        out.update(terms_from_chunks(Counter(part.split()), plang, remove_stopwords, stem,
                                     min_length, lemmatize))
    return out


@functools.lru_cache(maxsize=100_000)
def _chunk_words(chunk: str) -> tuple[str, ...]:
    """Word tokens (kind ``word``) inside one white-space chunk, as :func:`tokenize_text` finds."""
    if chunk.isalpha():
        if chunk[0].isupper() and is_roman_numeral(chunk):
            return ()
        return (chunk,)
    out = []
    for m in TOKEN_RE.finditer(chunk):
        if m.lastgroup == "word":
            tok = m.group()
            if not (tok[0].isupper() and is_roman_numeral(tok)):
                out.append(tok)
    return tuple(out)


@functools.lru_cache(maxsize=20_000)
def chunk_terms(chunk: str, lang, remove_stopwords: bool, min_length: int) -> tuple[str, ...]:
    """Final terms contributed by one chunk (normalised, stopwords and short terms removed)."""
    stop = _stopwords(lang) if (remove_stopwords and lang) else frozenset()
    terms = (normalize_term(tok, lang) for tok in _chunk_words(chunk))
    return tuple(t for t in terms if t not in stop and len(t) >= min_length)


def terms_from_chunks(raw: Counter, lang, remove_stopwords: bool, stem: bool,
                       min_length: int, lemmatize: bool = False) -> Counter:
    out: Counter = Counter()
    get = out.get
    for chunk, n in raw.items():
        terms = chunk_terms(chunk, lang, remove_stopwords, min_length)
        if len(terms) == 1:
            t = terms[0]
            out[t] = get(t, 0) + n
        else:
            for t in terms:
                out[t] = get(t, 0) + n
    return merge_forms(out, lang, stem=stem, lemmatize=lemmatize,
                       remove_stopwords=remove_stopwords)


def merge_forms(counts: Counter, lang, *, stem: bool = False, lemmatize: bool = False,
                remove_stopwords: bool = False) -> Counter:
    """Counts by lemma (``lemmatize``), by stem (``stem``) or as they are.

    Examples
    --------
    >>> merge_forms(Counter({"выборы": 2, "выборах": 1}), "ru", lemmatize=True)
    Counter({'выборы': 3})
    """
    if lemmatize:
        from .lemmas import lemma_counts

        stop = _stopwords(lang) if (remove_stopwords and lang) else frozenset()
        return lemma_counts(counts, lang, stop)
    return stem_counts(counts, lang) if stem else counts


def stem_counts(counts: Counter, lang: str | None) -> Counter:
    """Merge the counts of terms that share a Snowball stem (see :func:`stem_terms`).

    Examples
    --------
    >>> stem_counts(Counter({"выборы": 2, "выборов": 1}), "ru")
    Counter({'выбор': 3})
    """
    if not counts or lang not in STEMMER_LANGUAGES:
        return counts
    mapping = stem_terms(counts, lang)
    stemmed: Counter = Counter()
    for term, n in counts.items():
        stemmed[mapping[term]] += n
    return stemmed


@functools.lru_cache(maxsize=100_000)
def _chunk_numbers(chunk: str) -> int:
    """Number, alphanumeric and Roman-numeral tokens inside one white-space chunk."""
    if chunk.isalpha():
        return int(chunk[0].isupper() and is_roman_numeral(chunk))
    n = 0
    for m in TOKEN_RE.finditer(chunk):
        kind = m.lastgroup
        if kind in ("number", "alnum") or (
                kind == "word" and m.group()[0].isupper() and is_roman_numeral(m.group())):
            n += 1
    return n


def word_profile(text: str, lang: str | None) -> tuple[Counter, int]:
    """Word terms of one text (stopwords included) and its number of numeric tokens.

    The per-document step behind corpus summaries, term frequencies and TF-IDF:
    the text is cut into white-space chunks once (``str.split``, in C) and each
    distinct chunk is tokenised once, with the same expression as
    :func:`tokenize_text`. The counts equal counting ``term`` over the ``word``
    rows of :func:`tokenize_text`; the number equals its ``number``, ``alnum`` and
    ``roman`` rows.

    Examples
    --------
    >>> words, n_numbers = word_profile("В 1931 году и в XIV веке, в 1990-х.", "ru")
    >>> sorted(words.items()), n_numbers
    ([('в', 3), ('веке', 1), ('году', 1), ('и', 1)], 3)
    """
    sequence, n_numbers = word_sequence(text, lang)
    return Counter(sequence), n_numbers


def word_sequence(text: str, lang: str | None) -> tuple[list[str], int]:
    """Word terms of one text in order (stopwords included), and its number of numeric
    tokens: what :func:`word_profile` counts, for measures that need the order.

    Examples
    --------
    >>> word_sequence("В 1931 году и в XIV веке.", "ru")
    (['в', 'году', 'и', 'в', 'веке'], 2)
    """
    chunks = text.split()
    terms_of = chunk_map(_ChunkWords, lang)
    sequence = list(chain.from_iterable(map(terms_of.__getitem__, chunks)))
    numbers_of = chunk_map(_ChunkNumbers, None)
    return sequence, sum(map(numbers_of.__getitem__, chunks))


#: Segment length of the mean segmental type-token ratio (quanteda's MSTTR default).
MSTTR_SEGMENT = 100


def segment_ttrs(sequence: list[str], segment: int = MSTTR_SEGMENT) -> list[float]:
    """Type-token ratios of consecutive segments of ``segment`` tokens (the rest dropped).

    Their mean is the mean segmental type-token ratio (MSTTR; Johnson 1944), which,
    unlike the raw ratio, does not fall as texts get longer: every ratio is measured
    on the same number of tokens.

    Examples
    --------
    >>> segment_ttrs(["a", "b", "a", "a", "c", "d", "e"], segment=3)
    [0.6666666666666666, 1.0]
    """
    return [len(set(sequence[i:i + segment])) / segment
            for i in range(0, len(sequence) - segment + 1, segment)]


#: Per-process chunk maps, one per kind and options, emptied when they reach this size.
_CHUNK_MAP_LIMIT = 50_000
_CHUNK_MAPS: dict = {}


def chunk_map(cls, *args) -> dict:
    """The process's ``cls(*args)`` chunk map (a dict filled on first sight), bounded.

    Looking chunks up in a dict with ``map`` runs in C; Python runs only for chunks not
    seen recently, so the maps are shared by all documents a process visits.
    """
    key = (cls, *args)
    m = _CHUNK_MAPS.get(key)
    if m is None or len(m) >= _CHUNK_MAP_LIMIT:
        m = _CHUNK_MAPS[key] = cls(*args)
    return m


class _ChunkWords(dict):
    """chunk -> its word terms (stopwords kept), filled on first sight."""

    def __init__(self, lang) -> None:
        super().__init__()
        self.lang = lang

    def __missing__(self, chunk: str) -> tuple[str, ...]:
        if len(self) >= _CHUNK_MAP_LIMIT:  # bounded inside one long document too
            self.clear()
        terms = self[chunk] = chunk_terms(chunk, self.lang, False, 1)
        return terms


class _ChunkNumbers(dict):
    """chunk -> its number of numeric tokens, filled on first sight."""

    def __init__(self, _unused=None) -> None:
        super().__init__()

    def __missing__(self, chunk: str) -> int:
        if len(self) >= _CHUNK_MAP_LIMIT:
            self.clear()
        n = self[chunk] = _chunk_numbers(chunk)
        return n
