"""Figures for numeric mentions: kinds, densities, year timelines, Benford, magnitudes, neighbours.

Each function takes a table of :mod:`analysis.mentions.summary` and returns a
``matplotlib.figure.Figure`` in the package style (save it with
:func:`analysis.save_figure`). Nothing here computes statistics beyond stacking, except
:func:`plot_benford`, which calls :func:`analysis.mentions.summary.benford_conformity`
for the panel titles.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from .benford import plot_benford
from .style import lang_color, pyplot, require_columns, use_style
from .terms import short_doc_labels

__all__ = [
    "KIND_ORDER",
    "KIND_COLORS",
    "plot_kind_counts",
    "plot_mention_density",
    "plot_year_timeline",
    "plot_benford",
    "plot_magnitudes",
    "plot_neighbour_words",
]

#: Kinds in the order they are stacked and listed in legends: time, amounts, positions, labels.
KIND_ORDER: tuple[str, ...] = (
    "date", "year", "range", "money", "quantity", "count", "fraction", "percent", "ordinal",
    "other",
    "identifier", "reference",
)

#: One colour per kind (Paul Tol's colour-blind-safe "muted" scheme plus greys for the
#: label-like kinds): blue-green hues for time, warm/green for amounts.
KIND_COLORS: dict[str, str] = {
    "date": "#332288",
    "year": "#88CCEE",
    "range": "#44AA99",
    "money": "#117733",
    "quantity": "#999933",
    "count": "#DDCC77",
    "fraction": "#661100",
    "percent": "#CC6677",
    "ordinal": "#AA4499",
    "other": "#882255",
    "identifier": "#BBBBBB",
    "reference": "#777777",
}

_POW_LABELS = {0: "1", 1: "10", 2: "100", 3: "1k", 4: "10k", 5: "100k", 6: "1M", 7: "10M",
               8: "100M", 9: "1B", 10: "10B", 11: "100B", 12: "1T"}


def _kinds_present(kinds: pd.Series) -> list[str]:
    present = set(kinds)
    return [k for k in KIND_ORDER if k in present] + sorted(present - set(KIND_ORDER))


def _kind_color(kind: str) -> str:
    return KIND_COLORS.get(kind, "#000000")


def _doc_order(table: pd.DataFrame) -> pd.DataFrame:
    docs = table[["doc_id", "lang"]].drop_duplicates()
    return docs.sort_values(["lang", "doc_id"], kind="mergesort", ignore_index=True)


def _stacked_barh(ax, labels_y, wide: pd.DataFrame, kinds: list[str], invert: bool) -> None:
    left = np.zeros(len(wide))
    y = np.arange(len(wide))
    for kind in kinds:
        vals = wide[kind].to_numpy(dtype=float)
        ax.barh(y, vals, left=left, color=_kind_color(kind), label=kind, height=0.7,
                edgecolor="white", linewidth=0.4)
        left += vals
    ax.set_yticks(y, labels_y)
    if invert:  # once per shared y axis: a second inversion would undo the first
        ax.invert_yaxis()


def plot_kind_counts(kinds: pd.DataFrame):
    """Mentions per document, stacked by kind: counts (left) and shares (right).

    Parameters
    ----------
    kinds : DataFrame
        :func:`analysis.mentions.summary.kind_counts` with ``by="doc_id"``.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> k = pd.DataFrame({"doc_id": ["a", "a", "b"], "lang": ["en", "en", "kk"],
    ...                   "kind": ["year", "count", "year"], "count": [2, 1, 4],
    ...                   "share": [2 / 3, 1 / 3, 1.0]})
    >>> len(plot_kind_counts(k).axes)
    2
    """
    require_columns(kinds, "kinds", ["doc_id", "lang", "kind", "count", "share"])
    use_style()
    plt = pyplot()
    if kinds.empty:
        fig, ax = plt.subplots(figsize=(6, 1.5))
        ax.text(0.5, 0.5, "no numeric mentions", ha="center", va="center",
                transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    docs = _doc_order(kinds)
    order = _kinds_present(kinds["kind"])
    counts = (kinds.pivot_table(index="doc_id", columns="kind", values="count", aggfunc="sum",
                                fill_value=0).reindex(index=docs["doc_id"], columns=order,
                                                      fill_value=0))
    shares = counts.div(counts.sum(axis=1).where(counts.sum(axis=1) > 0), axis=0).fillna(0)
    labels = short_doc_labels(docs["doc_id"], docs["lang"])
    fig, axes = plt.subplots(1, 2, figsize=(8.6, 0.45 * len(docs) + 1.6), sharey=True,
                             gridspec_kw={"width_ratios": [1.15, 1]})
    _stacked_barh(axes[0], labels, counts, order, invert=True)
    axes[0].set_xlabel("mentions")
    axes[0].set_title("number of mentions")
    for yi, total in enumerate(counts.sum(axis=1)):
        axes[0].text(total, yi, f" {int(total)}", va="center", fontsize=7)
    axes[0].margins(x=0.1)
    _stacked_barh(axes[1], labels, shares, order, invert=False)
    axes[1].set_xlim(0, 1)
    axes[1].set_xlabel("share of the document's mentions")
    axes[1].set_title("composition by kind")
    axes[1].tick_params(axis="y", left=False)
    handles = [plt.Rectangle((0, 0), 1, 1, color=_kind_color(k)) for k in order]
    fig.tight_layout(rect=(0, 0.0, 1, 1))
    fig.legend(handles, order, loc="upper center", ncol=min(len(order), 6), frameon=False,
               bbox_to_anchor=(0.5, 0.0), fontsize=8, handlelength=1.2, columnspacing=1.2)
    return fig


def _robust_cap(values: np.ndarray, k: float = 3.0) -> float:
    """Upper limit of a value axis: ``Q3 + k * IQR`` of ``values``, but never below the
    largest value under it (Tukey's far-out fence; outliers above it are clipped)."""
    v = values[np.isfinite(values)]
    if len(v) < 4:
        return float(v.max()) if len(v) else 1.0
    q1, q3 = np.percentile(v, [25, 75])
    fence = q3 + k * max(q3 - q1, 0.05 * q3)
    inside = v[v <= fence]
    return float(max(inside.max() if len(inside) else fence, 1e-9))


def _stacked_columns(ax, wide: pd.DataFrame, kinds: list[str]) -> np.ndarray:
    x = np.arange(len(wide))
    bottom = np.zeros(len(wide))
    for kind in kinds:
        vals = wide[kind].to_numpy(dtype=float)
        ax.bar(x, vals, bottom=bottom, color=_kind_color(kind), width=0.62, label=kind,
               edgecolor="white", linewidth=0.4)
        bottom += vals
    return bottom


def _document_dots(ax, documents: pd.DataFrame, langs: list[str], cap: float) -> list[str]:
    """Each document's total as a dot on its language's bar (a triangle at ``cap`` when
    clipped); returns the tick labels with the number of documents."""
    require_columns(documents, "documents", ["doc_id", "lang", "per_1k"])
    for xi, lg in enumerate(langs):
        vals = documents.loc[documents["lang"] == lg, "per_1k"].to_numpy(dtype=float)
        offsets = np.linspace(-0.18, 0.18, len(vals)) if len(vals) > 1 else np.zeros(len(vals))
        over = vals > cap
        ax.scatter(xi + offsets[~over], vals[~over], s=22, color="black", zorder=3,
                   label="one document (total)" if xi == 0 else None)
        ax.scatter(xi + offsets[over], np.full(over.sum(), cap), s=34, marker="^",
                   color="black", zorder=3)
        for xo, v in zip(xi + offsets[over], vals[over], strict=True):
            ax.annotate(f"{v:.0f} ↑", (xo, cap), xytext=(4, -3), textcoords="offset points",
                        ha="left", va="top", fontsize=7)
    n_docs = documents.groupby("lang").size()
    return [f"{lg}\n({int(n_docs.get(lg, 0))} doc{'s' if n_docs.get(lg, 0) != 1 else ''})"
            for lg in langs]


def plot_mention_density(kinds: pd.DataFrame, *, documents: pd.DataFrame | None = None):
    """Mentions per 1,000 word tokens per language, stacked by kind.

    The value axis ends at a robust limit, Tukey's far-out fence ``Q3 + 3 * IQR`` of the
    language totals and document totals together (:func:`_robust_cap`), so that one
    outlier document does not squash every bar: a bar or a document above the limit is
    cut at the top edge and labelled with its true value (``412 ↑``).

    Parameters
    ----------
    kinds : DataFrame
        :func:`analysis.mentions.summary.kind_counts` with ``by="lang"`` (``per_1k``).
    documents : DataFrame, optional
        :func:`analysis.mentions.summary.mention_density` with ``by="doc_id"``: each
        document's total is drawn as a black dot on its language's bar.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> k = pd.DataFrame({"lang": ["en", "en", "ru"], "kind": ["year", "count", "year"],
    ...                   "per_1k": [3.0, 1.0, 2.5]})
    >>> len(plot_mention_density(k).axes)
    1
    """
    require_columns(kinds, "kinds", ["lang", "kind", "per_1k"])
    use_style()
    plt = pyplot()
    langs = sorted(kinds["lang"].unique())
    order = _kinds_present(kinds["kind"])
    wide = (kinds.pivot_table(index="lang", columns="kind", values="per_1k", aggfunc="sum",
                              fill_value=0.0).reindex(index=langs, columns=order, fill_value=0.0))
    fig, ax = plt.subplots(figsize=(6.4, 3.6))
    totals = _stacked_columns(ax, wide, order)
    docs = (np.asarray([]) if documents is None
            else documents["per_1k"].to_numpy(dtype=float))
    cap = _robust_cap(np.concatenate([totals, docs]))
    labels = list(langs)
    if documents is not None:
        labels = _document_dots(ax, documents, langs, cap)
    for xi, total in enumerate(totals):
        clipped = total > cap
        ax.annotate(f"{total:.1f}" + (" ↑" if clipped else ""), (xi, min(total, cap)),
                    xytext=(0, 3), textcoords="offset points", ha="center", va="bottom",
                    fontsize=8)
    ax.set_ylim(0, cap * 1.15 if len(langs) else 1)
    ax.set_xticks(np.arange(len(langs)), labels)
    ax.set_ylabel("mentions per 1,000 word tokens")
    ax.set_title("Density of numeric mentions by language")
    handles, names = ax.get_legend_handles_labels()
    ax.legend(handles[::-1], names[::-1], loc="upper left", bbox_to_anchor=(1.01, 1.0),
              frameon=False, fontsize=8)
    fig.tight_layout()
    return fig


def _year_segments(years: np.ndarray, max_segments: int = 3) -> list[tuple[int, int]]:
    """Clusters of the mentioned years split at gaps wider than 100 years and a quarter of
    the span (at most ``max_segments``; the widest gaps are the breaks)."""
    u = np.unique(years.astype(int))
    if len(u) == 0:
        return [(1900, 2000)]
    gaps = np.diff(u)
    wide = np.nonzero(gaps > max(100, 0.25 * (u[-1] - u[0])))[0]
    breaks = sorted(wide[np.argsort(-gaps[wide], kind="stable")][: max_segments - 1])
    starts = [0] + [int(b) + 1 for b in breaks]
    ends = [int(b) for b in breaks] + [len(u) - 1]
    return [(int(u[a]), int(u[e])) for a, e in zip(starts, ends, strict=True)]


def _year_axes(plt, segments: list[tuple[int, int]], n_docs: int):
    """One axes per segment, widths in proportion to the years shown (each at least a
    sixth of the total), with break marks between them."""
    pads = [max(2.0, 0.04 * (hi - lo)) for lo, hi in segments]
    spans = [hi - lo + 2 * p for (lo, hi), p in zip(segments, pads, strict=True)]
    widths = [max(sp, sum(spans) / 6) for sp in spans]
    fig, axes = plt.subplots(1, len(segments), figsize=(8.6, 0.55 * n_docs + 2.1), sharey=True,
                             squeeze=False, gridspec_kw={"width_ratios": widths})
    axes = list(axes[0])
    from matplotlib.ticker import MaxNLocator, StrMethodFormatter

    for i, (ax, (lo, hi), pad, w) in enumerate(zip(axes, segments, pads, widths, strict=True)):
        ax.set_xlim(lo - pad, hi + pad)
        nbins = max(2, round(9 * w / sum(widths)))
        ax.xaxis.set_major_locator(MaxNLocator(nbins=nbins, integer=True, steps=[1, 2, 5, 10]))
        ax.xaxis.set_major_formatter(StrMethodFormatter("{x:.0f}"))
        ax.grid(axis="x", which="major", color="#EEEEEE", lw=0.6)
        ax.set_axisbelow(True)
        ax.spines["left"].set_visible(False)
        ax.tick_params(axis="y", left=False)
        if i:  # break marks: two slashes on the bottom spine between segments
            ax.plot([0, 0], [0, 0], transform=ax.transAxes, marker=[(-1, -2), (1, 2)], ms=7,
                    mew=0.8, color="#444444", clip_on=False, linestyle="none")
    return fig, axes


def _year_row(axes, segments, sub: pd.DataFrame, i: int, color: str, scale: float) -> None:
    for ax, (lo, hi) in zip(axes, segments, strict=True):
        part = sub[(sub["year"] >= lo) & (sub["year"] <= hi)]
        ax.axhline(i, color="#DDDDDD", lw=0.6, zorder=0)
        ax.scatter(part["year"], np.full(len(part), i), s=part["count"] * scale + 6,
                   color=color, alpha=0.75, edgecolor="white", linewidth=0.5, zorder=2)
    if not len(sub):
        return
    lo, hi = int(sub["year"].min()), int(sub["year"].max())
    axes[-1].text(1.01, i, f"{lo}–{hi}" if lo != hi else f"{lo}",
                  transform=axes[-1].get_yaxis_transform(), va="center", fontsize=7.5,
                  color="#444444")
    top = sub.sort_values(["count", "year"], ascending=[False, True]).iloc[0]
    if top["count"] >= 3:
        ax = next(a for a, (s0, s1) in zip(axes, segments, strict=True)
                  if s0 <= top["year"] <= s1)
        ax.annotate(f"{int(top['year'])}: {int(top['count'])}×", (top["year"], i),
                    xytext=(0, 10), textcoords="offset points", ha="center", fontsize=6.5,
                    color="#444444")


def plot_year_timeline(years: pd.DataFrame):
    """Which calendar years each document mentions: one row per document, dot area ∝ count.

    The year axis has integer ticks chosen by :class:`~matplotlib.ticker.MaxNLocator`
    (at most about nine labels). When the mentioned years fall in clusters separated by
    a gap of more than 100 years and a quarter of the whole span (a document naming 1000
    beside a corpus about the 20th century), the axis is **broken** into up to three
    segments, one per cluster, marked with slashes on the axis line; each segment keeps
    a linear scale, so distances inside a cluster stay comparable. The widest gaps
    become the breaks.

    Parameters
    ----------
    years : DataFrame
        :func:`analysis.mentions.summary.year_distribution` with ``by="doc_id"``.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> y = pd.DataFrame({"doc_id": ["a", "a", "b"], "lang": ["en", "en", "ru"],
    ...                   "year": [1943, 1945, 2014], "count": [3, 1, 2]})
    >>> len(plot_year_timeline(y).axes)
    1
    >>> y.loc[2, "year"] = 1000
    >>> len(plot_year_timeline(y).axes)  # 1000 and 1943-1945: a broken axis
    2
    """
    require_columns(years, "years", ["doc_id", "lang", "year", "count"])
    use_style()
    plt = pyplot()
    docs = _doc_order(years)
    segments = _year_segments(years["year"].to_numpy())
    fig, axes = _year_axes(plt, segments, len(docs))
    cmax = max(int(years["count"].max()), 1) if len(years) else 1
    scale = 260.0 / cmax  # area of the largest dot in points^2
    for i, (doc_id, lang) in enumerate(zip(docs["doc_id"], docs["lang"], strict=True)):
        _year_row(axes, segments, years[years["doc_id"] == doc_id], i, lang_color(lang), scale)
    axes[0].set_yticks(range(len(docs)), short_doc_labels(docs["doc_id"], docs["lang"]))
    axes[0].set_ylim(len(docs) - 0.4, -0.7)
    widest = max(range(len(axes)), key=lambda j: segments[j][1] - segments[j][0])
    axes[widest].set_xlabel("mentioned year (years, dates with a year, both ends of year "
                            "ranges)" + ("; axis broken at long gaps" if len(axes) > 1 else ""))
    sizes = sorted({1, max(1, round(cmax / 4)), max(1, round(cmax / 2)), cmax})
    handles = [axes[0].scatter([], [], s=c * scale + 6, color="#999999", alpha=0.75)
               for c in sizes]
    fig.suptitle("Years mentioned in each document (right: earliest–latest)")
    fig.tight_layout(rect=(0, 0.55 / fig.get_figheight(), 1, 1), w_pad=0.4)
    fig.legend(handles, [f"{c}×" for c in sizes], title="mentions of the year",
               loc="lower center", bbox_to_anchor=(0.5, 0.0), ncol=len(sizes), frameon=False,
               fontsize=7.5, title_fontsize=8, handletextpad=0.3, columnspacing=1.5)
    return fig


def plot_magnitudes(table: pd.DataFrame):
    """Orders of magnitude of amounts: one panel per kind, one row of dots per language.

    Each dot sits in the middle of its decade bin; its area is proportional to the
    number of values in the bin, which is also printed next to it.

    Parameters
    ----------
    table : DataFrame
        :func:`analysis.mentions.summary.magnitudes` with ``by="lang"`` (rows and
        colours per language) or ``by=None`` (one row).

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> m = pd.DataFrame({"lang": ["en", "ru"], "kind": ["count", "count"],
    ...                   "log10_low": [0.0, 3.0], "log10_high": [1.0, 4.0], "count": [2, 5]})
    >>> len(plot_magnitudes(m).axes)
    1
    """
    require_columns(table, "table", ["kind", "log10_low", "log10_high", "count"])
    use_style()
    plt = pyplot()
    from matplotlib.ticker import FixedLocator

    kinds = _kinds_present(table["kind"]) if len(table) else []
    by_lang = "lang" in table.columns
    groups = sorted(table["lang"].unique()) if by_lang else [None]
    n = max(len(kinds), 1)
    fig, axes = plt.subplots(n, 1, figsize=(7.6, (0.27 * len(groups) + 0.6) * n + 0.7),
                             sharex=True, squeeze=False)
    axes = axes[:, 0]
    lo = math.floor(table["log10_low"].min()) if len(table) else 0
    hi = math.ceil(table["log10_high"].max()) if len(table) else 1
    cmax = max(int(table["count"].max()), 1) if len(table) else 1
    scale = 200.0 / cmax
    for ax, kind in zip(axes, kinds, strict=False):
        sub_k = table[table["kind"] == kind]
        for gi, g in enumerate(groups):
            sub = sub_k if g is None else sub_k[sub_k["lang"] == g]
            mid = (sub["log10_low"] + sub["log10_high"]).to_numpy(dtype=float) / 2
            sizes = sub["count"].to_numpy(dtype=float) * scale + 10
            ax.scatter(mid, np.full(len(sub), gi), s=sizes,
                       color=lang_color(g) if g else "#555555", alpha=0.8, edgecolor="white",
                       linewidth=0.5, zorder=2)
            for xm, c, size in zip(mid, sub["count"], sizes, strict=True):
                ax.annotate(str(int(c)), (xm, gi), xytext=(math.sqrt(size) / 2 + 2, 0),
                            textcoords="offset points", ha="left", va="center", fontsize=6.5,
                            color="#333333")
        ax.set_yticks(range(len(groups)), [g if g else "all" for g in groups])
        ax.set_ylim(len(groups) - 0.5, -0.5)
        ax.set_title(f"{kind} (n = {int(sub_k['count'].sum())})", loc="left", fontsize=9)
        ax.xaxis.set_major_locator(FixedLocator(list(range(lo, hi + 1))))
        ax.grid(axis="x", color="#E6E6E6", lw=0.6)
        ax.set_axisbelow(True)
        ax.spines["left"].set_visible(False)
        ax.tick_params(axis="y", left=False)
    axes[-1].set_xlim(lo, hi)
    ticks = list(range(lo, hi + 1))
    axes[-1].set_xticks(ticks, [_POW_LABELS.get(t, f"1e{t}") for t in ticks])
    axes[-1].set_xlabel("|value| with scale words applied (5 млн = 5M); dot area and label: "
                        "values in that decade")
    fig.suptitle("Orders of magnitude of amounts", y=1.0)
    fig.tight_layout()
    return fig


def plot_neighbour_words(table: pd.DataFrame, *, top_n: int = 10, ncols: int = 4):
    """Bar charts of the words standing next to numbers, one panel per language/document.

    Parameters
    ----------
    table : DataFrame
        :func:`analysis.mentions.summary.neighbour_words` (``word``, ``count``, ``rank``).
    top_n : int, default=10
        Words per panel.
    ncols : int, default=4
        Panels per row.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> t = pd.DataFrame({"lang": ["kk", "kk"], "word": ["жылы", "адамды"], "count": [5, 2],
    ...                   "rank": [1, 2]})
    >>> len(plot_neighbour_words(t).axes)
    1
    """
    require_columns(table, "table", ["word", "count", "rank"])
    use_style()
    plt = pyplot()
    group = "doc_id" if "doc_id" in table.columns else ("lang" if "lang" in table.columns
                                                        else None)
    groups = sorted(table[group].unique()) if group else [None]
    n = max(len(groups), 1)
    ncols = max(1, min(ncols, n))
    nrows = math.ceil(n / ncols)
    fig, axes = plt.subplots(nrows, ncols, figsize=(2.6 * ncols, 0.2 * top_n * nrows + 1.0 * nrows),
                             squeeze=False)
    for ax in axes.flat[n:]:
        ax.set_visible(False)
    names = (short_doc_labels(groups, [table.loc[table[group] == g, "lang"].iloc[0]
                                       for g in groups])
             if group == "doc_id" else [str(g or "all") for g in groups])
    for ax, g, name in zip(axes.flat, groups, names, strict=False):
        sub = (table if g is None else table[table[group] == g]).sort_values("rank").head(top_n)
        lang = sub["lang"].iloc[0] if "lang" in sub.columns and len(sub) else None
        y = np.arange(len(sub))
        ax.barh(y, sub["count"], color=lang_color(lang) if lang else "#555555")
        ax.set_yticks(y, sub["word"], fontsize=8)
        ax.invert_yaxis()
        ax.set_title(name, fontsize=9)
        ax.set_xlabel("mentions", fontsize=8)
        from matplotlib.ticker import MaxNLocator

        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    fig.suptitle("Content words right next to a number (after it; before it when it ends "
                 "a clause and has no unit)", y=1.0, fontsize=9)
    fig.tight_layout()
    return fig
