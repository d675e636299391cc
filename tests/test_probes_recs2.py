"""Held-out probe letters for recommendations and responses, second round (tests/data/probes/recs2): 12 letters
written before this round's fixes (01-12: OCW, VWS, I&W, LNV, KGG, Financiën, Defensie, SZW, BZ, BZK, JenV, AZ;
three on migration) and 5 written after them (13-17: EZK, JenV, VWS, OCW, BZ), then 3 more after the fixes those
needed (18-20: I&W, SZW, Defensie), answering Onderwijsraad, Gezondheidsraad, OVV, Rekenkamer, Rli, SER,
AIV, ACVZ, WRR, RVZ, RWI, Raad voor Cultuur, inspectorates, a commission and an evaluation, with numbered, lettered, bare imperative and running recommendations and every
kind of answer: by position ('De eerste twee adviezen'), for a group with an exception, restricted ('zij het
dat', 'onder de voorwaarde dat'), contrasted, put off ('betrekken bij', 'komt hierop terug').

Each letter's recommendations are compared with its gold the way /work/shared/eval/score.py compares them (a
Dice of at least 0.5 over words without stop words, one to one, the closest first), and a matched
recommendation must have the gold's response. What kg still misses, finds beyond the gold or answers otherwise
is listed, letter by letter, in ``known.json`` beside the letters, with why: the test fails when a listed item
comes out right after all (take it off the list) as well as when anything else goes wrong.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from probes import ProbeSet
from test_probes_recs import differences, pairs, stance

from conftest import DATA
from kg.domain.model import RecommendationFact

PROBES = ProbeSet(DATA / "probes" / "recs2")
LETTERS = PROBES.letters


def recommendations(stem: str) -> list[RecommendationFact]:
    return list(PROBES.extraction(stem).of(RecommendationFact))


def test_the_probe_set_is_all_there() -> None:
    assert len(LETTERS) == 20
    assert {path.stem for path in LETTERS} == {path.stem for path in (PROBES.directory / "gold").glob("*.json")}
    listed = json.loads((PROBES.directory / "known.json").read_text(encoding="utf-8"))["letters"]
    assert set(listed) <= {path.stem for path in LETTERS}


@pytest.mark.parametrize("path", LETTERS, ids=lambda p: p.stem)
def test_recommendations_of_probe(path: Path) -> None:
    expected = [item["text"] for item in PROBES.gold(path.stem)["recommendations"]]
    missed, extra = differences(expected, [fact.text for fact in recommendations(path.stem)])
    PROBES.assert_known(path.stem, "recommendations", missed, extra)


@pytest.mark.parametrize("path", LETTERS, ids=lambda p: p.stem)
def test_responses_of_probe(path: Path) -> None:
    """Each matched recommendation has the gold's response; the listed ones have the response named instead."""
    gold = PROBES.gold(path.stem)["recommendations"]
    found = recommendations(path.stem)
    wrong = {gold[i]["text"]: stance(found[j]) for i, j in pairs([item["text"] for item in gold],
                                                                   [fact.text for fact in found])
             if stance(found[j]) != gold[i]["response"]}
    assert wrong == PROBES.known(path.stem).get("wrong_responses", {})


def test_a_response_has_its_evidence() -> None:
    """Every response read from a cue points at a sentence of the letter that holds the cue."""
    for path in LETTERS:
        text = path.read_text(encoding="utf-8")
        for fact in recommendations(path.stem):
            assert fact.response is not None
            if fact.response.found:
                assert fact.response.cue and fact.response.cue.lower() in fact.response.evidence.exact.lower()
                assert " ".join(fact.response.evidence.exact.split()) in " ".join(text.split())
            else:
                assert fact.response.stance == "noted"
