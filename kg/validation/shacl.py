"""A fast SHACL Core engine for the constraints kg's shapes use, over pyoxigraph terms.

pySHACL needs an rdflib graph: converting a letter's quads costs about as much as validating
them. This engine compiles the shapes once into plain checks and runs them over an index
of the triples by subject and predicate, giving the same results as pySHACL (focus node,
path, message, severity, one result per failing value node, one per failing count), which
tests/test_validate_batches.py checks against pySHACL.

It knows: ``sh:targetClass``; property shapes with an IRI ``sh:path``; ``sh:minCount``,
``sh:maxCount``, ``sh:datatype`` (well-formed lexical forms), ``sh:pattern`` (with
``sh:flags``), ``sh:minLength``, ``sh:class``, ``sh:in``, ``sh:nodeKind``, ``sh:minInclusive``,
and ``sh:or`` of datatype alternatives; ``sh:message`` and ``sh:severity``. For shapes using
anything else, :func:`compile_shapes` returns None and kg validates with pySHACL.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any, Protocol

import rdflib
from pyoxigraph import BlankNode, Literal, NamedNode, Quad, Triple
from rdflib.collection import Collection as RdfList

SH = "http://www.w3.org/ns/shacl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SUBCLASS = "http://www.w3.org/2000/01/rdf-schema#subClassOf"
LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

_NODE_SHAPE_TERMS = {SH + "targetClass", SH + "property", SH + "message", SH + "severity",
                     "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "http://www.w3.org/2000/01/rdf-schema#comment",
                     "http://www.w3.org/2000/01/rdf-schema#label", SH + "name", SH + "description"}
_PROPERTY_TERMS = {SH + t for t in ("path", "minCount", "maxCount", "datatype", "pattern", "flags", "minLength",
                                    "class", "in", "nodeKind", "minInclusive", "or", "message", "severity", "name",
                                    "description", "order", "group")} | {"http://www.w3.org/2000/01/rdf-schema#comment"}
_INTEGERS = {XSD + t for t in ("integer", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger",
                               "negativeInteger", "int", "long", "short", "byte", "unsignedInt", "unsignedLong")}
_NUMBERS = _INTEGERS | {XSD + "decimal"}
_LEXICAL = {
    XSD + "integer": re.compile(r"[+-]?[0-9]+"),
    XSD + "nonNegativeInteger": re.compile(r"(\+?[0-9]+|-0+)"),
    XSD + "date": re.compile(r"-?[0-9]{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(Z|[+-][0-9]{2}:[0-9]{2})?"),
    XSD + "gYear": re.compile(r"-?[0-9]{4,}(Z|[+-][0-9]{2}:[0-9]{2})?"),
    XSD + "gYearMonth": re.compile(r"-?[0-9]{4,}-(0[1-9]|1[0-2])(Z|[+-][0-9]{2}:[0-9]{2})?"),
}


@dataclass(frozen=True)
class PropertyCheck:
    """One property shape, compiled."""

    shape: str | None  # the property shape's IRI; None for a blank node (as pySHACL reports it)
    path: str
    message: str | None
    severity: str  # Violation, Warning, Info
    min_count: int | None = None
    max_count: int | None = None
    datatype: str | None = None
    pattern: re.Pattern[str] | None = None
    min_length: int | None = None
    classes: tuple[str, ...] = ()
    allowed: frozenset[tuple] | None = None  # sh:in, as term keys
    node_kind: str | None = None
    min_inclusive: rdflib.Literal | None = None
    any_datatype: tuple[str, ...] = ()  # sh:or of sh:datatype alternatives


@dataclass(frozen=True)
class NodeCheck:
    targets: tuple[str, ...]  # class IRIs
    properties: tuple[PropertyCheck, ...]


@dataclass(frozen=True)
class Result:
    """One validation result, as pySHACL would report it."""

    focus: str
    path: str
    message: str | None
    severity: str
    shape: str | None


class Unsupported(Exception):
    """The shapes use a SHACL feature this engine does not implement."""


def compile_shapes(shapes: rdflib.Graph) -> tuple[NodeCheck, ...] | None:
    """The node shapes as checks, or None when they use anything this engine does not know."""
    try:
        nodes = (set(shapes.subjects(rdflib.URIRef(SH + "targetClass"), None))
                 | set(shapes.subjects(rdflib.RDF.type, rdflib.URIRef(SH + "NodeShape"))))
        return tuple(_node(shapes, node) for node in sorted(nodes, key=str))
    except Unsupported:
        return None


def _node(shapes: rdflib.Graph, node) -> NodeCheck:
    for predicate in shapes.predicates(node):
        if str(predicate) not in _NODE_SHAPE_TERMS:
            raise Unsupported(str(predicate))
    if (node, rdflib.RDF.type, rdflib.RDFS.Class) in shapes:
        raise Unsupported("implicit class target")
    targets = tuple(sorted(str(c) for c in shapes.objects(node, rdflib.URIRef(SH + "targetClass"))))
    properties = tuple(_property(shapes, p) for p in shapes.objects(node, rdflib.URIRef(SH + "property")))
    return NodeCheck(targets=targets, properties=properties)


def _one(shapes: rdflib.Graph, node, term: str):
    values = list(shapes.objects(node, rdflib.URIRef(SH + term)))
    if len(values) > 1:
        raise Unsupported(f"several sh:{term}")
    return values[0] if values else None


def _property(shapes: rdflib.Graph, node) -> PropertyCheck:
    for predicate in shapes.predicates(node):
        if str(predicate) not in _PROPERTY_TERMS:
            raise Unsupported(str(predicate))
    path = _one(shapes, node, "path")
    if not isinstance(path, rdflib.URIRef):
        raise Unsupported("a path that is not one predicate")
    if _one(shapes, node, "message") is None:
        raise Unsupported("a property shape without sh:message (pySHACL words its own)")
    severity = _one(shapes, node, "severity")
    pattern = _one(shapes, node, "pattern")
    flags = _one(shapes, node, "flags")
    allowed = _one(shapes, node, "in")
    any_of = _one(shapes, node, "or")
    alternatives: list[str] = []
    if any_of is not None:
        for member in RdfList(shapes, any_of):
            if {str(p) for p in shapes.predicates(member)} != {SH + "datatype"}:
                raise Unsupported("sh:or of more than datatypes")
            alternatives.append(str(_one(shapes, member, "datatype")))
    count = lambda term: int(value) if (value := _one(shapes, node, term)) is not None else None  # noqa: E731
    minimum = _one(shapes, node, "minInclusive")
    return PropertyCheck(
        shape=str(node) if isinstance(node, rdflib.URIRef) else None, path=str(path),
        message=str(m) if (m := _one(shapes, node, "message")) is not None else None,
        severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
        min_count=count("minCount"), max_count=count("maxCount"), min_length=count("minLength"),
        datatype=str(d) if (d := _one(shapes, node, "datatype")) is not None else None,
        pattern=re.compile(str(pattern), _flags(str(flags) if flags else "")) if pattern is not None else None,
        classes=tuple(str(c) for c in shapes.objects(node, rdflib.URIRef(SH + "class"))),
        allowed=frozenset(_key_rdflib(t) for t in RdfList(shapes, allowed)) if allowed is not None else None,
        node_kind=str(k) if (k := _one(shapes, node, "nodeKind")) is not None else None,
        min_inclusive=minimum if isinstance(minimum, rdflib.Literal) else None,
        any_datatype=tuple(alternatives))


def _flags(flags: str) -> int:
    value = 0
    for flag, bit in (("i", re.IGNORECASE), ("m", re.MULTILINE), ("s", re.DOTALL), ("x", re.VERBOSE)):
        if flag in flags:
            value |= bit
    return value


def _key_rdflib(term) -> tuple:
    if isinstance(term, rdflib.Literal):
        return ("L", str(term), str(term.datatype) if term.datatype else None, term.language)
    return ("I" if isinstance(term, rdflib.URIRef) else "B", str(term))


def _key(term) -> tuple:
    if isinstance(term, Literal):
        datatype = None if term.language else term.datatype.value
        return ("L", term.value, datatype, term.language)
    return ("I" if isinstance(term, NamedNode) else "B", term.value)


# ------------------------------------------------------------------ running the checks

# subject -> predicate -> its objects: the distinct objects as dict keys (``index``), or, in
# kg.validation.validate's batch index, one object term or a list that may repeat an object (a graph is a
# set: run() counts each object once)
Index = dict[str, dict[str, Any]]


def objects(values) -> dict | list | tuple:
    """The objects an Index holds for one subject and predicate, as a collection."""
    return values if type(values) is dict or type(values) is list else (values,)


def index(triples: Iterable[Quad | Triple]) -> Index:
    """subject -> predicate -> the distinct objects (a graph is a set of triples)."""
    by_subject: Index = {}
    for triple in triples:
        subject = triple.subject.value  # type: ignore[union-attr]  # no RDF-star (a triple as subject) in kg's data
        predicate, obj = triple.predicate.value, triple.object
        predicates = by_subject.get(subject)
        if predicates is None:
            predicates = by_subject[subject] = {}
        objects = predicates.get(predicate)
        if objects is None:
            objects = predicates[predicate] = {}
        objects[obj] = None
    return by_subject


def has_subclasses(data: Index) -> bool:
    """True when the data states rdfs:subClassOf (class targets and sh:class would then need it)."""
    for predicates in data.values():
        if SUBCLASS in predicates:
            return True
    return False


def predicates_of(checks: Sequence[NodeCheck]) -> frozenset[str]:
    """The predicates run() looks at: rdf:type, rdfs:subClassOf and every property shape's path."""
    return frozenset({RDF_TYPE, SUBCLASS} | {prop.path for check in checks for prop in check.properties})


class _Runner:
    """A property shape made ready to run: its value test, and the results of no value and of one."""

    __slots__ = ("prop", "path", "min_count", "max_count", "classes", "test", "plain", "none", "one")

    def __init__(self, prop: PropertyCheck):
        self.prop, self.path, self.classes = prop, prop.path, prop.classes
        self.min_count, self.max_count = prop.min_count, prop.max_count
        self.test = _value_test(prop)
        self.plain = self.test is None and not self.classes  # only counts
        self.none = self._counts(0)  # the results of no value
        self.one = self._counts(1)  # the results of the counts of one value

    def _counts(self, count: int) -> int:
        return ((self.min_count is not None and count < self.min_count)
                + (self.max_count is not None and count > self.max_count))

    def failures(self, values: dict | list, types_of) -> int:
        """How many results the values of one focus node give (pySHACL: one per failing count or value)."""
        if type(values) is list:
            values = dict.fromkeys(values)
        failed = self._counts(len(values))
        for value in values:
            failed += self._value(value, types_of)
        return failed

    def single(self, value, types_of) -> int:
        """failures() of exactly one value."""
        return self.one + self._value(value, types_of)

    def _value(self, value, types_of) -> int:
        failed = 0
        if self.test is not None:
            failed = self.test(value)
        for required in self.classes:
            if required not in types_of(value):
                failed += 1
        return failed


def _value_test(prop: PropertyCheck):
    """The number of the property shape's value constraints one value fails; None without any."""
    tests: list[Callable[[Any], bool]] = []
    datatype, pattern, min_length, allowed = prop.datatype, prop.pattern, prop.min_length, prop.allowed
    node_kind, minimum, alternatives = prop.node_kind, prop.min_inclusive, prop.any_datatype
    if datatype is not None:
        tests.append(lambda value: not _has_datatype(value, datatype))
    if pattern is not None:
        tests.append(lambda value: isinstance(value, BlankNode) or not pattern.search(value.value))
    if min_length is not None:
        tests.append(lambda value: isinstance(value, BlankNode) or len(value.value) < min_length)
    if allowed is not None:
        tests.append(lambda value: _key(value) not in allowed)
    if node_kind is not None:
        tests.append(lambda value: not _node_kind(value, node_kind))
    if minimum is not None:
        tests.append(lambda value: not _at_least(value, minimum))
    if alternatives:
        tests.append(lambda value: not any(_has_datatype(value, d) for d in alternatives))
    if not tests:
        return None
    return lambda value: sum(1 for test in tests if test(value))


def _runners(checks: Sequence[NodeCheck]) -> tuple[tuple[tuple[str, ...], tuple[_Runner, ...]], ...]:
    """The checks' property shapes made ready to run."""
    return tuple((check.targets, tuple(_Runner(p) for p in check.properties)) for check in checks)


class Classes(Protocol):
    """Where run() finds more classes of named nodes than the data states: a dict of IRI -> class IRIs,
    or anything else with its ``get``."""

    def get(self, iri: str, default: Collection[str], /) -> Collection[str]: ...


def run(checks: Sequence[NodeCheck], data: Index, classes: Classes | None = None) -> list[Result]:
    """Every result of the compiled shapes over the indexed data.

    ``classes`` gives more classes of named nodes (IRI -> class IRIs) than ``data`` states, for sh:class.
    """
    runners = _runners(checks)
    targets = {NamedNode(target) for shape_targets, _ in runners for target in shape_targets}
    by_class: dict[NamedNode, list[str]] = {}  # keyed by the class term: cheaper than its IRI
    for subject, predicates in data.items():
        kinds = predicates.get(RDF_TYPE)
        if kinds is None:
            continue
        if type(kinds) is list or type(kinds) is dict:
            for kind in kinds:
                if kind in targets:
                    by_class.setdefault(kind, []).append(subject)
        elif kinds in targets:
            by_class.setdefault(kinds, []).append(subject)
    types: dict = {}

    def types_of(value) -> frozenset[str] | set[str]:
        known = types.get(value)
        if known is None:
            if isinstance(value, Literal):
                known = frozenset()
            else:
                known = {kind.value for kind in objects(data.get(value.value, {}).get(RDF_TYPE, ()))
                         if isinstance(kind, NamedNode)}
                if classes is not None and isinstance(value, NamedNode):
                    known.update(classes.get(value.value, ()))
            types[value] = known
        return known

    results: list[Result] = []
    for shape_targets, shape in runners:
        focus_nodes = dict.fromkeys(s for target in shape_targets for s in by_class.get(NamedNode(target), ()))
        for node in focus_nodes:
            predicates = data[node]
            for runner in shape:
                values = predicates.get(runner.path)
                if values is None:
                    failed = runner.none
                elif type(values) is list or type(values) is dict:
                    failed = runner.failures(values, types_of)
                elif runner.plain:
                    failed = runner.one
                else:
                    failed = runner.single(values, types_of)
                if failed:
                    prop = runner.prop
                    results.extend([Result(focus=node, path=prop.path, message=prop.message, severity=prop.severity,
                                           shape=prop.shape)] * failed)
    return results


def _has_datatype(value, datatype: str) -> bool:
    if not isinstance(value, Literal):
        return False
    actual = LANG_STRING if value.language else value.datatype.value
    if actual != datatype:
        return False
    return _well_formed(value.value, datatype)


@lru_cache(maxsize=4096)  # a build's literals repeat (dates, counts): ~2% of a validated build, measured
def _well_formed(lexical: str, datatype: str) -> bool:
    if datatype in (XSD + "string", LANG_STRING):
        return True
    pattern = _LEXICAL.get(datatype)
    if pattern is not None:
        if not pattern.fullmatch(lexical):
            return False
        if datatype == XSD + "date":
            return not rdflib.Literal(lexical, datatype=rdflib.URIRef(datatype)).ill_typed
        return True
    return not rdflib.Literal(lexical, datatype=rdflib.URIRef(datatype)).ill_typed


def _node_kind(value, kind: str) -> bool:
    iri, blank, literal = isinstance(value, NamedNode), isinstance(value, BlankNode), isinstance(value, Literal)
    return {SH + "IRI": iri, SH + "BlankNode": blank, SH + "Literal": literal, SH + "BlankNodeOrIRI": blank or iri,
            SH + "BlankNodeOrLiteral": blank or literal, SH + "IRIOrLiteral": iri or literal}.get(kind, False)


def _at_least(value, minimum: rdflib.Literal) -> bool:
    if not isinstance(value, Literal) or value.language:
        return False
    if value.datatype.value in _NUMBERS and str(minimum.datatype) in _NUMBERS:
        try:
            return Decimal(value.value) >= Decimal(str(minimum))
        except InvalidOperation:
            return False
    try:
        return bool(rdflib.Literal(value.value, datatype=rdflib.URIRef(value.datatype.value)) >= minimum)
    except TypeError:
        return False
