"""``tfidf(..., variant=...)``: the TF-IDF of scikit-learn, gensim, quanteda and tidytext.

References, on the same counts (the terms of ``term_frequencies``, or of ``count_terms`` on
each passage):

- ``"sklearn"``: ``TfidfVectorizer`` fitted on the units, applied to the documents;
- ``"gensim"``: ``gensim.models.TfidfModel`` (defaults) trained on the units' bags of
  words, applied to the documents' bags;
- ``"quanteda"`` (``dfm_tfidf`` defaults) and ``"tidytext"`` (``bind_tf_idf``): their
  formulas written out here term by term, and hand-computed values on tiny corpora.

Each on the seeds and on a generated corpus, with ``scope="language"`` and ``"corpus"``,
``unit="document"`` and ``"passage"``.
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from gensim.models import TfidfModel
from sklearn.feature_extraction.text import TfidfVectorizer

import analysis
from analysis import tfidf, tfidf_matrix
from analysis.corpus.passages import split_passages
from analysis.pipeline import TfidfSpec
from analysis.text.tokenization import count_terms

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from synthetic import generate_corpus  # noqa: E402

VARIANTS = ["sklearn", "gensim", "quanteda", "tidytext"]
COLUMNS = ["doc_id", "lang", "term", "count", "idf", "tfidf", "rank"]
MIN_LENGTH = 2  # tfidf's default
ATOL = 1e-12


@pytest.fixture(scope="module")
def generated_corpus() -> pd.DataFrame:
    """About 300 kB in four languages, several documents per language."""
    return analysis.load_corpus(generate_corpus(0.3, doc_chars=20_000, random_state=11))


@pytest.fixture(params=["seeds", "generated"])
def corpus(request, seed_corpus, generated_corpus) -> pd.DataFrame:
    return seed_corpus if request.param == "seeds" else generated_corpus


# --------------------------------------------------------------------------- references


def _doc_counts(corpus) -> dict[str, Counter]:
    """Each document's term counts, from ``term_frequencies`` (tfidf's terms)."""
    tf = analysis.term_frequencies(corpus, by="doc_id", top_n=None, min_length=MIN_LENGTH)
    out = {d: Counter() for d in corpus["doc_id"]}
    for d, t, n in zip(tf["doc_id"], tf["term"], tf["count"], strict=True):
        out[d][t] = int(n)
    return out


def _scopes(corpus, scope) -> dict[str, list[str]]:
    """Scope -> its doc_ids, in corpus order."""
    keys = corpus["lang"] if scope == "language" else pd.Series("all", index=corpus.index)
    out: dict[str, list[str]] = {}
    for key, d in zip(keys, corpus["doc_id"], strict=True):
        out.setdefault(str(key), []).append(d)
    return out


def _units(corpus, docs, unit, size) -> dict[str, list[Counter]]:
    """doc_id -> the term counts of its IDF units (the document, or each passage)."""
    if unit == "document":
        return {d: [c] for d, c in docs.items()}
    out = {}
    for d, lang, text in zip(corpus["doc_id"], corpus["lang"], corpus["text"], strict=True):
        out[d] = [count_terms(text[s:e], lang, min_length=MIN_LENGTH)
                  for s, e, _ in split_passages(text, size=size)]
    return out


def _reference(corpus, variant, *, unit="document", scope="language", size=200):
    """(doc_id, term) -> (count, idf, weight) by the tool itself or by its formula."""
    docs = _doc_counts(corpus)
    units_of = _units(corpus, docs, unit, size)
    out = {}
    for members in _scopes(corpus, scope).values():
        units = [u for d in members for u in units_of[d]]
        n = len(units)
        df = Counter(t for u in units for t in u)
        if variant == "sklearn":
            vec = TfidfVectorizer(analyzer=lambda c: list(c.elements()))
            vec.fit(units)
            col = {t: j for j, t in enumerate(vec.get_feature_names_out())}
            X = vec.transform([docs[d] for d in members]).toarray()
            for i, d in enumerate(members):
                for t, c in docs[d].items():
                    out[(d, t)] = (c, vec.idf_[col[t]], X[i, col[t]])
        elif variant == "gensim":
            ids = {t: j for j, t in enumerate(sorted(df))}
            model = TfidfModel([sorted((ids[t], c) for t, c in u.items()) for u in units])
            for d in members:
                w = dict(model[sorted((ids[t], c) for t, c in docs[d].items())])
                for t, c in docs[d].items():
                    # gensim leaves out weights below 1e-12 (terms found in every unit)
                    out[(d, t)] = (c, model.idfs[ids[t]], w.get(ids[t], 0.0))
        elif variant == "quanteda":
            # dfm_tfidf(scheme_tf = "count", scheme_df = "inverse", base = 10):
            # docfreq = log(ndoc / df, base = 10); weight = count * docfreq; no normalisation
            for d in members:
                for t, c in docs[d].items():
                    idf = math.log10(n / df[t])
                    out[(d, t)] = (c, idf, c * idf)
        elif variant == "tidytext":
            # bind_tf_idf: tf = n / total of the document; idf = log(N / df); tf_idf = tf * idf
            for d in members:
                total = sum(docs[d].values())
                for t, c in docs[d].items():
                    idf = math.log(n / df[t])
                    out[(d, t)] = (c, idf, c / total * idf)
    return out


def _as_dict(table):
    return {(d, t): (c, i, w) for d, t, c, i, w in
            table[["doc_id", "term", "count", "idf", "tfidf"]].itertuples(index=False)}


def _assert_matches(table, ref):
    got = _as_dict(table)
    assert sorted(got) == sorted(ref)
    keys = sorted(ref)
    assert [got[k][0] for k in keys] == [ref[k][0] for k in keys]
    np.testing.assert_allclose([got[k][1] for k in keys], [ref[k][1] for k in keys],
                               rtol=0, atol=ATOL)
    np.testing.assert_allclose([got[k][2] for k in keys], [ref[k][2] for k in keys],
                               rtol=0, atol=ATOL)


# --------------------------------------------------------------------------- the tools


@pytest.mark.parametrize("scope", ["language", "corpus"])
@pytest.mark.parametrize("variant", VARIANTS)
def test_document_unit_equals_the_tool(corpus, variant, scope):
    table = tfidf(corpus, unit="document", scope=scope, variant=variant, top_n=None)
    _assert_matches(table, _reference(corpus, variant, unit="document", scope=scope))


@pytest.mark.parametrize("scope", ["language", "corpus"])
@pytest.mark.parametrize("variant", VARIANTS)
def test_passage_unit_fits_the_idf_on_passages(corpus, variant, scope):
    table = tfidf(corpus, unit="passage", scope=scope, variant=variant, top_n=None)
    _assert_matches(table, _reference(corpus, variant, unit="passage", scope=scope))


@pytest.mark.parametrize("variant", ["gensim", "tidytext"])
def test_passage_size_and_several_workers(generated_corpus, variant):
    table = tfidf(generated_corpus, unit="passage", size=60, variant=variant, top_n=None,
                  n_jobs=2)
    _assert_matches(table, _reference(generated_corpus, variant, unit="passage", size=60))
    pd.testing.assert_frame_equal(
        table, tfidf(generated_corpus, unit="passage", size=60, variant=variant, top_n=None))


@pytest.mark.parametrize("unit", ["document", "passage"])
@pytest.mark.parametrize("variant", VARIANTS)
def test_matrix_equals_table(corpus, variant, unit):
    res = tfidf_matrix(corpus, unit=unit, variant=variant)
    table = tfidf(corpus, unit=unit, variant=variant, top_n=None)
    assert res.params["variant"] == variant
    assert len(table) == res.counts.nnz
    vocab = res.vocabulary
    col = {(s, t): j for j, (s, t) in enumerate(zip(vocab["scope"], vocab["term"], strict=True))}
    row = {d: i for i, d in enumerate(res.index["doc_id"])}
    i = np.array([row[d] for d in table["doc_id"]])
    j = np.array([col[(lg, t)] for lg, t in zip(table["lang"], table["term"], strict=True)])
    np.testing.assert_allclose(np.asarray(res.matrix[i, j]).ravel(), table["tfidf"],
                               rtol=0, atol=1e-15)
    np.testing.assert_allclose(vocab["idf"].to_numpy()[j], table["idf"], rtol=0, atol=0)
    assert (np.asarray(res.counts[i, j]).ravel() == table["count"]).all()


# --------------------------------------------------------------------------- by hand


HAND = pd.DataFrame(
    {
        "doc_id": ["a", "b"],
        "lang": ["en", "en"],
        "text": ["War, the city; war and war.", "The city plant, the plant."],
    }
)
# a: war 3, city 1 (total 4); b: city 1, plant 2 (total 3); n = 2 documents;
# df: war 1, plant 1, city 2


def _weights(table):
    return {(d, t): w for d, t, w in table[["doc_id", "term", "tfidf"]].itertuples(index=False)}


def _idfs(table):
    return dict(zip(table["term"], table["idf"], strict=False))


def test_hand_computed_quanteda():
    table = tfidf(HAND, unit="document", variant="quanteda")
    l2 = math.log10(2)  # 0.3010299956639812
    assert _idfs(table) == pytest.approx({"war": l2, "plant": l2, "city": 0.0}, abs=ATOL)
    assert _weights(table) == pytest.approx(
        {("a", "war"): 3 * l2, ("a", "city"): 0.0, ("b", "plant"): 2 * l2, ("b", "city"): 0.0},
        abs=ATOL)
    # on paper: 3 * 0.30103 = 0.90309; 2 * 0.30103 = 0.60206
    assert table["tfidf"].tolist()[::2] == pytest.approx([0.90309, 0.60206], abs=1e-5)


def test_hand_computed_tidytext():
    table = tfidf(HAND, unit="document", variant="tidytext")
    ln2 = math.log(2)
    assert _idfs(table) == pytest.approx({"war": ln2, "plant": ln2, "city": 0.0}, abs=ATOL)
    assert _weights(table) == pytest.approx(
        {("a", "war"): 3 / 4 * ln2, ("a", "city"): 0.0, ("b", "plant"): 2 / 3 * ln2,
         ("b", "city"): 0.0}, abs=ATOL)
    # on paper: 0.75 * 0.693147 = 0.519860; 0.666667 * 0.693147 = 0.462098
    assert table["tfidf"].tolist()[::2] == pytest.approx([0.519860, 0.462098], abs=1e-6)
    # count stays the raw count; tf = count / total is not a column
    assert table["count"].tolist() == [3, 1, 2, 1]


def test_hand_computed_gensim():
    table = tfidf(HAND, unit="document", variant="gensim")
    # log2(2/1) = 1, log2(2/2) = 0: a = (war 3, city 0) -> (1, 0) after the l2 norm
    assert _idfs(table) == pytest.approx({"war": 1.0, "plant": 1.0, "city": 0.0}, abs=ATOL)
    assert _weights(table) == pytest.approx(
        {("a", "war"): 1.0, ("a", "city"): 0.0, ("b", "plant"): 1.0, ("b", "city"): 0.0},
        abs=ATOL)


PASSAGES = pd.DataFrame(
    {
        "doc_id": ["a", "b"],
        "lang": ["en", "en"],
        "text": ["War city war.\nWar plant.\nCity city river.", "Plant tower plant."],
    }
)
# size=3: a's passages are its three lines, b is one passage: n = 4 passages.
# df: war 2 (a1, a2), city 2 (a1, a3), plant 2 (a2, b), river 1 (a3), tower 1 (b)
# document counts: a = war 3, city 3, plant 1, river 1 (total 8); b = plant 2, tower 1 (total 3)


@pytest.mark.parametrize("scope", ["language", "corpus"])
def test_hand_computed_passage_unit(scope):
    assert tfidf_matrix(PASSAGES, unit="passage", size=3, scope=scope).n_units in (
        {"en": 4}, {"all": 4})

    def run(variant):
        return _weights(tfidf(PASSAGES, unit="passage", size=3, scope=scope, variant=variant))

    q2, q4 = math.log10(2), math.log10(4)
    assert run("quanteda") == pytest.approx({
        ("a", "war"): 3 * q2, ("a", "city"): 3 * q2, ("a", "plant"): q2, ("a", "river"): q4,
        ("b", "plant"): 2 * q2, ("b", "tower"): q4}, abs=ATOL)
    n2, n4 = math.log(2), math.log(4)
    assert run("tidytext") == pytest.approx({
        ("a", "war"): 3 / 8 * n2, ("a", "city"): 3 / 8 * n2, ("a", "plant"): 1 / 8 * n2,
        ("a", "river"): 1 / 8 * n4, ("b", "plant"): 2 / 3 * n2, ("b", "tower"): 1 / 3 * n4},
        abs=ATOL)
    # gensim: log2 idf 1 (df 2) or 2 (df 1); a = (3, 3, 1, 2) / sqrt(23), b = (2, 2) / sqrt(8)
    r23, r8 = math.sqrt(23), math.sqrt(8)
    assert run("gensim") == pytest.approx({
        ("a", "war"): 3 / r23, ("a", "city"): 3 / r23, ("a", "plant"): 1 / r23,
        ("a", "river"): 2 / r23, ("b", "plant"): 2 / r8, ("b", "tower"): 2 / r8}, abs=ATOL)
    # sklearn: ln((1 + 4) / (1 + df)) + 1, then the l2 norm
    s2, s1 = math.log(5 / 3) + 1, math.log(5 / 2) + 1
    na = math.sqrt(9 * s2**2 + 9 * s2**2 + s2**2 + s1**2)
    nb = math.hypot(2 * s2, s1)
    assert run("sklearn") == pytest.approx({
        ("a", "war"): 3 * s2 / na, ("a", "city"): 3 * s2 / na, ("a", "plant"): s2 / na,
        ("a", "river"): s1 / na, ("b", "plant"): 2 * s2 / nb, ("b", "tower"): s1 / nb},
        abs=ATOL)


# --------------------------------------------------------------------------- the table


@pytest.mark.parametrize("variant", VARIANTS)
def test_columns_dtypes_and_top_n(seed_corpus, variant):
    full = tfidf(seed_corpus, variant=variant, top_n=None)
    assert list(full.columns) == COLUMNS
    assert full["count"].dtype == "int64" and full["rank"].dtype == "int64"
    assert full["idf"].dtype == "float64" and full["tfidf"].dtype == "float64"
    assert isinstance(full.index, pd.RangeIndex)
    # top_n only cuts rows: tidytext's total is the whole document's
    top = tfidf(seed_corpus, variant=variant, top_n=5)
    pd.testing.assert_frame_equal(top, full[full["rank"] <= 5].reset_index(drop=True))
    for _, sub in full.groupby("doc_id", sort=False):
        assert sub["rank"].tolist() == list(range(1, len(sub) + 1))
        keys = list(zip(-sub["tfidf"].to_numpy(), sub["term"], strict=True))
        assert keys == sorted(keys)
    assert full["doc_id"].drop_duplicates().tolist() == seed_corpus["doc_id"].tolist()


def test_default_variant_is_sklearn(seed_corpus):
    pd.testing.assert_frame_equal(tfidf(seed_corpus), tfidf(seed_corpus, variant="sklearn"),
                                  check_exact=True)
    assert tfidf_matrix(seed_corpus).params["variant"] == "sklearn"
    # compute_tables and the CLI build the default spec
    assert TfidfSpec().variant == "sklearn"


@pytest.mark.parametrize("variant", ["gensim", "quanteda", "tidytext"])
def test_terms_in_every_unit_weigh_zero_and_rank_last(seed_corpus, variant):
    # one document per language (en, id, kk): n = df = 1 for every term, idf 0
    table = tfidf(seed_corpus, unit="document", variant=variant, top_n=None)
    single = table[table["lang"].isin(["en", "id", "kk"])]
    assert len(single) and (single["idf"] == 0).all() and (single["tfidf"] == 0).all()
    # in Russian (two documents) the shared terms weigh 0 and come after the others
    ru = table[table["doc_id"] == "003_1782b29beae0b501"]
    zero = ru["tfidf"].to_numpy() == 0
    assert zero.any() and not zero.all()
    assert zero.tolist() == sorted(zero.tolist())
    assert (ru.loc[zero, "idf"] == 0).all()


def test_log_variants_rank_a_document_alike(generated_corpus):
    # gensim, quanteda, tidytext: count * ln(n / df) times a factor per document
    tables = {v: tfidf(generated_corpus, variant=v, top_n=None).set_index(["doc_id", "term"])
              for v in ["gensim", "quanteda", "tidytext"]}
    base = tables["quanteda"]["tfidf"]
    for v in ["gensim", "tidytext"]:
        w = tables[v]["tfidf"].loc[base.index]
        nonzero = base > 0
        assert ((w > 0) == nonzero).all()
        ratio = (w[nonzero] / base[nonzero]).groupby(level="doc_id")
        np.testing.assert_allclose(ratio.max(), ratio.min(), rtol=1e-12, atol=0)


# --------------------------------------------------------------------------- options


@pytest.mark.parametrize("variant", ["gensim", "quanteda", "tidytext"])
@pytest.mark.parametrize(
    ("kwargs", "names"),
    [
        ({"norm": None}, ["norm=None"]),
        ({"norm": "l1"}, ["norm='l1'"]),
        ({"smooth_idf": False}, ["smooth_idf=False"]),
        ({"sublinear_tf": True, "norm": "l1"}, ["sublinear_tf=True", "norm='l1'"]),
    ],
)
def test_sklearn_options_with_another_variant_raise(variant, kwargs, names):
    for func in (tfidf, tfidf_matrix):
        with pytest.raises(ValueError, match="only to variant='sklearn'") as err:
            func(HAND, variant=variant, **kwargs)
        assert all(name in str(err.value) for name in names)
        assert variant in str(err.value)


@pytest.mark.parametrize("variant", ["gensim", "quanteda", "tidytext"])
def test_sklearn_defaults_are_accepted_and_ignored(variant):
    explicit = tfidf(HAND, variant=variant, smooth_idf=True, sublinear_tf=False, norm="l2")
    pd.testing.assert_frame_equal(explicit, tfidf(HAND, variant=variant), check_exact=True)


@pytest.mark.parametrize("bad", ["scikit-learn", "Gensim", "R", None, 1])
def test_unknown_variant_names_the_parameter(bad):
    for func in (tfidf, tfidf_matrix):
        with pytest.raises(ValueError, match="variant must be one of"):
            func(HAND, variant=bad)

