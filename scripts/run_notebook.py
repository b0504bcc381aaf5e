"""Run one notebook with papermill; on failure print where and why in a few lines.

    python scripts/run_notebook.py notebooks/01-corpus-and-terms.ipynb OUTPUT.ipynb \
        --cwd notebooks -k analysis -p corpus_dir /abs/seeds -p figures_dir /abs/figures

Papermill's own error is the whole traceback with the notebook's source around it
(dozens of lines). This prints instead::

    notebooks/02-numbers.ipynb, cell 12: ValueError: the message
      > first line of the cell
      executed copy: OUTPUT.ipynb

and exits with status 1. ``cell K`` counts every cell of the notebook as committed,
markdown included, from 1 (the cell papermill injects is not counted). Parameter values
are passed as strings.
"""

from __future__ import annotations

import argparse
import logging
import sys
import warnings


def _source_cell(notebook: str, cell_index: int) -> int:
    """1-based position in ``notebook`` of cell ``cell_index`` of papermill's copy."""
    import nbformat

    cells = nbformat.read(notebook, as_version=4).cells
    params = next((i for i, c in enumerate(cells) if "parameters" in c.metadata.get("tags", [])),
                  None)
    # papermill inserts its injected-parameters cell right after the parameters cell
    # (or first, when there is none)
    injected = 0 if params is None else params + 1
    return cell_index + 1 if cell_index < injected else cell_index


def _one_line(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= 300 else text[:297] + "..."


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebook")
    parser.add_argument("output")
    parser.add_argument("--cwd", default=None)
    parser.add_argument("-k", "--kernel", default=None)
    parser.add_argument("-p", "--parameter", nargs=2, action="append", default=[],
                        metavar=("NAME", "VALUE"))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s")
    # jupyter_client logs a traceback before raising (a missing kernel, a dead one); the
    # error printed below says the same in one line
    logging.getLogger("traitlets").setLevel(logging.CRITICAL)
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    try:
        import papermill
        from papermill.exceptions import PapermillExecutionError

        papermill.execute_notebook(args.notebook, args.output, dict(args.parameter),
                                   kernel_name=args.kernel, cwd=args.cwd, progress_bar=False,
                                   # the kernel's warning about TCP without encryption
                                   # (local kernel, loopback only) is noise here
                                   extra_arguments=["--IPKernelApp.log_level=ERROR"])
    except PapermillExecutionError as err:
        cell = _source_cell(args.notebook, err.cell_index)
        first = next((ln for ln in err.source.splitlines() if ln.strip()), "")
        print(f"{args.notebook}, cell {cell}: {err.ename}: {_one_line(err.evalue)}",
              file=sys.stderr)
        print(f"  > {first}", file=sys.stderr)
        print(f"  executed copy: {args.output}", file=sys.stderr)
        return 1
    except Exception as err:  # kernel missing or dead, unreadable notebook, ...
        print(f"{args.notebook}: {type(err).__name__}: {_one_line(err)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
