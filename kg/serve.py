"""A local SPARQL 1.1 Protocol endpoint over a graph file or a store: ``kg serve``.

    GET  /sparql?query=...                        a query
    POST /sparql  application/x-www-form-urlencoded   query=... or update=...
    POST /sparql  application/sparql-query         the query as the body
    POST /sparql  application/sparql-update        the update as the body (only with allow_update)
    /query and /update are aliases of /sparql; GET / says where the endpoint is.

Solutions come back as SPARQL JSON, XML, CSV or TSV and graphs as Turtle, N-Triples, RDF/XML
or JSON-LD, chosen by the Accept header (JSON and Turtle by default). The default graph is
the union of the named graphs unless the request names ``default-graph-uri``. Every answer
carries ``Access-Control-Allow-Origin: *`` so that YASGUI and other browser clients work.

It binds to 127.0.0.1 unless told otherwise, refuses updates unless ``allow_update``, and
answers 503 when a query runs past the timeout (the query's thread is left to finish in the
background; Oxigraph cannot stop a query midway).
"""
from __future__ import annotations

import threading
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable

from pyoxigraph import NamedNode, QueryBoolean, QueryResultsFormat, QuerySolutions, RdfFormat, Store

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


class SparqlService:
    """Answers SPARQL Protocol requests over one pyoxigraph store."""

    def __init__(self, store: Store, *, allow_update: bool = False, timeout: float = 30.0, workers: int = 4):
        self.store = store
        self.allow_update = allow_update
        self.timeout = timeout
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="kg-query")
        self._write_lock = threading.Lock()

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    def query(self, sparql: str, accept: str | None, default_graphs: list[str], named_graphs: list[str]) -> Answer:
        options: dict = {}
        if default_graphs:
            options["default_graph"] = [NamedNode(g) for g in default_graphs]
        else:
            options["use_default_graph_as_union"] = True
        if named_graphs:
            options["named_graphs"] = [NamedNode(g) for g in named_graphs]
        future = self._pool.submit(self._evaluate, sparql, accept, options)
        try:
            return future.result(timeout=self.timeout)
        except FutureTimeout:
            return Answer(503, f"query timed out after {self.timeout:g} s\n".encode())

    def _evaluate(self, sparql: str, accept: str | None, options: dict) -> Answer:
        try:
            result = self.store.query(sparql, **options)
            if isinstance(result, (QuerySolutions, QueryBoolean)):
                media = negotiate(accept, RESULT_TYPES, "application/sparql-results+json")
                if media is None:
                    return Answer(406, b"cannot answer in the accepted formats; accept SPARQL JSON, XML, CSV or TSV\n")
                return Answer(200, result.serialize(format=RESULT_TYPES[media]), _with_charset(media))
            media = negotiate(accept, GRAPH_TYPES, "text/turtle")
            if media is None:
                return Answer(406, b"cannot answer in the accepted formats; accept Turtle, N-Triples, RDF/XML or JSON-LD\n")
            return Answer(200, result.serialize(format=GRAPH_TYPES[media]), _with_charset(media))
        except SyntaxError as exc:
            return Answer(400, f"query does not parse: {exc}\n".encode())
        except (OSError, RuntimeError, ValueError) as exc:
            return Answer(500, f"query failed: {exc}\n".encode())

    def update(self, sparql: str) -> Answer:
        if not self.allow_update:
            return Answer(403, b"this endpoint is read-only; start kg serve with --allow-update to accept updates\n")
        try:
            with self._write_lock:
                self.store.update(sparql)
        except SyntaxError as exc:
            return Answer(400, f"update does not parse: {exc}\n".encode())
        except (OSError, RuntimeError, ValueError) as exc:
            return Answer(500, f"update failed: {exc}\n".encode())
        return Answer(204, b"")


def _with_charset(media: str) -> str:
    """Every format kg serves is UTF-8 text; say so."""
    return f"{media}; charset=utf-8"


INDEX = """<!doctype html><meta charset="utf-8"><title>kg SPARQL endpoint</title>
<h1>kg SPARQL endpoint</h1>
<p>SPARQL 1.1 Protocol at <code>{url}sparql</code> ({mode}). Point YASGUI, Gephi or any SPARQL client
at it; the default graph is the union of the letter graphs.</p>
<pre>curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE {{ ?s ?p ?o }} LIMIT 5' {url}sparql</pre>
"""


def make_handler(service: SparqlService, log: Log | None) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "kg-serve"
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
            if log:
                log(f"{self.address_string()} {format % args}")

        def _send(self, answer: Answer) -> None:
            self.send_response(answer.status)
            self.send_header("Access-Control-Allow-Origin", "*")
            self.send_header("Content-Type", answer.content_type)
            self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(answer.body)

        def do_OPTIONS(self) -> None:  # noqa: N802 - http.server's naming
            self.send_response(204)
            self.send_header("Access-Control-Allow-Origin", "*")
            self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
            self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept, Authorization")
            self.send_header("Access-Control-Max-Age", "86400")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_GET(self) -> None:  # noqa: N802
            url = urllib.parse.urlsplit(self.path)
            params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
            if url.path in ("/", "/index.html") and "query" not in params:
                host = self.headers.get("Host") or f"{self.server.server_address[0]}:{self.server.server_address[1]}"
                mode = "updates allowed" if service.allow_update else "read-only"
                page = INDEX.format(url=f"http://{host}/", mode=mode)
                self._send(Answer(200, page.encode(), "text/html; charset=utf-8"))
                return
            if url.path not in PATHS | {"/"}:
                self._send(Answer(404, b"no such path; the endpoint is /sparql\n"))
                return
            if "update" in params:
                self._send(Answer(405, b"send updates with POST\n"))
                return
            if not params.get("query"):
                self._send(Answer(400, b"missing the query parameter\n"))
                return
            self._send(service.query(params["query"][0], self.headers.get("Accept"),
                                     params.get("default-graph-uri", []), params.get("named-graph-uri", [])))

        def do_POST(self) -> None:  # noqa: N802
            url = urllib.parse.urlsplit(self.path)
            if url.path not in PATHS | {"/"}:
                self._send(Answer(404, b"no such path; the endpoint is /sparql\n"))
                return
            try:
                length = int(self.headers.get("Content-Length", "0"))
            except ValueError:
                length = -1
            if length < 0 or length > MAX_BODY:
                self._send(Answer(413, b"request body missing a length or too large\n"))
                return
            body = self.rfile.read(length).decode("utf-8", errors="replace")
            params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
            media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if media == "application/x-www-form-urlencoded":
                form = urllib.parse.parse_qs(body, keep_blank_values=True)
                params.update(form)
                query, update = form.get("query", [None])[0], form.get("update", [None])[0]
            elif media == "application/sparql-query":
                query, update = body, None
            elif media == "application/sparql-update":
                query, update = None, body
            else:
                self._send(Answer(415, b"use application/x-www-form-urlencoded, application/sparql-query "
                                       b"or application/sparql-update\n"))
                return
            if update is not None:
                self._send(service.update(update))
            elif query:
                self._send(service.query(query, self.headers.get("Accept"), params.get("default-graph-uri", []),
                                         params.get("named-graph-uri", [])))
            else:
                self._send(Answer(400, b"missing the query or update\n"))

        do_HEAD = do_GET

    return Handler


def make_server(store: Store, *, host: str = "127.0.0.1", port: int = 7878, allow_update: bool = False,
                timeout: float = 30.0, log: Log | None = None) -> ThreadingHTTPServer:
    """A ready server (call ``serve_forever``); port 0 picks a free port (see ``server_address``)."""
    service = SparqlService(store, allow_update=allow_update, timeout=timeout)
    server = ThreadingHTTPServer((host, port), make_handler(service, log))
    server.daemon_threads = True
    server.service = service  # type: ignore[attr-defined]
    return server
