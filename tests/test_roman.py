"""Tests for ``analysis.text.roman``: the one Roman-numeral grammar of the package."""

from __future__ import annotations

import pytest

from analysis.mentions import extract_mentions
from analysis.text.roman import is_roman_numeral, roman_value

_PAIRS = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]


def to_roman(n: int) -> str:
    out = []
    for v, s in _PAIRS:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


def test_every_canonical_numeral_round_trips() -> None:
    for n in range(1, 4000):
        assert roman_value(to_roman(n)) == n


@pytest.mark.parametrize("bad", ["", "IIII", "VV", "VX", "IC", "XXL", "MMMM", "LL", "iv", "Xi",
                                 "ABC", "X I", "IIV"])
def test_malformed_or_other_words_have_no_value(bad: str) -> None:
    assert roman_value(bad) is None
    assert not is_roman_numeral(bad, min_len=1)


@pytest.mark.parametrize(
    ("token", "value"), [("ХХ", 20), ("ХІХ", 19), ("ІІ", 2), ("ӀӀ", 2), ("ХVІІІ", 18)]
)
def test_cyrillic_look_alikes(token: str, value: int) -> None:
    assert roman_value(token) == value
    assert is_roman_numeral(token)


@pytest.mark.parametrize(
    ("token", "expected"),
    [("XC", True), ("XCIX", True), ("CXX", True), ("I", False), ("V", False), ("CC", False),
     ("L", False), ("MIX", False), ("DC", False), ("MCMXC", False), ("LIV", True)],
)
def test_running_text_policy(token: str, expected: bool) -> None:
    assert is_roman_numeral(token) is expected


def test_single_letters_with_min_len_one() -> None:
    assert is_roman_numeral("I", min_len=1)
    assert is_roman_numeral("X", min_len=1)
    assert not is_roman_numeral("C", min_len=1)


@pytest.mark.parametrize(
    ("text", "lang", "surface", "value"),
    [("в XC веке", "ru", "XC", 90), ("ХХ ғасырдың басында", "kk", "ХХ", 20),
     ("the XIV Congress", "en", "XIV", 14)],
)
def test_mentions_use_the_same_grammar(text: str, lang: str, surface: str, value: int) -> None:
    df = extract_mentions(text, lang, strict=True)
    row = df[df["surface"] == surface].iloc[0]
    assert row["value"] == value == roman_value(surface)
    assert is_roman_numeral(surface)
