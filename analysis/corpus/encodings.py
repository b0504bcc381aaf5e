"""Decoding file bytes: UTF-8 and UTF-16 directly, legacy code pages by detection."""

from __future__ import annotations

import warnings

from .errors import CorpusError

__all__ = ["decode_bytes"]

#: Legacy encodings considered for non-UTF-8 files: Cyrillic (Russian, Kazakh) and Latin
#: (English, Indonesian) code pages. Restricting the candidates keeps charset detection
#: from "recognising" short Latin or Cyrillic text as Chinese or UTF-16.
_CANDIDATE_ENCODINGS = ("cp1251", "koi8_r", "koi8_u", "cp866", "iso8859_5", "mac_cyrillic",
                        "kz1048", "ptcp154", "cp1252", "latin_1", "iso8859_15", "cp1250")
def _encoding_rank(name: str) -> int:
    norm = name.lower().replace("-", "_")
    return _CANDIDATE_ENCODINGS.index(norm) if norm in _CANDIDATE_ENCODINGS else 99


#: Coherence differences up to this are noise between code pages (see decode_bytes).
_COHERENCE_MARGIN = 0.05

#: Non-UTF-8 input shorter than this is rejected rather than guessed.
_MIN_DETECT_BYTES = 32


def _plausible(text: str) -> bool:
    """True if >= 95% of characters are ordinary Latin/Cyrillic text, digits or punctuation.

    Judged on the first 20,000 characters, so the check stays cheap on large files.
    """
    text = text[:20_000]
    if not text:
        return False
    ok = sum(1 for c in text if (c.isspace() or (c.isprintable() and (
        ord(c) < 0x0530 or 0x2000 <= ord(c) < 0x2070 or 0x20A0 <= ord(c) < 0x2200))))
    return ok >= 0.95 * len(text)


def _letters(match) -> int:
    """Letters in the first 20,000 characters of a charset_normalizer reading."""
    return sum(1 for c in str(match)[:20_000] if c.isalpha())


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 with BOM
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > 0.05 * max(len(sample), 1)


def decode_bytes(data: bytes, *, name: str = "<bytes>", min_coherence: float = 0.0) -> tuple[str, str]:
    """Decode file contents, detecting the encoding when it is not UTF-8.

    UTF-8 (with or without BOM) and UTF-16 (with BOM, or ASCII-range without) are
    recognised directly; other encodings are detected with ``charset_normalizer``
    among Cyrillic and Latin code pages (Windows-1251, KOI8-R/U, CP866, KZ-1048,
    Windows-1252, Latin-1, …). Data with NUL bytes that is not UTF-16 is binary.
    UTF-8 with at most one invalid byte sequence per 1,000 bytes (a truncated last
    character, a damaged export) is read as UTF-8 with U+FFFD in their place, a
    warning and ``encoding == "utf-8-replace"``. Binary input, non-UTF-8 input
    shorter than 32 bytes, and input whose encoding cannot be detected
    confidently raise :class:`CorpusError`.

    Parameters
    ----------
    data : bytes
        Raw file contents.
    name : str
        File name used in error messages.
    min_coherence : float, default=0.0
        Minimum language coherence charset_normalizer must report for a
        non-UTF-8 guess to be accepted.

    Returns
    -------
    (text, encoding) : tuple of (str, str)
        The decoded text (not yet normalised) and the encoding's Python name.

    Examples
    --------
    >>> decode_bytes("Привет, мир".encode("utf-8"))
    ('Привет, мир', 'utf-8')
    >>> decode_bytes("Выборы прошли в сентябре, явка составила 99,71 процента."
    ...              .encode("cp1251"))[1]
    'cp1251'
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise CorpusError(f"{name}: starts with a UTF-16 byte-order mark but {exc}") from None
    sample = data[:8192]
    if b"\x00" in sample:
        # UTF-16 without BOM: NULs in the high bytes of ASCII-range characters
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _plausible(text):
                return text, enc
        raise CorpusError(f"{name}: looks like a binary file, not text (contains NUL bytes).")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Mostly UTF-8 with a few broken bytes (a truncated last character, a damaged
    # export): keep the text, mark the bad bytes with U+FFFD and say so.
    text = data.decode("utf-8", errors="replace")
    n_bad = text.count("\ufffd") - data.count("\ufffd".encode())  # minus genuine U+FFFD
    if n_bad <= max(1, len(data) // 1000) and any(
        127 < ord(c) != 0xFFFD for c in text[:4096]
    ):
        warnings.warn(
            f"{name}: not valid UTF-8 at {n_bad} place(s); read as UTF-8 with the invalid "
            "bytes replaced by U+FFFD.", stacklevel=3,
        )
        return text, "utf-8-replace"
    if _looks_binary(data):
        raise CorpusError(f"{name}: looks like a binary file, not text.")
    if len(data) < _MIN_DETECT_BYTES:
        raise CorpusError(
            f"{name}: not UTF-8, and at {len(data)} bytes too short to detect its encoding "
            "confidently; convert it to UTF-8 or pass the text directly."
        )
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data, cp_isolation=list(_CANDIDATE_ENCODINGS)))
    best = matches[0] if matches else None
    if best is not None:
        # Several code pages often decode a text with the same (lowest) chaos, e.g.
        # Windows-1250 and Windows-1252 for English with a few accents, or Windows-1251
        # and Mac Cyrillic, which differ only in capitals (Mac reads Windows' capitals as
        # dashes, quotes or rare letters such as ќ): take the reading with the most
        # letters; among those, the code page most common for our languages unless another
        # is clearly more coherent (by more than _COHERENCE_MARGIN: coherence is measured
        # on few words and misleads by a few points on short texts).
        ties = [m for m in matches if m.percent_chaos <= best.percent_chaos + 1e-9]
        letters = {id(m): _letters(m) for m in ties}
        ties = [m for m in ties if letters[id(m)] == max(letters.values())]
        top = max(m.coherence for m in ties)
        best = min((m for m in ties if m.coherence >= top - _COHERENCE_MARGIN),
                   key=lambda m: _encoding_rank(m.encoding))
    if best is None or best.encoding is None:
        raise CorpusError(
            f"{name}: not UTF-8 and its encoding could not be detected confidently; "
            "convert it to UTF-8 or pass the text directly."
        )
    if best.percent_chaos > 20 or best.coherence < min_coherence or not _plausible(str(best)):
        raise CorpusError(
            f"{name}: not UTF-8; best guess {best.encoding!r} is not confident "
            f"(chaos {best.percent_chaos:.0f}%, coherence {best.coherence:.2f}); convert it to UTF-8."
        )
    return str(best), best.encoding
