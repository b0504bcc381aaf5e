"""Ages told without an age word before the number (English): ``aged about fourscore``,
``I was seventeen.``, a register's ``Russo, 34, m.``, and radiocarbon ages before present
(``3450 ± 40 BP``); the classifier makes them quantities in years like ``aged 63``."""

from __future__ import annotations

import re

# ages told in other words (en): "aged about eighty", "I was seventeen." (a clause end or
# "when" after it), a register's "Russo, 34, m." (a sex letter after the number)
_AGED_ABOUT = re.compile(r"(?<![^\W\d_])[Aa]ged[ \u00a0](?:about|nearly|almost|around|some)[ \u00a0]$")
_WAS_BEFORE = re.compile(r"(?<![^\W\d_])(?:I|[Hh]e|[Ss]he|who)[ \u00a0]was[ \u00a0]$")
# an age in apposition after a person's name of two or three capitalised words, before a
# comma and a small word: "John Hollis, 32, labourer", "Mary Ellen Kowalski, 88, of Scranton"
_NAME_COMMA_BEFORE = re.compile(
    r"(?<![\w.])(?:[A-Z][a-z]+[ \u00a0]){1,2}(?:[A-Z][a-z]*'?[A-Z]?[a-z]+),[ \u00a0]$"
)
_APPOSITION_AFTER = re.compile(r",[ \u00a0]+(?:[a-z]|\()")
# capitalised words that open a clause or name a time or a place, not a person
_NOT_NAME = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Street Road Lane Avenue".split()
)
_CLAUSE_END = re.compile(r"[.,;!?]|[ \u00a0]when(?![^\W\d_])")
# an age in brackets after a name or initials in crime and accident news: "berinisial AS
# (34) dan RH (27)", "Budi (45), warga ..." (the brackets outside)
_NAME_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]{1,3}|[A-Z][a-z]{2,15})[ \u00a0]\($")
_BRACKET_AGE_AFTER = re.compile(
    r"\)(?:[,;.]|[ \u00a0]+(?:dan|serta|yang|warga|asal|di|ke|dari|bersama|ditangkap"
    r"|diamankan|tewas|meninggal|mengalami|and|who)\b)"
)
_SEX_AFTER = re.compile(r",[ \u00a0][mfMF]\.?(?=[,;)])")
# a life event "at" an age (en): "died in Princeton at 76", "left school at fourteen",
# "At twelve he was sent to work"; "lived to be 90"
_LIFE_AT_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:died|dies|retired|retires|married|marries|left[ \u00a0]+(?:school|home)"
    r"|enlisted|emigrated|widowed|orphaned|went[ \u00a0]+to[ \u00a0]+(?:work|sea)|was[ \u00a0]+sent)"
    r"(?![^\W\d_])[^.;:!?\d]{0,40}[ \u00a0]at[ \u00a0]$"
)
_AT_OPENING = re.compile(r"(?:^|[.;!?][ \u00a0]+)At[ \u00a0]$|;[ \u00a0]+at[ \u00a0]$")
_PRONOUN_AFTER = re.compile(r",?[ \u00a0]+(?:he|she|I|they|we)[ \u00a0]")
_PRONOUN_WAS_AFTER = re.compile(r",?[ \u00a0]+(?:he|she|I)[ \u00a0]+was[ \u00a0]")
_LIVED_TO_BE = re.compile(r"(?<![^\W\d_])(?:live|lived|lives|living)[ \u00a0]+to[ \u00a0]+be[ \u00a0]$")
# an age limit changed "to" a number: "the school-leaving age be raised to 15 ... and to 16"
_AGE_TO_BEFORE = re.compile(
    r"(?<![^\W\d_])age(?![^\W\d_])[^.;!?\d]{0,24}?(?:raised|lowered|increased|reduced|fixed|set)"
    r"[ \u00a0]+to[ \u00a0]+(?:\d{1,3}(?![\d.,])[^.;!?]{0,40}[ \u00a0]and[ \u00a0]+to[ \u00a0]+)?$"
)
_CLOCK_AFTER = re.compile(r"[:.]\d|[ \u00a0]*(?:[ap]\.?m\b|o'clock|hours?\b|hrs?\b)", re.IGNORECASE)


def _told_age(text: str, start: int, end: int, prevw: str) -> bool:
    """Whether the whole number at *start*..*end* is an age told in other words.

    Parameters
    ----------
    text : str
        The text.
    start, end : int
        The span of the number.
    prevw : str
        The word before it, in small letters.

    Returns
    -------
    bool
        True after ``aged about`` (``nearly``, ``almost``, ``around``, ``some``), after a
        life event and ``at`` (``died at 76``, ``left school at fourteen``), after a
        sentence-opening ``At`` before a pronoun, after ``lived to be``, after an age limit
        changed to a number (``the age was raised to 15``), after
        ``I was`` / ``he was`` / ``she was`` with a clause end or ``when`` after the number,
        between ``, `` and a sex letter (``, m.,``), and in brackets (1 to 110) after a name
        or initials (``AS (34) dan``, ``Budi (45),``).
    """
    if text[start - 1 : start] == "(":
        return bool(
            end - start <= 3
            and _NAME_BEFORE.search(text, max(0, start - 18), start)
            and _BRACKET_AGE_AFTER.match(text, end)
            and int(text[start:end]) <= 110
        )
    if text[start - 1 : start] not in (" ", "\u00a0"):
        return False
    if prevw in ("about", "nearly", "almost", "around", "some"):
        return _AGED_ABOUT.search(text, max(0, start - 20), start) is not None
    if prevw in ("at", "be") and not _CLOCK_AFTER.match(text, end):
        if prevw == "be":  # digits only: "lived to be fourscore" stays a count (dev_en3)
            found = _LIVED_TO_BE.search(text, max(0, start - 16), start) is not None
            return found and text[start].isdigit()
        if _AT_OPENING.search(text, max(0, start - 6), start):
            # a clock hour ("At 8 they left") unless the clause tells of a life ("he was sent")
            if _PRONOUN_WAS_AFTER.match(text, end):
                return True
            return _PRONOUN_AFTER.match(text, end) is not None and not _is_hour(text[start:end])
        return _LIFE_AT_BEFORE.search(text, max(0, start - 80), start) is not None
    if prevw == "to":
        return _AGE_TO_BEFORE.search(text, max(0, start - 110), start) is not None
    if prevw == "was":
        return bool(_WAS_BEFORE.search(text, max(0, start - 9), start) and _CLAUSE_END.match(text, end))
    if text[start - 2 : start] != ", ":
        return False
    return _SEX_AFTER.match(text, end) is not None or _apposition_age(text, start, end)


def _apposition_age(text: str, start: int, end: int) -> bool:
    """Whether the number at *start*..*end* (after ``, ``) is an age in apposition to a
    person's name: ``John Hollis, 32, labourer``; not ``Mill Road, 12, ...`` nor
    ``Friday, 12,``."""
    if end - start > 3 or not _APPOSITION_AFTER.match(text, end):
        return False
    name = _NAME_COMMA_BEFORE.search(text, max(0, start - 40), start)
    if name is None:
        return False
    return not any(w in _NOT_NAME for w in text[name.start() : start - 2].split())


_HOURS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve 1 2 3 4 5 6 7 8 9 10 11 12".split()
)


def _is_hour(word: str) -> bool:
    """Whether *word* could be a clock hour (1 to 12, digits or words)."""
    return word.lower() in _HOURS


# a radiocarbon age before present: "3450 ± 40 BP", "2,100 cal BP" (BP outside)
_BP_AFTER = re.compile(
    r"(?:[ \u00a0]?±[ \u00a0]?\d[\d,]*)?[ \u00a0](?:cal[ \u00a0])?(?:BP|B\.P\.)(?![^\W\d_])"
)


def before_present(text: str, end: int) -> bool:
    """Whether the number ending at *end* is an age before present (``3450 ± 40 BP``: both
    numbers, ``2,100 cal BP``), a quantity in years with ``BP`` outside.

    Parameters
    ----------
    text : str
        The text.
    end : int
        The end of the number.

    Returns
    -------
    bool
        True when ``BP`` (``cal BP``, ``B.P.``) follows, also after ``± N``.
    """
    return text[end : end + 1] in (" ", "\u00a0", "±") and _BP_AFTER.match(text, end) is not None
