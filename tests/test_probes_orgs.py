"""Held-out probe letters of other ministries (tests/data/probes/orgs): organisations, persons and the
letter head, read through the extractors (no command line) and compared with each letter's gold the way
/work/shared/eval/score.py compares them (an organisation by any shared normalised name, acronym or
alias; a person by family name; the head fields as the score compares them).

What kg still misses or finds beyond the gold is listed, letter by letter, in ``known.json`` beside the
letters, with why: the test fails when a listed item is found after all (take it off the list) as well as
when anything else is missed or found (a regression).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from probes import ProbeSet, norm, organisation_differences

from conftest import DATA
from kg.domain.model import PersonMention, SignatoryFact

PROBES = ProbeSet(DATA / "probes" / "orgs")
LETTERS = PROBES.letters


def surname(name: str | None) -> str:
    tokens = norm(name).split()
    return tokens[-1] if tokens else ""


@pytest.mark.parametrize("path", LETTERS, ids=lambda p: p.stem)
def test_organisations_of_probe(path: Path) -> None:
    PROBES.assert_known(path.stem, "organisations", *organisation_differences(PROBES, path.stem))


@pytest.mark.parametrize("path", LETTERS, ids=lambda p: p.stem)
def test_persons_of_probe(path: Path) -> None:
    result = PROBES.extraction(path.stem)
    found = {surname(p.name) for p in result.of(PersonMention)} | {surname(s.name) for s in result.of(SignatoryFact)}
    expected = {surname(p["name"]) for p in PROBES.gold(path.stem)["persons"]}
    listed = PROBES.known(path.stem)
    assert sorted(expected - found) == sorted(surname(n) for n in listed.get("missed_persons", []))
    assert sorted(found - expected) == sorted(surname(n) for n in listed.get("extra_persons", []))


@pytest.mark.parametrize("path", LETTERS, ids=lambda p: p.stem)
def test_letter_head_of_probe(path: Path) -> None:
    head = PROBES.extraction(path.stem).document.head
    letter = PROBES.gold(path.stem)["letter"]
    assert (head.date.isoformat() if head.date else None) == letter["date"]
    assert norm(head.kenmerk).replace(" ", "") == norm(letter["kenmerk"]).replace(" ", "")
    assert norm(head.uw_kenmerk).replace(" ", "") == norm(letter["uw_kenmerk"]).replace(" ", "")
    assert norm(head.subject) == norm(letter["subject"])
    assert head.kamerstuk == letter["kamerstuk"]
    signed = {surname(s.name) for s in PROBES.extraction(path.stem).document.signatories}
    assert signed == {surname(s["name"]) for s in letter["signatories"]}
