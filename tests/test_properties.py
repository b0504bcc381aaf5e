"""Property-based tests: invariants that the other tests check on fixed strings only.

Texts are generated from alphabets mixing Russian and Kazakh Cyrillic (ә ғ қ ң ө ұ ү һ і),
Latin, digits, punctuation, spaces and newlines, plus real words (stopwords included) so
that every rule has something to act on. Every test is deterministic
(``derandomize=True``, no example database) and the file runs in well under a minute.

Properties:

- ``term_frequencies`` counts equal the ``term`` counts of the ``tokens`` table restricted
  to the rows it counts (kind ``word``; stopwords dropped when asked; ``min_length``);
- ``normalize_text`` is idempotent;
- ``passages`` cover their document: ordered, within bounds, every non-white-space
  character inside a passage, no overlap with ``overlap=0``;
- ``decode_bytes`` round-trips UTF-8, UTF-8 with BOM, UTF-16 and, for Russian text,
  Windows-1251 and KOI8-R;
- ``tfidf`` and ``tfidf_matrix`` equal scikit-learn's ``TfidfVectorizer`` fitted on the
  same IDF units and applied to the same documents.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from paths import SEEDS_DIR
from sklearn.feature_extraction.text import TfidfVectorizer

import analysis
from analysis.corpus.reading import decode_bytes
from analysis.text.stopwords import stopwords

SETTINGS = dict(deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

RU_LOWER = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
RU_LETTERS = RU_LOWER + RU_LOWER.upper()
KK_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"
LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIGITS = "0123456789"
PUNCT = ".,;:!?-–—()«»\"'’%№/¹²"
ALPHABET = RU_LETTERS + KK_LETTERS + LATIN + DIGITS + PUNCT + "  \n"
LANGS = ("ru", "kk", "en", "id")

# Real words, some of them stopwords of each language, Roman numerals and glued forms.
WORDS = [
    "выборы", "Выборы", "голосование", "ёлка", "Ёж", "и", "в", "не", "на", "что",
    "социально-экономических", "XIV", "ХХ", "II", "I",
    "қазақ", "жылы", "және", "мен", "бұл", "ғасырдың", "өңірде", "үй", "һәм", "ірі",
    "the", "The", "and", "of", "city", "plant", "O’Brien", "war",
    "dan", "yang", "di", "tahun", "Kawan-kawan", "pabrik",
    "1931-ші", "1990-х", "22427,3", "ke-27", "COVID-19", "15th", "%", "—", "¹²",
]

piece = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(WORDS),
    st.text(alphabet=RU_LETTERS + KK_LETTERS + LATIN, min_size=1, max_size=8),
    st.text(alphabet=ALPHABET, min_size=1, max_size=4),
)
separator = st.sampled_from([" ", " ", " ", " ", "\n", "  ", "\n\n", " \n ", "", "-"])


@st.composite
def texts(draw, max_pieces: int = 40) -> str:
    """A text of words, numbers and punctuation joined by spaces, newlines or nothing.

    The number of pieces is drawn first (uniformly, where ``st.lists`` favours short
    lists), so that most texts are long enough for every rule to apply somewhere.
    """
    n = draw(st.integers(0, max_pieces))
    out = []
    for _ in range(n):
        out.append(draw(piece))
        out.append(draw(separator))
    return "".join(out)


@st.composite
def corpora(draw, max_docs: int = 4, max_pieces: int = 40) -> pd.DataFrame:
    """A corpus table from :func:`analysis.load_corpus`, languages given (no detection)."""
    docs = draw(st.lists(texts(max_pieces), min_size=1, max_size=max_docs))
    langs = draw(st.lists(st.sampled_from(LANGS), min_size=len(docs), max_size=len(docs)))
    frame = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(docs))], "lang": langs,
                          "text": docs})
    return analysis.load_corpus(frame)


# -- term frequencies equal the token table ------------------------------------------


@settings(max_examples=150, **SETTINGS)
@given(corpus=corpora(), remove_stopwords=st.booleans(), min_length=st.integers(1, 3))
def test_term_counts_equal_counted_token_rows(corpus, remove_stopwords, min_length):
    """The rule (``term_frequencies`` docstring): terms are the case-folded ``word`` tokens
    (numbers, alphanumerics, Roman numerals and footnote markers are not terms), minus the
    language's stopwords when ``remove_stopwords``, minus terms shorter than ``min_length``."""
    freq = analysis.term_frequencies(corpus, remove_stopwords=remove_stopwords,
                                     min_length=min_length)
    toks = analysis.tokens(corpus, kinds=["word"], remove_stopwords=remove_stopwords)
    toks = toks[toks["term"].str.len() >= min_length]
    for doc_id in corpus["doc_id"]:
        got = freq[freq["doc_id"] == doc_id]
        expected = Counter(toks.loc[toks["doc_id"] == doc_id, "term"])
        assert dict(zip(got["term"], got["count"], strict=True)) == dict(expected)
        if len(got):
            np.testing.assert_allclose(got["rel_freq"], got["count"] / sum(expected.values()),
                                       rtol=0, atol=1e-15)
            assert got["rank"].tolist() == list(range(1, len(got) + 1))
    # by language: the sums of the documents' counts
    by_lang = analysis.term_frequencies(corpus, by="lang", remove_stopwords=remove_stopwords,
                                        min_length=min_length)
    for lang, group in toks.groupby("lang"):
        got = by_lang[by_lang["lang"] == lang]
        assert dict(zip(got["term"], got["count"], strict=True)) == dict(Counter(group["term"]))
    assert set(by_lang["lang"]) == set(toks["lang"])


# -- normalize_text is idempotent ------------------------------------------------------

# Characters normalize_text rewrites: line ends, no-break and other fixed-width spaces,
# tabs, form feeds ...
SPACES_AND_LINE_ENDS = "\r\n\u2028\u2029\u0085\u00a0\u2000\u2001\u2009\u202f\u3000\t\f\v"
# ... the invisible characters it deletes ...
DELETED = "\ufeff\u00ad\u200b\u2060"
# ... and combining marks, which NFC composes with the letter before them.
COMBINING = "\u0308\u0306\u0301\u0300\u0327"
BASE = "еЕиИaeEcCоуы"


@settings(max_examples=300, **SETTINGS)
@given(st.text(alphabet=ALPHABET + SPACES_AND_LINE_ENDS + DELETED))
def test_normalize_text_is_idempotent(text):
    once = analysis.normalize_text(text)
    assert analysis.normalize_text(once) == once
    assert not set(once) & set("\r\u2028\u2029\u0085\u00a0\t\f\v" + DELETED)


@settings(max_examples=300, **SETTINGS)
@given(st.text(alphabet=BASE + COMBINING + SPACES_AND_LINE_ENDS + DELETED + " \n"))
def test_normalize_text_is_idempotent_with_combining_marks(text):
    once = analysis.normalize_text(text)
    assert analysis.normalize_text(once) == once
    assert unicodedata.is_normalized("NFC", once)


# A deleted character between a letter and its mark: NFC runs after the deletion.
@pytest.mark.parametrize("text", ["е\u00ad\u0308", "и\u200b\u0306", "e\u2060\u0301",
                                  "a\ufeff\u0300"])
def test_normalize_text_is_idempotent_when_a_deleted_character_precedes_a_mark(text):
    once = analysis.normalize_text(text)
    assert analysis.normalize_text(once) == once
    assert len(once) == 1 and unicodedata.is_normalized("NFC", once)


# -- passages cover their document -----------------------------------------------------


@settings(max_examples=200, **SETTINGS)
@given(corpus=corpora(max_docs=3, max_pieces=80), size=st.integers(1, 12),
       overlap=st.integers(0, 4))
def test_passages_cover_the_document(corpus, size, overlap):
    overlap = min(overlap, size - 1)
    table = analysis.passages(corpus, size=size, overlap=overlap)
    assert set(table["doc_id"]) <= set(corpus["doc_id"])
    for doc_id, text in zip(corpus["doc_id"], corpus["text"], strict=True):
        rows = table[table["doc_id"] == doc_id]
        ids = rows["passage_id"].tolist()
        assert ids == [f"{doc_id}:{i:04d}" for i in range(len(rows))]
        starts, ends = rows["start"].to_numpy(), rows["end"].to_numpy()
        assert ((0 <= starts) & (starts < ends) & (ends <= len(text))).all()
        # ordered: ends strictly; starts strictly without overlap, else never backwards
        # (a passage starts `overlap` tokens before the previous one ends, so it may
        # start where that one starts when it holds no more than `overlap` tokens)
        assert (np.diff(ends) > 0).all()
        if overlap == 0:
            assert (np.diff(starts) > 0).all() and (ends[:-1] <= starts[1:]).all()
        else:
            assert (np.diff(starts) >= 0).all()
        # every non-white-space character lies inside a passage
        covered = np.zeros(len(text), dtype=bool)
        for s, e in zip(starts, ends, strict=True):
            covered[s:e] = True
        missing = [i for i, c in enumerate(text) if not c.isspace() and not covered[i]]
        assert missing == []
        # a passage neither starts nor ends in white space, and counts its own words
        for s, e, n in zip(starts, ends, rows["n_words"], strict=True):
            assert not text[s].isspace() and not text[e - 1].isspace()
            assert n == len(text[s:e].split())
        if overlap == 0:
            assert rows["n_words"].sum() == len(text.split())


# -- encodings round-trip ----------------------------------------------------------------


def _russian_sentences() -> list[str]:
    text = "\n".join((SEEDS_DIR / f).read_text(encoding="utf-8")
                     for f in sorted(p.name for p in SEEDS_DIR.glob("00[34]_*.txt")))
    out = []
    for s in re.split(r"(?<=[.!?])\s+|\n", text):
        s = s.strip()
        letters = sum(c in RU_LETTERS for c in s)
        if len(s) >= 40 and letters >= 0.6 * len(s) and all(_encodable(s, e) for e in
                                                             ("cp1251", "koi8_r")):
            out.append(s)
    return out[:200]


def _encodable(s: str, enc: str) -> bool:
    try:
        s.encode(enc)
    except UnicodeEncodeError:
        return False
    return True


RU_SENTENCES = _russian_sentences()
ASCII_PUNCT = ".,;:!?-()\"'%/"


def test_enough_russian_seed_sentences():
    assert len(RU_SENTENCES) >= 20


@st.composite
def russian_texts(draw) -> str:
    """Real Russian sentences from the seeds with generated Russian words between them.

    Detecting a legacy code page is statistical, so the generated part is shaped like
    words: lower case, sometimes capitalised, and at most about a third of the text.
    Case changes inside a word (``ЁаЁаЁ``) are what mojibake looks like, and
    charset_normalizer rejects such text as too chaotic for any code page; decode_bytes
    then raises CorpusError, as documented ("cannot be detected confidently"). Only
    characters that both Windows-1251 and KOI8-R encode are used (no « » — №).
    At least one sentence (a text of generated words alone is too short to detect).
    """
    sentences = draw(st.lists(st.sampled_from(RU_SENTENCES), min_size=1, max_size=6,
                              unique=True))
    words = draw(st.lists(st.text(alphabet=RU_LOWER, min_size=1, max_size=10), max_size=6))
    words = [w.capitalize() if draw(st.booleans()) else w for w in words]
    glue = draw(st.lists(st.sampled_from([" ", "\n", ", ", ". ", " - ", " 1945 ", "; "]),
                         min_size=len(words), max_size=len(words)))
    generated = "".join(w + g for w, g in zip(words, glue, strict=True))
    at = draw(st.integers(0, len(sentences)))
    return " ".join(sentences[:at]) + " " + generated + " ".join(sentences[at:])


@settings(max_examples=200, **SETTINGS)
@given(text=texts(max_pieces=60),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"]))
def test_unicode_encodings_round_trip(text, encoding):
    if encoding in ("utf-16-le", "utf-16-be"):
        # Without a byte-order mark UTF-16 is recognised only for ASCII-range text (the
        # NUL high bytes; see decode_bytes): keep the ASCII characters, and at least one
        # ordinary word, since mostly spaces and '!' read in the wrong byte order are
        # U+2000 / U+2100-range characters, which are also plausible text.
        text = "".join(c for c in text if c.isascii()) + " plant city war"
    data = text.encode(encoding)
    decoded, name = decode_bytes(data)
    assert decoded == text
    if encoding in ("utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"):
        assert name == encoding
    else:
        assert name == "utf-8"


@settings(max_examples=60, **SETTINGS)
@given(text=russian_texts(), encoding=st.sampled_from(["cp1251", "koi8_r"]))
def test_cyrillic_code_pages_round_trip(text, encoding):
    decoded, name = decode_bytes(text.encode(encoding))
    assert decoded == text
    # the detected code page may differ only where it decodes these bytes identically
    assert text.encode(encoding).decode(name) == text


# Mac Cyrillic reads Windows-1251 capitals as dashes and quotes: the reading with more
# letters wins.
def test_short_windows_1251_text_is_not_read_as_mac_cyrillic():
    text = "С нищим народом в самой богатой стране 24. С нищим народом в самой богатой стране 24."
    assert decode_bytes(text.encode("cp1251")) == (text, "cp1251")


# -- tfidf equals scikit-learn -----------------------------------------------------------


def _reference_tfidf(corpus, *, unit, scope, smooth_idf, sublinear_tf, norm, size,
                     remove_stopwords, min_length):
    """``{(doc_id, term): (tf, idf, weight)}`` from TfidfVectorizer on the token table.

    Each document's terms are its ``word`` tokens (``analysis.tokens``) of at least
    ``min_length`` characters, minus stopwords when asked; the IDF units are the
    documents or their passages (``analysis.passages``, tokens assigned by offset);
    the vectorizer is fitted on the units of a scope and applied to its documents.
    """
    toks = analysis.tokens(corpus, kinds=["word"], remove_stopwords=remove_stopwords)
    toks = toks[toks["term"].str.len() >= min_length]
    spans = analysis.passages(corpus, size=size) if unit == "passage" else None
    docs, units = {}, {}
    for doc_id in corpus["doc_id"]:
        t = toks[toks["doc_id"] == doc_id]
        docs[doc_id] = t["term"].tolist()
        if unit == "document":
            units[doc_id] = [docs[doc_id]]
        else:
            rows = spans[spans["doc_id"] == doc_id]
            units[doc_id] = [t.loc[(t["start"] >= s) & (t["end"] <= e), "term"].tolist()
                             for s, e in zip(rows["start"], rows["end"], strict=True)]
            assert sum(map(len, units[doc_id])) == len(docs[doc_id])  # all tokens placed
    lang_of = dict(zip(corpus["doc_id"], corpus["lang"], strict=True))
    scope_of = {d: (lang_of[d] if scope == "language" else "all") for d in docs}
    out = {}
    for sc in sorted(set(scope_of.values())):
        members = [d for d in docs if scope_of[d] == sc]
        fit_on = [u for d in members for u in units[d]]
        if not any(fit_on):
            continue  # no terms in this scope
        vec = TfidfVectorizer(analyzer=lambda terms: terms, lowercase=False, norm=norm,
                              smooth_idf=smooth_idf, sublinear_tf=sublinear_tf)
        vec.fit(fit_on)
        X = vec.transform([docs[d] for d in members]).tocoo()
        names = vec.get_feature_names_out()
        for i, j, w in zip(X.row, X.col, X.data, strict=True):
            d, term = members[i], names[j]
            out[d, term] = (docs[d].count(term), vec.idf_[j], w)
    return out


tfidf_params = st.fixed_dictionaries({
    "unit": st.sampled_from(["passage", "document"]),
    "scope": st.sampled_from(["language", "corpus"]),
    "smooth_idf": st.booleans(),
    "sublinear_tf": st.booleans(),
    "norm": st.sampled_from(["l2", "l1", None]),
    "size": st.integers(1, 15),
    "remove_stopwords": st.booleans(),
    "min_length": st.integers(1, 3),
})


@settings(max_examples=150, **SETTINGS)
@given(corpus=corpora(max_docs=5, max_pieces=60), params=tfidf_params)
def test_tfidf_equals_scikit_learn(corpus, params):
    expected = _reference_tfidf(corpus, **params)
    table = analysis.tfidf(corpus, **params, top_n=None)
    got = {(d, t): (tf, idf, w) for d, t, tf, idf, w in zip(
        table["doc_id"], table["term"], table["count"], table["idf"],
        table["tfidf"], strict=True)}
    assert got.keys() == expected.keys()
    for key, (tf, idf, w) in expected.items():
        g_tf, g_idf, g_w = got[key]
        assert g_tf == tf, key
        assert abs(g_idf - idf) <= 1e-12, key
        assert abs(g_w - w) <= 1e-12, key
    # the matrix form: the same weights, rows in corpus order
    res = analysis.tfidf_matrix(corpus, **params)
    assert res.index["doc_id"].tolist() == corpus["doc_id"].tolist()
    names = res.get_feature_names_out()
    several = res.vocabulary["scope"].nunique() > 1
    X = res.matrix.tocoo()
    from_matrix = {}
    for i, j, w in zip(X.row, X.col, X.data, strict=True):
        term = names[j].split(":", 1)[1] if several else names[j]
        from_matrix[res.index["doc_id"][i], term] = w
    assert from_matrix.keys() == expected.keys()
    for key, (_, _, w) in expected.items():
        assert abs(from_matrix[key] - w) <= 1e-12, key


def test_generated_words_include_stopwords():
    """The word list exercises stopword removal in every language it draws from."""
    for lang, word in [("ru", "и"), ("kk", "және"), ("en", "the"), ("id", "dan")]:
        assert word in WORDS and word in stopwords(lang)
