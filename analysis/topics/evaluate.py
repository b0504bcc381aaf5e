"""Evaluation of topic models: NPMI coherence, seed stability and the choice of ``k``."""

from __future__ import annotations

import itertools
import numbers
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy.optimize import linear_sum_assignment

from .._core.validation import check_bool, check_number, check_options, check_positive_int

__all__ = [
    "npmi_coherence",
    "best_match_cosine",
    "topic_stability",
    "choose_n_topics",
    "TopicSelection",
    "SELECTION_RULE",
]

#: Plain-language statement of the rule :func:`choose_n_topics` uses to recommend ``k``.
SELECTION_RULE = (
    "among k with >= min_passages_per_topic passages per topic, max of "
    "mean(rank-normalised coherence, rank-normalised stability); ties -> smaller k"
)


def _as_sparse(X: Any) -> sp.spmatrix:
    if isinstance(X, np.ndarray):
        Xs = sp.csr_matrix(X)
    elif sp.issparse(X):
        Xs = X if X.format in ("csr", "csc") else X.tocsr()
    else:
        raise ValueError(
            f"X must be a scipy sparse matrix or numpy array (passages x terms); got {type(X)!r}."
        )
    if Xs.ndim != 2:
        raise ValueError(f"X must be 2-dimensional; got shape {Xs.shape}.")
    if Xs.nnz and Xs.data.min() < 0:
        raise ValueError("X must be non-negative (counts or booleans).")
    return Xs


def _binary_columns(X: sp.spmatrix, cols: np.ndarray) -> sp.csc_matrix:
    """Boolean (0/1 float) CSC matrix of the selected columns."""
    sub = X[:, cols].tocsc()
    sub.eliminate_zeros()
    sub.data = np.ones(sub.data.size, dtype=np.float64)
    return sub


#: Largest union of top terms multiplied at once; keeps B.T @ B small and sparse-friendly.
_CHUNK_TERMS = 256


def npmi_coherence(
    top_terms: Sequence[Sequence[Any]],
    X: Any,
    vocabulary: Sequence[str] | None = None,
    *,
    eps: float = 1e-12,
) -> np.ndarray:
    r"""NPMI coherence of each topic, with passages (boolean documents) as reference corpus.

    For two terms :math:`w_i, w_j` of a topic's top terms, with :math:`N` reference
    documents (rows of ``X``), :math:`D(w)` the number of rows containing :math:`w` and
    :math:`D(w_i, w_j)` the number containing both,

    .. math::

        P(w) = D(w) / N, \qquad P(w_i, w_j) = D(w_i, w_j) / N,

        \mathrm{NPMI}(w_i, w_j) =
        \frac{\ln \dfrac{P(w_i, w_j) + \epsilon}{P(w_i)\,P(w_j)}}{-\ln\,(P(w_i, w_j) + \epsilon)}

    and the topic's coherence is the arithmetic mean over its unordered pairs
    :math:`i < j`. This is the variant of Bouma (2009) used by Röder et al. (2015) and by
    gensim's ``CoherenceModel(coherence="c_npmi")``: the same :math:`\epsilon = 10^{-12}`
    added to the joint probability only, the natural log (NPMI does not depend on the
    base), and the mean over ordered pairs that gensim takes equals our mean over
    unordered pairs because NPMI is symmetric. The one definitional difference is the
    reference corpus: gensim counts co-occurrence in sliding windows of 10 tokens
    (``boolean_sliding_window``); we count it in whole passages (``boolean_document``),
    which is what gensim computes when ``window_size`` is at least the longest text.
    With :math:`\epsilon > 0` a pair that never co-occurs scores slightly above -1
    (:math:`\ln(\epsilon / P_i P_j) / -\ln \epsilon`); a pair with a term that occurs
    in no reference document gets -1; a pair occurring in every document gets 1 (the
    limit; gensim's formula gives -1 there because of :math:`\epsilon`).

    Co-occurrence counts come from sparse products ``B.T @ B`` of the boolean matrix
    ``B`` restricted to the union of the top terms of a chunk of topics (at most 256
    terms per product), so hundreds of topics over tens of thousands of passages take
    well under a second.

    Parameters
    ----------
    top_terms : sequence of sequence of str or int
        One sequence per topic: terms (looked up in ``vocabulary``) or column indices of
        ``X``. Topics may have different lengths; a topic with fewer than two terms gets
        NaN.
    X : scipy.sparse matrix or numpy.ndarray of shape (n_passages, n_terms)
        Passage-term counts or booleans: the reference corpus. Only whether an entry is
        non-zero matters.
    vocabulary : sequence of str, optional
        Term of each column of ``X``; required when ``top_terms`` holds terms.
    eps : float, default=1e-12
        Smoothing added to the joint probability, as in gensim.

    Returns
    -------
    numpy.ndarray of float64, shape (n_topics,)
        Mean NPMI of each topic, in ``[-1, 1]``.

    Examples
    --------
    >>> import numpy as np
    >>> X = np.array([[1, 1, 0], [1, 1, 0], [0, 0, 1], [1, 0, 1]])
    >>> npmi_coherence([["a", "b"], ["b", "c"], ["a", "b", "c"]], X, ["a", "b", "c"]).round(3)
    array([ 0.415, -0.95 , -0.276])
    """
    eps = check_number("eps", eps, low=0)
    Xs = _as_sparse(X)
    n_docs, n_terms = Xs.shape
    if isinstance(top_terms, (str, bytes)) or not isinstance(top_terms, Iterable):
        raise ValueError("top_terms must be a sequence of sequences of terms or column indices.")
    topics = [list(t) for t in top_terms]
    lookup: dict[Any, int] | None = None
    if vocabulary is not None:
        vocab = list(vocabulary)
        if len(vocab) != n_terms:
            raise ValueError(
                f"vocabulary must have one term per column of X ({n_terms}); got {len(vocab)}."
            )
        lookup = {t: i for i, t in enumerate(vocab)}
    idx_topics: list[np.ndarray] = []
    for t, terms in enumerate(topics):
        idx = []
        for term in terms:
            if isinstance(term, numbers.Integral) and not isinstance(term, bool):
                i = int(term)
                if not 0 <= i < n_terms:
                    raise ValueError(f"top_terms[{t}] has column index {i} outside X.")
            else:
                if lookup is None:
                    raise ValueError("vocabulary is required when top_terms holds terms.")
                if term not in lookup:
                    raise ValueError(f"top_terms[{t}] has term {term!r} not in vocabulary.")
                i = lookup[term]
            idx.append(i)
        idx_topics.append(np.asarray(idx, dtype=np.int64))
    out = np.full(len(idx_topics), np.nan)
    if n_docs == 0:
        return out
    # Co-document counts come from B.T @ B over the union of the top terms of a chunk of
    # topics: chunking keeps each product small, since only within-topic pairs are needed.
    chunks: list[list[int]] = []
    current: list[int] = []
    seen: set[int] = set()
    for t, idx in enumerate(idx_topics):
        if idx.size < 2:
            continue
        new = seen | set(idx.tolist())
        if current and len(new) > _CHUNK_TERMS:
            chunks.append(current)
            current, new = [], set(idx.tolist())
        current.append(t)
        seen = new
    if current:
        chunks.append(current)
    if len(chunks) > 2 and Xs.format == "csr":
        Xs = Xs.tocsc()  # one conversion makes every column selection proportional to it
    for chunk in chunks:
        cols = np.unique(np.concatenate([idx_topics[t] for t in chunk]))
        B = _binary_columns(Xs, cols)
        C = (B.T @ B).toarray()
        df = np.diag(C).copy()
        rows_, cols_, owner = [], [], []
        for t in chunk:
            idx = np.searchsorted(cols, idx_topics[t])
            a, b = np.triu_indices(idx.size, k=1)
            rows_.append(idx[a])
            cols_.append(idx[b])
            owner.append(np.full(a.size, t))
        r = np.concatenate(rows_)
        c = np.concatenate(cols_)
        o = np.concatenate(owner)
        joint = C[r, c] / n_docs
        pi = df[r] / n_docs
        pj = df[c] / n_docs
        with np.errstate(divide="ignore", invalid="ignore"):
            npmi = np.log((joint + eps) / (pi * pj)) / -np.log(joint + eps)
        if eps == 0:
            npmi = np.where(joint == 0, -1.0, npmi)
        npmi = np.where(joint >= 1, 1.0, npmi)  # both terms in every passage: limit is 1
        npmi = np.where((pi == 0) | (pj == 0), -1.0, npmi)
        sums = np.bincount(o, weights=npmi, minlength=len(idx_topics))
        counts = np.bincount(o, minlength=len(idx_topics))
        has = counts > 0
        out[has] = sums[has] / counts[has]
    return out


def _unit_rows(A: np.ndarray) -> np.ndarray:
    A = np.asarray(A, dtype=np.float64)
    norms = np.linalg.norm(A, axis=1, keepdims=True)
    return np.divide(A, norms, out=np.zeros_like(A), where=norms > 0)


def best_match_cosine(A: Any, B: Any) -> float:
    """Mean cosine similarity of topics after an optimal one-to-one matching.

    Topics of ``A`` and ``B`` (rows: topic-term weights over the same vocabulary) are
    paired by the Hungarian algorithm (:func:`scipy.optimize.linear_sum_assignment`) so
    that the total cosine similarity is maximal; the result is the mean similarity of
    the matched pairs. With different numbers of topics, the smaller set is matched.

    Parameters
    ----------
    A, B : array-like of shape (n_topics, n_terms)
        Topic-term matrices with columns in the same order.

    Returns
    -------
    float
        In ``[0, 1]`` for non-negative weights; 1 means the same topics up to order.

    Examples
    --------
    >>> round(best_match_cosine([[1, 0, 0], [0, 1, 1]], [[0, 2, 2], [3, 0, 0]]), 6)
    1.0
    """
    A = np.asarray(A, dtype=np.float64)
    B = np.asarray(B, dtype=np.float64)
    if A.ndim != 2 or B.ndim != 2 or A.shape[1] != B.shape[1]:
        raise ValueError(
            f"A and B must be 2-D with the same number of columns; got {A.shape} and {B.shape}."
        )
    S = _unit_rows(A) @ _unit_rows(B).T
    r, c = linear_sum_assignment(S, maximize=True)
    return float(np.clip(S[r, c], -1.0, 1.0).mean()) if r.size else float("nan")


def topic_stability(components: Sequence[Any]) -> float:
    """Stability of topics across refits: mean best-match cosine over all pairs of runs.

    Parameters
    ----------
    components : sequence of array-like of shape (n_topics, n_terms)
        Topic-term matrices of the same model refitted with different random seeds
        (same vocabulary, same column order), at least two.

    Returns
    -------
    float
        Mean of :func:`best_match_cosine` over all unordered pairs of runs.

    Examples
    --------
    >>> round(topic_stability([[[1, 0], [0, 1]], [[0, 1], [1, 0]], [[1, 1], [0, 1]]]), 3)
    0.902
    """
    if isinstance(components, (str, bytes)) or not hasattr(components, "__iter__"):
        raise TypeError("components must be a sequence of (n_topics, n_terms) arrays; got "
                        f"{type(components).__name__}.")
    try:
        mats = [np.asarray(m, dtype=np.float64) for m in components]
    except (TypeError, ValueError):
        raise TypeError("components must be a sequence of numeric (n_topics, n_terms) "
                        "arrays.") from None
    if len(mats) < 2:
        raise ValueError(f"components must hold at least two runs; got {len(mats)}.")
    if any(m.ndim != 2 for m in mats):
        raise ValueError("components must hold 2-d (n_topics, n_terms) arrays; got shapes "
                         f"{[m.shape for m in mats]}.")
    sims = [best_match_cosine(a, b) for a, b in itertools.combinations(mats, 2)]
    return float(np.mean(sims))


@dataclass(frozen=True)
class TopicSelection:
    """Result of :func:`choose_n_topics`.

    Attributes
    ----------
    scores : pandas.DataFrame
        One row per language and candidate: ``lang`` (str), ``n_topics`` (int),
        ``coherence`` (float, mean NPMI over topics and seeds), ``coherence_sd``
        (float, standard deviation over seeds of the per-seed mean NPMI),
        ``perplexity`` (float, in-sample, mean over seeds; NaN for NMF), ``stability``
        (float, :func:`topic_stability` over the seeds), ``eligible`` (bool) and
        ``score`` (float, the selection score of :data:`SELECTION_RULE`; NaN when not
        eligible).
    recommended : pandas.DataFrame
        One row per language: ``lang``, ``n_topics``, ``coherence``, ``stability``, ``score``
        and ``rule`` (str).
    rule : str
        The selection rule.
    """

    scores: pd.DataFrame
    recommended: pd.DataFrame
    rule: str = SELECTION_RULE
    params: dict = field(default_factory=dict)

    @property
    def n_topics(self) -> dict[str, int]:
        """Recommended number of topics per language, ``{lang: k}``."""
        return {str(r.lang): int(r.n_topics) for r in self.recommended.itertuples()}


def _rank01(x: np.ndarray) -> np.ndarray:
    """Average ranks scaled to [0, 1] (NaN counts as worst)."""
    s = pd.Series(x, dtype="float64").fillna(-np.inf)
    if len(s) == 1:
        return np.ones(1)
    return ((s.rank(method="average") - 1) / (len(s) - 1)).to_numpy()


def _recommend(scores: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    parts, rec = [], []
    for lang, g in scores.groupby("lang", sort=True):
        g = g.sort_values("n_topics").copy()
        if not g["eligible"].any():  # too few passages for any candidate: smallest k only
            g.loc[g.index[0], "eligible"] = True
        e = g[g["eligible"]]
        g["score"] = np.nan
        g.loc[e.index, "score"] = (
            _rank01(e["coherence"].to_numpy()) + _rank01(e["stability"].to_numpy())
        ) / 2
        parts.append(g)
        best = (
            g[g["eligible"]]
            .sort_values(["score", "n_topics"], ascending=[False, True], kind="stable")
            .iloc[0]
        )
        rec.append(
            {
                "lang": lang,
                "n_topics": int(best["n_topics"]),
                "coherence": float(best["coherence"]),
                "stability": float(best["stability"]),
                "score": float(best["score"]),
                "rule": SELECTION_RULE,
            }
        )
    cols = [
        "lang",
        "n_topics",
        "n_passages",
        "coherence",
        "coherence_sd",
        "perplexity",
        "stability",
        "eligible",
        "score",
    ]
    table = pd.concat(parts, ignore_index=True)[cols] if parts else pd.DataFrame(columns=cols)
    return table.reset_index(drop=True), pd.DataFrame(
        rec, columns=["lang", "n_topics", "coherence", "stability", "score", "rule"]
    )


def choose_n_topics(
    corpus: Any,
    candidates: Iterable[int] = range(2, 16),
    *,
    method: Literal["lda", "nmf", "tomotopy"] = "lda",
    seeds: Sequence[int] = (0, 1, 2),
    by_language: bool = True,
    languages: Sequence[str] | None = None,
    size: int = 200,
    stem: bool = False,
    lemmatize: bool | None = None,
    min_df: int = 2,
    max_df: float = 1.0,
    top_n: int = 10,
    max_iter: int | None = None,
    learning_method: Literal["auto", "online", "batch"] = "auto",
    n_jobs: int = 1,
    min_passages_per_topic: int = 3,
    progress: bool = False,
) -> TopicSelection:
    """Score candidate numbers of topics per language and recommend one.

    For every language and every ``k`` in ``candidates`` the model of
    :func:`analysis.topics.model.fit_topics` is fitted once per seed on the same passage-term
    matrix. Three measures are recorded: **coherence**, the mean NPMI
    (:func:`npmi_coherence`, passages as reference corpus) of the ``top_n`` terms of each
    topic, averaged over topics and seeds; **stability**, :func:`topic_stability` of the
    topic-term matrices of the seeds; and, for LDA, in-sample **perplexity** (reported,
    not used: it keeps falling as ``k`` grows).

    The recommendation follows :data:`SELECTION_RULE`. A candidate is *eligible* when
    the language has at least ``min_passages_per_topic`` passages per topic
    (``k * min_passages_per_topic <= n_passages``; if none is, only the smallest
    candidate is). Within a language, coherence and stability of the eligible candidates
    are each turned into average ranks scaled to ``[0, 1]``, the score is their mean, and
    the ``k`` with the highest score wins, the smaller ``k`` on ties. Rank normalisation
    puts the two measures on one scale without assuming their spreads are comparable.
    The eligibility cap matters on small corpora: with passages as the reference
    corpus, terms confined to a single passage have NPMI 1, so coherence keeps rising as
    topics shrink towards one passage each.

    Parameters
    ----------
    corpus : DataFrame or path-like
        A corpus table, a corpus folder, or a content-term table
        (``doc_id, lang, passage_id, term, count``) as for :func:`analysis.topics.model.fit_topics`.
    candidates : iterable of int, default=range(2, 16)
        Numbers of topics to try, each >= 2.
    method : {"lda", "nmf", "tomotopy"}, default="lda"
        Model family. NMF's default ``nndsvda`` initialisation is deterministic, so for
        NMF the refits use ``init="random"`` to make stability meaningful.
    seeds : sequence of int, default=(0, 1, 2)
        Random states of the refits; at least two.
    by_language, languages, size, stem, lemmatize, min_df, max_df, top_n, max_iter
        As for :func:`analysis.topics.model.fit_topics`.
    learning_method, n_jobs
        As for :func:`analysis.topics.model.fit_topics`.
    min_passages_per_topic : int, default=3
        Eligibility threshold of the rule (see above).
    progress : bool, default=False
        Show a tqdm progress bar over (language, k).

    Returns
    -------
    TopicSelection
        ``scores`` (lang, k, n_passages, coherence, coherence_sd, perplexity,
        stability, eligible, score),
        ``recommended`` (lang, k, coherence, stability, score, rule) and ``n_topics``.

    Examples
    --------
    >>> import pandas as pd
    >>> rows = [("d", "en", f"d:{p:04d}", t, 3) for p in range(6)
    ...         for t in (["apple", "pear", "plum"] if p % 2 else ["cat", "dog", "cow"])]
    >>> terms = pd.DataFrame(rows, columns=["doc_id", "lang", "passage_id", "term", "count"])
    >>> sel = choose_n_topics(terms, [2, 3], min_df=1, top_n=3, max_iter=20, progress=False)
    >>> sel.n_topics
    {'en': 2}
    >>> sel.scores[["lang", "n_topics", "eligible"]]
      lang  n_topics  eligible
    0   en         2      True
    1   en         3     False
    """
    from tqdm import tqdm

    from .backends import fit_estimator, top_indices
    from .data import prepare_matrices

    check_options("method", method, ["lda", "nmf", "tomotopy"])
    check_options("learning_method", learning_method, ["auto", "online", "batch"])
    check_positive_int("n_jobs", n_jobs)
    check_positive_int("max_iter", max_iter, allow_none=True)
    if isinstance(candidates, (str, bytes)) or not isinstance(candidates, Iterable):
        raise ValueError(f"candidates must be an iterable of integers >= 2; got {candidates!r}.")
    ks = [check_positive_int("candidates", k, minimum=2) for k in candidates]
    if not ks:
        raise ValueError("candidates must not be empty.")
    ks = sorted(set(ks))
    if isinstance(seeds, (str, bytes)) or not isinstance(seeds, Iterable):
        raise ValueError(f"seeds must be a sequence of integers; got {seeds!r}.")
    seed_list = [check_positive_int("seeds", s, minimum=0) for s in seeds]
    if len(seed_list) < 2:
        raise ValueError(f"seeds must hold at least two random states; got {seed_list!r}.")
    check_bool("progress", progress)
    min_passages_per_topic = check_positive_int("min_passages_per_topic", min_passages_per_topic)
    top_n = check_positive_int("top_n", top_n, minimum=2)
    dtms = prepare_matrices(
        corpus,
        by_language=by_language,
        languages=languages,
        size=size,
        stem=stem,
        min_df=min_df,
        max_df=max_df,
        lemmatize=lemmatize,
    )
    rows = []
    total = len(dtms) * len(ks)
    with tqdm(total=total, desc="choose_n_topics", disable=not progress) as bar:
        for lang in sorted(dtms):
            dtm = dtms[lang]
            for k in ks:
                bar.set_postfix_str(f"{lang} k={k}")
                comps, cohs, perps = [], [], []
                for seed in seed_list:
                    fit = fit_estimator(
                        dtm.matrix,
                        k,
                        method=method,
                        random_state=seed,
                        max_iter=max_iter,
                        learning_method=learning_method,
                        n_jobs=n_jobs,
                        nmf_init="random" if method == "nmf" else None,
                        vocabulary=dtm.vocabulary,
                    )
                    comps.append(fit.topic_term)
                    top = top_indices(fit.topic_term, top_n)
                    cohs.append(float(np.nanmean(npmi_coherence(top, dtm.matrix))))
                    perps.append(fit.perplexity)
                rows.append(
                    {
                        "lang": lang,
                        "n_topics": k,
                        "n_passages": dtm.matrix.shape[0],
                        "eligible": k * min_passages_per_topic <= dtm.matrix.shape[0],
                        "coherence": float(np.mean(cohs)),
                        "coherence_sd": float(np.std(cohs)),
                        "perplexity": float(np.mean(perps)),
                        "stability": topic_stability(comps),
                    }
                )
                bar.update(1)
    scores = pd.DataFrame(rows)
    table, rec = _recommend(scores)
    params = {"method": method, "seeds": tuple(seed_list), "candidates": tuple(ks)}
    return TopicSelection(scores=table, recommended=rec, rule=SELECTION_RULE, params=params)
