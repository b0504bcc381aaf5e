"""Shared figure style and byte-reproducible saving of figures."""

from __future__ import annotations

import os
from pathlib import Path

import matplotlib as mpl

from .._core.io import atomic_path

__all__ = ["PALETTE", "STYLE", "use_style", "save_figure", "lang_color", "figure_title",
           "pyplot", "require_columns"]

#: Colour-blind-safe palette (Okabe & Ito 2008), in a fixed order.
PALETTE: list[str] = [
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#CC79A7",
    "#56B4E9",
    "#F0E442",
    "#000000",
]

_LANG_COLORS = {"en": "#0072B2", "id": "#E69F00", "kk": "#009E73", "ru": "#D55E00", "und": "#999999"}

#: rcParams applied by :func:`use_style`. DejaVu Sans ships with matplotlib and covers
#: Cyrillic including the Kazakh letters ә ғ қ ң ө ұ ү һ і.
STYLE: dict = {
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "axes.titlesize": 10,
    "axes.labelsize": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.prop_cycle": mpl.cycler(color=PALETTE),
    "figure.dpi": 100,
    "savefig.dpi": 200,
    "savefig.bbox": "tight",
    "svg.fonttype": "path",
    "svg.hashsalt": "analysis",
    "path.simplify": True,
    "axes.unicode_minus": True,
}


def use_style() -> None:
    """Apply the package's figure style (fonts, palette, reproducible SVG ids).

    Examples
    --------
    >>> use_style()
    >>> import matplotlib as mpl
    >>> mpl.rcParams["svg.hashsalt"]
    'analysis'
    """
    mpl.rcParams.update(STYLE)


def lang_color(lang: str) -> str:
    """Return the fixed colour for a language code (grey for unknown ones).

    Examples
    --------
    >>> lang_color("kk")
    '#009E73'
    """
    return _LANG_COLORS.get(lang, "#999999")


def figure_title(fig, text: str, **kwargs):
    """Put ``text`` as the figure's title just above the top edge of the figure.

    Call it after ``fig.tight_layout()``: the title sits outside the area that the
    layout fills, so it never overlaps a panel title, a legend or a tick label, however
    tall the figure is; :func:`save_figure` saves with ``bbox_inches="tight"``, which
    includes it.

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> figure_title(fig, "Demo").get_text()
    'Demo'
    """
    pad = 0.06 / fig.get_figheight()
    return fig.suptitle(text, y=1.0 + pad, va="bottom", **kwargs)


def save_figure(
    fig,
    name: str,
    out_dir: str | os.PathLike = "figures",
    *,
    formats: tuple[str, ...] = ("png", "svg"),
    source: str | None = None,
    caption: str | None = None,
    close: bool = True,
) -> list[Path]:
    """Save ``fig`` as ``out_dir/name.{png,svg}`` with byte-reproducible output.

    Matplotlib embeds its version, the date and random SVG ids by default; this
    helper removes them (``Software``/``Date``/``Creator`` metadata, a fixed
    ``svg.hashsalt``) and writes each file atomically.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        The figure to save.
    name : str
        File stem, ASCII kebab-case such as ``"01-top-terms-per-document"``.
    out_dir : path-like, default="figures"
        Output directory, created if missing.
    formats : tuple of str, default=("png", "svg")
        File formats to write.
    source : str, optional
        Provenance stored in the PNG ``Source`` metadata (deterministic).
    caption : str, optional
        Caption stored as PNG/SVG ``Description`` metadata; ``make figures`` lists it
        in ``figures/README.md``.
    close : bool, default=True
        Close the figure after saving.

    Returns
    -------
    list of pathlib.Path
        The written files.

    Examples
    --------
    >>> import tempfile, matplotlib
    >>> matplotlib.use("Agg")
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> _ = ax.plot([1, 2], [3, 4])
    >>> paths = save_figure(fig, "demo", tempfile.mkdtemp())
    >>> [p.suffix for p in paths]
    ['.png', '.svg']
    """
    if not name or not all(c.isascii() and (c.isalnum() or c in "-_") for c in name):
        raise ValueError(f"name must be ASCII letters, digits, '-' or '_'; got {name!r}.")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with mpl.rc_context({"svg.hashsalt": "analysis", "svg.fonttype": "path"}):
        for fmt in formats:
            if fmt == "png":
                meta = {"Software": None}
                if source:
                    meta["Source"] = source
                if caption:
                    meta["Description"] = caption
            elif fmt == "svg":
                meta = {"Date": None, "Creator": None}
                if caption:
                    meta["Description"] = caption
            elif fmt == "pdf":
                meta = {"CreationDate": None, "Producer": None, "Creator": None}
            else:
                raise ValueError(f"formats must be among 'png', 'svg', 'pdf'; got {fmt!r}.")
            target = out / f"{name}.{fmt}"
            with atomic_path(target) as tmp:
                fig.savefig(tmp, format=fmt, metadata=meta, dpi=200, bbox_inches="tight")
            written.append(target)
    if close:
        import matplotlib.pyplot as plt

        plt.close(fig)
    return written


def pyplot():
    """``matplotlib.pyplot``, imported on first use (plots import without a backend)."""
    import matplotlib.pyplot as plt

    return plt


def require_columns(df, name: str, columns: list[str]) -> None:
    """Raise ``ValueError`` naming ``name`` unless ``df`` is a DataFrame with ``columns``.

    Examples
    --------
    >>> import pandas as pd
    >>> require_columns(pd.DataFrame({"a": [1]}), "table", ["a", "b"])
    Traceback (most recent call last):
    ...
    ValueError: table must be a DataFrame with columns ['a', 'b']; it lacks ['b'].
    """
    import pandas as pd

    if not isinstance(df, pd.DataFrame):
        raise ValueError(f"{name} must be a DataFrame with columns {columns}; got "
                         f"{type(df).__name__}.")
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ValueError(f"{name} must be a DataFrame with columns {columns}; it lacks "
                         f"{missing}.")
