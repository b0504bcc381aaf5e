"""Month names of :mod:`analysis.mentions` (ru, uk, kk, id, en): forms, prefixes, numbers."""

from __future__ import annotations

__all__ = ["KK_RU_SUFFIX", "MONTHS", "MONTH_FORMS", "MONTH_NUMBER", "month_number"]

#: The Kazakh case suffixes a Russian month name takes in a Kazakh text ("1 октябрьде",
#: "25 июньдегі", "1 майға", "январьдан", "мартқа"): only these, so that "Октябрьский"
#: or "майдан" (front) are no months.
KK_RU_SUFFIX = (
    r"(?:[дт][ае](?:ғы|гі)?|[ғгқк][ае]|[дтн][ае]н|[дтн][ыі]ң|[ыі]ң"
    r"|[ыі](?:н(?:[ае]|[дт][ае](?:ғы|гі)?|[ае]н|[ыі]ң))?)?"
)


#: Month names: (regex source, case-insensitive?, {lower-case prefix: month number}).
MONTHS: dict[str, tuple[str, bool]] = {
    "en": (
        r"(?:January|February|March|April|May|June|July|August|September|October|November"
        r"|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)",
        False,
    ),
    "id": (
        r"(?:Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober"
        r"|November|Nopember|Desember|Agt\.|Okt\.|Des\.|Djanuari|Djanoeari|Febroeari"
        r"|Pebroeari|Maart|Djuni|Djoeni|Djuli|Djoeli|Agoestoes|Augustus)",
        False,
    ),
    "ru": (
        r"(?:(?:[Яя]нвар|[Гг]енвар|[Фф]еврал|[Аа]прел|[Ии]юн|[Ии]юл|[Сс]ентябр|[Оо]ктябр|[Нн]оябр"
        r"|[Дд]екабр)(?:ь|я|е|ю|ём|ем)|[Мм]арт(?:а|е|у|ом)?|[Мм]а(?:й|я|е|ю|ем)"
        r"|[Аа]вгуст(?:а|е|у|ом)?)",
        False,
    ),
    "uk": (
        r"(?:sich(?:en|nia)|liut(?:yi|oho)|berez(?:en|nia)|kvit(?:en|nia)|trav(?:en|nia)"
        r"|cherv(?:en|nia)|lyp(?:en|nia)|serp(?:en|nia)|veres(?:en|nia)|zhovt(?:en|nia)"
        r"|lystopad(?:a)?|hrud(?:en|nia)|січ(?:ень|ня)|лют(?:ий|ого)|берез(?:ень|ня)"
        r"|квіт(?:ень|ня)|трав(?:ень|ня)|черв(?:ень|ня)|лип(?:ень|ня)|серп(?:ень|ня)"
        r"|верес(?:ень|ня)|жовт(?:ень|ня)|листопад(?:а)?|груд(?:ень|ня))",
        False,
    ),
    "kk": (
        r"(?:[Ққ]аңтар|[Аа]қпан|[Нн]аурыз|[Сс]әуір|[Мм]амыр|[Мм]аусым|[Шш]ілде|[Тт]амыз"
        r"|[Ққ]ыркүйе[кг]|[Ққ]азан|[Ққ]араша|[Жж]елтоқсан)[а-яёәіңғүұқөһ]*",
        False,
    ),
}

MONTH_NUMBER: tuple[tuple[str, int], ...] = (
    ("янв", 1),
    ("фев", 2),
    ("апр", 4),
    ("авг", 8),
    ("сен", 9),
    ("окт", 10),
    ("ноя", 11),
    ("дек", 12),
    ("jan", 1),
    ("feb", 2),
    ("peb", 2),
    ("mar", 3),
    ("apr", 4),
    ("may", 5),
    ("mei", 5),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("agu", 8),
    ("agt", 8),
    ("sep", 9),
    ("oct", 10),
    ("okt", 10),
    ("nov", 11),
    ("nop", 11),
    ("dec", 12),
    ("des", 12),
    # Indonesian in the old spellings (Van Ophuijsen, Soewandi): "Djanoeari", "Djoeli"
    ("djan", 1),
    ("djoen", 6),
    ("djun", 6),
    ("djoel", 7),
    ("djul", 7),
    ("agoest", 8),
    ("maart", 3),
    # Hijri months by their number in the Hijri year (Javanese Mulud = Rabiulawal)
    ("muhar", 1),
    ("safar", 2),
    ("sapar", 2),
    ("rabiulaw", 3),
    ("mulud", 3),
    ("maulud", 3),
    ("rabiulak", 4),
    ("jumadilaw", 5),
    ("jumadilak", 6),
    ("rajab", 7),
    ("rejeb", 7),
    ("syakb", 8),
    ("syab", 8),
    ("ruwah", 8),
    ("ramad", 9),
    ("syaw", 10),
    ("sawal", 10),
    ("zulk", 11),
    ("dzulk", 11),
    ("zulh", 12),
    ("dzulh", 12),
    ("январ", 1),
    ("генвар", 1),  # the 18th-19th-century spelling: "3 генваря 1790"
    ("феврал", 2),
    ("март", 3),
    ("апрел", 4),
    ("ма", 5),
    ("июн", 6),
    ("июл", 7),
    ("август", 8),
    ("сентябр", 9),
    ("октябр", 10),
    ("ноябр", 11),
    ("декабр", 12),
    ("iюн", 6),
    ("іюн", 6),
    ("iюл", 7),
    ("іюл", 7),
    ("қаңтар", 1),
    ("ақпан", 2),
    ("наурыз", 3),
    ("сәуір", 4),
    ("мамыр", 5),
    ("маусым", 6),
    ("шілде", 7),
    ("тамыз", 8),
    ("қыркүйек", 9),
    ("қыркүйег", 9),  # the possessive voices the stem's last consonant: "қыркүйегінде"
    ("қазан", 10),
    ("қараша", 11),
    ("желтоқсан", 12),
    # Hijri months in Kazakh ("10 зұлхижжада"); Рамазан, Сафар and Ражап are also names
    ("мұхаррам", 1),
    ("шағбан", 8),
    ("шәууал", 10),
    ("зұлқағ", 11),
    ("зұлхиж", 12),
    ("sich", 1),
    ("liut", 2),
    ("berez", 3),
    ("kvit", 4),
    ("trav", 5),
    ("cherv", 6),
    ("lyp", 7),
    ("serp", 8),
    ("veres", 9),
    ("zhovt", 10),
    ("lystopad", 11),
    ("hrud", 12),
    ("січ", 1),
    ("лют", 2),
    ("берез", 3),
    ("квіт", 4),
    ("трав", 5),
    ("черв", 6),
    ("лип", 7),
    ("серп", 8),
    ("верес", 9),
    ("жовт", 10),
    ("листопад", 11),
    ("груд", 12),
)


def month_number(word: str) -> int:
    """Return the month number (1-12) of a month word, 0 if unknown.

    Examples
    --------
    >>> month_number("қыркүйектегі"), month_number("Desember"), month_number("мая")
    (9, 12, 5)
    """
    low = word.lower()
    best = 0
    best_len = 0
    for prefix, num in MONTH_NUMBER:
        if low.startswith(prefix) and len(prefix) > best_len:
            best, best_len = num, len(prefix)
    return best


# --------------------------------------------------------------------------- word forms



def _month_forms() -> dict[str, list[str]]:
    ru = [
        s + e
        for s in ("январ", "феврал", "апрел", "июн", "июл", "сентябр", "октябр", "ноябр", "декабр")
        for e in ("ь", "я", "е", "ю", "ём", "ем")
    ]
    ru += ["генвар" + e for e in ("ь", "я", "е", "ю", "ём", "ем", "ѣ", "емъ")]
    ru += ["март" + e for e in ("", "а", "е", "у", "ом")]
    ru += ["ма" + e for e in ("й", "я", "е", "ю", "ем")]
    ru += ["август" + e for e in ("", "а", "е", "у", "ом")]
    ru += "янв. февр. фев. апр. авг. сент. окт. нояб. дек.".split()
    # the pre-reform spelling: "январѣ", "апрѣля", "iюня" / "іюня" (Latin or Cyrillic i)
    old = ("январ", "феврал", "апрѣл", "iюн", "іюн", "iюл", "іюл", "сентябр", "октябр", "ноябр")
    ru += [s + e for s in (*old, "декабр") for e in ("ь", "я", "ѣ", "ю", "емъ")]
    ru += ["мартъ", "мартѣ", "мартомъ", "маѣ", "маемъ", "августъ", "августѣ", "августомъ"]
    uk_stems = {
        "sich": ("en", "nia"),
        "liut": ("yi", "oho"),
        "berez": ("en", "nia"),
        "kvit": ("en", "nia"),
        "trav": ("en", "nia"),
        "cherv": ("en", "nia"),
        "lyp": ("en", "nia"),
        "serp": ("en", "nia"),
        "veres": ("en", "nia"),
        "zhovt": ("en", "nia"),
        "lystopad": ("", "a"),
        "hrud": ("en", "nia"),
        "січ": ("ень", "ня"),
        "лют": ("ий", "ого"),
        "берез": ("ень", "ня"),
        "квіт": ("ень", "ня"),
        "трав": ("ень", "ня"),
        "черв": ("ень", "ня"),
        "лип": ("ень", "ня"),
        "серп": ("ень", "ня"),
        "верес": ("ень", "ня"),
        "жовт": ("ень", "ня"),
        "листопад": ("", "а"),
        "груд": ("ень", "ня"),
    }
    uk = [s + e for s, ends in uk_stems.items() for e in ends]
    en = (
        "January February March April May June July August September October November "
        "December Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec. "
        "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
    ).split()
    idn = (
        "Januari Februari Pebruari Maret April Mei Juni Juli Agustus September Oktober "
        "November Nopember Desember Agt. Okt. Des. "
        # the old spellings (Van Ophuijsen 1901, Soewandi 1947): "3 Djanoeari 1936"
        "Djanuari Djanoeari Februari Febroeari Pebroeari Maart Djuni Djoeni Djuli Djoeli "
        "Agoestoes Augustus October December "
        # Hijri and Javanese months ("1 Ramadan 1445", "29 Rabiulakhir 1680", "12 Mulud");
        # Sura, Pasa, Sela and Besar are common words and are left out
        "Muharam Muharram Safar Sapar Rabiulawal Rabiulakhir Mulud Maulud Jumadilawal "
        "Jumadilakhir Rajab Rejeb Syakban Syaban Ruwah Ramadan Ramadhan Syawal Sawal "
        "Zulkaidah Dzulkaidah Zulhijah Zulhijjah Dzulhijjah"
    ).split()
    kk = (
        "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қыркүйегі қазан қараша "
        "желтоқсан "
        "мұхаррам шағбан шәууал зұлқағда зұлхижжа"
    ).split()
    # Russian month names in Kazakh texts, with or without the soft sign ("февральда",
    # "апрелде"); they take only the suffixes of KK_RU_SUFFIX.  "май" is left out: it is
    # also "oil" and begins "майдан" (front), so it is a month only after a day number.
    kk_ru = [
        s + e
        for s in ("январ", "феврал", "апрел", "июн", "июл", "сентябр", "октябр", "ноябр", "декабр")
        for e in ("ь", "")
    ]
    kk_ru += ["март", "август"]
    return {"ru": ru, "uk": uk, "en": en, "id": idn, "kk": kk, "kk_ru": kk_ru}


#: Month word forms per language (``kk`` holds stems that take any Kazakh suffix,
#: ``kk_ru`` the Russian month stems of Kazakh texts, which take the suffixes of
#: :data:`KK_RU_SUFFIX`; ``en``/``id`` forms are matched only as written, capitalised).
MONTH_FORMS: dict[str, list[str]] = _month_forms()
