"""The README stays true: every command and named query is documented, the quick start is two commands."""
from __future__ import annotations

import re

from click.testing import CliRunner

from conftest import ROOT
from kg.cli import main
from kg.domain.resources import query_names

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme():
    for name in main.commands:
        assert f"kg {name}" in README, f"README does not document `kg {name}`"


def test_every_command_has_help_with_an_example():
    for name, command in main.commands.items():
        result = CliRunner().invoke(main, [name, "--help"])
        assert result.exit_code == 0
        if name != "queries":
            assert f"kg {name} " in result.output, f"`kg {name} --help` shows no example"


def test_contract_queries_are_in_the_readme_and_exist():
    for name in ("letters", "organisations", "persons", "reports", "recommendations", "commitments",
                 "references", "legal_instruments", "events"):
        assert f"| {name} |" in README
        assert name in query_names()


def test_every_query_the_readme_names_exists():
    named = set(re.findall(r"kg query ([a-z_]+) ", README))
    assert named and named <= set(query_names()), named - set(query_names())


def test_quick_start_is_two_commands_and_ci_runs_the_same_test_command():
    quick = README.split("## Quick start", 1)[1].split("##", 1)[0]
    commands = re.findall(r"^\$ (.+?)(?:\s+#.*)?$", quick, re.M)
    assert commands == ["make run", "make test"]
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_exit_codes_in_the_readme_match_the_code():
    from kg.domain import errors
    for code in (errors.EXIT_OK, errors.EXIT_DOES_NOT_CONFORM, errors.EXIT_USAGE, errors.EXIT_INPUT, errors.EXIT_BUG):
        assert re.search(rf"^\| {code} \|", README, re.M)
