"""Build the held-out numeric-mention set (``heldout_<lang>.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_heldout/build_heldout.py

The passages below were written for this set in the register of real encyclopedia
articles, census and budget reports, election news, laws and footnoted papers; they are
not taken from ``seeds/`` and were annotated without looking at the extractor.  The
texts are already normalised (plain spaces, no NBSP / thin spaces), so the offsets are
the offsets of ``analysis.normalize_text`` output as well.

Each passage is ``(text, [mentions in text order])``; a mention is ``M(surface, value,
kind, unit, scale, range_end)`` (``R`` builds a ``range``).  Offsets are found with
``str.find`` from the end of the previous mention (``skip`` skips earlier hits), never
typed.  The script checks that ``text[start:end] == surface``, that spans are sorted,
non-overlapping and on word boundaries (unless ``glued=True``) and that kinds and values
are well-formed.

The annotation standard is ``docs/numeric-mentions.md``.  Where it leaves
room, this set decides as follows (the same way as ``tests/data/mentions_gold`` where
that set decides):

* Nouns before a number stay outside (``Article 12`` -> ``12``, ``Section 5`` -> ``5``,
  ``статье 14`` -> ``14``, ``Pasal 33 ayat (3)`` -> ``33``, ``3``).  ``Nomor`` / ``№`` /
  ``N`` are the number sign and stay inside.
* Indonesian law titles ``Undang-Undang Nomor 5 Tahun 1960``: ``Nomor 5`` is the
  identifier and ``1960`` a ``year`` (the calendar-year word ``Tahun`` stays outside, as
  for ``tahun 1959``); only a slash-joined number (``Nomor XXV/MPRS/1966``) is one span.
* Kazakh article numbers with a hyphenated noun (``91-бабына``) are ``identifier`` ``91``
  with the hyphen and noun outside; ordinals with the hyphenated ordinal suffix keep it
  (``35-ші``).
* A range whose ends are both followed by the calendar-year word keeps the middle word
  (``1941 жылдан 1945`` жылға дейін): the span runs from the first to the last number.
* Page abbreviations are not units: ``С. 112–114``, ``p. 303``, ``45 б.``, ``hlm. 45–47``
  -> only the numbers, as ``reference``.  A year in a book title inside a citation
  (``начало 30-х годов``) is a ``year``; the publication year is a ``reference``.
* ``Jalan Pegangsaan Timur 56`` (a house number) is an ``identifier``.
* Cardinal words used as a count (``три города``, ``екі жүз``, ``enam puluh dua``) are
  ``count``; ``hundred`` / ``жүз`` / ``ratus`` / ``puluh`` are not scale words
  (scale is null), ``тысяч`` / ``мың`` / ``ribu`` / ``thousand`` are.
* Fraction words naming part of a period count (``в первой половине XX века`` ->
  ``половине`` 0.5), as in the seed gold set.  ``үштен бірі`` (one third) is one
  ``other`` mention.
* Number words joined by a hyphen as an approximate range (``один-два года``) are a
  ``range`` with the unit of the shared noun.
* Times of day written with a dot (``pukul 10.00``) are times (value 10).
* Scale words above 1e9 keep their true scale (``трлн``, ``triliun``, ``trillion`` ->
  1e12).  Currency units: RUB, KZT, IDR, USD, GBP.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent

KINDS = {
    "reference",
    "identifier",
    "date",
    "range",
    "year",
    "percent",
    "money",
    "quantity",
    "ordinal",
    "count",
    "other",
}
CURRENCIES = {"RUB", "KZT", "IDR", "USD", "NLG", "GBP", "EUR"}

K, MLN, MLRD, TRLN = 1000, 1_000_000, 1_000_000_000, 1_000_000_000_000


@dataclass
class M:
    surface: str
    value: float | int | None
    kind: str
    unit: str | None = None
    scale: int | None = None
    range_end: float | int | None = None
    skip: int = 0
    glued: bool = False


def R(surface: str, a: float, b: float, unit: str | None = None, scale: int | None = None,
      **kw) -> M:  # fmt: skip
    """A ``range`` mention."""
    return M(surface, a, "range", unit, scale, b, **kw)


# fmt: off
# ============================================================================ en
EN = [
    ("The Holodomor of 1932–1933 killed an estimated 3.9 million people in Soviet Ukraine, "
     "roughly 13 percent of its population.[4]", [
        R("1932–1933", 1932, 1933),
        M("3.9 million", 3.9 * MLN, "count", None, MLN),
        M("13 percent", 13, "percent", "%"),
        M("4", 4, "reference"),
    ]),
    ("Stalin launched the first Five-Year Plan in October 1928, and by 1 March 1930 some "
     "55 percent of peasant households had been herded into collective farms.", [
        M("Five-Year", 5, "quantity", "year"),
        M("October 1928", 1928, "date"),
        M("1 March 1930", 1930, "date"),
        M("55 percent", 55, "percent", "%"),
    ]),
    ("On 22 June 1941 Germany invaded the Soviet Union along a front of about 2,900 km.", [
        M("22 June 1941", 1941, "date"),
        M("2,900 km", 2900, "quantity", "km"),
    ]),
    ("Kazakhstan declared independence on December 16, 1991, the last of the 15 Soviet "
     "republics to do so.", [
        M("December 16, 1991", 1991, "date"),
        M("15", 15, "count"),
    ]),
    ("Sukarno and Hatta proclaimed Indonesian independence at 10:00 on 17 August 1945; the "
     "Dutch recognised it only after four years of fighting.", [
        M("10:00", 10, "other"),
        M("17 August 1945", 1945, "date"),
        M("four years", 4, "quantity", "year"),
    ]),
    ("Under the New Order (1966–1998), per capita income rose more than 15 times, and the "
     "poverty rate fell from 60% to 11%.", [
        R("1966–1998", 1966, 1998),
        M("15 times", 15, "other", "times"),
        R("60% to 11%", 60, 11, "%"),
    ]),
    ("The 1790 census counted 3,929,214 people, of whom 697,681 were enslaved; by 1860 the "
     "population had reached 31.4 million.", [
        M("1790", 1790, "year"),
        M("3,929,214", 3929214, "count"),
        M("697,681", 697681, "count"),
        M("1860", 1860, "year"),
        M("31.4 million", 31.4 * MLN, "count", None, MLN),
    ]),
    ("According to the 2021 Census, the usual resident population of England and Wales was "
     "59,597,300, an increase of 6.3% since 2011.", [
        M("2021", 2021, "year"),
        M("59,597,300", 59597300, "count"),
        M("6.3%", 6.3, "percent", "%"),
        M("2011", 2011, "year"),
    ]),
    ("The city council approved a $2.4 billion operating budget for fiscal year 2024–25, "
     "including $315 million for public safety and a 3.5% property-tax increase.", [
        M("$2.4 billion", 2.4 * MLRD, "money", "USD", MLRD),
        R("2024–25", 2024, 2025),
        M("$315 million", 315 * MLN, "money", "USD", MLN),
        M("3.5%", 3.5, "percent", "%"),
    ]),
    ("In fiscal 2023 the federal deficit reached $1.7 trillion, and net interest costs of "
     "$659 billion made up more than a third of it.", [
        M("2023", 2023, "year"),
        M("$1.7 trillion", 1.7 * TRLN, "money", "USD", TRLN),
        M("$659 billion", 659 * MLRD, "money", "USD", MLRD),
        M("a third", 1 / 3, "other"),
    ]),
    ("In the 2020 presidential election turnout was 66.6 percent, the highest since 1900; "
     "Joe Biden won 306 electoral votes to Donald Trump's 232.", [
        M("2020", 2020, "year"),
        M("66.6 percent", 66.6, "percent", "%"),
        M("1900", 1900, "year"),
        M("306", 306, "count"),
        M("232", 232, "count"),
    ]),
    ("At the general election of 4 July 2024 Labour won 411 of the 650 seats in the House "
     "of Commons with 33.7% of the vote.", [
        M("4 July 2024", 2024, "date"),
        M("411", 411, "count"),
        M("650", 650, "count"),
        M("33.7%", 33.7, "percent", "%"),
    ]),
    ("Section 5 of the Voting Rights Act of 1965 required nine states to obtain federal "
     "approval before changing their election laws.", [
        M("5", 5, "identifier"),
        M("1965", 1965, "year"),
        M("nine", 9, "count"),
    ]),
    ("The 19th Amendment, ratified on August 18, 1920, barred denial of the vote on account "
     "of sex; Title IX followed in 1972.", [
        M("19th", 19, "ordinal"),
        M("August 18, 1920", 1920, "date"),
        M("IX", 9, "identifier"),
        M("1972", 1972, "year"),
    ]),
    ("Henry VIII broke with Rome in 1534, and his daughter Elizabeth I reigned for 44 years.", [
        M("VIII", 8, "ordinal"),
        M("1534", 1534, "year"),
        M("I", 1, "ordinal"),
        M("44 years", 44, "quantity", "year"),
    ]),
    ("As I wrote to F. D. Roosevelt's biographer, one of the first acts of the new Congress "
     "in March was to close the banks.", []),
    ("The American Civil War lasted from April 12, 1861 to April 9, 1865 and cost some "
     "620,000 lives.", [
        M("April 12, 1861", 1861, "date"),
        M("April 9, 1865", 1865, "date"),
        M("620,000", 620000, "count"),
    ]),
    ("Britain entered the war on 3 September 1939 with a population of about forty-seven "
     "million; rationing began in January 1940 and lasted fourteen years.", [
        M("3 September 1939", 1939, "date"),
        M("forty-seven million", 47 * MLN, "count", None, MLN),
        M("January 1940", 1940, "date"),
        M("fourteen years", 14, "quantity", "year"),
    ]),
    ("12 Conquest, R. 1986. The Harvest of Sorrow. New York: Oxford University Press, p. 303.", [
        M("12", 12, "reference"),
        M("1986", 1986, "reference"),
        M("303", 303, "reference"),
    ]),
    ("Grain procurements were raised again in the autumn (Applebaum 2017, 282–284).", [
        M("2017", 2017, "reference"),
        M("282–284", 282, "reference", range_end=284),
    ]),
    ("Polls opened at 07:00 and closed at 22:00, a 15-hour voting day.", [
        M("07:00", 7, "other"),
        M("22:00", 22, "other"),
        M("15-hour", 15, "quantity", "hour"),
    ]),
    ("By the early 21st century the 2nd and 3rd largest parties together held fewer than "
     "half of the seats.", [
        M("21st", 21, "ordinal"),
        M("2nd", 2, "ordinal"),
        M("3rd", 3, "ordinal"),
        M("half", 0.5, "other"),
    ]),
    ("In the 1920s and 1930s the Soviet population grew from 147 million to 170 million.", [
        M("1920", 1920, "year", glued=True),
        M("1930", 1930, "year", glued=True),
        R("147 million to 170 million", 147 * MLN, 170 * MLN, None, MLN),
    ]),
    ("Steel output in 1940 was 4.3 times higher than in 1928.", [
        M("1940", 1940, "year"),
        M("4.3 times", 4.3, "other", "times"),
        M("1928", 1928, "year"),
    ]),
    ("The Virgin Lands campaign ploughed up 25.5 million hectares between 1954 and 1960.", [
        M("25.5 million hectares", 25.5 * MLN, "quantity", "ha", MLN),
        M("1954", 1954, "year"),
        M("1960", 1960, "year"),
    ]),
    ("The Yalta Conference was held on February 4–11, 1945, and the Potsdam Conference from "
     "17 July to 2 August 1945.", [
        M("February 4–11, 1945", 1945, "date"),
        M("17 July", None, "date"),
        M("2 August 1945", 1945, "date"),
    ]),
    ("Kazakhstan sent some 1.2 million soldiers to the front; 410,000 of them did not "
     "return.", [
        M("1.2 million", 1.2 * MLN, "count", None, MLN),
        M("410,000", 410000, "count"),
    ]),
    ("Executive Order 9066, signed on 19 February 1942, led to the internment of about "
     "120,000 Japanese Americans.", [
        M("9066", 9066, "identifier"),
        M("19 February 1942", 1942, "date"),
        M("120,000", 120000, "count"),
    ]),
    ("Louis XVI was executed on 21 January 1793; Part II of this chapter covers the Terror.", [
        M("XVI", 16, "ordinal"),
        M("21 January 1793", 1793, "date"),
        M("II", 2, "identifier"),
    ]),
    ("Unemployment peaked at 24.9% in 1933.³ Roughly two-thirds of the jobless were men.", [
        M("24.9%", 24.9, "percent", "%"),
        M("1933", 1933, "year"),
        M("³", 3, "reference"),
        M("two-thirds", 2 / 3, "other"),
    ]),
    ("During the COVID-19 pandemic the Treasury spent £70 billion on the furlough scheme, "
     "which covered 11.7 million jobs.", [
        M("19", 19, "other"),
        M("£70 billion", 70 * MLRD, "money", "GBP", MLRD),
        M("11.7 million", 11.7 * MLN, "count", None, MLN),
    ]),
    ("World War I ended at 11:00 on 11 November 1918, after four years and three months of "
     "fighting.", [
        M("I", 1, "ordinal"),
        M("11:00", 11, "other"),
        M("11 November 1918", 1918, "date"),
        M("four years", 4, "quantity", "year"),
        M("three months", 3, "quantity", "month"),
    ]),
    ("Congress appropriated nearly 4.9 billion dollars for relief in 1935, and about "
     "one-third of the money went to the Works Progress Administration.", [
        M("4.9 billion dollars", 4.9 * MLRD, "money", "USD", MLRD),
        M("1935", 1935, "year"),
        M("one-third", 1 / 3, "other"),
    ]),
    ("The Constitutional Convention met in Philadelphia from May 25 to September 17, 1787; "
     "39 of the 55 delegates signed the document.", [
        M("May 25", None, "date"),
        M("September 17, 1787", 1787, "date"),
        M("39", 39, "count"),
        M("55", 55, "count"),
    ]),
    ("With the admission of Arizona on February 14, 1912, the Union reached forty-eight "
     "states.", [
        M("February 14, 1912", 1912, "date"),
        M("forty-eight", 48, "count"),
    ]),
    ("Britain's national debt stood at £7.4 billion in 1920, more than ten times its 1914 "
     "level.", [
        M("£7.4 billion", 7.4 * MLRD, "money", "GBP", MLRD),
        M("1920", 1920, "year"),
        M("ten times", 10, "other", "times"),
        M("1914", 1914, "year"),
    ]),
    ("Charles I was executed on 30 January 1649, seven years after the Civil War began in "
     "1642.", [
        M("I", 1, "ordinal"),
        M("30 January 1649", 1649, "date"),
        M("seven years", 7, "quantity", "year"),
        M("1642", 1642, "year"),
    ]),
    ("The 1st Battalion lost 60 per cent of its strength on 1 July 1916, the first day of "
     "the Somme.", [
        M("1st", 1, "ordinal"),
        M("60 per cent", 60, "percent", "%"),
        M("1 July 1916", 1916, "date"),
    ]),
    ("Between 1846 and 1851 Ireland lost about a quarter of its population to famine and "
     "emigration.", [
        M("1846", 1846, "year"),
        M("1851", 1851, "year"),
        M("a quarter", 0.25, "other"),
    ]),
]

# ============================================================================ ru
RU = [
    ("По данным переписи 1926 года, население СССР составляло 147 027 915 человек, из них "
     "82 % проживали в сельской местности.", [
        M("1926", 1926, "year"),
        M("147 027 915", 147027915, "count"),
        M("82 %", 82, "percent", "%"),
    ]),
    ("В 1932–1933 гг. от голода погибло, по разным оценкам, от 5,5 до 8,7 млн человек [12].", [
        R("1932–1933", 1932, 1933),
        R("5,5 до 8,7 млн", 5.5 * MLN, 8.7 * MLN, None, MLN),
        M("12", 12, "reference"),
    ]),
    ("Постановление ЦК ВКП(б) от 5 января 1930 г. «О темпе коллективизации» предписывало "
     "завершить её в основных зерновых районах за один-два года.", [
        M("5 января 1930", 1930, "date"),
        R("один-два года", 1, 2, "year"),
    ]),
    ("Великая Отечественная война продолжалась 1418 дней — с 22 июня 1941 года по 9 мая "
     "1945 года.", [
        M("1418 дней", 1418, "quantity", "day"),
        M("22 июня 1941", 1941, "date"),
        M("9 мая 1945", 1945, "date"),
    ]),
    ("Безвозвратные потери Красной армии составили 8 668 400 человек, а общие людские "
     "потери СССР — около 27 млн.", [
        M("8 668 400", 8668400, "count"),
        M("27 млн", 27 * MLN, "count", None, MLN),
    ]),
    ("Блокада Ленинграда длилась 872 дня; в ноябре 1941 г. норма хлеба для иждивенцев "
     "снизилась до 125 граммов в сутки.", [
        M("872 дня", 872, "quantity", "day"),
        M("ноябре 1941", 1941, "date"),
        M("125 граммов", 125, "quantity", "g"),
    ]),
    ("Бюджет городского округа на 2024 год утверждён по доходам в сумме 4 812 356,7 тыс. "
     "рублей и по расходам в сумме 5 016 902,1 тыс. рублей, дефицит — 204 545,4 тыс. "
     "рублей.", [
        M("2024", 2024, "year"),
        M("4 812 356,7 тыс. рублей", 4_812_356_700, "money", "RUB", K),
        M("5 016 902,1 тыс. рублей", 5_016_902_100, "money", "RUB", K),
        M("204 545,4 тыс. рублей", 204_545_400, "money", "RUB", K),
    ]),
    ("Согласно статье 14 Федерального закона от 06.10.2003 № 131-ФЗ к вопросам местного "
     "значения поселения относится утверждение бюджета.", [
        M("14", 14, "identifier"),
        M("06.10.2003", 2003, "date"),
        M("№ 131-ФЗ", 131, "identifier"),
    ]),
    ("Расходы федерального бюджета в 2023 году составили 32,2 трлн руб., что на 2,4 трлн "
     "руб. больше, чем годом ранее.", [
        M("2023", 2023, "year"),
        M("32,2 трлн руб.", 32.2 * TRLN, "money", "RUB", TRLN),
        M("2,4 трлн руб.", 2.4 * TRLN, "money", "RUB", TRLN),
    ]),
    ("Выборы в Государственную думу VIII созыва прошли 17–19 сентября 2021 года; явка "
     "составила 51,72 %.", [
        M("VIII", 8, "ordinal"),
        M("17–19 сентября 2021", 2021, "date"),
        M("51,72 %", 51.72, "percent", "%"),
    ]),
    ("«Единая Россия» получила 324 мандата из 450, КПРФ — 57.", [
        M("324", 324, "count"),
        M("450", 450, "count"),
        M("57", 57, "count"),
    ]),
    ("Избирательные участки работали с 8:00 до 20:00 по местному времени.", [
        R("8:00 до 20:00", 8, 20),
    ]),
    ("За кандидата проголосовали 76 277 708 избирателей, или 87,28 процента от числа "
     "принявших участие в голосовании.", [
        M("76 277 708", 76277708, "count"),
        M("87,28 процента", 87.28, "percent", "%"),
    ]),
    ("В XVIII веке население Москвы выросло почти в 1,5 раза и к концу столетия превысило "
     "175 тысяч жителей.", [
        M("XVIII", 18, "ordinal"),
        M("1,5 раза", 1.5, "other", "times"),
        M("175 тысяч", 175 * K, "count", None, K),
    ]),
    ("Зимой 1931/32 г. погибла примерно половина поголовья скота, а за пределы республики "
     "откочевало свыше 1 млн человек.", [
        R("1931/32", 1931, 1932),
        M("половина", 0.5, "other"),
        M("1 млн", MLN, "count", None, MLN),
    ]),
    ("Указом Президента Российской Федерации от 21.07.2020 № 474 определены национальные "
     "цели развития на период до 2030 года.", [
        M("21.07.2020", 2020, "date"),
        M("№ 474", 474, "identifier"),
        M("2030", 2030, "year"),
    ]),
    ("В первой половине XX века столицей Казахстана последовательно были три города: "
     "Оренбург (1920–1925), Кзыл-Орда и Алма-Ата.", [
        M("половине", 0.5, "other"),
        M("XX", 20, "ordinal"),
        M("три", 3, "count"),
        R("1920–1925", 1920, 1925),
    ]),
    ("Доля городского населения за межпереписной период увеличилась с 73,7 до 74,8 %.", [
        R("73,7 до 74,8 %", 73.7, 74.8, "%"),
    ]),
    ("XVII съезд ВКП(б), проходивший с 26 января по 10 февраля 1934 г., назвали «съездом "
     "победителей»; из 1966 делегатов позднее были репрессированы 1108.", [
        M("XVII", 17, "ordinal"),
        M("26 января", None, "date"),
        M("10 февраля 1934", 1934, "date"),
        M("1966", 1966, "count"),
        M("1108", 1108, "count"),
    ]),
    ("С 1 января 2025 г. минимальный размер оплаты труда установлен в сумме 22 440 рублей "
     "в месяц.", [
        M("1 января 2025", 2025, "date"),
        M("22 440 рублей", 22440, "money", "RUB"),
    ]),
    ("Заседание 15-й сессии городского Совета депутатов открылось в 10:30.", [
        M("15-й", 15, "ordinal"),
        M("10:30", 10.5, "other"),
    ]),
    ("7 Ивницкий Н. А. Коллективизация и раскулачивание (начало 30-х годов). М., 1996. "
     "С. 112–114.", [
        M("7", 7, "reference"),
        M("30", 1930, "year"),
        M("1996", 1996, "reference"),
        M("112–114", 112, "reference", range_end=114),
    ]),
    ("В 1930–1931 гг. из деревни было выселено около двух миллионов крестьян, из них более "
     "ста восьмидесяти тысяч — в Казахстан.", [
        R("1930–1931", 1930, 1931),
        M("двух миллионов", 2 * MLN, "count", None, MLN),
        M("ста восьмидесяти тысяч", 180 * K, "count", None, K),
    ]),
    ("Индекс потребительских цен в 1992 году вырос в 26,1 раза, или на 2508,8 %.", [
        M("1992", 1992, "year"),
        M("26,1 раза", 26.1, "other", "times"),
        M("2508,8 %", 2508.8, "percent", "%"),
    ]),
    ("Первый секретарь И. В. Сталин в одной из статей назвал этот год «годом великого "
     "перелома», а трехлетний опыт колхозов — решающим; в декабре тема вновь обсуждалась.",
     []),
    ("Площадь целинных и залежных земель, освоенных в 1954–1960 гг., достигла 41,8 млн га.", [
        R("1954–1960", 1954, 1960),
        M("41,8 млн га", 41.8 * MLN, "quantity", "ha", MLN),
    ]),
    ("Решение Совета депутатов от 25.12.2023 № 312 «О бюджете на 2024 год и плановый "
     "период 2025 и 2026 годов» (приложение 4).", [
        M("25.12.2023", 2023, "date"),
        M("№ 312", 312, "identifier"),
        M("2024", 2024, "year"),
        M("2025", 2025, "year"),
        M("2026", 2026, "year"),
        M("4", 4, "identifier"),
    ]),
    ("Как отмечает исследователь, голод стал прямым следствием хлебозаготовок¹⁴ "
     "[Кондрашин, 2008, с. 215].", [
        M("¹⁴", 14, "reference", glued=True),
        M("2008", 2008, "reference"),
        M("215", 215, "reference"),
    ]),
    ("Голосование продолжалось три дня — с 15 по 17 марта 2024 года.", [
        M("три дня", 3, "quantity", "day"),
        M("15 по 17 марта 2024", 2024, "date"),
    ]),
    ("Публичные слушания по проекту бюджета прошли 2, 9 и 16 апреля.", [
        M("2", None, "date"),
        M("9", None, "date"),
        M("16 апреля", None, "date"),
    ]),
    ("В период пандемии Covid-19 расходы на здравоохранение увеличились на 15,3 млрд "
     "рублей.", [
        M("19", 19, "other"),
        M("15,3 млрд рублей", 15.3 * MLRD, "money", "RUB", MLRD),
    ]),
    ("Смета расходов поселения на 2025 год составила 1 250,5 тыс. руб., из них 340 тыс. руб. "
     "— на содержание дорог.", [
        M("2025", 2025, "year"),
        M("1 250,5 тыс. руб.", 1_250_500, "money", "RUB", K),
        M("340 тыс. руб.", 340 * K, "money", "RUB", K),
    ]),
    ("Сталинградская битва продолжалась 200 дней и ночей — с 17 июля 1942 г. по 2 февраля "
     "1943 г.", [
        M("200 дней", 200, "quantity", "day"),
        M("17 июля 1942", 1942, "date"),
        M("2 февраля 1943", 1943, "date"),
    ]),
    ("По переписи 1939 года население СССР составило 170,6 млн человек, причём две трети "
     "жили в сельской местности.", [
        M("1939", 1939, "year"),
        M("170,6 млн", 170.6 * MLN, "count", None, MLN),
        M("две трети", 2 / 3, "other"),
    ]),
    ("Численность постоянного населения России на 1 января 2024 г. составила 146,15 млн "
     "человек.", [
        M("1 января 2024", 2024, "date"),
        M("146,15 млн", 146.15 * MLN, "count", None, MLN),
    ]),
    ("В заседании участвовали сорок пять депутатов из пятидесяти, решение принято "
     "единогласно.", [
        M("сорок пять", 45, "count"),
        M("пятидесяти", 50, "count"),
    ]),
    ("II Всесоюзный съезд колхозников-ударников прошёл в феврале 1935 г. и принял "
     "Примерный устав сельскохозяйственной артели.", [
        M("II", 2, "ordinal"),
        M("феврале 1935", 1935, "date"),
    ]),
    ("Урожай зерна в 1932 г. составил 69,9 млн т, что на 12 % меньше, чем в 1930 г.", [
        M("1932", 1932, "year"),
        M("69,9 млн т", 69.9 * MLN, "quantity", "t", MLN),
        M("12 %", 12, "percent", "%"),
        M("1930", 1930, "year"),
    ]),
    ("В 1920-х – начале 1930-х гг. в город переселилось около полутора тысяч семей.", [
        M("1920", 1920, "year"),
        M("1930", 1930, "year"),
        M("полутора тысяч", 1500, "count", None, K),
    ]),
]

# ============================================================================ kk
KK = [
    ("1928 жылғы 27 тамыздағы «Ірі байлардың мал-мүлкін тәркілеу туралы» декрет бойынша "
     "696 бай шаруашылығы тәркіленді.", [
        M("1928 жылғы 27 тамыздағы", 1928, "date"),
        M("696", 696, "count"),
    ]),
    ("1931–1933 жылдардағы ашаршылық кезінде 1,5 миллионнан астам адам қаза тапты, бұл "
     "қазақ халқының 40 пайыздан астамы еді.", [
        R("1931–1933", 1931, 1933),
        M("1,5 миллионнан", 1.5 * MLN, "count", None, MLN),
        M("40 пайыздан", 40, "percent", "%"),
    ]),
    ("Ұлы Отан соғысы жылдарында Қазақстаннан майданға 1 миллион 200 мыңға жуық адам "
     "аттанды, оның 410 мыңы елге оралмады.", [
        M("1 миллион 200 мыңға", 1.2 * MLN, "count", None, MLN),
        M("410 мыңы", 410 * K, "count", None, K),
    ]),
    ("Қазақстан Республикасының Мемлекеттік тәуелсіздігі туралы Конституциялық заң 1991 "
     "жылғы 16 желтоқсанда қабылданды.", [
        M("1991 жылғы 16 желтоқсанда", 1991, "date"),
    ]),
    ("Алматыдағы 1986 жылғы 17-18 желтоқсан оқиғаларына қатысқаны үшін 99 адам сотталды.", [
        M("1986 жылғы 17-18 желтоқсан", 1986, "date"),
        M("99", 99, "count"),
    ]),
    ("Конституцияның 91-бабына сәйкес Республиканың тәуелсіздігі мен аумақтық тұтастығы "
     "өзгермейді.", [
        M("91", 91, "identifier"),
    ]),
    ("2021 жылғы санақ бойынша Қазақстан халқы 19 186 015 адам болды, оның 61,2 пайызы "
     "қалаларда тұрады.", [
        M("2021", 2021, "year"),
        M("19 186 015", 19186015, "count"),
        M("61,2 пайызы", 61.2, "percent", "%"),
    ]),
    ("Халықтың табиғи өсімі 2023 жылы 1,3%-ды құрады.", [
        M("2023", 2023, "year"),
        M("1,3%", 1.3, "percent", "%"),
    ]),
    ("2024 жылға арналған республикалық бюджет шығыстары 23,5 трлн теңге көлемінде "
     "бекітілді, оның ішінде білім беруге 2 трлн 150 млрд теңге бөлінді.", [
        M("2024", 2024, "year"),
        M("23,5 трлн теңге", 23.5 * TRLN, "money", "KZT", TRLN),
        M("2 трлн 150 млрд теңге", 2.15 * TRLN, "money", "KZT", TRLN),
    ]),
    ("Алматы қаласының бюджетінен көгалдандыруға қосымша 450 млн теңге қарастырылды.", [
        M("450 млн теңге", 450 * MLN, "money", "KZT", MLN),
    ]),
    ("Мәжіліс депутаттарын сайлау 2023 жылғы 19 наурызда өтті, сайлаушылардың 54,19%-ы "
     "дауыс берді.", [
        M("2023 жылғы 19 наурызда", 2023, "date"),
        M("54,19%", 54.19, "percent", "%"),
    ]),
    ("Мәжілістегі 98 орынның 62-сін «Аманат» партиясы иеленді.", [
        M("98", 98, "count"),
        M("62", 62, "count"),
    ]),
    ("VIII шақырылымдағы Мәжілістің бірінші сессиясы 2023 жылғы 29 наурызда ашылды.", [
        M("VIII", 8, "ordinal"),
        M("2023 жылғы 29 наурызда", 2023, "date"),
    ]),
    ("Бұл мәселе Қазақстан Республикасы Президентінің 2022 жылғы 26 ақпандағы № 802 "
     "Жарлығымен реттелді.", [
        M("2022 жылғы 26 ақпандағы", 2022, "date"),
        M("№ 802", 802, "identifier"),
    ]),
    ("Соғыстан кейін ауылда екі жүз отбасы мен он екі бастауыш мектеп қалды.", [
        M("екі жүз", 200, "count"),
        M("он екі", 12, "count"),
    ]),
    ("Мал басының үштен бірі ғана сақталып, егістік жердің жартысы игерілмей қалды.", [
        M("үштен бірі", 1 / 3, "other"),
        M("жартысы", 0.5, "other"),
    ]),
    ("ХХ ғасырдың 20-30-жылдарында қазақ ауылы түбегейлі өзгерді.", [
        M("ХХ", 20, "ordinal"),
        R("20-30", 1920, 1930),
    ]),
    ("Тың игеру жылдары (1954–1960) Қазақстанда 25,5 млн гектар жер жыртылды.", [
        R("1954–1960", 1954, 1960),
        M("25,5 млн гектар", 25.5 * MLN, "quantity", "ha", MLN),
    ]),
    ("Астық өндірісі 1953 жылмен салыстырғанда 3 есе өсті.", [
        M("1953", 1953, "year"),
        M("3 есе", 3, "other", "times"),
    ]),
    ("Қазақстан 2012 жылы әлемдегі ең дамыған 30 елдің қатарына кіру мақсатын қойды, ал "
     "2023 жылы рейтингте 35-ші орынға көтерілді.", [
        M("2012", 2012, "year"),
        M("30", 30, "count"),
        M("2023", 2023, "year"),
        M("35-ші", 35, "ordinal"),
    ]),
    ("Сессия сағат 10:00-де басталып, 13:30-да аяқталды.", [
        M("10:00", 10, "other"),
        M("13:30", 13.5, "other"),
    ]),
    ("Облыстағы орташа жалақы 2015 жылдан бері 125 мыңнан 390 мың теңгеге дейін өсті.", [
        M("2015", 2015, "year"),
        R("125 мыңнан 390 мың теңгеге", 125 * K, 390 * K, "KZT", K),
    ]),
    ("Бұл деректер мұрағат құжаттарында келтірілген [7, 45 б.].", [
        M("7", 7, "reference"),
        M("45", 45, "reference"),
    ]),
    ("3 Қозыбаев М. Қ. Қазақстан тарихы. Алматы: Атамұра, 2010. 215 б.", [
        M("3", 3, "reference"),
        M("2010", 2010, "reference"),
        M("215", 215, "reference"),
    ]),
    ("Ф. И. Голощекиннің «Кіші Қазан» саясаты бірнеше мың отбасын күйзелтті, бірақ бұл "
     "туралы тек кейбір жағдайларда ғана ашық айтылды.", []),
    ("Семей ядролық полигонында 1949–1989 жылдары 456 сынақ жүргізілді, полигон аумағы "
     "18 500 шаршы шақырым болды.", [
        R("1949–1989", 1949, 1989),
        M("456", 456, "count"),
        M("18 500 шаршы шақырым", 18500, "quantity", "km2"),
    ]),
    ("1916 жылғы 25 маусымдағы патша жарлығы бойынша 19 жастан 31 жасқа дейінгі ер "
     "адамдар майдан маңындағы жұмыстарға алынды.", [
        M("1916 жылғы 25 маусымдағы", 1916, "date"),
        R("19 жастан 31 жасқа", 19, 31, "year"),
    ]),
    ("Қазақстандықтар 1941 жылдан 1945 жылға дейін майданда және тылда ерлік көрсетті; "
     "500-ден астам жауынгер Кеңес Одағының Батыры атанды.", [
        R("1941 жылдан 1945", 1941, 1945),
        M("500", 500, "count"),
    ]),
    ("ХХІ ғасырдың басында Covid-19 пандемиясы кезінде бизнесті қолдауға 4,4 трлн теңге "
     "бөлінді.", [
        M("ХХІ", 21, "ordinal"),
        M("19", 19, "other"),
        M("4,4 трлн теңге", 4.4 * TRLN, "money", "KZT", TRLN),
    ]),
    ("1932 жылы колхозшының жылдық табысы 40 сомнан аспады, ал ұжымдастыру 1931 жылдың "
     "күзіне қарай 65 пайызға жетті.", [
        M("1932", 1932, "year"),
        M("40 сомнан", 40, "money", "RUB"),
        M("1931", 1931, "year"),
        M("65 пайызға", 65, "percent", "%"),
    ]),
    ("16 желтоқсан — Тәуелсіздік күні; мереке екі күн тойланады.", [
        M("16 желтоқсан", None, "date"),
        M("екі күн", 2, "quantity", "day"),
    ]),
    ("1939 жылғы санақ бойынша республика халқы 6 081 517 адам болса, 1959 жылы 9 294 741 "
     "адамға жетті.", [
        M("1939", 1939, "year"),
        M("6 081 517", 6081517, "count"),
        M("1959", 1959, "year"),
        M("9 294 741", 9294741, "count"),
    ]),
    ("Қарағанды көмір бассейнінде 1940 жылы 6,3 млн тонна көмір өндірілді.", [
        M("1940", 1940, "year"),
        M("6,3 млн тонна", 6.3 * MLN, "quantity", "t", MLN),
    ]),
    ("Жаңа электр станциясының қуаты 1200 мегаватт, ал құрылысы үш жылға созылды.", [
        M("1200 мегаватт", 1200, "quantity", "MW"),
        M("үш жылға", 3, "quantity", "year"),
    ]),
    ("Ақмола 1997 жылғы 10 желтоқсанда елордаға айналып, 1998 жылғы 6 мамырда Астана деп "
     "өзгертілді.", [
        M("1997 жылғы 10 желтоқсанда", 1997, "date"),
        M("1998 жылғы 6 мамырда", 1998, "date"),
    ]),
    ("Ұлттық қордың активтері 2023 жылдың соңында 60,5 млрд АҚШ долларына жетті.", [
        M("2023", 2023, "year"),
        M("60,5 млрд АҚШ долларына", 60.5 * MLRD, "money", "USD", MLRD),
    ]),
    ("«Қазақстан Республикасындағы сайлау туралы» Конституциялық заңның 97-бабының "
     "1-тармағына сәйкес сайлау учаскелері сағат 7:00-ден 20:00-ге дейін жұмыс істейді.", [
        M("97", 97, "identifier"),
        M("1", 1, "identifier"),
        R("7:00-ден 20:00", 7, 20),
    ]),
    ("Мұнай өндірісі 1991 жылмен салыстырғанда 3,4 есеге артып, инфляция 2022 жылы 20,3 "
     "пайызға жетті.", [
        M("1991", 1991, "year"),
        M("3,4 есеге", 3.4, "other", "times"),
        M("2022", 2022, "year"),
        M("20,3 пайызға", 20.3, "percent", "%"),
    ]),
    ("Ашаршылық жылдары қырық мыңға жуық бала жетім қалды².", [
        M("қырық мыңға", 40 * K, "count", None, K),
        M("²", 2, "reference", glued=True),
    ]),
    ("Н. Ә. Назарбаев 1991 жылғы 1 желтоқсанда өткен бүкілхалықтық сайлауда 98,78 пайыз "
     "дауыс алды.", [
        M("1991 жылғы 1 желтоқсанда", 1991, "date"),
        M("98,78 пайыз", 98.78, "percent", "%"),
    ]),
    ("Тәуелсіздік жылдары елге 1 миллион 100 мыңнан астам қандас оралды, олардың төрттен "
     "бірі ауылдарға қоныстанды.", [
        M("1 миллион 100 мыңнан", 1.1 * MLN, "count", None, MLN),
        M("төрттен бірі", 0.25, "other"),
    ]),
    ("Жер көлемі бойынша Қазақстан әлемде 9-орында, аумағы 2 724 900 шаршы шақырым.", [
        M("9", 9, "ordinal"),
        M("2 724 900 шаршы шақырым", 2724900, "quantity", "km2"),
    ]),
    ("Кедейлік деңгейі 2001 жылы 46,7 пайыздан 2019 жылы 4,3 пайызға дейін төмендеді.", [
        M("2001", 2001, "year"),
        M("46,7 пайыздан", 46.7, "percent", "%"),
        M("2019", 2019, "year"),
        M("4,3 пайызға", 4.3, "percent", "%"),
    ]),
    ("Алаш қозғалысының 1917 жылғы 5–13 желтоқсанда Орынборда өткен II жалпықазақ съезі "
     "Алаш автономиясын жариялады.", [
        M("1917 жылғы 5–13 желтоқсанда", 1917, "date"),
        M("II", 2, "ordinal"),
    ]),
    ("2024 жылы ішкі жалпы өнім 4,8%-ға өсіп, 135 трлн теңгеден асты.", [
        M("2024", 2024, "year"),
        M("4,8%", 4.8, "percent", "%"),
        M("135 трлн теңгеден", 135 * TRLN, "money", "KZT", TRLN),
    ]),
    ("Абай Құнанбайұлы 1845 жылы дүниеге келіп, 59 жасында қайтыс болды.", [
        M("1845", 1845, "year"),
        M("59 жасында", 59, "quantity", "year"),
    ]),
]

# ============================================================================ id
ID = [
    ("Proklamasi kemerdekaan dibacakan oleh Soekarno pada hari Jumat, 17 Agustus 1945, pukul "
     "10.00 pagi di Jalan Pegangsaan Timur 56, Jakarta.", [
        M("17 Agustus 1945", 1945, "date"),
        M("10.00", 10, "other"),
        M("56", 56, "identifier"),
    ]),
    ("Konferensi Meja Bundar berlangsung di Den Haag dari 23 Agustus hingga 2 November 1949.", [
        M("23 Agustus", None, "date"),
        M("2 November 1949", 1949, "date"),
    ]),
    ("Belanda akhirnya mengakui kedaulatan Republik Indonesia Serikat pada 27 Desember 1949, "
     "setelah lebih dari empat tahun perang.", [
        M("27 Desember 1949", 1949, "date"),
        M("empat tahun", 4, "quantity", "year"),
    ]),
    ("Sensus Penduduk 2020 mencatat jumlah penduduk Indonesia sebanyak 270,20 juta jiwa, "
     "bertambah 32,56 juta jiwa dibandingkan hasil Sensus Penduduk 2010.", [
        M("2020", 2020, "year"),
        M("270,20 juta", 270.2 * MLN, "count", None, MLN),
        M("32,56 juta", 32.56 * MLN, "count", None, MLN),
        M("2010", 2010, "year"),
    ]),
    ("Laju pertumbuhan penduduk per tahun selama periode 2010–2020 sebesar 1,25 persen.", [
        R("2010–2020", 2010, 2020),
        M("1,25 persen", 1.25, "percent", "%"),
    ]),
    ("Sekitar 56,10 persen penduduk tinggal di Pulau Jawa, sedangkan Kalimantan hanya dihuni "
     "6,15 persen.", [
        M("56,10 persen", 56.1, "percent", "%"),
        M("6,15 persen", 6.15, "percent", "%"),
    ]),
    ("APBN 2024 menetapkan belanja negara sebesar Rp 3.325,1 triliun dan pendapatan negara "
     "Rp 2.802,3 triliun, sehingga defisit mencapai 2,29 persen dari PDB.", [
        M("2024", 2024, "year"),
        M("Rp 3.325,1 triliun", 3325.1 * TRLN, "money", "IDR", TRLN),
        M("Rp 2.802,3 triliun", 2802.3 * TRLN, "money", "IDR", TRLN),
        M("2,29 persen", 2.29, "percent", "%"),
    ]),
    ("APBD Kota Bandung tahun 2023 mencapai Rp 7,3 triliun, naik Rp 450 miliar dari tahun "
     "sebelumnya.", [
        M("2023", 2023, "year"),
        M("Rp 7,3 triliun", 7.3 * TRLN, "money", "IDR", TRLN),
        M("Rp 450 miliar", 450 * MLRD, "money", "IDR", MLRD),
    ]),
    ("Pemilu 1971 diikuti oleh 10 partai politik, dan Golkar memperoleh 62,8 persen suara "
     "serta 236 dari 360 kursi yang diperebutkan.", [
        M("1971", 1971, "year"),
        M("10", 10, "count"),
        M("62,8 persen", 62.8, "percent", "%"),
        M("236", 236, "count"),
        M("360", 360, "count"),
    ]),
    ("Pada Pemilu 2019 tingkat partisipasi pemilih mencapai 81,97%, dengan 154.257.601 "
     "suara sah.", [
        M("2019", 2019, "year"),
        M("81,97%", 81.97, "percent", "%"),
        M("154.257.601", 154257601, "count"),
    ]),
    ("Pemungutan suara dibuka pukul 07.00 dan ditutup pukul 13.00 waktu setempat.", [
        M("07.00", 7, "other"),
        M("13.00", 13, "other"),
    ]),
    ("Undang-Undang Nomor 5 Tahun 1960 tentang Peraturan Dasar Pokok-Pokok Agraria "
     "disahkan pada 24 September 1960.", [
        M("Nomor 5", 5, "identifier"),
        M("1960", 1960, "year"),
        M("24 September 1960", 1960, "date"),
    ]),
    ("Pasal 33 ayat (3) konstitusi menyatakan bahwa bumi, air, dan kekayaan alam dikuasai "
     "oleh negara.", [
        M("33", 33, "identifier"),
        M("3", 3, "identifier"),
    ]),
    ("Ketetapan MPRS Nomor XXV/MPRS/1966 membubarkan PKI dan melarang penyebaran "
     "ajaran komunisme.", [
        M("Nomor XXV/MPRS/1966", 25, "identifier"),
    ]),
    ("Orde Baru berlangsung selama 32 tahun, dari 1966 hingga 1998.", [
        M("32 tahun", 32, "quantity", "year"),
        R("1966 hingga 1998", 1966, 1998),
    ]),
    ("Repelita I (1969–1974) menitikberatkan pembangunan pada sektor pertanian.", [
        M("I", 1, "ordinal"),
        R("1969–1974", 1969, 1974),
    ]),
    ("Pada abad ke-16 Portugis telah menguasai Malaka, sedangkan VOC didirikan pada 20 Maret "
     "1602.", [
        M("ke-16", 16, "ordinal"),
        M("20 Maret 1602", 1602, "date"),
    ]),
    ("Produksi beras nasional naik dari 12,2 juta menjadi 25,8 juta ton antara 1969 dan "
     "1984.", [
        R("12,2 juta menjadi 25,8 juta ton", 12.2 * MLN, 25.8 * MLN, "t", MLN),
        M("1969", 1969, "year"),
        M("1984", 1984, "year"),
    ]),
    ("Harga minyak dunia melonjak hampir empat kali lipat pada 1973–1974.", [
        M("empat kali lipat", 4, "other", "times"),
        R("1973–1974", 1973, 1974),
    ]),
    ("Ekspor nonmigas tumbuh 2, 5 kali dalam sepuluh tahun.", [
        M("2, 5 kali", 2.5, "other", "times"),
        M("sepuluh tahun", 10, "quantity", "year"),
    ]),
    ("BPUPKI beranggotakan enam puluh dua orang dan diketuai oleh dr. K.R.T. Radjiman "
     "Wedyodiningrat.", [
        M("enam puluh dua", 62, "count"),
    ]),
    ("Hampir seperempat wilayah provinsi itu berupa hutan lindung, dan setengah dari "
     "penduduknya bekerja di sektor pertanian.", [
        M("seperempat", 0.25, "other"),
        M("setengah", 0.5, "other"),
    ]),
    ("Salah satu kebijakan terpenting pada masa itu adalah transmigrasi yang memindahkan "
     "ratusan ribu keluarga dari Jawa.", []),
    ("Pada bulan Mei, Presiden untuk pertama kalinya menyampaikan pidato kenegaraan di "
     "hadapan sidang paripurna DPR.", []),
    ("Menurut Ricklefs (2008: 312), jumlah korban jiwa pada 1965–1966 diperkirakan mencapai "
     "500.000 orang.", [
        M("2008", 2008, "reference"),
        M("312", 312, "reference"),
        R("1965–1966", 1965, 1966),
        M("500.000", 500000, "count"),
    ]),
    ("12 Anderson, B. 1972. Java in a Time of Revolution. Ithaca: Cornell University Press, "
     "hlm. 45–47.", [
        M("12", 12, "reference"),
        M("1972", 1972, "reference"),
        M("45–47", 45, "reference", range_end=47),
    ]),
    ("Jumlah romusha yang dikerahkan Jepang diperkirakan mencapai empat juta orang.³", [
        M("empat juta", 4 * MLN, "count", None, MLN),
        M("³", 3, "reference"),
    ]),
    ("Joko Widodo dilantik sebagai presiden ke-7 Republik Indonesia pada 20 Oktober 2014.", [
        M("ke-7", 7, "ordinal"),
        M("20 Oktober 2014", 2014, "date"),
    ]),
    ("Kabinet Pembangunan VI dibentuk pada 17 Maret 1993 dan beranggotakan 41 menteri.", [
        M("VI", 6, "ordinal"),
        M("17 Maret 1993", 1993, "date"),
        M("41", 41, "count"),
    ]),
    ("Jalan tol Trans-Jawa sepanjang 1.167 km tersambung penuh pada akhir 2018.", [
        M("1.167 km", 1167, "quantity", "km"),
        M("2018", 2018, "year"),
    ]),
    ("Masa jabatan anggota DPR periode 2019 sampai 2024 berakhir pada 30 September 2024.", [
        R("2019 sampai 2024", 2019, 2024),
        M("30 September 2024", 2024, "date"),
    ]),
    ("Utang luar negeri Indonesia pada 1998 mencapai US$ 150 miliar, sementara rupiah anjlok "
     "dari Rp 2.450 menjadi Rp 16.800 per dolar AS.", [
        M("1998", 1998, "year"),
        M("US$ 150 miliar", 150 * MLRD, "money", "USD", MLRD),
        R("Rp 2.450 menjadi Rp 16.800", 2450, 16800, "IDR"),
    ]),
    ("Selama pandemi Covid-19 pemerintah mengalokasikan Rp 695,2 triliun untuk penanganan "
     "kesehatan dan pemulihan ekonomi.", [
        M("19", 19, "other"),
        M("Rp 695,2 triliun", 695.2 * TRLN, "money", "IDR", TRLN),
    ]),
    ("Melalui program Inpres, pemerintah membangun 6.000 sekolah dasar dan mengangkat lebih "
     "dari tiga puluh ribu guru pada 1980-an.", [
        M("6.000", 6000, "count"),
        M("tiga puluh ribu", 30 * K, "count", None, K),
        M("1980", 1980, "year"),
    ]),
    ("Penduduk miskin pada Maret 2023 berjumlah 25,90 juta orang, atau 9,36 persen dari "
     "total penduduk.", [
        M("Maret 2023", 2023, "date"),
        M("25,90 juta", 25.9 * MLN, "count", None, MLN),
        M("9,36 persen", 9.36, "percent", "%"),
    ]),
    ("Krisis moneter 1997–1998 mendorong inflasi hingga 77,6 persen, dan ekonomi "
     "terkontraksi 13,1 persen.", [
        R("1997–1998", 1997, 1998),
        M("77,6 persen", 77.6, "percent", "%"),
        M("13,1 persen", 13.1, "percent", "%"),
    ]),
    ("Luas perkebunan kelapa sawit mencapai 16,8 juta hektare pada tahun 2022.", [
        M("16,8 juta hektare", 16.8 * MLN, "quantity", "ha", MLN),
        M("2022", 2022, "year"),
    ]),
    ("Sidang kedua BPUPKI berlangsung pada 10–17 Juli 1945.", [
        M("10–17 Juli 1945", 1945, "date"),
    ]),
    ("Gempa dan tsunami 26 Desember 2004 menewaskan lebih dari 160.000 orang di Aceh [14].", [
        M("26 Desember 2004", 2004, "date"),
        M("160.000", 160000, "count"),
        M("14", 14, "reference"),
    ]),
    ("Indonesia kerap disebut negara demokrasi terbesar ke-3 di dunia.", [
        M("ke-3", 3, "ordinal"),
    ]),
    ("Perang Aceh berlangsung lebih dari tiga puluh tahun, dari 1873 sampai 1904.", [
        M("tiga puluh tahun", 30, "quantity", "year"),
        R("1873 sampai 1904", 1873, 1904),
    ]),
    ("Pertumbuhan ekonomi mencapai 5,05 persen pada tahun 2023, sedikit melambat dari 5,31 "
     "persen pada 2022.", [
        M("5,05 persen", 5.05, "percent", "%"),
        M("2023", 2023, "year"),
        M("5,31 persen", 5.31, "percent", "%"),
        M("2022", 2022, "year"),
    ]),
    ("Dana desa tahun 2024 dialokasikan sebesar Rp71 triliun untuk 75.259 desa.", [
        M("2024", 2024, "year"),
        M("Rp71 triliun", 71 * TRLN, "money", "IDR", TRLN),
        M("75.259", 75259, "count"),
    ]),
    ("Pengumuman hasil sidang dibacakan pukul 19.30 WIB.", [
        M("19.30", 19.5, "other"),
    ]),
    ("Sri Sultan Hamengkubuwono IX menjabat wakil presiden dari 1973 hingga 1978.", [
        M("IX", 9, "ordinal"),
        R("1973 hingga 1978", 1973, 1978),
    ]),
    ("Angka buta huruf turun dari 39,1 persen pada 1971 menjadi 9,9 persen pada 2003.", [
        M("39,1 persen", 39.1, "percent", "%"),
        M("1971", 1971, "year"),
        M("9,9 persen", 9.9, "percent", "%"),
        M("2003", 2003, "year"),
    ]),
    ("Sebanyak seribu lima ratus relawan dikerahkan untuk membantu korban banjir.", [
        M("seribu lima ratus", 1500, "count", None, K),
    ]),
]

LANGS = {"en": EN, "ru": RU, "kk": KK, "id": ID}
# fmt: on


# ============================================================================ machinery


def _nth(text: str, sub: str, start: int, n: int) -> int:
    pos = text.find(sub, start)
    for _ in range(n):
        if pos < 0:
            break
        pos = text.find(sub, pos + 1)
    return pos


def _clean(x: float | int | None) -> float | int | None:
    if x is None:
        return None
    if isinstance(x, float) and x.is_integer() and abs(x) < 1e15:
        return int(x)
    if isinstance(x, float):
        return float(f"{x:.10g}")
    return x


def annotate(text: str, mentions: list[M], where: str) -> list[dict]:
    """Locate ``mentions`` in ``text`` (in order) and return mention records."""
    assert "\u00a0" not in text and "\u2009" not in text and "\u202f" not in text, where
    out = []
    cursor = 0
    for m in mentions:
        pos = _nth(text, m.surface, cursor, m.skip)
        assert pos >= 0, f"{where}: surface {m.surface!r} not found after offset {cursor}"
        end = pos + len(m.surface)
        assert text[pos:end] == m.surface
        if not m.glued:
            before = text[pos - 1] if pos > 0 else " "
            after = text[end] if end < len(text) else " "
            assert not (before.isalnum() and m.surface[0].isalnum()), (
                f"{where}: {m.surface!r} glued on the left: {text[max(0, pos - 15) : end]!r}"
            )
            assert not (after.isalnum() and m.surface[-1].isalnum()), (
                f"{where}: {m.surface!r} glued on the right: {text[pos : end + 15]!r}"
            )
        assert m.kind in KINDS, f"{where}: bad kind {m.kind!r}"
        if m.kind == "range":
            assert m.range_end is not None and m.value is not None, f"{where}: {m.surface!r}"
        if m.kind == "date" and m.value is not None:
            assert isinstance(m.value, int) and 1000 <= m.value <= 2100, f"{where}: {m}"
        if m.kind == "percent":
            assert m.unit == "%", f"{where}: {m.surface!r}"
        if m.kind == "money":
            assert m.unit in CURRENCIES, f"{where}: {m.surface!r}"
        if m.value is not None:
            assert isinstance(m.value, int | float) and math.isfinite(m.value)
        out.append(
            {
                "start": pos,
                "end": end,
                "surface": m.surface,
                "value": _clean(m.value),
                "kind": m.kind,
                "unit": m.unit,
                "scale": _clean(m.scale),
                "range_end": _clean(m.range_end),
            }
        )
        cursor = end
    for a, b in zip(out, out[1:], strict=False):
        assert a["end"] <= b["start"], f"{where}: overlap {a['surface']!r} / {b['surface']!r}"
    return out


def build(lang: str, items: list[tuple[str, list[M]]], prefix: str = "heldout") -> list[dict]:
    """The passage records of one language (``doc_id`` = ``<prefix>_<lang>``)."""
    records = []
    seen: set[str] = set()
    for i, (text, mentions) in enumerate(items):
        assert text not in seen, f"{prefix}_{lang}#{i}: duplicate passage"
        seen.add(text)
        records.append(
            {
                "doc_id": f"{prefix}_{lang}",
                "lang": lang,
                "passage_start": 0,
                "text": text,
                "mentions": annotate(text, mentions, f"{prefix}_{lang}#{i}"),
            }
        )
    return records


def write(path: Path, records: list[dict]) -> None:
    tmp = path.with_suffix(".jsonl.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    tmp.replace(path)


def build_all(langs: dict[str, list], prefix: str, folder: Path) -> None:
    """Write ``<folder>/<prefix>_<lang>.jsonl`` for every language and print its kinds."""
    for lang, items in langs.items():
        recs = build(lang, items, prefix)
        write(folder / f"{prefix}_{lang}.jsonl", recs)
        kinds = Counter(m["kind"] for r in recs for m in r["mentions"])
        n = sum(kinds.values())
        missing = sorted(KINDS - set(kinds))
        print(
            f"{prefix}_{lang}: {len(recs)} passages, {n} mentions  "
            f"{dict(sorted(kinds.items()))}" + (f"  MISSING {missing}" if missing else "")
        )


def main() -> None:
    build_all(LANGS, "heldout", HERE)


if __name__ == "__main__":
    main()
