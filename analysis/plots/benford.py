"""First digits of the amounts against Benford's law, one panel per group."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from ..mentions.benford import BENFORD_MIN_N, TOO_FEW
from ..mentions.summary import benford_conformity
from .style import lang_color, pyplot, require_columns, use_style
from .terms import short_doc_labels

__all__ = ["plot_benford"]


def _benford_panel(ax, sub: pd.DataFrame, title: str, color: str) -> None:
    ax.bar(sub["digit"], sub["share"], color=color, alpha=0.85, width=0.72, label="observed")
    ax.plot(sub["digit"], sub["expected_share"], color="black", marker="o", ms=3, lw=1.2,
            label="Benford log10(1+1/d)")
    ax.set_xticks(range(1, 10))
    ax.set_title(title, fontsize=8.5)
    ax.set_xlabel("first digit")


def _benford_panels(table: pd.DataFrame, pooled: pd.DataFrame | None) -> list[tuple]:
    """(name, rows, colour) of each panel: the pooled table first, then each group."""
    keys = list(table.columns[: list(table.columns).index("digit")])
    panels: list[tuple[str, pd.DataFrame, str]] = []
    if pooled is not None:
        require_columns(pooled, "pooled", ["digit", "count", "share", "expected_share"])
        if len(pooled):
            panels.append(("all languages", pooled, "#555555"))
    if not keys:
        return panels + ([("all", table, "#555555")] if len(table) else [])
    groups = [(key[0] if isinstance(key, tuple) else key, sub)
              for key, sub in table.groupby(keys, sort=True)]
    langs = [sub["lang"].iloc[0] if "lang" in sub.columns else None for _, sub in groups]
    names = (short_doc_labels([g for g, _ in groups], langs) if keys[0] == "doc_id"
             else [str(g) for g, _ in groups])
    return panels + [(name, sub, lang_color(lg) if lg else "#555555")
                     for name, (_, sub), lg in zip(names, groups, langs, strict=True)]


def _benford_title(name: str, conf: pd.Series) -> str:
    if conf["conformity"] == TOO_FEW:
        return (f"{name} (n = {conf['n']} < {BENFORD_MIN_N})\ntoo few numbers for a verdict\n"
                f"MAD {conf['mad']:.3f} (descriptive only)")
    return (f"{name} (n = {conf['n']})\nMAD {conf['mad']:.3f}, {conf['conformity']}; "
            f"χ² p = {conf['p_value']:.2g}")


def plot_benford(table: pd.DataFrame, *, pooled: pd.DataFrame | None = None, ncols: int = 3):
    """Observed first-digit shares (bars) against Benford's curve, one panel per group.

    Panel titles give ``n``, the MAD with Nigrini's conformity class and the
    chi-square p-value (:func:`analysis.mentions.summary.benford_conformity`). A panel
    of fewer than :data:`analysis.mentions.benford.BENFORD_MIN_N` (110) values says "too
    few numbers for a verdict" and gives the MAD only, as a description.

    Parameters
    ----------
    table : DataFrame
        :func:`analysis.mentions.summary.benford` with ``by="lang"`` (or ``"doc_id"``).
    pooled : DataFrame, optional
        :func:`analysis.mentions.summary.benford` with ``by=None``, drawn first as
        "all languages".
    ncols : int, default=3
        Panels per row.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> from analysis.mentions.summary import benford_table
    >>> t = benford_table([1, 12, 130, 2, 25, 3, 4, 1.5])
    >>> t.insert(0, "lang", "en")
    >>> len([a for a in plot_benford(t).axes if a.get_visible()])
    1
    """
    require_columns(table, "table", ["digit", "count", "share", "expected_share"])
    use_style()
    plt = pyplot()
    panels = _benford_panels(table, pooled)
    n = max(len(panels), 1)
    ncols = max(1, min(ncols, n))
    nrows = math.ceil(n / ncols)
    fig, axes = plt.subplots(nrows, ncols, figsize=(2.9 * ncols, 2.55 * nrows + 0.5),
                             sharey=True, squeeze=False)
    ymax = 0.0
    for ax, (name, sub, color) in zip(axes.flat, panels, strict=False):
        conf = benford_conformity(sub[["digit", "count", "share", "expected_share"]]).iloc[0]
        _benford_panel(ax, sub, _benford_title(name, conf), color)
        ymax = max(ymax, float(np.nanmax(sub["share"].to_numpy(dtype=float))))
    for ax in axes.flat[len(panels):]:
        ax.set_visible(False)
    for ax in axes[:, 0]:
        ax.set_ylabel("share of values")
    axes.flat[0].set_ylim(0, max(0.35, ymax * 1.08))
    handles, labels = axes.flat[0].get_legend_handles_labels()
    fig.suptitle("First digits of amounts (money, quantity, count, percent ≥ 1) vs Benford's law",
                 y=1.0)
    fig.tight_layout()
    fig.legend(handles, labels, loc="upper center", bbox_to_anchor=(0.5, 0.0), ncol=2,
               frameon=False, fontsize=8)
    return fig
