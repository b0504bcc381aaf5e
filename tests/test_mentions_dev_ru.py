"""The Russian development set (tests/data/mentions_dev_ru): regression floors.

The set was written in the registers of historians and social scientists (yearbooks,
budgets, courts and laws, archives, memoirs, economic history, medicine, sports, weather,
engineering, footnoted papers, OCR'd newspapers) and annotated before the extractor was
run on it; the Russian rules were then tuned on it, so its scores are floors, not
estimates of accuracy on new text (that is the sealed set tests/data/mentions_heldout4).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.mentions import extract_mentions
from analysis.mentions.evaluate import evaluate, load_gold

SUITE = Path(__file__).parent / "data" / "mentions_dev_ru"


@pytest.fixture(scope="module")
def row():
    passages = load_gold(SUITE)
    table = evaluate(extract_mentions, passages, by="lang")
    return table.set_index("lang").loc["ru"]


def test_the_set_is_large_enough(row):
    assert row["n_gold"] >= 300


def test_exact_span_f1(row):
    assert row["exact_f1"] >= 0.99, row.to_dict()


def test_value_and_kind_accuracy(row):
    assert row["value_acc"] >= 0.99, row.to_dict()
    assert row["kind_acc"] >= 0.96, row.to_dict()
