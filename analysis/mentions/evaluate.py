"""Evaluating numeric-mention extractors on gold passages: scores, error lists, CLI.

``python -m analysis.mentions.evaluate PATH`` prints the scores of ``extract_mentions`` on the
gold set at PATH. The gold format and the scores are those of
:mod:`analysis.mentions.scoring`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from .scoring import (
    KINDS,
    MENTION_COLUMNS,
    gold_frame,
    is_null,
    load_gold,
    match_mentions,
    score_mentions,
    value_ok,
)

__all__ = [
    "KINDS",
    "MENTION_COLUMNS",
    "errors",
    "evaluate",
    "gold_frame",
    "is_sealed",
    "load_gold",
    "match_mentions",
    "score_mentions",
]

Extractor = Callable[[str, str], pd.DataFrame]


def _predict(extract: Extractor, passages: Sequence[dict[str, Any]]) -> pd.DataFrame:
    frames = []
    for i, rec in enumerate(passages):
        out = extract(rec["text"], rec["lang"])
        out = pd.DataFrame(out).reset_index(drop=True).copy()
        for c in MENTION_COLUMNS:
            if c not in out.columns:
                out[c] = None
        out = out[list(MENTION_COLUMNS)].astype(object)
        out.insert(0, "lang", rec.get("lang"))
        out.insert(0, "doc_id", rec.get("doc_id"))
        out.insert(0, "passage", i)
        frames.append(out)
    cols = ["passage", "doc_id", "lang", *MENTION_COLUMNS]
    if not frames:
        return pd.DataFrame(columns=cols)
    pred = pd.concat([f for f in frames if len(f)] or [frames[0]], ignore_index=True)
    pred = pred[cols]
    if len(pred):
        pred = pred.astype({"passage": "int64", "start": "int64", "end": "int64"})
    return pred


_TABLE_COLUMNS = [
    "n_gold",
    "n_pred",
    "exact_p",
    "exact_r",
    "exact_f1",
    "lenient_p",
    "lenient_r",
    "lenient_f1",
    "value_acc",
    "kind_acc",
]


def evaluate(
    extract: Extractor,
    gold_passages: Iterable[dict[str, Any]],
    *,
    by: str = "lang",
    overall: bool = False,
) -> pd.DataFrame:
    """Run an extractor over gold passages and score it per group.

    Parameters
    ----------
    extract
        ``extract(text, lang) -> DataFrame`` with the columns of
        ``analysis.mentions.extract_mentions`` (``start``, ``end``, ``surface``, ``value``,
        ``kind``, ``unit``, ``scale``, ``range_end``).
    gold_passages
        Passages as returned by :func:`load_gold`.
    by
        Passage field to group by (``"lang"`` or ``"doc_id"``).
    overall
        Append a row ``"all"`` scoring every passage together.

    Returns
    -------
    pandas.DataFrame
        One row per group: ``by``, ``n_gold``, ``n_pred``, ``exact_p``, ``exact_r``,
        ``exact_f1``, ``lenient_p``, ``lenient_r``, ``lenient_f1``, ``value_acc``,
        ``kind_acc``.

    Examples
    --------
    >>> gold = [{"doc_id": "d", "lang": "en", "passage_start": 0, "text": "In 1943, 5 km.",
    ...          "mentions": [
    ...              {"start": 3, "end": 7, "surface": "1943", "value": 1943,
    ...               "kind": "year", "unit": None, "scale": None, "range_end": None},
    ...              {"start": 9, "end": 13, "surface": "5 km", "value": 5,
    ...               "kind": "quantity", "unit": "km", "scale": None, "range_end": None}]}]
    >>> def toy(text, lang):  # finds only bare digits
    ...     import re
    ...     return pd.DataFrame([{"start": m.start(), "end": m.end(), "surface": m.group(),
    ...                           "value": float(m.group()), "kind": "count", "unit": None,
    ...                           "scale": None, "range_end": None}
    ...                          for m in re.finditer(r"\\d+", text)])
    >>> evaluate(toy, gold)[["lang", "n_gold", "exact_f1", "lenient_f1", "value_acc"]]
      lang  n_gold  exact_f1  lenient_f1  value_acc
    0   en       2       0.5         1.0        1.0
    """
    passages = list(gold_passages)
    pred = _predict(extract, passages)
    gold = gold_frame(passages)
    groups = sorted({str(p.get(by)) for p in passages})
    rows = []
    keys = [str(p.get(by)) for p in passages]
    for grp in groups:
        idx = {i for i, k in enumerate(keys) if k == grp}
        s = score_mentions(pred[pred["passage"].isin(idx)], gold[gold["passage"].isin(idx)])
        rows.append({by: grp, **{c: s[c] for c in _TABLE_COLUMNS}})
    if overall:
        s = score_mentions(pred, gold)
        rows.append({by: "all", **{c: s[c] for c in _TABLE_COLUMNS}})
    return pd.DataFrame(rows, columns=[by, *_TABLE_COLUMNS])


def errors(extract: Extractor, gold_passages: Iterable[dict[str, Any]]) -> pd.DataFrame:
    """List the disagreements between an extractor and the gold passages.

    Error types: ``fp`` (prediction overlapping no gold mention), ``fn`` (gold mention
    overlapping no prediction), ``span`` (lenient but not exact match), ``value`` (wrong
    value or range end on a lenient match with a non-null gold value) and ``kind``
    (wrong kind on a lenient match).  A pair can give several rows.

    Returns
    -------
    pandas.DataFrame
        Columns ``doc_id``, ``lang``, ``passage``, ``error``, ``pred_surface``,
        ``gold_surface``, ``pred_start``, ``pred_end``, ``gold_start``, ``gold_end``,
        ``pred_value``, ``gold_value``, ``pred_range_end``, ``gold_range_end``,
        ``pred_kind``, ``gold_kind``, ``context`` (text around the mention).

    Examples
    --------
    >>> gold = [{"doc_id": "d", "lang": "en", "passage_start": 0, "text": "In 1943, 5 km.",
    ...          "mentions": [
    ...              {"start": 3, "end": 7, "surface": "1943", "value": 1943,
    ...               "kind": "year", "unit": None, "scale": None, "range_end": None},
    ...              {"start": 9, "end": 13, "surface": "5 km", "value": 5,
    ...               "kind": "quantity", "unit": "km", "scale": None, "range_end": None}]}]
    >>> def toy(text, lang):
    ...     return pd.DataFrame([{"start": 9, "end": 10, "surface": "5", "value": 5.0,
    ...                           "kind": "count", "unit": None, "scale": None,
    ...                           "range_end": None}])
    >>> e = errors(toy, gold)
    >>> e[["error", "gold_surface", "gold_kind", "pred_kind"]].fillna("-")
      error gold_surface gold_kind pred_kind
    0    fn         1943      year         -
    1  span         5 km  quantity     count
    2  kind         5 km  quantity     count
    """
    passages = list(gold_passages)
    pred = _predict(extract, passages)
    gold = gold_frame(passages)
    pairs = match_mentions(pred, gold)
    rows: list[dict[str, Any]] = []

    def ctx(i: int, start: int, end: int) -> str:
        text = passages[i]["text"]
        a, b = max(0, start - 30), min(len(text), end + 30)
        return text[a:start] + "[[" + text[start:end] + "]]" + text[end:b]

    def row(kind: str, p: pd.Series | None, g: pd.Series | None) -> dict[str, Any]:
        src = g if g is not None else p
        assert src is not None
        i = int(src["passage"])
        out: dict[str, Any] = {
            "doc_id": passages[i].get("doc_id"),
            "lang": passages[i].get("lang"),
            "passage": i,
            "error": kind,
        }
        for prefix, r in (("pred", p), ("gold", g)):
            for c in ("surface", "start", "end", "value", "range_end", "kind"):
                out[f"{prefix}_{c}"] = None if r is None else r[c]
        out["context"] = ctx(i, int(src["start"]), int(src["end"]))
        return out

    matched_p = set(pairs["pred_row"])
    matched_g = set(pairs["gold_row"])
    for gi in range(len(gold)):
        if gi not in matched_g:
            rows.append(row("fn", None, gold.iloc[gi]))
    for pi in range(len(pred)):
        if pi not in matched_p:
            rows.append(row("fp", pred.iloc[pi], None))
    for pr, gr, exact in zip(pairs["pred_row"], pairs["gold_row"], pairs["exact"], strict=True):
        p, g = pred.iloc[pr], gold.iloc[gr]
        if not exact:
            rows.append(row("span", p, g))
        if not is_null(g["value"]) and not value_ok(
            p["value"], p["range_end"], g["value"], g["range_end"]
        ):
            rows.append(row("value", p, g))
        if str(p["kind"]) != str(g["kind"]):
            rows.append(row("kind", p, g))
    cols = [
        "doc_id", "lang", "passage", "error",
        "pred_surface", "gold_surface", "pred_start", "pred_end", "gold_start", "gold_end",
        "pred_value", "gold_value", "pred_range_end", "gold_range_end",
        "pred_kind", "gold_kind", "context",
    ]  # fmt: skip
    out = pd.DataFrame(rows, columns=cols)
    order = {"fn": 0, "fp": 1, "span": 2, "value": 3, "kind": 4}
    if len(out):
        key = out["error"].map(order)
        start = out["gold_start"].fillna(out["pred_start"]).astype(float)
        out = (
            out.assign(_k=key, _s=start)
            .sort_values(["passage", "_s", "_k"], kind="stable")
            .drop(columns=["_k", "_s"])
            .reset_index(drop=True)
        )
    return out


def _fmt(x: object) -> str:
    if is_null(x):
        return "-"
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return f"{x:.6g}" if isinstance(x, float) else str(x)


def _describe(r: dict[str, Any], side: str) -> str:
    label = "gold" if side == "gold" else "got"
    if r[f"{side}_surface"] is None:
        return f"{label} -"
    end = r[f"{side}_range_end"]
    span = _fmt(r[f"{side}_value"]) + ("" if is_null(end) else f"..{_fmt(end)}")
    return f"{label} {r[f'{side}_surface']!r} {r[f'{side}_kind']} {span}"


def is_sealed(path: str | Path) -> bool:
    """Whether the gold set at *path* is sealed (measured only, its errors never read).

    A set is sealed when the first line of the ``README.md`` beside its files says so
    (``# mentions_heldout4 — sealed held-out set``).

    Examples
    --------
    >>> is_sealed("no/such/folder")
    False
    """
    folder = Path(path)
    if not folder.is_dir():
        folder = folder.parent
    readme = folder / "README.md"
    if not readme.is_file():
        return False
    with readme.open(encoding="utf-8") as f:
        return "sealed" in f.readline().lower()


def main(argv: Sequence[str] | None = None) -> int:
    """Score :func:`analysis.mentions.extract_mentions` on annotated JSONL passages.

    ``python -m analysis.mentions.evaluate tests/data/mentions_heldout3 [--lang ru]
    [--errors fn,fp]`` prints the per-language table (plus an ``all`` row), the error
    counts by language and type, and every disagreement with its context.  On a sealed
    set (:func:`is_sealed`) the disagreements are not listed unless ``--unseal`` is
    given, so that measuring a held-out set does not show what to tune.
    """
    import argparse

    from .extractor import extract_mentions

    error_types = ("fn", "fp", "span", "value", "kind")
    ap = argparse.ArgumentParser(prog="python -m analysis.mentions.evaluate",
                                 description="Score extract_mentions on annotated passages.")
    ap.add_argument("path", help="a .jsonl file or a folder of them")
    ap.add_argument("--lang", action="append", help="only these languages (repeatable)")
    ap.add_argument("--errors", default=",".join(error_types),
                    help="comma-separated error types to list (default: all)")
    ap.add_argument("--unseal", action="store_true",
                    help="list the disagreements of a sealed set (it is then no longer held out)")
    args = ap.parse_args(argv)

    passages = load_gold(args.path)
    if args.lang:
        passages = [p for p in passages if p["lang"] in set(args.lang)]
    table = evaluate(extract_mentions, passages, by="lang", overall=True)
    with pd.option_context("display.width", 200, "display.max_columns", 20):
        print(f"numeric mentions vs {args.path}, per language:")
        print(table.round(3).to_string(index=False))
    errs = errors(extract_mentions, passages)
    if not len(errs):
        print("\nno errors")
        return 0
    print("\nerrors by language and type:")
    print(errs.groupby(["lang", "error"]).size().unstack(fill_value=0).to_string())
    if is_sealed(args.path) and not args.unseal:
        print(f"\n{args.path} is sealed: its disagreements are not listed (see --unseal)")
        return 0
    wanted = [e for e in args.errors.split(",") if e]
    for lang in sorted(errs["lang"].unique()):
        for etype in wanted:
            sub = errs[(errs["lang"] == lang) & (errs["error"] == etype)]
            if len(sub):
                print(f"\n== {lang} / {etype} ({len(sub)})")
                for r in sub.to_dict("records"):
                    print(f"  {_describe(r, 'gold')} | {_describe(r, 'pred')} | {r['context']!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
