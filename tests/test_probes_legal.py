"""Held-out probe letters for legal instruments (tests/data/probes/legal): 10 letters written before this
round's legal fixes (01-10: VWS, BZK, I&W, Financiën, SZW, OCW, JenV, LNV and two of migration) and 4
written after them (11-14: Defensie, BZ, EZK and migration), dense in laws, decrees, treaties and EU acts.
Each letter's instruments, read through the extractors (no command line), are compared with its gold the
way /work/shared/eval/score.py compares them (an instrument when one normalised name holds the other, one
to one, the closest pairs first).

What kg still misses or finds beyond the gold is listed, letter by letter, in ``known.json`` beside the
letters, with why: the test fails when a listed item is found after all (take it off the list) as well as
when anything else is missed or found (a regression).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from probes import ProbeSet
from test_probes_refs import Item, differences, found_instruments, same_instrument

from conftest import DATA

PROBES = ProbeSet(DATA / "probes" / "legal")
LETTERS = PROBES.letters


def instrument_differences(stem: str) -> tuple[list[str], list[str]]:
    """(gold instruments not found, instruments found that no gold item names), matched one to one."""
    expected: list[Item] = [{"name": name} for name in PROBES.gold(stem)["legal_instruments"]]
    return differences(expected, found_instruments(PROBES.extraction(stem)), same_instrument, "name")


def test_the_probe_set_is_all_there() -> None:
    assert len(LETTERS) == 14
    assert all((PROBES.directory / "gold" / f"{path.stem}.json").exists() for path in LETTERS)


@pytest.mark.parametrize("path", LETTERS, ids=lambda p: p.stem)
def test_legal_instruments_of_probe(path: Path) -> None:
    missed, extra = instrument_differences(path.stem)
    PROBES.assert_known(path.stem, "legal_instruments", missed, extra)
