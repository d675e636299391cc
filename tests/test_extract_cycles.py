"""Extraction holds off the cycle collector (kg.extract._no_cycle_collection), which is sound only
while it makes no reference cycles: checked on real letters, and that the collector is on again after."""
from __future__ import annotations

import gc
from pathlib import Path

import pytest

from kg.extract import extract
from kg.read.clean import clean
from kg.read.ingest import read_letter
from kg.read.structure import structure

ROOT = Path(__file__).resolve().parent.parent
LETTERS = sorted([*ROOT.joinpath("examples", "letters").glob("*.txt"),
                  *ROOT.joinpath("examples", "extra").glob("*.txt")])


@pytest.mark.parametrize("letter", LETTERS, ids=lambda path: path.stem)
def test_extraction_makes_no_reference_cycles(letter: Path) -> None:
    document = structure(clean(read_letter(letter)))
    extract(document)  # once first: what is made once per process (patterns, caches) is not garbage
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        extraction = extract(document)
        gc.collect()
        cycles = list(gc.garbage)
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert extraction.facts
    assert cycles == [], f"{len(cycles)} objects in cycles, e.g. {[type(o).__name__ for o in cycles[:5]]}"


def test_the_collector_is_on_again_after_extraction_and_stays_off_if_it_was() -> None:
    document = structure(clean(read_letter(LETTERS[0])))
    assert gc.isenabled()
    extract(document)
    assert gc.isenabled()
    gc.disable()
    try:
        extract(document)
        assert not gc.isenabled()
    finally:
        gc.enable()
