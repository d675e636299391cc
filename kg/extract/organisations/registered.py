"""Rules 1 and 2 (``register``, ``letterhead``): the register's names where the letter writes them, the
chamber 'uw Kamer' means, a register body of another place or country, and the units of the letter head."""
from __future__ import annotations

import re
from functools import cache

from ...domain import rules
from ...domain.dates import MONTHS
from ...domain.keys import slug
from ...domain.model import Document, Span
from .. import Claims, lowered
from .data import _DASHES, _SPACES, CUES_FILE, HEAD_NOUNS, NOT_ORGANISATIONS, RegisterEntry, _cue_words, register
from .forms import (
    _NAME_GOES_ON,
    _SP,
    _WORD_CHAR,
    _after_word_start,
    _canonical_form,
    _entry_found,
    _form_pattern,
    _Found,
    _lower_same_length,
    _named,
    _trie_pattern,
)

# a register form of an article and one word ('de Rechtspraak', 'Het Parool')
_ARTICLE_AND_WORD = re.compile(r"(?P<article>[Dd]e|[Hh]et) (?P<word>[^\s]+)")


@cache
def _register_patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str], dict[str, str]]:
    """Two tries of the register's forms: one-word forms with their case, longer forms without.

    Returns the case-sensitive pattern, the pattern for lower-cased text, and the maps from a
    matched (canonical) text to the entry id.
    """
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for entry in register().entries.values():
        for form in entry.forms:
            canonical = _canonical_form(form)
            article = _ARTICLE_AND_WORD.fullmatch(canonical)
            if article is not None and article.group("word").lower() not in HEAD_NOUNS:
                # 'de Rechtspraak', 'de Dierenbescherming': the word keeps its capital ('de rechtspraak van het
                # Hof' is case law), the article takes either ('De Rechtspraak' opens a sentence)
                word = article.group("word")
                exact.setdefault(f"de {word}" if article.group("article").lower() == "de" else f"het {word}", entry.id)
                exact.setdefault(f"De {word}" if article.group("article").lower() == "de" else f"Het {word}", entry.id)
            elif " " in canonical:
                folded.setdefault(canonical.lower(), entry.id)
            else:
                exact.setdefault(canonical, entry.id)
    return (re.compile(rf"(?<![\w{_DASHES}])(?:{_trie_pattern(exact)})(?!\w)(?![{_DASHES}][A-Z])"),
            re.compile(rf"(?<![\w{_DASHES}])(?:{_trie_pattern(folded)})(?!\w)(?![{_DASHES}]\w)"),
            exact, folded)


_CHAMBER = re.compile(rf"(?:{_after_word_start('U', _WORD_CHAR)}w\s+Kamer|"
                      rf"{_after_word_start('u', _WORD_CHAR)}w\s+Kamer|"
                      rf"{_after_word_start('d', _WORD_CHAR)}e\s+Kamer(?!\s+van\b))(?!\w)")


def _addressed_chamber(document: Document) -> RegisterEntry | None:
    """The chamber 'uw Kamer' means: the one the letter is addressed to; None when the head does not say."""
    addressee = (document.head.addressee or "") + " " + document.text[:document.clean.head_end]
    opening = re.search(r"Aan\s+de\s+(?:[Vv]oorzitter|[Ll]eden)\s+van\s+de\s+(?:Eerste|Tweede)\s+Kamer",
                        document.text[:800])
    addressee += " " + (opening.group(0) if opening else "")
    reg = register()
    if re.search(r"Eerste\s+Kamer", addressee):
        return reg.get("eerste-kamer")
    if re.search(r"Tweede\s+Kamer", addressee):
        return reg.get("tweede-kamer")
    if re.search(r"\b[Uu]w\s+Kamer\b", document.text):  # no addressee: a letter to 'uw Kamer' goes to the Tweede Kamer
        return reg.get("tweede-kamer")
    return None


# a register name followed by one of the other countries or islands of the Kingdom names that place's own
# body ('de Nationale ombudsman van Curaçao', 'het Openbaar Ministerie van Aruba')
_OF_ANOTHER_PLACE = re.compile(r"[^\S\n]+van[^\S\n]+(?:Aruba|Curaçao|Curacao|Sint[^\S\n]+Maarten|Bonaire|"
                               r"Sint[^\S\n]+Eustatius|Saba)(?![\w-])")
_POSTCODE_DIGITS = re.compile(r"(?<!\d)\d{4}[^\S\n]?$")
_POSTCODE_PLACE = re.compile(r"[^\S\n]+(?:['’]s-)?[A-Z]|[^\S\n]*$", re.M)  # the place after it, or the line's end
# the union in an EU act's number is no mention of it: 'Verordening (EU) 2017/625', 'Richtlijn (EU) 2024/1711',
# 'Verordening (EG) nr. 1049/2001' (but 'de Raad (EU)' or 'de EU (2017)' are)
_ACT_BEFORE = re.compile(r"(?:verordening|richtlijn|besluit|beschikking|aanbeveling)[^\S\n]*\($", re.I)
# a body's name right after the head of a law's title is part of that title, no mention of the body
_LAW_TITLE_BEFORE = re.compile(r"(?<![\w-])(?:Wet|Rijkswet|Instellingswet|Kaderwet)"
                               r"(?:[^\S\n]+op[^\S\n]+(?:de|het))?[^\S\n]+$")
# the number of an act right before a union's acronym ('2014/67/' of 'Richtlijn 2014/67/EU')
_ACT_NUMBER_BEFORE = re.compile(r"(?<![\w/])\d{2,4}/\d{1,4}/$")
_ACT_NUMBER_AFTER = re.compile(r"\)[^\S\n]*(?:nr\.?[^\S\n]*)?\d{1,4}/\d{1,4}")


# the label of a reference line of the letter head, from its line's start: an acronym after it is part of a
# file code ('Ons kenmerk BZ/2008/1437 M', 'Uw kenmerk IND-2019-12'), not a mention of the body
_REFERENCE_LINE = re.compile(r"[^\S\n]*(?:>[^\S\n]*)?(?:(?:[Oo]ns|[Uu]w|[Oo]nze)[^\S\n]+)?(?:[Kk]enmerk|[Rr]eferentie)"
                             r"(?![\w-])[^\S\n]*:?[^\S\n]*\S{0,40}$")


def _on_reference_line(text: str, start: int) -> bool:
    """Does a reference label open the line ``start`` is on, with at most one code before ``start``?"""
    line_start = text.rfind("\n", max(0, start - 80), start) + 1
    return line_start > 0 and _REFERENCE_LINE.match(text, line_start, start) is not None


_PUBLIC_KINDS = frozenset({"ministry", "agency", "inspectorate", "court", "unit"})
# a minister's or state secretary's title before a ministry's short name: 'de Minister van VWS', 'Ministers van OCW'
_POST_TITLE_BEFORE = re.compile(r"(?<![\w-])(?:[Mm]inisters?|[Ss]taatssecretaris(?:sen)?)[^\S\n]+(?:van|voor)[^\S\n]+$")
_WORD_BEFORE = re.compile(r"(?<![\w-])(?P<word>[A-Z][\w-]*)[^\S\n]+$")


def _nationality_before(text: str, start: int) -> int | None:
    """Where a nationality adjective right before ``start`` begins ('het Duitse |ministerie'), else None
    ('nationality_adjectives' of kg/data/organisation_cues.json)."""
    if start < 3 or text[start - 2] != "e":
        return None  # every adjective of the list ends in 'e' ('Duitse', 'Belgische')
    word = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return word.start("word") if word and word.group("word") in _cue_words("nationality_adjectives") else None


@cache
def _foreign_body_noun_pattern() -> re.Pattern[str]:
    """A noun of a public body ('marine', 'ministerie van Landbouw'; 'foreign_body_nouns') where it starts."""
    nouns = sorted(rules.value(CUES_FILE, "foreign_body_nouns", dict), key=len, reverse=True)
    alternatives = "|".join(f"[{noun[0].upper()}{noun[0].lower()}]{re.escape(noun[1:])}" for noun in nouns)
    portfolio = rf"{_SP}van{_SP}[A-Z][\w-]*(?:(?:,|{_SP}en)?{_SP}[A-Z][\w-]*)*"
    return re.compile(rf"(?P<noun>{alternatives})(?P<portfolio>{portfolio})?(?![\w-])")


def _foreign_bodies(text: str, claims: Claims) -> list[_Found]:
    """``de Belgische marine``, ``de Roemeense arbeidsinspectie``, ``het Franse ministerie van Landbouw``: a
    public body of another country, named by its nationality and its noun (a ministry with its portfolio).

    Each noun is found with ``str.find`` in the lower-cased text and read only after a word of three letters or
    more that ends in 'e' (every adjective does; 'de' does not count): the nouns are common, the adjectives
    before them rare."""
    folded = lowered(text) or _lower_same_length(text)
    kinds = {noun.lower(): kind for noun, kind in rules.value(CUES_FILE, "foreign_body_nouns", dict).items()}
    pattern = _foreign_body_noun_pattern()
    candidates: list[tuple[int, int, re.Match[str]]] = []
    for noun in kinds:
        at = folded.find(noun)
        while at >= 0:
            if at >= 4 and folded[at - 1] == " " and folded[at - 2] == "e" and folded[at - 4] != " " and \
                    (start := _nationality_before(text, at)) is not None and \
                    (match := pattern.match(text, at)) is not None:
                candidates.append((start, at, match))
            at = folded.find(noun, at + 1)
    found: list[_Found] = []
    for start, _, match in sorted(candidates, key=lambda candidate: candidate[:2]):
        noun = match.group("noun")
        kind = kinds[noun.lower()]
        if kind == "ministry" and noun[0].islower() and not match.group("portfolio"):
            continue  # 'het Duitse ministerie' with no portfolio: which one is not said
        span = Span(start, match.end())
        if not claims.free(span):
            continue
        claims.take(span)
        name = _SPACES.sub(" ", text[span.start:span.end])
        found.append(_named(text, span, name, kind=kind, rule="public body of another country"))
    return found


# capitalised words right after a register name, on its line: 'Tata Steel |IJmuiden', 'GGD |Hollands Noorden'
_MORE_NAME = re.compile(r"[^\S\n]+(?P<words>(?:IJ|[A-Z])[\w&+'’-]+(?:[^\S\n]+(?:IJ|[A-Z])[\w&+'’-]+)?)"
                        r"(?:[^\S\n]+(?:N\.V\.|B\.V\.))?(?![\w&+'’-])(?![^\S\n]+[A-Z])(?!\.[A-Za-z])")
# words after a company's name that name the company itself, not a part of it ('ING Groep', 'ABN AMRO Group N.V.')
_GROUP_WORDS = frozenset({"Groep", "Group", "Holding", "Holdings", "Concern"})
_MONTHS = frozenset(month.capitalize() for month in MONTHS)  # as a name's next word would be written


def _longer_name_after(text: str, end: int, entry: RegisterEntry) -> int | None:
    """Where a longer name ends that a register company's name (or a body of 'register_bodies_with_branches')
    starts: one or two capitalised words right after it that are no organisation, month or sentence opener of
    their own ('Tata Steel IJmuiden', 'Enexis Netbeheer', 'GGD Amsterdam'); else None."""
    if entry.kind != "company" and entry.id not in _cue_words("register_bodies_with_branches"):
        return None
    return _more_name_words(text, end)


def _more_name_words(text: str, end: int) -> int | None:
    """The end of one or two capitalised words right after ``end`` on its line (and a legal form after them)
    that go on a name: no organisation, month, acronym or sentence opener of their own; else None."""
    more = _MORE_NAME.match(text, end)
    if more is None:
        return None
    words = more.group("words").split()
    if words[0] in _cue_words("not_name_starts") or words[0] in _MONTHS or words[0] in NOT_ORGANISATIONS or \
            any(register().lookup(word) for word in words) or more.group("words").isupper():
        return None
    return more.end()


# the capitalised noun of a kind of body right before a register name of one word ('Dienst |Justis')
# a name that goes on after the register name ('Stichting Vluchtelingenwerk |Midden-Nederland' is a body of its own)
_NAME_WORD_AFTER = re.compile(r"[^\S\n]+(?:IJ|[A-Z])")
_HEAD_BEFORE_NAME = re.compile(r"(?<![\w-])(?:Dienst|Stichting|Vereniging|Agentschap)[^\S\n]+$")


def _register_mentions(document: Document, text: str, claims: Claims) -> list[_Found]:
    exact_pattern, folded_pattern, exact, folded = _register_patterns()
    reg = register()
    # (start, minus the length, the order found in, entry id): sorted, the longest first where two start together
    hits: list[tuple[int, int, int, str]] = []
    for match in exact_pattern.finditer(text):
        start, end = match.span()
        if end - start == 2 and _POSTCODE_DIGITS.search(text, max(0, start - 6), start) \
                and _POSTCODE_PLACE.match(text, end):
            continue  # the letters of a postcode ('2500 EK Den Haag'), not the Eerste Kamer
        if _ACT_NUMBER_AFTER.match(text, end) and _ACT_BEFORE.search(text, max(0, start - 16), start):
            continue  # 'Verordening (EU) 2017/625': part of the act's number
        if _ACT_NUMBER_BEFORE.search(text, max(0, start - 12), start):
            continue  # 'Richtlijn 2014/67/EU', 'Richtlijn 2013/32/EU': the end of the act's number
        if _on_reference_line(text, start):
            continue  # 'Ons kenmerk BZ/2008/1437 M': a file code of the letter, not a body it names
        hits.append((start, start - end, len(hits), exact[_canonical_form(match.group(0))]))
    # the cue patterns search the same lower case (remembered by ``lowered``; None only when a letter
    # folds oddly, and then İ, the one letter whose lower case is longer, is kept as it is)
    for match in folded_pattern.finditer(lowered(text) or _lower_same_length(text)):
        start, end = match.span()
        hits.append((start, start - end, len(hits), folded[_canonical_form(match.group(0))]))
    hits.sort()
    found: list[_Found] = []
    last_end = -1  # the end of the last span taken here: a hit that starts before it overlaps it
    for start, minus_length, _, entry_id in hits:
        end = start - minus_length
        span = Span(start, end)
        if start < last_end or not claims.free(span):
            continue
        if _LAW_TITLE_BEFORE.search(text, max(0, start - 16), start):
            # 'de Wet Nationale ombudsman', 'de Instellingswet Wetenschappelijke Raad voor het Regeringsbeleid': a
            # law's title, taken so that no later rule reads a part of it as a body ('Raad voor het Regeringsbeleid')
            claims.take(span)
            last_end = end
            continue
        entry = reg.entries[entry_id]
        if entry.kind == "ministry" and " " not in text[start:end] \
                and _POST_TITLE_BEFORE.search(text, max(0, start - 30), start):
            # 'de Minister van VWS': a post, as 'de Minister van Volksgezondheid, Welzijn en Sport' is, not a
            # mention of the ministry (taken, so that no later rule reads it as one)
            claims.take(span)
            last_end = end
            continue
        local = _OF_ANOTHER_PLACE.match(text, end) if " " in entry.name and " " in text[start:end] else None
        if local is not None and claims.free(Span(start, local.end())):
            # 'de Nationale ombudsman van Curaçao': the body of that place, not the register's
            span = Span(start, local.end())
            claims.take(span)
            last_end = span.end
            name = _SPACES.sub(" ", text[span.start:span.end])
            found.append(_named(text, span, name,
                                kind=entry.kind, rule=f"register name of another place: {entry.name}"))
            continue
        longer = _longer_name_after(text, end, entry)
        if longer is not None and claims.free(Span(start, longer)):
            # 'Tata Steel IJmuiden', 'Enexis Netbeheer', 'GGD Amsterdam': a company's part or a regional body;
            # 'ING Groep', 'ABN AMRO Group N.V.': the company itself, written in full
            span = Span(start, longer)
            claims.take(span)
            last_end = longer
            name = _SPACES.sub(" ", text[span.start:span.end])
            if set(re.findall(r"[A-Z]\w+", text[end:longer])) <= _GROUP_WORDS:
                found.append(_entry_found(entry, span, text[start:longer], f"register:{entry.id} (in full)"))
                continue
            found.append(_named(text, span, name,
                                kind=entry.kind, rule=f"register name with more words: {entry.name}", parent=entry.id))
            continue
        foreign = _nationality_before(text, start) if entry.kind in _PUBLIC_KINDS else None
        if foreign is not None and claims.free(Span(foreign, end)):
            # 'het Turkse ministerie van Buitenlandse Zaken': that country's ministry, not the Dutch one
            span = Span(foreign, end)
            claims.take(span)
            last_end = end
            name = _SPACES.sub(" ", text[span.start:span.end])
            found.append(_named(text, span, name,
                                kind=entry.kind, rule=f"register name of another country: {entry.name}"))
            continue
        head = _HEAD_BEFORE_NAME.search(text, max(0, start - 14), start) \
            if " " not in text[start:end] and not text[start:end].isupper() and \
            not _NAME_WORD_AFTER.match(text, end) and not _NAME_GOES_ON.match(text, end) else None
        if head is not None and claims.free(Span(head.start(), start)):
            # 'Dienst Justis', 'Stichting Nidos': the name of one word written with the noun of its kind
            span = Span(head.start(), end)
            claims.take(span)
            last_end = end
            found.append(_entry_found(entry, span, text[span.start:end], f"register:{entry.id} (with its kind)"))
            continue
        claims.take(span)
        last_end = end
        found.append(_entry_found(entry, span, text[start:end], f"register:{entry.id}"))
    found = _without_topic_headings(text, claims, found)
    chamber = _addressed_chamber(document)
    if chamber:
        for match in _CHAMBER.finditer(text):
            span = Span(match.start(), match.end())
            if claims.free(span):
                claims.take(span)
                found.append(_entry_found(chamber, span, match.group(0), f"register:{chamber.id} (addressed chamber)"))
    return found


# what may stand before a heading on its line: nothing, or the number of the dossier whose title it is ('31 066
# Belastingdienst', '36 200 VII Binnenlandse Zaken': the title of a parliamentary paper's dossier)
_DOSSIER_NUMBER = re.compile(r"[^\S\n]*(?:\d{2}[^\S\n]?\d{3}(?:[^\S\n]+[A-Z]{1,4})?[^\S\n]+)?")


def _without_topic_headings(text: str, claims: Claims, found: list[_Found]) -> list[_Found]:
    """A register name of one word that is not an acronym, alone on its line (or after a dossier's number: '31 066
    Belastingdienst', the title of a parliamentary paper's dossier), is a heading naming the section's topic
    ('Rechtspraak', 'Douane'): it names the organisation only when the letter names it elsewhere too."""
    # the line ends right after the name (a space at most), so only the text before it on its line is read
    headings = [f for f in found if text.startswith(("\n", " \n"), f.span.end) and f.written.istitle() and
                " " not in f.written and
                _DOSSIER_NUMBER.fullmatch(text, text.rfind("\n", 0, f.span.start) + 1, f.span.start)]
    named_elsewhere = {f.key for f in found if f not in headings}
    gone = [f for f in headings if f.key not in named_elsewhere]
    for f in gone:
        claims.release(f.span)
    return [f for f in found if f not in gone] if gone else found



# ---------------------------------------------------------------- letterhead

def _letterhead_mentions(document: Document, claims: Claims, known: list[_Found]) -> list[_Found]:
    """The ministry and units the letter head names (register entries, else units under the line above);
    a unit named after a register organisation ('Directie Politie') takes its place in ``known``."""
    head = document.head
    reg = register()
    found: list[_Found] = []
    parent: str | None = None
    head_text = document.text[:document.clean.head_end]
    for name in (head.ministry, head.directorate_general, head.directorate, head.unit):
        if not name:
            continue
        match = re.search(_form_pattern(name).removeprefix("(?i:").removesuffix(")")
                          if " " in name else re.escape(name), head_text)
        entry = reg.lookup(name)
        if entry:
            parent = entry.id
            if match and claims.free(Span(match.start(), match.end())):
                span = Span(match.start(), match.end())
                claims.take(span)
                found.append(_entry_found(entry, span, match.group(0), f"register:{entry.id} (letterhead)"))
            continue
        if not match or name.split()[0] in _cue_words("address_labels"):
            continue  # 'Bezoekadres': the label of the address block, not a unit
        span = Span(match.start(), match.end())
        inside = [f for f in known if span.start <= f.span.start and f.span.end <= span.end]
        if inside and span.start < min(f.span.start for f in inside) \
                and (name.split()[0].lower() in HEAD_NOUNS or name.startswith("DG ")):  # 'Directie' first
            for swallowed in inside:
                claims.release(swallowed.span)
            known[:] = [f for f in known if f not in inside]
        if not claims.free(span):
            continue
        claims.take(span)
        found.append(_Found(span=span, written=match.group(0), key=slug(name), name=_SPACES.sub(" ", name),
                            kind="unit", rule="letterhead unit", parent=parent))
        parent = slug(name)
    return found
