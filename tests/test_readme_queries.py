"""The README's `kg query` examples are the real output of the current code.

Each `$ kg query ...` line of a console block in README.md is run on the sample letters (as
`kg build examples/letters -o out/letters.trig` builds them), with a 100-column table as when
piped; every line the README shows must be in the output, in order (a `...` line stands for
rows left out).
"""
from __future__ import annotations

import re
import shlex

import pytest
from click.testing import CliRunner

from conftest import ROOT
from kg.cli import main

README = (ROOT / "README.md").read_text(encoding="utf-8")


def examples() -> list[tuple[str, list[str]]]:
    """(command, the lines shown after it) for every `$ kg query` line in a console block."""
    found = []
    for block in re.findall(r"```console\n(.*?)```", README, re.S):
        for command, shown in re.findall(r"^\$ (kg query [^\n]+)\n(.*?)(?=^\$ |\Z)", block, re.S | re.M):
            lines = [line for line in shown.rstrip("\n").split("\n") if line.strip()]
            if lines:
                found.append((command, lines))
    return found


@pytest.mark.parametrize("command, shown", examples(), ids=lambda value: value if isinstance(value, str) else "")
def test_a_readme_query_example_is_the_real_output(command, shown, sample_trig, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    args = [str(sample_trig) if arg == "out/letters.trig" else arg for arg in shlex.split(command)[2:]]
    result = CliRunner().invoke(main, ["query", *args])
    output = (result.output + (getattr(result, "stderr", "") if not result.output.endswith(
        getattr(result, "stderr", "") or "\0") else "")).rstrip("\n").split("\n")
    position = 0
    for line in shown:
        if line == "...":
            continue
        expected = line.replace("out/letters.trig", str(sample_trig))
        assert expected in output[position:], f"`{command}`: the README shows a line kg does not print: {line!r}"
        position = output.index(expected, position) + 1


def test_the_readme_has_query_examples():
    commands = [command for command, _ in examples()]
    assert any("--param" in command for command in commands) and len(commands) >= 4
