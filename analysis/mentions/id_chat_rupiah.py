"""Indonesian rupiah in chat shorthand without ``Rp`` (``transferan 1,5jt udah masuk``,
``Sisanya 500rb aku kirim``, a menu's ``Nasi rames 15K, soto ayam 18K``).

An amount ending in ``jt`` (juta) or ``rb`` (ribu) is rupiah when no counted noun can
follow it: the next word is a pronoun, a particle, an aspect or time word (``udah``,
``aku``, ``tadi``, ``aja``), or the word before it is a word of paying (``transferan``,
``bayar``, ``isi``, ``harga``).  A scale ``K`` glued to the digits (``15K``) is rupiah
before a comma, a full stop or the end of the text (a price in a list), unless a word of
screens, cameras, races or followers comes just before (``video 4K.``, ``lari 5K,``,
``pengikutnya tembus 10K.``); before a noun
it stays a count (``100K pengikut``).  :meth:`._LocalMoneyRules._id_rupiah_tail` asks here
after its own test (a period or ``sebulan`` after ``jt``/``rb``).
"""

from __future__ import annotations

import re

__all__ = ["chat_rupiah"]

_JT_RB = re.compile(r"(?<![^\W\d_])(?:jt|rb)$")
_GLUED_K = re.compile(r"\d[Kk]$")
_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_]+)")
_PREV_WORD = re.compile(r"([^\W\d_]+)[ \u00a0]+$")
_K_PRICE_AFTER = re.compile(r"[ \u00a0]*(?:[.,;!?)/]|$)")
_K_NOT_MONEY = re.compile(
    r"(?<![^\W\d_])(?:video|layar|resolusi|monitor|tv|televisi|kamera|rekam\w*|lari|run"
    r"|maraton|marathon|jalan|fun|pengikut\w*|followers?|subscribers?|views|viewers|penonton\w*"
    r"|likes?|tembus|capai|mencapai)[ \u00a0]+(?:[^\W\d_]+[ \u00a0]+)?$",
    re.IGNORECASE,
)
#: words that cannot be the noun counted by the amount: pronouns, particles, aspect and
#: time words of chat ("500rb aku kirim", "1,5jt udah masuk", "100rb tadi pagi")
_NOT_NOUN_AFTER = frozenset(
    "aku saya gue gw gua kamu km lu lo dia kami kita mereka udah udh sudah sdh blm belum "
    "aja aj saja doang lagi lg kok ya yah dong deh sih kan tuh nih jg juga tadi kemarin "
    "kmrn besok nanti ntar mah loh lho masih msh cuma cuman".split()
)
#: words of paying before the amount ("transferan 1,5jt", "isi 100rb", "bayar 50rb")
_PAY_BEFORE = frozenset(
    "transfer transferan tf bayar dibayar bayarnya isi top harga harganya ongkir ongkos "
    "gaji gajinya utang hutang modal uang duit sisanya kembalian tagihan biaya cicilan "
    "dp tarif sewa".split()
)


def chat_rupiah(text: str, start: int, end: int) -> bool:
    """True when the amount *start*..*end* ending in ``jt``, ``rb`` or a glued ``K`` is
    rupiah by the words around it.

    Parameters
    ----------
    text : str
        The text.
    start, end : int
        The span of the amount with its scale word.

    Returns
    -------
    bool
        Whether the amount is money in IDR.

    Examples
    --------
    >>> chat_rupiah("Sisanya 500rb aku kirim", 8, 13)
    True
    >>> chat_rupiah("Akun itu memiliki 100K pengikut.", 18, 22)
    False
    """
    if _GLUED_K.search(text, start, end):
        if not _K_PRICE_AFTER.match(text, end):
            return False
        return not _K_NOT_MONEY.search(text, max(0, start - 30), start)
    if not _JT_RB.search(text, start, end):
        return False
    nxt = _NEXT_WORD.match(text, end)
    if nxt and nxt.group(1).lower() in _NOT_NOUN_AFTER:
        return True
    prev = _PREV_WORD.search(text, max(0, start - 20), start)
    return bool(prev and prev.group(1).lower() in _PAY_BEFORE)
