"""kg/data/reference_cues.json through the references extractor: every example of every entry
gives a reference of the entry's kind from that entry, no near miss does, and the enclosure
list is read as the file says."""
from __future__ import annotations

import json

import pytest

from kg.extract.references import CUES_FILE, find_references, reference_cues
from kg.domain.resources import data_file

ENTRIES = json.loads(data_file(CUES_FILE).read_text(encoding="utf-8"))["patterns"]


def fired(text: str, entry: str) -> list[tuple[str, str]]:
    """(kind, text) of the references that ``entry`` gives in ``text``."""
    return [(item.kind, text[item.start:item.end]) for item in find_references(text)
            if item.rule.split(" + ")[0] == entry]


@pytest.mark.parametrize("entry", ENTRIES, ids=[entry["id"] for entry in ENTRIES])
def test_every_example_fires_with_its_kind(entry: dict) -> None:
    for example in entry["examples"]:
        found = fired(example, entry["id"])
        assert found, f"{entry['id']} does not fire on {example!r}"
        assert all(kind == entry["kind"] for kind, _ in found)


@pytest.mark.parametrize("entry", ENTRIES, ids=[entry["id"] for entry in ENTRIES])
def test_no_near_miss_fires(entry: dict) -> None:
    for near_miss in entry["not"]:
        assert not fired(near_miss, entry["id"]), f"{entry['id']} fires on {near_miss!r}"


def test_the_file_loads_into_cues() -> None:
    cues, documents, _, _ = reference_cues()
    assert {cue.id for cue in cues} == {entry["id"] for entry in ENTRIES}
    assert "beleidsreactie" in documents


def test_an_earlier_letter_named_by_its_day_is_dated() -> None:
    [item] = find_references("Op 4 april jl. heb ik u geïnformeerd over de stand van zaken.",
                             letter_date=__import__("datetime").date(2023, 6, 12))
    assert (item.kind, item.when.isoformat()) == ("brief", "2023-04-04")


def test_enclosure_list_items_that_name_a_document() -> None:
    text = ("De volgende documenten zijn als bijlage bij deze brief gevoegd:\n"
            "1. overzicht van de wijzigingsvoorstellen;\n"
            "2. rapport van de commissie over de uitvoering;\n"
            "3. beleidsreactie op het onderzoek naar de limieten;\n"
            "Kernpunten\n"
            "1. lijst van iets dat geen bijlage is;")
    found = [(item.kind, text[item.start:item.end]) for item in find_references(text)]
    assert found == [("other", "overzicht van de wijzigingsvoorstellen"),
                     ("other", "beleidsreactie op het onderzoek naar de limieten")]


def test_a_paper_named_again_in_the_same_words_is_one_reference() -> None:
    text = "Ik bied u een nota van wijziging aan. De nota van wijziging is technisch van aard."
    assert len(find_references(text)) == 1



def test_the_quick_search_finds_what_the_pattern_finds() -> None:
    """A cue's 'starts' and 'needs' only make its search faster: on every example and near miss,
    in every case and sewn into one text, on the example and corpus letters, and on random texts
    sewn from the pattern's own words, each cue finds what its pattern's own ``finditer`` finds."""
    import random
    import re
    from pathlib import Path

    texts = [text for entry in ENTRIES for text in entry["examples"] + entry["not"]]
    texts += [text.upper() for text in texts] + [text.lower() for text in texts] + [" ".join(texts)]
    root = Path(__file__).resolve().parents[1]
    letters = sorted(root.joinpath("examples", "letters").glob("*.txt"))
    letters += sorted(root.parent.joinpath("shared", "corpus").glob("*/*.txt"))
    texts += [path.read_text(encoding="utf-8", errors="replace") for path in letters]
    cues = reference_cues()[0]
    assert any(cue.scan for cue in cues) and any(cue.needs for cue in cues)
    generator = random.Random(3)
    noise = [" ", "  ", "\n", ",", ".", "(", "1", "12", "4 april", "jl.", "İ", "ſ", "x", "De ", "op "]
    for cue in cues:
        words = re.findall(r"[A-Za-zÀ-ÿ]{2,}", cue.pattern.pattern)
        pieces = [form for word in words for form in (word, word.lower(), word.upper(), word.capitalize())]
        sewn = ["".join(generator.choice(pieces if generator.random() < 0.6 else noise)
                        for _ in range(generator.randint(1, 30))) for _ in range(300)]
        for text in texts + sewn:
            for start in (0, min(3, len(text))):
                assert ([m.span() for m in cue.finditer(text, start, len(text))]
                        == [m.span() for m in cue.pattern.finditer(text, start, len(text))]), (cue.id, text[:80])
