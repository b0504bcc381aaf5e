"""Hand-written rule cases for ``analysis.mentions.extract_mentions``.

Each case gives a short text, its language and one expected mention (surface, value, kind,
unit, scale, range_end), worked out by hand from ``shared/numeric-mentions-spec.md``.
The expected mention must be found with exactly that span; further mentions in the same
text are allowed unless a case says otherwise (see ``NO_MENTION`` and ``EXACT``).
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis.mentions import MENTION_COLUMNS, extract_mentions, numeric_mentions

N = None
nan = math.nan

# (lang, text, surface, value, kind, unit, scale, range_end)
CASES: list[tuple] = [
    # ------------------------------------------------------------------ Russian
    (
        "ru",
        "Затраты - 22427,3 тыс. рублей.",
        "22427,3 тыс. рублей",
        22427300,
        "money",
        "RUB",
        1e3,
        N,
    ),
    ("ru", "около 5 млн россиян из 28 регионов", "5 млн", 5e6, "count", N, 1e6, N),
    ("ru", "около 5 млн россиян из 28 регионов", "28", 28, "count", N, N, N),
    (
        "ru",
        "ЦИК подсчитала 99,71 процента протоколов",
        "99,71 процента",
        99.71,
        "percent",
        "%",
        N,
        N,
    ),
    ("ru", "должен составлять не менее 95 %.", "95 %", 95, "percent", "%", N, N),
    ("ru", "Путин в 2024 году был", "2024", 2024, "year", N, N, N),
    ("ru", "в 2014 г. - 3442,2 тыс. рублей", "2014", 2014, "year", N, N, N),
    (
        "ru",
        "в 2014 г. - 3442,2 тыс. рублей",
        "3442,2 тыс. рублей",
        3442200,
        "money",
        "RUB",
        1e3,
        N,
    ),
    ("ru", "группам от 18 до 24 лет", "18 до 24 лет", 18, "range", "year", N, 24),
    ("ru", "увеличилась с 11 до 19 тысяч.", "11 до 19 тысяч", 11000, "range", N, 1e3, 19000),
    ("ru", "с 2,1 млн до 1,8 млн человек", "2,1 млн до 1,8 млн", 2.1e6, "range", N, 1e6, 1.8e6),
    ("ru", "В выборах участвуют четыре кандидата.", "четыре", 4, "count", N, N, N),
    ("ru", "успели около двух миллионов граждан", "двух миллионов", 2e6, "count", N, 1e6, N),
    ("ru", "Закону от 27.07.2006 N 152-ФЗ", "27.07.2006", 2006, "date", N, N, N),
    ("ru", "Закону от 27.07.2006 N 152-ФЗ", "N 152-ФЗ", 152, "identifier", N, N, N),
    ("ru", "приказом № 227 от", "№ 227", 227, "identifier", N, N, N),
    ("ru", "на выборах 15-17 марта в", "15-17 марта", N, "date", N, N, N),
    ("ru", "23 июня, 2, 10 октября 2014 г.", "2", N, "date", N, N, N),
    ("ru", "23 июня, 2, 10 октября 2014 г.", "10 октября 2014", 2014, "date", N, N, N),
    ("ru", "выросла в 10 раз", "10 раз", 10, "other", "times", N, N),
    ("ru", "в XXI веке", "XXI", 21, "ordinal", N, N, N),
    ("ru", "на 15-й съезд", "15-й", 15, "ordinal", N, N, N),
    ("ru", "в 1990-х годах", "1990", 1990, "year", N, N, N),
    ("ru", "С 10:00 до 21:45 работали", "10:00 до 21:45", 10, "range", N, N, 21.75),
    ("ru", "С 08:00 по московскому", "08:00", 8, "other", N, N, N),
    ("ru", "потрачено 170 млрд руб. на", "170 млрд руб.", 1.7e11, "money", "RUB", 1e9, N),
    ("ru", "41-летний мужчина", "41-летний", 41, "quantity", "year", N, N),
    ("ru", "в 16 в. город", "16", 16, "ordinal", N, N, N),
    ("ru", "другая половина населения", "половина", 0.5, "other", N, N, N),
    ("ru", "с 6 по 8 сентября", "6 по 8 сентября", N, "date", N, N, N),
    ("ru", "согласно статьи 30 закона", "30", 30, "identifier", N, N, N),
    ("ru", "Рост цен в 1921/22 году", "1921/22", 1921, "range", N, N, 1922),
    ("ru", "Мы развиваем систему три года.", "три года", 3, "quantity", "year", N, N),
    ("ru", "на 2014 - 2020 годы", "2014 - 2020", 2014, "range", N, N, 2020),
    ("ru", "Цель 1. Получение", "1", 1, "identifier", N, N, N),
    ("ru", "мощностью 1200 МВт.", "1200 МВт", 1200, "quantity", "MW", N, N),
    ("ru", "население 1 558 927 человек", "1 558 927", 1558927, "count", N, N, N),
    # ------------------------------------------------------------------ Kazakh
    ("kk", "құрылысы 1931 жылға қарай аяқталды", "1931", 1931, "year", N, N, N),
    ("kk", "1145 шақырымға созылған", "1145 шақырымға", 1145, "quantity", "km", N, N),
    ("kk", "бөлігінің 34%-ы фискальдық", "34%", 34, "percent", "%", N, N),
    ("kk", "өлімі 100 пайызға жетті", "100 пайызға", 100, "percent", "%", N, N),
    ("kk", "халқы 1 млн 300 мың адам", "1 млн 300 мың", 1.3e6, "count", N, 1e6, N),
    ("kk", "19 миллион 899 мың 377 адам", "19 миллион 899 мың 377", 19899377, "count", N, 1e6, N),
    ("kk", "жарты миллион сомға жуық", "жарты миллион сомға", 5e5, "money", "RUB", 1e6, N),
    ("kk", "1920-30 жылдардағы реформалар", "1920-30", 1920, "range", N, N, 1930),
    ("kk", "20-30 жылдардағы реформалар", "20-30", 1920, "range", N, N, 1930),
    ("kk", "20-жылдар аяғындағы", "20", 1920, "year", N, N, N),
    ("kk", "30-шы жылдары", "30", 1930, "year", N, N, N),
    ("kk", "партияның 25-ші съезі", "25-ші", 25, "ordinal", N, N, N),
    ("kk", "ХХ-шы ғасырдың басында", "ХХ-шы", 20, "ordinal", N, N, N),
    ("kk", "жиырма бес адам келді", "жиырма бес", 25, "count", N, N, N),
    ("kk", "екі бала", "екі", 2, "count", N, N, N),
    ("kk", "өнім 4,5 есеге өсті", "4,5 есеге", 4.5, "other", "times", N, N),
    (
        "kk",
        "859,4 мыңнан 658,1 мыңға дейін",
        "859,4 мыңнан 658,1 мыңға",
        859400,
        "range",
        N,
        1e3,
        658100,
    ),
    (
        "kk",
        "ХКК-нің 1921 жылғы 10 қыркүйектегі декреті",
        "1921 жылғы 10 қыркүйектегі",
        1921,
        "date",
        N,
        N,
        N,
    ),
    ("kk", "тапшылығы 17,4 млн пұт болды", "17,4 млн пұт", 17.4e6, "quantity", "pood", 1e6, N),
    ("kk", "халқы 168 млн-ға жетті", "168 млн", 168e6, "count", N, 1e6, N),
    ("kk", "300-ден астам өнеркәсіп орны", "300", 300, "count", N, N, N),
    ("kk", "Ол 1937 мен 1939 жылдары сотталды.", "1937", 1937, "year", N, N, N),
    ("kk", "Ол 1937 мен 1939 жылдары сотталды.", "1939", 1939, "year", N, N, N),
    ("kk", "50%-дан 80%-ға дейіні", "50%-дан 80%", 50, "range", "%", N, 80),
    ("kk", "1922 жылғы8 шілдеде", "1922 жылғы8 шілдеде", 1922, "date", N, N, N),
    # ------------------------------------------------------------------ Indonesian
    ("id", "digunakan pada tahun 1959, yang", "1959", 1959, "year", N, N, N),
    ("id", "orang-orang Soviet tahun 1980-an sudah", "1980", 1980, "year", N, N, N),
    ("id", "melampaui (sebanyak 1, 7 kali) dalam", "1, 7 kali", 1.7, "other", "times", N, N),
    (
        "id",
        "defisit meningkat tiga kali lipat (pada",
        "tiga kali lipat",
        3,
        "other",
        "times",
        N,
        N,
    ),
    ("id", "alkohol dari 11 menjadi 19 jam, dan", "11 menjadi 19 jam", 11, "range", "hour", N, 19),
    ("id", "senilai Rp 2,5 triliun untuk", "Rp 2,5 triliun", 2.5e12, "money", "IDR", 1e12, N),
    (
        "id",
        "utang 11 triliun dolar AS pada",
        "11 triliun dolar AS",
        11e12,
        "money",
        "USD",
        1e12,
        N,
    ),
    ("id", "sebesar 832 juta gulden", "832 juta gulden", 832e6, "money", "NLG", 1e6, N),
    ("id", "impornya sebesar sepertiga.", "sepertiga", 1 / 3, "other", N, N, N),
    ("id", "sekitar dua juta orang", "dua juta", 2e6, "count", N, 1e6, N),
    ("id", "Kongres ke-27 partai", "ke-27", 27, "ordinal", N, N, N),
    ("id", "pada masa Repelita IV pemerintah", "IV", 4, "ordinal", N, N, N),
    ("id", "diatur dalam Seksi II undang-undang", "II", 2, "identifier", N, N, N),
    ("id", "Dan empat hari kemudian", "empat hari", 4, "quantity", "day", N, N),
    ("id", "dibandingkan 30 tahun sebelumnya", "30 tahun", 30, "quantity", "year", N, N),
    ("id", "Pada tahun 1987, 70% dari Politbiro", "70%", 70, "percent", "%", N, N),
    (
        "id",
        "kunjungannya ke Leningrad (15-17 Mei 1985), Gorbachev",
        "15-17 Mei 1985",
        1985,
        "date",
        N,
        N,
        N,
    ),
    ("id", "Kongres Soviet pada 23 Desember 1921.", "23 Desember 1921", 1921, "date", N, N, N),
    (
        "id",
        "Ketetapan MPRS Nomor II/MPRS/1960 tentang",
        "Nomor II/MPRS/1960",
        2,
        "identifier",
        N,
        N,
        N,
    ),
    (
        "id",
        "dari empat menjadi dua juta ton",
        "empat menjadi dua juta ton",
        4e6,
        "range",
        "t",
        1e6,
        2e6,
    ),
    ("id", "Sultan Hamengkubuwono IX wafat", "IX", 9, "ordinal", N, N, N),
    ("id", "meningkat 2, 6 tahun - dan", "2, 6 tahun", 2.6, "quantity", "year", N, N),
    # ------------------------------------------------------------------ English
    ("en", "8 April 1986, the Secretary", "8 April 1986", 1986, "date", N, N, N),
    ("en", "liberated on August 23, 1943. From", "August 23, 1943", 1943, "date", N, N, N),
    ("en", "On August 24, the City", "August 24", N, "date", N, N, N),
    ("en", "There were four candidates.", "four", 4, "count", N, N, N),
    ("en", "the 2nd battalion", "2nd", 2, "ordinal", N, N, N),
    ("en", "Keywords: World War II, reconstruction", "II", 2, "ordinal", N, N, N),
    ("en", "inhabited by approximately 190,000 people", "190,000", 190000, "count", N, N, N),
    (
        "en",
        "of the total 2.8 million m² of housing",
        "2.8 million m²",
        2.8e6,
        "quantity",
        "m2",
        1e6,
        N,
    ),
    ("en", "it cost $12 billion in total", "$12 billion", 12e9, "money", "USD", 1e9, N),
    (
        "en",
        "wages of 8,000 to 10,000 rubles a year",
        "8,000 to 10,000 rubles",
        8000,
        "range",
        "RUB",
        N,
        10000,
    ),
    ("en", "From 1943 to 1945, he held", "1943 to 1945", 1943, "range", N, N, 1945),
    ("en", "nearly 2.5 times the figure", "2.5 times", 2.5, "other", "times", N, N),
    ("en", "During the two-year famine", "two-year", 2, "quantity", "year", N, N),
    ("en", "a third of the workers", "a third", 1 / 3, "other", N, N, N),
    ("en", "for a hundred years now", "a hundred years", 100, "quantity", "year", N, N),
    ("en", "a tractor by the mid-1930s.", "1930", 1930, "year", N, N, N),
    (
        "en",
        "it took two and one half years",
        "two and one half years",
        2.5,
        "quantity",
        "year",
        N,
        N,
    ),
    ("en", "as shown earlier [34]. Then", "34", 34, "reference", N, N, N),
    ("en", "were destroyed.¹² The", "¹²", 12, "reference", N, N, N),
    ("en", "see Part II of the report", "II", 2, "identifier", N, N, N),
    ("en", "ORCID 0000-0001-7767-0756 here", "0000-0001-7767-0756", N, "identifier", N, N, N),
    ("en", "patients with Covid-19 were", "19", 19, "other", N, N, N),
    ("en", "the war years (August 1943–May 1945).", "August 1943", 1943, "date", N, N, N),
    ("en", "the war years (August 1943–May 1945).", "May 1945", 1945, "date", N, N, N),
    ("en", "on January 20-21, 1943 the", "January 20-21, 1943", 1943, "date", N, N, N),
    ("en", "producing a current of 5000 kW. Then", "5000 kW", 5000, "quantity", "kW", N, N),
    ("en", "a shipment of 959 tons of flour", "959 tons", 959, "quantity", "t", N, N),
    ("en", "should contribute 100 hours of work", "100 hours", 100, "quantity", "hour", N, N),
    ("en", "Almost 80 years ago, the", "80 years", 80, "quantity", "year", N, N),
    ("en", "in the 20th century", "20th", 20, "ordinal", N, N, N),
    ("en", "7 KIM.R. part 2, 279–280.", "279–280", 279, "reference", N, N, 280),
    ("en", "7 KIM.R. part 2, 279–280.", "2", 2, "reference", N, N, N),
    ("en", "1 Diakova O. 2013, 7.", "2013", 2013, "reference", N, N, N),
    ("en", "1 Diakova O. 2013, 7.", "1", 1, "reference", N, N, N),
    ("en", "as noted (Purwoko, 2004 : 53-55) the", "53-55", 53, "reference", N, N, 55),
    ("en", "Opening hours were 13:51 sharp", "13:51", 13.85, "other", N, N, N),
    ("en", "In 1943 alone, young people", "1943", 1943, "year", N, N, N),
    ("en", "1944 brought forth new challenges", "1944", 1944, "year", N, N, N),
    # ------------------------------------------------------------------ more rules
    ("ru", "При Петре I началась реформа", "I", 1, "ordinal", N, N, N),
    ("ru", "в XVIII–XIX вв. город рос", "XVIII–XIX", 18, "range", N, N, 19),
    ("ru", "Звоните 8 (727) 123-45-67 днём", "8 (727) 123-45-67", N, "identifier", N, N, N),
    ("ru", "1 ГАРФ. Ф. 5446. Оп. 1. Д. 45. Л. 12–14.", "12–14", 12, "reference", N, N, 14),
    ("ru", "1 ГАРФ. Ф. 5446. Оп. 1. Д. 45. Л. 12–14.", "5446", 5446, "reference", N, N, N),
    ("ru", "Одна треть посевов погибла", "Одна треть", 1 / 3, "other", N, N, N),
    ("ru", "в одной тысяче случаев", "одной тысяче", 1000, "count", N, 1e3, N),
    (
        "ru",
        "Урожай 1932 г. составил 17,4 млн пудов.",
        "17,4 млн пудов",
        17.4e6,
        "quantity",
        "pood",
        1e6,
        N,
    ),
    ("ru", "воздержались 5. Решение принято.", "5", 5, "count", N, N, N),
    ("ru", "в самой богатой стране 24. Нас обманули.", "24", 24, "other", N, N, N),
    ("kk", "1925 жылдың желтоқсанында өтті", "1925 жылдың желтоқсанында", 1925, "date", N, N, N),
    (
        "kk",
        "бюджет 12,5 трлн теңгеге жетті",
        "12,5 трлн теңгеге",
        12.5e12,
        "money",
        "KZT",
        1e12,
        N,
    ),
    ("kk", "Жүз елу мың адам", "Жүз елу мың", 150000, "count", N, 1e3, N),
    ("kk", "XIX ғ. басында", "XIX", 19, "ordinal", N, N, N),
    ("kk", "жиырма бес мыңдықшылар келді", "жиырма бес мыңдықшылар", 25000, "other", N, N, N),
    ("kk", "Жиналыс сағат 8.10-да басталды.", "8.10", 8 + 10 / 60, "other", N, N, N),
    ("id", "Proklamasi 17-8-1945 dibacakan", "17-8-1945", 1945, "date", N, N, N),
    (
        "id",
        "dua ratus lima puluh ribu orang",
        "dua ratus lima puluh ribu",
        250000,
        "count",
        N,
        1e3,
        N,
    ),
    (
        "id",
        "naik dari US$ 3 menjadi US$ 12 per barel",
        "US$ 3 menjadi US$ 12",
        3,
        "range",
        "USD",
        N,
        12,
    ),
    ("id", "Rapat dimulai pukul 10.30 WIB", "10.30", 10.5, "other", N, N, N),
    ("id", "Pada paruh pertama tahun 1986", "paruh", 0.5, "other", N, N, N),
    ("en", "some $4.5 bn went to defence", "$4.5 bn", 4.5e9, "money", "USD", 1e9, N),
    ("en", "at 30°C the sample", "30°C", 30, "quantity", "degC", N, N),
    ("en", "ISBN 978-5-4461-0923-4 and", "ISBN 978-5-4461-0923-4", N, "identifier", N, N, N),
    ("en", "the 1965–66 season", "1965–66", 1965, "range", N, N, 1966),
    ("en", "aged sixty-five", "sixty-five", 65, "count", N, N, N),
    ("en", "nearly two-thirds of them", "two-thirds", 2 / 3, "other", N, N, N),
    # Kazakh case-suffix constructions
    ("kk", "Мал басының үштен бірі ғана қалды", "үштен бірі", 1 / 3, "other", N, N, N),
    (
        "kk",
        "жалақы 125 мыңнан 390 мың теңгеге дейін өсті",
        "125 мыңнан 390 мың теңгеге",
        125000,
        "range",
        "KZT",
        1e3,
        390000,
    ),
    (
        "kk",
        "19 жастан 31 жасқа дейінгі ер адамдар",
        "19 жастан 31 жасқа",
        19,
        "range",
        "year",
        N,
        31,
    ),
    ("kk", "1941 жылдан 1945 жылға дейін майданда", "1941 жылдан 1945", 1941, "range", N, N, 1945),
    ("kk", "сағат 7:00-ден 20:00-ге дейін", "7:00-ден 20:00", 7, "range", N, N, 20),
    (
        "kk",
        "активтері 60,5 млрд АҚШ долларына жетті",
        "60,5 млрд АҚШ долларына",
        60.5e9,
        "money",
        "USD",
        1e9,
        N,
    ),
    ("kk", "Конституцияның 91-бабына сәйкес", "91", 91, "identifier", N, N, N),
    ("kk", "Қазақстан әлемде 9-орында", "9", 9, "ordinal", N, N, N),
    ("kk", "1845 жылы туып, 59 жасында қайтыс болды", "59 жасында", 59, "quantity", "year", N, N),
    (
        "kk",
        "3 Қозыбаев М. Қ. Қазақстан тарихы. Алматы, 2010. 215 б.",
        "215",
        215,
        "reference",
        N,
        N,
        N,
    ),
    ("ru", "потери составили около 27 млн.", "27 млн", 27e6, "count", N, 1e6, N),
    ("ru", "норма снизилась до 125 граммов в сутки", "125 граммов", 125, "quantity", "g", N, N),
    ("ru", "за один-два года", "один-два года", 1, "range", "year", N, 2),
    ("ru", "Позднее были репрессированы 1108.", "1108", 1108, "count", N, N, N),
    ("en", "his daughter Elizabeth I reigned", "I", 1, "ordinal", N, N, N),
    ("en", "Executive Order 9066, signed", "9066", 9066, "identifier", N, N, N),
    ("id", "di Jalan Pegangsaan Timur 56, Jakarta", "56", 56, "identifier", N, N, N),
    (
        "en",
        "as argued (Kuromiya 1998; Davies, 2004: 45-47) the",
        "45-47",
        45,
        "reference",
        N,
        N,
        47,
    ),
    ("ru", "как отмечает автор [Иванов, 2005, с. 45], в", "45", 45, "reference", N, N, N),
    # ---------------------------------------------------------- statistical table lines
    ("ru", "Выпуск, млн тонн: 2005 – 48 213,7; 2010 – 51 004,2.", "2005", 2005, "year", N, N, N),
    (
        "ru",
        "Выпуск, млн тонн: 2005 – 48 213,7; 2010 – 51 004,2.",
        "48 213,7",
        48213.7,
        "count",
        N,
        N,
        N,
    ),
    ("en", "Exports (millions): 1998 – 4,512; 2008 – 7,930.", "4,512", 4512, "count", N, N, N),
    ("en", "Exports (millions): 1998 – 4,512; 2008 – 7,930.", "2008", 2008, "year", N, N, N),
    ("kk", "Өнім көлемі: 2012 – 9 871,4; 2018 – 12 006,8.", "9 871,4", 9871.4, "count", N, N, N),
    ("ru", "в 1914–1918 годах", "1914–1918", 1914, "range", N, N, 1918),
    ("en", "during 1905-7 and later", "1905-7", 1905, "range", N, N, 1907),
    # ---------------------------------------------------------- citations
    ("ru", "Там же. С. 87.", "87", 87, "reference", N, N, N),
    ("ru", "Там же. С. 87; Новый мир. 1988. № 6. С. 130–142.", "1988", 1988, "reference", N, N, N),
    ("ru", "Там же. С. 87; Новый мир. 1988. № 6. С. 130–142.", "№ 6", 6, "reference", N, N, N),
    (
        "ru",
        "Там же. С. 87; Новый мир. 1988. № 6. С. 130–142.",
        "130–142",
        130,
        "reference",
        N,
        N,
        142,
    ),
    (
        "ru",
        "Указ Президента РФ // Российская газета. 1995. 14 марта. Ст. 12.",
        "12",
        12,
        "reference",
        N,
        N,
        N,
    ),
    (
        "ru",
        "Закон // Ведомости СНД РСФСР. 1991. № 17 (ч. 2). Ст. 512.",
        "2",
        2,
        "reference",
        N,
        N,
        N,
    ),
    ("ru", "Согласно статье 15 закона, ч. 2 вступает в силу.", "15", 15, "identifier", N, N, N),
    ("en", "7. Ibid., pp. 201–204.", "7", 7, "reference", N, N, N),
    ("en", "7. Ibid., pp. 201–204.", "201–204", 201, "reference", N, N, 204),
    ("en", "9. Ibid., vol. III, p. 18.", "III", 3, "reference", N, N, N),
    ("en", "9. Ibid., vol. III, p. 18.", "18", 18, "reference", N, N, N),
    (
        "en",
        "See E. Carr, The Bolshevik Revolution (London, 1950), p. 64.",
        "64",
        64,
        "reference",
        N,
        N,
        N,
    ),
    (
        "id",
        "Lihat Anderson, Java in a Time of Revolution, hlm. 57.",
        "57",
        57,
        "reference",
        N,
        N,
        N,
    ),
    ("id", "Ibid., hlm. 60–62.", "60–62", 60, "reference", N, N, 62),
    (
        "id",
        "3 B. R. O'G. Anderson, Revoloesi Pemoeda 1944–1946 (Jakarta: Sinar Harapan, 1988), "
        "hlm. 9.",
        "1944–1946",
        1944,
        "range",
        N,
        N,
        1946,
    ),
    (
        "id",
        "3 B. R. O'G. Anderson, Revoloesi Pemoeda 1944–1946 (Jakarta: Sinar Harapan, 1988), "
        "hlm. 9.",
        "9",
        9,
        "reference",
        N,
        N,
        N,
    ),
    (
        "kk",
        "Абай жолы. 2-кітап. – Алматы: Жазушы, 2007. – 112–130 бб.",
        "2007",
        2007,
        "reference",
        N,
        N,
        N,
    ),
    (
        "kk",
        "Абай жолы. 2-кітап. – Алматы: Жазушы, 2007. – 112–130 бб.",
        "112–130",
        112,
        "reference",
        N,
        N,
        130,
    ),
    ("ru", "3 Иванов И. И. История края. Л., 1967. С. 54.", "1967", 1967, "reference", N, N, N),
    # ---------------------------------------------------------- percentage points
    (
        "en",
        "inflation fell 1.5 percentage points to 3.2% in May",
        "1.5 percentage points",
        1.5,
        "percent",
        "%",
        N,
        N,
    ),
    (
        "en",
        "inflation fell 1.5 percentage points to 3.2% in May",
        "3.2%",
        3.2,
        "percent",
        "%",
        N,
        N,
    ),
    ("ru", "безработица снизилась на 0,3 п.п. за год", "0,3 п.п.", 0.3, "percent", "%", N, N),
    ("ru", "доля выросла на 4 процентных пункта", "4 процентных пункта", 4, "percent", "%", N, N),
    (
        "id",
        "inflasi naik 0,75 persen poin menjadi 3,1 persen",
        "0,75 persen poin",
        0.75,
        "percent",
        "%",
        N,
        N,
    ),
    (
        "kk",
        "инфляция 1,2 пайыздық тармаққа баяулады",
        "1,2 пайыздық тармаққа",
        1.2,
        "percent",
        "%",
        N,
        N,
    ),
    ("ru", "рост 1,5–2 п.п. за квартал", "1,5–2 п.п.", 1.5, "range", "%", N, 2),
    # ---------------------------------------------------------- footnote after a percent
    ("ru", "доля достигла 61 %³ в городах", "61 %", 61, "percent", "%", N, N),
    ("ru", "доля достигла 61 %³ в городах", "³", 3, "reference", N, N, N),
    ("en", "turnout was 72%¹² overall", "72%", 72, "percent", "%", N, N),
    ("ru", "потери составили 1,2 млн¹² человек", "1,2 млн", 1.2e6, "count", N, 1e6, N),
    ("ru", "потери составили 1,2 млн¹² человек", "¹²", 12, "reference", N, N, N),
    ("ru", "стоимость 300 рублей⁴ за тонну", "300 рублей", 300, "money", "RUB", N, N),
    ("ru", "стоимость 300 рублей⁴ за тонну", "⁴", 4, "reference", N, N, N),
    ("kk", "Өсім 30 пайыз² болды", "30 пайыз", 30, "percent", "%", N, N),
    ("en", "a 5 km² area", "5 km²", 5, "quantity", "km2", N, N),
    # ---------------------------------------------------------- a.m. / p.m.
    ("en", "The doors open at 7 p.m. sharp.", "7 p.m.", 19, "other", N, N, N),
    ("en", "The ceasefire began at 4:45 a.m. local time", "4:45 a.m.", 4.75, "other", N, N, N),
    ("en", "flights resume at 12:15 p.m. tomorrow", "12:15 p.m.", 12.25, "other", N, N, N),
    ("en", "the vigil ends at 12 a.m. on Sunday", "12 a.m.", 0, "other", N, N, N),
    ("en", "the shop closes at 9pm daily", "9pm", 21, "other", N, N, N),
    # ---------------------------------------------------------- composite money
    (
        "ru",
        "доходы составят 3 трлн 512,4 млрд рублей",
        "3 трлн 512,4 млрд рублей",
        3.5124e12,
        "money",
        "RUB",
        1e12,
        N,
    ),
    (
        "kk",
        "шығыстар 2 трлн 87,3 млрд теңге",
        "2 трлн 87,3 млрд теңге",
        2.0873e12,
        "money",
        "KZT",
        1e12,
        N,
    ),
    # ---------------------------------------------------------- glued scale abbreviations
    ("en", "a budget of £3.2m for schools", "£3.2m", 3.2e6, "money", "GBP", 1e6, N),
    ("en", "it raised $4bn in bonds", "$4bn", 4e9, "money", "USD", 1e9, N),
    ("en", "a €1.25bn loan", "€1.25bn", 1.25e9, "money", "EUR", 1e9, N),
    ("en", "some 8m people voted", "8m", 8e6, "count", N, 1e6, N),
    ("en", "a 3m wall", "3m", 3, "quantity", "m", N, N),
    # ---------------------------------------------------------- Indonesian
    ("id", "Ekspor pada kuartal III-2022 naik.", "III", 3, "ordinal", N, N, N),
    ("id", "Ekspor pada kuartal III-2022 naik.", "2022", 2022, "year", N, N, N),
    ("id", "Sebagian dana, sepertiganya untuk jalan.", "sepertiganya", 1 / 3, "other", N, N, N),
    (
        "id",
        "naik dari 12,5 ribu keluarga menjadi 14,1 ribu keluarga.",
        "12,5 ribu keluarga menjadi 14,1 ribu",
        12500,
        "range",
        N,
        1e3,
        14100,
    ),
    ("id", "Kerajaan itu berdiri pada tahun 732 Masehi.", "732", 732, "year", N, N, N),
    ("en", "The city was founded in 753 BC.", "753", 753, "year", N, N, N),
    ("ru", "около 480 г. до н. э. город пал", "480", 480, "year", N, N, N),
    # ---------------------------------------------------------- fractions
    ("ru", "более трети жителей уехали", "трети", 1 / 3, "other", N, N, N),
    ("ru", "четверть века спустя", "четверть", 0.25, "other", N, N, N),
    ("ru", "с третью бюджета", "третью", 1 / 3, "other", N, N, N),
    ("ru", "две трети голосов", "две трети", 2 / 3, "other", N, N, N),
    ("en", "nearly a fifth of the budget", "a fifth", 0.2, "other", N, N, N),
    ("en", "about a tenth of voters", "a tenth", 0.1, "other", N, N, N),
    # ---------------------------------------------------------- Kazakh hyphenated nouns
    ("kk", "Ол 7-сыныпқа барды.", "7", 7, "identifier", N, N, N),
    ("kk", "Оқушылар 11-сыныпты бітірді.", "11", 11, "identifier", N, N, N),
    ("kk", "Мәслихаттың 5-сессиясында шешім қабылданды.", "5", 5, "ordinal", N, N, N),
    ("kk", "Ассамблеяның 30-сессиясы өтті.", "30", 30, "ordinal", N, N, N),
    # ---------------------------------------------------------- ages
    ("kk", "Ауылдағы 15 жасар бала жеңді.", "15 жасар", 15, "quantity", "year", N, N),
    ("kk", "Ол 70 жасқа толды.", "70 жасқа", 70, "quantity", "year", N, N),
    ("en", "He died in Vienna, aged 56.", "56", 56, "quantity", "year", N, N),
    ("en", "Entry is free for children under 5.", "5", 5, "quantity", "year", N, N),
    ("en", "Adults over 65 pay half.", "65", 65, "quantity", "year", N, N),
    ("id", "Ia meninggal dunia berusia 72 di Bandung.", "72", 72, "quantity", "year", N, N),
    ("en", "costs fell under 5 percent", "5 percent", 5, "percent", "%", N, N),
    # ---------------------------------------------------------- identifiers
    ("ru", "в соответствии со статьей 81 Трудового кодекса", "81", 81, "identifier", N, N, N),
    ("ru", "предусмотренных статьями 14 и 15", "14", 14, "identifier", N, N, N),
    ("en", "under Resolution 242 of the Council", "242", 242, "identifier", N, N, N),
    ("ru", "по резолюции 1973 Совета Безопасности", "1973", 1973, "identifier", N, N, N),
    ("ru", "ремонт автодороги М-4 «Дон»", "М-4", 4, "identifier", N, N, N),
    ("en", "traffic on the M-25 motorway", "M-25", 25, "identifier", N, N, N),
    ("en", "an A-5 sheet of paper", "5", 5, "other", N, N, N),
    ("kk", "Шығармалар жинағы. 3-том.", "3", 3, "identifier", N, N, N),
    # ---------------------------------------------------------- more times and ranges
    ("en", "open from 8 a.m. to 6 p.m. on weekdays", "8 a.m. to 6 p.m.", 8, "range", N, N, 18),
    ("en", "talks ran 9:15 a.m.-1:45 p.m.", "9:15 a.m.-1:45 p.m.", 9.25, "range", N, N, 13.75),
    ("ru", "участников: 800–12000 человек", "800–12000", 800, "range", N, N, 12000),
    ("ru", "Численность: 1000–15000 человек.", "1000–15000", 1000, "range", N, N, 15000),
    ("en", "in 1941 – 45 the front moved", "1941 – 45", 1941, "range", N, N, 1945),
    # a citation's region ends with its tail
    (
        "ru",
        "Источник: Росстат, 2023. Данные за 2022 г. уточнены.",
        "2023",
        2023,
        "reference",
        N,
        N,
        N,
    ),
    ("ru", "Источник: Росстат, 2023. Данные за 2022 г. уточнены.", "2022", 2022, "year", N, N, N),
    ("ru", "См.: Правда. 1929. 7 ноября.", "1929", 1929, "reference", N, N, N),
    ("en", "See chapter 2 and vol. 3, p. 19.", "3", 3, "reference", N, N, N),
    ("ru", "предусмотрено статьями 8 и 9 закона", "9", 9, "identifier", N, N, N),
    ("en", "Articles 3, 4 and 7 of the Treaty", "7", 7, "identifier", N, N, N),
    ("en", "Route 66 crosses eight states", "66", 66, "identifier", N, N, N),
    (
        "id",
        "melemah 0,5 persen menjadi Rp 15.700 per dolar AS",
        "Rp 15.700",
        15700,
        "money",
        "IDR",
        N,
        N,
    ),
    (
        "id",
        "melemah 0,5 persen menjadi Rp 15.700 per dolar AS",
        "0,5 persen",
        0.5,
        "percent",
        "%",
        N,
        N,
    ),
    ("en", "the population grew by a tenth.", "a tenth", 0.1, "other", N, N, N),
    ("en", "Turnout: 1997 – 71.4%, 2001 – 59.4%.", "2001", 2001, "year", N, N, N),
    ("en", "Turnout: 1997 – 71.4%, 2001 – 59.4%.", "59.4%", 59.4, "percent", "%", N, N),
    ("en", "elected in 1999 at the age of 38", "38", 38, "quantity", "year", N, N),
    ("kk", "Қазақ тарихы. – Астана, 2020. – 312 б.", "2020", 2020, "reference", N, N, N),
    ("kk", "Қазақ тарихы. – Астана, 2020. – 312 б.", "312", 312, "reference", N, N, N),
    ("id", "Murid kelas 4 mengikuti lomba.", "4", 4, "identifier", N, N, N),
    ("kk", "Қаладағы 37-мектептің оқушылары", "37", 37, "identifier", N, N, N),
    (
        "id",
        "8 Taufik Abdullah, Sejarah Lokal (Yogyakarta: Gadjah Mada, 1990), hlm. 41.",
        "8",
        8,
        "reference",
        N,
        N,
        N,
    ),
]

# (lang, text, surfaces that must NOT be found)
NO_MENTION: list[tuple[str, str, tuple[str, ...]]] = [
    ("en", "written by V. I. Lenin in exile", ("V", "I")),
    ("en", "I saw Kharkiv. I think so.", ("I",)),
    ("en", "the CP(b)U and the VSNKh", ("C",)),
    ("en", "one of the biggest cities; thousands of people", ("one", "thousands")),
    ("en", "In October the city", ("October",)),
    ("kk", "бірнеше мың метр мата", ("мың",)),
    ("kk", "Сонымен бірге ол бір уақытта келді", ("бір",)),
    ("kk", "жартылай көшпелі шаруашылық", ("жартылай",)),
    ("ru", "десятки миллиардов рублей", ("миллиардов рублей",)),
    ("id", "satu-satunya jalan; ratusan orang", ("satu", "ratusan")),
    ("id", "pada Pleno November Komite", ("November",)),
    ("ru", "трехдневным визитом", ("трехдневным",)),
    ("en", "she won a fifth term; the third time", ("a fifth", "third")),
    ("kk", "Жұмыссыздар саны, мың адам: 2019 – 441,0", ("мың",)),
]


def _find(df: pd.DataFrame, surface: str) -> pd.Series:
    hit = df[df["surface"] == surface]
    assert len(hit) >= 1, f"{surface!r} not found in {df['surface'].tolist()}"
    return hit.iloc[0]


def _same(got: float, want: float | None) -> bool:
    if want is None:
        return bool(pd.isna(got))
    return not pd.isna(got) and math.isclose(float(got), float(want), rel_tol=1e-4)


@pytest.mark.parametrize(
    ("lang", "text", "surface", "value", "kind", "unit", "scale", "range_end"),
    CASES,
    ids=[f"{c[0]}-{i}-{c[2]}" for i, c in enumerate(CASES)],
)
def test_rule_case(lang, text, surface, value, kind, unit, scale, range_end) -> None:
    df = extract_mentions(text, lang)
    row = _find(df, surface)
    assert text[row["start"] : row["end"]] == surface
    assert _same(row["value"], value), (row["value"], value)
    assert row["kind"] == kind, (row["kind"], kind)
    assert row["unit"] == unit, (row["unit"], unit)
    assert _same(row["scale"], scale), (row["scale"], scale)
    assert _same(row["range_end"], range_end), (row["range_end"], range_end)


@pytest.mark.parametrize(("lang", "text", "absent"), NO_MENTION)
def test_not_a_mention(lang: str, text: str, absent: tuple[str, ...]) -> None:
    surfaces = set(extract_mentions(text, lang)["surface"])
    assert not surfaces & set(absent), surfaces


def test_same_text_under_lang_none_finds_mentions() -> None:
    df = extract_mentions("В 2024 году 5 млн россиян, 70% dari 1 558 927 people.")
    assert {"2024", "5 млн", "70%", "1 558 927"} <= set(df["surface"])


def test_columns_and_dtypes() -> None:
    df = extract_mentions("about 5 km in 1943", "en")
    assert tuple(df.columns[:8]) == MENTION_COLUMNS
    assert str(df["start"].dtype) == "int64" and str(df["value"].dtype) == "float64"
    empty = extract_mentions("", "ru")
    assert tuple(empty.columns) == MENTION_COLUMNS and len(empty) == 0
    assert str(empty["scale"].dtype) == "float64"


@pytest.mark.parametrize("bad", ["de", "english", "RU-ru", 5])
def test_invalid_lang(bad) -> None:
    with pytest.raises(ValueError, match="lang"):
        extract_mentions("1943", bad)


@pytest.mark.parametrize("ok", [None, "und", "ru", "KK", "id", "en"])
def test_valid_lang(ok) -> None:
    assert list(extract_mentions("в 1943 году", ok)["surface"]) == ["1943"]


def test_numeric_mentions_corpus() -> None:
    corpus = pd.DataFrame(
        {
            "doc_id": [1, 2, 3],
            "lang": ["ru", "und", "en"],
            "text": ["в 2024 году", "", "four candidates and 5 km"],
        }
    )
    out = numeric_mentions(corpus, progress=False)
    assert list(out.columns[:10]) == ["doc_id", "lang", *MENTION_COLUMNS]
    assert out["doc_id"].tolist() == [1, 3, 3]
    assert out["surface"].tolist() == ["2024", "four", "5 km"]
    empty = numeric_mentions(corpus.iloc[1:2])
    assert list(empty.columns[:10]) == ["doc_id", "lang", *MENTION_COLUMNS] and empty.empty
