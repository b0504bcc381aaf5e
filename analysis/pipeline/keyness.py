"""Keyness over the document pass: per-batch term counts per side, summed, then tested
(:func:`analysis.terms.keyness.keyness_arrays`)."""

from __future__ import annotations

import functools
import warnings
from collections import Counter
from itertools import count, filterfalse

import numpy as np
import pandas as pd

from .._core.validation import check_bool, check_options, check_positive_int
from ..corpus.langid import language_spans
from ..corpus.reading import as_corpus
from ..corpus.sources import read_task
from ..mentions import KINDS, LANGS, mention_rows
from ..terms.keyness import KEYNESS_MEASURES, keyness_arrays, keyness_columns
from .compare_batches import (
    _batches,
    _check_by,
    _check_values,
    _chunk_ids,
    _compact,
    _group_of,
    _mention_term,
    _process_maps,
)

__all__ = ["keyness"]
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
            stem: bool = False, min_length: int = 2, lemmatize: bool | None = None,
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
    lemmatize : bool or None, default=None
        Compare lemmas (:mod:`analysis.text.lemmas`: pymorphy3 for Russian, simplemma
        for English, simplemma and PySastrawi roots for Indonesian, the Kazakh stemmer
        for Kazakh), so the inflected
        forms of a word are one keyword. None: lemmas unless ``stem=True``; False: word
        forms as written. ``kwic(..., lemmatize=True)`` finds a lemma keyword in every
        form.
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
    0   en     tank             4                0  8.456209      over     1
    1   en  harvest             0                2  3.277932     under     2
    2   en     city             1                3  1.726092     under     3
    """
    corpus = as_corpus(corpus)
    if lemmatize is None:  # lemmas unless stems (a non-bool stem is refused below)
        lemmatize = stem is False
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
