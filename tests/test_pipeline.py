"""The document pass: same tables in memory, with 1 or 2 jobs, on Dask, and from every source.

The corpus is generated from the seeds (``benchmarks/synthetic.py``: resampled and
perturbed paragraphs, numbers in each language's format), about 1.5 MB in 4 languages,
cut into small batches so that the workers really share the work.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfTransformer

import analysis
import analysis.cli as cli
from analysis.corpus.reading import CorpusError
from analysis.pipeline import PipelineError, compute_tables, run

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from synthetic import generate_corpus, write_corpus  # noqa: E402

BATCH = 150_000  # bytes per batch: about ten batches
PER_DOC = ["paragraph_languages", "summary_by_doc", "terms_by_doc", "tfidf", "passages",
           "numeric_mentions", "mention_density", "mention_kinds", "mention_years",
           "mention_magnitudes", "mention_benford", "mention_benford_conformity",
           "mention_units", "mention_neighbours"]


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    root = tmp_path_factory.mktemp("generated")
    docs = generate_corpus(1.5, doc_chars=30_000, random_state=7)
    paths = {fmt: write_corpus(docs, root / ("txt" if fmt == "txt" else f"docs.{fmt}"), fmt,
                               row_group_size=4)
             for fmt in ("txt", "csv", "parquet", "jsonl")}
    return docs, paths


@pytest.fixture(scope="module")
def serial(generated):
    _, paths = generated
    return compute_tables(paths["txt"], n_jobs=1, batch_bytes=BATCH)


def _plain(df: pd.DataFrame) -> pd.DataFrame:
    """Text columns as objects with None for missing (Parquet gives NaN in str columns)."""
    out = df.copy()
    for c in out.columns:
        if not pd.api.types.is_numeric_dtype(out[c]) and not pd.api.types.is_bool_dtype(out[c]):
            out[c] = pd.Series([None if pd.isna(v) else v for v in out[c]], dtype=object)
    return out


def _equal(a: dict, b: dict, names=None) -> None:
    assert sorted(a) == sorted(b)
    for name in names or a:
        pd.testing.assert_frame_equal(a[name], b[name], check_exact=True, obj=name)


def test_generated_corpus_has_four_languages_and_many_batches(generated, serial):
    docs, _ = generated
    assert sorted(set(serial["corpus"]["lang"])) == ["en", "id", "kk", "ru"]
    assert len(serial["corpus"]) == len(docs)
    assert docs["text"].str.len().sum() > 6 * BATCH


def test_two_jobs_give_identical_tables(generated, serial):
    _, paths = generated
    _equal(serial, compute_tables(paths["txt"], n_jobs=2, batch_bytes=BATCH))


def test_public_functions_equal_the_pass(generated, serial):
    _, paths = generated
    corpus = analysis.load_corpus(paths["txt"])
    expected = {
        "summary_by_doc": analysis.corpus_summary(corpus),
        "summary_by_lang": analysis.corpus_summary(corpus, by="lang"),
        "terms_by_doc": analysis.term_frequencies(corpus, top_n=50),
        "terms_by_lang": analysis.term_frequencies(corpus, by="lang", top_n=50),
        "tfidf": analysis.tfidf(corpus, top_n=50),
        "passages": analysis.passages(corpus),
        "paragraph_languages": analysis.paragraph_languages(corpus),
        "numeric_mentions": analysis.numeric_mentions(corpus),
    }
    for name, table in expected.items():
        pd.testing.assert_frame_equal(serial[name], table, check_exact=True, obj=name)
    stats = analysis.mention_stats(expected["numeric_mentions"], corpus)
    for key, table in stats.items():  # corpus order == doc_id order here
        pd.testing.assert_frame_equal(serial[f"mention_{key}"], table, check_exact=True,
                                      check_dtype=False, obj=key)
    pd.testing.assert_frame_equal(serial["corpus"], corpus.drop(columns="text"),
                                  check_exact=True)


def test_tfidf_equals_sklearn_transformer_on_the_full_matrix(generated):
    """Reference: TfidfTransformer fitted on unit counts, applied to document counts."""
    _, paths = generated
    corpus = analysis.load_corpus(paths["txt"])
    res = analysis.tfidf_matrix(corpus)
    table = analysis.tfidf(corpus, top_n=None, n_jobs=2)
    ru = res.vocabulary["scope"] == "ru"
    cols = np.flatnonzero(ru.to_numpy())
    rows = np.flatnonzero((res.index["lang"] == "ru").to_numpy())
    X = res.matrix[rows][:, cols].tocoo()
    ref = pd.DataFrame({"doc_id": res.index["doc_id"].to_numpy()[rows][X.row],
                        "term": res.vocabulary["term"].to_numpy()[cols][X.col],
                        "tfidf": X.data})
    ours = table[table["lang"] == "ru"][["doc_id", "term", "tfidf"]]
    merged = ref.merge(ours, on=["doc_id", "term"], how="outer", indicator=True)
    assert (merged["_merge"] == "both").all()
    np.testing.assert_allclose(merged["tfidf_x"], merged["tfidf_y"], rtol=0, atol=1e-12)
    idf = res.vocabulary[ru].set_index("term")["idf"]
    # the IDF takes the same operations as TfidfTransformer.fit: equal to the last bit
    assert (table.loc[table["lang"] == "ru", "idf"].to_numpy()
            == idf.loc[table.loc[table["lang"] == "ru", "term"]].to_numpy()).all()
    # and the IDF of a hand-made case, by the formula
    tiny = pd.DataFrame({"doc_id": ["a", "b"], "lang": ["en", "en"],
                         "text": ["war city war", "city plant"]})
    got = analysis.tfidf(tiny, unit="document")
    counts = sp.csr_matrix(np.array([[1, 0, 2], [1, 1, 0]], dtype=float))
    want = TfidfTransformer().fit_transform(counts).toarray()
    assert got.loc[got["term"] == "war", "tfidf"].item() == pytest.approx(want[0, 2], abs=1e-15)
    assert got.loc[got["term"] == "plant", "idf"].item() == pytest.approx(np.log(3 / 2) + 1)


@pytest.mark.parametrize("fmt", ["csv", "parquet", "jsonl"])
def test_streamed_formats_give_the_same_tables(generated, serial, fmt):
    _, paths = generated
    got = compute_tables(paths[fmt], n_jobs=2, batch_bytes=BATCH)
    _equal(serial, got, [n for n in serial if n not in ("corpus", "inputs")])
    keep = ["doc_id", "lang", "lang_confidence", "n_chars"]
    pd.testing.assert_frame_equal(got["corpus"][keep], serial["corpus"][keep])
    keep = ["doc_id", "status"]
    pd.testing.assert_frame_equal(got["inputs"][keep], serial["inputs"][keep])


def test_glob_source(generated, serial):
    _, paths = generated
    got = compute_tables(str(paths["txt"] / "*.txt"), n_jobs=1, batch_bytes=BATCH)
    _equal(serial, got)


def test_dask_local_cluster_gives_identical_tables(generated, serial):
    distributed = pytest.importorskip("dask.distributed")
    _, paths = generated
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        got = compute_tables(paths["txt"], client=client, batch_bytes=BATCH)
    _equal(serial, got)


def test_run_streams_parts_that_read_back_equal(generated, serial, tmp_path):
    _, paths = generated
    out = tmp_path / "out"
    written = run(paths["txt"], out, n_jobs=2, progress=False, batch_bytes=BATCH,
                  part_rows=2_000)
    assert (out / "numeric_mentions.parquet").is_dir()  # several parts
    assert len(list((out / "numeric_mentions.parquet").glob("part-*.parquet"))) > 1
    assert {p.name for p in out.iterdir() if p.name.startswith(".")} == {".current", ".runs"}
    assert {p.name for p in written} == {p.name for p in _visible(out)}
    assert all(p.is_symlink() and p.resolve().parent == (out / ".current").resolve()
               for p in written)
    for name in PER_DOC + ["summary_by_lang", "terms_by_lang"]:
        back = pd.read_parquet(out / f"{name}.parquet")
        pd.testing.assert_frame_equal(_plain(back), _plain(serial[name]), obj=name)
        csv = pd.read_csv(out / f"{name}.csv", keep_default_na=False, na_values=[""])
        assert len(csv) == len(serial[name])
    corpus = pd.read_parquet(out / "corpus.parquet")
    assert "text" not in corpus.columns and len(corpus) == len(serial["corpus"])


def test_run_is_byte_identical_for_any_number_of_jobs(generated, tmp_path):
    _, paths = generated
    outs = []
    for jobs in (1, 2):
        out = tmp_path / f"j{jobs}"
        run(paths["txt"], out, n_jobs=jobs, progress=False, batch_bytes=BATCH,
            formats=("csv",))
        outs.append({p.name: p.read_bytes() for p in _visible(out)})
    assert outs[0] == outs[1]


def test_failed_run_leaves_the_output_folder_as_it_was(generated, tmp_path, monkeypatch):
    _, paths = generated
    out = tmp_path / "out"
    tiny = pd.DataFrame({"doc_id": ["a"], "text": ["Явка составила 99,71 процента."]})
    run(tiny, out, n_jobs=1, progress=False)
    before = {p.name: p.read_bytes() for p in _visible(out)}

    def boom(self):
        raise RuntimeError("interrupted")

    monkeypatch.setattr("analysis.pipeline.reduce.PassReducer.finish", boom)
    with pytest.raises(RuntimeError, match="interrupted"):
        run(paths["txt"], out, n_jobs=2, progress=False, batch_bytes=BATCH)
    assert {p.name: p.read_bytes() for p in _visible(out)} == before
    assert len(list((out / ".runs").iterdir())) == 1  # the staged run is gone


def _visible(out):
    """The tables and manifest of an output folder (not its .runs / .current)."""
    return sorted(p for p in out.iterdir() if not p.name.startswith("."))


def _die(task, spec):
    os.kill(os.getpid(), signal.SIGKILL)


def test_a_killed_worker_fails_the_run_with_a_clear_message(generated, tmp_path,
                                                           monkeypatch):
    _, paths = generated
    monkeypatch.setattr("analysis.pipeline.engine.process_batch", _die)
    with pytest.raises(PipelineError, match="worker process died"):
        run(paths["txt"], tmp_path / "out", n_jobs=2, progress=False, batch_bytes=BATCH)
    assert not (tmp_path / "out").exists()  # created by the run, removed with it


@pytest.mark.parametrize("name, content, message", [
    ("no_text.csv", "doc_id,body\na,hello\n", "lacks the column(s) ['text']"),
    ("broken.parquet", "this is not parquet", "unreadable Parquet file"),
    ("bad.jsonl", '{"doc_id": "a"}\n', "lacks the field(s) ['text']"),
])
def test_bad_tabular_source_is_one_error_naming_the_file(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CorpusError) as info:
        compute_tables(path)
    assert str(path) in str(info.value) and message in str(info.value)


def test_undecodable_text_file_names_the_file(tmp_path, capsys):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "ok.txt").write_text("Явка составила 99,71 процента на выборах.", encoding="utf-8")
    (folder / "noise.txt").write_bytes(bytes(range(128, 256)) * 4)
    # by default the file is skipped with a warning naming it, and listed in inputs
    code = cli.main(["run", str(folder), "--out", str(tmp_path / "o"), "--quiet"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 0 and len(err) == 1 and "noise.txt" in err[0] and "undecodable" in err[0]
    inputs = pd.read_csv(tmp_path / "o" / "inputs.csv", keep_default_na=False)
    assert inputs.set_index("doc_id").loc["noise", "reason"] == "undecodable"
    # with --strict it ends the run with one line naming the file
    code = cli.main(["run", str(folder), "--out", str(tmp_path / "s"), "--quiet", "--strict"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and "noise.txt" in err[0]


def test_duplicate_doc_ids_in_a_table_source_are_an_error(tmp_path):
    path = tmp_path / "dup.jsonl"
    path.write_text('{"doc_id": "a", "text": "one"}\n{"doc_id": "a", "text": "two"}\n',
                    encoding="utf-8")
    with pytest.raises(CorpusError, match="'a' occurs more than once"):
        compute_tables(path)


def test_metadata_columns_of_a_table_source_reach_the_corpus_table(tmp_path):
    path = tmp_path / "docs.csv"
    pd.DataFrame({"doc_id": ["a", "b"], "period": ["1930s", "1940s"], "lang": ["ru", ""],
                  "text": ["Выборы прошли в 1937 году.", "The plant reopened in 1944."]}
                 ).to_csv(path, index=False)
    corpus = compute_tables(path, n_jobs=1)["corpus"]
    assert corpus[["doc_id", "lang", "period"]].values.tolist() == [
        ["a", "ru", "1930s"], ["b", "en", "1940s"]]


def test_counts_from_chunks_equal_counts_over_the_token_table(generated, serial):
    """Reference: the regex token table (one row per token), counted with pandas."""
    _, paths = generated
    corpus = analysis.load_corpus(paths["txt"]).iloc[::7].reset_index(drop=True)
    toks = analysis.tokens(corpus)
    words = toks[toks["kind"] == "word"]
    summary = serial["summary_by_doc"].set_index("doc_id").loc[corpus["doc_id"]]
    n_tokens = words.groupby("doc_id").size().reindex(corpus["doc_id"], fill_value=0)
    n_types = words.groupby("doc_id")["term"].nunique().reindex(corpus["doc_id"], fill_value=0)
    n_numbers = toks[toks["kind"].isin(["number", "alnum", "roman"])].groupby("doc_id").size()
    assert summary["n_tokens"].tolist() == n_tokens.tolist()
    assert summary["n_types"].tolist() == n_types.tolist()
    assert summary["n_numbers"].tolist() == n_numbers.reindex(corpus["doc_id"],
                                                               fill_value=0).tolist()
    content = words[~words["is_stop"]]
    want = content.groupby(["doc_id", "term"]).size().rename("want").reset_index()
    got = analysis.term_frequencies(corpus, n_jobs=2, min_length=1)
    merged = got.merge(want, on=["doc_id", "term"], how="outer")
    assert merged["count"].notna().all() and merged["want"].notna().all()
    assert (merged["count"] == merged["want"]).all()


def test_topic_models_fit_from_the_content_terms_of_the_pass(seed_corpus):
    tables = compute_tables(seed_corpus, include_content_terms=True)
    pd.testing.assert_frame_equal(tables["content_terms"], analysis.content_terms(seed_corpus),
                                  check_exact=True)
    from_pass = analysis.fit_topics(tables["content_terms"], n_topics=3, random_state=0)
    from_corpus = analysis.fit_topics(seed_corpus, n_topics=3, random_state=0)
    pd.testing.assert_frame_equal(from_pass.topic_terms(), from_corpus.topic_terms())


def test_one_large_parquet_row_group_is_cut_into_slices(generated, serial, tmp_path):
    from analysis.corpus.sources import plan_tasks

    docs, _ = generated
    path = write_corpus(docs, tmp_path / "one.parquet", "parquet", row_group_size=100_000)
    tasks = list(plan_tasks(path, batch_bytes=BATCH)[0])
    assert len(tasks) > 3 and {t.row_groups for t in tasks} == {(0,)}
    assert [t.rows for t in tasks][0][0] == 0 and tasks[-1].rows[1] == len(docs)
    got = compute_tables(path, n_jobs=2, batch_bytes=BATCH)
    _equal(serial, got, [n for n in serial if n not in ("corpus", "inputs")])


def test_run_folder_manifest_inputs_stale_tables_lock_and_leftovers(tmp_path):
    import fcntl
    import json

    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "ru.TXT").write_text("Явка составила 99,71 процента в 2024 году.", encoding="utf-8")
    (folder / "bin.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.md").write_text("mine", encoding="utf-8")
    (out / ".staging-leftover").mkdir()  # an interrupted run
    run(folder, out, n_jobs=1, progress=False, include_tokens=True)
    inputs = pd.read_csv(out / "inputs.csv", keep_default_na=False)
    assert inputs[["doc_id", "status", "reason"]].values.tolist() == [
        ["bin", "skipped", "binary"], ["ru", "loaded", ""]]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["tables"]["numeric_mentions"]["rows"] == 2
    assert manifest["documents"] == 1 and manifest["skipped"] == 1
    assert (out / "tokens.csv").exists() and not (out / ".staging-leftover").exists()
    # a second run without tokens and only CSV removes the first run's other tables only
    run(folder, out, n_jobs=1, progress=False, formats=("csv",))
    names = {p.name for p in out.iterdir()}
    assert "tokens.csv" not in names and "corpus.parquet" not in names
    assert "notes.md" in names and "corpus.csv" in names
    # a second run into a folder being written is refused before any work
    fd = os.open(out, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(ValueError, match="another run is writing"):
            run(folder, out, n_jobs=1, progress=False)
    finally:
        os.close(fd)


@pytest.mark.parametrize("out", ["", "."])
def test_empty_out_is_refused(tmp_path, out):
    with pytest.raises(ValueError, match="out must name"):
        run(pd.DataFrame({"doc_id": ["a"], "text": ["x"]}), out, progress=False)


def test_out_that_is_a_file_is_refused(tmp_path):
    (tmp_path / "f").write_text("x")
    with pytest.raises(ValueError, match="is not a folder"):
        run(pd.DataFrame({"doc_id": ["a"], "text": ["x"]}), tmp_path / "f", progress=False)


def test_cli_dask_local_cluster_and_one_progress_bar(generated, serial, tmp_path, capsys):
    pytest.importorskip("dask.distributed")
    _, paths = generated
    out = tmp_path / "out"
    code = cli.main(["run", str(paths["jsonl"]), "--out", str(out), "--dask", "local:2",
                     "--format", "csv"])
    err = capsys.readouterr().err
    assert code == 0, err
    bars = {line.split(":")[0].strip() for line in err.replace("\r", "\n").splitlines()
            if "%|" in line}
    assert bars == {"documents"}  # one bar for the whole pass, not one per table
    got = pd.read_csv(out / "terms_by_doc.csv", keep_default_na=False)
    assert len(got) == len(serial["terms_by_doc"])
    assert got["term"].tolist() == serial["terms_by_doc"]["term"].tolist()


def test_bad_dask_address_is_one_error_line(tmp_path, capsys):
    code = cli.main(["run", str(tmp_path), "--out", str(tmp_path / "o"), "--dask", "local:x"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and "local:N" in err[0]
