"""The command line through click's CliRunner: build, validate, query, exit codes."""
from __future__ import annotations

import csv
import io
import re
import json

import pytest
from click.testing import CliRunner

from conftest import SAMPLES, sample
from kg import __version__
from kg.cli import main


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("cli") / "letters.trig"
    result = CliRunner().invoke(main, ["build", str(SAMPLES), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    return out


def test_version():
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output


def test_help_shows_examples():
    result = CliRunner().invoke(main, ["build", "--help"])
    assert result.exit_code == 0 and "kg build examples/letters -o out/letters.trig" in result.output


def test_build_says_it_validated(tmp_path):
    out = tmp_path / "one.ttl"
    result = CliRunner().invoke(main, ["build", str(sample("000")), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "Validated with the shapes: the graph conforms." in result.output
    assert out.read_text(encoding="utf-8").startswith("@prefix")


def test_query_letters_as_sparql_json(built):
    result = CliRunner().invoke(main, ["query", "letters", "-g", str(built), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["head"]["vars"][:3] == ["letter", "date", "kenmerk"]
    rows = data["results"]["bindings"]
    assert len({row["letter"]["value"] for row in rows}) == 5
    kenmerken = {row["kenmerk"]["value"] for row in rows if "kenmerk" in row}
    assert kenmerken == {"4585180", "3290560"}
    assert {row["date"]["datatype"] for row in rows} == {"http://www.w3.org/2001/XMLSchema#date"}


def test_query_formats(built):
    runner = CliRunner()
    as_csv = runner.invoke(main, ["query", "letters", "-g", str(built), "--format", "csv"]).output
    rows = list(csv.DictReader(io.StringIO(as_csv)))
    assert {r["signatory_name"] for r in rows} >= {"F. Teeven", "E. van der Burg", "A. Broekers-Knol"}
    as_tsv = runner.invoke(main, ["query", "letters", "-g", str(built), "--format", "tsv"]).output
    assert as_tsv.splitlines()[0].split("\t")[:2] == ["letter", "date"]
    table = runner.invoke(main, ["query", "letters", "-g", str(built)]).output
    assert table.splitlines()[0].startswith("letter")
    assert re.fullmatch(r"\(\d+ rows(; no values for [\w, ]+)?\)", table.rstrip().splitlines()[-1])


def test_query_sparql_string_and_file(built, tmp_path):
    runner = CliRunner()
    result = runner.invoke(main, ["query", "ASK { ?l a <https://w3id.org/kamerbrieven/def#Letter> }",
                                  "-g", str(built)])
    assert result.exit_code == 0 and result.output.strip() == "true"
    rq = tmp_path / "count.rq"
    rq.write_text("SELECT (COUNT(?l) AS ?n) WHERE { ?l a <https://w3id.org/kamerbrieven/def#Letter> }")
    result = runner.invoke(main, ["query", str(rq), "-g", str(built), "--format", "csv"])
    assert result.output.splitlines() == ["n", "5"]


def test_param_binds_a_literal(built):
    result = CliRunner().invoke(main, [
        "query", "SELECT ?letter WHERE { ?letter <https://w3id.org/kamerbrieven/def#kenmerk> ?k }",
        "-g", str(built), "--param", "k=3290560", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert len(result.output.splitlines()) == 2


def test_validate_conforming_graph(built):
    result = CliRunner().invoke(main, ["validate", str(built)])
    assert result.exit_code == 0 and "conforms" in result.output


def test_validate_reports_a_broken_letter(built, tmp_path):
    broken = tmp_path / "broken.trig"
    text = built.read_text(encoding="utf-8")
    broken.write_text(text.replace('kb:sha256 "', 'kb:sha256 "not-a-hash-', 1), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(broken)])
    assert result.exit_code == 1
    assert "sha256" in result.output and "does not conform" in result.output


@pytest.mark.parametrize("args, code, words", [
    (["query", "no_such_query", "-g", "x.trig"], 2, "not a named query"),
    (["query", "letters"], 2, "-g GRAPH"),
    (["build", "no/such/folder", "-o", "out.trig"], 2, "no such file or folder"),
    (["build", str(SAMPLES), "-o", "out.xyz"], 2, "unknown RDF suffix"),
    (["query", "letters", "-g", "missing.trig"], 3, "no such graph file"),
    (["query", "letters", "-g", "x.trig", "--param", "nonsense"], 2, "NAME=VALUE"),
])
def test_usage_and_input_errors_have_one_line_and_an_exit_code(args, code, words, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, args)
    assert result.exit_code == code, result.output
    assert words in result.output
    assert "Traceback" not in result.output


def test_a_graph_file_that_does_not_parse_names_its_line(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix a: <http://a/> .\na:b a:c a:d .\na:b a:c\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["query", "letters", "-g", str(bad)])
    assert result.exit_code == 3
    assert f"{bad}:" in result.output and "line" in result.output.lower()


def test_queries_lists_the_contract_queries():
    output = CliRunner().invoke(main, ["queries"]).output
    for name in ("letters", "organisations", "persons", "reports", "recommendations", "commitments",
                 "references", "legal_instruments", "events"):
        assert f"\n{name} " in "\n" + output
