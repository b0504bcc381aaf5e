"""Context words of the classification rules: the words before or after a number that make it an identifier, a year, a count, an age, an ordinal (ru, kk, id, en)."""

from __future__ import annotations

from .numbered_nouns import ALWAYS_NAMING
from .ru_everyday_naming import RU_EVERYDAY_NAMING
from .ru_naming_words import RU_NAMING_PREV
from .scale_nouns import ALWAYS_SCALE, SCALE_NOUNS

_IDENT_PREV = frozenset(
    """цель цели целью пункт пункта пункте пункту пунктом п подпункт статья статьи статье
    статью ст приложение приложения приложении приложению раздел раздела разделе глава главы
    главе часть части ч дайджест топ задача задачи мероприятие таблица таблице таблицы рис
    рисунок рисунке подпрограмма подпрограммы бап бабы бабының тармақ тармағы тармағында бөлім
    бөлімі қосымша қосымшасы кесте кестесі part section chapter article goal appendix table
    figure fig clause item paragraph annex schedule no vol volume том тома томе pasal ayat bab
    seksi komisi bagian lampiran tabel gambar soal tipe title order butir nomor sprava fond опись фонд дело
    лист статьей статьям статьями статьях пунктами пунктах resolution resolutions decree
    directive regulation ordinance kelas grade route interstate junction articles sections clauses account
    paragraphs chapters items annexes appendices пункты пунктов статей главы разделы резолюция резолюции резолюцией резолюцию resolusi
    пп пунктам приложениям приложениями приложениях приложений разделам разделами разделах разделов
    главам главами главах глав таблицам таблицами таблицах частям частями частях подпункты
    подпунктов подпунктам подпунктами подпунктах параграф параграфа параграфе параграфы
    параграфов частью частям частей подпункта подпункте подпунктом табл таблицу таблицей
    рисунка рисунку схема схемы схеме прил разд гл
    инн огрн огрнип кпп окпо бик снилс октмо окато оквэд кбк
    д кв оф корп статьёй статьёю точка точки точке точку точкой выдел выдела выделе выделу
    позиция позицию позицией бонитет бонитета бонитетом titik инв inv
    folder line папка папке папки лот лота лоте строка строке примечание примечании
    baris catatan klaim art cl langkah""".split()
)

# archival units in the oblique cases: "в описи 3 фонда 1987", "листа 12" (identifiers
# unless a year word follows: "фонда 2020 года")
_ARCHIVE_PREV = frozenset("описи описью описям фонда фонду фондом фондов дела делу делом".split())

# plural nouns naming numbered things: identifiers when a list of numbers follows
# ("Plots 12, 14 and 16", "Участки 12, 14 и 16", "Blok 12, 14, dan 16")
_IDENT_LIST_PREV = frozenset(
    """tables figures plots houses amendments blocks lots rooms buildings sites wards
    districts zones sectors platforms gates lines routes units schools points questions trains
    junctions exits
    участки участков участкам участках дома домов домам домах списки списков спискам
    списках корпуса корпусов корпусах блоки блоков квартиры квартир кабинеты палаты
    скважины скважин шахты шахт позиции позиций строки строк графы граф поправки поправкам
    поправок лоты лотов зоны зон секторы сектора школы школ вопросы вопросов
    blok rumah kavling lot zona sektor kamar gedung ruang jalur soal sekolah""".split()
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
    "сыныб",  # ... also before a vowel suffix, and a fire-danger class: "5-сыныбына"
    "ауыл",  # a numbered aul: "7-ауылында" (aul No. 7)
    "сұрып",  # a grade of goods: "1-сұрыпты ұн" (first-grade flour)
    "мектеп",  # numbered schools
    "кітап",  # book / volume / part numbers
    "том",
    "бөлік",  # part numbers of an article: "1-бөлігі"
    "бөліг",
    "курс",  # a year of study, like a school class: "3-курсын"
    "кіреберіс",  # an entrance: "4-кіреберіс"
    "шахта",  # numbered mines and issues of a newspaper: "18-шахтасының", "251-санында"
    "сан",
)

_COUNT_PREV = frozenset(
    """some approximately nearly almost roughly total sebanyak
    kurang lebih hampir около более свыше почти примерно всего порядка шамамен жуық""".split()
)

_KK_ORD_NOUNS = (
    "орын",
    "орны",
    "мүше",  # the Nth member: "БҰҰ-ның 168-мүшесі"
    "орнын",
    "орнына",
    "орнында",
    "сессия",
    "съез",
    "пленум",
    "шақырылым",
    "тоқсан",
    "кезең",
    "бесжылдық",  # plans, centuries and military units: "1-бесжылдық", "14-ғасыр"
    "ғасыр",
    "дивизия",
    "армия",
    "полк",
    "бригада",
    "батальон",
    # events and places in order: the round, the goal minute, the season ("26-турында",
    # "61-минутта", "98-маусымын"; a day of June is a date before this is read)
    "тур",
    "раунд",
    "айналым",
    "тайм",
    "минут",
    "маусым",
    # a kilometre post of a road, "at the 215th km" ("тасжолының 215-шақырымында"); a road
    # of 74 km is the adjective "74-шақырымдық", a quantity
    "шақырымы",
    "шақырымда",
    "километрі",
    "километрде",
)

# chemical elements named with a mass number: "цезий-137", "стронций-90" (a name, "other")
_ISOTOPE_NAMES = frozenset(
    """цезий стронций йод уран плутоний кобальт радий радон калий торий тритий углерод
    көміртек caesium cesium strontium iodine uranium plutonium cobalt radium radon potassium
    thorium carbon""".split()
)

_REGNAL_NAMES = frozenset(
    """elizabeth charles george henry edward william james richard john louis peter nicholas
    alexander catherine frederick napoleon paul mary anne victoria philip ferdinand francis
    leopold wilhelm ivan boris pius leo gregory innocent clement benedict urban boniface
    sultan hamengkubuwono pakubuwono""".split()
)

_NOT_SCRAPED = frozenset(
    "около более свыше менее всего лишь только уже ещё еще до на по из от с к в за и или "
    "примерно почти порядка это составляет итого всего".split()
)

_AGE_PREV = frozenset(
    "aged age ages berusia usia umur возрасте исполнилось исполнился исполнилась исполнится "
    "исполняется".split()
)

_AGE_CMP = frozenset("under over aged below above than of as".split())

# quarters / semesters numbered like congresses: "triwulan IV", "III квартал" -> ordinal
_PERIOD_PREV = frozenset(
    "triwulan kuartal caturwulan semester dasarian quarter квартал квартале квартала тоқсан "
    "тоқсанда тоқсанында".split()
)

_FRAC_PREV = frozenset("by about nearly almost roughly than over under some around".split())

_TIME_PREV = frozenset("сағат pukul jam".split())

_RU_ORD = frozenset(
    "й я е го ого его му ому ему м ом ем ой ую ые ый ий ая ое ым ыми им ю ья ье ьи".split()
)

_KK_ORD = frozenset("ші шы нші ншы ыншы інші".split())

_ABBR_PREV = frozenset("п пп ст ч рис fig no nr p pp art cl".split())

_ERA_FIRST = frozenset("MSÇABCнгжб")

# abbreviations that introduce a number written right after their full stop ("Vol.12",
# "стр.12", "hlm.12"): never a glued footnote marker
_NUM_ABBR = frozenset(
    """vol vols pp стр стб hlm hal art arts fig figs tab tabl табл рис илл прил разд гл пп
    ст тт nos nr no sec sect para chap ch bd abb бет бб беттер кит том ref refs app par sch
    руб коп тыс млн млрд трлн экз чел изд вып кн сер ред обл tgl thn kab kec kel
    jan feb mar apr jun jul aug sep sept oct nov dec янв фев февр мар апр авг сент окт
    нояб дек covid ipv""".split()
)

# Indonesian nouns naming numbered classes, levels, trains and places ("golongan 1",
# "kwaliteit II", "Jilid I", "Siaga 1", "KA 1", "TPS 07", "RT 03/RW 05", "nomor urut 2"),
# bus corridors, hajj flight groups, battalions and size grades ("koridor 13",
# "kloter 27", "Batalyon 426", "ukuran 50"), numbered groups and state schools
# ("kelompok 3", "SMA Negeri 3")
_IDENT_PREV = _IDENT_PREV | frozenset(
    "golongan kwaliteit jilid siaga ka tps rt rw urut koridor kloter batalyon ukuran"
    " kelompok negeri kd subbab".split()
)
# English nouns that always name a numbered thing, Russian ones of textbooks, how-tos,
# patents and addresses ("move amendment 14", "Пример 1", "Задание 3", "Шаг 3", "ауд. 401")
_IDENT_PREV = _IDENT_PREV | ALWAYS_NAMING | RU_NAMING_PREV | RU_EVERYDAY_NAMING

# nouns of a reading, grade or quote: the bare number after them is a value on a scale,
# "other" ("проба 900", "полнота 0,7", "зубцовка 12", "оценкой 4", "по курсу 88",
# "котировка 97", "rating 2740", "nilai 8,5", "skor 7")
_READING_PREV = frozenset(
    """проба полнота полноты полнотой зубцовка зубцовки зубцовкой зубцовке оценка оценку
    оценкой оценки оценками оценок отметка отметку отметкой отметки отметками курсу котировка
    котировке котировкой рейтинг рейтингом perforation perf perfs fineness rating rated
    nilai skor kurs""".split()
)
_READING_PREV = _READING_PREV | SCALE_NOUNS | ALWAYS_SCALE  # "CURB-65 score 3", "Mach 0.85"
# the words that may follow such a reading ("оценка 5 по физике", "nilai 8 dari 10")
_READING_NEXT_OK = frozenset("и или по из за при в на and or of out from dari dan pada".split())

# the year word of an anno mundi year ("Лета 7190-го", "в лето 7193")
_AM_PREV = frozenset(("лета", "лето", "лѣта", "лѣто"))
