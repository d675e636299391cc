"""Reading and writing RDF files: formats by suffix, atomic writes, errors with line numbers.

Writing goes through pyoxigraph (fast, in Rust) with stable prefixes and a stable order
(quads sorted by graph, subject, predicate, object), so two builds of the same letters give
byte-identical files apart from the build graph's timestamps.
"""
from __future__ import annotations

import glob
import os
import shutil
import stat
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from pyoxigraph import DefaultGraph, Quad, RdfFormat, Store, Triple, parse, serialize

from ..domain.errors import GraphFileError, InputError, UsageError
from .vocab import PREFIXES

FORMATS = {
    ".trig": RdfFormat.TRIG,
    ".ttl": RdfFormat.TURTLE,
    ".nq": RdfFormat.N_QUADS,
    ".nt": RdfFormat.N_TRIPLES,
    ".jsonld": RdfFormat.JSON_LD,
    ".json": RdfFormat.JSON_LD,
    ".rdf": RdfFormat.RDF_XML,
    ".owl": RdfFormat.RDF_XML,
}
DATASET_SUFFIXES = {".trig", ".nq", ".jsonld", ".json"}


def rdf_format(path: Path) -> RdfFormat:
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(FORMATS))
        raise UsageError(f"{path}: unknown RDF suffix '{path.suffix}' (use one of {known})") from None


def sort_key(quad: Quad) -> tuple[str, str, str, str]:
    graph = "" if isinstance(quad.graph_name, DefaultGraph) else quad.graph_name.value
    return (graph, quad.subject.value, quad.predicate.value, str(quad.object))  # type: ignore[union-attr] # no RDF-star


def write_quads(quads: Iterable[Quad], path: Path) -> int:
    """Write quads to ``path`` atomically, in the format its suffix names; returns the count.

    Formats without named graphs (.ttl, .nt, .rdf) get the union of all graphs.
    """
    path = Path(path)
    data, count = serialize_quads(quads, path.suffix)
    write_atomic(path, data)
    return count


def serialize_quads(quads: Iterable[Quad], suffix: str) -> tuple[bytes, int]:
    """Quads in the format ``suffix`` names (stable prefixes, stable order), and the count written.

    Formats without named graphs (.ttl, .nt, .rdf) get the union of all graphs.
    """
    fmt = rdf_format(Path(f"graph{suffix}"))
    ordered = sorted(set(quads), key=sort_key)
    if suffix.lower() not in DATASET_SUFFIXES:
        triples = sorted({q.triple for q in ordered}, key=_triple_key)
        return _with_prefixes(triples, fmt), len(triples)
    return _with_prefixes(ordered, fmt), len(ordered)


def _triple_key(triple: Triple) -> tuple[str, str, str]:
    return (str(getattr(triple.subject, "value", triple.subject)), triple.predicate.value, str(triple.object))


def _with_prefixes(items: Sequence[Quad] | Sequence[Triple], fmt: RdfFormat) -> bytes:
    if fmt in (RdfFormat.TURTLE, RdfFormat.TRIG):
        return prefix_lines() + without_prefix_lines(_serialized(items, fmt))
    return _serialized(items, fmt)


def _serialized(items: Sequence[Quad] | Sequence[Triple], fmt: RdfFormat) -> bytes:
    """pyoxigraph's serialisation in memory (with kg's prefixes where the format has them)."""
    prefixes = dict(PREFIXES) if fmt in (RdfFormat.TURTLE, RdfFormat.TRIG, RdfFormat.RDF_XML) else None
    data = serialize(items, format=fmt, prefixes=prefixes)
    assert data is not None  # no output file given: the bytes come back
    return data


def prefix_lines() -> bytes:
    """The @prefix lines a Turtle or TriG file of kg starts with: vocab.PREFIXES, in their order."""
    return "".join(f"@prefix {name}: <{iri}> .\n" for name, iri in PREFIXES.items()).encode("utf-8")


def without_prefix_lines(data: bytes) -> bytes:
    """Turtle or TriG as pyoxigraph writes it with prefixes, without the @prefix lines it starts with
    (pyoxigraph writes them in an order of its own; kg writes its own, see prefix_lines)."""
    start = 0
    while data.startswith(b"@prefix ", start):
        start = data.index(b"\n", start) + 1
    return data[start:]


def trig_graph(quads: Sequence[Quad]) -> bytes:
    """The quads of one named graph (sorted, unique) as a piece of a TriG file that prefix_lines() starts."""
    return without_prefix_lines(_serialized(quads, RdfFormat.TRIG))


class TrigSlices:
    """One named graph written as a piece of TriG a slice of its quads at a time (each slice sorted,
    unique, cut between subjects, the slices in order): together the same bytes as ``trig_graph``
    of all of them, without ever holding the whole graph's quads.

    pyoxigraph writes each slice as ``<graph> {`` + a line per subject + ``}``; the slices are
    joined by leaving out the closing line of one and the opening line of the next (a subject's
    statement ends with " ." on its own, so nothing else depends on what came before)."""

    CLOSE = b"}\n"

    def __init__(self) -> None:
        self.opened = False

    def add(self, quads: Sequence[Quad]) -> bytes:
        """The TriG of one more slice (an empty slice gives nothing)."""
        if not quads:
            return b""
        data = trig_graph(quads)
        if not data.endswith(self.CLOSE):
            raise ValueError("pyoxigraph wrote a graph that does not end with '}'")  # its format changed
        body = data[:-len(self.CLOSE)]
        if self.opened:
            return body[body.index(b"{\n") + 2:]
        self.opened = True
        return body

    def end(self) -> bytes:
        """The line that closes the graph (nothing when no slice had quads)."""
        return self.CLOSE if self.opened else b""


def check_output(path: Path | str) -> None:
    """Refuse an output path that cannot be written, before any work is done for it."""
    path = Path(path)
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give a file name for the output")
    folder = next((parent for parent in path.absolute().parents if parent.exists()), None)
    if folder is None or not folder.is_dir():
        raise InputError(f"{path}: cannot create the output's folder ({folder} is not a folder)")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise InputError(f"{path}: no permission to write in {folder}")


def write_atomic(path: Path, data: bytes | str) -> None:
    """Write a file so that readers see either the old or the new content, never a mix.

    See ``atomic_writer``, which this uses; a path that cannot be written raises InputError.
    """
    with atomic_writer(path) as stream:
        stream.write(data.encode("utf-8") if isinstance(data, str) else data)


@contextmanager
def atomic_writer(path: Path | str) -> Iterator[BinaryIO]:
    """A binary stream whose content replaces ``path`` when the ``with`` block ends well.

    The data goes to a temporary file in the same folder (``.NAME.PID.XXXX.tmp``), is
    flushed to disk, and then replaces ``path`` in one rename; a block that raises, or a
    process that is killed, leaves ``path`` as it was. The temporaries of writers that were
    killed are removed by the next write. The file gets the mode of the file it replaces,
    or the umask's default. A path that cannot be written raises InputError naming it.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(path)
        mode = _file_mode(path)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp",
                                             dir=path.parent)
    except OSError as exc:
        raise InputError(f"{path}: cannot write the output ({exc.strerror or exc})") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            os.chmod(temporary, mode)
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
        _sync_folder(path.parent)
    except BaseException as exc:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise InputError(f"{path}: cannot write the output ({exc.strerror or exc})") from None
        raise


def copy_ranges(ranges: Iterable[tuple[str, int, int]], stream: BinaryIO) -> None:
    """Append to ``stream`` the bytes of each (file, offset, size), in order.

    The kernel copies them (copy_file_range: the bytes never pass through Python), else they are
    read and written a MiB at a time."""
    stream.flush()
    target = stream.fileno()
    opened: tuple[str, BinaryIO] | None = None
    try:
        for path, offset, size in ranges:
            if opened is None or opened[0] != path:
                if opened is not None:
                    opened[1].close()
                opened = (path, open(path, "rb"))
            _copy_range(opened[1], offset, size, target)
    finally:
        if opened is not None:
            opened[1].close()


def _copy_range(source: BinaryIO, offset: int, size: int, target: int) -> None:
    end = offset + size
    try:
        while offset < end:
            copied = os.copy_file_range(source.fileno(), target, end - offset, offset)
            if copied == 0:
                raise OSError("copy_file_range copied nothing")
            offset += copied
        return
    except (AttributeError, OSError):  # no copy_file_range here (or not between these files)
        pass
    source.seek(offset)
    while offset < end:
        data = source.read(min(1 << 20, end - offset))
        if not data:
            raise OSError(f"{source.name}: ended before its graphs")
        offset += len(data)
        view = memoryview(data)
        while view:
            view = view[os.write(target, view):]


@contextmanager
def scratch_folder(path: Path | str) -> Iterator[str]:
    """A folder beside ``path`` for its writer's work files (``.NAME.PID.XXXX.spool``).

    It is removed when the ``with`` block ends, or, when the writer was killed, by the next
    writer of ``path``.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(path)
        folder = tempfile.mkdtemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".spool", dir=path.parent)
    except OSError as exc:
        raise InputError(f"{path}: cannot write the output ({exc.strerror or exc})") from None
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Remove the temporaries and scratch folders that killed writers of ``path`` left; returns them."""
    removed: list[Path] = []
    prefix = f".{path.name}."
    for suffix in (".tmp", ".spool"):
        for candidate in path.parent.glob(f"{glob.escape(prefix)}*{suffix}"):
            pid = candidate.name[len(prefix):].split(".", 1)[0]
            if pid.isdigit() and int(pid) != os.getpid() and not _process_alive(int(pid)):
                try:
                    if candidate.is_dir():
                        shutil.rmtree(candidate)
                    else:
                        candidate.unlink()
                    removed.append(candidate)
                except OSError:
                    pass
    return removed


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _file_mode(path: Path) -> int:
    """The permission bits for a new version of ``path``: its current ones, or the umask's default."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


def _sync_folder(folder: Path) -> None:
    """Flush the rename to disk, where the platform allows opening a folder."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def read_quads(path: Path | str) -> list[Quad]:
    """Parse an RDF file; a syntax error becomes a GraphFileError with its line number."""
    return list(iter_quads(path))


def iter_quads(path: Path | str) -> Iterator[Quad]:
    """The quads of an RDF file as the parser reads them, in file order (triples in the default graph).

    A syntax error becomes a GraphFileError with its line number, raised when the parser gets there.
    """
    path = Path(path)
    if not path.is_file():
        raise GraphFileError(path, "no such graph file")
    fmt = rdf_format(path)
    try:
        with path.open("rb") as stream:
            if fmt.supports_datasets:
                yield from parse(stream, format=fmt)
            else:
                default = DefaultGraph()
                for t in parse(stream, format=fmt):
                    yield Quad(t.subject, t.predicate, t.object, default)
    except SyntaxError as exc:
        line = exc.lineno if isinstance(exc.lineno, int) else None
        message = str(exc.args[0]) if exc.args else str(exc)
        raise GraphFileError(path, f"not valid {fmt.name}: {message}", line) from None
    except (OSError, ValueError) as exc:
        raise GraphFileError(path, f"cannot read graph: {exc}") from None


def load_store(path: Path | str) -> Store:
    """An in-memory Oxigraph store holding the dataset in ``path``."""
    store = Store()
    store.bulk_extend(read_quads(path))
    return store
