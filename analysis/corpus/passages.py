"""Passages: paragraph-aware chunks of about ``size`` word tokens, with offsets."""

from __future__ import annotations

from .._core.validation import check_positive_int
from .langid import split_paragraphs

__all__ = ["PASSAGE_COLUMNS", "passage_plan", "span_passage_plan", "split_passages"]

#: Columns of :func:`passages`, in order.
PASSAGE_COLUMNS = ["doc_id", "lang", "passage_id", "start", "end", "n_words"]


def _cut_long(text: str, s: int, e: int, n: int, size: int) -> list[tuple[int, int]]:
    """Cut paragraph ``text[s:e]`` holding ``n`` tokens into near-equal pieces of <= size."""
    k = -(-n // size)
    bounds = [s]
    for i in range(1, k):
        pos = s + round((e - s) * i / k)
        # snap forward to white space so no token is cut
        while pos < e and not text[pos].isspace():
            pos += 1
        if pos >= e or pos <= bounds[-1]:
            continue
        bounds.append(pos)
    bounds.append(e)
    pieces = []
    for a, b in zip(bounds[:-1], bounds[1:], strict=True):
        seg = text[a:b]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg) - len(seg.rstrip())
        if b - trail > a + lead:
            pieces.append((a + lead, b - trail))
    return pieces


def passage_plan(text: str, size: int, overlap: int) -> list[tuple[int, int, list[str]]]:
    """Passages of ``text`` as ``(start, end, chunks)``, chunks from ``str.split``."""
    pieces: list[tuple[int, int, list[str]]] = []
    for s, e in split_paragraphs(text):
        # white-space count estimates the token count without a second regex pass
        n_est = text.count(" ", s, e) + 1
        if n_est > size:
            for a, b in _cut_long(text, s, e, n_est, size):
                sub = text[a:b].split()
                if sub:
                    pieces.append((a, b, sub))
        else:
            chunks = text[s:e].split()
            if chunks:
                pieces.append((s, e, chunks))
    if not pieces:
        return []
    passages_: list[tuple[int, int, list[str]]] = []
    cur_s, cur_e, cur = pieces[0][0], pieces[0][1], list(pieces[0][2])
    for s, e, chunks in pieces[1:]:
        if len(cur) + len(chunks) <= size or len(cur) < size // 2:
            cur_e = e
            cur.extend(chunks)
        else:
            passages_.append((cur_s, cur_e, cur))
            cur_s, cur_e, cur = s, e, list(chunks)
    passages_.append((cur_s, cur_e, cur))
    if overlap:
        out = [passages_[0]]
        for (_, _, prev), (s, e, chunks) in zip(passages_[:-1], passages_[1:], strict=True):
            shared = prev[-overlap:]
            # start offset of the first shared chunk: search backwards from s
            start = s
            for chunk in reversed(shared):
                start = text.rfind(chunk, 0, start)
            out.append((max(start, 0), e, shared + chunks))
        passages_ = out
    return passages_


def split_passages(text: str, *, size: int = 200, overlap: int = 0) -> list[tuple[int, int, int]]:
    """Split one text into passages; return ``(start, end, n_words)`` triples.

    Tokens here are white-space separated strings. Paragraphs
    (lines) are packed greedily into a passage while it stays at or below
    ``size`` tokens; a passage is closed early only if it already holds at least
    half of ``size``. A paragraph with more than ``size`` space-separated words
    is cut at white space into near-equal pieces of about ``size`` words. With ``overlap > 0`` each passage also starts
    ``overlap`` tokens before the end of the previous one.

    Examples
    --------
    >>> split_passages("один два три\\nчетыре пять\\nшесть", size=3)
    [(0, 12, 3), (13, 30, 3)]
    """
    size = check_positive_int("size", size)
    overlap = check_positive_int("overlap", overlap, minimum=0)
    if overlap >= size:
        raise ValueError(f"overlap must be smaller than size; got overlap={overlap}, size={size}.")
    return [(s, e, len(chunks)) for s, e, chunks in passage_plan(text, size, overlap)]


def span_passage_plan(text: str, spans: list, size: int,
                      overlap: int) -> list[tuple[int, int, list[str]]]:
    """:func:`passage_plan` within each ``(start, end, lang)`` span, offsets into ``text``.

    A document in several languages gets passages that never mix two of them; a
    one-span document gets exactly :func:`passage_plan`.

    Examples
    --------
    >>> span_passage_plan("один два\\nthree four", [(0, 8, "ru"), (8, 19, "en")], 5, 0)
    [(0, 8, ['один', 'два']), (9, 19, ['three', 'four'])]
    """
    if len(spans) == 1:
        return passage_plan(text, size, overlap)
    out = []
    for s, e, _ in spans:
        out += [(a + s, b + s, chunks) for a, b, chunks in passage_plan(text[s:e], size, overlap)]
    return out
