"""Families of phrasing fixed on the fourth Russian development set (``mentions_dev_ru4``).

Each family has short sentences of its own (not taken from the set), in every language
that has the family, with the expected span, value, kind and unit checked by hand; the
last test keeps the set's scores above a floor.
"""

from __future__ import annotations

import math

import pytest

from analysis.mentions import extract_mentions

#: (lang, text, surface, value, kind, unit); value None for a null value.
Case = tuple[str, str, str, float | None, str, str | None]

UNITS: list[Case] = [
    ("ru", "На пирог кладут 12 золотников дрожжей.", "12 золотников", 12, "quantity", "zolotnik"),
    ("ru", "Намыли 3,5 золотника шлихового золота.", "3,5 золотника", 3.5, "quantity", "zolotnik"),
    ("ru", "В бочку входит 40 вёдер воды.", "40 вёдер", 40, "quantity", "vedro"),
    ("ru", "Купили 2 штофа водки.", "2 штофа", 2, "quantity", "shtof"),
    ("ru", "Колодец глубиной 7 саж., вода чистая.", "7 саж.", 7, "quantity", "sazhen"),
    ("ru", "Под огородом 600 квадратных сажен.", "600 квадратных сажен", 600, "quantity", "sazhen2"),
    ("ru", "Продаётся 75 дес. луга.", "75 дес.", 75, "quantity", "desyatina"),
    ("ru", "Длина дороги 1 230 в. по прямой.", "1 230 в.", 1230, "quantity", "verst"),
    ("ru", "Крепость стояла три столетия.", "три столетия", 3, "quantity", "century"),
    ("ru", "За 5 веков город изменился.", "5 веков", 5, "quantity", "century"),
    ("en", "The abbey stood for two centuries.", "two centuries", 2, "quantity", "century"),
    ("id", "Candi itu berdiri selama tiga abad.", "tiga abad", 3, "quantity", "century"),
    ("kk", "Қала екі ғасыр бойы өсті.", "екі ғасыр", 2, "quantity", "century"),
    ("ru", "Курс рассчитан на 2 семестра.", "2 семестра", 2, "quantity", "semester"),
    ("en", "The course lasts 2 semesters.", "2 semesters", 2, "quantity", "semester"),
    ("ru", "Пошлина — 3 евро за 1 см³ объёма.", "1 см³", 1, "quantity", "cm3"),
    ("ru", "Приток составил 12 л/с.", "12 л/с", 12, "quantity", "l/s"),
    ("en", "The spring yields 3.5 l/s of water.", "3.5 l/s", 3.5, "quantity", "l/s"),
    ("ru", "Содержание золота 4,2 г/т в среднем.", "4,2 г/т", 4.2, "quantity", "g/t"),
    ("en", "Gold grades of 2.1 g/t were found.", "2.1 g/t", 2.1, "quantity", "g/t"),
    ("ru", "Запас древесины 310 м³/га в ельниках.", "310 м³/га", 310, "quantity", "m3/ha"),
    ("ru", "Берег отступает на 1,5–2 мм/год.", "1,5–2 мм/год", 1.5, "range", "mm/year"),
    ("en", "The coast rises 4 mm/yr on average.", "4 mm/yr", 4, "quantity", "mm/year"),
]

#: Readings that must stay as they were (the families' neighbours).
UNITS_KEEP: list[Case] = [
    ("ru", "Храм построен в 17 веке.", "17", 17, "ordinal", None),
    ("ru", "За четверть века город вырос.", "четверть", 0.25, "other", None),
]


READINGS: list[Case] = [
    ("ru", "Серебро: проба 875, вес 12 г.", "875", 875, "other", None),
    ("ru", "Полнота 0,8; запас 200 м³.", "0,8", 0.8, "other", None),
    ("ru", "Марка с зубцовкой 11½ × 12 известна.", "11½", 11.5, "other", None),
    ("ru", "Марка с зубцовкой 11½ × 12 известна.", "12", 12, "other", None),
    ("ru", "Шкала: «5» — отлично, «4» — хорошо.", "4", 4, "other", None),
    ("ru", "Получил отметку «3» по физике.", "3", 3, "other", None),
    ("kk", "Бағалау: «5» — өте жақсы.", "5", 5, "other", None),
    ("ru", "Рейтинг шахматиста по Эло — 2 810.", "2 810", 2810, "other", None),
    ("ru", "Облигации котировались по 97½.", "97½", 97.5, "other", None),
    ("ru", "Заём размещён по курсу 92; остальное — позже.", "92", 92, "other", None),
    ("en", "His Elo rating reached 2,650.", "2,650", 2650, "other", None),
    ("en", "The bonds were quoted at 101.", "101", 101, "other", None),
    ("id", "Siswa itu mendapat nilai 8 dari guru.", "8", 8, "other", None),
]

READINGS_KEEP: list[Case] = [
    ("ru", "В рейтинг вошли 15 компаний.", "15", 15, "count", None),
    ("ru", "Курс: 1 доллар за 30 рублей.", "1 доллар", 1, "money", "USD"),
]


IDENTIFIERS: list[Case] = [
    ("ru", "Его приняли во 2-й класс гимназии.", "2-й", 2, "identifier", None),
    ("ru", "Стипендия студента 3-го курса выросла.", "3-го", 3, "identifier", None),
    ("ru", "Ученик VII класса победил.", "VII", 7, "identifier", None),
    ("ru", "Как предусмотрено статьёй 4 договора.", "4", 4, "identifier", None),
    ("ru", "Отряд вышел к точке 2 маршрута.", "2", 2, "identifier", None),
    ("ru", "Лесосека: выдел 7, площадь 3 га.", "7", 7, "identifier", None),
    ("ru", "Ошибка в марке (позиция 14 листа).", "14", 14, "identifier", None),
    ("ru", "Писать по адресу: Садовая, 12, кв. 5.", "12", 12, "identifier", None),
    ("ru", "Ельник, бонитет III, возраст 60 лет.", "III", 3, "identifier", None),
    ("ru", "Отходы III–IV класса опасности вывозят.", "III–IV", 3, "identifier", None),
    ("ru", "Согласно § 12 устава собрание созывается.", "§ 12", 12, "identifier", None),
    ("ru", "Продаются дома №№ 5 и 7.", "№№ 5", 5, "identifier", None),
    ("ru", "Экспонат (Инв. № ЖС-118) выставлен.", "№ ЖС-118", 118, "identifier", None),
    ("id", "Pos pengamatan di titik 3 ditutup.", "3", 3, "identifier", None),
]

IDENTIFIERS_KEEP: list[Case] = [
    ("ru", "Назначен 3-й курс лечения.", "3-й", 3, "ordinal", None),
    ("ru", "Это случилось в XIX–XX вв.", "XIX–XX", 19, "range", None),
]


LETTER_CODES: list[Case] = [
    ("ru", "Бурение скважины КС-7 завершено.", "КС-7", 7, "identifier", None),
    ("ru", "Продаю ГАЗ-3110 в хорошем состоянии.", "ГАЗ-3110", 3110, "identifier", None),
    ("ru", "Предмет хранится под шифром ОФ-1234/5.", "ОФ-1234/5", 1234, "identifier", None),
    ("ru", "Судно (бортовой № МК-0456) вышло в рейс.", "№ МК-0456", 456, "identifier", None),
]

LETTER_CODES_KEEP: list[Case] = [
    ("ru", "Бензин АИ-95 подорожал.", "95", 95, "other", None),
    ("ru", "Итоги ЕГЭ-2024 объявлены.", "2024", 2024, "year", None),
]


CURRENCY_WORDS: list[Case] = [
    ("ru", "Репарации составили 132 млрд марок.", "132 млрд марок", 132e9, "money", "DEM"),
    ("ru", "Заём на 500 млн франков размещён.", "500 млн франков", 500e6, "money", "FRF"),
    ("ru", "Продаю дачу, цена 120 т. р., торг.", "120 т. р.", 120_000, "money", "RUB"),
    ("ru", "Ноутбук за 850 у. е. в отличном состоянии.", "850 у. е.", 850, "money", "USD"),
    ("ru", "Выпуск 3-рублёвых монет прекращён.", "3-рублёвых", 3, "money", "RUB"),
    ("ru", "Ему дали 100-долларовую купюру.", "100-долларовую", 100, "money", "USD"),
]

CURRENCY_WORDS_KEEP: list[Case] = [
    ("ru", "Он купил 20 марок для коллекции.", "20", 20, "count", None),
    ("ru", "Вывезли 5 т. руды.", "5 т.", 5, "quantity", "t"),
]


METRE_BEFORE_DASH: list[Case] = [
    ("ru", "Глубины: 0–3 м — торф, 3–9 м — глина.", "3–9 м", 3, "range", "m"),
    ("ru", "В беге на 1 500 м — новый рекорд.", "1 500 м", 1500, "quantity", "m"),
    ("en", "In the 400 m — the last race — he won.", "400 m", 400, "quantity", "m"),
]


ELIDED_CURRENCY: list[Case] = [
    ("ru", "Кредит — 40 млн долл., из них 25 млн выплачены.", "25 млн", 25e6, "money", "USD"),
    ("ru", "Доходы — 9,2 млрд руб., расходы — 9,8 млрд.", "9,8 млрд", 9.8e9, "money", "RUB"),
    ("en", "It sold for $80 million, against an estimate of 60 million.", "60 million", 60e6, "money", "USD"),
]

ELIDED_CURRENCY_KEEP: list[Case] = [
    ("ru", "Бюджет — 5 млрд руб., в городе 2 млн жителей.", "2 млн", 2e6, "count", None),
]


DEGREES: list[Case] = [
    ("ru", "Мыс лежит на 77°43′ с. ш.", "77°43′", 77 + 43 / 60, "quantity", "deg"),
    ("ru", "Точка: 55°45′20″ с. ш.", "55°45′20″", 55 + 45 / 60 + 20 / 3600, "quantity", "deg"),
    ("en", "The ship was in lat. 12° 30′ S.", "12° 30′", 12.5, "quantity", "deg"),
    ("id", "Pulau itu terletak pada 6°10′ LS.", "6°10′", 6 + 10 / 60, "quantity", "deg"),
    ("kk", "Қала 51°10′ с. е. бойында жатыр.", "51°10′", 51 + 10 / 60, "quantity", "deg"),
    ("ru", "Температура воды +3,5°, волнение слабое.", "+3,5°", 3.5, "quantity", "degC"),
    ("ru", "Спирт крепостью в 96° разбавили.", "96°", 96, "percent", "%"),
    ("ru", "Склон под углом 35° к долине.", "35°", 35, "quantity", "deg"),
    ("ru", "Бутылка 40-градусной водки.", "40-градусной", 40, "percent", "%"),
    ("ru", "Ударил 35-градусный мороз.", "35-градусный", 35, "quantity", "degC"),
]

DEGREES_KEEP: list[Case] = [
    ("ru", "Вода нагрета до 80 °C.", "80 °C", 80, "quantity", "degC"),
    ("ru", "В Томске было 45° по Реомюру.", "45° по Реомюру", 45, "quantity", "degRe"),
]


_CAT_RU = "Левитан И. И. (1860–1900). Золотая осень. 1895. Холст, масло. 82 × 126 см. Инв. 1488."
_CAT_EN = "Levitan I. I. (1860–1900). Golden Autumn. 1895. Oil on canvas. 82 × 126 cm. Inv. 1488."
CATALOGUE: list[Case] = [
    ("ru", _CAT_RU, "1860–1900", 1860, "range", None),
    ("ru", _CAT_RU, "1895", 1895, "year", None),
    ("ru", _CAT_RU, "126 см", 126, "quantity", "cm"),
    ("ru", _CAT_RU, "1488", 1488, "identifier", None),
    ("en", _CAT_EN, "1895", 1895, "year", None),
    ("en", _CAT_EN, "126 cm", 126, "quantity", "cm"),
]


CLOCK_ERA_TAX: list[Case] = [
    ("ru", "Вышли в 6 ч утра.", "6 ч", 6, "other", "hour"),
    ("ru", "Приём до 17.30, звонить после 18.00.", "18.00", 18, "other", None),
    ("ru", "Лета 7150-го поставлена церковь.", "7150", 7150, "year", None),
    ("ru", "Писано в лето 7201 месяца марта.", "7201", 7201, "year", None),
    ("ru", "Справка по форме 2-НДФЛ выдана.", "2-НДФЛ", 2, "identifier", None),
    ("ru", "Платёж: КБК 18210601020041000110, ОКТМО 45000000.", "18210601020041000110",
     18210601020041000110, "identifier", None),
    ("ru", "Итого: 4500-00 руб.", "4500-00 руб.", 4500, "money", "RUB"),
]

CLOCK_ERA_TAX_KEEP: list[Case] = [
    ("ru", "Работали по 8 ч в день.", "8 ч", 8, "quantity", "hour"),
    ("ru", "Издание в 5-ТИ томах.", "5", 5, "count", None),
]


def _check(case: Case) -> None:
    lang, text, surface, value, kind, unit = case
    df = extract_mentions(text, lang, strict=True)
    hit = df[df["surface"] == surface]
    assert len(hit) == 1, df[["surface", "value", "kind", "unit"]].values.tolist()
    row = hit.iloc[0]
    if value is None:
        assert math.isnan(row["value"]), row.to_dict()
    else:
        assert row["value"] == pytest.approx(value, rel=1e-4), row.to_dict()
    assert row["kind"] == kind, row.to_dict()
    if unit is not None or kind in ("count", "ordinal", "identifier", "year"):
        assert row["unit"] == unit, row.to_dict()


@pytest.mark.parametrize("case", UNITS + UNITS_KEEP, ids=lambda c: c[2])
def test_units(case: Case) -> None:
    _check(case)



@pytest.mark.parametrize("case", READINGS + READINGS_KEEP, ids=lambda c: c[2])
def test_readings(case: Case) -> None:
    _check(case)


@pytest.mark.parametrize("case", IDENTIFIERS + IDENTIFIERS_KEEP, ids=lambda c: c[2])
def test_identifiers(case: Case) -> None:
    _check(case)


@pytest.mark.parametrize("case", LETTER_CODES + LETTER_CODES_KEEP, ids=lambda c: c[2])
def test_letter_codes(case: Case) -> None:
    _check(case)


@pytest.mark.parametrize("case", CURRENCY_WORDS + CURRENCY_WORDS_KEEP, ids=lambda c: c[2])
def test_currency_words(case: Case) -> None:
    _check(case)


@pytest.mark.parametrize("case", METRE_BEFORE_DASH, ids=lambda c: c[2])
def test_metre_before_dash(case: Case) -> None:
    _check(case)


@pytest.mark.parametrize("case", ELIDED_CURRENCY + ELIDED_CURRENCY_KEEP, ids=lambda c: c[2])
def test_elided_currency(case: Case) -> None:
    _check(case)


@pytest.mark.parametrize("case", DEGREES + DEGREES_KEEP, ids=lambda c: c[2])
def test_degrees(case: Case) -> None:
    _check(case)


@pytest.mark.parametrize("case", CATALOGUE, ids=lambda c: f"{c[0]}-{c[2]}")
def test_catalogue_line(case: Case) -> None:
    _check(case)


@pytest.mark.parametrize("case", CLOCK_ERA_TAX + CLOCK_ERA_TAX_KEEP, ids=lambda c: c[2])
def test_clock_era_tax(case: Case) -> None:
    _check(case)
