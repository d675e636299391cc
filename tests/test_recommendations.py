"""Recommendations and responses (kg/extract/recommendations/) on real and hand-made letters."""
from __future__ import annotations

from pathlib import Path

import pytest
from test_reports import letter

from conftest import sample
from kg.domain.model import RecommendationFact, ResponseFact
from kg.engine import read_document
from kg.extract.recommendations import is_imperative, split_measures
from kg.read.ingest import read_letter


def answer(fact: RecommendationFact) -> ResponseFact:
    """The response of a recommendation (every recommendation has one, 'noted' when none was found)."""
    assert fact.response is not None
    return fact.response


def recommendations(facts: list) -> list[RecommendationFact]:
    return [fact for fact in facts if isinstance(fact, RecommendationFact)]


@pytest.fixture(scope="module")
def inspection() -> list[RecommendationFact]:
    return recommendations(list(read_document(read_letter(sample("003"))).facts))


@pytest.fixture(scope="module")
def amnesty() -> list[RecommendationFact]:
    return recommendations(list(read_document(read_letter(sample("001"))).facts))


def test_list_under_aanbevelingen_with_sub_headings(inspection: list[RecommendationFact]) -> None:
    assert len(inspection) == 14
    addressees = [fact.addressee for fact in inspection]
    assert addressees[:3] == ["secretaris-generaal Justitie en Veiligheid"] * 3  # heading ended a paragraph
    assert addressees[3:6] == ["directeur-generaal Migratie"] * 3
    assert addressees[6:] == ["IND"] * 8
    assert inspection[0].text.startswith("Waarborg de beschikbaarheid") and "Bewaak daarbij" in inspection[0].text
    assert all(fact.report == "tijd-voor-kwaliteit-een-onderzoek-naar-de-algemene-asielprocedure"
               for fact in inspection)
    assert [fact.number for fact in inspection] == list(range(1, 15))


def test_a_block_shares_the_response_after_it(inspection: list[RecommendationFact]) -> None:
    for fact in inspection[:3]:
        assert answer(fact).stance == "accepted"
        assert answer(fact).evidence.text == ("De aanbevelingen van de Inspectie aan de eigenaar van de IND "
                                               "zijn herkenbaar en omarm ik.")


@pytest.mark.parametrize("start, stance, cue", [
    ("Verbeter voor hoor", "already", "reeds"),
    ("Waarborg dat het voor hoor", "partially", "beseft"),
    ("Verbeter de kennis", "accepted", "ter harte"),
    ("Stimuleer dat medewerkers", "already", "stimuleert al"),
    ("Zet extra kwaliteitswaarborgen", "rejected", None),
])
def test_each_listed_recommendation_gets_its_own_response(inspection: list[RecommendationFact], start: str,
                                                          stance: str, cue: str | None) -> None:
    fact = next(fact for fact in inspection if fact.text.startswith(start))
    assert answer(fact).stance == stance
    if cue:
        assert answer(fact).cue == cue


def test_running_text_gives_one_recommendation_per_measure(amnesty: list[RecommendationFact]) -> None:
    texts = [fact.text for fact in amnesty]
    assert len(texts) == 16
    assert texts[0] == ("er voor te zorgen dat gendergerelateerde asielaanvragen worden behandeld in een "
                        "eerlijke en efficiënte asielprocedure")
    assert texts[5].startswith("rekening gehouden worden met het feit")  # after ', en tot slot'
    assert any(text.startswith("moeten deze medische rapporten") for text in texts)  # after ', bovendien'
    assert amnesty[0].addressee == "ministerie van Justitie en Veiligheid en de IND"
    assert amnesty[-1].addressee is None  # 'Verder beveelt Amnesty International aan dat' names nobody


def test_response_sentences_go_to_the_recommendation_they_are_about(amnesty: list[RecommendationFact]) -> None:
    def starting(words: str) -> RecommendationFact:
        return next(fact for fact in amnesty if fact.text.startswith(words))

    assessment = starting("een gender-effect")
    assert answer(assessment).stance == "rejected"
    assert "geen noodzakelijke en reële optie" in answer(assessment).evidence.text
    reports = starting("moeten deze medische")
    assert answer(reports).stance == "already"
    unanswered = starting("moet er gezorgd worden voor effectieve")
    assert answer(unanswered).stance == "noted"


def test_summary_of_recommendations_when_none_are_listed() -> None:
    found = recommendations(list(read_document(read_letter(sample("004"))).facts))
    assert [fact.text for fact in found] == ["Het NJB-artikel sluit af met een viertal aanbevelingen."]
    assert found[0].report == "ongezien-onrecht-in-het-vreemdelingenrecht"
    assert answer(found[0]).stance == "noted"


def test_letters_without_recommendations() -> None:
    for prefix in ("000", "002"):
        assert recommendations(list(read_document(read_letter(sample(prefix))).facts)) == []


def test_hand_made_running_text(tmp_path: Path) -> None:
    facts = letter(tmp_path,
                   "De Raad beveelt de minister aan om de termijnen in de wet te verlengen. Ik zie geen "
                   "noodzaak tot het verlengen van de termijnen.\n\n"
                   "Een tweede aanbeveling is om asielzoekers tijdens het wachten beter te informeren. "
                   "Deze aanbeveling neem ik over.\n")
    found = recommendations(facts)
    assert [(fact.text, answer(fact).stance) for fact in found] == [
        ("de termijnen in de wet te verlengen", "rejected"),
        ("asielzoekers tijdens het wachten beter te informeren", "accepted")]
    assert found[0].addressee == "minister"


def test_hand_made_list_with_negated_response(tmp_path: Path) -> None:
    facts = letter(tmp_path,
                   "Aanbevelingen\n\nAanbeveling gericht aan de dienst:\n\n"
                   "Verkort de wachttijden voor alle aanvragers binnen een jaar.\n\n"
                   "Deze aanbeveling kan ik niet omarmen, omdat de capaciteit ontbreekt.\n\n"
                   "Publiceer de beslistermijnen op de website van de dienst.\n\n"
                   "De dienst doet dit al sinds 2020.\n")
    found = recommendations(facts)
    assert [(fact.addressee, answer(fact).stance) for fact in found] == [("dienst", "rejected"),
                                                                          ("dienst", "already")]


@pytest.mark.parametrize("sentence, expected", [
    ("Waarborg de beschikbaarheid van voldoende middelen.", True),
    ("Herijk waar nodig de kostprijzen.", True),
    ("Verifieer bij het opstellen van nieuwe kaders dat de dienst kan werken.", True),
    ("De dienst stimuleert dit onderlinge gesprek.", False),
    ("Elke dag worden afwegingen gemaakt.", False),
    ("Medewerkers volgen de verplichte training.", False),
    ("Zoals gezegd deelt de dienst de conclusie.", False),
    ("Keer voorlopig terug naar het tellen met de hand.", True),  # a separable verb: 'terugkeren'
    ("Sta niet toe dat leveranciers de software zelf keuren.", True),
    ("Verplaats de spreekuren naar de avond.", True),
    ("Herstel van vertrouwen vraagt tijd.", False),  # a stem that is as often a noun
    ("Scherp toezicht blijft nodig.", False),
])
def test_imperatives(sentence: str, expected: bool) -> None:
    assert is_imperative(sentence) is expected


def test_enumeration_splits_on_clauses_with_a_verb_only() -> None:
    measures = [text for _, text in split_measures(
        "onder andere, geweld worden erkend als vervolging, er een ruime uitleg worden gegeven aan de "
        "gronden, landeninformatie actueel gehouden worden, en tot slot rekening gehouden worden met "
        "daders als particulieren, families en clans.")]
    assert measures == ["geweld worden erkend als vervolging", "er een ruime uitleg worden gegeven aan de gronden",
                        "landeninformatie actueel gehouden worden",
                        "rekening gehouden worden met daders als particulieren, families en clans"]


def test_a_single_measure_with_commas_stays_whole() -> None:
    measures = split_measures("er passende, initiële en doorlopende trainingen komen voor medewerkers.")
    assert [text for _, text in measures] == ["er passende, initiële en doorlopende trainingen komen voor medewerkers"]


# ---------------------------------------------------------------- named queries

@pytest.fixture(scope="module")
def sample_store(sample_build):
    from pyoxigraph import Store
    store = Store()
    store.extend(sample_build.quads)
    return store


def rows(store, name: str, bindings: dict[str, str] | None = None) -> list[dict[str, str]]:
    from kg.query import query_text, run_query, term_text
    table = run_query(store, query_text(name), bindings)
    return [{var: term_text(term) for var, term in zip(table.variables, row) if term is not None}
            for row in table.rows]


def test_rejected_recommendations_query(sample_store) -> None:
    found = rows(sample_store, "rejected_recommendations")
    assert {row["stance"] for row in found} == {"rejected", "partially"}
    assert all(row["evidence"] and row["report_title"] for row in found)
    inspection = "Tijd voor kwaliteit, een onderzoek naar de Algemene Asielprocedure"
    only = rows(sample_store, "rejected_recommendations", {"report_title": inspection})
    assert only and {row["report_title"] for row in only} == {inspection}
    assert len(only) < len(found)


def test_responses_by_organisation_query(sample_store) -> None:
    found = rows(sample_store, "responses_by_organisation")
    counts = {(row["name"], row["stance"]): int(row["recommendations"]) for row in found}
    assert counts[("secretaris-generaal Justitie en Veiligheid", "accepted")] == 3
    # The letter of 22 June 2023 (Amnesty's report) aims its 11 recommendations at 'het ministerie
    # van Justitie en Veiligheid en de IND': each counts for both. The IND also has the 8 of the
    # letter of 3 May 2022 aimed at the IND alone.
    ind = {stance: count for (name, stance), count in counts.items() if name == "Immigratie- en Naturalisatiedienst"}
    assert ind == {"already": 5 + 5, "rejected": 1 + 3, "unanswered": 0 + 3, "accepted": 1, "partially": 1}
    jenv = {stance: count for (name, stance), count in counts.items()
            if name == "Ministerie van Justitie en Veiligheid"}
    assert jenv == {"already": 5, "rejected": 3, "unanswered": 3}
    # every recommendation of the sample letters once, and the 11 with two addressees once more
    assert sum(counts.values()) == 31 + 11
    assert rows(sample_store, "responses_by_organisation", {"name": "IND"}) == [
        row for row in found if row["name"] == "Immigratie- en Naturalisatiedienst"]


def test_bullets_after_an_intro_and_responses_by_position(tmp_path: Path) -> None:
    facts = letter(tmp_path,
                   "De Adviesraad beveelt de minister het volgende aan:\n"
                   "- zorg voor kortere beslistermijnen bij de dienst;\n"
                   "- informeer asielzoekers tijdens het wachten beter;\n"
                   "• betrek gemeenten bij de opvang.\n\n"
                   "Ik neem de eerste twee aanbevelingen over. De derde aanbeveling acht ik niet nodig, omdat "
                   "gemeenten daar nu al bij betrokken worden.\n")
    found = recommendations(facts)
    assert [(fact.text, answer(fact).stance) for fact in found] == [
        ("zorg voor kortere beslistermijnen bij de dienst", "accepted"),
        ("informeer asielzoekers tijdens het wachten beter", "accepted"),
        ("betrek gemeenten bij de opvang", "rejected")]
    assert {fact.addressee for fact in found} == {"minister"}


def test_numbered_labels_with_reactie(tmp_path: Path) -> None:
    facts = letter(tmp_path,
                   "Aanbeveling 1: Zorg dat de dienst binnen de wettelijke termijn beslist.\n\n"
                   "Reactie: Deze aanbeveling neem ik over.\n\n"
                   "Aanbeveling 2\n\nDe minister moet de dwangsommen afschaffen.\n\n"
                   "Reactie: Ik zie geen aanleiding om de dwangsommen af te schaffen.\n")
    found = recommendations(facts)
    assert [(fact.text, answer(fact).stance) for fact in found] == [
        ("Zorg dat de dienst binnen de wettelijke termijn beslist.", "accepted"),
        ("De minister moet de dwangsommen afschaffen.", "rejected")]


@pytest.mark.parametrize("sentence, count, expected", [
    ("Ik neem de eerste twee aanbevelingen over.", 3, [0, 1]),
    ("De derde aanbeveling acht ik niet nodig.", 3, [2]),
    ("De laatste aanbeveling omarm ik.", 4, [3]),
    ("Aanbevelingen 2 en 3 neem ik over.", 3, [1, 2]),
    ("De aanbevelingen neem ik over.", 3, []),
    ("De tiende aanbeveling bestaat niet.", 3, []),
    ("Het tweede en het vierde advies volg ik.", 4, [1, 3]),
    ("De eerste, tweede en laatste aanbeveling neem ik over.", 5, [0, 1, 4]),
    ("Het laatste voorstel wijs ik af.", 3, [2]),
    ("De aanbevelingen 1 t/m 3 zijn al uitgevoerd.", 4, [0, 1, 2]),
])
def test_recommendations_named_by_position(sentence: str, count: int, expected: list[int]) -> None:
    from kg.extract.recommendations import referred_items
    assert referred_items(sentence, count) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("De onderzoekers bevelen aan om de handhaving te versterken.", "de handhaving te versterken"),
    ("De onderzoekers doen de aanbeveling om gemeenten vroegtijdig te betrekken.",
     "gemeenten vroegtijdig te betrekken"),
    ("Voorts heeft de Gezondheidsraad in zijn advies aanbevolen het alcoholgebruik te beperken.",
     "het alcoholgebruik te beperken"),
    ("De Raad stelt voorts voor de vierjarige subsidieperiode los te laten.",
     "de vierjarige subsidieperiode los te laten"),
    ("De Raad pleit ervoor dat het Rijk meerjarige afspraken maakt met regio's.",
     "het Rijk meerjarige afspraken maakt met regio's"),
    ("Daarnaast roept de KNAW tijdschriften op om vaker replicatiestudies te publiceren.",
     "vaker replicatiestudies te publiceren"),
    ("Ook vraagt de Raad om de procedures voor bestemmingsplannen te versnellen.",
     "de procedures voor bestemmingsplannen te versnellen"),
    ("Zo adviseert de Raad een aparte fondsenstructuur voor amateurkunst in te richten.",
     "een aparte fondsenstructuur voor amateurkunst in te richten"),
    # the author's noun is a whole word: 'de onderzoekers' is no 'de onderzoek' + 'ers'
    ("Ten tweede adviseren de onderzoekers het aantal tariefgroepen te vereenvoudigen.",
     "het aantal tariefgroepen te vereenvoudigen"),
    ("De eerste aanbeveling aan mij luidt een termijn te stellen voor het opheffen van de overwegen.",
     "een termijn te stellen voor het opheffen van de overwegen"),
    ("De derde aanbeveling is het subsidieplafond voor stallen te verhogen.",
     "het subsidieplafond voor stallen te verhogen"),
    ("Een tweede aanbeveling betreft het versneld afbouwen van de hypotheekrenteaftrek.",
     "het versneld afbouwen van de hypotheekrenteaftrek"),
    ("Ten tweede adviseren zij een tussentijdse monitoring van de emissies in te voeren.",
     "een tussentijdse monitoring van de emissies in te voeren"),
    ("Ten slotte vraagt de raad het kabinet de ketenbepaling voor seizoensarbeid te versoepelen.",
     "de ketenbepaling voor seizoensarbeid te versoepelen"),
    ("De onderzoekers doen daarom de aanbeveling de procedure voor de zorgmachtiging te vereenvoudigen.",
     "de procedure voor de zorgmachtiging te vereenvoudigen"),
    ("Het rapport bevat de aanbeveling om de wachtlijsten in de jeugdzorg aan te pakken.",
     "de wachtlijsten in de jeugdzorg aan te pakken"),
    ("Een van de aanbevelingen is om de opleiding van handhavers te verbeteren.",
     "de opleiding van handhavers te verbeteren"),
    ("De Raad geeft het kabinet in overweging een investeringsfonds op te richten.",
     "een investeringsfonds op te richten"),
    ("De onderzoekers raden aan de regeling te vereenvoudigen.", "de regeling te vereenvoudigen"),
    ("Aanbevolen wordt de kwaliteit van de data te verbeteren.", "de kwaliteit van de data te verbeteren"),
    ("De Raad pleit voor een landelijk registratiesysteem voor zorgverleners.",
     "een landelijk registratiesysteem voor zorgverleners"),
    # advice against: the text keeps the verb, so that it says what is advised against
    ("De commissie ontraadt tot slot internetstemmen voor kiezers in Nederland.",
     "ontraadt tot slot internetstemmen voor kiezers in Nederland"),
    # advice given in the past
    ("De Studiegroep adviseerde in haar dertiende rapport om een vast uitgavenplafond per kabinetsperiode te hanteren.",
     "een vast uitgavenplafond per kabinetsperiode te hanteren"),
])
def test_running_text_forms_of_a_recommendation(tmp_path: Path, sentence: str, expected: str) -> None:
    found = recommendations(letter(tmp_path, sentence + "\n"))
    assert [fact.text for fact in found] == [expected]


@pytest.mark.parametrize("sentence", [
    "Het kabinet stelt voor om de regeling te verlengen.",
    "Ik stel voor de termijn te verlengen tot zes weken.",
    "De gemeente stelt middelen beschikbaar voor jongeren om te sporten.",
    "Uw Kamer vraagt om de regeling te verlengen.",
    "Deze aanbeveling vraagt om een zorgvuldige afweging van de belangen te maken.",
    "De aanbeveling is lastig uit te voeren binnen de huidige kaders.",
    "Wat de aanbeveling betreft dat de termijn korter wordt, merk ik op dat dit al zo is.",
    "Wij adviseren gemeenten om de regeling ruim toe te passen.",
    "De gemeenten vragen het kabinet meer middelen beschikbaar te stellen.",
    "De gemeenten pleiten voor meer geld.",
    "Wij raden gemeenten aan om de regeling ruim toe te passen.",
    "Ik geef uw Kamer in overweging de motie aan te houden.",
    "Het kabinet ontraadt het amendement van het lid Jansen.",
    "Wij adviseerden gemeenten om de regeling ruim toe te passen.",
    "Vorig jaar adviseerde ik de gemeenten om de regeling ruim toe te passen.",
    "Wij ontraden gemeenten de regeling ruim toe te passen.",
    "Aanbevolen literatuur staat in de bijlage.",
    "Het kabinet pleit in Europa voor een sterkere rol van de EU.",
    "Het Staatstoezicht op de Mijnen zal voor 1 maart adviseren over de mogelijkheden om de productie te beperken.",
    "Het CVZ is gevraagd te adviseren om de regeling uit te breiden.",
])
def test_proposals_that_are_no_recommendation(tmp_path: Path, sentence: str) -> None:
    assert recommendations(letter(tmp_path, sentence + "\n")) == []


def test_ordinal_recommendations_answer_themselves_and_the_next_sentence(tmp_path: Path) -> None:
    facts = letter(tmp_path,
                   "De IOB doet drie aanbevelingen. De eerste aanbeveling, om meer aandacht te besteden aan "
                   "jongeren, wordt overgenomen. De tweede aanbeveling is om de resultaatmeting te verbeteren. "
                   "Dit neem ik ter harte. De derde aanbeveling, om de financiering via multilaterale organisaties "
                   "af te bouwen, neem ik niet over.\n")
    assert [(fact.text, answer(fact).stance) for fact in recommendations(facts)] == [
        ("meer aandacht te besteden aan jongeren", "accepted"),
        ("de resultaatmeting te verbeteren", "accepted"),
        ("de financiering via multilaterale organisaties af te bouwen", "rejected")]


def test_an_answer_goes_to_the_recommendation_just_before_it(tmp_path: Path) -> None:
    facts = letter(tmp_path,
                   "De Inspectie beveelt aan de informatie-uitwisseling met de reclassering te verbeteren. "
                   "Ik neem die aanbeveling over. Verder beveelt de Inspectie aan de duur van het toezicht te "
                   "verlengen. Het kabinet kiest daar niet voor.\n")
    assert [answer(fact).stance for fact in recommendations(facts)] == ["accepted", "rejected"]


def test_two_infinitive_clauses_are_two_measures() -> None:
    assert [text for _, text in split_measures(
        "de handhaving door gemeenten te versterken en ouders actiever bij preventie te betrekken.")] == [
        "de handhaving door gemeenten te versterken", "ouders actiever bij preventie te betrekken"]
    assert [text for _, text in split_measures(
        "de procedures te versnellen door bezwaar en beroep te beperken tot één instantie.")] == [
        "de procedures te versnellen door bezwaar en beroep te beperken tot één instantie"]


def test_answers_under_numbered_response_headings_and_a_second_addressee(tmp_path: Path) -> None:
    facts = letter(tmp_path,
                   "De OVV doet de volgende aanbevelingen aan de minister van Infrastructuur en Waterstaat:\n\n"
                   "1. Hef alle onbeveiligde overwegen uiterlijk in 2030 op.\n\n"
                   "2. Stel een landelijk programma voor de overwegen op.\n\n"
                   "En aan ProRail:\n\n"
                   "3. Informeer weggebruikers actief over de risico's.\n\n"
                   "Reactie op aanbeveling 1\n\nHet kabinet neemt deze aanbeveling gedeeltelijk over.\n\n"
                   "Reactie op aanbeveling 2\n\nDeze aanbeveling neem ik over.\n\n"
                   "Reactie op aanbeveling 3\n\nProRail geeft aan deze aanbeveling te omarmen.\n")
    assert [(fact.addressee, answer(fact).stance) for fact in recommendations(facts)] == [
        ("minister van Infrastructuur en Waterstaat", "partially"),
        ("minister van Infrastructuur en Waterstaat", "accepted"),
        ("ProRail", "accepted")]


def test_an_addressee_line_before_the_first_item(tmp_path: Path) -> None:
    """'De Raad doet de volgende aanbevelingen:' then 'Aan de Minister van X:' on a line of its own, then the items
    (the layout of the Onderzoeksraad's reports): the line names the addressee, it does not end the list."""
    facts = letter(tmp_path,
                   "De Raad doet de volgende aanbevelingen:\n\n"
                   "Aan de Minister van Infrastructuur en Milieu:\n"
                   "1. Zorg voor een landelijke registratie van aanvaringen van bruggen.\n"
                   "2. Leg in het reglement vast dat een schip pas mag passeren als het sein op groen staat.\n\n"
                   "Aan Rijkswaterstaat en de provincies:\n"
                   "3. Toets bij bediening op afstand of de brugwachter voldoende zicht heeft.\n\n"
                   "Ik neem de aanbevelingen over.\n")
    assert [fact.addressee for fact in recommendations(facts)] == [
        "Minister van Infrastructuur en Milieu", "Minister van Infrastructuur en Milieu",
        "Rijkswaterstaat en de provincies"]


def test_adopted_but_one_declines_that_one(tmp_path: Path) -> None:
    facts = letter(tmp_path,
                   "De Inspectie doet de volgende aanbevelingen:\n\n"
                   "– leg de taken van de inrichtingsarts vast in een landelijk kader;\n\n"
                   "– zorg in elke inrichting voor een verpleegkundige gedurende 24 uur per dag;\n\n"
                   "– verbeter de overdracht van medische gegevens bij overplaatsing.\n\n"
                   "Ik neem de aanbevelingen over, met uitzondering van de aanbeveling om in elke inrichting "
                   "24 uur per dag een verpleegkundige aanwezig te laten zijn.\n")
    assert [answer(fact).stance for fact in recommendations(facts)] == ["accepted", "rejected", "accepted"]


def test_quoted_recommendations_answered_under_each(tmp_path: Path) -> None:
    facts = letter(tmp_path,
                   "Hieronder gaat het kabinet in op de aanbevelingen van de AIV.\n\n"
                   "«Nederland moet zich inzetten voor besluitvorming met gekwalificeerde meerderheid.»\n\n"
                   "Het kabinet steunt deze aanbeveling.\n\n"
                   "«Richt een Nationale Veiligheidsraad op naar Brits model.»\n\n"
                   "Het kabinet neemt deze aanbeveling niet over.\n")
    assert [(fact.text, answer(fact).stance) for fact in recommendations(facts)] == [
        ("Nederland moet zich inzetten voor besluitvorming met gekwalificeerde meerderheid.", "accepted"),
        ("Richt een Nationale Veiligheidsraad op naar Brits model.", "rejected")]


def test_a_quotation_without_recommendations_before_it_is_none(tmp_path: Path) -> None:
    facts = letter(tmp_path, "De motie luidt:\n\n«Verzoekt de regering de termijn te verlengen.»\n\n"
                             "Ik zal de motie uitvoeren.\n")
    assert recommendations(facts) == []


def test_answers_under_ad_headings_and_label_answers(tmp_path: Path) -> None:
    facts = letter(tmp_path,
                   "De raad doet de volgende aanbevelingen:\n\n"
                   "1. Bied ouderen een bewezen effectieve beweeginterventie aan.\n\n"
                   "2. Richt een centraal meldpunt in voor incidenten.\n\n"
                   "Ad 1\n\nIk onderschrijf deze aanbeveling.\n\n"
                   "Ad 2\n\nNiet overgenomen. Meldingen lopen via de bestaande lijn.\n")
    assert [answer(fact).stance for fact in recommendations(facts)] == ["accepted", "rejected"]


def test_a_recommendation_named_inside_its_answer(tmp_path: Path) -> None:
    facts = letter(tmp_path,
                   "De Raad voor Cultuur heeft advies uitgebracht. Het advies om de samenwerking tussen "
                   "kunstvakonderwijs en bedrijfsleven te versterken neem ik graag over.\n")
    assert [(fact.text, answer(fact).stance) for fact in recommendations(facts)] == [
        ("de samenwerking tussen kunstvakonderwijs en bedrijfsleven te versterken", "accepted")]


def test_a_named_recommendation_that_repeats_one_given_is_dropped(tmp_path: Path) -> None:
    facts = letter(tmp_path,
                   "De Onderzoeksraad beveelt aan de controle op binnenvaartschepen in de havens te versterken. "
                   "Ik neem de aanbeveling om de controle op binnenvaartschepen in de havens te versterken over.\n")
    assert [(fact.text, answer(fact).stance) for fact in recommendations(facts)] == [
        ("de controle op binnenvaartschepen in de havens te versterken", "accepted")]


def test_a_table_turned_into_text(tmp_path: Path) -> None:
    """Rows of 'Aanbeveling | Reactie kabinet' as paragraphs: the imperative, then its answer as a label."""
    facts = letter(tmp_path,
                   "De Inspectie heeft twee aanbevelingen gedaan.\n\nAanbeveling\nReactie kabinet\n\n"
                   "Verbeter de registratie van incidenten.\nOvergenomen.\n\n"
                   "Evalueer het protocol jaarlijks.\nNiet overgenomen. Het protocol wijzigt pas in 2026.\n")
    assert [(fact.text, answer(fact).stance) for fact in recommendations(facts)] == [
        ("Verbeter de registratie van incidenten.", "accepted"), ("Evalueer het protocol jaarlijks.", "rejected")]


def test_an_imperative_without_recommendations_before_it_is_none(tmp_path: Path) -> None:
    facts = letter(tmp_path, "Lees de bijlage.\nOvergenomen uit het jaarverslag.\n\nZie de website.\nAfgewezen.\n")
    assert recommendations(facts) == []


def test_a_stance_word_of_the_advisory_body_itself_is_not_the_answer(tmp_path: Path) -> None:
    """'De Gezondheidsraad ... ziet daar geen aanleiding toe' is the council's view, not the government declining."""
    facts = letter(tmp_path,
                   "De Gezondheidsraad adviseert meisjes van twaalf jaar te vaccineren tegen HPV.\n\n"
                   "Mevrouw Smeets heeft gevraagd of ook jongens gevaccineerd kunnen worden. De Gezondheidsraad heeft "
                   "die vraag bij zijn advies betrokken en ziet daar op dit moment geen aanleiding toe.\n")
    assert [answer(fact).stance for fact in recommendations(facts)] == ["noted"]
    ours = letter(tmp_path,
                  "De Gezondheidsraad adviseert meisjes van twaalf jaar te vaccineren tegen HPV.\n\n"
                  "Het kabinet ziet geen aanleiding om dit advies over te nemen.\n")
    assert [answer(fact).stance for fact in recommendations(ours)] == ["rejected"]


def test_numbered_and_lettered_imperatives_each_answered_by_the_paragraph_after(tmp_path: Path) -> None:
    """'1. Stel ...' or 'a) Geef ...' (the number may be split off as a sentence), then its answer, without an
    intro ending in a colon."""
    facts = letter(tmp_path,
                   "De Onderwijsinspectie doet drie aanbevelingen aan de minister.\n"
                   "1. Verplicht scholen hun leerlingvolgsysteem jaarlijks te laten toetsen.\n"
                   "Ik zie geen aanleiding voor een verplichting; scholen doen dit vrijwillig.\n"
                   "b) Publiceer de resultaten van de toetsing per school.\n"
                   "Die resultaten worden sinds 2019 al gepubliceerd op Scholen op de kaart.\n"
                   "c) Ondersteun besturen bij de keuze van een toets.\n"
                   "Ik ben daartoe bereid en vraag de PO-Raad een handreiking op te stellen.\n")
    assert [(fact.text, answer(fact).stance) for fact in recommendations(facts)] == [
        ("Verplicht scholen hun leerlingvolgsysteem jaarlijks te laten toetsen.", "rejected"),
        ("Publiceer de resultaten van de toetsing per school.", "already"),
        ("Ondersteun besturen bij de keuze van een toets.", "accepted")]


def test_imperative_paragraphs_with_no_answer_after_them_are_none(tmp_path: Path) -> None:
    """Instructions to the reader after a mention of advice are no recommendations when nothing answers them."""
    facts = letter(tmp_path,
                   "Het advies van de Raad vindt u in de bijlage.\n"
                   "Raadpleeg voor de cijfers de website van het CBS.\n"
                   "De cijfers over 2024 volgen in het voorjaar.\n")
    assert recommendations(facts) == []


def test_a_chain_of_ordinal_sentences_after_the_count(tmp_path: Path) -> None:
    facts = letter(tmp_path,
                   "De Raad doet twee aanbevelingen. De eerste luidt dat gemeenten de schuldhulp laagdrempelig "
                   "inrichten. De tweede is om de beslagvrije voet jaarlijks te herijken.\n\n"
                   "Het kabinet neemt beide aanbevelingen over.\n")
    assert [(fact.text, answer(fact).stance) for fact in recommendations(facts)] == [
        ("gemeenten de schuldhulp laagdrempelig inrichten", "accepted"),
        ("de beslagvrije voet jaarlijks te herijken", "accepted")]


def test_an_answer_naming_items_by_position_beats_a_general_one(tmp_path: Path) -> None:
    """'Het derde advies ...' answers the third alone, and the sentences after it in its paragraph go on about
    it; a general word of support for the whole advice does not overrule that specific answer."""
    facts = letter(tmp_path,
                   "De raad adviseert om de mantelzorgwoning vergunningvrij te maken. Daarnaast beveelt de raad aan "
                   "om gemeenten te ondersteunen bij de huisvesting van mantelzorgers. Tot slot raadt de raad aan "
                   "om de mantelzorgboete in de bijstand af te schaffen.\n\n"
                   "Ik steun de strekking van het advies van harte. De eerste twee adviezen neem ik over.\n\n"
                   "Over het derde advies wil ik nog geen standpunt innemen. Eerst moet de evaluatie van de "
                   "Participatiewet klaar zijn, die ik eind dit jaar verwacht.\n")
    assert [answer(fact).stance for fact in recommendations(facts)] == ["accepted", "accepted", "noted"]


def test_adopted_but_one_named_by_number(tmp_path: Path) -> None:
    facts = letter(tmp_path,
                   "De commissie doet de volgende aanbevelingen:\n\n"
                   "1. Maak de klachtenregeling bekend bij alle cliënten.\n\n"
                   "2. Stel een onafhankelijke klachtencommissie in per regio.\n\n"
                   "3. Rapporteer jaarlijks over de afhandeling van klachten.\n\n"
                   "Ik neem de aanbevelingen over, met uitzondering van aanbeveling 2. Per regio een eigen commissie "
                   "vergt meer mensen dan er zijn.\n")
    assert [answer(fact).stance for fact in recommendations(facts)] == ["accepted", "rejected", "accepted"]


@pytest.mark.parametrize("answers, stance", [
    ("Deze aanbeveling neem ik over, zij het dat de invoering een jaar later komt.", "partially"),
    ("Ik onderschrijf deze aanbeveling. Een wettelijke plicht acht ik echter niet nodig.", "partially"),
    ("Ik deel de analyse van de raad, maar kies niet voor een nieuwe wet.", "rejected"),
    ("Ik zie geen aanleiding de regeling te wijzigen, maar zal gemeenten wel beter informeren.", "rejected"),
    ("Dit advies zal ik betrekken bij de herziening van het besluit.", "noted"),
])
def test_restrictions_and_contrasts_in_the_answer(tmp_path: Path, answers: str, stance: str) -> None:
    """An acceptance restricted in its sentence, or followed by a contrasting rejection of a part, is partial;
    agreeing with the analysis and then declining, or declining first, stays a rejection."""
    facts = letter(tmp_path, "De Raad van State adviseert de aanvraagtermijn te verlengen tot twaalf weken.\n\n"
                             + answers + "\n")
    assert [answer(fact).stance for fact in recommendations(facts)] == [stance]


def test_numbered_imperatives_after_a_sentence_counting_them(tmp_path: Path) -> None:
    """'De IVD doet in het rapport drie aanbevelingen.' (no colon), then numbered imperatives, then the answer
    under a 'Reactie' heading, which does not end the region of the list."""
    facts = letter(tmp_path,
                   "De Inspectie doet in haar rapport drie aanbevelingen.\n"
                   "1. Herzie het protocol voor de overdracht van patiënten.\n"
                   "2. Zorg voor een vaste contactpersoon per afdeling.\n"
                   "3. Evalueer de werkwijze na een jaar.\n\n"
                   "Reactie\n\n"
                   "Ik neem de aanbevelingen over, met uitzondering van aanbeveling 3. Een evaluatie na een jaar "
                   "is te vroeg.\n")
    assert [(fact.text, answer(fact).stance) for fact in recommendations(facts)] == [
        ("Herzie het protocol voor de overdracht van patiënten", "accepted"),
        ("Zorg voor een vaste contactpersoon per afdeling", "accepted"),
        ("Evalueer de werkwijze na een jaar", "rejected")]


def test_a_sentence_counting_recommendations_before_numbered_findings_is_no_intro(tmp_path: Path) -> None:
    facts = letter(tmp_path,
                   "De Inspectie doet in haar rapport drie aanbevelingen.\n"
                   "1. In 2022 zijn 40 meldingen ontvangen.\n"
                   "2. De wachttijd is gedaald.\n")
    assert all(not fact.text.startswith(("In 2022", "De wachttijd")) for fact in recommendations(facts))


# ---------------------------------------------------------------- responses in prose after a numbered list (s6)

def test_prose_answers_after_a_numbered_list(tmp_path: Path) -> None:
    """A numbered list of recommendations, then one paragraph of prose per answer: 'De tweede aanbeveling spreekt
    mij aan', 'Dat vind ik niet verantwoord', and a paragraph that names the measure and ends 'Ik volg de Raad
    daarin' (no words in common: it goes to the recommendation the sentence before it is about)."""
    facts = letter(tmp_path,
                   "De Raad voor de leefomgeving doet de volgende aanbevelingen:\n"
                   "1. Verbied nieuwe bebouwing in overstromingsgevoelige polders.\n"
                   "2. Geef waterschappen een adviesrecht bij elk bestemmingsplan.\n"
                   "3. Richt een landelijk fonds op voor klimaatadaptatie van gemeenten.\n\n"
                   "Over de eerste aanbeveling merk ik op dat provincies hierover zelf besluiten. Een landelijk "
                   "verbod vindt het kabinet op dit moment niet proportioneel.\n\n"
                   "Het tweede advies spreekt mij zeer aan. Ik werk dit samen met de Unie van Waterschappen uit.\n\n"
                   "Een fonds voor klimaatadaptatie van gemeenten past bij de afspraken uit het Deltaprogramma. "
                   "Het kabinet volgt de Raad daarin.\n")
    assert [answer(fact).stance for fact in recommendations(facts)] == ["rejected", "accepted", "accepted"]
    assert answer(recommendations(facts)[2]).evidence.text == "Het kabinet volgt de Raad daarin."


@pytest.mark.parametrize("reply, stance", [
    ("Over deze aanbeveling neemt het kabinet vooralsnog geen standpunt in.", "noted"),
    ("Het advies om de termijn te verkorten deel ik, maar een termijn van vier weken is niet haalbaar.", "partially"),
    ("Ik volg de commissie op dit punt niet.", "rejected"),
    ("Dit voorstel spreekt mij niet aan.", "rejected"),
])
def test_prose_answer_to_a_labelled_recommendation(tmp_path: Path, reply: str, stance: str) -> None:
    facts = letter(tmp_path, "Aanbeveling 1: Verkort de beslistermijn voor vergunningen tot vier weken.\n\n"
                   f"{reply}\n")
    assert [answer(fact).stance for fact in recommendations(facts)] == [stance]


def test_no_position_is_not_overruled_by_a_later_paragraph_about_something_else(tmp_path: Path) -> None:
    """'neemt het kabinet geen standpunt in' is the answer; a later agreement with a general view of the
    council (same weight) does not replace it."""
    facts = letter(tmp_path,
                   "Aanbeveling 1: Zorg voor een vast aanspreekpunt voor iedere mantelzorger.\n\n"
                   "Aanbeveling 2: Onderzoek een mantelzorgtoeslag voor jongeren.\n"
                   "Over deze aanbeveling neem ik nu geen standpunt in; ik wacht de evaluatie van de Wmo af.\n\n"
                   "De raad wijst ook op de positie van jonge mantelzorgers. Ik deel de opvatting dat zij extra "
                   "aandacht verdienen.\n")
    found = recommendations(facts)
    assert answer(found[1]).stance == "noted"
    assert "geen standpunt" in answer(found[1]).evidence.text


def test_a_later_paragraph_on_another_point_of_the_report_does_not_answer(tmp_path: Path) -> None:
    """Answered in its own paragraph; the next paragraph opens with what the report says on another point
    ('De Raad wijst ook op ...'), so its stance (even a stronger one) answers that point, not the recommendation."""
    facts = letter(tmp_path,
                   "Aanbeveling 1: Zorg voor een vast aanspreekpunt voor iedere mantelzorger.\n"
                   "Over deze aanbeveling neemt het kabinet vooralsnog geen standpunt in.\n\n"
                   "De Raad wijst ook op de positie van jonge mantelzorgers. Dat punt neem ik ter harte.\n")
    found = recommendations(facts)
    assert [answer(fact).stance for fact in found] == ["noted"]


@pytest.mark.parametrize("reply", [
    "Ik volg de ontwikkelingen hierin nauwlettend.",
    "De Kamer spreekt mij aan op de uitvoering van deze regeling.",
    "De aanbeveling deel ik met de betrokken gemeenten.",
])
def test_near_misses_give_no_answer(tmp_path: Path, reply: str) -> None:
    facts = letter(tmp_path, "Aanbeveling 1: Verkort de beslistermijn voor vergunningen tot vier weken.\n\n"
                   f"{reply}\n")
    assert [answer(fact).stance for fact in recommendations(facts)] == ["noted"]
    assert not answer(recommendations(facts)[0]).found


# ---------------------------------------------------------------- a recommendation given inside another sentence (s6)

@pytest.mark.parametrize("body, text, stance", [
    ("De Kamer vroeg naar het rapport 'Zorg om de zorg' van de Gezondheidsraad, waarin de raad aanbeveelt dat "
     "huisartsen jaarlijks een nascholing over antibiotica volgen. Die aanbeveling neem ik over.\n",
     "huisartsen jaarlijks een nascholing over antibiotica volgen", "accepted"),
    ("Ik verwijs naar het advies 'Ruimte voor de rivier' van de Deltacommissie, waarin de commissie het kabinet "
     "aanbeveelt om de dijken langs de Lek te verhogen. Dat acht ik op dit moment niet nodig.\n",
     "de dijken langs de Lek te verhogen", "rejected"),
    ("Het rapport, waarin de Inspectie aanbeveelt de meldplicht uit te breiden, is op 3 mei verschenen. Ik ben "
     "bereid de meldplicht uit te breiden.\n",
     "de meldplicht uit te breiden", "accepted"),
    ("Nu de ACVZ aanbeveelt de opvang kleinschaliger te maken, laat ik de kosten daarvan onderzoeken. Daar kom "
     "ik op terug.\n", "de opvang kleinschaliger te maken", "noted"),
    ("Het rapport van de OVV, waarbij de raad aanbeval dat alle overwegen beveiligd worden, heb ik op 3 mei "
     "ontvangen. Die aanbeveling wordt reeds uitgevoerd.\n", "alle overwegen beveiligd worden", "already"),
])
def test_a_recommendation_in_a_subordinate_clause(tmp_path: Path, body: str, text: str, stance: str) -> None:
    """'waarin de raad aanbeveelt dat/om ...': the verb with its particle joined, in a clause about the report."""
    found = recommendations(letter(tmp_path, body))
    assert [(fact.text, answer(fact).stance) for fact in found] == [(text, stance)]


@pytest.mark.parametrize("body, text", [
    ("In lijn met de aanbeveling van de Onderzoeksraad voor Veiligheid zal ProRail alle overwegen jaarlijks "
     "inspecteren.\n", "zal ProRail alle overwegen jaarlijks inspecteren"),
    ("Conform de aanbevelingen uit het rapport worden de wachtlijsten voortaan per regio gepubliceerd; daarmee "
     "neem ik ze over.\n", "worden de wachtlijsten voortaan per regio gepubliceerd"),
    ("Op aanbeveling van de Nationale ombudsman wordt de bezwaartermijn verlengd tot acht weken.\n",
     "wordt de bezwaartermijn verlengd tot acht weken"),
    ("Overeenkomstig de aanbeveling uit de evaluatie ga ik de regeling vereenvoudigen.\n",
     "ga ik de regeling vereenvoudigen"),
    ("Zoals de Algemene Rekenkamer aanbeveelt, zal ik de subsidieregeling jaarlijks evalueren.\n",
     "zal ik de subsidieregeling jaarlijks evalueren"),
])
def test_a_recommendation_stated_through_the_action_that_follows_it(tmp_path: Path, body: str, text: str) -> None:
    """'In lijn met de aanbeveling van X zal ...': the action is the recommendation, the sentence its answer."""
    found = recommendations(letter(tmp_path, body))
    assert [(fact.text, answer(fact).stance) for fact in found] == [(text, "accepted")]


@pytest.mark.parametrize("body", [
    "In lijn met het coalitieakkoord zal de regeling worden aangepast.\n",
    "In lijn met de motie van het lid Jansen zal ik de regeling aanpassen.\n",
    "Conform de aanbeveling van de Tweede Kamer wordt de termijn verlengd.\n",
    "Ik stuur u de maatregelen die het kabinet gemeenten aanbeveelt om de wachtlijsten te verkorten.\n",
    "Het is een aanpak die wij alle gemeenten aanbevelen om te volgen.\n",
    "Ik ga na of de Kamer aanbeveelt dat de termijn wordt verlengd.\n",
    "Ik constateer dat veel gemeenten aanbevelen om de regels te versoepelen.\n",
    "Ik heb de commissie om een advies gevraagd, waarin de commissie kan aanbevelen om de termijn te verkorten.\n",
    "Omdat wij gemeenten aanbevelen om de regels te versoepelen, pas ik de handreiking aan.\n",
    "Zoals de Inspectie constateert, zal de werkdruk toenemen.\n",
    "Zoals de Kamer heeft aanbevolen, zal ik de regeling vereenvoudigen.\n",
    "Zoals ik in mijn vorige brief aanbeval, zal de regeling worden vereenvoudigd.\n",
])
def test_near_misses_of_recommendations_inside_other_sentences(tmp_path: Path, body: str) -> None:
    assert recommendations(letter(tmp_path, body)) == []


@pytest.mark.parametrize("sentence, addressee", [
    ("Het college beveelt daarom aan de beslistermijn van vier weken te verlengen naar acht weken.", None),
    ("De Inspectie beveelt in de vierde plaats aan de regels voor de opvang te verduidelijken.", None),
    ("De Inspectie beveelt ook aan de gegevens van de ketenpartners beter te delen.", None),
    ("De Inspectie beveelt de IND ook aan de aanvragen sneller af te handelen.", "IND"),
    ("De Inspectie beveelt de staatssecretaris als eerste aan de wet op dit punt te wijzigen.", "staatssecretaris"),
    ("Daarnaast beveelt het WODC aan de registratie van de zaken te verbeteren.", None),  # the author, inverted
    ("Verder beveelt het WODC de minister aan de wet op dit punt te wijzigen.", "minister"),
])
def test_an_adverb_between_the_verb_and_its_particle_is_no_addressee(tmp_path: Path, sentence: str,
                                                                      addressee: str | None) -> None:
    body = f"Hierbij bied ik u het rapport ‘Sporen naar veiligheid’ van de Inspectie aan. {sentence}"
    assert [fact.addressee for fact in recommendations(letter(tmp_path, body))] == [addressee]


# ---- session 6b: a list item with its answer in the same paragraph (own phrasings, no letter's sentences)

LISTED_WITH_ANSWERS = [
    # numbered, after a lead-in paragraph that counts the recommendations
    ("De Onderwijsinspectie doet drie aanbevelingen aan de schoolbesturen. Ik loop ze langs.\n\n"
     "1. Leg de afspraken over toetsing vast in een schoolplan. Deze aanbeveling neem ik over.\n\n"
     "2. Betrek ouders bij de evaluatie van het onderwijs. Dit gebeurt al op vrijwel alle scholen.\n\n"
     "3. Stel een landelijke toets verplicht in groep 4. Een landelijke verplichting gaat mij te ver.\n",
     [("Leg de afspraken over toetsing vast in een schoolplan.", "accepted"),
      ("Betrek ouders bij de evaluatie van het onderwijs.", "already"),
      ("Stel een landelijke toets verplicht in groep 4.", "rejected")]),
    # dashed, under a heading that names the advice
    ("Adviezen van de raad\n\n"
     "– Maak de subsidieregeling eenvoudiger voor kleine verenigingen. Het kabinet omarmt dit advies.\n\n"
     "– Richt een loket in bij iedere provincie. Daartoe zie ik geen aanleiding; het landelijke loket volstaat.\n",
     [("Maak de subsidieregeling eenvoudiger voor kleine verenigingen.", "accepted"),
      ("Richt een loket in bij iedere provincie.", "rejected")]),
]


@pytest.mark.parametrize("body, expected", LISTED_WITH_ANSWERS)
def test_a_listed_imperative_takes_the_answer_in_its_own_item(tmp_path: Path, body: str,
                                                               expected: list[tuple[str, str]]) -> None:
    found = recommendations(letter(tmp_path, body))
    assert [(fact.text, answer(fact).stance) for fact in found] == expected


@pytest.mark.parametrize("body", [
    # an instruction list after a lead-in that speaks of no recommendation
    "Gemeenten kunnen de aanvraag als volgt indienen.\n\n"
    "1. Vul het formulier in op de website. U ontvangt dan een bevestiging.\n\n"
    "2. Stuur de bijlagen binnen twee weken na. De dienst beoordeelt de aanvraag daarna.\n",
    # one item alone is no list
    "De raad doet een aanbeveling.\n\n"
    "1. Vul het formulier in op de website. U ontvangt dan een bevestiging.\n",
])
def test_a_list_without_a_recommendation_lead_in_gives_none(tmp_path: Path, body: str) -> None:
    assert recommendations(letter(tmp_path, body)) == []


def test_the_lead_in_counting_the_recommendations_is_none(tmp_path: Path) -> None:
    body = ("De commissie doet vier aanbevelingen aan de minister van Defensie. Ik ga daar als volgt op in.\n\n"
            "1. Herzie het voorschrift voor oefeningen met scherpe munitie. Dit wordt overgenomen.\n\n"
            "2. Zorg voor een jaarlijkse bijscholing van instructeurs. Dat is al zo sinds 2019.\n")
    texts = [fact.text for fact in recommendations(letter(tmp_path, body))]
    assert texts == ["Herzie het voorschrift voor oefeningen met scherpe munitie.",
                     "Zorg voor een jaarlijkse bijscholing van instructeurs."]


# ---- session 6b: 'doet de aanbeveling aan X om ...'

@pytest.mark.parametrize("sentence, text, addressee", [
    ("Ten slotte doet de Raad de aanbeveling aan de minister om de regeling in 2027 te evalueren.",
     "de regeling in 2027 te evalueren", "minister"),
    ("De commissie doet in haar rapport de aanbeveling aan gemeenten en provincies om vaker samen te werken.",
     "vaker samen te werken", "gemeenten en provincies"),
    ("Het college doet de aanbeveling aan het kabinet dat de termijn wordt verlengd.",
     "de termijn wordt verlengd", "kabinet"),
    ("De commissie komt tot de aanbeveling om de wachttijden voor jeugdzorg te verkorten.",
     "de wachttijden voor jeugdzorg te verkorten", None),
    ("De Raad geeft het kabinet de aanbeveling mee om de regeldruk voor ondernemers te verminderen.",
     "de regeldruk voor ondernemers te verminderen", None),
])
def test_doet_de_aanbeveling_aan_x_om(tmp_path: Path, sentence: str, text: str, addressee: str | None) -> None:
    found = recommendations(letter(tmp_path, sentence + " Deze aanbeveling neem ik over.\n"))
    assert [(fact.text, fact.addressee, answer(fact).stance) for fact in found] == [(text, addressee, "accepted")]


@pytest.mark.parametrize("sentence", [
    "De inspectie doet de aanbeveling aan de orde te stellen in het overleg.",  # no 'om'/'dat' after 'aan X'
    "Het overleg komt tot een aanbeveling over de termijnen.",  # a topic, no measure
])
def test_doet_aanbeveling_aan_near_misses(tmp_path: Path, sentence: str) -> None:
    found = recommendations(letter(tmp_path, sentence + " Ik ga daar hieronder op in.\n"))
    assert all("orde te stellen" not in fact.text and "termijnen" not in fact.text for fact in found)


# ---- session 6b: an answer does not carry over to the next recommendation of the paragraph

def test_an_answer_stays_with_the_recommendation_before_it(tmp_path: Path) -> None:
    body = ("De Ombudsman beveelt aan om klachten binnen zes weken af te handelen. Ik neem deze aanbeveling over; "
            "de dienst past de werkwijze aan. Verder beveelt de Ombudsman aan om burgers vooraf te bellen. "
            "Dit gebeurt al sinds vorig jaar.\n")
    found = recommendations(letter(tmp_path, body))
    assert [answer(fact).stance for fact in found] == ["accepted", "already"]


# ---- session 6b: 'heeft in zijn advies «Titel. Ondertitel» aanbevolen om ...' (a title's full stop ends no sentence)

@pytest.mark.parametrize("body, text", [
    ("De Gezondheidsraad heeft in zijn advies «Goed oud worden. Zorg dichtbij huis» (maart 2019) aanbevolen om "
     "de wijkverpleging te versterken. Het kabinet neemt dit advies over.\n", "de wijkverpleging te versterken"),
    ("De raad heeft in het rapport «Wonen. Een opgave voor iedereen» aanbevolen dat gemeenten meer woningen "
     "bouwen voor starters. Ik neem deze aanbeveling over.\n", "gemeenten meer woningen bouwen voor starters"),
])
def test_heeft_aanbevolen_after_a_title_with_a_full_stop(tmp_path: Path, body: str, text: str) -> None:
    found = recommendations(letter(tmp_path, body))
    assert [(fact.text, answer(fact).stance) for fact in found] == [(text, "accepted")]


def test_a_full_stop_outside_guillemets_still_ends_the_sentence(tmp_path: Path) -> None:
    from kg.domain.model import Span
    from kg.read.structure import split_sentences
    text = "Het rapport «Wonen» is verschenen. De raad beveelt aan om meer te bouwen. «Let op. Dit geldt niet»."
    assert [sentence.text for sentence in split_sentences(text, Span(0, len(text)), 0)] == [
        "Het rapport «Wonen» is verschenen.", "De raad beveelt aan om meer te bouwen.", "«Let op. Dit geldt niet»."]


def test_listed_answers_after_an_intro_with_a_colon_keep_item_and_answer_apart(tmp_path: Path) -> None:
    body = ("De Raad beveelt de staatssecretaris het volgende aan:\n\n"
            "a) Maak de toeslag voor iedereen voorspelbaar. Dit advies neem ik over.\n\n"
            "b) Schaf de terugvordering van kleine bedragen af. Dat is al staand beleid sinds 2021.\n")
    found = recommendations(letter(tmp_path, body))
    assert [(fact.text, fact.addressee, answer(fact).stance) for fact in found] == [
        ("Maak de toeslag voor iedereen voorspelbaar.", "staatssecretaris", "accepted"),
        ("Schaf de terugvordering van kleine bedragen af.", "staatssecretaris", "already")]


def test_bullets_after_a_colon_without_an_answer_inside_stay_one_block(tmp_path: Path) -> None:
    body = ("De Raad beveelt de staatssecretaris het volgende aan:\n\n"
            "- Maak de toeslag voor iedereen voorspelbaar.\n\n"
            "- Schaf de terugvordering van kleine bedragen af.\n\n"
            "Ik neem beide aanbevelingen over.\n")
    found = recommendations(letter(tmp_path, body))
    assert [(fact.text, answer(fact).stance) for fact in found] == [
        ("Maak de toeslag voor iedereen voorspelbaar", "accepted"),
        ("Schaf de terugvordering van kleine bedragen af", "accepted")]


# ---- session 7: labels answered in their paragraph, counted lists, paraphrased answers (own phrasings)

LABELS_ANSWERED_INSIDE = [
    # quoted after the label, with a dash, a colon or a full stop; the answer after the quote
    ("De Rekenkamer doet drie aanbevelingen.\n\n"
     "Aanbeveling 1 – «Publiceer de evaluaties van alle subsidieregelingen.» Die aanbeveling neem ik over. "
     "Vanaf volgend jaar staan zij op de website.\n\n"
     "Aanbeveling 2: “Stel een meerjarige planning op voor het onderhoud van de dijken.” Dat gebeurt al: het "
     "Deltaprogramma kent zo'n planning.\n\n"
     "Aanbeveling 3. «Verplicht gemeenten tot een jaarlijkse rapportage over de subsidies.» Een nieuwe "
     "verplichting acht ik niet proportioneel.\n",
     [("Publiceer de evaluaties van alle subsidieregelingen.", "accepted", "Die aanbeveling neem ik over."),
      ("Stel een meerjarige planning op voor het onderhoud van de dijken.", "already",
       "Dat gebeurt al: het Deltaprogramma kent zo'n planning."),
      ("Verplicht gemeenten tot een jaarlijkse rapportage over de subsidies.", "rejected",
       "Een nieuwe verplichting acht ik niet proportioneel.")]),
    # unquoted: the opening imperative or modal sentence, when a later sentence answers it
    ("De inspectie doet twee aanbevelingen.\n\n"
     "Aanbeveling 1: Zorg voor een centraal register van vergunningen. Ik neem deze aanbeveling gedeeltelijk over.\n\n"
     "Aanbeveling 2: De minister moet de beslistermijnen verkorten. Daartoe zie ik geen aanleiding.\n",
     [("Zorg voor een centraal register van vergunningen.", "partially",
       "Ik neem deze aanbeveling gedeeltelijk over."),
      ("De minister moet de beslistermijnen verkorten.", "rejected", "Daartoe zie ik geen aanleiding.")]),
]


@pytest.mark.parametrize("body, expected", LABELS_ANSWERED_INSIDE)
def test_a_numbered_label_answered_in_its_paragraph(tmp_path: Path, body: str,
                                                    expected: list[tuple[str, str, str]]) -> None:
    found = recommendations(letter(tmp_path, body))
    assert [(fact.text, answer(fact).stance, answer(fact).evidence.text) for fact in found] == expected


@pytest.mark.parametrize("body, text", [
    # no answer after it: the whole text is the recommendation
    ("De raad doet een aanbeveling.\n\nAanbeveling 1: Zorg voor een centraal register. Daarbij moet aandacht "
     "zijn voor de privacy van aanvragers.\n",
     "Zorg voor een centraal register. Daarbij moet aandacht zijn voor de privacy van aanvragers."),
    # the quote goes on in lower case: part of the recommendation
    ("De raad doet een aanbeveling.\n\nAanbeveling 1: «Maak de regeling eenvoudiger» en betrek daarbij de "
     "uitvoerders.\n",
     "«Maak de regeling eenvoudiger» en betrek daarbij de uitvoerders."),
])
def test_a_numbered_label_without_an_answer_inside_stays_whole(tmp_path: Path, body: str, text: str) -> None:
    assert [fact.text for fact in recommendations(letter(tmp_path, body))] == [text]


COUNTED_LISTS = [
    # numbered lines without a full stop (read as headings), each answered by the paragraph under it
    ("De adviesraad constateert dat de wachttijden te lang zijn en doet drie aanbevelingen.\n\n"
     "1. Verkort de wachttijd voor een eerste gesprek\n"
     "Deze aanbeveling neem ik over. Met de aanbieders maak ik daar afspraken over.\n\n"
     "2. Stel een landelijke norm vast voor de caseload\n"
     "Een landelijke norm acht ik niet verstandig; de regio's verschillen te veel.\n\n"
     "3. Investeer in de opleiding van praktijkondersteuners\n"
     "Dit gebeurt al: sinds 2021 loopt een opleidingsprogramma.\n",
     [("Verkort de wachttijd voor een eerste gesprek", "accepted", None),
      ("Stel een landelijke norm vast voor de caseload", "rejected", None),
      ("Investeer in de opleiding van praktijkondersteuners", "already", None)]),
    # an addressee label before each imperative, the answer in the paragraph after
    ("De Onderzoeksraad doet drie aanbevelingen.\n\n"
     "Aan de gemeente Utrecht: Zorg voor een actueel ontruimingsplan voor het stadion.\n"
     "De gemeente heeft laten weten deze aanbeveling over te nemen.\n\n"
     "Aan de KNVB: Stel een draaiboek op voor de communicatie bij calamiteiten.\n"
     "De KNVB heeft het draaiboek inmiddels al vastgesteld.\n\n"
     "Aan de Minister van Justitie en Veiligheid: Herzie de regels voor crowd management.\n"
     "Ik neem deze aanbeveling niet over.\n",
     [("Zorg voor een actueel ontruimingsplan voor het stadion.", "accepted", "gemeente Utrecht"),
      ("Stel een draaiboek op voor de communicatie bij calamiteiten.", "already", "KNVB"),
      ("Herzie de regels voor crowd management.", "rejected", "Minister van Justitie en Veiligheid")]),
]


@pytest.mark.parametrize("body, expected", COUNTED_LISTS)
def test_a_list_after_a_sentence_counting_the_recommendations(tmp_path: Path, body: str,
                                                              expected: list[tuple[str, str, str | None]]) -> None:
    found = recommendations(letter(tmp_path, body))
    assert [(fact.text, answer(fact).stance, fact.addressee) for fact in found] == expected


@pytest.mark.parametrize("body", [
    # the list items are no recommendations (no answer with a stance): nothing, and the counting sentence is none
    "De raad doet drie aanbevelingen.\n\n1. Verkort de wachttijd voor een eerste gesprek\n"
    "Daarover spreek ik in het najaar met de aanbieders.\n\n2. Stel een landelijke norm vast\n"
    "De regio's verschillen sterk.\n",
    "De Onderzoeksraad doet twee aanbevelingen.\n\nAan ProRail: Zorg voor betere protocollen op het spoor.\n\n"
    "Daarover spreek ik met ProRail.\n",
])
def test_a_counting_sentence_before_a_list_is_no_recommendation(tmp_path: Path, body: str) -> None:
    assert [fact.text for fact in recommendations(letter(tmp_path, body))] == []


def test_a_counting_sentence_without_a_list_still_stands_for_them(tmp_path: Path) -> None:
    body = ("Het artikel sluit af met een viertal aanbevelingen. Het ligt niet in de rede dat dit kabinet daarover "
            "besluit.\n")
    assert [fact.text for fact in recommendations(letter(tmp_path, body))] == [
        "Het artikel sluit af met een viertal aanbevelingen."]


PARAPHRASED = ("De Gezondheidsraad adviseert:\n"
               "– alle ouderen boven de 75 jaar jaarlijks te vaccineren tegen pneumokokken;\n"
               "– de vaccinatie onder te brengen bij de huisartsen;\n"
               "– de vaccinatiegraad per regio te registreren.\n\n"
               "Kabinetsstandpunt\n\n"
               "{answers}\n")


@pytest.mark.parametrize("answers, expected", [
    # each answer names its recommendation by a few of its words, in another order than the list
    ("De aanbeveling om de vaccinatiegraad te registreren neem ik over. Het kabinet neemt het advies over om "
     "ouderen jaarlijks te vaccineren. Het onderbrengen bij de huisartsen onderschrijf ik in principe, maar "
     "eerst spreek ik met de beroepsgroep.",
     ["accepted", "partially", "accepted"]),
    # near miss: a stance on another body's recommendation attaches to none of them
    ("Het kabinet neemt het advies over om ouderen jaarlijks te vaccineren. Het advies van de NZa om de "
     "tarieven voor apothekers te bevriezen neem ik niet over.",
     ["accepted", "noted", "noted"]),
])
def test_an_answer_naming_its_recommendation_by_paraphrase(tmp_path: Path, answers: str,
                                                           expected: list[str]) -> None:
    found = recommendations(letter(tmp_path, PARAPHRASED.format(answers=answers)))
    assert [answer(fact).stance for fact in found] == expected


@pytest.mark.parametrize("answers, stance", [
    # already for a part, declined for the rest: the declining answers it
    ("Voor de grote gemeenten is dat al geregeld. Voor de kleine gemeenten ziet het kabinet geen reden om "
     "een plicht in te voeren.", "rejected"),
    # no position on it; a promise kept from an earlier letter is no 'already'
    ("Over deze aanbeveling neem ik nu geen standpunt in.\n\nIn een eerdere brief is reeds toegezegd dat de wet "
     "zou worden geëvalueerd.", "noted"),
    # addressed to others; their own future work is not the government's answer
    ("Deze aanbeveling is gericht aan de zorgverzekeraars; ik heb daar kennis van genomen.\n\nDe inspectie zal "
     "in 2026 een vervolgonderzoek uitvoeren.", "noted"),
    # a pointer to an earlier answer is no 'already'
    ("Het kabinet vindt dit een interessante gedachte, maar wil eerst de evaluatie afwachten.\n\nDaarop is al "
     "gereageerd bij brief van 2 oktober 2024.", "noted"),
])
def test_which_sentence_gives_the_stance(tmp_path: Path, answers: str, stance: str) -> None:
    body = f"De raad beveelt aan om een landelijk meldpunt voor gemeenten in te richten. {answers}\n"
    found = recommendations(letter(tmp_path, body))
    assert [answer(fact).stance for fact in found] == [stance]


@pytest.mark.parametrize("body, expected", [
    # numbered inline after the counting sentence, answered by position
    ("De raad doet drie aanbevelingen: (1) verbeter de voorlichting aan ouders; (2) maak de regeling eenvoudiger; "
     "(3) richt een landelijk meldpunt op. De eerste twee aanbevelingen neem ik over. De derde aanbeveling neem "
     "ik niet over.",
     [("verbeter de voorlichting aan ouders", "accepted", None), ("maak de regeling eenvoudiger", "accepted", None),
      ("richt een landelijk meldpunt op", "rejected", None)]),
    # with an addressee, numbered with a closing bracket and commas
    ("De commissie doet twee aanbevelingen aan de gemeenten: 1) stel een regionaal loket in, en 2) publiceer "
     "jaarlijks de wachttijden per regio. Beide aanbevelingen neem ik over.",
     [("stel een regionaal loket in", "accepted", "gemeenten"),
      ("publiceer jaarlijks de wachttijden per regio", "accepted", "gemeenten")]),
    # a numbered measure of three words is a measure (a piece split off without a marker needs four)
    ("De Inspectie doet drie aanbevelingen: (1) zorg voor voldoende personeel op de locaties, (2) registreer "
     "incidenten eenduidig en (3) evalueer het beleid binnen een jaar. Ik neem de eerste twee aanbevelingen over. "
     "De derde aanbeveling neem ik niet over, omdat een evaluatie al is voorzien.",
     [("zorg voor voldoende personeel op de locaties", "accepted", None),
      ("registreer incidenten eenduidig", "accepted", None),
      ("evalueer het beleid binnen een jaar", "rejected", None)]),
    # unnumbered, split on semicolons
    ("De raad doet de volgende aanbevelingen: zorg voor meer handhaving in de wijken; en geef gemeenten meer "
     "geld voor jongerenwerk. Ik neem beide aanbevelingen over.",
     [("zorg voor meer handhaving in de wijken", "accepted", None),
      ("geef gemeenten meer geld voor jongerenwerk", "accepted", None)]),
])
def test_recommendations_listed_inline_after_the_count(tmp_path: Path, body: str,
                                                       expected: list[tuple[str, str, str | None]]) -> None:
    found = recommendations(letter(tmp_path, body + "\n"))
    assert [(fact.text, answer(fact).stance, fact.addressee) for fact in found] == expected


def test_a_count_with_a_colon_but_no_list_after_it_lists_nothing(tmp_path: Path) -> None:
    body = "Het rapport bevat drie aanbevelingen: dat zijn er minder dan vorig jaar. Ik neem ze over.\n"
    assert all(fact.evidence.rule != "doet drie aanbevelingen: (1) ...; (2) ..."
               for fact in recommendations(letter(tmp_path, body)))


# ---------------------------------------------------------------- how the sentences of one answer combine

def _numbered_answer(tmp_path: Path, recommendation: str, response: str) -> str:
    """The stance kg reads for one numbered recommendation answered under a 'Reactie' heading."""
    body = ("Hieronder reageer ik op de aanbevelingen van de Inspectie.\n\nAanbeveling 1\n\n" + recommendation
            + "\n\nReactie\n\n" + response + "\n")
    found = recommendations(letter(tmp_path, body))
    assert len(found) == 1, found
    return answer(found[0]).stance


@pytest.mark.parametrize("recommendation, response, stance", [
    # one part adopted, another declined, in two sentences (no contrast word needed)
    ("Verleng de openingstijden van het loket en verlaag de leges.",
     "Met een verlenging van de openingstijden stem ik in. Voor een verlaging van de leges zie ik geen aanleiding.",
     "partially"),
    ("Splits de dienst in twee zelfstandige organisaties.",
     "De afsplitsing van de toeslagen neem ik over. Een volledige splitsing van de dienst neem ik niet over.",
     "partially"),
    # a measure of the government's own beside the one declined ('Wel ...')
    ("Maak brede brugklassen de norm.",
     "Ik kies er niet voor brede brugklassen verplicht te stellen. Wel zal ik scholen die een brede brugklas "
     "willen starten met een subsidie ondersteunen.", "partially"),
    # a replacement, a study or a talk is no offer: the refusal stands
    ("Voer een heffing in op onbenutte netcapaciteit.",
     "Het kabinet volgt dit advies niet. Het kabinet zet in plaats daarvan in op afspraken met de netbeheerders.",
     "rejected"),
    ("Leg wegbeheerders een wettelijke plicht op.",
     "Ik zie geen aanleiding voor een wettelijke verplichting. Wel zal ik met de koepels bezien hoe zij beter "
     "kunnen worden ondersteund.", "rejected"),
    # agreeing with the analysis only is no adoption
    ("Verbied de verkoop van lachgas aan volwassenen.",
     "Ik deel de zorg van de Inspectie. Een verbod voor volwassenen acht ik niet proportioneel.", "rejected"),
    # an answer that only describes the action asked for, echoing its words
    ("Richt een onafhankelijk meldpunt in voor klachten over de jeugdzorg.",
     "De jeugdautoriteit zal per 1 januari een onafhankelijk meldpunt voor klachten inrichten.", "accepted"),
    # an action that does not echo the recommendation, or only informs, is no answer
    ("Richt een onafhankelijk meldpunt in voor klachten over de jeugdzorg.",
     "Ik zal uw Kamer voor de zomer informeren over het onafhankelijke meldpunt voor klachten.", "noted"),
    ("Richt een onafhankelijk meldpunt in voor klachten over de jeugdzorg.",
     "Het kabinet zal de begroting voor volgend jaar in september presenteren.", "noted"),
])
def test_the_sentences_of_one_answer_combine(tmp_path: Path, recommendation: str, response: str,
                                             stance: str) -> None:
    assert _numbered_answer(tmp_path, recommendation, response) == stance


def test_calls_named_by_their_place_and_answered_one_by_one(tmp_path: Path) -> None:
    facts = letter(tmp_path,
                   "De Stichting Zorgpunt roept het kabinet op het zorgverlof uit te breiden tot vier weken. Ik kan "
                   "dit verzoek helaas niet honoreren.\n\n"
                   "Een tweede oproep betreft betere voorlichting aan werkgevers over verlof. Ik ondersteun deze "
                   "oproep van harte.\n\n"
                   "De derde oproep, om dagopvang voor mantelzorgers gratis te maken, is al gerealiseerd.\n")
    assert [(fact.text, answer(fact).stance) for fact in recommendations(facts)] == [
        ("het zorgverlof uit te breiden tot vier weken", "rejected"),
        ("betere voorlichting aan werkgevers over verlof", "accepted"),
        ("dagopvang voor mantelzorgers gratis te maken", "already")]


def test_a_list_opened_by_its_addressee_after_a_paragraph_that_tells_of_the_recommendations(tmp_path: Path) -> None:
    facts = letter(tmp_path,
                   "De commissie sluit haar advies af met een reeks aanbevelingen, die ik hieronder weergeef.\n\n"
                   "Aan het kabinet:\n\n- Richt een garantiefonds op voor kleine woonprojecten.\n\n"
                   "- Verlaag de huur van seniorenwoningen in het eerste jaar.\n\n"
                   "Aan gemeenten:\n\n- Leg in een plan vast hoeveel seniorenwoningen nodig zijn.\n\n"
                   "- Vraag ouderen mee te denken over de buurtvoorzieningen.\n\n"
                   "Reactie op de aanbevelingen aan het kabinet\n\n"
                   "Het voorstel voor een garantiefonds neem ik over. Het verlagen van de huur vind ik "
                   "geen begaanbare weg.\n\n"
                   "Reactie op de aanbevelingen aan gemeenten\n\n"
                   "Van de aanbevelingen aan gemeenten heb ik kennisgenomen.\n")
    assert [(fact.addressee, answer(fact).stance) for fact in recommendations(facts)] == [
        ("kabinet", "accepted"), ("kabinet", "rejected"), ("gemeenten", "noted"), ("gemeenten", "noted")]
    # near miss: 'Aan het kabinet:' after a paragraph that does not tell of recommendations opens no list of them
    assert recommendations(letter(tmp_path, "De commissie schetst de knelpunten.\n\nAan het kabinet:\n\n"
                                            "- Stel een fonds in.\n\n- Schrap de eigen bijdrage.\n")) == []


def test_answers_under_headings_that_name_recommendations_by_letter(tmp_path: Path) -> None:
    facts = letter(tmp_path,
                   "Aan de Minister beveelt de Raad aan:\n\na. Maak een helm verplicht voor alle monteurs op het "
                   "spoor.\n\nb. Laat iedere klus voorafgaan door een risicoanalyse.\n\n"
                   "c. Zorg voor een toezichthouder bij alle nachtelijke werkzaamheden.\n\n"
                   "Aanbeveling a en b\n\nDeze aanbevelingen zijn inmiddels uitgevoerd.\n\n"
                   "Aanbeveling c\n\nMet deze aanbeveling stem ik in.\n")
    assert [answer(fact).stance for fact in recommendations(facts)] == ["already", "already", "accepted"]


@pytest.mark.parametrize("body, expected", [
    ("In de derde plaats moedigt het comité Nederland aan de samenhang van het beleid systematischer te toetsen. "
     "Die aanbeveling neem ik over.\n", [("de samenhang van het beleid systematischer te toetsen", "accepted")]),
    ("De commissie doet vier aanbevelingen. De derde aanbeveling aan de directie, om meer te investeren in de "
     "samenwerking met de centra, wordt al uitgevoerd.\n",
     [("meer te investeren in de samenwerking met de centra", "already")]),
    # near miss: the government encourages, no report does
    ("De commissie heeft haar advies uitgebracht. Ik moedig gemeenten aan om het advies te gebruiken.\n", []),
])
def test_encouraged_and_counted_to_an_addressee(tmp_path: Path, body: str, expected: list) -> None:
    assert [(fact.text, answer(fact).stance) for fact in recommendations(letter(tmp_path, body))] == expected


@pytest.mark.parametrize("body, expected", [
    ("De Rekenkamer heeft haar rapport uitgebracht. Verder acht de Rekenkamer het wenselijk dat aan elke nieuwe "
     "regeling een horizonbepaling wordt verbonden. Die aanbeveling neem ik niet over.\n",
     [("aan elke nieuwe regeling een horizonbepaling wordt verbonden", "rejected")]),
    ("De commissie acht het noodzakelijk dat het stelsel van dierrechten wordt afgeschaft. Dit advies neem ik "
     "over.\n", [("het stelsel van dierrechten wordt afgeschaft", "accepted")]),
    # near misses: the government's own view, and a view without a step
    ("De commissie heeft haar advies uitgebracht. Het kabinet acht het wenselijk dat de termijnen korter worden.\n", []),
    ("De commissie heeft haar advies uitgebracht. Zij acht de gevolgen voor de gemeenten beperkt.\n", []),
])
def test_an_author_that_deems_a_step_needed(tmp_path: Path, body: str, expected: list) -> None:
    assert [(fact.text, answer(fact).stance) for fact in recommendations(letter(tmp_path, body))] == expected


def test_counted_recommendations_told_inline_with_their_letters(tmp_path: Path) -> None:
    body = ("De Onderzoeksraad doet acht aanbevelingen. De laatste drie aanbevelingen hebben betrekking op het gedrag "
            "van weggebruikers: (f) voer een landelijke campagne over de gevaren van overwegen, (g) neem het oversteken "
            "van overwegen op in de examens en (h) onderzoek de mogelijkheid van camera's bij overwegen.\n")
    assert [fact.text for fact in recommendations(letter(tmp_path, body))] == [
        "voer een landelijke campagne over de gevaren van overwegen", "neem het oversteken van overwegen op in de examens",
        "onderzoek de mogelijkheid van camera's bij overwegen"]
    # near miss: the government's own words about the recommendations it takes over
    assert recommendations(letter(tmp_path, "De drie aanbevelingen die ik overneem zijn: (a) verkort de termijn, "
                                            "(b) verhoog het budget.\n")) == []
