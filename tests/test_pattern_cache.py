"""The compiled patterns kept between runs (kg/domain/pattern_cache.py): served patterns equal those ``re``
compiles, a run builds the same graph with the cache, without it and with a damaged one, and kg's
own patterns are the same text in every process (else nothing could be served)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.domain import pattern_cache

ROOT = Path(__file__).resolve().parents[1]
KG = Path(sys.executable).with_name("kg")
LETTER = ROOT / "examples" / "letters" / "001_70649b2bd7f3965d.txt"

pytestmark = pytest.mark.skipif(sys.implementation.name != "cpython", reason="CPython's re internals")

# in a fresh process: extract every sample letter, then say which of kg's patterns the cache served and compiled
_REPORT = """
import json, sys
from pathlib import Path
import re._compiler
from kg.read.ingest import read_letter
from kg.read.clean import clean
from kg.read.structure import structure
from kg.extract import extract
for path in sorted(Path(sys.argv[1]).glob("*.txt")):
    extract(structure(clean(read_letter(path))))
cache = getattr(re._compiler.compile, "__self__", None)
print(json.dumps({"served": sorted(map(list, cache.served)) if cache else None,
                  "new": sorted(map(list, cache.new)) if cache else None}))
"""


def _report(cache: str, seed: str = "0") -> dict[str, list[list[object]] | None]:
    env = {**os.environ, "KG_PATTERN_CACHE": cache, "PYTHONHASHSEED": seed}
    result = subprocess.run([sys.executable, "-c", _REPORT, str(LETTER.parent)], capture_output=True, text=True,
                            env=env, timeout=300, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _build(tmp_path: Path, name: str, cache: str) -> bytes:
    out = tmp_path / f"{name}.trig"
    result = subprocess.run([str(KG), "build", str(LETTER), "-o", str(out), "-q", "-w", "1"], capture_output=True,
                            text=True, env={**os.environ, "KG_PATTERN_CACHE": cache}, timeout=300)
    assert result.returncode == 0, result.stderr
    return b"".join(line for line in out.read_bytes().splitlines(keepends=True)  # not the build's own times
                    if b"/build/" not in line and b"AtTime " not in line)


def test_a_second_run_is_served_every_pattern_the_first_compiled(tmp_path):
    cache = tmp_path / "patterns.json"
    first = _report(str(cache))
    assert first["new"] and not first["served"] and cache.exists()
    second = _report(str(cache), seed="1")  # another hash seed: another order of every set in the process
    assert second["new"] == [] and second["served"] == first["new"]


def test_kg_builds_its_patterns_in_the_same_order_in_every_process(tmp_path):
    """A pattern built from a set (``"|".join(words)``) has its alternatives in another order in each
    process: it is never served, and where one alternative is the start of another the matches differ."""
    one, two = (_report(str(tmp_path / f"{seed}.json"), seed) for seed in ("1", "2"))
    assert one["new"] == two["new"]


def test_every_served_pattern_is_the_one_re_compiles(tmp_path):
    """``re.Pattern`` equality compares the engine's code, flags and text."""
    path = tmp_path / "patterns.json"
    _report(str(path))
    plain = pattern_cache.PLAIN_COMPILE
    cache = pattern_cache.make_cache(path, compiled_first=0)
    held = pattern_cache._read(path)
    assert len(held) > 500
    for pattern, flags in held:
        assert cache.serve(pattern, flags) == plain(pattern, flags), pattern
    assert not cache.new


def test_the_graph_is_the_same_with_the_cache_without_it_and_with_a_damaged_one(tmp_path):
    path = tmp_path / "patterns.json"
    without = _build(tmp_path, "off", "off")
    assert _build(tmp_path, "cold", str(path)) == without  # compiles and writes the file
    assert _build(tmp_path, "warm", str(path)) == without  # served from it
    path.write_text('[["(unclosed", 0, 0, [1, 2, 3]', encoding="utf-8")  # cut short
    assert _build(tmp_path, "cut", str(path)) == without
    assert len(pattern_cache._read(path)) > 500  # written again, whole
    path.write_text(json.dumps({"not": "a list"}), encoding="utf-8")
    assert _build(tmp_path, "shape", str(path)) == without


def test_a_code_the_engine_refuses_is_compiled_anew(tmp_path):
    path = tmp_path / "patterns.json"
    pattern = r"(?P<jaar>(?:19|20)\d\d)\b"
    path.write_text(json.dumps([[pattern, 0, 32, [17, 4, 99, 12345678], 1, {"jaar": 1}, [None, "jaar"]]]),
                    encoding="utf-8")
    cache = pattern_cache.make_cache(path, compiled_first=0)
    compiled = cache.serve(pattern, 0)
    assert compiled == pattern_cache.PLAIN_COMPILE(pattern, 0)
    assert compiled.search("in 2024 en").group("jaar") == "2024"
    assert list(cache.new) == [(pattern, 0)]  # so the next save replaces the refused entry


def test_a_folder_kg_cannot_write_to_leaves_the_build_as_it_was(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert _build(tmp_path, "blocked", str(blocker / "kg" / "patterns.json")) == _build(tmp_path, "off", "off")


def test_off_writes_nothing_and_a_worker_never_writes(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    _build(tmp_path, "off", "off")
    assert not (tmp_path / "xdg").exists()
    monkeypatch.setenv("KG_PATTERN_CACHE", "off")
    assert pattern_cache.cache_path() is None
    cache = pattern_cache.make_cache(tmp_path / "patterns.json", compiled_first=0)
    cache.serve(r"\bbrief\s+van\b", 0)
    cache._owner = -1  # another process than the one that made it: a worker of the build
    cache.save()
    assert not (tmp_path / "patterns.json").exists()


def test_a_killed_writer_s_scratch_file_is_removed_by_the_next_write(tmp_path):
    path = tmp_path / "patterns.json"
    stale, fresh = tmp_path / "patterns.json.abc.part", tmp_path / "patterns.json.def.part"
    stale.write_text("half", encoding="utf-8")
    fresh.write_text("being written", encoding="utf-8")
    old = stale.stat().st_mtime - pattern_cache.STALE_SECONDS - 60
    os.utime(stale, (old, old))
    cache = pattern_cache.make_cache(path, compiled_first=0)
    cache.serve(r"\bbrief\s+van\b", 0)
    cache.save()
    assert path.exists() and not stale.exists() and fresh.exists()  # another writer's may still be at work


def test_a_small_run_neither_reads_nor_writes_the_file(tmp_path):
    """'kg query' or 'kg --version' compile 32 to 44 of kg's patterns: reading the file would double their time."""
    path = tmp_path / "patterns.json"
    path.write_text("not even JSON", encoding="utf-8")
    cache = pattern_cache.make_cache(path)
    for number in range(pattern_cache.COMPILED_FIRST - 1):
        cache.serve(rf"\bbrief\s+nummer\s+{number}\b", 0)
    cache.save()
    assert cache._file_entries() is None and path.read_text(encoding="utf-8") == "not even JSON"
