"""A document in two languages: each paragraph is tokenised, stemmed and stop-filtered in
its own language, and term tables by language group the words by paragraph language."""

from __future__ import annotations

import pandas as pd

import analysis
from analysis.corpus.langid import language_spans

KK = "Ауыл шаруашылығы өнімдерінің көлемі биыл айтарлықтай өсті және жаңа жобалар басталды."
RU = ("Объем продукции сельского хозяйства вырос по всем показателям при поддержке "
      "государства и при участии частных компаний.")
TEXT = f"{KK}\n{RU}\n{KK}"
CORPUS = pd.DataFrame({"doc_id": ["mixed"], "lang": ["kk"], "text": [TEXT]})


def test_spans_follow_the_paragraph_languages():
    spans = language_spans(TEXT, "kk")
    assert [lang for _, _, lang in spans] == ["kk", "ru", "kk"]
    assert spans[0][0] == 0 and spans[-1][1] == len(TEXT)
    assert all(a[1] == b[0] for a, b in zip(spans[:-1], spans[1:], strict=True))
    assert language_spans(KK, "kk") == [(0, len(KK), "kk")]


def test_russian_paragraph_of_a_kazakh_document_uses_russian_stopwords():
    terms = analysis.term_frequencies(CORPUS)
    assert not {"по", "при", "и"} & set(terms["term"])  # Russian stopwords, even in a kk doc
    assert {"продукции", "государства", "ауыл"} <= set(terms["term"])
    assert set(terms["lang"]) == {"kk"}  # the document keeps its language
    by_lang = analysis.term_frequencies(CORPUS, by="lang")
    ru = set(by_lang.loc[by_lang["lang"] == "ru", "term"])
    kk = set(by_lang.loc[by_lang["lang"] == "kk", "term"])
    assert "продукции" in ru and "ауыл" in kk and not ru & kk


def test_tokens_counts_tfidf_and_passages_agree_on_the_spans():
    toks = analysis.tokens(CORPUS)
    assert (toks["lang"] == "ru").sum() > 0 and (toks["lang"] == "kk").sum() > 0
    assert (toks["token"] == "при").sum() == 2
    assert toks.loc[toks["token"] == "при", "is_stop"].all()
    assert (toks["start"].map(lambda s: TEXT[s]) == toks["token"].str[0]).all()
    words = toks[(toks["kind"] == "word") & ~toks["is_stop"] & (toks["term"].str.len() >= 2)]
    counts = analysis.term_frequencies(CORPUS, top_n=None)
    assert dict(zip(counts["term"], counts["count"], strict=True)) == (
        words["term"].value_counts().to_dict())
    tf = analysis.tfidf(CORPUS, unit="document", top_n=None)
    assert set(tf["term"]) == set(counts["term"])
    ps = analysis.passages(CORPUS, size=200)
    assert len(ps) == 3  # no passage mixes the two languages
    ct = analysis.content_terms(CORPUS)
    assert ct.groupby("passage_id")["lang"].first().tolist() == ["kk", "ru", "kk"]
    summary = analysis.corpus_summary(CORPUS)
    assert int(summary["n_stopwords"].iloc[0]) == int(toks["is_stop"].sum())
