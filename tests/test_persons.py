"""Persons: members of parliament with their party, officials with their role, titled names, near-misses."""
from __future__ import annotations

import pytest
from test_organisations import letter_of

from conftest import EXTRA, sample
from kg.domain.model import PersonMention
from kg.engine import read_document
from kg.extract.persons import find_persons, run
from kg.read.ingest import read_letter


def persons(body: str, head: str | None = None) -> dict[str, tuple[str | None, str | None]]:
    """name -> (role, party) for a hand-made letter, organisations read first as the pipeline does."""
    from kg.extract import organisations
    document = letter_of(body) if head is None else letter_of(body, head)
    facts = organisations.run(document, ())
    return {f.name: (f.role, f.party) for f in run(document, facts) if isinstance(f, PersonMention)}


def test_member_with_party():
    assert persons("Op verzoek van het lid Gesthuizen (SP) zeg ik dit toe.") == {
        "Gesthuizen": ("lid van de Tweede Kamer", "sp")}


def test_several_members_and_particles():
    found = persons("De motie van de leden Ploumen, Van der Staaij en Jetten is aangenomen.")
    assert set(found) == {"Ploumen", "Van der Staaij", "Jetten"}


def test_motion_of_a_member_c_s_and_hyphenated_motion():
    found = persons("Ik verwijs naar de motie van het lid Omtzigt c.s. en de motie-Becker.")
    assert set(found) == {"Omtzigt", "Becker"}


def test_members_in_capitals_inside_a_footnote_title():
    found = persons("Zie de moties.\n\nMOTIE VAN DE LEDEN PLOUMEN EN VAN DER STAAIJ, voorgesteld 19 januari 2021.")
    assert set(found) == {"Ploumen", "Van der Staaij"}


def test_member_of_the_eerste_kamer_in_a_letter_to_it():
    head = "Aan de Voorzitter van de Eerste Kamer der Staten-Generaal\n\nDen Haag, 1 juli 2019\n\n"
    assert persons("Het lid Nicolaï stelde een vraag.", head=head) == {"Nicolaï": ("lid van de Eerste Kamer", None)}


def test_senators_are_members_of_the_eerste_kamer_in_any_letter():
    found = persons("De senatoren Nicolaï (PvdD) en Dittrich (D66) vroegen naar de verhouding. De senator "
                    "Van der Voort (D66) vroeg om een toelichting. Senator Jansen stelde een vraag.")
    assert found == {"Nicolaï": ("lid van de Eerste Kamer", "pvdd"), "Dittrich": ("lid van de Eerste Kamer", "d66"),
                     "Van der Voort": ("lid van de Eerste Kamer", "d66"), "Jansen": ("lid van de Eerste Kamer", None)}


def test_authors_cited_in_brackets_after_a_title_or_with_e_a():
    found = persons("In het rapport «Weidegang in Nederland» (Van den Pol-van Dasselaar, De Haan en Philipsen) staat "
                    "dit. Uit het onderzoek 'Recidive in Nederland' (Wartna e.a., 2011) blijkt dat. Zie ook "
                    "(De Vries et al., 2019) en de studie «Zorg op afstand» (Bakker, 2020).")
    assert set(found) == {"Van den Pol-van Dasselaar", "De Haan", "Philipsen", "Wartna", "De Vries", "Bakker"}


@pytest.mark.parametrize("sentence", [
    "De conferentie (Parijs, 2015) was een succes.",  # a place and a year, after no title
    "In twee provincies (Groningen en Drenthe) loopt een proef.",  # names in brackets after no title
    "Het rapport «Nederland in 2030» (CPB, 2010) verscheen in maart.",  # a body, not a person
    "Zie het overzicht «Aanvragen per maand» (Bijlage).",  # one word after a title, without a year
])
def test_brackets_that_cite_no_authors(sentence):
    assert persons(sentence) == {}


def test_officials_with_role_before_and_after():
    found = persons("Ik sprak met waarnemend hoofddirecteur van de IND, mevrouw Roelofs, en met "
                    "de heer Ter Heerdt, directeur Migratiebeleid.")
    assert found["Roelofs"][0] == "waarnemend hoofddirecteur van de IND"
    assert found["Ter Heerdt"][0] == "directeur Migratiebeleid"


def test_role_of_coordinated_officials_is_not_smeared():
    found = persons("Er is gesproken met de directeur mevrouw Keunen en de bestuursvoorzitter de heer Peters "
                    "van het iMMO.")
    assert found["Keunen"][0] == "directeur"
    assert found["Peters"][0] == "bestuursvoorzitter van het iMMO"


def test_given_names_and_titles():
    found = persons("Ik heb de heer Harry Paul benoemd en mevrouw Ella Kalsbeek. Commissaris Malmström reageert.")
    assert set(found) == {"Harry Paul", "Ella Kalsbeek", "Malmström"}
    assert found["Malmström"][0] == "Commissaris"


@pytest.mark.parametrize("sentence", [
    "Ik heb de minister van Buitenlandse Zaken gevraagd om een ambtsbericht.",
    "De Staatssecretaris van Justitie en Veiligheid zal de Kamer informeren.",
    "Het lid van de commissie sprak in Den Haag.",
    "In het overleg met Hoofd IND is dit besproken.",
    "De leden van de Raad van Toezicht hebben hun functie neergelegd.",
    "De senatoren van de Eerste Kamer hebben vragen gesteld.",
    "De senator van de fractie sprak.",
    "MOTIE VAN DE LEDEN",
    "Het kabinet en de advocatuur spraken met de heer.",
])
def test_near_misses_do_not_fire(sentence):
    assert persons(sentence) == {}


def test_post_mentions_are_kept_apart_from_named_persons():
    from kg.extract import organisations
    from kg.extract.persons import find_posts
    document = letter_of("De Staatssecretaris van Justitie en Veiligheid en de minister van Buitenlandse Zaken "
                         "spraken. De Staatssecretaris zegt dit toe; de minister niet.")
    posts = [(role, key) for _, role, key in find_posts(document)]
    # the bare 'de Staatssecretaris' is the signatory's own post; a bare 'de minister' is not known
    assert posts == [("Staatssecretaris van Justitie en Veiligheid", "staatssecretaris-van-justitie-en-veiligheid"),
                     ("minister van Buitenlandse Zaken", "minister-van-buitenlandse-zaken"),
                     ("Staatssecretaris", "staatssecretaris-van-justitie-en-veiligheid")]
    assert not [f for f in run(document, organisations.run(document, ())) if isinstance(f, PersonMention)]


def test_signatory_is_not_emitted_again():
    assert persons("Ik informeer u graag.") == {}


def test_sample_letters():
    def names(prefix: str) -> set[str]:
        return {f.name for f in read_document(read_letter(sample(prefix))).of(PersonMention)}
    assert names("000") == {"Gesthuizen", "Keunen", "Peters"}
    assert names("004") == {"Kuzu", "Ploumen", "Jetten", "Omtzigt", "Roelofs", "Ter Heerdt"}
    assert names("002") == {"Becker"}
    assert names("001") == set() and names("003") == set()


def test_sample_member_party_and_evidence():
    extraction = read_document(read_letter(sample("002")))
    (becker,) = extraction.of(PersonMention)
    assert becker.party == "vvd" and becker.role == "lid van de Tweede Kamer"
    assert becker.evidence.exact == "Becker" and becker.evidence.extractor == "persons.v1"


@pytest.mark.skipif(not EXTRA.is_dir(), reason="extra corpus not present")
def test_extra_letters():
    extraction = read_document(read_letter(EXTRA / "kst-33042-12.txt"))
    assert {(f.given_name, f.family_name) for f in extraction.of(PersonMention)} == {
        ("Harry", "Paul"), ("Ella", "Kalsbeek")}
    document = read_document(read_letter(EXTRA / "kst-30573-92.txt")).document
    assert {p.name for p in find_persons(document)} == {"Malmström"}


def test_a_portfolio_after_a_title_is_not_a_person():
    found = persons("Ik schrijf mede namens de Staatssecretaris Jeugd, Preventie en Sport en minister Hoekstra.")
    assert set(found) == {"Hoekstra"}


# ---------------------------------------------------------------- probes: letters of other ministries

@pytest.mark.parametrize("body,name,role", [
    ("Het onderzoek stond onder leiding van professor Braun.", "Braun", None),
    ("Prof. dr. C.H.J.M. Braun heeft het rapport aangeboden.", "C.H.J.M. Braun", None),
    ("Volgens mr. dr. P.J. van der Meer is dit mogelijk.", "P.J. van der Meer", None),
    ("Ook dr. Fraussen was aanwezig.", "Fraussen", None),
    ("Hoogleraar Bovens heeft geadviseerd.", "Bovens", "Hoogleraar"),
    ("Ik sprak met commissaris van de Koning Jansen over de opvang.", "Jansen", "Commissaris van de Koning"),
    ("Gedeputeerde Pieters van de provincie Utrecht heeft gereageerd.", "Pieters", "Gedeputeerde"),
    ("Ik heb dit besproken met minister-president Rutte.", "Rutte", "Minister-president"),
    ("De Minister van Financiën, Hoekstra, heeft ingestemd.", "Hoekstra", "Minister van Financiën"),
    ("De minister van Infrastructuur en Waterstaat, mevrouw Harbers, is betrokken.", "Harbers",
     "minister van Infrastructuur en Waterstaat"),
    ("Het onderzoek van J. de Vries en K. Pietersen laat dit zien.", "K. Pietersen", None),
    ("Zie het artikel van C. Braun en B. Fraussen over toezicht.", "C. Braun", None),
    ("De heer Van Dam, directeur van Deltares, gaf een toelichting.", "Van Dam", "directeur van Deltares"),
    ("Burgemeester Halsema heeft gereageerd.", "Halsema", "Burgemeester"),
])
def test_persons_named_in_letters_of_other_ministries(body, name, role):
    found = persons(body)
    assert name in found, found
    assert found[name][0] == role


@pytest.mark.parametrize("sentence", [
    "In bijlage A. Overzicht van maatregelen staat een lijst.",
    "Zie ook onderdeel B. Financiën van deze brief.",
    "Het eiland St. Maarten valt hierbuiten.",
    "N.B. Dit overzicht is voorlopig.",
    "Ook hoogleraar Strafrecht aan de universiteit was aanwezig.",
    "De minister van Financiën, Defensie en Buitenlandse Zaken hebben overlegd.",
    "De Staatssecretaris van Financiën, Toeslagen en Douane zal uw Kamer informeren.",
    "De professor heeft dit onderzocht.",
])
def test_probe_near_misses_name_no_person(sentence):
    assert persons(sentence) == {}


def test_a_title_is_not_a_role():
    assert all(role not in ("Dr.", "Prof.", "Professor", "Mr.") for role, _ in persons(
        "Dr. Jansen, prof. Pietersen en professor Klaassen spraken.").values())


def test_the_name_after_a_post_stays_out_of_the_post():
    from kg.extract.persons import find_posts
    document = letter_of("De Minister van Financiën, Hoekstra, heeft ingestemd met de Minister van Onderwijs, "
                         "Cultuur en Wetenschap.")
    assert [role for _, role, _ in find_posts(document)] == [
        "Minister van Financiën", "Minister van Onderwijs, Cultuur en Wetenschap"]


# ---------------------------------------------------------------- held-out probes (tests/data/probes/orgs)

@pytest.mark.parametrize("body,name,role", [
    ("De Raad werd voorgezeten door de Hoge Vertegenwoordiger van de Unie voor buitenlandse zaken en "
     "veiligheidsbeleid, Josep Borrell.", "Josep Borrell",
     "Hoge Vertegenwoordiger van de Unie voor buitenlandse zaken en veiligheidsbeleid"),
    ("De Raad sprak met de Oekraïense minister van Buitenlandse Zaken, Dmytro Koeleba, over de steun.",
     "Dmytro Koeleba", "Oekraïense minister van Buitenlandse Zaken"),
    ("Het lid De Nerée tot Babberich (CDA) heeft gevraagd naar de kosten.", "De Nerée tot Babberich",
     "lid van de Tweede Kamer"),
])
def test_persons_of_the_held_out_probes(body, name, role):
    found = persons(body)
    assert name in found, found
    assert found[name][0] == role


@pytest.mark.parametrize("sentence", [
    "De minister van Buitenlandse Zaken, Defensie en Financiën, Justitie en Veiligheid hebben overlegd.",
    "Dit is besproken met de minister van Financiën, De Nederlandsche Bank en de AFM.",
    "Ik heb dit met de president, Verenigde Naties en de Europese Unie besproken.",
])
def test_an_office_before_a_list_of_bodies_names_no_person(sentence):
    assert persons(sentence) == {}


# ---------------------------------------------------------------- held-out probes (tests/data/probes/persons)

@pytest.mark.parametrize("body,name,role", [
    ("Het lid Jasper van Dijk (SP) vroeg of de onderzoeksraad betrokken wordt.", "Jasper van Dijk",
     "lid van de Tweede Kamer"),
    ("De Commandant der Strijdkrachten, generaal Tom Middendorp, heeft mij dit laten weten.", "Tom Middendorp",
     "Generaal"),
    ("De commissie bestond uit mevrouw drs. Anne Marie van Dijk-Verhoeven en anderen.",
     "Anne Marie van Dijk-Verhoeven", None),
    ("Hij heeft de heer Mahamat Saleh Annadif gesproken.", "Mahamat Saleh Annadif", None),
    ("Onlangs sprak ik met burgemeester Ahmed Aboutaleb van Rotterdam over ondermijning.", "Ahmed Aboutaleb",
     "Burgemeester van Rotterdam"),
    ("Ik sprak met premier Rhuggenaath van Curaçao.", "Rhuggenaath", "Premier van Curaçao"),
    ("Ik sprak met burgemeester Halsema.", "Halsema", "Burgemeester"),
    ("De ministers spraken met de heer Riyad al-Maliki over de situatie.", "Riyad al-Maliki", None),
])
def test_given_and_family_names_after_a_title_or_member(body, name, role):
    found = persons(body)
    assert name in found, found
    assert found[name][0] == role
    assert len(found) == 1, found


@pytest.mark.parametrize("sentence,names", [
    ("De leden Bruins Slot en Van Gerven hebben een motie ingediend.", {"Bruins Slot", "Van Gerven"}),
    ("Het lid De Nerée tot Babberich (CDA) vroeg dit.", {"De Nerée tot Babberich"}),
    ("Dit vroeg het lid Omtzigt\nDe minister antwoordde.", {"Omtzigt"}),
    ("Het directoraat-generaal Migratie en de secretaris-generaal Vreemdelingenzaken overleggen.", set()),
    ("De regeling Generaal Pardon is afgerond.", set()),
])
def test_given_names_stop_at_the_line_and_the_particle(sentence, names):
    assert set(persons(sentence)) == names


@pytest.mark.parametrize("sentence,names", [
    ("De commissie stond onder voorzitterschap van mr. F. Korthals Altes.", {"F. Korthals Altes"}),
    ("Ik heb hierover met E.M.H. Hirsch Ballin gesproken.", {"E.M.H. Hirsch Ballin"}),
    ("Het rapport van A.B. Jansen Tuin en C. de Wit is verschenen.", {"A.B. Jansen Tuin", "C. de Wit"}),
    # near misses: a body, a place or a closing after the name on its line is no part of it
    ("Het advies van prof. dr. J. Smit Universiteit Leiden volgt.", {"J. Smit"}),
    ("Volgens J.P. Balkenende Den Haag is dit zo.", {"J.P. Balkenende"}),
    ("Zie C.H.J.M. Braun en B. Fraussen, Leiden 2020.", {"C.H.J.M. Braun", "B. Fraussen"}),
])
def test_a_family_name_of_two_words_after_initials(sentence, names):
    assert set(persons(sentence)) == names


@pytest.mark.parametrize("sentence,name,role", [
    # a given name alone before 'van': the 'van' belongs to the family name
    ("Ik sprak met burgemeester Jan van Zanen over de opvang.", "Jan van Zanen", "Burgemeester"),
    ("Minister Karien van Gennip sprak de Kamer toe.", "Karien van Gennip", "Minister"),
    # near misses: a family name (or given and family name) before 'van' and a place after it
    ("Ik sprak met premier Rhuggenaath van Curaçao.", "Rhuggenaath", "Premier van Curaçao"),
    ("Ik sprak met burgemeester Ina Adema van Lelystad.", "Ina Adema", "Burgemeester van Lelystad"),
])
def test_a_given_name_before_van_keeps_the_family_name_whole(sentence, name, role):
    assert persons(sentence) == {name: (role, None)}


@pytest.mark.parametrize("sentence,name,role", [
    ("De burgemeester van Rotterdam, Ahmed Aboutaleb, was aanwezig.", "Ahmed Aboutaleb", "burgemeester van Rotterdam"),
    ("De voorzitter van de Raad van State, Thom de Graaf, heeft gesproken.", "Thom de Graaf",
     "voorzitter van de Raad van State"),
    ("Ik sprak met de directeur van de IND, Jan Jansen, over de achterstanden.", "Jan Jansen", "directeur van de IND"),
])
def test_a_local_or_body_office_and_then_its_holder_between_commas(sentence, name, role):
    assert persons(sentence)[name][0] == role


@pytest.mark.parametrize("sentence", [
    "De voorzitter van de commissie, Justitie en Veiligheid, heeft gesproken.",  # a portfolio, no name
    "De burgemeester van Utrecht, de politie en het OM werken samen.",
])
def test_an_office_before_a_list_names_no_holder(sentence):
    assert persons(sentence) == {}


def test_a_party_in_brackets_after_a_titled_name():
    assert persons("De heer Klaver (GroenLinks-PvdA) vroeg naar de stand. Mevrouw Bikker (ChristenUnie) ook.") == {
        "Klaver": ("lid van de Tweede Kamer", "gl-pvda"), "Bikker": ("lid van de Tweede Kamer", "christenunie")}
    # a bracket that holds no party adds nothing
    assert persons("De heer Jansen (zie bijlage) vroeg naar de stand.") == {"Jansen": (None, None)}



@pytest.mark.parametrize("sentence, name", [
    ("Het Aanjaagteam, onder leiding van Emile Roemer, beval dit aan.", "Emile Roemer"),
    ("Onder voorzitterschap van Tom de Bruijn vergaderde de raad over de begroting.", "Tom de Bruijn"),
])
def test_the_chair_of_a_body_by_given_and_family_name(sentence, name):
    assert persons(sentence) == {name: ("voorzitter", None)}


@pytest.mark.parametrize("sentence", [
    "Onder leiding van Rijkswaterstaat Zee en Delta wordt gewerkt aan de dijken.",  # a body
    "Onder leiding van Den Haag werken de gemeenten samen.",  # a place
])
def test_a_body_or_place_that_leads_is_no_person(sentence):
    assert persons(sentence) == {}


@pytest.mark.parametrize("sentence, name", [
    ("De motie van het lid Dekkers-van Loon (CDA) verzoekt de regering de kosten te onderzoeken.", "Dekkers-van Loon"),
    ("Mevrouw Hamer-van der Meer sprak namens de commissie.", "Hamer-van der Meer"),
    ("De motie van het lid Van Dijk-Verhoeven (PvdA) is aangenomen.", "Van Dijk-Verhoeven"),
])
def test_a_married_name_with_particles_after_its_hyphen_is_one_family_name(sentence, name):
    from kg.domain.names import split_name
    assert name in persons(sentence)
    assert split_name(name).family == name and split_name(f"A. {name}").family == name


def _person_nouns() -> dict:
    from kg.domain import rules
    return rules.value("person_cues.json", "person_nouns", dict)


@pytest.mark.parametrize("sentence", _person_nouns()["examples"])
def test_a_given_and_family_name_after_what_the_person_is(sentence):
    found = persons(sentence + ".")
    assert len(found) == 1, found
    (role, _party), = found.values()
    assert role and role.lower() in sentence.lower()


@pytest.mark.parametrize("sentence", [not_.split(" (")[0] for not_ in _person_nouns()["not"]])
def test_what_a_person_is_before_no_given_and_family_name_names_no_one_by_it(sentence):
    assert all(name not in ("Verwey-Jonker Instituut", "Greenpeace Nederland", "Mensenrechten", "Multatuli")
               for name in persons(sentence + "."))


@pytest.mark.parametrize("body, expected", [
    ("Nr. | Toezegging | Lid\n1 | Een overzicht van de wachttijden | Kuipers (PVV)\n2 | Een brief | Van der Plas (BBB)",
     {"Kuipers": ("lid van de Tweede Kamer", "pvv"), "Van der Plas": ("lid van de Tweede Kamer", "bbb")}),
    ("Volgens Klaver (GL) is dit onvoldoende.", {"Klaver": ("lid van de Tweede Kamer", "groenlinks")}),
    ("De vragen van Bosma (PVV) en Vos (VVD) zijn beantwoord.",
     {"Bosma": ("lid van de Tweede Kamer", "pvv"), "Vos": ("lid van de Tweede Kamer", "vvd")}),
])
def test_a_family_name_with_its_party_in_brackets_is_a_member(body, expected):
    assert persons(body) == expected


@pytest.mark.parametrize("body", [
    "De Partij van de Arbeid (PvdA) en de Partij voor de Dieren (PvdD) stemden tegen.",  # a party's own name
    "In Amsterdam (PvdA) en in Utrecht (GL) stemden de fracties voor.",  # a place after 'in'
    "Ook GroenLinks (GL) en Forum voor Democratie (FvD) stemden tegen.",
    "De uitkomst (zie bijlage) is bekend, net als de Kamer (TK).",       # no party in the brackets
])
def test_no_member_from_a_party_or_place_before_brackets(body):
    assert persons(body) == {}


def test_gedeputeerde_staten_is_a_board_not_a_person():
    found = persons("De minister kan na overleg met Gedeputeerde Staten de locatie aanwijzen. Gedeputeerde Jansen "
                    "stemde in.")
    assert "Staten" not in found
    assert found["Jansen"][0] == "Gedeputeerde"
