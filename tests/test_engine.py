"""The build engine: a store built incrementally over random edits equals a full build of the same files.

Hypothesis draws sequences of steps over real letters (examples/letters and examples/extra):
add a letter, change one (a date moved, a sentence naming an organisation added), rename one,
remove one. After each step the store is brought up to date (``kg build --store --prune``) and
must hold every quad a full build of the folder gives, except the build graph's timestamps, and
give the same validation report.
"""
from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import EXTRA, SAMPLES, sample
from kg.engine import build, build_file, build_into_store, storesink
from kg.engine.store import KgStore
from kg.rdf.iris import Minter
from kg.rdf.vocab import DEFAULT_BASE

HEAD = "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, {day}\n\nGeachte voorzitter,\n\n"
CLOSING = "\n\nDe Minister van Justitie en Veiligheid,\n\nA. de Tester\n"
PROMISE = HEAD.format(day="3 maart 2021") + (
    "Ik zal uw Kamer voor de zomer informeren over de evaluatie van de pilot met de regionale meldpunten voor "
    "woonoverlast.") + CLOSING
KEPT = HEAD.format(day="6 juli 2021") + (
    "Hierbij informeer ik uw Kamer, zoals toegezegd in mijn brief van 3 maart 2021, over de evaluatie van de "
    "pilot met de regionale meldpunten.") + CLOSING
# Real letters, and two hand-made ones of which the second keeps the first's promise: adding, changing or
# removing the second changes the first's answers (the status of its commitment), so its graph must follow.
SOURCES: list[tuple[str, str]] = [
    ("promise.txt", PROMISE), ("kept.txt", KEPT),
    *((p.name, p.read_text(encoding="utf-8")) for p in sorted(SAMPLES.glob("*.txt")) + sorted(EXTRA.glob("*.txt")))]
BUILD_GRAPH = Minter(DEFAULT_BASE).build_graph()
MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"


def move_a_date(text: str) -> str:
    """An editor's change: the first date in the text moves by a day."""
    return re.sub(rf"\b([12]?\d) ({MONTHS})\b", lambda m: f"{int(m[1]) % 28 + 1} {m[2]}", text, count=1)


def name_an_organisation(text: str) -> str:
    """An editor's change: a sentence naming an organisation after the first paragraph."""
    return text.replace("\n\n", "\n\nDe Inspectie Justitie en Veiligheid onderzoekt dit.\n\n", 1)


EDITS = (move_a_date, name_an_organisation)

source = st.one_of(st.sampled_from([0, 1]), st.integers(0, len(SOURCES) - 1))  # the linked pair often
step = st.one_of(
    st.tuples(st.just("add"), source),
    st.tuples(st.just("change"), st.integers(0, 99), st.integers(0, len(EDITS) - 1)),
    st.tuples(st.just("rename"), st.integers(0, 99)),
    st.tuples(st.just("remove"), st.integers(0, 99)),
)


def apply(step: tuple, folder: Path, serial: list[int]) -> None:
    """One step on the letters in ``folder``; a step on a letter picks one by index among those there."""
    present = sorted(folder.iterdir())
    kind = step[0]
    if kind == "add" or not present:
        name, text = SOURCES[step[1] if kind == "add" else 0]
        serial[0] += 1
        (folder / f"{serial[0]:03d}-{name}").write_text(text, encoding="utf-8")
        return
    path = present[step[1] % len(present)]
    if kind == "remove" and len(present) == 1:
        return  # an empty folder is no build: keep one letter
    if kind == "change":
        path.write_text(EDITS[step[2]](path.read_text(encoding="utf-8")), encoding="utf-8")
    elif kind == "rename":
        serial[0] += 1
        path.rename(folder / f"{serial[0]:03d}-{path.name.split('-', 1)[1]}")
    else:
        path.unlink()


_FULL: dict[frozenset, tuple[frozenset, str, bool]] = {}


def full_build(folder: Path) -> tuple[frozenset, str, bool]:
    """The quads (without the build graph), report and conformance of a full in-memory build of ``folder``."""
    key = frozenset((p.name, p.read_bytes()) for p in folder.iterdir())
    if key not in _FULL:
        result = build([folder])
        _FULL[key] = (frozenset(q for q in result.quads if q.graph_name != BUILD_GRAPH), result.report.text(),
                      result.report.conforms)
    return _FULL[key]


def store_state(store: Path) -> frozenset:
    with KgStore(store, read_only=True) as kg_store:
        return frozenset(q for q in kg_store.quads() if q.graph_name != BUILD_GRAPH)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(step, min_size=2, max_size=6))
@example(steps=[("add", 7), ("add", 7), ("change", 1, 0)])
def test_a_store_rebuilt_over_random_edits_equals_a_full_build(steps):
    with pytest.MonkeyPatch.context() as patch, tempfile.TemporaryDirectory() as root:
        patch.setattr(storesink, "code_fingerprint", lambda: "one kg for the whole test")
        folder, store = Path(root) / "letters", Path(root) / "store"
        folder.mkdir()
        serial = [0]
        apply(("add", 0), folder, serial)
        for current in [None, *steps]:
            if current is not None:
                apply(current, folder, serial)
            result = build_into_store([folder], store, base=DEFAULT_BASE, prune=True, workers=1)
            quads, report, conforms = full_build(folder)
            assert store_state(store) == quads, current
            # the same report as a full build's; it need not conform: two copies of one official letter, one of them
            # edited, give that letter two dates (the steps [add 7, add 7, change 1 0] found this)
            assert result.report == report and result.conforms is conforms, current
            assert not result.refused


def test_an_unchanged_store_is_not_touched_and_a_changed_letter_alone_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setattr(storesink, "code_fingerprint", lambda: "one kg")
    folder = tmp_path / "letters"
    shutil.copytree(EXTRA, folder)
    first = build_into_store([folder], tmp_path / "store", workers=1)
    assert first.rebuilt == 7 and first.extracted == 7 and first.conforms
    again = build_into_store([folder], tmp_path / "store", workers=1)
    assert again.unchanged and again.rebuilt == 0
    changed = sorted(folder.iterdir())[3]
    changed.write_text(move_a_date(changed.read_text(encoding="utf-8")), encoding="utf-8")
    third = build_into_store([folder], tmp_path / "store", workers=1)
    assert (third.extracted, third.reused) == (1, 6)
    assert third.rebuilt < 7  # the letters whose answers did not change keep their graphs


def test_memory_file_and_store_sinks_give_the_same_quads_and_report(tmp_path, monkeypatch):
    monkeypatch.setattr(storesink, "code_fingerprint", lambda: "one kg")
    memory = build([EXTRA])
    streamed = build_file([EXTRA], tmp_path / "extra.nq", workers=2)
    stored = build_into_store([EXTRA], tmp_path / "store", workers=2)
    from kg.rdf.rdfio import read_quads

    expected = {q for q in memory.quads if q.graph_name != BUILD_GRAPH}
    assert {q for q in read_quads(tmp_path / "extra.nq") if q.graph_name != BUILD_GRAPH} == expected
    assert store_state(tmp_path / "store") == expected
    assert memory.report.text() == streamed.report.text() == stored.report
    assert streamed.quads == len(memory.quads) and stored.letters == len(memory.letters) == 7


def _after_build_graph(data: bytes) -> bytes:
    """A written file from its entities graph on (the build graph before it holds the run's times)."""
    return data[data.index(b"/graph/entities>"):]


@pytest.mark.parametrize("suffix", [".trig", ".nq"])
def test_a_letter_graph_written_and_checked_in_slices_is_the_graph_written_whole(tmp_path, monkeypatch, suffix):
    """A big letter's graph goes a slice of subjects at a time (core.SLICE_TRIPLES): the same bytes, digest
    and report as in one piece. Here slices of 40 triples cut every sample letter into dozens."""
    from kg.engine import core

    whole = build_file([SAMPLES], tmp_path / f"whole{suffix}", workers=1)
    monkeypatch.setattr(core, "SLICE_TRIPLES", 40)
    sliced = build_file([SAMPLES], tmp_path / f"sliced{suffix}", workers=1)
    assert _after_build_graph((tmp_path / f"sliced{suffix}").read_bytes()) == \
        _after_build_graph((tmp_path / f"whole{suffix}").read_bytes())
    assert sliced.report.text() == whole.report.text() and sliced.quads == whole.quads


def test_a_sliced_letter_is_checked_as_the_whole_letter_when_its_nodes_lose_their_classes():
    """The checks of a letter's slices find what the check of the whole letter finds, also where a value's
    class is stated in another slice (``LetterClasses``): here the letter and its sentences lose their
    rdf:type, so every kb:inLetter and kb:inSentence of the other slices points at a node of no class."""
    from kg.engine import letters as domain
    from kg.engine.read import extract_path
    from kg.rdf.build import letter_triples, nquads, parse_nquads, sorted_unique, subject_slices
    from kg.resolve.entities import resolve

    extraction = extract_path(sample("001"))
    resolution = resolve([extraction])
    answers = domain.answers_of(resolution, extraction)
    minter = Minter(DEFAULT_BASE)
    built = letter_triples(extraction, answers, minter)
    untyped = [t for t in sorted_unique(built.triples)
               if not ("\x01<https://w3id.org/kamerbrieven/def#Letter>" in t
                       or "\x01<https://w3id.org/kamerbrieven/def#Sentence>" in t)]
    from kg.rdf.build import build_entities, entity_triples

    entities = domain.checker(build_entities(resolution, minter, [entity_triples(extraction, answers, minter)]), True)
    assert entities is not None
    whole = domain.check_graphs([(built.letter_id, parse_nquads(nquads(built.graph, untyped, built.letter)))],
                                entities)
    classes = domain.LetterClasses(untyped, built.letter, entities)
    slices = [problem for part in subject_slices(untyped, 40)
              for problem in domain.check_graphs(
                  [(built.letter_id, parse_nquads(nquads(built.graph, part, built.letter)))], entities, classes)]
    assert len(whole) > 20 and sorted(map(repr, slices)) == sorted(map(repr, whole))
