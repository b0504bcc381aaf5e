"""Compare groups of documents and read terms in context: keyness, collocations, KWIC.

Each function is a reduction of per-document records, like the tables of
:mod:`analysis.pipeline.tables`: the corpus is cut into the batches of
:func:`analysis.corpus.sources.plan_tasks`, a worker visits each document of its batch
once and returns a small record (term counts per side, pair counts per group, token
arrays), and the records are folded in batch order (:func:`.executors.map_ordered`),
so the tables are the same for every ``n_jobs``. The statistics are pure functions of
:mod:`analysis.terms.keyness`, :mod:`analysis.terms.collocations` and
:mod:`analysis.terms.kwic`.
"""

from __future__ import annotations

import functools
import math
import sys
import warnings
from collections import Counter
from itertools import chain, count, filterfalse

import numpy as np
import pandas as pd
import regex as regex_module

from .._core.validation import check_bool, check_options, check_positive_int
from ..corpus.langid import language_spans
from ..corpus.reading import as_corpus
from ..corpus.sources import plan_tasks, read_task
from ..mentions import KINDS, LANGS, mention_rows
from ..terms.collocations import (
    COLLOCATION_MEASURES,
    collocation_table,
    pair_key,
    split_key,
    window_pairs,
)
from ..terms.keyness import KEYNESS_MEASURES, keyness_arrays, keyness_columns
from ..terms.kwic import (
    KWIC_COLUMNS,
    KwicIndex,
    KwicIndexBuilder,
    document_tokens,
    kwic_batch,
    kwic_lookup,
)
from ..text.counting import ChunkMap, Vocabulary
from ..text.roman import is_roman_numeral
from ..text.stopwords import stopwords
from ..text.tokenization import normalize_term
from .executors import map_ordered, resolve_jobs

__all__ = ["keyness", "collocations", "kwic", "kwic_index", "KwicIndex"]


# ----------------------------------------------------------------------------- the pass


def _batches(corpus: pd.DataFrame, fn, *, n_jobs, progress: bool, desc: str):
    """Yield ``fn(task)`` for every batch of the corpus table, in corpus order."""
    tasks, total = plan_tasks(corpus, as_corpus=True)
    n_jobs = resolve_jobs(n_jobs)
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=total, unit="B", unit_scale=True, desc=desc, file=sys.stderr,
                   dynamic_ncols=True)
    try:
        for n_bytes, payload in map_ordered(fn, tasks, n_jobs=n_jobs):
            if bar is not None:
                bar.update(n_bytes)
            yield payload
    finally:
        if bar is not None:
            bar.close()
        _PROCESS_MAPS.clear()  # this process's chunk maps (n_jobs=1) are not kept


def _group_of(doc, by: str):
    if by == "doc_id":
        return doc.doc_id
    if by == "lang":
        return doc.lang
    return doc.meta.get(by)


def _check_by(corpus: pd.DataFrame, by, *, name: str = "by") -> str:
    extra = [c for c in corpus.columns if c not in ("doc_id", "lang", "text", "path",
                                                     "lang_confidence", "encoding", "n_chars")]
    options = ["doc_id", "lang", *extra]
    if not isinstance(by, str) or by not in options:
        raise ValueError(f"{name} must be 'doc_id', 'lang' or a metadata column of the corpus "
                         f"({extra}); got {by!r}.")
    return by


def _check_values(corpus: pd.DataFrame, by: str, values, name: str) -> tuple:
    """A value or a list of values of ``corpus[by]``, each present in the corpus."""
    if isinstance(values, (list, tuple, set, frozenset, pd.Series, np.ndarray)):
        values = list(values)
    else:
        values = [values]
    if not values:
        raise ValueError(f"{name} must name at least one value of column {by!r}.")
    present = set(corpus[by].tolist())
    missing = [v for v in values if v not in present]
    if missing:
        raise ValueError(f"{name}: {missing[0]!r} is not a value of column {by!r} of the "
                         "corpus.")
    return tuple(dict.fromkeys(values))


def _mention_term(kind: str, value: float, unit, surface: str) -> str:
    """``kind:value[ unit]`` (value as ``%.15g``), or ``kind:surface`` without a value."""
    if isinstance(value, float) and math.isnan(value):
        return f"{kind}:{' '.join(surface.lower().split())}"
    return f"{kind}:{value:.15g}" + (f" {unit}" if unit else "")


# ----------------------------------------------------------------------------- keyness


#: Punctuation that is a token of its own at either end of a chunk (never part of a
#: word, number, URL or e-mail): a chunk that is a word wrapped in these has that
#: word's terms.
_WRAPPING = ".,;:!?()[]{}«»\"„“”…"
#: A letter or mark: what every word token needs.
_has_letter = regex_module.compile(r"[\p{L}\p{M}]").search


class _WordChunkMap(ChunkMap):
    """:class:`~analysis.text.counting.ChunkMap` with a shorter path for the common chunks.

    A chunk of letters (``str.isalpha``: one word token) is looked up by its
    normalised term, so ``Выборы`` and ``выборы`` share one decision; a word wrapped in
    punctuation (``выборы,``, ``«выборы»``) takes the value of the bare word. Other
    chunks go through :func:`~analysis.text.tokenization.chunk_terms` as before; the
    ids are those :class:`ChunkMap` gives.
    """

    def __init__(self, vocab: Vocabulary, lang, *, remove_stopwords: bool = True,
                 stem: bool = False, min_length: int = 1, lemmatize: bool = False) -> None:
        super().__init__(vocab, lang, remove_stopwords=remove_stopwords, stem=stem,
                         min_length=min_length, lemmatize=lemmatize)
        self.stop: frozenset | None = None  # read on first use, as chunk_terms does
        self.words: dict[str, int] = {}

    def __missing__(self, chunk: str) -> int:
        if chunk.isalpha():
            if chunk[0].isupper() and is_roman_numeral(chunk):
                value = -1
            else:
                term = normalize_term(chunk, self.lang)
                value = self.words.get(term)
                if value is None:
                    value = self.words[term] = self._term_id(term)
        elif _has_letter(chunk) is None:  # numbers, punctuation: no word token
            value = -1
        else:
            core = chunk.strip(_WRAPPING)
            if not core or core == chunk or not core.isalpha():
                return super().__missing__(chunk)
            value = self[core]
        self[chunk] = value
        return value

    def _term_id(self, term: str) -> int:
        if self.stop is None:
            lang = self.lang
            self.stop = stopwords(lang) if (self.remove_stopwords and lang) else frozenset()
        if term in self.stop or len(term) < self.min_length:
            return -1
        if self.stemmer is not None:  # a stem, or a lemma (None: a stopword's form)
            term = self.stemmer.stemWord(term)
            if term is None:
                return -1
        return self.vocab.add(term)


class _ProcessMaps:
    """The chunk maps of one process (one :class:`~analysis.text.counting.Vocabulary`).

    Kept from batch to batch, so a worker tokenises each distinct white-space chunk
    once per process rather than once per batch; started afresh at the start of a
    batch once they hold :data:`_MAP_LIMIT` chunks and terms (about 130 bytes each:
    the maps of a 100 MB pass hold about 400,000, 50 MB), and dropped at the end of
    a pass run in this process. Term ids are private to the process: a batch record
    carries the terms of the ids it uses.
    """

    def __init__(self) -> None:
        self.vocab = Vocabulary()
        self.maps: dict[tuple, ChunkMap] = {}

    def get(self, lang, options: tuple) -> ChunkMap:
        cmap = self.maps.get((lang, options))
        if cmap is None:
            remove_stopwords, stem, min_length, *rest = options
            cmap = self.maps[(lang, options)] = _WordChunkMap(
                self.vocab, lang, remove_stopwords=remove_stopwords, stem=stem,
                min_length=min_length, lemmatize=bool(rest and rest[0]))
        return cmap

    def size(self) -> int:
        return sum(map(len, self.maps.values())) + len(self.vocab.terms)


#: Chunks and terms the chunk maps of one process hold before they start afresh.
_MAP_LIMIT = 1_000_000
_PROCESS_MAPS: list = []


def _process_maps() -> _ProcessMaps:
    """The process's chunk maps, emptied when full (called at the start of a batch)."""
    if not _PROCESS_MAPS or _PROCESS_MAPS[0].size() > _MAP_LIMIT:
        _PROCESS_MAPS[:] = [_ProcessMaps()]
    return _PROCESS_MAPS[0]


def _chunk_ids(cmap: ChunkMap, chunks: list, extra: list) -> np.ndarray:
    """Term ids of the single-term chunks (in C); the terms of multi-term chunks go to
    ``extra`` as ``(ids, count)``, once per distinct chunk."""
    ids = np.fromiter(map(cmap.__getitem__, chunks), np.int64, len(chunks))
    multi = ids <= -2
    if multi.any():
        values, n = np.unique(ids[multi], return_counts=True)
        for v, k in zip(values.tolist(), n.tolist(), strict=True):
            extra.append((cmap.multi[-v - 2], k))
    return ids[ids >= 0]


def _compact(vocab: Vocabulary, parts: dict) -> tuple[list, dict]:
    """Per key ``(ids, extras)`` -> ``(terms, {key: counts over terms})``: only the terms
    the batch uses travel."""
    n_vocab = len(vocab.terms)
    dense = {}
    for key, (ids, extra) in parts.items():
        counts = np.bincount(np.concatenate(ids) if ids else np.zeros(0, np.int64),
                             minlength=n_vocab)
        for term_ids, k in extra:
            for i in term_ids:
                counts[i] += k
        dense[key] = counts
    if not dense:
        return [], {}
    used = np.flatnonzero(np.logical_or.reduce([c > 0 for c in dense.values()]))
    terms = vocab.terms
    return list(map(terms.__getitem__, used.tolist())), {k: c[used] for k, c in dense.items()}


def _keyness_batch(task, *, by: str, target: tuple, reference: tuple | None, scope: str,
                   options: tuple, kinds: tuple) -> tuple[int, tuple]:
    """Term counts of the batch per ``(lang or "all", side)`` (what a worker runs).

    The counts are those of :func:`~analysis.text.tokenization.count_terms` (each
    paragraph span with its language's rules), computed with the process's chunk maps:
    per token only C-level dictionary look-ups and ``numpy``.
    """
    maps = _process_maps()
    vocab = maps.vocab
    parts: dict[tuple, tuple] = {}
    for doc in read_task(task):
        value = _group_of(doc, by)
        if value in target:
            side = "target"
        elif reference is None or value in reference:
            side = "reference"
        else:
            continue
        key = (doc.lang if scope == "language" else "all", side)
        ids, extra = parts.setdefault(key, ([], []))
        text = doc.text
        spans = language_spans(text, doc.lang)
        for s, e, plang in spans:
            part = text if len(spans) == 1 else text[s:e]
            ids.append(_chunk_ids(maps.get(plang, options), part.split(), extra))
        if kinds and text:
            code = doc.lang if doc.lang in LANGS else None
            mentions = Counter(_mention_term(r[4], r[3], r[5], r[2])
                               for r in mention_rows(text, code) if r[4] in kinds)
            extra.extend(((vocab.add(t),), k) for t, k in mentions.items())
    return task.n_bytes, _compact(vocab, parts)


class _CountSums:
    """Term counts per key over a global vocabulary, folded batch by batch."""

    def __init__(self) -> None:
        self.vocab: dict[str, int] = {}
        self.parts: dict[tuple, list] = {}

    def add(self, payload) -> None:
        terms, counts = payload
        vocab = self.vocab
        # the batch's terms are distinct: new ones get the next ids, all in C
        vocab.update(zip(filterfalse(vocab.__contains__, terms), count(len(vocab))))
        gids = np.fromiter(map(vocab.__getitem__, terms), np.int64, len(terms))
        for key, c in counts.items():
            self.parts.setdefault(key, []).append((gids, c))

    def keys(self) -> list:
        return list(self.parts)

    def counts(self, key) -> np.ndarray:
        """Counts of ``key`` by global id (zeros when absent)."""
        out = np.zeros(len(self.vocab), dtype=np.int64)
        for gids, c in self.parts.get(key, ()):
            out[gids] += c
        return out

    def terms(self) -> np.ndarray:
        return np.array(list(self.vocab), dtype=object)


def _check_keyness(corpus, by, target, reference, measure, correction, min_count, scope,
                   include_mentions, flags) -> tuple:
    by = _check_by(corpus, by)
    target = _check_values(corpus, by, target, "target")
    if reference is not None:
        reference = _check_values(corpus, by, reference, "reference")
        both = [v for v in reference if v in target]
        if both:
            raise ValueError(f"reference: {both[0]!r} is also in target; the sides must not "
                             "overlap.")
    check_options("measure", measure, KEYNESS_MEASURES)
    check_options("correction", correction, ["bh", None])
    check_positive_int("min_count", min_count)
    check_options("scope", scope, ["language", "corpus"])
    if isinstance(include_mentions, str):
        include_mentions = (include_mentions,)
    if not isinstance(include_mentions, (list, tuple, set, frozenset)):
        raise ValueError("include_mentions must be a sequence of mention kinds; got "
                         f"{include_mentions!r}.")
    for kind in include_mentions:
        check_options("include_mentions", kind, KINDS)
    for name, value in flags.items():
        check_bool(name, value)
    return by, target, reference, tuple(sorted(include_mentions))


def keyness(corpus, *, target, reference=None, by: str = "doc_id", measure: str = "g2",
            correction: str | None = "bh", min_count: int = 3, scope: str = "language",
            include_mentions=(), yates: bool = False, remove_stopwords: bool = True,
            stem: bool = False, min_length: int = 2, lemmatize: bool = False,
            n_jobs: int | None = 1, progress: bool = False) -> pd.DataFrame:
    r"""Terms a group of documents uses more (or less) than a reference: keyness.

    The documents whose ``by`` value is in ``target`` are compared with those in
    ``reference`` (default: every other document). **Comparisons are made within
    each language** (``scope="language"``, the table has a ``lang`` key column): a
    Russian target is compared with the Russian reference only, since a corpus-wide
    comparison would make every word of a language "key" merely for belonging to
    it. ``scope="corpus"`` pools the languages (no ``lang`` column).

    Terms are those of :func:`analysis.term_frequencies` (case-folded word tokens,
    stopwords removed, ``min_length=2``, optional stems as in
    :func:`~analysis.text.tokenization.stem_terms`). For each term the
    2 × 2 table ``a`` (term in target), ``b`` (term in reference), ``c = N_t - a``,
    ``d = N_r - b`` (``N_t``, ``N_r``: counted terms of each side) gives, with the
    expected counts ``E = row total × column total / N``:

    - ``g2 = 2 Σ O ln(O / E)`` (Dunning's log-likelihood over the four cells,
      ``0 ln 0 = 0``);
    - ``chi2 = N (ad - bc)² / ((a+b)(c+d) N_t N_r)``, Pearson's χ² **without**
      Yates' correction by default (it is conservative, and the counts here are
      large); ``yates=True`` uses ``N max(|ad - bc| - N/2, 0)²`` in the numerator;
    - ``p_value``: the χ² distribution with 1 degree of freedom;
      ``p_adjusted``: Benjamini–Hochberg over the terms of one comparison (one
      language) after ``min_count``;
    - ``log_ratio = log2((a / N_t) / (b / N_r))``, a zero count replaced by 0.5
      (Hardie 2014): the effect size, ``+1`` = twice as frequent in the target.

    Parameters
    ----------
    corpus : DataFrame, path, list or Series
        Anything :func:`analysis.load_corpus` accepts; metadata columns (e.g.
        ``period``) can be grouped by.
    target : value or list of values
        Values of the ``by`` column forming the target.
    reference : value or list of values, optional
        Values forming the reference; None: every document not in the target.
    by : str, default="doc_id"
        ``"doc_id"``, ``"lang"`` or a metadata column.
    measure : {"g2", "chi2", "log_ratio"}, default="g2"
        The statistic reported and ranked by; ``"log_ratio"`` ranks by ``|log_ratio|``
        and reports ``g2`` as the significance test.
    correction : {"bh"} or None, default="bh"
        Multiple-testing correction of ``p_adjusted`` (None: equal to ``p_value``).
    min_count : int, default=3
        Smallest ``target_count + reference_count`` kept.
    scope : {"language", "corpus"}, default="language"
        Compare within each language, or over the whole corpus.
    include_mentions : sequence of str, default=()
        Numeric-mention kinds (:data:`analysis.mentions.KINDS`) counted as terms too:
        ``("year",)`` adds terms such as ``year:1937``; a mention is
        ``kind:value[ unit]`` (value as ``%.15g``, e.g. ``money:1500000 RUB``), or
        ``kind:surface`` when it has no value. They count in ``N_t`` and ``N_r``.
    yates : bool, default=False
        Yates' continuity correction of ``chi2``.
    remove_stopwords, stem : bool, default=True, False
        Term normalisation, as in :func:`analysis.term_frequencies`.
    min_length : int, default=2
        Shortest term counted.
    lemmatize : bool, default=False
        Compare lemmas (:mod:`analysis.text.lemmas`), so the inflected forms of a word
        are one keyword (word forms by default, so that :func:`kwic` finds each keyword
        as it is written).
    n_jobs : int or None, default=1
        Worker processes (``-1``: every core); the table does not depend on it.
    progress : bool, default=False
        One progress bar over the pass.

    Returns
    -------
    DataFrame
        ``lang`` (str; absent with ``scope="corpus"``), ``term`` (str),
        ``target_count``, ``reference_count`` (int), ``target_per_million``,
        ``reference_per_million`` (float, ``count / N × 10⁶``), ``g2`` or ``chi2``
        (float), ``p_value``, ``p_adjusted``, ``log_ratio`` (float), ``direction``
        (str, ``"over"`` if the term is relatively more frequent in the target, else
        ``"under"``), ``rank`` (int, 1 = strongest difference either way; ties by
        term). Languages sorted, then by rank. A language lacking either side is
        left out (with a warning when it has target documents).

    Notes
    -----
    The per-document step counts each document's terms once, with the worker's chunk
    maps (each distinct white-space chunk tokenised once per process; per token only
    C-level look-ups); the counts are summed per language and side in the worker as
    arrays over the terms the batch uses, and the statistics are computed with
    ``numpy`` on the summed arrays (:func:`analysis.terms.keyness.keyness_arrays`).

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"doc_id": ["a", "b", "c"], "lang": ["en"] * 3,
    ...     "period": ["war", "peace", "peace"],
    ...     "text": ["tanks tanks tanks tanks city", "city city harvest", "harvest city"]})
    >>> keyness(corpus, target="war", by="period", min_count=2)[
    ...     ["lang", "term", "target_count", "reference_count", "g2", "direction", "rank"]]
      lang     term  target_count  reference_count        g2 direction  rank
    0   en    tanks             4                0  8.456209      over     1
    1   en  harvest             0                2  3.277932     under     2
    2   en     city             1                3  1.726092     under     3
    """
    corpus = as_corpus(corpus)
    flags = {"yates": yates, "remove_stopwords": remove_stopwords, "stem": stem,
             "lemmatize": lemmatize, "progress": progress}
    if stem and lemmatize:
        raise ValueError("stem and lemmatize are alternatives; pass at most one of them.")
    by, target, reference, kinds = _check_keyness(corpus, by, target, reference, measure,
                                                  correction, min_count, scope,
                                                  include_mentions, flags)
    min_length = check_positive_int("min_length", min_length)
    fn = functools.partial(_keyness_batch, by=by, target=target, reference=reference,
                           scope=scope,
                           options=(remove_stopwords, stem, min_length, lemmatize),
                           kinds=kinds)
    sums = _CountSums()
    for payload in _batches(corpus, fn, n_jobs=n_jobs, progress=progress, desc="keyness"):
        sums.add(payload)
    return _keyness_tables(sums, scope, dict(measure=measure, correction=correction,
                                             min_count=min_count, yates=yates))


def _keyness_tables(sums: _CountSums, scope: str, params: dict) -> pd.DataFrame:
    """One :func:`~analysis.terms.keyness.keyness_arrays` per language, stacked."""
    frames = []
    terms = sums.terms()
    for key in sorted({k for k, _ in sums.keys()}):
        target, reference = sums.counts((key, "target")), sums.counts((key, "reference"))
        n_t, n_r = int(target.sum()), int(reference.sum())
        if not n_t:
            continue  # a language without target documents is not compared
        if not n_r:
            where = f"language {key!r}" if scope == "language" else "the corpus"
            warnings.warn(f"keyness: {where} has target documents but no reference terms; "
                          "it is left out.", stacklevel=3)
            continue
        table = keyness_arrays(terms, target, reference, n_t=n_t, n_r=n_r, **params)
        if scope == "language":
            table.insert(0, "lang", key)
        frames.append(table)
    if frames:
        return pd.concat(frames, ignore_index=True)
    columns = (["lang"] if scope == "language" else []) + keyness_columns(params["measure"])
    dtypes = {"lang": object, "term": object, "direction": object, "target_count": np.int64,
              "reference_count": np.int64, "rank": np.int64}
    return pd.DataFrame({c: pd.Series(dtype=dtypes.get(c, float)) for c in columns})


# ----------------------------------------------------------------------------- collocations


def _sequence_ids(cmap: ChunkMap, chunks: list) -> np.ndarray:
    """Term ids of a chunk list in order (:meth:`ChunkMap.ids`), multi-term chunks
    expanded with ``numpy`` rather than per token."""
    ids = np.fromiter(map(cmap.__getitem__, chunks), np.int64, len(chunks))
    multi = ids <= -2
    if not multi.any():
        return ids[ids >= 0]
    values, inverse = np.unique(ids[multi], return_inverse=True)
    seqs = [cmap.multi[-v - 2] for v in values.tolist()]
    lens = np.fromiter(map(len, seqs), np.int64, len(seqs))
    flat = np.fromiter(chain.from_iterable(seqs), np.int64, int(lens.sum()))
    first = np.cumsum(lens) - lens  # where each distinct chunk's terms start in flat
    length = (ids >= 0).astype(np.int64)
    mlen = lens[inverse]
    length[multi] = mlen
    out = np.repeat(ids, length)
    start = np.cumsum(length) - length
    within = np.arange(int(mlen.sum())) - np.repeat(np.cumsum(mlen) - mlen, mlen)
    out[np.repeat(start[multi], mlen) + within] = flat[np.repeat(first[inverse], mlen) + within]
    return out


def _collocation_batch(task, *, by: str, window: int, options: tuple) -> tuple[int, tuple]:
    """Per group of the batch: term counts and window-pair counts (what a worker runs)."""
    maps = _process_maps()
    ids_of: dict[tuple, list] = {}
    for doc in read_task(task):
        group = (doc.lang,) if by == "lang" else (_group_of(doc, by), doc.lang)
        ids_of.setdefault(group, []).append(_sequence_ids(maps.get(doc.lang, options),
                                                          doc.text.split()))
    groups = {}
    for group, seqs in ids_of.items():
        ids = np.concatenate(seqs)
        pairs = np.concatenate([window_pairs(s, window) for s in seqs])
        keys, counts = np.unique(pairs, return_counts=True)
        words, n = np.unique(ids, return_counts=True)
        groups[group] = (words, n, keys, counts)
    # only the terms the batch uses travel, as ids 0..k-1
    used = np.unique(np.concatenate([g[0] for g in groups.values()])) if groups else \
        np.zeros(0, np.int64)
    terms = maps.vocab.terms
    for group, (words, n, keys, counts) in groups.items():
        w1, w2 = split_key(keys)
        groups[group] = (np.searchsorted(used, words), n,
                         pair_key(np.searchsorted(used, w1), np.searchsorted(used, w2)), counts)
    return task.n_bytes, (list(map(terms.__getitem__, used.tolist())), groups)


def _sum_by_key(keys: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    uniq, inverse = np.unique(keys, return_inverse=True)
    return uniq, np.bincount(inverse, weights=counts, minlength=len(uniq)).astype(np.int64)


class _PairSums:
    """Word and pair counts per group over a global vocabulary, folded batch by batch."""

    def __init__(self) -> None:
        self.vocab: dict[str, int] = {}
        self.groups: dict[tuple, list] = {}

    def add(self, payload) -> None:
        terms, groups = payload
        vocab = self.vocab
        vocab.update(zip(filterfalse(vocab.__contains__, terms), count(len(vocab))))
        remap = np.fromiter(map(vocab.__getitem__, terms), np.int64, len(terms))
        for group, (words, n, keys, counts) in groups.items():
            w1, w2 = split_key(keys)
            parts = self.groups.setdefault(group, [[], [], [], [], 0])
            parts[0].append(remap[words])
            parts[1].append(n)
            parts[2].append(pair_key(remap[w1], remap[w2]))
            parts[3].append(counts)
            parts[4] += len(keys)
            if parts[4] > 4_000_000 and len(parts[2]) > 1:  # keep memory flat
                k, c = _sum_by_key(np.concatenate(parts[2]), np.concatenate(parts[3]))
                parts[2], parts[3], parts[4] = [k], [c], len(k)

    def group(self, group: tuple) -> tuple:
        """``(word_counts by global id, pair keys, pair counts)`` of one group."""
        words, n, keys, counts, _ = self.groups[group]
        wc = np.bincount(np.concatenate(words), weights=np.concatenate(n),
                         minlength=len(self.vocab)).astype(np.int64)
        k, c = _sum_by_key(np.concatenate(keys), np.concatenate(counts))
        return wc, k, c


def collocations(corpus, *, by: str = "lang", window: int = 2, min_count: int = 3,
                 measure: str = "npmi", top_n: int | None = None,
                 remove_stopwords: bool = True, stem: bool = False, min_length: int = 2,
                 n_jobs: int | None = 1, progress: bool = False) -> pd.DataFrame:
    r"""Word pairs that occur together more often than chance, per language.

    Each document is read as its sequence of terms, exactly the terms counted by
    :func:`analysis.term_frequencies` (case-folded word tokens of at least
    ``min_length`` characters; **stopwords removed by default**, before the
    windows are formed, so ``"city of Kharkiv"`` gives the adjacent pair ``city
    kharkiv``; numbers and punctuation are not terms and are skipped the same
    way). An ordered pair ``(w1, w2)`` is counted each time ``w2`` follows ``w1``
    by fewer than ``window`` positions within one document (windows never cross
    documents). This is NLTK's
    ``BigramCollocationFinder.from_words(terms, window_size=window)``, and the
    scores are those of its ``BigramAssocMeasures`` with ``n_ii = count / (window
    - 1)``, ``n_ix = w1_count``, ``n_xi = w2_count`` and ``n`` the number of terms
    of the group:

    - ``npmi = pmi / -log2(n_ii / n)``, ``pmi = log2(n_ii n / (n_ix n_xi))``
      (normalised PMI, Bouma 2009: 1 = the words only occur together, 0 =
      independent);
    - ``llr = 2 Σ O ln(O / E)`` over the pair's 2 × 2 table (``likelihood_ratio``);
    - ``t = (n_ii - n_ix n_xi / n) / sqrt(n_ii)`` (``student_t``);
    - ``pmi`` as above.

    Parameters
    ----------
    corpus : DataFrame, path, list or Series
        Anything :func:`analysis.load_corpus` accepts.
    by : str, default="lang"
        ``"lang"``, ``"doc_id"`` or a metadata column (pairs are always counted
        within one language: the groups are ``(value, lang)``).
    window : int, default=2
        NLTK's ``window_size``: 2 = adjacent terms.
    min_count : int, default=3
        Smallest raw pair count kept (NLTK's ``apply_freq_filter``).
    measure : {"npmi", "pmi", "llr", "t"}, default="npmi"
        Score reported and ranked by.
    top_n : int, optional
        Keep the ``top_n`` best pairs per group.
    remove_stopwords, stem : bool, default=True, False
        Term normalisation, as in :func:`analysis.term_frequencies`.
    min_length : int, default=2
        Shortest term.
    n_jobs : int or None, default=1
        Worker processes (``-1``: every core); the table does not depend on it.
    progress : bool, default=False
        One progress bar over the pass.

    Returns
    -------
    DataFrame
        The group keys (``lang``; ``doc_id, lang``; or ``<by>, lang``), ``w1``,
        ``w2`` (str), ``count`` (int, pair occurrences within the window),
        ``w1_count``, ``w2_count`` (int, term counts in the group: those of
        :func:`analysis.term_frequencies`), the score (float, column named by
        ``measure``), ``rank`` (int, 1 = strongest; ties by ``w1``, ``w2``).
        Groups sorted (documents in corpus order), then by rank.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"doc_id": ["a"], "lang": ["en"], "text": [
    ...     "tractor plant. The tractor plant of Kharkiv, a tractor plant city."]})
    >>> collocations(corpus)
      lang       w1     w2  count  w1_count  w2_count  npmi  rank
    0   en  tractor  plant      3         3         3   1.0     1
    """
    corpus = as_corpus(corpus)
    by = _check_by(corpus, by)
    window = check_positive_int("window", window, minimum=2)
    min_count = check_positive_int("min_count", min_count)
    check_options("measure", measure, COLLOCATION_MEASURES)
    top_n = check_positive_int("top_n", top_n, allow_none=True)
    for name, value in (("remove_stopwords", remove_stopwords), ("stem", stem),
                        ("progress", progress)):
        check_bool(name, value)
    min_length = check_positive_int("min_length", min_length)
    fn = functools.partial(_collocation_batch, by=by, window=window,
                           options=(remove_stopwords, stem, min_length))
    sums = _PairSums()
    for payload in _batches(corpus, fn, n_jobs=n_jobs, progress=progress,
                            desc="collocations"):
        sums.add(payload)
    return _collocation_tables(sums, corpus, by, dict(window=window, measure=measure,
                                                      min_count=min_count, top_n=top_n))


def _collocation_tables(sums: _PairSums, corpus: pd.DataFrame, by: str,
                        params: dict) -> pd.DataFrame:
    keys = ["lang"] if by == "lang" else [by, "lang"]
    if by == "doc_id":
        position = {d: i for i, d in enumerate(corpus["doc_id"])}
        groups = sorted(sums.groups, key=lambda g: position[g[0]])
    else:
        try:
            groups = sorted(sums.groups)
        except TypeError:  # metadata values of mixed types
            groups = sorted(sums.groups, key=lambda g: tuple(map(str, g)))
    terms = list(sums.vocab)
    frames = []
    for group in groups:
        wc, k, c = sums.group(group)
        table = collocation_table(terms, wc, k, c, **params)
        for name, value in reversed(list(zip(keys, group, strict=True))):
            table.insert(0, name, pd.Series([value] * len(table), dtype=object))
        frames.append(table)
    columns = [*keys, "w1", "w2", "count", "w1_count", "w2_count", params["measure"], "rank"]
    frames = [f for f in frames if len(f)]
    if frames:
        return pd.concat(frames, ignore_index=True)
    ints = {"count", "w1_count", "w2_count", "rank"}
    return pd.DataFrame({c: pd.Series(dtype=np.int64 if c in ints else
                                      float if c == params["measure"] else object)
                         for c in columns})


# ----------------------------------------------------------------------------- KWIC


def _kwic_batch(task, *, mentions: bool) -> tuple[int, object]:
    docs = ((doc.doc_id, doc.lang, doc.text) for doc in read_task(task))
    return task.n_bytes, kwic_batch(docs, mentions=mentions)


def kwic_index(corpus, *, mentions: bool = True, n_jobs: int | None = 1,
               progress: bool = False) -> KwicIndex:
    """Index every token of a corpus for :func:`kwic`: term → positions, built once.

    Each worker tokenises the documents of its batch once
    (:func:`analysis.terms.kwic.document_tokens`: the tokens of
    :func:`analysis.tokens`, stopwords and punctuation included, words normalised
    by :func:`~analysis.text.tokenization.normalize_term`) and returns its terms as
    ids of a batch vocabulary with their offsets; the batches are folded into one
    global term-id array, sorted once, so the positions of a term are one slice.
    Passing the index to :func:`kwic` in place of the corpus answers a term or
    phrase query in time proportional to its matches (well under a second for a
    term on a corpus of 100 MB), instead of tokenising the corpus again.

    Parameters
    ----------
    corpus : DataFrame, path, list or Series
        Anything :func:`analysis.load_corpus` accepts.
    mentions : bool, default=True
        Also extract the numeric mentions (needed by ``kwic(index, kind=...)``);
        the slower part of the build.
    n_jobs : int or None, default=1
        Worker processes (``-1``: every core).
    progress : bool, default=False
        One progress bar over the pass.

    Returns
    -------
    KwicIndex
        Holds the texts, the token offsets (8 bytes per token and offset), the
        sorted positions and the vocabulary: about three times the size of the
        texts in memory.

    Examples
    --------
    >>> index = kwic_index(["The plant was rebuilt. The plant reopened in 1944."])
    >>> index
    KwicIndex(1 documents, 11 tokens, 8 terms, mentions=True)
    >>> kwic(index, "plant", window=1)[["left", "match", "right"]]
      left  match     right
    0  The  plant       was
    1  The  plant  reopened
    """
    corpus = as_corpus(corpus)
    check_bool("mentions", mentions)
    check_bool("progress", progress)
    builder = KwicIndexBuilder(mentions=mentions)
    fn = functools.partial(_kwic_batch, mentions=mentions)
    for batch in _batches(corpus, fn, n_jobs=n_jobs, progress=progress, desc="indexing"):
        builder.add(batch)
    return builder.finish(corpus["text"].tolist())


def _check_kwic(corpus, pattern, window, kind, regex, stem):
    if pattern is None and kind is None:
        raise ValueError("pattern must be a term, a phrase or a regular expression (or give "
                         "kind); got None.")
    if pattern is not None and (not isinstance(pattern, str) or not pattern.strip()):
        raise ValueError(f"pattern must be a non-empty string; got {pattern!r}.")
    window = check_positive_int("window", window, minimum=0)
    if kind is not None:
        check_options("kind", kind, KINDS)
    check_bool("regex", regex)
    check_bool("stem", stem)
    if regex and pattern is None:
        raise ValueError("pattern: regex=True needs a regular expression; got None.")
    if regex:
        try:
            regex_module.compile(pattern)
        except regex_module.error as exc:
            raise ValueError(f"pattern is not a valid regular expression: {exc}.") from None
    elif kind is None and not document_tokens(pattern, None)[0]:
        raise ValueError(f"pattern has no token to match; got {pattern!r}.")
    if isinstance(corpus, KwicIndex) and kind is not None and corpus.mentions is None:
        raise ValueError("kind: this index was built without mentions; use "
                         "kwic_index(corpus, mentions=True).")
    return window


def _candidates(corpus: pd.DataFrame, pattern, kind, regex: bool, stem: bool) -> np.ndarray:
    """Documents that can hold a match (a necessary condition, checked cheaply)."""
    texts, langs = corpus["text"].tolist(), corpus["lang"].tolist()
    if kind is not None or (stem and not regex):
        return np.ones(len(corpus), dtype=bool)
    if regex:
        rx = regex_module.compile(pattern)
        return np.fromiter((rx.search(t) is not None for t in texts), bool, len(texts))
    keep = np.zeros(len(texts), dtype=bool)
    for i, (text, lang) in enumerate(zip(texts, langs, strict=True)):
        lang = lang if isinstance(lang, str) else None
        first = document_tokens(pattern, lang)[0]
        keep[i] = bool(first) and normalize_term(first[0], lang) in normalize_term(text, lang)
    return keep


def kwic(corpus, pattern: str | None = None, *, window: int = 8, kind: str | None = None,
         regex: bool = False, stem: bool = False, n_jobs: int | None = 1,
         progress: bool = False) -> pd.DataFrame:
    r"""Keyword in context: every match of a term, phrase, expression or mention kind.

    - a **term** (``"выборы"``) matches the tokens whose normalised term
      (:func:`~analysis.text.tokenization.normalize_term`: case-folded, ``ё`` → ``е``
      in Russian, apostrophes and hyphens unified) equals the pattern's, in every
      language (the pattern is normalised with each document's language);
      ``stem=True`` matches every form sharing its stem
      (:func:`~analysis.text.tokenization.stem_terms`: ``выбор`` finds ``выборы``,
      ``выборов``);
    - a **phrase** (several tokens, ``"тыс. рублей"``) matches those terms at
      consecutive token positions (punctuation is a token; stopwords are kept);
    - ``regex=True``: a regular expression (the ``regex`` module, case-sensitive
      unless ``(?i)``) searched in each text; empty matches are skipped;
    - ``kind="money"`` (any kind of :data:`analysis.mentions.KINDS`): every numeric
      mention of that kind, optionally only those whose surface contains
      ``pattern`` (case-folded; a regular expression with ``regex=True``).

    ``window`` counts tokens (words, numbers and punctuation, as in
    :func:`analysis.tokens`) on each side, within the document.

    Parameters
    ----------
    corpus : DataFrame, path, list, Series or KwicIndex
        Anything :func:`analysis.load_corpus` accepts, or a :func:`kwic_index`
        (fast repeated queries: no tokenisation at query time; the first ``stem=True``
        query of a language stems the index's vocabulary once, about a second for
        20 MB of text, and later ones reuse it). Given a corpus, the
        documents that cannot match are skipped by a cheap test on the normalised
        text, and only the rest are indexed.
    pattern : str, optional
        Term, phrase or regular expression; may be None with ``kind``.
    window : int, default=8
        Tokens of context on each side.
    kind : str, optional
        Numeric-mention kind.
    regex, stem : bool, default=False
        Read ``pattern`` as a regular expression; match by stem.
    n_jobs : int or None, default=1
        Worker processes for indexing a corpus.
    progress : bool, default=False
        One progress bar over the indexing.

    Returns
    -------
    DataFrame
        ``doc_id``, ``lang`` (str), ``start``, ``end`` (int, offsets into the
        document's normalised text: ``text[start:end] == match``), ``left`` (str, up
        to ``window`` tokens before), ``match`` (str, the surface), ``right`` (str,
        up to ``window`` tokens after). Contexts are the text between those tokens
        with white-space runs (line breaks too) collapsed to one space and the ends
        stripped. Documents in corpus order, then by ``start``.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"doc_id": ["a"], "lang": ["ru"],
    ...     "text": ["Бюджет 5 тыс. рублей. Итого 12 тыс. рублей на выборы."]})
    >>> kwic(corpus, "тыс. рублей", window=2)
      doc_id lang  start  end      left        match      right
    0      a   ru      9   20  Бюджет 5  тыс. рублей    . Итого
    1      a   ru     31   42  Итого 12  тыс. рублей  на выборы
    >>> kwic(corpus, kind="money", window=1)[["start", "end", "match"]]
       start  end           match
    0      7   20   5 тыс. рублей
    1     28   42  12 тыс. рублей
    """
    window = _check_kwic(corpus, pattern, window, kind, regex, stem)
    if isinstance(corpus, KwicIndex):
        index = corpus
    else:
        corpus = as_corpus(corpus)
        check_bool("progress", progress)
        keep = _candidates(corpus, pattern, kind, regex, stem)
        if not keep.any():
            return pd.DataFrame({c: pd.Series(dtype=np.int64 if c in ("start", "end")
                                              else object) for c in KWIC_COLUMNS})
        index = kwic_index(corpus[keep].reset_index(drop=True), mentions=kind is not None,
                           n_jobs=n_jobs, progress=progress)
    return kwic_lookup(index, pattern, window=window, kind=kind, regex=regex, stem=stem)
