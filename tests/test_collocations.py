"""Collocations: counts and scores equal NLTK's BigramCollocationFinder / BigramAssocMeasures."""

from __future__ import annotations

import math

import nltk.collocations
import numpy as np
import pandas as pd
import pytest

import analysis
from analysis.pipeline.compare import collocations


def _term_sequences(corpus, lang):
    """Each document's terms in order, from the token table (independent of the pass)."""
    tok = analysis.tokens(corpus[corpus["lang"] == lang], remove_stopwords=True,
                          kinds=["word"])
    tok = tok[tok["term"].str.len() >= 2]
    return [g["term"].tolist() for _, g in tok.groupby("doc_id", sort=False)]


def _nltk_finder(seqs, window):
    words = []
    for seq in seqs:  # None between documents: no window crosses them
        words += seq + [None] * (window - 1)
    return nltk.collocations.BigramCollocationFinder.from_words(words, window_size=window)


@pytest.mark.parametrize("window", [2, 3, 5])
@pytest.mark.parametrize("lang", ["en", "id", "kk", "ru"])
def test_scores_equal_nltk(seed_corpus, lang, window):
    measures = nltk.collocations.BigramAssocMeasures
    finder = _nltk_finder(_term_sequences(seed_corpus, lang), window)
    finder.apply_freq_filter(2)
    ours = {m: collocations(seed_corpus, window=window, min_count=2, measure=m)
            for m in ("npmi", "pmi", "llr", "t")}
    table = ours["npmi"][ours["npmi"]["lang"] == lang]
    assert len(table) == len(finder.ngram_fd)
    for m, fn in (("pmi", measures.pmi), ("llr", measures.likelihood_ratio),
                  ("t", measures.student_t)):
        t = ours[m][ours[m]["lang"] == lang]
        got = {(a, b): s for a, b, s in zip(t["w1"], t["w2"], t[m], strict=True)}
        expected = dict(finder.score_ngrams(fn))
        assert got.keys() == expected.keys()
        for pair, s in expected.items():
            assert got[pair] == pytest.approx(s, rel=1e-9, abs=1e-9), (m, pair)
    pmi = dict(finder.score_ngrams(measures.pmi))
    raw = dict(finder.score_ngrams(measures.raw_freq))
    for a, b, s, n, n1, n2 in table[["w1", "w2", "npmi", "count", "w1_count",
                                     "w2_count"]].itertuples(index=False):
        assert n == finder.ngram_fd[(a, b)]
        assert (n1, n2) == (finder.word_fd[a], finder.word_fd[b])
        h = -math.log2(raw[(a, b)])
        assert s == pytest.approx(pmi[(a, b)] / h if h > 0 else 1.0, rel=1e-9)


def test_word_counts_are_term_frequencies(seed_corpus):
    col = collocations(seed_corpus, min_count=1)
    tf = analysis.term_frequencies(seed_corpus, by="lang")
    counts = {(lg, t): n for lg, t, n in tf[["lang", "term", "count"]].itertuples(index=False)}
    for lg, w1, w2, n1, n2 in col[["lang", "w1", "w2", "w1_count", "w2_count"]].itertuples(
            index=False):
        assert counts[lg, w1] == n1 and counts[lg, w2] == n2


def test_table_layout_ranks_and_top_n(seed_corpus):
    col = collocations(seed_corpus, top_n=5)
    assert list(col.columns) == ["lang", "w1", "w2", "count", "w1_count", "w2_count", "npmi",
                                 "rank"]
    assert isinstance(col.index, pd.RangeIndex)
    assert col["lang"].tolist() == sorted(col["lang"]) and set(col["lang"]) == {
        "en", "id", "kk", "ru"}
    for _, g in col.groupby("lang"):
        assert g["rank"].tolist() == list(range(1, len(g) + 1))
        assert g["npmi"].is_monotonic_decreasing and (g["count"] >= 3).all()
    assert ((col["w1"] == "тыс") & (col["w2"] == "рублей")).any()


def test_ties_broken_by_codepoint():
    corpus = pd.DataFrame({"doc_id": ["a"], "lang": ["en"],
                           "text": ["zeta alpha. beta gamma. zeta alpha. beta gamma."]})
    col = collocations(corpus, min_count=2, measure="t")
    # windows run over the term sequence, across punctuation: alpha beta is a pair too;
    # the three pairs tie and are ordered by w1, then w2
    assert col[["w1", "w2"]].values.tolist() == [["alpha", "beta"], ["beta", "gamma"],
                                                 ["zeta", "alpha"]]
    assert col["t"].nunique() == 1 and col["rank"].tolist() == [1, 2, 3]


def test_by_document_and_by_metadata(seed_corpus):
    by_doc = collocations(seed_corpus, by="doc_id", measure="llr", top_n=3)
    assert list(by_doc.columns[:2]) == ["doc_id", "lang"]
    assert by_doc["doc_id"].unique().tolist() == seed_corpus["doc_id"].tolist()
    frame = seed_corpus[["doc_id", "lang", "text"]].assign(period=["b", "a", "a", "a", "b"])
    by_period = collocations(analysis.load_corpus(frame), by="period", top_n=3)
    assert list(by_period.columns[:2]) == ["period", "lang"]
    assert by_period[["period", "lang"]].drop_duplicates().values.tolist() == [
        ["a", "en"], ["a", "kk"], ["a", "ru"], ["b", "id"], ["b", "ru"]]


def test_stopwords_kept_on_request(seed_corpus):
    kept = collocations(seed_corpus, remove_stopwords=False, min_count=5, measure="llr")
    assert ((kept["lang"] == "en") & (kept["w1"] == "of") & (kept["w2"] == "the")).any()
    assert not (collocations(seed_corpus, min_count=5)["w1"] == "of").any()


def test_same_table_with_two_jobs(seed_corpus):
    pd.testing.assert_frame_equal(collocations(seed_corpus, window=3, n_jobs=2),
                                  collocations(seed_corpus, window=3))


def test_empty_corpus_gives_the_columns():
    corpus = pd.DataFrame({"doc_id": ["a"], "lang": ["en"], "text": ["one"]})
    col = collocations(corpus, measure="llr")
    assert len(col) == 0 and "llr" in col.columns and col["count"].dtype == np.int64


@pytest.mark.parametrize("kwargs, match", [
    ({"window": 1}, "window must be an integer >= 2"),
    ({"measure": "dice"}, "measure must be one of"),
    ({"min_count": 0}, "min_count must be"),
    ({"by": "period"}, "by must be"),
    ({"top_n": 0}, "top_n must be"),
    ({"stem": "yes"}, "stem must be True or False"),
])
def test_errors_name_the_parameter(seed_corpus, kwargs, match):
    with pytest.raises(ValueError, match=match):
        collocations(seed_corpus, **kwargs)


def test_sequence_ids_expand_multi_term_chunks_in_order():
    from analysis.pipeline.collocations import _sequence_ids
    from analysis.text.counting import ChunkMap, Vocabulary

    cmap = ChunkMap(Vocabulary(), "en", remove_stopwords=False, min_length=1)
    for text in ["a,b c d/e/f 12 g", "x", "", "12 34 ,", "a.b.c a.b.c q a.b"]:
        chunks = text.split()
        np.testing.assert_array_equal(_sequence_ids(cmap, chunks), cmap.ids(chunks))
