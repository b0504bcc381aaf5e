"""Russian units of food energy: ``120 ккал``, ``2000 килокалорий``, ``15 кал``.

The abbreviation ``ккал`` does not inflect; the full word ``килокалория`` does, and all
its case forms are listed.  ``кал`` alone is left out (it is also a noun of everyday
speech), only its full word ``калория`` is kept.
"""

from __future__ import annotations

__all__ = ["RU_FOOD_ENERGY_ROWS"]

_KILO = "килокалория килокалории килокалорий килокалориям килокалориями килокалориях килокалорию килокалорией"
_CAL = "калория калории калорий калориям калориями калориях калорию калорией"

#: (lang, form, unit code, dimension, source) rows for :mod:`.unit_table`
RU_FOOD_ENERGY_ROWS: tuple[tuple[str, str, str, str, str], ...] = (
    ("ru", "ккал", "kcal", "energy", "local"),
    *(("ru", f, "kcal", "energy", "local") for f in _KILO.split()),
    *(("ru", f, "cal", "energy", "local") for f in _CAL.split()),
)
