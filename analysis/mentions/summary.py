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

from collections.abc import Sequence

import numpy as np
import pandas as pd

from .._core.validation import check_options, check_positive_int
from ._tables import (
    By,
    _check_by,
    _check_kinds,
    _check_known_docs,
    _check_mentions,
    _empty,
    _group_sizes,
    _group_total,
    _key_dtypes,
    _rank,
    _word_tokens,
)
from .benford import (
    BENFORD_KINDS,
    NIGRINI_FIRST_DIGIT,
    benford,
    benford_conformity,
    benford_expected,
    benford_table,
    first_digits,
)
from .neighbours import mention_neighbours, neighbour_table, neighbour_words

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


#: Kinds whose ``value`` is an amount on a scale where orders of magnitude compare.
MAGNITUDE_KINDS: tuple[str, ...] = ("money", "quantity", "count")

#: Kinds from which calendar years are read (``range`` only when it has no unit).
YEAR_KINDS: tuple[str, ...] = ("year", "date", "range")


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

    **Fractions.** A ``count`` whose ``0 < |value| < 1`` (``0.86``, ``0.25``: a share
    written as a decimal, never a number of things) is reported under its own kind
    ``"fraction"``, not under ``count``; its bins are negative (``0.25`` → ``[-1, 0)``).
    Money and quantities below 1 (``0.5 USD``, ``0.3 km``) stay under their kind, and
    percentages are not included by default.

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
        Keys, ``kind`` (str: one of ``kinds``, or ``"fraction"`` for counts below 1),
        ``log10_low``, ``log10_high`` (float, bin edges),
        ``count`` (int), ``share`` (float, of the group's values of that kind). Empty
        bins are omitted. Sorted by keys, ``kind``, ``log10_low``.

    Examples
    --------
    >>> m = pd.DataFrame({"doc_id": "a", "lang": "ru", "kind": ["money", "money", "count"],
    ...                   "value": [1000.0, 9999.0, 0.0]})
    >>> magnitudes(m)
      doc_id lang   kind  log10_low  log10_high  count  share
    0      a   ru  money        3.0         4.0      2    1.0
    >>> f = pd.DataFrame({"doc_id": "a", "lang": "en", "kind": "count",
    ...                   "value": [0.86, 0.25, 12.0]})
    >>> magnitudes(f, by=None)
           kind  log10_low  log10_high  count  share
    0     count        1.0         2.0      1    1.0
    1  fraction       -1.0         0.0      2    1.0
    """
    keys = _check_by(by)
    _check_mentions(mentions, keys + ["kind", "value"])
    kinds = _check_kinds(kinds, MAGNITUDE_KINDS)
    bpd = check_positive_int("bins_per_decade", bins_per_decade)
    df = mentions.loc[mentions["kind"].isin(kinds), keys + ["kind", "value"]]
    v = pd.to_numeric(df["value"], errors="coerce").abs().astype(float)
    ok = np.isfinite(v) & (v > 0)
    df = df[ok]
    df = df.assign(kind=df["kind"].where(~((df["kind"] == "count") & (v[ok] < 1)), "fraction"))
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
