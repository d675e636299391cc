"""kg export: every registered exporter, RDF re-parsed by independent parsers, JSON-LD context, CLI."""
from __future__ import annotations

import functools
import hashlib
import http.server
import io
import json
import random
import shutil
import subprocess
import threading
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner
from pyoxigraph import BlankNode, DefaultGraph, Literal, NamedNode, Quad, RdfFormat, parse

from kg.cli import main
from kg.domain.errors import UsageError
from kg.rdf.export import EXPORTERS, ExportOptions, compact_iri, export, exporter_class, jsonld_context
from kg.domain.resources import data_file
from kg.rdf.vocab import PREFIXES
from sample_network import network_quads

RDF_FORMATS = {  # exporter name -> (pyoxigraph format, rdflib format, rapper name or None)
    "turtle": (RdfFormat.TURTLE, "turtle", "turtle"),
    "trig": (RdfFormat.TRIG, "trig", "trig"),
    "nquads": (RdfFormat.N_QUADS, "nquads", "nquads"),
    "ntriples": (RdfFormat.N_TRIPLES, "nt", "ntriples"),
    "jsonld": (RdfFormat.JSON_LD, "json-ld", None),
}
EX = "https://example.org/kg/"


@pytest.fixture(scope="module")
def datasets(sample_build) -> dict[str, list[Quad]]:
    return {"samples": sample_build.quads, "network": network_quads(), "tricky": tricky_quads()}


def tricky_quads() -> list[Quad]:
    """Terms that are easy to get wrong: languages, datatypes, blank nodes, a graph that is also a subject."""
    graph = NamedNode(EX + "graph/g1")
    thing = NamedNode(EX + "thing/1")
    blank = BlankNode("b1")
    return [
        Quad(thing, NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel"), Literal("Raad van State", language="nl"), graph),
        Quad(thing, NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel"), Literal("Council of State", language="en"), graph),
        Quad(thing, NamedNode(PREFIXES["kb"] + "recommendationNumber"), Literal("7", datatype=NamedNode(PREFIXES["xsd"] + "integer")), graph),
        Quad(thing, NamedNode(PREFIXES["kb"] + "cue"), Literal('quote " and \\ and \n newline </script>'), graph),
        Quad(thing, NamedNode(PREFIXES["kb"] + "evidence"), blank, graph),
        Quad(blank, NamedNode(PREFIXES["rdf"] + "type"), NamedNode(PREFIXES["kb"] + "Evidence"), graph),
        Quad(thing, NamedNode(PREFIXES["rdf"] + "type"), blank, graph),  # a blank node as a type
        Quad(graph, NamedNode(PREFIXES["dcterms"] + "title"), Literal("a graph described in the default graph"), DefaultGraph()),
        Quad(NamedNode("urn:isbn:9789012345678"), NamedNode(PREFIXES["rdfs"] + "label"), Literal("no prefix fits"), DefaultGraph()),
        Quad(NamedNode(PREFIXES["kb"] + "//odd"), NamedNode(PREFIXES["rdfs"] + "label"), Literal("suffix starts with //"), DefaultGraph()),
    ]


def _expected(quads: list[Quad], with_graphs: bool) -> set:
    if with_graphs:
        return set(quads)
    return {(q.subject, q.predicate, q.object) for q in quads}


def _parsed_by_pyoxigraph(path: Path, fmt: RdfFormat) -> set:
    with path.open("rb") as stream:
        items = list(parse(stream, format=fmt))
    if fmt.supports_datasets:
        return set(items)
    return {(t.subject, t.predicate, t.object) for t in items}


def _canonical(terms: set) -> set:
    """Blank nodes get new labels in every parse: compare with a fixed stand-in for them."""
    def term(t):
        return "_:blank" if isinstance(t, BlankNode) else t
    out = set()
    for item in terms:
        parts = (item.subject, item.predicate, item.object, item.graph_name) if isinstance(item, Quad) else item
        out.add(tuple(term(p) for p in parts))
    return out


def _count_by_rdflib(path: Path, fmt: str, with_graphs: bool) -> int:
    if with_graphs:
        dataset = rdflib.Dataset()
        dataset.parse(path, format=fmt)
        return sum(1 for _ in dataset.quads((None, None, None, None)))
    graph = rdflib.Graph()
    graph.parse(path, format=fmt)
    return len(graph)


# ---------------------------------------------------------------- the contract every exporter keeps

@pytest.mark.parametrize("name", sorted(EXPORTERS))
def test_every_exporter_writes_its_suffix_through_one_serialize(name, datasets, tmp_path):
    exporter = EXPORTERS[name]
    assert exporter.name == name and exporter.suffixes and all(s.startswith(".") for s in exporter.suffixes)
    assert exporter_class(f"out{exporter.suffixes[0].upper()}") is exporter  # suffixes are case-blind
    stream = io.BytesIO()
    count = exporter(ExportOptions()).serialize(datasets["network"], stream)
    assert count > 0 and len(stream.getvalue()) > 100
    written = export(datasets["network"], tmp_path / f"network{exporter.suffixes[0]}")
    data = written.path.read_bytes()
    assert written.exporter == name and written.count == count
    assert written.byte_size == len(data) and written.sha256 == hashlib.sha256(data).hexdigest()
    assert not list(tmp_path.glob(".*.tmp")), "the atomic write left a temporary file"


def test_no_two_exporters_claim_a_suffix():
    suffixes = [s for exporter in EXPORTERS.values() for s in exporter.suffixes]
    assert len(suffixes) == len(set(suffixes))


def test_an_unknown_suffix_is_a_usage_error_naming_the_file(tmp_path):
    with pytest.raises(UsageError, match=r"graph\.xlsx: cannot export to '\.xlsx'"):
        export([], tmp_path / "graph.xlsx")
    with pytest.raises(UsageError, match="without suffix"):
        exporter_class(tmp_path / "graph")


# ---------------------------------------------------------------- RDF re-parsed by others

@pytest.mark.parametrize("name", sorted(RDF_FORMATS))
@pytest.mark.parametrize("which", ["samples", "network", "tricky"])
def test_rdf_export_reparses_to_the_same_statements(name, which, datasets, tmp_path):
    quads = datasets[which]
    exporter = EXPORTERS[name]
    with_graphs = exporter.suffixes[0] in (".trig", ".nq", ".jsonld")
    path = tmp_path / f"{which}{exporter.suffixes[0]}"
    written = export(quads, path)
    expected = _expected(quads, with_graphs)
    ox_format, rdflib_format, _ = RDF_FORMATS[name]
    assert written.count == len(expected)
    assert _canonical(_parsed_by_pyoxigraph(path, ox_format)) == _canonical(expected)
    assert _count_by_rdflib(path, rdflib_format, with_graphs) == len(expected)


@pytest.mark.skipif(shutil.which("rapper") is None, reason="rapper (Debian package raptor2-utils) is not installed")
@pytest.mark.parametrize("name", [n for n, f in sorted(RDF_FORMATS.items()) if f[2]])
def test_rapper_counts_the_same_statements(name, datasets, tmp_path):
    exporter = EXPORTERS[name]
    path = tmp_path / f"samples{exporter.suffixes[0]}"
    written = export(datasets["samples"], path)
    run = subprocess.run(["rapper", "-i", RDF_FORMATS[name][2], "-c", str(path)], capture_output=True, text=True,
                         timeout=60)
    assert run.returncode == 0, run.stderr
    assert f"returned {written.count} " in run.stderr  # "rapper: Parsing returned 249 triples"


@pytest.mark.parametrize("name", sorted(RDF_FORMATS))
def test_rdf_export_is_stable_whatever_the_order_of_the_quads(name, datasets, tmp_path):
    quads = list(datasets["samples"])
    suffix = EXPORTERS[name].suffixes[0]
    first = export(quads, tmp_path / f"a{suffix}").path.read_bytes()
    random.Random(4).shuffle(quads)
    second = export(quads, tmp_path / f"b{suffix}").path.read_bytes()
    assert first == second


# ---------------------------------------------------------------- JSON-LD

def test_the_shipped_context_declares_every_prefix_kg_writes():
    context = json.loads(data_file("context.jsonld").read_text(encoding="utf-8"))["@context"]
    assert context == dict(PREFIXES)
    assert all(namespace[-1] in "#/" for namespace in context.values())  # usable as JSON-LD 1.1 prefixes


def test_jsonld_is_compacted_with_the_context(datasets, tmp_path):
    path = export(datasets["network"], tmp_path / "network.jsonld").path
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["@context"] == jsonld_context()
    graphs = {node["@id"]: node for node in document["@graph"]}
    letter_graph = next(g for key, g in graphs.items() if "/graph/letter/" in key)
    letter = next(n for n in letter_graph["@graph"] if "kb:Letter" in n.get("@type", []))
    assert letter["dcterms:date"] == [{"@value": "2024-03-14", "@type": "xsd:date"}]
    assert letter["kb:kenmerk"] == ["1234567"]  # plain strings stay plain


def test_compact_iri_keeps_what_would_read_back_wrong():
    context = jsonld_context()
    assert compact_iri(PREFIXES["kb"] + "Letter", context) == "kb:Letter"
    assert compact_iri(PREFIXES["refkind"] + "motie", context) == "refkind:motie"  # the longer namespace wins
    assert compact_iri(PREFIXES["kb"] + "//odd", context) == PREFIXES["kb"] + "//odd"
    assert compact_iri("urn:isbn:9789012345678", context) == "urn:isbn:9789012345678"


def test_jsonld_can_refer_to_a_published_context(datasets, tmp_path):
    """With --context-url the file refers to the context; a JSON-LD processor fetches it (here from 127.0.0.1)."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(data_file("context.jsonld").parent))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/context.jsonld"
        path = export(datasets["network"], tmp_path / "network.jsonld", ExportOptions(context_url=url)).path
        assert json.loads(path.read_text(encoding="utf-8"))["@context"] == url
        assert _count_by_rdflib(path, "json-ld", True) == len(set(datasets["network"]))
    finally:
        server.shutdown()
        server.server_close()


# ---------------------------------------------------------------- the command

def test_cli_exports_several_files_and_describes_the_rdf_ones(sample_trig, tmp_path):
    runner = CliRunner()
    outputs = [tmp_path / name for name in ("letters.ttl", "letters.jsonld", "letters.graphml", "letters.html")]
    args = ["export", str(sample_trig)] + [a for path in outputs for a in ("-o", str(path))]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    for path in outputs:
        assert path.is_file() and f"Wrote {path}" in result.output
    assert (tmp_path / "letters.ttl.dcat.ttl").is_file() and (tmp_path / "letters.jsonld.dcat.ttl").is_file()
    assert not (tmp_path / "letters.html.dcat.ttl").exists()  # views are described only with --describe


def test_cli_errors_are_one_line_with_an_exit_code(sample_trig, tmp_path):
    runner = CliRunner()
    bad_suffix = runner.invoke(main, ["export", str(sample_trig), "-o", str(tmp_path / "x.doc")])
    assert bad_suffix.exit_code == 2 and "x.doc: cannot export to '.doc'" in bad_suffix.output
    assert not (tmp_path / "x.doc").exists()
    missing = runner.invoke(main, ["export", str(tmp_path / "nothing.trig"), "-o", str(tmp_path / "x.ttl")])
    assert missing.exit_code == 3 and "nothing.trig: no such graph file" in missing.output
    nothing_asked = runner.invoke(main, ["export", str(sample_trig)])
    assert nothing_asked.exit_code == 2 and "-o FILE" in nothing_asked.output
    bad_ego = runner.invoke(main, ["export", str(sample_trig), "-o", str(tmp_path / "x.html"), "--ego", "zzz-nobody"])
    assert bad_ego.exit_code == 2 and "--ego 'zzz-nobody'" in bad_ego.output
    assert len(bad_ego.output.strip().splitlines()) == 1
