"""The kind readers of one language, tried in order before the general identifier, list,
duration, year and ordinal rules of :class:`.classify._Classifier`.

Each reader looks at one number (its atom, expression, span, unit and the word before it)
and returns a :class:`~.record._Verdict` or ``None``: ratings (``Моя оценка — 7 из 10``,
``We rate it 4 out of 5``), hotel stars (``4*``), BMI values, durations with an adjective
(``30 рабочих дней``, ``24 consecutive hours``), rounds, classes, wartime formations,
house numbers, rank nouns, day headings, elided units, versions, atomic and project
numbers and coefficients in Russian, Kazakh identifiers, scores and cited sources, goal
minutes after a scorer's name, the Indonesian numbers of an element's place in the
periodic table and of an electoral district.  Languages do not share readers except the
hotel stars and goal minutes; an unknown language (``None``) takes the English ones.
"""

from __future__ import annotations

from collections.abc import Callable

from .atoms import _Atom
from .bmi_values import bmi_value
from .classify_kk import kk_cited_source, kk_identifier, kk_score
from .coefficient_values import ru_coefficient_value
from .context import _Expr
from .en_ratings import en_rating
from .goal_minutes import goal_minute
from .hotel_stars import hotel_stars
from .id_districts import electoral_district
from .id_element_numbers import id_element_number
from .kk_approx_counts import kk_approx_count
from .kk_gazette_refs import kk_gazette_ref
from .qualified_durations import qualified_duration
from .record import _Verdict
from .ru_addresses import ru_house_number
from .ru_element_numbers import ru_element_number
from .ru_elided_units import ru_elided_unit
from .ru_everyday_naming import ru_day_heading
from .ru_formations import ru_formation_number
from .ru_rank_nouns import ru_rank_noun
from .ru_ratings import ru_rating, ru_rating_mark
from .ru_rounds_classes import ru_round_or_class
from .version_numbers import ru_version_identifier

__all__ = ["language_kind"]


class _Number:
    """What a reader may look at: the text, the number's atom, expression, span and unit,
    the word before it, the rows emitted so far and the language."""

    __slots__ = ("text", "a", "x", "start", "end", "unit", "prevw", "rows", "lang")

    def __init__(self, text, a, x, start, end, unit, prevw, rows, lang) -> None:  # noqa: ANN001
        self.text, self.a, self.x, self.start, self.end = text, a, x, start, end
        self.unit, self.prevw, self.rows, self.lang = unit, prevw, rows, lang


_Reader = Callable[[_Number], "_Verdict | None"]


def _stars(n: _Number) -> _Verdict | None:
    return hotel_stars(n.text, n.start, n.end, n.unit) if n.text[n.end : n.end + 1] == "*" else None


def _goal(n: _Number) -> _Verdict | None:
    return goal_minute(n.text, n.start, n.end, n.unit, n.x.value, n.lang)


_RU: tuple[_Reader, ...] = (
    lambda n: ru_rating(n.text, n.start, n.end, n.unit),
    lambda n: ru_rating_mark(n.text, n.start, n.end, n.unit),
    _stars,
    lambda n: qualified_duration(n.text, n.end, n.unit, n.lang),
    lambda n: ru_round_or_class(n.text, n.start, n.end, n.unit, n.prevw),
    lambda n: ru_formation_number(n.text, n.start, n.end, n.unit),
    lambda n: ru_house_number(n.text, n.start, n.end, n.unit),
    lambda n: ru_rank_noun(n.text, n.start, n.end, n.unit),
    lambda n: None if n.unit else ru_day_heading(n.text, n.start, n.end, n.prevw),
    lambda n: ru_elided_unit(n.text, n.start, n.end, n.unit, n.rows),
    lambda n: ru_version_identifier(n.text, n.start, n.end, n.unit, n.prevw),
    lambda n: ru_element_number(n.text, n.start, n.end, n.unit, n.prevw),
    lambda n: ru_coefficient_value(n.text, n.start, n.end, n.a.is_int, n.unit),
    _goal,
)
_KK: tuple[_Reader, ...] = (
    _stars,
    lambda n: kk_identifier(n.text, n.a, n.x, n.start, n.end, n.unit, n.prevw),
    lambda n: kk_score(n.text, n.start, n.end, n.unit),
    _goal,
    lambda n: kk_cited_source(n.text, n.start, n.end, n.unit),
    lambda n: kk_approx_count(n.text, n.a, n.end, n.unit),
    lambda n: qualified_duration(n.text, n.end, n.unit, n.lang),
    lambda n: kk_gazette_ref(n.text, n.start, n.end, n.unit),
)
_EN: tuple[_Reader, ...] = (
    _stars,
    lambda n: en_rating(n.text, n.start, n.end, n.unit),
    lambda n: bmi_value(n.text, n.start, n.end, n.unit),
    lambda n: qualified_duration(n.text, n.end, n.unit, n.lang),
)
_ID: tuple[_Reader, ...] = (
    _stars,
    lambda n: id_element_number(n.text, n.start, n.end, n.unit, n.prevw),
    lambda n: (
        _Verdict("identifier", n.end) if not n.unit and electoral_district(n.text, n.start) else None
    ),
)
_READERS: dict[str | None, tuple[_Reader, ...]] = {
    "ru": _RU, "kk": _KK, "en": _EN, "id": _ID, None: _EN
}


def language_kind(
    text: str,
    a: _Atom,
    x: _Expr,
    start: int,
    end: int,
    unit: str | None,
    prevw: str,
    rows: list,
    lang: str | None,
) -> _Verdict | None:
    """The verdict of the first reader of *lang* that knows the number, or ``None``.

    Parameters
    ----------
    text : str
        The whole text.
    a, x : _Atom, _Expr
        The number's first atom and its expression.
    start, end : int
        The number's span.
    unit : str or None
        The unit read after it.
    prevw : str
        The lower-cased word before it.
    rows : list
        The mentions emitted so far.
    lang : str or None
        The language of the text.

    Returns
    -------
    _Verdict or None
    """
    n = _Number(text, a, x, start, end, unit, prevw, rows, lang)
    for reader in _READERS.get(lang, (_stars,)):
        v = reader(n)
        if v is not None:
            return v
    return None
