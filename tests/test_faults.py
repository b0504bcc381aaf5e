"""Fault injection: `analysis run` killed with SIGKILL at random moments of a run.

After every kill the output folder must hold exactly the previous run or exactly the new
one: its manifest describes one run, every file it lists resolves into the same run folder
and has that run's bytes, and no other table is visible. Files the user put there stay.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from paths import SEEDS_DIR

N_KILLS = 20


def _cli(source: Path, out: Path, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    return subprocess.Popen(
        [sys.executable, "-m", "analysis", "run", str(source), "--out", str(out), "--quiet",
         "--jobs", "1", *extra],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, start_new_session=True)


def _snapshot(out: Path) -> dict[str, bytes]:
    """Every visible file of ``out`` (through its links) with its bytes."""
    snap = {}
    for p in sorted(out.iterdir()):
        if p.name.startswith(".") or p.name == "notes.md":
            continue
        snap[p.name] = p.read_bytes()
    return snap


def _state(out: Path, runs: dict[str, dict[str, bytes]]) -> str:
    """Which run ``out`` holds; fails if it is none of them, or a mixture."""
    snap = _snapshot(out)
    manifest = json.loads(snap["manifest.json"])
    listed = {f for t in manifest["tables"].values() for f in t["files"]} | {"manifest.json"}
    assert set(snap) == listed, sorted(set(snap) ^ listed)
    targets = {(out / name).resolve().parent for name in snap}
    assert len(targets) == 1, targets  # every file from one run folder
    matches = [name for name, files in runs.items() if files == snap]
    assert len(matches) == 1, "the folder holds a mixture of runs"
    return matches[0]


@pytest.fixture(scope="module")
def two_corpora(tmp_path_factory):
    root = tmp_path_factory.mktemp("faults")
    small = root / "small"
    small.mkdir()
    for p in sorted(SEEDS_DIR.glob("*.txt"))[:2]:
        (small / p.name).write_bytes(p.read_bytes())
    runs = {}
    for name, source, extra in (("old", small, ()), ("new", SEEDS_DIR, ("--tokens",))):
        ref = root / f"ref-{name}"
        t0 = time.perf_counter()
        assert _cli(source, ref, *extra).wait() == 0
        runs[name] = {"source": source, "extra": extra, "seconds": time.perf_counter() - t0,
                      "files": _snapshot(ref)}
    assert runs["old"]["files"].keys() != runs["new"]["files"].keys()
    return runs


def test_sigkill_at_random_moments_leaves_exactly_one_whole_run(two_corpora, tmp_path):
    runs = {k: v["files"] for k, v in two_corpora.items()}
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.md").write_text("the user's own file", encoding="utf-8")
    assert _cli(two_corpora["old"]["source"], out).wait() == 0
    state = _state(out, runs)
    rng = random.Random(0)
    seen = set()
    for i in range(N_KILLS):
        target = "new" if state == "old" else "old"
        spec = two_corpora[target]
        total = spec["seconds"]
        # half the kills anywhere in the run, half near its end (writing and switching);
        # two runs are left to finish, so that both outcomes occur however loaded the
        # machine is (a run slower than the reference would otherwise always be cut)
        delay = rng.uniform(0, total) if i % 2 == 0 else rng.uniform(0.75 * total, 1.05 * total)
        proc = _cli(spec["source"], out, *spec["extra"])
        finish = i % 10 == 9
        if not finish:
            time.sleep(delay)
        if not finish and proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        state = _state(out, runs)
        seen.add(target == state)
        assert (out / "notes.md").read_text(encoding="utf-8") == "the user's own file"
    assert seen == {True, False}, "no kill interrupted a run, or none let one finish"
    # the next run cleans what the kills left: one run folder, no staging folders
    target = "new" if state == "old" else "old"
    assert _cli(two_corpora[target]["source"], out, *two_corpora[target]["extra"]).wait() == 0
    assert _state(out, runs) == target
    assert len(list((out / ".runs").iterdir())) == 1
