"""Held-out probe letters for reports, recommendations and the government's response to each, two rounds.

First round (tests/data/probes/recs): letters of other ministries; 01-14 were written before that round's
rules were tuned to them, 15-20 after (the honest estimate of how the rules carry to a letter nobody tuned
them to). Its gold holds the reports too.

Second round (tests/data/probes/recs2): 12 letters written before that round's fixes (01-12: OCW, VWS, I&W,
LNV, KGG, Financiën, Defensie, SZW, BZ, BZK, JenV, AZ; three on migration) and 5 written after them (13-17:
EZK, JenV, VWS, OCW, BZ), then 3 more after the fixes those needed (18-20: I&W, SZW, Defensie), answering
Onderwijsraad, Gezondheidsraad, OVV, Rekenkamer, Rli, SER, AIV, ACVZ, WRR, RVZ, RWI, Raad voor Cultuur,
inspectorates, a commission and an evaluation, with numbered, lettered, bare imperative and running
recommendations and every kind of answer: by position ('De eerste twee adviezen'), for a group with an
exception, restricted ('zij het dat', 'onder de voorwaarde dat'), contrasted, put off ('betrekken bij',
'komt hierop terug').

Each letter's facts, read through the extractors (no command line), are compared with its gold the way
/work/shared/eval/score.py compares them (a report by the word overlap of its title, a recommendation by the
word overlap of its text: a Dice of at least 0.5 over words without stop words, one to one, the closest pairs
first; a matched recommendation must have the gold's response). What kg still misses, finds beyond the gold
or answers otherwise is listed, letter by letter, in each set's ``known.json`` beside the letters, with why:
the test fails when a listed item comes out right after all (take it off the list) as well as when anything
else goes wrong.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from probes import ProbeSet, assert_complete, case_ids, rounds, text_differences, text_pairs

from conftest import DATA
from kg.domain.model import RecommendationFact, ReportFact

SIZES = {"recs": 20, "recs2": 20}  # letters in each round's set
SETS, CASES = rounds(DATA / "probes", SIZES)


def recommendations(probes: ProbeSet, stem: str) -> list[RecommendationFact]:
    return list(probes.extraction(stem).of(RecommendationFact))


def stance(fact: RecommendationFact) -> str:
    return fact.response.stance if fact.response else "noted"


@pytest.mark.parametrize("name", SIZES)
def test_the_probe_set_is_all_there(name: str) -> None:
    assert_complete(SETS[name], SIZES[name])


@pytest.mark.parametrize("path", SETS["recs"].letters, ids=lambda p: p.stem)
def test_reports_of_probe(path: Path) -> None:
    probes = SETS["recs"]
    expected = [report["title"] for report in probes.gold(path.stem)["reports"]]
    missed, extra = text_differences(expected, [fact.title for fact in probes.extraction(path.stem).of(ReportFact)])
    probes.assert_known(path.stem, "reports", missed, extra)


@pytest.mark.parametrize("name, path", CASES, ids=case_ids(CASES))
def test_recommendations_of_probe(name: str, path: Path) -> None:
    probes = SETS[name]
    expected = [item["text"] for item in probes.gold(path.stem)["recommendations"]]
    missed, extra = text_differences(expected, [fact.text for fact in recommendations(probes, path.stem)])
    probes.assert_known(path.stem, "recommendations", missed, extra)


@pytest.mark.parametrize("name, path", CASES, ids=case_ids(CASES))
def test_responses_of_probe(name: str, path: Path) -> None:
    """Each matched recommendation has the gold's response; the listed ones have the response named instead."""
    probes = SETS[name]
    gold = probes.gold(path.stem)["recommendations"]
    found = recommendations(probes, path.stem)
    wrong = {gold[i]["text"]: stance(found[j]) for i, j in text_pairs([item["text"] for item in gold],
                                                                   [fact.text for fact in found])
             if stance(found[j]) != gold[i]["response"]}
    assert wrong == probes.known(path.stem).get("wrong_responses", {})


@pytest.mark.parametrize("name, path", CASES, ids=case_ids(CASES))
def test_a_response_has_its_evidence(name: str, path: Path) -> None:
    """Every response read from a cue points at a sentence of the letter that holds the cue; 'noted' without a
    cue has none."""
    text = " ".join(path.read_text(encoding="utf-8").split())
    for fact in recommendations(SETS[name], path.stem):
        assert fact.response is not None
        if fact.response.found:
            assert fact.response.cue and fact.response.cue.lower() in fact.response.evidence.exact.lower()
            assert " ".join(fact.response.evidence.exact.split()) in text
        else:
            assert fact.response.stance == "noted"
