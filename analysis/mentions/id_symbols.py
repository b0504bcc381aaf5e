"""Indonesian unit symbols of specifications, recipes, clinical notes and school physics
that the shared lexicon leaves out because they are one letter or clash with English
words: ``60 W``, ``20 N``, ``156,9 cc``, ``15,4 PS``, ``1 PK``, ``128 GB``, ``50 MP``,
``5.000 mAh``, ``50 Mbps``, ``1 sdm``, ``½ sdt``, ``54 cm²``, ``4.200 J/kg°C``, a pulse
``nadi 104 x/menit`` (``bpm``) and a breathing rate ``RR 24 x/menit`` (``1/min``), blood
cells ``14.200/µL`` (``1/ul``), and the second denominator of ``1,2 liter/detik/ha`` and
``20–40 mg/kg BB/hari``.

Symbols are matched as written (``W`` and ``N`` only in capitals, never before a full
stop and a capital that would make them an initial), right after the number and one
space at most, and not before a letter or digit.
"""

from __future__ import annotations

import re

__all__ = ["id_symbol_after", "id_second_denominator"]

#: Symbol -> unit code; case-sensitive.
_SYMBOLS: dict[str, str] = {
    "W": "W",
    "N": "N",
    "J": "J",
    "V": "V",
    "cc": "cm3",
    "CC": "cm3",
    "PS": "hp",
    "PK": "hp",
    "pk": "hp",
    "KB": "kB",
    "MB": "MB",
    "GB": "GB",
    "TB": "TB",
    "kbps": "kbit/s",
    "Kbps": "kbit/s",
    "Mbps": "Mbit/s",
    "Gbps": "Gbit/s",
    "MP": "MP",
    "mAh": "mAh",
    "Ah": "Ah",
    "sdm": "tbsp",
    "sdt": "tsp",
    "cm²": "cm2",
    "cm2": "cm2",
    "mm²": "mm2",
    "dm²": "dm2",
    "dm³": "dm3",
    "dm3": "dm3",
    "J/kg°C": "J/(kg*degC)",
    "J/kg.°C": "J/(kg*degC)",
    "J/kgK": "J/(kg*K)",
    "N/m²": "N/m2",
    "N/m2": "N/m2",
}
_SYM_RE = re.compile(
    r"[ \u00a0]?(?P<s>"
    + "|".join(re.escape(s) for s in sorted(_SYMBOLS, key=len, reverse=True))
    + r")(?![^\W_]|[²³/]|['\u2019-])"
)
_ROOMS = re.compile(r"\bKT\b")
_INITIAL = re.compile(r"\.[ \u00a0]?[A-Z]")
_FIRST = frozenset("WNJVcCPpKMGTmAsdxk/")

# "104 x/menit", "24 kali/menit", "20 x per menit": a rate per minute
_PER_MINUTE = re.compile(
    r"[ \u00a0]?(?:x|kali)[ \u00a0]?(?:/|per[ \u00a0])[ \u00a0]?menit(?![^\W\d_])"
)
_BREATH = re.compile(
    r"(?:\bRR|\bnapas|\bnafas|\bpernapasan|\bpernafasan|\brespirasi)\W{0,3}$", re.IGNORECASE
)
# a dosing frequency: "3 x 500 mg", "1 x 1 tablet", "2 x sehari 1 kapsul"
_DOSE_TIMES = re.compile(
    r"[ \u00a0]?(?P<x>x)[ \u00a0]+(?:\d[\d.,]*[ \u00a0]?(?:mg|mcg|µg|g|ml|mL|IU|unit|tablet|tab"
    r"|kapsul|kaplet|tetes|sachet|puff|sdt|sdm|sendok|cth)(?![^\W\d_])|sehari(?![^\W\d_]))"
)
# "14.200/µL", "98.000/mm³": cells per microlitre
_PER_UL = re.compile(r"[ \u00a0]?/[ \u00a0]?(?:µL|μL|uL|µl|μl|mm³|mm3|mmk)(?![^\W\d_])")


def id_symbol_after(
    text: str, pos: int, found: tuple[int, str, str] | None = None
) -> tuple[int, str, str] | None:
    """An Indonesian unit symbol right after the number ending at *pos*, when longer than
    the unit *found* by the shared rules: (end, unit code, kind) or ``None``; ``None``
    too for a capital ``G`` the shared rules read as grams (``5G``, ``Avanza 1.3 G``: a
    network generation, a trim level) and for ``KM`` after ``KT`` (``4 KT, 3 KM``: the
    bathrooms of a house advert).

    Examples
    --------
    >>> id_symbol_after("lampu 60 W dinyalakan", 8)
    (10, 'W', 'quantity')
    >>> id_symbol_after("nadi 104 x/menit", 8)
    (16, 'bpm', 'quantity')
    """
    c = text[pos : pos + 1]
    if c in (" ", "\u00a0"):
        c = text[pos + 1 : pos + 2]
    if found is not None and found[1] == "g" and c == "G":
        return None
    if (
        found is not None
        and found[1] == "km"
        and c == "K"
        and _ROOMS.search(text, max(0, pos - 24), pos)
    ):
        return None  # "4 KT, 3 KM": bedrooms and bathrooms (kamar mandi) of a house advert
    if c not in _FIRST:
        return found
    if c == "x" and (found is None or found[1] == "times"):
        m = _DOSE_TIMES.match(text, pos)
        if m:  # "3 x 500 mg": a dosing frequency before the dose
            return m.end("x"), "times", "other"
    if c in "xk":
        m = _PER_MINUTE.match(text, pos)
        if m:
            i = pos
            while i > 0 and (text[i - 1].isdigit() or text[i - 1] in ".,"):
                i -= 1
            breath = _BREATH.search(text, max(0, i - 16), i)
            return m.end(), "1/min" if breath else "bpm", "quantity"
    if c == "/":
        m = _PER_UL.match(text, pos)
        return (m.end(), "1/ul", "quantity") if m else found
    m = _SYM_RE.match(text, pos)
    if m is None or (found is not None and found[0] >= m.end()):
        return found
    if len(m.group("s")) == 1 and _INITIAL.match(text, m.end()):
        return found  # "20 N. Hidayat": an initial
    return m.end(), _SYMBOLS[m.group("s")], "quantity"


# a second denominator after a compound unit: "liter/detik/ha", "mg/kg BB/hari"
_SECOND_DEN = re.compile(r"(?P<bb>[ \u00a0]BB)?/(?P<d>ha|hari|jam|menit)(?![^\W\d_])")
_DEN_CODE = {"ha": "ha", "hari": "d", "jam": "h", "menit": "min"}


def id_second_denominator(text: str, end: int, code: str) -> tuple[int, str] | None:
    """A second denominator after the compound unit *code* ending at *end*
    (``1,2 liter/detik/ha`` -> ``l/s/ha``; ``mg/kg BB/hari`` -> ``mg/kg/d`` with the
    body-weight abbreviation inside): (new end, code) or ``None``."""
    if text[end : end + 1] not in ("/", " ") or code.count("/") != 1:
        return None
    m = _SECOND_DEN.match(text, end)
    if m is None or (m.group("bb") and not code.endswith("/kg")):
        return None
    den = _DEN_CODE[m.group("d")]
    if code.endswith("/" + den):
        return None
    return m.end(), f"{code}/{den}"
