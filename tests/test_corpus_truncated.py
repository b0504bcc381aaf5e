"""UTF-8 files with a few broken bytes are read, with U+FFFD and a warning naming the file."""

import pytest

from analysis import load_corpus

TEXT = ("Жоспар бойынша 1931 жылға дейін 1145 шақырым темір жол салынды. " * 20).strip()[:-1]


def test_truncated_utf8_file_is_read_with_replacement(tmp_path):
    f = tmp_path / "cut.txt"
    f.write_bytes(TEXT.encode("utf-8")[:-1])  # cuts the last letter (ы, 2 bytes) in half
    with pytest.warns(UserWarning, match="cut.txt.*not valid UTF-8 at 1 place"):
        corpus = load_corpus(f)
    assert corpus["encoding"].iloc[0] == "utf-8-replace"
    assert corpus["text"].iloc[0] == TEXT[:-1] + "\ufffd"
    assert corpus["lang"].iloc[0] == "kk"


def test_many_invalid_bytes_are_not_read_as_utf8(tmp_path):
    f = tmp_path / "cp.txt"
    f.write_bytes(("Выборы прошли в сентябре, явка составила 99,71 процента. " * 5).encode("cp1251"))
    corpus = load_corpus(f)
    assert corpus["encoding"].iloc[0] == "cp1251"
    assert "\ufffd" not in corpus["text"].iloc[0]
