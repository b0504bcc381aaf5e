"""Benchmark: the whole document pass (``python -m analysis run``) against a reference, same run.

Generates a deterministic multilingual corpus (``synthetic.py``: seed paragraphs
resampled and perturbed, a growing vocabulary, numbers in each language's format),
writes it as ``.txt`` files, then times, one after the other on this machine:

- reference: read every file + ``TfidfVectorizer().fit_transform(texts)``;
- ``python -m analysis run DIR --jobs 1``, ``--jobs 2`` and ``--dask local:2``;
- hot spots on a slice: numeric-mention extraction vs the mention statistics reduction,
  and paragraph language identification with both cores;
- optionally (``--big-mb 1000``) the pass over one Parquet file with ``--jobs 2``: wall
  time, peak RSS of the whole process tree and the number of summary rows.

Peak memory is sampled every 0.2 s over the process and its children: the largest sum
of RSS (pages shared by forked workers counted once per process) and the largest sum of
PSS (shared pages divided among the processes that share them: the memory really used). Run: ``.venv/bin/python benchmarks/bench_pipeline.py [--mb 100] [--big-mb 1000]``.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import generate_corpus, write_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "build" / "bench"


def corpus_folder(mb: float, fmt: str) -> Path:
    """The generated corpus of ``mb`` MB as .txt files or one Parquet file (cached)."""
    name = f"corpus-{mb:g}mb" + ("" if fmt == "txt" else ".parquet")
    path = CACHE / name
    if not path.exists():
        t0 = time.perf_counter()
        docs = generate_corpus(mb, random_state=0)
        tmp = CACHE / f".tmp-{name}"
        shutil.rmtree(tmp, ignore_errors=True) if tmp.is_dir() else tmp.unlink(missing_ok=True)
        write_corpus(docs, tmp, fmt)
        tmp.rename(path)
        print(f"  generated {path.name}: {len(docs)} documents in {time.perf_counter() - t0:.0f} s")
    return path


def measure(cmd: list[str]) -> tuple[float, float, float]:
    """Wall seconds, peak RSS and peak PSS (MB, sums over the process tree) of a command."""
    import psutil

    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak, peak_pss = 0.0, 0.0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak, peak_pss
        p = psutil.Process(proc.pid)
        while not stop.is_set():
            try:
                infos = [q.memory_full_info() for q in [p, *p.children(recursive=True)]]
                peak = max(peak, sum(i.rss for i in infos) / 1e6)
                peak_pss = max(peak_pss, sum(i.pss for i in infos) / 1e6)
            except psutil.Error:
                pass
            time.sleep(0.2)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    _, err = proc.communicate()
    stop.set()
    th.join()
    if proc.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{err}")
    return time.perf_counter() - t0, peak, peak_pss


def reference(folder: Path) -> float:
    from sklearn.feature_extraction.text import TfidfVectorizer

    t0 = time.perf_counter()
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    TfidfVectorizer().fit_transform(texts)
    return time.perf_counter() - t0


def run_cli(source: Path, *extra: str) -> tuple[float, float, float]:
    out = Path(tempfile.mkdtemp(prefix="bench-out-"))
    try:
        return measure([sys.executable, "-m", "analysis", "run", str(source), "--out",
                        str(out / "tables"), "--quiet", "--format", "parquet", *extra])
    finally:
        shutil.rmtree(out, ignore_errors=True)


def n_docs_big(path: Path) -> int:
    import pyarrow.parquet as pq

    return pq.ParquetFile(path).metadata.num_rows


def hot_spots(mb: float) -> None:
    import analysis
    from analysis.pipeline.document import batch_mention_stats

    docs = generate_corpus(mb, random_state=1)
    corpus = analysis.load_corpus(docs)
    t0 = time.perf_counter()
    mentions = analysis.numeric_mentions(corpus)
    t_extract = time.perf_counter() - t0
    from analysis.mentions.summary import mention_neighbours

    texts = dict(zip(corpus["doc_id"], zip(corpus["lang"], corpus["text"], strict=True),
                     strict=True))
    words = []
    for d, sub in mentions.groupby("doc_id", sort=False):
        words += mention_neighbours(texts[d][1], texts[d][0], sub)
    mentions["neighbour"] = words
    sizes = analysis.corpus_summary(corpus)[["doc_id", "lang", "n_tokens"]]
    t0 = time.perf_counter()
    batch_mention_stats(mentions, sizes, 10)
    t_stats = time.perf_counter() - t0
    n_mb = docs["text"].str.encode("utf-8").str.len().sum() / 1e6
    print(f"  numeric mentions on {n_mb:.1f} MB: extraction {t_extract:.2f} s, statistics "
          f"reduction {t_stats:.2f} s -> ratio {t_stats / t_extract:.3f} (target <= 0.1)")
    t0 = time.perf_counter()
    analysis.paragraph_languages(corpus, n_jobs=2)
    t_para = time.perf_counter() - t0
    print(f"  paragraph languages, 2 jobs: {n_mb / t_para:.1f} MB/s (target >= 4)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=100.0, help="corpus size (default 100)")
    parser.add_argument("--big-mb", type=float, default=0.0,
                        help="also stream a Parquet corpus of this size (e.g. 1000)")
    parser.add_argument("--slice-mb", type=float, default=25.0, help="hot-spot slice size")
    parser.add_argument("--no-dask", action="store_true")
    args = parser.parse_args()
    import psutil

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, "
          f"{psutil.virtual_memory().total / 2**30:.0f} GiB, Python {platform.python_version()}")
    folder = corpus_folder(args.mb, "txt")
    size = sum(p.stat().st_size for p in folder.glob("*.txt")) / 1e6
    n_docs = len(list(folder.glob("*.txt")))
    print(f"corpus: {size:.0f} MB in {n_docs} .txt files")
    t_ref = reference(folder)
    print(f"  reference (read files + TfidfVectorizer): {t_ref:.1f} s")
    rows = {}
    for label, extra in [("jobs 1", ["--jobs", "1"]), ("jobs 2", ["--jobs", "2"])] + (
            [] if args.no_dask else [("dask local:2", ["--dask", "local:2"])]):
        rows[label] = run_cli(folder, *extra)
        t, peak, pss = rows[label]
        print(f"  analysis run --{label}: {t:.1f} s ({size / t:.1f} MB/s), peak RSS {peak:.0f} "
              f"MB (PSS {pss:.0f} MB), {t / t_ref:.1f}x the reference")
    t1 = rows["jobs 1"][0]
    print(f"  jobs 1 vs reference: {t1 / t_ref:.1f}x")
    print(f"  speed-up jobs 2 vs 1: {t1 / rows['jobs 2'][0]:.2f}x (target >= 1.7)")
    if "dask local:2" in rows:
        print(f"  speed-up dask local:2 vs jobs 1: {t1 / rows['dask local:2'][0]:.2f}x "
              "(target >= 1.6)")
    print(f"  jobs 2 vs reference: {rows['jobs 2'][0] / t_ref:.1f}x (target <= 4)")
    hot_spots(args.slice_mb)
    if args.big_mb:
        big = corpus_folder(args.big_mb, "parquet")
        out = Path(tempfile.mkdtemp(prefix="bench-big-"))
        try:
            t, peak, pss = measure([sys.executable, "-m", "analysis", "run", str(big), "--out",
                                    str(out / "t"), "--quiet", "--format", "parquet",
                                    "--jobs", "2"])
            n = len(pd.read_parquet(out / "t" / "summary_by_doc.parquet", columns=["doc_id"]))
            print(f"  {big.stat().st_size / 1e6:.0f} MB Parquet ({args.big_mb:g} MB of text), "
                  f"jobs 2: {t:.0f} s, peak RSS {peak:.0f} MB (PSS {pss:.0f} MB; target "
                  f"<= 1500), {n} summary rows for {n_docs_big(big)} documents")
        finally:
            shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
