"""Cyrillic unit symbols and kitchen measures after a number that neither the unit lexicon
nor the hand-written patterns of :mod:`.unit_words` read: the rouble sign after the amount
(``42 990 ₽``, ``14 ₽/км``), electrical and computing symbols (``40 Ом``, ``5 А``,
``100 Вт``, ``40 дБ``, ``256 ГБ``, ``50 Мп``), force (``12 000 кгс``), acceleration
(``10 м/с²``), fuel consumption (``7,2 л/100 км``), kitchen measures (``1 ст. л.``,
``2 ч. л.``, ``2 столовые ложки``, ``1 стаканъ``), a gram before a sentence's full stop
after a dose (``доза — 4 г.``) and roubles ``р.`` before a capital after a price word
(``Цѣна 7 500 р. Видѣть``).

:func:`.units.unit_after` asks here after its own patterns and keeps the longer match.
"""

from __future__ import annotations

import re

from .ru_price_lists import price_list_before

__all__ = ["hyphen_unit_after", "cyrillic_unit_after"]

# the first characters of the forms below (a cheap test before any regex)
_FIRST = frozenset("₽ВАОкКМГТдмлсчСЧгр")

# a capital letter symbol (ampere, volt) is no class or house letter ("5 А класса",
# "д. 5 А"): it ends the clause or a lower-case word follows that is not "класс"
_CAP_END = r"(?=[ \u00a0]*(?:[,;?!)]|\.(?:\s|$)|$)|[ \u00a0]+(?!класс)(?-i:[а-яё]))"

# nouns before a number whose capital letter names a house, building or class
_LETTER_NOUN = re.compile(
    r"(?:дом\w*|д\.|корп\w*|строени\w*|стр\.|класс\w*|школ\w*|литер\w*)[ \u00a0№]*\d+$",
    re.IGNORECASE,
)

_FORMS: tuple[tuple[str, str, str], ...] = (
    (r"₽", "RUB", "money"),
    (r"л/100[ \u00a0]?км", "l/100km", "quantity"),
    (r"м/с[²2]", "m/s2", "quantity"),
    (
        r"(?:ст\.[ \u00a0]?л\.|столов(?:ая|ой|ую|ые|ых|ыми)[ \u00a0]+ло(?:жк|жек|жечк)\w*)",
        "tbsp",
        "quantity",
    ),
    (
        r"(?:ч\.[ \u00a0]?л\.|чайн(?:ая|ой|ую|ые|ых|ыми)[ \u00a0]+ло(?:жк|жек|жечк)\w*)",
        "tsp",
        "quantity",
    ),
    (r"стакан(?:а|ов|у|ом|е|ы|ами|ах|ъ|амъ|ахъ)?", "cup", "quantity"),
    (r"кгс", "kgf", "quantity"),
    (r"лѣтъ|лѣт|годъ", "year", "quantity"),  # the old spelling: "отъ 12 до 15 лѣтъ"
    (r"[кМм]?Ом", "ohm", "quantity"),
    (r"Вт·ч", "Wh", "quantity"),
    (r"Вт", "W", "quantity"),
    (r"дБ[АA]?", "dB", "quantity"),
    (r"(?:ГБ|Гб|Гбайт\w*|гигабайт\w*)", "GB", "quantity"),
    (r"(?:МБ|Мб|Мбайт\w*|мегабайт\w*)", "MB", "quantity"),
    (r"(?:ТБ|Тб|Тбайт\w*|терабайт\w*)", "TB", "quantity"),
    (r"(?:Мп|МП|Мпикс|мегапиксел\w*)", "MP", "quantity"),
    (r"А" + _CAP_END, "A", "quantity"),
    (r"В" + _CAP_END, "V", "quantity"),
)

_FORM_RE = re.compile(
    r"[ \u00a0]?(?:" + "|".join(f"(?P<f{i}>{src})" for i, (src, _, _) in enumerate(_FORMS)) + r")"
    r"(?![^\W\d_])"
)

# "доза — 4 г.": a gram before a sentence's full stop after a whole number of up to three
# digits, not after a year's preposition ("в 988 г.") nor before an era ("33 г. н. э.")
_GRAM_STOP = re.compile(
    r"[ \u00a0](?-i:г)(?=\.(?:[ \u00a0]+(?-i:[А-ЯЁ])|\n|$))(?![ \u00a0]*\.[ \u00a0]*н\.)"
)
_YEAR_PREP = re.compile(
    r"(?:^|[^\w])(?:в|во|с|со|к|ко|по|до|от|около|после|между|на|за|и|или|года|году)"
    r"[ \u00a0]+\d{1,3}$",
    re.IGNORECASE,
)
_DOSE_BEFORE = re.compile(r"[—–=:][ \u00a0]*\d{1,3}$|[а-яё]{3,}[ \u00a0]+\d{1,3}$")

# "Цѣна 7 500 р. Видѣть": roubles before a capital only after a price word
_RUB_CAP = re.compile(r"[ \u00a0](?-i:р)\.(?=[ \u00a0]+(?-i:[А-ЯЁ]))")
_PRICE_BEFORE = re.compile(
    r"(?:цена|цѣна|стоимость|стоит|стоимостью|за)[ \u00a0:—–-]*[\d \u00a0]+$", re.I
)


def cyrillic_unit_after(text: str, pos: int, lang: str | None = None) -> tuple[int, str, str] | None:
    """A Cyrillic unit symbol, the rouble sign or a kitchen measure right after a number.

    Parameters
    ----------
    text : str
        The text.
    pos : int
        Where the number ends (one space may follow it before the symbol).
    lang : str or None, default=None
        The language; in Kazakh a one-letter ``А`` / ``В`` is left to the Kazakh rules
        (:func:`.kk_symbols.kk_letter_unit`: amperes and volts only in an electrical
        context).

    Returns
    -------
    tuple of (int, str, str) or None
        The end of the symbol, the unit code and the kind (``money`` or ``quantity``).

    Examples
    --------
    >>> cyrillic_unit_after("42 990 ₽.", 6)
    (8, 'RUB', 'money')
    >>> cyrillic_unit_after("1 ст. л. сахара", 1)
    (8, 'tbsp', 'quantity')
    >>> cyrillic_unit_after("ученики 5 А класса", 9) is None
    True
    """
    c = text[pos : pos + 1]
    if c in (" ", "\u00a0"):
        c = text[pos + 1 : pos + 2]
    if c not in _FIRST:
        return None
    m = _FORM_RE.match(text, pos)
    if m:
        code, kind = _FORMS[int((m.lastgroup or "f0")[1:])][1:]
        if code in ("A", "V") and (lang == "kk" or _LETTER_NOUN.search(text, max(0, pos - 25), pos)):
            return None  # "в доме 7 В", "корпус 5 А": a house or class letter
        return m.end(), code, kind
    if c == "г" and _GRAM_STOP.match(text, pos):
        before = text[max(0, pos - 30) : pos]
        if _DOSE_BEFORE.search(before) and not _YEAR_PREP.search(before):
            return pos + 2, "g", "quantity"
    if (
        c == "р"
        and _RUB_CAP.match(text, pos)
        and (_PRICE_BEFORE.search(text, max(0, pos - 30), pos) or price_list_before(text, pos))
    ):
        return pos + 3, "RUB", "money"
    return None


# a unit symbol or a percent stem fused to the number by a hyphen: "125-мм пушка",
# "3-процентного уксуса" (the whole word inside); not "5-м" (an ordinal's ending)
_HYPHEN_UNIT = re.compile(
    r"[-‐‑](?:(?P<mm>мм)|(?P<cm>см)|(?P<km>км)|(?P<kg>кг)"
    r"|(?P<pc>процентн(?:ый|ого|ому|ым|ом|ая|ой|ую|ое|ые|ых|ыми))"
    r"|(?P<pood>пудов(?:ый|ого|ому|ым|ом|ая|ой|ую|ое|ые|ых|ыми)))(?![^\W\d_])"
)
_HYPHEN_CODES = {"mm": "mm", "cm": "cm", "km": "km", "kg": "kg", "pc": "%", "pood": "pood"}


def hyphen_unit_after(text: str, pos: int) -> tuple[int, str, str] | None:
    """A unit symbol or percent adjective after a hyphen at *pos* (``125-мм``,
    ``3-процентного``): (end, unit code, kind) or ``None``.

    Examples
    --------
    >>> hyphen_unit_after("125-мм пушка", 3)
    (6, 'mm', 'quantity')
    >>> hyphen_unit_after("3-процентного уксуса", 1)
    (13, '%', 'percent')
    >>> hyphen_unit_after("в 5-м классе", 3) is None
    True
    """
    m = _HYPHEN_UNIT.match(text, pos)
    if m is None:
        return None
    code = _HYPHEN_CODES[m.lastgroup or "mm"]
    return m.end(), code, "percent" if code == "%" else "quantity"
