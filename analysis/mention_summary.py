"""Summaries of numeric mentions: densities, kinds, years, magnitudes, Benford, units, neighbours.

Every function takes the long mention table of :func:`analysis.numeric_mentions`
(one row per mention) and returns a tidy table: key columns first (``doc_id``, ``lang``
for ``by="doc_id"``; ``lang`` for ``by="lang"``; none for ``by=None``, the whole
corpus), then the measures, then ``rank`` where a ranking makes sense. Rows are sorted
by the keys and then by ``rank`` (ties broken by codepoint order of the label) or by
the natural order of the measure's own key (``year``, ``digit``, ``log10_low``).

:func:`mention_stats` bundles them into a dict of tables, one per statistic, for the CLI
(key: function, one row per …):

- ``density``: :func:`mention_density`, group (every group of the corpus, also with 0)
- ``kinds``: :func:`kind_counts`, group x kind present
- ``years``: :func:`year_distribution`, group x mentioned calendar year
- ``magnitudes``: :func:`magnitudes`, group x kind x order-of-magnitude bin
- ``benford``: :func:`benford`, group x first digit 1–9
- ``benford_conformity``: :func:`benford_conformity`, group
- ``units``: :func:`top_units`, group x unit (top ``top_n``)
- ``neighbours``: :func:`neighbour_words`, group x word (top ``top_n``)
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable, Sequence
from typing import Literal

import numpy as np
import pandas as pd

from ._validation import check_number, check_options, check_positive_int

__all__ = [
    "BENFORD_KINDS",
    "MAGNITUDE_KINDS",
    "YEAR_KINDS",
    "NIGRINI_FIRST_DIGIT",
    "mention_stats",
    "mention_density",
    "kind_counts",
    "year_distribution",
    "magnitudes",
    "first_digits",
    "benford_expected",
    "benford_table",
    "benford",
    "benford_conformity",
    "top_units",
    "neighbour_words",
    "mention_neighbours",
    "neighbour_table",
]

By = Literal["doc_id", "lang"]
Side = Literal["auto", "after", "before"]

#: Kinds whose values are amounts that can follow Benford's law: sums of money, measured
#: quantities, counts of things and percentages. Years, dates and ranges (mostly years) are
#: bounded calendar numbers, identifiers and references are labels assigned in sequence
#: (list items 1, 2, 3 …, pages, footnotes), ordinals are positions and ``other`` mixes
#: times of day, fractions and multipliers: none of these is a naturally grown magnitude,
#: so their first digits say nothing about the plausibility of the figures in a text.
BENFORD_KINDS: tuple[str, ...] = ("money", "quantity", "count", "percent")

#: Kinds whose ``value`` is an amount on a scale where orders of magnitude compare.
MAGNITUDE_KINDS: tuple[str, ...] = ("money", "quantity", "count")

#: Kinds from which calendar years are read (``range`` only when it has no unit).
YEAR_KINDS: tuple[str, ...] = ("year", "date", "range")

#: Nigrini's (2012) mean-absolute-deviation thresholds for the first-digit test:
#: (upper bound, label), checked in order; above the last bound is ``"nonconformity"``.
NIGRINI_FIRST_DIGIT: tuple[tuple[float, str], ...] = (
    (0.006, "close"),
    (0.012, "acceptable"),
    (0.015, "marginal"),
)

_GROUP_KEYS: dict[str | None, list[str]] = {"doc_id": ["doc_id", "lang"], "lang": ["lang"], None: []}


# --------------------------------------------------------------------------- helpers


def _check_mentions(mentions: pd.DataFrame, columns: Iterable[str]) -> None:
    if not isinstance(mentions, pd.DataFrame):
        raise ValueError(f"mentions must be a DataFrame; got {type(mentions).__name__}.")
    missing = sorted(set(columns) - set(mentions.columns))
    if missing:
        raise ValueError(f"mentions lacks columns {missing} (expected numeric_mentions output).")


def _check_by(by, allow_none: bool = True) -> list[str]:
    check_options("by", by, ["doc_id", "lang", None] if allow_none else ["doc_id", "lang"])
    return list(_GROUP_KEYS[by])


def _check_kinds(kinds: Sequence[str] | None, default: Sequence[str]) -> list[str]:
    if kinds is None:
        return list(default)
    if isinstance(kinds, str) or not all(isinstance(k, str) for k in kinds):
        raise ValueError(f"kinds must be a sequence of kind names; got {kinds!r}.")
    return sorted(set(kinds))


def _group_sizes(corpus: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """Word tokens per group: ``keys`` + ``n_tokens`` for every group of the corpus."""
    if not isinstance(corpus, pd.DataFrame):
        raise ValueError(f"corpus must be a DataFrame; got {type(corpus).__name__}.")
    if "text" in corpus.columns:
        per_doc = _word_tokens(corpus)
    elif {"doc_id", "lang", "n_tokens"} <= set(corpus.columns):
        per_doc = corpus[["doc_id", "lang", "n_tokens"]]
    else:
        raise ValueError("corpus must be load_corpus output (doc_id, lang, text) or "
                         "corpus_summary(by='doc_id') output (doc_id, lang, n_tokens).")
    if not keys:
        return pd.DataFrame({"n_tokens": [int(per_doc["n_tokens"].sum())]})
    out = (per_doc.groupby(keys, dropna=False, sort=False)["n_tokens"].sum().reset_index())
    return out.sort_values(keys, kind="mergesort", ignore_index=True)


def _word_tokens(corpus: pd.DataFrame) -> pd.DataFrame:
    """``doc_id``, ``lang``, ``n_tokens`` (word tokens, as in ``analysis.corpus_summary``)."""
    from .tokenization import word_profile

    n = [sum(word_profile(t, lg if isinstance(lg, str) else None)[0].values())
         for t, lg in zip(corpus["text"], corpus["lang"], strict=True)]
    return pd.DataFrame({"doc_id": corpus["doc_id"].to_numpy(), "lang": corpus["lang"].to_numpy(),
                         "n_tokens": np.array(n, dtype=np.int64)})


def _check_known_docs(mentions: pd.DataFrame, corpus: pd.DataFrame) -> None:
    unknown = sorted(set(mentions["doc_id"]) - set(corpus["doc_id"]), key=str)
    if unknown:
        raise ValueError(f"mentions has doc_id values not in corpus: {unknown[:5]}.")


def _rank(df: pd.DataFrame, keys: list[str], label: str) -> pd.DataFrame:
    """Sort by keys, count (desc), label (codepoint) and add ``rank`` 1, 2, … per group."""
    df = df.sort_values(keys + ["count", label], ascending=[True] * len(keys) + [False, True],
                        kind="mergesort", ignore_index=True)
    if keys:
        df["rank"] = df.groupby(keys, sort=False, dropna=False).cumcount().astype("int64") + 1
    else:
        df["rank"] = np.arange(1, len(df) + 1, dtype="int64")
    return df


def _empty(columns: dict[str, str]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in columns.items()})


def _key_dtypes(keys: list[str]) -> dict[str, str]:
    return {k: "object" for k in keys}


def _group_total(df: pd.DataFrame, keys: list[str], col: str = "count") -> pd.Series:
    if keys:
        return df.groupby(keys, sort=False, dropna=False)[col].transform("sum")
    return pd.Series(df[col].sum(), index=df.index)


# --------------------------------------------------------------------------- densities


def mention_density(mentions: pd.DataFrame, corpus: pd.DataFrame, *,
                    by: By | None = "doc_id") -> pd.DataFrame:
    """Mentions per 1,000 word tokens, for every group of the corpus.

    ``per_1k = 1000 * n_mentions / n_tokens`` where ``n_tokens`` is the number of word
    tokens (:func:`analysis.corpus_summary`, stopwords included, numbers excluded).

    Parameters
    ----------
    mentions : DataFrame
        :func:`analysis.numeric_mentions` output (``doc_id``, ``lang``).
    corpus : DataFrame
        :func:`analysis.load_corpus` output, or ``corpus_summary(corpus, by="doc_id")``
        (``doc_id``, ``lang``, ``n_tokens``) when word tokens were counted already.
    by : {"doc_id", "lang"} or None, default="doc_id"
        Group: per document, per language, or the whole corpus (``None``).

    Returns
    -------
    DataFrame
        Keys (``doc_id``, ``lang`` / ``lang`` / none), ``n_tokens`` (int, word tokens),
        ``n_mentions`` (int, 0 for groups without mentions), ``per_1k`` (float, NaN when
        the group has no word tokens). One row per group, sorted by the keys.

    Examples
    --------
    >>> m = pd.DataFrame({"doc_id": ["a", "a", "b"], "lang": ["en", "en", "ru"]})
    >>> c = pd.DataFrame({"doc_id": ["a", "b", "c"], "lang": ["en", "ru", "ru"],
    ...                   "n_tokens": [500, 1000, 1000]})
    >>> mention_density(m, c, by="lang")
      lang  n_tokens  n_mentions  per_1k
    0   en       500           2     4.0
    1   ru      2000           1     0.5
    """
    keys = _check_by(by)
    _check_mentions(mentions, ["doc_id", "lang"])
    _check_known_docs(mentions, corpus)
    sizes = _group_sizes(corpus, keys)
    if keys:
        n = mentions.groupby(keys, dropna=False).size().rename("n_mentions").reset_index()
        out = sizes.merge(n, on=keys, how="left")
    else:
        out = sizes.assign(n_mentions=len(mentions))
    out["n_mentions"] = out["n_mentions"].fillna(0).astype("int64")
    out["n_tokens"] = out["n_tokens"].astype("int64")
    tokens = out["n_tokens"].where(out["n_tokens"] > 0)
    out["per_1k"] = (1000.0 * out["n_mentions"] / tokens).astype("float64")
    return out[keys + ["n_tokens", "n_mentions", "per_1k"]].reset_index(drop=True)


def kind_counts(mentions: pd.DataFrame, corpus: pd.DataFrame, *,
                by: By | None = "doc_id") -> pd.DataFrame:
    """Mentions per kind: count, share of the group's mentions and rate per 1,000 words.

    ``share = count / n_mentions(group)`` (sums to 1 per group);
    ``per_1k = 1000 * count / n_tokens(group)`` (sums to :func:`mention_density`'s ``per_1k``).

    Parameters
    ----------
    mentions : DataFrame
        :func:`analysis.numeric_mentions` output (``doc_id``, ``lang``, ``kind``).
    corpus : DataFrame
        :func:`analysis.load_corpus` output or ``corpus_summary(by="doc_id")``.
    by : {"doc_id", "lang"} or None, default="doc_id"
        Group: per document, per language, or the whole corpus.

    Returns
    -------
    DataFrame
        Keys, ``kind`` (str), ``count`` (int), ``share`` (float), ``per_1k`` (float),
        ``rank`` (int, 1 = most frequent kind of the group; ties by kind name). Kinds
        absent from a group are omitted (zero counts are not stored).

    Examples
    --------
    >>> m = pd.DataFrame({"doc_id": ["a", "a", "a", "a"], "lang": "en",
    ...                   "kind": ["year", "count", "year", "money"]})
    >>> c = pd.DataFrame({"doc_id": ["a"], "lang": ["en"], "n_tokens": [200]})
    >>> kind_counts(m, c)
      doc_id lang   kind  count  share  per_1k  rank
    0      a   en   year      2   0.50    10.0     1
    1      a   en  count      1   0.25     5.0     2
    2      a   en  money      1   0.25     5.0     3
    """
    keys = _check_by(by)
    _check_mentions(mentions, ["doc_id", "lang", "kind"])
    _check_known_docs(mentions, corpus)
    sizes = _group_sizes(corpus, keys)
    cols = keys + ["kind", "count", "share", "per_1k", "rank"]
    if mentions.empty:
        return _empty({**_key_dtypes(keys), "kind": "object", "count": "int64",
                       "share": "float64", "per_1k": "float64", "rank": "int64"})
    df = mentions.groupby(keys + ["kind"], dropna=False).size().rename("count").reset_index()
    df["count"] = df["count"].astype("int64")
    df["share"] = df["count"] / _group_total(df, keys)
    if keys:
        df = df.merge(sizes, on=keys, how="left")
    else:
        df["n_tokens"] = int(sizes["n_tokens"].iloc[0])
    df["per_1k"] = (1000.0 * df["count"] / df["n_tokens"].where(df["n_tokens"] > 0)).astype(float)
    return _rank(df, keys, "kind")[cols]


# --------------------------------------------------------------------------- years


def year_distribution(mentions: pd.DataFrame, *, by: By | None = "doc_id", low: int = 1000,
                      high: int = 2100) -> pd.DataFrame:
    """How often each calendar year is mentioned, per group (for timelines).

    Years are read from (a) ``value`` of ``year`` and ``date`` mentions (a date's value
    is its year, NaN when the date has no year) and (b) both ends (``value`` and
    ``range_end``) of ``range`` mentions **without a unit** (ranges of percentages,
    ages or hours are not periods). A number counts as a year when it is a whole number
    in ``[low, high]``; a range whose two ends are the same year counts it once. Years
    strictly between the two ends of a range are not filled in: ``1943–1945`` adds
    1943 and 1945, not 1944. ``reference`` mentions (author-date years in citations),
    identifiers and counts (``2000`` workers) are never read as years.

    Parameters
    ----------
    mentions : DataFrame
        :func:`analysis.numeric_mentions` output (``kind``, ``value``,
        ``unit``, ``range_end`` and the key columns).
    by : {"doc_id", "lang"} or None, default="doc_id"
        Group: per document, per language, or the whole corpus.
    low, high : int, default=1000, 2100
        Inclusive bounds of what looks like a calendar year.

    Returns
    -------
    DataFrame
        Keys, ``year`` (int), ``count`` (int, mentions naming that year, a range end
        counting as one). Sorted by the keys and ``year``; years never mentioned are
        omitted.

    Examples
    --------
    >>> m = pd.DataFrame({"doc_id": "a", "lang": "en",
    ...     "kind": ["year", "date", "range", "range", "count"],
    ...     "value": [1943, 1945, 1943, 18, 2000], "unit": [None, None, None, "year", None],
    ...     "range_end": [None, None, 1945, 24, None]})
    >>> year_distribution(m)
      doc_id lang  year  count
    0      a   en  1943      2
    1      a   en  1945      2
    """
    keys = _check_by(by)
    _check_mentions(mentions, keys + ["kind", "value", "unit", "range_end"])
    low = check_positive_int("low", low, minimum=0)
    high = check_positive_int("high", high, minimum=0)
    if high < low:
        raise ValueError(f"high must be >= low; got low={low}, high={high}.")
    kind = mentions["kind"]
    point = mentions.loc[kind.isin(["year", "date"]), keys + ["value"]]
    ranges = mentions[(kind == "range") & mentions["unit"].isna()]
    first = ranges[keys + ["value"]]
    second = ranges.loc[ranges["range_end"] != ranges["value"], keys + ["range_end"]]
    second = second.rename(columns={"range_end": "value"})
    years = pd.concat([point, first, second], ignore_index=True)
    v = pd.to_numeric(years["value"], errors="coerce").astype(float)
    ok = v.notna() & (v == np.floor(v)) & (v >= low) & (v <= high)
    years = years[ok].assign(year=v[ok].astype("int64"))
    if years.empty:
        return _empty({**_key_dtypes(keys), "year": "int64", "count": "int64"})
    out = years.groupby(keys + ["year"], dropna=False).size().rename("count").reset_index()
    out["count"] = out["count"].astype("int64")
    return out.sort_values(keys + ["year"], kind="mergesort", ignore_index=True)


# --------------------------------------------------------------------------- magnitudes


def magnitudes(mentions: pd.DataFrame, *, by: By | None = "doc_id",
               kinds: Sequence[str] | None = None, bins_per_decade: int = 1) -> pd.DataFrame:
    """Distribution of ``log10 |value|`` per group and kind, binned by orders of magnitude.

    A value falls in bin ``[log10_low, log10_high)`` with
    ``log10_low = floor(bins_per_decade * log10|value|) / bins_per_decade``; with the
    default one bin per decade, bin 3 holds 1,000 ≤ |value| < 10,000. ``value`` already
    has the scale word applied (``5 млн`` → 5,000,000). Zero and missing values have no
    logarithm and are skipped.

    Parameters
    ----------
    mentions : DataFrame
        :func:`analysis.numeric_mentions` output.
    by : {"doc_id", "lang"} or None, default="doc_id"
        Group: per document, per language, or the whole corpus.
    kinds : sequence of str, optional
        Kinds to include; default :data:`MAGNITUDE_KINDS` (money, quantity, count).
    bins_per_decade : int, default=1
        Bins per factor of ten.

    Returns
    -------
    DataFrame
        Keys, ``kind`` (str), ``log10_low``, ``log10_high`` (float, bin edges),
        ``count`` (int), ``share`` (float, of the group's values of that kind). Empty
        bins are omitted. Sorted by keys, ``kind``, ``log10_low``.

    Examples
    --------
    >>> m = pd.DataFrame({"doc_id": "a", "lang": "ru", "kind": ["money", "money", "count"],
    ...                   "value": [1000.0, 9999.0, 0.0]})
    >>> magnitudes(m)
      doc_id lang   kind  log10_low  log10_high  count  share
    0      a   ru  money        3.0         4.0      2    1.0
    """
    keys = _check_by(by)
    _check_mentions(mentions, keys + ["kind", "value"])
    kinds = _check_kinds(kinds, MAGNITUDE_KINDS)
    bpd = check_positive_int("bins_per_decade", bins_per_decade)
    df = mentions.loc[mentions["kind"].isin(kinds), keys + ["kind", "value"]]
    v = pd.to_numeric(df["value"], errors="coerce").abs().astype(float)
    ok = np.isfinite(v) & (v > 0)
    df = df[ok]
    cols = {**_key_dtypes(keys), "kind": "object", "log10_low": "float64",
            "log10_high": "float64", "count": "int64", "share": "float64"}
    if df.empty:
        return _empty(cols)
    # the small epsilon keeps exact powers of ten (log10(1e3) = 2.9999…) in their own bin
    b = np.floor(np.log10(v[ok].to_numpy()) * bpd + 1e-9).astype("int64")
    df = df.assign(_bin=b)
    out = df.groupby(keys + ["kind", "_bin"], dropna=False).size().rename("count").reset_index()
    out["count"] = out["count"].astype("int64")
    out["share"] = out["count"] / _group_total(out, keys + ["kind"])
    out["log10_low"] = out["_bin"] / bpd
    out["log10_high"] = (out["_bin"] + 1) / bpd
    out = out.sort_values(keys + ["kind", "_bin"], kind="mergesort", ignore_index=True)
    return out[list(cols)]


# --------------------------------------------------------------------------- Benford


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


def benford_conformity(table: pd.DataFrame) -> pd.DataFrame:
    """Conformity of first-digit tables to Benford's law: MAD (Nigrini) and chi-square.

    ``mad = mean_d |share_d - expected_d|`` over the nine digits, classified with
    Nigrini's first-digit thresholds (:data:`NIGRINI_FIRST_DIGIT`): close ≤ 0.006,
    acceptable ≤ 0.012, marginal ≤ 0.015, else nonconformity. The chi-square
    goodness-of-fit test is :func:`scipy.stats.chisquare` of the observed counts against
    ``n * expected_share`` with 8 degrees of freedom.

    Parameters
    ----------
    table : DataFrame
        :func:`benford_table` or :func:`benford` output. Every column before ``digit``
        is a group key; each group must have the nine digits.

    Returns
    -------
    DataFrame
        Keys, ``n`` (int, values tested), ``mad`` (float), ``conformity`` (str: close,
        acceptable, marginal or nonconformity; None when ``n = 0``), ``chi2`` (float),
        ``p_value`` (float). One row per group, sorted by the keys.

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
    (5, 0.0884, 'nonconformity')
    """
    from scipy.stats import chisquare

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
    out = out.assign(n=n.astype("int64"), mad=mad, conformity=[_nigrini(x) for x in mad],
                     chi2=chi2, p_value=p)
    return out[cols].astype(dtypes).reset_index(drop=True)


# --------------------------------------------------------------------------- units


def top_units(mentions: pd.DataFrame, *, by: By | None = "doc_id",
              top_n: int | None = 10) -> pd.DataFrame:
    """The most frequent units (currencies, %, measures, ``times``) per group.

    Parameters
    ----------
    mentions : DataFrame
        :func:`analysis.numeric_mentions` output (``unit``).
    by : {"doc_id", "lang"} or None, default="doc_id"
        Group: per document, per language, or the whole corpus.
    top_n : int or None, default=10
        Units kept per group (by ``rank``); ``None`` keeps all.

    Returns
    -------
    DataFrame
        Keys, ``unit`` (str, normalised code: RUB, %, km, year, …), ``count`` (int,
        mentions with that unit, of any kind), ``share`` (float, of the group's
        mentions that have a unit), ``rank`` (int; ties by unit). Sorted by keys, rank.

    Examples
    --------
    >>> m = pd.DataFrame({"doc_id": "a", "lang": "ru", "unit": ["RUB", "%", "RUB", None]})
    >>> top_units(m)
      doc_id lang unit  count     share  rank
    0      a   ru  RUB      2  0.666667     1
    1      a   ru    %      1  0.333333     2
    """
    keys = _check_by(by)
    _check_mentions(mentions, keys + ["unit"])
    top_n = check_positive_int("top_n", top_n, allow_none=True)
    df = mentions[mentions["unit"].notna()]
    cols = {**_key_dtypes(keys), "unit": "object", "count": "int64", "share": "float64",
            "rank": "int64"}
    if df.empty:
        return _empty(cols)
    out = df.groupby(keys + ["unit"], dropna=False).size().rename("count").reset_index()
    out["count"] = out["count"].astype("int64")
    out["share"] = out["count"] / _group_total(out, keys)
    out = _rank(out, keys, "unit")
    if top_n is not None:
        out = out[out["rank"] <= top_n].reset_index(drop=True)
    return out[list(cols)]


# --------------------------------------------------------------------------- neighbours

# What may separate a mention from its neighbour word: horizontal spaces, after a
# suffix hyphenated to the number (1931-ші, 1980-an, 34%-ы, 1990-х). Never a line break.
_GAP_AFTER = re.compile(r"(?:[-\u2010\u2011][^\W\d_]+)?[ \t\u00a0\u202f\u2009]*")
_GAP_BEFORE = re.compile(r"[ \t\u00a0\u202f\u2009]*")
_LOOKAHEAD = 4  # tokens inspected beyond the mention (hyphen, suffix, word)


# A neighbour after the mention is separated from it by a hyphenated suffix and spaces
# only, so it starts in the rest of the mention's chunk or in the next chunk.
_AFTER_WINDOW = re.compile(r"\S*(?:\s+\S+)?")


def _window_start(text: str, start: int) -> int:
    """Start of the white-space chunk before the one holding ``start`` (or 0)."""
    i = start
    for skip_space in (False, True, False):
        while i > 0 and text[i - 1].isspace() == skip_space:
            i -= 1
    return i


def _window_tokens(text: str, lang, spans: list[tuple[int, int]]) -> tuple[list, ...]:
    """Tokens near the mentions: the same tokens as :func:`tokenize_text` there.

    Each window runs from the white-space chunk before a mention to the chunk after
    it. No token crosses white space, so tokenising
    windows that start and end at white space gives exactly the tokens the whole
    text has there, at a fraction of the cost on long documents.
    """
    from .stopwords import stopwords
    from .tokenization import TOKEN_RE, is_roman_numeral, normalize_term

    ranges: list[list[int]] = []
    for s, e in sorted(spans):
        a, b = _window_start(text, s), _AFTER_WINDOW.match(text, e).end()
        if ranges and a <= ranges[-1][1]:
            ranges[-1][1] = max(ranges[-1][1], b)
        else:
            ranges.append([a, b])
    stop = stopwords(lang) if isinstance(lang, str) and lang else frozenset()
    t_start, t_end, t_kind, t_term, t_stop = [], [], [], [], []
    for a, b in ranges:
        for m in TOKEN_RE.finditer(text, a, b):
            kind, tok = m.lastgroup, m.group()
            if kind == "word" and tok[0].isupper() and is_roman_numeral(tok):
                kind = "roman"
            term = normalize_term(tok, lang) if kind == "word" else tok
            t_start.append(m.start())
            t_end.append(m.end())
            t_kind.append(kind)
            t_term.append(term)
            t_stop.append(kind == "word" and term in stop)
    return t_start, t_end, t_kind, t_term, t_stop


def _doc_neighbours(text: str, lang, spans: list[tuple[int, int]],
                    targets: list[tuple[int, int, bool]], side: str) -> list[str | None]:
    """Neighbour word of each target ``(start, end, unitless)``; ``spans`` are all mentions."""
    t_start, t_end, t_kind, t_term, t_stop = _window_tokens(
        text, lang if isinstance(lang, str) else None, spans)
    m_start = sorted({s for s, _ in spans})
    m_end_by_start: dict[int, int] = {}
    for s, e in spans:
        m_end_by_start[s] = max(e, m_end_by_start.get(s, e))
    ends_sorted = [m_end_by_start[s] for s in m_start]

    def in_mention(a: int) -> bool:
        i = bisect.bisect_right(m_start, a) - 1
        return i >= 0 and a < ends_sorted[i]

    def content(k: int) -> str | None:
        if t_kind[k] != "word" or t_stop[k] or in_mention(t_start[k]):
            return None
        return t_term[k]

    def after(end: int) -> str | None:
        j = bisect.bisect_left(t_start, end)
        for k in range(j, min(j + _LOOKAHEAD, len(t_start))):
            if not _GAP_AFTER.fullmatch(text, end, t_start[k]):
                continue
            if t_kind[k] == "word":
                return content(k)
        return None

    def before(start: int) -> str | None:
        k = bisect.bisect_right(t_end, start) - 1
        if k < 0 or not _GAP_BEFORE.fullmatch(text, t_end[k], start):
            return None
        return content(k) if t_kind[k] == "word" else None

    out: list[str | None] = []
    for s, e, unitless in targets:
        if side == "after":
            out.append(after(e))
        elif side == "before":
            out.append(before(s))
        else:
            w = after(e)
            if w is None and unitless:
                w = before(s)
            out.append(w)
    return out


def neighbour_words(mentions: pd.DataFrame, corpus: pd.DataFrame, *, by: By | None = "doc_id",
                    side: Side = "auto", kinds: Sequence[str] | None = None,
                    top_n: int | None = 10) -> pd.DataFrame:
    """The words that most often stand right next to a number, per group.

    The rule, per mention (tokens of :func:`analysis.tokenize_text`):

    * **after**: the first word token after the mention's end, if only spaces (no line
      break, punctuation or other token) separate them; a suffix hyphenated to the
      number is skipped (``1931-ші жылы`` → *жылы*, ``1990-х годах`` → *годах*).
    * **before**: the word token ending right before the mention's start, separated by
      spaces only.
    * **auto** (default): *after*; when that gives nothing (the mention ends a clause or
      line, or the next word is a stopword) and the mention has **no unit**, *before*.
      In all four languages a counted noun follows its numeral (``320 trains``,
      ``8 мың жұмысшы``, ``dua orang``), while a bare number closing a clause is
      described by the word before it (``… составило 28.``, ``tahun 1959.``); a
      mention with a unit has already swallowed its measure word into the span.

    The word is the token's ``term`` (lower-cased, Russian ё → е); stopwords of the
    document's language and words inside another mention (number words) do not count,
    so a mention whose neighbour is a stopword contributes no word. Mentions of kind
    ``reference`` (footnote markers glued to words) are left out by default.

    Parameters
    ----------
    mentions : DataFrame
        :func:`analysis.numeric_mentions` output of ``corpus``.
    corpus : DataFrame
        :func:`analysis.load_corpus` output (``doc_id``, ``lang``, ``text``): offsets
        of the mentions refer to its ``text``.
    by : {"doc_id", "lang"} or None, default="doc_id"
        Group: per document, per language, or the whole corpus.
    side : {"auto", "after", "before"}, default="auto"
        Which neighbour (see above).
    kinds : sequence of str, optional
        Kinds to include; default every kind except ``reference``.
    top_n : int or None, default=10
        Words kept per group; ``None`` keeps all.

    Returns
    -------
    DataFrame
        Keys, ``word`` (str), ``count`` (int, mentions with that neighbour), ``share``
        (float, of the group's mentions that have a neighbour word), ``rank`` (int;
        ties by word). Sorted by keys, rank.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a"], "lang": ["en"],
    ...                   "text": ["We saw 320 trains and 12 trains. Output reached 56."]})
    >>> m = pd.DataFrame({"doc_id": "a", "lang": "en", "start": [7, 22, 48],
    ...                   "end": [10, 24, 50], "kind": "count", "unit": None})
    >>> neighbour_words(m, c)
       doc_id lang     word  count     share  rank
    0      a   en   trains      2  0.666667     1
    1      a   en  reached      1  0.333333     2
    """
    keys = _check_by(by)
    _check_mentions(mentions, keys + ["doc_id", "start", "end", "kind", "unit"])
    check_options("side", side, ["auto", "after", "before"])
    top_n = check_positive_int("top_n", top_n, allow_none=True)
    if kinds is None:
        use = mentions["kind"] != "reference"
    else:
        use = mentions["kind"].isin(_check_kinds(kinds, ()))
    if not isinstance(corpus, pd.DataFrame) or not {"doc_id", "lang", "text"} <= set(
            corpus.columns):
        raise ValueError("corpus must be load_corpus output (doc_id, lang, text).")
    _check_known_docs(mentions, corpus)
    texts = dict(zip(corpus["doc_id"], zip(corpus["lang"], corpus["text"], strict=True),
                     strict=True))
    words: list[str | None] = [None] * len(mentions)
    position = {i: k for k, i in enumerate(mentions.index)}
    all_spans = mentions[["doc_id", "start", "end"]]
    for doc_id, sub in mentions[use].groupby("doc_id", sort=True):
        lang, text = texts[doc_id]
        every = all_spans[all_spans["doc_id"] == doc_id]
        spans = [(int(s), int(e)) for s, e in zip(every["start"], every["end"], strict=True)]
        targets = [(int(s), int(e), u is None or (isinstance(u, float) and math.isnan(u)))
                   for s, e, u in zip(sub["start"], sub["end"], sub["unit"], strict=True)]
        for i, w in zip(sub.index, _doc_neighbours(text, lang, spans, targets, side),
                        strict=True):
            words[position[i]] = w
    return neighbour_table(mentions[keys].assign(word=words), by=by, top_n=top_n)


def mention_neighbours(text: str, lang, mentions: pd.DataFrame) -> list[str | None]:
    """The neighbour word (``side="auto"``) of each mention of one document.

    The per-document step of :func:`neighbour_words`; ``reference`` mentions get
    ``None``.

    Examples
    --------
    >>> m = pd.DataFrame({"start": [7], "end": [10], "kind": ["count"], "unit": [None]})
    >>> mention_neighbours("We saw 320 trains.", "en", m)
    ['trains']
    """
    spans = list(zip(mentions["start"].tolist(), mentions["end"].tolist(), strict=True))
    use = (mentions["kind"] != "reference").to_numpy()
    targets = [(s, e, u is None or (isinstance(u, float) and math.isnan(u)))
               for (s, e), u, ok in zip(spans, mentions["unit"], use, strict=True) if ok]
    found = iter(_doc_neighbours(text, lang, spans, targets, "auto"))
    return [next(found) if ok else None for ok in use]


def neighbour_table(words: pd.DataFrame, *, by: By | None = "doc_id",
                    top_n: int | None = 10) -> pd.DataFrame:
    """Rank neighbour words per group: the reduction step of :func:`neighbour_words`.

    ``words`` holds the key columns and ``word`` (one row per mention, ``None`` where
    it has no neighbour word).

    Examples
    --------
    >>> w = pd.DataFrame({"lang": ["en", "en", "en"], "word": ["trains", None, "trains"]})
    >>> neighbour_table(w, by="lang")
      lang    word  count  share  rank
    0   en  trains      2    1.0     1
    """
    keys = _check_by(by)
    top_n = check_positive_int("top_n", top_n, allow_none=True)
    cols = {**_key_dtypes(keys), "word": "object", "count": "int64", "share": "float64",
            "rank": "int64"}
    words = words[words["word"].notna()]
    if words.empty:
        return _empty(cols)
    out = words.groupby(keys + ["word"], dropna=False, sort=True).size().rename("count")
    out = out.reset_index()
    out["count"] = out["count"].astype("int64")
    out["share"] = out["count"] / _group_total(out, keys)
    out = _rank(out, keys, "word")
    if top_n is not None:
        out = out[out["rank"] <= top_n].reset_index(drop=True)
    return out[list(cols)]


# --------------------------------------------------------------------------- bundle


def mention_stats(mentions: pd.DataFrame, corpus: pd.DataFrame, *, by: By = "doc_id",
                  top_n: int = 10) -> dict[str, pd.DataFrame]:
    """All summaries of the numeric mentions of a corpus, one tidy table per statistic.

    Parameters
    ----------
    mentions : DataFrame
        :func:`analysis.numeric_mentions` of ``corpus``.
    corpus : DataFrame
        :func:`analysis.load_corpus` output (word tokens and neighbour words need the
        texts).
    by : {"doc_id", "lang"}, default="doc_id"
        Group of every table.
    top_n : int, default=10
        Rows per group of the ranked tables (``units``, ``neighbours``).

    Returns
    -------
    dict of str to DataFrame
        In this order (columns after the keys ``doc_id, lang`` or ``lang``):

        - ``density``: ``n_tokens, n_mentions, per_1k`` (:func:`mention_density`)
        - ``kinds``: ``kind, count, share, per_1k, rank`` (:func:`kind_counts`)
        - ``years``: ``year, count`` (:func:`year_distribution`)
        - ``magnitudes``: ``kind, log10_low, log10_high, count, share``
          (:func:`magnitudes`, money/quantity/count)
        - ``benford``: ``digit, count, share, expected_share, abs_dev`` (:func:`benford`)
        - ``benford_conformity``: ``n, mad, conformity, chi2, p_value``
          (:func:`benford_conformity`)
        - ``units``: ``unit, count, share, rank`` (:func:`top_units`)
        - ``neighbours``: ``word, count, share, rank`` (:func:`neighbour_words`)

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a"], "lang": ["en"],
    ...                   "text": ["In 1943 they built 320 trains for 5 million roubles."]})
    >>> from analysis import numeric_mentions
    >>> stats = mention_stats(numeric_mentions(c), c)
    >>> list(stats)
    ['density', 'kinds', 'years', 'magnitudes', 'benford', 'benford_conformity', 'units', 'neighbours']
    >>> stats["density"]
      doc_id lang  n_tokens  n_mentions      per_1k
    0      a   en         7           3  428.571429
    """
    check_options("by", by, ["doc_id", "lang"])
    top_n = check_positive_int("top_n", top_n)
    if not isinstance(corpus, pd.DataFrame) or "text" not in corpus.columns:
        raise ValueError("corpus must be load_corpus output (doc_id, lang, text).")
    sizes = _word_tokens(corpus)
    digits = benford(mentions, by=by)
    return {
        "density": mention_density(mentions, sizes, by=by),
        "kinds": kind_counts(mentions, sizes, by=by),
        "years": year_distribution(mentions, by=by),
        "magnitudes": magnitudes(mentions, by=by),
        "benford": digits,
        "benford_conformity": benford_conformity(digits),
        "units": top_units(mentions, by=by, top_n=top_n),
        "neighbours": neighbour_words(mentions, corpus, by=by, top_n=top_n),
    }
