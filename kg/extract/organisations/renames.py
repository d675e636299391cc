"""Passes over the mentions found, that make one body of two written ways or widen a mention: a short form
and its long name (``Inspectie OOV``), a nickname in brackets, ``X, beter bekend als Y``, a name before a
register acronym in brackets, and a legal form after a name (``SNS Bank N.V.``)."""
from __future__ import annotations

import re

from ...domain.model import Span
from .. import Claims
from .data import register
from .definitions import _end_of_text_before, _spells
from .forms import _Found, _written_for


def _short_forms_joined(found: list[_Found]) -> list[_Found]:
    """``Inspectie OOV`` is the ``Inspectie Openbare Orde en Veiligheid`` of the same letter: a head noun
    and an acronym whose letters the longer name's words after the same head spell."""
    by_head: dict[str, list[_Found]] = {}
    for f in found:
        if not f.in_register and " " in f.name:
            by_head.setdefault(f.name.split(" ", 1)[0], []).append(f)
    renamed: dict[str, _Found] = {}
    for names in by_head.values():
        for short in names:
            rest = short.name.split(" ", 1)[1]
            if not re.fullmatch(r"[A-Z][A-Z&]{1,5}", rest):
                continue
            longer = [f for f in names if f.key != short.key and len(f.name.split()) > 2 and
                      _spells(f.name.split()[1:], rest)]
            if len({f.key for f in longer}) == 1:
                renamed[short.key] = longer[0]
    if not renamed:
        return found
    return [f if f.key not in renamed else
            _Found(span=f.span, written=f.written, key=renamed[f.key].key, name=renamed[f.key].name,
                   kind=renamed[f.key].kind, rule=f.rule + f" = {renamed[f.key].name}", acronym=f.name,
                   parent=renamed[f.key].parent, aliases=(f.name,))
            for f in found]


_BRACKET_OPENING = re.compile(r"\((?:de|het)?[^\S\n]*$")


def _nicknames_in_brackets(text: str, found: list[_Found]) -> list[_Found]:
    """``het Aanjaagteam Bescherming Arbeidsmigranten (de commissie-Roemer)``: a committee named after a person,
    in brackets right after another organisation, is that organisation's other name (each of its mentions
    takes the organisation's key and name, the written name as an alias)."""
    by_end = {f.span.end: f for f in found}
    renamed: dict[str, _Found] = {}
    for f in found:
        if f.rule != "committee named after a person" or not text.startswith(")", f.span.end):
            continue
        opening = _BRACKET_OPENING.search(text, max(0, f.span.start - 6), f.span.start)
        named = by_end.get(_end_of_text_before(text, opening.start())) if opening else None
        if named is not None and named.key != f.key and f.key not in renamed:
            renamed[f.key] = named
    return _renamed(found, renamed)


# the words that give an organisation's other name after a comma: 'de Adviescommissie Uitvoering Toeslagen, beter
# bekend als de commissie-Donner', 'het Centraal Orgaan, ook wel het COA genoemd', 'de Stichting, kortweg de Stichting
# X'; not 'bekend bij' or 'bekend met' ('de IND, bekend met de zaak'), and not a second body after 'en'
_KNOWN_AS = re.compile(r",\s*(?:(?:beter|ook(?:\s+wel)?|vooral|algemeen)\s+bekend\s+als|ook\s+wel|kortweg"
                       r"|in\s+de\s+wandeling)\s+(?:(?:de|het)\s+)?\Z")


def _names_known_as(text: str, found: list[_Found]) -> list[_Found]:
    """``X, beter bekend als Y``: Y is X's other name (each mention of Y takes X's key and name, Y's name an
    alias); when only Y is in the register, X is Y's (its mentions take Y's key)."""
    by_end = {f.span.end: f for f in found}
    renamed: dict[str, _Found] = {}
    for f in found:
        window = text[max(0, f.span.start - 40):f.span.start]
        phrase = _KNOWN_AS.search(window)
        if phrase is None:
            continue
        named = by_end.get(_end_of_text_before(text, f.span.start - len(window) + phrase.start()))
        if named is None or named.key == f.key or named.key in renamed or f.key in renamed:
            continue
        if f.in_register and not named.in_register:
            renamed[named.key] = f
        elif not f.in_register:
            renamed[f.key] = named
    return _renamed(found, renamed)


def _renamed(found: list[_Found], renamed: dict[str, _Found]) -> list[_Found]:
    """``found`` with each mention of a key in ``renamed`` written as a name of the organisation it maps to."""
    if not renamed:
        return found
    return [f if f.key not in renamed else _written_for(f, renamed[f.key], f" = {renamed[f.key].name}")
            for f in found]


def _named_before_register_acronyms(text: str, found: list[_Found]) -> list[_Found]:
    """``de Raad voor Dieraangelegenheden (RDA)``: a name the register does not hold, right before a register
    acronym in brackets, is that register organisation written another way (each of its mentions takes the
    entry's key and name, the written name as an alias). Not a ministry or party in brackets ('de Taskforce
    Werk (SZW)': whose it is, not what it is called). A name that spells the acronym and shares no word with the
    register's body (``het Economisch Instituut voor de Bouw (EIB)``, not the Europese Investeringsbank) is the
    letter's own body of that acronym: its acronym's mentions take the name's key."""
    by_end = {f.span.end: f for f in found if not f.in_register}
    renamed: dict[str, _Found] = {}
    own: dict[str, _Found] = {}  # register acronyms the letter gives to a body of its own
    for f in found:
        if not f.in_register or f.written != f.acronym or f.kind in ("ministry", "party"):
            continue
        opening = text.rfind("(", max(0, f.span.start - 3), f.span.start)
        if opening < 0 or text[opening + 1:f.span.start].strip() or not text.startswith(")", f.span.end):
            continue
        named = by_end.get(_end_of_text_before(text, opening))
        if named is None or named.key in renamed or f.key in renamed:
            continue
        if _another_body_of_the_acronym(named, f):
            own[f.key] = named  # the letter's own body of the acronym: every 'EIB' of this letter is that one
        else:
            renamed[named.key] = f
    if not renamed and not own:
        return found
    return [_written_for(f, renamed[f.key], f" = {renamed[f.key].name} ({renamed[f.key].acronym})")
            if f.key in renamed else _as_acronym_of(f, own[f.key]) if f.key in own else f for f in found]


def _as_acronym_of(f: _Found, body: _Found) -> _Found:
    """Register acronym mention ``f`` read as the acronym of the letter's own ``body`` (its key, name and kind)."""
    return _Found(span=f.span, written=f.written, key=body.key, name=body.name, kind=body.kind,
                  rule=f"{f.rule} = {body.name}", acronym=f.written, parent=body.parent)


def _stems(name: str) -> set[str]:
    """The first five letters of each word of four letters or more ('Investeringsbank' -> 'inves')."""
    return {word[:5] for word in re.findall(r"[^\W\d_]{4,}", name.lower())}


def _another_body_of_the_acronym(named: _Found, acronym: _Found) -> bool:
    """``het Economisch Instituut voor de Bouw (EIB)``: a name that spells the acronym itself and shares no word
    with the register's body of that acronym (the Europese Investeringsbank) is another body that has the same
    acronym, not that body written another way."""
    entry = register().get(acronym.key)
    names = " ".join([acronym.name, *(entry.forms if entry is not None else ())])
    return bool(acronym.acronym) and _spells(named.name.split(), acronym.acronym or "") \
        and not _stems(named.name) & _stems(names)


# a company's legal form right after its name ('SNS Bank N.V.', 'Nederlandse Aardolie Maatschappij B.V.')
_LEGAL_FORM_AFTER = re.compile(r"[^\S\n]+(?:N\.V\.|B\.V\.|NV|BV)(?![\w.])")


def _with_legal_forms(text: str, claims: Claims, found: list[_Found]) -> list[_Found]:
    """``SNS Bank N.V.``, ``Nederlandse Aardolie Maatschappij B.V.``: a legal form right after a name found by
    another rule belongs to that name (the mention is written with it, which makes the longer form a name of
    the same body; a body the register does not know is a company). Not a form with more after it ('BV
    Nederland' starts a name of its own, 'company-form')."""
    out: list[_Found] = []
    for f in found:
        form = _LEGAL_FORM_AFTER.match(text, f.span.end) if text.startswith((" N", " B"), f.span.end) else None
        if form is None or not claims.free(Span(f.span.end, form.end())):
            out.append(f)
            continue
        claims.take(Span(f.span.end, form.end()))
        span = Span(f.span.start, form.end())
        kind = f.kind if f.in_register or f.kind not in ("other", "ngo") else "company"
        out.append(_Found(span=span, written=text[span.start:span.end], key=f.key, name=f.name, kind=kind,
                          rule=f.rule + " (with its legal form)", acronym=f.acronym, parent=f.parent,
                          in_register=f.in_register, aliases=f.aliases))
    return out
