"""Recommendations in running text (``_running_groups``): each sentence tried against the triggers
(triggers.py, with the checks of who speaks in authors.py), a recommendation named inside its answer ('Het advies
om X te versterken neem ik over', 'In lijn met de aanbeveling van X zal ...'), 'De eerste is om ...' after a
sentence naming the recommendations, and follow-on sentences; one group per paragraph, answered by the rest of
the paragraph and the paragraphs after it."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ...domain.model import Document, Sentence, Span
from .. import FOLDS_ODDLY
from .answered import _COUNTED_IMPERATIVE, _COUNTED_INTRO, _counted_addressee, _counted_item
from .authors import (
    _ADVICE_ABOUT,
    _ADVICE_TO_COME,
    _GOVERNMENT_ADVISED,
    _GOVERNMENT_LEAD,
    _GOVERNMENT_SUBJECT,
    _INVERTED_AUTHOR,
    _INVERTING_LEAD,
    _NOT_AN_AUTHOR,
    _REPORT_ANCHOR,
    _WE,
    _asks_government,
    _is_author,
    _proposes,
    _recommends,
    _running_addressee,
)
from .common import (
    _content_words,
    _Group,
    _Item,
    _named_addressee,
    _region_end,
    _sentences_of,
    _similarity,
    is_imperative,
)
from .lists import _SUBHEADING
from .measures import _ANSWER_AFTER_SEMICOLON, _items, answer_after_comma
from .stance import stance_of
from .triggers import (
    _APPOSITIVE,
    _ASKS_QUOTED,
    _AUTHOR_AFTER_VERB,
    _COUNTED_ADVICE,
    _COUNTED_INLINE,
    _COUNTED_MARKED,
    _FRONTED_PASSIVE,
    _GETS_RECOMMENDATION,
    _PROPOSALS,
    _SUBORDINATE,
    _TRIGGER_TABLE,
    _may_trigger,
)

_FOLLOW_ON = re.compile(
    r"^(?:(?:Ook|Verder|Daarnaast|Voorts|Tevens|Bovendien|Tot slot|Om dit te \w+)\s+)?"
    r"(?:moet|moeten)\s+(?:er\s+)?(?:volgens\s+[^,]{2,60}?,?\s+)?(?:,?\s*onder (?:andere|meer),?\s+)?"
    r"(?:voor\s+gezorgd\s+worden\s+dat\s+)?(?P<text>\S.+)$")

# 'Het kabinet onderschrijft de aanbeveling van de SER om ... te ...', 'In lijn met de oproep van de Raad om ...
# is ... gestart': a response that names what it answers
_EMBEDDED = "answer naming the aanbeveling om ..."
_EMBEDDED_PATTERN = re.compile(
    r"\b(?:de|het|deze|die)\s+(?:aanbeveling(?:en)?|advie(?:s|zen)|voorstel(?:len)?|oproep(?:en)?)\s+"
    r"(?:van\s+(?:de|het)\s+[^.,;:]{2,60}?\s+)?(?:over\s+)?"  # 'neemt de aanbeveling over om ...'
    r"om\s+(?P<text>[^.;:,]*\bte\s+(?:laten\s+)?\w+(?:\s+\w+en(?=\s*[.,;:]|\s*$))?)", re.IGNORECASE)
# 'In lijn met de aanbeveling van de Rekenkamer zal bij iedere maatregel ... worden uitgevoerd': the government's
# action names the recommendation it follows; the action is the recommendation, the sentence its answer
_IN_LINE = "in lijn met de aanbeveling van X zal ..."
_ACTION = (r"(?P<text>(?:zal|zullen|wordt|worden|ga|gaat|gaan|heb|heeft|hebben|neem|neemt|nemen|start|starten|pas|"
           r"past|passen|breng|brengt|brengen|richt|richten|stel|stelt|stellen|maak|maakt|maken|wil|willen)\b[^;]+)")
_IN_LINE_PATTERN = re.compile(
    r"^\s*(?:(?:Ook|Daarnaast|Verder|Tevens|Voorts|Bovendien)\s+)?"
    r"(?:(?:[Ii]n\s+lijn\s+met|[Cc]onform|[Oo]vereenkomstig|[Ii]n\s+navolging\s+van)\s+(?:de|het|deze)\s+"
    r"(?:aanbeveling(?:en)?)\s+(?:van|uit)|[Oo]p\s+aanbeveling\s+van)\s+(?P<author>[^,;:]{2,100}?)\s*,?\s+" + _ACTION)
# 'Zoals de Rekenkamer aanbeveelt, zal ik de regeling jaarlijks evalueren': the same, with the author's verb
_AS_ADVISED_PATTERN = re.compile(
    r"^\s*(?:(?:Ook|Daarnaast|Verder|Tevens|Voorts|Bovendien)\s+)?[Zz]oals\s+(?P<author>[^,;:]{2,100}?)\s+"
    r"(?:aanbeveelt|aanbevelen|aanbeval|aanbevalen|(?:heeft|hebben)\s+aanbevolen)\s*,\s*" + _ACTION)
_SELF_ANSWERING = (_APPOSITIVE, _EMBEDDED, _IN_LINE)
_NAMED_IN_ANSWER = (_EMBEDDED, _IN_LINE)  # dropped when they repeat a recommendation given before

# where a subordinate clause with the recommendation ends and the main clause goes on: ', is op 3 mei verschenen'
_MAIN_CLAUSE_AFTER = re.compile(r",\s+(?:is|was|wordt|werd|heeft|had|zijn|waren|worden|hebben|zal|zullen|kan|kunnen|"
                                r"ligt|lag|staat|stond|verscheen|verschijnt|bevat|bevatte|heb|ben|wil|ga|gaat|laat|"
                                r"ontving|ontvingen|kreeg|kregen|stuur|zend|neem|neemt|deel|deelt|bied|biedt)\b")
# after a sentence naming the recommendations: 'De eerste is om ...', 'De tweede luidt dat ...'
_ELLIPSIS = "de eerste is om ..."
_ORDINAL_ELLIPSIS = re.compile(
    r"^\s*(?:De|Een)\s+(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|laatste)\s+(?:is|luidt)\s*:?\s+"
    r"(?:om|dat)\s+(?P<text>\S.+)$")


# triggers whose asker must be a report's author, not parliament or the government ('Ik moedig gemeenten aan ...')
_ASKED_BY_AN_AUTHOR = ("vraagt het kabinet ... te", "wil ... dat", "moedigt ... aan")


def _running_groups(document: Document, used: frozenset[int] = frozenset()) -> list[_Group]:
    """Recommendations in running text, one group per paragraph that gives them.

    The response region is the rest of that paragraph (sentences that give no recommendation)
    and the paragraphs up to the next paragraph with recommendations or the next heading.
    """
    found: list[tuple[int, list[_Item], list[Sentence]]] = []
    for index, paragraph in enumerate(document.paragraphs):
        if paragraph.kind != "text" or index in used:
            continue
        items: list[_Item] = []
        rest: list[Sentence] = []
        addressee: tuple[str, Span] | None = None
        previous = ""
        previous_ellipsis = False
        counted = False  # after a sentence 'X doet drie aanbevelingen (aan Y).'
        counted_to: tuple[str, Span] | None = None  # and Y
        for sentence in _sentences_of(document, index):
            if counted and _counted_item(sentence.text):
                # 'De inspectie doet drie aanbevelingen. Zorg ... . Dat doe ik. Bied ... .': each one, answered after
                items.extend(_items(sentence, 0, counted_to, _COUNTED_IMPERATIVE, len(found)))
                continue
            if _COUNTED_INTRO.search(sentence.text):
                counted, counted_to = True, _counted_addressee(sentence)
            if is_imperative(sentence.text) or _SUBHEADING.match(sentence.text):
                previous = sentence.text
                continue
            ellipsis = _ORDINAL_ELLIPSIS.match(sentence.text) \
                if "aanbeveling" in previous or "Aanbeveling" in previous or previous_ellipsis else None
            previous_ellipsis = ellipsis is not None  # 'De eerste luidt dat ... De tweede is om ...': a chain
            if ellipsis:  # 'De WRR doet drie aanbevelingen. De eerste is om ...'
                items_here = _items(sentence, ellipsis.start("text"), None, _ELLIPSIS, len(found))
            else:
                items_here, addressee = _running_items(document, sentence, addressee, bool(items), len(found))
            previous = sentence.text
            items.extend(items_here)
            if items and (not items_here or items_here[0].rule in _SELF_ANSWERING):
                rest.append(sentence)  # 'De eerste aanbeveling, om ..., wordt overgenomen': it answers itself
            elif items_here:
                rest.extend(_answer_after_items(sentence, items_here[-1]))
        if items:
            found.append((index, items, rest))
    groups: list[_Group] = []
    places = [sentence.paragraph for sentence in document.sentences]
    in_order = all(a <= b for a, b in zip(places, places[1:]))
    # a paragraph that only names, inside its answers, recommendations given before ('Het advies om X te verkorten,
    # volg ik niet.') answers those: it does not end the response region of the paragraphs before it
    given: list[frozenset[str]] = []
    giving: list[int] = []
    listed = sorted(used)
    for position, (_, items, _) in enumerate(found):
        if not all(item.rule in _NAMED_IN_ANSWER
                   and any(_similarity(_content_words(item.text), words) >= 0.5 for words in given) for item in items):
            giving.append(position)
        given += [_content_words(item.text) for item in items if item.rule not in _NAMED_IN_ANSWER]
    for position, (index, items, rest) in enumerate(found):
        if position + 1 < len(found) and position + 1 in giving:
            stop = found[position + 1][0]
        else:  # the region's end, or the next paragraph giving recommendations before it
            stop = min([found[other][0] for other in giving if other > position] + [_region_end(document, index)])
        fence = bisect_right(listed, index)
        if fence < len(listed):  # a list of recommendations with its own answers ends the region too
            stop = min(stop, listed[fence])
        between = document.sentences[bisect_right(places, index):bisect_left(places, stop)] if in_order \
            else document.sentences
        response = rest + [sentence for sentence in between
                           if index < sentence.paragraph < stop
                           and document.paragraphs[sentence.paragraph].kind == "text"]
        groups.append(_Group(tuple(items), tuple(response), aligned=len(items) > 1))
    return groups


def _answer_after_items(sentence: Sentence, last: _Item) -> list[Sentence]:
    """The answer that follows the recommendations in their own sentence after ';' or ', maar', as a sentence of its
    own ('De commissie adviseert X te herzien; die aanbeveling neemt het kabinet niet over.', '... beveelt aan X te
    spreiden, maar dat is al staand beleid')."""
    offset = last.span.end - sentence.span.start
    rest = sentence.text[offset:]
    if rest.startswith(", maar ") and answer_after_comma(rest) == 0:  # '..., maar dat is al staand beleid'
        skip = len(", maar ")
        return [Sentence(Span(last.span.end + skip, sentence.span.end), rest[skip:], sentence.paragraph)]
    if not rest.startswith(";") or not _ANSWER_AFTER_SEMICOLON.match(rest[1:]):
        return []
    skip = len(rest) - len(rest[1:].lstrip())
    return [Sentence(Span(last.span.end + skip, sentence.span.end), rest[skip:], sentence.paragraph)]


def _running_items(document: Document, sentence: Sentence, addressee: tuple[str, Span] | None,
                   continuing: bool, group: int) -> tuple[list[_Item], tuple[str, Span] | None]:
    text = sentence.text
    folded = None if FOLDS_ODDLY.search(text) else text.lower()
    if folded is not None and not _may_trigger(folded):  # most sentences: a few substring tests, no loop
        embedded = _named_in_answer(sentence, group) if "aanbeveling" in text or "advies" in text \
            or "voorstel" in text or "oproep" in text else []
        if embedded:
            return embedded, addressee
        return (_follow_on_items(sentence, addressee, continuing, group) if continuing else []), addressee
    for rule, pattern, word, any_case, also in _TRIGGER_TABLE:
        if word not in text and (not any_case or (folded is not None and word not in folded)):
            continue  # the pattern cannot match without its word; a substring test is far cheaper
        if also is not None and folded is not None and not also.search(folded):
            continue
        match = pattern.search(text)
        if not match or (rule in _PROPOSALS and not _proposes(text, match)):
            continue
        if rule in _ASKED_BY_AN_AUTHOR and not _asks_government(text, match):
            continue
        if rule == _ASKS_QUOTED and (_GOVERNMENT_SUBJECT.search(text[:match.start("text")])
                                     or _NOT_AN_AUTHOR.search(text[:match.start("text")])):
            continue  # 'Ik vraag gemeenten: ‘Meld ...’', 'De Kamer vraagt: ‘Zorg ...’': not a report's words
        if rule == _SUBORDINATE and (not _recommends(match.group("who")) or _ADVICE_TO_COME.search(match.group("who"))):
            continue  # 'dat wij gemeenten aanbevelen om', 'die de Kamer aanbeveelt', 'waarin de raad zal aanbevelen'
        if rule == _FRONTED_PASSIVE and match.group("who") is not None and not _is_author(match.group("who")):
            continue  # 'Door het kabinet wordt voorgesteld ...': the government's own proposal
        if rule == _FRONTED_PASSIVE and match.group("addressee") is not None and "voorgesteld" in match.group(0):
            continue  # 'Aan de Kamer wordt voorgesteld ...': a proposal to parliament, no report's recommendation
        if rule == "heeft ... geadviseerd" and match.group("aux").startswith("w") \
                and not _REPORT_ANCHOR.search(text[:match.start("text")]) \
                and not _GOVERNMENT_ADVISED.fullmatch(text[:match.start()]):
            continue  # 'Ouders wordt geadviseerd ...': public advice, not a report's ('Het kabinet wordt ...' is)
        if rule == _COUNTED_ADVICE and re.search(r"\b(?:ik|wij|we|mij|ons)\b", match.group("middle"), re.IGNORECASE):
            continue  # 'Het eerste advies dat ik vroeg, was om ...': the government's own request
        if rule in _AUTHOR_AFTER_VERB and not _is_author(match.group("who") or match.groupdict().get("who2") or ""):
            continue  # 'Daarnaast stelt het kabinet voor ...', 'Volgens de planning moet ...': no report's author
        if rule == "adviseert" and match.group(0).startswith("adviseren") \
                and (_WE.search(text[:match.start()]) or _WE.match(match.group("addressee"))):
            continue  # 'Wij adviseren gemeenten om ...', 'Daarom adviseren we ...': the government's own advice
        if rule == "adviseert" and match.group(0).startswith("adviseerde") \
                and (_GOVERNMENT_SUBJECT.search(text[:match.start()])
                     or _GOVERNMENT_SUBJECT.match(match.group("addressee"))):
            continue  # 'Wij adviseerden gemeenten om ...', 'Ik adviseerde ...': the government's own advice
        if rule == "adviseert" and (_ADVICE_TO_COME.search(text[:match.start()])
                                    or _ADVICE_ABOUT.match(match.group("addressee"))):
            continue  # 'SodM zal adviseren over de mogelijkheden om ...': advice asked for or to come, not given
        if rule in ("raadt ... aan", "geeft ... in overweging") \
                and (_GOVERNMENT_SUBJECT.search(text[:match.start()]) or _WE.match(match.group("addressee"))):
            continue  # 'Ik geef uw Kamer in overweging ...', 'Wij raden gemeenten aan ...': the government's own
        if rule in ("beveelt ... aan", "heeft ... geadviseerd") and (
                (_GOVERNMENT_LEAD.fullmatch(text[:match.start()].strip())
                 and not (rule == "heeft ... geadviseerd" and match.group("aux").startswith("w")))  # advised: passive
                or _WE.match(match.groupdict().get("addressee") or match.groupdict().get("middle") or "")):
            continue  # 'Het kabinet beveelt gemeenten aan ...', 'Daarom bevelen wij aan ...': the government's own
        if rule == "ontraadt" and _GOVERNMENT_SUBJECT.search(text[:match.start()]):
            continue  # 'Ik ontraad het amendement', 'Het kabinet ontraadt ...': the government's own advice
        if rule == "adviseert" and text[match.end("addressee"):match.start("text")].strip() == "te" \
                and not _INVERTING_LEAD.fullmatch(text[:match.start()].strip()):
            # 'De commissie adviseert de luchthaven gefaseerd te ontwikkelen': no addressee, the advice itself
            start = match.start("addressee")
            return _items(sentence, start, None, rule, group), None
        if rule == "adviseert" and _INVERTING_LEAD.fullmatch(text[:match.start()].strip()) \
                and text[match.end("addressee"):match.start("text")].strip() == "te":
            # 'Zo adviseert de Raad een fondsenstructuur in te richten': the author, then the advice itself
            author = _INVERTED_AUTHOR.match(match.group("addressee"))
            if author and author.end():
                rest = match.group("addressee")[author.end():]
                start = match.start("addressee") + author.end() + len(rest) - len(rest.lstrip())
                return _items(sentence, start, None, rule, group), None
        # the addressees as the subject ('Schoolbesturen krijgen ... de aanbeveling om'), capitalised as the first
        # word, which _running_addressee would take for an author put first
        named = _named_addressee(match, sentence.span.start) if rule == _GETS_RECOMMENDATION \
            else _running_addressee(sentence, match)
        if named is None and rule == "doet de aanbeveling om":
            named = _fronted_addressee(sentence)
        if named is not None:
            addressee = named
        elif rule in _PROPOSALS or rule in ("beveelt ... aan", "doet de aanbeveling om", "roept ... op",
                                            "raadt ... aan", "ontraadt", "geeft ... in overweging", "aanbevolen wordt",
                                            _COUNTED_INLINE, _COUNTED_MARKED,
                                            "de eerste aanbeveling, om ..., ", _SUBORDINATE, *_AUTHOR_AFTER_VERB):
            addressee = None
        end = match.end("text") if rule == "de eerste aanbeveling, om ..., " else None
        if rule == _SUBORDINATE:  # 'Het advies, waarin de raad aanbeveelt X te doen, is op ... verschenen'
            tail = _MAIN_CLAUSE_AFTER.search(text, match.start("text" if match.group("text") else "text2"))
            end = tail.start() if tail else None
        start = next(match.start(name) for name in ("text", "text2", "text3")
                     if match.groupdict().get(name) is not None)
        return _items(sentence, start, addressee, rule, group, end), addressee
    return (_named_in_answer(sentence, group) or _follow_on_items(sentence, addressee, continuing, group)), addressee


# the addressee put first: 'Aan de Minister van Buitenlandse Zaken richt de ACVZ de aanbeveling ...'
_FRONTED_TO = re.compile(r"^\s*Aan\s+(?P<addressee>(?:de|het)\s+[^,.;:]{2,80}?)\s+(?:richt|richten|richtte|doet|"
                         r"doen|deed|geeft|geven|gaf)\s+(?:de|het|een)?\s*\S")


def _fronted_addressee(sentence: Sentence) -> tuple[str, Span] | None:
    """The addressee that opens the sentence ('Aan de Minister van X richt de raad de aanbeveling ...'), or None."""
    fronted = _FRONTED_TO.match(sentence.text)
    return _named_addressee(fronted, sentence.span.start) if fronted else None


def _named_in_answer(sentence: Sentence, group: int) -> list[_Item]:
    """A recommendation named inside the government's answer: 'Het advies om X te versterken neem ik over'
    (_embedded_items), 'In lijn met de aanbeveling van de Rekenkamer zal X ...' (_in_line_items)."""
    return _embedded_items(sentence, group) or _in_line_items(sentence, group)


def _in_line_items(sentence: Sentence, group: int) -> list[_Item]:
    """'In lijn met (Conform, Overeenkomstig, In navolging van) de aanbeveling van X zal/wordt ...', 'Op aanbeveling
    van X wordt ...': the action after the phrase, up to a semicolon, is the recommendation (X a report's author or
    the report, not the government or parliament)."""
    text = sentence.text
    if "anbeve" not in text and "anbeval" not in text and "anbevolen" not in text:
        return []
    found = _IN_LINE_PATTERN.match(text) or _AS_ADVISED_PATTERN.match(text)
    if found is None or not _recommends(found.group("author")):
        return []
    return _items(sentence, found.start("text"), None, _IN_LINE, group, found.end("text"))


def _embedded_items(sentence: Sentence, group: int) -> list[_Item]:
    """'Het advies om X te versterken neem ik graag over': the recommendation named inside its answer
    (only in a sentence with a stance cue)."""
    text = sentence.text
    if "aanbeveling" not in text and "advies" not in text and "voorstel" not in text and "oproep" not in text:
        return []
    embedded = _EMBEDDED_PATTERN.search(text)
    if embedded is None or stance_of(text) is None:
        return []
    return _items(sentence, embedded.start("text"), None, _EMBEDDED, group, embedded.end("text"))


def _follow_on_items(sentence: Sentence, addressee: tuple[str, Span] | None, continuing: bool,
                     group: int) -> list[_Item]:
    """'Verder moeten er ... ': a sentence going on with the recommendations of the one before."""
    text = sentence.text
    if continuing and "moet" in text:  # _FOLLOW_ON needs 'moet' or 'moeten'
        follow = _FOLLOW_ON.match(text.strip())
        if follow:
            offset = len(text) - len(text.lstrip()) + follow.start("text")
            return _items(sentence, offset, addressee, "follow-on sentence of a recommendation", group)
    return []
