"""The store sink: ``kg build --store DIR`` brings an on-disk Oxigraph store up to date with the letters.

Graphs new to the store are bulk loaded together, changed ones replaced whole (one transaction
each), gone ones dropped. Per letter the store keeps what its graph was built from: the sha256
of its file (its extraction is cached under it, see kg/engine/store.py) and the digest of its answers
(kg/resolve/answers.py); a letter graph is built again only when one of the two changed. Per graph it
keeps what checking it found and the classes of the shared nodes it names: a letter keeps its
check while its graph and those classes stay the same.

Only light modules are imported up front: an unchanged store is found so without loading the
extractors, the RDF build or the shapes.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from pyoxigraph import NamedNode

from ..rdf.iris import Minter
from ..rdf.rdfio import scratch_folder
from ..rdf.vocab import DEFAULT_BASE
from .pieces import Built, Group, Member, Piece, Progress, Refusal, Sink, moved
from .plan import code_fingerprint, plan_store
from .store import MANIFEST_NAME, KgStore, LetterRecord, Manifest, graph_digest, read_cached_extraction
from .workers import default_workers

if TYPE_CHECKING:
    from ..validation.validate import Problem, ValidationReport

# ------------------------------------------------------------------ the store


@dataclass(frozen=True)
class LetterState:
    """One source file as the last build left it: enough to resolve, and to know whether to rebuild."""

    path: str
    sha256: str
    letter_id: str
    answers: str  # digest of the answers its graph was built with (its summary is in the extraction cache)


@dataclass(frozen=True)
class GraphCheck:
    """What checking one letter graph found, and the classes of the shared nodes it read."""

    problems: tuple[tuple[str, Problem], ...]
    values: tuple[str, ...]  # the shared nodes the graph names
    classes: str  # digest of their classes in the entities graph it was checked with


@dataclass
class LetterStates:
    """Kept in the store folder between builds (under the base IRI and the code fingerprint)."""

    letters: dict[str, LetterState] = field(default_factory=dict)  # by source path
    checks: dict[str, GraphCheck] = field(default_factory=dict)  # by graph IRI


@dataclass(frozen=True)
class StoreBuildResult:
    """What a build into a store did."""

    letters: int  # letters in the store afterwards
    extracted: int  # letters read and extracted in this run
    reused: int  # letters taken from the cache or kept as they were
    rebuilt: int = 0  # letter graphs built again (new files, or other answers from the resolution)
    written: tuple[str, ...] = ()  # graph IRIs replaced
    removed: tuple[str, ...] = ()  # graph IRIs dropped
    refused: tuple[Refusal, ...] = ()
    warnings: tuple[str, ...] = ()
    conforms: bool | None = None  # None when not validated
    report: str = ""
    quads: int | None = 0  # quads in the store; None when not counted (count_quads=False)
    unchanged: bool = False  # nothing needed doing

    @property
    def changed(self) -> bool:
        return bool(self.written or self.removed)


class StoreSink(Sink):
    values = True
    wants_digests = True

    def __init__(self, kg_store: KgStore, base: str, fingerprint: str):
        self.kg_store = kg_store
        self.cache = kg_store.directory
        self.fingerprint = fingerprint
        self.base = base
        manifest = kg_store.manifest
        self.manifest = manifest
        self.trusted = manifest is not None and manifest.complete and manifest.base == base
        kept = kg_store.letter_state((base, fingerprint)) if self.trusted else None
        self.states = kept if isinstance(kept, LetterStates) else LetterStates()
        self.old_digests = dict(manifest.digests) if self.trusted and manifest else {}
        self.existing = set(self.old_digests) if self.trusted else {g.value for g in kg_store.graphs()}
        self.old_members: dict[str, set[str]] = {}
        minter = Minter(base)
        for state in self.states.letters.values():
            graph = minter.text.letter_graph(state.letter_id)
            self.old_members.setdefault(graph, set()).add(state.path)
        self.digests: dict[str, str] = {}
        self.written: list[str] = []
        self.rebuilt = 0
        self.checked: dict[str, tuple[tuple[tuple[str, Problem], ...], tuple[str, ...]]] = {}  # built in this run
        self.incoming: BinaryIO | None = None

    def known(self, path: str, sha: str | None) -> Member | None:
        """The letter as the last build left it, when its file is unchanged."""
        state = self.states.letters.get(path)
        if state is None or sha is None or state.sha256 != sha:
            return None
        summary = read_cached_extraction(self.kg_store.directory, sha, self.fingerprint, summary=True)
        if summary is None:  # gone: read the letter again (from the cached extraction)
            return None
        return Member(path=Path(path), sha256=state.sha256, letter_id=state.letter_id,
                      summary=moved(summary, Path(path)))

    def wants(self, group: Group, digests: tuple[str, ...]) -> bool:
        old = self.old_digests.get(group.graph)
        same = (old is not None and self.old_members.get(group.graph) == {str(m.path) for m in group.members}
                and all(m.spooled is None and m.held is None and m.extraction is None  # not read in this run
                        and self.states.letters[str(m.path)].answers == digest
                        for m, digest in zip(group.members, digests)))
        if same and old is not None:
            self.digests[group.graph] = old
            return False
        self.rebuilt += 1
        return True

    def take(self, piece: Piece) -> None:
        self.digests[piece.graph] = piece.digest
        if piece.problems is not None:
            self.checked[piece.graph] = (piece.problems, piece.values)
        if self.old_digests.get(piece.graph) == piece.digest:
            return
        if piece.graph in self.existing:
            from ..rdf.build import parse_nquads

            self.kg_store.replace_graph(NamedNode(piece.graph), parse_nquads(piece.data))
        else:
            assert self.incoming is not None
            self.incoming.write(piece.data)
        self.written.append(piece.graph)

    def finish(self, built: Built) -> tuple[list[str], bool | None, str]:
        """Write the shared graphs, drop the gone ones, validate, keep the bookkeeping; returns
        (graphs dropped, conforms, report)."""
        kg_store, minter = self.kg_store, built.minter
        entities_graph = minter.entities_graph()
        self.digests[entities_graph.value] = graph_digest(built.entities)
        if self.old_digests.get(entities_graph.value) != self.digests[entities_graph.value]:
            kg_store.replace_graph(entities_graph, built.entities)
            self.written.append(entities_graph.value)
        build_graph = minter.build_graph().value
        wanted = {g.graph for g in built.groups} | {entities_graph.value, build_graph}
        dropped = sorted((set(self.old_digests) if self.trusted else {g.value for g in kg_store.graphs()}) - wanted)
        for graph in dropped:
            kg_store.drop_graph(NamedNode(graph))
        if self.written or dropped or not self.trusted:
            kg_store.replace_graph(minter.build_graph(), built.provenance)
        manifest = self.manifest
        conforms, report = (manifest.conforms, manifest.report) if manifest and self.trusted else (None, "")
        checks = {graph: check for graph, check in self.states.checks.items()  # graphs not rebuilt keep theirs
                  if graph in self.digests and self.digests[graph] == self.old_digests.get(graph)}
        if built.check and (self.written or dropped or conforms is None):
            validation = self._validate(built, checks)
            conforms, report = validation.conforms, validation.text()
        elif not built.check and (self.written or dropped):
            conforms, report = None, ""
        members = sorted((m for g in built.groups for m in g.members), key=lambda m: m.path)
        states = LetterStates(
            letters={str(m.path): LetterState(str(m.path), m.sha256, m.letter_id, answers.digest())
                     for g in built.groups for m, answers in zip(g.members, g.answers)},
            checks=checks)
        kg_store.keep_letter_state((self.base, self.fingerprint), states)
        records = tuple(LetterRecord(path=str(m.path), sha256=m.sha256, letter_id=m.letter_id,
                                     graph=minter.letter_graph(m.letter_id).value) for m in members)
        kg_store.save_manifest(Manifest(base=self.base, fingerprint=self.fingerprint, letters=records,
                                        digests=self.digests, conforms=conforms, report=report, complete=True))
        kg_store.forget_extractions({r.sha256 for r in records})
        return dropped, conforms, report

    def _validate(self, built: Built, checks: dict[str, GraphCheck]) -> ValidationReport:
        """The report: each letter's problems, found where its graph was built, or kept while the
        classes of the shared nodes it names stay the same (else checked again from the store),
        and the shared graphs' once; the whole store when letters cannot be checked on their own."""
        from ..validation.validate import BATCH_LETTERS, validate
        from . import letters as domain
        from .core import finish_report

        index = built.index
        if index is None:
            return validate(list(self.kg_store.quads()))
        stale: list[Group] = []
        for group in built.groups:
            if group.graph in self.checked:
                problems, values = self.checked[group.graph]
                checks[group.graph] = GraphCheck(problems, values, _digest(domain.classes_of(index, values)))
                continue
            kept = self.states.checks.get(group.graph)
            if kept is not None and kept.classes == _digest(domain.classes_of(index, kept.values)):
                checks[group.graph] = kept
            else:
                stale.append(group)
        for start in range(0, len(stale), BATCH_LETTERS):
            batch = [(g, list(self.kg_store.quads(NamedNode(g.graph)))) for g in stale[start:start + BATCH_LETTERS]]
            found: dict[str, list[tuple[str, Problem]]] = {}
            for owner, problem in domain.check_graphs([(g.letter_id, quads) for g, quads in batch], index):
                found.setdefault(owner, []).append((owner, problem))
            for group, quads in batch:
                values = domain.named_values(quads, built.minter.text.letter(group.letter_id))
                checks[group.graph] = GraphCheck(tuple(found.get(group.letter_id, ())), values,
                                                 _digest(domain.classes_of(index, values)))
        found_all = [p for g in built.groups for p in checks[g.graph].problems]
        report = finish_report(replace(built, problems=found_all), lambda: validate([]))
        assert report is not None
        return report


def _digest(value: object) -> str:
    return hashlib.sha256(repr(value).encode("utf-8")).hexdigest()


def build_into_store(paths: Iterable[Path | str], directory: Path | str, *, base: str = DEFAULT_BASE,
                     prune: bool = False, check: bool = True, progress: Progress | None = None,
                     workers: int | None = None, count_quads: bool = True) -> StoreBuildResult:
    """Bring the store in ``directory`` up to date with the letters under ``paths``.

    Letters already in the store that are not under ``paths`` stay; ``prune`` drops those whose
    file is gone. ``count_quads=False`` leaves the result's ``quads`` None (counting reads every
    quad of the store).
    """
    fingerprint = code_fingerprint()
    workers = default_workers() if workers is None else max(1, workers)
    with KgStore(directory, create=True) as kg_store:
        manifest = kg_store.manifest
        plan = plan_store(paths, manifest, prune)
        if plan.nothing_to_do(manifest, base, fingerprint) and manifest is not None:
            return StoreBuildResult(letters=len(manifest.letters), extracted=0, reused=len(manifest.letters),
                                    refused=tuple(plan.refused), conforms=manifest.conforms, report=manifest.report,
                                    quads=len(kg_store) if count_quads else None, unchanged=True)
        from .core import engine, finished  # the extractors, the RDF build and the shapes: only when there is work

        sink = StoreSink(kg_store, base, fingerprint)
        sources: list[tuple[Path, str | None, bool]] = []
        kept: list[Member] = []
        for path, sha, scanned in [*((p, s, True) for p, s in plan.scanned.items()),
                                   *((r.path, r.sha256, False) for r in plan.kept)]:
            member = sink.known(path, sha)
            if member is not None:
                kept.append(member)
            else:
                sources.append((Path(path), sha, scanned))
        kg_store.save_manifest(replace(manifest, complete=False) if manifest is not None else Manifest(
            base=base, fingerprint=fingerprint, complete=False))
        refused = list(plan.refused)
        with scratch_folder(kg_store.directory / MANIFEST_NAME) as scratch:
            with kg_store.incoming() as incoming:  # new graphs: bulk loaded together when the pass is done
                sink.incoming = incoming
                built = engine(sources, kept, sink, scratch, base=base, check=check, workers=workers,
                               progress=progress, refused=refused, order=lambda m: m.path)
            dropped, conforms, report = finished(built, progress, sink.finish)
        extracted = sum(1 for g in built.groups for m in g.members if m.read)
        total = sum(len(g.members) for g in built.groups)
        return StoreBuildResult(letters=total, extracted=extracted, reused=total - extracted, rebuilt=sink.rebuilt,
                                written=tuple(sink.written), removed=tuple(dropped), refused=tuple(built.refused),
                                warnings=tuple(built.warnings), conforms=conforms, report=report,
                                quads=len(kg_store) if count_quads else None)
