"""The entity network: its nodes and relations, GraphML/GEXF for Gephi and Cytoscape, pictures."""
from __future__ import annotations

import io
import xml.etree.ElementTree as ElementTree

import networkx as nx
import pytest
from pyoxigraph import Literal, NamedNode, Quad

from kg.domain.errors import UsageError
from kg.rdf.export import ExportOptions, export
from kg.visualise import (TYPE_COLOURS, ego_network, find_entity, node_facts, overview_picture, project,
                          stance_chart, stance_counts, view_data)
from sample_network import network_quads

KB = "https://w3id.org/kamerbrieven/def#"


@pytest.fixture(scope="module")
def network_data():
    quads = network_quads()
    return quads, project(quads)


def _by_label(graph: nx.MultiDiGraph, label: str) -> str:
    return next(n for n, d in graph.nodes(data=True) if d["label"] == label)


def _relations(graph: nx.MultiDiGraph, source: str, target: str) -> dict[str, int]:
    return {key: data["weight"] for key, data in graph.get_edge_data(source, target, default={}).items()}


# ---------------------------------------------------------------- GraphML and GEXF of the sample letters

def test_graphml_of_the_sample_letters_loads_with_a_label_and_a_type_on_every_node(sample_build, tmp_path):
    written = export(sample_build.quads, tmp_path / "letters.graphml")
    graph = nx.read_graphml(written.path)
    assert graph.number_of_nodes() == written.count >= 5
    assert graph.number_of_edges() > 0
    for node, data in graph.nodes(data=True):
        assert data.get("label") and data.get("type") in TYPE_COLOURS, (node, data)
        assert data["iri"] == node and node.startswith("https://")
    letters = [n for n, d in graph.nodes(data=True) if d["type"] == "Letter"]
    assert len(letters) == 5
    for _, _, data in graph.edges(data=True):
        assert data["relation"] and data["weight"] >= 1


def test_gexf_of_the_sample_letters_keeps_type_label_and_iri(sample_build, tmp_path):
    written = export(sample_build.quads, tmp_path / "letters.gexf")
    graph = nx.read_gexf(written.path)
    assert graph.number_of_nodes() == written.count
    for node, data in graph.nodes(data=True):
        assert data.get("label") and data.get("type") in TYPE_COLOURS and data.get("iri") == node
    root = ElementTree.parse(written.path).getroot()
    assert root.tag.endswith("gexf")  # what Gephi opens


# ---------------------------------------------------------------- what the projection holds

def test_the_projection_holds_every_kind_of_relation(network_data):
    _, graph = network_data
    letter = _by_label(graph, "Reactie op het rapport 'Toezicht op de opvang'")
    report = _by_label(graph, "Toezicht op de opvang")
    inspectie = _by_label(graph, "Inspectie Justitie en Veiligheid")
    coa = _by_label(graph, "Centraal Orgaan opvang asielzoekers")
    accepted = _by_label(graph, "de signalering van incidenten verbeteren")
    person = _by_label(graph, "E. van der Burg")
    post = _by_label(graph, "Staatssecretaris van Justitie en Veiligheid")
    ministry = _by_label(graph, "Ministerie van Justitie en Veiligheid")
    commitment = _by_label(graph, "uw Kamer informeren over de voortgang")

    assert _relations(graph, letter, inspectie) == {"mentions": 2}  # weighted by the two mentions
    assert _relations(graph, letter, coa) == {"mentions": 1}
    assert _relations(graph, letter, report) == {"responds to": 1}
    assert _relations(graph, report, accepted) == {"recommends": 1}
    assert _relations(graph, accepted, coa) == {"addressed to": 1}
    assert _relations(graph, report, inspectie) == {"author": 1}
    assert _relations(graph, letter, person) == {"signed by": 1}
    assert _relations(graph, person, post) == {"holds": 1}
    assert _relations(graph, post, ministry) == {"post in": 1}
    assert _relations(graph, letter, commitment) == {"commits": 1}
    assert graph.nodes[accepted]["stance"] == "accepted"
    assert graph.nodes[inspectie]["kind"] == "inspectorate"
    assert graph.nodes[letter]["date"] == "2024-03-14"
    assert graph.nodes[letter]["degree"] == len(set(graph.successors(letter)) | set(graph.predecessors(letter)))


def test_evidence_mentions_and_selectors_are_not_entities(network_data):
    _, graph = network_data
    assert not [n for n in graph if "#" in n or "/mention/" in n or n.endswith("/response")]
    assert not _relations(graph, _by_label(graph, "Inspectie Justitie en Veiligheid"),
                          _by_label(graph, "Reactie op het rapport 'Toezicht op de opvang'"))  # direction kept


def test_a_letter_that_only_cites_a_report_does_not_respond_to_it():
    base = "https://example.org/kg/"
    graph_name = NamedNode(base + "graph/letter/x")
    letter, report = NamedNode(base + "letter/x"), NamedNode(base + "report/r")
    rdf_type = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    quads = [Quad(letter, rdf_type, NamedNode(KB + "Letter"), graph_name),
             Quad(report, rdf_type, NamedNode(KB + "Report"), graph_name),
             Quad(report, NamedNode("http://purl.org/dc/terms/title"), Literal("Jaarverslag"), graph_name),
             Quad(letter, NamedNode(KB + "cites"), report, graph_name),
             Quad(NamedNode(base + "ref/1"), rdf_type, NamedNode(KB + "Reference"), graph_name)]
    graph = project(quads)
    assert _relations(graph, letter.value, report.value) == {"cites": 1}
    assert graph.nodes[report.value]["label"] == "Jaarverslag"
    assert graph.nodes[letter.value]["label"] == "x"  # no title: the end of its IRI
    assert base + "ref/1" not in graph  # references are facts of a letter, not entities


def test_facts_carry_the_evidence_quote_and_the_letter(network_data):
    quads, graph = network_data
    rejected = _by_label(graph, "de beslistermijnen beter bewaken")
    facts = node_facts(quads)[rejected]
    response = next(f for f in facts if f.kind == "response: rejected")
    assert response.quote == "Deze aanbeveling neem ik niet over."
    assert response.letter == _by_label(graph, "Reactie op het rapport 'Toezicht op de opvang'")
    assert response.prefix.endswith("beslistermijnen beter bewaakt. ")  # the context joins the quote
    inspectie = node_facts(quads)[_by_label(graph, "Inspectie Justitie en Veiligheid")]
    assert [f.kind for f in inspectie] == ["mentioned", "mentioned"]


def test_ego_network_and_finding_an_entity(network_data):
    _, graph = network_data
    coa = _by_label(graph, "Centraal Orgaan opvang asielzoekers")
    assert find_entity(graph, coa) == coa
    assert find_entity(graph, "centraal orgaan opvang asielzoekers") == coa  # a label, any case
    assert find_entity(graph, "Orgaan opvang") == coa  # part of one label
    with pytest.raises(UsageError, match=r"'Justitie en Veiligheid' matches 3 entities .*give the IRI"):
        find_entity(graph, "Justitie en Veiligheid")  # the inspectorate, the ministry and the post
    with pytest.raises(UsageError, match="no entity"):
        find_entity(graph, "Raad van State")
    near = ego_network(graph, coa, 1)
    assert set(near) == {coa} | set(graph.successors(coa)) | set(graph.predecessors(coa))
    assert len(ego_network(graph, coa, 2)) > len(near)


def test_view_data_is_json_ready_and_ordered(network_data):
    quads, graph = network_data
    data = view_data(quads, ego="Orgaan opvang", depth=2)
    assert [n["id"] for n in data["nodes"]] == list(range(graph.number_of_nodes()))
    assert data["nodes"][data["ego"]]["label"] == "Centraal Orgaan opvang asielzoekers" and data["depth"] == 2
    assert sum(t["count"] for t in data["types"]) == graph.number_of_nodes()
    assert len(data["edges"]) == graph.number_of_edges()
    assert view_data(quads) == view_data(list(reversed(quads)))  # no dependence on the quads' order


# ---------------------------------------------------------------- pictures

def test_stance_counts_per_report(network_data):
    quads, _ = network_data
    assert stance_counts(quads) == {"Toezicht op de opvang": {"accepted": 1, "rejected": 1}}


def test_pictures_are_real_png_and_svg_and_the_same_each_time(network_data):
    quads, graph = network_data
    png = io.BytesIO()
    assert overview_picture(quads, png, "png") == graph.number_of_nodes()
    assert png.getvalue().startswith(b"\x89PNG\r\n\x1a\n") and len(png.getvalue()) > 20_000
    svgs = []
    for _ in range(2):
        svg = io.BytesIO()
        assert stance_chart(quads, svg, "svg") == 1
        svgs.append(svg.getvalue())
    assert svgs[0] == svgs[1]
    root = ElementTree.fromstring(svgs[0])
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert b"Toezicht op de opvang" in svgs[0] and b"rejected" in svgs[0]


def test_an_ego_picture_draws_only_the_neighbourhood(network_data, tmp_path):
    quads, graph = network_data
    coa = _by_label(graph, "Centraal Orgaan opvang asielzoekers")
    written = export(quads, tmp_path / "coa.svg", ExportOptions(ego=coa, depth=1))
    assert written.count == len(ego_network(graph, coa, 1)) < graph.number_of_nodes()
    assert b"Around Centraal Orgaan opvang asielzoekers" in written.path.read_bytes()


def test_a_graph_without_recommendations_still_gives_a_chart(tmp_path):
    written = export([], tmp_path / "empty.png", ExportOptions(picture="stances"))
    assert written.count == 0 and written.path.read_bytes().startswith(b"\x89PNG")
