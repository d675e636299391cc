"""Every named query runs on the sample dataset, returns each row once, and stays fast when many
letters describe the same report (the union default graph repeats such triples once per letter)."""
from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Quad, Store

from kg.query import query_text, run_query, run_query_limited
from kg.rdf.rdfio import load_store
from kg.domain.resources import query_names

BEFORE = Path(__file__).resolve().parent / "data" / "queries_before"
KB = "https://w3id.org/kamerbrieven/def#"
DCTERMS = "http://purl.org/dc/terms/"
RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
XSD_DATE = NamedNode("http://www.w3.org/2001/XMLSchema#date")
SKOS_PREF = NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
ID = "https://example.org/id/"


@pytest.fixture(scope="module")
def store(sample_trig):
    return load_store(sample_trig)


def _row_set(table) -> set[tuple[str | None, ...]]:
    return {tuple(str(term) if term is not None else None for term in row) for row in table.rows}


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


@pytest.mark.parametrize("before", sorted(BEFORE.glob("*.rq")), ids=lambda p: p.stem)
def test_rewritten_query_gives_the_rows_of_its_plain_form(store, before):
    """Each query rewritten for speed answers exactly what its plain, slow form (kept in
    tests/data/queries_before) answers on the sample letters: same variables, same rows."""
    plain = run_query(store, before.read_text(encoding="utf-8"))
    fast = run_query(store, query_text(before.stem))
    assert fast.variables == plain.variables
    assert plain.rows, f"{before.stem}: the samples give no rows, so the comparison proves nothing"
    assert _row_set(fast) == _row_set(plain)


def _many_letters_citing_one_report(letters: int, authors: int) -> Store:
    """``letters`` letter graphs that each respond to the same report and repeat its description
    (title, date, authors), as kg build writes them, plus the authors' names in an entities graph."""
    store = Store()
    report = NamedNode(ID + "report/ongekend-onrecht")
    entities = NamedNode(ID + "graph/entities")
    author_nodes = [NamedNode(f"{ID}org/author-{i}") for i in range(authors)]
    for author_number, author in enumerate(author_nodes):
        store.add(Quad(author, SKOS_PREF, Literal(f"Auteur {author_number}"), entities))
    for number in range(letters):
        graph = NamedNode(f"{ID}graph/letter/{number}")
        letter = NamedNode(f"{ID}letter/{number}")
        recommendation = NamedNode(f"{ID}letter/{number}/recommendation/1")
        answer = NamedNode(f"{ID}letter/{number}/recommendation/1/response")
        quads = [
            (letter, RDF_TYPE, NamedNode(KB + "Letter")),
            (letter, NamedNode(DCTERMS + "date"), Literal(f"2021-{number % 12 + 1:02d}-15", datatype=XSD_DATE)),
            (letter, NamedNode(KB + "respondsTo"), report),
            (report, RDF_TYPE, NamedNode(KB + "Report")),
            (report, NamedNode(DCTERMS + "title"), Literal("Ongekend onrecht")),
            (report, NamedNode(KB + "reportDate"), Literal("2020-12-17", datatype=XSD_DATE)),
            (report, NamedNode(KB + "hasRecommendation"), recommendation),
            (recommendation, RDF_TYPE, NamedNode(KB + "Recommendation")),
            (recommendation, NamedNode(KB + "recommendationText"), Literal(f"Aanbeveling {number}")),
            (recommendation, NamedNode(KB + "inLetter"), letter),
            (recommendation, NamedNode(KB + "response"), answer),
            (answer, NamedNode(KB + "stance"), NamedNode(KB + "rejected")),
        ] + [(report, NamedNode(DCTERMS + "creator"), author) for author in author_nodes]
        store.extend(Quad(s, p, o, graph) for s, p, o in quads)
    return store


@pytest.mark.parametrize("name, rows", [
    ("reports", 3), ("report_responses", 150 * 3), ("recommendations", 150), ("rejected_recommendations", 150)])
def test_a_report_many_letters_describe_does_not_multiply_rows(name, rows):
    """150 letters repeat one report's title, date and three authors: the plain reports and
    report_responses built 150 x 450 x 150 rows before DISTINCT (past the 5 s limit here);
    the recommendations queries joined every recommendation with every copy of the title."""
    store = _many_letters_citing_one_report(letters=150, authors=3)
    table = run_query_limited(store, query_text(name), timeout=5)
    assert len(table.rows) == rows
    assert len(_row_set(table)) == rows


@pytest.mark.parametrize("name, variable, taken_from", [
    ("mentions", "label", "name"), ("requested_by", "name", "name"), ("timeline", "signatory", "signatory"),
    ("commitments_by_due_date", "post", "post"), ("rejected_recommendations", "report_title", "report_title")])
def test_rewritten_query_with_a_param_gives_the_rows_of_its_plain_form(store, name, variable, taken_from):
    """--param binds a variable with a trailing VALUES clause; the rewritten queries must still
    let it narrow the rows exactly as the plain form does (a value taken from the samples)."""
    plain_text = (BEFORE / f"{name}.rq").read_text(encoding="utf-8")
    unbound = run_query(store, plain_text)
    column = unbound.variables.index(taken_from)
    value = next(row[column].value for row in unbound.rows if row[column] is not None and row[column].value)
    plain = run_query(store, plain_text, {variable: value})
    fast = run_query(store, query_text(name), {variable: value})
    assert plain.rows, f"{name}: {variable}={value!r} finds nothing"
    assert _row_set(fast) == _row_set(plain)


def test_a_param_on_a_variable_an_optional_binds_keeps_only_its_rows(store):
    """--param narrows to the rows whose OPTIONAL part gave that value (a FILTER after the OPTIONALs).
    Binding the variable before evaluation (pyoxigraph's substitutions) would instead keep every
    letter whose signatory differs, with the parameter filled in as if it were its signatory."""
    everything = run_query(store, query_text("timeline"))
    column = everything.variables.index("signatory")
    names = sorted({row[column].value for row in everything.rows if row[column] is not None})
    assert len(names) >= 2, "the samples need two signatories to tell the two bindings apart"
    narrowed = run_query(store, query_text("timeline"), {"signatory": names[0]})
    expected = [row for row in everything.rows if row[column] is not None and row[column].value == names[0]]
    assert narrowed.rows and _row_set(narrowed) == _row_set(type(everything)(everything.variables, tuple(expected)))


@pytest.mark.parametrize("name", query_names())
def test_named_query_gives_the_same_rows_whatever_the_default_graph(store, name):
    """Every pattern names its graph, so a store whose default graph is empty (stock Oxigraph,
    Fuseki) answers as one whose default graph is the union of the named graphs."""
    sparql = query_text(name)
    union = {tuple(s) for s in store.query(sparql, use_default_graph_as_union=True)}
    stock = {tuple(s) for s in store.query(sparql)}
    assert union == stock and union, name


def test_a_turtle_file_is_queried_through_a_named_graph(tmp_path, sample_build):
    """A .ttl has only a default graph; kg query copies it into a named graph so the named
    queries find its letters."""
    from click.testing import CliRunner
    from kg.cli import main
    from kg.rdf.rdfio import write_quads

    path = tmp_path / "letters.ttl"
    write_quads(sample_build.quads, path)
    result = CliRunner().invoke(main, ["query", "letters", "-g", str(path), "-f", "csv"])
    assert result.exit_code == 0 and len(result.output.strip().splitlines()) > 5


def test_the_table_fits_its_width_and_names_what_iris_are(store):
    """Tables fit the width, show stances by name and entities by their path, cut long texts
    with an ellipsis, and leave out the IRI columns a query marks (#@hide); csv stays complete."""
    from kg.query import format_table, hidden_columns

    sparql = query_text("rejected_recommendations")
    table = run_query(store, sparql)
    shown = format_table(table, "table", width=90, hide=hidden_columns(sparql))
    lines = shown.splitlines()
    assert all(len(line) <= 90 for line in lines)
    assert lines[0].split()[:2] == ["report_title", "stance"] and "recommendation" not in lines[0]
    assert {line.split("  ")[1].strip() for line in lines[2:-1] if "  " in line} & {"rejected", "partially"}
    assert "…" in shown and "https://" not in shown
    complete = format_table(table, "csv")
    assert "https://w3id.org/kamerbrieven/id/" in complete and "…" not in complete
    orgs = format_table(run_query(store, query_text("organisations")), "table", width=120)
    assert "org/ind " in orgs


def test_short_iris():
    from kg.query import short_iri

    assert short_iri("https://w3id.org/kamerbrieven/def#rejected") == "rejected"
    assert short_iri("https://w3id.org/kamerbrieven/def/reference-kind#kamerstuk") == "kamerstuk"
    assert short_iri("https://w3id.org/kamerbrieven/id/org/ind") == "org/ind"
    assert short_iri("http://www.w3.org/2004/02/skos/core#Concept") == "skos:Concept"
    assert short_iri("https://example.org/x") == "https://example.org/x"


def test_mentions_with_a_label_keeps_the_rows_of_that_entity(store):
    """--param label matches any name of the entity; the rows are those of the unfiltered
    answer for the entities so named."""
    everything = run_query(store, query_text("mentions"))
    assert len(everything.rows) == len(_row_set(everything))
    narrowed = run_query(store, query_text("mentions"), {"label": "iMMO"})
    column = everything.variables.index("entity")
    entities = {row[column] for row in narrowed.rows}
    assert entities and _row_set(narrowed) == {r for r in _row_set(everything) if r[column] in {str(e) for e in entities}}


def test_a_recommendation_to_two_organisations_counts_for_each(store):
    """'het ministerie van Justitie en Veiligheid en de IND' addresses both: each organisation's
    counts in responses_by_organisation are its recommendations, one per stance, and the
    recommendations no sentence answers count as unanswered, not as noted."""
    table = run_query(store, query_text("responses_by_organisation"))
    counts = {(row[0].value.rsplit("/", 1)[-1] if row[0] else row[1].value, row[2].value): int(row[3].value)
              for row in table.rows}
    addressed = """PREFIX kb: <https://w3id.org/kamerbrieven/def#>
        SELECT ?organisation (COUNT(DISTINCT ?r) AS ?n) WHERE { GRAPH ?g { ?r kb:addressedTo ?organisation } }
        GROUP BY ?organisation"""
    per_org = {row[0].value.rsplit("/", 1)[-1]: int(row[1].value) for row in run_query(store, addressed).rows}
    assert per_org["ind"] == sum(n for (org, _), n in counts.items() if org == "ind")
    shared = """PREFIX kb: <https://w3id.org/kamerbrieven/def#>
        SELECT DISTINCT ?r WHERE { GRAPH ?g { ?r kb:addressedTo <https://w3id.org/kamerbrieven/id/org/ind>,
                                                          <https://w3id.org/kamerbrieven/id/org/ministerie-jenv> } }"""
    assert len(run_query(store, shared).rows) >= 5, "the sample letter addresses recommendations to both"
    assert counts[("ind", "already")] >= 5 and counts[("ind", "rejected")] >= 1
    assert counts[("ministerie-jenv", "already")] >= 1
    unanswered = run_query(store, query_text("unanswered_recommendations"))
    assert sum(n for (org, stance), n in counts.items() if stance == "unanswered") >= len(unanswered.rows) > 0


def test_an_unanswered_recommendation_has_no_evidence_and_is_listed_as_noted(store):
    recommendations = run_query(store, query_text("recommendations"))
    columns = recommendations.variables
    unanswered = {row[-1] for row in run_query(store, query_text("unanswered_recommendations")).rows}
    assert unanswered
    for row in recommendations.rows:
        if row[columns.index("recommendation")] in unanswered:
            assert row[columns.index("response")].value.endswith("#noted")
            assert row[columns.index("evidence")] is None
        else:
            assert row[columns.index("evidence")] is not None
