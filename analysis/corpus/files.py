"""The files of a corpus source: listing folders (links, loops, duplicates) and reading one file.

Every file seen under a source is accounted for: :func:`source_files` lists it with the
``doc_id`` it would get or the reason it is skipped, and :func:`read_source_file` reads it
or skips it with a warning (or, with ``strict=True``, an error).
"""

from __future__ import annotations

import errno
import heapq
import os
import stat
import warnings
from dataclasses import dataclass
from pathlib import Path

from .encodings import decode_bytes
from .errors import BinaryFileError, CorpusError
from .normalize import normalize_text

__all__ = ["FOLLOW_LINKS", "INPUT_COLUMNS", "SKIP_REASONS", "SourceFile", "TABULAR_SUFFIXES",
           "check_follow_links", "list_corpus_files", "printable_path", "read_source_file",
           "skip_file", "source_files"]


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
