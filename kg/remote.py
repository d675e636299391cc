"""Any SPARQL 1.1 server: push named graphs to it, run named queries on it.

    push_update  SPARQL 1.1 Update: per named graph ``DROP SILENT GRAPH <g> ; INSERT DATA {...}``
                 in one request (a large graph continues in further ``INSERT DATA`` chunks),
                 so pushing twice leaves the same data
    push_gsp     SPARQL 1.1 Graph Store HTTP Protocol: ``PUT URL?graph=<g>`` per named graph
    run_remote   a query (SPARQL 1.1 Protocol, a form POST), with ``--param`` filters written exactly
                 as locally (kg.query.with_filters: FILTERs over escaped literals), returned as a
                 kg.query.Table
    holds_kg     whether an endpoint holds any of kg's graphs: a hint when a query finds nothing

Credentials come from the environment (``KG_TOKEN`` for a bearer token, or ``KG_USER`` and
``KG_PASSWORD`` for basic authentication) or else from ``~/.netrc`` (the endpoint's host);
they are sent only as an Authorization header and never appear in a message. Every request has
a timeout and is retried with exponential backoff when the server is unreachable, times out or
answers 429/502/503/504; anything else fails at once with one line (RemoteError, exit code 3).

Safe with credentials (see docs/robustness.md): kg follows no redirect (a 3xx names where the
server points, to be given instead), so an Authorization header never travels to another
host or turns a POST into a GET; it sends credentials over plain http only to this machine
(localhost) unless ``KG_ALLOW_HTTP_CREDENTIALS=1``; an error body is shown with the
credentials and any Authorization or Cookie header taken out; a push counts, afterwards, the
triples the server holds in each graph it sent and fails when some are missing.
"""
from __future__ import annotations

import base64
import ipaddress
import netrc
import os
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from http.client import HTTPException
from pathlib import Path

from pyoxigraph import BlankNode, DefaultGraph, Literal, NamedNode, Quad, RdfFormat, parse

from .domain.errors import RemoteError, UsageError
from .engine.store import insert_data, ntriples, replace_graph_update
from .query import Table, bare_words, table_of, with_filters

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
    unchecked: str = ""  # why the count afterwards could not be made; empty when it was


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
        login, password = env["KG_USER"], env.get("KG_PASSWORD", "")
    else:
        host = urllib.parse.urlsplit(url).hostname
        try:
            entry = netrc.netrc(netrc_file or env.get("NETRC")).authenticators(host) if host else None
        except (FileNotFoundError, netrc.NetrcParseError, OSError):
            entry = None
        if not entry:
            return None
        login, password = entry[0] or "", entry[2] or ""
    return "Basic " + base64.b64encode(f"{login}:{password}".encode()).decode("ascii")


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


_SECRET_HEADER = re.compile(r"(?i)\b(proxy-authorization|authorization|cookie|set-cookie|x-api-key)"
                            r"([\s:=\"']{0,3})(?:(?:basic|bearer|digest)\s+)?[^\s\"'<>,;&]+")


def redact(text: str, environ: dict[str, str] | None = None, auth: str | None = None) -> str:
    """``text`` with the credentials kg may have sent taken out (a server may echo its request)."""
    env = os.environ if environ is None else environ
    secrets = [auth, auth.split(" ", 1)[-1] if auth else None, env.get("KG_TOKEN"), env.get("KG_PASSWORD")]
    for secret in sorted({s for s in secrets if s and len(s) >= 3}, key=len, reverse=True):
        text = text.replace(secret, "[removed]")
    return _SECRET_HEADER.sub(lambda m: f"{m.group(1)}{m.group(2)}[removed]", text)


def _short(body: bytes, auth: str | None = None) -> str:
    text = body.decode("utf-8", errors="replace").strip().replace("\n", " ")
    text = "".join(c if c.isprintable() else " " for c in text)  # no terminal escapes from a server
    text = redact(text, auth=auth)
    return text[:200] + ("…" if len(text) > 200 else "")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Follow no redirect: the 3xx comes back as an error that names where the server points."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001 - urllib's signature
        return None


_OPENER = urllib.request.build_opener(_NoRedirect())


def is_local(url: str) -> bool:
    """Whether ``url`` points at this machine (credentials over plain http stay on it)."""
    host = (urllib.parse.urlsplit(url).hostname or "").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def credentials_for(endpoint: Endpoint, environ: dict[str, str] | None = None) -> str | None:
    """The Authorization header for ``endpoint``; refuses plain http to another machine unless asked."""
    auth = authorization(endpoint.url, environ)
    env = os.environ if environ is None else environ
    if auth and urllib.parse.urlsplit(endpoint.url).scheme == "http" and not is_local(endpoint.url) \
            and env.get("KG_ALLOW_HTTP_CREDENTIALS") != "1":
        raise UsageError(f"{endpoint.shown}: refusing to send credentials over plain http to another machine "
                         f"(anyone on the way can read them); use https, or set KG_ALLOW_HTTP_CREDENTIALS=1")
    return auth


def with_retries(endpoint: Endpoint, attempt: Callable[[], bytes], auth: str | None = None) -> bytes:
    """Run ``attempt`` until it succeeds, retrying transient failures with backoff."""
    delay = endpoint.backoff
    for tries_left in range(endpoint.retries, -1, -1):
        try:
            return attempt()
        except urllib.error.HTTPError as exc:
            if 300 <= exc.code < 400:
                target = exc.headers.get("Location") if exc.headers else None
                where = public_url(urllib.parse.urljoin(endpoint.url, target)) if target else "elsewhere"
                raise RemoteError(f"{endpoint.shown}: the server redirects ({exc.code}) to {where}; kg follows no "
                                  f"redirect (it could carry your credentials elsewhere): give that URL") from None
            try:
                body = exc.read() if exc.fp else b""
            except (OSError, HTTPException):
                body = b""
            if exc.code not in RETRY_STATUS or not tries_left:
                raise _explain(endpoint, exc.code, _short(body, auth)) from None
        except (HTTPException, OSError) as exc:  # no HTTP answer (URLError, timeouts, resets are OSErrors)
            if not tries_left:
                raise _explain(endpoint, None, _no_answer(exc, endpoint)) from None
        time.sleep(delay)
        delay *= 2
    raise AssertionError("unreachable")  # pragma: no cover


def _no_answer(exc: Exception, endpoint: Endpoint) -> str:
    """Why a request got no HTTP answer, in words."""
    reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if isinstance(exc, HTTPException):
        return f"the answer is not HTTP ({type(exc).__name__}); is this a SPARQL endpoint?"
    if isinstance(reason, TimeoutError):  # socket.timeout is TimeoutError
        return f"timed out after {endpoint.timeout:g} s (raise --timeout?)"
    if not isinstance(exc, urllib.error.URLError):
        return f"connection failed ({type(exc).__name__})"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused (is the server running, and is the port right?)"
    if isinstance(reason, socket.gaierror):
        return "unknown host (check the URL)"
    return f"cannot connect ({reason})"


def http(endpoint: Endpoint, method: str, data: bytes | None, content_type: str | None,
         url: str | None = None, accept: str | None = None) -> bytes:
    """One HTTP request (with retries); returns the body of a 2xx answer."""
    headers = {"User-Agent": "kg"}
    if content_type:
        headers["Content-Type"] = content_type
    if accept:
        headers["Accept"] = accept
    auth = credentials_for(endpoint)
    if auth:
        headers["Authorization"] = auth

    def attempt() -> bytes:
        request = urllib.request.Request(url or endpoint.url, data=data, method=method, headers=headers)
        with _OPENER.open(request, timeout=endpoint.timeout) as response:
            if not 200 <= response.status < 300:
                raise _explain(endpoint, response.status, "not a success")
            return response.read()

    return with_retries(endpoint, attempt, auth)


# ---------------------------------------------------------------- push


def by_graph(quads: Iterable[Quad]) -> dict[NamedNode | BlankNode | DefaultGraph, list[Quad]]:
    """Quads grouped by their graph, graphs in IRI order (the default graph first)."""
    groups: dict = {}
    for quad in quads:
        groups.setdefault(quad.graph_name, []).append(quad)
    return dict(sorted(groups.items(), key=lambda item: "" if isinstance(item[0], DefaultGraph) else item[0].value))


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
    size = max(1, chunk)
    parts = [quads[start:start + size] for start in range(size, len(quads), size)]
    return [replace_graph_update(graph, quads[:size])] + [insert_data(graph, ntriples(part)) for part in parts]


def push_update(quads: Iterable[Quad], endpoint: Endpoint, *, into: NamedNode | None = None,
                chunk: int = DEFAULT_CHUNK, progress: Callable[[str, int, int], None] | None = None,
                verify: bool = True) -> PushResult:
    """Replace each named graph of ``quads`` on a SPARQL 1.1 Update endpoint."""
    graphs = _named(by_graph(quads), into)
    sent = 0
    counts: dict[NamedNode, int] = {}
    for index, (graph, group) in enumerate(graphs.items(), start=1):
        for update in update_requests(graph, group, chunk):
            http(endpoint, "POST", update.encode("utf-8"), "application/sparql-update; charset=utf-8")
            sent += 1
        counts[graph] = len({q.triple for q in group})
        if progress:
            progress("push", index, len(graphs))
    unchecked = check_pushed(endpoint, counts) if verify else ""
    return PushResult(graphs=len(graphs), triples=sum(counts.values()), requests=sent, unchecked=unchecked)


def push_gsp(quads: Iterable[Quad], endpoint: Endpoint, *, into: NamedNode | None = None,
             progress: Callable[[str, int, int], None] | None = None, verify: bool = True) -> PushResult:
    """PUT each named graph of ``quads`` to a Graph Store HTTP Protocol endpoint (replacing it)."""
    graphs = _named(by_graph(quads), into)
    counts: dict[NamedNode, int] = {}
    separator = "&" if urllib.parse.urlsplit(endpoint.url).query else "?"
    for index, (graph, group) in enumerate(graphs.items(), start=1):
        url = f"{endpoint.url}{separator}graph={urllib.parse.quote(graph.value, safe='')}"
        http(endpoint, "PUT", ntriples(group).encode("utf-8"), "application/n-triples", url=url)
        counts[graph] = len({q.triple for q in group})
        if progress:
            progress("push", index, len(graphs))
    unchecked = check_pushed(endpoint, counts) if verify else ""
    return PushResult(graphs=len(graphs), triples=sum(counts.values()), requests=len(graphs), unchecked=unchecked)


# ---------------------------------------------------------------- query


QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_FORMS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")


def query_form(sparql: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first keyword outside comments, IRIs and strings.

    A regular expression over the text (as some clients use) takes a comment such as
    '# organisations addressed' for ADD (an update); kg decides it here instead.
    """
    for word in bare_words(sparql):
        if word in QUERY_FORMS:
            return word
        if word in UPDATE_FORMS:
            raise UsageError(f"this is a SPARQL update ({word}), not a query; kg query only reads")
    raise UsageError("no SELECT, ASK, CONSTRUCT or DESCRIBE in the query")


def run_remote(sparql: str, endpoint: Endpoint, bindings: dict[str, str] | None = None,
               match: str = "contains") -> Table:
    """Run a query on a SPARQL 1.1 query endpoint (the protocol's form POST)."""
    from pyoxigraph import QueryResultsFormat, parse_query_results

    text = with_filters(sparql, bindings, match)
    graph_result = query_form(text) in ("CONSTRUCT", "DESCRIBE")  # refuses updates before sending
    accept = "text/turtle" if graph_result else "application/sparql-results+json"
    body = http(endpoint, "POST", urllib.parse.urlencode({"query": text}).encode("utf-8"),
                "application/x-www-form-urlencoded", accept=accept)
    if graph_result:
        try:
            return table_of(list(parse(body, format=RdfFormat.TURTLE)))
        except SyntaxError as exc:
            raise RemoteError(f"{endpoint.shown}: the answer is not Turtle ({exc})") from None
    try:
        return table_of(parse_query_results(body, format=QueryResultsFormat.JSON))
    except (SyntaxError, ValueError):
        raise RemoteError(f"{endpoint.shown}: the answer is not SPARQL JSON results: {_short(body)}") from None


# ---------------------------------------------------------------- the count after a push

def query_urls(url: str) -> list[str]:
    """Where the server that takes pushes at ``url`` may answer queries: the URL itself, then the
    usual neighbours (Oxigraph /update and /store -> /query, Fuseki /update and /data -> /query or
    /sparql, RDF4J .../statements -> the repository)."""
    parts = urllib.parse.urlsplit(url)
    head, _, last = parts.path.rstrip("/").rpartition("/")
    paths = [parts.path]
    if last in ("update", "store", "data", "statements", "gsp"):
        paths += [f"{head}/query", f"{head}/sparql"] + ([head] if last == "statements" else [])
    return [urllib.parse.urlunsplit((parts.scheme, parts.netloc, p, "", "")) for p in dict.fromkeys(paths)]


def held_triples(endpoint: Endpoint, graphs: list[NamedNode]) -> dict[str, int]:
    """How many triples the server's query endpoint holds in each of ``graphs`` (0 when absent).

    One small query per graph: a single grouped count over many graphs (``GRAPH ?g`` with
    ``VALUES`` or ``FILTER IN``) changed how Virtuoso 7 answered later queries with optional
    sub-selects (tests/test_stores.py), and a push sends a request per graph anyway.
    """
    held: dict[str, int] = {}
    for graph in graphs:
        table = run_remote(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}", endpoint)
        count = table.rows[0][0] if table.rows and table.rows[0] else None
        held[graph.value] = int(count.value) if isinstance(count, Literal) else 0
    return held


def check_pushed(endpoint: Endpoint, sent: dict[NamedNode, int]) -> str:
    """Count what the server holds after a push; RemoteError when a graph misses triples.

    Returns "" when checked, else why no query endpoint could count (the push itself succeeded).
    """
    reasons: list[str] = []
    for url in query_urls(endpoint.url):
        where = Endpoint(url, timeout=endpoint.timeout, retries=min(endpoint.retries, 1), backoff=endpoint.backoff)
        try:
            held = held_triples(where, list(sent))
        except (RemoteError, ValueError, TypeError) as exc:
            reasons.append(str(exc))
            continue
        short = [(g, n, held.get(g.value, 0)) for g, n in sent.items() if held.get(g.value, 0) < n]
        if short:
            graph, wanted, found = short[0]
            raise RemoteError(f"{endpoint.shown}: the server answered the push but holds {found} of the {wanted} "
                              f"triples sent to {graph.value}" + (f" (and {len(short) - 1} more graphs short)"
                                                                  if len(short) > 1 else "")
                              + "; it did not store them: check the URL and its permissions")
        return ""
    return "no query endpoint beside it answered a count (" + "; ".join(reasons)[:300] + ")"


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
    if graph is not None and store is None:
        from .rdf.rdfio import read_quads
        return read_quads(graph)
    if store is not None and graph is None:
        from .engine.store import KgStore
        with KgStore(store, read_only=True) as kg_store:
            return list(kg_store.quads())
    raise UsageError("give either a GRAPH file or --store DIR")
