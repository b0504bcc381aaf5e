"""Known phrasing families the extractor missed, each seen in a development set's gold.

One or more short sentences per family and language, with hand-checked spans, kinds,
values and units; the conventions follow the docstrings of the development-set build
scripts (tests/data/mentions_dev_*/build_*.py).  ``present`` lists mentions that must be
found exactly as given; ``absent`` lists surfaces that must not be a mention.
"""

from __future__ import annotations

import pytest
from mention_checks import found

# (lang, text, present: [(surface, kind, value, unit)], absent: [surface])
CASES: dict[str, list[tuple[str, str, list[tuple[str, str, float, str | None]], list[str]]]] = {
    "unit_adjectives": [
        ("ru", "Тариф на перевозку 20-футового контейнера вырос.",
         [("20-футового", "quantity", 20, "ft")], ["20"]),
        ("ru", "Мощность дозы в 30-километровой зоне превышала норму.",
         [("30-километровой", "quantity", 30, "km")], []),
        ("ru", "1 860 тракторов (в 15-сильном исчислении — 3 412).",
         [("15-сильном", "quantity", 15, "hp"), ("3 412", "count", 3412, None)], []),
        ("ru", "Сдан 16-этажный жилой дом.", [("16", "count", 16, None)], ["16-этажный"]),
        ("ru", "Завод выпускает 5-тонные грузовики.", [("5-тонные", "quantity", 5, "t")], []),
        ("en", "They walked the 5-mile trail.", [("5-mile", "quantity", 5, "mile")], []),
        ("en", "A 10-ton truck overturned.", [("10-ton", "quantity", 10, "t")], []),
        ("en", "A 20-foot container.", [("20-foot", "quantity", 20, "ft")], []),
    ],
    "shared_slash": [
        ("ru", "АД 160/95 мм рт. ст., пульс 96 уд/мин.",
         [("160", "quantity", 160, "mmHg"), ("95 мм рт. ст.", "quantity", 95, "mmHg")], []),
        ("en", "Mean blood pressure was 152/94 mmHg at entry.",
         [("152", "quantity", 152, "mmHg"), ("94 mmHg", "quantity", 94, "mmHg")], []),
        ("ru", "Доза — 250 мг/5 мл суспензии.",
         [("250 мг", "quantity", 250, "mg"), ("5 мл", "quantity", 5, "ml")], []),
        ("en", "A 3/4 inch pipe.", [("3/4 inch", "quantity", 0.75, "inch")], ["3"]),
    ],
    "mean_deviation": [
        ("ru", "Уровень составил 24,6 ± 3,1 пг/мл против 8,2 ± 1,7 пг/мл в контроле.",
         [("24,6", "quantity", 24.6, "pg/ml"), ("3,1 пг/мл", "quantity", 3.1, "pg/ml"),
          ("8,2", "quantity", 8.2, "pg/ml"), ("1,7 пг/мл", "quantity", 1.7, "pg/ml")], []),
        ("en", "The mean dose was 12.4 ± 2.1 mg per day.",
         # the rate denominator is part of the shared unit ("mg per day" -> mg/d)
         [("12.4", "quantity", 12.4, "mg/d"), ("2.1 mg per day", "quantity", 2.1, "mg/d")], []),
        ("en", "Weight fell by 5.0±0.3 kg.",
         [("5.0", "quantity", 5.0, "kg"), ("0.3 kg", "quantity", 0.3, "kg")], []),
    ],
    "elided_unit": [
        ("ru", "Строители уложились в 11 месяцев вместо 14 по нормативу.",
         [("11 месяцев", "quantity", 11, "month"), ("14", "quantity", 14, "month")], []),
        ("ru", "Она обслуживала 144 станка вместо 16 по норме.",
         [("144", "count", 144, None), ("16", "count", 16, None)], []),
        ("ru", "Рост составил 12 % против 1939 г.",
         [("12 %", "percent", 12, "%"), ("1939", "year", 1939, None)], []),
        ("en", "The garrison held out for nine days instead of two.",
         [("nine days", "quantity", 9, "day"), ("two", "quantity", 2, "day")], []),
        ("en", "Output rose to 20 tons against 14 in 1913.",
         [("20 tons", "quantity", 20, "t"), ("14", "quantity", 14, "t")], []),
    ],
    "ages": [
        ("en", "She died in 1947 aged eighty-six.", [("eighty-six", "quantity", 86, "year")], []),
        ("en", "Aged sixty-five, he retired.", [("sixty-five", "quantity", 65, "year")], []),
        ("en", "He died at the age of seventy-three.",
         [("seventy-three", "quantity", 73, "year")], []),
        ("en", "He was killed at Mons, aged 17.", [("17", "quantity", 17, "year")], []),
        ("en", "He died at the age of 73.", [("73", "quantity", 73, "year")], []),
    ],
    "magnitudes": [
        ("id", "BREAKING: Gempa M 6,2 guncang Mamuju pukul 02.28 WIB.",
         [("M 6,2", "other", 6.2, "magnitude")], ["6,2"]),
        ("id", "Tsunami dipicu gempa M 9,1 di kedalaman 30 km.",
         [("M 9,1", "other", 9.1, "magnitude"), ("30 km", "quantity", 30, "km")], []),
        ("id", "Gempa magnitudo 6,4 mengguncang Pidie Jaya.",
         [("6,4", "other", 6.4, "magnitude")], []),
        ("id", "Gempa magnitudo 5,6 SR mengguncang Cianjur.",
         [("5,6 SR", "other", 5.6, "magnitude")], []),
        ("en", "A magnitude 7.8 earthquake struck Nepal.", [("7.8", "other", 7.8, "magnitude")], []),
        ("ru", "Землетрясение магнитудой 7,4 произошло у побережья.",
         [("7,4", "other", 7.4, "magnitude")], []),
        ("en", "Size M 5 shirts.", [("5", "count", 5, None)], ["M 5"]),
    ],
    "id_news_dates": [
        ("id", "Pemungutan suara ulang pada Sabtu (24/2) karena 3 pemilih ikut.",
         [("24/2", "date", float("nan"), None), ("3", "count", 3, None)], ["24"]),
        ("id", "Banjir melanda Demak sejak Kamis (8/2).", [("8/2", "date", float("nan"), None)], []),
        ("id", "Posyandu buka setiap tanggal 10 mulai pukul 08.00.",
         [("10", "date", float("nan"), None)], []),
        ("id", "Puasa Tasua tanggal 9; zakat fitrah 2,5 kg beras.",
         [("9", "date", float("nan"), None), ("2,5 kg", "quantity", 2.5, "kg")], []),
        ("id", "Pada tanggal 8 Maret 1942 Jepang mendarat.",
         [("8 Maret 1942", "date", 1942, None)], ["8"]),
    ],
    "roman_names_years": [
        ("id", "Heeren XVII di Amsterdam baru menerima kabarnya.", [("XVII", "other", 17, None)], []),
        ("id", "Laporan tahunan PTPN XI 2022 mencatat giling tebu.",
         [("XI", "other", 11, None), ("2022", "year", 2022, None)], []),
        ("id", "Selama Pelita III produksi naik.", [("III", "ordinal", 3, None)], []),
        ("en", "The tower was rebuilt in MDCCCXLII, as the inscription records.",
         [("MDCCCXLII", "year", 1842, None)], []),
        ("ru", "Собор построен в MDCCCXII году.", [("MDCCCXII", "year", 1812, None)], []),
        ("en", "MILD weather; MDX and MCC are codes.", [], ["MILD", "MDX", "MCC"]),
    ],
    "dollars_cents_apart": [
        ("en", "Flour, superfine, $5 50 a $5 75 per bbl.; Wheat, $1.05 a $1.10 per bushel.",
         [("$5 50 a $5 75", "range", 5.5, "USD"), ("$1.05 a $1.10", "range", 1.05, "USD")], []),
        ("en", "Corn, $0 62 per bushel.", [("$0 62", "money", 0.62, "USD")], []),
        ("en", "He paid $5 50 men to dig.", [("$5", "money", 5, "USD")], ["$5 50"]),
    ],
    "degrees_minutes": [
        ("en", "The brig Hope, 31 days out, in lat. 41° 20′ N.",
         [("31 days", "quantity", 31, "day"), ("41° 20′", "quantity", 41 + 20 / 60, "deg")], ["41"]),
        ("ru", "Координаты: 55°45′ с. ш.", [("55°45′", "quantity", 55.75, "deg")], []),
        ("en", "Heat it to 30°C.", [("30°C", "quantity", 30, "degC")], []),
    ],
    "kk_one_and_approx": [
        ("kk", "Бір еңбеккүнге 1,2 кг астық тиді.",
         [("Бір", "count", 1, None), ("1,2 кг", "quantity", 1.2, "kg")], []),
        ("kk", "«Қазақ» газетінің бір нөмірі 5 тиын тұрды.", [("бір", "count", 1, None)], []),
        ("kk", "Сиырды бір қап ұнға айырбастады.", [("бір", "count", 1, None)], []),
        ("kk", "Тағы бір мектеп ашылды.", [], ["бір"]),
        ("kk", "Ол кезде бір қорап сіріңке 40 тиын болатын.",
         [("бір", "count", 1, None), ("40 тиын", "money", 0.4, "KZT")], []),
        ("kk", "Олардың 22 мыңдайы атылды.", [("22 мыңдайы", "count", 22000, None)], []),
        ("kk", "Олардың бір жарым мыңдайы кейін оралды.",
         [("бір жарым мыңдайы", "count", 1500, None)], []),
    ],
}


def _params():
    for family, cases in CASES.items():
        for k, case in enumerate(cases):
            yield pytest.param(*case, id=f"{family}-{case[0]}-{k}")


@pytest.mark.parametrize(("lang", "text", "present", "absent"), list(_params()))
def test_known_family(lang, text, present, absent):
    got = found(lang, text)
    for surface, kind, value, unit in present:
        hits = [g for g in got if g[0] == surface]
        assert hits, (surface, got)
        _, k, v, u = hits[0]
        assert (k, u) == (kind, unit), (surface, got)
        assert v == pytest.approx(value, rel=1e-6, nan_ok=True), (surface, got)
    for surface in absent:
        assert surface not in [g[0] for g in got], (surface, got)
