"""Per-language stopword lists from maintained packages, plus our own Kazakh list."""

from __future__ import annotations

import functools
from importlib import resources

from ..corpus.langid import check_language

__all__ = ["stopwords", "STOPWORD_SOURCES"]

#: Where each language's list comes from.
STOPWORD_SOURCES: dict[str, str] = {
    "ru": "stopwordsiso (ISO stopwords collection)",
    "id": "stopwordsiso (ISO stopwords collection)",
    "en": "stopwordsiso (ISO stopwords collection)",
    "kk": "analysis/data/stopwords_kk.txt (compiled for this package; see its header)",
}


@functools.cache
def _kazakh() -> frozenset[str]:
    text = resources.files("analysis").joinpath("data/stopwords_kk.txt").read_text("utf-8")
    words = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return frozenset(w for w in words if w)


def _nltk(lang: str) -> frozenset[str]:
    """NLTK's list when its corpus is already installed (it needs a download otherwise)."""
    names = {"ru": "russian", "en": "english", "id": "indonesian", "kk": "kazakh"}
    try:
        from nltk.corpus import stopwords as nltk_sw

        return frozenset(nltk_sw.words(names[lang]))
    except Exception:  # LookupError when the corpus was never downloaded
        return frozenset()


def stopwords(lang: str, *, include_nltk: bool = False) -> frozenset[str]:
    """Return the lower-case stopwords of ``lang`` (empty for other known languages).

    ``ru``, ``id`` and ``en`` come from the maintained ``stopwordsiso`` package;
    ``kk`` from the list shipped with this package (no maintained package covers
    Kazakh). With ``include_nltk=True`` NLTK's list is added when its corpus is
    already installed locally (it is never downloaded; off by default so results
    do not depend on the machine). Russian ``ё`` is also listed as ``е``.

    Examples
    --------
    >>> "және" in stopwords("kk"), "и" in stopwords("ru"), "yang" in stopwords("id")
    (True, True, True)
    >>> stopwords("und"), stopwords("fr")
    (frozenset(), frozenset())
    >>> stopwords("xx")
    Traceback (most recent call last):
    ...
    ValueError: lang: unknown language code 'xx'; use ISO 639-1 codes such as ['en', 'id', 'kk', 'ru'] or 'und'.
    """
    if lang is None or (isinstance(lang, float) and lang != lang):  # no language (None, NaN)
        return frozenset()
    return _stopwords(check_language(lang), bool(include_nltk))


@functools.cache
def _stopwords(lang: str, include_nltk: bool) -> frozenset[str]:
    words: set[str] = set()
    if lang == "kk":
        words |= _kazakh()
    elif lang in ("ru", "id", "en"):
        import stopwordsiso

        words |= set(stopwordsiso.stopwords(lang))
    else:
        return frozenset()
    if include_nltk:
        words |= _nltk(lang)
    words = {w.lower() for w in words}
    if lang == "ru":
        words |= {w.replace("ё", "е") for w in words}
    return frozenset(words)
