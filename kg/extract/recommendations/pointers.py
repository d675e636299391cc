"""How an answer sentence points at the recommendations it answers: by position or number
(``referred_items``: 'de derde aanbeveling', 'aanbevelingen 2 en 3', 'De eerste neem ik over'), by an anaphor
('Deze aanbeveling ...', 'Dat neem ik ter harte'), at all of them or the others, by paraphrase ('De aanbeveling om X
te doen ...', ``_paraphrased_items``), by an exception ('met uitzondering van ...', ``_excepted``), or through the
sentence before it (``_items_before``, ``_lead_items``)."""
from __future__ import annotations

import re
from collections.abc import Sequence

from ...domain.model import Document, Sentence
from .common import _containment, _content_words, _Group, _Item, _label, _sentences_of, _similarity
from .stance import stance_of

_ORDINALS = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7,
             "achtste": 8, "negende": 9, "tiende": 10}
_COUNTS = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5}
_ORDINAL = r"(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|laatste)"
_ORDINAL_WORD = re.compile(_ORDINAL, re.IGNORECASE)
_RECOMMENDATION_NOUN = r"(?:aanbeveling(?:en)?|advie(?:s|zen)|voorstel(?:len)?|suggesties?)"
_LABELLED_NOUN = r"(?:aanbeveling(?:en)?|advie(?:s|zen))"  # the nouns a number or letter follows: 'aanbeveling 3'
_ORDINAL_REF = re.compile(
    r"\b(?P<list>" + _ORDINAL + r"(?:\s*(?:,|en)\s*(?:de\s+|het\s+)?" + _ORDINAL + r")+)\s+"
    + _RECOMMENDATION_NOUN + r"\b|"
    r"\b(?P<ord>" + _ORDINAL + r")\s+(?:(?P<count>twee|drie|vier|vijf)\s+)?" + _RECOMMENDATION_NOUN + r"\b|"
    r"\b" + _LABELLED_NOUN + r"\s+(?P<nums>\d{1,2}(?:\s*(?:,|en|t/m)\s*\d{1,2})*)\b|"
    r"\b" + _LABELLED_NOUN + r"\s+(?P<letters>(?-i:[a-h])(?:\s*(?:,|en)\s*(?-i:[a-h]))*)\b(?![\w'’-])",
    re.IGNORECASE)
# an ordinal without its noun opening an answer, right before the answer's verb: 'De eerste neem ik over', 'Over
# de tweede maak ik afspraken', 'De laatste is al uitgevoerd' (not 'De eerste resultaten ...', 'De tweede fase ...')
_BARE_ORDINAL = re.compile(
    r"^\s*(?:(?:Over|Voor|Met|Bij|Aan|Op)\s+)?(?:[Dd]e|[Hh]et)\s+(?P<ord>" + _ORDINAL + r")\s+"
    r"(?:neem|neemt|nemen|volg|volgt|volgen|onderschrijf|onderschrijft|deel|deelt|steun|steunt|omarm|omarmt|wijs|"
    r"wijst|acht|vind|vindt|wordt|is|zal|zullen|ga|gaat|voer|voert|heeft|heb|maak|maakt|kan|kunnen|sluit|past|"
    r"behoeft|vraagt|vergt)\b")


def referred_items(sentence: str, count: int, labels: Sequence[int | None] = ()) -> list[int]:
    """Indices of the items a sentence names by position or number: 'de eerste twee aanbevelingen',
    'de derde aanbeveling', 'het laatste advies', 'de tweede en (de) derde aanbeveling', 'aanbevelingen 2 en 3'.
    A number is an item's own label where the items have them ('1. Zorg ...'), else its position."""
    found: list[int] = []
    bare = _BARE_ORDINAL.match(sentence)
    if bare:  # 'De eerste neem ik deels over', 'Over de tweede maak ik afspraken': the noun left out
        word = bare.group("ord").lower()
        index = count - 1 if word == "laatste" else _ORDINALS[word] - 1
        return [index] if 0 <= index < count else []
    lowered = sentence.lower()
    if "aanbeveling" not in lowered and "advie" not in lowered and "voorstel" not in lowered \
            and "suggestie" not in lowered:
        return found  # every reference names the noun: substring tests instead of the pattern
    by_label = {label: index for index, label in enumerate(labels) if label is not None}
    for match in _ORDINAL_REF.finditer(sentence):
        if match.group("nums"):
            numbers = [int(number) for number in re.findall(r"\d+", match.group("nums"))]
            if "t/m" in match.group("nums") and len(numbers) == 2:  # 'aanbevelingen 1 t/m 3'
                numbers = list(range(numbers[0], numbers[1] + 1))
            found.extend(by_label[number] if number in by_label else number - 1 for number in numbers)
            continue
        if match.group("letters"):  # 'de aanbevelingen a en b', 'aanbeveling c'
            found.extend(by_label.get(_label(letter), _label(letter) - 1)
                         for letter in re.findall(r"[a-h]", match.group("letters")))
            continue
        if match.group("list"):  # 'de tweede en de derde': every ordinal of the coordination
            found.extend(count - 1 if word.lower() == "laatste" else _ORDINALS[word.lower()] - 1
                         for word in _ORDINAL_WORD.findall(match.group("list")))
            continue
        word = match.group("ord").lower()
        first = count if word == "laatste" else _ORDINALS[word]
        how_many = _COUNTS.get((match.group("count") or "").lower(), 1)
        if word == "eerste" and match.group("count"):
            found.extend(range(how_many))
        else:
            found.append(first - 1)
    return sorted({index for index in found if 0 <= index < count})


# one recommendation pointed back at: it is the one just before, in the same paragraph ('Ik neem deze
# aanbeveling over; ...' too: 'over' closing the clause is the particle, 'de aanbeveling over X' names a topic)
_SINGULAR_ANAPHOR = re.compile(
    r"\b(?:deze|die|dit|dat|de|het)\s+(?:aanbeveling|advies|voorstel|suggestie|oproep)\b"
    r"(?!\s+(?:van|uit)\b|\s+over\s+(?!(?:en|maar|want)\b)[\w«\"'])",
    re.IGNORECASE)
# an answer to the recommendations not answered before it: 'De overige aanbevelingen neem ik over'
_THE_OTHERS = re.compile(r"\b(?:overige|andere|resterende)\s+(?:aanbevelingen|adviezen|voorstellen)\b", re.IGNORECASE)
# an answer that opens by pointing at one recommendation: 'Dat advies volg ik niet', 'Ook deze aanbeveling neem ik over'
_OPENING_ANAPHOR = re.compile(r"^\s*(?:(?:Ook|Ook\s+aan)\s+)?(?:Dat|Dit|Die|Deze|dat|dit|die|deze)\s+"
                              r"(?:aanbeveling|advies|voorstel|suggestie|oproep)\b(?!\s+(?:van|uit|over|om|dat)\b)")
# a sentence opening with a bare 'Dat'/'Dit' and its verb points back at the sentence before: 'Dat neem ik ter harte.',
# and the clause after ', maar' cut from it ('dat is al staand beleid': running.py)
_BARE_ANAPHOR = re.compile(
    r"^\s*(?:Dat|Dit|Die|Deze|dat|dit)\s+(?:neem|neemt|nemen|onderschrijf|onderschrijft|omarm|omarmt|deel|deelt|"
    r"steun|steunt|volg|volgt|wijs|wijst|acht|vind|vindt|zie|ziet|zal|ga|gaat|kan|wordt|gebeurt|herken|herkent|is)\b")
_COLLECTIVE = re.compile(r"\b(?:aanbevelingen|deze\s+aanbeveling|de\s+aanbeveling|leerpunten|adviezen)\b"
                         # an advice of several points answered as a whole: 'neemt het advies in zijn geheel over',
                         # 'Ik neem het advies van de raad op beide punten over'
                         r"|\b(?:het|dit|dat)\s+advies\b[^.;]{0,60}?\b(?:in\s+(?:zijn|haar)\s+geheel|op\s+(?:alle|beide|"
                         r"de\s+(?:twee|drie|vier|vijf))\s+(?:punten|onderdelen)|integraal|onverkort)\b",
                         re.IGNORECASE)


def _items_before(document: Document, items: Sequence[_Item], sentence: Sentence) -> list[int]:
    """The indices of the items of the last sentence with items before ``sentence`` in its own paragraph
    (one sentence may give several measures: the answer after it answers them all)."""
    paragraph_start = document.paragraphs[sentence.paragraph].span.start
    before = [index for index, item in enumerate(items) if paragraph_start <= item.span.start < sentence.span.start]
    if not before:
        return []
    last = document.sentence_at(items[before[-1]].span.start)
    if last is None:
        return before[-1:]
    return [index for index in before if last.span.start <= items[index].span.start < last.span.end]


def _lead_items(document: Document, group: _Group, sentence: Sentence,
                words: Sequence[frozenset[str]]) -> list[int]:
    """The items the sentence just before ``sentence`` in its paragraph shares words with (0.2 or more, and at
    least three quarters of the best); none when ``sentence`` opens its paragraph or that sentence is about none."""
    earlier = [before for before in _sentences_of(document, sentence.paragraph)
               if before.span.end <= sentence.span.start]
    if not earlier:
        return []
    scores = [_similarity(_content_words(earlier[-1].text), item_words) for item_words in words]
    best = max(scores, default=0.0)
    if best < 0.2:
        return []
    return [index for index, score in enumerate(scores) if score >= 0.75 * best]


# what an answer names as its object: 'Het kabinet neemt het advies over om alle zuigelingen te beschermen', 'De
# aanbeveling om de effecten te monitoren neem ik over', 'Het voorstel van de raad dat scholen ... , steun ik'
_NAMED_OBJECT = re.compile(
    r"\b(?:de|het|deze|dit)\s+(?:aanbeveling|advies|voorstel|oproep|suggestie)\s+(?:van\s+(?:de|het)\s+[^.,;:]{2,60}?\s+)?"
    r"(?:over\s+)?(?:om|dat)\s+(?P<object>[^.;:,]{4,200})", re.IGNORECASE)
# or as a fronted noun phrase before the answer's verb: 'Het onderbrengen in het Rijksvaccinatieprogramma
# onderschrijf ik'
_FRONTED_OBJECT = re.compile(
    r"^\s*(?:De|Het)\s+(?P<object>[^,;:.]{4,120}?)\s+(?:onderschrijf|onderschrijft|neem|neemt|steun|steunt|omarm|omarmt|"
    r"deel|deelt|volg|volgt|wijs|wijst)\s+(?:ik|het\s+kabinet|wij|we)\b")
# words of the answer's own phrasing, not of the recommendation: 'de derde aanbeveling van de raad'
_NOT_OBJECT_WORDS = frozenset("""aanbe advie voors oproe sugge eerst tweed derde vierd vijfd laats raad commi
inspe""".split())  # their five-letter stems (_content_words)
# where the object ends and the answer's verb begins: '... te monitoren neem ik over'
_OBJECT_END = re.compile(r"\s+(?:neem|neemt|nemen|onderschrijf|onderschrijft|omarm|omarmt|steun|steunt|deel|deelt|volg|"
                         r"volgt|wijs|wijst|acht|vind|vindt|zal|zullen|wordt|worden|is|kan|ga|gaat)\b", re.IGNORECASE)


def _named_object_words(sentence: str) -> frozenset[str]:
    """The content words of the recommendation an answer names ('het advies over om X te doen': X's words);
    empty when it names none."""
    if "aanbeveling" not in sentence and "advies" not in sentence and "voorstel" not in sentence \
            and "oproep" not in sentence and "suggestie" not in sentence \
            and not sentence.lstrip().startswith(("De ", "Het ")):
        return frozenset()
    named = _NAMED_OBJECT.search(sentence) or _FRONTED_OBJECT.match(sentence)
    if named is None:
        return frozenset()
    written = named.group("object")
    end = _OBJECT_END.search(written)
    return _content_words(written[:end.start()] if end else written) - _NOT_OBJECT_WORDS


def _paraphrased_items(sentence: str, words: Sequence[frozenset[str]]) -> list[int] | None:
    """The items an answer names by paraphrase ('De aanbeveling om de effecten te monitoren neem ik over': the item
    holding most of 'effecten' and 'monitoren'): those holding at least half the named object's words, and at
    least three quarters of the best; empty when the object is another recommendation (no item holds half its
    words); None when the sentence names no object."""
    named = _named_object_words(sentence)
    if len(named) < 2:
        return None
    shares = [_containment(named, item_words) for item_words in words]
    best = max(shares, default=0.0)
    if best < 0.5:
        return []
    return [index for index, share in enumerate(shares) if share >= 0.75 * best]


def _names_another(sentence: str, words: Sequence[frozenset[str]]) -> bool:
    """Whether an answer names a recommendation that shares no word with any of the items (an answer about
    another recommendation, which must not answer these)."""
    named = _named_object_words(sentence)
    return len(named) >= 2 and all(not named & item_words for item_words in words)


_EXCEPTION = re.compile(r"\b(?:aanbevelingen|adviezen)\b[^.;]{0,60}?\b(?:over|op)\b[^.;]{0,20}?,?\s*"
                        r"(?:met\s+uitzondering\s+van|behalve|uitgezonderd)\s+(?P<rest>[^.;]+)", re.IGNORECASE)


def _excepted(sentence: str, words: Sequence[frozenset[str]],
              labels: Sequence[int | None] = ()) -> set[int] | None:
    """The items a sentence that adopts 'the recommendations, except ...' excepts (those the exception names by
    number or position, 'met uitzondering van aanbeveling 5', else those it shares the most words with); None
    when the sentence is no such answer or the exception names none of them."""
    found = stance_of(sentence) if "aanbevelingen" in sentence or "adviezen" in sentence else None
    if found is None or found.cue != "overnemen-met-uitzondering":
        return None
    exception = _EXCEPTION.search(sentence)
    if not exception:
        return None
    named = referred_items(exception.group("rest"), len(words), labels)
    if named:
        return set(named)
    scores = [_similarity(_content_words(exception.group("rest")), item_words) for item_words in words]
    best = max(scores, default=0.0)
    return {index for index, score in enumerate(scores) if score >= max(0.2, 0.75 * best)} if best >= 0.2 else None
