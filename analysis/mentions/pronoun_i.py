"""The English pronoun ``I`` after a naming word (``Item, I give unto my servant``,
``Item I bequeath``, ``Schedule, I think``): no Roman one, since a verb or an adverb of the
first person follows it."""

from __future__ import annotations

import re

__all__ = ["is_pronoun_i"]

# a verb or adverb of the first person after "I" (not "Part I of", "Item I in the list")
_FIRST_PERSON_AFTER = re.compile(
    r"[ \u00a0](?:give|bequeath|devise|desire|direct|appoint|nominate|am|hope|think|believe"
    r"|hereby|know|wish|beg|trust)(?![^\W\d_])"
)
# a modal verb or a verb a king's name may take, the pronoun only after a comma ("Item, I
# will"; not "Schedule I shall apply", "Charles I was executed")
_MODAL_AFTER = re.compile(
    r"[ \u00a0](?:will|shall|should|would|must|cannot|can|could|may|might|do|did|have|had"
    r"|was|also|further|leave|remain)(?![^\W\d_])"
)


def is_pronoun_i(text: str, start: int, end: int) -> bool:
    """Is the letter ``I`` at *start*..*end* the pronoun (a first-person verb follows)?

    Parameters
    ----------
    text : str
        The text.
    start, end : int
        The span of the Roman numeral.

    Returns
    -------
    bool
        True for ``Item, I give``; False for ``Item I. A bed`` or ``Part I of``.

    Examples
    --------
    >>> is_pronoun_i("Item, I give unto my son", 6, 7)
    True
    >>> is_pronoun_i("Part I of the Act", 5, 6)
    False
    """
    if end - start != 1 or text[start] != "I":
        return False
    if _FIRST_PERSON_AFTER.match(text, end):
        return True
    return text[start - 2 : start] == ", " and bool(_MODAL_AFTER.match(text, end))
