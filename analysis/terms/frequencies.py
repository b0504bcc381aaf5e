"""Term frequencies and corpus summaries per document and per language."""

from __future__ import annotations

from collections import Counter

from ..text.tokenization import (
    count_terms,
    tokenize_text,
)

__all__ = ["document_term_counts", "check_ngram_range"]


def _ngram_counts(text: str, lang: str, n_range: tuple[int, int], remove_stopwords: bool,
                  stem: bool) -> Counter:
    from ..text.tokenization import stem_terms

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


def check_ngram_range(ngram_range) -> tuple[int, int]:
    if (not isinstance(ngram_range, tuple) or len(ngram_range) != 2
            or not all(isinstance(v, int) and v >= 1 for v in ngram_range)
            or ngram_range[0] > ngram_range[1]):
        raise ValueError(f"ngram_range must be a tuple (min_n, max_n) with 1 <= min_n <= max_n; "
                         f"got {ngram_range!r}.")
    return ngram_range
