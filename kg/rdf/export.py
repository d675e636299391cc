"""Exports: one graph, many formats, the format picked by the output file's suffix.

    .ttl .trig .nq .nt     RDF through pyoxigraph (stable prefixes, stable order; kg/rdf/rdfio.py)
    .jsonld                JSON-LD compacted with kg's published context (kg/data/context.jsonld)
    .graphml .gexf         the entity network (kg/visualise.py) for Gephi, Cytoscape, networkx
    .html                  an interactive view in one self-contained file
    .png .svg              a picture: the network overview, or the stances chart

Every exporter is a class in ``EXPORTERS`` (name -> class, like rdflib's plugin registry)
with the same ``serialize(dataset, stream)``: ``dataset`` is a sequence of pyoxigraph quads,
``stream`` a binary file object; it returns how many items (quads, triples, nodes) it wrote.
``export`` writes one file atomically and says what it wrote.
"""
from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import BinaryIO, ClassVar

from pyoxigraph import BlankNode, DefaultGraph, Literal, NamedNode, Quad, Triple

from ..domain.errors import UsageError
from ..domain.resources import data_file
from .rdfio import DATASET_SUFFIXES, serialize_quads, sort_key, write_atomic
from .vocab import RDF

PICTURES = ("overview", "stances")
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@dataclass(frozen=True)
class ExportOptions:
    """Choices that some exporters use; the others ignore them."""

    ego: str | None = None  # an entity (IRI or label) to centre html/png/svg on
    depth: int = 1  # how many steps around the ego entity to show (1 or 2)
    picture: str = "overview"  # png/svg: "overview" (the network) or "stances" (the chart)
    context_url: str | None = None  # JSON-LD: refer to the context at this URL instead of embedding it
    title: str = "kg: Kamerbrieven knowledge graph"


@dataclass(frozen=True)
class Written:
    """One file an export wrote."""

    path: Path
    exporter: str  # registry name
    media_type: str
    count: int
    unit: str  # "quads", "triples", "nodes", "reports"
    byte_size: int
    sha256: str
    is_rdf: bool

    def summary(self) -> str:
        return f"{self.path} ({self.count} {self.unit})"


class Exporter:
    """Base of every exporter: a name, the suffixes it writes, and ``serialize``."""

    name: ClassVar[str] = ""
    suffixes: ClassVar[tuple[str, ...]] = ()
    media_type: ClassVar[str] = "application/octet-stream"
    unit: ClassVar[str] = "quads"
    is_rdf: ClassVar[bool] = False

    def __init__(self, options: ExportOptions | None = None):
        self.options = options or ExportOptions()

    def serialize(self, dataset: Sequence[Quad], stream: BinaryIO) -> int:
        """Write ``dataset`` to ``stream``; return the number of items written."""
        raise NotImplementedError


class _RdfExporter(Exporter):
    is_rdf = True

    def serialize(self, dataset: Sequence[Quad], stream: BinaryIO) -> int:
        data, count = serialize_quads(dataset, self.suffixes[0])
        stream.write(data)
        return count


class TurtleExporter(_RdfExporter):
    name, suffixes, media_type, unit = "turtle", (".ttl",), "text/turtle", "triples"


class TriGExporter(_RdfExporter):
    name, suffixes, media_type = "trig", (".trig",), "application/trig"


class NQuadsExporter(_RdfExporter):
    name, suffixes, media_type = "nquads", (".nq",), "application/n-quads"


class NTriplesExporter(_RdfExporter):
    name, suffixes, media_type, unit = "ntriples", (".nt",), "application/n-triples", "triples"


class JsonLdExporter(Exporter):
    """JSON-LD compacted with kg's context: prefixed names, plain strings, one object per subject.

    The compaction is done here rather than by a JSON-LD processor: with a context of
    prefixes only, it is a direct rewrite of the expanded form, fast on large graphs and
    exact (a test parses the output back with pyoxigraph and rdflib and compares counts).
    Named graphs become ``{"@id": graph, "@graph": [...]}`` objects.
    """

    name, suffixes, media_type, is_rdf = "jsonld", (".jsonld",), "application/ld+json", True

    def serialize(self, dataset: Sequence[Quad], stream: BinaryIO) -> int:
        document, count = compact_jsonld(dataset, self.options.context_url)
        stream.write(json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"))
        stream.write(b"\n")
        return count


class _NetworkExporter(Exporter):
    """The projected network (kg/visualise.py) in a graph file format, written by ``visualise.<writer>``."""

    unit = "nodes"
    writer: ClassVar[str]

    def serialize(self, dataset: Sequence[Quad], stream: BinaryIO) -> int:
        from .. import visualise
        network = visualise.project(dataset)
        getattr(visualise, self.writer)(network, stream)
        return network.number_of_nodes()


class GraphMLExporter(_NetworkExporter):
    name, suffixes, media_type, writer = "graphml", (".graphml",), "application/graphml+xml", "write_graphml"


class GexfExporter(_NetworkExporter):
    name, suffixes, media_type, writer = "gexf", (".gexf",), "application/gexf+xml", "write_gexf"


class HtmlExporter(Exporter):
    name, suffixes, media_type, unit = "html", (".html", ".htm"), "text/html", "nodes"

    def serialize(self, dataset: Sequence[Quad], stream: BinaryIO) -> int:
        from ..visualise import html_view
        page, count = html_view(dataset, ego=self.options.ego, depth=self.options.depth, title=self.options.title)
        stream.write(page.encode("utf-8"))
        return count


class _PictureExporter(Exporter):
    picture_format: ClassVar[str] = "png"

    def __init__(self, options: ExportOptions | None = None):
        super().__init__(options)
        self.unit = "reports" if self.options.picture == "stances" else "nodes"  # type: ignore[misc]

    def serialize(self, dataset: Sequence[Quad], stream: BinaryIO) -> int:
        from ..visualise import overview_picture, stance_chart
        if self.options.picture == "stances":
            return stance_chart(dataset, stream, self.picture_format)
        return overview_picture(dataset, stream, self.picture_format, ego=self.options.ego,
                                depth=self.options.depth)


class PngExporter(_PictureExporter):
    name, suffixes, media_type, picture_format = "png", (".png",), "image/png", "png"


class SvgExporter(_PictureExporter):
    name, suffixes, media_type, picture_format = "svg", (".svg",), "image/svg+xml", "svg"


EXPORTERS: dict[str, type[Exporter]] = {
    exporter.name: exporter
    for exporter in (TurtleExporter, TriGExporter, NQuadsExporter, NTriplesExporter, JsonLdExporter,
                     GraphMLExporter, GexfExporter, HtmlExporter, PngExporter, SvgExporter)
}


def exporter_class(path: Path | str) -> type[Exporter]:
    """The exporter for a file name, by its suffix; a UsageError names the suffixes known."""
    suffix = Path(path).suffix.lower()
    for exporter in EXPORTERS.values():
        if suffix in exporter.suffixes:
            return exporter
    known = ", ".join(s for exporter in EXPORTERS.values() for s in exporter.suffixes)
    raise UsageError(f"{path}: cannot export to '{suffix or 'a file without suffix'}' (use one of {known})")


def check_options(options: ExportOptions) -> None:
    if options.depth not in (1, 2, 3):
        raise UsageError(f"--depth {options.depth}: use 1, 2 or 3")
    if options.picture not in PICTURES:
        raise UsageError(f"--picture {options.picture}: use one of {', '.join(PICTURES)}")


def export(dataset: Sequence[Quad], path: Path | str, options: ExportOptions | None = None) -> Written:
    """Write ``dataset`` to ``path`` in the format its suffix names, atomically."""
    path = Path(path)
    options = options or ExportOptions()
    check_options(options)
    exporter = exporter_class(path)(options)
    buffer = io.BytesIO()
    count = exporter.serialize(dataset, buffer)
    data = buffer.getvalue()
    unit = exporter.unit
    write_atomic(path, data)
    return Written(path=path, exporter=exporter.name, media_type=exporter.media_type, count=count,
                   unit=unit, byte_size=len(data), sha256=hashlib.sha256(data).hexdigest(),
                   is_rdf=exporter.is_rdf)


# ---------------------------------------------------------------- JSON-LD

@cache
def jsonld_context() -> dict[str, str]:
    """The prefixes of kg's published JSON-LD context (kg/data/context.jsonld)."""
    with data_file("context.jsonld").open(encoding="utf-8") as stream:
        return dict(json.load(stream)["@context"])


def compact_iri(iri: str, context: dict[str, str]) -> str:
    """'https://w3id.org/kamerbrieven/def#Letter' -> 'kb:Letter' when a prefix fits; else the IRI.

    The longest namespace wins. A suffix that starts with '//' would read back as an absolute
    IRI, so such IRIs stay whole.
    """
    best = ""
    for prefix, namespace in context.items():
        if iri.startswith(namespace) and len(namespace) > len(context.get(best, "")):
            best = prefix
    if best:
        suffix = iri[len(context[best]):]
        if not suffix.startswith("//"):
            return f"{best}:{suffix}"
    return iri


def _node_id(term: NamedNode | BlankNode | Triple, context: dict[str, str]) -> str:
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    if isinstance(term, NamedNode):
        return compact_iri(term.value, context)
    raise UsageError(f"cannot write {term} in JSON-LD: quoted triples are not supported")


def _value(term: NamedNode | BlankNode | Literal | Triple, context: dict[str, str]) -> object:
    if isinstance(term, Literal):
        if term.language:
            return {"@value": term.value, "@language": term.language}
        if term.datatype.value == _XSD_STRING:
            return term.value
        return {"@value": term.value, "@type": compact_iri(term.datatype.value, context)}
    if isinstance(term, (NamedNode, BlankNode)):
        return {"@id": _node_id(term, context)}
    raise UsageError(f"cannot write {term} in JSON-LD: quoted triples are not supported")


def _node_objects(quads: Sequence[Quad], context: dict[str, str]) -> dict[str, dict]:
    """One JSON-LD node object per subject, in the quads' order."""
    nodes: dict[str, dict] = {}
    for quad in quads:
        subject = _node_id(quad.subject, context)
        node = nodes.setdefault(subject, {"@id": subject})
        if quad.predicate == RDF.type and isinstance(quad.object, NamedNode):
            node.setdefault("@type", []).append(compact_iri(quad.object.value, context))
            continue
        node.setdefault(compact_iri(quad.predicate.value, context), []).append(_value(quad.object, context))
    return nodes


def compact_jsonld(dataset: Sequence[Quad], context_url: str | None = None) -> tuple[dict, int]:
    """The dataset as one compacted JSON-LD document, and the number of quads in it."""
    context = jsonld_context()
    ordered = sorted(set(dataset), key=sort_key)
    by_graph: dict[str, list[Quad]] = {}
    for quad in ordered:
        graph = "" if isinstance(quad.graph_name, DefaultGraph) else _node_id(quad.graph_name, context)
        by_graph.setdefault(graph, []).append(quad)
    top = _node_objects(by_graph.pop("", []), context)
    for graph, quads in by_graph.items():
        holder = top.setdefault(graph, {"@id": graph})
        holder["@graph"] = list(_node_objects(quads, context).values())
    document = {"@context": context_url or context, "@graph": list(top.values())}
    return document, len(ordered)


def rdf_suffixes() -> tuple[str, ...]:
    """The suffixes of the RDF exporters (the files a dataset description describes)."""
    return tuple(s for exporter in EXPORTERS.values() if exporter.is_rdf for s in exporter.suffixes)


__all__ = ["EXPORTERS", "ExportOptions", "Exporter", "Written", "check_options", "compact_iri",
           "compact_jsonld", "export", "exporter_class", "jsonld_context", "rdf_suffixes",
           "DATASET_SUFFIXES"]
