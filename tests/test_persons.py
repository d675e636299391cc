"""Persons: members of parliament with their party, officials with their role, titled names, near-misses."""
from __future__ import annotations

import pytest

from conftest import EXTRA, sample
from kg.extract.persons import find_persons, run
from kg.ingest import read_letter
from kg.model import PersonMention
from kg.pipeline import read_document
from test_organisations import letter_of


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
