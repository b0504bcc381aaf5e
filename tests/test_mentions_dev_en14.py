"""Families of phrasing fixed on the fourteenth English development set
(tests/data/mentions_dev_en14, historical and archival English: letters, diaries,
registers, inventories, directories, old newspapers): house numbers before an old-style or
lower-case street name, times of day named by the part of the day or ``of the clock``, and
references in small Roman numerals, the pronoun I in wills,
durations with an adjective before the time word, wind forces after a compass point, with hand-checked sentences written for these tests
(not copied from the set).

The set was annotated before the extractor was run on it; the rules were then tuned on
it, so its scores are floors, not estimates of accuracy on new text.
"""

from __future__ import annotations

import pytest
from mention_checks import check_kind, check_one, found

CASES = [
    # ---- a house number before a lower-case or hyphenated street name, a directory's pair
    ("en", "Brown Thomas, baker, 41 Bridge st.; Cole Mary", "41", 41.0, "identifier", None),
    ("en", "Dodd & Co., drapers, 6 Mill lane.", "6", 6.0, "identifier", None),
    ("en", "Eade & Son, grocers, 9 & 10 Corn place.", "9", 9.0, "identifier", None),
    ("en", "Eade & Son, grocers, 9 & 10 Corn place.", "10", 10.0, "identifier", None),
    ("en", "died at his house, 21, Portland-square, Bristol.", "21", 21.0, "identifier", None),
    # ---- a time of day named by the part of the day, and "of the clock"
    ("en", "We set out at 6 in the morning.", "6", 6.0, "other", None),
    ("en", "The shop is open from 9 in the forenoon.", "9", 9.0, "other", None),
    ("en", "He came home about 11 at night.", "11", 11.0, "other", None),
    ("en", "She was born between 5 and 6 of the clock.", "5", 5.0, "other", None),
    ("en", "She was born between 5 and 6 of the clock.", "6 of the clock", 6.0, "other", "hour"),
    ("en", "It rang at 7 of the clock precisely.", "7 of the clock", 7.0, "other", "hour"),
    ("en", "The fire began between 2 and 3 o'clock.", "2", 2.0, "other", None),
    # ---- small Roman volumes and chapters, and the verse after a chapter
    ("en", "See the Transactions, vol. xii. p. 40.", "xii", 12.0, "reference", None),
    ("en", "as shown in chap. iv of the Essay", "iv", 4.0, "reference", None),
    ("en", "The text was Psalms xxiii. 4 that day.", "xxiii", 23.0, "reference", None),
    ("en", "The text was Psalms xxiii. 4 that day.", "4", 4.0, "reference", None),
    ("en", "He read from Gen. ii. 7 aloud.", "7", 7.0, "reference", None),
    # ---- a duration with an adjective before the time word: the digits, unit inside
    ("en", "He fasted for 40 successive days.", "40", 40.0, "quantity", "day"),
    ("en", "Payment within 30 working days.", "30", 30.0, "quantity", "day"),
    ("en", "It rained for 3 whole weeks.", "3", 3.0, "quantity", "week"),
    # ---- a wind force after the wind's compass point
    ("en", "At noon: wind S.W. 6, squally.", "6", 6.0, "other", "Beaufort"),
    ("en", "Wind NNE 3; fine and clear.", "3", 3.0, "other", "Beaufort"),
    ("en", "Wind, E. by N. 5. Heavy swell.", "5", 5.0, "other", "Beaufort"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "value", "kind", "unit"), CASES)
def test_en14_family(
    lang: str, text: str, surface: str, value: float, kind: str, unit: str | None
) -> None:
    check_one(lang, text, surface, value, kind, unit, rel_tol=1e-6)


NEGATIVE = [
    # a number before capitalised words that are no street stays a count
    ("en", "He sold 14 High Court wigs.", [("14", "count")]),
    ("en", "We saw 3 Church windows.", [("3", "count")]),
    # a number of things seen in the morning is no time of day
    ("en", "We shot 8 in the morning and 5 at dusk.", [("8", "count"), ("5", "count")]),
    # an hour later than twelve, or a decimal, is no clock hour of the part of the day
    ("en", "It fell to 14 in the evening.", [("14", "count")]),
    # small letters that are a word, or with no cue, stay no number
    ("en", "He said it in vivo and in vitro.", []),
    ("en", "I met Liv. 3 more came later.", [("3", "count")]),
    ("en", "Tom felt ill. 3 doctors came.", [("3", "count")]),
    ("en", "Then Ivo. 2 more came.", [("2", "count")]),
    # the pronoun I after an item of a will is no Roman one; a numbered item stays
    ("en", "Item, I give to my son my best cloak.", []),
    ("en", "Item I bequeath to my daughter a bed.", []),
    ("en", "Part I of the Act applies.", [("I", "identifier")]),
    ("en", "Charles I was executed in 1649.", [("I", "ordinal"), ("1649", "year")]),
    # an adjective before a noun that is no time word leaves a count
    ("en", "They had 3 consecutive wins.", [("3", "count")]),
    # a number after a compass point with no wind word, or above 12, is no wind force
    ("en", "The flat at 12 SW 6 is let.", [("12", "count"), ("6", "identifier")]),
    ("en", "Wind SW 20 knots.", [("20 knots", "quantity")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NEGATIVE)
def test_en14_negative(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    got = [(s, k) for s, k, _, _ in found(lang, text)]
    assert got == expected
    for surface, kind in expected:
        check_kind(lang, text, surface, kind)
