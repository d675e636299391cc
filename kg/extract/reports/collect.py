"""Collecting the mentions into one report each: the key a mention names (its title as a slug, a series with or
without its number, an untitled mention's titled report), what is dropped (a report still to come, news without a
title), the merges of a report named before its title or by a description into the titled one, whether the letter
responds to it, and its date."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ...domain import rules
from ...domain.dates import find_dates
from ...domain.keys import slug
from ...domain.model import Document, OrganisationMention, Span
from .authors import _AUTHOR_NAME, _CLAUSE_END, _authors
from .records import _Mention, _Named, _Report
from .vocabulary import (
    _APPEARS,
    _ARTICLE,
    _GENRE,
    _GENRE_WORDS,
    _NEWS,
    _NOT_NAMES,
    _PUBLISHED,
    _QUOTED_ONLY,
    _STILL_TO_COME,
    _SUBJECT_RULE,
    _TO_COME,
)


def _without_overlap(mentions: list[_Mention], earlier: list[_Mention]) -> list[_Mention]:
    """The cue mentions that overlap no mention found before, nor one another."""
    kept: list[_Mention] = []
    taken = [mention.span for mention in earlier if mention.rule != _SUBJECT_RULE]
    for mention in sorted(mentions, key=lambda found: (found.span.start, -found.span.end)):
        if any(mention.span.start < span.end and span.start < mention.span.end for span in taken):
            continue
        kept.append(mention)
        taken.append(mention.span)
    return kept


def _without_still_to_come(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """The mentions but those naming by an unquoted title an edition or report still to come, as the register does
    ('de volgende Zorgbalans'): 'in de eerstvolgende voortgangsrapportage Modernisering X, die ik u in december zal
    toezenden' (the programme it reports on, more than a title), 'In de Staat van het Beleid, die u volgend voorjaar
    toekomt' (not 'de volgende rapporten: A en B', a list). A quoted title names the report, out or not ('De
    eerstvolgende rapportage van het KNMI, ‘X’, verwacht ik in november')."""
    return [mention for mention in mentions if not (mention.titled and mention.rule != _SUBJECT_RULE
                                                    and "quoted" not in mention.rule
                                                    and _titled_still_to_come(text, mention))]


def _titled_still_to_come(text: str, mention: _Mention) -> bool:
    start, end = mention.span.start, mention.span.end
    genre = _GENRE.match(text, start)
    plural = genre is not None and genre.group(1).lower().endswith("en")
    if not plural and _TO_COME.search(text, max(0, start - 40), start):
        return True
    limit = mention.sentence.span.end if mention.sentence is not None else min(len(text), end + 200)
    return _APPEARS.match(text, end, max(end, limit)) is not None


# a title and its subtitle: 'Bouwen aan vertrouwen' and 'Bouwen aan vertrouwen. Naar een betere samenwerking'
_SUBTITLE_TAIL = re.compile(r"\s*[.:–—-]\s+[A-ZÀ-Ý]")
# a series' number after its name, with its acronym before it: ' 2018/2019', ' (DTN) 42'
_NUMBER_TAIL = re.compile(r"\s+(?:\([A-Z][A-Za-z]{1,9}\)\s*)?\d[\d/–-]*")


def _series_key(reports: dict[str, _Report], title: str, key: str) -> str:
    """The key of a report already known under the same name with or without its number, or
    as its one-word series name ('Schoolkostenmonitor' and 'Schoolkostenmonitor 2018/2019',
    'Dreigingsbeeld' and 'Dreigingsbeeld Terrorisme Nederland 42'); else ``key``."""
    if key in reports:
        return key
    for report in reports.values():
        shorter, longer = sorted((report.title, title), key=len)
        tail = longer[len(shorter):]
        if longer.startswith(shorter) and (_NUMBER_TAIL.fullmatch(tail) or (" " not in shorter and tail[:1] == " ")
                                           or _SUBTITLE_TAIL.match(tail)):
            return report.key
    return key


def _add_mention(document: Document, reports: dict[str, _Report], mention: _Mention,
                 organisations: list[OrganisationMention], named_at: _Named,
                 letter_date: date | None) -> None:
    text = document.text
    authors = list(dict.fromkeys((*mention.known_authors, *_authors(document, mention, named_at),
                                  *_author_in_next_sentence(document, mention, named_at))))
    key = slug(mention.title)
    if mention.rule == _SUBJECT_RULE:
        authors = [author for author in authors if author[0] in {fact.key for fact in organisations}]
    if not mention.titled:
        key = _untitled_key(reports, mention, authors)
    report = reports.get(key)
    if report is None and mention.titled:
        key = _series_key(reports, mention.title, key)
        report = reports.get(key)
    if report is None:
        if not mention.titled and (mention.genre in _NEWS or (not authors and mention.genre != "ambtsbericht")):
            return
        if not mention.titled and (_still_to_come(text, mention) or _covers_a_later_year(mention.title, letter_date)):
            return  # 'Zodra het rapport van de Inspectie beschikbaar is, ...': no report yet
        report = _Report(key=key, title=mention.title, genre=mention.genre, span=mention.span,
                         titled=mention.titled, rule=mention.rule, quoted="quoted" in mention.rule)
        reports[key] = report
    elif "quoted" in mention.rule and not report.quoted:
        report.title, report.quoted = mention.title, True  # the quoted form is the exact title
    elif not mention.titled and not report.titled and mention.genre == "rapport" and report.genre != "rapport":
        report.title, report.genre, report.span = mention.title, mention.genre, mention.span
    for author_key, author_name in authors:
        if not (report.titled and not mention.titled and author_key in _BACK_REFERRING):
            report.add_author(author_key, author_name)  # not 'de commissie' pointing back to a titled report
    if report.date is None:
        report.date = mention.date or _report_date(text, mention, letter_date) or (
            _date_in_next_sentence(text, mention, letter_date) if mention.titled else None)
    if mention.rule == _SUBJECT_RULE or _responds_in(mention):
        report.responded = True


_CLAUSE_MARK = re.compile(r"[;:()]")
# the year a report covers: 'het jaarverslag van de Belastingdienst over 2013'
_COVERED_YEAR = re.compile(r"\bover\s+((?:19|20)\d{2})$")


def _covers_a_later_year(title: str, letter_date: date | None) -> bool:
    """Whether an untitled report covers the letter's year or a later one, so that it cannot be out yet
    (``in het jaarverslag van de Belastingdienst over 2013`` in a letter of 2012)."""
    covered = _COVERED_YEAR.search(title)
    return covered is not None and letter_date is not None and int(covered.group(1)) >= letter_date.year


def _still_to_come(text: str, mention: _Mention) -> bool:
    """Whether the clause (between semicolons, colons or brackets) of an untitled mention says it is still to come."""
    sentence = mention.sentence
    if sentence is None:
        return False
    start, end = sentence.span.start, sentence.span.end
    before = [mark.end() for mark in _CLAUSE_MARK.finditer(text, start, mention.span.start)]
    after = _CLAUSE_MARK.search(text, mention.span.end, end)
    return _STILL_TO_COME.search(text, before[-1] if before else start, after.start() if after else end) is not None


_TITLE_LATER = 400  # how far after a report named by its author its title may follow (the next sentence or two)


def _titled_later(report: _Report, named: Span) -> bool:
    """Whether ``report`` gives its title within the next sentence or two after a report named by its author at
    ``named`` ('het advies van X. Het advies draagt de titel 'Y'.'), by a title of its own: a named series or genre
    compound ('de Integrale Infrastructuurverkenning 2030-2050') is another report."""
    return 0 < report.span.start - named.start <= _TITLE_LATER and not report.rule.startswith(
        ("series title", "genre compound", "register title"))


_STUDY_GENRES = frozenset({"rapport", "onderzoek"})
_WORKS = frozenset({"rapport", "onderzoek", "advies"})  # what a body named by its bare kind may have delivered


def _studies(genre: str, other: str) -> bool:
    """Whether two genres may name one study by one author: 'het onderzoek van de IVD' and 'het rapport van de IVD,
    'Onderzoek naar de munitieketen'' (a rapport and an onderzoek, an evaluatie filed as onderzoek)."""
    return genre in _STUDY_GENRES and other in _STUDY_GENRES


def _merge_named_before_titled(reports: dict[str, _Report]) -> None:
    """'Hierbij bied ik u het advies van de commissie-Deetman aan. Het advies draagt de titel 'X'.': a report
    named by its author before its title is given is the titled report of the same kind by that author."""
    for key, report in list(reports.items()):
        if report.titled or not report.authors:
            continue
        titled = [other for other in reports.values() if other.titled and _titled_later(other, report.span)
                  and (other.genre == report.genre and (set(report.authors) & set(other.authors) or not other.authors)
                       or _studies(other.genre, report.genre) and set(report.authors) & set(other.authors))]
        if len(titled) != 1:
            continue
        target = titled[0]
        target.responded = target.responded or report.responded
        for author_key, author_name in zip(report.authors, report.author_names):
            target.add_author(author_key, author_name)
        if target.date is None:
            target.date = report.date
        del reports[key]


_TITLE_WORD = re.compile(r"[^\W\d_][\w-]*")
_SMALL_WORDS = frozenset("""de het een van voor in op over naar met door bij aan tot en of als om te uit
    inzake betreffende rapport""".split())


def _content_words(text: str) -> set[str]:
    return {word for word in _TITLE_WORD.findall(text.lower()) if word not in _SMALL_WORDS}


def _named_by_its_title(report: _Report) -> bool:
    """Is the report named by a title of its own in the body (not by its author, a description or the subject)?"""
    return report.titled and report.rule != _SUBJECT_RULE and not report.rule.startswith("described report")


def _merge_described_into_titled(reports: dict[str, _Report]) -> None:
    """A report named by description or in the subject line whose words (two at least, its genre noun
    aside) all stand in the title or among the authors of one titled report of the letter is that report:
    'de evaluatie van het medisch advies' after the rapport «Medisch advies in de asielprocedure. Evaluatie
    van de werkwijze van MediFirst»; the subject 'Reactie op rapport VROM-Inspectie over het toezicht op
    woningcorporaties' before the rapport «Toezicht in beweging. ... financieel toezicht op woningcorporaties»
    of the VROM-Inspectie. Not when two titled reports would do."""
    for key, report in list(reports.items()):
        if _named_by_its_title(report):
            continue
        words = _content_words(report.title) - {report.genre, report.title.split()[0].lower()}
        if len(words) < 2:
            continue
        holders = [other for other in reports.values()
                   if other is not report and _named_by_its_title(other)
                   and words <= _content_words(" ".join((other.title, *other.author_names)))]
        if len(holders) != 1:
            continue
        target = holders[0]  # (its authors stay the titled mention's: a description's 'door X' may name the
        target.responded = target.responded or report.responded  # subject, 'de evaluatie van het advies door X')
        target.date = target.date or report.date
        del reports[key]


def _titled_by_key(reports: dict[str, _Report], author_key: str | None) -> _Report | None:
    """The first titled report by the organisation ``author_key`` (named in the subject by its acronym)."""
    return next((report for report in reports.values() if report.titled and author_key in report.authors), None)


def _titled_by(reports: dict[str, _Report], author_text: str) -> _Report | None:
    """The first titled report whose author is named in ``author_text`` (the subject line's author), else the
    first whose title holds ``author_text`` as its words (the subject line names what the report is about)."""
    written = author_text.lower()
    for report in reports.values():
        if report.titled and any(name and name.lower() in written for name in report.author_names):
            return report
    if len(written) < 3:
        return None
    for report in reports.values():  # 'Kabinetsreactie op de evaluatie van de SDE++': what its title is about
        if report.titled and re.search(rf"(?<![\w-]){re.escape(written)}(?![\w-])", report.title.lower()):
            return report
    return None


# the bare kind of a body, written without its name ('de commissie', 'de raad'): it points back to one named before
_BACK_REFERRING = frozenset({"commissie", "adviescommissie", "raad", "adviesraad", "inspectie", "college",
                             "onderzoekers", "auteurs", "werkgroep", "taskforce", "onderzoeksbureau", "bureau"})


def _untitled_key(reports: dict[str, _Report], mention: _Mention, authors: list[tuple[str, str]]) -> str:
    """An untitled mention names the titled report of its kind and author, or one keyed by its author."""
    author_keys = {key for key, _ in authors}
    same_kind = [report for report in reports.values() if report.titled and (
        report.genre == mention.genre or (mention.genre in _NEWS and report.genre in _NEWS))]
    by_author = [report for report in same_kind if author_keys & set(report.authors)] or [
        report for report in reports.values() if report.titled and _studies(report.genre, mention.genre)
        and author_keys & set(report.authors)]
    if by_author:
        return by_author[0].key
    if author_keys and author_keys <= _BACK_REFERRING:
        # 'De Kiesraad onderschrijft het advies van de commissie': a body by its bare kind points back to the
        # one titled report of that kind named before it; a report, study or advice alike ('haar eindrapport «X»
        # uitgebracht. Het advies van de commissie komt erop neer ...')
        before = [report for report in same_kind if report.span.start < mention.span.start] or [
            report for report in reports.values() if report.titled and report.span.start < mention.span.start
            and report.genre in _WORKS and mention.genre in _WORKS]
        if len(before) == 1:
            return before[0].key
    anonymous = [report for report in same_kind if not report.authors
                 and (not author_keys or mention.genre in _NEWS or _titled_later(report, mention.span))]
    if len(anonymous) == 1 or (anonymous and not author_keys):
        return anonymous[0].key  # with an author, only the one titled report it can mean
    if mention.genre in ("rapport", "onderzoek", "advies") and authors:
        return "rapport-" + authors[0][0]
    return slug(mention.title)


_RESPONDS = re.compile(
    r"\b(?:ik reageer|reageer ik|ga ik in op|ga ik [^.]{0,40}\bin op|ik ga [^.]{0,40}\bin op|"
    r"bied ik [^.]{0,60}(?:beleids|kabinets)reactie|(?:deze|met deze|middels deze) brief [^.]{0,40}\breageer|"
    r"(?:hierbij|hiermee|bijgaand)\b[^.]{0,60}\b(?:kabinets|beleids)?reactie op|"
    r"(?:verzocht|gevraagd|verzoek)\b[^.]{0,40}\b(?:(?:beleids|kabinets)?reactie op|te reageren op)|"
    r"^\s*naar aanleiding van\s+(?:een|het|de)\s+(?:bericht|artikel|rapport|krantenartikel)\b)",
    re.IGNORECASE)
# _RESPONDS cannot match a sentence that holds none of these (lower case); the test is cheaper
_RESPONDS_WORDS = ("reageer", "in op", "reactie", "reageren", "naar aanleiding van")


def _responds(sentence: str) -> bool:
    """Whether the sentence says the letter responds ('In deze brief ga ik in op ...')."""
    if not rules.folds_oddly(sentence):
        lowered = sentence.lower()
        if not any(word in lowered for word in _RESPONDS_WORDS):
            return False
    return bool(_RESPONDS.search(sentence))


def _responded_by_genre(document: Document, reports: dict[str, _Report]) -> None:
    """'In deze brief ga ik in op de bundel en het genoemde artikel': the one report of each
    genre named in a sentence where the letter says it responds is responded to."""
    for sentence in document.sentences:
        if document.paragraphs[sentence.paragraph].kind != "text" or not _responds(sentence.text):
            continue
        for genre_match in _GENRE.finditer(sentence.text):
            word = re.sub(r"\s+", " ", genre_match.group(1).lower())
            if word in _QUOTED_ONLY:
                continue  # 'het verslag van het wetgevingsoverleg': a report only with a quoted title
            genre = _GENRE_WORDS[word]
            same = [report for report in reports.values() if report.genre == genre]
            if len(same) == 1:
                same[0].responded = True


def _responds_in(mention: _Mention) -> bool:
    if mention.sentence is None:
        return False
    return _responds(mention.sentence.text)


# a date that is a letter's or a debate's, not the report's: 'de brief van 3 maart 2020'
_LETTER_DATE_BEFORE = re.compile(r"\b(?:brief|brieven|\w*debat|\w*overleg|vragenuur)\s+(?:van|d\.d\.)\s*$",
                                 re.IGNORECASE)


def _mention_clause(text: str, mention: _Mention) -> tuple[int, int] | None:
    """(start, end) of the sentence of a mention; when its title runs past the sentence's end (a title with a
    subtitle after a full stop or question mark, 'het rapport ‘Gevaar op de vaarweg. Lessen uit ...’ gepubliceerd'),
    on to the end of the clause after the title."""
    sentence = mention.sentence
    if sentence is None:
        return None
    start, end = sentence.span.start, sentence.span.end
    if mention.span.end > end:
        stop = _CLAUSE_END.search(text, mention.span.end)
        end = stop.start() if stop else min(len(text), mention.span.end + 160)
    return start, end


# an author after a title: 'van de Raad voor Strafrechtstoepassing en Jeugdbescherming (RSJ)'
_AUTHOR_AFTER_TITLE = (r"van\s+(?:(?:de|het)\s+)?[A-ZÀ-Ý][\w’'-]*"
                       r"(?:\s+(?:[A-ZÀ-Ý][\w’'-]*|van|voor|en|der|de|het|op|in))*(?:\s*\([A-Za-z]{2,10}\))?")
# a date right after the title and its author: '„X” van de RSJ van 14 juli 2009'
_AUTHOR_BEFORE_DATE = re.compile(rf"[’'\"»”]?\s*{_AUTHOR_AFTER_TITLE}\s+van\s+")
# a date in a relative clause after the title, before a past participle or past tense of appearing ('..., dat de
# NPCF op 20 maart 2008 heeft gepubliceerd', 'van de Kinderombudsman, dat op 12 oktober 2017 is verschenen', 'dat de
# NCTV op 18 juni jl. publiceerde', '„X” aan, dat de IOB op 30 juni jl. heeft uitgebracht'); not 'dat ik u op 3
# oktober heb toegezonden' (the date it was sent)
_RELATIVE_BEFORE_DATE = re.compile(rf"[’'\"»”]?\s*(?:\([^()\n]{{1,40}}\)\s*)?(?:{_AUTHOR_AFTER_TITLE}\s*)?"
                                   r"(?:aan\s*)?,?\s*(?:dat|die)\s+(?:[^.;:()\n]{1,100}?(?:\s+\([A-Za-z]{2,10}\))?\s+)?"
                                   r"op\s+$")
_APPEARED_AFTER_DATE = re.compile(
    r"\s*(?:jl\.\s*)?(?:(?:\w+\s+){0,3}(?:heeft|hebben|is|zijn|werd|werden)\s+(?:\w+\s+){0,2}"
    r"(?:gepubliceerd|uitgebracht|verschenen|opgeleverd|gepresenteerd|uitgekomen|openbaar\s+gemaakt|vastgesteld)"
    r"|(?:\w+\s+){0,2}(?:publiceerden?|presenteerden?|verscheen|bracht(?:en)?\s+uit))(?!\w)")
# 'De Algemene Rekenkamer heeft op 20 mei 2015, als onderdeel van ..., het rapport «X» gepubliceerd'
_HAS_ON = re.compile(r"\b(?:heeft|hebben)\s+(?:\w+\s+)?op\s+$")


# the next sentence names the report by its genre noun and says when it appeared: 'Het rapport is op 12 februari 2013
# verschenen', 'Het advies, dat op 12 juli 2012 is uitgebracht, ...', 'Het rapport is op 4 oktober aan mij aangeboden'
_NEXT_SENTENCE_DATE = re.compile(
    r"[\s\d]*(?:Het|Dit|Deze|De)\s+(?P<genre>\w+)\s*(?:,\s*(?:dat|die)\s+|\s+(?:is|werd)\s+)(?:[^.;,]{0,40}?\s)?op\s+"
    r"(?P<when>\d{1,2}\s+[a-z]+(?:\s+(?:19|20)\d{2}|\s+jl\.)?)\s+(?:(?:aan\s+(?:mij|ons|uw\s+Kamer)|is)\s+)?"
    r"(?:verschenen|uitgebracht|gepubliceerd|aangeboden|opgeleverd|vastgesteld)\b")


def _next_sentence_opening(text: str, mention: _Mention, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """``pattern`` matched at the start of the sentence right after a mention's (within 200 characters)."""
    clause = _mention_clause(text, mention)
    return None if clause is None else pattern.match(text, clause[1] + 1, min(len(text), clause[1] + 200))


def _date_in_next_sentence(text: str, mention: _Mention, letter_date: date | None) -> str | None:
    """The date that the sentence right after a titled report's gives, naming it by its genre noun
    (``_NEXT_SENTENCE_DATE``)."""
    following = _next_sentence_opening(text, mention, _NEXT_SENTENCE_DATE)
    if following is None or _GENRE_WORDS.get(following.group("genre").lower()) != mention.genre:
        return None
    found = find_dates(following.group("when"), letter_date)
    return found[0].value if found and found[0].value and len(found[0].value) == 10 else None


# the next sentence says who carried out the study the letter just named: 'Het onderzoek is uitgevoerd door Rebel',
# 'Het onderzoek is in opdracht van het WODC uitgevoerd door het Montaigne Centrum van de Universiteit Utrecht'
_NEXT_SENTENCE_AUTHOR = re.compile(
    r"[\s\d]*(?:Het|Dit|Deze|De)\s+(?P<genre>onderzoek|rapport|studie|evaluatie|doorlichting|advies)\s+(?:is|werd)\s+"
    r"(?:[^.;,]{0,60}?\s)?(?:uitgevoerd|verricht|opgesteld|geschreven)\s+door\s+")
_STUDY_KINDS = frozenset({"rapport", "onderzoek", "doorlichting"})


def _author_in_next_sentence(document: Document, mention: _Mention, named_at: _Named) -> list[tuple[str, str]]:
    """(key, name) of the name an earlier extractor found right after 'door' in the sentence right after a titled
    report's, when it says who carried out the study (``_NEXT_SENTENCE_AUTHOR``) with the report's genre noun or, for
    a study, 'onderzoek'."""
    if not mention.titled:
        return []
    text = document.text
    following = _next_sentence_opening(text, mention, _NEXT_SENTENCE_AUTHOR)
    if following is None:
        return []
    genre = _GENRE_WORDS.get(following.group("genre").lower())
    if genre != mention.genre and not (genre in _STUDY_KINDS and mention.genre in _STUDY_KINDS):
        return []
    article = _ARTICLE.match(text, following.end())
    start = article.end() if article else following.end()
    stop = _CLAUSE_END.search(text, start)
    slot = Span(start, stop.start() if stop else min(len(text), start + 120))
    if named_at.organisations_in(start, start + 1) or named_at.persons_in(start, start + 1):
        return _authors(document, replace(mention, author_slot=(slot,), author_text=""), named_at)[:1]
    written = _AUTHOR_NAME.match(text, start, slot.end)  # a name no earlier extractor found: 'door Rebel en ...'
    if written is None or written.group(0).split()[0] in _NOT_NAMES:
        return []
    name = written.group(0)
    for part in _OF_PARENT.finditer(name):  # 'het Montaigne Centrum van de Universiteit Utrecht': the centre
        if named_at.organisations_in(start + part.end(), start + part.end() + 1):
            name = name[:part.start()]
            break
    return [(slug(name), name)]


# 'X van de Y': a unit of the organisation Y
_OF_PARENT = re.compile(r"\s+van\s+(?:de|het)\s+")


def _report_date(text: str, mention: _Mention, letter_date: date | None) -> str | None:
    """The date the report appeared, when the sentence states it next to the report."""
    clause = _mention_clause(text, mention)
    if clause is None:
        return None
    start, end = clause
    published = bool(_PUBLISHED.search(text, start, end))
    weak: str | None = None  # a date only near the genre noun in a sentence of publishing: if nothing better
    for found in find_dates(text[start:end], letter_date):
        if found.value is None or len(found.value) < 7 or found.rule == "season":
            continue  # a year alone, or a season ('het voorjaar van 2014'), is no date of appearing
        at = start + found.start
        before = text[start:at]
        if _LETTER_DATE_BEFORE.search(before):
            continue
        after_title = text[mention.span.end:at] if 0 <= at - mention.span.end <= 160 else None
        near_title = after_title is not None and (len(after_title) <= 40 and re.match(
            r"[’'\"»”]?\s*(?:\(\w+\)\s*)?(?:(?:uit\s+(?:het|de)\s+\w+\s+)?van|die\s+op|\()\s*$", after_title)
            or _AUTHOR_BEFORE_DATE.fullmatch(after_title))
        in_relative = after_title is not None and _RELATIVE_BEFORE_DATE.fullmatch(after_title) \
            and _APPEARED_AFTER_DATE.match(text, start + found.end, end)
        in_brackets = text[at - 1:at] == "(" and 0 < mention.span.start - at < 80
        if near_title or in_relative or in_brackets:
            return found.value
        opening = published and (re.match(r"\s*Op\s*$", before) or (
            at < mention.span.start and _HAS_ON.search(before)))
        if weak is None and (opening or (0 < mention.span.start - at < 60 and published)):
            weak = found.value
    if weak is not None:
        return weak
    if re.search(r"\bvan heden\b", text[start:end]) and letter_date and mention.genre in _NEWS:
        return letter_date.isoformat()
    return None
