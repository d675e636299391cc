"""Held-out probe letters for legal instruments, second round (tests/data/probes/legal2): 10 letters written
before this round's legal fixes (01-10: OCW, VWS, I&W, LNV, KGG, Financiën, Defensie, SZW and two of migration,
JenV and BZK) and 5 written after them (11-15: BZ, AZ, JenV, EZK and Asiel en Migratie), dense in laws,
decrees, ministerial regulations, bills, EU acts, treaties and agreements, and with near misses the gold
leaves out (national accords such as the Klimaatakkoord, 'de regeling van werkzaamheden', programmes).
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

PROBES = ProbeSet(DATA / "probes" / "legal2")
LETTERS = PROBES.letters


def instrument_differences(stem: str) -> tuple[list[str], list[str]]:
    """(gold instruments not found, instruments found that no gold item names), matched one to one."""
    expected: list[Item] = [{"name": name} for name in PROBES.gold(stem)["legal_instruments"]]
    return differences(expected, found_instruments(PROBES.extraction(stem)), same_instrument, "name")


def test_the_probe_set_is_all_there() -> None:
    assert len(LETTERS) == 15
    assert all((PROBES.directory / "gold" / f"{path.stem}.json").exists() for path in LETTERS)


@pytest.mark.parametrize("path", LETTERS, ids=lambda p: p.stem)
def test_legal_instruments_of_probe(path: Path) -> None:
    missed, extra = instrument_differences(path.stem)
    PROBES.assert_known(path.stem, "legal_instruments", missed, extra)
