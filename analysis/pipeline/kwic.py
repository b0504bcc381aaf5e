"""Keyword in context over the document pass: a token-position index built per batch
(:class:`analysis.terms.kwic.KwicIndex`), and queries on it."""

from __future__ import annotations

import functools

import numpy as np
import pandas as pd
import regex as regex_module

from .._core.validation import check_bool, check_options, check_positive_int
from ..corpus.reading import as_corpus
from ..corpus.sources import read_task
from ..mentions import KINDS
from ..terms.kwic import (
    KWIC_COLUMNS,
    KwicIndex,
    KwicIndexBuilder,
    document_tokens,
    kwic_batch,
    kwic_lookup,
)
from ..text.tokenization import normalize_term
from .compare_batches import (
    _batches,
)

__all__ = ["kwic", "kwic_index"]
def _kwic_batch(task, *, mentions: bool) -> tuple[int, object]:
    docs = ((doc.doc_id, doc.lang, doc.text) for doc in read_task(task))
    return task.n_bytes, kwic_batch(docs, mentions=mentions)


def kwic_index(corpus, *, mentions: bool = True, n_jobs: int | None = 1,
               progress: bool = False) -> KwicIndex:
    """Index every token of a corpus for :func:`kwic`: term → positions, built once.

    Each worker tokenises the documents of its batch once
    (:func:`analysis.terms.kwic.document_tokens`: the tokens of
    :func:`analysis.tokens`, stopwords and punctuation included, words normalised
    by :func:`~analysis.text.tokenization.normalize_term`) and returns its terms as
    ids of a batch vocabulary with their offsets; the batches are folded into one
    global term-id array, sorted once, so the positions of a term are one slice.
    Passing the index to :func:`kwic` in place of the corpus answers a term or
    phrase query in time proportional to its matches (well under a second for a
    term on a corpus of 100 MB), instead of tokenising the corpus again.

    Parameters
    ----------
    corpus : DataFrame, path, list or Series
        Anything :func:`analysis.load_corpus` accepts.
    mentions : bool, default=True
        Also extract the numeric mentions (needed by ``kwic(index, kind=...)``);
        the slower part of the build.
    n_jobs : int or None, default=1
        Worker processes (``-1``: every core).
    progress : bool, default=False
        One progress bar over the pass.

    Returns
    -------
    KwicIndex
        Holds the texts, the token offsets (8 bytes per token and offset), the
        sorted positions and the vocabulary: about three times the size of the
        texts in memory.

    Examples
    --------
    >>> index = kwic_index(["The plant was rebuilt. The plant reopened in 1944."])
    >>> index
    KwicIndex(1 documents, 11 tokens, 8 terms, mentions=True)
    >>> kwic(index, "plant", window=1)[["left", "match", "right"]]
      left  match     right
    0  The  plant       was
    1  The  plant  reopened
    """
    corpus = as_corpus(corpus)
    check_bool("mentions", mentions)
    check_bool("progress", progress)
    builder = KwicIndexBuilder(mentions=mentions)
    fn = functools.partial(_kwic_batch, mentions=mentions)
    for batch in _batches(corpus, fn, n_jobs=n_jobs, progress=progress, desc="indexing"):
        builder.add(batch)
    return builder.finish(corpus["text"].tolist())


def _check_kwic(corpus, pattern, window, kind, regex, stem, lemmatize):
    if pattern is None and kind is None:
        raise ValueError("pattern must be a term, a phrase or a regular expression (or give "
                         "kind); got None.")
    if pattern is not None and (not isinstance(pattern, str) or not pattern.strip()):
        raise ValueError(f"pattern must be a non-empty string; got {pattern!r}.")
    window = check_positive_int("window", window, minimum=0)
    if kind is not None:
        check_options("kind", kind, KINDS)
    check_bool("regex", regex)
    check_bool("stem", stem)
    check_bool("lemmatize", lemmatize)
    if stem and lemmatize:
        raise ValueError("stem and lemmatize are alternatives; pass at most one of them.")
    if regex and pattern is None:
        raise ValueError("pattern: regex=True needs a regular expression; got None.")
    if regex:
        try:
            regex_module.compile(pattern)
        except regex_module.error as exc:
            raise ValueError(f"pattern is not a valid regular expression: {exc}.") from None
    elif kind is None and not document_tokens(pattern, None)[0]:
        raise ValueError(f"pattern has no token to match; got {pattern!r}.")
    if isinstance(corpus, KwicIndex) and kind is not None and corpus.mentions is None:
        raise ValueError("kind: this index was built without mentions; use "
                         "kwic_index(corpus, mentions=True).")
    return window


def _candidates(corpus: pd.DataFrame, pattern, kind, regex: bool, loose: bool) -> np.ndarray:
    """Documents that can hold a match (a necessary condition, checked cheaply; every
    document when ``loose``: a stem or lemma query matches other written forms)."""
    texts, langs = corpus["text"].tolist(), corpus["lang"].tolist()
    if kind is not None or (loose and not regex):
        return np.ones(len(corpus), dtype=bool)
    if regex:
        rx = regex_module.compile(pattern)
        return np.fromiter((rx.search(t) is not None for t in texts), bool, len(texts))
    keep = np.zeros(len(texts), dtype=bool)
    for i, (text, lang) in enumerate(zip(texts, langs, strict=True)):
        lang = lang if isinstance(lang, str) else None
        first = document_tokens(pattern, lang)[0]
        keep[i] = bool(first) and normalize_term(first[0], lang) in normalize_term(text, lang)
    return keep


def kwic(corpus, pattern: str | None = None, *, window: int = 8, kind: str | None = None,
         regex: bool = False, stem: bool = False, lemmatize: bool = False,
         n_jobs: int | None = 1, progress: bool = False) -> pd.DataFrame:
    r"""Keyword in context: every match of a term, phrase, expression or mention kind.

    - a **term** (``"выборы"``) matches the tokens whose normalised term
      (:func:`~analysis.text.tokenization.normalize_term`: case-folded, ``ё`` → ``е``
      in Russian, apostrophes and hyphens unified) equals the pattern's, in every
      language (the pattern is normalised with each document's language);
      ``stem=True`` matches every form sharing its stem
      (:func:`~analysis.text.tokenization.stem_terms`: ``выбор`` finds ``выборы``,
      ``выборов``); ``lemmatize=True`` matches every form sharing its lemma
      (:func:`~analysis.text.lemmas.lemma`: ``человек`` finds ``людей``, ``be`` finds
      ``were``; the Kazakh stemmer for Kazakh), so the keywords of
      ``keyness(..., lemmatize=True)`` (its default) are found in every form;
    - a **phrase** (several tokens, ``"тыс. рублей"``) matches those terms at
      consecutive token positions (punctuation is a token; stopwords are kept);
    - ``regex=True``: a regular expression (the ``regex`` module, case-sensitive
      unless ``(?i)``) searched in each text; empty matches are skipped;
    - ``kind="money"`` (any kind of :data:`analysis.mentions.KINDS`): every numeric
      mention of that kind, optionally only those whose surface contains
      ``pattern`` (case-folded; a regular expression with ``regex=True``).

    ``window`` counts tokens (words, numbers and punctuation, as in
    :func:`analysis.tokens`) on each side, within the document.

    Parameters
    ----------
    corpus : DataFrame, path, list, Series or KwicIndex
        Anything :func:`analysis.load_corpus` accepts, or a :func:`kwic_index`
        (fast repeated queries: no tokenisation at query time; the first ``stem=True``
        query of a language stems the words of that language's documents once,
        about a second for 20 MB of text, and later ones reuse it; the first
        ``lemmatize=True`` query of a language lemmatises them once, which for
        Russian (pymorphy3, about 0.1 ms a word) takes seconds on a large
        vocabulary). Given a corpus, the
        documents that cannot match are skipped by a cheap test on the normalised
        text, and only the rest are indexed.
    pattern : str, optional
        Term, phrase or regular expression; may be None with ``kind``.
    window : int, default=8
        Tokens of context on each side.
    kind : str, optional
        Numeric-mention kind.
    regex, stem, lemmatize : bool, default=False
        Read ``pattern`` as a regular expression; match by stem; match by lemma
        (``stem`` and ``lemmatize`` are alternatives).
    n_jobs : int or None, default=1
        Worker processes for indexing a corpus.
    progress : bool, default=False
        One progress bar over the indexing.

    Returns
    -------
    DataFrame
        ``doc_id``, ``lang`` (str), ``start``, ``end`` (int, offsets into the
        document's normalised text: ``text[start:end] == match``), ``left`` (str, up
        to ``window`` tokens before), ``match`` (str, the surface), ``right`` (str,
        up to ``window`` tokens after). Contexts are the text between those tokens
        with white-space runs (line breaks too) collapsed to one space and the ends
        stripped. Documents in corpus order, then by ``start``.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"doc_id": ["a"], "lang": ["ru"],
    ...     "text": ["Бюджет 5 тыс. рублей. Итого 12 тыс. рублей на выборы."]})
    >>> kwic(corpus, "тыс. рублей", window=2)
      doc_id lang  start  end      left        match      right
    0      a   ru      9   20  Бюджет 5  тыс. рублей    . Итого
    1      a   ru     31   42  Итого 12  тыс. рублей  на выборы
    >>> kwic(corpus, kind="money", window=1)[["start", "end", "match"]]
       start  end           match
    0      7   20   5 тыс. рублей
    1     28   42  12 тыс. рублей
    """
    window = _check_kwic(corpus, pattern, window, kind, regex, stem, lemmatize)
    if isinstance(corpus, KwicIndex):
        index = corpus
    else:
        corpus = as_corpus(corpus)
        check_bool("progress", progress)
        keep = _candidates(corpus, pattern, kind, regex, stem or lemmatize)
        if not keep.any():
            return pd.DataFrame({c: pd.Series(dtype=np.int64 if c in ("start", "end")
                                              else object) for c in KWIC_COLUMNS})
        index = kwic_index(corpus[keep].reset_index(drop=True), mentions=kind is not None,
                           n_jobs=n_jobs, progress=progress)
    return kwic_lookup(index, pattern, window=window, kind=kind, regex=regex, stem=stem,
                       lemmatize=lemmatize)
