"""Helpers of the tests that check single sentences of numeric mentions."""

from __future__ import annotations

import math
from pathlib import Path

from analysis.mentions import extract_mentions
from analysis.mentions.evaluate import evaluate, load_gold


def found(lang: str, text: str) -> list[tuple[str, str, float, str | None]]:
    """(surface, kind, value, unit) of every mention of *text*, in text order."""
    df = extract_mentions(text, lang, strict=True)
    return [
        (text[s:e], k, v, u if isinstance(u, str) else None)
        for s, e, k, v, u in zip(df["start"], df["end"], df["kind"], df["value"], df["unit"], strict=True)
    ]


def found_rounded(lang: str, text: str) -> list[tuple[str, str, float | None, str | None]]:
    """(surface, kind, value rounded to 4 places or None, unit) of every mention of *text*."""
    df = extract_mentions(text, lang, strict=True)
    return [
        (r.surface, r.kind, None if r.value != r.value else round(r.value, 4), r.unit)
        for r in df.itertuples()
    ]


def one(lang: str, text: str, surface: str) -> tuple[str, float, str | None]:
    """(kind, value, unit) of the one mention of *text* whose surface is *surface*."""
    hits = [(k, v, u) for s, k, v, u in found(lang, text) if s == surface]
    assert len(hits) == 1, found(lang, text)
    return hits[0]


def check_one(
    lang: str, text: str, surface: str, value: float, kind: str, unit: str | None, rel_tol: float
) -> None:
    """Assert that *text* has exactly one mention *surface*, of this kind and unit, whose
    value is *value* within *rel_tol* (``nan``: no value)."""
    df = extract_mentions(text, lang, strict=True)
    rows = df[df["surface"] == surface]
    assert len(rows) == 1, df[["surface", "value", "kind", "unit"]].values.tolist()
    r = rows.iloc[0]
    if math.isnan(value):
        assert math.isnan(r["value"])
    else:
        assert math.isclose(r["value"], value, rel_tol=rel_tol), r["value"]
    assert r["kind"] == kind
    assert (r["unit"] if isinstance(r["unit"], str) else None) == unit


def check_kind(lang: str, text: str, surface: str, kind: str) -> None:
    """Assert that *text* has exactly one mention *surface*, of this kind."""
    df = extract_mentions(text, lang, strict=True)
    rows = df[df["surface"] == surface]
    assert len(rows) == 1, df[["surface", "value", "kind"]].values.tolist()
    assert rows.iloc[0]["kind"] == kind


def check_floor(folder: Path, lang: str, f1: float, value: float, kind: float) -> None:
    """Assert that the extractor scores at least these exact F1, value and kind accuracies
    on the annotated set in *folder* (one language).  A failure names the set and the
    scores that dropped, never a mention, so that sealed sets stay sealed."""
    passages = load_gold(folder)
    assert {p["lang"] for p in passages} == {lang}
    row = evaluate(extract_mentions, passages, by="lang").iloc[0]
    got = {"exact_f1": row["exact_f1"], "value_acc": row["value_acc"], "kind_acc": row["kind_acc"]}
    floors = {"exact_f1": f1, "value_acc": value, "kind_acc": kind}
    low = {k: round(float(v), 3) for k, v in got.items() if v < floors[k]}
    assert not low, f"{folder.name}: below the floor {floors}: {low}"
