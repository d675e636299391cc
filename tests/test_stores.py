"""The same rows on every SPARQL 1.1 store.

Real servers, started once for this module on 127.0.0.1 and stopped at its end:

    oxigraph        the `oxigraph` server from PyPI as it starts by default (its default
                    graph is its own, empty graph: Jena/Fuseki behave the same by default)
    oxigraph-union  the same with --union-default-graph (GraphDB and QLever query the union)
    virtuoso        Virtuoso 7 (Debian: apt-get install virtuoso-opensource; .ci/run installs it),
                    whose default graph is every graph it holds, its own system graphs too

The sample and extra letters are pushed to each with SPARQL Update; every named query, with
and without each of its parameters, must give exactly the rows it gives locally. A test is
skipped, saying why, only when its server's binary is not installed.
"""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner
from pyoxigraph import Store

from conftest import EXTRA
from kg.cli import main
from kg.query import parameters, query_text, run_query
from kg.remote import Endpoint, holds_kg, push_update, run_remote
from kg.domain.resources import query_names

OXIGRAPH = Path(sys.executable).parent / "oxigraph"
STORES = ("oxigraph", "oxigraph-union", "virtuoso")


@dataclass(frozen=True)
class Server:
    """A running SPARQL server: where to query and where to send updates."""

    name: str
    query: str
    update: str


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait(process: subprocess.Popen, url: str, seconds: float = 60) -> None:
    """Until ``url`` answers; fails the test with the server's words when it dies or never answers."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                output = process.stderr.read().decode(errors="replace")[-500:] if process.stderr else ""
                pytest.fail(f"the server did not start: {output}")
            time.sleep(0.2)


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _oxigraph(tmp: Path, union: bool):
    binary = str(OXIGRAPH) if OXIGRAPH.exists() else shutil.which("oxigraph")
    if not binary:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    port = free_port()
    command = [binary, "serve", "--location", str(tmp), "--bind", f"127.0.0.1:{port}"]
    process = subprocess.Popen(command + (["--union-default-graph"] if union else []),
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    _wait(process, f"{base}/query?query=ASK%7B%7D")
    return process, Server("oxigraph-union" if union else "oxigraph", f"{base}/query", f"{base}/update")


VIRTUOSO_INI = """[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerThreads = 4
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 60
"""


def _virtuoso(tmp: Path):
    binary, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt") or shutil.which("isql")
    if not binary or not isql:
        pytest.skip("Virtuoso 7 is not installed (Debian: apt-get install virtuoso-opensource; .ci/run does it)")
    sql, http = free_port(), free_port()
    ini = tmp / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(dir=tmp, sql=sql, http=http), encoding="utf-8")
    process = subprocess.Popen([binary, "+configfile", str(ini), "+foreground"], cwd=tmp,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{http}"
    _wait(process, f"{base}/sparql?query=ASK%7B%7D")
    # the anonymous SPARQL user may read; kg pushes with SPARQL Update, which it must be granted
    subprocess.run([isql, f"127.0.0.1:{sql}", "dba", "dba", 'exec=grant SPARQL_UPDATE to "SPARQL";'],
                   check=True, capture_output=True, timeout=60)
    return process, Server("virtuoso", f"{base}/sparql", f"{base}/sparql")


@pytest.fixture(scope="module")
def dataset(sample_build) -> list:
    """The sample letters and the extra letters, one dataset."""
    from kg.engine import build
    return list(sample_build.quads) + [q for q in build([EXTRA], check=False).quads
                                       if not q.graph_name.value.endswith(("/graph/entities", "/graph/build"))]


@pytest.fixture(scope="module")
def local(dataset) -> Store:
    store = Store()
    store.bulk_extend(dataset)
    return store


@pytest.fixture(scope="module", params=STORES)
def server(request, tmp_path_factory, dataset):
    """Each server in turn, started once, with the dataset pushed to it."""
    tmp = tmp_path_factory.mktemp(request.param)
    if request.param == "virtuoso":
        process, running = _virtuoso(tmp)
    else:
        process, running = _oxigraph(tmp, union=request.param == "oxigraph-union")
    try:
        push_update(dataset, Endpoint(running.update, timeout=120))
        yield running
    finally:
        _stop(process)


def rows(table) -> list[tuple[str, ...]]:
    return sorted(tuple(str(term) if term is not None else "" for term in row) for row in table.rows)


@pytest.mark.parametrize("name", query_names())
def test_every_named_query_gives_the_local_rows(server, local, name):
    here = run_query(local, query_text(name))
    there = run_remote(query_text(name), Endpoint(server.query))
    assert here.rows, f"{name} finds nothing locally: the comparison proves nothing"
    assert there.variables == here.variables
    assert rows(there) == rows(here), f"{server.name}: {name}"


def _values(local: Store, name: str) -> list[tuple[str, str]]:
    """(parameter, value) pairs taken from the local answer: a value of each parameter's column."""
    sparql = query_text(name)
    table = run_query(local, sparql)
    found = []
    for parameter in parameters(sparql):
        if parameter.variable not in table.variables:
            continue
        column = table.variables.index(parameter.variable)
        values = [row[column].value for row in table.rows if row[column] is not None and row[column].value]
        if values:
            value = values[len(values) // 2]
            found.append((parameter.name, value[:7] if parameter.kind == "date" else value))
    return found


@pytest.mark.parametrize("name", query_names())
def test_every_parameter_gives_the_local_rows(server, local, name):
    """Text matched without case or accents, dates, IRIs: each store filters as the local one."""
    for param, value in _values(local, name) + [("__accents__", "")]:
        if param == "__accents__":
            if name != "mentions":
                continue
            param, value = "label", "IMMIGRATIE EN NATURALISATIEDIËNST"[:12]  # 'IMMIGRATIE E': any case, accents
        for match in ("contains", "exact"):
            here = run_query(local, query_text(name), {param: value}, match)
            there = run_remote(query_text(name), Endpoint(server.query), {param: value}, match)
            assert rows(there) == rows(here), f"{server.name}: {name} --param {param}={value!r} --match {match}"


def test_an_accent_or_case_the_data_lacks_still_matches(server, local):
    """'malmstrom' and 'MALMSTRÖM' find a name written Malmström, on the store as here."""
    sparql = ("SELECT ?v WHERE { VALUES ?v { \"Commissaris Malmström\" \"Kinderopvang\" \"IND-medewerkers\" } }")
    for value, expected in [("malmstrom", ["Commissaris Malmström"]), ("MALMSTRÖM", ["Commissaris Malmström"]),
                            ("ind", ["IND-medewerkers"])]:
        here = run_query(local, sparql, {"v": value})
        there = run_remote(sparql, Endpoint(server.query), {"v": value})
        assert [row[0].value for row in here.rows] == expected
        assert rows(there) == rows(here), f"{server.name}: {value}"


def test_a_store_without_kg_graphs_gets_a_warning(tmp_path):
    """A named query on an endpoint that holds none of kg's graphs says so (exit 0, no rows)."""
    process, running = _oxigraph(tmp_path, union=False)
    try:
        empty = CliRunner().invoke(main, ["query", "letters", "--endpoint", running.query])
        assert empty.exit_code == 0
        assert "holds none of kg's graphs" in empty.output and "kg push" in empty.output
        urllib.request.urlopen(urllib.request.Request(
            running.update, method="POST", headers={"Content-Type": "application/sparql-update"},
            data=b"INSERT DATA { <urn:x:letter> a <https://w3id.org/kamerbrieven/def#Letter> }"), timeout=10).read()
        assert "only in its default graph" in holds_kg(Endpoint(running.query))
    finally:
        _stop(process)
