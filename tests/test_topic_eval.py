"""Tests for analysis.topics.evaluate: NPMI against gensim and the definition, stability, k choice."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp

from analysis.topics.evaluate import (
    SELECTION_RULE,
    TopicSelection,
    best_match_cosine,
    choose_n_topics,
    npmi_coherence,
    topic_stability,
)

TEXTS = [
    ["human", "interface", "computer"],
    ["survey", "user", "computer", "system", "response", "time"],
    ["eps", "user", "interface", "system"],
    ["system", "human", "system", "eps"],
    ["user", "response", "time"],
    ["trees"],
    ["graph", "trees"],
    ["graph", "minors", "trees"],
    ["graph", "minors", "survey"],
]
TOPICS = [
    ["system", "user", "eps", "interface"],
    ["graph", "trees", "minors", "survey"],
    ["human", "time", "trees"],  # includes a never co-occurring pair
    ["computer", "response", "user", "survey", "time"],
]


def _matrix(texts):
    vocab = sorted({w for t in texts for w in t})
    pos = {w: i for i, w in enumerate(vocab)}
    rows = [i for i, t in enumerate(texts) for w in t]
    cols = [pos[w] for t in texts for w in t]
    X = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(texts), len(vocab)))
    X.sum_duplicates()
    return X, vocab


def _npmi_by_definition(topic, texts, eps=1e-12):
    sets = [set(t) for t in texts]
    n = len(sets)
    vals = []
    for a, b in itertools.combinations(topic, 2):
        pa = sum(a in s for s in sets) / n
        pb = sum(b in s for s in sets) / n
        pab = sum(a in s and b in s for s in sets) / n
        vals.append(math.log((pab + eps) / (pa * pb)) / -math.log(pab + eps))
    return sum(vals) / len(vals)


def test_npmi_matches_hand_computation_from_definition():
    X, vocab = _matrix(TEXTS)
    ours = npmi_coherence(TOPICS, X, vocab)
    expected = [_npmi_by_definition(t, TEXTS) for t in TOPICS]
    np.testing.assert_allclose(ours, expected, rtol=0, atol=1e-12)


def test_npmi_agrees_with_gensim_c_npmi_with_document_windows():
    """gensim's c_npmi with window_size >= longest text counts co-occurrence per document.

    Same epsilon (1e-12 on the joint probability), natural log; gensim averages over
    ordered pairs, we over unordered pairs, equal because NPMI is symmetric. Tolerance
    1e-9 (float summation order only).
    """
    pytest.importorskip("gensim")
    from gensim.corpora import Dictionary
    from gensim.models.coherencemodel import CoherenceModel

    window = max(len(t) for t in TEXTS)
    cm = CoherenceModel(
        topics=TOPICS,
        texts=TEXTS,
        dictionary=Dictionary(TEXTS),
        coherence="c_npmi",
        window_size=window,
        processes=1,
    )
    theirs = np.array(cm.get_coherence_per_topic())
    X, vocab = _matrix(TEXTS)
    ours = npmi_coherence(TOPICS, X, vocab)
    np.testing.assert_allclose(ours, theirs, rtol=0, atol=1e-9)
    # and with gensim's default sliding window of 10 the reference corpus differs
    default = CoherenceModel(
        topics=TOPICS,
        texts=TEXTS,
        dictionary=Dictionary(TEXTS),
        coherence="c_npmi",
        processes=1,
    )
    assert np.isfinite(default.get_coherence())


def test_npmi_inputs_indices_counts_and_edge_cases():
    X, vocab = _matrix(TEXTS)
    pos = {w: i for i, w in enumerate(vocab)}
    by_index = npmi_coherence([[pos[w] for w in t] for t in TOPICS], X)
    np.testing.assert_allclose(by_index, npmi_coherence(TOPICS, X, vocab))
    # counts or dense input: only presence matters
    np.testing.assert_allclose(npmi_coherence(TOPICS, X.toarray() * 3, vocab), by_index)
    # a one-term topic has no pairs
    assert np.isnan(npmi_coherence([["graph"]], X, vocab)[0])
    # two terms always together in every document: NPMI 1
    assert npmi_coherence([[0, 1]], np.ones((3, 2)))[0] == pytest.approx(1.0)
    # a term present nowhere gets -1
    Z = np.array([[1, 0], [1, 0]])
    assert npmi_coherence([[0, 1]], Z)[0] == -1.0
    # eps=0: never co-occurring pair is exactly -1
    assert npmi_coherence([["human", "trees"]], X, vocab, eps=0)[0] == -1.0


@pytest.mark.parametrize(
    ("args", "kwargs", "match"),
    [
        (([["a", "zzz"]],), {}, "not in vocabulary"),
        (([["a", "b"]],), {"vocabulary": ["a"]}, "vocabulary"),
        (([[0, 9]],), {"vocabulary": None}, "outside X"),
        (("ab",), {}, "top_terms"),
        (([["a", "b"]],), {"eps": -1}, "eps"),
    ],
)
def test_npmi_validation(args, kwargs, match):
    X = np.array([[1, 1], [0, 1]])
    kw = {"vocabulary": ["a", "b"], **kwargs}
    with pytest.raises(ValueError, match=match):
        npmi_coherence(args[0], X, **kw)
    with pytest.raises(ValueError, match="X must"):
        npmi_coherence([["a", "b"]], [[1, 1]], ["a", "b"])


def test_npmi_for_hundreds_of_topics_equals_one_full_product():
    """Hundreds of topics are scored in chunks of at most 256 terms per product; the
    result equals NPMI read off one product over every column. (The speed of this case
    is measured in ``benchmarks/bench_topics.py``, beside a per-topic reference.)"""
    rng = np.random.default_rng(0)
    n_pass, n_terms = 2_000, 1_000
    X = sp.random(n_pass, n_terms, density=0.02, format="csr", random_state=rng)
    topics = [rng.choice(n_terms, size=10, replace=False) for _ in range(500)]
    out = npmi_coherence(topics, X)
    B = (X != 0).astype(np.float64)
    C = (B.T @ B).toarray() / n_pass
    p = np.diag(C)
    expected = []
    for t in topics:
        a, b = np.triu_indices(len(t), k=1)
        joint = C[t[a], t[b]]
        expected.append(np.mean(np.log((joint + 1e-12) / (p[t[a]] * p[t[b]]))
                                / -np.log(joint + 1e-12)))
    assert out.shape == (500,) and np.isfinite(out).all()
    np.testing.assert_allclose(out, expected, rtol=0, atol=1e-12)


def test_best_match_cosine_and_stability():
    A = np.array([[1.0, 0, 0, 0], [0, 1, 1, 0], [0, 0, 0, 1]])
    perm = A[[2, 0, 1]] * 5
    assert best_match_cosine(A, perm) == pytest.approx(1.0)
    # Hungarian matching is one-to-one: duplicating one topic cannot match both
    B = np.array([[1.0, 0, 0, 0], [1.0, 0, 0, 0], [0, 0, 0, 1]])
    assert best_match_cosine(A, B) == pytest.approx(2 / 3)
    assert topic_stability([A, perm, A]) == pytest.approx(1.0)
    with pytest.raises(ValueError, match="components"):
        topic_stability([A])
    with pytest.raises(ValueError, match="same number of columns"):
        best_match_cosine(A, A[:, :2])


def _two_topic_terms(n_passages=24, seed=0):
    rng = np.random.default_rng(seed)
    a = [f"a{i}" for i in range(12)]
    b = [f"b{i}" for i in range(12)]
    rows = []
    for p in range(n_passages):
        words = rng.choice(a if p % 2 else b, size=40)
        for w, c in zip(*np.unique(words, return_counts=True), strict=True):
            rows.append((f"d{p // 6}", "en", f"d{p // 6}:{p:04d}", str(w), int(c)))
    return pd.DataFrame(rows, columns=["doc_id", "lang", "passage_id", "term", "count"])


@pytest.mark.parametrize("method", ["lda", "nmf"])
def test_choose_n_topics_table_and_recommendation(method):
    terms = _two_topic_terms()
    sel = choose_n_topics(
        terms, range(2, 6), method=method, seeds=(0, 1), max_iter=30, progress=False
    )
    assert isinstance(sel, TopicSelection)
    assert list(sel.scores.columns) == [
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
    assert sel.scores["n_topics"].tolist() == [2, 3, 4, 5]
    assert sel.scores["stability"].between(0, 1 + 1e-9).all()
    assert sel.rule == SELECTION_RULE
    assert sel.n_topics == {"en": 2}  # two clean topics: k=2 is coherent and stable
    assert list(sel.recommended.columns) == [
        "lang",
        "n_topics",
        "coherence",
        "stability",
        "score",
        "rule",
    ]
    if method == "lda":
        assert (sel.scores["perplexity"] > 0).all()
    else:
        assert sel.scores["perplexity"].isna().all()


def test_choose_n_topics_eligibility_cap():
    terms = _two_topic_terms(n_passages=12)
    sel = choose_n_topics(
        terms, [2, 3, 5], seeds=(0, 1), max_iter=5, min_passages_per_topic=4, progress=False
    )
    assert sel.scores["eligible"].tolist() == [True, True, False]
    assert np.isnan(sel.scores["score"].iloc[2])
    none = choose_n_topics(
        terms, [5, 6], seeds=(0, 1), max_iter=5, min_passages_per_topic=4, progress=False
    )
    assert none.n_topics == {"en": 5}


def test_choose_n_topics_is_deterministic():
    terms = _two_topic_terms()
    kw = dict(candidates=[2, 3], seeds=(0, 1), max_iter=10, progress=False)
    a, b = choose_n_topics(terms, **kw), choose_n_topics(terms, **kw)
    pd.testing.assert_frame_equal(a.scores, b.scores)
    pd.testing.assert_frame_equal(a.recommended, b.recommended)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"candidates": [1, 2]}, "candidates"),
        ({"candidates": []}, "candidates"),
        ({"candidates": "23"}, "candidates"),
        ({"seeds": (0,)}, "seeds"),
        ({"seeds": (0, -1)}, "seeds"),
        ({"method": "lsa"}, "method"),
        ({"progress": "no"}, "progress"),
        ({"top_n": 1}, "top_n"),
        ({"min_passages_per_topic": 0}, "min_passages_per_topic"),
    ],
)
def test_choose_n_topics_validation(kwargs, match):
    with pytest.raises(ValueError, match=match):
        choose_n_topics(_two_topic_terms(), **{"progress": False, **kwargs})
