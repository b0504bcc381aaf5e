"""Command-line interface: ``python -m analysis run CORPUS --out DIR`` and friends."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

import pandas as pd

__all__ = ["main", "compute_tables", "write_tables", "write_figures_index"]


def compute_tables(
    corpus: pd.DataFrame, *, top_k: int = 50, include_tokens: bool = False,
    progress: bool = True,
) -> dict[str, pd.DataFrame]:
    """Compute every standard table of a corpus, in memory.

    Returns a dict ``name -> DataFrame``: ``corpus`` (the corpus table with its
    text), ``paragraph_languages``, ``summary_by_doc``, ``summary_by_lang``,
    ``terms_by_doc``, ``terms_by_lang``, ``tfidf``, ``passages``,
    ``numeric_mentions`` and ``mention_stats`` (when the mentions module is
    available), and ``tokens`` on request.

    Examples
    --------
    >>> from analysis import load_corpus
    >>> tables = compute_tables(load_corpus(["The plant was rebuilt in 1944 by 3,000 workers."]),
    ...                         progress=False)
    >>> tables["terms_by_doc"]["term"].tolist()
    ['plant', 'rebuilt', 'workers']
    """
    from . import (
        corpus_summary,
        paragraph_languages,
        passages,
        term_frequencies,
        tfidf,
        tokens,
    )

    steps: list[tuple[str, Callable[[], pd.DataFrame]]] = [
        ("paragraph_languages", lambda: paragraph_languages(corpus)),
        ("summary_by_doc", lambda: corpus_summary(corpus, by="doc_id")),
        ("summary_by_lang", lambda: corpus_summary(corpus, by="lang")),
        ("terms_by_doc", lambda: term_frequencies(corpus, by="doc_id", top_k=top_k)),
        ("terms_by_lang", lambda: term_frequencies(corpus, by="lang", top_k=top_k)),
        ("tfidf", lambda: tfidf(corpus, top_k=top_k)),
        ("passages", lambda: passages(corpus)),
    ]
    try:
        from .mentions import numeric_mentions
    except ImportError:  # pragma: no cover - the module ships with the package
        numeric_mentions = None
    if include_tokens:
        steps.append(("tokens", lambda: tokens(corpus)))
    tables: dict[str, pd.DataFrame] = {"corpus": corpus}
    names = [n for n, _ in steps] + (["numeric_mentions", "mention_stats"] if numeric_mentions
                                      else [])
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(names), desc="tables", unit="table", file=sys.stderr)
    for name, fn in steps:
        tables[name] = fn()
        if bar:
            bar.update(1)
    if numeric_mentions is not None:
        tables["numeric_mentions"] = numeric_mentions(corpus)
        if bar:
            bar.update(1)
        try:
            from .mention_summary import mention_stats

            tables["mention_stats"] = mention_stats(tables["numeric_mentions"], corpus)
        except ImportError:  # pragma: no cover
            pass
        if bar:
            bar.update(1)
    if bar:
        bar.close()
    return tables


def write_tables(tables: dict[str, pd.DataFrame], out: str | Path,
                 formats: Sequence[str] = ("parquet", "csv")) -> list[Path]:
    """Write tables as Parquet and CSV into ``out``, all or nothing.

    Every file is first written into a staging folder inside ``out``; only when
    all of them were written are they moved into place (``os.replace``). A
    failure leaves ``out`` as it was.

    Examples
    --------
    >>> import tempfile, pandas as pd
    >>> d = tempfile.mkdtemp()
    >>> [p.name for p in write_tables({"t": pd.DataFrame({"a": [1]})}, d, formats=("csv",))]
    ['t.csv']
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=out))
    written = []
    try:
        staged = []
        for name, df in tables.items():
            for fmt in formats:
                tmp = staging / f"{name}.{fmt}"
                if fmt == "parquet":
                    df.to_parquet(tmp, index=False)
                elif fmt == "csv":
                    df.to_csv(tmp, index=False, lineterminator="\n")
                else:
                    raise ValueError(f"formats must be among 'parquet', 'csv'; got {fmt!r}.")
                staged.append(tmp)
        for tmp in staged:
            target = out / tmp.name
            tmp.replace(target)
            written.append(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return written


def write_figures_index(out: str | Path) -> Path:
    """Write ``out/README.md`` listing every figure with its caption.

    Captions are read from the PNG ``Description`` metadata written by
    :func:`analysis.plotting.save_figure`; figures without one are listed by name.
    """
    from PIL import Image

    from ._io import atomic_write

    out = Path(out)
    pngs = sorted(out.glob("*.png"))
    lines = ["# Figures", "", "Generated by `make figures` from the notebooks in `notebooks/`;",
             "do not edit by hand. Each figure exists as PNG (200 dpi) and SVG.", "",
             "| figure | notebook | caption |", "|---|---|---|"]
    for p in pngs:
        with Image.open(p) as im:
            caption = str(getattr(im, "text", {}).get("Description", "")).replace("\n", " ")
        nb = p.stem.split("-", 1)[0]
        nb_file = next(iter(sorted(Path("notebooks").glob(f"{nb}-*.ipynb"))), None)
        nb_name = nb_file.name if nb_file else nb
        lines.append(f"| [{p.stem}]({p.name}) ([svg]({p.stem}.svg)) | {nb_name} | {caption} |")
    return atomic_write(out / "README.md", "\n".join(lines) + "\n")


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="analysis",
        description="Quantitative text analytics for multilingual corpora (ru, kk, id, en).",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser(
        "run",
        help="compute every table of a corpus and write it as Parquet and CSV",
        description=(
            "Load CORPUS (a folder of .txt files, or files), detect languages, and write "
            "the tables corpus, paragraph_languages, summary_by_doc, summary_by_lang, "
            "terms_by_doc, terms_by_lang, tfidf, passages, numeric_mentions and "
            "mention_stats into OUT as <table>.parquet and <table>.csv. Files are written "
            "atomically: a failed run leaves OUT unchanged."
        ),
    )
    run.add_argument("corpus", nargs="+", help="folder of .txt files, or .txt files")
    run.add_argument("--out", required=True, help="output folder (created if missing)")
    run.add_argument("--metadata", help="CSV with a doc_id column, joined onto the corpus")
    run.add_argument("--languages", help="comma-separated candidate languages, e.g. ru,kk,id,en")
    run.add_argument("--top-k", type=int, default=50, help="terms kept per group (default 50)")
    run.add_argument("--tokens", action="store_true", help="also write the (large) token table")
    run.add_argument("--format", choices=["both", "parquet", "csv"], default="both",
                     help="table format (default both)")
    run.add_argument("--quiet", action="store_true", help="no progress bar")
    idx = sub.add_parser("figures-index", help="write README.md indexing the figures in a folder")
    idx.add_argument("out", help="figures folder")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m analysis`` and the ``analysis`` console script."""
    parser = _build_parser()
    args = parser.parse_args(argv)
    from .corpus import CorpusError, load_corpus

    try:
        if args.command == "figures-index":
            path = write_figures_index(args.out)
            print(f"wrote {path}")
            return 0
        source = args.corpus[0] if len(args.corpus) == 1 else args.corpus
        if len(args.corpus) > 1:
            source = [Path(p) for p in args.corpus]
        languages = args.languages.split(",") if args.languages else None
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            warnings.showwarning = lambda m, *a, **k: print(f"warning: {m}", file=sys.stderr)
            corpus = load_corpus(source, metadata=args.metadata, languages=languages,
                                 progress=not args.quiet)
        tables = compute_tables(corpus, top_k=args.top_k, include_tokens=args.tokens,
                                progress=not args.quiet)
        formats = ("parquet", "csv") if args.format == "both" else (args.format,)
        written = write_tables(tables, args.out, formats=formats)
        print(f"wrote {len(written)} files to {args.out}")
        return 0
    except (FileNotFoundError, CorpusError, ValueError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
