"""Every plotting function on corpora of several shapes: the drawn figure must hold.

Corpora are built from real sentences of ``seeds/*.txt`` (one language per seed file) and
go through the same ``analysis`` functions as the notebooks; the topic tables are built
directly from the term tables (fitting LDA per shape would take minutes). For every
figure the checks read the *drawn* figure (``fig.canvas.draw()``, then the window extent
of every visible text artist: tick labels, titles, axis labels, annotations, legends):

- no two texts overlap (tick labels within an axis, every other text with each other);
- no text lies outside what :func:`analysis.save_figure` writes (it saves with
  ``bbox_inches="tight"``, so the check is against that box plus ``savefig.pad_inches``);
- no numeric axis carries more than :data:`MAX_TICKS` labels (a categorical axis carries
  one label per category, which the no-overlap check keeps legible);
- tick labels of one axis and panel titles of one figure are unique (document labels
  stay distinguishable after shortening);
- the figure has a title (suptitle or axes titles).
"""

from __future__ import annotations

import functools
import re

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.transforms import Affine2D, Bbox  # noqa: E402
from paths import SEEDS_DIR  # noqa: E402

import analysis  # noqa: E402
from analysis.mentions import summary as ms  # noqa: E402
from analysis.plots import mentions as mp  # noqa: E402
from analysis.plots import terms as tp  # noqa: E402
from analysis.plots import topics as topp  # noqa: E402
from analysis.topics.evaluate import TopicSelection  # noqa: E402

#: Most tick labels a numeric axis may carry.
MAX_TICKS = 25

SEED_LANG = {"000": "id", "001": "kk", "002": "en", "003": "ru"}
LANGS = ("en", "id", "kk", "ru")
LONG_ID = "kazakh-collectivisation-famine-report-volume"


@functools.cache
def sentences() -> dict[str, list[str]]:
    out = {}
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        lang = SEED_LANG.get(path.name[:3])
        if lang:
            text = path.read_text(encoding="utf-8")
            parts = re.split(r"(?<=[.!?])\s+", text)
            out[lang] = [s.strip() for s in parts if 60 < len(s.strip()) < 300]
    return out


def _text(lang: str, i: int, n_paragraphs: int = 3, per: int = 3) -> str:
    ss = sentences()[lang]
    paras = []
    for j in range(n_paragraphs):
        start = (i * 11 + j * per) % (len(ss) - per)
        paras.append(" ".join(ss[start:start + per]))
    return "\n\n".join(paras)


def _docs(spec: list[tuple[str, str, str]]) -> pd.DataFrame:
    return pd.DataFrame(spec, columns=["doc_id", "lang", "text"])


def shape_one_document():
    return _docs([("only", "en", _text("en", 0, 5))])


def shape_sixty_documents():
    return _docs([(f"{i:03d}_{LANGS[i % 4]}", LANGS[i % 4], _text(LANGS[i % 4], i))
                  for i in range(60)])


def shape_one_language():
    return _docs([(f"ru_{i}", "ru", _text("ru", i)) for i in range(5)])


def shape_four_languages():
    return _docs([(f"{lg}-{i}", lg, _text(lg, i)) for lg in LANGS for i in range(4)])


def shape_years_1000_2050():
    early = "The fortress was founded in 1000 and rebuilt in 1943. " + _text("en", 1)
    late = "The plan runs to 2050, after the reform of 1991 and 1998. " + _text("en", 2)
    return _docs([("early", "en", early), ("late", "en", late), ("plain", "ru", _text("ru", 3))])


def shape_outlier_document():
    table = " ".join(f"In {1950 + i} the plant made {120 + 7 * i} tractors and "
                     f"{3 + i} % more steel." for i in range(40))
    docs = [(f"doc{i}", LANGS[i % 4], _text(LANGS[i % 4], i)) for i in range(8)]
    return _docs(docs + [("numbers", "en", table)])


def shape_long_names():
    ids = [f"en-01-{LONG_ID}-final", f"en-02-{LONG_ID}-final", f"en-01-{LONG_ID}-draft",
           f"ru-01-{LONG_ID}-final", f"en-01-{LONG_ID}-final-2"]
    return _docs([(d, d[:2], _text(d[:2], i)) for i, d in enumerate(ids)])


def shape_mixed_language():
    mixed = "\n\n".join([_text("ru", 1, 1), _text("kk", 2, 1), _text("en", 3, 1), _text("id", 4, 1)])
    return _docs([("mixed", "ru", mixed), ("kk", "kk", _text("kk", 5)),
                  ("en", "en", _text("en", 6))])


SHAPES = {name[6:]: fn for name, fn in globals().copy().items() if name.startswith("shape_")}


# --------------------------------------------------------------------------- tables


def _topic_tables(terms: pd.DataFrame, corpus: pd.DataFrame, k: int = 3):
    """Topic tables of the shapes of ``TopicModel``'s, from the per-language term table."""
    rng = np.random.default_rng(0)
    tt = []
    for lang, g in terms.groupby("lang", sort=True):
        g = g.sort_values(["rank", "term"]).drop_duplicates("term").head(10 * k)
        for t in range(k):
            sub = g.iloc[t::k].head(8)
            w = np.sort(rng.dirichlet(np.ones(len(sub))))[::-1]
            tt.append(pd.DataFrame({"lang": lang, "topic": t, "term": sub["term"].to_numpy(),
                                    "weight": w, "rank": np.arange(1, len(sub) + 1)}))
    topic_terms = pd.concat(tt, ignore_index=True)
    labels = (topic_terms[topic_terms["rank"] <= 3].groupby(["lang", "topic"], sort=True)["term"]
              .agg(" / ".join).rename("label").reset_index())
    dt = [(d, lg, t, w) for d, lg in zip(corpus["doc_id"], corpus["lang"], strict=True)
          if lg in set(labels["lang"]) for t, w in enumerate(rng.dirichlet(np.ones(k)))]
    document_topics = pd.DataFrame(dt, columns=["doc_id", "lang", "topic", "weight"])
    ks = range(2, 9)
    scores = pd.DataFrame([(lg, kk, 0.1 - 0.01 * kk, 0.02, 500.0 - kk, 0.5 + 0.01 * kk, kk < 7,
                            0.5, 40) for lg in sorted(set(labels["lang"])) for kk in ks],
                          columns=["lang", "n_topics", "coherence", "coherence_sd", "perplexity",
                                   "stability", "eligible", "score", "n_passages"])
    recommended = pd.DataFrame({"lang": sorted(set(labels["lang"])), "n_topics": k})
    return topic_terms, labels, document_topics, TopicSelection(scores, recommended)


@functools.cache
def tables(shape: str) -> dict:
    corpus = analysis.load_corpus(SHAPES[shape]())
    mentions = analysis.numeric_mentions(corpus)
    lang_terms = analysis.term_frequencies(corpus, by="lang", top_n=40)
    topic_terms, labels, doc_topics, selection = _topic_tables(lang_terms, corpus)
    return {
        "corpus": corpus,
        "summary": analysis.corpus_summary(corpus, by="doc_id"),
        "by_lang": analysis.corpus_summary(corpus, by="lang"),
        "terms": analysis.term_frequencies(corpus, by="doc_id", top_n=15),
        "tfidf": analysis.tfidf(corpus, unit="passage", scope="language", top_n=15),
        "lang_terms": lang_terms,
        "paras": analysis.paragraph_languages(corpus),
        "mentions": mentions,
        "per_doc": ms.mention_stats(mentions, corpus, by="doc_id"),
        "per_lang": ms.mention_stats(mentions, corpus, by="lang"),
        "pooled": ms.benford(mentions, by=None),
        "topic_terms": topic_terms, "labels": labels, "doc_topics": doc_topics,
        "selection": selection,
    }


FIGURES = {
    "corpus_overview": lambda t: tp.plot_corpus_overview(t["summary"]),
    "term_bars": lambda t: tp.plot_term_bars(t["terms"], top_n=15, xlabel="occurrences"),
    "term_bars_tfidf": lambda t: tp.plot_term_bars(t["tfidf"], value="tfidf", top_n=15),
    "term_bars_lang": lambda t: tp.plot_term_bars(t["lang_terms"], value="rel_freq", by="lang",
                                                  top_n=15, ncols=4),
    "language_summary": lambda t: tp.plot_language_summary(t["by_lang"]),
    "paragraph_languages": lambda t: tp.plot_paragraph_languages(t["paras"], t["corpus"]),
    "kind_counts": lambda t: mp.plot_kind_counts(t["per_doc"]["kinds"]),
    "mention_density": lambda t: mp.plot_mention_density(t["per_lang"]["kinds"],
                                                         documents=t["per_doc"]["density"]),
    "year_timeline": lambda t: mp.plot_year_timeline(t["per_doc"]["years"]),
    "benford": lambda t: mp.plot_benford(t["per_lang"]["benford"], pooled=t["pooled"]),
    "benford_docs": lambda t: mp.plot_benford(t["per_doc"]["benford"]),
    "magnitudes": lambda t: mp.plot_magnitudes(t["per_lang"]["magnitudes"]),
    "neighbour_words": lambda t: mp.plot_neighbour_words(t["per_lang"]["neighbours"]),
    "k_selection": lambda t: topp.plot_k_selection(t["selection"]),
    "top_terms": lambda t: topp.plot_top_terms(t["topic_terms"],
                                               sorted(set(t["labels"]["lang"]))[0]),
    "topic_heatmap": lambda t: topp.plot_document_topic_heatmap(t["doc_topics"], t["labels"]),
    "topic_shares": lambda t: topp.plot_topic_shares(t["doc_topics"], t["labels"]),
}


# --------------------------------------------------------------------------- checks


def _visible(text) -> bool:
    return text.get_visible() and bool(text.get_text().strip())


def _tick_labels(axis) -> list:
    return [lab for tick in axis._update_ticks() for lab in (tick.label1, tick.label2)
            if _visible(lab)]


def _is_categorical(axis) -> bool:
    """Ticks set with their labels (``set_yticks(positions, labels)``): one per category."""
    return (type(axis.get_major_locator()).__name__ == "FixedLocator"
            and type(axis.get_major_formatter()).__name__ in ("FixedFormatter", "FuncFormatter"))


def _other_texts(fig) -> list:
    texts = [t for t in (fig._suptitle, fig._supxlabel, fig._supylabel) if t is not None]
    texts += list(fig.texts)
    legends = list(fig.legends)
    for ax in fig.axes:
        if not ax.get_visible():
            continue
        texts += [ax.title, ax._left_title, ax._right_title, ax.xaxis.label, ax.yaxis.label,
                  ax.xaxis.offsetText, ax.yaxis.offsetText, *ax.texts]
        legends += [ax.get_legend()] if ax.get_legend() else []
    for leg in legends:
        texts += [leg.get_title(), *leg.get_texts()]
    return list({id(t): t for t in texts if _visible(t)}.values())


def _overlaps(boxes: list[Bbox], names: list[str], what: str, tol: float = 1.0) -> list[str]:
    out = []
    for i in range(len(boxes)):
        for j in range(i + 1, len(boxes)):
            a, b = boxes[i], boxes[j]
            w = min(a.x1, b.x1) - max(a.x0, b.x0)
            h = min(a.y1, b.y1) - max(a.y0, b.y0)
            if w > tol and h > tol:
                out.append(f"{what}: {names[i]!r} overlaps {names[j]!r}")
    return out


def _axis_problems(ax, renderer, i: int) -> list[str]:
    problems = []
    for name, axis in (("x", ax.xaxis), ("y", ax.yaxis)):
        labels = _tick_labels(axis)
        texts = [lab.get_text() for lab in labels]
        if not _is_categorical(axis) and len(labels) > MAX_TICKS:
            problems.append(f"axes {i} {name}: {len(labels)} tick labels > {MAX_TICKS}")
        if len(set(texts)) != len(texts):
            dup = sorted({t for t in texts if texts.count(t) > 1})[:3]
            problems.append(f"axes {i} {name}: repeated tick labels {dup}")
        boxes = [lab.get_window_extent(renderer) for lab in labels]
        problems += _overlaps(boxes, texts, f"axes {i} {name} ticks")
    return problems


def _saved_box(fig, renderer) -> Bbox:
    """What ``save_figure`` writes (``bbox_inches="tight"``), in display pixels."""
    pad = matplotlib.rcParams["savefig.pad_inches"]
    return fig.get_tightbbox(renderer).padded(pad).transformed(Affine2D().scale(fig.dpi))


def layout_problems(fig) -> list[str]:
    """Every problem of the drawn ``fig`` found by the checks of this module."""
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    axes = [ax for ax in fig.axes if ax.get_visible()]
    problems = []
    for i, ax in enumerate(axes):
        problems += _axis_problems(ax, renderer, i)
    others = _other_texts(fig)
    problems += _overlaps([t.get_window_extent(renderer) for t in others],
                          [t.get_text() for t in others], "texts")
    box = _saved_box(fig, renderer)
    every = others + [lab for ax in axes for a in (ax.xaxis, ax.yaxis) for lab in _tick_labels(a)]
    for t in every:
        e = t.get_window_extent(renderer)
        if e.x0 < box.x0 - 1 or e.x1 > box.x1 + 1 or e.y0 < box.y0 - 1 or e.y1 > box.y1 + 1:
            problems.append(f"cut at the edge: {t.get_text()!r}")
    titles = [ax.get_title(loc) for ax in axes for loc in ("left", "center", "right")]
    titles = [t for t in titles if t]
    if not titles and not (fig._suptitle and fig._suptitle.get_text()):
        problems.append("no title")
    if len(set(titles)) != len(titles):
        problems.append(f"repeated panel titles: {sorted(t for t in titles if titles.count(t) > 1)}")
    return problems


# --------------------------------------------------------------------------- tests


#: Same function as another entry on the shape that makes it slowest (60 panels): skipped.
REDUNDANT = {("sixty_documents", "term_bars_tfidf"), ("sixty_documents", "benford_docs")}


@pytest.mark.parametrize("figure", sorted(FIGURES))
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_figure_holds(shape, figure):
    if (shape, figure) in REDUNDANT:
        pytest.skip("same function as term_bars / benford, drawn on the other shapes")
    fig = FIGURES[figure](tables(shape))
    try:
        problems = layout_problems(fig)
    finally:
        plt.close(fig)
    assert not problems, f"{figure} on {shape}:\n" + "\n".join(problems[:12])


def test_shapes_are_what_they_claim():
    assert len(tables("one_document")["corpus"]) == 1
    assert len(tables("sixty_documents")["corpus"]) == 60
    assert set(tables("one_language")["corpus"]["lang"]) == {"ru"}
    assert tables("four_languages")["by_lang"]["n_docs"].tolist() == [4, 4, 4, 4]
    years = tables("years_1000_2050")["per_doc"]["years"]["year"]
    assert years.min() == 1000 and years.max() == 2050
    density = tables("outlier_document")["per_doc"]["density"].set_index("doc_id")["per_1k"]
    assert density["numbers"] > 5 * density.drop("numbers").max()
    paras = tables("mixed_language")["paras"]
    assert paras.loc[paras["doc_id"] == "mixed", "lang"].nunique() >= 3


def test_short_doc_labels_stay_unique():
    ids = shape_long_names()["doc_id"].tolist()
    labels = tp.short_doc_labels(ids, [d[:2] for d in ids])
    assert len(set(labels)) == len(ids)
    assert all(len(lab) <= 18 + len(" (en)") for lab in labels)
    assert tp.short_doc_labels(["a", "b"]) == ["a", "b"]
    same_ends = ["report-2020-01-final-x", "report-2020-02-final-x"]
    assert len(set(tp.short_doc_labels(same_ends, width=12))) == 2


def test_outlier_is_clipped_and_labelled():
    t = tables("outlier_document")
    fig = FIGURES["mention_density"](t)
    ax = fig.axes[0]
    true = t["per_doc"]["density"].set_index("doc_id").loc["numbers", "per_1k"]
    assert ax.get_ylim()[1] < true
    assert any(f"{true:.0f}" in a.get_text() for a in ax.texts)
    plt.close(fig)


def test_benford_has_no_verdict_for_few_numbers():
    t = tables("one_document")
    fig = FIGURES["benford"](t)
    titles = [ax.get_title() for ax in fig.axes if ax.get_visible()]
    plt.close(fig)
    assert titles and all("too few" in s and "nonconformity" not in s for s in titles)
