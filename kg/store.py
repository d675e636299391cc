"""The persistent store: an on-disk Oxigraph dataset plus kg's bookkeeping, in one folder.

    DIR/oxigraph/          the RDF dataset (pyoxigraph ``Store(path)``, RocksDB underneath)
    DIR/kg-store.json      the manifest: which source file (path, sha256) each letter graph came
                           from, a digest of every graph kg wrote, the last validation verdict
    DIR/extractions/       one pickled ``Extraction`` per source sha256, tagged with the code
                           fingerprint that produced it, so an unchanged letter is never read twice
    DIR/kg-letters.pickle  what each letter graph was last built from (a summary of its
                           extraction, the resolution answers it used, its check), so that a
                           rebuild neither reads nor rebuilds a letter whose graph cannot change

A letter graph is replaced as a whole in one transaction (``DROP SILENT GRAPH``, then
``INSERT DATA`` in the same SPARQL update), so a reader never sees half a letter; graphs new
to the store are bulk loaded together (``KgStore.incoming``), which is many times faster. The manifest
is written after the graphs; ``complete`` is false while a build is writing, and a build that
finds it false trusts no digest and reconciles every graph.
"""
from __future__ import annotations

import json
import os
import pickle
from dataclasses import asdict, dataclass, field
from pathlib import Path
from contextlib import contextmanager
from typing import BinaryIO, Iterable, Iterator

from pyoxigraph import NamedNode, Quad, RdfFormat, Store, serialize

from .collector import collector_paused
from .errors import InputError
from .model import Extraction
from .rdfio import write_atomic

STORE_FORMAT = 1
CACHE_FORMAT = 1
MANIFEST_NAME = "kg-store.json"
OXIGRAPH_DIR = "oxigraph"
CACHE_DIR = "extractions"
STATE_NAME = "kg-letters.pickle"
INCOMING_NAME = "incoming.nq"  # new graphs waiting for their bulk load
STATE_FORMAT = 1


@dataclass(frozen=True)
class LetterRecord:
    """One source file in the store: where it was, what it hashed to, which graph it fills."""

    path: str  # absolute path of the source file when it was last read
    sha256: str
    letter_id: str
    graph: str  # IRI of its named graph


@dataclass(frozen=True)
class Manifest:
    """kg's bookkeeping for a store folder."""

    base: str
    fingerprint: str  # of the kg code that built the graphs
    letters: tuple[LetterRecord, ...] = ()
    digests: dict[str, str] = field(default_factory=dict)  # graph IRI -> digest of its quads
    conforms: bool | None = None  # the last validation verdict, None when not validated
    report: str = ""  # the last validation report as text
    complete: bool = True  # False while a build is writing
    format: int = STORE_FORMAT

    def record(self, path: str) -> LetterRecord | None:
        return next((r for r in self.letters if r.path == path), None)

    def to_json(self) -> str:
        data = asdict(self)
        data["letters"] = [asdict(r) for r in self.letters]
        return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str, where: Path) -> "Manifest":
        try:
            data = json.loads(text)
            if data.get("format") != STORE_FORMAT:
                raise InputError(f"{where}: store format {data.get('format')} is not {STORE_FORMAT}; "
                                 f"build into a new folder")
            letters = tuple(LetterRecord(**r) for r in data.pop("letters"))
            return cls(letters=letters, **data)
        except (ValueError, TypeError, KeyError) as exc:
            raise InputError(f"{where}: damaged store manifest ({exc}); build into a new folder") from None


def graph_digest(quads: Iterable[Quad]) -> str:
    """A digest of a set of quads that does not depend on their order."""
    import hashlib
    lines = sorted({str(q) for q in quads})
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def replace_graph_update(graph: NamedNode, quads: Iterable[Quad]) -> str:
    """One SPARQL update that replaces ``graph`` by ``quads`` (their graph names are ignored)."""
    triples = [q.triple for q in quads]
    drop = f"DROP SILENT GRAPH {graph}"
    if not triples:
        return drop
    body = serialize(triples, format=RdfFormat.N_TRIPLES).decode("utf-8")
    return f"{drop} ;\nINSERT DATA {{ GRAPH {graph} {{\n{body}}} }}"


class KgStore:
    """A store folder opened for reading or writing. Use as a context manager."""

    def __init__(self, directory: Path | str, *, read_only: bool = False, create: bool = False):
        self.directory = Path(directory)
        self.read_only = read_only
        manifest_path = self.directory / MANIFEST_NAME
        if not manifest_path.is_file():
            if not create:
                raise InputError(f"{self.directory}: not a kg store (no {MANIFEST_NAME}); "
                                 f"make one with kg build PATH --store {self.directory}")
            own = (OXIGRAPH_DIR, CACHE_DIR, STATE_NAME, INCOMING_NAME)
            if self.directory.exists() and any(p.name not in own for p in self.directory.iterdir()):
                # kg's own folders alone: a first build that was interrupted; carry on
                raise InputError(f"{self.directory}: folder is not empty and not a kg store; "
                                 f"choose a new or empty folder for --store")
        elif self.directory.exists() and not self.directory.is_dir():
            raise InputError(f"{self.directory}: not a folder")
        self._manifest = Manifest.from_json(manifest_path.read_text(encoding="utf-8"), manifest_path) \
            if manifest_path.is_file() else None
        self.store = self._open_oxigraph()

    def _open_oxigraph(self) -> Store:
        location = self.directory / OXIGRAPH_DIR
        try:
            if self.read_only:
                if not location.is_dir():
                    raise InputError(f"{self.directory}: store has no {OXIGRAPH_DIR}/ folder; rebuild it")
                return Store.read_only(str(location))
            location.mkdir(parents=True, exist_ok=True)
            return Store(str(location))
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise InputError(f"{self.directory}: store is in use by another process (a kg serve or "
                                 f"kg build?); stop it or open the store read-only") from None
            raise InputError(f"{self.directory}: cannot open the store ({exc})") from None

    def __enter__(self) -> "KgStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Flush and release the store (and its lock)."""
        if self.store is not None and not self.read_only:
            self.store.flush()
        self.store = None

    # ------------------------------------------------------------------ manifest

    @property
    def manifest(self) -> Manifest | None:
        return self._manifest

    def save_manifest(self, manifest: Manifest) -> None:
        write_atomic(self.directory / MANIFEST_NAME, manifest.to_json())
        self._manifest = manifest

    # ------------------------------------------------------------------ graphs

    def replace_graph(self, graph: NamedNode, quads: Iterable[Quad]) -> None:
        """Replace a named graph as a whole, in one transaction (a new graph is added in one, faster)."""
        if self.read_only or self.store.contains_named_graph(graph):
            self._write(replace_graph_update(graph, quads))
            return
        try:
            self.store.extend(Quad(q.subject, q.predicate, q.object, graph) for q in quads)
        except OSError as exc:
            raise InputError(f"{self.directory}: cannot write the store ({exc})") from None

    def put_graph(self, graph: NamedNode, ntriples: bytes, *, new: bool) -> None:
        """Replace a named graph by the triples of an N-Triples document, in one transaction.

        A ``new`` graph (not in the store) is loaded by the parser directly, which is the
        fast path of a first build; an existing one is replaced by one SPARQL update.
        """
        if new and not self.read_only:
            try:
                self.store.load(ntriples, format=RdfFormat.N_TRIPLES, to_graph=graph)
            except OSError as exc:
                raise InputError(f"{self.directory}: cannot write the store ({exc})") from None
            return
        drop = f"DROP SILENT GRAPH {graph}"
        self._write(f"{drop} ;\nINSERT DATA {{ GRAPH {graph} {{\n{ntriples.decode('utf-8')}}} }}"
                    if ntriples.strip() else drop)

    @contextmanager
    def incoming(self) -> Iterator[BinaryIO]:
        """A file to write the N-Quads of graphs new to the store; they are bulk loaded when the block ends.

        Bulk loading is many times faster than a transaction per graph (a first build of
        thousands of letters); the new graphs appear together when the load is done. A build
        interrupted before that leaves the manifest incomplete, so the next one reconciles.
        """
        path = self.directory / INCOMING_NAME
        try:
            with path.open("wb") as stream:
                yield stream
            try:
                if path.stat().st_size:
                    self.store.bulk_load(path=str(path), format=RdfFormat.N_QUADS)
            except OSError as exc:
                raise InputError(f"{self.directory}: cannot write the store ({exc})") from None
        finally:
            path.unlink(missing_ok=True)

    def drop_graph(self, graph: NamedNode) -> None:
        self._write(f"DROP SILENT GRAPH {graph}")

    def _write(self, update: str) -> None:
        if self.read_only:
            raise InputError(f"{self.directory}: store is open read-only")
        try:
            self.store.update(update)
        except OSError as exc:
            raise InputError(f"{self.directory}: cannot write the store ({exc})") from None

    def graphs(self) -> list[NamedNode]:
        return sorted((g for g in self.store.named_graphs() if isinstance(g, NamedNode)), key=lambda g: g.value)

    def quads(self, graph: NamedNode | None = None) -> Iterator[Quad]:
        return self.store.quads_for_pattern(None, None, None, graph)

    def __len__(self) -> int:
        return len(self.store)

    def source_hashes(self) -> dict[str, str]:
        """Letter graph IRI -> sha256 of the source it was built from, read from the RDF itself."""
        sparql = ("SELECT ?g ?sha WHERE { GRAPH ?g { ?letter <http://www.w3.org/ns/prov#wasDerivedFrom> ?src . "
                  "?src <https://w3id.org/kamerbrieven/def#sha256> ?sha } }")
        return {row["g"].value: row["sha"].value for row in self.store.query(sparql)}

    # ------------------------------------------------------------------ extraction cache

    def cached_extraction(self, sha256: str, fingerprint: str) -> Extraction | None:
        """The extraction of the source with ``sha256`` made by code ``fingerprint``, if kept."""
        return read_cached_extraction(self.directory, sha256, fingerprint)

    def keep_extraction(self, extraction: Extraction, fingerprint: str) -> None:
        write_cached_extraction(self.directory, extraction, fingerprint)

    def forget_extractions(self, keep: set[str]) -> int:
        """Remove cached extractions whose sha256 is not in ``keep``; returns how many went."""
        return _forget(self.directory / CACHE_DIR, keep)

    # ------------------------------------------------------------------ letter states

    def letter_state(self, key: tuple) -> object | None:
        """What the last build kept about its letters, when it was made under ``key``; else None."""
        try:
            with (self.directory / STATE_NAME).open("rb") as stream, collector_paused():
                kept_format, kept_key, state = pickle.load(stream)
        except Exception:  # missing, damaged or foreign: start over
            return None
        return state if (kept_format, kept_key) == (STATE_FORMAT, key) else None

    def keep_letter_state(self, key: tuple, state: object) -> None:
        with collector_paused():
            data = pickle.dumps((STATE_FORMAT, key, state), protocol=pickle.HIGHEST_PROTOCOL)
        write_atomic(self.directory / STATE_NAME, data)


def read_cached_extraction(directory: Path, sha256: str, fingerprint: str) -> Extraction | None:
    """The extraction kept in store folder ``directory`` for ``sha256`` by code ``fingerprint``, if any.

    A plain function, so worker processes read the cache without opening the store.
    """
    try:
        with (Path(directory) / CACHE_DIR / f"{sha256}.pickle").open("rb") as stream:
            kept_format, kept_fingerprint, kept_sha, extraction = pickle.load(stream)
    except Exception:  # missing, damaged or foreign: only a cache miss
        return None
    if (kept_format, kept_fingerprint, kept_sha) != (CACHE_FORMAT, fingerprint, sha256):
        return None
    return extraction if isinstance(extraction, Extraction) else None


def write_cached_extraction(directory: Path, extraction: Extraction, fingerprint: str) -> None:
    """Keep ``extraction`` in store folder ``directory`` under its source's sha256 and ``fingerprint``."""
    sha256 = extraction.document.letter.sha256
    data = pickle.dumps((CACHE_FORMAT, fingerprint, sha256, extraction), protocol=pickle.HIGHEST_PROTOCOL)
    folder = Path(directory) / CACHE_DIR
    folder.mkdir(parents=True, exist_ok=True)
    # renamed into place, not synced to disk: after a crash a torn entry is only a cache miss
    temporary = folder / f".{sha256}.{os.getpid()}.tmp"
    try:
        temporary.write_bytes(data)  # not an output: a cache entry, see above
        os.replace(temporary, folder / f"{sha256}.pickle")  # not an output
    except OSError as exc:
        raise InputError(f"{folder}: cannot keep the extraction ({exc.strerror or exc})") from None


def _forget(folder: Path, keep: set[str]) -> int:
    """Remove the ``*.pickle`` files of ``folder`` whose stem is not in ``keep``; returns how many went."""
    if not folder.is_dir():
        return 0
    removed = 0
    for path in folder.glob("*.pickle"):
        if path.stem not in keep:
            try:
                os.unlink(path)
                removed += 1
            except OSError:
                pass
    return removed


def open_store_dataset(directory: Path | str) -> Store:
    """The Oxigraph dataset of a store folder, opened read-only (for queries)."""
    kg_store = KgStore(directory, read_only=True)
    return kg_store.store
