"""assign_passages: tokens or mentions placed in passages by their start offset."""

from __future__ import annotations

import numpy as np
import pandas as pd

import analysis
from analysis.terms.passage_terms import assign_passages


def _brute(tokens: pd.DataFrame, passages: pd.DataFrame) -> list:
    """The last passage of the document starting at or before the token, if it covers it."""
    out = []
    for doc_id, start in zip(tokens["doc_id"], tokens["start"], strict=True):
        ps = passages[(passages["doc_id"] == doc_id) & (passages["start"] <= start)]
        if len(ps) and start < ps["end"].iloc[-1]:
            out.append(ps["passage_id"].iloc[-1])
        else:
            out.append(None)
    return out


def test_assign_passages_equals_a_direct_search_on_random_layouts():
    rng = np.random.default_rng(0)
    for _ in range(30):
        rows = []
        for d in ("a", "b", "c"):
            pos = 0
            for i in range(rng.integers(0, 5)):
                pos += int(rng.integers(0, 5))
                length = int(rng.integers(1, 20))
                back = int(rng.integers(0, 3)) if i else 0  # overlapping passages
                rows.append((d, f"{d}:{i:04d}", max(pos - back, 0), pos + length))
                pos += length
        passages = pd.DataFrame(rows, columns=["doc_id", "passage_id", "start", "end"])
        tokens = pd.DataFrame({"doc_id": rng.choice(["a", "b", "c", "z"], 40),
                               "start": rng.integers(0, 120, 40)})
        got = assign_passages(tokens, passages)["passage_id"].tolist()
        assert got == _brute(tokens, passages)


def test_assign_passages_on_real_tokens_and_mentions():
    corpus = analysis.load_corpus("seeds")
    ps = analysis.passages(corpus, size=50)
    for table in (analysis.tokens(corpus).iloc[::97], analysis.numeric_mentions(corpus)):
        got = assign_passages(table, ps)
        assert got["passage_id"].tolist() == _brute(table, ps)
        assert got.drop(columns="passage_id").equals(table.reset_index(drop=True))
