"""Every named query runs on the sample dataset and returns each row once."""
from __future__ import annotations

import pytest

from kg.query import query_text, run_query
from kg.rdfio import load_store
from kg.resources import query_names


@pytest.fixture(scope="module")
def store(sample_trig):
    return load_store(sample_trig)


@pytest.mark.parametrize("name", query_names())
def test_named_query_runs_and_has_no_duplicate_rows(store, name):
    table = run_query(store, query_text(name))
    rows = [tuple(str(term) if term is not None else None for term in row) for row in table.rows]
    assert len(rows) == len(set(rows)), f"{name} repeats rows"


@pytest.mark.parametrize("name, at_least", [
    ("letters", 5), ("organisations", 20), ("persons", 10), ("reports", 5), ("recommendations", 20),
    ("commitments", 5), ("references", 5), ("legal_instruments", 5), ("events", 5)])
def test_contract_queries_find_what_the_samples_hold(store, name, at_least):
    table = run_query(store, query_text(name))
    first = table.variables[0]
    assert len({row[0] for row in table.rows}) >= at_least, f"{name}: too few {first}s"
