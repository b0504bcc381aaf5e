"""Families of phrasing fixed on the fifth Kazakh development set
(tests/data/mentions_dev_kk5), with hand-checked sentences written for these tests (none
copied from the set), including negative cases showing that the rules do not misfire.

The set was annotated blind and the Kazakh rules were then tuned on it, so its scores say
nothing about accuracy on new text.
"""

from __future__ import annotations

from functools import partial

import pytest
from mention_checks import found_rounded

_found = partial(found_rounded, "kk")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a numbered noun after the hyphen: a class before a vowel suffix, an aul, a grade
        ("Оқушы 9-сыныбын бітірді.", [("9", "identifier", 9.0, None)]),
        ("Ол 3-ауылда тұрады.", [("3", "identifier", 3.0, None)]),
        ("Дүкенге 2-сұрыпты ұн әкелінді.", [("2", "identifier", 2.0, None)]),
        # the Nth member is an ordinal
        ("Ел ұйымның 45-мүшесі атанды.", [("45", "ordinal", 45.0, None)]),
        # without the hyphen the noun is counted
        ("Ауданда 14 ауыл бар.", [("14", "count", 14.0, None)]),
    ],
)
def test_kazakh_hyphen_numbered_nouns(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "мәрте" (times) is a multiplier like "рет" and "дүркін"
        ("Ол үш мәрте чемпион атанды.", [("үш мәрте", "other", 3.0, "times")]),
        ("Команда 5 мәртеге жуық жеңді.", [("5 мәртеге", "other", 5.0, "times")]),
    ],
)
def test_kazakh_marte_multiplier(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "қазандық" (boiler room) and "маусымдық" (seasonal) are no months
        ("Ауылда 8 қазандық салынды.", [("8", "count", 8.0, None)]),
        ("Облыста 40 маусымдық жұмысшы бар.", [("40", "count", 40.0, None)]),
        # the months stay dates
        ("Жиын 3 қазанда өтті.", [("3 қазанда", "date", None, None)]),
        ("Жиын 12 маусымда өтті.", [("12 маусымда", "date", None, None)]),
    ],
)
def test_kazakh_month_adjectives_are_no_dates(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a round number approximated after its case suffix counts things
        ("Кітапханада 3000-нан астам кітап бар.", [("3000", "count", 3000.0, None)]),
        ("Жиынға 1200-ге жуық адам келді.", [("1200", "count", 1200.0, None)]),
        # a year with its case suffix stays a year
        ("1995-тен бастап жұмыс істейді.", [("1995", "year", 1995.0, None)]),
    ],
)
def test_kazakh_approximate_counts(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the age of a history is a duration in years
        ("Таразның 2000 жылдық тарихы бар.", [("2000 жылдық", "quantity", 2000.0, "year")]),
        # the report of a year stays a year
        ("Компания 2023 жылдық есебін жариялады.", [("2023", "year", 2023.0, None)]),
    ],
)
def test_kazakh_history_ages(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # working days: a duration in days, the digits only
        ("Өтініш 10 жұмыс күні ішінде қаралады.", [("10", "quantity", 10.0, "day")]),
        ("Курс 2 толық жылға созылады.", [("2", "quantity", 2.0, "year")]),
        # working places are counted
        ("Зауытта 40 жұмыс орны ашылды.", [("40", "count", 40.0, None)]),
    ],
)
def test_kazakh_qualified_durations(text, expected):
    assert _found(text) == expected


def test_kazakh_gazette_citation():
    # the year, the issue and the document number of the gazette are references
    text = "Ереже бекітілді (ҚР ПҮАЖ-ы, 2021 ж., № 44, 358-құжат)."
    assert _found(text) == [
        ("2021", "reference", 2021.0, None),
        ("№ 44", "reference", 44.0, None),
        ("358", "reference", 358.0, None),
    ]
    # a numbered workshop and a year outside such a bracket stay as they are
    assert _found("Зауыттың № 44 цехы 2021 ж. ашылды.") == [
        ("№ 44", "identifier", 44.0, None),
        ("2021", "year", 2021.0, None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "бір" before a bare noun and its cost counts one thing
        (
            "Бір кітап бағасы 2500 теңге.",
            [("Бір", "count", 1.0, None), ("2500 теңге", "money", 2500.0, "KZT")],
        ),
        # "тағы бір" (another) stays the article
        ("Тағы бір кітап бағасы 2500 теңге.", [("2500 теңге", "money", 2500.0, "KZT")]),
    ],
)
def test_kazakh_one_before_its_cost(text, expected):
    assert _found(text) == expected
