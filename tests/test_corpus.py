"""Tests for analysis.corpus.reading: loading, decoding, normalisation, languages and metadata."""

from __future__ import annotations

import struct
import warnings

import pandas as pd
import pytest
from paths import SEED_LANGS, SEEDS_DIR

from analysis import CorpusError, load_corpus, normalize_text
from analysis.corpus.reading import CORPUS_COLUMNS, decode_bytes

# A realistic Russian paragraph (410 characters) for the Windows-1251 test.
RU_PARAGRAPH = (
    "Восстановление Харькова после освобождения города в августе 1943 года потребовало "
    "огромных усилий. Были разрушены промышленные предприятия, жилые дома, школы и больницы. "
    "В 1944 году на восстановительных работах трудились тысячи горожан, в том числе подростки "
    "и женщины. К концу 1945 года удалось вернуть в строй тракторный завод, электростанцию и "
    "часть трамвайных линий; население выросло до 500 тысяч человек."
)
EN_SENTENCE = "The reconstruction of the city began in August 1943 and lasted many years."
RU_SENTENCE = "Ранее депутат Госдумы подверг критике систему дистанционного голосования."
KK_SENTENCE = "Кеңестік жүйенің реформаларының қасіретті салдарларына байланысты зерттеулер."
ID_SENTENCE = "Pada tahun 1959 Presiden Soekarno mengeluarkan dekrit tentang konstitusi."


def _load_quietly(*args, **kwargs) -> tuple[pd.DataFrame, list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = load_corpus(*args, **kwargs)
    return out, [str(w.message) for w in caught if issubclass(w.category, UserWarning)]


# --------------------------------------------------------------------------- seeds


def test_seed_languages_and_encoding(seed_corpus):
    got = dict(zip(seed_corpus["doc_id"], seed_corpus["lang"], strict=True))
    assert got == SEED_LANGS
    assert seed_corpus["doc_id"].tolist() == sorted(SEED_LANGS)  # sorted by path
    assert (seed_corpus["encoding"] == "utf-8").all()
    assert ((seed_corpus["lang_confidence"] > 0.5) & (seed_corpus["lang_confidence"] <= 1)).all()


def test_seed_columns_and_dtypes(seed_corpus):
    assert list(seed_corpus.columns) == CORPUS_COLUMNS
    assert isinstance(seed_corpus.index, pd.RangeIndex)
    for col in ["doc_id", "path", "lang", "encoding", "text"]:
        assert pd.api.types.is_string_dtype(seed_corpus[col]), col
    assert seed_corpus["lang_confidence"].dtype == "float64"
    assert seed_corpus["n_chars"].dtype == "int64"
    assert (seed_corpus["n_chars"] == seed_corpus["text"].str.len()).all()


def test_seed_text_is_normalised_file_content(seed_corpus):
    for doc_id, path, text in zip(
        seed_corpus["doc_id"], seed_corpus["path"], seed_corpus["text"], strict=True
    ):
        raw = (SEEDS_DIR / f"{doc_id}.txt").read_bytes().decode("utf-8")
        assert path.endswith(f"{doc_id}.txt")
        assert text == normalize_text(raw)
        assert normalize_text(text) == text  # idempotent
        assert "\r" not in text and "\u00a0" not in text and "\ufeff" not in text


# --------------------------------------------------------------------------- normalize_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("е\u0308лка", "ёлка"),  # NFC: e + combining diaeresis -> ё (one code point)
        ("\u0438\u0306", "й"),  # и + breve
        ("\ufeffТекст", "Текст"),  # BOM removed
        ("22\u00a0427", "22 427"),  # no-break space
        ("22\u2009427,3", "22 427,3"),  # thin space
        ("100\u202f000", "100 000"),  # narrow no-break space
        ("a\tb", "a b"),
        ("по\u00adка", "пока"),  # soft hyphen removed
        ("ab\u200bcd", "abcd"),  # zero-width space removed
        ("a\r\nb", "a\nb"),  # CRLF -> LF
        ("a\rb\r\n\r\nc", "a\nb\n\nc"),
        ("a\u2028b", "a\nb"),
        ("«Ёлка» — 5%…", "«Ёлка» — 5%…"),  # case, quotes, dashes kept
    ],
)
def test_normalize_text_cases(raw, expected):
    assert normalize_text(raw) == expected


def test_normalize_text_lengths_and_type():
    # one-for-one replacement of spaces: offsets of the remaining characters do not shift
    assert len(normalize_text("a\u2009b\u00a0c")) == 5
    with pytest.raises(TypeError):
        normalize_text(b"bytes")


# --------------------------------------------------------------------------- decoding


def test_windows_1251_file_is_decoded(tmp_path):
    f = tmp_path / "ru1251.txt"
    f.write_bytes(RU_PARAGRAPH.encode("cp1251"))
    corpus = load_corpus(f)
    assert len(RU_PARAGRAPH) == 410
    assert corpus["encoding"].tolist() == ["cp1251"]
    assert corpus["text"].iloc[0] == RU_PARAGRAPH
    assert corpus["lang"].iloc[0] == "ru"
    assert corpus["doc_id"].iloc[0] == "ru1251"
    assert corpus["n_chars"].iloc[0] == 410


def test_utf8_bom_and_crlf_file(tmp_path):
    f = tmp_path / "bom.txt"
    f.write_bytes(b"\xef\xbb\xbf" + "Жаңа\r\nжол".encode())
    corpus = load_corpus([f])
    assert corpus["encoding"].tolist() == ["utf-8-sig"]
    assert corpus["text"].tolist() == ["Жаңа\nжол"]


# Found as a bug (short input decoded to garbage: b"caf\xe9" -> '捡曩' as utf_16_be) and
# fixed in 00a7121: short non-UTF-8 input is not guessed. It is skipped as undecodable with a
# warning naming the file (an error with strict=True).
@pytest.mark.parametrize(
    "data", [b"caf\xe9", "Привет".encode("cp1251")], ids=["latin1-cafe", "cp1251-privet"]
)
def test_short_undecidable_bytes_are_skipped_or_an_error_when_strict(tmp_path, data):
    f = tmp_path / "short.txt"
    f.write_bytes(data)
    corpus, msgs = _load_quietly(f)
    assert len(corpus) == 0
    assert any("short.txt" in m and "undecodable" in m for m in msgs), msgs
    with pytest.raises(CorpusError, match="short.txt: undecodable"):
        load_corpus(f, strict=True)


KK_PARAGRAPH = (
    "Индустрияландыруды сәтті дамыту үшін дамыған қатынас жолдарын, атап айтқанда, темір жол "
    "желісін салу қажеттігі туды. Алматыдан Семейге дейін созылған Түркістан-Сібір темір жолы "
    "1931 жылы ашылды. Өңірдегі ұлттық шаруашылық һәм ірі қалалар өсті."
)
EN_CP1252_PARAGRAPH = (
    "The reconstruction of Kharkiv’s centre began in 1943 — “a task without precedent”, as "
    "the city council’s report put it. Architects drew plans for a new façade on the main "
    "square, and the café near the opera reopened in 1944. Rationing continued; the naïve "
    "hope of a quick recovery faded."
)


@pytest.mark.parametrize("enc", ["kz1048", "utf-16-le", "utf-16-be"])
def test_kazakh_legacy_and_bomless_utf16_files(tmp_path, enc):
    f = tmp_path / "kk.txt"
    f.write_bytes(KK_PARAGRAPH.encode(enc))
    corpus = load_corpus(f)
    assert corpus["text"].iloc[0] == KK_PARAGRAPH
    assert corpus["encoding"].iloc[0].replace("_", "-") == enc
    assert corpus["lang"].iloc[0] == "kk"


# Regression: a cp1252 English paragraph was detected as cp1250 ('naïve' -> 'naďve');
# found by this suite, fixed in dc1186a.
def test_windows_1252_english_paragraph_is_decoded(tmp_path):
    f = tmp_path / "en1252.txt"
    f.write_bytes(EN_CP1252_PARAGRAPH.encode("cp1252"))
    corpus = load_corpus(f)
    assert corpus["text"].iloc[0] == EN_CP1252_PARAGRAPH
    assert corpus["encoding"].iloc[0] == "cp1252"


def test_decode_bytes_never_mangles_a_long_paragraph():
    for enc in ["cp1251", "koi8_r"]:
        text, got = decode_bytes(RU_PARAGRAPH.encode(enc))
        assert text == RU_PARAGRAPH
        assert got.replace("-", "_") == enc


def test_empty_file_gives_empty_row_with_warning(tmp_path):
    (tmp_path / "a_text.txt").write_text(EN_SENTENCE, encoding="utf-8")
    (tmp_path / "b_empty.txt").write_bytes(b"")
    corpus, msgs = _load_quietly(tmp_path)
    assert corpus["doc_id"].tolist() == ["a_text", "b_empty"]
    row = corpus.iloc[1]
    assert row["text"] == ""
    assert row["lang"] == "und"
    assert row["lang_confidence"] == 0.0
    assert row["n_chars"] == 0
    assert row["encoding"] == "empty"
    assert any("b_empty.txt" in m and "empty" in m for m in msgs), msgs


PNG_BYTES = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"
    b"\x1f\xf3\xffa\x00\x00\x00\x0cIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)


def test_binary_file_is_skipped_with_warning(tmp_path):
    (tmp_path / "a_text.txt").write_text(EN_SENTENCE, encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(PNG_BYTES)
    corpus, msgs = _load_quietly(tmp_path)
    assert corpus["doc_id"].tolist() == ["a_text"]
    assert any("image.txt" in m and "binary" in m for m in msgs), msgs


# Found as a bug (NUL-containing valid UTF-8 was loaded as text) and fixed in 00a7121.
def test_binary_file_that_is_valid_utf8_is_skipped(tmp_path):
    (tmp_path / "a_text.txt").write_text(EN_SENTENCE, encoding="utf-8")
    (tmp_path / "records.txt").write_bytes(struct.pack("<8I", *range(8)) * 4)
    corpus, msgs = _load_quietly(tmp_path)
    assert corpus["doc_id"].tolist() == ["a_text"]
    assert any("records.txt" in m for m in msgs)


def test_missing_paths_raise_file_not_found(tmp_path):
    with pytest.raises(FileNotFoundError, match="nothing-here"):
        load_corpus(tmp_path / "nothing-here")
    (tmp_path / "ok.txt").write_text(EN_SENTENCE, encoding="utf-8")
    with pytest.raises(FileNotFoundError, match="missing.txt"):
        load_corpus([tmp_path / "ok.txt", tmp_path / "missing.txt"])


# Regression: a missing path containing a space was loaded as a text (doc0000);
# found by this suite, fixed in dc1186a.
def test_missing_path_with_space_in_a_list_raises(tmp_path):
    folder = tmp_path / "my corpus"
    folder.mkdir()
    with pytest.raises(FileNotFoundError, match="missing.txt"):
        load_corpus([str(folder / "missing.txt")])


def test_nested_files_with_the_same_stem_get_their_relative_paths(tmp_path):
    for sub in ["a", "b"]:
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "x.txt").write_text(EN_SENTENCE, encoding="utf-8")
    (tmp_path / "x.txt").write_text(EN_SENTENCE, encoding="utf-8")
    assert load_corpus(tmp_path)["doc_id"].tolist() == ["a/x", "b/x", "x"]


def test_folder_is_searched_recursively_in_path_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "a_ru.txt").write_text(RU_SENTENCE, encoding="utf-8")
    (tmp_path / "z_en.txt").write_text(EN_SENTENCE, encoding="utf-8")
    (tmp_path / "ignored.md").write_text(EN_SENTENCE, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus["doc_id"].tolist() == ["b/a_ru", "z_en"]  # b/a_ru.txt < z_en.txt
    assert corpus["lang"].tolist() == ["ru", "en"]


def test_folder_without_txt_files(tmp_path):
    (tmp_path / "notes.md").write_text("# nothing", encoding="utf-8")
    with pytest.raises(CorpusError, match="no .txt files"):
        load_corpus(tmp_path)


# --------------------------------------------------------------------------- metadata


@pytest.fixture
def two_files(tmp_path):
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "en1.txt").write_text(EN_SENTENCE, encoding="utf-8")
    (d / "ru1.txt").write_text(RU_SENTENCE, encoding="utf-8")
    return d


def test_metadata_csv_is_joined_on_doc_id(two_files, tmp_path):
    meta = tmp_path / "meta.csv"
    meta.write_text("doc_id,source,year\nru1,duma,2021\nen1,journal,1999\n", encoding="utf-8")
    corpus = load_corpus(two_files, metadata=meta)
    assert list(corpus.columns) == CORPUS_COLUMNS + ["source", "year"]
    assert corpus["doc_id"].tolist() == ["en1", "ru1"]
    assert corpus["source"].tolist() == ["journal", "duma"]
    assert corpus["year"].tolist() == ["1999", "2021"]  # read as text, never guessed


def test_metadata_csv_saved_by_excel(two_files, tmp_path):
    # "CSV UTF-8" from Excel: byte-order mark and CRLF line ends; ids stay text ("007")
    meta = tmp_path / "meta.csv"
    meta.write_bytes(b"\xef\xbb\xbfdoc_id,code\r\nen1,007\r\nru1,010\r\n")
    corpus = load_corpus(two_files, metadata=meta)
    assert corpus["code"].tolist() == ["007", "010"]


def test_metadata_partial_rows_and_lang_override(two_files):
    meta = pd.DataFrame({"doc_id": ["ru1"], "lang": ["KK"], "group": ["x"]})
    corpus = load_corpus(two_files, metadata=meta)
    assert corpus["lang"].tolist() == ["en", "kk"]  # lower-cased, overrides detection
    assert corpus["lang_confidence"].iloc[1] == 1.0
    assert corpus["group"].iloc[1] == "x"
    assert pd.isna(corpus["group"].iloc[0])
    assert "lang" not in corpus.columns[len(CORPUS_COLUMNS) :]


def test_metadata_unknown_doc_id_names_the_row(two_files, tmp_path):
    meta = tmp_path / "meta.csv"
    meta.write_text("doc_id,source\nen1,journal\nzz9,web\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"meta\.csv.*row 3.*zz9"):
        load_corpus(two_files, metadata=meta)


def test_metadata_duplicate_doc_id_names_the_row(two_files, tmp_path):
    meta = tmp_path / "meta.csv"
    meta.write_text("doc_id,source\nen1,a\nru1,b\nen1,c\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"row 4.*en1"):
        load_corpus(two_files, metadata=meta)


def test_metadata_without_doc_id_column(two_files, tmp_path):
    meta = tmp_path / "meta.csv"
    meta.write_text("id,source\nen1,journal\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="doc_id"):
        load_corpus(two_files, metadata=meta)


def test_metadata_ragged_csv(two_files, tmp_path):
    meta = tmp_path / "meta.csv"
    meta.write_text("doc_id,source\nen1,journal\nru1,duma,extra\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="malformed"):
        load_corpus(two_files, metadata=meta)


def test_metadata_reserved_column(two_files):
    with pytest.raises(CorpusError, match="n_chars"):
        load_corpus(two_files, metadata=pd.DataFrame({"doc_id": ["en1"], "n_chars": [3]}))


def test_metadata_missing_file(two_files, tmp_path):
    with pytest.raises(FileNotFoundError):
        load_corpus(two_files, metadata=tmp_path / "nope.csv")


# --------------------------------------------------------------------------- in-memory sources


def test_dataframe_source():
    frame = pd.DataFrame(
        {"doc_id": [7, "b"], "text": ["a\u00a0b\r\nc", KK_SENTENCE], "lang": ["en", None]}
    )
    corpus = load_corpus(frame)
    assert list(corpus.columns) == CORPUS_COLUMNS
    assert corpus["doc_id"].tolist() == ["7", "b"]
    assert corpus["text"].tolist() == ["a b\nc", KK_SENTENCE]
    assert corpus["lang"].tolist() == ["en", "kk"]  # given, then detected
    assert corpus["lang_confidence"].iloc[0] == 1.0
    assert corpus["encoding"].tolist() == ["str", "str"]
    assert corpus["path"].isna().all()
    assert corpus["n_chars"].tolist() == [5, len(KK_SENTENCE)]


def test_dataframe_source_errors():
    with pytest.raises(CorpusError, match="text"):
        load_corpus(pd.DataFrame({"doc_id": ["a"]}))
    with pytest.raises(TypeError, match="doc_id 'b' has float"):
        load_corpus(pd.DataFrame({"doc_id": ["a", "b"], "text": ["ok text", 3.0]}))
    with pytest.raises(CorpusError, match="missing .None/NaN. for doc_id 'b'"):
        load_corpus(pd.DataFrame({"doc_id": ["a", "b"], "text": ["ok text", None]}))
    with pytest.raises(CorpusError, match="'a' occurs more than once"):
        load_corpus(pd.DataFrame({"doc_id": ["a", "a"], "text": ["one two", "three four"]}))


def test_list_of_strings_source():
    corpus = load_corpus([RU_SENTENCE, ID_SENTENCE, EN_SENTENCE, KK_SENTENCE])
    assert corpus["doc_id"].tolist() == ["doc0000", "doc0001", "doc0002", "doc0003"]
    assert corpus["lang"].tolist() == ["ru", "id", "en", "kk"]
    assert corpus["encoding"].tolist() == ["str"] * 4
    assert corpus["text"].tolist() == [RU_SENTENCE, ID_SENTENCE, EN_SENTENCE, KK_SENTENCE]


def test_empty_list_source():
    with pytest.raises(CorpusError, match="empty"):
        load_corpus([])


# --------------------------------------------------------------------------- languages=


def test_languages_str_forces_every_document():
    corpus = load_corpus([RU_SENTENCE, EN_SENTENCE], languages="KK")
    assert corpus["lang"].tolist() == ["kk", "kk"]
    assert corpus["lang_confidence"].tolist() == [1.0, 1.0]


def test_languages_dict_overrides_one_document():
    corpus = load_corpus([RU_SENTENCE, EN_SENTENCE], languages={"doc0001": "id"})
    assert corpus["lang"].tolist() == ["ru", "id"]
    assert corpus["lang_confidence"].iloc[1] == 1.0
    with pytest.raises(CorpusError, match="doc9999"):
        load_corpus([RU_SENTENCE], languages={"doc9999": "ru"})


def test_languages_list_is_the_candidate_set(seed_corpus):
    restricted = load_corpus(SEEDS_DIR, languages=["ru", "en"])
    langs = dict(zip(restricted["doc_id"], restricted["lang"], strict=True))
    assert set(langs.values()) <= {"ru", "en"}
    # Kazakh (Cyrillic) cannot be kk any more; the Russian and English seeds are unchanged
    assert langs["001_7dd0d3dcf9e21661"] == "ru"
    for doc_id, lang in SEED_LANGS.items():
        if lang in ("ru", "en"):
            assert langs[doc_id] == lang
    # same texts, same order as the unrestricted load
    assert restricted["text"].tolist() == seed_corpus["text"].tolist()


def test_languages_invalid_code():
    with pytest.raises(ValueError, match="xx"):
        load_corpus([RU_SENTENCE], languages=["ru", "xx"])
    with pytest.raises(ValueError, match="zz"):
        load_corpus([RU_SENTENCE], languages="zz")
