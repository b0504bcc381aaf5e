"""Benchmark: keyness, collocations and KWIC beside scikit-learn's TfidfVectorizer, same run.

Generates the deterministic benchmark corpus (``synthetic.generate_corpus``, resampled
and perturbed seeds in four languages) and times, with ``--jobs`` workers:

- ``keyness(corpus, target=<first half of the documents>)`` (one pass: term counts), on
  lemmas (the default) and on word forms;
- ``collocations(corpus)`` (one pass: term sequences -> window pairs);
- ``kwic_index(corpus, mentions=False)`` (one pass: every token), then ``kwic(index, term)``
  for a few terms (the query time once the index exists; also with ``lemmatize=True``,
  whose first query per language lemmatises the index's vocabulary) and ``kwic(corpus, term)``
  without an index;
- reference: ``TfidfVectorizer().fit_transform(texts)`` on the same texts.

Each line gives the wall time and the CPU time of this process and its workers (the
machine may be shared: CPU time above ``jobs x`` wall time, or wall time far above CPU
time / jobs, shows contention). ``--repeat N`` times every step N times, the reference
too, and reports the fastest.

Run: ``.venv/bin/python benchmarks/bench_compare.py [--mb 100] [--jobs 2] [--repeat 1]``.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import generate_corpus  # noqa: E402

import analysis  # noqa: E402
from analysis.pipeline.compare import collocations, keyness, kwic, kwic_index  # noqa: E402

TERMS = ("выборах", "soviet", "коммунизм", "pemerintah", "the")


def _cpu() -> float:
    """CPU seconds of this process and of its finished workers."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _timed(label: str, fn, mb: float, ref: float | None = None, repeat: int = 1):
    best, cpu, out = float("inf"), 0.0, None
    for _ in range(repeat):
        c0, t0 = _cpu(), time.perf_counter()
        out = fn()
        dt = time.perf_counter() - t0
        if dt < best:
            best, cpu = dt, _cpu() - c0
    ratio = f", {best / ref:.2f}x TfidfVectorizer" if ref else ""
    print(f"  {label:<42} {best:7.2f} s (CPU {cpu:6.2f} s)  {mb / best:6.1f} MB/s{ratio}",
          flush=True)
    return out, best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=100.0)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()
    rep = max(1, args.repeat)
    docs = generate_corpus(args.mb, random_state=0)
    corpus = analysis.load_corpus(docs)
    mb = sum(len(t.encode("utf-8")) for t in corpus["text"]) / 1e6
    print(f"corpus: {len(corpus)} documents, {mb:.1f} MB of UTF-8, --jobs {args.jobs}")

    from sklearn.feature_extraction.text import TfidfVectorizer

    _, ref = _timed("reference: TfidfVectorizer().fit_transform", lambda: TfidfVectorizer()
                    .fit_transform(corpus["text"].tolist()), mb, repeat=rep)
    half = corpus["doc_id"].iloc[: len(corpus) // 2].tolist()
    _timed("keyness(target=first half), lemmas (the default)",
           lambda: keyness(corpus, target=half, n_jobs=args.jobs), mb, ref, rep)
    _timed("keyness(target=first half, lemmatize=False), word forms",
           lambda: keyness(corpus, target=half, lemmatize=False, n_jobs=args.jobs), mb, ref, rep)
    _timed("collocations()", lambda: collocations(corpus, n_jobs=args.jobs), mb, ref, rep)
    index, _ = _timed("kwic_index(mentions=False)", lambda: kwic_index(
        corpus, mentions=False, n_jobs=args.jobs), mb, ref, rep)
    print(f"  {index!r}")
    for term in TERMS:
        t0 = time.perf_counter()
        n = len(kwic(index, term))
        print(f"  kwic(index, {term!r}): {n} matches in {time.perf_counter() - t0:.3f} s")
    for term in TERMS:  # the first lemma query of a language lemmatises the vocabulary once
        t0 = time.perf_counter()
        n = len(kwic(index, term, lemmatize=True))
        print(f"  kwic(index, {term!r}, lemmatize=True): {n} matches in "
              f"{time.perf_counter() - t0:.3f} s")
    _timed(f"kwic(corpus, {TERMS[0]!r}) without an index",
           lambda: kwic(corpus, TERMS[0], n_jobs=args.jobs), mb, ref, rep)


if __name__ == "__main__":
    main()
