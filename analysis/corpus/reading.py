"""Loading a corpus of texts: decoding, Unicode normalisation, languages, metadata."""

from __future__ import annotations

import errno
import heapq
import os
import re
import stat
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .encodings import decode_bytes
from .errors import BinaryFileError, CorpusError
from .langid import DEFAULT_LANGUAGES, check_candidates, detect_language
from .normalize import normalize_text

__all__ = [
    "CorpusError",
    "as_corpus",
    "CORPUS_COLUMNS",
    "FOLLOW_LINKS",
    "INPUT_COLUMNS",
    "SKIP_REASONS",
    "SourceFile",
    "printable_path",
    "read_source_file",
    "source_files",
    "TABULAR_SUFFIXES",
    "list_corpus_files",
    "decode_bytes",
    "load_corpus",
    "normalize_text",
    "read_document",
    "process_document",
]

_PATHLIKE_RE = re.compile(r"\.(?:txt|text|md)$", re.IGNORECASE)

#: Columns of the table returned by :func:`load_corpus`, in order.
CORPUS_COLUMNS = ["doc_id", "path", "lang", "lang_confidence", "encoding", "n_chars", "text"]


def read_document(path: str | os.PathLike) -> tuple[str | None, str | None]:
    """Read one corpus file: decode it and normalise it.

    Returns ``(text, encoding)``; binary files return ``(None, None)`` with a
    ``UserWarning`` naming the file, empty files ``("", "empty")`` with a warning.
    A missing file raises ``FileNotFoundError``; an undecidable encoding raises
    :class:`CorpusError`.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "doc.txt"
    >>> _ = p.write_bytes("Жаңа\\r\\nжол".encode("utf-8"))
    >>> read_document(p)
    ('Жаңа\\nжол', 'utf-8')
    """
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such file.")
    data = path.read_bytes()
    if not data.strip():
        warnings.warn(f"{path}: empty file; kept as a document with empty text.", stacklevel=2)
        return "", "empty"
    try:
        text, encoding = decode_bytes(data, name=str(path))
    except BinaryFileError:
        warnings.warn(f"{path}: skipped, it looks like a binary file.", stacklevel=2)
        return None, None
    return normalize_text(text), encoding


def process_document(
    doc_id: str,
    text: str,
    *,
    lang: str | None = None,
    candidates: Sequence[str] | None = None,
) -> dict:
    """The per-document step of :func:`load_corpus`: normalise and identify language.

    A pure function of one document, so it can be mapped over processes or Dask
    partitions; the corpus table is the concatenation of its results.

    Examples
    --------
    >>> row = process_document("d1", "Pada tahun 1959 Presiden Soekarno mengeluarkan dekrit.")
    >>> row["lang"], row["n_chars"]
    ('id', 54)
    """
    text = normalize_text(text)
    if lang is None or (isinstance(lang, float) and pd.isna(lang)) or lang == "":
        lang, conf = detect_language(text, languages=candidates)
    else:
        lang, conf = str(lang).lower(), 1.0
    return {"doc_id": str(doc_id), "lang": lang, "lang_confidence": conf,
            "n_chars": len(text), "text": text}


def _looks_like_path(s: str) -> bool:
    """A string is taken as a path if it exists or is one line ending in .txt/.text/.md."""
    if "\n" in s or len(s) > 4096:
        return False
    return os.path.exists(s) or bool(_PATHLIKE_RE.search(s.strip()))


#: File suffixes read as tables of documents (``doc_id``, ``text``, optional ``lang``).
TABULAR_SUFFIXES = (".csv", ".parquet", ".jsonl")


def list_corpus_files(source, *, tabular: bool = True,
                      follow_links: str = "inside") -> list[Path]:
    """The files of a source that are read: a folder (recursively), a glob, one file or a list.

    A folder gives every ``.txt`` file below it, sorted by path, as :func:`source_files`
    lists them (links, duplicates: see :func:`load_corpus`); when it has none and
    ``tabular`` is true, every ``.csv``, ``.parquet`` and ``.jsonl`` file instead.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "b.txt").write_text("x"); _ = (d / "a.txt").write_text("y")
    >>> [p.name for p in list_corpus_files(d)]
    ['a.txt', 'b.txt']
    """
    if isinstance(source, (str, os.PathLike)) and not any(c in str(source) for c in "*?["):
        if Path(source).is_dir():
            return [Path(f.path) for f in source_files(source, tabular=tabular,
                                                       follow_links=follow_links)
                    if f.reason is None and f.doc_id]
    return _named_files(source)


def _named_files(source) -> list[Path]:
    """The files of a glob, one file or a list of files."""
    import glob

    if isinstance(source, (str, os.PathLike)) and any(c in str(source) for c in "*?["):
        files = sorted(Path(p) for p in glob.glob(str(source), recursive=True)
                       if os.path.isfile(p))
        if not files:
            raise CorpusError(f"{source}: the pattern matches no files.")
        return files
    if isinstance(source, (str, os.PathLike)):
        p = Path(source)
        if not p.exists():
            raise FileNotFoundError(f"{p}: no such file or folder.")
        return [p]
    files = [Path(f) for f in source]
    for f in files:
        if not f.exists():
            raise FileNotFoundError(f"{f}: no such file.")
        if f.is_dir():
            raise CorpusError(f"{f}: is a folder; pass the folder itself as source.")
    return files


# ----------------------------------------------------------------------------- listing a source

#: How a folder's links are followed: ``"inside"`` (default) only links that point inside
#: the source folder, ``"all"`` every link. A link is never followed twice, nor in a loop.
FOLLOW_LINKS = ("inside", "all")

#: ``reason`` of a skipped file in the ``inputs`` table (see :func:`load_corpus`). A loaded
#: empty file has the reason ``"empty"``; other loaded files an empty reason.
SKIP_REASONS = ("binary", "undecodable", "duplicate", "unreadable",
                "symlink outside the source", "broken link", "symlink loop")

#: Columns of the ``inputs`` table: every file of the source, loaded or skipped, and why.
INPUT_COLUMNS = ["path", "doc_id", "status", "reason"]


@dataclass(frozen=True, slots=True)
class SourceFile:
    """One entry met while listing a source: a file to read, or a file, link or folder skipped.

    ``path`` opens the file (it may hold surrogate escapes of bytes that are not UTF-8);
    ``shown`` is the same path as printable text (see :func:`printable_path`), used in
    tables and messages; ``doc_id`` is empty for folders; ``reason`` is set when the entry
    is skipped without being read, ``detail`` says more in the warning.
    """

    path: str
    shown: str
    doc_id: str
    reason: str | None = None
    detail: str = ""


def printable_path(path) -> str:
    """A path as text that any file format can hold: bytes that are not UTF-8 become ``\\xNN``.

    File names on Linux are bytes; Python reads those that are not UTF-8 with surrogate
    escapes, which cannot be written to CSV or Parquet. They are shown here as a
    backslash, ``x`` and two hex digits, so distinct names stay distinct.

    Examples
    --------
    >>> printable_path(os.fsdecode(b"caf\\xe9.txt"))
    'caf\\\\xe9.txt'
    >>> printable_path("Жаңа.txt")
    'Жаңа.txt'
    """
    s = os.fsdecode(os.fspath(path))
    try:
        s.encode("utf-8")
        return s
    except UnicodeEncodeError:
        try:
            return os.fsencode(s).decode("utf-8", errors="backslashreplace")
        except UnicodeEncodeError:
            return s.encode("utf-8", errors="backslashreplace").decode("utf-8")


def check_follow_links(follow_links: str) -> str:
    """Check the ``follow_links`` keyword (``"inside"`` or ``"all"``)."""
    if follow_links not in FOLLOW_LINKS:
        raise ValueError(f"follow_links must be 'inside' or 'all'; got {follow_links!r}.")
    return follow_links


def _within(path: str, folder: str) -> bool:
    """True if the real path ``path`` is ``folder`` or below it."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


@dataclass(slots=True)
class _Found:
    """A row of a listing, before duplicates are marked."""

    rel: tuple
    path: str
    doc: bool
    via_link: bool = False
    key: tuple | None = None
    reason: str | None = None
    detail: str = ""


def _doc_id(rel: tuple) -> str:
    """The relative path without the file's suffix, ``/``-separated (a top-level file: its stem)."""
    return printable_path("/".join((*rel[:-1], Path(rel[-1]).stem)))


class _FolderWalk:
    """List a folder: its own tree first, then each folder link once, in path order."""

    def __init__(self, root: str, suffixes: tuple, follow_links: str) -> None:
        self.root, self.suffixes, self.follow = root, suffixes, follow_links
        self.root_real = os.path.realpath(root)
        self.visited: set[str] = set()
        self.links: list[tuple] = []  # heap of (rel, path, real target, chain of real dirs)
        self.found: list[_Found] = []

    def run(self) -> list[_Found]:
        self._tree(self.root, (), (self.root_real,), via_link=False)
        while self.links:
            self._follow(*heapq.heappop(self.links))
        return sorted(self.found, key=lambda f: f.rel)

    def _wanted(self, name: str) -> bool:
        return Path(name).suffix.lower() in self.suffixes

    def _tree(self, path: str, rel: tuple, chain: tuple, via_link: bool) -> None:
        self.visited.add(chain[-1])
        stack = [(path, rel, chain)]
        while stack:
            path, rel, chain = stack.pop()
            try:
                with os.scandir(path) as it:
                    entries = list(it)
            except OSError as exc:
                self.found.append(_Found(rel, path, False, via_link, None, "unreadable",
                                         f"the folder cannot be listed ({exc.strerror})"))
                continue
            for e in entries:
                sub = self._entry(e, (*rel, e.name), chain, via_link)
                if sub is not None:
                    stack.append(sub)

    def _entry(self, e: os.DirEntry, rel: tuple, chain: tuple, via_link: bool):
        """Record one directory entry; a sub-folder to walk is returned."""
        if e.is_symlink():
            self._link(e.path, rel, chain)
        elif e.is_dir(follow_symlinks=False):
            real = os.path.join(chain[-1], e.name)
            if real in self.visited:
                self.found.append(_Found(rel, e.path, False, via_link, None, "duplicate",
                                         "the folder is read already through a link"))
                return None
            self.visited.add(real)
            return e.path, rel, (*chain, real)
        elif e.is_file(follow_symlinks=False) and self._wanted(e.name):
            st = e.stat(follow_symlinks=False)
            self.found.append(_Found(rel, e.path, True, via_link, (st.st_dev, st.st_ino)))
        return None

    def _link(self, path: str, rel: tuple, chain: tuple) -> None:
        """A link: a broken or looping one is listed, a folder link is followed later."""
        doc = self._wanted(rel[-1])
        try:
            st = os.stat(path)
        except OSError as exc:
            reason = ("symlink loop" if exc.errno == errno.ELOOP else "broken link"
                      if exc.errno in (errno.ENOENT, errno.ENOTDIR) else "unreadable")
            target = printable_path(os.readlink(path)) if reason != "unreadable" else ""
            self.found.append(_Found(rel, path, doc, True, None, reason,
                                     f"it points to {target} ({exc.strerror})"))
            return
        real = os.path.realpath(path)
        if stat.S_ISDIR(st.st_mode):
            heapq.heappush(self.links, (rel, path, real, chain))
        elif stat.S_ISREG(st.st_mode) and doc:
            if self.follow == "inside" and not _within(real, self.root_real):
                self.found.append(_Found(rel, path, True, True, None, *self._outside(real)))
            else:
                self.found.append(_Found(rel, path, True, True, (st.st_dev, st.st_ino)))

    def _outside(self, real: str) -> tuple[str, str]:
        return ("symlink outside the source",
                f"it points to {printable_path(real)}; follow_links='all' reads it")

    def _follow(self, rel: tuple, path: str, real: str, chain: tuple) -> None:
        """A folder link: walked unless it loops, leaves the source or was walked already."""
        if real in chain or _within(chain[-1], real):
            why = ("symlink loop", f"it points to {printable_path(real)}, a folder it is in")
        elif self.follow == "inside" and not _within(real, self.root_real):
            why = self._outside(real)
        elif real in self.visited:
            why = ("duplicate", f"it points to {printable_path(real)}, which is read already")
        else:
            self._tree(path, rel, (*chain, real), via_link=True)
            return
        self.found.append(_Found(rel, path, False, True, None, *why))


def _mark_duplicates(rows: list[_Found]) -> None:
    """Skip, as ``duplicate``, a second name of one file and a second file with one doc_id.

    The name kept is the first one not reached through a link, else the first in order.
    """
    first_of: dict = {}
    for r in sorted((r for r in rows if r.key is not None and r.reason is None),
                    key=lambda r: r.via_link):
        first = first_of.setdefault(r.key, r)
        if first is not r:
            r.reason, r.detail = "duplicate", f"the same file as {printable_path(first.path)}"
    by_id: dict = {}
    for r in sorted((r for r in rows if r.doc and r.reason is None), key=lambda r: r.via_link):
        first = by_id.setdefault(_doc_id(r.rel), r)
        if first is not r:
            r.reason, r.detail = "duplicate", (f"doc_id {_doc_id(r.rel)!r} is already "
                                               f"{printable_path(first.path)}")


def _entries(rows: list[_Found]) -> list[SourceFile]:
    _mark_duplicates(rows)
    return [SourceFile(r.path, printable_path(r.path), _doc_id(r.rel) if r.doc else "",
                       r.reason, r.detail) for r in rows]


def _listed_files(files: list[Path]) -> list[SourceFile]:
    """Entries of a list of files (or a glob): ``doc_id`` is the file's stem."""
    rows = []
    for f in files:
        try:
            st = f.stat()
            key = (st.st_dev, st.st_ino)
        except OSError:
            key = None
        rows.append(_Found((f.name,), str(f), True, False, key))
    return _entries(rows)


def _folder_files(folder: Path, tabular: bool, follow_links: str) -> list[SourceFile]:
    """Entries of a folder: its ``.txt`` files, or else its tabular files, and what was skipped."""
    suffixes = (".txt", *TABULAR_SUFFIXES) if tabular else (".txt",)
    rows = _FolderWalk(str(folder), suffixes, check_follow_links(follow_links)).run()
    kinds = [Path(r.rel[-1]).suffix.lower() if r.doc else "" for r in rows]
    if ".txt" in kinds:
        rows = [r for r, k in zip(rows, kinds, strict=True) if k in (".txt", "")]
    elif not any(kinds):
        what = ".txt, .csv, .parquet or .jsonl" if tabular else ".txt"
        raise CorpusError(f"{folder}: folder contains no {what} files.")
    return _entries(rows)


def source_files(source, *, tabular: bool = True,
                 follow_links: str = "inside") -> list[SourceFile]:
    """Every file of a source, to read or skipped: the rows of the ``inputs`` table.

    A folder is walked as :func:`load_corpus` describes (links, duplicates, ``doc_id``
    from the relative path); a glob, one file or a list of files give their files in
    order, with the stem as ``doc_id``. A second name of the same file, and a second
    file with the same ``doc_id``, are skipped as ``duplicate``.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> (d / "a").mkdir(); (d / "b").mkdir()
    >>> _ = (d / "a" / "x.txt").write_text("x"); _ = (d / "b" / "x.txt").write_text("y")
    >>> _ = (d / "x.TXT").write_text("z")
    >>> [(f.doc_id, f.reason) for f in source_files(d)]
    [('a/x', None), ('b/x', None), ('x', None)]
    """
    if isinstance(source, (str, os.PathLike)) and not any(c in str(source) for c in "*?["):
        p = Path(source)
        if p.is_dir():
            return _folder_files(p, tabular, follow_links)
    check_follow_links(follow_links)
    return _listed_files(_named_files(source))


# ----------------------------------------------------------------------------- reading a file


def _read_bytes(path: str) -> bytes:
    with open(path, "rb") as fh:
        return fh.read()


def skip_file(entry: SourceFile, reason: str, detail: str = "", *, strict: bool = False) -> None:
    """Say that ``entry`` is skipped: one warning naming the file and the reason.

    With ``strict=True``, raise :class:`CorpusError` instead.

    Examples
    --------
    >>> skip_file(SourceFile("a.txt", "a.txt", "a"), "binary", "not text", strict=True)
    Traceback (most recent call last):
    ...
    analysis.corpus.errors.CorpusError: a.txt: binary: not text (strict: the first skipped file ends the run)
    """
    message = f"{entry.shown}: {reason}" + (f": {detail}" if detail else "")
    if strict:
        raise CorpusError(f"{message} (strict: the first skipped file ends the run)")
    warnings.warn(f"{entry.shown}: skipped ({reason})" + (f": {detail}" if detail else "") + ".",
                  UserWarning, stacklevel=3)


def read_source_file(entry: SourceFile, *,
                     strict: bool = False) -> tuple[str | None, str | None, str | None]:
    """Read one listed file: ``(text, encoding, reason)``, never raising for a bad file.

    ``text`` is normalised, or ``None`` when the file is skipped (``reason`` says why,
    one of :data:`SKIP_REASONS`, and a warning names the file; with ``strict=True`` a
    :class:`CorpusError` is raised instead). An empty file is loaded with ``text == ""``,
    ``encoding == "empty"`` and ``reason == "empty"``; other loaded files have
    ``reason is None``.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "doc.txt"
    >>> _ = p.write_bytes("Жаңа\\r\\nжол".encode("utf-8"))
    >>> read_source_file(SourceFile(str(p), str(p), "doc"))
    ('Жаңа\\nжол', 'utf-8', None)
    """
    if entry.reason is not None:
        skip_file(entry, entry.reason, entry.detail, strict=strict)
        return None, None, entry.reason
    try:
        data = _read_bytes(entry.path)
    except OSError as exc:
        skip_file(entry, "unreadable", exc.strerror or type(exc).__name__, strict=strict)
        return None, None, "unreadable"
    if not data.strip():
        warnings.warn(f"{entry.shown}: empty file; kept as a document with empty text.",
                      UserWarning, stacklevel=2)
        return "", "empty", "empty"
    try:
        text, encoding = decode_bytes(data, name=entry.shown)
    except CorpusError as exc:
        reason = "binary" if isinstance(exc, BinaryFileError) else "undecodable"
        detail = str(exc).removeprefix(f"{entry.shown}: ").rstrip(".")
        skip_file(entry, reason, detail, strict=strict)
        return None, None, reason
    return normalize_text(text), encoding, None


def read_metadata(metadata, doc_ids: list[str] | None) -> pd.DataFrame:
    if isinstance(metadata, pd.DataFrame):
        meta, name = metadata.copy(), "metadata"
    else:
        path = Path(metadata)
        if not path.exists():
            raise FileNotFoundError(f"{path}: metadata file not found.")
        name = str(path)
        try:
            meta = pd.read_csv(path, dtype=str, keep_default_na=False, on_bad_lines="error")
        except (pd.errors.ParserError, UnicodeDecodeError) as exc:
            raise CorpusError(f"{name}: malformed CSV: {exc}") from None
    if "doc_id" not in meta.columns:
        raise CorpusError(f"{name}: needs a 'doc_id' column; has {list(meta.columns)}.")
    meta["doc_id"] = meta["doc_id"].astype(str)
    dup = meta["doc_id"][meta["doc_id"].duplicated()]
    if len(dup):
        row = int(dup.index[0]) + 2
        raise CorpusError(f"{name}: row {row}: doc_id {dup.iloc[0]!r} appears more than once.")
    known = set(doc_ids) if doc_ids is not None else None
    for i, d in enumerate(meta["doc_id"] if known is not None else ()):
        if d not in known:
            raise CorpusError(
                f"{name}: row {i + 2}: doc_id {d!r} is not in the corpus "
                f"(corpus doc_ids: {sorted(known)[:5]}{'…' if len(known) > 5 else ''})."
            )
    reserved = set(CORPUS_COLUMNS) - {"doc_id", "lang"}
    clash = sorted(reserved & set(meta.columns))
    if clash:
        raise CorpusError(f"{name}: columns {clash} are computed by load_corpus; rename them.")
    return meta


def load_corpus(
    source,
    *,
    metadata: str | os.PathLike | pd.DataFrame | None = None,
    languages: Sequence[str] | str | Mapping[str, str] | None = None,
    progress: bool = False,
    follow_links: str = "inside",
    strict: bool = False,
    return_inputs: bool = False,
) -> pd.DataFrame | tuple[pd.DataFrame, pd.DataFrame]:
    """Load a corpus into a table with one row per document.

    Parameters
    ----------
    source : path, list of paths, DataFrame or list of str
        A folder (every ``*.txt`` below it, sorted by path), one file, a list of
        files, a DataFrame with ``doc_id``, ``text`` and optionally ``lang``, or a
        list of texts (``doc_id`` becomes ``doc0000``, ``doc0001``, …). A list of
        strings is read as paths if any of them exists or is a single line ending
        in ``.txt``/``.text``/``.md`` (missing ones then raise
        ``FileNotFoundError``); pass a DataFrame to avoid any ambiguity.
    metadata : path or DataFrame, optional
        CSV (or table) with a ``doc_id`` column, joined onto the corpus. A ``lang``
        column overrides detection where non-empty. Unknown or duplicated
        ``doc_id`` values and malformed CSV raise :class:`CorpusError` naming the row.
    languages : str, sequence of str or dict, optional
        ``None``: detect among ``en, id, kk, ru``. A sequence: the candidate set for
        detection. A str: every document is in that language. A dict
        ``{doc_id: lang}``: per-document override.
    progress : bool, default=False
        Show a tqdm progress bar while reading files.
    follow_links : {"inside", "all"}, default="inside"
        Which links of a folder are followed: only those pointing inside the folder,
        or all of them (see Notes).
    strict : bool, default=False
        Raise :class:`CorpusError` naming the file and the reason at the first file
        that would be skipped, instead of a warning.
    return_inputs : bool, default=False
        Also return the ``inputs`` table: ``path``, ``doc_id``, ``status``
        (``loaded`` or ``skipped``) and ``reason`` for every file met, the same
        table as :func:`analysis.run` writes.

    Returns
    -------
    DataFrame, or (DataFrame, DataFrame) with ``return_inputs=True``
        ``doc_id`` (str, see Notes), ``path`` (str, printable, or None),
        ``lang`` (str, ISO 639-1 or ``"und"``), ``lang_confidence`` (float; 1.0 when given),
        ``encoding`` (str: detected encoding, ``"utf-8-replace"`` when invalid bytes
        were replaced, ``"empty"``, or ``"str"`` for in-memory text), ``n_chars`` (int,
        length of the normalised text), ``text`` (str, normalised by
        :func:`normalize_text`; every offset reported by the package refers to this
        text), then any metadata columns.

    Notes
    -----
    ``doc_id`` of a file in a folder is its path relative to the folder without the
    file's suffix, with ``/`` between folders: ``a/x.txt`` and ``b/x.txt`` give
    ``a/x`` and ``b/x``, and a file at the top of the folder keeps its stem
    (``x.txt`` gives ``x``). A file of a glob or a list keeps its stem. Bytes of a
    file name that are not UTF-8 appear as ``\\xNN`` in ``doc_id`` and ``path``
    (``caf\\xe9``; see :func:`printable_path`).

    No file ends the load (unless ``strict``): each skipped file gets one warning
    naming it and the reason, and a row in the ``inputs`` table with that reason:
    ``binary``; ``undecodable`` (not UTF-8, and no code page detected confidently);
    ``unreadable`` (permission denied, a folder that cannot be listed); ``duplicate``
    (a second name of a file already read — a hard link, or a link to it or to its
    folder — or a second file with the same ``doc_id``, such as ``x.TXT`` beside
    ``x.txt``); ``symlink outside the source`` (with ``follow_links="inside"``);
    ``broken link``; ``symlink loop`` (a link to a folder it is in, or a link cycle).
    A folder link is followed once; of the names of one file, the one not reached
    through a link is kept. Empty files are loaded with empty text, ``lang == "und"``,
    a warning, and the reason ``empty``. UTF-8 with a few invalid bytes or a few NUL
    bytes is read, with a warning (see :func:`decode_bytes`). Files other than
    ``.txt`` (any case) are not read and not listed. Documents are processed one at
    a time by :func:`process_document`.

    Examples
    --------
    >>> corpus = load_corpus(["Ранее депутат Госдумы подверг критике систему голосования.",
    ...                       "Pada tahun 1959 Presiden mengeluarkan dekrit."])
    >>> corpus[["doc_id", "lang", "n_chars"]]
        doc_id lang  n_chars
    0  doc0000   ru       58
    1  doc0001   id       45
    """
    forced, candidates, overrides = _check_languages(languages)
    check_follow_links(follow_links)
    items, extra, inputs = _read_items(_source_items(source), progress,
                                       follow_links=follow_links, strict=strict)
    ids = [d for d, *_ in items]
    if len(set(ids)) < len(ids):
        d = next(d for i, d in enumerate(ids) if d in ids[:i])
        raise CorpusError(f"doc_id {d!r} occurs twice.")
    meta = read_metadata(metadata, ids) if metadata is not None else None
    meta_lang = {}
    if meta is not None and "lang" in meta.columns:
        meta_lang = {d: lg for d, lg in zip(meta["doc_id"], meta["lang"], strict=True) if lg}
    unknown = sorted(set(overrides) - set(ids))
    if unknown:
        raise CorpusError(f"languages: doc_id {unknown[0]!r} is not in the corpus.")
    rows = []
    for doc_id, path, text, lang, enc in items:
        lang = forced or overrides.get(doc_id) or meta_lang.get(doc_id) or lang
        row = process_document(doc_id, text, lang=lang, candidates=candidates)
        row["path"] = path
        row["encoding"] = enc
        rows.append(row)
    out = _corpus_table(rows, extra, meta)
    return (out, inputs) if return_inputs else out


def _corpus_table(rows: list[dict], extra: pd.DataFrame | None,
                  meta: pd.DataFrame | None) -> pd.DataFrame:
    """The rows of :func:`load_corpus` as its table, with source and metadata columns."""
    out = pd.DataFrame(rows, columns=CORPUS_COLUMNS)
    out = out.astype({"doc_id": str, "lang": str, "lang_confidence": "float64",
                      "n_chars": "int64", "text": str})
    if extra is not None:
        out = pd.concat([out, extra], axis=1)
    if meta is not None:
        clash = sorted(set(meta.columns) & set(out.columns) - {"doc_id", "lang"})
        if clash:
            raise CorpusError(f"metadata: columns {clash} are already in the source table.")
        more = meta.drop(columns=[c for c in ("lang",) if c in meta.columns])
        out = out.merge(more, on="doc_id", how="left", validate="one_to_one")
    return out.reset_index(drop=True)


def _check_languages(languages) -> tuple[str | None, tuple[str, ...] | None, dict[str, str]]:
    """``languages`` of :func:`load_corpus` as (one forced code, candidates, per-doc codes)."""
    if isinstance(languages, Mapping):
        return None, None, {str(k): check_candidates([v])[0] for k, v in languages.items()}
    if isinstance(languages, str):
        return check_candidates([languages])[0], None, {}
    if isinstance(languages, (list, tuple, set, frozenset)):
        return None, check_candidates(languages), {}
    if languages is not None:
        raise TypeError("languages must be None, a language code, a list of codes or a dict "
                        f"{{doc_id: code}}; got {type(languages).__name__}.")
    return None, None, {}


def _read_items(source, progress: bool, *, follow_links: str = "inside",
                strict: bool = False) -> tuple[list[tuple], pd.DataFrame | None, pd.DataFrame]:
    """Documents of a source as ``(doc_id, path, text, lang, encoding)``, metadata, inputs."""
    if isinstance(source, pd.DataFrame):
        missing = {"doc_id", "text"} - set(source.columns)
        if missing:
            raise CorpusError(f"source DataFrame lacks columns {sorted(missing)}.")
        check_corpus_table(source if "lang" in source.columns else source.assign(lang=None),
                           name="source")
        langs = source["lang"] if "lang" in source.columns else [None] * len(source)
        items = [(str(d), None, t, lg, "str")
                 for d, t, lg in zip(source["doc_id"], source["text"], langs, strict=True)]
        return items, _metadata_columns(source), _inputs_of_texts(items)
    if isinstance(source, (list, tuple)) and source and all(
        isinstance(s, str) and not _looks_like_path(s) for s in source
    ):
        items = [(f"doc{i:04d}", None, t, None, "str") for i, t in enumerate(source)]
        return items, None, _inputs_of_texts(items)
    if isinstance(source, (list, tuple)) and not source:
        raise CorpusError("source is empty: no documents given.")
    files = source_files(source, tabular=False, follow_links=follow_links)
    if progress:
        from tqdm.auto import tqdm

        files = tqdm(files, desc="reading", unit="file")
    items, inputs = [], []
    for f in files:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            text, enc, reason = read_source_file(f, strict=strict)
        for w in caught:
            warnings.warn(str(w.message), UserWarning, stacklevel=3)
        inputs.append((f.shown, f.doc_id, "skipped" if text is None else "loaded", reason or ""))
        if text is not None:
            items.append((f.doc_id, f.shown, text, None, enc))
    return items, None, pd.DataFrame(inputs, columns=INPUT_COLUMNS)


def _inputs_of_texts(items: list[tuple]) -> pd.DataFrame:
    """The ``inputs`` table of in-memory texts: every one loaded, without a path."""
    return pd.DataFrame([(None, d, "loaded", "") for d, *_ in items], columns=INPUT_COLUMNS)


def _metadata_columns(source: pd.DataFrame) -> pd.DataFrame | None:
    """The metadata columns of a source table (all but the corpus' own), kept in order."""
    cols = [c for c in source.columns if c not in CORPUS_COLUMNS]
    if not cols:
        return None
    return source[cols].reset_index(drop=True)


def _source_items(source):
    """Check the type of a ``load_corpus`` source; a Series of texts becomes a DataFrame."""
    if isinstance(source, pd.Series):
        index = source.index
        ids = ([str(i) for i in index] if index.inferred_type in ("string", "mixed") and
               index.is_unique else [f"doc{i:04d}" for i in range(len(source))])
        return pd.DataFrame({"doc_id": ids, "text": source.to_numpy(dtype=object)})
    if isinstance(source, (list, tuple)):
        for i, item in enumerate(source):
            if not isinstance(item, (str, os.PathLike)):
                raise TypeError(f"source[{i}] must be a text or a path; got "
                                f"{type(item).__name__}" + (" (decode bytes first)"
                                                           if isinstance(item, bytes) else "")
                                + ".")
        return source
    if isinstance(source, (str, os.PathLike)) and not str(source).strip():
        raise ValueError("source is an empty path; name a folder, a file or a glob.")
    if isinstance(source, (str, os.PathLike, pd.DataFrame)):
        return source
    raise TypeError("source must be a folder or file path, a glob, a list of paths or texts, a "
                    f"Series of texts or a DataFrame; got {type(source).__name__}.")


#: Columns a corpus table needs; ``lang`` may be missing (it is then detected).
REQUIRED_COLUMNS = ("doc_id", "text")


def _name_docs(ids) -> str:
    ids = [str(d) for d in ids]
    return ", ".join(repr(d) for d in ids[:5]) + (f" and {len(ids) - 5} more" if len(ids) > 5 else "")


def check_corpus_table(corpus: pd.DataFrame, *, name: str = "corpus") -> pd.DataFrame:
    """Check a corpus table: unique ``doc_id``, a ``str`` text and a known language per row.

    Raises :class:`CorpusError`, a ``ValueError`` (missing columns, missing texts, duplicate ``doc_id``, unknown
    language codes) or ``TypeError`` (a text that is not ``str``), naming the documents.

    Examples
    --------
    >>> check_corpus_table(pd.DataFrame({"doc_id": ["a", "a"], "lang": ["en", "en"],
    ...                                  "text": ["x", "y"]}))
    Traceback (most recent call last):
    ...
    analysis.corpus.errors.CorpusError: corpus: doc_id 'a' occurs more than once; doc_ids must be unique.
    """
    missing = [c for c in (*REQUIRED_COLUMNS, "lang") if c not in corpus.columns]
    if missing:
        raise CorpusError(f"{name} lacks columns {missing}; use analysis.load_corpus().")
    dup = corpus["doc_id"][corpus["doc_id"].duplicated()].unique()
    if len(dup):
        what = "doc_id " + _name_docs(dup) + (" occurs" if len(dup) == 1 else " occur")
        raise CorpusError(f"{name}: {what} more than once; doc_ids must be unique.")
    texts = corpus["text"]
    bad = ~texts.map(lambda t: isinstance(t, str)).astype(bool)
    if bad.any():
        ids = corpus["doc_id"][bad]
        first = texts[bad].iloc[0]
        if first is None or (isinstance(first, float) and pd.isna(first)):
            raise CorpusError(f"{name}: column 'text' is missing (None/NaN) for doc_id "
                             f"{_name_docs(ids)}; drop those rows or give an empty string.")
        raise TypeError(f"{name}: column 'text' must hold str; doc_id {_name_docs(ids)} has "
                        f"{type(first).__name__}" + (" (decode bytes first, or pass the files "
                                                     "to load_corpus)" if isinstance(first, bytes)
                                                     else "") + ".")
    langs = corpus["lang"]
    known = set(_known_codes()) | {"und"}
    unknown = sorted({str(lg) for lg in langs.dropna().unique()} - known)
    if unknown:
        ids = corpus["doc_id"][langs.isin(unknown)]
        raise CorpusError(f"{name}: unknown language code {unknown[0]!r} for doc_id "
                         f"{_name_docs(ids)}; use ISO 639-1 codes such as "
                         f"{list(DEFAULT_LANGUAGES)} or 'und'.")
    return corpus


def _known_codes() -> tuple[str, ...]:
    from .langid import _lingua_languages

    return tuple(_lingua_languages())


def as_corpus(corpus, *, name: str = "corpus") -> pd.DataFrame:
    """Accept a corpus the way every public function does, or raise one clear error.

    Parameters
    ----------
    corpus : DataFrame, path, list of str or Series of str
        A corpus table (``doc_id``, ``lang``, ``text``; extra metadata columns are
        kept), a DataFrame without ``lang`` (languages are detected), a folder, file or
        glob, a list of files or of texts, or a ``pandas.Series`` of texts (its index
        becomes ``doc_id`` when it holds strings).
    name : str, default="corpus"
        The parameter's name, used in error messages.

    Returns
    -------
    DataFrame
        The corpus table, checked by :func:`check_corpus_table`.

    Raises
    ------
    TypeError
        ``corpus`` is none of the above (``None``, a number, bytes ...).
    ValueError
        Missing columns or texts, duplicate ``doc_id`` values, unknown language codes.

    Examples
    --------
    >>> as_corpus(["Pada tahun 1959 Presiden mengeluarkan dekrit."])[["doc_id", "lang"]]
        doc_id lang
    0  doc0000   id
    >>> as_corpus(None)
    Traceback (most recent call last):
    ...
    TypeError: corpus must be a corpus DataFrame (analysis.load_corpus), a folder or file path, a list of paths or texts, or a Series of texts; got NoneType.
    """
    if isinstance(corpus, pd.DataFrame):
        if "lang" not in corpus.columns and set(REQUIRED_COLUMNS) <= set(corpus.columns):
            return load_corpus(corpus)
        return check_corpus_table(corpus, name=name)
    if isinstance(corpus, (str, os.PathLike, pd.Series, list, tuple)):
        return load_corpus(corpus)
    raise TypeError(f"{name} must be a corpus DataFrame (analysis.load_corpus), a folder or "
                    "file path, a list of paths or texts, or a Series of texts; "
                    f"got {type(corpus).__name__}.")
