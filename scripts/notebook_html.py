"""Render an executed notebook to HTML with every saved figure shown inline.

    python scripts/notebook_html.py build/seeds-1a2b3c4d/01-corpus-and-terms.ipynb OUT.html

The notebooks' figure cells end with ``analysis.save_figure(...)``, whose value is the
list of written paths; nbconvert alone renders that list as text. Before exporting, this
adds the PNG files named in such a result to the cell's output (as ``image/png``, so the
HTML holds them as ``data:image/png;base64`` images and needs no other file). Outputs that
already carry an image are left as they are. A figure named in an output but missing on
disk is an error: the page would silently lack it.
"""

from __future__ import annotations

import argparse
import base64
import re
import sys
from pathlib import Path

#: ``PosixPath('/abs/figures/01-x.png')`` as repr() writes it (either quote)
_PATH = re.compile(r"""(?:Posix|Windows)?Path\((['"])(.+?\.png)\1\)""")


def embed_figures(nb) -> int:
    """Add the PNGs named by path-list results to their outputs; return how many."""
    import nbformat

    added = 0
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        outputs = []
        for out in cell.get("outputs", []):
            outputs.append(out)
            data = out.get("data", {})
            if out.get("output_type") not in ("execute_result", "display_data"):
                continue
            if "image/png" in data or "text/plain" not in data:
                continue
            pngs = [Path(m.group(2)) for m in _PATH.finditer(data["text/plain"])]
            for i, png in enumerate(pngs):
                if not png.is_file():
                    raise FileNotFoundError(f"{png}: figure named in the notebook is missing")
                encoded = base64.b64encode(png.read_bytes()).decode("ascii")
                if i == 0:  # the richest type wins: the image replaces the list of paths
                    data["image/png"] = encoded
                else:
                    outputs.append(nbformat.v4.new_output(
                        "display_data", data={"image/png": encoded, "text/plain": str(png)}))
                added += 1
        cell.outputs = outputs
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
        n = embed_figures(nb)
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
