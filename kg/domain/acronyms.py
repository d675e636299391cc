"""Whether words spell an acronym: ``Economisch Instituut voor de Bouw`` spells ``EIB``, ``Wet op de beroepen in het
onderwijs`` spells ``BIO`` (after its head). Shared by the readers of organisations and of legal instruments."""
from __future__ import annotations

DASHES = "\u2010\u2011\u2012\u2013\u2014-"  # hyphen last: safe inside [...]
# words an acronym may leave out ('voor de' in 'Economisch Instituut voor de Bouw (EIB)')
FUNCTION_WORDS = frozenset("van voor de het der den en op in of te ter aan bij & and for the of".split())


def spells(words: list[str], acronym: str) -> bool:
    """Do these words, in order, spell the acronym (initials; a word may give more letters from inside)?"""
    return _spell_from(words, [c.lower() for c in acronym if c.isalnum()], 0, 0)


def _spell_from(words: list[str], letters: list[str], w: int, a: int) -> bool:
    """Do ``words[w:]`` spell ``letters[a:]`` (see ``spells``)? (A function of its own, not a closure
    that calls itself: that is a reference cycle, left for the cycle collector, which extraction holds off.)"""
    if w == len(words):
        return a == len(letters)
    word = words[w].lstrip(DASHES)
    lower = word.lower()
    if lower in FUNCTION_WORDS and _spell_from(words, letters, w + 1, a):
        return True
    if a >= len(letters) or not lower or lower[0] != letters[a]:
        return False
    # the word gives its initial and possibly further letters found in order inside it
    a_next, pos = a + 1, 1
    options = [a_next]
    while a_next < len(letters):
        pos = lower.find(letters[a_next], pos)
        if pos < 0:
            break
        a_next, pos = a_next + 1, pos + 1
        options.append(a_next)
    return any(_spell_from(words, letters, w + 1, option) for option in reversed(options))
