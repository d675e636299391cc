"""The command line: thin click commands that parse options, make one library call, and print.

Exit codes: 0 ok, 1 the graph does not conform to the shapes, 2 usage, 3 input the user can
fix (a refused letter, a bad graph file, an endpoint that fails), 4 a bug in kg.
"""
from __future__ import annotations

import errno
import math
import os
import signal
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from . import __version__
from .domain.errors import EXIT_BUG, EXIT_DOES_NOT_CONFORM, EXIT_INPUT, EXIT_OK, InputError, KgError, UsageError
from .rdf.vocab import DEFAULT_BASE
from .read.ingest import shown

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from .engine.pieces import Refusal


def _base() -> str:
    return os.environ.get("KG_BASE", DEFAULT_BASE)


_DISK_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS}


class _Seconds(click.ParamType):
    """A number of seconds: finite and above 0 (``nan``, ``inf`` and ``-1`` are usage errors)."""

    name = "seconds"

    def convert(self, value, param, ctx):  # noqa: ANN001 - click's signature
        try:
            seconds = float(value)
        except (TypeError, ValueError):
            self.fail(f"'{value}' is not a number of seconds", param, ctx)
        if not math.isfinite(seconds) or seconds <= 0:
            self.fail(f"'{value}' is not a number of seconds above 0", param, ctx)
        return seconds


SECONDS = _Seconds()


def _interrupted(signum: int, frame: object) -> None:
    """Ctrl-C: stop the work now; should cleanup itself hang (a pool that does not stop), end within 10 s anyway."""
    def give_up() -> None:
        os.write(2, b"kg: interrupted\n")
        os._exit(130)

    timer = threading.Timer(10.0, give_up)
    timer.daemon = True
    timer.start()
    raise KeyboardInterrupt


def _broken_pipe() -> None:
    """The reader of stdout went away (``kg query ... | head``): no traceback, no second error at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # pragma: no cover
        pass
    sys.exit(141)  # like a process ended by SIGPIPE


@contextmanager
def _errors() -> Iterator[None]:
    """Turn kg's errors into one line and an exit code; anything else is a bug (exit 4)."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, _interrupted)
    try:
        yield
    except KgError as error:
        click.echo(f"kg: {error}", err=True)
        sys.exit(error.exit_code)
    except KeyboardInterrupt:
        click.echo("kg: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        _broken_pipe()
    except OSError as error:
        if error.errno not in _DISK_FULL:
            _report_bug(error)
        where = f"{shown(error.filename)}: " if error.filename else ""
        click.echo(f"kg: {where}cannot write ({error.strerror}); free some space or write elsewhere", err=True)
        sys.exit(EXIT_INPUT)
    except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException, SystemExit):
        raise
    except Exception as error:  # pragma: no cover - a bug
        _report_bug(error)


def _report_bug(error: Exception) -> None:
    """Anything kg did not foresee: one line asking for a report (exit 4); KG_DEBUG=1 shows the traceback."""
    if os.environ.get("KG_DEBUG"):
        raise error
    click.echo(f"kg: internal error ({type(error).__name__}: {error}); set KG_DEBUG=1 for a traceback "
               f"and please report it", err=True)
    sys.exit(EXIT_BUG)


class _Progress:
    """A rich progress bar on a terminal; nothing when piped or quiet."""

    def __init__(self, quiet: bool):
        self.enabled = not quiet and sys.stderr.isatty()
        self._bar: Progress | None = None
        self._tasks: dict[str, TaskID] = {}

    def __enter__(self) -> _Progress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
            self._bar = Progress(TextColumn("{task.description:<9}"), BarColumn(), MofNCompleteColumn(),
                                 TimeElapsedColumn(), console=Console(stderr=True), transient=True)
            self._bar.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._bar.__exit__(*exc)

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self._bar is None:
            return
        if stage not in self._tasks:
            self._tasks[stage] = self._bar.add_task(stage, total=total)
        self._bar.update(self._tasks[stage], completed=done, total=total)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="kg")
def main() -> None:
    """kg: knowledge graphs from Dutch government letters (Kamerbrieven).

    \b
    Build a validated RDF dataset from letters, then ask it questions:
      kg build examples/letters -o out/letters.trig
      kg query recommendations -g out/letters.trig
      kg validate out/letters.trig
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Output file; its suffix picks the format (.trig, .ttl, .nq, .nt, .jsonld).")
@click.option("--store", "store_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Build into (or update) the on-disk store in this folder; unchanged letters are not read again.")
@click.option("--prune", is_flag=True, help="With --store: drop the letters whose source file is gone.")
@click.option("--base", default=None, help="Base IRI for the dataset (default: $KG_BASE or "
              f"{DEFAULT_BASE}).")
@click.option("--no-validate", is_flag=True, help="Skip the SHACL validation.")
@click.option("-w", "--workers", type=click.IntRange(min=1), default=None,
              help="Processes that read and build letters (default: one per core); the output is the same.")
@click.option("-q", "--quiet", is_flag=True, help="No progress and no summary; errors only.")
@click.option("--letter-timeout", type=SECONDS, default=None,
              help="Seconds one letter may take to read; a letter over it is refused (default: 30, or "
                   "$KG_LETTER_SECONDS).")
def build(paths: tuple[Path, ...], output: Path | None, store_dir: Path | None, prune: bool, base: str | None,
          no_validate: bool, workers: int | None, quiet: bool, letter_timeout: float | None) -> None:
    """Build the graph of letters in PATHS (files or folders, searched recursively).

    Reads .txt, .md, .pdf and .html letters, extracts what they say, validates the result
    with the shapes and writes it to OUTPUT. A letter that cannot be read is named on one
    line and skipped; the others still build (exit code 3 at the end).

    \b
    Example:
      kg build examples/letters -o out/letters.trig
    """
    if letter_timeout is not None:  # the workers read it from the environment, forked or spawned
        os.environ["KG_LETTER_SECONDS"] = repr(letter_timeout)
    with _errors():  # the imports too: an extractor that fails to load is a bug, not a traceback
        if store_dir is None and output is None:
            raise UsageError("say where the graph goes: -o FILE, or --store DIR")
        if store_dir is None and prune:
            raise UsageError("--prune only works with --store DIR")
        if output is not None:
            from .rdf.rdfio import check_output, rdf_format
            rdf_format(output)
            check_output(output)
        if store_dir is not None:  # before importing the engine: an unchanged store needs none of it
            _build_store(paths, store_dir, output, prune, base or _base(), not no_validate, quiet, workers)
        from .engine.sinks import build_file

        assert output is not None  # without --store, checked above
        with _Progress(quiet) as progress:
            result = build_file(paths, output, base=base or _base(), check=not no_validate, progress=progress,
                                workers=workers)
        _tell(refusal.line() for refusal in result.refused)
        if not result.letters and result.refused:
            _tell(["no letter could be read; nothing written"])
            _exit(result.refused, None)
        if not quiet:
            _tell(f"warning: {warning}" for warning in result.warnings)
            click.echo(f"Built {_count(result.letters, 'letter')} into {output} ({result.quads} quads).", err=True)
        conforms = result.report.conforms if result.report is not None else None
        _tell_verdict(conforms, result.report.text() if result.report is not None else "", quiet)
        if result.refused:
            _tell([f"{_count(len(result.refused), 'file')} refused, {result.letters} built."])
        _exit(result.refused, conforms)


def _build_store(paths: tuple[Path, ...], store_dir: Path, output: Path | None, prune: bool, base: str,
                 check: bool, quiet: bool, workers: int | None = None) -> None:
    """``kg build --store``: update the store, print what changed, exit."""
    from .engine.store import KgStore
    from .engine.storesink import build_into_store
    from .rdf.rdfio import write_quads

    with _Progress(quiet) as progress:
        result = build_into_store(paths, store_dir, base=base, prune=prune, check=check, progress=progress,
                                  workers=workers, count_quads=not quiet)
    _tell(refusal.line() for refusal in result.refused)
    if not quiet:
        _tell(f"warning: {warning}" for warning in result.warnings)
    if quiet:
        pass
    elif result.unchanged:
        click.echo(f"Store {store_dir} is up to date: {result.letters} letters, {result.quads} quads.", err=True)
    else:
        click.echo(f"Store {store_dir}: {result.letters} letters ({result.extracted} read, {result.reused} "
                   f"unchanged), {result.rebuilt} letter graphs built, {len(result.written)} graphs written, "
                   f"{len(result.removed)} removed, {result.quads} quads.", err=True)
    if output is not None:
        with KgStore(store_dir, read_only=True) as kg_store:
            count = write_quads(kg_store.quads(), output)
        if not quiet:
            click.echo(f"Wrote the store to {output} ({count} quads).", err=True)
    _tell_verdict(result.conforms, result.report, quiet)
    _exit(result.refused, result.conforms)


def _count(number: int, noun: str) -> str:
    """'1 letter', '3 letters'."""
    return f"{number} {noun}{'s' if number != 1 else ''}"


def _tell(lines: Iterable[str]) -> None:
    """Lines for the user on stderr, each after 'kg: '."""
    for line in lines:
        click.echo(f"kg: {line}", err=True)


def _tell_verdict(conforms: bool | None, report: str, quiet: bool) -> None:
    """The report when the graph does not conform; that it does, unless quiet; nothing when not validated."""
    if conforms is False:
        click.echo(report, err=True)
    elif conforms and not quiet:
        click.echo("Validated with the shapes: the graph conforms.", err=True)


def _exit(refused: Sequence[Refusal], conforms: bool | None) -> NoReturn:
    """A build's exit code: 4 for a bug in reading a letter, 3 for a refused letter, 1 when the graph
    does not conform, else 0."""
    if refused:
        sys.exit(EXIT_BUG if any(r.bug for r in refused) else EXIT_INPUT)
    sys.exit(EXIT_DOES_NOT_CONFORM if conforms is False else EXIT_OK)


@main.command()
@click.argument("graph", type=click.Path(path_type=Path))
@click.option("-q", "--quiet", is_flag=True, help="Print nothing when the graph conforms.")
def validate(graph: Path, quiet: bool) -> None:
    """Validate GRAPH against the shapes and print a report per letter.

    Exits 1 when the graph does not conform.

    \b
    Example:
      kg validate out/letters.trig
    """
    from .validation.validate import validate_file

    with _errors():
        report = validate_file(graph)
        if not (quiet and report.conforms):
            click.echo(report.text())
        sys.exit(EXIT_OK if report.conforms else EXIT_DOES_NOT_CONFORM)


@main.command(context_settings={"help_option_names": []})
@click.argument("query", required=False)
@click.option("-g", "--graph", "graph", type=click.Path(path_type=Path), help="Graph file to query.")
@click.option("--store", "store_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Query the store in this folder (made by kg build --store).")
@click.option("--endpoint", help="Query this SPARQL 1.1 query endpoint URL instead of a local graph.")
@click.option("--timeout", type=SECONDS, default=60.0, show_default=True,
              help="Seconds the query may run (local, --store or --endpoint).")
@click.option("-f", "--format", "fmt", default="table", show_default=True,
              type=click.Choice(["table", "csv", "tsv", "json"]),
              help="Output format; json is SPARQL 1.1 Query Results JSON. table fits the terminal; "
                   "csv, tsv and json are complete.")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Keep the rows whose NAME matches VALUE (repeatable; the query's parameters: "
                   "kg query NAME --help).")
@click.option("--match", type=click.Choice(["contains", "exact"]), default="contains", show_default=True,
              help="How a text --param matches: contains it (case and accents ignored), or equals it.")
@click.option("-h", "--help", "show_help", is_flag=True,
              help="Show this message (and the parameters of QUERY) and exit.")
@click.pass_context
def query(ctx: click.Context, query: str | None, graph: Path | None, store_dir: Path | None, endpoint: str | None,
          timeout: float, fmt: str, params: tuple[str, ...], match: str, show_help: bool) -> None:
    """Run QUERY (a named query, a .rq file, or SPARQL text) on a graph.

    \b
    Named queries: letters, organisations, persons, reports, recommendations,
    commitments, references, legal_instruments, events, and more (kg queries).
    --param NAME=VALUE keeps the rows whose NAME matches: text contains the
    value (case and accents ignored; --match exact for equality), dates match
    a day, month or year, IRIs exactly; a row without a NAME is left out.
    Examples:
      kg query letters -g out/letters.trig
      kg query organisations -g out/letters.trig --param name=IND
      kg query recommendations -g out/letters.trig --format csv
      kg query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' -g out/letters.trig
    """
    from .query import format_table, hidden_columns, name_the_default_graph, query_text, run_query_limited
    from .rdf.rdfio import load_store

    with _errors():
        if show_help:
            click.echo(ctx.get_help())
            if query is not None:
                click.echo("\n" + _parameters_help(query_text(query)))
            sys.exit(EXIT_OK)
        if query is None:
            raise UsageError("say which query: kg query NAME|FILE.rq|'SPARQL' -g GRAPH (kg queries lists the names)")
        bindings: dict[str, str] = {}
        for param in params:
            if any("\ud800" <= c <= "\udfff" for c in param):  # argv bytes that are not UTF-8
                raise UsageError(f"--param {shown(param.partition('=')[0])}: the value is not valid UTF-8")
            name, sep, value = param.partition("=")
            if not sep or not name.isidentifier():
                raise UsageError(f"--param '{shown(param)}' is not NAME=VALUE")
            if name in bindings:
                raise UsageError(f"--param {name} is given twice")
            bindings[name] = value
        sparql = query_text(query)
        if sum(x is not None for x in (graph, store_dir, endpoint)) != 1:
            raise UsageError("say what to query: -g GRAPH, --store DIR or --endpoint URL (one of them)")
        if endpoint is not None:
            from .remote import Endpoint, holds_kg, run_remote
            where = Endpoint(endpoint, timeout=timeout)
            table = run_remote(sparql, where, bindings, match)
            if not table.rows and table.boolean is None and (warning := holds_kg(where)):
                click.echo(f"kg: warning: {warning}", err=True)
        elif store_dir is not None:
            from .engine.store import open_store_dataset
            table = run_query_limited(open_store_dataset(store_dir), sparql, bindings, timeout, match)
        else:
            assert graph is not None  # one of the three, checked above
            table = run_query_limited(name_the_default_graph(load_store(graph)), sparql, bindings, timeout, match)
        click.echo(format_table(table, fmt, hide=hidden_columns(sparql), base=_base()))


def _parameters_help(sparql: str) -> str:
    """The parameters a query takes, one a line with its kind and meaning."""
    from .query import parameters, summary

    lines = [summary(sparql)] if summary(sparql) else []
    lines.append("Parameters (--param NAME=VALUE):")
    lines += [f"  {p.name:<18} {p.kind:<7} {p.meaning}" for p in parameters(sparql)]
    return "\n".join(lines)


@main.command()
@click.argument("graph", required=False, type=click.Path(path_type=Path))
@click.option("--store", "store_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Push the store in this folder instead of a GRAPH file.")
@click.option("--endpoint", help="SPARQL 1.1 Update endpoint URL (DROP and INSERT DATA per named graph).")
@click.option("--gsp", help="Graph Store HTTP Protocol URL (PUT per named graph).")
@click.option("--into", help="Named graph IRI for triples outside named graphs (a .ttl file).")
@click.option("--timeout", type=SECONDS, default=60.0, show_default=True, help="Seconds to wait for each request.")
@click.option("--retries", type=click.IntRange(0, 10), default=3, show_default=True,
              help="Tries again after a timeout, a refused connection or a busy server (with backoff).")
@click.option("--chunk", type=click.IntRange(1), default=20000, show_default=True,
              help="Triples per INSERT DATA request.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing on success.")
def push(graph: Path | None, store_dir: Path | None, endpoint: str | None, gsp: str | None, into: str | None,
         timeout: float, retries: int, chunk: int, quiet: bool) -> None:
    """Push GRAPH (or --store DIR) to a SPARQL server, replacing each named graph.

    Credentials come from KG_USER and KG_PASSWORD, or KG_TOKEN, or ~/.netrc; they
    are never printed. Pushing twice leaves the same data.

    \b
    Examples:
      kg push out/letters.trig --endpoint http://localhost:7878/update
      kg push --store out/store --gsp http://localhost:3030/kg/data
    """
    from pyoxigraph import NamedNode

    from .remote import Endpoint, push_gsp, push_update, read_dataset

    with _errors():
        if (endpoint is None) == (gsp is None):
            raise UsageError("say where to push: --endpoint UPDATE_URL or --gsp URL (one of them)")
        try:
            target = NamedNode(into) if into else None
        except ValueError:
            raise UsageError(f"--into '{into}' is not an IRI") from None
        quads = read_dataset(graph, store_dir)
        with _Progress(quiet) as progress:
            where = Endpoint(endpoint or gsp or "", timeout=timeout, retries=retries)  # one of the two, checked above
            if endpoint is not None:
                result = push_update(quads, where, into=target, chunk=chunk, progress=progress)
            else:
                result = push_gsp(quads, where, into=target, progress=progress)
        if not quiet:
            click.echo(f"Pushed {_count(result.graphs, 'graph')} ({result.triples} triples, "
                       f"{_count(result.requests, 'request')}) to {where.shown}.", err=True)
        if result.unchecked:
            _tell([f"warning: could not count what {where.shown} holds afterwards: {result.unchecked}"])
    sys.exit(EXIT_OK)


@main.command()
@click.argument("graph", required=False, type=click.Path(path_type=Path))
@click.option("--store", "store_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Serve the store in this folder instead of a GRAPH file.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True,
              help="Port to listen on (0 picks a free one).")
@click.option("--allow-update", is_flag=True, help="Accept SPARQL updates (read-only without it).")
@click.option("--timeout", type=click.FloatRange(0, 86400, min_open=True), default=30.0, show_default=True,
              help="Seconds a query may run; then its process is stopped.")
@click.option("--max-queries", type=click.IntRange(1, 256), default=8, show_default=True,
              help="Queries that may run at once; beyond that a request waits a few seconds, then gets 503.")
@click.option("--allow-service", is_flag=True,
              help="Run SERVICE clauses (federation: the server then sends requests for its clients).")
@click.option("--cors", "cors_origins", multiple=True, metavar="ORIGIN",
              help="Let web pages of ORIGIN (https://yasgui.triply.cc) query from a browser; '*' for any. Repeatable.")
@click.option("--allow-host", "allowed_hosts", multiple=True, metavar="NAME",
              help="Answer requests addressed to this host name too (besides the bound address). Repeatable.")
def serve(graph: Path | None, store_dir: Path | None, host: str, port: int, allow_update: bool,
          timeout: float, max_queries: int, allow_service: bool, cors_origins: tuple[str, ...],
          allowed_hosts: tuple[str, ...]) -> None:
    """Serve GRAPH (or --store DIR) as a SPARQL 1.1 endpoint for YASGUI, Gephi or any client.

    \b
    Example:
      kg serve out/letters.trig
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 3' \\
           http://127.0.0.1:7878/sparql
    """
    from .serve import make_server

    with _errors():
        if (graph is None) == (store_dir is None):
            raise UsageError("say what to serve: a GRAPH file or --store DIR (one of them)")
        if not timeout > 0:  # nan passes click's range
            raise UsageError(f"--timeout must be a positive number of seconds, not {timeout}")
        if store_dir is not None:
            from .engine.store import KgStore
            kg_store = KgStore(store_dir, read_only=not allow_update)
            if allow_update and kg_store.manifest is not None:
                from dataclasses import replace
                kg_store.save_manifest(replace(kg_store.manifest, complete=False))  # edits: next build reconciles
            store = kg_store.store
        else:
            from .query import name_the_default_graph
            from .rdf.rdfio import load_store
            assert graph is not None  # one of the two, checked above
            store = name_the_default_graph(load_store(graph))  # a .ttl: its triples in a named graph too
        try:
            server = make_server(store, host=host, port=port, allow_update=allow_update, timeout=timeout,
                                 max_queries=max_queries, allow_service=allow_service, cors_origins=cors_origins,
                                 allowed_hosts=allowed_hosts)
        except OSError as exc:
            raise InputError(f"cannot listen on {host}:{port} ({exc.strerror or exc}); try another --port") from None
        bound_host, bound_port = server.bound_address()
        mode = "updates allowed" if allow_update else "read-only"
        click.echo(f"Serving SPARQL at http://{bound_host}:{bound_port}/sparql ({mode}); Ctrl-C stops.", err=True)
        if host not in ("127.0.0.1", "localhost", "::1"):
            click.echo(f"kg: warning: listening on {host}: other machines can reach this endpoint", err=True)
        try:
            server.serve_forever()
        finally:
            server.server_close()
            server.service.close()  # the queries still running
    sys.exit(EXIT_OK)


@main.command("explain")
@click.argument("entity")
@click.option("-g", "--graph", "graph", required=True, type=click.Path(path_type=Path), help="Graph file to read.")
def explain_command(entity: str, graph: Path) -> None:
    """Show what ENTITY is and every mention that made it (letter, quote, offsets, rule).

    ENTITY is an IRI, a key (ind, a-broekers-knol) or a name, alias or acronym.

    \b
    Examples:
      kg explain IND -g out/letters.trig
      kg explain "Ankie Broekers-Knol" -g out/letters.trig
    """
    from .explain import explain, explanation_text
    from .rdf.rdfio import load_store

    with _errors():
        click.echo(explanation_text(explain(load_store(graph), entity)))


@main.command("queries")
def list_queries() -> None:
    """List the named queries, what each answers, and the parameters each takes.

    \b
    Example:
      kg queries
      kg query organisations --help      (one query's parameters)
    """
    from .domain.resources import query_file, query_names
    from .query import parameters, summary

    for name in query_names():
        path = query_file(name)
        assert path is not None  # query_names lists the files query_file finds
        text = path.read_text(encoding="utf-8")
        click.echo(f"{name:<28} {summary(text)}")
        for parameter in parameters(text):
            click.echo(f"    --param {parameter.name}=...  ({parameter.kind}) {parameter.meaning}")


@main.command("export")
@click.argument("graph", type=click.Path(path_type=Path))
@click.option("-o", "--output", "outputs", multiple=True, type=click.Path(path_type=Path),
              help="Output file (repeatable); its suffix picks the format: .ttl .trig .nq .nt .jsonld "
                   ".graphml .gexf .html .png .svg.")
@click.option("--describe", is_flag=True, help="Write the DCAT/VoID description beside every output, not only "
              "beside the RDF ones; without -o, print it.")
@click.option("--endpoint", metavar="URL", help="A SPARQL endpoint that serves this dataset, for the description.")
@click.option("--licence", "--license", "licence", default="cc0", show_default=True,
              help="Licence of the data: cc0, cc-by, cc-by-sa, or a licence IRI.")
@click.option("--publisher", metavar="NAME", help="Who publishes the data, for the description.")
@click.option("--download-base", metavar="URL", help="Where the files will be published (the description's "
              "download URLs); default: their file: URLs.")
@click.option("--ego", metavar="ENTITY", help="html/png/svg: centre on this entity (IRI, end of IRI, or label).")
@click.option("--depth", type=click.IntRange(1, 3), default=1, show_default=True,
              help="html/png/svg: how many steps around --ego to show.")
@click.option("--picture", type=click.Choice(["overview", "stances"]), default="overview", show_default=True,
              help="png/svg: the network overview, or a chart of responses per stance per report.")
@click.option("--context-url", metavar="URL", help="jsonld: refer to kg's context at this URL instead of "
              "embedding it.")
@click.option("--title", default="kg: Kamerbrieven knowledge graph", show_default=True, help="Title of the HTML view.")
def export_command(graph: Path, outputs: tuple[Path, ...], describe: bool, endpoint: str | None, licence: str,
                   publisher: str | None, download_base: str | None, ego: str | None, depth: int, picture: str,
                   context_url: str | None, title: str) -> None:
    """Export GRAPH to other formats, views and pictures, with a dataset description.

    Each RDF output gets its DCAT-AP/VoID description beside it as FILE.dcat.ttl.

    \b
    Examples:
      kg export out/letters.trig -o out/letters.ttl -o out/letters.jsonld
      kg export out/letters.trig -o out/view.html
      kg export out/letters.trig -o out/ind.html --ego IND --depth 2
      kg export out/letters.trig -o out/stances.png --picture stances
      kg export out/letters.trig --describe --endpoint http://127.0.0.1:7878/query
    """
    from .rdf.describe import DescriptionOptions, description_turtle, publish
    from .rdf.describe import describe as run_describe
    from .rdf.export import ExportOptions
    from .rdf.rdfio import read_quads

    with _errors():
        if not outputs and not describe:
            raise UsageError("say where to export with -o FILE, or ask for --describe")
        quads = read_quads(graph)
        description = DescriptionOptions(base=_base(), licence=licence, endpoint=endpoint, publisher=publisher,
                                         download_base=download_base)
        if not outputs:
            click.echo(description_turtle(run_describe(quads, (), description)).decode("utf-8"), nl=False)
            sys.exit(EXIT_OK)
        options = ExportOptions(ego=ego, depth=depth, picture=picture, context_url=context_url, title=title)
        published = publish(quads, outputs, options, description, describe_all=describe)
        for written in published.files:
            click.echo(f"Wrote {written.summary()}.", err=True)
        for path in published.descriptions:
            click.echo(f"Described the dataset in {path}.", err=True)
    sys.exit(EXIT_OK)



@main.command("fetch")
@click.argument("identifiers", nargs=-1)
@click.option("-d", "--dir", "folder", type=click.Path(path_type=Path, file_okay=False), default=Path("."),
              show_default=True, help="Folder the files and the manifest (.kg-fetch.json) go to.")
@click.option("--dossier", help="Search: every paper of this dossier (19637, 36200-VII).")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Search: published on or after this day.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Search: published on or before this day.")
@click.option("--type", "kind", help="Search: this kind of paper only (brief, motie, antwoord, ...).")
@click.option("--format", "fmt", type=click.Choice(["xml", "html", "pdf"]), default="xml", show_default=True,
              help="Which manifestation to download.")
@click.option("--service", default=None, help="The SRU search service (default: $KG_SRU or "
              "https://repository.overheid.nl/sru).")
@click.option("--pause", type=click.FloatRange(min=0), default=1.0, show_default=True,
              help="Seconds between two requests.")
@click.option("-q", "--quiet", is_flag=True, help="No progress and no summary; errors only.")
def fetch_command(identifiers: tuple[str, ...], folder: Path, dossier: str | None, since, until, kind: str | None,
                  fmt: str, service: str | None, pause: float, quiet: bool) -> None:
    """Download official publications by IDENTIFIERS, or all that a search finds.

    Fetches from the publication platform's repository through its SRU search service and
    keeps a manifest in the folder, so a second run fetches only what is new. A missing
    identifier or file is one line (the others are fetched), a service error one line that
    stops the run; both exit with code 3.

    \b
    Examples:
      kg fetch kst-19637-2302 kst-28844-269 -d letters/
      kg fetch --dossier 28844 --since 2023-01-01 --type brief -d letters/
      kg build letters/ -o out/letters.trig
    """
    with _errors():
        from .fetch import DEFAULT_SERVICE, Client, Search, fetch

        if identifiers and (dossier or since or until or kind):
            raise UsageError("give identifiers or a search (--dossier, --since, --until, --type), not both")
        search = None if identifiers else Search(dossier, since and since.date(), until and until.date(), kind)
        client = Client(service or os.environ.get("KG_SRU") or DEFAULT_SERVICE, pause=pause)
        with _Progress(quiet) as progress:
            report = fetch(folder, list(identifiers), search, fmt, client, progress,
                           note=lambda line: _tell([line]))
        _tell(report.lines())
        if not quiet:
            click.echo(f"Fetched {len(report.fetched)} new, {len(report.unchanged)} unchanged into {folder}/ "
                       f"({fmt}).", err=True)
        if not report.complete:
            sys.exit(EXIT_INPUT)
    sys.exit(EXIT_OK)



if __name__ == "__main__":  # pragma: no cover
    main()
