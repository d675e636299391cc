"""The persistent store: an on-disk Oxigraph dataset plus kg's bookkeeping, in one folder.

    DIR/oxigraph/          the RDF dataset (pyoxigraph ``Store(path)``, RocksDB underneath)
    DIR/kg-store.json      the manifest: which source file (path, sha256) each letter graph came
                           from, a digest of every graph kg wrote, the last validation verdict
    DIR/extractions/       one ``Extraction`` per source sha256 (SHA.json) and the summary of it that
                           resolve reads (SHA.summary.json), tagged with the code fingerprint that
                           produced them, so an unchanged letter is never read twice
    DIR/kg-letters.json    what each letter graph was last built from (its file's sha256, the
                           digest of its answers) and its check, so that a rebuild neither reads
                           nor rebuilds a letter whose graph cannot change

The cache and the letter states are JSON in kg's own tagged form (``dumps_data``/``loads_data``):
reading them builds only plain values and kg's own data classes, field by field, and never runs
code named in the file (no pickle: a crafted file in a store folder is a cache miss, nothing
more). Each file carries its format number; a store of another ``STORE_FORMAT`` is refused with
a line that says how to rebuild (kg never upgrades a store behind the user's back).

A letter graph is replaced as a whole in one transaction (``DROP SILENT GRAPH``, then
``INSERT DATA`` in the same SPARQL update), so a reader never sees half a letter; graphs new
to the store are bulk loaded together (``KgStore.incoming``), which is many times faster. The manifest
is written after the graphs; ``complete`` is false while a build is writing, and a build that
finds it false trusts no digest and reconciles every graph.
"""
from __future__ import annotations

import base64
import datetime
import enum
import json
import math
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from pyoxigraph import NamedNode, Quad, QuerySolutions, RdfFormat, Store, serialize

from ..domain.collector import collector_paused
from ..domain.errors import InputError
from ..domain.model import Extraction
from ..rdf.rdfio import write_atomic

STORE_FORMAT = 2  # 2: the cache and the letter states as tagged JSON (1 pickled them)
CACHE_FORMAT = 2
MANIFEST_NAME = "kg-store.json"
OXIGRAPH_DIR = "oxigraph"
CACHE_DIR = "extractions"
CACHE_SUFFIX = ".json"
SUMMARY_SUFFIX = ".summary.json"  # beside SHA.json: the summary of the extraction that resolve reads
STATE_NAME = "kg-letters.json"
INCOMING_NAME = "incoming.nq"  # new graphs waiting for their bulk load
STATE_FORMAT = 4  # 3: answers digests and per-graph checks; 4: the summaries in extractions/ (kg/engine/storesink.py)
Kind = TypeVar("Kind")
REBUILD = "remove the folder (or choose a new one) and build again: kg build PATH --store DIR"


# ------------------------------------------------------------------ data without code


class DataFormatError(ValueError):
    """A tagged-JSON document that kg did not write (or that was damaged)."""


def _encode(value: object) -> object:
    """``value`` as JSON-ready data: plain values as they are, everything else as a tagged object."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else {"$float": repr(value)}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, enum.Enum):
        return {"$enum": _class_name(value), "value": _encode(value.value)}
    names = _field_names(type(value))
    if names is not None:
        return {"$class": _class_name(value), "fields": {name: _encode(getattr(value, name)) for name in names}}
    if isinstance(value, tuple):
        if hasattr(value, "_fields"):  # a NamedTuple
            return {"$class": _class_name(value), "items": [_encode(v) for v in value]}
        return {"$tuple": [_encode(v) for v in value]}
    if isinstance(value, (set, frozenset)):
        items = [_encode(v) for v in value]
        return {"$frozenset" if isinstance(value, frozenset) else "$set": items}
    if isinstance(value, dict):
        if all(type(k) is str for k in value):
            return {"$dict": {k: _encode(v) for k, v in value.items()}}
        return {"$pairs": [[_encode(k), _encode(v)] for k, v in value.items()]}
    if isinstance(value, bytes):
        return {"$bytes": base64.b64encode(value).decode("ascii")}
    if isinstance(value, datetime.datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, datetime.date):
        return {"$date": value.isoformat()}
    if isinstance(value, Path):
        return {"$path": str(value)}
    raise TypeError(f"cannot keep a {type(value).__name__} in a store file")


def _class_name(value: object) -> str:
    kind = type(value)
    return f"{kind.__module__}:{kind.__qualname__}"


_FIELDS: dict[type, tuple[str, ...] | None] = {}  # _field_names, by type


def _field_names(kind: type) -> tuple[str, ...] | None:
    """The field names of a data class, in order; None for any other type (found once per type: a
    store file holds hundreds of thousands of instances of a few classes)."""
    if kind not in _FIELDS:
        _FIELDS[kind] = tuple(f.name for f in fields(kind)) if is_dataclass(kind) else None
    return _FIELDS[kind]


_CLASSES: dict[str, type] = {}  # the classes found by _kg_class, by name


def _kg_class(name: str) -> type:
    """A class of kg's own that is already loaded: nothing is imported on a file's say-so."""
    known = _CLASSES.get(name)
    if known is not None:
        return known
    module_name, _, qualname = str(name).partition(":")
    module = sys.modules.get(module_name) if module_name.startswith("kg.") or module_name == "kg" else None
    found: object = module
    for part in qualname.split("."):
        found = getattr(found, part, None) if found is not None and not part.startswith("__") else None
    if not isinstance(found, type):
        raise DataFormatError(f"unknown class {name!r}")
    _CLASSES[name] = found
    return found


def _decode(data: object) -> object:
    if data is None or isinstance(data, (bool, int, float, str)):
        return data
    if isinstance(data, list):
        return [_decode(v) for v in data]
    if not isinstance(data, dict) or len(data) not in (1, 2):
        raise DataFormatError(f"unexpected {type(data).__name__}")
    if "$dict" in data:
        return {str(k): _decode(v) for k, v in _of(data["$dict"], dict).items()}
    if "$tuple" in data:
        return tuple(_decode(v) for v in _of(data["$tuple"], list))
    if "$class" in data:
        return _instance(_kg_class(data["$class"]), data)
    if "$pairs" in data:
        return {_hashable(_decode(k)): _decode(v) for k, v in (_pair(p) for p in _of(data["$pairs"], list))}
    if "$frozenset" in data:
        return frozenset(_hashable(_decode(v)) for v in _of(data["$frozenset"], list))
    if "$set" in data:
        return {_hashable(_decode(v)) for v in _of(data["$set"], list)}
    if "$enum" in data:
        kind = _kg_class(data["$enum"])
        if not issubclass(kind, enum.Enum):
            raise DataFormatError(f"{data['$enum']!r} is not an enumeration")
        return kind(_decode(data.get("value")))
    if "$bytes" in data:
        return base64.b64decode(_of(data["$bytes"], str), validate=True)
    if "$date" in data:
        return datetime.date.fromisoformat(_of(data["$date"], str))
    if "$datetime" in data:
        return datetime.datetime.fromisoformat(_of(data["$datetime"], str))
    if "$path" in data:
        return Path(_of(data["$path"], str))
    if "$float" in data:
        return float(_of(data["$float"], str))
    raise DataFormatError(f"unknown tag {sorted(data)!r}")


def _instance(kind: type, data: dict) -> object:
    """A kg data class (field by field, no __init__ or __post_init__ run) or NamedTuple."""
    if "items" in data and issubclass(kind, tuple) and hasattr(kind, "_fields"):
        named_tuple: Any = kind  # a NamedTuple class: its fields in order
        return named_tuple(*(_decode(v) for v in _of(data["items"], list)))
    names = _field_names(kind)
    if names is None:
        raise DataFormatError(f"{kind.__qualname__} is not a data class")
    given = _of(data.get("fields"), dict)
    if len(given) != len(names) or not all(name in given for name in names):
        raise DataFormatError(f"{kind.__qualname__}: fields {sorted(set(given) ^ set(names))} differ")
    instance: object = object.__new__(kind)
    for name, value in given.items():
        object.__setattr__(instance, name, _decode(value))
    return instance


def _of(value: object, kind: type[Kind]) -> Kind:
    if not isinstance(value, kind):
        raise DataFormatError(f"expected {kind.__name__}, found {type(value).__name__}")
    return value


def _pair(value: object) -> tuple[object, object]:
    pair = _of(value, list)
    if len(pair) != 2:
        raise DataFormatError("a dict entry is not a pair")
    return pair[0], pair[1]


def _hashable(value: object) -> object:
    try:
        hash(value)
    except TypeError:
        raise DataFormatError(f"unhashable key {type(value).__name__}") from None
    return value


def dumps_data(kind: str, version: int, header: dict, value: object) -> bytes:
    """A store file: its kind, format number, header fields, and ``value`` in tagged JSON."""
    document = {"kind": kind, "format": version, **header, "value": _encode(value)}
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def loads_data(data: bytes, kind: str, version: int, header: dict) -> object:
    """The value of a store file written by ``dumps_data`` with the same kind, format and header.

    Raises DataFormatError for anything else: damaged, foreign, another version or another header.
    """
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise DataFormatError(f"not kg's JSON ({type(exc).__name__})") from None
    if not isinstance(document, dict) or document.get("kind") != kind:
        raise DataFormatError(f"not a {kind} file")
    if document.get("format") != version:
        raise DataFormatError(f"format {document.get('format')!r}, not {version}")
    if any(document.get(k) != v for k, v in header.items()):
        raise DataFormatError("made for another source or code")
    try:
        return _decode(document.get("value"))
    except (TypeError, ValueError, KeyError, AttributeError, RecursionError) as exc:
        if isinstance(exc, DataFormatError):
            raise
        raise DataFormatError(f"damaged ({type(exc).__name__}: {exc})") from None


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
    def from_json(cls, text: str, where: Path) -> Manifest:
        try:
            data = json.loads(text)
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
            if data.get("format") != STORE_FORMAT:
                raise InputError(f"{where}: store format {data.get('format')} is not {STORE_FORMAT}, the format of "
                                 f"this kg; kg does not convert stores: {REBUILD}")
            letters = tuple(LetterRecord(**r) for r in data.pop("letters"))
            manifest = cls(letters=letters, **data)
            if not isinstance(manifest.digests, dict) or not all(isinstance(r.path, str) for r in letters):
                raise ValueError("unexpected values")
            return manifest
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
            raise InputError(f"{where}: damaged store manifest ({type(exc).__name__}: {str(exc)[:100]}); "
                             f"{REBUILD}") from None


def graph_digest(quads: Iterable[Quad]) -> str:
    """A digest of a set of quads that does not depend on their order."""
    import hashlib
    lines = sorted({str(q) for q in quads})
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def ntriples(quads: Iterable[Quad]) -> str:
    """The triples of ``quads`` as N-Triples text (their graph names are ignored)."""
    return (serialize([q.triple for q in quads], format=RdfFormat.N_TRIPLES) or b"").decode("utf-8")


def replace_graph_update(graph: NamedNode, quads: Iterable[Quad]) -> str:
    """One SPARQL update that replaces ``graph`` by ``quads`` (their graph names are ignored)."""
    body = ntriples(quads)
    drop = f"DROP SILENT GRAPH {graph}"
    return f"{drop} ;\n{insert_data(graph, body)}" if body else drop


def insert_data(graph: NamedNode, body: str) -> str:
    """The SPARQL update that adds the N-Triples ``body`` to ``graph``."""
    return f"INSERT DATA {{ GRAPH {graph} {{\n{body}}} }}"


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
            scratch = f".{MANIFEST_NAME}."  # a build's scratch folder (rdfio.scratch_folder)
            if self.directory.exists() and any(p.name not in own and not p.name.startswith(scratch)
                                               for p in self.directory.iterdir()):
                # kg's own folders alone: a first build that was interrupted; carry on
                raise InputError(f"{self.directory}: folder is not empty and not a kg store; "
                                 f"choose a new or empty folder for --store")
        elif self.directory.exists() and not self.directory.is_dir():
            raise InputError(f"{self.directory}: not a folder")
        self._manifest = _read_manifest(manifest_path) if manifest_path.is_file() else None
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
        except (OSError, RuntimeError) as exc:  # RocksDB reports corruption as a RuntimeError
            if "lock" in str(exc).lower():
                raise InputError(f"{self.directory}: store is in use by another process (a kg serve or "
                                 f"kg build?); stop it or open the store read-only") from None
            raise InputError(f"{self.directory}: cannot open the store's {OXIGRAPH_DIR}/ dataset, damaged? "
                             f"({str(exc)[:160]}); {REBUILD}") from None

    def __enter__(self) -> KgStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Flush and release the store (and its lock)."""
        store = self.__dict__.pop("store", None)  # the last reference: the dataset's lock goes with it
        if store is not None and not self.read_only:
            store.flush()

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
        solutions = self.store.query(sparql)
        assert isinstance(solutions, QuerySolutions)
        return {row["g"].value: row["sha"].value for row in solutions}

    # ------------------------------------------------------------------ extraction cache

    def cached_extraction(self, sha256: str, fingerprint: str) -> Extraction | None:
        """The extraction of the source with ``sha256`` made by code ``fingerprint``, if kept."""
        return read_cached_extraction(self.directory, sha256, fingerprint)

    def keep_extraction(self, extraction: Extraction, fingerprint: str) -> None:
        write_cached_extraction(self.directory, extraction, fingerprint)

    def forget_extractions(self, keep: set[str]) -> int:
        """Remove cached extractions whose sha256 is not in ``keep``; returns how many went."""
        folder = self.directory / CACHE_DIR
        if not folder.is_dir():
            return 0
        removed = 0
        for path in folder.glob(f"*{CACHE_SUFFIX}"):
            if path.name.split(".", 1)[0] not in keep:
                try:
                    os.unlink(path)
                    removed += 1
                except OSError:
                    pass
        return removed

    # ------------------------------------------------------------------ letter states

    def letter_state(self, key: tuple) -> object | None:
        """What the last build kept about its letters, when it was made under ``key``; else None."""
        try:
            data = (self.directory / STATE_NAME).read_bytes()
        except OSError:  # missing or unreadable: start over
            return None
        try:
            with collector_paused():
                return loads_data(data, "kg-letters", STATE_FORMAT, {"key": _encode(key)})
        except DataFormatError:  # damaged, foreign or made under another key: start over
            return None

    def keep_letter_state(self, key: tuple, state: object) -> None:
        with collector_paused():
            data = dumps_data("kg-letters", STATE_FORMAT, {"key": _encode(key)}, state)
        write_atomic(self.directory / STATE_NAME, data)


def read_cached_extraction(directory: Path, sha256: str, fingerprint: str, *,
                           summary: bool = False) -> Extraction | None:
    """The extraction kept in store folder ``directory`` for ``sha256`` by code ``fingerprint``, if any;
    with ``summary``, the summary of it that resolve reads (kept beside it, SHA.summary.json).

    A plain function, so worker processes read the cache without opening the store.
    """
    kind, suffix = ("kg-summary", SUMMARY_SUFFIX) if summary else ("kg-extraction", CACHE_SUFFIX)
    try:
        data = (Path(directory) / CACHE_DIR / f"{sha256}{suffix}").read_bytes()
    except OSError:  # missing or unreadable: a cache miss
        return None
    try:
        extraction = loads_data(data, kind, CACHE_FORMAT, {"fingerprint": fingerprint, "sha256": sha256})
    except DataFormatError:  # damaged, foreign or made by other code: only a cache miss
        return None
    return extraction if isinstance(extraction, Extraction) else None


def write_cached_extraction(directory: Path, extraction: Extraction, fingerprint: str, *,
                            summary: bool = False) -> None:
    """Keep ``extraction`` (or, with ``summary``, its summary) in store folder ``directory`` under its
    source's sha256 and ``fingerprint``."""
    sha256 = extraction.document.letter.sha256
    kind, suffix = ("kg-summary", SUMMARY_SUFFIX) if summary else ("kg-extraction", CACHE_SUFFIX)
    data = dumps_data(kind, CACHE_FORMAT, {"fingerprint": fingerprint, "sha256": sha256}, extraction)
    folder = Path(directory) / CACHE_DIR
    folder.mkdir(parents=True, exist_ok=True)
    # renamed into place, not synced to disk: after a crash a torn entry is only a cache miss
    temporary = folder / f".{sha256}.{os.getpid()}.tmp"
    try:
        temporary.write_bytes(data)  # not an output: a cache entry, see above
        os.replace(temporary, folder / f"{sha256}{suffix}")  # not an output
    except OSError as exc:
        raise InputError(f"{folder}: cannot keep the extraction ({exc.strerror or exc})") from None


def _read_manifest(path: Path) -> Manifest:
    """The manifest of a store folder; InputError (exit 3) naming the problem when it cannot be read."""
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{path}: damaged store manifest (not UTF-8); {REBUILD}") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read the store manifest ({exc.strerror or exc})") from None
    return Manifest.from_json(text, path)


def open_store_dataset(directory: Path | str) -> Store:
    """The Oxigraph dataset of a store folder, opened read-only (for queries)."""
    return KgStore(directory, read_only=True).store
