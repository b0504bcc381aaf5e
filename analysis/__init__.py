"""Quantitative text analytics for multilingual corpora, as tidy pandas tables.

Every public function takes a corpus table from :func:`load_corpus` (or a folder, a
file, a list of texts) and returns a long-form ``pandas.DataFrame`` with explicit
columns (``doc_id``, ``lang``, ``term``, ``count``, …); offsets always refer to the
corpus' normalised ``text``.

The names below are imported lazily (PEP 562), so ``import analysis`` stays light:
scikit-learn, matplotlib and the extractor's patterns load on first use.

Examples
--------
>>> import analysis
>>> analysis.normalize_text("a\\u00a0b")
'a b'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from ._core.version import __version__

#: public name -> the module that defines it
_EXPORTS = {
    "CorpusError": "corpus.errors",
    "load_corpus": "corpus.reading",
    "normalize_text": "corpus.normalize",
    "detect_language": "corpus.langid",
    "stopwords": "text.stopwords",
    "tokenize_text": "text.tokenization",
    "tokens": "text.tokenization",
    "extract_mentions": "mentions.extractor",
    "mention_stats": "mentions.summary",
    "assign_passages": "terms.passage_terms",
    "content_terms": "terms.passage_terms",
    "TfidfResult": "terms.weighting",
    "tfidf_matrix": "terms.weighting",
    "TopicModel": "topics.model",
    "fit_topics": "topics.model",
    "choose_n_topics": "topics.evaluate",
    "npmi_coherence": "topics.evaluate",
    "topic_stability": "topics.evaluate",
    "compute_tables": "pipeline.engine",
    "run": "pipeline.engine",
    "corpus_summary": "pipeline.tables",
    "numeric_mentions": "pipeline.tables",
    "paragraph_languages": "pipeline.tables",
    "passages": "pipeline.tables",
    "term_frequencies": "pipeline.tables",
    "tfidf": "pipeline.tables",
    "keyness": "pipeline.keyness",
    "collocations": "pipeline.collocations",
    "kwic": "pipeline.kwic",
    "kwic_index": "pipeline.kwic",
    "KwicIndex": "terms.kwic",
    "save_figure": "plots.style",
    "use_style": "plots.style",
}

__all__ = [
    "assign_passages",
    "choose_n_topics",
    "collocations",
    "compute_tables",
    "content_terms",
    "corpus_summary",
    "CorpusError",
    "detect_language",
    "extract_mentions",
    "fit_topics",
    "keyness",
    "kwic",
    "kwic_index",
    "KwicIndex",
    "load_corpus",
    "mention_stats",
    "normalize_text",
    "npmi_coherence",
    "numeric_mentions",
    "paragraph_languages",
    "passages",
    "run",
    "save_figure",
    "stopwords",
    "term_frequencies",
    "tfidf",
    "tfidf_matrix",
    "TfidfResult",
    "tokenize_text",
    "tokens",
    "topic_stability",
    "TopicModel",
    "use_style",
    "__version__",
]


def __getattr__(name: str):
    """Import a public name on first use (PEP 562)."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'analysis' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from .corpus.errors import CorpusError
    from .corpus.langid import detect_language
    from .corpus.normalize import normalize_text
    from .corpus.reading import load_corpus
    from .mentions.extractor import extract_mentions
    from .mentions.summary import mention_stats
    from .pipeline.collocations import collocations
    from .pipeline.engine import compute_tables, run
    from .pipeline.keyness import keyness
    from .pipeline.kwic import kwic, kwic_index
    from .pipeline.tables import (
        corpus_summary,
        numeric_mentions,
        paragraph_languages,
        passages,
        term_frequencies,
        tfidf,
    )
    from .plots.style import save_figure, use_style
    from .terms.kwic import KwicIndex
    from .terms.passage_terms import assign_passages, content_terms
    from .terms.weighting import TfidfResult, tfidf_matrix
    from .text.stopwords import stopwords
    from .text.tokenization import tokenize_text, tokens
    from .topics.evaluate import choose_n_topics, npmi_coherence, topic_stability
    from .topics.model import TopicModel, fit_topics
