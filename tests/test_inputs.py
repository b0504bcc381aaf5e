"""Every input file accounted for: the ``inputs`` table of load_corpus and of the streamed pass.

One folder holds every kind of bad input (binary, empty, undecodable, damaged UTF-8, a NUL
byte, a BOM followed by invalid bytes, a file name that is not UTF-8, an upper-case suffix,
same-named files in two folders, links of every kind, an unreadable file); load_corpus and
run must list each file with the same status and reason, warn once per skipped file, and
stop at the first one with ``strict``.
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import pandas as pd
import pytest

from analysis import CorpusError, cli, compute_tables, load_corpus, run
from analysis.corpus import files as reading_files
from analysis.corpus.encodings import decode_bytes

pytestmark = pytest.mark.skipif(not hasattr(os, "symlink") or os.name != "posix",
                                reason="links and byte file names need a POSIX file system")

RU = "Явка на выборах составила 99,71 процента, голосование прошло в 2024 году."
EN = "The reconstruction of the city began in August 1943 and lasted many years."
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00"
       b"\x00\x1f\xf3\xffa\x00\x00\x00\x0cIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02")
BAD_NAME = b"caf\xe9.txt"  # Latin-1 bytes: not a UTF-8 file name

#: relative path -> (doc_id, status, reason) with follow_links="inside"
EXPECTED = {
    "X.TXT": ("X", "loaded", ""),
    "a/x.TXT": ("a/x", "loaded", ""),
    "a/x.txt": ("a/x", "skipped", "duplicate"),  # same doc_id as a/x.TXT, first in order
    "alias.txt": ("alias", "skipped", "duplicate"),  # a link to good.txt
    "b/x.txt": ("b/x", "loaded", ""),
    "bad_utf8.txt": ("bad_utf8", "loaded", ""),
    "bin.txt": ("bin", "skipped", "binary"),
    "bom_bad.txt": ("bom_bad", "loaded", ""),
    "bom_worse.txt": ("bom_worse", "skipped", "undecodable"),
    "caf\\xe9.txt": ("caf\\xe9", "loaded", ""),
    "cp.txt": ("cp", "skipped", "undecodable"),
    "empty.txt": ("empty", "loaded", "empty"),
    "ext": ("", "skipped", "symlink outside the source"),  # a folder link
    "gone.txt": ("gone", "skipped", "broken link"),
    "good.txt": ("good", "loaded", ""),
    "linked": ("", "skipped", "duplicate"),  # a link to the folder real/, read already
    "locked.txt": ("locked", "skipped", "unreadable"),
    "loop": ("", "skipped", "symlink loop"),  # a link to the source folder itself
    "nul.txt": ("nul", "loaded", ""),
    "out.txt": ("out", "skipped", "symlink outside the source"),
    "real/r.txt": ("real/r", "loaded", ""),
    "self.txt": ("self", "skipped", "symlink loop"),
}
#: what follow_links="all" changes
FOLLOWED = {
    "ext/o.txt": ("ext/o", "loaded", ""),
    "out.txt": ("out", "loaded", ""),
}


@pytest.fixture
def source(tmp_path, monkeypatch) -> Path:
    """A folder with every bad input, and a folder outside it that links point to."""
    src, outside = tmp_path / "src", tmp_path / "outside"
    for d in (src / "a", src / "b", src / "real", outside):
        d.mkdir(parents=True)
    files = {
        "good.txt": EN.encode(), "X.TXT": RU.encode(), "a/x.txt": EN.encode(),
        "a/x.TXT": RU.encode(), "b/x.txt": EN.encode(), "real/r.txt": RU.encode(),
        "bin.txt": PNG, "empty.txt": b"", "cp.txt": "Привет".encode("cp1251"),
        "bad_utf8.txt": RU.encode()[:20] + b"\xff" + RU.encode()[20:],
        "nul.txt": RU.encode()[:20] + b"\x00" + RU.encode()[20:],
        "bom_bad.txt": b"\xef\xbb\xbf" + RU.encode() + b"\xff",
        "bom_worse.txt": b"\xef\xbb\xbf" + bytes(range(128, 256)),
        "locked.txt": EN.encode(), "notes.md": EN.encode(),
    }
    for name, data in files.items():
        (src / name).write_bytes(data)
    with open(os.path.join(os.fsencode(src), BAD_NAME), "wb") as fh:
        fh.write(EN.encode())
    (outside / "o.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "single.txt").write_text(RU, encoding="utf-8")
    links = {"alias.txt": "good.txt", "linked": "real", "loop": ".", "self.txt": "self.txt",
             "gone.txt": "nowhere.txt", "ext": str(outside), "out.txt": str(tmp_path / "single.txt")}
    for name, target in links.items():
        os.symlink(target, src / name)
    _make_unreadable(src / "locked.txt", monkeypatch)
    return src


def _make_unreadable(path: Path, monkeypatch) -> None:
    """chmod 000; as root, which reads such files anyway, the read itself is refused."""
    path.chmod(0)
    if os.geteuid() == 0:
        real = reading_files._read_bytes

        def refuse(p):
            if os.fspath(p) == str(path):
                raise PermissionError(13, "Permission denied", str(p))
            return real(p)

        monkeypatch.setattr(reading_files, "_read_bytes", refuse)


def _expected(src: Path, rows: dict) -> pd.DataFrame:
    keys = sorted(rows, key=lambda k: tuple(k.split("/")))
    return pd.DataFrame([(str(src / k), *rows[k]) for k in keys],
                        columns=["path", "doc_id", "status", "reason"])


def _caught(fn, *args, **kwargs):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = fn(*args, **kwargs)
    return out, [str(w.message) for w in caught if issubclass(w.category, UserWarning)]


def _same(got: pd.DataFrame, expected: pd.DataFrame) -> None:
    got = got[["path", "doc_id", "status", "reason"]].astype(str).reset_index(drop=True)
    pd.testing.assert_frame_equal(got, expected.astype(str))


def test_load_corpus_lists_every_file_with_its_reason(source):
    (corpus, inputs), msgs = _caught(load_corpus, source, return_inputs=True)
    expected = _expected(source, EXPECTED)
    _same(inputs, expected)
    loaded = expected[expected["status"] == "loaded"]
    assert corpus["doc_id"].tolist() == loaded["doc_id"].tolist()
    assert corpus["path"].tolist() == loaded["path"].tolist()
    # one warning per skipped file, naming it and the reason
    for path, reason in expected[expected["status"] == "skipped"][["path", "reason"]].values:
        named = [m for m in msgs if m.startswith(f"{path}: skipped ({reason})")]
        assert len(named) == 1, (path, reason, msgs)


def test_damaged_text_is_read_with_a_warning_naming_file_and_count(source):
    (corpus, _), msgs = _caught(load_corpus, source, return_inputs=True)
    by_id = corpus.set_index("doc_id")
    assert by_id.loc["bad_utf8", "text"] == RU.encode()[:20].decode() + "\ufffd" + RU[11:]
    assert by_id.loc["bad_utf8", "encoding"] == "utf-8-replace"
    assert by_id.loc["nul", "text"] == RU and by_id.loc["nul", "encoding"] == "utf-8"
    assert by_id.loc["bom_bad", "text"] == RU + "\ufffd"
    assert by_id.loc["caf\\xe9", "text"] == EN and by_id.loc["empty", "encoding"] == "empty"
    for name, what in [("bad_utf8.txt", "at 1 place(s)"), ("nul.txt", "1 NUL byte(s) removed"),
                       ("bom_bad.txt", "at 1 place(s)"), ("empty.txt", "empty file")]:
        assert any(m.startswith(str(source / name)) and what in m for m in msgs), (name, msgs)


def test_bom_then_invalid_bytes_never_escape_as_a_codec_error():
    with pytest.warns(UserWarning, match="f.txt: not valid UTF-8 at 1 place"):
        assert decode_bytes(b"\xef\xbb\xbfok\xff", name="f.txt")[0] == "ok\ufffd"
    with pytest.raises(CorpusError, match="f.txt: starts with a UTF-8 byte-order mark"):
        decode_bytes(b"\xef\xbb\xbf" + bytes(range(128, 256)), name="f.txt")


def test_nul_bytes_in_binary_data_still_mean_binary():
    with pytest.raises(CorpusError, match="binary"):
        decode_bytes(b"\x00\x01\x02binary\x00" * 50)


@pytest.mark.parametrize("n_jobs", [1, 2])
def test_run_writes_the_same_inputs_as_load_corpus(source, tmp_path, n_jobs):
    if n_jobs == 2 and os.geteuid() == 0:
        (source / "locked.txt").unlink()  # as root, refused reads are simulated in-process
    (_, inputs), _ = _caught(load_corpus, source, return_inputs=True)
    out = tmp_path / "out"
    _, msgs = _caught(run, source, out, n_jobs=n_jobs, progress=False)
    for fmt in ("csv", "parquet"):
        written = (pd.read_csv(out / "inputs.csv", keep_default_na=False) if fmt == "csv"
                   else pd.read_parquet(out / "inputs.parquet"))
        _same(written, inputs.copy())
    corpus = pd.read_csv(out / "corpus.csv", keep_default_na=False)
    assert "caf\\xe9" in corpus["doc_id"].tolist()
    skipped = inputs[inputs["status"] == "skipped"]
    for path, reason in skipped[["path", "reason"]].values:
        assert sum(m.startswith(f"{path}: skipped ({reason})") for m in msgs) == 1, (path, msgs)


def test_follow_links_all_reads_links_that_leave_the_source(source, tmp_path):
    expected = _expected(source, {**EXPECTED, **FOLLOWED})
    expected = expected[expected["path"] != str(source / "ext")]
    (_, inputs), _ = _caught(load_corpus, source, follow_links="all", return_inputs=True)
    _same(inputs, expected.reset_index(drop=True))
    tables, _ = _caught(compute_tables, source, follow_links="all")
    assert {"ext/o", "out"} <= set(tables["corpus"]["doc_id"])
    with pytest.raises(ValueError, match="follow_links must be 'inside' or 'all'"):
        load_corpus(source, follow_links="none")


def test_cli_follow_links_and_strict(source, tmp_path, capsys):
    out = tmp_path / "out"
    code = cli.main(["run", str(source), "--out", str(out), "--quiet", "--jobs", "1",
                     "--format", "csv", "--follow-links", "all"])
    assert code == 0
    inputs = pd.read_csv(out / "inputs.csv", keep_default_na=False)
    assert {"ext/o", "out"} <= set(inputs.loc[inputs["status"] == "loaded", "doc_id"])
    err = capsys.readouterr().err
    assert f"warning: {source / 'bin.txt'}: skipped (binary)" in err
    code = cli.main(["run", str(source), "--out", str(tmp_path / "o2"), "--quiet",
                     "--jobs", "1", "--strict"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and err[-1].startswith(f"error: {source / 'a/x.txt'}: duplicate")
    assert not (tmp_path / "o2" / "inputs.csv").exists()


@pytest.mark.parametrize("call", ["load_corpus", "compute_tables"])
def test_strict_stops_at_the_first_skipped_file(source, call):
    fn = load_corpus if call == "load_corpus" else compute_tables
    with pytest.raises(CorpusError, match=r"a/x\.txt: duplicate: doc_id 'a/x'"):
        fn(source, strict=True)
    (source / "a" / "x.txt").unlink()
    with pytest.raises(CorpusError, match=r"alias\.txt: duplicate: the same file as"):
        fn(source, strict=True)


@pytest.mark.parametrize("bad, reason", [
    ("bin.txt", "binary"), ("cp.txt", "undecodable"), ("locked.txt", "unreadable"),
    ("gone.txt", "broken link"), ("self.txt", "symlink loop"),
    ("out.txt", "symlink outside the source"),
])
def test_strict_names_each_reason(tmp_path, monkeypatch, bad, reason):
    src = tmp_path / "s"
    src.mkdir()
    (src / "good.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "elsewhere.txt").write_text(EN, encoding="utf-8")
    make = {"bin.txt": lambda p: p.write_bytes(PNG),
            "cp.txt": lambda p: p.write_bytes("Привет".encode("cp1251")),
            "locked.txt": lambda p: (p.write_text(EN), _make_unreadable(p, monkeypatch)),
            "gone.txt": lambda p: os.symlink("nowhere.txt", p),
            "self.txt": lambda p: os.symlink("self.txt", p),
            "out.txt": lambda p: os.symlink(tmp_path / "elsewhere.txt", p)}
    make[bad](src / bad)
    corpus, msgs = _caught(load_corpus, src)
    assert corpus["doc_id"].tolist() == ["good"]
    assert [m for m in msgs if "skipped" in m] == [m for m in msgs if m.startswith(
        f"{src / bad}: skipped ({reason})")]
    for fn in (load_corpus, compute_tables):
        with pytest.raises(CorpusError, match=f"{bad}: {reason}"):
            fn(src, strict=True)


def test_flat_folders_keep_their_doc_ids(tmp_path):
    for name in ("b.txt", "a.TXT", "c.Txt"):
        (tmp_path / name).write_text(EN, encoding="utf-8")
    assert load_corpus(tmp_path)["doc_id"].tolist() == ["a", "b", "c"]


def test_a_followed_folder_link_is_read_once(tmp_path):
    src, shared = tmp_path / "src", tmp_path / "shared"
    src.mkdir()
    shared.mkdir()
    (shared / "s.txt").write_text(EN, encoding="utf-8")
    os.symlink(shared, src / "one")
    os.symlink(shared, src / "two")
    os.symlink(src, shared / "back")  # a loop through the outside folder
    (_, inputs), msgs = _caught(load_corpus, src, follow_links="all", return_inputs=True)
    assert inputs[["doc_id", "status", "reason"]].values.tolist() == [
        ["", "skipped", "symlink loop"], ["one/s", "loaded", ""],
        ["", "skipped", "duplicate"]]
    assert inputs["path"].tolist() == [str(src / p) for p in ("one/back", "one/s.txt", "two")]
    assert any(m.startswith(f"{src / 'two'}: skipped (duplicate)") for m in msgs)
