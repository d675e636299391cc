"""Stance cues (kg/data/stance_cues.json, read by kg/extract/recommendations/cues.py).

Every cue in the data file is tested on its own examples (must give its stance), its negated
and hedged forms (must turn into rejected / partially) and its near misses (must not give its
stance), so a cue added to the file is tested without writing a test.
"""
from __future__ import annotations

import json

import pytest

from conftest import DATA as TEST_DATA
from conftest import EXTRA, SAMPLES
from kg.domain.resources import data_file
from kg.extract.recommendations import STANCES, cue_book, needed_strings, stance_of
from kg.read.clean import clean
from kg.read.ingest import read_letter
from kg.read.structure import structure

DATA = json.loads(data_file("stance_cues.json").read_text(encoding="utf-8"))
CUES = DATA["cues"]


def cases(field: str) -> list:
    return [pytest.param(cue["id"], cue["stance"], text, id=f"{cue['id']}: {text[:40]}")
            for cue in CUES for text in cue.get(field, [])]


def test_every_cue_has_a_valid_stance_an_example_and_a_near_miss() -> None:
    for cue in CUES:
        assert cue["stance"] in STANCES, cue["id"]
        assert cue["examples"], f"{cue['id']} has no example"
        assert cue["not"], f"{cue['id']} has no near miss"
        assert cue["note"], f"{cue['id']} has no note"
    assert len({cue["id"] for cue in CUES}) == len(CUES)


def test_the_issue_cues_are_all_in_the_file() -> None:
    """The cues the issue names, each with the stance it signals."""
    wanted = {
        "omarm ik deze aanbeveling": "accepted", "De dienst neemt dit ter harte.": "accepted",
        "Ik onderschrijf dit advies.": "accepted", "Deze aanbeveling neem ik over.": "accepted",
        "De dienst zal de aanbeveling uitvoeren.": "accepted",
        "Dit wordt deels opgepakt.": "partially", "Dit gebeurt gedeeltelijk.": "partially",
        "In beginsel is dat zo.": "partially", "Ik kan niet garanderen dat dit lukt.": "partially",
        "De dienst beseft dit, maar het kost tijd.": "partially",
        "Ik zie geen noodzaak tot wijziging.": "rejected",
        "Dit is geen noodzakelijke en reële optie.": "rejected",
        "Een wetswijziging acht ik niet wenselijk.": "rejected", "Die conclusie deel ik niet.": "rejected",
        "Dit betekent niet dat het beleid tekortschiet.": "rejected",
        "Hiermee wordt reeds rekening gehouden.": "already", "Dit is al sinds 2016 beleid.": "already",
        "De dienst stimuleert al overleg.": "already", "De vindbaarheid heeft de dienst reeds verbeterd.": "already",
        "Dit is al geregeld.": "already", "Een meldpunt bestaat al.": "already",
        "Van het advies neem ik kennis.": "noted",
    }
    for sentence, stance in wanted.items():
        found = stance_of(sentence)
        assert found is not None and found.stance == stance, (sentence, found)


@pytest.mark.parametrize("cue_id, stance, text", cases("examples"))
def test_cue_gives_its_stance(cue_id: str, stance: str, text: str) -> None:
    found = stance_of(text)
    assert found is not None, f"no cue in {text!r}"
    assert found.stance == stance, (cue_id, found)


@pytest.mark.parametrize("cue_id, stance, text", cases("negated"))
def test_negated_acceptance_is_rejection(cue_id: str, stance: str, text: str) -> None:
    found = stance_of(text)
    assert found is not None and found.stance == "rejected", (cue_id, text, found)


@pytest.mark.parametrize("cue_id, stance, text", cases("hedged"))
def test_hedged_acceptance_is_partial(cue_id: str, stance: str, text: str) -> None:
    found = stance_of(text)
    assert found is not None and found.stance == "partially", (cue_id, text, found)


@pytest.mark.parametrize("cue_id, stance, text", cases("not"))
def test_near_miss_does_not_give_the_stance(cue_id: str, stance: str, text: str) -> None:
    found = stance_of(text)
    assert found is None or found.cue.split("+")[0] != cue_id, (cue_id, text, found)


@pytest.mark.parametrize("sentence, stance", [
    ("Ik zie geen reden om deze aanbeveling over te nemen.", "rejected"),
    ("Het kabinet zal deze aanbeveling niet omarmen.", "rejected"),
    ("Deze aanbevelingen omarm ik op onderdelen.", "partially"),
    ("Zoals reeds aangegeven, omarm ik dit advies.", "accepted"),
    ("Dit is nog niet geregeld.", None),
    ("Dat medewerkers rapporten negeren, wordt niet herkend.", "already"),
])
def test_negation_and_hedging_in_running_sentences(sentence: str, stance: str | None) -> None:
    found = stance_of(sentence)
    assert (found.stance if found else None) == stance, found


def test_strongest_cue_wins_within_a_sentence() -> None:
    found = stance_of("Ik onderschrijf het doel, maar in het beleid wordt hier reeds rekening mee gehouden.")
    assert found is not None and found.stance == "already" and found.weight == 3


def test_cue_book_refuses_an_unknown_stance(tmp_path, monkeypatch) -> None:
    from kg.domain import rules

    broken = dict(DATA, cues=[dict(CUES[0], stance="maybe")])
    (tmp_path / "stance_cues.json").write_text(json.dumps(broken), encoding="utf-8")
    monkeypatch.setattr(rules, "data_file", lambda name: tmp_path / name)
    rules.load.cache_clear()
    cue_book.cache_clear()
    try:
        message = "stance_cues.json: entry '" + CUES[0]["id"] + "': stance 'maybe'"
        with pytest.raises(rules.DataFileError, match=message):
            cue_book()
    finally:
        rules.load.cache_clear()
        cue_book.cache_clear()


@pytest.mark.parametrize("sentence, stance", [
    ("Het advies van de Raad wordt door het kabinet opgevolgd.", "accepted"),
    ("Het kabinet volgt de aanbevelingen van de commissie op.", "accepted"),
    ("In navolging van het advies van de Gezondheidsraad wordt het vaccin aangeboden.", "accepted"),
    ("De minister geeft hier graag gehoor aan.", "accepted"),
    ("Ik heb besloten deze aanbeveling niet op te volgen.", "rejected"),
    ("Het kabinet is geen voorstander van een wettelijke verplichting.", "rejected"),
    ("Dit is bestaand beleid en wordt voortgezet.", "already"),
    ("Deze aanbeveling is inmiddels uitgevoerd.", "already"),
    ("Ik neem de aanbeveling over, met uitzondering van het onderdeel over de termijnen.", "partially"),
])
def test_stances_as_other_ministries_write_them(sentence: str, stance: str) -> None:
    found = stance_of(sentence)
    assert (found.stance if found else None) == stance, found


# ---------------------------------------------------------------- the prefilter (Cue.needs)

def test_needed_strings_of_small_patterns() -> None:
    assert needed_strings(r"\bter harte\b") == ("ter harte",)
    assert needed_strings(r"\b(?:neem|neemt)\b\s+over") == ("neem",)  # the longest required run wins
    assert needed_strings(r"\bomarm(?:t|en)?\b|\bneem\b") == ("neem", "omarm")
    assert needed_strings(r"\bomarm\b|\bonderschrijf\b") == ("marm", "nderschrijf")  # after the shared "o"
    assert needed_strings(r"(?:er\s+)?\bGEEN\b") == ("geen",)  # optional parts need nothing; lower case
    assert needed_strings(r"\w+|\bniet\b") == ()  # a branch that needs nothing: no prefilter
    assert needed_strings(r"[Aa]\s+[Bb]") == ()  # no literal of two characters


def sentences_of_real_letters() -> list[str]:
    """Every sentence of the sample, extra and probe letters."""
    paths = sorted(SAMPLES.glob("*.txt")) + sorted(EXTRA.glob("*")) + sorted((TEST_DATA / "probes").rglob("*.txt"))
    return [sentence.text for path in paths for sentence in structure(clean(read_letter(path))).sentences]


def test_the_prefilter_never_hides_a_match_on_real_letters() -> None:
    """Wherever a cue's pattern matches a sentence of a real letter, one of its needed strings is there."""
    cues = cue_book().cues
    assert sum(bool(cue.needs) for cue in cues) >= len(cues) - 2  # nearly every cue gets a prefilter
    for sentence in sentences_of_real_letters():
        lowered = sentence.lower()
        for cue in cues:
            if cue.needs and cue.pattern.search(sentence):
                assert any(needed in lowered for needed in cue.needs), (cue.id, sentence)


# ---------------------------------------------------------------- restrictions and contrasts

@pytest.mark.parametrize("sentence", DATA["restriction_examples"])
def test_a_restricted_acceptance_is_partial(sentence: str) -> None:
    found = stance_of(sentence)
    assert found is not None and found.stance == "partially", found


@pytest.mark.parametrize("sentence", DATA["restriction_not"])
def test_an_unrestricted_acceptance_stays_accepted(sentence: str) -> None:
    found = stance_of(sentence)
    assert found is not None and found.stance == "accepted", found


@pytest.mark.parametrize("sentence, stance", [
    ("Deze aanbeveling onderschrijf ik, maar ik zie geen aanleiding om deelname verplicht te stellen.", "partially"),
    ("Ik onderschrijf het belang van goede zorg, maar zie geen aanleiding de wet te wijzigen.", "rejected"),
    ("Ik deel deze analyse, maar acht een nieuwe wet niet nodig.", "rejected"),
    ("Ik zie geen aanleiding de termijn te wijzigen, maar neem de suggestie over de brochure over.", "rejected"),
])
def test_a_rejection_after_an_acceptance_in_one_sentence(sentence: str, stance: str) -> None:
    found = stance_of(sentence)
    assert found is not None and found.stance == stance, found


@pytest.mark.parametrize("sentence", DATA["part_scope_examples"])
def test_already_for_a_part_weighs_little(sentence: str) -> None:
    """'Voor de markttoezichthouders is dat al geregeld': already, but for a part only (weight 1)."""
    found = stance_of(sentence)
    assert found is not None and found.stance == "already" and found.weight == 1, found


@pytest.mark.parametrize("sentence", DATA["part_scope_not"])
def test_already_for_the_whole_keeps_its_weight(sentence: str) -> None:
    found = stance_of(sentence)
    assert found is not None and found.stance == "already" and found.weight > 1, found


@pytest.mark.parametrize("sentence, stance", [
    # the aim shared, the measure declined: partial, whatever the rejection's weight
    ("Het kabinet onderschrijft het doel, maar een wettelijke norm acht ik op dit moment niet verstandig.", "partially"),
    ("Ik deel de wens van de raad, maar zie geen aanleiding om de wet te wijzigen.", "partially"),
    ("Het kabinet heeft begrip voor deze wens, maar acht een verplichting niet proportioneel.", "partially"),
    ("Ik sta sympathiek tegenover het voorstel, maar een landelijke norm vind ik niet verstandig.", "partially"),
    # near misses: the analysis shared (no aim), or the rejection first
    ("Ik deel deze analyse, maar acht een nieuwe wet niet nodig.", "rejected"),
    ("Ik zie geen aanleiding de wet te wijzigen, maar deel het doel van de raad.", "rejected"),
])
def test_a_rejection_after_sharing_the_aim(sentence: str, stance: str) -> None:
    found = stance_of(sentence)
    assert found is not None and found.stance == stance, found


# ---------------------------------------------------------------- not fully, reservations, offers

@pytest.mark.parametrize("sentence", DATA["not_fully_examples"])
def test_a_negation_of_all_of_it_is_partial(sentence: str) -> None:
    """'Deze aanbeveling kan ik niet volledig overnemen': a part declined, not the whole."""
    found = stance_of(sentence)
    assert found is not None and found.stance == "partially", found


@pytest.mark.parametrize("sentence", DATA["not_fully_not"])
def test_a_plain_or_polite_refusal_stays_rejected(sentence: str) -> None:
    found = stance_of(sentence)
    assert found is not None and found.stance == "rejected", found


@pytest.mark.parametrize("sentence, stance", [
    ("Ik neem deze aanbeveling ter harte, maar een halvering van de termijn kan ik niet garanderen.", "partially"),
    ("Het kabinet omarmt de ambitie van de raad, maar houdt vast aan de Europese doelstelling.", "partially"),
    ("Ik neem de aanbeveling over en kan garanderen dat de termijn wordt gehaald.", "accepted"),
])
def test_an_adoption_with_a_reservation_after_maar(sentence: str, stance: str) -> None:
    found = stance_of(sentence)
    assert found is not None and found.stance == stance, found


@pytest.mark.parametrize("sentence, offers", [
    ("Een landelijke norm is niet nodig; wel zal ik gemeenten die dat willen met een handreiking ondersteunen.", True),
    ("Wel vraag ik de besturen om hun plannen te publiceren.", True),
    ("Een landelijke norm is niet nodig; wel zal ik dit met de gemeenten bespreken.", False),
    ("Een landelijke norm is niet nodig.", False),
    ("Wel merk ik op dat een landelijke norm niet nodig is.", False),
])
def test_a_sentence_offering_a_measure_of_its_own(sentence: str, offers: bool) -> None:
    found = stance_of(sentence)
    assert (found is not None and found.offers) == offers, found
