"""Run one function over tasks in order: in this process, on local processes, or on Dask.

Results always come back in the order of the tasks, whatever order the workers finish
in, so the tables do not depend on the number of jobs. At most ``window`` tasks are in
flight, so memory stays bounded however long the task stream is.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator

__all__ = ["PipelineError", "resolve_jobs", "map_ordered", "dask_client"]


class PipelineError(RuntimeError):
    """A worker failed or died; the message says which batch and why."""


def resolve_jobs(n_jobs: int | None) -> int:
    """``None`` or ``-1``: every core; ``-2``: all but one; ``k >= 1``: ``k`` processes.

    Examples
    --------
    >>> resolve_jobs(1)
    1
    >>> resolve_jobs(0)
    Traceback (most recent call last):
    ...
    ValueError: n_jobs must be a positive integer, -1 (all cores) or None; got 0.
    """
    cores = os.cpu_count() or 1
    if n_jobs is None:
        return cores
    if isinstance(n_jobs, bool) or not isinstance(n_jobs, int) or n_jobs == 0:
        raise ValueError(f"n_jobs must be a positive integer, -1 (all cores) or None; got {n_jobs!r}.")
    return max(1, cores + 1 + n_jobs) if n_jobs < 0 else n_jobs


def map_ordered(fn: Callable, tasks: Iterable, *, n_jobs: int = 1, client=None,
                window: int | None = None) -> Iterator:
    """Yield ``fn(task)`` for every task, in task order.

    Examples
    --------
    >>> list(map_ordered(abs, [-1, 2, -3]))
    [1, 2, 3]
    """
    if client is not None:
        yield from _map_dask(fn, tasks, client, window)
    elif n_jobs == 1:
        for task in tasks:
            yield fn(task)
    else:
        yield from _map_processes(fn, tasks, n_jobs, window or 2 * n_jobs)


def _describe(task) -> str:
    items = getattr(task, "items", ())
    if getattr(task, "path", None):
        return str(task.path)
    if items:
        first = items[0]
        name = first[1] if task.kind == "files" else first[0]
        return f"{name} … ({len(items)} documents)" if len(items) > 1 else str(name)
    return repr(task)[:80]


def _map_processes(fn, tasks, n_jobs: int, window: int) -> Iterator:
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    with ProcessPoolExecutor(max_workers=n_jobs, mp_context=mp.get_context(method)) as pool:
        yield from _windowed(lambda task: pool.submit(fn, task), tasks, window)


def _map_dask(fn, tasks, client, window) -> Iterator:
    window = window or 2 * max(1, len(client.scheduler_info().get("workers", {})))
    yield from _windowed(lambda task: client.submit(fn, task, pure=False), tasks, window)


def _windowed(submit: Callable, tasks: Iterable, window: int) -> Iterator:
    """Submit tasks keeping at most ``window`` in flight; yield results in task order."""
    pending: deque = deque()
    try:
        for task in tasks:
            pending.append((task, submit(task)))
            if len(pending) >= window:
                yield _result(*pending.popleft())
        while pending:
            yield _result(*pending.popleft())
    finally:
        for _, fut in pending:
            fut.cancel()


def _result(task, future):
    """The task's result; a dead worker or an unexpected error becomes a PipelineError.

    Errors about the input (``ValueError``, including ``CorpusError``, and ``OSError``)
    already name the file and pass through unchanged.
    """
    try:
        return future.result()
    except (ValueError, OSError, MemoryError, PipelineError):
        raise
    except Exception as exc:
        name = type(exc).__name__
        if name == "BrokenProcessPool":
            raise PipelineError(
                "a worker process died (killed, or out of memory) while the pass was "
                "running; nothing was written. Try fewer --jobs or a smaller batch.") from None
        if name == "KilledWorker":
            raise PipelineError(f"{_describe(task)}: Dask workers died while processing this "
                                "batch; nothing was written.") from None
        raise PipelineError(f"{_describe(task)}: {name}: {exc}") from exc


def dask_client(address: str):
    """A ``dask.distributed.Client`` for ``tcp://host:port`` or ``local:N`` (a LocalCluster).

    The caller closes it (and the cluster it started: ``client.cluster``).
    """
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise ImportError("Dask is not installed: pip install 'analysis[dask]'") from None
    if address.startswith("local:"):
        n = address.split(":", 1)[1]
        if not n.isdigit() or int(n) < 1:
            raise ValueError(f"--dask local:N needs a positive number of workers; got {address!r}.")
        cluster = LocalCluster(n_workers=int(n), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        return Client(cluster)
    return Client(address, timeout=30)
