"""Unit symbols of English laboratory and science writing that the unit lexicon lacks or
misreads: the hour ``h`` (``stirred for 2 h``, ``a 12-h cycle``), amounts of substance
(``5.0 mmol``, ``2.1 mmol/g``), molar energies (``49 kJ/mol``), the ``bar`` and
significances in standard deviations (``5.1σ``, ``one standard deviation``).
Accelerations (``9.8 m/s²``) are rows of the lexicon (:mod:`.technical_units`)."""

from __future__ import annotations

import re

__all__ = ["lab_unit_after"]

#: Characters that may open a laboratory unit after a number (a cheap test first).
_FIRST = frozenset(" \u00a0-σ")
#: Characters that may follow the separator.
_SECOND = frozenset("hmµμnpkJbsσ")

_LAB_RE = re.compile(
    r"(?P<sep>[ \u00a0]|-)?(?:"
    # the hour: "2 h", "48 h,", "a 12-h cycle"; not "h." opening an abbreviation ("h.c."),
    # nor a letter of a list or a name ("5 h-index", "4 h's")
    r"(?P<hour>h)(?![\w'’/-]|\.\w)"
    # amounts of substance, alone or per mass or volume: "5.0 mmol", "2.1 mmol/g", "3 µmol/L"
    r"|(?P<mol>[mµμnp]?mol)(?:/(?P<den>g|kg|mg|L|l|mL|ml|min|h)(?![\w/]))?(?![\w/])"
    # molar energies: "49 kJ/mol", "12 kcal/mol"
    r"|(?P<molar>k?J/mol|k?cal/mol)(?![\w/])"
    # the bar, before punctuation, the end or a function word ("at 1 bar and 273 K"), not
    # a counted bar ("3 bar stools")
    r"|(?P<bar>bar)(?![\w'’/-])(?![ \u00a0]+(?!(?:and|or|at|in|for|of|to|with|under)\b)[a-z])"
    # significances: "5.1σ" (glued), "one standard deviation"
    r"|(?P<sigma>σ)(?![\w])"
    r"|(?P<sd>standard[ \u00a0]deviations?)(?![\w])"
    r")"
)


def lab_unit_after(text: str, pos: int) -> tuple[int, str, str] | None:
    """A laboratory unit symbol right after a number ending at *pos*.

    Parameters
    ----------
    text : str
        The text.
    pos : int
        Where the number ends.

    Returns
    -------
    tuple of (int, str, str) or None
        ``(end, unit code, kind)``: the end of the unit, its code (``hour``, ``mmol``,
        ``mmol/g``, ``kJ/mol``, ``bar``, ``SD``) and the kind it gives
        (``quantity``, or ``other`` for standard deviations); ``None`` if no such unit
        follows.

    Examples
    --------
    >>> lab_unit_after("stirred for 2 h.", 13)
    (15, 'hour', 'quantity')
    >>> lab_unit_after("2.1 mmol/g at", 3)
    (10, 'mmol/g', 'quantity')
    >>> lab_unit_after("5 h-index", 1) is None
    True
    """
    c = text[pos : pos + 1]
    if c not in _FIRST or not c:
        return None
    if c != "σ" and text[pos + 1 : pos + 2] not in _SECOND:
        return None
    m = _LAB_RE.match(text, pos)
    if m is None:
        return None
    sep = m.group("sep")
    g = m.lastgroup
    if g == "sigma":
        return (m.end(), "SD", "other") if sep is None else None
    if sep is None:
        return None  # "NaBH4", "5h": glued letters are no laboratory unit
    if g == "hour":
        return m.end(), "hour", "quantity"
    if g == "sd":
        return (m.end(), "SD", "other") if sep != "-" else None
    if sep == "-":
        return None  # "5-mol", "3-bar": only the hour is written hyphenated
    if g == "den":
        return m.end(), _ascii(f"{m.group('mol')}/{m.group('den').lower()}"), "quantity"
    return m.end(), _ascii(m.group(g)), "quantity"


def _ascii(code: str) -> str:
    """The unit code with the micro sign as ``u``, as in the annotated sets (``umol/l``)."""
    return code.replace("µ", "u").replace("μ", "u")
