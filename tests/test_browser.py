"""The notebooks in JupyterLab, in a real browser: run every cell, no error, widgets redraw.

JupyterLab is started on a free localhost port with a token and the project's kernel
``analysis``; Debian's Chromium (``/usr/bin/chromium``, installed by ``.ci/run``) is driven
through Playwright (only its driver is used; it downloads no browser). For each notebook the
test opens a copy parameterised for a small corpus (a cell after the parameters cell, as
papermill injects it, and ``interactive`` left on auto), runs it with the menu
*Run → Run All Cells*, waits until every code cell has run and the kernel is idle, checks
that no output is an error and that the widget views are there (auto-detection said
"interactive"), then picks another option in the first dropdown of a view and waits for
its image to change.

Select with ``pytest -m browser``; skipped (with the reason as a warning) only on a machine
where Chromium is missing and cannot be installed with apt.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))
CHROMIUM = Path("/usr/bin/chromium")


pytestmark = pytest.mark.browser

#: generous limits for a slow two-core machine (milliseconds for Playwright)
SERVER_START_S = 180
OPEN_MS = 120_000
RUN_ALL_MS = 420_000
REDRAW_MS = 120_000


def _chromium() -> str:
    """Path of Chromium; installed with apt where missing (root), else the test is skipped."""
    if CHROMIUM.exists():
        return str(CHROMIUM)
    apt = shutil.which("apt-get")
    if apt and os.geteuid() == 0:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run([apt, "update"], check=True, env=env, capture_output=True, timeout=900)
        subprocess.run([apt, "install", "-y", "--no-install-recommends", "chromium"],
                       check=True, env=env, capture_output=True, timeout=1800)
        return str(CHROMIUM)
    reason = (f"{CHROMIUM} is missing and cannot be installed here "
              f"({'apt-get needs root' if apt else 'no apt-get'}): "
              "install Debian's chromium package to run the browser tests")
    warnings.warn(reason, stacklevel=1)
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _small_corpus(d: Path) -> Path:
    """The first ~6,000 characters of every seed, cut at a line end (as test_notebooks)."""
    d.mkdir(parents=True)
    for f in sorted((ROOT / "seeds").glob("*.txt")):
        text = f.read_text("utf-8")
        cut = text.find("\n", 6000)
        (d / f.name).write_text(text if cut < 0 else text[:cut], "utf-8")
    return d


def _parameterised_copy(notebook: Path, out_dir: Path, params: dict[str, str]) -> None:
    """Copy ``notebook`` with a cell setting ``params`` after its parameters cell."""
    nb = json.loads(notebook.read_text("utf-8"))
    at = next(i for i, c in enumerate(nb["cells"]) if "parameters" in c["metadata"].get("tags", []))
    source = "# Parameters (browser test)\n" + "".join(f"{k} = {v!r}\n" for k, v in params.items())
    nb["cells"].insert(at + 1, {"cell_type": "code", "execution_count": None,
                                "id": "injected-parameters",
                                "metadata": {"tags": ["injected-parameters"]},
                                "outputs": [], "source": source})
    (out_dir / notebook.name).write_text(json.dumps(nb, indent=1, ensure_ascii=False), "utf-8")


def _kernel_env(tmp: Path, env: dict[str, str]) -> None:
    """The project's kernel ``analysis``, installed as ``make install`` does, for this test.

    Into a private prefix searched first (``JUPYTER_PATH``) and pointing at this
    interpreter, so the notebooks run the code under test whatever the state of the
    kernel spec installed in the environment.
    """
    prefix = tmp / "kernel-prefix"
    subprocess.run([sys.executable, "-m", "ipykernel", "install", "--prefix", str(prefix),
                    "--name", "analysis", "--display-name", "Python (analysis)"],
                   check=True, capture_output=True, timeout=120)
    env["JUPYTER_PATH"] = os.pathsep.join(
        p for p in (str(prefix / "share" / "jupyter"), env.get("JUPYTER_PATH")) if p)


def _quiet_settings(settings: Path) -> None:
    """No news or update checks (there is no network) and no pop-ups over the notebook."""
    notes = settings / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings"
    notes.parent.mkdir(parents=True)
    notes.write_text(json.dumps({"fetchNews": "false", "checkForUpdates": False}), "utf-8")


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A JupyterLab server on localhost serving parameterised copies of the notebooks."""
    executable = _chromium()
    tmp = tmp_path_factory.mktemp("lab")
    root = tmp / "notebooks"
    root.mkdir()
    figures = tmp / "figures"
    corpus = _small_corpus(tmp / "corpus")
    for nb in NOTEBOOKS:
        _parameterised_copy(nb, root, {"corpus_dir": str(corpus), "figures_dir": str(figures)})
    _quiet_settings(tmp / "settings")
    env = {k: v for k, v in os.environ.items() if k != "ANALYSIS_INTERACTIVE"}
    env.update({"PYTHONHASHSEED": "0", "MPLBACKEND": "Agg", "TZ": "UTC",  # as `make lab`
                "JUPYTER_CONFIG_DIR": str(tmp / "config"),
                "JUPYTER_RUNTIME_DIR": str(tmp / "runtime")})
    _kernel_env(tmp, env)
    port, token = _free_port(), os.urandom(16).hex()
    cmd = [sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1",
           f"--port={port}", "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}",
           f"--ServerApp.root_dir={root}", f"--LabApp.user_settings_dir={tmp / 'settings'}",
           f"--LabApp.workspaces_dir={tmp / 'workspaces'}"]
    if os.geteuid() == 0:
        cmd.append("--allow-root")
    log_path = tmp / "jupyterlab.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(cmd, cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_for_server(proc, f"{url}/api/status?token={token}", log_path)
        yield {"url": url, "token": token, "figures": figures, "chromium": executable,
               "log": log_path}
    finally:
        proc.terminate()  # the server shuts its kernels down on SIGTERM
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=30)


def _wait_for_server(proc: subprocess.Popen, status_url: str, log_path: Path) -> None:
    deadline = time.monotonic() + SERVER_START_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"JupyterLab exited ({proc.returncode}):\n{log_path.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(status_url, timeout=5) as resp:
                if resp.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)  # polling the server's status: nothing to wait on before it listens
    pytest.fail(f"JupyterLab did not answer in {SERVER_START_S} s:\n"
                f"{log_path.read_text()[-3000:]}")


@pytest.fixture(scope="module")
def browser(lab):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=lab["chromium"], headless=True)
        try:
            yield chromium
        finally:
            chromium.close()


# JavaScript run in the page ------------------------------------------------------------

#: true when the notebook's kernel is the project's one ("Python (analysis)") and idle
_KERNEL_READY = """() => {
  const panel = document.querySelector('.jp-NotebookPanel');
  const name = panel && panel.querySelector('.jp-KernelName');
  const status = panel && panel.querySelector('.jp-Notebook-ExecutionIndicator');
  return name !== null && /analysis/.test(name.textContent)
         && status !== null && status.getAttribute('data-status') === 'idle';
}"""

#: true when the kernel is idle and either every code cell shows an execution count or an
#: error stopped the run (the cells after it stay unnumbered)
_RUN_FINISHED = """() => {
  const prompts = [...document.querySelectorAll('.jp-NotebookPanel .jp-CodeCell '
                                                + '.jp-InputArea-prompt')];
  const ran = prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
  const failed = [...document.querySelectorAll('.jp-OutputArea-output')].some(o =>
      o.getAttribute('data-mime-type') === 'application/vnd.jupyter.stderr'
      && /Traceback/.test(o.textContent));
  const status = document.querySelector('.jp-NotebookPanel .jp-Notebook-ExecutionIndicator');
  return (ran || failed) && status !== null && status.getAttribute('data-status') === 'idle';
}"""

#: the text of every error output (tracebacks in stderr, error renderings)
_ERRORS = """() => {
  const outputs = [...document.querySelectorAll('.jp-OutputArea-output')];
  return outputs.filter(o =>
      (o.getAttribute('data-mime-type') === 'application/vnd.jupyter.stderr'
       && /Traceback|Error:/.test(o.textContent))
      || /error/i.test(o.className)).map(o => o.textContent.slice(0, 2000));
}"""


def _n_views(notebook: Path) -> int:
    """Widget views the notebook builds when interactive: its cells calling interactive_view."""
    cells = json.loads(notebook.read_text("utf-8"))["cells"]
    return sum("interactive_view(" in "".join(c["source"]) for c in cells
               if c["cell_type"] == "code")


def _save_evidence(page, lab, name: str) -> str:
    shot = lab["log"].parent / f"{name}.png"
    try:
        page.screenshot(path=str(shot), full_page=True)
        shot.with_suffix(".html").write_text(page.content(), "utf-8")
    except Exception:  # the evidence is a courtesy; the assertion says what failed
        return ""
    return f" (screenshot {shot}, server log {lab['log']})"


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[nb.stem for nb in NOTEBOOKS])
def test_notebook_runs_in_jupyterlab_and_widgets_redraw(notebook, lab, browser):
    prefix = notebook.stem.split("-", 1)[0]
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    try:
        # a workspace of its own: only this notebook is open (none restored from another test)
        page.goto(f"{lab['url']}/lab/workspaces/test-{prefix}/tree/{notebook.name}"
                  f"?reset&token={lab['token']}", timeout=OPEN_MS)
        # the notebook is open and its kernel ("Python (analysis)") started and idle
        page.wait_for_selector(".jp-NotebookPanel .jp-Notebook .jp-Cell", timeout=OPEN_MS)
        page.wait_for_function(_KERNEL_READY, timeout=OPEN_MS, polling=250)
        assert page.locator(".jp-NotebookPanel").count() == 1

        # Run -> Run All Cells, as a person would
        page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Run$")).click()
        page.locator(".lm-Menu-itemLabel", has_text=re.compile(r"^Run All Cells$")).click()
        started = time.monotonic()
        page.wait_for_function(_RUN_FINISHED, timeout=RUN_ALL_MS, polling=500)
        ran_s = time.monotonic() - started

        errors = page.evaluate(_ERRORS)
        assert not errors, f"{notebook.name}: error output{_save_evidence(page, lab, prefix)}:\n" \
                           + "\n---\n".join(errors)
        assert sorted(p.name for p in lab["figures"].glob(f"{prefix}-*.png")), \
            f"{notebook.name} wrote no static figure in interactive mode"

        expected = _n_views(notebook)
        views = page.locator(".analysis-view")
        assert views.count() == expected, (
            f"{notebook.name}: {views.count()} widget views, expected {expected} "
            f"(interactive auto-detection){_save_evidence(page, lab, prefix)}")
        if not expected:
            return
        view = views.first
        view.scroll_into_view_if_needed()
        image = view.locator("img").first
        image.wait_for(state="visible", timeout=REDRAW_MS)
        before = image.get_attribute("src")
        assert before and before.startswith("data:image/png"), before and before[:80]

        select = view.locator("select").first
        options = select.locator("option").all_inner_texts()
        assert len(options) >= 2, f"{notebook.name}: first dropdown offers {options}"
        select.select_option(index=1)
        page.wait_for_function(
            """([view, before]) => {
                 const img = view.querySelector('img');
                 return img !== null && img.getAttribute('src') !== before;
               }""",
            arg=[view.element_handle(), before], timeout=REDRAW_MS, polling=250)
        errors = page.evaluate(_ERRORS)
        assert not errors, f"{notebook.name}: error after the redraw:\n" + "\n---\n".join(errors)
        shot = lab["log"].parent / f"{prefix}-view.png"
        view.screenshot(path=str(shot))
        print(f"{notebook.name}: ran all cells in {ran_s:.1f} s; '{options[1]}' redrew the "
              f"view ({shot})")
    except Exception as err:
        err.add_note(f"{notebook.name}: see{_save_evidence(page, lab, prefix)}")
        raise
    finally:
        context.close()
