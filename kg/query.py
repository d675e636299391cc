"""Query: named queries from queries/*.rq, a .rq file, or a SPARQL string, over a graph file.

Results come back as a ``Table`` (variables and rows of pyoxigraph terms) and are printed as
an aligned table that fits the terminal, CSV, TSV, or W3C SPARQL 1.1 Query Results JSON
(csv, tsv and json are complete: full IRIs, whole texts).

The named queries say their graphs (``GRAPH ?g { ... }``), so they give the same rows on every
SPARQL 1.1 store, whether its default graph is the union of the named graphs or empty. A query
of the user's runs locally with the union of the graphs as its default graph.

``--param NAME=VALUE`` keeps the rows whose variable matches the value (see ``with_filters``);
each named query declares its parameters with ``#@param`` lines (see ``parameters``).
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import BlankNode, Literal, NamedNode, QueryBoolean, QuerySolutions, Store, Triple

from .domain.errors import InputError, UsageError
from .domain.resources import query_file, query_names
from .rdf.vocab import DEFAULT_BASE, PREFIXES

FORMATS = ("table", "csv", "tsv", "json")
PROLOGUE = "".join(f"PREFIX {prefix}: <{namespace}>\n" for prefix, namespace in PREFIXES.items())  # kg's prefixes
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
        return _utf8_file(path)
    if _SPARQL_START.match(spec) or "{" in spec:
        if _SURROGATE.search(spec):  # bytes of the command line that are not UTF-8
            raise UsageError("the query text is not valid UTF-8; save it as UTF-8")
        return spec
    raise UsageError(f"'{spec}' is not a named query ({', '.join(query_names())}), a .rq file or SPARQL")


_SURROGATE = re.compile("[\ud800-\udfff]")


def _utf8_file(path: Path) -> str:
    """A .rq file's text; one that is not UTF-8 is named with where its first bad byte is."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read the query file ({exc.strerror or exc})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise InputError(f"{path}:{line}: the query file is not UTF-8 (byte 0x{data[exc.start]:02x}); "
                         f"save it as UTF-8") from None


def summary(sparql: str) -> str:
    """The first comment line of a query: what it answers."""
    return next((line.lstrip("# ").strip() for line in sparql.splitlines()
                 if line.startswith("#") and not line.startswith("#@")), "")


# ---------------------------------------------------------------- parameters

PARAM_KINDS = ("text", "names", "date", "iri", "integer", "asof")
MATCHES = ("contains", "exact")
_PARAM_LINE = re.compile(r"^#@param\s+(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s+(?P<kind>[a-z]+)"
                         r"(?:\(\?(?P<variable>[A-Za-z_][A-Za-z0-9_]*)\))?\s+(?P<meaning>\S.*)$", re.M)
_HIDE_LINE = re.compile(r"^#@hide\s+(?P<names>.+)$", re.M)
_VARIABLE = re.compile(r"[?$]([A-Za-z_][A-Za-z0-9_]*)")
_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_KB = "https://w3id.org/kamerbrieven/def#"
# the names an entity goes by: its preferred name, acronym, other names, a person's names ...
_NAMES = (f"<http://www.w3.org/2004/02/skos/core#prefLabel>|<{_KB}acronym>|<http://www.w3.org/2004/02/skos/core#altLabel>"
          "|<http://xmlns.com/foaf/0.1/name>|<http://xmlns.com/foaf/0.1/familyName>")
# ... and the words a letter wrote for it (a mention's or a signature's name as written)
_WRITTEN = f"<{_KB}mentionOf>|<{_KB}signatory>"


@dataclass(frozen=True)
class Parameter:
    """A ``--param`` a query takes: its name, how its value is typed and matched, and what it means.

    kinds: ``text`` (the variable's text contains the value from the start of a word, case and
    accents ignored; or equals it with ``--match exact``), ``names`` (text matched against every name of the entity in
    ``variable``: its name, acronym, other names and the words letters wrote for it), ``date``
    (2022-07-01, or a month 2022-07 or a year 2022), ``iri`` (an IRI, or a prefixed name with
    kg's or the query's prefixes), ``integer``, ``asof`` (a day the query is read as of: it
    replaces the default of the query's ``BIND(... AS ?VAR)`` line, so it keeps no rows itself).
    """

    name: str
    kind: str
    variable: str
    meaning: str


def parameters(sparql: str) -> tuple[Parameter, ...]:
    """The parameters a query declares with ``#@param NAME KIND[(?VAR)] MEANING`` lines.

    A query that declares none (a .rq file or SPARQL text of the user's) takes any of its
    variables as a text parameter.
    """
    declared = []
    for match in _PARAM_LINE.finditer(sparql):
        kind = match.group("kind")
        if kind not in PARAM_KINDS:
            raise UsageError(f"#@param {match.group('name')}: unknown kind '{kind}' (use {', '.join(PARAM_KINDS)})")
        declared.append(Parameter(match.group("name"), kind, match.group("variable") or match.group("name"),
                                  match.group("meaning").strip()))
    if declared:
        return tuple(declared)
    names = sorted(set(_VARIABLE.findall(code_only(sparql))))
    return tuple(Parameter(name, "text", name, "the variable's value as text") for name in names)


def with_filters(sparql: str, bindings: dict[str, str] | None, match: str = "contains") -> str:
    """The query that keeps only the rows whose parameters match: FILTERs at the end of its WHERE.

    A FILTER in the WHERE group is evaluated on each finished row, after the OPTIONAL parts:
    a row whose variable is unbound is dropped, never given the value (a trailing VALUES clause
    would join it with any value). In a query with GROUP BY the parameters are group keys, so
    filtering the rows before grouping keeps whole groups. Each value is checked against its
    kind and written as an RDF literal or IRI by pyoxigraph (quotes, backslashes and newlines
    escaped), so it can never change the query: ``"} INSERT ..."`` stays a string.
    """
    if not bindings:
        return sparql
    if match not in MATCHES:
        raise UsageError(f"unknown match '{match}' (use {', '.join(MATCHES)})")
    known = {parameter.name: parameter for parameter in parameters(sparql)}
    tests, patterns = [], []
    for number, (name, value) in enumerate(bindings.items(), start=1):
        parameter = known.get(name)
        if parameter is None:
            raise UsageError(f"unknown parameter '{name}'; this query takes: {', '.join(known) or 'none'}")
        if parameter.kind == "asof":
            sparql = as_of(sparql, parameter, value.strip())
            continue
        if parameter.kind == "names":
            named = f"?_kg_named{number}"
            patterns.append(_named(named, value, match))
            tests.append(f"BOUND(?{parameter.variable}) && ?{parameter.variable} = {named}")
            continue
        tests.append(_test(parameter, value, match, query_prefixes(sparql)))
    if not tests:
        return sparql
    _, end = outer_group(sparql)
    added = "".join(f"\n  {pattern}" for pattern in patterns) + "".join(f"\n  FILTER({test})" for test in tests)
    return f"{sparql[:end].rstrip()}{added}\n{sparql[end:]}"


def _named(named: str, value: str, match: str) -> str:
    """A sub-select of the entities one of whose names matches ``value``, bound to ``named`` (a
    variable of its own: joined to a row whose entity is unbound it would bind nothing the
    query shows, and the FILTER beside it keeps only the rows whose entity equals one of them).
    Found once per query, not once per row: an EXISTS per row read every mention of an entity
    as many times as the entity has rows (seconds for ``mentions --param label=IND``)."""
    return (f"{{ SELECT DISTINCT {named} WHERE {{ "
            f"{{ GRAPH ?_kg_g1 {{ {named} {_NAMES} ?_kg_name }} }} UNION "
            f"{{ GRAPH ?_kg_g2 {{ ?_kg_m {_WRITTEN} {named} . ?_kg_m <{_KB}nameAsWritten> ?_kg_name }} }} "
            f"FILTER({text_test('STR(?_kg_name)', value, match)}) }} }}")


def _test(parameter: Parameter, value: str, match: str, prefixes: dict[str, str]) -> str:
    """The FILTER expression that ``--param parameter=value`` stands for."""
    var = f"?{parameter.variable}"
    if parameter.kind == "text":
        return f"BOUND({var}) && {text_test(f'STR({var})', value, match)}"
    if parameter.kind == "date":
        return f"BOUND({var}) && {_date_test(parameter, var, value.strip())}"
    if parameter.kind == "integer":
        if not re.fullmatch(r"[+-]?\d{1,18}", value.strip()):
            raise UsageError(f"--param {parameter.name}: '{value}' is not a whole number")
        return f"BOUND({var}) && {var} = {int(value)}"
    return f"BOUND({var}) && {var} = {_iri(parameter, value, prefixes)}"


def as_of(sparql: str, parameter: Parameter, value: str) -> str:
    """The query read as of day ``value``: its ``BIND(<default> AS ?VAR)`` line binds the day instead."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) or not _real_date(value):
        raise UsageError(f"--param {parameter.name}: '{value}' is not a day (like 2020-01-01)")
    line = re.compile(rf"^(\s*BIND\().*(\s+AS\s+\?{parameter.variable}\s*\))\s*$", re.M)
    if not line.search(sparql):
        raise UsageError(f"--param {parameter.name}: the query has no 'BIND(... AS ?{parameter.variable})' line")
    return line.sub(lambda found: f"{found.group(1)}{Literal(value)}{found.group(2)}", sparql, count=1)


def _date_test(parameter: Parameter, var: str, value: str) -> str:
    """A day compares as an xsd:date; a month or a year keeps the dates (and months) in it."""
    if not _DATE.fullmatch(value) or not _real_date(value):
        raise UsageError(f"--param {parameter.name}: '{value}' is not a date (2022-07-01, a month 2022-07 "
                         f"or a year 2022)")
    if len(value) == 10:
        return f"{var} = {Literal(value, datatype=NamedNode('http://www.w3.org/2001/XMLSchema#date'))}"
    return f"(STR({var}) = {Literal(value)} || STRSTARTS(STR({var}), {Literal(value + '-')}))"


def _real_date(value: str) -> bool:
    """2022-02-30 and 2022-13 are not dates."""
    import datetime

    try:
        datetime.date.fromisoformat((value + "-01-01")[:10] if len(value) < 10 else value)
    except ValueError:
        return False
    return True


def text_test(expression: str, value: str, match: str) -> str:
    """``expression`` equals ``value`` (exact), or contains it from the start of a word, with case
    and accents ignored: ``IND`` finds 'IND' and 'IND-medewerkers', not 'Kinderopvangtoeslag';
    ``kwaliteit`` finds 'Tijd voor kwaliteit'; ``Malmstrom`` and ``MALMSTRÖM`` find 'Malmström'.
    """
    if match == "exact":
        return f"{expression} = {Literal(value)}"
    return f"REGEX({expression}, {Literal(WORD_START + accent_pattern(value))})"


WORD_START = "(^|[^A-Za-z0-9])"
# Any run of characters outside printable ASCII. Virtuoso matches a regular expression byte by
# byte over UTF-8 and finds nothing when a group or class holds a character outside ASCII, so
# the pattern stays ASCII: an accented letter of the data (1 character here, 2 bytes there) is
# found by this wildcard in place of any letter, and so is a dash or quote outside ASCII.
NON_ASCII = "[^ -~]+"
_REGEX_SPECIAL = frozenset("\\|.?*+(){}-[]^$")


def accent_pattern(value: str) -> str:
    """An ASCII regular expression (XPath and PCRE alike) that finds ``value`` in any case, with or
    without accents: each letter may be itself in either case or a character outside ASCII."""
    parts: list[str] = []
    for char in fold(value.strip()):
        if char.isspace():
            if not parts or parts[-1] != r"\s+":
                parts.append(r"\s+")
        elif "a" <= char <= "z":
            parts.append(f"({char}|{char.upper()}|{NON_ASCII})")
        elif not (" " <= char <= "~"):
            parts.append(NON_ASCII)
        elif char in _REGEX_SPECIAL:
            parts.append("\\" + char)
        else:
            parts.append(char)
    return "".join(parts)


def fold(text: str) -> str:
    """Lower case without accents: 'Malmström' -> 'malmstrom'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def query_prefixes(sparql: str) -> dict[str, str]:
    """kg's prefixes and the query's own PREFIX declarations."""
    declared = dict(re.findall(r"PREFIX\s+([A-Za-z][\w.-]*|):\s*<([^>]*)>", code_only(sparql), re.I))
    return {**PREFIXES, **declared}


def _iri(parameter: Parameter, value: str, prefixes: dict[str, str]) -> str:
    """An IRI parameter as SPARQL: from ``<...>``, ``http(s)://...``, ``prefix:local`` or a path
    after the base (``org/ind``, as a table shows it)."""
    text = value.strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    elif not re.match(r"[a-z][a-z0-9+.-]*://", text, re.I):
        prefix, sep, local = text.partition(":")
        if sep and prefix in prefixes:
            text = prefixes[prefix] + local
        elif not sep:  # a path after the dataset's base, as tables show it: org/ind
            text = os.environ.get("KG_BASE", DEFAULT_BASE) + text.lstrip("/")
    try:
        if not re.match(r"[a-z][a-z0-9+.-]*:", text, re.I):
            raise ValueError(text)
        return str(NamedNode(text))
    except ValueError:
        raise UsageError(f"--param {parameter.name}: '{value}' is not an IRI") from None


# ---------------------------------------------------------------- the text of a query

# SPARQL tokens: comments, strings, IRIs, variables and prefixed names (which hide any keyword in them),
# braces, and bare words (the keywords)
_TOKENS = re.compile(
    r"(?P<comment>#[^\n]*)"
    r"|(?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^\"\\]|\\.|\"(?!\"\"))*\"\"\""
    r"|'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\")"
    r"|(?P<iri><[^<>\"{}|^`\\\s]*>)"
    r"|(?P<name>[?$][\w\-]+|[A-Za-z_][\w\-.]*:[\w\-.:%]*|:[\w\-.:%]*)"
    r"|(?P<open>\{)|(?P<close>\})|(?P<word>[A-Za-z_][\w\-]*)", re.S)


def bare_words(sparql: str) -> Iterator[str]:
    """The bare words of a SPARQL text in order, in upper case: the keywords, never a word inside an
    IRI, string or comment, nor a variable or prefixed name (``?service``, ``ex:load``, ``"SERVICE"``)."""
    return (m.group("word").upper() for m in _TOKENS.finditer(sparql) if m.group("word"))


def code_only(sparql: str) -> str:
    """The query without its comments (strings and IRIs kept)."""
    if "#" not in sparql:
        return sparql
    pieces, position = [], 0
    for token in _TOKENS.finditer(sparql):
        if token.lastgroup == "comment":
            pieces.append(sparql[position:token.start()])
            position = token.end()
    pieces.append(sparql[position:])
    return "".join(pieces)


def outer_group(sparql: str) -> tuple[int, int]:
    """Where the WHERE group of a query opens and closes: the offsets of its ``{`` and ``}``.

    The group after the keyword WHERE, or else the first group at the top (``ASK { }``,
    ``SELECT * { }``); braces in comments, strings and IRIs do not count.
    """
    depth, after_where, chosen_where, opened = 0, False, False, -1
    first: tuple[int, int] | None = None
    for token in _TOKENS.finditer(sparql):
        kind = token.lastgroup
        if kind == "word" and depth == 0:
            after_where = token.group().upper() == "WHERE"
        elif kind == "open":
            if depth == 0:
                opened, chosen_where = token.start(), after_where
            depth += 1
        elif kind == "close":
            depth -= 1
            if depth < 0:
                break
            if depth == 0:
                if chosen_where:
                    return opened, token.start()
                first = first or (opened, token.start())
    if first is None:
        raise UsageError("the query has no WHERE group for --param to filter")
    return first


def hidden_columns(sparql: str) -> frozenset[str]:
    """Columns a table leaves out (``#@hide letter recommendation``): IRIs whose row names the thing."""
    return frozenset(name.lstrip("?") for match in _HIDE_LINE.finditer(sparql) for name in match.group("names").split())


# ---------------------------------------------------------------- running

def run_query(store: Store, sparql: str, bindings: dict[str, str] | None = None, match: str = "contains") -> Table:
    """Run SPARQL on a store; ``bindings`` filter the rows (``with_filters``), never spliced as text."""
    try:
        result = store.query(with_filters(sparql, bindings, match), use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise InputError(f"query does not parse: {exc}") from None
    except OSError as exc:
        raise InputError(f"query failed: {exc}") from None
    return table_of(result)


def table_of(result: QuerySolutions | QueryBoolean | Iterable[Triple]) -> Table:
    """A query's result as a Table: its solutions, its boolean (ASK) or its triples (CONSTRUCT, DESCRIBE)."""
    if isinstance(result, QueryBoolean):
        return Table(variables=(), rows=(), boolean=bool(result))
    if isinstance(result, QuerySolutions):
        variables = tuple(v.value for v in result.variables)
        rows = tuple(tuple(solution) for solution in result)  # values in the order of the variables
        return Table(variables=variables, rows=rows)
    triples = [(t.subject, t.predicate, t.object) for t in result]
    return Table(variables=("subject", "predicate", "object"), rows=tuple(triples))


def run_query_limited(store: Store, sparql: str, bindings: dict[str, str] | None = None,
                      timeout: float | None = None, match: str = "contains") -> Table:
    """``run_query`` that gives up after ``timeout`` seconds with an InputError.

    pyoxigraph has no timeout of its own, so the query runs in a daemon thread (Oxigraph
    releases the GIL while it works) and is abandoned when the time is up: a command line
    that then exits ends it; a long-lived process keeps its CPU busy until it finishes.
    """
    if timeout is None:
        return run_query(store, sparql, bindings, match)
    with_filters(sparql, bindings, match)  # a usage error now, not in the thread
    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            outcome["table"] = run_query(store, sparql, bindings, match)
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


# ---------------------------------------------------------------- printing

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


def format_table(table: Table, fmt: str, *, width: int | None = None, hide: frozenset[str] = frozenset(),
                 base: str | None = None) -> str:
    """Print a result in one of FORMATS; ``width``, ``hide`` and ``base`` shape the aligned table only."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format '{fmt}' (use {', '.join(FORMATS)})")
    if table.boolean is not None:
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": table.boolean})
        return "true" if table.boolean else "false"
    if fmt == "json":
        bindings = [{var: term_json(term) for var, term in zip(table.variables, row) if term is not None}
                    for row in table.rows]
        return json.dumps({"head": {"vars": list(table.variables)}, "results": {"bindings": bindings}},
                          ensure_ascii=False)
    if fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(table.variables)
        writer.writerows([term_text(term) for term in row] for row in table.rows)
        return buffer.getvalue().rstrip("\n")
    return aligned(table, width=width or terminal_width(), hide=hide, base=base)


def terminal_width() -> int:
    """The terminal's width ($COLUMNS, else the terminal, else 100 when piped)."""
    return max(40, shutil.get_terminal_size((100, 24)).columns)


def short_iri(iri: str, base: str | None = None) -> str:
    """An IRI as a reader wants it: a term of kg's vocabulary by its name (``rejected``), an
    entity of the dataset by its path (``org/ind``), others with their prefix (``skos:Concept``)."""
    if iri.startswith("https://w3id.org/kamerbrieven/def"):
        return re.split(r"[#/]", iri)[-1]
    base = base or os.environ.get("KG_BASE", DEFAULT_BASE)
    if iri.startswith(base) and len(iri) > len(base):
        return iri[len(base):]
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def aligned(table: Table, *, width: int = 100, hide: frozenset[str] = frozenset(), base: str | None = None) -> str:
    """An aligned table that fits ``width``: IRIs shortened, columns in ``hide`` left out, long
    texts cut with an ellipsis (the narrow columns keep their width, the wide ones share the rest)."""
    keep = [index for index, name in enumerate(table.variables) if name not in hide] or \
        list(range(len(table.variables)))
    # a column no row gives a value is left out (and named under the table), to leave room for the others
    empty = [index for index in keep if table.rows and all(row[index] is None or not term_text(row[index])
                                                          for row in table.rows)]
    keep = [index for index in keep if index not in empty] or keep
    names = [table.variables[index] for index in keep]

    def cell(term) -> str:
        if isinstance(term, NamedNode):
            return short_iri(term.value, base)
        return " ".join(term_text(term).split())

    cells = [[cell(row[index]) for index in keep] for row in table.rows]
    natural = [max([len(name)] + [len(row[i]) for row in cells]) for i, name in enumerate(names)]
    widths = _fit(natural, width - 2 * (len(names) - 1))

    def cut(text: str, size: int) -> str:
        return text if len(text) <= size else text[:max(size - 1, 0)].rstrip() + "…"

    def line(values: list[str]) -> str:
        return "  ".join(cut(v, w).ljust(w) for v, w in zip(values, widths)).rstrip()

    lines = [line(names), "  ".join("-" * w for w in widths)] + [line(row) for row in cells]
    footer = f"{len(cells)} row{'s' if len(cells) != 1 else ''}"
    if empty and len(keep) < len(table.variables):
        footer += "; no values for " + ", ".join(table.variables[index] for index in empty)
    lines.append(f"({footer})")
    return "\n".join(lines)


def _fit(natural: list[int], room: int, least: int = 6) -> list[int]:
    """Column widths within ``room``: the narrowest columns first take what they need, the
    others share what is left equally (never below ``least`` characters)."""
    widths = list(natural)
    left = room
    order = sorted(range(len(natural)), key=lambda i: natural[i])
    for position, index in enumerate(order):
        share = max(least, left // (len(order) - position))
        widths[index] = min(natural[index], share)
        left -= widths[index]
    return widths


DEFAULT_GRAPH_NAME = "urn:kg:default-graph"


def name_the_default_graph(store: Store) -> Store:
    """The store with the triples of its default graph also in a named graph.

    The named queries read named graphs (``GRAPH ?g``); a Turtle or N-Triples file has only a
    default graph, so its triples are copied into ``urn:kg:default-graph`` to be found too.
    """
    from pyoxigraph import DefaultGraph, Quad

    loose = list(store.quads_for_pattern(None, None, None, DefaultGraph()))
    if loose:
        graph = NamedNode(DEFAULT_GRAPH_NAME)
        store.extend(Quad(q.subject, q.predicate, q.object, graph) for q in loose)
    return store
