"""Russian ``один`` counting one thing against a figure in the same sentence: ``совершил
один виток ... за 108 минут``, ``На одну семью ... до 1 т``, ``впадает более 300 рек, а
вытекает лишь одна — Ангара`` (a count 1); never ``один из``, ``одно и то же``, ``ни
один``, ``не один``, ``по одному``, ``один за другим``, ``один раз``, nor ``одна`` meaning "alone" (``Мать одна нас поднимала``)."""

from __future__ import annotations

import re

__all__ = ["ru_one_counts"]

_FORMS = frozenset("один одна одно одного одной одному одним одном одну".split())
# a noun or adjective after it, or a dash after a restricting particle ("лишь одна — ...")
_AFTER = re.compile(
    r"[ \u00a0]+(?!из\b|и[ \u00a0]+т|за[ \u00a0]+друг|на[ \u00a0]+од|раз\b|другого|другому|другим|другом"
    r"|день[ \u00a0]+за)[а-яё]{2,}",
)
# "alone": a pronoun or a verb agreeing with it after the nominative ("Мать одна нас
# поднимала", "он один жил")
_ALONE_AFTER = re.compile(
    r"[ \u00a0]+(?:(?:нас|нам|их|его|её|ее|меня|тебя|себя|вас)(?![а-яё])"
    r"|[а-яё]*(?:(?<=[аеиоуыяю])л|ла|ло|ли)(?![а-яё]))",
    re.IGNORECASE,
)
_ONLY_BEFORE = re.compile(r"(?:лишь|только|всего|ровно)[ \u00a0]+$", re.IGNORECASE)
_DASH_AFTER = re.compile(r"[ \u00a0]+[—–][ \u00a0]")
_NOT_BEFORE = re.compile(r"(?<![^\W\d_])(?:ни|не|по|как)[ \u00a0]+$", re.IGNORECASE)
_BOUND = re.compile(r"[.!?\n]")


def ru_one_counts(text: str, start: int, end: int) -> bool:
    """Whether the ``один`` at *start*..*end* counts one thing against a figure written
    in digits in the same sentence.

    Examples
    --------
    >>> ru_one_counts("Облетел Землю за один виток за 108 минут.", 17, 21)
    True
    >>> ru_one_counts("Один из 300 домов сгорел.", 0, 4)
    False
    """
    if text[start:end].lower() not in _FORMS or text[end : end + 1] == "-":
        return False
    if _NOT_BEFORE.search(text, max(0, start - 5), start):
        return False
    if text[start:end].lower() in ("один", "одна", "одно") and _ALONE_AFTER.match(text, end):
        return False
    if not (
        _AFTER.match(text, end)
        or (_DASH_AFTER.match(text, end) and _ONLY_BEFORE.search(text, max(0, start - 8), start))
    ):
        return False
    s0 = max((m.end() for m in _BOUND.finditer(text, max(0, start - 300), start)), default=0)
    m = _BOUND.search(text, end)
    s1 = m.start() if m else len(text)
    return any(c.isdigit() for c in text[s0:start]) or any(c.isdigit() for c in text[end:s1])
