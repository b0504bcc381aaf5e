"""Build the third, independent held-out numeric-mention set (``heldout3_<lang>.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_heldout3/build_heldout3.py

The passages were written for this set in the register of yet other genres: memoirs and
oral-history transcripts, archival inventory descriptions and archival citations,
military history, agricultural / industrial plan reports, demographic history (censuses,
birth rates in per mille), colonial-era Indonesian history (gulden, VOC, Tanam Paksa),
modern Kazakh official news and English academic prose with author-date citations.
They were annotated from ``docs/numeric-mentions.md`` and the decisions in
the docstrings of ``build_heldout.py`` / ``build_heldout2.py`` without looking at the
extractor, its lexicon, its tests or the other annotated sets' passages.  Texts are
already normalised (plain spaces, no NBSP / thin spaces).

Each passage is ``(text, [mentions in text order])`` using the ``M`` / ``R`` helpers and
the ``annotate`` validator of ``tests/data/mentions_heldout/build_heldout.py`` (offsets
are found with ``str.find`` from the end of the previous mention, never typed; spans
are checked to be sorted, non-overlapping, on word boundaries unless ``glued=True``, with
valid kinds, currency units and values).

Decisions are those of the spec and of the two earlier docstrings; in addition this set
decides:

* **Archival citations** (``ЦГА РК. Ф. 74. Оп. 2. Д. 318. Л. 12–15 об.``,
  ``5-қор, 1-тізбе, 312-іс, 45–47-парақтар``): fond, opis, delo and leaf numbers are
  ``reference`` (like volume / issue / page in a book citation); the abbreviations, the
  hyphenated Kazakh nouns and ``об.`` (verso) stay outside; a leaf range is one
  ``reference`` with ``value`` = first and ``range_end`` = second leaf.
* **Archival inventory headings and prose** (``Фонд Р-1234``, ``Опись 1``, ``Дело 45``,
  ``в описи 3 фонда 1987``, ``inventaris nomor 4512``, ``Box 14, folder 3``) name a
  thing: ``identifier`` (a fund code's letter and hyphen inside, like ``D-17242``; a
  fund number that looks like a year is still an identifier).
* **Leaf counts in an inventory line** (``1926 г. 78 л.``, ``Подлинник. 3 л.``) are
  ``reference`` with ``л.`` outside (like heldout2's page count of a book); sheets or
  items counted in prose (``212 lembar``, ``86 items``) are ``count``.
* **Per mille** is ``quantity`` with unit ``‰`` and the sign / word inside
  (``16,3 ‰``, ``40 промилле``, ``37 промиллеге``, ``44 per mil``, ``35.2‰``).
* **Yields per area**: the denominator belongs to the unit (``8,6 центнера с гектара``,
  ``3,9 ton per hektar``, ``18 to 26 bushels per acre``); ``6,2 ц`` is a quantity too.
* **Decades inside a named century** take that century (``XVIII ғасырдың 20-30
  жылдарындағы`` -> range 1720..1730).
* **Year of birth** ``1931 г. р.`` is a ``year`` with ``г. р.`` outside.
* **Abbreviated page ranges** in citations are expanded like year ranges
  (``pp. 112–19`` -> reference 112..119); a note number (``n. 7``) is a ``reference``.
* **Collective numerals** (``пятерых``, ``екеу``) are ``count``; a bare age in an
  oral-history answer (``I must have been nine, maybe ten``) is ``quantity`` (years),
  two mentions.
* **Unit numbers of armies** with an ordinal marker (``62-я армия``, ``3-го Украинского
  фронта``, ``51st Highland Division``) are ``ordinal``.
* **Two dates in different months sharing one year** (``с 17 июля по 18 ноября 1942 г.``,
  ``between 23 October and 4 November 1942``, ``23 июня — 29 августа 1944 г.``) are
  two dates; the first has no year inside its span and gets value null.
* **"в ноябре 1941 года"** is a ``date`` ``ноябре 1941`` (month name + year, like
  ``Juni 1988``); ``года`` stays outside.
* **Hour words** ``в 12 часов`` are a time of day (``other``, 12, unit hour).
* **The guilder sign** ``ƒ`` is a currency symbol before the number (inside, NLG);
  ``ƒ 4 sampai ƒ 6`` is a money ``range`` with unit NLG.  ``sepikul`` (one pikul) is a
  numeral fused into a word and not annotated.
* **Ordinal words used as years** (``в сорок шестом`` = 1946) are ordinal words and not
  annotated.
* **Kazakh dates with the genitive** ``2025 жылдың 1 қаңтарынан`` are one ``date`` like
  ``1921 жылғы 10 қыркүйектегі`` (value 2025); ``1945 жылдың күзінде`` (a season, no
  month) is a ``year`` with ``жылдың`` outside.
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
THIRD = 1 / 3

# fmt: off
# ============================================================================ ru
RU = [
    ("Мне было тогда 17 лет, когда в ноябре 1941 года нас, двенадцать девчонок из Калинина, "
     "отправили рыть окопы под Клин.",
     [M("17 лет", 17, "quantity", "year"), M("ноябре 1941", 1941, "date"),
      M("двенадцать", 12, "count")]),
    ("— Отец пришёл с фронта в сорок шестом, без ноги. Мать одна нас пятерых поднимала, "
     "получала по карточке 400 граммов хлеба на день. (Запись 2009 г., информант 1931 г. р.)",
     [M("пятерых", 5, "count"), M("400 граммов", 400, "quantity", "g"),
      M("2009", 2009, "year"), M("1931", 1931, "year")]),
    ("Фонд Р-1234. Опись 1. Дел 356 за 1920–1937 гг. Дело 45. «Переписка с Наркомземом КАССР "
     "о переселенческих участках». 1926 г. 78 л.",
     [M("Р-1234", 1234, "identifier"), M("1", 1, "identifier"), M("356", 356, "count"),
      R("1920–1937", 1920, 1937), M("45", 45, "identifier"), M("1926", 1926, "year"),
      M("78", 78, "reference")]),
    ("¹⁴ ЦГА РК. Ф. 74. Оп. 2. Д. 318. Л. 12–15 об.",
     [M("¹⁴", 14, "reference"), M("74", 74, "reference"), M("2", 2, "reference"),
      M("318", 318, "reference"), M("12–15", 12, "reference", range_end=15)]),
    ("К 1 января 1943 года 62-я армия насчитывала около 47 тыс. человек, а безвозвратные потери "
     "Красной армии в Сталинградской оборонительной операции с 17 июля по 18 ноября 1942 г. "
     "составили 323 856 человек.",
     [M("1 января 1943", 1943, "date"), M("62-я", 62, "ordinal"),
      M("47 тыс.", 47000, "count", scale=K), M("17 июля", None, "date"),
      M("18 ноября 1942", 1942, "date"), M("323 856", 323856, "count")]),
    ("В составе 3-го Украинского фронта к началу операции было 4 общевойсковые армии, "
     "37 стрелковых дивизий, около 1200 танков и САУ и свыше 19 000 орудий и минометов.",
     [M("3-го", 3, "ordinal"), M("4", 4, "count"), M("37", 37, "count"),
      M("1200", 1200, "count"), M("19 000", 19000, "count")]),
    ("Валовой сбор зерна в губернии в 1925/26 хозяйственном году составил 38,2 млн пудов "
     "при урожайности 8,6 центнера с гектара против 6,2 ц годом ранее.",
     [R("1925/26", 1925, 1926), M("38,2 млн пудов", 38_200_000, "quantity", "pood", MLN),
      M("8,6 центнера с гектара", 8.6, "quantity", "c/ha"),
      M("6,2 ц", 6.2, "quantity", "c")]),
    ("По плану первой пятилетки выплавка чугуна должна была возрасти с 3,3 до 10 млн т, "
     "фактически же в 1932 г. она составила 6,2 млн т, т. е. план был выполнен на 62 %.",
     [R("3,3 до 10 млн т", 3_300_000, 10_000_000, "t", MLN), M("1932", 1932, "year"),
      M("6,2 млн т", 6_200_000, "quantity", "t", MLN), M("62 %", 62, "percent", "%")]),
    ("По переписи 1897 г. в Степном крае проживало 2 465 712 человек, по переписи 1926 г. "
     "в Казакской АССР — 6 025 тыс., а к 1939 г. численность казахов сократилась на 21,9 %.",
     [M("1897", 1897, "year"), M("2 465 712", 2465712, "count"), M("1926", 1926, "year"),
      M("6 025 тыс.", 6_025_000, "count", scale=K), M("1939", 1939, "year"),
      M("21,9 %", 21.9, "percent", "%")]),
    ("Рождаемость в 1933 г. упала до 16,3 ‰, тогда как смертность превысила 40 промилле.",
     [M("1933", 1933, "year"), M("16,3 ‰", 16.3, "quantity", "‰"),
      M("40 промилле", 40, "quantity", "‰")]),
    ("Между переписями 1959 и 1989 гг. население республики выросло в 1,8 раза, а доля "
     "городских жителей увеличилась с 44 до 57 процентов.",
     [M("1959", 1959, "year"), M("1989", 1989, "year"), M("1,8 раза", 1.8, "other", "times"),
      R("44 до 57 процентов", 44, 57, "%")]),
    ("Сколько их прошло, тех эшелонов, никто уже не считал; говорили, что через станцию "
     "проследовали десятки тысяч людей.",
     []),
    ("22 июня в 12 часов мы услышали по радио выступление Молотова, а через два дня я уже "
     "стоял в очереди у военкомата. В 30-е годы отец работал на строительстве Турксиба.",
     [M("22 июня", None, "date"), M("12 часов", 12, "other", "hour"),
      M("два дня", 2, "quantity", "day"), M("30", 1930, "year")]),
    ("В описи 3 фонда 1987 числится 1 145 единиц хранения за 1918–1991 годы; 14 дел "
     "утрачены при эвакуации архива в 1941 году.",
     [M("3", 3, "identifier"), M("1987", 1987, "identifier"), M("1 145", 1145, "count"),
      R("1918–1991", 1918, 1991), M("14", 14, "count"), M("1941", 1941, "year")]),
    ("Операция «Багратион» (23 июня — 29 августа 1944 г.) продолжалась 68 суток; ширина "
     "фронта наступления достигала 1100 км, а глубина продвижения — 550–600 км.",
     [M("23 июня", None, "date"), M("29 августа 1944", 1944, "date"),
      M("68 суток", 68, "quantity", "day"), M("1100 км", 1100, "quantity", "km"),
      R("550–600 км", 550, 600, "km")]),
    ("См.: Земсков В. Н. Спецпоселенцы в СССР, 1930–1960. М.: Наука, 2003. С. 45–47.",
     [R("1930–1960", 1930, 1960), M("2003", 2003, "reference"),
      M("45–47", 45, "reference", range_end=47)]),
    ("На XVII съезде ВКП(б) в 1934 г. было объявлено, что первая пятилетка выполнена "
     "за 4 года и 3 месяца.",
     [M("XVII", 17, "ordinal"), M("1934", 1934, "year"), M("4 года", 4, "quantity", "year"),
      M("3 месяца", 3, "quantity", "month")]),
    ("Средняя зарплата рабочего в 1928 г. составляла около 70 руб. в месяц, а за пуд ржи "
     "на базаре просили до 3 рублей.",
     [M("1928", 1928, "year"), M("70 руб.", 70, "money", "RUB"),
      M("3 рублей", 3, "money", "RUB")]),
    ("Полк потерял убитыми 112 и ранеными 340 человек, то есть почти треть личного состава.",
     [M("112", 112, "count"), M("340", 340, "count"), M("треть", THIRD, "other")]),
    ("В первые дни войны никто не знал, сколько продлится эвакуация; многие надеялись "
     "вернуться домой ещё до осени.",
     []),
    ("Протокол № 17 заседания райисполкома от 12.03.1930 г. Подлинник. 3 л.",
     [M("№ 17", 17, "identifier"), M("12.03.1930", 1930, "date"), M("3", 3, "reference")]),
    ("В 1989 г. казахи составляли 39,7 % населения республики, русские — 37,8 %; в середине "
     "XX в. это соотношение было обратным.",
     [M("1989", 1989, "year"), M("39,7 %", 39.7, "percent", "%"),
      M("37,8 %", 37.8, "percent", "%"), M("XX", 20, "ordinal")]),
]

# ============================================================================ kk
KK = [
    ("Астана, 15 наурыз. Биыл елде 1,2 млн шаршы метр тұрғын үй пайдалануға берілмек, бұл "
     "өткен жылғы көрсеткіштен 8,5 пайызға көп.",
     [M("15 наурыз", None, "date"), M("1,2 млн шаршы метр", 1_200_000, "quantity", "m2", MLN),
      M("8,5 пайызға", 8.5, "percent", "%")]),
    ("Жыл сайын облыс бюджетінен білім беру саласына 3,5 млрд теңге бөлінеді. 2023 жылы "
     "142 мектеп күрделі жөндеуден өтіп, 12 мың оқушы жаңа орындармен қамтылды.",
     [M("3,5 млрд теңге", 3_500_000_000, "money", "KZT", MLRD), M("2023", 2023, "year"),
      M("142", 142, "count"), M("12 мың", 12000, "count", scale=K)]),
    ("Биыл облыста әр гектардан орта есеппен 14,2 центнерден өнім алынып, жалпы астық түсімі "
     "2 млн 300 мың тоннаға жетті.",
     [M("14,2 центнерден", 14.2, "quantity", "c"),
      M("2 млн 300 мың тоннаға", 2_300_000, "quantity", "t", MLN)]),
    ("1930 жылы Қазақстанда 21,6 млн пұт астық дайындалды, бұл жоспардың 86 пайызы ғана еді.",
     [M("1930", 1930, "year"), M("21,6 млн пұт", 21_600_000, "quantity", "pood", MLN),
      M("86 пайызы", 86, "percent", "%")]),
    ("1926 жылғы санақ бойынша қазақтардың саны 3 млн 627 мың адам болса, 1939 жылғы "
     "санақта 2 млн 328 мыңға дейін азайған.",
     [M("1926", 1926, "year"), M("3 млн 627 мың", 3_627_000, "count", scale=MLN),
      M("1939", 1939, "year"), M("2 млн 328 мыңға", 2_328_000, "count", scale=MLN)]),
    ("1960 жылдары республикада туу деңгейі 37 промиллеге жетті, ал 1990 жылы ол "
     "21,7 промилле болды.",
     [M("1960", 1960, "year"), M("37 промиллеге", 37, "quantity", "‰"),
      M("1990", 1990, "year"), M("21,7 промилле", 21.7, "quantity", "‰")]),
    ("Панфилов дивизиясының 28 жауынгері 1941 жылғы 16 қарашада Дубосеково разъезі маңында "
     "50-ге жуық жау танкісін тоқтатты.",
     [M("28", 28, "count"), M("1941 жылғы 16 қарашада", 1941, "date"), M("50", 50, "count")]),
    ("Әкем соғыстан 1945 жылдың күзінде оралды. Ол кезде мен жеті жаста едім, інілерім "
     "екеу еді.",
     [M("1945", 1945, "year"), M("жеті жаста", 7, "quantity", "year"), M("екеу", 2, "count")]),
    ("³ ҚР ОМА. 5-қор, 1-тізбе, 312-іс, 45–47-парақтар.",
     [M("³", 3, "reference"), M("5", 5, "reference"), M("1", 1, "reference"),
      M("312", 312, "reference"), M("45–47", 45, "reference", range_end=47)]),
    ("2025 жылдың 1 қаңтарынан бастап ең төменгі жалақы 85 000 теңге болып белгіленді.",
     [M("2025 жылдың 1 қаңтарынан", 2025, "date"), M("85 000 теңге", 85000, "money", "KZT")]),
    ("Жыл сайын 20 мыңнан астам жас маман ауылға барады, олардың 60 пайызы – педагогтар.",
     [M("20 мыңнан", 20000, "count", scale=K), M("60 пайызы", 60, "percent", "%")]),
    ("Алаңға бірнеше мың адам жиналды, бірақ бір уақытта бәрі тарап кетті. Сонымен бірге "
     "көрші ауылдардан да жұрт келді.",
     []),
    ("Екібастұз ГРЭС-1 станциясының жобалық қуаты 4000 МВт, ол 8 энергоблоктан тұрады.",
     [M("1", 1, "other"), M("4000 МВт", 4000, "quantity", "MW"), M("8", 8, "count")]),
    ("XVIII ғасырдың 20-30 жылдарындағы жоңғар шапқыншылығы халықтың үштен бірін жойды.",
     [M("XVIII", 18, "ordinal"), R("20-30", 1720, 1730), M("үштен бірін", THIRD, "other")]),
    ("1928 жылы ауыл мұғалімінің айлық жалақысы 45 сом болған.",
     [M("1928", 1928, "year"), M("45 сом", 45, "money", "RUB")]),
    ("Былтыр экспорт көлемі 78,6 млрд АҚШ долларына жетіп, 2022 жылмен салыстырғанда "
     "1,3 есеге өсті.",
     [M("78,6 млрд АҚШ долларына", 78_600_000_000, "money", "USD", MLRD),
      M("2022", 2022, "year"), M("1,3 есеге", 1.3, "other", "times")]),
    ("Бағдарлама Үкіметтің 2019 жылғы 14 маусымдағы № 412 қаулысымен бекітілді.",
     [M("2019 жылғы 14 маусымдағы", 2019, "date"), M("№ 412", 412, "identifier")]),
    ("Құрылыс 3 жылға созылып, 2014–2017 жылдары жүргізілді; жаңа жолдың ұзындығы 312 шақырым.",
     [M("3 жылға", 3, "quantity", "year"), R("2014–2017", 2014, 2017),
      M("312 шақырым", 312, "quantity", "km")]),
    ("Ауылдағы мектеп 1950 жылдардың басында салынған, онда 120 бала оқыған.",
     [M("1950", 1950, "year"), M("120", 120, "count")]),
    ("ХХ ғасырдың 30-шы жылдарындағы ашаршылық кезінде 1,5 миллионнан астам адам қаза тапты.",
     [M("ХХ", 20, "ordinal"), M("30", 1930, "year"),
      M("1,5 миллионнан", 1_500_000, "count", scale=MLN)]),
    ("Салтанатты жиын сағат 10:30-да басталады.",
     [M("10:30", 10.5, "other")]),
    ("Өңірде жыл сайын орта есеппен 250 мың шаршы метр жол жөнделеді, оған 12,4 млрд теңге "
     "жұмсалады.",
     [M("250 мың шаршы метр", 250_000, "quantity", "m2", K),
      M("12,4 млрд теңге", 12_400_000_000, "money", "KZT", MLRD)]),
]

# ============================================================================ id
ID = [
    ("Sistem Tanam Paksa yang berlaku pada tahun 1830-1870 mewajibkan petani menyisihkan "
     "seperlima tanahnya untuk tanaman ekspor.",
     [R("1830-1870", 1830, 1870), M("seperlima", 0.2, "other")]),
    ("Antara tahun 1831 dan 1877 kas negeri Belanda menerima sekitar 823 juta gulden dari "
     "Hindia Belanda.",
     [M("1831", 1831, "year"), M("1877", 1877, "year"),
      M("823 juta gulden", 823_000_000, "money", "NLG", MLN)]),
    ("VOC didirikan pada 20 Maret 1602 dan dibubarkan pada 31 Desember 1799 dengan "
     "meninggalkan utang sebesar 134 juta gulden.",
     [M("20 Maret 1602", 1602, "date"), M("31 Desember 1799", 1799, "date"),
      M("134 juta gulden", 134_000_000, "money", "NLG", MLN)]),
    ("Waktu itu umur saya baru 12 tahun. Kami berjalan kaki tiga hari tiga malam dari "
     "Magelang ke Yogya.",
     [M("12 tahun", 12, "quantity", "year"), M("tiga hari", 3, "quantity", "day"),
      M("tiga malam", 3, "quantity", "night")]),
    ("Dalam pertempuran Surabaya yang memuncak pada 10 November 1945, sekitar 6.000 hingga "
     "16.000 pejuang Indonesia gugur, sedangkan pihak Inggris kehilangan 295 orang.",
     [M("10 November 1945", 1945, "date"), R("6.000 hingga 16.000", 6000, 16000),
      M("295", 295, "count")]),
    ("Produksi padi nasional pada 1984 mencapai 25,8 juta ton dengan produktivitas rata-rata "
     "3,9 ton per hektar.",
     [M("1984", 1984, "year"), M("25,8 juta ton", 25_800_000, "quantity", "t", MLN),
      M("3,9 ton per hektar", 3.9, "quantity", "t/ha")]),
    ("Pada akhir Repelita III luas sawah beririgasi bertambah 1,2 juta hektar atau naik "
     "17 persen.",
     [M("III", 3, "ordinal"), M("1,2 juta hektar", 1_200_000, "quantity", "ha", MLN),
      M("17 persen", 17, "percent", "%")]),
    ("Sensus 1930 mencatat penduduk Hindia Belanda sebanyak 60,7 juta jiwa, di antaranya "
     "sekitar 240 ribu orang Eropa.",
     [M("1930", 1930, "year"), M("60,7 juta", 60_700_000, "count", scale=MLN),
      M("240 ribu", 240_000, "count", scale=K)]),
    ("Angka kelahiran kasar pada 1971 tercatat 44 per mil, sedangkan pada 1990 tinggal "
     "27 per mil.",
     [M("1971", 1971, "year"), M("44 per mil", 44, "quantity", "‰"), M("1990", 1990, "year"),
      M("27 per mil", 27, "quantity", "‰")]),
    ("Arsip Algemene Secretarie, inventaris nomor 4512, berkas tahun 1856, terdiri atas "
     "212 lembar.",
     [M("nomor 4512", 4512, "identifier"), M("1856", 1856, "year"), M("212", 212, "count")]),
    ("Pada 1920-an harga beras di Batavia berkisar ƒ 4 sampai ƒ 6 sepikul.",
     [M("1920", 1920, "year"), R("ƒ 4 sampai ƒ 6", 4, 6, "NLG")]),
    ("Ratusan kuli kontrak didatangkan dari Jawa, dan bagi mereka satu-satunya jalan keluar "
     "adalah melarikan diri.",
     []),
    ("Menurut Kartodirdjo (1984: 112–115), pemberontakan petani Banten tahun 1888 antara lain "
     "dipicu oleh pajak yang naik dua kali lipat.",
     [M("1984", 1984, "reference"), M("112–115", 112, "reference", range_end=115),
      M("1888", 1888, "year"), M("dua kali lipat", 2, "other", "times")]),
    ("Perang Jawa (1825-1830) menelan korban sekitar 200.000 jiwa penduduk Jawa dan "
     "8.000 serdadu Eropa.",
     [R("1825-1830", 1825, 1830), M("200.000", 200_000, "count"), M("8.000", 8000, "count")]),
    ("Pemerintah menyalurkan Rp 4,2 triliun untuk 1,5 juta petani pada triwulan II 2024.",
     [M("Rp 4,2 triliun", 4_200_000_000_000, "money", "IDR", TRLN),
      M("1,5 juta", 1_500_000, "count", scale=MLN), M("II", 2, "ordinal"),
      M("2024", 2024, "year")]),
    ("Pada akhir abad ke-19, Sunan Pakubuwono X naik takhta dalam usia 27 tahun.",
     [M("ke-19", 19, "ordinal"), M("X", 10, "ordinal"), M("27 tahun", 27, "quantity", "year")]),
    ("Rapat dimulai pukul 09.30 WIB dan baru berakhir pukul 13.15.",
     [M("09.30", 9.5, "other"), M("13.15", 13.25, "other")]),
    ("Hampir separuh penduduk desa itu buruh tani, dan tiga perempat di antaranya tidak "
     "memiliki tanah sendiri.",
     [M("separuh", 0.5, "other"), M("tiga perempat", 0.75, "other")]),
    ("Pelaksanaannya diatur dalam Undang-Undang Nomor 2 Tahun 1960 tentang Perjanjian Bagi "
     "Hasil, khususnya Pasal 7.",
     [M("Nomor 2", 2, "identifier"), M("1960", 1960, "year"), M("7", 7, "identifier")]),
    ("Dalam kurun dua puluh lima tahun, jumlah pabrik gula di Jawa bertambah dari 94 menjadi "
     "179 buah.",
     [M("dua puluh lima tahun", 25, "quantity", "year"), R("94 menjadi 179", 94, 179)]),
    ("Bapak saya kerja di perkebunan Deli sejak 1928, gajinya cuma 12 gulden sebulan.",
     [M("1928", 1928, "year"), M("12 gulden", 12, "money", "NLG")]),
]

# ============================================================================ en
EN = [
    ("Between 1929 and 1933 industrial output in the United States fell by roughly 46 per cent "
     "(Smith 1998: 45).",
     [M("1929", 1929, "year"), M("1933", 1933, "year"), M("46 per cent", 46, "percent", "%"),
      M("1998", 1998, "reference"), M("45", 45, "reference")]),
    ("In the 1840s the population of Ireland fell by a fifth, from 8.2 million to 6.6 million.",
     [M("1840", 1840, "year", glued=True), M("a fifth", 0.2, "other"),
      R("8.2 million to 6.6 million", 8_200_000, 6_600_000, scale=MLN)]),
    ("The 51st Highland Division lost 2,827 men killed, wounded and missing between "
     "23 October and 4 November 1942.",
     [M("51st", 51, "ordinal"), M("2,827", 2827, "count"), M("23 October", None, "date"),
      M("4 November 1942", 1942, "date")]),
    ("Q: How old were you then? A: Oh, I must have been nine, maybe ten. We had two rooms for "
     "the seven of us.",
     [M("nine", 9, "quantity", "year"), M("ten", 10, "quantity", "year"),
      M("two", 2, "count"), M("seven", 7, "count")]),
    ("Wheat yields on the estate rose from 18 to 26 bushels per acre during the 1850s, while "
     "the labour force shrank by a third.",
     [R("18 to 26 bushels per acre", 18, 26, "bu/acre"), M("1850", 1850, "year", glued=True),
      M("a third", THIRD, "other")]),
    ("The East India Company's debt stood at £28 million in 1858, when its territories passed "
     "to the Crown.",
     [M("£28 million", 28_000_000, "money", "GBP", MLN), M("1858", 1858, "year")]),
    ("For decades, thousands of labourers moved seasonally between the hills and the plains; "
     "one of the largest of these movements is still poorly documented.",
     []),
    ("The crude birth rate was 35.2‰ in 1901 and 15.8‰ in 1933.",
     [M("35.2‰", 35.2, "quantity", "‰"), M("1901", 1901, "year"),
      M("15.8‰", 15.8, "quantity", "‰"), M("1933", 1933, "year")]),
    ("Throughout the 19th century the port handled between 300 and 400 ships a year.",
     [M("19th", 19, "ordinal"), M("300", 300, "count"), M("400", 400, "count")]),
    ("As Jones (2004, pp. 112–19) has argued, the emancipation of 1861 transformed rural credit.",
     [M("2004", 2004, "reference"), M("112–19", 112, "reference", range_end=119),
      M("1861", 1861, "year")]),
    ("Operation Overlord began on 6 June 1944; by 30 June some 850,000 men and 148,000 vehicles "
     "had been landed in Normandy.",
     [M("6 June 1944", 1944, "date"), M("30 June", None, "date"), M("850,000", 850_000, "count"),
      M("148,000", 148_000, "count")]),
    ("Box 14, folder 3: correspondence with the Colonial Office, 1947–1952 (86 items).",
     [M("14", 14, "identifier"), M("3", 3, "identifier"), R("1947–1952", 1947, 1952),
      M("86", 86, "count")]),
    ("Chapter IV examines the petitions sent to George III between 1770 and 1775.",
     [M("IV", 4, "identifier"), M("III", 3, "ordinal"), M("1770", 1770, "year"),
      M("1775", 1775, "year")]),
    ("Coal output reached 287 million tons in 1913, two and a half times the level of 1870.",
     [M("287 million tons", 287_000_000, "quantity", "t", MLN), M("1913", 1913, "year"),
      M("two and a half times", 2.5, "other", "times"), M("1870", 1870, "year")]),
    ("Estimates of famine mortality range from 1.5 to 2.3 million, or 38–42% of the Kazakh "
     "population.",
     [R("1.5 to 2.3 million", 1_500_000, 2_300_000, scale=MLN), R("38–42%", 38, 42, "%")]),
    ("After a five-year apprenticeship he spent 14 months in Bombay and returned to Glasgow "
     "in March 1889.",
     [M("five-year", 5, "quantity", "year"), M("14 months", 14, "quantity", "month"),
      M("March 1889", 1889, "date")]),
    ("The census of 1891 was the first to record occupation by caste.¹² Earlier enumerations, "
     "such as that of 1872, were far less complete.",
     [M("1891", 1891, "year"), M("¹²", 12, "reference"), M("1872", 1872, "year")]),
    ("By 1929 American firms had invested US$ 45 million in the rubber estates of Sumatra, "
     "about 12 per cent of all foreign capital there.",
     [M("1929", 1929, "year"), M("US$ 45 million", 45_000_000, "money", "USD", MLN),
      M("12 per cent", 12, "percent", "%")]),
    ("The meeting opened at 10.15 a.m. on 3 May and adjourned at 4 p.m.",
     [M("10.15 a.m.", 10.25, "other"), M("3 May", None, "date"), M("4 p.m.", 16, "other")]),
    ("Nearly half of the 1,200 households surveyed in 1951 owned less than two acres.",
     [M("half", 0.5, "other"), M("1,200", 1200, "count"), M("1951", 1951, "year"),
      M("two acres", 2, "quantity", "acre")]),
    ("Smith's figures (1998: 212, n. 7) suggest a decline of 15–20 per cent in the 1920s.",
     [M("1998", 1998, "reference"), M("212", 212, "reference"), M("7", 7, "reference"),
      R("15–20 per cent", 15, 20, "%"), M("1920", 1920, "year", glued=True)]),
]
# fmt: on

LANGS = {"ru": RU, "kk": KK, "id": ID, "en": EN}


def main() -> None:
    _bh.build_all(LANGS, "heldout3", HERE)


if __name__ == "__main__":
    main()
