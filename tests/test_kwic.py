"""Keyword in context: offsets, normalisation, stems, phrases, expressions, mentions, the index."""

from __future__ import annotations

import time

import pandas as pd
import pytest

import analysis
from analysis.pipeline.compare import kwic, kwic_index
from analysis.terms.kwic import KWIC_COLUMNS, document_tokens
from analysis.text.tokenization import stem_terms, tokenize_text

QUERIES = [
    ({"pattern": "выборах"}, {"ru"}),
    ({"pattern": "Soviet"}, {"en", "id"}),
    ({"pattern": "соғысы"}, {"kk"}),
    ({"pattern": "university"}, {"en"}),
    ({"pattern": "тыс. рублей"}, {"ru"}),
    ({"pattern": "выбор", "stem": True}, {"ru"}),
    ({"pattern": r"\b19[0-9]{2}\b", "regex": True}, None),
    ({"kind": "money"}, None),
    ({"kind": "percent", "pattern": "%"}, None),
]


@pytest.fixture(scope="module")
def seed_index(seed_corpus):
    return kwic_index(seed_corpus)


def _texts(corpus):
    return dict(zip(corpus["doc_id"], corpus["text"], strict=True))


@pytest.mark.parametrize("query, langs", QUERIES)
def test_every_match_is_the_text_at_its_offsets(seed_corpus, seed_index, query, langs):
    texts = _texts(seed_corpus)
    for table in (kwic(seed_corpus, **query), kwic(seed_index, **query)):
        assert list(table.columns) == KWIC_COLUMNS and len(table)
        assert isinstance(table.index, pd.RangeIndex)
        for d, s, e, m in table[["doc_id", "start", "end", "match"]].itertuples(index=False):
            assert texts[d][s:e] == m
        if langs is not None:
            assert set(table["lang"]) == langs
    pd.testing.assert_frame_equal(kwic(seed_corpus, **query), kwic(seed_index, **query))


def test_index_tokens_are_the_token_table(seed_corpus, mini_corpus):
    for corpus in (seed_corpus, mini_corpus):
        for text, lang in zip(corpus["text"], corpus["lang"], strict=True):
            terms, starts, ends = document_tokens(text, lang)
            t = tokenize_text(text, lang)
            assert terms == t["term"].tolist()
            assert starts.tolist() == t["start"].tolist() and ends.tolist() == t["end"].tolist()


def test_term_matches_are_the_tokens_with_that_term(seed_corpus, seed_index):
    tok = analysis.tokens(seed_corpus)
    for term in ("выборах", "soviet", "the", "соғысы", ","):
        table = kwic(seed_index, term)
        rows = tok[tok["term"] == term]
        assert table[["doc_id", "start", "end"]].values.tolist() == rows[
            ["doc_id", "start", "end"]].values.tolist()


def test_normalisation_as_in_the_counts(mini_corpus):
    # ё -> е in Russian, case folded, ’ -> '
    assert kwic(mini_corpus, "елка")["match"].tolist() == ["Ёлка"]
    assert kwic(mini_corpus, "ЁЖ")["match"].tolist() == ["ёж"]
    assert kwic(mini_corpus, "o'brien")["match"].tolist() == ["O’Brien"]
    assert kwic(mini_corpus, "XIV")["doc_id"].tolist() == ["mini_en", "mini_kk"]


def test_stem_finds_the_inflected_forms(seed_corpus, seed_index):
    table = kwic(seed_index, "выбор", stem=True)
    forms = {m.lower() for m in table["match"]}
    assert {"выборах", "выборы"} <= forms
    assert set(stem_terms(forms, "ru").values()) == {"выбор"}
    assert len(table) > len(kwic(seed_index, "выборах"))
    exact = kwic(seed_index, "выбор")  # without stem: only the exact term
    assert (exact["match"].str.lower() == "выбор").all()
    assert set(exact["start"]) < set(table["start"])


LEMMA_TEXTS = pd.DataFrame({
    "doc_id": ["ru", "en", "id", "kk"], "lang": ["ru", "en", "id", "kk"],
    "text": ["Люди пришли. Много людей и один человек. Человеку трудно.",
             "They were here. It was fine, and he is. Be quiet.",
             "Jalan dibangun. Mereka membangun rumah. Bangun pagi.",
             "Мектепке бардым. Мектептің ауласы. Мектептер жабылды."]})


@pytest.mark.parametrize(("pattern", "lang", "forms"), [
    ("человек", "ru", ["Люди", "людей", "человек", "Человеку"]),
    ("люди", "ru", ["Люди", "людей", "человек", "Человеку"]),
    ("be", "en", ["were", "was", "is", "Be"]),
    ("bangun", "id", ["dibangun", "membangun", "Bangun"]),
    ("мектеп", "kk", ["Мектепке", "Мектептің", "Мектептер"]),
])
def test_lemmatize_finds_every_form_of_the_lemma(pattern, lang, forms):
    table = kwic(LEMMA_TEXTS, pattern, lemmatize=True, window=1)
    assert table["match"].tolist() == forms and set(table["lang"]) == {lang}
    index = kwic_index(LEMMA_TEXTS, mentions=False)
    pd.testing.assert_frame_equal(kwic(index, pattern, lemmatize=True, window=1), table)
    assert kwic(LEMMA_TEXTS, pattern, window=1)["match"].str.lower().eq(pattern).all()


def test_lemmatize_matches_a_form_and_refuses_stem_with_it():
    assert kwic(LEMMA_TEXTS, "пришли", lemmatize=True)["match"].tolist() == ["пришли"]
    with pytest.raises(ValueError, match="alternatives"):
        kwic(LEMMA_TEXTS, "люди", stem=True, lemmatize=True)
    with pytest.raises(ValueError, match="lemmatize"):
        kwic(LEMMA_TEXTS, "люди", lemmatize="yes")


def test_phrases_are_consecutive_tokens(seed_corpus, seed_index):
    table = kwic(seed_index, "тыс. рублей")
    assert len(table) == 44 and set(table["match"]) == {"тыс. рублей"}
    assert kwic(seed_index, "рублей тыс.").empty
    tok = analysis.tokens(seed_corpus)
    terms = tok["term"].tolist()
    pairs = sum(1 for a, b in zip(terms[:-1], terms[1:], strict=True) if (a, b) == ("of", "the"))
    assert len(kwic(seed_index, "of the")) == pairs


def test_window_counts_tokens_on_each_side(seed_corpus, seed_index):
    texts = _texts(seed_corpus)
    table = kwic(seed_index, "soviet", window=3)
    for d, s, e, left, right in table[["doc_id", "start", "end", "left", "right"]].itertuples(
            index=False):
        before = tokenize_text(texts[d][:s], None)
        after = tokenize_text(texts[d][e:], None)
        assert len(tokenize_text(left, None)) == min(3, len(before))
        assert len(tokenize_text(right, None)) == min(3, len(after))
        assert "\n" not in left + right
    assert (kwic(seed_index, "soviet", window=0)[["left", "right"]] == "").all().all()


def test_kind_gives_every_mention_of_that_kind(seed_corpus, seed_index):
    m = analysis.numeric_mentions(seed_corpus)
    for kind in ("money", "year"):
        expected = m.loc[m["kind"] == kind, ["doc_id", "start", "end", "surface"]]
        got = kwic(seed_index, kind=kind)
        assert got[["doc_id", "start", "end", "match"]].values.tolist() == expected.values.tolist()
    rub = kwic(seed_index, "ТЫС", kind="money")  # a case-folded substring of the surface
    assert len(rub) == 44 and rub["match"].str.contains("тыс.").all()


def test_regex_and_case(seed_corpus, seed_index):
    exact = kwic(seed_index, "Soviet", regex=True)
    folded = kwic(seed_index, "(?i)soviet", regex=True)
    assert len(folded) >= len(exact) > 0
    assert kwic(seed_index, "x*", regex=True).empty or (
        kwic(seed_index, "x*", regex=True)["match"] != "").all()


def test_a_query_on_the_index_is_fast(seed_index):
    t0 = time.perf_counter()
    for term in ("выборах", "soviet", "және", "the"):
        kwic(seed_index, term)
    assert time.perf_counter() - t0 < 1.0


def test_same_table_with_two_jobs(seed_corpus):
    pd.testing.assert_frame_equal(kwic(seed_corpus, "the", n_jobs=2), kwic(seed_corpus, "the"))


def test_no_match_gives_the_columns(seed_corpus):
    table = kwic(seed_corpus, "zzzzqx")
    assert table.empty and list(table.columns) == KWIC_COLUMNS


def test_index_without_mentions_refuses_kind(seed_corpus):
    index = kwic_index(seed_corpus, mentions=False)
    assert index.mentions is None and len(kwic(index, "soviet"))
    with pytest.raises(ValueError, match="kind: this index was built without mentions"):
        kwic(index, kind="money")


@pytest.mark.parametrize("kwargs, match", [
    ({}, "pattern must be a term"),
    ({"pattern": ""}, "pattern must be a non-empty string"),
    ({"pattern": 5}, "pattern must be a non-empty string"),
    ({"pattern": "(", "regex": True}, "pattern is not a valid regular expression"),
    ({"pattern": "war", "window": -1}, "window must be"),
    ({"kind": "cash"}, "kind must be one of"),
    ({"pattern": "war", "stem": 1}, "stem must be True or False"),
])
def test_errors_name_the_parameter(seed_corpus, kwargs, match):
    with pytest.raises(ValueError, match=match):
        kwic(seed_corpus, **kwargs)
