"""Reports named by a title of the register (kg/data/report_cues.json 'titles'): the named periodic publications of
planning bureaus, inspectorates, agencies and ministries that letters cite by title alone (``de Zorgbalans``, ``het
Sociaal en Cultureel Rapport 2024``, ``het Dreigingsbeeld Terrorisme Nederland (DTN) 61``), each with the author the
register knows; and where such a report stands among the reports the other rules found (``_with_register``)."""
from __future__ import annotations

import re
from dataclasses import replace

from ...domain.model import Document, Span
from .cued import _region
from .cues import RegisterTitle, register_titles
from .records import _Mention
from .vocabulary import _APPEARS, _GENRE_WORDS, _SUBJECT_RULE, _TO_COME

# what may stand between a title and its edition: its acronym in brackets ('Dreigingsbeeld Terrorisme Nederland (DTN)')
_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z&]{1,9}\)")
_YEAR = re.compile(r"\s+(?:19|20)\d{2}(?:[/–-](?:19|20)?\d{2})?(?![\w/]|[.,]\d)")
_NUMBER = re.compile(r"\s+(?:nr\.\s*)?\d{1,3}(?![\w/]|[.,]\d)")
# before a title named without its edition: an article or possessive, perhaps an adjective or two ('de meest recente
# Zorgbalans', 'het jaarlijkse Sociaal en Cultureel Rapport'), or an opening quote
_LEAD = re.compile(r"(?:\b(?:de|het|den|deze|dit|die|dat|haar|zijn|hun)\s+(?:(?:meest\s+)?[a-zà-ÿ]+e\s+){0,2}"
                   r"|[‘'\"«“„]\s*)$", re.IGNORECASE)
_RECURRING = re.compile(r"\b(?:(?:elk|ieder)e?\s+(?:jaar|voorjaar|najaar|kwartaal|half\s*jaar|twee\s+jaar|maand)|"
                        r"(?:twee|half)?jaarlijkse?|periodieke?)\b", re.IGNORECASE)
_LEAD_REACH = 60  # how much text before a title its lead is sought in
# the genres a report is stored under, by the register's genre noun; any other is a 'rapport'
_STORED_GENRES = frozenset({"rapport", "onderzoek"})


def _register_mentions(document: Document) -> list[_Mention]:
    """The register's titles in the body, each with its year or number when one follows; without one only after an
    article (``de Zorgbalans``), not as an edition still to come or in a sentence about the series itself. Its
    authors are the register's (of the edition's year, else of the letter's date), not the words around it."""
    text = document.text
    register = register_titles()
    if register.scan is None:
        return []
    mentions: list[_Mention] = []
    for match in register.scan.finditer(text):
        region = _region(document, match.start())
        if region is None:
            continue
        area, sentence = region
        entry = register.by_form[" ".join(match.group(0).split()).lower()]
        end = match.end()
        acronym = _ACRONYM.match(text, end, area.end)
        edition = _edition(entry, text, acronym.end() if acronym else end, area.end)
        if edition is not None:
            end = edition.end()
        elif acronym is not None:
            end = acronym.end()
        lead = text[max(area.start, match.start() - _LEAD_REACH):match.start()]
        if _APPEARS.match(text, end, area.end):
            continue
        if edition is None and (entry.edition_required or not _LEAD.search(lead) or _TO_COME.search(lead)
                                or _RECURRING.search(text, area.start, area.end)):
            continue
        number = edition.group(0).split()[-1] if edition is not None else None
        title = entry.title + (" " + number if number else "")
        genre = _GENRE_WORDS.get(entry.genre, "rapport")
        authors = entry.authors_on(f"{number[:4]}-12-31" if number and len(number) >= 4 else
                                   document.head.date.isoformat() if document.head.date else None)
        mentions.append(_Mention(title, genre if genre in _STORED_GENRES else "rapport", Span(match.start(), end),
                                 True, f"register title ({entry.id})", (), sentence, known_authors=authors))
    return mentions


def _edition(entry: RegisterTitle, text: str, position: int, end: int) -> re.Match[str] | None:
    """The year or number after a title, as far as its entry allows one."""
    year = _YEAR.match(text, position, end) if "year" in entry.edition else None
    return year or (_NUMBER.match(text, position, end) if "number" in entry.edition else None)


def _with_register(registered: list[_Mention], mentions: list[_Mention]) -> list[_Mention]:
    """``mentions`` with the register's: a register title that overlaps no mention is added; one that holds a
    shorter mention of another rule whole takes its place (``de Staat van de Volksgezondheid en Zorg``, where the
    series cue reads ``Staat van de Volksgezondheid``); else it gives way, and the mention that starts where it does
    and reaches as far or further (the same title read by another rule) takes its authors."""
    result = list(mentions)
    for mention in registered:
        span = mention.span
        overlapping = [index for index, other in enumerate(result) if other.rule != _SUBJECT_RULE
                       and other.span.start < span.end and span.start < other.span.end]
        if not overlapping:
            result.append(mention)
        elif all(span.start <= result[index].span.start and result[index].span.end <= span.end
                 and result[index].span.end - result[index].span.start < span.end - span.start
                 for index in overlapping):
            result[overlapping[0]] = mention
            result = [other for index, other in enumerate(result) if index not in overlapping[1:]]
        else:
            for index in overlapping:
                other = result[index]
                if other.span.start == span.start and other.span.end >= span.end:
                    result[index] = replace(other, known_authors=mention.known_authors)
    return result

