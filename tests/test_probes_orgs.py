"""Held-out probe letters of other ministries (tests/data/probes/orgs): organisations, persons and the
letter head, read through the extractors (no command line) and compared with each letter's gold the way
/work/shared/eval/score.py compares them (an organisation by any shared normalised name, acronym or
alias; a person by family name; the head fields as the score compares them).

What kg still misses or finds beyond the gold is listed, letter by letter, in ``known.json`` beside the
letters, with why: the test fails when a listed item is found after all (take it off the list) as well as
when anything else is missed or found (a regression).
"""
from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from pathlib import Path

import pytest

from conftest import DATA
from kg.read.ingest import read_letter
from kg.domain.model import Extraction, OrganisationMention, PersonMention, SignatoryFact
from kg.engine import read_document

PROBES = DATA / "probes" / "orgs"
LETTERS = sorted((PROBES / "letters").glob("*.txt"))


def norm(text: str | None) -> str:
    """score.py's normalising: no case, accents or punctuation, hyphens inside words kept, no leading article."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[\u2010-\u2015]", "-", text)
    text = re.sub(r"[^\w\s-]", " ", text)
    text = re.sub(r"(?<!\w)-|-(?!\w)", " ", text)
    text = re.sub(r"^(de|het|een|the)\s+", "", text.strip())
    return re.sub(r"\s+", " ", text).strip()


def surname(name: str | None) -> str:
    tokens = norm(name).split()
    return tokens[-1] if tokens else ""


@cache
def extraction(stem: str) -> Extraction:
    result = read_document(read_letter(PROBES / "letters" / f"{stem}.txt"))
    assert isinstance(result, Extraction)
    return result


def gold(stem: str) -> dict:
    return json.loads((PROBES / "gold" / f"{stem}.json").read_text(encoding="utf-8"))


def known(stem: str) -> dict:
    return json.loads((PROBES / "known.json").read_text(encoding="utf-8"))["letters"].get(stem, {})


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
    found = found_organisations(extraction(stem))
    expected = gold(stem)["organisations"]
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
    listed = known(path.stem)
    assert sorted(missed) == sorted(listed.get("missed_organisations", []))
    assert sorted(extra) == sorted(listed.get("extra_organisations", []))


@pytest.mark.parametrize("path", LETTERS, ids=lambda p: p.stem)
def test_persons_of_probe(path: Path) -> None:
    result = extraction(path.stem)
    found = {surname(p.name) for p in result.of(PersonMention)} | {surname(s.name) for s in result.of(SignatoryFact)}
    expected = {surname(p["name"]) for p in gold(path.stem)["persons"]}
    listed = known(path.stem)
    assert sorted(expected - found) == sorted(surname(n) for n in listed.get("missed_persons", []))
    assert sorted(found - expected) == sorted(surname(n) for n in listed.get("extra_persons", []))


@pytest.mark.parametrize("path", LETTERS, ids=lambda p: p.stem)
def test_letter_head_of_probe(path: Path) -> None:
    head = extraction(path.stem).document.head
    letter = gold(path.stem)["letter"]
    assert (head.date.isoformat() if head.date else None) == letter["date"]
    assert norm(head.kenmerk).replace(" ", "") == norm(letter["kenmerk"]).replace(" ", "")
    assert norm(head.uw_kenmerk).replace(" ", "") == norm(letter["uw_kenmerk"]).replace(" ", "")
    assert norm(head.subject) == norm(letter["subject"])
    assert head.kamerstuk == letter["kamerstuk"]
    signed = {surname(s.name) for s in extraction(path.stem).document.signatories}
    assert signed == {surname(s["name"]) for s in letter["signatories"]}
