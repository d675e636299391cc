"""Validate: pySHACL with shapes/ -> a readable report per letter.

The data graph is the union of the dataset's graphs (a shape about a letter's signatory needs
the person's canonical name from the entities graph). Each result is put under the letter
whose graph holds its focus node, and printed with the node's label, so that a person can
see what is wrong and where without reading SHACL.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from typing import Iterable

import rdflib
from pyoxigraph import BlankNode, DefaultGraph, Literal, NamedNode, Quad
from rdflib.namespace import SH

from .resources import shape_files

LABELS = ("http://www.w3.org/2004/02/skos/core#prefLabel", "http://xmlns.com/foaf/0.1/name",
          "http://purl.org/dc/terms/title", "http://purl.org/dc/terms/identifier",
          "http://www.w3.org/2000/01/rdf-schema#label")
DATASET = "(dataset)"


@dataclass(frozen=True)
class Problem:
    focus: str
    label: str | None
    path: str | None
    message: str
    severity: str  # Violation, Warning, Info
    shape: str | None = None

    def line(self) -> str:
        where = f"{self.label} <{self.focus}>" if self.label else f"<{self.focus}>"
        path = f" ({_short(self.path)})" if self.path else ""
        return f"{self.severity}: {where}{path}: {self.message}"


@dataclass
class ValidationReport:
    conforms: bool
    problems: dict[str, list[Problem]] = field(default_factory=dict)  # letter id -> problems

    @property
    def count(self) -> int:
        return sum(len(p) for p in self.problems.values())

    def text(self) -> str:
        if self.conforms and not self.problems:
            return "The graph conforms to the shapes."
        lines = []
        for letter, problems in sorted(self.problems.items()):
            lines.append(f"{letter}: {len(problems)} problem{'s' if len(problems) != 1 else ''}")
            lines.extend(f"  {p.line()}" for p in problems)
        verdict = "conforms to" if self.conforms else "does not conform to"
        lines.append(f"The graph {verdict} the shapes ({self.count} result{'s' if self.count != 1 else ''}).")
        return "\n".join(lines)


@cache
def shapes_graph() -> rdflib.Graph:
    graph = rdflib.Graph()
    for path in shape_files():
        graph.parse(path, format="turtle")
    return graph


def to_rdflib(quads: Iterable[Quad]) -> rdflib.Graph:
    """The union of the quads as one rdflib Graph (for pySHACL)."""
    graph = rdflib.Graph()
    add = graph.add
    for quad in quads:
        add((_term(quad.subject), _term(quad.predicate), _term(quad.object)))
    return graph


def _term(term):
    if isinstance(term, NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))
    if isinstance(term, BlankNode):
        return rdflib.BNode(term.value)
    raise TypeError(f"unsupported term {term!r}")


def validate(quads: list[Quad]) -> ValidationReport:
    """Validate a dataset against shapes/; results are grouped per letter graph."""
    from pyshacl import validate as shacl

    data = to_rdflib(quads)
    conforms, results, _ = shacl(data, shacl_graph=shapes_graph(), inference="none",
                                 advanced=True, abort_on_first=False, allow_warnings=True)
    owner = _graph_of_subjects(quads)
    report = ValidationReport(conforms=bool(conforms))
    grouped: dict[str, list[Problem]] = defaultdict(list)
    for result in results.subjects(rdflib.RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        severity = results.value(result, SH.resultSeverity)
        shape = results.value(result, SH.sourceShape)
        problem = Problem(focus=str(focus), label=_label(data, focus), path=str(path) if path else None,
                          message=str(message) if message else "does not satisfy its shape",
                          severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
                          shape=str(shape) if isinstance(shape, rdflib.URIRef) else None)
        grouped[owner.get(str(focus), DATASET)].append(problem)
    report.problems = {k: sorted(v, key=lambda p: (p.focus, p.message)) for k, v in grouped.items()}
    return report


def _graph_of_subjects(quads: Iterable[Quad]) -> dict[str, str]:
    """Subject IRI -> the letter id of the first letter graph that describes it."""
    owner: dict[str, str] = {}
    for quad in quads:
        graph = quad.graph_name
        if isinstance(graph, DefaultGraph):
            continue
        if "/graph/letter/" in graph.value:
            owner.setdefault(quad.subject.value, graph.value.rsplit("/graph/letter/", 1)[1])
    return owner


def _label(graph: rdflib.Graph, node) -> str | None:
    for predicate in LABELS:
        value = graph.value(node, rdflib.URIRef(predicate))
        if value is not None:
            return str(value)
    return None


def _short(iri: str) -> str:
    for prefix, namespace in (("kb:", "https://w3id.org/kamerbrieven/def#"), ("dcterms:", "http://purl.org/dc/terms/"),
                              ("foaf:", "http://xmlns.com/foaf/0.1/"), ("org:", "http://www.w3.org/ns/org#"),
                              ("skos:", "http://www.w3.org/2004/02/skos/core#"), ("prov:", "http://www.w3.org/ns/prov#"),
                              ("oa:", "http://www.w3.org/ns/oa#"), ("rdf:", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")):
        if iri.startswith(namespace):
            return prefix + iri[len(namespace):]
    return iri
