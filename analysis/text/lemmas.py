"""Lemmas of terms: dictionary forms, so that inflected forms count as one term.

Russian uses pymorphy3 with its OpenCorpora dictionary package (``pymorphy3-dicts-ru``);
English uses simplemma's lookup tables; Indonesian uses simplemma, then PySastrawi's
affix stripper (Nazief–Adriani, with its own root dictionary) on what simplemma leaves
affixed, and reduces reduplications ("kota-kotanya" → "kota") to the root of the word
repeated; Kazakh, which none covers, uses the package's rule-based stemmer
(:mod:`analysis.text.kazakh_stemmer`). All run offline, and each distinct term is
lemmatised once per process (the mapping is cached), so the cost grows with the
vocabulary, not with the text.

Known limit: terms are lemmatised case-folded, so an Indonesian place name that looks
affixed loses its "affix" like a common word (``kediri`` → ``diri``, ``bekasi`` →
``bekas``, ``pekalongan`` → ``kalong``); count word forms (``lemmatize=False``) where
such names matter.

Examples
--------
>>> lemmatize_terms(["англии", "республики", "выборах"], "ru")
{'англии': 'англия', 'республики': 'республика', 'выборах': 'выборы'}
>>> lemmatize_terms(["elections", "cities"], "en")
{'elections': 'election', 'cities': 'city'}
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

__all__ = ["LEMMA_LANGUAGES", "lemma", "lemma_counts", "lemmatize_terms"]

#: Languages with a lemmatiser, and what lemmatises them.
LEMMA_LANGUAGES: dict[str, str] = {
    "ru": "pymorphy3 (OpenCorpora dictionary)",
    "en": "simplemma",
    "id": "simplemma, then PySastrawi (Nazief–Adriani roots); reduplications to their root",
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


@functools.cache
def _sastrawi():
    from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
    from Sastrawi.Stemmer.Stemmer import Stemmer
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    # the plain stemmer: the factory's wraps it in a cache that never forgets
    return Stemmer(ArrayDictionary(StemmerFactory().get_words())).stem


#: what PySastrawi's stemmer reads as one word (it splits a term at anything else)
_ID_WORD = re.compile(r"[a-z]+")
#: clitics that may follow a reduplication written with a third hyphen ("kota-kota-nya")
_ID_CLITICS = frozenset({"nya", "ku", "mu", "lah", "kah", "tah", "pun"})


def _lemma_id_word(word: str) -> str:
    """The root of one Indonesian word without hyphens: simplemma's lemma, then
    PySastrawi's stripper on it. PySastrawi keeps a word that is in its root dictionary,
    so it only strips what simplemma left affixed ("bekerja", "pekerja" that simplemma
    gives for "pekerjaannya"), while simplemma's table settles words whose affixes
    PySastrawi misreads ("kerusakan" → "rusak", not "rusa")."""
    import simplemma

    base = simplemma.lemmatize(word, lang="id").lower()
    return _sastrawi()(base) if _ID_WORD.fullmatch(base) else base


def _lemma_id(term: str) -> str:
    """The root of an Indonesian term. A reduplication X-Y whose halves share a root
    gives that root, with affixes or a clitic on either half ("negara-negara",
    "kota-kotanya", "dibesar-besarkan", "tembak-menembak" → "tembak"; "meniru-nirukan"
    reads the second half with the prefix me-, as PySastrawi does). Other hyphenated
    terms (compounds, "sayur-mayur") keep simplemma's reading of the whole term."""
    if "-" not in term:
        return _lemma_id_word(term)
    parts = term.split("-")
    if len(parts) == 3 and parts[2] in _ID_CLITICS:
        parts = parts[:2]
    if len(parts) == 2 and all(parts):
        first, second = (_lemma_id_word(p) for p in parts)
        if first == second or (second == parts[1] and _lemma_id_word("me" + parts[1]) == first):
            return first
    import simplemma

    return simplemma.lemmatize(term, lang="id").lower()


@functools.lru_cache(maxsize=500_000)
def lemma(term: str, lang: str | None) -> str:
    """The lemma of one lower-case term in ``lang`` (the term itself when unknown).

    Hyphenated Russian terms are lemmatised part by part (``социально-экономических`` →
    ``социально-экономический`` keeps its first part, which is already a stem-like
    prefix in Russian compounds). Indonesian terms go to their root (kata dasar), and a
    reduplication to the root of the word repeated (``kota-kotanya`` → ``kota``). Terms
    of other languages are returned unchanged.

    Examples
    --------
    >>> lemma("людей", "ru"), lemma("were", "en"), lemma("dibangun", "id")
    ('человек', 'be', 'bangun')
    >>> lemma("kota-kotanya", "id"), lemma("bekerja", "id"), lemma("berita", "id")
    ('kota', 'kerja', 'berita')
    >>> lemma("xyz", None)
    'xyz'
    """
    if lang == "ru":
        if "-" in term:
            head, _, tail = term.rpartition("-")
            return f"{head}-{lemma(tail, lang)}"
        return _morph().parse(term)[0].normal_form.replace("ё", "е")
    if lang == "id":
        return _lemma_id(term)
    if lang == "en":
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
