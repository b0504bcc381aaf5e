"""Russian dates and times (third round): Old/New Style double dates, Roman months,
pre-reform spellings, clock times with a dot or in abbreviations, durations in ``ч`` /
``мин`` / ``с``, race times, one-digit scores, ``плюс``, case numbers after ``№``,
decades without the year word, slash school years with a one-digit end.

Every expected mention is checked by hand: (text, [(surface, value, kind, unit,
range_end), ...]) lists every mention of the text, in order.
"""

from __future__ import annotations

import math

import pytest

from analysis.mentions import extract_mentions

NAN = math.nan

CASES = [
    # ---- 1. Old Style / New Style double dates: one date, value the year
    ("Манифест объявлен 17 (30) октября 1905 г. в Петербурге.",
     [("17 (30) октября 1905", 1905, "date", None, NAN)]),
    ("Собрание открылось 9 (22) января.", [("9 (22) января", NAN, "date", None, NAN)]),
    # ---- 2. a Roman month between the day and the year
    ("Протокол заседания от 12.XI.1929 г. утверждён.", [("12.XI.1929", 1929, "date", None, NAN)]),
    ("Собрано экспедицией 3.IV.1911 и 28. VIII. 1912.",
     [("3.IV.1911", 1911, "date", None, NAN), ("28. VIII. 1912", 1912, "date", None, NAN)]),
    # ---- 3. pre-reform spelling: months with ѣ / і, year words with ъ, glued prepositions
    ("Въ февралѣ 1887 г. цѣны поднялись.", [("февралѣ 1887", 1887, "date", None, NAN)]),
    ("Ярмарка открылась 25 iюня 1896 г.", [("25 iюня 1896", 1896, "date", None, NAN)]),
    ("Смѣта составлена къ 1 апрѣля 1902 г.", [("1 апрѣля 1902", 1902, "date", None, NAN)]),
    ("Свѣдѣнія собраны въ 1897 годъ.", [("1897", 1897, "year", None, NAN)]),
    ("ДОКЛАДЪ УПРАВЫ за1903 годъ.", [("1903", 1903, "year", None, NAN)]),
    # ---- 4. clock times with a dot after a time preposition
    ("Поезд отправляется в 6.15 и прибывает к 22.05.",
     [("6.15", 6.25, "other", None, NAN), ("22.05", 22 + 5 / 60, "other", None, NAN)]),
    ("Приём граждан с 8.30 до 12.00.", [("8.30 до 12.00", 8.5, "range", None, 12.0)]),
    # ---- 5. hours and minutes in abbreviations: a clock time after "в", else durations
    ("Старт назначен в 7 ч 45 мин по местному времени.",
     [("7 ч 45 мин", 7.75, "other", "hour", NAN)]),
    ("Бригада уложилась в норму за 3 ч 20 мин.",
     [("3 ч", 3, "quantity", "hour", NAN), ("20 мин.", 20, "quantity", "minute", NAN)]),
    ("Лидер опередил соперника на 2 мин 5 с, а третий отстал на 40 с; четвёртый сошёл.",
     [("2 мин", 2, "quantity", "minute", NAN), ("5 с", 5, "quantity", "second", NAN),
      ("40 с", 40, "quantity", "second", NAN)]),
    ("До станции 10 мин пешком.", [("10 мин", 10, "quantity", "minute", NAN)]),
    ("Рекорд забега — 10,05 с.", [("10,05 с", 10.05, "quantity", "second", NAN)]),
    # ---- 6. H:MM:SS race times: one duration in hours
    ("Победитель прошёл дистанцию за 1:05:30.",
     [("1:05:30", 1 + 5 / 60 + 30 / 3600, "quantity", "hour", NAN)]),
    # ---- 7. scores with one-digit sides: one "other", value null
    ("Матч завершился со счётом 2:1 (0:0, 2:1).",
     [("2:1", NAN, "other", None, NAN), ("0:0", NAN, "other", None, NAN),
      ("2:1", NAN, "other", None, NAN)]),
    # ---- 8. "плюс" before a number is inside, the value unchanged
    ("Зарплата выросла в среднем на плюс 1 500 руб.",
     [("плюс 1 500 руб.", 1500, "money", "RUB", NAN)]),
    # ---- 9. case numbers after № that start with letters
    ("Дело № А40-98765/2019 рассмотрено.", [("№ А40-98765/2019", NAN, "identifier", None, NAN)]),
    # ---- 10. decades without the year word
    ("Рост продолжался до конца 70-х.", [("70", 1970, "year", None, NAN)]),
    ("В 60-х страна строила много.", [("60", 1960, "year", None, NAN)]),
    # ---- 11. a slash school year with a one-digit second end
    ("В 1912/3 учебном году открыто 4 школы.",
     [("1912/3", 1912, "range", None, 1913), ("4", 4, "count", None, NAN)]),
]

# what must not change
NEGATIVES = [
    ("Выпуск вырос в 5.40 раза.", [("5.40 раза", 5.4, "other", "times", NAN)]),
    ("Поезд прибывает в 10:18.", [("10:18", 10.3, "other", None, NAN)]),
    ("См.: Иванов И. И. История. М., 1999. С. 45.", None),
    ("Осуждён по ст. 58-10 ч. 1 УК РСФСР.", None),
    ("Доля выросла в 2 раза, в 10-х классах 30 учеников.", None),
    ("Тираж составил 2.30 млн экземпляров.", [("2.30 млн", 2.3e6, "count", None, NAN)]),
]


def _rows(text: str) -> list[tuple]:
    df = extract_mentions(text, "ru", strict=True)
    return [
        (r.surface, r.value, r.kind, r.unit if isinstance(r.unit, str) else None, r.range_end)
        for r in df.itertuples()
    ]


def _same(got: tuple, want: tuple) -> bool:
    surface, value, kind, unit, range_end = want
    g_surface, g_value, g_kind, g_unit, g_end = got
    if (g_surface, g_kind, g_unit) != (surface, kind, unit):
        return False
    for g, w in ((g_value, value), (g_end, range_end)):
        if math.isnan(w) != math.isnan(g):
            return False
        if not math.isnan(w) and not math.isclose(g, w, rel_tol=1e-6):
            return False
    return True


@pytest.mark.parametrize(("text", "want"), CASES + [c for c in NEGATIVES if c[1] is not None])
def test_ru_dates3(text: str, want: list[tuple]) -> None:
    got = _rows(text)
    assert len(got) == len(want) and all(map(_same, got, want)), got


def test_page_abbreviation_stays_pages() -> None:
    got = _rows("См.: Иванов И. И. История. М., 1999. С. 45.")
    assert ("45", 45.0) in [(g[0], g[1]) for g in got]
    assert all(g[3] != "second" for g in got), got


def test_part_is_not_hours() -> None:
    got = _rows("Осуждён по ст. 58-10 ч. 1 УК РСФСР.")
    assert all(g[3] != "hour" for g in got), got
    assert any(g[0] == "1" for g in got), got


def test_class_numbers_are_not_decades() -> None:
    got = _rows("Доля выросла в 2 раза, в 10-х классах 30 учеников.")
    assert all(g[2] != "year" for g in got), got
