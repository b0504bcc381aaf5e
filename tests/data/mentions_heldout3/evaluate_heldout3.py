"""Score ``analysis.mentions.extract_mentions`` on the third held-out set (heldout3_*.jsonl).

Run from anywhere::

    .venv/bin/python tests/data/mentions_heldout3/evaluate_heldout3.py [--lang ru] [--errors fn,fp]

Prints the per-language table (plus an ``all`` row) and every disagreement between the
extractor and the held-out annotation, grouped by language and error type.  The
passages are built by ``build_heldout3.py`` in this directory.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from analysis.mention_eval import errors, evaluate, load_gold
from analysis.mentions import extract_mentions

HERE = Path(__file__).resolve().parent
ERROR_TYPES = ("fn", "fp", "span", "value", "kind")


def _fmt(x: object) -> str:
    if x is None or (isinstance(x, float) and pd.isna(x)):
        return "-"
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    if isinstance(x, float):
        return f"{x:.6g}"
    return str(x)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", action="append", help="only these languages (repeatable)")
    ap.add_argument("--errors", default=",".join(ERROR_TYPES),
                    help="comma-separated error types to list (default: all)")  # fmt: skip
    args = ap.parse_args(argv)

    passages = load_gold(HERE)
    if args.lang:
        passages = [p for p in passages if p["lang"] in set(args.lang)]
    table = evaluate(extract_mentions, passages, by="lang", overall=True)
    with pd.option_context("display.width", 200, "display.max_columns", 20):
        print("numeric mentions vs held-out set 3, per language:")
        print(table.round(3).to_string(index=False))

    errs = errors(extract_mentions, passages)
    if not len(errs):
        print("\nno errors")
        return
    print("\nerrors by language and type:")
    print(errs.groupby(["lang", "error"]).size().unstack(fill_value=0).to_string())

    wanted = [e for e in args.errors.split(",") if e]
    for lang in sorted(errs["lang"].unique()):
        for etype in wanted:
            sub = errs[(errs["lang"] == lang) & (errs["error"] == etype)]
            if not len(sub):
                continue
            print(f"\n== {lang} / {etype} ({len(sub)})")
            for r in sub.to_dict("records"):
                gold = (f"gold {r['gold_surface']!r} {r['gold_kind']} "
                        f"{_fmt(r['gold_value'])}"
                        + (f"..{_fmt(r['gold_range_end'])}"
                           if not pd.isna(r["gold_range_end"]) else "")
                        if r["gold_surface"] is not None else "gold -")  # fmt: skip
                pred = (f"got {r['pred_surface']!r} {r['pred_kind']} "
                        f"{_fmt(r['pred_value'])}"
                        + (f"..{_fmt(r['pred_range_end'])}"
                           if not pd.isna(r["pred_range_end"]) else "")
                        if r["pred_surface"] is not None else "got -")  # fmt: skip
                print(f"  {gold} | {pred} | {r['context']!r}")


if __name__ == "__main__":
    main()
