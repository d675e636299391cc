"""The extractor: ``run`` reads the groups of recommendations (labelled, in a table, listed under a heading, in
running text; else a summary or the answers to all), gives each item its response, report and addressees, and makes the
facts; ``EXTRACTOR`` registers it."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from ...domain.model import (
    Document,
    Fact,
    OrganisationMention,
    RecommendationFact,
    ReportFact,
    ResponseFact,
    Sentence,
    Span,
)
from .. import Extractor, evidence
from .collective import _collective_groups, _summary_groups
from .common import (
    _CLOSING_QUOTES,
    _OPENING_QUOTES,
    EXTRACTOR_ID,
    NAME,
    VERSION,
    _content_words,
    _Group,
    _Item,
    _normalise_space,
    _similarity,
    is_imperative,
)
from .labelled import _LABEL_WITH_ANSWER, _OWN_ANSWER, _labelled_groups
from .lists import _list_groups
from .responses import _answers_under_headings, _response, _responses, addressee_sections, answers_for_addressee
from .running import _EMBEDDED, _NAMED_IN_ANSWER, _running_groups
from .tables import RULE as TABLE_ROW
from .tables import _table_groups


def run(document: Document, facts: Sequence[Fact]) -> list[Fact]:
    reports = [fact for fact in facts if isinstance(fact, ReportFact)]
    organisations = [fact for fact in facts if isinstance(fact, OrganisationMention)]
    tables, in_tables = _table_groups(document)  # a table's rows first: a numbered row may read as a numbered item
    labelled, used = _labelled_groups(document, skip=in_tables)
    labelled = _without_notes_on_rows(labelled, tables)
    used |= in_tables
    groups = labelled + tables + _list_groups(document, used) + _running_groups(document, used)
    groups = sorted((group for group in _without_repeats(groups) if group.items),
                    key=lambda group: group.items[0].span.start)
    if not groups:
        groups = _summary_groups(document) or _collective_groups(document, reports)
    elif all(item.rule == _EMBEDDED for group in groups for item in group.items):
        # only calls named inside answers ('In lijn met de oproep van de Raad om X is de uitwerking van de
        # aanbevelingen gestart'): the sentences that answer the recommendations as a group still stand for
        # all of them, the same sentence too (the call is one recommendation, the answer to all another)
        groups += _collective_groups(document, reports)
    found: list[Fact] = []
    number = 0
    by_start = sorted(organisations, key=lambda fact: fact.evidence.clean_start)
    starts = [fact.evidence.clean_start for fact in by_start]
    answered = _answers_under_headings(document)
    sections = addressee_sections(document)  # 'Reactie op de aanbevelingen aan gemeenten'
    for group in groups:
        responses = _responses(document, group)
        for item, response in zip(group.items, responses):
            if item.label is not None and item.label in answered \
                    and not (item.rule in (*_OWN_ANSWER, TABLE_ROW) and response.found):  # its own answer first
                response = _response(document, item, answered[item.label])
            elif (for_addressee := answers_for_addressee(sections, item)) and not _answered_within(response,
                                                                                                  for_addressee):
                # an answer read under another addressee's heading: the one under 'Reactie op de aanbevelingen aan
                # gemeenten' answers the recommendations to gemeenten
                response = _response(document, item, for_addressee)
            number += 1
            report = _report_for(item, reports)
            addressees = _addressee_keys(item, by_start, starts)
            text, span = _unquoted(document, item.text, item.span)
            found.append(RecommendationFact(
                evidence=evidence(document, span, EXTRACTOR_ID, item.rule),
                text=text, number=number,
                report=report.key if report else None, report_title=report.title if report else None,
                addressee=item.addressee,
                addressee_key=next(iter(addressees), None), addressee_keys=addressees,
                response=response))
    return found


_NOTE_LABELS = ("numbered recommendation label", _LABEL_WITH_ANSWER)


def _without_notes_on_rows(labelled: list[_Group], tables: list[_Group]) -> list[_Group]:
    """The labelled groups without the notes on a table's rows: after a table of recommendations, a paragraph
    'Aanbeveling 2. De raad stelt een screening voor ... Ik deel de opvatting ...' explains the answer to row 2; it
    is no new recommendation unless it reads as one (an imperative: a second report's own 'Aanbeveling 2. Zorg
    ...')."""
    rows = [item for group in tables for item in group.items if item.label is not None]
    if not rows:
        return labelled
    numbers, table_end = {item.label for item in rows}, max(item.span.end for item in rows)
    kept = [_Group(tuple(item for item in group.items
                         if not (item.rule in _NOTE_LABELS and item.label in numbers and item.span.start > table_end
                                 and not is_imperative(item.text))),
                   group.response, group.aligned, group.topics) for group in labelled]
    return [group for group in kept if group.items]


def _answered_within(response: ResponseFact, sentences: list[Sentence]) -> bool:
    """Whether the answer's evidence is one of ``sentences``."""
    return response.found and any(
        sentence.span.start <= response.evidence.clean_start < sentence.span.end for sentence in sentences)


def _unquoted(document: Document, text: str, span: Span) -> tuple[str, Span]:
    """A recommendation the letter quotes ('‘Stel landelijke eisen aan ... .’'), without its quotation marks (and
    the stop after the closing one); any other text as it is."""
    if text[:1] not in _OPENING_QUOTES:
        return text, span
    quoted = _QUOTED_ITEM.fullmatch(document.text, span.start, span.end)
    if quoted is None:
        return text, span  # not closed at its end: left as written
    return _normalise_space(quoted.group("inner")), Span(quoted.start("inner"), quoted.end("inner"))


_QUOTED_ITEM = re.compile(r"\s*[" + re.escape(_OPENING_QUOTES) + r"]\s*(?P<inner>\S.*?)\s*["
                          + re.escape(_CLOSING_QUOTES) + r"]\s*[.;,]?\s*", re.DOTALL)


def _without_repeats(groups: list[_Group]) -> list[_Group]:
    """The groups without the recommendations named inside an answer ('Ik neem de aanbeveling om X over')
    that repeat one the letter gave before (X itself)."""
    given = [_content_words(item.text) for group in groups for item in group.items
             if item.rule not in _NAMED_IN_ANSWER]
    if len(given) == sum(len(group.items) for group in groups):
        return groups
    return [_Group(tuple(item for item in group.items
                         if item.rule not in _NAMED_IN_ANSWER
                         or all(_similarity(_content_words(item.text), words) < 0.5 for words in given)),
                   group.response, group.aligned, group.topics) for group in groups]


def _report_for(item: _Item, reports: list[ReportFact]) -> ReportFact | None:
    if not reports:
        return None
    if item.report_hint:
        hint = item.report_hint.lower()
        for report in reports:
            if report.genre in hint or report.title.lower() in hint:
                return report
    responded = [report for report in reports if report.responded]
    return (responded or reports)[0]


def _addressee_keys(item: _Item, organisations: list[OrganisationMention], starts: list[int]) -> tuple[str, ...]:
    """Every organisation named in the addressee, in order: 'het ministerie van Justitie en
    Veiligheid en de IND' is addressed to both. ``organisations`` are sorted by where they start
    (``starts``, for bisection)."""
    if item.addressee_span is None:
        return ()
    keys: list[str] = []
    first, last = bisect_left(starts, item.addressee_span.start), bisect_left(starts, item.addressee_span.end)
    for fact in organisations[first:last]:
        if fact.key not in keys:
            keys.append(fact.key)
    return tuple(keys)


EXTRACTOR = Extractor(NAME, VERSION, run, requires=("organisations", "reports"),
                      produces="RecommendationFact ResponseFact")
