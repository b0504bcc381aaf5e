"""Indonesian numbers named by the words around them: a civil-service grade (``kelas
jabatan 27``), a postal code after the city of an address (``Jakarta Pusat 10110``), a
telephone or call-centre number (``call center 1500567``), an aircraft model (``Cessna
208``) and a numbered facility of a port or a building (``dermaga JICT 2``), all
identifiers; a party's or a team's figure in a list of name + number pairs after a count
(``PNI 119 kursi, Masjumi 112, NU 91 dan PKI 80``), a count; numbered events and periods
named by an acronym (``PON XXI``, ``IHPS I``), ordinals; a mean score (``nilai rata-rata
sekolah itu 648,5``), a reading (``other``); and the Balinese name article
``I`` (``I Gusti Ngurah Rai``), no number.

Every rule starts from a set look-up of the word before the number (or, for the postal
code, the digit count), so the common case costs one or two comparisons.
"""

from __future__ import annotations

import re

from .id_item_numbers import id_item_kind

#: Aircraft makers whose model numbers follow their name ("Cessna 208", "Fokker 28").
_AIRCRAFT_MAKERS = frozenset(
    """cessna boeing fokker embraer sukhoi antonov ilyushin tupolev bombardier lockheed douglas
    dornier piper beechcraft airbus casa hawker mcdonnell""".split()
)
#: Words introducing a telephone number.
_PHONE_PREV = frozenset("center centre hotline telepon telp tel telpon faks fax whatsapp wa sms".split())
_PHONE_BEFORE = re.compile(
    r"(?:call[ \u00a0]+cent(?:er|re)|hotline|(?<![^\W\d_])(?:[Tt]elepon|[Tt]elpon|[Tt]elp|[Tt]el"
    r"|[Ff]aks|[Ff]ax|WhatsApp|WA|SMS))\.?[ \u00a0]*:?[ \u00a0]*$",
)
# what may follow a telephone number: the end of the clause or a link word
_PHONE_END = re.compile(r"[ \u00a0]*(?:[.,;:)]|$|(?:atau|dan|yang|untuk|setiap|pada|mulai)\b)")
# the grade of a post in the civil service: "kelas jabatan 27"
_GRADE_BEFORE = re.compile(r"(?<![^\W\d_])kelas[ \u00a0]+jabatan[ \u00a0]+$", re.IGNORECASE)
# a postal code after the city of an address: ", Jakarta Pusat 10110"
_CITY_BEFORE = re.compile(r",[ \u00a0]+(?:[A-Z][a-z]+[ \u00a0]+){1,3}$")
_ADDRESS_CUE = re.compile(r"\b(?:Jl\.|Jalan|No\.|Kav\.|Gedung|Kel\.|Kec\.|RT|RW|Komplek|Blok)")
# a facility numbered after its name: "dermaga JICT 2", "Terminal NPCT 1"
_FACILITY_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:terminal|dermaga|gedung|menara|gerbang|pintu|kilang|gardu|sumur)"
    r"[ \u00a0]+[A-Z]{2,6}[ \u00a0]+$",
    re.IGNORECASE,
)
#: Acronyms of events held in a numbered series and of numbered periods: the Roman
#: number after them is an ordinal ("PON XXI" = the 21st national games, "IHPS I" = the
#: first half-year's audit summary).
ID_EVENT_ACRONYMS = frozenset(
    """PON PEPARNAS POPNAS PORPROV PORDA PORSENI MTQ STQ MUNAS MUSDA MUSWIL MUNASLUB RAKERNAS
    RAKORNAS RAKERDA KTT IHPS REPELITA PELITA RPJMN RPJM""".split()
)
#: Balinese name elements after the article "I" ("I Gusti Ngurah Rai", "I Made Sukarta").
_BALI_NAMES = frozenset(
    "Gusti Gst. Made Wayan Ketut Nyoman Putu Komang Gede Kadek Nengah Dewa Nyoman Ketut Luh".split()
)
_NEXT_CAP = re.compile(r"[ \u00a0]([A-Z][a-z]+\.?)")
# a name and a number continuing a list after a count: ", Masjumi 112", " dan PKI 80"
# (maybe after the noun the first figure counts: "85 kursi, PKB 68")
_PAIR_CONT = re.compile(
    r"(?P<noun>[ \u00a0][a-z]{3,})?(?:,[ \u00a0]*|,?[ \u00a0]+(?:dan|serta|atau)[ \u00a0]+)"
    r"[A-Z][\w-]*[ \u00a0]"
)
# what ends a pair of a list: punctuation or a connector (not a verb: "SMA 3 menerima")
_PAIR_END = re.compile(r"[ \u00a0]*(?:[,.;)]|$|(?:dan|serta|atau|dari|sedangkan)\b)")
# the name before the previous figure: "Masjumi 112", "PNI 119"
_PAIR_FIRST = re.compile(r"(?<![^\W\d_])[A-Z][\w-]*[ \u00a0]$")


# a mean score named earlier in the clause: "nilai rata-rata sekolah itu 648,5", "Nilai
# rata-rata UTBK SNBT 2024 program saintek 612,4"
_MEAN_SCORE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:nilai|skor)[ \u00a0]+(?:rata-rata|rerata)"
    r"(?:[ \u00a0]+(?:[^\W\d_]+|\d{4})){0,6}[ \u00a0]*[:=]?[ \u00a0]*$",
    re.IGNORECASE,
)


# what ends a reading: punctuation or a link word, not the noun a number counts
_READING_END = re.compile(
    r"[ \u00a0]*(?:[.;,)]|$|(?:dan|atau|sedangkan|pada|dari|di|untuk|dengan|tertinggi|terendah)\b)"
)


def mean_score(text: str, start: int, end: int) -> bool:
    """Is the bare number at *start*..*end* a mean score (``nilai rata-rata ... 648,5``),
    a reading on a scale?"""
    lo = max(0, start - 80)
    return (
        text.find("rata", lo, start) >= 0
        and bool(_READING_END.match(text, end))
        and bool(_MEAN_SCORE_BEFORE.search(text, lo, start))
    )


def balinese_article(text: str, end: int) -> bool:
    """Is the ``I`` ending at *end* the Balinese name article (``I Gusti Ngurah Rai``)?"""
    m = _NEXT_CAP.match(text, end)
    return bool(m and m.group(1) in _BALI_NAMES)


def id_named_kind(text: str, start: int, end: int, prevw: str, value: float, ndig: int) -> str:
    """The kind the words around the integer at *start*..*end* give it ("" if none).

    *prevw* is the lower-case word before the number, *ndig* its number of plain digits
    (0 if grouped).
    """
    if not prevw or text[start - 1 : start] not in (" ", "\u00a0"):
        return ""
    if prevw == "jabatan":
        return "identifier" if _GRADE_BEFORE.search(text, max(0, start - 24), start) else ""
    if prevw in _AIRCRAFT_MAKERS and ndig and text[start - 1 - len(prevw)].isupper():
        return "identifier"  # "Cessna 208"
    if prevw in _PHONE_PREV and ndig >= 3:
        if _PHONE_BEFORE.search(text, max(0, start - 16), start) and _PHONE_END.match(text, end):
            return "identifier"  # "call center 1500567", "Telp. 021345678"
        return ""
    if ndig == 5 and value >= 10000 and _CITY_BEFORE.search(text, max(0, start - 40), start):
        if _ADDRESS_CUE.search(text, max(0, start - 120), start):
            return "identifier"  # "Jl. Medan Merdeka Barat No. 9, Jakarta Pusat 10110"
        return ""
    if ndig and ndig <= 2 and prevw.isalpha() and text[start - 2].isupper():
        if _FACILITY_BEFORE.search(text, max(0, start - 24), start):
            return "identifier"  # "dermaga JICT 2"
    return id_item_kind(text, start, end, prevw)  # "level 90", "Hari 1:", "Pompa 2"


def pair_list_count(
    text: str, start: int, end: int, prev_kind: str, prev_start: int, prev_end: int
) -> bool:
    """Is the integer at *start*..*end* the figure of a name in a list of name + number pairs
    whose previous figure (*prev_start*..*prev_end*, kind *prev_kind*) is a count
    (``PNI 119 kursi, Masjumi 112, NU 91 dan PKI 80``)?"""
    if prev_kind != "count" or start - prev_end > 40 or not _PAIR_END.match(text, end):
        return False
    m = _PAIR_CONT.fullmatch(text, prev_end, start)
    return bool(m and (m.group("noun") or _PAIR_FIRST.search(text, max(0, prev_start - 30), prev_start)))
