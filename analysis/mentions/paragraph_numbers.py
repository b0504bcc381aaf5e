"""Bracketed paragraph numbers opening a paragraph of an English judgment (``[12] The
claimant was employed``) or of a patent application (``[0004] In one embodiment``).

They are ``identifier`` mentions with the brackets outside, like a judgment's ``1.``; a
bracketed number opening a reference-list entry (``[23] B. P. Abbott et al.``) stays a
footnote ``reference``.
"""

from __future__ import annotations

import re

# words opening the first sentence of a numbered paragraph of a judgment or a patent
_OPENERS = frozenset(
    """The This That These Those There It Its In On At As By For From If When Where While
    Although Though Accordingly However Moreover Furthermore Further Thus Therefore Hence
    Having Following Turning Before After Under Since Because Given In I We He She They
    Mr Mrs Ms Miss Counsel Section Article Clause Paragraph Rule Regulation Reference
    Referring According Each Both All Some No Not One An A Such What Whether Finally
    First Second Third Secondly Thirdly Firstly Lastly Similarly Alternatively Preferably
    Generally Typically Here Now Then""".split()
)
_WORD = re.compile(r" ([A-Z][a-z]*)\b(?![.,])")
# a patent application numbers its paragraphs with four zero-padded digits
_PATENT = re.compile(r"\[0\d{3}\]")


def paragraph_number(text: str, start: int, end: int) -> bool:
    """Is the bracketed number ``text[start:end]`` (brackets included) a paragraph number?

    Parameters
    ----------
    text : str
        The whole text.
    start, end : int
        Offsets of the opening and past the closing bracket.

    Returns
    -------
    bool
        True when the brackets open a line and hold a patent's zero-padded number
        (``[0004]``) or are followed by the first word of a sentence (``[12] The``).

    Examples
    --------
    >>> paragraph_number("[12] The claimant was employed", 0, 4)
    True
    >>> paragraph_number("[23] B. P. Abbott et al.", 0, 4)
    False
    """
    if start < 0 or start and text[start - 1] != "\n":
        return False
    if _PATENT.fullmatch(text, start, end):
        return True
    m = _WORD.match(text, end)
    return bool(m) and m.group(1) in _OPENERS
