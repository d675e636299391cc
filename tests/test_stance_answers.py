"""How the sentences of one answer combine into a stance (``_response``, ``_split`` in
kg/extract/recommendations/responses.py), on hand-made letters: a measure of the government's own said
before a rejection makes the answer partial, said after it ('daarom') it is the rejection's reason."""
from __future__ import annotations

from pathlib import Path

import pytest
from test_reports import letter

from kg.domain.model import RecommendationFact


def stance(tmp_path: Path, recommendation: str, answer: str) -> str:
    """The stance kg gives the one recommendation of a small letter: 'Aanbeveling 1', the item, its answer."""
    facts = letter(tmp_path, "Hieronder reageer ik op de aanbevelingen van de inspectie.\n\nAanbeveling 1\n\n"
                   f"{recommendation}\n\nReactie\n\n{answer}\n")
    found = [fact for fact in facts if isinstance(fact, RecommendationFact)]
    assert len(found) == 1, found
    assert found[0].response is not None
    return found[0].response.stance


@pytest.mark.parametrize("recommendation, answer, expected", [
    # a part done, the rest declined: partial
    ("Schaf de toeristenbelasting af en verlaag de parkeertarieven in alle binnensteden.",
     "Het kabinet stelt gemeenten middelen beschikbaar om de heffing op overnachtingen te schrappen. Een "
     "landelijke verlaging van parkeertarieven neem ik niet over.", "partially"),
    ("Verbied vuurwerk in het hele land en richt meer opvanglocaties voor dieren in.",
     "Het kabinet zal met provincies extra plekken voor dierenopvang realiseren. Een landelijk verbod is niet "
     "aan de orde.", "partially"),
    ("Verhoog het kindgebonden budget en schrap de eigen bijdrage voor de kinderopvang.",
     "De eigen bijdrage in de kinderopvang wordt geschrapt, maar een hoger kindgebonden budget vind ik niet "
     "verantwoord.", "partially"),
    # near misses: what the government does after declining is its reason, not a part adopted
    ("Breid het aantal zittingslocaties van de rechtbank niet verder uit.",
     "Die opvatting deel ik niet. Ik zal daarom in 2026 twee nieuwe zittingslocaties openen.", "rejected"),
    ("Verplicht alle scholen tot een jaarlijkse veiligheidsmonitor.",
     "Een verplichting neem ik niet over.", "rejected"),
    # the action asked for, beside a weak 'niet mogelijk' on another part: partial
    ("Geef de toezichthouder meer capaciteit en de bevoegdheid om ministeries te beboeten.",
     "De toezichthouder krijgt structureel extra capaciteit. Een boete aan een ministerie is staatsrechtelijk "
     "niet mogelijk.", "partially"),
])
def test_parts_adopted_and_declined(tmp_path: Path, recommendation: str, answer: str, expected: str) -> None:
    assert stance(tmp_path, recommendation, answer) == expected


@pytest.mark.parametrize("answer, expected", [
    ("Dit voorstel staat op gespannen voet met de lokale autonomie en wordt daarom niet overgenomen.", "rejected"),
    ("Tot een dergelijke verplichting zal ik niet overgaan.", "rejected"),
    ("Ik neem deze aanbeveling niet alleen over, maar breid haar ook uit naar het mbo.", "accepted"),
    ("Het kabinet ziet geen reden om daarmee te wachten en start nog dit jaar.", "accepted"),
    ("Ik neem deze aanbeveling over in die zin dat de regio's één gezamenlijke commissie instellen.", "partially"),
    ("Dit gebeurt sinds de herziening van de regeling standaard.", "already"),
])
def test_one_sentence_answers(tmp_path: Path, answer: str, expected: str) -> None:
    assert stance(tmp_path, "Stel een onafhankelijke commissie in voor klachten over de jeugdzorg.",
                  answer) == expected
