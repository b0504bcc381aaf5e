"""Numbers that name a version, a port or a property class in Russian technical text, each
one ``identifier``: a software version after a version word or a program's name
(``Python версии 3.11``, ``PostgreSQL 15.4``, ``версия 2.0``), a network port (``порт
5432``) and the strength class of a fastener (``Класс прочности болтов — 8.8``).

A version after a program's name is dotted (``15.4``, ``1.24.3``): Russian writes decimal
fractions with a comma, so a point between digits after a Latin-script name is no amount
(``Toyota Camry 2,5`` is left alone; a comma never reads as a version).  A unit after the
number is read first (``версия 8/256 ГБ`` is memory).

Read from the Russian table of :mod:`.language_kinds` for numbers without a unit; each
check opens with a test of the word before or of one character before any regular expression.
"""

from __future__ import annotations

import re

from .record import _Verdict

__all__ = ["ru_version_identifier"]

# the word right before the number (lower case)
_VERSION_WORDS = frozenset(
    "версия версии версию версией версий релиз релиза релизе релизом сборка сборки сборку".split()
)
_PORT_WORDS = frozenset("порт порта порту портом портов порты".split())
# a Cyrillic word after a port number: only a link word keeps it a name ("порт 5432 по
# умолчанию"; not "в порт 12 судов")
_NOUN_AFTER = re.compile(r"[ \u00a0]+([а-яёА-ЯЁ]+)")
_LINK_AFTER = frozenset("и или либо выше ниже не по на в во для от с со из до".split())
# a version dotted after a Latin-script name: "PostgreSQL 15.4", "Node.js 20.11.1"
_DOTTED = re.compile(r"\d{1,3}(?:\.\d{1,4}){1,3}(?![\d,]|\.\d)")
_LATIN_NAME_BEFORE = re.compile(r"(?<![\w.])[A-Za-z][A-Za-z.+#-]*[A-Za-z+#][ \u00a0]$")
# the class of a bolt, screw or nut: "класс прочности 8.8", "класса прочности болтов — 10.9"
_STRENGTH_CLASS_BEFORE = re.compile(
    r"(?<![^\W\d_])класс\w*[ \u00a0]+прочности(?:[ \u00a0]+[^\W\d_]+)?[ \u00a0]*[—–:-]?[ \u00a0]*$",
    re.IGNORECASE,
)


def ru_version_identifier(
    text: str, start: int, end: int, unit: str | None, prevw: str
) -> _Verdict | None:
    """``identifier`` for a version, port or strength class at *start*..*end*, else None.

    Parameters
    ----------
    text : str
        The passage.
    start, end : int
        The span of the number.
    unit : str or None
        The unit read after the number; the rule needs none.
    prevw : str
        The word before the number, lower case.

    Returns
    -------
    _Verdict or None
        The verdict, or None.

    Examples
    --------
    >>> t = "PostgreSQL 15.4, порт 5432"
    >>> ru_version_identifier(t, 11, 15, None, "postgresql").kind
    'identifier'
    >>> ru_version_identifier(t, 22, 26, None, "порт").kind
    'identifier'
    >>> ru_version_identifier("Toyota Camry 2,5 л", 13, 16, None, "camry") is None
    True
    >>> ru_version_identifier("в порт 12 судов", 7, 9, None, "порт") is None
    True
    """
    if unit:
        return None
    if prevw in _VERSION_WORDS:
        return _Verdict("identifier", end)
    if prevw in _PORT_WORDS:
        noun = _NOUN_AFTER.match(text, end)  # "в порт 12 судов": a count of ships
        if noun and noun.group(1).lower() not in _LINK_AFTER:
            return None
        return _Verdict("identifier", end)
    if "." not in text[start:end]:
        return None
    c = text[start - 2 : start - 1]
    if "A" <= c <= "z" and _DOTTED.fullmatch(text, start, end):
        if _LATIN_NAME_BEFORE.search(text, max(0, start - 30), start):
            return _Verdict("identifier", end)
    if _STRENGTH_CLASS_BEFORE.search(text, max(0, start - 40), start):
        return _Verdict("identifier", end)
    return None
