"""Lists under an 'Aanbevelingen' heading (``_list_groups``): an optional sub-heading naming the addressee, then
paragraphs of imperative sentences, each block of recommendations answered by the text after it."""
from __future__ import annotations

import re
from bisect import bisect_left

from ...domain.model import Document, Sentence, Span
from .common import _aanbeveling_sections, _Group, _Item, _normalise_space, _sentences_of, is_imperative

_SUBHEADING = re.compile(
    r"^\s*(?:(?:Aanbeveling(?:en)?|Advie(?:s|zen))\s+(?:gericht\s+)?(?:aan\s+)?|Aan\s+|Gericht\s+aan\s+)"
    r"(?P<addressee>.+?)\s*:\s*$")
_ADDRESSEE_TAIL = re.compile(r"\s*(?:,\s*als\b|\bals\b|,).*$")


def _list_groups(document: Document, used: frozenset[int] = frozenset()) -> list[_Group]:
    groups: list[_Group] = []
    text = document.text
    starts = [paragraph.span.start for paragraph in document.paragraphs]  # in order: found by bisection
    for section in _aanbeveling_sections(document):
        paragraphs = [index for index in range(bisect_left(starts, section.start), bisect_left(starts, section.end))
                      if document.paragraphs[index].kind == "text" and index not in used]
        addressee: tuple[str, Span] | None = None
        block: list[_Item] = []
        response: list[Sentence] = []
        started = False

        def close(block: list[_Item], response: list[Sentence]) -> None:
            if block:
                groups.append(_Group(tuple(block), tuple(response), aligned=False))

        for index in paragraphs:
            sentences = _sentences_of(document, index)
            if not sentences:
                continue
            heading = _SUBHEADING.match(sentences[-1].text)
            body = sentences[:-1] if heading else sentences
            leading = []
            for sentence in body:
                if is_imperative(sentence.text) and (started or addressee or heading is None):
                    leading.append(sentence)
                    continue
                break
            if leading and (addressee is not None or started or len(leading) == len(body)):
                if response:
                    close(block, response)
                    block, response = [], []
                started = True
                span = Span(leading[0].span.start, leading[-1].span.end)
                written = _normalise_space(text[span.start:span.end])
                block.append(_Item(written, span, addressee[0] if addressee else None,
                                   addressee[1] if addressee else None, "imperative under Aanbevelingen",
                                   group=len(groups)))
                response.extend(body[len(leading):])
            elif started:
                response.extend(body)
            if heading:
                close(block, response)
                block, response = [], []
                written = _ADDRESSEE_TAIL.sub("", heading.group("addressee")).strip()
                written = re.sub(r"^(?:de|het)\s+", "", written)
                start = (sentences[-1].span.start + heading.start("addressee")
                         + max(heading.group("addressee").find(written), 0))
                addressee = (written, Span(start, start + len(written)))
        close(block, response)
    return groups
