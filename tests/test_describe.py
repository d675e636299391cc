"""The dataset description: valid DCAT-AP 3.0.1 (checked with its published shapes), VoID numbers, CLI."""
from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner
from pyoxigraph import NamedNode, Quad
from pyshacl import validate
from rdflib.namespace import DCAT, DCTERMS, RDF, VOID, XSD

from kg.cli import main
from kg.rdf.describe import (CC0, LICENCES, DescriptionOptions, describe, description_path, description_turtle,
                         licence_iri, publish, statistics)
from kg.domain.errors import UsageError
from kg.rdf.export import ExportOptions
from sample_network import network_quads

SHAPES = Path(__file__).resolve().parent / "data" / "dcat-ap-3.0.1"
SPDX = rdflib.Namespace("http://spdx.org/rdf/terms#")
BASE = "https://example.org/kg/"
# Recommended DCAT-AP properties that kg cannot know by itself; everything else recommended holds.
NOT_KNOWN = {
    ("Dataset", "contactPoint"),  # nobody to contact unless the publisher says so
    ("DataService", "contactPoint"), ("DataService", "endpointDescription"),
    ("Distribution", "availability"),  # how long the files stay up is the publisher's promise
    ("Distribution", "format"),  # only for the SPARQL distribution, which has no file type
    ("Location", "bbox"), ("Location", "centroid"),  # the Netherlands as a country IRI, no geometry
    ("Agent", "type"),  # the publisher's kind (ADMS publisher type) is not asked for
}


def _shapes(name: str) -> rdflib.Graph:
    return rdflib.Graph().parse(SHAPES / name, format="turtle")


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    folder = tmp_path_factory.mktemp("published")
    quads = network_quads(BASE)
    options = DescriptionOptions(base=BASE, endpoint="http://127.0.0.1:7878/query", publisher="Voorbeeldredactie",
                                 download_base="https://data.example.org/kamerbrieven/",
                                 issued=datetime(2024, 4, 1, 12, 0, tzinfo=timezone.utc))
    result = publish(quads, [folder / "letters.trig", folder / "letters.jsonld", folder / "view.html"],
                     ExportOptions(), options)
    graph = rdflib.Graph().parse(result.descriptions[0], format="turtle")
    return quads, result, graph


def _results(report: rdflib.Graph, data: rdflib.Graph) -> set[tuple[str, str]]:
    """(class of the focus node, property) of every validation result."""
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    found = set()
    for result in report.subjects(RDF.type, sh.ValidationResult):
        focus = report.value(result, sh.focusNode)
        path = report.value(result, sh.resultPath)
        kinds = sorted(str(t).rsplit("#", 1)[-1].rsplit("/", 1)[-1] for t in data.objects(focus, RDF.type))
        found.add((kinds[0] if kinds else "?", str(path).rsplit("#", 1)[-1].rsplit("/", 1)[-1]))
    return found


def test_the_description_conforms_to_dcat_ap_mandatory_shapes_and_ranges(published):
    _, _, graph = published
    for name in ("shapes.ttl", "range.ttl"):
        conforms, report, text = validate(graph, shacl_graph=_shapes(name))
        assert conforms, f"{name}:\n{text}"


def test_recommended_dcat_ap_properties_hold_except_those_kg_cannot_know(published):
    _, _, graph = published
    conforms, report, _ = validate(graph, shacl_graph=_shapes("shapes_recommended.ttl"))
    missing = _results(report, graph)
    assert missing <= NOT_KNOWN, missing - NOT_KNOWN
    # and these recommended ones do hold: licence, format, keywords, theme, period, publisher
    assert ("Distribution", "license") not in missing and ("Dataset", "temporal") not in missing
    assert ("Dataset", "publisher") not in missing and ("Dataset", "keyword") not in missing


def test_a_bare_description_without_files_or_endpoint_also_conforms(sample_build):
    triples = describe(sample_build.quads)
    graph = rdflib.Graph().parse(data=description_turtle(triples), format="turtle")
    for name in ("shapes.ttl", "range.ttl"):
        conforms, _, text = validate(graph, shacl_graph=_shapes(name))
        assert conforms, text


def test_distributions_name_their_files_sizes_and_checksums(published):
    _, result, graph = published
    dataset = rdflib.URIRef(BASE + "dataset")
    assert (dataset, RDF.type, DCAT.Dataset) in graph and (dataset, RDF.type, VOID.Dataset) in graph
    for written in result.files:
        url = rdflib.URIRef("https://data.example.org/kamerbrieven/" + written.path.name)
        dist = graph.value(predicate=DCAT.downloadURL, object=url)
        assert dist is not None and (dataset, DCAT.distribution, dist) in graph
        data = written.path.read_bytes()
        assert int(graph.value(dist, DCAT.byteSize)) == len(data)
        checksum = graph.value(dist, SPDX.checksum)
        assert str(graph.value(checksum, SPDX.checksumValue)) == hashlib.sha256(data).hexdigest()
        assert graph.value(dist, DCTERMS.license) == rdflib.URIRef(CC0)
    trig = graph.value(predicate=DCAT.downloadURL, object=rdflib.URIRef("https://data.example.org/kamerbrieven/letters.trig"))
    assert graph.value(trig, DCAT.mediaType) == rdflib.URIRef("https://www.iana.org/assignments/media-types/application/trig")
    assert graph.value(trig, DCTERMS["format"]) == rdflib.URIRef(
        "http://publications.europa.eu/resource/authority/file-type/RDF_TRIG")
    dumps = set(graph.objects(dataset, VOID.dataDump))
    assert {str(u).rsplit("/", 1)[-1] for u in dumps} == {"letters.trig", "letters.jsonld"}  # RDF only


def test_the_description_is_written_beside_each_rdf_file(published):
    _, result, _ = published
    names = sorted(path.name for path in result.descriptions)
    assert names == ["letters.jsonld.dcat.ttl", "letters.trig.dcat.ttl"]
    assert description_path(Path("out/letters.ttl")) == Path("out/letters.ttl.dcat.ttl")
    texts = {path.read_bytes() for path in result.descriptions}
    assert len(texts) == 1  # one description of the dataset and all its distributions


def test_void_statistics_count_the_dataset(published):
    quads, _, graph = published
    dataset = rdflib.URIRef(BASE + "dataset")
    stats = statistics(quads, BASE)
    assert int(graph.value(dataset, VOID.triples)) == len(set(quads)) == stats.triples
    assert int(graph.value(dataset, VOID.entities)) == stats.entities > 0
    partitions = {graph.value(p, VOID["class"]): int(graph.value(p, VOID.entities))
                  for p in graph.objects(dataset, VOID.classPartition)}
    assert partitions[rdflib.URIRef("https://w3id.org/kamerbrieven/def#Recommendation")] == 2
    assert int(graph.value(dataset, VOID.classes)) == len(partitions)
    vocabularies = set(graph.objects(dataset, VOID.vocabulary))
    assert rdflib.URIRef("http://www.w3.org/ns/oa#") in vocabularies
    assert graph.value(dataset, VOID.sparqlEndpoint) == rdflib.URIRef("http://127.0.0.1:7878/query")
    period = graph.value(dataset, DCTERMS.temporal)
    assert graph.value(period, DCAT.startDate) == rdflib.Literal("2024-03-14", datatype=XSD.date)
    assert stats.letters == 1


def test_outward_links_become_a_linkset():
    tooi = "https://identifier.overheid.nl/tooi/id/ministerie/mnre1058"
    org = NamedNode(BASE + "org/ministerie-van-justitie-en-veiligheid")
    before = sum(n for (_, space), n in statistics(network_quads(BASE), BASE).links.items()
                 if space == "https://identifier.overheid.nl/")
    quads = network_quads(BASE) + [Quad(org, NamedNode("http://www.w3.org/2002/07/owl#sameAs"), NamedNode(tooi),
                                        NamedNode(BASE + "graph/entities")),
                                   Quad(org, NamedNode("http://www.w3.org/2002/07/owl#sameAs"),
                                        NamedNode(BASE + "org/jenv"), NamedNode(BASE + "graph/entities"))]
    graph = rdflib.Graph().parse(data=description_turtle(describe(quads, (), DescriptionOptions(base=BASE))),
                                 format="turtle")
    linksets = list(graph.subjects(RDF.type, VOID.Linkset))
    assert len(linksets) == 1  # the link inside the dataset is no outward link
    assert int(graph.value(linksets[0], VOID.triples)) == before + 1
    target = graph.value(linksets[0], VOID.objectsTarget)
    assert str(graph.value(target, VOID.uriSpace)) == "https://identifier.overheid.nl/"


def test_licences_endpoints_and_download_bases_are_checked():
    assert licence_iri("CC-BY") == LICENCES["cc-by"]
    assert licence_iri("https://creativecommons.org/licenses/by/4.0/deed.nl") == "https://creativecommons.org/licenses/by/4.0/deed.nl"
    with pytest.raises(UsageError, match="--licence 'public'"):
        licence_iri("public")
    with pytest.raises(UsageError, match="--endpoint 'localhost:7878'"):
        describe([], (), DescriptionOptions(endpoint="localhost:7878"))
    with pytest.raises(UsageError, match="--download-base"):
        describe([], (), DescriptionOptions(download_base="data/"))


def test_cli_describe_prints_the_description(sample_trig):
    result = CliRunner().invoke(main, ["export", str(sample_trig), "--describe", "--licence", "cc-by",
                                       "--endpoint", "http://127.0.0.1:7878/query"])
    assert result.exit_code == 0, result.output
    graph = rdflib.Graph().parse(data=result.stdout, format="turtle")
    assert rdflib.URIRef(LICENCES["cc-by"]) in set(graph.objects(None, DCTERMS.license))
    assert set(graph.objects(None, DCAT.endpointURL)) == {rdflib.URIRef("http://127.0.0.1:7878/query")}
    assert int(graph.value(rdflib.URIRef("https://w3id.org/kamerbrieven/id/dataset"), VOID.triples)) > 0


def test_cli_describe_with_outputs_describes_the_views_too(sample_trig, tmp_path):
    result = CliRunner().invoke(main, ["export", str(sample_trig), "-o", str(tmp_path / "view.html"), "--describe"])
    assert result.exit_code == 0, result.output
    graph = rdflib.Graph().parse(tmp_path / "view.html.dcat.ttl", format="turtle")
    url = rdflib.URIRef((tmp_path / "view.html").resolve().as_uri())  # no --download-base: the file's own URL
    assert graph.value(predicate=DCAT.accessURL, object=url) is not None
