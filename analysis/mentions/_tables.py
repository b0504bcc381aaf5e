"""Shared checks and table helpers of the mention summaries (group keys, ranks, totals)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Literal

import numpy as np
import pandas as pd

from .._core.validation import check_options

By = Literal["doc_id", "lang"]


Side = Literal["auto", "after", "before"]


_GROUP_KEYS: dict[str | None, list[str]] = {"doc_id": ["doc_id", "lang"], "lang": ["lang"], None: []}


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
    from ..text.tokenization import word_profile

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
