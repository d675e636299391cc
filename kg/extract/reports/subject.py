"""The report the subject line reacts to (``Beleidsreactie rapport Inspectie ‘X’``): named by its title, or by its
author or what it is about (``Kabinetsreactie op het rapport van de OVV over ...``, ``reactie op advies ROB``),
which then names the titled report of that author or subject in the letter."""
from __future__ import annotations

import re

from ...domain.model import Document, Span
from .records import _Mention
from .titles import _TOPIC, _clean_title, find_quotes
from .vocabulary import _GENRE, _GENRE_WORDS, _SUBJECT_RULE

_BY_AUTHOR = re.compile(r"^\s*van\s+(?:de|het)?\s*")
_TOPIC_TAIL = re.compile(r"\s+(?:over|naar|inzake|betreffende|omtrent|met\s+betrekking\s+tot)\s+.*$", re.IGNORECASE)
_RESPONSE_SUBJECT = re.compile(r"\b(?:beleidsreactie|kabinetsreactie|reactie|antwoord)\b", re.IGNORECASE)

# an acronym alone: two capitals or more ('ROB', 'SodM'), or three letters at most ('Rli'); not a one-word title
_ACRONYM_ALONE = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z&]{1,7}|[A-Z][a-z]{1,2}")


def _subject_mentions(document: Document) -> list[_Mention]:
    """The report a subject line reacts to: 'Beleidsreactie rapport Inspectie ‘X’'."""
    subject = document.head.subject
    if not subject:
        return []
    genre_match = _GENRE.search(subject)
    if not genre_match or not _RESPONSE_SUBJECT.search(subject[:genre_match.start()]):
        return []
    span = _subject_span(document)
    rest = subject[genre_match.end():]
    quotes = find_quotes(rest)
    if quotes:
        title = _clean_title(rest[quotes[0][0]:quotes[0][1]])
        author_text = _BY_AUTHOR.sub("", rest[:quotes[0][0] - 1])  # 'rapport van de Algemene Rekenkamer ‘X’'
    elif _BY_AUTHOR.match(rest):
        # 'Kabinetsreactie op het rapport van de OVV over ...': named by its author, not by a title
        author_text = _TOPIC_TAIL.sub("", _BY_AUTHOR.sub("", rest)).strip(" ,")
        title = _clean_title(genre_match.group(1) + rest)
        genre = _GENRE_WORDS[re.sub(r"\s+", " ", genre_match.group(1).lower())]
        return [_Mention(title, genre, span, False, _SUBJECT_RULE, (), None, author_text)]
    elif _TOPIC.match(rest.strip()):
        return []  # 'Reactie op ... en rapporten over de terugkeer': what they are about, no title
    elif _ACRONYM_ALONE.fullmatch(rest.strip()):
        # 'reactie op advies ROB': named by its author's acronym, not by a title
        genre = _GENRE_WORDS[re.sub(r"\s+", " ", genre_match.group(1).lower())]
        return [_Mention(_clean_title(genre_match.group(1) + rest), genre, span, False, _SUBJECT_RULE, (), None,
                         rest.strip())]
    else:
        title = _clean_title(re.sub(r"^\s*(?:van\s+(?:de|het)\s+)?", "", rest))
        author_text = ""
    if len(title) < 3:
        return []
    genre = _GENRE_WORDS[re.sub(r"\s+", " ", genre_match.group(1).lower())]
    return [_Mention(title, genre, span, True, _SUBJECT_RULE, (), None, author_text.strip(" ,"))]


def _subject_span(document: Document) -> Span:
    """The clean-text span of the subject line (it may wrap over two head lines)."""
    text = document.text
    start = text.find("Onderwerp")
    if start < 0 or start > document.clean.head_end:
        return Span(0, 0)
    end = start
    for paragraph in document.paragraphs:
        if paragraph.span.start >= start and paragraph.kind == "head":
            end = paragraph.span.end
            if not text[paragraph.span.start:paragraph.span.end].startswith("Onderwerp") and \
                    text[end - 1:end] not in ("’", "'", "”", "»", "\""):
                break
            if text[paragraph.span.start:paragraph.span.end].startswith("Onderwerp"):
                continue
            break
    return Span(start, end)
