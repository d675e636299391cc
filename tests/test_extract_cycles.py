"""Reading a letter holds off the cycle collector (kg.extract.extract, kg.engine.read.read_document,
kg.engine.core._read_chunk), which is sound only while it makes no reference cycles: checked on real
letters, from the text file to what the engine keeps of it, and that the collector is on again after."""
from __future__ import annotations

import gc
from pathlib import Path

import pytest

from kg.engine.read import extract_path, for_the_build, summary_for_resolve
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


@pytest.mark.parametrize("letter", LETTERS[:4], ids=lambda path: path.stem)
def test_reading_a_text_letter_for_the_engine_makes_no_reference_cycles(letter: Path) -> None:
    def read() -> tuple:
        extraction = extract_path(letter)
        return summary_for_resolve(extraction), for_the_build(extraction)  # type: ignore[arg-type]

    read()
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        summary, kept = read()
        gc.collect()
        cycles = list(gc.garbage)
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert summary.facts and kept.facts
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


def test_a_build_in_this_process_leaves_nothing_frozen_and_the_collector_on(tmp_path) -> None:
    from kg.engine.sinks import build_file

    frozen = gc.get_freeze_count()
    result = build_file(LETTERS[:2], tmp_path / "out.trig", workers=1)
    assert result.letters == 2 and gc.isenabled() and gc.get_freeze_count() == frozen
