"""Nothing lost: a build that is killed midway leaves its output whole.

``kg build -o OUT`` is run on a folder of twenty-five letters (read by worker processes) and killed with SIGKILL at
random moments, and right when its temporary output appears; each time OUT must parse and
hold either the old dataset or the new one. Also: every module writes its files through
``write_atomic``, and ``write_atomic`` itself keeps the old file when a write fails.
"""
from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pyoxigraph import NamedNode

from conftest import ROOT, SAMPLES
from kg.domain.errors import InputError
from kg.rdf.rdfio import read_quads, remove_stale_temporaries, scratch_folder, write_atomic

KG = Path(sys.executable).with_name("kg")
COPIES = 5  # 25 letters: enough for the build to read them in a pool of worker processes
ATTEMPTS = 6
BUILD_GRAPH = re.compile(r"/graph/build$")


def dataset(path: Path) -> frozenset:
    """The quads of a built file, without the build graph (it holds the run's times)."""
    return frozenset(quad for quad in read_quads(path)
                     if not (isinstance(quad.graph_name, NamedNode) and BUILD_GRAPH.search(quad.graph_name.value)))


def many_letters(folder: Path, copies: int = COPIES) -> Path:
    """The sample letters copied ``copies`` times, each copy differing by its last line."""
    folder.mkdir()
    for copy in range(copies):
        for letter in sorted(SAMPLES.glob("*.txt")):
            text = letter.read_text(encoding="utf-8")
            (folder / f"{letter.stem}-{copy:02d}.txt").write_text(f"{text}\n{copy}\n", encoding="utf-8")
    return folder


def kg_build(letters: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen([str(KG), "build", str(letters), "-o", str(out), "--quiet", "--no-validate"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)


def finished_build(letters: Path, out: Path) -> float:
    """Build ``letters`` into ``out`` to the end; returns how long it took."""
    started = time.monotonic()
    process = kg_build(letters, out)
    _, errors = process.communicate(timeout=600)
    assert "Traceback" not in errors and out.is_file(), errors
    return time.monotonic() - started


def temporaries(out: Path) -> list[Path]:
    """The temporary outputs and scratch folders of writers of ``out``."""
    return list(out.parent.glob(f".{out.name}.*.tmp")) + list(out.parent.glob(f".{out.name}.*.spool"))


def test_killing_a_build_never_leaves_the_output_corrupt(tmp_path):
    letters = many_letters(tmp_path / "letters")
    out = tmp_path / "letters.trig"
    finished_build(SAMPLES / next(p.name for p in sorted(SAMPLES.glob("*.txt"))), out)
    old = dataset(out)
    reference = tmp_path / "reference.trig"
    duration = finished_build(letters, reference)
    new = dataset(reference)
    assert old and new and old != new
    generator = random.Random(1405)
    outcomes: list[str] = []
    for attempt in range(ATTEMPTS):
        process = kg_build(letters, out)
        if attempt % 2 == 0:
            time.sleep(generator.uniform(0.05, duration))  # anywhere in the run
        else:
            deadline = time.monotonic() + duration * 3
            while not temporaries(out) and process.poll() is None and time.monotonic() < deadline:
                time.sleep(0.0005)  # until the output is being written
        killed = process.poll() is None
        if killed:
            os.killpg(process.pid, signal.SIGKILL)  # the build and its worker processes
        process.communicate(timeout=600)
        found = dataset(out)
        assert found in (old, new), f"attempt {attempt}: OUT is neither the old nor the new dataset"
        outcomes.append(("killed, " if killed else "finished, ") + ("old" if found == old else "new"))
    assert any(outcome.startswith("killed") for outcome in outcomes), outcomes

    # the next build that runs to its end writes the new dataset and clears what killed ones left
    (tmp_path / f".{out.name}.999999999.abcd.tmp").write_bytes(b"half a dataset")
    (tmp_path / f".{out.name}.999999999.efgh.spool").mkdir()
    (tmp_path / f".{out.name}.999999999.efgh.spool" / "00000000.pickle").write_bytes(b"work")
    assert temporaries(out)
    finished_build(letters, out)
    assert dataset(out) == new
    assert temporaries(out) == []


def test_ctrl_c_stops_a_build_with_one_line_and_keeps_the_output(tmp_path):
    letters = many_letters(tmp_path / "letters", copies=40)
    out = tmp_path / "letters.trig"
    finished_build(SAMPLES / next(p.name for p in sorted(SAMPLES.glob("*.txt"))), out)
    before = out.read_bytes()
    # a background job of a shell without job control starts with SIGINT ignored, and children
    # inherit that: give kg the terminal's default, as a Ctrl-C at a prompt would find it
    process = subprocess.Popen([str(KG), "build", str(letters), "-o", str(out)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, start_new_session=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 30
    while not temporaries(out) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)  # wait until the build is reading letters (its scratch folder is there)
    time.sleep(0.3)
    assert process.poll() is None, "the build finished before Ctrl-C; give it more letters"
    os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C does: the whole process group
    _, errors = process.communicate(timeout=120)
    assert process.returncode == 130, errors
    assert "Traceback" not in errors
    assert errors.strip().splitlines()[-1] == "kg: interrupted"
    assert out.read_bytes() == before
    assert temporaries(out) == []


def test_write_atomic_keeps_the_old_file_when_the_write_fails(tmp_path, monkeypatch):
    path = tmp_path / "out.trig"
    write_atomic(path, "old\n")

    def full_disk(handle: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(InputError, match=r"out\.trig: cannot write the output \(No space left on device\)"):
        write_atomic(path, "new\n")
    assert path.read_text() == "old\n"
    assert temporaries(path) == []


def test_write_atomic_keeps_the_old_file_when_interrupted(tmp_path, monkeypatch):
    path = tmp_path / "out.trig"
    write_atomic(path, "old\n")

    def interrupted(source, target) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(path, "new\n")
    assert path.read_text() == "old\n"
    assert temporaries(path) == []


def test_write_atomic_keeps_the_mode_of_the_file_it_replaces(tmp_path):
    path = tmp_path / "out.trig"
    write_atomic(path, "one\n")
    assert path.stat().st_mode & 0o777 == 0o666 & ~_umask()
    path.chmod(0o640)
    write_atomic(path, "two\n")
    assert path.stat().st_mode & 0o777 == 0o640 and path.read_text() == "two\n"


def test_only_the_temporaries_of_dead_writers_are_removed(tmp_path):
    path = tmp_path / "out.trig"
    dead = tmp_path / f".{path.name}.999999999.x1.tmp"
    living = tmp_path / f".{path.name}.{os.getppid()}.x2.tmp"
    other = tmp_path / ".other.trig.999999999.x3.tmp"
    for stale in (dead, living, other):
        stale.write_bytes(b"")
    dead_scratch = tmp_path / f".{path.name}.999999999.x4.spool"
    (dead_scratch / "inner").mkdir(parents=True)
    assert sorted(remove_stale_temporaries(path)) == sorted([dead, dead_scratch])
    assert living.exists() and other.exists() and not dead_scratch.exists()


def test_a_scratch_folder_is_removed_after_use_and_does_not_clear_itself(tmp_path):
    path = tmp_path / "out.trig"
    with scratch_folder(path) as folder:
        (Path(folder) / "work").write_bytes(b"")
        write_atomic(path, "data\n")  # clears temporaries of dead writers only
        assert Path(folder).is_dir()
    assert not Path(folder).exists() and path.read_text() == "data\n"


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# a whole file written in one call, or a hand-made temporary-and-rename
WRITES = re.compile(r"\.write_(?:text|bytes)\(|\bos\.(?:replace|rename)\(|delete=False")


def test_every_output_goes_through_write_atomic():
    """Outputs go through kg.rdf.rdfio's write_atomic or atomic_writer, the one place that gets
    atomic writes right (mode, stale temporaries, one-line errors). Scratch files in a
    temporary folder are not outputs and are not matched.
    """
    offenders = []
    for module in sorted((ROOT / "kg").rglob("*.py")):
        if module.name == "rdfio.py":
            continue
        for number, line in enumerate(module.read_text(encoding="utf-8").splitlines(), start=1):
            if WRITES.search(line) and "# not an output" not in line:
                offenders.append(f"{module.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not offenders, ("write these with kg.rdf.rdfio.write_atomic(path, data) or "
                           "`with kg.rdf.rdfio.atomic_writer(path) as stream:`\n" + "\n".join(offenders))


def children(pid: int) -> list[int]:
    """The process ids whose parent is ``pid`` (Linux /proc)."""
    found = []
    for status in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = status.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(status.parent.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def build_with_two_workers(tmp_path) -> tuple[subprocess.Popen, list[int]]:
    """A build of many letters with two workers, once both workers have started."""
    letters = many_letters(tmp_path / "letters", copies=10)
    process = subprocess.Popen([str(KG), "build", str(letters), "-o", str(tmp_path / "out.trig"), "-q", "-w", "2"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    workers: list[int] = []
    while time.monotonic() < deadline and len(workers) < 2 and process.poll() is None:
        workers = children(process.pid)
        time.sleep(0.02)
    return process, workers


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc to find the workers")
def test_killing_the_parent_ends_its_workers_quietly(tmp_path):
    process, workers = build_with_two_workers(tmp_path)
    assert len(workers) >= 2, "the build started no worker processes"
    process.kill()
    _, errors = process.communicate(timeout=30)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(alive(pid) for pid in workers):
        time.sleep(0.05)
    assert not any(alive(pid) for pid in workers), "workers outlived their killed parent"
    assert "Traceback" not in errors and "BrokenPipeError" not in errors


def test_a_reader_that_goes_away_gives_no_broken_pipe_traceback(tmp_path):
    out = tmp_path / "out.trig"
    assert subprocess.run([str(KG), "build", str(SAMPLES), "-o", str(out), "-q"], timeout=120).returncode == 0
    process = subprocess.Popen([str(KG), "query", "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }", "-g", str(out),
                                "--format", "csv"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.read(100)
    process.stdout.close()  # like `| head -c 100`
    errors = process.stderr.read().decode()
    process.wait(timeout=60)
    assert "Traceback" not in errors and "BrokenPipeError" not in errors and "internal error" not in errors, errors
    assert process.returncode in (0, 141)  # 141 when the write itself found the pipe gone


def test_ctrl_c_under_load_ends_the_build_and_its_workers_within_seconds(tmp_path):
    process, workers = build_with_two_workers(tmp_path)
    process.send_signal(signal.SIGINT)
    _, errors = process.communicate(timeout=20)
    assert process.returncode == 130 and errors.strip() == "kg: interrupted", errors
    time.sleep(0.5)
    assert not any(alive(pid) for pid in workers)
