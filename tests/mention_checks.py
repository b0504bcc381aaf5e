"""Helpers of the tests that check single sentences of numeric mentions."""

from __future__ import annotations

from analysis.mentions import extract_mentions


def found(lang: str, text: str) -> list[tuple[str, str, float, str | None]]:
    """(surface, kind, value, unit) of every mention of *text*, in text order."""
    df = extract_mentions(text, lang, strict=True)
    return [
        (text[s:e], k, v, u if isinstance(u, str) else None)
        for s, e, k, v, u in zip(df["start"], df["end"], df["kind"], df["value"], df["unit"], strict=True)
    ]


def one(lang: str, text: str, surface: str) -> tuple[str, float, str | None]:
    """(kind, value, unit) of the one mention of *text* whose surface is *surface*."""
    hits = [(k, v, u) for s, k, v, u in found(lang, text) if s == surface]
    assert len(hits) == 1, found(lang, text)
    return hits[0]
