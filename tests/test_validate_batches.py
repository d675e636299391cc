"""Validation per batch of letters plus the shared nodes gives the whole-dataset report."""
from __future__ import annotations

import rdflib
import pytest
from pyoxigraph import Literal, NamedNode, Quad

from kg import validate as validation
from kg.validate import profile_of, shape_profile, validate, validate_whole
from kg.vocab import DCTERMS, FOAF, KB, RDF, SKOS

PREFIXES = """@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> ."""


def letter_graphs(quads):
    return sorted({q.graph_name for q in quads if "/graph/letter/" in q.graph_name.value}, key=lambda g: g.value)


def test_the_shipped_shapes_are_local_and_need_no_shacl_af():
    assert shape_profile() == validation.ShapeProfile(advanced=False, local=True)


def test_batches_equal_the_whole_dataset_on_the_samples(sample_build):
    batched, whole = validate(sample_build.quads), validate_whole(sample_build.quads)
    assert batched == whole
    assert batched.text() == whole.text()


def test_batches_of_one_letter_equal_the_whole_dataset(sample_build, monkeypatch):
    monkeypatch.setattr(validation, "BATCH_LETTERS", 1)
    assert validate(sample_build.quads) == validate_whole(sample_build.quads)


def broken(quads: list[Quad]) -> list[Quad]:
    """The samples with faults a letter batch sees, and faults only the whole dataset shows."""
    graphs = letter_graphs(quads)
    first, second = graphs[0], graphs[1]
    identifier = next(q for q in quads if q.graph_name == first and q.predicate == DCTERMS.identifier)
    person = next(q.object for q in quads if q.predicate == KB.signatory)
    post = next(q.subject for q in quads if q.object == NamedNode("http://www.w3.org/ns/org#Post"))
    out = [q for q in quads if q != identifier]  # a letter without its identifier
    # a person named differently in two letters: only the union has two foaf:name values
    out.append(Quad(person, FOAF.name, Literal("Een Andere Naam"), second))
    # a post with two labels, one in a letter graph, one in another
    out.append(Quad(post, SKOS.prefLabel, Literal("Tweede naam"), first))
    out.append(Quad(post, SKOS.prefLabel, Literal("Derde naam"), second))
    # a signature whose signatory is not a person, inside one letter
    signature = next(q.subject for q in quads if q.graph_name == second and q.predicate == KB.signatory)
    out.append(Quad(signature, KB.signatory, NamedNode("https://example.org/not-a-person"), second))
    return out


def test_batches_find_what_the_whole_dataset_finds_in_broken_data(sample_build, monkeypatch):
    data = broken(sample_build.quads)
    monkeypatch.setattr(validation, "BATCH_LETTERS", 2)
    batched, whole = validate(data), validate_whole(data)
    assert batched == whole
    assert not batched.conforms
    messages = [p.message for problems in batched.problems.values() for p in problems]
    assert "A letter needs exactly one identifier." in messages
    assert "A person needs exactly one name." in messages
    assert any("post needs exactly one name" in m for m in messages)
    assert "A signature names exactly one person." in messages


def test_a_cross_letter_fault_is_reported_under_the_first_letter_that_describes_the_node(sample_build):
    data = broken(sample_build.quads)
    report = validate(data)
    person = next(q.object for q in sample_build.quads if q.predicate == KB.signatory)
    owners = [letter for letter, problems in report.problems.items()
              if any(p.focus == person.value and p.message == "A person needs exactly one name." for p in problems)]
    assert owners == [validation._graph_of_subjects(data)[person.value]]


def test_shapes_that_reach_past_a_node_are_not_local():
    def profile(body: str):
        return profile_of(rdflib.Graph().parse(data=PREFIXES + body, format="turtle"))

    assert profile("ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .").local
    assert profile("""ex:S a sh:NodeShape ; sh:property [ sh:path ex:p ;
        sh:or ( [ sh:datatype xsd:date ] [ sh:datatype xsd:gYear ] ) ] .""").local
    assert not profile("ex:S a sh:NodeShape ; sh:property [ sh:path ex:p ; sh:node ex:T ] .").local
    assert not profile("ex:S a sh:NodeShape ; sh:property [ sh:path ( ex:p ex:q ) ; sh:minCount 1 ] .").local
    assert not profile("ex:S a sh:NodeShape ; sh:property [ sh:path [ sh:inversePath ex:p ] ; sh:maxCount 1 ] .").local
    assert not profile("""ex:S a sh:NodeShape ; sh:property [ sh:path ex:p ;
        sh:or ( [ sh:property [ sh:path ex:q ; sh:minCount 1 ] ] ) ] .""").local
    rule = profile("ex:S a sh:NodeShape ; sh:rule [ a sh:TripleRule ; sh:subject sh:this ] .")
    assert rule.advanced and not rule.local


def test_non_local_shapes_fall_back_to_one_call(sample_build, monkeypatch):
    calls = []
    monkeypatch.setattr(validation, "shape_profile", lambda: validation.ShapeProfile(advanced=False, local=False))
    real = validation._shacl
    monkeypatch.setattr(validation, "_shacl", lambda triples: calls.append(1) or real(triples))
    assert validate(sample_build.quads) == validate_whole(sample_build.quads)
    assert len(calls) == 2  # one for validate, one for validate_whole: no batches


@pytest.mark.parametrize("severity, conforms", [("Warning", True), ("Violation", False)])
def test_conforms_only_without_violations(severity, conforms):
    problem = validation.Problem(focus="urn:x", label=None, path=None, message="m", severity=severity)
    assert validation.report_of([("a", problem)]).conforms is conforms
