"""A fingerprint of what kg builds, to show a speed-up changed nothing else.

    python benchmarks/fingerprint.py --write /tmp/kg-ref        # before a change
    python benchmarks/fingerprint.py --compare /tmp/kg-ref      # after it: exit 1 on any difference

Builds the sample letters, the extra real letters (examples/extra) and the
first --generated letters of ``benchmarks/generate.py`` (seed 0) into one N-Quads file with
validation on, and keeps the sorted quads (the build activity's timestamped quads left out)
and the validation report's messages. ``--compare`` prints the first differing lines.

    python benchmarks/fingerprint.py --compare /tmp/kg-ref --union   # the same triples, in any graph

``--union`` compares the union of all graphs: each triple once, whatever graph it sits in (for a
change that moves triples between graphs and nothing else). ``--corpus`` does the same for a
folder of letters and an N-Quads file that ``kg build`` wrote of it before:

    python benchmarks/fingerprint.py --corpus ../shared/corpus/dev /work/ref/dev.nq
"""
from __future__ import annotations

import argparse
import difflib
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate  # noqa: E402

from kg.rdf.vocab import DEFAULT_BASE  # noqa: E402

BUILD_ACTIVITY = "build/"  # under the base: the prov:Activity of a build, whose IRI and times change every run


def letter_folders(generated: int, work: Path) -> list[Path]:
    folders = [ROOT / "examples" / "letters"]
    extra = ROOT / "examples" / "extra"
    if extra.is_dir():
        folders.append(extra)
    if generated:
        folder = work / f"fingerprint-letters-{generated}"
        if not (folder / ".complete").exists():
            generate(generated, folder, seed=0)
            (folder / ".complete").write_text("ok\n")
        folders.append(folder)
    return folders


def fingerprint(generated: int, work: Path, workers: int) -> tuple[list[str], list[str]]:
    """The sorted N-Quads lines (build activity left out) and the sorted validation messages."""
    from kg.engine import build_file

    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "all.nq"
        result = build_file(letter_folders(generated, work), out, workers=workers)
        lines = sorted(line for line in out.read_text(encoding="utf-8").splitlines()
                       if line and not line.startswith(f"<{DEFAULT_BASE}{BUILD_ACTIVITY}"))
    problems = result.report.problems if result.report else {}
    report = sorted(f"{letter} {p.line()}" for letter, found in problems.items() for p in found)
    report.append(f"conforms: {result.report.conforms if result.report else None}")
    refused = sorted(f"refused {r.path.name}: {r.reason}" for r in result.refused)
    return lines, report + refused


def union(lines: list[str]) -> list[str]:
    """N-Quads lines as the sorted distinct N-Triples lines of the union of their graphs."""
    return sorted({without_graph(line) for line in lines})


def without_graph(line: str) -> str:
    """'<s> <p> "o" <g> .' -> '<s> <p> "o" .' (kg writes every triple in a named graph)."""
    body = line.rstrip()[:-1].rstrip()  # less the final '.'
    return body.rpartition(" ")[0] + " ."


def compare_corpus(letters: Path, reference: Path, workers: int) -> int:
    """Build ``letters`` and compare the union of its graphs (build activity left out) with ``reference``."""
    from kg.engine import build_file

    def kept(text: str) -> list[str]:
        return [line for line in text.splitlines() if line and not line.startswith(f"<{DEFAULT_BASE}{BUILD_ACTIVITY}")]

    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "all.nq"
        build_file([letters], out, workers=workers)
        now = union(kept(out.read_text(encoding="utf-8")))
    before = union(kept(reference.read_text(encoding="utf-8")))
    if now == before:
        print(f"union: same ({len(now):,} triples) for {letters}")
        return 0
    diff = list(difflib.unified_diff(before, now, str(reference), "now", lineterm="", n=0))
    print(f"union: differs for {letters} ({len(before):,} triples before, {len(now):,} now):")
    print("\n".join(diff[:40]))
    return 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--write", type=Path, help="folder to write the reference fingerprint into")
    action.add_argument("--compare", type=Path, help="folder of a reference fingerprint to compare with")
    action.add_argument("--corpus", type=Path, nargs=2, metavar=("LETTERS", "REFERENCE"),
                        help="build LETTERS and compare the union of its graphs with REFERENCE (.nq)")
    parser.add_argument("--generated", type=int, default=50, help="generated letters to add (default 50)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--union", action="store_true", help="compare the union of the graphs (ignore graph names)")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "kg-bench")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    if args.corpus:
        return compare_corpus(*args.corpus, workers=args.workers)
    quads, report = fingerprint(args.generated, args.work, args.workers)
    if args.write:
        args.write.mkdir(parents=True, exist_ok=True)
        (args.write / "quads.nq").write_text("\n".join(quads) + "\n", encoding="utf-8")
        (args.write / "report.txt").write_text("\n".join(report) + "\n", encoding="utf-8")
        print(f"fingerprint: {len(quads):,} quads, {len(report)} report lines -> {args.write}")
        return 0
    same = True
    for name, lines in (("quads.nq", quads), ("report.txt", report)):
        reference = (args.compare / name).read_text(encoding="utf-8").splitlines()
        reference = [line for line in reference if line]
        if args.union and name == "quads.nq":
            reference, lines = union(reference), union(lines)
        if reference != lines:
            same = False
            diff = list(difflib.unified_diff(reference, lines, "reference/" + name, "now/" + name, lineterm="", n=0))
            print(f"fingerprint: {name} differs ({len(reference):,} lines before, {len(lines):,} now):")
            print("\n".join(diff[:40]))
    if same:
        what = f"{len(union(quads)):,} triples in the union of the graphs" if args.union else f"{len(quads):,} quads"
        print(f"fingerprint: same ({what}, {len(report)} report lines)")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
