"""The response to each recommendation: the sentences of a group's response region given to the items
they answer (``_responses``), and the stance read from them (``_response``: the strongest cue, partial where one
sentence adopts and another declines, ``_split``); the answers under 'Reactie op aanbeveling N' headings."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import replace

from ...domain.model import Document, ResponseFact, Sentence
from .. import evidence
from .authors import _GOVERNMENT_SUBJECT
from .common import (
    EXTRACTOR_ID,
    _content_words,
    _Group,
    _Item,
    _label,
    _paragraph_text,
    _region_end,
    _sentences_of,
    _similarity,
    is_imperative,
)
from .cues import cue_book
from .pointers import (
    _BARE_ANAPHOR,
    _COLLECTIVE,
    _OPENING_ANAPHOR,
    _SINGULAR_ANAPHOR,
    _THE_OTHERS,
    _excepted,
    _items_before,
    _lead_items,
    _names_another,
    _paraphrased_items,
    referred_items,
)
from .running import _SELF_ANSWERING
from .stance import StanceMatch, stance_of

# a sentence that reports what the report or its author says, not what the government answers
_REPORTED = re.compile(
    r"^(?:(?:Tot slot|Daarnaast|Verder|Ook|Voorts|Tevens|Bovendien)\s+)?(?:(?:Het|Dit)\s+(?:rapport|onderzoek|artikel)|"
    r"De\s+(?:Inspectie|Raad|Commissie|Ombudsman)|[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})\s+"
    r"(?:heeft\s+(?:in\s+\w+\s+\w+\s+)?)?(?:gesignaleerd|geconstateerd|geconcludeerd|concludeert|constateert|"
    r"stelt|signaleert|meldt|wijst)\b")


def _responses(document: Document, group: _Group) -> list[ResponseFact]:
    """One response per item of the group.

    In a group whose items are answered one by one (``aligned``), a sentence that names items by position
    ('De eerste twee adviezen neem ik over', 'Voor aanbeveling 3 geldt ...') answers those, and so do the
    sentences after it in its paragraph (its topic) unless one clearly shares more words with another item;
    an item with such a specific answer takes its stance from it alone, not from sentences that answer the
    recommendations as a whole or were given to it by shared words.
    """
    assigned: list[list[Sentence]] = [[] for _ in group.items]
    specific: list[list[Sentence]] = [[] for _ in group.items]
    forced: list[tuple[StanceMatch, Sentence] | None] = [None] * len(group.items)
    if not group.aligned:
        words = [_content_words(item.text) for item in group.items]
        assigned = [[sentence for sentence in group.response if not _names_another(sentence.text, words)]
                    for _ in group.items]
    else:
        words = [_content_words(item.text) for item in group.items]
        labels = [item.label for item in group.items]
        starts = sorted(item.span.start for item in group.items)
        topic: tuple[int, int, list[int]] | None = None  # paragraph, end of the naming sentence, items named
        by_start = {item.span.start: index for index, item in enumerate(group.items)}
        under_heading = {sentence: by_start[item] for sentence, item in group.topics if item in by_start}
        for sentence in group.response:
            if sentence.span.start in under_heading:  # under a heading naming its item ('Verblijfsduur')
                specific[under_heading[sentence.span.start]].append(sentence)
                continue
            inside = [index for index, item in enumerate(group.items) if item.rule in _SELF_ANSWERING
                      and sentence.span.start <= item.span.start < sentence.span.end]
            if inside:  # 'Het COA neemt de aanbevelingen om X en om Y over': it answers what it names
                for index in inside:
                    specific[index].append(sentence)
                continue
            named = referred_items(sentence.text, len(group.items), labels)
            if named:
                topic = (sentence.paragraph, sentence.span.end, named)
            elif topic is not None and (topic[0] != sentence.paragraph
                                        or bisect_left(starts, sentence.span.start) != bisect_left(starts, topic[1])):
                topic = None  # another paragraph, or a recommendation given in between: the topic has ended
            if stance_of(sentence.text) is None:
                continue
            excepted = _excepted(sentence.text, words, labels)
            if excepted is not None:  # all adopted but the one(s) the exception names: those are declined
                for index in range(len(group.items)):
                    stance, cue = ("rejected", "all but this one") if index in excepted else ("accepted", "all but one")
                    forced[index] = (StanceMatch(stance, 3, cue, sentence.text), sentence)
                topic = None
                continue
            if named:
                for index in named:
                    specific[index].append(sentence)
                continue
            paraphrased = _paraphrased_items(sentence.text, words)
            if paraphrased is not None:  # 'De aanbeveling om de effecten te monitoren neem ik over'
                for index in paraphrased:
                    specific[index].append(sentence)
                continue
            if _THE_OTHERS.search(sentence.text):
                rest = [index for index in range(len(group.items)) if not specific[index] and not assigned[index]
                        and forced[index] is None]
                if rest:  # 'De overige aanbevelingen worden al opgevolgd': those not answered before
                    for index in rest:
                        assigned[index].append(sentence)
                    continue
            if _OPENING_ANAPHOR.match(sentence.text):
                before = _items_before(document, group.items, sentence)
                if before:  # 'Dat advies volg ik niet.' right after the one it answers, whatever words they share
                    for index in before:
                        assigned[index].append(sentence)
                    continue
            scores = [_similarity(_content_words(sentence.text), item_words) for item_words in words]
            if topic is not None:
                elsewhere = max((score for index, score in enumerate(scores) if index not in topic[2]), default=0.0)
                if elsewhere < 0.3 or elsewhere <= max(scores[index] for index in topic[2]):
                    for index in topic[2]:  # 'De eerste twee adviezen neem ik over. Samen met ... werk ik aan ...'
                        specific[index].append(sentence)
                    continue
            if _BARE_ANAPHOR.match(sentence.text):
                before = _items_before(document, group.items, sentence)
                if before:  # 'Dat neem ik ter harte.': the recommendation of the sentence before
                    for index in before:
                        assigned[index].append(sentence)
                    continue
            best = max(scores)
            before = _items_before(document, group.items, sentence) if best < 0.2 else []
            if before and _SINGULAR_ANAPHOR.search(sentence.text) \
                    and not re.search(r"\baanbevelingen\b", sentence.text, re.IGNORECASE):
                for index in before:  # 'Ik neem die aanbeveling over.' after the one it answers
                    assigned[index].append(sentence)
                continue
            if _COLLECTIVE.search(sentence.text) and best < 0.2:
                for chosen in assigned:
                    chosen.append(sentence)
                continue
            if best < 0.08:
                # no words in common: it answers the recommendation just before it, else the one the sentence
                # before it in its paragraph is about ('Het voorstel om X af te schaffen, sluit aan bij ... Ik volg
                # de RSJ hierin.')
                for index in before or _lead_items(document, group, sentence, words):
                    assigned[index].append(sentence)
                continue
            for index, score in enumerate(scores):
                if score >= max(0.08, 0.75 * best):
                    assigned[index].append(sentence)
    return [_specific_or_loose(document, item, own, loose, first)
            for item, own, loose, first in zip(group.items, specific, assigned, forced)]


def _specific_or_loose(document: Document, item: _Item, own: list[Sentence], loose: list[Sentence],
                       first: tuple[StanceMatch, Sentence] | None) -> ResponseFact:
    """The response from the sentences that name the item, when they give a stance; else from the others."""
    if own:
        response = _response(document, item, own, first)
        if response.found or not loose:
            return response
    return _response(document, item, loose, first)


def _response(document: Document, item: _Item, sentences: Iterable[Sentence],
              first: tuple[StanceMatch, Sentence] | None = None) -> ResponseFact:
    """The answer to one item: the strongest cue of its sentences, where one sentence adopting (the
    recommendation, a part of it or a measure of the government's own) and another declining make it
    partial (``_split``)."""
    best: tuple[StanceMatch, Sentence] | None = first  # an answer read before, which only a stronger cue beats
    adopted = False  # a sentence before accepted the recommendation itself
    contrast = cue_book().contrast
    read: list[StanceMatch] = []  # the cue of every answering sentence
    for sentence in sentences:
        if item.span.start <= sentence.span.start and sentence.span.end <= item.span.end \
                and is_imperative(sentence.text):
            continue  # the recommendation itself ('Sta X toe onder voorwaarden.'): its words are no answer
        if _REPORTED.match(sentence.text.strip()):
            if best is not None and best[1].paragraph < sentence.paragraph \
                    and document.paragraphs[sentence.paragraph].span.start == sentence.span.start:
                break  # answered, then a paragraph on another point of the report ('De ACVZ wijst ook op ...')
            continue  # what the report says is not the government's answer
        if "; " in sentence.text or ", maar " in sentence.text:
            # joined clauses may adopt and decline apart ('X neem ik over; Y niet', 'X wordt afgeschaft, maar Y niet')
            read.extend(_own_measure(part, item, sentence) for part in map(stance_of, _CLAUSES.split(sentence.text))
                        if part is not None)
        found = stance_of(sentence.text)
        if found is None or found.echoes and not _echoes(item, sentence, found.echoes):
            if found is not None and _GOVERNMENT_SUBJECT.search(sentence.text):
                read.append(_own_measure(found, item, sentence))
            continue  # (an action that does not echo the recommendation's words, or is its own sentence, is no answer)
        read.append(found)
        if best is not None and best[0].stance in ("accepted", "partially") \
                and found.stance in ("rejected", "partially") and found.weight >= 2 \
                and contrast is not None and contrast.search(sentence.text):
            # 'Deze aanbeveling onderschrijf ik. ... maar zie geen aanleiding om X verplicht te stellen': a part
            # declined; 'Ik onderschrijf het doel. Ik kan echter niet waarborgen dat ...': the qualification wins
            if adopted and found.stance == "rejected":
                found = StanceMatch("partially", found.weight, f"{found.cue}+contrasted", found.written)
            if found.weight >= best[0].weight:
                best = (found, sentence)
            continue
        adopted = adopted or found.adopts
        if best is not None and best[0].stance == "rejected" and best[0].weight >= 2 and found.stance == "already":
            continue  # 'Deze aanbeveling volg ik niet. De richtlijn schrijft reeds ... voor': the reason
        if best is None or found.weight > best[0].weight:
            best = (found, sentence)
    if best is None:  # no answer found: the graph says so (kb:UnansweredRecommendation), with no evidence
        return ResponseFact(evidence=evidence(document, item.span, EXTRACTOR_ID, "no response cue: noted"),
                            stance="noted", cue=None, found=False)
    found, sentence = best
    if first is None:
        found = _split(found, read)
    return ResponseFact(evidence=evidence(document, sentence.span, EXTRACTOR_ID, f"stance cue {found.cue}"),
                        stance=found.stance, cue=found.written)


_CLAUSES = re.compile(r"; |, (?=maar )")


def _own_measure(found: StanceMatch, item: _Item, sentence: Sentence) -> StanceMatch:
    """An action cue ('echoes') that does not echo the recommendation's words: no answer of its own, but a
    measure the government takes instead ('offers'), which makes a rejection beside it partial (``_split``)."""
    if not found.echoes or _echoes(item, sentence, found.echoes):
        return found
    return replace(found, weight=0, echoes=0, offers=found.stance == "accepted", cue=f"{found.cue}+own")


def _echoes(item: _Item, sentence: Sentence, needed: int) -> bool:
    """Whether a sentence outside the item shares ``needed`` content words with it (a cue's 'echoes')."""
    if sentence.span.start < item.span.end and item.span.start < sentence.span.end:
        return False
    return len(_content_words(item.text) & _content_words(sentence.text)) >= needed


def _split(best: StanceMatch, read: Sequence[StanceMatch]) -> StanceMatch:
    """``best`` as partial where the answer's sentences both adopt and decline: a rejection (weight 2 or more,
    or any weight beside a measure of the government's own) with, in another sentence or its own, an adoption
    of the recommendation, a partial answer or an offer ('Met X stem ik in. Voor Y zie ik geen aanleiding.',
    'Ik kies er niet voor X verplicht te stellen. Wel zal ik scholen die dat willen ondersteunen.'); an adoption
    with a rejection in another sentence likewise. Agreeing with the analysis only is no adoption. A measure of the
    government's own that does not echo the recommendation (``_own_measure``) counts as an offer only when said before
    the rejection ('X wordt afgeschaft. Y neem ik niet over.'), not after it ('Ik deel die opvatting niet. Ik zal daarom
    ...'); an action echoing the recommendation beside an equally weak rejection is partial too."""
    if best.stance not in ("rejected", "accepted"):
        return best
    first_rejection = next((index for index, found in enumerate(read) if found.stance == "rejected"), len(read))
    offered = any(found.offers and (not found.cue.endswith("+own") or index < first_rejection)
                  for index, found in enumerate(read))  # a measure of its own said after a rejection is its reason
    declined = [found for found in read if found.stance == "rejected"
                and (found.weight >= 2 or offered or best.echoes and best.weight == found.weight)]
    adopting = [found for found in read if (found.adopts or found.echoes) and found.stance == "accepted"
                or found.stance == "partially" and found.cue.endswith(("+hedged", "+restricted"))]
    if best.stance == "rejected" and (adopting or offered) \
            or best.stance == "accepted" and (best.adopts or best.echoes) and declined:
        return StanceMatch("partially", best.weight, f"{best.cue}+split", best.written)
    return best


# a heading over the answer to numbered recommendations: 'Reactie op aanbeveling 1', 'Aanbevelingen 2 en 3',
# 'Ad 1', 'Ad aanbeveling 2'
_ANSWER_NOUN = r"(?:(?:Beleids|Kabinets)?[Rr]eactie|Standpunt|Appreciatie)"  # what heads an answer's section
# the recommendations a label names: '2', 'a en b', '1 t/m 3' (read by ``_numbers``)
_LABEL_NUMBERS = r"(?P<nums>(?:\d{1,2}|(?-i:[a-h]))(?:\s*(?:,|en|t/m|-|–)\s*(?:\d{1,2}|(?-i:[a-h])))*)"
_RESPONSE_HEADING = re.compile(
    r"^\s*(?:" + _ANSWER_NOUN + r"\s+(?:op|van|bij)\s+(?:de\s+)?)?"
    r"(?:[Aa]d\.?\s+(?:[Aa]anbeveling(?:en)?\s+)?|[Aa]anbeveling(?:en)?\s+)" + _LABEL_NUMBERS + r"\s*[:.]?\s*$"
    # a theme's heading naming the recommendations it answers in brackets: 'Behoud en loopbaan (aanbevelingen c en d)'
    r"|^\s*[^()\n.;:]{3,80}?\s*\(\s*(?:[Aa]anbeveling(?:en)?|[Aa]dvie(?:s|zen))\s+"
    + _LABEL_NUMBERS.replace("?P<nums>", "?P<nums2>") + r"\s*\)\s*$")


# a heading over the answers to the recommendations to one addressee or more ('Reactie op de aanbevelingen aan het
# kabinet', 'Reactie op de aanbevelingen aan de sector en aan gemeenten')
_ADDRESSEE_HEADING = re.compile(
    r"^\s*" + _ANSWER_NOUN + r"\s+(?:op|bij)\s+(?:de\s+)?(?:aanbevelingen|adviezen)\s+"
    r"(?:gericht\s+)?aan\s+(?P<addressees>[^.:;]{2,80}?)\s*[:.]?\s*$")
# in such a section, a sentence that points at the recommendations to one addressee ('Van de aanbevelingen aan
# gemeenten heb ik kennisgenomen'): it answers those only
_POINTS_AT_ADDRESSEE = re.compile(r"\baanbeveling(?:en)?\s+(?:gericht\s+)?aan\s+(?P<addressee>[^.,;:]{2,60}?)"
                                  r"(?=\s+(?:heb|neem|onderschrijf|volg|deel|zie|acht|wijs|steun|is|zijn|wordt|worden|"
                                  r"kan|zal|geldt|gelden)\b|\s*[,;.])")


def _addressee_words(text: str) -> set[str]:
    return {word for word in re.findall(r"[^\W\d_]{4,}", text.lower()) if word not in ("aanbevelingen", "gericht")}


def addressee_sections(document: Document) -> list[tuple[set[str], list[Sentence]]]:
    """The sections under headings that answer the recommendations to one addressee or more ('Reactie op de
    aanbevelingen aan gemeenten'): the words of the addressees each names, and its sentences (read once a letter)."""
    sections: list[tuple[set[str], list[Sentence]]] = []
    for index, paragraph in enumerate(document.paragraphs):
        if paragraph.kind != "heading":
            continue
        heading = _ADDRESSEE_HEADING.match(_paragraph_text(document, index))
        if heading is None:
            continue
        sections.append((_addressee_words(heading.group("addressees")),
                         [sentence for following in range(index + 1, _region_end(document, index))
                          if document.paragraphs[following].kind == "text"
                          for sentence in _sentences_of(document, following)]))
    return sections


def answers_for_addressee(sections: list[tuple[set[str], list[Sentence]]], item: _Item) -> list[Sentence] | None:
    """The sentences of the first section that answers the recommendations to ``item``'s addressee (see
    ``addressee_sections``), without those that point at another addressee's; None when no heading names it."""
    if not item.addressee or not sections:
        return None
    own = _addressee_words(item.addressee)
    for addressees, sentences in sections:
        if own & addressees:
            return [sentence for sentence in sentences
                    if (pointed := _POINTS_AT_ADDRESSEE.search(sentence.text)) is None
                    or own & _addressee_words(pointed.group("addressee"))]
    return None


# the same label opening a paragraph of the answer itself: 'Ad a. De IND werkt ...', 'Reactie op aanbeveling 2: Ik ...'
# (not a bare 'Aanbeveling 2: ...', which gives the recommendation)
_RESPONSE_LABEL_INLINE = re.compile(
    r"^\s*(?:" + _ANSWER_NOUN + r"\s+(?:op|van|bij)\s+(?:de\s+)?[Aa]anbeveling(?:en)?\s+"
    r"|[Aa]d\.?\s+(?:[Aa]anbeveling(?:en)?\s+)?)" + _LABEL_NUMBERS + r"\s*[:.]\s+(?=\S)")


def _numbers(nums: str) -> list[int]:
    """The recommendations a label names: '2', 'a en b', '1 t/m 3'."""
    numbers = [_label(label) for label in re.findall(r"\b(?:\d+|[a-h])\b", nums)]  # not the 'e' of 'en'
    if re.search(r"t/m|-|–", nums) and len(numbers) == 2:
        numbers = list(range(numbers[0], numbers[1] + 1))
    return numbers


def _answers_under_headings(document: Document) -> dict[int, list[Sentence]]:
    """The sentences under each 'Reactie op aanbeveling N' heading, by the numbers (or letters: 'Aanbeveling a en b')
    it names; and those of each paragraph that opens with such a label ('Ad a. De IND ...'), with the text
    paragraphs after it up to the next such paragraph or heading."""
    answered: dict[int, list[Sentence]] = {}
    paragraphs = document.paragraphs
    for index, paragraph in enumerate(paragraphs):
        if paragraph.kind == "heading":
            heading = _RESPONSE_HEADING.match(_paragraph_text(document, index))
            if not heading:
                continue
            sentences = [sentence for following in range(index + 1, _region_end(document, index))
                         if paragraphs[following].kind == "text"
                         for sentence in _sentences_of(document, following)]
        elif paragraph.kind == "text":
            heading = _RESPONSE_LABEL_INLINE.match(_paragraph_text(document, index))
            if not heading:
                continue
            end = index + 1
            while end < len(paragraphs) and paragraphs[end].kind == "text" \
                    and not _RESPONSE_LABEL_INLINE.match(_paragraph_text(document, end)):
                end += 1
            sentences = [sentence for following in range(index, end) for sentence in _sentences_of(document, following)]
        else:
            continue
        numbers = _numbers(heading.group("nums") or heading.group("nums2"))
        for number in numbers:
            answered.setdefault(number, []).extend(_naming_none_but(number, numbers, sentences))
    return answered


def _naming_none_but(number: int, numbers: list[int], sentences: list[Sentence]) -> list[Sentence]:
    """The sentences under a heading over several recommendations that answer ``number``: all but those that name
    only the others ('Aanbeveling c is al in gang gezet.' under 'Behoud en loopbaan (aanbevelingen c en d)' is no
    answer to d)."""
    if len(numbers) < 2:
        return sentences
    kept = []
    for sentence in sentences:
        named = [numbers[index] for index in referred_items(sentence.text, len(numbers), numbers)]
        if not named or number in named:
            kept.append(sentence)
    return kept
