"""ru: a postcode and the code of a unified form are identifiers.

A Russian postcode is six digits (the first 1–6) written at the head of an address:
``по адресу: 443086, г. Самара``, ``125009, Москва, ул. Тверская``, ``Россия, 630090,
Новосибирск`` -- one ``identifier`` with its value.  The code of a unified form of primary
accounting written with its letters ``по форме ТОРГ-12``, ``формы ОС-6`` is one
``identifier`` with the letters inside and the value of the number (``КС-2`` is one
already as a two-capital designation).
"""

from __future__ import annotations

import re

__all__ = ["form_code_start", "is_postcode"]

_PLACE_AFTER = re.compile(
    r",[ \u00a0]*(?:г\.|гор\.|город\b|пос\.|пгт\b|с\.|дер\.|Москва|Санкт-Петербург|Россия\b|РФ\b"
    r"|[А-ЯЁ][а-яё]+(?:ая|ий|ой)[ \u00a0](?:обл|край|респ|АО))"
)
_ADDRESS_BEFORE = re.compile(
    r"(?:[Аа]дрес\w*:?|[Ии]ндекс\w*:?|Россия,|Российская[ \u00a0]Федерация,|РФ,)[ \u00a0]*$"
)
_FORM_BEFORE = re.compile(r"(?<![^\W\d_])(?:[Фф]орм[аеуы]|[Фф]ормой)[ \u00a0]+(?:№[ \u00a0]?)?$")
_FORM_LETTERS = re.compile(r"(?<![\w-])[А-ЯЁ]{2,5}-$")


def is_postcode(text: str, s: int, e: int) -> bool:
    """Are the six digits at *s*..*e* a postcode at the head of an address?

    Parameters
    ----------
    text : str
        The whole text.
    s, e : int
        The digits (six of them, checked by the caller).

    Returns
    -------
    bool
        True when a place follows (``, г. Самара``, ``, Москва``) or an address label
        precedes (``адресу:``, ``Россия,``).

    Examples
    --------
    >>> is_postcode("по адресу: 443086, г. Самара", 11, 17)
    True
    >>> is_postcode("Тираж 300000, цена договорная", 6, 12)
    False
    """
    if text[s] not in "123456":
        return False
    return bool(_PLACE_AFTER.match(text, e) or _ADDRESS_BEFORE.search(text, max(0, s - 30), s))


def form_code_start(text: str, s: int) -> int:
    """The start of the letters of a form code whose number starts at *s*, or -1.

    Parameters
    ----------
    text : str
        The whole text.
    s : int
        The start of the digits, a hyphen before them (checked by the caller).

    Returns
    -------
    int
        The start of the capitals of ``ТОРГ-12`` after ``форма`` / ``по форме`` (a ``№``
        between them allowed), else -1.

    Examples
    --------
    >>> form_code_start("по форме ТОРГ-12.", 14)
    9
    >>> form_code_start("вирус КОВИД-19", 12)
    -1
    """
    m = _FORM_LETTERS.search(text, max(0, s - 6), s)
    if m is None or not _FORM_BEFORE.search(text, max(0, m.start() - 14), m.start()):
        return -1
    return m.start()
