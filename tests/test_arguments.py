"""Every bad argument named: random objects fed to every public function.

A public function given an object it cannot use must raise ``TypeError`` or
``ValueError`` (``CorpusError`` is one) whose message names the parameter, or
``FileNotFoundError`` naming the missing path; never an ``AttributeError``, a
``KeyError`` or a message from deep inside that names nothing.
"""

from __future__ import annotations

import math
import tempfile
import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis

SETTINGS = dict(max_examples=40, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture])

_SAFE_TEXT = st.text(alphabet=st.characters(blacklist_characters="*?[]/\\.\x00",
                                            blacklist_categories=("Cs",)), max_size=12)
_ATOMS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
                   _SAFE_TEXT, st.binary(max_size=8))
_FRAMES = st.builds(
    lambda cols, vals: pd.DataFrame({c: [v, v] for c, v in zip(cols, vals, strict=False)}),
    st.lists(st.sampled_from(["doc_id", "lang", "text", "term", "count", "passage_id",
                              "start", "x"]), max_size=4, unique=True),
    st.lists(st.one_of(st.none(), st.integers(-3, 3), st.floats(allow_nan=True), _SAFE_TEXT),
             min_size=4, max_size=4))
BAD = st.one_of(_ATOMS, _FRAMES,
                st.lists(_ATOMS, min_size=1, max_size=3),
                st.dictionaries(_SAFE_TEXT, _ATOMS, max_size=2),
                st.builds(lambda xs: pd.Series(xs, dtype=object), st.lists(_ATOMS, max_size=3)),
                st.builds(lambda n: np.zeros((n, 2)), st.integers(0, 3)))

#: (function, name of the argument under test, other arguments)
CALLS = [
    (analysis.load_corpus, "source", {}),
    (analysis.term_frequencies, "corpus", {}),
    (analysis.corpus_summary, "corpus", {}),
    (analysis.tfidf, "corpus", {}),
    (analysis.tfidf_matrix, "corpus", {}),
    (analysis.passages, "corpus", {}),
    (analysis.paragraph_languages, "corpus", {}),
    (analysis.numeric_mentions, "corpus", {}),
    (analysis.tokens, "corpus", {}),
    (analysis.content_terms, "corpus", {}),
    (analysis.compute_tables, "corpus", {}),
    (analysis.fit_topics, "corpus", {"n_topics": 2}),
    (analysis.collocations, "corpus", {}),
    (analysis.kwic_index, "corpus", {}),
    (analysis.keyness, "corpus", {"target": "a"}),
    (analysis.tokenize_text, "text", {}),
    (analysis.extract_mentions, "text", {}),
    (analysis.detect_language, "text", {}),
    (analysis.normalize_text, "text", {}),
    (analysis.stopwords, "lang", {}),
    (analysis.topic_stability, "components", {}),
]

#: words that show a message names what is wrong (the parameter, or its role)
NAMES = {"source": ("source",), "corpus": ("corpus", "source"), "text": ("text",),
         "lang": ("lang",), "components": ("components",)}


def _acceptable(exc: BaseException, name: str, value) -> bool:
    msg = str(exc)
    if isinstance(exc, FileNotFoundError):
        return isinstance(value, str) and value in msg
    if not isinstance(exc, (TypeError, ValueError)):
        return False
    return any(word in msg for word in NAMES[name])


def _is_nan(value) -> bool:
    return isinstance(value, float) and math.isnan(value)


@pytest.mark.parametrize(("func", "name", "kwargs"), CALLS,
                         ids=[f.__name__ for f, _, _ in CALLS])
@settings(**SETTINGS)
@given(value=BAD)
def test_random_objects_raise_documented_errors_that_name_the_parameter(
        func, name, kwargs, value, monkeypatch):
    monkeypatch.chdir(tempfile.mkdtemp())  # an empty folder: a random string is no real path
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            func(value, **kwargs)
    except Exception as exc:  # noqa: BLE001 - the point is to classify every exception
        assert _acceptable(exc, name, value), f"{type(exc).__name__}: {exc}"


def test_fit_topics_lowers_n_topics_to_the_number_of_passages():
    texts = ["Выборы и голосование прошли спокойно. Явка была высокой в городе и области.",
             "The city council voted for the new budget of the museum and the library."] * 2
    corpus = analysis.load_corpus(texts)
    with pytest.warns(UserWarning, match="more than the 2 passages of en"):
        model = analysis.fit_topics(corpus, n_topics=100, min_df=1, random_state=0)
    assert model.n_topics_ == {"en": 2, "ru": 2}
    assert model.topic_terms()["topic"].nunique() == 2


@pytest.mark.parametrize(("call", "error", "match"), [
    (lambda: analysis.tokenize_text(None), TypeError, "text must be str; got NoneType"),
    (lambda: analysis.tokenize_text("x", "xx"), ValueError, "lang: unknown language code 'xx'"),
    (lambda: analysis.tokenize_text("x", 5), TypeError, "lang must be a language code"),
    (lambda: analysis.stopwords("xx"), ValueError, "unknown language code 'xx'"),
    (lambda: analysis.load_corpus(["a b c"], languages={"doc0000": "xx"}), ValueError, "xx"),
    (lambda: analysis.fit_topics(pd.DataFrame({"doc_id": ["a"], "lang": ["xx"],
                                               "passage_id": ["a:0"], "term": ["t"],
                                               "count": [1]}), n_topics=1),
     ValueError, "unknown language code 'xx'"),
    (lambda: analysis.topic_stability(None), TypeError, "components must be a sequence"),
    (lambda: analysis.assign_passages(None, None), TypeError, "tokens_df must be a DataFrame"),
    (lambda: analysis.compute_tables(None), TypeError, "source must be"),
])
def test_named_errors(call, error, match):
    with pytest.raises(error, match=match):
        call()
