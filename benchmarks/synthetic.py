"""A deterministic multilingual corpus of any size, resampled and perturbed from the seeds.

Used by ``bench_pipeline.py`` and by the tests (a corpus of a few MB). Each document
takes paragraphs of one language at random from the seed documents of that language
(``numpy.random.RandomState``), then perturbs them so that the corpus behaves like a
real one as it grows:

- **a growing vocabulary**: 8% of the words of five letters or more get a suffix drawn
  from a Zipf distribution (exponent 1.5) over 50,625 suffixes, so new word forms keep
  appearing at a falling rate, as Heaps' law describes real corpora (a 1 GB corpus has
  many more distinct terms than a 10 MB one, but not a new one every few words);
- **numbers in each language's local format**: digit groups are replaced by fresh
  random numbers written with that language's separators (``22 427,3`` in ru/kk,
  ``22.427,3`` in id, ``22,427.3`` in en), so mention values vary too.

Everything depends only on ``random_state`` and the seeds, so two runs write the same
bytes.

Examples
--------
>>> docs = generate_corpus(0.2, doc_chars=20_000, random_state=0)
>>> sorted(set(docs["lang"]))
['en', 'id', 'kk', 'ru']
>>> generate_corpus(0.2, doc_chars=20_000, random_state=0).equals(docs)
True
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pandas as pd

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
_DIGITS = re.compile(r"\d+(?:[.,]\d+)?")
_WORD = re.compile(r"[^\W\d_]{5,}")
_SUFFIX_LETTERS = {"ru": "абвгдеклмнопрст", "kk": "аәбғдеқлмнңоөрс", "en": "abcdeklmnoprst",
                   "id": "abcdeiklmnoprst"}


def _seed_paragraphs() -> dict[str, list[str]]:
    import analysis

    seeds = analysis.load_corpus(SEEDS)
    pools: dict[str, list[str]] = {}
    for lang, text in zip(seeds["lang"], seeds["text"], strict=True):
        pools.setdefault(lang, []).extend(p for p in text.split("\n") if p.strip())
    return pools


def _format_number(rs: np.random.RandomState, lang: str) -> str:
    n = int(rs.lognormal(5, 2.5)) % 10_000_000
    frac = rs.randint(10) if rs.rand() < 0.3 else None
    group = {"en": ",", "id": ".", "ru": " ", "kk": " "}[lang] if n >= 10_000 else ""
    body = f"{n:,}".replace(",", group)
    if frac is not None:
        body += ("." if lang == "en" else ",") + str(frac)
    return body


def _perturb(par: str, lang: str, rs: np.random.RandomState) -> str:
    letters = _SUFFIX_LETTERS[lang]

    def word(m: re.Match) -> str:
        if rs.rand() >= 0.08:
            return m.group()
        k = int(rs.zipf(1.5)) % len(letters) ** 4
        suffix = "".join(letters[(k // len(letters) ** i) % len(letters)] for i in range(4))
        return m.group() + suffix

    par = _WORD.sub(word, par)
    return _DIGITS.sub(lambda m: _format_number(rs, lang) if rs.rand() < 0.5 else m.group(),
                       par)


def generate_corpus(mb: float, *, doc_chars: int = 50_000, random_state: int = 0) -> pd.DataFrame:
    """Return ``doc_id``, ``lang``, ``text`` for about ``mb`` megabytes of UTF-8 text."""
    pools = _seed_paragraphs()
    langs = sorted(pools)
    rs = np.random.RandomState(random_state)
    target = int(mb * 1_000_000)
    ids, out_langs, texts, total = [], [], [], 0
    while total < target:
        lang = langs[len(texts) % len(langs)]
        pool = pools[lang]
        size = int(doc_chars * rs.uniform(0.3, 1.7))
        parts, n = [], 0
        while n < size:
            p = _perturb(pool[rs.randint(len(pool))], lang, rs)
            parts.append(p)
            n += len(p) + 1
        text = "\n".join(parts)
        ids.append(f"doc{len(texts):06d}")
        out_langs.append(lang)
        texts.append(text)
        total += len(text.encode("utf-8"))
    return pd.DataFrame({"doc_id": ids, "lang": out_langs, "text": texts})


def write_corpus(docs: pd.DataFrame, path: str | Path, fmt: str = "txt", *,
                 row_group_size: int = 256) -> Path:
    """Write a generated corpus as a folder of ``.txt`` files or one csv/parquet/jsonl file."""
    path = Path(path)
    if fmt == "txt":
        path.mkdir(parents=True, exist_ok=True)
        for doc_id, text in zip(docs["doc_id"], docs["text"], strict=True):
            (path / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    table = docs[["doc_id", "text"]]
    if fmt == "csv":
        table.to_csv(path, index=False)
    elif fmt == "parquet":
        table.to_parquet(path, index=False, row_group_size=row_group_size)
    elif fmt == "jsonl":
        with open(path, "w", encoding="utf-8") as fh:
            for doc_id, text in zip(table["doc_id"], table["text"], strict=True):
                fh.write(json.dumps({"doc_id": doc_id, "text": text}, ensure_ascii=False) + "\n")
    else:
        raise ValueError(f"fmt must be txt, csv, parquet or jsonl; got {fmt!r}.")
    return path
