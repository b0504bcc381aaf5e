"""What keyness, collocations and KWIC share: batches of the pass, group checks, and the
per-process chunk maps that turn white-space chunks into term ids."""

from __future__ import annotations

import math
import sys

import numpy as np
import pandas as pd
import regex as regex_module

from ..corpus.sources import plan_tasks
from ..text.counting import ChunkMap, Vocabulary
from ..text.roman import is_roman_numeral
from ..text.stopwords import stopwords
from ..text.tokenization import normalize_term
from .executors import map_ordered, resolve_jobs

__all__ = []


# ----------------------------------------------------------------------------- the pass


def _batches(corpus: pd.DataFrame, fn, *, n_jobs, progress: bool, desc: str):
    """Yield ``fn(task)`` for every batch of the corpus table, in corpus order."""
    tasks, total = plan_tasks(corpus, as_corpus=True)
    n_jobs = resolve_jobs(n_jobs)
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=total, unit="B", unit_scale=True, desc=desc, file=sys.stderr,
                   dynamic_ncols=True)
    try:
        for n_bytes, payload in map_ordered(fn, tasks, n_jobs=n_jobs):
            if bar is not None:
                bar.update(n_bytes)
            yield payload
    finally:
        if bar is not None:
            bar.close()
        _PROCESS_MAPS.clear()  # this process's chunk maps (n_jobs=1) are not kept


def _group_of(doc, by: str):
    if by == "doc_id":
        return doc.doc_id
    if by == "lang":
        return doc.lang
    return doc.meta.get(by)


def _check_by(corpus: pd.DataFrame, by, *, name: str = "by") -> str:
    extra = [c for c in corpus.columns if c not in ("doc_id", "lang", "text", "path",
                                                     "lang_confidence", "encoding", "n_chars")]
    options = ["doc_id", "lang", *extra]
    if not isinstance(by, str) or by not in options:
        raise ValueError(f"{name} must be 'doc_id', 'lang' or a metadata column of the corpus "
                         f"({extra}); got {by!r}.")
    return by


def _check_values(corpus: pd.DataFrame, by: str, values, name: str) -> tuple:
    """A value or a list of values of ``corpus[by]``, each present in the corpus."""
    if isinstance(values, (list, tuple, set, frozenset, pd.Series, np.ndarray)):
        values = list(values)
    else:
        values = [values]
    if not values:
        raise ValueError(f"{name} must name at least one value of column {by!r}.")
    present = set(corpus[by].tolist())
    missing = [v for v in values if v not in present]
    if missing:
        raise ValueError(f"{name}: {missing[0]!r} is not a value of column {by!r} of the "
                         "corpus.")
    return tuple(dict.fromkeys(values))


def _mention_term(kind: str, value: float, unit, surface: str) -> str:
    """``kind:value[ unit]`` (value as ``%.15g``), or ``kind:surface`` without a value."""
    if isinstance(value, float) and math.isnan(value):
        return f"{kind}:{' '.join(surface.lower().split())}"
    return f"{kind}:{value:.15g}" + (f" {unit}" if unit else "")


# ----------------------------------------------------------------------------- keyness


#: Punctuation that is a token of its own at either end of a chunk (never part of a
#: word, number, URL or e-mail): a chunk that is a word wrapped in these has that
#: word's terms.
_WRAPPING = ".,;:!?()[]{}«»\"„“”…"
#: A letter or mark: what every word token needs.
_has_letter = regex_module.compile(r"[\p{L}\p{M}]").search


class _WordChunkMap(ChunkMap):
    """:class:`~analysis.text.counting.ChunkMap` with a shorter path for the common chunks.

    A chunk of letters (``str.isalpha``: one word token) is looked up by its
    normalised term, so ``Выборы`` and ``выборы`` share one decision; a word wrapped in
    punctuation (``выборы,``, ``«выборы»``) takes the value of the bare word. Other
    chunks go through :func:`~analysis.text.tokenization.chunk_terms` as before; the
    ids are those :class:`ChunkMap` gives.
    """

    def __init__(self, vocab: Vocabulary, lang, *, remove_stopwords: bool = True,
                 stem: bool = False, min_length: int = 1, lemmatize: bool = False) -> None:
        super().__init__(vocab, lang, remove_stopwords=remove_stopwords, stem=stem,
                         min_length=min_length, lemmatize=lemmatize)
        self.stop: frozenset | None = None  # read on first use, as chunk_terms does
        self.words: dict[str, int] = {}

    def __missing__(self, chunk: str) -> int:
        if chunk.isalpha():
            if chunk[0].isupper() and is_roman_numeral(chunk):
                value = -1
            else:
                term = normalize_term(chunk, self.lang)
                value = self.words.get(term)
                if value is None:
                    value = self.words[term] = self._term_id(term)
        elif _has_letter(chunk) is None:  # numbers, punctuation: no word token
            value = -1
        else:
            core = chunk.strip(_WRAPPING)
            if not core or core == chunk or not core.isalpha():
                return super().__missing__(chunk)
            value = self[core]
        self[chunk] = value
        return value

    def _term_id(self, term: str) -> int:
        if self.stop is None:
            lang = self.lang
            self.stop = stopwords(lang) if (self.remove_stopwords and lang) else frozenset()
        if term in self.stop or len(term) < self.min_length:
            return -1
        if self.stemmer is not None:  # a stem, or a lemma (None: a stopword's form)
            term = self.stemmer.stemWord(term)
            if term is None:
                return -1
        return self.vocab.add(term)


class _ProcessMaps:
    """The chunk maps of one process (one :class:`~analysis.text.counting.Vocabulary`).

    Kept from batch to batch, so a worker tokenises each distinct white-space chunk
    once per process rather than once per batch; started afresh at the start of a
    batch once they hold :data:`_MAP_LIMIT` chunks and terms (about 130 bytes each:
    the maps of a 100 MB pass hold about 400,000, 50 MB), and dropped at the end of
    a pass run in this process. Term ids are private to the process: a batch record
    carries the terms of the ids it uses.
    """

    def __init__(self) -> None:
        self.vocab = Vocabulary()
        self.maps: dict[tuple, ChunkMap] = {}

    def get(self, lang, options: tuple) -> ChunkMap:
        cmap = self.maps.get((lang, options))
        if cmap is None:
            remove_stopwords, stem, min_length, *rest = options
            cmap = self.maps[(lang, options)] = _WordChunkMap(
                self.vocab, lang, remove_stopwords=remove_stopwords, stem=stem,
                min_length=min_length, lemmatize=bool(rest and rest[0]))
        return cmap

    def size(self) -> int:
        return sum(map(len, self.maps.values())) + len(self.vocab.terms)


#: Chunks and terms the chunk maps of one process hold before they start afresh.
_MAP_LIMIT = 1_000_000
_PROCESS_MAPS: list = []


def _process_maps() -> _ProcessMaps:
    """The process's chunk maps, emptied when full (called at the start of a batch)."""
    if not _PROCESS_MAPS or _PROCESS_MAPS[0].size() > _MAP_LIMIT:
        _PROCESS_MAPS[:] = [_ProcessMaps()]
    return _PROCESS_MAPS[0]


def _chunk_ids(cmap: ChunkMap, chunks: list, extra: list) -> np.ndarray:
    """Term ids of the single-term chunks (in C); the terms of multi-term chunks go to
    ``extra`` as ``(ids, count)``, once per distinct chunk."""
    ids = np.fromiter(map(cmap.__getitem__, chunks), np.int64, len(chunks))
    multi = ids <= -2
    if multi.any():
        values, n = np.unique(ids[multi], return_counts=True)
        for v, k in zip(values.tolist(), n.tolist(), strict=True):
            extra.append((cmap.multi[-v - 2], k))
    return ids[ids >= 0]


def _compact(vocab: Vocabulary, parts: dict) -> tuple[list, dict]:
    """Per key ``(ids, extras)`` -> ``(terms, {key: counts over terms})``: only the terms
    the batch uses travel."""
    n_vocab = len(vocab.terms)
    dense = {}
    for key, (ids, extra) in parts.items():
        counts = np.bincount(np.concatenate(ids) if ids else np.zeros(0, np.int64),
                             minlength=n_vocab)
        for term_ids, k in extra:
            for i in term_ids:
                counts[i] += k
        dense[key] = counts
    if not dense:
        return [], {}
    used = np.flatnonzero(np.logical_or.reduce([c > 0 for c in dense.values()]))
    terms = vocab.terms
    return list(map(terms.__getitem__, used.tolist())), {k: c[used] for k, c in dense.items()}
