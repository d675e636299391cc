"""Query: named queries from queries/*.rq, a .rq file, or a SPARQL string, over a graph file.

Results come back as a ``Table`` (variables and rows of pyoxigraph terms) and are printed as
an aligned table, CSV, TSV, or W3C SPARQL 1.1 Query Results JSON. The default graph is the
union of all named graphs, so a query need not name the letter graphs.
"""
from __future__ import annotations

import csv
import io
import json
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import BlankNode, Literal, NamedNode, QueryBoolean, QuerySolutions, Store

from .errors import InputError, UsageError
from .resources import query_file, query_names

FORMATS = ("table", "csv", "tsv", "json")
_SPARQL_START = re.compile(r"^\s*(PREFIX|BASE|SELECT|ASK|CONSTRUCT|DESCRIBE|#)", re.I)


@dataclass(frozen=True)
class Table:
    variables: tuple[str, ...]
    rows: tuple[tuple[object | None, ...], ...]  # pyoxigraph terms or None (unbound)
    boolean: bool | None = None  # for ASK


def query_text(spec: str) -> str:
    """The SPARQL text for a named query, a .rq file, or a SPARQL string."""
    named = query_file(spec)
    if named is not None:
        return named.read_text(encoding="utf-8")
    path = Path(spec)
    if spec.endswith(".rq") or (path.suffix and path.is_file()):
        if not path.is_file():
            raise UsageError(f"{spec}: no such query file")
        return path.read_text(encoding="utf-8")
    if _SPARQL_START.match(spec) or "{" in spec:
        return spec
    raise UsageError(f"'{spec}' is not a named query ({', '.join(query_names())}), a .rq file or SPARQL")


def bind(sparql: str, bindings: dict[str, str] | None) -> str:
    """Bind variables to literal values with a trailing VALUES clause.

    Each value is serialised as an RDF literal by pyoxigraph (quotes, backslashes, newlines
    escaped), so a value can never change the query: ``"} INSERT ..."`` stays a string.

    pyoxigraph's ``substitutions=`` (SEP-0007) is not used: it binds the variable before the
    query runs, so an OPTIONAL can no longer give it another value and keeps the row with the
    parameter instead (``timeline --param signatory=...`` would list every letter), and it
    refuses a variable the query does not project (``mentions --param label=...``). A trailing
    VALUES means the same locally and on a SPARQL endpoint, and Oxigraph moves it to the front
    of a plain group of patterns itself.
    """
    if not bindings:
        return sparql
    for name in bindings:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise UsageError(f"'{name}' is not a SPARQL variable name")
        sparql = with_parameter_lines(sparql, name)
    names = " ".join(f"?{name}" for name in bindings)
    values = " ".join(str(Literal(value)) for value in bindings.values())
    return f"{sparql.rstrip()}\nVALUES ({names}) {{ ({values}) }}\n"


def with_parameter_lines(sparql: str, name: str) -> str:
    """The query with its lines for parameter ``name`` switched on: ``#?name `` taken off their start.

    A named query may need a pattern only to let ``--param name=...`` narrow it (``mentions``
    matches any of an entity's names). Such a line starts with ``#?name ``, a comment, so the
    query without the parameter neither runs the pattern nor multiplies its rows by it.
    """
    return re.sub(rf"^([ \t]*)#\?{name} ", r"\1", sparql, flags=re.MULTILINE)


def run_query(store: Store, sparql: str, bindings: dict[str, str] | None = None) -> Table:
    """Run SPARQL on a store; ``bindings`` are bound as literals, never spliced into the text."""
    try:
        result = store.query(bind(sparql, bindings), use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise InputError(f"query does not parse: {exc}") from None
    except OSError as exc:
        raise InputError(f"query failed: {exc}") from None
    if isinstance(result, QueryBoolean):
        return Table(variables=(), rows=(), boolean=bool(result))
    if isinstance(result, QuerySolutions):
        variables = tuple(v.value for v in result.variables)
        rows = tuple(tuple(solution) for solution in result)  # values in the order of the variables
        return Table(variables=variables, rows=rows)
    triples = [(t.subject, t.predicate, t.object) for t in result]
    return Table(variables=("subject", "predicate", "object"), rows=tuple(triples))



def run_query_limited(store: Store, sparql: str, bindings: dict[str, str] | None = None,
                      timeout: float | None = None) -> Table:
    """``run_query`` that gives up after ``timeout`` seconds with an InputError.

    pyoxigraph has no timeout of its own, so the query runs in a daemon thread (Oxigraph
    releases the GIL while it works) and is abandoned when the time is up: a command line
    that then exits ends it; a long-lived process keeps its CPU busy until it finishes.
    """
    if timeout is None:
        return run_query(store, sparql, bindings)
    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            outcome["table"] = run_query(store, sparql, bindings)
        except BaseException as exc:  # handed to the caller's thread
            outcome["error"] = exc

    thread = threading.Thread(target=work, name="kg-query", daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        raise InputError(f"query ran longer than {timeout:g} s and was stopped; narrow it (a FILTER, a LIMIT) "
                         f"or give it more time with --timeout")
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["table"]  # type: ignore[return-value]

def term_json(term) -> dict | None:
    if term is None:
        return None
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype and term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "literal", "value": str(term)}


def term_text(term) -> str:
    if term is None:
        return ""
    if isinstance(term, (NamedNode, BlankNode, Literal)):
        return term.value
    return str(term)


def format_table(table: Table, fmt: str) -> str:
    """Print a result in one of FORMATS."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format '{fmt}' (use {', '.join(FORMATS)})")
    if table.boolean is not None:
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": table.boolean})
        return "true" if table.boolean else "false"
    if fmt == "json":
        bindings = []
        for row in table.rows:
            binding = {var: term_json(term) for var, term in zip(table.variables, row) if term is not None}
            bindings.append(binding)
        return json.dumps({"head": {"vars": list(table.variables)}, "results": {"bindings": bindings}},
                          ensure_ascii=False)
    if fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(table.variables)
        for row in table.rows:
            writer.writerow([term_text(term) for term in row])
        return buffer.getvalue().rstrip("\n")
    return _aligned(table)


def _aligned(table: Table, limit: int = 60) -> str:
    def cell(term) -> str:
        text = term_text(term).replace("\n", " ")
        return text if len(text) <= limit else text[:limit - 1] + "…"

    cells = [[cell(term) for term in row] for row in table.rows]
    widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(table.variables)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(table.variables, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines)
