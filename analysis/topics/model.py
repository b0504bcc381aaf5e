"""Topic models per language (LDA, NMF, optionally tomotopy) with tidy result tables."""

from __future__ import annotations

import numbers
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.utils import check_random_state

from .._core.deprecation import renamed_parameters
from .._core.validation import check_bool, check_options, check_positive_int
from .backends import (
    DEFAULT_MAX_ITER,
    METHODS,
    ONLINE_MIN_PASSAGES,
    fit_estimator,
    infer_topics,
    top_indices,
    topics_per_language,
)
from .data import (
    ALL_LANGUAGES,
    DocumentTermMatrix,
    concat_sorted,
    content_terms_table,
    dtm_to_terms,
    passage_table,
    passage_term_matrices,
    prepare_matrices,
)
from .evaluate import TopicSelection, npmi_coherence

__all__ = [
    "ALL_LANGUAGES",
    "DEFAULT_MAX_ITER",
    "DocumentTermMatrix",
    "ONLINE_MIN_PASSAGES",
    "TopicModel",
    "fit_topics",
    "passage_term_matrices",
]


class TopicModel:
    """Topic models over passages, one per language, with tidy result tables.

    Each language's passages (``analysis.passages``, about ``size`` word tokens) become
    a passage-term count matrix of content terms (``analysis.content_terms``: words
    only, no stopwords, no numbers), pruned by ``min_df``/``max_df``. On it we fit

    * ``"lda"``: :class:`sklearn.decomposition.LatentDirichletAllocation` on counts
      (priors ``1/k``, variational Bayes: batch on small corpora, online on large);
    * ``"nmf"``: :class:`sklearn.decomposition.NMF` (Frobenius loss, ``nndsvda``
      initialisation) on TF-IDF from :class:`sklearn.feature_extraction.text.TfidfTransformer`
      (``ln((1 + n) / (1 + df)) + 1``, l2-normalised rows);
    * ``"tomotopy"``: ``tomotopy.LDAModel`` (collapsed Gibbs sampling, one worker so
      the result is bit-reproducible; optional dependency).

    Topic-term weights are each topic's row normalised to sum 1 over the vocabulary
    (LDA: the posterior mean topic-word distribution; NMF: ``H`` rescaled). Passage
    weights are normalised to sum 1 per passage (NMF: ``W`` rescaled; a passage with an
    all-zero ``W`` row keeps weight 0). Document weights are the passage weights
    averaged with the passages' numbers of modelled tokens as weights, i.e. the share of
    the document's modelled tokens that belongs to each topic.

    Parameters
    ----------
    n_topics : int, dict of str to int, or "auto", default=10
        Topics per model; a dict gives one value per language; ``"auto"`` takes the
        recommendation of :func:`analysis.topics.evaluate.choose_n_topics` (``selection`` if
        given, else computed over ``candidates`` and ``seeds``). A number larger than a
        language's passages is lowered to that number, with a ``UserWarning``.
    method : {"lda", "nmf", "tomotopy"}, default="lda"
        Model family (see above).
    by_language : bool, default=True
        One model per language; otherwise one corpus-wide model whose topic-level
        tables use ``lang == "all"`` (passage and document tables keep the real language).
    languages : sequence of str, optional
        Model only these languages.
    size : int, default=200
        Passage size in word tokens, passed to ``analysis.content_terms``.
    stem, lemmatize : bool, default=False, None
        Stems, or lemmas (``lemmatize=None``: lemmas unless ``stem``; see
        :mod:`analysis.text.lemmas`), so inflected forms make one term.
    min_df : int, default=2
        Keep terms that occur in at least this many passages of the language.
    max_df : float, default=1.0
        Keep terms that occur in at most this proportion of the passages.
    top_n : int, default=10
        Terms per topic in :meth:`topic_terms` and in the coherence computation.
    random_state : int, RandomState or None, default=0
        Seed. An int is passed unchanged to every language's model, so a language's
        topics do not depend on which other languages are modelled.
    max_iter : int, optional
        Iterations; ``None`` uses :data:`DEFAULT_MAX_ITER` (online LDA 10 passes, batch
        LDA 50, NMF 400, tomotopy 500 sweeps).
    learning_method : {"auto", "online", "batch"}, default="auto"
        LDA variational method: online (minibatches of 128 passages, learning decay 0.7,
        offset 10: scikit-learn's defaults) or batch. ``"auto"`` learns online when a
        model has more than :data:`ONLINE_MIN_PASSAGES` passages, in batch otherwise. On
        the 20,000-passage benchmark batch LDA reaches a poorer optimum (mean NPMI 0.33
        vs 0.42) in three times the time; on a few dozen passages online LDA gets one
        minibatch per pass, so 10 passes are 10 damped updates and some topics stay
        close to uniform, while 50 batch iterations converge in well under a second.
    n_jobs : int, default=1
        Workers for LDA's E-step. Results depend on it (scikit-learn splits documents
        into ``n_jobs`` slices), so keep 1 for reproducible figures.
    candidates : iterable of int, default=range(2, 16)
        Candidates for ``n_topics="auto"``.
    seeds : sequence of int, default=(0, 1, 2)
        Seeds for ``n_topics="auto"``.
    min_passages_per_topic : int, default=3
        Eligibility threshold of the selection rule for ``n_topics="auto"``.
    selection : TopicSelection, optional
        A precomputed :func:`~analysis.topics.evaluate.choose_n_topics` result for
        ``n_topics="auto"``.
    progress : bool, default=False
        Progress bar while choosing ``k``.

    Attributes
    ----------
    models_ : dict of str to estimator
        Fitted estimator per language (sklearn ``LatentDirichletAllocation``/``NMF`` or
        ``tomotopy.LDAModel``). NMF estimators carry their TF-IDF transformer as ``tfidf_``.
    vocabularies_ : dict of str to numpy.ndarray
        Terms of each model's columns, in codepoint order.
    components_ : dict of str to numpy.ndarray of shape (k, n_terms)
        Normalised topic-term weights (rows sum to 1).
    dtms_ : dict of str to DocumentTermMatrix
        The training matrices (also the NPMI reference corpora).
    n_topics_ : dict of str to int
        Number of topics per language.
    perplexity_ : dict of str to float
        In-sample perplexity per language (NaN for NMF).
    coherence_ : dict of str to numpy.ndarray
        NPMI per topic (see :func:`analysis.topics.evaluate.npmi_coherence`).
    selection_ : TopicSelection or None
        The selection used for ``n_topics="auto"``.

    Examples
    --------
    >>> import pandas as pd
    >>> rows = [("d", "en", f"d:{p:04d}", t, c) for p in range(6)
    ...         for t, c in zip(["plum", "pear", "apple"] if p % 2 else ["cat", "dog", "cow"],
    ...                         [6, 3, 1])]
    >>> terms = pd.DataFrame(rows, columns=["doc_id", "lang", "passage_id", "term", "count"])
    >>> model = TopicModel(n_topics=2, min_df=1, top_n=3).fit(terms)
    >>> model.labels()
      lang  topic                label
    0   en      0  plum / pear / apple
    1   en      1      cat / dog / cow
    """

    def __init__(
        self,
        *,
        n_topics: int | Mapping[str, int] | Literal["auto"] = 10,
        method: Literal["lda", "nmf", "tomotopy"] = "lda",
        by_language: bool = True,
        languages: Sequence[str] | None = None,
        size: int = 200,
        stem: bool = False,
        lemmatize: bool | None = None,
        min_df: int = 2,
        max_df: float = 1.0,
        top_n: int = 10,
        random_state: Any = 0,
        max_iter: int | None = None,
        learning_method: Literal["auto", "online", "batch"] = "auto",
        n_jobs: int = 1,
        candidates: Iterable[int] = range(2, 16),
        seeds: Sequence[int] = (0, 1, 2),
        min_passages_per_topic: int = 3,
        selection: TopicSelection | None = None,
        progress: bool = False,
    ) -> None:
        self.n_topics = n_topics
        self.method, self.by_language, self.languages = method, by_language, languages
        self.size = size
        self.stem, self.lemmatize = stem, lemmatize
        self.min_df = min_df
        self.max_df = max_df
        self.top_n = top_n
        self.random_state = random_state
        self.max_iter = max_iter
        self.learning_method = learning_method
        self.n_jobs = n_jobs
        self.candidates = candidates
        self.seeds = seeds
        self.min_passages_per_topic = min_passages_per_topic
        self.selection = selection
        self.progress = progress

    # ------------------------------------------------------------------ fitting
    def _validate(self) -> None:
        check_options("method", self.method, METHODS)
        check_bool("by_language", self.by_language)
        check_positive_int("size", self.size)
        check_bool("stem", self.stem)
        check_positive_int("min_df", self.min_df)
        check_positive_int("top_n", self.top_n)
        try:
            check_random_state(self.random_state)
        except ValueError:
            raise ValueError("random_state must be None, an int or a numpy RandomState; "
                             f"got {self.random_state!r}.") from None
        check_positive_int("max_iter", self.max_iter, allow_none=True)
        check_options("learning_method", self.learning_method, ["auto", "online", "batch"])
        check_positive_int("n_jobs", self.n_jobs)
        check_bool("progress", self.progress)
        n = self.n_topics
        if isinstance(n, str):
            check_options("n_topics", n, ["auto"])
        elif isinstance(n, Mapping):
            for lang, k in n.items():
                check_positive_int(f"n_topics[{lang!r}]", k)
        elif isinstance(n, bool) or not isinstance(n, numbers.Integral) or n < 1:
            raise ValueError("n_topics must be an integer >= 1, a dict of language -> integer, "
                             f"or 'auto'; got {n!r}.")
        if self.selection is not None and not isinstance(self.selection, TopicSelection):
            raise ValueError(f"selection must be a TopicSelection; got {type(self.selection)!r}.")

    def _seed_for(self, rng: np.random.RandomState | None) -> Any:
        if rng is None:
            return self.random_state
        return int(rng.randint(np.iinfo(np.int32).max))

    def fit(self, corpus: Any) -> TopicModel:
        """Fit one model per language.

        Parameters
        ----------
        corpus : DataFrame or path-like
            A corpus table (``analysis.load_corpus``), a corpus folder, or a precomputed
            content-term table with columns ``doc_id, lang, passage_id, term, count``.

        Returns
        -------
        TopicModel
            ``self``, fitted.
        """
        self._validate()
        dtms = prepare_matrices(
            corpus,
            by_language=self.by_language,
            languages=self.languages,
            size=self.size,
            stem=self.stem,
            min_df=self.min_df,
            max_df=self.max_df,
            lemmatize=self.lemmatize,
        )
        self.selection_ = None
        if isinstance(self.n_topics, str):
            sel = self.selection
            if sel is None:
                from .evaluate import choose_n_topics

                terms = pd.concat([dtm_to_terms(d) for d in dtms.values()], ignore_index=True)
                sel = choose_n_topics(
                    terms,
                    self.candidates,
                    method=self.method,
                    seeds=self.seeds,
                    min_passages_per_topic=self.min_passages_per_topic,
                    by_language=self.by_language,
                    min_df=1,
                    max_df=1.0,
                    top_n=self.top_n,
                    max_iter=self.max_iter,
                    learning_method=self.learning_method,
                    n_jobs=self.n_jobs,
                    progress=self.progress,
                )
            self.selection_ = sel
        ks = topics_per_language(self.selection_.n_topics if self.selection_ else self.n_topics,
                                 {lang: d.matrix.shape[0] for lang, d in dtms.items()})
        rng = None
        if not isinstance(self.random_state, numbers.Integral):
            rng = check_random_state(self.random_state)
        self.models_, self.components_, self.vocabularies_ = {}, {}, {}
        self.perplexity_, self.coherence_, self.n_topics_ = {}, {}, {}
        self._doc_topic: dict[str, np.ndarray] = {}
        for lang in sorted(dtms):
            dtm = dtms[lang]
            fit = fit_estimator(
                dtm.matrix,
                ks[lang],
                method=self.method,
                random_state=self._seed_for(rng),
                max_iter=self.max_iter,
                learning_method=self.learning_method,
                n_jobs=self.n_jobs,
                vocabulary=dtm.vocabulary,
            )
            self.models_[lang] = fit.estimator
            self.components_[lang] = fit.topic_term
            self.vocabularies_[lang] = dtm.vocabulary
            self.perplexity_[lang] = fit.perplexity
            self.n_topics_[lang] = ks[lang]
            self._doc_topic[lang] = fit.doc_topic
            top = top_indices(fit.topic_term, self.top_n)
            self.coherence_[lang] = npmi_coherence(top, dtm.matrix)
        self.dtms_ = dtms
        return self

    def _check_fitted(self) -> None:
        if not hasattr(self, "models_"):
            raise ValueError("this TopicModel is not fitted yet; call fit() first.")

    def transform(self, corpus: Any) -> pd.DataFrame:
        """Topic weights of the passages of new data under the fitted models.

        Terms outside a model's vocabulary are ignored; passages of languages without a
        model are left out.

        Parameters
        ----------
        corpus : DataFrame or path-like
            As for :meth:`fit`.

        Returns
        -------
        pandas.DataFrame
            Same columns as :meth:`passage_topics`.
        """
        self._check_fitted()
        terms = content_terms_table(corpus, size=self.size, stem=self.stem,
                                    lemmatize=self.lemmatize)
        parts = []
        for lang, est in self.models_.items():
            vocab = self.vocabularies_[lang]
            t = terms if lang == ALL_LANGUAGES else terms[terms["lang"] == lang]
            t = t[t["term"].isin(set(vocab))]
            if t.empty:
                continue
            dtm = passage_term_matrices(t, by_language=False, min_df=1)[ALL_LANGUAGES]
            cols = np.searchsorted(vocab, dtm.vocabulary)
            X = sp.csr_matrix(
                (dtm.matrix.data, cols[dtm.matrix.indices], dtm.matrix.indptr),
                shape=(dtm.matrix.shape[0], len(vocab)),
            )
            parts.append(passage_table(dtm.index, infer_topics(est, X, self.method, vocab)))
        return concat_sorted(
            parts,
            ["doc_id", "lang", "passage_id", "topic", "weight"],
            ["doc_id", "passage_id", "lang", "topic"],
        )

    # ------------------------------------------------------------------ tables
    def topic_terms(self, top_n: int | None = None) -> pd.DataFrame:
        """Top terms of every topic.

        Parameters
        ----------
        top_n : int, optional
            Terms per topic (default: the model's ``top_n``).

        Returns
        -------
        pandas.DataFrame
            ``lang`` (str, model key), ``topic`` (int, from 0), ``term`` (str),
            ``weight`` (float, share of the topic's weight over the whole vocabulary;
            zero weights are omitted), ``rank`` (int, 1 = heaviest; ties by term in
            codepoint order). Sorted by lang, topic, rank.
        """
        self._check_fitted()
        top_n = self.top_n if top_n is None else check_positive_int("top_n", top_n)
        parts = []
        for lang in sorted(self.components_):
            comp, vocab = self.components_[lang], self.vocabularies_[lang]
            idx = np.argsort(-comp, axis=1, kind="stable")[:, :top_n]
            n = idx.shape[1]
            topic = np.repeat(np.arange(comp.shape[0]), n)
            w = np.take_along_axis(comp, idx, axis=1).ravel()
            parts.append(
                pd.DataFrame(
                    {
                        "lang": lang,
                        "topic": topic.astype(np.int64),
                        "term": vocab[idx.ravel()].astype(str),
                        "weight": w,
                        "rank": np.tile(np.arange(1, n + 1), comp.shape[0]).astype(np.int64),
                    }
                )
            )
        out = concat_sorted(
            parts, ["lang", "topic", "term", "weight", "rank"], ["lang", "topic", "rank"]
        )
        return out[out["weight"] > 0].reset_index(drop=True)

    def passage_topics(self) -> pd.DataFrame:
        """Topic weights of every training passage.

        Returns
        -------
        pandas.DataFrame
            ``doc_id`` (str), ``lang`` (str, the passage's language), ``passage_id``
            (str), ``topic`` (int), ``weight`` (float; sums to 1 per passage, all topics
            listed). Sorted by doc_id, passage_id, lang, topic.
        """
        self._check_fitted()
        parts = [passage_table(self.dtms_[k].index, self._doc_topic[k]) for k in self.dtms_]
        return concat_sorted(
            parts,
            ["doc_id", "lang", "passage_id", "topic", "weight"],
            ["doc_id", "passage_id", "lang", "topic"],
        )

    def document_topics(self) -> pd.DataFrame:
        """Topic weights of every document (passage weights weighted by passage length).

        The weight of topic :math:`t` in document :math:`d` is
        :math:`\\sum_p n_p \\theta_{pt} / \\sum_p n_p` over the document's passages,
        with :math:`n_p` the passage's number of modelled tokens (``n_content_tokens`` of
        :attr:`dtms_`).

        Returns
        -------
        pandas.DataFrame
            ``doc_id`` (str), ``lang`` (str), ``topic`` (int), ``weight`` (float, sums to
            1 per document and model). Sorted by doc_id, lang, topic.
        """
        self._check_fitted()
        parts = []
        for key, dtm in self.dtms_.items():
            theta = self._doc_topic[key]
            idx = dtm.index
            n = idx["n_content_tokens"].to_numpy(np.float64)
            groups = idx.groupby(["doc_id", "lang"], sort=True).indices
            for (doc, lang), rows in groups.items():
                w = (theta[rows] * n[rows, None]).sum(axis=0) / n[rows].sum()
                parts.append(
                    pd.DataFrame(
                        {"doc_id": doc, "lang": lang, "topic": np.arange(w.size), "weight": w}
                    )
                )
        return concat_sorted(
            parts, ["doc_id", "lang", "topic", "weight"], ["doc_id", "lang", "topic"]
        )

    @renamed_parameters(n_terms="top_n")
    def labels(self, top_n: int = 3, sep: str = " / ") -> pd.DataFrame:
        """Short topic labels: the top ``top_n`` terms joined by ``sep``.

        Returns
        -------
        pandas.DataFrame
            ``lang`` (str), ``topic`` (int), ``label`` (str). Sorted by lang, topic.
        """
        self._check_fitted()
        top_n = check_positive_int("top_n", top_n)
        if not isinstance(sep, str):
            raise ValueError(f"sep must be a string; got {sep!r}.")
        tt = self.topic_terms(top_n=top_n)
        lab = tt.groupby(["lang", "topic"], sort=True)["term"].agg(sep.join)
        rows = [
            (lang, t, lab.get((lang, t), ""))
            for lang in sorted(self.n_topics_)
            for t in range(self.n_topics_[lang])
        ]
        return pd.DataFrame(rows, columns=["lang", "topic", "label"]).astype({"topic": np.int64})

    def coherence(self) -> pd.DataFrame:
        """NPMI coherence of every topic (top ``top_n`` terms, passages as reference).

        Returns
        -------
        pandas.DataFrame
            ``lang`` (str), ``topic`` (int), ``npmi`` (float in [-1, 1]); see
            :func:`analysis.topics.evaluate.npmi_coherence` for the variant.
        """
        self._check_fitted()
        rows = [
            (lang, t, float(v))
            for lang in sorted(self.coherence_)
            for t, v in enumerate(self.coherence_[lang])
        ]
        return pd.DataFrame(rows, columns=["lang", "topic", "npmi"]).astype({"topic": np.int64})

    def summary(self) -> pd.DataFrame:
        """One row per model: size, mean coherence and perplexity.

        Returns
        -------
        pandas.DataFrame
            ``lang`` (str), ``n_topics``, ``n_passages``, ``n_terms``, ``n_content_tokens``
            (int), ``npmi`` (float, mean over topics) and ``perplexity`` (float,
            in-sample; NaN for NMF).
        """
        self._check_fitted()
        rows = []
        for lang in sorted(self.models_):
            d = self.dtms_[lang]
            rows.append(
                {
                    "lang": lang,
                    "n_topics": self.n_topics_[lang],
                    "n_passages": d.matrix.shape[0],
                    "n_terms": d.matrix.shape[1],
                    "n_content_tokens": int(d.index["n_content_tokens"].sum()),
                    "npmi": float(np.nanmean(self.coherence_[lang])),
                    "perplexity": self.perplexity_[lang],
                }
            )
        return pd.DataFrame(rows, columns=["lang", "n_topics", "n_passages", "n_terms",
                                           "n_content_tokens", "npmi", "perplexity"])

    def __repr__(self) -> str:
        state = f"fitted: {self.n_topics_}" if hasattr(self, "n_topics_") else "not fitted"
        return f"TopicModel(method={self.method!r}, n_topics={self.n_topics!r}; {state})"


def fit_topics(
    corpus: Any,
    *,
    n_topics: int | Mapping[str, int] | Literal["auto"],
    method: Literal["lda", "nmf", "tomotopy"] = "lda",
    by_language: bool = True,
    size: int = 200,
    top_n: int = 10,
    random_state: Any = 0,
    max_iter: int | None = None,
    n_jobs: int = 1,
    **kwargs: Any,
) -> TopicModel:
    """Fit topic models over passages, one per language by default.

    A shortcut for ``TopicModel(n_topics=..., ...).fit(corpus)``; see
    :class:`TopicModel` for the models, the normalisations and every parameter
    (``languages``, ``stem``, ``min_df``, ``max_df``, ``learning_method``,
    ``candidates``, ``seeds``, ``min_passages_per_topic``, ``selection`` and
    ``progress`` go through ``kwargs``).

    Parameters
    ----------
    corpus : DataFrame or path-like
        A corpus table, a corpus folder, or a content-term table
        (``doc_id, lang, passage_id, term, count``).
    n_topics : int, dict of str to int, or "auto"
        Topics per model (at most the language's number of passages: a larger number is
        lowered to it, with a ``UserWarning``).
    method : {"lda", "nmf", "tomotopy"}, default="lda"
        Model family.
    by_language : bool, default=True
        One model per language, or one corpus-wide model.
    size : int, default=200
        Passage size in word tokens.
    top_n : int, default=10
        Terms per topic in the tables and for coherence.
    random_state : int, RandomState or None, default=0
        Seed.
    max_iter : int, optional
        Iterations (None: :data:`DEFAULT_MAX_ITER`).
    n_jobs : int, default=1
        LDA workers (results depend on it).
    **kwargs
        Further :class:`TopicModel` parameters.

    Returns
    -------
    TopicModel
        Fitted; tables via ``topic_terms()``, ``passage_topics()``,
        ``document_topics()``, ``labels()``, ``coherence()`` and ``summary()``.

    Examples
    --------
    >>> import pandas as pd
    >>> rows = [("d", "en", f"d:{p:04d}", t, 3) for p in range(6)
    ...         for t in (["apple", "pear", "plum"] if p % 2 else ["cat", "dog", "cow"])]
    >>> terms = pd.DataFrame(rows, columns=["doc_id", "lang", "passage_id", "term", "count"])
    >>> model = fit_topics(terms, n_topics=2, method="nmf", min_df=1, top_n=2)
    >>> model.topic_terms().round(3)
      lang  topic   term  weight  rank
    0   en      0    cat   0.333     1
    1   en      0    cow   0.333     2
    2   en      1  apple   0.333     1
    3   en      1   pear   0.333     2
    >>> model.document_topics().round(2)
      doc_id lang  topic  weight
    0      d   en      0     0.5
    1      d   en      1     0.5
    """
    return TopicModel(
        n_topics=n_topics,
        method=method,
        by_language=by_language,
        size=size,
        top_n=top_n,
        random_state=random_state,
        max_iter=max_iter,
        n_jobs=n_jobs,
        **kwargs,
    ).fit(corpus)
