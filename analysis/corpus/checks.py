"""Checks of a corpus table: unique doc_ids, str texts, known language codes."""

from __future__ import annotations

import pandas as pd

from .errors import CorpusError
from .langid import DEFAULT_LANGUAGES

__all__ = ["REQUIRED_COLUMNS", "check_corpus_table"]


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
