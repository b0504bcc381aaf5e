"""Unit forms of the lexicon that are kept exactly as written (no inflection is made from
them), for ``scripts/build_unit_lexicon.py``.

* Everyday technical English: product specifications (``128GB``, ``4,575mAh``, ``71dB``),
  kitchen measures (``1 teaspoonful``, ``3/4 cup``), laboratory values (``168 µmol/L``),
  physics (``12 Ω``, ``9.8 m/s²``), weather (``1021hPa``), engineering (``50 ksi``),
  navigation (``7,530 nmi``) and points in a table (``11pts``).
* Russian laboratory, physics and publishing symbols: prefixed SI symbols (``12 ммоль``,
  ``0,5 мкг/л``, ``3 мкм``, ``5 мА``, ``10 мэВ``), compound symbols with an exponent
  (``3 м/с²``, ``2,5 Дж/см²``), the pressure unit ``бар`` in the counted form only (``бара``,
  ``баров`` are as often the bars of a street: ``3 бара и 2 ресторана``), the typographic
  point (``12 пт``), the printed sheet (``5,4 п. л.``) and frequencies per million words
  (``412,7 ipm``).
* Russian doses in international units: ``600–800 МЕ``, ``2000 международных единиц``.
* Russian food energy: ``120 ккал``, every case form of ``килокалория`` and ``калория``
  (``кал`` alone is left out: it is also a noun of everyday speech).

A form already in the lexicon (a Pint row or a local row of the same language) keeps its
earlier row; the rows here are added after them, first row first.
"""

from __future__ import annotations

#: (lang, form, unit code, dimension): technical English ("und": a symbol of any language)
TECHNICAL_EN: tuple[tuple[str, str, str, str], ...] = (
    # digital storage and batteries
    *(("und", f, f, "information") for f in ("kB", "MB", "GB", "TB")),
    *(("en", f, "GB", "information") for f in ("gigabyte", "gigabytes")),
    *(("en", f, "MB", "information") for f in ("megabyte", "megabytes")),
    *(("en", f, "TB", "information") for f in ("terabyte", "terabytes")),
    # bits and bytes in words ("occupies 64 bits", "a 16-byte key" is a hyphen rule)
    *(("en", f, "bit", "information") for f in ("bit", "bits")),
    *(("en", f, "byte", "information") for f in ("byte", "bytes")),
    ("und", "mAh", "mAh", "charge"),
    # sound level
    *(("und", f, "dB", "sound level") for f in ("dB", "dBA", "dB(A)")),
    ("en", "decibels", "dB", "sound level"),
    ("en", "decibel", "dB", "sound level"),
    # navigation
    ("en", "nmi", "nmi", "length"),
    # pressure and stress
    ("und", "hPa", "hPa", "pressure"),
    ("en", "hectopascals", "hPa", "pressure"),
    ("en", "hectopascal", "hPa", "pressure"),
    ("en", "ksi", "ksi", "pressure"),
    # resistance
    ("und", "Ω", "ohm", "resistance"),
    ("und", "kΩ", "kohm", "resistance"),
    ("und", "MΩ", "Mohm", "resistance"),
    ("en", "ohms", "ohm", "resistance"),
    ("en", "ohm", "ohm", "resistance"),
    # acceleration
    *(("und", f, "m/s2", "acceleration") for f in ("m/s²", "m/s2", "m s⁻²")),
    *(("und", f, "ft/s2", "acceleration") for f in ("ft/s²", "ft/s2")),
    # laboratory concentrations (micro is "u" in the codes)
    *(("und", f, "umol/l", "concentration") for f in ("µmol/l", "μmol/l", "umol/l")),
    ("und", "nmol/l", "nmol/l", "concentration"),
    ("und", "pmol/l", "pmol/l", "concentration"),
    ("und", "mg/dl", "mg/dl", "concentration"),
    ("und", "g/dl", "g/dl", "concentration"),
    ("und", "g/l", "g/l", "concentration"),
    ("und", "mg/l", "mg/l", "concentration"),
    ("und", "ng/ml", "ng/ml", "concentration"),
    ("und", "meq/l", "meq/l", "concentration"),
    # kitchen measures
    *(("en", f, "cup", "volume") for f in ("cup", "cups", "cupful", "cupfuls")),
    *(("en", f, "tsp", "volume") for f in ("teaspoonful", "teaspoonfuls", "tsps")),
    *(("en", f, "tbsp", "volume") for f in ("tablespoonful", "tablespoonfuls", "tbsps", "tbs")),
    *(("en", f, "dsp", "volume") for f in ("dessertspoonful", "dessertspoonfuls")),
    ("en", "lbs", "lb", "mass"),
    # British spellings of the gram's multiples ("61 microgrammes of alcohol")
    *(("en", f, "ug", "mass") for f in ("microgramme", "microgrammes")),
    *(("en", f, "mg", "mass") for f in ("milligramme", "milligrammes")),
    *(("en", f, "kg", "mass") for f in ("kilogramme", "kilogrammes")),
    *(("en", f, "g", "mass") for f in ("gramme", "grammes")),
    # points in a league table ("Middlesex 11pts")
    ("en", "pts", "point", "score"),
    # structural engineering: forces, line loads, moments ("12.5 kN/m", "40 kN·m");
    # "N" alone is left out (a letter of many abbreviations)
    *(("und", f, f, "force") for f in ("kN", "MN")),
    *(("en", f, "kN", "force") for f in ("kilonewtons", "kilonewton")),
    *(("und", f, "kN/m", "line load") for f in ("kN/m", "N/mm")),
    *(("und", f, "kN/m2", "pressure") for f in ("kN/m²", "kN/m2")),
    *(("und", f, "kN*m", "torque") for f in ("kN·m", "kNm", "kN-m", "kN m")),
    # data rates ("25 Gbit/s", "100 Mbps", "1 Gb/s")
    *(("und", f, "kbit/s", "data rate") for f in ("kbit/s", "kbps", "Kbps")),
    *(("und", f, "Mbit/s", "data rate") for f in ("Mbit/s", "Mbps", "Mb/s")),
    *(("und", f, "Gbit/s", "data rate") for f in ("Gbit/s", "Gbps", "Gb/s")),
    *(("und", f, "Tbit/s", "data rate") for f in ("Tbit/s", "Tbps", "Tb/s")),
    # respiratory rate ("24 breaths per minute", "18 breaths/min")
    *(
        ("en", f, "1/min", "frequency")
        for f in ("breaths per minute", "breaths a minute", "breaths/min", "breaths/minute")
    ),
    # apothecaries' measures of old pharmacopoeias ("ten to thirty minims", "two drachms")
    *(("en", f, "minim", "volume") for f in ("minims", "minim")),
    *(("en", f, "drachm", "mass") for f in ("drachms", "drachm")),
    *(("en", f, "scruple", "mass") for f in ("scruples", "scruple")),
)

# Russian prefixed symbols: Cyrillic prefix -> code prefix; the bases they combine with
_RU_PREFIX = {"к": "k", "м": "m", "мк": "u", "н": "n", "п": "p", "М": "M", "Г": "G"}
_RU_BASES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    # Cyrillic symbol -> (code, dimension, prefixes it takes here)
    "моль": ("mol", "amount", ("", "к", "м", "мк", "н", "п")),
    "г": ("g", "mass", ("мк", "н", "п")),
    "л": ("l", "volume", ("мк", "н")),
    "м": ("m", "length", ("мк",)),
    "А": ("A", "current", ("к", "м", "мк")),  # not "А" alone: "5 А класс"
    "В": ("V", "voltage", ("м", "мк")),
    "эВ": ("eV", "energy", ("к", "м", "М", "Г")),
    "Дж": ("J", "energy", ("к", "м", "М")),
    "Вт": ("W", "power", ("мк",)),
    "с": ("s", "time", ("м", "мк", "н")),
    "Гц": ("Hz", "frequency", ("к", "М", "Г")),
    "Ом": ("ohm", "resistance", ("", "к", "М")),
}

# Russian symbols needing no prefix table: (forms, code, dimension)
_RU_PLAIN: tuple[tuple[str, str, str], ...] = (
    ("моля;молей", "mol", "amount"),
    ("м/с²;м/с2;м/сек²;м/сек2", "m/s2", "acceleration"),
    ("Дж/см²;Дж/см2", "J/cm2", "fluence"),
    ("мДж/см²;мДж/см2", "mJ/cm2", "fluence"),
    ("Дж/м²;Дж/м2", "J/m2", "fluence"),
    ("Вт/м²;Вт/м2", "W/m2", "irradiance"),
    ("Вт/см²;Вт/см2", "W/cm2", "irradiance"),
    ("кДж/моль", "kJ/mol", "molar energy"),
    ("мкг/л", "ug/l", "concentration"),
    ("мкг/мл", "ug/ml", "concentration"),
    ("нг/мл", "ng/ml", "concentration"),
    ("мкмоль/л", "umol/l", "concentration"),
    ("нмоль/л", "nmol/l", "concentration"),
    ("бар", "bar", "pressure"),
    ("пт", "pt", "length"),
    ("п. л.;п.л.;печ. л.;печатных листа;печатных листов;печатный лист", "print_sheet", "count"),
    ("ipm", "ipm", "rate"),
    # international units of a vitamin or drug dose ("до 2000 МЕ")
    ("МЕ;международных единиц;международные единицы;международная единица;"
     "международной единицы;международную единицу", "IU", "biological activity"),
    # food energy
    ("ккал", "kcal", "energy"),
    (
        "килокалория;килокалории;килокалорий;килокалориям;килокалориями;килокалориях;"
        "килокалорию;килокалорией",
        "kcal",
        "energy",
    ),
    ("калория;калории;калорий;калориям;калориями;калориях;калорию;калорией", "cal", "energy"),
    # population density in reference prose ("средняя плотность — 2,2 чел./км²")
    ("чел./км²;чел./км2;чел/км²;чел/км2;чел./кв. км;чел. на км²;чел. на 1 км²;"
     "человек на км²;человек на кв. км", "1/km2", "density"),
    # the hryvnia and the Belarusian rouble abbreviated ("2 361 грн", "35 бел. руб.")
    ("грн;UAH", "UAH", "money"),
    ("бел. руб.;бел. рублей;бел. рубля;бел. рубль;BYN", "BYN", "money"),
)


def ru_lab_rows() -> list[tuple[str, str, str, str]]:
    """The Russian symbols as (lang, form, unit code, dimension) rows."""
    rows = []
    for base, (code, dim, prefixes) in _RU_BASES.items():
        rows += [("ru", p + base, _RU_PREFIX.get(p, "") + code, dim) for p in prefixes]
    for forms, code, dim in _RU_PLAIN:
        rows += [("ru", f, code, dim) for f in forms.split(";")]
    return rows


#: Indonesian abbreviations kept as written: "gr" is the everyday gram of recipes and
#: shop labels ("200 gr gula pasir", "225 gr terigu"); the grain has no use in Indonesian
INDONESIAN: tuple[tuple[str, str, str, str], ...] = (("id", "gr", "g", "mass"),)


def written_rows() -> list[tuple[str, str, str, str, str]]:
    """Every row of this module in the lexicon's columns (source "local"), Russian first."""
    rows = [*ru_lab_rows(), *TECHNICAL_EN, *INDONESIAN]
    return [(lg, f, u, d, "local") for lg, f, u, d in rows]
