"""The Kazakh stemmer on its sealed held-out set (tests/data/kk_stems, see its README).

The set was annotated by someone who never saw the stemmer, and the stemmer was written
without seeing the set; it is measured here, never tuned on. First measurement
(2026-12-07): pairwise conflation of forms of one word 0.841 (target 0.85: missed),
words wrongly merged with another word 2.45 % (target < 3 %), exact stems of inflected
forms 0.885; the unstemmed baseline conflates nothing (0.0) and merges nothing.
Second measurement (2026-12-07), after rules were revised on a separate development set
(tests/data/kk_stems_dev) by someone who never saw this set or its errors: conflation
0.927 (target 0.85: met), wrongly merged words 2.88 % (target < 3 %: met), exact stems
0.934. The thresholds below hold the second figures as a floor (and the 3 % target).
"""

from __future__ import annotations

import csv
import itertools
from collections import defaultdict
from pathlib import Path

import pytest

from analysis.text.kazakh_stemmer import stem_kazakh

FORMS = Path(__file__).parent / "data" / "kk_stems" / "forms.tsv"


def score(stem, rows: list[dict]) -> dict[str, float]:
    """Conflation (pairs of forms of one word with one stem), wrongly merged words (words
    sharing a stem with a word whose gold stem differs), exact stems of inflected forms."""
    pred = {r["form"]: stem(r["form"]) for r in rows}
    groups: dict[str, set] = defaultdict(set)
    gold, by_stem = {}, defaultdict(set)
    for r in rows:
        groups[r["lemma_group"]].add(r["form"])
        gold[r["lemma_group"]] = r["stem"]
        by_stem[pred[r["form"]]].add(r["lemma_group"])
    pairs = [p for g in groups.values() for p in itertools.combinations(sorted(g), 2)]
    merged = {g for gs in by_stem.values() for a, b in itertools.combinations(sorted(gs), 2)
              if gold[a] != gold[b] for g in (a, b)}
    inflected = [r for r in rows if r["form"] != r["stem"]]
    return {"conflation": sum(pred[a] == pred[b] for a, b in pairs) / len(pairs),
            "wrong_merges": len(merged) / len(groups),
            "exact_inflected": sum(pred[r["form"]] == r["stem"] for r in inflected)
            / len(inflected)}


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    with open(FORMS, encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_the_set_is_large_enough(rows):
    assert len(rows) >= 400 and len({r["lemma_group"] for r in rows}) >= 120


def test_unstemmed_baseline_conflates_nothing(rows):
    base = score(lambda w: w, rows)
    assert base["conflation"] == 0.0 and base["wrong_merges"] == 0.0


def test_kazakh_stemmer_on_the_held_out_set(rows):
    got = score(stem_kazakh, rows)
    assert got["conflation"] >= 0.92, got
    assert got["wrong_merges"] < 0.03, got
    assert got["exact_inflected"] >= 0.93, got
