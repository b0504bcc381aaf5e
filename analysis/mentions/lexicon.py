"""Language data for :mod:`analysis.mentions`: number words, scale words, units, months.

Everything here is plain data plus :func:`trie_pattern`, which turns a word list into a
compact regular expression (a character trie) so that hundreds of word forms cost about
as much per text position as a single character class.

Word types used by the number-word parser (``WORDS`` values are ``(value, type, flags)``):

``u``
    a cardinal with its own value (``twenty``, ``двадцать``, ``жиырма``, ``dua``);
``h``
    a hundreds multiplier (``hundred``, ``жүз``, ``ratus``);
``s``
    a scale word (thousand, ``тыс.``, ``мың``, ``juta``, ``billion`` ...);
``belas`` / ``puluh``
    the Indonesian teen (+10) and tens (x10) markers;
``frac``
    a stand-alone fraction (``half``, ``половина``, ``жартысы``, ``sepertiga``);
``den``
    a denominator that multiplies the preceding number (``two-thirds``, ``две трети``);
``half``
    "and a half" (``setengah`` after a number, ``жарым``, ``с половиной``).

Flags: ``A`` = ambiguous word ("one", ``бір``, ``он``) that only counts as a number when a
unit or scale follows or it is part of a composite; ``L`` = a scale word that may stand
alone ("a million", ``тысяча``, ``seribu``); ``O`` = a fraction that is also an ordinal
word ("a fifth") and counts only before "of".
"""

from __future__ import annotations

import re

__all__ = [
    "KK_SUFFIXES",
    "MONTHS",
    "UNITS",
    "WORDS",
    "trie_pattern",
    "words_for",
]

# --------------------------------------------------------------------------- helpers


def trie_pattern(words: list[str] | set[str] | tuple[str, ...]) -> str:
    """Return a regex alternation matching exactly *words* (longest first), as a trie.

    Examples
    --------
    >>> import re
    >>> p = re.compile(trie_pattern(["ten", "tenth", "two"]) + "$")
    >>> [bool(p.match(w)) for w in ("ten", "tenth", "two", "tw")]
    [True, True, True, False]
    """
    trie: dict = {}
    for w in words:
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        alts = []
        singles = []
        for ch in sorted(k for k in node if k):
            sub = build(node[ch])
            if sub == "":
                singles.append(re.escape(ch))
            else:
                alts.append(re.escape(ch) + sub)
        if singles:
            if len(singles) == 1:
                alts.append(singles[0])
            else:
                alts.append("[" + "".join(singles) + "]")
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if ends:
            if len(alts) == 1 and len(body) == 1 or (body.startswith("[") and body.endswith("]")):
                return body + "?"
            return "(?:" + body + ")?"
        return body

    return build(trie)


# --------------------------------------------------------------------------- number words

_EN_UNITS = {
    "zero": 0,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "dozen": 12,
    "a dozen": 12,
}


def _en() -> dict[str, tuple[float, str, str]]:
    w: dict[str, tuple[float, str, str]] = {k: (float(v), "u", "") for k, v in _EN_UNITS.items()}
    w["one"] = (1.0, "u", "A")
    w["hundred"] = (100.0, "h", "")
    w["a hundred"] = (100.0, "u", "")
    w["one hundred"] = (100.0, "u", "")
    for name, val in (("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12)):
        w[name] = (val, "s", "")
        w["a " + name] = (val, "s", "L")
        w["one " + name] = (val, "s", "L")
    for abbr, val in (("bn", 1e9), ("bln", 1e9), ("mln", 1e6), ("mn", 1e6), ("tn", 1e12)):
        w[abbr] = (val, "s", "")
    w["a third"] = (1 / 3, "frac", "")
    for name, val in (("fifth", 0.2), ("sixth", 1 / 6), ("eighth", 0.125), ("tenth", 0.1)):
        # "a fifth of adults"; "a fifth term" (ordinal word) is dropped by the extractor
        w[("an " if name[0] == "e" else "a ") + name] = (val, "frac", "O")
        w["one " + name] = (val, "frac", "O")
    w["a quarter"] = (0.25, "frac", "")
    w["a half"] = (0.5, "frac", "")
    w["one half"] = (0.5, "frac", "")
    w["one third"] = (1 / 3, "frac", "")
    w["one quarter"] = (0.25, "frac", "")
    w["half"] = (0.5, "frac", "")
    for den, val in (
        ("third", 1 / 3),
        ("thirds", 1 / 3),
        ("quarters", 0.25),
        ("fifths", 0.2),
        ("sixths", 1 / 6),
        ("eighths", 0.125),
        ("tenths", 0.1),
    ):
        w[den] = (val, "den", "")
    w["and a half"] = (0.5, "half", "")
    w["and one half"] = (0.5, "half", "")
    return w


def _ru() -> dict[str, tuple[float, str, str]]:
    w: dict[str, tuple[float, str, str]] = {}

    def add(forms: str, val: float, typ: str = "u", flags: str = "") -> None:
        for f in forms.split():
            w[f] = (float(val), typ, flags)

    add("один одна одно одного одной одному одним одном одну", 1, flags="A")
    add("ноль нуль", 0)
    add("два две двух двум двумя двое", 2)
    add("три трех трёх трем трём тремя трое", 3)
    add("четыре четырех четырёх четырем четырём четырьмя четверо", 4)
    stems = {
        "пят": 5,
        "шест": 6,
        "сем": 7,
        "девят": 9,
        "десят": 10,
        "одиннадцат": 11,
        "двенадцат": 12,
        "тринадцат": 13,
        "четырнадцат": 14,
        "пятнадцат": 15,
        "шестнадцат": 16,
        "семнадцат": 17,
        "восемнадцат": 18,
        "девятнадцат": 19,
        "двадцат": 20,
        "тридцат": 30,
    }
    for stem, val in stems.items():
        add(f"{stem}ь {stem}и {stem}ью", val)
    add("пятеро шестеро семеро", 0)  # placeholder, fixed below
    w["пятеро"] = (5.0, "u", "")
    w["шестеро"] = (6.0, "u", "")
    w["семеро"] = (7.0, "u", "")
    # collective numerals in the oblique cases: "нас пятерых", "троим бойцам"
    for stem, val in (
        ("дво", 2),
        ("тро", 3),
        ("четвер", 4),
        ("пятер", 5),
        ("шестер", 6),
        ("семер", 7),
        ("восьмер", 8),
        ("девятер", 9),
        ("десятер", 10),
    ):
        for suf in ("их", "им", "ими") if stem in ("дво", "тро") else ("о", "ых", "ым", "ыми"):
            w[stem + suf] = (float(val), "u", "")
    add("восемь восьми восемью", 8)
    add("сорок сорока", 40)
    add("пятьдесят пятидесяти", 50)
    add("шестьдесят шестидесяти", 60)
    add("семьдесят семидесяти", 70)
    add("восемьдесят восьмидесяти", 80)
    add("девяносто девяноста", 90)
    add("сто ста", 100)
    add("двести двухсот двумстам", 200)
    add("триста трехсот трёхсот", 300)
    add("четыреста четырехсот четырёхсот", 400)
    add("пятьсот пятисот", 500)
    add("шестьсот шестисот", 600)
    add("семьсот семисот", 700)
    add("восемьсот восьмисот", 800)
    add("девятьсот девятисот", 900)
    add("тысяча тысячу", 1e3, "s", "L")
    add("тысячи тысяч тысячам тысячами тысячах тысячей тысяче тысячею тыс тыс.", 1e3, "s")
    add("миллион", 1e6, "s", "L")
    add(
        "миллиона миллионов миллионам миллионами миллионах миллионы миллиону миллионом "
        "миллионе млн млн.",
        1e6,
        "s",
    )
    add("миллиард", 1e9, "s", "L")
    add(
        "миллиарда миллиардов миллиардам миллиардами миллиардах миллиарды миллиарду "
        "миллиардом миллиарде млрд млрд.",
        1e9,
        "s",
    )
    add("триллион триллиона триллионов трлн трлн.", 1e12, "s")
    add("половина половины половине половину половиной", 0.5, "frac")
    add("треть третью", 1 / 3, "frac")
    add("трети третей третям третями третях", 1 / 3, "den")
    add("четверть четвертью", 0.25, "frac")
    add("четверти четвертей четвертям четвертями четвертях", 0.25, "den")
    add("половиною половинами половинах", 0.5, "frac")
    add("полтора полторы полутора", 1.5)
    w["с половиной"] = (0.5, "half", "")
    return w


#: Kazakh case and possessive endings that may be glued to a number word.
KK_SUFFIXES = (
    "ге ке ға қа не на де те да та ден тен дан тан нен нан нің дің тің ның дың тың "
    "ні ді ті ны ды ты мен бен пен сі сы і ы дай дей тай тей"
).split()


def _kk() -> dict[str, tuple[float, str, str]]:
    w: dict[str, tuple[float, str, str]] = {}
    base = {
        "нөл": 0,
        "екі": 2,
        "үш": 3,
        "төрт": 4,
        "бес": 5,
        "алты": 6,
        "жеті": 7,
        "сегіз": 8,
        "тоғыз": 9,
        "жиырма": 20,
        "отыз": 30,
        "қырық": 40,
        "елу": 50,
        "алпыс": 60,
        "жетпіс": 70,
        "сексен": 80,
    }
    for word, val in base.items():
        w[word] = (float(val), "u", "")
        for suf in KK_SUFFIXES:
            w[word + suf] = (float(val), "u", "")
    w["бір"] = (1.0, "u", "A")
    for suf in KK_SUFFIXES + ["ін", "іне", "інде", "інен", "інің"]:
        w["бір" + suf] = (1.0, "u", "A")
    w["он"] = (10.0, "u", "A")
    for word, val, flags in (("тоқсан", 90.0, "A"), ("жүз", 100.0, "A")):
        typ = "h" if word == "жүз" else "u"
        w[word] = (val, typ, flags)
        for suf in KK_SUFFIXES:
            w[word + suf] = (val, typ, flags)
    for word, val in (("мың", 1e3), ("миллион", 1e6), ("миллиард", 1e9), ("триллион", 1e12)):
        w[word] = (val, "s", "L")
        for suf in KK_SUFFIXES:
            w[word + suf] = (val, "s", "L")
    for f in ("жарты", "жартысы", "жартысын", "жартысынан", "жартысына", "жартысында"):
        w[f] = (0.5, "frac", "")
    w["жарым"] = (0.5, "half", "")
    collective = {
        "екеу": 2,
        "үшеу": 3,
        "төртеу": 4,
        "бесеу": 5,
        "алтау": 6,
        "жетеу": 7,
        "сегізеу": 8,
        "тоғызау": 9,
        "онау": 10,
    }
    for word, val in collective.items():
        for suf in (
            "",
            "і",
            "і",
            "ін",
            "іне",
            "інен",
            "інің",
            "мыз",
            "міз",
            "сі",
            "ы",
            "ын",
            "ына",
            "ынан",
            "ының",
            "ге",
            "ден",
            "мен",
            "міз",
        ):
            w[word + suf] = (float(val), "u", "")
    for f, val in (
        ("млн", 1e6),
        ("млн.", 1e6),
        ("млрд", 1e9),
        ("млрд.", 1e9),
        ("трлн", 1e12),
        ("трлн.", 1e12),
        ("мың.", 1e3),
    ):
        w[f] = (val, "s", "")
    return w


def _id() -> dict[str, tuple[float, str, str]]:
    w: dict[str, tuple[float, str, str]] = {}
    base = {
        "nol": 0,
        "dua": 2,
        "tiga": 3,
        "empat": 4,
        "lima": 5,
        "enam": 6,
        "tujuh": 7,
        "delapan": 8,
        "sembilan": 9,
        "sepuluh": 10,
        "sebelas": 11,
        "seratus": 100,
    }
    for word, val in base.items():
        w[word] = (float(val), "u", "")
    w["satu"] = (1.0, "u", "A")
    w["belas"] = (10.0, "belas", "")
    w["puluh"] = (10.0, "puluh", "")
    w["ratus"] = (100.0, "h", "")
    w["seribu"] = (1e3, "s", "L")
    w["sejuta"] = (1e6, "s", "L")
    for word, val in (
        ("ribu", 1e3),
        ("rb", 1e3),
        ("juta", 1e6),
        ("jt", 1e6),
        ("miliar", 1e9),
        ("milyar", 1e9),
        ("miliard", 1e9),
        ("triliun", 1e12),
        ("trilyun", 1e12),
    ):
        w[word] = (val, "s", "")
    w["setengah"] = (0.5, "half", "")
    w["paruh"] = (0.5, "frac", "")
    w["separuh"] = (0.5, "frac", "")
    w["sepertiga"] = (1 / 3, "frac", "")
    w["seperempat"] = (0.25, "frac", "")
    for den, val in (("lima", 0.2), ("enam", 1 / 6), ("delapan", 0.125), ("sepuluh", 0.1)):
        w["seper" + den] = (val, "frac", "")  # "seperlima" (a fifth)
        w["per" + den] = (val, "den", "")  # "dua perlima" (two fifths)
    w["seperseratus"] = (0.01, "frac", "")
    for stem, val in (
        ("sepertiga", 1 / 3),
        ("seperempat", 0.25),
        ("separuh", 0.5),
        ("seperlima", 0.2),
        ("sepersepuluh", 0.1),
    ):
        w[stem + "nya"] = (val, "frac", "")  # possessive clitic: "seperempatnya"
    w["setengahnya"] = (0.5, "frac", "")
    w["pertiga"] = (1 / 3, "den", "")
    w["perempat"] = (0.25, "den", "")
    return w


#: Number words per language: lower-case form -> (value, type, flags).
WORDS: dict[str, dict[str, tuple[float, str, str]]] = {
    "en": _en(),
    "ru": _ru(),
    "kk": _kk(),
    "id": _id(),
}


def words_for(langs: tuple[str, ...]) -> dict[str, tuple[float, str, str]]:
    """Merge the number words of *langs* (later languages do not override earlier ones)."""
    out: dict[str, tuple[float, str, str]] = {}
    for lang in langs:
        for k, v in WORDS[lang].items():
            out.setdefault(k, v)
    return out


# --------------------------------------------------------------------------- months

#: Month names: (regex source, case-insensitive?, {lower-case prefix: month number}).
MONTHS: dict[str, tuple[str, bool]] = {
    "en": (
        r"(?:January|February|March|April|May|June|July|August|September|October|November"
        r"|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)",
        False,
    ),
    "id": (
        r"(?:Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober"
        r"|November|Nopember|Desember|Agt\.|Okt\.|Des\.)",
        False,
    ),
    "ru": (
        r"(?:(?:[Яя]нвар|[Фф]еврал|[Аа]прел|[Ии]юн|[Ии]юл|[Сс]ентябр|[Оо]ктябр|[Нн]оябр"
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
        r"|[Ққ]ыркүйек|[Ққ]азан|[Ққ]араша|[Жж]елтоқсан)[а-яёәіңғүұқөһ]*",
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
    ("январ", 1),
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
    ("қаңтар", 1),
    ("ақпан", 2),
    ("наурыз", 3),
    ("сәуір", 4),
    ("мамыр", 5),
    ("маусым", 6),
    ("шілде", 7),
    ("тамыз", 8),
    ("қыркүйек", 9),
    ("қазан", 10),
    ("қараша", 11),
    ("желтоқсан", 12),
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


# --------------------------------------------------------------------------- units

#: Units after a number: (regex source, unit code, kind). Matched case-insensitively,
#: in this order; the first alternative that matches wins (longer forms first).
UNITS: tuple[tuple[str, str, str], ...] = (
    # percentage points (unit code "pp", reported as "%"): a change, not a level
    (
        r"percentage[ -]points?|п\.\s?п\.|процентн\w*\s+пункт\w*|пайыздық\s+тармақ\w*"
        r"|пайыздық\s+пункт\w*|(?:persen|prosen)\s+poin|poin\s+persentase",
        "pp",
        "percent",
    ),
    # percent
    (
        r"%|процент\w*|проц\.|пайыз\w*|persen|prosen|per\s?cent|percent",
        "%",
        "percent",
    ),
    # money
    (
        r"рубл\w*|руб\.?|rubl\w*|rouble?s?|rubles?|rubel\w*|karbovan\w*|карбован\w*|сом\w*"
        r"|червонц\w*",
        "RUB",
        "money",
    ),
    (r"теңге\w*|тенге|tenge|₸", "KZT", "money"),
    (r"rupiah|IDR", "IDR", "money"),
    (
        r"(?:АҚШ\s+)?доллар\w*(?:\s+США)?|(?:АҚШ\s+)?долл\.|dollars?|dolar(?:\s+(?:AS|Amerika(?:\s+Serikat)?))?"
        r"|USD|US\$",
        "USD",
        "money",
    ),
    (r"евро|euros?|EUR|€", "EUR", "money"),
    (r"gulden|guilders?|гульден\w*", "NLG", "money"),
    (r"фунт\w* стерлинг\w*|pounds? sterling|£", "GBP", "money"),
    # area before length
    (
        r"km²|км²|km2|км2|кв\.\s?км\.?|квадратн\w*\s+километр\w*|square\s+kilomet(?:er|re)s?"
        r"|шаршы\s+шақырым\w*|шаршы\s+километр\w*|sq\.?\s?km",
        "km2",
        "quantity",
    ),
    (
        r"м²|м2|m²|m2|кв\.\s?м\.?|кв\.\s?метр\w*|квадратн\w*\s+метр\w*"
        r"|square\s+met(?:er|re)s?|sq\.?\s?m|шаршы\s+метр\w*|meter\s+persegi",
        "m2",
        "quantity",
    ),
    (r"га|гектар\w*|hectares?|ha|hektar(?:e)?", "ha", "quantity"),
    (r"км|km|километр\w*|kilomet(?:er|re)s?|шақырым\w*", "km", "quantity"),
    (r"кВт[·.]?ч|kWh", "kWh", "quantity"),
    (r"кВт|kW|киловатт\w*|kilowatts?", "kW", "quantity"),
    (r"МВт|MW|мегаватт\w*|megawatts?", "MW", "quantity"),
    (
        r"тонн\w*|тонна\w*|tons?|tonnes?|т\.(?=\s+(?-i:[а-яё]{2}))|т(?!\w)(?!\.\s?[а-яё]\.)",
        "t",
        "quantity",
    ),
    (r"кг|kg|килограмм\w*|kilograms?|kilogram", "kg", "quantity"),
    (r"грамм\w*|гр\.|grams?|gram|g(?=[ \u00a0,;)])", "g", "quantity"),
    (r"пуд\w*|пұт\w*|poods?|pud", "pood", "quantity"),
    (r"центнер\w*|ц\.?(?=[ \u00a0,;)]|$)|quintals?|kuintal", "centner", "quantity"),
    (r"bushels?", "bushel", "quantity"),
    (r"‰|промилле\w*|per[ \u00a0]?mil(?:le)?|per[ \u00a0]+seribu", "‰", "quantity"),
    (
        r"метр(?!о)\w*|meters?|metres?|meter"
        r"|(?-i:[mм])(?=[ \u00a0]*[,;)]|\.(?![ \u00a0]?[A-ZА-Я]\.)|[ \u00a0]+[^\W\d_])",
        "m",
        "quantity",
    ),
    (r"литр\w*|litres?|liters?", "l", "quantity"),
    (r"час(?:а|ов|у|ом|ам|ами|ах)?|ч\.|hours?|hrs?\.?|сағат\w*|jam", "hour", "quantity"),
    (r"минут\w*|minutes?|min\.|menit|мин\.", "minute", "quantity"),
    (
        r"лет|год(?:а|у|ом|ы|ов|ам|ах)?|years?|yrs?\.?|жыл\w*"
        r"|жас(?:ар\w*|тағы\w*|та|қа|ында\w*|тан|ынан|ы|ына|ын)?"
        r"|tahun",
        "year",
        "quantity",
    ),
    (r"месяц\w*|months?|bulan|ай(?:ға|да|дан|ы|лық|ын)?", "month", "quantity"),
    (r"sq\.?\s?mi\.?|square\s+miles?", "mi2", "quantity"),
    (r"acres?", "acre", "quantity"),
    (r"miles?|mil", "mile", "quantity"),
    (r"недел\w*|weeks?|minggu|апта\w*", "week", "quantity"),
    (r"дн(?:я|ей|ям|ями|ях)|день|сутки|суток|days?|күн\w*|hari", "day", "quantity"),
    (
        r"ноч(?:ь|и|ей|ам|ами|ах)|nights?|malam|түн(?:і|ге|де|нен|дер\w*)?",
        "night",
        "quantity",
    ),
    (
        r"°[ \u00a0]?[CС]|градус\w*|degrees?(?:\s+Celsius)?|derajat(?:\s+Celsius)?",
        "degC",
        "quantity",
    ),
    # multipliers
    (r"раз(?:а)?|есе\w*|times|kali(?:\s+lipat)?|fold", "times", "other"),
)

# Currency written before the number.
CURRENCY_PREFIX: dict[str, str] = {
    "US$": "USD",
    "$": "USD",
    "USD": "USD",
    "Rp": "IDR",
    "Rp.": "IDR",
    "€": "EUR",
    "£": "GBP",
    "₽": "RUB",
    "₸": "KZT",
    "ƒ": "NLG",  # the florin sign of the Dutch guilder
}


def _month_forms() -> dict[str, list[str]]:
    ru = [
        s + e
        for s in ("январ", "феврал", "апрел", "июн", "июл", "сентябр", "октябр", "ноябр", "декабр")
        for e in ("ь", "я", "е", "ю", "ём", "ем")
    ]
    ru += ["март" + e for e in ("", "а", "е", "у", "ом")]
    ru += ["ма" + e for e in ("й", "я", "е", "ю", "ем")]
    ru += ["август" + e for e in ("", "а", "е", "у", "ом")]
    ru += "янв. февр. фев. апр. авг. сент. окт. нояб. дек.".split()
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
        "November Nopember Desember Agt. Okt. Des."
    ).split()
    kk = (
        "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан"
    ).split()
    return {"ru": ru, "uk": uk, "en": en, "id": idn, "kk": kk}


#: Month word forms per language (``kk`` holds stems that take any Kazakh suffix;
#: ``en``/``id`` forms are matched only as written, capitalised).
MONTH_FORMS: dict[str, list[str]] = _month_forms()
