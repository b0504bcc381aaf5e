"""Write a make stamp file, but only when its content changes.

Make compares dates, so a stamp rewritten on every run would rerun everything after it,
and a stamp never rewritten would miss changes. This script writes the stamp's lines
(the files of a corpus with their sizes and modification times, or given text) and
touches the file only when those lines differ from what it already holds:

    python3 scripts/stamp.py build/seeds-1a2b3c4d/corpus.stamp --corpus seeds
    python3 scripts/stamp.py build/seeds-1a2b3c4d/out.stamp --text "$PWD/figures"

Standard library only, so it runs before the virtual environment exists.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def corpus_lines(corpus: str) -> list[str]:
    """One line per file below ``corpus`` (or ``corpus`` itself): path, size, mtime in ns.

    Every file is listed, hidden ones too: a needless rerun costs minutes, a missed one
    gives stale figures. Links are followed for their size and date; a broken link is
    listed as such.
    """
    root = Path(corpus).absolute()
    lines = [f"corpus\t{root}"]
    if root.is_file():
        files = [root]
    else:
        files = sorted(Path(d, name) for d, _, names in os.walk(root, followlinks=False)
                       for name in names)
    for f in files:
        rel = f.relative_to(root).as_posix() if f != root else f.name
        try:
            st = f.stat()
        except OSError:
            lines.append(f"{rel}\tbroken link")
            continue
        lines.append(f"{rel}\t{st.st_size}\t{st.st_mtime_ns}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stamp", help="the stamp file to write")
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--corpus", help="list this folder's files (or this one file)")
    what.add_argument("--text", help="write this text")
    args = parser.parse_args(argv)
    if args.corpus is not None:
        if not os.path.exists(args.corpus):
            print(f"CORPUS {args.corpus}: no such folder", file=sys.stderr)
            return 1
        content = "\n".join(corpus_lines(args.corpus)) + "\n"
    else:
        content = args.text + "\n"
    stamp = Path(args.stamp)
    try:
        if stamp.read_text("utf-8", errors="surrogateescape") == content:
            return 0
    except FileNotFoundError:
        pass
    stamp.parent.mkdir(parents=True, exist_ok=True)
    tmp = stamp.with_name(stamp.name + ".tmp")
    tmp.write_text(content, "utf-8", errors="surrogateescape")
    os.replace(tmp, stamp)
    print(f"updated {stamp}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
