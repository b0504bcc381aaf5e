"""Quantitative text analytics for multilingual corpora, as tidy pandas tables.

Every public function takes a corpus table from :func:`load_corpus` and returns a
long-form ``pandas.DataFrame`` with explicit columns (``doc_id``, ``lang``, ``term``,
``count``, …); offsets always refer to the corpus' normalised ``text``.
"""

from .corpus import CorpusError, load_corpus, normalize_text
from .frequencies import corpus_summary, term_frequencies
from .langid import detect_language, paragraph_languages
from .plotting import save_figure, use_style
from .segmentation import assign_passages, content_terms, passages
from .stopwords import stopwords
from .tokenization import tokenize_text, tokens
from .weighting import TfidfResult, tfidf, tfidf_matrix

__version__ = "0.1.0"

__all__ = [
    "CorpusError",
    "TfidfResult",
    "assign_passages",
    "content_terms",
    "corpus_summary",
    "detect_language",
    "load_corpus",
    "normalize_text",
    "paragraph_languages",
    "passages",
    "save_figure",
    "stopwords",
    "term_frequencies",
    "tfidf",
    "tfidf_matrix",
    "tokenize_text",
    "tokens",
    "use_style",
    "__version__",
]
