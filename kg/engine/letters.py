"""What the engine asks about one letter: its answers, whether it can be checked alone, what its check read.

A letter graph is a function of (extraction, answers, base): ``answers`` is what the resolution
of the build says about the keys the letter names (kg/resolve/answers.py), and its ``digest()`` is kept
in a store, so a later build knows, without building it, whether the graph would come out the
same. What a letter states about shared nodes goes into the entities graph.
"""
from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from pyoxigraph import NamedNode, Quad

from ..domain.model import Extraction, Resolution
from ..rdf.build import Triple, classes_in
from ..resolve.answers import LetterAnswers, answers, letter_keys
from ..validation.validate import EntityIndex, Problem, check_letters, shape_profile


def answers_of(resolution: Resolution, summary: Extraction) -> LetterAnswers:
    """What ``resolution`` answers to the keys ``summary``'s letter names."""
    return answers(resolution, letter_keys(summary))


def checker(entities: Sequence[Quad], check: bool) -> EntityIndex | None:
    """What letters are checked with on their own, where they are built; None when they cannot be
    (no check asked, shapes that need the whole dataset, or entities that state subclasses)."""
    if not check or not shape_profile().local:
        return None
    index = EntityIndex(entities)
    return None if index.subclasses else index


def check_graphs(graphs: Sequence[tuple[str, Sequence[Quad]]], entities: EntityIndex,
                 classes: LetterClasses | None = None) -> list[tuple[str, Problem]]:
    """The problems of a batch of letter graphs (or of a part of one, with ``classes``), each with the
    id of the letter that has it."""
    if classes is None:
        return check_letters(graphs, entities)
    return check_letters(graphs, entities, classes)


class LetterClasses:
    """The classes of the values a part of a letter graph names: a shared node's from the entities, one
    of the letter's own nodes from its sorted triples (by bisection: no copy of a big letter's types)."""

    def __init__(self, triples: Sequence[Triple], letter: str, entities: EntityIndex):
        self.triples = triples
        self.letter = letter
        self.shared = entities.types

    def get(self, iri: str, default: Collection[str] = (), /) -> Collection[str]:
        shared = self.shared.get(iri)
        if shared is not None:
            return shared
        return classes_in(self.triples, iri, self.letter) or default


def named_values(quads: Iterable[Quad], letter: str) -> tuple[str, ...]:
    """The IRIs a letter graph names as values that are not its own nodes: its check reads their classes."""
    own = (letter + "/", letter + "#")
    found = {q.object.value for q in quads if isinstance(q.object, NamedNode)}
    return tuple(sorted(iri for iri in found if iri != letter and not iri.startswith(own)))


def classes_of(entities: EntityIndex, iris: Iterable[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The classes the entities give ``iris``: what a letter's check depended on besides its graph."""
    return tuple((iri, tuple(sorted(entities.types.get(iri, ())))) for iri in iris)
