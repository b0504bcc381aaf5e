"""Compare groups of documents and read terms in context: keyness, collocations, KWIC.

Each function is a reduction of per-document records, like the tables of
:mod:`analysis.pipeline.tables`: the corpus is cut into the batches of
:func:`analysis.corpus.sources.plan_tasks`, a worker visits each document of its batch
once and returns a small record (term counts per side, pair counts per group, token
arrays), and the records are folded in batch order (:func:`.executors.map_ordered`),
so the tables are the same for every ``n_jobs``. The statistics are pure functions of
:mod:`analysis.terms.keyness`, :mod:`analysis.terms.collocations` and
:mod:`analysis.terms.kwic`.
"""

from __future__ import annotations

from ..terms.kwic import KwicIndex
from .collocations import collocations
from .keyness import keyness
from .kwic import kwic, kwic_index

__all__ = ["keyness", "collocations", "kwic", "kwic_index", "KwicIndex"]
