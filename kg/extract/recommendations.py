"""Recommendations a letter reports from a report, and the government's response to each.

Two ways letters give recommendations:

* **Lists** under an ``Aanbevelingen`` heading: an optional sub-heading naming the addressee
  (``Aan de secretaris-generaal ..., als eigenaar van de IND:``, ``Aanbeveling gericht aan de
  IND:``; it may be the last sentence of the paragraph before), then one paragraph per
  recommendation made of imperative sentences (``Waarborg ...``, ``Herijk ...``), each followed by
  the response; a block of recommendations without text between them shares the response
  that follows the block.
* **Running text**: ``X beveelt Y aan om ...`` (also ``bevelen``), ``Een tweede aanbeveling ... is
  om ...``, ``X doet de aanbeveling om ...``, ``X heeft ... aanbevolen ...``, ``X adviseert ...``
  (``Zo adviseert de Raad X in te richten``: the author, then the advice), ``X stelt (voorts)
  voor ... te ...``, ``X pleit ervoor dat``, ``X roept Y op om``, ``X vraagt om ... te ...`` (the
  last four not when the government or parliament asks), ``De eerste aanbeveling, om ..., wordt
  overgenomen`` (the sentence answers itself), ``Verder beveelt X aan dat ...``, with follow-on
  sentences in the same paragraph (``Verder moeten er, onder andere, ...``). A sentence that
  lists several measures gives one recommendation per measure (split on ``;``, on ``,
  bovendien``/``, en tot slot``, after ``onder andere,`` on commas between clauses that each have
  a verb, and between two infinitive clauses joined by ``en``). The response is read from the
  paragraphs up to the next recommendation paragraph; when a paragraph gives several
  recommendations, each response sentence goes to the recommendation it shares the most words
  with, a sentence about "the recommendations" goes to all of them, and one with no words in
  common or pointing back at one (``Ik neem die aanbeveling over.``) to the recommendation(s) of
  the sentence just before it in its paragraph.

Numbered recommendations (``1. Zorg ...``, ``Aanbeveling 2:``) answered under headings ``Reactie op
aanbeveling 1`` or ``Ad 1`` take the sentences under the heading of their number as their response; a list
may go on to another addressee (``En aan ProRail:``). A paragraph that is one quoted recommendation
(``«Richt een Nationale Veiligheidsraad op.»``, after the letter spoke of recommendations) is answered by
the paragraphs after it. More running forms: ``De derde aanbeveling is/luidt/betreft ...``, ``Ten aanzien
van aanbeveling 2, het invoeren van ..., merk ik op``, ``De WRR doet drie aanbevelingen. De eerste is om
...``, ``Ten slotte vraagt de raad het kabinet ... te ...``, and a recommendation named inside its answer
(``Het advies om X te versterken neem ik graag over``; dropped when it repeats one given before).

The stance is the strongest cue of kg/data/stance_cues.json among the response sentences
(see ``stance_of``; a cue is only tried on a sentence holding one of the strings its pattern needs);
no cue means ``noted``. The response's evidence is the sentence with that cue. ``Ik neem de
aanbevelingen over, met uitzondering van de aanbeveling om X`` (or ``van aanbeveling 5``) declines X
and adopts the others. An acceptance restricted in its sentence (the data's ``restriction``: ``zij het
dat``, ``mits``) is partial; a rejection with a ``contrast`` word after an adoption is partial, after
agreement with the analysis only (``about_analysis``, ``analysis_object``) or said first a rejection.
Across the sentences of one answer (and its semicolon clauses), an adoption beside a rejection, or a measure of the
government's own said with ``wel`` beside one, is partial (``_split``); an answer that only describes the action asked
for, echoing its words, accepts it (cue ``doet-het-gevraagde``).

Scope: a sentence naming items by position or number (``De eerste twee adviezen``, ``aanbevelingen a en
b``) answers those items and the rest of its paragraph goes on about them (``_responses``); such a
specific answer, when it gives a stance, beats sentences answering all recommendations or matched by
shared words. More forms: an imperative paragraph, numbered, lettered or bare, answered by the paragraph
after it; ``Daarnaast stelt de raad voor ... te``, ``Volgens de IOB moeten ...``; ``neemt de
aanbevelingen om X en om Y over``; a ``Reactie`` heading does not end the answer region.

Given inside another sentence: ``het advies ..., waarin de raad aanbeveelt dat ...`` (a subordinate clause,
``_SUBORDINATE``) and ``In lijn met de aanbeveling van X zal ...``, ``Zoals X aanbeveelt, zal ...`` (the action is
the recommendation and the sentence its answer, ``_IN_LINE``). A response sentence sharing no word with any item
answers the item the sentence before it in its paragraph is about (``_lead_items``); once answered, a paragraph
opening with what the report says on another point ends the answer (``_response``).

Answered in the item's own paragraph (``_OWN_ANSWER``): ``Aanbeveling 2 – «Rapporteer ...» Deze aanbeveling neem ik
over.`` (``_answered_after_label``), ``Aan ProRail: Zorg ... . ProRail neemt dit over.``. After a sentence counting the
recommendations: numbered heading lines and ``Aan X: <imperative>`` lines answered by the paragraph after, and inline
lists (``doet drie aanbevelingen: (1) ...; (2) ...``); the counting sentence is then no recommendation. An answer
naming a recommendation by paraphrase goes to the item holding its words (``_paraphrased_items``), or to none.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice
from typing import Any

from ..domain import rules
from ..domain.keys import STANCES
from ..domain.model import (
    Document,
    Fact,
    OrganisationMention,
    RecommendationFact,
    ReportFact,
    ResponseFact,
    Sentence,
    Span,
)
from . import FOLDS_ODDLY, Extractor, evidence

NAME, VERSION = "recommendations", 1
EXTRACTOR_ID = f"{NAME}.v{VERSION}"


# ---------------------------------------------------------------- stance cues

@dataclass(frozen=True)
class Cue:
    """One stance cue of the data file."""

    id: str
    stance: str
    weight: int
    pattern: re.Pattern[str]
    negatable: bool = False
    blocked_by_nog_niet: bool = False
    needs: tuple[str, ...] = ()  # lower-case strings one of which the pattern cannot match without (see needed_strings)
    about_analysis: bool = False  # agrees with the report's analysis, not with what it recommends
    concedes: bool = False  # shares the aim before a 'maar' ('deelt het doel, maar'): a rejection after it is partial
    offers: bool = False  # the government adopts a measure of its own ('Wel zal ik ...'): with a rejection, partial
    unless: re.Pattern[str] | None = None  # the cue does not fire in a sentence where this matches
    echoes: int = 0  # counts only in an answer sharing this many content words with the recommendation


@dataclass(frozen=True)
class StanceMatch:
    """A cue found in a sentence, after negation and hedging were applied."""

    stance: str
    weight: int
    cue: str  # cue id, with '+negated', '+hedged', '+restricted' or '+contrasted' when turned
    written: str  # the words that matched
    adopts: bool = False  # an acceptance of the recommendation itself (not of its analysis), weight 2 or more
    offers: bool = False  # the sentence also adopts a measure of the government's own (a cue marked 'offers')
    echoes: int = 0  # the cue's 'echoes': the content words it must share with the recommendation (``_response``)


@dataclass(frozen=True)
class CueBook:
    cues: tuple[Cue, ...]
    negation: re.Pattern[str]
    hedge: re.Pattern[str]
    needles: tuple[str, ...] = ()  # every cue's needed strings, once: looked up in a sentence before its cues
    restriction: re.Pattern[str] | None = None  # after an acceptance in its sentence: partial ('zij het dat', 'mits')
    contrast: re.Pattern[str] | None = None  # a rejection after an acceptance, with one of these: partial ('maar')
    analysis_object: re.Pattern[str] | None = None  # an acceptance of the analysis ('onderschrijf het belang')
    part_scope: re.Pattern[str] | None = None  # a sentence opening on a part ('Voor de markttoezichthouders ...')
    not_fully: re.Pattern[str] | None = None  # a negation declining a part only ('niet volledig', 'niet in deze vorm')


@lru_cache(maxsize=1)
def cue_book() -> CueBook:
    """The stance cues of kg/data/stance_cues.json."""
    name = "stance_cues.json"
    cues = []
    for entry in rules.entries(name, "cues", ("id", "stance", "weight", "pattern")):
        cues.append(Cue(id=entry["id"], stance=rules.choice(name, entry["id"], "stance", entry["stance"], STANCES),
                        weight=int(entry["weight"]),
                        pattern=rules.compile_pattern(name, entry["id"], entry["pattern"]),
                        negatable=bool(entry.get("negatable")),
                        blocked_by_nog_niet=bool(entry.get("blocked_by_nog_niet")),
                        needs=tuple(entry["needs"]) if entry.get("needs") else needed_strings(entry["pattern"]),
                        about_analysis=bool(entry.get("about_analysis")),
                        concedes=bool(entry.get("concedes")),
                        offers=bool(entry.get("offers")),
                        unless=rules.compile_pattern(name, entry["id"], entry["unless"])
                        if entry.get("unless") else None,
                        echoes=int(entry.get("echoes", 0))))
    return CueBook(tuple(cues), rules.compile_pattern(name, "negation", rules.value(name, "negation", str)),
                   rules.compile_pattern(name, "hedge", rules.value(name, "hedge", str)),
                   tuple(sorted({needed for cue in cues for needed in cue.needs})),
                   rules.compile_pattern(name, "restriction", rules.value(name, "restriction", str)),
                   rules.compile_pattern(name, "contrast", rules.value(name, "contrast", str)),
                   rules.compile_pattern(name, "analysis_object", rules.value(name, "analysis_object", str)),
                   rules.compile_pattern(name, "part_scope", rules.value(name, "part_scope", str)),
                   rules.compile_pattern(name, "not_fully", rules.value(name, "not_fully", str)))


def needed_strings(pattern: str) -> tuple[str, ...]:
    """Lower-case strings one of which every match of ``pattern`` holds (a prefilter: a sentence without any
    of them cannot match); empty when no such strings of two characters or more can be told.

    Read from the parsed pattern: a sequence needs the best of its literal runs and required groups, an
    alternation one string of each branch, an optional part nothing."""
    found = _needed(_sre_parser.parse(pattern))
    return tuple(sorted(found)) if found and min(len(text) for text in found) >= 2 else ()


_sre_parser: Any = re._parser  # type: ignore[attr-defined]  # the standard library's own regex parser
_LITERAL, _SUBPATTERN, _BRANCH = _sre_parser.LITERAL, _sre_parser.SUBPATTERN, _sre_parser.BRANCH
_REPEATS = (_sre_parser.MAX_REPEAT, _sre_parser.MIN_REPEAT, getattr(_sre_parser, "POSSESSIVE_REPEAT", None))


def _needed(items: Any) -> frozenset[str] | None:
    """The strings one of which a parsed sequence needs (None: cannot tell), preferring the longest shortest."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def better(candidate: frozenset[str] | None) -> None:
        nonlocal best
        if candidate and (best is None or min(map(len, candidate)) > min(map(len, best))):
            best = candidate

    for op, argument in items:
        if op is _LITERAL:
            run.append(chr(argument).lower())
            continue
        better(frozenset({"".join(run)}) if run else None)
        run = []
        if op is _SUBPATTERN:
            better(_needed(argument[-1]))
        elif op is _BRANCH:
            branches = [_needed(branch) for branch in argument[1]]
            if all(branches):
                better(frozenset().union(*(branch for branch in branches if branch)))
        elif op in _REPEATS and argument[0] >= 1:
            better(_needed(argument[2]))
    better(frozenset({"".join(run)}) if run else None)
    return best


def _clause(text: str, start: int, end: int) -> str:
    """The clause around [start, end): up to the nearest comma, semicolon, colon or dash."""
    left = max(text.rfind(mark, 0, start) for mark in (",", ";", ":", " – ", "("))
    rights = [position for position in (text.find(mark, end) for mark in (",", ";", ":", " – ", ")"))
              if position >= 0]
    return text[left + 1:min(rights) if rights else len(text)]


# a sentence in which an advisory body or report's author speaks ('De Gezondheidsraad ... ziet daar geen
# aanleiding toe'): its stance words are the author's, not the government's answer, unless the government is
# named in it too (an inspectorate or agency is left out: it may carry out a recommendation made to it)
_AUTHOR_SPEAKS = re.compile(
    r"^(?:(?:Ook|Verder|Daarnaast|Tevens|Voorts|Bovendien|Wel|Tot slot)\s+)?(?:De|Het)\s+"
    r"(?:[A-Z][\w-]*(?:raad|commissie|ombudsman|rekenkamer|planbureau)|Raad|Commissie|"
    r"Ombudsman|Rekenkamer|Onderzoeksraad|OVV|WRR|SER|AIV|ACVZ|Rli|RVS)\b(?![^.]{0,240}?\b(?:ik|wij|we|mij|ons|"
    r"kabinet|regering|minister|staatssecretaris)\b)")


@lru_cache(maxsize=4096)  # a response sentence is weighed once per item it may answer
def stance_of(sentence: str) -> StanceMatch | None:
    """The strongest stance cue in one sentence, with negation and hedging applied; none where a report's
    author speaks (``_AUTHOR_SPEAKS``). Marked ``offers`` when a cue marked so also holds in it, not negated
    ('Een zbo-status is niet nodig; ik kies voor een statuut'): ``_response`` reads a rejection with it as partial."""
    found = _strongest(sentence)
    if found is None or found.offers:
        return found
    book = cue_book()
    lowered = sentence.lower()
    for cue in book.cues:
        if not cue.offers or cue.needs and not any(needed in lowered for needed in cue.needs) \
                or cue.unless is not None and cue.unless.search(sentence):
            continue
        for match in cue.pattern.finditer(sentence):
            offer = _turned(book, cue, sentence, match, _match_clause(sentence, match))
            if offer.stance == cue.stance:
                return replace(found, offers=True)
    return found


def _match_clause(sentence: str, match: re.Match[str]) -> str:
    """The clause of a cue's match; a match may open on the mark before it ('; wel zal ik') or end in the comma
    after it ('neem ik over,'): its clause lies between them."""
    written = match.group(0)
    start = match.start() + len(written) - len(written.lstrip(",;: "))
    return _clause(sentence, start, max(start, match.start() + len(written.rstrip(",;: "))))


def _strongest(sentence: str) -> StanceMatch | None:
    """The strongest stance cue in one sentence (see ``stance_of``)."""
    if _AUTHOR_SPEAKS.match(sentence):
        return None
    book = cue_book()
    best: StanceMatch | None = None
    best_start = 0
    first_adoption = -1  # where the first acceptance of the recommendation itself starts
    rejection: tuple[StanceMatch, int] | None = None  # the strongest rejection, and where it starts
    concession = -1  # where the first cue sharing the aim before a 'maar' starts ('deelt het doel, maar')
    reservation = -1  # where the first partial cue starts ('kan ik niet garanderen')
    adoption: StanceMatch | None = None  # the first acceptance's match
    lowered = sentence.lower()
    present = {needed for needed in book.needles if needed in lowered}
    for cue in book.cues:
        if cue.needs and present.isdisjoint(cue.needs):
            continue  # the pattern cannot match: substring tests instead of a regex scan
        if cue.unless is not None and cue.unless.search(sentence):
            continue
        for match in cue.pattern.finditer(sentence):
            clause = _match_clause(sentence, match)
            if cue.blocked_by_nog_niet and re.search(r"\bnog\s+(?:niet|geen)\b", clause, re.IGNORECASE):
                continue
            found = _turned(book, cue, sentence, match, clause)
            if cue.echoes:
                found = replace(found, echoes=cue.echoes)
            if cue.concedes and (concession < 0 or match.start() < concession):
                concession = match.start()
            if found.adopts and (first_adoption < 0 or match.start() < first_adoption):
                first_adoption = match.start()
                adoption = found
            if found.stance == "rejected" and (rejection is None or found.weight > rejection[0].weight):
                rejection = (found, match.start())
            if found.stance == "partially" and found.weight >= 2 and not cue.concedes and reservation < 0:
                reservation = match.start()
            if best is None or found.weight > best.weight:
                best, best_start = found, match.start()
            break
    if best is not None and best.stance == "already" and book.part_scope is not None \
            and book.part_scope.match(sentence):
        # 'Voor de markttoezichthouders is dat al geregeld': done for a part only; a stance elsewhere wins
        best = StanceMatch("already", 1, f"{best.cue}+part", best.written)
    if best is not None and best.stance == "already" and adoption is not None and adoption.stance == "accepted" \
            and 0 <= first_adoption < best_start and ";" in sentence[first_adoption:best_start]:
        # 'Deze aanbeveling steunt het kabinet; de procedure is inmiddels gestart': adopted, and the work on it begun
        # (not after ':', which opens what the clause before it says: 'is opgepakt: sinds 2016 loopt ...')
        return adoption
    if best is not None and best.stance == "rejected" and rejection is not None and 0 <= concession < rejection[1]:
        # 'Het kabinet onderschrijft het doel, maar een wettelijke norm acht ik niet verstandig': the aim shared,
        # the measure declined
        return StanceMatch("partially", best.weight, f"{best.cue}+conceded", best.written)
    if best is None or book.contrast is None:
        return best
    if best.stance == "rejected" and best.weight >= 2 and 0 <= first_adoption < best_start \
            and book.contrast.search(sentence, first_adoption, best_start + 40):
        # 'Deze aanbeveling onderschrijf ik, maar ik zie geen aanleiding om X verplicht te stellen': a part declined
        return StanceMatch("partially", best.weight, f"{best.cue}+contrasted", best.written)
    if best.stance == "accepted" and best.adopts and reservation > best_start \
            and book.contrast.search(sentence, best_start, reservation + 40):
        # 'Ik neem deze aanbeveling ter harte, maar een halvering kan ik niet garanderen': adopted with a reservation
        return StanceMatch("partially", best.weight, f"{best.cue}+reserved", best.written)
    if best.stance == "accepted" and best.adopts and rejection is not None and rejection[1] > best_start \
            and book.contrast.search(sentence, best_start, rejection[1] + 40):
        # 'De derde aanbeveling deel ik, maar de streefwaarde is op korte termijn niet haalbaar': the recommendation
        # adopted, then a part of it declined (a weaker rejection, which the strongest-cue rule would drop)
        return StanceMatch("partially", best.weight, f"{best.cue}+contrasted", best.written)
    if best.stance == "accepted" and rejection is not None \
            and (not best.adopts and rejection[1] > best_start or rejection[1] < best_start) \
            and book.contrast.search(sentence, min(best_start, rejection[1]), max(best_start, rejection[1]) + 40):
        # 'Ik deel deze analyse, maar acht een nieuwe wet niet nodig' (agreeing with the analysis is no adoption);
        # 'Ik zie geen aanleiding X te wijzigen, maar neem Y over' (the answer said first is the answer)
        return rejection[0]
    return best


def _turned(book: CueBook, cue: Cue, sentence: str, match: re.Match[str], clause: str) -> StanceMatch:
    """A cue's match as a stance: an acceptance turned by a negation in its clause (rejected), a hedge in its
    clause or a restriction after it in the sentence (partially: 'neem ik over, zij het dat ...')."""
    found = StanceMatch(cue.stance, cue.weight, cue.id, match.group(0))
    if not (cue.negatable and cue.stance == "accepted"):
        return found
    outside = clause.replace(match.group(0), " ", 1)
    if cue.weight >= 2 and book.not_fully is not None and book.not_fully.search(clause):
        return StanceMatch("partially", cue.weight, f"{cue.id}+not-fully", match.group(0))
    if book.negation.search(outside) or book.negation.search(match.group(0)):
        return StanceMatch("rejected", cue.weight, f"{cue.id}+negated", match.group(0))
    if cue.weight >= 2 and book.hedge.search(clause):
        return StanceMatch("partially", cue.weight, f"{cue.id}+hedged", match.group(0))
    adopts = cue.weight >= 2 and not cue.about_analysis \
        and not (book.analysis_object is not None and book.analysis_object.match(sentence, match.end()))
    if adopts and book.restriction is not None and book.restriction.search(sentence, match.end()):
        return StanceMatch("partially", cue.weight, f"{cue.id}+restricted", match.group(0), adopts=True)
    return StanceMatch(cue.stance, cue.weight, cue.id, match.group(0), adopts=adopts)


# ---------------------------------------------------------------- recommendations

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
""".split())
_IMPERATIVE_WORDS = "|".join(sorted(_IMPERATIVES))  # the same words as one alternation of a pattern
_FUNCTION_WORDS = set("""
de het een deze dit die dat elke alle ook zo naast voor in op bij met uit door over na tot om als
wanneer indien zoals sinds daarnaast verder tevens bovendien echter hierbij daarbij ik wij we u zij
hij er hier daar waar wat wie welke hoe dan nu toch wel niet geen nog al juist daarom immers
eventueel volledigheidshalve overigens tot slot ten behoeve gelet mede vanwege ondanks hoewel
conform volgens zonder tegen tussen onder boven achter vanaf via per rond omtrent inzake middels
dankzij behalve jegens gezien blijkens namens overeenkomstig krachtens ingevolge
zolang terwijl nadat voordat totdat zodat doordat omdat mits tenzij aangezien zodra opdat alvorens ofschoon
""".split())
_IMPERATIVE_OBJECTS = re.compile(
    r"^\s*(?:de|het|een|dat|daarbij|met|voor|bij|waar|extra|erop|ervoor|in|op|zo|hierbij|deze|dit|alle|"
    r"eveneens|actief|structureel|periodiek|tijdig)\b", re.IGNORECASE)
_SUBHEADING = re.compile(
    r"^\s*(?:(?:Aanbeveling(?:en)?|Advie(?:s|zen))\s+(?:gericht\s+)?(?:aan\s+)?|Aan\s+|Gericht\s+aan\s+)"
    r"(?P<addressee>.+?)\s*:\s*$")
_ADDRESSEE_TAIL = re.compile(r"\s*(?:,\s*als\b|\bals\b|,).*$")

# what follows 'de derde aanbeveling, ' without 'om' and is no recommendation: 'die over X gaat', 'gericht aan Y'
_NOT_APPOSITIVE = (r"(?:die|dat|welke|waarin|waarbij|waarvan|zoals|namelijk|zo|gericht|aan|over|van|uit|in|inmiddels|"
                   r"overigens|echter|dus|ook|wel|niet|ik|wij|we|het\s+kabinet)\b")

# 'de aanbeveling is lastig uit te voeren': a judgement, not 'de aanbeveling is <what to do> te <verb>'
_NOT_INFINITIVE_AIM = (r"(?:moeilijk|lastig|goed|eenvoudig|makkelijk|gemakkelijk|niet|nog|al|mogelijk|zinvol|"
                       r"wenselijk|nodig|bedoeld|erop|gericht|vooral|eerder|daarom|dus|zo|te|ook|wel|er|in|op|"
                       r"moeten|gemaakt|opgesteld|gedaan|lastiger|beter|slecht|bijzonder|relevant)\b")

_COUNTED_INLINE = "doet drie aanbevelingen: (1) ...; (2) ..."
_COUNTED_ADVICE = "het eerste advies is om ..."
_FRONTED_PASSIVE = "aan/door X wordt aanbevolen ..."
_RUNNING_TRIGGERS = [
    # the recommendations listed inline after the sentence counting them: 'De raad doet drie aanbevelingen: (1) ...;
    # (2) ...; (3) ...', 'bevat twee aanbevelingen aan gemeenten: ...'
    (_COUNTED_INLINE, re.compile(
        r"\b(?:doet|doen|deed|deden|bevat|bevatten|formuleert|formuleren|geeft|geven|(?:komt|komen)\s+met|"
        r"(?:sluit|sluiten)\s+af\s+met|(?:eindigt|eindigen)\s+met)\b[^.:;]{0,60}?"
        r"\b(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d{1,2}|enkele|de\s+volgende)\s+aanbevelingen\b"
        r"(?:\s+(?:gericht\s+)?aan\s+(?P<addressee>[^:.;]{2,80}?))?\s*:\s*"
        r"(?P<text>(?=[^.]*;|\(?(?:\d{1,2}|[a-h])\)\s|(?-i:" + _IMPERATIVE_WORDS + r")\s[^.]*,)\S.+)$",
        re.IGNORECASE)),  # a list: numbered, with ';', or of imperatives in lower case ('verleen ..., monitor ...')
    ("beveelt ... aan", re.compile(
        r"\b(?:beveelt|bevelen|beval|bevalen)\s+(?P<addressee>.{0,120}?)\s*\baan(?:\s*,)?\s+(?:om\s+|dat\s+|te\s+)?"
        r"(?P<text>\S.+)$")),
    # also with its author ('De tweede aanbeveling van de raad, om ..., wordt'), as a relative clause ('de vierde
    # aanbeveling, die ertoe strekt X te verbeteren, ...'), and an advice counted the same way, with 'om' or 'die
    # ertoe strekt' only ('Het tweede advies, om ..., is'; not 'Het eerste advies, dat ik vroeg, ...')
    ("de eerste aanbeveling, om ..., ", re.compile(
        r"\b(?:(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|laatste)\s+"
        r"(?:aanbeveling|advies(?=(?:\s+van\s+(?:de|het)\s+[^,.;:]{2,60}?)?\s*,\s*(?:om|die\s+ertoe\s+strekt)\s))|"
        r"aanbeveling\s+\d{1,2})(?:\s+van\s+(?:de|het)\s+[^,.;:]{2,60}?)?"
        r"\s*,\s*(?:(?:om|dat|die\s+ertoe\s+strekt(?:\s+om)?)\s+|(?!\s*" + _NOT_APPOSITIVE + r")(?=[^,]{8,200}?,))"
        r"(?P<text>[^,]{8,200}?)\s*,\s*\S", re.IGNORECASE)),
    ("doet de aanbeveling om", re.compile(
        r"\b(?:doet|doen|deed|deden|bevat|bevatten|formuleert|formuleren|geeft|geven|(?:komt|komen|kwam|kwamen)\s+tot)"
        r"\s+(?:[^.]{0,80}?\s)?(?:de|een)\s+"
        r"aanbeveling\s+(?:aan\s+(?P<addressee>[^.;:]{2,100}?)\s*,?\s+(?=(?:om|dat)\s))?"  # 'aan X om ...'
        r"(?:mee\s+(?=(?:om|dat)\s))?"  # 'geeft X de aanbeveling mee om ...'
        r"(?:(?:om|dat)\s+|(?!(?:aan|van|over|die|dat|gericht|uit|in|op|tot|voor)\b)(?=[^.,;]*\bte\s+\w+))(?P<text>\S.+)$",
        re.IGNORECASE)),
    # (the middle holds no verb or clause of its own: 'Deze aanbeveling zal worden overgenomen, omdat gebleken is
    # dat ...' states no recommendation)
    ("een aanbeveling is om", re.compile(
        r"\baanbeveling(?:en)?\b(?P<middle>(?:(?!\b(?:zal|zullen|wordt|worden|werd|werden|kan|kunnen|neem|neemt|nemen|"
        r"heb|heeft|hebben|omdat|aangezien|zodat|want)\b)[^.]){0,160}?)\s+is\s+(?:om|dat)\s+(?P<text>\S.+)$",
        re.IGNORECASE)),
    # an advice counted like a recommendation: 'Het eerste advies van de raad is om ...' (not 'het advies is om': the
    # government's own advice to someone, or what it was asked for)
    (_COUNTED_ADVICE, re.compile(
        r"\b(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|laatste)\s+advies\b"
        r"(?P<middle>[^.;]{0,80}?)\s+(?:is|was)\s+(?:om|dat)\s+(?P<text>\S.+)$", re.IGNORECASE)),
    ("de aanbeveling luidt ...", re.compile(
        r"\baanbeveling\b(?P<middle>[^.,;:]{0,40}?)\s+(?:luidt\s*:?\s+(?:om\s+|dat\s+)?|betreft\s+(?!(?:dat|om|die|wat)\b)|"
        r"(?:houdt\s+in|komt\s+erop\s+neer|strekt\s+ertoe)\s*,?\s+(?:om|dat)\s+|"
        # 'De derde aanbeveling strekt ertoe X te doen' (not the aim alone: 'strekt ertoe te voorkomen dat ...')
        r"strekt\s+ertoe\s+(?!te\s)(?=[^.]*\bte\s+\w+)|"
        r"is\s+(?!\s*" + _NOT_INFINITIVE_AIM + r")(?=[^.]*\bte\s+\w+))(?P<text>\S.+)$", re.IGNORECASE)),
    # 'Het advies luidt (kort gezegd): stel de herverdeling uit', 'Zijn advies luidt om ...' ('het advies betreft X'
    # or 'is' names a topic: only 'luidt')
    ("het advies luidt ...", re.compile(
        r"(?<!titel van het )\b[Aa]dvies\b(?P<middle>[^.,;:]{0,40}?)\s+(?:luidt|komt\s+erop\s+neer)\s*"
        r"(?:,?\s*(?:kort\s+gezegd|samengevat|in\s+het\s+kort|als\s+volgt)\s*,?)?"
        r"\s*:?\s+(?:om\s+|dat\s+)?(?P<text>\S.+)$"
        # inverted after a fronted phrase: 'Kort samengevat luidt het advies dat ...'
        r"|\bluidt\s+(?:het|zijn|haar|hun)\s+advies\s*:?\s+(?:om\s+|dat\s+)(?P<text2>\S.+)$")),
    ("adviseert", re.compile(
        r"\b(?:adviseert|adviseren|adviseerde|adviseerden)\s+(?P<addressee>.{0,120}?)\s*\b(?:om|dat|te)\s+"
        r"(?P<text>\S.+)$")),
    ("geeft ... in overweging", re.compile(
        r"\b(?:geeft|geven|gaf|gaven)\s+(?P<addressee>[^.;]{0,80}?)\s*\bin\s+overweging\s+(?:om\s+|dat\s+)?"
        r"(?P<text>[^.]*?\bte\s+\w+.*)$")),
    ("raadt ... aan", re.compile(
        # ('aan' a word of its own, not the end of 'gaan'; 'de raden' is the noun)
        r"\b(?:raadt|(?<![Dd]e\s)(?<!\bdie\s)raden|raadde|raadden)\s+(?P<addressee>.{0,120}?)\s*\baan(?:\s*,)?\s+"
        r"(?:om\s+|dat\s+|te\s+)?"
        r"(?P<text>\S.+)$")),
    # advice against: 'De commissie ontraadt tot slot internetstemmen' (the text opens with the verb, so that it
    # says what is advised against)
    ("ontraadt", re.compile(r"\b(?P<text>(?:ontraadt|ontraden|ontraadde|ontraadden)\s+\S.+)$")),
    # the passive with its addressee or author fronted: 'Aan gemeenten wordt aanbevolen een meldpunt in te richten',
    # 'Door de commissie wordt voorgesteld de regeling af te schaffen' (the author checked: _is_author)
    (_FRONTED_PASSIVE, re.compile(
        r"^\s*(?:(?:Verder|Ook|Daarnaast|Voorts|Tevens|Tot slot|Ten slotte)\s+)?"
        r"(?:[Aa]an\s+(?P<addressee>[^,.;:]{2,80}?)|"
        r"[Dd]oor\s+(?P<who>(?:de|het)\s+[^,.;:]{2,80}?))\s+(?:wordt|worden|werd|werden)\s+(?:(?:er|ook|verder|"
        r"daarnaast|tevens|onder\s+meer)\s+)*(?:aanbevolen|geadviseerd|voorgesteld)\s+"
        r"(?=(?:om|dat)\s|[^.]*\bte\s+\w)(?:om\s+|dat\s+)?(?P<text>\S.+)$")),
    ("aanbevolen wordt", re.compile(
        r"^\s*(?:(?:Verder|Ook|Daarnaast|Voorts|Tevens|Tot slot|Ten slotte)\s+)?(?:wordt\s+)?(?:[Aa]anbevolen|"
        r"[Gg]eadviseerd)\s+"
        r"(?:wordt\s+)?(?=(?:om|dat)\s|[^.]*\bte\s+\w)(?:om\s+|dat\s+)?(?P<text>\S.+)$")),
    # 'De raad heeft in zijn advies «X» geadviseerd een register in te voeren': with 'om'/'dat' or an infinitive
    # ('heeft op 3 mei geadviseerd over het wetsvoorstel' names a topic, no recommendation)
    ("heeft ... geadviseerd", re.compile(
        r"\b(?P<aux>heeft|hebben|had|hadden|wordt|worden|werd|werden)\b(?P<middle>(?:[^.«]|«[^»]{0,150}»){0,160}?)"
        r"\bgeadviseerd\s+"
        r"(?:(?:om|dat)\s+|(?!(?:over|inzake|omtrent|aan|door|bij|in|op|om|dat|te|en|of|maar)\b)(?=[^.;]*\bte\s+\w))"
        r"(?P<text>\S.+)$")),
    ("heeft ... aanbevolen", re.compile(
        r"\b(?:heeft|hebben|wordt|worden|werd|werden)\b(?P<middle>(?:[^.«]|«[^»]{0,150}»){0,160}?)\baanbevolen\s+"
        r"(?:om\s+|dat\s+)?(?P<text>\S.+)$")),
    ("stelt ... voor", re.compile(
        r"\b(?:stelt|stellen)\s+(?P<who>[^,.;]{2,60}?\s+)??voor\s+(?P<joiner>(?:om|dat)\s+)?(?P<text>\S.+)$")),
    ("pleit ... voor", re.compile(
        r"\b(?:pleit|pleiten|bepleit|bepleiten)\s+(?P<who>[^,.;]{2,60}?\s+)??(?:ervoor\s+|voor\s+)?(?P<joiner>(?:om|dat)\s+)"
        r"(?P<text>\S.+)$|\b(?:bepleit|bepleiten)\s+(?P<who2>[^,.;]{2,60}?\s+)??(?P<text2>(?:een|het|de)\s+\S.+)$|"
        r"\b(?:pleit|pleiten)\s+(?P<who3>[^,.;]{2,60}?\s+)??voor\s+(?P<text3>(?:een|één|meer|minder|extra|betere?)\s+\S.+)$")),
    ("roept ... op", re.compile(
        r"\b(?:roept|roepen)\s+(?P<addressee>[^,.;]{2,80}?)\s+op\s+(?:om\s+|tot\s+)?(?P<text>\S.+\bte\s+\w+.*)$")),
    ("vraagt het kabinet ... te", re.compile(
        r"\b(?:vraagt|vragen)\s+(?P<who>(?:de|het)\s+[^,.;]{2,60}?\s+)??(?P<addressee>het\s+kabinet|de\s+regering|"
        r"de\s+(?:minister|staatssecretaris)\b[^,.;]{0,60}?|mij|ons)\s+(?:om\s+)?(?P<text>[^.]*?\bte\s+\w+.*)$")),
    ("wil ... dat", re.compile(
        r"\b(?:wil|willen)\s+(?P<who>(?:de|het)\s+[^,.;]{2,60}?\s+)??(?:graag\s+|ook\s+)?dat\s+(?P<text>\S.+)$")),
    ("vraagt ... om", re.compile(
        r"\b(?:vraagt|vragen)\s+(?P<who>[^,.;]{2,60}?\s+)??(?P<joiner>om\s+)(?P<text>\S.+\bte\s+\w+.*)$")),
    ("stelt/vraagt/pleit de raad ... te", re.compile(
        r"^\s*(?:(?:Zo|Ook|Verder|Daarnaast|Voorts|Tevens|Bovendien|Tot slot|Tenslotte|Ten slotte|Allereerst|"
        r"Vervolgens|Ten (?:eerste|tweede|derde|vierde|vijfde)|In de (?:eerste|tweede|derde) plaats)\s+)?"
        r"(?:stelt|vraagt|pleit)\s+(?P<who>(?:de|het)\s+[^,.;]{2,60}?)\s+(?:ervoor\s+|voor\s+)?"
        r"(?P<text>[^.]*?\bte\s+\w+.*)$")),
    ("volgens de raad moet ...", re.compile(
        r"^\s*Volgens\s+(?P<who>(?:de|het)\s+[^,.;]{2,60}?)\s*,?\s+(?P<text>(?:moet|moeten|dient|dienen)\s+\S.+)$")),
    # in a subordinate clause the particle is joined to the verb: 'het advies ..., waarin de raad aanbeveelt dat
    # schoolbesturen een buffer aanhouden', 'omdat de commissie aanbeveelt de termijn te verkorten'
    ("waarin X aanbeveelt dat ...", re.compile(
        r"\b(?:[Ww]aarin|[Ww]aarbij|[Ww]aarmee|dat|[Oo]mdat|[Nn]u|[Nn]adat|[Tt]oen|[Dd]oordat|[Hh]oewel)\s+"
        r"(?P<who>[^,.;:]{2,80}?)\s+"
        r"(?:aanbeveelt|aanbevelen|aanbeval|aanbevalen)\s*,?\s+(?:(?:om|dat)\s+(?P<text>\S.+)|"
        r"(?P<text2>[^.;]*?\bte\s+\w+.*))$")),
    ("aanbeveling kan worden bewerkstelligd", re.compile(
        r"\baanbeveling\b[^.]{0,40}\bkan\s+worden\s+(?:bewerkstelligd|bereikt|gerealiseerd|uitgevoerd)\s+"
        r"(?:als|door|wanneer|indien)\s+(?P<text>\S.+)$", re.IGNORECASE)),
]
# the word each trigger cannot match without, and whether the trigger ignores case
_TRIGGER_WORDS = {_COUNTED_INLINE: ("aanbevelingen", True),
                  "beveelt ... aan": ("bev", False), "een aanbeveling is om": ("aanbeveling", True),
                  _COUNTED_ADVICE: ("advies", True),
                  "de aanbeveling luidt ...": ("aanbeveling", True),
                  "de eerste aanbeveling, om ..., ": (",", False),
                  "doet de aanbeveling om": ("aanbeveling", True), "heeft ... aanbevolen": ("aanbevolen", False),
                  "heeft ... geadviseerd": ("geadviseerd", False),
                  "stelt ... voor": ("stel", False), "pleit ... voor": ("pleit", False),
                  "roept ... op": ("roep", False), "vraagt ... om": ("vra", False),
                  "vraagt het kabinet ... te": ("vra", False), "wil ... dat": ("wil", False),
                  "adviseert": ("advise", False),
                  "het advies luidt ...": ("advies", True), "geeft ... in overweging": ("overweging", False),
                  "raadt ... aan": ("ra", False), "ontraadt": ("ontra", False),
                  "aanbevolen wordt": ("e", False), _FRONTED_PASSIVE: ("w", False),
                  "aanbeveling kan worden bewerkstelligd": ("aanbeveling", True),
                  "stelt/vraagt/pleit de raad ... te": ("te ", False), "volgens de raad moet ...": ("Volgens", False),
                  "waarin X aanbeveelt dat ...": ("aanbev", True)}
# and, in lower case, one of these (a finer filter where the word above is common: 'groep', 'gesteld'), or a match
_TRIGGER_ALSO: dict[str, tuple[str, ...] | re.Pattern[str]] = {
                 _COUNTED_INLINE: re.compile(r"aanbevelingen[^:.]{0,90}:\s*\S"),
                 "beveelt ... aan": ("beveelt", "bevelen", "beval"),
                 "aanbevolen wordt": ("aanbevolen", "geadviseerd"),
                 _FRONTED_PASSIVE: ("aanbevolen", "geadviseerd", "voorgesteld"), "wil ... dat": (" dat ",),
                 "de eerste aanbeveling, om ..., ": re.compile(r"(?:aanbeveling|advies)(?:\s+van\s+[^,.;:]{2,60}?)?\s?,"
                                                              r"|aanbeveling\s?\d"),
                 "doet de aanbeveling om": ("doet ", "doen ", "deed", "bevat", "formule", "geeft ", "geven ", " tot "),
                 "de aanbeveling luidt ...": (" luidt", " betreft ", " is ", " houdt in", " neer ", " strekt "),
                 _COUNTED_ADVICE: re.compile(r"(?:ste|de)\s+advies\b[^.;]{0,80}?\s(?:is|was)\s+(?:om|dat)\s"),
                 "raadt ... aan": ("raadt ", "raden ", "raadde"),
                 "stelt ... voor": ("stelt ", "stellen "), "roept ... op": ("roept ", "roepen "),
                 "vraagt ... om": (" om ",), "waarin X aanbeveelt dat ...": ("aanbeveelt", "aanbevelen", "aanbeval"),
                 "vraagt het kabinet ... te": ("kabinet", "regering", "minister", "staatssecretaris", " mij ", " ons ")}
_INVERTED_AUTHOR = re.compile(
    r"^(?:(?:het|de|dit)\s+(?:rapport|onderzoek|advies|artikel|bundel)\b|"
    r"(?:de|het)\s+(?:commissie|raad|inspectie|onderzoekers|ombudsman|rekenkamer|auteurs?|college)\b|(?:zij|hij|ze)\b|"
    r"(?:(?:de|het)\s+)?[A-Z][\w-]*(?:\s+(?:van|voor|en)?\s*"
    r"[A-Z][\w-]*)*)(?:\s+in\s+(?:het|dit|haar|zijn)\s+\w+)?")
# 'stelt ... voor' is a recommendation when the report's author proposes: not the government, not 'stelt
# middelen beschikbaar voor'; without 'om'/'dat' only right after the verb and its adverbs, with an infinitive
_STELT_VOOR_ADVERBS = re.compile(
    r"(?:(?:voorts|verder|ook|daarnaast|tevens|bovendien|onder\s+(?:meer|andere)|in\s+(?:het|dit|haar|zijn)\s+\w+)\s+)*",
    re.IGNORECASE)
_GOVERNMENT_SUBJECT = re.compile(r"\b(?:ik|wij|we|kabinet|regering)\b|^\s*(?:De|de)\s+(?:minister|staatssecretaris)\b",
                                 re.IGNORECASE)
# the government as the subject before the verb: 'Het kabinet beveelt ...', 'Ik heb ... geadviseerd'
_GOVERNMENT_LEAD = re.compile(r"(?:(?:Daarom|Ook|Verder|Daarnaast|Tevens|Voorts|Eerder|Zelf)\s+)?"
                              r"(?:het\s+kabinet|de\s+regering|"
                              r"ik|wij|we|de\s+(?:minister|staatssecretaris)(?:\s+van\s+[^,.;]{2,60})?)", re.IGNORECASE)
# 'wordt geadviseerd' is a report's advice only where the sentence names the report or its author
# the government as the one advised, before 'wordt geadviseerd': 'Het kabinet wordt geadviseerd ...'
_GOVERNMENT_ADVISED = re.compile(r"\s*(?:(?:Verder|Ook|Daarnaast|Voorts|Tevens|Tot slot|Ten slotte)\s+)?"
                                 r"(?:[Hh]et\s+kabinet|[Dd]e\s+regering|[Dd]e\s+(?:minister|staatssecretaris)\b[^,.;]{0,60}?)"
                                 r"\s*")
_REPORT_ANCHOR = re.compile(r"\b(?:rapport|advies|onderzoek|evaluatie|studie|door\s+(?:de|het)\s+[A-Z\w])",
                            re.IGNORECASE)
_NOT_A_PROPOSER = re.compile(r"\b(?:beschikbaar|vast|zich|eisen|vragen|regels|middelen|geld)\b", re.IGNORECASE)
_INFINITIVE = re.compile(r"\bte\s+\w+")
_PROPOSALS = ("stelt ... voor", "pleit ... voor", "vraagt ... om")
# the report's author right after the verb ('Daarnaast stelt de raad voor ... te ...') or after 'Volgens'
_AUTHOR_AFTER_VERB = ("stelt/vraagt/pleit de raad ... te", "volgens de raad moet ...")
_LABEL_SUBJECT = re.compile(r"\s*(?:(?:De|Een)\s+\w+\s+aanbeveling|Aanbeveling\s+\d{1,2})\s*")
# advice not given yet: 'Het SodM zal voor 1 maart adviseren over ...', 'is gevraagd te adviseren', 'kan adviseren'
_ADVICE_TO_COME = re.compile(r"\b(?:zal|zullen|zou|zouden|gaat|gaan|kan|kunnen|moet|moeten|wil|willen|gevraagd|"
                             r"verzocht|om)\b[^.,;]{0,60}$|\bte\s*$", re.IGNORECASE)
_ADVICE_ABOUT = re.compile(r"(?:over|inzake|omtrent|betreffende|aangaande)\b", re.IGNORECASE)
_WE = re.compile(r"(?:^|\b)(?:wij|we)\b\s*$|^(?:wij|we)\b", re.IGNORECASE)
# who asks or pleads without it being a report's recommendation: parliament, a motion, the recommendation itself
_NOT_AN_AUTHOR = re.compile(r"\b(?:Kamer|motie|lid|leden|fractie|aanbeveling|vraag|situatie|dit|dat|het\s+lid)\b",
                            re.IGNORECASE)
_INVERTING_LEAD = re.compile(
    r"(?:Zo|Ook|Verder|Daarnaast|Voorts|Tevens|Bovendien|Tot slot|Tenslotte|Ten slotte|Allereerst|Vervolgens|"
    r"Ten (?:eerste|tweede|derde|vierde|vijfde)|Als (?:eerste|tweede|derde|vierde|vijfde|laatste))?")
_FOLLOW_ON = re.compile(
    r"^(?:(?:Ook|Verder|Daarnaast|Voorts|Tevens|Bovendien|Tot slot|Om dit te \w+)\s+)?"
    r"(?:moet|moeten)\s+(?:er\s+)?(?:volgens\s+[^,]{2,60}?,?\s+)?(?:,?\s*onder (?:andere|meer),?\s+)?"
    r"(?:voor\s+gezorgd\s+worden\s+dat\s+)?(?P<text>\S.+)$")
_SUMMARY = re.compile(
    r"\b(?:sluit\s+af\s+met|bevat|doet|formuleert|komt\s+met)\s+(?:een\s+)?(?:\w+tal|aantal|twee|drie|vier|vijf|zes|"
    r"zeven|acht|negen|tien|\d+)\s+aanbevelingen\b")
_ENUMERATION = re.compile(r"\bonder (?:andere|meer)\s*,|\bo\.a\.\s|:\s")
_VERBISH = re.compile(
    r"\b(?:wordt|worden|moet|moeten|bestaan|bestaat|komen|komt|is|zijn|krijgen|krijgt|hebben|heeft|"
    r"gehouden|gegeven|erkend|te\s+\w+)\b", re.IGNORECASE)
_ITEM_LEAD = re.compile(r"^\s*(?:en\s+)?(?:tot\s+slot|bovendien|verder|ook|daarnaast|tevens)?\s*,?\s*", re.IGNORECASE)
_APPOSITIVE = "de eerste aanbeveling, om ..., "
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
_SUBORDINATE = "waarin X aanbeveelt dat ..."
# where a subordinate clause with the recommendation ends and the main clause goes on: ', is op 3 mei verschenen'
_MAIN_CLAUSE_AFTER = re.compile(r",\s+(?:is|was|wordt|werd|heeft|had|zijn|waren|worden|hebben|zal|zullen|kan|kunnen|"
                                r"ligt|lag|staat|stond|verscheen|verschijnt|bevat|bevatte|heb|ben|wil|ga|gaat|laat|"
                                r"ontving|ontvingen|kreeg|kregen|stuur|zend|neem|neemt|deel|deelt|bied|biedt)\b")
# after a sentence naming the recommendations: 'De eerste is om ...', 'De tweede luidt dat ...'
_ELLIPSIS = "de eerste is om ..."
_ORDINAL_ELLIPSIS = re.compile(
    r"^\s*(?:De|Een)\s+(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|laatste)\s+(?:is|luidt)\s*:?\s+"
    r"(?:om|dat)\s+(?P<text>\S.+)$")
# a report's author, where the government is asked: 'Ten slotte vraagt de raad het kabinet ... te ...'
_AUTHOR_WORD = re.compile(r"\b(?:[Rr]aad|[Cc]ommissie|[Ii]nspectie|[Rr]ekenkamer|[Oo]mbudsman|[Oo]nderzoekers|"
                          r"[Aa]dviesraad|[Aa]uteurs|[Cc]ollege|[A-Z]{2,}[a-z]?)\b")
# one recommendation pointed back at: it is the one just before, in the same paragraph ('Ik neem deze
# aanbeveling over; ...' too: 'over' closing the clause is the particle, 'de aanbeveling over X' names a topic)
_SINGULAR_ANAPHOR = re.compile(
    r"\b(?:deze|die|dit|dat|de|het)\s+(?:aanbeveling|advies|voorstel|suggestie|oproep)\b"
    r"(?!\s+(?:van|uit)\b|\s+over\s+(?!(?:en|maar|want)\b)[\w«\"'])",
    re.IGNORECASE)
# a sentence opening with a bare 'Dat'/'Dit' and its verb points back at the sentence before: 'Dat neem ik ter harte.'
# an answer to the recommendations not answered before it: 'De overige aanbevelingen neem ik over'
_THE_OTHERS = re.compile(r"\b(?:overige|andere|resterende)\s+(?:aanbevelingen|adviezen|voorstellen)\b", re.IGNORECASE)
# an answer that opens by pointing at one recommendation: 'Dat advies volg ik niet', 'Ook deze aanbeveling neem ik over'
_OPENING_ANAPHOR = re.compile(r"^\s*(?:(?:Ook|Ook\s+aan)\s+)?(?:Dat|Dit|Die|Deze|dat|dit|die|deze)\s+"
                              r"(?:aanbeveling|advies|voorstel|suggestie|oproep)\b(?!\s+(?:van|uit|over|om|dat)\b)")
_BARE_ANAPHOR = re.compile(
    r"^\s*(?:Dat|Dit|Die|Deze)\s+(?:neem|neemt|nemen|onderschrijf|onderschrijft|omarm|omarmt|deel|deelt|steun|steunt|"
    r"volg|volgt|wijs|wijst|acht|vind|vindt|zie|ziet|zal|ga|gaat|kan|wordt|gebeurt|herken|herkent)\b")
_COLLECTIVE = re.compile(r"\b(?:aanbevelingen|deze\s+aanbeveling|de\s+aanbeveling|leerpunten|adviezen)\b"
                         # an advice of several points answered as a whole: 'neemt het advies in zijn geheel over',
                         # 'Ik neem het advies van de raad op beide punten over'
                         r"|\b(?:het|dit|dat)\s+advies\b[^.;]{0,60}?\b(?:in\s+(?:zijn|haar)\s+geheel|op\s+(?:alle|beide|"
                         r"de\s+(?:twee|drie|vier|vijf))\s+(?:punten|onderdelen)|integraal|onverkort)\b",
                         re.IGNORECASE)
# a sentence that reports what the report or its author says, not what the government answers
_REPORTED = re.compile(
    r"^(?:(?:Tot slot|Daarnaast|Verder|Ook|Voorts|Tevens|Bovendien)\s+)?(?:(?:Het|Dit)\s+(?:rapport|onderzoek|artikel)|"
    r"De\s+(?:Inspectie|Raad|Commissie|Ombudsman)|[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})\s+"
    r"(?:heeft\s+(?:in\s+\w+\s+\w+\s+)?)?(?:gesignaleerd|geconstateerd|geconcludeerd|concludeert|constateert|"
    r"stelt|signaleert|meldt|wijst)\b")
# a list's label: a number, a letter or a roman number in lower case ('1.', 'b)', '(iii)')
_LIST_LABEL = r"(?:\d{1,2}|[a-h]|[ivx]{1,4})"
_BULLET = re.compile(rf"^\s*(?:[-–•·*▪◦]|\(?{_LIST_LABEL}[.)])\s+")
_LIST_INTRO = re.compile(
    r"(?:\baanbeveling(?:en)?\b|\bbeveelt\b.*\baan\b|\badviseert\b|\badviezen\b|\bbeveelt\s+aan\b)[^:]*:\s*$",
    re.IGNORECASE)
_INTRO_ADDRESSEE = re.compile(r"\bbeveelt\s+(?P<addressee>.{0,120}?)(?:\s*het\s+volgende)?\s*aan\b")
# 'De OVV doet de volgende aanbevelingen aan de minister van IenW:'
_INTRO_ADDRESSEE_TO = re.compile(r"\baanbeveling(?:en)?\s+(?:gericht\s+)?aan\s+(?P<addressee>[^:]{2,120}?)\s*:\s*$")
# a list of recommendations going on to another addressee: 'En aan ProRail:'
_CONTINUED_ADDRESSEE = re.compile(
    r"^\s*(?:En\s+|Ook\s+|Tevens\s+)?(?:(?:de\s+)?aanbeveling(?:en)?\s+)?(?:gericht\s+)?aan\s+(?P<addressee>[^:.]{2,80}?)\s*:\s*$",
    re.IGNORECASE)
_BULLET_NUMBER = re.compile(rf"^\s*\(?(?P<number>{_LIST_LABEL})(?P<close>[.)])")


_ROMAN = {"i": 1, "v": 5, "x": 10}


def _label(number: str) -> int:
    """A list label as a number: '3' is 3, 'c' is 3, 'iv' is 4."""
    if number.isdigit():
        return int(number)
    if len(number) == 1 and number <= "h":
        return ord(number) - ord("a") + 1
    values = [_ROMAN[letter] for letter in number]
    return sum(-value if value < after else value for value, after in zip(values, values[1:] + [0]))


# a heading over the answer to numbered recommendations: 'Reactie op aanbeveling 1', 'Aanbevelingen 2 en 3',
# 'Ad 1', 'Ad aanbeveling 2'
_RESPONSE_HEADING = re.compile(
    r"^\s*(?:(?:(?:Beleids|Kabinets)?[Rr]eactie|Standpunt|Appreciatie)\s+(?:op|van|bij)\s+(?:de\s+)?)?"
    r"(?:[Aa]d\.?\s+(?:[Aa]anbeveling(?:en)?\s+)?|[Aa]anbeveling(?:en)?\s+)"
    r"(?P<nums>\d{1,2}(?:\s*(?:,|en|t/m|-|–)\s*\d{1,2})*)\s*[:.]?\s*$")
_NUMBERED = re.compile(r"^\s*(?:Aanbeveling|Advies)\s+(?:\d{1,2}|[IVX]{1,4})\b\s*(?P<mark>[:.)–-]?)\s*(?P<text>.*)$",
                       re.DOTALL)
_RESPONSE_LABEL_INSIDE = re.compile(
    r"(?:^|(?<=[.!?])\s+|\n)(?:(?:Beleids|Kabinets)?[Rr]eactie|Standpunt|Appreciatie)(?:\s+(?:van\s+het\s+)?kabinet)?\s*:")
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
_STOPWORDS = set("""de het een en van in op te voor met aan door bij dat die dit is zijn om als of ook niet naar
uit over tot wordt worden er zal zich hun haar hij zij ze wij ik u uw mijn deze dan wel nog al moet moeten
kan kunnen wat welke hoe waar wordt dus zo geen meer""".split())


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


def run(document: Document, facts: Sequence[Fact]) -> list[Fact]:
    reports = [fact for fact in facts if isinstance(fact, ReportFact)]
    organisations = [fact for fact in facts if isinstance(fact, OrganisationMention)]
    labelled, used = _labelled_groups(document)
    groups = labelled + _list_groups(document, used) + _running_groups(document, used)
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
    for group in groups:
        responses = _responses(document, group)
        for item, response in zip(group.items, responses):
            if item.label is not None and item.label in answered \
                    and not (item.rule in _OWN_ANSWER and response.found):  # its own answer: not the heading's
                response = _response(document, item, answered[item.label])
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


_OPENING_QUOTES = "‘“„«\"'"
_CLOSING_QUOTES = "’”»\"'"


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


# ---------------------------------------------------------------- lists

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


def _normalise_space(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# ---------------------------------------------------------------- bullets and numbered labels

def _labelled_groups(document: Document) -> tuple[list[_Group], frozenset[int]]:
    """Recommendations as bullets after an intro ('X beveelt het volgende aan:') or under a
    numbered label ('Aanbeveling 2: ...', 'Aanbeveling 2' then the text), with the paragraphs
    after them (up to the next label, intro or heading) as the response."""
    paragraphs = document.paragraphs
    starts: list[tuple[int, int, list[_Item]]] = []  # first paragraph, last paragraph, items
    used: set[int] = set()
    spoken_of = _RECOMMENDATIONS_SPOKEN_OF.search(document.text)  # where the letter first speaks of them
    first_mention = spoken_of.start() if spoken_of else -1
    index = 0
    while index < len(paragraphs):
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


_BULLETED = "bullet after a recommendation intro"
_NEXT_ITEM = "list item after the answer to the one before"
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


def _paragraph_text(document: Document, index: int) -> str:
    span = document.paragraphs[index].span
    return document.text[span.start:span.end]


def _bullet_block(document: Document, index: int) -> tuple[int, list[_Item]] | None:
    paragraph = document.paragraphs[index]
    sentences = _sentences_of(document, index)
    if paragraph.kind != "text" or not sentences:
        return None
    if ":" not in sentences[-1].text or not _LIST_INTRO.search(sentences[-1].text):  # the intro ends in a colon
        if not (_COUNTED_INTRO.search(sentences[-1].text) and _numbered_imperative_follows(document, index)):
            return None  # 'De IVD doet in het rapport vier aanbevelingen.' then '1. Actualiseer ...'
    if _answered_inside(document, index + 1):
        return None  # '1. Zorg dat ... . Dit neem ik over.': read item by item (_listed_imperative_with_answer)
    intro = sentences[-1]
    addressee = None
    named = _INTRO_ADDRESSEE.search(intro.text) or _INTRO_ADDRESSEE_TO.search(intro.text)
    if named:
        addressee = _running_addressee(intro, named)
    items: list[_Item] = []
    last = index
    for following in range(index + 1, len(document.paragraphs)):
        if document.paragraphs[following].kind != "text":
            break
        written = _paragraph_text(document, following)
        bullet = _BULLET.match(written)
        if not bullet:
            going_on = _CONTINUED_ADDRESSEE.match(written) if items else None
            if going_on is None:
                break
            begin = document.paragraphs[following].span.start + going_on.start("addressee")
            who = re.sub(r"^(?:de|het)\s+", "", going_on.group("addressee"))
            begin += len(going_on.group("addressee")) - len(who)
            addressee = (who, Span(begin, begin + len(who)))
            last = following
            continue
        number = _BULLET_NUMBER.match(written)
        body = _list_item_body(written[bullet.end():], document, following)
        cleaned = re.sub(r"(?:[;,.]\s*(?:en|of)?|\s+(?:en|of))\s*$", "", body.strip()).strip()
        start = document.paragraphs[following].span.start + bullet.end() + (len(body) - len(body.lstrip()))
        items.append(_Item(cleaned, Span(start, start + len(cleaned)), addressee[0] if addressee else None,
                           addressee[1] if addressee else None, _BULLETED, 0,
                           label=_label(number.group("number")) if number else None))
        last = following
    return (last, items) if items else None


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


# a sentence counting the recommendations, without a colon: a list intro when numbered imperatives follow
_COUNTED_INTRO = re.compile(
    r"\b(?:doet|doen|deed|bevat|formuleert|geeft|komt\s+met|sluit\s+af\s+met)\b[^.:;]{0,40}?\b(?:twee|drie|vier|vijf|"
    r"zes|zeven|acht|negen|tien|\d{1,2})\s+aanbevelingen\b[^:]*\.\s*$")


def _numbered_imperative_follows(document: Document, index: int) -> bool:
    """Whether the two paragraphs after ``index`` are numbered, lettered or bulleted imperatives ('1. Actualiseer
    ...', '2. Wijs ...', '- Verbeter ...'): a list (one followed by its answer is read by _imperative_then_answer)."""
    if index + 2 >= len(document.paragraphs):
        return False
    for following in (index + 1, index + 2):
        written = _paragraph_text(document, following)
        if document.paragraphs[following].kind != "text" or not _BULLET.match(written) \
                or not is_imperative(_without_marker(written.lstrip())):
            return False
    return True


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
    return last, [_Item(cleaned, Span(body_start + offset, body_start + offset + len(body.strip())), None, None,
                        "numbered recommendation label", 0, label=int(number.group(1)) if number else None)]


_LABEL_WITH_ANSWER = "numbered recommendation label answered in its paragraph"
_STATED_UNDER_TITLE = "recommendation stated under its numbered title"
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


# to whom the counted recommendations go: 'De inspectie doet drie aanbevelingen aan de korpschef.'
_COUNTED_TO = re.compile(r"\baanbevelingen\s+(?:gericht\s+)?aan\s+(?P<addressee>[^.:;,]{2,80}?)\s*\.\s*$")
_NOT_A_RECOMMENDATION = re.compile(r"\s*(?:Zie|Lees|Raadpleeg)\b")  # 'Zie bijlage 2.': a pointer of the letter


def _counted_item(sentence: str) -> bool:
    """Whether a sentence after one counting the recommendations gives one in the imperative ('Zorg ervoor dat
    ...', 'Informeer ...'), not a pointer of the letter itself ('Zie de bijlage')."""
    return is_imperative(sentence) and not _NOT_A_RECOMMENDATION.match(sentence)


def _counted_addressee(sentence: Sentence) -> tuple[str, Span] | None:
    """The addressee a counting sentence names ('doet drie aanbevelingen aan de korpschef.'), without article."""
    to = _COUNTED_TO.search(sentence.text)
    if to is None:
        return None
    who = re.sub(r"^(?:de|het)\s+", "", to.group("addressee"))
    begin = sentence.span.start + to.end("addressee") - len(who)
    return who, Span(begin, begin + len(who))


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
    addressee = None
    if to:
        who = re.sub(r"^(?:de|het)\s+", "", to.group("addressee"))
        who_start = start + to.end("addressee") - len(who)
        addressee = (who, Span(who_start, who_start + len(who)))
    return index, [_Item(_normalise_space(document.text[span.start:span.end]), span,
                         addressee[0] if addressee else None, addressee[1] if addressee else None,
                         "imperative answered by the paragraph after", 0,
                         label=_label(number.group("number")) if number else None)]


# a sentence saying what someone must do: 'De dienst moet ...', 'Gemeenten dienen ...', 'Er moet een register komen'
_MODAL_ITEM = re.compile(r"(?:(?:De|Het|Er|Alle|Elke|Iedere)\s+)?(?!(?:Ik|Wij|We|U|Dit|Dat|Deze|Die)\b)"
                         r"[\w&-]+(?:\s+[\w&-]+){0,4}?\s+(?:moet|moeten|dient|dienen)\s+\S")
_ADDRESSED_WITH_ANSWER = "addressed imperative answered in its paragraph"
_COUNTED_IMPERATIVE = "imperative after a sentence counting the recommendations"
_OWN_ANSWER = (_LISTED_WITH_ANSWER, _LABEL_WITH_ANSWER, _ADDRESSED_WITH_ANSWER,  # answered in the item's paragraph
               _COUNTED_IMPERATIVE, _NEXT_ITEM, _STATED_UNDER_TITLE)


def _addressed_imperative_with_answer(document: Document, index: int,
                                      first_mention: int) -> tuple[int, list[_Item]] | None:
    """A paragraph that opens with an addressee and a recommendation in the imperative and goes on with the
    answer ('Aan de KNVB: Stel een draaiboek op. De KNVB heeft het draaiboek inmiddels vastgesteld.'), after the
    letter spoke of recommendations (first at ``first_mention``); the answer must give a stance."""
    paragraph = document.paragraphs[index]
    if paragraph.kind != "text" or not 0 <= first_mention < paragraph.span.start:
        return None
    written = _paragraph_text(document, index)
    to = _ADDRESSEE_LABEL.match(written) if written[:1] in "AG" else None
    sentences = _sentences_of(document, index)
    if to is None or len(sentences) < 2 or not is_imperative(written[to.end():]):
        return None
    leading = 1
    while leading < len(sentences) and is_imperative(sentences[leading].text):
        leading += 1
    if leading == len(sentences) or not any(stance_of(sentence.text) for sentence in sentences[leading:]):
        return None
    start = paragraph.span.start
    span = Span(start + to.end(), sentences[leading - 1].span.end)
    who = re.sub(r"^(?:de|het)\s+", "", to.group("addressee"))
    who_start = start + to.end("addressee") - len(who)
    return index, [_Item(_normalise_space(document.text[span.start:span.end]), span, who,
                         Span(who_start, who_start + len(who)), _ADDRESSED_WITH_ANSWER, 0)]


# an addressee label before a recommendation on its line: 'Aan ProRail: Zorg ...', 'Gericht aan de IND: Herzie ...'
_ADDRESSEE_LABEL = re.compile(r"\s*(?:(?:Aanbeveling\s+)?(?:gericht\s+)?[Aa]an|Gericht\s+aan)\s+"
                              r"(?P<addressee>[^:.;]{2,80}?)\s*:\s+(?=[A-Z])")


_MARKER_ONLY = re.compile(rf"\s*\(?{_LIST_LABEL}[.)]\s*")  # '1.' split off as a sentence of its own
_RECOMMENDATIONS_SPOKEN_OF = re.compile(r"aanbeveling|advie[sz]|adviseert|beveelt|bevelen", re.IGNORECASE)


def _without_marker(text: str) -> str:
    """A sentence without the number, letter or bullet it opens with ('1. Stel ...' -> 'Stel ...')."""
    marker = _BULLET.match(text)
    return text[marker.end():] if marker else text


def _after_response_label(document: Document, paragraph: int) -> list[Sentence]:
    """Sentences after a 'Reactie:' label inside the last paragraph of a numbered recommendation."""
    written = _paragraph_text(document, paragraph)
    cut = _RESPONSE_LABEL_INSIDE.search(written)
    if not cut:
        return []
    start = document.paragraphs[paragraph].span.start + cut.start()
    return [sentence for sentence in _sentences_of(document, paragraph) if sentence.span.end > start]


# ---------------------------------------------------------------- running text

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
    """The answer that follows the recommendations in their own sentence after ';', as a sentence of its own
    ('De commissie adviseert X te herzien; die aanbeveling neemt het kabinet niet over.')."""
    offset = last.span.end - sentence.span.start
    rest = sentence.text[offset:]
    if not rest.startswith(";") or not _ANSWER_AFTER_SEMICOLON.match(rest[1:]):
        return []
    skip = len(rest) - len(rest[1:].lstrip())
    return [Sentence(Span(last.span.end + skip, sentence.span.end), rest[skip:], sentence.paragraph)]


def _answers_under_headings(document: Document) -> dict[int, list[Sentence]]:
    """The sentences under each 'Reactie op aanbeveling N' heading, by the numbers it names."""
    answered: dict[int, list[Sentence]] = {}
    for index, paragraph in enumerate(document.paragraphs):
        if paragraph.kind != "heading":
            continue
        heading = _RESPONSE_HEADING.match(_paragraph_text(document, index))
        if not heading:
            continue
        numbers = [int(number) for number in re.findall(r"\d+", heading.group("nums"))]
        if re.search(r"t/m|-|–", heading.group("nums")) and len(numbers) == 2:
            numbers = list(range(numbers[0], numbers[1] + 1))
        sentences = [sentence for following in range(index + 1, _region_end(document, index))
                     if document.paragraphs[following].kind == "text"
                     for sentence in _sentences_of(document, following)]
        for number in numbers:
            answered.setdefault(number, []).extend(sentences)
    return answered


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
_ANSWER_HEADING = re.compile(
    r"\s*(?:(?:Beleids|Kabinets)?(?:[Rr]eactie|[Ss]tandpunt|[Aa]ppreciatie)|Standpunt|Appreciatie)(?:\s+(?:van\s+het\s+kabinet|(?:op|bij)\s+(?:de|het)\s+"
    r"(?:aanbevelingen|adviezen|advies|rapport)))?\s*[:.]?\s*")


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
        if rule in ("vraagt het kabinet ... te", "wil ... dat") and not _asks_government(text, match):
            continue
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
        if rule in _AUTHOR_AFTER_VERB and not _is_author(match.group("who")):
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
        named = _running_addressee(sentence, match)
        if named is not None:
            addressee = named
        elif rule in _PROPOSALS or rule in ("beveelt ... aan", "doet de aanbeveling om", "roept ... op",
                                            "raadt ... aan", "ontraadt", "geeft ... in overweging", "aanbevolen wordt",
                                            _COUNTED_INLINE,
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


_GOVERNMENT_FIRST = re.compile(r"(?:ik|wij|we|u|het\s+kabinet|de\s+regering|de\s+(?:minister|staatssecretaris))\b",
                               re.IGNORECASE)


_REPORT_AS_AUTHOR = re.compile(r"(?:de|het|dit|deze)\s+(?:[A-Z]|(?:rapport|advies|onderzoek|evaluatie|doorlichting|"
                               r"verkenning|studie|beleidsdoorlichting|eindrapport)\b)")


def _recommends(who: str) -> bool:
    """Whether a noun phrase can be a report's author who recommends: an advisory body or a name ('de raad', 'de
    Onderwijsraad', 'de Algemene Rekenkamer') or the report itself ('het rapport'), not the government,
    parliament or a motion (an addressee may follow the author: 'de raad het kabinet')."""
    who = who.strip()
    if _GOVERNMENT_FIRST.match(who) or _NOT_AN_AUTHOR.search(who) or len(who.split()) > 10:
        return False
    return bool(_AUTHOR_WORD.search(who) or _REPORT_AS_AUTHOR.match(who))


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


def _one_pattern(also: tuple[str, ...] | re.Pattern[str] | None) -> re.Pattern[str] | None:
    """A finer filter as one pattern (one search instead of a test per string)."""
    if also is None or isinstance(also, re.Pattern):
        return also
    return re.compile("|".join(map(re.escape, also)))


# each trigger with its word, whether that word ignores case, and its finer filter (read once, not per sentence)
_TRIGGER_TABLE = tuple((rule, pattern, *_TRIGGER_WORDS[rule], _one_pattern(_TRIGGER_ALSO.get(rule)))
                       for rule, pattern in _RUNNING_TRIGGERS)


def _may_trigger(folded: str) -> bool:
    """Whether a lower-case sentence holds the word of any trigger (see _TRIGGER_WORDS; a test per stem)."""
    return ("beve" in folded or "bevo" in folded or "beval" in folded or "stel" in folded or "advise" in folded
            or "vra" in folded or "luidt" in folded or "ste advies" in folded or "de advies" in folded
            or "roep" in folded or "pleit" in folded or "overweging" in folded or "raadt " in folded
            or "raden " in folded or "raadde" in folded or "ontra" in folded or " wil " in folded
            or " willen " in folded
            or folded.lstrip().startswith("volgens "))


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


def _asks_government(text: str, match: re.Match[str]) -> bool:
    """Whether 'vraagt het kabinet ... te ...' or 'wil dat ...' is asked by a report's author ('de raad', 'de SER',
    'Ook wil de ombudsman dat ...'), not by parliament, a party or the government itself."""
    asker = text[:match.start()] + " " + (match.group("who") or "")
    return bool(_AUTHOR_WORD.search(asker)) and not _NOT_AN_AUTHOR.search(asker) \
        and not re.search(r"\b(?:ik|wij|we|kabinet|regering)\b", asker, re.IGNORECASE)


def _is_author(who: str) -> bool:
    """Whether a noun phrase names a report's author ('de raad', 'de RVZ', 'de Inspectie'), not the government,
    parliament or a thing."""
    return bool(_AUTHOR_WORD.search(who)) and not _NOT_AN_AUTHOR.search(who) and not _GOVERNMENT_SUBJECT.search(who) \
        and len(who.split()) <= 8


def _proposes(text: str, match: re.Match[str]) -> bool:
    """Whether a 'stelt ... voor' / 'pleit voor' / 'vraagt om' match is a report's proposal: not the
    government's, nor parliament's, nor a recommendation that 'vraagt om een afweging' (see _STELT_VOOR_ADVERBS)."""
    groups = match.groupdict()
    who = groups.get("who") or groups.get("who2") or groups.get("who3") or ""
    before = text[:match.start()]
    if not who and _LABEL_SUBJECT.fullmatch(before):
        before = ""  # 'Aanbeveling 4 stelt voor ...': the recommendation itself proposes
    if _GOVERNMENT_SUBJECT.search(before + " " + who) or _NOT_A_PROPOSER.search(who) \
            or _NOT_AN_AUTHOR.search(before + " " + who):
        return False
    if groups.get("joiner") or groups.get("text2") is not None:
        return True
    if groups.get("text3") is not None:  # 'De Raad pleit voor een landelijk register': only a report's author
        return bool(_AUTHOR_WORD.search(before + " " + who))
    return _STELT_VOOR_ADVERBS.fullmatch(who) is not None and _INFINITIVE.search(match.group("text")) is not None


# adverbs between the verb and its particle that are no addressee: 'beveelt daarom aan', 'beveelt in de vierde
# plaats aan', 'beveelt de minister ook aan'
_ADVERB = (r"(?:daarom|dan\s+ook|ook|verder|voorts|tevens|daarnaast|bovendien|eveneens|vervolgens|allereerst|"
           r"tot\s+slot|ten\s+slotte|tenslotte|onder\s+meer|onder\s+andere|met\s+name|in\s+het\s+bijzonder|"
           r"nadrukkelijk|uitdrukkelijk|expliciet|nog|wel|tot\s+besluit|in\s+de\s+\w+\s+plaats|als\s+\w+e)")
_ADVERBS_AROUND = re.compile(rf"^(?:{_ADVERB}(?:\s+|,\s*|$))+|(?:\s+|,\s*){_ADVERB}(?:(?:\s+|,\s*){_ADVERB})*$",
                             re.IGNORECASE)


# where the advice stands, between the verb and its particle: 'in het rapport', 'in haar eindrapport «X»',
# 'in «X»', 'in zijn auditrapport over 2023', 'in de evaluatie van 3 mei 2021'
_WHERE_ADVISED = re.compile(
    r"^in\s+(?!de\s+\w+\s+plaats\b)(?:(?:(?:het|de|dit|deze|haar|zijn|hun)\s+)?[\w-]+\s*)?(?:[«“„\"‘'][^«»“”\"’']{2,150}[»”\"’']\s*)?"
    r"(?:(?:over|van)\s+(?:\d{4}|\d{1,2}\s+\w+(?:\s+\d{4})?)\s*)?")


def _running_addressee(sentence: Sentence, match: re.Match[str]) -> tuple[str, Span] | None:
    """'beveelt het ministerie en de IND aan' / 'aanbeveling die het rapport deelt met X is om'."""
    groups = match.groupdict()
    if groups.get("addressee") is not None:
        written, start = groups["addressee"], match.start("addressee")
    elif groups.get("middle") is not None:
        inner = re.search(r"\b(?:deelt\s+met|gericht\s+aan|aan)\s+(?P<who>.+)$", groups["middle"])
        if not inner:
            return None
        written, start = inner.group("who"), match.start("middle") + inner.start("who")
    else:
        return None
    cleaned = written.strip(" ,")
    if re.fullmatch(r"(?:Zo|Ook|Verder|Daarnaast|Voorts|Tevens|Bovendien|Tot slot|Tenslotte)?",
                    sentence.text[:match.start()].strip()) and groups.get("addressee"):
        # 'Verder beveelt Amnesty International (in het rapport) aan': the author comes first
        cleaned = _INVERTED_AUTHOR.sub("", cleaned).strip(" ,")
    cleaned = _WHERE_ADVISED.sub("", cleaned).strip(" ,")
    cleaned = _ADVERBS_AROUND.sub("", cleaned).strip(" ,")
    if not cleaned or not re.search(r"[A-Za-z]", cleaned):
        return None
    cleaned = re.sub(r"^(?:de|het)\s+", "", cleaned)
    begin = sentence.span.start + start + written.find(cleaned)
    return cleaned, Span(begin, begin + len(cleaned))


# a number or letter before each measure of an inline list: '(1) verbeter ...; (2) maak ...', '1) ..., 2) ... en 3) ...'
_INLINE_MARKER = re.compile(r"(?:^|(?<=[\s,;:]))\(?(?:\d{1,2}|[a-h])\)\s+")


def _split_on_markers(text: str) -> list[tuple[int, str]]:
    """The measures of an inline list that numbers or letters them, when it opens with its first marker and has two
    or more; each without its marker and the ', en' or ';' before the next."""
    markers = list(_INLINE_MARKER.finditer(text))
    if len(markers) < 2 or text[:markers[0].start()].strip():
        return []
    pieces = []
    for marker, following in zip(markers, markers[1:] + [None]):
        part = text[marker.end():following.start() if following else len(text)]
        part = re.sub(r"\s*[,;]?\s*(?:\b(?:en|of)\s*)?$", "", part)
        pieces.append((marker.end(), part))
    return pieces


# a clause after ';' that points back at the recommendation: its answer ('; die aanbeveling neem ik over', '; dit
# advies volgt het kabinet niet', '; het kabinet neemt dit voorstel over')
_ANSWER_AFTER_SEMICOLON = re.compile(
    r"\s*(?:(?:die|deze|dit|dat|de|het)\s+(?:aanbeveling|advies|voorstel|suggestie)\b|"
    r"(?:ik|wij|we|het\s+kabinet|de\s+regering)\s+\w+\s+(?:die|deze|dit|dat)\s+(?:aanbeveling|advies|voorstel)\b|"
    # a pronoun pointing back at it, with a stance of its own ('hieraan wordt reeds uitvoering gegeven')
    r"(?:hieraan|daaraan|hierin|daarin|hiermee|daarmee)\s+(?:wordt|is|zal|ga|gaat|geef|geeft|heb|heeft)\b)",
    re.IGNORECASE)


def split_measures(text: str) -> list[tuple[int, str]]:
    """One (offset, text) per measure a recommendation sentence lists.

    Split on ';' when the sentence has one; else, after 'onder andere,', on commas between
    clauses that each carry a verb; always on ', bovendien' and ', en tot slot'.
    """
    pieces: list[tuple[int, str]] = _split_on_markers(text)
    if pieces:
        pass
    elif ";" in text:
        position = 0
        for part in text.split(";"):
            if pieces and _ANSWER_AFTER_SEMICOLON.match(part):
                break  # '...te herzien; die aanbeveling neemt het kabinet niet over': the answer, not a measure
            pieces.append((position, part))
            position += len(part) + 1
    elif _IMPERATIVE_LIST.match(text):  # 'verleen ..., monitor ..., en voorzie ...': one measure per imperative
        pieces = _split_on(text, _IMPERATIVE_LIST_JOIN)
    else:
        marker = _ENUMERATION.search(text)
        if marker:
            head = text[:marker.end()]
            pieces = _split_clauses(text[marker.end():], marker.end())
            if len(pieces) < 3:
                pieces = [(0, text)]
            else:
                pieces = [(offset, part) for offset, part in pieces]
                if not _VERBISH.search(head.replace("moet", "").replace("moeten", "")):
                    pass
        else:
            pieces = [(0, text)]
    out: list[tuple[int, str]] = []
    for offset, part in pieces:
        for sub_offset, sub in _split_on(part, _MEASURE_JOIN):
            lead = _ITEM_LEAD.match(sub)
            skip = lead.end() if lead else 0
            cleaned = sub[skip:].strip().rstrip(".").strip()
            if len(cleaned.split()) >= 4:
                base = offset + sub_offset + skip + (len(sub[skip:]) - len(sub[skip:].lstrip()))
                joiner = _LEADING_JOINER.match(cleaned) if sub_offset else None
                if joiner:  # '..., en om Y te doen': Y
                    cleaned, base = cleaned[joiner.end():], base + joiner.end()
                out.extend((base + inner, part) for inner, part in _split_infinitives(cleaned))
    return out


# a list of imperatives in lower case after a colon ('...: verleen X, monitor Y, en voorzie Z') and where they part
_IMPERATIVE_LIST = re.compile(r"(?:" + _IMPERATIVE_WORDS + r")\s[^.]*,\s+(?:en\s+|of\s+)?(?:"
                              + _IMPERATIVE_WORDS + r")\s")
_IMPERATIVE_LIST_JOIN = r",\s+(?:en\s+|of\s+)?(?=(?:" + _IMPERATIVE_WORDS + r")\s)"
# where a sentence's measures part: ', bovendien', ', en tot slot', and a second 'om' or 'dat' clause parallel to the
# first, however long the first ('beveelt aan om X inzichtelijk te maken welk deel ... leidt, en om Y te
# publiceren', 'komt tot de aanbeveling dat X ..., en dat Y'); not 'en om die reden'
_MEASURE_JOIN = (r",\s+(?=(?:bovendien|en\s+tot\s+slot)\b)"
                 r"|,?\s+en\s+(?=om\s+(?!(?:die|deze)\s+reden\b)[^.;]*?\bte\s+\w)"
                 r"|,\s+en\s+(?=dat\s+\S+(?:\s+\S+){3})")
_LEADING_JOINER = re.compile(r"(?:om|dat)\s+")  # the 'om' or 'dat' a parallel measure opens with
# 'de handhaving te versterken en ouders actiever bij preventie te betrekken': two measures
# (right after the verb; with a comma, a few words may come between: '..., en daarbij ... te beperken'; without
# one, a phrase after a preposition: 'middelen te reserveren voor vrouwenorganisaties en de resultaten ... te meten').
# Not when the second points back at the first with a pronoun: 'een code vast te stellen en die openbaar te maken',
# 'de druk op arbeid te verlagen en die op vermogen te verhogen' is one measure.
# (the second then opens with an article: 'te versnellen door bezwaar en beroep te beperken' is one measure)
_JOIN_PREPOSITION = r"(?:voor|van|aan|met|in|op|bij|tot|naar|over|uit|onder|tegen|ten\s+opzichte\s+van)"
_INFINITIVE_JOIN = re.compile(r"\bte\s\w{3,20}(?:(?=\s+en\s)|(?:\s+[^\s,]+){1,6}?(?=,)|"
                             r"\s+" + _JOIN_PREPOSITION
                             + r"(?:\s+[^\s,]+){1,6}?(?=\s+en\s+(?:de|het|een|alle|meer|minder)\s))"
                             r"(?P<join>,?\s+en\s+(?:daarbij\s+|daarnaast\s+|ook\s+|tevens\s+|om\s+)?)"
                             r"(?!(?:die|dat|deze|dit|ze|zij|hen|hem)\s)"
                             r"(?=(?:\S+\s+){1,12}?te\s+\w+(?:\s+\S+){0,6}$)")


def _split_infinitives(text: str) -> list[tuple[int, str]]:
    """Two infinitive clauses joined by 'en', each ending in 'te <verb>', as two measures."""
    join = _INFINITIVE_JOIN.search(text)
    if not join or len(text[:join.start("join")].split()) < 4:
        return [(0, text)]
    return [(0, text[:join.start("join")]), (join.end("join"), text[join.end("join"):])]


def _split_on(text: str, pattern: str) -> list[tuple[int, str]]:
    pieces, position = [], 0
    for match in re.finditer(pattern, text, re.IGNORECASE):
        pieces.append((position, text[position:match.start()]))
        position = match.end()
    pieces.append((position, text[position:]))
    return pieces


def _split_clauses(text: str, base: int) -> list[tuple[int, str]]:
    """Comma-separated clauses; a piece without a verb is joined to the one before it."""
    merged: list[tuple[int, str]] = []
    for offset, piece in _split_on(text, r",\s+"):
        if merged and not _VERBISH.search(merged[-1][1]):
            start, previous = merged[-1]
            merged[-1] = (start, text[start:offset + len(piece)])
        else:
            merged.append((offset, piece))
    if len(merged) > 1 and not _VERBISH.search(merged[-1][1]):
        start, _ = merged[-2]
        merged[-2:] = [(start, text[start:])]
    return [(base + offset, piece) for offset, piece in merged]


_POINTER_AT_END = re.compile(r"\s*\((?:zie|vgl\.?|zoals\s+beschreven)\b[^()]*\)\s*[.;]?\s*$", re.IGNORECASE)


def _items(sentence: Sentence, start: int, addressee: tuple[str, Span] | None, rule: str,
           group: int, end: int | None = None) -> list[_Item]:
    items = []
    text = sentence.text[start:end]
    pointer = _POINTER_AT_END.search(text)
    if pointer:  # '... een jaar uit (zie het advies, bijlage 2).': the letter's pointer is no part of it
        text = text[:pointer.start()]
    for offset, measure in split_measures(text):
        begin = sentence.span.start + start + offset
        items.append(_Item(measure, Span(begin, begin + len(measure)), addressee[0] if addressee else None,
                           addressee[1] if addressee else None, rule, group))
    return items


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


# ---------------------------------------------------------------- recommendations answered as a group

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


# ---------------------------------------------------------------- responses

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


def _containment(part: frozenset[str], whole: frozenset[str]) -> float:
    """The share of ``part``'s words that stand in ``whole``."""
    return len(part & whole) / len(part) if part else 0.0


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


def _specific_or_loose(document: Document, item: _Item, own: list[Sentence], loose: list[Sentence],
                       first: tuple[StanceMatch, Sentence] | None) -> ResponseFact:
    """The response from the sentences that name the item, when they give a stance; else from the others."""
    if own:
        response = _response(document, item, own, first)
        if response.found or not loose:
            return response
    return _response(document, item, loose, first)


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


# ---------------------------------------------------------------- links

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
