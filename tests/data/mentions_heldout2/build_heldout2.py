"""Build the second, independent held-out numeric-mention set (``heldout2_<lang>.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_heldout2/build_heldout2.py

The passages were written for this set in the register of genres *other* than
encyclopedia history: news-agency reports (ТАСС / Kazinform / Antara / Reuters style),
statistical yearbook lines, election-commission protocols, municipal budget lines,
biographies, economic reports and scholarly footnotes.  They were annotated from
``docs/numeric-mentions.md`` without looking at the extractor, its lexicon,
its tests or the other annotated sets' passages.  Texts are already normalised (plain
spaces, no NBSP / thin spaces).

Each passage is ``(text, [mentions in text order])`` using the ``M`` / ``R`` helpers and
the ``annotate`` validator of ``tests/data/mentions_heldout/build_heldout.py`` (offsets are
found with ``str.find`` from the end of the previous mention, never typed; spans are
checked to be sorted, non-overlapping, on word boundaries unless ``glued=True``, with
valid kinds, currency units and values).

Decisions are those of the spec and of ``build_heldout.py``'s docstring; in addition this
set decides:

* **Percentage points** are ``percent`` (unit ``%``) with the point word(s) inside the
  span: ``2 п.п.``, ``0.25 percentage points``, ``0,50 persen poin``,
  ``0,25 пайыздық тармаққа``.
* **Statistical table lines** ``2010 – 142 856,5; 2015 – ...``: the dash separates a
  year from its figure, so it is a ``year`` plus a ``count`` (value as written, the
  "тыс. человек" header does not scale it), *not* a range.
* **Ages** are ``quantity`` in years: ``12 жасар``, ``58 жасында``, ``83 tahun``,
  ``73,4 года``; a bare age (``aged 63``, ``children under 12``) is also ``quantity`` /
  ``year`` with only the digits in the span; ``41-year-old`` is one ``quantity`` span.
* **School classes with digits** (``5-сыныпта``, ``1-сыныпқа``) are ``identifier`` (spec:
  class numbers), hyphen and noun outside; **session / quarter numbers** (``2-сессиясын``,
  ``triwulan IV``, ``III квартале``) are ``ordinal`` (like congresses / plans), hyphenated noun outside.
* **Times with a.m./p.m.** keep the marker in the span and are valued on the 24-hour
  clock (``10 p.m.`` -> 22, ``9:30 a.m.`` -> 9.5); a time-zone word (``WIB``, ``мск``)
  stays outside.  Times ``08:15`` -> 8.25.
* **Volumes and parts inside a citation** (``vol. II``, ``ч. 1``) are ``reference``.
* **Two amounts joined by "between ... and"** are two mentions (spec: list), ``£15 to
  £25`` (connector *to*) is a ``range``.
* **Journal citations** ``Вопросы истории. 2015. № 3. С. 18–29``: year, issue (with the
  number sign inside, ``№ 3``), part (``ч. 1`` -> ``1``) and pages are ``reference``.
  A book's page count (``– 112 б.``) in a bibliographic line is a ``reference`` too.
* **Road designations** (``М-12``) are ``identifier`` with the letter and hyphen inside,
  like ``D-17242``; value 12.
* **Fraction words with a possessive clitic** keep it (``seperempatnya`` -> 0.25), like
  ``жартысы``.
* **Durations of mixed units** (``1 tahun 5 bulan``) are two ``quantity`` mentions.
* **Day-of-month in datelines** (``МОСКВА, 14 февраля.``, ``5 наурыз``, ``March 3``) are
  dates with value null.
* **Money ranges** (``£15 to £25``) carry the currency in ``unit`` (GBP).
* **"Nomor 17/2023"** (number/year) is one ``identifier`` span, value 17 (like
  ``No.2/2020``); ``tahun 800 Masehi`` -> ``800`` ``year`` (era word outside).
* Kazakh composite money ``1 трлн 245,6 млрд теңге`` is one mention (1.2456e12, scale
  1e12).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_SPEC = importlib.util.spec_from_file_location(
    "_build_heldout", HERE.parent / "mentions_heldout" / "build_heldout.py"
)
_bh = importlib.util.module_from_spec(_SPEC)
sys.modules["_build_heldout"] = _bh
_SPEC.loader.exec_module(_bh)

M, R, annotate, write, KINDS = _bh.M, _bh.R, _bh.annotate, _bh.write, _bh.KINDS
K, MLN, MLRD, TRLN = 1000, 1_000_000, 1_000_000_000, 1_000_000_000_000

# fmt: off
# ============================================================================ ru
RU = [
    ("МОСКВА, 14 февраля. /ТАСС/. Годовая инфляция в России в январе 2024 года замедлилась "
     "до 7,44 %, сообщил Росстат.", [
        M("14 февраля", None, "date"),
        M("январе 2024", 2024, "date"),
        M("7,44 %", 7.44, "percent", "%"),
    ]),
    ("Численность постоянного населения, тыс. человек: 2010 – 142 856,5; 2015 – 146 267,3; "
     "2020 – 146 748,6.", [
        M("2010", 2010, "year"),
        M("142 856,5", 142856.5, "count"),
        M("2015", 2015, "year"),
        M("146 267,3", 146267.3, "count"),
        M("2020", 2020, "year"),
        M("146 748,6", 146748.6, "count"),
    ]),
    ("ВВП вырос на 3,6 %, а объём инвестиций в основной капитал — в 1,1 раза по сравнению "
     "с 2022 годом.", [
        M("3,6 %", 3.6, "percent", "%"),
        M("1,1 раза", 1.1, "other", "times"),
        M("2022", 2022, "year"),
    ]),
    ("Совет директоров Банка России повысил ключевую ставку на 2 п.п., до 15 % годовых.", [
        M("2 п.п.", 2, "percent", "%"),
        M("15 %", 15, "percent", "%"),
    ]),
    ("Число избирателей, внесенных в списки избирателей, — 112 309 947; число избирательных "
     "бюллетеней, выданных в помещениях для голосования, — 87 115 519. За Путина В. В. "
     "подано 76 277 708 голосов (87,28 %).", [
        M("112 309 947", 112309947, "count"),
        M("87 115 519", 87115519, "count"),
        M("76 277 708", 76277708, "count"),
        M("87,28 %", 87.28, "percent", "%"),
    ]),
    ("Явка на выборах депутатов городской думы составила 34,17 процента, в голосовании "
     "приняли участие 214 тыс. избирателей.", [
        M("34,17 процента", 34.17, "percent", "%"),
        M("214 тыс.", 214 * K, "count", None, K),
    ]),
    ("Решение Совета депутатов от 20.12.2023 № 112 «О бюджете муниципального района на "
     "2024 год и на плановый период 2025 и 2026 годов».", [
        M("20.12.2023", 2023, "date"),
        M("№ 112", 112, "identifier"),
        M("2024", 2024, "year"),
        M("2025", 2025, "year"),
        M("2026", 2026, "year"),
    ]),
    ("Объём дотаций на выравнивание бюджетной обеспеченности составит 312 456,8 тыс. "
     "рублей, или 18,3 % собственных доходов бюджета.", [
        M("312 456,8 тыс. рублей", 312_456_800, "money", "RUB", K),
        M("18,3 %", 18.3, "percent", "%"),
    ]),
    ("Родился 3 марта 1931 года в селе Привольное Ставропольского края, умер 30 августа "
     "2022 года в Москве на 92-м году жизни.", [
        M("3 марта 1931", 1931, "date"),
        M("30 августа 2022", 2022, "date"),
        M("92-м", 92, "ordinal"),
    ]),
    ("В 1955 году окончил юридический факультет МГУ, а в 1967 году — заочно "
     "Ставропольский сельскохозяйственный институт.", [
        M("1955", 1955, "year"),
        M("1967", 1967, "year"),
    ]),
    ("12 Хлевнюк О. В. Хозяин. Сталин и утверждение сталинской диктатуры. М., 2010. "
     "С. 45–47.", [
        M("12", 12, "reference"),
        M("2010", 2010, "reference"),
        M("45–47", 45, "reference", range_end=47),
    ]),
    ("Там же. С. 112; Вопросы истории. 2015. № 3. С. 18–29.", [
        M("112", 112, "reference"),
        M("2015", 2015, "reference"),
        M("№ 3", 3, "reference"),
        M("18–29", 18, "reference", range_end=29),
    ]),
    ("Федеральный закон от 27.07.2006 № 152-ФЗ «О персональных данных» // Собрание "
     "законодательства РФ. 2006. № 31 (ч. 1). Ст. 3451.", [
        M("27.07.2006", 2006, "date"),
        M("№ 152-ФЗ", 152, "identifier"),
        M("2006", 2006, "reference"),
        M("№ 31", 31, "reference"),
        M("1", 1, "reference"),
        M("3451", 3451, "reference"),
    ]),
    ("Программа рассчитана на молодёжь в возрасте от 14 до 35 лет.", [
        R("14 до 35 лет", 14, 35, "year"),
    ]),
    ("На XXXIII летних Олимпийских играх в Париже российские спортсмены выступали в "
     "нейтральном статусе.", [
        M("XXXIII", 33, "ordinal"),
    ]),
    ("Одной из причин трехдневной забастовки стали десятки тысяч жалоб, поступивших в "
     "октябре; первым их рассмотрел Л. И. Петров.", []),
    ("Протяжённость трассы М-12 составит 810 км, а стоимость строительства превысит "
     "700 млрд рублей.", [
        M("М-12", 12, "identifier"),
        M("810 км", 810, "quantity", "km"),
        M("700 млрд рублей", 700 * MLRD, "money", "RUB", MLRD),
    ]),
    ("Голосование продлится с 8:00 до 20:00 по местному времени.", [
        R("8:00 до 20:00", 8, 20),
    ]),
    ("Валовой сбор зерна составил 147,1 млн тонн, что на 11,2 % меньше рекорда 2022 года.", [
        M("147,1 млн тонн", 147.1 * MLN, "quantity", "t", MLN),
        M("11,2 %", 11.2, "percent", "%"),
        M("2022", 2022, "year"),
    ]),
    ("Петербургский международный экономический форум пройдёт с 5 по 8 июня 2024 года.", [
        M("5 по 8 июня 2024", 2024, "date"),
    ]),
    ("Почти половина опрошенных и около трети предпринимателей ожидают дальнейшего роста "
     "цен.", [
        M("половина", 0.5, "other"),
        M("трети", 1 / 3, "other"),
    ]),
    ("В заседании комиссии приняли участие двенадцать депутатов из пятнадцати.", [
        M("двенадцать", 12, "count"),
        M("пятнадцати", 15, "count"),
    ]),
    ("В конце XIX века в городе проживало 25 тыс. жителей, к 1990-м годам — уже 1,2 млн.", [
        M("XIX", 19, "ordinal"),
        M("25 тыс.", 25 * K, "count", None, K),
        M("1990", 1990, "year"),
        M("1,2 млн", 1.2 * MLN, "count", None, MLN),
    ]),
    ("Исполнение бюджета приостанавливается в соответствии со статьей 217 Бюджетного "
     "кодекса Российской Федерации.", [
        M("217", 217, "identifier"),
    ]),
    ("Ожидаемая продолжительность жизни при рождении в 2023 году достигла 73,4 года.", [
        M("2023", 2023, "year"),
        M("73,4 года", 73.4, "quantity", "year"),
    ]),
    ("ЕКАТЕРИНБУРГ, 2 апреля. /ТАСС/. Более 3,5 тыс. человек эвакуированы из зоны "
     "подтопления в Орске, где уровень воды в реке Урал превысил критическую отметку на "
     "1,5 м.", [
        M("2 апреля", None, "date"),
        M("3,5 тыс.", 3500, "count", None, K),
        M("1,5 м", 1.5, "quantity", "m"),
    ]),
    ("Среднемесячная начисленная заработная плата в III квартале 2023 г. составила "
     "73 165 руб., увеличившись в реальном выражении на 7,9 %.", [
        M("III", 3, "ordinal"),
        M("2023", 2023, "year"),
        M("73 165 руб.", 73165, "money", "RUB"),
        M("7,9 %", 7.9, "percent", "%"),
    ]),
    ("Сначала выступил первый заместитель министра, затем — сотни делегатов; в ноябре "
     "трехсторонняя комиссия так и не собралась.", []),
    ("Зарегистрировано в Минюсте России; приказ Минфина России от 24.05.2022 № 82н "
     "вступает в силу с 1 января 2023 года.", [
        M("24.05.2022", 2022, "date"),
        M("№ 82н", 82, "identifier"),
        M("1 января 2023", 2023, "date"),
    ]),
    ("Сто двадцать пять лет назад, в 1899 году, здесь открылась первая в уезде школа.", [
        M("Сто двадцать пять лет", 125, "quantity", "year"),
        M("1899", 1899, "year"),
    ]),
    ("Лихачёв Дмитрий Сергеевич (1906–1999) — советский и российский филолог, академик "
     "АН СССР (с 1970).", [
        R("1906–1999", 1906, 1999),
        M("1970", 1970, "year"),
    ]),
    ("Товарооборот России и Китая в 2023 году вырос на 26,3 % и достиг 240,1 млрд "
     "долларов.", [
        M("2023", 2023, "year"),
        M("26,3 %", 26.3, "percent", "%"),
        M("240,1 млрд долларов", 240.1 * MLRD, "money", "USD", MLRD),
    ]),
    ("Пленарное заседание Госдумы начнётся в 10:00 мск, в повестке дня — 24 законопроекта.", [
        M("10:00", 10, "other"),
        M("24", 24, "count"),
    ]),
    ("Три четверти опрошенных поддержали инициативу, против высказались 9 % респондентов.", [
        M("Три четверти", 0.75, "other"),
        M("9 %", 9, "percent", "%"),
    ]),
    ("В 1939 г. доля городского населения достигла 32 %[7], а к 1959 г. — 48 %¹⁰.", [
        M("1939", 1939, "year"),
        M("32 %", 32, "percent", "%"),
        M("7", 7, "reference"),
        M("1959", 1959, "year"),
        M("48 %", 48, "percent", "%"),
        M("¹⁰", 10, "reference"),
    ]),
]

# ============================================================================ kk
KK = [
    ("АСТАНА. 5 наурыз. ҚазАқпарат – Биыл республикалық бюджеттен білім беру саласына "
     "2,5 трлн теңге бөлінді, бұл өткен жылмен салыстырғанда 12,4 пайызға артық.", [
        M("5 наурыз", None, "date"),
        M("2,5 трлн теңге", 2.5 * TRLN, "money", "KZT", TRLN),
        M("12,4 пайызға", 12.4, "percent", "%"),
    ]),
    ("Қазақстан Республикасы 1991 жылғы 16 желтоқсанда мемлекеттік тәуелсіздігін "
     "жариялады.", [
        M("1991 жылғы 16 желтоқсанда", 1991, "date"),
    ]),
    ("2024 жылғы 1 қаңтардағы жағдай бойынша елдегі халық саны 20 млн 33 мың адамға "
     "жетті.", [
        M("2024 жылғы 1 қаңтардағы", 2024, "date"),
        M("20 млн 33 мың", 20_033_000, "count", None, MLN),
    ]),
    ("Халық саны, мың адам: 2010 – 16 203,3; 2015 – 17 415,7; 2020 – 18 879,6.", [
        M("2010", 2010, "year"),
        M("16 203,3", 16203.3, "count"),
        M("2015", 2015, "year"),
        M("17 415,7", 17415.7, "count"),
        M("2020", 2020, "year"),
        M("18 879,6", 18879.6, "count"),
    ]),
    ("Сайлауға 7 983 257 сайлаушы қатысты, бұл 69,44 пайызды құрайды. Қ. Тоқаевқа "
     "6 456 392 сайлаушы (81,31%) дауыс берді.", [
        M("7 983 257", 7983257, "count"),
        M("69,44 пайызды", 69.44, "percent", "%"),
        M("6 456 392", 6456392, "count"),
        M("81,31%", 81.31, "percent", "%"),
    ]),
    ("Мектепте 5-сыныпта оқитын 12 жасар Айгерім республикалық олимпиадада бірінші орын "
     "алды.", [
        M("5", 5, "identifier"),
        M("12 жасар", 12, "quantity", "year"),
    ]),
    ("Алматы қаласының 2025-2027 жылдарға арналған бюджеті бекітілді: 2025 жылы кірістер "
     "1 трлн 245,6 млрд теңге болады.", [
        R("2025-2027", 2025, 2027),
        M("2025", 2025, "year"),
        M("1 трлн 245,6 млрд теңге", 1_245_600_000_000, "money", "KZT", TRLN),
    ]),
    ("Жылдық инфляция 8,6%-ға дейін баяулады, ал ЖІӨ өсімі 4,8 пайыз болды.", [
        M("8,6%", 8.6, "percent", "%"),
        M("4,8 пайыз", 4.8, "percent", "%"),
    ]),
    ("Ұлттық банк базалық мөлшерлемені 0,25 пайыздық тармаққа төмендетіп, 14,5 пайыз "
     "деңгейінде белгіледі.", [
        M("0,25 пайыздық тармаққа", 0.25, "percent", "%"),
        M("14,5 пайыз", 14.5, "percent", "%"),
    ]),
    ("Назарбаев Н. Ғасырлар тоғысында. – Алматы: Өнер, 1996. – 272 б.", [
        M("1996", 1996, "reference"),
        M("272", 272, "reference"),
    ]),
    ("3 Қозыбаев М. Ақтаңдақтар ақиқаты. – Алматы, 1992. – Б. 45–47.", [
        M("3", 3, "reference"),
        M("1992", 1992, "reference"),
        M("45–47", 45, "reference", range_end=47),
    ]),
    ("ХХ ғасырдың 30-жылдарындағы ашаршылықта 1,5 млн-нан астам қазақ қаза тапты.", [
        M("ХХ", 20, "ordinal"),
        M("30", 1930, "year"),
        M("1,5 млн", 1.5 * MLN, "count", None, MLN),
    ]),
    ("Соңғы он жылда өңделген өнім экспортының көлемі 1,8 есеге өсті.", [
        M("он жылда", 10, "quantity", "year"),
        M("1,8 есеге", 1.8, "other", "times"),
    ]),
    ("Сонымен бірге ауылдың бірнеше мың тұрғыны тағы бір рет жиналып, бірінші кезекте "
     "жол мәселесін көтерді.", []),
    ("Жиналыс сағат 10:00-де басталып, 14:30-да аяқталды.", [
        M("10:00", 10, "other"),
        M("14:30", 14.5, "other"),
    ]),
    ("Биыл 1 қыркүйекте 1-сыныпқа 420 мыңнан астам бала барды.", [
        M("1 қыркүйекте", None, "date"),
        M("1", 1, "identifier"),
        M("420 мыңнан", 420 * K, "count", None, K),
    ]),
    ("Жаңа тас жолдың ұзындығы 1145 шақырым, құрылысына 3 жыл кетеді.", [
        M("1145 шақырым", 1145, "quantity", "km"),
        M("3 жыл", 3, "quantity", "year"),
    ]),
    ("Абай Құнанбайұлы 1845 жылы 10 тамызда дүниеге келіп, 1904 жылы 6 шілдеде 58 "
     "жасында қайтыс болды.", [
        M("1845 жылы 10 тамызда", 1845, "date"),
        M("1904 жылы 6 шілдеде", 1904, "date"),
        M("58 жасында", 58, "quantity", "year"),
    ]),
    ("Жобаға 18-ден 35 жасқа дейінгі азаматтар қатыса алады.", [
        R("18-ден 35 жасқа", 18, 35, "year"),
    ]),
    ("Аудан тұрғындарының жартысы мал шаруашылығымен айналысады, ал үштен бірі қалаға "
     "көшіп кетті.", [
        M("жартысы", 0.5, "other"),
        M("үштен бірі", 1 / 3, "other"),
    ]),
    ("Қазақстан Республикасы Үкіметінің 2023 жылғы 28 наурыздағы № 262 қаулысымен "
     "бағдарлама бекітілді.", [
        M("2023 жылғы 28 наурыздағы", 2023, "date"),
        M("№ 262", 262, "identifier"),
    ]),
    ("Салық кодексінің 91-бабына сәйкес декларация 31 наурызға дейін тапсырылады.", [
        M("91", 91, "identifier"),
        M("31 наурызға", None, "date"),
    ]),
    ("Мемлекет басшысы Парламенттің VIII шақырылымының 2-сессиясын ашты.", [
        M("VIII", 8, "ordinal"),
        M("2", 2, "ordinal"),
    ]),
    ("Комиссия құрамына он бес адам кірді.", [
        M("он бес", 15, "count"),
    ]),
    ("Жобаның жалпы құны 3 млрд 200 млн теңге, оның 40%-ы жергілікті бюджеттен "
     "қаржыландырылады.", [
        M("3 млрд 200 млн теңге", 3.2 * MLRD, "money", "KZT", MLRD),
        M("40%", 40, "percent", "%"),
    ]),
    ("Шымкент. 12 сәуір. Kazinform – Қалада 2024 жылы 15,3 мың жаңа жұмыс орны ашылды.", [
        M("12 сәуір", None, "date"),
        M("2024", 2024, "year"),
        M("15,3 мың", 15300, "count", None, K),
    ]),
    ("Дәрігерлердің орташа жалақысы 2019 жылмен салыстырғанда 2,1 есе өсіп, 480 мың "
     "теңгеге жетті.", [
        M("2019", 2019, "year"),
        M("2,1 есе", 2.1, "other", "times"),
        M("480 мың теңгеге", 480 * K, "money", "KZT", K),
    ]),
    ("Ораз Жандосов (1899–1938) – кеңес мемлекет қайраткері.", [
        R("1899–1938", 1899, 1938),
    ]),
    ("Сауалнамаға қатысқандардың төрттен үші реформаны қолдады.", [
        M("төрттен үші", 0.75, "other"),
    ]),
    ("Қазақстан тарихы. 9-сынып. – Алматы: Мектеп, 2019. – 45–52 бб.", [
        M("9", 9, "identifier"),
        M("2019", 2019, "reference"),
        M("45–52", 45, "reference", range_end=52),
    ]),
    ("Ұлы Отан соғысына Қазақстаннан 1 млн 200 мыңнан астам адам аттанды.", [
        M("1 млн 200 мыңнан", 1_200_000, "count", None, MLN),
    ]),
    ("Бірте-бірте ауылға жүздеген отбасы қайта оралып, тағы бір мектеп ашылды.", []),
    ("Пойыз Алматы мен Астана арасындағы 1 200 шақырымды 12 сағатта жүріп өтеді.", [
        M("1 200 шақырымды", 1200, "quantity", "km"),
        M("12 сағатта", 12, "quantity", "hour"),
    ]),
    ("ХХІ ғасырдың басында облыс халқының 60 пайызы ауылдық жерде тұрды.", [
        M("ХХІ", 21, "ordinal"),
        M("60 пайызы", 60, "percent", "%"),
    ]),
    ("1926 жылғы санақ бойынша қазақтар республика халқының 57,1%-ын құрады [14].", [
        M("1926", 1926, "year"),
        M("57,1%", 57.1, "percent", "%"),
        M("14", 14, "reference"),
    ]),
    ("Шағын бизнеске берілетін субсидия көлемі несие сомасының 30 пайызына дейін жетеді.", [
        M("30 пайызына", 30, "percent", "%"),
    ]),
]

# ============================================================================ id
ID = [
    ("Jakarta (ANTARA) - Badan Pusat Statistik (BPS) mencatat inflasi tahunan pada "
     "Februari 2024 sebesar 2,75 persen (yoy).", [
        M("Februari 2024", 2024, "date"),
        M("2,75 persen", 2.75, "percent", "%"),
    ]),
    ("Pertumbuhan ekonomi Indonesia pada triwulan IV-2023 mencapai 5,04 persen.", [
        M("IV", 4, "ordinal"),
        M("2023", 2023, "year"),
        M("5,04 persen", 5.04, "percent", "%"),
    ]),
    ("APBN 2024 menetapkan belanja negara sebesar Rp 3.325,1 triliun dan pendapatan negara "
     "Rp 2.802,3 triliun.", [
        M("2024", 2024, "year"),
        M("Rp 3.325,1 triliun", 3325.1 * TRLN, "money", "IDR", TRLN),
        M("Rp 2.802,3 triliun", 2802.3 * TRLN, "money", "IDR", TRLN),
    ]),
    ("Rapat paripurna DPR dibuka pukul 10.15 WIB dan dihadiri 297 anggota dewan.", [
        M("10.15", 10.25, "other"),
        M("297", 297, "count"),
    ]),
    ("KPU menetapkan pasangan Prabowo-Gibran memperoleh 96.214.691 suara atau 58,59 "
     "persen dari total suara sah nasional.", [
        M("96.214.691", 96214691, "count"),
        M("58,59 persen", 58.59, "percent", "%"),
    ]),
    ("Tingkat partisipasi pemilih pada Pemilu 2024 mencapai 81,78 persen.", [
        M("2024", 2024, "year"),
        M("81,78 persen", 81.78, "percent", "%"),
    ]),
    ("B. J. Habibie lahir di Parepare pada 25 Juni 1936 dan wafat di Jakarta pada "
     "11 September 2019 dalam usia 83 tahun.", [
        M("25 Juni 1936", 1936, "date"),
        M("11 September 2019", 2019, "date"),
        M("83 tahun", 83, "quantity", "year"),
    ]),
    ("Ia menjabat sebagai presiden ke-3 Republik Indonesia selama 1 tahun 5 bulan.", [
        M("ke-3", 3, "ordinal"),
        M("1 tahun", 1, "quantity", "year"),
        M("5 bulan", 5, "quantity", "month"),
    ]),
    ("12 M. C. Ricklefs, Sejarah Indonesia Modern 1200–2008 (Jakarta: Serambi, 2008), "
     "hlm. 23.", [
        M("12", 12, "reference"),
        R("1200–2008", 1200, 2008),
        M("2008", 2008, "reference"),
        M("23", 23, "reference"),
    ]),
    ("Ibid., hlm. 45–47; lihat juga (Kartodirdjo, 1992: 112).", [
        M("45–47", 45, "reference", range_end=47),
        M("1992", 1992, "reference"),
        M("112", 112, "reference"),
    ]),
    ("Pada tahun 1998-an, harga beras di sejumlah daerah naik hingga tiga kali lipat.", [
        M("1998", 1998, "year"),
        M("tiga kali lipat", 3, "other", "times"),
    ]),
    ("Sepertiga dari anggaran daerah dialokasikan untuk pendidikan, sedangkan "
     "seperempatnya untuk kesehatan.", [
        M("Sepertiga", 1 / 3, "other"),
        M("seperempatnya", 0.25, "other"),
    ]),
    ("Pemerintah Kota Bandung mengalokasikan Rp 1,2 triliun untuk infrastruktur pada tahun "
     "anggaran 2025.", [
        M("Rp 1,2 triliun", 1.2 * TRLN, "money", "IDR", TRLN),
        M("2025", 2025, "year"),
    ]),
    ("Harga minyak mentah Indonesia (ICP) pada Januari 2024 tercatat 77,45 dolar AS per "
     "barel, turun 1,98 dolar AS dibandingkan Desember 2023.", [
        M("Januari 2024", 2024, "date"),
        M("77,45 dolar AS", 77.45, "money", "USD"),
        M("1,98 dolar AS", 1.98, "money", "USD"),
        M("Desember 2023", 2023, "date"),
    ]),
    ("Ia adalah satu-satunya saksi; ratusan warga datang pada bulan Oktober, dan yang "
     "pertama tiba adalah S. M. Hasan.", []),
    ("Jumlah penduduk miskin turun dari 26,36 juta orang menjadi 25,22 juta orang.", [
        R("26,36 juta orang menjadi 25,22 juta", 26.36 * MLN, 25.22 * MLN, None, MLN),
    ]),
    ("Jalan tol Trans-Jawa sepanjang 1.167 kilometer menghubungkan Merak dan Banyuwangi.", [
        M("1.167 kilometer", 1167, "quantity", "km"),
    ]),
    ("Rapat koordinasi digelar Senin (12/2/2024) pukul 09.30 WIB di Balai Kota.", [
        M("12/2/2024", 2024, "date"),
        M("09.30", 9.5, "other"),
    ]),
    ("Ketentuan itu diatur dalam Undang-Undang Nomor 6 Tahun 2023 tentang Cipta Kerja, "
     "khususnya Pasal 81 ayat (2).", [
        M("Nomor 6", 6, "identifier"),
        M("2023", 2023, "year"),
        M("81", 81, "identifier"),
        M("2", 2, "identifier"),
    ]),
    ("Sebanyak dua ratus lima puluh siswa mengikuti ujian susulan.", [
        M("dua ratus lima puluh", 250, "count"),
    ]),
    ("Tingkat pengangguran terbuka sebesar 4,82 persen, turun 0,50 persen poin "
     "dibandingkan tahun lalu.", [
        M("4,82 persen", 4.82, "percent", "%"),
        M("0,50 persen poin", 0.5, "percent", "%"),
    ]),
    ("Kota ini didirikan pada abad ke-16 dan berkembang pesat pada abad XX.", [
        M("ke-16", 16, "ordinal"),
        M("XX", 20, "ordinal"),
    ]),
    ("Gempa di Cianjur pada 21 November 2022 menewaskan 602 orang dan merusak 56.320 "
     "rumah.", [
        M("21 November 2022", 2022, "date"),
        M("602", 602, "count"),
        M("56.320", 56320, "count"),
    ]),
    ("Ekspor batu bara mencapai 518 juta ton, atau naik 11 persen dibandingkan tahun "
     "2022.", [
        M("518 juta ton", 518 * MLN, "quantity", "t", MLN),
        M("11 persen", 11, "percent", "%"),
        M("2022", 2022, "year"),
    ]),
    ("Upacara peringatan HUT ke-79 Kemerdekaan RI digelar pada 17 Agustus 2024 di Ibu Kota "
     "Nusantara.", [
        M("ke-79", 79, "ordinal"),
        M("17 Agustus 2024", 2024, "date"),
    ]),
    ("Surabaya (ANTARA) - Pemerintah Kota Surabaya menargetkan 1.500 rumah tidak layak huni "
     "diperbaiki pada 2024 dengan anggaran Rp 45 miliar.", [
        M("1.500", 1500, "count"),
        M("2024", 2024, "year"),
        M("Rp 45 miliar", 45 * MLRD, "money", "IDR", MLRD),
    ]),
    ("Pada dekade 1980-an Indonesia mencapai swasembada beras dengan produksi 25,8 juta ton "
     "pada 1984.", [
        M("1980", 1980, "year"),
        M("25,8 juta ton", 25.8 * MLN, "quantity", "t", MLN),
        M("1984", 1984, "year"),
    ]),
    ("Soekarno menjabat presiden selama lebih dari 20 tahun, yakni 1945–1967.", [
        M("20 tahun", 20, "quantity", "year"),
        R("1945–1967", 1945, 1967),
    ]),
    ("Nilai tukar rupiah melemah 0,3 persen ke level Rp 15.650 per dolar AS.", [
        M("0,3 persen", 0.3, "percent", "%"),
        M("Rp 15.650", 15650, "money", "IDR"),
    ]),
    ("Pertama, kami menerima puluhan ribu aduan; kedua, sebagian besar berasal dari Jawa "
     "Timur.", []),
    ("Sebanyak 3 dari 5 warga mengaku belum menerima bantuan sosial.", [
        M("3", 3, "count"),
        M("5", 5, "count"),
    ]),
    ("Ketentuan tersebut ditetapkan melalui Keputusan Presiden Nomor 17/2023.", [
        M("Nomor 17/2023", 17, "identifier"),
    ]),
    ("Waktu tempuh Jakarta–Bandung dengan kereta cepat kini hanya sekitar 45 menit.", [
        M("45 menit", 45, "quantity", "minute"),
    ]),
    ("Jumlah kursi DPR periode 2024–2029 sebanyak 580 kursi.", [
        R("2024–2029", 2024, 2029),
        M("580", 580, "count"),
    ]),
    ("Candi Borobudur dibangun pada abad ke-8 oleh Wangsa Syailendra, sekitar tahun 800 "
     "Masehi.", [
        M("ke-8", 8, "ordinal"),
        M("800", 800, "year"),
    ]),
    ("Menurut sensus 1930, jumlah penduduk Hindia Belanda mencapai 60,7 juta jiwa.²", [
        M("1930", 1930, "year"),
        M("60,7 juta", 60.7 * MLN, "count", None, MLN),
        M("²", 2, "reference"),
    ]),
]

# ============================================================================ en
EN = [
    ("LONDON, March 3 (Reuters) - British house prices rose 1.2% in February, the biggest "
     "monthly gain since January 2023, lender Nationwide said on Friday.", [
        M("March 3", None, "date"),
        M("1.2%", 1.2, "percent", "%"),
        M("January 2023", 2023, "date"),
    ]),
    ("The Bank of England raised Bank Rate by 0.25 percentage points to 5.25% on Aug. 3, "
     "2023.", [
        M("0.25 percentage points", 0.25, "percent", "%"),
        M("5.25%", 5.25, "percent", "%"),
        M("Aug. 3, 2023", 2023, "date"),
    ]),
    ("Turnout was 59.7%, and the Labour candidate held the seat by 1,234 votes.", [
        M("59.7%", 59.7, "percent", "%"),
        M("1,234", 1234, "count"),
    ]),
    ("Smith (Lab) 18,452 (42.1%); Jones (Con) 17,218 (39.3%); Lab majority 1,234.", [
        M("18,452", 18452, "count"),
        M("42.1%", 42.1, "percent", "%"),
        M("17,218", 17218, "count"),
        M("39.3%", 39.3, "percent", "%"),
        M("1,234", 1234, "count"),
    ]),
    ("The council will spend £2.4 million on road repairs in 2024/25, up from £1.9m the "
     "previous year.", [
        M("£2.4 million", 2.4 * MLN, "money", "GBP", MLN),
        R("2024/25", 2024, 2025),
        M("£1.9m", 1.9 * MLN, "money", "GBP", MLN),
    ]),
    ("Born on 4 May 1929 in Brussels, she died on 20 January 1993 in Tolochenaz, aged 63.", [
        M("4 May 1929", 1929, "date"),
        M("20 January 1993", 1993, "date"),
        M("63", 63, "quantity", "year"),
    ]),
    ("In the mid-1990s unemployment in the region fell by two-thirds.", [
        M("1990", 1990, "year", glued=True),
        M("two-thirds", 2 / 3, "other"),
    ]),
    ("14. Ibid., pp. 12–15.", [
        M("14", 14, "reference"),
        M("12–15", 12, "reference", range_end=15),
    ]),
    ("See Hobsbawm (1994: 45) and T. Judt, Postwar (London, 2005), p. 112.", [
        M("1994", 1994, "reference"),
        M("45", 45, "reference"),
        M("2005", 2005, "reference"),
        M("112", 112, "reference"),
    ]),
    ("Polls close at 10 p.m. and the first results are expected at about 11:30 p.m.", [
        M("10 p.m.", 22, "other"),
        M("11:30 p.m.", 23.5, "other"),
    ]),
    ("The committee meeting began at 9:30 a.m. and lasted two and a half hours.", [
        M("9:30 a.m.", 9.5, "other"),
        M("two and a half hours", 2.5, "quantity", "hour"),
    ]),
    ("She finished 3rd in the 2019 race and became the first woman to win its 100th "
     "edition.", [
        M("3rd", 3, "ordinal"),
        M("2019", 2019, "year"),
        M("100th", 100, "ordinal"),
    ]),
    ("I told him that one of the reasons was simple: thousands of people had left in "
     "October, as J. R. Smith noted.", []),
    ("The 1.8 km tunnel took three years to build and cost $420 million.", [
        M("1.8 km", 1.8, "quantity", "km"),
        M("three years", 3, "quantity", "year"),
        M("$420 million", 420 * MLN, "money", "USD", MLN),
    ]),
    ("Exports grew 2.5 times between 2010 and 2020.", [
        M("2.5 times", 2.5, "other", "times"),
        M("2010", 2010, "year"),
        M("2020", 2020, "year"),
    ]),
    ("Consumer prices rose 3.4% in the 12 months to December, down from 3.9% in "
     "November.", [
        M("3.4%", 3.4, "percent", "%"),
        M("12 months", 12, "quantity", "month"),
        M("3.9%", 3.9, "percent", "%"),
    ]),
    ("Population (thousands): 2001 – 59,113; 2011 – 63,285; 2021 – 67,026.", [
        M("2001", 2001, "year"),
        M("59,113", 59113, "count"),
        M("2011", 2011, "year"),
        M("63,285", 63285, "count"),
        M("2021", 2021, "year"),
        M("67,026", 67026, "count"),
    ]),
    ("Tickets for the festival cost £15 to £25, and children under 12 go free.", [
        R("£15 to £25", 15, 25, "GBP"),
        M("12", 12, "quantity", "year"),
    ]),
    ("Queen Elizabeth II died on 8 September 2022 at Balmoral after a reign of 70 years.", [
        M("II", 2, "ordinal"),
        M("8 September 2022", 2022, "date"),
        M("70 years", 70, "quantity", "year"),
    ]),
    ("Under Section 21 of the Housing Act 1988, landlords must give two months' notice.", [
        M("21", 21, "identifier"),
        M("1988", 1988, "year"),
        M("two months", 2, "quantity", "month"),
    ]),
    ("Twenty-three members voted in favour and seven against, with two abstentions.", [
        M("Twenty-three", 23, "count"),
        M("seven", 7, "count"),
        M("two", 2, "count"),
    ]),
    ("GDP grew by 0.6% in the third quarter, and the economy is now 1.8 percent larger than "
     "before the pandemic.", [
        M("0.6%", 0.6, "percent", "%"),
        M("1.8 percent", 1.8, "percent", "%"),
    ]),
    ("Resolution 2334 was adopted on 23 December 2016 by 14 votes to none, with 1 "
     "abstention.", [
        M("2334", 2334, "identifier"),
        M("23 December 2016", 2016, "date"),
        M("14", 14, "count"),
        M("1", 1, "count"),
    ]),
    ("The bridge, opened a hundred years ago, now carries 40,000 vehicles a day.", [
        M("a hundred years", 100, "quantity", "year"),
        M("40,000", 40000, "count"),
    ]),
    ("The company reported revenue of US$ 5.2 billion for fiscal 2023, a quarter of which "
     "came from Asia.", [
        M("US$ 5.2 billion", 5.2 * MLRD, "money", "USD", MLRD),
        M("2023", 2023, "year"),
        M("a quarter", 0.25, "other"),
    ]),
    ("WASHINGTON, Jan 11 (Reuters) - U.S. consumer prices increased 0.3% in December after "
     "rising 0.1% in November, the Labor Department said.", [
        M("Jan 11", None, "date"),
        M("0.3%", 0.3, "percent", "%"),
        M("0.1%", 0.1, "percent", "%"),
    ]),
    ("27. Ibid., vol. II, p. 45.", [
        M("27", 27, "reference"),
        M("II", 2, "reference"),
        M("45", 45, "reference"),
    ]),
    ("The Act received Royal Assent on 26 October 2023 and most of it comes into force in "
     "2025.", [
        M("26 October 2023", 2023, "date"),
        M("2025", 2025, "year"),
    ]),
    ("Nobody could say whether the first of the dozens of ships had reached port by May.", []),
    ("The 41-year-old mother of two was first elected in 2017.", [
        M("41-year-old", 41, "quantity", "year"),
        M("two", 2, "count"),
        M("2017", 2017, "year"),
    ]),
    ("Analysts expect a quarterly loss of between $1.1 billion and $1.3 billion.", [
        M("$1.1 billion", 1.1 * MLRD, "money", "USD", MLRD),
        M("$1.3 billion", 1.3 * MLRD, "money", "USD", MLRD),
    ]),
    ("During the 1960s the town's population doubled to 24,500.", [
        M("1960", 1960, "year", glued=True),
        M("24,500", 24500, "count"),
    ]),
    ("The 08:15 service from King's Cross was cancelled, and the next train left at 10:45.", [
        M("08:15", 8.25, "other"),
        M("10:45", 10.75, "other"),
    ]),
    ("Article 50 of the Treaty on European Union was triggered on 29 March 2017, starting a "
     "two-year countdown.", [
        M("50", 50, "identifier"),
        M("29 March 2017", 2017, "date"),
        M("two-year", 2, "quantity", "year"),
    ]),
    ("In 1975 a fifth of adults smoked; by 2022 the figure was 12.9 percent.", [
        M("1975", 1975, "year"),
        M("a fifth", 0.2, "other"),
        M("2022", 2022, "year"),
        M("12.9 percent", 12.9, "percent", "%"),
    ]),
    ("By 1851 the population of London had reached 2.36 million,[12] a figure that had "
     "doubled by 1901.⁴", [
        M("1851", 1851, "year"),
        M("2.36 million", 2.36 * MLN, "count", None, MLN),
        M("12", 12, "reference"),
        M("1901", 1901, "year"),
        M("⁴", 4, "reference"),
    ]),
    ("Lenin's article, signed V. I. Ulyanov, appeared in the party journal in March, and I "
     "have not found a single copy of it.", []),
]

LANGS = {"ru": RU, "kk": KK, "id": ID, "en": EN}
# fmt: on


def main() -> None:
    _bh.build_all(LANGS, "heldout2", HERE)


if __name__ == "__main__":
    main()
