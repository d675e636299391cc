"""The stages in order: build(paths) -> BuildResult, or build_file(paths, output) at corpus scale.

    ingest -> clean -> structure -> extract    per letter, in a pool of worker processes;
                                               a bad letter is refused, not fatal
    resolve                                    across all letters of the build
    build                                      a named graph per letter, entities, provenance
    validate                                   pySHACL with shapes/, per batch of letters

``build`` keeps everything in memory (the Python API, tests, small builds). ``build_file``
streams: the first pass extracts in the workers, spools each extraction to a temporary file
and sends back only a small summary for resolve (the facts without their evidence, the
letter head); the second pass has the workers build, serialise and validate the letter graphs
in the order of their graph IRIs and sends back bytes, so the output is written one named
graph at a time and memory does not grow with the number of letters. Both give the same
quads, in the same order, whatever the number of workers.

The library never prints: progress goes to an optional callback, problems into the result.
"""
from __future__ import annotations

import multiprocessing
import os
import pickle
import shutil
import signal
import threading
import traceback
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from pyoxigraph import NamedNode, Quad, RdfFormat, serialize

from .answers import letter_answers
from .build import (LetterGraph, Triple, build_entities, build_letter, build_provenance, entity_triples, letter_id,
                    letter_triples, nquads, parse_nquads)
from .clean import clean
from .collector import collector_paused
from .errors import UnreadableLetter
from .extract import extract
from .ingest import letter_paths, read_letter, shown
from .iris import Minter
from .model import Evidence, Extraction, Letter, Resolution, Span
from .resolve import resolve
from .structure import structure
from .rules import DataFileError
from .validate import (BATCH_LETTERS, EntityIndex, Problem, ValidationReport, check_entities, check_letters,
                       report_of, shape_profile, validate)
from .vocab import DEFAULT_BASE, PREFIXES

Progress = Callable[[str, int, int], None]  # stage, done, total
STREAM_SUFFIXES = {".trig": RdfFormat.TRIG, ".nq": RdfFormat.N_QUADS}
CHUNK = 16  # letters per task sent to a worker
SERIAL_BELOW = 24  # fewer letters than this are read in this process: a pool costs more than it saves


@dataclass(frozen=True)
class Refusal:
    """A file that did not become a letter graph, and why."""

    path: Path
    reason: str
    bug: bool = False  # True when kg itself failed, not the input

    def line(self) -> str:
        return f"{shown(self.path)}: {self.reason}"


@dataclass
class BuildResult:
    letters: list[LetterGraph] = field(default_factory=list)
    entities: list[Quad] = field(default_factory=list)
    provenance: list[Quad] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    report: ValidationReport | None = None
    extractions: list[Extraction] = field(default_factory=list)

    @property
    def quads(self) -> list[Quad]:
        out: list[Quad] = []
        for letter in self.letters:
            out.extend(letter.quads)
        out.extend(self.entities)
        out.extend(self.provenance)
        return out


def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def read_document(letter: Letter) -> Extraction:
    """Clean, structure and extract one letter; what reading the file found comes first among its warnings."""
    extraction = extract(structure(clean(letter)))
    if letter.warnings:
        extraction = replace(extraction, warnings=letter.warnings + tuple(extraction.warnings))
    return extraction


DEFAULT_LETTER_SECONDS = 30.0


def letter_seconds() -> float:
    """The time budget of one letter: $KG_LETTER_SECONDS (``kg build --letter-timeout``), else 30 s; 0 is none."""
    try:
        seconds = float(os.environ.get("KG_LETTER_SECONDS", DEFAULT_LETTER_SECONDS))
    except ValueError:
        return DEFAULT_LETTER_SECONDS
    return seconds if seconds == seconds and seconds > 0 else 0.0  # NaN or <= 0: no budget


class _OverBudget(Exception):
    """Raised by the alarm inside a letter that took longer than its budget."""


def _alarm(signum: int, frame: object) -> None:
    raise _OverBudget


@contextmanager
def _budget(seconds: float) -> Iterator[None]:
    """Raise _OverBudget inside the block after ``seconds`` (SIGALRM; only in the main thread, else no limit)."""
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def extract_path(path: Path) -> Extraction | Refusal:
    """One file through ingest, clean, structure and extract, within the letter's time budget;
    failures become a Refusal."""
    seconds = letter_seconds()
    try:
        with _budget(seconds):
            return read_document(read_letter(path))
    except _OverBudget:
        return Refusal(path, f"letter took longer than {seconds:g} s to read and was stopped; split it, or give "
                             f"it more time with --letter-timeout SECONDS")
    except UnreadableLetter as exc:
        return Refusal(path, exc.problem)
    except MemoryError:
        return Refusal(path, "letter needs more memory than this machine gives; split it")
    except DataFileError:  # a broken rule file fails every letter: stop the build with its message
        raise
    except Exception as exc:  # a bug in kg: report it, keep the other letters
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return Refusal(path, f"kg failed on this letter ({type(exc).__name__}: {exc} at "
                             f"{Path(where.filename).name}:{where.lineno}); please report it", bug=True)


def _chunks(items: Sequence, size: int) -> list[Sequence]:
    return [items[start:start + size] for start in range(0, len(items), size)]


def _pool(workers: int, initializer: Callable | None = None, args: tuple = ()):
    """A pool of worker processes, forked where the system can (no re-import, no pickled arguments).

    The workers only run kg's own functions (they never print nor take locks of the caller's
    threads); where fork is missing they are spawned, and a script that calls kg then needs
    the usual ``if __name__ == "__main__":`` guard.
    """
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    return multiprocessing.get_context(method).Pool(workers, initializer=_start_worker, initargs=(initializer, args))


def _start_worker(initializer: Callable | None, args: tuple) -> None:
    """Workers ignore Ctrl-C: the parent gets it, stops the pool and says 'interrupted' once.

    A worker whose parent dies (killed, or gone without stopping the pool) is ended by the
    kernel at once (Linux: PR_SET_PDEATHSIG), quietly: no worker is left behind reading
    letters, and none prints a BrokenPipeError when it finds its pipe gone.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _end_with_parent()
    if initializer is not None:
        initializer(*args)


def _end_with_parent() -> None:
    """Ask the kernel to send SIGKILL to this process when its parent dies (Linux only; elsewhere nothing)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        if os.getppid() == 1:  # the parent died before the call: end now
            os._exit(0)
    except (OSError, AttributeError):  # pragma: no cover - not Linux
        pass


def _extract_chunk(paths: Sequence[Path]) -> list[Extraction | Refusal]:
    return [extract_path(path) for path in paths]


def extract_all(files: Sequence[Path], workers: int = 1,
                progress: Progress | None = None) -> Iterator[Extraction | Refusal]:
    """Every file's extraction (or refusal), in the order of ``files``, read by ``workers`` processes."""
    if workers <= 1 or len(files) < SERIAL_BELOW:
        for index, path in enumerate(files, start=1):
            yield extract_path(path)
            if progress:
                progress("read", index, len(files))
        return
    done = 0
    with _pool(workers) as pool:
        for outcomes in pool.imap(_extract_chunk, _chunks(files, CHUNK)):
            for outcome in outcomes:
                done += 1
                yield outcome
            if progress:
                progress("read", done, len(files))


def build(paths: Iterable[Path | str], *, base: str = DEFAULT_BASE, check: bool = True,
          progress: Progress | None = None, workers: int = 1) -> BuildResult:
    """Build the dataset of every letter under ``paths``, in memory."""
    started = datetime.now(timezone.utc)
    minter = Minter(base)
    result = BuildResult()
    problems: list[tuple[Path, str]] = []
    files = letter_paths(paths, problems)
    result.refused.extend(Refusal(path, reason) for path, reason in problems)
    extractions: list[Extraction] = []
    for outcome in extract_all(files, workers, progress):
        if isinstance(outcome, Refusal):
            result.refused.append(outcome)
        else:
            extractions.append(outcome)
            result.warnings.extend(f"{shown(outcome.document.letter.path)}: {w}" for w in outcome.warnings)
    result.extractions = extractions
    resolution = resolve(extractions)
    seen: dict[str, Path] = {}
    contributions: list[list[Triple]] = []
    for index, extraction in enumerate(extractions, start=1):
        answers = letter_answers(resolution, extraction)
        graph = build_letter(extraction, answers, minter)
        contributions.append(entity_triples(extraction, answers, minter))
        if graph.letter_id in seen:
            result.warnings.append(f"{shown(extraction.document.letter.path)}: same letter as {shown(seen[graph.letter_id])} "
                                   f"({graph.letter_id}); both go into one graph")
        seen.setdefault(graph.letter_id, extraction.document.letter.path)
        result.letters.append(graph)
        if progress:
            progress("build", index, len(extractions))
    result.entities = build_entities(resolution, minter, contributions)
    result.provenance = build_provenance(result.letters, minter, started)
    if check:
        if progress:
            progress("validate", 0, 1)
        result.report = validate(result.quads)
        if progress:
            progress("validate", 1, 1)
    return result


# ------------------------------------------------------------------ streaming build

NO_EVIDENCE = Evidence(start=0, end=0, exact="", text="", extractor="", rule="")


def summary_for_resolve(extraction: Extraction) -> Extraction:
    """The extraction without what resolve does not read: the texts, sentences and evidence."""
    document = extraction.document
    letter = replace(document.letter, text="")
    compact = replace(document, clean=replace(document.clean, letter=letter, text="", segments=()),
                      paragraphs=(), sentences=(), sections=(), footnotes=(), body=Span(0, 0))
    facts = tuple(replace(fact, evidence=NO_EVIDENCE) for fact in extraction.facts)
    return replace(extraction, document=compact, facts=facts)


@dataclass(frozen=True)
class Spooled:
    """One extracted letter: where its pickled extraction lies, and what the parent keeps of it."""

    index: int  # position among the files of the build
    path: Path
    letter_id: str
    sha256: str
    spool: str  # file holding the pickled extraction
    offset: int
    size: int


@dataclass(frozen=True)
class GraphPiece:
    """One letter graph, serialised, with what its validation found."""

    letter_id: str
    data: bytes
    count: int
    check: list[tuple[str, Problem]] | None  # the problems of its batch of letters (on the batch's first)


def _spool_chunk(job: tuple[int, Sequence[Path], str]) -> list[tuple[Spooled, Extraction] | Refusal]:
    """Worker, first pass: extract a chunk of files, spool the extractions to one file, return summaries."""
    first, paths, folder = job
    out: list[tuple[Spooled, Extraction] | Refusal] = []
    spool = os.path.join(folder, f"{first:08d}.pickle")
    with open(spool, "wb") as stream:
        for index, path in enumerate(paths, start=first):
            outcome = extract_path(path)
            if isinstance(outcome, Refusal):
                out.append(outcome)
                continue
            blob = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
            offset = stream.tell()
            stream.write(blob)
            out.append((Spooled(index=index, path=path, letter_id=letter_id(outcome),
                                sha256=outcome.document.letter.sha256, spool=spool, offset=offset, size=len(blob)),
                        summary_for_resolve(outcome)))
    return out


def _load(spooled: Spooled) -> Extraction:
    with open(spooled.spool, "rb") as stream:
        stream.seek(spooled.offset)
        return pickle.loads(stream.read(spooled.size))


_WORKER: dict[str, object] = {}


def _init_builder(resolution: Resolution, base: str, suffix: str, entities: list[Quad] | None) -> None:
    _WORKER.update(resolution=resolution, minter=Minter(base), suffix=suffix,
                   entities=EntityIndex(entities) if entities is not None else None)


def _build_chunk(groups: Sequence[Sequence[Spooled]]) -> list[GraphPiece]:
    """Worker, second pass: build, serialise and validate the letter graphs of a chunk.

    A letter graph stays text (build.Triple) until it is written: sorting its triples as text
    gives the order of ``rdfio.sort_key``, they are written as N-Quads, and pyoxigraph reads quads
    back from that only for validation or TriG (cheaper than making the terms in Python).
    The cyclic garbage collector waits until the chunk is done: the quads are many small
    tracked objects and nothing here makes cycles, so its passes cost time and free nothing.
    """
    resolution: Resolution = _WORKER["resolution"]  # type: ignore[assignment]
    minter: Minter = _WORKER["minter"]  # type: ignore[assignment]
    entities: EntityIndex | None = _WORKER["entities"]  # type: ignore[assignment]
    suffix = str(_WORKER["suffix"])
    with collector_paused():
        built: list[tuple[str, bytes, list[Quad], int]] = []  # letter id, N-Quads, quads (when needed), how many
        for group in groups:
            triples: set[Triple] = set()
            for spooled in group:
                extraction = _load(spooled)
                letter = letter_triples(extraction, letter_answers(resolution, extraction), minter)
                triples.update(letter.triples)
            count, text = len(triples), nquads(letter.graph, sorted(triples))
            del triples, letter, extraction  # a big letter's triples are hundreds of MB: gone before its quads are read
            quads = parse_nquads(text) if entities is not None or suffix != ".nq" else []
            built.append((group[0].letter_id, text if suffix == ".nq" else b"", quads, count))
            del text
        checks: dict[str, list[tuple[str, Problem]]] = {}
        if entities is not None:
            for batch in _chunks(built, BATCH_LETTERS):
                check = check_letters([(letter, quads) for letter, _, quads, _ in batch], entities)
                checks[batch[0][0]] = check
        pieces = []
        for letter, text, quads, count in built:
            data = text if suffix == ".nq" else serialize_graph(quads, suffix)
            pieces.append(GraphPiece(letter_id=letter, data=data, count=count, check=checks.get(letter)))
    return pieces


def header(suffix: str) -> bytes:
    """What a file of format ``suffix`` starts with before its first graph (TriG: the prefixes)."""
    if suffix != ".trig":
        return b""
    probe = Quad(NamedNode("urn:x:s"), NamedNode("urn:x:p"), NamedNode("urn:x:o"), NamedNode("urn:x:g"))
    data = serialize([probe], format=RdfFormat.TRIG, prefixes=dict(PREFIXES))
    return data[:data.index(b"<urn:x:g>")]


_HEADERS: dict[str, bytes] = {}  # header(suffix), made once


def serialize_graph(quads: Sequence[Quad], suffix: str) -> bytes:
    """The quads of one named graph (sorted, unique) as a piece of a file: no prefix lines."""
    fmt = STREAM_SUFFIXES[suffix]
    if fmt == RdfFormat.TRIG:
        data = serialize(quads, format=fmt, prefixes=PREFIXES)
        head = _HEADERS.get(suffix) or _HEADERS.setdefault(suffix, header(suffix))
        if not data.startswith(head):  # pragma: no cover - pyoxigraph changed how it writes prefixes
            raise RuntimeError("pyoxigraph wrote TriG prefixes in an unexpected way")
        return data[len(head):]
    return serialize(quads, format=fmt)


@dataclass
class FileBuild:
    """What build_file wrote and found."""

    output: Path
    letters: int = 0  # letter graphs written
    quads: int = 0
    refused: list[Refusal] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    report: ValidationReport | None = None


def build_file(paths: Iterable[Path | str], output: Path | str, *, base: str = DEFAULT_BASE, check: bool = True,
               progress: Progress | None = None, workers: int | None = None) -> FileBuild:
    """Build the letters under ``paths`` straight into ``output`` (.trig or .nq streams; others in memory).

    The file is written atomically: readers see the old file or the new one, never a mix.
    """
    from .rdfio import write_quads

    output = Path(output)
    workers = default_workers() if workers is None else max(1, workers)
    suffix = output.suffix.lower()
    if suffix not in STREAM_SUFFIXES or (check and not shape_profile().local):
        result = build(paths, base=base, check=check, progress=progress, workers=workers)
        outcome = FileBuild(output=output, letters=len({g.letter_id for g in result.letters}),
                            refused=result.refused, warnings=result.warnings, report=result.report)
        if result.letters:
            outcome.quads = write_quads(result.quads, output)
        return outcome
    started = datetime.now(timezone.utc)
    problems: list[tuple[Path, str]] = []
    files = letter_paths(paths, problems)
    outcome = FileBuild(output=output, refused=[Refusal(path, reason) for path, reason in problems])
    from .rdfio import scratch_folder  # removed at the end, or by the next build when this one is killed

    with scratch_folder(output) as folder:
        spooled, summaries = _first_pass(files, folder, workers, outcome, progress)
        if not spooled:
            return outcome
        resolution = resolve(summaries)
        minter = Minter(base)
        entities = build_entities(resolution, minter, [entity_triples(summary, letter_answers(resolution, summary),
                                                                      minter) for summary in summaries])
        del summaries  # resolve and the entities are done: let them go
        groups = _groups(spooled, minter, outcome)
        letters_file = Path(folder) / "letters"
        problems: list[tuple[str, Problem]] = []
        with open(letters_file, "wb") as stream:
            for piece in _second_pass(groups, resolution, base, suffix, entities if check else None, workers,
                                      progress):
                stream.write(piece.data)
                outcome.quads += piece.count
                outcome.letters += 1
                if piece.check is not None:
                    problems.extend(piece.check)
        provenance = build_provenance(
            [LetterGraph(g[0].letter_id, minter.letter_graph(g[0].letter_id), minter.letter(g[0].letter_id), [],
                         s.sha256, s.path.name) for g in groups for s in g], minter, started)
        if check:
            if progress:
                progress("validate", 0, 1)
            problems.extend(check_entities(entities + provenance))
            outcome.report = report_of(problems)
            if progress:
                progress("validate", 1, 1)
        outcome.quads += len(set(entities)) + len(set(provenance))
        _assemble(output, suffix, provenance, entities, letters_file)
    return outcome


def _first_pass(files: Sequence[Path], folder: str, workers: int, outcome: FileBuild,
                progress: Progress | None) -> tuple[list[Spooled], list[Extraction]]:
    """Extract every file in the workers; the spooled letters and their summaries for resolve, in file order."""
    jobs = [(start, files[start:start + CHUNK], folder) for start in range(0, len(files), CHUNK)]
    spooled: list[Spooled] = []
    summaries: list[Extraction] = []
    done = 0
    if workers <= 1 or len(files) < SERIAL_BELOW:
        results: Iterable[list[tuple[Spooled, Extraction] | Refusal]] = map(_spool_chunk, jobs)
        pool = None
    else:
        pool = _pool(workers)
        results = pool.imap(_spool_chunk, jobs)
    try:
        for chunk in results:
            for item in chunk:
                if isinstance(item, Refusal):
                    outcome.refused.append(item)
                else:
                    spooled.append(item[0])
                    summaries.append(item[1])
                    outcome.warnings.extend(f"{shown(item[0].path)}: {w}" for w in item[1].warnings)
            done += len(chunk)
            if progress:
                progress("read", done, len(files))
    except BaseException:
        if pool is not None:
            pool.terminate()  # Ctrl-C or an error: stop the workers now, not after every chunk
        raise
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    return spooled, summaries


def _groups(spooled: list[Spooled], minter: Minter, outcome: FileBuild) -> list[list[Spooled]]:
    """The letters by graph, in the order of the graph IRIs; two files of one letter share a graph."""
    by_id: dict[str, list[Spooled]] = {}
    for item in spooled:
        if item.letter_id in by_id:
            outcome.warnings.append(f"{shown(item.path)}: same letter as {shown(by_id[item.letter_id][0].path)} "
                                    f"({item.letter_id}); both go into one graph")
        by_id.setdefault(item.letter_id, []).append(item)
    return [by_id[k] for k in sorted(by_id, key=lambda k: minter.letter_graph(k).value)]


def _second_pass(groups: list[list[Spooled]], resolution: Resolution, base: str, suffix: str,
                 entities: list[Quad] | None, workers: int, progress: Progress | None) -> Iterator[GraphPiece]:
    chunks = _chunks(groups, CHUNK)
    done = 0
    if workers <= 1 or len(groups) < SERIAL_BELOW:
        _init_builder(resolution, base, suffix, entities)
        for chunk in chunks:
            yield from _build_chunk(chunk)
            done += len(chunk)
            if progress:
                progress("build", done, len(groups))
        return
    with _pool(workers, _init_builder, (resolution, base, suffix, entities)) as pool:
        for pieces in pool.imap(_build_chunk, chunks):
            yield from pieces
            done += len(pieces)
            if progress:
                progress("build", done, len(groups))


def _assemble(output: Path, suffix: str, provenance: list[Quad], entities: list[Quad], letters_file: Path) -> None:
    """Header, build and entities graphs, then the letter graphs: the order of the graph IRIs, written atomically."""
    shared_graphs = sorted((quads for quads in (provenance, entities) if quads), key=lambda q: q[0].graph_name.value)
    from .rdfio import atomic_writer, sort_key  # the writer keeps the mode, clears temporaries of killed builds

    with atomic_writer(output) as stream:
        stream.write(header(suffix))
        for quads in shared_graphs:
            stream.write(serialize_graph(sorted(set(quads), key=sort_key), suffix))
        with open(letters_file, "rb") as letters:
            shutil.copyfileobj(letters, stream, 1 << 20)
