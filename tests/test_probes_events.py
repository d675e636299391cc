"""Held-out probe letters for events, two rounds.

First round (tests/data/probes/events): 10 letters written before that round's fixes (01-10: I&W, BZ, VWS,
LNV, Financiën, OCW, Defensie, SZW and two of migration) and 4 written after them (11-14: BZK, EZK, JenV,
migration), dense in debates, Council meetings, summits and consultations.

Second round (tests/data/probes/events2): 12 letters written before that round's fixes (01-12: OCW, VWS,
I&W, LNV, KGG, Financiën, Defensie, SZW, BZ, BZK, AZ and JenV, three of them on migration) and 5 written
after them (13-17: EZK, Koninkrijksrelaties, SZW, I&W and migration), 2006-2025, dense in debates, Council
meetings, summits, visits, sessions and consultations.

Each letter's events are compared with its gold the way /work/shared/eval/score.py compares them (by
date, else by word overlap of the label, one to one, the closest pairs first). What kg still misses or
finds beyond the gold is listed, letter by letter, in each set's ``known.json`` beside the letters, with
why: the test fails when a listed item is found after all (take it off the list) as well as when anything
else is missed or found (a regression).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from probes import assert_complete, case_ids, rounds
from test_probes_refs import differences, found_events, same_event

from conftest import DATA

SIZES = {"events": 14, "events2": 17}  # letters in each round's set
SETS, CASES = rounds(DATA / "probes", SIZES)


@pytest.mark.parametrize("name", SIZES)
def test_the_probe_set_is_all_there(name: str) -> None:
    assert_complete(SETS[name], SIZES[name])


@pytest.mark.parametrize("name, path", CASES, ids=case_ids(CASES))
def test_events_of_probe(name: str, path: Path) -> None:
    probes = SETS[name]
    missed, extra = differences(probes.gold(path.stem)["events"], found_events(probes.extraction(path.stem)),
                                same_event, "label")
    probes.assert_known(path.stem, "events", missed, extra)
