"""``kg fetch`` against a local stand-in for the publication platform's repository service.

The stand-in (an http.server in a thread on 127.0.0.1) serves tests/data/koop/repository/ as the
live service lays it out, and answers ``/sru`` from the recorded SRU answer (sru.xml, three real
records), keeping the records a simple CQL query (``index==value``, ``>=``, ``<=`` joined by AND)
selects, page by page. Modes make it answer 500, break off a file, or send a file slowly.
A file it does not have is a redirect to an HTML page: the live service's "soft 404".
"""
from __future__ import annotations

import dataclasses
import json
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator

import pytest
from click.testing import CliRunner

from conftest import ROOT
from kg.cli import main
from kg.domain.errors import UsageError
from kg.fetch import MANIFEST, Client, FetchError, Search, check_identifier, fetch, parse_answer

REPOSITORY = ROOT / "tests" / "data" / "koop" / "repository"
KG = Path(sys.executable).with_name("kg")
RECORD = re.compile(r"<sru:record>.*?</sru:record>", re.S)
CLAUSE = re.compile(r"([a-z]+\.[a-z-]+)\s*(==|>=|<=)\s*(\S+)")
INDEX = {"dt.identifier": "dcterms:identifier", "w.dossiernummer": "overheidwetgeving:dossiernummer",
         "dt.available": "dcterms:available", "w.subrubriek": "overheidwetgeving:subrubriek",
         "c.product-area": "c:product-area"}


class StandIn(BaseHTTPRequestHandler):
    """The repository service: /sru answers searches, /frbr/... the files, anything else a soft 404."""

    server: "Service"

    def log_message(self, *args) -> None:  # quiet
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        try:
            self._get()
        except (BrokenPipeError, ConnectionResetError):  # the client went away (the interrupt tests)
            pass

    def _get(self) -> None:
        self.server.requests.append(self.path)
        path, _, query = self.path.partition("?")
        if self.server.mode == "500":
            return self._answer(500, b"Internal Server Error", "text/plain")
        if path == "/sru":
            return self._sru(urllib.parse.parse_qs(query))
        file = REPOSITORY / path.lstrip("/")
        if path.startswith("/frbr/") and file.is_file() and ".." not in path:
            return self._file(file.read_bytes())
        if path == "/niet-gevonden.html":
            return self._answer(200, b"<!DOCTYPE html><html><body>Pagina niet gevonden</body></html>", "text/html")
        self.send_response(302)
        self.send_header("Location", "/niet-gevonden.html")
        self.end_headers()

    def _file(self, body: bytes) -> None:
        if self.server.mode == "broken":  # promises the whole file, sends half and hangs up
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[:len(body) // 2])
            return
        if self.server.mode == "slow":  # half now, the rest much later
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[:len(body) // 2])
            self.wfile.flush()
            time.sleep(30)
        self._answer(200, body, "application/octet-stream")

    def _sru(self, params: dict[str, list[str]]) -> None:
        recorded = (REPOSITORY / "sru.xml").read_text(encoding="utf-8")
        recorded = recorded.replace("http://__MOCK_SERVICE__/repository.overheid.nl/", self.server.url + "/")
        recorded = recorded.replace("http://__MOCK_SERVICE__/", "https://")
        query = params.get("query", [""])[0]
        clauses = [CLAUSE.fullmatch(part.strip()) for part in query.split(" AND ")]
        if not query or not all(clauses) or any(c.group(1) not in INDEX for c in clauses):
            diagnostic = ('<sru:diagnostics><diag:diagnostic><diag:uri>info:srw/diagnostic/1/10</diag:uri>'
                          '<diag:message>Query syntax error</diag:message></diag:diagnostic></sru:diagnostics>')
            return self._answer(200, re.sub(r"<sru:records>.*</sru:records>", diagnostic, recorded, flags=re.S)
                                .encode(), "text/xml")
        hits = [r for r in RECORD.findall(recorded) if all(_holds(r, *c.groups()) for c in clauses)]
        start, size = int(params["startRecord"][0]), int(params["maximumRecords"][0])
        size = min(size, self.server.page)
        page = hits[start - 1:start - 1 + size]
        body = RECORD.sub("", recorded)
        body = body.replace("<sru:records>", "<sru:records>" + "".join(page), 1)
        body = re.sub(r"<sru:numberOfRecords>\d+", f"<sru:numberOfRecords>{len(hits)}", body)
        if start - 1 + size < len(hits):
            body = body.replace("</sru:records>", f"</sru:records><sru:nextRecordPosition>{start + size}"
                                "</sru:nextRecordPosition>", 1)
        self._answer(200, body.encode("utf-8"), "text/xml")

    def _answer(self, status: int, body: bytes, media_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def _holds(record: str, index: str, operator: str, value: str) -> bool:
    values = re.findall(rf"<{INDEX[index]}[^>]*>([^<]*)<", record)
    if operator == "==":
        return any(v.lower() == value.lower() for v in values)
    return any((v >= value) if operator == ">=" else (v <= value) for v in values)


class Service(ThreadingHTTPServer):
    daemon_threads = True
    mode = ""
    page = 100
    requests: list[str]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    @property
    def sru(self) -> str:
        return self.url + "/sru"


@pytest.fixture
def service() -> Iterator[Service]:
    server = Service(("127.0.0.1", 0), StandIn)
    server.requests = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["fetch", *args])
    return result.exit_code, result.output


def client(service: Service) -> Client:
    return Client(service.sru, pause=0, retries=2, backoff=0.01, timeout=5)


# --- by identifier -------------------------------------------------------------------------------

def test_by_identifier_fetches_the_xml_and_keeps_a_manifest(service, tmp_path):
    code, output = run("kst-32545-143", "ah-tk-20202021-3235", "-d", str(tmp_path), "--service", service.sru,
                       "--pause", "0")
    assert code == 0, output
    assert "Fetched 2 new, 0 unchanged" in output
    source = REPOSITORY / "frbr/officielepublicaties/kst/32545/kst-32545-143/1/xml/kst-32545-143.xml"
    assert (tmp_path / "kst-32545-143.xml").read_bytes() == source.read_bytes()
    assert (tmp_path / "ah-tk-20202021-3235.xml").read_bytes().lstrip().startswith(b"<?xml")
    manifest = json.loads((tmp_path / MANIFEST).read_text())["files"]
    entry = manifest["kst-32545-143.xml"]
    assert entry["identifier"] == "kst-32545-143"
    assert entry["url"] == service.url + "/frbr/officielepublicaties/kst/32545/kst-32545-143/1/xml/kst-32545-143.xml"
    assert re.fullmatch(r"[0-9a-f]{64}", entry["sha256"])
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", entry["fetched"])
    assert entry["modified"] == "2021-07-09"
    assert sorted(p.name for p in tmp_path.iterdir()) == [MANIFEST, "ah-tk-20202021-3235.xml", "kst-32545-143.xml"]


def test_a_second_run_fetches_nothing_and_asks_nothing(service, tmp_path):
    args = ("kst-32545-143", "-d", str(tmp_path), "--service", service.sru, "--pause", "0")
    assert run(*args)[0] == 0
    before = len(service.requests)
    code, output = run(*args)
    assert code == 0 and "Fetched 0 new, 1 unchanged" in output
    assert len(service.requests) == before  # known and intact: not even a lookup


def test_a_changed_or_deleted_file_is_fetched_again(service, tmp_path):
    args = ("kst-32545-143", "-d", str(tmp_path), "--service", service.sru, "--pause", "0")
    run(*args)
    (tmp_path / "kst-32545-143.xml").write_text("edited by hand")
    assert "Fetched 1 new" in run(*args)[1]
    (tmp_path / "kst-32545-143.xml").unlink()
    assert "Fetched 1 new" in run(*args)[1]


@pytest.mark.parametrize("fmt, start", [("html", b"<"), ("pdf", b"%PDF")])
def test_other_formats(service, tmp_path, fmt, start):
    code, output = run("kst-32545-143", "--format", fmt, "-d", str(tmp_path), "--service", service.sru, "--pause", "0")
    assert code == 0, output
    assert (tmp_path / f"kst-32545-143.{fmt}").read_bytes().lstrip().startswith(start)


def test_a_missing_identifier_is_one_line_and_exit_3_the_others_are_fetched(service, tmp_path):
    code, output = run("kst-99999-1", "kst-32545-143", "-q", "-d", str(tmp_path), "--service", service.sru,
                       "--pause", "0")
    assert code == 3
    assert output == "kg: kst-99999-1: no such publication in the repository (check the identifier)\n"
    assert (tmp_path / "kst-32545-143.xml").is_file()


def test_a_server_error_is_one_line_and_exit_3(service, tmp_path):
    service.mode = "500"
    code, output = run("kst-32545-143", "-d", str(tmp_path), "--service", service.sru, "--pause", "0")
    assert code == 3
    assert output.count("\n") == 1 and output.startswith("kg: ") and "answers 500" in output, output
    assert not (tmp_path / "kst-32545-143.xml").exists()


def test_a_soft_404_is_one_clear_line(service, tmp_path):
    record = parse_answer((REPOSITORY / "sru.xml").read_bytes(), "recorded")[0][0]
    missing = service.url + "/frbr/officielepublicaties/kst/32545/kst-32545-999/1/xml/kst-32545-999.xml"
    with pytest.raises(FetchError, match=r"not found \(the service redirects to .*niet-gevonden.html, a 'soft 404'\)"):
        client(service).get(missing)
    assert record.identifier == "kst-32545-143"


def test_a_page_where_a_file_was_asked_for_is_a_soft_404(service, tmp_path, monkeypatch):
    """An HTML page served where the XML of a publication was asked for is no file."""
    import kg.fetch as module
    monkeypatch.setattr(module, "_same_file", lambda asked, location: True)  # follow the redirect to the page
    recorded = (REPOSITORY / "sru.xml").read_bytes().replace(b"http://__MOCK_SERVICE__/repository.overheid.nl/",
                                                             service.url.encode() + b"/")
    record = parse_answer(recorded, "recorded")[0][0]
    record = dataclasses.replace(record, identifier="kst-32545-999", urls={
        "xml": record.urls["xml"].replace("kst-32545-143", "kst-32545-999")})
    report = module.Report()
    with pytest.raises(FetchError, match="a 'soft 404'"):
        module._fetch_one(client(service), tmp_path, module.Manifest.load(tmp_path), record, "xml", report, None)
    assert list(tmp_path.iterdir()) == []


def test_a_broken_off_answer_is_retried_then_one_line_and_nothing_written(service, tmp_path):
    service.mode = "broken"
    record = parse_answer((REPOSITORY / "sru.xml").read_bytes()
                          .replace(b"http://__MOCK_SERVICE__/repository.overheid.nl/", service.url.encode() + b"/"),
                          "recorded")[0][0]
    import kg.fetch as module
    with pytest.raises(FetchError, match=r"no answer .*tried 3 times"):
        module._fetch_one(client(service), tmp_path, module.Manifest.load(tmp_path), record, "xml",
                          module.Report(), None)
    assert list(tmp_path.iterdir()) == []
    assert len([r for r in service.requests if r.endswith(".xml")]) == 3


# --- by search -----------------------------------------------------------------------------------

def test_by_dossier(service, tmp_path):
    code, output = run("--dossier", "32545", "-d", str(tmp_path), "--service", service.sru, "--pause", "0")
    assert code == 0, output
    assert sorted(p.name for p in tmp_path.glob("*.xml")) == ["kst-32545-143.xml"]
    # the recording's fifth record is faulty (the service's own test data): it points to nr. 143's file
    assert ("kg: kst-32545-144: the repository's xml URL names another file "
            f"({service.url}/frbr/officielepublicaties/kst/32545/kst-32545-143/1/xml/kst-32545-143.xml); skipped"
            in output)
    query = urllib.parse.parse_qs(service.requests[0].partition("?")[2])
    assert query["query"] == ["c.product-area==officielepublicaties AND w.dossiernummer==32545"]
    assert query["recordSchema"] == ["gzd"] and query["version"] == ["2.0"]


def test_by_period_and_type_across_pages_and_a_second_run(service, tmp_path):
    service.page = 1  # one record a page: the client follows nextRecordPosition
    args = ("--since", "2021-06-01", "--until", "2021-12-31", "-d", str(tmp_path), "--service", service.sru,
            "--pause", "0")
    code, output = run(*args)
    assert code == 0, output
    assert sorted(p.name for p in tmp_path.glob("*.xml")) == ["ah-tk-20202021-3235.xml", "kst-32545-143.xml"]
    assert "kg: blg-1007826: no xml in the repository (it has metadata, metadataowms, pdf); skipped" in output
    assert "Fetched 2 new, 0 unchanged" in output
    code, output = run(*args)
    assert code == 0 and "Fetched 0 new, 2 unchanged" in output
    code, output = run("--since", "2021-07-01", "--type", "motie", "-d", str(tmp_path / "m"), "--service",
                       service.sru, "--pause", "0")
    assert code == 0 and sorted(p.name for p in (tmp_path / "m").glob("*.xml")) == ["kst-32545-143.xml"]


def test_a_record_without_a_usable_url_is_skipped_with_a_line(service, tmp_path):
    code, output = run("--since", "2022-01-01", "--format", "pdf", "-d", str(tmp_path), "--service", service.sru,
                       "--pause", "0")
    assert code == 0, output
    assert ("kg: blg-1025203: the repository gives no usable pdf URL (httbroken://repository.overheid.nl/frbr/"
            "officielepublicaties/blg/onopgemaakt/blg-1025203/1/pdf/blg-1025203.pdf); skipped") in output
    assert list(tmp_path.glob("*.pdf")) == []


def test_a_file_that_is_not_there_is_one_line_the_others_are_fetched_exit_3(service, tmp_path):
    """blg-1007826's PDF is not in the stand-in: the service redirects to a page (a soft 404)."""
    code, output = run("--until", "2021-12-31", "--format", "pdf", "-d", str(tmp_path), "--service", service.sru,
                       "--pause", "0", "-q")
    assert code == 3
    assert output == (f"kg: {service.url}/frbr/officielepublicaties/blg/onopgemaakt/blg-1007826/1/pdf/"
                      f"blg-1007826.pdf: not found (the service redirects to {service.url}/niet-gevonden.html, "
                      "a 'soft 404')\n"
                      f"kg: kst-32545-144: the repository's pdf URL names another file ({service.url}/frbr/"
                      "officielepublicaties/kst/32545/kst-32545-143/1/pdf/kst-32545-143.pdf); skipped\n")
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == ["ah-tk-20202021-3235.pdf", "kst-32545-143.pdf"]


def test_a_search_that_finds_nothing_is_no_error(service, tmp_path):
    code, output = run("--dossier", "11111", "-d", str(tmp_path), "--service", service.sru, "--pause", "0")
    assert code == 0 and "Fetched 0 new, 0 unchanged" in output


def test_a_refused_query_is_one_line(service):
    with pytest.raises(FetchError, match=r"refuses the query \(Query syntax error\)"):
        list(client(service).search("nonsense"))


def test_a_service_url_that_is_no_sru_service(service, tmp_path):
    code, output = run("kst-32545-143", "-d", str(tmp_path), "--service",
                       service.url + "/frbr/officielepublicaties/kst/32545/kst-32545-143/1/html/kst-32545-143.html",
                       "--pause", "0")
    assert code == 3 and "is not an SRU searchRetrieveResponse (is this the SRU URL?)" in output and output.count("\n") == 1


# --- usage ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("args, message", [
    ((), "say what to search for"),
    (("kst-1-2", "--dossier", "1"), "not both"),
    (("not an id",), "is not an identifier"),
    (("--dossier", "x' OR 1"), "is not a dossier number"),
    (("--since", "2022-01-01", "--until", "2021-01-01"), "is after"),
])
def test_usage_errors_exit_2(tmp_path, args, message):
    code, output = run(*args, "-d", str(tmp_path), "--service", "http://127.0.0.1:9/sru")
    assert code == 2 and message in output


def test_identifiers_and_queries():
    assert check_identifier("KST-19637-2302") == "kst-19637-2302"
    assert check_identifier("kst-20052006-30308-D") == "kst-20052006-30308-D"
    assert check_identifier("ah-tk-20202021-3235") == "ah-tk-20202021-3235"
    assert check_identifier("kst-36200-VII-5") == "kst-36200-VII-5"
    with pytest.raises(UsageError):
        check_identifier("kst-1 OR dt.identifier==x")
    assert Search(dossier="19637", kind="brief").cql() == (
        "c.product-area==officielepublicaties AND w.dossiernummer==19637 AND w.subrubriek==Brief")


def test_pause_between_requests(service, tmp_path):
    slow = Client(service.sru, pause=0.3)
    started = time.monotonic()
    fetch(tmp_path, ["kst-32545-143"], client=slow)  # a lookup and a download
    assert time.monotonic() - started >= 0.3
    assert len(service.requests) == 2


# --- interrupted ---------------------------------------------------------------------------------

@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGKILL])
def test_an_interrupted_fetch_leaves_nothing_half_written(service, tmp_path, how):
    run("ah-tk-20202021-3235", "-d", str(tmp_path), "--service", service.sru, "--pause", "0")
    manifest = (tmp_path / MANIFEST).read_bytes()
    service.mode = "slow"
    process = subprocess.Popen([str(KG), "fetch", "kst-32545-143", "-d", str(tmp_path), "--service", service.sru,
                                "--pause", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 20
    while not any(r.endswith("kst-32545-143.xml") for r in service.requests) and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.2)  # the first half is in
    process.send_signal(how)
    _, err = process.communicate(timeout=20)
    assert process.returncode != 0
    if how == signal.SIGINT:
        assert err.decode().strip() == "kg: interrupted"
    assert sorted(p.name for p in tmp_path.iterdir()) == [MANIFEST, "ah-tk-20202021-3235.xml"]
    assert (tmp_path / MANIFEST).read_bytes() == manifest


# --- the README's "Follow a dossier" -------------------------------------------------------------

def test_readme_follow_a_dossier_is_the_real_output(service, tmp_path, monkeypatch):
    """Every command of the section, run in order against the stand-in, prints what the README shows.

    The build's quad count is left out of the comparison: it moves with the extractors.
    """
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Follow a dossier", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```console\n(.*?)```", section, re.S)
    steps = [step for block in blocks for step in re.findall(r"^\$ (kg .+)\n((?:(?!\$ ).*\n)*)", block, re.M)]
    assert [command.split()[1] for command, _ in steps].count("fetch") >= 2
    monkeypatch.chdir(tmp_path)
    quads = re.compile(r"\(\d+ quads\)")
    for command, expected in steps:
        args = command.split()[1:]
        if args[0] == "fetch":
            args += ["--service", service.sru, "--pause", "0"]
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
        shown = result.stderr.replace(service.url, "https://repository.overheid.nl")
        assert quads.sub("(N quads)", shown) == quads.sub("(N quads)", expected), command
