"""The error of corpus input: a file, folder or table that cannot be used."""

from __future__ import annotations

__all__ = ["CorpusError"]


class CorpusError(ValueError):
    """A corpus file, folder or metadata table cannot be used (the message names it)."""
