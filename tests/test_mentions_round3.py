"""Round 3 of the numeric-mention rules: floors on the development sets it was tuned on,
floors on the sealed sets that measure it, and the vulgar fractions in eighths.

The development sets (``tests/data/mentions_dev_*``) were annotated blind and then tuned
on, so their floors are regression tests.  The sealed sets (``mentions_heldout5`` and
``mentions_heldout6_*``, a README whose first line says "sealed") were written and
annotated by people who never saw the extractor; they are measured, never tuned on, and
this module prints no error of theirs: a failing floor says which set and which score
dropped, nothing more.  Their floors sit a little below the first measurement after the
round-3 rules (2026-12-07: exact F1 ru 0.944, en 0.940, id 0.938, kk 0.982; value
accuracy 0.983, 0.970, 0.986, 0.991); the last measurement of that day was ru 0.949,
en 0.947, id 0.942, kk 0.982 (value 0.986, 0.970, 0.986, 0.991).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from mention_checks import check_floor

from analysis.mentions import extract_mentions
from analysis.mentions.evaluate import MENTION_COLUMNS, evaluate, is_sealed, load_gold

DATA = Path(__file__).parent / "data"

#: (folder, lang, exact F1 floor, value accuracy floor, kind accuracy floor)
FLOORS = [
    ("mentions_dev_ru2", "ru", 0.97, 0.98, 0.94),
    ("mentions_dev_en", "en", 0.97, 0.98, 0.96),
    ("mentions_heldout5", "ru", 0.93, 0.97, 0.93),
    ("mentions_heldout6_en", "en", 0.93, 0.96, 0.91),
    ("mentions_heldout6_id", "id", 0.93, 0.975, 0.91),
    ("mentions_heldout6_kk", "kk", 0.97, 0.98, 0.95),
]


@pytest.mark.parametrize(("folder", "lang", "f1", "value", "kind"), FLOORS)
def test_floor(folder: str, lang: str, f1: float, value: float, kind: float) -> None:
    check_floor(DATA / folder, lang, f1, value, kind)


@pytest.mark.parametrize("folder", ["mentions_heldout5", "mentions_heldout6_en",
                                    "mentions_heldout6_id", "mentions_heldout6_kk",
                                    "mentions_heldout7_ru", "mentions_heldout7_en",
                                    "mentions_heldout7_id", "mentions_heldout7_kk",
                                    "mentions_heldout7_en/agreement",
                                    "mentions_heldout8_ru", "mentions_heldout8_en",
                                    "mentions_heldout8_id", "mentions_heldout8_kk",
                                    "mentions_heldout8_ru/agreement",
                                    "mentions_heldout9_ru", "mentions_heldout9_en",
                                    "mentions_heldout9_id", "mentions_heldout9_kk",
                                    "mentions_heldout9_en/agreement"])
def test_sealed_sets_say_so(folder: str) -> None:
    assert is_sealed(DATA / folder)


@pytest.mark.parametrize(("text", "lang", "surface", "value"), [
    ("Consols stood at 92⅝ in August.", "en", "92⅝", 92.625),
    ("a ⅞ majority of the members", "en", "⅞", 0.875),
    ("труба диаметром 2⅜ дюйма", "ru", "2⅜ дюйма", 2.375),
])
def test_eighths(text: str, lang: str, surface: str, value: float) -> None:
    df = extract_mentions(text, lang, strict=True)
    row = df[df["surface"] == surface]
    assert len(row) == 1, df[["surface", "value"]].values.tolist()
    assert row["value"].iloc[0] == pytest.approx(value)


@pytest.mark.parametrize(("text", "lang", "surface", "kind"), [
    ("Call (555) 014-2297 after six.", "en", "(555) 014-2297", "identifier"),
    ("Telp. (0274) 367509 setiap hari.", "id", "(0274) 367509", "identifier"),
    ("some 57,000 T-34 tanks were built", "en", "T-34", "identifier"),
    ("танк Т-34 прошёл испытания", "ru", "Т-34", "identifier"),
    ("pada 3 Djanoeari 1936 di Batavia", "id", "3 Djanoeari 1936", "date"),
    ("sedjak 17 Agoestoes 1945", "id", "17 Agoestoes 1945", "date"),
])
def test_phones_designations_old_months(text: str, lang: str, surface: str, kind: str) -> None:
    df = extract_mentions(text, lang, strict=True)
    row = df[df["surface"] == surface]
    assert len(row) == 1, df[["surface", "kind"]].values.tolist()
    assert row["kind"].iloc[0] == kind


@pytest.mark.parametrize(("text", "lang"), [
    ("COVID-19 cases rose", "en"),  # a name's number, not a designation
    ("the book (1998) and note (12)", "en"),  # brackets without a phone number after them
])
def test_not_phones_nor_designations(text: str, lang: str) -> None:
    kinds = set(extract_mentions(text, lang, strict=True)["kind"])
    assert "identifier" not in kinds


def _as_extractor(passages: list[dict]):
    """The mentions of *passages* (looked up by text) as an extractor of the table."""
    by_text = {p["text"]: p["mentions"] for p in passages}

    def extract(text: str, lang: str) -> pd.DataFrame:
        rows = [{c: m.get(c) for c in MENTION_COLUMNS} for m in by_text[text]]
        df = pd.DataFrame(rows, columns=list(MENTION_COLUMNS))
        for c in ("value", "scale", "range_end"):
            df[c] = pd.to_numeric(df[c], errors="coerce").astype(float)
        return df

    return extract


@pytest.mark.parametrize(("folder", "f1", "value", "kind"), [
    ("mentions_heldout5", 0.975, 0.986, 0.984),
    ("mentions_heldout6_en", 0.981, 0.987, 0.979),
    ("mentions_heldout7_en", 0.997, 0.998, 1.0),
    ("mentions_heldout8_ru", 1.0, 0.998, 0.996),
    ("mentions_heldout9_en", 0.984, 0.997, 0.988),
])
def test_two_annotators_agree(folder: str, f1: float, value: float, kind: float) -> None:
    """The second annotation of a sealed set's texts, scored against the first: the
    agreement the README and RESULTS.md quote (measured 2026-12-07)."""
    gold = load_gold(DATA / folder)
    second = load_gold(DATA / folder / "agreement")
    assert sorted(p["text"] for p in second) == sorted(p["text"] for p in gold)
    row = evaluate(_as_extractor(second), gold, by="lang").iloc[0]
    got = (round(row["exact_f1"], 3), round(row["value_acc"], 3), round(row["kind_acc"], 3))
    assert got == (f1, value, kind), f"{folder}: agreement {got}"
