"""Units and currencies of :mod:`analysis.mentions`: unit words after a number, currency signs before it."""

from __future__ import annotations

__all__ = ["CURRENCY_PREFIX", "SUBUNITS", "SUBUNITS_AFTER_MAIN", "UNITS"]

#: Units after a number that the unit lexicon (``data/units.tsv``) cannot hold as plain
#: forms: percent and percentage points, currencies (kind money), one-letter symbols and
#: calendar words whose reading depends on what follows (``т``, ``ц``, ``g``, ``m``,
#: ``год``, ``час``, ``р.``), multipliers (``2,3x``), "head of cattle", a degree sign
#: with words (``45° по Реомюру``) and per mille in words (``на тысячу``, not before a
#: currency).  Every other unit is a row of the
#: lexicon, with its inflected forms; add new units there (scripts/build_unit_lexicon.py),
#: not here.  (regex source, unit code, kind), matched case-insensitively, in this order;
#: the first alternative that matches wins (longer forms first); a longer lexicon form
#: wins over it (:func:`.units.unit_after`).
UNITS: tuple[tuple[str, str, str], ...] = (
    # percentage points (unit code "pp", reported as "%"): a change, not a level
    (
        r"percentage[ -]points?|п\.\s?п\.|процентн\w*\s+пункт\w*|пайыздық\s+тармақ\w*"
        r"|пайыздық\s+пункт\w*|(?:persen|prosen)\s+poin|poin\s+persen(?:tase)?"
        r"|(?<=half[ \u00a0])a[ \u00a0]percentage[ -]point",  # "half a percentage point"
        "pp",
        "percent",
    ),
    # basis points: hundredths of a percentage point ("150 basis points" -> 1.5 %; Russian
    # "на 200 б.п.", "50 базисных пунктов"; in lower case only: "BPS" in capitals is
    # Indonesia's statistics agency, "pada 2023 BPS")
    (
        r"basis[ -]points?|(?-i:bps|Bps)|basis[ \u00a0]poin|б\.[ \u00a0]?п\.|базисн\w*[ \u00a0]+пункт\w*",
        "bp",
        "percent",
    ),
    # percent
    (
        # the abbreviation dot of "per cent." is inside where it ends no sentence ("5 per
        # cent. of", "5 per cent.,"); a sentence's full stop stays outside
        r"%|процент\w*|проц\.|пайыз\w*|persen|prosen"
        r"|per\s+cent(?:\.(?=[ \u00a0]*[,;:)]|[ \u00a0]+(?-i:[a-z])))?|percent",
        "%",
        "percent",
    ),
    # money
    (
        r"рубл\w*|руб\.?|rubl\w*|rouble?s?|rubles?|rubel\w*|karbovan\w*|карбован\w*|сом\w*"
        r"|червонц\w*|(?-i:р)\.(?![ \u00a0]*(?-i:[A-ZА-ЯЁ]))",  # "312 400 р.", not "р. Волга"
        "RUB",
        "money",
    ),
    # "65 т. р.": thousands of roubles in classified ads (amounts.py scales it by 1000)
    (r"т\.[ \u00a0]?р\.", "kRUB", "money"),
    # "2 900 у. е.": the "conventional units" of the 1990s, dollars
    (r"у\.[ \u00a0]?е\.", "USD", "money"),
    # "тг" / "тг." abbreviates the tenge ("11,4 млрд тг", "купе – 14 630 тг"); a full
    # stop is the abbreviation's only before a small letter or a comma (not "5 000 тг. Тел.")
    (
        r"теңге\w*|тенге|tenge|₸"
        r"|(?-i:тг)(?:\.(?=[ \u00a0]*(?-i:[а-яёәіңғүұқөһ,;)/])))?",
        "KZT",
        "money",
    ),
    (r"rupiah|IDR", "IDR", "money"),
    (
        r"(?:АҚШ\s+)?доллар\w*(?:\s+США)?|(?:АҚШ\s+)?долл\.(?:\s+США)?|dollars?|dolar(?:\s+(?:AS|Amerika(?:\s+Serikat)?))?"
        r"|USD|US\$|(?:United[ \u00a0]+States|U\.[ \u00a0]?S\.|US)[ \u00a0]+dollars?",  # "United States dollars"
        "USD",
        "money",
    ),
    (r"евро|euros?|EUR|€", "EUR", "money"),
    (r"gulden|guilders?|гульден\w*", "NLG", "money"),
    (r"швейцарск\w*[ \u00a0]+франк\w*|Swiss[ \u00a0]+francs?", "CHF", "money"),
    (r"francs?|франк(?:а|ов|и|ам|ами|ах)?", "FRF", "money"),
    (r"фунт\w* стерлинг\w*|pounds? sterling|£", "GBP", "money"),
    (r"(?<=\d)(?<!\d{4})(?-i:l)\.", "GBP", "money"),  # the old pound after the figure: "20l."
    (r"rupees?", "INR", "money"),
    # sovereigns are pounds; guineas 21 shillings (amounts.py: "450 gns." -> 472.5 GBP);
    # the Tudor pound "li." after the figure ("47 li. 13s. 4d."); "bucks" are dollars;
    # "fr." francs after the figure
    (r"sovereigns?|sovs?\.", "GBP", "money"),
    (r"guineas?|gns\.|gn\.", "guinea", "money"),
    (r"shillings?", "shilling", "money"),  # 20 to the pound: "thirty shillings" -> 1.5 GBP
    (r"lire|lira", "ITL", "money"),
    (r"(?<=\d[ \u00a0])(?-i:li)\.", "GBP", "money"),
    (r"bucks", "USD", "money"),
    (r"(?<=\d[ \u00a0])(?-i:fr)\.", "FRF", "money"),
    # weight in stone glued to the figure where it cannot be an ordinal ("9st.", "12st",
    # "11st."; "1st" is the first) or before pounds ("1st. 4lb.")
    (r"(?:(?<=[02-9])|(?<=11))(?-i:st)\.?|(?<=\d)(?-i:st)\.?(?=[ \u00a0]?\d{1,2}[ \u00a0]?lbs?\b)", "st",
     "quantity"),
    # weight in stone spelt out after digits, before punctuation, pounds or a small word
    # ("16 stone, ", "12 stone 4lb", "3 stone in a year"; not "4 stone steps", "one stone")
    (r"(?<=\d[ \u00a0])(?-i:stone)(?=[ \u00a0]*[,.;:)]|$|[ \u00a0]+\d"
     r"|[ \u00a0]+(?:in|of|and|or|heavier|lighter|overweight|when|at|to)\b)", "st", "quantity"),
    # German marks: "gold marks", "Reichsmarks"; plain "marks" only after a scale word
    # ("4.2 trillion marks"; "45 marks" in an exam are no money)
    # Russian: "марок" after a scale word ("6 млрд марок"), gold or Reich marks ("20 марок"
    # alone may be postage stamps)
    (r"(?:gold|paper)[ \u00a0]+marks|reichsmarks?|(?<=illion[ \u00a0])marks"
     r"|(?<=млн[ \u00a0])марок|(?<=млрд[ \u00a0])марок|(?<=трлн[ \u00a0])марок"
     r"|(?<=тыс\.[ \u00a0])марок|(?<=миллионов[ \u00a0])марок"
     r"|(?<=миллиардов[ \u00a0])марок|(?:золотых|германских|бумажных)[ \u00a0]+марок|рейхсмар\w*",
     "DEM", "money"),
    # area before length; a sentence's full stop after "кв. м" is outside ("2 500 кв. м. К")
    (
        r"km²|км²|km2|км2|кв\.\s?км(?:\.(?![ \u00a0]+(?-i:[А-ЯЁA-Z«\d])|\s*\n|\s*\Z))?|квадратн\w*\s+километр\w*|square\s+kilomet(?:er|re)s?"
        r"|шаршы\s+шақырым\w*|шаршы\s+километр\w*|sq\.?\s?km",
        "km2",
        "quantity",
    ),
    (
        r"м²|м2|m²|m2|кв\.\s?м(?:\.(?![ \u00a0]+(?-i:[А-ЯЁA-Z«\d])|\s*\n|\s*\Z))?|кв\.\s?метр\w*|квадратн\w*\s+метр\w*"
        r"|square\s+met(?:er|re)s?|sq\.?\s?m|шаршы\s+метр\w*|meter\s+persegi",
        "m2",
        "quantity",
    ),
    (r"га|гектар\w*|hectares?|ha|hektar(?:e)?", "ha", "quantity"),
    (
        r"тонн\w*|тонна\w*|tons?|tonnes?|т\.(?=\s+(?-i:[а-яё]{2}))|т(?!\w)(?!\.\s?[а-яё]\.)(?!\.[ \u00a0]*/)",
        "t",
        "quantity",
    ),
    (r"грамм\w*|гр\.|grams?|gram|g(?=[ \u00a0,;)]|/[^\W\d_])|(?<=\d)(?-i:g)(?=\.(?:\s|$))"
     # Russian "г" (not the year word "г.", nor after a year "1941 г"): "300 г хлеба",
     # "2,922 г." ending a sentence after a decimal
     r"|(?<![12]\d\d\d[ \u00a0])(?-i:г)(?![.\w])|(?<=,\d[ \u00a0])(?-i:г)(?=\.)"
     r"|(?<=,\d\d[ \u00a0])(?-i:г)(?=\.)|(?<=,\d\d\d[ \u00a0])(?-i:г)(?=\.)", "g", "quantity"),
    # litres: "л" without a full stop ("2,5 л", not "л." of sheets), or after a decimal
    (r"(?-i:л)(?![.\w])|(?<=,\d[ \u00a0])(?-i:л)(?=\.)", "l", "quantity"),
    # the capital "L" of litres apart from the number, before punctuation, "@" or a word in
    # lower case ("Pertalite 15,42 L @ Rp 10.000", "2 L air"; not before a capitalised word:
    # "Kelas 5 L Bandung"); a sentence's full stop stays outside ("oli 1 L.")
    (r"(?<=\d[ \u00a0])(?-i:L)(?=[ \u00a0]*(?:[,;)@/]|$)|[ \u00a0]+(?-i:[a-z])|\.(?:\s|$))",
     "l", "quantity"),
    (r"пуд\.(?=[ \u00a0]*[,;)]|[ \u00a0]+(?-i:[а-яё]))|пуд\w*|пұт\w*|poods?|pud", "pood", "quantity"),
    (r"центнер\w*|ц\.?(?=[ \u00a0,;)]|$)|quintals?|kuintal", "centner", "quantity"),
    (r"bushels?", "bushel", "quantity"),
    # corn measures of eight bushels ("wheat 4,210 qrs.", "20 qr."), and work in
    # foot-pounds ("772 foot-pounds", "550 ft.-lbs.")
    (r"qrs?\.", "quarter", "quantity"),
    (r"foot[- ]pounds?|ft\.?[- ]?lbs?\.?(?![^\W\d_])", "ft*lbf", "quantity"),
    # the ons of gold and silver is the troy ounce ("1,97 juta ons emas"); else the Dutch
    # ons of 100 g (a row of the unit lexicon)
    (r"ons(?=[ \u00a0]+(?:emas|perak|logam[ \u00a0]+mulia)(?![^\W\d_]))", "ozt", "quantity"),
    # "14,4 на тысячу": a rate per thousand in words (not before a currency word)
    (
        r"‰|промилле\w*|per[ \u00a0]?mil(?:le)?|per[ \u00a0]+seribu"
        r"|на[ \u00a0]+тысячу(?![ \u00a0]+(?:руб|долл|евро|тенге|тонн|человек))",
        "‰",
        "quantity",
    ),
    # almanac minutes after glued hours ("4h. 36m."), before the metre
    (r"(?<=\dh\.[ \u00a0]\d)(?-i:m)\.|(?<=\dh\.[ \u00a0]\d\d)(?-i:m)\.", "minute", "quantity"),
    (
        r"метр(?!о(?![вм]))\w*|meters?|metres?|meter"
        # (also before a footnote marker: "глубина — 1642 м[2].")
        r"|(?-i:[mм])(?=[ \u00a0]*[,;)]|\.(?![ \u00a0]?[A-ZА-Я]\.)|[ \u00a0]+[^\W\d_]|[ \u00a0]+[—–]|[ \u00a0]\("
        r"|\[\d{1,3}\])"
        r"|(?-i:m)(?=[ \u00a0]+\d)",  # a result after a distance: "100 m 10.3 s"
        "m",
        "quantity",
    ),
    # "ч." before a number is a part ("ст. 58-10 ч. 1"), unless minutes follow ("2 ч. 30 мин");
    # a sentence full stop after the symbol stays outside ("кипятили 4 ч. Выход")
    (
        r"час(?:а|ов|у|ом|ам|ами|ах)?|ч(?=\.(?:$|[ \u00a0]+(?-i:[А-ЯЁA-Z])))"
        r"|ч\.(?![ \u00a0]*\d)|ч\.(?=[ \u00a0]*\d{1,2}[ \u00a0]*мин)"
        r"|ч(?!\.)|hours?|hrs?\.?|сағат\w*|jam|(?<=\d)(?-i:h)\.(?=[ \u00a0]\d)",  # almanac "4h. 36m."
        "hour",
        "quantity",
    ),
    (  # "min." ending a sentence keeps its full stop outside ("1 hr 39 min. Trains")
        r"минут\w*|minutes?|min\.(?![ \u00a0]+(?-i:[A-Z]))|min(?=\.[ \u00a0]+(?-i:[A-Z]))|min(?![\w.])"
        r"|menit|мин\.?",
        "minute",
        "quantity",
    ),
    # "с" only where it cannot be the preposition nor the page abbreviation "с.": before
    # a comma, semicolon, bracket or the end, after minutes ("1 мин 12 с") or after a
    # decimal fraction (a page count is whole)
    (
        r"сек\.?|с(?=[ \u00a0]*(?:[,;)]|$))|(?:(?<=мин[ \u00a0]\d[ \u00a0])|(?<=мин[ \u00a0]\d\d[ \u00a0])"
        r"|(?<=мин\.[ \u00a0]\d[ \u00a0])|(?<=мин\.[ \u00a0]\d\d[ \u00a0])"
        # tenths and hundredths after minutes: "24 мин 18,7 с", "1 мин 5,25 с"
        r"|(?<=мин[ \u00a0]\d,\d[ \u00a0])|(?<=мин[ \u00a0]\d\d,\d[ \u00a0])"
        r"|(?<=мин[ \u00a0]\d,\d\d[ \u00a0])|(?<=мин[ \u00a0]\d\d,\d\d[ \u00a0]))с(?![.\w])"
        r"|(?:(?<=,\d[ \u00a0])|(?<=,\d\d[ \u00a0]))с(?=\.)",  # "9,71 с.": no page count
        "second",
        "quantity",
    ),
    (
        r"лет|год(?:а|у|ом|ы|ов|ам|ах)?|years?|yrs?\.?"
        # kk "жыл" with its suffixes, not "жылқы" (horse), "жылан", "жылу", "жылжы"
        r"|жыл(?![қаужт])\w*"
        r"|жас(?:ар\w*|тағы\w*|та|қа|ында\w*|тан|ынан|ы|ына|ын)?"
        r"|tahun",
        "year",
        "quantity",
    ),
    # kk "ай": also "9 айында" (in 9 months), "бір айдай" (about a month)
    # and the age in months "4 айлығында" (at four months old)
    (r"месяц\w*|months?|bulan|ай(?:ға|да|дан|дай|ы|лық|ын|ында|ына|ынан|лығында)?", "month", "quantity"),
    (r"sq\.?\s?mi\.?|square\s+miles?", "mi2", "quantity"),
    (r"acres?", "acre", "quantity"),
    (r"miles?|mil", "mile", "quantity"),
    (r"недел\w*|weeks?|minggu|апта\w*", "week", "quantity"),
    # kk "тәулік" (a day of 24 hours): "7 тәулік ішінде", "3 тәулікке"
    (r"дн(?:я|ей|ям|ями|ях)|день|сутки|суток|days?|күн\w*|hari|тәулі[кг]\w*", "day", "quantity"),
    (
        r"ноч(?:ь|и|ей|ам|ами|ах)|nights?|malam|түн(?:і|ге|де|нен|дер\w*)?",
        "night",
        "quantity",
    ),
    # kelvins: "К" after a number before a comma or a lower-case word ("4,2 К жидким
    # гелием", "92 К,"), not an initial ("5 К. Маркса")
    (r"(?<=\d[ \u00a0])(?-i:К)(?=[ \u00a0]*[,;)]|[ \u00a0]+(?-i:[а-яё]))", "K", "quantity"),
    (r"°[ \u00a0]?по[ \u00a0]+Реомюру", "degRe", "quantity"),  # "45° по Реомюру"
    (
        r"°[ \u00a0]?[CС]|градус\w*|degrees?(?:\s+Celsius)?|derajat(?:\s+Celsius)?",
        "degC",
        "quantity",
    ),
    (r"°[ \u00a0]?Fahr(?:enheit|\.)?", "degF", "quantity"),  # "201.6° Fahr."
    # a bare degree sign (not before the minutes of an angle, "41° 20′"): "deg", read as a
    # temperature in a temperature's context (amounts.py)
    (r"°(?![ \u00a0]?\d)", "deg", "quantity"),
    # livestock counters in English (ru, kk, id: the unit lexicon): "200 head of cattle",
    # "30,000 head of livestock"
    (
        r"head(?=[ \u00a0]+of[ \u00a0]+(?:cattle|livestock|sheep|swine|pigs|horses|goats|camels"
        r"|reindeer|poultry|oxen|cows|stock))",
        "head",
        "quantity",
    ),
    # kk livestock counted in head in the dative ("ірі қара 1,1 млн басқа жетті"): the
    # lexicon leaves "басқа" out, since it is also "other"; it is the counter before a verb
    # of reaching or growing, "дейін" or the end of a clause
    (
        r"(?:(?<=\d[ \u00a0])|(?<=млн[ \u00a0])|(?<=млрд[ \u00a0])|(?<=мың[ \u00a0]))басқа"
        # or before the rate per head ("1 басқа 0,8–1 га жайылым")
        r"(?=[ \u00a0]+(?:жет|дейін|көбей|өс|азай|арт|ұлғай|кем|\d)|[ \u00a0]*[.,;!?)]|$)",
        "head",
        "quantity",
    ),
    # one-letter SI symbols after a number in English: joules after a number
    # ("3.2 × 10²³ J", not the initial "J."), seconds after a decimal ("0.11 s")
    (r"(?<=[\d⁰¹²³⁴⁵⁶⁷⁸⁹][ \u00a0])(?-i:J)(?![\w.'’])", "J", "quantity"),
    (r"(?<=[.,]\d[ \u00a0])(?-i:s)(?![\w'’]|\.\w)|(?<=[.,]\d\d[ \u00a0])(?-i:s)(?![\w'’]|\.\w)", "s",
     "quantity"),
    # the litre's capital "L" glued to the figure ("2.27L", "a 5L tank") or spaced after a
    # decimal ("38.21 L @ 142.9p"), not before a letter ("5 Lions", "12LB")
    (r"(?<=\d)(?-i:L)(?![\w'’])|(?<=[.,]\d\d[ \u00a0])(?-i:L)(?![\w'’]|\.\w)", "l", "quantity"),
    # multipliers
    # ... and "2,3x", "1,1х" glued to the digits (not "3x3", "в 3х томах")
    (
        # (kk "есе", not "есеп"/"есебі": a count or a score, "1,5:0,5 есебімен")
        r"раз(?:а)?|есе(?![бп])\w*|(?<![Бб]ір[ \u00a0])рет|times|kali(?:\s+lipat)?|fold"
        r"|(?<=\d)x(?!\d)|(?<=\d)х(?=[ \u00a0]*(?:[.,;:!?)»]|$|до[ \u00a0]))",
        "times",
        "other",
    ),
    # English: a time of day on the clock ("at 10 o'clock"), a horse's height in hands
    # ("15 hands high"), inches after feet ("6 ft 1 in")
    (r"o['’]clock|of[ \u00a0]the[ \u00a0]clock", "hour", "other"),
    (r"hands(?=[ \u00a0]+high)", "hand", "quantity"),
    (r"(?<=ft[ \u00a0]\d[ \u00a0])in(?![\w.])|(?<=ft[ \u00a0]\d\d[ \u00a0])in(?![\w.])"
     # glued to the figure: "6ft 5in", "5 ft 11in"
     r"|(?<=ft[ \u00a0]\d)in(?![\w.])|(?<=ft[ \u00a0]\d\d)in(?![\w.])"
     # and after a fraction of an inch: "7 ft 1/4 in", "4 ft 8 1/2 in"
     r"|(?<=ft[ \u00a0]\d/\d[ \u00a0])in(?![\w.])|(?<=ft[ \u00a0]\d[ \u00a0]\d/\d[ \u00a0])in(?![\w.])"
     r"|(?<=ft[ \u00a0]\d\d[ \u00a0]\d/\d[ \u00a0])in(?![\w.])", "inch", "quantity"),
    # survey links after chains ("22 chains 50 links"; "5 links" alone counts links), and
    # millibars in lower case only ("953 mb"; "500 MB" is megabytes)
    (r"(?<=chains[ \u00a0]\d[ \u00a0])links?|(?<=chains[ \u00a0]\d\d[ \u00a0])links?", "link", "quantity"),
    (r"(?-i:mb)(?![/\w])", "mbar", "quantity"),
    # standard deviations of a z-score after a decimal or signed figure ("-2,31 SD",
    # "1.5 SD"; "kelas 5 SD" is a primary school)
    (
        r"(?<=[.,]\d[ \u00a0])(?-i:SD)(?![\w/])|(?<=[.,]\d\d[ \u00a0])(?-i:SD)(?![\w/])"
        r"|(?<=[-−]\d[ \u00a0])(?-i:SD)(?![\w/])",
        "SD",
        "other",
    ),
    # Indonesian latitude and longitude after a decimal figure, hemisphere inside:
    # "6.84 LS", "107.05 BT", "0,52 LU" (lintang selatan/utara, bujur timur/barat)
    (
        r"(?<=[.,]\d[ \u00a0])(?-i:L[SU]|B[TB])(?![\w/])|(?<=[.,]\d\d[ \u00a0])(?-i:L[SU]|B[TB])(?![\w/])"
        r"|(?<=[.,]\d\d\d[ \u00a0])(?-i:L[SU]|B[TB])(?![\w/])",
        "deg",
        "quantity",
    ),
    # the purity of gold in karats right after "emas": a value on a scale of 24 ("emas 24
    # karat", "emas 18 karat"); a gem's "2 karat" is a weight, not read here
    (r"(?<=emas[ \u00a0]\d[ \u00a0])karat\b|(?<=emas[ \u00a0]\d\d[ \u00a0])karat\b", "karat", "other"),
)

# Currency written before the number.
CURRENCY_PREFIX: dict[str, str] = {
    "US$": "USD",
    # dollars of other countries: "CA$21", "C$40", "A$5", "NZ$9", "HK$100", "S$12"
    "CA$": "CAD",
    "C$": "CAD",
    "AU$": "AUD",
    "A$": "AUD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "$": "USD",
    "USD": "USD",
    # ISO codes before the figure in business and travel English: "CHF 152", "EUR 20"
    "EUR": "EUR",
    "GBP": "GBP",
    "CHF": "CHF",
    "JPY": "JPY",
    "Rp": "IDR",
    "Rp.": "IDR",
    "RM": "MYR",  # the ringgit glued to the figure: "RM421 miliar", "RM1.700"
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",  # the yen sign ("the yen weakened past ¥151"); the yuan is written CN¥ or RMB
    "₽": "RUB",
    "₸": "KZT",
    "₹": "INR",  # the rupee sign ("₹1.6 crore")
    "₦": "NGN",  # the naira sign ("₦50 million")
    "ƒ": "NLG",  # the florin sign of the Dutch guilder
}

#: Money sub-units after a number: (regex source, main currency, share of the main unit).
#: After an amount in the main unit (``5 рублей 20 копеек``) the sub-unit adds to it in
#: that amount's currency (``5 gulden 20 sen`` -> NLG); alone it is money in the main
#: currency of its row (``20 копеек`` -> 0.2 RUB, ``50 sen`` -> 0.5 IDR).
SUBUNITS: tuple[tuple[str, str, float], ...] = (
    (r"копе(?:йк\w*|ек)|коп\.?|kopeks?|kopecks?|kopeyk\w*", "RUB", 0.01),
    (r"тиын\w*|tiyn", "KZT", 0.01),
    (r"евроцент\w*|euro[ -]?cents?", "EUR", 0.01),
    # the country before "cents": "80 US cents", "45 Australian cents" (before plain cents)
    (r"(?-i:US|U\.S\.)[ \u00a0]cents?", "USD", 0.01),
    (r"(?:Australian|(?-i:AU))[ \u00a0]cents?", "AUD", 0.01),
    (r"(?:Canadian|(?-i:CA))[ \u00a0]cents?", "CAD", 0.01),
    (r"(?:New[ \u00a0]Zealand|(?-i:NZ))[ \u00a0]cents?", "NZD", 0.01),
    (r"(?:Singapore|(?-i:SG))[ \u00a0]cents?", "SGD", 0.01),
    (r"цент(?:а|ы|ов|ке|тер\w*)?|cents?|cts\.?|(?<=\d)(?<!\d{4})(?-i:c)\.", "USD", 0.01),  # "58c."
    (r"pence|penny|pennies|пенс\w*", "GBP", 0.01),
    (r"sen", "IDR", 0.01),
    (r"annas?", "INR", 1 / 16),  # 16 annas to the rupee
    (r"centimes?", "FRF", 0.01),
)

#: Sub-unit abbreviations read as money only right after an amount in their main unit
#: (``41 226 руб. 50 к.``; ``к. 2`` alone is a building, ``50 к.`` alone is not money).
SUBUNITS_AFTER_MAIN: tuple[tuple[str, str, float], ...] = (
    (r"[ \u00a0]?к\.(?![ \u00a0]?\d)", "RUB", 0.01),
)
