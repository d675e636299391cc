"""Held-out probe letters for the letter block: date, kenmerk, uw_kenmerk, subject, kamerstuk and
the signatories.

Letters of many ministries (tests/data/probes/head/letters/NN_x.txt: the head and the closing of
Kamerbrieven as they come, PDF text with columns and page furniture, the official publication,
2005 and 2024 layouts; one, two or three signatories), each with the gold of a careful reader
(gold/NN_x.json, in the shape of shared/eval/GOLD.md; only the letter block filled). Letters 01-16
were written before the rules were tuned to them; letters 17-22 after the first fixes, and scored
before the rules were touched again. Each letter goes through the extractors (not the command
line) and is compared as shared/eval/score.py compares: the date by its day, kenmerk and kamerstuk
without case, spaces or punctuation, the subject by a word overlap of at least 0.8, the
signatories as the set of their surnames (the last word of the name). Every field must agree.
The roles are checked too (score.py does not): a signatory's role as the gold writes it, without case.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from probes import ProbeSet, dice, norm

from kg.domain.model import SignatoryFact

PROBES = ProbeSet(Path(__file__).parent / "data" / "probes" / "head")


def surname(name: str | None) -> str:
    tokens = norm(name).split()
    return tokens[-1] if tokens else ""


def compact(value: str | None) -> str:
    return norm(value).replace(" ", "")


def wrong_fields(stem: str) -> list[str]:
    """The letter fields read otherwise than the gold says (empty: all right)."""
    gold = PROBES.gold(stem)["letter"]
    extraction = PROBES.extraction(stem)
    head = extraction.document.head
    signed = extraction.of(SignatoryFact)
    found_date = head.date.isoformat() if head.date else None
    wrong = []
    if (gold["date"] or None) != found_date:
        wrong.append(f"date {found_date}, gold {gold['date']}")
    for field, found in (("kenmerk", head.kenmerk), ("uw_kenmerk", head.uw_kenmerk), ("kamerstuk", head.kamerstuk)):
        if compact(gold[field]) != compact(found):
            wrong.append(f"{field} {found!r}, gold {gold[field]!r}")
    if (gold["subject"] or head.subject) and dice(gold["subject"], head.subject) < 0.8:
        wrong.append(f"subject {head.subject!r}, gold {gold['subject']!r}")
    expected = {surname(s["name"]): norm(s["role"]) for s in gold["signatories"]}
    found_roles = {surname(fact.name): norm(fact.role) for fact in signed}
    if set(expected) != set(found_roles):
        wrong.append(f"signatories {sorted(fact.name for fact in signed)}, gold {sorted(expected)}")
    else:
        wrong += [f"role of {name}: {found_roles[name]!r}, gold {role!r}"
                  for name, role in expected.items() if found_roles[name] != role]
    return wrong


def test_the_probes_are_there() -> None:
    stems = [letter.stem for letter in PROBES.letters]
    assert len(stems) == 22
    assert all((PROBES.directory / "gold" / f"{stem}.json").is_file() for stem in stems)


@pytest.mark.parametrize("stem", [letter.stem for letter in PROBES.letters])
def test_probe_letter_block(stem: str) -> None:
    assert wrong_fields(stem) == []
