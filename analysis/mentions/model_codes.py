"""Model and grade codes with Cyrillic letters, each one ``identifier``: a series
designation with letters (and digits) glued after its number (``Т-72Б3``, ``Ил-76МД``,
``Д-30КП``, ``В-92С2``), a code of digits and capitals (``2А46М-5``, ``3М14``) and a
grade or class letter glued to its number (``В25``, ``М350``, a one-digit ``W6`` after a
grade noun), and a version number after a second hyphen (``Ил-96-300``).  The value is
the code's only number, null when it has several.

The functions are called only when a capital letter stands right before or after the
digits (a cheap test of the caller).
"""

from __future__ import annotations

import re

from .record import _NAN

__all__ = ["designation_suffix", "digit_letter_code", "grade_code"]

# letters (and digits) glued after a designation's number: "Б3", "МД", "КП", "С2", "М-5";
# not a word going on in lower case ("Су-27Сх" stays "Су-27")
_SUFFIX = re.compile(r"[А-ЯЁA-Z]{1,3}(?P<d>\d{1,3})?(?:[А-ЯЁA-Z]{1,2})?(?P<h>-\d{1,3})?(?![\w-])")

# a second number after a hyphen: a version of an aircraft ("Ил-96-300", "Ан-124-100"), not a
# range, a decimal or a word in lower case ("Ту-154-го")
_SECOND_NUMBER = re.compile(r"-\d{1,4}(?![\d\w.,–-])|-\d{1,4}(?=[.,](?!\d))|-\d{1,4}(?=[А-ЯЁA-Z])")

# digits, capitals and digits of two or more ("2А46М-5", "3М14", "9К38"); a stand
# composition "7С2Б1Е" (one-digit shares) is no code
_DIGIT_LETTER = re.compile(r"\d{1,3}[А-ЯЁA-Z]{1,3}\d{2,4}[А-ЯЁA-Z]{0,3}(?:-\d{1,3})?(?![\w-])")

# one or two Cyrillic capitals glued to a number: a concrete class, a grade ("В25", "М350")
_CYR_GRADE = re.compile(r"(?<![\w.&-])[А-ЯЁ]{1,2}(?P<n>\d{2,4})(?![\w-]|[.,]\d)")
# one capital glued to one digit after a grade noun ("водонепроницаемости W6", "класса В7")
_ONE_DIGIT_GRADE = re.compile(r"(?<![\w.&-])[А-ЯЁA-Z](?P<n>\d)(?![\w-]|[.,]\d)")
_GRADE_NOUN = re.compile(
    r"(?:класс\w*|марк\w*|водонепроницаемост\w*|морозостойкост\w*|прочност\w*"
    r"|подвижност\w*|огнестойкост\w*)[ \u00a0]+(?:по[ \u00a0]+\w+[ \u00a0]+)?$",
    re.IGNORECASE,
)


def designation_suffix(text: str, end: int, value: float) -> tuple[int, float]:
    """Extend a designation ending at *end* over the letters glued after it.

    Parameters
    ----------
    text : str
        The text.
    end : int
        Where the designation's digits end.
    value : float
        The designation's number.

    Returns
    -------
    tuple of (int, float)
        The new end and value: unchanged without a suffix, null when the suffix has
        digits of its own (``Т-72Б3``).

    Examples
    --------
    >>> designation_suffix("Ил-76МД оснащён", 5, 76.0)
    (7, 76.0)
    >>> designation_suffix("Т-72Б3 вооружён", 4, 72.0)[0]
    6
    >>> designation_suffix("Ил-96-300 взлетел", 5, 96.0)[0]
    9
    """
    c = text[end : end + 1]
    if c == "-":  # "Ил-96-300", "Ил-96-300ПУ": one code of two numbers, value null
        second = _SECOND_NUMBER.match(text, end)
        return (designation_suffix(text, second.end(), value)[0], _NAN) if second else (end, value)
    if not c.isupper():
        return end, value
    m = _SUFFIX.match(text, end)
    if m is None:
        return end, value
    return m.end(), _NAN if m.group("d") or m.group("h") else value


def digit_letter_code(text: str, start: int) -> tuple[int, int, float] | None:
    """A code of digits, capitals and digits starting at *start* (``2А46М-5``):
    (start, end, null value) or ``None``."""
    m = _DIGIT_LETTER.match(text, start)
    if m is None or (start and (text[start - 1].isalnum() or text[start - 1] in "-.,")):
        return None
    return start, m.end(), _NAN


def grade_code(text: str, s: int, e: int) -> tuple[int, int, float] | None:
    """A grade or class letter glued before the digits at *s*..*e* (``В25``, ``М350``,
    ``W6`` after a grade noun): (start, end, value) or ``None``."""
    for ls in (s - 2, s - 1):
        if ls < 0:
            continue
        m = _CYR_GRADE.match(text, ls)
        if m and m.end() == e and not 1900 <= int(m.group("n")) <= 2100:
            return ls, e, float(m.group("n"))
    m = _ONE_DIGIT_GRADE.match(text, s - 1)
    if m and m.end() == e and _GRADE_NOUN.search(text, max(0, s - 40), s - 1):
        return s - 1, e, float(m.group("n"))
    return None
