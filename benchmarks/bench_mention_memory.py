"""Peak memory per numeric mention on a pathological digit-heavy file.

Generates a seeded file of ``--mb`` megabytes (default 5) made only of digit groups and
separators (``12,5 3.4 1 000 7-8 2024 …``), which yields about one mention per four
characters, then measures, each in a fresh subprocess:

* ``ref``: a plain ``re.finditer`` over digit groups collecting ``(start, end, float)``
  into ``array.array`` buffers turned into numpy columns (int64, int64, float64) -- the floor for a table of offsets and
  values;
* ``extract``: ``analysis.extract_mentions(text, "ru")``;
* ``api``: ``analysis.numeric_mentions(analysis.load_corpus(folder))`` on a folder
  holding that one file;
* ``run``: the CLI ``python -m analysis run folder --out OUT --jobs 1`` (every table,
  Parquet and CSV), run in-process by ``analysis.cli.main``.

Memory is the peak RSS of the child (``resource.getrusage(RUSAGE_SELF).ru_maxrss``)
minus its RSS after the imports and after reading the file (the baseline), divided by the
number of mentions.  Prints bytes per mention, seconds and the mention count.

Run: ``.venv/bin/python benchmarks/bench_mention_memory.py [--mb 5] [--only extract,run]``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]

# the child: baseline after imports and reading, then the measured call
CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, {root!r})
import re
import numpy as np
import pandas as pd
import analysis
from analysis.mentions import extract_mentions
import analysis.cli
import pyarrow, pyarrow.parquet
mode, path, folder, out = sys.argv[1:5]
text = open(path, encoding="utf-8").read()
extract_mentions("warm up 1943 и 12,5 %", "ru")


def rss_now():
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize()


base = rss_now()
peak0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
t0 = time.perf_counter()
if mode == "ref":
    pat = re.compile(r"\d+(?:[.,]\d+)?")
    from array import array
    starts, ends, vals = array("q"), array("q"), array("d")
    for m in pat.finditer(text):
        starts.append(m.start()); ends.append(m.end())
        vals.append(float(m.group().replace(",", ".")))
    df = pd.DataFrame({{"start": np.frombuffer(starts, dtype=np.int64).copy(),
                       "end": np.frombuffer(ends, dtype=np.int64).copy(),
                       "value": np.frombuffer(vals, dtype=np.float64).copy()}})
    del starts, ends, vals
    n = len(df)
elif mode == "extract":
    n = len(extract_mentions(text, "ru"))
elif mode == "api":
    n = len(analysis.numeric_mentions(analysis.load_corpus(folder)))
elif mode == "run":
    rc = analysis.cli.main(["run", folder, "--out", out, "--jobs", "1", "--quiet"])
    assert rc == 0, rc
    n = len(pd.read_parquet(out + "/numeric_mentions.parquet", columns=["start"]))
else:
    raise SystemExit(mode)
secs = time.perf_counter() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({{"mode": mode, "n": n, "secs": secs, "base": base, "peak": peak,
                  "peak_before": peak0}}))
"""

MODES = ("ref", "extract", "api", "run")


def digit_text(mb: float, seed: int = 0) -> str:
    """Digits and separators only: decimals, grouped thousands, dash pairs, years."""
    rng = np.random.default_rng(seed)
    target = int(mb * 1e6)
    parts: list[str] = []
    size = 0
    seps = [" ", " ", " ", " ", " ", ", ", "; ", ". ", "\n", " - ", "/"]
    while size < target:
        k = int(rng.integers(0, 14))
        a = int(rng.integers(0, 1000))
        b = int(rng.integers(0, 100))
        if k == 0:
            tok = f"{a},{b}"
        elif k == 1:
            tok = f"{a}.{b}"
        elif k == 2:
            tok = f"{int(rng.integers(1, 100))} {int(rng.integers(0, 1000)):03d}"
        elif k == 3:
            tok = f"{b}-{b + int(rng.integers(1, 9))}"
        elif k == 4:
            tok = str(int(rng.integers(1900, 2030)))
        elif k >= 8:
            tok = str(b % 10)
        else:
            tok = str(b)
        tok += seps[int(rng.integers(0, len(seps)))]
        parts.append(tok)
        size += len(tok)
    return "".join(parts)[:target]


def measure(mode: str, path: Path, folder: Path, out: Path) -> dict:
    code = CHILD.format(root=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", code, mode, str(path), str(folder), str(out)],
                          capture_output=True, text=True, cwd=ROOT, check=False)
    if proc.returncode:
        raise SystemExit(f"{mode} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0, help="file size in MB (default 5)")
    ap.add_argument("--only", default=",".join(MODES), help="modes to run, comma-separated")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-mention-memory-") as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        path = folder / "digits.txt"
        text = digit_text(args.mb)
        path.write_text(text, encoding="utf-8")
        print(f"file: {len(text.encode('utf-8')) / 1e6:.1f} MB of digits and separators")
        ref = None
        for mode in args.only.split(","):
            r = measure(mode, path, folder, Path(tmp) / f"out-{mode}")
            used = r["peak"] - r["base"]
            per = used / max(r["n"], 1)
            line = (f"{mode:8s} {r['n']:>9,d} mentions  {r['secs']:7.2f} s  "
                    f"peak {used / 1e6:8.1f} MB over baseline {r['base'] / 1e6:6.1f} MB  "
                    f"{per:7.1f} B/mention")
            if mode == "ref":
                ref = r
            elif ref is not None:
                line += f"  ({r['secs'] / ref['secs']:.1f}x the reference time)"
            print(line, flush=True)


if __name__ == "__main__":
    main()
