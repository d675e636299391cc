"""The build keeps triples as text until a graph is written (kg.rdf.build.Triple): that text must be
exactly what pyoxigraph writes, and must sort as the quads it becomes would."""
from __future__ import annotations

import random

import pytest
from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, serialize

from conftest import sample
from kg.engine import read_document
from kg.rdf.build import (
    OWN,
    _Graph,
    build_letter,
    classes_in,
    letter_triples,
    nquads,
    quads_of,
    quoted,
    sorted_unique,
    subject_slices,
    typed_literal,
)
from kg.rdf.iris import Minter
from kg.rdf.rdfio import sort_key as _sort_key  # within one graph: subject, predicate, object
from kg.rdf.vocab import KB
from kg.read.ingest import read_letter
from kg.resolve.answers import letter_answers
from kg.resolve.entities import resolve

XSD = "http://www.w3.org/2001/XMLSchema#"


def test_quoted_writes_every_character_as_pyoxigraph_does():
    planes = [*range(0x10000), *range(0x10000, 0x110000, 0x101)]
    for code in planes:
        if 0xD800 <= code <= 0xDFFF:
            continue
        text = f"a{chr(code)}b"
        assert quoted(text) == str(Literal(text)), hex(code)


def test_quoted_writes_mixed_strings_as_pyoxigraph_does():
    rnd = random.Random(8)
    alphabet = [chr(c) for c in (*range(0x80), 0xE9, 0x20AC, 0x2028, 0xFFFE, 0xFFFF, 0x1F600)]
    for _ in range(20000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 10)))
        assert quoted(text) == str(Literal(text)), repr(text)


@pytest.mark.parametrize("value,datatype", [("12", XSD + "integer"), ("2023-03-30", XSD + "date"),
                                            ("2013", XSD + "gYear"), ("x", XSD + "string"), ('a "b"', XSD + "gYear")])
def test_typed_literals_are_written_as_pyoxigraph_does(value, datatype):
    assert typed_literal(value, datatype) == str(Literal(value, datatype=NamedNode(datatype)))


@pytest.mark.parametrize("own", ["", "http://example.org/a"])
def test_triples_sort_as_their_quads_where_one_iri_or_string_begins_another(own):
    """Also with the subjects that begin with a letter's IRI (``own``) held short (build.OWN)."""
    g = _Graph("http://example.org/g", own=own)
    subjects = ["http://example.org/a", "http://example.org/a-2", "http://example.org/a#e", "http://example.org/a/1",
                "http://example.org/a/10", "http://example.org/a0", "http://example.org/aa", "http://example.org/a.b"]
    for subject in subjects:
        g.add(subject, "http://example.org/p", "http://example.org/o")
        g.add(subject, "http://example.org/p", "http://example.org/o-1")
        for text in ("ab", "ab c", 'ab"', "ab\n", "a", "ab\\"):
            g.text(subject, "http://example.org/p", text)
        g.typed(subject, "http://example.org/p", 1, XSD + "integer")
        g.typed(subject, "http://example.org/p", 10, XSD + "integer")
        g.text(subject, "http://example.org/p2", "x")
    g.add("http://example.org/source", "http://example.org/p", "http://example.org/o")
    quads = quads_of(g.graph, sorted(set(g.triples)), own)
    assert len(quads) == len(subjects) * 11 + 1
    assert quads == sorted(quads, key=_sort_key)


def test_a_real_letter_sorts_and_writes_as_its_quads():
    extraction = read_document(read_letter(sample("000")))
    answers = letter_answers(resolve([extraction]), extraction)
    built = letter_triples(extraction, answers, Minter())
    ordered = sorted(set(built.triples))
    quads = quads_of(built.graph, ordered, built.letter)
    assert quads == sorted(set(quads), key=_sort_key)
    assert nquads(built.graph, ordered, built.letter) == serialize(quads, format=RdfFormat.N_QUADS)
    assert sum(q.subject.value.startswith(built.letter) for q in quads) == sum(t.startswith(OWN) for t in ordered)
    graph = build_letter(extraction, answers, Minter())
    assert set(graph.quads) == set(quads) and len(graph.quads) == len(quads)
    assert all(isinstance(q, Quad) and q.graph_name == graph.graph for q in graph.quads)


def test_a_base_that_makes_invalid_iris_is_refused_and_a_valid_one_is_used():
    extraction = read_document(read_letter(sample("000")))
    answers = letter_answers(resolve([extraction]), extraction)
    with pytest.raises(ValueError):
        build_letter(extraction, answers, Minter("http://example.org/my kg/"))
    graph = build_letter(extraction, answers, Minter("http://example.org/kg/"))
    assert all(q.subject.value.startswith("http://example.org/kg/") for q in graph.quads)


def test_an_empty_graph_writes_nothing():
    assert nquads("http://example.org/g", []) == b""
    assert quads_of("http://example.org/g", []) == []


def test_sorted_unique_is_the_sorted_set_of_the_triples():
    rng = random.Random(17)
    for _ in range(200):
        choices = ["a\x00p\x01<x>", "a\x00p\x01<y>", "b\x00p\x01\"z\"", "a#e\x00q\x01<x>", "b/c\x00p\x01<x>"]
        triples = [rng.choice(choices) for _ in range(rng.randint(0, 30))]
        assert sorted_unique(list(triples)) == sorted(set(triples))


def test_subject_slices_cut_only_between_subjects_and_classes_are_found_by_bisection():
    extraction = read_document(read_letter(sample("001")))
    built = letter_triples(extraction, letter_answers(resolve([extraction]), extraction), Minter("https://example.org/id/"))
    triples = sorted_unique(built.triples)
    slices = list(subject_slices(triples, 25))
    assert [t for part in slices for t in part] == triples and len(slices) > 10
    subject = lambda triple: triple.split("\x00", 1)[0]  # noqa: E731
    for part, following in zip(slices, slices[1:]):
        assert subject(part[-1]) != subject(following[0])
    assert classes_in(triples, built.letter, built.letter) == [KB.Letter.value]
    assert classes_in(triples, built.letter + "/nothing", built.letter) == []
