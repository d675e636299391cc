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
from probes import ProbeSet, norm
from test_probes_orgs import found_organisations, gold_names

from conftest import DATA

PROBES = ProbeSet(DATA / "probes" / "orgs2")
LETTERS = PROBES.letters


def organisation_differences(stem: str) -> tuple[list[str], list[str]]:
    """(gold organisations not found, organisations found that no gold item names), matched one to one."""
    found = found_organisations(PROBES.extraction(stem))
    expected = PROBES.gold(stem)["organisations"]
    pairs = sorted(((norm(item["name"]) not in group, g, i) for g, item in enumerate(expected)
                    for i, group in enumerate(found) if gold_names(item) & group))
    used: set[int] = set()
    paired: set[int] = set()
    for _, g, i in pairs:
        if g not in paired and i not in used:
            paired.add(g)
            used.add(i)
    missed = [item["name"] for g, item in enumerate(expected) if g not in paired]
    extra = [sorted(group)[0] for i, group in enumerate(found)
             if i not in used and not any(gold_names(item) & group for item in expected)]
    return missed, extra


def test_the_probe_set_is_all_there() -> None:
    assert len(LETTERS) == 17
    assert all((PROBES.directory / "gold" / f"{path.stem}.json").exists() for path in LETTERS)


@pytest.mark.parametrize("path", LETTERS, ids=lambda p: p.stem)
def test_organisations_of_probe(path: Path) -> None:
    missed, extra = organisation_differences(path.stem)
    listed = PROBES.known(path.stem)
    assert sorted(missed) == sorted(listed.get("missed_organisations", []))
    assert sorted(extra) == sorted(listed.get("extra_organisations", []))
