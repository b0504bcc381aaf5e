"""Units fused into an adjective after a hyphen: ``20-футового`` (20 ft), ``30-километровой``
(30 km), ``15-сильном`` (15 hp), Kazakh ``74-шақырымдық`` (74 km), English ``5-mile``, ``10-ton`` (the lexicon reads
``20-foot``, ``72-MW`` itself).  The whole word is inside the span."""

from __future__ import annotations

import re

# Russian adjective stems of units (before the adjective ending) and their unit codes
_RU_STEMS: dict[str, str] = {
    "футов": "ft",
    "дюймов": "inch",
    "километров": "km",
    "метров": "m",
    "сантиметров": "cm",
    "миллиметров": "mm",
    "верстн": "verst",
    "мильн": "mile",
    "тонн": "t",
    "килограммов": "kg",
    "граммов": "g",
    "литров": "l",
    "сильн": "hp",
    "ваттн": "watt",
    "киловаттн": "kW",
    "вольтов": "volt",
    "гектарн": "ha",
}

_RU_ADJ = re.compile(
    r"[-‐‑](?P<s>" + "|".join(sorted(_RU_STEMS, key=len, reverse=True)) + r")"
    r"(?:ый|ий|ого|ому|ым|ом|ая|ой|ую|ое|ые|ых|ыми|ей)(?![^\W\d_])",
    re.IGNORECASE,
)

# Kazakh unit nouns before the adjective suffix -лық / -дық / -тық ("74-шақырымдық жол",
# "500-тонналық", "10-метрлік"); a hyphen and a possessive make a kilometre post instead
# ("215-шақырымында", an ordinal: classify_ids.py)
_KK_STEMS: dict[str, str] = {
    "шақырым": "km",
    "километр": "km",
    "метр": "m",
    "сантиметр": "cm",
    "миллиметр": "mm",
    "тонна": "t",
    "килограмм": "kg",
    "килограм": "kg",
    "гектар": "ha",
    "литр": "l",
}
_KK_ADJ = re.compile(
    r"[-‐‑](?P<s>" + "|".join(sorted(_KK_STEMS, key=len, reverse=True)) + r")"
    r"(?:[лдт][ыі]қ|[лдт][ыі]к)(?![^\W\d_])",
    re.IGNORECASE,
)

# English unit words the lexicon does not read after a hyphen
_EN_WORDS: dict[str, str] = {"mile": "mile", "ton": "t", "tonne": "t"}
_EN_ADJ = re.compile(r"[-‐‑](?P<s>miles?|tons?|tonnes?)(?![^\W\d_]|[-‐‑]\w)", re.IGNORECASE)


def unit_adjective_after(text: str, pos: int, lang: str | None) -> tuple[int, str, str] | None:
    """A unit fused into a hyphenated adjective right at *pos*: (end, unit code, kind).

    Parameters
    ----------
    text : str
        The text.
    pos : int
        Where the number ends (the hyphen must stand there).
    lang : str or None
        Language code; ``None`` tries both Russian and English.

    Returns
    -------
    tuple of (int, str, str) or None
        The end of the adjective, the unit code and the kind ``"quantity"``.

    Examples
    --------
    >>> unit_adjective_after("20-футового контейнера", 2, "ru")
    (11, 'ft', 'quantity')
    >>> unit_adjective_after("16-этажный", 2, "ru") is None
    True
    """
    if text[pos : pos + 1] not in ("-", "‐", "‑"):
        return None
    if lang in ("ru", None):
        m = _RU_ADJ.match(text, pos)
        if m:
            return m.end(), _RU_STEMS[m.group("s").lower()], "quantity"
    if lang in ("kk", None):
        m = _KK_ADJ.match(text, pos)
        if m:
            return m.end(), _KK_STEMS[m.group("s").lower()], "quantity"
    if lang in ("en", None):
        m = _EN_ADJ.match(text, pos)
        if m:
            w = m.group("s").lower()
            return m.end(), _EN_WORDS[w[:-1] if w.endswith("s") else w], "quantity"
    return None
