"""Unicode normalisation of document text, done once so every offset refers to one string."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalize_text"]

# Characters mapped to a plain space: no-break, thin, figure, narrow no-break and other
# fixed-width spaces (Unicode category Zs), plus tabs and form feeds inside lines.
_SPACE_CHARS = "".join(
    chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Zs" and c != 0x20
) + "\t\f\v"
_SPACE_TABLE = {ord(c): " " for c in _SPACE_CHARS}
# Characters removed: BOM / zero-width no-break space, soft hyphen, zero-width space and
# word joiner (invisible, and they split words for every tokenizer).
_DELETE = {0xFEFF: None, 0x00AD: None, 0x200B: None, 0x2060: None}
_TRANSLATE = {**_SPACE_TABLE, **_DELETE, 0x2028: "\n", 0x2029: "\n", 0x0085: "\n"}
_NEWLINE_RE = re.compile(r"\r\n?")
# The same mapping as a regular expression: scanning in C, Python only at the matches
# (str.translate looks every character up in a dict).
_SPECIAL_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TRANSLATE)) + "]")
_REPLACEMENT = {chr(c): (r or "") for c, r in _TRANSLATE.items()}


def normalize_text(text: str) -> str:
    """Normalise ``text`` once, so that every later offset refers to the same string.

    Steps, in order:

    1. line ends ``\\r\\n`` and ``\\r`` (and U+2028/U+2029/U+0085) become ``\\n``;
    2. the byte-order mark, soft hyphens (U+00AD), zero-width spaces and word
       joiners are removed;
    3. no-break, thin, narrow and other fixed-width spaces (category Zs) and tabs
       become an ordinary space, one for one (so ``22 427`` with a thin space
       reads like ``22 427`` with a space);
    4. Unicode NFC composition (``е`` + combining diaeresis → ``ё``), last, so that a
       mark separated from its letter by a soft hyphen is composed too and the
       function is idempotent.

    Nothing else changes: case, punctuation, quotes and dashes are kept.

    Examples
    --------
    >>> normalize_text("\\ufeff22\\u2009427,3 тыс.\\u00a0рублей\\r\\nпо\\u00adка")
    '22 427,3 тыс. рублей\\nпока'
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str; got {type(text).__name__}.")
    text = _NEWLINE_RE.sub("\n", text)
    text = _SPECIAL_RE.sub(lambda m: _REPLACEMENT[m.group()], text)
    return unicodedata.normalize("NFC", text)
