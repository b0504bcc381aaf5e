"""The document pass: one visit per document, on every core or on Dask, streamed from disk.

:func:`compute_tables` returns every table in memory; :func:`run` streams them into a
folder. Both read the source in batches (:mod:`.sources`), visit each document once
(:mod:`.document`), and reduce the per-batch results into corpus tables (:mod:`.reduce`),
with the batches run in order by :mod:`.executors`.
"""

from .engine import compute_tables, run, run_pass
from .executors import PipelineError, dask_client
from .spec import PassSpec, TermSpec, TfidfSpec

__all__ = ["PassSpec", "PipelineError", "TermSpec", "TfidfSpec", "compute_tables", "dask_client",
           "run", "run_pass"]
