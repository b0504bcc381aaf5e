"""Widgets for the notebooks: controls that redraw a figure, shown only when a person is there.

The notebooks take a parameter ``interactive`` (``None``: auto). :func:`is_interactive`
resolves it; :func:`interactive_view` builds the controls (ipywidgets) and an image of the
figure that is redrawn whenever a control changes. The static figures never go through
this module: they are written by :func:`analysis.save_figure` in every mode.

``ipywidgets`` belongs to the ``notebooks`` extra and is imported on the first call of
:func:`interactive_view`, so ``import analysis`` and the plots work without it.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable, Mapping
from typing import Any

import pandas as pd

from .terms import short_doc_labels

__all__ = ["ENV_VAR", "is_interactive", "interactive_view", "figure_png", "document_options"]

#: Environment variable that overrides the automatic detection ("1"/"0", "true"/"false").
ENV_VAR = "ANALYSIS_INTERACTIVE"

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def is_interactive(interactive: bool | None = None) -> bool:
    """Resolve the notebooks' ``interactive`` parameter: ``None`` means auto.

    Auto is true only when the cell is executed by a front end where a person can answer,
    the way JupyterLab, Jupyter Notebook and VS Code run cells. It is decided in this order:

    1. ``interactive`` if it is ``True`` or ``False`` (papermill: ``-p interactive True``);
    2. the environment variable :data:`ENV_VAR` (``ANALYSIS_INTERACTIVE=0`` or ``=1``), if set
       and not empty;
    3. inside a Jupyter kernel, the ``allow_stdin`` flag of the execute request being run:
       front ends with a person send ``true``; papermill, ``jupyter nbconvert --execute``,
       ``jupyter execute`` and every other runner built on nbclient send ``false``
       (nobody could answer an ``input()``), whether or not parameters were injected;
    4. otherwise (plain Python, a script, terminal IPython without a kernel): ``False``.

    Parameters
    ----------
    interactive : bool, str or None, default=None
        The notebook parameter; text such as ``"False"`` or ``"1"`` (parameters passed as
        strings) is read like the environment variable.

    Returns
    -------
    bool
        Whether to build widgets.

    Examples
    --------
    >>> is_interactive(False)
    False
    >>> is_interactive("true")
    True
    >>> is_interactive()  # no Jupyter kernel here (and ANALYSIS_INTERACTIVE unset)
    False
    """
    if isinstance(interactive, bool):
        return interactive
    if isinstance(interactive, str):  # a parameter passed as text ("False", "0")
        return _flag("interactive", interactive)
    if interactive is not None:
        raise ValueError(f"interactive must be True, False or None; got {interactive!r}.")
    env = os.environ.get(ENV_VAR, "")
    if env.strip():
        return _flag(ENV_VAR, env)
    return _kernel_allows_stdin()


def _flag(name: str, text: str) -> bool:
    value = text.strip().lower()
    if value not in _TRUE | _FALSE:
        raise ValueError(f"{name} must be 1 or 0 (true or false); got {text!r}.")
    return value in _TRUE


def _kernel_allows_stdin() -> bool:
    """``allow_stdin`` of the execute request the IPython kernel is running, else False."""
    ipython = sys.modules.get("IPython")  # never import IPython here: no kernel without it
    shell = ipython.get_ipython() if ipython is not None else None
    kernel = getattr(shell, "kernel", None)
    if kernel is None:
        return False
    try:
        parent = kernel.get_parent()
    except Exception:  # an ipykernel without get_parent(): treat as headless
        return False
    content = parent.get("content", {}) if isinstance(parent, Mapping) else {}
    return bool(content.get("allow_stdin", False))


def figure_png(fig, *, dpi: int = 100) -> bytes:
    """Render ``fig`` to PNG bytes for the screen and close it.

    Independent of the matplotlib backend (``MPLBACKEND=Agg`` as set by ``make lab``
    shows no inline figures), and never used for the static figures, which
    :func:`analysis.save_figure` writes.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        The figure to render.
    dpi : int, default=100
        Resolution of the image.

    Returns
    -------
    bytes
        The PNG file.

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> figure_png(fig)[:8]
    b'\\x89PNG\\r\\n\\x1a\\n'
    """
    import matplotlib.pyplot as plt

    buf = io.BytesIO()
    try:
        fig.savefig(buf, format="png", dpi=dpi, bbox_inches="tight", metadata={"Software": None})
    finally:
        plt.close(fig)
    return buf.getvalue()


def document_options(table: pd.DataFrame) -> list[tuple[str, str]]:
    """Dropdown options for the documents of a table: ``(label, doc_id)`` pairs.

    Sorted by language, then ``doc_id``; labels as in the figures (id cut, language).

    Parameters
    ----------
    table : DataFrame
        Any table with ``doc_id`` and ``lang`` columns, e.g. the corpus.

    Returns
    -------
    list of (str, str)

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["b_doc", "a_doc"], "lang": ["ru", "kk"]})
    >>> document_options(c)
    [('a_doc (kk)', 'a_doc'), ('b_doc (ru)', 'b_doc')]
    """
    if not isinstance(table, pd.DataFrame) or not {"doc_id", "lang"} <= set(table.columns):
        raise ValueError("table must be a DataFrame with columns ['doc_id', 'lang'].")
    docs = table[["doc_id", "lang"]].drop_duplicates().sort_values(["lang", "doc_id"])
    labels = short_doc_labels(docs["doc_id"], docs["lang"])
    return list(zip(labels, docs["doc_id"], strict=True))


def _ipywidgets():
    try:
        import ipywidgets
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise ImportError(
            "interactive views need ipywidgets: pip install 'analysis[notebooks]'"
        ) from err
    return ipywidgets


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _control(widgets, name: str, spec: Any):
    """One control from a widget or an abbreviation (see :func:`interactive_view`)."""
    if isinstance(spec, widgets.ValueWidget):
        control = spec
    elif isinstance(spec, bool):
        control = widgets.Checkbox(value=spec)
    elif isinstance(spec, tuple) and 2 <= len(spec) <= 4 and all(_is_int(v) for v in spec):
        low, high = spec[:2]
        step = spec[2] if len(spec) > 2 else 1
        value = spec[3] if len(spec) > 3 else low
        control = widgets.IntSlider(min=low, max=high, step=step, value=value,
                                    continuous_update=False)
    elif isinstance(spec, Mapping) and spec:
        control = widgets.Dropdown(options=list(spec.items()))
    elif isinstance(spec, list | tuple) and spec:
        control = widgets.Dropdown(options=list(spec))
    else:
        raise ValueError(
            f"control {name!r} must be a widget, a bool, an int tuple (min, max[, step[, value]]) "
            f"or a non-empty list or dict of options; got {spec!r}."
        )
    if not control.description:
        control.description = name.replace("_", " ")
    control.style = {"description_width": "initial"}
    return control


def interactive_view(fig_factory: Callable[..., Any], /, *, dpi: int = 100, **controls: Any):
    """Controls and the figure ``fig_factory(**values)``, redrawn whenever a control changes.

    Built on :func:`ipywidgets.interactive_output`: the factory is called once at
    creation and again after each change (a slider only when it is released); each figure
    is rendered to PNG by :func:`figure_png` and shown as an image under the controls.
    Rendered images are cached per combination of values, so going back is instant.

    Parameters
    ----------
    fig_factory : callable
        Called with one keyword argument per control; returns a matplotlib ``Figure``
        (which is closed after rendering).
    dpi : int, default=100
        Resolution of the images.
    **controls : ipywidgets widget or abbreviation
        One per argument of ``fig_factory``, named like it:

        - a widget (``ipywidgets.Dropdown(...)``, ...), used as is;
        - a list of options, or of ``(label, value)`` pairs, or a dict label -> value:
          a ``Dropdown`` starting on the first option;
        - a tuple of ints ``(min, max[, step[, value]])``: an ``IntSlider``
          (step 1 and value ``min`` unless given);
        - a bool: a ``Checkbox``.

        The description is the name, underscores shown as spaces.

    Returns
    -------
    ipywidgets.VBox
        The controls (a row) above the image; it has the CSS class ``analysis-view``.
        Display it (``display(view)``, or as the cell's last expression).

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import matplotlib.pyplot as plt
    >>> def bars(n, colour):
    ...     fig, ax = plt.subplots()
    ...     ax.bar(range(n), range(n), color=colour)
    ...     return fig
    >>> import contextlib, io
    >>> with contextlib.redirect_stdout(io.StringIO()):  # no kernel: the image prints as text
    ...     view = interactive_view(bars, n=(1, 10, 1, 3), colour=["C0", "C1"])
    >>> [type(c).__name__ for c in view.children[0].children]
    ['IntSlider', 'Dropdown']
    """
    widgets = _ipywidgets()
    from IPython.display import Image, display

    if not callable(fig_factory):
        raise ValueError(f"fig_factory must be callable; got {fig_factory!r}.")
    if not controls:
        raise ValueError("interactive_view needs at least one control.")
    made = {name: _control(widgets, name, spec) for name, spec in controls.items()}
    cache: dict[tuple, bytes] = {}

    def redraw(**values: Any) -> None:
        key = tuple(sorted((k, repr(v)) for k, v in values.items()))
        if key not in cache:
            cache[key] = figure_png(fig_factory(**values), dpi=dpi)
        display(Image(data=cache[key], format="png"))

    output = widgets.interactive_output(redraw, made)
    view = widgets.VBox([widgets.HBox(list(made.values())), output])
    view.add_class("analysis-view")
    return view
