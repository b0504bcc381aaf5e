"""First digits of the amounts mentioned, against Benford's law: tables and conformity."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from .._core.validation import check_number, check_positive_int
from ._tables import By, _check_by, _check_kinds, _check_mentions, _empty, _key_dtypes

__all__ = ['BENFORD_KINDS', 'BENFORD_MIN_N', 'NIGRINI_FIRST_DIGIT', 'benford_expected', 'first_digits', 'benford_table', 'benford', 'benford_conformity']


#: Kinds whose values are amounts that can follow Benford's law: sums of money, measured
#: quantities, counts of things and percentages. Years, dates and ranges (mostly years) are
#: bounded calendar numbers, identifiers and references are labels assigned in sequence
#: (list items 1, 2, 3 …, pages, footnotes), ordinals are positions and ``other`` mixes
#: times of day, fractions and multipliers: none of these is a naturally grown magnitude,
#: so their first digits say nothing about the plausibility of the figures in a text.
BENFORD_KINDS: tuple[str, ...] = ("money", "quantity", "count", "percent")


#: Nigrini's (2012) mean-absolute-deviation thresholds for the first-digit test:
#: (upper bound, label), checked in order; above the last bound is ``"nonconformity"``.
NIGRINI_FIRST_DIGIT: tuple[tuple[float, str], ...] = (
    (0.006, "close"),
    (0.012, "acceptable"),
    (0.015, "marginal"),
)


#: Fewest values for a conformity verdict. Below it :func:`benford_conformity` reports
#: ``"too few numbers"``. 110 is the smallest ``n`` at which every expected first-digit
#: count is at least 5 (``110 * log10(10/9) = 5.03``), the usual condition for the
#: chi-square approximation (Cochran 1954); Nigrini (2012, *Benford's Law*, Wiley,
#: ch. 5) bases the MAD thresholds on data sets of at least ~1,000 records, so verdicts
#: for 110 ≤ n < 1,000 remain indicative.
BENFORD_MIN_N: int = 110

#: The ``conformity`` label of groups with fewer than ``min_n`` values.
TOO_FEW = "too few numbers"


def benford_expected() -> np.ndarray:
    """Benford's first-digit probabilities ``log10(1 + 1/d)`` for ``d = 1 … 9``.

    Examples
    --------
    >>> p = benford_expected()
    >>> round(float(p[0]), 4), round(float(p[8]), 4), round(float(p.sum()), 12)
    (0.301, 0.0458, 1.0)
    """
    d = np.arange(1, 10)
    return np.log10(1.0 + 1.0 / d)


def first_digits(values: Iterable[float], *, min_value: float = 1.0) -> np.ndarray:
    """First significant digit of each ``|value| >= min_value`` (others are dropped).

    The digit is read from the shortest decimal representation of the float
    (``repr``), so ``1000.0`` gives 1 and ``0.0287`` gives 2 without the rounding
    errors of ``x / 10**floor(log10 x)``. Non-finite values are dropped.

    Examples
    --------
    >>> first_digits([1, 25, 300.5, 0.5, 9999, -42, float("nan")]).tolist()
    [1, 2, 3, 9, 4]
    >>> first_digits([0.0287], min_value=0.001).tolist()
    [2]
    """
    check_number("min_value", min_value, low=0)
    arr = np.abs(np.asarray(list(values), dtype=float))
    arr = arr[np.isfinite(arr) & (arr >= min_value) & (arr > 0)]
    out = np.empty(len(arr), dtype="int64")
    for i, x in enumerate(arr.tolist()):
        s = repr(x)
        out[i] = int(next(ch for ch in s if ch in "123456789"))
    return out


def benford_table(values: Iterable[float], *, min_value: float = 1.0) -> pd.DataFrame:
    """Observed first-digit counts and shares next to Benford's expected shares.

    Parameters
    ----------
    values : iterable of float
        Numbers; only finite ``|value| >= min_value`` are used (see :func:`first_digits`).
    min_value : float, default=1.0
        Smallest absolute value used. The default drops fractions such as 0.5, whose
        leading zero is not a first digit of an amount.

    Returns
    -------
    DataFrame
        Nine rows (all digits, also with count 0): ``digit`` (int 1–9), ``count``
        (int), ``share`` (float, ``count / n``; NaN when ``n = 0``),
        ``expected_share`` (float, ``log10(1 + 1/digit)``), ``abs_dev`` (float,
        ``|share - expected_share|``).

    Examples
    --------
    >>> t = benford_table([1, 1.5, 2, 30, 100, 0.4])
    >>> t[["digit", "count", "share"]].head(4)
       digit  count  share
    0      1      3    0.6
    1      2      1    0.2
    2      3      1    0.2
    3      4      0    0.0
    >>> round(float(t["expected_share"].iloc[0]), 5)
    0.30103
    """
    digits = first_digits(values, min_value=min_value)
    counts = np.bincount(digits, minlength=10)[1:10].astype("int64")
    return _benford_frame(counts)


def _benford_frame(counts: np.ndarray) -> pd.DataFrame:
    n = int(counts.sum())
    expected = benford_expected()
    share = counts / n if n else np.full(9, np.nan)
    return pd.DataFrame({
        "digit": np.arange(1, 10, dtype="int64"),
        "count": counts.astype("int64"),
        "share": share.astype(float),
        "expected_share": expected,
        "abs_dev": np.abs(share - expected),
    })


def benford(mentions: pd.DataFrame, *, by: By | None = "lang",
            kinds: Sequence[str] | None = None, min_value: float = 1.0) -> pd.DataFrame:
    """First-digit (Benford) table per group, over amounts only.

    Uses the ``value`` of mentions whose kind is in ``kinds`` (default
    :data:`BENFORD_KINDS`: money, quantity, count, percent; see there why years,
    dates, ranges, identifiers, references, ordinals and ``other`` are excluded) and
    whose ``|value| >= min_value``. The scale word does not change the first digit
    (``22427,3 тыс.`` → 2). Percentages are bounded by 100 and so follow Benford's law
    only loosely; pass ``kinds=["money", "quantity", "count"]`` to leave them out.

    Parameters
    ----------
    mentions : DataFrame
        :func:`analysis.numeric_mentions` output.
    by : {"doc_id", "lang"} or None, default="lang"
        Group: per document, per language (default: documents rarely hold enough
        amounts), or the whole corpus.
    kinds : sequence of str, optional
        Kinds to include.
    min_value : float, default=1.0
        Smallest absolute value used.

    Returns
    -------
    DataFrame
        Keys, then the columns of :func:`benford_table` (``digit``, ``count``,
        ``share``, ``expected_share``, ``abs_dev``): nine rows per group that has at
        least one usable value (digits with count 0 are kept: for this test a zero is a
        measurement). Sorted by keys and ``digit``.

    Examples
    --------
    >>> m = pd.DataFrame({"doc_id": "a", "lang": "en", "kind": ["money", "count", "year"],
    ...                   "value": [120.0, 15.0, 1943.0]})
    >>> benford(m)[["lang", "digit", "count", "share"]].head(2)
      lang  digit  count  share
    0   en      1      2    1.0
    1   en      2      0    0.0
    """
    keys = _check_by(by)
    _check_mentions(mentions, keys + ["kind", "value"])
    kinds = _check_kinds(kinds, BENFORD_KINDS)
    check_number("min_value", min_value, low=0)
    df = mentions.loc[mentions["kind"].isin(kinds), keys + ["value"]]
    cols = list(_benford_frame(np.zeros(9, dtype="int64")).columns)
    if not keys:
        t = benford_table(df["value"], min_value=min_value)
        return t.iloc[:0].reset_index(drop=True) if t["count"].sum() == 0 else t
    v = np.abs(df["value"].to_numpy(dtype=float))
    usable = np.isfinite(v) & (v >= min_value) & (v > 0)
    if not usable.any():
        return _empty({**_key_dtypes(keys), **dict.fromkeys(cols, "float64")}).astype(
            {"digit": "int64", "count": "int64"})
    digits = df.loc[usable, keys].assign(digit=first_digits(v[usable], min_value=min_value))
    counts = (digits.groupby(keys + ["digit"], sort=True, dropna=False).size()
              .unstack("digit", fill_value=0).reindex(columns=range(1, 10), fill_value=0))
    c = counts.to_numpy(dtype="int64")
    n = c.sum(axis=1, keepdims=True)
    share = (c / n).astype(float)
    expected = benford_expected()
    out = counts.index.to_frame(index=False).loc[np.repeat(np.arange(len(c)), 9)]
    out = out.reset_index(drop=True).assign(
        digit=np.tile(np.arange(1, 10, dtype="int64"), len(c)), count=c.ravel(),
        share=share.ravel(), expected_share=np.tile(expected, len(c)),
        abs_dev=np.abs(share - expected).ravel())
    return out


def _nigrini(mad: float) -> str | None:
    if not np.isfinite(mad):
        return None
    for bound, label in NIGRINI_FIRST_DIGIT:
        if mad <= bound:
            return label
    return "nonconformity"


def benford_conformity(table: pd.DataFrame, *, min_n: int = BENFORD_MIN_N) -> pd.DataFrame:
    """Conformity of first-digit tables to Benford's law: MAD (Nigrini) and chi-square.

    ``mad = mean_d |share_d - expected_d|`` over the nine digits, classified with
    Nigrini's first-digit thresholds (:data:`NIGRINI_FIRST_DIGIT`): close ≤ 0.006,
    acceptable ≤ 0.012, marginal ≤ 0.015, else nonconformity. No class is given to a
    group of fewer than ``min_n`` values (default :data:`BENFORD_MIN_N` = 110, see there
    for the source): its ``conformity`` is ``"too few numbers"``. The chi-square
    goodness-of-fit test is :func:`scipy.stats.chisquare` of the observed counts against
    ``n * expected_share`` with 8 degrees of freedom.

    Parameters
    ----------
    table : DataFrame
        :func:`benford_table` or :func:`benford` output. Every column before ``digit``
        is a group key; each group must have the nine digits.
    min_n : int, default=BENFORD_MIN_N
        Fewest values for a conformity class.

    Returns
    -------
    DataFrame
        Keys, ``n`` (int, values tested), ``mad`` (float), ``conformity`` (str: close,
        acceptable, marginal, nonconformity, or ``"too few numbers"`` when
        ``0 < n < min_n``; None when ``n = 0``), ``chi2`` (float), ``p_value`` (float).
        ``mad``, ``chi2`` and ``p_value`` are computed for every ``n > 0``; below
        ``min_n`` they describe the sample and test nothing. One row per group, sorted
        by the keys.

    Notes
    -----
    Both statistics need many values: the chi-square approximation wants expected
    counts ≥ 5, i.e. ``n ≥ 5 / 0.0458 ≈ 110``, and Nigrini bases the MAD thresholds
    on samples of at least a few hundred. With the ~100 amounts of a typical article
    read the result as descriptive; the chi-square test rejects almost everything
    for very large ``n`` (hence the MAD).

    Examples
    --------
    Digits 1, 1, 2, 3, 1 give shares 0.6, 0.2, 0.2, 0, …; the nine deviations
    from 0.30103, 0.17609, 0.12494, 0.09691, 0.07918, 0.06695, 0.05799, 0.05115,
    0.04576 sum to 0.79588, so MAD = 0.79588 / 9 = 0.0884:

    >>> t = benford_table([1, 1.5, 2, 30, 100])
    >>> r = benford_conformity(t)
    >>> int(r["n"].iloc[0]), round(float(r["mad"].iloc[0]), 4), r["conformity"].iloc[0]
    (5, 0.0884, 'too few numbers')
    >>> benford_conformity(t, min_n=1)["conformity"].iloc[0]
    'nonconformity'
    """
    from scipy.stats import chisquare

    min_n = check_positive_int("min_n", min_n)
    if not isinstance(table, pd.DataFrame) or not {"digit", "count", "expected_share"} <= set(
            table.columns):
        raise ValueError("table must be benford_table or benford output (digit, count, "
                         "expected_share).")
    keys = list(table.columns[: list(table.columns).index("digit")])
    cols = keys + ["n", "mad", "conformity", "chi2", "p_value"]
    dtypes = {"n": "int64", "mad": "float64", "chi2": "float64", "p_value": "float64"}
    if table.empty:
        return pd.DataFrame(columns=cols).astype(dtypes)
    table = table.sort_values(keys + ["digit"], kind="mergesort")
    if keys:
        index = table.groupby(keys, sort=True, dropna=False).size()
        bad = index[index != 9]
    else:
        index, bad = None, [] if len(table) == 9 else [len(table)]
    digits = table["digit"].to_numpy().reshape(-1, 9) if not len(bad) and len(table) % 9 == 0 \
        else None
    if digits is None or not (digits == np.arange(1, 10)).all():
        raise ValueError("each group needs the digits 1-9 once; "
                         f"got {table['digit'].tolist()[:18]} ….")
    counts = table["count"].to_numpy(dtype=float).reshape(-1, 9)
    expected = table["expected_share"].to_numpy(dtype=float).reshape(-1, 9)
    n = counts.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        mad = np.mean(np.abs(counts / n[:, None] - expected), axis=1)
        res = chisquare(counts, f_exp=expected / expected.sum(axis=1, keepdims=True)
                        * n[:, None], axis=1)
    empty = n == 0
    chi2 = np.where(empty, np.nan, res.statistic)
    p = np.where(empty, np.nan, res.pvalue)
    mad = np.where(empty, np.nan, mad)
    out = (index.index.to_frame(index=False) if keys else pd.DataFrame(index=[0]))
    verdict = [TOO_FEW if 0 < k < min_n else _nigrini(x) for k, x in zip(n, mad, strict=True)]
    out = out.assign(n=n.astype("int64"), mad=mad, conformity=verdict,
                     chi2=chi2, p_value=p)
    return out[cols].astype(dtypes).reset_index(drop=True)
