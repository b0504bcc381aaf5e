"""Plots of corpus overviews, term frequencies and TF-IDF tables (used by the notebooks)."""

from __future__ import annotations

import math

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from .._core.deprecation import renamed_parameters
from .style import lang_color, use_style

__all__ = [
    "plot_corpus_overview",
    "plot_term_bars",
    "plot_language_summary",
    "plot_paragraph_languages",
    "short_doc_label",
]


def short_doc_label(doc_id: str, lang: str | None = None, width: int = 12) -> str:
    """A compact label for a document: its id cut to ``width`` plus the language.

    Examples
    --------
    >>> short_doc_label("003_1782b29beae0b501", "ru")
    '003_1782b29b… (ru)'
    """
    label = doc_id if len(doc_id) <= width else doc_id[:width] + "…"
    return f"{label} ({lang})" if lang else label


def plot_corpus_overview(summary: pd.DataFrame):
    """Bar chart of word tokens and distinct terms per document, coloured by language.

    Parameters
    ----------
    summary : DataFrame
        :func:`analysis.corpus_summary` with ``by="doc_id"``.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> import pandas as pd
    >>> s = pd.DataFrame({"doc_id": ["a", "b"], "lang": ["ru", "kk"], "n_tokens": [10, 20],
    ...                   "n_types": [8, 15]})
    >>> fig = plot_corpus_overview(s)
    >>> len(fig.axes)
    2
    """
    use_style()
    s = summary.sort_values(["lang", "doc_id"]).reset_index(drop=True)
    labels = [short_doc_label(d, lg) for d, lg in zip(s["doc_id"], s["lang"], strict=True)]
    colors = [lang_color(lg) for lg in s["lang"]]
    fig, axes = plt.subplots(1, 2, figsize=(7.5, 0.45 * len(s) + 1.4), sharey=True)
    y = np.arange(len(s))
    for ax, col, title in zip(axes, ["n_tokens", "n_types"],
                              ["word tokens", "distinct word terms"], strict=True):
        ax.barh(y, s[col], color=colors)
        ax.set_title(title)
        ax.set_xlabel("count")
        for yi, v in zip(y, s[col], strict=True):
            ax.text(v, yi, f" {v:,}", va="center", fontsize=7)
        ax.margins(x=0.18)
    axes[0].set_yticks(y, labels)
    axes[0].invert_yaxis()
    handles = [plt.Rectangle((0, 0), 1, 1, color=lang_color(lg)) for lg in sorted(set(s["lang"]))]
    fig.tight_layout(rect=(0, 0, 1, 0.9))
    fig.legend(handles, sorted(set(s["lang"])), title=None, loc="upper right",
               ncol=len(handles), frameon=False, bbox_to_anchor=(1.0, 1.0))
    return fig


@renamed_parameters(group="by")
def plot_term_bars(
    table: pd.DataFrame,
    *,
    value: str = "count",
    by: str = "doc_id",
    top_n: int = 15,
    ncols: int = 3,
    xlabel: str | None = None,
    title: str | None = None,
):
    """Grid of horizontal bar charts, one panel per group (the ``by`` column), of the top terms.

    Parameters
    ----------
    table : DataFrame
        Long table with ``by``, ``lang``, ``term``, ``rank`` and ``value``
        columns, e.g. :func:`analysis.term_frequencies` or :func:`analysis.tfidf`.
    value : str, default="count"
        Column plotted as bar length.
    by : str, default="doc_id"
        Column defining panels.
    top_n : int, default=15
        Terms per panel (by ``rank``).
    ncols : int, default=3
        Panels per row.
    xlabel, title : str, optional
        Axis label (default: ``value``) and figure title.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"doc_id": ["a", "a"], "lang": ["kk", "kk"], "term": ["ғасыр", "жыл"],
    ...                   "count": [3, 2], "rank": [1, 2]})
    >>> len(plot_term_bars(t).axes)
    1
    """
    use_style()
    groups = sorted(table[by].unique())
    n = len(groups)
    ncols = max(1, min(ncols, n))
    nrows = max(1, math.ceil(n / ncols))
    fig, axes = plt.subplots(nrows, ncols, figsize=(3.1 * ncols, 0.19 * top_n * nrows + 0.9 * nrows),
                             squeeze=False)
    for ax in axes.flat[n:]:
        ax.set_visible(False)
    for ax, g in zip(axes.flat, groups, strict=False):
        sub = table[table[by] == g].sort_values("rank").head(top_n)
        lang = sub["lang"].iloc[0] if "lang" in sub.columns and len(sub) else None
        y = np.arange(len(sub))
        ax.barh(y, sub[value], color=lang_color(lang) if lang else None)
        ax.set_yticks(y, sub["term"], fontsize=7.5)
        ax.invert_yaxis()
        ax.set_title(short_doc_label(str(g), lang if by != "lang" else None), fontsize=8.5)
        ax.tick_params(axis="x", labelsize=7)
        ax.set_xlabel(xlabel or value, fontsize=7.5)
    if title:
        fig.suptitle(title)
    fig.tight_layout()
    return fig


def plot_language_summary(summary: pd.DataFrame):
    """Per-language panels: word tokens, distinct terms, type-token ratio, hapax share.

    Parameters
    ----------
    summary : DataFrame
        :func:`analysis.corpus_summary` with ``by="lang"``.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> import pandas as pd
    >>> s = pd.DataFrame({"lang": ["en", "ru"], "n_docs": [1, 2], "n_tokens": [10, 30],
    ...                   "n_types": [8, 20], "ttr": [0.8, 0.67], "n_hapax": [6, 12]})
    >>> len(plot_language_summary(s).axes)
    4
    """
    use_style()
    s = summary.sort_values("lang").reset_index(drop=True)
    hapax_share = s["n_hapax"] / s["n_types"].where(s["n_types"] > 0)
    panels = [("n_tokens", s["n_tokens"], "word tokens"),
              ("n_types", s["n_types"], "distinct terms"),
              ("ttr", s["ttr"], "type-token ratio"),
              ("hapax", hapax_share, "share of terms used once")]
    fig, axes = plt.subplots(1, 4, figsize=(9, 2.4))
    x = np.arange(len(s))
    labels = [f"{lg}\n({d} doc{'s' if d != 1 else ''})"
              for lg, d in zip(s["lang"], s["n_docs"], strict=True)]
    for ax, (_, vals, title) in zip(axes, panels, strict=True):
        ax.bar(x, vals, color=[lang_color(lg) for lg in s["lang"]])
        ax.set_xticks(x, labels, fontsize=7.5)
        ax.set_title(title)
        if title in ("type-token ratio", "share of terms used once"):
            ax.set_ylim(0, 1)
    fig.tight_layout()
    return fig


def plot_paragraph_languages(paras: pd.DataFrame, corpus: pd.DataFrame):
    """One horizontal strip per document showing the language of each paragraph.

    Parameters
    ----------
    paras : DataFrame
        :func:`analysis.paragraph_languages` output.
    corpus : DataFrame
        The corpus (for document language and length).

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"doc_id": ["a"], "lang": ["en"], "n_chars": [20]})
    >>> p = pd.DataFrame({"doc_id": ["a"], "start": [0], "end": [20], "lang": ["en"]})
    >>> len(plot_paragraph_languages(p, c).axes)
    1
    """
    use_style()
    c = corpus.sort_values(["lang", "doc_id"]).reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(7.5, 0.4 * len(c) + 1.2))
    for i, (doc_id, n_chars) in enumerate(zip(c["doc_id"], c["n_chars"], strict=True)):
        sub = paras[paras["doc_id"] == doc_id]
        total = max(int(n_chars), 1)
        spans = [(s / total * 100, (e - s) / total * 100) for s, e in zip(sub["start"], sub["end"],
                                                                          strict=True)]
        ax.broken_barh(spans, (i - 0.35, 0.7), facecolors=[lang_color(lg) for lg in sub["lang"]])
    ax.set_yticks(range(len(c)), [short_doc_label(d, lg) for d, lg in zip(c["doc_id"], c["lang"],
                                                                         strict=True)])
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel("position in document (% of characters)")
    langs = sorted(set(paras["lang"]))
    handles = [plt.Rectangle((0, 0), 1, 1, color=lang_color(lg)) for lg in langs]
    ax.legend(handles, langs, title="paragraph language", ncol=len(langs), frameon=False,
              loc="upper center", bbox_to_anchor=(0.5, -0.25))
    fig.tight_layout()
    return fig
