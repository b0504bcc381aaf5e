"""Keyness: G², χ² and Benjamini–Hochberg against hand counts and scipy; the corpus table."""

from __future__ import annotations

import math
import warnings
from collections import Counter

import numpy as np
import pandas as pd
import pytest
from scipy.stats import chi2_contingency, false_discovery_control, power_divergence

import analysis
from analysis.pipeline.compare import keyness as _keyness
from analysis.terms.keyness import (
    benjamini_hochberg,
    chi_square,
    keyness_table,
    log_likelihood,
    log_ratio,
)
from analysis.text.lemmas import lemma

RU1, RU2 = "003_1782b29beae0b501", "004_bf79698a0960a996"


def keyness(*args, **kwargs):
    """Keyness of word forms, whose counts the hand computations here can read off the
    texts (lemmas, the default: test_keyness_compares_lemmas)."""
    if not kwargs.get("stem"):
        kwargs.setdefault("lemmatize", False)
    return _keyness(*args, **kwargs)


def test_g2_and_chi2_by_hand_on_a_2x2_table():
    # term: 10 of 100 target terms, 5 of 200 reference terms
    # expected: R1 = 15, R2 = 285, N = 300 -> E = 5, 10, 95, 190
    g2 = 2 * (10 * math.log(10 / 5) + 5 * math.log(5 / 10) + 90 * math.log(90 / 95)
              + 195 * math.log(195 / 190))
    chi2 = 300 * (10 * 195 - 5 * 90) ** 2 / (15 * 285 * 100 * 200)
    yates = 300 * (abs(10 * 195 - 5 * 90) - 150) ** 2 / (15 * 285 * 100 * 200)
    assert g2 == pytest.approx(7.329811674221491, rel=1e-12)
    assert chi2 == pytest.approx(7.894736842105263, rel=1e-12)
    assert log_likelihood([10], [5], 100, 200)[0] == pytest.approx(g2, rel=1e-12)
    assert chi_square([10], [5], 100, 200)[0] == pytest.approx(chi2, rel=1e-12)
    assert chi_square([10], [5], 100, 200, yates=True)[0] == pytest.approx(yates, rel=1e-12)
    table = np.array([[10, 5], [90, 195]])
    assert chi2_contingency(table, correction=False)[0] == pytest.approx(chi2, rel=1e-12)
    assert chi2_contingency(table, correction=True)[0] == pytest.approx(yates, rel=1e-12)
    expected = chi2_contingency(table)[3]
    pd_ = power_divergence(table.ravel(), expected.ravel(), ddof=2, lambda_="log-likelihood")
    assert pd_.statistic == pytest.approx(g2, rel=1e-12)


@pytest.mark.parametrize("seed", range(5))
def test_statistics_equal_scipy_on_random_tables(seed):
    rs = np.random.RandomState(seed)
    n_t, n_r = rs.randint(50, 5000, size=2)
    a = rs.randint(0, 40, size=30)
    b = rs.randint(0, 40, size=30)
    a[0], b[1] = 0, 0  # zero cells: 0 ln 0 = 0
    g2 = log_likelihood(a, b, n_t, n_r)
    chi = chi_square(a, b, n_t, n_r)
    chi_y = chi_square(a, b, n_t, n_r, yates=True)
    for i in range(len(a)):
        table = np.array([[a[i], b[i]], [n_t - a[i], n_r - b[i]]])
        s, p, dof, exp = chi2_contingency(table, correction=False, lambda_="log-likelihood")
        assert dof == 1 and g2[i] == pytest.approx(s, rel=1e-9, abs=1e-12)
        pdv = power_divergence(table.ravel(), exp.ravel(), ddof=2, lambda_="log-likelihood")
        assert g2[i] == pytest.approx(pdv.statistic, rel=1e-9, abs=1e-12)
        assert chi[i] == pytest.approx(chi2_contingency(table, correction=False)[0],
                                       rel=1e-9, abs=1e-12)
        assert chi_y[i] == pytest.approx(chi2_contingency(table, correction=True)[0],
                                         rel=1e-9, abs=1e-12)


@pytest.mark.parametrize("seed", range(5))
def test_benjamini_hochberg_equals_scipy(seed):
    p = np.random.RandomState(seed).uniform(size=200) ** 3
    p[:5] = p[5]  # ties
    np.testing.assert_allclose(benjamini_hochberg(p), false_discovery_control(p, method="bh"),
                               rtol=1e-12, atol=0)
    assert benjamini_hochberg([]).shape == (0,)


def test_log_ratio_uses_half_a_count_for_zeros():
    lr = log_ratio([8, 0, 4], [2, 4, 0], 100, 100)
    np.testing.assert_allclose(lr, [2.0, math.log2(0.5 / 4), math.log2(4 / 0.5)])


def test_keyness_table_p_values_and_ranks():
    t = Counter({"war": 30, "city": 10, "plant": 5, "rare": 1})
    r = Counter({"war": 5, "city": 40, "plant": 5, "field": 20})
    tab = keyness_table(t, r, min_count=3)
    assert "rare" not in set(tab["term"])  # 1 + 0 < min_count
    g2 = log_likelihood(tab["target_count"], tab["reference_count"], 46, 70)
    np.testing.assert_allclose(tab["g2"], g2)
    from scipy.stats import chi2

    np.testing.assert_allclose(tab["p_value"], chi2.sf(g2, 1))
    np.testing.assert_allclose(tab["p_adjusted"], false_discovery_control(tab["p_value"]))
    assert tab["g2"].is_monotonic_decreasing and tab["rank"].tolist() == [1, 2, 3, 4]
    assert (tab["direction"] == np.where(tab["log_ratio"] > 0, "over", "under")).all()
    np.testing.assert_allclose(tab["target_per_million"], tab["target_count"] / 46 * 1e6)
    lr = keyness_table(t, r, measure="log_ratio", correction=None)
    assert list(lr.columns)[5] == "g2" and (lr["p_adjusted"] == lr["p_value"]).all()
    assert np.abs(lr["log_ratio"]).is_monotonic_decreasing
    chi = keyness_table(t, r, measure="chi2")
    assert "chi2" in chi.columns and chi["chi2"].is_monotonic_decreasing


def test_keyness_between_the_two_russian_seeds(seed_corpus):
    k = keyness(seed_corpus, target=RU1)
    assert list(k.columns) == ["lang", "term", "target_count", "reference_count",
                               "target_per_million", "reference_per_million", "g2", "p_value",
                               "p_adjusted", "log_ratio", "direction", "rank"]
    assert isinstance(k.index, pd.RangeIndex) and set(k["lang"]) == {"ru"}
    tf = analysis.term_frequencies(seed_corpus)
    c1 = dict(tf.loc[tf["doc_id"] == RU1, ["term", "count"]].values)
    c2 = dict(tf.loc[tf["doc_id"] == RU2, ["term", "count"]].values)
    row = k.set_index("term").loc["голосования"]
    assert row["target_count"] == c1["голосования"] and row["direction"] == "over"
    assert row["reference_count"] == c2.get("голосования", 0)
    assert row["target_per_million"] == pytest.approx(c1["голосования"] / sum(c1.values()) * 1e6)
    assert (k["target_count"] + k["reference_count"] >= 3).all()
    assert k["rank"].tolist() == list(range(1, len(k) + 1))
    # reference=None is the rest of the language: here the other Russian document
    pd.testing.assert_frame_equal(k, keyness(seed_corpus, target=RU1, reference=RU2))
    # swapping the sides mirrors the table
    back = keyness(seed_corpus, target=RU2).set_index("term")
    assert back.loc["голосования", "direction"] == "under"
    assert back.loc["голосования", "g2"] == pytest.approx(row["g2"])


def test_four_languages_by_language_and_corpus_scope(seed_corpus):
    by_lang = keyness(seed_corpus, target="ru", by="lang", scope="corpus", min_count=1)
    assert "lang" not in by_lang.columns
    tl = analysis.term_frequencies(seed_corpus, by="lang")
    ru = dict(tl.loc[tl["lang"] == "ru", ["term", "count"]].values)
    rest = tl[tl["lang"] != "ru"].groupby("term")["count"].sum()
    t = by_lang.set_index("term")
    assert t.loc["голосования", "target_count"] == ru["голосования"]
    assert t["target_count"].sum() == sum(ru.values())
    assert t["reference_count"].sum() == rest.sum()
    # within languages: each document against the other documents of its language
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        one = keyness(seed_corpus, target=["000_5cb650a5a9519fe6", RU1])
    assert set(one["lang"]) == {"ru"}  # Indonesian has no reference document
    assert any("'id'" in str(w.message) for w in caught)


def test_metadata_grouping(seed_corpus):
    frame = seed_corpus[["doc_id", "lang", "text"]].assign(
        period=["1980s", "1920s", "1990s", "2020s", "2010s"])
    corpus = analysis.load_corpus(frame)
    assert "period" in corpus.columns
    k = keyness(corpus, target=["2020s"], reference="2010s", by="period")
    pd.testing.assert_frame_equal(k, keyness(seed_corpus, target=RU1, reference=RU2))
    all_ = keyness(corpus, target=["1980s", "1920s", "1990s"], by="period", scope="corpus",
                   min_count=1)
    assert all_["target_count"].sum() == analysis.term_frequencies(
        seed_corpus[seed_corpus["lang"] != "ru"])["count"].sum()


def test_numeric_mentions_as_terms(seed_corpus):
    k = keyness(seed_corpus, target=RU1, include_mentions=("year",), min_count=1)
    years = k[k["term"].str.startswith("year:")]
    assert len(years) and years["term"].str.fullmatch(r"year:\d{3,4}").all()
    m = analysis.numeric_mentions(seed_corpus)
    m = m[(m["kind"] == "year") & (m["lang"] == "ru")]
    expected = Counter(f"year:{v:.15g}" for v in m.loc[m["doc_id"] == RU1, "value"])
    got = dict(years[["term", "target_count"]].values)
    assert {t: n for t, n in got.items() if n} == dict(expected)


def test_same_table_with_two_jobs(seed_corpus):
    pd.testing.assert_frame_equal(keyness(seed_corpus, target=RU1, n_jobs=2),
                                  keyness(seed_corpus, target=RU1))


def test_chi2_measure_and_yates(seed_corpus):
    plain = keyness(seed_corpus, target=RU1, measure="chi2")
    yates = keyness(seed_corpus, target=RU1, measure="chi2", yates=True)
    assert "chi2" in plain.columns and "g2" not in plain.columns
    p, y = plain.set_index("term")["chi2"], yates.set_index("term")["chi2"]
    assert (y <= p.loc[y.index] + 1e-12).all()


@pytest.mark.parametrize("kwargs, match", [
    ({"target": "nope"}, "target: 'nope' is not a value of column 'doc_id'"),
    ({"target": RU1, "by": "period"}, "by must be"),
    ({"target": RU1, "reference": RU1}, "reference: .* is also in target"),
    ({"target": RU1, "measure": "pmi"}, "measure must be one of"),
    ({"target": RU1, "correction": "bonferroni"}, "correction must be one of"),
    ({"target": RU1, "min_count": 0}, "min_count must be"),
    ({"target": RU1, "scope": "world"}, "scope must be one of"),
    ({"target": RU1, "include_mentions": ("years",)}, "include_mentions must be one of"),
    ({"target": []}, "target must name at least one value"),
])
def test_errors_name_the_parameter(seed_corpus, kwargs, match):
    with pytest.raises(ValueError, match=match):
        keyness(seed_corpus, **kwargs)


def test_no_comparison_gives_an_empty_table_with_its_columns():
    corpus = pd.DataFrame({"doc_id": ["a"], "lang": ["en"], "text": ["war war city"]})
    with pytest.warns(UserWarning, match="no reference"):
        k = keyness(corpus, target="a")
    assert len(k) == 0 and list(k.columns)[:2] == ["lang", "term"]


@pytest.mark.parametrize("seed", range(3))
def test_keyness_arrays_equal_keyness_table(seed):
    rs = np.random.RandomState(seed)
    vocab = [f"w{i}" for i in rs.permutation(300)]  # not in codepoint order
    a = rs.poisson(2, size=300) * (rs.uniform(size=300) < 0.7)
    b = rs.poisson(3, size=300) * (rs.uniform(size=300) < 0.7)
    t = Counter({w: int(n) for w, n in zip(vocab, a, strict=True) if n})
    r = Counter({w: int(n) for w, n in zip(vocab, b, strict=True) if n})
    from analysis.terms.keyness import keyness_arrays

    for kwargs in ({}, {"measure": "chi2", "yates": True}, {"measure": "log_ratio",
                                                             "correction": None}):
        pd.testing.assert_frame_equal(
            keyness_arrays(np.array(vocab, dtype=object), a, b, **kwargs),
            keyness_table(t, r, **kwargs))


def test_counts_equal_count_terms_paragraph_by_paragraph():
    """The worker's chunk maps give exactly the counts of count_terms, span languages,
    stems, stopwords, Roman numerals and punctuation included."""
    from analysis.text.tokenization import count_terms

    kk = ("Ауыл шаруашылығы өнімдерінің көлемі «өсті», XIV ғасырда (өсті) 1937 жылы.\n"
          "Объем продукции сельского хозяйства вырос по всем показателям, Ёлка ёлка.\n"
          "Қазақстан Республикасының Конституциясы, 12,5 % және т.б. өсті!")
    en = "The plant, the PLANT; (plant) «plant» XIV. Xi O’Brien o'brien well-known 1990-х."
    corpus = pd.DataFrame({"doc_id": ["a", "b", "c"], "lang": ["kk", "en", "en"],
                           "text": [kk, en, "plant city harvest"]})
    for stem, stop, min_length in ((False, True, 2), (True, False, 1), (True, True, 3)):
        k = keyness(corpus, target=["a", "b"], reference=["c"], scope="corpus", min_count=1,
                    stem=stem, remove_stopwords=stop, min_length=min_length)
        expected = count_terms(kk, "kk", stem=stem, remove_stopwords=stop,
                               min_length=min_length)
        expected.update(count_terms(en, "en", stem=stem, remove_stopwords=stop,
                                    min_length=min_length))
        got = {t: n for t, n in zip(k["term"], k["target_count"], strict=True) if n}
        assert got == dict(expected)


def test_word_chunk_map_equals_chunk_map():
    from analysis.pipeline.compare_batches import _WordChunkMap
    from analysis.text.counting import ChunkMap, Vocabulary

    chunks = ["Выборы", "выборы,", "«Выборы»", "(выборы).", "ёлка", "Ёлка!", "XIV", "XIV,",
              "(XIV)", "Xi", "ХХ", "I", "и", "и,", "www.", "http://a.b", "12,5", "1937.",
              "%", "—", "well-known", "O’Brien,", "о'кей", "a…", "т.б.", "1990-х", "й", "́",
              "e\u0301", "ab\u0301c,", "'word'", "-word-", "[47,3].", "етілді.[47,3].",
              "the", "The", "THE.", "dan", "yang,"]
    for lang in ("ru", "en", "kk", "id", None):
        for options in ((True, False, 2), (False, True, 1), (True, True, 3)):
            v1, v2 = Vocabulary(), Vocabulary()
            kw = dict(remove_stopwords=options[0], stem=options[1], min_length=options[2])
            base, fast = ChunkMap(v1, lang, **kw), _WordChunkMap(v2, lang, **kw)
            for chunk in chunks + chunks:
                x, y = base[chunk], fast[chunk]
                tx = () if x == -1 else (v1.terms[x],) if x >= 0 else tuple(
                    v1.terms[i] for i in base.multi[-x - 2])
                ty = () if y == -1 else (v2.terms[y],) if y >= 0 else tuple(
                    v2.terms[i] for i in fast.multi[-y - 2])
                assert tx == ty, (lang, options, chunk)


def test_keyness_compares_lemmas(seed_corpus):
    ru1, ru2 = sorted(seed_corpus.loc[seed_corpus["lang"] == "ru", "doc_id"])
    k = _keyness(seed_corpus, target=ru1, min_count=1).set_index("term")  # lemmas by default
    lemmas = analysis.term_frequencies(seed_corpus, lemmatize=True, top_n=None)
    mine = lemmas[lemmas["doc_id"] == ru1].set_index("term")["count"]
    assert "голосование" in k.index and "голосования" not in k.index
    assert (k.loc[mine.index, "target_count"] == mine).all()
    with pytest.raises(ValueError, match="alternatives"):
        _keyness(seed_corpus, target=ru1, stem=True, lemmatize=True)
    stems = _keyness(seed_corpus, target=ru1, min_count=1, stem=True)  # stems, no lemmas
    assert stems["term"].isin(analysis.term_frequencies(seed_corpus, stem=True,
                                                        top_n=None)["term"]).all()


def test_kwic_finds_every_form_of_a_lemma_keyword(seed_corpus):
    """The top lemma keyword of each Russian seed is found in each of its written forms."""
    ru1 = sorted(seed_corpus.loc[seed_corpus["lang"] == "ru", "doc_id"])[0]
    top = _keyness(seed_corpus, target=ru1).query("direction == 'over'")
    term, count = top.iloc[0][["term", "target_count"]]
    doc = seed_corpus[seed_corpus["doc_id"] == ru1]
    hits = analysis.kwic(doc, term, lemmatize=True, window=0)
    assert len(hits) == count
    assert hits["match"].str.lower().map(lambda w: lemma(w.replace("ё", "е"), "ru")).eq(
        term).all()
