"""What the engine's passes hand each other and the sinks: letters, graphs, groups, the end of a build.

Light on purpose (no extraction, RDF building or validation imported): ``kg build --store`` of
an unchanged store needs none of those.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from pyoxigraph import Quad

from ..domain.model import Extraction, Resolution
from ..rdf.iris import Minter
from ..read.ingest import shown

if TYPE_CHECKING:
    from ..resolve.answers import LetterAnswers
    from ..validation.validate import EntityIndex, Problem

Progress = Callable[[str, int, int], None]  # stage, done, total


@dataclass(frozen=True)
class Refusal:
    """A file that did not become (or stay) a letter graph, and why."""

    path: Path
    reason: str
    bug: bool = False  # True when kg itself failed, not the input

    def line(self) -> str:
        return f"{shown(self.path)}: {self.reason}"


@dataclass(frozen=True)
class Spooled:
    """Bytes of a scratch file of this run: a letter's extraction for the build pass (read.for_the_build), or a letter
    graph a worker wrote for a file build."""

    spool: str
    offset: int
    size: int


@dataclass(frozen=True)
class Member:
    """One source file of a letter graph, as the parent knows it."""

    path: Path
    sha256: str
    letter_id: str
    summary: Extraction  # read.summary_for_resolve of its extraction
    spooled: Spooled | None = None  # None: in ``extraction``, held, or else in the store's extraction cache
    extraction: Extraction | None = None  # the whole extraction, when the sink keeps them in memory
    read: bool = False  # read from its file (not the cache) in this run
    held: int | None = None  # the key of its extraction held in this process for its build pass (engine.core)


@dataclass(frozen=True)
class Piece:
    """One letter graph built by a worker: serialised, digested, checked."""

    graph: str
    letter_id: str
    data: bytes  # N-Quads, or a piece of TriG (empty when written to ``output``)
    count: int
    digest: str  # of its N-Quads text (sorted, unique): the same graph, the same digest; "" unless wants_digests
    problems: tuple[tuple[str, Problem], ...] | None  # None when not checked
    values: tuple[str, ...] = ()  # the shared nodes it names (its check read their classes); for a store
    output: Spooled | None = None  # where ``data`` lies instead, in a scratch file of the run (a file build)


@dataclass(frozen=True)
class Group:
    """The source files of one letter graph (two copies of a letter share it)."""

    graph: str
    members: tuple[Member, ...]
    answers: tuple[LetterAnswers, ...]  # per member

    @property
    def letter_id(self) -> str:
        return self.members[0].letter_id


class Sink:
    """Where the letter graphs go: the engine asks ``wants`` of every letter graph and hands the built ones
    to ``take``, in the order of their IRIs; the caller ends the sink with what the engine returns."""

    kind = "nq"  # what the workers serialise: "nq" or "trig"
    values = False  # whether a piece comes with the shared nodes its graph names
    wants_digests = False  # whether a piece comes with the digest of its graph (a store compares them)
    in_memory = False  # whether the letters' extractions stay in memory (no spool file)
    writes_files = False  # whether the workers write the graphs into the run's scratch folder (Piece.output)
    cache: Path | None = None  # the store folder whose extraction cache the readers use
    fingerprint = ""

    def wants(self, group: Group, digests: tuple[str, ...]) -> bool:
        """Whether the graph of ``group`` must be built (a store keeps graphs whose inputs did not change)."""
        return True

    def take(self, piece: Piece) -> None:
        raise NotImplementedError



@dataclass
class Built:
    """What the engine hands the sink at the end."""

    groups: list[Group]
    members: list[Member]  # in the order they were resolved (the order of the files, or of their paths)
    entities: list[Quad]
    provenance: list[Quad]
    resolution: Resolution
    index: EntityIndex | None  # what the letters were checked with, when they were checked on their own
    problems: list[tuple[str, Problem]] | None  # the letters', when checked on their own
    check: bool
    minter: Minter
    refused: list[Refusal] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def moved(extraction: Extraction, path: Path) -> Extraction:
    """A cached extraction whose letter now lives at ``path`` (same content, maybe another name)."""
    letter = extraction.document.letter
    if letter.path == path:
        return extraction
    cleaned = replace(extraction.document.clean, letter=replace(letter, path=path))
    return replace(extraction, document=replace(extraction.document, clean=cleaned))
