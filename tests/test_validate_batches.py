"""Validation per batch of letters plus the shared nodes gives the whole-dataset report."""
from __future__ import annotations

import rdflib
import pytest
from pyoxigraph import Literal, NamedNode, Quad

from kg import validate as validation
from kg.validate import profile_of, shape_profile, validate, validate_whole
from kg.vocab import DCTERMS, FOAF, KB, SKOS
from rdflib.namespace import SH

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


ENGINE_SHAPES = PREFIXES + """
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
ex:S a sh:NodeShape ; sh:targetClass ex:C ;
  sh:property [ sh:path ex:date ; sh:maxCount 1 ; sh:datatype xsd:date ; sh:message "date" ] ;
  sh:property [ sh:path ex:code ; sh:minCount 1 ; sh:pattern "^[0-9a-f]{4}$" ; sh:message "code" ] ;
  sh:property [ sh:path ex:name ; sh:minLength 3 ; sh:datatype xsd:string ; sh:severity sh:Warning ; sh:message "name" ] ;
  sh:property [ sh:path ex:kind ; sh:in ( ex:a ex:b ) ; sh:message "kind" ] ;
  sh:property [ sh:path ex:link ; sh:nodeKind sh:IRI ; sh:class ex:D ; sh:message "link" ] ;
  sh:property [ sh:path ex:start ; sh:datatype xsd:integer ; sh:minInclusive 0 ; sh:message "start" ] ;
  sh:property [ sh:path ex:when ; sh:or ( [ sh:datatype xsd:date ] [ sh:datatype xsd:gYear ] ) ; sh:message "when" ] .
"""
ENGINE_DATA = """@prefix ex: <http://example.org/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:good a ex:C ; ex:date "2021-07-08"^^xsd:date ; ex:code "0a9f" ; ex:name "Teeven" ; ex:kind ex:a ;
  ex:link ex:d ; ex:start 0 ; ex:when "2021"^^xsd:gYear .
ex:d a ex:D .
ex:bad a ex:C ; ex:date "2021-13-08"^^xsd:date , "8 juli 2021" ; ex:name "F."@nl , "Al" ; ex:kind ex:c , "a" ;
  ex:link ex:good , "text" ; ex:start -1 , "3"^^xsd:decimal ; ex:when "2021-07"^^xsd:gYearMonth , "2021-07-08"^^xsd:date .
ex:worse a ex:C ; ex:code "ABCD" , "0a9f0" ; ex:link _:b ; ex:date "2021-02-30"^^xsd:date .
ex:other a ex:E ; ex:code "not checked" .
"""


def test_the_engine_gives_pyshacls_results_constraint_by_constraint():
    from pyoxigraph import RdfFormat, parse
    from pyshacl import validate as pyshacl_validate

    from kg import shacl

    shapes = rdflib.Graph().parse(data=ENGINE_SHAPES, format="turtle")
    checks = shacl.compile_shapes(shapes)
    assert checks is not None
    quads = list(parse(ENGINE_DATA.encode(), format=RdfFormat.TURTLE))
    ours = sorted((r.focus.rsplit("/", 1)[-1], r.message, r.severity) for r in shacl.run(checks, shacl.index(quads)))
    _, graph, _ = pyshacl_validate(validation.to_rdflib(quads), shacl_graph=shapes, inference="none",
                                   allow_warnings=True)
    theirs = sorted((str(graph.value(r, SH.focusNode)).rsplit("/", 1)[-1], str(graph.value(r, SH.resultMessage)),
                     str(graph.value(r, SH.resultSeverity)).rsplit("#", 1)[-1])
                    for r in graph.subjects(rdflib.RDF.type, SH.ValidationResult))
    assert ours == theirs
    assert not any(focus == "good" for focus, _, _ in ours)
    assert {message for focus, message, _ in ours if focus == "bad"} == {"date", "code", "name", "kind", "link",
                                                                         "start", "when"}


def test_shapes_the_engine_does_not_know_go_to_pyshacl():
    from kg import shacl

    unknown = PREFIXES + "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:hasValue ex:v ; sh:message 'm' ] ."
    silent = PREFIXES + "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minCount 1 ] ."
    assert shacl.compile_shapes(rdflib.Graph().parse(data=unknown, format="turtle")) is None
    assert shacl.compile_shapes(rdflib.Graph().parse(data=silent, format="turtle")) is None
    assert validation.compiled_shapes() is not None  # the shipped shapes run on the engine
