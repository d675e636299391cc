"""Incremental builds into a store: after every step the store equals a full build of the same files.

(tests/test_engine.py checks the same over random sequences of edits.)"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from pyoxigraph import NamedNode

from kg.cli import main
from kg.engine import build, build_into_store, storesink
from kg.engine import code_fingerprint as real_code_fingerprint
from kg.rdf.iris import Minter
from kg.engine.store import CACHE_DIR, KgStore, Manifest
from kg.rdf.vocab import DEFAULT_BASE

from conftest import SAMPLES

BUILD_GRAPH = Minter(DEFAULT_BASE).build_graph()


def without_build_graph(quads) -> set:
    return {q for q in quads if q.graph_name != BUILD_GRAPH}


def store_quads(folder: Path) -> set:
    with KgStore(folder, read_only=True) as kg_store:
        return without_build_graph(kg_store.quads())


CODE = "kg code under test"


@pytest.fixture(autouse=True)
def steady_code(monkeypatch):
    """One code fingerprint for the whole test: others editing kg/ meanwhile must not empty the cache."""
    monkeypatch.setattr(storesink, "code_fingerprint", lambda: CODE)


def test_the_code_fingerprint_follows_code_and_data_but_not_other_files(tmp_path):
    package = tmp_path / "kg"
    (package / "data").mkdir(parents=True)
    (package / "extract.py").write_text("RULE = 1\n", encoding="utf-8")
    (package / "data" / "register.tsv").write_text("IND\tImmigratie- en Naturalisatiedienst\n", encoding="utf-8")
    real = real_code_fingerprint
    first = real(package)
    (package / "notes.txt").write_text("not code", encoding="utf-8")
    assert real(package) == first
    (package / "data" / "register.tsv").write_text("IND\tImmigratiedienst\n", encoding="utf-8")
    second = real(package)
    assert second != first
    (package / "extract.py").write_text("RULE = 2\n", encoding="utf-8")
    assert real(package) != second


_FULL_BUILDS: dict[frozenset, set] = {}


def full_build_quads(folder: Path) -> set:
    """What a full build of the letters in ``folder`` gives (the reference), once per set of files."""
    key = frozenset((p.name, p.read_bytes()) for p in folder.iterdir())
    if key not in _FULL_BUILDS:
        _FULL_BUILDS[key] = without_build_graph(build([folder], check=False).quads)
    return _FULL_BUILDS[key]


@pytest.fixture(scope="module")
def cold(tmp_path_factory):
    """The sample letters built once into a fresh store: (letters folder, store folder, first result)."""
    root = tmp_path_factory.mktemp("cold")
    shutil.copytree(SAMPLES, root / "letters")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(storesink, "code_fingerprint", lambda: CODE)
        result = build_into_store([root / "letters"], root / "store", base=DEFAULT_BASE)
    return root / "letters", root / "store", result


@pytest.fixture()
def letters(tmp_path) -> Path:
    folder = tmp_path / "letters"
    shutil.copytree(SAMPLES, folder)
    return folder


@pytest.fixture()
def store(tmp_path, cold) -> Path:
    """A new store folder that already holds the extractions of the sample letters (a warm cache)."""
    folder = tmp_path / "store"
    shutil.copytree(cold[1] / CACHE_DIR, folder / CACHE_DIR)
    return folder


def into(folder: Path, store: Path, **options):
    return build_into_store([folder], store, base=DEFAULT_BASE, **options)


def test_first_build_equals_a_full_build_and_a_rebuild_reads_nothing(cold):
    letters, store, first = cold
    assert (first.letters, first.extracted, first.reused) == (5, 5, 0)
    assert first.conforms is True
    assert store_quads(store) == full_build_quads(letters)
    again = into(letters, store)
    assert again.unchanged and again.extracted == 0 and not again.written
    assert again.conforms is True
    assert store_quads(store) == full_build_quads(letters)


def test_a_warm_cache_reads_no_letter(letters, store):
    result = into(letters, store, check=False)
    assert (result.extracted, result.reused, result.letters) == (0, 5, 5)
    assert store_quads(store) == full_build_quads(letters)


def test_a_changed_letter_is_read_again_and_its_graph_replaced(letters, store):
    into(letters, store, check=False)
    changed = sorted(letters.glob("*.txt"))[2]
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text.replace("\n\n", "\n\nDe Inspectie Justitie en Veiligheid onderzoekt dit.\n\n", 1),
                       encoding="utf-8")
    result = into(letters, store)
    assert (result.extracted, result.reused) == (1, 4)
    assert 1 <= len(result.written) <= 2 + 4  # its own graph, the entities, and letters whose resolution moved
    assert store_quads(store) == full_build_quads(letters)


def test_prune_removes_the_graphs_of_letters_whose_files_are_gone(letters, store):
    into(letters, store, check=False)
    gone = sorted(letters.glob("*.txt"))[0]
    gone.unlink()
    kept = into(letters, store, check=False)  # without --prune the letter stays
    assert kept.letters == 5 and not kept.removed
    pruned = into(letters, store, prune=True, check=False)
    assert pruned.letters == 4 and len(pruned.removed) == 1 and pruned.extracted == 0
    assert store_quads(store) == full_build_quads(letters)
    with KgStore(store, read_only=True) as kg_store:
        assert NamedNode(pruned.removed[0]) not in kg_store.graphs()


def test_letters_added_one_at_a_time_give_the_entities_of_a_full_build(letters, store):
    files = sorted(letters.glob("*.txt"))
    for count, path in enumerate(files, start=1):
        result = build_into_store([path], store, base=DEFAULT_BASE, check=False)
        assert result.letters == count and result.reused >= count - 1  # the ones already in are not read
    assert result.letters == len(files)
    assert store_quads(store) == full_build_quads(letters)


def test_a_moved_letter_is_not_read_again(letters, store):
    into(letters, store, check=False)
    original = sorted(letters.glob("*.txt"))[1]
    original.rename(letters / ("renamed-" + original.name))
    result = into(letters, store, prune=True, check=False)
    assert result.extracted == 0 and result.letters == 5
    assert store_quads(store) == full_build_quads(letters)  # the file name in the graph follows the move


def test_new_code_reads_every_letter_again(letters, store, monkeypatch):
    into(letters, store, check=False)
    monkeypatch.setattr(storesink, "code_fingerprint", lambda: "another version of kg")
    result = into(letters, store, check=False)
    assert result.extracted == 5 and result.reused == 0
    assert store_quads(store) == full_build_quads(letters)


def test_an_interrupted_build_is_reconciled(letters, store):
    into(letters, store, check=False)
    stray = NamedNode("https://example.org/graph/stray")
    with KgStore(store) as kg_store:
        kg_store.store.update(f"INSERT DATA {{ GRAPH {stray} {{ <https://example.org/s> <https://example.org/p> 1 }} }}")
        manifest = kg_store.manifest
        kg_store.save_manifest(Manifest(base=manifest.base, fingerprint=manifest.fingerprint,
                                        letters=manifest.letters, digests=manifest.digests, complete=False))
    result = into(letters, store, check=False)
    assert not result.unchanged and stray.value in result.removed
    assert store_quads(store) == full_build_quads(letters)


def test_the_bookkeeping_matches_the_sources_named_in_the_rdf(cold):
    _, store, _ = cold
    with KgStore(store, read_only=True) as kg_store:
        from_rdf = kg_store.source_hashes()
        recorded = {r.graph: r.sha256 for r in kg_store.manifest.letters}
    assert from_rdf == recorded and len(recorded) == 5


def test_cli_build_store_then_query_it_like_a_file(letters, store, sample_trig):
    runner = CliRunner()
    first = runner.invoke(main, ["build", str(letters), "--store", str(store), "--no-validate"])
    assert first.exit_code == 0, first.output
    second = runner.invoke(main, ["build", str(letters), "--store", str(store)])
    assert second.exit_code == 0 and "up to date" in second.output
    from_store = runner.invoke(main, ["query", "letters", "--store", str(store), "-f", "csv"])
    from_file = runner.invoke(main, ["query", "letters", "-g", str(sample_trig), "-f", "csv"])
    assert from_store.exit_code == 0 and from_store.output == from_file.output
    assert from_store.output.count("\n") >= 6  # a header and the five letters


def test_cli_refuses_prune_without_a_store_and_a_build_without_a_target(letters, tmp_path):
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(letters), "--prune", "-o", str(tmp_path / "x.trig")]).exit_code == 2
    result = runner.invoke(main, ["build", str(letters)])
    assert result.exit_code == 2 and "-o FILE, or --store DIR" in result.output


def test_a_new_base_rewrites_every_graph(letters, store):
    into(letters, store, check=False)
    other = "https://example.org/kg/"
    result = build_into_store([letters], store, base=other, check=False)
    assert result.letters == 5 and result.extracted == 0
    with KgStore(store, read_only=True) as kg_store:
        graphs = [g.value for g in kg_store.graphs()]
        quads = {q for q in kg_store.quads() if q.graph_name != Minter(other).build_graph()}
    assert graphs and all(g.startswith(other) for g in graphs)
    assert quads == {q for q in build([letters], base=other, check=False).quads
                     if q.graph_name != Minter(other).build_graph()}


def test_a_letter_that_became_unreadable_is_named_and_its_graph_dropped(letters, store):
    first = into(letters, store, check=False)
    spoiled = sorted(letters.glob("*.txt"))[3]
    spoiled.write_bytes(b"")
    result = into(letters, store, check=False)
    assert [r.path.name for r in result.refused] == [spoiled.name]
    assert "empty" in result.refused[0].reason
    assert result.letters == first.letters - 1 and len(result.removed) == 1
    assert store_quads(store) == full_build_quads(letters)
    outcome = CliRunner().invoke(main, ["build", str(letters), "--store", str(store), "--no-validate"])
    assert outcome.exit_code == 3 and spoiled.name in outcome.output


# ---------------------------------------------------------------- rebuilding only what a change reaches

def test_a_letter_is_rebuilt_when_its_answers_change_and_only_then(sample_build):
    """A letter graph is a function of (extraction, answers, base): the store keeps the answers'
    digest, and a change in the resolution that the letter's keys do not reach leaves it alone."""
    from dataclasses import replace as changed

    from kg.resolve.answers import answers, letter_keys
    from kg.resolve.entities import resolve

    extraction = sample_build.extractions[0]
    resolution = resolve(sample_build.extractions)
    keys = letter_keys(extraction)
    before = answers(resolution, keys)
    assert before == answers(resolve(list(reversed(sample_build.extractions))), keys)
    named = keys.organisations[0]
    moved = changed(resolution, organisation_alias={**resolution.organisation_alias, named: "elsewhere"})
    assert answers(moved, keys).digest() != before.digest()  # a key it names answers otherwise: rebuild
    unnamed = changed(resolution, organisation_alias={**resolution.organisation_alias, "never-named-key": "x"})
    assert answers(unnamed, keys).digest() == before.digest()  # a key it does not name: keep


def move_a_date(path: Path) -> None:
    """Change a letter the way an editor would: one date in its text moves by a day."""
    import re
    text = path.read_text(encoding="utf-8")
    moved, count = re.subn(r"\b([12]?\d) (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
                           r"november|december)\b", lambda m: f"{int(m[1]) % 28 + 1} {m[2]}", text, 1)
    assert count == 1
    path.write_text(moved, encoding="utf-8")


def test_a_changed_letter_is_the_only_graph_built_and_checked_again(letters, store, monkeypatch):
    from kg.validation import validate as validation
    from kg.engine import letters as domain

    first = into(letters, store)
    assert first.rebuilt == 5 and first.conforms is not None
    move_a_date(sorted(letters.glob("*.txt"))[1])
    checked: list[str] = []
    real_check = validation.check_letters
    monkeypatch.setattr(domain, "check_letters", lambda batch, index: checked.extend(
        lid for lid, _ in batch) or real_check(batch, index))
    result = into(letters, store, workers=1)
    assert (result.extracted, result.rebuilt) == (1, 1)
    assert len(checked) == 1  # the four others keep their checks
    assert store_quads(store) == full_build_quads(letters)
    with KgStore(store, read_only=True) as kg_store:
        whole = validation.validate(list(kg_store.quads()))
    assert (result.conforms, result.report) == (whole.conforms, whole.text())


def test_without_its_letter_states_a_store_rebuilds_every_graph_and_stays_right(letters, store):
    from kg.engine.store import STATE_NAME

    into(letters, store, check=False)
    (store / STATE_NAME).write_bytes(b"damaged")
    move_a_date(sorted(letters.glob("*.txt"))[0])
    result = into(letters, store, check=False)
    assert (result.extracted, result.rebuilt) == (1, 5)
    assert store_quads(store) == full_build_quads(letters)


def test_any_sequence_of_steps_ends_where_a_full_build_of_the_same_files_does(letters, store):
    """Remove, add back, change, rename: the letter graphs and the entities graph equal a full build."""
    files = sorted(letters.glob("*.txt"))
    aside = letters.parent / "aside"
    aside.mkdir()
    into(letters, store, check=False)
    files[4].rename(aside / files[4].name)
    files[2].rename(aside / files[2].name)
    step = into(letters, store, prune=True, check=False)
    assert step.letters == 3 and step.extracted == 0
    assert store_quads(store) == full_build_quads(letters)
    (aside / files[2].name).rename(files[2])
    move_a_date(files[0])
    step = into(letters, store, check=False)
    assert step.letters == 4 and step.extracted == 2  # the changed one, and the one whose pruning dropped its cache
    assert store_quads(store) == full_build_quads(letters)
    (aside / files[4].name).rename(letters / ("again-" + files[4].name))
    step = into(letters, store, check=False)
    assert step.letters == 5 and step.extracted == 1 and step.rebuilt >= 1
    assert store_quads(store) == full_build_quads(letters)
    step = into(letters, store, check=False)
    assert step.unchanged and step.rebuilt == 0
    assert store_quads(store) == full_build_quads(letters)
