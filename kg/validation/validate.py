"""Validate: the shapes of shapes/ -> a readable report per letter, in batches at corpus scale.

kg's graphs hold disjoint nodes (kg/rdf/build.py): a letter graph describes only the letter, the
nodes minted under its IRI and its source file; everything about shared nodes (persons,
organisations, posts, reports, laws) is in the entities graph. So the dataset is validated in
parts whose results together are the whole-dataset report:

* **letter batches** (``check_letters``): a few letter graphs at a time, with the classes of
  the shared nodes their values name (``EntityIndex``: a signature's person must be a
  foaf:Person). Each result goes under the letter whose graph holds its focus node.
* **the entities and build graphs** (``check_entities``), once; their results go under
  DATASET ('(dataset)').

This holds for shapes that look at a focus node's own triples and at the classes of its values
(targets, paths of one predicate, counts, datatypes, patterns, ``sh:in``, ``sh:class``): what
our shapes use, and for data whose graphs hold disjoint nodes, as kg writes them. Other data
(a node described in two graphs, subclasses stated) gets one validation of the whole dataset
(with kg's engine where it applies), and shapes that reach further (``sh:node``, qualified
shapes, SPARQL constraints, complex paths, SHACL rules) one pySHACL call over it
(``validate_whole``); their results go under the first letter graph that describes their focus
node. OWL inference is never used; SHACL-AF
("advanced") only when the shapes contain SHACL-AF terms. kg/validation/shacl.py is the quick engine for
the shapes it knows (the same results as pySHACL, tests/test_validate_batches.py).

Each result is printed with its node's label, so that a person can see what is wrong and where
without reading SHACL.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import islice

import rdflib
from pyoxigraph import BlankNode, DefaultGraph, Literal, NamedNode, Quad, Triple
from rdflib.namespace import SH

from ..domain.collector import collector_paused
from ..domain.resources import shape_files
from ..rdf.vocab import PREFIXES
from . import shacl

LABELS = ("http://www.w3.org/2004/02/skos/core#prefLabel", "http://xmlns.com/foaf/0.1/name",
          "http://purl.org/dc/terms/title", "http://purl.org/dc/terms/identifier",
          "http://www.w3.org/2000/01/rdf-schema#label")
DATASET = "(dataset)"
RDF_TYPE_IRI = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDF_TYPE = NamedNode(RDF_TYPE_IRI)
SUBCLASS = NamedNode(shacl.SUBCLASS)
LETTER_GRAPH = "/graph/letter/"
BATCH_LETTERS = 64  # letters per pySHACL call: the call's fixed cost is ~25 ms

# Shape terms that make a result depend on more than the focus node's triples and the types
# of its values, and the SHACL-AF terms that need pySHACL's advanced mode.
_SH = "http://www.w3.org/ns/shacl#"
_NON_LOCAL = {rdflib.URIRef(_SH + term) for term in ("node", "qualifiedValueShape", "sparql", "closed")}
_ADVANCED = {rdflib.URIRef(_SH + term) for term in ("rule", "target", "SPARQLTarget", "SPARQLRule", "TripleRule",
                                                   "SPARQLFunction", "JSTarget", "JSRule", "shape", "condition")}
_LOGICAL = (SH["or"], SH["and"], SH["not"], SH.xone)


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


@dataclass(frozen=True)
class ShapeProfile:
    """What the shapes need from the validator."""

    advanced: bool  # SHACL-AF terms present: pySHACL must run in advanced mode
    local: bool  # every constraint looks only at a focus node's triples and its values' types


@cache
def compiled_shapes() -> tuple[shacl.NodeCheck, ...] | None:
    """The shapes compiled for kg's own engine; None when they need pySHACL."""
    return shacl.compile_shapes(shapes_graph())


@cache
def shape_profile() -> ShapeProfile:
    return profile_of(shapes_graph())


def profile_of(shapes: rdflib.Graph) -> ShapeProfile:
    terms = set(shapes.predicates()) | set(shapes.objects(None, rdflib.RDF.type))
    advanced = bool(terms & _ADVANCED)
    local = not (terms & (_NON_LOCAL | _ADVANCED))
    if any(isinstance(path, rdflib.BNode) for path in shapes.objects(None, SH.path)):
        local = False  # inverse, sequence or transitive paths
    for logical in _LOGICAL:
        for head in shapes.objects(None, logical):
            members = rdflib.collection.Collection(shapes, head) if (head, rdflib.RDF.first, None) in shapes else [head]
            for member in members:
                if {SH.property, SH.path, SH.node} & set(shapes.predicates(member)):
                    local = False
    return ShapeProfile(advanced=advanced, local=local)


def to_rdflib(quads: Iterable[Quad | Triple]) -> rdflib.Graph:
    """The union of the quads (or triples) as one rdflib Graph (for pySHACL)."""
    graph = rdflib.Graph()
    add = graph.add
    for quad in quads:
        add((_term(quad.subject), _term(quad.predicate), _term(quad.object)))
    return graph


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _term(term):
    if isinstance(term, NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:  # a plain literal, as rdflib parses one
            return rdflib.Literal(term.value)
        return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))
    if isinstance(term, BlankNode):
        return rdflib.BNode(term.value)
    raise TypeError(f"unsupported term {term!r}")


# ------------------------------------------------------------------ one pySHACL call

def _shacl(triples: Iterable[Quad | Triple]) -> tuple[rdflib.Graph, list[Problem]]:
    """pySHACL over ``triples``: the data graph and every result as a Problem."""
    from pyshacl import validate as shacl

    data = to_rdflib(triples)
    _, results, _ = shacl(data, shacl_graph=shapes_graph(), inference="none", advanced=shape_profile().advanced,
                          abort_on_first=False, allow_warnings=True)
    problems = []
    for result in results.subjects(rdflib.RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        severity = results.value(result, SH.resultSeverity)
        shape = results.value(result, SH.sourceShape)
        problems.append(Problem(focus=str(focus), label=_label(data, focus), path=str(path) if path else None,
                                message=str(message) if message else "does not satisfy its shape",
                                severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
                                shape=str(shape) if isinstance(shape, rdflib.URIRef) else None))
    return data, problems


def _check(triples: Sequence[Quad | Triple]) -> list[Problem]:
    """Every result over ``triples``: kg's compiled engine where it applies, else pySHACL."""
    checks = compiled_shapes()
    if checks is not None:
        data = shacl.index(triples)
        if not shacl.has_subclasses(data):
            return [_problem(r, data) for r in shacl.run(checks, data)]
    return _shacl(triples)[1]


def _indexed_label(data: shacl.Index, node: str) -> str | None:
    predicates = data.get(node, {})
    for predicate in LABELS:
        values = predicates.get(predicate)
        if values is not None and (values := shacl.objects(values)):
            return min(value.value for value in values)
    return None


def report_of(problems: Iterable[tuple[str, Problem]]) -> ValidationReport:
    """The report of (owner letter id, problem) pairs; conforms when none is a Violation."""
    grouped: dict[str, list[Problem]] = defaultdict(list)
    for owner, problem in problems:
        grouped[owner].append(problem)
    conforms = not any(p.severity == "Violation" for ps in grouped.values() for p in ps)
    return ValidationReport(conforms=conforms,
                            problems={k: sorted(v, key=_order) for k, v in grouped.items()})


def _order(problem: Problem) -> tuple[str, str, str, str, str]:
    return (problem.focus, problem.message, problem.path or "", problem.severity, problem.shape or "")


def validate_whole(quads: Sequence[Quad]) -> ValidationReport:
    """One pySHACL call over the union of all graphs (the reference the batches must equal)."""
    return _report_of_union(quads, _shacl(quads)[1])


def _validate_union(quads: Sequence[Quad]) -> ValidationReport:
    """The union of all graphs validated at once, as validate_whole, with kg's engine where it applies."""
    return _report_of_union(quads, _check(quads))


def _report_of_union(quads: Sequence[Quad], problems: Iterable[Problem]) -> ValidationReport:
    """Each result under the first letter graph that describes its focus node, else DATASET."""
    owner = _graph_of_subjects(quads)
    return report_of((owner.get(p.focus, DATASET), p) for p in problems)


# ------------------------------------------------------------------ letter batches and the entities

class EntityIndex:
    """What letter checks need of the entities (and build) graphs: the classes of their named nodes.

    A letter's shapes look at its own nodes' triples and at the classes of their values (sh:class);
    a value that is a shared node (a person, a post, an organisation) has its classes here."""

    def __init__(self, quads: Iterable[Quad]):
        types: dict[str, set[str]] = defaultdict(set)
        subjects: set[str] = set()
        subclasses = False
        for quad in quads:
            subject, predicate = quad.subject, quad.predicate
            if isinstance(subject, Triple):
                continue  # RDF-star: no shape looks at it
            subjects.add(subject.value)
            if predicate == RDF_TYPE and isinstance(subject, NamedNode) and isinstance(quad.object, NamedNode):
                types[subject.value].add(quad.object.value)
            elif predicate.value == shacl.SUBCLASS:
                subclasses = True
        self.types: dict[str, frozenset[str]] = {iri: frozenset(kinds) for iri, kinds in types.items()}
        self.subjects = frozenset(subjects)  # every subject: a letter graph that states one is not partitioned
        self.subclasses = subclasses  # rdfs:subClassOf stated: classes need inference (pySHACL)

    def type_triples(self, iris: Iterable[str], classes: shacl.Classes | None = None) -> list[Triple]:
        """The rdf:type triples of those of ``iris`` that the entities (or else ``classes``) type."""
        known = classes or self.types
        return [Triple(NamedNode(iri), RDF_TYPE, NamedNode(kind)) for iri in dict.fromkeys(iris)
                for kind in sorted(known.get(iri, ()))]


def check_letters(graphs: Sequence[tuple[str, Sequence[Quad]]], entities: EntityIndex,
                  classes: shacl.Classes | None = None) -> list[tuple[str, Problem]]:
    """Validate a batch of letter graphs (letter id, quads), each result under the letter whose graph
    holds its focus node (the first of the batch, if several do).

    Each letter graph holds only its own nodes (kg/rdf/build.py), so its results need only its own
    triples and the classes ``entities`` gives its values: the batch is validated by itself.
    A part of a letter graph (some of its subjects, each with all its triples) is checked the same
    way when ``classes`` gives the classes of its values besides the entities' (the letter's
    nodes in the other parts too)."""
    checks = compiled_shapes()
    if checks is None:
        return _check_letters_with_pyshacl(graphs, entities, classes)
    with collector_paused():
        data: shacl.Index = {}
        owners: dict[str, str] = {}
        wanted = _wanted(checks)
        for letter_id, quads in graphs:
            _index_into(letter_id, quads, data, owners, wanted)
        if shacl.has_subclasses(data):
            return _check_letters_with_pyshacl(graphs, entities, classes)
        return [(owners[r.focus], _problem(r, data)) for r in shacl.run(checks, data, classes or entities.types)]


def _index_into(letter_id: str, quads: Sequence[Quad], data: shacl.Index, owners: dict[str, str],
                wanted: frozenset[str]) -> None:
    """The ``wanted`` predicates of a letter graph into ``data``, and its subjects into ``owners``.

    Inlined and read with attribute access (cheaper than unpacking four terms): this loop sees
    every quad of a validated build (the plain loop costs 2.3% of it, docs/fast-paths.md). A
    subject's quads need not be together."""
    previous = None
    predicates: dict[str, object] = {}
    for quad in quads:
        iri = quad.subject.value  # type: ignore[union-attr]  # no RDF-star (a triple as subject) in kg's graphs
        if iri != previous:
            previous = iri
            found = data.get(iri)
            if found is None:
                found = data[iri] = {}
                owners[iri] = letter_id
            predicates = found
        term = quad.predicate.value
        if term in wanted:
            obj = quad.object
            values = predicates.get(term)
            if values is None:
                predicates[term] = obj
            elif type(values) is list:
                values.append(obj)
            else:
                predicates[term] = [values, obj]


@cache
def _wanted(checks: tuple[shacl.NodeCheck, ...]) -> frozenset[str]:
    """The predicates a letter batch indexes: those the shapes look at, and the labels."""
    return shacl.predicates_of(checks) | frozenset(LABELS)


def _problem(result: shacl.Result, data: shacl.Index) -> Problem:
    return Problem(focus=result.focus, label=_indexed_label(data, result.focus), path=result.path,
                   message=result.message or "does not satisfy its shape", severity=result.severity,
                   shape=result.shape)


def _check_letters_with_pyshacl(graphs: Sequence[tuple[str, Sequence[Quad]]], entities: EntityIndex,
                                classes: shacl.Classes | None = None) -> list[tuple[str, Problem]]:
    """check_letters with pySHACL: for shapes the engine does not know, or subclasses."""
    owners: dict[str, str] = {}
    triples: list[Triple] = []
    for letter_id, quads in graphs:
        for quad in quads:
            if not isinstance(quad.subject, Triple):
                owners.setdefault(quad.subject.value, letter_id)
            triples.append(quad.triple)
    named = [t.object.value for t in triples if isinstance(t.object, NamedNode)]
    problems = _check(triples + entities.type_triples((iri for iri in named if iri not in owners), classes))
    return [(owners[p.focus], p) for p in problems if p.focus in owners]


def check_entities(quads: Sequence[Quad]) -> list[tuple[str, Problem]]:
    """Validate the entities and build graphs, once: every result under DATASET ('(dataset)')."""
    with collector_paused():
        return [(DATASET, problem) for problem in _check(quads)]


class _NotPartitioned(Exception):
    """A node is described in more than one graph, or the classes need inference: validate the whole."""


class _Partition:
    """Checks, letter graph by letter graph, that the dataset's graphs hold disjoint nodes, as kg writes them.

    A letter graph's subjects must not be subjects of the entities or build graphs, nor of another
    letter graph: its own nodes are the letter and what is minted under its IRI, which no other
    graph can hold; any other subject (its source file) is remembered and may come in one letter only.
    Nor may it state subclasses: they would count for the whole dataset."""

    def __init__(self, entities: EntityIndex):
        self.shared = entities.subjects
        self.elsewhere: dict[str, str] = {}  # subjects outside their letter's IRI -> the letter graph

    def add(self, graph: str, quads: Sequence[Quad]) -> None:
        """_NotPartitioned when the letter graph named ``graph`` holds a node of another graph."""
        base, letter_id = graph.rsplit(LETTER_GRAPH, 1)
        letters = base + "/letter/"
        node = letters + letter_id
        inside = (node + "/", node + "#")
        if "/" in letter_id or "#" in letter_id:
            raise _NotPartitioned  # one letter's IRI would begin another's
        previous = None
        for quad in quads:
            if quad.predicate == SUBCLASS:
                raise _NotPartitioned
            iri = quad.subject.value  # type: ignore[union-attr]  # no RDF-star (a triple as subject) in kg's graphs
            if iri == previous:
                continue
            previous = iri
            if iri in self.shared:
                raise _NotPartitioned
            if iri != node and not iri.startswith(inside):
                if iri.startswith(letters) or self.elsewhere.setdefault(iri, graph) != graph:
                    raise _NotPartitioned


def validate(quads: Sequence[Quad]) -> ValidationReport:
    """Validate a dataset against shapes/; results are grouped per letter graph.

    Letter graphs are checked in batches and the entities and build graphs once (see the
    module's doc); data whose graphs do not hold disjoint nodes, and shapes that need the whole
    dataset at once, get one validation of all of it."""
    if not shape_profile().local:
        return validate_whole(quads)
    letter_graphs: dict[NamedNode, list[Quad]] = {}
    other: list[Quad] = []
    for quad in quads:
        graph = quad.graph_name
        if isinstance(graph, NamedNode) and LETTER_GRAPH in graph.value:
            letter_graphs.setdefault(graph, []).append(quad)
        else:
            other.append(quad)
    try:
        return _validate_partitioned(other, iter(letter_graphs.items()))
    except _NotPartitioned:
        return _validate_union(quads)


def _validate_partitioned(other: Sequence[Quad],
                          letter_graphs: Iterator[tuple[NamedNode, list[Quad]]]) -> ValidationReport:
    """The report of the letter graphs (in batches, as they come) and the other graphs (once).

    _NotPartitioned when a graph holds another's nodes or the entities state subclasses."""
    entities = EntityIndex(other)
    if entities.subclasses:
        raise _NotPartitioned
    partition = _Partition(entities)
    problems: list[tuple[str, Problem]] = []
    while batch := list(islice(letter_graphs, BATCH_LETTERS)):
        for graph, quads in batch:
            partition.add(graph.value, quads)
        problems.extend(check_letters([(graph.value.rsplit(LETTER_GRAPH, 1)[1], quads) for graph, quads in batch],
                                      entities))
    problems.extend(check_entities(other))
    return report_of(problems)


class _NotStreamable(Exception):
    """The file's letter graphs are not each in one stretch, or other quads follow letter quads."""


def validate_file(path) -> ValidationReport:
    """Validate the dataset in a graph file, reading it one batch of letter graphs at a time.

    Gives the report of :func:`validate` over the whole file. A file that kg wrote holds the
    entities and build graphs first and each letter graph in one stretch, so only a batch of
    letter graphs is ever in memory; any other file is read whole and validated as before.
    """
    from ..rdf.rdfio import iter_quads, read_quads

    if shape_profile().local:
        try:
            return _validate_stream(iter_quads(path))
        except (_NotStreamable, _NotPartitioned):
            pass
        return validate(read_quads(path))
    return validate_whole(read_quads(path))


def _validate_stream(quads: Iterable[Quad]) -> ValidationReport:
    """:func:`validate` over quads read in order; _NotStreamable when the order does not allow it."""
    stream = iter(quads)
    other: list[Quad] = []
    first: Quad | None = None
    for quad in stream:
        graph = quad.graph_name
        if isinstance(graph, NamedNode) and LETTER_GRAPH in graph.value:
            first = quad
            break
        other.append(quad)
    return _validate_partitioned(other, _letter_stretches(first, stream))


def _letter_stretches(first: Quad | None, stream: Iterator[Quad]) -> Iterator[tuple[NamedNode, list[Quad]]]:
    """The letter graphs of a stream that starts with ``first``, each in one stretch (else _NotStreamable)."""
    if first is None:
        return
    seen: set[NamedNode] = set()
    graph, quads = first.graph_name, [first]
    for quad in stream:
        if quad.graph_name == graph:
            quads.append(quad)
            continue
        yield graph, quads  # type: ignore[misc]  # a letter graph's name is a NamedNode
        seen.add(graph)  # type: ignore[arg-type]
        graph, quads = quad.graph_name, [quad]
        if graph in seen or not (isinstance(graph, NamedNode) and LETTER_GRAPH in graph.value):
            raise _NotStreamable
    yield graph, quads  # type: ignore[misc]


def _graph_of_subjects(quads: Iterable[Quad]) -> dict[str, str]:
    """Subject IRI -> the letter id of the first letter graph that describes it."""
    owner: dict[str, str] = {}
    for quad in quads:
        graph = quad.graph_name
        if isinstance(graph, DefaultGraph):
            continue
        if LETTER_GRAPH in graph.value and not isinstance(quad.subject, Triple):
            owner.setdefault(quad.subject.value, graph.value.rsplit(LETTER_GRAPH, 1)[1])
    return owner


def _label(graph: rdflib.Graph, node) -> str | None:
    """The node's label; of several, the first in string order, so that the report is stable."""
    for predicate in LABELS:
        values = [str(value) for value in graph.objects(node, rdflib.URIRef(predicate))]
        if values:
            return min(values)
    return None


def _short(iri: str) -> str:
    for prefix in ("kb", "dcterms", "foaf", "org", "skos", "prov", "oa", "rdf"):
        if iri.startswith(namespace := PREFIXES[prefix]):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri
