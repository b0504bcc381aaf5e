"""Corpus sources read in batches: folders of .txt files, globs, CSV, Parquet, JSONL, tables.

The parent only *plans* the work (:func:`plan_tasks`): lists of file paths, Parquet row
groups or JSONL byte ranges, a few hundred bytes each. Workers read their own documents
from disk (:func:`read_task`), so texts are never pickled from the parent; the exceptions
are CSV files (a quoted field may hold newlines, so the file cannot be cut by bytes: the
parent reads it in chunks) and in-memory tables.

Tabular sources (CSV, Parquet, JSONL) need the columns ``doc_id`` and ``text``; ``lang``
is optional (empty values are detected) and every other column is metadata, carried into
the corpus table.
"""

from __future__ import annotations

import json
import os
import warnings
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .reading import (
    TABULAR_SUFFIXES,
    CorpusError,
    SourceFile,
    check_follow_links,
    read_source_file,
    source_files,
)

__all__ = ["RawDoc", "Task", "plan_tasks", "read_task", "texts_task", "TABULAR_SUFFIXES"]

_BATCH_BYTES = 4_000_000
_BATCH_DOCS = 256
_CSV_ROWS = 256


@dataclass(slots=True)
class RawDoc:
    """One document as read by a worker.

    ``raw``: the text is still to be normalised; ``detect``: a missing language is
    identified and a given one lower-cased (``False`` for corpus tables, used as given).
    ``skip_reason``: the file is skipped, and why (see :data:`~analysis.corpus.reading.
    SKIP_REASONS`); ``note``: what the ``inputs`` table says of a loaded file (``empty``).
    """

    doc_id: str
    text: str
    lang: str | None = None
    lang_confidence: float = 1.0
    path: str | None = None
    encoding: str = "str"
    meta: dict = field(default_factory=dict)
    raw: bool = True
    detect: bool = True
    skip_reason: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Task:
    """A batch of documents for one worker: what to read, not the texts (except ``texts``)."""

    kind: str
    items: tuple = ()
    path: str | None = None
    row_groups: tuple = ()
    rows: tuple = ()
    byte_range: tuple = ()
    n_bytes: int = 0
    lang: str | None = None
    overrides: Mapping | None = None
    strict: bool = False


def texts_task(items: Sequence[tuple], *, raw: bool = True, path: str | None = None) -> Task:
    """A task holding texts: ``(doc_id, text, lang, lang_confidence, meta)`` tuples."""
    n = sum(len(t[1]) for t in items)
    return Task(kind="texts" if raw else "corpus", items=tuple(items), n_bytes=n, path=path)


# ----------------------------------------------------------------------------- workers


def read_task(task: Task) -> Iterator[RawDoc]:
    """Read the documents of one task (runs in the worker)."""
    if task.kind in ("texts", "corpus"):
        loaded = task.kind == "corpus"
        for doc_id, text, lang, conf, meta in task.items:
            meta = dict(meta)
            path = meta.pop("path", None) if loaded else task.path
            encoding = meta.pop("encoding", "str") if loaded else ("utf-8" if task.path else "str")
            yield RawDoc(str(doc_id), text, lang=lang, lang_confidence=conf, path=path,
                         encoding=encoding, meta=meta, raw=not loaded, detect=not loaded)
    elif task.kind == "files":
        for _, _, lang, entry in task.items:
            yield _read_file(entry, lang, task.strict)
    elif task.kind == "parquet":
        yield from _read_parquet(task)
    elif task.kind == "jsonl":
        yield from _read_jsonl(task)
    else:  # pragma: no cover - tasks are made by plan_tasks
        raise ValueError(f"unknown task kind {task.kind!r}")


def _read_file(entry: SourceFile, lang, strict: bool) -> RawDoc:
    """One listed file as a document, or as a skipped one (its warning is given here)."""
    text, enc, reason = read_source_file(entry, strict=strict)
    if text is None:
        return RawDoc(entry.doc_id, "", path=entry.shown, skip_reason=reason)
    return RawDoc(entry.doc_id, text, lang=lang, path=entry.shown, encoding=enc, raw=False,
                  note=reason)


def _tabular_doc(rec: Mapping, where: str, task: Task) -> RawDoc:
    doc_id, text = rec.get("doc_id"), rec.get("text")
    if doc_id is None or (isinstance(doc_id, float) and doc_id != doc_id):
        raise CorpusError(f"{where}: missing doc_id.")
    if not isinstance(text, str):
        raise CorpusError(f"{where}: doc_id {doc_id!r}: text must be a string; "
                          f"got {type(text).__name__}.")
    lang = task.lang or (task.overrides or {}).get(str(doc_id)) or rec.get("lang") or None
    meta = {k: v for k, v in rec.items() if k not in ("doc_id", "text", "lang")}
    return RawDoc(str(doc_id), text, lang=lang, path=task.path, encoding="utf-8", meta=meta)


def _read_parquet(task: Task) -> Iterator[RawDoc]:
    import pyarrow.parquet as pq

    rg, (start, stop) = task.row_groups[0], task.rows
    try:
        table = pq.ParquetFile(task.path).read_row_group(rg).slice(start, stop - start)
        for offset in range(0, table.num_rows, 64):
            for i, rec in enumerate(table.slice(offset, 64).to_pylist(), start + offset):
                yield _tabular_doc(rec, f"{task.path}: row group {rg}, row {i}", task)
    except (OSError, ValueError) as exc:
        if isinstance(exc, CorpusError):
            raise
        raise CorpusError(f"{task.path}: unreadable Parquet file: {exc}") from None


def _read_jsonl(task: Task) -> Iterator[RawDoc]:
    start, end = task.byte_range
    with open(task.path, "rb") as fh:
        if start > 0:
            fh.seek(start - 1)
            fh.readline()  # the line holding byte start - 1 belongs to the previous range
        pos = fh.tell()
        while pos < end:
            line = fh.readline()
            if not line:
                break
            where = f"{task.path}: byte {pos}"
            pos += len(line)
            if not line.strip():
                continue
            try:
                rec = json.loads(line.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise CorpusError(f"{where}: not a JSON line: {exc}") from None
            if not isinstance(rec, dict):
                raise CorpusError(f"{where}: a JSON line must be an object.")
            yield _tabular_doc(rec, where, task)


# ----------------------------------------------------------------------------- planning


def _file_tasks(entries: list[tuple[SourceFile, int]], lang, overrides, batch_bytes: int,
                strict: bool) -> Iterator[Task]:
    """Batches of listed files (and of entries skipped while listing, in their order).

    An item is ``(doc_id, path, lang, entry)``: doc_id and path name it in messages.
    """
    items, size = [], 0
    for entry, n in entries:
        items.append((entry.doc_id, entry.shown, lang or overrides.get(entry.doc_id), entry))
        size += n
        if size >= batch_bytes or len(items) >= _BATCH_DOCS:
            yield Task(kind="files", items=tuple(items), n_bytes=size, strict=strict)
            items, size = [], 0
    if items:
        yield Task(kind="files", items=tuple(items), n_bytes=size, strict=strict)


def _parquet_tasks(path: Path, lang, overrides, batch_bytes: int) -> Iterator[Task]:
    import pyarrow.parquet as pq

    try:
        meta = pq.ParquetFile(path).metadata
    except Exception as exc:  # noqa: BLE001 - pyarrow raises several types
        raise CorpusError(f"{path}: unreadable Parquet file: {exc}") from None
    missing = {"doc_id", "text"} - set(meta.schema.names)
    if missing:
        raise CorpusError(f"{path}: lacks the column(s) {sorted(missing)}; "
                          f"has {meta.schema.names}.")
    for rg in range(meta.num_row_groups):
        group = meta.row_group(rg)
        # a large row group is cut into slices of about batch_bytes: each worker reads
        # (and decompresses) the row group but keeps only its slice
        k = max(1, -(-group.total_byte_size // batch_bytes))
        step = max(1, -(-group.num_rows // k))
        for start in range(0, group.num_rows, step):
            stop = min(start + step, group.num_rows)
            yield Task(kind="parquet", path=str(path), row_groups=(rg,), rows=(start, stop),
                       n_bytes=group.total_byte_size * (stop - start) // group.num_rows,
                       lang=lang, overrides=overrides or None)


def _jsonl_tasks(path: Path, lang, overrides, batch_bytes: int) -> Iterator[Task]:
    size = path.stat().st_size
    with open(path, "rb") as fh:
        first = fh.readline()
    try:
        rec = json.loads(first.decode("utf-8")) if first.strip() else {}
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CorpusError(f"{path}: line 1 is not JSON: {exc}") from None
    missing = {"doc_id", "text"} - set(rec) if isinstance(rec, dict) else {"doc_id", "text"}
    if first.strip() and missing:
        raise CorpusError(f"{path}: line 1 lacks the field(s) {sorted(missing)}.")
    for start in range(0, max(size, 1), batch_bytes):
        yield Task(kind="jsonl", path=str(path), byte_range=(start, min(start + batch_bytes,
                   size)), n_bytes=min(batch_bytes, size - start), lang=lang,
                   overrides=overrides or None)


def _csv_tasks(path: Path, lang, overrides, batch_bytes: int) -> Iterator[Task]:
    try:
        reader = pd.read_csv(path, dtype=str, keep_default_na=False, chunksize=_CSV_ROWS)
        for chunk in reader:
            missing = {"doc_id", "text"} - set(chunk.columns)
            if missing:
                raise CorpusError(f"{path}: lacks the column(s) {sorted(missing)}; "
                                  f"has {list(chunk.columns)}.")
            yield from _frame_tasks(chunk, raw=True, lang=lang, overrides=overrides, path=path,
                                    batch_bytes=batch_bytes)
    except (pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise CorpusError(f"{path}: malformed CSV: {exc}") from None


def _frame_tasks(frame: pd.DataFrame, *, raw: bool, lang=None, overrides=None, path=None,
                 batch_bytes: int = _BATCH_BYTES) -> Iterator[Task]:
    """Tasks holding the texts of a table (``raw=False``: a load_corpus table)."""
    overrides = overrides or {}
    meta_cols = [c for c in frame.columns if c not in ("doc_id", "text", "lang",
                                                          "lang_confidence", "n_chars")]
    langs = frame["lang"].tolist() if "lang" in frame.columns else [None] * len(frame)
    confs = (frame["lang_confidence"].tolist() if "lang_confidence" in frame.columns
             else [1.0] * len(frame))
    metas = frame[meta_cols].to_dict("records") if meta_cols else [{}] * len(frame)
    items, size = [], 0
    for i, (d, t) in enumerate(zip(frame["doc_id"], frame["text"], strict=True)):
        if not isinstance(t, str):
            raise CorpusError(f"corpus row {i} (doc_id {d!r}): text must be a string; "
                              f"got {type(t).__name__}.")
        lg = lang or overrides.get(str(d)) or (langs[i] if isinstance(langs[i], str) and
                                               langs[i] else None)
        items.append((str(d), t, lg, confs[i], metas[i]))
        size += len(t)
        if size >= batch_bytes or len(items) >= _BATCH_DOCS:
            yield texts_task(items, raw=raw, path=str(path) if path else None)
            items, size = [], 0
    if items:
        yield texts_task(items, raw=raw, path=str(path) if path else None)


def plan_tasks(source, *, languages=None, as_corpus: bool = False,
               batch_bytes: int = _BATCH_BYTES, follow_links: str = "inside",
               strict: bool = False) -> tuple[Iterator[Task], int]:
    """Plan the batches of a source; return ``(tasks, total_bytes)``.

    Parameters
    ----------
    source : path, glob, list of paths or DataFrame
        A folder (every ``.txt`` below it, or else every ``.csv``/``.parquet``/``.jsonl``),
        a glob (``"corpus/**/*.txt"``), one file, a list of files, or a table: a
        :func:`analysis.load_corpus` result (used as it is) or any DataFrame with
        ``doc_id`` and ``text`` (normalised and identified in the pass).
    languages : str or dict, optional
        One language for every document, or ``{doc_id: lang}`` overrides.
    as_corpus : bool, default=False
        A DataFrame source is a corpus table: texts and languages are used as they are.
    batch_bytes : int, default=4_000_000
        Target size of a batch (at most 256 documents); a Parquet batch is a row group
        or a slice of one.
        Batches depend on the source only, never on the number of workers.
    follow_links : {"inside", "all"}, default="inside"
        Which links of a folder are followed (see :func:`analysis.load_corpus`).
    strict : bool, default=False
        The first file that would be skipped raises :class:`CorpusError` (in the worker
        that reads it) instead of a warning.

    Examples
    --------
    >>> import pandas as pd
    >>> tasks, n = plan_tasks(pd.DataFrame({"doc_id": ["a"], "text": ["Hello"]}))
    >>> [t.kind for t in tasks], n
    (['texts'], 5)
    """
    check_follow_links(follow_links)
    lang = languages if isinstance(languages, str) else None
    overrides = {str(k): str(v).lower() for k, v in languages.items()} if isinstance(
        languages, Mapping) else {}
    if isinstance(source, pd.DataFrame):
        missing = {"doc_id", "text"} - set(source.columns)
        if missing:
            raise CorpusError(f"source DataFrame lacks columns {sorted(missing)}.")
        loaded = as_corpus or {"path", "encoding", "lang_confidence", "lang"} <= set(
            source.columns)
        total = int(source["text"].str.len().sum()) if len(source) else 0
        return _frame_tasks(source, raw=not loaded, lang=lang, overrides=overrides,
                            batch_bytes=batch_bytes), total
    entries = [(f, _size(f)) for f in source_files(source, follow_links=follow_links)]
    total = sum(n for _, n in entries)
    return _tasks_of_files(entries, lang, overrides, batch_bytes, strict), total


def _size(entry: SourceFile) -> int:
    """Bytes of a file to read (0 for an entry skipped while listing or gone)."""
    if entry.reason is not None:
        return 0
    try:
        return os.stat(entry.path).st_size
    except OSError:
        return 0


def _tabular(entry: SourceFile) -> bool:
    return entry.reason is None and Path(entry.path).suffix.lower() in TABULAR_SUFFIXES


def _tasks_of_files(entries: list[tuple[SourceFile, int]], lang, overrides, batch_bytes: int,
                    strict: bool) -> Iterator[Task]:
    files = [(f, n) for f, n in entries if not _tabular(f)]
    yield from _file_tasks(files, lang, overrides, batch_bytes, strict)
    for f, _ in entries:
        suffix = Path(f.path).suffix.lower() if _tabular(f) else ""
        if suffix == ".parquet":
            yield from _parquet_tasks(Path(f.path), lang, overrides, batch_bytes)
        elif suffix == ".jsonl":
            yield from _jsonl_tasks(Path(f.path), lang, overrides, batch_bytes)
        elif suffix == ".csv":
            yield from _csv_tasks(Path(f.path), lang, overrides, batch_bytes)


def warn_all(messages: Sequence[str]) -> None:
    """Re-emit worker warnings in the parent."""
    for m in messages:
        warnings.warn(m, UserWarning, stacklevel=3)
