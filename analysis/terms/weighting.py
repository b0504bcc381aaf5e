"""TF-IDF per document, with passages or documents as the IDF unit, per language or corpus."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfTransformer
from sklearn.preprocessing import normalize

from .._core.validation import check_bool, check_options, check_positive_int
from ..corpus.langid import language_spans
from ..corpus.passages import passage_plan
from ..corpus.reading import as_corpus
from ..text.counting import ChunkMap, Vocabulary

__all__ = ["TfidfResult", "tfidf_matrix", "check_tfidf_params", "variant_idf",
           "weight_counts", "VARIANTS", "SKLEARN_OPTIONS"]

#: The TF-IDF variants, named after the tools whose default weights they reproduce.
VARIANTS: tuple[str, ...] = ("sklearn", "gensim", "quanteda", "tidytext")
#: scikit-learn's options and their defaults: they apply only to ``variant="sklearn"``.
SKLEARN_OPTIONS: dict[str, object] = {"smooth_idf": True, "sublinear_tf": False, "norm": "l2"}


@dataclass(frozen=True)
class TfidfResult:
    """A document-term TF-IDF matrix with its labels (like sklearn's ``get_feature_names_out``).

    Attributes
    ----------
    matrix : scipy.sparse.csr_matrix, shape (n_documents, n_features)
        TF-IDF weights of ``variant`` (rows normalised by ``norm`` with
        ``variant="sklearn"``, to unit length with ``"gensim"``, not at all with
        ``"quanteda"`` and ``"tidytext"``).
    counts : scipy.sparse.csr_matrix, shape (n_documents, n_features)
        The raw term counts the weights were computed from.
    vocabulary : DataFrame
        One row per column: ``scope`` (the language, or ``"all"`` with
        ``scope="corpus"``), ``term``, ``df`` (units containing the term),
        ``idf`` (the variant's).
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
                       remove_stopwords, variant="sklearn") -> None:
    """Validate the TF-IDF options shared by :func:`tfidf_matrix` and ``analysis.tfidf``.

    ``smooth_idf``, ``sublinear_tf`` and ``norm`` are scikit-learn's: with another
    ``variant`` they must keep their defaults (the variant fixes tf, idf and the
    normalisation), else a ``ValueError`` names them.

    Examples
    --------
    >>> check_tfidf_params("document", "language", True, False, "l2", 200, False, True,
    ...                    variant="quanteda")
    >>> check_tfidf_params("document", "language", True, False, None, 200, False, True,
    ...                    variant="quanteda")
    Traceback (most recent call last):
    ...
    ValueError: norm=None applies only to variant='sklearn'; ...
    """
    check_options("unit", unit, ["passage", "document"])
    check_options("scope", scope, ["language", "corpus"])
    check_bool("smooth_idf", smooth_idf)
    check_bool("sublinear_tf", sublinear_tf)
    check_options("norm", norm, ["l2", "l1", None])
    check_positive_int("size", size)
    check_bool("stem", stem)
    check_bool("remove_stopwords", remove_stopwords)
    check_options("variant", variant, VARIANTS)
    if variant != "sklearn":
        given = {"smooth_idf": smooth_idf, "sublinear_tf": sublinear_tf, "norm": norm}
        changed = [f"{k}={v!r}" for k, v in given.items() if v != SKLEARN_OPTIONS[k]]
        if changed:
            verb = "applies" if len(changed) == 1 else "apply"
            raise ValueError(
                f"{', '.join(changed)} {verb} only to variant='sklearn'; variant={variant!r} "
                "fixes its own tf, idf and normalisation (see analysis.tfidf): leave "
                "smooth_idf, sublinear_tf and norm at their defaults "
                f"({', '.join(f'{k}={v!r}' for k, v in SKLEARN_OPTIONS.items())}).")


def variant_idf(df: np.ndarray, n: int, variant: str = "sklearn",
                smooth_idf: bool = True) -> np.ndarray:
    """IDF of terms found in ``df`` of ``n`` units, by the formula of ``variant``.

    - ``"sklearn"``: ``ln((1 + n) / (1 + df)) + 1`` (``smooth_idf``) or ``ln(n / df) + 1``,
      with the operations of ``TfidfTransformer.fit`` (identical to the last bit);
    - ``"gensim"``: ``log2(n / df)`` (``gensim.models.tfidfmodel.df2idf``);
    - ``"quanteda"``: ``log10(n / df)`` (``docfreq(scheme = "inverse", base = 10)``);
    - ``"tidytext"``: ``ln(n / df)`` (``bind_tf_idf``).

    Examples
    --------
    >>> df = np.array([1, 2, 4])
    >>> [variant_idf(df, 4, v).round(6).tolist() for v in VARIANTS]
    [[1.916291, 1.510826, 1.0], [2.0, 1.0, 0.0], [0.60206, 0.30103, 0.0], [1.386294, 0.693147, 0.0]]
    """
    df = np.asarray(df, dtype=np.float64)
    if variant == "sklearn":
        df = df + float(smooth_idf)
        n = n + int(smooth_idf)
        idf = np.full_like(df, fill_value=n, dtype=np.float64)
        idf /= df
        np.log(idf, out=idf)
        idf += 1.0
        return idf
    ratio = float(n) / df
    if variant == "gensim":
        return np.log(ratio) / np.log(2.0)
    if variant == "quanteda":
        return np.log10(ratio)
    if variant == "tidytext":
        return np.log(ratio)
    raise ValueError(f"variant must be one of {list(VARIANTS)!r}; got {variant!r}.")


def weight_counts(x: sp.csr_matrix, idf: np.ndarray, variant: str = "sklearn",
                  sublinear_tf: bool = False, norm: str | None = "l2") -> sp.csr_matrix:
    """Weight the document × term counts ``x`` (float, CSR, modified) by ``idf``.

    - ``"sklearn"``: ``tf = count`` (``1 + ln(count)`` with ``sublinear_tf``), ``tf * idf``,
      rows normalised by ``norm`` (``TfidfTransformer.transform``);
    - ``"gensim"``: ``count * idf``, rows to unit Euclidean length;
    - ``"quanteda"``: ``count * idf``;
    - ``"tidytext"``: ``(count / row total) * idf``.

    Examples
    --------
    >>> x = sp.csr_matrix(np.array([[3.0, 1.0]]))
    >>> weight_counts(x.copy(), np.array([2.0, 0.5]), "tidytext").toarray().tolist()
    [[1.5, 0.125]]
    >>> weight_counts(x.copy(), np.array([2.0, 0.5]), "quanteda").toarray().tolist()
    [[6.0, 0.5]]
    """
    if variant == "tidytext":
        totals = np.asarray(x.sum(axis=1), dtype=np.float64).ravel()
        x.data /= np.repeat(totals, np.diff(x.indptr))
    elif variant == "sklearn" and sublinear_tf:
        np.log(x.data, x.data)
        x.data += 1.0
    x.data *= idf[x.indices]
    if variant == "gensim":
        norm = "l2"
    elif variant != "sklearn":
        norm = None
    if norm is not None:
        x = normalize(x, norm=norm, copy=False)
    return x


def _merged(parts: list[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    """One unit's (term ids, counts) from the (ids, counts) of its language spans."""
    if len(parts) == 1:
        return parts[0]
    ids = np.concatenate([p[0] for p in parts])
    counts = np.concatenate([p[1] for p in parts])
    uniq, inverse = np.unique(ids, return_inverse=True)
    return uniq, np.bincount(inverse, weights=counts).astype(counts.dtype)


def tfidf_matrix(
    corpus: pd.DataFrame,
    *,
    unit: str = "passage",
    scope: str = "language",
    variant: str = "sklearn",
    smooth_idf: bool = True,
    sublinear_tf: bool = False,
    norm: str | None = "l2",
    size: int = 200,
    stem: bool = False,
    remove_stopwords: bool = True,
    min_length: int = 2,
    lemmatize: bool = False,
    progress: bool = False,
) -> TfidfResult:
    """Compute the document × term TF-IDF matrix (see :func:`analysis.tfidf` for the formulas).

    The options are those of :func:`analysis.tfidf`, ``variant`` included
    (``"sklearn"``, ``"gensim"``, ``"quanteda"``, ``"tidytext"``); ``smooth_idf``,
    ``sublinear_tf`` and ``norm`` apply only to ``variant="sklearn"``.

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
                       remove_stopwords, variant)
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

        def cmap_of(plang, sc=sc, vocab=vocab):
            if (sc, plang) not in maps:
                maps[(sc, plang)] = ChunkMap(vocab, plang, remove_stopwords=remove_stopwords,
                                             stem=stem, min_length=min_length,
                                             lemmatize=lemmatize)
            return maps[(sc, plang)]

        # each paragraph in its own language, as in every term count of the package
        spans = language_spans(text, lang)
        if unit == "document":
            units = [_merged([cmap_of(pl).counts(text[a:b].split()) for a, b, pl in spans])]
        else:
            units = [cmap_of(pl).counts(chunks) for a, b, pl in spans
                     for _, _, chunks in passage_plan(text[a:b], size, 0)]
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
        df = np.bincount(U.indices, minlength=n_terms).astype("int64")
        if n_terms == 0:
            X = sp.csr_matrix(D.shape)
            idf = np.zeros(0)
        elif variant == "sklearn":
            tr = TfidfTransformer(norm=norm, use_idf=True, smooth_idf=smooth_idf,
                                  sublinear_tf=sublinear_tf)
            tr.fit(U)
            X = tr.transform(D)
            idf = tr.idf_
        else:
            idf = variant_idf(df, U.shape[0], variant)
            X = weight_counts(D.copy(), idf, variant)
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
                  min_length=min_length, variant=variant, lemmatize=lemmatize)
    return TfidfResult(matrix=matrix, counts=counts, vocabulary=vocabulary, index=index,
                       n_units=n_units, params=params)
