"""Resolve: one node per real organisation and person across letters; posts and who held them."""
from __future__ import annotations

from datetime import date

from pyoxigraph import NamedNode
from test_organisations import CLOSING, letter_of

from kg.domain.model import OrganisationMention, PersonMention, SignatoryFact
from kg.resolve.entities import post_holder, resolve
from kg.rdf.vocab import DEFAULT_BASE, FOAF, KB, RDF


def _subjects_of_type(quads, rdf_type) -> set[str]:
    return {q.subject.value for q in quads if q.predicate == RDF.type and q.object == rdf_type}


def _mentioned(quads) -> dict[str, set[str]]:
    """entity IRI -> the letter IRIs that mention it."""
    out: dict[str, set[str]] = {}
    for q in quads:
        if q.predicate == KB.mentions:
            out.setdefault(q.object.value, set()).add(q.subject.value)
    return out


def test_sample_build_has_one_node_for_the_ind_the_ministry_and_each_signatory(sample_build):
    quads = sample_build.quads
    mentioned = _mentioned(quads)
    org = DEFAULT_BASE + "org/"
    # the IND is mentioned in all five letters, under its acronym and two spellings of its name
    assert len(mentioned[org + "ind"]) == 5
    assert not [iri for iri in mentioned if iri.startswith(org) and "naturalisatie" in iri]
    # the ministry: one node, mentioned by the letters that name it, and the post of the signatories in it
    assert len(mentioned[org + "ministerie-jenv"]) == 2
    assert not [iri for iri in mentioned if iri.startswith(org) and "ministerie-van-justitie" in iri]
    posts_in = {q.object.value for q in quads if q.predicate.value.endswith("#postIn")}
    assert org + "ministerie-jenv" in posts_in
    # each signatory is one person, however the letters spell the name
    resolution = resolve(sample_build.extractions)
    signers = {resolution.person(f.person_key) for e in sample_build.extractions for f in e.of(SignatoryFact)}
    assert signers == {"a-broekers-knol", "e-van-der-burg", "f-teeven"}
    persons = _subjects_of_type(quads, FOAF.Person)
    assert {DEFAULT_BASE + "person/" + key for key in signers} <= persons
    assert not [p for p in persons if "broekers" in p and not p.endswith("/a-broekers-knol")]
    names = {q.object.value for q in quads if q.subject == NamedNode(DEFAULT_BASE + "person/a-broekers-knol")
             and q.predicate == FOAF.name}
    assert names == {"Ankie Broekers-Knol"}  # the fullest form of both spellings


def test_register_parents_and_former_names_are_described(sample_build):
    resolution = resolve(sample_build.extractions)
    orgs = resolution.organisations
    assert orgs["ind"].parent == "ministerie-jenv" and "ministerie-jenv" in orgs
    assert orgs["ministerie-venj"].successor == "ministerie-jenv"
    assert orgs["ministerie-jenv"].same_as == ("https://identifier.overheid.nl/tooi/id/ministerie/mnre1058",)
    for entity in orgs.values():  # every link points at a described organisation
        assert entity.parent is None or entity.parent in orgs
        assert entity.successor is None or entity.successor in orgs
    assert {"Immigratie en Naturalisatie Dienst", "Immigratiedienst", "Immigratie- en Naturalisatiedienst"} \
        <= set(orgs["ind"].aliases) | {orgs["ind"].name}


def _extraction(body: str):
    from kg.extract import extract
    return extract(letter_of(body))


def test_bare_family_name_joins_the_one_known_person():
    first = _extraction("Ik sprak met de heer Kees Gesthuizen over de zaak.")
    second = _extraction("Op verzoek van het lid Gesthuizen (SP) zeg ik dit toe.")
    resolution = resolve([first, second])
    (bare,) = second.of(PersonMention)
    assert resolution.person(bare.key) == "k-gesthuizen"
    assert resolution.persons["k-gesthuizen"].name == "Kees Gesthuizen"


def test_bare_family_name_stays_alone_when_two_people_share_it():
    letters = [_extraction("Ik sprak met de heer Kees Jansen."), _extraction("Ik sprak met mevrouw Anna Jansen."),
               _extraction("Het lid Jansen vroeg dit.")]
    resolution = resolve(letters)
    (bare,) = letters[2].of(PersonMention)
    assert resolution.person(bare.key) == "jansen"


def test_unknown_organisations_meet_on_their_acronym():
    first = _extraction("De Vereniging Migratierecht Juristen Oost (VMJO) schreef een bundel.")
    second = _extraction("De Vereniging van Migratierecht-Juristen Oost (VMJO) sprak met de IND.")
    resolution = resolve([first, second])
    keys = {resolution.organisation(f.key) for e in (first, second) for f in e.of(OrganisationMention)
            if f.acronym == "VMJO"}
    assert len(keys) == 1


def test_post_holder_from_dated_signatures():
    signatures = [(date(2019, 7, 1), "a-broekers-knol"), (date(2021, 7, 8), "a-broekers-knol"),
                  (date(2022, 5, 3), "e-van-der-burg"), (date(2023, 6, 22), "e-van-der-burg")]
    assert post_holder(signatures, date(2020, 3, 1)) == "a-broekers-knol"  # between two of her signatures
    assert post_holder(signatures, date(2023, 1, 1)) == "e-van-der-burg"
    assert post_holder(signatures, date(2023, 8, 1)) == "e-van-der-burg"  # close after the last one
    assert post_holder(signatures, date(2025, 1, 1)) is None  # too far from any signature
    assert post_holder([], date(2020, 1, 1)) is None


def test_role_mention_resolves_to_whoever_held_the_post():
    import hashlib
    from pathlib import Path

    from kg.read.clean import clean
    from kg.extract import extract
    from kg.domain.model import Letter, PostMention
    from kg.read.structure import structure

    signed = _extraction("Ik informeer u over de IND.")  # 1 juli 2019, signed by A. Broekers-Knol
    assert "A. Broekers-Knol" in CLOSING
    text = ("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 2 september 2019\n\n"
            "De Staatssecretaris van Justitie en Veiligheid heeft dit toegezegd.\n\n"
            "De Minister voor Migratie,\n\nJ. Jansen\n")
    letter = Letter(path=Path("other.txt"), text=text, sha256=hashlib.sha256(text.encode()).hexdigest(),
                    media_type="text/plain")
    mentioning = extract(structure(clean(letter)))
    (post,) = mentioning.of(PostMention)
    assert (post.post_key, post.date) == ("staatssecretaris-van-justitie-en-veiligheid", "2019-09-02")
    resolution = resolve([signed, mentioning])
    assert resolution.holder(post.post_key, post.date) == "a-broekers-knol"
    assert resolution.holder("minister-van-buitenlandse-zaken", post.date) is None


def test_entity_shapes_refuse_a_guessed_authority_link_and_accept_the_build(sample_build):
    from pyoxigraph import Quad

    from kg.validation.validate import validate
    from kg.rdf.vocab import OWL
    assert sample_build.report is not None and sample_build.report.conforms
    entities = next(q.graph_name for q in sample_build.entities)
    guessed = Quad(NamedNode(DEFAULT_BASE + "org/ind"), OWL.sameAs,
                   NamedNode("https://example.org/guessed/ind"), entities)
    report = validate(list(sample_build.quads) + [guessed])
    assert not report.conforms
    assert "verified TOOI identifiers" in report.text()
