"""The make layer: build folders keyed by the corpus path, stamps, one-line errors, lab.

Fast checks only (``make -n`` on a copy of the Makefile, the helper scripts on made-up
notebooks); no notebook is executed here.
"""

from __future__ import annotations

import base64
import importlib.util
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="GNU make not installed")


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def project(tmp_path) -> Path:
    """A copy of the Makefile and scripts with two stand-in notebooks and an installed stamp."""
    shutil.copy(ROOT / "Makefile", tmp_path)
    shutil.copytree(ROOT / "scripts", tmp_path / "scripts")
    (tmp_path / "notebooks").mkdir()
    for name in ("01-a", "02-b"):
        (tmp_path / "notebooks" / f"{name}.ipynb").write_text("{}")
    for name in ("pyproject.toml", "constraints.txt"):
        (tmp_path / name).write_text("")
    (tmp_path / ".venv").mkdir()
    (tmp_path / ".venv" / ".installed").write_text("")
    for sub in ("a", "b"):
        (tmp_path / sub / "txt").mkdir(parents=True)
        (tmp_path / sub / "txt" / "doc.txt").write_text(f"text of {sub}")
    _age(tmp_path, 1000, "notebooks/01-a.ipynb", "notebooks/02-b.ipynb", "pyproject.toml",
         "constraints.txt", ".venv/.installed", "a/txt/doc.txt", "b/txt/doc.txt")
    return tmp_path


def _age(root: Path, seconds: float, *paths: str) -> None:
    t = time.time() - seconds
    for p in paths:
        os.utime(root / p, (t, t))


def _make(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["make", "--no-print-directory", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=60)


def _build_dir(output: str) -> str:
    return re.search(r"(build/[^/\s]+)/tmp-01-a\.ipynb", output).group(1)


def _finish(root: Path, build: str, out: str) -> None:
    """Pretend the notebooks ran: stamps, then executed copies, then OUT's index, in order."""
    (root / out).mkdir(exist_ok=True)
    for name in ("01-a", "02-b"):
        (root / build / f"{name}.ipynb").write_text("{}")
    (root / out / "README.md").write_text("")
    stamps = [str(p.relative_to(root)) for p in (root / "build").rglob("*.stamp")]
    _age(root, 300, *stamps)
    _age(root, 200, f"{build}/01-a.ipynb", f"{build}/02-b.ipynb")
    _age(root, 100, f"{out}/README.md")


def _reruns(root: Path, *args: str) -> int:
    proc = _make(root, "-n", "figures", *args)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.count("scripts/run_notebook.py")


def test_same_folder_name_different_build_folders(project):
    a = _make(project, "-n", "figures", "CORPUS=a/txt")
    b = _make(project, "-n", "figures", "CORPUS=b/txt")
    assert a.returncode == b.returncode == 0, a.stderr + b.stderr
    build_a, build_b = _build_dir(a.stdout), _build_dir(b.stdout)
    assert re.fullmatch(r"build/txt-[0-9a-f]{8}", build_a), build_a
    assert build_a != build_b
    # the same folder written another way is the same key
    same = _make(project, "-n", "figures", f"CORPUS={project}/a/txt/")
    assert _build_dir(same.stdout) == build_a
    # another corpus writes into its build folder, never into figures/
    assert f"-p figures_dir {project}/{build_a}/figures" in a.stdout


def test_reruns_only_when_corpus_or_out_change(project):
    build = _build_dir(_make(project, "-n", "figures", "CORPUS=a/txt", "OUT=o1").stdout)
    _finish(project, build, "o1")
    assert _reruns(project, "CORPUS=a/txt", "OUT=o1") == 0
    # another OUT (which has an index already): both notebooks rerun into it
    (project / "o2").mkdir()
    (project / "o2" / "README.md").write_text("")
    assert _reruns(project, "CORPUS=a/txt", "OUT=o2") == 2
    _finish(project, build, "o2")
    assert _reruns(project, "CORPUS=a/txt", "OUT=o2") == 0
    # a corpus file's date changes; then a file is added
    _age(project, 0, "a/txt/doc.txt")
    assert _reruns(project, "CORPUS=a/txt", "OUT=o2") == 2
    _finish(project, build, "o2")
    (project / "a" / "txt" / "new.txt").write_text("more")
    assert _reruns(project, "CORPUS=a/txt", "OUT=o2") == 2
    _finish(project, build, "o2")
    # OUT's index deleted: rerun
    (project / "o2" / "README.md").unlink()
    assert _reruns(project, "CORPUS=a/txt", "OUT=o2") == 2


def test_other_corpus_into_same_out_reruns_the_first(project):
    build_a = _build_dir(_make(project, "-n", "figures", "CORPUS=a/txt", "OUT=o").stdout)
    _finish(project, build_a, "o")
    assert _reruns(project, "CORPUS=a/txt", "OUT=o") == 0
    build_b = _build_dir(_make(project, "-n", "figures", "CORPUS=b/txt", "OUT=o").stdout)
    _finish(project, build_b, "o")
    # b wrote o since a's notebooks ran: a's figures there are gone, so a reruns
    assert _reruns(project, "CORPUS=a/txt", "OUT=o") == 2


@pytest.mark.parametrize("goal", ["figures", "html", "tables"])
def test_missing_corpus_is_one_line(goal):
    proc = _make(ROOT, goal, "CORPUS=/nonexistent/corpus")
    assert proc.returncode != 0
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "CORPUS /nonexistent/corpus: no such folder" in lines[0]


def test_lab_port_token_and_root(project):
    proc = _make(project, "-n", "lab", "PORT=9123")
    assert proc.returncode == 0, proc.stderr
    assert "--port=9123" in proc.stdout
    assert "http://localhost:9123/lab?token=" in proc.stdout
    assert "--IdentityProvider.token=" in proc.stdout
    assert "--ServerApp.port_retries=0" in proc.stdout
    assert ("--allow-root" in proc.stdout) == (os.geteuid() == 0)


def test_stamp_is_rewritten_only_on_change(tmp_path):
    stamp = _script("stamp")
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("x")
    target = tmp_path / "s" / "corpus.stamp"
    assert stamp.main([str(target), "--corpus", str(corpus)]) == 0
    os.utime(target, (1, 1))
    assert stamp.main([str(target), "--corpus", str(corpus)]) == 0
    assert target.stat().st_mtime == 1
    (corpus / "a.txt").write_text("xy")
    assert stamp.main([str(target), "--corpus", str(corpus)]) == 0
    assert target.stat().st_mtime > 1
    assert "a.txt\t2\t" in target.read_text()
    assert stamp.main([str(target), "--corpus", str(tmp_path / "missing")]) == 1


def test_failing_cell_is_numbered_as_in_the_notebook(tmp_path):
    import nbformat

    run_notebook = _script("run_notebook")
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell("# title"),
        nbformat.v4.new_code_cell("import analysis"),
        nbformat.v4.new_code_cell("x = 1", metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell("raise ValueError('boom')"),
    ])
    path = tmp_path / "nb.ipynb"
    nbformat.write(nb, path)
    # papermill's copy has its injected cell at index 3, so the failing cell is index 4
    assert run_notebook._source_cell(str(path), 4) == 4
    assert run_notebook._source_cell(str(path), 1) == 2


PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


def test_html_embeds_the_figures_each_cell_wrote(tmp_path):
    import nbformat

    notebook_html = _script("notebook_html")
    figures = tmp_path / "figures"
    figures.mkdir()
    for name, t in (("01-a", 1000), ("01-b", 2000)):
        (figures / f"{name}.png").write_bytes(PNG)
        os.utime(figures / f"{name}.png", (t, t))

    def cell(source, start, end, text=None):
        c = nbformat.v4.new_code_cell(source)
        c.metadata["papermill"] = {"start_time": f"1970-01-01T00:{start}+00:00",
                                   "end_time": f"1970-01-01T00:{end}+00:00"}
        if text:
            c.outputs = [nbformat.v4.new_output("execute_result", data={"text/plain": text},
                                                execution_count=1)]
        return c

    def notebook():
        nb = nbformat.v4.new_notebook(cells=[
            cell("from analysis import save_figure", "00:00", "00:01"),
            cell('save_figure(fig, "01-a", d)', "16:00", "17:00",
                 f"[PosixPath('{figures}/01-a.png'),\n PosixPath('{figures}/01-a.svg')]"),
            cell('save_figure(fig, "01-b", d)\ntable', "33:00", "34:00", "a table"),
        ])
        nb.metadata["papermill"] = {"parameters": {"figures_dir": str(figures)}}
        return nb

    nb = notebook()
    assert notebook_html.embed_figures(nb, "nb.ipynb") == 2
    assert not nb.cells[0].outputs
    # the list of paths gives way to the figure; other results stay, the figure follows
    assert [(o.output_type, "image/png" in o.data) for o in nb.cells[1].outputs] == [
        ("display_data", True)]
    assert [(o.output_type, "image/png" in o.data) for o in nb.cells[2].outputs] == [
        ("execute_result", False), ("display_data", True)]
    # a figure rewritten after its cell ran (another run into the same folder) is an error
    os.utime(figures / "01-a.png", (5000, 5000))
    with pytest.raises(ValueError, match="cell 2"):
        notebook_html.embed_figures(notebook(), "nb.ipynb")
