"""Quantitative text analytics for multilingual corpora, as tidy pandas tables.

Every public function takes a corpus table from :func:`load_corpus` and returns a
long-form ``pandas.DataFrame`` with explicit columns (``doc_id``, ``lang``, ``term``,
``count``, …); offsets always refer to the corpus' normalised ``text``.
"""

from .corpus import CorpusError, load_corpus, normalize_text
from .langid import detect_language
from .mention_summary import mention_stats
from .mentions import extract_mentions
from .pipeline import compute_tables, run
from .pipeline.tables import (
    corpus_summary,
    numeric_mentions,
    paragraph_languages,
    passages,
    term_frequencies,
    tfidf,
)
from .plotting import save_figure, use_style
from .segmentation import assign_passages, content_terms
from .stopwords import stopwords
from .tokenization import tokenize_text, tokens
from .topic_eval import choose_n_topics, npmi_coherence, topic_stability
from .topics import TopicModel, fit_topics
from .weighting import TfidfResult, tfidf_matrix

__version__ = "0.1.0"

__all__ = [
    "CorpusError",
    "TfidfResult",
    "TopicModel",
    "assign_passages",
    "choose_n_topics",
    "compute_tables",
    "content_terms",
    "corpus_summary",
    "detect_language",
    "extract_mentions",
    "fit_topics",
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
    "tokenize_text",
    "tokens",
    "topic_stability",
    "use_style",
    "__version__",
]
