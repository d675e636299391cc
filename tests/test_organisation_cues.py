"""kg/data/organisation_cues.json, through the extractor: every example of every cue pattern gives an
organisation found by that cue, and no near miss does; the word lists are well formed."""
from __future__ import annotations

import pytest
from test_organisations import letter_of

from kg.domain import rules
from kg.extract import organisations
from kg.extract.organisations import CUES_FILE, KINDS, find_organisations

RAW = rules.load(CUES_FILE)


def cue_hits(sentence: str, cue_id: str) -> list[str]:
    """The names the cue ``cue_id`` finds in a hand-made letter holding ``sentence``."""
    document = letter_of(sentence)
    return [found.written for found in find_organisations(document) if found.rule.startswith(f"cue:{cue_id}")]


def entries(field: str) -> list:
    return [pytest.param(row["id"], text, id=f"{row['id']}: {text[:40]}")
            for row in RAW["patterns"] for text in row.get(field) or ()]


@pytest.mark.parametrize("cue_id,text", entries("examples"))
def test_every_example_fires(cue_id: str, text: str) -> None:
    assert cue_hits(text, cue_id), f"{cue_id} should find an organisation in {text!r}"


@pytest.mark.parametrize("cue_id,text", entries("not"))
def test_no_near_miss_fires(cue_id: str, text: str) -> None:
    assert not cue_hits(text, cue_id), f"{cue_id} should find nothing in {text!r}"


def test_the_patterns_compile_with_known_kinds_and_register_entries() -> None:
    patterns = organisations.cue_patterns()
    assert {p.id for p in patterns} == {row["id"] for row in RAW["patterns"]}
    assert all(p.kind in KINDS for p in patterns)


def test_head_nouns_and_compound_heads_have_known_kinds() -> None:
    for key in ("head_nouns", "compound_heads"):
        for noun, kind in RAW[key].items():
            assert noun == noun.lower() and kind in KINDS, (key, noun, kind)


def test_word_lists_are_lists_of_words() -> None:
    for key in ("not_compounds", "name_breaks", "not_name_starts", "portfolio_words", "name_premodifiers",
                "proper_name_heads", "english_generic_starts", "address_labels"):
        assert RAW[key] and all(isinstance(word, str) and word.strip() == word for word in RAW[key]), key
