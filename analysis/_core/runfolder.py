"""Output folders that always hold one whole run: staged, then switched in by one rename.

Layout of an output folder ``out``::

    out/.runs/run-<id>/        the tables of one finished run, its manifest written last
    out/.current -> .runs/run-<id>
    out/<table file>  -> .current/<table file>     (one link per file the run wrote)
    out/manifest.json -> .current/manifest.json

Every table path in ``out`` resolves through ``.current``, so replacing that one link
(:func:`os.replace`, atomic on POSIX) switches every table at once: a reader, or a kill
at any instant, sees the whole previous run or the whole new one. A run is written into
``out/.runs/.staging-*`` and renamed to ``run-<id>`` only when complete. The next run
removes staging folders and runs that ``.current`` does not point to. Files in ``out``
that the package did not write are never touched.

Examples
--------
>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> with RunFolder(out) as rf:
...     _ = (rf.staging / "a.csv").write_text("x\\n1\\n")
...     _ = (rf.staging / "manifest.json").write_text("{}")
...     paths = rf.commit(["a.csv", "manifest.json"])
>>> (out / "a.csv").read_text()
'x\\n1\\n'
>>> sorted(p.name for p in out.iterdir())
['.current', '.runs', 'a.csv', 'manifest.json']
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

__all__ = ["RunFolder", "CURRENT", "RUNS"]

CURRENT = ".current"
RUNS = ".runs"


class RunFolder:
    """Stage a run inside ``out`` and switch it in atomically (see the module docstring).

    Use as a context manager: it takes an exclusive lock on ``out`` (a second run into
    the same folder fails with a clear message), removes leftovers of interrupted runs,
    and gives :attr:`staging`, the folder to write into. :meth:`commit` switches the
    staged run in; leaving the block without committing discards it.
    """

    def __init__(self, out: str | os.PathLike) -> None:
        self.out = Path(out)
        self.staging: Path | None = None
        self._fd: int | None = None
        self._created = not self.out.exists()

    # ------------------------------------------------------------------ lock and cleanup
    def __enter__(self) -> RunFolder:
        import fcntl

        self.out.mkdir(parents=True, exist_ok=True)
        self._fd = os.open(self.out, os.O_RDONLY)  # lock the folder itself: no lock file
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self._fd)
            raise ValueError(f"out: another run is writing into {self.out}; wait until it "
                             "ends.") from None
        self._clean()
        runs = self.out / RUNS
        runs.mkdir(exist_ok=True)
        self.staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=runs))
        return self

    def __exit__(self, *exc) -> None:
        try:
            if self.staging is not None:  # not committed: leave out as it was
                shutil.rmtree(self.staging, ignore_errors=True)
                with contextlib.suppress(OSError):
                    (self.out / RUNS).rmdir()  # only if empty
                    if self._created:
                        self.out.rmdir()
        finally:
            os.close(self._fd)

    def _clean(self) -> None:
        """Remove staging folders, runs not in use, and our links left dangling."""
        for legacy in [*self.out.glob(".staging-*"), *self.out.glob(".*.old")]:
            shutil.rmtree(legacy, ignore_errors=True)  # layout of earlier versions
        live = self.current_run()
        runs = self.out / RUNS
        if runs.is_dir():
            for p in runs.iterdir():
                if p != live:
                    shutil.rmtree(p, ignore_errors=True)
        for link in self._our_links():
            if not link.exists():
                link.unlink()

    # ------------------------------------------------------------------ state
    def current_run(self) -> Path | None:
        """The run folder ``.current`` points to, or None."""
        cur = self.out / CURRENT
        if not cur.is_symlink():
            return None
        return self.out / os.readlink(cur)

    def _our_links(self) -> list[Path]:
        """Links in ``out`` that point into ``.current`` (the ones this package made)."""
        prefix = CURRENT + os.sep
        return [p for p in self.out.iterdir()
                if p.is_symlink() and os.readlink(p).startswith(prefix)]

    # ------------------------------------------------------------------ switch
    def commit(self, names: list[str]) -> list[Path]:
        """Switch the staged run in; return the paths of its files in ``out``.

        ``names`` are the files (or part folders) in :attr:`staging`, the manifest among
        them. Files of the previous run that are not in ``names`` disappear with the
        switch; a file that the package did not write, in the way of a new table, is an
        error (nothing is overwritten).
        """
        legacy = _legacy_files(self.out)
        for name in names:
            target = self.out / name
            if target.exists() or target.is_symlink():
                if not (target.is_symlink()
                        and os.readlink(target) == os.path.join(CURRENT, name)):
                    if name not in legacy:
                        raise ValueError(f"out: {target} exists and was not written by this "
                                         "package; move it away or choose another folder.")
        run = self.staging.with_name("run-" + self.staging.name.removeprefix(".staging-"))
        self.staging.rename(run)
        self.staging = None
        for name in names:  # new names: links that resolve once .current points to the run
            self._link(self.out / name, os.path.join(CURRENT, name))
        self._link(self.out / CURRENT, os.path.relpath(run, self.out))  # the switch
        for link in self._our_links():
            if link.name not in names:
                link.unlink()
        for name in sorted(legacy - set(names)):  # tables of an earlier layout's run
            old = self.out / name
            if not old.is_symlink():
                shutil.rmtree(old) if old.is_dir() else old.unlink(missing_ok=True)
        self._clean()
        return [self.out / name for name in names]

    @staticmethod
    def _link(path: Path, to: str) -> None:
        """Point ``path`` at ``to`` with one atomic rename (replacing what is there)."""
        if path.is_symlink() and os.readlink(path) == to:
            return
        tmp = path.with_name(f".{path.name}.link-{os.getpid()}")
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        os.symlink(to, tmp)
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)  # a part folder of the previous layout
        os.replace(tmp, path)


def _legacy_files(out: Path) -> set[str]:
    """Files named by a manifest that is a real file (the layout before run folders)."""
    import json

    manifest = out / "manifest.json"
    if manifest.is_symlink() or not manifest.is_file():
        return set()
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
        return {f for t in data["tables"].values() for f in t["files"]} | {"manifest.json"}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return set()
