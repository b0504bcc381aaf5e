"""Kinds of bare numbers in English academic and official writing: test statistics and
their degrees of freedom (``t(147) = 9.84``, ``F(2, 186)``, ``d = 0.41``), a deviation
taking the unit of its mean (``M = 712 ms, SD = 98``), standard errors, pH values, metric
scores (``28.4 BLEU``), narrative author-date citations (``Chen et al. (2018)``), and
numbered things of papers and statutes (``column 3``, ``Fig. 3a``, ``subsection (1)``,
``level 5 on the standard scale``)."""

from __future__ import annotations

import re

from .atoms import _Atom
from .context import _Expr
from .record import _Mention, _Verdict

__all__ = ["academic_kind"]

# degrees of freedom: "t(147)", "F(2, 186)", "χ2(3)"
_DF_OPEN = re.compile(r"(?<![\w.])(?:t|F|χ2|χ²|H|z|W)\($")
_DF_SECOND = re.compile(r"(?<![\w.])F\(\d+(?:\.\d+)?,[ \u00a0]?$")
_DF_CLOSE = re.compile(r"[ \u00a0]?[,)]")
# a statistic after its symbol: "t(147) = 9.84", "d = 0.41", "r = .32", "β = 0.12"
_STAT_BEFORE = re.compile(
    r"(?:(?<![\w.])(?:t|F|χ2|χ²|H|z|W)\([\d., \u00a0]+\)|(?<![\w.'’])(?:d|r|t|F|z|β|η2|η²|ηp2|R2|R²|α|χ2|χ²))"
    r"[ \u00a0]?[=<>≤≥][ \u00a0]?$"
)
# a deviation after a mean with a unit: "M = 712 ms, SD = 98", "mean age = 19.6 years, SD = 1.4"
_SD_BEFORE = re.compile(r"(?<![\w.])(?:SD|SE|SEM|s\.d\.)[ \u00a0]?[=:]?[ \u00a0]?$")
_SD_GAP = re.compile(
    r"[,;]?[ \u00a0]*(?:\(|\[)?[ \u00a0]*(?:SD|SE|SEM|s\.d\.)[ \u00a0]?[=:]?[ \u00a0]?"
)
# a standard error before or after an estimate: "(standard error 0.12)", "1.4 (s.e. 0.2)"
_SE_BEFORE = re.compile(
    r"(?:standard[ \u00a0]error|s\.e\.)[ \u00a0]?[=:]?[ \u00a0]?$", re.IGNORECASE
)
_SE_AFTER = re.compile(r"[ \u00a0]\((?:standard[ \u00a0]error|s\.e\.|SE[ \u00a0=])")
# pH: "a pH of 7.00", "between pH 7.35 and 7.45", "the pH of the water to between 6.5 and 7.5"
_PH_DIRECT = re.compile(
    r"(?<![\w])pH(?:[ \u00a0]+(?:of|to|at|was|is|value|near|about|around))*[ \u00a0]+$"
)
_PH_NEAR = re.compile(
    r"(?<![\w])pH(?![\w])[^.;:!?\d]{0,40}(?:\d+(?:\.\d+)?[ \u00a0]+(?:and|to)[ \u00a0]+)?$"
)
# a metric's score: "28.4 BLEU", "by over 2 BLEU"
_METRIC_AFTER = re.compile(r"[ \u00a0](?:BLEU|ROUGE(?:-(?:1|2|L))?|METEOR|CIDEr|chrF)(?![\w-])")
# narrative author-date citations: "Chen et al. (2018)", "Card and Krueger (1994)"
_AUTHORS_BEFORE = re.compile(
    r"(?:[A-Z][\w'’-]+[ \u00a0]+et[ \u00a0]+al\.?|[A-Z][\w'’-]+[ \u00a0]+(?:and|&)[ \u00a0]+[A-Z][\w'’-]+)"
    r"[ \u00a0]+\($"
)
_YEAR_CLOSE = re.compile(r"[a-z]?(?:\)|[,;][ \u00a0]+(?:p|pp)\.)")
# numbered things named by a noun the general list lacks: "column 3", "Scope 1 and 2"
_IDENT_NOUNS = frozenset("column columns".split())
_CAP_IDENT_NOUNS = frozenset("Scope Scopes Session Sessions Exercise Example".split())
_AND_BEFORE = re.compile(r"(?:Scopes?|[Cc]olumns?)[ \u00a0]\d+[ \u00a0](?:and|or|to)[ \u00a0]$")
# a class on the standard scale of fines: "level 5 on the standard scale"
_LEVEL_AFTER = re.compile(r"[ \u00a0]on[ \u00a0]the[ \u00a0]standard[ \u00a0]scale")
# a sub-number in brackets: "Article 83(5)", "section 5(2)", "subsection (1)"
_SUB_BEFORE = re.compile(
    r"(?:(?:[Aa]rticle|[Ss]ection|[Rr]egulation|[Rr]ule|[Cc]lause|[Ss]chedule|§)[ \u00a0]?\d+[A-Za-z]?"
    r"|(?:[Ss]ub)?(?:section|paragraph|article|clause|regulation)s?[ \u00a0])\($"
)
# a panel or a part glued to the number after an identifier noun: "Fig. 3a", "Session 4B"
_PANEL_NOUNS = frozenset("fig figs figure figures session table tables panel equation eq".split())
_PANEL = re.compile(r"[a-zA-Z](?![\w'’])")


def academic_kind(
    text: str,
    a: _Atom,
    x: _Expr,
    start: int,
    end: int,
    unit: str | None,
    prevw: str,
    rows: list[_Mention],
) -> _Verdict | None:
    """The kind of a bare number of academic or official English, or ``None``.

    Parameters
    ----------
    text : str
        The text.
    a : _Atom
        The number's first atom.
    x : _Expr
        The number read so far.
    start, end : int
        The span of the number.
    unit : str or None
        The unit already read after it (the rules apply only without one).
    prevw : str
        The lower-case word before the number.
    rows : list of _Mention
        The mentions found before it.

    Returns
    -------
    _Verdict or None
        The kind and the end of the span; ``None`` if no rule of this module applies.
    """
    if unit or a.typ != "num" or x.n_atoms != 1 or start < 2:
        return None
    c0 = text[start - 1]
    lo = max(0, start - 48)
    if c0 == "(":
        if _DF_OPEN.search(text, start - 4, start) and _DF_CLOSE.match(text, end):
            return _Verdict("other", end)  # "t(147)": degrees of freedom
        if (
            a.is_int
            and a.ndig == 4
            and 1500 <= a.value <= 2100
            and _YEAR_CLOSE.match(text, end)
            and _AUTHORS_BEFORE.search(text, lo, start)
        ):
            return _Verdict("reference", end)  # "Chen et al. (2018)"
        if a.is_int and text[end : end + 1] == ")" and _SUB_BEFORE.search(text, lo, start):
            return _Verdict("identifier", end)  # "Article 83(5)", "subsection (1)"
        return None
    if c0 == " " or c0 == "\u00a0" or c0 == "." or c0 == "=":
        if _DF_SECOND.search(text, lo, start) and _DF_CLOSE.match(text, end):
            return _Verdict("other", end)  # "F(2, 186)"
        if _STAT_BEFORE.search(text, lo, start):
            return _Verdict("other", end)  # "t(147) = 9.84", "d = 0.41"
        if _SD_BEFORE.search(text, max(0, start - 8), start) and rows:
            prev = rows[-1]
            if prev.kind == "quantity" and prev.unit and _SD_GAP.fullmatch(text, prev.end, start):
                return _Verdict("quantity", end, prev.unit)  # "M = 712 ms, SD = 98"
            return None
        if _SE_BEFORE.search(text, lo, start) or (not a.is_int and _SE_AFTER.match(text, end)):
            return _Verdict("other", end)  # "(standard error 0.12)"
        if x.value <= 14 and (
            _PH_DIRECT.search(text, lo, start)
            or (not a.is_int and _PH_NEAR.search(text, max(0, start - 64), start))
        ):
            return _Verdict("other", end)  # "a pH of 7.00", "between pH 7.35 and 7.45"
        if _METRIC_AFTER.match(text, end):
            return _Verdict("other", end)  # "28.4 BLEU"
        if a.is_int and prevw in _PANEL_NOUNS and _PANEL.match(text, end):
            return _Verdict("identifier", end + 1)  # "Fig. 3a", "Session 4B"
        if text[max(0, start - 9) : start - 1].rsplit(" ", 1)[-1] in _CAP_IDENT_NOUNS:
            return _Verdict("identifier", end)  # "Example 3.4", "Scope 1"
        if not a.is_int:
            return None
        if (prevw in _IDENT_NOUNS and c0 == " ") or _AND_BEFORE.search(
            text, max(0, start - 16), start
        ):
            return _Verdict("identifier", end)  # "column 3", "Scope 1 and 2"
        if prevw == "level" and _LEVEL_AFTER.match(text, end):
            return _Verdict("identifier", end)
    return None
