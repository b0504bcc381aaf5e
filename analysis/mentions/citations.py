"""Citations: the post-pass that relabels counts, years, ranges and identifiers as references.

A number becomes a ``reference`` when it is a page number (after ``p.``, ``С.``,
``hlm.``, ``Page`` ..., or before ``pp.`` / ``бб.``), an archival fund / list / file /
leaf number (``5-қор, 1-тізбе, 312-іс``, ``Подлинник. 3 л.``) or lies in a citation
region of the text: footnote and bibliography lines, ``(Author, 2004: 53-55)``,
``[Иванов, 2005, с. 45]``, the source after `` // `` (GOST), a place (: publisher) and
year (``М., 2010.``) or a journal year and issue (``Вопросы истории. 2015. № 3``) with the
volume / issue / page tail after it.  A year range in a title (``Modern 1200–2008``)
stays a range.  Regions are found once per text (:class:`_Citations`) and the relabelling
runs over the rows after the pass (:func:`relabel`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from .book_parts import book_part
from .context import _PAGE_BEFORE, _PAGE_WORD_BEFORE
from .inventory_leaves import inventory_leaves
from .journal_refs import JOURNAL_VOLUME
from .kk_gazette_refs import kk_in_gazette
from .record import _NAN, _Mention

_CITE_KINDS = frozenset("count year range identifier other quantity".split())

_CITE_LINE_RE = re.compile(
    r"\n([ \t]*(?:(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d{1,3}\.?|[-–•*])[ \t]+)?"
    r"[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ][^\n]{0,400})(?![^\n])"
)

_CITE_CHECK = re.compile(
    r"\b(?:1[5-9]|20)\d\d\b[a-z]?\s*[,.:;]"
    r"|\b(?:[Pp]art|[Pp]p?|[СсCcSs]|hlm|[Hh]|[Vv]ol|[Тт]|[Чч]|[Бб]|[Фф]|[Оо]п|[Дд]|[Лл]|[Вв]ып"
    r"|[Nn]o)\.?[ \u00a0]*\d"
)

_AUTHOR_START = re.compile(
    r"[ \t]*(?:(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d{1,3}\.?|[-–•*])[ \t]+)?"
    r"(?:[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ][\w'’-]+\.?[ ,]+){1,3}"
    r"(?:(?!(?:No|Mr|Dr|St|Jr|Nr|Ms)\.)[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ][a-zа-яё]?\.|\(ed)"
    r"|[ \t]*(?:\d{1,3}\.?[ \t]+)?(?:[A-Z]\.[ ]?){1,3}[A-Z][a-z][\w'’-]*,"  # "14 E. J. Hobsbawm,"
)

# a Russian sentence opening with a noun and an initial ("Больной К., 54 лет", "Тяжелоатлет
# Ю. Власов ... (1960)"): a citation line only with a year before a stop or a page
_RU_PROSE_START = re.compile(r"[ \t]*[А-ЯЁ][а-яё]+[ \u00a0][А-ЯЁ]\.")

_LEAD_NUM = re.compile(r"[ \t]*(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d{1,3}\.?|[-–•*])[ \t]")

_HAS_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")

_YR = r"(?:1[5-9]|20)\d\d[a-zа-я]?"

_PG = (
    r"(?:(?:[hpсsбcСPSтТ]|pp|стр|hlm|бб|[Vv]ol|вып|Вып)\.[ \u00a0]*)?\d+(?:[-–]\d+)?"
    r"(?:[ \u00a0]*(?:[бсpPhS]|pp|бб|стр|hlm)\.)?"
)

_PAREN_CITE_RE = re.compile(
    r"\((?:[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ][^()\d\n]{1,80}?,?[ \u00a0]*"
    + _YR
    + r"(?:[ ]\[" + _YR + r"\])?(?:[ \u00a0]*[:,][ \u00a0]*(?:(?:table|fig\.|ch\.)[ ]\d+(?:\.\d+)?|"
    + _PG
    + r"))*[;,]?[ \u00a0]*)+\)"
    r"|\[[^\[\]\n]{0,120}?" + _YR + r"[^\[\]\n]{0,60}\]"
    r"|\[\d{1,3}(?:[,;][ \u00a0]*" + _PG + r")+\]"
    r"|\(" + _YR + r"[ \u00a0]*[:,][ \u00a0]*" + _PG + r"\)"
    # "Davies (1980), p.45": an author-date year before a page
    r"|\(" + _YR + r"\),?[ \u00a0]*(?=(?:[PpСсSsБб]|pp|hlm|[Hh]al|стр)\.[ \u00a0]?\d)"
    # the two centuries as two alternatives: every alternative starts with one character,
    # so the engine skips to the next "(", "[", "1" or "2" (10 MB scan: 0.10 -> 0.03 s)
    r"|1[89]\d\d,[ \u00a0]*[N№][ \u00a0]?\d+,[ \u00a0]*ст\.[ \u00a0]*\d+"
    r"|20\d\d,[ \u00a0]*[N№][ \u00a0]?\d+,[ \u00a0]*ст\.[ \u00a0]*\d+"
)

_MONTH_START = re.compile(r"[ \t]*\S+[ \t]+(?:[A-Z][a-z]+)")

# a footnote that refers back: "Ibid., p. 5", "Там же. С. 112", "Сонда. 45 б."
_IBID_START = re.compile(
    r"[ \t]*(?:(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d{1,3}\.?)[ \t]+)?"
    r"(?:Ibid|Ibidem|Idem|Op\.[ \u00a0]?cit|Loc\.[ \u00a0]?cit|Там[ \u00a0]+же|Указ\.[ \u00a0]?соч"
    r"|Сонда|Бұл[ \u00a0]+да|Sda|См\.|Cf\.)(?![^\W\d_])"
)

# "M., 2010." / "Алматы: Мектеп, 2019." / "London: Penguin, 2005": place (: publisher), year
_PUBL_YEAR_AFTER = re.compile(
    r"(?=\.(?:[ \u00a0]|$)|[ \u00a0]*[–—;)]|,[ \u00a0]*(?:[СсPpSsБбTtТт]|pp|hlm|стр|vol|Vol)\.)"
)

_PUBL_BEFORE = re.compile(
    r"(?:(?:^|[.,;(][ \u00a0]*|[–—][ \u00a0]+)"
    # a catalogue's field, not a place: "Provenance: Agnew's, 1898"
    r"(?!(?:Provenance|Exhibited|Exhibition|Sale|Sold|Acquired|Purchased|Gift|Bequeathed"
    r"|Donated|Collected|Found|Excavated|Born|Died|Married)\b)"
    r"(?:[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ][\w-]*\.?[ \u00a0]?){1,3}"
    r"(?::[ \u00a0]+[^,\n:;()\d%]{1,60}|(?<=\.))"
    r"|\.[ \u00a0]+[–—][ \u00a0]+(?:[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ][\w-]*[ \u00a0]?){1,2})$"  # ". – Астана, 2020"
)

# "Вопросы истории. 2015. № 3. С. 18–29": journal year, issue, pages
_JOURNAL_AFTER = re.compile(r"[.,][ \u00a0]+(?:№|N|Т\.|Вып\.|Vol\.|No\.|Issue|Iss\.)[ \u00a0]?\d")

_PAGE_WORD_ENDS = frozenset(("e ", "s ", "n ", "а ", "е ", "ы ", "у ", "р "))

_HAS_PAGE = re.compile(r"\b(?:[Pp]p?|[Hh]lm|[Hh]al|[СсS]|[Сс]тр|бб?)\.[ \u00a0]?\d")

_PAGE_AFTER = re.compile(r"[ \u00a0](?:pp|бб)\.")

# the number of volumes of a book in a bibliographic description: "в 5 т. / под ред."
_VOLUMES_AFTER = re.compile(r"[ \u00a0](?:т|тт|vols?)\.[ \u00a0]*/")

_CITE_SPAN = 200

# what may follow the year of a citation: ". № 3. С. 18–29", ", vol. II, p. 45", ". – 45–52 бб."
_CITE_TAIL = re.compile(
    r"(?:[ \u00a0]*[.,;:]?[ \u00a0]*(?:[–—][ \u00a0]*)?"
    r"(?:(?:[PpСсSsБбTtТтHhЧч]|[Pp]p|[Hh]lm|[Hh]al|[Сс]тр|бб|бет|[Vv]ol|[Ii]ss|[Вв]ып|[Тт]ом|No)\.?"
    r"[ \u00a0]*(?:\d+|[IVXLC]+)(?:[–—-]\d+)?|(?:№|N)[ \u00a0]?\d+"
    r"|\((?:[Чч]|[Pp]t|[Pp]art|[Вв]ып)\.?[ \u00a0]*\d+\)"
    r"|\d+(?:[–—-]\d+)?[ \u00a0]*(?:бб?|[сc]|pp?|стр|hlm|б)\.))*"
)

_YEAR_RANGE = re.compile(r"1?\d{3}[–—-](?:1[0-9]|20)\d\d")

# archival citations: kk "5-қор, 1-тізбе, 312-іс, 45-47-парақтар"; ru inventory "... 78 л."
_KK_ARCH_AFTER = re.compile(r"[-‐‑](?:қор|тізбе|іс|парақ|бума)\w*(?![^\W\d_])", re.IGNORECASE)

_RU_LEAVES_AFTER = re.compile(r"[ \u00a0]л\.(?:[ \u00a0]*(?:\n|$|[;)])|[ \u00a0]+[А-ЯЁ«])")

_ARCH_WORD = re.compile(
    r"(?<![^\W\d_])(?:ОМА|ОММ|мұрағат\w*|архив\w*|[Фф]онд\w*|[Оо]пис\w*|[Дд]ело|Подлинник"
    r"|Копия|Машинопись|Рукопись|ЦГА\w*|ГАРФ|РГА\w*|ГА[ \u00a0]?[А-ЯЁ]{1,4}|ф\.|оп\.|д\.)(?![^\W\d_])"
)

# a Russian archival shelf mark, "Ф. Р-5446. Оп. 1. Д. 512. Л. 34–36 об.": the fund and
# inventory abbreviations with their numbers, then the file and leaf numbers
_ARCH_SHELF = re.compile(
    r"(?<![^\W\d_])[Фф]\.[ \u00a0]*(?:[А-ЯЁA-Z]-?)?\d+[а-я]?[.,]?[ \u00a0]*[Оо]п\.[ \u00a0]*\d"
)
_ARCH_ABBR_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:[Фф]|[Оо]п|[Дд]|[Лл]л?)\.[ \u00a0]*(?:[А-ЯЁA-Z]-?)?$"
)


# a kk sentence opening with a scholar's title before the initials (prose, not an author)
_KK_TITLE_START = re.compile(
    r"[ \t]*(?:Зерттеуші|Тарихшы|Ғалым|Академик|Профессор|Жазушы|Ақын|Демограф|Экономист)"
    r"[ \u00a0]+[А-ЯЁӘІҢҒҮҰҚӨҺ]\.[ \u00a0]*(?:[А-ЯЁӘІҢҒҮҰҚӨҺ]\.[ \u00a0]*)?[А-ЯЁӘІҢҒҮҰҚӨҺ]\w*"
    r"(?:ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|да|де|та|те|дан|ден|тан|тен|нан|нен|ны|ні|ды|ді|ты|ті)"
    r"(?![^\W\d_])"
)
# kk a person named by a role and an initial in clinical notes and court decisions:
# "Науқас С., 58 жаста", "Сотталушы Б. 2024 жылы" (no author of a citation)
_KK_ROLE_START = re.compile(
    r"[ \t]*(?:Науқас|Пациент|Сотталушы|Айыпталушы|Жәбірленуші|Куәгер|Талапкер|Жауапкер|Азамат|Азаматша)"
    r"[ \u00a0]+[А-ЯЁӘІҢҒҮҰҚӨҺ]\.(?![ \u00a0]*[А-ЯЁӘІҢҒҮҰҚӨҺ][^\W\d_]*\.[ \u00a0]*//)"
)

# English legal and academic citations (the numbers inside each match are references)
_EN_REPORTER = (
    r"(?:U\.S\.|S\.[ ]?Ct\.|L\.[ ]?Ed\.(?:[ ]?2d)?|F\.(?:[ ]?Supp\.)?(?:[ ]?(?:2d|3d|4th))?"
    r"|Stat\.|Eng\.[ ]?Rep\.|A\.C\.|Q\.B\.|K\.B\.|W\.L\.R\.|All[ ]E\.?R\."
    # the English reports without dots: "[1932] AC 562", "156 ER 145", "9 Ex 341"
    r"|AC|QB|KB|Ch|WLR|All[ ]ER|ER|Ex|Exch|App[ ]Cas|Lloyd's[ ]Rep|Cr[ ]App[ ]R)"
)
# a law report cited by year then (volume) report and page: "[1932] AC 562", "[1990] 2 AC
# 605", "(1854) 9 Ex 341"
_EN_REPORT_YEAR = r"(?:\[(?:1[5-9]|20)\d\d\]|\((?:1[5-9]|20)\d\d\))[ ](?:\d{1,3}[ ])?"
_EN_YEAR_PAREN = r"\((?:1[5-9]|20)\d\d\)"
_EN_CITE_REF = re.compile(
    # "347 U.S. 483, 495 (1954)", "78 Stat. 241"; after the year any short abbreviation:
    # "[1932] AC 562", "(1795) 6 TR 320", "(1829) 5 Bing 533", "(1843) 10 Cl & F 200"
    r"(?:(?<![\w.])\d{1,4}[ ]" + _EN_REPORTER + r"|" + _EN_REPORT_YEAR
    + r"(?:[A-Z][A-Za-z.']{0,5}[ ](?:&[ ])?){1,3}?" + r")"
    + r"[ ]?\d{1,5}(?:,[ ]\d{1,5}(?:[–-]\d{1,5})?)*"
    r"(?:[ ]\([^()\n\d]{0,30}(?:1[6-9]|20)\d\d\))?"
    # a law review: "73 Yale L.J. 733, 785–87 (1964)", "80 Harv. L. Rev. 1165, 1214"
    r"|(?<![\w.])\d{1,4}[ ](?:[A-Z][\w.&']*[ ]){1,4}L\.[ ]?(?:J|Rev|Q)\.[ ]\d{1,5}"
    r"(?:,[ ]\d{1,5}(?:[–-]\d{1,5})?)*(?:[ ]nn?\.[ ]?\d+)?(?:[ ]\([^()\n\d]{0,30}(?:1[6-9]|20)\d\d\))?"
    # a manuscript's shelf mark: "MS. DAR 114: 3", "Add. MS. 4291, fol. 12"
    r"|\bMSS?\.?[ ](?:[A-Z][A-Za-z.]*[ ]){0,2}\d+(?:[:/][ ]?\d+)*"
    # a National Archives piece: "PROB 11/731/112", "WO 95/1234", "ADM 53/1234"
    r"|\b(?:PROB|WO|ADM|CO|FO|HO|SP|CAB|MEPO|PREM|BT|MH|ED|RAIL|IR|MAF|AIR|DO|HCA|CUST)"
    r"[ ]\d+(?:/\d+)+"
    # a number of a standard catalogue: "STC 12625", "RIC II 305", "BMC 1761", "Wing B 123"
    r"|\b(?:STC|ESTC|RIC|RPC|BMC|SNG|Wing|Sear|Cohen|Crawford|Goff|GW|ISTC)[ ](?:[IVX]+[ ])?\d+"
    # "Id. at 1218", "supra note 12, at 45–46", "infra note 3", "2 Nichols on Eminent Domain §"
    r"|\b(?:Id|Ibid)\.,?[ ]at[ ]\d+(?:[–-]\d+)?"
    r"|\b(?:supra|infra)(?:[ ]note[ ]\d+)?(?:,?[ ]at[ ]\d+(?:[–-]\d+)?)?"
    r"|(?<![\w.])\d{1,2}[ ][A-Z][a-z]+[ ]on[ ](?:[A-Z][a-z]+[ ]){1,3}(?=§)"
    # a treatise section with its subsection: "§ 6.02[3]"; an edition's year "(3d ed. 1997)"
    r"|§[ ]?\d+\.\d+(?=\[\d+\])"
    r"|\bed\.[ ](?:1[5-9]|20)\d\d\)"
    # "Past & Present, 5 (1954), 33–53, at 44", "no. 4 (2001), pp. 411–47", "vol. CCXLV (1879)"
    r"|(?:,|\b[Nn]o\.|\b[Vv]ol\.?)[ ](?:\d{1,4}|[IVXLC]+)[ ]" + _EN_YEAR_PAREN
    + r"(?:,[ ](?:pp?\.[ ])?\d+(?:[–-]\d+)?(?:,[ ]at[ ]\d+)?)?"
    # "PP 1842 (380) XV, p. 41", "Cd. 4499 (1909), paras 112–118"
    r"|\bPP[ ](?:1[5-9]|20)\d\d[ ]\(\d+\)"
    r"|\b(?:Cd|Cmd|Cmnd)\.[ ]?\d+[ ]" + _EN_YEAR_PAREN + r"(?:,[ ]paras?\.?[ ]\d+(?:[–-]\d+)?)?"
    # "3rd ser., vol. 360, col. 1502", "vol 432 cc1399-1405", "ch. 2", "in page 3, line 12"
    r"|(?<![\w.])(?:[Vv]ol|[Cc]ols?\.|cc|ch\.)[ ]?\d+(?:[–-]\d+)?"
    r"|\b(?:[Pp]age|p\.)[ ]\d+,[ ]line[ ]\d+"
    r"|\b(?:edn|ed\.),[ ](?:1[5-9]|20)\d\d\b"
    r"|" + JOURNAL_VOLUME  # "Phys. Rev. Lett. 116, 061102 (2016)"
)
_EN_CITE_IDENT = re.compile(
    # "42 U.S.C. § 1983", "§ 1988(b)", "Cd. 4499", "Cmd. 1108", "26 Hen. VIII c. 1"
    r"(?<![\w.])\d{1,3}[ ](?:U\.S\.C\.|C\.F\.R\.)(?:A\.)?|§[ ]?\d+"
    r"|\b(?:Cd|Cmd|Cmnd)\.[ ]?\d+|\bPub\.[ ]L\.[ ](?:No\.[ ])?\d+-\d+"
    r"|(?<=[IVX][ ])c\.[ ]\d+"
)
_EN_REGNAL = re.compile(
    r"(?<![\w.])\d{1,2}(?=[ ](?:Hen|Edw|Eliz|Geo|Vict?|Will|Car|Jac|Ric|Phil|Anne)\.?[ ][IVX]+[ ]c\.)"
)
# what the patterns above need somewhere near the number, as plain substrings: most
# numbers have none of them around them, and then the patterns are not tried
_EN_CITE_TOKENS = (
    "U.S", "C.F.R", "§", "Cd.", "Cmd.", "Cmnd.", "Pub.", "Stat.", "Ct", "Ed", "F.", "Rep",
    "A.C.", "Q.B.", "K.B.", "W.L.R", "All E", "(1", "(2", "PP ", "ol", "cc", "ch.", "line ",
    "edn,", "ed.,", " c. ", "AC ", "QB ", "KB ", " Ch ", "WLR ", " ER ", " Ex", "App Cas",
    " Rep ", " App R", "L.J", "L. Rev", "L.Rev", "L.Q", "MS", "PROB ", "WO ", "ADM ", "CO ", "FO ", "HO ",
    "SP ", "CAB ", "MEPO ", "PREM ", "BT ", "MH ", "ED ", "RAIL ", "IR ", "MAF ", "AIR ",
    "DO ", "HCA ", "CUST ", "STC", "RIC", "RPC", "BMC", "SNG", "Wing ",
    "Sear ", "Cohen ", "Crawford ", "Goff ", "GW ", "Id.", "Ibid.", "supra", "infra", "ed. ",
)

_EN_CITE_TOKEN_RE = re.compile("|".join(map(re.escape, _EN_CITE_TOKENS)))


def _en_cite_kind(text: str, s: int, e: int) -> str | None:
    """An English legal or academic citation around the number at s..e: "reference",
    "identifier" or None."""
    lo, hi = max(0, s - 60), min(len(text), e + 40)
    window = text[lo:hi]
    if not _EN_CITE_TOKEN_RE.search(window):
        return None
    for rx, kind in ((_EN_CITE_IDENT, "identifier"), (_EN_CITE_REF, "reference")):
        for m in rx.finditer(text, lo, hi):
            if m.start() <= s and e <= m.end():
                return kind
    if _EN_REGNAL.match(text, s):
        return "reference"
    return None


def _en_adjust(m: _Mention, text: str) -> None:
    """Spans and values of English citation numbers: the section sign and "no." inside,
    a public-law or rule number without a value."""
    s = m.start
    if m.kind in ("identifier", "reference") and "§" in text[s - 2 : s]:
        m.start = s - 2 if text[s - 1] == " " else s - 1
        if m.kind == "reference" and _EN_DOTTED.fullmatch(text, s, m.end):
            m.value = _NAN  # a treatise section "§ 6.02[3]", not a decimal
    elif m.kind == "reference" and text[s - 4 : s] in ("no. ", "No. "):
        m.start = s - 4
    elif m.kind == "reference" and text[s - 6 : s] == "table " and _EN_DOTTED.fullmatch(text, s, m.end):
        m.value = _NAN  # "table 7.8": a table number, not a decimal
    if (
        m.kind in ("identifier", "range")
        and _EN_NULL_ID.fullmatch(text, m.start, m.end)
        and _EN_NULL_ID_BEFORE.search(text, max(0, m.start - 8), m.start)
    ):
        m.kind, m.value, m.range_end = "identifier", _NAN, _NAN


_EN_DOTTED = re.compile(r"\d+\.\d+")
_EN_NULL_ID = re.compile(r"\d+[a-z]?-\d+")
_EN_NULL_ID_BEFORE = re.compile(r"(?:Pub\.[ ]L\.|Rule)[ ]$")


# what opens a line of prose, not an author's name: a preposition, article or conjunction
# ("Under U.S. Const. art. I ..."), a ship's prefix ("H.M.S. Beagle, 17th Jan. 1833.")
_PROSE_OPENING = re.compile(
    r"[ \t]*(?:(?:Under|In|On|At|By|For|From|With|The|A|An|This|That|When|After|Before"
    r"|During|Since|If|As|But|And|Then|There|It|We|He|She|They)[ ]"
    r"|(?:H\.M\.S|U\.S\.S|S\.S|R\.M\.S|H\.M\.A\.S|H\.M\.C\.S|H\.M\.T)\.[ ])"
)

# a museum catalogue entry (artist, title, year, medium, size, inventory number): no
# citation though it opens with a name and initials
_CATALOGUE_LINE = re.compile(
    r"\d[ \u00a0]?[×х][ \u00a0]?\d+(?:[,.]\d+)?[ \u00a0]?(?:см|мм|cm|mm)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:[Хх]олст|[Кк]артон|[Oo]il[ ]on|[Cc]anvas|[Kk]anvas|[Кк]енеп)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:Инв|Inv)\.[ \u00a0]?(?:№[ \u00a0]?|[Nn]o\.[ \u00a0]?)?\d"
)


def _line_is_citation(line: str) -> bool:
    """A footnote or bibliography line: an author, a numbered reference or an "Ibid."
    (not a museum catalogue entry)."""
    if ("см" in line or "cm" in line or "нв." in line or "nv." in line or "олст" in line or "anvas" in line) and (
        _CATALOGUE_LINE.search(line)
    ):
        return False
    lead = _LEAD_NUM.match(line)
    if not lead and (_KK_TITLE_START.match(line) or _KK_ROLE_START.match(line)):
        return False  # kk prose naming a scholar: "Зерттеуші Ж. Әбілғожиннің есебі бойынша"
    if not lead and _PROSE_OPENING.match(line):
        return bool(_IBID_START.match(line))
    if (
        _AUTHOR_START.match(line)
        and (lead or _HAS_YEAR.search(line))
        and len(line) < 400
        and (lead or not _RU_PROSE_START.match(line) or _CITE_CHECK.search(line))
    ) or (
        lead
        and lead.group().strip() not in "-–•*"
        and _CITE_CHECK.search(line)
        and len(line) < 200
        and not _MONTH_START.match(line)
        and re.search(r"\b[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ]\.", line)
    ):
        return True
    return bool(
        _IBID_START.match(line)
        or (
            lead
            and lead.group().strip() not in "-–•*"
            and len(line) < 300
            and _HAS_PAGE.search(line)
            and _HAS_YEAR.search(line)
        )
    )


def _line_regions(text: str, starts: list[int], ends: list[int]) -> None:
    """Citation lines, parenthesised citations and GOST sources after " // "."""
    for m in _CITE_LINE_RE.finditer("\n" + text):
        line = m.group(1)
        if len(line) <= 400 and _line_is_citation(line):
            starts.append(m.start(1) - 1)
            ends.append(m.end(1) - 1)
    for m in _PAREN_CITE_RE.finditer(text):
        starts.append(m.start())
        ends.append(m.end())
    # "... // Собрание законодательства РФ. 2006. № 31": the source after "//"
    pos = text.find("//")
    while pos >= 0:
        if text[pos - 1 : pos] in (" ", "\u00a0") and not text[pos - 6 : pos].endswith(":"):
            nl = text.find("\n", pos, pos + _CITE_SPAN)
            starts.append(pos)
            ends.append(nl if nl >= 0 else min(len(text), pos + _CITE_SPAN))
        pos = text.find("//", pos + 2)


def _year_region(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The citation around the year at s..e: "М., 2010.", "Вопросы истории. 2015. № 3"
    with its tail, or None.  The region starts at most :data:`_YEAR_REACH` before *s*."""
    after = text[e : e + 1]
    if text[s - 2 : s - 1] == "," and _PUBL_YEAR_AFTER.match(text, e):
        lb = _PUBL_BEFORE.search(text, max(0, s - 92), s - 2)
        if lb:  # place (: publisher), year + the volume / issue / page tail
            return lb.start(), _CITE_TAIL.match(text, e).end()
    elif after in (".", ",") and _JOURNAL_AFTER.match(text, e):
        return s, _CITE_TAIL.match(text, e).end()
    if after == "." and text[e + 2 : e + 3] in "[0123456789":
        m = _PAGINATION.match(text, e)
        if m:  # "London, 1589. [16], 825, [10] p.": imprint year and pagination
            return s, m.end()
    if after == ";":
        m = _VANCOUVER_TAIL.match(text, e)
        if m:  # "MMWR 1981;30:250–2", "Lancet 2001;357(9):12-9"
            return s, m.end()
    elif after == "," and text[s - 2 : s] == ", " and text[s - 3 : s - 2].isalpha():
        m = _WER_TAIL.match(text, e)
        if m:  # "Weekly Epidemiological Record, 1974, 49, 112–113"
            return s, m.end()
    return None


# the pagination of a catalogue record after the imprint year: ". [16], 825, [10] p."
_PAGINATION = re.compile(
    r"\.[ ](?:\[\d+\],[ ])?(?:[ivxlc]+,[ ])?\d+(?:,[ ]\[\d+\])?[ ](?:p|pp|leaves)\."
)
# the volume, issue and pages after the year of a Vancouver-style reference
_VANCOUVER_TAIL = re.compile(r";[ ]?\d{1,4}(?:\([\d–-]+\))?:[ ]?[A-Z]?\d+(?:[–-]\d+)?")
# the volume and page range after the year of a journal named before it
_WER_TAIL = re.compile(r",[ ]\d{1,3},[ ](?:pp?\.[ ]?)?\d+[–-]\d+")


#: How far before the digits of a year its citation region may start (92 characters of
#: place and publisher, 5 of a currency prefix taken into the atom), with a margin.
_YEAR_REACH = 100


def _merge_in(ms: list[int], me: list[int], s: int, e: int) -> None:
    """Add the region s..e to the disjoint sorted regions *ms*, *me* (merging overlaps)."""
    k = bisect.bisect_right(ms, s)
    if k and s <= me[k - 1]:
        k -= 1
        if e <= me[k]:
            return
        me[k] = e
    else:
        ms.insert(k, s)
        me.insert(k, e)
    j = k + 1
    while j < len(ms) and ms[j] <= me[k]:
        me[k] = max(me[k], me[j])
        j += 1
    del ms[k + 1 : j], me[k + 1 : j]


class _Citations:
    """The citation regions of one text (disjoint, sorted), found on first use.

    The lines, parentheses and GOST sources are found over the whole text at once; the
    year regions come from *years* (start, end, start, end, ... of the four-digit years,
    in text order), which the lexer fills as the pass goes on: :meth:`contains` first
    calls *cover* with the position up to which years can open a region there (the lexer
    reads on until an atom starts after it, then sets :attr:`known`).
    """

    def __init__(self, text: str, years: Sequence[int], cover: Callable[[int], None]) -> None:
        self.text = text
        self.years = years
        self.cover = cover
        #: every atom starting before this position has been lexed (its year is in *years*)
        self.known = 0
        self._done = 0  # items of *years* already merged in
        self._starts: list[int] | None = None
        self._ends: list[int] = []

    def _find(self) -> list[int]:
        starts: list[int] = []
        ends: list[int] = []
        _line_regions(self.text, starts, ends)
        ms: list[int] = []
        me: list[int] = []
        for k in sorted(range(len(starts)), key=starts.__getitem__):
            if ms and starts[k] <= me[-1]:  # merge overlapping regions (bisect needs disjoint)
                me[-1] = max(me[-1], ends[k])
            else:
                ms.append(starts[k])
                me.append(ends[k])
        self._ends = me
        return ms

    def _add_years(self) -> None:
        text, years, ms, me = self.text, self.years, self._starts, self._ends
        for k in range(self._done, len(years), 2):
            r = _year_region(text, years[k], years[k + 1])
            if r is not None:
                _merge_in(ms, me, *r)
        self._done = len(years)

    def contains(self, pos: int) -> bool:
        """Is *pos* inside a citation region?"""
        if pos + _YEAR_REACH >= self.known:
            self.cover(pos + _YEAR_REACH)
        starts = self._starts
        if starts is None:
            starts = self._starts = self._find()
        if self._done < len(self.years):
            self._add_years()
        if not starts:
            return False
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and pos < self._ends[k]


def archival(text: str, s: int, e: int, lang: str | None) -> bool:
    """Is the number at s..e a fund/list/file/leaf number of an archival citation?"""
    if _KK_ARCH_AFTER.match(text, e):
        win = text[max(0, s - 80) : e + 80]
        return len(_KK_ARCH_AFTER.findall(win)) >= 2 or bool(_ARCH_WORD.search(win))
    if lang not in ("ru", None):
        return False
    ls = text.rfind("\n", 0, s) + 1
    if _RU_LEAVES_AFTER.match(text, e):
        return bool(_ARCH_WORD.search(text, max(ls, s - 200), s)) or inventory_leaves(text, s, e)
    if _ARCH_ABBR_BEFORE.search(text, max(ls, s - 8), s):
        # "Ф. 5446. Оп. 1. Д. 512. Л. 34": each number of a shelf mark
        return bool(_ARCH_SHELF.search(text, max(ls, s - 120), min(len(text), e + 40)))
    return inventory_leaves(text, s, e)  # "1921–1922 гг. 96 л." in an inventory


# the year and number of an Indonesian / Dutch colonial gazette ("Staatsblad 1870 No. 55",
# "Lembaran Negara Tahun 1960 Nomor 104"): read before the number
_GAZETTE_BEFORE = re.compile(
    r"(?:Staatsblad|Stbl\.|Lembaran[ \u00a0]Negara|Berita[ \u00a0]Negara)"
    r"(?:[ \u00a0]+(?:Republik[ \u00a0]Indonesia|RI))?[ \u00a0]+(?:Tahun[ \u00a0]+)?"
    r"(?:(?:1[6-9]|20)\d\d[ \u00a0]*,?[ \u00a0]*(?:(?:No\.|Nomor)[ \u00a0]*)?)?$"
)


def _gazette(text: str, s: int, lang: str | None) -> bool:
    """Is the number at *s* the year or number of a gazette (Staatsblad, Lembaran Negara)?"""
    if lang == "kk":
        return kk_in_gazette(text, s)  # "(ҚР ПҮАЖ-ы, 2024 ж., № 15, 112-құжат)"
    return lang in ("id", None) and bool(_GAZETTE_BEFORE.search(text, max(0, s - 50), s))


def _page_number(text: str, s: int, e: int) -> bool:
    """"p. 112", "С. 18–29", "Page 5", "45–52 бб.": a page number or page range (or the
    number of volumes of a book: "в 5 т. / под ред.")."""
    return bool(
        ("." in text[s - 2 : s] and _PAGE_BEFORE.search(text, max(0, s - 6), s))
        or (text[s - 2 : s] in _PAGE_WORD_ENDS and _PAGE_WORD_BEFORE.search(text, max(0, s - 12), s))
        or (text[e + 1 : e + 3] in ("pp", "бб") and _PAGE_AFTER.match(text, e))
        or (text[e + 1 : e + 2] in "тv" and _VOLUMES_AFTER.match(text, e) is not None)
        or book_part(text, s, e)  # "Т. 1. М.: Наука", "Вып. 1–31.", "— 8 с."
    )


def final_kind(m: _Mention, text: str, cites: _Citations, lang: str | None) -> str:
    """The kind of *m* after the citation rules (``"reference"`` or its own kind)."""
    if m.pages:
        s, e = m.start, m.end
        if lang in ("en", None):
            k = _en_cite_kind(text, s, e)
            if k:
                return k
        # a page number has no unit: "Untuk halaman 100 m²" is a yard of 100 m²
        if (_page_number(text, s, e) and not m.unit) or archival(text, s, e, lang) or _gazette(text, s, lang):
            return "reference"
        if m.kind == "quantity" and m.unit:
            return m.kind  # "45 fathoms", "29 cm" in a catalogue record: a measure
        if cites.contains(s) and not (
            m.kind == "range"
            and _YEAR_RANGE.fullmatch(text, s, e)
            and not re.search(r"[:,(][ \u00a0]*$", text[max(0, s - 3) : s])
        ):
            return "reference"  # a period in a title ("Modern 1200–2008") stays a range
    elif m.region and (cites.contains(m.start) or _gazette(text, m.start, lang)):
        return "reference"
    return m.kind


def relabel(rows: list[_Mention], text: str, cites: _Citations, lang: str | None) -> None:
    """Turn the page, archival and cited numbers among *rows* into references (in place)."""
    for m in rows:
        if m.pages or m.region:
            m.kind = final_kind(m, text, cites, lang)
            if lang in ("en", None) and m.pages:
                _en_adjust(m, text)
            if m.kind == "reference" and m.range_end < m.value:
                _pages_in_full(m)


def _pages_in_full(m: _Mention) -> None:
    """An abbreviated page range of a reference written in full: "785–87" -> 785..787,
    "250–2" -> 250..252 (in place; a range that falls is left as written)."""
    v, r = m.value, m.range_end
    if v % 1 or r % 1 or r < 0:
        return
    p = 10 ** len(str(int(r)))
    full = v - v % p + r
    if v < full < v + p:
        m.range_end = full
