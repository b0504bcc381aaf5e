"""Passages: paragraph-aware chunks of about ``size`` word tokens, with offsets."""

from __future__ import annotations

from collections import Counter

import pandas as pd

from ._validation import check_bool, check_options, check_positive_int
from .langid import split_paragraphs
from .tokenization import _WORD_ONLY_RE, _check_corpus, count_terms

__all__ = ["PASSAGE_COLUMNS", "passages", "split_passages", "assign_passages", "content_terms"]

#: Columns of :func:`passages`, in order.
PASSAGE_COLUMNS = ["doc_id", "lang", "passage_id", "start", "end", "n_tokens"]


def _word_spans(text: str, offset: int) -> list[tuple[int, int]]:
    return [(m.start(1) + offset, m.end(1) + offset)
            for m in _WORD_ONLY_RE.finditer(text) if m.group(1)]


def split_passages(text: str, *, size: int = 200, overlap: int = 0) -> list[tuple[int, int, int]]:
    """Split one text into passages; return ``(start, end, n_word_tokens)`` triples.

    Paragraphs (lines) are packed greedily into a passage while it stays at or
    below ``size`` word tokens; a passage is closed early only if it already
    holds at least half of ``size``. A paragraph longer than ``size`` is cut into
    near-equal pieces of at most ``size`` words at word boundaries. With
    ``overlap > 0`` each passage also starts ``overlap`` words before the end of
    the previous one (within the same text).

    Examples
    --------
    >>> split_passages("один два три\\nчетыре пять\\nшесть", size=3)
    [(0, 12, 3), (13, 30, 3)]
    """
    size = check_positive_int("size", size)
    overlap = check_positive_int("overlap", overlap, minimum=0)
    if overlap >= size:
        raise ValueError(f"overlap must be smaller than size; got overlap={overlap}, size={size}.")
    words: list[tuple[int, int]] = []
    para_bounds: list[int] = []  # index into words where each paragraph ends
    for s, e in split_paragraphs(text):
        words.extend(_word_spans(text[s:e], s))
        para_bounds.append(len(words))
    if not words:
        return []
    # pieces: word-index ranges that respect paragraph boundaries
    pieces: list[tuple[int, int]] = []
    begin = 0
    for end in para_bounds:
        n = end - begin
        if n == 0:
            continue
        if n > size:
            k = -(-n // size)
            step = n / k
            cuts = [begin + round(step * i) for i in range(k)] + [end]
            pieces.extend(zip(cuts[:-1], cuts[1:], strict=True))
        else:
            pieces.append((begin, end))
        begin = end
    chunks: list[tuple[int, int]] = []
    cur_start, cur_end = pieces[0]
    for s, e in pieces[1:]:
        if (e - cur_start) <= size or (cur_end - cur_start) < size // 2:
            cur_end = e
        else:
            chunks.append((cur_start, cur_end))
            cur_start, cur_end = s, e
    chunks.append((cur_start, cur_end))
    out = []
    for i, (ws, we) in enumerate(chunks):
        if overlap and i > 0:
            ws = max(0, ws - overlap)
        out.append((words[ws][0], words[we - 1][1], we - ws))
    return out


def passages(corpus: pd.DataFrame, *, size: int = 200, overlap: int = 0) -> pd.DataFrame:
    """Cut every document into paragraph-aware passages of about ``size`` word tokens.

    Parameters
    ----------
    corpus : DataFrame
        Output of :func:`analysis.load_corpus`.
    size : int, default=200
        Target passage length in word tokens (an upper bound except when a
        passage is closed below half of it; see :func:`split_passages`).
    overlap : int, default=0
        Words shared with the previous passage.

    Returns
    -------
    DataFrame
        ``doc_id`` (str), ``lang`` (str), ``passage_id`` (str,
        ``"<doc_id>:<nnnn>"``), ``start``, ``end`` (int offsets into the document
        text), ``n_tokens`` (int, word tokens in the passage).

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"doc_id": ["d"], "lang": ["en"],
    ...                        "text": ["one two three\\nfour five\\nsix"]})
    >>> passages(corpus, size=3)
      doc_id lang passage_id  start  end  n_tokens
    0      d   en     d:0000      0   13         3
    1      d   en     d:0001     14   27         3
    """
    _check_corpus(corpus)
    rows = []
    for doc_id, lang, text in zip(corpus["doc_id"], corpus["lang"], corpus["text"], strict=True):
        for i, (s, e, n) in enumerate(split_passages(text, size=size, overlap=overlap)):
            rows.append((doc_id, lang, f"{doc_id}:{i:04d}", s, e, n))
    out = pd.DataFrame(rows, columns=PASSAGE_COLUMNS)
    return out.astype({"doc_id": str, "lang": str, "passage_id": str, "start": "int64",
                       "end": "int64", "n_tokens": "int64"})


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
        if unit == "document":
            spans = [(doc_id, 0, len(text))]
        else:
            spans = [(f"{doc_id}:{i:04d}", s, e)
                     for i, (s, e, _) in enumerate(split_passages(text, size=size))]
        for pid, s, e in spans:
            counts: Counter = count_terms(text[s:e], lang, remove_stopwords=remove_stopwords,
                                          stem=stem, min_length=min_length)
            for term in sorted(counts):
                rows.append((doc_id, lang, pid, term, counts[term]))
    out = pd.DataFrame(rows, columns=["doc_id", "lang", "passage_id", "term", "count"])
    return out.astype({"doc_id": str, "lang": str, "passage_id": str, "term": str,
                       "count": "int64"})
