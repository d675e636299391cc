"""Rule 3 (``definition``): names the letter defines. ``Full Name (ACR)`` when the words spell the acronym
(``_spells``) or hold a head noun, ``ACR (Full Name)``, ``X (hierna: Y)``; then each later use of a defined
acronym or alias. Also the head-noun kind of a name (``_head_kind``), which later rules read too."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...domain import rules
from ...domain.acronyms import FUNCTION_WORDS as _FUNCTION_WORDS
from ...domain.acronyms import spells as _spells
from ...domain.keys import slug
from ...domain.model import Span
from .. import Claims
from .data import _DASHES, CUES_FILE, HEAD_NOUNS, NOT_ORGANISATIONS, register
from .forms import _after_word_start, _form_occurrences, _Found

_ACRONYM = r"[A-Za-z0-9&]*[A-Z][A-Za-z0-9&]*(?:[-][A-Z0-9]+)?"
_ROMAN = re.compile(r"[IVXLC]+")
# '(ACR)', '(ACR's)', and an acronym with the head noun the name ends in: 'Rijksbrede Benchmark Groep (RBB Groep)'
_DEFINED = re.compile(rf"\(\s*(?P<acr>{_ACRONYM}(?:[^\S\n]+[A-Z][a-z]+)?)(?P<plural>['’]s)?\s*\)")
_HIERNA = re.compile(r"(?:\(\s*|,\s*)(?:hierna(?:\s+te\s+noemen)?|verder(?:\s+te\s+noemen)?)\s*:?\s*"
                     r"(?P<alias>(?:(?:de|het|het\s+|de\s+)\s*)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4})\s*[),]")
_WORD = re.compile(r"[\w&][\w&'’.-]*|[" + _DASHES + r"][A-Z]\w*")
_MEETINGS = tuple(rules.value(CUES_FILE, "meetings_not_bodies", list))
_HEADS_BEFORE_VAN: dict[str, str] = {
    word: kind for word, kind in rules.value(CUES_FILE, "heads_before_van", dict).items() if word != "about"}


def _head_kind(name: str) -> str | None:
    """The kind given by an organisation head noun in the name (also at the end of a compound); none for the
    name of a meeting ('Algemeen Overleg', 'Wetgevingsoverleg Justitie': 'meetings_not_bodies')."""
    words = " " + " ".join(name.lower().split())
    if any(" " + meeting in words for meeting in _MEETINGS):
        return None
    words_of_name = re.findall(r"[\w-]+", name.lower())
    for word, after in zip(words_of_name, words_of_name[1:]):
        if word in _HEADS_BEFORE_VAN and after == "van":
            return _HEADS_BEFORE_VAN[word]
    for word in words_of_name:
        if word in HEAD_NOUNS:
            return HEAD_NOUNS[word]
        for head, kind in HEAD_NOUNS.items():
            if len(head) >= 4 and word.endswith(head) and head not in ("unit",):
                return kind
    return None


def _full_name_before(text: str, end: int, acronym: str) -> tuple[int, str] | None:
    """The longest run of words right before ``end`` that spells ``acronym`` (start offset, name)."""
    line_start = max(text.rfind("\n", 0, end), text.rfind(". ", 0, end) + 1, text.rfind("(", 0, end - 1) + 1, 0)
    words = [(m.start() + line_start, m.group(0)) for m in _WORD.finditer(text[line_start:end])]
    best: tuple[int, str] | None = None
    for first in range(len(words) - 1, max(len(words) - 10, -1), -1):
        chunk = [w for _, w in words[first:]]
        if chunk[0].lower() in _FUNCTION_WORDS:
            continue
        if _spells(chunk, acronym):
            start = words[first][0]
            best = (start, text[start:end].strip())
    return best


# a name after an article, right before a bracket: capitalised words, and after 'van', 'voor', 'der' or 'en' (with an
# article) a capitalised or lower-case word ('de Wereldorganisatie voor diergezondheid', 'de Centrale
# Ondernemingsraad Defensie')
_NAME_WORD = r"(?:[A-Z][\w'’-]*)"
_LINE_SP = r"[^\S\n]+"  # spaces within one line (as _SP of forms.py)
_ARTICLE_NAME = re.compile(
    rf"(?<![\w-])(?:de|het|De|Het){_LINE_SP}(?P<name>{_NAME_WORD}(?:{_LINE_SP}(?:{_NAME_WORD}|(?:van|voor|der|en)"
    rf"(?:{_LINE_SP}(?:de|het))?{_LINE_SP}(?:{_NAME_WORD}|[a-zà-ÿ][\w-]+))){{1,7}})[^\S\n]*$")


def _headed_name_before(text: str, end: int, acronym: str) -> tuple[int, str] | None:
    """``de Centrale Ondernemingsraad Defensie (COR)``, ``de Wereldorganisatie voor diergezondheid (OIE)``: a
    name of two words or more (or one compound with a hyphen: 'het Joegoslavië-tribunaal (ICTY)') after an
    article, right before an acronym in brackets that its words do not spell (a word left out, a foreign
    name), is the name when it holds an organisation head noun (start
    offset, name). Not an acronym of the not-organisations list ('de Nationale Ombudsman (AVG)' names a law)."""
    if acronym in NOT_ORGANISATIONS or not acronym[:1].isupper() or sum(c.isupper() for c in acronym) < 2:
        return None
    found = _ARTICLE_NAME.search(text, max(0, end - 120), end) or _ARTICLE_COMPOUND.search(text, max(0, end - 60), end)
    if found is None or _head_kind(found.group("name")) is None:
        return None
    return found.start("name"), found.group("name")


# one capitalised compound after an article whose last part is a head noun: 'het Joegoslavië-tribunaal (ICTY)'
_ARTICLE_COMPOUND = re.compile(rf"(?<![\w-])(?:de|het|De|Het){_LINE_SP}(?P<name>[A-Z][\w'’]*-[a-zà-ÿ]+)[^\S\n]*$")


def _ends_a_longer_name(text: str, end: int, acronym: str, previous: _Found) -> bool:
    """Is the organisation ``previous``, right before an acronym in brackets it does not spell and that is not its
    own, the last word of a longer headed name (``de Landelijke Ondernemingsraad Politie (LOR)``)?"""
    if previous.acronym == acronym or _spells(previous.written.split(), acronym) or register().lookup(acronym):
        return False
    longer = _headed_name_before(text, end, acronym)
    if longer is None or longer[0] >= previous.span.start:
        return False
    words_before = text[longer[0]:previous.span.start]
    # 'het Directoraat-generaal Humanitaire Hulp van de Europese Commissie (ECHO)': a part of that body, which
    # stays named (the acronym is left to it, as before)
    return _head_kind(words_before) is not None and _OF_THE_BODY.search(words_before) is None


_OF_THE_BODY = re.compile(rf"(?<![\w-])(?:van|der)(?:{_LINE_SP}(?:de|het))?{_LINE_SP}$")


_WINDOW = 512  # characters looked back at first; the whole text only when a run of spaces or a word is longer
_TRAILING_RUN = re.compile(r"(\S+)$")


def _end_of_text_before(text: str, pos: int) -> int:
    """``len(text[:pos].rstrip())`` without copying the text before ``pos`` (that made the pass quadratic)."""
    low = max(0, pos - _WINDOW)
    end = low + len(text[low:pos].rstrip())
    return end if end > low or low == 0 else len(text[:pos].rstrip())


def _last_word(text: str, end: int) -> re.Match[str] | None:
    """The last run of non-space characters right before ``end`` (what ``(\\S+)$`` finds in ``text[:end]``)."""
    low = max(0, end - _WINDOW)
    last = _TRAILING_RUN.search(text, low, end)
    return last if last is None or last.start() > low or low == 0 else _TRAILING_RUN.search(text, 0, end)


def _full_name_with_head(text: str, end: int, acronym: str) -> tuple[int, str] | None:
    """``Rijksbrede Benchmark Groep (RBB Groep)``: the name ends at ``end`` in the acronym's head noun, and
    the words before that head spell the rest of the acronym (start offset, name)."""
    core, head = acronym.rsplit(" ", 1)
    last = _last_word(text, end)
    if last is None or last.group(1).lower() != head.lower():
        return None
    found = _full_name_before(text, _end_of_text_before(text, last.start()), core)
    return (found[0], text[found[0]:end].strip()) if found else None


@dataclass
class _Definitions:
    """What the letter defines: acronyms and aliases of organisations, and acronyms of other things."""

    names: dict[str, _Found] = field(default_factory=dict)  # written form -> the organisation it names
    not_organisations: set[str] = field(default_factory=set)


def _definition_mentions(text: str, claims: Claims, known: list[_Found]) -> tuple[list[_Found], _Definitions]:
    reg = register()
    defs = _Definitions()
    found: list[_Found] = []
    by_end = {f.span.end: f for f in known}
    for match in _DEFINED.finditer(text):
        acronym = match.group("acr")
        inner = Span(match.start("acr"), match.end("plural") if match.group("plural") else match.end("acr"))
        before = _end_of_text_before(text, match.start())
        previous = by_end.get(before)
        if " " in acronym and acronym.rsplit(" ", 1)[1].lower() not in HEAD_NOUNS or _ROMAN.fullmatch(acronym):
            continue  # '(IND Amsterdam)', '(VIII)' (a budget chapter): not an acronym
        if previous is not None and _ends_a_longer_name(text, before, acronym, previous):
            claims.release(previous.span)  # 'de Landelijke Ondernemingsraad Politie (LOR)': not the police
            known.remove(previous)
            del by_end[before]
            previous = None
        if previous is not None:  # a register or earlier organisation right before the bracket
            other = reg.lookup(acronym)
            if other is not None and other.id != previous.key and (_spells(previous.written.split(), acronym)
                                                                    or other.successor == previous.key):
                # 'het Productschap Vee en Vlees (PVV)': the name spells it, so it is not the party here; 'de
                # Adviesraad Migratie (ACVZ)': the body kept the acronym of the body it succeeded
                taken = [f for f in known if f.span == inner and f.key == other.id]
                for f in taken:
                    claims.release(f.span)
                    known.remove(f)
                other = None if taken else other
            if claims.free(inner) and other is None:
                claims.take(inner)
                defs.names[acronym] = previous
                found.append(_Found(span=inner, written=text[inner.start:inner.end], key=previous.key,
                                    name=previous.name, kind=previous.kind,
                                    rule=f"definition: acronym of {previous.name}",
                                    acronym=acronym, parent=previous.parent, in_register=previous.in_register))
            continue
        if reg.lookup(acronym) is not None or not claims.free(inner):
            continue
        full = _full_name_with_head(text, before, acronym) if " " in acronym else \
            _full_name_before(text, before, acronym)
        if full is None:
            full = _headed_name_before(text, before, acronym)
        if full is None:
            continue
        start, name = full
        kind = _head_kind(name) or _head_kind_before(text, start)
        name_span = Span(start, before)
        if kind is not None:
            _release_words_of_a_spelled_name(name_span, name, acronym, claims, known)
        if kind is None or not claims.free(name_span) or not name[:1].isalpha():
            defs.not_organisations.add(acronym)
            continue
        key = slug(name)
        entry = _Found(span=name_span, written=name, key=key, name=name, kind=kind,
                       rule=f"definition: {name} ({acronym})", acronym=acronym)
        claims.take(name_span)
        claims.take(inner)
        found.append(entry)
        found.append(_Found(span=inner, written=text[inner.start:inner.end], key=key, name=name, kind=kind,
                            rule=f"definition: {name} ({acronym})", acronym=acronym))
        defs.names[acronym] = entry
        if match.group("plural"):
            defs.names[acronym + match.group("plural")] = entry
    found.extend(_reversed_definitions(text, claims, defs))
    return found, defs


def _release_words_of_a_spelled_name(span: Span, name: str, acronym: str, claims: Claims,
                                     known: list[_Found]) -> None:
    """A register organisation that is one word inside a name its acronym spells is part of that name, not a
    mention of its own: 'de Algemene Nederlandse Politie Vereniging (ANPV)' names no police. Only when every
    mention overlapping the name is such a one-word register mention inside it, not at its start (a name that
    opens with a register body, 'Politie Vakbond ...', keeps the register's reading to the other rules); or a
    register name of several words that opens the name and that the name goes on from, under an acronym of its
    own: 'het Outbreak Management Team Zoönosen (OMT-Z)' is a body of its own, not the OMT."""
    if claims.free(span) or not _spells(name.split(), acronym):
        return  # (nothing taken inside: the common case, no scan of the mentions)
    overlapping = [f for f in known if f.span.start < span.end and span.start < f.span.end]
    if not all(_part_of_the_name(f, span, acronym) for f in overlapping):
        return  # something else overlaps: the name is not read, and nothing is released
    for f in overlapping:
        claims.release(f.span)
        known.remove(f)


def _part_of_the_name(mention: _Found, span: Span, acronym: str) -> bool:
    """Whether a register ``mention`` overlapping a spelled name (``span``, ``acronym``) is part of it: one word
    inside it, not at its start, or a name of several words that opens it under another acronym."""
    one_word = " " not in mention.written.strip()
    inside = span.start < mention.span.start and mention.span.end <= span.end and one_word
    opening = (mention.span.start == span.start and mention.span.end < span.end and not one_word
               and mention.acronym != acronym)
    return mention.in_register and (inside or opening)


_REVERSED = re.compile(rf"(?P<acr>{_after_word_start('[A-Z]')}[A-Za-z&]*[A-Z][A-Za-z&]*)"
                       r"\s*\((?P<full>[^()\n]{5,90})\)")


def _reversed_definitions(text: str, claims: Claims, defs: _Definitions) -> list[_Found]:
    """``ACR (Full Name)``: the acronym first, the name it stands for in brackets."""
    found: list[_Found] = []
    for match in _REVERSED.finditer(text):
        acronym, full = match.group("acr"), match.group("full").strip()
        acr_span, full_span = Span(match.start("acr"), match.end("acr")), Span(match.start("full"), match.end("full"))
        if register().lookup(acronym) or acronym in defs.names or \
                not (claims.free(acr_span) and claims.free(full_span)):
            continue
        if not _spells([m.group(0) for m in _WORD.finditer(full)], acronym):
            continue
        kind = _head_kind(full)
        if kind is None:
            defs.not_organisations.add(acronym)
            continue
        key = slug(full)
        rule = f"definition: {acronym} ({full})"
        claims.take(acr_span)
        claims.take(full_span)
        entry = _Found(span=full_span, written=full, key=key, name=full, kind=kind, rule=rule, acronym=acronym)
        found.append(_Found(span=acr_span, written=acronym, key=key, name=full, kind=kind, rule=rule, acronym=acronym))
        found.append(entry)
        defs.names[acronym] = entry
    return found


def _head_kind_before(text: str, start: int) -> str | None:
    """The kind given by a lower-case head noun right before a name ('de stichting Vluchtelingen in de Knel')."""
    previous = re.search(r"(\w+)\s+$", text[max(0, start - 40):start])
    if previous and previous.group(1).islower():
        return _head_kind(previous.group(1))
    return None


def _hierna_aliases(text: str, claims: Claims, known: list[_Found], defs: _Definitions) -> list[_Found]:
    """``X (hierna: Y)``: Y becomes a name of the organisation X within this letter."""
    found: list[_Found] = []
    by_end = {f.span.end: f for f in known}
    for match in _HIERNA.finditer(text):
        before = _end_of_text_before(text, match.start())
        previous = by_end.get(before)
        alias = re.sub(r"^(?:de|het)\s+", "", match.group("alias").strip())
        if previous is None or not alias:
            continue
        span = Span(match.start("alias"), match.end("alias"))
        defs.names[alias] = previous
        if claims.free(span):
            claims.take(span)
            found.append(_Found(span=span, written=match.group("alias"), key=previous.key, name=previous.name,
                                kind=previous.kind, rule=f"definition: alias (hierna) of {previous.name}",
                                acronym=previous.acronym, parent=previous.parent, in_register=previous.in_register,
                                aliases=(alias,)))
    return found


def _defined_reuse(text: str, claims: Claims, defs: _Definitions) -> list[_Found]:
    """Later uses of an acronym or alias the letter defined."""
    found: list[_Found] = []
    for written, target in sorted(defs.names.items(), key=lambda item: -len(item[0])):
        for start, end in _form_occurrences(text, written):
            span = Span(start, end)
            if claims.free(span):
                claims.take(span)
                found.append(_Found(span=span, written=text[start:end], key=target.key, name=target.name,
                                    kind=target.kind, rule=f"defined in letter: {written} = {target.name}",
                                    acronym=target.acronym, parent=target.parent, in_register=target.in_register,
                                    aliases=(written,) if written != target.acronym else ()))
    return found
