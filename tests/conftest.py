"""Shared fixtures: the five seed documents and a small hand-made multilingual corpus.

The mini corpus is written to exercise the tokeniser on the cases that matter for our
languages: Kazakh letters (ә ғ қ ң ө ұ ү һ і), hyphenated compounds
(``социально-экономических``), apostrophes (``O’Brien``), superscript footnote markers
glued to words (``показателей¹²``), decimal commas (``22427,3``), numbers with a glued
suffix (``1931-ші``, ``1990-х``) and Roman numerals (``XIV``).
"""

from __future__ import annotations

import pandas as pd
import pytest
from paths import SEEDS_DIR

import analysis

#: The hand-made corpus: doc_id -> (lang, text). Texts are already normalised (NFC, LF).
MINI_TEXTS = {
    "mini_en": (
        "en",
        "O’Brien said I was in Kharkiv in 1943–1945.\n"
        "The city’s tractor plant was rebuilt by 3,000 workers; the plant reopened in XIV.",
    ),
    "mini_id": (
        "id",
        "Pada tahun 1959 Presiden Soekarno mengeluarkan dekrit.\n"
        "Kawan-kawan, kita semua perlu membangun kembali ekonomi¹ dan pabrik.",
    ),
    "mini_kk": (
        "kk",
        "ХХ ғасырдың 30-шы жылдары Қазақстанда ашаршылық болды.\n"
        "1931-ші жылы әлеуметтік-экономикалық өзгерістер және ұжымдастыру үй шаруашылығына "
        "һәм ірі қалаларға әсер етті. XIV съезі өңірде өтті.",
    ),
    "mini_ru": (
        "ru",
        "Рост социально-экономических показателей¹² в 1990-х годах составил 22427,3 тыс. рублей.\n"
        "Ёлка и ёж; депутат д’Артаньян подверг критике систему голосования (ст. 5, № 12).",
    ),
}


@pytest.fixture(scope="session")
def seed_corpus() -> pd.DataFrame:
    """:func:`analysis.load_corpus` of the seeds folder (read once per session)."""
    return analysis.load_corpus(SEEDS_DIR)


@pytest.fixture(scope="session")
def mini_corpus() -> pd.DataFrame:
    """The hand-made corpus above, with its languages given (no detection involved)."""
    frame = pd.DataFrame(
        {
            "doc_id": list(MINI_TEXTS),
            "lang": [lang for lang, _ in MINI_TEXTS.values()],
            "text": [text for _, text in MINI_TEXTS.values()],
        }
    )
    return analysis.load_corpus(frame)
