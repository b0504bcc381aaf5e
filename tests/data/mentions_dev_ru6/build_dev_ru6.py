"""Build the sixth Russian numeric-mention development set (``dev_ru6_ru.jsonl``).

Run from anywhere::

    .venv/bin/python tests/data/mentions_dev_ru6/build_dev_ru6.py

A **development** set: the Russian rules of ``analysis.mentions`` are tuned on it, so
its scores say nothing about generalisation (the held-out sets do that).  It is
everyday and technical Russian: product and vehicle specifications and reviews (car
engines, phones, household appliances, small arms and armour, aircraft); recipes and
cookbooks (modern, Soviet and pre-1917); classified adverts (flats and rooms, jobs and
shift work, cars, a 1900s dacha); pre-1917 statistics and zemstvo reports in the old
orthography (censuses, budgets, medicine, yields, factory inspection, a table in prose,
a footnote); agricultural and veterinary manuals (sowing, fertilisers, vaccination,
deworming, incubation); sports reports and results in prose (football, hockey,
biathlon, chess); medical leaflets and clinical writing (doses, case notes, laboratory
values, a trial abstract); construction norms (СП, СНиП and ГОСТ with clause numbers,
loads, fire distances, an estimate); transport timetables and tariffs (long-distance
and suburban trains, metro fares, a taxi tariff, a river boat); school
textbooks (arithmetic, geometry and physics problems, a title page); weather and
hydrology bulletins (forecasts, a storm warning, river levels, a climate summary, a marine
forecast).
The passages were written for this set in the style of those registers and annotated
**blind**, from ``docs/numeric-mentions.md`` and the decisions in the docstrings of
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

* **Kitchen measures are units**: ``1 ст. л.`` / ``2 столовые ложки`` -> ``tbsp``,
  ``2 ч. л.`` / ``1 чайная ложка`` -> ``tsp``, ``½ стакана`` / ``1 стаканъ`` -> ``cup``
  (quantities, the abbreviation inside, like ``1 ведро``); foods counted in pieces stay
  counts with the noun outside (``2`` яйца, ``2`` шт., ``1`` головка, ``5`` желтковъ).
* **One unit shared backwards by slash-joined figures** (like ``160/95 мм рт. ст.``): a
  memory configuration ``8/256 ГБ`` is two quantities in GB and a flat's areas
  ``54/30/9 м²`` (total / living / kitchen) three quantities in m2, the first ones with
  their digits only (alternatives or parts, not a range and not a fraction).
* **A screen resolution** ``2340×1080`` пикселей is two ``count`` mentions, the noun
  outside (dimensions without a unit).
* **Megapixels** ``50 Мп`` are a quantity in the unit ``MP``; **fuel consumption**
  ``7,2 л/100 км`` is one quantity in ``l/100km`` with the whole denominator inside;
  annual consumption ``272 кВт·ч/год`` is ``kWh/year``.
* **Model codes with several number groups** (``Т-72Б3``, ``2А46М-5``, ``В-92С2``) are one
  ``identifier`` with value null; with one number the value is that number (``Ил-76МД``
  -> 76, ``Д-30КП`` -> 30, ``ВАЗ-21179``, ``Galaxy A55`` -> 55).  A wheel size ``R17``, a
  concrete grade ``М350``, frost and water grades ``F150``, ``W6`` are identifiers like the
  class ``В25``.
* **A hyphenated adjective with a unit stem** keeps the whole word (``125-мм`` пушка ->
  125 mm, ``46-тонной`` -> 46 t, ``4-месячного`` -> 4 month, ``6,6-дюймовый`` -> 6.6
  inch); a percent stem as well (``3-процентного`` уксуса -> ``percent`` 3, like
  ``40-градусного``), while ``9%-ного`` keeps ``9%`` only (like ``5%-ный``); a noun that is
  not a unit keeps the digits (``2``-комн., ``3``-комнатной).
* **Shooting tallies of a biathlon result** ``(0+1)`` are one ``other`` mention with value
  null, like a score; a shift pattern ``60/30`` is ``other`` null like ``2/2``; a chess
  tie-break ``1,5:0,5`` is ``other`` null like ``12½ : 11½``; tournament points (``6½``
  очка, ``7`` очков из ``11``) are tallies, ``count``.
* **A qualification grade** ``5–6 разряда`` is one ``identifier`` with ``range_end``, like
  a class range (``I–II бонитета``); construction classes named by Roman numerals
  (``III снегового района``, ``I и II степени огнестойкости``) are identifiers; a
  complication grade ``I–II степени`` likewise.
* **A clock range with a part-of-day word** ``отъ 12 до 3 ч. дня`` is one ``range`` of
  times 12..15, unit hour, ``дня`` outside like ``утра`` (the PM reading of the second end,
  as ``1–3 PM``).
* **Laboratory counts in scientific notation with a per-litre unit** ``14,6×10⁹/л`` are one
  ``quantity`` with the power applied (1.46e10), unit ``1/l``, scale null.
* **A name containing a digit inside a word** ``HbA1c`` gives the digit alone, ``other``,
  glued (like ``А4``).
* **"From X to Y" with different units** ``от 6 месяцев до 12 лет`` is two quantities (6
  month, 12 year), not a range.
* **A fertiliser formula** ``N90P60K120`` is one ``other`` mention with value null, like the
  stand composition ``7С2Б1Е``.
* **A compared figure takes the compound unit of the amount it is compared with**:
  ``18 пуд. съ десятины противъ 52 пуд.`` -> ``52 пуд.`` is pood/desyatina (extending
  ``11 месяцев вместо 14``); an elided unit after a free allowance ``7 ₽ за минуту после
  3 бесплатных`` -> ``3`` quantity minute.
* **A bare scaled amount after a money noun** ``залог 10 тыс.`` is money in the currency of
  the price before it (RUB, scale 1000), also when that price is not scaled.
* **Numbers in arithmetic exercises** are ``other`` (``3/4``, ``5/6``, the mixed number
  ``1 1/2`` -> 1.5, fractions of a route ``2/5``); problem and exercise numbers
  (``№ 245``, ``Задача 4``, ``Задание 3``, ``Упражнение 18``, the numbered questions
  ``1.``, ``2.``) are identifiers.
* **A rate after an elided counted noun** ``ЧДД 24 в минуту``, ``600`` выстрелов в минуту
  is a ``count`` with the rate outside (like ``3–4`` пары поездов в сутки); ``1 раз в
  сутки`` is a multiplier ``other`` 1, unit ``times``.
* **The rouble sign** ``₽`` after the amount is inside the money span (``42 990 ₽``,
  ``14 ₽/км`` with the slash denominator inside, unit RUB).
* **Unit codes** used: ``km``, ``m``, ``cm``, ``mm``, ``m2``, ``ha``, ``t``, ``kg``, ``g``,
  ``mg``, ``l``, ``ml``, ``cup``, ``tbsp``, ``tsp``, ``funt``, ``zolotnik``, ``pood``,
  ``pood/desyatina``, ``desyatina``, ``sazhen2``, ``inch``, ``km/h``, ``m/s``, ``m/s2``,
  ``hp``, ``N*m``, ``kgf``, ``kgf/m2``, ``kPa``, ``mmHg``, ``W``, ``A``, ``ohm``, ``GB``,
  ``MP``, ``kWh/year``, ``dB``, ``degC``, ``l/100km``, ``kg/ha``, ``t/ha``, ``centner/ha``,
  ``kg/m2``, ``m3/s``, ``g/l``, ``mmol/l``, ``mg/kg``, ``ml/h``, ``mm/h``, ``1/l``, ``bpm``,
  ``second``, ``minute``, ``hour``, ``day``, ``week``, ``month``, ``year``, ``times``,
  ``%``; currency ``RUB``.
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
K, MLN = 1000, 1_000_000


def hm(h: int, m: float = 0, s: float = 0) -> float:
    """A clock time or duration in hours."""
    return h + m / 60 + s / 3600


# fmt: off
# ============================================================================ ru
RU = [
    # ---- product and vehicle specifications and reviews
    ("Под капотом обновлённой Lada Vesta — двигатель ВАЗ-21179 объёмом 1,8 л мощностью 122 л. с.; "
     "максимальный крутящий момент — 170 Нм. Разгон до 100 км/ч занимает 11,2 с.",
     [M("ВАЗ-21179", 21179, "identifier"), M("1,8 л", 1.8, "quantity", "l"),
      M("122 л. с.", 122, "quantity", "hp"), M("170 Нм", 170, "quantity", "N*m"),
      M("100 км/ч", 100, "quantity", "km/h"), M("11,2 с", 11.2, "quantity", "second")]),
    ("У машины 2023 модельного года средний расход топлива в смешанном цикле, по паспорту, "
     "7,2 л/100 км, но в городе в пробках бортовой компьютер показывал и 10–11 литров. Объём "
     "багажника — 480 л, клиренс 178 мм.",
     [M("2023", 2023, "year"), M("7,2 л/100 км", 7.2, "quantity", "l/100km"),
      R("10–11 литров", 10, 11, "l"), M("480 л", 480, "quantity", "l"),
      M("178 мм", 178, "quantity", "mm")]),
    ("Смартфон Galaxy A55 получил 6,6-дюймовый экран Super AMOLED с разрешением 2340×1080 "
     "пикселей и основную камеру на 50 Мп. Версия 8/256 ГБ поступила в продажу 15 марта 2024 года "
     "по цене 42 990 ₽.",
     [M("A55", 55, "identifier"), M("6,6-дюймовый", 6.6, "quantity", "inch"),
      M("2340", 2340, "count"), M("1080", 1080, "count"), M("50 Мп", 50, "quantity", "MP"),
      M("8", 8, "quantity", "GB"), M("256 ГБ", 256, "quantity", "GB"),
      M("15 марта 2024", 2024, "date"), M("42 990 ₽", 42990, "money", "RUB")]),
    ("Холодильник двухкамерный, общий объём 312 л, потребление электроэнергии 272 кВт·ч/год. "
     "Уровень шума не превышает 40 дБ, размеры 60×65×185 см.",
     [M("312 л", 312, "quantity", "l"), M("272 кВт·ч/год", 272, "quantity", "kWh/year"),
      M("40 дБ", 40, "quantity", "dB"), M("60", 60, "quantity", "cm"),
      M("65", 65, "quantity", "cm"), M("185 см", 185, "quantity", "cm")]),
    ("Автомат АК-74 под патрон 5,45×39 мм принят на вооружение в 1974 году. Ёмкость магазина — "
     "30 патронов, темп стрельбы — около 600 выстрелов в минуту, начальная скорость пули — "
     "900 м/с.",
     [M("АК-74", 74, "identifier"), M("5,45", 5.45, "quantity", "mm"),
      M("39 мм", 39, "quantity", "mm"), M("1974", 1974, "year"), M("30", 30, "count"),
      M("600", 600, "count"), M("900 м/с", 900, "quantity", "m/s")]),
    ("Основной танк Т-72Б3 вооружён 125-мм гладкоствольной пушкой 2А46М-5. Двигатель В-92С2 "
     "мощностью 1 000 л. с. позволяет 46-тонной машине развивать по шоссе до 60 км/ч.",
     [M("Т-72Б3", None, "identifier"), M("125-мм", 125, "quantity", "mm"),
      M("2А46М-5", None, "identifier"), M("В-92С2", None, "identifier"),
      M("1 000 л. с.", 1000, "quantity", "hp"), M("46-тонной", 46, "quantity", "t"),
      M("60 км/ч", 60, "quantity", "km/h")]),
    ("Военно-транспортный самолёт Ил-76МД оснащён четырьмя двигателями Д-30КП тягой по 12 000 "
     "кгс. Максимальная грузоподъёмность — 47 т, крейсерская скорость 750–800 км/ч.",
     [M("Ил-76МД", 76, "identifier"), M("четырьмя", 4, "count"),
      M("Д-30КП", 30, "identifier"), M("12 000 кгс", 12000, "quantity", "kgf"),
      M("47 т", 47, "quantity", "t"), R("750–800 км/ч", 750, 800, "km/h")]),
    ("Первый полёт Sukhoi Superjet 100 состоялся 19 мая 2008 года. Лайнер вмещает от 87 до 108 "
     "пассажиров, его максимальная взлётная масса — 49,45 т, а практический потолок — 12 200 м.",
     [M("100", 100, "identifier"), M("19 мая 2008", 2008, "date"), R("87 до 108", 87, 108),
      M("49,45 т", 49.45, "quantity", "t"), M("12 200 м", 12200, "quantity", "m")]),
    # ---- recipes and cookbooks
    ("Для теста: 500 г муки, 2 яйца, 50 г сливочного масла, 1 ст. л. сахара и 7 г сухих дрожжей. "
     "Замесить тесто и оставить в тепле на 1–1,5 часа, пока оно не увеличится вдвое.",
     [M("500 г", 500, "quantity", "g"), M("2", 2, "count"), M("50 г", 50, "quantity", "g"),
      M("1 ст. л.", 1, "quantity", "tbsp"), M("7 г", 7, "quantity", "g"),
      R("1–1,5 часа", 1, 1.5, "hour"), M("вдвое", 2, "other", "times")]),
    ("Борщ московский (на 4 порции): свёклы 2 шт., лука 1 головка, томата-пюре 2 столовые ложки, "
     "уксуса 3-процентного 1 столовая ложка, сахара 1 чайная ложка. Варить мясо 1½–2 часа.",
     [M("4", 4, "count"), M("2", 2, "count"), M("1", 1, "count"),
      M("2 столовые ложки", 2, "quantity", "tbsp"), M("3-процентного", 3, "percent", "%"),
      M("1 столовая ложка", 1, "quantity", "tbsp"), M("1 чайная ложка", 1, "quantity", "tsp"),
      R("1½–2 часа", 1.5, 2, "hour")]),
    ("Взять 2 фунта пшеничной муки, 1 стаканъ теплаго молока, 5 желтковъ, ¼ фунта масла и "
     "2 золотника дрожжей; поставить въ теплое мѣсто часа на 2. Печь въ умѣренной печи ¾ часа.",
     [M("2 фунта", 2, "quantity", "funt"), M("1 стаканъ", 1, "quantity", "cup"),
      M("5", 5, "count"), M("¼ фунта", 0.25, "quantity", "funt"),
      M("2 золотника", 2, "quantity", "zolotnik"), M("2", 2, "quantity", "hour"),
      M("¾ часа", 0.75, "quantity", "hour")]),
    ("На 1 кг огурцов для маринада потребуется 1 л воды, ½ стакана сахара, 2 ч. л. соли без горки "
     "и 100 мл 9%-ного уксуса.",
     [M("1 кг", 1, "quantity", "kg"), M("1 л", 1, "quantity", "l"),
      M("½ стакана", 0.5, "quantity", "cup"), M("2 ч. л.", 2, "quantity", "tsp"),
      M("100 мл", 100, "quantity", "ml"), M("9%", 9, "percent", "%")]),
    # ---- classified adverts
    ("Продаётся 2-комн. квартира, 54/30/9 м², 5/9 эт. панельного дома 1984 г. п. Балкон "
     "застеклён. Цена 6 450 000 ₽, возможна ипотека под 6 %.",
     [M("2", 2, "count"), M("54", 54, "quantity", "m2"), M("30", 30, "quantity", "m2"),
      M("9 м²", 9, "quantity", "m2"), M("5", 5, "ordinal"), M("9", 9, "count"),
      M("1984", 1984, "year"), M("6 450 000 ₽", 6450000, "money", "RUB"),
      M("6 %", 6, "percent", "%")]),
    ("Сдам комнату 18 кв. м в 3-комнатной квартире, м. «Пролетарская», 10 мин от метро. "
     "17 000 руб./мес. + свет, залог 10 тыс. Только на длительный срок, от 6 месяцев.",
     [M("18 кв. м", 18, "quantity", "m2"), M("3", 3, "count"),
      M("10 мин", 10, "quantity", "minute"), M("17 000 руб./мес.", 17000, "money", "RUB"),
      M("10 тыс.", 10 * K, "money", "RUB", K), M("6 месяцев", 6, "quantity", "month")]),
    ("Требуется повар горячего цеха. Опыт работы от 2 лет, график 2/2, питание за счёт компании. "
     "Зарплата 60 000–75 000 руб. на руки, выплаты 2 раза в месяц. Звонить с 10:00 до 19:00: "
     "+7 (812) 407-33-19.",
     [M("2 лет", 2, "quantity", "year"), M("2/2", None, "other"),
      R("60 000–75 000 руб.", 60000, 75000, "RUB"), M("2 раза", 2, "other", "times"),
      R("10:00 до 19:00", 10, 19), M("+7 (812) 407-33-19", None, "identifier")]),
    ("Вахта на Ямале: требуются монтажники ТТ и электрогазосварщики 5–6 разряда. График 60/30, "
     "проезд и проживание оплачиваются, ставка 4 200 ₽ за смену (11 ч). Возраст — от 25 до 50 "
     "лет.",
     [M("5–6", 5, "identifier", range_end=6), M("60/30", None, "other"),
      M("4 200 ₽", 4200, "money", "RUB"), M("11 ч", 11, "quantity", "hour"),
      R("25 до 50 лет", 25, 50, "year")]),
    ("Продаю Toyota Camry 2018 г. в., пробег 87 тыс. км, 1 владелец по ПТС, не битая. Комплект "
     "зимней резины R17 в подарок. Цена 2 350 000 ₽, торг уместен.",
     [M("2018", 2018, "year"), M("87 тыс. км", 87 * K, "quantity", "km", K),
      M("1", 1, "count"), M("R17", 17, "identifier"),
      M("2 350 000 ₽", 2350000, "money", "RUB")]),
    ("ПРОДАЕТСЯ дача въ Павловскѣ, 6 комнатъ, садъ 800 кв. саж., ледникъ. Цѣна 7 500 р. Видѣть "
     "ежедневно отъ 12 до 3 ч. дня. Садовая, 14.",
     [M("6", 6, "count"), M("800 кв. саж.", 800, "quantity", "sazhen2"),
      M("7 500 р.", 7500, "money", "RUB"), R("12 до 3 ч.", 12, 15, "hour"),
      M("14", 14, "identifier")]),
    # ---- pre-1917 statistics and zemstvo reports
    ("По даннымъ земской подворной переписи 1887 г., въ Землянскомъ уѣздѣ числилось 21 318 "
     "дворовъ и 142 760 душъ обоего пола; надѣльной земли приходилось 3,8 дес. на наличную душу.",
     [M("1887", 1887, "year"), M("21 318", 21318, "count"), M("142 760", 142760, "count"),
      M("3,8 дес.", 3.8, "quantity", "desyatina")]),
    ("Смѣта Тверского губернскаго земства на 1905 годъ: на народное образованіе 1 142 380 руб., "
     "на медицину 986 415 руб. 27 коп., на дорожную часть 214 тыс. руб.; всего расходовъ "
     "3 418 622 р. ¹)",
     [M("1905", 1905, "year"), M("1 142 380 руб.", 1142380, "money", "RUB"),
      M("986 415 руб. 27 коп.", 986415.27, "money", "RUB"),
      M("214 тыс. руб.", 214 * K, "money", "RUB", K), M("3 418 622 р.", 3418622, "money", "RUB"),
      M("¹", 1, "reference")]),
    ("¹) Сборникъ статистическихъ свѣдѣній по Тверской губерніи. Т. XIII. Вып. 2. Тверь, 1897. "
     "С. 112–118.",
     [M("¹", 1, "reference"), M("XIII", 13, "reference"), M("2", 2, "reference"),
      M("1897", 1897, "reference"), M("112–118", 112, "reference", range_end=118)]),
    ("Въ отчетномъ году въ уѣздѣ дѣйствовало 9 врачебныхъ участковъ и 14 фельдшерскихъ пунктовъ; "
     "принято 61 204 амбулаторныхъ больныхъ, т. е. 412 на 1 000 жителей.",
     [M("9", 9, "count"), M("14", 14, "count"), M("61 204", 61204, "count"),
      M("412", 412, "count"), M("1 000", 1000, "count")]),
    ("Урожай ржи въ 1891 г. составилъ въ губерніи лишь 18 пуд. съ десятины противъ 52 пуд. въ "
     "среднемъ за 1883–1890 гг.; цѣна пуда ржаной муки поднялась съ 65 коп. до 1 р. 40 к.",
     [M("1891", 1891, "year"), M("18 пуд. съ десятины", 18, "quantity", "pood/desyatina"),
      M("52 пуд.", 52, "quantity", "pood/desyatina"), R("1883–1890", 1883, 1890),
      R("65 коп. до 1 р. 40 к.", 0.65, 1.4, "RUB")]),
    ("Въ 1900 г. на 312 фабрикахъ и заводахъ губерніи, подчиненныхъ надзору фабричной инспекціи, "
     "работало 47 615 рабочихъ, въ томъ числѣ 2 911 малолѣтнихъ (отъ 12 до 15 лѣтъ). Средній "
     "годовой заработокъ составлялъ 187 руб.",
     [M("1900", 1900, "year"), M("312", 312, "count"), M("47 615", 47615, "count"),
      M("2 911", 2911, "count"), R("12 до 15 лѣтъ", 12, 15, "year"),
      M("187 руб.", 187, "money", "RUB")]),
    ("Вывозъ хлѣба изъ Россіи (тыс. пуд.): 1909 г. — 748.392; 1910 г. — 847.165; 1911 г. — "
     "824.540.",
     [M("1909", 1909, "year"), M("748.392", 748392, "quantity", "pood"),
      M("1910", 1910, "year"), M("847.165", 847165, "quantity", "pood"),
      M("1911", 1911, "year"), M("824.540", 824540, "quantity", "pood")]),
    # ---- agricultural and veterinary manuals
    ("Норма высева яровой пшеницы — 4,5–5,5 млн всхожих зёрен на 1 га, или 180–220 кг/га. Посев "
     "проводят при прогревании почвы на глубине 10 см до +8…+10 °C.",
     [R("4,5–5,5 млн", 4.5 * MLN, 5.5 * MLN, None, MLN), M("1 га", 1, "quantity", "ha"),
      R("180–220 кг/га", 180, 220, "kg/ha"), M("10 см", 10, "quantity", "cm"),
      R("+8…+10 °C", 8, 10, "degC")]),
    ("Под картофель вносят 40–60 т/га навоза осенью и минеральные удобрения в дозе N90P60K120 "
     "весной. Урожайность при соблюдении технологии достигает 250–300 ц/га, содержание крахмала — "
     "14–18 %.",
     [R("40–60 т/га", 40, 60, "t/ha"), M("N90P60K120", None, "other"),
      R("250–300 ц/га", 250, 300, "centner/ha"), R("14–18 %", 14, 18, "%")]),
    ("Вакцину против ящура вводят крупному рогатому скоту подкожно в дозе 5 мл, телятам с "
     "4-месячного возраста — 2 мл. Иммунитет наступает на 21-й день и сохраняется до 12 мес.",
     [M("5 мл", 5, "quantity", "ml"), M("4-месячного", 4, "quantity", "month"),
      M("2 мл", 2, "quantity", "ml"), M("21-й", 21, "ordinal"),
      M("12 мес.", 12, "quantity", "month")]),
    ("Ивермектин 1% применяют однократно подкожно из расчёта 1 мл на 50 кг живой массы. Убой "
     "животных на мясо разрешается не ранее чем через 28 суток после обработки.",
     [M("1%", 1, "percent", "%"), M("1 мл", 1, "quantity", "ml"),
      M("50 кг", 50, "quantity", "kg"), M("28 суток", 28, "quantity", "day")]),
    ("Инкубация куриных яиц длится 21 сутки. Температуру поддерживают на уровне 37,8 °C при "
     "влажности 55–60 %, с 19-го дня — 37,2 °C. Яйца переворачивают не реже 4 раз в сутки.",
     [M("21 сутки", 21, "quantity", "day"), M("37,8 °C", 37.8, "quantity", "degC"),
      R("55–60 %", 55, 60, "%"), M("19-го", 19, "ordinal"),
      M("37,2 °C", 37.2, "quantity", "degC"), M("4 раз", 4, "other", "times")]),
    # ---- sports reports
    ("«Спартак» на своём поле обыграл ЦСКА — 3:1. Счёт на 12-й минуте открыл Промес, на 55-й "
     "Чалов сравнял, а в концовке Соболев оформил дубль (78, 88). Матч 24-го тура посетили "
     "44 820 зрителей.",
     [M("3:1", None, "other"), M("12-й", 12, "ordinal"), M("55-й", 55, "ordinal"),
      M("78", 78, "ordinal"), M("88", 88, "ordinal"), M("24-го", 24, "ordinal"),
      M("44 820", 44820, "count")]),
    ("После 20 туров «Краснодар» лидирует с 45 очками (14 побед, 3 ничьи, 3 поражения, разница "
     "мячей 38–15).",
     [M("20", 20, "count"), M("45", 45, "count"), M("14", 14, "count"), M("3", 3, "count"),
      M("3", 3, "count"), M("38–15", None, "other")]),
    ("КХЛ. «Ак Барс» — «Металлург» Мг — 4:3 Б. Вратарь хозяев отразил 24 броска из 27 (88,9 %). "
     "Зрителей — 8 760.",
     [M("4:3", None, "other"), M("24", 24, "count"), M("27", 27, "count"),
      M("88,9 %", 88.9, "percent", "%"), M("8 760", 8760, "count")]),
    ("Биатлон. Кубок IBU, Обервизенталь, спринт 10 км, мужчины: 1. Халили (0+0) — 24:18,6; "
     "2. Латыпов (0+1) +12,4. Всего на старт вышли 98 спортсменов.",
     [M("10 км", 10, "quantity", "km"), M("1", 1, "ordinal"), M("0+0", None, "other"),
      M("24:18,6", hm(0, 24, 18.6), "quantity", "hour"), M("2", 2, "ordinal"),
      M("0+1", None, "other"), M("+12,4", 12.4, "other"), M("98", 98, "count")]),
    ("Турнир претендентов 2024 года. После 9 туров Непомнящий набрал 6½ очка и на очко опережает "
     "Каруану. В партии 9-го тура он пожертвовал качество на 23-м ходу. Рейтинг ФИДЕ "
     "Непомнящего — 2 771.",
     [M("2024", 2024, "year"), M("9", 9, "count"), M("6½", 6.5, "count"),
      M("9-го", 9, "ordinal"), M("23-м", 23, "ordinal"), M("2 771", 2771, "other")]),
    ("Чемпионат России по шахматам: Есипенко и Артемьев набрали по 7 очков из 11, тай-брейк в "
     "рапид (25 минут + 10 секунд на ход) завершился со счётом 1,5:0,5.",
     [M("7", 7, "count"), M("11", 11, "count"), M("25 минут", 25, "quantity", "minute"),
      M("10 секунд", 10, "quantity", "second"), M("1,5:0,5", None, "other")]),
    ("Матч 1/8 финала Кубка России «Локомотив» — «Ростов» пройдёт 27 февраля в 19:30 мск на "
     "РЖД Арене (27 320 мест). Билеты — от 500 до 3 500 руб.",
     [M("1/8", 0.125, "other"), M("27 февраля", None, "date"), M("19:30", 19.5, "other"),
      M("27 320", 27320, "count"), R("500 до 3 500 руб.", 500, 3500, "RUB")]),
    # ---- medical leaflets and clinical writing
    ("Парацетамол, таблетки 500 мг. Взрослым и детям старше 12 лет: по 1–2 таблетки 3–4 раза в "
     "сутки с интервалом не менее 4 часов. Максимальная суточная доза — 4 г.",
     [M("500 мг", 500, "quantity", "mg"), M("12 лет", 12, "quantity", "year"),
      R("1–2", 1, 2), R("3–4 раза", 3, 4, "times"), M("4 часов", 4, "quantity", "hour"),
      M("4 г", 4, "quantity", "g")]),
    ("Хранить в защищённом от света месте при температуре не выше 25 °C. Срок годности — 3 года. "
     "Регистрационный номер: ЛП-004512 от 14.11.2017. По 10 таблеток в контурной ячейковой "
     "упаковке.",
     [M("25 °C", 25, "quantity", "degC"), M("3 года", 3, "quantity", "year"),
      M("ЛП-004512", 4512, "identifier"), M("14.11.2017", 2017, "date"), M("10", 10, "count")]),
    ("Больная Н., 67 лет, доставлена бригадой СМП 12.01.2024 в 23:40. При поступлении: АД "
     "180/100 мм рт. ст., ЧСС 112 уд/мин, ЧДД 24 в минуту, сатурация 91 %.",
     [M("67 лет", 67, "quantity", "year"), M("12.01.2024", 2024, "date"),
      M("23:40", hm(23, 40), "other"), M("180", 180, "quantity", "mmHg"),
      M("100 мм рт. ст.", 100, "quantity", "mmHg"), M("112 уд/мин", 112, "quantity", "bpm"),
      M("24", 24, "count"), M("91 %", 91, "percent", "%")]),
    ("Общий анализ крови: гемоглобин 98 г/л (норма 120–140 г/л), эритроциты 3,2×10¹²/л, "
     "лейкоциты 14,6×10⁹/л, СОЭ 42 мм/ч. Биохимия: глюкоза 8,4 ммоль/л.",
     [M("98 г/л", 98, "quantity", "g/l"), R("120–140 г/л", 120, 140, "g/l"),
      M("3,2×10¹²/л", 3.2e12, "quantity", "1/l"), M("14,6×10⁹/л", 1.46e10, "quantity", "1/l"),
      M("42 мм/ч", 42, "quantity", "mm/h"), M("8,4 ммоль/л", 8.4, "quantity", "mmol/l")]),
    ("Назначено: цефтриаксон 2 г внутривенно 1 раз в сутки, курс 7 дней; инфузия 0,9 % раствора "
     "натрия хлорида 400 мл со скоростью 80 мл/ч.",
     [M("2 г", 2, "quantity", "g"), M("1 раз", 1, "other", "times"),
      M("7 дней", 7, "quantity", "day"), M("0,9 %", 0.9, "percent", "%"),
      M("400 мл", 400, "quantity", "ml"), M("80 мл/ч", 80, "quantity", "ml/h")]),
    ("В исследование включены 146 пациентов в возрасте 45–78 лет. Через 12 недель терапии "
     "уровень HbA1c снизился в среднем с 8,6 до 7,2 % (p < 0,001), у 38 (26 %) пациентов "
     "отмечены нежелательные явления I–II степени [4].",
     [M("146", 146, "count"), R("45–78 лет", 45, 78, "year"),
      M("12 недель", 12, "quantity", "week"), M("1", 1, "other", glued=True),
      R("8,6 до 7,2 %", 8.6, 7.2, "%"), M("0,001", 0.001, "other"), M("38", 38, "count"),
      M("26 %", 26, "percent", "%"), M("I–II", 1, "identifier", range_end=2),
      M("4", 4, "reference")]),
    ("Ибупрофен, суспензия 100 мг/5 мл. Детям от 6 месяцев до 12 лет — из расчёта 5–10 мг/кг "
     "массы тела 3–4 раза в сутки.",
     [M("100 мг", 100, "quantity", "mg"), M("5 мл", 5, "quantity", "ml"),
      M("6 месяцев", 6, "quantity", "month"), M("12 лет", 12, "quantity", "year"),
      R("5–10 мг/кг", 5, 10, "mg/kg"), R("3–4 раза", 3, 4, "times")]),
    # ---- construction norms
    ("Согласно СП 20.13330.2016 «Нагрузки и воздействия» нормативное значение веса снегового "
     "покрова для III снегового района составляет 1,5 кПа (150 кгс/м²); коэффициент надёжности "
     "по снеговой нагрузке принимается равным 1,4 (п. 10.12).",
     [M("20.13330.2016", None, "identifier"), M("III", 3, "identifier"),
      M("1,5 кПа", 1.5, "quantity", "kPa"), M("150 кгс/м²", 150, "quantity", "kgf/m2"),
      M("1,4", 1.4, "other"), M("10.12", None, "identifier")]),
    ("По СНиП 31-01-2003 высота жилых комнат и кухни должна быть не менее 2,5 м, ширина марша "
     "лестницы в секционных домах высотой до 3 этажей — не менее 1,05 м, а уклон марша — не "
     "более 1:1,75.",
     [M("31-01-2003", None, "identifier"), M("2,5 м", 2.5, "quantity", "m"),
      M("3", 3, "count"), M("1,05 м", 1.05, "quantity", "m"), M("1:1,75", None, "other")]),
    ("Бетон класса В25 (марка М350) по прочности на сжатие, марка по морозостойкости F150, по "
     "водонепроницаемости W6 — по ГОСТ 26633-2015. Толщина защитного слоя для рабочей арматуры "
     "фундаментов — не менее 40 мм.",
     [M("В25", 25, "identifier"), M("М350", 350, "identifier"), M("F150", 150, "identifier"),
      M("W6", 6, "identifier"), M("26633-2015", None, "identifier"),
      M("40 мм", 40, "quantity", "mm")]),
    ("Противопожарное расстояние между жилыми зданиями I и II степени огнестойкости принимается "
     "не менее 6 м, а между зданиями IV и V степени — не менее 15 м.",
     [M("I", 1, "identifier"), M("II", 2, "identifier"), M("6 м", 6, "quantity", "m"),
      M("IV", 4, "identifier"), M("V", 5, "identifier"), M("15 м", 15, "quantity", "m")]),
    ("Уклон плоской кровли — от 1,5 до 3 %. Укладку рулонного материала ведут при температуре "
     "наружного воздуха не ниже минус 15 °C; расход мастики — 1,2 кг/м² на один слой.",
     [R("1,5 до 3 %", 1.5, 3, "%"), M("минус 15 °C", -15, "quantity", "degC"),
      M("1,2 кг/м²", 1.2, "quantity", "kg/m2"), M("один", 1, "count")]),
    ("Локальный сметный расчёт № 02-01-03: устройство стяжки толщиной 50 мм — 1 240 м², стоимость "
     "работ в текущих ценах 2 148 560 руб., в т. ч. НДС 20 % — 358 093 руб. 33 коп.",
     [M("№ 02-01-03", None, "identifier"), M("50 мм", 50, "quantity", "mm"),
      M("1 240 м²", 1240, "quantity", "m2"), M("2 148 560 руб.", 2148560, "money", "RUB"),
      M("20 %", 20, "percent", "%"), M("358 093 руб. 33 коп.", 358093.33, "money", "RUB")]),
    # ---- transport timetables and tariffs
    ("Поезд № 016А «Арктика» Москва — Мурманск отправляется с Ленинградского вокзала в 00:43 и "
     "прибывает в Мурманск в 08:55 через день; время в пути — 1 сут. 8 ч 12 мин. Стоимость "
     "купе — от 7 840 руб.",
     [M("№ 016А", 16, "identifier"), M("00:43", hm(0, 43), "other"),
      M("08:55", hm(8, 55), "other"), M("1 сут.", 1, "quantity", "day"),
      M("8 ч", 8, "quantity", "hour"), M("12 мин", 12, "quantity", "minute"),
      M("7 840 руб.", 7840, "money", "RUB")]),
    ("Расписание электропоездов Москва-Курская — Петушки на 15 марта: 06:12 (ежедневно), 07:40 "
     "(по рабочим дням), 09:05 «Ласточка» (экспресс). Время в пути — 2 ч 25 мин.",
     [M("15 марта", None, "date"), M("06:12", hm(6, 12), "other"),
      M("07:40", hm(7, 40), "other"), M("09:05", hm(9, 5), "other"),
      M("2 ч", 2, "quantity", "hour"), M("25 мин", 25, "quantity", "minute")]),
    ("С 2 января 2025 года стоимость проезда в метро по карте «Тройка» составит 64 руб., разовый "
     "билет на 1 поездку — 90 руб. Билет «Единый» на 30 дней будет стоить 3 210 руб.",
     [M("2 января 2025", 2025, "date"), M("64 руб.", 64, "money", "RUB"), M("1", 1, "count"),
      M("90 руб.", 90, "money", "RUB"), M("30 дней", 30, "quantity", "day"),
      M("3 210 руб.", 3210, "money", "RUB")]),
    ("Тариф «Эконом»: подача — 99 ₽, включено 3 км и 5 минут, далее 14 ₽/км и 9 ₽/мин; ожидание — "
     "7 ₽ за минуту после 3 бесплатных.",
     [M("99 ₽", 99, "money", "RUB"), M("3 км", 3, "quantity", "km"),
      M("5 минут", 5, "quantity", "minute"), M("14 ₽/км", 14, "money", "RUB"),
      M("9 ₽/мин", 9, "money", "RUB"), M("7 ₽", 7, "money", "RUB"),
      M("3", 3, "quantity", "minute")]),
    ("Теплоход «Метеор» Санкт-Петербург — Петергоф ходит с 1 мая по 30 сентября каждые 30 минут "
     "с 09:30 до 18:00. Билет — 1 300 руб., детям до 7 лет проезд бесплатный.",
     [M("1 мая", None, "date"), M("30 сентября", None, "date"),
      M("30 минут", 30, "quantity", "minute"), R("09:30 до 18:00", 9.5, 18),
      M("1 300 руб.", 1300, "money", "RUB"), M("7 лет", 7, "quantity", "year")]),
    # ---- school textbooks
    ("№ 245. Из двух городов, расстояние между которыми 420 км, одновременно навстречу друг другу "
     "выехали два автомобиля. Скорость одного из них 65 км/ч, другого — 75 км/ч. Через сколько "
     "часов они встретятся?",
     [M("№ 245", 245, "identifier"), M("двух", 2, "count"), M("420 км", 420, "quantity", "km"),
      M("два", 2, "count"), M("65 км/ч", 65, "quantity", "km/h"),
      M("75 км/ч", 75, "quantity", "km/h")]),
    ("Задание 3. Вычислите: 3/4 + 5/6 − 1 1/2. Туристы прошли в первый день 2/5 всего маршрута, "
     "во второй — 3/8, а в третий — оставшиеся 18 км. Какова длина маршрута?",
     [M("3", 3, "identifier"), M("3/4", 0.75, "other"), M("5/6", 5 / 6, "other"),
      M("1 1/2", 1.5, "other"), M("2/5", 0.4, "other"), M("3/8", 0.375, "other"),
      M("18 км", 18, "quantity", "km")]),
    ("Задача 4. Тело массой 2 кг свободно падает с высоты 45 м. Определите время падения и "
     "скорость тела в момент удара о землю. Сопротивлением воздуха пренебречь, g = 10 м/с². "
     "(Ответ: 3 с; 30 м/с.)",
     [M("4", 4, "identifier"), M("2 кг", 2, "quantity", "kg"), M("45 м", 45, "quantity", "m"),
      M("10 м/с²", 10, "quantity", "m/s2"), M("3 с", 3, "quantity", "second"),
      M("30 м/с", 30, "quantity", "m/s")]),
    ("Упражнение 18. 1. Какое количество теплоты выделит за 10 мин электрическая плитка "
     "сопротивлением 40 Ом при силе тока 5 А? 2. Две лампы мощностью 60 и 100 Вт соединены "
     "параллельно. Какая из них горит ярче?",
     [M("18", 18, "identifier"), M("1", 1, "identifier"), M("10 мин", 10, "quantity", "minute"),
      M("40 Ом", 40, "quantity", "ohm"), M("5 А", 5, "quantity", "A"),
      M("2", 2, "identifier"), M("Две", 2, "count"), M("60", 60, "quantity", "W"),
      M("100 Вт", 100, "quantity", "W")]),
    ("Геометрия. 7–9 классы: учебник / Л. С. Атанасян [и др.]. — 12-е изд. — М.: Просвещение, "
     "2022. — 416 с. § 38. Площадь треугольника равна половине произведения его основания на "
     "высоту.",
     [M("7–9", 7, "identifier", range_end=9), M("12-е", 12, "reference"),
      M("2022", 2022, "reference"), M("416", 416, "reference"), M("§ 38", 38, "identifier"),
      M("половине", 0.5, "other")]),
    ("Задача 7. Цена товара сначала повысилась на 20 %, а затем снизилась на 20 %. Изменилась ли "
     "цена по сравнению с первоначальной, если она составляла 1 500 рублей? Сколько граммов соли "
     "надо растворить в 200 г воды, чтобы получить 20%-ный раствор?",
     [M("7", 7, "identifier"), M("20 %", 20, "percent", "%"), M("20 %", 20, "percent", "%"),
      M("1 500 рублей", 1500, "money", "RUB"), M("200 г", 200, "quantity", "g"),
      M("20%", 20, "percent", "%")]),
    # ---- weather and hydrology bulletins
    ("Погода в Новосибирске на 14 января: ночью −27…−32 °C, днём −22…−24 °C, без осадков. Ветер "
     "юго-западный, 2–7 м/с. Атмосферное давление 762 мм рт. ст., относительная влажность 78 %.",
     [M("14 января", None, "date"), R("−27…−32 °C", -27, -32, "degC"),
      R("−22…−24 °C", -22, -24, "degC"), R("2–7 м/с", 2, 7, "m/s"),
      M("762 мм рт. ст.", 762, "quantity", "mmHg"), M("78 %", 78, "percent", "%")]),
    ("Штормовое предупреждение № 14. В ближайшие 1–3 часа с сохранением до 21 часа 18 июля в "
     "Москве местами ожидаются сильный ливень, гроза, град, при грозе усиление ветра до 17–22 м/с.",
     [M("№ 14", 14, "identifier"), R("1–3 часа", 1, 3, "hour"),
      M("21 часа", 21, "other", "hour"), M("18 июля", None, "date"),
      R("17–22 м/с", 17, 22, "m/s")]),
    ("Гидрологическая обстановка на 8 часов 20 апреля. Уровень воды в р. Тобол у г. Курган — "
     "712 см, за сутки поднялся на 26 см. Расход воды — 1 180 м³/с, ледоход завершился 16 апреля.",
     [M("8 часов", 8, "other", "hour"), M("20 апреля", None, "date"),
      M("712 см", 712, "quantity", "cm"), M("26 см", 26, "quantity", "cm"),
      M("1 180 м³/с", 1180, "quantity", "m3/s"), M("16 апреля", None, "date")]),
    ("Март 2024 года в Екатеринбурге оказался на 3,6 °C теплее климатической нормы. Осадков "
     "выпало 41 мм, или 162 % месячной нормы, а 27 марта был зафиксирован суточный максимум "
     "+11,4 °C.",
     [M("Март 2024", 2024, "date"), M("3,6 °C", 3.6, "quantity", "degC"),
      M("41 мм", 41, "quantity", "mm"), M("162 %", 162, "percent", "%"),
      M("27 марта", None, "date"), M("+11,4 °C", 11.4, "quantity", "degC")]),
    ("Прогноз для Финского залива на 18–19 октября: ветер западный 12–17 м/с, порывы до 23 м/с, "
     "высота волн 1,5–2,5 м. Подъём воды у Кронштадта до 160 см над ординаром.",
     [M("18–19 октября", None, "date"), R("12–17 м/с", 12, 17, "m/s"),
      M("23 м/с", 23, "quantity", "m/s"), R("1,5–2,5 м", 1.5, 2.5, "m"),
      M("160 см", 160, "quantity", "cm")]),
]
# fmt: on


def main() -> None:
    _bh.build_all({"ru": RU}, "dev_ru6", HERE)


if __name__ == "__main__":
    main()
