"""A local SPARQL 1.1 Protocol endpoint over a graph file or a store: ``kg serve``.

    GET  /sparql?query=...                        a query
    POST /sparql  application/x-www-form-urlencoded   query=... or update=...
    POST /sparql  application/sparql-query         the query as the body
    POST /sparql  application/sparql-update        the update as the body (only with allow_update)
    /query and /update are aliases of /sparql; GET / says where the endpoint is.

Solutions come back as SPARQL JSON, XML, CSV or TSV and graphs as Turtle, N-Triples, RDF/XML
or JSON-LD, chosen by the Accept header (JSON and Turtle by default). The default graph is
the union of the named graphs unless the request names ``default-graph-uri``.

Safe to expose on a machine with a browser (see docs/robustness.md):
  * no federation: a query or update with ``SERVICE`` is refused (400) unless ``allow_service``;
    an update with ``LOAD`` is always refused, so the server never fetches a file or URL;
  * no CORS header unless ``cors_origins`` names the origin (``*`` allows any);
  * the Host header must name the bound address (or localhost, or an ``allowed_hosts`` name),
    which stops DNS rebinding; a request from a page of another origin cannot update;
  * each query runs in a forked process that is killed at the timeout (Oxigraph cannot stop a
    query midway), so a runaway query costs one process for ``timeout`` seconds, not the server;
  * at most ``max_queries`` run at once; a request waits up to ``queue_wait`` seconds for a
    turn and gets 503 with Retry-After only while the limit is reached;
  * bad parameters are a 400 with a message; every answer that echoes input is text/plain
    with ``nosniff``, and the index page escapes what it shows.
"""
from __future__ import annotations

import html
import ipaddress
import json
import os
import select
import signal
import stat
import threading
import time
import urllib.parse
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from pyoxigraph import NamedNode, QueryBoolean, QueryResultsFormat, QuerySolutions, RdfFormat, Store

from .query import bare_words

MAX_BODY = 64 * 1024 * 1024
PATHS = {"/sparql", "/query", "/update"}
RESULT_TYPES = {
    "application/sparql-results+json": QueryResultsFormat.JSON, "application/json": QueryResultsFormat.JSON,
    "application/sparql-results+xml": QueryResultsFormat.XML, "application/xml": QueryResultsFormat.XML,
    "text/xml": QueryResultsFormat.XML,
    "text/csv": QueryResultsFormat.CSV, "text/tab-separated-values": QueryResultsFormat.TSV,
}
GRAPH_TYPES = {
    "text/turtle": RdfFormat.TURTLE, "application/x-turtle": RdfFormat.TURTLE,
    "application/n-triples": RdfFormat.N_TRIPLES, "text/plain": RdfFormat.N_TRIPLES,
    "application/rdf+xml": RdfFormat.RDF_XML, "application/ld+json": RdfFormat.JSON_LD,
}

Log = Callable[[str], None]


@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes
    content_type: str = "text/plain; charset=utf-8"


def negotiate(accept: str | None, offered: dict, default: str) -> str | None:
    """The offered media type the Accept header likes best; None when it accepts none of them."""
    if not accept:
        return default
    choices: list[tuple[float, int, str]] = []
    for index, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        quality = 1.0
        for field in fields[1:]:
            if field.startswith("q="):
                try:
                    quality = float(field[2:])
                except ValueError:
                    quality = 0.0
        if quality <= 0:
            continue
        if media in offered:
            choices.append((quality, -index, media))
        elif media in ("*/*", "application/*", "text/*"):
            choices.append((quality - 0.001, -index, default))
    return max(choices)[2] if choices else None


DEFAULT_MAX_QUERIES = 8
DEFAULT_QUEUE_WAIT = 5.0
READ_CHUNK = 1 << 20


def keywords(sparql: str) -> set[str]:
    """The bare words of a SPARQL text in upper case, outside IRIs, strings, comments, variables
    and prefixed names (so ``?service``, ``ex:load`` and ``"SERVICE"`` are no keywords)."""
    return set(bare_words(sparql))


class Refused(ValueError):
    """A request the server will not run; the message says why and what to do."""


def check_sparql(sparql: str, *, allow_service: bool, update: bool) -> None:
    """Refuse federation (SERVICE) unless allowed, and LOAD always: the server fetches nothing."""
    words = keywords(sparql)
    if "SERVICE" in words and not allow_service:
        raise Refused("SERVICE (federated query) is off on this endpoint: it would make the server send "
                      "requests for you; start kg serve with --allow-service to allow it")
    if update and "LOAD" in words:
        raise Refused("LOAD is refused: this endpoint reads no files or URLs; load data with kg build or kg push")


class SparqlService:
    """Answers SPARQL Protocol requests over one pyoxigraph store.

    A query runs in a child process forked from the server (it sees the store as it is, copy on
    write) and is killed when it runs past ``timeout``; an update runs in the server itself, under
    a lock that no fork happens inside.
    """

    def __init__(self, store: Store, *, allow_update: bool = False, timeout: float = 30.0,
                 max_queries: int = DEFAULT_MAX_QUERIES, queue_wait: float = DEFAULT_QUEUE_WAIT,
                 allow_service: bool = False):
        self.store = store
        self.allow_update = allow_update
        self.allow_service = allow_service
        self.timeout = timeout
        self.max_queries = max_queries
        self.queue_wait = queue_wait
        self._slots = threading.BoundedSemaphore(max_queries)
        self._write_lock = threading.Lock()
        self._children: set[int] = set()
        self._children_lock = threading.Lock()

    def close(self) -> None:
        """Kill the queries still running."""
        with self._children_lock:
            children = list(self._children)
        for pid in children:
            _kill(pid)

    def query(self, sparql: str, accept: str | None, default_graphs: list[str], named_graphs: list[str]) -> Answer:
        try:
            check_sparql(sparql, allow_service=self.allow_service, update=False)
            options = dataset_options(default_graphs, named_graphs)
        except Refused as exc:
            return Answer(400, f"{exc}\n".encode())
        if not self._slots.acquire(timeout=self.queue_wait):
            return Answer(503, f"busy: {self.max_queries} queries are running (the limit, --max-queries); "
                               f"try again shortly\n".encode())
        try:
            if not hasattr(os, "fork"):  # pragma: no cover - Windows: no way to stop a query
                return self._evaluate(sparql, accept, options)
            return self._in_child(sparql, accept, options)
        finally:
            self._slots.release()

    def _in_child(self, sparql: str, accept: str | None, options: dict) -> Answer:
        """Evaluate in a forked process; kill it at the timeout."""
        read_end, write_end = os.pipe()
        with self._write_lock, warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # fork in a threaded server: see the class
            pid = os.fork()
        if pid == 0:  # the child: answer, write, and leave without any cleanup of the parent's
            try:
                _close_inherited(keep=write_end)
                signal.setitimer(signal.ITIMER_REAL, self.timeout + 5)  # dies even if the server is gone
                signal.signal(signal.SIGALRM, signal.SIG_DFL)
                signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
                answer = self._evaluate(sparql, accept, options)
                _write_all(write_end, _encode(answer))
            finally:
                os._exit(0)
        os.close(write_end)
        with self._children_lock:
            self._children.add(pid)
        try:
            data = _read_until(read_end, time.monotonic() + self.timeout)
        finally:
            os.close(read_end)
            with self._children_lock:
                self._children.discard(pid)
            _kill(pid)
        if data is None:
            return Answer(503, f"query timed out after {self.timeout:g} s and was stopped\n".encode())
        return _decode(data)

    def _evaluate(self, sparql: str, accept: str | None, options: dict) -> Answer:
        try:
            result = self.store.query(sparql, **options)
            if isinstance(result, (QuerySolutions, QueryBoolean)):
                media = negotiate(accept, RESULT_TYPES, "application/sparql-results+json")
                body = result.serialize(format=RESULT_TYPES[media]) if media else None
            else:
                media = negotiate(accept, GRAPH_TYPES, "text/turtle")
                body = result.serialize(format=GRAPH_TYPES[media]) if media else None
            if media is None:
                accepted = ("SPARQL JSON, XML, CSV or TSV" if isinstance(result, (QuerySolutions, QueryBoolean))
                            else "Turtle, N-Triples, RDF/XML or JSON-LD")
                return Answer(406, f"cannot answer in the accepted formats; accept {accepted}\n".encode())
            if body is None:  # given no output, serialize returns the bytes (typed ``bytes | None``)
                raise RuntimeError("serialize returned nothing")
            return Answer(200, body, f"{media}; charset=utf-8")  # every format kg serves is UTF-8 text
        except SyntaxError as exc:
            return Answer(400, f"query does not parse: {exc}\n".encode())
        except (OSError, RuntimeError, ValueError) as exc:
            return Answer(500, f"query failed: {exc}\n".encode())

    def update(self, sparql: str) -> Answer:
        if not self.allow_update:
            return Answer(403, b"this endpoint is read-only; start kg serve with --allow-update to accept updates\n")
        try:
            check_sparql(sparql, allow_service=self.allow_service, update=True)
            with self._write_lock:
                self.store.update(sparql)
        except Refused as exc:
            return Answer(400, f"{exc}\n".encode())
        except SyntaxError as exc:
            return Answer(400, f"update does not parse: {exc}\n".encode())
        except (OSError, RuntimeError, ValueError) as exc:
            return Answer(500, f"update failed: {exc}\n".encode())
        return Answer(204, b"")


def dataset_options(default_graphs: list[str], named_graphs: list[str]) -> dict:
    """Store.query options for the protocol's default-graph-uri and named-graph-uri; Refused if not IRIs."""
    def iri(value: str, name: str) -> NamedNode:
        try:
            return NamedNode(value)
        except ValueError:
            raise Refused(f"{name} is not an absolute IRI: {value!r}") from None

    options: dict = {}
    if default_graphs:
        options["default_graph"] = [iri(g, "default-graph-uri") for g in default_graphs]
    else:
        options["use_default_graph_as_union"] = True
    if named_graphs:
        options["named_graphs"] = [iri(g, "named-graph-uri") for g in named_graphs]
    return options


def _encode(answer: Answer) -> bytes:
    head = json.dumps({"status": answer.status, "type": answer.content_type}).encode()
    return head + b"\n" + answer.body


def _decode(data: bytes) -> Answer:
    head, _, body = data.partition(b"\n")
    try:
        fields = json.loads(head)
        return Answer(int(fields["status"]), body, str(fields["type"]))
    except (ValueError, KeyError, TypeError):
        return Answer(500, b"query failed: its process ended without an answer (out of memory?)\n")


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _read_until(fd: int, deadline: float) -> bytes | None:
    """Everything written to ``fd`` until its end; None when the deadline comes first."""
    chunks: list[bytes] = []
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return None
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            return None
        chunk = os.read(fd, READ_CHUNK)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def _close_inherited(keep: int) -> None:
    """In a query's process: close the sockets and pipes copied from the server (other clients'
    connections, other queries' pipes), so that they end when the server ends them."""
    try:
        names = os.listdir("/proc/self/fd")
    except OSError:  # pragma: no cover - no /proc: leave them
        return
    for name in names:
        fd = int(name)
        if fd <= 2 or fd == keep:
            continue
        try:
            mode = os.fstat(fd).st_mode
        except OSError:
            continue
        if stat.S_ISSOCK(mode) or stat.S_ISFIFO(mode):
            os.close(fd)


def _kill(pid: int) -> None:
    """Stop a query's process (if it still runs) and reap it."""
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass


INDEX = """<!doctype html><meta charset="utf-8"><title>kg SPARQL endpoint</title>
<h1>kg SPARQL endpoint</h1>
<p>SPARQL 1.1 Protocol at <code>{url}sparql</code> ({mode}). Point YASGUI, Gephi or any SPARQL client
at it; the default graph is the union of the letter graphs.</p>
<pre>curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE {{ ?s ?p ?o }} LIMIT 5' {url}sparql</pre>
"""

LOCAL_NAMES = {"localhost", "127.0.0.1", "::1"}


@dataclass(frozen=True)
class Access:
    """Who may talk to the server: the Host names it answers to and the origins CORS allows."""

    host: str
    port: int
    allowed_hosts: frozenset[str] = frozenset()
    cors_origins: frozenset[str] = frozenset()

    def host_ok(self, header: str | None) -> bool:
        """Whether a Host header names this server (not a DNS name pointed at it by someone else)."""
        if not header:
            return False
        parts = urllib.parse.urlsplit(f"//{header}")
        try:
            name, port = (parts.hostname or "").lower(), parts.port
        except ValueError:
            return False
        if port not in (None, self.port):
            return False
        bound = self.host.lower().strip("[]")
        if name in self.allowed_hosts or name == bound:
            return True
        bound_ip = _ip(bound)
        if (bound_ip and bound_ip.is_loopback) or bound == "localhost":
            return name in LOCAL_NAMES
        if bound in ("", "0.0.0.0", "::"):  # every address of the machine: IP literals and localhost
            return name in LOCAL_NAMES or _ip(name) is not None
        return False

    def cors(self, origin: str | None) -> str | None:
        """The Access-Control-Allow-Origin value for a request from ``origin``; None: no header."""
        if not origin or not self.cors_origins:
            return None
        if "*" in self.cors_origins:
            return "*"
        return origin if origin.rstrip("/") in self.cors_origins else None

    def same_site(self, origin: str | None, host: str | None) -> bool:
        """Whether a request's Origin (when a browser sent one) is this server or an allowed origin."""
        if not origin:
            return True  # curl, SPARQL clients: no browser, no other site
        if host and origin.rstrip("/") in (f"http://{host}", f"https://{host}"):
            return True
        return origin.rstrip("/") in self.cors_origins and "*" not in self.cors_origins


def _ip(name: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The IP address ``name`` spells, or None for a host name."""
    try:
        return ipaddress.ip_address(name)
    except ValueError:
        return None


def _single(params: dict[str, list[str]], name: str) -> str | None:
    """The one value of a request parameter; Refused when it comes more than once."""
    values = params.get(name)
    if not values:
        return None
    if len(values) > 1:
        raise Refused(f"the {name} parameter is given {len(values)} times; give it once")
    return values[0]


def _parse_params(text: str) -> dict[str, list[str]]:
    try:
        return urllib.parse.parse_qs(text, keep_blank_values=True, errors="strict", max_num_fields=1000)
    except UnicodeDecodeError:
        raise Refused("a request parameter is not UTF-8 (percent-encode UTF-8 text)") from None
    except ValueError as exc:
        raise Refused(f"bad request parameters ({exc})") from None


def make_handler(service: SparqlService, log: Log | None, access: Access) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "kg-serve"
        protocol_version = "HTTP/1.1"
        timeout = 60  # an idle or slow client's connection is closed after this

        def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
            if log:
                log(f"{self.address_string()} {format % args}".encode("ascii", "backslashreplace").decode())

        def _send(self, answer: Answer, extra: Iterable[tuple[str, str]] = ()) -> None:
            self.send_response(answer.status)
            self._allow_origin()
            self.send_header("Content-Type", answer.content_type)
            self.send_header("Content-Length", str(len(answer.body)))
            self.send_header("X-Content-Type-Options", "nosniff")
            for name, value in extra:
                self.send_header(name, value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(answer.body)

        def _allow_origin(self) -> bool:
            """The CORS headers when the request's Origin is allowed; whether it is."""
            allowed = access.cors(self.headers.get("Origin"))
            if allowed:
                self.send_header("Access-Control-Allow-Origin", allowed)
                self.send_header("Vary", "Origin")
            return allowed is not None

        def _refuse(self, status: int, message: str) -> None:
            self._send(Answer(status, f"{message}\n".encode()))

        def _checked(self) -> bool:
            """False (and an answer sent) when the Host header names another server."""
            if access.host_ok(self.headers.get("Host")):
                return True
            self._refuse(421 if self.headers.get("Host") else 400,
                         "the Host header does not name this server (start kg serve with --allow-host NAME "
                         "to answer to another name)")
            return False

        def _on_path(self, url: urllib.parse.SplitResult) -> bool:
            """False (and a 404 sent) when ``url`` is not the endpoint's."""
            if url.path in PATHS | {"/"}:
                return True
            self._refuse(404, "no such path; the endpoint is /sparql")
            return False

        def _answer(self, answer: Answer) -> None:
            extra = [("Retry-After", "2")] if answer.status == 503 and answer.body.startswith(b"busy") else []
            self._send(answer, extra)

        def _query(self, query: str, params: dict[str, list[str]]) -> None:
            self._answer(service.query(query, self.headers.get("Accept"), params.get("default-graph-uri", []),
                                       params.get("named-graph-uri", [])))

        def do_OPTIONS(self) -> None:  # noqa: N802 - http.server's naming
            if not self._checked():
                return
            self.send_response(204 if access.cors(self.headers.get("Origin")) else 403)
            if self._allow_origin():
                self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
                self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
                self.send_header("Access-Control-Max-Age", "86400")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_GET(self) -> None:  # noqa: N802
            if not self._checked():
                return
            url = urllib.parse.urlsplit(self.path)
            try:
                params = _parse_params(url.query)
                query = _single(params, "query")
            except Refused as exc:
                self._refuse(400, str(exc))
                return
            if url.path in ("/", "/index.html") and "query" not in params:
                mode = "updates allowed" if service.allow_update else "read-only"
                page = INDEX.format(url=html.escape(f"http://{self.headers['Host']}/"), mode=mode)
                self._send(Answer(200, page.encode(), "text/html; charset=utf-8"))
            elif self._on_path(url):
                if "update" in params:
                    self._refuse(405, "send updates with POST")
                elif not query:
                    self._refuse(400, "missing the query parameter")
                else:
                    self._query(query, params)

        def do_POST(self) -> None:  # noqa: N802
            url = urllib.parse.urlsplit(self.path)
            if not (self._checked() and self._on_path(url)):
                return
            try:
                length = int(self.headers.get("Content-Length", "0"))
            except ValueError:
                length = -1
            if length < 0 or length > MAX_BODY:
                self._refuse(413, "request body missing a length or too large")
                return
            raw = self.rfile.read(length)
            media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            try:
                body = raw.decode("utf-8")
                params = _parse_params(url.query)
                if media == "application/x-www-form-urlencoded":
                    form = _parse_params(body)
                    params.update(form)
                    query, update = _single(form, "query"), _single(form, "update")
                elif media == "application/sparql-query":
                    query, update = body, None
                elif media == "application/sparql-update":
                    query, update = None, body
                else:
                    self._refuse(415, "use application/x-www-form-urlencoded, application/sparql-query "
                                      "or application/sparql-update")
                    return
            except UnicodeDecodeError:
                self._refuse(400, "the request body is not UTF-8")
                return
            except Refused as exc:
                self._refuse(400, str(exc))
                return
            if update is not None:
                if not access.same_site(self.headers.get("Origin"), self.headers.get("Host")) \
                        or self.headers.get("Sec-Fetch-Site") == "cross-site":
                    self._refuse(403, "an update from a page of another site is refused")
                    return
                self._answer(service.update(update))
            elif query:
                self._query(query, params)
            else:
                self._refuse(400, "missing the query or update")

        do_HEAD = do_GET

    return Handler


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server ``make_server`` makes; ``service`` runs its queries (close it after serving)."""

    service: SparqlService

    def bound_address(self) -> tuple[str, int]:
        """The host and port it listens on (port 0 asks the system for a free one)."""
        host, port = self.server_address[:2]
        return (host.decode() if isinstance(host, bytes | bytearray) else host), port


def make_server(store: Store, *, host: str = "127.0.0.1", port: int = 7878, allow_update: bool = False,
                timeout: float = 30.0, log: Log | None = None, max_queries: int = DEFAULT_MAX_QUERIES,
                queue_wait: float = DEFAULT_QUEUE_WAIT, allow_service: bool = False,
                cors_origins: Iterable[str] = (), allowed_hosts: Iterable[str] = ()) -> SparqlServer:
    """A ready server (call ``serve_forever``); port 0 picks a free port (see ``bound_address``)."""
    if not (timeout > 0 and timeout != float("inf")):  # also refuses nan
        raise ValueError(f"the timeout must be a positive number of seconds, not {timeout}")
    if max_queries < 1:
        raise ValueError("max_queries must be at least 1")
    service = SparqlService(store, allow_update=allow_update, timeout=timeout, max_queries=max_queries,
                            queue_wait=queue_wait, allow_service=allow_service)
    # a placeholder handler while binding: the real one needs the bound port
    server = SparqlServer((host, port), BaseHTTPRequestHandler)
    access = Access(host=host, port=server.server_address[1],
                    allowed_hosts=frozenset(h.lower() for h in allowed_hosts),
                    cors_origins=frozenset(o.rstrip("/") for o in cors_origins))
    server.RequestHandlerClass = make_handler(service, log, access)
    server.daemon_threads = True
    server.service = service
    return server
