"""Term frequencies and corpus summaries per document and per language."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd

from ._counting import ChunkMap, Vocabulary, ranks_within
from ._validation import check_bool, check_options, check_positive_int
from .tokenization import (
    _check_corpus,
    count_terms,
    tokenize_text,
)

__all__ = ["term_frequencies", "corpus_summary", "document_term_counts"]


def _ngram_counts(text: str, lang: str, n_range: tuple[int, int], remove_stopwords: bool,
                  stem: bool) -> Counter:
    from .tokenization import stem_terms

    t = tokenize_text(text, lang)
    mapping = stem_terms(t.loc[t["kind"] == "word", "term"], lang) if stem else None
    counts: Counter = Counter()
    run: list[str] = []
    runs = []
    for term, kind, stop in zip(t["term"], t["kind"], t["is_stop"], strict=True):
        if kind == "word" and not (remove_stopwords and stop):
            run.append(mapping[term] if mapping else term)
        else:
            if run:
                runs.append(run)
            run = []
    if run:
        runs.append(run)
    lo, hi = n_range
    for r in runs:
        for n in range(lo, hi + 1):
            for i in range(len(r) - n + 1):
                counts[" ".join(r[i : i + n])] += 1
    return counts


def document_term_counts(
    text: str,
    lang: str | None,
    *,
    ngram_range: tuple[int, int] = (1, 1),
    remove_stopwords: bool = True,
    stem: bool = False,
    min_length: int = 1,
) -> Counter:
    """Count the terms (or n-grams) of one document: the per-document step.

    n-grams never cross a number, punctuation or (when removed) a stopword: the
    word sequence is split there first.

    Examples
    --------
    >>> document_term_counts("Social reconstruction of Kharkiv, reconstruction of the city.",
    ...                      "en", ngram_range=(1, 2))["reconstruction city"]
    0
    >>> document_term_counts("Social reconstruction of Kharkiv", "en", ngram_range=(2, 2),
    ...                      remove_stopwords=False)
    Counter({'social reconstruction': 1, 'reconstruction of': 1, 'of kharkiv': 1})
    """
    if ngram_range == (1, 1):
        return count_terms(text, lang, remove_stopwords=remove_stopwords, stem=stem,
                           min_length=min_length)
    return _ngram_counts(text, lang, ngram_range, remove_stopwords, stem)


def _check_ngram_range(ngram_range) -> tuple[int, int]:
    if (not isinstance(ngram_range, tuple) or len(ngram_range) != 2
            or not all(isinstance(v, int) and v >= 1 for v in ngram_range)
            or ngram_range[0] > ngram_range[1]):
        raise ValueError(f"ngram_range must be a tuple (min_n, max_n) with 1 <= min_n <= max_n; "
                         f"got {ngram_range!r}.")
    return ngram_range


def _per_document_counts(corpus, ngram_range, remove_stopwords, stem, progress, min_length=1):
    it = zip(corpus["doc_id"], corpus["lang"], corpus["text"], strict=True)
    if progress:
        from tqdm.auto import tqdm

        it = tqdm(it, total=len(corpus), desc="counting terms", unit="doc")
    for doc_id, lang, text in it:
        yield doc_id, lang, document_term_counts(
            text, lang, ngram_range=ngram_range, remove_stopwords=remove_stopwords, stem=stem,
            min_length=min_length,
        )


def term_frequencies(
    corpus: pd.DataFrame,
    *,
    by: str = "doc_id",
    remove_stopwords: bool = True,
    stem: bool = False,
    ngram_range: tuple[int, int] = (1, 1),
    top_k: int | None = None,
    min_count: int = 1,
    min_length: int = 1,
    progress: bool = False,
) -> pd.DataFrame:
    """Count word terms per document or per language, as a long table.

    Terms are case-folded word tokens (see :func:`analysis.tokens`); numbers,
    Roman numerals and footnote markers are not terms (they belong to
    :func:`analysis.numeric_mentions`).

    Parameters
    ----------
    corpus : DataFrame
        Output of :func:`analysis.load_corpus`.
    by : {"doc_id", "lang"}, default="doc_id"
        Group to count in.
    remove_stopwords : bool, default=True
        Drop the language's stopwords (:func:`analysis.stopwords.stopwords`).
    stem : bool, default=False
        Count Snowball stems instead of word forms (ru, en, id; Kazakh unstemmed).
    ngram_range : tuple of int, default=(1, 1)
        Count n-grams with ``min_n <= n <= max_n``, joined by a space.
    top_k : int, optional
        Keep the ``top_k`` most frequent terms of each group.
    min_count : int, default=1
        Drop terms counted fewer times in a group.
    min_length : int, default=1
        Ignore terms with fewer characters (unigrams only). Single letters are
        kept by default: Kazakh and Russian have one-letter words (``ә``, ``в``).
    progress : bool, default=False
        tqdm progress bar over documents.

    Returns
    -------
    DataFrame
        ``doc_id`` or ``lang`` (str; with ``by="doc_id"`` the ``lang`` column
        follows), ``term`` (str), ``count`` (int), ``rel_freq`` (float, count
        divided by the group's total counted terms, before ``top_k``/``min_count``),
        ``rank`` (int, 1 = most frequent; ties broken by term in codepoint order).
        Sorted by group then rank.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"doc_id": ["a", "b"], "lang": ["ru", "ru"],
    ...     "text": ["Выборы, выборы, голосование.", "Голосование онлайн."]})
    >>> term_frequencies(corpus)
      doc_id lang         term  count  rel_freq  rank
    0      a   ru       выборы      2  0.666667     1
    1      a   ru  голосование      1  0.333333     2
    2      b   ru  голосование      1  0.500000     1
    3      b   ru       онлайн      1  0.500000     2
    >>> term_frequencies(corpus, by="lang")
      lang         term  count  rel_freq  rank
    0   ru       выборы      2       0.4     1
    1   ru  голосование      2       0.4     2
    2   ru       онлайн      1       0.2     3
    """
    _check_corpus(corpus)
    check_options("by", by, ["doc_id", "lang"])
    check_bool("remove_stopwords", remove_stopwords)
    check_bool("stem", stem)
    ngram_range = _check_ngram_range(ngram_range)
    top_k = check_positive_int("top_k", top_k, allow_none=True)
    min_count = check_positive_int("min_count", min_count)
    min_length = check_positive_int("min_length", min_length)

    keys = ["doc_id", "lang"] if by == "doc_id" else ["lang"]
    cols = keys + ["term", "count", "rel_freq", "rank"]
    if ngram_range == (1, 1):
        df = _unigram_table(corpus, by, remove_stopwords, stem, min_length, progress)
        if df is None:
            return _empty(cols, keys)
        return _filter(df, min_count, top_k)[cols]
    groups: dict[tuple, Counter] = {}
    for doc_id, lang, counts in _per_document_counts(corpus, ngram_range, remove_stopwords,
                                                      stem, progress, min_length):
        key = (str(doc_id), str(lang)) if by == "doc_id" else (str(lang),)
        groups.setdefault(key, Counter()).update(counts)
    parts = [(key, np.array(list(c), dtype=object), np.fromiter(c.values(), np.int64, len(c)))
             for key, c in sorted(groups.items()) if c]
    if not parts:
        return _empty(cols, keys)
    # codepoint rank of every n-gram, for tie-breaking
    _, term_rank = np.unique(np.concatenate([t for _, t, _ in parts]).astype(str),
                             return_inverse=True)
    bounds = np.cumsum([0] + [len(t) for _, t, _ in parts])
    parts = [(key, t, c, term_rank[bounds[i]:bounds[i + 1]])
             for i, (key, t, c) in enumerate(parts)]
    df = _ranked_table(keys, parts)
    return _filter(df, min_count, top_k)[cols]


def _filter(df: pd.DataFrame, min_count: int, top_k: int | None) -> pd.DataFrame:
    keep = df["count"].to_numpy() >= min_count
    if top_k is not None:
        keep &= df["rank"].to_numpy() <= top_k
    return df[keep].reset_index(drop=True)


def _ranked_table(keys: list[str], parts: list[tuple]) -> pd.DataFrame:
    """Long table from ``(key, terms, counts, term_rank)`` per group, in key order.

    Rows are sorted by group, then count (descending), then term in codepoint order
    (``term_rank``); ``rel_freq`` is the count over the group's total.
    """
    sizes = [len(t) for _, t, _, _ in parts]
    grp = np.repeat(np.arange(len(parts)), sizes)
    counts = np.concatenate([c for _, _, c, _ in parts]).astype("int64")
    totals = np.repeat([float(c.sum()) for _, _, c, _ in parts], sizes)
    order = np.lexsort((np.concatenate([r for *_, r in parts]), -counts, grp))
    data = {name: np.repeat(np.array([k[j] for k, *_ in parts], dtype=object), sizes)[order]
            for j, name in enumerate(keys)}
    counts = counts[order]
    data.update(term=np.concatenate([t for _, t, _, _ in parts])[order], count=counts,
                rel_freq=counts / totals[order], rank=ranks_within(grp[order]))
    return pd.DataFrame(data)


def _empty(cols: list[str], keys: list[str]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object if c in ("term", *keys) else
                                      ("float64" if c == "rel_freq" else "int64")) for c in cols})


def _unigram_table(corpus, by, remove_stopwords, stem, min_length, progress):
    """Counts of unigram terms per group, sorted and ranked, computed on term ids."""
    vocabs: dict[str, Vocabulary] = {}
    maps: dict[str, ChunkMap] = {}
    per_key: dict[tuple, list[np.ndarray]] = {}
    it = zip(corpus["doc_id"], corpus["lang"], corpus["text"], strict=True)
    if progress:
        from tqdm.auto import tqdm

        it = tqdm(it, total=len(corpus), desc="counting terms", unit="doc")
    for doc_id, lang, text in it:
        lang = str(lang)
        cmap = maps.get(lang)
        if cmap is None:
            cmap = maps[lang] = ChunkMap(vocabs.setdefault(lang, Vocabulary()), lang,
                                         remove_stopwords=remove_stopwords, stem=stem,
                                         min_length=min_length)
        key = (str(doc_id), lang) if by == "doc_id" else (lang,)
        per_key.setdefault(key, []).append(cmap.counts(text.split()))
    orders = {lang: vocab.sorted_order() for lang, vocab in vocabs.items()}
    parts = []
    for key in sorted(per_key):
        lang = key[-1]
        ids = np.concatenate([i for i, _ in per_key[key]])
        if not len(ids):
            continue
        weights = np.concatenate([n for _, n in per_key[key]])
        uniq, inv = np.unique(ids, return_inverse=True)
        cnt = np.bincount(inv, weights=weights, minlength=len(uniq)).astype("int64")
        terms, new_id = orders[lang]
        parts.append((key, terms[new_id[uniq]], cnt, new_id[uniq]))
    if not parts:
        return None
    return _ranked_table(["doc_id", "lang"] if by == "doc_id" else ["lang"], parts)


def _summary_one(text: str, lang: str) -> dict:
    t = tokenize_text(text, lang)
    words = t.loc[t["kind"] == "word", "term"]
    counts = words.value_counts()
    return {
        "n_chars": len(text),
        "n_tokens": int(len(words)),
        "n_types": int(len(counts)),
        "n_hapax": int((counts == 1).sum()),
        "n_stopwords": int(t["is_stop"].sum()),
        "n_numbers": int(t["kind"].isin(["number", "alnum", "roman"]).sum()),
        "_counts": counts,
    }


def corpus_summary(corpus: pd.DataFrame, *, by: str = "doc_id") -> pd.DataFrame:
    """Size and vocabulary statistics per document or per language.

    Parameters
    ----------
    corpus : DataFrame
        Output of :func:`analysis.load_corpus`.
    by : {"doc_id", "lang"}, default="doc_id"
        Group to summarise.

    Returns
    -------
    DataFrame
        ``doc_id`` and ``lang`` (or ``lang`` and ``n_docs``), ``n_chars`` (int),
        ``n_tokens`` (int, word tokens, stopwords included), ``n_types`` (int,
        distinct word terms), ``ttr`` (float, type-token ratio ``n_types /
        n_tokens``), ``n_hapax`` (int, terms occurring once), ``n_stopwords``
        (int), ``n_numbers`` (int, number, alphanumeric and Roman-numeral tokens).

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"doc_id": ["a"], "lang": ["en"],
    ...     "text": ["The city and the plant were rebuilt by 1945."]})
    >>> corpus_summary(corpus)[["n_tokens", "n_types", "n_hapax", "n_stopwords", "n_numbers"]]
       n_tokens  n_types  n_hapax  n_stopwords  n_numbers
    0         8        7        6            5          1
    """
    _check_corpus(corpus)
    check_options("by", by, ["doc_id", "lang"])
    per_doc = []
    for doc_id, lang, text in zip(corpus["doc_id"], corpus["lang"], corpus["text"], strict=True):
        row = _summary_one(text, lang)
        row.update(doc_id=doc_id, lang=lang)
        per_doc.append(row)
    measures = ["n_chars", "n_tokens", "n_types", "ttr", "n_hapax", "n_stopwords", "n_numbers"]
    if by == "doc_id":
        rows = per_doc
        keys = ["doc_id", "lang"]
    else:
        rows = []
        for lang in sorted({r["lang"] for r in per_doc}):
            group = [r for r in per_doc if r["lang"] == lang]
            counts = pd.concat([r["_counts"] for r in group]).groupby(level=0).sum()
            rows.append({
                "lang": lang, "n_docs": len(group),
                "n_chars": sum(r["n_chars"] for r in group),
                "n_tokens": sum(r["n_tokens"] for r in group),
                "n_types": int(len(counts)), "n_hapax": int((counts == 1).sum()),
                "n_stopwords": sum(r["n_stopwords"] for r in group),
                "n_numbers": sum(r["n_numbers"] for r in group),
            })
        keys = ["lang", "n_docs"]
    for r in rows:
        r["ttr"] = r["n_types"] / r["n_tokens"] if r["n_tokens"] else float("nan")
    out = pd.DataFrame(rows, columns=keys + measures)
    ints = {c: "int64" for c in measures if c != "ttr"}
    return out.astype(ints)
