"""Tests for analysis.topics.model: recovery of known topics, determinism, tables, validation."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.topics.evaluate import best_match_cosine, choose_n_topics
from analysis.topics.model import (
    ALL_LANGUAGES,
    DocumentTermMatrix,
    TopicModel,
    fit_topics,
    passage_term_matrices,
)

K_TRUE = 4


def synthetic_terms(
    n_topics: int = K_TRUE,
    words_per_topic: int = 25,
    shared: int = 4,
    n_passages: int = 160,
    passage_len: int = 80,
    alpha: float = 0.15,
    lang: str = "en",
    seed: int = 7,
) -> tuple[pd.DataFrame, np.ndarray, np.ndarray]:
    """Content-term table sampled from known topics (LDA's generative process).

    Each topic owns ``words_per_topic`` terms; ``shared`` terms are common to all topics
    with small weight ("disjoint-ish"). Returns (terms, true topic-term matrix, vocab).
    """
    rng = np.random.default_rng(seed)
    vocab = np.array(
        [f"t{t}w{i:02d}" for t in range(n_topics) for i in range(words_per_topic)]
        + [f"shared{i}" for i in range(shared)],
        dtype=object,
    )
    phi = np.zeros((n_topics, vocab.size))
    for t in range(n_topics):
        own = slice(t * words_per_topic, (t + 1) * words_per_topic)
        phi[t, own] = rng.dirichlet(np.full(words_per_topic, 2.0)) * 0.9
        phi[t, -shared:] = 0.1 / shared
    rows = []
    for p in range(n_passages):
        theta = rng.dirichlet(np.full(n_topics, alpha))
        z = rng.choice(n_topics, size=passage_len, p=theta)
        words = [rng.choice(vocab.size, p=phi[t]) for t in z]
        ids, counts = np.unique(words, return_counts=True)
        doc = f"doc{p // 20:02d}"
        for i, c in zip(ids, counts, strict=True):
            rows.append((doc, lang, f"{doc}:{p % 20:04d}", vocab[i], int(c)))
    terms = pd.DataFrame(rows, columns=["doc_id", "lang", "passage_id", "term", "count"])
    return terms, phi, vocab


@pytest.fixture(scope="module")
def synth():
    return synthetic_terms()


def _aligned_true(model: TopicModel, phi: np.ndarray, vocab: np.ndarray, lang: str = "en"):
    pos = {w: i for i, w in enumerate(vocab)}
    cols = [pos[w] for w in model.vocabularies_[lang]]
    return phi[:, cols]


@pytest.mark.parametrize("method", ["lda", "nmf"])
def test_recovers_known_topics(synth, method):
    terms, phi, vocab = synth
    model = fit_topics(terms, n_topics=K_TRUE, method=method, min_df=1, random_state=0)
    sim = best_match_cosine(model.components_["en"], _aligned_true(model, phi, vocab))
    assert sim >= 0.9, f"{method}: mean best-match cosine {sim:.3f}"
    # top terms of every topic come from a single true topic
    tt = model.topic_terms(top_n=5)
    owners = tt.assign(owner=tt["term"].str.extract(r"^(t\d+)w")[0]).dropna()
    assert owners.groupby("topic")["owner"].nunique().max() == 1


def test_tomotopy_backend_recovers_topics(synth):
    pytest.importorskip("tomotopy")
    terms, phi, vocab = synth
    a = fit_topics(terms, n_topics=K_TRUE, method="tomotopy", min_df=1, max_iter=200)
    b = fit_topics(terms, n_topics=K_TRUE, method="tomotopy", min_df=1, max_iter=200)
    assert best_match_cosine(a.components_["en"], _aligned_true(a, phi, vocab)) >= 0.9
    pd.testing.assert_frame_equal(a.passage_topics(), b.passage_topics())


@pytest.mark.parametrize("method", ["lda", "nmf"])
def test_same_random_state_gives_identical_tables(synth, method):
    terms = synth[0]
    kw = dict(n_topics=3, method=method, min_df=1, max_iter=20, random_state=3)
    a, b = fit_topics(terms, **kw), fit_topics(terms.sample(frac=1, random_state=1), **kw)
    for table in ("topic_terms", "passage_topics", "document_topics", "labels", "coherence"):
        pd.testing.assert_frame_equal(getattr(a, table)(), getattr(b, table)())
    pd.testing.assert_frame_equal(a.summary(), b.summary())


def test_tables_shape_order_and_sums(synth):
    terms = synth[0]
    model = fit_topics(terms, n_topics=3, min_df=1, max_iter=20, top_n=7)
    tt = model.topic_terms()
    assert list(tt.columns) == ["lang", "topic", "term", "weight", "rank"]
    assert isinstance(tt.index, pd.RangeIndex)
    assert (tt.groupby(["lang", "topic"]).size() == 7).all()
    assert tt.equals(tt.sort_values(["lang", "topic", "rank"]).reset_index(drop=True))
    # weights are shares of the whole vocabulary, decreasing with rank
    assert np.allclose(model.components_["en"].sum(axis=1), 1)
    assert (tt.groupby("topic")["weight"].diff().dropna() <= 0).all()

    pt = model.passage_topics()
    assert list(pt.columns) == ["doc_id", "lang", "passage_id", "topic", "weight"]
    assert np.allclose(pt.groupby("passage_id")["weight"].sum(), 1)
    assert pt["passage_id"].nunique() == terms["passage_id"].nunique()

    dt = model.document_topics()
    assert list(dt.columns) == ["doc_id", "lang", "topic", "weight"]
    assert np.allclose(dt.groupby("doc_id")["weight"].sum(), 1)
    # document weights = passage weights averaged with token counts as weights
    n = terms.groupby("passage_id")["count"].sum().rename("n")
    j = pt.join(n, on="passage_id")
    j["w"] = j["weight"] * j["n"]
    g = j.groupby(["doc_id", "topic"])
    expected = (g["w"].sum() / g["n"].sum()).to_numpy()
    assert np.allclose(dt["weight"].to_numpy(), expected)

    labels = model.labels()
    assert list(labels.columns) == ["lang", "topic", "label"]
    first = tt[tt["rank"] <= 3].groupby("topic")["term"].agg(" / ".join)
    assert labels["label"].tolist() == first.tolist()

    coh = model.coherence()
    assert list(coh.columns) == ["lang", "topic", "npmi"]
    assert coh["npmi"].between(-1, 1).all()
    summ = model.summary()
    assert summ.loc[0, "n_topics"] == 3 and summ.loc[0, "perplexity"] > 0


def test_ties_broken_by_term_codepoint_order():
    # every term equally weighted in its topic: ranks must follow codepoint order
    rows = [
        ("d", "ru", f"d:{p:04d}", t, 2) for p in range(4) for t in ["ёж", "яма", "Ёлка", "ель"]
    ]
    terms = pd.DataFrame(rows, columns=["doc_id", "lang", "passage_id", "term", "count"])
    tt = fit_topics(terms, n_topics=1, method="nmf", min_df=1).topic_terms()
    assert tt["term"].tolist() == sorted(["ёж", "яма", "Ёлка", "ель"])


def test_per_language_models_and_corpus_wide(synth):
    en = synth[0]
    kk = synthetic_terms(n_topics=2, lang="kk", n_passages=40, seed=3)[0]
    kk = kk.assign(doc_id="kk" + kk["doc_id"], passage_id="kk" + kk["passage_id"])
    terms = pd.concat([en, kk], ignore_index=True)
    model = fit_topics(terms, n_topics={"en": 4, "kk": 2}, min_df=1, max_iter=15)
    assert model.n_topics_ == {"en": 4, "kk": 2}
    assert sorted(model.models_) == ["en", "kk"]
    assert model.labels().groupby("lang").size().to_dict() == {"en": 4, "kk": 2}
    only = fit_topics(terms, n_topics=2, languages=["kk"], min_df=1, max_iter=15)
    assert list(only.models_) == ["kk"]
    # an int random_state gives a language the same topics whatever else is modelled
    assert np.array_equal(
        only.components_["kk"],
        fit_topics(terms, n_topics=2, min_df=1, max_iter=15).components_["kk"],
    )

    wide = fit_topics(terms, n_topics=3, by_language=False, min_df=1, max_iter=15)
    assert list(wide.models_) == [ALL_LANGUAGES]
    assert set(wide.topic_terms()["lang"]) == {ALL_LANGUAGES}
    assert set(wide.passage_topics()["lang"]) == {"en", "kk"}
    assert set(wide.document_topics()["lang"]) == {"en", "kk"}


def test_transform_matches_training_weights_for_lda(synth):
    terms = synth[0]
    model = fit_topics(terms, n_topics=3, min_df=1, max_iter=20)
    new = model.transform(terms)
    pd.testing.assert_frame_equal(new, model.passage_topics(), atol=1e-6)
    nmf = fit_topics(terms, n_topics=3, method="nmf", min_df=1)
    assert np.allclose(nmf.transform(terms)["weight"], nmf.passage_topics()["weight"], atol=1e-3)


def test_n_topics_auto_uses_selection(synth):
    terms = synth[0]
    sel = choose_n_topics(terms, [2, 4], min_df=1, max_iter=10, progress=False)
    model = fit_topics(terms, n_topics="auto", selection=sel, min_df=1, max_iter=10)
    assert model.n_topics_ == sel.n_topics
    assert model.selection_ is sel
    auto = fit_topics(terms, n_topics="auto", candidates=[2, 4], min_df=1, max_iter=10)
    assert auto.n_topics_ == sel.n_topics


def test_passage_term_matrices_pruning():
    rows = [
        ("a", "en", "a:0000", "x", 2),
        ("a", "en", "a:0000", "y", 1),
        ("a", "en", "a:0001", "x", 1),
        ("a", "en", "a:0002", "z", 5),
    ]
    terms = pd.DataFrame(rows, columns=["doc_id", "lang", "passage_id", "term", "count"])
    m = passage_term_matrices(terms, min_df=2)["en"]
    assert isinstance(m, DocumentTermMatrix)
    assert list(m.vocabulary) == ["x"]
    assert m.index["passage_id"].tolist() == ["a:0000", "a:0001"]  # a:0002 left empty
    assert m.matrix.toarray().tolist() == [[2], [1]]
    with pytest.warns(UserWarning, match="no terms left"):
        assert passage_term_matrices(terms, min_df=5) == {}


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"n_topics": 0}, "n_topics"),
        ({"n_topics": "many"}, "n_topics"),
        ({"n_topics": 2.5}, "n_topics"),
        ({"n_topics": {"xx": 2}}, "n_topics"),
        ({"n_topics": {"en": 0}}, "n_topics"),
        ({"n_topics": 2, "method": "plsa"}, "method"),
        ({"n_topics": 2, "top_n": 0}, "top_n"),
        ({"n_topics": 2, "random_state": "seed"}, "random_state"),
        ({"n_topics": 2, "max_iter": 0}, "max_iter"),
        ({"n_topics": 2, "min_df": 0}, "min_df"),
        ({"n_topics": 2, "max_df": 1.5}, "max_df"),
        ({"n_topics": 2, "size": -1}, "size"),
        ({"n_topics": 2, "by_language": "yes"}, "by_language"),
        ({"n_topics": 2, "learning_method": "sgd"}, "learning_method"),
        ({"n_topics": 2, "n_jobs": 0}, "n_jobs"),
        ({"n_topics": "auto", "selection": {"en": 2}}, "selection"),
        ({"n_topics": 2, "languages": "en"}, "languages"),
    ],
)
def test_parameter_validation(synth, kwargs, match):
    with pytest.raises(ValueError, match=match):
        fit_topics(synth[0], **{"min_df": 1, "max_iter": 2, **kwargs})


def test_bad_corpus_and_unfitted():
    with pytest.raises(TypeError, match=r"source\[0\] must be a text or a path; got int"):
        fit_topics([1, 2, 3], n_topics=2)
    with pytest.raises(ValueError, match="corpus"):
        fit_topics(pd.DataFrame({"a": [1]}), n_topics=2)
    bad = pd.DataFrame(
        {"doc_id": ["a"], "lang": ["en"], "passage_id": ["a:0000"], "term": ["x"], "count": [-1]}
    )
    with pytest.raises(ValueError, match="count"):
        fit_topics(bad, n_topics=2)
    with pytest.raises(ValueError, match="not fitted"):
        TopicModel().topic_terms()


# --------------------------------------------------------------------------- seeds
@pytest.fixture(scope="module")
def seeds_corpus():
    import analysis

    if not all(hasattr(analysis, f) for f in ("load_corpus", "content_terms", "tokens")):
        pytest.skip("foundation (load_corpus, content_terms, tokens) not available yet")
    from pathlib import Path

    return analysis.load_corpus(Path(__file__).resolve().parents[1] / "seeds")


def test_seeds_every_language_gets_clean_topics(seeds_corpus):
    import analysis

    model = fit_topics(seeds_corpus, n_topics=5, random_state=0)
    langs = sorted(seeds_corpus["lang"].unique())
    assert len(langs) == 4
    assert sorted(model.models_) == langs
    tt = model.topic_terms()
    assert (tt.groupby("lang")["topic"].nunique() == 5).all()
    assert (tt["term"].str.len() > 0).all()
    toks = analysis.tokens(seeds_corpus)
    for lang, g in tt.groupby("lang"):
        t = toks[toks["lang"] == lang]
        stop = set(t.loc[t["is_stop"], "term"])
        nonword = set(t.loc[t["kind"] != "word", "term"])
        assert not set(g["term"]) & stop, f"stopwords among {lang} top terms"
        assert not set(g["term"]) & nonword, f"numbers/punctuation among {lang} top terms"
        assert not g["term"].str.fullmatch(r"[\d.,]+").any()
    assert model.coherence()["npmi"].notna().all()
    assert set(model.document_topics()["doc_id"]) == set(seeds_corpus["doc_id"])


def test_auto_learning_method_is_batch_on_small_corpora(synth):
    terms = synth[0]
    kw = dict(n_topics=3, min_df=1, max_iter=5)
    auto = fit_topics(terms, **kw)
    assert auto.models_["en"].learning_method == "batch"
    batch = fit_topics(terms, learning_method="batch", **kw)
    np.testing.assert_array_equal(auto.components_["en"], batch.components_["en"])
    online = fit_topics(terms, learning_method="online", **kw)
    assert online.models_["en"].learning_method == "online"
