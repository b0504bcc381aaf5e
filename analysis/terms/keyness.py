"""Keyness: which terms a target corpus uses more (or less) than a reference corpus.

Pure functions over term counts. For one term, the two corpora give a 2 × 2 table::

                     target        reference
    term             a             b             R1 = a + b
    other terms      c = N_t - a   d = N_r - b   R2 = c + d
                     N_t           N_r           N  = N_t + N_r

where ``N_t`` and ``N_r`` are the numbers of counted terms of each side; the
expected count of each cell is ``E = row total × column total / N``. The public
corpus-level function is :func:`analysis.pipeline.compare.keyness`.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

__all__ = [
    "KEYNESS_MEASURES",
    "ZERO_COUNT",
    "log_likelihood",
    "chi_square",
    "log_ratio",
    "benjamini_hochberg",
    "keyness_table",
    "keyness_arrays",
    "keyness_columns",
]

#: Measures of :func:`keyness_table` (``log_ratio`` ranks by effect size, tests with G²).
KEYNESS_MEASURES: tuple[str, ...] = ("g2", "chi2", "log_ratio")
#: The count put in place of a zero count in :func:`log_ratio` (Hardie 2014).
ZERO_COUNT = 0.5


def _cells(a, b, n_t, n_r):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    n_t, n_r = float(n_t), float(n_r)
    n = n_t + n_r
    r1 = a + b
    r2 = n - r1
    obs = (a, b, n_t - a, n_r - b)
    exp = (r1 * n_t / n, r1 * n_r / n, r2 * n_t / n, r2 * n_r / n)
    return obs, exp


def log_likelihood(a, b, n_t: int, n_r: int) -> np.ndarray:
    """Dunning's log-likelihood ratio G² of each term's 2 × 2 table.

    ``G² = 2 Σ O ln(O / E)`` over the four cells, with ``0 ln 0 = 0``: scipy's
    ``chi2_contingency(table, lambda_="log-likelihood")`` and
    ``power_divergence(O, E, lambda_="log-likelihood")``. Under independence it
    follows a χ² distribution with one degree of freedom.

    Parameters
    ----------
    a, b : array-like of int
        The term's count in the target and in the reference.
    n_t, n_r : int
        Counted terms of the target and of the reference (both > 0).

    Examples
    --------
    >>> log_likelihood([10], [5], 100, 200).round(6)
    array([7.329812])
    """
    obs, exp = _cells(a, b, n_t, n_r)
    total = np.zeros_like(obs[0])
    with np.errstate(divide="ignore", invalid="ignore"):
        for o, e in zip(obs, exp, strict=True):
            total += np.where(o > 0, o * np.log(np.where(o > 0, o, 1.0) / e), 0.0)
    return np.maximum(2.0 * total, 0.0)


def chi_square(a, b, n_t: int, n_r: int, *, yates: bool = False) -> np.ndarray:
    """Pearson's χ² of each term's 2 × 2 table, with or without Yates' correction.

    ``χ² = Σ (O - E)² / E = N (ad - bc)² / (R1 R2 N_t N_r)``; with ``yates=True``
    every ``|O - E|`` is first lowered by ``0.5`` (not below 0), as in scipy's
    ``chi2_contingency(table, correction=True)``: ``N max(|ad - bc| - N/2, 0)² /
    (R1 R2 N_t N_r)``. A term making up every counted token has ``χ² = 0``.

    Examples
    --------
    >>> chi_square([10], [5], 100, 200).round(6)
    array([7.894737])
    >>> chi_square([10], [5], 100, 200, yates=True).round(6)
    array([6.394737])
    """
    obs, exp = _cells(a, b, n_t, n_r)
    a_, b_, c_, d_ = obs
    n = float(n_t) + float(n_r)
    diff = np.abs(a_ * d_ - b_ * c_)
    if yates:
        diff = np.maximum(diff - n / 2.0, 0.0)
    denom = (a_ + b_) * (c_ + d_) * float(n_t) * float(n_r)
    with np.errstate(divide="ignore", invalid="ignore"):
        stat = n * diff**2 / denom
    return np.where(denom > 0, stat, 0.0)


def log_ratio(a, b, n_t: int, n_r: int, *, zero: float = ZERO_COUNT) -> np.ndarray:
    """Hardie's Log Ratio: ``log2((a / N_t) / (b / N_r))``, the effect size.

    A zero count is replaced by ``zero`` (0.5 by default, Hardie 2014) so that a term
    absent from one side gets a finite value; non-zero counts are used as they are.
    ``+1`` means twice as frequent in the target, ``-1`` half as frequent.

    Examples
    --------
    >>> log_ratio([10, 0], [5, 4], 100, 200)
    array([ 2., -2.])
    """
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    a = np.where(a == 0, zero, a)
    b = np.where(b == 0, zero, b)
    return np.log2(a / float(n_t)) - np.log2(b / float(n_r))


def benjamini_hochberg(p) -> np.ndarray:
    """Benjamini–Hochberg adjusted p-values (false discovery rate), in input order.

    With ``m`` p-values sorted ascending, ``p_adj(i) = min_{j >= i} min(1, m p_(j) / j)``;
    equal to ``scipy.stats.false_discovery_control(p, method="bh")``.

    Examples
    --------
    >>> benjamini_hochberg([0.01, 0.04, 0.03, 0.5]).round(4)
    array([0.04  , 0.0533, 0.0533, 0.5   ])
    """
    p = np.asarray(p, dtype=float)
    m = len(p)
    if m == 0:
        return p.copy()
    order = np.argsort(p, kind="stable")
    scaled = p[order] * m / np.arange(1, m + 1)
    adjusted = np.minimum.accumulate(scaled[::-1])[::-1]
    out = np.empty(m)
    out[order] = np.minimum(adjusted, 1.0)
    return out


def keyness_columns(measure: str) -> list[str]:
    """The columns of :func:`keyness_table` for ``measure`` (``log_ratio`` tests with G²)."""
    stat = "chi2" if measure == "chi2" else "g2"
    return ["term", "target_count", "reference_count", "target_per_million",
            "reference_per_million", stat, "p_value", "p_adjusted", "log_ratio", "direction",
            "rank"]


def keyness_table(target: Mapping[str, int], reference: Mapping[str, int], *,
                  measure: str = "g2", correction: str | None = "bh", min_count: int = 3,
                  yates: bool = False, zero: float = ZERO_COUNT) -> pd.DataFrame:
    """Keyness of every term of two count tables (one comparison).

    ``N_t`` and ``N_r`` are the sums of ``target`` and ``reference`` (before
    ``min_count``). Terms counted fewer than ``min_count`` times on both sides
    together are dropped before the p-values are adjusted, so the correction
    covers exactly the tests reported.

    Parameters
    ----------
    target, reference : mapping of str to int
        Term counts of each side (e.g. ``collections.Counter``).
    measure : {"g2", "chi2", "log_ratio"}, default="g2"
        ``g2``: rank by G² (:func:`log_likelihood`); ``chi2``: by Pearson's χ²
        (:func:`chi_square`); ``log_ratio``: by ``|log_ratio|``, with G² and its
        p-values reported beside it as the significance filter (Hardie's advice).
    correction : {"bh"} or None, default="bh"
        ``"bh"``: Benjamini–Hochberg (:func:`benjamini_hochberg`); None:
        ``p_adjusted`` equals ``p_value``.
    min_count : int, default=3
        Smallest ``target_count + reference_count`` kept.
    yates : bool, default=False
        Yates' continuity correction for ``measure="chi2"``.
    zero : float, default=0.5
        Stand-in for a zero count in :func:`log_ratio`.

    Returns
    -------
    DataFrame
        ``term`` (str), ``target_count``, ``reference_count`` (int),
        ``target_per_million``, ``reference_per_million`` (float, ``count / N × 10⁶``),
        ``g2`` or ``chi2`` (float), ``p_value`` (float, χ² with 1 degree of freedom),
        ``p_adjusted`` (float), ``log_ratio`` (float), ``direction`` (str, ``"over"``
        when the term's relative frequency is higher in the target, else ``"under"``),
        ``rank`` (int, 1 = strongest difference in either direction; ties by term in
        codepoint order). Sorted by rank. Empty when a side has no terms.

    Examples
    --------
    >>> from collections import Counter
    >>> t = Counter({"war": 10, "city": 5, "plant": 2})
    >>> r = Counter({"war": 2, "city": 20, "plant": 2, "field": 6})
    >>> keyness_table(t, r)[["term", "target_count", "reference_count", "g2", "direction"]]
        term  target_count  reference_count         g2 direction
    0    war            10                2  15.671139      over
    1   city             5               20   6.176250     under
    2  field             0                6   5.875706     under
    3  plant             2                2   0.349349      over
    """
    n_t, n_r = int(sum(target.values())), int(sum(reference.values()))
    terms = sorted(set(target) | set(reference))
    a = np.fromiter((target.get(t, 0) for t in terms), np.int64, len(terms))
    b = np.fromiter((reference.get(t, 0) for t in terms), np.int64, len(terms))
    return keyness_arrays(np.array(terms, dtype=object), a, b, n_t=n_t, n_r=n_r,
                          measure=measure, correction=correction, min_count=min_count,
                          yates=yates, zero=zero)


def keyness_arrays(terms: np.ndarray, a: np.ndarray, b: np.ndarray, *, n_t: int | None = None,
                   n_r: int | None = None, measure: str = "g2", correction: str | None = "bh",
                   min_count: int = 3, yates: bool = False,
                   zero: float = ZERO_COUNT) -> pd.DataFrame:
    """:func:`keyness_table` of aligned arrays: ``terms[i]`` counted ``a[i]`` and ``b[i]`` times.

    The terms need not be sorted (each appears once); ``n_t`` and ``n_r`` default to
    ``a.sum()`` and ``b.sum()``. Only the terms kept by ``min_count`` are sorted and
    scored, so a vocabulary of every language can be passed with zero counts.

    Examples
    --------
    >>> keyness_arrays(np.array(["b", "a", "c"], dtype=object), np.array([9, 1, 0]),
    ...                np.array([1, 6, 1]), min_count=2)[["term", "direction", "rank"]]
      term direction  rank
    0    b      over     1
    1    a     under     2
    """
    from scipy.stats import chi2 as chi2_dist

    a, b = np.asarray(a, dtype=np.int64), np.asarray(b, dtype=np.int64)
    n_t = int(a.sum()) if n_t is None else int(n_t)
    n_r = int(b.sum()) if n_r is None else int(n_r)
    keep = np.flatnonzero((a + b) >= min_count) if n_t and n_r else np.zeros(0, np.int64)
    terms = np.asarray(terms, dtype=object)[keep]
    order = np.argsort(terms, kind="stable") if len(terms) else keep
    terms, a, b = terms[order], a[keep][order], b[keep][order]
    stat_name = "chi2" if measure == "chi2" else "g2"
    stat = (chi_square(a, b, n_t, n_r, yates=yates) if measure == "chi2"
            else log_likelihood(a, b, n_t, n_r))
    p = chi2_dist.sf(stat, 1)
    lr = log_ratio(a, b, max(n_t, 1), max(n_r, 1), zero=zero)
    strength = np.abs(lr) if measure == "log_ratio" else stat
    order = np.lexsort((terms, -strength)) if len(terms) else np.zeros(0, dtype=np.int64)
    table = pd.DataFrame({
        "term": pd.Series(terms, dtype=object), "target_count": a, "reference_count": b,
        "target_per_million": a / max(n_t, 1) * 1e6,
        "reference_per_million": b / max(n_r, 1) * 1e6,
        stat_name: stat, "p_value": p,
        "p_adjusted": benjamini_hochberg(p) if correction == "bh" else p.copy(),
        "log_ratio": lr,
        "direction": np.where(a * float(n_r) > b * float(n_t), "over", "under").astype(object),
    }).iloc[order].reset_index(drop=True)
    table["rank"] = np.arange(1, len(table) + 1, dtype=np.int64)
    return table[keyness_columns(measure)]
