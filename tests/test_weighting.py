"""Tests for analysis.terms.weighting: TF-IDF against scikit-learn and by hand."""

from __future__ import annotations

import itertools
import math
from collections import Counter

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfTransformer, TfidfVectorizer

from analysis import tfidf, tfidf_matrix
from analysis.corpus.passages import split_passages
from analysis.text.tokenization import count_terms

OPTIONS = [
    dict(norm=norm, smooth_idf=smooth, sublinear_tf=sub)
    for norm, smooth, sub in itertools.product(["l2", "l1", None], [True, False], [False, True])
]
OPTION_IDS = [f"{o['norm']}-smooth{o['smooth_idf']}-sub{o['sublinear_tf']}" for o in OPTIONS]
MIN_LENGTH = 2  # tfidf's default


def _terms(text: str, lang: str) -> list[str]:
    """Every term occurrence of a text, expanded from count_terms (the analyzer for sklearn)."""
    return list(count_terms(text, lang, min_length=MIN_LENGTH).elements())


def _block(res, rows, scope):
    """The sub-matrix of ``res`` for the given rows and one vocabulary scope, as dense array,
    with its terms."""
    cols = np.flatnonzero(res.vocabulary["scope"].to_numpy() == scope)
    terms = res.vocabulary["term"].to_numpy()[cols]
    return res.matrix[rows][:, cols].toarray(), terms


def _aligned(X_ref, ref_terms, terms):
    """Reorder the columns of a reference matrix to ``terms`` (which must be the same set)."""
    assert sorted(ref_terms) == sorted(terms)
    pos = {t: j for j, t in enumerate(ref_terms)}
    return X_ref[:, [pos[t] for t in terms]]


# --------------------------------------------------------------------------- (a) documents


@pytest.mark.parametrize("opts", OPTIONS, ids=OPTION_IDS)
def test_document_unit_equals_tfidf_vectorizer_within_a_language(seed_corpus, opts):
    res = tfidf_matrix(seed_corpus, unit="document", **opts)
    rows = np.flatnonzero(seed_corpus["lang"].to_numpy() == "ru")
    assert len(rows) == 2
    ours, terms = _block(res, rows, "ru")

    vec = TfidfVectorizer(analyzer=lambda doc: _terms(doc, "ru"), **opts)
    X = vec.fit_transform(seed_corpus["text"].iloc[rows]).toarray()
    ref = _aligned(X, vec.get_feature_names_out(), terms)
    np.testing.assert_allclose(ours, ref, rtol=0, atol=1e-12)
    # the ru rows have no weight outside the ru vocabulary, and vice versa
    other = res.matrix[rows][:, np.flatnonzero(res.vocabulary["scope"].to_numpy() != "ru")]
    assert other.nnz == 0
    np.testing.assert_allclose(
        res.vocabulary.loc[res.vocabulary["scope"] == "ru", "idf"],
        _aligned(vec.idf_[None, :], vec.get_feature_names_out(), terms)[0],
        rtol=0,
        atol=1e-12,
    )


@pytest.mark.parametrize("opts", OPTIONS[::3], ids=OPTION_IDS[::3])
def test_document_unit_corpus_scope_equals_tfidf_vectorizer(seed_corpus, opts):
    res = tfidf_matrix(seed_corpus, unit="document", scope="corpus", **opts)
    docs = list(zip(seed_corpus["text"], seed_corpus["lang"], strict=True))
    vec = TfidfVectorizer(analyzer=lambda doc: _terms(*doc), **opts)
    X = vec.fit_transform(docs).toarray()
    assert set(res.vocabulary["scope"]) == {"all"}
    terms = res.get_feature_names_out()
    np.testing.assert_allclose(
        res.matrix.toarray(), _aligned(X, vec.get_feature_names_out(), terms), rtol=0, atol=1e-12
    )


@pytest.mark.parametrize(
    "kw",
    [
        {"stem": True},
        {"remove_stopwords": False, "min_length": 1},
        {"stem": True, "min_length": 4},
    ],
    ids=["stem", "keep-stop-len1", "stem-len4"],
)
def test_document_unit_term_options_equal_tfidf_vectorizer(seed_corpus, kw):
    res = tfidf_matrix(seed_corpus, unit="document", scope="corpus", **kw)
    params = {"remove_stopwords": True, "stem": False, "min_length": MIN_LENGTH, **kw}

    def analyzer(doc):
        text, lang = doc
        return list(count_terms(text, lang, **params).elements())

    vec = TfidfVectorizer(analyzer=analyzer)
    X = vec.fit_transform(list(zip(seed_corpus["text"], seed_corpus["lang"], strict=True)))
    terms = res.get_feature_names_out()
    np.testing.assert_allclose(
        res.matrix.toarray(),
        _aligned(X.toarray(), vec.get_feature_names_out(), terms),
        rtol=0,
        atol=1e-12,
    )


# --------------------------------------------------------------------------- (b) passages


def _passage_reference(corpus, lang, size, opts):
    sub = corpus[corpus["lang"] == lang]
    unit_counts, doc_counts = [], []
    for text in sub["text"]:
        for s, e, _ in split_passages(text, size=size):
            unit_counts.append(count_terms(text[s:e], lang, min_length=MIN_LENGTH))
        doc_counts.append(count_terms(text, lang, min_length=MIN_LENGTH))
    vocab = sorted(set().union(*unit_counts, *doc_counts))
    index = {t: j for j, t in enumerate(vocab)}

    def to_matrix(counters):
        m = sp.lil_matrix((len(counters), len(vocab)))
        for i, c in enumerate(counters):
            for t, n in c.items():
                m[i, index[t]] = n
        return m.tocsr()

    U, D = to_matrix(unit_counts), to_matrix(doc_counts)
    tr = TfidfTransformer(**opts).fit(U)
    return (
        tr.transform(D).toarray(),
        np.array(vocab, dtype=object),
        tr.idf_,
        D.toarray(),
        len(unit_counts),
    )


@pytest.mark.parametrize("size", [200, 60])
@pytest.mark.parametrize("opts", OPTIONS, ids=OPTION_IDS)
def test_passage_unit_equals_transformer_fit_on_passages(seed_corpus, opts, size):
    res = tfidf_matrix(seed_corpus, unit="passage", size=size, **opts)
    for lang in ["ru", "kk"]:
        rows = np.flatnonzero(seed_corpus["lang"].to_numpy() == lang)
        ours, terms = _block(res, rows, lang)
        ref, ref_terms, idf, counts, n_units = _passage_reference(seed_corpus, lang, size, opts)
        assert res.n_units[lang] == n_units
        np.testing.assert_allclose(ours, _aligned(ref, ref_terms, terms), rtol=0, atol=1e-12)
        vocab = res.vocabulary[res.vocabulary["scope"] == lang]
        np.testing.assert_allclose(
            vocab["idf"], _aligned(idf[None, :], ref_terms, terms)[0], rtol=0, atol=1e-12
        )
        np.testing.assert_array_equal(
            res.counts[rows][:, vocab.index].toarray(), _aligned(counts, ref_terms, terms)
        )


# --------------------------------------------------------------------------- (c) the table


@pytest.mark.parametrize("unit", ["document", "passage"])
def test_table_matches_matrix(seed_corpus, unit):
    opts = dict(unit=unit, norm="l2", smooth_idf=True, sublinear_tf=True)
    res = tfidf_matrix(seed_corpus, **opts)
    table = tfidf(seed_corpus, top_n=None, **opts)
    assert list(table.columns) == ["doc_id", "lang", "term", "count", "idf", "tfidf", "rank"]
    assert isinstance(table.index, pd.RangeIndex)
    assert table["count"].dtype == "int64" and table["rank"].dtype == "int64"
    assert len(table) == res.matrix.nnz
    vocab = res.vocabulary
    col_of = {
        (s, t): j for j, (s, t) in enumerate(zip(vocab["scope"], vocab["term"], strict=True))
    }
    row_of = {d: i for i, d in enumerate(res.index["doc_id"])}
    dense = res.matrix.toarray()
    for doc_id, lang, text in zip(
        seed_corpus["doc_id"], seed_corpus["lang"], seed_corpus["text"], strict=True
    ):
        sub = table[table["doc_id"] == doc_id]
        assert (sub["lang"] == lang).all()
        i = row_of[doc_id]
        cols = [col_of[(lang, t)] for t in sub["term"]]
        np.testing.assert_allclose(sub["tfidf"], dense[i, cols], rtol=0, atol=1e-15)
        np.testing.assert_allclose(sub["idf"], vocab["idf"].to_numpy()[cols], rtol=0, atol=0)
        # tf is the raw count, even with sublinear_tf
        counts = count_terms(text, lang, min_length=MIN_LENGTH)
        assert dict(zip(sub["term"], sub["count"], strict=True)) == dict(counts)
        # ranks 1..n by decreasing weight, ties by term (codepoint order)
        assert sub["rank"].tolist() == list(range(1, len(sub) + 1))
        keys = list(zip(-sub["tfidf"].to_numpy(), sub["term"], strict=True))
        assert keys == sorted(keys)
    # documents in corpus order
    assert table["doc_id"].drop_duplicates().tolist() == seed_corpus["doc_id"].tolist()


def test_rank_ties_are_broken_by_term():
    corpus = pd.DataFrame(
        {"doc_id": ["a"], "lang": ["kk"], "text": ["ұлт әке ата ғалым zebra éclair"]}
    )
    table = tfidf(corpus, unit="document")
    # equal weights: codepoint order z < é (U+00E9) < а < ғ (U+0493) < ұ (U+04B1) < ә (U+04D9)
    assert table["term"].tolist() == ["zebra", "éclair", "ата", "ғалым", "ұлт", "әке"]
    assert table["rank"].tolist() == [1, 2, 3, 4, 5, 6]
    assert table["tfidf"].nunique() == 1


@pytest.mark.parametrize("top_n", [1, 5, 20])
def test_top_n(seed_corpus, top_n):
    full = tfidf(seed_corpus, top_n=None)
    top = tfidf(seed_corpus, top_n=top_n)
    assert top.groupby("doc_id").size().tolist() == [top_n] * 5
    expected = full[full["rank"] <= top_n].reset_index(drop=True)
    pd.testing.assert_frame_equal(top, expected)


def test_default_top_n_is_20(seed_corpus):
    assert tfidf(seed_corpus).groupby("doc_id").size().tolist() == [20] * 5


# --------------------------------------------------------------------------- (d) by hand


HAND = pd.DataFrame(
    {
        "doc_id": ["a", "b"],
        "lang": ["en", "en"],
        "text": ["War, the city; war and war.", "The city plant, the plant."],
    }
)


def test_hand_computed_two_documents():
    # a: war 3, city 1; b: city 1, plant 2 ("the", "and" are stopwords); n = 2 documents
    table = tfidf(HAND, unit="document")
    idf_rare = math.log(3 / 2) + 1  # df = 1: ln((1+2)/(1+1)) + 1 = 1.4054651081081644
    idf_city = math.log(3 / 3) + 1  # df = 2: exactly 1
    assert idf_rare == pytest.approx(1.4054651081081644, abs=1e-15)
    na = math.hypot(3 * idf_rare, 1 * idf_city)
    nb = math.hypot(1 * idf_city, 2 * idf_rare)
    expected = [
        ("a", "war", 3, idf_rare, 3 * idf_rare / na, 1),
        ("a", "city", 1, 1.0, 1 / na, 2),
        ("b", "plant", 2, idf_rare, 2 * idf_rare / nb, 1),
        ("b", "city", 1, 1.0, 1 / nb, 2),
    ]
    got = list(table[["doc_id", "term", "count", "idf", "tfidf", "rank"]].itertuples(index=False))
    assert [(r[0], r[1], r[2], r[5]) for r in got] == [(e[0], e[1], e[2], e[5]) for e in expected]
    np.testing.assert_allclose([r[3] for r in got], [e[3] for e in expected], rtol=0, atol=1e-12)
    np.testing.assert_allclose([r[4] for r in got], [e[4] for e in expected], rtol=0, atol=1e-12)
    # on paper: 4.216395/sqrt(4.216395^2+1) = 0.973009; 2.810930/sqrt(2.810930^2+1) = 0.942156
    assert table["tfidf"].iloc[0] == pytest.approx(0.973009, abs=1e-6)
    assert table["tfidf"].iloc[2] == pytest.approx(0.942156, abs=1e-6)


def test_hand_computed_variants():
    # smooth_idf=False: idf = ln(n/df) + 1 -> ln 2 + 1 for war/plant, 1 for city
    t = tfidf(HAND, unit="document", smooth_idf=False, norm=None)
    got = {
        (d, term): (idf, w)
        for d, term, idf, w in t[["doc_id", "term", "idf", "tfidf"]].itertuples(index=False)
    }
    assert got[("a", "war")] == pytest.approx((math.log(2) + 1, 3 * (math.log(2) + 1)))
    assert got[("b", "city")] == pytest.approx((1.0, 1.0))
    # sublinear_tf: tf -> 1 + ln(tf); l1 norm: weights of a document sum to 1
    t = tfidf(HAND, unit="document", sublinear_tf=True, norm="l1")
    a = t[t["doc_id"] == "a"].set_index("term")
    w_war, w_city = (1 + math.log(3)) * (math.log(1.5) + 1), 1.0
    assert a.loc["war", "tfidf"] == pytest.approx(w_war / (w_war + w_city), abs=1e-12)
    assert a.loc["war", "count"] == 3
    assert t.groupby("doc_id")["tfidf"].sum().tolist() == pytest.approx([1.0, 1.0])


def test_tidytext_relation_documented_in_notes():
    # tidytext idf = ln(N/df) = our smooth_idf=False idf minus 1
    res = tfidf_matrix(HAND, unit="document", smooth_idf=False)
    df = res.vocabulary.set_index("term")["df"]
    idf = res.vocabulary.set_index("term")["idf"]
    for term in ["war", "city", "plant"]:
        assert idf[term] - 1 == pytest.approx(math.log(2 / df[term]))
    assert df.to_dict() == {"city": 2, "plant": 1, "war": 1}


# --------------------------------------------------------------------------- (e) scope


MIXED = pd.DataFrame(
    {
        "doc_id": ["en1", "ru1", "ru2"],
        "lang": ["en", "ru", "ru"],
        "text": [
            "Online voting online city.",
            "Онлайн голосование, онлайн выборы.",
            "Выборы города.",
        ],
    }
)


def test_scope_language_vs_corpus():
    lang = tfidf_matrix(MIXED, unit="document", scope="language", norm=None)
    corp = tfidf_matrix(MIXED, unit="document", scope="corpus", norm=None)
    assert lang.n_units == {"en": 1, "ru": 2}
    assert corp.n_units == {"all": 3}
    assert lang.vocabulary["scope"].tolist() == ["en"] * 3 + ["ru"] * 4
    assert lang.get_feature_names_out().tolist()[:3] == ["en:city", "en:online", "en:voting"]
    assert corp.get_feature_names_out().tolist() == [
        "city",
        "online",
        "voting",
        "выборы",
        "голосование",
        "города",
        "онлайн",
    ]
    # a single English document: within its language every idf is ln(2/2)+1 = 1, so the
    # weights are the raw counts; over the corpus the English terms get ln(4/2)+1
    en_lang = lang.vocabulary[lang.vocabulary["scope"] == "en"]
    assert en_lang["idf"].tolist() == [1.0, 1.0, 1.0]
    np.testing.assert_allclose(lang.matrix[0].toarray().ravel()[:3], [1, 2, 1])
    en_corp = corp.vocabulary.set_index("term").loc[["city", "online", "voting"], "idf"]
    np.testing.assert_allclose(en_corp, [math.log(2) + 1] * 3, rtol=0, atol=1e-12)
    # Russian: "выборы" in both ru docs -> idf 1 within ru, ln(4/3)+1 over the corpus
    ru_lang = lang.vocabulary[lang.vocabulary["scope"] == "ru"].set_index("term")["idf"]
    ru_corp = corp.vocabulary.set_index("term")["idf"]
    assert ru_lang["выборы"] == pytest.approx(1.0)
    assert ru_corp["выборы"] == pytest.approx(math.log(4 / 3) + 1)
    assert ru_lang["онлайн"] == pytest.approx(math.log(3 / 2) + 1)
    assert ru_corp["онлайн"] == pytest.approx(math.log(4 / 2) + 1)
    # block structure: no English row has weight on a Russian column in language scope
    assert lang.matrix[0, 3:].nnz == 0 and lang.matrix[1:, :3].nnz == 0
    # the tidy tables report the same terms per document either way
    t_lang = tfidf(MIXED, unit="document", scope="language", top_n=None)
    t_corp = tfidf(MIXED, unit="document", scope="corpus", top_n=None)
    assert sorted(zip(t_lang["doc_id"], t_lang["term"], t_lang["count"], strict=True)) == sorted(
        zip(t_corp["doc_id"], t_corp["term"], t_corp["count"], strict=True)
    )


def test_one_document_per_language_degenerates_to_frequency(seed_corpus):
    res = tfidf_matrix(seed_corpus, unit="document", norm=None)
    single = res.vocabulary[res.vocabulary["scope"].isin(["en", "id", "kk"])]
    assert (single["idf"] == 1.0).all() and (single["df"] == 1).all()
    # passages give the IDF a real contrast within the same languages
    res_p = tfidf_matrix(seed_corpus, unit="passage")
    kk = res_p.vocabulary[res_p.vocabulary["scope"] == "kk"]
    assert kk["idf"].nunique() > 5
    assert res_p.n_units["kk"] == len(
        split_passages(seed_corpus.loc[seed_corpus["lang"] == "kk", "text"].iloc[0])
    )
    assert (kk["df"] >= 1).all() and (kk["df"] <= res_p.n_units["kk"]).all()


def test_params_and_index_are_recorded(seed_corpus):
    res = tfidf_matrix(seed_corpus, unit="document", scope="corpus", norm="l1", size=50)
    assert res.params == dict(
        unit="document",
        scope="corpus",
        smooth_idf=True,
        sublinear_tf=False,
        norm="l1",
        size=50,
        stem=False,
        remove_stopwords=True,
        min_length=2,
        variant="sklearn",
        lemmatize=False,
    )
    assert res.index["doc_id"].tolist() == seed_corpus["doc_id"].tolist()
    assert res.index["lang"].tolist() == seed_corpus["lang"].tolist()
    assert res.matrix.shape == res.counts.shape == (5, len(res.vocabulary))


# --------------------------------------------------------------------------- (f) validation


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"unit": "sentence"}, "unit"),
        ({"scope": "document"}, "scope"),
        ({"norm": "l3"}, "norm"),
        ({"norm": "L2"}, "norm"),
        ({"smooth_idf": "yes"}, "smooth_idf"),
        ({"sublinear_tf": None}, "sublinear_tf"),
        ({"size": 0}, "size"),
        ({"size": 10.5}, "size"),
        ({"top_n": 0}, "top_n"),
        ({"min_length": 0}, "min_length"),
        ({"stem": 1}, "stem"),
        ({"remove_stopwords": "no"}, "remove_stopwords"),
    ],
)
def test_invalid_options_name_the_parameter(kwargs, name):
    with pytest.raises(ValueError, match=name):
        tfidf(HAND, **kwargs)
    if name != "top_n":
        with pytest.raises(ValueError, match=name):
            tfidf_matrix(HAND, **kwargs)


def test_counter_helper_is_consistent():
    # guard for the helpers above: the analyzer expands counts exactly
    assert Counter(_terms("War war city, the city.", "en")) == Counter({"war": 2, "city": 2})


@pytest.mark.parametrize("scope", ["language", "corpus"])
@pytest.mark.parametrize("unit", ["document", "passage"])
def test_documents_without_terms_keep_their_row(scope, unit):
    corpus = pd.DataFrame(
        {
            "doc_id": ["r", "u", "e"],
            "lang": ["ru", "und", "en"],
            "text": ["Выборы и голосование, выборы.", "", "1943 city"],
        }
    )
    res = tfidf_matrix(corpus, unit=unit, scope=scope)
    assert res.index["doc_id"].tolist() == ["r", "u", "e"]
    assert res.matrix.shape == (3, 3)
    dense = res.matrix.toarray()
    assert (dense[1] == 0).all()
    terms = [t.split(":")[-1] for t in res.get_feature_names_out()]
    assert terms == ["city", "выборы", "голосование"]
    np.testing.assert_allclose(dense[0], [0, 2 / math.sqrt(5), 1 / math.sqrt(5)], atol=1e-12)
    np.testing.assert_allclose(dense[2], [1, 0, 0], atol=1e-12)
    table = tfidf(corpus, unit=unit, scope=scope)
    assert table["doc_id"].tolist() == ["r", "r", "e"]
