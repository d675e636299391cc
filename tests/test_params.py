"""--param keeps the rows whose value matches and never invents one.

For every named query and every parameter it declares, on the sample letters, the extra letters
and (when present) a few development letters: the rows with ``--param NAME=VALUE`` equal the
rows without it, filtered in Python by that value; a row whose variable is unbound is never
kept. Values are taken from the data (a whole value and a part of it), so each check finds rows.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from pyoxigraph import Literal, NamedNode, Store

from conftest import EXTRA
from kg.cli import main
from kg.domain.errors import UsageError
from kg.query import (WORD_START, Parameter, accent_pattern, fold, parameters, query_text, run_query,
                      with_filters)
from kg.domain.resources import query_names

DEV = Path("/work/shared/corpus/dev")  # development letters: used when present, never needed
XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"
NAMES = """SELECT DISTINCT ?entity ?name WHERE {
  { GRAPH ?g { ?entity <http://www.w3.org/2004/02/skos/core#prefLabel>|<https://w3id.org/kamerbrieven/def#acronym>|
      <http://www.w3.org/2004/02/skos/core#altLabel>|<http://xmlns.com/foaf/0.1/name>|<http://xmlns.com/foaf/0.1/familyName> ?name } }
  UNION { GRAPH ?g { ?m <https://w3id.org/kamerbrieven/def#mentionOf>|<https://w3id.org/kamerbrieven/def#signatory> ?entity ;
      <https://w3id.org/kamerbrieven/def#nameAsWritten> ?name } } }"""


def _build(paths: list[Path]) -> Store:
    from kg.engine import build
    store = Store()
    store.bulk_extend(build(paths, check=False).quads)
    return store


@pytest.fixture(scope="module")
def datasets(sample_build) -> dict[str, Store]:
    samples = Store()
    samples.bulk_extend(sample_build.quads)
    found = {"samples": samples, "extra": _build([EXTRA])}
    dev = sorted(DEV.glob("*.txt"))[:4] if DEV.is_dir() else []
    if dev:
        found["dev"] = _build(dev)
    return found


def projecting(sparql: str, variable: str) -> str:
    """The query with ``?variable`` projected too (when it is not already), to check each row."""
    head = re.search(r"SELECT\s+(DISTINCT\s+)?", sparql)
    projected = sparql[head.end():sparql.index("WHERE", head.end())]
    if re.search(rf"\?{variable}\b", projected):
        return sparql
    return f"{sparql[:head.end()]}?{variable} {sparql[head.end():]}"


def matches(parameter: Parameter, term, value: str, names: dict[str, set[str]]) -> bool:
    """Whether a row's value of the parameter's variable matches, decided in Python."""
    if term is None:
        return False
    if parameter.kind == "names":
        return any(_contains(name, value) for name in names.get(term.value, ()))
    if parameter.kind == "text":
        return _contains(term.value, value)
    if parameter.kind == "date":
        if len(value) == 10:
            return isinstance(term, Literal) and term.datatype.value == XSD_DATE and term.value == value
        return term.value == value or term.value.startswith(value + "-")
    if parameter.kind == "iri":
        return term == NamedNode(value)
    return int(term.value) == int(value)


def _contains(text: str, value: str) -> bool:
    return re.search(WORD_START + accent_pattern(value), text) is not None


def values_for(parameter: Parameter, rows: list[tuple], column: int, names: dict[str, set[str]]) -> list[str]:
    """A whole value from the data and, for text, a word of it in other case without accents."""
    bound = [row[column] for row in rows if row[column] is not None and row[column].value]
    if not bound:  # the data never gives it: a value of the right kind must then find nothing
        return [{"date": "1900-01-01", "iri": "urn:kg:nothing", "integer": "0"}.get(parameter.kind, "nothing here")]
    chosen = [bound[0], bound[len(bound) // 2]]
    found: list[str] = []
    for term in chosen:
        if parameter.kind == "names":
            spelled = sorted(names.get(term.value, ()), key=len)
            found += spelled[:1] + [fold(spelled[-1]).upper()] if spelled else []
        elif parameter.kind == "text":
            words = [w for w in re.split(r"[\s,.;:()'\"]+", term.value) if len(w) > 3]
            found += [term.value] + ([fold(words[-1]).upper()] if words else [])
        elif parameter.kind == "date":
            found += [term.value, term.value[:7], term.value[:4]]
        else:
            found.append(term.value)
    return list(dict.fromkeys(v for v in found if v.strip()))


# every filter parameter; an 'asof' parameter is no filter but the day a query is read as of
# (tests/test_commitment_links.py checks overdue_commitments --param as_of)
CASES = [(name, parameter) for name in query_names() for parameter in parameters(query_text(name))
         if parameter.kind != "asof"]


@pytest.mark.parametrize("name, parameter", CASES, ids=[f"{n}-{p.name}" for n, p in CASES])
def test_a_param_keeps_exactly_the_rows_whose_value_matches(datasets, name, parameter):
    sparql = query_text(name)
    wide = projecting(sparql, parameter.variable)
    for label, store in datasets.items():
        names: dict[str, set[str]] = {}
        if parameter.kind == "names":
            for entity, written in store.query(NAMES):
                names.setdefault(entity.value, set()).add(written.value)
        everything = run_query(store, wide)
        column = everything.variables.index(parameter.variable)
        keep = [everything.variables.index(v) for v in run_query(store, sparql + "\nLIMIT 0").variables]
        for value in values_for(parameter, list(everything.rows), column, names):
            expected = {tuple(row[i] for i in keep) for row in everything.rows
                        if matches(parameter, row[column], value, names)}
            narrowed = run_query(store, wide, {parameter.name: value})
            assert all(matches(parameter, row[column], value, names) for row in narrowed.rows), \
                f"{label}: {name} --param {parameter.name}={value!r} keeps a row that does not match"
            shown = run_query(store, sparql, {parameter.name: value})
            assert set(shown.rows) == expected, f"{label}: {name} --param {parameter.name}={value!r}"


def test_a_param_never_gives_an_unbound_variable_its_value(datasets):
    """The cases of issue 13: a party, a kenmerk, a due date, a signatory that rows lack."""
    store = datasets["samples"]
    for name, param, value in [("persons", "party", "SP"), ("letters", "kenmerk", "4585180"),
                               ("timeline", "signatory", "Broekers-Knol")]:
        table = run_query(store, query_text(name), {param: value})
        column = table.variables.index(param if param in table.variables else "signatory")
        assert table.rows and all(row[column] is not None and value.lower() in row[column].value.lower()
                                  for row in table.rows), (name, param)
    persons = run_query(store, query_text("persons"), {"party": "SP"})
    assert len(persons.rows) < len(run_query(store, query_text("persons")).rows)


def test_names_find_an_entity_by_its_acronym_and_by_how_a_letter_wrote_it(datasets):
    store = datasets["samples"]
    ind = run_query(store, query_text("organisations"), {"name": "IND"})
    assert {row[0].value.rsplit("/", 1)[-1] for row in ind.rows} == {"ind"}  # not 'Kinderopvangtoeslag'
    person = run_query(store, query_text("persons"), {"name": "A. Broekers-Knol"})
    assert {row[1].value for row in person.rows} == {"Ankie Broekers-Knol"}
    report = run_query(store, query_text("rejected_recommendations"), {"report_title": "tijd voor kwaliteit"})
    assert report.rows and all("Tijd voor kwaliteit" in row[0].value for row in report.rows)


def test_text_matching_ignores_case_and_accents_and_starts_at_a_word():
    assert _contains("Commissaris Malmström", "malmstrom") and _contains("Malmstrom", "Malmström")
    assert _contains("IND-medewerkers", "ind") and not _contains("Kinderopvangtoeslag", "IND")
    assert _contains("Tijd voor  kwaliteit", "voor kwaliteit")
    assert not _contains("a.b", "a*b") and _contains("art. 8 (EVRM)", "8 (evrm")


def test_exact_matching_wants_the_whole_value(datasets):
    store = datasets["samples"]
    assert not run_query(store, query_text("organisations"), {"kind": "agenc"}, match="exact").rows
    assert run_query(store, query_text("organisations"), {"kind": "agency"}, match="exact").rows
    assert run_query(store, query_text("organisations"), {"kind": "agenc"}).rows


@pytest.mark.parametrize("value", ['" } ; DROP ALL ; #', '"""} INSERT DATA { <http://e/x> <http://e/y> <http://e/z> } #',
                                   "back\\slash \\\" and \\u0022", "line one\nline two", ") } } FILTER(true) #", ""])
def test_a_hostile_value_stays_a_value(datasets, value):
    store = datasets["samples"]
    before = len(store)
    for name, param in [("organisations", "name"), ("letters", "subject"), ("mentions", "label")]:
        everything = set(run_query(store, query_text(name)).rows)
        narrowed = run_query(store, query_text(name), {param: value})
        assert set(narrowed.rows) <= everything
        assert value.strip() or narrowed.rows  # an empty value matches every bound value
    assert len(store) == before


@pytest.mark.parametrize("name, value", [("letters", "letter/x y"), ("events", "2023-13"), ("events", "maart")])
def test_a_value_of_the_wrong_kind_is_a_usage_error(name, value):
    param = "letter" if value.startswith("letter") else "date"
    with pytest.raises(UsageError, match=param):
        with_filters(query_text(name), {param: value})


def test_an_unknown_parameter_is_a_usage_error_that_lists_the_parameters(sample_trig):
    result = CliRunner().invoke(main, ["query", "persons", "-g", str(sample_trig), "--param", "partij=SP"])
    assert result.exit_code == 2
    assert "unknown parameter 'partij'; this query takes: name, role, party, person" in result.output


def test_a_query_of_the_users_takes_its_variables_as_text_parameters(datasets):
    store = datasets["samples"]
    sparql = ("PREFIX kb: <https://w3id.org/kamerbrieven/def#> "
              "SELECT ?letter ?subject WHERE { ?letter a kb:Letter OPTIONAL { ?letter kb:subject ?subject } }")
    assert [p.name for p in parameters(sparql)] == ["letter", "subject"]
    table = run_query(store, sparql, {"subject": "asiel"})
    assert table.rows and all("asiel" in row[1].value.lower() for row in table.rows)
    with pytest.raises(UsageError, match="this query takes: letter, subject"):
        with_filters(sparql, {"kenmerk": "1"})


def test_every_named_query_declares_its_parameters_with_a_meaning():
    for name in query_names():
        declared = parameters(query_text(name))
        assert declared and all(p.meaning for p in declared), name
        projected = query_text(name).split("WHERE", 1)[0]
        body = query_text(name)
        for parameter in declared:
            assert f"?{parameter.variable}" in body, f"{name}: --param {parameter.name} filters a variable it lacks"
        assert projected


def test_queries_and_query_help_list_the_parameters():
    listed = CliRunner().invoke(main, ["queries"])
    assert listed.exit_code == 0 and "--param report_title=" in listed.output
    helped = CliRunner().invoke(main, ["query", "rejected_recommendations", "--help"])
    assert helped.exit_code == 0 and "report_title" in helped.output and "kg query " in helped.output


def test_a_names_parameter_looks_the_names_up_once_not_once_per_row(datasets):
    """``mentions --param label=IND`` took 100 to 300 times the query without it (seconds on the sample
    letters): each row's EXISTS read every mention of its entity again. The matching entities are now
    found once, in a sub-select; the filtered query costs about what the whole one does."""
    import time

    store = datasets["samples"]
    sparql = query_text("mentions")

    def cpu(bindings: dict[str, str]) -> float:
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            run_query(store, sparql, bindings)
            best = min(best, time.process_time() - started)
        return best

    whole = cpu({})
    for value in ("IND", "Inspectie", "nothing here"):
        assert cpu({"label": value}) < 5 * whole + 0.05, value
