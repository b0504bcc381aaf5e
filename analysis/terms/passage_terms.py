"""Content terms: passage x term (or document x term) counts, the input of topic models."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd

from .._core.validation import check_bool, check_options, check_positive_int
from ..corpus.langid import language_spans
from ..corpus.passages import passage_plan
from ..corpus.reading import as_corpus
from ..text.tokenization import terms_from_chunks

__all__ = ["assign_passages", "content_terms", "document_content_terms",
           "span_content_terms"]


def assign_passages(tokens_df: pd.DataFrame, passages_df: pd.DataFrame) -> pd.DataFrame:
    """Add a ``passage_id`` column to a token table, from the tokens' ``start`` offsets.

    Tokens outside every passage (punctuation between paragraphs) get ``None``.
    With overlapping passages a token gets the last passage that starts before it.

    Examples
    --------
    >>> import pandas as pd
    >>> toks = pd.DataFrame({"doc_id": ["d", "d"], "start": [0, 14], "end": [3, 18]})
    >>> ps = pd.DataFrame({"doc_id": ["d", "d"], "passage_id": ["d:0000", "d:0001"],
    ...                    "start": [0, 14], "end": [13, 27]})
    >>> assign_passages(toks, ps)["passage_id"].tolist()
    ['d:0000', 'd:0001']
    """
    for name, df, cols in (("tokens_df", tokens_df, ["doc_id", "start"]),
                           ("passages_df", passages_df, ["doc_id", "passage_id", "start", "end"])):
        if not isinstance(df, pd.DataFrame):
            raise TypeError(f"{name} must be a DataFrame; got {type(df).__name__}.")
        missing = [c for c in cols if c not in df.columns]
        if missing:
            raise ValueError(f"{name} lacks columns {missing}.")
    out = tokens_df.reset_index(drop=True).copy()
    if out.empty or passages_df.empty:
        out["passage_id"] = None
        return out
    left = pd.DataFrame({"doc_id": out["doc_id"].astype(str), "start": out["start"].astype("int64"),
                         "_row": np.arange(len(out))}).sort_values("start", kind="stable")
    right = pd.DataFrame({"doc_id": passages_df["doc_id"].astype(str),
                          "_p_start": passages_df["start"].astype("int64"),
                          "_p_end": passages_df["end"].astype("int64"),
                          "passage_id": passages_df["passage_id"]}).sort_values(
                              ["_p_start"], kind="stable")
    # the last passage of the same document that starts at or before the token
    hit = pd.merge_asof(left, right, left_on="start", right_on="_p_start", by="doc_id",
                        direction="backward").sort_values("_row")
    inside = hit["start"].to_numpy() < hit["_p_end"].to_numpy()  # NaN end -> False
    ids = np.where(inside, hit["passage_id"].to_numpy(dtype=object), None)
    out["passage_id"] = pd.Series(ids, index=out.index, dtype=object)
    return out


def document_content_terms(doc_id: str, lang, text: str, *, unit: str = "passage",
                           size: int = 200, stem: bool = False, remove_stopwords: bool = True,
                           min_length: int = 2, plan: list | None = None,
                           lemmatize: bool = False) -> list[tuple]:
    """Rows ``(doc_id, lang, passage_id, term, count)`` of one document: the per-document step.

    ``plan`` may pass the passages already cut (``passage_plan(text, size, 0)``).

    Examples
    --------
    >>> document_content_terms("d", "ru", "Выборы и выборы.\\nГолосование в 2024 году.", size=3)
    [('d', 'ru', 'd:0000', 'выборы', 2), ('d', 'ru', 'd:0001', 'голосование', 1)]
    """
    if unit == "document":
        units = [(doc_id, Counter(text.split()))]
    else:
        plan = passage_plan(text, size, 0) if plan is None else plan
        units = [(f"{doc_id}:{i:04d}", Counter(chunks)) for i, (_, _, chunks) in enumerate(plan)]
    rows = []
    for pid, raw in units:
        counts = terms_from_chunks(raw, lang, remove_stopwords, stem, min_length, lemmatize)
        rows += [(doc_id, lang, pid, term, counts[term]) for term in sorted(counts)]
    return rows


def span_content_terms(doc_id: str, text: str, spans: list, *, size: int = 200,
                       stem: bool = False, remove_stopwords: bool = True,
                       min_length: int = 2, lemmatize: bool = False) -> list[tuple]:
    """:func:`document_content_terms` of a document in several languages: passages are cut
    within each language span and counted in its language, numbered through the document.

    Examples
    --------
    >>> text = "Ауыл шаруашылығы өсті.\\nОбъем продукции вырос по всем показателям."
    >>> rows = span_content_terms("d", text, [(0, 22, "kk"), (22, 66, "ru")], size=50)
    >>> sorted({(lang, pid) for _, lang, pid, _, _ in rows})
    [('kk', 'd:0000'), ('ru', 'd:0001')]
    """
    rows: list[tuple] = []
    n = 0
    for s, e, plang in spans:
        part = document_content_terms(doc_id, plang, text[s:e], size=size, stem=stem,
                                      remove_stopwords=remove_stopwords, min_length=min_length,
                                      lemmatize=lemmatize)
        ids = sorted({pid for _, _, pid, _, _ in part})
        renumber = {pid: f"{doc_id}:{n + i:04d}" for i, pid in enumerate(ids)}
        rows += [(d, lg, renumber[pid], t, c) for d, lg, pid, t, c in part]
        n += len(ids)
    return rows


def content_terms(
    corpus: pd.DataFrame,
    *,
    unit: str = "passage",
    size: int = 200,
    stem: bool = False,
    remove_stopwords: bool = True,
    min_length: int = 2,
    lemmatize: bool | None = None,
) -> pd.DataFrame:
    """Count content word terms per passage (or per document): the input of topic models.

    Content terms are word tokens (no numbers, Roman numerals, footnote markers
    or punctuation) that are not stopwords of the document's language.

    Parameters
    ----------
    corpus : DataFrame
        Output of :func:`analysis.load_corpus`.
    unit : {"passage", "document"}, default="passage"
        Counting unit. For ``"document"`` the ``passage_id`` equals ``doc_id``.
    size : int, default=200
        Passage size in word tokens (see :func:`passages`).
    stem : bool, default=False
        Stem terms (ru, en, id).
    remove_stopwords : bool, default=True
        Drop stopwords.
    min_length : int, default=2
        Drop shorter terms (single letters are mostly initials and abbreviations).
    lemmatize : bool or None, default=None
        Count lemmas (:mod:`analysis.text.lemmas`: pymorphy3 for ru, simplemma for en,
        simplemma and PySastrawi roots for id, the rule-based stemmer for kk) instead of word forms. ``None``: lemmas
        unless ``stem`` (the topic models' default, so one topic does not list
        "англия" and "англии" as two terms).

    Returns
    -------
    DataFrame
        ``doc_id`` (str), ``lang`` (str), ``passage_id`` (str), ``term`` (str),
        ``count`` (int > 0); sorted by ``doc_id``, ``passage_id``, ``term``.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"doc_id": ["d"], "lang": ["ru"],
    ...                        "text": ["Выборы и выборы.\\nГолосование в 2024 году."]})
    >>> content_terms(corpus, size=3)
      doc_id lang passage_id         term  count
    0      d   ru     d:0000       выборы      2
    1      d   ru     d:0001  голосование      1
    """
    corpus = as_corpus(corpus)
    check_options("unit", unit, ["passage", "document"])
    check_bool("stem", stem)
    lemmatize = (not stem) if lemmatize is None else check_bool("lemmatize", lemmatize)
    if stem and lemmatize:
        raise ValueError("stem and lemmatize are alternatives; pass at most one of them.")
    check_positive_int("min_length", min_length)
    rows = []
    for doc_id, lang, text in zip(corpus["doc_id"], corpus["lang"], corpus["text"], strict=True):
        spans = language_spans(text, lang) if unit == "passage" else [(0, len(text), lang)]
        rows += (document_content_terms(doc_id, lang, text, unit=unit, size=size, stem=stem,
                                        remove_stopwords=remove_stopwords,
                                        min_length=min_length, lemmatize=lemmatize)
                 if len(spans) == 1 else
                 span_content_terms(doc_id, text, spans, size=size, stem=stem,
                                    remove_stopwords=remove_stopwords, min_length=min_length,
                                    lemmatize=lemmatize))
    out = pd.DataFrame(rows, columns=["doc_id", "lang", "passage_id", "term", "count"])
    return out.astype({"doc_id": str, "lang": str, "passage_id": str, "term": str,
                       "count": "int64"})
