"""Tests for analysis.corpus.langid: document and paragraph language identification."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import detect_language, paragraph_languages
from analysis.corpus.langid import DEFAULT_LANGUAGES, split_paragraphs

# Sentences written for these tests (not taken from the seeds).
SENTENCES = {
    "en": "The museum opened a new exhibition about the history of railways last spring.",
    "ru": "Вчера в городе открылась новая выставка, посвящённая истории железных дорог.",
    "kk": "Кеше қалада темір жолдың тарихына арналған жаңа көрме ашылды.",
    "id": "Kemarin sebuah pameran baru tentang sejarah kereta api dibuka di kota itu.",
}


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_detect_language_each_language(lang):
    got, conf = detect_language(SENTENCES[lang])
    assert got == lang
    assert 0.9 <= conf <= 1.0
    assert isinstance(conf, float)


def test_default_candidates():
    assert DEFAULT_LANGUAGES == ("en", "id", "kk", "ru")


def test_candidates_restrict_the_answer():
    # Kazakh among {ru, kk} is still Kazakh; among {ru, en} it must be one of those.
    assert detect_language(SENTENCES["kk"], candidates=["ru", "kk"])[0] == "kk"
    assert detect_language(SENTENCES["kk"], candidates=["ru", "en"])[0] in {"ru", "en"}
    # Upper-case and a bare string are accepted
    assert detect_language(SENTENCES["ru"], candidates="RU") == detect_language(
        SENTENCES["ru"], candidates=["ru"]
    )


@pytest.mark.parametrize(
    "text", ["", "Топ:112", "abc def gh", "1234567890 !!! 2024-01-01", "   \n\t  "]
)
def test_short_text_is_undetermined(text):
    assert detect_language(text) == ("und", 0.0)


def test_min_letters_boundary():
    # 9 letters -> und; 10 letters are enough to try
    assert detect_language("выборы 12 баб") == ("und", 0.0)
    lang, conf = detect_language("выборы голосование", min_letters=10)
    assert lang == "ru" and conf > 0
    assert detect_language(SENTENCES["en"], min_letters=1000) == ("und", 0.0)


@pytest.mark.parametrize("bad", [["ru", "xx"], ["klingon"], "zz", []])
def test_invalid_candidates_raise(bad):
    with pytest.raises(ValueError, match="languages"):
        detect_language(SENTENCES["ru"], candidates=bad)


def test_non_string_text_raises():
    with pytest.raises(TypeError):
        detect_language(b"bytes are not text")


def test_long_text_is_sampled_and_still_identified():
    text = (SENTENCES["kk"] + " ") * 800  # ~50 000 characters > max_chars
    assert len(text) > 40_000
    assert detect_language(text)[0] == "kk"


def test_split_paragraphs_offsets():
    text = "  Первый абзац.  \n\n\tSecond one.\n \nҮшінші"
    spans = split_paragraphs(text)
    assert [text[s:e] for s, e in spans] == ["Первый абзац.", "Second one.", "Үшінші"]
    assert spans[0] == (2, 15)


def test_paragraph_languages_mixed_document():
    text = f"Abstract\n{SENTENCES['en']}\n\n{SENTENCES['ru']}\nКороткий.\n{SENTENCES['kk']}"
    corpus = pd.DataFrame({"doc_id": ["mixed", "other"], "text": [text, SENTENCES["id"]]})
    out = paragraph_languages(corpus)
    assert list(out.columns) == [
        "doc_id",
        "paragraph",
        "start",
        "end",
        "lang",
        "lang_confidence",
        "n_chars",
    ]
    assert out["doc_id"].tolist() == ["mixed"] * 5 + ["other"]
    assert out["paragraph"].tolist() == [0, 1, 2, 3, 4, 0]
    # short paragraphs (< 20 letters) are undetermined
    assert out["lang"].tolist() == ["und", "en", "ru", "und", "kk", "id"]
    first = out.iloc[0]
    assert (first["start"], first["end"], first["n_chars"]) == (0, 8, 8)
    for _, row in out[out["doc_id"] == "mixed"].iterrows():
        assert text[row["start"] : row["end"]] == text[row["start"] : row["end"]].strip()
        assert row["n_chars"] == row["end"] - row["start"]
    assert text[out["start"][2] : out["end"][2]] == SENTENCES["ru"]
    assert out.loc[out["lang"] == "und", "lang_confidence"].eq(0.0).all()
    assert out["start"].dtype == "int64" and out["lang_confidence"].dtype == "float64"


def test_paragraph_languages_candidates_and_validation():
    corpus = pd.DataFrame({"doc_id": ["d"], "text": [SENTENCES["kk"]]})
    assert paragraph_languages(corpus, candidates=["ru", "en"])["lang"].iloc[0] in {"ru", "en"}
    with pytest.raises(ValueError, match="corpus"):
        paragraph_languages(pd.DataFrame({"text": ["x"]}))
