"""``FindingFact``s: the conclusions a letter attributes to a report or its author (``Amnesty International
concludeert dat ...``, ``Uit het rapport van de Inspectie blijkt dat ...``), each with the report and the author
its subject names."""
from __future__ import annotations

import re

from ...domain.model import Document, Fact, FindingFact, OrganisationMention, ReportFact
from .. import evidence
from .vocabulary import EXTRACTOR_ID

_FINDING_VERBS = (r"concludeert|concluderen|constateert|constateren|stelt vast|stellen vast|stelt|"
                  r"meldt|signaleert|signaleren|wijst erop|wijzen erop|oordeelt|oordelen|"
                  r"komt tot de conclusie|bevindt")
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
