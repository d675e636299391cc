"""Held-out probe letters for organisations, second round (tests/data/probes/orgs2): 12 letters written
before this round's fixes (01-12: EZK, I&W, VWS, Defensie, Financiën, OCW, LNV, BZ, SZW, BZK and two of
migration) and 5 written after them (13-17), dense in companies, foundations, EU and international bodies.
Each letter's organisations are compared with its gold the way /work/shared/eval/score.py compares them
(any shared normalised name, acronym or alias, one to one).

What kg still misses or finds beyond the gold is listed, letter by letter, in ``known.json`` beside the
letters, with why: the test fails when a listed item is found after all (take it off the list) as well as
when anything else is missed or found (a regression).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from probes import ProbeSet, organisation_differences

from conftest import DATA

PROBES = ProbeSet(DATA / "probes" / "orgs2")
LETTERS = PROBES.letters


def test_the_probe_set_is_all_there() -> None:
    assert len(LETTERS) == 17
    assert all((PROBES.directory / "gold" / f"{path.stem}.json").exists() for path in LETTERS)


@pytest.mark.parametrize("path", LETTERS, ids=lambda p: p.stem)
def test_organisations_of_probe(path: Path) -> None:
    PROBES.assert_known(path.stem, "organisations", *organisation_differences(PROBES, path.stem))
