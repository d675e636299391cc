"""Recommendations answered in their own paragraph or the next one: a list item in the imperative with its
answer after it ('2. Zorg dat ... . Deze aanbeveling wordt overgenomen.'), imperative paragraphs after a sentence
counting the recommendations, an imperative paragraph answered by the paragraph after it, and 'Aan X:
<imperative>' with its answer; also the intros and labels the list readers share (labelled.py reads them all)."""
from __future__ import annotations

import re

from ...domain.model import Document, Sentence, Span
from .authors import _running_addressee
from .common import (
    _BULLET,
    _BULLET_NUMBER,
    _CLOSING_QUOTES,
    _FUNCTION_WORDS,
    _IMPERATIVES,
    _MARKER_ONLY,
    _OPENING_QUOTES,
    _aanbeveling_sections,
    _Item,
    _label,
    _named_addressee,
    _normalise_space,
    _paragraph_text,
    _sentences_of,
    _without_marker,
    is_imperative,
)
from .pointers import _OPENING_ANAPHOR
from .stance import stance_of

_RECOMMENDATIONS_SPOKEN_OF = re.compile(r"aanbeveling|advie[sz]|adviseert|beveelt|bevelen", re.IGNORECASE)
_INTRO_ADDRESSEE = re.compile(r"\bbeveelt\s+(?P<addressee>.{0,120}?)(?:\s*het\s+volgende)?\s*aan\b")
# 'De OVV doet de volgende aanbevelingen aan de minister van IenW:'
_INTRO_ADDRESSEE_TO = re.compile(r"\baanbeveling(?:en)?\s+(?:gericht\s+)?aan\s+(?P<addressee>[^:]{2,120}?)\s*:\s*$")

_LISTED_WITH_ANSWER = "listed imperative answered in its own item"


def _listed_imperative(document: Document, index: int) -> tuple[re.Match[str], list[Sentence]] | None:
    """The bullet or number of a list item that opens with an imperative ('1. Actualiseer ...', '– Geef ...'),
    and its sentences without a sentence that is only the marker; None for any other paragraph."""
    paragraph = document.paragraphs[index]
    if paragraph.kind != "text":
        return None
    marker = _BULLET.match(_paragraph_text(document, index))
    sentences = [sentence for sentence in _sentences_of(document, index) if not _MARKER_ONLY.fullmatch(sentence.text)]
    if marker is None or not sentences or not is_imperative(_without_marker(sentences[0].text)):
        return None
    return marker, sentences


def _answered_inside(document: Document, index: int) -> bool:
    """Whether paragraph ``index`` is a list item that opens with an imperative and answers it in a later
    sentence with a stance cue ('1. Zorg dat ... . Deze aanbeveling neem ik over.')."""
    if index >= len(document.paragraphs):
        return False
    listed = _listed_imperative(document, index)
    if listed is None:
        return False
    sentences = listed[1]
    leading = 1
    while leading < len(sentences) and is_imperative(sentences[leading].text):
        leading += 1
    return any(stance_of(sentence.text) is not None for sentence in sentences[leading:])


def _listed_imperative_with_answer(document: Document, index: int) -> tuple[int, list[_Item]] | None:
    """A list item giving a recommendation in the imperative and, in the same paragraph, the government's
    answer to it ('2. Zorg dat elke schietleider jaarlijks wordt gecertificeerd. Deze aanbeveling wordt
    overgenomen.', '– Stel eisen aan de deskundigheid van toezichthouders. Dit is al geregeld in ...'). Read only
    in a list of two or more such imperative items whose lead-in (the paragraph or heading before the list)
    speaks of recommendations or advice ('De inspectie doet vijf aanbevelingen. Ik ga daar als volgt op in.',
    heading 'Aanbevelingen'); the item is the opening imperative sentences, the answer the rest of the paragraph
    (so no answer carries over to the next item). An instruction list, or a list after a lead-in of another
    kind, is left alone."""
    listed = _listed_imperative(document, index)
    if listed is None:
        return None
    marker, sentences = listed
    leading = 1
    while leading < len(sentences) and is_imperative(sentences[leading].text):
        leading += 1
    if leading == len(sentences):
        return None  # no answer inside the item: read by the other list readers
    if not ((index + 1 < len(document.paragraphs) and _listed_imperative(document, index + 1))
            or (index > 0 and _listed_imperative(document, index - 1))):
        return None  # one item alone is no list
    before = index - 1
    while before >= 0 and _listed_imperative(document, before):
        before -= 1
    if before < 0 or document.paragraphs[before].kind not in ("text", "heading") \
            or not _RECOMMENDATIONS_SPOKEN_OF.search(_paragraph_text(document, before)):
        return None
    addressee = None
    lead_in = _sentences_of(document, before)
    named = (_INTRO_ADDRESSEE.search(lead_in[-1].text) or _INTRO_ADDRESSEE_TO.search(lead_in[-1].text)) \
        if lead_in else None
    if named:  # 'De inspectie beveelt de minister het volgende aan:'
        addressee = _running_addressee(lead_in[-1], named)
    written = _paragraph_text(document, index)
    start = document.paragraphs[index].span.start
    begin = start + marker.end() + len(written[marker.end():]) - len(written[marker.end():].lstrip())
    span = Span(begin, sentences[leading - 1].span.end)
    number = _BULLET_NUMBER.match(written)
    return index, [_Item(_normalise_space(document.text[span.start:span.end]), span,
                         addressee[0] if addressee else None, addressee[1] if addressee else None,
                         _LISTED_WITH_ANSWER, 0, label=_label(number.group("number")) if number else None)]


# a sentence counting the recommendations, without a colon: a list intro when numbered imperatives follow
_COUNTED_INTRO = re.compile(
    r"\b(?:doet|doen|deed|bevat|formuleert|geeft|komt\s+met|sluit\s+af\s+met)\b[^.:;]{0,40}?\b(?:twee|drie|vier|vijf|"
    r"zes|zeven|acht|negen|tien|\d{1,2})\s+aanbevelingen\b[^:]*\.\s*$")

# to whom the counted recommendations go: 'De inspectie doet drie aanbevelingen aan de korpschef.'
_COUNTED_TO = re.compile(r"\baanbevelingen\s+(?:gericht\s+)?aan\s+(?P<addressee>[^.:;,]{2,80}?)\s*\.\s*$")
_NOT_A_RECOMMENDATION = re.compile(r"\s*(?:Zie|Lees|Raadpleeg)\b")  # 'Zie bijlage 2.': a pointer of the letter
_COUNTED_IMPERATIVE = "imperative after a sentence counting the recommendations"


def _counted_item(sentence: str) -> bool:
    """Whether a sentence after one counting the recommendations gives one in the imperative ('Zorg ervoor dat
    ...', 'Informeer ...'), not a pointer of the letter itself ('Zie de bijlage')."""
    return is_imperative(sentence) and not _NOT_A_RECOMMENDATION.match(sentence)


def _counted_addressee(sentence: Sentence) -> tuple[str, Span] | None:
    """The addressee a counting sentence names ('doet drie aanbevelingen aan de korpschef.'), without article."""
    to = _COUNTED_TO.search(sentence.text)
    if to is None:
        return None
    return _named_addressee(to, sentence.span.start)


def _counted_paragraph(document: Document, index: int) -> list[Sentence] | None:
    """The sentences of a text paragraph without list marker that opens with a recommendation in the
    imperative; None for any other paragraph."""
    paragraph = document.paragraphs[index]
    if paragraph.kind != "text" or _BULLET.match(_paragraph_text(document, index)):
        return None
    sentences = list(_sentences_of(document, index))
    return sentences if sentences and _counted_item(sentences[0].text) else None


def _counted_imperative_with_answer(document: Document, index: int) -> tuple[int, list[_Item]] | None:
    """A paragraph giving a recommendation in the imperative and the answer to it, one of two or more such
    paragraphs right after a sentence that counts the recommendations without a colon ('De inspectie doet drie
    aanbevelingen aan de korpschef.' then 'Zorg ervoor dat ... . Deze aanbeveling neem ik over.', 'Informeer ...
    . Dat gebeurt al.'). The item is the opening imperative sentences, the answer the rest of its paragraph."""
    sentences = _counted_paragraph(document, index)
    if sentences is None:
        return None
    leading = 1
    while leading < len(sentences) and _counted_item(sentences[leading].text):
        leading += 1
    if leading == len(sentences):
        return None  # no answer inside: read as a list or running text
    if not ((index + 1 < len(document.paragraphs) and _counted_paragraph(document, index + 1))
            or (index > 0 and _counted_paragraph(document, index - 1))):
        return None  # one imperative paragraph alone is no list
    before = index - 1
    while before >= 0 and _counted_paragraph(document, before):
        before -= 1
    intro = _sentences_of(document, before) if before >= 0 and document.paragraphs[before].kind == "text" else ()
    if not intro or not _COUNTED_INTRO.search(intro[-1].text):
        return None
    addressee = _counted_addressee(intro[-1])
    end = sentences[leading - 1].span.end
    while end > sentences[0].span.start and document.text[end - 1] in ". \n":
        end -= 1  # the item without its full stop, as the other readers give it
    span = Span(sentences[0].span.start, end)
    return index, [_Item(_normalise_space(document.text[span.start:span.end]), span,
                         addressee[0] if addressee else None, addressee[1] if addressee else None,
                         _COUNTED_IMPERATIVE, 0)]


# the answer as a label opening the paragraph after a recommendation (a table turned into text)
_ANSWER_LABEL = re.compile(
    r"\s*(?:(?:niet|gedeeltelijk|deels|grotendeels|volledig|geheel)\s+)?(?:overgenomen|afgewezen|"
    r"(?:is\s+|wordt\s+)?(?:reeds|al)\s+(?:in\s+uitvoering|uitgevoerd|gerealiseerd))\s*(?:[.;:,]|$)",
    re.IGNORECASE)

# a sentence saying what someone must do: 'De dienst moet ...', 'Gemeenten dienen ...', 'Er moet een register komen'
_MODAL_ITEM = re.compile(r"(?:(?:De|Het|Er|Alle|Elke|Iedere)\s+)?(?!(?:Ik|Wij|We|U|Dit|Dat|Deze|Die)\b)"
                         r"[\w&-]+(?:\s+[\w&-]+){0,4}?\s+(?:moet|moeten|dient|dienen)\s+\S")


def _imperative_then_answer(document: Document, index: int, first_mention: int) -> tuple[int, list[_Item]] | None:
    """A paragraph of imperative sentences, perhaps numbered or lettered ('1. Stel ...', 'a) Geef ...'), or a
    numbered or lettered sentence saying what must be done ('a. De dienst moet ...', ``_MODAL_ITEM``), whose
    next paragraph answers it: it opens with the answer as a label ('Overgenomen. ...') or gives a stance
    ('Deze aanbeveling neem ik over.'), after the letter spoke of recommendations or advice (first at
    ``first_mention``, -1: nowhere)."""
    paragraphs = document.paragraphs
    if paragraphs[index].kind not in ("text", "heading") or index + 1 >= len(paragraphs) \
            or paragraphs[index + 1].kind != "text":
        return None
    start = paragraphs[index].span.start
    if not 0 <= first_mention < start:
        return None  # the letter has not spoken of recommendations yet
    written = document.text[start:paragraphs[index].span.end]
    marker = _BULLET.match(written) if not written[:1].isupper() else None
    if paragraphs[index].kind == "heading" and marker is None:
        return None  # a heading is read only as a numbered or lettered item ('1. Stel het schooladvies later vast')
    to = _ADDRESSEE_LABEL.match(written, marker.end() if marker else 0) if written[:1] in "AaG" or marker else None
    first = written[to.end() if to else marker.end() if marker else 0:]
    sentences = [sentence for sentence in _sentences_of(document, index) if not _MARKER_ONLY.fullmatch(sentence.text)]
    # a numbered or lettered item saying what must be done, one sentence ('a. De dienst moet meer ruimte krijgen
    # om ...'), as a list may give some of its recommendations
    modal = bool(marker) and not to and len(sentences) == 1 and first[:1].isupper() \
        and _MODAL_ITEM.match(_without_marker(sentences[0].text)) is not None
    word = first[:24].split(None, 1)[0].lower() if first[:24].strip() else ""
    if not modal and (word in _FUNCTION_WORDS or (word.endswith(("en", "e", "s")) and word not in _IMPERATIVES)):
        return None  # 'De ...', 'Het ...', 'Ik ...', 'Daarnaast ...': most paragraphs stop at their first word
    if not modal and not is_imperative(first):
        return None
    if not marker and any(section.start <= start < section.end for section in _aanbeveling_sections(document)):
        return None  # a list under an 'Aanbevelingen' heading, with its blocks and addressees (_list_groups)
    if not sentences or not modal and (
            not all(is_imperative(_without_marker(sentence.text)) for sentence in sentences[1:])
            or not is_imperative(first.lstrip() if to else _without_marker(sentences[0].text))):
        return None
    answer = _sentences_of(document, index + 1)
    if not answer or is_imperative(_without_marker(answer[0].text)) or not (
            _ANSWER_LABEL.match(document.text, paragraphs[index + 1].span.start)
            or any(stance_of(sentence.text) is not None for sentence in answer[:2])
            or _OPENING_ANAPHOR.match(answer[0].text) and not modal):  # 'Deze aanbeveling is gericht aan ...'
        return None
    if to:  # 'Aan ProRail: Zorg ervoor dat ...': the addressee, then the recommendation
        begin = start + to.end()
    else:
        begin = start + marker.end() + len(first) - len(first.lstrip()) if marker else sentences[0].span.start
    span = Span(begin, sentences[-1].span.end)
    number = _BULLET_NUMBER.match(written) if marker else None
    addressee = _named_addressee(to, start) if to else None
    return index, [_Item(_normalise_space(document.text[span.start:span.end]), span,
                         addressee[0] if addressee else None, addressee[1] if addressee else None,
                         "imperative answered by the paragraph after", 0,
                         label=_label(number.group("number")) if number else None)]


# an addressee label before a recommendation on its line: 'Aan ProRail: Zorg ...', 'Gericht aan de IND: Herzie ...'
_ADDRESSEE_LEAD = r"(?:(?:Aanbeveling\s+)?(?:gericht\s+)?[Aa]an|Gericht\s+aan)\s+(?P<addressee>[^:.;]{2,80}?)\s*:\s+"
_ADDRESSEE_LABEL = re.compile(r"\s*" + _ADDRESSEE_LEAD + r"(?=[«“„\"‘]?[A-Z])")
_ADDRESSED_WITH_ANSWER = "addressed imperative answered in its paragraph"


def _addressed_imperative_with_answer(document: Document, index: int,
                                      first_mention: int) -> tuple[int, list[_Item]] | None:
    """A paragraph that opens with an addressee and a recommendation in the imperative and goes on with the
    answer ('Aan de KNVB: Stel een draaiboek op. De KNVB heeft het draaiboek inmiddels vastgesteld.'), after the
    letter spoke of recommendations (first at ``first_mention``); the answer must give a stance. The paragraph
    may be an item of a list and the recommendation quoted ('b. Aan de minister: “Maak ... bindend.” Deze
    aanbeveling neem ik niet over.'): the item is then the words between the quotes."""
    paragraph = document.paragraphs[index]
    if paragraph.kind != "text" or not 0 <= first_mention < paragraph.span.start:
        return None
    written = _paragraph_text(document, index)
    marker = _BULLET.match(written)
    lead = marker.end() if marker else 0
    to = _ADDRESSEE_LABEL.match(written, lead) if written[lead:lead + 1] in "AG" else None
    sentences = [sentence for sentence in _sentences_of(document, index) if not _MARKER_ONLY.fullmatch(sentence.text)]
    if to is None or len(sentences) < 2 or not is_imperative(written[to.end():]):
        return None
    leading = 1
    while leading < len(sentences) and is_imperative(sentences[leading].text):
        leading += 1
    if leading == len(sentences) or not any(stance_of(sentence.text) for sentence in sentences[leading:]):
        return None
    start = paragraph.span.start
    begin, end = start + to.end(), sentences[leading - 1].span.end
    if document.text[begin] in _OPENING_QUOTES and document.text[end - 1] in _CLOSING_QUOTES:
        begin, end = begin + 1, end - 1  # '“Neem de regie ... .”': the words quoted
    span = Span(begin, end)
    who, who_span = _named_addressee(to, start)
    number = _BULLET_NUMBER.match(written) if marker else None
    return index, [_Item(_normalise_space(document.text[span.start:span.end]), span, who,
                         who_span, _ADDRESSED_WITH_ANSWER, 0,
                         label=_label(number.group("number")) if number else None)]
