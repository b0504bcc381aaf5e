"""Build the thirteenth Russian numeric-mention development set (``dev_ru13_ru.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_dev_ru13/build_dev_ru13.py

A **development** set: the Russian rules of ``analysis.mentions`` are tuned on it, so its
scores say nothing about generalisation (the held-out sets do that).  The passages were
written for it in the style of everyday Russian text: messenger chats; product reviews;
recipes; do-it-yourself repair; fitness diaries; travel itineraries; restaurant menus;
receipts and bills; flat rental contracts; school character references; doctors'
referrals; fan blogs; video game guides.  They were annotated **blind**, from
``docs/numeric-mentions.md`` and the decisions in the docstrings of
``tests/data/mentions_heldout/build_heldout.py``,
``tests/data/mentions_heldout2/build_heldout2.py``,
``tests/data/mentions_heldout3/build_heldout3.py`` and the development sets
``tests/data/mentions_dev_*/build_dev_*.py``, without reading the extractor's code and
without running it on them.  Texts are already normalised (plain spaces, no NBSP / thin
spaces).

Each passage is ``(text, [mentions in text order])`` using the ``M`` / ``R`` helpers and
the ``annotate`` validator of ``tests/data/mentions_heldout/build_heldout.py`` (offsets are
found with ``str.find`` from the end of the previous mention, never typed).  No currency
beyond the validator's own set is needed.

Decisions taken here where the spec and the earlier docstrings are silent, each with the
example that settled it:

* **Sets and repetitions in a training log** ``5×5``, ``3×8`` give a multiplier (``other``
  in ``times``) and a ``count`` of repetitions, like ``3 x 500 mg`` of the Indonesian
  sets; ``2×10 Вт`` of a speaker pair gives a multiplier and a power.
* **Repetitions with ``раз``** ``с 6 до 10 раз`` (pull-ups) is one ``range`` in ``times``,
  since "three times" of repetition is a multiplier.
* **A running pace** ``5:25 мин/км`` is one ``quantity`` in ``min/km`` (5.4167); a race
  time ``за 54:12`` (minutes and seconds) is a duration in hours (0.9033).
* **A duration in hours and minutes abbreviated** ``1 ч 10 мин``, ``24 ч 35 мин`` is one
  ``quantity`` in hours (like ``1h 33m``).
* **A diary or itinerary day** ``День 14``, ``День 1`` is an ``identifier`` (a numbered
  heading, like ``Задание 3``); a TV season ``7 сезон``, a game level ``на 3 уровне`` and a
  contest place ``(2 место)`` are ``ordinal`` (rank nouns).
* **Receipt lines** ``2 шт. × 89,99 = 179,98`` give a ``count`` (``шт.`` outside) and two
  ``money`` amounts in RUB although no currency is written (the receipt's currency).
* **Shoe sizes** ``при обычном 42 брала 43`` are values on a scale, ``other``.
* **A rating with a slash** ``10/10`` gives two ``other`` like ``8 из 10``; ``5 звёзд из 5``
  the same, the star noun outside.
* **An ICD code** ``I11.9`` and a stage code ``локацию 4-2`` are one ``identifier`` each,
  value null; a game version ``Патч 2.4.1`` likewise; a laminate class ``33 класса`` an
  ``identifier`` (a grade, like ``5–6 разряда``).
* **Game resources and hit points** (``1200 золота``, ``45 000 HP``, ``1,2 тыс. урона``) are
  ``count`` mentions with the noun outside; fan counts ``3,4K лайков`` a compact form
  (3400, scale 1000).
* **A weight lost written with ``минус``** ``минус 300 г за неделю`` is a negative quantity
  (-300 g), following the sign rule.
* **A dish name with a number word** ``«Четыре сыра»`` is ``other`` 4 (a proper name).
* **Fan-wiki footnotes** glued after a year or a percent (``в 2009 году[3]``,
  ``на 15%[4]``) are ``reference`` mentions, the brackets outside; a year with an ordinal
  ending ``в 2023-м`` is a ``year`` with the digits only.
* **Unit codes** used: ``km``, ``m``, ``cm``, ``mm``, ``m2``, ``m3``, ``kg``, ``g``,
  ``g/kg``, ``mg``, ``l``, ``ml``, ``tsp``, ``tbsp``, ``kcal``, ``degC``, ``W``, ``Hz``,
  ``kWh``, ``inch``, ``mmHg``, ``bpm``, ``min/km``, ``point``, ``second``, ``minute``,
  ``hour``, ``day``, ``week``, ``month``, ``year``, ``times``, ``%``; currency ``RUB``.
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

M, R = _bh.M, _bh.R
K, MLN, MLRD, TRLN = 1000, 1_000_000, 1_000_000_000, 1_000_000_000_000

# fmt: off
# ============================================================================ ru
RU = [
    # ---- messenger chats
    ("Привет! Буду у тебя в 19:30, поезд задерживается минут на 15. Купить что-нибудь? Хлеб "
     "и 2 пакета молока?",
     [M("19:30", 19.5, "other"), M("15", 15, "quantity", "minute"), M("2", 2, "count")]),
    ("Мам, скинь 500 р. на карту, в столовой не хватило. Верну в пятницу 😊",
     [M("500 р.", 500, "money", "RUB")]),
    ("Ребят, собираемся в субботу 12.10 у Димы, скидываемся по 1500 ₽ с человека. Кто не "
     "может — пишите до четверга. Нас пока 7.",
     [M("12.10", None, "date"), M("1500 ₽", 1500, "money", "RUB"), M("7", 7, "count")]),
    ("Оля, запиши: приём у стоматолога перенесли на 3 ноября, 10:40, кабинет 215. Взять "
     "полис и 2 фотографии.",
     [M("3 ноября", None, "date"), M("10:40", 10 + 40 / 60, "other"), M("215", 215, "identifier"),
      M("2", 2, "count")]),
    # ---- product reviews
    ("Пылесос взяла за 12 990 руб. на распродаже. Мощность всасывания 150 Вт, контейнер 0,6 л, "
     "от аккумулятора работает около 40 минут. Через 3 месяца полёт нормальный, ставлю 5 звёзд из 5.",
     [M("12 990 руб.", 12990, "money", "RUB"), M("150 Вт", 150, "quantity", "W"),
      M("0,6 л", 0.6, "quantity", "l"), M("40 минут", 40, "quantity", "minute"),
      M("3 месяца", 3, "quantity", "month"), M("5", 5, "other"), M("5", 5, "other")]),
    ("Кроссовки маломерят: при обычном 42 брала 43. Подошва через 2 недели бега (примерно "
     "60 км) не стёрлась. Из минусов — короткие шнурки.",
     [M("42", 42, "other"), M("43", 43, "other"), M("2 недели", 2, "quantity", "week"),
      M("60 км", 60, "quantity", "km")]),
    ("Заказывал 14.02, пришло только 27.02 — почти две недели. Коробка помята, в комплекте "
     "вместо 4 насадок 3. Продавцу 2 балла.",
     [M("14.02", None, "date"), M("27.02", None, "date"), M("две недели", 2, "quantity", "week"),
      M("4", 4, "count"), M("3", 3, "count"), M("2 балла", 2, "other", "point")]),
    ("Телевизор 55 дюймов, частота 60 Гц. За свои 39 тыс. — отличный вариант, хотя звук "
     "слабоват (2×10 Вт).",
     [M("55 дюймов", 55, "quantity", "inch"), M("60 Гц", 60, "quantity", "Hz"),
      M("39 тыс.", 39 * K, "money", "RUB", K), M("2", 2, "other", "times"),
      M("10 Вт", 10, "quantity", "W")]),
    # ---- recipes
    ("Тесто: 500 г муки, 250 мл тёплого молока, 2 яйца, 1 ч. л. соли, 2 ст. л. сахара и 7 г "
     "сухих дрожжей. Замесить и оставить на 1,5 часа в тепле.",
     [M("500 г", 500, "quantity", "g"), M("250 мл", 250, "quantity", "ml"), M("2", 2, "count"),
      M("1 ч. л.", 1, "quantity", "tsp"), M("2 ст. л.", 2, "quantity", "tbsp"),
      M("7 г", 7, "quantity", "g"), M("1,5 часа", 1.5, "quantity", "hour")]),
    ("Выпекать при 180 °C 35–40 минут до золотистой корочки. Из этого количества получается "
     "12 пирожков.",
     [M("180 °C", 180, "quantity", "degC"), R("35–40 минут", 35, 40, "minute"), M("12", 12, "count")]),
    ("Борщ на 6 порций: говядина на кости 600 г, свёкла 2 шт., капуста ½ кочана, картофель "
     "3–4 шт., томатная паста 2 ст. ложки. Бульон варить 2 часа.",
     [M("6", 6, "count"), M("600 г", 600, "quantity", "g"), M("2", 2, "count"),
      M("½", 0.5, "other"), R("3–4", 3, 4), M("2 ст. ложки", 2, "quantity", "tbsp"),
      M("2 часа", 2, "quantity", "hour")]),
    ("Калорийность: 245 ккал на 100 г, белки — 8,2 г, жиры — 11,4 г, углеводы — 27 г.",
     [M("245 ккал", 245, "quantity", "kcal"), M("100 г", 100, "quantity", "g"),
      M("8,2 г", 8.2, "quantity", "g"), M("11,4 г", 11.4, "quantity", "g"),
      M("27 г", 27, "quantity", "g")]),
    # ---- DIY repair
    ("Стены ванной — 22 м², плитка 30×60 см, берём с запасом 10%, итого около 24 м². Клея "
     "уходит примерно 5 кг на 1 м², мешок — 25 кг.",
     [M("22 м²", 22, "quantity", "m2"), M("30", 30, "quantity", "cm"), M("60 см", 60, "quantity", "cm"),
      M("10%", 10, "percent", "%"), M("24 м²", 24, "quantity", "m2"), M("5 кг", 5, "quantity", "kg"),
      M("1 м²", 1, "quantity", "m2"), M("25 кг", 25, "quantity", "kg")]),
    ("Сверлим отверстия сверлом 6 мм на глубину 40 мм, шаг между дюбелями — 50–60 см. Между "
     "стеной и ламинатом оставляем 8–10 мм под расширение.",
     [M("6 мм", 6, "quantity", "mm"), M("40 мм", 40, "quantity", "mm"), R("50–60 см", 50, 60, "cm"),
      R("8–10 мм", 8, 10, "mm")]),
    ("Ламинат 33 класса, толщина 8 мм. В упаковке 8 досок, 2,131 м². На комнату 3,5 × 4 м "
     "ушло 7 упаковок.",
     [M("33", 33, "identifier"), M("8 мм", 8, "quantity", "mm"), M("8", 8, "count"),
      M("2,131 м²", 2.131, "quantity", "m2"), M("3,5", 3.5, "quantity", "m"),
      M("4 м", 4, "quantity", "m"), M("7", 7, "count")]),
    ("Расход краски — 1 л на 8–10 м² в один слой. Красить в 2 слоя с перерывом 4 часа при "
     "температуре не ниже +5 °C.",
     [M("1 л", 1, "quantity", "l"), R("8–10 м²", 8, 10, "m2"), M("один", 1, "count"),
      M("2", 2, "count"), M("4 часа", 4, "quantity", "hour"), M("+5 °C", 5, "quantity", "degC")]),
    # ---- fitness diaries
    ("День 14. Присед 60 кг 5×5, жим лёжа 45 кг 3×8, тяга 80 кг 1×5. Вес утром 72,4 кг, "
     "минус 300 г за неделю.",
     [M("14", 14, "identifier"), M("60 кг", 60, "quantity", "kg"), M("5", 5, "other", "times"),
      M("5", 5, "count"), M("45 кг", 45, "quantity", "kg"), M("3", 3, "other", "times"),
      M("8", 8, "count"), M("80 кг", 80, "quantity", "kg"), M("1", 1, "other", "times"),
      M("5", 5, "count"), M("72,4 кг", 72.4, "quantity", "kg"), M("минус 300 г", -300, "quantity", "g")]),
    ("Пробежал 10 км за 54:12, средний темп 5:25 мин/км, пульс 152 уд/мин. Сожжено 680 ккал.",
     [M("10 км", 10, "quantity", "km"), M("54:12", (54 + 12 / 60) / 60, "quantity", "hour"),
      M("5:25 мин/км", 5 + 25 / 60, "quantity", "min/km"), M("152 уд/мин", 152, "quantity", "bpm"),
      M("680 ккал", 680, "quantity", "kcal")]),
    ("Третья неделя из восьми: тренировки 4 раза в неделю по 45–50 минут, планка — 3 подхода "
     "по 1 минуте, отдых между подходами 90 секунд.",
     [M("восьми", 8, "count"), M("4 раза", 4, "other", "times"), R("45–50 минут", 45, 50, "minute"),
      M("3", 3, "count"), M("1 минуте", 1, "quantity", "minute"), M("90 секунд", 90, "quantity", "second")]),
    ("Цель на месяц: сбросить 3 кг и довести подтягивания с 6 до 10 раз. Воды — 2 литра в "
     "день, белка — 1,6 г/кг веса.",
     [M("3 кг", 3, "quantity", "kg"), R("6 до 10 раз", 6, 10, "times"), M("2 литра", 2, "quantity", "l"),
      M("1,6 г/кг", 1.6, "quantity", "g/kg")]),
    # ---- travel itineraries
    ("День 1: Казань — Свияжск, 65 км, около 1 ч 10 мин на машине. Вход на остров 300 ₽, "
     "экскурсия 1,5 часа.",
     [M("1", 1, "identifier"), M("65 км", 65, "quantity", "km"),
      M("1 ч 10 мин", 1 + 10 / 60, "quantity", "hour"), M("300 ₽", 300, "money", "RUB"),
      M("1,5 часа", 1.5, "quantity", "hour")]),
    ("Рейс S7 2512 вылетает из Домодедово в 06:15, в Иркутске будем в 14:50 по местному "
     "(разница +5 часов). Багаж до 23 кг.",
     [M("S7 2512", 2512, "identifier"), M("06:15", 6.25, "other"), M("14:50", 14 + 50 / 60, "other"),
      M("+5 часов", 5, "quantity", "hour"), M("23 кг", 23, "quantity", "kg")]),
    ("Маршрут на 3 дня: Кисловодск — Домбай (120 км) — Архыз. Подъём на канатке до 3168 м, "
     "билет 2 500 руб. с человека.",
     [M("3 дня", 3, "quantity", "day"), M("120 км", 120, "quantity", "km"),
      M("3168 м", 3168, "quantity", "m"), M("2 500 руб.", 2500, "money", "RUB")]),
    ("Поезд № 104 Москва — Адлер, отправление 23.06 в 21:40, в пути 24 ч 35 мин. Вагон 7, "
     "места 13 и 14.",
     [M("№ 104", 104, "identifier"), M("23.06", None, "date"), M("21:40", 21 + 40 / 60, "other"),
      M("24 ч 35 мин", 24 + 35 / 60, "quantity", "hour"), M("7", 7, "identifier"),
      M("13", 13, "identifier"), M("14", 14, "identifier")]),
    # ---- menus
    ("Бизнес-ланч с 12:00 до 16:00 — 390 ₽: салат, суп дня, горячее, морс 0,3 л.",
     [R("12:00 до 16:00", 12, 16), M("390 ₽", 390, "money", "RUB"), M("0,3 л", 0.3, "quantity", "l")]),
    ("Стейк рибай, 250 г — 1 450 ₽. Паста карбонара, 300 г — 590 ₽. Лимонад домашний 1 л — "
     "450 ₽.",
     [M("250 г", 250, "quantity", "g"), M("1 450 ₽", 1450, "money", "RUB"),
      M("300 г", 300, "quantity", "g"), M("590 ₽", 590, "money", "RUB"),
      M("1 л", 1, "quantity", "l"), M("450 ₽", 450, "money", "RUB")]),
    ("Пицца «Четыре сыра» 30 см — 690 ₽, 40 см — 890 ₽. При заказе от 1500 ₽ доставка "
     "бесплатно, время доставки до 60 минут.",
     [M("Четыре", 4, "other"), M("30 см", 30, "quantity", "cm"), M("690 ₽", 690, "money", "RUB"),
      M("40 см", 40, "quantity", "cm"), M("890 ₽", 890, "money", "RUB"),
      M("1500 ₽", 1500, "money", "RUB"), M("60 минут", 60, "quantity", "minute")]),
    ("Завтраки подаются до 11:30. Сырники (3 шт.) — 320 ₽, каша овсяная — 210 ₽, капучино "
     "400 мл — 250 ₽. Обслуживание 10%.",
     [M("11:30", 11.5, "other"), M("3", 3, "count"), M("320 ₽", 320, "money", "RUB"),
      M("210 ₽", 210, "money", "RUB"), M("400 мл", 400, "quantity", "ml"),
      M("250 ₽", 250, "money", "RUB"), M("10%", 10, "percent", "%")]),
    # ---- receipts and bills
    ("Кассовый чек № 0457. Молоко 3,2% 2 шт. × 89,99 = 179,98; Хлеб бородинский 1 шт. × 54,90 "
     "= 54,90. ИТОГ =234,88, в т.ч. НДС 10% =21,35.",
     [M("№ 0457", 457, "identifier"), M("3,2%", 3.2, "percent", "%"), M("2", 2, "count"),
      M("89,99", 89.99, "money", "RUB"), M("179,98", 179.98, "money", "RUB"), M("1", 1, "count"),
      M("54,90", 54.9, "money", "RUB"), M("54,90", 54.9, "money", "RUB"),
      M("234,88", 234.88, "money", "RUB"), M("10%", 10, "percent", "%"), M("21,35", 21.35, "money", "RUB")]),
    ("Счёт № 118 от 05.03.2025. Услуги по вывозу мусора, 6 м³ — 7 800,00 руб. Итого к оплате: "
     "семь тысяч восемьсот рублей 00 копеек.",
     [M("№ 118", 118, "identifier"), M("05.03.2025", 2025, "date"), M("6 м³", 6, "quantity", "m3"),
      M("7 800,00 руб.", 7800, "money", "RUB"),
      M("семь тысяч восемьсот рублей 00 копеек", 7800, "money", "RUB", K)]),
    ("Квитанция за январь 2025: электроэнергия 212 кВт·ч × 6,43 ₽ = 1 363,16 ₽; холодная вода "
     "4,5 м³; к оплате 3 918,40 ₽. Оплатить до 10-го числа.",
     [M("январь 2025", 2025, "date"), M("212 кВт·ч", 212, "quantity", "kWh"),
      M("6,43 ₽", 6.43, "money", "RUB"), M("1 363,16 ₽", 1363.16, "money", "RUB"),
      M("4,5 м³", 4.5, "quantity", "m3"), M("3 918,40 ₽", 3918.4, "money", "RUB"),
      M("10-го", 10, "ordinal")]),
    ("Товарный чек: цемент М500, 10 мешков по 50 кг, 4 900 руб.; доставка — 1 200 руб. ИНН "
     "продавца 7712345678.",
     [M("М500", 500, "identifier"), M("10", 10, "count"), M("50 кг", 50, "quantity", "kg"),
      M("4 900 руб.", 4900, "money", "RUB"), M("1 200 руб.", 1200, "money", "RUB"),
      M("7712345678", 7712345678, "identifier")]),
    # ---- rental contracts
    ("1.1. Наймодатель передаёт Нанимателю во временное пользование квартиру общей площадью "
     "38,6 кв. м, расположенную по адресу: г. Тверь, ул. Советская, д. 12, кв. 45.",
     [M("1.1", None, "identifier"), M("38,6 кв. м", 38.6, "quantity", "m2"),
      M("12", 12, "identifier"), M("45", 45, "identifier")]),
    ("3.1. Плата за наём составляет 28 000 (двадцать восемь тысяч) рублей в месяц и вносится "
     "не позднее 5-го числа каждого месяца.",
     [M("3.1", None, "identifier"), M("28 000", 28000, "money", "RUB"),
      M("двадцать восемь тысяч", 28000, "money", "RUB", K), M("5-го", 5, "ordinal")]),
    ("Срок найма — 11 месяцев, с 01.09.2024 по 31.07.2025. Обеспечительный платёж — "
     "28 000 руб., возвращается в течение 7 дней после выезда.",
     [M("11 месяцев", 11, "quantity", "month"), M("01.09.2024", 2024, "date"),
      M("31.07.2025", 2025, "date"), M("28 000 руб.", 28000, "money", "RUB"),
      M("7 дней", 7, "quantity", "day")]),
    ("4.2. Коммунальные услуги по счётчикам оплачивает Наниматель; расходы до 3 000 руб. в "
     "месяц включены в плату. Проживает не более 2 человек, животные — не более одного.",
     [M("4.2", None, "identifier"), M("3 000 руб.", 3000, "money", "RUB"), M("2", 2, "count"),
      M("одного", 1, "count")]),
    # ---- school character references
    ("Характеристика на ученика 7 «Б» класса МБОУ СОШ № 14 г. Курска Иванова Петра, "
     "2011 г. р.",
     [M("7", 7, "identifier"), M("№ 14", 14, "identifier"), M("2011", 2011, "year")]),
    ("Обучается в школе с 2018 года. Успевает на «4» и «5», средний балл — 4,6. Пропусков без "
     "уважительной причины за I полугодие нет.",
     [M("2018", 2018, "year"), M("4", 4, "other"), M("5", 5, "other"), M("4,6", 4.6, "other"),
      M("I", 1, "ordinal")]),
    ("Принимал участие в муниципальной олимпиаде по математике (2 место) и в районных "
     "соревнованиях по лыжным гонкам на 5 км. Посещает кружок робототехники 2 раза в неделю.",
     [M("2", 2, "ordinal"), M("5 км", 5, "quantity", "km"), M("2 раза", 2, "other", "times")]),
    ("В классе 27 учеников, из них 15 девочек. Характеристика выдана для предъявления по месту "
     "требования 25 мая 2025 г.",
     [M("27", 27, "count"), M("15", 15, "count"), M("25 мая 2025", 2025, "date")]),
    # ---- doctors' referrals
    ("НАПРАВЛЕНИЕ на консультацию к кардиологу. Пациент: Смирнова А. П., 1964 г. р., полис ОМС "
     "7755 8899 0011 2233. Диагноз: I11.9 Гипертоническая болезнь.",
     [M("1964", 1964, "year"), M("7755 8899 0011 2233", None, "identifier"),
      M("I11.9", None, "identifier")]),
    ("АД 150/95 мм рт. ст., ЧСС 88 уд/мин, ЭКГ от 12.02.2025 прилагается. Принимает "
     "лизиноприл 10 мг 1 раз в сутки.",
     [M("150", 150, "quantity", "mmHg"), M("95 мм рт. ст.", 95, "quantity", "mmHg"),
      M("88 уд/мин", 88, "quantity", "bpm"), M("12.02.2025", 2025, "date"),
      M("10 мг", 10, "quantity", "mg"), M("1 раз", 1, "other", "times")]),
    ("Направление на анализы: ОАК, глюкоза, ТТГ. Сдавать натощак с 8:00 до 10:00, кабинет 112, "
     "1 этаж. Направление действительно 30 дней.",
     [R("8:00 до 10:00", 8, 10), M("112", 112, "identifier"), M("1", 1, "ordinal"),
      M("30 дней", 30, "quantity", "day")]),
    ("Рост 168 см, вес 94 кг, ИМТ 33,3. Рекомендовано снижение массы тела на 5–7% за "
     "6 месяцев, контроль через 3 месяца.",
     [M("168 см", 168, "quantity", "cm"), M("94 кг", 94, "quantity", "kg"), M("33,3", 33.3, "other"),
      R("5–7%", 5, 7, "%"), M("6 месяцев", 6, "quantity", "month"), M("3 месяца", 3, "quantity", "month")]),
    # ---- fan blogs
    ("Вышел 7 сезон! Все 10 серий по 50 минут, первая уже на платформе, остальные — по пятницам "
     "до 20 декабря.",
     [M("7", 7, "ordinal"), M("10", 10, "count"), M("50 минут", 50, "quantity", "minute"),
      M("20 декабря", None, "date")]),
    ("Группа объявила тур к 20-летию альбома: 15 городов, старт 3 марта в Петербурге. Билеты "
     "от 3 500 до 12 000 рублей разлетелись за 2 часа.",
     [M("20-летию", 20, "quantity", "year"), M("15", 15, "count"), M("3 марта", None, "date"),
      R("3 500 до 12 000 рублей", 3500, 12000, "RUB"), M("2 часа", 2, "quantity", "hour")]),
    ("Перечитала все 7 книг в 3-й раз 😅 Мой топ: «Узник Азкабана» — 10/10, «Принц-полукровка» "
     "— 9 из 10.",
     [M("7", 7, "count"), M("3-й", 3, "ordinal"), M("10", 10, "other"), M("10", 10, "other"),
      M("9", 9, "other"), M("10", 10, "other")]),
    ("Фанфик обновлён: глава 23, 4 800 слов. Всего уже 112 тыс. просмотров и 3,4K лайков, "
     "спасибо вам ❤",
     [M("23", 23, "identifier"), M("4 800", 4800, "count"), M("112 тыс.", 112 * K, "count", None, K),
      M("3,4K", 3400, "count", None, K)]),
    ("По данным фанатской вики, актёр пробовался на роль ещё в 2009 году[3], а сцену в финале "
     "переснимали трижды, и бюджет эпизода вырос на 15%[4].",
     [M("2009", 2009, "year"), M("3", 3, "reference"), M("15%", 15, "percent", "%"),
      M("4", 4, "reference")]),
    ("Игра вышла в 2016 году, а ремастер — в 2023-м; по опросу сообщества, 68% игроков "
     "считают оригинал лучше.¹",
     [M("2016", 2016, "year"), M("2023", 2023, "year"), M("68%", 68, "percent", "%"),
      M("¹", 1, "reference", glued=True)]),
    # ---- game guides
    ("Чтобы открыть сундук на 3 уровне, нужно 5 ключей и 1200 золота. Босс имеет 45 000 HP и "
     "становится уязвим после второй фазы.",
     [M("3", 3, "ordinal"), M("5", 5, "count"), M("1200", 1200, "count"), M("45 000", 45000, "count")]),
    ("Крит-шанс лучше поднимать до 60%, крит-урон — до 120–150%. Оптимальное соотношение 1:2.",
     [M("60%", 60, "percent", "%"), R("120–150%", 120, 150, "%"), M("1:2", None, "other")]),
    ("Патч 2.4.1 понизил перезарядку ультимейта с 90 до 75 секунд и поднял урон на 8%. Теперь "
     "персонаж наносит 1,2 тыс. урона в секунду.",
     [M("2.4.1", None, "identifier"), R("90 до 75 секунд", 90, 75, "second"),
      M("8%", 8, "percent", "%"), M("1,2 тыс.", 1200, "count", None, K)]),
    ("Для фарма рекомендую локацию 4-2: за 10 минут выпадает около 30–40 осколков. Энергии "
     "хватает на 6 забегов, восстановление — 1 единица за 5 минут.",
     [M("4-2", None, "identifier"), M("10 минут", 10, "quantity", "minute"), R("30–40", 30, 40),
      M("6", 6, "count"), M("1", 1, "count"), M("5 минут", 5, "quantity", "minute")]),
]
# fmt: on

LANGS = {"ru": RU}


def main() -> None:
    _bh.build_all(LANGS, "dev_ru13", HERE)


if __name__ == "__main__":
    main()
