"""``kg fetch``: letters straight from the official publication platform's repository.

    lookup      one identifier (``kst-19637-2302``) through the SRU search service
    search      every record of a dossier and/or a period and/or a kind of paper
    fetch       download the chosen manifestation (xml, html or pdf) of each record into a
                folder, keeping a manifest there so a second run fetches only what is new

The search service is SRU 2.0 (``https://repository.overheid.nl/sru``, record schema ``gzd``);
each record names the URLs of its manifestations (``gzd:itemUrl manifestation="xml"``). The
queries are CQL over the service's indexes (see ``Search.cql``).

The manifest (``.kg-fetch.json`` in the target folder; hidden, so ``kg build`` of the folder
skips it) holds per file the identifier, URL, sha256, the date it was fetched and the record's
``dcterms:modified``. A file whose manifest entry matches its content (and, in a search, the
record's modified date) is not fetched again.

Polite: one pause between any two requests (``pause`` seconds), retries with exponential
back-off when the service is unreachable, times out, breaks off an answer or answers
429/502/503/504; any other error status, a redirect to somewhere else than the file asked for
(the repository's "soft 404") or an HTML page where XML or PDF was asked for is one line
(FetchError, exit 3). Every file is written atomically: fully there, or not at all.
"""
from __future__ import annotations

import hashlib
import http.client
import json
import re
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from . import __version__
from .domain.errors import InputError, UsageError
from .rdf.rdfio import write_atomic

DEFAULT_SERVICE = "https://repository.overheid.nl/sru"
MANIFEST = ".kg-fetch.json"
FORMATS = {"xml": ".xml", "html": ".html", "pdf": ".pdf"}
RETRY_STATUS = {429, 502, 503, 504}
PAGE = 100  # records per search request
MAX_REDIRECTS = 3

NS = {"sru": "http://docs.oasis-open.org/ns/search-ws/sruResponse",
      "gzd": "http://standaarden.overheid.nl/sru",
      "dcterms": "http://purl.org/dc/terms/",
      "diag": "http://docs.oasis-open.org/ns/search-ws/diagnostic"}

# kst-19637-2302, kst-36200-VII-5, ah-tk-20202021-3235, h-tk-20222023-84-12, stb-2023-12, blg-1007826
IDENTIFIER = re.compile(r"[a-z]{2,6}(?:-[a-z]{2})?-[0-9][0-9A-Za-z]*(?:-[0-9A-Za-z]+)*")
DOSSIER = re.compile(r"[0-9]{4,6}(?:-[0-9A-Za-z]{1,6})?")  # 19637, 36200-VII
KIND = re.compile(r"[A-Za-z][A-Za-z ]{1,40}")  # brief, motie, antwoord, verslag, ...


class FetchError(InputError):
    """The service failed us, or does not have what was asked for (exit 3)."""


class NotThere(FetchError):
    """A file a record points to is not there (404 or a 'soft 404'): the run goes on without it."""


Progress = Callable[[str, int, int], None]
Note = Callable[[str], None]


@dataclass(frozen=True)
class Record:
    """One publication as the search service describes it."""

    identifier: str
    title: str
    modified: str  # dcterms:modified, YYYY-MM-DD ('' when absent)
    urls: dict[str, str]  # manifestation -> URL

    def url(self, fmt: str) -> str | None:
        return self.urls.get(fmt)


@dataclass(frozen=True)
class Search:
    """What to look for: a dossier, a period of publication, a kind of paper (any combination)."""

    dossier: str | None = None
    since: date | None = None
    until: date | None = None
    kind: str | None = None

    def __post_init__(self) -> None:
        if self.dossier is not None and not DOSSIER.fullmatch(self.dossier):
            raise UsageError(f"--dossier '{self.dossier}' is not a dossier number (like 19637 or 36200-VII)")
        if self.kind is not None and not KIND.fullmatch(self.kind):
            raise UsageError(f"--type '{self.kind}' is not a kind of paper (like brief, motie, antwoord)")
        if self.since and self.until and self.since > self.until:
            raise UsageError(f"--since {self.since} is after --until {self.until}")
        if not (self.dossier or self.since or self.until or self.kind):
            raise UsageError("say what to search for: --dossier, --since, --until or --type")

    def cql(self) -> str:
        """The CQL query: the indexes of the repository's SRU service.

        dossier -> ``w.dossiernummer``, since/until -> ``dt.available`` (the day of publication),
        kind -> ``w.subrubriek`` (Brief, Motie, Antwoord, ...), always within
        ``c.product-area==officielepublicaties``.
        """
        clauses = {"c.product-area==": "officielepublicaties", "w.dossiernummer==": self.dossier,
                   "dt.available>=": self.since and self.since.isoformat(),
                   "dt.available<=": self.until and self.until.isoformat(),
                   "w.subrubriek==": self.kind and self.kind.strip().capitalize()}
        return " AND ".join(f"{index}{value}" for index, value in clauses.items() if value)


def identifier_query(identifier: str) -> str:
    """The CQL query for one publication."""
    return f"c.product-area==officielepublicaties AND dt.identifier=={identifier}"


def check_identifier(identifier: str) -> str:
    """``identifier`` in lower case (the platform's form), or a UsageError naming it."""
    parts = identifier.strip().split("-")
    # the prefix in lower case; the rest as given (kst-20052006-30308-D keeps its chamber letter)
    lowered = "-".join([p.lower() if p.isalpha() and i < 2 else p for i, p in enumerate(parts)])
    if not IDENTIFIER.fullmatch(lowered):
        raise UsageError(f"'{identifier}' is not an identifier of an official publication "
                         f"(like kst-19637-2302 or ah-tk-20202021-3235)")
    return lowered


@dataclass
class Client:
    """HTTP GETs to the service: a pause between requests, retries with back-off, clear failures."""

    service: str = DEFAULT_SERVICE
    pause: float = 1.0  # seconds between two requests
    retries: int = 3
    backoff: float = 1.0  # seconds before the first retry; doubles each time
    timeout: float = 60.0
    _last: float = field(default=0.0, repr=False)

    def __post_init__(self) -> None:
        parts = urllib.parse.urlsplit(self.service)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise UsageError(f"--service '{self.service}' is not an http(s) URL")

    def get(self, url: str) -> bytes:
        """The body of ``url``; retried when the failure may pass, else a FetchError."""
        attempt = 0
        while True:
            self._wait()
            try:
                return self._get_once(url)
            except _Transient as problem:
                if attempt >= self.retries:
                    raise FetchError(f"{url}: {problem} (tried {attempt + 1} times; try again later)") from None
                time.sleep(self.backoff * 2 ** attempt)
                attempt += 1

    def _wait(self) -> None:
        gap = self._last + self.pause - time.monotonic()
        if gap > 0:
            time.sleep(gap)
        self._last = time.monotonic()

    def _get_once(self, url: str) -> bytes:
        target = url
        for _ in range(MAX_REDIRECTS + 1):
            request = urllib.request.Request(target, headers={"User-Agent": f"kg/{__version__} (kg fetch)"})
            try:
                with _OPENER.open(request, timeout=self.timeout) as answer:
                    return answer.read()
            except _Redirect as redirect:
                location = urllib.parse.urljoin(target, redirect.location)
                if not _same_file(target, location):
                    raise NotThere(f"{url}: not found (the service redirects to {location}, a 'soft 404')") from None
                target = location
            except urllib.error.HTTPError as error:
                if error.code in RETRY_STATUS:
                    raise _Transient(f"the service answers {error.code} {error.reason}") from None
                if error.code == 404:
                    raise NotThere(f"{url}: not found (404)") from None
                raise FetchError(f"{url}: the service answers {error.code} {error.reason}") from None
            except (urllib.error.URLError, TimeoutError, ConnectionError, http.client.HTTPException) as error:
                reason = getattr(error, "reason", None) or error
                raise _Transient(f"no answer ({reason})") from None
        raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects")

    def search(self, query: str) -> Iterator[Record]:
        """Every record the service finds for ``query``, page by page."""
        start = 1
        while True:
            params = {"operation": "searchRetrieve", "version": "2.0", "recordSchema": "gzd",
                      "query": query, "startRecord": str(start), "maximumRecords": str(PAGE)}
            url = f"{self.service}?{urllib.parse.urlencode(params)}"
            records, following = parse_answer(self.get(url), self.service)
            yield from records
            if following is None or following <= start:
                return
            start = following


class _Transient(Exception):
    """A failure that may pass: retry."""


class _Redirect(Exception):
    def __init__(self, location: str):
        super().__init__(location)
        self.location = location


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects are looked at by the client (a redirect elsewhere is a 'soft 404')."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001 - urllib's signature
        raise _Redirect(newurl)


_OPENER = urllib.request.build_opener(_NoRedirects())


def _same_file(asked: str, location: str) -> bool:
    """A redirect that keeps the path (http -> https, another host of the service) is followed."""
    return urllib.parse.urlsplit(asked).path == urllib.parse.urlsplit(location).path


def parse_answer(body: bytes, service: str) -> tuple[list[Record], int | None]:
    """The records of one SRU answer and the position of the next page (None: the last page)."""
    try:
        root = ET.fromstring(body)
    except ET.ParseError as error:
        raise FetchError(f"{service}: the answer is not SRU XML ({error})") from None
    if root.tag != f"{{{NS['sru']}}}searchRetrieveResponse":
        raise FetchError(f"{service}: the answer is not an SRU searchRetrieveResponse (is this the SRU URL?)")
    problem = root.find("sru:diagnostics/diag:diagnostic", NS)
    if problem is not None:
        message = problem.findtext("diag:message", "", NS) or problem.findtext("diag:details", "", NS)
        raise FetchError(f"{service}: the search service refuses the query ({message.strip() or 'no reason given'})")
    records = [_record(data) for data in root.iterfind("sru:records/sru:record/sru:recordData/gzd:gzd", NS)]
    following = root.findtext("sru:nextRecordPosition", "", NS).strip()
    return [r for r in records if r.identifier], int(following) if following.isdigit() else None


def _record(gzd: ET.Element) -> Record:
    meta = gzd.find("gzd:originalData", NS)

    def text(path: str) -> str:
        return (meta.findtext(path, "", NS) if meta is not None else "").strip()

    urls = {item.get("manifestation", ""): (item.text or "").strip()
            for item in gzd.iterfind("gzd:enrichedData/gzd:itemUrl", NS)}
    return Record(identifier=text(".//dcterms:identifier"), title=text(".//dcterms:title"),
                  modified=text(".//dcterms:modified"), urls=urls)


def _bad_url(record: Record, url: str, fmt: str) -> str | None:
    """Why the service's URL for ``record`` cannot be right (None: it can).

    A URL must be http(s) and name the record's own file (``.../kst-32545-143.xml`` for
    kst-32545-143): a record that points to another publication's file is a fault of the service.
    """
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"the repository gives no usable {fmt} URL ({url})"
    if parts.path.rsplit("/", 1)[-1].lower() != (record.identifier + FORMATS[fmt]).lower():
        return f"the repository's {fmt} URL names another file ({url})"
    return None


def sniff(body: bytes, fmt: str) -> bool:
    """Whether ``body`` looks like a file of format ``fmt`` (not an HTML error page)."""
    head = body[:512].lstrip().lower()
    if fmt == "pdf":
        return head.startswith(b"%pdf")
    if fmt == "xml":
        return head.startswith(b"<") and not head.startswith((b"<!doctype html", b"<html"))
    return bool(head)


@dataclass
class Manifest:
    """What was fetched into a folder: per file its identifier, URL, sha256, date fetched, modified."""

    path: Path
    files: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def load(cls, folder: Path) -> Manifest:
        path = folder / MANIFEST
        if not path.exists():
            return cls(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            files = data["files"]
            if not isinstance(files, dict):
                raise TypeError("'files' is not an object")
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise InputError(f"{path}: not a manifest of kg fetch ({error}); move it away to start afresh") from None
        return cls(path, files)

    def current(self, name: str, modified: str | None = None) -> bool:
        """Whether ``name`` is in the folder as fetched (and, given ``modified``, of that version)."""
        entry = self.files.get(name)
        target = self.path.parent / name
        if entry is None or not target.is_file():
            return False
        if modified and entry.get("modified") and entry["modified"] != modified:
            return False
        return hashlib.sha256(target.read_bytes()).hexdigest() == entry.get("sha256")

    def add(self, name: str, record: Record, url: str, body: bytes) -> None:
        self.files[name] = {"identifier": record.identifier, "url": url,
                            "sha256": hashlib.sha256(body).hexdigest(),
                            "fetched": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                            "modified": record.modified}

    def save(self) -> None:
        data = {"about": "what kg fetch downloaded into this folder", "files": dict(sorted(self.files.items()))}
        write_atomic(self.path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")


@dataclass
class Report:
    """What a run did."""

    fetched: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # identifiers the service does not know
    skipped: list[str] = field(default_factory=list)  # one line each: a record without the format
    failed: list[str] = field(default_factory=list)  # one line each: a file that is not there

    def lines(self) -> list[str]:
        """One line per identifier the service does not have (the failed files were told as they came)."""
        return [f"{identifier}: no such publication in the repository (check the identifier)"
                for identifier in self.missing]

    @property
    def complete(self) -> bool:
        """Whether everything asked for is there (else exit 3)."""
        return not (self.missing or self.failed)


def fetch(folder: Path, identifiers: list[str] | None = None, search: Search | None = None, fmt: str = "xml",
          client: Client | None = None, progress: Progress | None = None, note: Note | None = None) -> Report:
    """Fetch the publications named by ``identifiers`` or found by ``search`` into ``folder``."""
    if fmt not in FORMATS:
        raise UsageError(f"--format '{fmt}': use one of {', '.join(FORMATS)}")
    if not identifiers and search is None:
        raise UsageError("name identifiers (kst-19637-2302 ...) or search (--dossier, --since, --until, --type)")
    client = client or Client()
    folder.mkdir(parents=True, exist_ok=True)
    manifest = Manifest.load(folder)
    report = Report()
    if identifiers:
        wanted = list(dict.fromkeys(check_identifier(i) for i in identifiers))
        records = _lookups(client, wanted, manifest, fmt, report)
    else:
        records = list(client.search(search.cql()))  # type: ignore[union-attr]
    total = len(records) + len(report.unchanged)
    for done, record in enumerate(records, start=len(report.unchanged) + 1):
        try:
            _fetch_one(client, folder, manifest, record, fmt, report, note)
        except NotThere as error:  # the others may well be there; a failing service stops the run
            report.failed.append(str(error))
            if note:
                note(str(error))
        if progress:
            progress("fetch", done, total)
    return report


def _lookups(client: Client, wanted: list[str], manifest: Manifest, fmt: str, report: Report) -> list[Record]:
    """The records of ``wanted``; those already in the folder need no request at all."""
    records: list[Record] = []
    for identifier in wanted:
        if manifest.current(identifier + FORMATS[fmt]):
            report.unchanged.append(identifier)
            continue
        found = [r for r in client.search(identifier_query(identifier)) if r.identifier == identifier]
        if found:
            records.append(found[0])
        else:
            report.missing.append(identifier)
    return records


def _fetch_one(client: Client, folder: Path, manifest: Manifest, record: Record, fmt: str, report: Report,
               note: Note | None) -> None:
    name = record.identifier + FORMATS[fmt]
    url = record.url(fmt)
    problem = (f"no {fmt} in the repository (it has {', '.join(sorted(m for m in record.urls if m)) or 'nothing'})"
               if url is None else _bad_url(record, url, fmt))
    if url is None or problem:
        line = f"{record.identifier}: {problem}; skipped"
        report.skipped.append(line)
        if note:
            note(line)
        return
    if manifest.current(name, record.modified):
        report.unchanged.append(record.identifier)
        return
    body = client.get(url)
    if not sniff(body, fmt):
        raise NotThere(f"{url}: not found (the service answers a page instead of the {fmt}, a 'soft 404')")
    write_atomic(folder / name, body)
    manifest.add(name, record, url, body)
    manifest.save()
    report.fetched.append(record.identifier)
