"""Stores and rebuilds, measured: what ``kg build --store`` saves and which query engine is faster.

    rebuild  wall-clock times of the real ``kg`` command (start-up included): a full build to a
             file, a first build into a store, a rebuild of the unchanged corpus, and rebuilds
             after one letter changed, one was added and one was removed (--prune)
    query    load time and the time of every named query on the same dataset with pyoxigraph in
             memory (kg query -g), pyoxigraph on disk (kg query --store) and rdflib's in-memory
             Dataset (default graph = union); a note flags a query whose row counts differ

    python benchmarks/store_speed.py rebuild                    # the five sample letters
    python benchmarks/store_speed.py rebuild --letters 50       # 50 letters from benchmarks/generate.py
    python benchmarks/store_speed.py query --letters 100

Times are medians of ``--repeat`` runs. Prints a Markdown table; nothing is written outside
``--work`` (a temporary folder by default).
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "examples" / "letters"
KG: list[str] = [str(Path(sys.executable).parent / "kg")]  # main() puts a snapshot of the code here


def snapshot(work: Path) -> list[str]:
    """The kg command on a copy of the code taken now, so edits to the tree during a run change nothing."""
    code = work / "code"
    shutil.rmtree(code, ignore_errors=True)
    for name in ("kg", "ontology", "shapes", "queries"):
        shutil.copytree(ROOT / name, code / name, ignore=shutil.ignore_patterns("__pycache__"))
    os.environ["PYTHONPATH"] = str(code) + os.pathsep + os.environ.get("PYTHONPATH", "")
    return [sys.executable, "-m", "kg.cli"]


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode not in (0, 1):  # 1: the graph does not conform, still built
        raise SystemExit(f"{' '.join(command)} failed ({result.returncode}): {result.stderr.strip()[:300]}")
    return elapsed


def median(command: list[str], repeat: int) -> float:
    return statistics.median(timed(command) for _ in range(repeat))


def corpus(work: Path, letters: int) -> Path:
    """The sample letters, or ``letters`` generated ones, copied into ``work``."""
    folder = work / "letters"
    if folder.exists():
        shutil.rmtree(folder)
    if letters <= 0:
        shutil.copytree(SAMPLES, folder)
    else:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from generate import generate
        generate(letters, folder)
    return folder


def rebuild(work: Path, letters: int, repeat: int) -> list[tuple[str, float]]:
    folder = corpus(work, letters)
    store = work / "store"
    shutil.rmtree(store, ignore_errors=True)
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    rows = [("full build to a file (kg build -o)", median([*KG, "build", str(folder), "-o",
                                                             str(work / "full.trig"), "-q"], repeat)),
            ("first build into a store", timed([*KG, "build", str(folder), "--store", str(store), "-q"]))]
    store_build = [*KG, "build", str(folder), "--store", str(store), "-q"]
    rows.append(("rebuild, nothing changed", median(store_build, repeat)))
    changed = files[len(files) // 2]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nDe Inspectie onderzoekt dit.\n", encoding="utf-8")
    rows.append(("rebuild, one letter changed", timed(store_build)))
    added = folder / ("added-" + files[0].name)
    shutil.copy(files[0], added)
    added.write_text(added.read_text(encoding="utf-8").replace("2", "3", 3), encoding="utf-8")
    rows.append(("rebuild, one letter added", timed(store_build)))
    added.unlink()
    rows.append(("rebuild --prune, one letter removed", timed(store_build + ["--prune"])))
    rows.append(("kg --version (start-up alone)", median([*KG, "--version"], repeat)))
    return rows


# ---------------------------------------------------------------- query speed


def dataset(work: Path, letters: int) -> Path:
    """A TriG file of the corpus (the samples, or ``letters`` generated letters)."""
    folder = corpus(work, letters)
    built = work / "built.trig"
    timed([*KG, "build", str(folder), "-o", str(built), "-q", "--no-validate"])
    return built


def best(function, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def query_speed(work: Path, letters: int, repeat: int) -> tuple[int, list[tuple[str, float, float, float, str]]]:
    import rdflib
    from pyoxigraph import Store

    from kg.query import query_text, run_query
    from kg.rdf.rdfio import load_store, read_quads
    from kg.domain.resources import query_names

    path = dataset(work, letters)
    size = len(read_quads(path))
    memory_load, memory = best(lambda: load_store(path), 1)
    disk_folder = work / "disk"
    shutil.rmtree(disk_folder, ignore_errors=True)
    disk_writer = Store(str(disk_folder))
    disk_writer.bulk_load(path=str(path), format=__import__("pyoxigraph").RdfFormat.TRIG)
    disk_writer.flush()
    del disk_writer
    disk_load, disk = best(lambda: Store.read_only(str(disk_folder)), 1)
    rdflib_load, graph = best(lambda: rdflib.Dataset(default_union=True).parse(str(path), format="trig"), 1)
    rows = [("load", memory_load, disk_load, rdflib_load, "")]
    extra = {"label lookup": 'SELECT ?o WHERE { ?o <http://www.w3.org/2004/02/skos/core#prefLabel> '
                             '"Immigratie- en Naturalisatiedienst" }',
             "count per class": "SELECT ?c (COUNT(?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c"}
    for name, sparql in [(n, query_text(n)) for n in query_names()] + list(extra.items()):
        t_memory, table = best(lambda: run_query(memory, sparql), repeat)
        t_disk, _ = best(lambda: run_query(disk, sparql), repeat)
        try:
            t_rdflib, result = best(lambda: list(graph.query(sparql)), repeat)
            note = "" if len(result) == len(table.rows) else f"rdflib {len(result)} rows, pyoxigraph {len(table.rows)}"
        except Exception as exc:  # rdflib may not evaluate every query
            t_rdflib, note = float("nan"), f"rdflib failed: {type(exc).__name__}"
        rows.append((name, t_memory, t_disk, t_rdflib, note))
    return size, rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("part", choices=("rebuild", "query", "all"))
    parser.add_argument("--letters", type=int, default=0, help="generated letters (0: the five samples)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--work", type=Path, help="working folder (default: a temporary one)")
    options = parser.parse_args(argv)
    work = options.work or Path(tempfile.mkdtemp(prefix="kg-store-speed-"))
    work.mkdir(parents=True, exist_ok=True)
    global KG
    KG = snapshot(work)
    if options.part in ("rebuild", "all"):
        rows = rebuild(work, options.letters, options.repeat)
        full = rows[0][1]
        print(f"\nRebuilds ({options.letters or 5} letters; wall clock of the kg command, start-up included)\n")
        print("| step | seconds | of a full build |\n|---|---:|---:|")
        for label, seconds in rows:
            print(f"| {label} | {seconds:.2f} | {seconds / full:.0%} |")
    if options.part in ("query", "all"):
        size, rows = query_speed(work, options.letters, options.repeat)
        print(f"\nQueries on {size} quads (seconds; median of {options.repeat})\n")
        print("| query | pyoxigraph memory | pyoxigraph disk | rdflib memory | rdflib / pyoxigraph | note |")
        print("|---|---:|---:|---:|---:|---|")
        for name, memory, disk, rdf, note in rows:
            ratio = rdf / memory if memory > 0 else float("nan")
            print(f"| {name} | {memory:.4f} | {disk:.4f} | {rdf:.4f} | {ratio:.0f}x | {note} |")
    if options.work is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
