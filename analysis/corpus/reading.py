"""Loading a corpus of texts: decoding, Unicode normalisation, languages, metadata."""

from __future__ import annotations

import os
import re
import warnings
from collections.abc import Mapping, Sequence
from pathlib import Path

import pandas as pd

from .checks import REQUIRED_COLUMNS, check_corpus_table
from .encodings import decode_bytes
from .errors import BinaryFileError, CorpusError
from .files import (
    FOLLOW_LINKS,
    INPUT_COLUMNS,
    SKIP_REASONS,
    TABULAR_SUFFIXES,
    SourceFile,
    check_follow_links,
    list_corpus_files,
    printable_path,
    read_source_file,
    source_files,
)
from .langid import check_candidates, detect_language
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
    "check_corpus_table",
    "check_follow_links",
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
