"""Shapes: the sample graph conforms, and each shape rejects a graph broken where it looks."""
from __future__ import annotations

import pyoxigraph
import pytest

from kg.validation.validate import validate

PREFIXES = """
PREFIX kb: <https://w3id.org/kamerbrieven/def#>
PREFIX refkind: <https://w3id.org/kamerbrieven/def/reference-kind#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX ex: <https://example.org/x/>
"""


def in_letter_graph(update: str, graph: str) -> str:
    return update.replace("GRAPH ex:g", f"GRAPH <{graph}>")


# one valid instance of every claim kind, with evidence, added to the sample graph
CLAIMS = """
INSERT DATA { GRAPH ex:g {
  ex:ev a kb:Evidence ; oa:hasSource ?letter ; oa:hasSelector ex:q , ex:p ; kb:extractor "hand.v1" ; rdf:value "x" .
  ex:q a oa:TextQuoteSelector ; oa:exact "x" .
  ex:p a oa:TextPositionSelector ; oa:start 0 ; oa:end 1 .
  ex:report a kb:Report ; dcterms:title "Tijd voor kwaliteit" ; kb:hasRecommendation ex:rec .
  ex:rec a kb:Recommendation ; kb:recommendationText "Waarborg voldoende capaciteit." ; kb:inLetter ?letter ;
      kb:evidence ex:ev ; kb:response ex:resp .
  ex:resp a kb:Response ; kb:stance kb:accepted ; kb:evidence ex:ev .
  ex:commitment a kb:Commitment ; kb:commitmentText "Ik zal uw Kamer informeren." ; kb:evidence ex:ev ;
      kb:inLetter ?letter ; kb:dueDate "2022-06"^^xsd:gYearMonth .
  ex:ref a kb:Reference ; kb:referenceKind refkind:kamerstuk ; kb:referenceText "Kamerstuk 35 000 VI, nr. 116" ;
      kb:evidence ex:ev .
  ex:law a kb:LegalInstrument ; skos:prefLabel "Vreemdelingenwet 2000" .
  ex:event a kb:Event ; kb:eventKind "commissiedebat" ; kb:eventDate "2023-03-30"^^xsd:date ; kb:evidence ex:ev .
  ex:finding a kb:Finding ; rdf:value "De asielprocedure is niet gendersensitief." ; kb:evidence ex:ev .
  ex:org a org:Organization ; skos:prefLabel "Voorbeeldraad" ; kb:orgKind kb:other .
} }
"""

# shape -> (SPARQL update that breaks it, words of the message that must appear)
BREAKS = {
    "LetterShape identifier": ("DELETE { GRAPH ?g { ?l dcterms:identifier ?i } } "
                               "WHERE { GRAPH ?g { ?l a kb:Letter ; dcterms:identifier ?i } }",
                               "exactly one identifier"),
    "LetterShape date": ("DELETE { GRAPH ?g { ?l dcterms:date ?d } } "
                         "INSERT { GRAPH ?g { ?l dcterms:date \"gisteren\" } } "
                         "WHERE { GRAPH ?g { ?l a kb:Letter ; dcterms:date ?d } }", "xsd:date"),
    "LetterShape kenmerk": ("INSERT { GRAPH ?g { ?l kb:kenmerk \"45 85 180\" } } WHERE { GRAPH ?g { ?l a kb:Letter } }",
                            "without spaces"),
    "LetterShape kamerstuk": ("INSERT { GRAPH ?g { ?l kb:kamerstuk \"nr. 12\" } } "
                              "WHERE { GRAPH ?g { ?l a kb:Letter } }",
                              "dossier and the number"),
    "LetterShape source": ("DELETE { GRAPH ?g { ?l prov:wasDerivedFrom ?s } } "
                           "WHERE { GRAPH ?g { ?l a kb:Letter ; prov:wasDerivedFrom ?s } }",
                           "which source file"),
    "SourceFileShape": ("DELETE { GRAPH ?g { ?s kb:sha256 ?h } } INSERT { GRAPH ?g { ?s kb:sha256 \"abc\" } } "
                        "WHERE { GRAPH ?g { ?s kb:sha256 ?h } }", "64 hexadecimal digits"),
    "SignatureShape": ("DELETE { GRAPH ?g { ?s kb:signatory ?p } } WHERE { GRAPH ?g { ?s kb:signatory ?p } }",
                       "names exactly one person"),
    "PersonShape": ("DELETE { GRAPH ?g { ?p foaf:name ?n } } WHERE { GRAPH ?g { ?p foaf:name ?n } }",
                    "A person needs exactly one name"),
    "PostShape": ("DELETE { GRAPH ?g { ?p skos:prefLabel ?n } } "
                  "WHERE { GRAPH ?g { ?p a org:Post ; skos:prefLabel ?n } }",
                  "A post needs exactly one name"),
    "OrganisationShape": ("DELETE { GRAPH ex:g { ex:org kb:orgKind kb:other } } "
                          "INSERT { GRAPH ex:g { ex:org kb:orgKind kb:planet } } WHERE {}",
                          "one kind from the scheme"),
    "EvidenceShape": ("DELETE { GRAPH ex:g { ex:ev kb:extractor \"hand.v1\" } } "
                      "INSERT { GRAPH ex:g { ex:ev kb:extractor \"hand\" } } WHERE {}",
                      "names the extractor and its version"),
    "QuoteSelectorShape": ("DELETE { GRAPH ex:g { ex:q oa:exact \"x\" } } WHERE {}", "exactly one quote"),
    "PositionSelectorShape": ("DELETE { GRAPH ex:g { ex:p oa:start ?s } } "
                              "INSERT { GRAPH ex:g { ex:p oa:start \"begin\" } } "
                              "WHERE { GRAPH ex:g { ex:p oa:start ?s } }", "one start offset"),
    "ClaimEvidenceShape": ("DELETE { GRAPH ex:g { ex:commitment kb:evidence ex:ev } } WHERE {}", "needs its evidence"),
    "ReportShape": ("DELETE { GRAPH ex:g { ex:report dcterms:title ?t } } "
                    "WHERE { GRAPH ex:g { ex:report dcterms:title ?t } }",
                    "A report needs exactly one title"),
    "RecommendationShape": ("INSERT DATA { GRAPH ex:g { ex:rec kb:response ex:resp2 . ex:resp2 a kb:Response ; "
                            "kb:stance kb:rejected ; kb:evidence ex:ev } }", "at most one response"),
    "UnansweredRecommendationShape": ("INSERT DATA { GRAPH ex:g { ex:rec a kb:UnansweredRecommendation } }",
                                      "An unanswered recommendation has no response"),
    "ResponseShape": ("DELETE { GRAPH ex:g { ex:resp kb:stance kb:accepted } } "
                      "INSERT { GRAPH ex:g { ex:resp kb:stance kb:maybe } } WHERE {}",
                      "accepted, partially, rejected, already or noted"),
    "CommitmentShape": ("DELETE { GRAPH ex:g { ex:commitment kb:dueDate ?d } } "
                        "INSERT { GRAPH ex:g { ex:commitment kb:dueDate \"medio\" } } "
                        "WHERE { GRAPH ex:g { ex:commitment kb:dueDate ?d } }", "at most one due date"),
    "ReferenceShape": ("DELETE { GRAPH ex:g { ex:ref kb:referenceKind refkind:kamerstuk } } "
                       "INSERT { GRAPH ex:g { ex:ref kb:referenceKind refkind:tweet } } WHERE {}",
                       "A reference has one kind"),
    "LegalInstrumentShape": ("DELETE { GRAPH ex:g { ex:law skos:prefLabel ?n } } "
                             "WHERE { GRAPH ex:g { ex:law skos:prefLabel ?n } }",
                             "A legal instrument needs exactly one name"),
    "EventShape": ("DELETE { GRAPH ex:g { ex:event kb:eventKind ?k } } "
                   "WHERE { GRAPH ex:g { ex:event kb:eventKind ?k } }",
                   "An event has one kind"),
    "MentionShape": ("INSERT DATA { GRAPH ex:g { ex:m a kb:Mention ; "
                     "kb:mentionOf ex:org } }", "A mention belongs to exactly one letter"),
}


@pytest.fixture(scope="module")
def base_store(sample_build):
    store = pyoxigraph.Store()
    store.bulk_extend(sample_build.quads)
    letter = next(iter(store.quads_for_pattern(None, pyoxigraph.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                                                pyoxigraph.NamedNode("https://w3id.org/kamerbrieven/def#Letter")))).subject
    graph = next(iter(store.quads_for_pattern(letter, None, None))).graph_name
    # the claims go into the letter's own graph, as the build puts them
    store.update(PREFIXES +
                 CLAIMS.replace("?letter", f"<{letter.value}>").replace("GRAPH ex:g", f"GRAPH <{graph.value}>"))
    return store


def quads_of(store: pyoxigraph.Store) -> list[pyoxigraph.Quad]:
    return list(store.quads_for_pattern(None, None, None, None))


def test_the_sample_graph_conforms(sample_build):
    assert sample_build.report.conforms, sample_build.report.text()


def test_the_base_graph_with_one_claim_of_each_kind_conforms(base_store):
    report = validate(quads_of(base_store))
    assert report.conforms, report.text()


@pytest.mark.parametrize("shape", sorted(BREAKS))
def test_each_shape_rejects_a_broken_graph(base_store, shape):
    update, words = BREAKS[shape]
    store = pyoxigraph.Store()
    store.bulk_extend(quads_of(base_store))
    letter_graph = next(q.graph_name for q in store.quads_for_pattern(
        pyoxigraph.NamedNode("https://example.org/x/rec"), None, None))
    store.update(PREFIXES + in_letter_graph(update, letter_graph.value))
    report = validate(quads_of(store))
    assert not report.conforms, f"{shape} did not reject the broken graph"
    assert words in report.text(), report.text()


def test_an_unanswered_recommendation_without_a_response_conforms(base_store):
    """The letter gives no answer: the recommendation has no response and says so by its class."""
    store = pyoxigraph.Store()
    store.bulk_extend(quads_of(base_store))
    letter_graph = next(q.graph_name for q in store.quads_for_pattern(
        pyoxigraph.NamedNode("https://example.org/x/rec"), None, None))
    store.update(PREFIXES + in_letter_graph(
        "DELETE DATA { GRAPH ex:g { ex:rec kb:response ex:resp } } ;"
        "INSERT DATA { GRAPH ex:g { ex:rec a kb:UnansweredRecommendation } }", letter_graph.value))
    report = validate(quads_of(store))
    assert report.conforms, report.text()
