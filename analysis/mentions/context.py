"""Context expressions of the extractor: units, year and decade words, citations, ages, identifiers, and the small helpers that read them."""

from __future__ import annotations

import re
from dataclasses import (
    dataclass,
)

from .atoms import (
    _ROMAN_TRANS,
    _ROMAN_VALID,
    _Atom,
    _roman_value,
)
from .lexicon import (
    UNITS,
)

# --------------------------------------------------------------------------- context regexes

_UNIT_RE = re.compile(
    r"[ \u00a0\u202f]?(?:"
    + "|".join(f"(?P<u{i}>{src})" for i, (src, _, _) in enumerate(UNITS))
    + r")(?![^\W\d_⁰¹²³⁴⁵⁶⁷⁸⁹])",
    re.IGNORECASE,
)
_UNIT_INFO = {f"u{i}": (code, kind) for i, (_, code, kind) in enumerate(UNITS)}
_YEAR_BEFORE_RE = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d$")
_YIELD_UNITS = frozenset(("t", "kg", "g", "centner", "pood", "bushel", "l"))
# the area a yield is measured per, after a unit of weight/volume (inside the span)
_PER_AREA_RE = re.compile(
    r"[ \u00a0]+(?:(?:с|со|на|per|an?|each|setiap|tiap)[ \u00a0]+(?:одного[ \u00a0]+)?"
    r"(?:гектар(?:а|ов)?|га|hectares?|hektar(?:e)?|ha|acres?)|гектар(?:ына|ынан|ға))"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)

# calendar-year words after a year (kept outside the span)
_YEAR_WORD_RE = re.compile(
    r"[ \u00a0]?(?:гг?\.|год(?:а|у|ом|ы|ов|ах)?(?!\w)|жыл\w*|ж\.|yy\.)",
    re.IGNORECASE,
)
_DECADE_WORD_RE = re.compile(
    r"(?:[ \u00a0-]?(?:жылдар\w*|жылдары)|[ \u00a0]?(?:годы|годов|годах|гг\.)"
    r"|-(?:х|е|ые|ых)(?:[ \u00a0]+(?:год\w*|гг\.))?|-?(?:шы|ші|ыншы|інші)[ \u00a0]+жыл\w*"
    r"|-?an(?!\w)|s(?!\w)|'s(?!\w))",
)
_HYPH_RE = re.compile(r"[-‐‑](?P<s>[^\W\d_]{1,14})")
_EN_ORD_RE = re.compile(r"(?:st|nd|rd|th)(?![^\W\d_])")
_DUR_RE = re.compile(
    r"-(?:(?P<year>летн\w*|лет\w*|годичн\w*|жылдық|years?(?:-old)?)|(?P<month>месячн\w*|months?)"
    r"|(?P<day>дневн\w*|days?)|(?P<hour>часов\w*|hours?)|(?P<times>fold|кратн\w*))(?![^\W\d_])",
    re.IGNORECASE,
)
_RU_ORD = frozenset(
    "й я е го ого его му ому ему м ом ем ой ую ые ый ий ая ое ым ыми им ю ья ье ьи".split()
)
_KK_ORD = frozenset("ші шы нші ншы ыншы інші".split())
_CARD_SUF = frozenset("х ти ми ью".split())
_ORD_NEXT_RE = re.compile(
    r"[ \u00a0]?(?:съезд\w*|съез\w*|ғасыр\w*|век\w*|вв?\.|столети\w*|century|centuries"
    r"|созыв\w*|пленум\w*|сессия\w*|Kongres\w*|Congress\w*|ғ\.)",
    re.IGNORECASE,
)
# Russian ordinal words closing a compound ordinal after cardinal words ("сорок шестом")
_RU_ORD_WORD_AFTER = re.compile(
    r"[ \u00a0]+(?:трет(?:ий|ьего|ьему|ьим|ьем|ья|ью|ье|ьи|ьих)"
    r"|(?:перв|втор|четв[её]рт|пят|шест|седьм|восьм|девят|десят|двадцат|тридцат|сороков"
    r"|пятидесят|шестидесят|семидесят|восьмидесят|девяност|сот)"
    r"(?:ый|ой|ого|ому|ым|ом|ая|ую|ое|ые|ых|ыми))(?![^\W\d_])",
    re.IGNORECASE,
)
# archival citations: kk "5-қор, 1-тізбе, 312-іс, 45-47-парақтар"; ru inventory "... 78 л."
_KK_ARCH_AFTER = re.compile(r"[-‐‑](?:қор|тізбе|іс|парақ|бума)\w*(?![^\W\d_])", re.IGNORECASE)
_RU_LEAVES_AFTER = re.compile(r"[ \u00a0]л\.(?:[ \u00a0]*(?:\n|$|[;)])|[ \u00a0]+[А-ЯЁ«])")
_ARCH_WORD = re.compile(
    r"(?<![^\W\d_])(?:ОМА|ОММ|мұрағат\w*|архив\w*|[Фф]онд\w*|[Оо]пис\w*|[Дд]ело|Подлинник"
    r"|Копия|Машинопись|Рукопись|ЦГА\w*|ГАРФ|РГА\w*|ГА[А-ЯЁ]{1,4}|ф\.|оп\.|д\.)(?![^\W\d_])"
)
_NEXT_WORD_RE = re.compile(r"[ \u00a0]+[«\"“]?[^\W\d_]")
_PREV_RE = re.compile(r"([^\W\d_]+)(\.?)([^\w\n]{0,3})$")
_CONN_RE = re.compile(
    r"(?P<dash>[ \u00a0]?[-–—‒−][ \u00a0]?)|(?P<slash>/)"
    r"|[ \u00a0]+(?P<w>до|по|to|through|till|until|hingga|sampai(?: dengan)?|s\.d\.|s/d|menjadi"
    r"|and)[ \u00a0]+",
)
_ABL_RE = re.compile(r"(?:дан|ден|тан|тен|нан|нен)$")
_DAT_RE = re.compile(r"(?:ға|ге|қа|ке|на|не|а|е)$")
_KK_JYL_RE = re.compile(r"[ \u00a0]*(?:жылғы|жылы|жылдың|ж\.)[ \u00a0]*")
_GAP_WS = re.compile(r"[ \u00a0\u202f]*")
_GAP_WORD = re.compile(r"[ \u00a0\u202f]+|[ \u00a0]*-[ \u00a0]*|[ \u00a0]+and[ \u00a0]+")
_DAY_DASH = re.compile(r"[ \u00a0]?[-–—][ \u00a0]?|[ \u00a0]+(?:по|до|to|sampai|hingga)[ \u00a0]+")
_LIST_SEP = re.compile(r",[ \u00a0]*|[ \u00a0]+(?:и|and|dan|мен|және)[ \u00a0]+")
_COMMA_YEAR = re.compile(r",?[ \u00a0]+")
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
)
_LEAD_NUM = re.compile(r"[ \t]*(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d{1,3}\.?|[-–•*])[ \t]")
_HAS_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_YR = r"(?:1[5-9]|20)\d\d[a-zа-я]?"
_PG = (
    r"(?:(?:[hpсsбcСPS]|pp|стр|hlm|бб)\.[ \u00a0]*)?\d+(?:[-–]\d+)?"
    r"(?:[ \u00a0]*(?:[бсpPhS]|pp|бб|стр|hlm)\.)?"
)
_PAREN_CITE_RE = re.compile(
    r"\((?:[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ][^()\d\n]{1,80}?,?[ \u00a0]*"
    + _YR
    + r"(?:[ \u00a0]*[:,][ \u00a0]*"
    + _PG
    + r")*[;,]?[ \u00a0]*)+\)"
    r"|\[[^\[\]\n]{0,120}?" + _YR + r"[^\[\]\n]{0,60}\]"
    r"|\[\d{1,3}(?:[,;][ \u00a0]*" + _PG + r")+\]"
    r"|\(" + _YR + r"[ \u00a0]*[:,][ \u00a0]*" + _PG + r"\)"
    r"|(?:1[89]|20)\d\d,[ \u00a0]*N[ \u00a0]?\d+,[ \u00a0]*ст\.[ \u00a0]*\d+"
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
    r"(?:[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ][\w-]*\.?[ \u00a0]?){1,3}"
    r"(?::[ \u00a0]+[^,\n:;()\d%]{1,60}|(?<=\.))"
    r"|\.[ \u00a0]+[–—][ \u00a0]+(?:[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ][\w-]*[ \u00a0]?){1,2})$"  # ". – Астана, 2020"
)
# "Вопросы истории. 2015. № 3. С. 18–29": journal year, issue, pages
_JOURNAL_AFTER = re.compile(r"[.,][ \u00a0]+(?:№|N|Т\.|Вып\.|Vol\.|No\.|Issue|Iss\.)[ \u00a0]?\d")
# page abbreviations before a number ("p. 112", "pp. 12–15", "С. 45", "hlm. 23", "б. 7")
_PAGE_BEFORE = re.compile(
    r"(?<![\w.])(?<![A-ZА-ЯЁ]\.[ \u00a0])"
    r"(?:[PpСсS]|[Pp]p|[Hh]lm|[Hh]al|h|[Сс]тр|бб?|Бб?|бет|[Ss]tr|[Vv]ol)\.[ \u00a0]?$"
)
_PAGE_WORD_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:[Pp]ages?|[Hh]alaman|[Сс]траниц[аеыу]|[Сс]тр\.?)[ \u00a0]$"
)
_PAGE_WORD_ENDS = frozenset(("e ", "s ", "n ", "а ", "е ", "ы ", "у ", "р "))
_HAS_PAGE = re.compile(r"\b(?:[Pp]p?|[Hh]lm|[Hh]al|[СсS]|[Сс]тр|бб?)\.[ \u00a0]?\d")
_PAGE_AFTER = re.compile(r"[ \u00a0](?:pp|бб)\.")
_CITE_SPAN = 200
_FRAC_AFTER = re.compile(r"[ \u00a0]+of\b|[ \u00a0]*(?:[.,;:)!?]|$)")
_FRAC_PREV = frozenset("by about nearly almost roughly than over under some around".split())
# what may follow the year of a citation: ". № 3. С. 18–29", ", vol. II, p. 45", ". – 45–52 бб."
_CITE_TAIL = re.compile(
    r"(?:[ \u00a0]*[.,;:]?[ \u00a0]*(?:[–—][ \u00a0]*)?"
    r"(?:(?:[PpСсSsБбTtТтHhЧч]|[Pp]p|[Hh]lm|[Hh]al|[Сс]тр|бб|бет|[Vv]ol|[Ii]ss|[Вв]ып|[Тт]ом|No)\.?"
    r"[ \u00a0]*(?:\d+|[IVXLC]+)(?:[–—-]\d+)?|(?:№|N)[ \u00a0]?\d+"
    r"|\((?:[Чч]|[Pp]t|[Pp]art|[Вв]ып)\.?[ \u00a0]*\d+\)"
    r"|\d+(?:[–—-]\d+)?[ \u00a0]*(?:бб?|[сc]|pp?|стр|hlm|б)\.))*"
)
_AGE_PREV = frozenset("aged age ages berusia usia umur возрасте".split())
_AGE_CMP = frozenset("under over aged below above than of".split())
_AGE_BEFORE = re.compile(
    r"(?:\b(?:children|kids|people|persons|those|adults|youngsters|pupils|boys|girls|anyone"
    r"|teenagers|teens|men|women|patients)[ \u00a0]+(?:under|over|aged|below|above|older"
    r"[ \u00a0]+than|younger[ \u00a0]+than)|\bage[ \u00a0]+of)[ \u00a0]+$",
    re.IGNORECASE,
)
_HEADER_UNIT_AFTER = re.compile(r"[ \u00a0]+[^\W\d_]+\.?(?:[ \u00a0]+[^\W\d_]+\.?)?[ \u00a0]*:")
# quarters / semesters numbered like congresses: "triwulan IV", "III квартал" -> ordinal
_PERIOD_PREV = frozenset(
    "triwulan kuartal caturwulan semester quarter квартал квартале квартала тоқсан "
    "тоқсанда тоқсанында".split()
)
_ERA_FIRST = frozenset("MSABCнгжб")
# era words after a year: "800 Masehi", "300 BC", "1200 г. до н. э.", "100 ж. б.з.д."
_ERA_AFTER = re.compile(
    r"[ \u00a0]+(?:Masehi|SM|S\.M\.|M\.(?![ \u00a0]*[A-Z])|AD|BC|BCE|CE|A\.D\.|B\.C\."
    r"|(?:г\.[ \u00a0]?)?(?:до[ \u00a0]+)?н\.[ \u00a0]?э\.|(?:ж\.[ \u00a0]?)?б\.[ \u00a0]?з\.(?:[ \u00a0]?д\.)?)"
    r"(?!\w)"
)
_NOUN_CONN_RE = re.compile(
    r"[ \u00a0]+(?P<noun>[^\W\d_]{2,20})[ \u00a0]+(?P<w>menjadi|hingga|sampai|to|до|дейін)[ \u00a0]+"
    r"(?P<dash>(?!x)x)?(?P<slash>(?!x)x)?"  # never set: a word connector
)
_KK_NOUN_ABL = re.compile(
    r"[ \u00a0]+(?P<noun>[^\W\d_]{2,20}?)(?:дан|ден|тан|тен|нан|нен)[ \u00a0]+"
    r"(?P<dash>(?!x)x)?(?P<slash>(?!x)x)?"
)
_RU_CLASS_AFTER = re.compile(r"[ \u00a0](?:класс|классе|классу|классом)(?!\w)", re.IGNORECASE)
_RU_CLASS_GEN = re.compile(r"[ \u00a0]класса(?!\w)", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"(?<![^\W\d_])(?:dari|from|от|с|со)[ \u00a0]$", re.IGNORECASE)
_GLUED_SCALE = re.compile(r"(bn|mn|m|k|tn|trn|bln|mln)(?![^\W\d_])", re.IGNORECASE)
_COUNTED_AFTER_M = re.compile(
    r"[ \u00a0]+(?:people|persons|voters|residents|inhabitants|users|visitors|viewers"
    r"|households|jobs|barrels|tonnes|tons|passengers|customers|shares|copies|workers"
    r"|children|adults|subscribers|refugees|migrants|pupils|students|patients|cases|doses)\b"
)
_GLUED_SCALE_VALUE = {
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "bln": 1e9,
    "tn": 1e12,
    "trn": 1e12,
}
# "10 p.m.", "9:30 a.m.", "7pm": the marker is inside the span, value on the 24-hour clock
_AMPM_RE = re.compile(
    r"[ \u00a0]?(?:(?P<am>a\.m\.|am|AM|A\.M\.)|(?P<pm>p\.m\.|pm|PM|P\.M\.))(?!\w)"
)


def _ampm(hours: float, m: re.Match) -> float:
    if m.group("pm"):
        return hours + 12 if hours < 12 else hours
    return hours - 12 if hours >= 12 else hours


_YEAR_RANGE = re.compile(r"1?\d{3}[–—-](?:1[0-9]|20)\d\d")

_IDENT_PREV = frozenset(
    """цель цели целью пункт пункта пункте пункту пунктом п подпункт статья статьи статье
    статью ст приложение приложения приложении приложению раздел раздела разделе глава главы
    главе часть части ч дайджест топ задача задачи мероприятие таблица таблице таблицы рис
    рисунок рисунке подпрограмма подпрограммы бап бабы бабының тармақ тармағы тармағында бөлім
    бөлімі қосымша қосымшасы кесте кестесі part section chapter article goal appendix table
    figure fig clause item paragraph annex schedule no vol volume том тома томе pasal ayat bab
    seksi bagian lampiran tabel gambar title order butir nomor sprava fond опись фонд дело
    лист статьей статьям статьями статьях пунктами пунктах resolution resolutions decree
    directive regulation ordinance kelas grade route interstate articles sections clauses
    paragraphs chapters items annexes appendices пункты пунктов статей главы разделы резолюция резолюции резолюцией резолюцию resolusi""".split()
)
_YEAR_PREV = frozenset(
    """in since by from until till of during before after around circa c early late mid
    в во с со до к по от после около на начале конце середине году pada sejak tahun hingga
    sampai sebelum sesudah setelah akhir awal dalam thn year""".split()
)
_VAGUE_PREV = frozenset(
    "бірнеше неше ондаған жүздеген мыңдаған несколько много several many few beberapa "
    "puluhan ratusan ribuan banyak сотни десятки сотен десятков".split()
)
_KK_IDENT_NOUNS = (
    "қосымша",
    "кесте",
    "сурет",
    "бап",
    "баб",
    "тармақ",
    "тармағ",
    "бөлім",
    "тарау",
    "сызба",
    "сынып",  # school class numbers are identifiers
    "мектеп",  # numbered schools
    "кітап",  # book / volume / part numbers
    "том",
)
_COUNT_PREV = frozenset(
    """some approximately nearly almost roughly total sebanyak
    kurang lebih hampir около более свыше почти примерно всего порядка шамамен жуық""".split()
)
_VFRAC = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅛": 0.125}
_ORD_OF = re.compile(r"(?:st|nd|rd|th|-го|-е|-ое|-й|-ші|-шы)?[ \u00a0]+(?:of[ \u00a0]+)?")
_KK_ABL_CONN = re.compile(r"-(?:ден|дан|тен|тан|нен|нан)[ \u00a0]+")
_KK_CASE_END = re.compile(r"(?:нан|нен|дан|ден|тан|тен|ға|ге|қа|ке|да|де|та|те)$")
_KK_FRAC_NUM = re.compile(r"(?:бір|екі|үш|төрт)\w*$", re.IGNORECASE)
_KK_ORD_NOUNS = (
    "орын",
    "орны",
    "орнын",
    "орнына",
    "орнында",
    "сессия",
    "съез",
    "пленум",
    "шақырылым",
    "тоқсан",
    "курс",
    "кезең",
)
_REGNAL_NAMES = frozenset(
    """elizabeth charles george henry edward william james richard john louis peter nicholas
    alexander catherine frederick napoleon paul mary anne victoria philip ferdinand francis
    leopold wilhelm ivan boris pius leo gregory innocent clement benedict urban boniface
    sultan hamengkubuwono pakubuwono""".split()
)
_STREET_KW = re.compile(
    r"Jalan|Jl\.|ул\.|улиц|пр\.|проспект|Street|Avenue|Road|St\.|көшесі|даңғылы"
)
_STREET_BEFORE = re.compile(
    r"(?:\b(?:Jalan|Jl\.|ул\.|улица|улице|пр\.|проспект\w*|Street|Avenue|Road|St\.)"
    r"[ \u00a0]+(?:[\w.-]+[ \u00a0]+){0,3}[\w.-]+,?[ \u00a0]*"
    r"|(?:көшесі|даңғылы|Street|Avenue|Road|St\.),?[ \u00a0]*)$"
)
_LIST_MARK = re.compile(r"[.)][ \u00a0]+\S")
_SENT_END_BEFORE = re.compile(r"[.!?][ \u00a0]*$")
_VERBISH = re.compile(r"(?:л|ла|ло|ли|ся|сь|ет|ит|ут|ют|ат|ят|ем|им|ть|ти|ыл|ды|ді|ты|ті)$")
_NOT_SCRAPED = frozenset(
    "около более свыше менее всего лишь только уже ещё еще до на по из от с к в за и или "
    "примерно почти порядка это составляет итого всего".split()
)
_CITE_KINDS = frozenset("count year range identifier other quantity".split())
_ABBR_PREV = frozenset("п ст ч рис fig no nr p pp".split())
_TIME_PREV = frozenset("сағат pukul jam".split())
_APPROX_SKIP = frozenset()

_YEAR_LIST_RE = re.compile(
    r"[ \u00a0]*(?:,|мен|және|и|или|and|or|dan|atau|до|to|[-–—])[ \u00a0]*(?:1[0-9]|20)\d\d(?!\d)"
)
_KK_25K_RE = re.compile(r"[ \u00a0]+мыңдықшы\w*", re.IGNORECASE)
_KK_DECADE = re.compile(r"жылдар\w*")


# --------------------------------------------------------------------------- helpers


_CENTURY_BEFORE = re.compile(
    r"(?<![^\W\d_])(?P<r>[IVXІХ]{1,5})[ \u00a0]+(?:ғасыр\w*|век\w*|в\.|abad|century)[ \u00a0]+$"
)
_CENTURY_AFTER = re.compile(
    r"[ \u00a0]*(?:(?:год\w*|гг\.|жыл\w*)[ \u00a0]+)?(?P<r>[IVXІХ]{1,5})[ \u00a0]+"
    r"(?:век\w*|в\.|ғасыр\w*|abad|century)(?![^\W\d_])"
)


def _century_base(text: str, start: int, end: int) -> int:
    """1900, or the first year of a Roman-numbered century naming a two-digit decade.

    "XVIII ғасырдың 20-30 жылдары" and "в 20-х годах XIX века" are decades of that century
    (century × 100 − 100 + decade).
    """
    dm = _DECADE_WORD_RE.match(text, end)
    m = (
        _CENTURY_BEFORE.search(text, max(0, start - 30), start)
        or _CENTURY_AFTER.match(text, end)
        or (dm and _CENTURY_AFTER.match(text, dm.end()))
    )
    if m:
        r = m.group("r").translate(_ROMAN_TRANS)
        if _ROMAN_VALID.fullmatch(r):
            c = _roman_value(r)
            if 10 <= c <= 20:
                return c * 100 - 100
    return 1900


def _prev_word(text: str, pos: int) -> tuple[str, str]:
    """Return (lower-case previous word, separator chars) before *pos* on the same line."""
    j = pos
    lo = max(0, pos - 4)
    while j > lo and not text[j - 1].isalnum() and text[j - 1] != "\n":
        j -= 1
    k = j
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    if k == j:
        return "", ""
    sep = text[j:pos]
    if len(sep) > 4 or (sep[:1] == "." and len(sep) > 4):
        return "", ""
    w = text[k:j].lower()
    if w in _ABBR_PREV and not sep.startswith("."):
        w = "_" + w  # "п" without its dot is not the abbreviation of "пункт"
    return w, sep


def _word_start(text: str, pos: int) -> int:
    i = pos
    lo = max(0, pos - 40)
    while i > lo and (text[i - 1].isalnum() or text[i - 1] in "-‐"):
        i -= 1
    return i


def _at_sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return i < 0 or text[i] in '\n.!?»"“”(:;'


def _is_year_int(a: _Atom) -> bool:
    return a.typ == "num" and a.ndig == 4 and a.cur is None and 1000 <= a.value <= 2100


def _is_day(a: _Atom) -> bool:
    return a.typ == "num" and a.ndig in (1, 2) and 1 <= a.value <= 31 and a.cur is None


@dataclass(slots=True)
class _Expr:
    start: int
    end: int  # end of the number (incl. scale words)
    value: float
    scale: float
    last: int  # index of the last atom used
    words_only: bool
    n_atoms: int
    frac: bool
    amb: bool
    plural_scale_alone: bool
