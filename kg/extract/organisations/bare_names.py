"""Rules 5 and 6: a head noun alone (``de Inspectie``: the one body of the letter with that head noun) and
an acronym after an article (``het RIC``, ``het MC Slotervaart``)."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ...domain.keys import slug
from ...domain.model import Span
from .. import Claims
from .data import _DASHES, _SPACES, HEAD_NOUNS, NOT_ORGANISATIONS, _cue_words, register
from .definitions import _Definitions, _spells
from .forms import (
    _PLACE,
    _SP,
    _WORD_CHAR,
    _after_word_start,
    _Found,
    _is_word,
    _literal_occurrences,
    _named,
    _written_for,
)
from .registered import _MONTHS, _more_name_words


@lru_cache(maxsize=4096)
def _head_words(name: str) -> tuple[str, ...]:
    """The capitalised words of ``name`` that are head nouns ('Inspectie'), in order, repeats kept; not those of
    the body a part is named after ('Directoraat-generaal Milieu van de Europese Commissie': not 'Commissie')."""
    own = _OF_THE_OWNER.split(name, maxsplit=1)[0]
    return tuple(word for word in re.findall(r"[A-Z][a-z]+", own) if word.lower() in HEAD_NOUNS)


_OF_THE_OWNER = re.compile(r"\s+van\s+(?:de|het)\s+(?=[A-Z])")


def _bare_head_nouns(text: str, claims: Claims, known: list[_Found]) -> list[_Found]:
    """``de Inspectie`` alone: the one organisation of the letter with that head noun."""
    by_head: dict[str, dict[str, _Found]] = {}
    for f in known:
        for word in _head_words(f.name):
            by_head.setdefault(word, {})[f.key] = f
    found: list[_Found] = []
    for head, targets in by_head.items():
        if len(targets) != 1:
            continue
        target = next(iter(targets.values()))
        for start in _heads_after_article(text, head):
            span = Span(start, start + len(head))
            if claims.free(span):
                claims.take(span)
                found.append(_Found(span=span, written=head, key=target.key, name=target.name, kind=target.kind,
                                    rule=f"defined head noun: {head} = {target.name}", acronym=target.acronym,
                                    parent=target.parent, in_register=target.in_register, aliases=(head,)))
    return found


def head_after_article_pattern(head: str) -> str:
    """A head noun ('Inspectie') right after an article: 'de Inspectie', 'Het Hof'."""
    return rf"\b(?:de|De|het|Het)\s+(?P<head>{re.escape(head)})(?![\w-])"


def _heads_after_article(text: str, head: str) -> Iterator[int]:
    """Where ``head_after_article_pattern(head)`` finds ``head`` (a plain word), found faster.

    Searches the word itself and looks back for the article, instead of a regex scan of the letter
    (4.6% of a build, docs/fast-paths.md).
    """
    size, length = len(head), len(text)
    pos = 0
    while (start := text.find(head, pos)) >= 0:
        end = start + size
        pos = start + 1
        if end < length and (_is_word(text[end]) or text[end] == "-"):
            continue
        gap = start
        while gap and text[gap - 1].isspace():
            gap -= 1
        if gap == start:
            continue
        if text[gap - 2:gap] in ("de", "De") and gap >= 2:
            article = gap - 2
        elif text[gap - 3:gap] in ("het", "Het") and gap >= 3:
            article = gap - 3
        else:
            continue
        if article and _is_word(text[article - 1]):
            continue
        yield start
        pos = end


_ARTICLE_ACRONYM = re.compile(
    rf"(?:{_after_word_start('d', _WORD_CHAR)}e|{_after_word_start('h', _WORD_CHAR)}et)\s+"
    rf"(?P<acr>[A-Z][A-Z&]{{1,5}})(?P<plural>['’]s)?(?![\w{_DASHES}])(?!\s*[0-9])")

# 'van' and a place right after an acronym: 'het ROC van Twente' (a place of one word, nothing capitalised after it)
_OF_A_PLACE_AFTER = re.compile(rf"{_SP}van{_SP}(?P<place>{_PLACE})(?![\w-])(?!{_SP}(?:[A-Z]|en{_SP}[A-Z]))")


def _of_a_place_after(text: str, end: int) -> int | None:
    """The end of 'van' and a place right after an acronym at ``end`` ('het ROC |van Amsterdam'), when the place is
    no body of the register, month or sentence opener ('het MT van Defensie' is Defensie's team); else None."""
    place = _OF_A_PLACE_AFTER.match(text, end)
    if place is None:
        return None
    word = place.group("place")
    if word in _MONTHS or word in _cue_words("not_name_starts") or register().lookup(word):
        return None
    return place.end()


def _article_acronyms(text: str, claims: Claims, defs: _Definitions, known: list[_Found]) -> list[_Found]:
    """``het RIC``: an undefined acronym used with an article as the name of a body; then each use of it (the
    body of ``known`` whose name spells it, if there is one)."""
    acronyms: set[str] = set()
    shouting: dict[int, bool] = {}
    first_end: dict[int, int] = {}  # line start -> end of the first candidate on it (the line is read from there)
    for match in _ARTICLE_ACRONYM.finditer(text):
        acronym = match.group("acr")
        if acronym in NOT_ORGANISATIONS or acronym in defs.not_organisations or acronym in defs.names:
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        candidate_end = first_end.setdefault(line_start, match.end())
        if acronym in acronyms:
            continue  # known already: its line need not be weighed
        if line_start not in shouting:
            line_end = text.find("\n", candidate_end)
            line = text[line_start:line_end if line_end >= 0 else len(text)]
            shouting[line_start] = sum(map(str.isupper, line)) > 0.5 * max(sum(map(str.isalpha, line)), 1)
        if shouting[line_start]:
            continue  # an all-caps heading or footnote title
        acronyms.add(acronym)
    found: list[_Found] = []
    outside = _outside_the_register(known)
    for acronym in sorted(acronyms):
        spelled = _named_body_spelling(outside, acronym)  # (once per acronym: a big letter names many bodies)
        for start, end in _literal_occurrences(text, acronym, "acronym"):
            longer = _more_name_words(text, end) or _of_a_place_after(text, end)
            if longer is not None and claims.free(Span(start, longer)):
                # 'het MC Slotervaart', 'het UMC Utrecht', 'het ROC van Twente': the acronym starts the name of one body
                name = _SPACES.sub(" ", text[start:longer])
                claims.take(Span(start, longer))
                found.append(_named(text, Span(start, longer), name, kind="other",
                                    rule="acronym used with an article, and a name after it"))
                continue
            span = Span(start, end)
            if claims.free(span):
                claims.take(span)
                found.append(_Found(span=span, written=text[start:end], key=slug(acronym), name=acronym,
                                    kind="other", rule="acronym used with an article", acronym=acronym)
                             if spelled is None else _written_for(
                                 _Found(span=span, written=text[start:end], key=spelled.key, name=spelled.name,
                                        kind=spelled.kind, rule="acronym used with an article"),
                                 spelled, f" = {spelled.name}"))
    return found


def _outside_the_register(known: list[_Found]) -> list[_Found]:
    """The bodies found by a name outside the register and without an acronym, the last mention of each."""
    return list({f.key: f for f in known if not f.in_register and f.acronym is None}.values())


def _named_body_spelling(bodies: list[_Found], acronym: str) -> _Found | None:
    """The one body of ``bodies`` (``_outside_the_register``) whose first two words or more spell ``acronym``
    ('het Artillerie Schietkamp 't Harde' ... 'het ASK', the place left out); none when no or more than one do."""
    spelling = [f for f in bodies
                if any(_spells(f.name.split()[:n], acronym) for n in range(2, len(f.name.split()) + 1))]
    return spelling[0] if len(spelling) == 1 else None
