"""Entry points of the document pass: tables in memory, or streamed into a folder."""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

import pandas as pd

from .._core.deprecation import renamed_parameters
from .._core.runfolder import RunFolder
from ..corpus.reading import read_metadata
from ..corpus.sources import plan_tasks, warn_all
from .document import process_batch
from .executors import map_ordered, resolve_jobs
from .reduce import MemorySink, PartsSink, PassReducer
from .spec import DEFAULT_COMPONENTS, PassSpec, TermSpec, TfidfSpec

__all__ = ["run_pass", "compute_tables", "run", "default_spec", "check_out"]


def default_spec(*, top_n: int = 50, include_tokens: bool = False,
                 include_content_terms: bool = False, languages=None) -> PassSpec:
    """The pass of :func:`compute_tables` and ``python -m analysis run``."""
    from .._core.validation import check_positive_int

    top_n = check_positive_int("top_n", top_n, allow_none=True)
    components = (DEFAULT_COMPONENTS | ({"tokens"} if include_tokens else set())
                  | ({"content_terms"} if include_content_terms else set()))
    candidates = None
    if languages is not None and not isinstance(languages, (str, dict)):
        from ..corpus.langid import check_candidates

        candidates = check_candidates(languages)
    return PassSpec(components=frozenset(components), candidates=candidates,
                    terms=TermSpec(top_n=top_n), tfidf=TfidfSpec(top_n=top_n))


def run_pass(source, spec: PassSpec, sink, *, languages=None, n_jobs: int | None = 1,
             client=None, progress: bool = False, as_corpus: bool = False,
             batch_bytes: int = 4_000_000, follow_links: str = "inside",
             strict: bool = False) -> PassReducer:
    """Run the pass over ``source``, folding every batch into ``sink``.

    One progress bar over the bytes of the source, with documents and throughput.
    """
    if not isinstance(source, (str, os.PathLike, list, tuple, pd.DataFrame)) or (
            isinstance(source, (list, tuple))
            and not all(isinstance(f, (str, os.PathLike)) for f in source)):
        raise TypeError("source must be a folder, file or glob, a list of files, or a corpus "
                        f"DataFrame; got {type(source).__name__}.")
    if isinstance(source, (str, os.PathLike)) and not str(source).strip():
        raise ValueError("source is an empty path; name a folder, a file or a glob.")
    overrides = languages if isinstance(languages, (str, dict)) else None
    tasks, total = plan_tasks(source, languages=overrides, as_corpus=as_corpus,
                              batch_bytes=batch_bytes, follow_links=follow_links, strict=strict)
    n_jobs = resolve_jobs(n_jobs)
    reducer = PassReducer(spec, sink)
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=total, unit="B", unit_scale=True, desc="documents", file=sys.stderr,
                   dynamic_ncols=True)
    fn = functools.partial(process_batch, spec=spec)
    try:
        for res in map_ordered(fn, tasks, n_jobs=n_jobs, client=client):
            warn_all(res.warnings)
            reducer.add(res)
            if bar is not None:
                bar.update(res.n_bytes)
                bar.set_postfix(docs=reducer.n_docs, refresh=False)
        reducer.finish()
    finally:
        if bar is not None:
            bar.close()
    return reducer


@renamed_parameters(top_k="top_n")
def compute_tables(corpus, *, top_n: int = 50, include_tokens: bool = False,
                   include_content_terms: bool = False, progress: bool = False, n_jobs: int | None = 1, client=None,
                   languages=None, batch_bytes: int = 4_000_000, follow_links: str = "inside",
                   strict: bool = False) -> dict[str, pd.DataFrame]:
    """Compute every standard table of a corpus in one pass, in memory.

    Parameters
    ----------
    corpus : DataFrame, path, glob or list of paths
        A :func:`analysis.load_corpus` table, or any source of :func:`run`.
    top_n : int or None, default=50
        Terms kept per document and per language (``terms_by_*``, ``tfidf``); None
        keeps every term.
    include_tokens : bool, default=False
        Also return the (large) ``tokens`` table.
    include_content_terms : bool, default=False
        Also return ``content_terms``: content-word counts per passage of 200 word
        tokens, the input of :func:`analysis.fit_topics` and
        :func:`analysis.choose_n_topics` (which accept it in place of a corpus), so
        topic models fit on one machine from the counts the pass built.
    progress : bool, default=False
        One progress bar over the pass.
    n_jobs : int or None, default=1
        Worker processes (``-1`` or ``None``: every core). The tables do not depend on it.
    client : dask.distributed.Client, optional
        Run the batches on this Dask cluster instead.
    languages : str, sequence or dict, optional
        As in :func:`analysis.load_corpus` (for sources that are not a corpus table).
    batch_bytes : int, default=4_000_000
        Target size of a batch of documents (the unit of work of a worker).
    follow_links : {"inside", "all"}, default="inside"
        Which links of a source folder are followed: those pointing inside it, or all
        (as in :func:`analysis.load_corpus`).
    strict : bool, default=False
        Raise :class:`~analysis.corpus.errors.CorpusError` naming the file and the
        reason at the first file that would be skipped (binary, undecodable, …),
        instead of a warning and a ``skipped`` row in ``inputs``.

    Returns
    -------
    dict of str to DataFrame
        ``corpus`` (one row per document, without its text), ``paragraph_languages``,
        ``summary_by_doc``, ``summary_by_lang``, ``terms_by_doc``, ``terms_by_lang``,
        ``tfidf``, ``passages``, ``numeric_mentions``, the :func:`analysis.mention_stats`
        tables by document as ``mention_density``, ``mention_kinds``, ``mention_years``,
        ``mention_magnitudes``, ``mention_benford``, ``mention_benford_conformity``,
        ``mention_units``, ``mention_neighbours``, ``inputs`` (every file of the
        source: ``path``, ``doc_id``, ``status``, ``reason``), and ``tokens`` and
        ``content_terms`` on request. Rows of
        per-document tables follow the corpus order.

    Examples
    --------
    >>> from analysis import load_corpus
    >>> tables = compute_tables(load_corpus(["The plant was rebuilt in 1944 by 3,000 workers."]))
    >>> tables["terms_by_doc"]["term"].tolist()
    ['plant', 'rebuilt', 'workers']
    """
    spec = default_spec(top_n=top_n, include_tokens=include_tokens,
                        include_content_terms=include_content_terms, languages=languages)
    sink = MemorySink()
    run_pass(corpus, spec, sink, languages=languages, n_jobs=n_jobs, client=client,
             progress=progress, batch_bytes=batch_bytes, follow_links=follow_links,
             strict=strict)
    return sink.tables()


@renamed_parameters(top_k="top_n")
def run(source, out: str | os.PathLike, *, top_n: int = 50, include_tokens: bool = False,
        include_content_terms: bool = False,
        formats=("parquet", "csv"), metadata=None, languages=None, n_jobs: int | None = -1,
        client=None, progress: bool = False, batch_bytes: int = 4_000_000,
        part_rows: int = 100_000, follow_links: str = "inside",
        strict: bool = False) -> list[Path]:
    """Stream every table of ``source`` into the folder ``out``, with flat memory.

    Documents are read in batches by the workers; per-document tables are written
    as they are produced (Parquet parts and CSV), and only corpus-wide sums stay in
    memory. The run is written into ``out/.runs/`` and switched in by one atomic rename
    (:mod:`analysis._core.runfolder`): every table in ``out`` is a link through
    ``out/.current``, so a reader, a failure or a kill at any instant sees the whole
    previous run or the whole new one. ``manifest.json`` is written last (tables,
    rows, files, version, parameters); tables of the previous run that this one did
    not write disappear with the switch; files the package did not write are never
    touched. A lock on the folder serialises runs into it, and leftovers of
    interrupted runs are removed at the next run. The ``inputs`` table lists every
    document or file of the source, ``loaded`` or ``skipped`` with the reason.

    Parameters
    ----------
    source : path, glob, list of paths or DataFrame
        A folder of ``.txt`` files (recursively), a glob, a ``.csv``, ``.parquet`` or
        ``.jsonl`` file (or a folder of them) with ``doc_id``, ``text`` and
        optionally ``lang`` and metadata columns, or a table.
    out : path
        Output folder (created if missing).
    metadata : path or DataFrame, optional
        CSV with ``doc_id`` and more columns, joined onto the corpus table (a ``lang``
        column overrides detection).

    Other parameters are those of :func:`compute_tables`; ``formats`` chooses among
    ``"parquet"`` and ``"csv"``; ``part_rows`` is the number of rows of a Parquet part.

    Returns
    -------
    list of Path
        The files (or part folders) written.

    Examples
    --------
    >>> import tempfile, pandas as pd
    >>> d = tempfile.mkdtemp()
    >>> src = pd.DataFrame({"doc_id": ["a"], "text": ["Явка составила 99,71 процента."]})
    >>> paths = run(src, d, n_jobs=1, progress=False, formats=("parquet",))
    >>> pd.read_parquet(f"{d}/numeric_mentions.parquet")["surface"].tolist()
    ['99,71 процента']
    """
    out = check_out(out)
    resolve_jobs(n_jobs)  # a bad n_jobs fails before any work
    formats = tuple(formats)
    for fmt in formats:
        if fmt not in ("parquet", "csv"):
            raise ValueError(f"formats must be among 'parquet', 'csv'; got {fmt!r}.")
    meta = read_metadata(metadata, None) if metadata is not None else None
    if meta is not None and "lang" in meta.columns and not isinstance(languages, str):
        languages = {**{d: lg for d, lg in zip(meta["doc_id"], meta["lang"], strict=True) if lg},
                     **(languages if isinstance(languages, dict) else {})}
    spec = default_spec(top_n=top_n, include_tokens=include_tokens,
                        include_content_terms=include_content_terms, languages=languages)
    params = {"top_n": top_n, "include_tokens": include_tokens,
              "include_content_terms": include_content_terms, "formats": list(formats),
              "languages": languages if not isinstance(languages, tuple) else list(languages),
              "metadata": str(metadata) if isinstance(metadata, (str, os.PathLike)) else None,
              "follow_links": follow_links, "strict": strict}
    with RunFolder(out) as folder:
        sink = PartsSink(folder.staging, formats=formats, part_rows=part_rows)
        if meta is not None:
            sink = _MetadataSink(sink, meta)
        reducer = run_pass(source, spec, sink, languages=languages, n_jobs=n_jobs,
                           client=client, progress=progress, batch_bytes=batch_bytes,
                           follow_links=follow_links, strict=strict)
        if meta is not None:
            sink.check(reducer.seen)
        if reducer.n_docs == 0:
            from ..corpus.errors import CorpusError

            raise CorpusError(f"{_shown(source)}: no readable text document "
                              f"({len(reducer.skipped)} file(s) skipped, see the warnings); "
                              "nothing was written.")
        staged = sink.close()
        staged.append(_write_manifest(folder.staging, staged, sink.rows, params, reducer))
        return folder.commit([p.name for p in staged])


MANIFEST = "manifest.json"


def _shown(source) -> str:
    if isinstance(source, pd.DataFrame):
        return "the source table"
    if isinstance(source, (list, tuple)):
        return f"{len(source)} source file(s)"
    return str(source)


def check_out(out) -> Path:
    """Refuse an output folder that cannot be one, before any work."""
    if out is None or not str(out).strip() or str(out).strip() == ".":
        raise ValueError("out must name an output folder; got an empty path.")
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise ValueError(f"out: {out} exists and is not a folder.")
    existing = next(p for p in (out, *out.parents) if p.exists())
    if not os.access(existing, os.W_OK | os.X_OK):
        raise ValueError(f"out: {existing} is not writable.")
    return out


def _write_manifest(staging: Path, staged: list[Path], rows: dict, params: dict,
                    reducer) -> Path:
    """What the run wrote: tables, rows, files and their SHA-256, the version, the parameters."""
    import json

    from .._core.version import __version__

    files: dict[str, list[str]] = {}
    for p in staged:
        files.setdefault(p.name.rsplit(".", 1)[0], []).append(p.name)
    manifest = {
        "package": "analysis", "version": __version__, "parameters": params,
        "documents": reducer.n_docs, "skipped": len(reducer.skipped),
        "tables": {name: {"rows": rows.get(name, 0), "files": sorted(f)}
                   for name, f in sorted(files.items())},
        "sha256": {str(f.relative_to(staging)): _sha256(f) for p in sorted(staged)
                   for f in (sorted(p.rglob("*")) if p.is_dir() else [p]) if f.is_file()},
    }
    path = staging / MANIFEST
    path.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path


def _sha256(path: Path) -> str:
    import hashlib

    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


class _MetadataSink:
    """Join metadata columns onto each batch of the corpus table."""

    def __init__(self, sink, meta: pd.DataFrame) -> None:
        self.sink, self.meta = sink, meta.drop(columns=[c for c in ("lang",) if c in meta])

    def __getattr__(self, name):
        return getattr(self.sink, name)

    def append(self, name, df):
        if name == "corpus" and len(df):
            df = df.merge(self.meta, on="doc_id", how="left", validate="one_to_one")
        self.sink.append(name, df)

    def check(self, seen: set) -> None:
        from ..corpus.reading import CorpusError

        unknown = [d for d in self.meta["doc_id"] if d not in seen]
        if unknown:
            raise CorpusError(f"metadata: doc_id {unknown[0]!r} is not in the corpus.")
