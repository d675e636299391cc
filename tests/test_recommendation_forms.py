"""Forms of recommendations found on fresh letters (kg/extract/recommendations/): each with variants in
wording of our own and near misses that must not fire."""
from __future__ import annotations

from pathlib import Path

import pytest
from test_reports import letter

from kg.domain.model import RecommendationFact
from kg.extract.recommendations import referred_items, split_measures


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


# ---- two measures in one sentence: split when each is a measure of its own, not when the second points back

@pytest.mark.parametrize("text, parts", [
    ("meer geld te reserveren voor buurthuizen en de effecten per wijk beter te volgen",
     ["meer geld te reserveren voor buurthuizen", "de effecten per wijk beter te volgen"]),
    ("de rechter een ruimere taak te geven ten opzichte van de officier en de griffierechten af te schaffen",
     ["de rechter een ruimere taak te geven ten opzichte van de officier", "de griffierechten af te schaffen"]),
    ("een register in te voeren en het toezicht te versterken",
     ["een register in te voeren", "het toezicht te versterken"]),
    # near misses: the second measure leans on the first, or the 'en' joins two nouns
    ("een meldcode op te stellen en die jaarlijks te actualiseren",
     ["een meldcode op te stellen en die jaarlijks te actualiseren"]),
    ("de heffing op arbeid te verlagen en die op kapitaal te verhogen",
     ["de heffing op arbeid te verlagen en die op kapitaal te verhogen"]),
    ("de wachttijd te verkorten voor kinderen en jongeren te helpen",
     ["de wachttijd te verkorten voor kinderen en jongeren te helpen"]),
])
def test_two_measures_in_one_sentence(text: str, parts: list[str]) -> None:
    assert [part for _, part in split_measures(text)] == parts


# ---- 'heeft ... geadviseerd', 'beval ... aan': tenses the present-tense triggers missed

@pytest.mark.parametrize("body, texts", [
    ("De Gezondheidsraad heeft in zijn advies «Gezond ouder worden» geadviseerd een valpreventieprogramma aan te "
     "bieden. Ik neem dit advies over.", ["een valpreventieprogramma aan te bieden"]),
    ("De Raad van State heeft op 4 maart geadviseerd om de termijn te verlengen. Dat doe ik.",
     ["de termijn te verlengen"]),
    ("De commissie beval in haar eindrapport aan dat gemeenten één loket inrichten. Dat gebeurt inmiddels.",
     ["gemeenten één loket inrichten"]),
    # near misses: advice about a topic, advice asked for, the government's own advice
    ("De Raad van State heeft op 4 maart geadviseerd over het wetsvoorstel.", []),
    ("De Raad heeft nog niet geadviseerd.", []),
    ("Het kabinet beveelt gemeenten aan om inwoners vroeg te raadplegen.", []),
    ("Daarom bevelen wij scholen aan een pestcoördinator aan te stellen.", []),
    ("Ik heb de provincies geadviseerd om de regeling te verlengen.", []),
])
def test_past_tense_advice(tmp_path: Path, body: str, texts: list[str]) -> None:
    assert [fact.text for fact in found(tmp_path, body)] == texts


def test_where_the_advice_stands_is_no_addressee(tmp_path: Path) -> None:
    facts = found(tmp_path, "De Onderwijsraad beveelt in zijn advies «Ruimte voor de leraar» aan om de lesuren "
                            "te verminderen. Ik neem dit advies over.")
    assert [(fact.text, fact.addressee) for fact in facts] == [("de lesuren te verminderen", None)]
    facts = found(tmp_path, "De inspectie beveelt in haar rapport over 2023 de besturen aan om de lesuren te "
                            "verminderen.")
    assert [fact.addressee for fact in facts] == ["besturen"]


# ---- the answer after ';' in the sentence of the recommendation

def test_answer_after_semicolon_is_no_measure(tmp_path: Path) -> None:
    facts = found(tmp_path, "De raad adviseert om de leges te verlagen. Het kabinet onderschrijft deze aanbeveling. "
                            "De raad adviseert verder de termijnen te verkorten; dit advies neemt het kabinet niet "
                            "over, omdat de uitvoering dat niet toelaat.")
    assert [fact.text for fact in facts] == ["de leges te verlagen", "de termijnen te verkorten"]
    assert stances(facts) == ["accepted", "rejected"]


def test_a_list_after_semicolons_stays_a_list() -> None:
    assert [part for _, part in split_measures(
        "de leges te verlagen; de termijnen te verkorten; de loketten langer open te houden")] == [
        "de leges te verlagen", "de termijnen te verkorten", "de loketten langer open te houden"]


# ---- an ordinal without its noun names the item it answers

@pytest.mark.parametrize("sentence, named", [
    ("De eerste neem ik deels over.", [0]),
    ("Over de tweede maak ik afspraken met de sector.", [1]),
    ("De laatste is al uitgevoerd.", [2]),
    ("De eerste resultaten worden in mei verwacht.", []),
    ("De tweede fase start in 2025.", []),
])
def test_a_bare_ordinal_names_an_item(sentence: str, named: list[int]) -> None:
    assert referred_items(sentence, 3) == named


# ---- a sentence counting the recommendations, then each in the imperative with its answer

_COUNTED_PARAGRAPHS = (
    "De Onderzoeksraad doet twee aanbevelingen aan de netbeheerders.\n\n"
    "Inspecteer de gasleidingen in wijken met verzakkingen jaarlijks. Deze aanbeveling is overgenomen.\n\n"
    "Betrek bewoners bij de planning van werkzaamheden. Dat gebeurt al sinds 2020.")
_COUNTED_RUNNING = (
    "Het rapport bevat drie aanbevelingen aan gemeenten. Zorg voor één contactpersoon per gezin. Die aanbeveling "
    "neem ik over. Informeer ouders binnen een week over een besluit. Dit is al wettelijk geregeld. Bied "
    "gezinnen een vaste hulpverlener. Deze aanbeveling neem ik niet over.")


@pytest.mark.parametrize("body, texts, addressee, answers", [
    (_COUNTED_PARAGRAPHS, ["Inspecteer de gasleidingen in wijken met verzakkingen jaarlijks",
                           "Betrek bewoners bij de planning van werkzaamheden"], "netbeheerders",
     ["accepted", "already"]),
    (_COUNTED_RUNNING, ["Zorg voor één contactpersoon per gezin", "Informeer ouders binnen een week over een besluit",
                        "Bied gezinnen een vaste hulpverlener"], "gemeenten", ["accepted", "already", "rejected"]),
    ("De ombudsman formuleert drie aanbevelingen.\n\nZorg voor één contactpersoon per gezin. Die aanbeveling neem "
     "ik over.\n\nInformeer ouders binnen een week over een besluit. Dit is al wettelijk geregeld.\n\nBied gezinnen "
     "een vaste hulpverlener. Deze aanbeveling neem ik niet over.",
     ["Zorg voor één contactpersoon per gezin", "Informeer ouders binnen een week over een besluit",
      "Bied gezinnen een vaste hulpverlener"], None, ["accepted", "already", "rejected"]),
])
def test_imperatives_after_a_counting_sentence(tmp_path: Path, body: str, texts: list[str], addressee: str | None,
                                               answers: list[str]) -> None:
    facts = found(tmp_path, body)
    assert [fact.text for fact in facts] == texts
    assert {fact.addressee for fact in facts} == {addressee}
    assert stances(facts) == answers


@pytest.mark.parametrize("body", [
    # a pointer of the letter after the counting sentence
    "De commissie doet vijf aanbevelingen. Zie de bijlage voor het volledige rapport.",
    # imperatives with an answer, but nothing counted recommendations before them
    "Hieronder leest u hoe de aanvraag verloopt.\n\nVul het formulier volledig in. Dat kost vijf minuten.\n\n"
    "Stuur het formulier naar de gemeente. Die beslist binnen acht weken.",
])
def test_no_imperative_recommendations_without_a_counting_sentence(tmp_path: Path, body: str) -> None:
    assert [fact.text for fact in found(tmp_path, body)
            if fact.evidence.rule == "imperative after a sentence counting the recommendations"] == []


# ---- the passive: 'Geadviseerd wordt ...', 'Aan X wordt aanbevolen ...', 'Door de commissie wordt voorgesteld ...'

@pytest.mark.parametrize("body, texts, addressee", [
    ("Geadviseerd wordt om de subsidieregeling te vereenvoudigen. Het kabinet volgt dit advies.",
     ["de subsidieregeling te vereenvoudigen"], None),
    ("In het advies van de Raad wordt geadviseerd de termijn te verlengen. Dit advies neem ik over.",
     ["de termijn te verlengen"], None),
    ("Het rapport verscheen op 3 mei. Aan gemeenten wordt aanbevolen een meldpunt in te richten. Dat is al gebeurd.",
     ["een meldpunt in te richten"], "gemeenten"),
    ("Het rapport verscheen op 3 mei. Door de commissie wordt voorgesteld de regeling af te schaffen. Dat voorstel "
     "neem ik niet over.", ["de regeling af te schaffen"], None),
    # near misses: public advice, the government's own proposal, a proposal to parliament
    ("Het vaccin is veilig. Ouders wordt geadviseerd hun kind te laten vaccineren.", [], None),
    ("Het rapport verscheen op 3 mei. Door het kabinet wordt voorgesteld de regeling af te schaffen.", [], None),
    ("Het rapport verscheen op 3 mei. Aan de Kamer wordt voorgesteld het wetsvoorstel aan te nemen.", [], None),
])
def test_recommendations_in_the_passive(tmp_path: Path, body: str, texts: list[str], addressee: str | None) -> None:
    facts = found(tmp_path, body)
    assert [fact.text for fact in facts] == texts
    assert all(fact.addressee == addressee for fact in facts)


# ---- 'Het advies luidt: ...'

@pytest.mark.parametrize("body, texts", [
    ("Het rapport verscheen op 3 mei. Het advies luidt kort gezegd: stel de invoering met een jaar uit (zie de "
     "bijlage). Dit advies neem ik niet over.", ["stel de invoering met een jaar uit"]),
    ("Het rapport verscheen op 3 mei. Het advies van de Raad luidt om de bekostiging te vereenvoudigen.",
     ["de bekostiging te vereenvoudigen"]),
    ("Het rapport verscheen op 3 mei. Het advies luidt als volgt: verhoog de normen voor geluid.",
     ["verhoog de normen voor geluid"]),
    # near misses: the title, or the topic of the advice
    ("Het rapport verscheen op 3 mei. De titel van het advies luidt: Ruimte voor de regio en de stad.", []),
    ("Het rapport verscheen op 3 mei. Het advies betreft de bekostiging van scholen in krimpgebieden.", []),
])
def test_the_advice_reads(tmp_path: Path, body: str, texts: list[str]) -> None:
    assert [fact.text for fact in found(tmp_path, body)] == texts


# ---- the author after the verb must be a report's author (_AUTHOR_AFTER_VERB)

@pytest.mark.parametrize("body, count", [
    ("Verder pleit de commissie ervoor de meldplicht uit te breiden naar alle scholen.", 1),
    ("Volgens de raad moeten gemeenten de schuldhulp laagdrempeliger maken.", 1),
    # near misses: the government, or no author at all
    ("Daarnaast stelt het kabinet voor de meldplicht uit te breiden naar alle scholen.", 0),
    ("Volgens de planning moeten de eerste locaties in het voorjaar open.", 0),
    # the author as a pronoun after the verb, as before it; not the government's 'wij'
    ("Ook stellen zij voor een landelijk verbod in te voeren op nieuwe veehouderijen.", 1),
    ("Ook stellen wij voor een landelijk verbod in te voeren op nieuwe veehouderijen.", 0),
])
def test_the_author_after_the_verb_is_a_reports(tmp_path: Path, body: str, count: int) -> None:
    assert len(found(tmp_path, body)) == count


# ---- session 9: lists answered item by item, titles over stated recommendations, parallel measures, answers

@pytest.mark.parametrize("body, texts, answers", [
    # lettered 'te' phrases after an intro, each answered in a paragraph of its own
    ("De commissie beveelt aan:\n\na. in iedere regio een meldpunt in te richten;\n\nDit neem ik over.\n\n"
     "b. de meldingen landelijk te bundelen;\n\nDit gebeurt al sinds 2019.\n\n"
     "c. jaarlijks over de meldingen te rapporteren.\n\nDeze aanbeveling neem ik niet over.",
     ["in iedere regio een meldpunt in te richten", "de meldingen landelijk te bundelen",
      "jaarlijks over de meldingen te rapporteren"], ["accepted", "already", "rejected"]),
    # numbered imperatives whose answers give no stance in their opening sentences
    ("De raad doet drie aanbevelingen.\n\n1. Verbeter de voorlichting aan ouders.\n\nDeze neem ik over.\n\n"
     "2. Stel een landelijk protocol op.\n\nIk begrijp de wens. Er zijn echter grote regionale verschillen. "
     "Ik neem deze aanbeveling daarom niet over.\n\n3. Evalueer de regeling na twee jaar.\n\nHierover overleg ik nog met de sector.",
     ["Verbeter de voorlichting aan ouders.", "Stel een landelijk protocol op.", "Evalueer de regeling na twee jaar."],
     ["accepted", "rejected", "noted"]),
    # bullets, and roman numbers
    ("De inspectie doet twee aanbevelingen. Ik loop ze langs.\n\n• Versterk het toezicht op de kinderopvang.\n\n"
     "Dit advies volg ik.\n\n• Publiceer de inspectierapporten sneller.\n\nHierover overleg ik nog met de GGD.",
     ["Versterk het toezicht op de kinderopvang.", "Publiceer de inspectierapporten sneller."], ["accepted", "noted"]),
    ("De evaluatie bevat drie aanbevelingen.\n\ni. Leg de doelen van het fonds vooraf vast. Dat neem ik over.\n\n"
     "ii. Verlaag de drempel voor kleine bedrijven. Die aanbeveling volg ik niet.\n\n"
     "iii. Breng het beheer onder bij één uitvoerder. Dat is al gebeurd.",
     ["Leg de doelen van het fonds vooraf vast.", "Verlaag de drempel voor kleine bedrijven.",
      "Breng het beheer onder bij één uitvoerder."], ["accepted", "rejected", "already"]),
])
def test_a_list_answered_item_by_item(tmp_path: Path, body: str, texts: list[str], answers: list[str | None]) -> None:
    facts = found(tmp_path, body)
    assert [fact.text for fact in facts] == texts
    assert stances(facts) == answers


def test_a_list_of_other_things_after_the_answers_is_no_continuation(tmp_path: Path) -> None:
    """Near misses: a lettered list whose next item is out of order, or a list after a heading."""
    body = ("De commissie beveelt aan:\n\na. de termijn te verkorten;\n\nDit neem ik over.\n\n"
            "c. Daarnaast noem ik de kosten van de regeling.\n\nVervolg\n\nb. de regeling te evalueren;")
    assert [fact.text for fact in found(tmp_path, body)] == ["de termijn te verkorten"]


def test_a_numbered_title_over_the_stated_recommendation(tmp_path: Path) -> None:
    body = ("Het rapport van de Kinderombudsman bevat vijf aanbevelingen.\n\nAanbeveling 1 – Kortere wachttijden\n\n"
            "De Kinderombudsman beveelt aan de wachttijden binnen twee jaar te halveren. Die aanbeveling neem ik over.\n\n"
            "Aanbeveling 2 – Een landelijk register\n\nDeze aanbeveling neem ik niet over: een register bestaat al.")
    facts = found(tmp_path, body)
    assert [fact.text for fact in facts] == [
        "De Kinderombudsman beveelt aan de wachttijden binnen twee jaar te halveren.", "Een landelijk register"]
    assert stances(facts)[0] == "accepted"


@pytest.mark.parametrize("text, parts", [
    ("in de rapportage inzichtelijk te maken welk deel van de middelen naar verwachting niet tot besteding leidt, "
     "en om de gehanteerde aannames openbaar te maken",
     ["in de rapportage inzichtelijk te maken welk deel van de middelen naar verwachting niet tot besteding leidt",
      "de gehanteerde aannames openbaar te maken"]),
    ("gemeenten elk besluit vooraf laten toetsen op de gevolgen voor inwoners, en dat de uitkomsten worden gepubliceerd",
     ["gemeenten elk besluit vooraf laten toetsen op de gevolgen voor inwoners", "de uitkomsten worden gepubliceerd"]),
    ("verleen vergunninghouders sneller een woning, monitor de wachttijden per regio, en voorzie gemeenten van middelen",
     ["verleen vergunninghouders sneller een woning", "monitor de wachttijden per regio",
      "voorzie gemeenten van middelen"]),
    # near miss: 'en om die reden' gives no second measure
    ("de termijn te verkorten tot zes weken en om die reden de capaciteit van de dienst tijdelijk te verhogen",
     ["de termijn te verkorten tot zes weken en om die reden de capaciteit van de dienst tijdelijk te verhogen"]),
])
def test_parallel_measures(text: str, parts: list[str]) -> None:
    assert [part for _, part in split_measures(text)] == parts


@pytest.mark.parametrize("body, texts, answers", [
    # an answer paragraph naming a recommendation given before answers it, and the rest of the paragraph too
    ("De raad adviseert ten eerste de bewaartermijn te beperken tot vijf jaar. Voorts wordt geadviseerd een "
     "overgangstermijn van een jaar op te nemen.\n\nHet advies over de overgangstermijn is overgenomen. "
     "Het advies om de bewaartermijn te beperken, volg ik niet.",
     ["ten eerste de bewaartermijn te beperken tot vijf jaar", "een overgangstermijn van een jaar op te nemen"],
     ["rejected", "accepted"]),
    # an answer pointing at the recommendation just before it, whatever words it shares with another
    ("De raad adviseert de scholen te ondersteunen bij de invoering. Dit advies neem ik over. Ook beveelt de raad "
     "aan de bekostiging van scholen te herzien. Dat advies volg ik niet, omdat het de scholen zou raken.",
     ["de scholen te ondersteunen bij de invoering", "de bekostiging van scholen te herzien"],
     ["accepted", "rejected"]),
    # an advice of several points adopted as a whole
    ("De raad adviseert de vaccinatie eerder aan te bieden. Daarnaast adviseert de raad de opkomst te monitoren."
     "\n\nIk neem het advies van de raad op beide punten over.",
     ["de vaccinatie eerder aan te bieden", "de opkomst te monitoren"], ["accepted", "accepted"]),
    # the government advised, in the passive
    ("De commissie heeft haar rapport uitgebracht. Het kabinet wordt geadviseerd een premie in te voeren voor "
     "werkgevers die ouderen aannemen. Dat gebeurt al sinds 2020.",
     ["een premie in te voeren voor werkgevers die ouderen aannemen"], ["already"]),
])
def test_answers_found_for_running_recommendations(tmp_path: Path, body: str, texts: list[str],
                                                   answers: list[str]) -> None:
    facts = found(tmp_path, body)
    assert [fact.text for fact in facts] == texts
    assert stances(facts) == answers


def test_the_cabinets_own_advice_is_still_none(tmp_path: Path) -> None:
    """Near miss of the passive above: the cabinet advises, in the active."""
    assert found(tmp_path, "Het kabinet heeft geadviseerd een premie in te voeren voor werkgevers.") == []


@pytest.mark.parametrize("sentence, stance", [
    # adopted, then the work on it said to have begun: accepted
    ("Deze aanbeveling wordt door het kabinet van harte ondersteund; de voorbereiding is inmiddels gestart.",
     "accepted"),
    ("Het pleidooi voor een meldplicht deel ik; de regeling is al in voorbereiding genomen.", "accepted"),
    ("Deze aanbeveling is door de sector opgepakt: sinds 2019 loopt een programma daarvoor.", "already"),
    # near misses: said to be done already, with no adoption before it; or joined by a comma
    ("Dit gebeurt al sinds 2020; een nieuwe regeling is niet nodig.", "already"),
    ("Deze aanbeveling onderschrijf ik, want dit is al staand beleid.", "already"),
])
def test_an_adoption_then_the_work_begun(sentence: str, stance: str) -> None:
    from kg.extract.recommendations import stance_of
    found = stance_of(sentence)
    assert found is not None and found.stance == stance, found


def test_an_answer_after_a_semicolon_pointing_back(tmp_path: Path) -> None:
    body = ("De commissie heeft haar advies uitgebracht. Het kabinet wordt geadviseerd een premie in te voeren voor "
            "werkgevers die ouderen aannemen; hieraan wordt reeds uitvoering gegeven met de bestaande regeling.")
    facts = found(tmp_path, body)
    assert [fact.text for fact in facts] == ["een premie in te voeren voor werkgevers die ouderen aannemen"]
    assert stances(facts) == ["already"]


# ---- a numbered list whose items quote the report's words, each answered in the paragraph after it

def test_quoted_numbered_recommendations_answered_one_by_one(tmp_path: Path) -> None:
    body = ("De Onderzoeksraad heeft zijn rapport over de veerponten uitgebracht. Hieronder volgen de aanbevelingen, "
            "met per aanbeveling de reactie.\n\n"
            "1. ‘Stel landelijke eisen aan de verlichting van aanlegplaatsen.’\n\n"
            "Deze aanbeveling wordt opgevolgd. Ik stel hiervoor een regeling op.\n\n"
            "2. ‘Verplicht de veerdiensten tot een jaarlijkse oefening.’ Ik neem deze aanbeveling niet over. "
            "De meeste diensten oefenen al.\n\n"
            "Aan de provincies\n\n"
            "3. “Maak duidelijk wie verantwoordelijk is voor de bediening op afstand.”\n\n"
            "Deze aanbeveling is gericht aan de provincies. Zij reageren zelf aan de raad. Ik onthoud mij op dit punt "
            "van een eigen oordeel.")
    facts = found(tmp_path, body)
    assert [fact.text for fact in facts] == [
        "Stel landelijke eisen aan de verlichting van aanlegplaatsen.",
        "Verplicht de veerdiensten tot een jaarlijkse oefening.",
        "Maak duidelijk wie verantwoordelijk is voor de bediening op afstand."]
    assert stances(facts) == ["accepted", "rejected", "noted"]


def test_quoted_numbered_lines_of_no_recommendation_stay_none(tmp_path: Path) -> None:
    """Near misses: quoted numbered lines before the letter speaks of recommendations, and a quoted line of
    the letter's own in a list without an answer after it."""
    body = ("Ik beantwoord de vragen van het lid Jansen.\n\n"
            "1. ‘Deelt u de mening dat de veerponten veilig zijn?’\n\n"
            "Ja. De veerponten worden jaarlijks gekeurd.\n\n"
            "2. ‘Kent u het bericht over de aanlegplaatsen?’\n\n"
            "Ja.")
    assert found(tmp_path, body) == []


@pytest.mark.parametrize("answer, stance", [
    # the answer left to the body addressed: noted, though that body's carrying it out is named
    ("Ik heb het rapport doorgestuurd aan de gemeenten en laat het aan hen om te bepalen hoe zij hieraan opvolging "
     "geven.", "noted"),
    ("Het is niet aan mij daarover een oordeel te geven; ik heb het advies doorgestuurd aan de VNG.", "noted"),
    # 'al' before the verb: done already, a 'superfluous' after it its reason
    ("Dat overleg is al in artikel 13 van de wet verankerd; een aanvullende regeling acht ik overbodig.", "already"),
    ("Het kabinet werkt, conform het regeerakkoord, al aan een verplichte verzekering.", "already"),
    ("De dienst heeft laten weten dat deze werkwijze sinds maart 2021 al in alle regio's wordt toegepast.",
     "already"),
    ("Ik ga echter niet zo ver als de raad voorstelt: ook voor andere vakken komen landelijke doelen.", "partially"),
    # near misses
    ("Het is niet aan mij om de tarieven vast te stellen.", "rejected"),
    ("Ook al is dit in de wet geregeld, ik neem deze aanbeveling over.", "accepted"),
])
def test_answers_leaving_it_to_others_or_done_before(tmp_path: Path, answer: str, stance: str) -> None:
    body = ("De raad heeft zijn advies uitgebracht. De raad beveelt aan een verplichte verzekering voor zelfstandigen "
            "in te voeren.\n\n" + answer)
    facts = found(tmp_path, body)
    assert len(facts) == 1, facts
    assert stances(facts) == [stance]


# ---- a list answered under headings that name each recommendation by its subject

_LIST = ("De ombudsman heeft zijn rapport over de opvang uitgebracht. Het rapport bevat de volgende aanbevelingen "
         "aan mij:\n"
         "• zorg dat gezinnen niet langer dan een jaar in de noodopvang verblijven;\n"
         "• bied kinderen dezelfde toegang tot sportclubs buiten de opvang als andere kinderen;\n"
         "• laat de wekelijkse meldplicht voor gezinnen vervallen.\n\n"
         "Hieronder ga ik op de aanbevelingen in.\n\n")


def test_answers_under_headings_naming_each_recommendation(tmp_path: Path) -> None:
    body = _LIST + ("Verblijfsduur\n\nEen vaste termijn acht ik niet wenselijk. De duur hangt af van de medewerking.\n\n"
                    "Toegang tot sportclubs\n\nDeze aanbeveling neem ik ter harte.\n\n"
                    "Meldplicht\n\nDit is al staand beleid voor gezinnen met kinderen onder de twaalf.\n\n"
                    "Tot slot\n\nIk neem de aanbevelingen over.")
    facts = found(tmp_path, body)
    assert len(facts) == 3, facts
    assert stances(facts) == ["rejected", "accepted", "already"]


def test_a_heading_on_another_subject_ends_the_answers(tmp_path: Path) -> None:
    """Near miss: the heading after the list names none of the recommendations, so what is under it answers none."""
    body = _LIST + "Financiering\n\nDeze aanbeveling neem ik over."
    facts = found(tmp_path, body)
    assert len(facts) == 3, facts
    assert stances(facts) == ["noted", "noted", "noted"]


@pytest.mark.parametrize("body, texts", [
    ("De raad heeft zijn advies uitgebracht. Het eerste advies van de raad is om de begeleiding vanaf de eerste dag "
     "te laten beginnen. Dit advies is al gerealiseerd.", ["de begeleiding vanaf de eerste dag te laten beginnen"]),
    ("De raad heeft zijn advies uitgebracht. Het tweede advies is dat gemeenten een loket inrichten. Dat neem ik over.",
     ["gemeenten een loket inrichten"]),
    ("De raad heeft zijn advies uitgebracht. De RSJ pleit daarnaast voor één digitaal dossier per jongere. Met dit "
     "advies ben ik het eens.", ["één digitaal dossier per jongere"]),
    # near misses: the government's own advice or request; 'de raden' the noun; 'aan' the end of 'gaan'
    ("Het eerste advies dat ik vroeg, was om een loket in te richten.", []),
    ("Mijn advies aan gemeenten is om een loket in te richten.", []),
    ("In de adviesaanvraag wordt de raden gevraagd in te gaan op de vraag of het recht toereikend is.", []),
    ("De raden hebben aan de minister een brief gestuurd over de termijnen.", []),
])
def test_counted_advice_and_pleas_for_one_thing(tmp_path: Path, body: str, texts: list[str]) -> None:
    assert [fact.text for fact in found(tmp_path, body)] == texts


def test_a_lettered_item_saying_what_must_be_done(tmp_path: Path) -> None:
    body = ("De commissie doet drie adviezen, die ik hieronder bespreek.\n\n"
            "a. De dienst moet meer ruimte krijgen om per aanvrager een eigen plan op te stellen.\n\n"
            "Dit advies spreekt mij aan en ik zal het overnemen.\n\n"
            "b. Breid de ondersteuning bij vertrek uit.\n\n"
            "Dit gebeurt al sinds 2015.")
    facts = found(tmp_path, body)
    assert [fact.text for fact in facts] == [
        "De dienst moet meer ruimte krijgen om per aanvrager een eigen plan op te stellen.",
        "Breid de ondersteuning bij vertrek uit."]
    assert stances(facts) == ["accepted", "already"]


@pytest.mark.parametrize("body", [
    # before the letter speaks of recommendations
    "Ik licht de planning toe.\n\n1. De dienst moet de termijn halen.\n\nDit gebeurt al.",
    # the government's own duty, and an item with no answer after it
    "De commissie doet twee adviezen.\n\n1. Ik moet de Kamer jaarlijks informeren.\n\nDit gebeurt al.",
    "De commissie doet twee adviezen.\n\n1. De dienst moet de termijn halen.\n\nDe termijn is zes weken.",
    # two sentences: a finding and its reason, no recommendation
    "De commissie doet twee adviezen.\n\n1. De dienst moet de termijn halen. Dat lukt niet altijd.\n\nDit gebeurt al.",
])
def test_numbered_modal_sentences_that_are_no_recommendation(tmp_path: Path, body: str) -> None:
    assert found(tmp_path, body) == []


@pytest.mark.parametrize("body, texts, answers", [
    # a counted recommendation with its author, or a counted advice, told as an apposition with 'om'
    ("De raad heeft zijn advies uitgebracht. De tweede aanbeveling van de raad, om de wachttijd voor een "
     "keuring te halveren, wordt door mij niet overgenomen, omdat de capaciteit ontbreekt.",
     ["de wachttijd voor een keuring te halveren"], ["rejected"]),
    ("De raad heeft zijn advies uitgebracht. Het derde advies, om kleine gemeenten met een subsidie te helpen, is "
     "reeds staand beleid.", ["kleine gemeenten met een subsidie te helpen"], ["already"]),
    # the apposition as a relative clause with 'die ertoe strekt', answered in the same sentence
    ("De ombudsman heeft zijn rapport uitgebracht. Met de tweede aanbeveling, die ertoe strekt de bereikbaarheid "
     "van het loket te verbeteren, wordt een probleem genoemd waaraan inmiddels tegemoet is gekomen.",
     ["de bereikbaarheid van het loket te verbeteren"], ["already"]),
    # 'De derde aanbeveling strekt ertoe X te doen', answered in the next sentence
    ("De ombudsman heeft zijn rapport uitgebracht. De derde aanbeveling strekt ertoe ouders met jonge kinderen niet "
     "langer in een opvang ver van huis te plaatsen. Deze aanbeveling neem ik ten dele over.",
     ["ouders met jonge kinderen niet langer in een opvang ver van huis te plaatsen"], ["partially"]),
    # near misses: a relative clause of the government after the author; an advice asked for by the government;
    # the aim of an answered recommendation; an answer whose reason holds 'is dat'
    ("De raad heeft zijn advies uitgebracht. De eerste aanbeveling van de raad, die ik onderschrijf, gaat over de "
     "termijnen.", [], []),
    ("De raad heeft zijn advies uitgebracht. Het eerste advies, dat ik in maart vroeg, is inmiddels ontvangen.", [], []),
    ("De raad heeft zijn advies uitgebracht. Deze aanbeveling strekt ertoe te voorkomen dat gezinnen worden "
     "gescheiden.", [], []),
    ("De raad beveelt aan om de termijn te verlengen. Deze aanbeveling zal in het wetsvoorstel worden overgenomen, "
     "omdat gebleken is dat de huidige termijn te kort is.", ["de termijn te verlengen"], ["accepted"]),
])
def test_counted_recommendations_in_apposition_and_with_strekt_ertoe(tmp_path: Path, body: str, texts: list[str],
                                                                     answers: list[str]) -> None:
    facts = found(tmp_path, body)
    assert [fact.text for fact in facts] == texts
    assert stances(facts) == answers


# ---- session 15: an item lettered before its addressee, the recommendation quoted; verbs the list did not know

def test_a_lettered_item_with_its_addressee_and_a_quoted_recommendation(tmp_path: Path) -> None:
    body = ("De raad doet drie aanbevelingen, waarvan twee aan mij en één aan de gemeenten. Hieronder volgt per "
            "aanbeveling mijn reactie.\n\n"
            "a. Aan de Minister van Onderwijs: “Stel een landelijke norm vast voor de omvang van de klassen.”\n"
            "Deze aanbeveling neem ik over.\n\n"
            "b. Aan de Minister van Onderwijs: “Maak de toetsen voor alle scholen gelijk.”\n"
            "Deze aanbeveling neem ik niet over, omdat scholen ruimte moeten houden.\n\n"
            "c. Aan de gemeenten: “Zorg voor voldoende gymzalen in elke wijk.”\n"
            "Deze aanbeveling is gericht aan de gemeenten; ik breng haar onder hun aandacht.\n")
    facts = found(tmp_path, body)
    assert [(fact.text, fact.addressee) for fact in facts] == [
        ("Stel een landelijke norm vast voor de omvang van de klassen.", "Minister van Onderwijs"),
        ("Maak de toetsen voor alle scholen gelijk.", "Minister van Onderwijs"),
        ("Zorg voor voldoende gymzalen in elke wijk.", "gemeenten")]
    assert stances(facts)[:2] == ["accepted", "rejected"]


def test_a_numbered_list_whose_first_verb_is_separable(tmp_path: Path) -> None:
    """'Keer ... terug' (terugkeren) and 'Sta ... toe' (toestaan) open items as any other imperative: one item
    the list did not know made the whole list unread."""
    body = ("De commissie doet een reeks aanbevelingen; hieronder staat telkens het standpunt van het kabinet.\n\n"
            "1. Keer voorlopig terug naar het tellen van de stemmen met de hand. Het kabinet neemt deze "
            "aanbeveling over.\n\n"
            "2. Sta niet toe dat gemeenten eigen software gebruiken. Het kabinet neemt deze aanbeveling niet over.\n")
    facts = found(tmp_path, body)
    assert [fact.text for fact in facts] == ["Keer voorlopig terug naar het tellen van de stemmen met de hand.",
                                             "Sta niet toe dat gemeenten eigen software gebruiken."]
    assert stances(facts) == ["accepted", "rejected"]


def test_a_rejection_stays_when_its_reason_says_something_is_already_regulated(tmp_path: Path) -> None:
    body = ("De Rekenkamer doet twee aanbevelingen. Een eerste aanbeveling is om een vaste controlefrequentie per "
            "bedrijf in te voeren. Deze aanbeveling volg ik niet. De Europese richtlijn schrijft reeds een "
            "frequentie naar risico voor.\n")
    facts = found(tmp_path, body)
    assert [fact.text for fact in facts] == ["een vaste controlefrequentie per bedrijf in te voeren"]
    assert stances(facts) == ["rejected"]


def test_answers_opened_by_ad_and_the_letter_of_their_recommendation(tmp_path: Path) -> None:
    body = ("De raad doet de volgende aanbevelingen:\n"
            "a. waarborg dat elke school een vertrouwenspersoon heeft;\n"
            "b. pas de toets niet toe op kinderen jonger dan acht jaar;\n"
            "c. richt een landelijk meldpunt in.\n\n"
            "Ad a. Scholen werken hier sinds januari aan. Deze aanbeveling is in de kern dus al ondervangen.\n\n"
            "Ad b. Het kabinet volgt de raad hier niet. De wet kent geen leeftijdsgrens.\n\n"
            "Ad c. Ik neem deze aanbeveling over.\n")
    facts = found(tmp_path, body)
    assert stances(facts) == ["already", "rejected", "accepted"]


def test_a_label_naming_two_recommendations_with_en_names_those_two() -> None:
    from kg.extract.recommendations.responses import _numbers
    assert _numbers("2 en 3") == [2, 3]  # not the 'e' of 'en' read as a fifth
    assert _numbers("a en b") == [1, 2]
    assert _numbers("1 t/m 3") == [1, 2, 3]


def test_a_table_of_recommendations_whose_rows_wrap_over_lines(tmp_path: Path) -> None:
    """Rows numbered in their first cell and wrapped over lines, as a PDF's table reads when copied: each row is
    one recommendation with the answer of its own cell, also where a row's first cell wraps before its '|'."""
    body = ("De aanbevelingen uit het rapport en mijn reactie daarop staan hieronder.\n\n"
            "Aanbeveling | Reactie | Planning\n"
            "1. Plaats geen gezinnen met kinderen meer in een\n"
            "gesloten voorziening. | Niet overgenomen. Dit blijft als uiterste middel\n"
            "mogelijk. | n.v.t.\n"
            "2. Wijs iedere alleenstaande minderjarige binnen één werkdag een voogd\n"
            "toe. | Overgenomen; de voogdijinstelling maakt hierover een werkafspraak. | 1 januari\n"
            "3. Bied alle kinderen dagelijks onderwijs aan. | Reeds gerealiseerd: sinds september\n"
            "wordt overal onderwijs gegeven. | gerealiseerd\n\n"
            "Met betrekking tot het eerste punt merk ik nog iets op.\n")
    facts = found(tmp_path, body)
    assert [fact.text for fact in facts] == [
        "Plaats geen gezinnen met kinderen meer in een gesloten voorziening.",
        "Wijs iedere alleenstaande minderjarige binnen één werkdag een voogd toe.",
        "Bied alle kinderen dagelijks onderwijs aan."]
    assert stances(facts) == ["rejected", "accepted", "already"]


def test_a_table_row_keeps_its_own_answer_over_an_explanation_headed_ad(tmp_path: Path) -> None:
    body = ("De inspectie doet twee aanbevelingen.\n\n"
            "Nr | Aanbeveling | Reactie\n"
            "1 | Registreer iedere maatregel volgens een landelijke definitie. | Overgenomen. De definitie volgt.\n"
            "2 | Leg een verbod op fixatie wettelijk vast. | Niet overgenomen. Een verbod werkt averechts.\n\n"
            "Toelichting\n\n"
            "Ad 1 en 2. De wet biedt reeds een kader; wij bezien of het Besluit kan worden aangevuld.\n")
    facts = found(tmp_path, body)
    assert stances(facts) == ["accepted", "rejected"]


def test_the_report_s_words_quoted_after_a_verb_of_asking(tmp_path: Path) -> None:
    body = ("De organisaties doen drie aanbevelingen.\n\n"
            "Daarnaast bevelen de organisaties aan: ‘Zorg ervoor dat niemand langer dan drie maanden in de noodopvang "
            "verblijft.’ Dit kan ik niet toezeggen.\n\n"
            "Ten derde vragen de organisaties: ‘Bied alle kinderen binnen vier weken onderwijs aan.’ Dit is reeds "
            "wettelijk geregeld.\n\n"
            "Ik vraag gemeenten: ‘Meld elke nieuwe locatie binnen een week.’ Dat helpt de planning.\n")
    facts = found(tmp_path, body)
    assert [fact.text for fact in facts] == [
        "Zorg ervoor dat niemand langer dan drie maanden in de noodopvang verblijft.",
        "Bied alle kinderen binnen vier weken onderwijs aan."]
    assert stances(facts) == ["rejected", "already"]


def test_bullets_that_name_their_addressee_and_list_two_imperatives(tmp_path: Path) -> None:
    body = ("De Rekenkamer richt haar aanbevelingen aan twee partijen:\n"
            "– aan de minister: verbeter de sturing door doelen te formuleren, en zorg dat het toezicht ook de "
            "lessen omvat;\n"
            "– aan de gemeenten: betrek inburgeraars vroegtijdig bij re-integratie.\n\n"
            "Ik neem de aanbevelingen over.\n")
    facts = found(tmp_path, body)
    assert [(fact.text, fact.addressee) for fact in facts] == [
        ("verbeter de sturing door doelen te formuleren", "minister"),
        ("zorg dat het toezicht ook de lessen omvat", "minister"),
        ("betrek inburgeraars vroegtijdig bij re-integratie", "gemeenten")]


def test_a_series_of_three_om_clauses_gives_three_measures_and_a_purpose_clause_none() -> None:
    from kg.extract.recommendations import split_measures
    assert [text for _, text in split_measures(
        "eerst contact op te nemen met de burger, om de beslagvrije voet te respecteren en om vaker kwijt te schelden")
    ] == ["eerst contact op te nemen met de burger", "de beslagvrije voet te respecteren", "vaker kwijt te schelden"]
    assert [text for _, text in split_measures("de toetsing te verscherpen, om zo de kwaliteit te verbeteren")] == [
        "de toetsing te verscherpen, om zo de kwaliteit te verbeteren"]


def test_a_fronted_addressee_before_the_author_asks(tmp_path: Path) -> None:
    body = ("De ombudsman doet vijf aanbevelingen. Aan mij vraagt de ombudsman de regels voor kwijtschelding te "
            "verruimen. Aan mij vraagt het lid Jansen de wet te wijzigen.\n")
    facts = found(tmp_path, body)
    assert [fact.text for fact in facts] == ["de regels voor kwijtschelding te verruimen"]


# ---- a numbered label with its addressee in brackets, the text on the line after it

def test_a_label_with_its_addressee_in_brackets(tmp_path: Path) -> None:
    body = ("De inspectie doet in haar rapport drie aanbevelingen.\n\n"
            "Aanbeveling 1 (aan gemeenten en jeugdhulpaanbieders)\n"
            "Zorg voor een actueel overzicht van de beschikbare plekken in de regio.\n\n"
            "Reactie\nDeze aanbeveling onderschrijf ik.\n\n"
            "Aanbeveling 2 (aan de Minister van VWS)\n"
            "Stel een landelijke norm vast voor de wachttijd tot het eerste gesprek.\n\n"
            "Reactie\nEen landelijke norm acht ik niet wenselijk.\n\n"
            "Aanbeveling 3 (aan jeugdhulpaanbieders)\n"
            "Betrek ervaringsdeskundigen bij de evaluatie van incidenten.\n\n"
            "Reactie\nDaar kan ik nu nog geen standpunt over innemen.")
    facts = found(tmp_path, body)
    assert [fact.text for fact in facts] == [
        "Zorg voor een actueel overzicht van de beschikbare plekken in de regio.",
        "Stel een landelijke norm vast voor de wachttijd tot het eerste gesprek.",
        "Betrek ervaringsdeskundigen bij de evaluatie van incidenten."]
    assert [fact.addressee for fact in facts] == ["gemeenten en jeugdhulpaanbieders", "Minister van VWS",
                                                  "jeugdhulpaanbieders"]
    assert stances(facts) == ["accepted", "rejected", "noted"]


# ---- after a table of recommendations, 'Aanbeveling 2. ...' explains the answer to row 2: no new recommendation

TABLE = ("De raad doet drie aanbevelingen. Het overzicht hieronder geeft ze met de reactie van het kabinet.\n\n"
         "Nr. | Aanbeveling | Reactie kabinet\n"
         "1 | Maak valpreventie tot een speerpunt van het beleid. | Overgenomen.\n"
         "2 | Financier een landelijke screening door huisartsen. | Gedeeltelijk overgenomen.\n"
         "3 | Neem beweegprogramma's op in het basispakket. | Niet overgenomen.\n\n"
         "Toelichting\n\n")


def test_notes_on_the_rows_of_a_table_are_no_recommendations(tmp_path: Path) -> None:
    body = TABLE + ("Aanbeveling 2. De raad stelt een screening voor bij alle ouderen. Een screening van de hele groep "
                    "legt echter een zwaar beslag op de huisartsen.\n\n"
                    "Aanbeveling 3. Of een programma tot het pakket gaat behoren, is een vraag voor het Zorginstituut.")
    facts = found(tmp_path, body)
    assert len(facts) == 3, [fact.text for fact in facts]
    assert stances(facts) == ["accepted", "partially", "rejected"]


def test_a_labelled_imperative_after_a_table_is_still_a_recommendation(tmp_path: Path) -> None:
    """Near miss: a second report's own 'Aanbeveling 2' in the imperative after the first report's table."""
    body = TABLE + ("Het tweede rapport, van de ombudsman, bevat twee aanbevelingen.\n\n"
                    "Aanbeveling 2. Informeer ouderen actief over de valrisico's in huis.\n\n"
                    "Deze aanbeveling neem ik over.")
    facts = found(tmp_path, body)
    assert "Informeer ouderen actief over de valrisico's in huis." in [fact.text for fact in facts]


# ---- answered by theme under headings naming the recommendations in brackets

def test_answers_under_a_theme_heading_naming_the_recommendations(tmp_path: Path) -> None:
    body = ("Het rapport bevat vier aanbevelingen, die ik hieronder kort weergeef:\n"
            "a. breng per eenheid de onvervulde functies in kaart;\n"
            "b. voer een exitonderzoek uit onder alle vertrekkers;\n"
            "c. maak wisselingen tussen functies eenvoudiger;\n"
            "d. stel voor reservisten een opkomstplicht in.\n\n"
            "Ik bespreek de aanbevelingen hieronder per thema.\n\n"
            "Informatie (aanbeveling a)\n\n"
            "Aanbeveling a neem ik over. Vanaf volgend jaar rapporteer ik per eenheid.\n\n"
            "Behoud en loopbaan (aanbevelingen b, c en d)\n\n"
            "Aanbeveling b is al in gang gezet. Aanbeveling c neem ik gedeeltelijk over. "
            "Een opkomstplicht acht ik niet wenselijk.")
    facts = found(tmp_path, body)
    assert len(facts) == 4, [fact.text for fact in facts]
    assert stances(facts) == ["accepted", "already", "partially", "rejected"]


# ---- the answer in the recommendation's own sentence after ', maar'; an appositive after 'Naar de vierde ...'

@pytest.mark.parametrize("body, texts, answers", [
    ("De ombudsman doet twee aanbevelingen. Zijn eerste aanbeveling is om ouders tijdig te waarschuwen; die "
     "aanbeveling neem ik over. Daarnaast beveelt de ombudsman aan een terugvordering automatisch te spreiden over "
     "twee jaar, maar dat is in de praktijk al staand beleid.",
     ["ouders tijdig te waarschuwen", "een terugvordering automatisch te spreiden over twee jaar"],
     ["accepted", "already"]),
    ("De ombudsman doet drie aanbevelingen. Naar de derde aanbeveling, de toeslag per maand te berekenen in plaats "
     "van per jaar, heeft het kabinet zorgvuldig gekeken; die aanbeveling deel ik niet.",
     ["de toeslag per maand te berekenen in plaats van per jaar"], ["rejected"]),
])
def test_an_answer_in_the_recommendations_own_sentence(tmp_path: Path, body: str, texts: list[str],
                                                       answers: list[str]) -> None:
    facts = found(tmp_path, body)
    assert [fact.text for fact in facts] == texts
    assert stances(facts) == answers


# ---- the report's advice by its possessive; the addressees as the subject who get a recommendation

@pytest.mark.parametrize("body, texts, addressee", [
    ("De onderzoekers hebben de regeling geëvalueerd. Hun advies aan mij is om de norm te verhogen naar zestien uur.",
     ["de norm te verhogen naar zestien uur"], None),
    ("De commissie heeft haar werk afgerond. Haar belangrijkste advies luidt dat gemeenten de toegang verbreden.",
     ["gemeenten de toegang verbreden"], None),
    ("Het bureau heeft de regeling geëvalueerd. Schoolbesturen krijgen van de onderzoekers de aanbeveling om een "
     "warme overdracht te organiseren.", ["een warme overdracht te organiseren"], "Schoolbesturen"),
])
def test_a_possessive_advice_and_a_recommendation_received(tmp_path: Path, body: str, texts: list[str],
                                                          addressee: str | None) -> None:
    facts = found(tmp_path, body)
    assert [fact.text for fact in facts] == texts
    assert facts[0].addressee == addressee


@pytest.mark.parametrize("body", [
    "Mijn advies aan gemeenten is om de norm te verhogen.",  # the government's own advice
    "Het wetsvoorstel wordt voor advies aan de Raad van State voorgelegd. Zijn advies volgt in het voorjaar.",
    "Scholen krijgen van mij de ruimte om de norm zelf te bepalen.",
])
def test_near_misses_of_a_possessive_advice(tmp_path: Path, body: str) -> None:
    assert found(tmp_path, body) == []


@pytest.mark.parametrize("body, texts", [
    ("De ACVZ heeft haar advies uitgebracht. In de eerste plaats adviseert de ACVZ de beslistermijn niet langer "
     "standaard te verlengen.", ["de beslistermijn niet langer standaard te verlengen"]),
    ("De ACVZ heeft haar advies uitgebracht. Aan de Minister van Buitenlandse Zaken richt de ACVZ de aanbeveling de "
     "capaciteit op de ambassades in Addis Abeba, Khartoem en Beiroet uit te breiden.",
     ["de capaciteit op de ambassades in Addis Abeba, Khartoem en Beiroet uit te breiden"]),
])
def test_an_author_after_a_leading_phrase_and_a_recommendation_directed(tmp_path: Path, body: str,
                                                                       texts: list[str]) -> None:
    facts = found(tmp_path, body)
    assert [fact.text for fact in facts] == texts
    if body.count("Aan de Minister"):
        assert facts[0].addressee == "Minister van Buitenlandse Zaken"


def test_lists_under_headings_that_name_their_addressee_with_a_repeated_answer_heading(tmp_path: Path) -> None:
    """'Aanbevelingen aan X' over numbered imperatives, then 'Mijn reactie' over the answers: the repeated answer
    heading is no page furniture, and each item takes the heading's addressee and its own answer."""
    body = ("Hierbij zend ik u het rapport van de Inspectie over de opvang.\n"
            "Aanbevelingen aan de Staatssecretaris\n"
            "1. Zorg voor voldoende kleine opvangplekken in de regio.\n"
            "2. Leg vast hoe de opvang en de voogdij de begeleiding verdelen.\n"
            "Mijn reactie\n"
            "Aanbeveling 1 neem ik over. Voor aanbeveling 2 geldt dat de afspraken al in 2019 zijn vastgelegd.\n"
            "Aanbevelingen aan het COA\n"
            "3. Registreer vermissingen op een eenduidige wijze.\n"
            "4. Betrek jongeren bij de beoordeling van de opvang.\n"
            "Mijn reactie\n"
            "Aanbeveling 3 wordt door het COA volledig overgenomen. Aanbeveling 4 acht ik niet wenselijk.\n")
    facts = found(tmp_path, body)
    assert [fact.text for fact in facts] == [
        "Zorg voor voldoende kleine opvangplekken in de regio.",
        "Leg vast hoe de opvang en de voogdij de begeleiding verdelen.",
        "Registreer vermissingen op een eenduidige wijze.",
        "Betrek jongeren bij de beoordeling van de opvang."]
    assert [fact.addressee for fact in facts] == ["Staatssecretaris", "Staatssecretaris", "COA", "COA"]
    assert stances(facts) == ["accepted", "already", "accepted", "rejected"]
