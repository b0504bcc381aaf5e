"""Score ``analysis.mentions.extract_mentions`` on the families suite.

Run from the worktree whose ``analysis`` package you want to score::

    cd <worktree> && /work/main/.venv/bin/python \\
        /work/wt-data/tests/data/mentions_families/score_families.py [--errors] \\
        [--family F] [--lang L] [--dir DIR]

The current directory is put first on ``sys.path``, so ``import analysis`` imports the
package of the worktree you are in.  The cases are read from ``--dir`` (default: the
folder of this script).

Per language, per family and overall it prints

* ``value_acc`` -- share of cases whose *target* mention is overlapped by a predicted
  mention with the right value (``analysis.mentions.scoring.value_ok``: relative
  tolerance 1e-4, ``range_end`` equal when the gold mention has one; a gold value of
  null needs a null prediction);
* ``exact_f1`` / ``lenient_f1`` -- span F1 over all gold mentions of the cases
  (``score_mentions``);
* ``kind_acc`` -- kind accuracy over the lenient one-to-one pairs (``score_mentions``);
* ``target_kind_acc`` -- share of cases whose target is overlapped by a prediction of the
  gold kind (the informative number for identifier_lists, dates and footnotes, whose
  target values are plain digits).

``--errors`` lists the failing cases: text, gold target and the predictions that overlap
it (or all predictions when none does).

Importable: ``score(directory) -> pandas.DataFrame`` (one row per language x family,
per language, per family and overall) and ``cases(directory)`` (one row per case).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

if os.getcwd() not in sys.path[:1]:
    sys.path.insert(0, os.getcwd())

import pandas as pd  # noqa: E402

HERE = Path(__file__).resolve().parent
ALL = "ALL"
FAMILY_ORDER = (
    "signs", "spelled_decimals", "fractions", "connectors", "compact", "money_subunits",
    "multipliers", "units", "kazakh", "identifier_lists", "dates", "footnotes",
)  # fmt: skip


def _family_order(names) -> list[str]:
    names = list(dict.fromkeys(names))
    return [f for f in FAMILY_ORDER if f in names] + sorted(set(names) - set(FAMILY_ORDER))


def _load(directory: str | Path, lang: str | None = None, family: str | None = None):
    from analysis.mentions.scoring import load_gold

    passages = load_gold(directory)
    if lang:
        passages = [p for p in passages if p["lang"] == lang]
    if family:
        passages = [p for p in passages if p.get("family") == family]
    return passages


def _predict(passages: list[dict]) -> pd.DataFrame:
    from analysis.mentions import extract_mentions

    frames = []
    for i, rec in enumerate(passages):
        df = extract_mentions(rec["text"], rec["lang"])
        df = df.copy()
        df.insert(0, "passage", i)
        frames.append(df)
    cols = ["passage", "start", "end", "surface", "value", "kind", "unit", "scale", "range_end"]
    if not frames:
        return pd.DataFrame(columns=cols)
    out = pd.concat(frames, ignore_index=True)
    return out.astype({"passage": "int64", "start": "int64", "end": "int64"})


def _fmt(row: dict) -> str:
    v = row.get("value")
    re_ = row.get("range_end")
    s = f"{row.get('surface')!r} {v}"
    if re_ is not None and not pd.isna(re_):
        s += f"..{re_}"
    s += f" {row.get('kind')}"
    unit = row.get("unit")
    if unit is not None and not (isinstance(unit, float) and pd.isna(unit)):
        s += f" {unit}"
    return s


def _cases(passages: list[dict], pred: pd.DataFrame) -> pd.DataFrame:
    from analysis.mentions.scoring import value_ok

    by_passage = {k: g for k, g in pred.groupby("passage")} if len(pred) else {}
    rows = []
    for i, rec in enumerate(passages):
        gold = rec["mentions"][rec["target"]]
        p = by_passage.get(i)
        overlapping = []
        if p is not None:
            for r in p.to_dict("records"):
                if min(r["end"], gold["end"]) - max(r["start"], gold["start"]) > 0:
                    overlapping.append(r)
        ok = any(
            value_ok(r["value"], r["range_end"], gold["value"], gold["range_end"])
            for r in overlapping
        )
        kind_ok = any(str(r["kind"]) == gold["kind"] for r in overlapping)
        rows.append(
            {
                "passage": i,
                "doc_id": rec["doc_id"],
                "lang": rec["lang"],
                "family": rec["family"],
                "text": rec["text"],
                "target": _fmt(gold),
                "found": bool(overlapping),
                "value_ok": ok,
                "kind_ok": kind_ok,
                "predicted": "; ".join(
                    _fmt(r) for r in (overlapping or ([] if p is None else p.to_dict("records")))
                ),
                "overlapping": bool(overlapping),
            }
        )
    return pd.DataFrame(rows)


def cases(directory: str | Path = HERE, lang: str | None = None,
          family: str | None = None) -> pd.DataFrame:  # fmt: skip
    """One row per case: ``lang``, ``family``, ``text``, ``target``, ``value_ok``, ``predicted``."""
    passages = _load(directory, lang, family)
    return _cases(passages, _predict(passages))


def score(directory: str | Path = HERE, lang: str | None = None,
          family: str | None = None) -> pd.DataFrame:  # fmt: skip
    """Scores per language x family, per language, per family and overall.

    Columns: ``lang``, ``family`` (``ALL`` for the margins), ``n_cases``, ``value_acc``
    and ``target_kind_acc`` (target mentions), ``n_gold`` / ``n_pred`` (all mentions), ``exact_f1``,
    ``lenient_f1`` and ``kind_acc``.
    """
    from analysis.mentions.scoring import gold_frame, score_mentions

    passages = _load(directory, lang, family)
    pred = _predict(passages)
    per_case = _cases(passages, pred)
    gold = gold_frame(passages)
    meta = pd.DataFrame(
        {"lang": [p["lang"] for p in passages], "family": [p["family"] for p in passages]}
    )

    def row(lang_key: str, fam_key: str) -> dict:
        mask = pd.Series(True, index=meta.index)
        if lang_key != ALL:
            mask &= meta["lang"] == lang_key
        if fam_key != ALL:
            mask &= meta["family"] == fam_key
        ids = set(meta.index[mask])
        g = gold[gold["passage"].isin(ids)]
        p = pred[pred["passage"].isin(ids)] if len(pred) else pred
        s = score_mentions(p, g)
        c = per_case[per_case["passage"].isin(ids)]
        return {
            "lang": lang_key,
            "family": fam_key,
            "n_cases": len(c),
            "value_acc": c["value_ok"].mean() if len(c) else float("nan"),
            "target_kind_acc": c["kind_ok"].mean() if len(c) else float("nan"),
            "n_gold": s["n_gold"],
            "n_pred": s["n_pred"],
            "exact_f1": s["exact_f1"],
            "lenient_f1": s["lenient_f1"],
            "kind_acc": s["kind_acc"],
        }

    langs = [x for x in ("ru", "kk", "id", "en") if x in set(meta["lang"])]
    langs += sorted(set(meta["lang"]) - set(langs))
    fams = _family_order(meta["family"])
    rows = [
        row(lg, fm)
        for lg in langs
        for fm in fams
        if ((meta["lang"] == lg) & (meta["family"] == fm)).any()
    ]
    rows += [row(lg, ALL) for lg in langs]
    rows += [row(ALL, fm) for fm in fams]
    rows.append(row(ALL, ALL))
    return pd.DataFrame(rows)


def _pivot(table: pd.DataFrame, col: str) -> pd.DataFrame:
    inner = table[(table["lang"] != ALL) & (table["family"] != ALL)]
    out = inner.pivot(index="family", columns="lang", values=col)
    out = out.reindex(_family_order(table.loc[table["family"] != ALL, "family"]))
    langs = [c for c in ("ru", "kk", "id", "en") if c in out.columns]
    out = out[langs + [c for c in out.columns if c not in langs]]
    out[ALL] = table[(table["lang"] == ALL) & (table["family"] != ALL)].set_index("family")[col]
    out.loc[ALL] = table[table["family"] == ALL].set_index("lang")[col].reindex(out.columns)
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--errors", action="store_true", help="list the failing cases")
    ap.add_argument("--family", help="only this family")
    ap.add_argument("--lang", help="only this language (ru, kk, id, en)")
    ap.add_argument("--dir", default=str(HERE), help="folder of families_*.jsonl")
    args = ap.parse_args(argv)

    import analysis

    print(f"analysis from {Path(analysis.__file__).resolve().parent.parent}")
    table = score(args.dir, args.lang, args.family)
    pd.set_option("display.width", 200)
    pd.set_option("display.max_rows", 500)

    for col, title in (
        ("value_acc", "value accuracy of the target mention"),
        ("target_kind_acc", "kind accuracy of the target mention"),
    ):
        print(f"\n{title} (family x language)")
        print(_pivot(table, col).round(3).to_string(na_rep="-"))

    print("\nper language / family / overall")
    margins = table[(table["lang"] == ALL) | (table["family"] == ALL)]
    print(margins.round(3).to_string(index=False))

    if args.errors:
        per_case = cases(args.dir, args.lang, args.family)
        bad = per_case[~per_case["value_ok"] | ~per_case["kind_ok"]]
        print(f"\n{len(bad)} failing cases ([value] wrong or missing value, [kind] wrong kind)")
        for r in bad.to_dict("records"):
            tags = ("[value]" if not r["value_ok"] else "") + (
                "[kind]" if not r["kind_ok"] else ""
            )
            print(f"\n{tags} {r['doc_id']} {r['family']}  {r['text']}")
            print(f"   gold: {r['target']}")
            label = "pred" if r["overlapping"] else "pred (none overlaps; all)"
            print(f"   {label}: {r['predicted'] or '-'}")


if __name__ == "__main__":
    main()
