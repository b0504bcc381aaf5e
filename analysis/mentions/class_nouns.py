"""Russian class and grade nouns after a number: the number names a class, not an amount
(an ``identifier``): ``III снегового района``, ``I и II степени огнестойкости``,
``I–II степени``, ``5–6 разряда``, ``7–9 классы``, ``II типа``.

Called only after a Roman numeral or a range without a unit (cheap: one anchored regex).
"""

from __future__ import annotations

import re

__all__ = ["class_noun_after", "range_class_noun_after"]

# the class nouns, any case (an adjective may stand between: "снегового района")
_NOUNS = (
    r"(?:степен(?:и|ь|ью|ей|ям|ях)|район(?:а|у|е|ом|ы|ов|ах)?|категори(?:и|я|ю|ей|й|ям|ях)"
    r"|разряд(?:а|у|е|ом|ы|ов|ам|ах)?|групп(?:ы|а|е|у|ой)|сорт(?:а|у|е|ом)?"
    r"|бонитет(?:а|у|е|ом)?|зон(?:ы|а|е|у|ой)|тип(?:а|у|е|ом)|уровн(?:я|ю|е|ем)"
    r"|класс(?:а|у|е|ом|ы|ов|ах|ам|ами)?)(?![^\W\d_])"
)
_ADJ = r"(?:[а-яё]{3,}(?:ого|его|ой|ей|ых|их)[ \u00a0]+)?"
_ROMAN = r"[IVXLІХ]{1,5}"

_CLASS_AFTER = re.compile(
    rf"(?:[ \u00a0]*(?:,|[ \u00a0]и|[ \u00a0]или)[ \u00a0]+{_ROMAN})?[ \u00a0]+{_ADJ}{_NOUNS}",
    re.IGNORECASE,
)

# after a range of digits: a qualification grade or school classes ("5–6 разряда", "7–9
# классы"); "2–3 класса" (genitive after a count) stays a range unless a grade word
_RANGE_CLASS_AFTER = re.compile(
    r"[ \u00a0]+(?:разряд\w*|класс(?:ы|ов|ах|ам|ами)|степени|бонитета)(?![^\W\d_])",
    re.IGNORECASE,
)


def class_noun_after(text: str, end: int) -> bool:
    """Does a class or grade noun follow the Roman numeral ending at *end* (maybe after
    one adjective, or after a second listed numeral: ``I и II степени``)?

    Examples
    --------
    >>> class_noun_after("для III снегового района", 7)
    True
    >>> class_noun_after("в XX веке", 4)
    False
    """
    return _CLASS_AFTER.match(text, end) is not None


def range_class_noun_after(text: str, end: int) -> bool:
    """Does a grade or school-class noun follow the range of digits ending at *end*?

    Examples
    --------
    >>> range_class_noun_after("сварщики 5–6 разряда", 12)
    True
    >>> range_class_noun_after("на 2–3 класса больше", 6)
    False
    """
    return _RANGE_CLASS_AFTER.match(text, end) is not None
