"""One vocabulary across the public API: names, defaults, deprecations and corpus input."""

from __future__ import annotations

import inspect
import warnings

import pandas as pd
import pytest

import analysis
from analysis.corpus.reading import CorpusError, as_corpus

TEXTS = {
    "ru": "Выборы прошли в 2024 году. Голосование шло онлайн, выборы были честными.",
    "en": "The elections were held online in 2024 and the turnout was high.",
}
CORPUS = pd.DataFrame({"doc_id": list(TEXTS), "lang": list(TEXTS), "text": list(TEXTS.values())})

#: names the API no longer uses for its parameters (each has one successor)
RETIRED = {"top_k", "n_terms", "group", "candidates", "k"}


def _public_callables():
    for name in analysis.__all__:
        obj = getattr(analysis, name)
        if inspect.isclass(obj) and issubclass(obj, Exception):
            continue
        if inspect.isclass(obj):
            for meth_name, meth in inspect.getmembers(obj, inspect.isfunction):
                if not meth_name.startswith("_"):
                    yield f"{name}.{meth_name}", meth
            yield name, obj
        elif callable(obj):
            yield name, obj


@pytest.mark.parametrize(("name", "func"), list(_public_callables()))
def test_one_name_per_concept_and_progress_keyword_only(name, func):
    params = inspect.signature(func).parameters
    assert not (RETIRED & set(params)) or name in {"choose_n_topics", "TopicModel"}, name
    if "progress" in params:
        p = params["progress"]
        assert p.kind is inspect.Parameter.KEYWORD_ONLY, name
        assert p.default is False, name


def test_term_tables_share_their_vocabulary_by_default():
    tf_terms = set(analysis.term_frequencies(CORPUS)["term"])
    tfidf_terms = set(analysis.tfidf(CORPUS, unit="document", top_n=None)["term"])
    content = set(analysis.content_terms(CORPUS, unit="document", lemmatize=False)["term"])
    assert tf_terms == tfidf_terms == content
    # lemmas on request, the same in every table; the topic models' input uses them
    lemmas = set(analysis.term_frequencies(CORPUS, lemmatize=True)["term"])
    assert lemmas == set(analysis.tfidf(CORPUS, unit="document", top_n=None,
                                        lemmatize=True)["term"])
    assert lemmas == set(analysis.content_terms(CORPUS, unit="document")["term"])
    assert min(len(t) for t in tf_terms) >= 2


@pytest.mark.parametrize(
    ("func", "old", "new", "value"),
    [
        (analysis.term_frequencies, "top_k", "top_n", 2),
        (analysis.tfidf, "top_k", "top_n", 2),
        (analysis.paragraph_languages, "candidates", "languages", ["ru", "en"]),
    ],
)
def test_old_names_warn_and_give_the_same_table(func, old, new, value):
    with pytest.warns(DeprecationWarning, match=f"{old}=.*use {new}="):
        old_table = func(CORPUS, **{old: value})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        new_table = func(CORPUS, **{new: value})
    pd.testing.assert_frame_equal(old_table, new_table)
    with pytest.raises(TypeError, match=f"both {old}="):
        func(CORPUS, **{old: value, new: value})


def test_detect_language_old_name():
    with pytest.warns(DeprecationWarning, match="candidates"):
        assert analysis.detect_language(TEXTS["ru"], candidates=["ru", "kk"])[0] == "ru"


@pytest.mark.parametrize(
    "func",
    [analysis.term_frequencies, analysis.tfidf, analysis.corpus_summary, analysis.passages,
     analysis.numeric_mentions, analysis.tokens, analysis.content_terms],
)
@pytest.mark.parametrize(
    ("bad", "error", "match"),
    [
        (None, TypeError, "corpus must be a corpus DataFrame.*got NoneType"),
        (42, TypeError, "got int"),
        ([b"raw bytes"], TypeError, r"source\[0\].*bytes"),
        ([TEXTS["en"], None], TypeError, r"source\[1\].*NoneType"),
        (pd.DataFrame({"doc_id": ["a", "b"], "lang": ["en", "en"], "text": ["x y", float("nan")]}),
         CorpusError, "text' is missing .None/NaN. for doc_id 'b'"),
        (pd.DataFrame({"doc_id": ["a", "a"], "lang": ["en", "en"], "text": ["x y", "z w"]}),
         CorpusError, "doc_id 'a' occurs more than once"),
        (pd.DataFrame({"doc_id": ["a"], "lang": ["xx"], "text": ["x y"]}),
         CorpusError, "unknown language code 'xx' for doc_id 'a'"),
        (pd.DataFrame({"doc_id": ["a"], "lang": ["en"], "text": [b"x"]}),
         TypeError, "doc_id 'a' has bytes"),
    ],
    ids=["none", "int", "bytes", "none-in-list", "nan-text", "duplicate", "lang-xx", "bytes-text"],
)
def test_every_function_names_the_same_bad_corpus(func, bad, error, match):
    with pytest.raises(error, match=match):
        func(bad)


def test_texts_as_list_series_or_frame_give_the_same_table():
    from_frame = analysis.term_frequencies(CORPUS)
    series = pd.Series(CORPUS["text"].tolist(), index=CORPUS["doc_id"].tolist())
    from_series = analysis.term_frequencies(series)
    pd.testing.assert_frame_equal(from_series, from_frame)
    from_list = analysis.term_frequencies(list(TEXTS.values()))
    assert from_list["count"].tolist() == from_frame["count"].tolist()
    assert set(from_list["doc_id"]) == {"doc0000", "doc0001"}


def test_metadata_columns_are_kept_and_can_be_grouped():
    frame = CORPUS.assign(period=["1990s", "2020s"])
    corpus = analysis.load_corpus(frame)
    assert corpus["period"].tolist() == ["1990s", "2020s"]
    assert list(as_corpus(corpus)["period"]) == ["1990s", "2020s"]
    meta = pd.DataFrame({"doc_id": ["ru"], "period": ["x"]})
    with pytest.raises(CorpusError, match="period"):
        analysis.load_corpus(frame, metadata=meta)


def test_languages_argument_is_checked():
    with pytest.raises(TypeError, match="languages must be None"):
        analysis.load_corpus(list(TEXTS.values()), languages=5)
    with pytest.raises(ValueError, match="unknown"):
        analysis.load_corpus(list(TEXTS.values()), languages={"doc0000": "xx"})
