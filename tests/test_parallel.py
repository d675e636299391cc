"""Parallel and streaming builds give the same dataset as the in-memory build, whatever the workers."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from pyoxigraph import RdfFormat, parse

from kg.engine import Refusal, build, build_file, extract_path, summary_for_resolve, workers
from kg.rdf.rdfio import write_quads
from kg.resolve.entities import resolve

from conftest import DATA, SAMPLES

BUILD_GRAPH = re.compile(rb"<[^>]*/graph/build> \{\n.*?\n\}\n", re.S)


def without_build_graph(data: bytes) -> bytes:
    """A TriG file without its build graph (the only part that holds the run's time)."""
    return BUILD_GRAPH.sub(b"", data)


@pytest.fixture()
def pooled(monkeypatch):
    """Use the worker pool even for a handful of letters, two letters per task."""
    monkeypatch.setattr(workers, "SERIAL_BELOW", 0)
    monkeypatch.setattr(workers, "MOST_PER_CHUNK", 2)


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> tuple[Path, str]:
    """The sample letters built in memory by one process, written as TriG, and its report."""
    result = build([SAMPLES])
    path = tmp_path_factory.mktemp("reference") / "letters.trig"
    write_quads(result.quads, path)
    return path, result.report.text()


def test_streamed_trig_is_the_in_memory_file(tmp_path, reference):
    out = build_file([SAMPLES], tmp_path / "letters.trig", workers=1)
    path, report = reference
    assert out.letters == 5 and not out.refused
    assert without_build_graph(out.output.read_bytes()) == without_build_graph(path.read_bytes())
    assert out.report.text() == report
    assert [p.name for p in tmp_path.iterdir()] == ["letters.trig"]  # no spool left behind


def test_same_bytes_with_one_and_two_workers(tmp_path, reference, pooled):
    one = build_file([SAMPLES], tmp_path / "one.trig", workers=1)
    two = build_file([SAMPLES], tmp_path / "two.trig", workers=2)
    assert without_build_graph(one.output.read_bytes()) == without_build_graph(two.output.read_bytes())
    assert one.quads == two.quads == len(list(parse(path=str(two.output), format=RdfFormat.TRIG)))
    assert one.report.text() == two.report.text() == reference[1]


def test_streamed_nquads_hold_the_same_quads(tmp_path, pooled):
    memory = build([SAMPLES], check=False)
    out = build_file([SAMPLES], tmp_path / "letters.nq", workers=2, check=False)
    streamed = set(parse(path=str(out.output), format=RdfFormat.N_QUADS))
    build_graph = memory.provenance[0].graph_name
    assert {q for q in streamed if q.graph_name != build_graph} == \
           {q for q in memory.quads if q.graph_name != build_graph}
    assert out.report is None and out.quads == len(streamed)


def test_in_memory_build_with_workers_gives_the_same_quads(pooled):
    one = build([SAMPLES], workers=1)
    two = build([SAMPLES], workers=2)
    assert [g.quads for g in one.letters] == [g.quads for g in two.letters]
    assert one.entities == two.entities
    assert one.extractions == two.extractions and len(one.extractions) == 5
    assert one.report.text() == two.report.text()


def test_the_trig_header_is_kgs_prefixes_and_the_file_parses_back_to_the_same_quads(tmp_path):
    from kg.rdf.rdfio import prefix_lines
    from kg.rdf.vocab import PREFIXES

    memory = build([SAMPLES], check=False)
    out = build_file([SAMPLES], tmp_path / "letters.trig", workers=1, check=False)
    data = out.output.read_bytes()
    lines = data.decode("utf-8").splitlines()
    assert lines[:len(PREFIXES)] == [f"@prefix {name}: <{iri}> ." for name, iri in PREFIXES.items()]
    assert data.startswith(prefix_lines()) and b"@prefix" not in data[len(prefix_lines()):]
    assert set(parse(data, format=RdfFormat.TRIG)) == set(memory.quads) - set(memory.provenance) | \
        {q for q in parse(data, format=RdfFormat.TRIG) if q.graph_name == memory.provenance[0].graph_name}
    graphs = [q.graph_name.value for q in parse(data, format=RdfFormat.TRIG)]
    assert graphs == sorted(graphs)  # the graphs in the order of their IRIs, each in one stretch


def test_a_bad_letter_is_refused_in_a_worker_and_the_others_build(tmp_path, pooled):
    folder = tmp_path / "letters"
    shutil.copytree(SAMPLES, folder)
    shutil.copy(DATA / "bad" / "empty.txt", folder / "empty.txt")
    out = build_file([folder], tmp_path / "out.trig", workers=2)
    assert [r.path.name for r in out.refused] == ["empty.txt"]
    assert out.letters == 5


def test_two_copies_of_a_letter_share_one_graph_with_a_warning(tmp_path):
    folder = tmp_path / "letters"
    folder.mkdir()
    first = next(SAMPLES.glob("002*"))
    shutil.copy(first, folder / "a.txt")
    shutil.copy(first, folder / "b.txt")
    out = build_file([folder], tmp_path / "out.trig", workers=1, check=False)
    memory = build([folder], check=False)
    assert out.letters == 1
    assert any("same letter as" in w for w in out.warnings)
    assert out.quads == len(set(memory.quads))


def test_resolve_gives_the_same_entities_from_the_summaries():
    extractions = [e for e in map(extract_path, sorted(SAMPLES.glob("*.txt"))) if not isinstance(e, Refusal)]
    summaries = [summary_for_resolve(e) for e in extractions]
    assert all(s.document.letter.text == "" and all(f.evidence.exact == "" for f in s.facts) for s in summaries)
    assert resolve(summaries) == resolve(extractions)


def test_an_empty_folder_writes_nothing(tmp_path):
    (tmp_path / "none").mkdir()
    out = build_file([tmp_path / "none"], tmp_path / "out.trig", workers=2)
    assert out.letters == 0 and not (tmp_path / "out.trig").exists()


def test_kg_build_workers_option(tmp_path, pooled):
    from click.testing import CliRunner

    from kg.cli import main

    outputs = []
    for count in ("1", "2"):
        out = tmp_path / f"w{count}.trig"
        result = CliRunner().invoke(main, ["build", str(SAMPLES), "-o", str(out), "--workers", count, "-q"])
        assert result.exit_code == 0, result.output
        outputs.append(without_build_graph(out.read_bytes()))
    assert outputs[0] == outputs[1]
    refused = CliRunner().invoke(main, ["build", str(SAMPLES), "-o", str(tmp_path / "x.trig"), "--workers", "0"])
    assert refused.exit_code == 2 and "--workers" in refused.output
