"""The name of a chemical element before the mass number of an isotope, in any case:
``цезий-137``, ``углерода-14``, ``стронцием-90`` (the number is part of a name, ``other``)."""

from __future__ import annotations

from .context_words import _ISOTOPE_NAMES

__all__ = ["is_isotope_name"]

# Russian case endings of the element names ("углерод-а", "цези-я", "йод-ом", "кали-ем")
_CASE_ENDINGS = ("ом", "ем", "а", "у", "е", "я", "ю", "и")


def is_isotope_name(word: str) -> bool:
    """Is *word* the name of an element (nominative or a Russian case form)?

    Parameters
    ----------
    word : str
        The word before the hyphen.

    Returns
    -------
    bool
        True for ``цезий``, ``углерода``, ``цезия``, ``стронцием``; False otherwise.

    Examples
    --------
    >>> is_isotope_name("углерода"), is_isotope_name("цезия"), is_isotope_name("урок")
    (True, True, False)
    """
    w = word.lower()
    if w in _ISOTOPE_NAMES:
        return True
    for e in _CASE_ENDINGS:
        if w.endswith(e) and len(w) > len(e) + 2:
            stem = w[: -len(e)]
            if stem in _ISOTOPE_NAMES or stem + "й" in _ISOTOPE_NAMES:
                return True
    return False
