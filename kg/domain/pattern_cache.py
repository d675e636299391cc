"""The regular expressions kg compiled on its last runs, kept on disk so that a run does not parse
and compile them again.

kg compiles about 1,300 patterns: its rules, its cue files and their alternatives. Python's ``re``
parses and compiles each of them anew in every process, and that is most of the time a small build
takes (0.67 s of the 1.2 s of a one-letter build, measured: docs/fast-paths.md). This module keeps,
for each pattern text and flags, what ``re`` compiled it to (the engine's code, its groups and
their names) in one JSON file, and hands that code to the engine (``_sre.compile``) on the next
run, skipping the parser and the compiler.

What is kept is plain data, read with ``json``: a crafted or damaged file cannot run code. The
engine checks every code it is handed (``_sre`` validates it and raises on a code it cannot
run); a file that fails to load, or an entry the engine refuses, is a miss, compiled as usual.
Before it is used at all, the scheme checks itself on a sample pattern: the cached form must equal
the one ``re`` compiles (``re.Pattern`` compares the engine's code), or nothing is installed.

Where: ``$KG_PATTERN_CACHE`` (a file; ``off`` turns the cache off), else ``kg/patterns-TAG.json``
in ``$XDG_CACHE_HOME`` or ``~/.cache``, TAG naming the Python and its engine (a file of another
Python is never read). A small run (``COMPILED_FIRST`` patterns or fewer: a query, --version) compiles as
``re`` does and leaves the file alone. The file is written, atomically, at the end of a run that compiled a
pattern it did not hold, by the process that started the run (not a worker); a folder kg cannot
write to leaves the run as it was, only slower. The file holds the patterns of the runs before,
up to ``MOST_PATTERNS``; past that, only those of the last run.

It works on CPython's ``re`` internals (``re._compiler.compile``, the same from 3.11 to 3.13):
on another implementation, or when the self-check fails, kg compiles as ``re`` does.
"""
from __future__ import annotations

import atexit
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from types import FrameType
from typing import Any

try:  # CPython's re internals, the same from 3.11 to 3.13 (install() checks they still do what it expects)
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # another implementation: nothing is installed
    _sre = _compiler = _parser = None

PLAIN_COMPILE: Any = _compiler.compile if _compiler is not None else None  # as re has it, before install()

MOST_PATTERNS = 20_000
# a run asking for this many of kg's patterns or fewer compiles them as re does and neither reads nor writes the file:
# reading it (3.5 MB of JSON, 0.1 s) would double the time of 'kg query' or 'kg --version', which compile 32 to 44;
# a build compiles about 1,000
COMPILED_FIRST = 100
_SAMPLE = r"(?P<name>[A-Z]\w+)\s+(?:van|voor)\b(?!\d)"  # the self-check's pattern: groups, a name, look-ahead

Entry = tuple[int, list[int], int, dict[str, int], list[str | None]]  # final flags, code, groups, names


class _Cache:
    """The patterns of the file and of this run, and the compile function that serves them."""

    def __init__(self, path: Path, compiled_first: int = COMPILED_FIRST) -> None:
        self.path = path
        self.compiled_first = compiled_first  # patterns compiled as re does before the file is read
        # read from the file once this run has asked for more than ``compiled_first`` patterns; each let go of once
        # served (re keeps what it compiled)
        self._held: dict[tuple[str, int], Entry] | None = None
        self.served: set[tuple[str, int]] = set()  # the file's patterns this run used
        self.new: dict[tuple[str, int], Entry] = {}  # the patterns this run compiled
        self._owner = os.getpid()

    def _file_entries(self) -> dict[tuple[str, int], Entry] | None:
        """The file's patterns not served yet; None while this run is a small one (see ``COMPILED_FIRST``)."""
        if self._held is None and len(self.new) >= self.compiled_first:
            self._held = _read(self.path)
            for key in [key for key in self.new if key in self._held]:  # compiled before the file was read
                del self.new[key], self._held[key]
                self.served.add(key)
        return self._held

    def compile(self, pattern: Any, flags: int = 0) -> Any:
        """``re._compiler.compile``: kg's patterns served from the cache, the others compiled as ``re`` does."""
        flags = int(flags)
        if not isinstance(pattern, str) or flags & 128 or not _asked_by_kg():  # re.DEBUG prints the code
            return PLAIN_COMPILE(pattern, flags)
        return self.serve(pattern, flags)

    def serve(self, pattern: str, flags: int) -> Any:
        """The compiled pattern, from the file where it holds it, else compiled (and kept for the next run)."""
        key = (pattern, flags)
        held = self._file_entries()
        entry = held.pop(key, None) if held is not None else None  # re keeps the compiled pattern: asked for once
        if entry is not None:
            try:
                compiled = self._from_entry(pattern, entry)
            except Exception:  # noqa: BLE001 - the engine refused a held code: compile it anew
                pass
            else:
                self.served.add(key)
                return compiled
        if key in self.served:  # served before and let go of: re's own cache of patterns had no room for it
            return PLAIN_COMPILE(pattern, flags)
        entry = self._entry_of(pattern, flags)
        self.new[key] = entry
        return self._from_entry(pattern, entry)

    def _entry_of(self, pattern: str, flags: int) -> Entry:
        """What ``re._compiler.compile`` computes before it hands the code to the engine."""
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        names = parsed.state.groupdict
        by_index: list[str | None] = [None] * parsed.state.groups
        for name, index in names.items():
            by_index[index] = name
        return (flags | parsed.state.flags, list(code), parsed.state.groups - 1, dict(names), by_index)

    def _from_entry(self, pattern: str, entry: Entry) -> Any:
        final_flags, code, groups, names, by_index = entry
        return _sre.compile(pattern, final_flags, code, groups, names, tuple(by_index))

    def save(self) -> None:
        """Write the file when this run compiled a pattern it did not hold (the run's own process only)."""
        if not self.new or self._held is None or os.getpid() != self._owner or _in_worker():
            return  # (a small run, which never read the file, does not write it either)
        entries = {**_read(self.path), **self.new}  # read again: another run may have written it since
        if len(entries) > MOST_PATTERNS:
            entries = {key: entry for key, entry in entries.items() if key in self.served or key in self.new}
        try:
            _write(self.path, entries)
        except OSError:
            pass  # a folder kg cannot write to: the next run compiles again


def _asked_by_kg() -> bool:
    """Is the pattern compiled for a module of kg (the first caller outside ``re``)? Other libraries
    build some of theirs from sets, in another order in each process: never the same text twice."""
    frame: FrameType | None = sys._getframe(2)
    while frame is not None and frame.f_globals.get("__name__", "").partition(".")[0] == "re":
        frame = frame.f_back
    return frame is not None and frame.f_globals.get("__name__", "").partition(".")[0] == "kg"


def _in_worker() -> bool:
    import multiprocessing
    return multiprocessing.parent_process() is not None


def _read(path: Path) -> dict[tuple[str, int], Entry]:
    """The entries of the file; none when it is missing, damaged or not of this shape."""
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    held: dict[tuple[str, int], Entry] = {}
    if not isinstance(records, list):
        return held
    for record in records:
        try:
            pattern, flags, final_flags, code, groups, names, by_index = record
            if not (isinstance(pattern, str) and isinstance(code, list) and isinstance(names, dict)
                    and isinstance(by_index, list)):
                continue
            held[(pattern, int(flags))] = (int(final_flags), code, int(groups), names, by_index)
        except (TypeError, ValueError):
            continue
    return held


STALE_SECONDS = 3600  # a scratch file this old is a killed writer's


def _write(path: Path, entries: dict[tuple[str, int], Entry]) -> None:
    """The file written whole to a scratch file beside it and renamed over it (not kg.rdf.rdfio's atomic writer,
    which a module of the domain may not import; the cache is no output of the user's); the scratch files of writers
    killed before their rename are removed."""
    records = [[pattern, flags, *entry] for (pattern, flags), entry in entries.items()]
    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in path.parent.glob(path.name + ".*.part"):
        try:
            if time.time() - stale.stat().st_mtime > STALE_SECONDS:
                stale.unlink()
        except OSError:
            pass
    handle, scratch = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".part")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(records, out, separators=(",", ":"))
        os.replace(scratch, path)  # not an output: kg's cache of compiled patterns
    except BaseException:
        Path(scratch).unlink(missing_ok=True)
        raise


def cache_path() -> Path | None:
    """Where the cache is kept, or None when ``$KG_PATTERN_CACHE`` is ``off``."""
    chosen = os.environ.get("KG_PATTERN_CACHE", "")
    if chosen.lower() == "off":
        return None
    if chosen:
        return Path(chosen)
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "kg" / f"patterns-{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}.json"


def make_cache(path: Path, compiled_first: int = COMPILED_FIRST) -> _Cache:
    """A cache kept in ``path`` (not installed); raises when ``re``'s internals are not as expected."""
    if _sre is None:
        raise RuntimeError("no CPython re internals")
    cache = _Cache(path, compiled_first)
    if cache._from_entry(_SAMPLE, cache._entry_of(_SAMPLE, 0)) != PLAIN_COMPILE(_SAMPLE, 0):
        raise RuntimeError("re's compiler does not hand the engine what this module expects")
    return cache


def install() -> _Cache | None:
    """Serve kg's compiles from the cache for the rest of this process; None when it cannot be."""
    if sys.implementation.name != "cpython":
        return None
    try:
        path = cache_path()
        if path is None:
            return None
        cache = make_cache(path)
    except Exception:  # noqa: BLE001 - internals not as expected, or no home folder: compile as re does
        return None
    _compiler.compile = cache.compile
    atexit.register(cache.save)
    return cache
