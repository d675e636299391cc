"""Pushing to and querying a real Oxigraph server (the `oxigraph` binary from PyPI) on 127.0.0.1."""
from __future__ import annotations

import base64
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.domain.errors import RemoteError, UsageError
from kg.query import query_text, run_query
from kg.rdf.rdfio import load_store, read_quads
from kg.remote import (Endpoint, authorization, by_graph, public_url, push_gsp, push_update, run_remote,
                       update_requests)
from kg.domain.resources import query_names

OXIGRAPH = Path(sys.executable).parent / "oxigraph"
HOSTILE = ['plain', 'quote " inside', "single ' inside", 'brace } and { here',
           '" } ; INSERT DATA { <urn:x> <urn:y> <urn:z> } #', "'''} INSERT { ?s ?p ?o } WHERE { ?s ?p ?o } #",
           'back\\slash \\" and newline\n', ') } VALUES ?x { 1 }']


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    """A real Oxigraph server with a union default graph; yields its base URL and stops it."""
    if not OXIGRAPH.exists():
        found = shutil.which("oxigraph")
        if not found:
            pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    binary = str(OXIGRAPH) if OXIGRAPH.exists() else shutil.which("oxigraph")
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    process = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}",
                                "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"oxigraph did not start: {process.stderr.read().decode()[:300]}")
            time.sleep(0.1)
    yield base
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


def remote_count(base: str) -> int:
    table = run_remote("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", Endpoint(f"{base}/query"))
    return int(table.rows[0][0].value)


def remote_quads(base: str) -> set[tuple]:
    table = run_remote("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }", Endpoint(f"{base}/query"))
    return {(g.value, s.value, p.value, str(o)) for g, s, p, o in table.rows}


def local_quads(path: Path) -> set[tuple]:
    """The quads of a file as an Oxigraph store holds them (it writes xsd:dateTime in canonical form)."""
    return {(q.graph_name.value, q.subject.value, q.predicate.value, str(q.object))
            for q in load_store(path).quads_for_pattern(None, None, None)}


def rows(table) -> list[tuple[str, ...]]:
    return sorted(tuple(str(term) if term is not None else "" for term in row) for row in table.rows)


def test_push_twice_leaves_the_same_data_and_every_named_query_agrees(oxigraph, sample_trig):
    update = Endpoint(f"{oxigraph}/update")
    first = push_update(read_quads(sample_trig), update)
    count = remote_count(oxigraph)
    assert count == len(read_quads(sample_trig)) and first.graphs >= 6
    push_update(read_quads(sample_trig), update, chunk=7)  # many small requests this time
    assert remote_count(oxigraph) == count
    assert remote_quads(oxigraph) == local_quads(sample_trig)
    local = load_store(sample_trig)
    for name in query_names():
        sparql = query_text(name)
        here = run_query(local, sparql)
        there = run_remote(sparql, Endpoint(f"{oxigraph}/query"))
        assert there.variables == here.variables, name
        assert rows(there) == rows(here), name


def test_graph_store_protocol_put_replaces_each_graph(oxigraph, sample_trig):
    quads = read_quads(sample_trig)
    push_gsp(quads, Endpoint(f"{oxigraph}/store"))
    push_gsp(quads, Endpoint(f"{oxigraph}/store"))
    assert remote_quads(oxigraph) == local_quads(sample_trig)


def test_parameters_stay_literals_locally_and_remotely(oxigraph, sample_trig):
    push_update(read_quads(sample_trig), Endpoint(f"{oxigraph}/update"))
    before = remote_count(oxigraph)
    local = load_store(sample_trig)
    literals = "SELECT DISTINCT ?v WHERE { GRAPH ?g { ?s ?p ?v } FILTER(isLiteral(?v)) }"
    for value in HOSTILE:  # a filter value, exact or contained: the same rows here and there, no change
        for match in ("exact", "contains"):
            here = run_query(local, literals, {"v": value}, match)
            there = run_remote(literals, Endpoint(f"{oxigraph}/query"), {"v": value}, match)
            assert rows(there) == rows(here)
    for value in HOSTILE:  # as a parameter of a named query: no rows, no error, no change
        sparql = query_text("organisations")
        there = run_remote(sparql, Endpoint(f"{oxigraph}/query"), {"name": value})
        assert rows(there) == rows(run_query(local, sparql, {"name": value})) == []
    assert remote_count(oxigraph) == before
    assert run_query(local, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0].value == str(before)


def test_cli_push_and_query_an_endpoint(oxigraph, sample_trig, tmp_path):
    runner = CliRunner()
    pushed = runner.invoke(main, ["push", str(sample_trig), "--endpoint", f"{oxigraph}/update"])
    assert pushed.exit_code == 0, pushed.output
    assert "Pushed" in pushed.output
    remote = runner.invoke(main, ["query", "letters", "--endpoint", f"{oxigraph}/query", "-f", "json"])
    local = runner.invoke(main, ["query", "letters", "-g", str(sample_trig), "-f", "json"])
    assert remote.exit_code == 0, remote.output
    import json
    key = lambda b: json.dumps(b, sort_keys=True)  # noqa: E731
    there, here = json.loads(remote.output), json.loads(local.output)
    assert there["head"] == here["head"]
    assert sorted(map(key, there["results"]["bindings"])) == sorted(map(key, here["results"]["bindings"]))


def test_cli_pushes_a_store(oxigraph, tmp_path):
    from conftest import SAMPLES
    runner = CliRunner()
    store = tmp_path / "store"
    assert runner.invoke(main, ["build", str(SAMPLES), "--store", str(store), "--no-validate", "-q"]).exit_code == 0
    pushed = runner.invoke(main, ["push", "--store", str(store), "--gsp", f"{oxigraph}/store"])
    assert pushed.exit_code == 0, pushed.output
    from kg.engine.store import KgStore
    with KgStore(store, read_only=True) as kg_store:
        stored = {(q.graph_name.value, q.subject.value, q.predicate.value, str(q.object)) for q in kg_store.quads()}
    assert stored <= remote_quads(oxigraph)


# ---------------------------------------------------------------- failures, each one line


def test_connection_refused_is_one_line_and_exit_3(tmp_path, sample_trig):
    url = f"http://127.0.0.1:{free_port()}/update"
    with pytest.raises(RemoteError, match="connection refused"):
        push_update(read_quads(sample_trig), Endpoint(url, retries=1, backoff=0.01))
    result = CliRunner().invoke(main, ["push", str(sample_trig), "--endpoint", url, "--retries", "0"])
    assert result.exit_code == 3
    assert result.output.strip().count("\n") == 0 and "connection refused" in result.output


def test_not_found_names_the_url(oxigraph):
    with pytest.raises(RemoteError, match=r"/nope: 404 not found"):
        run_remote("ASK {}", Endpoint(f"{oxigraph}/nope", retries=0))


class _Stub(BaseHTTPRequestHandler):
    """A server that answers 401 and remembers the Authorization header, or never answers."""

    seen: list[str | None] = []

    def log_message(self, *args) -> None:
        pass

    def do_POST(self) -> None:  # noqa: N802
        _Stub.seen.append(self.headers.get("Authorization"))
        if self.path.startswith("/slow"):
            time.sleep(3)
        self.send_response(401)
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture()
def stub():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Stub)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Stub.seen.clear()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_unauthorized_says_how_to_log_in_and_never_shows_the_password(stub, sample_trig, monkeypatch):
    monkeypatch.setenv("KG_USER", "reporter")
    monkeypatch.setenv("KG_PASSWORD", "s3cret-pw")
    monkeypatch.delenv("KG_TOKEN", raising=False)
    result = CliRunner().invoke(main, ["push", str(sample_trig), "--endpoint", f"{stub}/update"])
    assert result.exit_code == 3
    assert "401 unauthorized" in result.output and "KG_USER" in result.output
    assert "s3cret-pw" not in result.output
    assert _Stub.seen[0] == "Basic " + base64.b64encode(b"reporter:s3cret-pw").decode()
    query = CliRunner().invoke(main, ["query", "letters", "--endpoint", f"{stub}/query"])
    assert query.exit_code == 3 and "401" in query.output and "s3cret-pw" not in query.output


def test_a_server_that_does_not_answer_times_out(stub, sample_trig):
    with pytest.raises(RemoteError, match="timed out after 0.5 s"):
        push_update(read_quads(sample_trig)[:3], Endpoint(f"{stub}/slow", timeout=0.5, retries=1, backoff=0.01))
    assert len(_Stub.seen) == 2  # tried again once


# ---------------------------------------------------------------- pieces


def test_credentials_from_token_user_or_netrc(tmp_path):
    netrc_file = tmp_path / "netrc"
    netrc_file.write_text("machine sparql.example.org login ann password pw1\n", encoding="utf-8")
    netrc_file.chmod(0o600)
    assert authorization("https://x.org/q", {"KG_TOKEN": "t0k"}) == "Bearer t0k"
    assert authorization("https://x.org/q", {"KG_USER": "u", "KG_PASSWORD": "p"}) == \
        "Basic " + base64.b64encode(b"u:p").decode()
    assert authorization("https://sparql.example.org/q", {}, str(netrc_file)) == \
        "Basic " + base64.b64encode(b"ann:pw1").decode()
    assert authorization("https://other.example.org/q", {}, str(netrc_file)) is None


def test_urls_are_checked_and_shown_without_secrets():
    assert public_url("https://h.org:8443/ds/query?key=secret#x") == "https://h.org:8443/ds/query"
    with pytest.raises(UsageError, match="not in the URL"):
        Endpoint("https://ann:pw@h.org/update")
    with pytest.raises(UsageError, match="not an http"):
        Endpoint("ftp://h.org/update")


def test_update_requests_drop_then_insert_in_one_request_then_continue(sample_trig):
    graphs = by_graph(read_quads(sample_trig))
    graph, quads = next(iter(graphs.items()))
    requests = update_requests(graph, quads, chunk=max(1, len(quads) // 3))
    assert requests[0].startswith(f"DROP SILENT GRAPH {graph} ;\nINSERT DATA")
    assert all(r.startswith("INSERT DATA") for r in requests[1:]) and len(requests) >= 3
    assert update_requests(graph, []) == [f"DROP SILENT GRAPH {graph}"]


def test_a_turtle_file_needs_a_target_graph(tmp_path, sample_trig):
    from kg.rdf.rdfio import write_quads
    turtle = tmp_path / "letters.ttl"
    write_quads(read_quads(sample_trig), turtle)
    with pytest.raises(UsageError, match="--into"):
        push_update(read_quads(turtle), Endpoint("http://127.0.0.1:9/update"))


def test_a_turtle_file_goes_into_the_named_graph_given(oxigraph, sample_trig, tmp_path):
    from kg.rdf.rdfio import write_quads
    turtle = tmp_path / "letters.ttl"
    write_quads(read_quads(sample_trig), turtle)
    target = "https://example.org/graph/from-turtle"
    result = CliRunner().invoke(main, ["push", str(turtle), "--endpoint", f"{oxigraph}/update", "--into", target])
    assert result.exit_code == 0, result.output
    table = run_remote(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{target}> {{ ?s ?p ?o }} }}", Endpoint(f"{oxigraph}/query"))
    assert int(table.rows[0][0].value) == len(read_quads(turtle))
    from kg.remote import http  # remove it again: the other tests compare the server with the dataset
    http(Endpoint(f"{oxigraph}/update"), "POST", f"DROP GRAPH <{target}>".encode(), "application/sparql-update")


@pytest.mark.parametrize("sparql, form", [
    ("PREFIX a: <http://a.org/#> # the organisations addressed\nSELECT * WHERE { ?s ?p ?o }", "SELECT"),
    ("# insert nothing, drop nothing\nASK {}", "ASK"),
    ("PREFIX add: <http://ex.org/add#> CONSTRUCT { ?s ?p ?o } WHERE { ?s add:x ?o }", "CONSTRUCT"),
    ("BASE <http://x.org/> prefix drop: <http://d.org/> describe <x>", "DESCRIBE"),
    ('PREFIX a: <http://a.org/> # "select\nSELECT ?add WHERE { ?add ?p "insert" }', "SELECT"),
])
def test_query_form_is_not_fooled_by_comments_prefixes_or_strings(sparql, form):
    from kg.remote import query_form
    assert query_form(sparql) == form


def test_updates_and_non_queries_are_refused_before_sending():
    from kg.remote import query_form
    with pytest.raises(UsageError, match="update"):
        query_form("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    with pytest.raises(UsageError, match="no SELECT"):
        query_form("# just a comment")


def test_a_comment_that_mentions_adding_does_not_make_a_query_an_update(oxigraph, sample_trig):
    push_update(read_quads(sample_trig), Endpoint(f"{oxigraph}/update"))
    sparql = "PREFIX kb: <https://w3id.org/kamerbrieven/def#> # letters addressed to the Kamer\n" \
             "SELECT (COUNT(*) AS ?n) WHERE { ?letter a kb:Letter }"
    table = run_remote(sparql, Endpoint(f"{oxigraph}/query"))
    assert table.rows[0][0] == run_query(load_store(sample_trig), sparql).rows[0][0]
