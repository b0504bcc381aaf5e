"""Money in parts: a main unit with its sub-units as one amount (``5 рублей 20 копеек`` ->
5.2 RUB, ``3 dollars and 40 cents``), a sub-unit alone (``20 копеек``, ``12p``, ``95 к.`` in a
price list, ``a dollar and 20 cents``), and the currency a bare scaled amount carries from an
amount of money shortly before (``1 410 млн руб., из которых 1 100 млн``); a mixin of the
number rules (:mod:`.amounts`)."""

from __future__ import annotations

import math
import re

from .atoms import _Atom
from .numbers import expr_at
from .ru_elided_units import money_noun_before
from .units import subunit_after, unit_after

# before the sub-unit amount after an amount of money: "5 рублей 20 копеек", "3 dollars and 40 cents"
_SUB_CONN = re.compile(r"(?:,?[ \u00a0]+(?:and|и|және|dan))?[ \u00a0]+")

# "a dollar and" before a sub-unit amount: one main unit
_ONE_MAIN_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:an?|one)[ \u00a0]+(?P<w>[^\W\d_]+)(?:,?[ \u00a0]+and)?[ \u00a0]+$",
    re.IGNORECASE,
)

# a ruble or kopeck abbreviation after an amount shortly before: a price list, where
# "95 к." alone is kopecks ("2 р. 40 к.; ... пуд муки — 95 к.")
_PRICE_LIST_BEFORE = re.compile(r"\d[ \u00a0](?:р\.|руб\.|коп\.|к\.(?![ \u00a0]?\d))")

# "12p a loaf": pence glued to the digits, then no letter, digit nor a dot before a letter
_GLUED_PENCE = re.compile(r"p(?![^\W_]|\.\w|[-‐]\w)")
# "24.5p", a share price in pence: "245.6p", "1,082p" (never a video resolution, "1080p")
_DEC_PENCE = re.compile(r"\d{1,4}\.\d{1,2}|\d{1,2},\d{3}(?:\.\d{1,2})?")

_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_]+)")
# a Russian verb form (past tense, reflexive, present) after a number
_VERBISH = re.compile(r"(?:л|ла|ло|ли|ся|сь|ет|ит|ут|ют|ат|ят|ены|ена|ено|аны|ана|ано|иты|ыты)$")


class _MoneyPartRules:
    """Methods of :class:`~analysis.mentions.extractor._Extractor` (a mixin)."""

    def _money_subunit(
        self, a: _Atom, u: tuple[int, str, str] | None, value: float, end: int
    ) -> int:
        """Money with sub-units as one amount (``5 рублей 20 копеек`` -> 5.2 RUB,
        ``3 dollars and 40 cents``, ``сто рублей пятьдесят копеек``, ``2 pounds 50 pence``
        -> GBP, not lb) or a sub-unit alone (``20 копеек`` -> 0.2 RUB, ``a dollar and 20
        cents`` -> 1.2 USD, ``12p`` -> 0.12 GBP); the next atom if emitted, else 0."""
        text = self.text
        if u is None:
            su = subunit_after(text, end) or self._glued_pence(a, end) or self._price_kopecks(a, end)
            if su is None:
                return 0
            start, main, code = self._one_main_unit_before(a.start)
            self.emit(start, su[0], main + value * su[2], "money", code or su[1])
            return self._atom_after(su[0])
        if u[2] != "money" and u[1] != "lb":
            return 0
        m = _SUB_CONN.match(text, u[0])
        j = self._atom_after(m.end()) if m else 0
        atoms = self.atoms
        if not m or j >= len(atoms) or atoms[j].start != m.end() or atoms[j].cur:
            return 0
        y = expr_at(text, atoms, j)
        zero = text[y.start : y.end] == "00"  # "… рублей 00 копеек"
        if y is None or not math.isnan(y.scale) or not (0 < y.value < 100 or zero) or y.value % 1:
            return 0
        su = subunit_after(text, y.end, u[1])
        if su is None and atoms[j].typ == "num" and y.n_atoms == 1:
            su = self._glued_pence(atoms[j], y.end)
        if su is None or (u[1] == "lb" and su[1] != "GBP"):
            return 0
        code = "GBP" if u[1] == "lb" else u[1]
        self.emit(a.start, su[0], value + y.value * su[2], "money", code)
        return y.last + 1

    def _glued_pence(self, a: _Atom, end: int) -> tuple[int, str, float] | None:
        """``12p``, ``24.5p``, ``1,082p``: one or two English digits, a decimal or a
        grouped thousand glued to ``p`` then a non-letter are pence (not ``p.12``, ``12pp``,
        ``5p.m.``, ``1080p``)."""
        if (
            self.lang == "en"
            and a.typ == "num"
            and ((a.is_int and a.ndig in (1, 2)) or _DEC_PENCE.fullmatch(self.text, a.start, end))
            and not a.cur
            and end == a.end
            and _GLUED_PENCE.match(self.text, end)
        ):
            return end + 1, "GBP", 0.01
        return None

    def _price_kopecks(self, a: _Atom, end: int) -> tuple[int, str, float] | None:
        """``95 к.`` alone in a Russian price list (a ruble or kopeck amount within 80
        characters before): kopecks, as after a ruble amount."""
        if (
            self.lang not in ("ru", None)
            or self.text[end : end + 1] not in (" ", "\u00a0")
            or not (a.is_int and 0 < a.value < 100)
            or not _PRICE_LIST_BEFORE.search(self.text, max(0, a.start - 80), a.start)
        ):
            return None
        return subunit_after(self.text, end, "RUB")

    def _one_main_unit_before(self, pos: int) -> tuple[int, float, str | None]:
        """``a dollar and`` before a sub-unit amount: (its start, 1.0, currency code), else
        (*pos*, 0.0, None)."""
        text = self.text
        m = _ONE_MAIN_BEFORE.search(text, max(self.limit, pos - 30), pos)
        if m:
            u = unit_after(text, m.start("w") - 1, self.lang)
            if u and u[2] == "money" and u[0] == m.end("w"):
                return m.start(), 1.0, u[1]
        return pos, 0.0, None

    def _carried_currency(self, start: int, end: int) -> str | None:
        """The currency of a scaled amount of money shortly before in the same paragraph,
        for a bare scaled amount at *start*..*end* that no counted noun follows (``1 410
        млн руб., из которых 1 100 млн погашались``); else None."""
        text = self.text
        nw = _NEXT_WORD.match(text, end)
        if nw and not _VERBISH.search(nw.group(1)):
            return None  # "2 млн человек": a count of the noun
        for m in reversed(self.rows[-4:]):
            if start - m.end > 200 or "\n" in text[m.end : start]:
                return None
            if m.kind == "money" and m.unit and (not math.isnan(m.scale) or money_noun_before(text, start)):
                return m.unit  # "35 000 ₽ в месяц, залог 35 тыс.": after a money noun
        return None
