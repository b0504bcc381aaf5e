"""English numbers of software and the web that name a thing: a version or release number
after its word or a product name (``Release 4.2``, ``version 3.11``, ``Windows 8.1``,
``Python 3.12``), and an HTTP status code (``a 504 status code``, ``HTTP 404``, ``status
code 503``).  Both are ``identifier`` (a decimal version is no count of anything).
"""

from __future__ import annotations

import re

__all__ = ["VERSION_PREV", "http_status", "software_version"]

#: words (lower case) after which a decimal is a version: the words themselves, and
#: product names written with a capital ("Windows 8.1", not "the windows 2.5 ...")
VERSION_PREV = frozenset(
    "version versions release releases ver v windows python android ios macos ubuntu debian"
    " java php firefox chrome perl ruby kernel".split()
)
_VERSION_WORDS = frozenset("version versions release releases ver v".split())
# a status code after "HTTP", "status", "status code", "error code" (and "HTTP/1.1 ")
_STATUS_BEFORE = re.compile(
    r"(?:\bHTTP(?:/\d(?:\.\d)?)?|\b[Ss]tatus(?:[ \u00a0]code)?|\b[Ee]rror[ \u00a0]code)[ \u00a0]$"
)
# ... or before "status (code)", "response", "error page"
_STATUS_AFTER = re.compile(r"[ \u00a0](?:status\b|response\b|error[ \u00a0]page\b)")


def software_version(text: str, start: int, prevw: str) -> bool:
    """Is the decimal at *start* a version number, after *prevw* (the word before, lower case)?

    Parameters
    ----------
    text : str
        The whole text.
    start : int
        Offset of the number (a decimal, no unit after it).
    prevw : str
        The word before the number, in lower case.

    Returns
    -------
    bool
        True after a version word (``Release 4.2``, ``v. 2.1``), or after a product name
        written with a capital (``Windows 8.1``, ``Python 3.11``).

    Examples
    --------
    >>> software_version("drops support for Windows 8.1 and", 26, "windows")
    True
    >>> software_version("two windows 1.5 wide", 12, "windows")
    False
    """
    if prevw not in VERSION_PREV:
        return False
    if prevw in _VERSION_WORDS:
        return True
    w = start - 1 - (text[start - 2 : start - 1] == ".")
    return text[w - len(prevw) : w][:1].isupper()


def http_status(text: str, start: int, end: int, value: float) -> bool:
    """Is the integer at *start*..*end* an HTTP status code?

    Parameters
    ----------
    text : str
        The whole text.
    start, end : int
        The number.
    value : float
        Its value.

    Returns
    -------
    bool
        True for a three-digit code from 100 to 599 after ``HTTP``, ``status (code)`` or
        ``error code``, or before ``status``, ``response`` or ``error page``.

    Examples
    --------
    >>> http_status("the client receives a 504 status code.", 22, 25, 504.0)
    True
    >>> http_status("some 504 errors were logged", 5, 8, 504.0)
    False
    """
    if end - start != 3 or not 100 <= value < 600:
        return False
    return bool(
        _STATUS_BEFORE.search(text, max(0, start - 18), start) or _STATUS_AFTER.match(text, end)
    )
