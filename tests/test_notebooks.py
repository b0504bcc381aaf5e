"""The curated notebooks run headless (papermill) on a small corpus and write their figures."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))

papermill = pytest.importorskip("papermill", reason="notebook extra not installed")


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory) -> Path:
    """The first ~6,000 characters of every seed, cut at a line end."""
    d = tmp_path_factory.mktemp("small_corpus")
    for f in sorted((ROOT / "seeds").glob("*.txt")):
        text = f.read_text("utf-8")
        cut = text.find("\n", 6000)
        (d / f.name).write_text(text if cut < 0 else text[:cut], "utf-8")
    return d


def _kernel() -> str:
    from jupyter_client.kernelspec import KernelSpecManager

    return "analysis" if "analysis" in KernelSpecManager().find_kernel_specs() else "python3"


def test_notebooks_are_committed_without_outputs():
    for nb in NOTEBOOKS:
        cells = json.loads(nb.read_text("utf-8"))["cells"]
        for cell in cells:
            assert not cell.get("outputs"), f"{nb.name}: commit notebooks with outputs stripped"
        tags = [c.get("metadata", {}).get("tags", []) for c in cells if c["cell_type"] == "code"]
        assert "parameters" in tags[1], f"{nb.name}: second code cell must be tagged parameters"


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[nb.stem for nb in NOTEBOOKS])
def test_notebook_runs_and_writes_figures(notebook, small_corpus, tmp_path):
    figures = tmp_path / "figures"
    out = tmp_path / notebook.name
    cmd = [sys.executable, "-m", "papermill", "--cwd", str(ROOT / "notebooks"), "-k", _kernel(),
           "--log-level", "ERROR", "-p", "corpus_dir", str(small_corpus),
           "-p", "figures_dir", str(figures), str(notebook), str(out)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    prefix = notebook.stem.split("-", 1)[0]
    pngs = sorted(figures.glob(f"{prefix}-*.png"))
    svgs = sorted(figures.glob(f"{prefix}-*.svg"))
    assert len(pngs) >= 4, f"{notebook.name} wrote {[p.name for p in pngs]}"
    assert [p.stem for p in pngs] == [p.stem for p in svgs]
    # headless: interactive=None resolved to False, so no widget was built
    outputs = [o for c in json.loads(out.read_text("utf-8"))["cells"] for o in c.get("outputs", [])]
    widgets = [o for o in outputs if "application/vnd.jupyter.widget-view+json" in o.get("data", {})]
    assert not widgets, f"{notebook.name} built widgets under papermill"


def test_interactive_helpers_do_not_need_ipywidgets_until_used():
    code = (
        "import sys; sys.modules['ipywidgets'] = None\n"  # as if ipywidgets were not installed
        "import analysis\n"
        "from analysis.plots import terms\n"
        "from analysis.plots.interactive import interactive_view, is_interactive\n"
        "assert is_interactive(None) is False\n"
        "try:\n"
        "    interactive_view(lambda n: None, n=(1, 3))\n"
        "except ImportError as err:\n"
        "    assert 'analysis[notebooks]' in str(err), err\n"
        "else:\n"
        "    raise AssertionError('interactive_view without ipywidgets')\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "ANALYSIS_INTERACTIVE"}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
