"""Round-2 fixes of docs/numeric-mentions.md: money sub-units in ranges, spelled and glued
sub-units, spelled years, scientific notation, livestock heads, fractions before a unit.

Every expected value is checked by hand: (lang, text, surface, value, kind, unit, range_end).
"""

from __future__ import annotations

import math

import pytest

from analysis.mentions import extract_mentions

NAN = math.nan

CASES = [
    # ---- 1a. a range whose unit is a sub-unit: both ends in the main unit
    ("ru", "Проезд подорожал с 3 до 5 копеек.", "3 до 5 копеек", 0.03, "range", "RUB", 0.05),
    ("kk", "Бағасы 2-3 тиын болды.", "2-3 тиын", 0.02, "range", "KZT", 0.03),
    ("en", "The fare rose from 15 to 25 cents.", "15 to 25 cents", 0.15, "range", "USD", 0.25),
    ("en", "A loaf cost from 10 to 20 pence.", "10 to 20 pence", 0.1, "range", "GBP", 0.2),
    ("id", "Harganya dari 15 sampai 25 sen.", "15 sampai 25 sen", 0.15, "range", "IDR", 0.25),
    # ---- 1b. pounds followed by pence are money, not the mass unit lb
    ("en", "He was paid 2 pounds 50 pence a week.", "2 pounds 50 pence", 2.5, "money", "GBP", NAN),
    ("en", "He was paid 3 pounds 5p a week.", "3 pounds 5p", 3.05, "money", "GBP", NAN),
    ("en", "She bought 3 pounds of flour.", "3 pounds", 3.0, "quantity", "lb", NAN),
    # ---- 1c. digits glued to p: pence
    ("en", "Bread was 12p a loaf.", "12p", 0.12, "money", "GBP", NAN),
    ("en", "Milk was 9p.", "9p", 0.09, "money", "GBP", NAN),
    # ---- 1d. a / one + currency word + sub-unit
    ("en", "The ticket was a dollar and 20 cents.", "a dollar and 20 cents", 1.2, "money", "USD", NAN),
    ("en", "It was one dollar and 5 cents.", "one dollar and 5 cents", 1.05, "money", "USD", NAN),
    # ---- 1e. spelled amounts with a spelled sub-unit amount
    ("ru", "Взнос — сто рублей пятьдесят копеек.", "сто рублей пятьдесят копеек", 100.5, "money", "RUB", NAN),
    ("kk", "Бағасы жүз теңге елу тиын.", "жүз теңге елу тиын", 100.5, "money", "KZT", NAN),
    ("id", "Upahnya lima gulden dua puluh sen.", "lima gulden dua puluh sen", 5.2, "money", "NLG", NAN),
    ("en", "It cost two dollars and fifty cents.", "two dollars and fifty cents", 2.5, "money", "USD", NAN),
    # ---- 2. spelled years: words only, integer, 1000-2100, no unit, in a year position
    ("en", "It passed in two thousand and five.", "two thousand and five", 2005, "year", None, NAN),
    ("en", "The revolution of nineteen hundred and five.", "nineteen hundred and five", 1905, "year", None, NAN),
    ("id", "pada tahun seribu sembilan ratus empat puluh lima", "seribu sembilan ratus empat puluh lima", 1945, "year", None, NAN),
    ("en", "a town of two thousand people", "two thousand", 2000, "count", None, NAN),
    ("en", "Two thousand and five people came.", "Two thousand and five", 2005, "count", None, NAN),
    ("id", "sebanyak dua ribu orang", "dua ribu", 2000, "count", None, NAN),
    # ---- 3. scientific notation counts only with a word after it or a "number of" before it
    ("en", "Avogadro's number is about 6.02E23.", "6.02E23", 6.02e23, "other", None, NAN),
    ("ru", "Постоянная Авогадро равна 6,02·10^23.", "6,02·10^23", 6.02e23, "other", None, NAN),
    ("id", "Konstanta Avogadro bernilai 6,02×10²³.", "6,02×10²³", 6.02e23, "other", None, NAN),
    ("en", "The number of cells is about 3.7×10¹³.", "3.7×10¹³", 3.7e13, "count", None, NAN),
    ("ru", "Число клеток оценивают в 3,7·10¹³.", "3,7·10¹³", 3.7e13, "count", None, NAN),
    ("kk", "Жасушалар саны шамамен 3,7·10¹³.", "3,7·10¹³", 3.7e13, "count", None, NAN),
    ("ru", "В организме 3,7·10¹³ клеток.", "3,7·10¹³", 3.7e13, "count", None, NAN),
    ("kk", "Бөлшектер ағыны 10⁶-ға жетеді.", "10⁶", 1e6, "count", None, NAN),
    ("en", "It required 4e14 operations.", "4e14", 4e14, "count", None, NAN),
    # ---- 4. livestock counters: the unit head ("of livestock" outside)
    ("en", "over 30,000 head of livestock from Russia", "30,000 head", 30000, "quantity", "head", NAN),
    ("en", "They kept 200 head of cattle.", "200 head", 200, "quantity", "head", NAN),
    ("en", "The three crews had 5 members.", "three", 3, "count", None, NAN),
    # ---- 5. a fraction before a unit is a quantity of that unit, never a date
    ("en", "The drill bit is 1/16 inch wide.", "1/16 inch", 0.0625, "quantity", "inch", NAN),
    ("en", "a 1/16-inch gap", "1/16-inch", 0.0625, "quantity", "inch", NAN),
    ("en", "about 5/8 mile away", "5/8 mile", 0.625, "quantity", "mile", NAN),
    ("en", "It cost 1/4 cents.", "1/4 cents", 0.0025, "money", "USD", NAN),
    ("ru", "Участок в 1/4 гектара.", "1/4 гектара", 0.25, "quantity", "ha", NAN),
    ("id", "Beli 1/2 kg gula.", "1/2 kg", 0.5, "quantity", "kg", NAN),
    ("en", "3/4 of the votes", "3/4", 0.75, "other", None, NAN),
]


@pytest.mark.parametrize(("lang", "text", "surface", "value", "kind", "unit", "range_end"), CASES)
def test_round2_fix(
    lang: str, text: str, surface: str, value: float, kind: str, unit: str | None, range_end: float
) -> None:
    df = extract_mentions(text, lang, strict=True)
    rows = df[df["surface"] == surface]
    assert len(rows) == 1, df[["surface", "value", "kind", "unit"]].values.tolist()
    row = rows.iloc[0]
    assert math.isclose(row["value"], value, rel_tol=1e-9), row["value"]
    assert row["kind"] == kind
    assert (row["unit"] if isinstance(row["unit"], str) else None) == unit
    if math.isnan(range_end):
        assert math.isnan(row["range_end"])
    else:
        assert math.isclose(row["range_end"], range_end, rel_tol=1e-9), row["range_end"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "see p.12 and 12pp. of the report"),
        ("en", "we met at 5p.m. sharp"),
        ("en", "a 1080p video"),
        ("en", "a dollar, then 20 cents more"),
    ],
)
def test_round2_fix_no_pence(lang: str, text: str) -> None:
    df = extract_mentions(text, lang, strict=True)
    assert "GBP" not in set(df["unit"].dropna()), df[["surface", "unit"]].values.tolist()
    assert not (df["surface"].str.startswith("a dollar")).any()


def test_month_day_still_a_date() -> None:
    df = extract_mentions("on 4/29 we met", "en", strict=True)
    assert df[["surface", "kind"]].values.tolist() == [["4/29", "date"]]
