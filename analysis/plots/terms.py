"""Plots of corpus overviews, term frequencies and TF-IDF tables (used by the notebooks)."""

from __future__ import annotations

import math

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.ticker import MaxNLocator

from .._core.deprecation import renamed_parameters
from .style import figure_title, lang_color, use_style

__all__ = [
    "plot_corpus_overview",
    "plot_term_bars",
    "plot_language_summary",
    "plot_paragraph_languages",
    "short_doc_label",
    "short_doc_labels",
]


def _cut(doc_id: str, width: int) -> str:
    """``doc_id`` shortened from the middle to ``width`` characters (head … tail)."""
    if len(doc_id) <= width:
        return doc_id
    tail = (width - 1) // 3
    return doc_id[: width - 1 - tail] + "…" + doc_id[len(doc_id) - tail:]


def _window(doc_id: str, start: int, width: int) -> str:
    start = max(0, min(start, len(doc_id) - width))
    text = doc_id[start:start + width]
    return ("…" if start else "") + text + ("…" if start + width < len(doc_id) else "")


def short_doc_label(doc_id: str, lang: str | None = None, width: int = 18) -> str:
    """A compact label for one document: its id shortened from the middle, plus the language.

    The start and the end of the id are kept (``en-01-kaz…report``), since ids usually
    differ in a prefix (number, language) or a suffix (version). Use
    :func:`short_doc_labels` for several documents: it keeps the labels unique.

    Examples
    --------
    >>> short_doc_label("003_1782b29beae0b501", "ru")
    '003_1782b29b…0b501 (ru)'
    >>> short_doc_label("short", None)
    'short'
    """
    label = _cut(str(doc_id), width)
    return f"{label} ({lang})" if lang else label


def short_doc_labels(doc_ids, langs=None, width: int = 18) -> list[str]:
    """Compact labels for documents that stay unique after shortening.

    Each id is shortened from the middle (:func:`short_doc_label`). Ids whose short
    forms collide show instead a window of ``width`` characters starting just before
    the first position where they differ (``…20-01-final-…``); labels that still
    collide get their position in ``doc_ids`` appended (``#3``).

    Parameters
    ----------
    doc_ids : sequence of str
        Document ids (assumed distinct).
    langs : sequence of str, optional
        Language of each document, appended as `` (lang)``.
    width : int, default=18
        Characters kept of each id (plus the ellipses).

    Returns
    -------
    list of str

    Examples
    --------
    >>> ids = ["en-01-kazakh-collectivisation-report-final",
    ...        "en-01-kazakh-collectivisation-report-draft"]
    >>> short_doc_labels(ids, ["en", "en"], width=14)
    ['en-01-kaz…inal (en)', 'en-01-kaz…raft (en)']
    >>> short_doc_labels(["report-2020-01-final-x", "report-2020-02-final-x"], width=12)
    ['…20-01-final-…', '…20-02-final-…']
    """
    ids = [str(d) for d in doc_ids]
    labels = [_cut(d, width) for d in ids]
    groups: dict[str, list[int]] = {}
    for i, lab in enumerate(labels):
        groups.setdefault(lab, []).append(i)
    for members in groups.values():
        if len(members) > 1:
            first = min(next((k for k, ch in enumerate(ids[i]) if k >= len(ids[j])
                              or ch != ids[j][k]), len(ids[i]))
                        for i in members for j in members if i != j)
            for i in members:
                labels[i] = _window(ids[i], first - width // 3, width)
    seen = list(labels)
    labels = [f"{lab} #{i + 1}" if seen.count(lab) > 1 else lab for i, lab in enumerate(labels)]
    if langs is None:
        return labels
    return [f"{lab} ({lg})" if lg else lab for lab, lg in zip(labels, langs, strict=True)]


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
    labels = short_doc_labels(s["doc_id"], s["lang"])
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
    first = table.drop_duplicates(by).set_index(by)
    langs = [first["lang"].get(g) if "lang" in first.columns and by != "lang" else None
             for g in groups]
    titles = short_doc_labels(groups, langs) if by == "doc_id" else [str(g) for g in groups]
    for ax, g, name in zip(axes.flat, groups, titles, strict=False):
        sub = table[table[by] == g].sort_values("rank").head(top_n)
        lang = sub["lang"].iloc[0] if "lang" in sub.columns and len(sub) else None
        y = np.arange(len(sub))
        ax.barh(y, sub[value], color=lang_color(lang) if lang else None)
        ax.set_yticks(y, sub["term"], fontsize=7.5)
        ax.invert_yaxis()
        ax.set_title(name, fontsize=8.5)
        ax.tick_params(axis="x", labelsize=7)
        ax.set_xlabel(xlabel or value, fontsize=7.5)
    if title:
        fig.suptitle(title)
    fig.tight_layout()
    return fig


def plot_language_summary(summary: pd.DataFrame):
    """Per-language panels: word tokens, distinct terms, type-token ratio, hapax share.

    Horizontal bars, one row per language labelled with its number of documents, so
    the labels never run into each other however many languages there are. The
    The raw type-token ratio falls as a text grows, so between languages of very
    different sizes it mostly compares sizes: the third panel shows the mean segmental
    type-token ratio (``msttr``: the ratio on segments of 100 tokens, comparable across
    lengths) when the table has it, else the raw ratio with that warning in its title.
    The share of terms used once also falls with length, and says so.

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
    panels = [(s["n_tokens"], "word tokens", "{:,.0f}"),
              (s["n_types"], "distinct terms", "{:,.0f}"),
              ((s["msttr"], "type-token ratio\n(mean over 100-token segments)", "{:.2f}")
               if "msttr" in s.columns else
               (s["ttr"], "type-token ratio\n(falls with text length)", "{:.2f}")),
              (hapax_share, "share of terms used once\n(falls with text length)", "{:.2f}")]
    fig, axes = plt.subplots(1, 4, figsize=(9.5, 0.32 * len(s) + 1.5), sharey=True)
    y = np.arange(len(s))
    labels = [f"{lg} ({d} doc{'s' if d != 1 else ''})"
              for lg, d in zip(s["lang"], s["n_docs"], strict=True)]
    for ax, (vals, title, fmt) in zip(axes, panels, strict=True):
        ax.barh(y, vals, color=[lang_color(lg) for lg in s["lang"]], height=0.7)
        for yi, v in zip(y, vals, strict=True):
            if pd.notna(v):
                ax.text(v, yi, " " + fmt.format(v), va="center", fontsize=7)
        ax.set_title(title, fontsize=9)
        ax.xaxis.set_major_locator(MaxNLocator(4))
        ax.tick_params(axis="x", labelsize=7)
        if "falls" in title or "segments" in title:
            ax.set_xlim(0, 1.25)
        else:
            ax.margins(x=0.3)
    axes[0].set_yticks(y, labels)
    axes[0].invert_yaxis()
    fig.suptitle("Corpus by language")
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
    fig, ax = plt.subplots(figsize=(7.5, 0.4 * len(c) + 1.6))
    for i, (doc_id, n_chars) in enumerate(zip(c["doc_id"], c["n_chars"], strict=True)):
        sub = paras[paras["doc_id"] == doc_id]
        total = max(int(n_chars), 1)
        spans = [(s / total * 100, (e - s) / total * 100) for s, e in zip(sub["start"], sub["end"],
                                                                          strict=True)]
        ax.broken_barh(spans, (i - 0.35, 0.7), facecolors=[lang_color(lg) for lg in sub["lang"]])
    ax.set_yticks(range(len(c)), short_doc_labels(c["doc_id"], c["lang"]))
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel("position in document (% of characters)")
    langs = sorted(set(paras["lang"]))
    handles = [plt.Rectangle((0, 0), 1, 1, color=lang_color(lg)) for lg in langs]
    ax.legend(handles, langs, title="paragraph language", ncol=len(langs), frameon=False,
              loc="lower left", bbox_to_anchor=(0.0, 1.0), borderaxespad=0.3, fontsize=8,
              title_fontsize=8, alignment="left")
    fig.tight_layout()
    figure_title(fig, "Language of each paragraph along each document")
    return fig
