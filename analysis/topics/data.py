"""Passage x term matrices per language: the input of topic models."""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

from .._core.validation import (
    check_bool,
    check_number,
    check_positive_int,
)
from ..corpus.langid import check_language
from ..corpus.reading import as_corpus
from ..terms.passage_terms import content_terms

__all__ = ["ALL_LANGUAGES", "DocumentTermMatrix", "concat_sorted", "content_terms_table",
           "dtm_to_terms", "passage_table", "passage_term_matrices", "prepare_matrices"]

#: Model key (``lang`` value of topic-level tables) of the corpus-wide model.
ALL_LANGUAGES = "all"

TERM_COLUMNS = ["doc_id", "lang", "passage_id", "term", "count"]


@dataclass(frozen=True)
class DocumentTermMatrix:
    """A passage-term count matrix with its row and column labels.

    Attributes
    ----------
    matrix : scipy.sparse.csr_matrix of int64, shape (n_passages, n_terms)
        Counts of content terms per passage.
    vocabulary : numpy.ndarray of str, shape (n_terms,)
        Term of each column, in codepoint order.
    index : pandas.DataFrame
        One row per matrix row: ``doc_id``, ``lang``, ``passage_id`` and ``n_content_tokens``
        (int, the row sum: the number of modelled tokens of the passage).
    """

    matrix: sp.csr_matrix
    vocabulary: np.ndarray
    index: pd.DataFrame


def content_terms_table(corpus: Any, *, size: int, stem: bool,
                        lemmatize: bool | None = None) -> pd.DataFrame:
    """Return a validated content-term table from a corpus, a folder or a term table.

    Terms are lemmas unless ``stem`` is true or ``lemmatize`` is False (``None``: lemmas
    unless stemming), so one topic does not list "англия" and "англии" as two terms.
    """
    if isinstance(corpus, pd.DataFrame) and set(TERM_COLUMNS) <= set(corpus.columns):
        terms = corpus[TERM_COLUMNS]
        unknown = sorted({str(x) for x in terms["lang"].dropna().unique()} - {ALL_LANGUAGES})
        for lang in unknown:
            check_language(lang, name="corpus 'lang' column")
    elif isinstance(corpus, pd.DataFrame) and "text" not in corpus.columns:
        raise ValueError(
            "corpus must have a 'text' column (corpus table) or the columns "
            f"{TERM_COLUMNS} (content-term table); got {list(corpus.columns)}."
        )
    else:  # a corpus table, a folder, texts: the one corpus check of every function
        lemmas = (not stem) if lemmatize is None else check_bool("lemmatize", lemmatize)
        terms = content_terms(as_corpus(corpus), unit="passage", size=size, stem=stem,
                              lemmatize=lemmas)[TERM_COLUMNS]
    counts = pd.to_numeric(terms["count"], errors="coerce")
    if counts.isna().any() or (counts < 0).any() or (counts != np.floor(counts)).any():
        raise ValueError("corpus 'count' column must hold non-negative integers.")
    terms = terms.assign(count=counts.astype(np.int64))
    for col in ("doc_id", "lang", "passage_id", "term"):
        if not pd.api.types.is_string_dtype(terms[col]) or terms[col].isna().any():
            terms[col] = terms[col].astype(str)
    return terms[terms["count"] > 0]


def passage_term_matrices(
    terms: pd.DataFrame,
    *,
    by_language: bool = True,
    languages: Sequence[str] | None = None,
    min_df: int = 2,
    max_df: float = 1.0,
) -> dict[str, DocumentTermMatrix]:
    """Build one passage-term matrix per language (or one for the whole corpus).

    Parameters
    ----------
    terms : pandas.DataFrame
        Content-term table with columns ``doc_id, lang, passage_id, term, count``, as
        returned by :func:`analysis.content_terms` with ``unit="passage"``.
    by_language : bool, default=True
        One matrix per ``lang``; otherwise a single matrix keyed :data:`ALL_LANGUAGES`.
    languages : sequence of str, optional
        Keep only these languages (all by default).
    min_df : int, default=2
        Keep terms occurring in at least this many passages of the matrix.
    max_df : float, default=1.0
        Keep terms occurring in at most this proportion of the passages.

    Returns
    -------
    dict of str to DocumentTermMatrix
        Keyed by language (sorted). Passages left without terms after pruning are
        dropped; a language left without terms is dropped with a warning.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"doc_id": ["a", "a", "a"], "lang": "en",
    ...                   "passage_id": ["a:0000", "a:0000", "a:0001"],
    ...                   "term": ["cat", "dog", "cat"], "count": [2, 1, 1]})
    >>> m = passage_term_matrices(t, min_df=1)["en"]
    >>> m.matrix.toarray().tolist(), list(m.vocabulary), m.index["n_content_tokens"].tolist()
    ([[2, 1], [1, 0]], ['cat', 'dog'], [3, 1])
    """
    check_bool("by_language", by_language)
    min_df = check_positive_int("min_df", min_df)
    max_df = check_number("max_df", max_df, low=0, high=1)
    if max_df == 0:
        raise ValueError("max_df must be in (0, 1]; got 0.")
    terms = content_terms_table(terms, size=200, stem=False)
    if languages is not None:
        if isinstance(languages, str) or not isinstance(languages, Iterable):
            raise ValueError(f"languages must be a sequence of language codes; got {languages!r}.")
        langs = [str(x) for x in languages]
        terms = terms[terms["lang"].isin(langs)]
    groups: dict[str, pd.DataFrame]
    if by_language:
        groups = {str(k): g for k, g in terms.groupby("lang", sort=True)}
    else:
        groups = {ALL_LANGUAGES: terms} if len(terms) else {}
    out: dict[str, DocumentTermMatrix] = {}
    for key, g in groups.items():
        # Integer codes in sorted (codepoint) order; duplicates are summed by scipy.
        d_code, d_uni = pd.factorize(g["doc_id"], sort=True)
        p_code, p_uni = pd.factorize(g["passage_id"], sort=True)
        l_code, l_uni = pd.factorize(g["lang"], sort=True)
        key_code = (d_code.astype(np.int64) * len(p_uni) + p_code) * len(l_uni) + l_code
        ukeys, rows = np.unique(key_code, return_inverse=True)
        cols, vocab = pd.factorize(g["term"], sort=True)
        vocab = np.asarray(vocab, dtype=object)
        pidx = pd.DataFrame(
            {
                "doc_id": np.asarray(d_uni, dtype=object)[ukeys // (len(p_uni) * len(l_uni))],
                "lang": np.asarray(l_uni, dtype=object)[ukeys % len(l_uni)],
                "passage_id": np.asarray(p_uni, dtype=object)[(ukeys // len(l_uni)) % len(p_uni)],
            }
        )
        X = sp.csr_matrix(
            (g["count"].to_numpy(np.int64), (rows.ravel(), cols)),
            shape=(len(pidx), len(vocab)),
        )
        X.sum_duplicates()
        df = np.diff(X.tocsc().indptr)
        keep = (df >= min_df) & (df <= max_df * X.shape[0])
        X = X[:, np.flatnonzero(keep)]
        vocab = vocab[keep]
        n_tok = np.asarray(X.sum(axis=1)).ravel().astype(np.int64)
        nonempty = np.flatnonzero(n_tok > 0)
        if vocab.size == 0 or nonempty.size == 0:
            warnings.warn(
                f"no terms left for {key!r} after min_df={min_df}, max_df={max_df}; skipped.",
                stacklevel=2,
            )
            continue
        X = X[nonempty].tocsr()
        X.sort_indices()
        index = pidx.iloc[nonempty].reset_index(drop=True).assign(n_content_tokens=n_tok[nonempty])
        out[key] = DocumentTermMatrix(matrix=X, vocabulary=vocab, index=index)
    return out


def prepare_matrices(
    corpus: Any,
    *,
    by_language: bool,
    languages: Sequence[str] | None,
    size: int,
    stem: bool,
    min_df: int,
    max_df: float,
    lemmatize: bool | None = None,
) -> dict[str, DocumentTermMatrix]:
    size = check_positive_int("size", size)
    check_bool("stem", stem)
    terms = content_terms_table(corpus, size=size, stem=stem, lemmatize=lemmatize)
    dtms = passage_term_matrices(
        terms, by_language=by_language, languages=languages, min_df=min_df, max_df=max_df
    )
    if not dtms:
        raise ValueError("corpus has no content terms to model (after languages/min_df/max_df).")
    return dtms


def passage_table(index: pd.DataFrame, theta: np.ndarray) -> pd.DataFrame:
    k = theta.shape[1]
    return pd.DataFrame(
        {
            "doc_id": np.repeat(index["doc_id"].to_numpy(), k),
            "lang": np.repeat(index["lang"].to_numpy(), k),
            "passage_id": np.repeat(index["passage_id"].to_numpy(), k),
            "topic": np.tile(np.arange(k, dtype=np.int64), len(index)),
            "weight": theta.ravel(),
        }
    )


def concat_sorted(parts: list[pd.DataFrame], columns: list[str], by: list[str]) -> pd.DataFrame:
    if not parts:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    out = pd.concat(parts, ignore_index=True)[columns]
    return out.sort_values(by, kind="stable").reset_index(drop=True)


def dtm_to_terms(dtm: DocumentTermMatrix) -> pd.DataFrame:
    X = dtm.matrix.tocoo()
    idx = dtm.index
    return pd.DataFrame(
        {
            "doc_id": idx["doc_id"].to_numpy()[X.row],
            "lang": idx["lang"].to_numpy()[X.row],
            "passage_id": idx["passage_id"].to_numpy()[X.row],
            "term": dtm.vocabulary[X.col],
            "count": X.data.astype(np.int64),
        }
    )
