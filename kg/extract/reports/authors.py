"""Where a report's authors are named, and who they are: the author slots after a title (``van X``, ``dat door X``,
``opgesteld door X``) and before a genre noun (``X ... in haar rapport``, ``heeft X het rapport ... opgeleverd``),
and the organisation and person mentions of earlier extractors, or else the capitalised names, found in them."""
from __future__ import annotations

import re

from ...domain.keys import slug
from ...domain.model import Document, Sentence, Span
from .records import _Mention, _Named
from .vocabulary import _CAP, _GENRE, _NOT_NAMES, _ORG_NOUN, _PUBLISHED, _RESEARCH_BODY


def _after_title_slot(text: str, position: int, end: int) -> tuple[Span, ...]:
    """'... 'X' van de SVMA en de VAJN' : the author slot after a title; also a relative clause naming the author
    with 'door' ('het rapport 'X', dat door de Algemene Rekenkamer op 11 april is aangeboden'), up to the words
    after the name."""
    match = _AUTHOR_AFTER_TITLE.match(text[position:end])
    if not match:
        return _relative_author_slot(text, position, end)
    start = position + match.end()
    stop = _AUTHOR_SLOT_END.search(text, start, end)
    limit = stop.start() if stop else min(end, start + 160)
    genre = _GENRE.search(text, start, limit)  # '... van het PBL en het rapport 'X' van ...': the next report's
    return (Span(start, genre.start() if genre else limit),)


def _relative_author_slot(text: str, position: int, end: int) -> tuple[Span, ...]:
    """'..., dat door de Algemene Rekenkamer op 11 april is aangeboden', '... dat de Arbeidsinspectie op mijn verzoek
    heeft verricht': the author named in a relative clause right after a title or topic, up to the words after the
    name; () when none follows."""
    relative = _RELATIVE_BY.match(text, position, end) or _RELATIVE_PUBLISHER.match(text, position, end)
    if relative is None:
        return ()
    stop = _AFTER_RELATIVE_AUTHOR.search(text, relative.end(), end)
    return (Span(relative.end(), stop.start() if stop else min(end, relative.end() + 80)),)


# 'van' or 'door' after a title, also after an acronym or a report's number in brackets ('(advies nr. 82) van de AIV')
_AUTHOR_AFTER_TITLE = re.compile(r"[’'\"»”]?\s*(?:\([^()\n]{1,30}\)\s*)?(?:van|door)\s+")
_RELATIVE_BY = re.compile(r"[’'\"»”]?\s*,\s*(?:dat|die)\s+(?:(?:in|op)\s+[^,.;]{3,30}?\s+)?door\s+")
# the active form, with a verb of publishing or doing: '‘X’ dat de Adviesraad Migratie op 14 maart heeft
# uitgebracht', '„X” aan, dat de IOB op 30 juni jl. heeft uitgebracht', 'dat Natuurmonumenten en Greenpeace op 3 mei
# gezamenlijk hebben uitgebracht', 'het onderzoek naar X dat de Arbeidsinspectie op mijn verzoek heeft verricht'
# the past participles of delivering or doing a study, after 'heeft' in a relative clause about it
DELIVERED = (r"(?:uitgebracht|gepubliceerd|opgeleverd|gepresenteerd|aangeboden|verzonden|verricht|uitgevoerd|"
             r"opgesteld)")
_RELATIVE_PUBLISHER = re.compile(r"[’'\"»”]?\s*(?:\([^()\n]{1,30}\)\s*)?(?:aan\s*)?,?\s*(?:dat|die)\s+"
                                 r"(?=(?:(?:de|het)\s+|[A-ZÀ-Ý])(?:jl\.|[^.;]){2,100}?\b(?:heeft|hebben)\s+"
                                 + DELIVERED + r"(?=\d{0,2}(?!\w)))")
# where the author named in a relative clause ends (not at the comma of a list of names: 'A, B en C')
_AFTER_RELATIVE_AUTHOR = re.compile(r",(?!\s+[A-ZÀ-Ý])|[.;:(]|\s(?:op|in|aan|is|was|werd|zijn|waren|werden|heeft|"
                                    r"hebben|bij|met|als|voor|tot)\b")

# where the author slot after a title ends: a full stop, a relative clause, a comma (not one before 'en de ...'),
# or ', en' opening a clause of its own (', en heeft het Rathenau Instituut ...')
_AUTHOR_SLOT_END = re.compile(r"[.;]\s|\b(?:die|dat|waarin|over|uit)\b|,\s+(?!en\b)|,\s+en\s+(?!de\b|het\b)")


def _before_genre_slot(text: str, genre_start: int, sentence: Sentence | None,
                       title_end: int | None = None) -> tuple[Span, ...]:
    """'ORG (20 mei 2019) in haar onderzoeksrapport', 'Op ... heeft ORG het rapport ... opgeleverd'. A quoted
    title ending at ``title_end`` may hold a question mark that split the sentence ('heeft ORG het rapport 'Wat
    nu? Een onderzoek naar X' aangeboden'): the verb is then sought up to the end of the clause after the title."""
    if sentence is None:
        return ()
    before = text[sentence.span.start:genre_start]
    end = sentence.span.end
    if title_end is not None and title_end > end:
        stop = _CLAUSE_END.search(text, title_end)
        end = stop.start() if stop else min(len(text), title_end + 160)
    if re.search(r"\b(?:haar|zijn|hun)\s+[‘'\"«“„]?$", before) or _PUBLISHED_BEFORE.search(before) or (
            _STUDIED.search(before) and not _ASKED.search(before)) or (
            re.search(r"\b(?:heeft|hebben)\b", before) and not _ASKED.search(before)
            and (_PUBLISHED.search(text, sentence.span.start, end)
                 or (_CARRIED_OUT.search(text, genre_start, end) and not _AFTER_PREPOSITION.search(before)))):
        return (Span(sentence.span.start, genre_start),)
    return ()


# 'Het NIVEL heeft in opdracht van mijn ministerie onderzocht hoe ...; het rapport ‘X’ treft u als bijlage aan': who
# studied it, earlier in the sentence
_STUDIED = re.compile(r"\b(?:heeft|hebben)\b[^.;]{0,80}\bonderzocht\b")
# 'Op 19 november publiceerde het SCP de evaluatie ...': the author stands between verb and genre noun
_PUBLISHED_BEFORE = re.compile(r"\b(?:publiceerde|publiceerden|presenteerde|presenteerden|bracht|brachten|"
                               r"leverde|leverden)\b", re.IGNORECASE)

# 'Het onderzoeksbureau X heeft in mijn opdracht de evaluatie ‘Y’ uitgevoerd': who carried out the study is its author
# (the report the object: not 'heeft de maatregelen uit het rapport ‘Y’ uitgevoerd')
_CARRIED_OUT = re.compile(r"\b(?:uitgevoerd|verricht|opgesteld|geschreven)(?=\d{0,2}(?!\w))")
_AFTER_PREPOSITION = re.compile(r"\b(?:uit|van|in|op|over|naar|met|bij|aan|voor|door)\s+"
                                r"(?:de|het|dit|deze|haar|zijn|hun)\s+(?:[a-zà-ÿ]+e\s+)?$", re.IGNORECASE)
# 'heeft de vaste commissie mij verzocht te reageren op het rapport': the one who asked for a reaction
_ASKED = re.compile(r"\b(?:verzocht|gevraagd)\b")  # not 'op mijn verzoek': the author did it at my request
# (not the full stop of an abbreviation: 'op 30 juni jl. heeft uitgebracht', 'advies nr. 82'; a full stop with a
# footnote marker after it: '... aan.1 Het rapport ...')
_CLAUSE_END = re.compile(r"(?<!\bjl)(?<!\bnr)(?<!\ba\.s)[.;!?](?:\s|$)|(?<=[a-zà-ÿ])\.\d{1,2}(?=\s)|\n\s*\n")
_AUTHOR_AFTER = re.compile(r"\s*,?\s*(?:(?:opgesteld|uitgevoerd|geschreven|verricht)\s+)?(?:door|van de hand van)\s+"
                           r"(?:de|het)?\s*")


def _author_after(text: str, position: int, end: int) -> tuple[Span, ...]:
    """', opgesteld door de NCTV': the author named after a title by 'door'."""
    match = _AUTHOR_AFTER.match(text, position, end)
    if not match:
        return ()
    stop = re.search(r"[.;,]\s|\b(?:die|dat|waarin)\b", text[match.end():end])
    return (Span(match.end(), match.end() + (stop.start() if stop else min(end - match.end(), 120))),)


def _authors(document: Document, mention: _Mention, named_at: _Named) -> list[tuple[str, str]]:
    """(key, name) of the authors named in the mention's author slots."""
    text = document.text
    found: list[tuple[str, str]] = []
    for slot in mention.author_slot:
        before_genre = slot.end <= mention.span.start
        if before_genre and found:
            continue  # named after the genre noun ('het advies van de Rli, X'): not also the subject before it
        placed = _placed_mentions_in(slot, named_at, document)
        if placed:
            found.extend(_last_authors(text, placed) if before_genre else [(key, name) for _, _, key, name in placed])
            continue
        names = _written_names(text[slot.start:slot.end], before_genre)
        found.extend((slug(re.sub(r"\s*\([^)]*\)", "", name)), name) for name in names)
    if not found and mention.author_text:
        found.append((slug(mention.author_text), mention.author_text))
    return list(dict.fromkeys(found))


def _last_authors(text: str, placed: list[tuple[int, int, str, str]]) -> list[tuple[str, str]]:
    """Of the names before a genre noun (start, end, key, name, in order), the last body that publishes studies ('de
    Algemene Rekenkamer deed in het hoofdstuk Politie in haar onderzoek'), else the last name; with the names joined to
    it by 'en' or a comma ('Op 2 mei hebben de Inspectie X (hierna: de Inspectie) en de Inspectie Y het rapport ...
    gepubliceerd'). A name inside brackets after another ('(hierna: de Inspectie)') is no name of its own."""
    outside = [found for index, found in enumerate(placed)
               if not (index and text.count("(", placed[0][0], found[0]) > text.count(")", placed[0][0], found[0]))]
    bodies = [index for index, found in enumerate(outside) if _RESEARCH_BODY.search(found[3])]
    last = bodies[-1] if bodies else len(outside) - 1
    first = last
    while first > 0 and _JOINED_NAMES.fullmatch(text, outside[first - 1][1], outside[first][0]):
        first -= 1
    return [(key, name) for _, _, key, name in outside[first:last + 1]]


# between two names of one list: 'X (X) en de Y', 'X, Y'
_JOINED_NAMES = re.compile(r"\s*(?:\([^()]{1,60}\)\s*)?(?:,\s*|\s+en\s+)(?:(?:de|het)\s+)?")


# a name in an author slot: capitalised words, or an organisation noun, joined by particles
_AUTHOR_NAME = re.compile(
    rf"(?:{_CAP}|{_ORG_NOUN})(?:\s+(?:(?:van|voor|en|der|de|op|in|het)\s+)*(?:{_CAP}|{_ORG_NOUN}|–{_CAP}))*"
    r"(?:\s+\([^)]{2,12}\))?")


def _written_names(slot: str, last_only: bool) -> list[str]:
    """Organisation or person names written in an author slot, when no mention was found there.

    After a genre noun or title they follow ``van``/``door`` (joined by ``en de``); before a
    genre noun the last name of the stretch counts (``... de commissie De Leeuw (...) in haar``).
    """
    if last_only:
        candidates = [match for match in _AUTHOR_NAME.finditer(slot)
                      if not (match.start() == 0 and " " not in match.group(0).strip())]
        candidates = [match for match in candidates if match.group(0).split()[0] not in _NOT_NAMES]
        return [candidates[-1].group(0).strip()] if candidates else []
    lead = re.match(r"\s*(?:van|door)?\s*(?:de|het)?\s*(?:(?:advies|onderzoeks)bureau\s+)?", slot)
    names: list[str] = []
    position = lead.end() if lead else 0
    while True:
        match = _AUTHOR_NAME.match(slot, position)
        if not match or match.group(0).split()[0] in _NOT_NAMES:
            return names
        names.append(match.group(0).strip())
        joined = re.match(r"\s*(?:,|en)\s+(?:de|het)\s+", slot[match.end():])
        if not joined:
            return names
        position = match.end() + joined.end()


def _placed_mentions_in(slot: Span, named_at: _Named, document: Document) -> list[tuple[int, int, str, str]]:
    """(start, end, key, name) of the organisation and person mentions in ``slot``, in order."""
    found: list[tuple[int, int, str, str]] = []
    for fact in named_at.organisations_in(slot.start, slot.end):
        where = fact.evidence.clean_start
        if document.text[where - 1:where] != "(":  # '(ACVZ)' repeats the name before
            found.append((where, fact.evidence.clean_end, fact.key, fact.canonical_name or fact.name))
    bodies = bool(found)
    for person in named_at.persons_in(slot.start, slot.end):
        where = person.evidence.clean_start
        if bodies and _CHAIR_BEFORE.search(document.text[max(0, where - 60):where]):
            continue  # 'het Aanjaagteam ... onder leiding van de heer Roemer zijn advies': the body's, not its chair's
        found.append((where, person.evidence.clean_end, person.key, person.name))
    return sorted(found)


# a person named as the chair of the body that wrote the report ('onder voorzitterschap van mr. F. Korthals Altes')
_CHAIR_BEFORE = re.compile(r"\bonder\s+(?:leiding|voorzitterschap)\s+van\s+(?:(?:de\s+heer|mevrouw|mr\.|dr\.|"
                           r"drs\.|prof\.|ir\.)\s*)*$")
