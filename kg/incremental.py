"""Incremental builds into a store: ``kg build PATH... --store DIR [--prune]``.

Extraction is the expensive step, so it is done once per source content: each letter's
``Extraction`` is kept in the store folder under its sha256 and the fingerprint of the kg code
that made it. A build then

1. hashes the files under PATH (a letter whose path and sha256 are as recorded, with the same
   code and base IRI, needs nothing: when all are so, the build stops here);
2. extracts only the letters whose content is new, and takes the others from the cache;
3. resolves entities over *all* letters, from a small summary of each kept in the store
   (``LetterStates``), and rebuilds only the letter graphs whose inputs changed: a new or
   changed file, or a resolution that now answers one of the questions its graph asked
   (``RecordingResolution`` notes them while the graph is built) differently. Built in
   worker processes, like ``kg build -o``, each graph is checked and serialised there, and
   the parent loads it into the store; so the entities graph and the letter graphs are
   exactly what a full build of the same files would give;
4. writes only the graphs whose digest changed (new ones bulk loaded together, existing ones
   each replaced whole in one transaction), drops the graphs of letters that left, and
   validates when anything changed: a letter keeps its last check while its graph and the
   entity triples it reaches stay the same.

Letters already in the store that are not under PATH stay; ``--prune`` removes those whose
source file is gone.
"""
from __future__ import annotations

import functools
import hashlib
import sys
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator

from pyoxigraph import NamedNode, Quad, RdfFormat, serialize

from . import __version__
from .errors import InputError, UnreadableLetter
from .ingest import read_bounded
from .model import Extraction, Resolution
from .store import (KgStore, LetterRecord, Manifest, graph_digest, read_cached_extraction,
                    write_cached_extraction)

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
    rebuilt: int = 0  # letter graphs built again (new files, or other answers from the resolution)
    written: tuple[str, ...] = ()  # graph IRIs replaced
    removed: tuple[str, ...] = ()  # graph IRIs dropped
    refused: tuple[StoreRefusal, ...] = ()
    warnings: tuple[str, ...] = ()
    conforms: bool | None = None  # None when not validated
    report: str = ""
    quads: int | None = 0  # quads in the store; None when not counted (count_quads=False)
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
    """The SHA-256 of a letter file, read as ingest reads it (``read_bounded``: size and kind checked
    first, never more than the limit read); None when it cannot be read or is over the limit, and
    reading the letter then refuses it with the reason."""
    try:
        return hashlib.sha256(read_bounded(path)).hexdigest()
    except UnreadableLetter:
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
                     workers: int | None = None, count_quads: bool = True) -> StoreBuildResult:
    """Bring the store in ``directory`` up to date with the letters under ``paths``.

    ``workers`` processes read the letters that need reading (default: one per core).
    ``count_quads=False`` leaves the result's ``quads`` None: counting reads every quad of the
    store (seconds at 10,000 letters, most of an unchanged rebuild).
    """
    started = datetime.now(timezone.utc)
    fingerprint = code_fingerprint()
    with KgStore(directory, create=True) as kg_store:
        manifest = kg_store.manifest
        plan = _plan(paths, manifest, prune)
        if _nothing_to_do(plan, manifest, base, fingerprint):
            return StoreBuildResult(letters=len(manifest.letters), extracted=0, reused=len(manifest.letters),
                                    conforms=manifest.conforms, report=manifest.report,
                                    quads=len(kg_store) if count_quads else None, unchanged=True)
        result = _rebuild(kg_store, plan, manifest, base=base, fingerprint=fingerprint, check=check,
                          progress=progress, started=started, workers=workers)
        return replace(result, quads=len(kg_store) if count_quads else None)


# ------------------------------------------------------------------ what a letter graph depended on

MISSING = "\0missing"  # the answer of a lookup that found nothing (pickles and compares by value)


class RecordingResolution:
    """A Resolution that notes every question build_letter asks of it, with the answer.

    A letter graph is a function of the letter's extraction, the base IRI and these answers;
    when a later resolution gives the same answers to the same questions, the graph is the
    same and need not be rebuilt, written nor validated again.
    """

    def __init__(self, resolution: Resolution):
        self._resolution = resolution
        self.answers: dict[tuple, object] = {}

    def note(self, question: tuple, answer: object) -> object:
        self.answers[question] = answer
        return answer

    def person(self, key: str) -> str:
        return self.note(("person", key), self._resolution.person(key))  # type: ignore[return-value]

    def organisation(self, key: str) -> str:
        return self.note(("organisation", key), self._resolution.organisation(key))  # type: ignore[return-value]

    def holder(self, post_key: str, day: str | None) -> str | None:
        return self.note(("holder", post_key, day), self._resolution.holder(post_key, day))  # type: ignore

    @property
    def organisations(self) -> "_RecordingMapping":
        return _RecordingMapping(self, "organisations")

    @property
    def persons(self) -> "_RecordingMapping":
        return _RecordingMapping(self, "persons")

    @property
    def posts(self) -> "_RecordingMapping":
        return _RecordingMapping(self, "posts")

    def __getattr__(self, name: str) -> object:  # anything else: the whole value is the answer
        return self.note(("attr", name), getattr(self._resolution, name))


class _RecordingMapping:
    """One of the entity tables of a resolution, noting membership tests and look-ups."""

    def __init__(self, recorder: RecordingResolution, name: str):
        self._recorder = recorder
        self._name = name
        self._table = getattr(recorder._resolution, name)

    def __contains__(self, key: object) -> bool:
        return self._recorder.note(("in", self._name, key), key in self._table)  # type: ignore[return-value]

    def get(self, key: str, default: object = None) -> object:
        found = self._recorder.note(("get", self._name, key), self._table.get(key, MISSING))
        return default if found == MISSING else found

    def __getitem__(self, key: str) -> object:
        found = self.get(key, MISSING)
        if found == MISSING:
            raise KeyError(key)
        return found

    def __getattr__(self, name: str) -> object:  # iteration and the like: the whole table is the answer
        self._recorder.note(("attr", self._name), self._table)
        return getattr(self._table, name)

    def __iter__(self):
        self._recorder.note(("attr", self._name), self._table)
        return iter(self._table)

    def __len__(self) -> int:
        self._recorder.note(("attr", self._name), self._table)
        return len(self._table)


def answer(resolution: Resolution, question: tuple) -> object:
    """What ``resolution`` answers to a question a RecordingResolution noted."""
    kind = question[0]
    if kind == "person":
        return resolution.person(question[1])
    if kind == "organisation":
        return resolution.organisation(question[1])
    if kind == "holder":
        return resolution.holder(question[1], question[2])
    if kind == "in":
        return question[2] in getattr(resolution, question[1])
    if kind == "get":
        return getattr(resolution, question[1]).get(question[2], MISSING)
    return getattr(resolution, question[1])


def same_answers(answers: dict[tuple, object], resolution: Resolution) -> bool:
    """True when ``resolution`` answers every noted question as before."""
    return all(answer(resolution, question) == given for question, given in answers.items())


@dataclass(frozen=True)
class LetterState:
    """One source file as the last build left it: enough to resolve and to decide on a rebuild."""

    path: str
    sha256: str
    letter_id: str
    summary: Extraction  # pipeline.summary_for_resolve of its extraction
    answers: str  # the digest of the answers (kg/answers.py) its graph was built with; empty until built


@dataclass(frozen=True)
class GraphCheck:
    """What validating one letter graph found, and what that depended on."""

    key: str  # digest of the code, the shapes, the graph and the entity triples it reached
    roots: tuple[str, ...]  # the nodes it names that are not its own: where its reach starts
    problems: tuple  # (letter id, Problem)
    shared: bytes = b""  # no longer used: letter graphs hold only their own nodes
    describes: tuple = ()


@dataclass
class LetterStates:
    """Kept in the store folder between builds (under the base IRI and the code fingerprint)."""

    letters: dict[str, LetterState] = field(default_factory=dict)  # by source path
    checks: dict[str, GraphCheck] = field(default_factory=dict)  # by graph IRI
    checked_against: str = ""  # digest of the entities graph and the shapes that every check was made with


# ------------------------------------------------------------------ the worker processes

_WORKER: dict[str, object] = {}


def _init_worker(**values) -> None:
    _WORKER.clear()
    _WORKER.update(values)


def _read_chunk(jobs: list[tuple[str, str | None, bool]]) -> list:
    """Worker, first pass: each (path, sha256, under PATH) as a LetterState (not yet built) or a Refusal."""
    return [_read_one(*job) for job in jobs]


def _read_one(path: str, sha: str | None, scanned: bool):
    from .pipeline import Refusal, extract_path, summary_for_resolve

    directory, fingerprint = Path(_WORKER["directory"]), str(_WORKER["fingerprint"])
    extraction = read_cached_extraction(directory, sha, fingerprint) if sha else None
    read = extraction is None
    if extraction is not None:
        extraction = _moved(extraction, Path(path))
    elif not scanned and not Path(path).is_file():
        return Refusal(Path(path), "was in the store, but its source file is gone and the cached extraction "
                                   "is out of date; its graph is dropped")
    else:
        outcome = extract_path(Path(path))
        if isinstance(outcome, Refusal):
            return outcome
        write_cached_extraction(directory, outcome, fingerprint)
        extraction = outcome
    from .build import letter_id
    state = LetterState(path=path, sha256=extraction.document.letter.sha256, letter_id=letter_id(extraction),
                        summary=summary_for_resolve(extraction), answers="")
    return state, read


@dataclass(frozen=True)
class BuiltGraph:
    """One letter graph built by a worker, serialised, and what it depended on.

    A graph new to the store comes as N-Quads (to be bulk loaded with the others), a graph
    that replaces one in the store as N-Triples (for one SPARQL update).
    """

    graph: str
    answers: tuple[tuple[str, str], ...]  # (source path, the digest of its answers) per file
    data: bytes
    new: bool
    count: int
    digest: str
    check: GraphCheck | None


def _build_chunk(groups: list[tuple[str, tuple[tuple[str, str], ...]]]) -> list[BuiltGraph]:
    """Worker, second pass: build, digest, serialise and (when asked) check letter graphs."""
    from .answers import letter_answers
    from .build import build_letter
    from .validate import check_letters

    resolution, minter = _WORKER["resolution"], _WORKER["minter"]
    directory, fingerprint = Path(_WORKER["directory"]), str(_WORKER["fingerprint"])
    entities = _WORKER.get("entities")
    built: list[tuple[str, str, list[Quad], tuple]] = []
    for letter, members in groups:
        quads: list[Quad] = []
        answers = []
        for path, sha in members:
            extraction = read_cached_extraction(directory, sha, fingerprint)
            if extraction is None:
                raise InputError(f"{path}: its cached extraction went missing during the build; build again")
            given = letter_answers(resolution, extraction)  # type: ignore[arg-type]
            quads.extend(build_letter(_moved(extraction, Path(path)), given, minter).quads)  # type: ignore[arg-type]
            answers.append((path, given.digest()))
        graph = minter.letter_graph(letter)
        unique = list(dict.fromkeys(quads))
        built.append((letter, graph.value, unique, tuple(answers), graph_digest(unique)))
    checks: dict[str, GraphCheck] = {}
    if entities is not None:
        from .validate import BATCH_LETTERS
        for start in range(0, len(built), BATCH_LETTERS):
            batch = built[start:start + BATCH_LETTERS]
            found = check_letters([(letter, quads) for letter, _, quads, _, _ in batch], entities)
            for letter, iri, quads, _, digest in batch:
                checks[iri] = graph_check(letter, quads, digest, entities, fingerprint,
                                          [p for p in found if p[0] == letter])
    existing: set[str] = _WORKER["existing"]  # type: ignore[assignment]
    return [BuiltGraph(graph=iri, answers=answers, new=iri not in existing, count=len(quads), digest=digest,
                       data=serialize(quads, format=RdfFormat.N_QUADS) if iri not in existing
                       else serialize([q.triple for q in quads], format=RdfFormat.N_TRIPLES), check=checks.get(iri))
            for letter, iri, quads, answers, digest in built]


def graph_check(letter: str, quads: list[Quad], digest: str, entities, fingerprint: str,
                problems: list) -> GraphCheck:
    """The GraphCheck of a letter graph (whose ``graph_digest`` is ``digest``) whose own problems are known."""
    own = {q.subject.value for q in quads}
    roots = tuple(sorted({q.object.value for q in quads if isinstance(q.object, NamedNode)} - own))
    return GraphCheck(key=check_key(fingerprint, digest, roots, entities), roots=roots, problems=tuple(problems))


def check_key(fingerprint: str, digest: str, roots: Iterable[str], entities) -> str:
    """A digest of everything a letter's check depends on: code, shapes, its graph, the classes of the nodes it names."""
    return hashlib.sha256("|".join((fingerprint, _shapes_digest(), digest,
                                    _triples_digest(entities.type_triples(roots)))).encode()).hexdigest()


def _run(function: Callable, jobs: list, workers: int, values: dict) -> Iterator:
    """``function`` over ``jobs`` in ``workers`` processes (or here, when there are few), in order."""
    from .pipeline import SERIAL_BELOW, _pool

    if workers <= 1 or sum(len(job) for job in jobs) < SERIAL_BELOW:
        _init_worker(**values)
        try:
            yield from map(function, jobs)
        finally:
            _WORKER.clear()
        return
    pool = _pool(workers, _init_worker_from, (values,))
    try:
        yield from pool.imap(function, jobs)
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.close()
        pool.join()


def _init_worker_from(values: dict) -> None:
    _init_worker(**values)


def _chunked(items: list, workers: int, most: int = 16) -> list[list]:
    size = max(1, min(most, -(-len(items) // max(1, workers * 4))))
    return [items[start:start + size] for start in range(0, len(items), size)]


# ------------------------------------------------------------------ the build

def _rebuild(kg_store: KgStore, plan: _Plan, manifest: Manifest | None, *, base: str, fingerprint: str,
             check: bool, progress: Progress | None, started: datetime, workers: int | None) -> StoreBuildResult:
    from .answers import letter_answers
    from .build import LetterGraph, build_entities, build_provenance, entity_triples
    from .iris import Minter
    from .pipeline import Refusal
    from .resolve import resolve

    workers = _workers(workers)
    minter = Minter(base)
    trusted = manifest is not None and manifest.complete and manifest.base == base
    kept_states = (kg_store.letter_state((base, fingerprint)) if trusted else None) or LetterStates()
    if not isinstance(kept_states, LetterStates):
        kept_states = LetterStates()

    # 1. every letter's summary: kept, or read (from the extraction cache, or the file) by the workers
    sources = [(p, s, True) for p, s in plan.scanned.items()] + [(r.path, r.sha256, False) for r in plan.kept]
    states: dict[str, LetterState] = {}
    to_read: list[tuple[str, str | None, bool]] = []
    for path, sha, scanned in sources:
        known = kept_states.letters.get(path)
        if known is not None and sha is not None and known.sha256 == sha:
            states[path] = known
        else:
            to_read.append((path, sha, scanned))
    refused: list[StoreRefusal] = []
    warnings: list[str] = []
    extracted = done = 0
    fresh: set[str] = set()
    values = {"directory": str(kg_store.directory), "fingerprint": fingerprint}
    for outcomes in _run(_read_chunk, _chunked(to_read, workers), workers, values):
        for outcome in outcomes:
            if isinstance(outcome, Refusal):
                refused.append(StoreRefusal(outcome.path, outcome.reason, outcome.bug))
                continue
            state, read = outcome
            states[state.path] = state
            fresh.add(state.path)
            if read:
                extracted += 1
                warnings.extend(f"{state.path}: {w}" for w in state.summary.warnings)
        done += len(outcomes)
        if progress:
            progress("read", done, len(to_read))

    # 2. resolve over all letters; group the files by graph
    ordered = [states[p] for p in sorted(states, key=Path)]
    resolution = resolve([s.summary for s in ordered])
    groups: dict[str, list[LetterState]] = {}
    for state in ordered:
        iri = minter.letter_graph(state.letter_id).value
        if iri in groups:
            warnings.append(f"{state.path}: same letter as {groups[iri][0].path} ({state.letter_id}); "
                            f"both go into one graph")
        groups.setdefault(iri, []).append(state)
    entities = build_entities(resolution, minter, [entity_triples(s.summary, letter_answers(resolution, s.summary), minter)
                                                   for s in ordered])
    entities_iri = minter.entities_graph().value

    # 3. rebuild only the graphs whose inputs changed: new files, or other answers from the resolution
    old_digests = dict(manifest.digests) if trusted else {}
    old_members: dict[str, set[str]] = {}
    for state in kept_states.letters.values():
        old_members.setdefault(minter.letter_graph(state.letter_id).value, set()).add(state.path)
    to_build = [iri for iri, members in groups.items()
                if iri not in old_digests or old_members.get(iri) != {m.path for m in members}
                or any(m.path in fresh or m.answers != letter_answers(resolution, m.summary).digest() for m in members)]
    digests = {iri: old_digests[iri] for iri in groups if iri not in to_build}
    digests[entities_iri] = graph_digest(entities)
    build_graph = minter.build_graph().value
    wanted = set(groups) | {entities_iri, build_graph}
    to_drop = sorted(set(old_digests) - wanted if trusted else {g.value for g in kg_store.graphs()} - wanted)
    existing = {g.value for g in kg_store.graphs()} if not trusted else set(old_digests)

    kg_store.save_manifest(Manifest(base=base, fingerprint=fingerprint, letters=manifest.letters if manifest else (),
                                    digests=old_digests, complete=False))
    entity_index = None
    if check:
        from .validate import EntityIndex
        entity_index = EntityIndex(entities)
    checks = {iri: c for iri, c in kept_states.checks.items() if iri in groups and iri not in to_build}
    written: list[str] = []
    jobs = [(groups[iri][0].letter_id, tuple((m.path, m.sha256) for m in groups[iri])) for iri in sorted(to_build)]
    values = {"directory": str(kg_store.directory), "fingerprint": fingerprint, "resolution": resolution,
              "minter": minter, "entities": entity_index, "existing": existing}
    done = 0
    with kg_store.incoming() as incoming:  # new graphs: bulk loaded together when the pass is done
        for pieces in _run(_build_chunk, _chunked(jobs, workers), workers, values):
            for piece in pieces:
                for path, answers in piece.answers:
                    states[path] = replace(states[path], answers=answers)
                if piece.check is not None:
                    checks[piece.graph] = piece.check
                digests[piece.graph] = piece.digest
                if old_digests.get(piece.graph) != piece.digest:
                    if piece.new:
                        incoming.write(piece.data)
                    else:
                        kg_store.put_graph(NamedNode(piece.graph), piece.data, new=False)
                    written.append(piece.graph)
            done += len(pieces)
            if progress:
                progress("build", done, len(jobs))
    if old_digests.get(entities_iri) != digests[entities_iri]:
        kg_store.replace_graph(NamedNode(entities_iri), entities)
        written.append(entities_iri)
    for iri in to_drop:
        kg_store.drop_graph(NamedNode(iri))
    provenance = build_provenance(
        [LetterGraph(s.letter_id, NamedNode(iri), minter.letter(s.letter_id), [], s.sha256, Path(s.path).name)
         for iri, members in groups.items() for s in members], minter, started)
    if written or to_drop or not trusted:
        kg_store.replace_graph(minter.build_graph(), provenance)

    # 4. validate: unchanged letters keep their check while the entity triples they reach stay the same
    conforms, report = (manifest.conforms, manifest.report) if manifest and trusted else (None, "")
    if check and (written or to_drop or conforms is None):
        if progress:
            progress("validate", 0, 1)
        against = _checked_against(digests[entities_iri])
        validation = _validate(kg_store, groups, checks, digests, entities, provenance, entity_index, fingerprint,
                               workers, current=kept_states.checked_against == against)
        conforms, report = validation.conforms, validation.text()
        kept_states.checked_against = against
        if progress:
            progress("validate", 1, 1)
    elif not check and (written or to_drop):
        conforms, report = None, ""

    records = tuple(LetterRecord(path=s.path, sha256=s.sha256, letter_id=s.letter_id,
                                 graph=minter.letter_graph(s.letter_id).value) for s in ordered)
    kg_store.keep_letter_state((base, fingerprint),
                               LetterStates(letters=states, checks=checks, checked_against=kept_states.checked_against))
    kg_store.save_manifest(Manifest(base=base, fingerprint=fingerprint, letters=records, digests=digests,
                                    conforms=conforms, report=report, complete=True))
    kg_store.forget_extractions({r.sha256 for r in records})
    return StoreBuildResult(letters=len(records), extracted=extracted, reused=len(states) - extracted,
                            rebuilt=len(jobs), written=tuple(written), removed=tuple(to_drop), refused=tuple(refused),
                            warnings=tuple(warnings), conforms=conforms, report=report)


def _validate(kg_store: KgStore, groups: dict[str, list[LetterState]], checks: dict[str, GraphCheck],
              digests: dict[str, str], entities: list[Quad], provenance: list[Quad], entity_index,
              fingerprint: str, workers: int, current: bool = False):
    """The dataset's validation report, from each letter's kept or new check and one shared pass.

    A kept check is used while its key (code, shapes, graph digest, reached entity triples)
    is unchanged; other letters are read back from the store and checked again. ``current``
    says that every check in ``checks`` was made with these entities and shapes, so the keys
    need no recomputing. Shapes that are not local enough for per-letter checks get one whole
    validation, as kg.validate does.
    """
    from .validate import check_entities, report_of, shape_profile, validate

    if not shape_profile().local:
        return validate(list(kg_store.quads()))
    stale = [iri for iri in groups if iri not in checks or not current
             and checks[iri].key != check_key(fingerprint, digests[iri], checks[iri].roots, entity_index)]
    to_check = [(groups[iri][0].letter_id, list(kg_store.quads(NamedNode(iri)))) for iri in stale]
    iri_of = {groups[iri][0].letter_id: iri for iri in stale}
    for batch, found in _checked(to_check, entity_index, workers, _batch_letters()):
        for letter, quads in batch:
            checks[iri_of[letter]] = graph_check(letter, quads, graph_digest(quads), entity_index, fingerprint,
                                                 [p for p in found if p[0] == letter])
    problems: list = []
    for iri in sorted(groups, key=lambda g: Path(groups[g][0].path)):
        problems.extend(checks[iri].problems)
    problems.extend(check_entities(entities + provenance))
    return report_of(problems)


def _checked_against(entities_digest: str) -> str:
    return hashlib.sha256(f"{entities_digest}|{_shapes_digest()}".encode()).hexdigest()


def _batch_letters() -> int:
    from .validate import BATCH_LETTERS
    return BATCH_LETTERS


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
    files = tuple(Path(path) for path in shape_files())
    return _digest_of_files(tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files))


@functools.lru_cache(maxsize=4)
def _digest_of_files(files: tuple[tuple[str, int, int], ...]) -> str:
    """A digest of the files' contents, read once per (path, mtime, size) in a process."""
    digest = hashlib.sha256()
    for path, _, _ in files:
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
