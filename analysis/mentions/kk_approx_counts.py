"""Kazakh round numbers approximated by the word after their case suffix: ``1000-нан
астам`` (more than a thousand), ``2000-ға жуық`` (nearly two thousand) count things; they
are no calendar years (``1990-нан бастап`` stays a year)."""

from __future__ import annotations

import re

from .atoms import _Atom
from .record import _Verdict

__all__ = ["kk_approx_count"]

# the case suffix after the hyphen and the approximating word: "-нан астам", "-ден аса",
# "-ға жуық", "-ге тарта", "-дан артық"
_APPROX_AFTER = re.compile(
    r"-(?:[дтн][ае]н|[гғкқ][ае]|н[ае])[ \u00a0]+(?:астам|аса|жуық|тарта|артық)(?![^\W\d_])",
    re.IGNORECASE,
)


def kk_approx_count(text: str, a: _Atom, end: int, unit: str | None) -> _Verdict | None:
    """A whole number approximated by ``астам`` / ``аса`` / ``жуық`` / ``тарта`` /
    ``артық`` after its hyphenated case suffix (``count``, digits only), or None.

    Examples
    --------
    >>> from types import SimpleNamespace as NS
    >>> kk_approx_count("1000-нан астам еңбек", NS(is_int=True), 4, None).kind
    'count'
    >>> kk_approx_count("1990-нан бастап", NS(is_int=True), 4, None) is None
    True
    """
    if (
        unit
        or text[end : end + 1] != "-"
        or not a.is_int
        or _APPROX_AFTER.match(text, end) is None
    ):
        return None
    return _Verdict("count", end)
