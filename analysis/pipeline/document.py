"""The document pass: one visit per document, everything per document computed once.

:func:`process_batch` is what a worker runs: it reads its own documents (see
:mod:`analysis.corpus.sources`), visits each once and returns a :class:`BatchResult`
of small per-batch tables and running sums. Nothing here depends on other batches,
so batches run in any process or on any Dask worker; the corpus tables are reductions
of the results (:mod:`analysis.pipeline.reduce`).
"""

from __future__ import annotations

import math
import re
import warnings
from collections import Counter
from dataclasses import dataclass, field
from itertools import chain

import numpy as np
import pandas as pd

from ..corpus.langid import detect_language, document_paragraphs, language_spans
from ..corpus.passages import span_passage_plan
from ..corpus.reading import normalize_text
from ..corpus.sources import RawDoc, Task, read_task
from ..mentions import LANGS
from ..mentions.extractor import mention_table
from ..mentions.summary import (
    benford,
    benford_conformity,
    kind_counts,
    magnitudes,
    mention_density,
    mention_neighbours,
    neighbour_table,
    top_units,
    year_distribution,
)
from ..terms.frequencies import document_term_counts
from ..terms.passage_terms import document_content_terms, span_content_terms
from ..text.lemmas import lemmatize_terms
from ..text.stopwords import stopwords
from ..text.tokenization import (
    chunk_map,
    chunk_terms,
    merge_forms,
    segment_ttrs,
    span_tokens,
    stem_terms,
    word_sequence,
)
from .spec import PassSpec, TermSpec, TfidfSpec

__all__ = ["BatchResult", "process_batch", "visit_document"]

SUMMARY_COLUMNS = ["doc_id", "lang", "n_chars", "n_tokens", "n_types", "ttr", "msttr", "n_hapax",
                   "n_stopwords", "n_numbers"]
PARAGRAPH_COLUMNS = ["doc_id", "paragraph", "start", "end", "lang", "lang_confidence",
                     "n_chars"]
PASSAGE_COLUMNS = ["doc_id", "lang", "passage_id", "start", "end", "n_words"]
TERM_COLUMNS = ["doc_id", "lang", "term", "count", "rel_freq", "rank"]
#: Every document or file the source offered: ``status`` is ``loaded`` or ``skipped``,
#: ``reason`` says why a file was skipped (see ``analysis.corpus.reading.SKIP_REASONS``), or
#: notes a loaded file (``empty``).
INPUT_COLUMNS = ["path", "doc_id", "status", "reason"]


@dataclass(slots=True)
class DocRecord:
    """What one document contributes (kept only until its batch is assembled)."""

    row: dict
    summary: tuple | None = None
    segments: tuple = (0.0, 0)  # (sum, number) of segment type-token ratios
    paragraphs: list = field(default_factory=list)
    passages: list = field(default_factory=list)
    terms: list = field(default_factory=list)
    words: dict | None = None  # language -> word counts (stopwords included)
    lang_terms: dict | None = None  # language -> term counts
    tf: tuple | None = None
    unit_df: Counter | None = None
    n_units: int = 0
    mentions: pd.DataFrame | None = None
    tokens: pd.DataFrame | None = None
    content_terms: list = field(default_factory=list)


@dataclass(slots=True)
class BatchResult:
    """The per-batch output of the pass: small tables and running sums.

    Attributes
    ----------
    corpus : DataFrame
        One row per loaded document (no text): ``doc_id``, ``path``, ``lang``,
        ``lang_confidence``, ``encoding``, ``n_chars`` and metadata columns.
    tables : dict of str to DataFrame
        Per-document tables of this batch, rows in corpus order.
    lang_words, lang_terms : dict
        ``lang -> Counter`` of all word terms (for summaries; term counts by language
        are derived from them when they can be) and of terms (when they cannot).
    lang_sums : dict
        ``lang -> [n_docs, n_chars, n_tokens, n_stopwords, n_numbers]``.
    tf : list
        ``(doc_id, lang, scope, terms, counts)`` per document, for TF-IDF.
    df, n_units : dict
        Per IDF scope: units containing each term, number of units.
    skipped, warnings : list of str
        Files skipped and warnings, with the file named.
    n_bytes : int
        Input size of the batch (for progress).
    """

    corpus: pd.DataFrame
    tables: dict = field(default_factory=dict)
    lang_words: dict = field(default_factory=dict)
    lang_terms: dict = field(default_factory=dict)
    lang_sums: dict = field(default_factory=dict)
    tf: list = field(default_factory=list)
    df: dict = field(default_factory=dict)
    n_units: dict = field(default_factory=dict)
    skipped: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    n_bytes: int = 0


def _filter_terms(words: Counter, lang, remove_stopwords: bool, min_length: int,
                  stem: bool, lemmatize: bool = False) -> Counter:
    stop = stopwords(lang) if (remove_stopwords and lang) else frozenset()
    out = Counter({t: n for t, n in words.items() if len(t) >= min_length and t not in stop})
    return merge_forms(out, lang, stem=stem, lemmatize=lemmatize,
                       remove_stopwords=remove_stopwords)


def ranked_terms(counts: Counter, min_count: int = 1, top_n: int | None = None) -> list:
    """``(term, count, rel_freq, rank)`` sorted by count (desc), then term (codepoint).

    Examples
    --------
    >>> ranked_terms(Counter({"b": 2, "a": 2, "c": 1}), top_n=2)
    [('a', 2, 0.4, 1), ('b', 2, 0.4, 2)]
    """
    total = float(sum(counts.values()))
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    out = []
    for rank, (term, n) in enumerate(items, 1):
        if top_n is not None and rank > top_n:
            break
        if n >= min_count:
            out.append((term, n, n / total, rank))
    return out


class _ChunkTerms(dict):
    """chunk -> its terms under the TF-IDF options (filled on first sight)."""

    def __init__(self, lang, remove_stopwords: bool, min_length: int, mapping) -> None:
        super().__init__()
        self.args = (lang, remove_stopwords, min_length)
        self.mapping = mapping

    def __missing__(self, chunk: str) -> tuple[str, ...]:
        terms = chunk_terms(chunk, *self.args)
        if self.mapping is not None:
            terms = tuple(self.mapping.get(t, t) for t in terms)
        self[chunk] = terms
        return terms


def _tfidf_part(text: str, spans: list, by_lang: dict, spec: TfidfSpec,
                plan_of) -> tuple[Counter, Counter, int]:
    """Document counts, units-containing-term counts and number of IDF units.

    Each span is filtered and stemmed in its language; with ``unit="passage"`` the
    passages of a document in several languages are cut within each span.
    """
    tf: Counter = Counter()
    for plang, words in by_lang.items():
        tf.update(_filter_terms(words, plang, spec.remove_stopwords, spec.min_length,
                                spec.stem, spec.lemmatize))
    if spec.unit == "document":
        return tf, Counter(dict.fromkeys(tf, 1)), 1
    plan = plan_of(spec.size, 0)
    df, n_units = Counter(), 0
    for s, e, plang in spans:  # the passages of each span, in its language
        part = [p for p in plan if s <= p[0] < e] if len(spans) > 1 else plan
        sub, units = _passage_df(text, plang, by_lang.get(plang, Counter()), spec, part)
        df.update(sub)
        n_units += units
    return tf, df, n_units


def _passage_df(text: str, lang, words: Counter, spec: TfidfSpec,
                plan: list) -> tuple[Counter, int]:
    """Passages containing each term (``unit="passage"``), and the number of passages."""
    mapping = (lemmatize_terms(words, lang) if spec.lemmatize else
               stem_terms(words, lang) if spec.stem else None)
    terms_of = (chunk_map(_ChunkTerms, lang, spec.remove_stopwords, spec.min_length, None)
                if mapping is None else
                _ChunkTerms(lang, spec.remove_stopwords, spec.min_length, mapping))
    df: Counter = Counter()
    for _, _, chunks in plan:
        # distinct chunks, their terms and the passage's set of terms: all in C but
        # for chunks seen for the first time in this document
        df.update(set(chain.from_iterable(map(terms_of.__getitem__, set(chunks)))))
    return df, len(plan)


def _mention_frame(doc_id: str, lang, text: str) -> pd.DataFrame | None:
    code = lang.strip().lower() if isinstance(lang, str) else None
    if code not in LANGS:
        code = None
    if not text:
        return None
    df = mention_table(text, code)
    if not len(df):
        return None
    df.insert(0, "lang", lang)
    df.insert(0, "doc_id", doc_id)
    df["neighbour"] = _neighbour_column(text, lang, df)
    return df


#: Mentions whose neighbour words are looked up at once: the lookup's lists and tuples
#: cost some 500 bytes per mention while it runs.
_NEIGHBOUR_BLOCK = 32_768


def _neighbour_column(text: str, lang, df: pd.DataFrame, block: int = _NEIGHBOUR_BLOCK):
    """The words of :func:`mention_neighbours` over every mention of *df*, as a column
    (str, or object when no mention has one), looked up *block* mentions at a time.

    A neighbour word lies in the white-space chunks next to its mention and can only be
    inside the mentions just before or after it (a number word): each block is looked
    up with four mentions of margin on either side, and gets the words of one lookup.
    """
    import pyarrow as pa

    n, margin = len(df), 4
    chunks, found = [], False
    for a in range(0, n, block):
        b = min(n, a + block)
        lo, hi = max(0, a - margin), min(n, b + margin)
        words = mention_neighbours(text, lang, df.iloc[lo:hi])[a - lo : b - lo]
        found = found or any(w is not None for w in words)
        chunks.append(pa.array(words, type=pa.large_string()))
    if not found:
        return np.full(n, None, dtype=object)
    return pd.array(pa.chunked_array(chunks, type=pa.large_string()), dtype="str")


def visit_document(doc: RawDoc, spec: PassSpec) -> DocRecord:
    """Visit one document once: every per-document result of the pass.

    Examples
    --------
    >>> from analysis.corpus.sources import RawDoc
    >>> rec = visit_document(RawDoc("d", "Явка составила 99,71 процента в 2024 году.", lang="ru"),
    ...                      PassSpec())
    >>> rec.summary[:4], rec.mentions["surface"].tolist()
    (('d', 'ru', 42, 5), ['99,71 процента', '2024'])
    """
    text = doc.text if not doc.raw else normalize_text(doc.text)
    lang, conf = doc.lang, doc.lang_confidence
    if not doc.detect:
        pass  # a corpus table: its languages are used as they are
    elif lang is None or (isinstance(lang, float) and math.isnan(lang)) or lang == "":
        lang, conf = detect_language(text, languages=spec.candidates)
    else:
        lang, conf = str(lang).lower(), 1.0
    row = {"doc_id": doc.doc_id, "path": doc.path, "lang": lang, "lang_confidence": conf,
           "encoding": doc.encoding, "n_chars": len(text), **doc.meta}
    rec = DocRecord(row=row)
    plans: dict[tuple[int, int], list] = {}

    spans = language_spans(text, lang)  # each paragraph in its own language

    def plan_of(size: int, overlap: int) -> list:
        """Passages of the text, cut once for all components that use the same size
        (within each language span: no passage mixes two languages)."""
        if (size, overlap) not in plans:
            plans[size, overlap] = span_passage_plan(text, spans, size, overlap)
        return plans[size, overlap]

    if spec.wants("paragraph_languages"):
        rec.paragraphs = document_paragraphs(text, candidates=spec.candidates,
                                             min_letters=spec.paragraph_min_letters)
    need_words = spec.wants("summary") or spec.wants("tfidf") or (
        spec.wants("terms") and spec.terms.from_words)
    by_lang, sequence, n_numbers = _span_words(text, spans) if need_words else ({}, [], 0)
    if spec.wants("summary"):
        _add_summary(rec, doc.doc_id, lang, text, by_lang, n_numbers, segment_ttrs(sequence))
    del sequence  # only the segment ratios read the order of the words
    if spec.wants("terms"):
        _add_terms(rec, text, spans, by_lang, spec.terms, spec.wants("summary"))
    if spec.wants("tfidf"):
        tf, rec.unit_df, rec.n_units = _tfidf_part(text, spans, by_lang, spec.tfidf, plan_of)
        terms = sorted(tf)
        rec.tf = (terms, np.fromiter((tf[t] for t in terms), np.int64, len(terms)))
    if spec.wants("passages"):
        rec.passages = [(s, e, len(chunks)) for s, e, chunks in
                        plan_of(spec.passage_size, spec.passage_overlap)]
    if spec.wants("content_terms"):
        rec.content_terms = (
            document_content_terms(doc.doc_id, lang, text, plan=plan_of(spec.passage_size, 0),
                                   lemmatize=True)
            if len(spans) == 1 else
            span_content_terms(doc.doc_id, text, spans, size=spec.passage_size,
                               lemmatize=True))  # lemmas: what the topic models fit on
    # the passage plans hold every white-space chunk of the text: gone before the mentions
    plans.clear()
    if spec.wants("mentions"):
        rec.mentions = _mention_frame(doc.doc_id, lang, text)
    if spec.wants("tokens"):
        t = span_tokens(text, spans)
        t.insert(0, "doc_id", doc.doc_id)
        rec.tokens = t
    return rec


def _span_words(text: str, spans: list) -> tuple[dict[str, Counter], list[str], int]:
    """Word terms per language of the spans, the whole sequence, and numeric tokens."""
    by_lang: dict = {}
    sequence: list[str] = []
    n_numbers = 0
    for s, e, plang in spans:
        lo, hi = (s, e) if len(spans) > 1 else (0, len(text))
        for a, b in _word_blocks(text, lo, hi):  # a long text a block at a time
            seq, n = word_sequence(text[a:b] if (a, b) != (0, len(text)) else text, plang)
            by_lang.setdefault(plang, Counter()).update(seq)
            sequence += seq
            n_numbers += n
    return by_lang, sequence, n_numbers


#: Characters of text cut into white-space chunks at once by :func:`_span_words`: the
#: chunks of a whole long text (some 60 bytes per chunk) would be held at once.
_WORD_BLOCK = 1 << 20
_SPACE = re.compile(r"\s")


def _word_blocks(text: str, s: int, e: int, block: int = _WORD_BLOCK):
    """``(a, b)`` bounds covering ``text[s:e]``, about *block* characters each and cut
    at white space, so that their white-space chunks are those of the whole span."""
    while e - s > block:
        m = _SPACE.search(text, s + block, e)
        if m is None:
            break
        yield s, m.start()
        s = m.start()
    yield s, e


def _add_summary(rec: DocRecord, doc_id, lang, text, by_lang: dict, n_numbers: int,
                 ttrs: list[float]) -> None:
    words = sum(by_lang.values(), Counter()) if len(by_lang) > 1 else next(
        iter(by_lang.values()), Counter())
    n_tokens = sum(words.values())
    n_types = len(words)
    n_stop = 0
    for plang, c in by_lang.items():  # each span's words against its language's list
        stop = stopwords(plang) if plang else frozenset()
        n_stop += sum(n for t, n in c.items() if t in stop)
    rec.summary = (doc_id, lang, len(text), n_tokens, n_types,
                   n_types / n_tokens if n_tokens else float("nan"),
                   sum(ttrs) / len(ttrs) if ttrs else float("nan"),
                   sum(1 for n in words.values() if n == 1), n_stop, n_numbers)
    rec.words = by_lang
    rec.segments = (sum(ttrs), len(ttrs))


def _add_terms(rec: DocRecord, text, spans: list, by_lang: dict, spec: TermSpec,
               have_words: bool) -> None:
    """Term counts of the document, each span filtered and stemmed in its language."""
    per_lang: dict[str, Counter] = {}
    if spec.from_words:
        for plang, words in by_lang.items():
            per_lang[plang] = _filter_terms(words, plang, spec.remove_stopwords,
                                            spec.min_length, spec.stem, spec.lemmatize)
    else:
        for s, e, plang in spans:
            per_lang.setdefault(plang, Counter()).update(document_term_counts(
                text[s:e] if len(spans) > 1 else text, plang, ngram_range=spec.ngram_range,
                remove_stopwords=spec.remove_stopwords, stem=spec.stem,
                min_length=spec.min_length))
    counts = sum(per_lang.values(), Counter()) if len(per_lang) > 1 else next(
        iter(per_lang.values()), Counter())
    if "doc_id" in spec.by and counts:
        rec.terms = ranked_terms(counts, spec.min_count, spec.top_n)
    if "lang" in spec.by and not (have_words and spec.from_words and not spec.stem
                                  and not spec.lemmatize):
        rec.lang_terms = per_lang  # otherwise the reducer derives them from the word counts


def process_batch(task: Task, spec: PassSpec) -> BatchResult:
    """Read the documents of ``task`` and visit each once (what a worker runs).

    Examples
    --------
    >>> from analysis.corpus.sources import texts_task
    >>> res = process_batch(texts_task([("a", "В 1931 году.", "ru", None, {})]), PassSpec())
    >>> res.corpus["doc_id"].tolist(), res.tables["numeric_mentions"]["surface"].tolist()
    (['a'], ['1931'])
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        records, skipped, inputs = [], [], []
        for doc in read_task(task):
            inputs.append((doc.path, doc.doc_id, "skipped" if doc.skip_reason else "loaded",
                           doc.skip_reason or doc.note or ""))
            if doc.skip_reason is not None:
                skipped.append(f"{doc.path}: {doc.skip_reason}")
                continue
            records.append(visit_document(doc, spec))
    result = assemble(records, spec)
    result.skipped = skipped
    result.tables["inputs"] = pd.DataFrame(inputs, columns=INPUT_COLUMNS)
    result.warnings = [str(w.message) for w in caught]
    result.n_bytes = task.n_bytes
    return result


def assemble(records: list[DocRecord], spec: PassSpec) -> BatchResult:
    """Turn the records of one batch into its :class:`BatchResult`."""
    corpus = pd.DataFrame([r.row for r in records])
    res = BatchResult(corpus=corpus)
    ids = [r.row["doc_id"] for r in records]
    langs = [r.row["lang"] for r in records]
    if spec.wants("paragraph_languages"):
        res.tables["paragraph_languages"] = pd.DataFrame(
            [(d, *p) for d, r in zip(ids, records, strict=True) for p in r.paragraphs],
            columns=PARAGRAPH_COLUMNS)
    if spec.wants("summary"):
        res.tables["summary_by_doc"] = pd.DataFrame([r.summary for r in records],
                                                    columns=SUMMARY_COLUMNS)
        for r in records:
            s = res.lang_sums.setdefault(r.summary[1], [0, 0, 0, 0, 0, 0.0, 0])
            for k, v in enumerate((1, r.summary[2], r.summary[3], r.summary[8], r.summary[9],
                                   *r.segments)):
                s[k] += v
    for r in records:
        for plang, words in (r.words or {}).items():  # by the language of each span
            res.lang_words.setdefault(plang, Counter()).update(words)
        for plang, terms in (r.lang_terms or {}).items():
            res.lang_terms.setdefault(plang, Counter()).update(terms)
    if spec.wants("terms") and "doc_id" in spec.terms.by:
        res.tables["terms_by_doc"] = pd.DataFrame(
            [(d, lg, *t) for d, lg, r in zip(ids, langs, records, strict=True) for t in r.terms],
            columns=TERM_COLUMNS)
    if spec.wants("tfidf"):
        for d, lg, r in zip(ids, langs, records, strict=True):
            scope = lg if spec.tfidf.scope == "language" else "all"
            res.tf.append((d, lg, scope, *r.tf))
            res.df.setdefault(scope, Counter()).update(r.unit_df)
            res.n_units[scope] = res.n_units.get(scope, 0) + r.n_units
    if spec.wants("passages"):
        res.tables["passages"] = pd.DataFrame(
            [(d, lg, f"{d}:{i:04d}", s, e, n)
             for d, lg, r in zip(ids, langs, records, strict=True)
             for i, (s, e, n) in enumerate(r.passages)], columns=PASSAGE_COLUMNS)
    if spec.wants("mentions"):
        _assemble_mentions(res, records, spec)
    if spec.wants("content_terms"):
        res.tables["content_terms"] = pd.DataFrame(
            [row for r in records for row in r.content_terms],
            columns=["doc_id", "lang", "passage_id", "term", "count"])
    if spec.wants("tokens"):
        frames = [r.tokens for r in records if r.tokens is not None and len(r.tokens)]
        res.tables["tokens"] = pd.concat(frames, ignore_index=True) if frames else None
    return res


def _assemble_mentions(res: BatchResult, records: list[DocRecord], spec: PassSpec) -> None:
    from ..mentions import empty_mentions

    frames = [r.mentions for r in records if r.mentions is not None]
    if frames:
        m = pd.concat(frames, ignore_index=True)
    else:
        m = empty_mentions()
        m.insert(0, "lang", pd.Series(dtype=object))
        m.insert(0, "doc_id", pd.Series(dtype=object))
        m["neighbour"] = pd.Series(dtype=object)
    # the neighbour words travel with the mentions to the reducer, which computes the
    # mention statistics over many batches at once (see PassReducer)
    keep = spec.wants("mention_stats")
    res.tables["numeric_mentions"] = m if keep else m.drop(columns="neighbour")


def batch_mention_stats(m: pd.DataFrame, sizes: pd.DataFrame, top_n: int) -> dict:
    """:func:`analysis.mention_stats` by document for a run of consecutive documents.

    Every statistic by document depends on that document's mentions only, so the
    tables of the corpus are the tables of consecutive runs one after another. Rows follow the
    corpus order of the documents (within a document, the statistic's own order).
    """
    digits = benford(m, by="doc_id")
    tables = {
        "density": mention_density(m, sizes, by="doc_id"),
        "kinds": kind_counts(m, sizes, by="doc_id"),
        "years": year_distribution(m, by="doc_id"),
        "magnitudes": magnitudes(m, by="doc_id"),
        "benford": digits,
        "benford_conformity": benford_conformity(digits),
        "units": top_units(m, by="doc_id", top_n=top_n),
        "neighbours": neighbour_table(m[["doc_id", "lang", "neighbour"]].rename(
            columns={"neighbour": "word"}), by="doc_id", top_n=top_n),
    }
    position = {d: i for i, d in enumerate(sizes["doc_id"])}
    for key, t in tables.items():
        order = np.argsort(t["doc_id"].map(position).to_numpy(dtype=np.int64), kind="stable")
        tables[key] = t.iloc[order].reset_index(drop=True)
    return tables
