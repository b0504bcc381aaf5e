"""Sphinx configuration of the API reference (``make docs``: warnings are errors).

The API pages are written here, before Sphinx reads any source, into ``docs/api/``
(git-ignored): ``api/index.rst`` lists ``analysis.__all__`` by the module that defines
each name (the package exports them lazily, so the real modules are imported and
documented, e.g. ``analysis.pipeline.tables.term_frequencies``), and autosummary writes
one page per public subpackage and module, whose members autodoc documents once.
"""

from __future__ import annotations

import pkgutil
import re
from collections import defaultdict
from pathlib import Path

from sphinx.ext import autosummary

import analysis

HERE = Path(__file__).resolve().parent

project = "analysis"
author = "analysis contributors"
copyright = "the analysis contributors"
release = version = analysis.__version__

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.autosummary",
    "numpydoc",
    "myst_parser",
]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
templates_path = ["_templates"]
exclude_patterns = ["_build", "_templates"]
html_theme = "alabaster"
html_title = f"analysis {release}"
html_show_sourcelink = False

# autodoc: members as each module's __all__ lists them (or those it defines), signatures
# without type hints (the numpydoc Parameters sections carry the types), no values of
# module constants (some are long tables)
autodoc_default_options = {"members": True, "no-value": True}
autodoc_typehints = "none"
autodoc_member_order = "bysource"
autosummary_generate = True
autosummary_imported_members = False
# True: list every public submodule of a package even when its __all__ re-exports names
autosummary_ignore_module_all = True

# numpydoc: no member tables under each class (autodoc documents the members), no
# automatic cross-references from type names
numpydoc_show_class_members = False
numpydoc_class_members_toctree = False
numpydoc_xref_param_type = False

# docs/numeric-mentions.md starts with a note before its title and links to its own
# sections by their slugs
myst_heading_anchors = 3

# subpackages in layer order (README "Architecture"); a new one is appended, not lost
LAYERS = ["corpus", "text", "mentions", "terms", "topics", "pipeline", "plots", "cli"]


def _subpackages() -> list[str]:
    names = [m.name for m in pkgutil.iter_modules(analysis.__path__)
             if not m.name.startswith("_")]
    return sorted(names, key=lambda n: (LAYERS.index(n) if n in LAYERS else len(LAYERS), n))


def _public_api() -> dict[str, list[str]]:
    """``analysis.__all__`` as real dotted paths, grouped by subpackage."""
    groups: dict[str, list[str]] = defaultdict(list)
    for name in analysis.__all__:
        if name.startswith("__"):
            continue
        obj = getattr(analysis, name)
        groups[obj.__module__.split(".")[1]].append(f"{obj.__module__}.{obj.__qualname__}")
    return groups


def _write_api_index() -> None:
    groups = _public_api()
    lines = [
        "API reference",
        "=============",
        "",
        "``import analysis`` gives the names below (``analysis.load_corpus``, …). They are",
        "imported lazily, on first use, from the modules listed here, where each is",
        f"documented. The package version is ``analysis.__version__`` ({release}).",
        "",
        "Public API",
        "----------",
        "",
    ]
    for sub in sorted(groups, key=lambda n: (LAYERS.index(n) if n in LAYERS else 99, n)):
        title = f":mod:`analysis.{sub}`"
        lines += [title, "~" * len(title), "", ".. autosummary::", "   :nosignatures:", ""]
        lines += [f"   ~{path}" for path in groups[sub]]
        lines.append("")
    lines += [
        "Subpackages",
        "-----------",
        "",
        "Every public module, with all its documented members.",
        "",
        ".. autosummary::",
        "   :toctree: .",
        "   :recursive:",
        "",
    ]
    lines += [f"   analysis.{sub}" for sub in _subpackages()]
    api = HERE / "api"
    api.mkdir(exist_ok=True)
    text = "\n".join(lines) + "\n"
    index = api / "index.rst"
    if not index.exists() or index.read_text("utf-8") != text:
        index.write_text(text, "utf-8")


_write_api_index()



_ABS = re.compile(r"(?<![\\`|])\|(\w+)\|(?![`|])")


def _fix_markup(app, what, name, obj, options, lines):
    """Read two plain-text habits of the docstrings as plain text (runs before numpydoc).

    * A section underline shorter than its title: docutils rejects the title ("Title
      underline too short") and numpydoc does not see a section; it is lengthened.
    * ``|value|`` written for an absolute value outside a literal: reST reads it as an
      undefined substitution; the bars are escaped.
    """
    for i, line in enumerate(lines):
        parts = line.split("``")
        parts[::2] = [_ABS.sub(r"\\|\1\\|", part) for part in parts[::2]]
        lines[i] = "``".join(parts)
    for i in range(1, len(lines)):
        title, rule = lines[i - 1].strip(), lines[i].strip()
        if (title and len(rule) >= 3 and len(set(rule)) == 1 and rule[0] in "-=~^"
                and len(rule) < len(title)):
            indent = lines[i][: len(lines[i]) - len(lines[i].lstrip())]
            lines[i] = indent + rule[0] * len(title)


_extract_summary = autosummary.extract_summary


def _balanced_summary(doc, settings):
    """autosummary's first sentence, not cut inside an inline literal.

    autosummary ends the summary at the first period followed by a space, even one inside
    ``22427,3 тыс. рублей``, and then the table cell holds half a literal. This takes
    the sentence up to the next period outside a literal instead.
    """
    summary = _extract_summary(doc, settings)
    if summary.count("``") % 2 == 0:
        return summary
    stanza = []
    for line in doc:
        if not line.strip():
            if stanza:
                break
            continue
        stanza.append(line.strip())
    text = " ".join(stanza)
    for match in re.finditer(r"\.(?:\s+|$)", text):
        head = text[: match.start() + 1]
        if len(head) >= len(summary) and head.count("``") % 2 == 0:
            return head
    return text


autosummary.extract_summary = _balanced_summary


def _public_reference(app, env, node, contnode):
    """Resolve ``analysis.load_corpus`` (the lazy export) to where it is documented."""
    target = node.get("reftarget", "")
    if node.get("refdomain") != "py" or not target.startswith("analysis."):
        return None
    name = target.removeprefix("analysis.")
    if name not in analysis.__all__ or name.startswith("__"):
        return None
    obj = getattr(analysis, name)
    real = f"{obj.__module__}.{obj.__qualname__}"
    return env.get_domain("py").resolve_xref(env, node["refdoc"], app.builder, node["reftype"],
                                             real, node, contnode)


def setup(app):
    app.connect("autodoc-process-docstring", _fix_markup, priority=100)
    app.connect("missing-reference", _public_reference)
