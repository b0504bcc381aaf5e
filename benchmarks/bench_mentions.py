"""Benchmark ``analysis.mentions.extract_mentions`` against a plain digit regex.

Builds a corpus of at least ``--mb`` megabytes (UTF-8) by resampling the paragraphs of the
five seed documents with ``numpy.random.RandomState(0)`` (each synthetic document keeps
the language of the seed its paragraphs come from), then times

* ``extract_mentions(text, lang)`` over every document, and
* one pass of a plain compiled digit regex with ``float()`` of every match over the same
  documents (the floor any extractor has to pay),

and prints MB/s for both, their ratio and the peak memory (RSS high-water mark and the
tracemalloc peak of one extra pass over a sample).  Optionally (``--quantulum``) times
quantulum3 on the English seed, with its classifier disabled if it cannot load.

With ``--stages`` it also times the lexer alone and the lexer with the rules (no table),
and prints the three stages in units of the plain pass.

Run: ``.venv/bin/python benchmarks/bench_mentions.py [--mb 25] [--stages]``.
"""

from __future__ import annotations

import argparse
import gc
import re
import resource
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.mentions import extract_mentions  # noqa: E402
from analysis.mentions.atoms import _iter_atoms  # noqa: E402
from analysis.mentions.extractor import _Extractor  # noqa: E402

SEED_LANGS = {"000": "id", "001": "kk", "002": "en", "003": "ru", "004": "ru"}
PLAIN = re.compile(r"\d+(?:[.,]\d+)?")


def seed_paragraphs() -> list[tuple[str, str]]:
    """Return (lang, paragraph) for every non-empty line of the seed documents."""
    out = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        lang = SEED_LANGS[path.name[:3]]
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append((lang, line))
    return out


def build_corpus(mb: float, paras_per_doc: int = 40) -> list[tuple[str, str]]:
    """Resample seed paragraphs into documents until the corpus has *mb* megabytes."""
    rng = np.random.RandomState(0)
    paras = seed_paragraphs()
    by_lang: dict[str, list[str]] = {}
    for lang, p in paras:
        by_lang.setdefault(lang, []).append(p)
    langs = sorted(by_lang)
    docs: list[tuple[str, str]] = []
    size = 0
    target = int(mb * 1e6)
    while size < target:
        lang = langs[rng.randint(len(langs))]
        pool = by_lang[lang]
        idx = rng.randint(0, len(pool), size=paras_per_doc)
        text = "\n".join(pool[i] for i in idx)
        docs.append((lang, text))
        size += len(text.encode("utf-8"))
    return docs


def plain_pass(docs: list[tuple[str, str]]) -> int:
    n = 0
    for _, text in docs:
        for m in PLAIN.finditer(text):
            float(m.group().replace(",", "."))
            n += 1
    return n


def mentions_pass(docs: list[tuple[str, str]]) -> int:
    n = 0
    for lang, text in docs:
        n += len(extract_mentions(text, lang))
    return n


def lex_pass(docs: list[tuple[str, str]]) -> int:
    """Only the lexer: every atom (digits, number words, symbols) of every document."""
    n = 0
    for lang, text in docs:
        for _ in _iter_atoms(text, (lang,), lang):
            n += 1
    return n


def rules_pass(docs: list[tuple[str, str]]) -> int:
    """The lexer and the rules, without building the table."""
    n = 0
    for lang, text in docs:
        n += len(_Extractor(text, lang).run())
    return n


def stages(docs: list[tuple[str, str]], tp: float, tm: float, repeat: int) -> None:
    """Print where the time of ``extract_mentions`` goes, in units of the plain pass."""
    tl, n_atoms = timed(lex_pass, docs, repeat)
    tr, _ = timed(rules_pass, docs, repeat)
    print(f"stages (x the plain pass): lexer {tl / tp:.1f} ({n_atoms} atoms), "
          f"rules {max(tr - tl, 0) / tp:.1f}, table {max(tm - tr, 0) / tp:.1f}")


def timed(fn, docs, repeat: int = 1) -> tuple[float, int]:
    """Best wall time of *repeat* runs (the machine may be shared) and the result."""
    best = float("inf")
    n = 0
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        n = fn(docs)
        best = min(best, time.perf_counter() - t0)
    return best, n


def bench_quantulum(text: str) -> None:
    try:
        from quantulum3 import parser  # type: ignore[import-not-found]
    except Exception as exc:  # pragma: no cover - optional
        print(f"quantulum3: not available ({type(exc).__name__}: {exc})")
        return
    import warnings

    warnings.filterwarnings("ignore")
    try:
        parser.parse("It took 5 km and 3 pounds.", lang="en_US")
        parser.parse(text[:5000], lang="en_US")
    except Exception as exc:  # classifier may fail with modern scikit-learn
        print(f"quantulum3: classifier failed ({type(exc).__name__}); running without it")
        from quantulum3 import classifier as qclf  # type: ignore[import-not-found]

        qclf.USE_CLF = False
    t0 = time.perf_counter()
    q = parser.parse(text, lang="en_US")
    tq = time.perf_counter() - t0
    t0 = time.perf_counter()
    df = extract_mentions(text, "en")
    tm = time.perf_counter() - t0
    mb = len(text.encode("utf-8")) / 1e6
    print(f"quantulum3 on English seed: {mb / tq:8.3f} MB/s ({len(q)} quantities)")
    print(f"extract_mentions same text: {mb / tm:8.3f} MB/s ({len(df)} mentions)")
    print(f"speed ratio extract_mentions / quantulum3: {tq / tm:.1f}x")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=25.0, help="corpus size in MB (default 25)")
    ap.add_argument("--repeat", type=int, default=2, help="timing runs, best is kept")
    ap.add_argument("--stages", action="store_true",
                    help="also time the lexer alone and the rules without the table")
    ap.add_argument("--quantulum", action="store_true", help="also time quantulum3 (en seed)")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    docs = build_corpus(args.mb)
    size = sum(len(t.encode("utf-8")) for _, t in docs)
    nchar = sum(len(t) for _, t in docs)
    print(
        f"corpus: {len(docs)} documents, {size / 1e6:.1f} MB UTF-8, {nchar / 1e6:.1f} M chars"
        f" (built in {time.perf_counter() - t0:.1f} s)"
    )

    seeds = [
        (SEED_LANGS[p.name[:3]], p.read_text(encoding="utf-8"))
        for p in sorted((ROOT / "seeds").glob("*.txt"))
    ]
    extract_mentions("warm up 1943", "en")
    ts, ns = timed(mentions_pass, seeds)
    print(
        f"seed corpus ({sum(len(t.encode()) for _, t in seeds) / 1e3:.0f} kB): "
        f"{ts:.3f} s, {ns} mentions"
    )

    tp, n_plain = timed(plain_pass, docs, args.repeat)
    tm, n_ment = timed(mentions_pass, docs, args.repeat)
    mbs_plain = size / 1e6 / tp
    mbs_ment = size / 1e6 / tm
    print(f"plain digit regex + float: {mbs_plain:8.2f} MB/s  ({n_plain} matches, {tp:.2f} s)")
    print(f"extract_mentions:          {mbs_ment:8.2f} MB/s  ({n_ment} mentions, {tm:.2f} s)")
    print(
        f"ratio: extract_mentions takes {tm / tp:.1f}x the time of the plain regex "
        f"(best of {args.repeat} runs)"
    )

    if args.stages:
        stages(docs, tp, tm, args.repeat)

    sample = docs[: max(1, len(docs) // 50)]
    tracemalloc.start()
    mentions_pass(sample)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"peak memory: RSS high-water {rss:.0f} MB (includes the corpus); "
        f"tracemalloc peak over {len(sample)} documents {peak / 1e6:.1f} MB"
    )

    if args.quantulum:
        en = (ROOT / "seeds" / "002_f7dfec8b738f4d3e.txt").read_text(encoding="utf-8")
        bench_quantulum(en)


if __name__ == "__main__":
    main()
