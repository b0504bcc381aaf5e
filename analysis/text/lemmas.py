"""Lemmas of terms: dictionary forms, so that inflected forms count as one term.

Russian uses pymorphy3 with its OpenCorpora dictionary package (``pymorphy3-dicts-ru``);
English and Indonesian use simplemma's lookup tables; Kazakh, which neither covers, uses
the package's rule-based stemmer (:mod:`analysis.text.kazakh_stemmer`). All run offline, and each distinct term is lemmatised
once per process (the mapping is cached), so the cost grows with the vocabulary, not
with the text.

Examples
--------
>>> lemmatize_terms(["англии", "республики", "выборах"], "ru")
{'англии': 'англия', 'республики': 'республика', 'выборах': 'выборы'}
>>> lemmatize_terms(["elections", "cities"], "en")
{'elections': 'election', 'cities': 'city'}
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

__all__ = ["LEMMA_LANGUAGES", "lemma", "lemma_counts", "lemmatize_terms"]

#: Languages with a lemmatiser, and what lemmatises them.
LEMMA_LANGUAGES: dict[str, str] = {
    "ru": "pymorphy3 (OpenCorpora dictionary)",
    "en": "simplemma",
    "id": "simplemma",
    "kk": "analysis.text.kazakh_stemmer (rule-based stems)",
}


@functools.cache
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@functools.cache
def _kazakh():
    from .kazakh_stemmer import stem_kazakh

    return stem_kazakh


@functools.lru_cache(maxsize=500_000)
def lemma(term: str, lang: str | None) -> str:
    """The lemma of one lower-case term in ``lang`` (the term itself when unknown).

    Hyphenated terms are lemmatised part by part (``социально-экономических`` →
    ``социально-экономический`` keeps its first part, which is already a stem-like
    prefix in Russian compounds). Terms of other languages are returned unchanged.

    Examples
    --------
    >>> lemma("людей", "ru"), lemma("were", "en"), lemma("dibangun", "id")
    ('человек', 'be', 'bangun')
    >>> lemma("xyz", None)
    'xyz'
    """
    if lang == "ru":
        if "-" in term:
            head, _, tail = term.rpartition("-")
            return f"{head}-{lemma(tail, lang)}"
        return _morph().parse(term)[0].normal_form.replace("ё", "е")
    if lang in ("en", "id"):
        import simplemma

        return simplemma.lemmatize(term, lang=lang).lower()
    if lang == "kk":
        return _kazakh()(term)
    return term


def lemmatize_terms(terms: Iterable[str], lang: str | None) -> dict[str, str]:
    """Map each distinct term to its lemma (see :func:`lemma`).

    Parameters
    ----------
    terms : iterable of str
        Lower-case terms (as counted by :func:`analysis.term_frequencies`).
    lang : str or None
        ISO 639-1 code; languages without a lemmatiser map terms to themselves.

    Returns
    -------
    dict of str to str
    """
    return {t: lemma(t, lang) for t in dict.fromkeys(terms)}


def lemma_counts(counts, lang: str | None, stop=frozenset()):
    """Merge the counts of terms that share a lemma (lemmas in ``stop`` are dropped: a
    form whose lemma is a stopword, such as "будет" of "быть", is a stopword form).

    Examples
    --------
    >>> from collections import Counter
    >>> lemma_counts(Counter({"выборы": 2, "выборах": 1, "выбор": 1}), "ru")
    Counter({'выборы': 3, 'выбор': 1})
    """
    from collections import Counter

    if not counts or lang not in LEMMA_LANGUAGES:
        return counts
    out: Counter = Counter()
    for term, n in counts.items():
        base = lemma(term, lang)
        if base not in stop:
            out[base] += n
    return out
