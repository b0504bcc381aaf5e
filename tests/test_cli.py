"""Tests for the command line: ``python -m analysis run CORPUS --out DIR``."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pandas as pd
import pytest
from paths import SEEDS_DIR

import analysis
import analysis.cli as cli
from analysis import corpus_summary, passages, term_frequencies, tfidf
from analysis.cli import write_tables

BASE_TABLES = [
    "corpus",
    "paragraph_languages",
    "summary_by_doc",
    "summary_by_lang",
    "terms_by_doc",
    "terms_by_lang",
    "tfidf",
    "passages",
]


def _run(*args, cwd):
    env = {**os.environ, "PYTHONHASHSEED": "0", "MPLBACKEND": "Agg"}
    return subprocess.run(
        [sys.executable, "-m", "analysis", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def _csv(df: pd.DataFrame) -> str:
    return df.to_csv(index=False, lineterminator="\n")


# Regression: mention_stats (a dict of tables) was stored as one table and write_tables
# crashed with AttributeError; found by this suite, fixed in 52b5431.
def test_run_on_seeds_writes_every_table(tmp_path, seed_corpus):
    out = tmp_path / "tables"
    proc = _run("run", SEEDS_DIR, "--out", out, "--quiet", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    files = sorted(p.name for p in out.iterdir()
                   if p.name != "manifest.json" and not p.name.startswith("."))
    assert len(list((out / ".runs").iterdir())) == 1  # one run, no staging leftovers
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["documents"] == 5 and manifest["tables"]["corpus"]["rows"] == 5
    assert sorted(f for t in manifest["tables"].values() for f in t["files"]) == files
    stems = {f.rsplit(".", 1)[0] for f in files}
    assert sorted(files) == sorted(f"{n}.{ext}" for n in stems for ext in ("parquet", "csv"))
    # every documented table; the mention statistics are written as mention_* tables
    assert set(BASE_TABLES) | {"numeric_mentions"} <= stems
    assert any(s.startswith("mention_") for s in stems)
    assert proc.stdout.strip() == f"wrote {len(files) + 1} files to {out}"
    # the CSV is byte for byte what the library call gives
    assert (out / "terms_by_doc.csv").read_text(encoding="utf-8") == _csv(
        term_frequencies(seed_corpus, by="doc_id", top_n=50)
    )
    assert (out / "tfidf.csv").read_text(encoding="utf-8") == _csv(tfidf(seed_corpus, top_n=50))
    parquet = pd.read_parquet(out / "summary_by_doc.parquet")
    pd.testing.assert_frame_equal(parquet, corpus_summary(seed_corpus), check_dtype=False)


def test_written_tables_equal_library_calls(tmp_path, seed_corpus):
    """The write step of ``run`` for the tables that do not involve mentions."""
    tables = {
        "terms_by_doc": term_frequencies(seed_corpus, by="doc_id", top_n=50),
        "terms_by_lang": term_frequencies(seed_corpus, by="lang", top_n=50),
        "passages": passages(seed_corpus),
    }
    written = write_tables(tables, tmp_path / "out")
    assert sorted(p.name for p in written) == sorted(
        f"{n}.{ext}" for n in tables for ext in ("parquet", "csv")
    )
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(p.name for p in written)
    for name, df in tables.items():
        assert (tmp_path / "out" / f"{name}.csv").read_text(encoding="utf-8") == _csv(df)
        back = pd.read_parquet(tmp_path / "out" / f"{name}.parquet")
        pd.testing.assert_frame_equal(back, df, check_dtype=False)
        assert back.columns.tolist() == df.columns.tolist()
    only_csv = write_tables({"t": tables["passages"]}, tmp_path / "csv", formats=("csv",))
    assert [p.name for p in only_csv] == ["t.csv"]


def test_run_options_on_a_small_corpus(tmp_path, capsys):
    """--metadata, --languages, --top-n, --format csv, and warnings on stderr."""
    corpus_dir = tmp_path / "c"
    corpus_dir.mkdir()
    (corpus_dir / "ru1.txt").write_text(
        "Ранее депутат Госдумы подверг критике систему голосования в 2021 году. "
        "Голосование прошло онлайн, голосование признали честным.",
        encoding="utf-8",
    )
    (corpus_dir / "kk1.txt").write_text(
        "Кеше қалада темір жолдың тарихына арналған жаңа көрме ашылды. Көрме 1931 жылы "
        "салынған темір жол туралы.",
        encoding="utf-8",
    )
    (corpus_dir / "zz_empty.txt").write_bytes(b"")
    meta = tmp_path / "meta.csv"
    meta.write_text("doc_id,source\nru1,duma\nkk1,museum\n", encoding="utf-8")
    out = tmp_path / "out"
    code = cli.main(
        [
            "run",
            str(corpus_dir),
            "--out",
            str(out),
            "--quiet",
            "--format",
            "csv",
            "--metadata",
            str(meta),
            "--languages",
            "ru,kk",
            "--top-n",
            "2",
        ]
    )
    captured = capsys.readouterr()
    assert code == 0, captured.err
    warnings_ = [line for line in captured.err.splitlines() if line.startswith("warning:")]
    assert len(warnings_) == 1 and "zz_empty.txt" in warnings_[0]
    files = sorted(p.name for p in out.iterdir()
                   if p.name != "manifest.json" and not p.name.startswith("."))
    assert files and all(f.endswith(".csv") for f in files)
    corpus = pd.read_csv(out / "corpus.csv", keep_default_na=False)
    assert corpus["doc_id"].tolist() == ["kk1", "ru1", "zz_empty"]
    assert corpus["lang"].tolist() == ["kk", "ru", "und"]
    assert corpus["source"].tolist() == ["museum", "duma", ""]
    terms = pd.read_csv(out / "terms_by_doc.csv")
    assert terms.groupby("doc_id").size().to_dict() == {"kk1": 2, "ru1": 2}
    ru = terms[terms["doc_id"] == "ru1"]
    # голосование x2; then count-1 terms by codepoint: "гол" < "гос" (л U+043B < с U+0441)
    assert ru[["term", "count"]].values.tolist() == [["голосование", 2], ["голосования", 1]]


def test_missing_path_is_one_error_line(tmp_path):
    out = tmp_path / "out"
    proc = _run("run", tmp_path / "does-not-exist", "--out", out, cwd=tmp_path)
    assert proc.returncode != 0
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("error:")
    assert "does-not-exist" in lines[0]
    assert "Traceback" not in proc.stderr
    assert proc.stdout == ""
    assert not out.exists() or not any(out.iterdir())


def test_failure_mid_run_leaves_no_files(tmp_path, monkeypatch, capsys):
    corpus_dir = tmp_path / "c"
    corpus_dir.mkdir()
    (corpus_dir / "en1.txt").write_text(
        "The reconstruction of the city began in August 1943.", encoding="utf-8"
    )
    out = tmp_path / "out"

    def boom(*args, **kwargs):
        raise ValueError("tfidf failed half-way")

    monkeypatch.setattr("analysis.pipeline.reduce.PassReducer.finish", boom)
    code = cli.main(["run", str(corpus_dir), "--out", str(out), "--quiet"])
    assert code != 0
    err = capsys.readouterr().err.splitlines()
    assert err == ["error: tfidf failed half-way"]
    assert not out.exists() or list(out.iterdir()) == []


def test_write_tables_is_all_or_nothing(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "good.csv").write_text("old content\n", encoding="utf-8")
    good = pd.DataFrame({"term": ["ғасыр", "жыл"], "count": [3, 2]})
    # an object column mixing int and str: pyarrow refuses it (after good.* were staged)
    bad = pd.DataFrame({"value": [1, "x"]}, dtype=object)
    with pytest.raises((ValueError, TypeError)):
        write_tables({"good": good, "bad": bad}, out)
    assert sorted(p.name for p in out.iterdir()) == ["good.csv"]  # no staging folder left
    assert (out / "good.csv").read_text(encoding="utf-8") == "old content\n"
    fresh = tmp_path / "fresh"
    with pytest.raises((ValueError, TypeError)):
        write_tables({"good": good, "bad": bad}, fresh)
    assert list(fresh.iterdir()) == []


def test_write_tables_rejects_unknown_format(tmp_path):
    with pytest.raises(ValueError, match="formats"):
        write_tables({"t": pd.DataFrame({"a": [1]})}, tmp_path, formats=("xlsx",))
    assert list(tmp_path.iterdir()) == []


def _main_exit(argv, capsys):
    """Run cli.main in-process where argparse exits; return (code, stdout, stderr)."""
    with pytest.raises(SystemExit) as exc:
        cli.main(argv)
    out = capsys.readouterr()
    return exc.value.code, out.out, out.err


def test_help(capsys):
    code, out, _ = _main_exit(["--help"], capsys)
    assert code == 0
    assert "run" in out and "figures-index" in out
    code, out, _ = _main_exit(["run", "--help"], capsys)
    assert code == 0
    assert "--out" in out
    assert "--metadata" in out and "--languages" in out and "--format" in out


# Regression: the top-level help did not mention --out; fixed in dc1186a.
def test_top_level_help_mentions_out(capsys):
    code, out, _ = _main_exit(["--help"], capsys)
    assert code == 0
    assert "--out" in out


def test_usage_errors_exit_2(capsys):
    code, _, err = _main_exit(["run", str(SEEDS_DIR)], capsys)  # --out missing
    assert code == 2
    assert "--out" in err
    code, _, err = _main_exit([], capsys)
    assert code == 2
    code, _, err = _main_exit(["run", str(SEEDS_DIR), "--out", "x", "--format", "xlsx"], capsys)
    assert code == 2 and "--format" in err


@pytest.mark.parametrize(("args", "message"), [
    (["--top-n", "0"], "argument --top-n/--top-k: must be a number >= 1 or 'all'; got '0'"),
    (["--jobs", "0"], "argument --jobs: must be a number >= 1 or -1; got '0'"),
    (["--languages", "ru,xx"], "unknown: ['xx']"),
    (["--metadata", "missing.csv"], "--metadata missing.csv: no such file"),
])
def test_bad_options_fail_before_any_work(tmp_path, monkeypatch, capsys, args, message):
    """Each bad option is one error before the corpus is read (the pass must not start)."""
    def boom(*a, **k):
        raise AssertionError("the pass started")

    monkeypatch.setattr("analysis.pipeline.engine.run_pass", boom)
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out"
    try:
        code = cli.main(["run", str(SEEDS_DIR), "--out", str(out), "--quiet", *args])
    except SystemExit as exc:  # argparse's own errors
        code = exc.code
    assert code == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_top_n_all_keeps_every_term(tmp_path):
    out = tmp_path / "out"
    assert cli.main(["run", str(SEEDS_DIR), "--out", str(out), "--quiet", "--jobs", "1",
                     "--top-n", "all", "--format", "csv"]) == 0
    terms = pd.read_csv(out / "terms_by_doc.csv")
    assert terms.groupby("doc_id").size().min() > 50


def test_a_folder_without_readable_text_is_an_error(tmp_path, capsys):
    folder = tmp_path / "bin"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_bytes(b"\x00\x01\x02binary\x00" * 20)
    out = tmp_path / "out"
    assert cli.main(["run", str(folder), "--out", str(out), "--quiet"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[-1] == (f"error: {folder}: no readable text document (2 file(s) skipped, see "
                       "the warnings); nothing was written.")
    assert not out.exists()


def test_figures_index_refuses_a_missing_folder(tmp_path, capsys):
    missing = tmp_path / "nope"
    assert cli.main(["figures-index", str(missing)]) == 2
    assert capsys.readouterr().err.strip() == f"error: {missing}: no such folder of figures."
    assert not missing.exists()


def test_keyness_collocations_and_kwic_commands_write_the_library_tables(tmp_path, capsys,
                                                                        seed_corpus):
    target = sorted(seed_corpus.loc[seed_corpus["lang"] == "ru", "doc_id"])[0]
    out = tmp_path / "k"
    assert cli.main(["keyness", str(SEEDS_DIR), "--target", target, "--out", str(out),
                     "--jobs", "1", "--top-n", "3"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert len(printed) == 1 + 3  # header and the three top ranks
    pd.testing.assert_frame_equal(pd.read_parquet(out / "keyness.parquet"),
                                  analysis.keyness(seed_corpus, target=target),
                                  check_dtype=False)
    assert cli.main(["collocations", str(SEEDS_DIR), "--out", str(tmp_path / "c"),
                     "--jobs", "1"]) == 0
    capsys.readouterr()
    assert cli.main(["kwic", str(SEEDS_DIR), "голосование", "--jobs", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    expected = analysis.kwic(seed_corpus, "голосование")
    assert len(lines) == len(expected) > 0
    assert all("[голосование]" in line.lower() for line in lines)
    assert cli.main(["kwic", str(SEEDS_DIR), "голосование", "--lemmatize", "--jobs", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(analysis.kwic(seed_corpus, "голосование", lemmatize=True)) > len(
        expected)
    assert cli.main(["keyness", str(SEEDS_DIR), "--target", target, "--forms", "--out",
                     str(tmp_path / "f"), "--jobs", "1"]) == 0
    capsys.readouterr()
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "f" / "keyness.parquet"),
                                  analysis.keyness(seed_corpus, target=target, lemmatize=False),
                                  check_dtype=False)
    assert cli.main(["kwic", str(SEEDS_DIR), "--kind", "nonsense", "--jobs", "1"]) == 2
