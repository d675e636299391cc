"""The build: read, resolve, build and check each letter graph in the workers, hand it to a sink.

    read      workers: ingest, clean, structure, extract (or the store's extraction cache) each
              file that needs it; the full extraction is spooled to a scratch file of the run,
              the parent keeps a summary (facts without evidence, no texts)
    resolve   in the parent, over the summaries of all letters
    build     workers: each letter graph that the sink wants, from (extraction, answers, base),
              in the order of the graph IRIs; sorted, serialised and checked where it is built
    sink      memory (BuildResult), a streamed .trig/.nq file, or the store (kg/engine/sinks.py)

The parent never holds more than the summaries and one chunk of graphs, so a file build's
memory stays flat in the number of letters.
"""
from __future__ import annotations

import gc
import hashlib
import itertools
import os
import pickle
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO, TypeVar

from pyoxigraph import NamedNode, Quad

from ..domain.collector import collector_paused
from ..domain.model import Extraction, Resolution
from ..rdf.build import (
    LetterGraph,
    Triple,
    build_entities,
    build_provenance,
    entity_triples,
    letter_id,
    letter_triples,
    nquads,
    parse_nquads,
    sorted_unique,
    subject_slices,
)
from ..rdf.iris import Minter
from ..rdf.rdfio import TrigSlices
from ..read.ingest import shown
from ..resolve.answers import LetterAnswers
from ..resolve.entities import resolve
from ..validation.validate import BATCH_LETTERS, EntityIndex, Problem, ValidationReport, check_entities, report_of
from . import letters as domain
from .pieces import Built, Group, Member, Piece, Progress, Refusal, Sink, Spooled, moved
from .read import extract_path, for_the_build, summary_for_resolve
from .store import read_cached_extraction, write_cached_extraction
from .workers import chunks, given, run, runs_here

# ------------------------------------------------------------------ reading

@dataclass(frozen=True)
class _Reading:
    folder: str  # the scratch folder of the spools; "" keeps the extractions in memory, in the members
    cache: str | None  # store folder with the extraction cache
    fingerprint: str
    here: bool = False  # hold the extractions in this process (_HELD) for its own build pass, not in a spool


# Extractions read in this process for its own build pass (``read_all``): each taken out by the one
# ``load`` that needs it, so that a big letter's extraction is let go once its graph's triples are made.
# They are frozen (``gc.freeze``, undone once the graphs are built): the cyclic collector never walks
# them (a 5 MB letter's objects, walked by a collection of each generation: 0.3 s); they make no
# cycles and go by reference count all the same.
_HELD: dict[int, Extraction] = {}
_held_keys = itertools.count()


ReadJob = tuple[int, list[tuple[Path, str | None, bool]]]  # first index, (path, sha256 or None, under PATH)


def _read_chunk(job: ReadJob) -> list[Member | Refusal]:
    """Worker: read (or take from the cache) a chunk of files; spool their extractions to one file.
    The cyclic collector waits for each letter: many objects, no cycles but a PDF reader's (collected
    after it); its collections walked them again and again (0.45 s at 5 MB, docs/fast-paths.md)."""
    context: _Reading = given()
    first, items = job
    out: list[Member | Refusal] = []
    spool = os.path.join(context.folder, f"{first:08d}.pickle") if context.folder else os.devnull
    with open(spool, "wb") as stream:  # a scratch file of this run, never read by another
        for path, sha, scanned in items:
            with collector_paused():
                out.append(_read_one(path, sha, scanned, context, stream, spool))
    return out


def _read_one(path: Path, sha: str | None, scanned: bool, context: _Reading, stream: BinaryIO,
              spool: str) -> Member | Refusal:
    outcome = _extraction(path, sha, scanned, context)
    if isinstance(outcome, Refusal):
        return outcome
    extraction, read = outcome
    member = Member(path=path, sha256=extraction.document.letter.sha256, letter_id=letter_id(extraction),
                    summary=summary_for_resolve(extraction), read=read)
    _keep_summary(member.summary, context)
    if not context.folder:
        return replace(member, extraction=extraction)
    extraction = for_the_build(extraction)
    if context.here:
        key = next(_held_keys)
        _HELD[key] = extraction
        gc.freeze()  # see _HELD
        return replace(member, held=key)
    blob = pickle.dumps(extraction, protocol=pickle.HIGHEST_PROTOCOL)
    offset = stream.tell()
    stream.write(blob)
    return replace(member, spooled=Spooled(spool, offset, len(blob)))


def _extraction(path: Path, sha: str | None, scanned: bool, context: _Reading) -> tuple[Extraction, bool] | Refusal:
    if context.cache is not None and sha is not None:
        cached = read_cached_extraction(Path(context.cache), sha, context.fingerprint)
        if cached is not None:
            return moved(cached, path), False
        if not scanned and not path.is_file():
            return Refusal(path, "was in the store, but its source file is gone and the cached extraction is out "
                                 "of date; its graph is dropped")
    outcome = extract_path(path)
    if isinstance(outcome, Refusal):
        return outcome
    if context.cache is not None:
        write_cached_extraction(Path(context.cache), outcome, context.fingerprint)
    return outcome, True


def _keep_summary(summary: Extraction, context: _Reading) -> None:
    """A store keeps the summary beside the extraction: the next build resolves without reading either."""
    if context.cache is not None:
        write_cached_extraction(Path(context.cache), summary, context.fingerprint, summary=True)


@dataclass(frozen=True)
class Source:
    """Where a worker finds a letter's full extraction (a Member without what only the parent needs)."""

    path: Path
    sha256: str
    spooled: Spooled | None
    extraction: Extraction | None
    held: int | None = None

    @classmethod
    def of(cls, member: Member) -> Source:
        return cls(member.path, member.sha256, member.spooled, member.extraction, member.held)


def load(source: Source, cache: str | None = None, fingerprint: str = "") -> Extraction:
    """The extraction of a letter for building its graph: kept in memory (whole), held or spooled by this
    run (``for_the_build``: without what the build does not read), else from the store's cache (else
    its file)."""
    if source.extraction is not None:
        return source.extraction
    if source.held is not None:
        return _HELD.pop(source.held)
    if source.spooled is not None:
        with open(source.spooled.spool, "rb") as stream:
            stream.seek(source.spooled.offset)
            return pickle.loads(stream.read(source.spooled.size))  # noqa: S301 - this run's own scratch file
    cached = read_cached_extraction(Path(cache or ""), source.sha256, fingerprint) if cache else None
    if cached is not None:
        return moved(cached, source.path)
    outcome = extract_path(source.path)  # the cache entry went missing: read the file again
    if isinstance(outcome, Refusal):
        from ..domain.errors import InputError
        raise InputError(outcome.line())
    return outcome


KEEP_BYTES = 8 << 20  # files a build reads in this process keep their extractions in memory up to this size


def read_all(sources: Sequence[tuple[Path, str | None, bool]], folder: str, sink: Sink, workers: int,
             progress: Progress | None) -> Iterator[Member | Refusal]:
    """Every source read, in the order given.

    The extractions are spooled for the build pass, unless the sink keeps them, or the reading is
    done in this process and the files are small: then pickling and unpickling them would only cost
    time (a second of CPU for a 5 MB letter)."""
    cache = str(sink.cache) if sink.cache is not None else None
    here = runs_here(workers, len(sources)) and _bytes_in(sources) <= KEEP_BYTES
    context = _Reading("" if sink.in_memory else folder, cache, sink.fingerprint, here=here)
    parts = chunks(sources, workers)
    starts = [sum(len(p) for p in parts[:i]) for i in range(len(parts))]
    done = 0
    for outcomes in run(_read_chunk, list(zip(starts, parts)), workers=workers, letters=len(sources),
                        context=context):
        yield from outcomes
        done += len(outcomes)
        if progress:
            progress("read", done, len(sources))


def _bytes_in(sources: Sequence[tuple[Path, str | None, bool]]) -> int:
    total = 0
    for path, _, _ in sources:
        try:
            total += path.stat().st_size
        except OSError:  # gone, or not readable: its reading will tell
            pass
    return total


# ------------------------------------------------------------------ building

@dataclass(frozen=True)
class _Building:
    minter: Minter
    kind: str
    entities: EntityIndex | None  # what the letters are checked with; None: not checked here
    cache: str | None
    fingerprint: str
    values: bool
    folder: str  # where the workers write the graphs (a scratch folder of a file build); "": into the pieces
    digests: bool  # whether the pieces carry their graph's digest


@dataclass(frozen=True)
class _Job:
    """One letter graph to build: what a worker is sent (no summaries: they stay in the parent)."""

    graph: str
    letter_id: str
    sources: tuple[tuple[Source, LetterAnswers], ...]

    @classmethod
    def of(cls, group: Group) -> _Job:
        return cls(group.graph, group.letter_id, tuple(zip(map(Source.of, group.members), group.answers)))


SLICE_TRIPLES = 8_192  # a letter graph is parsed, checked and serialised this many triples at a time


@dataclass
class _Made:
    """One letter graph of a chunk, written; its check may wait for the batch."""

    job: _Job
    count: int
    digest: str
    data: bytes
    output: Spooled | None
    values: tuple[str, ...]


def _build_chunk(groups: list[_Job]) -> list[Piece]:
    """Worker: build, sort, serialise and check the letter graphs of a chunk.

    A letter graph stays text (build.Triple) until it is written: sorting its triples as text
    gives the order of ``rdfio.sort_key``. Then it goes a slice of subjects at a time (all of an
    ordinary letter's in one): N-Quads, pyoxigraph's quads read back from them for checking or
    TriG (cheaper than making the terms in Python), the check, the bytes written. A big letter's
    graph is so never whole as N-Quads, quads or TriG (a 5 MB letter: 630,000 triples), and its
    slices are checked with the classes of its own nodes read off its triples (``LetterClasses``).
    The graphs of ordinary letters are checked together, BATCH_LETTERS at a time. The cyclic
    garbage collector waits until the chunk is done: the triples are many small objects that make
    no cycles.
    """
    context: _Building = given()
    made: list[_Made] = []
    waiting: list[tuple[str, list[Quad]]] = []  # graphs of one slice, for a batch check
    problems: dict[str, list[tuple[str, Problem]]] = {}
    with collector_paused(), _Output(context.folder) as output:
        for job in groups:
            triples = _sorted_triples(job, context)
            made.append(_write_graph(job, triples, context, output, waiting, problems))
            del triples
        if context.entities is not None:
            for start in range(0, len(waiting), BATCH_LETTERS):
                for owner, problem in domain.check_graphs(waiting[start:start + BATCH_LETTERS], context.entities):
                    problems.setdefault(owner, []).append((owner, problem))
    return [Piece(graph=m.job.graph, letter_id=m.job.letter_id, data=m.data, count=m.count, digest=m.digest,
                  problems=tuple(problems.get(m.job.letter_id, ())) if context.entities is not None else None,
                  values=m.values, output=m.output) for m in made]


def _sorted_triples(job: _Job, context: _Building) -> list[Triple]:
    """The triples of a letter graph (of each of its files), sorted, each once; each extraction let go
    once its triples are made."""
    triples: list[Triple] = []
    for source, answers in job.sources:
        extraction = load(source, context.cache, context.fingerprint)
        triples += letter_triples(extraction, answers, context.minter).triples
        del extraction
    return sorted_unique(triples)


def _write_graph(job: _Job, triples: list[Triple], context: _Building, output: _Output,
                 waiting: list[tuple[str, list[Quad]]], problems: dict[str, list[tuple[str, Problem]]]) -> _Made:
    """One letter graph's sorted triples written to ``output`` a slice at a time, and checked: a graph
    of one slice later, in a batch (``waiting``), each slice of a bigger one now (into ``problems``)."""
    entities = context.entities
    whole = len(triples) <= SLICE_TRIPLES
    quads_wanted = entities is not None or context.kind == "trig" or context.values
    letter = context.minter.text.letter(job.letter_id)
    classes = None if whole or entities is None else domain.LetterClasses(triples, letter, entities)
    digest = hashlib.sha256() if context.digests else None
    trig = TrigSlices() if context.kind == "trig" else None
    values: set[str] = set()
    start = output.start()
    for part in subject_slices(triples, SLICE_TRIPLES):
        text = nquads(job.graph, part, letter)
        if digest is not None:
            digest.update(text)  # the digest of the whole graph's N-Quads
        quads = parse_nquads(text) if quads_wanted else []
        output.write(trig.add(quads) if trig is not None else text)
        del text
        if context.values:
            values.update(domain.named_values(quads, letter))
        if entities is not None and whole:
            waiting.append((job.letter_id, quads))
        elif entities is not None:
            for owner, problem in domain.check_graphs([(job.letter_id, quads)], entities, classes):
                problems.setdefault(owner, []).append((owner, problem))
    if trig is not None:
        output.write(trig.end())
    data, where = output.written(start)
    return _Made(job, len(triples), digest.hexdigest() if digest is not None else "", data, where,
                 tuple(sorted(values)))


class _Output:
    """Where a chunk's graphs go: a scratch file of the run (a file build: the parent copies from it),
    or bytes that travel in the pieces."""

    def __init__(self, folder: str):
        self.folder = folder
        self.parts: list[bytes] = []
        self.path = ""
        self.stream: BinaryIO | None = None

    def __enter__(self) -> _Output:
        if self.folder:
            handle, self.path = tempfile.mkstemp(prefix="graphs.", dir=self.folder)
            self.stream = os.fdopen(handle, "wb")
        return self

    def __exit__(self, *exc: object) -> None:
        if self.stream is not None:
            self.stream.close()

    def start(self) -> int:
        return self.stream.tell() if self.stream is not None else 0

    def write(self, data: bytes) -> None:
        if self.stream is not None:
            self.stream.write(data)
        else:
            self.parts.append(data)

    def written(self, start: int) -> tuple[bytes, Spooled | None]:
        """What was written since ``start``: (b"", where it lies in the file), or (the bytes, None)."""
        if self.stream is not None:
            return b"", Spooled(self.path, start, self.stream.tell() - start)
        data, self.parts = b"".join(self.parts), []
        return data, None


# ------------------------------------------------------------------ the engine

def engine(sources: Sequence[tuple[Path, str | None, bool]], kept: Sequence[Member], sink: Sink, scratch: str, *,
           base: str, check: bool, workers: int, progress: Progress | None, refused: list[Refusal],
           order: Callable[[Member], Path] | None = None) -> Built:
    """Read ``sources`` (path, sha256, under PATH), resolve them with the ``kept`` letters, build the
    graphs the sink wants and hand them to it; returns what the sink was given at the end."""
    started = datetime.now(UTC)
    minter = Minter(base)
    warnings: list[str] = []
    members = list(kept)
    _HELD.clear()  # what an interrupted build in this process left
    for outcome in read_all(sources, scratch, sink, workers, progress):
        if isinstance(outcome, Refusal):
            refused.append(outcome)
            continue
        members.append(outcome)
        if outcome.read or sink.cache is None:
            warnings.extend(f"{shown(outcome.path)}: {w}" for w in outcome.summary.warnings)
    if order is not None:
        members.sort(key=order)
    resolution = resolve([m.summary for m in members])
    groups = _groups(members, resolution, minter, warnings)
    contributions = [entity_triples(member.summary, answers, minter)
                     for group in groups for member, answers in zip(group.members, group.answers)]
    entities = build_entities(resolution, minter, contributions)
    del contributions
    index = domain.checker(entities, check)
    wanted = [g for g in groups if sink.wants(g, tuple(a.digest() for a in g.answers))]
    context = _Building(minter=minter, kind=sink.kind, entities=index,
                        cache=str(sink.cache) if sink.cache is not None else None, fingerprint=sink.fingerprint,
                        values=sink.values and index is not None, folder=scratch if sink.writes_files else "",
                        digests=sink.wants_digests)
    problems: list[tuple[str, Problem]] | None = [] if index is not None else None
    done = 0
    jobs = [_Job.of(group) for group in wanted]
    held = bool(_HELD)  # and frozen
    builders = 1 if held else workers  # extractions held in this process are built here
    for pieces in run(_build_chunk, chunks(jobs, builders), workers=builders, letters=len(wanted), context=context):
        for piece in pieces:
            if problems is not None and piece.problems is not None:
                problems.extend(piece.problems)
            sink.take(piece)
        done += len(pieces)
        if progress:
            progress("build", done, len(wanted))
    _HELD.clear()
    if held:
        gc.unfreeze()
    provenance = build_provenance(
        [LetterGraph(m.letter_id, NamedNode(g.graph), minter.letter(m.letter_id), [], m.sha256, m.path.name)
         for g in groups for m in g.members], minter, started)
    return Built(groups=groups, members=members, entities=entities, provenance=provenance, resolution=resolution,
                 index=index, problems=problems, check=check, minter=minter, refused=refused, warnings=warnings)


def _groups(members: list[Member], resolution: Resolution, minter: Minter, warnings: list[str]) -> list[Group]:
    """The letters by graph, in the order of the graph IRIs; two files of one letter share a graph."""
    by_graph: dict[str, list[Member]] = {}
    for member in members:
        graph = minter.text.letter_graph(member.letter_id)
        if graph in by_graph:
            warnings.append(f"{shown(member.path)}: same letter as {shown(by_graph[graph][0].path)} "
                            f"({member.letter_id}); both go into one graph")
        by_graph.setdefault(graph, []).append(member)
    return [Group(graph=graph, members=tuple(by_graph[graph]),
                  answers=tuple(domain.answers_of(resolution, m.summary) for m in by_graph[graph]))
            for graph in sorted(by_graph)]


T = TypeVar("T")


def finished(built: Built, progress: Progress | None, finish: Callable[[Built], T]) -> T:
    """``finish(built)`` (a sink's finish: it validates when the build checks), reported as the stage "validate"."""
    if progress and built.check:
        progress("validate", 0, 1)
    result = finish(built)
    if progress and built.check:
        progress("validate", 1, 1)
    return result


def finish_report(built: Built, whole: Callable[[], ValidationReport]) -> ValidationReport | None:
    """The validation report: the letters' problems and the shared graphs' (or ``whole()`` when letters
    could not be checked on their own)."""
    if not built.check:
        return None
    if built.problems is None:
        return whole()
    return report_of([*built.problems, *check_entities(built.entities + built.provenance)])
