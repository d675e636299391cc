"""Held-out probe letters for references, second round (tests/data/probes/refs2): 10 letters written
before this round's fixes (01-10: OCW, VWS, I&W, LNV, KGG, Financiën, Defensie, JenV and BZ on migration,
SZW) and 5 written after them (11-15: AZ, BZK, EZK, Asiel en Migratie, VRO), dense in citations of
Kamerstukken (budget chapters with a letter or numeral, dossiers with a numbered part, Eerste Kamer
papers), motions named again by their member, Handelingen and Aanhangsel, Kamervragen with their number,
earlier letters by date, reports of committee meetings, footnotes below the signature and EU documents.
Each letter's references are compared with its gold the way /work/shared/eval/score.py compares them (by
normalised identifier when both sides have one, else by word overlap of the text, one to one).

What kg still misses or finds beyond the gold is listed, letter by letter, in ``known.json`` beside the
letters, with why: the test fails when a listed item is found after all (take it off the list) as well as
when anything else is missed or found (a regression).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from probes import ProbeSet
from test_probes_refs import differences, found_references, same_reference

from conftest import DATA

PROBES = ProbeSet(DATA / "probes" / "refs2")
LETTERS = PROBES.letters


def test_the_probe_set_is_all_there() -> None:
    assert len(LETTERS) == 15
    assert all((PROBES.directory / "gold" / f"{path.stem}.json").exists() for path in LETTERS)


@pytest.mark.parametrize("path", LETTERS, ids=lambda p: p.stem)
def test_references_of_probe(path: Path) -> None:
    missed, extra = differences(PROBES.gold(path.stem)["references"], found_references(PROBES.extraction(path.stem)),
                                same_reference, "text")
    PROBES.assert_known(path.stem, "references", missed, extra)
