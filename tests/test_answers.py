"""A letter graph depends only on its letter and its answers; it holds only its own nodes.

kg/resolve/answers.py names every key a letter names (``letter_keys``) and what the build's resolution
answers about them (``answers``); kg/rdf/build.py makes the letter graph from the extraction and
those answers, and puts what the letter states about shared nodes in the entities graph.
"""
from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace

import pytest

from conftest import EXTRA, ROOT, SAMPLES
from kg.resolve.answers import LetterAnswers, answers, letter_answers, letter_keys
from kg.rdf.build import build_entities, entity_triples, letter_id, letter_triples
from kg.read.ingest import read_letter
from kg.rdf.iris import Minter
from kg.engine import read_document, summary_for_resolve
from kg.resolve.entities import resolve
from kg.rdf.vocab import DEFAULT_BASE, SCHEMA

LETTER_GRAPH = DEFAULT_BASE + "graph/letter/"


@pytest.fixture(scope="module")
def extractions():
    return [read_document(read_letter(path)) for path in sorted(SAMPLES.glob("*.txt"))]


@pytest.fixture(scope="module")
def linked(tmp_path_factory):
    """Two hand-made letters: the later one cites the earlier and keeps its promise."""
    from test_commitment_links import EARLIER, write_letter

    from kg.engine import build
    folder = tmp_path_factory.mktemp("linked")
    write_letter(folder, "a.txt", "3 maart 2021", EARLIER)
    write_letter(folder, "b.txt", "6 juli 2021", "Hierbij informeer ik uw Kamer, zoals toegezegd in mijn brief van "
                 "3 maart 2021, over de evaluatie van de pilot met de regionale meldpunten.")
    return build([folder])


@pytest.fixture(scope="module")
def extra_build():
    """The samples and the extra letters: later letters among them keep and restate earlier promises."""
    from kg.engine import build
    return build([SAMPLES, EXTRA])


def test_answers_are_one_value_with_one_digest_in_every_process(extractions):
    resolution = resolve(extractions)
    given = [letter_answers(resolution, e) for e in extractions]
    assert given == [letter_answers(resolve(extractions), e) for e in extractions]
    assert all(a.persons and a.organisations for a in given)
    script = ("import sys; from pathlib import Path; sys.path.insert(0, 'tests')\n"
              "from kg.resolve.answers import letter_answers; from kg.read.ingest import read_letter\n"
              "from kg.engine import read_document; from kg.resolve.entities import resolve\n"
              "ex = [read_document(read_letter(p)) for p in sorted(Path('examples/letters').glob('*.txt'))]\n"
              "r = resolve(ex); print(' '.join(letter_answers(r, e).digest() for e in ex))")
    other = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": "123", "PATH": ""})
    assert other.stdout.split() == [a.digest() for a in given]


@pytest.mark.parametrize("which", ["extra", "linked"])
def test_answers_go_through_json_and_back(which, extra_build, linked):
    built = extra_build if which == "extra" else linked
    resolution = resolve(built.extractions)
    given = [letter_answers(resolution, e) for e in built.extractions]
    assert any(a.status for a in given)
    assert which == "extra" or any(a.links for a in given)  # the later letter keeps the earlier one's promise
    for one in given:
        back = LetterAnswers.from_json(json.loads(json.dumps(one.to_json())))
        assert back == one and back.digest() == one.digest()


def test_keys_answers_and_entity_triples_need_no_evidence(extractions):
    resolution = resolve(extractions)
    minter = Minter()
    for extraction in extractions:
        summary = summary_for_resolve(extraction)
        assert letter_keys(summary) == letter_keys(extraction)
        given = answers(resolution, letter_keys(extraction))
        assert entity_triples(summary, given, minter) == entity_triples(extraction, given, minter)


def test_a_letter_graph_changes_only_when_an_answer_about_its_keys_does(extractions):
    resolution = resolve(extractions)
    minter = Minter()
    extraction = next(e for e in extractions if letter_keys(e).persons)
    keys = letter_keys(extraction)
    before = letter_answers(resolution, extraction)
    graph = letter_triples(extraction, before, minter).triples
    # a person the letter does not name becomes someone else: nothing of this letter changes
    elsewhere = next(k for e in extractions for k in letter_keys(e).persons if k not in keys.persons)
    unrelated = replace(resolution, person_alias={**resolution.person_alias, elsewhere: "iemand-anders"})
    assert letter_answers(unrelated, extraction) == before
    # a person it names does: its answers and its graph change
    named = keys.persons[0]
    related = replace(resolution, person_alias={**resolution.person_alias, named: "iemand-anders"})
    after = letter_answers(related, extraction)
    assert after != before and after.digest() != before.digest()
    changed = letter_triples(extraction, after, minter).triples
    assert changed != graph and any("person/iemand-anders" in t for t in changed)


def own(subject: str, letter: str, sources: set[str]) -> bool:
    return subject == letter or subject.startswith((letter + "/", letter + "#")) or subject in sources


@pytest.mark.parametrize("which", ["samples", "extra", "linked"])
def test_a_letter_graph_holds_only_its_own_nodes(which, sample_build, extra_build, linked):
    built = {"samples": sample_build, "extra": extra_build, "linked": linked}[which]
    sources = {q.object.value for q in built.quads if q.predicate.value.endswith("wasDerivedFrom")}
    for graph in built.letters:
        letter = graph.letter.value
        foreign = {q.subject.value for q in graph.quads if not own(q.subject.value, letter, sources)}
        assert not foreign, (graph.letter_id, sorted(foreign)[:5])
    letter_nodes = {q.subject.value for q in built.entities if q.subject.value.startswith(DEFAULT_BASE + "letter/")}
    assert not letter_nodes  # the entities graph describes no node of a letter


@pytest.mark.parametrize("which", ["extra", "linked"])
def test_commitment_status_and_links_are_in_the_graph_of_the_letter_that_made_the_promise(which, extra_build, linked):
    built = extra_build if which == "extra" else linked
    status = [q for q in built.quads if q.predicate == SCHEMA.actionStatus]
    assert status
    for quad in status:
        letter_id_ = quad.graph_name.value.removeprefix(LETTER_GRAPH)
        assert quad.subject.value.startswith(f"{DEFAULT_BASE}letter/{letter_id_}/commitment/")
    links = [q for q in built.quads if q.object.value.endswith("#CommitmentLink")]
    assert links
    assert which == "extra" or any("/kept/" in q.subject.value for q in links)  # to the later letter
    for quad in links:
        assert quad.subject.value.startswith(quad.graph_name.value.replace("graph/letter/", "letter/") + "/")


def test_the_entities_graph_holds_each_triple_once_sorted(extractions):
    resolution = resolve(extractions)
    minter = Minter()
    contributions = [entity_triples(e, letter_answers(resolution, e), minter) for e in extractions]
    entities = build_entities(resolution, minter, contributions)
    assert len(set(entities)) == len(entities)
    assert len(entities) < len(build_entities(resolution, minter, [])) + sum(len(c) for c in contributions)
    from kg.rdf.rdfio import sort_key
    assert entities == sorted(entities, key=sort_key)
    assert {letter_id(e) for e in extractions} == {a.letter_id for a in
                                                   (letter_answers(resolution, e) for e in extractions)}



def test_the_answers_of_another_letter_are_refused(extractions):
    resolution = resolve(extractions)
    first, second = extractions[:2]
    with pytest.raises(ValueError, match="answers of letter"):
        letter_triples(first, letter_answers(resolution, second), Minter())
    with pytest.raises(ValueError, match="answers of letter"):
        entity_triples(first, letter_answers(resolution, second), Minter())
