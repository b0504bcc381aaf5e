"""Fast term counting: white-space chunks -> term ids, with all per-token work in C.

``str.split`` cuts a text into white-space separated chunks in C; a dict subclass maps
each distinct chunk to its term ids (Python runs once per distinct chunk, in
``__missing__``, tokenising the chunk with the same regular expression as
:func:`analysis.tokenize_text`), and ``numpy`` counts the ids. No token crosses white
space, so the counts are exactly those of the token table.
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from .stopwords import stopwords as _stopwords
from .tokenization import STEMMER_LANGUAGES, chunk_terms, stemmer

__all__ = ["Vocabulary", "ChunkMap", "ranks_within"]


class Vocabulary:
    """Growing term -> id mapping shared by the chunk maps of several languages."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.terms: list[str] = []

    def add(self, term: str) -> int:
        i = self.index.get(term)
        if i is None:
            i = self.index[term] = len(self.terms)
            self.terms.append(term)
        return i

    def sorted_order(self) -> tuple[np.ndarray, np.ndarray]:
        """Return ``(sorted_terms, new_id_of_old_id)`` for codepoint-ordered columns."""
        terms = np.array(self.terms, dtype=object)
        order = np.argsort(terms, kind="stable") if len(terms) else np.zeros(0, dtype=np.int64)
        new_id = np.empty(len(terms), dtype=np.int64)
        new_id[order] = np.arange(len(terms))
        return terms[order], new_id


class _Lemmatizer:
    """The ``stemWord`` interface over :func:`analysis.text.lemmas.lemma`."""

    def __init__(self, lemma, lang, stop: frozenset) -> None:
        self.lemma, self.lang, self.stop = lemma, lang, stop

    def stemWord(self, term: str) -> str | None:  # noqa: N802 - PyStemmer's name
        base = self.lemma(term, self.lang)
        return None if base in self.stop else base  # a stopword's form: no term


class ChunkMap(dict):
    """chunk -> term id (``-1``: no term; ``<= -2``: several terms, see ``multi``)."""

    def __init__(self, vocab: Vocabulary, lang, *, remove_stopwords: bool = True,
                 stem: bool = False, min_length: int = 1, lemmatize: bool = False) -> None:
        super().__init__()
        self.vocab = vocab
        self.lang = lang
        self.remove_stopwords = remove_stopwords
        self.stemmer = stemmer(lang) if (stem and lang in STEMMER_LANGUAGES) else None
        if lemmatize:
            from .lemmas import LEMMA_LANGUAGES, lemma

            stop = _stopwords(lang) if (remove_stopwords and lang) else frozenset()
            self.stemmer = (_Lemmatizer(lemma, lang, stop) if lang in LEMMA_LANGUAGES
                            else None)
        self.min_length = min_length
        self.multi: list[tuple[int, ...]] = []

    def __missing__(self, chunk: str) -> int:
        terms = chunk_terms(chunk, self.lang, self.remove_stopwords, self.min_length)
        if self.stemmer is not None:
            terms = tuple(x for x in map(self.stemmer.stemWord, terms) if x is not None)
        if not terms:
            value = -1
        elif len(terms) == 1:
            value = self.vocab.add(terms[0])
        else:
            self.multi.append(tuple(self.vocab.add(t) for t in terms))
            value = -1 - len(self.multi)
        self[chunk] = value
        return value

    def ids(self, chunks: list[str]) -> np.ndarray:
        """Term ids of a chunk list (one per term occurrence, in order)."""
        arr = np.fromiter(map(self.__getitem__, chunks), dtype=np.int64, count=len(chunks))
        if len(arr) and arr.min() <= -2:
            parts = []
            for v in arr.tolist():
                if v >= 0:
                    parts.append(v)
                elif v <= -2:
                    parts.extend(self.multi[-v - 2])
            return np.array(parts, dtype=np.int64)
        return arr[arr >= 0]

    def counts(self, chunks: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """``(term_ids, counts)`` of a chunk list; ids may repeat (several chunks, one term)."""
        c = Counter(chunks)
        arr = np.fromiter(map(self.__getitem__, c), dtype=np.int64, count=len(c))
        n = np.fromiter(c.values(), dtype=np.int64, count=len(c))
        if len(arr) and arr.min() <= -2:
            extra_ids, extra_n = [], []
            for v, k in zip(arr[arr <= -2].tolist(), n[arr <= -2].tolist(), strict=True):
                for t in self.multi[-v - 2]:
                    extra_ids.append(t)
                    extra_n.append(k)
            keep = arr >= 0
            return (np.concatenate([arr[keep], np.array(extra_ids, dtype=np.int64)]),
                    np.concatenate([n[keep], np.array(extra_n, dtype=np.int64)]))
        keep = arr >= 0
        return arr[keep], n[keep]

    def text_ids(self, text: str) -> np.ndarray:
        """Term ids of a whole text."""
        return self.ids(text.split())


def ranks_within(groups: np.ndarray) -> np.ndarray:
    """1-based position of each row within its run of equal consecutive ``groups`` values.

    Examples
    --------
    >>> ranks_within(np.array([0, 0, 0, 2, 2, 5])).tolist()
    [1, 2, 3, 1, 2, 1]
    """
    if not len(groups):
        return np.zeros(0, dtype=np.int64)
    starts = np.r_[0, np.flatnonzero(np.diff(groups)) + 1]
    sizes = np.diff(np.r_[starts, len(groups)])
    return (np.arange(len(groups)) - np.repeat(starts, sizes) + 1).astype(np.int64)
