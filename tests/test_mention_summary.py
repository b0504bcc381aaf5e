"""Hand-computed checks of analysis.mentions.summary, plus a smoke test on the seeds."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from scipy.stats import chisquare

from analysis import numeric_mentions
from analysis.mentions import summary as ms

# --------------------------------------------------------------------------- fixtures

# Word tokens per document, given directly (corpus_summary(by="doc_id") form).
SIZES = pd.DataFrame({"doc_id": ["a", "b", "c"], "lang": ["en", "ru", "kk"],
                      "n_tokens": [200, 100, 50]})

_COLS = ["doc_id", "lang", "start", "end", "surface", "value", "kind", "unit", "scale",
         "range_end"]


def _m(doc, lang, start, surface, value, kind, unit=None, range_end=math.nan):
    return (doc, lang, start, start + len(surface), surface, float(value), kind, unit, math.nan,
            float(range_end))


# A hand-made mention table (offsets are not used by the count/year/Benford functions).
MENTIONS = pd.DataFrame([
    _m("a", "en", 0, "1943", 1943, "year"),
    _m("a", "en", 10, "1945", 1945, "year"),
    _m("a", "en", 20, "1941–1943", 1941, "range", range_end=1943),
    _m("a", "en", 40, "18–24 years", 18, "range", unit="year", range_end=24),
    _m("a", "en", 60, "320", 320, "count"),
    _m("a", "en", 70, "5 million roubles", 5e6, "money", unit="RUB"),
    _m("a", "en", 90, "40%", 40, "percent", unit="%"),
    _m("a", "en", 100, "2013", 2013, "reference"),
    _m("b", "ru", 0, "30 декабря 2016", 2016, "date"),
    _m("b", "ru", 20, "12 марта", math.nan, "date"),
    _m("b", "ru", 30, "22427,3 тыс. рублей", 22427300, "money", unit="RUB"),
    _m("b", "ru", 60, "2014 - 2014", 2014, "range", range_end=2014),
], columns=_COLS)


# --------------------------------------------------------------------------- counts, density


def test_kind_counts_by_document_by_hand():
    k = ms.kind_counts(MENTIONS, SIZES, by="doc_id")
    assert list(k.columns) == ["doc_id", "lang", "kind", "count", "share", "per_1k", "rank"]
    a = k[k["doc_id"] == "a"].set_index("kind")
    # doc a: 8 mentions, 200 word tokens
    assert a.loc["year", "count"] == 2 and a.loc["range", "count"] == 2
    assert a.loc["year", "share"] == pytest.approx(2 / 8)
    assert a.loc["year", "per_1k"] == pytest.approx(1000 * 2 / 200)  # 10.0
    assert a.loc["money", "per_1k"] == pytest.approx(5.0)
    # rank: count desc, ties in codepoint order of the kind
    assert a.sort_values("rank").index.tolist() == [
        "range", "year", "count", "money", "percent", "reference"]
    b = k[k["doc_id"] == "b"].set_index("kind")
    assert b.loc["date", "count"] == 2 and b.loc["date", "per_1k"] == pytest.approx(20.0)
    assert "c" not in set(k["doc_id"])  # zero counts are not stored
    assert k.groupby("doc_id")["share"].sum().tolist() == pytest.approx([1.0, 1.0])


def test_kind_counts_by_language_and_corpus():
    k = ms.kind_counts(MENTIONS, SIZES, by="lang")
    assert list(k.columns[:2]) == ["lang", "kind"]
    assert k.groupby("lang")["share"].sum().tolist() == pytest.approx([1.0, 1.0])
    pooled = ms.kind_counts(MENTIONS, SIZES, by=None).set_index("kind")
    # 12 mentions over 350 tokens; money: a 1 + b 1
    assert pooled.loc["money", "count"] == 2
    assert pooled.loc["money", "per_1k"] == pytest.approx(1000 * 2 / 350)
    assert pooled["share"].sum() == pytest.approx(1.0)


def test_mention_density_includes_groups_without_mentions():
    d = ms.mention_density(MENTIONS, SIZES, by="doc_id")
    assert d.to_dict("list") == {
        "doc_id": ["a", "b", "c"], "lang": ["en", "ru", "kk"], "n_tokens": [200, 100, 50],
        "n_mentions": [8, 4, 0], "per_1k": [40.0, 40.0, 0.0]}
    by_lang = ms.mention_density(MENTIONS, SIZES, by="lang")
    assert by_lang["lang"].tolist() == ["en", "kk", "ru"]
    whole = ms.mention_density(MENTIONS, SIZES, by=None)
    assert whole.iloc[0].to_dict() == {"n_tokens": 350, "n_mentions": 12,
                                       "per_1k": pytest.approx(12000 / 350)}
    # the per-kind rates add up to the density
    k = ms.kind_counts(MENTIONS, SIZES, by="doc_id")
    assert k.groupby("doc_id")["per_1k"].sum().tolist() == pytest.approx([40.0, 40.0])


def test_density_from_texts_uses_corpus_summary_word_tokens():
    from analysis import corpus_summary

    corpus = pd.DataFrame({"doc_id": ["x"], "lang": ["en"],
                           "text": ["In 1943 the plant had 320 workers."]})
    m = numeric_mentions(corpus)
    d = ms.mention_density(m, corpus)
    n_tokens = int(corpus_summary(corpus)["n_tokens"].iloc[0])
    assert n_tokens == 5  # In, the, plant, had, workers (numbers are not word tokens)
    assert d["per_1k"].iloc[0] == pytest.approx(1000 * len(m) / 5)


# --------------------------------------------------------------------------- years


def test_year_distribution_by_hand():
    y = ms.year_distribution(MENTIONS, by="doc_id")
    assert list(y.columns) == ["doc_id", "lang", "year", "count"]
    got = {(d, yr): c for d, yr, c in zip(y["doc_id"], y["year"], y["count"], strict=True)}
    # a: years 1943, 1945; range 1941–1943 adds 1941 and 1943; the range with a unit
    # (ages 18–24) and the citation year 2013 (reference) are not years.
    # b: the date 2016 (the date without a year is skipped) and 2014 - 2014 once.
    assert got == {("a", 1941): 1, ("a", 1943): 2, ("a", 1945): 1,
                   ("b", 2014): 1, ("b", 2016): 1}
    assert y["year"].dtype == "int64"


def test_year_distribution_bounds_and_validation():
    y = ms.year_distribution(MENTIONS, by=None, low=1942, high=2015)
    assert y.to_dict("list") == {"year": [1943, 1945, 2014], "count": [2, 1, 1]}
    with pytest.raises(ValueError, match="high must be >= low"):
        ms.year_distribution(MENTIONS, low=2000, high=1900)
    with pytest.raises(ValueError, match="by must be one of"):
        ms.year_distribution(MENTIONS, by="document")


# --------------------------------------------------------------------------- magnitudes


def test_magnitudes_by_hand():
    mag = ms.magnitudes(MENTIONS, by=None)
    # count 320 -> decade 2; money 5e6 -> 6 and 22427300 -> 7 (percent is not included)
    assert mag[["kind", "log10_low", "count", "share"]].values.tolist() == [
        ["count", 2.0, 1, 1.0], ["money", 6.0, 1, 0.5], ["money", 7.0, 1, 0.5]]
    exact = pd.DataFrame({"kind": "count", "value": [1.0, 10.0, 1000.0, 999.0]})
    got = ms.magnitudes(exact, by=None)
    assert got["log10_low"].tolist() == [0.0, 1.0, 2.0, 3.0]  # powers of ten open their bin
    half = ms.magnitudes(exact, by=None, bins_per_decade=2)
    assert half["log10_low"].tolist() == [0.0, 1.0, 2.5, 3.0]  # 999: log10 2.9996 -> [2.5, 3)


# --------------------------------------------------------------------------- Benford

TINY = [1, 12, 130, 2, 25, 3, 4, 1.5, 0.5]  # digits 1,1,1,2,2,3,4,1; 0.5 < 1 is dropped


def test_magnitudes_put_fractions_apart():
    m = pd.DataFrame({"doc_id": "a", "lang": "en", "kind": ["count", "count", "count", "money"],
                      "value": [0.86, 0.25, 40.0, 0.5]})
    mag = ms.magnitudes(m, by=None)
    assert mag["kind"].tolist() == ["count", "fraction", "money"]
    assert (mag.loc[mag["kind"] == "count", "log10_low"] >= 0).all()
    assert mag.loc[mag["kind"] == "fraction", "count"].tolist() == [2]
    assert mag.loc[mag["kind"] == "money", "log10_low"].tolist() == [-1.0]  # 0.5 USD stays money


def test_benford_min_n_boundary():
    from analysis.mentions.benford import BENFORD_MIN_N

    digits = np.repeat(np.arange(1, 10), np.round(benford_shares() * BENFORD_MIN_N).astype(int))
    t = ms.benford_table(digits[:BENFORD_MIN_N - 1])
    assert ms.benford_conformity(t)["conformity"].iloc[0] == "too few numbers"
    full = ms.benford_table(np.concatenate([digits, [1] * max(0, BENFORD_MIN_N - len(digits))]))
    assert ms.benford_conformity(full)["conformity"].iloc[0] != "too few numbers"


def benford_shares():
    return ms.benford_expected()


def test_benford_table_tiny_set_by_hand():
    t = ms.benford_table(TINY)
    assert t["digit"].tolist() == list(range(1, 10))
    assert t["count"].tolist() == [4, 2, 1, 1, 0, 0, 0, 0, 0]
    assert t["share"].tolist() == pytest.approx([0.5, 0.25, 0.125, 0.125, 0, 0, 0, 0, 0])
    assert t["expected_share"].tolist() == pytest.approx(
        [math.log10(1 + 1 / d) for d in range(1, 10)])
    assert t["expected_share"].sum() == pytest.approx(1.0)


def test_benford_conformity_tiny_set_by_hand():
    t = ms.benford_table(TINY)
    r = ms.benford_conformity(t).iloc[0]
    # |.5 - log 2| + |.25 - log 1.5| + |.125 - log 4/3| + |.125 - log 5/4| + sum_{5..9} log(1+1/d)
    # = 1 - log10 5 + log10 2 = 2 log10 2, so MAD = 2 log10(2) / 9 = 0.0669
    assert r["n"] == 8
    assert r["mad"] == pytest.approx(2 * math.log10(2) / 9)
    assert r["conformity"] == "too few numbers"  # n = 8 < BENFORD_MIN_N: no verdict
    assert ms.benford_conformity(t, min_n=8)["conformity"].iloc[0] == "nonconformity"
    expected = 8 * np.log10(1 + 1 / np.arange(1, 10))
    observed = np.array([4, 2, 1, 1, 0, 0, 0, 0, 0])
    assert r["chi2"] == pytest.approx(((observed - expected) ** 2 / expected).sum())
    ref = chisquare(observed, f_exp=expected)
    assert r["chi2"] == pytest.approx(ref.statistic)
    assert r["p_value"] == pytest.approx(ref.pvalue)


def test_nigrini_thresholds():
    expected = ms.benford_expected()

    def mad_table(shift: float) -> pd.DataFrame:
        # move `shift` of probability from digit 2 to digit 1: MAD = 2 * shift / 9
        share = expected.copy()
        share[0] += shift
        share[1] -= shift
        counts = np.round(share * 1_000_000).astype("int64")
        return ms.benford_table(np.repeat(np.arange(1, 10), counts))

    labels = [ms.benford_conformity(mad_table(9 * mad / 2))["conformity"].iloc[0]
              for mad in (0.004, 0.010, 0.014, 0.020)]
    assert labels == ["close", "acceptable", "marginal", "nonconformity"]


def test_benford_grouped_uses_amount_kinds_only():
    b = ms.benford(MENTIONS, by="doc_id")
    assert list(b.columns) == ["doc_id", "lang", "digit", "count", "share", "expected_share",
                               "abs_dev"]
    per_doc = b.groupby("doc_id")["count"].apply(list).to_dict()
    # a: 320 (count), 5e6 (money), 40 (percent) -> digits 3, 5, 4; years/ranges/reference out
    assert per_doc["a"] == [0, 0, 1, 1, 1, 0, 0, 0, 0]
    assert per_doc["b"] == [0, 1, 0, 0, 0, 0, 0, 0, 0]  # 22427300
    conf = ms.benford_conformity(b)
    assert conf["doc_id"].tolist() == ["a", "b"] and conf["n"].tolist() == [3, 1]


def test_first_digits_exact_decimal_reading():
    assert ms.first_digits([1000.0, 0.0287, 9999999.5, 2.8e6, -7]).tolist() == [1, 9, 2, 7]


# --------------------------------------------------------------------------- units, neighbours


def test_top_units():
    u = ms.top_units(MENTIONS, by=None)
    assert u.to_dict("list") == {"unit": ["RUB", "%", "year"], "count": [2, 1, 1],
                                 "share": [0.5, 0.25, 0.25], "rank": [1, 2, 3]}
    assert len(ms.top_units(MENTIONS, by=None, top_n=1)) == 1


def _mentions_for(corpus: pd.DataFrame, spec: list[tuple[str, str, str, str | None]]):
    """Hand mentions (doc_id, surface, kind, unit) with offsets found in the text."""
    texts = dict(zip(corpus["doc_id"], corpus["text"], strict=True))
    langs = dict(zip(corpus["doc_id"], corpus["lang"], strict=True))
    rows, pos = [], {}
    for doc, surface, kind, unit in spec:
        start = texts[doc].index(surface, pos.get((doc, surface), 0))
        pos[(doc, surface)] = start + len(surface)
        rows.append(_m(doc, langs[doc], start, surface, 1, kind, unit=unit))
    return pd.DataFrame(rows, columns=_COLS)


NEIGHBOUR_CORPUS = pd.DataFrame({
    "doc_id": ["n_en", "n_kk"],
    "lang": ["en", "kk"],
    "text": ["Output reached 56. We hired 320 workers, 12 tractors and paid 5 million roubles.\n"
             "1941 two horses",
             "Бұл 1931-ші жылы болды. 8 мың жұмысшы келді."],
})
NEIGHBOUR_MENTIONS = _mentions_for(NEIGHBOUR_CORPUS, [
    ("n_en", "56", "count", None),          # ends a clause, no unit -> word before: reached
    ("n_en", "320", "count", None),         # -> workers
    ("n_en", "12", "count", None),          # -> tractors
    ("n_en", "5 million roubles", "money", "RUB"),  # unit inside, clause ends -> nothing
    ("n_en", "1941", "year", None),         # next word "two" is a number word (a mention)
    ("n_en", "two", "count", None),         # -> horses
    ("n_kk", "1931", "year", None),         # hyphenated suffix skipped -> жылы
    ("n_kk", "8 мың", "count", None),       # -> жұмысшы
])


def test_neighbour_words_auto_rule():
    w = ms.neighbour_words(NEIGHBOUR_MENTIONS, NEIGHBOUR_CORPUS, by="doc_id")
    assert list(w.columns) == ["doc_id", "lang", "word", "count", "share", "rank"]
    got = {d: sub["word"].tolist() for d, sub in w.groupby("doc_id")}
    assert got == {"n_en": ["horses", "reached", "tractors", "workers"],  # ties: codepoint order
                   "n_kk": ["жылы", "жұмысшы"]}
    assert w.groupby("doc_id")["share"].sum().tolist() == pytest.approx([1.0, 1.0])


def test_neighbour_words_sides():
    after = ms.neighbour_words(NEIGHBOUR_MENTIONS, NEIGHBOUR_CORPUS, by=None, side="after")
    assert sorted(after["word"]) == ["horses", "tractors", "workers", "жылы", "жұмысшы"]
    before = ms.neighbour_words(NEIGHBOUR_MENTIONS, NEIGHBOUR_CORPUS, by=None, side="before")
    # "we hired 320", "paid 5 million", "reached 56", "Бұл 1931" ("бұл" is a stopword);
    # "workers, 12" has a comma between, "1941 two": 1941 is not a word
    assert sorted(before["word"]) == ["hired", "paid", "reached"]


# --------------------------------------------------------------------------- bundle, validation


def test_mention_stats_keys_and_columns():
    stats = ms.mention_stats(NEIGHBOUR_MENTIONS, NEIGHBOUR_CORPUS, by="lang", top_n=3)
    assert list(stats) == ["density", "kinds", "years", "magnitudes", "benford",
                           "benford_conformity", "units", "neighbours"]
    for name, table in stats.items():
        assert table.columns[0] == "lang", name
        assert isinstance(table.index, pd.RangeIndex), name
    assert (stats["neighbours"].groupby("lang").size() <= 3).all()


@pytest.mark.parametrize("call, match", [
    (lambda: ms.kind_counts(MENTIONS, SIZES, by="topic"), "by must be one of"),
    (lambda: ms.top_units(MENTIONS, top_n=0), "top_n must be an integer"),
    (lambda: ms.mention_stats(MENTIONS, SIZES), "corpus must be load_corpus output"),
    (lambda: ms.kind_counts(MENTIONS.drop(columns="kind"), SIZES), "lacks columns"),
    (lambda: ms.mention_density(MENTIONS, SIZES.iloc[:1]), "not in corpus"),
    (lambda: ms.neighbour_words(NEIGHBOUR_MENTIONS, NEIGHBOUR_CORPUS, side="left"),
     "side must be one of"),
    (lambda: ms.magnitudes(MENTIONS, bins_per_decade=0), "bins_per_decade"),
    (lambda: ms.benford_conformity(ms.benford_table(TINY).iloc[:8]), "digits 1-9"),
])
def test_parameters_are_validated(call, match):
    with pytest.raises(ValueError, match=match):
        call()


# --------------------------------------------------------------------------- seeds


def test_seed_smoke(seed_corpus):
    mentions = numeric_mentions(seed_corpus)
    stats = ms.mention_stats(mentions, seed_corpus, by="lang")
    assert set(stats["density"]["lang"]) == {"en", "id", "kk", "ru"}
    assert (stats["density"]["n_mentions"] > 0).all()
    kinds = stats["kinds"]
    assert np.isfinite(kinds["share"]).all() and np.isfinite(kinds["per_1k"]).all()
    assert kinds.groupby("lang")["share"].sum().to_numpy() == pytest.approx(np.ones(4))
    conf = stats["benford_conformity"]
    assert set(conf["lang"]) == {"en", "id", "kk", "ru"}
    assert np.isfinite(conf["mad"]).all() and ((conf["p_value"] >= 0) & (conf["p_value"] <= 1)).all()
    years = stats["years"]
    assert years["year"].between(1000, 2100).all() and (years["count"] > 0).all()
    per_doc = ms.mention_stats(mentions, seed_corpus, by="doc_id")
    assert len(per_doc["density"]) == len(seed_corpus)
