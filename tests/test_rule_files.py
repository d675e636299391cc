"""Rules as data (kg/domain/rules.py): every cue list in kg/data/ is well formed, and a broken entry is
a one-line error naming the file and the entry.

Whether each entry fires on its examples and not on its near misses is tested by the test of
the extractor that reads the file, through the extractor (tests/test_<extractor>.py), since a
near miss is often stopped by more than the pattern.
"""
from __future__ import annotations

import json

import pytest

from kg.domain import rules
from kg.domain.errors import InputError
from kg.domain.resources import data_file

DATA_DIR = data_file("x").parent


def pattern_lists() -> list:
    """(file, key, entry) for every entry with a pattern in every JSON file of kg/data/."""
    found = []
    for path in sorted(DATA_DIR.glob("*.json")):
        raw = json.loads(path.read_text(encoding="utf-8"))
        for key, rows in raw.items():
            if isinstance(rows, list):
                for row in rows:
                    if isinstance(row, dict) and "pattern" in row:
                        found.append(pytest.param(path.name, key, row, id=f"{path.name}:{row.get('id')}"))
    return found


@pytest.mark.parametrize("name,key,entry", pattern_lists())
def test_every_pattern_entry_compiles_and_has_examples_and_near_misses(name: str, key: str, entry: dict) -> None:
    assert entry.get("id"), f"{name}: an entry under {key} has no id"
    rules.compile_pattern(name, entry["id"], entry["pattern"])
    assert entry.get("examples"), f"{name}: {entry['id']} has no example"
    assert "not" in entry, f"{name}: {entry['id']} has no near misses (an empty list says there are none)"


def test_a_pattern_that_does_not_compile_names_the_file_and_the_entry() -> None:
    with pytest.raises(rules.DataFileError) as caught:
        rules.compile_pattern("report_cues.json", "monitor", "(monitor")
    message = str(caught.value)
    assert "report_cues.json: entry 'monitor': pattern does not compile" in message
    assert isinstance(caught.value, InputError)  # exit 3, not an internal error


@pytest.fixture
def data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path):
    """kg/domain/rules.py reading its files from a temporary folder, with a fresh cache."""
    monkeypatch.setattr(rules, "data_file", lambda name: tmp_path / name)
    rules.load.cache_clear()
    yield tmp_path
    rules.load.cache_clear()


def test_an_entry_without_a_required_field_is_named(data_dir) -> None:
    (data_dir / "bad.json").write_text('{"cues": [{"id": "ok", "pattern": "a"}, {"id": "broken"}]}',
                                       encoding="utf-8")
    with pytest.raises(rules.DataFileError, match=r"bad.json: entry 'broken': lacks pattern"):
        rules.cues("bad.json")


def test_invalid_json_is_named(data_dir) -> None:
    (data_dir / "bad.json").write_text('{"cues": [', encoding="utf-8")
    with pytest.raises(rules.DataFileError, match=r"bad.json: is not valid JSON"):
        rules.load("bad.json")


def test_a_missing_or_mistyped_value_is_named(data_dir) -> None:
    (data_dir / "bad.json").write_text('{"head_nouns": "raad"}', encoding="utf-8")
    with pytest.raises(rules.DataFileError, match=r"bad.json: needs a dict under 'head_nouns'"):
        rules.value("bad.json", "head_nouns", dict)
    with pytest.raises(rules.DataFileError, match=r"bad.json: needs a list under 'name_breaks'"):
        rules.value("bad.json", "name_breaks", list)


def test_the_error_crosses_process_boundaries_whole() -> None:
    """Raised in a build worker, the error reaches the parent with its file and entry."""
    import pickle

    error = rules.DataFileError("kg/data/x.json", "pattern does not compile", "monitor")
    again = pickle.loads(pickle.dumps(error))
    assert str(again) == str(error) == "kg/data/x.json: entry 'monitor': pattern does not compile"


def test_a_broken_rule_file_stops_the_build_instead_of_failing_each_letter(data_dir, monkeypatch) -> None:
    """A letter is not refused 'please report it' for a broken data file: the build stops with its message."""
    import shutil

    from conftest import SAMPLES

    for path in DATA_DIR.glob("*.json"):  # first: importing the extractors reads some rule files
        shutil.copy(path, data_dir / path.name)

    from kg.engine import extract_path
    from kg.extract import organisations
    raw = json.loads((data_dir / "organisations.json").read_text(encoding="utf-8"))
    raw["organisations"][0]["kind"] = "guild"
    (data_dir / "organisations.json").write_text(json.dumps(raw), encoding="utf-8")
    organisations.register.cache_clear()
    try:
        with pytest.raises(rules.DataFileError, match=r"organisations.json: entry '[^']+': kind 'guild' is not one of"):
            extract_path(sorted(SAMPLES.glob("*.txt"))[0])
    finally:
        organisations.register.cache_clear()
