"""Number words of :mod:`analysis.mentions`: cardinals, scale words, fractions (ru, kk, id, en).

Month names are in :mod:`.months`, units and currencies in :mod:`.unit_words`, the context
words of the classification rules in :mod:`.context_words`.

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
    "and a half" (``setengah`` after a number, ``жарым``, ``с половиной``);
``mul``
    a multiplier of the number before it (``dozen``: ``two dozen`` is 24);
``neg``
    a sign word before a number (``минус``, ``minus``, ``теріс``, ``negatif``,
    ``negative``, ``отрицательн-``): the lexer folds it into the next number's atom.
``pos``
    ``плюс`` before a number: folded into its atom like ``neg``, the value unchanged.

Flags: ``G`` = a scale word that is a singular genitive only after a preposition
(``около тысячи``) and else the vague plural (``тысячи людей``); ``N`` = a denominator
that needs a numerator (``одну пятую``; ``пятую`` alone is an ordinal word);
``A`` = ambiguous word ("one", ``бір``, ``он``) that only counts as a number when a
unit or scale follows or it is part of a composite; ``L`` = a scale word that may stand
alone ("a million", ``тысяча``, ``seribu``); ``O`` = a fraction that is also an ordinal
word ("a fifth") and counts only before "of".
"""

from __future__ import annotations

import re

__all__ = [
    "COMPACT_SUFFIX",
    "DECIMAL_POINT",
    "GENITIVE_PREV",
    "KK_DECIMAL_DEN",
    "KK_SUFFIXES",
    "RU_DECIMAL_DEN",
    "SIGN_WORDS",
    "WORDS",
    "trie_pattern",
    "words_for",
]

# --------------------------------------------------------------------------- helpers

# Why a hand-built trie and not the ``regex`` package's named lists
# (``regex.compile(r"...\L<words>...", words=[...])``): the atom pattern of
# :mod:`.atoms` with ``\L<words>`` for the number words and ``\L<months>`` /
# ``\L<kkmonths>`` for the month names finds exactly the same atoms, but scanning is
# about ten times slower, because the whole atom pattern then runs on the ``regex``
# engine.  Measured on the 10 MB corpus of benchmarks/bench_mentions.py (atom scan alone,
# best of 3, one process): ``re`` + trie 0.48 s (20.9 MB/s), ``regex`` + the same trie
# 3.45 s (2.9 MB/s), ``regex`` + named lists 4.96 s (2.0 MB/s); with all four languages
# (``lang=None``) 0.61 s, 9.63 s and 14.5 s.  The whole extractor runs at about 7-8 MB/s,
# so named lists would cut it to under 2 MB/s: the trie stays.


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
    "a dozen": 12,
    "threescore": 60,  # old counting by scores: "aged about fourscore"
    "fourscore": 80,
}


def _en() -> dict[str, tuple[float, str, str]]:
    w: dict[str, tuple[float, str, str]] = {k: (float(v), "u", "") for k, v in _EN_UNITS.items()}
    w["one"] = (1.0, "u", "A")
    w["dozen"] = (12.0, "mul", "")
    w["hundred"] = (100.0, "h", "")
    w["a hundred"] = (100.0, "u", "")
    w["one hundred"] = (100.0, "u", "")
    for name, val in (("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12)):
        w[name] = (val, "s", "")
        w["a " + name] = (val, "s", "L")
        w["one " + name] = (val, "s", "L")
    for name, val in (("millions", 1e6), ("billions", 1e9)):  # older usage: "£132 millions"
        w[name] = (val, "s", "")
    for abbr, val in (("bn", 1e9), ("bln", 1e9), ("mln", 1e6), ("mn", 1e6), ("tn", 1e12)):
        w[abbr] = (val, "s", "")
    for name, val in (("lakh", 1e5), ("lac", 1e5), ("crore", 1e7)):  # Indian scale words
        w[name] = w[name + "s"] = (val, "s", "")
    w["lakh crore"] = w["lakh crores"] = (1e12, "s", "")  # "₹6.12 lakh crore": 6.12e12
    w["a third"] = (1 / 3, "frac", "")
    for name, val in (("fifth", 0.2), ("sixth", 1 / 6), ("eighth", 0.125), ("tenth", 0.1)):
        # "a fifth of adults"; "a fifth term" (ordinal word) is dropped by the extractor
        w[("an " if name[0] == "e" else "a ") + name] = (val, "frac", "O")
        w["one " + name] = (val, "frac", "O")
    for name, val in (("twelfth", 1 / 12), ("sixteenth", 1 / 16), ("twentieth", 0.05),
                      ("hundredth", 0.01), ("thousandth", 0.001)):  # "a twentieth", "one-tenth"
        w[("an " if name[0] == "e" else "a ") + name] = (val, "frac", "O")
        w["one " + name] = (val, "frac", "O")
    for name, val in (("fifth", 0.2), ("sixth", 1 / 6), ("eighth", 0.125), ("tenth", 0.1),
                      ("twelfth", 1 / 12), ("sixteenth", 1 / 16), ("twentieth", 0.05),
                      ("hundredth", 0.01), ("thousandth", 0.001)):
        w["one-" + name] = (val, "frac", "O")
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
    for k, name in enumerate("two three four five six seven eight nine ten".split(), 2):
        w[name + "fold"] = (float(k), "u", "M")  # multipliers (flag M): "threefold"
    for name, val in (("eleven", 11), ("twelve", 12), ("twenty", 20), ("hundred", 100),
                      ("thousand", 1000)):
        w[name + "fold"] = (float(val), "u", "M")  # "elevenfold", "hundredfold"
    w["and a half"] = (0.5, "half", "")
    w["and one half"] = (0.5, "half", "")
    return w


def _ru_collectives(w: dict[str, tuple[float, str, str]]) -> None:
    """Collective numerals: "пятеро", and in the oblique cases "нас пятерых", "троим"."""
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


def _ru() -> dict[str, tuple[float, str, str]]:
    w: dict[str, tuple[float, str, str]] = {}

    def add(forms: str, val: float, typ: str = "u", flags: str = "") -> None:
        for f in forms.split():
            w[f] = (float(val), typ, flags)

    add("один одна одно одного одной одному одним одном одну", 1, flags="A")
    add("ноль нуль", 0)
    for k, name in enumerate("вдвое втрое вчетверо впятеро вшестеро всемеро ввосьмеро вдевятеро вдесятеро".split(), 2):
        w[name] = (float(k), "u", "M")  # one-word multipliers (flag M)
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
    _ru_collectives(w)
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
    # singular forms may stand alone ("около миллиона" is about a million); plural and
    # ambiguous ones ("тысячи", "миллионов") alone are vague amounts
    add("тысячей тысяче тысячею", 1e3, "s", "L")
    add("тысячи", 1e3, "s", "G")  # "около тысячи" (about a thousand); "тысячи людей" vague
    add("тысяч тысячам тысячами тысячах тыс тыс.", 1e3, "s")
    add("миллион миллиона миллиону миллионом миллионе", 1e6, "s", "L")
    add("миллионов миллионам миллионами миллионах миллионы млн млн. милл милл. мил.", 1e6, "s")
    add("миллиард миллиарда миллиарду миллиардом миллиарде", 1e9, "s", "L")
    add("миллиардов миллиардам миллиардами миллиардах миллиарды млрд млрд.", 1e9, "s")
    add("триллион триллиона триллионов трлн трлн.", 1e12, "s")
    add("половина половины половине половину половиной", 0.5, "frac")
    add("треть третью", 1 / 3, "frac")
    add("трети третей третям третями третях", 1 / 3, "den")
    add("четверть четвертью", 0.25, "frac")
    add("четверти четвертей четвертям четвертями четвертях", 0.25, "den")
    add("половиною половинами половинах", 0.5, "frac")
    add("полтора полторы полутора", 1.5)
    add("дюжина дюжины дюжине дюжину дюжиной дюжин", 12, "mul")
    # the singular collective tens and hundreds ("десяток яиц", "сотню рублей"); their
    # genitive forms after a numeral ("два десятка", "пять сотен") or a preposition
    # ("около сотни", flag G); "десятку" / "десятке" are also the top ten, "сотни людей" vague
    add("десяток десятком сотня сотню сотней сотне", 10, "mul")
    add("десятка десятков сотни сотен", 10, "mul", "G")
    for f in ("сотня", "сотню", "сотней", "сотне", "сотни", "сотен"):
        w[f] = (100.0, *w[f][1:])
    # ordinal denominators after a numerator ("одну пятую", "две десятых"); alone they
    # are ordinal words (flag N)
    for stem, val in (("пят", 5), ("шест", 6), ("седьм", 7), ("восьм", 8), ("девят", 9),
                      ("десят", 10), ("сот", 100), ("тысячн", 1000)):
        add(" ".join(stem + e for e in "ая ой ую ых ым ыми".split()), 1 / val, "den", "N")
    w["с половиной"] = (0.5, "half", "")
    return w


#: Kazakh case and possessive endings that may be glued to a number word.
KK_SUFFIXES = (
    "ге ке ға қа не на де те да та ден тен дан тан нен нан нің дің тің ның дың тың "
    "ні ді ті ны ды ты мен бен пен сі сы і ы дай дей тай тей дайы дейі тайы тейі"
).split()


def _kk_collective_suffixes(back: bool) -> tuple[str, ...]:
    """Endings of a Kazakh collective numeral (``екеу``, ``алтау``) in the vowel harmony of
    its stem: the possessives (``екеуі``, ``екеуміз``, ``алтауымыз``, ``екеуіңіз``) with
    their case endings (``екеуімізге``, ``алтауының``) and the bare case endings."""
    v, cases = ("ы", "ға да дан ды мен ның") if back else ("і", "ге де ден ді мен нің")
    poss = f"{v} {v}мыз мыз {v}ңыз ңыз" if back else f"{v} {v}міз міз {v}ңіз ңіз"
    n_cases = "н на нда нан ның мен" if back else "н не нде нен нің мен"
    out = {"", *cases.split()}
    for p in poss.split():
        out.add(p)
        if p == v:  # the third person takes the pronominal n-cases: "екеуіне", "алтауының"
            out.update(v + c for c in n_cases.split())
        else:
            out.update(p + c for c in cases.split())
    return tuple(sorted(out))


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
        for suf in _kk_collective_suffixes(back=word[-2] in "аоұы"):
            w[word + suf] = (float(val), "u", "")
    for f, val in (
        ("млн", 1e6),
        ("млн.", 1e6),
        ("млрд", 1e9),
        ("млрд.", 1e9),
        ("трлн", 1e12),
        ("трлн.", 1e12),
        ("мың.", 1e3),
        ("тыс.", 1e3),  # the Russian abbreviation in Kazakh statistics: "263 тыс. адам"
        ("тыс", 1e3),
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
    w["selusin"] = (12.0, "u", "")
    w["lusin"] = (12.0, "mul", "")
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
    for den in ("pertiga", "perempat", "perlima"):  # "tiga perempatnya" (three quarters of it)
        w[den + "nya"] = (w[den][0], "den", "")
    # "separoh", "paroh": the older form of "separuh" (half); "miljard" the Dutch-style billion
    for form in ("paroh", "separoh", "separohnya"):
        w[form] = w[form.replace("oh", "uh")]
    w["miljard"] = w["miliard"]
    _id_old_spelling(w)
    return w


def _id_old_spelling(w: dict[str, tuple[float, str, str]]) -> None:
    """Add the pre-1972 spellings of the Indonesian number words ("doea", "seriboe",
    "djoeta", "miljar"): j -> dj, y -> j, c -> tj, with u -> oe before 1947 and without
    it in the Soewandi spelling of 1947-1972 ("djuta", "miljard")."""
    for word, v in list(w.items()):
        sw = word.replace("j", "dj").replace("y", "j").replace("c", "tj")  # Soewandi: "djuta"
        old = sw.replace("u", "oe")
        for form in (sw, old):
            if form != word and len(word) > 2:
                w.setdefault(form, v)



#: Prepositions after which a ``G`` scale word is the singular genitive ("about a thousand").
GENITIVE_PREV: frozenset[str] = frozenset(
    "около более свыше менее до от с со из без для почти примерно порядка".split()
)

#: Sign words before a number, per language (``минус пять`` is -5): word type ``neg``.
SIGN_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("minus", "negative"),
    "ru": (
        "минус",
        *(
            "отрицательн" + e
            for e in "ый ая ое ые ого ой ому ую ым ом ых ыми".split()  # not the adverb
        ),
    ),
    "kk": ("минус", "теріс"),
    "id": ("minus", "negatif"),
}

#: Words between the integer part and the fraction of a spelled decimal.  ``point``
#: reads the fraction digit by digit (``two point five``, ``tiga koma satu empat``);
#: ``whole`` is followed by a numerator and a denominator word (``три целых две
#: десятых``) or, in Kazakh, a denominator in the ablative and the numerator
#: (``екі бүтін оннан бес``).
DECIMAL_POINT: dict[str, dict[str, str]] = {
    "en": {"point": "point"},
    "ru": {"запятая": "point", "целых": "whole", "целая": "whole", "целой": "whole",
           "целое": "whole"},
    "kk": {"нүкте": "point", "бүтін": "whole"},
    "id": {"koma": "point"},
}

#: Russian denominator words of a spelled decimal (stem -> denominator); endings
#: ``-ых -ая -ой -ые -ую``.
RU_DECIMAL_DEN: dict[str, float] = {
    "десят": 10.0,
    "сот": 100.0,
    "тысячн": 1e3,
    "десятитысячн": 1e4,
    "стотысячн": 1e5,
    "миллионн": 1e6,
}

#: Kazakh denominators of a spelled decimal, in the ablative before the numerator
#: (``оннан бес`` five tenths, ``жүзден жиырма`` twenty hundredths).
KK_DECIMAL_DEN: dict[str, float] = {"оннан": 10.0, "жүзден": 100.0, "мыңнан": 1e3}

#: Scale suffixes glued to digits (``100K``, ``3M``, ru ``150к``; ``B`` only after a
#: currency sign, ``$3B``): suffix -> scale.  Scale words glued to digits (``5млн``,
#: ``300мың``, ``Rp50rb``) are read from :data:`WORDS`.  Lower-case ``k``/``m`` and ``bn``/``mn`` are read by
#: :func:`analysis.mentions.units.glued_scale` (``5m`` alone is metres).
COMPACT_SUFFIX: dict[str, float] = {"K": 1e3, "M": 1e6, "B": 1e9, "к": 1e3, "К": 1e3}


#: Sign words before a number that keep its value (``плюс 2 030 руб.``): word type ``pos``.
PLUS_WORDS: dict[str, tuple[str, ...]] = {"ru": ("плюс",), "kk": ("плюс",)}


def _with_signs(lang: str, words: dict[str, tuple[float, str, str]]) -> dict:
    for w in SIGN_WORDS[lang]:
        words.setdefault(w, (-1.0, "neg", ""))
    for w in PLUS_WORDS.get(lang, ()):
        words.setdefault(w, (1.0, "pos", ""))
    return words


#: Number words per language: lower-case form -> (value, type, flags).
WORDS: dict[str, dict[str, tuple[float, str, str]]] = {
    "en": _with_signs("en", _en()),
    "ru": _with_signs("ru", _ru()),
    "kk": _with_signs("kk", _kk()),
    "id": _with_signs("id", _id()),
}


def words_for(langs: tuple[str, ...]) -> dict[str, tuple[float, str, str]]:
    """Merge the number words of *langs* (later languages do not override earlier ones)."""
    out: dict[str, tuple[float, str, str]] = {}
    for lang in langs:
        for k, v in WORDS[lang].items():
            out.setdefault(k, v)
    return out
