"""The import rules import-linter cannot express, checked on the AST of every module.

``lint-imports`` (contracts in ``pyproject.toml``) checks the layer order of the
subpackages, private modules and cycles. This file checks the rest:

- nothing inside the package imports from the package root ``analysis`` (only
  ``analysis/__main__.py`` may): the root is the lazy public API, not a module to build on;
- no subpackage imports another subpackage's private names (``_helper``) or private
  modules (``mentions._tables``); ``_core`` itself is the shared core and may be imported,
  its private names may not;
- ``import analysis`` loads none of the heavy libraries, and every name in
  ``analysis.__all__`` resolves.

Every import statement counts, including imports inside functions and under
``TYPE_CHECKING``. Imports made with ``importlib`` from strings are not seen.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap
import types
from pathlib import Path
from typing import NamedTuple

import pytest

ROOT = "analysis"
PACKAGE_DIR = Path(__file__).resolve().parents[1] / ROOT
#: modules allowed to import from the package root
ROOT_IMPORT_ALLOWED = {f"{ROOT}.__main__"}
#: libraries ``import analysis`` must not load
HEAVY = ("sklearn", "matplotlib", "scipy", "pandas")


class Import(NamedTuple):
    line: int
    module: str  # the absolute module imported (``from X import ...``: X)
    names: tuple[str, ...]  # the names taken from it (empty for ``import X``)


def module_name(path: Path, package_dir: Path = PACKAGE_DIR) -> str:
    """``analysis/corpus/reading.py`` -> ``analysis.corpus.reading`` (``__init__``: the package)."""
    parts = list(path.relative_to(package_dir.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(source: str, module: str, is_package: bool = False) -> list[Import]:
    """Every import in ``source`` (of ``module``), relative ones made absolute."""
    package = module if is_package else module.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [Import(node.lineno, alias.name, ()) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                if node.level - 1 >= len(parts):
                    raise ValueError(f"{module}:{node.lineno}: relative import beyond the root")
                base = ".".join(parts[: len(parts) - (node.level - 1)])
                target = f"{base}.{node.module}" if node.module else base
            else:
                target = node.module or ""
            found.append(Import(node.lineno, target, tuple(a.name for a in node.names)))
    return found


def _is_private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _subpackage(module: str) -> str | None:
    """``analysis.corpus.reading`` -> ``corpus``; ``analysis.cli`` -> ``cli``; root: None."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == ROOT else None


def violations(source: str, module: str, is_package: bool = False) -> list[str]:
    """The rule breaks in one module's source, as ``module:line: message`` strings."""
    out = []
    own = _subpackage(module)
    for imp in imports_of(source, module, is_package):
        where = f"{module}:{imp.line}"
        if imp.module == ROOT and module != ROOT and module not in ROOT_IMPORT_ALLOWED:
            what = f"from {ROOT} import {', '.join(imp.names)}" if imp.names else f"import {ROOT}"
            out.append(f"{where}: imports from the package root ({what})")
            continue
        target = _subpackage(imp.module)
        if target is None or target == own:
            continue
        inner = imp.module.split(".")[2:]
        private_parts = [p for p in inner if _is_private(p)]
        private_parts += [n for n in imp.names if _is_private(n)]
        if private_parts:
            out.append(
                f"{where}: imports private {', '.join(private_parts)} of {ROOT}.{target} "
                f"(from {imp.module})"
            )
    return out


def package_modules(package_dir: Path = PACKAGE_DIR) -> list[tuple[str, Path]]:
    return sorted((module_name(p, package_dir), p) for p in package_dir.rglob("*.py"))


def heavy_modules_after(code: str) -> list[str]:
    """The heavy libraries in ``sys.modules`` after running ``code`` in a fresh interpreter."""
    probe = (
        f"{code}\nimport json, sys\n"
        f"heavy = {HEAVY!r}\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules} & set(heavy))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True,
        cwd=PACKAGE_DIR.parent,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def unresolved(module: types.ModuleType) -> list[str]:
    """The names of ``module.__all__`` that cannot be got from it."""
    missing = []
    for name in module.__all__:
        try:
            getattr(module, name)
        except Exception:  # AttributeError, or the defining module fails to import
            missing.append(name)
    return missing


# --- the package --------------------------------------------------------------------------


def test_the_checker_sees_the_package():
    modules = dict(package_modules())
    assert f"{ROOT}.pipeline.engine" in modules and f"{ROOT}.__main__" in modules
    engine = modules[f"{ROOT}.pipeline.engine"]
    imported = {i.module for i in imports_of(engine.read_text("utf-8"), f"{ROOT}.pipeline.engine")}
    assert any(m.startswith(f"{ROOT}.corpus") for m in imported)


def test_no_import_from_the_root_nor_of_another_subpackages_private_names():
    found = []
    for module, path in package_modules():
        found += violations(path.read_text("utf-8"), module, path.name == "__init__.py")
    assert not found, "\n".join(found)


def test_import_analysis_loads_no_heavy_library():
    assert heavy_modules_after("import analysis") == []


def test_every_public_name_resolves():
    import analysis

    assert analysis.__all__, "analysis.__all__ is empty"
    assert len(set(analysis.__all__)) == len(analysis.__all__), "duplicates in __all__"
    assert unresolved(analysis) == []


# --- the checks can fail ------------------------------------------------------------------

BAD = {
    "import analysis": "package root",
    "from analysis import tokens": "package root",
    "from .. import load_corpus": "package root",
    "def f():\n    from .. import tfidf": "package root",
    "from ..mentions._tables import check_table": "private _tables of analysis.mentions",
    "from ..mentions import _tables": "private _tables of analysis.mentions",
    "from ..mentions.summary import _helper": "private _helper of analysis.mentions",
    "import analysis.mentions._tables": "private _tables of analysis.mentions",
    "from .._core.validation import _check": "private _check of analysis._core",
    "if TYPE_CHECKING:\n    from ..corpus.reading import _decode": "private _decode",
}

GOOD = [
    "from ..corpus.passages import cut_passages",
    "from .._core.validation import check_corpus",
    "from .._core.version import __version__",
    "from . import frequencies",
    "from ._local import helper",  # analysis.terms._local: the subpackage's own
    "from .frequencies import _count",  # its own private name
    "import analysis.corpus.reading",
    "import numpy as np",
]


@pytest.mark.parametrize("snippet", list(BAD))
def test_checker_flags_a_bad_import(snippet):
    found = violations(textwrap.dedent(snippet), f"{ROOT}.terms.weighting")
    assert len(found) == 1 and BAD[snippet] in found[0], found
    assert found[0].startswith(f"{ROOT}.terms.weighting:")


@pytest.mark.parametrize("snippet", GOOD)
def test_checker_passes_a_good_import(snippet):
    assert violations(snippet, f"{ROOT}.terms.weighting") == []


def test_checker_resolves_relative_imports_of_a_package_and_a_top_module():
    # in analysis/terms/__init__.py, ".." is the root; in analysis/cli.py, "." is
    assert violations("from .. import run", f"{ROOT}.terms", is_package=True)
    assert violations("from . import run", f"{ROOT}.cli")
    assert violations("from .mentions import _tables", f"{ROOT}.cli")
    assert violations("from .mentions import summary", f"{ROOT}.cli") == []


def test_root_imports_are_allowed_in_main_and_the_root():
    assert violations("from analysis import cli", f"{ROOT}.__main__") == []
    assert violations("from ._core.version import __version__", ROOT, is_package=True) == []


def test_heavy_probe_sees_a_heavy_import():
    assert heavy_modules_after("import analysis, pandas") == ["pandas"]


def test_unresolved_names_are_reported():
    fake = types.ModuleType("fake")
    fake.present = 1
    fake.__all__ = ["present", "absent"]
    assert unresolved(fake) == ["absent"]
