"""Validation per batch of letters plus the entities once gives the whole-dataset report."""
from __future__ import annotations

import pytest
import rdflib
from pyoxigraph import Literal, NamedNode, Quad
from rdflib.namespace import SH

from kg.validation import validate as validation
from kg.validation.validate import profile_of, shape_profile, validate, validate_whole
from kg.rdf.vocab import DCTERMS, FOAF, KB, SKOS

PREFIXES = """@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> ."""


ENTITIES_GRAPH = "/graph/entities"
RDFS_SUBCLASS = NamedNode("http://www.w3.org/2000/01/rdf-schema#subClassOf")
RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


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


def entities_graph(quads: list[Quad]) -> NamedNode:
    return next(q.graph_name for q in quads if q.graph_name.value.endswith(ENTITIES_GRAPH))


def broken(quads: list[Quad]) -> list[Quad]:
    """The samples with faults in a letter graph and in the entities graph, each where kg puts such triples."""
    graphs = letter_graphs(quads)
    first, second = graphs[0], graphs[1]
    entities = entities_graph(quads)
    identifier = next(q for q in quads if q.graph_name == first and q.predicate == DCTERMS.identifier)
    person = next(q.object for q in quads if q.predicate == KB.signatory)
    post = next(q.subject for q in quads if q.object == NamedNode("http://www.w3.org/ns/org#Post"))
    out = [q for q in quads if q != identifier]  # a letter without its identifier
    out.append(Quad(person, FOAF.name, Literal("Een Andere Naam"), entities))  # a person with two names
    out.append(Quad(post, SKOS.prefLabel, Literal("Tweede naam"), entities))  # a post with three labels
    out.append(Quad(post, SKOS.prefLabel, Literal("Derde naam"), entities))
    # a signature whose signatory is not a person, inside one letter
    signature = next(q.subject for q in quads if q.graph_name == second and q.predicate == KB.signatory)
    out.append(Quad(signature, KB.signatory, NamedNode("https://example.org/not-a-person"), second))
    return out


def misplaced(quads: list[Quad]) -> list[Quad]:
    """The samples with shared nodes described in letter graphs too: a fault only the union of the graphs shows."""
    graphs = letter_graphs(quads)
    first, second = graphs[0], graphs[1]
    person = next(q.object for q in quads if q.predicate == KB.signatory)
    post = next(q.subject for q in quads if q.object == NamedNode("http://www.w3.org/ns/org#Post"))
    return quads + [Quad(person, FOAF.name, Literal("Een Andere Naam"), second),
                    Quad(post, SKOS.prefLabel, Literal("Tweede naam"), first),
                    Quad(post, SKOS.prefLabel, Literal("Derde naam"), second)]


def whole_calls(monkeypatch) -> list[int]:
    """Counts the validations of the whole dataset that validate makes (the data was not partitioned)."""
    calls: list[int] = []
    real = validation._validate_union
    monkeypatch.setattr(validation, "_validate_union", lambda quads: calls.append(1) or real(quads))
    return calls


def test_batches_find_what_the_whole_dataset_finds_in_broken_data(sample_build, monkeypatch):
    data = broken(sample_build.quads)
    whole = validate_whole(data)
    monkeypatch.setattr(validation, "BATCH_LETTERS", 2)
    calls = whole_calls(monkeypatch)
    batched = validate(data)
    assert not calls  # the batches and the entities did it
    assert batched == whole
    assert not batched.conforms
    messages = [p.message for problems in batched.problems.values() for p in problems]
    assert "A letter needs exactly one identifier." in messages
    assert "A signature names exactly one person." in messages
    shared = [p.message for p in batched.problems[validation.DATASET]]
    assert "A person needs exactly one name." in shared
    assert any("post needs exactly one name" in m for m in shared)


def test_shared_nodes_described_in_letter_graphs_get_one_whole_validation(sample_build, monkeypatch):
    data = misplaced(sample_build.quads)
    whole = validate_whole(data)
    calls = whole_calls(monkeypatch)
    report = validate(data)
    assert calls and report == whole
    person = next(q.object for q in sample_build.quads if q.predicate == KB.signatory)
    owners = [letter for letter, problems in report.problems.items()
              if any(p.focus == person.value and p.message == "A person needs exactly one name." for p in problems)]
    assert owners == [validation._graph_of_subjects(data)[person.value]]  # the first letter graph that describes it


def test_a_letter_graph_holding_another_letters_node_gets_one_whole_validation(sample_build, monkeypatch):
    """kst-1's graph may not hold a node of kst-10 (whose IRI begins with kst-1's), nor another letter's source."""
    quads = list(sample_build.quads)
    graphs = letter_graphs(quads)
    mention = next(q.subject for q in quads if q.graph_name == graphs[1] and q.object == KB.Mention)
    source = next(q.object for q in quads if q.graph_name == graphs[1] and q.predicate.value.endswith("wasDerivedFrom"))
    for extra in (Quad(mention, KB.nameAsWritten, Literal("elders"), graphs[0]),
                  Quad(source, KB.fileName, Literal("elders.txt"), graphs[0])):
        calls = whole_calls(monkeypatch)
        assert validate(quads + [extra]) == validate_whole(quads + [extra])
        assert calls
        monkeypatch.undo()


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
  sh:property [ sh:path ex:name ; sh:minLength 3 ; sh:datatype xsd:string ; sh:severity sh:Warning ;
                sh:message "name" ] ;
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
  ex:link ex:good , "text" ; ex:start -1 , "3"^^xsd:decimal ;
  ex:when "2021-07"^^xsd:gYearMonth , "2021-07-08"^^xsd:date .
ex:worse a ex:C ; ex:code "ABCD" , "0a9f0" ; ex:link _:b ; ex:date "2021-02-30"^^xsd:date .
ex:other a ex:E ; ex:code "not checked" .
"""


def test_the_engine_gives_pyshacls_results_constraint_by_constraint():
    from pyoxigraph import RdfFormat, parse
    from pyshacl import validate as pyshacl_validate

    from kg.validation import shacl

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
    from kg.validation import shacl

    unknown = PREFIXES + ("ex:S a sh:NodeShape ; sh:targetClass ex:C ; "
                          "sh:property [ sh:path ex:p ; sh:hasValue ex:v ; sh:message 'm' ] .")
    silent = PREFIXES + "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:minCount 1 ] ."
    assert shacl.compile_shapes(rdflib.Graph().parse(data=unknown, format="turtle")) is None
    assert shacl.compile_shapes(rdflib.Graph().parse(data=silent, format="turtle")) is None
    assert validation.compiled_shapes() is not None  # the shipped shapes run on the engine


# ------------------------------------------------------------------ the batch engine's short cuts

def signatory(quads: list[Quad]) -> NamedNode:
    return next(q.object for q in quads if q.predicate == KB.signatory)


def test_a_class_stated_only_in_the_entities_graph_counts(sample_build):
    person = signatory(sample_build.quads)
    assert not [q for q in sample_build.quads if q.subject == person and "/graph/letter/" in q.graph_name.value]
    assert validate(sample_build.quads).conforms
    untyped = [q for q in sample_build.quads if not (q.subject == person and q.predicate == RDF_TYPE)]
    report = validate(untyped)
    assert report == validate_whole(untyped)
    assert "A signature names exactly one person." in [p.message for ps in report.problems.values() for p in ps]


def test_the_entities_graph_describing_a_letters_own_node_is_seen(sample_build):
    """The whole dataset is then validated, as pySHACL sees it."""
    quads = list(sample_build.quads)
    mention = next(q.subject for q in quads if q.object == KB.Mention)
    extra = [Quad(mention, KB.mentionOf, NamedNode("https://example.org/second"), entities_graph(quads)),
             Quad(mention, KB.inLetter, signatory(quads), entities_graph(quads))]
    report = validate(quads + extra)
    assert report == validate_whole(quads + extra)
    messages = [p.message for ps in report.problems.values() for p in ps]
    assert "A mention names exactly one entity." in messages
    assert "A mention belongs to exactly one letter." in messages


@pytest.mark.parametrize("where", ["entities", "letter"])
def test_subclasses_go_to_pyshacl(where, sample_build, monkeypatch):
    """A subclass stated in any graph counts for the whole dataset."""
    quads = list(sample_build.quads)
    person = signatory(quads)
    quads = [q for q in quads if not (q.subject == person and q.predicate == RDF_TYPE)]
    kind = NamedNode("https://example.org/Minister")
    graph = entities_graph(quads) if where == "entities" else letter_graphs(quads)[-1]
    quads += [Quad(person, RDF_TYPE, kind, entities_graph(quads)), Quad(kind, RDFS_SUBCLASS, FOAF.Person, graph)]
    calls = []
    real = validation._shacl
    monkeypatch.setattr(validation, "_shacl", lambda triples: calls.append(1) or real(triples))
    assert validate(quads) == validate_whole(quads)
    assert calls  # the engine does not do subclasses: pySHACL did


def shuffled_within_graphs(quads: list[Quad]) -> list[Quad]:
    """The quads graph by graph (in the order the graphs first appear), each graph's quads shuffled."""
    import random

    graphs: dict = {}
    for quad in quads:
        graphs.setdefault(quad.graph_name, []).append(quad)
    out = []
    for number, graph in enumerate(graphs.values()):
        random.Random(number).shuffle(graph)
        out.extend(graph)
    return out


def test_the_order_of_a_letters_quads_does_not_matter(sample_build):
    """A letter graph need not list a subject's quads together (the engine reads them in runs)."""
    data = broken(sample_build.quads)
    assert validate(shuffled_within_graphs(sample_build.quads)) == validate(sample_build.quads)
    assert validate(shuffled_within_graphs(data)) == validate(data) == validate_whole(shuffled_within_graphs(data))


def test_each_result_goes_to_the_letter_whose_graph_holds_its_focus(sample_build):
    data = broken(sample_build.quads)
    graphs = letter_graphs(data)
    letters = [(g.value.rsplit("/", 1)[1], [q for q in data if q.graph_name == g]) for g in graphs]
    entities = validation.EntityIndex([q for q in data if q.graph_name not in set(graphs)])
    found = validation.check_letters(letters, entities)
    assert {letter for letter, _ in found} == {letters[0][0], letters[1][0]}
    for letter, problem in found:
        assert any(q.subject.value == problem.focus for q in dict(letters)[letter])
    shared = validation.check_entities([q for q in data if q.graph_name not in set(graphs)])
    assert {owner for owner, _ in shared} == {validation.DATASET}
    whole = [(letter, p) for letter, ps in validate_whole(data).problems.items() for p in ps]
    assert sorted(found + shared, key=str) == sorted(whole, key=str)


# ------------------------------------------------------------------ validating a file as it is read

def _write_sorted(quads: list[Quad], path) -> None:
    """A file as kg writes it: the shared graphs first, each letter graph in one stretch."""
    from kg.rdf.rdfio import write_quads
    write_quads(quads, path)


def test_a_file_is_validated_as_it_is_read_with_the_whole_file_report(sample_build, tmp_path, monkeypatch):
    from kg.validation.validate import validate_file

    data = broken(sample_build.quads)
    path = tmp_path / "broken.nq"
    _write_sorted(data, path)
    monkeypatch.setattr(validation, "BATCH_LETTERS", 2)
    read_whole = []
    monkeypatch.setattr(validation, "validate", lambda quads: read_whole.append(1) or validate_whole(quads))
    streamed = validate_file(path)
    assert not read_whole  # kg's own file order streams: never read whole
    assert streamed == validate_whole(data)
    assert not streamed.conforms


def test_a_file_whose_letter_graphs_describe_shared_nodes_is_read_whole(sample_build, tmp_path, monkeypatch):
    from kg.validation.validate import validate_file

    data = misplaced(sample_build.quads)
    path = tmp_path / "misplaced.nq"
    _write_sorted(data, path)
    read_whole = []
    batched = validation.validate
    monkeypatch.setattr(validation, "validate", lambda quads: read_whole.append(1) or batched(quads))
    assert validate_file(path) == validate_whole(data)
    assert read_whole  # a letter graph stated a person's name: the stream stopped, the file was read whole


def test_a_file_in_another_order_is_read_whole_and_gives_the_same_report(sample_build, tmp_path, monkeypatch):
    from pyoxigraph import RdfFormat, serialize

    from kg.validation.validate import validate_file

    data = broken(sample_build.quads)
    graphs = letter_graphs(data)
    # a letter graph split in two stretches around another letter, the entities graph last
    split = [q for q in data if q.graph_name == graphs[0]]
    rest = [q for q in data if q.graph_name != graphs[0] and "/graph/letter/" in q.graph_name.value]
    shared = [q for q in data if "/graph/letter/" not in q.graph_name.value]
    ordered = split[:10] + rest + split[10:] + shared
    path = tmp_path / "shuffled.nq"
    path.write_bytes(serialize(ordered, format=RdfFormat.N_QUADS))
    monkeypatch.setattr(validation, "BATCH_LETTERS", 1)
    read_whole = []
    batched = validation.validate
    monkeypatch.setattr(validation, "validate", lambda quads: read_whole.append(1) or batched(quads))
    assert validate_file(path) == validate_whole(data)
    assert read_whole  # the split letter graph sent it down the whole-file path


def test_kg_validate_reads_a_file_it_cannot_parse_with_one_line(tmp_path):
    from kg.domain.errors import GraphFileError
    from kg.validation.validate import validate_file

    path = tmp_path / "bad.nq"
    path.write_text("<urn:a> <urn:b> <urn:c> <urn:g> .\n<urn:a> <urn:b> .\n", encoding="utf-8")
    with pytest.raises(GraphFileError) as caught:
        validate_file(path)
    assert "bad.nq" in str(caught.value) and "\n" not in str(caught.value)
