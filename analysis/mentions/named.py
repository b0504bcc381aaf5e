"""Numbers named by the noun or abbreviation before them: identifiers (``the shaft 12``,
``claim 1``, ``lot 386``, ``pit [1045]``, ``SF 212``, ``Township 12 North``, a ZIP code, a
house number before its street) and epidemiological weeks (``week 34``, an ordinal).

Each rule reads only the few characters around the number; the tables are words, so
the common case (a number after a word in none of them) costs one set look-up.
"""

from __future__ import annotations

import re

from .capital_naming import capital_naming_kind
from .context import _word_start
from .numbered_nouns import NAMING_NOUNS

# nouns naming a numbered part in a patent drawing or a specification ("the shaft 12",
# "a pinion 18", "said lever 14"; "вал 1", "пружина 6"; "poros 12"): the number after
# the noun is a reference numeral, an identifier.  Plurals name a list ("bearings 14 and
# 16").  Unit nouns ("rod", "chain", "link") are left out: "22 chains 50 links".
_PART_NOUNS = frozenset(
    """shaft bearing pinion rack spring lever gear wheel valve piston cylinder plate arm
    member frame housing spindle roller pin screw bracket chamber port pipe tube conduit
    casing cam crank crankshaft pulley drum disc disk flange collar sleeve socket slot groove
    aperture recess element motor sensor electrode terminal layer substrate panel hinge
    seal ring bore nozzle blade rotor stator coil magnet switch circuit button lug
    вал подшипник шестерня рейка пружина рычаг клапан поршень цилиндр штифт втулка
    пластина стержень кронштейн валом рычагом поршнем
    poros bantalan pegas tuas katup silinder pelat""".split()
)
_PART_PLURALS = frozenset(
    w + "s" for w in _PART_NOUNS if w.isascii() and not w.endswith("s")
) | frozenset("подшипниках подшипники пружины рычаги".split())

# excavation features numbered by context: "pit [1045]", "its fill (1046)", "layer 3",
# "раскоп 3", "kotak 2"; "cut", "fill" and "deposit" are also verbs, so only with the
# bracketed context number
_DIG_NOUNS = frozenset(
    """pit layer context ditch gully posthole hearth burial trench раскоп раскопа раскопе
    шурф шурфа шурфе kotak""".split()
)
_DIG_BRACKET_NOUNS = _DIG_NOUNS | frozenset("cut fill deposit spread floor wall".split())

# nouns that are also verbs or a quantifier ("claim", "note", "list", "a lot"): an
# identifier only after a determiner or preposition ("in claim 1", "see note 4",
# "sale lot 58") or capitalised
_VERBISH_NOUNS = frozenset("claim claims note notes list lot plot".split()) | NAMING_NOUNS
_NOUN_CUES = frozenset(
    """in of to see the said per under at from by with and or cf each this that its
    according""".split()
)

# capitalised abbreviations that are no names of a numbered thing: function words in
# headings set in capitals, era and clock words, countries, statistics
_NOT_ABBR = frozenset(
    """A I O V X L C D M Q AD BC CE BCE BP AH AM PM OR AND TO IN OF AT BY ON FOR THE ALL NOT
    ARE WAS HAS OUR ITS UP AS IS IT BE AN NO PER VIA ONE TWO SIX TEN NOR BUT ANY OUT US USA
    UK EU UN GB NZ UAE USSR DAN DI KE YG ATAU DGN RP RS KM CM MM KG""".split()
)
# statistics in English ("SD 3", "HR 2"); in Indonesian "SD 3" is primary school 3
_NOT_ABBR_EN = frozenset("HR RR CI SD SE IQR".split())

_DIRECTION_AFTER = re.compile(r"[ \u00a0](?:North|South|East|West|[NSEW]\.?)(?![^\W\d_])")
_ZIP_BEFORE = re.compile(r",[ \u00a0](?:[A-Z]{2}|[A-Z]\.[A-Z]\.)[ \u00a0]$")
_STREET_AFTER = re.compile(
    r"[ \u00a0](?:[A-Z][a-z]+[ \u00a0]){1,2}(?:St\.|Street|Ave\.|Avenue|Road|Rd\.|Lane|Place"
    r"|Square|Terrace|Boulevard|Blvd\.|Drive|Row|Crescent)(?![^\W\d_])"
)
_WEEK_BEFORE = re.compile(
    r"(?:\b(?:on|by|from|until|to|after|before|in|during|over|since|of|for|epidemiologic(?:al)?"
    r"|epi|calendar|reporting|MMWR|ISO)[ \u00a0]+[Ww]eek|(?:^|\n)Week)[ \u00a0]$"
)
# what an inventory counts its goods in: "item 4 pair of sheets"
_GOODS_MEASURES = frozenset("pair dozen score brace set suit piece load head yoke couple".split())
_NOT_AFTER = frozenset(":/-‐‑–")
_NEXT_WORD = re.compile(r"[ \u00a0]([a-z]+)(?![^\W\d_])")
# a plural noun (not "was", "has", "is", "does"): what a number before it counts
_COUNTED = re.compile(r"[a-z]{2,}(?<!was)(?<!has)(?<!is)(?<!does)s")
_ID_LINKS = frozenset("dan di ke yang pada untuk dengan dari sebagai atau".split())
_ABBR_BEFORE = re.compile(r"(?<![\w.&/-])[A-Z]{1,3}[ \u00a0]$")
_BRACKETED = re.compile(r"[\[(]\d+[\])]")


def word_before(text: str, pos: int) -> str:
    """The lower-case word ending right before the spaces before *pos* ("" if none)."""
    j = pos
    while j > 0 and text[j - 1] in " \u00a0":
        j -= 1
    return text[_word_start(text, j) : j].lower()


def named_kind(text: str, s: int, e: int, prevw: str, value: float, ndig: int, lang: str | None) -> str:
    """The kind a naming word before the integer at s..e gives it ("" if none).

    *prevw* is the lower-case word before the number (brackets and spaces between), *ndig*
    the number of plain digits (0 if grouped).
    """
    if not prevw:
        return ""
    before = text[s - 1 : s]
    if prevw == "item" and before == " ":
        nxt = _NEXT_WORD.match(text, e)
        if nxt and (nxt.group(1) in _GOODS_MEASURES or _COUNTED.fullmatch(nxt.group(1))):
            return "count"  # an inventory: "item 4 pair of sheets", "Item 2 cows"
    if prevw in _PART_NOUNS and 0 < ndig <= 3 and before == " ":
        return "identifier"  # "the shaft 12", "a pinion 18"
    if prevw in _DIG_BRACKET_NOUNS and before in "[(" and _BRACKETED.match(text, s - 1, e + 1):
        return "identifier"  # "pit [1045]", "its fill (1046)"
    if prevw in _DIG_NOUNS and before == " " and ndig:
        return "identifier"
    if prevw in _VERBISH_NOUNS and before == " ":
        w0 = s - 1 - len(prevw)
        if text[w0 : w0 + 1].isupper() or (
            word_before(text, w0) in _NOUN_CUES and not (prevw == "lot" and text[w0 - 2 : w0] == "a ")
        ) or text[w0 - 1 : w0] == "(" or (prevw == "lot" and text[w0 - 2 : w0] in (", ", "; ")):
            return "identifier"  # "in claim 1", "See Note 9", "sale, lot 58"
    if lang in ("en", None) and (k := capital_naming_kind(text, s, prevw, ndig)):
        return k  # "Day 2:", "Flat 7", "Year 9", "ext. 2214", "Account ending 4417"
    if prevw in ("township", "range") and _DIRECTION_AFTER.match(text, e):
        return "identifier"  # "Township 12 North, Range 4 West"
    if prevw == "week" and 0 < value <= 53 and lang in ("en", None) and _WEEK_BEFORE.search(text, max(0, s - 24), s):
        return "ordinal"  # "epidemiologic week 34", "over week 33"
    return ""


def abbr_kind(text: str, s: int, e: int, value: float, ndig: int, lang: str | None) -> str:
    """An integer after a capitalised abbreviation of one to three letters ("SF 212",
    "HX 229", "MR 098812", a ZIP code "D.C. 20549"): "identifier", else "".

    Not before a ratio, fraction or suffix ("WHO 1:1.000", "PP 48/2014", "PHK 200-an"),
    nor before the noun it counts ("the US 40 states", id "NIK 16 digit").
    """
    if text[s - 1 : s] not in (" ", "\u00a0") or not ndig or text[e : e + 1] in _NOT_AFTER:
        return ""
    nxt = _NEXT_WORD.match(text, e)
    if nxt and (
        _COUNTED.fullmatch(nxt.group(1)) if lang == "en" else nxt.group(1) not in _ID_LINKS
    ):
        return ""
    if ndig == 5 and _ZIP_BEFORE.search(text, max(0, s - 8), s):
        return "identifier"  # "Washington, D.C. 20549", "Portland, OR 97201"
    m = _ABBR_BEFORE.search(text, max(0, s - 5), s)
    ab = m.group()[:-1] if m else ""
    convoy = ab and word_before(text, s - len(ab) - 1).lower() == "convoy"
    if not ab or not convoy and (ab in _NOT_ABBR or (lang != "id" and ab in _NOT_ABBR_EN)):
        return ""  # but a convoy's route letters are its name: "Convoy ON 166"
    if ndig == 4 and 1000 <= value <= 2100:
        return ""  # "FY 2024", "UUD 1945": a year
    w = word_before(text, s - len(ab) - 1)
    if len(w) > 1 and text[s - len(ab) - 2 - len(w) : s - len(ab) - 1].strip().isupper():
        return ""  # "WE MAY 2 OF THEM": a word of a text set in capitals
    return "identifier"


def street_number(text: str, e: int, value: float) -> bool:
    """A house number before a capitalised street name: "312 Mulberry St."."""
    return text[e : e + 1] == " " and 0 < value < 100000 and bool(_STREET_AFTER.match(text, e))
