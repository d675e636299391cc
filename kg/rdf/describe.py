"""The dataset description for linked-data portals: DCAT-AP 3.0.1 and VoID, in Turtle.

``describe(dataset, files, options)`` returns the description as triples:

- a ``dcat:Dataset`` (also a ``void:Dataset``): title, description, dates, keywords, theme,
  language, the period its letters cover, provenance (the build activity and kg's version),
  the publisher when one is given;
- one ``dcat:Distribution`` per exported file: access and download URL, media type, format,
  byte size, SHA-256 checksum, licence (a Creative Commons IRI, CC0 by default);
- a ``dcat:DataService`` and a distribution for the SPARQL endpoint, when one is given;
- VoID statistics: triples, entities, classes, properties, distinct subjects and objects,
  a class and a property partition, the vocabularies used, and a ``void:Linkset`` per kind
  of outward link (``owl:sameAs`` to TOOI, say).

tests/test_describe.py validates the description with pySHACL against DCAT-AP 3.0.1's
published shapes. Nothing here depends on the order of the quads, and the IRIs of the
description's own nodes are minted from the dataset IRI, so two descriptions of the same
files differ only in their dates.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote, urlsplit

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, RdfFormat, Triple, serialize

from .. import __version__
from ..domain.errors import UsageError
from .export import ExportOptions, Written, compact_iri
from .vocab import DEFAULT_BASE, KB_NS, PREFIXES, Vocabulary

DCAT = Vocabulary("dcat", "http://www.w3.org/ns/dcat#", """
    Dataset Distribution DataService accessURL downloadURL mediaType byteSize distribution keyword theme
    endpointURL servesDataset accessService startDate endDate""")
DCT = Vocabulary("dcterms", "http://purl.org/dc/terms/", """
    title description identifier issued modified license format language spatial temporal publisher
    conformsTo provenance LicenseDocument MediaType MediaTypeOrExtent LinguisticSystem Location
    PeriodOfTime ProvenanceStatement Standard date type""")
VOID = Vocabulary("void", "http://rdfs.org/ns/void#", """
    Dataset Linkset triples entities classes properties distinctSubjects distinctObjects classPartition
    propertyPartition class property vocabulary uriSpace sparqlEndpoint dataDump subjectsTarget
    objectsTarget linkPredicate feature""")
SPDX = Vocabulary("spdx", "http://spdx.org/rdf/terms#", "Checksum checksum algorithm checksumValue "
                  "checksumAlgorithm_sha256")
PROV = Vocabulary("prov", "http://www.w3.org/ns/prov#", "Activity SoftwareAgent wasGeneratedBy "
                  "wasAssociatedWith endedAtTime")
FOAF = Vocabulary("foaf", "http://xmlns.com/foaf/0.1/", "Agent name")
SKOS = Vocabulary("skos", "http://www.w3.org/2004/02/skos/core#", "Concept prefLabel")
RDF = Vocabulary("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "type")
RDFS = Vocabulary("rdfs", "http://www.w3.org/2000/01/rdf-schema#", "label")
XSD = Vocabulary("xsd", "http://www.w3.org/2001/XMLSchema#", "date dateTime nonNegativeInteger hexBinary integer")

EU = "http://publications.europa.eu/resource/authority/"
IANA = "https://www.iana.org/assignments/media-types/"
CC0 = "http://creativecommons.org/publicdomain/zero/1.0/"
LICENCES = {  # short names the command line accepts for --licence
    "cc0": CC0,
    "cc-by": "http://creativecommons.org/licenses/by/4.0/",
    "cc-by-sa": "http://creativecommons.org/licenses/by-sa/4.0/",
}
ADMS_LICENCE_TYPE = "http://purl.org/adms/licencetype/"
LICENCE_TYPES = {CC0: "PublicDomain", LICENCES["cc-by"]: "Attribution", LICENCES["cc-by-sa"]: "ShareAlike"}
FILE_TYPES = {  # exporter name -> EU file-type authority code (only those the authority list has)
    "turtle": "RDF_TURTLE", "trig": "RDF_TRIG", "nquads": "RDF_N_QUADS", "ntriples": "RDF_N_TRIPLES",
    "jsonld": "JSON_LD", "html": "HTML", "png": "PNG", "svg": "SVG",
}
IANA_REGISTERED = {"text/turtle", "application/trig", "application/n-quads", "application/n-triples",
                   "application/ld+json", "text/html", "image/png", "image/svg+xml"}
DESCRIPTION_PREFIXES = dict(PREFIXES, spdx=SPDX.namespace, dcatap="http://data.europa.eu/r5r/")
LINK_PREDICATES = {"http://www.w3.org/2002/07/owl#sameAs", "http://www.w3.org/2000/01/rdf-schema#seeAlso",
                   "http://www.w3.org/2004/02/skos/core#exactMatch", "http://www.w3.org/2004/02/skos/core#closeMatch"}


@dataclass(frozen=True)
class DescriptionOptions:
    """What the description says beyond what the data shows."""

    base: str = DEFAULT_BASE  # the dataset's IRIs live here; the dataset is {base}dataset
    title: str = "Kamerbrieven knowledge graph"
    description: str = ("Organisations, persons, reports, recommendations, the government's responses and "
                        "commitments read from Dutch government letters to parliament (Kamerbrieven), each "
                        "fact with the passage it was read from.")
    licence: str = CC0  # an IRI, or a short name from LICENCES
    endpoint: str | None = None  # a SPARQL endpoint serving the dataset
    download_base: str | None = None  # where the files will be published; default: their file: URLs
    publisher: str | None = None  # the name of the person or organisation that publishes the data
    keywords: tuple[str, ...] = ("Kamerbrieven", "Tweede Kamer", "kabinetsreactie", "aanbevelingen",
                                 "knowledge graph")
    issued: datetime | None = None  # default: the build graph's end time, else now


@dataclass(frozen=True)
class Statistics:
    """VoID numbers of a dataset."""

    triples: int
    entities: int
    distinct_subjects: int
    distinct_objects: int
    classes: dict[str, int] = field(default_factory=dict)  # class IRI -> entities
    properties: dict[str, int] = field(default_factory=dict)  # property IRI -> triples
    vocabularies: tuple[str, ...] = ()
    links: dict[tuple[str, str], int] = field(default_factory=dict)  # (predicate, target space) -> triples
    letters: int = 0
    first_date: str | None = None
    last_date: str | None = None
    built: str | None = None  # the build activity's IRI
    built_at: str | None = None  # and its end time


def licence_iri(value: str) -> str:
    """'cc-by' -> the CC BY 4.0 IRI; an http(s) IRI as it is; anything else is a usage error."""
    if value.lower() in LICENCES:
        return LICENCES[value.lower()]
    if urlsplit(value).scheme in ("http", "https") and urlsplit(value).netloc:
        return value
    raise UsageError(f"--licence '{value}': give a licence IRI or one of {', '.join(LICENCES)}")


def _check_url(value: str | None, option: str) -> None:
    if value is not None and not (urlsplit(value).scheme in ("http", "https") and urlsplit(value).netloc):
        raise UsageError(f"{option} '{value}': give an http(s) URL")


def namespace_of(iri: str) -> str:
    """'http://www.w3.org/ns/org#Post' -> 'http://www.w3.org/ns/org#'."""
    cut = max(iri.rfind("#"), iri.rfind("/"))
    return iri[:cut + 1] if cut >= 0 else iri


def statistics(dataset: Sequence[Quad], base: str = DEFAULT_BASE) -> Statistics:
    """Count what VoID reports about a dataset (quads in all graphs)."""
    quads = set(dataset)
    subjects: set[str] = set()
    objects: set[str] = set()
    typed: dict[str, set[str]] = defaultdict(set)
    properties: Counter[str] = Counter()
    links: Counter[tuple[str, str]] = Counter()
    letters: set[str] = set()
    dates: list[str] = []
    built: tuple[str, str] | None = None
    type_iri = RDF.type.value
    for q in quads:
        subject, predicate, obj = q.subject, q.predicate.value, q.object
        subjects.add(str(subject))
        objects.add(str(obj))
        properties[predicate] += 1
        if predicate == type_iri and isinstance(obj, NamedNode):
            if isinstance(subject, NamedNode):
                typed[obj.value].add(subject.value)
            if obj.value == KB_NS + "Letter":
                letters.add(str(subject))
            if obj.value == PROV.Activity.value and isinstance(subject, NamedNode) and "/build/" in subject.value:
                built = built or (subject.value, "")
        elif predicate in LINK_PREDICATES and isinstance(obj, NamedNode) and not obj.value.startswith(base):
            parts = urlsplit(obj.value)
            links[(predicate, f"{parts.scheme}://{parts.netloc}/")] += 1
    for q in quads:
        if str(q.subject) in letters and q.predicate.value == DCT.date.value and isinstance(q.object, Literal):
            dates.append(q.object.value)
        if (built and isinstance(q.subject, NamedNode) and q.subject.value == built[0]
                and q.predicate == PROV.endedAtTime and isinstance(q.object, Literal)):
            built = (built[0], q.object.value)
    used = {namespace_of(c) for c in typed} | {namespace_of(p) for p in properties}
    return Statistics(
        triples=len(quads), entities=len(set().union(*typed.values())) if typed else 0,
        distinct_subjects=len(subjects), distinct_objects=len(objects),
        classes={c: len(members) for c, members in sorted(typed.items())},
        properties=dict(sorted(properties.items())), vocabularies=tuple(sorted(used)),
        links=dict(sorted(links.items())), letters=len(letters),
        first_date=min(dates) if dates else None, last_date=max(dates) if dates else None,
        built=built[0] if built else None, built_at=built[1] if built and built[1] else None)


class _Triples:
    def __init__(self) -> None:
        self.triples: list[Triple] = []

    def add(self, subject: NamedNode | BlankNode, predicate: NamedNode, obj: NamedNode | BlankNode | Literal) -> None:
        self.triples.append(Triple(subject, predicate, obj))

    def text(self, subject: NamedNode, predicate: NamedNode, value: str, language: str | None = "en") -> None:
        self.add(subject, predicate, Literal(value, language=language) if language else Literal(value))

    def typed(self, subject: NamedNode, predicate: NamedNode, value: object, datatype: NamedNode) -> None:
        self.add(subject, predicate, Literal(str(value), datatype=datatype))

    def node(self, subject: NamedNode, predicate: NamedNode, iri: str, cls: NamedNode) -> NamedNode:
        """``subject predicate <iri>`` and ``<iri> a cls``; returns the node."""
        node = NamedNode(iri)
        self.add(subject, predicate, node)
        self.add(node, RDF.type, cls)
        return node


def _slug(iri: str) -> str:
    """A readable fragment for an IRI: 'kb-Letter', 'identifier.overheid.nl'."""
    text = compact_iri(iri, DESCRIPTION_PREFIXES)
    if text == iri:
        text = iri.split("://", 1)[-1]
    return quote(text.replace(":", "-").replace("/", "-").replace("#", "-").strip("-"), safe="-._~")


def _access_url(written: Written, options: DescriptionOptions) -> NamedNode:
    if options.download_base:
        return NamedNode(options.download_base.rstrip("/") + "/" + quote(written.path.name))
    return NamedNode(Path(written.path).resolve().as_uri())


def describe(dataset: Sequence[Quad], files: Iterable[Written] = (),
             options: DescriptionOptions | None = None) -> list[Triple]:
    """The DCAT-AP and VoID description of ``dataset`` and of the ``files`` it was exported to."""
    options = options or DescriptionOptions()
    licence = NamedNode(licence_iri(options.licence))
    _check_url(options.endpoint, "--endpoint")
    _check_url(options.download_base, "--download-base")
    stats = statistics(dataset, options.base)
    issued = options.issued or (datetime.fromisoformat(stats.built_at) if stats.built_at else datetime.now(UTC))
    stamp = Literal(issued.astimezone(UTC).isoformat(timespec="seconds"), datatype=XSD.dateTime)
    d = NamedNode(options.base + "dataset")
    g = _Triples()

    g.add(d, RDF.type, DCAT.Dataset)
    g.add(d, RDF.type, VOID.Dataset)
    g.text(d, DCT.title, options.title)
    g.text(d, DCT.description, f"{options.description} {stats.letters} letter{'s' if stats.letters != 1 else ''}, "
                               f"{stats.triples} statements.")
    g.text(d, DCT.identifier, d.value, language=None)
    g.add(d, DCT.issued, stamp)
    g.add(d, DCT.modified, stamp)
    for keyword in options.keywords:
        g.text(d, DCAT.keyword, keyword, language="nl")
    theme = g.node(d, DCAT.theme, EU + "data-theme/GOVE", SKOS.Concept)
    g.text(theme, SKOS.prefLabel, "Government and public sector")
    g.node(d, DCT.language, EU + "language/NLD", DCT.LinguisticSystem)
    g.node(d, DCT.spatial, EU + "country/NLD", DCT.Location)
    if stats.first_date and stats.last_date:
        period = g.node(d, DCT.temporal, f"{d.value}#period", DCT.PeriodOfTime)
        g.typed(period, DCAT.startDate, stats.first_date, XSD.date)
        g.typed(period, DCAT.endDate, stats.last_date, XSD.date)
    ontology = g.node(d, DCT.conformsTo, KB_NS.rstrip("#"), DCT.Standard)
    g.text(ontology, DCT.title, "kg ontology for Kamerbrieven")
    if options.publisher:
        publisher = g.node(d, DCT.publisher, f"{d.value}#publisher", FOAF.Agent)
        g.text(publisher, FOAF.name, options.publisher, language=None)
    _provenance(g, d, stats, issued)
    _void(g, d, stats, options)
    for written in files:
        _distribution(g, d, written, options, licence, stamp)
    if options.endpoint:
        _endpoint(g, d, options, licence)
    return sorted(set(g.triples), key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))


def _provenance(g: _Triples, d: NamedNode, stats: Statistics, issued: datetime) -> None:
    activity = g.node(d, PROV.wasGeneratedBy, stats.built or f"{d.value}#build", PROV.Activity)
    software = g.node(activity, PROV.wasAssociatedWith, f"{d.value}#kg-{__version__}", PROV.SoftwareAgent)
    g.text(software, RDFS.label, f"kg {__version__}", language=None)
    statement = g.node(d, DCT.provenance, f"{d.value}#provenance", DCT.ProvenanceStatement)
    g.text(statement, RDFS.label, f"Read from {stats.letters} government letter{'s' if stats.letters != 1 else ''} "
                                  f"by kg {__version__} (rule-based extraction; every fact carries its evidence "
                                  f"as a Web Annotation quote and position), built "
                                  f"{issued.astimezone(UTC).isoformat(timespec='seconds')}.")


def _void(g: _Triples, d: NamedNode, stats: Statistics, options: DescriptionOptions) -> None:
    count = XSD.integer
    g.typed(d, VOID.triples, stats.triples, count)
    g.typed(d, VOID.entities, stats.entities, count)
    g.typed(d, VOID.classes, len(stats.classes), count)
    g.typed(d, VOID.properties, len(stats.properties), count)
    g.typed(d, VOID.distinctSubjects, stats.distinct_subjects, count)
    g.typed(d, VOID.distinctObjects, stats.distinct_objects, count)
    g.text(d, VOID.uriSpace, options.base, language=None)
    for namespace in stats.vocabularies:
        g.add(d, VOID.vocabulary, NamedNode(namespace))
    for cls, entities in stats.classes.items():
        partition = NamedNode(f"{d.value}#class-{_slug(cls)}")
        g.add(d, VOID.classPartition, partition)
        g.add(partition, VOID["class"], NamedNode(cls))
        g.typed(partition, VOID.entities, entities, count)
    for prop, triples in stats.properties.items():
        partition = NamedNode(f"{d.value}#property-{_slug(prop)}")
        g.add(d, VOID.propertyPartition, partition)
        g.add(partition, VOID.property, NamedNode(prop))
        g.typed(partition, VOID.triples, triples, count)
    for (predicate, space), triples in stats.links.items():
        linkset = NamedNode(f"{d.value}#links-{_slug(predicate)}-{_slug(space)}")
        g.add(linkset, RDF.type, VOID.Linkset)
        g.add(linkset, VOID.subjectsTarget, d)
        target = g.node(linkset, VOID.objectsTarget, f"{d.value}#target-{_slug(space)}", VOID.Dataset)
        g.add(linkset, VOID.linkPredicate, NamedNode(predicate))
        g.typed(linkset, VOID.triples, triples, count)
        g.text(target, VOID.uriSpace, space, language=None)
    if options.endpoint:
        g.add(d, VOID.sparqlEndpoint, NamedNode(options.endpoint))


def _distribution(g: _Triples, d: NamedNode, written: Written, options: DescriptionOptions, licence: NamedNode,
                  stamp: Literal) -> None:
    dist = g.node(d, DCAT.distribution, f"{d.value}/distribution/{_slug(written.path.name)}", DCAT.Distribution)
    url = _access_url(written, options)
    g.text(dist, DCT.title, f"{written.path.name} ({written.exporter})")
    kind = "the dataset" if written.is_rdf else "a view of the dataset"
    g.text(dist, DCT.description, f"{kind} as {written.exporter}: {written.count} {written.unit}")
    g.add(dist, DCAT.accessURL, url)
    g.add(dist, DCAT.downloadURL, url)
    g.typed(dist, DCAT.byteSize, written.byte_size, XSD.nonNegativeInteger)
    g.add(dist, DCT.issued, stamp)
    g.add(dist, DCT.license, licence)
    g.add(licence, RDF.type, DCT.LicenseDocument)
    if licence.value in LICENCE_TYPES:
        licence_type = g.node(licence, DCT.type, ADMS_LICENCE_TYPE + LICENCE_TYPES[licence.value], SKOS.Concept)
        g.text(licence_type, SKOS.prefLabel, LICENCE_TYPES[licence.value])
    if written.media_type in IANA_REGISTERED:
        g.node(dist, DCAT.mediaType, IANA + written.media_type, DCT.MediaType)
    if written.exporter in FILE_TYPES:
        g.node(dist, DCT.format, EU + "file-type/" + FILE_TYPES[written.exporter], DCT.MediaTypeOrExtent)
    checksum = g.node(dist, SPDX.checksum, f"{dist.value}#sha256", SPDX.Checksum)
    g.add(checksum, SPDX.algorithm, SPDX.checksumAlgorithm_sha256)
    g.typed(checksum, SPDX.checksumValue, written.sha256, XSD.hexBinary)
    if written.is_rdf:
        g.add(d, VOID.dataDump, url)


def _endpoint(g: _Triples, d: NamedNode, options: DescriptionOptions, licence: NamedNode) -> None:
    service = NamedNode(f"{d.value}/service/sparql")
    endpoint = NamedNode(options.endpoint or "")
    g.add(service, RDF.type, DCAT.DataService)
    g.text(service, DCT.title, f"SPARQL endpoint of {options.title}")
    g.add(service, DCAT.endpointURL, endpoint)
    g.add(service, DCAT.servesDataset, d)
    g.node(service, DCT.conformsTo, "https://www.w3.org/TR/sparql11-protocol/", DCT.Standard)
    g.add(service, DCT.license, licence)
    for keyword in options.keywords:
        g.text(service, DCAT.keyword, keyword, language="nl")
    g.add(service, DCAT.theme, NamedNode(EU + "data-theme/GOVE"))
    if options.publisher:
        g.add(service, DCT.publisher, NamedNode(f"{d.value}#publisher"))
    dist = g.node(d, DCAT.distribution, f"{d.value}/distribution/sparql", DCAT.Distribution)
    g.text(dist, DCT.title, "SPARQL endpoint")
    g.text(dist, DCT.description, "the dataset through a SPARQL 1.1 endpoint")
    g.add(dist, DCAT.accessURL, endpoint)
    g.add(dist, DCAT.accessService, service)
    g.add(dist, DCT.license, licence)


def description_turtle(triples: Sequence[Triple]) -> bytes:
    """The description as Turtle with the usual prefixes."""
    turtle = serialize(triples, format=RdfFormat.TURTLE, prefixes=DESCRIPTION_PREFIXES)
    assert turtle is not None  # given no output, serialize returns the bytes
    return turtle


def description_path(data_path: Path | str) -> Path:
    """Where the description of a data file goes: beside it, as FILE.dcat.ttl."""
    data_path = Path(data_path)
    return data_path.with_name(data_path.name + ".dcat.ttl")


@dataclass(frozen=True)
class Published:
    """What ``publish`` wrote: the exported files and the descriptions beside them."""

    files: tuple[Written, ...]
    descriptions: tuple[Path, ...]
    description: tuple[Triple, ...]


def publish(dataset: Sequence[Quad], paths: Sequence[Path | str], options: ExportOptions | None = None,
            description: DescriptionOptions | None = None, describe_all: bool = False) -> Published:
    """Export ``dataset`` to every path, then write its description beside each RDF file
    (beside every file when ``describe_all``) as FILE.dcat.ttl."""
    from .export import check_options, export, exporter_class
    from .rdfio import write_atomic

    description = description or DescriptionOptions()
    licence_iri(description.licence)
    _check_url(description.endpoint, "--endpoint")
    _check_url(description.download_base, "--download-base")
    for path in paths:
        exporter_class(path)
    if options is not None:
        check_options(options)
    files = tuple(export(dataset, path, options) for path in paths)
    triples = tuple(describe(dataset, files, description))
    turtle = description_turtle(list(triples))
    beside = tuple(description_path(w.path) for w in files if w.is_rdf or describe_all)
    for path in beside:
        write_atomic(path, turtle)
    return Published(files=files, descriptions=beside, description=triples)
