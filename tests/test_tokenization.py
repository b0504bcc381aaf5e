"""Tests for analysis.text.tokenization and analysis.text.stopwords."""

from __future__ import annotations

from collections import Counter

import pandas as pd
import pytest

from analysis import stopwords, tokenize_text, tokens
from analysis.text.tokenization import (
    STEMMER_LANGUAGES,
    TOKEN_COLUMNS,
    count_terms,
    is_roman_numeral,
    normalize_term,
    stem_terms,
)

KINDS = {"word", "number", "alnum", "roman", "url", "email", "footnote", "punct", "symbol", "other"}


def _all_docs(seed_corpus, mini_corpus):
    both = pd.concat(
        [seed_corpus[["doc_id", "lang", "text"]], mini_corpus[["doc_id", "lang", "text"]]],
        ignore_index=True,
    )
    return list(zip(both["doc_id"], both["lang"], both["text"], strict=True))


def _pairs(text, lang=None):
    t = tokenize_text(text, lang)
    return list(zip(t["token"], t["kind"], strict=True))


# --------------------------------------------------------------------------- offsets


def test_offsets_reproduce_tokens_on_every_document(seed_corpus, mini_corpus):
    for doc_id, lang, text in _all_docs(seed_corpus, mini_corpus):
        t = tokenize_text(text, lang)
        assert len(t) > 0, doc_id
        assert [text[s:e] for s, e in zip(t["start"], t["end"], strict=True)] == t[
            "token"
        ].tolist(), doc_id
        assert t["position"].tolist() == list(range(len(t))), doc_id
        # tokens are in text order, do not overlap, and only white space lies between them
        starts, ends = t["start"].to_numpy(), t["end"].to_numpy()
        assert (ends > starts).all(), doc_id
        assert (starts[1:] >= ends[:-1]).all(), doc_id
        gaps = [text[e:s] for e, s in zip(ends[:-1], starts[1:], strict=True)]
        assert all(g.strip() == "" for g in gaps), doc_id
        assert text[: starts[0]].strip() == "" and text[ends[-1] :].strip() == "", doc_id
        assert set(t["kind"]) <= KINDS, doc_id


def test_tokenize_text_columns_and_dtypes():
    t = tokenize_text("Рост 5%.", "ru")
    assert list(t.columns) == ["position", "start", "end", "token", "term", "kind", "is_stop"]
    assert [t[c].dtype for c in ("position", "start", "end")] == ["int64"] * 3
    assert t["is_stop"].dtype == bool
    empty = tokenize_text("", "ru")
    assert len(empty) == 0 and list(empty.columns) == list(t.columns)


# --------------------------------------------------------------------------- hand-checked


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "социально-экономических реформ",
            "ru",
            [("социально-экономических", "word"), ("реформ", "word")],
        ),
        (
            "O’Brien said I was",
            "en",
            [("O’Brien", "word"), ("said", "word"), ("I", "word"), ("was", "word")],
        ),
        ("слово¹² и", "ru", [("слово", "word"), ("¹²", "footnote"), ("и", "word")]),
        ("XIV съезі", "kk", [("XIV", "roman"), ("съезі", "word")]),
        ("ХХ ғасыр", "kk", [("ХХ", "roman"), ("ғасыр", "word")]),  # Cyrillic Х
        ("в 1990-х годах", "ru", [("в", "word"), ("1990-х", "number"), ("годах", "word")]),
        ("22427,3 тыс.", "ru", [("22427,3", "number"), ("тыс", "word"), (".", "punct")]),
        ("1931-ші жылы", "kk", [("1931-ші", "number"), ("жылы", "word")]),
        (
            "the 2nd of 3.14",
            "en",
            [("the", "word"), ("2nd", "number"), ("of", "word"), ("3.14", "number")],
        ),
        (
            "ke-27 COVID-19 Ту-154",
            None,
            [("ke-27", "alnum"), ("COVID-19", "alnum"), ("Ту-154", "alnum")],
        ),
        ("№ 5 $", None, [("№", "symbol"), ("5", "number"), ("$", "symbol")]),
        (
            "«Ёлка» — ёж!",
            "ru",
            [
                ("«", "punct"),
                ("Ёлка", "word"),
                ("»", "punct"),
                ("—", "punct"),
                ("ёж", "word"),
                ("!", "punct"),
            ],
        ),
        ("ә ғ қ ң ө ұ ү һ і", "kk", [(c, "word") for c in "әғқңөұүһі"]),
        (
            "Kawan-kawan, rock'n'roll",
            "id",
            [("Kawan-kawan", "word"), (",", "punct"), ("rock'n'roll", "word")],
        ),
        (
            "x--y -abc-",
            None,
            [
                ("x", "word"),
                ("-", "punct"),
                ("-", "punct"),
                ("y", "word"),
                ("-", "punct"),
                ("abc", "word"),
                ("-", "punct"),
            ],
        ),
        ("12³ ²³", None, [("12", "number"), ("³", "footnote"), ("²³", "footnote")]),
        ("Mix MIX II I", "en", [("Mix", "word"), ("MIX", "word"), ("II", "roman"), ("I", "word")]),
        ("a→b 🙂", None, [("a", "word"), ("→", "symbol"), ("b", "word"), ("🙂", "symbol")]),
    ],
)
def test_hand_checked_tokenisations(text, lang, expected):
    assert _pairs(text, lang) == expected


# Regression: '%' was tokenised as 'punct' although documented as a symbol; fixed in dc1186a.
def test_percent_sign_is_a_symbol():
    assert _pairs("34%", None) == [("34", "number"), ("%", "symbol")]


# Regression: U+2010/U+2011 hyphens split words; found by this suite, fixed in dc1186a.
@pytest.mark.parametrize("hyphen", ["\u2010", "\u2011"], ids=["U+2010", "U+2011"])
def test_unicode_hyphens_inside_words(hyphen):
    word = f"социально{hyphen}экономических"
    assert _pairs(word, "ru") == [(word, "word")]


# regression: U+2010/U+2011 used to give separate terms (fixed by unifying hyphens in normalize_term)
def test_hyphen_variants_give_one_term():
    text = "социально\u2010экономических, социально\u2011экономических и социально-экономических"
    assert count_terms(text, "ru") == Counter({"социально-экономических": 3})
    assert normalize_term("Социально\u2011экономических", "ru") == "социально-экономических"


def test_mini_corpus_kinds(mini_corpus):
    t = tokens(mini_corpus)
    ru = t[t["doc_id"] == "mini_ru"]
    kinds = dict(zip(ru["token"], ru["kind"], strict=False))
    assert kinds["социально-экономических"] == "word"
    assert kinds["¹²"] == "footnote"
    assert kinds["показателей"] == "word"
    assert kinds["22427,3"] == "number"
    assert kinds["1990-х"] == "number"
    assert kinds["д’Артаньян"] == "word"
    kk = t[t["doc_id"] == "mini_kk"]
    assert kk.loc[kk["token"] == "XIV", "kind"].tolist() == ["roman"]
    assert kk.loc[kk["token"] == "1931-ші", "kind"].tolist() == ["number"]
    assert kk.loc[kk["token"] == "әлеуметтік-экономикалық", "kind"].tolist() == ["word"]
    en = t[t["doc_id"] == "mini_en"]
    assert en.loc[en["token"] == "I", ["kind", "term", "is_stop"]].values.tolist() == [
        ["word", "i", True]
    ]
    assert en.loc[en["token"] == "O’Brien", "term"].tolist() == ["o'brien"]


def test_terms_and_stop_flags():
    t = tokenize_text("Ёлка и ЁЖ, O’Brien XIV 5", "ru")
    assert t["term"].tolist() == ["елка", "и", "еж", ",", "o'brien", "XIV", "5"]
    assert t["is_stop"].tolist() == [False, True, False, False, False, False, False]
    # without a language nothing is a stopword
    assert not tokenize_text("и в на", None)["is_stop"].any()


def test_normalize_term():
    assert normalize_term("Ёлка", "ru") == "елка"
    assert normalize_term("Ёлка", "kk") == "ёлка"  # ё→е only for Russian
    assert normalize_term("O’Brien", "en") == "o'brien"
    assert normalize_term("Dʼor", None) == "d'or"
    assert normalize_term("ҚАЗАҚ", "kk") == "қазақ"


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("XIV", True),
        ("ХХ", True),
        ("II", True),
        ("XL", True),
        ("LXXX", True),
        ("XC", True),  # 90: the grammar of analysis.text.roman, shared with mentions
        ("LXXXIX", True),
        ("I", False),
        ("V", False),
        ("MIX", False),
        ("Xi", False),
        ("IIII", False),
        ("VV", False),
        ("IC", False),
        ("ХІХ", True),
        ("CD", False),
    ],
)
def test_is_roman_numeral(token, expected):
    assert is_roman_numeral(token) is expected


# --------------------------------------------------------------------------- tokens()


def test_tokens_table(mini_corpus):
    t = tokens(mini_corpus)
    assert list(t.columns) == TOKEN_COLUMNS
    assert isinstance(t.index, pd.RangeIndex)
    assert t["doc_id"].unique().tolist() == mini_corpus["doc_id"].tolist()
    for doc_id, lang, text in zip(
        mini_corpus["doc_id"], mini_corpus["lang"], mini_corpus["text"], strict=True
    ):
        sub = t[t["doc_id"] == doc_id].reset_index(drop=True)
        assert (sub["lang"] == lang).all()
        pd.testing.assert_frame_equal(
            sub.drop(columns=["doc_id", "lang"]), tokenize_text(text, lang), check_dtype=False
        )


def test_tokens_filters_keep_positions(mini_corpus):
    full = tokens(mini_corpus)
    words = tokens(mini_corpus, kinds=["word"], remove_stopwords=True)
    assert set(words["kind"]) == {"word"}
    assert not words["is_stop"].any()
    expected = full[(full["kind"] == "word") & ~full["is_stop"]]
    assert words["position"].tolist() == expected["position"].tolist()
    assert words["start"].tolist() == expected["start"].tolist()


def test_tokens_stem(mini_corpus):
    t = tokens(mini_corpus, stem=True, kinds=["word"])
    ru = t[t["doc_id"] == "mini_ru"]
    assert ru.loc[ru["token"] == "голосования", "term"].tolist() == ["голосован"]
    kk = t[t["doc_id"] == "mini_kk"]
    assert kk.loc[kk["token"] == "қалаларға", "term"].tolist() == ["қала"]  # rule-based stem
    en = t[t["doc_id"] == "mini_en"]
    assert en.loc[en["token"] == "workers", "term"].tolist() == ["worker"]


def test_tokens_validation():
    with pytest.raises(TypeError, match="corpus must be"):
        tokens(5)
    with pytest.raises(TypeError, match=r"source\[0\] must be a text or a path; got bytes"):
        tokens([b"bytes"])
    with pytest.raises(ValueError, match="unknown language code 'xx'"):
        tokens(pd.DataFrame({"doc_id": ["a"], "lang": ["xx"], "text": ["x"]}))
    empty = tokens(pd.DataFrame({"doc_id": [], "lang": [], "text": []}))
    assert list(empty.columns) == TOKEN_COLUMNS and len(empty) == 0


# --------------------------------------------------------------------------- count_terms


def _slow_counts(text, lang, remove_stopwords):
    t = tokenize_text(text, lang)
    keep = t["kind"] == "word"
    if remove_stopwords:
        keep &= ~t["is_stop"]
    return Counter(t.loc[keep, "term"])


@pytest.mark.parametrize("remove_stopwords", [True, False])
def test_count_terms_matches_token_table_on_every_document(
    seed_corpus, mini_corpus, remove_stopwords
):
    for doc_id, lang, text in _all_docs(seed_corpus, mini_corpus):
        fast = count_terms(text, lang, remove_stopwords=remove_stopwords, min_length=1)
        slow = _slow_counts(text, lang, remove_stopwords)
        assert fast == slow, (doc_id, (fast - slow), (slow - fast))
        assert sum(fast.values()) > 0


@pytest.mark.parametrize(
    "text",
    [
        "ХХ ғасырдың 30-шы жылдары, 1931-ші жылы; XIV съезі",
        "слово¹² и слово²³ (22427,3 тыс.) 1990-х",
        "за́мок и замо́к; Ӏ ІІ ХІХ",  # stress marks (combining acute) stay inside the word
        "O’Brien o'brien Oʼbrien rock'n'roll don't",
        "ke-27 COVID-19.Далее Ту-154, 34%-ы",
        "½2-х ①abc x_y __init__ a-b-c-d- -e",
        "",
    ],
)
def test_count_terms_matches_token_table_on_tricky_strings(text):
    for lang in ["ru", "kk", "en", None]:
        assert count_terms(text, lang, remove_stopwords=False, min_length=1) == _slow_counts(
            text, lang, False)
        assert count_terms(text, lang, min_length=1) == _slow_counts(text, lang, lang is not None)


# Regression: count_terms' coarse chunks split 'ke-2.5x' and words with a combining mark
# outside U+0300-U+036F; found by this suite, fixed in dc1186a.
@pytest.mark.parametrize("text", ["ke-2.5x", "бж\u0483ія"], ids=["alnum-decimal", "titlo"])
def test_count_terms_equivalence_edge_cases(text):
    assert count_terms(text, "ru", remove_stopwords=False, min_length=1) == _slow_counts(
        text, "ru", False)


def test_count_terms_hand_checked():
    assert count_terms("Выборы, выборы и снова ВЫБОРЫ в 2024 году.", "ru") == Counter(
        {"выборы": 3}
    )
    assert count_terms("Ёлка, елка и XIV ёлок", "ru", remove_stopwords=False, min_length=1) == Counter(
        {"елка": 2, "и": 1, "елок": 1}
    )
    assert count_terms("ә және ә мен ғасыр", "kk", min_length=1) == Counter({"ә": 2, "ғасыр": 1})
    assert count_terms("ә және ә мен ғасыр", "kk") == Counter({"ғасыр": 1})  # default 2
    assert count_terms("ә және ә мен ғасыр", "kk", min_length=2) == Counter({"ғасыр": 1})
    assert count_terms("выборы выборов", "ru", stem=True) == Counter({"выбор": 2})
    assert count_terms("жылдары жылы", "kk", stem=True) == Counter({"жыл": 2})


# --------------------------------------------------------------------------- stopwords


@pytest.mark.parametrize(
    ("lang", "present", "absent"),
    [
        ("kk", ["және", "мен", "бұл"], ["ғасыр", "жылы", "қала"]),
        ("ru", ["и", "в", "её", "ее", "ещё", "еще"], ["выборы", "голосование"]),
        ("en", ["the", "and", "i"], ["city", "plant"]),
        ("id", ["yang", "dan", "di"], ["pabrik", "dekrit"]),
    ],
)
def test_stopwords_per_language(lang, present, absent):
    sw = stopwords(lang)
    assert isinstance(sw, frozenset) and len(sw) > 100
    assert all(w == w.lower() for w in sw)
    for w in present:
        assert w in sw, w
    for w in absent:
        assert w not in sw, w


def test_stopwords_unknown_and_case():
    with pytest.raises(ValueError, match="unknown language code 'xx'"):
        stopwords("xx")
    with pytest.raises(TypeError, match="lang must be a language code"):
        stopwords(5)
    assert stopwords("und") == stopwords("fr") == stopwords(None) == frozenset()
    assert stopwords("RU") == stopwords("ru")
    # Russian: every ё-form is also listed with е
    assert all(w.replace("ё", "е") in stopwords("ru") for w in stopwords("ru"))


# --------------------------------------------------------------------------- stemming


def test_stem_terms_languages():
    assert set(STEMMER_LANGUAGES) == {"ru", "en", "id", "kk"}
    assert stem_terms(["выборы", "выборов", "голосования"], "ru") == {
        "выборов": "выбор",
        "выборы": "выбор",
        "голосования": "голосован",
    }
    assert stem_terms(["running", "cities", "reconstruction"], "en") == {
        "cities": "citi",
        "reconstruction": "reconstruct",
        "running": "run",
    }
    assert stem_terms(["membangun", "pembangunan", "bukunya", "perekonomian"], "id") == {
        "bukunya": "buku",
        "membangun": "bangun",
        "pembangunan": "bangun",
        "perekonomian": "ekonomi",
    }


def test_stem_terms_kazakh_rules_and_identity_for_unknown():
    words = ["жылдары", "қалаларға", "әлеуметтік-экономикалық", "жылдары"]
    assert stem_terms(words, "kk") == {"жылдары": "жыл", "қалаларға": "қала",
                                       "әлеуметтік-экономикалық": "әлеуметтік-экономикалық"}
    assert list(stem_terms(words, "kk")) == sorted(set(words))
    assert stem_terms(["anything"], "xx") == {"anything": "anything"}


def test_kazakh_stopwords_are_cyrillic_only():
    # Latin look-alikes (i, a, o, e, c, p, x, y) typed into a Kazakh list never match text
    for w in stopwords("kk"):
        assert all("\u0400" <= c <= "\u04ff" or c == "-" for c in w), w
    # no content words: a few frequent Kazakh nouns/verbs of the seeds are not stopwords
    assert not {"жыл", "жылы", "темір", "жол", "қала", "тарих", "халық"} & stopwords("kk")


# --------------------------------------------------------------------------- urls, e-mails

URL_TEXT = ("Источник: https://www.kremlin.ru/acts/bank/1234. Пишите: info.news@gov.kz "
            "(или www.akorda.kz), см. (https://example.org/a_b?x=1).")


def test_urls_and_emails_are_tokens_of_their_own_not_terms():
    t = tokenize_text(URL_TEXT, "ru")
    got = t.loc[t["kind"].isin(["url", "email"]), ["token", "kind"]].values.tolist()
    assert got == [["https://www.kremlin.ru/acts/bank/1234", "url"],
                   ["info.news@gov.kz", "email"], ["www.akorda.kz", "url"],
                   ["https://example.org/a_b?x=1", "url"]]
    terms = count_terms(URL_TEXT, "ru", remove_stopwords=False, min_length=1)
    assert not {"https", "www", "kremlin", "ru", "info", "gov", "kz", "example"} & set(terms)
    # the chunk-based counts still equal the words of the token table
    words = t.loc[t["kind"] == "word", "term"].value_counts().to_dict()
    assert dict(terms) == words
