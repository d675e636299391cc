"""kg/data/commitment_cues.json, through the extractor: every rule fires on its examples and not on
its near misses; every cancel stops its examples and leaves its near misses commitments.

Parametrized over the file, so an entry added to it is tested without writing a test. Each text
is built into a small letter (dated 22 June 2023) and read by the whole pipeline; an example
with a line break is a list: the first line opens it, the second is an item.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.domain import rules
from kg.extract.commitments import CUES_FILE
from kg.read.ingest import read_letter
from kg.domain.model import CommitmentFact
from kg.engine import read_document

HEAD = "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 22 juni 2023\n\n"
CLOSING = "\n\nDe Staatssecretaris van Justitie en Veiligheid,\n\nA. Tester\n"


def committed(tmp_path: Path, text: str) -> list[str]:
    """The commitments the extractor finds in a letter whose body is ``text``."""
    path = tmp_path / "letter.txt"
    path.write_text(f"{HEAD}Geachte voorzitter,\n\n{text}{CLOSING}", encoding="utf-8")
    return [fact.text for fact in read_document(read_letter(path)).facts if isinstance(fact, CommitmentFact)]


def cases(key: str, field: str) -> list:
    return [pytest.param(row["id"], text, id=f"{row['id']}: {text[:50]}")
            for row in rules.entries(CUES_FILE, key) for text in row.get(field) or ()]


@pytest.mark.parametrize("entry, text", cases("rules", "examples"))
def test_rule_fires_on_its_examples(tmp_path: Path, entry: str, text: str) -> None:
    assert committed(tmp_path, text), f"{entry} did not fire"


@pytest.mark.parametrize("entry, text", cases("rules", "not") + cases("cancels", "examples"))
def test_near_misses_and_cancelled_sentences_are_no_commitments(tmp_path: Path, entry: str, text: str) -> None:
    assert committed(tmp_path, text) == []


@pytest.mark.parametrize("entry, text", cases("cancels", "not"))
def test_cancel_leaves_its_near_misses_commitments(tmp_path: Path, entry: str, text: str) -> None:
    assert committed(tmp_path, text)


def test_every_rule_has_a_name_words_and_a_known_cancel_target() -> None:
    from kg.extract.commitments import CANCELS, RULES
    assert len({rule.name for rule in RULES}) == len(RULES)
    ids = {rule.id for rule in RULES} | {"*"}
    assert all(cancel.applies_to <= ids for cancel in CANCELS)


def test_a_cancel_naming_an_unknown_rule_is_an_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from kg.extract import commitments
    bad = tmp_path / CUES_FILE
    bad.write_text('{"action_verbs": [], "rules": [{"id": "r", "pattern": "zal"}], "cancels": '
                   '[{"id": "c", "pattern": "x", "where": "sentence", "applies_to": ["nope"]}]}', encoding="utf-8")
    monkeypatch.setattr(rules, "data_file", lambda name: tmp_path / name)
    monkeypatch.setattr(commitments, "data_file", lambda name: tmp_path / name)
    rules.load.cache_clear()
    try:
        with pytest.raises(rules.DataFileError, match=r"entry 'c': applies to unknown rules"):
            commitments._load()
    finally:
        rules.load.cache_clear()


def test_a_promise_restated_to_a_member_names_the_member(tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_text(f"{HEAD}Geachte voorzitter,\n\nMet deze brief reageer ik op het advies, zoals toegezegd aan het "
                    f"lid Jansen (VVD) tijdens het commissiedebat van 20 december 2022.{CLOSING}", encoding="utf-8")
    found = [fact for fact in read_document(read_letter(path)).facts if isinstance(fact, CommitmentFact)]
    assert len(found) == 1 and found[0].requested_by is not None and "jansen" in found[0].requested_by


# ---------------------------------------------------------------- the life of a commitment (issue 16)

def read(tmp_path: Path, text: str) -> list[CommitmentFact]:
    """The commitments of a letter whose body is ``text`` (paragraphs split by blank lines)."""
    path = tmp_path / "letter.txt"
    path.write_text(f"{HEAD}Geachte voorzitter,\n\n{text}{CLOSING}", encoding="utf-8")
    return [fact for fact in read_document(read_letter(path)).facts if isinstance(fact, CommitmentFact)]


@pytest.mark.parametrize("entry, text", cases("earlier", "examples"))
def test_earlier_cue_makes_a_restated_promise(tmp_path: Path, entry: str, text: str) -> None:
    found = read(tmp_path, text)
    assert found and found[0].kind in ("restated", "kept"), f"{entry} did not tell of an earlier promise"


@pytest.mark.parametrize("entry, text", cases("earlier", "not"))
def test_earlier_near_misses_are_new_or_no_promise(tmp_path: Path, entry: str, text: str) -> None:
    assert all(fact.kind == "new" for fact in read(tmp_path, text))


@pytest.mark.parametrize("entry, text", cases("keeping", "examples"))
def test_keeping_cue_makes_a_kept_promise(tmp_path: Path, entry: str, text: str) -> None:
    found = read(tmp_path, text)
    assert found and (found[0].kind, found[0].status) == ("kept", "kept")


@pytest.mark.parametrize("entry, text", cases("keeping", "not"))
def test_keeping_near_misses_are_not_kept(tmp_path: Path, entry: str, text: str) -> None:
    found = read(tmp_path, text)
    assert found and found[0].kind != "kept" and found[0].status != "kept"


@pytest.mark.parametrize("entry, text", cases("future", "examples"))
def test_a_restated_promise_still_to_come_is_open(tmp_path: Path, entry: str, text: str) -> None:
    found = read(tmp_path, text)
    assert found and (found[0].kind, found[0].status) == ("restated", "open")


@pytest.mark.parametrize("entry, text", cases("future", "not"))
def test_a_restated_promise_not_to_come_is_unknown(tmp_path: Path, entry: str, text: str) -> None:
    found = read(tmp_path, text)
    assert found and (found[0].kind, found[0].status) == ("restated", "unknown")


@pytest.mark.parametrize("entry, text", cases("pointers", "examples") + cases("opening", "examples"))
def test_the_letter_keeps_what_it_restated(tmp_path: Path, entry: str, text: str) -> None:
    found = read(tmp_path, text)
    assert found and found[0].status == "kept" and found[0].kept_by is not None
    assert found[0].kept_by.rule == entry


@pytest.mark.parametrize("entry, text", cases("pointers", "not") + cases("opening", "not"))
def test_near_misses_leave_the_restated_promise_as_it_was(tmp_path: Path, entry: str, text: str) -> None:
    found = read(tmp_path, text)
    assert found and found[0].kind == "restated" and found[0].status != "kept"


@pytest.mark.parametrize("entry, text", cases("delays", "examples"))
def test_a_delay_makes_a_restated_promise_unknown(tmp_path: Path, entry: str, text: str) -> None:
    found = read(tmp_path, f"Zoals eerder toegezegd, zal ik uw Kamer in mei informeren over de regeling. {text}")
    assert found  # the cue is read in the sentence of the promise, and in the sentences after an opening
    from kg.extract.commitments import DELAYS
    assert any(cue.pattern.search(text) for cue in DELAYS if cue.id == entry)


@pytest.mark.parametrize("entry, text", cases("delays", "not"))
def test_a_delay_near_miss_is_no_delay(entry: str, text: str) -> None:
    from kg.extract.commitments import DELAYS
    assert not any(cue.pattern.search(text) for cue in DELAYS if cue.id == entry)


@pytest.mark.parametrize("entry, text", cases("promise_lists", "examples"))
def test_the_items_of_a_list_of_promises_are_the_promises(tmp_path: Path, entry: str, text: str) -> None:
    opening, *items = text.split("\n")
    found = read(tmp_path, text)
    assert [fact.text for fact in found] == items, entry
    assert all(fact.evidence.rule for fact in found) and opening not in " ".join(fact.text for fact in found)


@pytest.mark.parametrize("entry, text", cases("promise_lists", "not"))
def test_the_items_of_a_list_of_other_things_are_no_promises(tmp_path: Path, entry: str, text: str) -> None:
    assert committed(tmp_path, text) == []


def test_a_list_of_promises_made_before_restates_them_and_one_made_now_is_new(tmp_path: Path) -> None:
    before = read(tmp_path, "Tijdens het debat heb ik uw Kamer toegezegd:\n– u voor 1 juli 2024 te informeren over de "
                            "evaluatie;\n– met de gemeenten in gesprek te gaan.")
    assert [(fact.kind, fact.status) for fact in before] == [("restated", "open"), ("restated", "unknown")]
    assert before[0].due == "2024-07-01"
    now = read(tmp_path, "Ik zeg uw Kamer het volgende toe:\n– dat ik de regeling in 2027 evalueer.")
    assert [(fact.kind, fact.status) for fact in now] == [("new", "open")]


def test_an_item_that_is_a_sentence_of_its_own_is_read_as_any_sentence(tmp_path: Path) -> None:
    found = read(tmp_path, "Tijdens het debat heb ik de volgende toezeggingen gedaan:\n– Ik zal de regeling voor de "
                           "zomer evalueren.\n– De inspectie krijgt de bevoegdheid om een aanwijzing te geven.")
    assert [fact.text for fact in found] == ["– Ik zal de regeling voor de zomer evalueren."]
