"""Recommendations when the letter lists none: a sentence summarising a report's recommendations ('Het
artikel sluit af met een viertal aanbevelingen.', ``_summary_groups``), or the sentences answering them as a group
(the cues of kg/data/recommendation_groups.json, ``_collective_groups``), one standing for all of a report's."""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ...domain import rules
from ...domain.model import Document, ReportFact, Sentence, Span
from .answered import _ADDRESSEE_LABEL
from .common import _BULLET, _Group, _Item, _normalise_space, _paragraph_text, _sentences_of, is_imperative
from .stance import stance_of

_SUMMARY = re.compile(
    r"\b(?:sluit\s+af\s+met|bevat|doet|formuleert|komt\s+met)\s+(?:een\s+)?(?:\w+tal|aantal|twee|drie|vier|vijf|zes|"
    r"zeven|acht|negen|tien|\d+)\s+aanbevelingen\b")


def _summary_groups(document: Document) -> list[_Group]:
    """'Het artikel sluit af met een viertal aanbevelingen.': one recommendation standing for all, when the letter
    does not list them; a sentence counting the recommendations of a list that follows it ('De raad doet vier
    aanbevelingen.' then '1. Stel ...') is none (the list gives them, even where its items were not read)."""
    for index, paragraph in enumerate(document.paragraphs):
        if paragraph.kind != "text":
            continue
        sentences = _sentences_of(document, index)
        for position, sentence in enumerate(sentences):
            if _SUMMARY.search(sentence.text) \
                    and not (position == len(sentences) - 1 and _list_follows(document, index)):
                item = _Item(_normalise_space(sentence.text), sentence.span, None, None,
                             "sentence summarising a report's recommendations", 0,
                             report_hint=sentence.text)
                return [_Group((item,), tuple(sentences[position + 1:]), aligned=False)]
    return []


def _list_follows(document: Document, index: int) -> bool:
    """Whether the paragraph after ``index`` opens a list: a numbered or bulleted item, an imperative, or an
    addressee label before one ('Aan ProRail: Zorg ...')."""
    if index + 1 >= len(document.paragraphs) or document.paragraphs[index + 1].kind not in ("text", "heading"):
        return False
    written = _paragraph_text(document, index + 1).lstrip()
    to = _ADDRESSEE_LABEL.match(written)
    return bool(_BULLET.match(written)) or is_imperative(written[to.end():] if to else written)


_GROUPS_FILE = "recommendation_groups.json"


@lru_cache(maxsize=1)
def group_cues() -> tuple[rules.Cue, ...]:
    """The cues of kg/data/recommendation_groups.json: sentences that answer recommendations as a group."""
    return rules.cues(_GROUPS_FILE)


def _collective_groups(document: Document, reports: Sequence[ReportFact]) -> list[_Group]:
    """'Ik reageer op de aanbevelingen van de OvV': one recommendation standing for all of a report's.

    Each sentence of the body that a cue of kg/data/recommendation_groups.json fires on (with a
    stance cue in it where the entry needs one) gives one item whose text is the sentence; one
    item per report the sentences name, its response the strongest stance among them.
    """
    by_report: dict[str, tuple[_Item, list[Sentence]]] = {}
    for sentence in document.sentences:
        if document.paragraphs[sentence.paragraph].kind != "text" or not _collective_cue(sentence.text):
            continue
        report = _named_report(sentence.text, reports)
        key = report.title if report else ""
        if key in by_report:
            by_report[key][1].append(sentence)
            continue
        span = _cue_part(sentence)
        item = _Item(_normalise_space(document.text[span.start:span.end]), span, None, None,
                     "sentence answering a report's recommendations as a group", 0, report_hint=key or None)
        by_report[key] = (item, [sentence])
    return [_Group((item,), tuple(sentences), aligned=False) for item, sentences in by_report.values()]


# where a sentence the structure did not split goes on: 'heb toegezegd.1 Hierbij ga ik ...'
_GLUED_SENTENCE = re.compile(r"(?<=[a-zà-ÿ)][.!?])\d{0,2}\s+(?=[A-Z])")


def _cue_part(sentence: Sentence) -> Span:
    """The part of a sentence that holds the group cue, when a footnote marker after a full stop
    kept two sentences together."""
    start = 0
    for part_end in [match.start() for match in _GLUED_SENTENCE.finditer(sentence.text)] + [len(sentence.text)]:
        part = sentence.text[start:part_end]
        if _collective_cue(part):
            offset = sentence.span.start + start
            return Span(offset, offset + len(part.rstrip()))
        glued = _GLUED_SENTENCE.match(sentence.text, part_end)
        start = glued.end() if glued else part_end
    return sentence.span


def _collective_cue(sentence: str) -> bool:
    """Whether a group cue fires on the sentence (with its stance, where the cue needs one)."""
    lowered = sentence.lower()
    if "aanbeveling" not in lowered and "advie" not in lowered and "oproep" not in lowered:
        return False  # every cue names the recommendations; the test is cheaper than the patterns
    return any(cue.fires(sentence) and (not cue.fields.get("needs_stance") or stance_of(sentence) is not None)
               for cue in group_cues())


def _named_report(sentence: str, reports: Sequence[ReportFact]) -> ReportFact | None:
    """The report a sentence names: by title, by the head word of a report the letter responds to,
    or by author; else the report the letter responds to, else the first."""
    lowered = sentence.lower()
    for report in reports:
        if report.title.lower() in lowered:
            return report
    for report in reports:
        head = report.title.split()[0].lower() if report.title.split() else ""
        if report.responded and len(head) > 3 and re.search(rf"\b{re.escape(head)}\b", lowered):
            return report
    for report in reports:
        if any(name and name.lower() in lowered for name in report.author_names):
            return report
    responded = [report for report in reports if report.responded]
    return responded[0] if responded else reports[0] if reports else None
