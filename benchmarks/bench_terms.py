"""Benchmark: term_frequencies + tfidf vs scikit-learn's TfidfVectorizer, same texts, same run.

Builds a deterministic corpus of at least 25 MB by resampling the seed paragraphs
(numpy RandomState(0)), then times, on one core:

- ours: ``analysis.term_frequencies(corpus)`` + ``analysis.tfidf(corpus)`` (defaults:
  passages within languages as the IDF unit);
- reference: ``TfidfVectorizer(token_pattern=r"(?u)\\b\\w+\\b").fit_transform(texts)``.

Prints MB/s of both, the ratio (target: ours <= 2x the reference) and peak memory.
Run: ``.venv/bin/python benchmarks/bench_terms.py [--mb 25]``.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import time
import tracemalloc
from pathlib import Path

import numpy as np
import pandas as pd

os.environ.setdefault("OMP_NUM_THREADS", "1")

import analysis  # noqa: E402
from analysis.corpus.langid import split_paragraphs  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def build_corpus(mb: float, *, doc_chars: int = 25_000, random_state: int = 0) -> pd.DataFrame:
    """Resample seed paragraphs into documents of ~doc_chars characters, per language."""
    seeds = analysis.load_corpus(ROOT / "seeds")
    rs = np.random.RandomState(random_state)
    pools = {}
    for lang, text in zip(seeds["lang"], seeds["text"], strict=True):
        pools.setdefault(lang, []).extend(text[s:e] for s, e in split_paragraphs(text))
    langs = sorted(pools)
    target = int(mb * 1_000_000)
    docs, langs_out, total = [], [], 0
    while total < target:
        lang = langs[len(docs) % len(langs)]
        pool = pools[lang]
        parts, n = [], 0
        while n < doc_chars:
            p = pool[rs.randint(len(pool))]
            parts.append(p)
            n += len(p) + 1
        text = "\n".join(parts)
        docs.append(text)
        langs_out.append(lang)
        total += len(text.encode("utf-8"))
    return pd.DataFrame({"doc_id": [f"doc{i:05d}" for i in range(len(docs))],
                         "lang": langs_out, "text": docs})


def timed(fn):
    gc.collect()
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def peak_mb(fn) -> float:
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=25.0, help="corpus size in MB (default 25)")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    from sklearn.feature_extraction.text import TfidfVectorizer

    corpus = build_corpus(args.mb)
    mb = sum(len(t.encode("utf-8")) for t in corpus["text"]) / 1e6
    print(f"corpus: {len(corpus)} documents, {mb:.1f} MB, languages {sorted(set(corpus['lang']))}")

    def ours():
        tf = analysis.term_frequencies(corpus)
        ti = analysis.tfidf(corpus)
        return len(tf) + len(ti)

    def ours_doc_unit():
        tf = analysis.term_frequencies(corpus)
        ti = analysis.tfidf(corpus, unit="document")
        return len(tf) + len(ti)

    def reference():
        vec = TfidfVectorizer(token_pattern=r"(?u)\b\w+\b")
        return vec.fit_transform(corpus["text"]).nnz

    rows = []
    for name, fn in [("sklearn TfidfVectorizer", reference), ("analysis (passage IDF)", ours),
                     ("analysis (document IDF)", ours_doc_unit)]:
        best = min(timed(fn)[0] for _ in range(args.repeat))
        rows.append((name, best))
    ref = rows[0][1]
    print(f"{'method':28s} {'seconds':>8s} {'MB/s':>7s} {'ratio':>6s}")
    for name, sec in rows:
        print(f"{name:28s} {sec:8.2f} {mb / sec:7.2f} {sec / ref:6.2f}")
    # peak memory (Python allocations) of each, on a 1/5 slice to keep tracemalloc cheap
    small = corpus.iloc[: max(1, len(corpus) // 5)]
    pattern = r"(?u)\b\w+\b"
    sk_peak = peak_mb(lambda: TfidfVectorizer(token_pattern=pattern).fit_transform(small["text"]))
    our_peak = peak_mb(lambda: (analysis.term_frequencies(small), analysis.tfidf(small)))
    print(f"peak traced memory on a 1/5 slice (MB): sklearn {sk_peak:.0f}, analysis {our_peak:.0f}")
    print(f"max RSS of the process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    print(f"ratio analysis/sklearn (default tfidf): {rows[1][1] / ref:.2f}  (target <= 2.0)")


if __name__ == "__main__":
    main()
