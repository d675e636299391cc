"""Any SPARQL 1.1 server: push named graphs to it, run named queries on it.

    push_update  SPARQL 1.1 Update: per named graph ``DROP SILENT GRAPH <g> ; INSERT DATA {...}``
                 in one request (a large graph continues in further ``INSERT DATA`` chunks),
                 so pushing twice leaves the same data
    push_gsp     SPARQL 1.1 Graph Store HTTP Protocol: ``PUT URL?graph=<g>`` per named graph
    run_remote   a query through SPARQLWrapper, with ``--param`` filters written exactly as locally
                 (kg.query.with_filters: FILTERs over escaped literals), returned as a kg.query.Table
    holds_kg     whether an endpoint holds any of kg's graphs: a hint when a query finds nothing

Credentials come from the environment (``KG_TOKEN`` for a bearer token, or ``KG_USER`` and
``KG_PASSWORD`` for basic authentication) or else from ``~/.netrc`` (the endpoint's host);
they are sent only as an Authorization header and never appear in a message. Every request has
a timeout and is retried with exponential backoff when the server is unreachable, times out or
answers 429/502/503/504; anything else fails at once with one line (RemoteError, exit code 3).
"""
from __future__ import annotations

import base64
import netrc
import os
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator

from pyoxigraph import BlankNode, DefaultGraph, Literal, NamedNode, Quad, RdfFormat, parse, serialize

from .errors import RemoteError, UsageError
from .query import Table, with_filters

RETRY_STATUS = {429, 502, 503, 504}
DEFAULT_TIMEOUT = 60.0
DEFAULT_RETRIES = 3
DEFAULT_CHUNK = 20000  # triples per INSERT DATA request


@dataclass(frozen=True)
class Endpoint:
    """A URL to talk to, how long to wait, how often to try again."""

    url: str
    timeout: float = DEFAULT_TIMEOUT
    retries: int = DEFAULT_RETRIES
    backoff: float = 0.5  # seconds before the first retry; doubles each time

    def __post_init__(self) -> None:
        parts = urllib.parse.urlsplit(self.url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise UsageError(f"'{public_url(self.url)}' is not an http(s) URL")
        if parts.username or parts.password:
            raise UsageError(f"{public_url(self.url)}: put credentials in KG_USER/KG_PASSWORD, KG_TOKEN or "
                             f"~/.netrc, not in the URL")

    @property
    def shown(self) -> str:
        return public_url(self.url)


@dataclass(frozen=True)
class PushResult:
    graphs: int
    triples: int
    requests: int


def public_url(url: str) -> str:
    """The URL without user info, query string or fragment: safe to print."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urllib.parse.urlunsplit((parts.scheme, host, parts.path, "", ""))


def authorization(url: str, environ: dict[str, str] | None = None, netrc_file: str | None = None) -> str | None:
    """The Authorization header value for ``url``: KG_TOKEN, KG_USER/KG_PASSWORD, or ~/.netrc."""
    env = os.environ if environ is None else environ
    if env.get("KG_TOKEN"):
        return f"Bearer {env['KG_TOKEN']}"
    if env.get("KG_USER"):
        pair = f"{env['KG_USER']}:{env.get('KG_PASSWORD', '')}"
        return "Basic " + base64.b64encode(pair.encode("utf-8")).decode("ascii")
    host = urllib.parse.urlsplit(url).hostname
    try:
        entry = netrc.netrc(netrc_file or env.get("NETRC")).authenticators(host) if host else None
    except (FileNotFoundError, netrc.NetrcParseError, OSError):
        entry = None
    if entry:
        login, _, password = entry
        pair = f"{login or ''}:{password or ''}"
        return "Basic " + base64.b64encode(pair.encode("utf-8")).decode("ascii")
    return None


# ---------------------------------------------------------------- HTTP with retries


def _explain(endpoint: Endpoint, status: int | None, detail: str = "") -> RemoteError:
    where = endpoint.shown
    if status == 401 or status == 403:
        return RemoteError(f"{where}: {status} {'unauthorized' if status == 401 else 'forbidden'} "
                           f"(set KG_USER and KG_PASSWORD, or KG_TOKEN, or add the host to ~/.netrc)")
    if status == 404:
        return RemoteError(f"{where}: 404 not found (check the endpoint URL)")
    if status == 400:
        return RemoteError(f"{where}: 400 the server refused the request{': ' + detail if detail else ''}")
    if status is not None:
        return RemoteError(f"{where}: HTTP {status}{': ' + detail if detail else ''}")
    return RemoteError(f"{where}: {detail}")


def _short(body: bytes) -> str:
    text = body.decode("utf-8", errors="replace").strip().replace("\n", " ")
    return text[:200] + ("…" if len(text) > 200 else "")


def with_retries(endpoint: Endpoint, attempt: Callable[[], bytes]) -> bytes:
    """Run ``attempt`` until it succeeds, retrying transient failures with backoff."""
    delay = endpoint.backoff
    for tries_left in range(endpoint.retries, -1, -1):
        try:
            return attempt()
        except urllib.error.HTTPError as exc:
            body = exc.read() if exc.fp else b""
            if exc.code not in RETRY_STATUS or not tries_left:
                raise _explain(endpoint, exc.code, _short(body)) from None
        except (TimeoutError, socket.timeout):
            if not tries_left:
                raise _explain(endpoint, None, f"timed out after {endpoint.timeout:g} s (raise --timeout?)") from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, (TimeoutError, socket.timeout)):
                message = f"timed out after {endpoint.timeout:g} s (raise --timeout?)"
            elif isinstance(reason, ConnectionRefusedError):
                message = "connection refused (is the server running, and is the port right?)"
            elif isinstance(reason, socket.gaierror):
                message = "unknown host (check the URL)"
            else:
                message = f"cannot connect ({reason})"
            if not tries_left:
                raise _explain(endpoint, None, message) from None
        except (ConnectionError, OSError) as exc:
            if not tries_left:
                raise _explain(endpoint, None, f"connection failed ({type(exc).__name__})") from None
        time.sleep(delay)
        delay *= 2
    raise AssertionError("unreachable")  # pragma: no cover


def http(endpoint: Endpoint, method: str, data: bytes | None, content_type: str | None,
         url: str | None = None, accept: str | None = None) -> bytes:
    """One HTTP request (with retries); returns the body of a 2xx answer."""
    headers = {"User-Agent": "kg"}
    if content_type:
        headers["Content-Type"] = content_type
    if accept:
        headers["Accept"] = accept
    auth = authorization(endpoint.url)
    if auth:
        headers["Authorization"] = auth

    def attempt() -> bytes:
        request = urllib.request.Request(url or endpoint.url, data=data, method=method, headers=headers)
        with urllib.request.urlopen(request, timeout=endpoint.timeout) as response:
            return response.read()

    return with_retries(endpoint, attempt)


# ---------------------------------------------------------------- push


def by_graph(quads: Iterable[Quad]) -> dict[NamedNode | BlankNode | DefaultGraph, list[Quad]]:
    """Quads grouped by their graph, graphs in IRI order (the default graph first)."""
    groups: dict = {}
    for quad in quads:
        groups.setdefault(quad.graph_name, []).append(quad)
    return dict(sorted(groups.items(), key=lambda item: "" if isinstance(item[0], DefaultGraph) else item[0].value))


def _ntriples(quads: Iterable[Quad]) -> str:
    return serialize([q.triple for q in quads], format=RdfFormat.N_TRIPLES).decode("utf-8")


def _chunks(items: list[Quad], size: int) -> Iterator[list[Quad]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _named(graphs: dict, into: NamedNode | None) -> dict[NamedNode, list[Quad]]:
    """Every group under a named graph; the default graph's triples go ``into`` a named graph."""
    named: dict[NamedNode, list[Quad]] = {}
    for graph, quads in graphs.items():
        if isinstance(graph, DefaultGraph):
            if into is None:
                raise UsageError("the graph has triples outside named graphs; say which named graph they "
                                 "go into with --into IRI")
            named.setdefault(into, []).extend(quads)
        elif isinstance(graph, NamedNode):
            named.setdefault(graph, []).extend(quads)
        else:
            raise UsageError(f"graph name {graph} is a blank node; a server cannot address it")
    return named


def update_requests(graph: NamedNode, quads: list[Quad], chunk: int = DEFAULT_CHUNK) -> list[str]:
    """The SPARQL updates that replace ``graph`` by ``quads``: DROP and the first INSERT together."""
    requests: list[str] = []
    for part in _chunks(quads, max(1, chunk)):
        insert = f"INSERT DATA {{ GRAPH {graph} {{\n{_ntriples(part)}}} }}"
        requests.append(f"DROP SILENT GRAPH {graph} ;\n{insert}" if not requests else insert)
    return requests or [f"DROP SILENT GRAPH {graph}"]


def push_update(quads: Iterable[Quad], endpoint: Endpoint, *, into: NamedNode | None = None,
                chunk: int = DEFAULT_CHUNK, progress: Callable[[str, int, int], None] | None = None) -> PushResult:
    """Replace each named graph of ``quads`` on a SPARQL 1.1 Update endpoint."""
    graphs = _named(by_graph(quads), into)
    sent = triples = 0
    for index, (graph, group) in enumerate(graphs.items(), start=1):
        for update in update_requests(graph, group, chunk):
            http(endpoint, "POST", update.encode("utf-8"), "application/sparql-update; charset=utf-8")
            sent += 1
        triples += len({q.triple for q in group})
        if progress:
            progress("push", index, len(graphs))
    return PushResult(graphs=len(graphs), triples=triples, requests=sent)


def push_gsp(quads: Iterable[Quad], endpoint: Endpoint, *, into: NamedNode | None = None,
             progress: Callable[[str, int, int], None] | None = None) -> PushResult:
    """PUT each named graph of ``quads`` to a Graph Store HTTP Protocol endpoint (replacing it)."""
    graphs = _named(by_graph(quads), into)
    triples = 0
    separator = "&" if urllib.parse.urlsplit(endpoint.url).query else "?"
    for index, (graph, group) in enumerate(graphs.items(), start=1):
        url = f"{endpoint.url}{separator}graph={urllib.parse.quote(graph.value, safe='')}"
        http(endpoint, "PUT", _ntriples(group).encode("utf-8"), "application/n-triples", url=url)
        triples += len({q.triple for q in group})
        if progress:
            progress("push", index, len(graphs))
    return PushResult(graphs=len(graphs), triples=triples, requests=len(graphs))


# ---------------------------------------------------------------- query


def _term(binding: dict):
    kind = binding.get("type")
    value = binding.get("value", "")
    if kind == "uri":
        return NamedNode(value)
    if kind == "bnode":
        return BlankNode(value)
    if kind in ("literal", "typed-literal"):
        if binding.get("xml:lang"):
            return Literal(value, language=binding["xml:lang"])
        if binding.get("datatype"):
            return Literal(value, datatype=NamedNode(binding["datatype"]))
        return Literal(value)
    raise RemoteError(f"the endpoint returned a term of unknown type '{kind}'")


def table_from_json(data: dict) -> Table:
    """SPARQL 1.1 Query Results JSON -> Table."""
    if "boolean" in data:
        return Table(variables=(), rows=(), boolean=bool(data["boolean"]))
    try:
        variables = tuple(data["head"].get("vars", ()))
        rows = tuple(tuple(_term(solution[v]) if v in solution else None for v in variables)
                     for solution in data["results"]["bindings"])
    except (KeyError, TypeError, AttributeError) as exc:
        raise RemoteError(f"the endpoint's answer is not SPARQL JSON results ({exc})") from None
    return Table(variables=variables, rows=rows)


QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_FORMS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")
_LONG_STRING = re.compile(r"'''(?:[^'\\]|\\.|'(?!''))*'''" + r'|"""(?:[^"\\]|\\.|"(?!""))*"""', re.S)
_SHORT_STRING = re.compile(r"'(?:[^'\\\n]|\\.)*'" + r'|"(?:[^"\\\n]|\\.)*"')
_IRI = re.compile(r'<[^<>"{}|^`\\\s]*>')
_WORD = re.compile(r"[?$]?[A-Za-z_][A-Za-z0-9_\-]*:?")


def query_form(sparql: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first keyword outside comments, IRIs and strings.

    SPARQLWrapper guesses the form with a regular expression that a comment such as
    '# organisations addressed' fools into ADD (an update); kg decides it here instead.
    """
    position = 0
    while position < len(sparql):
        char = sparql[position]
        if char == "#":
            end = sparql.find("\n", position)
            position = len(sparql) if end < 0 else end + 1
            continue
        for pattern in (_IRI, _LONG_STRING, _SHORT_STRING, _WORD):
            match = pattern.match(sparql, position)
            if match:
                word = match.group().upper()
                if pattern is _WORD and word in QUERY_FORMS:
                    return word
                if pattern is _WORD and word in UPDATE_FORMS:
                    raise UsageError(f"this is a SPARQL update ({word}), not a query; kg query only reads")
                position = match.end()
                break
        else:
            position += 1
    raise UsageError("no SELECT, ASK, CONSTRUCT or DESCRIBE in the query")


def run_remote(sparql: str, endpoint: Endpoint, bindings: dict[str, str] | None = None,
               match: str = "contains") -> Table:
    """Run a query on a SPARQL 1.1 query endpoint through SPARQLWrapper."""
    import json

    from SPARQLWrapper import JSON, POST, TURTLE, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    text = with_filters(sparql, bindings, match)
    client = SPARQLWrapper(endpoint.url)
    client.setQuery(text)
    client.setMethod(POST)
    client.setOnlyConneg(True)
    client.setTimeout(int(max(1, endpoint.timeout)))
    client.queryType = query_form(text)  # SPARQLWrapper's own guess trips over comments
    graph_result = client.queryType in ("CONSTRUCT", "DESCRIBE")
    client.setReturnFormat(TURTLE if graph_result else JSON)
    auth = authorization(endpoint.url)
    if auth:
        client.addCustomHttpHeader("Authorization", auth)

    def attempt() -> bytes:
        try:
            return client.query().response.read()
        except SPARQLWrapperException as exc:
            status = {"EndPointNotFound": 404, "Unauthorized": 401, "QueryBadFormed": 400,
                      "EndPointInternalError": 500, "URITooLong": 414}.get(type(exc).__name__)
            detail = _short(getattr(exc, "response", b"") or b"") if status == 400 else ""
            raise _explain(endpoint, status, detail or type(exc).__name__) from None

    body = with_retries(endpoint, attempt)
    if graph_result:
        try:
            triples = list(parse(body, format=RdfFormat.TURTLE))
        except SyntaxError as exc:
            raise RemoteError(f"{endpoint.shown}: the answer is not Turtle ({exc})") from None
        return Table(variables=("subject", "predicate", "object"),
                     rows=tuple((t.subject, t.predicate, t.object) for t in triples))
    try:
        return table_from_json(json.loads(body))
    except ValueError:
        raise RemoteError(f"{endpoint.shown}: the answer is not SPARQL JSON results: {_short(body)}") from None


_IN_NAMED_GRAPHS = "ASK { GRAPH ?g { ?letter a <https://w3id.org/kamerbrieven/def#Letter> } }"
_IN_DEFAULT_GRAPH = "ASK { ?letter a <https://w3id.org/kamerbrieven/def#Letter> }"


def holds_kg(endpoint: Endpoint) -> str | None:
    """None when the endpoint holds kg's letter graphs; else a warning that says what to do.

    kg's named queries read named graphs (``GRAPH ?g``), so they give the same rows whatever
    the store's default graph is; a store that holds kg's data only in its default graph (a
    .ttl loaded by hand) or not at all answers them with no rows.
    """
    if run_remote(_IN_NAMED_GRAPHS, endpoint).boolean:
        return None
    if run_remote(_IN_DEFAULT_GRAPH, endpoint).boolean:
        return (f"{endpoint.shown} holds kg's letters only in its default graph, not in named graphs; "
                f"the named queries read the named graphs: load them with kg push")
    return (f"{endpoint.shown} holds none of kg's graphs (no letter in any named graph); "
            f"push them first: kg push GRAPH --endpoint UPDATE_URL")


def read_dataset(graph: Path | None, store: Path | None) -> list[Quad]:
    """The quads of a graph file or of a store folder."""
    if (graph is None) == (store is None):
        raise UsageError("give either a GRAPH file or --store DIR")
    if store is not None:
        from .store import KgStore
        with KgStore(store, read_only=True) as kg_store:
            return list(kg_store.quads())
    from .rdfio import read_quads
    return read_quads(graph)
