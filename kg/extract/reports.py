"""Reports: titled works a letter responds to or cites, and the findings it attributes to them.

A report is a ``rapport``, ``onderzoek``, ``bundel``, ``artikel``, ``advies`` (also a
``voorlichting``), ``doorlichting``, ``bericht``, ``publicatie`` or ``ambtsbericht`` that the letter names:

* by a title in quotes of any kind right after the genre noun (``het rapport 'X'``, ``de
  bundel "X" van de SVMA``, ``het bericht «X»``, ``een bericht ... met de titel «X»``), also
  when the author stands in between (``het rapport van Amnesty International 'X'``);
* by an unquoted title in capitals (``de rapporten Werk aan Uitvoering (WaU)``);
* by a quoted title that opens with its genre noun (``de «Evaluatie SDE++ 2020-2023»``);
* by a title in apposition to its author, closed by its year or by a comma before what the report
  does (``het advies van de Rob, Rust, reinheid en regelmaat (2021)``, ``de verkenning van het SCP,
  Verschil in Nederland, wijst op ...``), or after ``getiteld`` (``..., getiteld Het vertrek van X,``);
* in the subject line (``Kabinetsreactie rapport Seksueel geweld: blinde vlek``); a subject line
  that names it by its author (``Reactie op het advies van de Rli over ...``) or by what it is about
  (``Kabinetsreactie op de evaluatie van de SDE++``) names the titled report of that author or
  subject in the letter, and is no title;
* by a one-word title in camel case (``het rapport iOverheid``), a title right after its author
  without a comma (``het rapport van het SCP Burgerperspectieven 2022``), or a title with its date
  in brackets (``het rapport van de Rekenkamer over X (X: resultaten, april 2024)``);
* by a capitalised compound of a genre noun that names itself (``het Peilingsonderzoek taal en
  rekenen``, ``de Jaarrapportage spoorveiligheid``, ``het Verantwoordingsonderzoek 2013``) or an
  annual report with its year (``het jaarverslag 2016 van ...``) (kg/data/report_cues.json);
* without a title, by its author (``het rapport van de Commissie van onderzoek COA``, ``het rapport
  van Netbeheer Nederland``) or as a specific document (``het thematische ambtsbericht``, ``het
  algemeen ambtsbericht over Irak``, with its country or topic), when no titled report of the same
  kind is already known in the letter.

An appositive title may follow an author with its acronym (``het advies van de Raad voor de
leefomgeving en infrastructuur (Rli), Natuurinclusief Nederland, waarop ...``), hold a colon or
question mark, and be closed by its date (``..., van november 2023``). A report named by its author
is the titled report of that author (a rapport and an onderzoek are one study), or an anonymous
titled report given in the next sentence or two, never a named series.

One ``ReportFact`` per report per letter: later mentions of the same title (compared as a
slug, or as a title with its subtitle: ``X`` and ``X. Y``) add authors and a date to the first; a
report named by its author before the letter gives its title is the titled one. Authors are the
organisation and person mentions of earlier extractors that stand in the author slot (``van X``,
``X heeft ... opgeleverd``, ``X (20 mei 2019) in haar onderzoeksrapport``); when none was found
there, a capitalised name in that slot is used as a slug. A report is ``responded`` when the subject line or a
sentence says that the letter reacts to it (``Beleidsreactie``, ``reageer ik op``, ``ga ik
in op``, ``kabinetsreactie op``).

``FindingFact``s are the conclusions the letter attributes to a report or its author:
``Amnesty International concludeert dat ...``, ``Uit het rapport van de Inspectie blijkt dat
...``, ``Het rapport concludeert dat ...``.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from ..domain import rules
from ..domain.dates import MONTHS, find_dates
from ..domain.keys import slug
from ..domain.model import (
    Document,
    Fact,
    FindingFact,
    OrganisationMention,
    Paragraph,
    PersonMention,
    ReportFact,
    Sentence,
    Span,
)
from . import Anchored, Extractor, anchor_words, evidence

NAME, VERSION = "reports", 1
EXTRACTOR_ID = f"{NAME}.v{VERSION}"

# genre nouns as written (singular, plural, compounds) -> the genre stored on the report
_GENRE_WORDS: dict[str, str] = {
    "rapport": "rapport", "rapporten": "rapport", "onderzoeksrapport": "rapport",
    "eindrapport": "rapport", "inspectierapport": "rapport", "adviesrapport": "advies",
    "beleidsdoorlichting": "doorlichting",
    "onderzoek": "onderzoek", "onderzoeken": "onderzoek", "studie": "onderzoek",
    "bundel": "bundel", "artikel": "artikel", "krantenartikel": "artikel", "njb-artikel": "artikel",
    "advies": "advies", "adviezen": "advies", "doorlichting": "doorlichting",
    "bericht": "bericht", "nieuwsbericht": "bericht", "publicatie": "publicatie",
    "ambtsbericht": "ambtsbericht", "notitie": "publicatie", "essay": "publicatie",
    "position paper": "publicatie", "paper": "publicatie", "nota": "publicatie", "beleidsnota": "publicatie",
    "initiatiefnota": "publicatie",
    "visie": "publicatie", "jaarverslag": "rapport", "evaluatie": "onderzoek", "evaluatierapport": "rapport",
    "verkenning": "onderzoek", "rapportage": "rapport", "eindrapportage": "rapport", "tussenrapportage": "rapport",
    "eindevaluatie": "onderzoek", "voortgangsrapportage": "rapport", "signalement": "advies",
    "handreiking": "publicatie", "zienswijze": "advies", "voorlichting": "advies",
    "actieplan": "publicatie", "beleidsplan": "publicatie", "verslag": "rapport", "eindverslag": "rapport",
}
# genre nouns that name a report only with a quoted title: 'het actieplan «Focus op vakmanschap 2011–2015»'
# (not 'het actieplan van de VNG', a plan rather than a report); 'in haar verslag «Ongekend onrecht»' (not 'het
# verslag van het schriftelijk overleg', a parliamentary paper)
_QUOTED_ONLY = frozenset({"actieplan", "beleidsplan", "verslag", "eindverslag"})
_NEWS = {"bericht", "artikel"}
_GENRE = re.compile(r"(?<![\w-])(" + "|".join(sorted((re.escape(word).replace("\\ ", r"\s+") for word in _GENRE_WORDS),
                                                      key=len, reverse=True))
                    + r")(?![\w-])", re.IGNORECASE)
# _GENRE searched near the words every genre noun holds (the same matches, far fewer tries)
_GENRE_SCAN = Anchored(_GENRE, words=anchor_words(list(_GENRE_WORDS), (
    "rapport", "onderzoek", "studie", "bundel", "artikel", "advie", "doorlichting", "bericht", "publicatie", "notitie",
    "essay", "position", "paper", "nota", "visie", "jaarverslag", "evaluatie", "verkenning", "signalement",
    "handreiking", "zienswijze", "voorlichting", "actieplan", "beleidsplan", "verslag")), folded=True)

# opening quote -> closing quotes; straight quotes only open after a space or bracket
_QUOTES = {"‘": "’'", "“": "”\"", "„": "”\"", "«": "»", "\"": "\"”", "'": "'’", "‹": "›"}
_QUOTE = re.compile(r"(?:(?<=^)|(?<=[\s(\[:/]))([‘“„«\"'‹])(?=\S)")
_QUOTE_CHARACTER = re.compile(r"[‘“„«\"'‹]")  # where a _QUOTE match starts: found far faster


def _next_quote(text: str, position: int, end: int) -> re.Match[str] | None:
    """``_QUOTE.search(text, position, end)``, trying _QUOTE only at quote characters."""
    while True:
        character = _QUOTE_CHARACTER.search(text, position, end)
        if character is None:
            return None
        match = _QUOTE.match(text, character.start(), end)
        if match is not None:
            return match
        position = character.start() + 1

# what may stand between a genre noun and its quoted title
_TITLE_GAP = 120
_LISTED_WORKS = re.compile(r"\b(?:publicaties|rapporten|onderzoeken|studies|adviezen|artikelen)\s*$", re.IGNORECASE)
_TOPIC = re.compile(r"\b(?:naar|over|inzake|betreffende|omtrent|rond|rondom|aangaande)\b", re.IGNORECASE)
_CAMEL_CASE = re.compile(r"[a-z]{1,2}[A-Z]")  # one-word titles such as 'iOverheid', 'eHealth'
# a genre noun with its author's acronym in front ('het CPB-onderzoek'): a quote after it is that report's title
_GENRE_COMPOUND = re.compile(r"\w-(?:onderzoek|rapport|rapportage|studie|advies|evaluatie|analyse)\b")
_GAP_STOP = re.compile(r"[.;!?]\s|\b(?:dat|waarin|waarover|omdat|die|zodat)\b")

# an unquoted title in capitals right after the genre noun: 'de rapporten Werk aan Uitvoering'
_CAP = r"[A-ZÀ-Ý][\w’'-]*"
_LOWER_JOIN = r"(?:aan|van|voor|in|op|en|de|het|der|met|tot|bij|uit|over|om|of|als|na|te)"
_CAP_TITLE = re.compile(rf"\s+({_CAP}(?:\s+(?:{_LOWER_JOIN}\s+)*{_CAP})*)")
# a one-word title in camel case right after the genre noun: 'het rapport iOverheid'
_CAMEL_TITLE = re.compile(r"\s+([a-z]{1,2}[A-Z][a-z][\w-]+)(?![\w-])")
# a name in an author slot: capitalised words, or an organisation noun, joined by particles
_ORG_NOUN = (r"[a-z]*(?:commissie|raad|dienst|inspectie|vereniging|stichting|instituut|bureau|college|"
             r"ministerie|minister|staatssecretaris|ombudsman|rekenkamer)")
_AUTHOR_NAME = re.compile(
    rf"(?:{_CAP}|{_ORG_NOUN})(?:\s+(?:(?:van|voor|en|der|de|op|in|het)\s+)*(?:{_CAP}|{_ORG_NOUN}|–{_CAP}))*"
    r"(?:\s+\([^)]{2,12}\))?")
_NOT_NAMES = {"Op", "Dit", "Deze", "Die", "Inmiddels", "In", "Het", "De", "Uit", "Naar", "Bij", "Met", "Zoals",
              "Ook", "Tijdens", "Daarnaast", "Verder", "Voorts", "Tevens", "Ik", "Wij", "U", "Hierin", "Daarin",
              "Kamer", "Tweede", "Eerste", "Nederland"}
# heads of organisation names: an unquoted capitalised phrase starting with one is an author
_ORG_HEADS = re.compile(
    r"^(?:Inspectie|Commissie|Raad|Ministerie|Dienst|Vereniging|Stichting|Instituut|Centraal|"
    r"Nationale|College|Adviesraad|Algemene|Rekenkamer|Ombudsman|Parlementaire|Tijdelijke|"
    r"Kinderombudsman|Amnesty|Vluchtelingenwerk|Europese|Staatscommissie)\b")

# bodies whose 'onderzoek' is a published study
_RESEARCH_BODY = re.compile(r"commissie|inspectie|raad|rekenkamer|ombudsman|instituut|bureau|universiteit|"
                            r"wrr|acvz|adviesraad|college", re.IGNORECASE)
_PUBLISHED = re.compile(
    r"\b(?:opgeleverde?|gepubliceerde?|uitgebrachte?|gepresenteerde?|verschenen|aangeboden|openbaar gemaakt|"
    r"publiceerden?|presenteerden?|"
    r"uitgekomen|verzonden)\b", re.IGNORECASE)
# 'Op 19 november publiceerde het SCP de evaluatie ...': the author stands between verb and genre noun
_PUBLISHED_BEFORE = re.compile(r"\b(?:publiceerde|publiceerden|presenteerde|presenteerden|bracht|brachten|"
                               r"leverde|leverden)\b", re.IGNORECASE)
_LETTER_DATE_BEFORE = re.compile(r"\b(?:brief|brieven|debat|overleg|commissiedebat)\s+(?:van|d\.d\.)\s*$",
                                 re.IGNORECASE)

_SUBJECT_RULE = "subject line names the report"
_BY_AUTHOR = re.compile(r"^\s*van\s+(?:de|het)?\s*")
_TOPIC_TAIL = re.compile(r"\s+(?:over|naar|inzake|betreffende|omtrent|met\s+betrekking\s+tot)\s+.*$", re.IGNORECASE)
_RESPONSE_SUBJECT = re.compile(r"\b(?:beleidsreactie|kabinetsreactie|reactie|antwoord)\b", re.IGNORECASE)
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

_FINDING_VERBS = (r"concludeert|concluderen|constateert|constateren|stelt vast|stellen vast|stelt|"
                  r"meldt|signaleert|signaleren|wijst erop|wijzen erop|oordeelt|oordelen|"
                  r"stelt vast|komt tot de conclusie|bevindt")
_FINDING_SUBJECT_FIRST = re.compile(
    rf"^(?:(?:Tot slot|Daarnaast|Verder|Ook|Voorts|Tevens|Bovendien|Daarbij)\s+)?"
    rf"(?P<subject>(?:het|de|dit)\s+(?:\w+)?(?:rapport|onderzoek|bundel|artikel|advies)|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,4}})"
    rf"\s+(?:{_FINDING_VERBS})\s+(?:dat\s+)?(?P<claim>.+)$")
_FINDING_VERB_FIRST = re.compile(
    rf"^(?:Tot slot|Daarnaast|Verder|Ook|Voorts|Tevens|Bovendien|Daarbij)\s+(?:{_FINDING_VERBS})\s+"
    rf"(?P<subject>(?:het|de)\s+\w*(?:rapport|onderzoek)|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,4}})\s+(?:dat\s+)?(?P<claim>.+)$")
_FINDING_BLIJKT = re.compile(
    r"^Uit\s+(?P<subject>(?:het|de|dit)\s+(?:\w+\s+)?(?:rapport|onderzoek|bundel|analyse)[^,]*?)\s+blijkt\s+"
    r"(?:(?:niet|ook|verder)\s+)?(?:dat\s+)?(?P<claim>.+)$")
_FINDING_EINDCONCLUSIE = re.compile(
    r"^De\s+(?:eind)?conclusie\s+van\s+(?P<subject>.+?)\s+is\s+dat\s+(?P<claim>.+)$")
_FINDING_VOLGENS = re.compile(r"^Volgens\s+(?P<subject>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})\s+(?P<claim>.+)$")


@dataclass
class _Report:
    """A report being collected from its mentions in one letter."""

    key: str
    title: str
    genre: str
    span: Span
    titled: bool
    rule: str
    authors: list[str] = field(default_factory=list)
    author_names: list[str] = field(default_factory=list)
    date: str | None = None
    responded: bool = False
    quoted: bool = False

    def add_author(self, key: str, name: str) -> None:
        if key and key not in self.authors:
            self.authors.append(key)
            self.author_names.append(name)


@dataclass(frozen=True)
class _Untitled:
    """What names a report that has no title: a descriptive title, its span and its author."""

    title: str
    span: Span
    author: str
    rule: str
    author_start: int = -1  # where the author slot starts; -1: right after the genre noun
    date: str | None = None


@dataclass(frozen=True)
class _Mention:
    """One place where a report is named."""

    title: str
    genre: str
    span: Span  # the genre noun through the title, in clean text
    titled: bool
    rule: str
    author_slot: tuple[Span, ...]  # where its authors may be named
    sentence: Sentence | None
    author_text: str = ""  # an author named as bare text (the subject line)
    date: str | None = None  # a date written with the title: 'X (2024)'


class _Named:
    """The organisation and person mentions of a letter by where they start in the clean text, so that
    'which lie in this slot' is a bisection, not a scan of every mention for every report (quadratic)."""

    def __init__(self, organisations: list[OrganisationMention], persons: list[PersonMention]) -> None:
        self._organisations = sorted(organisations, key=lambda fact: fact.evidence.clean_start)
        self._organisation_starts = [fact.evidence.clean_start for fact in self._organisations]
        self._persons = sorted(persons, key=lambda fact: fact.evidence.clean_start)
        self._person_starts = [fact.evidence.clean_start for fact in self._persons]

    def organisations_in(self, start: int, end: int) -> list[OrganisationMention]:
        """The organisation mentions starting in [start, end)."""
        starts = self._organisation_starts
        return self._organisations[bisect_left(starts, start):bisect_left(starts, end)]

    def persons_in(self, start: int, end: int) -> list[PersonMention]:
        """The person mentions starting in [start, end)."""
        starts = self._person_starts
        return self._persons[bisect_left(starts, start):bisect_left(starts, end)]


def run(document: Document, facts: Sequence[Fact]) -> list[Fact]:
    organisations = [fact for fact in facts if isinstance(fact, OrganisationMention)]
    persons = [fact for fact in facts if isinstance(fact, PersonMention)]
    named_at = _Named(organisations, persons)
    letter_date = document.head.date
    reports: dict[str, _Report] = {}
    named = frozenset(fact.evidence.clean_start for fact in (*organisations, *persons))
    subject = _subject_mentions(document)
    organisation_ends = {fact.evidence.clean_start: fact.evidence.clean_end for fact in organisations}
    mentions = [mention for mention in subject if mention.titled] \
        + _body_mentions(document, named, organisation_ends) \
        + _footnote_list_mentions(document)
    mentions += _without_overlap(_cue_mentions(document, organisations, persons, named_at), mentions)
    for mention in mentions:
        _add_mention(document, reports, mention, organisations, named_at, letter_date)
    by_acronym = {fact.acronym.lower(): fact.key for fact in organisations if fact.acronym}
    for mention in subject:  # a subject line naming the report by its author: the titled one by that author
        if not mention.titled:
            known = _titled_by(reports, mention.author_text) or _titled_by_key(
                reports, by_acronym.get(mention.author_text.lower()))
            if known is not None:
                known.responded = True
            else:
                _add_mention(document, reports, mention, organisations, named_at, letter_date)
    _merge_named_before_titled(reports)
    _merge_described_into_titled(reports)
    _responded_by_genre(document, reports)
    found: list[Fact] = []
    for report in reports.values():
        found.append(ReportFact(
            evidence=evidence(document, report.span, EXTRACTOR_ID, report.rule),
            title=report.title, key=report.key, genre=report.genre,
            authors=tuple(report.authors), author_names=tuple(report.author_names),
            date=report.date, responded=report.responded))
    report_facts = [fact for fact in found if isinstance(fact, ReportFact)]
    found.extend(_findings(document, report_facts, organisations))
    return found


# ---------------------------------------------------------------- mentions

def find_quotes(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans (inner start, inner end) of quoted passages in ``text[start:end]``."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    position = start
    while True:
        match = _next_quote(text, position, end)
        if not match:
            return spans
        opening = match.group(1)
        inner = match.end()
        close = _closing(text, inner, end, _QUOTES[opening])
        if close is None:
            position = inner
            continue
        spans.append((inner, close))
        position = close + 1


def _closing(text: str, start: int, end: int, closers: str) -> int | None:
    """The position of the quote that closes one opened before ``start``, on the same line."""
    for index in range(start, min(end, start + 250)):
        char = text[index]
        if char == "\n":
            return None
        if char in closers:
            after = text[index + 1:index + 2]
            if char in "'’" and after.isalpha():
                continue  # an apostrophe inside a word: KDT's, thema's
            return index if index > start + 1 else None
    return None


def _body_mentions(document: Document, named: frozenset[int] = frozenset(),
                   organisation_ends: dict[int, int] | None = None) -> list[_Mention]:
    text = document.text
    mentions: list[_Mention] = []
    inside_names = sorted((organisation_ends or {}).items())
    named_sorted = sorted(named)  # once per letter: bisected for each quote
    for paragraph in document.paragraphs:
        if paragraph.kind not in ("text", "footnote"):
            continue
        start, end = paragraph.span.start, paragraph.span.end
        quotes = find_quotes(text, start, end)
        used: set[tuple[int, int]] = set()
        for genre_match in _GENRE_SCAN.finditer(text, start, end):
            genre = _GENRE_WORDS[re.sub(r"\s+", " ", genre_match.group(1).lower())]
            sentence = document.sentence_at(genre_match.start())
            opening = _quote_opening_with_genre(text, genre_match, quotes)
            if opening is not None and opening not in used:
                used.add(opening)
                title = _clean_title(text[opening[0]:opening[1]])
                slot = (*_after_title_slot(text, opening[1], end),
                        *_before_genre_slot(text, opening[0] - 1, sentence))
                mentions.append(_Mention(title, genre, Span(opening[0] - 1, opening[1] + 1), True,
                                         "quoted title opening with its genre noun", slot, sentence))
                continue
            quote = _quote_after(text, genre_match.end(), end, quotes)
            if quote and quote not in used:
                used.add(quote)
                title = _clean_title(text[quote[0]:quote[1]])
                if not _is_quoted_title(title, text[genre_match.end():quote[0]]):
                    continue
                if genre_match.group(1).lower() in _QUOTED_ONLY and sentence is not None and \
                        _STILL_TO_COME.search(text, sentence.span.start, sentence.span.end):
                    continue  # 'het actieplan 'X', dat u na de zomer ontvangt': no plan yet
                slot = (Span(genre_match.end(), quote[0]), *_after_title_slot(text, quote[1], end),
                        *_before_genre_slot(text, genre_match.start(), sentence, quote[1]))
                mentions.append(_Mention(title, genre, Span(genre_match.start(), quote[1] + 1), True,
                                         "genre noun with quoted title", slot, sentence))
                if _is_plural(genre_match):  # 'rapporten als ‘A’ en ‘B’': each title the plural noun names
                    for more in _coordinated_quotes(text, quote, quotes):
                        if more in used:
                            break
                        used.add(more)
                        title = _clean_title(text[more[0]:more[1]])
                        mentions.append(_Mention(title, genre, Span(more[0] - 1, more[1] + 1), True,
                                                 "quoted title coordinated with one after a genre noun",
                                                 (*_after_title_slot(text, more[1], end),), sentence))
                continue
            if genre_match.group(1).lower() in _QUOTED_ONLY:
                continue  # a plan named without a quoted title is no report
            if _inside_a_name(inside_names, genre_match.start(), genre_match.end()):
                continue  # 'de Commissie Onderzoek Belastingdienst en ...': a word of a name, no title after it
            unquoted = _CAP_TITLE.match(text, genre_match.end(), end) or \
                _CAMEL_TITLE.match(text, genre_match.end(), end)
            if unquoted and not quote and _is_unquoted_title(unquoted.group(1)):
                title = _cut_at_author(unquoted.group(1), unquoted.start(1), named)  # '... van de Raad voor Cultuur'
                title = title if _is_unquoted_title(title) else unquoted.group(1)
                title_end = unquoted.start(1) + len(title)
                title = _strip_footnote(title)
                slot = (*_after_title_slot(text, title_end, end),
                        *_before_genre_slot(text, genre_match.start(), sentence))
                mentions.append(_Mention(title, genre, Span(genre_match.start(), title_end), True,
                                         "genre noun with capitalised title", slot, sentence))
                continue
            if unquoted and not quote and _names_one_word_title(text, genre_match, unquoted, named):
                title = text[genre_match.start():unquoted.end(1)]
                slot = (*_after_title_slot(text, unquoted.end(1), end),
                        *_before_genre_slot(text, genre_match.start(), sentence))
                mentions.append(_Mention(title, genre, Span(genre_match.start(), unquoted.end(1)), True,
                                         "capitalised genre noun with a one-word name", slot, sentence))
                continue
            if not quote:
                titles = _sentence_case_titles(document, genre_match.end(), end, plural=_is_plural(genre_match),
                                               named=named)
                for title, span, when in titles:
                    slot = (*_after_title_slot(text, span.end, end),
                            *_before_genre_slot(text, genre_match.start(), sentence))
                    mentions.append(_Mention(title, genre, Span(genre_match.start(), span.end), True,
                                             "genre noun with sentence-case title", slot, sentence, date=when))
                if titles:
                    continue
            titled = _named_title(text, genre_match, end, named)
            if titled is not None and not quote:
                title, span, when = titled
                slot = (Span(genre_match.end(), span.start), *_after_title_slot(text, span.end, end),
                        *_before_genre_slot(text, genre_match.start(), sentence))
                mentions.append(_Mention(title, genre, Span(genre_match.start(), span.end), True,
                                         "genre noun with its author and an appositive or 'getiteld' title", slot,
                                         sentence, date=when))
                continue
            after_author = _title_after_author(document, genre_match.end(), end, named, organisation_ends or {}) \
                if not quote else None
            if after_author is not None:
                title, span, when = after_author
                slot = (Span(genre_match.end(), span.start), *_before_genre_slot(text, genre_match.start(), sentence))
                mentions.append(_Mention(title, genre, Span(genre_match.start(), span.end), True,
                                         "genre noun with its author and the title right after", slot, sentence,
                                         date=when))
                continue
            bracketed = _BRACKETED_TITLE.match(text, genre_match.end(), end) if not quote else None
            if bracketed and _plausible_bracketed(bracketed, text, genre_match.end(), named):
                title = _clean_title(bracketed.group("title"))
                slot = (Span(genre_match.end(), bracketed.start("title")),
                        *_before_genre_slot(text, genre_match.start(), sentence))
                when = bracketed.group("year")
                if bracketed.group("month"):
                    when = f"{when}-{MONTHS[bracketed.group('month').lower()]:02d}"
                mentions.append(_Mention(title, genre, Span(genre_match.start(), bracketed.end()), True,
                                         "genre noun with its title and date in brackets", slot, sentence, date=when))
                continue
            untitled = _untitled(text, genre_match, end, genre, named)
            if untitled:
                author_start = untitled.author_start if untitled.author_start >= 0 else genre_match.end()
                slots = (Span(author_start, untitled.span.end),) if untitled.author \
                    else _before_genre_slot(text, untitled.span.start, sentence)
                mentions.append(_Mention(untitled.title, genre, untitled.span, False, untitled.rule,
                                         slots, sentence, untitled.author, date=untitled.date))
        mentions.extend(_quoted_compound_titles(document, quotes, used))
        mentions.extend(_bare_quoted_titles(document, quotes, used, named_sorted))
    return mentions


def _inside_a_name(names: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start``-``end`` lies inside an organisation's name, past its first word (the spans
    ``names`` sorted by start): ``Onderzoek`` in ``de Commissie Onderzoek Belastingdienst``."""
    index = bisect_left(names, (start,)) - 1  # the last name that starts before ``start``
    return index >= 0 and end <= names[index][1]


# the end of a compound that names a kind of report ('Startanalyse', 'Jaarrapportage', 'Integratiemonitor'), with
# the genre it gives
_GENRE_ENDINGS = {"rapport": "rapport", "rapportage": "rapport", "verslag": "rapport", "onderzoek": "onderzoek",
                  "studie": "onderzoek", "analyse": "onderzoek", "evaluatie": "onderzoek", "verkenning": "onderzoek",
                  "monitor": "onderzoek", "peiling": "onderzoek", "scan": "onderzoek", "advies": "advies",
                  "doorlichting": "doorlichting"}
_GENRE_ENDING = "|".join(sorted(_GENRE_ENDINGS, key=len, reverse=True))
_GENRE_COMPOUND_WORD = re.compile(rf"[A-ZÀ-Ý][a-zà-ÿ]{{2,}}(?P<end>{_GENRE_ENDING})(?![\w-])")
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:de|het|De|Het)\s+$")
# a sentence whose subject shows or describes something in the report ('Het PBL heeft in de 'X' laten zien')
_SHOWN_IN = re.compile(r"\b(?:laten\s+zien|laat\s+zien|liet\s+zien|beschreven|beschrijft|beschreef|geconcludeerd|"
                       r"concludeert|concludeerde|vastgesteld|stelt\s+vast|stelde\s+vast|geadviseerd|adviseert|"
                       r"geschetst|schetst|schetste|in\s+kaart\s+gebracht|brengt\s+in\s+kaart)\b", re.IGNORECASE)


def _quoted_compound_titles(document: Document, quotes: list[tuple[int, int]],
                            used: set[tuple[int, int]]) -> list[_Mention]:
    """A quoted title of two words or more that opens with a compound naming a kind of report, right after an
    article: ``het PBL heeft in de 'Startanalyse aardgasvrije buurten' laten zien``, ``de «Jaarrapportage
    Integratie 2022»``. The subject of its sentence is its author when it published it or shows something in
    it. Not a quote that opens with another word (``de 'Klimaatwinst voor iedereen'``), nor one word alone."""
    text = document.text
    found: list[_Mention] = []
    for quote in quotes:
        start, end = quote
        compound = _GENRE_COMPOUND_WORD.match(text, start)
        if (quote in used or compound is None or len(text[start:end].split()) < 2
                or not _ARTICLE_BEFORE.search(text, max(0, start - 6), start - 1)):
            continue
        sentence = document.sentence_at(start)
        slot = _after_title_slot(text, end, sentence.span.end if sentence else end)
        if sentence is not None and _SHOWN_IN.search(sentence.text):
            slot = (*slot, Span(sentence.span.start, start - 1))
        else:
            slot = (*slot, *_before_genre_slot(text, start - 1, sentence))
        found.append(_Mention(_clean_title(text[start:end]), _GENRE_ENDINGS[compound["end"]], Span(start - 1, end + 1),
                              True, "quoted title opening with a compound of a genre noun", slot, sentence))
    return found


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


# 'het advies van de Raad voor het Openbaar Bestuur, Rust, reinheid en regelmaat (2021), en ...', 'de verkenning
# van het SCP, Verschil in Nederland, wijst op ...': a title in apposition after the author; the author must be a
# name an earlier extractor found, the title a capitalised phrase with a lower-case word, closed by its year in
# brackets or by a comma before what the report is or does ('..., dat ik u stuurde', '..., wijst op')
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_APPOSITIVE = re.compile(rf"\s+(?:van|door)\s+(?:de\s+|het\s+)?"
                         rf"(?P<author>{_CAP}[^,()\n.;:]{{0,80}}?)(?:\s+\([A-Za-z]{{2,10}}\))?"
                         rf",\s+(?P<title>{_CAP}[^()\n;.]{{2,100}}?)"
                         r"(?:\s*\((?P<year>(?:19|20)\d{2})\)|(?=,\s+(?:dat|die|waarin|waarvan|wijst|wijzen|laat|"
                         r"stelt|concludeert|constateert|toont|beschrijft|bevat|schetst|geeft|bevestigt)\b)"
                         r"|(?=,\s+(?P<relative>waarop|waarmee|waarover|dat\s+ik|die\s+ik)\b)"
                         rf"|,\s+(?:van|uit)\s+(?:\d{{1,2}}\s+)?(?P<month>{_MONTH_NAMES})?\s*(?P<when>(?:19|20)\d{{2}})\b)")
# 'het rapport ... van de Inspectie, getiteld Het vertrek van vreemdelingen, van februari 2016': an unquoted title
# after 'getiteld' / 'met de titel', up to a comma, bracket or the end of the sentence
_GETITELD = re.compile(rf"[^.;:!?\n]{{0,100}}?\b(?:getiteld|met\s+(?:de|als)\s+titel|onder\s+de\s+titel):?\s+"
                       rf"(?P<title>{_CAP}[^()\n;:,.!?]{{2,120}}?)(?=\s*(?:[,;:(]|[.!?](?:\s|$)|$))")


# 'het rapport van de Algemene Rekenkamer over de Woningbouwimpuls (Woningbouwimpuls: resultaten en risico's, april
# 2024)': a title in brackets with its date, after the genre noun and its author or topic, in the same sentence
_BRACKETED_TITLE = re.compile(rf"[^.;:()!?\n]{{0,120}}?\((?P<title>{_CAP}[^()\n\d]{{2,100}}?),\s*(?:\d{{1,2}}\s+)?"
                              rf"(?:(?P<month>{_MONTH_NAMES})\s+)?(?P<year>(?:19|20)\d{{2}})\)")


def _plausible_bracketed(bracketed: re.Match[str], text: str, position: int, named: frozenset[int]) -> bool:
    """A bracketed title holds a lower-case word or a colon, names no organisation and follows no other genre noun."""
    title = bracketed.group("title")
    words = title.split()
    return ((len(words) >= 2 and any(word[:1].islower() for word in words[1:])) or ":" in title) \
        and bracketed.start("title") not in named and not _ORG_HEADS.match(title) \
        and _GENRE.search(text, position, bracketed.start("title")) is None


_AUTHOR_LEAD = re.compile(r"\s+(?:van|door)\s+")
_ACRONYM_AFTER = re.compile(r"\s*\([A-Za-z]{2,10}\)")


def _title_after_author(document: Document, position: int, end: int, named: frozenset[int],
                        organisation_ends: dict[int, int]) -> tuple[str, Span, str | None] | None:
    """'het rapport van het SCP Burgerperspectieven 2022, bericht 1', 'het rapport van de Raad voor Cultuur Zicht op
    zeggenschap. Advies ...': a title in sentence case right after an author an earlier extractor found (where its
    name ends), without a comma between them."""
    lead = _AUTHOR_LEAD.match(document.text, position, end)
    if lead is None:
        return None
    author_start = lead.end()
    author_end = organisation_ends.get(author_start)
    for article in ("de ", "het "):
        if author_end is None and document.text.startswith(article, author_start):
            author_end = organisation_ends.get(author_start + len(article))
    if author_end is None:
        return None
    acronym = _ACRONYM_AFTER.match(document.text, author_end, end)
    titles = _sentence_case_titles(document, acronym.end() if acronym else author_end, end, plural=False,
                                   named=named)
    if not titles or titles[0][1].start in named:
        return None
    return titles[0]


def _named_title(text: str, genre_match: re.Match[str], end: int,
                 named: frozenset[int]) -> tuple[str, Span, str | None] | None:
    """(title, span, year) of a title after a genre noun in apposition to its author, or after 'getiteld'."""
    appositive = _APPOSITIVE.match(text, genre_match.end(), end)
    if appositive and named.intersection(range(appositive.start(), appositive.start("author") + 1)) \
            and appositive.start("title") not in named:
        title = _clean_title(appositive.group("title"))
        dated = bool(appositive.group("year") or appositive.group("when"))
        if _plausible_title(title, lower_word=not appositive.group("relative"), dated=dated):
            return title, Span(appositive.start("title"), appositive.start("title") + len(title)), \
                _appositive_date(appositive)
    called = _GETITELD.match(text, genre_match.end(), end)
    if called and not _GENRE.search(text, genre_match.end(), called.start("title")) and \
            called.start("title") not in named:
        title = _clean_title(called.group("title"))
        if _plausible_title(title, lower_word=False):
            return title, Span(called.start("title"), called.start("title") + len(title)), None
    return None


def _appositive_date(appositive: re.Match[str]) -> str | None:
    """'(2021)' -> '2021'; ', van november 2023' -> '2023-11'."""
    if appositive.group("year"):
        return appositive.group("year")
    if appositive.group("when") and appositive.group("month"):
        return f"{appositive.group('when')}-{MONTHS[appositive.group('month')]:02d}"
    return appositive.group("when")


def _plausible_title(title: str, lower_word: bool, dated: bool = False) -> bool:
    """Two words or more, not opening with an organisation head, a month or a word that opens a clause (after
    'getiteld', or closed by its date, a title may open with an article or 'In': 'Het vertrek van vreemdelingen',
    'In wat voor land willen wij werken?, van januari 2020')."""
    words = title.split()
    opening = words[0] if words else ""
    if lower_word and not dated and opening in _NOT_NAMES or opening in ("Ik", "Wij", "U", "Dit", "Deze", "Die"):
        return False
    if len(words) < 2 or opening.lower() in MONTHS or opening.isupper() or _ORG_HEADS.match(title):
        return False
    return not lower_word or any(word[:1].islower() for word in words[1:])


def _footnote_list_mentions(document: Document) -> list[_Mention]:
    """Titles listed in a footnote to 'recente publicaties' / 'rapporten' / 'onderzoeken'.

    Each comma-separated item of such a footnote that is a capitalised phrase of four or more
    words, without brackets and not an organisation, names a publication by its title.
    """
    text = document.text
    mentions: list[_Mention] = []
    for ref in document.clean.footnote_refs:
        if not _LISTED_WORKS.search(text[max(0, ref.offset - 40):ref.offset]):
            continue
        footnote = next((note for note in document.footnotes if note.number == ref.number), None)
        if footnote is None:
            continue
        position = footnote.span.start
        for item in re.split(r",\s+|\s+en\s+(?=[A-Z])", text[footnote.span.start:footnote.span.end]):
            start = text.find(item, position)
            position = max(position, start + len(item))
            title = _clean_title(re.sub(r"^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰\d]+\s*)?(?:O\.a\.|Onder andere|Zie)?\s*", "", item))
            if (len(title.split()) >= 4 and title[:1].isupper() and not re.search(r"[()'\"‘’«»]", title)
                    and not _ORG_HEADS.match(title) and not re.match(r"(?:de|het|De|Het)\b", title)):
                where = start + item.find(title)
                mentions.append(_Mention(title, "publicatie", Span(where, where + len(title)), True,
                                         "title listed in a footnote on publications", (), None))
    return mentions


def _quote_opening_with_genre(text: str, genre_match: re.Match[str],
                              quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """'Bijgaand ontvangt u de «Voorlichting over de begrotingsnormen»', 'de «Evaluatie SDE++ 2020-2023»': a quote
    of two words or more that opens with a capitalised genre noun, right after 'de'/'het', is a title."""
    at = genre_match.start()
    if not text[at:at + 1].isupper() or not re.search(r"(?:^|\s)(?:de|het|De|Het)\s+\S$", text[max(0, at - 5):at]):
        return None
    inner = next((quote for quote in quotes if quote[0] == at), None)
    if inner is None or len(text[inner[0]:inner[1]].split()) < 2:
        return None
    return inner


def _quote_after(text: str, position: int, end: int, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The first quote that opens within the title gap after a genre noun, if nothing ends the phrase."""
    for inner_start, inner_end in quotes:
        opening = inner_start - 1
        if opening < position:
            continue
        if opening - position > _TITLE_GAP:
            return None
        gap = text[position:opening]
        if _GAP_STOP.search(gap) or _GENRE.search(gap) or _GENRE_COMPOUND.search(gap):
            return None
        return inner_start, inner_end
    return None


def _is_quoted_title(title: str, gap: str) -> bool:
    """A quoted passage after a genre noun is a title unless it is a term: one lower-case word,
    or a lower-case phrase after a topic preposition ('onderzoek naar de zogenoemde 'pushbacks'')."""
    if len(title) < 3 or (" " not in title and title[:1].islower() and not _CAMEL_CASE.match(title)):
        return False
    return not (title[:1].islower() and _TOPIC.search(gap))


def _clean_title(title: str) -> str:
    return re.sub(r"\s+", " ", title).strip(" ,.;:")


def _names_one_word_title(text: str, genre_match: re.Match[str], word: re.Match[str],
                          named: frozenset[int]) -> bool:
    """'de Rapportage Vreemdelingenketen': a capitalised genre noun after a lower-case article, mid-sentence, with one
    capitalised word after it that is no acronym, no name found by an earlier extractor and no clause opener."""
    name = word.group(1)
    at = genre_match.start()
    return (" " not in name and text[at:at + 1].isupper() and not name.isupper() and word.start(1) not in named
            and name not in _NOT_NAMES and re.search(r"(?:^|\s)(?:de|het)\s+$", text[max(0, at - 5):at]) is not None
            and not _ORG_HEADS.match(name))


def _is_unquoted_title(candidate: str) -> bool:
    words = candidate.split()
    if len(words) == 1 and _CAMEL_CASE.match(candidate):
        return True
    if len(words) < 2 or _ORG_HEADS.match(candidate):
        return False
    return not all(word.isupper() for word in words)


def _untitled(text: str, genre_match: re.Match[str], end: int, genre: str,
              named: frozenset[int] = frozenset()) -> _Untitled | None:
    """A report named by its author or kind instead of a title.

    ``het rapport van de Commissie van onderzoek COA`` (author after ``van``), ``de doorlichting
    van de IND door het adviesbureau EY`` (subject after ``van``, author after ``door``), ``het
    thematische ambtsbericht``, ``het artikel van het Algemeen Dagblad`` (only ever merged into
    a titled news item of the letter).
    """
    before = text[max(0, genre_match.start() - 40):genre_match.start()]
    plural = genre_match.group(1).lower().endswith(("en", "zen"))
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
    topic_end = _topic_after_author(text, span.end, end)
    title = _clean_title(text[span.start:topic_end if topic_end is not None else span.end])
    return _Untitled(_strip_footnote(title), span, author.group(1), "genre noun with author, no title")


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


# a legal instrument after 'van' is the subject of a study, never its author ('de evaluatie van de Wet X')
_INSTRUMENT_HEAD = re.compile(r"(?:Wet|Besluit|Regeling|Verordening|Richtlijn|Verdrag|Beschikking|Reglement|"
                              r"Uitvoeringsbesluit|Uitvoeringsregeling|Algemene\s+maatregel)\b")
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


def _after_title_slot(text: str, position: int, end: int) -> tuple[Span, ...]:
    """'... 'X' van de SVMA en de VAJN' : the author slot after a title; also a relative clause naming the author
    with 'door' ('het rapport 'X', dat door de Algemene Rekenkamer op 11 april is aangeboden'), up to the words
    after the name."""
    match = re.match(r"[’'\"»”]?\s*(?:\(\w+\)\s*)?(?:van|door)\s+", text[position:end])
    if not match:
        relative = _RELATIVE_BY.match(text, position, end) or _RELATIVE_PUBLISHER.match(text, position, end)
        if relative is None:
            return ()
        stop = _AFTER_RELATIVE_AUTHOR.search(text, relative.end(), end)
        return (Span(relative.end(), stop.start() if stop else min(end, relative.end() + 80)),)
    start = position + match.end()
    stop = _AUTHOR_SLOT_END.search(text, start, end)
    limit = stop.start() if stop else min(end, start + 160)
    genre = _GENRE.search(text, start, limit)  # '... van het PBL en het rapport 'X' van ...': the next report's
    return (Span(start, genre.start() if genre else limit),)


_RELATIVE_BY = re.compile(r"[’'\"»”]?\s*,\s*(?:dat|die)\s+(?:(?:in|op)\s+[^,.;]{3,30}?\s+)?door\s+")
# the active form, with a verb of publishing: '‘X’ dat de Adviesraad Migratie op 14 maart heeft uitgebracht'
_RELATIVE_PUBLISHER = re.compile(r"[’'\"»”]?\s*,?\s*(?:dat|die)\s+(?=(?:de|het)\s+[^,.;]{2,100}?\b(?:heeft|hebben)\s+"
                                 r"(?:uitgebracht|gepubliceerd|opgeleverd|gepresenteerd|aangeboden|verzonden)\b)")
_AFTER_RELATIVE_AUTHOR = re.compile(r"[,.;:(]|\s(?:op|in|aan|is|was|werd|zijn|waren|werden|heeft|hebben|bij|met|"
                                    r"als|voor|tot)\b")

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
    if re.search(r"\b(?:haar|zijn|hun)\s+$", before) or _PUBLISHED_BEFORE.search(before) or (
            re.search(r"\b(?:heeft|hebben)\b", before) and not _ASKED.search(before)
            and _PUBLISHED.search(text, sentence.span.start, end)):
        return (Span(sentence.span.start, genre_start),)
    return ()


# 'heeft de vaste commissie mij verzocht te reageren op het rapport': the one who asked for a reaction
_ASKED = re.compile(r"\b(?:verzocht|gevraagd)\b")  # not 'op mijn verzoek': the author did it at my request
_CLAUSE_END = re.compile(r"[.;!?](?:\s|$)|\n\s*\n")


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


# ---------------------------------------------------------------- titles in sentence case

# a title in sentence case after a genre noun, up to a mark that ends it: 'het onderzoek Kosten voor
# tweetalig onderwijs in het vo verricht.', 'het TNO-onderzoek Systeemanalyse kansspelen;'
_SENTENCE_TITLE = re.compile(rf"\s+(?P<title>{_CAP}(?:\s+[\w’'/&-]+){{1,11}}?)(?=\s*(?:[;:(]|[.!?](?:\s|$)|,\s|$))")
_YEAR_AFTER = re.compile(r"\s*\(((?:19|20)\d{2})\)")
# the next title of a list of titles with years: '... (2024) en Tijdig, transparant en toegewijd (2025)'
_NEXT_LISTED = re.compile(rf"\s*(?:,|\ben\b)\s+(?P<title>{_CAP}[^()\n;.]{{2,100}}?)\s*\(((?:19|20)\d{{2}})\)")
_WORD = re.compile(r"[\w’'/&-]+")


def _is_plural(genre_match: re.Match[str]) -> bool:
    return genre_match.group(1).lower().endswith(("en", "zen"))


def _sentence_case_titles(document: Document, position: int, end: int, plural: bool,
                          named: frozenset[int] = frozenset()) -> list[tuple[str, Span, str | None]]:
    """(title, span, year) of the titles in sentence case right after a genre noun.

    The title starts with a capital that names no organisation (``_ORG_HEADS``, an acronym)
    and runs to ``;``, ``:``, ``(``, a comma or the end of the sentence; it is cut before the
    first word that ends a topic (kg/data/report_cues.json ``topic_stop``: a verb, a relative,
    a participle such as ``verricht``) and before ``van``/``door`` and a name found by an earlier
    extractor (its author: ``Lobbyen in de schaduw van Transparency International``), and must
    keep two words. A year in brackets after it is
    its date; after a plural genre noun (``de rapporten``) titles with years may follow.
    """
    text = document.text
    match = _SENTENCE_TITLE.match(text, position, end)
    if not match:
        return []
    year = _YEAR_AFTER.match(text, match.end("title"), end)
    title = match.group("title") if year else _cut_at_stop(match.group("title"))  # a year closes it
    title = _cut_at_author(title, match.start("title"), named)
    first = title.split()[0] if title else ""
    if (len(title.split()) < 2 or first in _NOT_NAMES or first.lower() in MONTHS or first.isupper()
            or _ORG_HEADS.match(title)):
        return []
    start = match.start("title")
    title_end = start + len(title)
    if title == match.group("title") and text[title_end:title_end + 1] == "?":
        title, title_end = _with_question_mark(text, title, title_end, end)
    found: list[tuple[str, Span, str | None]] = [(title, Span(start, title_end), None)]
    if not year:
        return found
    found[0] = (title, found[0][1], year.group(1))
    position = year.end()
    while plural:
        listed = _NEXT_LISTED.match(text, position, end)
        if not listed:
            break
        found.append((_clean_title(listed.group("title")), Span(listed.start("title"), listed.end("title")),
                      listed.group(2)))
        position = listed.end()
    return found


_AUTHOR_JOINT = re.compile(r"\s+(?:van|door)\s+(?:de\s+|het\s+)?")  # inside a title: 'X van de Y'
# a subtitle after a title that ends in a question mark: 'Fair and sustainable? Evaluation of ...'
_SUBTITLE = re.compile(rf"\?\s+(?P<sub>{_CAP}[^.;:()?!\n]{{2,140}}?)(?=\s*(?:[,;:(]|[.!?](?:\s|$)|$))")


def _with_question_mark(text: str, title: str, title_end: int, end: int) -> tuple[str, int]:
    """(title, end) of a title that ends in a question mark, with its subtitle in capitals after it when there is
    one (without the words that end a topic at its end: '... in value chains aan, alsmede')."""
    subtitle = _SUBTITLE.match(text, title_end, end)
    if subtitle is None:
        return f"{title}?", title_end + 1
    sub = subtitle.group("sub")
    stop = report_cues().topic_stop
    while " " in sub and stop.fullmatch(sub.rsplit(" ", 1)[1]):
        sub = sub.rsplit(" ", 1)[0]  # '... in value chains aan': the verb's particle ends it, not the title
    return f"{title}? {sub}", subtitle.start("sub") + len(sub)


# capitalised words to the end of a sentence-case title: a name, not part of the title
_NAME_TO_END = re.compile(rf"(?!(?:Wet|Besluit|Verdrag|Regeling)\b){_CAP}(?:\s+{_CAP}){{1,5}}$")


def _cut_at_author(title: str, start: int, named: frozenset[int]) -> str:
    """``title`` up to 'van'/'door' and its author: a name an earlier extractor found there, or
    two or more capitalised words that end the title (``Lobbyen in de schaduw van Transparency
    International Nederland``)."""
    for joint in _AUTHOR_JOINT.finditer(title):
        if start + joint.end() in named or _NAME_TO_END.match(title, joint.end()):
            return title[:joint.start()]
    return title


def _cut_at_stop(title: str) -> str:
    """``title`` up to the first word (after the first) that ends a topic: 'Kosten voor X verricht'."""
    stop = report_cues().topic_stop
    for word in list(_WORD.finditer(title))[1:]:
        if stop.match(title, word.start()):
            return title[:word.start()].rstrip()
    return title


# ---------------------------------------------------------------- reports found by the cues of report_cues.json

_CUES_FILE = "report_cues.json"


@dataclass(frozen=True)
class _NearWords(Anchored):
    """``Anchored`` for a pattern whose every match holds one of ``words`` (lower case) in the word
    where the match starts or at most ``words_before`` words after it (a word: a run without white
    space): the pattern is tried from the start of that many words before each anchor up to the
    anchor. The same matches as ``pattern.finditer``, however long the words and the white space.
    With ``inside_word`` every match holds its anchor inside a compound ('Peilingsonderzoek',
    'Primos-prognose'): an anchor that starts a word is no place to try."""

    words_before: int = 0
    inside_word: bool = False

    def _windows(self, haystack: str, start: int, end: int) -> list[tuple[int, int]]:
        windows: list[tuple[int, int]] = []
        find = haystack.find
        for word, _ in self.words:
            at = find(word, start, end)
            while at >= 0:
                if self.inside_word and (at == 0 or not (haystack[at - 1].isalpha() or haystack[at - 1] == "-")):
                    at = find(word, at + 1, end)
                    continue
                first = at
                for count in range(self.words_before + 1):
                    while first > start and not haystack[first - 1].isspace():
                        first -= 1
                    if count < self.words_before:
                        while first > start and haystack[first - 1].isspace():
                            first -= 1
                windows.append((first, at))
                at = find(word, at + 1, end)
        windows.sort()
        return windows


@dataclass(frozen=True)
class ReportCues:
    """The cues of kg/data/report_cues.json, compiled (see its 'about')."""

    series: tuple[rules.Cue, ...]
    prefixed: tuple[rules.Cue, ...]
    described: tuple[rules.Cue, ...]
    governing: tuple[rules.Cue, ...]
    published: tuple[rules.Cue, ...]
    topic_stop: re.Pattern[str]
    bare_quoted: tuple[rules.Cue, ...] = ()
    verbs: dict[str, re.Pattern[str]] = field(default_factory=dict)  # by bare_quoted cue id: the verb it needs
    scans: dict[str, _NearWords | re.Pattern[str]] = field(default_factory=dict)  # by cue id: where to search
    unless: dict[str, re.Pattern[str]] = field(default_factory=dict)  # by published cue id: its 'unless'

    def finditer(self, cue: rules.Cue, text: str) -> Iterator[re.Match[str]]:
        """The matches of ``cue`` in ``text``, searched only near its anchors where it has them."""
        return self.scans.get(cue.id, cue.pattern).finditer(text)


def _scan(cue: rules.Cue) -> _NearWords | re.Pattern[str]:
    """A cue's pattern, searched near its 'anchors' (lower-case words) when it has them."""
    anchors = cue.fields.get("anchors") or []
    words_before = cue.fields.get("words_before", 0)
    inside_word = cue.fields.get("inside_word", False)
    if not isinstance(inside_word, bool):
        raise rules.DataFileError(rules.data_file(_CUES_FILE), "needs inside_word as true or false", cue.id)
    if not isinstance(anchors, list) or not all(isinstance(word, str) and word and word == word.lower()
                                                for word in anchors):
        raise rules.DataFileError(rules.data_file(_CUES_FILE), "needs anchors that are lower-case words", cue.id)
    if not isinstance(words_before, int) or words_before < 0:
        raise rules.DataFileError(rules.data_file(_CUES_FILE), "needs words_before as a whole number", cue.id)
    if not anchors:
        return cue.pattern
    return _NearWords(cue.pattern, words=tuple((word, 0) for word in anchors), folded=True,
                      words_before=words_before, inside_word=inside_word)


@lru_cache(maxsize=1)
def report_cues() -> ReportCues:
    """The report cues of kg/data/report_cues.json (series and prefixed patterns are case-sensitive)."""
    stop = rules.load(_CUES_FILE).get("topic_stop") or {}
    series = rules.cues(_CUES_FILE, "series", flags=0)
    prefixed = rules.cues(_CUES_FILE, "prefixed", flags=0)
    described = rules.cues(_CUES_FILE, "described")
    published = rules.cues(_CUES_FILE, "published")
    bare_quoted = rules.cues(_CUES_FILE, "bare_quoted")
    return ReportCues(
        series=series, prefixed=prefixed, described=described,
        governing=rules.cues(_CUES_FILE, "governing"),
        published=published,
        topic_stop=rules.compile_pattern(_CUES_FILE, "topic_stop", stop.get("pattern")),
        bare_quoted=bare_quoted,
        verbs={cue.id: rules.compile_pattern(_CUES_FILE, cue.id, cue.fields.get("verbs")) for cue in bare_quoted},
        scans={cue.id: _scan(cue) for cue in (*series, *prefixed, *described)},
        unless={cue.id: rules.compile_pattern(_CUES_FILE, cue.id, cue.fields["unless"])
                for cue in published if cue.fields.get("unless")})


# after a series name: capitalised words, an acronym in brackets, a year or number
_SERIES_TAIL = re.compile(
    rf"(?P<names>(?:\s+{_CAP})*)(?P<acronym>\s*\([A-Z][A-Za-z]{{1,9}}\))?"
    r"(?P<number>\s+\d{1,4}(?:[/–-]\d{2,4})?(?![\w/]))?")
_NUMBER_TAIL = re.compile(r"\s+(?:\([A-Z][A-Za-z]{1,9}\)\s*)?\d[\d/–-]*")
_AUTHOR_AFTER = re.compile(r"\s*,?\s*(?:(?:opgesteld|uitgevoerd|geschreven|verricht)\s+)?(?:door|van de hand van)\s+"
                           r"(?:de|het)?\s*")
_POSSESSIVE = re.compile(r"^(?:haar|zijn|hun)\b", re.IGNORECASE)
_YEAR_TITLE = re.compile(r"\s+(?:over\s+)?(?:19|20)\d{2}(?:[/–-]\d{2,4})?(?![\w/])")
# or its number or full date: 'toezichtsrapport nr. 24', 'pakketadvies van 20 maart 2023'
_LABEL_TITLE = re.compile(rf"\s+(?:(?:nr\.|nummer)\s*\d{{1,4}}(?![\w/])|"
                          rf"van\s+\d{{1,2}}\s+(?:{_MONTH_NAMES})\s+(?:19|20)\d{{2}}\b)")
_FOOTNOTE_DIGITS = re.compile(r"(?<=[A-Za-zÀ-ÿ)])\d{1,2}$")


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


def _author_after(text: str, position: int, end: int) -> tuple[Span, ...]:
    """', opgesteld door de NCTV': the author named after a title by 'door'."""
    match = _AUTHOR_AFTER.match(text, position, end)
    if not match:
        return ()
    stop = re.search(r"[.;,]\s|\b(?:die|dat|waarin)\b", text[match.end():end])
    return (Span(match.end(), match.end() + (stop.start() if stop else min(end - match.end(), 120))),)


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
            mentions.append(_Mention(title, genre, Span(match.start(), title_end), True,
                                     f"genre compound ({cue.id}) with {rule} title", author_slot, sentence,
                                     author_text=author or ""))
    return mentions


# the topic of a genre compound ('het WODC-onderzoek naar X', 'het EU-rapport over X 2013'); a topic that ends in
# a year names one report ('over beleidscoherentie voor ontwikkeling 2013')
_PREFIXED_TOPIC = re.compile(r"\s+(?:naar|over)\s+")
_ENDS_IN_YEAR = re.compile(r"\s(?:19|20)\d{2}$")


# words that may follow a compound that names itself, as part of its title ('Jaarrapportage spoorveiligheid')
_NAME_WORD = re.compile(r"[\w’'&/-]+")
_GAP = re.compile(r"[ \t]+")  # the white space between two words of a line
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
            if topic_end is None:
                continue
            noun_phrase = bool(cue.fields.get("noun_phrase"))
            if noun_phrase:
                topic_end = _noun_phrase_end(text, match.end(), topic_end)
            possessive = bool(_POSSESSIVE.match(match.group(0)))
            after = _author_after(text, topic_end, area.end)
            org_after = any(named_at.organisations_in(slot.start, slot.end) for slot in after)
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


def _topic_end(text: str, position: int, end: int) -> int | None:
    """Where the topic of a described report that starts at ``position`` ends.

    It runs over at most eight words and ends at punctuation, a bracket or a word that ends a
    topic (kg/data/report_cues.json ``topic_stop``); None when it has no word of its own,
    runs on past eight words or ends on a conjunction (``en``, ``of``: a clause follows).
    """
    stop = report_cues().topic_stop
    last: int | None = None
    last_word = ""
    content = 0
    for _ in range(9):
        word = _WORD.match(text, position, end)
        if word is None or stop.match(text, position, end):
            break
        last, last_word = word.end(), word.group(0).lower()
        if word.group(0).lower() not in ("de", "het", "een"):
            content += 1
        gap = _GAP.match(text, last, end)
        if gap is None:
            break
        position = gap.end()
    else:
        return None
    if last is not None and last_word in ("en", "of"):
        return None  # 'de periodieke evaluatie van subsidieregelingen en is ...': the topic runs into a clause
    return last if content else None


_QUOTES_JOINED = re.compile(r".\s*(?:,\s*(?:en\s+|of\s+)?|en\s+|of\s+).")  # '’ en ‘', '”, “'


def _coordinated_quotes(text: str, first: tuple[int, int], quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quoted passages joined to ``first`` by a comma, 'en' or 'of', in order ('‘A’, ‘B’ en ‘C’')."""
    joined: list[tuple[int, int]] = []
    previous = first
    for quote in quotes:
        if quote[0] <= previous[1]:
            continue
        if not _QUOTES_JOINED.fullmatch(text, previous[1], quote[0]):
            break
        joined.append(quote)
        previous = quote
    return joined


def _strip_footnote(title: str) -> str:
    """'fraude bij de IND2' -> 'fraude bij de IND', 'Voortgangsrapportage Kinderopvangtoeslag1' -> '...
    Kinderopvangtoeslag': a footnote marker glued to the last word (an acronym, or a word of four lower-case
    letters or more: 'Horizon2020' or 'Covid19' keep their number)."""
    return _FOOTNOTE_DIGITS.sub("", title) if re.search(r"(?:[A-Z]{2,}|[a-zà-ÿ]{4,})\d$|[A-Z]{2,}\d{2}$", title) \
        else title


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


# a title and its subtitle: 'Bouwen aan vertrouwen' and 'Bouwen aan vertrouwen. Naar een betere samenwerking'
_SUBTITLE_TAIL = re.compile(r"\s*[.:–—-]\s+[A-ZÀ-Ý]")


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


# ---------------------------------------------------------------- collecting

def _add_mention(document: Document, reports: dict[str, _Report], mention: _Mention,
                 organisations: list[OrganisationMention], named_at: _Named,
                 letter_date: date | None) -> None:
    text = document.text
    authors = _authors(document, mention, named_at)
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
        report.date = mention.date or _report_date(text, mention, letter_date)
    if mention.rule == _SUBJECT_RULE or _responds_in(mention):
        report.responded = True


# a clause about a report still to come ('Zodra het rapport ... beschikbaar is', 'Ik verwacht het rapport na de
# zomer', 'U ontvangt de eerstvolgende rapportage van de NZa voor de zomer')
_STILL_TO_COME = re.compile(r"\b(?:[Zz]odra|verwacht|[Bb]innenkort|nog\s+niet|na\s+(?:de\s+zomer|afloop\s+van)|"
                            r"voor\s+de\s+zomer|(?:wordt|worden)\s+(?:naar\s+verwachting\s+)?(?:in|voor|na|eind)\s)")
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
        ("series title", "genre compound"))


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


def _authors(document: Document, mention: _Mention, named_at: _Named) -> list[tuple[str, str]]:
    """(key, name) of the authors named in the mention's author slots."""
    text = document.text
    found: list[tuple[str, str]] = []
    for slot in mention.author_slot:
        before_genre = slot.end <= mention.span.start
        if before_genre and found:
            continue  # named after the genre noun ('het advies van de Rli, X'): not also the subject before it
        inside = _mentions_in(slot, named_at, document)
        if inside:
            found.extend(_last_author(inside) if before_genre else inside)
            continue
        names = _written_names(text[slot.start:slot.end], before_genre)
        found.extend((slug(re.sub(r"\s*\([^)]*\)", "", name)), name) for name in names)
    if not found and mention.author_text:
        found.append((slug(mention.author_text), mention.author_text))
    return list(dict.fromkeys(found))


def _last_author(inside: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Of the names before a genre noun, the last body that publishes studies ('de Algemene
    Rekenkamer deed in het hoofdstuk Politie in haar onderzoek'), else the last name."""
    bodies = [found for found in inside if _RESEARCH_BODY.search(found[1])]
    return (bodies or inside)[-1:]


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


def _mentions_in(slot: Span, named_at: _Named, document: Document) -> list[tuple[str, str]]:
    found: list[tuple[int, str, str]] = []
    for fact in named_at.organisations_in(slot.start, slot.end):
        where = fact.evidence.clean_start
        if document.text[where - 1:where] != "(":
            found.append((where, fact.key, fact.canonical_name or fact.name))  # '(ACVZ)' repeats the name before
    bodies = bool(found)
    for person in named_at.persons_in(slot.start, slot.end):
        where = person.evidence.clean_start
        if bodies and _CHAIR_BEFORE.search(document.text[max(0, where - 60):where]):
            continue  # 'het Aanjaagteam ... onder leiding van de heer Roemer zijn advies': the body's, not its chair's
        found.append((where, person.key, person.name))
    return [(key, name) for _, key, name in sorted(found)]


# a person named as the chair of the body that wrote the report ('onder voorzitterschap van mr. F. Korthals Altes')
_CHAIR_BEFORE = re.compile(r"\bonder\s+(?:leiding|voorzitterschap)\s+van\s+(?:(?:de\s+heer|mevrouw|mr\.|dr\.|"
                           r"drs\.|prof\.|ir\.)\s*)*$")


def _report_date(text: str, mention: _Mention, letter_date: date | None) -> str | None:
    """The date the report appeared, when the sentence states it next to the report."""
    sentence = mention.sentence
    if sentence is None:
        return None
    published = bool(_PUBLISHED.search(sentence.text))
    for found in find_dates(sentence.text, letter_date):
        if found.value is None or len(found.value) < 7:
            continue
        at = sentence.span.start + found.start
        before = text[sentence.span.start:at]
        if _LETTER_DATE_BEFORE.search(before):
            continue
        near_title = 0 <= at - mention.span.end <= 40 and re.match(
            r"[’'\"»”]?\s*(?:\(\w+\)\s*)?(?:(?:uit\s+(?:het|de)\s+\w+\s+)?van|die\s+op|\()\s*$",
            text[mention.span.end:at])
        in_brackets = text[at - 1:at] == "(" and 0 < mention.span.start - at < 80
        before_genre = 0 < mention.span.start - at < 60 and published
        opening = published and re.match(r"\s*Op\s*$", before)
        if near_title or in_brackets or before_genre or opening:
            return found.value
    if re.search(r"\bvan heden\b", sentence.text) and letter_date and mention.genre in _NEWS:
        return letter_date.isoformat()
    return None


# ---------------------------------------------------------------- findings

def _findings(document: Document, reports: list[ReportFact],
              organisations: list[OrganisationMention]) -> list[Fact]:
    if not reports:
        return []
    main = next((report for report in reports if report.responded), reports[0])
    found: list[Fact] = []
    by_name = _ByName(organisations)
    for sentence in document.sentences:
        if document.paragraphs[sentence.paragraph].kind != "text":
            continue
        text = sentence.text.strip()
        match = (_FINDING_SUBJECT_FIRST.match(text) or _FINDING_VERB_FIRST.match(text)
                 or _FINDING_BLIJKT.match(text) or _FINDING_EINDCONCLUSIE.match(text)
                 or _FINDING_VOLGENS.match(text))
        if not match:
            continue
        subject = match.group("subject")
        report, author = _attribution(subject, reports, main, by_name)
        if report is None and author is None:
            continue
        found.append(FindingFact(
            evidence=evidence(document, sentence.span, EXTRACTOR_ID, "finding attributed to a report"),
            report=report.key if report else None, text=match.group("claim").strip(),
            attributed_to=author))
    return found


class _ByName:
    """The organisation mentions by key and by lower-cased name, acronym and canonical name, each list in the
    letter's order: a finding's subject is looked up, not compared with every mention (quadratic)."""

    def __init__(self, organisations: list[OrganisationMention]) -> None:
        self.by_key: dict[str, list[OrganisationMention]] = {}
        self._by_form: dict[str, list[tuple[int, OrganisationMention]]] = {}
        self._forms: dict[str, frozenset[str]] = {}
        for index, fact in enumerate(organisations):
            self.by_key.setdefault(fact.key, []).append(fact)
            for form in {fact.name.lower(), (fact.acronym or "").lower(), fact.canonical_name.lower()}:
                self._by_form.setdefault(form, []).append((index, fact))

    def named(self, lowered: str) -> list[OrganisationMention]:
        """The mentions whose name, acronym or canonical name lower-cased is ``lowered``, in the letter's order."""
        return [fact for _, fact in self._by_form.get(lowered, [])]

    def forms(self, key: str) -> frozenset[str]:
        """Every written form (name, canonical name, acronym, alias) of the mentions of ``key``, once each."""
        if key not in self._forms:
            self._forms[key] = frozenset(form for fact in self.by_key.get(key, ()) for form in
                                         (fact.name, fact.canonical_name, fact.acronym or "", *fact.aliases) if form)
        return self._forms[key]


def _attribution(subject: str, reports: list[ReportFact], main: ReportFact,
                 by_name: _ByName) -> tuple[ReportFact | None, str | None]:
    """Which report and author a finding's subject names; (None, None) when it names neither."""
    lowered = subject.lower()
    for report in reports:
        if report.title.lower() in lowered:
            return report, report.authors[0] if report.authors else None
    for report in reports:
        for key, name in zip(report.authors, report.author_names):
            if name.lower() in lowered or _acronym_match(name, subject, by_name.forms(key)):
                return report, key
    if re.search(r"\b(?:rapport|onderzoek|bundel|artikel|advies)\b", lowered):
        return main, main.authors[0] if main.authors else None
    for fact in by_name.named(lowered):
        owned = next((report for report in reports if fact.key in report.authors), None)
        if owned is not None:  # 'De IND stelt dat ...' is no finding of a report
            return owned, fact.key
    return None, None


def _acronym_match(name: str, subject: str, forms: frozenset[str]) -> bool:
    """Does ``subject`` name the author ``name``, by one of its written ``forms`` or by its first word?"""
    words = subject.split()
    if any(form == subject or form in words or subject.startswith(form) for form in forms):
        return True
    first = name.split()[0] if name.split() else ""
    return bool(first) and subject.split()[0:1] == [first] and first[:1].isupper() and len(first) > 3


EXTRACTOR = Extractor(NAME, VERSION, run, requires=("organisations", "persons"),
                      produces="ReportFact FindingFact")
