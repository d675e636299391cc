"""Incremental builds into a store: after every step the store equals a full build of the same files."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from pyoxigraph import NamedNode

from kg import incremental
from kg.cli import main
from kg.incremental import build_into_store
from kg.iris import Minter
from kg.pipeline import build
from kg.store import KgStore, Manifest
from kg.vocab import DEFAULT_BASE

from conftest import SAMPLES

BUILD_GRAPH = Minter(DEFAULT_BASE).build_graph()


def without_build_graph(quads) -> set:
    return {q for q in quads if q.graph_name != BUILD_GRAPH}


def store_quads(folder: Path) -> set:
    with KgStore(folder, read_only=True) as kg_store:
        return without_build_graph(kg_store.quads())


def full_build_quads(*paths: Path) -> set:
    return without_build_graph(build(list(paths), check=False).quads)


@pytest.fixture()
def letters(tmp_path) -> Path:
    folder = tmp_path / "letters"
    shutil.copytree(SAMPLES, folder)
    return folder


def into(folder: Path, store: Path, **options):
    return build_into_store([folder], store, base=DEFAULT_BASE, **options)


def test_first_build_equals_a_full_build_and_a_rebuild_reads_nothing(letters, tmp_path):
    store = tmp_path / "store"
    first = into(letters, store)
    assert (first.letters, first.extracted, first.reused) == (5, 5, 0)
    assert first.conforms is True
    assert store_quads(store) == full_build_quads(letters)
    again = into(letters, store)
    assert again.unchanged and again.extracted == 0 and not again.written
    assert again.conforms is True
    assert store_quads(store) == full_build_quads(letters)


def test_a_changed_letter_is_read_again_and_its_graph_replaced(letters, tmp_path):
    store = tmp_path / "store"
    into(letters, store)
    changed = sorted(letters.glob("*.txt"))[2]
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text.replace("\n\n", "\n\nDe Inspectie Justitie en Veiligheid onderzoekt dit.\n\n", 1),
                       encoding="utf-8")
    result = into(letters, store)
    assert (result.extracted, result.reused) == (1, 4)
    assert 1 <= len(result.written) <= 2 + 4  # its own graph, the entities, and letters whose resolution moved
    assert store_quads(store) == full_build_quads(letters)


def test_prune_removes_the_graphs_of_letters_whose_files_are_gone(letters, tmp_path):
    store = tmp_path / "store"
    into(letters, store)
    gone = sorted(letters.glob("*.txt"))[0]
    gone.unlink()
    kept = into(letters, store)  # without --prune the letter stays
    assert kept.letters == 5 and not kept.removed
    pruned = into(letters, store, prune=True)
    assert pruned.letters == 4 and len(pruned.removed) == 1 and pruned.extracted == 0
    assert store_quads(store) == full_build_quads(letters)
    with KgStore(store, read_only=True) as kg_store:
        assert NamedNode(pruned.removed[0]) not in kg_store.graphs()


def test_letters_added_one_at_a_time_give_the_entities_of_a_full_build(letters, tmp_path):
    store = tmp_path / "store"
    files = sorted(letters.glob("*.txt"))
    for path in files:
        result = build_into_store([path], store, base=DEFAULT_BASE, check=False)
        assert result.extracted == 1
    assert result.letters == len(files)
    assert store_quads(store) == full_build_quads(letters)


def test_a_moved_letter_is_not_read_again(letters, tmp_path):
    store = tmp_path / "store"
    into(letters, store)
    original = sorted(letters.glob("*.txt"))[1]
    original.rename(letters / ("renamed-" + original.name))
    result = into(letters, store, prune=True)
    assert result.extracted == 0 and result.letters == 5
    assert store_quads(store) == full_build_quads(letters)  # the file name in the graph follows the move


def test_new_code_reads_every_letter_again(letters, tmp_path, monkeypatch):
    store = tmp_path / "store"
    into(letters, store)
    monkeypatch.setattr(incremental, "code_fingerprint", lambda: "another version of kg")
    result = into(letters, store)
    assert result.extracted == 5 and result.reused == 0
    assert store_quads(store) == full_build_quads(letters)


def test_an_interrupted_build_is_reconciled(letters, tmp_path):
    store = tmp_path / "store"
    into(letters, store)
    stray = NamedNode("https://example.org/graph/stray")
    with KgStore(store) as kg_store:
        kg_store.store.update(f"INSERT DATA {{ GRAPH {stray} {{ <https://example.org/s> <https://example.org/p> 1 }} }}")
        manifest = kg_store.manifest
        kg_store.save_manifest(Manifest(base=manifest.base, fingerprint=manifest.fingerprint,
                                        letters=manifest.letters, digests=manifest.digests, complete=False))
    result = into(letters, store)
    assert not result.unchanged and stray.value in result.removed
    assert store_quads(store) == full_build_quads(letters)


def test_the_bookkeeping_matches_the_sources_named_in_the_rdf(letters, tmp_path):
    store = tmp_path / "store"
    into(letters, store)
    with KgStore(store, read_only=True) as kg_store:
        from_rdf = kg_store.source_hashes()
        recorded = {r.graph: r.sha256 for r in kg_store.manifest.letters}
    assert from_rdf == recorded and len(recorded) == 5


def test_cli_build_store_then_query_it_like_a_file(letters, tmp_path):
    runner = CliRunner()
    store = tmp_path / "store"
    first = runner.invoke(main, ["build", str(letters), "--store", str(store)])
    assert first.exit_code == 0, first.output
    second = runner.invoke(main, ["build", str(letters), "--store", str(store)])
    assert second.exit_code == 0 and "up to date" in second.output
    trig = tmp_path / "letters.trig"
    assert runner.invoke(main, ["build", str(letters), "-o", str(trig)]).exit_code == 0
    from_store = runner.invoke(main, ["query", "letters", "--store", str(store), "-f", "csv"])
    from_file = runner.invoke(main, ["query", "letters", "-g", str(trig), "-f", "csv"])
    assert from_store.exit_code == 0 and from_store.output == from_file.output
    assert from_store.output.count("\n") >= 6  # a header and the five letters


def test_cli_refuses_prune_without_a_store_and_a_build_without_a_target(letters, tmp_path):
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(letters), "--prune", "-o", str(tmp_path / "x.trig")]).exit_code == 2
    result = runner.invoke(main, ["build", str(letters)])
    assert result.exit_code == 2 and "-o FILE, or --store DIR" in result.output
