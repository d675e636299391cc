"""Validate: pySHACL with shapes/ -> a readable report per letter, in batches at corpus scale.

The dataset is validated in parts whose results together are the whole-dataset report:

* **letter batches**: the quads of a few letter graphs plus the part of the entities graph
  they reach (a signature's person and post with their names and types). Only results about
  nodes that belong to one of those letters are kept: the letter itself and everything minted
  under its IRI (mentions, evidence, recommendations, ...). Their triples are all in their own
  letter graph, so the batch sees everything the shapes look at.
* **shared nodes**: everything else (persons, organisations, posts, reports, sources, ...)
  may be described by several letters, so these are validated once, over all their triples
  from every graph (collected while the letters are built) plus the entities and build graphs.

This holds for shapes that look at a focus node's own triples and at the type of its values
(targets, paths of one predicate, counts, datatypes, patterns, ``sh:in``, ``sh:class``):
what our shapes use. Shapes that reach further (``sh:node``, qualified shapes, SPARQL
constraints, complex paths, SHACL rules) make :func:`validate` fall back to one pySHACL call
over the whole dataset. OWL inference is never used; SHACL-AF ("advanced") only when the
shapes contain SHACL-AF terms.

Each result is put under the letter whose graph first describes its focus node, and printed
with the node's label, so that a person can see what is wrong and where without reading SHACL.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from typing import Container, Iterable, Iterator, Sequence

import rdflib
from pyoxigraph import BlankNode, DefaultGraph, Literal, NamedNode, Quad, Triple
from rdflib.namespace import SH

from . import shacl
from .collector import collector_paused
from .resources import shape_files

LABELS = ("http://www.w3.org/2004/02/skos/core#prefLabel", "http://xmlns.com/foaf/0.1/name",
          "http://purl.org/dc/terms/title", "http://purl.org/dc/terms/identifier",
          "http://www.w3.org/2000/01/rdf-schema#label")
DATASET = "(dataset)"
RDF_TYPE_IRI = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDF_TYPE = NamedNode(RDF_TYPE_IRI)
KB_LETTER = NamedNode("https://w3id.org/kamerbrieven/def#Letter")
LETTER_GRAPH = "/graph/letter/"
_SEPARATOR = re.compile("[/#]")  # where a node minted under a letter's IRI may continue it
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


def _check(triples: Sequence[Quad | Triple], focus_nodes: Container[str] | None = None) -> list[Problem]:
    """Every result over ``triples`` (only those about ``focus_nodes`` when given): kg's compiled
    engine where it applies, else pySHACL."""
    checks = compiled_shapes()
    if checks is not None:
        data = shacl.index(triples)
        if not shacl.has_subclasses(data):
            return [_problem(r, data) for r in shacl.run(checks, data)
                    if focus_nodes is None or r.focus in focus_nodes]
    return [p for p in _shacl(triples)[1] if focus_nodes is None or p.focus in focus_nodes]


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
    _, problems = _shacl(quads)
    owner = _graph_of_subjects(quads)
    return report_of((owner.get(p.focus, DATASET), p) for p in problems)


# ------------------------------------------------------------------ batches

def letter_id_of(graph: NamedNode) -> str | None:
    """'kst-19637-1405' for .../graph/letter/kst-19637-1405; None for other graphs."""
    if LETTER_GRAPH in graph.value:
        return graph.value.rsplit(LETTER_GRAPH, 1)[1]
    return None


def letter_node(quads: Iterable[Quad]) -> str | None:
    """The IRI of the kb:Letter a letter graph describes."""
    for quad in quads:
        if quad.predicate == RDF_TYPE and quad.object == KB_LETTER:
            return quad.subject.value
    return None


def is_local(iri: str, letter: str | None) -> bool:
    """A node that belongs to one letter: the letter itself or anything minted under its IRI."""
    return letter is not None and (iri.startswith((letter + "/", letter + "#")) or iri == letter)


class EntityIndex:
    """The entities graph (and any other shared graph) by subject, to give batches what they reach."""

    def __init__(self, quads: Iterable[Quad]):
        self.by_subject: dict[str, list[Triple]] = defaultdict(list)
        named: set[str] = set()
        for quad in quads:
            subject = quad.subject
            self.by_subject[subject.value].append(quad.triple)
            if isinstance(subject, NamedNode):
                named.add(subject.value)
        self.named = frozenset(named)  # where a node of a letter graph can reach into the entities
        self.links = {iri: [t.object.value for t in triples if isinstance(t.object, NamedNode)]
                      for iri, triples in self.by_subject.items()}
        self.types = {iri: frozenset(t.object.value for t in self.by_subject[iri]
                                     if t.predicate == RDF_TYPE and isinstance(t.object, NamedNode))
                      for iri in named}  # the classes of each named subject
        self.subclasses = any(t.predicate.value == shacl.SUBCLASS for ts in self.by_subject.values() for t in ts)
        # every named subject and each of its prefixes up to a '/' or '#': the letter nodes that own one
        self.owning = frozenset(iri[:m.start()] for iri in named for m in _SEPARATOR.finditer(iri)) | self.named
        self._facts: dict[frozenset[str], dict[str, list[tuple[str, object]]]] = {}

    def reach(self, triples: Iterable[Triple]) -> list[Triple]:
        """Every entity triple reachable from the nodes that ``triples`` name."""
        triples = list(triples)
        roots = [t.object.value for t in triples if isinstance(t.object, NamedNode)]
        roots += [t.subject.value for t in triples if isinstance(t.subject, NamedNode)]
        return self.reach_from(roots)

    def reach_from(self, roots: Iterable[str]) -> list[Triple]:
        """Every entity triple reachable from the node IRIs ``roots``."""
        return [triple for iri in self.reached(roots) for triple in self.by_subject[iri]]

    def reached(self, roots: Iterable[str]) -> list[str]:
        """The subjects whose triples reach_from gives, in its order (roots taken from the end, depth first)."""
        seen: set[str] = set()
        todo = list(roots)
        out: list[str] = []
        links = self.links
        while todo:
            iri = todo.pop()
            if iri in seen:
                continue
            seen.add(iri)
            targets = links.get(iri)
            if targets is None:
                continue
            out.append(iri)
            todo.extend(target for target in targets if target not in seen)
        return out

    def facts(self, predicates: frozenset[str]) -> dict[str, list[tuple[str, object]]]:
        """subject -> its (predicate IRI, object) pairs whose predicate is one of ``predicates``."""
        facts = self._facts.get(predicates)
        if facts is None:
            facts = self._facts[predicates] = {
                iri: [(t.predicate.value, t.object) for t in triples if t.predicate.value in predicates]
                for iri, triples in self.by_subject.items()}
        return facts

    def describes_nodes_of(self, letters: Iterable[str]) -> bool:
        """True when a subject of the entities belongs to one of the ``letters`` (their kb:Letter IRIs)."""
        return any(letter in self.owning for letter in letters)


@dataclass(frozen=True)
class LetterCheck:
    """What validating some letter graphs gave: problems about their own nodes, and their shared part."""

    problems: tuple[tuple[str, Problem], ...]  # (letter id, problem)
    shared: tuple[Triple, ...]  # triples about shared nodes, for the shared pass
    describes: tuple[tuple[str, str], ...]  # (shared subject IRI, letter id) for ownership


@dataclass
class _Scan:
    """A letter graph read once: its kb:Letter node and its quads in runs of one subject."""

    letter_id: str
    quads: Sequence[Quad]
    letter: str | None  # what letter_node gives
    runs: list[tuple[str, int]]  # (subject IRI, position of the run's first quad), in quad order
    foreign: list[int] | None = None  # the runs whose subject is not the letter's own, once known

    def foreign_runs(self) -> list[int]:
        if self.foreign is None:
            self.foreign = [number for number, (iri, _) in enumerate(self.runs) if not is_local(iri, self.letter)]
        return self.foreign


def _scan(letter_id: str, quads: Sequence[Quad]) -> _Scan:
    letter = None
    runs: list[tuple[str, int]] = []
    previous = None
    for position, quad in enumerate(quads):
        iri = quad.subject.value
        if iri != previous:
            previous = iri
            runs.append((iri, position))
        if letter is None and quad.predicate == RDF_TYPE and quad.object == KB_LETTER:
            letter = iri
    return _Scan(letter_id, quads, letter, runs)


def _scan_into(letter_id: str, quads: Sequence[Quad], data: shacl.Index, wanted: frozenset[str],
               entity_subjects: frozenset[str], described: list[str]) -> _Scan:
    """_scan, and on the way the ``wanted`` predicates into ``data`` and the subjects the entities describe."""
    letter = None
    runs: list[tuple[str, int]] = []
    previous = None
    predicates: dict = {}
    for position, quad in enumerate(quads):  # attribute access: cheaper than unpacking four terms
        iri = quad.subject.value
        if iri != previous:
            previous = iri
            runs.append((iri, position))
            predicates = data.get(iri)  # type: ignore[assignment]
            if predicates is None:
                predicates = data[iri] = {}
            if iri in entity_subjects and isinstance(quad.subject, NamedNode):
                described.append(iri)
        term = quad.predicate.value
        if term in wanted:  # _add's insertion, inlined: this loop sees every quad of a build
            obj = quad.object
            values = predicates.get(term)
            if values is None:
                predicates[term] = obj
            elif type(values) is list:
                values.append(obj)
            else:
                predicates[term] = [values, obj]
            if letter is None and term == RDF_TYPE_IRI and obj == KB_LETTER:
                letter = iri
    return _Scan(letter_id, quads, letter, runs)


def _add(data: shacl.Index, iri: str, facts: Iterable[tuple[str, object]]) -> None:
    predicates = data.get(iri)
    if predicates is None:
        predicates = data[iri] = {}
    for term, obj in facts:
        values = predicates.get(term)
        if values is None:
            predicates[term] = obj
        elif type(values) is list:
            values.append(obj)
        else:
            predicates[term] = [values, obj]


def _shared_of(scan: _Scan) -> tuple[list[Triple], list[tuple[str, str]]]:
    """shared_part of a scanned letter graph."""
    letter, quads, runs = scan.letter, scan.quads, scan.runs
    shared: list[Triple] = []
    describes: dict[tuple[str, str], None] = {}
    ends = len(quads)
    for number in scan.foreign_runs():
        iri, start = runs[number]
        end = runs[number + 1][1] if number + 1 < len(runs) else ends
        shared.extend(quad.triple for quad in quads[start:end])
        describes[(iri, scan.letter_id)] = None
    named = {t.object.value for t in shared if isinstance(t.object, NamedNode) and is_local(t.object.value, letter)}
    if named:
        positions = sorted(position for number, (iri, start) in enumerate(runs) if iri in named
                           for position in range(start, runs[number + 1][1] if number + 1 < len(runs) else ends))
        shared += [quads[p].triple for p in positions if quads[p].predicate == RDF_TYPE]
    return shared, list(describes)


def shared_part(letter_id: str, quads: Sequence[Quad]) -> tuple[list[Triple], list[tuple[str, str]]]:
    """The triples of a letter graph about shared nodes, with the types of the local nodes they name."""
    return _shared_of(_scan(letter_id, quads))


def _owners(scans: Sequence[_Scan], letters: dict[str, str | None], data: shacl.Index,
            others: Iterable[str]) -> dict[str, str]:
    """Each subject of ``data`` that belongs to a letter of the batch -> the first such letter's id.

    ``others`` are the subjects of ``data`` that no scanned letter graph has (taken from the entities).
    """
    nodes = [node for node in letters.values() if node is not None]
    by_node = {node: letter_id for letter_id, node in letters.items() if node is not None}
    nested = len(letters) != len(scans) or len(by_node) != len(nodes) or any(
        _prefix_owner(node, by_node, proper=True) is not None for node in nodes)
    owners: dict[str, str] = {}
    if nested:  # a letter's node under another's, or a letter id twice: ask every letter, in order
        for iri in data:
            owner = next((lid for lid, letter in letters.items() if is_local(iri, letter)), None)
            if owner is not None:
                owners[iri] = owner
        return owners
    # no node is under another: at most one letter owns a node, found by its prefixes
    for scan in scans:
        node, letter_id = scan.letter, scan.letter_id
        foreign: list[int] = []
        inside = (node + "/", node + "#") if node is not None else ()
        for number, (iri, _) in enumerate(scan.runs):
            if node is not None and (iri.startswith(inside) or iri == node):
                owners[iri] = letter_id
            else:
                foreign.append(number)
                owner = _prefix_owner(iri, by_node)
                if owner is not None:
                    owners[iri] = owner
        scan.foreign = foreign
    for iri in others:
        owner = _prefix_owner(iri, by_node)
        if owner is not None:
            owners[iri] = owner
    return owners


def _prefix_owner(iri: str, by_node: dict[str, str], proper: bool = False) -> str | None:
    """The letter whose node is ``iri`` or ``iri`` up to a '/' or '#' (only the latter when ``proper``)."""
    if not proper and iri in by_node:
        return by_node[iri]
    for separator in _SEPARATOR.finditer(iri):
        owner = by_node.get(iri[:separator.start()])
        if owner is not None:
            return owner
    return None


def check_letters(graphs: Sequence[tuple[str, Sequence[Quad]]], entities: EntityIndex, *,
                  with_shared: bool = True) -> LetterCheck:
    """Validate a batch of letter graphs (letter id, quads) with what they reach of the entities.

    ``with_shared=False`` leaves out the shared parts, for a caller that takes them per letter.
    Each quad is read once: into an index of the predicates the shapes look at, and into runs of
    one subject that give the shared part; only the nodes the batch's letters own are checked.
    """
    checks = compiled_shapes()
    if checks is None:
        return _check_letters_with_pyshacl(graphs, entities, with_shared=with_shared)
    with collector_paused():
        return _check_letters(checks, graphs, entities, with_shared=with_shared)


def _check_letters(checks: tuple[shacl.NodeCheck, ...], graphs: Sequence[tuple[str, Sequence[Quad]]],
                   entities: EntityIndex, *, with_shared: bool) -> LetterCheck:
    """check_letters with kg's engine.

    What the batch reaches of the entities matters only as the entity triples of the nodes it
    names: its own subjects' (added to the index) and the classes of the values the shapes look
    at (asked of the entities). Only when the entities state subclasses or describe a node of a
    letter of the batch is the whole reach taken, as for pySHACL.
    """
    wanted = _wanted(checks)
    data: shacl.Index = {}
    described: list[str] = []
    scans = [_scan_into(letter_id, quads, data, wanted, entities.named, described) for letter_id, quads in graphs]
    facts = entities.facts(wanted)
    others: list[str] = []
    letters = {scan.letter_id: scan.letter for scan in scans}
    if entities.subclasses or entities.describes_nodes_of(node for node in letters.values() if node is not None):
        every = [quads for _, quads in graphs]  # the roots read off the quads: no Triple made per quad
        for iri in entities.reached([q.object.value for quads in every for q in quads
                                     if isinstance(q.object, NamedNode)]
                                    + [q.subject.value for quads in every for q in quads
                                       if isinstance(q.subject, NamedNode)]):
            if iri not in data:
                others.append(iri)
            _add(data, iri, facts[iri])
        classes = None
    else:
        for iri in dict.fromkeys(described):
            _add(data, iri, facts[iri])
        classes = entities.types
    if shacl.has_subclasses(data):
        return _check_letters_with_pyshacl(graphs, entities, with_shared=with_shared)
    owners = _owners(scans, letters, data, others)
    kept = tuple((owners[r.focus], _problem(r, data)) for r in shacl.run(checks, data, owners, classes))
    shared: list[Triple] = []
    describes: list[tuple[str, str]] = []
    for scan in scans if with_shared else ():
        part, described_here = _shared_of(scan)
        shared.extend(part)
        describes.extend(described_here)
    return LetterCheck(problems=kept, shared=tuple(shared), describes=tuple(describes))


@cache
def _wanted(checks: tuple[shacl.NodeCheck, ...]) -> frozenset[str]:
    """The predicates a letter batch indexes: those the shapes look at, and the labels of reports."""
    return shacl.predicates_of(checks) | frozenset(LABELS)


def _problem(result: shacl.Result, data: shacl.Index) -> Problem:
    return Problem(focus=result.focus, label=_indexed_label(data, result.focus), path=result.path,
                   message=result.message or "does not satisfy its shape", severity=result.severity,
                   shape=result.shape)


def _check_letters_with_pyshacl(graphs: Sequence[tuple[str, Sequence[Quad]]], entities: EntityIndex, *,
                                with_shared: bool) -> LetterCheck:
    """check_letters over every triple with pySHACL: for shapes the engine does not know, or subclasses."""
    letters = {letter_id: letter_node(quads) for letter_id, quads in graphs}
    triples = [q.triple for _, quads in graphs for q in quads]
    problems = _check(triples + entities.reach(triples))
    kept = []
    for problem in problems:
        owner = next((lid for lid, letter in letters.items() if is_local(problem.focus, letter)), None)
        if owner is not None:
            kept.append((owner, problem))
    shared: list[Triple] = []
    describes: list[tuple[str, str]] = []
    for letter_id, quads in graphs if with_shared else ():
        part, described = shared_part(letter_id, quads)
        shared.extend(part)
        describes.extend(described)
    return LetterCheck(problems=tuple(kept), shared=tuple(shared), describes=tuple(describes))


def check_shared(shared: Iterable[Triple], graphs: Sequence[Quad], owners: dict[str, str]) -> list[tuple[str, Problem]]:
    """Validate the shared nodes over their triples from every letter and the other graphs.

    ``owners`` maps each shared subject that a letter describes to the first such letter; a
    result about any other node (a letter's own node, typed here only because a shared node
    names it) was already reported by the letter batches and is left out.
    """
    triples = list(dict.fromkeys([*shared, *(q.triple for q in graphs)]))
    focus_nodes = set(owners) | {q.subject.value for q in graphs}
    return [(owners.get(p.focus, DATASET), p) for p in _check(triples, focus_nodes)]


def batches(items: Sequence, size: int | None = None) -> Iterator[Sequence]:
    """``items`` in slices of ``size`` (default: BATCH_LETTERS)."""
    size = size or BATCH_LETTERS
    for start in range(0, len(items), size):
        yield items[start:start + size]


def validate(quads: Sequence[Quad]) -> ValidationReport:
    """Validate a dataset against shapes/; results are grouped per letter graph.

    Letter graphs are checked in batches and the shared nodes once (see the module's doc);
    shapes that need the whole dataset at once get one pySHACL call over all of it.
    """
    if not shape_profile().local:
        return validate_whole(quads)
    letter_graphs: dict[str, list[Quad]] = {}
    other: list[Quad] = []
    for quad in quads:
        graph = quad.graph_name
        letter_id = None if isinstance(graph, DefaultGraph) else letter_id_of(graph)
        if letter_id is None:
            other.append(quad)
        else:
            letter_graphs.setdefault(letter_id, []).append(quad)
    entities = EntityIndex(other)
    problems: list[tuple[str, Problem]] = []
    shared: list[Triple] = []
    owners: dict[str, str] = {}
    for batch in batches(list(letter_graphs.items())):
        check = check_letters(batch, entities)
        problems.extend(check.problems)
        shared.extend(check.shared)
        for subject, letter_id in check.describes:
            owners.setdefault(subject, letter_id)
    problems.extend(check_shared(shared, other, owners))
    return report_of(problems)


class _NotStreamable(Exception):
    """The file's letter graphs are not each in one stretch, or shared quads follow letter quads."""


def validate_file(path) -> ValidationReport:
    """Validate the dataset in a graph file, reading it one batch of letter graphs at a time.

    Gives the report of :func:`validate` over the whole file. A file that kg wrote holds the
    shared graphs first and each letter graph in one stretch, so only a batch of letter graphs
    is ever in memory; any other file is read whole and validated as before.
    """
    from .rdfio import iter_quads, read_quads

    if shape_profile().local:
        try:
            return _validate_stream(iter_quads(path))
        except _NotStreamable:
            pass
        return validate(read_quads(path))
    return validate_whole(read_quads(path))


def _validate_stream(quads: Iterable[Quad]) -> ValidationReport:
    """:func:`validate` over quads read in order; _NotStreamable when the order does not allow it."""
    other: list[Quad] = []
    pending: dict[str, list[Quad]] = {}
    checked: set[str] = set()
    entities: EntityIndex | None = None
    problems: list[tuple[str, Problem]] = []
    shared: list[Triple] = []
    owners: dict[str, str] = {}

    def check_pending() -> None:
        nonlocal entities, pending
        entities = entities or EntityIndex(other)
        check = check_letters(list(pending.items()), entities)
        problems.extend(check.problems)
        shared.extend(check.shared)
        for subject, letter_id in check.describes:
            owners.setdefault(subject, letter_id)
        checked.update(pending)
        pending = {}

    for quad in quads:
        graph = quad.graph_name
        letter_id = None if isinstance(graph, DefaultGraph) else letter_id_of(graph)
        if letter_id is None:
            if entities is not None:
                raise _NotStreamable
            other.append(quad)
            continue
        bucket = pending.get(letter_id)
        if bucket is None:
            if letter_id in checked:
                raise _NotStreamable
            if len(pending) == BATCH_LETTERS:
                check_pending()
            bucket = pending[letter_id] = []
        bucket.append(quad)
    if pending:
        check_pending()
    problems.extend(check_shared(shared, other, owners))
    return report_of(problems)


def _graph_of_subjects(quads: Iterable[Quad]) -> dict[str, str]:
    """Subject IRI -> the letter id of the first letter graph that describes it."""
    owner: dict[str, str] = {}
    for quad in quads:
        graph = quad.graph_name
        if isinstance(graph, DefaultGraph):
            continue
        if LETTER_GRAPH in graph.value:
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
    for prefix, namespace in (("kb:", "https://w3id.org/kamerbrieven/def#"), ("dcterms:", "http://purl.org/dc/terms/"),
                              ("foaf:", "http://xmlns.com/foaf/0.1/"), ("org:", "http://www.w3.org/ns/org#"),
                              ("skos:", "http://www.w3.org/2004/02/skos/core#"), ("prov:", "http://www.w3.org/ns/prov#"),
                              ("oa:", "http://www.w3.org/ns/oa#"), ("rdf:", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")):
        if iri.startswith(namespace):
            return prefix + iri[len(namespace):]
    return iri
