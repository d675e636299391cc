"""The reports extractor's ``run``: the mentions of the subject line, the body, a footnote's list and the cues,
collected into one ``ReportFact`` per report, then the findings; and ``EXTRACTOR``, as kg/extract registers it."""
from __future__ import annotations

from collections.abc import Sequence

from ...domain.model import Document, Fact, OrganisationMention, PersonMention, ReportFact
from .. import Extractor, evidence
from .body import _body_mentions, _footnote_list_mentions
from .collect import (
    _add_mention,
    _merge_described_into_titled,
    _merge_named_before_titled,
    _responded_by_genre,
    _titled_by,
    _titled_by_key,
    _without_overlap,
    _without_still_to_come,
)
from .cued import _cue_mentions
from .findings import _findings
from .records import _Named, _Report
from .registered import _register_mentions, _with_register
from .subject import _subject_mentions
from .vocabulary import EXTRACTOR_ID, NAME, VERSION


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
    mentions = _without_still_to_come(document.text, _with_register(_register_mentions(document), mentions))
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


EXTRACTOR = Extractor(NAME, VERSION, run, requires=("organisations", "persons"),
                      produces="ReportFact FindingFact")
