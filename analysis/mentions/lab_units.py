"""Unit symbols of Russian laboratory, physics and publishing prose that the generated
lexicon (``data/units.tsv``) lacks: prefixed SI symbols (``12 ммоль``, ``0,5 мкг/л``,
``3 мкм``, ``5 мА``, ``10 мэВ``), compound symbols with an exponent (``3 м/с²``,
``2,5 Дж/см²``), the pressure unit ``бар`` in the counted form only, the typographic
point (``12 пт``), the printed sheet of a list of publications (``5,4 п. л.``) and corpus
frequencies per million words (``412,7 ipm``).

The rows are added to the lexicon by :func:`analysis.mentions.unit_table._rows`, so they
are looked up like any other form (longest match, dot of an abbreviation inside).

``бар`` is only the counted form (``1 бар``, ``5 бар``): ``бара``, ``баров`` are as often
the bars of a street (``3 бара и 2 ресторана``) and are left out.
"""

from __future__ import annotations

__all__ = ["LAB_UNIT_ROWS"]

# prefixed symbols: Cyrillic prefix -> code prefix; the base symbols they combine with
_PREFIX = {"к": "k", "м": "m", "мк": "u", "н": "n", "п": "p"}
_BASES: dict[str, tuple[str, str, tuple[str, ...]]] = {
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
_BIG = {"М": "M", "Г": "G"}

# symbols needing no prefix table: (forms, code, dimension)
_PLAIN: tuple[tuple[str, str, str], ...] = (
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
)


def _rows() -> tuple[tuple[str, str, str, str, str], ...]:
    rows: list[tuple[str, str, str, str, str]] = []
    for base, (code, dim, prefixes) in _BASES.items():
        for p in prefixes:
            cp = _BIG.get(p) or _PREFIX.get(p, "")
            rows.append(("ru", p + base, cp + code, dim, "local"))
    for forms, code, dim in _PLAIN:
        rows.extend(("ru", f, code, dim, "local") for f in forms.split(";"))
    return tuple(rows)


#: ``(lang, form, unit, dimension, source)`` rows, in the columns of ``data/units.tsv``.
LAB_UNIT_ROWS: tuple[tuple[str, str, str, str, str], ...] = _rows()
