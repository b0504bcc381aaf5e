"""Collocations over the document pass: per-batch window-pair counts per group, summed,
then scored (:func:`analysis.terms.collocations.collocation_table`)."""

from __future__ import annotations

import functools
from itertools import chain, count, filterfalse

import numpy as np
import pandas as pd

from .._core.validation import check_bool, check_options, check_positive_int
from ..corpus.reading import as_corpus
from ..corpus.sources import read_task
from ..terms.collocations import (
    COLLOCATION_MEASURES,
    collocation_table,
    pair_key,
    split_key,
    window_pairs,
)
from ..text.counting import ChunkMap
from .compare_batches import (
    _batches,
    _check_by,
    _group_of,
    _process_maps,
)

__all__ = ["collocations"]
def _sequence_ids(cmap: ChunkMap, chunks: list) -> np.ndarray:
    """Term ids of a chunk list in order (:meth:`ChunkMap.ids`), multi-term chunks
    expanded with ``numpy`` rather than per token."""
    ids = np.fromiter(map(cmap.__getitem__, chunks), np.int64, len(chunks))
    multi = ids <= -2
    if not multi.any():
        return ids[ids >= 0]
    values, inverse = np.unique(ids[multi], return_inverse=True)
    seqs = [cmap.multi[-v - 2] for v in values.tolist()]
    lens = np.fromiter(map(len, seqs), np.int64, len(seqs))
    flat = np.fromiter(chain.from_iterable(seqs), np.int64, int(lens.sum()))
    first = np.cumsum(lens) - lens  # where each distinct chunk's terms start in flat
    length = (ids >= 0).astype(np.int64)
    mlen = lens[inverse]
    length[multi] = mlen
    out = np.repeat(ids, length)
    start = np.cumsum(length) - length
    within = np.arange(int(mlen.sum())) - np.repeat(np.cumsum(mlen) - mlen, mlen)
    out[np.repeat(start[multi], mlen) + within] = flat[np.repeat(first[inverse], mlen) + within]
    return out


def _collocation_batch(task, *, by: str, window: int, options: tuple) -> tuple[int, tuple]:
    """Per group of the batch: term counts and window-pair counts (what a worker runs)."""
    maps = _process_maps()
    ids_of: dict[tuple, list] = {}
    for doc in read_task(task):
        group = (doc.lang,) if by == "lang" else (_group_of(doc, by), doc.lang)
        ids_of.setdefault(group, []).append(_sequence_ids(maps.get(doc.lang, options),
                                                          doc.text.split()))
    groups = {}
    for group, seqs in ids_of.items():
        ids = np.concatenate(seqs)
        pairs = np.concatenate([window_pairs(s, window) for s in seqs])
        keys, counts = np.unique(pairs, return_counts=True)
        words, n = np.unique(ids, return_counts=True)
        groups[group] = (words, n, keys, counts)
    # only the terms the batch uses travel, as ids 0..k-1
    used = np.unique(np.concatenate([g[0] for g in groups.values()])) if groups else \
        np.zeros(0, np.int64)
    terms = maps.vocab.terms
    for group, (words, n, keys, counts) in groups.items():
        w1, w2 = split_key(keys)
        groups[group] = (np.searchsorted(used, words), n,
                         pair_key(np.searchsorted(used, w1), np.searchsorted(used, w2)), counts)
    return task.n_bytes, (list(map(terms.__getitem__, used.tolist())), groups)


def _sum_by_key(keys: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    uniq, inverse = np.unique(keys, return_inverse=True)
    return uniq, np.bincount(inverse, weights=counts, minlength=len(uniq)).astype(np.int64)


class _PairSums:
    """Word and pair counts per group over a global vocabulary, folded batch by batch."""

    def __init__(self) -> None:
        self.vocab: dict[str, int] = {}
        self.groups: dict[tuple, list] = {}

    def add(self, payload) -> None:
        terms, groups = payload
        vocab = self.vocab
        vocab.update(zip(filterfalse(vocab.__contains__, terms), count(len(vocab))))
        remap = np.fromiter(map(vocab.__getitem__, terms), np.int64, len(terms))
        for group, (words, n, keys, counts) in groups.items():
            w1, w2 = split_key(keys)
            parts = self.groups.setdefault(group, [[], [], [], [], 0])
            parts[0].append(remap[words])
            parts[1].append(n)
            parts[2].append(pair_key(remap[w1], remap[w2]))
            parts[3].append(counts)
            parts[4] += len(keys)
            if parts[4] > 4_000_000 and len(parts[2]) > 1:  # keep memory flat
                k, c = _sum_by_key(np.concatenate(parts[2]), np.concatenate(parts[3]))
                parts[2], parts[3], parts[4] = [k], [c], len(k)

    def group(self, group: tuple) -> tuple:
        """``(word_counts by global id, pair keys, pair counts)`` of one group."""
        words, n, keys, counts, _ = self.groups[group]
        wc = np.bincount(np.concatenate(words), weights=np.concatenate(n),
                         minlength=len(self.vocab)).astype(np.int64)
        k, c = _sum_by_key(np.concatenate(keys), np.concatenate(counts))
        return wc, k, c


def collocations(corpus, *, by: str = "lang", window: int = 2, min_count: int = 3,
                 measure: str = "npmi", top_n: int | None = None,
                 remove_stopwords: bool = True, stem: bool = False, min_length: int = 2,
                 n_jobs: int | None = 1, progress: bool = False) -> pd.DataFrame:
    r"""Word pairs that occur together more often than chance, per language.

    Each document is read as its sequence of terms, exactly the terms counted by
    :func:`analysis.term_frequencies` (case-folded word tokens of at least
    ``min_length`` characters; **stopwords removed by default**, before the
    windows are formed, so ``"city of Kharkiv"`` gives the adjacent pair ``city
    kharkiv``; numbers and punctuation are not terms and are skipped the same
    way). An ordered pair ``(w1, w2)`` is counted each time ``w2`` follows ``w1``
    by fewer than ``window`` positions within one document (windows never cross
    documents). This is NLTK's
    ``BigramCollocationFinder.from_words(terms, window_size=window)``, and the
    scores are those of its ``BigramAssocMeasures`` with ``n_ii = count / (window
    - 1)``, ``n_ix = w1_count``, ``n_xi = w2_count`` and ``n`` the number of terms
    of the group:

    - ``npmi = pmi / -log2(n_ii / n)``, ``pmi = log2(n_ii n / (n_ix n_xi))``
      (normalised PMI, Bouma 2009: 1 = the words only occur together, 0 =
      independent);
    - ``llr = 2 Σ O ln(O / E)`` over the pair's 2 × 2 table (``likelihood_ratio``);
    - ``t = (n_ii - n_ix n_xi / n) / sqrt(n_ii)`` (``student_t``);
    - ``pmi`` as above.

    Parameters
    ----------
    corpus : DataFrame, path, list or Series
        Anything :func:`analysis.load_corpus` accepts.
    by : str, default="lang"
        ``"lang"``, ``"doc_id"`` or a metadata column (pairs are always counted
        within one language: the groups are ``(value, lang)``).
    window : int, default=2
        NLTK's ``window_size``: 2 = adjacent terms.
    min_count : int, default=3
        Smallest raw pair count kept (NLTK's ``apply_freq_filter``).
    measure : {"npmi", "pmi", "llr", "t"}, default="npmi"
        Score reported and ranked by.
    top_n : int, optional
        Keep the ``top_n`` best pairs per group.
    remove_stopwords, stem : bool, default=True, False
        Term normalisation, as in :func:`analysis.term_frequencies`.
    min_length : int, default=2
        Shortest term.
    n_jobs : int or None, default=1
        Worker processes (``-1``: every core); the table does not depend on it.
    progress : bool, default=False
        One progress bar over the pass.

    Returns
    -------
    DataFrame
        The group keys (``lang``; ``doc_id, lang``; or ``<by>, lang``), ``w1``,
        ``w2`` (str), ``count`` (int, pair occurrences within the window),
        ``w1_count``, ``w2_count`` (int, term counts in the group: those of
        :func:`analysis.term_frequencies`), the score (float, column named by
        ``measure``), ``rank`` (int, 1 = strongest; ties by ``w1``, ``w2``).
        Groups sorted (documents in corpus order), then by rank.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"doc_id": ["a"], "lang": ["en"], "text": [
    ...     "tractor plant. The tractor plant of Kharkiv, a tractor plant city."]})
    >>> collocations(corpus)
      lang       w1     w2  count  w1_count  w2_count  npmi  rank
    0   en  tractor  plant      3         3         3   1.0     1
    """
    corpus = as_corpus(corpus)
    by = _check_by(corpus, by)
    window = check_positive_int("window", window, minimum=2)
    min_count = check_positive_int("min_count", min_count)
    check_options("measure", measure, COLLOCATION_MEASURES)
    top_n = check_positive_int("top_n", top_n, allow_none=True)
    for name, value in (("remove_stopwords", remove_stopwords), ("stem", stem),
                        ("progress", progress)):
        check_bool(name, value)
    min_length = check_positive_int("min_length", min_length)
    fn = functools.partial(_collocation_batch, by=by, window=window,
                           options=(remove_stopwords, stem, min_length))
    sums = _PairSums()
    for payload in _batches(corpus, fn, n_jobs=n_jobs, progress=progress,
                            desc="collocations"):
        sums.add(payload)
    return _collocation_tables(sums, corpus, by, dict(window=window, measure=measure,
                                                      min_count=min_count, top_n=top_n))


def _collocation_tables(sums: _PairSums, corpus: pd.DataFrame, by: str,
                        params: dict) -> pd.DataFrame:
    keys = ["lang"] if by == "lang" else [by, "lang"]
    if by == "doc_id":
        position = {d: i for i, d in enumerate(corpus["doc_id"])}
        groups = sorted(sums.groups, key=lambda g: position[g[0]])
    else:
        try:
            groups = sorted(sums.groups)
        except TypeError:  # metadata values of mixed types
            groups = sorted(sums.groups, key=lambda g: tuple(map(str, g)))
    terms = list(sums.vocab)
    frames = []
    for group in groups:
        wc, k, c = sums.group(group)
        table = collocation_table(terms, wc, k, c, **params)
        for name, value in reversed(list(zip(keys, group, strict=True))):
            table.insert(0, name, pd.Series([value] * len(table), dtype=object))
        frames.append(table)
    columns = [*keys, "w1", "w2", "count", "w1_count", "w2_count", params["measure"], "rank"]
    frames = [f for f in frames if len(f)]
    if frames:
        return pd.concat(frames, ignore_index=True)
    ints = {"count", "w1_count", "w2_count", "rank"}
    return pd.DataFrame({c: pd.Series(dtype=np.int64 if c in ints else
                                      float if c == params["measure"] else object)
                         for c in columns})


# ----------------------------------------------------------------------------- KWIC
