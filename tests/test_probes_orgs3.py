"""Held-out probe letters for organisations, third round (tests/data/probes/orgs3): 12 letters written
before this round's fixes (01-12: OCW, VWS, I&W, LNV, KGG, Financiën, Defensie, SZW, BZ, BZK, AZ, JenV;
three of them on migration: SZW's labour migrants, BZK's housing of status holders, JenV's return policy)
and 5 written after them (13-17: Asiel en Migratie, OCW on culture, LVVN, the police, EZK on Groningen),
2005-2025, dense in agencies, water boards, municipalities and provinces, companies, unions, branch
bodies, foreign ministries and EU and UN bodies. Each letter's organisations are compared with its gold
the way /work/shared/eval/score.py compares them (any shared normalised name, acronym or alias, one to one).

What kg still misses or finds beyond the gold is listed, letter by letter, in ``known.json`` beside the
letters, with why: the test fails when a listed item is found after all (take it off the list) as well as
when anything else is missed or found (a regression).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from probes import ProbeSet, organisation_differences

from conftest import DATA

PROBES = ProbeSet(DATA / "probes" / "orgs3")
LETTERS = PROBES.letters


def test_the_probe_set_is_all_there() -> None:
    assert len(LETTERS) == 17
    assert all((PROBES.directory / "gold" / f"{path.stem}.json").exists() for path in LETTERS)


@pytest.mark.parametrize("path", LETTERS, ids=lambda p: p.stem)
def test_organisations_of_probe(path: Path) -> None:
    PROBES.assert_known(path.stem, "organisations", *organisation_differences(PROBES, path.stem))
