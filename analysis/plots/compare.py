"""Figures for comparisons: keyness bars, collocation bars and keyword-in-context excerpts."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from matplotlib.colors import to_rgba
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from .style import PALETTE, figure_title, lang_color, pyplot, require_columns, use_style
from .terms import short_doc_labels

__all__ = ["plot_keyness", "plot_collocations", "kwic_excerpt", "plot_kwic"]

#: Colour of the under-represented side of a keyness chart (the over side takes the
#: language's colour).
UNDER_COLOR = "#595959"
#: Opacity of the bars of terms that are not significant.
LIGHT = 0.3
#: Score columns of :func:`analysis.collocations` and how the axis names them.
COLLOCATION_SCORES = {"npmi": "normalised PMI", "pmi": "PMI (bits)",
                      "llr": "log-likelihood ratio", "t": "t-score"}
_KEYNESS_STATS = ("g2", "chi2")
_MONO = "DejaVu Sans Mono"
#: Advance width of a DejaVu Sans Mono character, in ems (1233 / 2048 font units).
_MONO_EM = 0.602


def _check_top_n(name: str, value) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 1:
        raise ValueError(f"{name} must be a positive int; got {value!r}.")
    return int(value)


def _groups(table: pd.DataFrame, by: str | None) -> list:
    """Values of ``by`` in order of first appearance (the tables come sorted)."""
    if by is None or by not in table.columns:
        return [None]
    return list(dict.fromkeys(table[by].tolist()))


def _panel_names(table: pd.DataFrame, by: str | None, groups: list) -> list[str]:
    if groups == [None]:
        return [""]
    if by == "doc_id":
        first = table.drop_duplicates("doc_id").set_index("doc_id")
        langs = [first["lang"].get(g) if "lang" in first.columns else None for g in groups]
        return short_doc_labels(groups, langs)
    return [str(g) for g in groups]


def _grid(n: int, ncols: int, width: float, height: float):
    ncols = max(1, min(ncols, n))
    nrows = max(1, math.ceil(n / ncols))
    fig, axes = pyplot().subplots(nrows, ncols, figsize=(width * ncols, height * nrows + 0.5),
                                  squeeze=False)
    for ax in axes.flat[n:]:
        ax.set_visible(False)
    return fig, list(axes.flat[:n])


def _empty_figure(title: str, message: str):
    fig, ax = pyplot().subplots(figsize=(5, 1.6))
    ax.axis("off")
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes,
            fontsize=9, color="0.35")
    ax.set_title(title)
    return fig


# ----------------------------------------------------------------------------- keyness


def _keyness_rows(sub: pd.DataFrame, value: str, top_n: int, direction: str) -> pd.DataFrame:
    """The ``top_n`` strongest terms each way (by ``rank``), with the signed bar length."""
    sides = ["over", "under"] if direction == "both" else [direction]
    rows = pd.concat([sub[sub["direction"] == d].sort_values("rank").head(top_n) for d in sides])
    sign = np.where(rows["direction"] == "over", 1.0, -1.0)
    bar = rows[value].to_numpy(float) if value == "log_ratio" else \
        sign * np.abs(rows[value].to_numpy(float))
    rows = rows.assign(_bar=bar)
    return rows.sort_values(["_bar", "term"], ascending=[False, True], kind="mergesort")


def plot_keyness(table: pd.DataFrame, *, top_n: int = 15, value: str = "log_ratio",
                 by: str | None = "lang", direction: str = "both", alpha: float = 0.05,
                 ncols: int = 2, title: str | None = None):
    """Diverging bars of the key terms: over-represented to the right, under to the left.

    Each panel shows the ``top_n`` terms of each direction with the strongest
    difference (smallest ``rank``, i.e. ranked by the table's statistic), sorted by
    bar length. Terms whose ``p_adjusted`` is not below ``alpha`` are drawn light.
    Over-represented terms take the colour of the panel's language, under-represented
    ones are grey.

    Parameters
    ----------
    table : DataFrame
        :func:`analysis.keyness` output (``term``, ``direction``, ``rank``,
        ``p_adjusted`` and ``value`` columns; ``lang`` optional).
    top_n : int, default=15
        Terms per direction and panel.
    value : str, default="log_ratio"
        Bar length: ``"log_ratio"`` (Hardie's log2 ratio of relative frequencies,
        negative when under-represented) or the statistic (``"g2"`` or ``"chi2"``,
        signed by ``direction``).
    by : str or None, default="lang"
        Column whose values get one panel each (``"doc_id"`` for a table of several
        comparisons stacked with a ``doc_id`` column); a missing column or None: one
        panel.
    direction : {"both", "over", "under"}, default="both"
        Sides drawn.
    alpha : float, default=0.05
        Significance level of ``p_adjusted``.
    ncols : int, default=2
        Panels per row.
    title : str, optional
        Figure title (default: a description of the bars).

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import pandas as pd
    >>> t = pd.DataFrame({"lang": "en", "term": ["tanks", "harvest", "city"],
    ...                   "p_adjusted": [0.01, 0.2, 0.4], "log_ratio": [3.2, -2.1, -0.9],
    ...                   "direction": ["over", "under", "under"], "rank": [1, 2, 3]})
    >>> fig = plot_keyness(t, title="war vs peace")
    >>> [lab.get_text() for lab in fig.axes[0].get_yticklabels()]
    ['tanks', 'city', 'harvest']
    >>> fig.get_suptitle()
    'war vs peace'
    """
    top_n = _check_top_n("top_n", top_n)
    if value != "log_ratio" and value not in _KEYNESS_STATS:
        raise ValueError(f"value must be 'log_ratio', 'g2' or 'chi2'; got {value!r}.")
    require_columns(table, "table", ["term", "direction", "rank", "p_adjusted", value])
    if direction not in ("both", "over", "under"):
        raise ValueError(f"direction must be 'both', 'over' or 'under'; got {direction!r}.")
    use_style()
    if value == "log_ratio":
        xlabel = "log\u2082 ratio of relative frequencies"
    else:
        xlabel = {"g2": "G\u00b2", "chi2": "\u03c7\u00b2"}[value] + " (signed)"
    xlabel += {"both": "\n\u2190 under-represented \u00b7 over-represented \u2192",
               "over": "\nover-represented \u2192",
               "under": "\n\u2190 under-represented"}[direction]
    title = title or "Key terms: target against reference"
    if table.empty:
        return _empty_figure(title, "no term reaches min_count on both sides")
    groups = _groups(table, by)
    names = _panel_names(table, by, groups)
    n_rows = top_n * (2 if direction == "both" else 1)
    fig, axes = _grid(len(groups), ncols, 3.9, 0.155 * n_rows + 1.25)
    for ax, g, name in zip(axes, groups, names, strict=True):
        sub = table if g is None else table[table[by] == g]
        _keyness_panel(ax, sub, name, value=value, top_n=top_n, direction=direction,
                       alpha=alpha)
        ax.set_xlabel(xlabel, fontsize=7.5)
    bottom = 0.3 / fig.get_figheight()
    fig.tight_layout(rect=(0, bottom, 1, 1))
    shade = "#7f7f7f"
    handles = [Patch(color=shade), Patch(color=to_rgba(shade, LIGHT))]
    fig.legend(handles, [f"BH-adjusted p < {alpha:g}", "not significant"], loc="lower center",
               ncol=2, frameon=False, fontsize=7.5, bbox_to_anchor=(0.5, 0.0))
    figure_title(fig, title)
    return fig


def _keyness_panel(ax, sub: pd.DataFrame, name: str, *, value: str, top_n: int,
                   direction: str, alpha: float) -> None:
    rows = _keyness_rows(sub, value, top_n, direction)
    lang = sub["lang"].iloc[0] if "lang" in sub.columns and len(sub) else None
    over = lang_color(lang) if isinstance(lang, str) else PALETTE[0]
    significant = (rows["p_adjusted"] < alpha).to_numpy()
    colors = [to_rgba(over if d == "over" else UNDER_COLOR, 1.0 if s else LIGHT)
              for d, s in zip(rows["direction"], significant, strict=True)]
    y = np.arange(len(rows))
    ax.barh(y, rows["_bar"], color=colors, height=0.72)
    ax.set_yticks(y, rows["term"], fontsize=7.5)
    ax.set_ylim(len(rows) - 0.5 if len(rows) else 0.5, -0.5)
    ax.axvline(0, color="0.3", lw=0.6)
    lim = float(np.abs(rows["_bar"]).max()) * 1.08 if len(rows) else 1.0
    lim = lim if lim > 0 else 1.0
    if direction == "both":
        ax.set_xlim(-lim, lim)
    elif direction == "over":
        ax.set_xlim(0, lim)
    else:
        ax.set_xlim(-lim, 0)
    ax.xaxis.set_major_locator(MaxNLocator(5, symmetric=direction == "both"))
    ax.tick_params(axis="x", labelsize=7)
    ok = sub["p_adjusted"] < alpha
    n_over = int((ok & (sub["direction"] == "over")).sum())
    n_under = int((ok & (sub["direction"] == "under")).sum())
    counts = f"{n_over:,} over, {n_under:,} under at p < {alpha:g} (of {len(sub):,} terms)"
    ax.set_title(f"{name}\n{counts}" if name else counts, fontsize=8)


# ----------------------------------------------------------------------------- collocations


def _score_column(table: pd.DataFrame) -> str:
    found = [c for c in COLLOCATION_SCORES if c in table.columns]
    if not found:
        raise ValueError(f"table has no score column; expected one of {list(COLLOCATION_SCORES)}.")
    return found[0]


def plot_collocations(table: pd.DataFrame, *, top_n: int = 15, ncols: int = 2,
                      title: str | None = None):
    """Bars of the strongest word pairs (``"w1 w2"``), one panel per group (language).

    Each panel shows the ``top_n`` pairs of its group by ``rank`` (the table's score),
    with the number of co-occurrences at the end of each bar.

    Parameters
    ----------
    table : DataFrame
        :func:`analysis.collocations` output: the group keys (``lang``; or ``doc_id,
        lang``; or ``<by>, lang``), ``w1``, ``w2``, ``count``, the score column
        (``npmi``, ``pmi``, ``llr`` or ``t``) and ``rank``.
    top_n : int, default=15
        Pairs per panel.
    ncols : int, default=2
        Panels per row.
    title : str, optional
        Figure title (default: names the score).

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import pandas as pd
    >>> t = pd.DataFrame({"lang": ["kk", "kk", "ru"], "w1": ["әскери", "азамат", "тыс"],
    ...                   "w2": ["коммунизм", "соғысы", "рублей"], "count": [7, 3, 44],
    ...                   "w1_count": [9, 4, 44], "w2_count": [7, 4, 44],
    ...                   "npmi": [0.95, 0.91, 1.0], "rank": [1, 2, 1]})
    >>> fig = plot_collocations(t)
    >>> [ax.get_title() for ax in fig.axes]
    ['kk', 'ru']
    >>> [lab.get_text() for lab in fig.axes[0].get_yticklabels()]
    ['әскери коммунизм', 'азамат соғысы']
    """
    require_columns(table, "table", ["lang", "w1", "w2", "count", "rank"])
    score = _score_column(table)
    top_n = _check_top_n("top_n", top_n)
    use_style()
    title = title or f"Strongest word pairs by {COLLOCATION_SCORES[score]}"
    if table.empty:
        return _empty_figure(title, "no word pair reaches min_count")
    keys = list(table.columns[:list(table.columns).index("w1")])
    groups = list(dict.fromkeys(zip(*(table[k] for k in keys), strict=True)))
    if keys == ["lang"]:
        names = [g[0] for g in groups]
    elif keys[0] == "doc_id":
        names = short_doc_labels([g[0] for g in groups], [g[1] for g in groups])
    else:
        names = [f"{g[0]} ({g[1]})" for g in groups]
    per = min(top_n, int(table.groupby(keys, sort=False).size().max()))
    fig, axes = _grid(len(groups), ncols, 3.6, 0.18 * per + 0.9)
    for ax, g, name in zip(axes, groups, names, strict=True):
        mask = np.logical_and.reduce([table[k] == v for k, v in zip(keys, g, strict=True)])
        sub = table[mask].sort_values("rank").head(top_n)
        y = np.arange(len(sub))
        ax.barh(y, sub[score], color=lang_color(g[-1]), height=0.72)
        ax.set_yticks(y, [f"{a} {b}" for a, b in zip(sub["w1"], sub["w2"], strict=True)],
                      fontsize=7.5)
        ax.set_ylim(per - 0.5, -0.5)
        for yi, v, c in zip(y, sub[score], sub["count"], strict=True):
            ax.text(v, yi, f" {c}", va="center", fontsize=6.5, color="0.3")
        high = float(table[score].max())
        low = min(0.0, float(table[score].min()))
        ax.set_xlim(low, high * 1.2 if high > 0 else 1.0)
        ax.xaxis.set_major_locator(MaxNLocator(5))
        ax.tick_params(axis="x", labelsize=7)
        ax.set_xlabel(f"{COLLOCATION_SCORES[score]} (number: co-occurrences)", fontsize=7.5)
        ax.set_title(name, fontsize=8.5)
    fig.tight_layout()
    figure_title(fig, title)
    return fig


# ----------------------------------------------------------------------------- KWIC


def _pick(sub: pd.DataFrame, n: int) -> pd.DataFrame:
    """``n`` matches spread evenly over the document (all of them when fewer)."""
    if len(sub) <= n:
        return sub
    idx = np.unique(np.round(np.linspace(0, len(sub) - 1, n)).astype(int))
    return sub.iloc[idx]


def _clip_left(text: str, width: int) -> str:
    return text if len(text) <= width else "…" + text[len(text) - width + 1:]


def _clip_right(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def _kwic_blocks(table: pd.DataFrame, n: int, width: int) -> list[tuple[str, list[tuple]]]:
    """Per document (in table order): a header and up to ``n`` ``(left, match, right)``."""
    require_columns(table, "table", ["doc_id", "left", "match", "right"])
    n = _check_top_n("n", n)
    width = _check_top_n("width", width)
    docs = list(dict.fromkeys(table["doc_id"].tolist()))
    langs = None
    if "lang" in table.columns:
        first = table.drop_duplicates("doc_id").set_index("doc_id")["lang"]
        langs = [first[d] for d in docs]
    labels = short_doc_labels(docs, langs)
    blocks = []
    for doc, label in zip(docs, labels, strict=True):
        sub = table[table["doc_id"] == doc]
        if "start" in sub.columns:
            sub = sub.sort_values("start", kind="mergesort")
        forms = list(dict.fromkeys(m.lower() for m in sub["match"]))
        shown = " / ".join(forms[:3]) + (" …" if len(forms) > 3 else "")
        header = f"{label}: «{shown}», {len(sub):,} match{'es' if len(sub) != 1 else ''}"
        lines = [(_clip_left(str(a), width), str(m), _clip_right(str(b), width))
                 for a, m, b in zip(*(_pick(sub, n)[c] for c in ("left", "match", "right")),
                                    strict=True)]
        blocks.append((header, lines))
    return blocks


def kwic_excerpt(table: pd.DataFrame, *, n: int = 5, width: int = 40) -> str:
    """A keyword-in-context table as aligned plain text, a few lines per document.

    Each document gets a header (its label, the matched forms, the number of matches)
    and up to ``n`` matches spread evenly over it: the left context right-aligned to
    ``width`` characters, the match in brackets, the right context (contexts cut with
    ``…``).

    Parameters
    ----------
    table : DataFrame
        :func:`analysis.kwic` output (``doc_id``, ``left``, ``match``, ``right``;
        ``lang`` and ``start`` optional).
    n : int, default=5
        Lines per document.
    width : int, default=40
        Characters of context on each side.

    Returns
    -------
    str

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"doc_id": ["a", "a"], "lang": ["en", "en"], "start": [4, 30],
    ...                   "left": ["The", "and the"], "match": ["plant", "Plant"],
    ...                   "right": ["was rebuilt in 1944", "reopened"]})
    >>> print(kwic_excerpt(t, width=12))
    a (en): «plant», 2 matches
             The [plant] was rebuilt…
         and the [Plant] reopened
    """
    blocks = _kwic_blocks(table, n, width)
    if not blocks:
        return "(no matches)"
    out = []
    for header, lines in blocks:
        out.append(header)
        pad = max(len(m) for _, m, _ in lines)
        out += [f"{a:>{width}} [{m}]{' ' * (pad - len(m))} {b}".rstrip() for a, m, b in lines]
    return "\n".join(out)


def plot_kwic(table: pd.DataFrame, *, n: int = 8, width: int = 40, title: str | None = None):
    """A keyword-in-context excerpt as a figure: aligned monospaced lines, the match bold.

    The lines of :func:`kwic_excerpt` drawn as three texts each (the left context
    right-aligned to a fixed column, the match in bold from the next one, the right
    context just after it), one block per document under a header naming the
    document, the matched forms and the number of matches.

    Parameters
    ----------
    table : DataFrame
        :func:`analysis.kwic` output, possibly stacked over several documents.
    n : int, default=8
        Lines per document (matches spread evenly over the document).
    width : int, default=40
        Characters of context on each side.
    title : str, optional
        Figure title.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import pandas as pd
    >>> t = pd.DataFrame({"doc_id": ["a"], "lang": ["ru"], "start": [7],
    ...                   "left": ["Бюджет 5"], "match": ["тыс. рублей"], "right": [". Итого"]})
    >>> fig = plot_kwic(t, title="тыс. рублей")
    >>> [t.get_text() for t in fig.axes[0].texts]
    ['a (ru): «тыс. рублей», 1 match', 'Бюджет 5', 'тыс. рублей', '. Итого']
    """
    blocks = _kwic_blocks(table, n, width)
    use_style()
    title = title or "Keywords in context"
    if not blocks:
        return _empty_figure(title, "no matches")
    size = 7.5
    char = _MONO_EM * size / 72  # inches per character
    line = 1.55 * size / 72  # inches per line
    margin = 0.1
    match_cols = max(len(m) for _, lines in blocks for _, m, _ in lines)
    left_end = margin + (width + 0.5) * char
    match_at = left_end + char
    fig_w = match_at + (match_cols + 1 + width + 0.5) * char + margin
    n_lines = sum(len(lines) + 1 for _, lines in blocks) + 0.6 * (len(blocks) - 1)
    fig_h = (n_lines + 0.6) * line + 2 * margin
    fig = pyplot().figure(figsize=(fig_w, fig_h))
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, fig_w)
    ax.set_ylim(fig_h, 0)
    ax.axis("off")
    y = margin + 0.5 * line
    for i, (header, lines) in enumerate(blocks):
        if i:
            y += 0.6 * line
        ax.text(margin, y, header, ha="left", va="center", fontsize=size + 0.5,
                fontweight="bold", parse_math=False)
        y += line
        for left, match, right in lines:
            ax.text(left_end, y, left, ha="right", va="center", fontsize=size, family=_MONO,
                    parse_math=False)
            ax.text(match_at, y, match, ha="left", va="center", fontsize=size, family=_MONO,
                    fontweight="bold", parse_math=False)
            ax.text(match_at + (len(match) + 1) * char, y, right, ha="left", va="center", fontsize=size, family=_MONO,
                    parse_math=False)
            y += line
    figure_title(fig, title)
    return fig
