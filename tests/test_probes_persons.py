"""Held-out probe letters for persons (tests/data/probes/persons): 8 letters written before this round's
fixes (01-08: VWS, OCW, Defensie, Financiën, I&W, BZK and two of migration) and 3 written after them
(09-11: LNV, BZ, migration; the one miss of these, an Arabic family name with
``al-``, was fixed after they were scored), dense in members of parliament, officials, mayors and foreign ministers.
Each letter's persons (named in the text or signing it) are compared with its gold the way
/work/shared/eval/score.py compares them: by family name (the last word of the normalised name), one to one.

What kg still misses or finds beyond the gold is listed, letter by letter, in ``known.json`` beside the
letters, with why: the test fails when a listed item is found after all (take it off the list) as well as
when anything else is missed or found (a regression).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from probes import ProbeSet, norm

from conftest import DATA
from kg.domain.model import Extraction, PersonMention, SignatoryFact

PROBES = ProbeSet(DATA / "probes" / "persons")
LETTERS = PROBES.letters


def surname(name: str) -> str:
    """score.py's family name: the last word of the normalised name."""
    words = norm(name).split()
    return words[-1] if words else ""


def found_persons(result: Extraction) -> dict[str, str]:
    """person key -> the fullest name written for that person (mentions and signatories)."""
    names: dict[str, str] = {}
    for fact in result.facts:
        if isinstance(fact, PersonMention):
            key, name = fact.key, fact.name
        elif isinstance(fact, SignatoryFact):
            key, name = fact.person_key, fact.name
        else:
            continue
        if len(name) > len(names.get(key, "")):
            names[key] = name
    return names


def person_differences(stem: str) -> tuple[list[str], list[str]]:
    """(gold persons not found, persons found that no gold person names), matched one to one by family name."""
    found = sorted(found_persons(PROBES.extraction(stem)).values())
    used: set[int] = set()
    missed: list[str] = []
    for item in PROBES.gold(stem)["persons"]:
        index = next((i for i, name in enumerate(found) if i not in used and surname(name) == surname(item["name"])),
                     None)
        if index is None:
            missed.append(item["name"])
        else:
            used.add(index)
    extra = [name for i, name in enumerate(found) if i not in used]
    return missed, extra


def test_the_probe_set_is_all_there() -> None:
    assert len(LETTERS) == 11
    assert all((PROBES.directory / "gold" / f"{path.stem}.json").exists() for path in LETTERS)


@pytest.mark.parametrize("path", LETTERS, ids=lambda p: p.stem)
def test_persons_of_probe(path: Path) -> None:
    missed, extra = person_differences(path.stem)
    PROBES.assert_known(path.stem, "persons", missed, extra)
