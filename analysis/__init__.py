"""Quantitative text analytics for multilingual corpora, as tidy pandas tables."""

__version__ = "0.1.0"
