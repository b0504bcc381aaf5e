"""Chemical formulae in running text (``NaBH4``, ``CDCl3``, ``Fe2O3``, ``CaCO3``): the
digits of a formula count atoms and are no numeric mention."""

from __future__ import annotations

import re

__all__ = ["in_formula"]

#: Element symbols (and D, deuterium, of NMR solvents).
_ELEMENTS = frozenset(
    """H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge
    As Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm
    Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U
    Np Pu Am Cm D""".split()
)
_SYMBOLS = re.compile(r"[A-Z][a-z]?")
_WORD = re.compile(r"(?:[A-Z][a-z]?\d{0,2})*[A-Z][a-z]?")


def in_formula(text: str, word_start: int, start: int, end: int) -> bool:
    """Are the digits at *start*..*end*, glued to the letters from *word_start*, the
    count of a chemical formula?

    The letters (and counts) before must split into element symbols, at least two with
    one of two letters (``NaBH4``, ``CDCl3``) or a count among them (``C6H12O6``), or the
    formula must go on after the digits (``Fe2O3``, ``H2O``): ``PC1``, ``M3``, ``CET1`` and ``B52`` are names with a number.

    Parameters
    ----------
    text : str
        The text.
    word_start : int
        Where the letters before the digits start.
    start, end : int
        The digits.

    Returns
    -------
    bool
        True for a formula's digits.

    Examples
    --------
    >>> in_formula("added NaBH4 in", 6, 10, 11)
    True
    >>> in_formula("PC1 explains", 0, 2, 3)
    False
    >>> in_formula("Fe2O3", 0, 2, 3)
    True
    """
    if end - start > 2 or not _WORD.fullmatch(text, word_start, start):
        return False
    syms = _SYMBOLS.findall(text, word_start, start)
    if not all(s in _ELEMENTS for s in syms):
        return False
    if len(syms) >= 2 and (any(len(s) == 2 for s in syms) or not text[word_start:start].isalpha()):
        return True  # "NaBH4", "C6H12O6"
    nxt = text[end : end + 2]
    return bool(
        nxt[:1].isupper() and _SYMBOLS.match(nxt) and _SYMBOLS.match(nxt).group() in _ELEMENTS
    )
