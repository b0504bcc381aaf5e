"""Multilingual numeric-mention extraction (ru, kk, id, en).

Finds every number written with digits, Roman numerals, superscript digits or number
words, and returns it as a tidy table with its exact span, normalised value, kind, unit,
scale word and range end, following the annotation standard in
``docs/numeric-mentions.md`` (kinds in precedence order: reference, identifier,
date, range, year, percent, money, quantity, ordinal, count, other).

How it works
------------
1. One compiled *atom* regex per language set (cached) finds, in a single pass, digit
   numbers in the local formats (``22427,3``, ``1 558 927``, ``190,000``, ``1.904.569``),
   numeric dates, times, superscripts, ``[7]`` markers, ``N``/``№``/``Nomor`` identifiers,
   ORCID/ISBN/DOI/phones, Roman numerals (incl. Cyrillic ``Х``/``І``), month names and
   number words (a character trie built from :mod:`analysis.mentions.lexicon`); Roman
   numerals follow the one grammar of :mod:`analysis.text.roman`.  The
   pattern is gated so that positions inside words cost one character-class test.
2. A Python pass over the *atoms* (not tokens) combines neighbours: composite numbers
   (``1 млн 300 мың``, ``dua ratus lima puluh ribu``), dates (``15-17 Mei 1985``,
   ``1921 жылғы 10 қыркүйектегі``), ranges (``1920-30``, ``с 11 до 19 тысяч``,
   ``859,4 мыңнан 658,1 мыңға``), and looks a few characters around each mention with
   anchored regexes (units and currencies with their inflection, hyphen suffixes,
   calendar-year words, ordinal markers, identifier nouns such as ``статьи``/``Pasal``).
3. Citation regions (footnote lines, bibliography entries, ``(Author, 2004: 53-55)``,
   ``[Иванов, 2005, с. 45]``) are found once per text; numbers inside become references.
   Besides footnote lines that open with an author, a region is a line opening with
   *Ibid.* / *Там же* / *См.* / *Сонда*, a footnote line (leading number) holding a page
   abbreviation and a year, the source after `` // `` (GOST), a place (: publisher) and
   year (``М., 2010.``, ``– Алматы: Мектеп, 2019.``, ``. – Астана, 2020.``) or a journal
   year followed by an issue (``Вопросы истории. 2015. № 3``) together with the
   volume / issue / page tail that follows.  A number right after a page abbreviation
   (``p.``, ``pp.``, ``С.``, ``стр.``, ``hlm.``, ``h.``, ``б.``, ``бб.``, ``vol.``) or
   before ``pp.`` / ``бб.`` is a reference anywhere.  A period in a title
   (``Modern 1200–2008``) stays a range.

Round 2 of the grammar (``docs/numeric-mentions.md``, "Round 2")
---------------------------------------------------------------
Signs and sign words fold into the value (``−3,5``, ``минус пять``); spelled decimals,
mixed numbers and spelled fractions (:mod:`.spelled`: ``три целых две десятых``,
``dua koma lima``, ``2 1/2``); composites with "and" and dozens; glued scale words and
scientific notation (``5млн``, ``2.5bn``, ``6,02·10^23``); money with sub-units as one
amount (``5 рублей 20 копеек`` → 5.2 RUB); one-word multipliers (``втрое``); units from
a lexicon with dimensions (:func:`unit_lexicon`: Pint's names plus per-language forms
with their inflections, glued or hyphenated: ``10га``, ``72-MW``); and in
:mod:`.attached`, footnote markers glued to a word or its full stop, years hyphenated to
a name (``Expo-2017``) and scale ordinals (``5-миллионыншы``); identifier lists
(``приложениям 4, 5 и 6``), OCR-glued months and English month/day slashes in the date
and classification rules.

Context rules added for news, statistics, budgets, biographies and footnotes
--------------------------------------------------------------------------
* Table lines ``2010 – 142 856,5``: a year and a figure joined by a spaced dash (or a
  decimal second end) are a year and a count; dash ranges need comparable ends (a year
  with a year or a short year abbreviation ``1920-30`` / ``1905-7``).
* Percentage points (``п.п.``, ``процентных пункта``, ``percentage points``,
  ``persen poin``, ``пайыздық тармақ``) are percent with the point words inside; their
  internal unit differs from ``%`` so ``0.25 percentage points to 5.25%`` is no range.
* Clock times with ``a.m.`` / ``p.m.`` (marker inside, 24-hour value) and ranges of them.
* Composite numbers may carry a decimal before a smaller scale (``1 трлн 245,6 млрд``);
  glued scale abbreviations after a currency (``£1.9m``, ``$2bn``) or ``bn``/``mn``
  anywhere; ``5m`` alone stays metres unless a counted noun follows (``5m people``).
* Ages: ``aged 63``, ``berusia 45``, ``children under 12`` are quantity/year; Kazakh
  ``жасар`` / ``жасында`` are unit words.
* Identifiers: article / resolution / class / route nouns (``статьей 217``,
  ``Resolution 2334``, ``kelas 5``), lists continuing them (``статьями 5 и 6``), road
  designations with one letter near a road word (``трасса М-12``), Kazakh
  ``5-сынып`` / ``125-мектеп`` / ``2-кітап``; sessions and quarters are ordinals
  (``2-сессиясы``, ``triwulan IV-2023``, ``III квартал``).
* Years with an era word (``800 Masehi``, ``300 BC``, ``480 г. до н. э.``).
* Fractions: ``трети`` / ``четверти`` alone, ``seperempatnya``, ``a fifth`` (only before
  *of*, a punctuation mark or after *by/nearly/…*, else the ordinal word).
* "from X noun to Y noun" ranges repeating the counted noun (``dari 26,36 juta orang
  menjadi 25,22 juta orang``); connector ranges need the same unit at both ends.

All look-backs are bounded, so the run time is linear in the text length.

Known limitations
-----------------
* Counts versus years for bare four-digit numbers (``2000 Comintern members``) are
  decided by context heuristics (year words, prepositions, the following word).
* "One"-words (``one``, ``один``, ``бір``, ``satu``) are taken only with a unit, a scale
  word or inside a composite, to keep idioms out; ``one candidate`` is missed.
* English single-letter Roman numerals need a cue (``World War I``, ``Part I``, ``V в.``);
  in ru/kk/id a capitalised name before them also counts (``Петр I``).
* Citation regions are found from surface patterns; a footnote line without an author,
  page abbreviation or publisher pattern is not recognised, and a region that is
  recognised turns every count / year / identifier in it into a reference.
* Bare ages without a cue word (``released at 74``) are left as counts.
"""

from .atoms import LANGS
from .extractor import extract_mentions, mention_rows
from .record import KINDS, MENTION_COLUMNS, empty_mentions, mention_frame
from .unit_table import unit_lexicon

__all__ = ["KINDS", "LANGS", "MENTION_COLUMNS", "empty_mentions", "extract_mentions",
           "mention_frame", "mention_rows", "unit_lexicon"]
