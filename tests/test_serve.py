"""kg serve: the SPARQL 1.1 Protocol over a graph file or a store, on 127.0.0.1."""
from __future__ import annotations

import json
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Quad, QueryResultsFormat, RdfFormat, Store, parse, parse_query_results

from kg.query import query_text, run_query
from kg.rdf.rdfio import load_store
from kg.remote import Endpoint, run_remote
from kg.domain.resources import query_names
from kg.serve import make_server, negotiate

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def start(store, **options):
    server = make_server(store, port=0, **options)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def stop(server) -> None:
    server.shutdown()
    server.server_close()
    server.service.close()


@pytest.fixture()
def endpoint(sample_trig):
    server, url = start(load_store(sample_trig))
    yield url
    stop(server)


def request(url: str, data: bytes | None = None, headers: dict | None = None, method: str | None = None):
    """(status, headers, body) of one request; HTTP errors are answers too."""
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data, headers=headers or {}, method=method),
                                    timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def count_of(body: bytes) -> int:
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def test_get_and_the_three_post_forms_agree(endpoint, sample_trig):
    expected = len(load_store(sample_trig))
    status, headers, body = request(f"{endpoint}/sparql?" + urllib.parse.urlencode({"query": COUNT}))
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    assert "Access-Control-Allow-Origin" not in headers  # CORS is off unless --cors names an origin
    assert count_of(body) == expected
    form = urllib.parse.urlencode({"query": COUNT}).encode()
    assert count_of(request(f"{endpoint}/sparql", form,
                            {"Content-Type": "application/x-www-form-urlencoded"})[2]) == expected
    assert count_of(request(f"{endpoint}/query", COUNT.encode(), {"Content-Type": "application/sparql-query"})[2]) \
        == expected


@pytest.mark.parametrize("accept, fmt", [("application/sparql-results+xml", QueryResultsFormat.XML),
                                         ("text/csv", QueryResultsFormat.CSV),
                                         ("text/tab-separated-values", QueryResultsFormat.TSV),
                                         ("text/html;q=0.9, application/sparql-results+json", QueryResultsFormat.JSON)])
def test_results_in_the_accepted_format(endpoint, sample_trig, accept, fmt):
    status, headers, body = request(f"{endpoint}/sparql?" + urllib.parse.urlencode({"query": COUNT}),
                                    headers={"Accept": accept})
    assert status == 200 and headers["Content-Type"].split(";")[0] == fmt.media_type.split(";")[0]
    expected = len(load_store(sample_trig))
    if fmt == QueryResultsFormat.CSV:  # lossy: pyoxigraph does not parse it back
        assert body.decode().split() == ["n", str(expected)]
    else:
        solutions = list(parse_query_results(body, format=fmt))
        assert int(solutions[0]["n"].value) == expected


def test_construct_as_turtle_or_ntriples(endpoint):
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s a <https://w3id.org/kamerbrieven/def#Letter> ; ?p ?o }"
    url = f"{endpoint}/sparql?" + urllib.parse.urlencode({"query": construct})
    status, headers, body = request(url)
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    turtle = set(parse(body, format=RdfFormat.TURTLE))
    status, headers, body = request(url, headers={"Accept": "application/n-triples"})
    assert headers["Content-Type"].startswith("application/n-triples")
    assert set(parse(body, format=RdfFormat.N_TRIPLES)) == turtle and len(turtle) > 10
    assert request(url, headers={"Accept": "image/png"})[0] == 406


def test_every_named_query_through_the_remote_client_matches_local(endpoint, sample_trig):
    local = load_store(sample_trig)
    for name in query_names():
        here = run_query(local, query_text(name))
        there = run_remote(query_text(name), Endpoint(f"{endpoint}/sparql"))
        assert there.variables == here.variables and sorted(map(str, there.rows)) == sorted(map(str, here.rows))


def test_read_only_unless_allowed(sample_trig):
    store = load_store(sample_trig)
    server, url = start(store)
    try:
        update = b"DELETE WHERE { GRAPH ?g { ?s ?p ?o } }"
        status, _, body = request(f"{url}/update", update, {"Content-Type": "application/sparql-update"})
        assert status == 403 and b"--allow-update" in body
        form = urllib.parse.urlencode({"update": update.decode()}).encode()
        assert request(f"{url}/sparql", form, {"Content-Type": "application/x-www-form-urlencoded"})[0] == 403
        assert len(store) > 0
    finally:
        stop(server)
    server, url = start(store, allow_update=True)
    try:
        status, _, _ = request(f"{url}/update", update, {"Content-Type": "application/sparql-update"})
        assert status == 204 and len(store) == 0
    finally:
        stop(server)


def test_bad_requests_get_clear_answers(endpoint):
    assert request(f"{endpoint}/sparql?query=SELEC")[0] == 400
    assert request(f"{endpoint}/sparql")[0] == 400
    assert request(f"{endpoint}/elsewhere?query=ASK%7B%7D")[0] == 404
    assert request(f"{endpoint}/sparql", b"ASK {}", {"Content-Type": "text/plain"})[0] == 415
    status, headers, _ = request(f"{endpoint}/sparql", method="OPTIONS")
    assert status == 403 and "Access-Control-Allow-Methods" not in headers  # no CORS unless asked
    status, headers, body = request(f"{endpoint}/")
    assert status == 200 and b"/sparql" in body


def test_a_long_query_is_cut_off():
    store = Store()  # 1500 triples: a cross join of them takes about a second, then its thread ends
    store.extend([Quad(NamedNode(f"urn:s{i}"), NamedNode("urn:p"), Literal(str(i))) for i in range(1500)])
    server, url = start(store, timeout=0.05)
    try:
        slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"
        status, _, body = request(f"{url}/sparql?" + urllib.parse.urlencode({"query": slow}))
        assert status == 503 and b"timed out" in body
    finally:
        stop(server)


def test_negotiation():
    offered = {"a/x": 1, "b/y": 2}
    assert negotiate(None, offered, "a/x") == "a/x"
    assert negotiate("b/y;q=0.5, a/x;q=0.4", offered, "a/x") == "b/y"
    assert negotiate("*/*", offered, "b/y") == "b/y"
    assert negotiate("c/z", offered, "a/x") is None
    assert negotiate("b/y;q=0", offered, "a/x") is None


def test_kg_serve_command_serves_a_store_read_only(tmp_path):
    from conftest import SAMPLES
    kg = Path(sys.executable).parent / "kg"
    store = tmp_path / "store"
    subprocess.run([str(kg), "build", str(SAMPLES), "--store", str(store), "-q", "--no-validate"], check=True,
                   timeout=300)
    process = subprocess.Popen([str(kg), "serve", "--store", str(store), "--port", "0"], stderr=subprocess.PIPE,
                               text=True)
    try:
        line = process.stderr.readline()
        assert "read-only" in line and "127.0.0.1" in line
        url = line.split()[3]
        status, _, body = request(url + "?" + urllib.parse.urlencode({"query": COUNT}))
        assert status == 200 and count_of(body) > 100
    finally:
        process.terminate()
        process.wait(timeout=10)
    # the store's lock is free again once the server is gone
    assert subprocess.run([str(kg), "build", str(SAMPLES), "--store", str(store), "-q"], timeout=300).returncode == 0
