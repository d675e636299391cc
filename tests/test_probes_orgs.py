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
from probes import ProbeSet, norm

from conftest import DATA
from kg.domain.model import Extraction, OrganisationMention, PersonMention, SignatoryFact

PROBES = ProbeSet(DATA / "probes" / "orgs")
LETTERS = PROBES.letters


def surname(name: str | None) -> str:
    tokens = norm(name).split()
    return tokens[-1] if tokens else ""


def found_organisations(result: Extraction) -> list[set[str]]:
    """The names (written forms, canonical name, acronym, aliases) of each organisation found, one set per key."""
    groups: dict[str, set[str]] = {}
    for mention in result.of(OrganisationMention):
        names = groups.setdefault(mention.key, set())
        names |= {norm(n) for n in (mention.name, mention.canonical_name, mention.acronym, *mention.aliases) if n}
    return list(groups.values())


def gold_names(item: dict) -> set[str]:
    return {norm(n) for n in (item.get("name"), item.get("acronym"), *(item.get("aliases") or [])) if n}


def organisation_differences(stem: str) -> tuple[list[str], list[str]]:
    """(gold organisations not found, organisations found that no gold item names), matched one to one."""
    found = found_organisations(PROBES.extraction(stem))
    expected = PROBES.gold(stem)["organisations"]
    # one to one, the pairs that share the gold item's full name first (as score.py pairs the closest first)
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


@pytest.mark.parametrize("path", LETTERS, ids=lambda p: p.stem)
def test_organisations_of_probe(path: Path) -> None:
    missed, extra = organisation_differences(path.stem)
    listed = PROBES.known(path.stem)
    assert sorted(missed) == sorted(listed.get("missed_organisations", []))
    assert sorted(extra) == sorted(listed.get("extra_organisations", []))


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
