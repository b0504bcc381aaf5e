"""Scoring numeric-mention extractors against an annotated gold set.

The gold set is a directory of JSON-lines files (``tests/data/mentions_gold``), one
annotated passage per line::

    {"doc_id": "...", "lang": "ru", "passage_start": 123, "text": "...",
     "mentions": [{"start": 0, "end": 4, "surface": "1931", "value": 1931,
                   "kind": "year", "unit": null, "scale": null, "range_end": null}]}

Offsets are Python ``str`` offsets relative to the passage text.  The scoring follows
``docs/numeric-mentions.md``:

* **exact** span precision / recall / F1 -- a prediction counts when its ``(start, end)``
  equals a gold span of the same passage;
* **lenient** span precision / recall / F1 -- predictions and gold mentions of a passage
  that overlap by at least one character are paired one-to-one, greedily by the largest
  overlap (ties broken by gold start, prediction start, gold end, prediction end);
* **value accuracy** -- over lenient pairs whose gold ``value`` is not null, the share whose
  predicted value equals the gold value within a relative tolerance of ``1e-4`` (and whose
  ``range_end`` matches too when the gold mention has one);
* **kind accuracy** -- over all lenient pairs, the share with the gold ``kind``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from .record import KINDS, MENTION_COLUMNS

__all__ = [
    "KINDS",
    "MENTION_COLUMNS",
    "REL_TOL",
    "gold_frame",
    "load_gold",
    "match_mentions",
    "score_mentions",
]

REL_TOL = 1e-4
_ABS_TOL = 1e-9


# --------------------------------------------------------------------------- loading


def load_gold(path_or_dir: str | Path) -> list[dict[str, Any]]:
    """Read annotated passages from a ``.jsonl`` file or a directory of them.

    Parameters
    ----------
    path_or_dir
        A JSON-lines file, or a directory whose ``*.jsonl`` files are read in
        name order.

    Returns
    -------
    list of dict
        One dict per passage with keys ``doc_id``, ``lang``, ``passage_start``, ``text``
        and ``mentions`` (a list of mention dicts).

    Examples
    --------
    >>> import json, tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> rec = {"doc_id": "x", "lang": "en", "passage_start": 0, "text": "In 1943.",
    ...        "mentions": [{"start": 3, "end": 7, "surface": "1943", "value": 1943,
    ...                      "kind": "year", "unit": None, "scale": None,
    ...                      "range_end": None}]}
    >>> _ = (d / "x.jsonl").write_text(json.dumps(rec) + "\\n", encoding="utf-8")
    >>> passages = load_gold(d)
    >>> len(passages), passages[0]["mentions"][0]["surface"]
    (1, '1943')
    """
    path = Path(path_or_dir)
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    if not files:
        raise FileNotFoundError(f"no .jsonl files in {path}")
    passages: list[dict[str, Any]] = []
    for file in files:
        with open(file, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:  # pragma: no cover - corrupt file
                    raise ValueError(f"{file}:{lineno}: invalid JSON: {exc}") from exc
                rec.setdefault("mentions", [])
                passages.append(rec)
    return passages


def gold_frame(passages: Sequence[dict[str, Any]]) -> pd.DataFrame:
    """Flatten annotated passages into one row per gold mention.

    The ``passage`` column is the position of the passage in ``passages``.

    Examples
    --------
    >>> p = [{"doc_id": "d", "lang": "en", "passage_start": 0, "text": "5 km",
    ...       "mentions": [{"start": 0, "end": 4, "surface": "5 km", "value": 5,
    ...                     "kind": "quantity", "unit": "km", "scale": None,
    ...                     "range_end": None}]}]
    >>> gold_frame(p)[["passage", "doc_id", "lang", "start", "end", "kind"]]
       passage doc_id lang  start  end      kind
    0        0      d   en      0    4  quantity
    """
    rows = []
    for i, rec in enumerate(passages):
        for m in rec.get("mentions", []):
            row = {"passage": i, "doc_id": rec.get("doc_id"), "lang": rec.get("lang")}
            row.update({c: m.get(c) for c in MENTION_COLUMNS})
            rows.append(row)
    cols = ["passage", "doc_id", "lang", *MENTION_COLUMNS]
    frame = pd.DataFrame(rows, columns=cols)
    return frame.astype({"passage": "int64", "start": "int64", "end": "int64"})


# --------------------------------------------------------------------------- matching


def is_null(x: Any) -> bool:
    if x is None:
        return True
    try:
        return bool(pd.isna(x))
    except (TypeError, ValueError):
        return False


def _close(pred: Any, gold: Any) -> bool:
    if is_null(gold):
        return is_null(pred)
    if is_null(pred):
        return False
    try:
        return math.isclose(float(pred), float(gold), rel_tol=REL_TOL, abs_tol=_ABS_TOL)
    except (TypeError, ValueError):
        return False


def value_ok(pred_value: Any, pred_end: Any, gold_value: Any, gold_end: Any) -> bool:
    if not _close(pred_value, gold_value):
        return False
    if not is_null(gold_end):
        return _close(pred_end, gold_end)
    return True


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    cols = ["passage", "start", "end", "value", "kind", "range_end", "surface"]
    out = []
    for pos, row in enumerate(frame.to_dict("records")):
        rec = {c: row.get(c) for c in cols}
        rec["_row"] = pos
        out.append(rec)
    return out


def match_mentions(predicted: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Pair predicted and gold mentions one-to-one by span overlap.

    Within each ``passage``, all (gold, prediction) pairs overlapping by at least one
    character are ranked by overlap length (largest first; ties by gold start, prediction
    start, gold end, prediction end) and taken greedily while both sides are free.

    Parameters
    ----------
    predicted, gold
        Frames with at least ``passage``, ``start`` and ``end``.

    Returns
    -------
    pandas.DataFrame
        One row per lenient pair: ``pred_row`` and ``gold_row`` (positions in the input
        frames), ``passage``, ``overlap`` and ``exact`` (identical offsets).

    Examples
    --------
    >>> g = pd.DataFrame({"passage": [0, 0], "start": [0, 10], "end": [4, 14]})
    >>> p = pd.DataFrame({"passage": [0, 0], "start": [0, 9], "end": [6, 12]})
    >>> match_mentions(p, g)
       pred_row  gold_row  passage  overlap  exact
    0         0         0        0        4  False
    1         1         1        0        2  False
    """
    preds = _records(predicted)
    golds = _records(gold)
    by_passage: dict[Any, tuple[list[dict[str, Any]], list[dict[str, Any]]]] = {}
    for g in golds:
        by_passage.setdefault(g["passage"], ([], []))[0].append(g)
    for p in preds:
        by_passage.setdefault(p["passage"], ([], []))[1].append(p)
    rows = []
    for passage, (gs, ps) in by_passage.items():
        cands = []
        for g in gs:
            for p in ps:
                ov = min(int(g["end"]), int(p["end"])) - max(int(g["start"]), int(p["start"]))
                if ov > 0:
                    key = (-ov, int(g["start"]), int(p["start"]), int(g["end"]), int(p["end"]))
                    cands.append((key, g["_row"], p["_row"], ov, g, p))
        cands.sort(key=lambda c: (c[0], c[1], c[2]))
        used_g: set[int] = set()
        used_p: set[int] = set()
        for _, g_row, p_row, ov, g, p in cands:
            if g_row in used_g or p_row in used_p:
                continue
            used_g.add(g_row)
            used_p.add(p_row)
            exact = int(g["start"]) == int(p["start"]) and int(g["end"]) == int(p["end"])
            rows.append(
                {
                    "pred_row": p_row,
                    "gold_row": g_row,
                    "passage": passage,
                    "overlap": ov,
                    "exact": exact,
                }
            )
    cols = ["pred_row", "gold_row", "passage", "overlap", "exact"]
    out = pd.DataFrame(rows, columns=cols)
    if len(out):
        out = out.sort_values(["passage", "gold_row"], kind="stable").reset_index(drop=True)
    return out.astype(
        {"pred_row": "int64", "gold_row": "int64", "overlap": "int64", "exact": "bool"}
    )


# --------------------------------------------------------------------------- scoring


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else (1.0 if n_gold == 0 else 0.0)
    r = tp / n_gold if n_gold else (1.0 if n_pred == 0 else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score_mentions(predicted: pd.DataFrame, gold: pd.DataFrame) -> dict[str, float | int]:
    """Score predicted mentions against gold mentions.

    Parameters
    ----------
    predicted, gold
        Frames with at least ``passage``, ``start``, ``end``, ``value``, ``kind`` and
        ``range_end``; offsets are compared only within the same ``passage``.

    Returns
    -------
    dict
        ``n_gold``, ``n_pred``, ``exact_tp``, ``exact_p``, ``exact_r``, ``exact_f1``,
        ``lenient_tp``, ``lenient_p``, ``lenient_r``, ``lenient_f1``, ``n_value``
        (lenient pairs with a non-null gold value), ``value_acc`` and ``kind_acc``.
        Precision (recall) is 1.0 when there are no predictions (gold mentions) and no
        gold mentions (predictions), else 0.0 if its denominator is empty; the
        accuracies are NaN when nothing was matched.

    Examples
    --------
    >>> gold = pd.DataFrame({"passage": [0, 0], "start": [0, 10], "end": [4, 16],
    ...                      "value": [1943.0, 5000.0], "kind": ["year", "quantity"],
    ...                      "range_end": [None, None]})
    >>> pred = pd.DataFrame({"passage": [0, 0, 0], "start": [0, 10, 20],
    ...                      "end": [4, 14, 22], "value": [1943.0, 5000.0, 7.0],
    ...                      "kind": ["year", "count", "count"],
    ...                      "range_end": [None, None, None]})
    >>> s = score_mentions(pred, gold)
    >>> s["exact_tp"], round(s["exact_p"], 3), s["exact_r"]
    (1, 0.333, 0.5)
    >>> s["lenient_tp"], round(s["lenient_f1"], 3), s["value_acc"], s["kind_acc"]
    (2, 0.8, 1.0, 0.5)
    """
    predicted = predicted.reset_index(drop=True)
    gold = gold.reset_index(drop=True)
    pairs = match_mentions(predicted, gold)
    n_pred, n_gold = len(predicted), len(gold)
    exact_keys_g = set(zip(gold["passage"], gold["start"], gold["end"], strict=True))
    exact_keys_p = set(
        zip(predicted["passage"], predicted["start"], predicted["end"], strict=True)
    )
    exact_tp = len(exact_keys_g & exact_keys_p)
    lenient_tp = len(pairs)
    ep, er, ef = _prf(exact_tp, n_pred, n_gold)
    lp, lr, lf = _prf(lenient_tp, n_pred, n_gold)

    n_value = n_value_ok = n_kind_ok = 0
    for pr, gr in zip(pairs["pred_row"], pairs["gold_row"], strict=True):
        g = gold.iloc[gr]
        p = predicted.iloc[pr]
        if not is_null(g.get("value")):
            n_value += 1
            n_value_ok += value_ok(
                p.get("value"), p.get("range_end"), g.get("value"), g.get("range_end")
            )
        n_kind_ok += str(p.get("kind")) == str(g.get("kind"))
    value_acc = n_value_ok / n_value if n_value else float("nan")
    kind_acc = n_kind_ok / lenient_tp if lenient_tp else float("nan")
    return {
        "n_gold": n_gold,
        "n_pred": n_pred,
        "exact_tp": exact_tp,
        "exact_p": ep,
        "exact_r": er,
        "exact_f1": ef,
        "lenient_tp": lenient_tp,
        "lenient_p": lp,
        "lenient_r": lr,
        "lenient_f1": lf,
        "n_value": n_value,
        "value_acc": value_acc,
        "kind_acc": kind_acc,
    }


# --------------------------------------------------------------------------- running
