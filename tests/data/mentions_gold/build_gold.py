"""Build the numeric-mention gold set from hand annotations.

Run from anywhere::

    .venv/bin/python tests/data/mentions_gold/build_gold.py

Every passage is located in its seed file by a start marker (a substring where the
passage begins; ``occ`` picks a later occurrence) and an optional end marker (the
passage ends after it; by default the passage runs to the end of the line).  Mentions
are listed in text order as ``M(surface, value, kind, unit, scale, range_end)``; each
surface is searched from the end of the previous mention (``skip`` skips earlier hits),
so no offset is ever typed by hand.  The script checks that ``text[start:end] ==
surface``, that spans are sorted, non-overlapping and on word boundaries (unless
``glued=True``), and that kinds and values are well-formed, then writes one
``<doc-stem>.jsonl`` per seed document and one ``extra_<lang>.jsonl`` per language.

The annotation standard is ``docs/numeric-mentions.md``.  Where it leaves
room, this set decides as follows:

* Backticked examples in the kinds list and the multiplier list are examples, not spans
  (the spec itself says ``Covid-19`` keeps only the digits): nouns before a number stay
  outside (``World War II`` -> ``II``, ``Цель 1.`` -> ``1``, ``Дайджест 56`` -> ``56``), the
  trailing dot of a clause or list number is outside (``13.`` -> ``13``), and the preposition
  of ``в 10 раз`` is outside (``10 раз``, other, unit ``times``).
* A page range inside a citation (``279–280``, ``Part 2–3``) is one ``reference`` mention
  with ``value`` = first page and ``range_end`` = last page.
* Fraction words count also when they name part of a period: ``1929 жылдың екінші
  жартысынан`` -> ``жартысынан`` 0.5, ``paruh pertama tahun 1986`` -> ``paruh`` 0.5; the
  derived adjective ``жартылай`` (semi-) is fused and not annotated.  The collective numeral
  ``екеуі`` ("the two of them") is a count.
* "one" used as an article or in "one of" / "not a single" / "one-stop" phrases is an
  idiom (``одного из трех`` -> only ``трех``; ``ни одно``; ``"одного окна"``, ``в одном
  месте``); ``он үлгісі`` in 001 is a typo of ``оң`` (positive), not "ten".
* A month without a number is not a mention even when it shares a year with a following
  date (``September dan Oktober 1987`` -> only ``Oktober 1987``); a month + year without a
  day is a date (``November 1982``, ``1925 жылы желтоқсанда``), a season + year is a year.
* Ukrainian month names count as months (``serpen 1943`` is a date).
* Ages written as separate words keep ``old`` outside (``12 years`` old); the hyphenated
  one-word form is whole (``41-year-old``).  A decade with a glued ``s`` keeps the ``s``
  outside (``1930``s).
* Scale words above 1e9 keep their true scale (``triliun`` -> 1e12).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parents[2] / "seeds"

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


@dataclass
class P:
    start: str
    mentions: list[M] = field(default_factory=list)
    end: str | None = None
    occ: int = 0
    mid: bool = False  # the passage deliberately starts inside a line


def R(surface: str, a: float, b: float, unit: str | None = None, scale: int | None = None,
      **kw) -> M:  # fmt: skip
    """A ``range`` mention."""
    return M(surface, a, "range", unit, scale, b, **kw)


# ============================================================================ 000 (id)
ID_DOC = [
    P("8 April 1986, Sekretaris", [
        M("8 April 1986", 1986, "date"),
        M("15-17 Mei 1985", 1985, "date"),
    ]),
    P("Tetapi kata \"perestroika\" dari bibir", []),
    P("Kata baru itu hampir seketika", [
        M("10 April", None, "date"),
    ]),
    P("(\"Tentang kebijakan dalam dan luar negeri", [
        M("IX", 9, "ordinal"),
        M("23 Desember 1921", 1921, "date"),
    ]),
    P("Sebelum \"perestroika\" dimulai", [
        M("23 April 1985", 1985, "date"),
        M("November 1982", 1982, "date"),
    ]),
    P("Akselerasi sangat mirip dengan slogan lain", [
        M("1959", 1959, "year"),
        M("1929", 1929, "year"),
    ]),
    P("Anda juga dapat menarik persamaan", [
        M("September 1985", 1985, "date"),
        M("1987", 1987, "year"),
        M("70%", 70, "percent", "%"),
        M("40%", 40, "percent", "%"),
        M("70%", 70, "percent", "%"),
        R("1937-1938", 1937, 1938),
    ]),
    P("Pada tanggal 2 Agustus 1986", [
        M("2 Agustus 1986", 1986, "date"),
    ]),
    P("Tidak ada yang secara terbuka menentang", [
        M("Juni 1988", 1988, "date"),
        R("1985–1991", 1985, 1991),
    ]),
    P("Pengenalan sistem pengawas negara", [
        M("12 Mei", None, "date"),
        M("1987", 1987, "year"),
    ]),
    P("Pukulan kuat diberikan kepada industri Soviet", mid=True, mentions=[
        R("80-90%", 80, 90, "%"),
    ]),
    P("Pada Kongres CPSU XXVII", [
        M("XXVII", 27, "ordinal"),
        M("25 Februari", None, "date"),
        M("6 Maret", None, "date"),
        M("1, 7 kali", 1.7, "other", "times"),
        M("4%", 4, "percent", "%"),
    ]),
    P("Sayangnya, semua \"rencana besar\"", [
        M("1980", 1980, "year"),
    ]),
    P("Sebagai hasil dari eksperimen percepatan", [
        M("tiga kali lipat", 3, "other", "times"),
        M("1985", 1985, "year"),
        M("18 miliar rubel", 18 * MLRD, "money", "RUB", MLRD),
    ]),
    P("Tentu saja, ini bukan hanya tentang akselerasi", [
        M("14 miliar rubel", 14 * MLRD, "money", "RUB", MLRD),
        M("sepertiga", 1 / 3, "other"),
        R("1985-1988", 1985, 1988),
        M("67 miliar rubel", 67 * MLRD, "money", "RUB", MLRD),
    ]),
    P("Omong-omong, tentang kampanye ini.", [
        M("1929", 1929, "year"),
        M("1959", 1959, "year"),
        R("11 menjadi 19 jam", 11, 19, "hour"),
    ]),
    P("Selama periode dekrit anti-alkohol", [
        M("500 ribu", 500 * K, "count", None, K),
        M("30 tahun", 30, "quantity", "year"),
        M("2, 6 tahun", 2.6, "quantity", "year"),
    ]),
    P("Pada paruh pertama tahun 1986", [
        M("paruh", 0.5, "other"),
        M("1986", 1986, "year"),
        M("dua", 2, "count"),
        M("1 Februari 1986", 1986, "date"),
    ]),
    P("Dan pada 27 Maret, dekrit", [
        M("27 Maret", None, "date"),
    ]),
    P("Namun, kemunduran dari \"pasar\" terjadi segera.", [
        M("15 Mei", None, "date"),
        M("28 Mei", None, "date"),
    ]),
    P("Namun, kemudian bandul kembali berayun", [
        M("14 Agustus", None, "date"),
        M("empat hari", 4, "quantity", "day"),
    ]),
    P("Ini sudah merupakan terobosan.", [
        M("1990", 1990, "year"),
        M("Januari 1987", 1987, "date"),
        M("Oktober 1987", 1987, "date"),
        M("1987", 1987, "year"),
        M("1988", 1988, "year"),
    ]),
    P("Akhirnya, pada 19 November 1986", [
        M("19 November 1986", 1986, "date"),
        M("1 Mei 1987", 1987, "date"),
    ]),
    P("Sekarang masyarakat siap untuk", [
        M("Januari 1987", 1987, "date"),
    ]),
]

# ============================================================================ 001 (kk)
KK_DOC = [
    P("1920-30 жылдардағы Кеңестік жүйенің реформаларының", [
        R("1920-30", 1920, 1930),
    ]),
    P("Қабылдаған: Карбозов", []),
    P("Топ:112", [
        M("112", 112, "identifier"),
    ]),
    P("Индустрияландыруды сәтті дамыту үшін", [
        M("1931", 1931, "year"),
        M("1145 шақырымға", 1145, "quantity", "km"),
    ]),
    P("Индустрияландыру – ірі өнеркәсіпті", [
        M("1920", 1920, "year"),
        M("1925", 1925, "year"),
    ]),
    P("1925 жылы желтоқсанда БК(б) П", [
        M("1925 жылы желтоқсанда", 1925, "date"),
        M("XIV", 14, "ordinal"),
        M("1927 жылы желтоқсанда", 1927, "date"),
        M("15", 15, "ordinal"),
        M("1932", 1932, "year"),
        M("1929", 1929, "year"),
        M("жартысынан", 0.5, "other"),
        M("1933", 1933, "year"),
    ]),
    P("Ұжымдастыру мен отырықшыландыруды жаппай", [
        M("8 мың", 8 * K, "count", None, K),
        M("1204", 1204, "count"),
        M("жиырма бес мыңдықшылар", 25 * K, "other"),
        M("1928 жылғы ақпанда", 1928, "date"),
    ]),
    P("ЖЭС біздің экономикалық саясатымыздың", []),
    P("20-жылдар аяғындағы", [
        M("20", 1920, "year"),
    ]),
    P("Бұл ретте ХКК-нің", [
        M("1921 жылғы 10 қыркүйектегі", 1921, "date"),
        M("1921 жылғы қарашада", 1921, "date"),
    ]),
    P("Коммуналдық қызмет пен көлікке", [
        R("1923-1924", 1923, 1924),
        M("34%", 34, "percent", "%"),
        M("7", 7, "reference"),
        R("1922—1924", 1922, 1924),
    ]),
    P("Социалистік үрдіс толқынында", [
        M("үш", 3, "count"),
    ]),
    P("Бұл ретте бірінші бағыт", [
        M("екеуі", 2, "count"),
    ]),
    P("Социалистік үрдіс мемлекеттің қалауымен", []),
    P("Жер заңнамасы, сондай-ақ", [
        M("34", 34, "reference"),
    ]),
    P("Фабрикалар мен зауыттарға", [
        M("1923", 1923, "year"),
        M("80%", 80, "percent", "%"),
    ]),
    P("<<Әскери коммунизм үшін>>саясаты", [
        M("1921 жылғы наурызда", 1921, "date"),
        M("19", 19, "reference"),
        R("1921/22", 1921, 1922),
        M("17,4 млн пұт", 17.4 * MLN, "quantity", "pood", MLN),
        R("50%-дан 80%", 50, 80, "%"),
        R("1921—1992", 1921, 1992),
        M("80%", 80, "percent", "%"),
        M("100 пайызға", 100, "percent", "%"),
    ]),
    P("1922 жылдың көктемгі тұқым", [
        M("1922", 1922, "year"),
        M("907 501 пұт", 907501, "quantity", "pood"),
        M("1922", 1922, "year"),
        M("66 790 пұт", 66790, "quantity", "pood"),
        M("161 567", 161567, "count"),
        M("жарты миллион сомға", 500 * K, "money", "RUB", MLN),
        M("100 пұттан", 100, "quantity", "pood"),
        M("1922", 1922, "year"),
        M("40 000 сом", 40000, "money", "RUB"),
        M("1923 жылғы 20 маусымдағы", 1923, "date"),
        M("1 тамызынан", None, "date"),
        M("1 558 927", 1558927, "count"),
        M("1 048 100 шаршы метр", 1048100, "quantity", "m2"),
        M("1922 жылғы8 шілдеде", 1922, "date"),
        M("III", 3, "ordinal"),
        M("2 832 000", 2832000, "count"),
        M("1922", 1922, "year"),
        M("7", 7, "count"),
        M("1", 1, "count"),
        M("46", 46, "count"),
        M("1127", 1127, "count"),
        M("556", 556, "count", glued=True),
        M("1922", 1922, "year"),
        M("1922", 1922, "year"),
        M("777 192", 777192, "count"),
        M("1921 жылғы 7 сәуір", 1921, "date"),
    ]),
    P("..Қазақстанның көпшілік аудандары", [
        M("99%", 99, "percent", "%"),
        M("80,3%", 80.3, "percent", "%"),
        M("74,5%", 74.5, "percent", "%"),
        M("29,5%", 29.5, "percent", "%"),
        R("1920-1921", 1920, 1921),
    ]),
    P("1921 жылғы тамыздан бастап", [
        M("1921 жылғы тамыздан", 1921, "date"),
    ]),
    P("Азмат соғысы аяқталғаннан кейін", [
        R("1921-1922", 1921, 1922),
        M("1921", 1921, "year"),
        M("1921", 1921, "year"),
        M("20 млн", 20 * MLN, "count", None, MLN),
    ]),
    P("20-30 жылдардағы Кеңестік", occ=1, mentions=[
        R("20-30", 1920, 1930),
    ]),
    P("Әскери коммунизм саясаты — 1918–1921", [
        R("1918–1921", 1918, 1921),
    ]),
    P("Қазақстанда 300-ден астам", [
        M("300", 300, "count"),
    ]),
]

# ============================================================================ 002 (en)
EN_DOC = [
    P("e-mail: djakova.elena.hnpu@gmail.com", [
        M("0000-0001-7767-0756", None, "identifier"),
    ]),
    P("Reconstruction of Kharkiv in 1943–1945", [
        R("1943–1945", 1943, 1945),
    ]),
    P("Summary: The events of the Second World War", [
        M("80 years", 80, "quantity", "year"),
        M("August 23, 1943", 1943, "date"),
        M("20th", 20, "ordinal"),
    ]),
    P("This article aims to identify the priority areas", [
        M("August 1943", 1943, "date"),
        M("May 1945", 1945, "date"),
        M("two", 2, "count"),
    ]),
    P("Keywords: Kharkiv, World War II", [
        M("II", 2, "ordinal"),
    ]),
    P("Since February 24, 2022", [
        M("February 24, 2022", 2022, "date"),
    ]),
    P("The purpose of this article is to determine", [
        M("August 23, 1943", 1943, "date"),
        M("May 9, 1945", 1945, "date"),
    ]),
    P("The testimonies of witnesses who experienced", [
        R("1943 to 1945", 1943, 1945),
    ]),
    P("On August 23, 1943, Kharkiv was liberated", [
        M("August 23, 1943", 1943, "date"),
        M("two years", 2, "quantity", "year"),
        R("1941–1943", 1941, 1943),
    ]),
    P("In the initial days of the war against the Nazis", [
        M("320", 320, "count"),
        M("225", 225, "count"),
        M("56", 56, "count"),
        M("¹", 1, "reference"),
    ]),
    P("Despite the evacuation efforts, however", [
        M("1943", 1943, "year"),
        M("350", 350, "count"),
        M("²", 2, "reference"),
    ]),
    P("I saw Kharkiv. This is probably what Rome", [
        M("5th", 5, "ordinal"),
        M("³", 3, "reference"),
    ]),
    P("1 Diakova O. 2013, 7.", [
        M("1", 1, "reference"),
        M("2013", 2013, "reference"),
        M("7", 7, "reference"),
    ]),
    P("2 Diakova O. 2011, 280–281.", [
        M("2", 2, "reference"),
        M("2011", 2011, "reference"),
        M("280–281", 280, "reference", range_end=281),
    ]),
    P("3 Diakova O. 2011, 281.", [
        M("3", 3, "reference"),
        M("2011", 2011, "reference"),
        M("281", 281, "reference"),
    ]),
    P("The destructive impact of the war extended", [
        M("1 million square meters", MLN, "quantity", "m2", MLN),
        M("2.8 million m²", 2.8 * MLN, "quantity", "m2", MLN),
        M("⁴", 4, "reference"),
    ]),
    P("At the time of liberation, Kharkiv was inhabited", [
        M("190,000", 190000, "count"),
        M("⁵", 5, "reference"),
    ]),
    P("From the very first day of liberation", []),
    P("During that time, the responsibility for the reconstruction", []),
    P("On August 24, the City Executive Committee", [
        M("August 24", None, "date"),
        M("12", 12, "count"),
        M("nine", 9, "count"),
        M("⁶", 6, "reference"),
        M("August 27", None, "date"),
        M("⁷", 7, "reference"),
    ]),
    P("4 Yarmysh O. (ed.), 2004, 360.", [
        M("4", 4, "reference"),
        M("2004", 2004, "reference"),
        M("360", 360, "reference"),
    ]),
    P("5 Diakova O. 2013, 32.", [
        M("5", 5, "reference"),
        M("2013", 2013, "reference"),
        M("32", 32, "reference"),
    ]),
    P("7 KIM.R. part 2, 279–280.", [
        M("7", 7, "reference"),
        M("2", 2, "reference"),
        M("279–280", 279, "reference", range_end=280),
    ]),
    P("In order to regulate the distribution of goods", [
        M("four", 4, "count"),
        M("12 years", 12, "quantity", "year"),
        M("⁸", 8, "reference"),
    ]),
    P("Secretary of the Food Industry, V. Rybalov", [
        M("August 24", None, "date"),
        M("seven", 7, "count"),
        M("⁹", 9, "reference"),
    ]),
    P("⁹ KIM.R. part 2, 279–280.", [
        M("⁹", 9, "reference"),
        M("2", 2, "reference"),
        M("279–280", 279, "reference", range_end=280),
    ]),
    P("of the Presidium of the Verkhovna Rada", [
        M("¹⁰", 10, "reference"),
        M("August 30", None, "date"),
    ]),
    P("Your task, friends, is to roll up your sleeves", [
        M("¹¹", 11, "reference"),
    ]),
    P("The state of the city became a matter", [
        M("September 7, 1943", 1943, "date"),
        M("¹²", 12, "reference"),
    ]),
    P("The reconstruction of factories for the production", [
        M("August 28", None, "date"),
        M("¹⁹", 19, "reference"),
        M("August 23, 1943", 1943, "date"),
        M("50", 50, "count"),
        M("2000", 2000, "count"),
        M("150", 150, "count"),
    ]),
    P("Scientists and specialists from various enterprises", [
        M("1949", 1949, "year"),
        M("September 5", None, "date"),
        M("5000 kW", 5000, "quantity", "kW"),
        M("²²", 22, "reference"),
    ]),
    P("In parallel with the restoration of enterprises", [
        M("September 5, 1943", 1943, "date"),
        M("55", 55, "count"),
        M("22", 22, "count"),
        M("²³", 23, "reference"),
        M("²⁴", 24, "reference"),
    ]),
    P("In October 1943, several cultural institutions", [
        M("October 1943", 1943, "date"),
        M("eight", 8, "count"),
        M("21", 21, "count"),
        M("²⁵", 25, "reference"),
    ]),
    P("1944 brought forth new challenges.", [
        M("1944", 1944, "year"),
        M("1941", 1941, "year"),
        M("1945", 1945, "year"),
        M("460,000", 460000, "count"),
        M("2.5 times", 2.5, "other", "times"),
        M("August 1943", 1943, "date"),
        M("²⁶", 26, "reference"),
    ]),
    P("During the difficult times of hunger in Kharkiv", [
        M("two-year", 2, "quantity", "year"),
        M("³¹", 31, "reference"),
        M("³²", 32, "reference"),
    ]),
    P("Other republics of the Soviet Union played", [
        M("30,000 head", 30000, "quantity", "head"),
        M("September 18, 1943", 1943, "date"),
        M("959 tons", 959, "quantity", "t"),
        M("³³", 33, "reference"),
    ]),
    P("In the spring of 1944, the city committee", [
        M("1944", 1944, "year"),
        M("100 hours", 100, "quantity", "hour"),
        M("³⁴", 34, "reference"),
        M("³⁵", 35, "reference"),
        M("1943", 1943, "year"),
        M("30,000 hours", 30000, "quantity", "hour"),
        M("³⁶", 36, "reference"),
    ]),
    P("However, the pace of reconstruction in Kharkiv slowed", [
        M("283.6 million karbovanets", 283.6 * MLN, "money", "RUB", MLN),
        M("615", 615, "count"),
        M("II", 2, "ordinal"),
        M("³⁷", 37, "reference"),
        M("625", 625, "count"),
    ]),
    P("- KIM. R. – Kharkivskiy istorychnyi muzei", [
        M("D-17242", 17242, "identifier"),
        M("2–3", 2, "reference", range_end=3),
    ]),
    P("- Yarmysh O. (ed.), 2004. *Istoriia", [
        M("2004", 2004, "reference"),
        M("XX", 20, "ordinal"),
    ]),
    P("- Ivanov S. 2011. *Mihratsiia", [
        M("2011", 2011, "reference"),
        M("serpen 1943", 1943, "date"),
        M("serpen 1991", 1991, "date"),
    ]),
    P("- Pisliavoienne vidnovlennia narodnoho", [
        M("April 19, 2023", 2023, "date"),
    ]),
]

# ============================================================================ 003 (ru)
RU3_DOC = [
    P("Ранее депутат Госдумы Сергей Обухов подверг критике", [
        M("13", 13, "identifier"),
        M("12 марта", None, "date"),
        M("5 млн", 5 * MLN, "count", None, MLN),
        M("28", 28, "count"),
    ]),
    P("Об этом сообщил замглавы Общественного штаба", []),
    P("Интересно, что электронное голосование в этом году", [
        M("2019", 2019, "year"),
    ]),
    P("Решение о проведении дистанционного электронного голосования на выборах в федеральные", []),
    P("На выборах в федеральные органы государственной власти, на референдуме", [
        M("9", 9, "identifier"),
    ]),
    P("ЦИК подсчитала 99,71 процента", [
        M("99,71 процента", 99.71, "percent", "%"),
    ]),
    P("Досрочный период начался 25 февраля", [
        M("25 февраля", None, "date"),
        M("14 марта", None, "date"),
        M("2 миллионов", 2 * MLN, "count", None, MLN),
        M("четыре", 4, "count"),
    ]),
    P("Действующий президент России Владимир Путин в 2024 году", [
        M("2024", 2024, "year"),
    ]),
    P("По данным официального портала mos. Однако", [
        M("половина", 0.5, "other"),
    ]),
    P("Таким образом, скепсис в отношении", [
        R("18 до 24 лет", 18, 24, "year"),
        R("25 до 34 лет", 25, 34, "year"),
        M("половина", 0.5, "other"),
    ]),
    P("С продолжением курса по африканскому типу. С нищим народом в самой богатой стране 24. Нас",
      [M("24", 24, "other")]),
    P("Предварительное голосование | На федеральной платформе", [
        M("900 тысяч", 900 * K, "count", None, K),
    ]),
    P("Центризбирком разрешил провести дистанционное электронное голосование (ДЭГ) на выборах "
      "президента 15-17 марта 29 регионам. — В первые", [
        M("15-17 марта", None, "date"),
        M("29", 29, "count"),
        M("13", 13, "identifier"),
    ]),
    P("Всего на портале mos. На предстоящих", [
        M("3600", 3600, "count"),
        M("13 тысяч", 13 * K, "count", None, K),
        M("три года", 3, "quantity", "year"),
    ]),
    P("Само отклонение законопроекта Госдумой", [
        M("трех", 3, "count"),
    ]),
    P("По данным Министерства, сейчас на «Госуслугах»", [
        M("6 тысяч", 6 * K, "count", None, K),
        M("08:00", 8, "other"),
        M("4 миллионов", 4 * MLN, "count", None, MLN),
        M("800 тысяч", 800 * K, "count", None, K),
    ]),
    P("Дайджест 56. Итоги выборов", [
        M("56", 56, "identifier"),
    ]),
    P("- Семь регионов из 31", [
        M("Семь", 7, "count"),
        M("31", 31, "count"),
    ]),
    P("12 марта сообщалось, что около 5 млн россиян из 28 регионов, где применяется "
      "дистанционное электронное голосование (ДЭГ), подали через «Госуслуги» заявление на "
      "дистанционный формат голосования на выборах президента. Принятие", [
        M("12 марта", None, "date"),
        M("5 млн", 5 * MLN, "count", None, MLN),
        M("28", 28, "count"),
        M("2 августа", None, "date"),
    ]),
    P("Электронное голосование перевернуло итоги выборов в Москве", [
        M("900 тысяч", 900 * K, "count", None, K),
        M("9-11 сентября", None, "date"),
    ]),
    P("Юрий Гурман, сопредседатель общественного движения", []),
    P("Народ, какие у вас вопросы и сомнения", occ=1, mentions=[
        M("24", 24, "other"),
    ]),
    P("Россияне пожаловались на массовый сбой", []),
    P("Где-то это видео вбросов", []),
    P("Политика, экономика, происшествия, общество.", [
        M("21", 21, "other"),
    ]),
]

# ============================================================================ 004 (ru)
RU4_DOC = [
    P("Если вы являетесь пользователем интернет-версии", []),
    P("города Котовска Тамбовской области \"Информационное общество\" на 2014", [
        R("2014 - 2020", 2014, 2020),
    ]),
    P("от 9 декабря 2013 г. N 3054)", [
        M("9 декабря 2013", 2013, "date"),
        M("N 3054", 3054, "identifier"),
    ]),
    P("23 июня, 2, 10 октября", [
        M("23 июня", None, "date"),
        M("2", None, "date"),
        M("10 октября", None, "date"),
        M("31 декабря 2014", 2014, "date"),
        M("1 июня", None, "date"),
        M("30 декабря 2015", 2015, "date"),
        M("1 февраля", None, "date"),
        M("16 марта", None, "date"),
        M("18 апреля", None, "date"),
        M("30 июня", None, "date"),
        M("22 сентября", None, "date"),
        M("2 ноября", None, "date"),
        M("22", None, "date"),
        M("30 декабря 2016", 2016, "date"),
    ]),
    P("Постановлением администрации города Котовска Тамбовской области от 30 декабря 2016 г. "
      "N 2536 в паспорт", [
        M("30 декабря 2016", 2016, "date"),
        M("N 2536", 2536, "identifier"),
    ]),
    P("\"Совершенствование государственного и муниципального управления\" (приложение N 5)", [
        M("N 5", 5, "identifier"),
    ]),
    P("Цель 1. Получение гражданами и организациями преимуществ от применения информационных "
      "и телекоммуникационных технологий за счет обеспечения равного доступа к информационным "
      "ресурсам, развития цифрового контента, применения инновационных технологий, "
      "радикального повышения эффективности муниципального управления при обеспечении "
      "безопасности в информационном обществе. Цель 2.", [
        M("1", 1, "identifier"),
        M("2", 2, "identifier"),
    ]),
    P("1. Общая характеристика сферы", [
        M("1", 1, "identifier"),
    ]),
    P("- в связи с выходом поправок к Федеральному Закону", [
        M("27.07.2006", 2006, "date"),
        M("N 152-ФЗ", 152, "identifier"),
    ]),
    P("Деятельность муниципальных служащих регламентируется", [
        M("02.03.2007", 2007, "date"),
        M("N 25-ФЗ", 25, "identifier"),
        M("04.07.2007", 2007, "date"),
        M("N 223-З", 223, "identifier"),
    ]),
    P("Для повышения качества и доступности государственных", [
        M("2020", 2020, "year"),
        M("95 %", 95, "percent", "%"),
    ]),
    P("Работа МФЦ строится по принципу", []),
    P("Закон Тамбовской области от 29.04.2009", [
        M("29.04.2009", 2009, "date"),
        M("N 512-З", 512, "identifier"),
        M("2020", 2020, "year"),
    ]),
    P("от 28.10.2011 N 1474", [
        M("28.10.2011", 2011, "date"),
        M("N 1474", 1474, "identifier"),
        R("2011 - 2012", 2011, 2012),
    ]),
    P("Качество выполнения данной задачи", [
        M("4", 4, "identifier"),
    ]),
    P("Сроки реализации Программы - 2014 - 2020 годы.", [
        R("2014 - 2020", 2014, 2020),
    ]),
    P("Постановлением администрации города Котовска Тамбовской области от 30 декабря 2016 г. "
      "N 2536 в раздел 6", [
        M("30 декабря 2016", 2016, "date"),
        M("N 2536", 2536, "identifier"),
        M("6", 6, "identifier"),
    ]),
    P("6. Обоснование объема финансовых ресурсов", [
        M("6", 6, "identifier"),
        R("2014 - 2020", 2014, 2020),
        M("22427,3 тыс. рублей", 22427300, "money", "RUB", K),
        M("2014", 2014, "year"),
        M("3442,2 тыс. рублей", 3442200, "money", "RUB", K),
        M("2015", 2015, "year"),
        M("3325,3 тыс. рублей", 3325300, "money", "RUB", K),
        M("2016", 2016, "year"),
        M("4479,8 тыс. рублей", 4479800, "money", "RUB", K),
        M("2017", 2017, "year"),
        M("3229,4 тыс. рублей", 3229400, "money", "RUB", K),
        M("2018", 2018, "year"),
        M("2849,3 тыс. рублей", 2849300, "money", "RUB", K),
        M("2019", 2019, "year"),
        M("2607,0 тыс. рублей", 2607000, "money", "RUB", K),
        M("2020", 2020, "year"),
        M("2494,3 тыс. рублей", 2494300, "money", "RUB", K),
    ], end="2494,3 тыс. рублей."),
    P("Реализация Программы осуществляется в порядке", [
        M("02.09.2013", 2013, "date"),
        M("N 2169", 2169, "identifier"),
    ]),
]

# ============================================================================ extras
# Sentences written for this gold set (not taken from the seeds), one passage each.
EXTRA = {
    "en": [
        ("By 1959 the town had 190,000 inhabitants, two-thirds of them women.", [
            M("1959", 1959, "year"),
            M("190,000", 190000, "count"),
            M("two-thirds", 2 / 3, "other"),
        ]),
        ("Grain deliveries rose from 8,000 to 10,000 tons in two years.", [
            R("8,000 to 10,000 tons", 8000, 10000, "t"),
            M("two years", 2, "quantity", "year"),
        ]),
        ("In the 1930s the tractor plant employed about 3,400 workers.", [
            M("1930", 1930, "year", glued=True),
            M("3,400", 3400, "count"),
        ]),
        ("The regional budget for 2021 was $12 billion, a quarter of which went to schools.", [
            M("2021", 2021, "year"),
            M("$12 billion", 12 * MLRD, "money", "USD", MLRD),
            M("a quarter", 0.25, "other"),
        ]),
        ("Turnout reached 67.5% on 17 March 2024, up from 59% in 2018.", [
            M("67.5%", 67.5, "percent", "%"),
            M("17 March 2024", 2024, "date"),
            M("59%", 59, "percent", "%"),
            M("2018", 2018, "year"),
        ]),
        ("The Fourth Five-Year Plan (1946–1950) doubled steel output.", [
            M("Five-Year", 5, "quantity", "year"),
            R("1946–1950", 1946, 1950),
        ]),
        ("Candidate No. 3 received 1.2 million votes, nearly 2.5 times as many as in the "
         "first round.", [
            M("No. 3", 3, "identifier"),
            M("1.2 million", 1.2 * MLN, "count", None, MLN),
            M("2.5 times", 2.5, "other", "times"),
        ]),
        ("Between 1990 and the end of 1995, some 40 rural schools were closed.", [
            M("1990", 1990, "year"),
            M("1995", 1995, "year"),
            M("40", 40, "count"),
        ]),
        ("The 22nd Congress met in October 1961 and lasted 14 days.", [
            M("22nd", 22, "ordinal"),
            M("October 1961", 1961, "date"),
            M("14 days", 14, "quantity", "day"),
        ]),
        ("A hundred years later, only one of the three mills was still working.", [
            M("A hundred years", 100, "quantity", "year"),
            M("three", 3, "count"),
        ]),
        ("I met him on 5 May 1945 at 08:30.", [
            M("5 May 1945", 1945, "date"),
            M("08:30", 8.5, "other"),
        ]),
        ("See Article 12 of Law No. 152 of 27 July 2006.", [
            M("12", 12, "identifier"),
            M("No. 152", 152, "identifier"),
            M("27 July 2006", 2006, "date"),
        ]),
        ("Average wages grew by 15 per cent, to 4,500 rubles a month.", [
            M("15 per cent", 15, "percent", "%"),
            M("4,500 rubles", 4500, "money", "RUB"),
        ]),
        ("The 1926 census counted 147 million people in the USSR.", [
            M("1926", 1926, "year"),
            M("147 million", 147 * MLN, "count", None, MLN),
        ]),
        ("The railway, 1,445 km long, was completed in 1930.", [
            M("1,445 km", 1445, "quantity", "km"),
            M("1930", 1930, "year"),
        ]),
        ("Thousands of refugees arrived during World War II; decades later few remained.", [
            M("II", 2, "ordinal"),
        ]),
        ("Housing stock grew from 2.8 million to 3.1 million m² by 1950.", [
            R("2.8 million to 3.1 million m²", 2.8 * MLN, 3.1 * MLN, "m2", MLN),
            M("1950", 1950, "year"),
        ]),
        ("The decree of 17.12.26 set the grain quota at 250 thousand poods.", [
            M("17.12.26", 1926, "date"),
            M("250 thousand poods", 250 * K, "quantity", "pood", K),
        ]),
        ("Only half of the 1,200 collective farms had a tractor by the mid-1930s.", [
            M("half", 0.5, "other"),
            M("1,200", 1200, "count"),
            M("1930", 1930, "year", glued=True),
        ]),
        ("The 41-year-old director was dismissed in 1937.", [
            M("41-year-old", 41, "quantity", "year"),
            M("1937", 1937, "year"),
        ]),
        ("The XXVII Congress of the CPSU opened on 25 February 1986.", [
            M("XXVII", 27, "ordinal"),
            M("25 February 1986", 1986, "date"),
        ]),
        ("From 9 to 11 September voters cast 4 million ballots online.", [
            M("9 to 11 September", None, "date"),
            M("4 million", 4 * MLN, "count", None, MLN),
        ]),
        ("One of the largest plants was rebuilt by V. I. Popov's team.", []),
    ],
    "ru": [
        ("Население области сократилось с 2,1 млн до 1,8 млн человек.", [
            R("2,1 млн до 1,8 млн", 2.1 * MLN, 1.8 * MLN, None, MLN),
        ]),
        ("Расходы на оборону выросли в 10 раз за 1928–1932 гг.", [
            M("10 раз", 10, "other", "times"),
            R("1928–1932", 1928, 1932),
        ]),
        ("В 1930-е годы в колхозы вступило 907 501 хозяйство.", [
            M("1930", 1930, "year"),
            M("907 501", 907501, "count"),
        ]),
        ("По переписи 1926 года в Казахстане проживало 6 503 006 человек.", [
            M("1926", 1926, "year"),
            M("6 503 006", 6503006, "count"),
        ]),
        ("Выборы прошли с 6 по 8 сентября 2024 года.", [
            M("6 по 8 сентября 2024", 2024, "date"),
        ]),
        ("Явка составила 47,6 %, а за кандидата № 2 проголосовали 1 234 567 избирателей.", [
            M("47,6 %", 47.6, "percent", "%"),
            M("№ 2", 2, "identifier"),
            M("1 234 567", 1234567, "count"),
        ]),
        ("Бюджет на 2025 год — 3,5 млрд руб., из них 250 тыс. руб. на связь.", [
            M("2025", 2025, "year"),
            M("3,5 млрд руб.", 3.5 * MLRD, "money", "RUB", MLRD),
            M("250 тыс. руб.", 250 * K, "money", "RUB", K),
        ]),
        ("Постановление от 17.12.26 N 45 утвердило план на второй квартал.", [
            M("17.12.26", 1926, "date"),
            M("N 45", 45, "identifier"),
        ]),
        ("Половина опрошенных в возрасте от 18 до 24 лет голосовала онлайн.", [
            M("Половина", 0.5, "other"),
            R("18 до 24 лет", 18, 24, "year"),
        ]),
        ("XX съезд КПСС прошёл в феврале 1956 года.", [
            M("XX", 20, "ordinal"),
            M("феврале 1956", 1956, "date"),
        ]),
        ("Участок N 1423 открылся в 08:00 и закрылся в 20:00.", [
            M("N 1423", 1423, "identifier"),
            M("08:00", 8, "other"),
            M("20:00", 20, "other"),
        ]),
        ("За три года выплавка стали выросла на 35 процентов.", [
            M("три года", 3, "quantity", "year"),
            M("35 процентов", 35, "percent", "%"),
        ]),
        ("Численность рабочих увеличилась с 11 до 19 тысяч.", [
            R("11 до 19 тысяч", 11 * K, 19 * K, None, K),
        ]),
        ("Трехдневное голосование прошло в 89 регионах.", [
            M("89", 89, "count"),
        ]),
        ("Согласно статье 30 Закона N 67-ФЗ пункт 1 не применяется.", [
            M("30", 30, "identifier"),
            M("N 67-ФЗ", 67, "identifier"),
            M("1", 1, "identifier"),
        ]),
        ("В XVI в. город насчитывал около 5 тыс. жителей.", [
            M("XVI", 16, "ordinal"),
            M("5 тыс.", 5 * K, "count", None, K),
        ]),
        ("41-летний председатель комиссии работает здесь с 2019 года.", [
            M("41-летний", 41, "quantity", "year"),
            M("2019", 2019, "year"),
        ]),
        ("Урожай 1932 г. составил 17,4 млн пудов.", [
            M("1932", 1932, "year"),
            M("17,4 млн пудов", 17.4 * MLN, "quantity", "pood", MLN),
        ]),
        ("Мощность станции — 1200 МВт.", [
            M("1200 МВт", 1200, "quantity", "MW"),
        ]),
        ("В. И. Ленин подписал декрет 10 октября 1921 г.", [
            M("10 октября 1921", 1921, "date"),
        ]),
        ("Из 31 региона семь отозвали заявки.", [
            M("31", 31, "count"),
            M("семь", 7, "count"),
        ]),
        ("Рост цен в 1921/22 году составил 80-90%.", [
            R("1921/22", 1921, 1922),
            R("80-90%", 80, 90, "%"),
        ]),
        ("Данные ГАС \"Выборы\" обновляются на второй день голосования.", []),
    ],
    "kk": [
        ("1926 жылғы санақ бойынша Қазақстанда 6 503 006 адам тұрды.", [
            M("1926", 1926, "year"),
            M("6 503 006", 6503006, "count"),
        ]),
        ("Халық саны 1 млн 300 мың адамға азайды.", [
            M("1 млн 300 мың", 1_300_000, "count", None, MLN),
        ]),
        ("1930-1933 жылдардағы ашаршылықта 2,1 миллионы қаза тапты.", [
            R("1930-1933", 1930, 1933),
            M("2,1 миллионы", 2.1 * MLN, "count", None, MLN),
        ]),
        ("Мал саны 40 миллионнан 4,5 миллионға дейін қысқарды.", [
            R("40 миллионнан 4,5 миллионға", 40 * MLN, 4.5 * MLN, None, MLN),
        ]),
        ("Астық өндірісі 4,5 есеге өсті.", [
            M("4,5 есеге", 4.5, "other", "times"),
        ]),
        ("Түрксіб 1930 жылы 25 сәуірде ашылды.", [
            M("1930 жылы 25 сәуірде", 1930, "date"),
        ]),
        ("Бюджеттің 34%-ы білімге, 12 пайызы денсаулыққа бөлінді.", [
            M("34%", 34, "percent", "%"),
            M("12 пайызы", 12, "percent", "%"),
        ]),
        ("КОКП-ның ХХ съезі 1956 жылы өтті.", [
            M("ХХ", 20, "ordinal"),
            M("1956", 1956, "year"),
        ]),
        ("Қазақстанға 1954-1960 жылдары 640 мың адам келді.", [
            R("1954-1960", 1954, 1960),
            M("640 мың", 640 * K, "count", None, K),
        ]),
        ("Бір уақытта үш зауыт салынды.", [
            M("үш", 3, "count"),
        ]),
        ("Жалақы 150 сомнан 300 сомға дейін өсті.", [
            R("150 сомнан 300 сомға", 150, 300, "RUB"),
        ]),
        ("Ел халқы 19 миллион 899 мың 377 адамға жетті.", [
            M("19 миллион 899 мың 377", 19_899_377, "count", None, MLN),
        ]),
        ("Бюджет шығыстары 3 млн. 968 мың теңге болды.", [
            M("3 млн. 968 мың теңге", 3_968_000, "money", "KZT", MLN),
        ]),
        ("Біріншіден, 1921 жылғы 10 қыркүйектегі декрет күшіне енді.", [
            M("1921 жылғы 10 қыркүйектегі", 1921, "date"),
        ]),
        ("Жиналыс сағат 8.10-да басталды.", [
            M("8.10", 8 + 10 / 60, "other"),
        ]),
        ("Колхоздардың жартысы 30-шы жылдары құрылды.", [
            M("жартысы", 0.5, "other"),
            M("30", 1930, "year"),
        ]),
        ("Ол 1937 мен 1939 жылдары сотталды.", [
            M("1937", 1937, "year"),
            M("1939", 1939, "year"),
        ]),
        ("Канал ұзындығы 230 шақырым болды.", [
            M("230 шақырым", 230, "quantity", "km"),
        ]),
        ("Тағы бір мәселе — бірнеше мың отбасы бірте-бірте қоныс аударды.", []),
        ("Жоспар 100 пайызға орындалды, ал 1928 жылғы 8 шілдеде жаңа жоспар қабылданды.", [
            M("100 пайызға", 100, "percent", "%"),
            M("1928 жылғы 8 шілдеде", 1928, "date"),
        ]),
        ("Жиырма бес мыңдықшылар ауылдарға 1930 жылы жіберілді.", [
            M("Жиырма бес мыңдықшылар", 25 * K, "other"),
            M("1930", 1930, "year"),
        ]),
        ("Ауданда 20 мектеп және 1 аурухана болды.", [
            M("20", 20, "count"),
            M("1", 1, "count"),
        ]),
        ("Сонымен бірге 15-ші съезд 1927 жылғы желтоқсанда өтті.", [
            M("15-ші", 15, "ordinal"),
            M("1927 жылғы желтоқсанда", 1927, "date"),
        ]),
    ],
    "id": [
        ("Anggaran pendidikan tahun 2023 mencapai Rp 2,5 triliun.", [
            M("2023", 2023, "year"),
            M("Rp 2,5 triliun", 2.5 * TRLN, "money", "IDR", TRLN),
        ]),
        ("Produksi beras turun dari empat menjadi dua juta ton.", [
            R("empat menjadi dua juta ton", 4 * MLN, 2 * MLN, "t", MLN),
        ]),
        ("Penduduk Jakarta pada tahun 1961 berjumlah 2.906.533 jiwa.", [
            M("1961", 1961, "year"),
            M("2.906.533", 2906533, "count"),
        ]),
        ("Sepertiga dari 1.200 desa belum memiliki listrik.", [
            M("Sepertiga", 1 / 3, "other"),
            M("1.200", 1200, "count"),
        ]),
        ("Pemilu 1955 diikuti oleh 172 partai politik dan sekitar 43 juta pemilih.", [
            M("1955", 1955, "year"),
            M("172", 172, "count"),
            M("43 juta", 43 * MLN, "count", None, MLN),
        ]),
        ("Repelita IV berlangsung pada 1984-1989.", [
            M("IV", 4, "ordinal"),
            R("1984-1989", 1984, 1989),
        ]),
        ("Harga beras naik tiga kali lipat dalam lima tahun.", [
            M("tiga kali lipat", 3, "other", "times"),
            M("lima tahun", 5, "quantity", "year"),
        ]),
        ("Sidang berlangsung pada 15-17 Agustus 1945 di Jakarta.", [
            M("15-17 Agustus 1945", 1945, "date"),
        ]),
        ("Angka kelahiran turun 12,5% pada dekade 1970-an.", [
            M("12,5%", 12.5, "percent", "%"),
            M("1970", 1970, "year"),
        ]),
        ("Ketetapan Nomor II/MPRS/1960 mengatur rencana pembangunan delapan tahun.", [
            M("Nomor II/MPRS/1960", 2, "identifier"),
            M("delapan tahun", 8, "quantity", "year"),
        ]),
        ("Sultan Hamengkubuwono IX kemudian menjadi wakil presiden ke-2.", [
            M("IX", 9, "ordinal"),
            M("ke-2", 2, "ordinal"),
        ]),
        ("Satu-satunya pabrik gula di kota itu mempekerjakan 350 buruh.", [
            M("350", 350, "count"),
        ]),
        ("Ratusan warga mengungsi, dan 27 rumah rusak berat.", [
            M("27", 27, "count"),
        ]),
        ("Jam kerja dikurangi dari 11 menjadi 8 jam per hari.", [
            R("11 menjadi 8 jam", 11, 8, "hour"),
        ]),
        ("Utang luar negeri mencapai US$ 5 miliar pada tahun 1966.", [
            M("US$ 5 miliar", 5 * MLRD, "money", "USD", MLRD),
            M("1966", 1966, "year"),
        ]),
        ("Belanda menuntut 4,5 miliar gulden sebagai ganti rugi.", [
            M("4,5 miliar gulden", 4.5 * MLRD, "money", "NLG", MLRD),
        ]),
        ("Sensus pertama mencatat bahwa 60 persen penduduk tinggal di Pulau Jawa.", [
            M("60 persen", 60, "percent", "%"),
        ]),
        ("Seksi II laporan itu membahas pasal 33 undang-undang dasar.", [
            M("II", 2, "identifier"),
            M("33", 33, "identifier"),
        ]),
        ("Rapat dimulai pukul 08:00 dan berakhir pukul 13:51.", [
            M("08:00", 8, "other"),
            M("13:51", 13 + 51 / 60, "other"),
        ]),
        ("Kapal itu tiba pada 17 Agustus, empat hari setelah berangkat.", [
            M("17 Agustus", None, "date"),
            M("empat hari", 4, "quantity", "day"),
        ]),
        ("Dalam Pelita ke-3 produksi pupuk meningkat 1,7 kali.", [
            M("ke-3", 3, "ordinal"),
            M("1,7 kali", 1.7, "other", "times"),
        ]),
        ("Pada Pleno November, M. S. Gorbachev untuk pertama kali berbicara tentang perestroika.",
         []),
        ("Gaji pegawai naik dari Rp 150.000 menjadi Rp 200.000 per bulan.", [
            R("Rp 150.000 menjadi Rp 200.000", 150_000, 200_000, "IDR"),
        ]),
    ],
}

DOCS = [
    ("000_5cb650a5a9519fe6", "id", ID_DOC),
    ("001_7dd0d3dcf9e21661", "kk", KK_DOC),
    ("002_f7dfec8b738f4d3e", "en", EN_DOC),
    ("003_1782b29beae0b501", "ru", RU3_DOC),
    ("004_bf79698a0960a996", "ru", RU4_DOC),
]


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
                f"{where}: {m.surface!r} glued on the left: {text[max(0, pos - 15):end]!r}"
            )
            assert not (after.isalnum() and m.surface[-1].isalnum()), (
                f"{where}: {m.surface!r} glued on the right: {text[pos:end + 15]!r}"
            )
        assert m.kind in KINDS, f"{where}: bad kind {m.kind!r}"
        if m.kind == "range":
            assert m.range_end is not None and m.value is not None, f"{where}: {m.surface!r}"
        if m.kind == "date" and m.value is not None:
            assert isinstance(m.value, int) and 1000 <= m.value <= 2100, f"{where}: {m}"
        if m.kind == "percent":
            assert m.unit == "%", f"{where}: {m.surface!r}"
        if m.kind == "money":
            assert m.unit in {"RUB", "KZT", "IDR", "USD", "NLG"}, f"{where}: {m.surface!r}"
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


def build_doc(stem: str, lang: str, passages: list[P]) -> list[dict]:
    full = (SEEDS / f"{stem}.txt").read_text(encoding="utf-8")
    records = []
    seen: set[int] = set()
    for p in passages:
        n_hits = full.count(p.start)
        assert n_hits > p.occ, f"{stem}: start marker {p.start[:40]!r} found {n_hits} times"
        ps = _nth(full, p.start, 0, p.occ)
        assert p.mid or ps == 0 or full[ps - 1] == "\n", f"{stem}: {p.start[:40]!r} mid-line"
        if p.end is None:
            pe = full.find("\n", ps)
            pe = len(full) if pe < 0 else pe
        else:
            pe = full.find(p.end, ps)
            assert pe >= 0, f"{stem}: end marker {p.end!r} not found"
            pe += len(p.end)
        assert ps not in seen, f"{stem}: passage at {ps} listed twice"
        seen.add(ps)
        text = full[ps:pe]
        where = f"{stem}@{ps}"
        records.append(
            {
                "doc_id": stem,
                "lang": lang,
                "passage_start": ps,
                "text": text,
                "mentions": annotate(text, p.mentions, where),
            }
        )
    records.sort(key=lambda r: r["passage_start"])
    for a, b in zip(records, records[1:], strict=False):
        assert a["passage_start"] + len(a["text"]) <= b["passage_start"], f"{stem}: overlap"
    return records


def build_extra(lang: str, items: list[tuple[str, list[M]]]) -> list[dict]:
    records = []
    for i, (text, mentions) in enumerate(items):
        records.append(
            {
                "doc_id": f"extra_{lang}",
                "lang": lang,
                "passage_start": 0,
                "text": text,
                "mentions": annotate(text, mentions, f"extra_{lang}#{i}"),
            }
        )
    return records


def write(path: Path, records: list[dict]) -> None:
    tmp = path.with_suffix(".jsonl.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    tmp.replace(path)


def main() -> None:
    from collections import Counter

    for stem, lang, passages in DOCS:
        recs = build_doc(stem, lang, passages)
        write(HERE / f"{stem}.jsonl", recs)
        kinds = Counter(m["kind"] for r in recs for m in r["mentions"])
        n = sum(kinds.values())
        print(f"{stem} [{lang}]: {len(recs)} passages, {n} mentions  {dict(sorted(kinds.items()))}")
    for lang, items in EXTRA.items():
        recs = build_extra(lang, items)
        write(HERE / f"extra_{lang}.jsonl", recs)
        kinds = Counter(m["kind"] for r in recs for m in r["mentions"])
        n = sum(kinds.values())
        print(f"extra_{lang}: {len(recs)} passages, {n} mentions  {dict(sorted(kinds.items()))}")


if __name__ == "__main__":
    main()
