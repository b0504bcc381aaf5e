"""Rules added on the sixth Russian development set (``tests/data/mentions_dev_ru6``):
hand-checked short sentences with value, kind, unit and span, and negative cases."""

from __future__ import annotations

import pytest
from mention_checks import check_kind, check_one, found

from analysis.mentions import extract_mentions

# the rouble sign, Cyrillic unit symbols and kitchen measures after a number
UNIT_CASES = [
    ("Цена 42 990 ₽, торг.", "42 990 ₽", 42990, "money", "RUB"),
    ("Далее 14 ₽/км и 9 ₽/мин.", "14 ₽/км", 14, "money", "RUB"),
    ("Подача — 99₽, включено 3 км.", "99₽", 99, "money", "RUB"),
    ("Плитка сопротивлением 40 Ом включена в сеть.", "40 Ом", 40, "quantity", "ohm"),
    ("При силе тока 5 А? Вычислите.", "5 А", 5, "quantity", "A"),
    ("Напряжение 220 В подаётся на обмотку.", "220 В", 220, "quantity", "V"),
    ("Две лампы мощностью по 100 Вт соединены.", "100 Вт", 100, "quantity", "W"),
    ("Уровень шума не превышает 40 дБ, это тихо.", "40 дБ", 40, "quantity", "dB"),
    ("Версия с 256 ГБ памяти стоит дороже.", "256 ГБ", 256, "quantity", "GB"),
    ("Основная камера на 50 Мп снимает неплохо.", "50 Мп", 50, "quantity", "MP"),
    ("Тяга двигателя 12 000 кгс на взлёте.", "12 000 кгс", 12000, "quantity", "kgf"),
    ("Примите g = 10 м/с² для расчёта.", "10 м/с²", 10, "quantity", "m/s2"),
    ("Расход 7,2 л/100 км по трассе.", "7,2 л/100 км", 7.2, "quantity", "l/100km"),
    ("Добавить 1 ст. л. сахара.", "1 ст. л.", 1, "quantity", "tbsp"),
    ("Положить 2 ч. л. соли.", "2 ч. л.", 2, "quantity", "tsp"),
    ("Томата-пюре 2 столовые ложки, лука 1 головка.", "2 столовые ложки", 2, "quantity", "tbsp"),
    ("Сахара 1 чайная ложка на литр.", "1 чайная ложка", 1, "quantity", "tsp"),
    ("Взять 1 стаканъ теплаго молока.", "1 стаканъ", 1, "quantity", "cup"),
    ("Максимальная суточная доза — 4 г. Принимать после еды.", "4 г", 4, "quantity", "g"),
    ("Цѣна 7 500 р. Видѣть ежедневно.", "7 500 р.", 7500, "money", "RUB"),
    # a vulgar fraction alone before a unit
    ("Печь въ умѣренной печи ¾ часа.", "¾ часа", 0.75, "quantity", "hour"),
    ("Потребуется ½ стакана сахара.", "½ стакана", 0.5, "quantity", "cup"),
    ("Взять ½ кг муки.", "½ кг", 0.5, "quantity", "kg"),
]


@pytest.mark.parametrize(("text", "surface", "value", "kind", "unit"), UNIT_CASES)
def test_unit_symbols(text: str, surface: str, value: float, kind: str, unit: str) -> None:
    check_one("ru", text, surface, value, kind, unit, 1e-9)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Ученики 5 А класса пошли в музей.", "5"),  # a class letter, no ampere
        ("Он живёт в доме 7 В, рядом с парком.", "7"),  # a house letter at most, no volt
        ("В 988 г. Русь приняла крещение.", "988"),  # the year's word, no gram
        ("Около 30 р. Волга разливалась.", "30"),  # "р." before a capital without a price
        ("Осталось ½ от прежнего.", "½"),  # a fraction without a unit
    ],
)
def test_unit_symbols_negative(text: str, surface: str) -> None:
    got = {s: (k, u) for s, k, _, u in found("ru", text)}
    assert surface in got, got
    assert got[surface][1] is None, got


# model and grade codes with Cyrillic letters: one identifier each
CODE_CASES = [
    ("Основной танк Т-72Б3 вооружён пушкой.", "Т-72Б3", float("nan")),
    ("Пушка 2А46М-5 стабилизирована.", "2А46М-5", float("nan")),
    ("Двигатель В-92С2 мощностью 1000 л. с.", "В-92С2", float("nan")),
    ("Самолёт Ил-76МД оснащён четырьмя двигателями.", "Ил-76МД", 76),
    ("Двигатели Д-30КП тягой по 12 000 кгс.", "Д-30КП", 30),
    ("Бетон класса В25 по прочности.", "В25", 25),
    ("Бетон (марка М350) по прочности.", "М350", 350),
    ("Марка по водонепроницаемости W6 — по ГОСТ.", "W6", 6),
]


@pytest.mark.parametrize(("text", "surface", "value"), CODE_CASES)
def test_model_codes(text: str, surface: str, value: float) -> None:
    check_one("ru", text, surface, value, "identifier", None, 1e-9)


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Состав древостоя 7С2Б1Е, бонитет II.", ["7", "2", "1"]),  # a stand composition
        ("Истребитель Су-27 и Су-27Сх.", ["Су-27", "Су-27"]),  # a lower-case word goes on
        ("Формат А4, корпус 5 В.", ["4", "5"]),  # a one-digit size, a building letter
    ],
)
def test_model_codes_negative(text: str, surfaces: list[str]) -> None:
    assert [s for s, _, _, _ in found("ru", text)][: len(surfaces)] == surfaces


# class and grade nouns after a Roman numeral or a range of digits: identifiers
CLASS_CASES = [
    ("Нагрузка для III снегового района составляет 1,5 кПа.", "III", 3, float("nan")),
    ("Между зданиями I и II степени огнестойкости 6 м.", "I", 1, float("nan")),
    ("Между зданиями I и II степени огнестойкости 6 м.", "II", 2, float("nan")),
    ("Отмечены явления I–II степени.", "I–II", 1, 2),
    ("Требуются сварщики 5–6 разряда.", "5–6", 5, 6),
    ("Геометрия. 7–9 классы: учебник.", "7–9", 7, 9),
    ("Сахарный диабет II типа.", "II", 2, float("nan")),
]


@pytest.mark.parametrize(("text", "surface", "value", "end"), CLASS_CASES)
def test_class_nouns(text: str, surface: str, value: float, end: float) -> None:
    check_one("ru", text, surface, value, "identifier", None, 1e-9)
    df = extract_mentions(text, "ru", strict=True)
    got = df.loc[df["surface"] == surface, "range_end"].iloc[0]
    assert (got != got and end != end) or got == end


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("В XX веке всё изменилось.", "XX", "ordinal"),
        ("Пётр I и Екатерина II правили долго.", "II", "ordinal"),
        ("Добавили ещё 2–3 класса к школе.", "2–3", "range"),
    ],
)
def test_class_nouns_negative(text: str, surface: str, kind: str) -> None:
    check_kind("ru", text, surface, kind)


# old-spelling "from" before a "до" range, a clock range before a colon, hyphenated units,
# numbered exercises
MORE_CASES = [
    ("Малолѣтнихъ (отъ 12 до 15 лѣтъ) было много.", "12 до 15 лѣтъ", 12, "range", "year"),
    ("Звонить с 10:00 до 19:00: +7 (812) 407-33-19.", "10:00 до 19:00", 10, "range", None),
    ("Танк вооружён 125-мм гладкоствольной пушкой.", "125-мм", 125, "quantity", "mm"),
    ("Уксуса 3-процентного 1 столовая ложка.", "3-процентного", 3, "percent", "%"),
    ("Задание 3. Вычислите сумму.", "3", 3, "identifier", None),
    ("Упражнение 18. Решите задачи.", "18", 18, "identifier", None),
]


@pytest.mark.parametrize(("text", "surface", "value", "kind", "unit"), MORE_CASES)
def test_more_families(text: str, surface: str, value: float, kind: str, unit: str | None) -> None:
    check_one("ru", text, surface, value, kind, unit, 1e-9)


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Ученики в 5-м классе.", "5-м", "identifier"),  # an ordinal ending, no metre
        ("Выполнили 3 задания за урок.", "3", "count"),  # exercises counted
        ("Взяли 9%-ного уксуса.", "9%", "percent"),
    ],
)
def test_more_families_negative(text: str, surface: str, kind: str) -> None:
    check_kind("ru", text, surface, kind)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Опыт от 2 лет, график 2/2, питание.", "2/2"),
        ("График 60/30, проезд оплачивается.", "60/30"),
        ("1. Халили (0+0) — 24:18,6; 2. Латыпов (0+1) +12,4.", "0+1"),
    ],
)
def test_shift_patterns_and_tallies(text: str, surface: str) -> None:
    check_one("ru", text, surface, float("nan"), "other", None, 1e-9)


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Съели 2/3 пирога.", "2/3", "other"),  # a fraction stays a fraction (value 2/3)
        ("Сумма (2+3) равна пяти.", "2", "count"),  # arithmetic, no name before the bracket
    ],
)
def test_shift_patterns_negative(text: str, surface: str, kind: str) -> None:
    check_kind("ru", text, surface, kind)
