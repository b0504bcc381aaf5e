"""Spans of bibliographic and classification identifiers: the number without its label.

An ISBN, ISSN, УДК / ББК / UDC code or a DOI is one ``identifier`` (value null) whose span
is the code alone, the label before it outside (``ISBN 978-5-8243-2310-4``, ``УДК
336.748.12``, ``DOI: 10.31857/S086956870015672-3``, ``https://doi.org/10.1080/0029``), and
the sentence's final period outside a DOI.  A patent class of the International Patent
Classification (``МПК B01J 20/18``, ``IPC A61K 31/00``) is one ``identifier`` (value null):
section letter, class digits, subclass letter, group and subgroup.
"""

from __future__ import annotations

import re

__all__ = ["CODE_ATOMS", "IPC_CODE_DIGITS", "code_span", "doi_in_url"]

# the code starts at its first digit (an ISBN's check "X" only ends it), a DOI at "10."
_CODE_START = re.compile(r"10\.\d{4,9}/|[\d(]")
# a DOI inside a URL of a resolver ("https://doi.org/10.1080/0029", "dx.doi.org/10....")
_DOI_IN_URL = re.compile(r"doi\.org/(10\.\d{4,9}/\S+)", re.IGNORECASE)
#: an IPC class ("B01J 20/18", "A61K 31/00", "H01L 21/02") from the digits after its
#: section letter (the atom scan starts at digits; :func:`code_span` takes the letter in)
IPC_CODE_DIGITS = r"(?<=(?<![\w/])[A-H])\d\d[A-Z][ \u00a0]?\d{1,4}/\d{2,6}(?![\w/])"
#: the atoms whose span :func:`code_span` gives
CODE_ATOMS = frozenset(("isbn", "doi", "ipc"))


def code_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the code of a labelled identifier atom ``text[start:end]``.

    Parameters
    ----------
    text : str
        The whole text.
    start, end : int
        The atom: a label (``ISBN``, ``УДК``, ``doi:``) and the code.

    Returns
    -------
    tuple of int
        The code alone: from its first digit (a DOI from its ``10.``) to its end, the
        punctuation ending the sentence or a bracket closing around it left outside.
    """
    if text[start].isdigit():  # a DOI after "DOI:", an IPC class after its letter
        if start and text[start - 1] in "ABCDEFGH" and text[start + 2 : start + 3].isupper():
            return start - 1, end
    m = _CODE_START.search(text, start, end)
    if m is not None:
        start = m.start()
    if text[start : start + 3] == "10." and "/" in text[start:end]:
        while end > start and text[end - 1] in ".,:;)]»\"'":
            end -= 1
    return start, end


def doi_in_url(url: str) -> tuple[int, int] | None:
    """Offsets in *url* of the DOI of a resolver address (``https://doi.org/10.1080/0029``).

    Parameters
    ----------
    url : str
        The URL.

    Returns
    -------
    tuple of int or None
        Start and end of the DOI in *url* (final punctuation outside), or None.
    """
    if "doi.org/" not in url.lower():
        return None
    m = _DOI_IN_URL.search(url)
    if m is None:
        return None
    s, e = m.start(1), m.end(1)
    while e > s and url[e - 1] in ".,:;)]»\"'":
        e -= 1
    return s, e
