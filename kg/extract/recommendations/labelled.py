"""Recommendations as bullets, numbered labels and quotations (``_labelled_groups``): bullets after an intro
('X beveelt het volgende aan:'), 'Aanbeveling 2: ...' labels, a quoted paragraph, the next item of a list answered
item by item, and the items answered in their own paragraph (answered.py). A group's response is the paragraphs up
to the next label, intro or heading, and the sections under headings that each name an item by its subject."""
from __future__ import annotations

import re
from collections.abc import Sequence

from ...domain.model import Document, Sentence, Span
from .answered import (
    _ADDRESSED_WITH_ANSWER,
    _ADDRESSEE_LEAD,
    _COUNTED_IMPERATIVE,
    _COUNTED_INTRO,
    _INTRO_ADDRESSEE,
    _INTRO_ADDRESSEE_TO,
    _LISTED_WITH_ANSWER,
    _RECOMMENDATIONS_SPOKEN_OF,
    _addressed_imperative_with_answer,
    _answered_inside,
    _counted_imperative_with_answer,
    _imperative_then_answer,
    _listed_imperative_with_answer,
)
from .authors import _INFINITIVE, _running_addressee
from .common import (
    _BULLET,
    _BULLET_NUMBER,
    _MARKER_ONLY,
    _containment,
    _content_words,
    _Group,
    _Item,
    _label,
    _named_addressee,
    _normalise_space,
    _paragraph_text,
    _region_end,
    _sentences_of,
    _without_marker,
    is_imperative,
)
from .measures import _IMPERATIVE_LIST, split_measures
from .pointers import _BARE_ANAPHOR, _OPENING_ANAPHOR
from .stance import stance_of

_BULLETED = "bullet after a recommendation intro"
_UNDER_HEADING = "list item under a heading naming its addressee"
_NEXT_ITEM = "list item after the answer to the one before"
_LABEL_WITH_ANSWER = "numbered recommendation label answered in its paragraph"
_STATED_UNDER_TITLE = "recommendation stated under its numbered title"
_OWN_ANSWER = (_LISTED_WITH_ANSWER, _LABEL_WITH_ANSWER, _ADDRESSED_WITH_ANSWER,  # answered in the item's paragraph
               _COUNTED_IMPERATIVE, _NEXT_ITEM, _STATED_UNDER_TITLE)


def _labelled_groups(document: Document, skip: frozenset[int] = frozenset()) -> tuple[list[_Group], frozenset[int]]:
    """Recommendations as bullets after an intro ('X beveelt het volgende aan:') or under a
    numbered label ('Aanbeveling 2: ...', 'Aanbeveling 2' then the text), with the paragraphs
    after them (up to the next label, intro or heading) as the response; none read from the paragraphs in ``skip``
    (a table's: its numbered rows would read as numbered items without their answer cells)."""
    paragraphs = document.paragraphs
    starts: list[tuple[int, int, list[_Item]]] = []  # first paragraph, last paragraph, items
    used: set[int] = set()
    spoken_of = _RECOMMENDATIONS_SPOKEN_OF.search(document.text)  # where the letter first speaks of them
    first_mention = spoken_of.start() if spoken_of else -1
    index = 0
    while index < len(paragraphs):
        if index in skip:
            index += 1
            continue
        found = _bullet_block(document, index) or _numbered(document, index) or _quoted(document, index) \
            or _listed_imperative_with_answer(document, index) \
            or _addressed_imperative_with_answer(document, index, first_mention) \
            or _counted_imperative_with_answer(document, index) \
            or _imperative_then_answer(document, index, first_mention)
        if found is None and starts:
            found = _next_list_item(document, index, starts[-1][1], starts[-1][2][-1])
        if found is None:
            index += 1
            continue
        last, items = found
        starts.append((index, last, items))
        used.update(range(index, last + 1))
        index = last + 1
    groups: list[_Group] = []
    for position, (_, last, items) in enumerate(starts):
        stop = starts[position + 1][0] if position + 1 < len(starts) else _region_end(document, last)
        # the sentences of the text paragraphs between (sentences stand in the order of their paragraphs)
        response = [sentence for index in range(last + 1, stop) if paragraphs[index].kind == "text"
                    for sentence in _sentences_of(document, index)]
        response = list(_after_response_label(document, last)) + response
        if items[-1].rule == _BULLETED and items[-1].span.end < paragraphs[last].span.end:
            # the letter goes on in the last item's paragraph: 'b) registreer X. De tweede volgt al uit de wet.'
            response = _sentences_after(document, last, items[-1].span.end) + response
        if items[-1].rule in _OWN_ANSWER:
            # '1. Stel ... aan. Dat is al zo: ...', 'Aanbeveling 2 – «...» Deze neem ik over.': its own answer first
            response = _sentences_after(document, last, items[-1].span.end) + response
        used.update(range(last + 1, stop))
        topics: list[tuple[int, int]] = []
        if position + 1 == len(starts) and len(items) > 1:
            sections, stop = _topic_sections(document, stop, items)
            for sentences, item in sections:
                response += sentences
                topics += [(sentence.span.start, item.span.start) for sentence in sentences]
            used.update(range(last + 1, stop))
        groups.append(_Group(tuple(items), tuple(response), aligned=len(items) > 1, topics=tuple(topics)))
    return groups, frozenset(used)


def _after_response_label(document: Document, paragraph: int) -> list[Sentence]:
    """Sentences after a 'Reactie:' label inside the last paragraph of a numbered recommendation."""
    written = _paragraph_text(document, paragraph)
    cut = _RESPONSE_LABEL_INSIDE.search(written)
    if not cut:
        return []
    start = document.paragraphs[paragraph].span.start + cut.start()
    return [sentence for sentence in _sentences_of(document, paragraph) if sentence.span.end > start]


def _sentences_after(document: Document, paragraph: int, end: int) -> list[Sentence]:
    """The sentences of a paragraph after offset ``end``; one that runs across it is cut there (the answer after
    a quoted recommendation the reader kept in one sentence: '«Stel ... op.» Dit gebeurt al: ...')."""
    found: list[Sentence] = []
    for sentence in _sentences_of(document, paragraph):
        if sentence.span.end <= end:
            continue
        if sentence.span.start < end:
            rest = document.text[end:sentence.span.end]
            skip = len(rest) - len(rest.lstrip(" »”\"’.:\n\t"))
            if not rest[skip:].strip():
                continue
            sentence = Sentence(Span(end + skip, sentence.span.end), rest[skip:], sentence.paragraph)
        found.append(sentence)
    return found


_TOPIC_WORDS = 10  # a heading naming a recommendation by its subject is short


def _topic_sections(document: Document, index: int,
                    items: Sequence[_Item]) -> tuple[list[tuple[list[Sentence], _Item]], int]:
    """The sections after a list of recommendations under headings that each name one of them by its subject
    ('Verblijfsduur', 'Toegang tot activiteiten buiten de locatie' after '• zorg dat kinderen niet langer dan een jaar
    ... verblijven; • bied kinderen dezelfde toegang tot ... buiten de locatie'): from the heading at ``index`` on,
    while each heading's content words stand for at least half in one item; each section goes to that item (of
    items sharing as many, the first one no heading named before). Returns the sections and the paragraph where
    they end (``index`` when the heading there names none: the letter goes on to another subject)."""
    paragraphs = document.paragraphs
    words = [_content_words(item.text) for item in items]
    named: set[int] = set()
    sections: list[tuple[list[Sentence], _Item]] = []
    while index < len(paragraphs) and paragraphs[index].kind == "heading":
        heading = _paragraph_text(document, index)
        heading_words = _content_words(heading)
        if not heading_words or len(heading.split()) > _TOPIC_WORDS or _BULLET.match(heading):
            break
        shares = [_containment(heading_words, item_words) for item_words in words]
        best = max(shares)
        if best < 0.5:
            break
        tied = [position for position, share in enumerate(shares) if share == best]
        chosen = next((position for position in tied if position not in named), tied[0])
        named.add(chosen)
        end = _region_end(document, index)
        sentences = [sentence for following in range(index + 1, end) if paragraphs[following].kind == "text"
                     for sentence in _sentences_of(document, following)]
        sections.append((sentences, items[chosen]))
        index = end
    return sections, index


_LIST_INTRO = re.compile(
    r"(?:\baanbeveling(?:en)?\b|\bbeveelt\b.*\baan\b|\badviseert\b|\badviezen\b|\bbeveelt\s+aan\b)[^:]*:\s*$",
    re.IGNORECASE)

# an addressee line of a list of recommendations: before its first item ('Aan de Minister van X:') or going on to
# another addressee ('En aan ProRail:')
_CONTINUED_ADDRESSEE = re.compile(
    r"^\s*(?:En\s+|Ook\s+|Tevens\s+)?(?:(?:de\s+)?aanbeveling(?:en)?\s+)?(?:gericht\s+)?aan\s+(?P<addressee>[^:.]{2,80}?)\s*:\s*$",
    re.IGNORECASE)


# an item that opens with its addressee: '– aan DUO: informeer ...', '– Aan gemeenten: betrek ...'
_INLINE_ADDRESSEE = re.compile(_ADDRESSEE_LEAD + r"(?=\S)")  # (the label of answered.py, any word after it)


def _bullet_block(document: Document, index: int) -> tuple[int, list[_Item]] | None:
    paragraph = document.paragraphs[index]
    if paragraph.kind == "heading":
        return _list_under_heading(document, index)
    sentences = _sentences_of(document, index)
    if paragraph.kind != "text" or not sentences:
        return None
    labelled_by_addressee = _addressee_opens_list(document, index)
    if labelled_by_addressee is None and (":" not in sentences[-1].text or not _LIST_INTRO.search(sentences[-1].text)):
        if not (_COUNTED_INTRO.search(sentences[-1].text) and _numbered_imperative_follows(document, index)):
            return None  # 'De IVD doet in het rapport vier aanbevelingen.' then '1. Actualiseer ...'
    if _answered_inside(document, index + 1):
        return None  # '1. Zorg dat ... . Dit neem ik over.': read item by item (_listed_imperative_with_answer)
    intro = sentences[-1]
    addressee = labelled_by_addressee
    named = _INTRO_ADDRESSEE.search(intro.text) or _INTRO_ADDRESSEE_TO.search(intro.text)
    if named and addressee is None:
        addressee = _running_addressee(intro, named)
    items: list[_Item] = []
    last = index
    for following in range(index + 1, len(document.paragraphs)):
        if document.paragraphs[following].kind != "text":
            break
        written = _paragraph_text(document, following)
        bullet = _BULLET.match(written)
        if not bullet:
            going_on = _CONTINUED_ADDRESSEE.match(written)
            if going_on is None:
                break
            addressee = _addressee_line(document, following, going_on)
            last = following
            continue
        number = _BULLET_NUMBER.match(written)
        body = _list_item_body(written[bullet.end():], document, following)
        start = document.paragraphs[following].span.start + bullet.end() + (len(body) - len(body.lstrip()))
        to, label = addressee, _INLINE_ADDRESSEE.match(body.lstrip())
        if label is not None:  # '– aan DUO: informeer ... , en spoor ... op;': the addressee, then the items
            to = _named_addressee(label, start)
            start += label.end()
            body = body.lstrip()[label.end():]
        cleaned = re.sub(r"(?:[;,.]\s*(?:en|of)?|\s+(?:en|of))\s*$", "", body.strip()).strip()
        # 'verbeter X, en zorg dat Y': one recommendation per imperative
        parts = split_measures(cleaned) if _IMPERATIVE_LIST.match(cleaned) else [(0, cleaned)]
        for offset, part in parts:
            items.append(_Item(part, Span(start + offset, start + offset + len(part)), to[0] if to else None,
                               to[1] if to else None, _BULLETED, 0,
                               label=_label(number.group("number")) if number and len(parts) == 1 else None))
        last = following
    return (last, items) if items else None


# a heading over a list of recommendations to one addressee ('Aanbevelingen aan de Staatssecretaris van JenV')
_LIST_HEADING = re.compile(r"\s*(?:Aanbeveling(?:en)?|Advie(?:s|zen))\s+(?:gericht\s+)?aan\s+"
                           r"(?P<addressee>[^.;:]{2,80}?)\s*:?\s*")


def _list_under_heading(document: Document, index: int) -> tuple[int, list[_Item]] | None:
    """Numbered or bulleted imperatives under a heading that names their addressee ('Aanbevelingen aan het COA' /
    '3. Zorg dat ...' / '4. Registreer ...'), each item with that addressee; None for any other heading."""
    heading = _LIST_HEADING.fullmatch(_paragraph_text(document, index))
    if heading is None:
        return None
    to, to_span = _named_addressee(heading, document.paragraphs[index].span.start)
    items: list[_Item] = []
    last = index
    for following in range(index + 1, len(document.paragraphs)):
        text = _paragraph_text(document, following)
        bullet = _BULLET.match(text)
        if bullet is None or not _is_numbered_imperative(document, following):
            break
        number = _BULLET_NUMBER.match(text)
        body = text[bullet.end():].strip()
        begin = document.paragraphs[following].span.start + text.index(body, bullet.end())
        items.append(_Item(body, Span(begin, begin + len(body)), to, to_span, _UNDER_HEADING, 0,
                           label=_label(number.group("number")) if number else None))
        last = following
    return (last, items) if items else None


_TELLS_OF_RECOMMENDATIONS = re.compile(r"\b(?:aanbeveling(?:en)?|adviezen)\b", re.IGNORECASE)


def _addressee_opens_list(document: Document, index: int) -> tuple[str, Span] | None:
    """The addressee of a list of recommendations opened by a line of its own that names it ('Aan het kabinet:'),
    right after a paragraph that tells of the recommendations ('Zij sluit haar advies af met een reeks
    aanbevelingen, ...') and before imperative items ('- Stel een fonds in ...'); else None."""
    going_on = _CONTINUED_ADDRESSEE.match(_paragraph_text(document, index))
    if going_on is None or index == 0 or document.paragraphs[index - 1].kind != "text" \
            or not _TELLS_OF_RECOMMENDATIONS.search(_paragraph_text(document, index - 1)) \
            or not _numbered_imperative_follows(document, index):
        return None
    return _addressee_line(document, index, going_on)


def _addressee_line(document: Document, index: int, line: re.Match[str]) -> tuple[str, Span]:
    """The addressee a line of paragraph ``index`` names ('Aan de gemeenten:'), without its article, and its span."""
    return _named_addressee(line, document.paragraphs[index].span.start)


def _list_item_body(body: str, document: Document, paragraph: int) -> str:
    """The text of a list item; for the last item of a list, without the sentences after it that are no
    longer part of the list but the letter going on in the same paragraph ('b) registreer X. De tweede
    aanbeveling volgt al uit de wet.'): those stay the response (the reader of the block adds them)."""
    following = paragraph + 1
    if following < len(document.paragraphs) and document.paragraphs[following].kind == "text" \
            and _BULLET.match(_paragraph_text(document, following)):
        return body  # not the last item
    for end in _SENTENCE_END.finditer(body):
        rest = body[end.end():]
        if body[:end.start()].rstrip().endswith(".") and not is_imperative(rest) and not _BULLET.match(rest):
            return body[:end.start()]
    return body


def _numbered_imperative_follows(document: Document, index: int) -> bool:
    """Whether the two paragraphs after ``index`` are numbered, lettered or bulleted imperatives ('1. Actualiseer
    ...', '2. Wijs ...', '- Verbeter ...'): a list (one followed by its answer is read by _imperative_then_answer)."""
    return index + 2 < len(document.paragraphs) \
        and all(_is_numbered_imperative(document, following) for following in (index + 1, index + 2))


def _is_numbered_imperative(document: Document, index: int) -> bool:
    """Whether paragraph ``index`` is a numbered, lettered or bulleted imperative ('1. Actualiseer ...')."""
    written = _paragraph_text(document, index)
    return document.paragraphs[index].kind == "text" and bool(_BULLET.match(written)) \
        and is_imperative(_without_marker(written.lstrip()))


# 'Aanbeveling 2:', 'Advies IV', and with its addressee in brackets: 'Aanbeveling 3 (aan de Minister van VWS)'
_NUMBERED = re.compile(r"^\s*(?:Aanbeveling|Advies)\s+(?:\d{1,2}|[IVX]{1,4})\b"
                       r"(?:\s*\((?:aan|voor|gericht\s+aan)\s+(?P<addressee>[^()\n]{2,80})\))?"
                       r"\s*(?P<mark>[:.)–-]?)\s*(?P<text>.*)$", re.DOTALL)
_RESPONSE_LABEL_INSIDE = re.compile(
    r"(?:^|(?<=[.!?])\s+|\n)(?:(?:Beleids|Kabinets)?[Rr]eactie|Standpunt|Appreciatie)(?:\s+(?:van\s+het\s+)?kabinet)?\s*:")


def _numbered(document: Document, index: int) -> tuple[int, list[_Item]] | None:
    """'Aanbeveling 1: Zorg dat ...' or 'Aanbeveling 1' followed by the text paragraph."""
    if document.paragraphs[index].kind not in ("text", "heading"):
        return None
    written = _paragraph_text(document, index)
    label = _NUMBERED.match(written)
    if not label or (not label.group("mark") and label.group("text")[:1].islower()):
        return None  # 'Aanbeveling 1 luidt: ...', 'Aanbeveling 4 stelt voor ...': a sentence, read as running text
    body_start = document.paragraphs[index].span.start + label.start("text")
    last = index
    body = label.group("text")
    if body.strip() and _TITLE_ONLY.fullmatch(body):
        stated = _stated_under_title(document, index)
        if stated is not None:  # 'Aanbeveling 1 – Minder afzonderingen' over 'De raad beveelt aan ...'
            number = re.match(r"\D*(\d{1,2})", written)
            return index + 1, [_Item(_normalise_space(stated.text), stated.span, None, None, _STATED_UNDER_TITLE, 0,
                                     label=int(number.group(1)) if number else None)]
    if not body.strip():
        if index + 1 >= len(document.paragraphs) or document.paragraphs[index + 1].kind != "text":
            return None
        last = index + 1
        body = _paragraph_text(document, last)
        body_start = document.paragraphs[last].span.start
    cut = _RESPONSE_LABEL_INSIDE.search(body)
    body = body[:cut.start()] if cut else body
    number = re.match(r"\D*(\d{1,2})", written)
    own = None if cut else _answered_after_label(body)
    if own is not None:  # 'Aanbeveling 2 – «Rapporteer ...» Deze aanbeveling neem ik over.'
        begin, end = body_start + own[0], body_start + own[1]
        return last, [_Item(_normalise_space(document.text[begin:end]), Span(begin, end), None, None,
                            _LABEL_WITH_ANSWER, 0, label=int(number.group(1)) if number else None)]
    cleaned = _normalise_space(body)
    if len(cleaned.split()) < 3:
        return None
    offset = len(body) - len(body.lstrip())
    # the addressee in brackets: 'Aanbeveling 1 (aan ggz-aanbieders en zorgverzekeraars)'
    to = _named_addressee(label, document.paragraphs[index].span.start) if label.group("addressee") else None
    return last, [_Item(cleaned, Span(body_start + offset, body_start + offset + len(body.strip())),
                        to[0] if to else None, to[1] if to else None, "numbered recommendation label", 0,
                        label=int(number.group(1)) if number else None)]


_TITLE_ONLY = re.compile(r"\s*[^.!?;:]{3,80}?\s*")  # a label's short title ('Terugdringen van afzonderingen')
# a sentence stating a recommendation: its author recommends, advises, asks or pleads, or what must be done
_STATES_RECOMMENDATION = re.compile(
    r"\b(?:beveelt|bevelen|aanbevolen|adviseert|adviseren|geadviseerd|vraagt|vragen|pleit|pleiten|stelt|stellen|"
    r"moet|moeten|dient|dienen)\b")


def _stated_under_title(document: Document, index: int) -> Sentence | None:
    """The first sentence of the paragraph under a numbered label with a short title, when it states the
    recommendation ('De Kinderombudsman beveelt aan het aantal afzonderingen te halveren.', 'Iedere jongere moet
    volgens de raad toegang hebben tot ...'): not an answer (no stance, no pointer such as 'Deze aanbeveling'),
    and in the words of a recommendation. None: the title is the recommendation."""
    if index + 1 >= len(document.paragraphs) or document.paragraphs[index + 1].kind != "text":
        return None
    sentences = _sentences_of(document, index + 1)
    if not sentences:
        return None
    first = sentences[0]
    if stance_of(first.text) is not None or _OPENING_ANAPHOR.match(first.text) or _BARE_ANAPHOR.match(first.text) \
            or not _STATES_RECOMMENDATION.search(first.text):
        return None
    return first
# the recommendation quoted after its label, then more text: 'Aanbeveling 1 – «Stel ... op.» Dit gebeurt al: ...'
_QUOTED_THEN_MORE = re.compile(r"\s*[«“„\"‘](?P<text>[^«»“”\"]{12,400}?)\s*[»”\"’]\s*[.:]?\s+(?=[A-Z])")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z«“„\"‘(])")


def _answered_after_label(body: str) -> tuple[int, int] | None:
    """Where the recommendation stands in the text after a numbered label when the government's answer follows
    it in the same paragraph: the quoted part ('«Rapporteer de Kamer over ...» Deze aanbeveling neem ik over.'),
    or, unquoted, the opening imperative or modal sentences when a later sentence gives a stance ('Zorg dat ... .
    Dit gebeurt al.'); None when the whole text is the recommendation."""
    quoted = _QUOTED_THEN_MORE.match(body)
    if quoted:
        return quoted.start("text"), quoted.end("text")
    offsets = [0] + [match.end() for match in _SENTENCE_END.finditer(body)]
    pieces = [body[start:end] for start, end in zip(offsets, offsets[1:] + [len(body)])]
    leading = 0
    while leading < len(pieces) and (is_imperative(pieces[leading].strip()) or _MODAL.search(pieces[leading])):
        leading += 1
    if leading == 0 or leading == len(pieces) or not any(stance_of(piece.strip()) for piece in pieces[leading:]):
        return None
    start = len(body) - len(body.lstrip())
    return start, offsets[leading - 1] + len(pieces[leading - 1].rstrip())


# a paragraph that is one quotation: '«Richt een Nationale Veiligheidsraad op naar Brits model.»'
_QUOTED = re.compile(r"^\s*[«“„\"‘](?P<text>[^«»“”\"]{12,400}?)\s*[»”\"’]\s*\.?\s*$")
_MODAL = re.compile(r"\b(?:moet|moeten|dient|dienen|zou|zouden|behoort|behoren)\b")


def _quoted(document: Document, index: int) -> tuple[int, list[_Item]] | None:
    """A recommendation quoted as a paragraph of its own (imperative, or with 'moet'/'zou ... moeten'),
    after the letter has spoken of recommendations; the paragraphs after it answer it."""
    paragraph = document.paragraphs[index]
    if paragraph.kind not in ("text", "heading"):
        return None
    written = _paragraph_text(document, index)
    quoted = _QUOTED.match(written) if written.lstrip()[:1] in "«“„\"‘" else None
    if not quoted:
        return None
    inner = quoted.group("text")
    if not (is_imperative(inner) or _MODAL.search(inner)) \
            or "aanbeveling" not in document.text[:paragraph.span.start].lower():
        return None
    start = paragraph.span.start + quoted.start("text")
    return index, [_Item(_normalise_space(inner), Span(start, start + len(inner)), None, None,
                         "quoted recommendation", 0)]


_ANSWER_PARAGRAPHS = 4  # at most this many paragraphs answer one list item before the next item


def _next_list_item(document: Document, index: int, last: int, before: _Item) -> tuple[int, list[_Item]] | None:
    """The next item of a list of recommendations that the letter answers item by item, each answer in
    paragraphs of its own ('b. meldingen centraal te registreren;' then 'Dit gebeurt al.', then 'c. ...'; or
    '• Schaf de leges af.' then the answer, then '• Verkort de wachttijden.'): a paragraph with the next number
    or letter of the item before (paragraph ``last``), or the same bullet, after one to four paragraphs of answer
    without a marker, in the same form as that item (an imperative after an imperative, else a phrase with a 'te'
    infinitive). It is read without a stance in its answer: the list already is one of recommendations."""
    paragraphs = document.paragraphs
    if not 0 < index - last - 1 <= _ANSWER_PARAGRAPHS or paragraphs[index].kind != "text":
        return None
    if any(paragraphs[between].kind != "text" or _BULLET.match(_paragraph_text(document, between))
           for between in range(last + 1, index)):
        return None  # a heading, or another list, in between
    written, previous = _paragraph_text(document, index), _paragraph_text(document, last)
    marker, earlier = _BULLET.match(written), _BULLET.match(previous)
    if marker is None or earlier is None:
        return None
    number, earlier_number = _BULLET_NUMBER.match(written), _BULLET_NUMBER.match(previous)
    if number is None or earlier_number is None:
        if number is not None or earlier_number is not None or marker.group(0).strip() != earlier.group(0).strip():
            return None  # not the same bullet
    elif number.group("close") != earlier_number.group("close") or before.label is None \
            or _label(number.group("number")) != before.label + 1 \
            or number.group("number").isdigit() != earlier_number.group("number").isdigit():
        return None  # not the next number or letter
    sentences = [sentence for sentence in _sentences_of(document, index) if not _MARKER_ONLY.fullmatch(sentence.text)]
    if not sentences:
        return None
    first = _without_marker(sentences[0].text)
    if is_imperative(_without_marker(before.text) if before.text[:1].isupper() else before.text):
        if not is_imperative(first):
            return None
        leading = 1
        while leading < len(sentences) and is_imperative(sentences[leading].text):
            leading += 1
    elif first[:1].isupper() or not _INFINITIVE.search(first):
        return None
    else:  # a phrase: without the stop or semicolon that ends it, as the other items of its list
        leading = 1
    start = document.paragraphs[index].span.start
    begin = start + marker.end() + len(written[marker.end():]) - len(written[marker.end():].lstrip())
    text = _normalise_space(document.text[begin:sentences[leading - 1].span.end])
    text = re.sub(r"(?:[;,]\s*(?:en|of)?|\s+(?:en|of))\s*$" if leading > 1 or text[:1].isupper()
                  else r"(?:[;,.]\s*(?:en|of)?|\s+(?:en|of))\s*$", "", text).strip()
    span = Span(begin, begin + len(text)) if document.text.startswith(text, begin) \
        else Span(begin, sentences[leading - 1].span.end)
    return index, [_Item(text, span, before.addressee, before.addressee_span, _NEXT_ITEM, 0,
                         label=_label(number.group("number")) if number else None)]
