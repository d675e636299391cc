"""Held-out probe letters for reports, second round (tests/data/probes/reports2): 12 letters written before this
round's fixes (01-12: OCW, VWS, I&W, LNV, KGG, Financiën, Defensie, SZW, BZ, BZK, JenV, AZ; three on migration:
labour migration, ambtsberichten, minors in asylum reception) and 5 written after them (13-17: VRO, Asiel en
Migratie, BHO, Koninkrijksrelaties, media), rich in reports named in every way a letter names them: quoted and
unquoted titles, series with a year, capitalised compounds, titles in apposition, reports named by their author or
subject, reports sent as bijlage. Each letter's reports are compared with its gold the way
/work/shared/eval/score.py compares them (a Dice of at least 0.5 over the words of the titles, one to one, best
first).

What kg still misses or finds beyond the gold is listed, letter by letter, in ``known.json`` beside the letters,
with why: the test fails when a listed item is found after all (take it off the list) as well as when anything
else is missed or found (a regression).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from probes import ProbeSet, text_differences

from conftest import DATA
from kg.domain.model import ReportFact

PROBES = ProbeSet(DATA / "probes" / "reports2")
LETTERS = PROBES.letters


def report_differences(stem: str) -> tuple[list[str], list[str]]:
    """(gold report titles not found, titles found that no gold report matches), matched one to one as score.py
    matches reports: a Dice of at least 0.5 over the words of the titles, the closest pairs first."""
    gold = [item["title"] for item in PROBES.gold(stem)["reports"]]
    found = [fact.title for fact in PROBES.extraction(stem).facts if isinstance(fact, ReportFact)]
    return text_differences(gold, found)


def test_the_probe_set_is_all_there() -> None:
    assert len(LETTERS) == 17
    assert all((PROBES.directory / "gold" / f"{path.stem}.json").exists() for path in LETTERS)


@pytest.mark.parametrize("path", LETTERS, ids=lambda p: p.stem)
def test_reports_of_probe(path: Path) -> None:
    PROBES.assert_known(path.stem, "reports", *report_differences(path.stem))
