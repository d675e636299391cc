"""The vocabulary in code matches ontology/kg.ttl, and the resources ship inside the wheel."""
from __future__ import annotations

import subprocess
import sys
import zipfile

import pytest
import rdflib

from conftest import ROOT
from kg.domain.keys import ORG_KINDS, STANCES
from kg.domain.resources import ontology_files, query_names, shape_files
from kg.rdf.vocab import KB, KB_NS, REFKIND

OWL = rdflib.OWL
RDFS = rdflib.RDFS


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    graph = rdflib.Graph()
    for path in ontology_files():
        graph.parse(path)
    return graph


def test_every_kb_term_in_code_is_declared_in_the_ontology(ontology):
    declared = {str(s) for s in ontology.subjects() if str(s).startswith(KB_NS)}
    missing = [term for term in KB.terms if KB_NS + term not in declared]
    assert not missing, f"declare these in ontology/kg.ttl: {missing}"
    assert all(REFKIND[t].value in {str(s) for s in ontology.subjects()} for t in REFKIND.terms)


def test_a_misspelt_term_fails():
    with pytest.raises(AttributeError, match="kb:Leter"):
        _ = KB.Leter


def test_every_class_and_property_has_english_and_dutch_labels_and_comments(ontology):
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty):
        for term in ontology.subjects(rdflib.RDF.type, kind):
            for predicate in (RDFS.label, RDFS.comment):
                languages = {value.language for value in ontology.objects(term, predicate)}
                assert {"en", "nl"} <= languages, f"{term} lacks {predicate} in en and nl"


def _scheme_members(ontology: rdflib.Graph, scheme: str) -> set[str]:
    return {str(c).rsplit("#", 1)[1] for c in ontology.subjects(rdflib.SKOS.inScheme, rdflib.URIRef(KB_NS + scheme))}


def test_stance_scheme_has_exactly_the_five_concepts(ontology):
    assert _scheme_members(ontology, "stances") == {"accepted", "partially", "rejected", "already", "noted"}


def test_the_stances_and_organisation_kinds_of_the_domain_are_the_concepts_of_their_schemes(ontology):
    assert _scheme_members(ontology, "stances") == set(STANCES)
    assert _scheme_members(ontology, "organisationKinds") == set(ORG_KINDS)
    assert all(KB[name].value == KB_NS + name for name in STANCES + ORG_KINDS)


def test_resources_are_found():
    assert shape_files() and ontology_files()
    assert {"letters", "organisations", "persons", "reports", "recommendations", "commitments",
            "references", "legal_instruments", "events"} <= set(query_names())


def test_the_wheel_ships_ontology_shapes_and_queries(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path), str(ROOT)],
                   check=True, capture_output=True)
    wheel = next(tmp_path.glob("kg-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "kg/_resources/ontology/kg.ttl" in names
    assert "kg/_resources/queries/letters.rq" in names
    assert any(n.startswith("kg/_resources/shapes/") and n.endswith(".ttl") for n in names)
