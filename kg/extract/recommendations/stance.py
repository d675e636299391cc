"""The stance of one sentence (``stance_of``): the strongest cue of kg/data/stance_cues.json in it, turned by
a negation, hedge or restriction in its clause (``_turned``), and partial where the sentence both adopts and
declines (a contrast after an adoption, a rejection after a shared aim); none where a report's author speaks."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .cues import Cue, CueBook, cue_book


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
