"""Tests for analysis.terms.frequencies: term frequencies, n-grams and corpus summaries."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from analysis import corpus_summary, term_frequencies

# Counts below are worked out by hand from these texts (stopwords: ru "и", "года";
# en "of", "the").
HAND = pd.DataFrame(
    {
        "doc_id": ["a", "b", "c", "d"],
        "lang": ["ru", "en", "kk", "ru"],
        "text": [
            "Выборы, выборы и голосование. Голосование онлайн выборы.",
            "Apple zebra éclair apple zebra éclair banana.",
            "ұлт әке ата ғалым ұлт әке ата",
            "Онлайн голосование: выборы 2024 года.",
        ],
    }
)


def _rows(df, cols=("term", "count", "rank")):
    return [tuple(r) for r in df[list(cols)].itertuples(index=False)]


def test_term_frequencies_by_document():
    tf = term_frequencies(HAND)
    assert list(tf.columns) == ["doc_id", "lang", "term", "count", "rel_freq", "rank"]
    assert isinstance(tf.index, pd.RangeIndex)
    assert tf["count"].dtype == "int64" and tf["rank"].dtype == "int64"
    assert tf["rel_freq"].dtype == "float64"
    a = tf[tf["doc_id"] == "a"]
    assert _rows(a) == [("выборы", 3, 1), ("голосование", 2, 2), ("онлайн", 1, 3)]
    np.testing.assert_allclose(a["rel_freq"], [3 / 6, 2 / 6, 1 / 6], rtol=0, atol=1e-15)
    assert (a["lang"] == "ru").all()
    d = tf[tf["doc_id"] == "d"]
    assert _rows(d) == [("выборы", 1, 1), ("голосование", 1, 2), ("онлайн", 1, 3)]
    # groups in doc_id order, then rank
    assert tf["doc_id"].tolist() == ["a"] * 3 + ["b"] * 4 + ["c"] * 4 + ["d"] * 3


def test_ties_are_broken_by_codepoint_not_locale():
    tf = term_frequencies(HAND)
    b = tf[tf["doc_id"] == "b"]
    # 'éclair' (U+00E9) sorts after 'zebra' in codepoint order (a locale would put it first)
    assert _rows(b) == [("apple", 2, 1), ("zebra", 2, 2), ("éclair", 2, 3), ("banana", 1, 4)]
    c = tf[tf["doc_id"] == "c"]
    # а U+0430 < ұ U+04B1 < ә U+04D9 (the Kazakh alphabet order would be ата, әке, ұлт)
    assert _rows(c) == [("ата", 2, 1), ("ұлт", 2, 2), ("әке", 2, 3), ("ғалым", 1, 4)]
    np.testing.assert_allclose(c["rel_freq"], [2 / 7, 2 / 7, 2 / 7, 1 / 7], rtol=0, atol=1e-15)


def test_by_lang_sums_documents():
    tf = term_frequencies(HAND, by="lang")
    assert list(tf.columns) == ["lang", "term", "count", "rel_freq", "rank"]
    assert tf["lang"].tolist() == ["en"] * 4 + ["kk"] * 4 + ["ru"] * 3
    ru = tf[tf["lang"] == "ru"]
    assert _rows(ru) == [("выборы", 4, 1), ("голосование", 3, 2), ("онлайн", 2, 3)]
    np.testing.assert_allclose(ru["rel_freq"], [4 / 9, 3 / 9, 2 / 9], rtol=0, atol=1e-15)
    # consistent with the per-document table
    per_doc = term_frequencies(HAND).groupby(["lang", "term"])["count"].sum()
    assert per_doc.loc["ru"].to_dict() == dict(zip(ru["term"], ru["count"], strict=True))


def test_keep_stopwords_and_min_length():
    tf = term_frequencies(HAND.iloc[[0]], remove_stopwords=False, min_length=1)
    assert _rows(tf) == [("выборы", 3, 1), ("голосование", 2, 2), ("и", 1, 3), ("онлайн", 1, 4)]
    tf = term_frequencies(HAND.iloc[[0]], remove_stopwords=False, min_length=2)
    assert "и" not in tf["term"].tolist()
    np.testing.assert_allclose(tf["rel_freq"], [3 / 6, 2 / 6, 1 / 6], rtol=0, atol=1e-15)


def test_stemmed_frequencies():
    corpus = pd.DataFrame(
        {
            "doc_id": ["a"],
            "lang": ["ru"],
            "text": ["Выборы выборов выбора. Голосование голосования."],
        }
    )
    tf = term_frequencies(corpus, stem=True)
    assert _rows(tf) == [("выбор", 3, 1), ("голосован", 2, 2)]


def test_top_n_and_min_count():
    tf = term_frequencies(HAND, top_n=2, min_count=2)
    assert tf["doc_id"].tolist() == ["a", "a", "b", "b", "c", "c"]  # d has only count-1 terms
    assert _rows(tf[tf["doc_id"] == "b"]) == [("apple", 2, 1), ("zebra", 2, 2)]
    # rel_freq is relative to all counted terms, before filtering
    assert tf.loc[tf["doc_id"] == "a", "rel_freq"].tolist()[0] == pytest.approx(0.5)
    tf = term_frequencies(HAND, top_n=1)
    assert tf.groupby("doc_id").size().tolist() == [1, 1, 1, 1]
    assert (tf["rank"] == 1).all()
    tf = term_frequencies(HAND, min_count=3)
    assert _rows(tf) == [("выборы", 3, 1)]


def test_ngrams_do_not_cross_punctuation_numbers_or_removed_stopwords():
    corpus = pd.DataFrame(
        {
            "doc_id": ["e"],
            "lang": ["en"],
            "text": [
                "Social reconstruction of Kharkiv, reconstruction of the city 1943 plant. City plant!"
            ],
        }
    )
    bi = term_frequencies(corpus, ngram_range=(2, 2), remove_stopwords=False)
    assert _rows(bi) == [
        ("reconstruction of", 2, 1),
        ("city plant", 1, 2),
        ("of kharkiv", 1, 3),
        ("of the", 1, 4),
        ("social reconstruction", 1, 5),
        ("the city", 1, 6),
    ]
    assert not {"kharkiv reconstruction", "plant city"} & set(bi["term"])
    # with stopwords removed they split the word sequence too
    uni_bi = term_frequencies(corpus, ngram_range=(1, 2))
    assert _rows(uni_bi) == [
        ("city", 2, 1),
        ("plant", 2, 2),
        ("reconstruction", 2, 3),
        ("city plant", 1, 4),
        ("kharkiv", 1, 5),
        ("social", 1, 6),
        ("social reconstruction", 1, 7),
    ]
    np.testing.assert_allclose(uni_bi["rel_freq"].sum(), 1.0)
    tri = term_frequencies(corpus, ngram_range=(3, 3), remove_stopwords=False)
    assert _rows(tri) == [
        ("of the city", 1, 1),
        ("reconstruction of kharkiv", 1, 2),
        ("reconstruction of the", 1, 3),
        ("social reconstruction of", 1, 4),
    ]


def test_unigram_range_equals_default(seed_corpus):
    a = term_frequencies(seed_corpus)
    b = term_frequencies(seed_corpus, ngram_range=(1, 1))
    pd.testing.assert_frame_equal(a, b)
    # every group's rel_freq sums to 1 and ranks are 1..n
    for _, g in a.groupby("doc_id"):
        assert g["rel_freq"].sum() == pytest.approx(1.0)
        assert g["rank"].tolist() == list(range(1, len(g) + 1))
        assert g["count"].is_monotonic_decreasing


def test_empty_result_has_columns():
    corpus = pd.DataFrame({"doc_id": ["x"], "lang": ["ru"], "text": ["и в на 2024."]})
    tf = term_frequencies(corpus)
    assert len(tf) == 0
    assert list(tf.columns) == ["doc_id", "lang", "term", "count", "rel_freq", "rank"]


# --------------------------------------------------------------------------- corpus_summary

SUMMARY = pd.DataFrame(
    {
        "doc_id": ["x", "y", "z"],
        "lang": ["ru", "ru", "en"],
        "text": ["Выборы, выборы и 5 голосований в XIV веке¹.", "В 1990-х выборы ke-27.", ""],
    }
)


def test_corpus_summary_by_document_hand_counts():
    s = corpus_summary(SUMMARY)
    assert list(s.columns) == [
        "doc_id",
        "lang",
        "n_chars",
        "n_tokens",
        "n_types",
        "ttr",
        "msttr",
        "n_hapax",
        "n_stopwords",
        "n_numbers",
    ]
    x, y, z = (s.iloc[i] for i in range(3))
    # x: words выборы выборы и голосований в веке; numbers 5 and XIV (footnote ¹ is not)
    assert (
        x["n_chars"],
        x["n_tokens"],
        x["n_types"],
        x["n_hapax"],
        x["n_stopwords"],
        x["n_numbers"],
    ) == (43, 6, 5, 4, 2, 2)
    assert x["ttr"] == pytest.approx(5 / 6)
    # y: words В выборы; numbers 1990-х and ke-27 (alnum)
    assert (
        y["n_chars"],
        y["n_tokens"],
        y["n_types"],
        y["n_hapax"],
        y["n_stopwords"],
        y["n_numbers"],
    ) == (22, 2, 2, 2, 1, 2)
    assert y["ttr"] == 1.0
    assert (z["n_chars"], z["n_tokens"], z["n_types"]) == (0, 0, 0)
    assert math.isnan(z["ttr"])
    assert s["msttr"].isna().all()  # no document reaches one segment of 100 word tokens
    for col in ["n_chars", "n_tokens", "n_types", "n_hapax", "n_stopwords", "n_numbers"]:
        assert s[col].dtype == "int64", col


def test_corpus_summary_by_language_hand_counts():
    s = corpus_summary(SUMMARY, by="lang")
    assert list(s.columns) == [
        "lang",
        "n_docs",
        "n_chars",
        "n_tokens",
        "n_types",
        "ttr",
        "msttr",
        "n_hapax",
        "n_stopwords",
        "n_numbers",
    ]
    assert s["lang"].tolist() == ["en", "ru"]
    ru = s.iloc[1]
    # types over both docs: выборы(3) и(1) голосований(1) в(2) веке(1)
    assert (
        ru["n_docs"],
        ru["n_chars"],
        ru["n_tokens"],
        ru["n_types"],
        ru["n_hapax"],
        ru["n_stopwords"],
        ru["n_numbers"],
    ) == (2, 65, 8, 5, 3, 3, 4)
    assert ru["ttr"] == pytest.approx(5 / 8)


def test_corpus_summary_on_seeds_is_consistent(seed_corpus):
    s = corpus_summary(seed_corpus)
    assert s["doc_id"].tolist() == seed_corpus["doc_id"].tolist()
    assert s["n_chars"].tolist() == seed_corpus["n_chars"].tolist()
    tf = term_frequencies(seed_corpus, remove_stopwords=False, min_length=1)
    per_doc = tf.groupby("doc_id").agg(
        n_tokens=("count", "sum"),
        n_types=("term", "size"),
        n_hapax=("count", lambda c: int((c == 1).sum())),
    )
    merged = s.set_index("doc_id")
    for col in ["n_tokens", "n_types", "n_hapax"]:
        assert merged[col].to_dict() == per_doc[col].to_dict(), col
    by_lang = corpus_summary(seed_corpus, by="lang")
    assert by_lang["lang"].tolist() == ["en", "id", "kk", "ru"]
    assert by_lang["n_docs"].tolist() == [1, 1, 1, 2]
    assert by_lang["n_tokens"].sum() == s["n_tokens"].sum()


# --------------------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"by": "document"}, "by"),
        ({"top_n": 0}, "top_n"),
        ({"top_n": 2.5}, "top_n"),
        ({"min_count": 0}, "min_count"),
        ({"min_length": 0}, "min_length"),
        ({"ngram_range": (2, 1)}, "ngram_range"),
        ({"ngram_range": (0, 1)}, "ngram_range"),
        ({"ngram_range": [1, 2]}, "ngram_range"),
        ({"stem": "yes"}, "stem"),
        ({"remove_stopwords": 1}, "remove_stopwords"),
    ],
)
def test_term_frequencies_validation_names_parameter(kwargs, name):
    with pytest.raises(ValueError, match=name):
        term_frequencies(HAND, **kwargs)


def test_corpus_validation():
    with pytest.raises(ValueError, match="by"):
        corpus_summary(HAND, by="passage")
    with pytest.raises(TypeError, match="corpus must be a corpus DataFrame"):
        term_frequencies(None)
    with pytest.raises(ValueError, match="doc_id 'a', 'b', 'c', 'd' occur more than once"):
        term_frequencies(pd.concat([HAND, HAND]))
    # without a lang column, or as a Series of texts, the languages are detected
    detected = term_frequencies(HAND.drop(columns="lang"))
    assert set(detected["doc_id"]) <= set(HAND["doc_id"])
    as_series = term_frequencies(pd.Series(HAND["text"].tolist(), index=HAND["doc_id"].tolist()))
    pd.testing.assert_frame_equal(as_series, detected)


# --------------------------------------------------------------------------- reference


def _reference_table(corpus, by, **kw):
    """term_frequencies recomputed from count_terms with plain Python sorting."""
    from collections import Counter

    from analysis.text.tokenization import count_terms

    groups: dict[tuple, Counter] = {}
    for doc_id, lang, text in zip(corpus["doc_id"], corpus["lang"], corpus["text"], strict=True):
        key = (doc_id, lang) if by == "doc_id" else (lang,)
        groups.setdefault(key, Counter()).update(count_terms(text, lang, **kw))
    rows = []
    for key in sorted(groups):
        total = sum(groups[key].values())
        items = sorted(groups[key].items(), key=lambda kv: (-kv[1], kv[0]))
        for rank, (term, n) in enumerate(items, start=1):
            rows.append((*key, term, n, n / total, rank))
    keys = ["doc_id", "lang"] if by == "doc_id" else ["lang"]
    return pd.DataFrame(rows, columns=keys + ["term", "count", "rel_freq", "rank"])


@pytest.mark.parametrize("by", ["doc_id", "lang"])
@pytest.mark.parametrize(
    "kw",
    [{}, {"remove_stopwords": False}, {"stem": True}, {"min_length": 3, "stem": True}],
    ids=["default", "keep-stop", "stem", "stem-min3"],
)
def test_term_frequencies_equal_reference_on_seeds(seed_corpus, mini_corpus, by, kw):
    corpus = pd.concat([seed_corpus, mini_corpus], ignore_index=True)
    got = term_frequencies(corpus, by=by, **kw)
    expected = _reference_table(corpus, by, **kw)
    assert len(got) == len(expected) > 1000
    for col in expected.columns:
        if col == "rel_freq":
            np.testing.assert_allclose(got[col], expected[col], rtol=1e-15, atol=0)
        else:
            assert got[col].tolist() == expected[col].tolist(), col


def test_msttr_is_the_mean_type_token_ratio_of_100_token_segments():
    types = [a + b + "x" for a in "bcdfghjklm" for b in "aeiouy"]  # 60 letter-only words
    words = [types[i % 60] for i in range(250)]  # 2 full segments of 100, 50 tokens dropped
    corpus = pd.DataFrame({"doc_id": ["a", "b"], "lang": ["en", "en"],
                           "text": [" ".join(words), " ".join(words[:100])]})
    s = corpus_summary(corpus)
    # each segment of 100 tokens holds the 60 types once or twice: 60 types / 100
    assert s["msttr"].tolist() == pytest.approx([0.6, 0.6])
    assert s["ttr"].tolist() == pytest.approx([60 / 250, 60 / 100])  # falls with length
    by_lang = corpus_summary(corpus, by="lang")
    assert by_lang["msttr"].tolist() == pytest.approx([0.6])  # mean over its 3 segments
