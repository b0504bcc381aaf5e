"""TF-IDF per document, with passages or documents as the IDF unit, per language or corpus."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfTransformer

from .._core.validation import check_bool, check_options, check_positive_int
from ..corpus.passages import passage_plan
from ..corpus.reading import as_corpus
from ..text.counting import ChunkMap, Vocabulary

__all__ = ["TfidfResult", "tfidf_matrix", "check_tfidf_params"]


@dataclass(frozen=True)
class TfidfResult:
    """A document-term TF-IDF matrix with its labels (like sklearn's ``get_feature_names_out``).

    Attributes
    ----------
    matrix : scipy.sparse.csr_matrix, shape (n_documents, n_features)
        TF-IDF weights (rows normalised by ``norm``).
    counts : scipy.sparse.csr_matrix, shape (n_documents, n_features)
        The raw term counts the weights were computed from.
    vocabulary : DataFrame
        One row per column: ``scope`` (the language, or ``"all"`` with
        ``scope="corpus"``), ``term``, ``df`` (units containing the term),
        ``idf``.
    index : DataFrame
        One row per matrix row: ``doc_id``, ``lang``.
    n_units : dict
        Number of IDF units (passages or documents) in each scope.
    params : dict
        The options used.
    """

    matrix: sp.csr_matrix
    counts: sp.csr_matrix
    vocabulary: pd.DataFrame
    index: pd.DataFrame
    n_units: dict = field(default_factory=dict)
    params: dict = field(default_factory=dict)

    def get_feature_names_out(self) -> np.ndarray:
        """Terms in column order (``scope:term`` when several scopes share the matrix)."""
        if self.vocabulary["scope"].nunique() <= 1:
            return self.vocabulary["term"].to_numpy(dtype=object)
        return (self.vocabulary["scope"] + ":" + self.vocabulary["term"]).to_numpy(dtype=object)


def check_tfidf_params(unit, scope, smooth_idf, sublinear_tf, norm, size, stem,
                       remove_stopwords) -> None:
    """Validate the TF-IDF options shared by :func:`tfidf_matrix` and ``analysis.tfidf``."""
    check_options("unit", unit, ["passage", "document"])
    check_options("scope", scope, ["language", "corpus"])
    check_bool("smooth_idf", smooth_idf)
    check_bool("sublinear_tf", sublinear_tf)
    check_options("norm", norm, ["l2", "l1", None])
    check_positive_int("size", size)
    check_bool("stem", stem)
    check_bool("remove_stopwords", remove_stopwords)


def tfidf_matrix(
    corpus: pd.DataFrame,
    *,
    unit: str = "passage",
    scope: str = "language",
    smooth_idf: bool = True,
    sublinear_tf: bool = False,
    norm: str | None = "l2",
    size: int = 200,
    stem: bool = False,
    remove_stopwords: bool = True,
    min_length: int = 2,
    progress: bool = False,
) -> TfidfResult:
    """Compute the document × term TF-IDF matrix (see :func:`analysis.tfidf` for the formulas).

    Returns
    -------
    TfidfResult
        Matrix, raw counts, vocabulary (with ``df`` and ``idf``) and row index.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"doc_id": ["a", "b"], "lang": ["en", "en"],
    ...                        "text": ["war city war", "city plant"]})
    >>> res = tfidf_matrix(corpus, unit="document")
    >>> res.get_feature_names_out().tolist()
    ['city', 'plant', 'war']
    >>> res.matrix.shape
    (2, 3)
    """
    corpus = as_corpus(corpus)
    check_tfidf_params(unit, scope, smooth_idf, sublinear_tf, norm, size, stem,
                       remove_stopwords)
    check_positive_int("min_length", min_length)
    docs = []
    vocabs: dict[str, Vocabulary] = {}
    maps: dict[tuple[str, str], ChunkMap] = {}
    it = zip(corpus["doc_id"], corpus["lang"], corpus["text"], strict=True)
    if progress:
        from tqdm.auto import tqdm

        it = tqdm(it, total=len(corpus), desc="tf-idf", unit="doc")
    for doc_id, lang, text in it:
        lang = str(lang)
        sc = lang if scope == "language" else "all"
        vocab = vocabs.setdefault(sc, Vocabulary())
        cmap = maps.get((sc, lang))
        if cmap is None:
            cmap = maps[(sc, lang)] = ChunkMap(vocab, lang, remove_stopwords=remove_stopwords,
                                               stem=stem, min_length=min_length)
        if unit == "document":
            units = [cmap.counts(text.split())]
        else:
            units = [cmap.counts(chunks) for _, _, chunks in passage_plan(text, size, 0)]
        lengths = np.fromiter((len(u[0]) for u in units), dtype=np.int64, count=len(units))
        ids = np.concatenate([u[0] for u in units]) if units else np.zeros(0, dtype=np.int64)
        cnt = np.concatenate([u[1] for u in units]) if units else np.zeros(0, dtype=np.int64)
        docs.append((str(doc_id), lang, sc, ids, lengths, cnt))

    scopes = sorted({d[2] for d in docs})
    blocks, vocab_frames, n_units = [], [], {}
    row_order = []
    for sc in scopes:
        members = [i for i, d in enumerate(docs) if d[2] == sc]
        terms, new_id = vocabs[sc].sorted_order()
        n_terms = len(terms)
        unit_rows, doc_rows, cols, vals = [], [], [], []
        offset = 0
        for k, i in enumerate(members):
            ids, lengths, cnt = docs[i][3], docs[i][4], docs[i][5]
            unit_rows.append(np.repeat(np.arange(offset, offset + len(lengths)), lengths))
            doc_rows.append(np.full(len(ids), k, dtype=np.int64))
            cols.append(new_id[ids])
            vals.append(cnt)
            offset += len(lengths)
        cols_a = np.concatenate(cols) if cols else np.zeros(0, dtype=np.int64)
        vals_a = (np.concatenate(vals) if vals else np.zeros(0)).astype(np.float64)
        U = sp.csr_matrix((vals_a, (np.concatenate(unit_rows), cols_a)), shape=(offset, n_terms))
        D = sp.csr_matrix((vals_a, (np.concatenate(doc_rows), cols_a)),
                          shape=(len(members), n_terms))
        U.sum_duplicates()
        D.sum_duplicates()
        n_units[sc] = U.shape[0]
        if n_terms == 0:
            X = sp.csr_matrix(D.shape)
            idf = np.zeros(0)
        else:
            tr = TfidfTransformer(norm=norm, use_idf=True, smooth_idf=smooth_idf,
                                  sublinear_tf=sublinear_tf)
            tr.fit(U)
            X = tr.transform(D)
            idf = tr.idf_
        df = np.bincount(U.indices, minlength=n_terms).astype("int64")
        vocab_frames.append(pd.DataFrame({"scope": sc, "term": terms, "df": df, "idf": idf}))
        blocks.append((members, X, D))
        row_order.extend(members)
    n_docs = len(docs)
    mats, cnts = [], []
    for _members, X, D in blocks:
        mats.append(X)
        cnts.append(D)
    # place each scope's rows back in corpus order, columns side by side
    matrix = sp.block_diag(mats, format="csr") if mats else sp.csr_matrix((0, 0))
    counts = sp.block_diag(cnts, format="csr") if cnts else sp.csr_matrix((0, 0))
    if scope == "corpus":
        matrix, counts = mats[0], cnts[0]
    perm = np.empty(n_docs, dtype=np.int64)
    perm[np.array(row_order, dtype=np.int64)] = np.arange(n_docs)
    matrix = matrix[perm].tocsr() if n_docs else matrix
    counts = counts[perm].tocsr() if n_docs else counts
    vocabulary = pd.concat(vocab_frames, ignore_index=True) if vocab_frames else pd.DataFrame(
        columns=["scope", "term", "df", "idf"])
    index = pd.DataFrame({"doc_id": [d[0] for d in docs], "lang": [d[1] for d in docs]})
    params = dict(unit=unit, scope=scope, smooth_idf=smooth_idf, sublinear_tf=sublinear_tf,
                  norm=norm, size=size, stem=stem, remove_stopwords=remove_stopwords,
                  min_length=min_length)
    return TfidfResult(matrix=matrix, counts=counts, vocabulary=vocabulary, index=index,
                       n_units=n_units, params=params)
