"""The comparison figures (keyness, collocations, KWIC) on the seeds' tables and on tiny ones.

Each figure is drawn (``fig.canvas.draw()``, at the 200 dpi of the saved PNG) and read back: it has a title, no two tick
labels of one axis overlap, and no two other texts (panel titles, axis labels, bar
annotations, legend entries, KWIC lines) overlap.
"""

from __future__ import annotations

import functools

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from paths import SEEDS_DIR  # noqa: E402

import analysis  # noqa: E402
from analysis.plots import compare as cp  # noqa: E402


@functools.cache
def seed_tables() -> dict[str, pd.DataFrame]:
    corpus = analysis.load_corpus(SEEDS_DIR)
    ru = corpus.loc[corpus["lang"] == "ru", "doc_id"].tolist()
    docs = pd.concat([analysis.keyness(corpus, target=d).assign(doc_id=d) for d in ru],
                     ignore_index=True)
    langs = pd.concat([analysis.keyness(corpus, target=lg, by="lang", scope="corpus")
                       .assign(lang=lg) for lg in sorted(set(corpus["lang"]))], ignore_index=True)
    top = docs[docs["direction"] == "over"].sort_values("rank").drop_duplicates("doc_id")
    kwic = pd.concat([analysis.kwic(corpus[corpus["doc_id"] == d], term, lemmatize=True)
                      for d, term in zip(top["doc_id"], top["term"], strict=True)],
                     ignore_index=True)
    return {"docs": docs, "langs": langs, "colloc": analysis.collocations(corpus),
            "kwic": kwic}


TINY_KEYNESS = pd.DataFrame({
    "lang": "kk", "term": ["ауыл", "қала", "жер", "су"], "target_count": [5, 0, 1, 2],
    "reference_count": [0, 4, 2, 2], "p_adjusted": [0.01, 0.03, 0.6, 0.9],
    "g2": [8.1, 6.0, 0.3, 0.01], "log_ratio": [4.2, -3.1, -0.8, 0.1],
    "direction": ["over", "under", "under", "over"], "rank": [1, 2, 3, 4]})
TINY_COLLOC = pd.DataFrame({"lang": ["en"], "w1": ["tractor"], "w2": ["plant"], "count": [3],
                            "w1_count": [3], "w2_count": [3], "npmi": [1.0], "rank": [1]})
TINY_KWIC = pd.DataFrame({"doc_id": ["a"], "lang": ["en"], "start": [4], "end": [9],
                          "left": ["The"], "match": ["plant"], "right": ["was rebuilt"]})

FIGURES = {
    "keyness_documents": lambda: cp.plot_keyness(seed_tables()["docs"], by="doc_id",
                                                 title="ru documents"),
    "keyness_languages": lambda: cp.plot_keyness(seed_tables()["langs"], direction="over",
                                                 title="languages"),
    "keyness_g2": lambda: cp.plot_keyness(seed_tables()["docs"], by="doc_id", value="g2"),
    "keyness_tiny": lambda: cp.plot_keyness(TINY_KEYNESS, top_n=3),
    "keyness_empty": lambda: cp.plot_keyness(TINY_KEYNESS.iloc[:0]),
    "collocations": lambda: cp.plot_collocations(seed_tables()["colloc"]),
    "collocations_one_language": lambda: cp.plot_collocations(
        seed_tables()["colloc"].query("lang == 'kk'"), title="kk"),
    "collocations_tiny": lambda: cp.plot_collocations(TINY_COLLOC),
    "kwic": lambda: cp.plot_kwic(seed_tables()["kwic"], n=8),
    "kwic_tiny": lambda: cp.plot_kwic(TINY_KWIC, width=10, title="plant"),
}


def _visible(text) -> bool:
    return text.get_visible() and bool(text.get_text().strip())


def _overlapping(texts, renderer, tol: float = 1.0) -> list[str]:
    boxes = [t.get_window_extent(renderer) for t in texts]
    out = []
    for i in range(len(boxes)):
        for j in range(i + 1, len(boxes)):
            a, b = boxes[i], boxes[j]
            if (min(a.x1, b.x1) - max(a.x0, b.x0) > tol
                    and min(a.y1, b.y1) - max(a.y0, b.y0) > tol):
                out.append(f"{texts[i].get_text()!r} overlaps {texts[j].get_text()!r}")
    return out


def problems(fig) -> list[str]:
    # at the dpi of the saved PNG: text extents measured at the screen's 100 dpi come out
    # narrower (hinting), and hide overlaps the 200-dpi file shows
    fig.set_dpi(200)
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    axes = [ax for ax in fig.axes if ax.get_visible()]
    found = []
    titles = [ax.get_title() for ax in axes] + [fig.get_suptitle()]
    if not any(t.strip() for t in titles):
        found.append("no title")
    others = [t for t in fig.texts if _visible(t)]  # the suptitle is one of them
    for leg in fig.legends:
        others += [t for t in leg.get_texts() if _visible(t)]
    for ax in axes:
        for axis in (ax.xaxis, ax.yaxis):
            ticks = [t for t in axis.get_ticklabels() if _visible(t)]
            found += _overlapping(ticks, renderer)
        others += [t for t in (ax.title, ax.xaxis.label, ax.yaxis.label, *ax.texts)
                   if _visible(t)]
    found += _overlapping(list({id(t): t for t in others}.values()), renderer)
    return found


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_figure_has_title_and_no_overlaps(name):
    fig = FIGURES[name]()
    try:
        assert problems(fig) == []
    finally:
        plt.close(fig)


def test_keyness_sides_and_light_bars():
    fig = cp.plot_keyness(TINY_KEYNESS)
    ax = fig.axes[0]
    widths = {lab.get_text(): bar.get_width()
              for lab, bar in zip(ax.get_yticklabels(), ax.patches, strict=True)}
    assert widths["ауыл"] > 0 > widths["қала"]
    alphas = {lab.get_text(): bar.get_facecolor()[3]
              for lab, bar in zip(ax.get_yticklabels(), ax.patches, strict=True)}
    assert alphas["ауыл"] == 1.0 and alphas["жер"] < 1.0
    plt.close(fig)


def test_keyness_one_panel_per_document():
    fig = cp.plot_keyness(seed_tables()["docs"], by="doc_id", top_n=5)
    visible = [ax for ax in fig.axes if ax.get_visible()]
    assert len(visible) == 2
    assert all(len(ax.get_yticklabels()) == 10 for ax in visible)
    plt.close(fig)


def test_kwic_excerpt_aligns_the_matches():
    text = cp.kwic_excerpt(seed_tables()["kwic"], n=4, width=30)
    lines = [ln for ln in text.splitlines() if not ln.endswith(("match", "matches"))]
    assert len(lines) == 4 * 2
    assert {ln[30:32] for ln in lines} == {" ["}
    assert cp.kwic_excerpt(TINY_KWIC.iloc[:0]) == "(no matches)"


def test_bad_arguments_are_refused_by_name():
    with pytest.raises(ValueError, match="top_n"):
        cp.plot_keyness(TINY_KEYNESS, top_n=0)
    with pytest.raises(ValueError, match="value"):
        cp.plot_keyness(TINY_KEYNESS, value="count")
    with pytest.raises(ValueError, match="score"):
        cp.plot_collocations(TINY_COLLOC.drop(columns="npmi"))
    with pytest.raises(ValueError, match="columns"):
        cp.plot_kwic(TINY_KWIC.drop(columns="match"))
