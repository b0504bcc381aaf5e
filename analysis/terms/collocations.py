"""Collocations: word pairs that occur together within a window more often than by chance.

Pure functions over term-id sequences and counts; the corpus-level function is
:func:`analysis.pipeline.compare.collocations`. The formulas are those of NLTK's
``BigramCollocationFinder.from_words(words, window_size)`` and
``BigramAssocMeasures`` (scores equal to theirs, tested).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["COLLOCATION_MEASURES", "window_pairs", "pair_key", "split_key",
           "collocation_scores", "collocation_table"]

#: Measures of :func:`collocation_scores`.
COLLOCATION_MEASURES: tuple[str, ...] = ("npmi", "pmi", "llr", "t")
_SHIFT = np.int64(32)
_MASK = np.int64((1 << 32) - 1)


def pair_key(w1: np.ndarray, w2: np.ndarray) -> np.ndarray:
    """One int64 per ordered pair of term ids (< 2³¹): ``w1 << 32 | w2``."""
    return (w1.astype(np.int64) << _SHIFT) | w2.astype(np.int64)


def split_key(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Inverse of :func:`pair_key`."""
    return keys >> _SHIFT, keys & _MASK


def window_pairs(ids: np.ndarray, window: int) -> np.ndarray:
    """Pair keys of every ``(w1, w2)`` where ``w2`` follows ``w1`` by fewer than ``window``
    positions in one document's term-id sequence (NLTK's ``window_size``).

    ``window=2`` gives adjacent pairs; a pair at distance ``k`` is counted once per
    occurrence, so a sequence of ``n`` terms yields ``Σ_{k<window} (n - k)`` pairs.

    Examples
    --------
    >>> keys = window_pairs(np.array([0, 1, 2]), 3)
    >>> [tuple(map(int, p)) for p in zip(*split_key(np.sort(keys)))]
    [(0, 1), (0, 2), (1, 2)]
    """
    ids = np.asarray(ids, dtype=np.int64)
    parts = [pair_key(ids[:-k], ids[k:]) for k in range(1, window) if len(ids) > k]
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)


def collocation_scores(count, w1_count, w2_count, n: int, window: int,
                       measure: str) -> np.ndarray:
    """Association scores of word pairs, as NLTK's ``BigramAssocMeasures`` computes them.

    As in NLTK's finder, the pair count is first divided by the number of
    positions a window offers, ``n_ii = count / (window - 1)``; ``n_ix``, ``n_xi``
    are the counts of ``w1`` and ``w2`` and ``n`` the number of terms:

    - ``pmi = log2(n_ii n) - log2(n_ix n_xi)``
    - ``npmi = pmi / -log2(n_ii / n)`` (Bouma 2009; in ``[-1, 1]``, 1 when
      ``n_ii = n``; not in NLTK, computed from its ``pmi`` and ``raw_freq``)
    - ``llr = 2 Σ O ln(O / E)`` over the 2 × 2 table ``(n_ii, n_xi - n_ii,
      n_ix - n_ii, n - n_ix - n_xi + n_ii)`` with ``E`` from its margins
      (``likelihood_ratio``; ``0 ln 0 = 0``)
    - ``t = (n_ii - n_ix n_xi / n) / sqrt(n_ii)`` (``student_t``)

    Examples
    --------
    >>> collocation_scores([2], [2], [3], 10, 2, "pmi").round(6)
    array([1.736966])
    >>> collocation_scores([2], [2], [3], 10, 2, "npmi").round(6)
    array([0.74807])
    """
    n_ii = np.asarray(count, dtype=float) / (window - 1)
    n_ix = np.asarray(w1_count, dtype=float)
    n_xi = np.asarray(w2_count, dtype=float)
    n = float(n)
    if measure == "t":
        return (n_ii - n_ix * n_xi / n) / np.sqrt(n_ii)
    if measure == "llr":
        obs = (n_ii, n_xi - n_ii, n_ix - n_ii, n - n_ix - n_xi + n_ii)
        exp = (n_ix * n_xi / n, (n - n_ix) * n_xi / n, n_ix * (n - n_xi) / n,
               (n - n_ix) * (n - n_xi) / n)
        total = np.zeros_like(n_ii)
        with np.errstate(divide="ignore", invalid="ignore"):
            for o, e in zip(obs, exp, strict=True):
                total += np.where(o > 0, o * np.log(np.where(o > 0, o, 1.0) / e), 0.0)
        return 2.0 * total
    pmi = np.log2(n_ii * n) - np.log2(n_ix * n_xi)
    if measure == "pmi":
        return pmi
    with np.errstate(divide="ignore", invalid="ignore"):
        h = -np.log2(n_ii / n)
        return np.where(h > 0, pmi / np.where(h > 0, h, 1.0), 1.0)


def collocation_table(terms, word_counts: np.ndarray, keys: np.ndarray, counts: np.ndarray,
                      *, window: int, measure: str = "npmi", min_count: int = 3,
                      top_n: int | None = None) -> pd.DataFrame:
    """Score and rank the pairs of one group (one language).

    Parameters
    ----------
    terms : sequence of str
        Term of each id.
    word_counts : ndarray of int
        Count of each id; ``n = word_counts.sum()``.
    keys, counts : ndarray of int
        Distinct pair keys (:func:`pair_key`) and their raw counts within the window.
    window, measure :
        As in :func:`collocation_scores`.
    min_count : int, default=3
        Smallest raw pair count kept (NLTK's ``apply_freq_filter``).
    top_n : int, optional
        Keep the ``top_n`` best pairs.

    Returns
    -------
    DataFrame
        ``w1``, ``w2`` (str), ``count`` (int, raw pair count), ``w1_count``,
        ``w2_count`` (int), the score (float, column named by ``measure``), ``rank``
        (int, 1 = strongest; ties by ``w1``, then ``w2`` in codepoint order).

    Examples
    --------
    >>> tab = collocation_table(["a", "b", "c"], np.array([3, 3, 4]),
    ...     pair_key(np.array([0, 1, 2]), np.array([1, 2, 0])), np.array([3, 1, 2]),
    ...     window=2, min_count=2)
    >>> tab[["w1", "w2", "count", "rank"]]
      w1 w2  count  rank
    0  a  b      3     1
    1  c  a      2     2
    """
    keep = counts >= min_count
    keys, counts = keys[keep], counts[keep]
    i1, i2 = split_key(keys)
    terms = np.asarray(terms, dtype=object)
    n = int(word_counts.sum())
    c1, c2 = word_counts[i1], word_counts[i2]
    score = collocation_scores(counts, c1, c2, max(n, 1), window, measure)
    w1, w2 = terms[i1], terms[i2]
    order = (np.lexsort((w2, w1, -score)) if len(keys) else np.zeros(0, dtype=np.int64))
    if top_n is not None:
        order = order[:top_n]
    table = pd.DataFrame({
        "w1": pd.Series(w1[order], dtype=object), "w2": pd.Series(w2[order], dtype=object),
        "count": counts[order].astype(np.int64), "w1_count": c1[order].astype(np.int64),
        "w2_count": c2[order].astype(np.int64), measure: score[order],
    })
    table["rank"] = np.arange(1, len(table) + 1, dtype=np.int64)
    return table
