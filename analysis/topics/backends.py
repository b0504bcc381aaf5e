"""Fitting one topic model on one passage x term matrix: LDA, NMF, tomotopy."""

from __future__ import annotations

import numbers
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.utils import check_random_state

__all__ = ["DEFAULT_MAX_ITER", "ONLINE_MIN_PASSAGES", "METHODS", "fit_estimator", "import_tomotopy",
           "infer_topics", "normalise_rows", "tomotopy_docs", "top_indices",
           "topics_per_language"]

#: Iterations used when ``max_iter=None``: passes over the passages for online LDA
#: (scikit-learn's default; more did not raise coherence in ``benchmarks/bench_topics.py``),
#: EM iterations for batch LDA (scikit-learn's 10 are too few to converge), NMF
#: coordinate-descent iterations and tomotopy Gibbs-sampling sweeps.
DEFAULT_MAX_ITER: dict[str, int] = {
    "lda-online": 10,
    "lda-batch": 50,
    "nmf": 400,
    "tomotopy": 500,
}

#: With ``learning_method="auto"``, LDA learns online above this many passages per model
#: (four minibatches of 128) and in batch below it.
ONLINE_MIN_PASSAGES = 512

METHODS = ["lda", "nmf", "tomotopy"]


@dataclass
class _Fit:
    estimator: Any
    topic_term: np.ndarray  # rows sum to 1 (or 0 for a dead NMF component)
    doc_topic: np.ndarray  # rows sum to 1 (or 0)
    perplexity: float


def normalise_rows(A: np.ndarray) -> np.ndarray:
    A = np.asarray(A, dtype=np.float64)
    s = A.sum(axis=1, keepdims=True)
    return np.divide(A, s, out=np.zeros_like(A), where=s > 0)


def import_tomotopy():
    try:
        import tomotopy
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise ImportError(
            "method='tomotopy' needs the tomotopy package: pip install 'analysis[tomotopy]' "
            "or pip install tomotopy."
        ) from err
    return tomotopy


def tomotopy_docs(X: sp.csr_matrix, vocabulary: np.ndarray) -> list[list[str]]:
    docs = []
    for i in range(X.shape[0]):
        lo, hi = X.indptr[i], X.indptr[i + 1]
        docs.append(np.repeat(vocabulary[X.indices[lo:hi]], X.data[lo:hi]).tolist())
    return docs


def fit_estimator(
    X: sp.csr_matrix,
    k: int,
    *,
    method: str,
    random_state: Any,
    max_iter: int | None,
    learning_method: str = "auto",
    n_jobs: int = 1,
    nmf_init: str | None = None,
    vocabulary: np.ndarray | None = None,
) -> _Fit:
    """Fit one model on one passage-term matrix; return normalised matrices."""
    if learning_method == "auto":
        learning_method = "online" if X.shape[0] > ONLINE_MIN_PASSAGES else "batch"
    key = f"lda-{learning_method}" if method == "lda" else method
    iters = DEFAULT_MAX_ITER[key] if max_iter is None else max_iter
    if method == "lda":
        from sklearn.decomposition import LatentDirichletAllocation

        est = LatentDirichletAllocation(
            n_components=k,
            learning_method=learning_method,
            max_iter=iters,
            random_state=random_state,
            n_jobs=n_jobs,
            evaluate_every=-1,
        )
        theta = est.fit_transform(X)
        return _Fit(
            est, normalise_rows(est.components_), normalise_rows(theta), float(est.perplexity(X))
        )
    if method == "nmf":
        from sklearn.decomposition import NMF
        from sklearn.feature_extraction.text import TfidfTransformer

        init = nmf_init or "nndsvda"
        if init.startswith("nndsvd") and k > min(X.shape):
            init = "random"  # NNDSVD needs k <= min(n_passages, n_terms)
        tfidf = TfidfTransformer().fit(X)
        est = NMF(n_components=k, init=init, max_iter=iters, random_state=random_state)
        with warnings.catch_warnings(), np.errstate(invalid="ignore"):
            warnings.simplefilter("ignore", category=_convergence_warning())
            W = est.fit_transform(tfidf.transform(X))
        est.tfidf_ = tfidf
        return _Fit(est, normalise_rows(est.components_), normalise_rows(W), float("nan"))
    if method == "tomotopy":
        tp = import_tomotopy()
        if vocabulary is None:
            vocabulary = np.array([f"w{i}" for i in range(X.shape[1])], dtype=object)
        seed = random_state
        if not isinstance(seed, numbers.Integral):
            seed = int(check_random_state(seed).randint(np.iinfo(np.int32).max))
        mdl = tp.LDAModel(k=k, seed=int(seed), alpha=1.0 / k, eta=1.0 / k)
        for doc in tomotopy_docs(X, vocabulary):
            mdl.add_doc(doc)
        mdl.train(iters, workers=1, parallel=tp.ParallelScheme.NONE)
        pos = {w: i for i, w in enumerate(mdl.used_vocabs)}
        order = np.array([pos[w] for w in vocabulary])
        phi = np.array([mdl.get_topic_word_dist(t) for t in range(k)])[:, order]
        theta = np.array([d.get_topic_dist() for d in mdl.docs])
        mdl.vocabulary_ = vocabulary
        return _Fit(mdl, normalise_rows(phi), normalise_rows(theta), float(mdl.perplexity))
    raise ValueError(f"method must be one of {METHODS!r}; got {method!r}.")  # pragma: no cover


def infer_topics(est: Any, X: sp.csr_matrix, method: str, vocabulary: np.ndarray) -> np.ndarray:
    """Topic weights (rows sum to 1) of new passages under a model of :func:`fit_estimator`."""
    if method == "lda":
        theta = est.transform(X)
    elif method == "nmf":
        theta = est.transform(est.tfidf_.transform(X))
    else:
        docs = [est.make_doc(d) for d in tomotopy_docs(X, vocabulary)]
        est.infer(docs, workers=1, parallel=import_tomotopy().ParallelScheme.NONE)
        theta = np.array([d.get_topic_dist() for d in docs])
    return normalise_rows(theta)


def _convergence_warning():
    from sklearn.exceptions import ConvergenceWarning

    return ConvergenceWarning


def top_indices(topic_term: np.ndarray, top_n: int) -> list[np.ndarray]:
    """Column indices of the ``top_n`` heaviest terms per topic (ties: lower column first)."""
    order = np.argsort(-topic_term, axis=1, kind="stable")[:, :top_n]
    return [row for row in order]


def topics_per_language(n_topics, n_passages: dict[str, int]) -> dict[str, int]:
    """The number of topics of each language's model: at most its number of passages.

    ``n_topics`` is an int (every language) or a dict ``{lang: int}``. A number larger
    than the language's passages cannot give distinct topics: it is lowered to the
    number of passages with a ``UserWarning`` naming the language.

    Examples
    --------
    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as w:
    ...     warnings.simplefilter("always")
    ...     topics_per_language(100, {"en": 15, "ru": 400}), str(w[0].message)[:47]
    ({'en': 15, 'ru': 100}, 'n_topics=100 is more than the 15 passages of en')
    """
    import warnings

    if isinstance(n_topics, Mapping):
        ks = {str(k): int(v) for k, v in n_topics.items()}
    else:
        ks = {lang: int(n_topics) for lang in n_passages}
    missing = sorted(set(n_passages) - set(ks))
    if missing:
        raise ValueError(f"n_topics has no number of topics for language(s) {missing}.")
    out = {}
    for lang in sorted(n_passages):
        k, n = ks[lang], n_passages[lang]
        if k > n:
            warnings.warn(f"n_topics={k} is more than the {n} passages of {lang}; fitting {n} "
                          "topics instead.", UserWarning, stacklevel=3)
            k = n
        out[lang] = k
    return out
