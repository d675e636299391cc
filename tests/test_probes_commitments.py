"""Held-out probe letters for commitments (tests/data/probes/commitments): 10 letters written before this
round's fixes (01-10: OCW, VWS, I&W, LNV, KGG, Financiën, Defensie, SZW, and two of migration, JenV and BZ,
2006-2024, rich in promises and in near misses: plans of others, conditions, past actions, what the letter itself
does) and 5 written after them (11-15: AZ, BZK, EZK, VRO, Asiel en Migratie), each with the gold of a careful
reader. Each letter's commitments are compared with its gold the way /work/shared/eval/score.py compares them (a
word overlap of at least 0.5, one to one, best first).

What kg still misses or finds beyond the gold is listed, letter by letter, in ``known.json`` beside the
letters, with why: the test fails when a listed item is found after all (take it off the list) as well as
when anything else is missed or found (a regression).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from probes import ProbeSet, text_differences

from conftest import DATA
from kg.domain.model import CommitmentFact

PROBES = ProbeSet(DATA / "probes" / "commitments")
LETTERS = PROBES.letters


def commitment_differences(stem: str) -> tuple[list[str], list[str]]:
    """(gold commitments not found, commitments found that no gold item matches), matched one to one,
    the closest pairs first."""
    expected = [item["text"] for item in PROBES.gold(stem)["commitments"]]
    found = [fact.text for fact in PROBES.extraction(stem).of(CommitmentFact)]
    return text_differences(expected, found)


def test_the_probe_set_is_all_there() -> None:
    assert len(LETTERS) == 15
    assert all((PROBES.directory / "gold" / f"{path.stem}.json").exists() for path in LETTERS)


@pytest.mark.parametrize("path", LETTERS, ids=lambda p: p.stem)
def test_commitments_of_probe(path: Path) -> None:
    PROBES.assert_known(path.stem, "commitments", *commitment_differences(path.stem))


def test_a_promise_of_a_public_body_is_read_but_not_the_plan_of_another() -> None:
    """'Het Centrum voor Werk en Inkomen en het UWV zullen ... inrichten' is a promise; 'De Afdeling
    bestuursrechtspraak van de Raad van State zal naar verwachting ...' and 'De Europese Commissie zal naar
    verwachting ...' are not."""
    szw = [fact.text for fact in PROBES.extraction("08_szw").of(CommitmentFact)]
    assert any(text.startswith("Het Centrum voor Werk en Inkomen en het UWV zullen") for text in szw)
    others = [fact.text for stem in ("09_jenv", "10_bz", "15_am")
              for fact in PROBES.extraction(stem).of(CommitmentFact)]
    assert not any("naar verwachting" in text for text in others)
