"""Keyword in context: an index of token positions and the lookups that read it.

:func:`document_tokens` is the per-document step: every token of a text (the tokens of
:func:`analysis.text.tokenization.tokenize_text`, found chunk by chunk: no token
crosses white space, so each distinct white-space chunk is tokenised once per
process), with its normalised term and offsets. :class:`KwicIndexBuilder` reduces
per-batch records (:func:`kwic_batch`) into a :class:`KwicIndex`: one global term-id
array sorted once, so a term's positions are one slice, whatever the corpus size.
The corpus-level functions are :func:`analysis.pipeline.compare.kwic_index` and
:func:`analysis.pipeline.compare.kwic`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..mentions import LANGS, mention_rows
from ..text.lemmas import LEMMA_LANGUAGES, lemmatize_terms
from ..text.tokenization import (
    STEMMER_LANGUAGES,
    TOKEN_RE,
    chunk_map,
    is_roman_numeral,
    normalize_term,
    stem_terms,
)

__all__ = ["KWIC_COLUMNS", "document_tokens", "KwicBatch", "kwic_batch", "KwicIndex",
           "KwicIndexBuilder", "kwic_lookup"]

#: Columns of the KWIC table, in order.
KWIC_COLUMNS = ["doc_id", "lang", "start", "end", "left", "match", "right"]
_CHUNK = re.compile(r"\S+")


class _ChunkTokens(dict):
    """chunk -> its tokens ``(start, end, term)`` relative to the chunk (first sight only)."""

    def __init__(self, lang) -> None:
        super().__init__()
        self.lang = lang

    def __missing__(self, chunk: str) -> tuple:
        out = []
        for m in TOKEN_RE.finditer(chunk):
            tok = m.group()
            word = m.lastgroup == "word" and not (tok[0].isupper() and is_roman_numeral(tok))
            out.append((m.start(), m.end(), normalize_term(tok, self.lang) if word else tok))
        value = self[chunk] = tuple(out)
        return value


def document_tokens(text: str, lang) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Every token of ``text``: its term and its offsets (the per-document step).

    The terms are the ``term`` column of :func:`~analysis.text.tokenization.tokenize_text`
    (words normalised by :func:`~analysis.text.tokenization.normalize_term`, other
    tokens as written), stopwords and punctuation included.

    Examples
    --------
    >>> terms, starts, ends = document_tokens("Ёлка, XIV век.", "ru")
    >>> terms, starts.tolist(), ends.tolist()
    (['елка', ',', 'XIV', 'век', '.'], [0, 4, 6, 10, 13], [4, 5, 9, 13, 14])
    """
    tokens_of = chunk_map(_ChunkTokens, lang)
    terms: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for m in _CHUNK.finditer(text):
        base = m.start()
        for s, e, term in tokens_of[m.group()]:
            terms.append(term)
            starts.append(base + s)
            ends.append(base + e)
    return (terms, np.fromiter(starts, np.int64, len(starts)),
            np.fromiter(ends, np.int64, len(ends)))


@dataclass(slots=True)
class KwicBatch:
    """The index record of a run of documents: a local vocabulary and token arrays."""

    doc_ids: list = field(default_factory=list)
    langs: list = field(default_factory=list)
    n_tokens: list = field(default_factory=list)
    vocab: list = field(default_factory=list)
    ids: list = field(default_factory=list)
    starts: list = field(default_factory=list)
    ends: list = field(default_factory=list)
    mentions: list = field(default_factory=list)


def kwic_batch(docs: Iterable[tuple], *, mentions: bool = False) -> KwicBatch:
    """The :class:`KwicBatch` of ``(doc_id, lang, text)`` documents (what a worker runs).

    With ``mentions``, the numeric mentions of each document
    (:func:`analysis.mentions.mention_rows`) as ``(doc, start, end, kind, surface)``,
    ``doc`` counting the batch's documents from 0.
    """
    batch = KwicBatch()
    local: dict[str, int] = {}
    for i, (doc_id, lang, text) in enumerate(docs):
        terms, starts, ends = document_tokens(text, lang)
        ids = np.fromiter((local.setdefault(t, len(local)) for t in terms), np.int64,
                          len(terms))
        batch.doc_ids.append(doc_id)
        batch.langs.append(lang if isinstance(lang, str) else "und")
        batch.n_tokens.append(len(terms))
        batch.ids.append(ids.astype(np.int32))
        batch.starts.append(starts)
        batch.ends.append(ends)
        if mentions and text:
            code = lang if lang in LANGS else None
            batch.mentions += [(i, r[0], r[1], r[4], r[2]) for r in mention_rows(text, code)]
    batch.vocab = list(local)
    return batch


def _cat(arrays: list) -> np.ndarray:
    return np.concatenate(arrays) if arrays else np.zeros(0, dtype=np.int64)


class KwicIndexBuilder:
    """Fold :class:`KwicBatch` records, in corpus order, into a :class:`KwicIndex`."""

    def __init__(self, mentions: bool = False) -> None:
        self.vocab: dict[str, int] = {}
        self.parts: list[KwicBatch] = []
        self.tids: list[np.ndarray] = []
        self.with_mentions = mentions

    def add(self, batch: KwicBatch) -> None:
        vocab = self.vocab
        remap = np.fromiter((vocab.setdefault(t, len(vocab)) for t in batch.vocab), np.int64,
                            len(batch.vocab))
        for ids in batch.ids:
            self.tids.append(remap[ids].astype(np.int32) if len(ids) else
                             np.zeros(0, dtype=np.int32))
        batch.ids = []
        self.parts.append(batch)

    def finish(self, texts: list[str]) -> KwicIndex:
        """The index; ``texts`` are the documents' texts, in the order they were added."""
        doc_ids = [d for b in self.parts for d in b.doc_ids]
        langs = [lg for b in self.parts for lg in b.langs]
        if len(texts) != len(doc_ids):
            raise ValueError(f"texts: {len(texts)} texts for {len(doc_ids)} documents.")
        lengths = np.fromiter((len(t) + 1 for t in texts), np.int64, len(texts))
        char_base = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.int64)[
            :len(texts)]
        n_tok = np.fromiter((n for b in self.parts for n in b.n_tokens), np.int64, len(doc_ids))
        tok_offset = np.r_[0, np.cumsum(n_tok)].astype(np.int64)
        doc_of_tok = np.repeat(np.arange(len(doc_ids)), n_tok)
        gs = _cat([s for b in self.parts for s in b.starts]) + char_base[doc_of_tok]
        ge = _cat([e for b in self.parts for e in b.ends]) + char_base[doc_of_tok]
        tid = _cat(self.tids).astype(np.int64)
        order = np.argsort(tid, kind="stable")
        ptr = np.r_[0, np.cumsum(np.bincount(tid, minlength=len(self.vocab)))].astype(np.int64)
        mentions = None
        if self.with_mentions:
            first = np.r_[0, np.cumsum([len(b.doc_ids) for b in self.parts])]
            rows = [(first[k] + i, s, e, kind, surf) for k, b in enumerate(self.parts)
                    for i, s, e, kind, surf in b.mentions]
            mentions = pd.DataFrame(rows, columns=["doc", "start", "end", "kind", "surface"])
        return KwicIndex(np.array(doc_ids, dtype=object), np.array(langs, dtype=object),
                         list(texts), char_base, tok_offset, gs, ge, self.vocab, order, ptr,
                         mentions)


@dataclass
class KwicIndex:
    """Token positions of a corpus: term → positions, with the texts for the contexts.

    Global token ``g`` of document ``d`` (``tok_offset[d] <= g < tok_offset[d + 1]``)
    spans ``texts[d][gs[g] - char_base[d]:ge[g] - char_base[d]]``; the positions of
    term id ``i`` are ``order[ptr[i]:ptr[i + 1]]``, ascending. ``mentions`` holds the
    numeric mentions (``doc``, ``start``, ``end``, ``kind``, ``surface``) when the
    index was built with them.
    """

    doc_ids: np.ndarray
    langs: np.ndarray
    texts: list
    char_base: np.ndarray
    tok_offset: np.ndarray
    gs: np.ndarray
    ge: np.ndarray
    vocab: dict
    order: np.ndarray
    ptr: np.ndarray
    mentions: pd.DataFrame | None = None
    _stems: dict = field(default_factory=dict, repr=False)

    def __repr__(self) -> str:
        return (f"KwicIndex({len(self.doc_ids)} documents, {len(self.gs)} tokens, "
                f"{len(self.vocab)} terms, mentions={self.mentions is not None})")

    def positions(self, ids: Iterable[int]) -> np.ndarray:
        """Sorted global token positions of the term ids ``ids``."""
        parts = [self.order[self.ptr[i]:self.ptr[i + 1]] for i in ids]
        if not parts:
            return np.zeros(0, dtype=np.int64)
        return parts[0] if len(parts) == 1 else np.sort(np.concatenate(parts))

    def term_ids(self, term: str, lang, stem: bool, lemmatize: bool = False) -> list[int]:
        """Ids of ``term``; with ``stem`` (``lemmatize``) of every term sharing its stem
        (its lemma), in languages with a stemmer (a lemmatiser)."""
        mode = "stem" if stem else "lemma" if lemmatize else None
        known = STEMMER_LANGUAGES if stem else LEMMA_LANGUAGES
        if mode is None or lang not in known or not term[:1].isalpha():
            i = self.vocab.get(term)
            return [] if i is None else [i]
        reduce = stem_terms if stem else lemmatize_terms
        if (mode, lang) not in self._stems:
            words = self.words_of(lang)
            mapping = reduce(words, lang)
            groups: dict[str, list[int]] = {}
            for t in words:
                groups.setdefault(mapping[t], []).append(self.vocab[t])
            self._stems[mode, lang] = groups
        return self._stems[mode, lang].get(reduce([term], lang)[term], [])

    def words_of(self, lang) -> list[str]:
        """The word terms (starting with a letter) that occur in documents of ``lang``: what
        a stem or lemma query of that language has to reduce (once, then cached)."""
        n_terms = len(self.ptr) - 1
        tids = np.empty(len(self.order), dtype=np.int64)
        tids[self.order] = np.repeat(np.arange(n_terms), np.diff(self.ptr))
        docs = np.flatnonzero(self.langs == lang)
        if not len(docs):
            return []
        lengths = self.tok_offset[docs + 1] - self.tok_offset[docs]
        starts = np.repeat(self.tok_offset[docs] - np.r_[0, np.cumsum(lengths)[:-1]], lengths)
        present = np.zeros(n_terms, dtype=bool)
        present[tids[starts + np.arange(lengths.sum())]] = True
        names = list(self.vocab)
        return [names[i] for i in np.flatnonzero(present) if names[i][:1].isalpha()]

    def doc_of(self, g: np.ndarray) -> np.ndarray:
        """The document of each global token position."""
        return np.searchsorted(self.tok_offset, g, side="right") - 1


def _term_spans(index: KwicIndex, pattern: str, stem: bool, lemmatize: bool = False):
    """``(doc, start, end)`` of every occurrence of the term or phrase ``pattern``."""
    out = []
    for lang in sorted(set(index.langs.tolist())):
        terms = document_tokens(pattern, lang)[0]
        if not terms:
            continue
        g = index.positions(index.term_ids(terms[0], lang, stem, lemmatize))
        g = g[index.langs[index.doc_of(g)] == lang]
        for j, term in enumerate(terms[1:], 1):
            g = g[np.isin(g + j, index.positions(index.term_ids(term, lang, stem, lemmatize)))]
        k = len(terms) - 1
        d = index.doc_of(g)
        g = g[index.doc_of(g + k) == d]
        d = index.doc_of(g)
        base = index.char_base[d]
        out.append((d, index.gs[g] - base, index.ge[g + k] - base))
    return out


def _regex_spans(index: KwicIndex, rx):
    docs, starts, ends = [], [], []
    for d, text in enumerate(index.texts):
        for m in rx.finditer(text):
            if m.end() > m.start():  # empty matches have no surface
                docs.append(d)
                starts.append(m.start())
                ends.append(m.end())
    return [(np.array(docs, dtype=np.int64), np.array(starts, dtype=np.int64),
             np.array(ends, dtype=np.int64))]


def _kind_spans(index: KwicIndex, kind: str, pattern, rx):
    m = index.mentions
    m = m[m["kind"] == kind]
    if rx is not None:
        m = m[[rx.search(s) is not None for s in m["surface"]]]
    elif pattern is not None:
        folded = pattern.casefold()
        m = m[[folded in s.casefold() for s in m["surface"]]]
    return [(m["doc"].to_numpy(np.int64), m["start"].to_numpy(np.int64),
             m["end"].to_numpy(np.int64))]


def _contexts(index: KwicIndex, d: np.ndarray, s: np.ndarray, e: np.ndarray,
              window: int) -> pd.DataFrame:
    base = index.char_base[d]
    i0 = np.searchsorted(index.ge, base + s, side="right")  # first token ending after start
    lb = np.maximum(i0 - window, index.tok_offset[d])
    i1 = np.searchsorted(index.gs, base + e, side="left")  # first token starting at/after end
    rb = np.minimum(i1 + window, index.tok_offset[d + 1])
    last = max(len(index.gs) - 1, 0)
    ls = np.where(lb < i0, index.gs[np.minimum(lb, last)] - base, s) if len(index.gs) else s
    re_ = np.where(rb > i1, index.ge[np.clip(rb - 1, 0, last)] - base, e) if len(
        index.gs) else e
    texts = index.texts
    left, match, right = [], [], []
    for di, a, b, x, y in zip(d.tolist(), ls.tolist(), s.tolist(), e.tolist(), re_.tolist(),
                              strict=True):
        t = texts[di]
        left.append(" ".join(t[a:b].split()))
        match.append(t[b:x])
        right.append(" ".join(t[x:y].split()))
    return pd.DataFrame({
        "doc_id": pd.Series(index.doc_ids[d], dtype=object),
        "lang": pd.Series(index.langs[d], dtype=object),
        "start": s.astype(np.int64), "end": e.astype(np.int64),
        "left": pd.Series(left, dtype=object), "match": pd.Series(match, dtype=object),
        "right": pd.Series(right, dtype=object)}, columns=KWIC_COLUMNS)


def kwic_lookup(index: KwicIndex, pattern: str | None, *, window: int = 8,
                kind: str | None = None, regex: bool = False,
                stem: bool = False, lemmatize: bool = False) -> pd.DataFrame:
    """Every match of ``pattern`` (or mention of ``kind``) in ``index``, in context.

    See :func:`analysis.pipeline.compare.kwic` for the parameters and the table.

    Examples
    --------
    >>> b = KwicIndexBuilder()
    >>> texts = ["Выборы прошли. Итоги выборов!", "No elections."]
    >>> b.add(kwic_batch([("a", "ru", texts[0]), ("b", "en", texts[1])]))
    >>> kwic_lookup(b.finish(texts), "выборы", stem=True, window=2)
      doc_id lang  start  end     left    match    right
    0      a   ru      0    6            Выборы  прошли.
    1      a   ru     21   28  . Итоги  выборов        !
    """
    rx = None
    if regex:
        import regex as regex_module

        rx = regex_module.compile(pattern)
    if kind is not None:
        spans = _kind_spans(index, kind, pattern, rx)
    elif rx is not None:
        spans = _regex_spans(index, rx)
    else:
        spans = _term_spans(index, pattern, stem, lemmatize)
    spans = [p for p in spans if len(p[0])]
    if not spans:
        d = s = e = np.zeros(0, dtype=np.int64)
    else:
        d, s, e = (np.concatenate([p[k] for p in spans]).astype(np.int64) for k in range(3))
    order = np.lexsort((e, s, d))
    return _contexts(index, d[order], s[order], e[order], window)
