"""Tests of the numeric-mention scorer and of the annotated gold set."""

from __future__ import annotations

import importlib.util
import json
import math
import sys
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from analysis.mentions.evaluate import (
    KINDS,
    MENTION_COLUMNS,
    errors,
    evaluate,
    gold_frame,
    is_sealed,
    load_gold,
    main,
    match_mentions,
    score_mentions,
)

GOLD_DIR = Path(__file__).parent / "data" / "mentions_gold"
SEEDS_DIR = Path(__file__).resolve().parents[1] / "seeds"
SEED_STEMS = {
    "000_5cb650a5a9519fe6": "id",
    "001_7dd0d3dcf9e21661": "kk",
    "002_f7dfec8b738f4d3e": "en",
    "003_1782b29beae0b501": "ru",
    "004_bf79698a0960a996": "ru",
}


# --------------------------------------------------------------------------- helpers


def _frame(rows: list[tuple]) -> pd.DataFrame:
    """rows: (passage, start, end, value, kind, range_end)."""
    return pd.DataFrame(rows, columns=["passage", "start", "end", "value", "kind", "range_end"])


GOLD = _frame(
    [
        (0, 0, 4, 1943.0, "year", None),
        (0, 10, 16, 5000.0, "quantity", None),
        (1, 0, 5, 70.0, "percent", None),
    ]
)


def _scores(pred: pd.DataFrame, gold: pd.DataFrame = GOLD) -> dict:
    return score_mentions(pred, gold)


# --------------------------------------------------------------------------- scorer


def test_perfect_prediction():
    s = _scores(GOLD.copy())
    assert s["n_gold"] == s["n_pred"] == 3
    for key in ("exact_p", "exact_r", "exact_f1", "lenient_p", "lenient_r", "lenient_f1"):
        assert s[key] == 1.0
    assert s["value_acc"] == 1.0
    assert s["kind_acc"] == 1.0


def test_one_false_positive():
    pred = pd.concat([GOLD, _frame([(0, 20, 22, 7.0, "count", None)])], ignore_index=True)
    s = _scores(pred)
    # P = 3/4, R = 3/3, F1 = 2 * 0.75 * 1 / 1.75 = 6/7
    assert s["exact_tp"] == 3
    assert s["exact_p"] == pytest.approx(0.75)
    assert s["exact_r"] == 1.0
    assert s["exact_f1"] == pytest.approx(6 / 7)
    assert s["lenient_f1"] == pytest.approx(6 / 7)
    assert s["value_acc"] == 1.0 and s["kind_acc"] == 1.0


def test_one_false_negative():
    s = _scores(GOLD.iloc[:2].copy())
    # P = 2/2, R = 2/3, F1 = 2 * (2/3) / (5/3) = 0.8
    assert s["exact_p"] == 1.0
    assert s["exact_r"] == pytest.approx(2 / 3)
    assert s["exact_f1"] == pytest.approx(0.8)
    assert s["lenient_f1"] == pytest.approx(0.8)


def test_partial_overlap_is_lenient_not_exact():
    pred = GOLD.copy()
    pred.loc[1, "end"] = 14  # "5000" instead of "5000 kW"
    s = _scores(pred)
    assert s["exact_tp"] == 2
    assert s["exact_p"] == pytest.approx(2 / 3)
    assert s["exact_r"] == pytest.approx(2 / 3)
    assert s["exact_f1"] == pytest.approx(2 / 3)
    assert s["lenient_tp"] == 3
    assert s["lenient_f1"] == 1.0
    assert s["value_acc"] == 1.0


def test_wrong_value():
    pred = GOLD.copy()
    pred.loc[1, "value"] = 500.0
    s = _scores(pred)
    assert s["exact_f1"] == 1.0
    assert s["n_value"] == 3
    assert s["value_acc"] == pytest.approx(2 / 3)
    assert s["kind_acc"] == 1.0


def test_wrong_kind():
    pred = GOLD.copy()
    pred.loc[1, "kind"] = "count"
    s = _scores(pred)
    assert s["exact_f1"] == 1.0
    assert s["value_acc"] == 1.0
    assert s["kind_acc"] == pytest.approx(2 / 3)


def test_offsets_only_compare_within_a_passage():
    pred = GOLD.copy()
    pred.loc[2, "passage"] = 0  # (0, 5) now sits in passage 0 and overlaps "1943" there
    s = _scores(pred)
    assert s["exact_tp"] == 2
    # lenient: predictions (0, 4) and (0, 5) both overlap gold (0, 4) by 4 characters; the
    # tie goes to the prediction ending first, so (0, 5) stays unmatched (one-to-one).
    assert s["lenient_tp"] == 2
    assert s["lenient_r"] == pytest.approx(2 / 3)


def test_greedy_matching_is_one_to_one_and_prefers_largest_overlap():
    gold = _frame([(0, 0, 10, 1.0, "count", None)])
    pred = _frame([(0, 0, 3, 1.0, "count", None), (0, 2, 10, 2.0, "count", None)])
    pairs = match_mentions(pred, gold)
    assert len(pairs) == 1
    assert pairs.loc[0, "pred_row"] == 1  # overlap 8 beats overlap 3
    s = score_mentions(pred, gold)
    assert s["lenient_p"] == 0.5 and s["lenient_r"] == 1.0
    assert s["value_acc"] == 0.0  # the matched prediction has value 2


def test_matching_tie_break_is_deterministic():
    gold = _frame([(0, 0, 4, 1.0, "count", None), (0, 4, 8, 2.0, "count", None)])
    pred = _frame([(0, 2, 6, 1.0, "count", None)])  # overlaps both by 2
    pairs = match_mentions(pred, gold)
    assert list(pairs["gold_row"]) == [0]  # the earlier gold mention wins the tie
    shuffled = match_mentions(pred, gold.iloc[::-1].reset_index(drop=True))
    assert list(shuffled["gold_row"]) == [1]  # same mention (start 0), new row position


def test_range_end_must_match_when_gold_has_one():
    gold = _frame([(0, 0, 9, 1943.0, "range", 1945.0)])
    good = _frame([(0, 0, 9, 1943.0, "range", 1945.0)])
    missing = _frame([(0, 0, 9, 1943.0, "range", None)])
    wrong = _frame([(0, 0, 9, 1943.0, "range", 1944.0)])
    assert score_mentions(good, gold)["value_acc"] == 1.0
    assert score_mentions(missing, gold)["value_acc"] == 0.0
    assert score_mentions(wrong, gold)["value_acc"] == 0.0
    # a predicted range_end is ignored when gold has none
    extra = _frame([(0, 0, 4, 1943.0, "year", 1950.0)])
    assert score_mentions(extra, _frame([(0, 0, 4, 1943.0, "year", None)]))["value_acc"] == 1.0


def test_null_gold_values_are_not_scored_for_value():
    gold = _frame([(0, 0, 7, None, "date", None), (0, 10, 14, 1943.0, "year", None)])
    pred = _frame([(0, 0, 7, 12.0, "date", None), (0, 10, 14, 1943.0, "year", None)])
    s = score_mentions(pred, gold)
    assert s["n_value"] == 1
    assert s["value_acc"] == 1.0


def test_relative_tolerance():
    gold = _frame([(0, 0, 3, 1 / 3, "other", None), (0, 5, 9, 22427300.0, "money", None)])
    close = _frame([(0, 0, 3, 0.33334, "other", None), (0, 5, 9, 22427301.0, "money", None)])
    far = _frame([(0, 0, 3, 0.333, "other", None), (0, 5, 9, 22430000.0, "money", None)])
    assert score_mentions(close, gold)["value_acc"] == 1.0
    assert score_mentions(far, gold)["value_acc"] == 0.0


def test_empty_inputs():
    empty = _frame([])
    s = score_mentions(empty, GOLD)
    assert s["n_pred"] == 0 and s["exact_p"] == 0.0 and s["exact_r"] == 0.0
    assert s["exact_f1"] == 0.0
    assert math.isnan(s["value_acc"]) and math.isnan(s["kind_acc"])
    s = score_mentions(empty, empty)
    assert s["exact_p"] == s["exact_r"] == 1.0


# --------------------------------------------------------------------------- evaluate / errors

PASSAGES = [
    {
        "doc_id": "a",
        "lang": "en",
        "passage_start": 0,
        "text": "In 1943 we built 5000 kW.",
        "mentions": [
            {
                "start": 3,
                "end": 7,
                "surface": "1943",
                "value": 1943,
                "kind": "year",
                "unit": None,
                "scale": None,
                "range_end": None,
            },
            {
                "start": 17,
                "end": 24,
                "surface": "5000 kW",
                "value": 5000,
                "kind": "quantity",
                "unit": "kW",
                "scale": None,
                "range_end": None,
            },
        ],
    },  # fmt: skip
    {
        "doc_id": "b",
        "lang": "ru",
        "passage_start": 0,
        "text": "Явка 70% и ничего больше.",
        "mentions": [
            {
                "start": 5,
                "end": 8,
                "surface": "70%",
                "value": 70,
                "kind": "percent",
                "unit": "%",
                "scale": None,
                "range_end": None,
            },
        ],
    },  # fmt: skip
]


def _oracle(passages):
    by_text = {p["text"]: p["mentions"] for p in passages}

    def extract(text: str, lang: str) -> pd.DataFrame:
        return pd.DataFrame(by_text[text], columns=list(MENTION_COLUMNS))

    return extract


def test_evaluate_oracle_scores_one_per_language():
    table = evaluate(_oracle(PASSAGES), PASSAGES)
    assert list(table["lang"]) == ["en", "ru"]
    assert list(table.columns) == [
        "lang", "n_gold", "n_pred", "exact_p", "exact_r", "exact_f1",
        "lenient_p", "lenient_r", "lenient_f1", "value_acc", "kind_acc",
    ]  # fmt: skip
    assert list(table["n_gold"]) == [2, 1]
    assert (table[["exact_f1", "lenient_f1", "value_acc", "kind_acc"]] == 1.0).all().all()
    overall = evaluate(_oracle(PASSAGES), PASSAGES, overall=True, by="doc_id")
    assert list(overall["doc_id"]) == ["a", "b", "all"]


def test_evaluate_and_errors_with_a_weak_extractor():
    def digits_only(text: str, lang: str) -> pd.DataFrame:
        import re

        rows = [
            {"start": m.start(), "end": m.end(), "surface": m.group(),
             "value": float(m.group()), "kind": "count", "unit": None, "scale": None,
             "range_end": None}
            for m in re.finditer(r"\d+", text)
        ]  # fmt: skip
        return pd.DataFrame(rows, columns=list(MENTION_COLUMNS))

    table = evaluate(digits_only, PASSAGES).set_index("lang")
    # en: "1943" exact, "5000" lenient only; ru: "70" lenient only
    assert table.loc["en", "exact_f1"] == pytest.approx(0.5)
    assert table.loc["en", "lenient_f1"] == 1.0
    assert table.loc["ru", "exact_f1"] == 0.0
    assert table.loc["ru", "kind_acc"] == 0.0
    errs = errors(digits_only, PASSAGES)
    assert Counter(errs["error"]) == {"span": 2, "kind": 3}
    assert set(errs.loc[errs["error"] == "span", "gold_surface"]) == {"5000 kW", "70%"}


def test_errors_lists_false_positives_and_negatives():
    def wrong(text: str, lang: str) -> pd.DataFrame:
        rows = [{"start": 0, "end": 2, "surface": text[:2], "value": 1.0, "kind": "count",
                 "unit": None, "scale": None, "range_end": None}]  # fmt: skip
        return pd.DataFrame(rows)

    errs = errors(wrong, PASSAGES)
    counts = Counter(errs["error"])
    assert counts == {"fn": 3, "fp": 2}
    assert set(errs.loc[errs["error"] == "fn", "gold_surface"]) == {"1943", "5000 kW", "70%"}


# --------------------------------------------------------------------------- the gold set


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    return load_gold(GOLD_DIR)


def test_gold_files_exist():
    names = {p.name for p in GOLD_DIR.glob("*.jsonl")}
    for stem in SEED_STEMS:
        assert f"{stem}.jsonl" in names
    for lang in ("id", "kk", "en", "ru"):
        assert f"extra_{lang}.jsonl" in names


def test_gold_mentions_are_valid(gold):
    for rec in gold:
        text = rec["text"]
        assert rec["lang"] in {"id", "kk", "en", "ru"}
        prev_end = 0
        for m in rec["mentions"]:
            where = (rec["doc_id"], rec["passage_start"], m["surface"])
            assert set(m) >= set(MENTION_COLUMNS), where
            assert 0 <= m["start"] < m["end"] <= len(text), where
            assert text[m["start"] : m["end"]] == m["surface"], where
            assert m["start"] >= prev_end, f"unsorted or overlapping: {where}"
            prev_end = m["end"]
            assert m["kind"] in KINDS, where
            if m["kind"] == "range":
                assert m["value"] is not None and m["range_end"] is not None, where
            if m["kind"] == "percent":
                assert m["unit"] == "%", where
            if m["kind"] == "money":
                assert m["unit"] in {"RUB", "KZT", "IDR", "USD", "NLG"}, where
            if m["value"] is not None:
                assert isinstance(m["value"], int | float), where
            assert m["surface"] == m["surface"].strip(), where


def test_gold_passages_are_verbatim_and_disjoint(gold):
    by_doc: dict[str, list[dict]] = {}
    for rec in gold:
        if rec["doc_id"] in SEED_STEMS:
            by_doc.setdefault(rec["doc_id"], []).append(rec)
            assert rec["lang"] == SEED_STEMS[rec["doc_id"]]
        else:
            assert rec["doc_id"] == f"extra_{rec['lang']}"
            assert rec["passage_start"] == 0
    assert set(by_doc) == set(SEED_STEMS)
    for stem, recs in by_doc.items():
        full = (SEEDS_DIR / f"{stem}.txt").read_text(encoding="utf-8")
        recs = sorted(recs, key=lambda r: r["passage_start"])
        for a, b in zip(recs, recs[1:], strict=False):
            assert a["passage_start"] + len(a["text"]) <= b["passage_start"]
        for rec in recs:
            ps = rec["passage_start"]
            assert full[ps : ps + len(rec["text"])] == rec["text"], (stem, ps)


def test_gold_coverage(gold):
    per_doc = Counter()
    kinds = Counter()
    empty_passages = 0
    for rec in gold:
        per_doc[rec["doc_id"]] += len(rec["mentions"])
        kinds.update(m["kind"] for m in rec["mentions"])
        empty_passages += not rec["mentions"]
    for stem in SEED_STEMS:
        assert per_doc[stem] >= 40, (stem, per_doc[stem])
    assert set(kinds) == set(KINDS), set(KINDS) - set(kinds)
    assert empty_passages >= 10
    extras = Counter(rec["lang"] for rec in gold if rec["doc_id"].startswith("extra_"))
    for lang in ("id", "kk", "en", "ru"):
        assert 15 <= extras[lang] <= 25, (lang, extras[lang])


def test_gold_files_match_the_builder(gold):
    spec = importlib.util.spec_from_file_location("build_gold", GOLD_DIR / "build_gold.py")
    assert spec is not None and spec.loader is not None
    builder = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = builder  # dataclasses look their module up
    try:
        spec.loader.exec_module(builder)
    finally:
        sys.modules.pop(spec.name, None)
    rebuilt = []
    for stem, lang, passages in builder.DOCS:
        rebuilt += builder.build_doc(stem, lang, passages)
    for lang, items in builder.EXTRA.items():
        rebuilt += builder.build_extra(lang, items)
    key = lambda r: (r["doc_id"], r["passage_start"], r["text"])  # noqa: E731
    assert sorted(map(json.dumps, sorted(rebuilt, key=key))) == sorted(
        map(json.dumps, sorted(gold, key=key))
    )


def test_gold_frame_has_one_row_per_mention(gold):
    frame = gold_frame(gold)
    assert len(frame) == sum(len(r["mentions"]) for r in gold)
    assert frame["passage"].max() <= len(gold) - 1


def test_main_prints_table_and_errors(tmp_path, capsys):
    """``python -m analysis.mentions.evaluate PATH`` scores extract_mentions and lists errors."""
    from analysis.mentions.evaluate import main

    text = "В 1931 году построили 1145 км дороги."
    rec = {"doc_id": "t", "lang": "ru", "passage_start": 0, "text": text, "mentions": [
        {"start": 2, "end": 6, "surface": "1931", "value": 1931.0, "kind": "year",
         "unit": None, "scale": None, "range_end": None},
        {"start": 22, "end": 29, "surface": "1145 км", "value": 1145.0, "kind": "count",
         "unit": None, "scale": None, "range_end": None},
    ]}
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main([str(path)]) == 0
    out = capsys.readouterr().out
    assert "per language" in out and "\n  ru " in out
    # the gold kind 'count' is deliberately wrong for a unit: one kind error is listed
    assert "== ru / kind (1)" in out and "gold '1145 км' count 1145 | got '1145 км' quantity 1145" in out


def _write_set(folder: Path, readme: str | None) -> Path:
    folder.mkdir()
    rec = {"id": "p1", "lang": "en", "text": "In 1943 we had 5 cows.",
           "mentions": [{"start": 3, "end": 7, "surface": "1943", "value": 1943,
                         "kind": "count", "unit": None, "scale": None, "range_end": None}]}
    (folder / "set_en.jsonl").write_text(json.dumps(rec) + "\n", encoding="utf-8")
    if readme is not None:
        (folder / "README.md").write_text(readme, encoding="utf-8")
    return folder


def test_a_sealed_set_is_scored_but_its_errors_are_not_listed(tmp_path, capsys):
    sealed = _write_set(tmp_path / "sealed", "# x — sealed held-out set\nmeasure only\n")
    assert is_sealed(sealed) and is_sealed(sealed / "set_en.jsonl")
    assert main([str(sealed)]) == 0
    out = capsys.readouterr().out
    assert "exact_f1" in out and "is sealed" in out
    assert "In 1943" not in out and "[[1943]]" not in out  # no context of any error
    assert main([str(sealed), "--unseal"]) == 0
    assert "[[1943]]" in capsys.readouterr().out


def test_an_open_set_lists_its_errors(tmp_path, capsys):
    open_set = _write_set(tmp_path / "open", "# a development set\nsealed nowhere here\n")
    assert not is_sealed(open_set)
    main([str(open_set)])
    assert "[[1943]]" in capsys.readouterr().out
