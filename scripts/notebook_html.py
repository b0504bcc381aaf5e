"""Render an executed notebook to HTML with every figure it saved shown inline.

    python scripts/notebook_html.py build/seeds-1a2b3c4d/01-corpus-and-terms.ipynb OUT.html

The notebooks save their figures with ``analysis.save_figure``, which closes the figure:
nbconvert alone shows no image, only the list of paths when the call ends a cell. Before
exporting, this adds to each code cell the PNG files of the figures folder (papermill's
``figures_dir`` parameter) written while the cell ran (papermill records each cell's start
and end), as ``image/png`` outputs: the HTML holds them as ``data:image/png;base64``
images and needs no other file; a result that is only the list of saved paths gives way
to them. A cell that already shows an image is left as it is.

It fails, naming the cell, rather than write a page that silently lacks a figure or shows
another run's: when a cell calls ``save_figure`` and no PNG of the folder dates from its
run, or when a PNG its output names was rewritten since.
"""

from __future__ import annotations

import argparse
import base64
import re
import sys
from datetime import datetime
from pathlib import Path

#: a call of save_figure (not its import)
_CALL = re.compile(r"\bsave_figure\s*\(")
#: ``PosixPath('/abs/figures/01-x.png')`` as repr() writes it (either quote)
_PATH = re.compile(r"""(?:Posix|Windows)?Path\((['"])(.+?\.png)\1\)""")
#: save_figure's value as a cell shows it: a list of such paths and nothing else
_PATH_LIST = re.compile(r"""\[\s*((?:Posix|Windows)?Path\((['"]).+?\2\)\s*,?\s*)*\]""")


def _window(cell) -> tuple[float, float] | None:
    """Start and end of the cell's run in seconds since the epoch (papermill metadata)."""
    pm = cell.metadata.get("papermill", {})
    try:
        return (datetime.fromisoformat(pm["start_time"]).timestamp(),
                datetime.fromisoformat(pm["end_time"]).timestamp())
    except (KeyError, TypeError, ValueError):
        return None


def embed_figures(nb, notebook: str) -> int:
    """Add the PNGs each cell wrote to its outputs; return how many were added."""
    import nbformat

    figures_dir = nb.metadata.get("papermill", {}).get("parameters", {}).get("figures_dir")
    if not figures_dir:
        raise ValueError("not executed by papermill with a figures_dir parameter")
    written = {p: p.stat().st_mtime for p in Path(figures_dir).glob("*.png")}
    added = 0
    for k, cell in enumerate(nb.cells, start=1):
        if cell.cell_type != "code" or not _CALL.search(cell.source):
            continue
        if any("image/png" in out.get("data", {}) for out in cell.get("outputs", [])):
            continue
        window = _window(cell)
        if window is None:
            raise ValueError(f"cell {k}: no papermill start/end time (not executed?)")
        start, end = window
        pngs = sorted((p for p, t in written.items() if start <= t <= end),
                      key=lambda p: (written[p], p.name))
        named = {Path(m.group(2)) for out in cell.get("outputs", [])
                 for m in _PATH.finditer(out.get("data", {}).get("text/plain", ""))}
        stale = sorted(str(p) for p in named - set(pngs))
        if stale or not pngs:
            what = ", ".join(stale) if stale else "no figure"
            raise ValueError(
                f"cell {k}: {what} in {figures_dir} dates from this run of the notebook "
                "(rewritten by another run into the same folder?); run make figures again")
        # the list of paths gives way to the figures
        cell.outputs = [out for out in cell.outputs if not (
            out.get("output_type") == "execute_result"
            and _PATH_LIST.fullmatch(out.get("data", {}).get("text/plain", "").strip()))]
        for png in pngs:
            encoded = base64.b64encode(png.read_bytes()).decode("ascii")
            cell.outputs.append(nbformat.v4.new_output(
                "display_data", data={"image/png": encoded, "text/plain": png.name}))
            added += 1
    return added


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebook")
    parser.add_argument("html")
    args = parser.parse_args(argv)
    try:
        import nbformat
        from nbconvert import HTMLExporter

        nb = nbformat.read(args.notebook, as_version=4)
        n = embed_figures(nb, args.notebook)
        body, _ = HTMLExporter().from_notebook_node(nb)
        out = Path(args.html)
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(out.name + ".tmp")
        tmp.write_text(body, "utf-8")
        tmp.replace(out)
    except Exception as err:
        print(f"{args.notebook}: {type(err).__name__}: {err}", file=sys.stderr)
        return 1
    print(f"wrote {args.html} ({n} figures)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
