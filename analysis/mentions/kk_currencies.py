"""Kazakh names of foreign currencies after a number, with the country adjective inside
the span: ``1 еуро``, ``1 ресей рублі``, ``1 қытай юані``, ``100 жапон иенасы``,
``50 фунт стерлинг``, ``200 түрік лирасы`` (exchange rates, prices abroad).

The euro is spelled ``еуро`` in Kazakh (``евро`` is a rule of unit_words.py); the noun
takes the possessive after its country (``юані``, ``рублі``, ``иенасы``, ``лирасы``) and
the case suffixes (``еуроға``, ``юаньнен``).
"""

from __future__ import annotations

import re

__all__ = ["kk_currency_after"]

_FIRST = frozenset("еЕрРқҚюЮжЖиИфФбБтТлЛ")

_CURRENCY = re.compile(
    r"[ \u00a0]?(?:"
    r"(?P<EUR>еуро\w*)"
    r"|(?P<RUB>ресей[ \u00a0]+рубл\w*)"
    r"|(?P<CNY>(?:қытай[ \u00a0]+)?юан[ьі]\w*)"
    r"|(?P<JPY>(?:жапон[ \u00a0]+)?иена\w*)"
    r"|(?P<GBP>(?:британ\w*[ \u00a0]+)?фунт[ \u00a0]+стерлинг\w*)"
    r"|(?P<TRY>(?:түрік[ \u00a0]+)?лира\w*)"
    r")(?![^\W\d_])",
    re.IGNORECASE,
)


def kk_currency_after(text: str, pos: int) -> tuple[int, str, str] | None:
    """The Kazakh currency name at *pos* (after one space): (end, currency code,
    ``"money"``) or ``None``.

    Examples
    --------
    >>> kk_currency_after("1 қытай юані – 71,04 теңге", 1)
    (12, 'CNY', 'money')
    >>> kk_currency_after("1 қытай тілі", 1) is None
    True
    """
    c = text[pos + 1 : pos + 2] if text[pos : pos + 1] in " \u00a0" else text[pos : pos + 1]
    if c not in _FIRST:
        return None
    m = _CURRENCY.match(text, pos)
    if m is None:
        return None
    return m.end(), m.lastgroup or "", "money"
