"""Decoding file bytes: UTF-8 and UTF-16 directly, legacy code pages by detection."""

from __future__ import annotations

import warnings

from .errors import BinaryFileError, CorpusError

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


def _few(n: int, data: bytes) -> bool:
    """At most one damaged place (invalid byte sequence, NUL byte) per 1,000 bytes."""
    return n <= max(1, len(data) // 1000)


def _utf8_replace(data: bytes, name: str, *, bom: bool) -> tuple[str, str] | None:
    """UTF-8 with a few invalid sequences, read with U+FFFD in their place (and a warning).

    Without a byte-order mark the text must also hold a non-ASCII character (otherwise a
    legacy code page is the likelier reading); ``None`` when the rule does not apply.
    """
    text = data.decode("utf-8", errors="replace")
    n_bad = text.count("\ufffd") - data.count("\ufffd".encode())  # minus genuine U+FFFD
    if not _few(n_bad, data) or not (bom or any(127 < ord(c) != 0xFFFD for c in text[:4096])):
        return None
    warnings.warn(f"{name}: not valid UTF-8 at {n_bad} place(s); read as UTF-8 with the "
                  "invalid bytes replaced by U+FFFD.", stacklevel=4)
    return text, "utf-8-replace"


def _without_nuls(data: bytes, name: str, min_coherence: float) -> tuple[str, str] | None:
    """Text with a few stray NUL bytes: decoded without them (and a warning), else ``None``."""
    n_nul = data.count(b"\x00")
    if not _few(n_nul, data):
        return None
    text, encoding = decode_bytes(data.replace(b"\x00", b""), name=name,
                                  min_coherence=min_coherence)
    warnings.warn(f"{name}: {n_nul} NUL byte(s) removed; the rest is read as {encoding} text.",
                  stacklevel=3)
    return text, encoding


def decode_bytes(data: bytes, *, name: str = "<bytes>", min_coherence: float = 0.0) -> tuple[str, str]:
    """Decode file contents, detecting the encoding when it is not UTF-8.

    UTF-8 (with or without BOM) and UTF-16 (with BOM, or ASCII-range without) are
    recognised directly; other encodings are detected with ``charset_normalizer``
    among Cyrillic and Latin code pages (Windows-1251, KOI8-R/U, CP866, KZ-1048,
    Windows-1252, Latin-1, …).

    Damaged text is read, with a warning naming ``name`` and the count:

    - UTF-8 with at most one invalid byte sequence per 1,000 bytes (a truncated last
      character, a damaged export) is read as UTF-8 with U+FFFD in their place and
      ``encoding == "utf-8-replace"``; without a byte-order mark the text must hold
      some non-ASCII character, so short Latin-1 text is not taken for damaged UTF-8.
      After a UTF-8 byte-order mark, more damage than that raises :class:`CorpusError`.
    - At most one NUL byte per 1,000 bytes (at least one allowed) in otherwise good
      text: the NUL bytes are removed (they carry nothing, and break tools downstream)
      and the rest is decoded by these rules.

    Data with more NUL bytes that is not UTF-16, or with many control bytes, is binary
    (:class:`BinaryFileError`, a :class:`CorpusError`). Non-UTF-8 input shorter than 32
    bytes and input whose encoding cannot be detected confidently raise
    :class:`CorpusError`. No other exception (no ``UnicodeDecodeError``) escapes.

    Parameters
    ----------
    data : bytes
        Raw file contents.
    name : str
        File name used in warnings and error messages.
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
    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as w:
    ...     warnings.simplefilter("always")
    ...     decode_bytes("Привет,\\x00 мир".encode("utf-8"), name="a.txt")
    ('Привет, мир', 'utf-8')
    >>> str(w[0].message)
    'a.txt: 1 NUL byte(s) removed; the rest is read as utf-8 text.'
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return _decode_utf8_bom(data[3:], name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise CorpusError(f"{name}: starts with a UTF-16 byte-order mark but {exc}") from None
    if b"\x00" in data:
        found = _without_nuls(data, name, min_coherence) or _utf16_without_bom(data)
        if found is None:
            raise BinaryFileError(f"{name}: looks like a binary file, not text "
                                  "(contains NUL bytes).")
        return found
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    found = _utf8_replace(data, name, bom=False)
    if found is not None:
        return found
    if _looks_binary(data):
        raise BinaryFileError(f"{name}: looks like a binary file, not text.")
    return _detect(data, name, min_coherence)


def _decode_utf8_bom(data: bytes, name: str) -> tuple[str, str]:
    """The bytes after a UTF-8 byte-order mark: UTF-8, perhaps with a few invalid bytes."""
    try:
        return data.decode("utf-8"), "utf-8-sig"
    except UnicodeDecodeError:
        pass
    found = _utf8_replace(data, name, bom=True)
    if found is None:
        n_bad = data.decode("utf-8", errors="replace").count("\ufffd")
        raise CorpusError(f"{name}: starts with a UTF-8 byte-order mark but is not valid "
                          f"UTF-8 at {n_bad} place(s); convert it to UTF-8.")
    return found


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without BOM: NULs in the high bytes of ASCII-range characters."""
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _plausible(text):
            return text, enc
    return None


def _detect(data: bytes, name: str, min_coherence: float) -> tuple[str, str]:
    """A legacy code page detected by charset_normalizer, or :class:`CorpusError`."""
    if len(data) < _MIN_DETECT_BYTES:
        raise CorpusError(
            f"{name}: not UTF-8, and at {len(data)} bytes too short to detect its encoding "
            "confidently; convert it to UTF-8 or pass the text directly."
        )
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data, cp_isolation=list(_CANDIDATE_ENCODINGS)))
    best = _best_match(matches)
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


def _best_match(matches: list):
    """Among charset_normalizer's readings, the one to trust (``None`` if there is none).

    Several code pages often decode a text with the same (lowest) chaos, e.g.
    Windows-1250 and Windows-1252 for English with a few accents, or Windows-1251
    and Mac Cyrillic, which differ only in capitals (Mac reads Windows' capitals as
    dashes, quotes or rare letters such as ќ): take the reading with the most
    letters; among those, the code page most common for our languages unless another
    is clearly more coherent (by more than _COHERENCE_MARGIN: coherence is measured
    on few words and misleads by a few points on short texts).
    """
    if not matches:
        return None
    best = matches[0]
    ties = [m for m in matches if m.percent_chaos <= best.percent_chaos + 1e-9]
    letters = {id(m): _letters(m) for m in ties}
    ties = [m for m in ties if letters[id(m)] == max(letters.values())]
    top = max(m.coherence for m in ties)
    return min((m for m in ties if m.coherence >= top - _COHERENCE_MARGIN),
               key=lambda m: _encoding_rank(m.encoding))
