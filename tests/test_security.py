"""kg serve, push and the store under attack (issue 17): local servers on 127.0.0.1 only, bounded in time.

Each test names the attack; docs/robustness.md has the table.
"""
from __future__ import annotations

import http.client
import http.server
import json
import os
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Quad, Store

from kg.serve import keywords, make_server

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def small_store(n: int = 300) -> Store:
    store = Store()
    store.extend([Quad(NamedNode(f"urn:s{i}"), NamedNode("urn:p"), Literal(str(i)), NamedNode("urn:g"))
                  for i in range(n)])
    return store


class Served:
    """kg serve's server on 127.0.0.1 in a thread; stopped (with its queries) at the end."""

    def __init__(self, store: Store, **options):
        self.store = store
        self.server = make_server(store, port=0, **options)
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def __enter__(self) -> "Served":
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.server.service.close()


def request(url: str, data: bytes | None = None, headers: dict | None = None, method: str | None = None,
            timeout: float = 30):
    """(status, headers, body); HTTP errors are answers too."""
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data, headers=headers or {}, method=method),
                                    timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def raw(port: int, method: str, path: str, headers: dict, body: bytes | None = None):
    """A request with headers urllib would not send as given (a foreign Host)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
    for name, value in headers.items():
        connection.putheader(name, value)
    if body is not None:
        connection.putheader("Content-Length", str(len(body)))
    connection.endheaders(body)
    response = connection.getresponse()
    result = response.status, response.headers, response.read()
    connection.close()
    return result


def q(query: str) -> str:
    return "/sparql?" + urllib.parse.urlencode({"query": query})


class Recorder(http.server.BaseHTTPRequestHandler):
    """A server that counts the requests it gets (to show kg serve sends none)."""

    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802
        Recorder.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_POST = do_GET

    def log_message(self, *args) -> None:
        pass


@pytest.fixture()
def recorder():
    Recorder.hits = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql"
    server.shutdown()
    server.server_close()


# ---------------------------------------------------------------- serve: federation and LOAD


def test_keywords_skip_iris_strings_comments_variables_and_prefixed_names():
    text = 'PREFIX ex: <http://x/SERVICE> SELECT ?service { ?s ex:load "SERVICE" } # SERVICE\n'
    assert "SERVICE" not in keywords(text) and "LOAD" not in keywords(text)
    assert "SERVICE" in keywords("SELECT * { service <http://x/> { ?s ?p ?o } }")


def test_service_is_refused_and_no_request_leaves(recorder):
    with Served(small_store()) as served:
        query = f"SELECT * WHERE {{ SERVICE <{recorder}> {{ ?s ?p ?o }} }}"
        status, _, body = request(served.url + q(query))
        assert status == 400 and b"--allow-service" in body
        update = f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{recorder}> {{ ?s ?p ?o }} }}".encode()
        assert request(served.url + "/update", update, {"Content-Type": "application/sparql-update"})[0] == 403
    with Served(small_store(), allow_update=True) as served:
        status, _, body = request(served.url + "/update", update, {"Content-Type": "application/sparql-update"})
        assert status == 400 and b"SERVICE" in body
    assert Recorder.hits == []


def test_load_is_refused_even_with_updates_allowed(recorder, tmp_path):
    local = tmp_path / "x.nt"
    local.write_text("<urn:a> <urn:b> <urn:c> .\n")
    with Served(small_store(), allow_update=True) as served:
        for source in (recorder, local.as_uri()):
            status, _, body = request(served.url + "/update", f"LOAD <{source}> INTO GRAPH <urn:x>".encode(),
                                      {"Content-Type": "application/sparql-update"})
            assert status == 400 and b"LOAD is refused" in body
        assert not served.store.contains_named_graph(NamedNode("urn:x"))
    assert Recorder.hits == []


# ---------------------------------------------------------------- serve: browsers, hosts, escaping


def test_cors_is_off_unless_an_origin_is_named():
    with Served(small_store()) as served:
        _, headers, _ = request(served.url + q(COUNT), headers={"Origin": "https://evil.example"})
        assert "Access-Control-Allow-Origin" not in headers
    with Served(small_store(), cors_origins=["https://yasgui.example"]) as served:
        _, headers, _ = request(served.url + q(COUNT), headers={"Origin": "https://yasgui.example"})
        assert headers["Access-Control-Allow-Origin"] == "https://yasgui.example"
        _, headers, _ = request(served.url + q(COUNT), headers={"Origin": "https://evil.example"})
        assert "Access-Control-Allow-Origin" not in headers
        status, headers, _ = request(served.url + "/sparql", method="OPTIONS",
                                     headers={"Origin": "https://yasgui.example"})
        assert status == 204 and "POST" in headers["Access-Control-Allow-Methods"]


def test_a_foreign_host_header_is_refused_and_not_echoed():
    with Served(small_store()) as served:
        for host in ("attacker.example", f"attacker.example:{served.port}", "<script>alert(1)</script>"):
            status, _, body = raw(served.port, "GET", "/", {"Host": host})
            assert status in (400, 421) and b"attacker" not in body and b"<script>" not in body
        status, _, body = raw(served.port, "GET", q(COUNT), {"Host": f"rebound.example:{served.port}"})
        assert status == 421
        for host in (f"localhost:{served.port}", f"127.0.0.1:{served.port}"):
            assert raw(served.port, "GET", "/", {"Host": host})[0] == 200
    with Served(small_store(), allowed_hosts=["kg.internal"]) as served:
        status, headers, body = raw(served.port, "GET", "/", {"Host": f"kg.internal:{served.port}"})
        assert status == 200 and b"http://kg.internal:" in body


def test_echoed_values_are_plain_text_that_browsers_do_not_sniff():
    with Served(small_store()) as served:
        status, headers, body = request(served.url + q("SELECT <script>alert(1)</script>"))
        assert status == 400 and headers["Content-Type"].startswith("text/plain")
        assert headers["X-Content-Type-Options"] == "nosniff"


def test_a_form_on_another_site_cannot_update():
    with Served(small_store(), allow_update=True) as served:
        form = urllib.parse.urlencode({"update": "DROP ALL"}).encode()
        for headers in ({"Origin": "https://evil.example"}, {"Sec-Fetch-Site": "cross-site"}):
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            status, _, body = request(served.url + "/sparql", form, headers)
            assert status == 403 and b"another site" in body
        assert len(served.store) == 300
        # the server's own page and clients without a browser still may
        status, _, _ = request(served.url + "/update", b"DROP ALL", {"Content-Type": "application/sparql-update",
                                                                    "Origin": served.url})
        assert status == 204 and len(served.store) == 0


# ---------------------------------------------------------------- serve: bad parameters


@pytest.mark.parametrize("path, data, content_type, expected", [
    (q(COUNT) + "&" + urllib.parse.urlencode({"query": "ASK {}"}), None, None, b"2 times"),
    (q(COUNT) + "&default-graph-uri=not%20an%20iri", None, None, b"default-graph-uri"),
    ("/sparql?query=%FF%FE", None, None, b"not UTF-8"),
    ("/sparql", b"ASK {} \xff", "application/sparql-query", b"not UTF-8"),
    ("/sparql", b"query=ASK%7B%7D&query=ASK%7B%7D", "application/x-www-form-urlencoded", b"2 times"),
])
def test_bad_parameters_are_a_400_with_a_message(path, data, content_type, expected):
    with Served(small_store()) as served:
        status, _, body = request(served.url + path, data, {"Content-Type": content_type} if content_type else {})
        assert status == 400 and expected in body


def test_the_timeout_must_be_a_number_of_seconds():
    for bad in (float("nan"), 0, -1, float("inf")):
        with pytest.raises(ValueError):
            make_server(small_store(), port=0, timeout=bad)


# ---------------------------------------------------------------- serve: runaway queries


def _children(pid: int) -> set[int]:
    """The child processes of ``pid``, from each of its threads (a thread that ends while they are read, as the
    server's request threads do, has none left to count)."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            text = (task / "children").read_text().split()
        except FileNotFoundError:
            continue
        found.update(int(t) for t in text)
    return found


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs /proc to see child processes")
def test_a_timed_out_query_is_really_stopped():
    with Served(small_store(1500), timeout=0.5) as served:
        before = _children(os.getpid())
        started = time.monotonic()
        status, _, body = request(served.url + q(CARTESIAN))
        assert status == 503 and b"timed out" in body and time.monotonic() - started < 5
        assert _children(os.getpid()) <= before  # its process is gone
        import resource
        used = resource.getrusage(resource.RUSAGE_SELF).ru_utime
        time.sleep(0.5)
        assert resource.getrusage(resource.RUSAGE_SELF).ru_utime - used < 0.25  # and not running on in a thread


def test_four_cartesian_queries_and_twenty_normal_clients(sample_trig):
    """Done when of issue 17: the normal clients keep getting answers while four runaway queries run."""
    from kg.rdf.rdfio import load_store
    with Served(load_store(sample_trig), timeout=4.0) as served:
        slow_pool = ThreadPoolExecutor(4)
        slow = [slow_pool.submit(request, served.url + q(CARTESIAN)) for _ in range(4)]
        time.sleep(0.5)
        assert not any(future.done() for future in slow)  # the four are running when the clients start

        def client(_: int) -> list[int]:
            return [request(served.url + q(COUNT), timeout=10)[0] for _ in range(3)]

        with ThreadPoolExecutor(20) as pool:
            statuses = [s for answer in pool.map(client, range(20)) for s in answer]
        assert statuses == [200] * 60, statuses
        assert [future.result()[0] for future in slow] == [503] * 4
        slow_pool.shutdown()
        assert request(served.url + q(COUNT))[0] == 200  # and the server answers after them


def test_a_busy_server_says_so_only_while_the_limit_is_reached():
    with Served(small_store(1500), timeout=2.0, max_queries=1, queue_wait=0.2) as served:
        with ThreadPoolExecutor(1) as pool:
            slow = pool.submit(request, served.url + q(CARTESIAN))
            time.sleep(0.3)
            status, headers, body = request(served.url + q(COUNT))
            assert status == 503 and b"busy" in body and headers["Retry-After"]
            assert slow.result()[0] == 503
        assert request(served.url + q(COUNT))[0] == 200


# ---------------------------------------------------------------- push and remote query


class Hostile(http.server.BaseHTTPRequestHandler):
    """One server, many bad manners, chosen by the path; records every request it gets."""

    seen: list[tuple[str, str, str | None]] = []  # (method, path, Authorization)
    elsewhere = ""  # the URL of another origin to redirect to

    def log_message(self, *args) -> None:
        pass

    def _answer(self, status: int, body: bytes = b"", headers: dict | None = None) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802
        Hostile.seen.append((self.command, self.path, self.headers.get("Authorization")))
        length = int(self.headers.get("Content-Length", "0") or 0)
        body = self.rfile.read(length) if length else b""
        path = self.path.split("?")[0]
        if path.startswith("/redirect"):
            code = int(path.rsplit("/", 1)[1])
            self._answer(code, headers={"Location": Hostile.elsewhere})
        elif path.startswith("/echo"):  # an error page that shows the request, headers and all
            shown = "".join(f"{name}: {value}\n" for name, value in sorted(self.headers.items(),
                                                                      key=lambda item: item[0] != "Authorization"))
            self._answer(400, f"bad request\n{shown}".encode())
        elif path.startswith("/blackhole"):  # says yes to everything, keeps nothing
            if b"query=" in body:
                answer = {"head": {"vars": ["g", "n"]}, "results": {"bindings": []}}
                self._answer(200, json.dumps(answer).encode(), {"Content-Type": "application/sparql-results+json"})
            else:
                self._answer(204)
        else:
            self._answer(404)

    do_POST = do_PUT = do_GET


@pytest.fixture()
def hostile():
    Hostile.seen = []
    servers = [http.server.ThreadingHTTPServer(("127.0.0.1", 0), Hostile) for _ in range(2)]
    for server in servers:
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    # "another origin": the same handler on another port
    Hostile.elsewhere = f"http://127.0.0.1:{servers[1].server_address[1]}/steal"
    yield f"http://127.0.0.1:{servers[0].server_address[1]}"
    for server in servers:
        server.shutdown()
        server.server_close()


def some_quads() -> list[Quad]:
    return [Quad(NamedNode(f"urn:s{i}"), NamedNode("urn:p"), Literal(str(i)), NamedNode("urn:g")) for i in range(5)]


@pytest.mark.parametrize("code", [301, 302, 303, 307, 308])
def test_a_redirect_is_not_followed_and_credentials_stay_home(hostile, monkeypatch, code):
    from kg.domain.errors import RemoteError
    from kg.remote import Endpoint, push_gsp, push_update, run_remote
    monkeypatch.setenv("KG_TOKEN", "tok-123456")
    where = Endpoint(f"{hostile}/redirect/{code}", retries=0)
    for attempt in (lambda: push_update(some_quads(), where), lambda: push_gsp(some_quads(), where),
                    lambda: run_remote("ASK {}", where)):
        with pytest.raises(RemoteError, match=rf"redirects \({code}\) to http://127.0.0.1:\d+/steal"):
            attempt()
    assert [path for _, path, _ in Hostile.seen if path.startswith("/steal")] == []


def test_no_credentials_over_plain_http_to_another_machine(monkeypatch):
    from kg.domain.errors import UsageError
    from kg.remote import Endpoint, credentials_for, push_update
    monkeypatch.setenv("KG_TOKEN", "tok-123456")
    monkeypatch.delenv("KG_ALLOW_HTTP_CREDENTIALS", raising=False)
    with pytest.raises(UsageError, match="plain http"):
        push_update(some_quads(), Endpoint("http://sparql.example.org/update", retries=0))
    assert credentials_for(Endpoint("https://sparql.example.org/update")) == "Bearer tok-123456"
    assert credentials_for(Endpoint("http://localhost:7878/update")) == "Bearer tok-123456"
    monkeypatch.setenv("KG_ALLOW_HTTP_CREDENTIALS", "1")
    assert credentials_for(Endpoint("http://sparql.example.org/update")) == "Bearer tok-123456"


def test_a_push_that_stores_nothing_fails(hostile):
    from kg.domain.errors import RemoteError
    from kg.remote import Endpoint, push_update
    with pytest.raises(RemoteError, match="holds 0 of the 5 triples"):
        push_update(some_quads(), Endpoint(f"{hostile}/blackhole", retries=0))


def test_a_push_is_counted_afterwards(tmp_path):
    from kg.remote import Endpoint, push_update
    with Served(Store(), allow_update=True) as served:
        result = push_update(some_quads(), Endpoint(f"{served.url}/update", retries=0))
        assert result.unchecked == "" and result.triples == 5 and len(served.store) == 5


@pytest.mark.parametrize("env", [{"KG_TOKEN": "tok-123456"}, {"KG_USER": "ann", "KG_PASSWORD": "pw-654321"}])
def test_error_bodies_are_shown_without_credentials(hostile, monkeypatch, env):
    import base64

    from kg.domain.errors import RemoteError
    from kg.remote import Endpoint, push_update, run_remote
    for name in ("KG_TOKEN", "KG_USER", "KG_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    secrets = ["tok-123456", "pw-654321", base64.b64encode(b"ann:pw-654321").decode()]
    for attempt in (lambda: push_update(some_quads(), Endpoint(f"{hostile}/echo", retries=0)),
                    lambda: run_remote("ASK {}", Endpoint(f"{hostile}/echo", retries=0))):
        with pytest.raises(RemoteError) as caught:
            attempt()
        assert "bad request" in str(caught.value) and "[removed]" in str(caught.value)
        assert not any(secret in str(caught.value) for secret in secrets)


def test_a_reply_that_is_not_http_is_exit_3(tmp_path):
    from click.testing import CliRunner

    from kg.cli import main
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    port = listener.getsockname()[1]

    def answer() -> None:
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            connection.recv(65536)
            connection.sendall(b"SSH-2.0-OpenSSH_9.6\r\nProtocol mismatch.\r\n")
            connection.close()

    threading.Thread(target=answer, daemon=True).start()
    graph = tmp_path / "g.nq"
    graph.write_text("<urn:a> <urn:b> <urn:c> <urn:g> .\n")
    try:
        result = CliRunner().invoke(main, ["push", str(graph), "--endpoint", f"http://127.0.0.1:{port}/update",
                                           "--retries", "0"])
        assert result.exit_code == 3 and "not HTTP" in result.output, result.output
        from kg.domain.errors import RemoteError
        from kg.remote import Endpoint, run_remote
        with pytest.raises(RemoteError, match="not HTTP") as caught:
            run_remote("ASK {}", Endpoint(f"http://127.0.0.1:{port}/query", retries=0))
        assert caught.value.exit_code == 3
    finally:
        listener.close()


# ---------------------------------------------------------------- the store


def kg_command(*args: str, timeout: float = 120):
    import subprocess
    import sys
    kg = Path(sys.executable).parent / "kg"
    return subprocess.run([str(kg), *args], capture_output=True, text=True, timeout=timeout)


class Exploit:
    """A pickle that, when loaded, leaves a file behind."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


@pytest.fixture(scope="module")
def one_letter(tmp_path_factory) -> Path:
    from conftest import sample
    folder = tmp_path_factory.mktemp("one")
    (folder / "letter.txt").write_bytes(sample("000").read_bytes())
    return folder


def test_a_crafted_file_in_a_store_folder_runs_no_code(tmp_path, one_letter):
    import hashlib
    import pickle

    from kg.engine.store import CACHE_DIR, CACHE_SUFFIX, STATE_NAME
    marker = tmp_path / "owned"
    store = tmp_path / "store"
    sha = hashlib.sha256((one_letter / "letter.txt").read_bytes()).hexdigest()
    (store / CACHE_DIR).mkdir(parents=True)
    evil = pickle.dumps(Exploit(marker))
    for name in (f"{sha}.pickle", f"{sha}{CACHE_SUFFIX}"):
        (store / CACHE_DIR / name).write_bytes(evil)
    (store / STATE_NAME).write_bytes(evil)
    result = kg_command("build", str(one_letter), "--store", str(store), "-q", "--no-validate")
    assert result.returncode == 0, result.stderr
    assert not marker.exists()
    # a JSON file naming code instead of data is a cache miss too
    crafted = {"kind": "kg-extraction", "format": 2, "value": {"$class": "kg.engine.store:os.system", "fields": {}}}
    (store / CACHE_DIR / f"{sha}{CACHE_SUFFIX}").write_text(json.dumps(crafted))
    assert kg_command("build", str(one_letter), "--store", str(store), "-q", "--no-validate").returncode == 0


def test_tagged_json_builds_only_kg_data_classes():
    from kg.engine.store import DataFormatError, dumps_data, loads_data
    value = {("a", 1): frozenset({b"x", 2.5}), "k": [None, True, float("inf")]}
    assert loads_data(dumps_data("t", 1, {}, value), "t", 1, {}) == value
    for name in ("os:system", "builtins:eval", "kg.engine.store:os.system", "kg.engine.store:os.__class__", "subprocess:Popen"):
        crafted = json.dumps({"kind": "t", "format": 1, "value": {"$class": name, "fields": {}}}).encode()
        with pytest.raises(DataFormatError):
            loads_data(crafted, "t", 1, {})
    with pytest.raises(DataFormatError, match="format"):
        loads_data(dumps_data("t", 1, {}, 1), "t", 2, {})


@pytest.mark.parametrize("damage, expected", [
    (lambda store: (store / "kg-store.json").write_text('{"format": 1, "letters": []}'), "store format 1 is not 2"),
    (lambda store: (store / "kg-store.json").write_text("[1, 2]"), "damaged store manifest"),
    (lambda store: (store / "kg-store.json").write_text('{"format": 2, "letters": [{"x": 1}]}'),
     "damaged store manifest"),
    (lambda store: (store / "kg-store.json").write_bytes(b"\xff\xfe{"), "damaged store manifest"),
    (lambda store: [p.write_bytes(b"\0garbage") for p in (store / "oxigraph").iterdir()
                    if p.name.startswith(("CURRENT", "MANIFEST", "OPTIONS"))], "damaged"),
])
def test_a_damaged_or_other_version_store_is_exit_3_saying_how_to_rebuild(tmp_path, one_letter, damage, expected):
    store = tmp_path / "store"
    assert kg_command("build", str(one_letter), "--store", str(store), "-q", "--no-validate").returncode == 0
    damage(store)
    for command in (["build", str(one_letter), "--store", str(store), "-q"], ["query", "letters", "--store", str(store)]):
        result = kg_command(*command)
        assert result.returncode == 3, result.stderr
        assert expected in result.stderr and "build again" in result.stderr
        assert result.stderr.count("\n") == 1 and "internal error" not in result.stderr
