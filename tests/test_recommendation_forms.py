"""Forms of recommendations found on fresh letters (kg/extract/recommendations.py): each with variants in
wording of our own and near misses that must not fire."""
from __future__ import annotations

from pathlib import Path

import pytest
from test_reports import letter

from kg.domain.model import RecommendationFact


def found(tmp_path: Path, body: str) -> list[RecommendationFact]:
    return [fact for fact in letter(tmp_path, body) if isinstance(fact, RecommendationFact)]


def stances(facts: list[RecommendationFact]) -> list[str | None]:
    return [fact.response.stance if fact.response else None for fact in facts]


# ---- the last list item stops where the letter goes on in the same paragraph

@pytest.mark.parametrize("body, last, stance", [
    ("De inspectie doet twee aanbevelingen aan scholen:\na) stel een pestcoördinator aan;\n"
     "b) meld incidenten bij de vertrouwensinspecteur. De tweede aanbeveling is al wettelijk geregeld.",
     "meld incidenten bij de vertrouwensinspecteur", "already"),
    ("De raad beveelt gemeenten aan:\n- de schuldhulp laagdrempelig te maken;\n"
     "- vroegsignalering te verplichten. Die laatste aanbeveling neem ik over.",
     "vroegsignalering te verplichten", "accepted"),
])
def test_last_list_item_stops_at_the_letter_going_on(tmp_path: Path, body: str, last: str, stance: str) -> None:
    facts = found(tmp_path, body)
    assert len(facts) == 2, facts
    assert facts[-1].text == last
    assert stances(facts)[-1] == stance


def test_a_list_item_of_two_imperative_sentences_stays_whole(tmp_path: Path) -> None:
    body = ("De commissie doet twee aanbevelingen:\n1. Train de medewerkers.\n2. Stel een register op. Publiceer het "
            "jaarlijks.\n\nIk neem beide aanbevelingen over.")
    facts = found(tmp_path, body)
    assert [fact.text for fact in facts] == ["Train de medewerkers", "Stel een register op. Publiceer het jaarlijks"]
