"""Where the engine's letter graphs go: memory, a streamed .trig/.nq file, or the on-disk store.

    MemorySink  the Python API's BuildResult (quads, extractions, report)
    FileSink    a .trig or .nq file, written atomically: the prefixes, the build and entities
                graphs, then the letter graphs in the order of their IRIs as the workers send
                them (through a scratch file), so memory does not grow with the letters
    StoreSink   the Oxigraph store of ``kg build --store``: graphs new to it bulk loaded
                together, changed ones replaced whole (one transaction each), gone ones
                dropped; the manifest, the validation report, and per letter what its graph was
                built from (sha256, answers digest) so that the next build rebuilds only the
                letters whose file or answers changed
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import NamedNode, Quad

from ..domain.model import Extraction
from ..rdf.build import LetterGraph, parse_nquads
from ..rdf.rdfio import atomic_writer, copy_ranges, prefix_lines, scratch_folder, sort_key, trig_graph, write_quads
from ..rdf.vocab import DEFAULT_BASE
from ..validation.validate import ValidationReport, validate, validate_file
from .core import Built, Piece, Progress, Sink, Source, engine, finish_report, finished, load
from .pieces import Spooled
from .plan import letter_files
from .read import Refusal
from .workers import default_workers

STREAM_SUFFIXES = (".trig", ".nq")


# ------------------------------------------------------------------ memory


@dataclass
class BuildResult:
    """A build in memory: the letter graphs (in the order of their IRIs), entities, build graph, report."""

    letters: list[LetterGraph] = field(default_factory=list)
    entities: list[Quad] = field(default_factory=list)
    provenance: list[Quad] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    report: ValidationReport | None = None
    extractions: list[Extraction] = field(default_factory=list)  # in the order of the files

    @property
    def quads(self) -> list[Quad]:
        out: list[Quad] = []
        for letter in self.letters:
            out.extend(letter.quads)
        out.extend(self.entities)
        out.extend(self.provenance)
        return out


class MemorySink(Sink):
    in_memory = True

    def __init__(self) -> None:
        self.quads: dict[str, list[Quad]] = {}

    def take(self, piece: Piece) -> None:
        self.quads[piece.graph] = parse_nquads(piece.data)

    def finish(self, built: Built) -> BuildResult:
        minter = built.minter
        result = BuildResult(entities=built.entities, provenance=built.provenance, refused=built.refused,
                             warnings=built.warnings)
        for group in built.groups:
            first = group.members[0]
            result.letters.append(LetterGraph(first.letter_id, NamedNode(group.graph), minter.letter(first.letter_id),
                                              self.quads.pop(group.graph), first.sha256, first.path.name))
        result.extractions = [load(Source.of(m)) for m in built.members]
        result.report = finish_report(built, lambda: validate(result.quads))
        return result


def build(paths: Iterable[Path | str], *, base: str = DEFAULT_BASE, check: bool = True,
          progress: Progress | None = None, workers: int = 1) -> BuildResult:
    """Build the dataset of every letter under ``paths``, in memory."""
    refused: list[Refusal] = []
    files = letter_files(paths, refused)
    sink = MemorySink()
    built = engine([(path, None, True) for path in files], [], sink, "", base=base, check=check,
                   workers=max(1, workers), progress=progress, refused=refused)
    return finished(built, progress, sink.finish)


# ------------------------------------------------------------------ a file


@dataclass
class FileBuild:
    """What a build into a file wrote and found."""

    output: Path
    letters: int = 0  # letter graphs written
    quads: int = 0
    refused: list[Refusal] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    report: ValidationReport | None = None


class FileSink(Sink):
    writes_files = True

    def __init__(self, output: Path, scratch: str):
        self.output = output
        self.kind = "trig" if output.suffix.lower() == ".trig" else "nq"
        self.graphs: list[Spooled] = []  # where the workers wrote each letter graph, in the order of the IRIs
        self.letters = 0
        self.quads = 0

    def take(self, piece: Piece) -> None:
        assert piece.output is not None  # writes_files: the workers wrote it into the scratch folder
        self.graphs.append(piece.output)
        self.letters += 1
        self.quads += piece.count

    def finish(self, built: Built) -> FileBuild:
        outcome = FileBuild(output=self.output, refused=built.refused, warnings=built.warnings)
        if not built.groups:
            return outcome
        shared = [sorted(set(quads), key=sort_key) for quads in (built.provenance, built.entities) if quads]
        shared.sort(key=lambda quads: sort_key(quads[0]))  # the order of the graph IRIs
        with atomic_writer(self.output) as stream:
            stream.write(prefix_lines() if self.kind == "trig" else b"")
            for quads in shared:
                stream.write(trig_graph(quads) if self.kind == "trig" else _nquads(quads))
            copy_ranges(((part.spool, part.offset, part.size) for part in self.graphs), stream)
        outcome.letters = self.letters
        outcome.quads = self.quads + sum(len(quads) for quads in shared)
        outcome.report = finish_report(built, lambda: validate_file(self.output))
        return outcome


def _nquads(quads: list[Quad]) -> bytes:
    from pyoxigraph import RdfFormat, serialize

    return serialize(quads, format=RdfFormat.N_QUADS) or b""


def build_file(paths: Iterable[Path | str], output: Path | str, *, base: str = DEFAULT_BASE, check: bool = True,
               progress: Progress | None = None, workers: int | None = None) -> FileBuild:
    """Build the letters under ``paths`` into ``output``, written atomically (.trig and .nq stream; the
    other formats are written from memory)."""
    output = Path(output)
    workers = default_workers() if workers is None else max(1, workers)
    if output.suffix.lower() not in STREAM_SUFFIXES:
        result = build(paths, base=base, check=check, progress=progress, workers=workers)
        outcome = FileBuild(output=output, letters=len(result.letters), refused=result.refused,
                            warnings=result.warnings, report=result.report)
        if result.letters:
            outcome.quads = write_quads(result.quads, output)
        return outcome
    refused: list[Refusal] = []
    files = letter_files(paths, refused)
    with scratch_folder(output) as scratch:  # removed at the end, or by the next build when this one is killed
        sink = FileSink(output, scratch)
        built = engine([(path, None, True) for path in files], [], sink, scratch, base=base, check=check,
                       workers=workers, progress=progress, refused=refused)
        return finished(built, progress, sink.finish)
