"""Benchmark topic-model backends on one generated corpus (not collected by pytest).

    .venv/bin/python benchmarks/bench_topics.py            # ~20,000 passages of ~200 tokens
    .venv/bin/python benchmarks/bench_topics.py --quick    # 2,000 passages
    .venv/bin/python benchmarks/bench_topics.py --npmi-only   # NPMI coherence speed only

The corpus is generated deterministically from the seed corpus: each synthetic passage
draws ~200 tokens (Poisson length) from the content-term lists of two seed passages of
the same language, mixed with a Beta(2, 2) weight. One corpus-wide passage-term matrix
(``min_df=2``) is fitted by every method with 20 topics, each in a fresh process (spawn)
so that peak memory is that method's own: ``peak_mb`` is the rise of the process's peak
RSS (VmHWM, reset just before fitting) over its RSS at that moment; it does not count
the worker process that gensim's LdaMulticore forks. Timings on a shared 2-core machine
vary by about ±20% between runs, and mean NPMI by a few hundredths with the seed or the
row order (scikit-learn online LDA on the same matrix in two row orders: 0.38 vs 0.42). Fit time excludes converting the matrix into each
library's input format. Mean NPMI is computed afterwards by
:func:`analysis.topics.evaluate.npmi_coherence` on the top 10 terms of every topic, with the
same reference corpus (the passages) for all methods.

Before the fits it times :func:`analysis.topics.evaluate.npmi_coherence` alone on 500
topics of 10 terms over a random 20,000 × 5,000 passage-term matrix (density 0.02),
beside a reference measured in the same run: the same NPMI from one co-occurrence
product per topic (the straightforward way). The two results are checked to agree to
1e-12. ``--npmi-only`` runs just this measurement.

gensim and tomotopy are benchmark-only dependencies (``pip install 'analysis[bench]'``)
and are imported inside the workers.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp

ROOT = Path(__file__).resolve().parents[1]
TOP_N = 10


def make_corpus(n_passages: int, seed: int = 0, mean_len: int = 200):
    """Return (X csr counts, vocabulary, langs) resampled from the seed passages."""
    import analysis

    corpus = analysis.load_corpus(ROOT / "seeds")
    terms = analysis.content_terms(corpus, unit="passage", size=200)
    terms = terms.sort_values(["passage_id", "term"], kind="stable")
    vocab = np.array(sorted(terms["term"].unique()), dtype=object)
    term_id = np.searchsorted(vocab, terms["term"].to_numpy(dtype=object))
    pools, pool_lang = [], []
    for (_pid, lang), idx in terms.groupby(["passage_id", "lang"], sort=True).indices.items():
        pools.append(np.repeat(term_id[idx], terms["count"].to_numpy()[idx]))
        pool_lang.append(lang)
    pool_lang = np.array(pool_lang)
    by_lang = {lang: np.flatnonzero(pool_lang == lang) for lang in sorted(set(pool_lang))}
    rng = np.random.default_rng(seed)
    rows, cols = [], []
    langs = []
    for i in range(n_passages):
        a = int(rng.integers(len(pools)))
        same = by_lang[pool_lang[a]]
        b = int(same[rng.integers(len(same))])
        n = max(20, int(rng.poisson(mean_len)))
        n_a = int(rng.binomial(n, rng.beta(2, 2)))
        toks = np.concatenate([rng.choice(pools[a], size=n_a), rng.choice(pools[b], size=n - n_a)])
        rows.append(np.full(toks.size, i))
        cols.append(toks)
        langs.append(pool_lang[a])
    X = sp.csr_matrix(
        (
            np.ones(sum(r.size for r in rows), dtype=np.int64),
            (np.concatenate(rows), np.concatenate(cols)),
        ),
        shape=(n_passages, vocab.size),
    )
    X.sum_duplicates()
    df = np.diff(X.tocsc().indptr)
    keep = np.flatnonzero(df >= 2)
    X = X[:, keep].tocsr()
    return X, vocab[keep], np.array(langs)


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _reset_peak() -> bool:
    """Reset the kernel's peak-RSS mark (Linux >= 4.0); False if not possible."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def _peak_mb() -> float:
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _worker(method: str, path: str, k: int, iters: dict, queue) -> None:
    try:
        data = np.load(path, allow_pickle=True)
        X = sp.csr_matrix((data["data"], data["indices"], data["indptr"]), shape=data["shape"])
        vocab = data["vocab"]
        langs = data["langs"]
        prep = None
        if method == "analysis.fit_topics":
            import pandas as pd

            from analysis.topics.model import fit_topics

            coo = X.tocoo()
            prep = pd.DataFrame(
                {
                    "doc_id": np.char.add("p", coo.row.astype(str)),
                    "lang": langs[coo.row],
                    "passage_id": np.char.add("p", coo.row.astype(str)),
                    "term": vocab[coo.col],
                    "count": coo.data,
                }
            )
        elif method.startswith("sklearn"):
            from sklearn.decomposition import NMF, LatentDirichletAllocation
            from sklearn.feature_extraction.text import TfidfTransformer
        elif method.startswith("gensim"):
            from gensim.models import LdaMulticore

            bow = [
                list(
                    zip(
                        X.indices[X.indptr[i] : X.indptr[i + 1]].tolist(),
                        X.data[X.indptr[i] : X.indptr[i + 1]].tolist(),
                        strict=True,
                    )
                )
                for i in range(X.shape[0])
            ]
            id2word = dict(enumerate(vocab.tolist()))
        elif method.startswith("tomotopy"):
            import tomotopy as tp

            docs = [
                np.repeat(
                    vocab[X.indices[X.indptr[i] : X.indptr[i + 1]]],
                    X.data[X.indptr[i] : X.indptr[i + 1]],
                ).tolist()
                for i in range(X.shape[0])
            ]
        _reset_peak()
        rss0 = _rss_mb()
        t0 = time.perf_counter()
        if method == "analysis.fit_topics":
            model = fit_topics(prep, n_topics=k, by_language=False, min_df=1, random_state=0)
            lang = next(iter(model.components_))
            comp = model.components_[lang]
            pos = np.searchsorted(vocab, model.vocabularies_[lang])
            full = np.zeros((k, vocab.size))
            full[:, pos] = comp
            comp = full
        elif method == "sklearn LDA batch":
            est = LatentDirichletAllocation(
                n_components=k,
                learning_method="batch",
                max_iter=iters["lda"],
                random_state=0,
                evaluate_every=-1,
            ).fit(X)
            comp = est.components_
        elif method == "sklearn LDA online":
            est = LatentDirichletAllocation(
                n_components=k,
                learning_method="online",
                max_iter=iters["online"],
                batch_size=128,
                random_state=0,
                evaluate_every=-1,
            ).fit(X)
            comp = est.components_
        elif method == "sklearn NMF (tf-idf)":
            tfidf = TfidfTransformer().fit_transform(X)
            est = NMF(n_components=k, init="nndsvda", max_iter=iters["nmf"], random_state=0)
            est.fit(tfidf)
            comp = est.components_
        elif method == "gensim LdaMulticore":
            lda = LdaMulticore(
                bow,
                num_topics=k,
                id2word=id2word,
                workers=1,
                passes=iters["gensim"],
                iterations=50,
                chunksize=2000,
                random_state=0,
                eval_every=None,
            )
            comp = lda.get_topics()
        elif method == "tomotopy LDAModel":
            mdl = tp.LDAModel(k=k, seed=0, alpha=1.0 / k, eta=1.0 / k)
            for d in docs:
                mdl.add_doc(d)
            mdl.train(iters["tomotopy"], workers=1, parallel=tp.ParallelScheme.NONE)
            pos = {w: i for i, w in enumerate(mdl.used_vocabs)}
            order = np.array([pos[w] for w in vocab])
            comp = np.array([mdl.get_topic_word_dist(t) for t in range(k)])[:, order]
        else:
            raise ValueError(method)
        elapsed = time.perf_counter() - t0
        top = np.argsort(-np.asarray(comp), axis=1, kind="stable")[:, :TOP_N]
        queue.put({"fit_s": elapsed, "peak_mb": _peak_mb() - rss0, "top": top, "error": None})
    except Exception as err:  # report, don't hang the parent
        queue.put({"error": f"{type(err).__name__}: {err}"})


def _npmi_per_topic(topics, X, eps: float = 1e-12) -> np.ndarray:
    """Reference NPMI: one boolean co-occurrence product per topic."""
    Xc = X.tocsc()
    n = X.shape[0]
    out = np.empty(len(topics))
    for k, t in enumerate(topics):
        B = Xc[:, t]
        B.data = np.ones_like(B.data, dtype=np.float64)
        C = (B.T @ B).toarray() / n
        a, b = np.triu_indices(len(t), k=1)
        joint, pi, pj = C[a, b], C[a, a], C[b, b]
        out[k] = np.mean(np.log((joint + eps) / (pi * pj)) / -np.log(joint + eps))
    return out


def bench_npmi(n_pass: int = 20_000, n_terms: int = 5_000, n_topics: int = 500,
               seed: int = 0) -> dict:
    """Time npmi_coherence on many topics beside the per-topic reference, same data."""
    from analysis.topics.evaluate import npmi_coherence

    rng = np.random.default_rng(seed)
    X = sp.random(n_pass, n_terms, density=0.02, format="csr", random_state=rng)
    topics = [rng.choice(n_terms, size=TOP_N, replace=False) for _ in range(n_topics)]
    t0 = time.perf_counter()
    ours = npmi_coherence(topics, X)
    t_ours = time.perf_counter() - t0
    t0 = time.perf_counter()
    ref = _npmi_per_topic(topics, X)
    t_ref = time.perf_counter() - t0
    np.testing.assert_allclose(ours, ref, rtol=0, atol=1e-12)
    return {"shape": X.shape, "n_topics": n_topics, "ours_s": t_ours, "reference_s": t_ref}


def _print_npmi() -> None:
    r = bench_npmi()
    print(
        f"npmi_coherence: {r['n_topics']} topics x {TOP_N} terms over a "
        f"{r['shape'][0]} x {r['shape'][1]} matrix: ours {r['ours_s']:.3f}s, "
        f"reference (one product per topic) {r['reference_s']:.3f}s, "
        f"ratio {r['ours_s'] / r['reference_s']:.2f}",
        flush=True,
    )


METHODS = [
    ("analysis.fit_topics", "default (auto = online here), 10 passes, + tables/NPMI"),
    ("sklearn LDA batch", "max_iter={lda}"),
    ("sklearn LDA online", "max_iter={online}, batch_size=128 (= analysis default)"),
    ("sklearn NMF (tf-idf)", "nndsvda, max_iter={nmf}"),
    ("gensim LdaMulticore", "workers=1, passes={gensim}, iterations=50"),
    ("tomotopy LDAModel", "Gibbs, workers=1, {tomotopy} sweeps"),
]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--quick", action="store_true", help="2,000 passages instead of 20,000")
    p.add_argument("--n-passages", type=int, default=None)
    p.add_argument("--k", type=int, default=20)
    p.add_argument("--only", default=None, help="comma-separated subset of method names")
    p.add_argument("--npmi-only", action="store_true", help="only time npmi_coherence")
    args = p.parse_args(argv)
    _print_npmi()
    if args.npmi_only:
        return 0
    n = args.n_passages or (2_000 if args.quick else 20_000)
    iters = {"lda": 50, "online": 10, "nmf": 400, "gensim": 10, "tomotopy": 500}

    from analysis.topics.evaluate import npmi_coherence

    t0 = time.perf_counter()
    X, vocab, langs = make_corpus(n)
    print(
        f"corpus: {X.shape[0]} passages, {X.shape[1]} terms, {int(X.sum())} tokens "
        f"({time.perf_counter() - t0:.1f}s to generate); k={args.k}; "
        f"python {sys.version.split()[0]}, {os.cpu_count()} cpus"
    )
    methods = METHODS
    if args.only:
        wanted = {m.strip() for m in args.only.split(",")}
        methods = [m for m in METHODS if m[0] in wanted]
    results = []
    ctx = mp.get_context("spawn")
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "X.npz")
        np.savez(
            path,
            data=X.data,
            indices=X.indices,
            indptr=X.indptr,
            shape=X.shape,
            vocab=vocab,
            langs=langs,
        )
        for name, settings in methods:
            q = ctx.Queue()
            proc = ctx.Process(target=_worker, args=(name, path, args.k, iters, q))
            proc.start()
            res = q.get()
            proc.join()
            if res["error"]:
                print(f"{name}: FAILED {res['error']}")
                continue
            npmi = float(np.nanmean(npmi_coherence(list(res["top"]), X)))
            results.append((name, settings.format(**iters), res["fit_s"], res["peak_mb"], npmi))
            print(
                f"  {name:22s} {res['fit_s']:8.1f}s  {res['peak_mb']:7.0f} MB  NPMI {npmi:.3f}",
                flush=True,
            )
    ref = {r[0]: r for r in results}
    g = ref.get("gensim LdaMulticore")
    t = ref.get("tomotopy LDAModel")
    print()
    print(
        "| method | settings | fit s | peak MB | mean NPMI | time / gensim | "
        "time / tomotopy | NPMI - gensim | NPMI - tomotopy |"
    )
    print("|" + "---|" * 9)
    for name, settings, fit_s, peak, npmi in results:
        ratios = [f"{fit_s / r[2]:.2f}" if r else "n/a" for r in (g, t)]
        diffs = [f"{npmi - r[4]:+.3f}" if r else "n/a" for r in (g, t)]
        print(
            f"| {name} | {settings} | {fit_s:.1f} | {peak:.0f} | {npmi:.3f} | "
            f"{ratios[0]} | {ratios[1]} | {diffs[0]} | {diffs[1]} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
