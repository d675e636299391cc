"""What the parts of the recommendations extractor share: its name, the items and groups the readers make
(``_Item``, ``_Group``), a paragraph's sentences and text, the sections titled for recommendations, where a
response region ends (``_region_end``), what a recommendation in the imperative looks like (``is_imperative``),
list labels ('1.', 'b)', '(iii)') and the content words by which answers are matched to items."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from ...domain.model import Document, Sentence, Span

NAME, VERSION = "recommendations", 1
EXTRACTOR_ID = f"{NAME}.v{VERSION}"


@dataclass(frozen=True)
class _Item:
    """A recommendation as read, before its response is known."""

    text: str
    span: Span
    addressee: str | None
    addressee_span: Span | None
    rule: str
    group: int  # recommendations of one group share the response region
    report_hint: str | None = None  # a genre word or author that names its report
    label: int | None = None  # its number in the letter ('1. Zorg ...', 'Aanbeveling 1:'), if it has one


@dataclass(frozen=True)
class _Group:
    """Recommendations that share one response region (the sentences after them)."""

    items: tuple[_Item, ...]
    response: tuple[Sentence, ...]
    aligned: bool  # True: give each response sentence to the most similar item
    # (start of a response sentence, start of the item it answers): the sentences under a heading naming an item
    topics: tuple[tuple[int, int], ...] = ()


_by_paragraph: tuple[Document | None, dict[int, tuple[Sentence, ...]]] = (None, {})


def _sentences_of(document: Document, paragraph: int) -> tuple[Sentence, ...]:
    """The sentences of one paragraph, in order (grouped once for the last document asked about)."""
    global _by_paragraph
    if _by_paragraph[0] is not document:
        grouped: dict[int, list[Sentence]] = {}
        for sentence in document.sentences:
            grouped.setdefault(sentence.paragraph, []).append(sentence)
        _by_paragraph = (document, {index: tuple(found) for index, found in grouped.items()})
    return _by_paragraph[1].get(paragraph, ())


def _paragraph_text(document: Document, index: int) -> str:
    span = document.paragraphs[index].span
    return document.text[span.start:span.end]


def _normalise_space(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


_AANBEVELING_TITLE = re.compile(r"aanbeveling|advie", re.IGNORECASE)
_sections: tuple[Document | None, list[Span]] = (None, [])


def _aanbeveling_sections(document: Document) -> list[Span]:
    """The sections whose title speaks of recommendations or advice, in order (found once for the last
    document asked about: asked again for each imperative paragraph, a scan of every section each time was
    quadratic on a big letter, issue 17)."""
    global _sections
    if _sections[0] is not document:
        _sections = (document, [section.span for section in document.sections
                                if _AANBEVELING_TITLE.search(section.title)])
    return _sections[1]


def _region_end(document: Document, paragraph: int) -> int:
    """The paragraph index where the response region of a paragraph ends: the next heading, unless that
    heading announces the answer ('Reactie', 'Kabinetsreactie', 'Reactie op de aanbevelingen')."""
    for index in range(paragraph + 1, len(document.paragraphs)):
        kind = document.paragraphs[index].kind
        if kind == "heading" and _ANSWER_HEADING.fullmatch(_paragraph_text(document, index)):
            continue
        if kind in ("heading", "closing", "footnote"):
            return index
    return len(document.paragraphs)


# a heading over the answer to what came before it (not one over a numbered answer: _RESPONSE_HEADING)
# ('Reactie op de aanbevelingen aan het kabinet', 'Reactie op de aanbevelingen aan de sector en aan gemeenten')
# ('Mijn reactie', 'Reactie van het COA': the answer of the body a recommendation was addressed to)
_ANSWER_HEADING = re.compile(
    r"\s*(?:(?:Mijn|Onze)\s+)?(?:(?:Beleids|Kabinets)?(?:[Rr]eactie|[Ss]tandpunt|[Aa]ppreciatie)|Standpunt|Appreciatie)"
    r"(?:\s+(?:van\s+het\s+kabinet|van\s+(?:de|het)\s+(?-i:[A-Z])[\w&-]*(?:\s+[\w&-]+){0,3}|(?:op|bij)\s+(?:de|het)\s+"
    r"(?:aanbevelingen|adviezen|advies|rapport)(?:\s+(?:gericht\s+)?aan\s+[^.:;]{2,60}?)?))?\s*[:.]?\s*")

_IMPERATIVES = set("""
waarborg bewaak herijk ondersteun verifieer voer voorkom verbeter richt stimuleer zet doe zorg
maak ontwikkel onderzoek evalueer neem creëer creeer investeer versterk borg bevorder breng leg stel
geef betrek informeer vergroot verminder beperk start pas houd heroverweeg verduidelijk benut organiseer
communiceer veranker monitor draag verken herzie formuleer bied wijs schep geef vereenvoudig
intensiveer verbreed verhoog verlaag verkort verleng verstrek vermijd hanteer registreer rapporteer
actualiseer implementeer zie ga kom werk beoordeel toets controleer heroverweeg overweeg realiseer
begin bespreek bundel deel dring expliciteer faciliteer leer maak span stem stuur test trek vul werk
verplicht publiceer schaf introduceer wijzig koppel verbied financier harmoniseer standaardiseer digitaliseer
schrap benoem erken garandeer handhaaf bescherm compenseer reserveer versnel hervorm maximeer beloon ontsluit
verleen voorzie breid verruim verscherp versoepel vraag stop help
keer sta verplaats vervang verbind verdeel verhelder verschaf verspreid verzeker verzamel volg voeg zoek
bewaar definieer hef kies kijk onderbouw ontmoedig bepaal beslis benader begeleid beveilig centraliseer
concentreer coördineer coordineer continueer specificeer stroomlijn integreer instrueer inventariseer normeer
professionaliseer prioriteer reduceer respecteer selecteer signaleer structureer subsidieer valideer waak wees
betaal reguleer sluit spreek treed
""".split())  # not the verbs whose stem is as often a noun or an adjective opening a sentence: 'Herstel van ...',
# 'Onderhoud', 'Behoud', 'Bouw', 'Handel', 'Regel 3', 'Scherp toezicht', 'Verantwoord gebruik'
_IMPERATIVE_WORDS = "|".join(sorted(_IMPERATIVES))  # the same words as one alternation of a pattern
_FUNCTION_WORDS = set("""
de het een deze dit die dat elke alle ook zo naast voor in op bij met uit door over na tot om als
wanneer indien zoals sinds daarnaast verder tevens bovendien echter hierbij daarbij ik wij we u zij
hij er hier daar waar wat wie welke hoe dan nu toch wel niet geen nog al juist daarom immers
eventueel volledigheidshalve overigens tot slot ten behoeve gelet mede vanwege ondanks hoewel
conform volgens zonder tegen tussen onder boven achter vanaf via per rond omtrent inzake middels
dankzij behalve jegens gezien blijkens namens overeenkomstig krachtens ingevolge
zolang terwijl nadat voordat totdat zodat doordat omdat mits tenzij aangezien zodra opdat alvorens ofschoon
naar binnen buiten tijdens wegens langs richting sedert thans inmiddels
""".split())
_IMPERATIVE_OBJECTS = re.compile(
    r"^\s*(?:de|het|een|dat|daarbij|met|voor|bij|waar|extra|erop|ervoor|in|op|zo|hierbij|deze|dit|alle|"
    r"eveneens|actief|structureel|periodiek|tijdig)\b", re.IGNORECASE)
_OPENING_QUOTES = "‘“„«\"'"
_CLOSING_QUOTES = "’”»\"'"
_IMPERATIVE_WORD = re.compile(r"[\wÀ-ÿ'-]+")


def is_imperative(sentence: str) -> bool:
    """True for a recommendation in the imperative: 'Waarborg ...', 'Herijk waar nodig ...', also quoted as the
    report words it ('‘Stel landelijke eisen aan ...’')."""
    sentence = sentence.lstrip()
    if sentence[:1] in _OPENING_QUOTES:
        sentence = sentence[1:]
    if not sentence[:1].isupper():
        return False
    words = [word.group(0) for word in islice(_IMPERATIVE_WORD.finditer(sentence), 3)]  # three are enough
    if len(words) < 3:
        return False
    first = words[0].lower()
    if first in _FUNCTION_WORDS:
        return False
    if first in _IMPERATIVES:
        return True
    rest = sentence.strip()[len(words[0]):]
    return (not first.endswith(("en", "e", "s")) and len(first) > 3
            and bool(_IMPERATIVE_OBJECTS.match(rest)))


# a list's label: a number, a letter or a roman number in lower case ('1.', 'b)', '(iii)')
_LIST_LABEL = r"(?:\d{1,2}|[a-h]|[ivx]{1,4})"
_BULLET = re.compile(rf"^\s*(?:[-–•·*▪◦]|\(?{_LIST_LABEL}[.)])\s+")
_BULLET_NUMBER = re.compile(rf"^\s*\(?(?P<number>{_LIST_LABEL})(?P<close>[.)])")
_MARKER_ONLY = re.compile(rf"\s*\(?{_LIST_LABEL}[.)]\s*")  # '1.' split off as a sentence of its own


def _named_addressee(match: re.Match[str], base: int) -> tuple[str, Span]:
    """The addressee ``match`` names in its group 'addressee' ('Aan de gemeenten:'), without its article, and its
    span in the letter (``base``: where the text the match was made on starts)."""
    who = re.sub(r"^(?:de|het)\s+", "", match.group("addressee"))
    begin = base + match.end("addressee") - len(who)
    return who, Span(begin, begin + len(who))


def _without_marker(text: str) -> str:
    """A sentence without the number, letter or bullet it opens with ('1. Stel ...' -> 'Stel ...')."""
    marker = _BULLET.match(text)
    return text[marker.end():] if marker else text


_ROMAN = {"i": 1, "v": 5, "x": 10}


def _label(number: str) -> int:
    """A list label as a number: '3' is 3, 'c' is 3, 'iv' is 4."""
    if number.isdigit():
        return int(number)
    if len(number) == 1 and number <= "h":
        return ord(number) - ord("a") + 1
    values = [_ROMAN[letter] for letter in number]
    return sum(-value if value < after else value for value, after in zip(values, values[1:] + [0]))


_STOPWORDS = set("""de het een en van in op te voor met aan door bij dat die dit is zijn om als of ook niet naar
uit over tot wordt worden er zal zich hun haar hij zij ze wij ik u uw mijn deze dan wel nog al moet moeten
kan kunnen wat welke hoe waar wordt dus zo geen meer""".split())


def _stem(word: str) -> str:
    return word[:5] if len(word) > 5 else word


@lru_cache(maxsize=4096)  # a response sentence is compared with every item of its group
def _content_words(text: str) -> frozenset[str]:
    words = re.findall(r"[a-zà-ÿ]+", text.lower())
    return frozenset(_stem(word) for word in words if word not in _STOPWORDS and len(word) > 2)


def _similarity(left: frozenset[str], right: frozenset[str]) -> float:
    if not left or not right:
        return 0.0
    return 2 * len(left & right) / (len(left) + len(right))


def _containment(part: frozenset[str], whole: frozenset[str]) -> float:
    """The share of ``part``'s words that stand in ``whole``."""
    return len(part & whole) / len(part) if part else 0.0
