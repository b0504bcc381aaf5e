"""Figures for topic models: choice of k, top terms, document-topic weights."""

from __future__ import annotations

import math
import textwrap

import numpy as np
import pandas as pd

from .._core.deprecation import renamed_parameters
from ..topics.evaluate import TopicSelection
from .style import PALETTE, figure_title, lang_color, pyplot, require_columns
from .terms import short_doc_labels

__all__ = [
    "plot_k_selection",
    "plot_top_terms",
    "plot_document_topic_heatmap",
    "plot_topic_shares",
]


def plot_k_selection(selection: TopicSelection):
    """Coherence, stability (and LDA perplexity) against ``k``, one column per language.

    The recommended ``k`` is marked with a vertical line; candidates that are not
    eligible (too few passages per topic) are shaded.

    Parameters
    ----------
    selection : TopicSelection
        Result of :func:`analysis.topics.evaluate.choose_n_topics`.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import pandas as pd
    >>> from analysis.topics.evaluate import choose_n_topics
    >>> rows = [("d", "en", f"d:{p:04d}", t, 3) for p in range(6)
    ...         for t in (["apple", "pear", "plum"] if p % 2 else ["cat", "dog", "cow"])]
    >>> terms = pd.DataFrame(rows, columns=["doc_id", "lang", "passage_id", "term", "count"])
    >>> sel = choose_n_topics(terms, [2, 3], min_df=1, top_n=3, max_iter=5, progress=False)
    >>> len(plot_k_selection(sel).axes)
    3
    """
    if not isinstance(selection, TopicSelection):
        raise ValueError(f"selection must be a TopicSelection; got {type(selection)!r}.")
    scores = selection.scores
    langs = sorted(scores["lang"].unique())
    measures = [("coherence", "NPMI coherence"), ("stability", "stability (cosine)")]
    if scores["perplexity"].notna().any():
        measures.append(("perplexity", "perplexity (in-sample)"))
    plt = pyplot()
    fig, axes = plt.subplots(
        len(measures),
        len(langs),
        figsize=(2.6 * len(langs) + 0.6, 1.9 * len(measures) + 0.4),
        sharex=True,
        squeeze=False,
    )
    best = selection.n_topics
    for j, lang in enumerate(langs):
        g = scores[scores["lang"] == lang].sort_values("n_topics")
        color = lang_color(lang)
        for i, (col, label) in enumerate(measures):
            ax = axes[i, j]
            ax.plot(g["n_topics"], g[col], marker="o", ms=3, color=color, lw=1.2)
            if col == "coherence":
                sd = g["coherence_sd"].to_numpy()
                ax.fill_between(g["n_topics"], g[col] - sd, g[col] + sd, color=color, alpha=0.15, lw=0)
            for k in g.loc[~g["eligible"].astype(bool), "n_topics"]:
                ax.axvspan(k - 0.5, k + 0.5, color="#dddddd", lw=0, zorder=0)
            ax.axvline(best[lang], color="#444444", ls="--", lw=0.8)
            if j == 0:
                ax.set_ylabel(label)
            if i == 0:
                ax.set_title(
                    f"{lang} (n={int(g['n_passages'].iloc[0])} passages, k*={best[lang]})"
                )
            if i == len(measures) - 1:
                ax.set_xlabel("number of topics k")
    fig.suptitle("Choice of k: dashed = recommended, grey = too few passages per topic", y=1.0)
    fig.tight_layout()
    return fig


@renamed_parameters(n_terms="top_n")
def plot_top_terms(topic_terms: pd.DataFrame, lang: str, *, ncols: int = 4,
                   top_n: int | None = None):
    """Bar grid of the top terms of each topic of one language, one panel per topic.

    Parameters
    ----------
    topic_terms : pandas.DataFrame
        ``TopicModel.topic_terms()`` (lang, topic, term, weight, rank).
    lang : str
        Model key to plot.
    ncols : int, default=4
        Panels per row.
    top_n : int, optional
        Terms per panel (default: all rows of the table).

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import pandas as pd
    >>> tt = pd.DataFrame({"lang": "kk", "topic": [0, 0, 1], "term": ["ауыл", "қала", "жер"],
    ...                    "weight": [0.2, 0.1, 0.3], "rank": [1, 2, 1]})
    >>> len(plot_top_terms(tt, "kk").axes)
    2
    """
    require_columns(topic_terms, "topic_terms", ["lang", "topic", "term", "weight", "rank"])
    tt = topic_terms[topic_terms["lang"] == lang]
    if tt.empty:
        raise ValueError(
            f"lang {lang!r} not in topic_terms; have {sorted(set(topic_terms['lang']))}."
        )
    if top_n is not None:
        tt = tt[tt["rank"] <= top_n]
    topics = sorted(tt["topic"].unique())
    ncols = max(1, min(ncols, len(topics)))
    nrows = math.ceil(len(topics) / ncols)
    per = int(tt.groupby("topic").size().max())
    plt = pyplot()
    fig, axes = plt.subplots(
        nrows, ncols, figsize=(2.5 * ncols + 0.4, (0.17 * per + 0.6) * nrows + 0.3), squeeze=False
    )
    color = lang_color(lang)
    for ax, t in zip(axes.ravel(), topics, strict=False):
        g = tt[tt["topic"] == t].sort_values("rank")
        y = np.arange(len(g))[::-1]
        ax.barh(y, g["weight"], color=color, height=0.75)
        ax.set_yticks(y, g["term"], fontsize=7)
        ax.set_title(f"topic {t}", fontsize=8)
        ax.tick_params(axis="x", labelsize=6)
        ax.set_xlim(0, float(tt["weight"].max()) * 1.05)
    for ax in axes.ravel()[len(topics) :]:
        ax.set_visible(False)
    fig.suptitle(f"Top terms per topic ({lang}); bar = share of the topic's weight", y=1.0)
    fig.tight_layout()
    return fig


def _short(label: str, width: int = 34) -> str:
    return textwrap.shorten(label, width=width, placeholder="…")


def plot_document_topic_heatmap(document_topics: pd.DataFrame, labels: pd.DataFrame):
    """Heatmap of topic weights: documents (rows) by topics grouped by language (columns).

    Each language has its own topics, so a document has weights only in its language's
    columns; the other cells stay blank.

    Parameters
    ----------
    document_topics : pandas.DataFrame
        ``TopicModel.document_topics()`` (doc_id, lang, topic, weight).
    labels : pandas.DataFrame
        ``TopicModel.labels()`` (lang, topic, label).

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import pandas as pd
    >>> dt = pd.DataFrame({"doc_id": ["a", "a", "b", "b"], "lang": ["en", "en", "ru", "ru"],
    ...                    "topic": [0, 1, 0, 1], "weight": [0.7, 0.3, 0.4, 0.6]})
    >>> lab = pd.DataFrame({"lang": ["en", "en", "ru", "ru"], "topic": [0, 1, 0, 1],
    ...                     "label": ["x / y", "z / w", "да / нет", "мир / дом"]})
    >>> len(plot_document_topic_heatmap(dt, lab).axes)
    2
    """
    require_columns(document_topics, "document_topics", ["doc_id", "lang", "topic", "weight"])
    require_columns(labels, "labels", ["lang", "topic", "label"])
    model_lang = "lang" if set(document_topics["lang"]) <= set(labels["lang"]) else None
    dt = document_topics.copy()
    if model_lang is None:  # corpus-wide model: topic-level tables use one key
        dt["key"] = labels["lang"].iloc[0]
    else:
        dt["key"] = dt["lang"]
    cols = labels.sort_values(["lang", "topic"]).reset_index(drop=True)
    col_pos = {(r.lang, r.topic): i for i, r in enumerate(cols.itertuples())}
    docs = dt[["doc_id", "lang"]].drop_duplicates().sort_values(["lang", "doc_id"])
    row_pos = {(r.doc_id, r.lang): i for i, r in enumerate(docs.itertuples())}
    M = np.full((len(docs), len(cols)), np.nan)
    for r in dt.itertuples():
        M[row_pos[(r.doc_id, r.lang)], col_pos[(r.key, r.topic)]] = r.weight
    plt = pyplot()
    fig, ax = plt.subplots(figsize=(0.36 * len(cols) + 3.6, 0.42 * max(len(docs), 3) + 3.0))
    im = ax.imshow(np.ma.masked_invalid(M), aspect="auto", cmap="viridis", vmin=0, vmax=1)
    ax.set_xticks(
        range(len(cols)),
        [f"{r.lang} {r.topic}: {_short(r.label)}" for r in cols.itertuples()],
        rotation=90,
        fontsize=7,
    )
    ax.set_yticks(range(len(docs)), short_doc_labels(docs["doc_id"], docs["lang"]))
    for tick, lang in zip(ax.get_xticklabels(), cols["lang"], strict=True):
        tick.set_color(lang_color(lang))
    for i, j in zip(*np.nonzero(np.isfinite(M)), strict=True):
        v = M[i, j]
        ax.text(
            j,
            i,
            f"{v:.2f}",
            ha="center",
            va="center",
            fontsize=6,
            color="white" if v < 0.55 else "black",
        )
    ax.spines[:].set_visible(False)
    fig.colorbar(im, ax=ax, label="share of the document's\nmodelled tokens", shrink=0.9)
    fig.tight_layout()
    figure_title(fig, "Document-topic weights (topics of each language's model)")
    return fig


def plot_topic_shares(document_topics: pd.DataFrame, labels: pd.DataFrame, *, ncols: int = 2):
    """Topic shares of each document: one panel per document, topics sorted by share.

    Parameters
    ----------
    document_topics : pandas.DataFrame
        ``TopicModel.document_topics()``.
    labels : pandas.DataFrame
        ``TopicModel.labels()``.
    ncols : int, default=2
        Panels per row.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import pandas as pd
    >>> dt = pd.DataFrame({"doc_id": ["a", "a"], "lang": ["kk", "kk"],
    ...                    "topic": [0, 1], "weight": [0.7, 0.3]})
    >>> lab = pd.DataFrame({"lang": ["kk", "kk"], "topic": [0, 1], "label": ["ә / ғ", "қ / ң"]})
    >>> len(plot_topic_shares(dt, lab).axes)
    1
    """
    require_columns(document_topics, "document_topics", ["doc_id", "lang", "topic", "weight"])
    require_columns(labels, "labels", ["lang", "topic", "label"])
    one_key = not set(document_topics["lang"]) <= set(labels["lang"])
    lab = {(r.lang, r.topic): r.label for r in labels.itertuples()}
    key0 = labels["lang"].iloc[0] if len(labels) else ""
    docs = document_topics[["doc_id", "lang"]].drop_duplicates().sort_values(["lang", "doc_id"])
    ncols = max(1, min(ncols, len(docs)))
    nrows = math.ceil(len(docs) / ncols)
    kmax = int(document_topics.groupby(["doc_id", "lang"]).size().max())
    plt = pyplot()
    fig, axes = plt.subplots(
        nrows, ncols, figsize=(5.2 * ncols, (0.2 * kmax + 0.8) * nrows + 0.3), squeeze=False
    )
    titles = short_doc_labels(docs["doc_id"], docs["lang"], width=40)
    for ax, d, title in zip(axes.ravel(), docs.itertuples(), titles, strict=False):
        g = document_topics[
            (document_topics["doc_id"] == d.doc_id) & (document_topics["lang"] == d.lang)
        ]
        g = g.sort_values(["weight", "topic"], ascending=[False, True], kind="stable")
        y = np.arange(len(g))[::-1]
        key = key0 if one_key else d.lang
        names = [f"{t}: {_short(lab.get((key, t), ''), 40)}" for t in g["topic"]]
        colors = [PALETTE[t % len(PALETTE)] for t in g["topic"]]
        ax.barh(y, g["weight"], color=colors, height=0.75)
        ax.set_yticks(y, names, fontsize=7)
        ax.set_xlim(0, 1)
        ax.set_title(title, fontsize=9, color=lang_color(d.lang))
        ax.tick_params(axis="x", labelsize=7)
    for ax in axes.ravel()[len(docs) :]:
        ax.set_visible(False)
    fig.suptitle("Topic shares per document (share of modelled tokens)", y=1.0)
    fig.tight_layout()
    return fig
