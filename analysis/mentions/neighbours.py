"""The words that stand right next to the numbers mentioned, per group."""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Sequence

import pandas as pd

from .._core.validation import check_options, check_positive_int
from ._tables import (
    By,
    Side,
    _check_by,
    _check_kinds,
    _check_known_docs,
    _check_mentions,
    _empty,
    _group_total,
    _key_dtypes,
    _rank,
)

__all__ = ['neighbour_words', 'mention_neighbours', 'neighbour_table']


# What may separate a mention from its neighbour word: horizontal spaces, after a
# suffix hyphenated to the number (1931-ші, 1980-an, 34%-ы, 1990-х). Never a line break.
_GAP_AFTER = re.compile(r"(?:[-\u2010\u2011][^\W\d_]+)?[ \t\u00a0\u202f\u2009]*")


_GAP_BEFORE = re.compile(r"[ \t\u00a0\u202f\u2009]*")


_LOOKAHEAD = 4  # tokens inspected beyond the mention (hyphen, suffix, word)


# A neighbour after the mention is separated from it by a hyphenated suffix and spaces
# only, so it starts in the rest of the mention's chunk or in the next chunk.
_AFTER_WINDOW = re.compile(r"\S*(?:\s+\S+)?")


def _window_start(text: str, start: int) -> int:
    """Start of the white-space chunk before the one holding ``start`` (or 0)."""
    i = start
    for skip_space in (False, True, False):
        while i > 0 and text[i - 1].isspace() == skip_space:
            i -= 1
    return i


def _window_tokens(text: str, lang, spans: list[tuple[int, int]]) -> tuple[list, ...]:
    """Tokens near the mentions: the same tokens as :func:`tokenize_text` there.

    Each window runs from the white-space chunk before a mention to the chunk after
    it. No token crosses white space, so tokenising
    windows that start and end at white space gives exactly the tokens the whole
    text has there, at a fraction of the cost on long documents.
    """
    from ..text.stopwords import stopwords
    from ..text.tokenization import TOKEN_RE, is_roman_numeral, normalize_term

    ranges: list[list[int]] = []
    for s, e in sorted(spans):
        a, b = _window_start(text, s), _AFTER_WINDOW.match(text, e).end()
        if ranges and a <= ranges[-1][1]:
            ranges[-1][1] = max(ranges[-1][1], b)
        else:
            ranges.append([a, b])
    stop = stopwords(lang) if isinstance(lang, str) and lang else frozenset()
    t_start, t_end, t_kind, t_term, t_stop = [], [], [], [], []
    for a, b in ranges:
        for m in TOKEN_RE.finditer(text, a, b):
            kind, tok = m.lastgroup, m.group()
            if kind == "word" and tok[0].isupper() and is_roman_numeral(tok):
                kind = "roman"
            term = normalize_term(tok, lang) if kind == "word" else tok
            t_start.append(m.start())
            t_end.append(m.end())
            t_kind.append(kind)
            t_term.append(term)
            t_stop.append(kind == "word" and term in stop)
    return t_start, t_end, t_kind, t_term, t_stop


def _doc_neighbours(text: str, lang, spans: list[tuple[int, int]],
                    targets: list[tuple[int, int, bool]], side: str) -> list[str | None]:
    """Neighbour word of each target ``(start, end, unitless)``; ``spans`` are all mentions."""
    t_start, t_end, t_kind, t_term, t_stop = _window_tokens(
        text, lang if isinstance(lang, str) else None, spans)
    m_start = sorted({s for s, _ in spans})
    m_end_by_start: dict[int, int] = {}
    for s, e in spans:
        m_end_by_start[s] = max(e, m_end_by_start.get(s, e))
    ends_sorted = [m_end_by_start[s] for s in m_start]

    def in_mention(a: int) -> bool:
        i = bisect.bisect_right(m_start, a) - 1
        return i >= 0 and a < ends_sorted[i]

    def content(k: int) -> str | None:
        if t_kind[k] != "word" or t_stop[k] or in_mention(t_start[k]):
            return None
        return t_term[k]

    def after(end: int) -> str | None:
        j = bisect.bisect_left(t_start, end)
        for k in range(j, min(j + _LOOKAHEAD, len(t_start))):
            if not _GAP_AFTER.fullmatch(text, end, t_start[k]):
                continue
            if t_kind[k] == "word":
                return content(k)
        return None

    def before(start: int) -> str | None:
        k = bisect.bisect_right(t_end, start) - 1
        if k < 0 or not _GAP_BEFORE.fullmatch(text, t_end[k], start):
            return None
        return content(k) if t_kind[k] == "word" else None

    out: list[str | None] = []
    for s, e, unitless in targets:
        if side == "after":
            out.append(after(e))
        elif side == "before":
            out.append(before(s))
        else:
            w = after(e)
            if w is None and unitless:
                w = before(s)
            out.append(w)
    return out


def neighbour_words(mentions: pd.DataFrame, corpus: pd.DataFrame, *, by: By | None = "doc_id",
                    side: Side = "auto", kinds: Sequence[str] | None = None,
                    top_n: int | None = 10) -> pd.DataFrame:
    """The words that most often stand right next to a number, per group.

    The rule, per mention (tokens of :func:`analysis.tokenize_text`):

    * **after**: the first word token after the mention's end, if only spaces (no line
      break, punctuation or other token) separate them; a suffix hyphenated to the
      number is skipped (``1931-ші жылы`` → *жылы*, ``1990-х годах`` → *годах*).
    * **before**: the word token ending right before the mention's start, separated by
      spaces only.
    * **auto** (default): *after*; when that gives nothing (the mention ends a clause or
      line, or the next word is a stopword) and the mention has **no unit**, *before*.
      In all four languages a counted noun follows its numeral (``320 trains``,
      ``8 мың жұмысшы``, ``dua orang``), while a bare number closing a clause is
      described by the word before it (``… составило 28.``, ``tahun 1959.``); a
      mention with a unit has already swallowed its measure word into the span.

    The word is the token's ``term`` (lower-cased, Russian ё → е); stopwords of the
    document's language and words inside another mention (number words) do not count,
    so a mention whose neighbour is a stopword contributes no word. Mentions of kind
    ``reference`` (footnote markers glued to words) are left out by default.

    Parameters
    ----------
    mentions : DataFrame
        :func:`analysis.numeric_mentions` output of ``corpus``.
    corpus : DataFrame
        :func:`analysis.load_corpus` output (``doc_id``, ``lang``, ``text``): offsets
        of the mentions refer to its ``text``.
    by : {"doc_id", "lang"} or None, default="doc_id"
        Group: per document, per language, or the whole corpus.
    side : {"auto", "after", "before"}, default="auto"
        Which neighbour (see above).
    kinds : sequence of str, optional
        Kinds to include; default every kind except ``reference``.
    top_n : int or None, default=10
        Words kept per group; ``None`` keeps all.

    Returns
    -------
    DataFrame
        Keys, ``word`` (str), ``count`` (int, mentions with that neighbour), ``share``
        (float, of the group's mentions that have a neighbour word), ``rank`` (int;
        ties by word). Sorted by keys, rank.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a"], "lang": ["en"],
    ...                   "text": ["We saw 320 trains and 12 trains. Output reached 56."]})
    >>> m = pd.DataFrame({"doc_id": "a", "lang": "en", "start": [7, 22, 48],
    ...                   "end": [10, 24, 50], "kind": "count", "unit": None})
    >>> neighbour_words(m, c)
       doc_id lang     word  count     share  rank
    0      a   en   trains      2  0.666667     1
    1      a   en  reached      1  0.333333     2
    """
    keys = _check_by(by)
    _check_mentions(mentions, keys + ["doc_id", "start", "end", "kind", "unit"])
    check_options("side", side, ["auto", "after", "before"])
    top_n = check_positive_int("top_n", top_n, allow_none=True)
    if kinds is None:
        use = mentions["kind"] != "reference"
    else:
        use = mentions["kind"].isin(_check_kinds(kinds, ()))
    if not isinstance(corpus, pd.DataFrame) or not {"doc_id", "lang", "text"} <= set(
            corpus.columns):
        raise ValueError("corpus must be load_corpus output (doc_id, lang, text).")
    _check_known_docs(mentions, corpus)
    texts = dict(zip(corpus["doc_id"], zip(corpus["lang"], corpus["text"], strict=True),
                     strict=True))
    words: list[str | None] = [None] * len(mentions)
    position = {i: k for k, i in enumerate(mentions.index)}
    all_spans = mentions[["doc_id", "start", "end"]]
    for doc_id, sub in mentions[use].groupby("doc_id", sort=True):
        lang, text = texts[doc_id]
        every = all_spans[all_spans["doc_id"] == doc_id]
        spans = [(int(s), int(e)) for s, e in zip(every["start"], every["end"], strict=True)]
        targets = [(int(s), int(e), u is None or (isinstance(u, float) and math.isnan(u)))
                   for s, e, u in zip(sub["start"], sub["end"], sub["unit"], strict=True)]
        for i, w in zip(sub.index, _doc_neighbours(text, lang, spans, targets, side),
                        strict=True):
            words[position[i]] = w
    return neighbour_table(mentions[keys].assign(word=words), by=by, top_n=top_n)


def mention_neighbours(text: str, lang, mentions: pd.DataFrame) -> list[str | None]:
    """The neighbour word (``side="auto"``) of each mention of one document.

    The per-document step of :func:`neighbour_words`; ``reference`` mentions get
    ``None``.

    Examples
    --------
    >>> m = pd.DataFrame({"start": [7], "end": [10], "kind": ["count"], "unit": [None]})
    >>> mention_neighbours("We saw 320 trains.", "en", m)
    ['trains']
    """
    spans = list(zip(mentions["start"].tolist(), mentions["end"].tolist(), strict=True))
    use = (mentions["kind"] != "reference").to_numpy()
    targets = [(s, e, u is None or (isinstance(u, float) and math.isnan(u)))
               for (s, e), u, ok in zip(spans, mentions["unit"], use, strict=True) if ok]
    found = iter(_doc_neighbours(text, lang, spans, targets, "auto"))
    return [next(found) if ok else None for ok in use]


def neighbour_table(words: pd.DataFrame, *, by: By | None = "doc_id",
                    top_n: int | None = 10) -> pd.DataFrame:
    """Rank neighbour words per group: the reduction step of :func:`neighbour_words`.

    ``words`` holds the key columns and ``word`` (one row per mention, ``None`` where
    it has no neighbour word).

    Examples
    --------
    >>> w = pd.DataFrame({"lang": ["en", "en", "en"], "word": ["trains", None, "trains"]})
    >>> neighbour_table(w, by="lang")
      lang    word  count  share  rank
    0   en  trains      2    1.0     1
    """
    keys = _check_by(by)
    top_n = check_positive_int("top_n", top_n, allow_none=True)
    cols = {**_key_dtypes(keys), "word": "object", "count": "int64", "share": "float64",
            "rank": "int64"}
    words = words[words["word"].notna()]
    if words.empty:
        return _empty(cols)
    out = words.groupby(keys + ["word"], dropna=False, sort=True).size().rename("count")
    out = out.reset_index()
    out["count"] = out["count"].astype("int64")
    out["share"] = out["count"] / _group_total(out, keys)
    out = _rank(out, keys, "word")
    if top_n is not None:
        out = out[out["rank"] <= top_n].reset_index(drop=True)
    return out[list(cols)]
