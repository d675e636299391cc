"""Held-out probe letters for organisations, second and third rounds.

Second round (tests/data/probes/orgs2): 12 letters written before that round's fixes (01-12: EZK, I&W, VWS,
Defensie, Financiën, OCW, LNV, BZ, SZW, BZK and two of migration) and 5 written after them (13-17), dense in
companies, foundations, EU and international bodies.

Third round (tests/data/probes/orgs3): 12 letters written before that round's fixes (01-12: OCW, VWS, I&W,
LNV, KGG, Financiën, Defensie, SZW, BZ, BZK, AZ, JenV; three of them on migration: SZW's labour migrants,
BZK's housing of status holders, JenV's return policy) and 5 written after them (13-17: Asiel en Migratie,
OCW on culture, LVVN, the police, EZK on Groningen), 2005-2025, dense in agencies, water boards,
municipalities and provinces, companies, unions, branch bodies, foreign ministries and EU and UN bodies.

Each letter's organisations are compared with its gold the way /work/shared/eval/score.py compares them
(any shared normalised name, acronym or alias, one to one). What kg still misses or finds beyond the gold
is listed, letter by letter, in each set's ``known.json`` beside the letters, with why: the test fails when
a listed item is found after all (take it off the list) as well as when anything else is missed or found
(a regression).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from probes import assert_complete, case_ids, organisation_differences, rounds

from conftest import DATA

SIZES = {"orgs2": 17, "orgs3": 17}  # letters in each round's set
SETS, CASES = rounds(DATA / "probes", SIZES)


@pytest.mark.parametrize("name", SIZES)
def test_the_probe_set_is_all_there(name: str) -> None:
    assert_complete(SETS[name], SIZES[name])


@pytest.mark.parametrize("name, path", CASES, ids=case_ids(CASES))
def test_organisations_of_probe(name: str, path: Path) -> None:
    probes = SETS[name]
    probes.assert_known(path.stem, "organisations", *organisation_differences(probes, path.stem))
