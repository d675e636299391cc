"""Incremental builds into a store: ``kg build PATH... --store DIR [--prune]``.

Extraction is the expensive step, so it is done once per source content: each letter's
``Extraction`` is kept in the store folder under its sha256 and the fingerprint of the kg code
that made it. A build then

1. hashes the files under PATH (a letter whose path and sha256 are as recorded, with the same
   code and base IRI, needs nothing: when all are so, the build stops here);
2. extracts only the letters whose content is new, and takes the others from the cache;
3. resolves entities over *all* letters in the store (cheap) and rebuilds every letter graph in
   memory, so that the entities graph and the letter graphs are exactly what a full build of
   the same files would give;
4. writes only the graphs whose digest changed, each replaced whole in one transaction, drops
   the graphs of letters that left, and validates when anything changed.

Letters already in the store that are not under PATH stay; ``--prune`` removes those whose
source file is gone.
"""
from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator

from pyoxigraph import Quad

from . import __version__
from .model import Extraction
from .store import KgStore, LetterRecord, Manifest, graph_digest

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class StoreRefusal:
    """A file that did not become (or stay) a letter graph, and why."""

    path: Path
    reason: str
    bug: bool = False

    def line(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True)
class StoreBuildResult:
    """What a build into a store did."""

    letters: int  # letters in the store afterwards
    extracted: int  # letters read and extracted in this run
    reused: int  # letters taken from the cache
    written: tuple[str, ...] = ()  # graph IRIs replaced
    removed: tuple[str, ...] = ()  # graph IRIs dropped
    refused: tuple[StoreRefusal, ...] = ()
    warnings: tuple[str, ...] = ()
    conforms: bool | None = None  # None when not validated
    report: str = ""
    quads: int = 0
    unchanged: bool = False  # nothing needed doing

    @property
    def changed(self) -> bool:
        return bool(self.written or self.removed)


def code_fingerprint(package: Path | None = None) -> str:
    """A digest of kg's code and data: a cached extraction is only good for the code that made it."""
    package = package or Path(__file__).resolve().parent
    digest = hashlib.sha256(f"{__version__}|{sys.version_info[:2]}".encode())
    for path in sorted(package.rglob("*")):
        if path.is_file() and (path.suffix == ".py" or "data" in path.relative_to(package).parts):
            digest.update(str(path.relative_to(package)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def file_sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


@dataclass
class _Plan:
    """The letters that make up the store after this build, before extraction."""

    scanned: dict[str, str | None] = field(default_factory=dict)  # path -> sha256 (None: unreadable)
    kept: list[LetterRecord] = field(default_factory=list)  # records not under PATH that stay
    pruned: list[LetterRecord] = field(default_factory=list)


def _plan(paths: Iterable[Path | str], manifest: Manifest | None, prune: bool) -> _Plan:
    from .ingest import letter_paths

    plan = _Plan()
    for path in letter_paths(paths):
        plan.scanned[str(path.resolve())] = file_sha256(path)
    for record in manifest.letters if manifest else ():
        if record.path in plan.scanned:
            continue
        if prune and not Path(record.path).is_file():
            plan.pruned.append(record)
        else:
            plan.kept.append(record)
    return plan


def _nothing_to_do(plan: _Plan, manifest: Manifest | None, base: str, fingerprint: str) -> bool:
    if manifest is None or not manifest.complete or manifest.base != base or manifest.fingerprint != fingerprint:
        return False
    if plan.pruned:
        return False
    for path, sha in plan.scanned.items():
        record = manifest.record(path)
        if record is None or sha is None or record.sha256 != sha:
            return False
    return True


def build_into_store(paths: Iterable[Path | str], directory: Path | str, *, base: str, prune: bool = False,
                     check: bool = True, progress: Progress | None = None,
                     workers: int | None = None) -> StoreBuildResult:
    """Bring the store in ``directory`` up to date with the letters under ``paths``.

    ``workers`` processes read the letters that need reading (default: one per core).
    """
    started = datetime.now(timezone.utc)
    fingerprint = code_fingerprint()
    with KgStore(directory, create=True) as kg_store:
        manifest = kg_store.manifest
        plan = _plan(paths, manifest, prune)
        if _nothing_to_do(plan, manifest, base, fingerprint):
            return StoreBuildResult(letters=len(manifest.letters), extracted=0, reused=len(manifest.letters),
                                    conforms=manifest.conforms, report=manifest.report, quads=len(kg_store),
                                    unchanged=True)
        return _rebuild(kg_store, plan, manifest, base=base, fingerprint=fingerprint, check=check,
                        progress=progress, started=started, workers=workers)


def _gather(kg_store: KgStore, plan: _Plan, fingerprint: str, workers: int | None, progress: Progress | None):
    """Every letter's extraction, from the cache or read now: (extractions by path, refusals, warnings, read)."""
    from .pipeline import Refusal, extract_all

    extractions: dict[str, Extraction] = {}
    refused: list[StoreRefusal] = []
    to_read: list[Path] = []
    sources = [(p, s, True) for p, s in plan.scanned.items()] + [(r.path, r.sha256, False) for r in plan.kept]
    for path, sha, scanned in sources:
        extraction = kg_store.cached_extraction(sha, fingerprint) if sha else None
        if extraction is not None:
            extractions[path] = _moved(extraction, Path(path))
        elif not scanned and not Path(path).is_file():
            refused.append(StoreRefusal(Path(path), "was in the store, but its source file is gone and the "
                                        "cached extraction is out of date; its graph is dropped"))
        else:
            to_read.append(Path(path))
    warnings: list[str] = []
    read = 0
    for outcome in extract_all(to_read, _workers(workers), progress):
        if isinstance(outcome, Refusal):
            refused.append(StoreRefusal(outcome.path, outcome.reason, outcome.bug))
            continue
        kg_store.keep_extraction(outcome, fingerprint)
        path = str(outcome.document.letter.path)
        extractions[path] = outcome
        warnings.extend(f"{path}: {w}" for w in outcome.warnings)
        read += 1
    return extractions, refused, warnings, read


def _rebuild(kg_store: KgStore, plan: _Plan, manifest: Manifest | None, *, base: str, fingerprint: str,
             check: bool, progress: Progress | None, started: datetime, workers: int | None) -> StoreBuildResult:
    from pyoxigraph import NamedNode

    from .build import build_entities, build_letter, build_provenance
    from .iris import Minter
    from .resolve import resolve

    minter = Minter(base)
    extractions, refused, warnings, extracted = _gather(kg_store, plan, fingerprint, workers, progress)
    ordered = [extractions[p] for p in sorted(extractions, key=Path)]
    resolution = resolve(ordered)
    desired: dict[str, list[Quad]] = {}
    graph_node: dict[str, NamedNode] = {}
    records: list[LetterRecord] = []
    first_path: dict[str, str] = {}
    letter_graphs = []
    for index, extraction in enumerate(ordered, start=1):
        letter_graph = build_letter(extraction, resolution, minter)
        path = str(extraction.document.letter.path)
        iri = letter_graph.graph.value
        if iri in first_path:
            warnings.append(f"{path}: same letter as {first_path[iri]} ({letter_graph.letter_id}); "
                            f"both go into one graph")
        first_path.setdefault(iri, path)
        desired.setdefault(iri, []).extend(letter_graph.quads)
        graph_node[iri] = letter_graph.graph
        letter_graphs.append(letter_graph)
        records.append(LetterRecord(path=path, sha256=letter_graph.sha256, letter_id=letter_graph.letter_id,
                                    graph=iri))
        if progress:
            progress("build", index, len(ordered))
    entities_graph = minter.entities_graph()
    desired[entities_graph.value] = build_entities(resolution, minter)
    graph_node[entities_graph.value] = entities_graph

    trusted = manifest is not None and manifest.complete and manifest.base == base
    old_digests = dict(manifest.digests) if trusted else {}
    digests = {iri: graph_digest(quads) for iri, quads in desired.items()}
    to_write = [iri for iri in desired if old_digests.get(iri) != digests[iri]]
    build_graph = minter.build_graph().value
    if trusted:
        to_drop = sorted(set(old_digests) - set(desired))
    else:
        to_drop = sorted(g.value for g in kg_store.graphs() if g.value not in desired and g.value != build_graph)

    kg_store.save_manifest(Manifest(base=base, fingerprint=fingerprint,
                                    letters=manifest.letters if manifest else (),
                                    digests=old_digests, complete=False))
    for index, iri in enumerate(to_write, start=1):
        kg_store.replace_graph(graph_node[iri], desired[iri])
        if progress:
            progress("write", index, len(to_write))
    for iri in to_drop:
        kg_store.drop_graph(NamedNode(iri))
    provenance = build_provenance(letter_graphs, minter, started)
    if to_write or to_drop or not trusted:
        kg_store.replace_graph(minter.build_graph(), provenance)

    conforms, report = (manifest.conforms, manifest.report) if manifest and trusted else (None, "")
    if check and (to_write or to_drop or conforms is None):
        if progress:
            progress("validate", 0, 1)
        validation = validate_in_store(kg_store, desired, entities_graph.value, provenance, fingerprint,
                                       _workers(workers))
        conforms, report = validation.conforms, validation.text()
        if progress:
            progress("validate", 1, 1)
    elif not check and (to_write or to_drop):
        conforms, report = None, ""

    kg_store.save_manifest(Manifest(base=base, fingerprint=fingerprint, letters=tuple(records), digests=digests,
                                    conforms=conforms, report=report, complete=True))
    kg_store.forget_extractions({r.sha256 for r in records})
    return StoreBuildResult(letters=len(records), extracted=extracted, reused=len(extractions) - extracted,
                            written=tuple(to_write), removed=tuple(to_drop), refused=tuple(refused),
                            warnings=tuple(warnings), conforms=conforms, report=report, quads=len(kg_store))


def validate_in_store(kg_store: KgStore, desired: dict[str, list[Quad]], entities_iri: str, provenance: list[Quad],
                      fingerprint: str, workers: int = 1):
    """Validate the dataset as kg.validate.validate does, taking unchanged letters' checks from the store.

    kg.validate checks letter graphs in batches (each with the entity triples it reaches) and
    the shared nodes once over everything. A letter's check depends only on its own quads, the
    entity triples it reaches and the shapes, so it is kept under a digest of those three and
    reused while they stay the same; the shared pass always runs. When the shapes are not
    local enough for batches, this is one whole validation, as in kg.validate. Many letters to
    check are shared among ``workers`` processes.
    """
    from .validate import (BATCH_LETTERS, EntityIndex, check_shared, letter_id_of, report_of,
                           shape_profile, shared_part, validate)

    everything = [q for quads in desired.values() for q in quads] + provenance
    if not shape_profile().local:
        return validate(everything)
    from pyoxigraph import NamedNode
    letters: list[tuple[str, list[Quad]]] = []
    other: list[Quad] = list(provenance)
    for iri, quads in desired.items():
        letter_id = letter_id_of(NamedNode(iri)) if iri != entities_iri else None
        if letter_id is None:
            other.extend(quads)
        else:
            letters.append((letter_id, quads))
    entities = EntityIndex(other)
    shapes = _shapes_digest()
    problems: list = []
    shared: list = []
    owners: dict[str, str] = {}
    keys: dict[str, str] = {}
    to_check: list[tuple[str, list[Quad]]] = []
    for letter_id, quads in letters:
        reached = entities.reach([q.triple for q in quads])
        keys[letter_id] = hashlib.sha256("|".join(
            (fingerprint, shapes, graph_digest(quads), _triples_digest(reached))).encode()).hexdigest()
        kept = kg_store.cached_check(keys[letter_id])
        if kept is None:
            to_check.append((letter_id, quads))
        else:
            problems.extend(kept)
    for batch, check in _checked(to_check, entities, workers, BATCH_LETTERS):
        for letter_id, _ in batch:
            own = [(owner, problem) for owner, problem in check.problems if owner == letter_id]
            kg_store.keep_check(keys[letter_id], own)
            problems.extend(own)
    for letter_id, quads in letters:
        part, described = shared_part(letter_id, quads)
        shared.extend(part)
        for subject, owner in described:
            owners.setdefault(subject, owner)
    problems.extend(check_shared(shared, other, owners))
    kg_store.forget_checks(set(keys.values()))
    return report_of(problems)


PARALLEL_CHECKS_FROM = 24  # fewer letters to check than this are checked in this process
_WORKER_ENTITIES = None  # the EntityIndex a checking worker was given


def _checked(to_check: list, entities, workers: int, batch_size: int) -> Iterator[tuple[list, object]]:
    """(batch, LetterCheck) for every batch of letters, checked here or by worker processes."""
    from .validate import check_letters

    if workers <= 1 or len(to_check) < PARALLEL_CHECKS_FROM:
        for start in range(0, len(to_check), batch_size):
            batch = to_check[start:start + batch_size]
            yield batch, check_letters(batch, entities)
        return
    from .pipeline import _pool  # the pipeline's pool: forked workers that leave Ctrl-C to the parent

    size = min(batch_size, -(-len(to_check) // (workers * 2)))
    batches = [to_check[start:start + size] for start in range(0, len(to_check), size)]
    with _pool(workers, _receive_entities, (entities,)) as pool:
        yield from zip(batches, pool.imap(_check_batch, batches))


def _receive_entities(entities) -> None:
    global _WORKER_ENTITIES
    _WORKER_ENTITIES = entities


def _check_batch(batch: list):
    from .validate import check_letters
    return check_letters(batch, _WORKER_ENTITIES)


def _triples_digest(triples) -> str:
    return hashlib.sha256("\n".join(sorted({str(t) for t in triples})).encode("utf-8")).hexdigest()


def _shapes_digest() -> str:
    from .resources import shape_files
    digest = hashlib.sha256()
    for path in shape_files():
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()


def _workers(workers: int | None) -> int:
    from .pipeline import default_workers
    return default_workers() if workers is None else max(1, workers)


def _moved(extraction, path: Path):
    """A cached extraction whose letter now lives at ``path`` (same content, maybe another name)."""
    letter = extraction.document.letter
    if letter.path == path:
        return extraction
    clean = replace(extraction.document.clean, letter=replace(letter, path=path))
    return replace(extraction, document=replace(extraction.document, clean=clean))
