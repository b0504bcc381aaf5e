"""Validate the third held-out numeric-mention set and score the extractor on it.

The passages (``tests/data/mentions_heldout3/heldout3_<lang>.jsonl``, built by
``build_heldout3.py`` there) are memoirs, archival citations, military and demographic
reports, colonial records and official news, written and annotated from
``/work/shared/numeric-mentions-spec.md`` independently of the extractor.  This module checks
that the files are well-formed and that ``analysis.mentions.extract_mentions`` reaches, for
every language, the thresholds in ``THRESHOLDS`` (the extractor is at exact-span F1 >= 0.98,
value accuracy 1.0 and kind accuracy >= 0.90 in every language; the margin leaves room for
unrelated rule changes, not for regressions in the genres this set covers).
"""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from analysis.mention_eval import KINDS, MENTION_COLUMNS, errors, evaluate, load_gold

HELDOUT3_DIR = Path(__file__).parent / "data" / "mentions_heldout3"
LANGS = ("en", "id", "kk", "ru")
THRESHOLDS = {"exact_f1": 0.96, "value_acc": 0.97, "kind_acc": 0.88}
MIN_MENTIONS = 55
MIN_PASSAGES = 20


@pytest.fixture(scope="module")
def passages() -> list[dict]:
    return load_gold(HELDOUT3_DIR)


# --------------------------------------------------------------------------- the files


@pytest.mark.parametrize("lang", LANGS)
def test_file_exists_per_language(lang: str) -> None:
    recs = load_gold(HELDOUT3_DIR / f"heldout3_{lang}.jsonl")
    assert len(recs) >= MIN_PASSAGES
    assert {r["lang"] for r in recs} == {lang}


def test_offsets_match_surfaces(passages: list[dict]) -> None:
    for i, rec in enumerate(passages):
        text = rec["text"]
        assert isinstance(text, str) and text
        assert "\u00a0" not in text and "\u2009" not in text and "\u202f" not in text
        for m in rec["mentions"]:
            assert set(MENTION_COLUMNS) <= set(m), (i, m)
            assert 0 <= m["start"] < m["end"] <= len(text), (i, m)
            assert text[m["start"] : m["end"]] == m["surface"], (i, m, text)


def test_spans_sorted_and_disjoint(passages: list[dict]) -> None:
    for i, rec in enumerate(passages):
        spans = [(m["start"], m["end"]) for m in rec["mentions"]]
        assert spans == sorted(spans), i
        for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False):
            assert e1 <= s2, (i, rec["text"])


def test_kinds_and_values_well_formed(passages: list[dict]) -> None:
    for i, rec in enumerate(passages):
        for m in rec["mentions"]:
            assert m["kind"] in KINDS, (i, m)
            for key in ("value", "range_end", "scale"):
                v = m[key]
                assert v is None or (isinstance(v, int | float) and math.isfinite(v)), (i, m)
            if m["kind"] == "range":
                assert m["value"] is not None and m["range_end"] is not None, (i, m)
            if m["kind"] == "percent":
                assert m["unit"] == "%", (i, m)
            if m["kind"] == "money":
                assert m["unit"], (i, m)
            if m["kind"] == "date" and m["value"] is not None:
                assert 1000 <= m["value"] <= 2100, (i, m)
            if m["scale"] is not None:
                assert m["scale"] in (1e3, 1e6, 1e9, 1e12), (i, m)


@pytest.mark.parametrize("lang", LANGS)
def test_coverage_per_language(passages: list[dict], lang: str) -> None:
    recs = [r for r in passages if r["lang"] == lang]
    kinds = Counter(m["kind"] for r in recs for m in r["mentions"])
    assert sum(kinds.values()) >= MIN_MENTIONS, kinds
    assert set(KINDS) <= set(kinds), f"{lang}: no {sorted(set(KINDS) - set(kinds))}"
    assert any(not r["mentions"] for r in recs), f"{lang}: no trap passage without mentions"


def test_texts_do_not_repeat_other_sets(passages: list[dict]) -> None:
    """The set is independent: none of its passages occurs in the earlier held-out sets."""
    data = Path(__file__).parent / "data"
    earlier = {
        r["text"] for d in ("mentions_heldout", "mentions_heldout2") for r in load_gold(data / d)
    }
    assert not earlier & {r["text"] for r in passages}


# --------------------------------------------------------------------------- the extractor


@pytest.fixture(scope="module")
def table(passages: list[dict]) -> pd.DataFrame:
    from analysis.mentions import extract_mentions

    result = evaluate(extract_mentions, passages, by="lang", overall=True)
    with pd.option_context("display.width", 200, "display.max_columns", 20):
        print("\nnumeric mentions vs held-out set 3, per language:")
        print(result.round(3).to_string(index=False))
        errs = errors(extract_mentions, passages)
        if len(errs):
            print("\nerrors by language and type:")
            print(errs.groupby(["lang", "error"]).size().unstack(fill_value=0).to_string())
    return result.set_index("lang")


@pytest.mark.parametrize("lang", LANGS)
def test_extractor_reaches_thresholds_on_heldout3(table: pd.DataFrame, lang: str) -> None:
    row = table.loc[lang]
    assert row["n_gold"] >= MIN_MENTIONS
    failures = {
        metric: round(float(row[metric]), 3)
        for metric, minimum in THRESHOLDS.items()
        if not float(row[metric]) >= minimum
    }
    assert not failures, f"{lang}: below threshold {failures} (thresholds {THRESHOLDS})"
