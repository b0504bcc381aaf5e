"""Score ``analysis.mentions.extract_mentions`` on the annotated gold set.

The gold set (``tests/data/mentions_gold``) follows
``docs/numeric-mentions.md``; see ``build_gold.py`` there.  The test is
skipped only while the module ``analysis.mentions`` does not exist; once it exists, it
must import and reach the thresholds below for every language.
"""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path

import pandas as pd
import pytest

from analysis.mentions.evaluate import errors, evaluate, load_gold

GOLD_DIR = Path(__file__).parent / "data" / "mentions_gold"
LANGS = ("en", "id", "kk", "ru")

# Per-language minimums (exact-span F1, value accuracy, kind accuracy).
# the quality targets (exact-span F1, value and kind accuracy per language)
THRESHOLDS = {lang: {"exact_f1": 0.95, "value_acc": 0.97, "kind_acc": 0.90} for lang in LANGS}


def _extractor():
    if importlib.util.find_spec("analysis.mentions") is None:
        pytest.skip("analysis.mentions does not exist yet")
    module = importlib.import_module("analysis.mentions")  # must import once it exists
    return module.extract_mentions


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    extract = _extractor()
    gold = load_gold(GOLD_DIR)
    result = evaluate(extract, gold, by="lang", overall=True)
    with pd.option_context("display.width", 200, "display.max_columns", 20):
        print("\nnumeric mentions vs gold, per language:")
        print(result.round(3).to_string(index=False))
        by_doc = evaluate(extract, gold, by="doc_id")
        print(by_doc.round(3).to_string(index=False))
        errs = errors(extract, gold)
        print("\nerrors by type and language:")
        print(errs.groupby(["lang", "error"]).size().unstack(fill_value=0).to_string())
    return result.set_index("lang")


@pytest.mark.parametrize("lang", LANGS)
def test_extractor_reaches_thresholds(table: pd.DataFrame, lang: str) -> None:
    row = table.loc[lang]
    assert row["n_gold"] > 0
    failures = {
        metric: round(float(row[metric]), 3)
        for metric, minimum in THRESHOLDS[lang].items()
        if not float(row[metric]) >= minimum
    }
    assert not failures, f"{lang}: below threshold {failures} (thresholds {THRESHOLDS[lang]})"
