"""A report named after its genre noun without a title: by its author (``het rapport van de Commissie van onderzoek
COA``, with the topic after it), by its subject and author (``de doorlichting van de IND door het adviesbureau
EY``), by its date with the author after the verb (``In zijn advies van 12 februari 2008 heeft het College ...``),
or as a specific ambtsbericht (``het algemeen ambtsbericht over Irak``)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...domain.dates import MONTHS, find_dates
from ...domain.model import Span
from .authors import _RELATIVE_PUBLISHER, DELIVERED
from .titles import _clean_title, _is_plural, _strip_footnote, _topic_end
from .vocabulary import _ARTICLE, _CAP, _INSTRUMENT_HEAD, _MONTH_NAMES, _NOT_NAMES, _ORG_NOUN, _RESEARCH_BODY


@dataclass(frozen=True)
class _Untitled:
    """What names a report that has no title: a descriptive title, its span and its author."""

    title: str
    span: Span
    author: str
    rule: str
    author_start: int = -1  # where the author slot starts; -1: right after the genre noun
    date: str | None = None
    titled: bool = False  # a title after all, given after the author ('... heeft uitgebracht onder de titel 'X'')


def _untitled(text: str, genre_match: re.Match[str], end: int, genre: str,
              named: frozenset[int] = frozenset(), organisation_ends: dict[int, int] | None = None) -> _Untitled | None:
    """A report named by its author or kind instead of a title.

    ``het rapport van de Commissie van onderzoek COA`` (author after ``van``), ``de doorlichting
    van de IND door het adviesbureau EY`` (subject after ``van``, author after ``door``), ``het
    thematische ambtsbericht``, ``het artikel van het Algemeen Dagblad`` (only ever merged into
    a titled news item of the letter).
    """
    before = text[max(0, genre_match.start() - 40):genre_match.start()]
    plural = _is_plural(genre_match)
    if genre == "ambtsbericht":
        adjective = re.search(r"\b(?:het|de|dit|deze|een|haar|zijn|hun)\s+(?:\w+e\s+)?"
                              r"(thematische?|algeme(?:en|ne)|individue(?:el|le))\s+$", before, re.IGNORECASE)
        if adjective and not plural and not re.search(r"\bnieuwe\s+\w+\s+$", before, re.IGNORECASE):
            start = genre_match.start() - len(adjective.group(0))
            kind = adjective.group(1).lower()
            kind = {"thematische": "thematisch", "algemene": "algemeen", "individuele": "individueel"}.get(kind, kind)
            title_end = _ambtsbericht_subject_end(text, genre_match.end(), end)
            return _Untitled(_clean_title(f"{kind} {text[genre_match.start():title_end]}"),
                             Span(start, title_end), "", "specific ambtsbericht without title")
        return None
    if not re.search(r"\b(?:het|de|dit|deze|haar|zijn|hun)\s+(?:\w+e\s+)?$", before, re.IGNORECASE):
        return None
    if plural:
        return None
    rest = text[genre_match.end():end]
    name = rf"((?:{_CAP}|{_ORG_NOUN})(?:\s+(?:(?:van|voor|en|der|de|op|in|het)\s+)*(?:{_CAP}|{_ORG_NOUN}))*" \
           r"(?:\s+(?:van\s+)?[a-z]+\s+[A-Z]{2,})?)"
    if genre in ("doorlichting", "evaluatie"):
        subject_and_author = re.match(rf"\s+(van\s+[^.;:]{{3,80}}?)\s+door\s+(?:de|het)?\s*"
                                      rf"(?:(?:advies|onderzoeks)bureau\s+)?{name}", rest)
        if not subject_and_author:
            return None
        title = f"{genre_match.group(1)} {subject_and_author.group(1)}"
        return _Untitled(_clean_title(title), Span(genre_match.start(), genre_match.end() + subject_and_author.end()),
                         subject_and_author.group(2), "genre noun with subject and author, no title",
                         genre_match.end() + subject_and_author.end(1))
    dated = _dated_with_author_after(text, genre_match, rest, name)
    if dated is not None:
        return dated
    relative = _author_in_relative(text, genre_match, end, genre, name, named, organisation_ends or {})
    if relative is not None:
        return relative
    author = re.match(rf"\s+(?:van|door)\s+(?:de|het)\s+{name}", rest)
    if author is None:  # 'het rapport van Netbeheer Nederland': a name found by an earlier extractor, no article
        bare = re.match(rf"\s+(?:van|door)\s+{name}", rest)
        if bare and genre_match.end() + bare.start(1) in named and bare.group(1).split()[0] not in _NOT_NAMES:
            author = bare
    if author and _INSTRUMENT_HEAD.match(author.group(1)):
        return None  # 'de evaluatie van het Besluit X': what is evaluated, not who wrote it
    if not author or ((genre == "onderzoek" or genre_match.group(1).lower() == "voortgangsrapportage")
                      and not _is_research_body(author.group(1), text)):
        return None  # 'het onderzoek van de IND' is work in progress, a ministry's voortgangsrapportage no report
    span = Span(genre_match.start(), genre_match.end() + author.end())
    author_name = author.group(1)
    # the author as the organisations extractor read it, where that goes on past the capitalised words ('het advies
    # van de Raad voor de rechtspraak': not 'advies van de Raad')
    author_start = genre_match.end() + author.start(1)
    organisation_end = (organisation_ends or {}).get(author_start, 0)
    if span.end < organisation_end <= end:
        span, author_name = Span(span.start, organisation_end), text[author_start:organisation_end]
    topic_end = _topic_after_author(text, span.end, end)
    title = _clean_title(text[span.start:topic_end if topic_end is not None else span.end])
    return _Untitled(_strip_footnote(title), span, author_name, "genre noun with author, no title")


_TOPIC_AFTER_AUTHOR = re.compile(r"\s+(?:over|inzake|naar)\s+(?!(?:aanleiding|verwachting|behoren|mijn|ons|onze|"
                                 r"het\s+oordeel|de\s+mening|\w+\s+(?:weken|dagen|maanden|jaar|jaren))\b)")


def _topic_after_author(text: str, position: int, end: int) -> int | None:
    """'het rapport van het Europees Parlement over de uitvoering van X': where the topic after the author ends
    (``_topic_end``: at most eight words, up to a topic stop); None when no topic follows."""
    topic = _TOPIC_AFTER_AUTHOR.match(text, position, end)
    if topic is None:
        return None
    joined = _JOINED_PHRASE.search(text, topic.end(), end)  # '... over de wachtrijen en de Verkenning X': two things
    topic_end = _topic_end(text, topic.end(), joined.start() if joined else end)
    if topic_end is not None and _SUBJECT_AFTER.match(text, topic_end, end):
        last_gap = text.rfind(" ", topic.end(), topic_end)  # 'over X informeer ik': a verb
        topic_end = None if last_gap < 0 else _topic_end(text, topic.end(), last_gap)
    return topic_end


# a second noun phrase joined to a topic: where the topic of one report ends
_JOINED_PHRASE = re.compile(r"\s+(?:en|of)\s+(?:de|het|een)\s")
# a subject pronoun right after a topic: its last word was the inverted verb of the main clause
_SUBJECT_AFTER = re.compile(r"\s+(?:ik|wij|we|zij)\b")


# 'In zijn advies van 12 februari 2008 heeft het College ...': a dated report, its author the subject right after
_DATED_THEN_AUTHOR = re.compile(
    rf"\s+van\s+(?:(?P<day>\d{{1,2}})\s+)?(?P<month>{_MONTH_NAMES})\s+(?P<year>(?:19|20)\d{{2}})\s+"
    r"(?:heeft|hebben|stelt|stellen|stelde|stelden|concludeert|concluderen|concludeerde|constateert|constateerde|"
    r"beveelt|bevelen|beval|adviseert|adviseren|adviseerde|wijst|wijzen|wees|merkt|merkte|geeft|gaf)\s+"
    r"(?P<article>de|het)\s+")
# a name with lower-case words, spelled out before its acronym: 'College bescherming persoonsgegevens (CBP)'
_NAME_BEFORE_ACRONYM = re.compile(rf"({_CAP}(?:\s+[a-zà-ÿ][\w-]*){{1,4}})(?=\s*\([A-Z][A-Za-z]{{1,7}}\))")
_IN_BEFORE = re.compile(r"\b[Ii]n\s+(?:het|de|zijn|haar|hun)\s+(?:\w+e\s+)?$")


def _dated_with_author_after(text: str, genre_match: re.Match[str], rest: str, name: str) -> _Untitled | None:
    """'In zijn advies van 12 februari 2008 heeft het College bescherming persoonsgegevens aanbevolen': after
    'In' + determiner + genre noun, a date and an inverted verb, the subject that follows is the author; the
    title is the genre noun with that author ('advies van het College bescherming persoonsgegevens')."""
    if not _IN_BEFORE.search(text[max(0, genre_match.start() - 40):genre_match.start()]):
        return None
    dated = _DATED_THEN_AUTHOR.match(rest)
    if dated is None:
        return None
    after = rest[dated.end():]
    author = _NAME_BEFORE_ACRONYM.match(after) or re.match(name, after)
    if author is None or author.group(1).split()[0] in _NOT_NAMES or _INSTRUMENT_HEAD.match(author.group(1)):
        return None
    month = MONTHS[dated.group("month").lower()]
    when = f"{dated.group('year')}-{month:02d}" + (f"-{int(dated.group('day')):02d}" if dated.group("day") else "")
    author_start = genre_match.end() + dated.end()
    title = f"{genre_match.group(1)} van {dated.group('article')} {author.group(1)}"
    return _Untitled(_clean_title(title), Span(genre_match.start(), author_start + author.end()), author.group(1),
                     "dated genre noun with its author after the verb", author_start, when)


# the participle that ends the main clause before a relative clause about the report ('heb ik ook het advies betrokken
# dat de Raad ... heeft uitgebracht')
_PARTICIPLE_BEFORE = re.compile(r"\s+(?:ge|be|ver|ont|her|over)[a-zà-ÿ]{3,}(?:d|t|en)(?=\s*,?\s+(?:dat|die)\b)")


def _author_in_relative(text: str, genre_match: re.Match[str], end: int, genre: str, name: str,
                        named: frozenset[int], organisation_ends: dict[int, int]) -> _Untitled | None:
    """'het advies dat de Raad voor de rechtspraak op 14 april 2009 aan mij heeft uitgebracht', 'heb ik het advies
    betrokken dat de Raad ... heeft uitgebracht': a report whose author, a name an earlier extractor found, is the
    subject of a relative clause with a verb of delivering it (``_RELATIVE_PUBLISHER``); the title is the genre noun
    with that author ('advies van de Raad voor de rechtspraak'), the date the full date in the clause."""
    position = genre_match.end()
    participle = _PARTICIPLE_BEFORE.match(text, position, end)
    relative = _RELATIVE_PUBLISHER.match(text, participle.end() if participle else position, end)
    if relative is None:
        return None
    article = _ARTICLE.match(text, relative.end(), end)
    author = re.compile(name).match(text, article.end() if article else relative.end(), end)
    if author is None or author.start(1) not in named or author.group(1).split()[0] in _NOT_NAMES \
            or (genre == "onderzoek" and not _is_research_body(author.group(1), text)):
        return None
    author_end = max(author.end(1), organisation_ends.get(author.start(1), 0))
    author_name = text[author.start(1):author_end]
    verb = _RELATIVE_VERB.search(text, author_end, end)
    when = next((found.value for found in find_dates(text[author_end:verb.start() if verb else author_end], None)
                 if found.value is not None and len(found.value) == 10), None)
    called = _CALLED_AFTER_VERB.match(text, verb.end(), end) if verb else None
    if called is not None:  # '... heeft uitgebracht onder de titel 'X'': its title after all
        return _Untitled(_clean_title(called.group("title")), Span(genre_match.start(), called.end()), author_name,
                         "genre noun with its author in a relative clause and its title after the verb",
                         author.start(1), when, titled=True)
    lead = f"{article.group(1)} " if article and article.group(1) else ""
    return _Untitled(_clean_title(f"{genre_match.group(1)} van {lead}{author_name}"),
                     Span(genre_match.start(), author_end), author_name,
                     "genre noun with its author in a relative clause, no title", author.start(1), when)


# a quoted title after the verb of the relative clause: '... heeft uitgebracht onder de titel ‘X’'
_CALLED_AFTER_VERB = re.compile(r"\s+(?:onder\s+de\s+titel|met\s+(?:de|als)\s+titel|getiteld)\s*:?\s*[‘“„«\"'‹]"
                                r"(?P<title>[A-ZÀ-Ý0-9][^’”»\"'›\n]{2,200})[’”»\"'›]")


_RELATIVE_VERB = re.compile(r"\b(?:heeft|hebben)\s+" + DELIVERED)
_ACRONYM = re.compile(r"[A-Z][A-Za-z]{1,6}")


def _is_research_body(author: str, text: str) -> bool:
    """Whether ``author`` is a body whose 'onderzoek' is a study (``_RESEARCH_BODY``); an acronym
    ('het onderzoek van de IVD') counts when the letter spells it out as one ('Inspectie Veiligheid
    Defensie (IVD)'); the up to six words before the bracket are read."""
    if _RESEARCH_BODY.search(author):
        return True
    if not (_ACRONYM.fullmatch(author) and sum(c.isupper() for c in author) >= 2):
        return False
    spelled = re.search(rf"((?:[\w-]+\s+){{1,6}})\(\s*{re.escape(author)}\s*\)", text)
    return bool(spelled and _RESEARCH_BODY.search(spelled.group(1)))


# what an ambtsbericht is about: a country ('ambtsbericht Irak', 'over Noord-Irak') or a topic after 'over'
_COUNTRY_AFTER = re.compile(rf"\s+(?:over\s+|inzake\s+)?{_CAP}(?:\s+{_CAP})?(?=[\s,.;:()]|$)")
_TOPIC_AFTER = re.compile(r"\s+(?:over|inzake)\s+")


def _ambtsbericht_subject_end(text: str, position: int, end: int) -> int:
    """Where the country or topic of an ambtsbericht after ``position`` ends (``position`` when it names none)."""
    country = _COUNTRY_AFTER.match(text, position, end)
    if country and country.group(0).split()[-1] not in _NOT_NAMES:
        return country.end()
    topic = _TOPIC_AFTER.match(text, position, end)
    if topic:
        topic_end = _topic_end(text, topic.end(), end)
        if topic_end is not None:
            return topic_end
    return position
