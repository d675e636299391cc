"""Reports found by the cues of kg/data/report_cues.json: a series title (``de Schoolkostenmonitor 2018/2019``), a
genre noun in a compound with a title, year or topic after it (``het TNO-onderzoek Systeemanalyse kansspelen``,
``het jaarverslag 2016``) or naming itself (``de Jaarrapportage spoorveiligheid``), a report described by its
subject when the letter shows it is a finished work (``naar aanleiding van het onderzoek naar X``), and a quoted
title with no genre noun before it (``X concludeerde in «T»``, read from the body's quotes)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ...domain import rules
from ...domain.model import Document, OrganisationMention, Paragraph, PersonMention, Sentence, Span
from .authors import _after_title_slot, _author_after, _before_genre_slot, _relative_author_slot
from .cues import ReportCues, report_cues
from .records import _Mention, _Named
from .titles import (
    _GAP,
    _clean_title,
    _is_quoted_title,
    _quote_after,
    _sentence_case_titles,
    _strip_footnote,
    _topic_end,
    find_quotes,
)
from .vocabulary import _CAP, _GENRE_WORDS, _INSTRUMENT_HEAD, _MONTH_NAMES, _NOT_NAMES, _STILL_TO_COME

# after a series name: capitalised words, an acronym in brackets, a year or number
_SERIES_TAIL = re.compile(
    rf"(?P<names>(?:\s+{_CAP})*)(?P<acronym>\s*\([A-Z][A-Za-z]{{1,9}}\))?"
    r"(?P<number>\s+\d{1,4}(?:[/–-]\d{2,4})?(?![\w/]))?")
_POSSESSIVE = re.compile(r"^(?:haar|zijn|hun)\b", re.IGNORECASE)
_YEAR_TITLE = re.compile(r"\s+(?:over\s+)?(?:19|20)\d{2}(?:[/–-]\d{2,4})?(?![\w/])")
# or its number or full date: 'toezichtsrapport nr. 24', 'pakketadvies van 20 maart 2023'
_LABEL_TITLE = re.compile(rf"\s+(?:(?:nr\.|nummer)\s*\d{{1,4}}(?![\w/])|"
                          rf"van\s+\d{{1,2}}\s+(?:{_MONTH_NAMES})\s+(?:19|20)\d{{2}}\b)")


def _cue_mentions(document: Document, organisations: list[OrganisationMention],
                  persons: list[PersonMention], named_at: _Named) -> list[_Mention]:
    """Reports named by a series title, an author-prefixed genre noun, or a description."""
    named = sorted(fact.evidence.clean_start for fact in (*organisations, *persons))
    return (_series_mentions(document, named) + _prefixed_mentions(document, named)
            + _described_mentions(document, named_at))


def _region(document: Document, offset: int) -> tuple[Span, Sentence | None] | None:
    """The sentence (or, in a heading, the paragraph) that holds ``offset``; None outside the body."""
    sentence = document.sentence_at(offset)
    if sentence is not None:
        if document.paragraphs[sentence.paragraph].kind not in ("text", "heading", "footnote"):
            return None
        return sentence.span, sentence
    paragraph = _paragraph_at(document, offset)
    if paragraph is not None:
        return (paragraph.span, None) if paragraph.kind in ("text", "heading", "footnote") else None
    return None


_paragraph_starts: tuple[Document | None, list[int]] = (None, [])  # the last document asked about


def _paragraph_at(document: Document, offset: int) -> Paragraph | None:
    """The paragraph that holds clean offset ``offset``, if any (by bisection: paragraphs stand in order)."""
    global _paragraph_starts
    if _paragraph_starts[0] is not document:
        _paragraph_starts = (document, [paragraph.span.start for paragraph in document.paragraphs])
    index = bisect_right(_paragraph_starts[1], offset) - 1
    if index >= 0 and offset < document.paragraphs[index].span.end:
        return document.paragraphs[index]
    return None


def _holds_one(named: list[int], start: int, end: int) -> bool:
    """Does ``start <= where < end`` hold for one of ``named`` (sorted)? Bisection, not a scan of every name
    for each match: on a big letter that was quadratic (issue 17). The plain form:
    ``any(start <= where < end for where in named)``."""
    index = bisect_left(named, start)
    return index < len(named) and named[index] < end


def _series_mentions(document: Document, named: list[int]) -> list[_Mention]:
    """'de Schoolkostenmonitor 2018/2019 van X', 'het Dreigingsbeeld Terrorisme Nederland (DTN) 42'."""
    text = document.text
    mentions: list[_Mention] = []
    cues = report_cues()
    for cue in cues.series:
        for match in cues.finditer(cue, text):
            region = _region(document, match.start())
            if region is None or _holds_one(named, match.start(), match.end()):
                continue
            area, sentence = region
            tail = _SERIES_TAIL.match(text, match.end(), area.end)
            names = tail.group("names") if tail else ""
            if names and names.split()[0] in _NOT_NAMES:
                names = ""
            number = (tail.group("number") or "") if tail else ""
            if not names and not number and not text[area.start:match.start()].strip(" \t\n‘“„«'\"("):
                continue  # capitalised only as the first word of its sentence or heading ('Kwaliteitsmonitor in de
                # sector'): a common noun, not the name of a series
            title = _clean_title(match.group(0) + names + number)
            last = match.end()
            if tail and number:
                last = tail.end()
            elif tail and names:
                last = tail.end("names")
            span = Span(match.start(), last)
            slot = (*_after_title_slot(text, span.end, area.end), *_author_after(text, span.end, area.end),
                    *_before_genre_slot(text, match.start(), sentence))
            mentions.append(_Mention(title, cue.fields.get("genre", "rapport"), span, True,
                                     f"series title ({cue.id})", slot, sentence))
    return mentions


def _prefixed_mentions(document: Document, named: list[int]) -> list[_Mention]:
    """'het TNO-onderzoek Systeemanalyse kansspelen', 'haar verantwoordingsonderzoek 2015': a genre
    noun in a compound (with its author in front, or its kind), followed by a title or a year; a
    capitalised compound that names itself ('de Jaarrapportage spoorveiligheid') is its own title."""
    text = document.text
    mentions: list[_Mention] = []
    cues = report_cues()
    for cue in cues.prefixed:
        names_itself = bool(cue.fields.get("names_itself"))
        for match in cues.finditer(cue, text):
            region = _region(document, match.start())
            if region is None:
                continue
            area, sentence = region
            if names_itself:
                name_start = match.start("name")
                if _holds_one(named, name_start, match.end()):
                    continue  # part of an organisation's name
                own = _own_name(text, match, area.end)
                if own[1] == match.end() and "-" not in match.group("name") and " " not in match.group("name"):
                    continue  # a capitalised genre noun alone ('het Inspectierapport') is no title
                mentions.append(_Mention(own[0], _compound_genre(match.group("genre")), Span(name_start, own[1]),
                                         True, f"genre compound ({cue.id}) naming itself",
                                         (*_after_title_slot(text, own[1], area.end),
                                          *_before_genre_slot(text, name_start, sentence)), sentence))
                continue
            genre = _GENRE_WORDS.get(match.group("genre").lower(), "advies" if match.group("genre").endswith("advies")
                                     else cue.fields.get("genre", "onderzoek"))
            author = match.groupdict().get("author")
            author_slot = (Span(match.start("author"), match.end("author")),) if author else \
                _before_genre_slot(text, match.start(), sentence)
            quote = _quote_after(text, match.end(), area.end, find_quotes(text, match.end(), area.end))
            # a year, number or full date after the genre word ('jaarverslag 2023', 'toezichtsrapport nr. 24')
            numbered = _YEAR_TITLE.match(text, match.end(), area.end) or _LABEL_TITLE.match(text, match.end(), area.end)
            if quote and _is_quoted_title(_clean_title(text[quote[0]:quote[1]]), text[match.end():quote[0]]):
                title, title_end, rule = _clean_title(text[quote[0]:quote[1]]), quote[1] + 1, "quoted"
            elif numbered:
                title, title_end, rule = text[match.start("genre"):numbered.end()], numbered.end(), "year"
            else:
                paragraph = _paragraph_at(document, match.start())  # a subtitle after '?' is a sentence of its own
                titles = _sentence_case_titles(document, match.end(), paragraph.span.end if paragraph else area.end,
                                               plural=False)
                if titles:
                    title, title_end, rule = titles[0][0], titles[0][1].end, "sentence-case"
                else:
                    topic = _PREFIXED_TOPIC.match(text, match.end(), area.end)
                    topic_end = _topic_end(text, topic.end(), area.end) if topic else None
                    finished = _is_finished(text, match.start(), area)
                    dated = topic_end is not None and _ENDS_IN_YEAR.search(text, match.end(), topic_end) is not None \
                        and _STILL_TO_COME.search(text, area.start, area.end) is None
                    if topic_end is not None and (finished or dated):
                        title = _strip_footnote(text[match.start("genre"):topic_end])
                        title_end, rule = topic_end, "topic"
                    elif author and topic is None and finished:  # 'Naar aanleiding van het ACOI-onderzoek wordt ...'
                        title, title_end, rule = text[match.start():match.end()], match.end(), "author"
                    else:
                        continue  # 'een WODC-onderzoek naar X zou helpen' names no report
            # the compound alone ('het Rli-advies') names the report by its author, as 'het advies van de Rli' does:
            # the titled report of that author and kind, when the letter names one
            mentions.append(_Mention(title, genre, Span(match.start(), title_end), rule != "author",
                                     f"genre compound ({cue.id}) with {rule} title", author_slot, sentence,
                                     author_text=author or ""))
    return mentions


# the topic of a genre compound ('het WODC-onderzoek naar X', 'het EU-rapport over X 2013'); a topic that ends in
# a year names one report ('over beleidscoherentie voor ontwikkeling 2013')
_PREFIXED_TOPIC = re.compile(r"\s+(?:naar|over)\s+")
_ENDS_IN_YEAR = re.compile(r"\s(?:19|20)\d{2}$")


# words that may follow a compound that names itself, as part of its title ('Jaarrapportage spoorveiligheid')
_NAME_WORD = re.compile(r"[\w’'&/-]+")
_NOT_IN_NAME = frozenset("""de het een in op aan met bij naar over voor tot om te als uit van door""".split())
# a participle used as an adjective ends it: 'het in het Inspectierapport genoemde beeld'
_PARTICIPLE = re.compile(r"(?:ge|be|ver|her|ont)[a-zà-ÿ]+(?:de|te|ne)")
# where such a name ends: punctuation, the author ('van', 'door'), a clause ('dat', 'die') or 'en' before an article
_NAME_END = re.compile(r"\s*(?:[,.;:()!?]|$)|\s+(?:van|door|uit|dat|die|waarin|waaruit|waarvan|bij|"
                       r"(?:en|of)\s+(?:de|het|een|haar|zijn|hun)\b)\b")


def _compound_genre(compound: str) -> str:
    """The genre of a compound by its last genre noun: 'Peilingsonderzoek' an onderzoek, 'Jaarrapportage' a rapport."""
    lowered = compound.lower()
    for noun, genre in (("onderzoek", "onderzoek"), ("studie", "onderzoek"), ("evaluatie", "onderzoek")):
        if lowered.endswith(noun):
            return genre
    return "rapport"


_YEAR_WORD = re.compile(r"(?:19|20)\d{2}(?:[/–-]\d{2,4})?")


def _own_name(text: str, match: re.Match[str], end: int) -> tuple[str, int]:
    """(title, end) of a compound that names itself: with its year ('Verantwoordingsonderzoek 2013'), or with
    up to six words after it that end where a name ends (``_NAME_END``; a verb, a topic stop, ends it only when
    nothing follows that a name may hold), else the compound alone."""
    start = match.start("name")
    year = _YEAR_TITLE.match(text, match.end(), end)
    if year:
        return _clean_title(text[start:year.end()]), year.end()
    stop = report_cues().topic_stop
    best = match.end()
    position = match.end()
    for _ in range(6):
        gap = _GAP.match(text, position, end)
        if gap is None:
            break
        word = _NAME_WORD.match(text, gap.end(), end)
        if word is None or word.group(0).lower() in _NOT_IN_NAME \
                or stop.match(text, word.start(), end) or _PARTICIPLE.fullmatch(word.group(0)):
            break
        position = word.end()
        if _YEAR_WORD.fullmatch(word.group(0)) and all(
                part[:1].isupper() for part in text[match.end():word.start()].split()):
            return _clean_title(text[start:position]), position  # 'Marktanalyse Vaste Netwerken 2022': a year ends it
        if word.group(0).lower() not in ("en", "of") and _NAME_END.match(text, position, end):
            best = position
    return _strip_footnote(_clean_title(text[start:best])), best


def _described_mentions(document: Document, named_at: _Named) -> list[_Mention]:
    """'naar aanleiding van het onderzoek naar X', 'publiceerde het SCP de evaluatie van Y', 'haar
    advies over Z ... heeft de Raad van State': a report described by its subject, kept when the
    letter shows it is a finished work (``_is_finished``)."""
    text = document.text
    cues = report_cues()
    mentions: list[_Mention] = []
    for cue in cues.described:
        for match in cues.finditer(cue, text):
            region = _region(document, match.start())
            if region is None:
                continue
            area, sentence = region
            topic_end = _topic_end(text, match.end(), area.end)
            if topic_end is None or _PRELIMINARY.search(text, max(area.start, match.start() - 60), match.start()):
                continue  # 'de eerste bevindingen van de evaluatie van X': the evaluation is not done
            numbered = _EU_NUMBER.match(text, topic_end, area.end)
            if numbered and _INSTRUMENT_HEAD.fullmatch(text[text.rfind(" ", 0, topic_end) + 1:topic_end]):
                topic_end = numbered.end()  # 'de evaluatie van Verordening (EU) 2017/1938', not '... van Verordening'
            noun_phrase = bool(cue.fields.get("noun_phrase"))
            if noun_phrase:
                topic_end = _noun_phrase_end(text, match.end(), topic_end)
            possessive = bool(_POSSESSIVE.match(match.group(0)))
            after = _author_after(text, topic_end, area.end)
            relative = _relative_author_slot(text, topic_end, area.end)  # '... dat de Inspectie heeft verricht'
            org_after = any(named_at.organisations_in(slot.start, slot.end) for slot in (*after, *relative))
            in_area = bool(named_at.organisations_in(area.start, area.end))
            if not (org_after or (possessive and in_area) or _is_finished(text, match.start(), area)):
                continue
            if sentence is not None and _STILL_TO_COME.search(text, sentence.span.start, sentence.span.end):
                continue  # 'Zodra de Commissie haar evaluatie van de richtlijn heeft gepubliceerd': not out yet
            title = _strip_footnote(_clean_title(text[match.start("genre"):topic_end]))
            slot: tuple[Span, ...] = ()
            if not noun_phrase:  # with one, the author stands before: 'X heeft in haar rapport over Y geconstateerd'
                slot = after or _after_title_slot(text, topic_end, area.end)
                if possessive and not slot:
                    slot = (Span(topic_end, min(area.end, topic_end + 80)),)
            slot = (*slot, *_before_genre_slot(text, match.start("genre"), sentence))
            mentions.append(_Mention(title, cue.fields.get("genre", "onderzoek"), Span(match.start("genre"), topic_end),
                                     True, f"described report ({cue.id})", slot, sentence))
    return mentions


# results of a study not yet done: 'de eerste bevindingen van de evaluatie', 'tussentijdse resultaten van het onderzoek'
_PRELIMINARY = re.compile(r"\b(?:eerste|voorlopige|tussentijdse)\s+(?:uitkomsten|uitkomst|resultaten|bevindingen|"
                          r"conclusies?)\s+(?:van|uit)\s+$", re.IGNORECASE)
# the number of an EU act after its head: 'Verordening (EU) 2017/1938', 'Richtlijn 2009/31/EG'
_EU_NUMBER = re.compile(r"\s*\((?:EU|EG|EEG|Euratom)\)\s*(?:nr\.\s*)?\d{1,4}/\d{1,4}(?:/\w{2,3})?(?![\w/])")

_NP_DETERMINERS = frozenset("de het een deze dit die dat zijn haar hun".split())
_NP_PREPOSITIONS = frozenset("van in voor bij op met tegen uit rond rondom tussen onder aan".split())


def _noun_phrase_end(text: str, position: int, end: int) -> int:
    """Where the noun phrase at ``position`` ends, with its prepositional phrases, before ``end``: ``de brand
    in Moerdijk`` of ``... over de brand in Moerdijk vergelijkbare lessen trok``. A phrase is a determiner or
    none, adjectives (ending in -e) and a noun or a run of capitalised words; the name of a law with lower-case
    words after it runs to ``end`` (``de Wet verplichte geestelijke gezondheidszorg``)."""
    found = list(_NAME_WORD.finditer(text, position, end))
    words = [word.group(0) for word in found]
    index, last = 0, position
    while index < len(words):
        if words[index].lower() in _NP_DETERMINERS:
            index += 1
        while index + 1 < len(words) and words[index].islower() and words[index].endswith("e"):
            index += 1  # adjectives: 'de Nederlandse inzet', 'de nieuwe regels'
        if index >= len(words):
            break
        if words[index][0].isupper():
            while index + 1 < len(words) and words[index + 1][0].isupper():
                index += 1
            if _INSTRUMENT_HEAD.match(words[index]) and index + 1 < len(words) \
                    and words[index + 1] not in _NP_PREPOSITIONS:
                return end  # a name with lower-case words: 'de Wet verplichte geestelijke gezondheidszorg'
        last = found[index].end()
        index += 1
        if index < len(words) and words[index] in _NP_PREPOSITIONS:
            index += 1
            continue
        break
    return last


_DETERMINER_BEFORE = re.compile(r"\b(?:het|de|dit|deze|een|haar|zijn|hun)\s+(?:[a-zà-ÿ]+e\s+)?$", re.IGNORECASE)


def _is_finished(text: str, start: int, area: Span) -> bool:
    """A governing cue right before the report ('naar aanleiding van') or a published cue in its sentence."""
    cues = report_cues()
    before = _DETERMINER_BEFORE.sub("", text[max(area.start, start - 100):start])
    if any(cue.pattern.search(before) for cue in cues.governing):
        return True
    return any(cue.pattern.search(text, area.start, area.end) and not _unless(cues, cue, text, area)
               for cue in cues.published)


def _unless(cues: ReportCues, cue: rules.Cue, text: str, area: Span) -> bool:
    """Whether the cue's 'unless' pattern (a sentence about later: 'zodra', 'na de zomer') holds in ``area``."""
    unless = cues.unless.get(cue.id)
    return unless is not None and unless.search(text, area.start, area.end) is not None


_BARE_LEAD = 80  # how much text before a quote a bare_quoted cue's lead is sought in
_BARE_TITLE_START = re.compile(r"[A-ZÀ-Ý0-9]")


def _bare_quoted_titles(document: Document, quotes: list[tuple[int, int]], used: set[tuple[int, int]],
                        named: list[int]) -> list[_Mention]:
    """A quoted title with no genre noun before it (kg/data/report_cues.json 'bare_quoted'): the words right
    before the quote match a cue's lead (``X concludeerde in «T»``, ``X publiceerde op 2 maart «T»``), its
    sentence holds the verb the cue needs (what an author does in or with a report) and an organisation or
    person outside the quote (its author). Two words or more, capitalised, and not a law's title."""
    text = document.text
    cues = report_cues()
    found: list[_Mention] = []
    for quote in quotes:
        start, end = quote
        title = _clean_title(text[start:end])
        if quote in used or len(title.split()) < 2 or not _BARE_TITLE_START.match(title) \
                or _INSTRUMENT_HEAD.match(title):
            continue
        sentence = document.sentence_at(start)
        if sentence is None or document.paragraphs[sentence.paragraph].kind not in ("text", "footnote"):
            continue
        lead = text[max(sentence.span.start, start - 1 - _BARE_LEAD):start - 1]
        outside = text[sentence.span.start:start - 1] + " " + text[end + 1:sentence.span.end]
        authored = _holds_one(named, sentence.span.start, start - 1) or _holds_one(named, end + 1, sentence.span.end)
        for cue in cues.bare_quoted:
            if not cue.pattern.search(lead) or not cues.verbs[cue.id].search(outside):
                continue
            if not authored and not (cue.fields.get("author") is False and lead.rstrip().endswith(",")):
                continue  # no author in the sentence; only an edition in apposition may do without
            used.add(quote)
            slot = (Span(sentence.span.start, start - 1), Span(end + 1, sentence.span.end))
            found.append(_Mention(title, "rapport", Span(start - 1, end + 1), True,
                                  f"bare quoted title ({cue.id})", slot, sentence))
            break
    return found
