"""Passages: paragraph-aware chunks of about ``size`` word tokens, with offsets."""

from __future__ import annotations

from collections import Counter

import pandas as pd

from ._validation import check_bool, check_options, check_positive_int
from .langid import split_paragraphs
from .tokenization import _check_corpus, _terms_from_chunks

__all__ = ["PASSAGE_COLUMNS", "split_passages", "assign_passages", "content_terms",
           "document_content_terms"]

#: Columns of :func:`passages`, in order.
PASSAGE_COLUMNS = ["doc_id", "lang", "passage_id", "start", "end", "n_tokens"]


def _cut_long(text: str, s: int, e: int, n: int, size: int) -> list[tuple[int, int]]:
    """Cut paragraph ``text[s:e]`` holding ``n`` tokens into near-equal pieces of <= size."""
    k = -(-n // size)
    bounds = [s]
    for i in range(1, k):
        pos = s + round((e - s) * i / k)
        # snap forward to white space so no token is cut
        while pos < e and not text[pos].isspace():
            pos += 1
        if pos >= e or pos <= bounds[-1]:
            continue
        bounds.append(pos)
    bounds.append(e)
    pieces = []
    for a, b in zip(bounds[:-1], bounds[1:], strict=True):
        seg = text[a:b]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg) - len(seg.rstrip())
        if b - trail > a + lead:
            pieces.append((a + lead, b - trail))
    return pieces


def _passage_plan(text: str, size: int, overlap: int) -> list[tuple[int, int, list[str]]]:
    """Passages of ``text`` as ``(start, end, chunks)``, chunks from ``str.split``."""
    pieces: list[tuple[int, int, list[str]]] = []
    for s, e in split_paragraphs(text):
        # white-space count estimates the token count without a second regex pass
        n_est = text.count(" ", s, e) + 1
        if n_est > size:
            for a, b in _cut_long(text, s, e, n_est, size):
                sub = text[a:b].split()
                if sub:
                    pieces.append((a, b, sub))
        else:
            chunks = text[s:e].split()
            if chunks:
                pieces.append((s, e, chunks))
    if not pieces:
        return []
    passages_: list[tuple[int, int, list[str]]] = []
    cur_s, cur_e, cur = pieces[0][0], pieces[0][1], list(pieces[0][2])
    for s, e, chunks in pieces[1:]:
        if len(cur) + len(chunks) <= size or len(cur) < size // 2:
            cur_e = e
            cur.extend(chunks)
        else:
            passages_.append((cur_s, cur_e, cur))
            cur_s, cur_e, cur = s, e, list(chunks)
    passages_.append((cur_s, cur_e, cur))
    if overlap:
        out = [passages_[0]]
        for (_, _, prev), (s, e, chunks) in zip(passages_[:-1], passages_[1:], strict=True):
            shared = prev[-overlap:]
            # start offset of the first shared chunk: search backwards from s
            start = s
            for chunk in reversed(shared):
                start = text.rfind(chunk, 0, start)
            out.append((max(start, 0), e, shared + chunks))
        passages_ = out
    return passages_


def split_passages(text: str, *, size: int = 200, overlap: int = 0) -> list[tuple[int, int, int]]:
    """Split one text into passages; return ``(start, end, n_tokens)`` triples.

    Tokens here are white-space separated strings. Paragraphs
    (lines) are packed greedily into a passage while it stays at or below
    ``size`` tokens; a passage is closed early only if it already holds at least
    half of ``size``. A paragraph with more than ``size`` space-separated words
    is cut at white space into near-equal pieces of about ``size`` words. With ``overlap > 0`` each passage also starts
    ``overlap`` tokens before the end of the previous one.

    Examples
    --------
    >>> split_passages("один два три\\nчетыре пять\\nшесть", size=3)
    [(0, 12, 3), (13, 30, 3)]
    """
    size = check_positive_int("size", size)
    overlap = check_positive_int("overlap", overlap, minimum=0)
    if overlap >= size:
        raise ValueError(f"overlap must be smaller than size; got overlap={overlap}, size={size}.")
    return [(s, e, len(chunks)) for s, e, chunks in _passage_plan(text, size, overlap)]


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
    out = tokens_df.copy()
    out["passage_id"] = None
    for doc_id, idx in out.groupby("doc_id", sort=False).groups.items():
        ps = passages_df[passages_df["doc_id"] == doc_id].sort_values("start")
        if ps.empty:
            continue
        starts = out.loc[idx, "start"].to_numpy()
        pos = ps["start"].searchsorted(starts, side="right") - 1
        valid = pos >= 0
        ends = ps["end"].to_numpy()
        ids = ps["passage_id"].to_numpy()
        res = [None] * len(starts)
        for j, (p, ok) in enumerate(zip(pos, valid, strict=True)):
            if ok and starts[j] < ends[p]:
                res[j] = ids[p]
        out.loc[idx, "passage_id"] = res
    return out


def document_content_terms(doc_id: str, lang, text: str, *, unit: str = "passage",
                           size: int = 200, stem: bool = False, remove_stopwords: bool = True,
                           min_length: int = 2, plan: list | None = None) -> list[tuple]:
    """Rows ``(doc_id, lang, passage_id, term, count)`` of one document: the per-document step.

    ``plan`` may pass the passages already cut (``_passage_plan(text, size, 0)``).

    Examples
    --------
    >>> document_content_terms("d", "ru", "Выборы и выборы.\\nГолосование в 2024 году.", size=3)
    [('d', 'ru', 'd:0000', 'выборы', 2), ('d', 'ru', 'd:0001', 'голосование', 1)]
    """
    if unit == "document":
        units = [(doc_id, Counter(text.split()))]
    else:
        plan = _passage_plan(text, size, 0) if plan is None else plan
        units = [(f"{doc_id}:{i:04d}", Counter(chunks)) for i, (_, _, chunks) in enumerate(plan)]
    rows = []
    for pid, raw in units:
        counts = _terms_from_chunks(raw, lang, remove_stopwords, stem, min_length)
        rows += [(doc_id, lang, pid, term, counts[term]) for term in sorted(counts)]
    return rows


def content_terms(
    corpus: pd.DataFrame,
    *,
    unit: str = "passage",
    size: int = 200,
    stem: bool = False,
    remove_stopwords: bool = True,
    min_length: int = 2,
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
    _check_corpus(corpus)
    check_options("unit", unit, ["passage", "document"])
    check_bool("stem", stem)
    check_positive_int("min_length", min_length)
    rows = []
    for doc_id, lang, text in zip(corpus["doc_id"], corpus["lang"], corpus["text"], strict=True):
        rows += document_content_terms(doc_id, lang, text, unit=unit, size=size, stem=stem,
                                       remove_stopwords=remove_stopwords,
                                       min_length=min_length)
    out = pd.DataFrame(rows, columns=["doc_id", "lang", "passage_id", "term", "count"])
    return out.astype({"doc_id": str, "lang": str, "passage_id": str, "term": str,
                       "count": "int64"})
