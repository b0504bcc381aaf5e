"""Paths and constants shared by the tests, imported as an ordinary module (``from paths import …``).

pytest's default import mode ("prepend") puts this folder on ``sys.path`` before it imports
the test modules, so ``paths`` resolves to this file. Fixtures stay in ``conftest.py``,
which is never imported by name.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["SEEDS_DIR", "SEED_LANGS"]

#: The five seed documents (one ``.txt`` file each).
SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"

#: doc_id -> language of the five seeds (from the file headers / the issue).
SEED_LANGS = {
    "000_5cb650a5a9519fe6": "id",
    "001_7dd0d3dcf9e21661": "kk",
    "002_f7dfec8b738f4d3e": "en",
    "003_1782b29beae0b501": "ru",
    "004_bf79698a0960a996": "ru",
}
