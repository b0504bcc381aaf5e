"""Property tests for ``analysis.mentions.extract_mentions`` (hypothesis)."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.mentions import KINDS, MENTION_COLUMNS, extract_mentions

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED_LANGS = {"000": "id", "001": "kk", "002": "en", "003": "ru", "004": "ru"}

# Characters that exercise the rules: digits and separators, Cyrillic incl. Kazakh letters
# and Roman look-alikes, superscripts, currency signs, dashes, NBSP and thin space.
_ALPHABET = (
    "0123456789 ,.-–—/:;%$№N()[]\n\u00a0\u202f"
    "IVXLCІХ¹²³⁰⁴⁵½¾"
    "абвгдежзийклмнопрстуфхцчшщыьэюяәіңғүұқөһ"
    "АБВГДЕМНОПРСТХЖҚ"
    "abcdefghijklmnopqrstuvwxyzADJMNOSRp"
)
_WORDS = [
    "тыс.",
    "млн",
    "млрд",
    "рублей",
    "сом",
    "мың",
    "миллион",
    "жыл",
    "жылғы",
    "года",
    "г.",
    "году",
    "процента",
    "пайыз",
    "km",
    "шақырым",
    "пұт",
    "ribu",
    "juta",
    "miliar",
    "tahun",
    "persen",
    "kali",
    "ke-",
    "dolar AS",
    "Rp",
    "million",
    "years",
    "to",
    "до",
    "с",
    "от",
    "menjadi",
    "марта",
    "қыркүйектегі",
    "August",
    "Mei",
    "Desember",
    "екі",
    "жиырма",
    "бес",
    "four",
    "two-thirds",
    "a third",
    "half",
    "сорок",
    "sepertiga",
    "XX",
    "II",
    "-шы",
    "-ға",
    "-й",
    "-an",
    "s",
    "%",
    "²",
    "N 152-ФЗ",
    "№",
    "[7]",
    "08:00",
    "27.07.2006",
    "1920-30",
    "1 558 927",
    "190,000",
    "1.000.000",
    "2,5",
    "1, 7",
    "2014 - 2020",
    "1921/22",
    "15-17",
    # context words of the citation, time, percentage-point and table rules
    "p.m.",
    "a.m.",
    "п.п.",
    "percentage points",
    "persen poin",
    "пайыздық тармаққа",
    "Ibid.,",
    "Там же.",
    "//",
    "С.",
    "pp.",
    "hlm.",
    "бб.",
    "vol.",
    "М.,",
    "Алматы: Мектеп,",
    "М-12",
    "£1.9m",
    "$2bn",
    "трлн",
    "трети",
    "a fifth of",
    "seperempatnya",
    "triwulan",
    "Masehi",
    "aged",
    "children under",
    "статьей",
    "-сыныпта",
    "-сессиясын",
    "жасар",
    "2010 – 142 856,5;",
]

text_strategy = st.one_of(
    st.text(alphabet=_ALPHABET, max_size=200),
    st.lists(
        st.one_of(
            st.sampled_from(_WORDS),
            st.text(alphabet=_ALPHABET, max_size=6),
            st.integers(0, 10**7).map(str),
        ),
        max_size=40,
    ).map(" ".join),
    st.text(max_size=120),  # arbitrary Unicode
)


def check_invariants(text: str, df: pd.DataFrame) -> None:
    assert tuple(df.columns[:8]) == MENTION_COLUMNS
    starts = df["start"].to_numpy()
    ends = df["end"].to_numpy()
    assert np.all(starts >= 0) and np.all(ends <= len(text)) and np.all(starts < ends)
    assert np.all(np.diff(starts) > 0) if len(df) > 1 else True
    assert np.all(starts[1:] >= ends[:-1]) if len(df) > 1 else True
    for s, e, surf in zip(starts, ends, df["surface"], strict=True):
        assert text[s:e] == surf
    for col in ("value", "scale", "range_end"):
        vals = df[col].to_numpy(dtype=float)
        assert not np.any(np.isinf(vals))
    assert set(df["kind"]) <= set(KINDS)
    for u in df["unit"]:
        assert u is None or isinstance(u, str)
    for sc in df["scale"]:
        assert math.isnan(sc) or sc in (1e3, 1e6, 1e9, 1e12)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=text_strategy, lang=st.sampled_from([None, "ru", "kk", "id", "en"]))
def test_never_raises_and_invariants_hold(text: str, lang: str | None) -> None:
    df = extract_mentions(text, lang, strict=True)
    check_invariants(text, df)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=10**9), st.sampled_from(["ru", "kk", "id", "en"]))
def test_plain_integers_round_trip(n: int, lang: str) -> None:
    text = f"x {n} x"
    df = extract_mentions(text, lang, strict=True)
    assert len(df) == 1
    row = df.iloc[0]
    assert row["surface"] == str(n)
    expected = 1900 + n if row["kind"] == "year" and n < 100 else n
    assert row["value"] == expected


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=0, max_value=999),
    st.integers(min_value=0, max_value=999),
)
def test_space_grouped_thousands(a: int, b: int, c: int) -> None:
    text = f"всего {a} {b:03d} {c:03d} человек"
    df = extract_mentions(text, "ru", strict=True)
    assert df["surface"].tolist() == [f"{a} {b:03d} {c:03d}"]
    assert df["value"].iloc[0] == a * 1_000_000 + b * 1000 + c


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
@pytest.mark.parametrize("use_lang", [True, False])
def test_seed_documents(path: Path, use_lang: bool) -> None:
    text = path.read_text(encoding="utf-8")
    lang = SEED_LANGS[path.name[:3]] if use_lang else None
    df = extract_mentions(text, lang, strict=True)
    check_invariants(text, df)
    assert len(df) > 20


PATHOLOGICAL = {
    "day list": ", ".join(str(i % 31 + 1) for i in range(5000)),
    "dash chain": "-".join(str(i % 9 + 1) for i in range(5000)),
    "glued": "a1" * 10000,
    "one long line of list items": " ".join(f"текст. {i % 9 + 1}. Пункт" for i in range(5000)),
    "long number": "1" * 5000 + " " + "¹" * 5000,
    "space groups": " ".join(["123"] * 5000),
    "scale chain": " ".join(["1 млн 300 мың"] * 2000),
    "citation chain": " ".join(["М., 2010. № 3. С. 18–29. // Там же."] * 2000),
    "table line": "; ".join(f"{1900 + i % 200} – {i} 856,5" for i in range(5000)),
    "time chain": " to ".join(f"{i % 12 + 1} p.m." for i in range(5000)),
    "publisher chain": "\n".join(["Алматы: Мектеп, 2019. – 45–52 бб."] * 2000),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_inputs_are_linear_and_valid(name: str) -> None:
    """Linear work without a clock: each rule call moves past at least one atom, so the
    number of rule calls is bounded by the number of atoms.  (Speed itself is measured by
    ``benchmarks/bench_mentions.py``.)"""
    from analysis.mentions.extractor import _Extractor

    text = PATHOLOGICAL[name]
    ex = _Extractor(text, None)
    calls = 0
    for typ, handler in list(ex.dispatch.items()):

        def counted(i: int, _h=handler) -> int:
            nonlocal calls
            calls += 1
            return _h(i)

        ex.dispatch[typ] = counted
    ex.run(strict=True)
    assert calls <= len(ex.atoms)
    df = extract_mentions(text, strict=True)
    check_invariants(text, df)
