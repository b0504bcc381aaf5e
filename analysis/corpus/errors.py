"""The error of corpus input: a file, folder or table that cannot be used."""

from __future__ import annotations

__all__ = ["BinaryFileError", "CorpusError"]


class CorpusError(ValueError):
    """A corpus file, folder or metadata table cannot be used (the message names it)."""


class BinaryFileError(CorpusError):
    """A corpus file holds binary data, not text (the message names it)."""
