"""Held-out probe letters of other ministries (tests/data/probes/refs): references, legal instruments and
events, read through the extractors (no command line) and compared with each letter's gold the way
/work/shared/eval/score.py compares them (a reference by its normalised identifier when both sides have
one, else by word overlap of its text; an instrument when one normalised name holds the other; an event by
its date, else by word overlap of its label), one to one, the closest pairs first.

What kg still misses or finds beyond the gold is listed, letter by letter, in ``known.json`` beside the
letters, with why: the test fails when a listed item is found after all (take it off the list) as well as
when anything else is missed or found (a regression).
"""
from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from probes import ProbeSet, dice, norm

from conftest import DATA
from kg.domain.model import EventMention, Extraction, LegalInstrumentMention, ReferenceMention

PROBES = ProbeSet(DATA / "probes" / "refs")
LETTERS = PROBES.letters

Item = dict[str, str | None]


def same_reference(gold: Item, found: Item) -> bool:
    if gold.get("id") and found.get("id"):
        return norm(gold["id"]).replace(" ", "") == norm(found["id"]).replace(" ", "")
    return dice(gold.get("text"), found.get("text")) >= 0.5


def same_instrument(gold: Item, found: Item) -> bool:
    g, p = norm(gold.get("name")), norm(found.get("name"))
    return bool(g and p) and (g == p or g in p or p in g)


def same_event(gold: Item, found: Item) -> bool:
    if gold.get("date") and found.get("date") and (gold["date"] or "")[:10] == (found["date"] or "")[:10]:
        return True
    return dice(gold.get("label"), found.get("label")) >= 0.5


def found_references(result: Extraction) -> list[Item]:
    """One per mention, as the graph has one reference node per mention."""
    return [{"id": m.identifier, "text": m.text} for m in result.of(ReferenceMention)]


def found_instruments(result: Extraction) -> list[Item]:
    """One per instrument, as the graph names each instrument once."""
    names: dict[str, str] = {}
    for mention in result.of(LegalInstrumentMention):
        names.setdefault(mention.key, mention.name)
    return [{"name": name} for name in names.values()]


def found_events(result: Extraction) -> list[Item]:
    return [{"date": m.date, "label": m.label} for m in result.of(EventMention)]


def differences(expected: list[Item], found: list[Item], same: Callable[[Item, Item], bool],
                field: str) -> tuple[list[str], list[str]]:
    """(gold items not found, items found that no gold item pairs with), matched one to one, the pairs
    whose texts share the most words first (as score.py pairs them)."""
    def strength(g: Item, p: Item) -> float:
        return dice(" ".join(v for v in g.values() if isinstance(v, str)),
                    " ".join(v for v in p.values() if isinstance(v, str)))
    pairs = sorted(((strength(g, p), i, j) for i, g in enumerate(expected) for j, p in enumerate(found)
                    if same(g, p)), reverse=True)
    used_gold: set[int] = set()
    used_found: set[int] = set()
    for _, i, j in pairs:
        if i not in used_gold and j not in used_found:
            used_gold.add(i)
            used_found.add(j)
    missed = [str(item.get(field)) for i, item in enumerate(expected) if i not in used_gold]
    extra = [str(item.get(field)) for j, item in enumerate(found) if j not in used_found]
    return missed, extra


@pytest.mark.parametrize("path", LETTERS, ids=lambda p: p.stem)
def test_references_of_probe(path: Path) -> None:
    missed, extra = differences(PROBES.gold(path.stem)["references"], found_references(PROBES.extraction(path.stem)),
                                same_reference, "text")
    PROBES.assert_known(path.stem, "references", missed, extra)


@pytest.mark.parametrize("path", LETTERS, ids=lambda p: p.stem)
def test_legal_instruments_of_probe(path: Path) -> None:
    expected: list[Item] = [{"name": name} for name in PROBES.gold(path.stem)["legal_instruments"]]
    missed, extra = differences(expected, found_instruments(PROBES.extraction(path.stem)), same_instrument, "name")
    PROBES.assert_known(path.stem, "legal_instruments", missed, extra)


@pytest.mark.parametrize("path", LETTERS, ids=lambda p: p.stem)
def test_events_of_probe(path: Path) -> None:
    missed, extra = differences(PROBES.gold(path.stem)["events"], found_events(PROBES.extraction(path.stem)),
                                same_event, "label")
    PROBES.assert_known(path.stem, "events", missed, extra)


def test_every_listed_letter_is_a_probe() -> None:
    listed = json.loads((PROBES.directory / "known.json").read_text(encoding="utf-8"))["letters"]
    assert set(listed) <= {path.stem for path in LETTERS}
    assert {path.stem for path in LETTERS} == {path.stem for path in (PROBES.directory / "gold").glob("*.json")}
