"""Held-out probe letters for legal instruments, two rounds.

First round (tests/data/probes/legal): 10 letters written before this
round's legal fixes (01-10: VWS, BZK, I&W, Financiën, SZW, OCW, JenV, LNV and two of migration) and 4
written after them (11-14: Defensie, BZ, EZK and migration), dense in laws, decrees, treaties and EU acts.

Second round (tests/data/probes/legal2): 10 letters written
before this round's legal fixes (01-10: OCW, VWS, I&W, LNV, KGG, Financiën, Defensie, SZW and two of migration,
JenV and BZK) and 5 written after them (11-15: BZ, AZ, JenV, EZK and Asiel en Migratie), dense in laws,
decrees, ministerial regulations, bills, EU acts, treaties and agreements, and with near misses the gold
leaves out (national accords such as the Klimaatakkoord, 'de regeling van werkzaamheden', programmes).

Each letter's instruments, read through the extractors (no command line), are compared with its gold the
way /work/shared/eval/score.py compares them (an instrument when one normalised name holds the other, one
to one, the closest pairs first).

What kg still misses or finds beyond the gold is listed, letter by letter, in each set's ``known.json``
beside the letters, with why: the test fails when a listed item is found after all (take it off the list)
as well as when anything else is missed or found (a regression).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from probes import ProbeSet, assert_complete, case_ids, rounds
from test_probes_refs import Item, differences, found_instruments, same_instrument

from conftest import DATA

SIZES = {"legal": 14, "legal2": 15}  # letters in each round's set
SETS, CASES = rounds(DATA / "probes", SIZES)


def instrument_differences(probes: ProbeSet, stem: str) -> tuple[list[str], list[str]]:
    """(gold instruments not found, instruments found that no gold item names), matched one to one."""
    expected: list[Item] = [{"name": name} for name in probes.gold(stem)["legal_instruments"]]
    return differences(expected, found_instruments(probes.extraction(stem)), same_instrument, "name")


@pytest.mark.parametrize("name", SIZES)
def test_the_probe_set_is_all_there(name: str) -> None:
    assert_complete(SETS[name], SIZES[name])


@pytest.mark.parametrize("name, path", CASES, ids=case_ids(CASES))
def test_legal_instruments_of_probe(name: str, path: Path) -> None:
    probes = SETS[name]
    missed, extra = instrument_differences(probes, path.stem)
    probes.assert_known(path.stem, "legal_instruments", missed, extra)
