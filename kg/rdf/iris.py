"""Stable IRIs, so that graphs diff cleanly between runs.

Every IRI is derived from identifiers in the text (kamerstuk number, kenmerk, date) or from
normalised names (the keys of kg/domain/keys.py), never from run order or time. The base is configurable
(``--base`` or the ``KG_BASE`` environment variable); the default is ``https://w3id.org/kamerbrieven/id/``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pyoxigraph import NamedNode

# slug and letter_slug live in the domain (kg/domain/keys.py); re-exported here for kg/rdf/build.py, which
# still imports them from kg.rdf.iris.
from ..domain.keys import letter_slug as letter_slug
from ..domain.keys import slug as slug
from ..domain.model import Letter, LetterHead
from ..read.officialxml import meeting_year_of, official_paper_id
from .vocab import DEFAULT_BASE


def official_identifier(letter: Letter, head: LetterHead) -> str | None:
    """The letter's identifier on officielebekendmakingen.nl: as its official XML states it, else
    made from its head: kst-19637-1405, kst-35000-VI-116, and for a lettered paper of the Eerste
    Kamer with its meeting year (kst-20052006-30308-D, the year from the letter's date). None for
    letters that are no numbered paper, and for the dossiers of a Rijkswet (33852-R2023), whose
    official identifier the head does not tell."""
    if letter.official is not None and letter.official.identifier:
        return letter.official.identifier
    if not (head.dossier and head.number) or re.search(r"-R\d", head.dossier):
        return None
    year = meeting_year_of(head.date) if head.date else None
    return official_paper_id(head.dossier, head.number, year)


@dataclass(frozen=True)
class IriText:
    """The IRIs of ``Minter`` as strings (one place says how each kind of IRI is made)."""

    base: str = DEFAULT_BASE

    def iri(self, *parts: str) -> str:
        return self.base + "/".join(parts)

    def letter(self, letter_id: str) -> str:
        return f"{self.base}letter/{letter_id}"

    def letter_graph(self, letter_id: str) -> str:
        return f"{self.base}graph/letter/{letter_id}"

    def in_letter(self, letter_id: str, *parts: str) -> str:
        return self.base + "/".join(("letter", letter_id, *parts))

    def source(self, sha256: str) -> str:
        return f"{self.base}source/{sha256}"

    def organisation(self, key: str) -> str:
        return f"{self.base}org/{key}"

    def person(self, key: str) -> str:
        return f"{self.base}person/{key}"

    def post(self, key: str) -> str:
        return f"{self.base}post/{key}"

    def report(self, key: str) -> str:
        return f"{self.base}report/{key}"

    def instrument(self, key: str) -> str:
        return f"{self.base}law/{key}"

    def software(self, version: str) -> str:
        return f"{self.base}software/kg/{version}"


@dataclass(frozen=True)
class Minter:
    """Mints the IRIs of one dataset under one base.

    Each method returns a NamedNode; ``Minter.text`` gives the same IRIs as plain strings
    (the build keeps IRIs as strings until it writes a graph: making a NamedNode costs more).
    """

    base: str = DEFAULT_BASE
    text: IriText = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", IriText(self.base))

    def iri(self, *parts: str) -> NamedNode:
        return NamedNode(self.base + "/".join(parts))

    def letter(self, letter_id: str) -> NamedNode:
        return NamedNode(self.text.letter(letter_id))

    def letter_graph(self, letter_id: str) -> NamedNode:
        return NamedNode(self.text.letter_graph(letter_id))

    def entities_graph(self) -> NamedNode:
        return self.iri("graph", "entities")

    def build_graph(self) -> NamedNode:
        return self.iri("graph", "build")

    def in_letter(self, letter_id: str, *parts: str) -> NamedNode:
        """A node that belongs to one letter (a mention, a recommendation, evidence)."""
        return NamedNode(self.text.in_letter(letter_id, *parts))

    def source(self, sha256: str) -> NamedNode:
        return NamedNode(self.text.source(sha256))

    def organisation(self, key: str) -> NamedNode:
        return NamedNode(self.text.organisation(key))

    def person(self, key: str) -> NamedNode:
        return NamedNode(self.text.person(key))

    def post(self, key: str) -> NamedNode:
        return NamedNode(self.text.post(key))

    def report(self, key: str) -> NamedNode:
        return NamedNode(self.text.report(key))

    def instrument(self, key: str) -> NamedNode:
        return NamedNode(self.text.instrument(key))

    def reference(self, key: str) -> NamedNode:
        return self.iri("ref", key)

    def software(self, version: str) -> NamedNode:
        return NamedNode(self.text.software(version))
