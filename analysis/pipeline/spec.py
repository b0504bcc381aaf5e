"""What one document pass computes, and with which parameters."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["COMPONENTS", "DEFAULT_COMPONENTS", "TermSpec", "TfidfSpec", "PassSpec"]

#: Everything the pass can compute per document (``tokens`` and ``content_terms``, the
#: passage x term counts that topic models fit on, only on request).
COMPONENTS: tuple[str, ...] = (
    "paragraph_languages", "summary", "terms", "tfidf", "passages", "mentions",
    "mention_stats", "tokens", "content_terms",
)
#: The components of :func:`analysis.compute_tables` and ``python -m analysis run``.
DEFAULT_COMPONENTS: frozenset[str] = frozenset(COMPONENTS) - {"tokens", "content_terms"}


@dataclass(frozen=True, slots=True)
class TermSpec:
    """Term counting options (see :func:`analysis.term_frequencies`)."""

    by: tuple[str, ...] = ("doc_id", "lang")
    remove_stopwords: bool = True
    stem: bool = False
    ngram_range: tuple[int, int] = (1, 1)
    min_length: int = 2
    min_count: int = 1
    top_n: int | None = None
    lemmatize: bool = False

    @property
    def from_words(self) -> bool:
        """True when the counts follow from the document's word counts alone."""
        return self.ngram_range == (1, 1)


@dataclass(frozen=True, slots=True)
class TfidfSpec:
    """TF-IDF options (see :func:`analysis.tfidf`)."""

    unit: str = "passage"
    scope: str = "language"
    variant: str = "sklearn"
    smooth_idf: bool = True
    sublinear_tf: bool = False
    norm: str | None = "l2"
    size: int = 200
    stem: bool = False
    remove_stopwords: bool = True
    min_length: int = 2
    top_n: int | None = 20
    lemmatize: bool = False


@dataclass(frozen=True, slots=True)
class PassSpec:
    """The components of one document pass and their parameters.

    Examples
    --------
    >>> spec = PassSpec(components=frozenset({"summary"}))
    >>> spec.wants("summary"), spec.wants("mentions")
    (True, False)
    """

    components: frozenset[str] = DEFAULT_COMPONENTS
    candidates: tuple[str, ...] | None = None
    paragraph_min_letters: int = 20
    terms: TermSpec = field(default_factory=TermSpec)
    tfidf: TfidfSpec = field(default_factory=TfidfSpec)
    passage_size: int = 200
    passage_overlap: int = 0
    mention_top_n: int = 10

    def __post_init__(self) -> None:
        unknown = sorted(set(self.components) - set(COMPONENTS))
        if unknown:
            raise ValueError(f"components must be among {list(COMPONENTS)}; got {unknown}.")

    def wants(self, component: str) -> bool:
        """True if ``component`` is computed (``mention_stats`` implies ``mentions``)."""
        if component == "mentions" and "mention_stats" in self.components:
            return True
        return component in self.components
