"""The HTML view in a real headless Chromium, driven over the DevTools protocol.

Checks that the nodes are drawn, that the console shows no errors, that clicking a node
shows its evidence quote and letter, that search, the type filter and the ego view work,
and keeps a screenshot in tests/artifacts/. Skips with a reason when Chromium (Debian's
``chromium``) or the ``websocket-client`` package is missing.
"""
from __future__ import annotations

import base64
import json
import os
import queue
import shutil
import subprocess
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from kg.rdf.export import ExportOptions, export
from kg.visualise import ego_network, node_facts, project
from sample_network import network_quads

websocket = pytest.importorskip("websocket", reason="the websocket-client package is not installed")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--remote-debugging-port=0", "--remote-allow-origins=*", "--window-size=1400,900",
         "--hide-scrollbars"]


class Browser:
    """A headless Chromium and a DevTools connection to its one page."""

    def __init__(self, profile: Path):
        self.process = subprocess.Popen([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self.events: list[dict] = []
        self._next_id = 0
        port = self._devtools_port()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as response:
            pages = [t for t in json.load(response) if t["type"] == "page"]
        self.socket = websocket.create_connection(pages[0]["webSocketDebuggerUrl"], timeout=30,
                                                  suppress_origin=True)
        for domain in ("Page", "Runtime", "Log"):
            self.send(f"{domain}.enable")

    def _devtools_port(self) -> int:
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=lambda: [lines.put(line) for line in self.process.stderr], daemon=True).start()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                line = lines.get(timeout=1)
            except queue.Empty:
                continue
            if "DevTools listening on ws://" in line:
                return int(line.split("ws://", 1)[1].split("/", 1)[0].rsplit(":", 1)[1])
        raise RuntimeError("chromium did not open its DevTools port within 30 s")

    def send(self, method: str, **params) -> dict:
        self._next_id += 1
        self.socket.send(json.dumps({"id": self._next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self._next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, event: str, timeout: float = 30) -> dict:
        deadline = time.monotonic() + timeout
        self.socket.settimeout(timeout)
        while time.monotonic() < deadline:
            for message in self.events:
                if message.get("method") == event:
                    self.events.remove(message)
                    return message
            self.events.append(json.loads(self.socket.recv()))
        raise TimeoutError(event)

    def open(self, url: str) -> None:
        self.events.clear()
        self.send("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str):
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise AssertionError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def click(self, x: float, y: float) -> None:
        self.send("Input.dispatchMouseEvent", type="mouseMoved", x=x, y=y)
        self.send("Input.dispatchMouseEvent", type="mousePressed", x=x, y=y, button="left", clickCount=1)
        self.send("Input.dispatchMouseEvent", type="mouseReleased", x=x, y=y, button="left", clickCount=1)

    def type_text(self, selector: str, text: str) -> None:
        self.evaluate(f"document.querySelector({json.dumps(selector)}).focus()")
        self.send("Input.insertText", text=text)

    def press_enter(self) -> None:
        for kind in ("keyDown", "keyUp"):
            self.send("Input.dispatchKeyEvent", type=kind, key="Enter", code="Enter", windowsVirtualKeyCode=13)

    def errors(self) -> list[str]:
        """Console errors and uncaught exceptions seen since the page opened."""
        found = []
        for message in self.events:
            method, params = message.get("method"), message.get("params", {})
            if method == "Runtime.exceptionThrown":
                found.append(json.dumps(params["exceptionDetails"])[:300])
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append(" ".join(str(a.get("value", a.get("description"))) for a in params.get("args", [])))
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                found.append(params["entry"].get("text", ""))
        return found

    def screenshot(self, path: Path) -> bytes:
        data = base64.b64decode(self.send("Page.captureScreenshot", format="png")["data"])
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return data

    def close(self) -> None:
        try:
            self.socket.close()
        finally:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    chromium = Browser(tmp_path_factory.mktemp("chromium-profile"))
    yield chromium
    chromium.close()


@pytest.fixture(scope="module")
def network_page(tmp_path_factory) -> tuple[Path, list]:
    quads = network_quads()
    path = tmp_path_factory.mktemp("view") / "network.html"
    export(quads, path)
    return path, quads


def _click_node(browser: Browser, iri: str) -> None:
    node_id = browser.evaluate(f"kgView.nodes.find(n => n.iri === {json.dumps(iri)}).id")
    where = browser.evaluate(f"kgView.screenPosition({node_id})")
    assert where is not None, f"{iri} is not drawn"
    browser.click(where["x"], where["y"])


def _details(browser: Browser) -> str:
    return " ".join(browser.evaluate("document.getElementById('details').innerText").split())


def _selected_label(browser: Browser) -> str | None:
    return browser.evaluate("document.getElementById('detail-label')?.textContent")


def test_the_view_draws_every_node_and_shows_the_evidence_of_a_clicked_node(browser, network_page):
    path, quads = network_page
    browser.open(path.as_uri())
    graph = project(quads)
    drawn = browser.evaluate("document.querySelectorAll('#graph circle.node').length")
    assert drawn == graph.number_of_nodes()
    assert browser.evaluate("document.querySelectorAll('#graph line.edge').length") == graph.number_of_edges()
    inside = browser.evaluate("""(() => { const box = document.getElementById('graph').getBoundingClientRect();
        return [...document.querySelectorAll('#graph circle.node')].filter(c => { const r = c.getBoundingClientRect();
        return r.width > 4 && r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom; }).length; })()""")
    assert inside == drawn, "every node is drawn, with a size, inside the canvas"

    rejected = next(n for n, d in graph.nodes(data=True) if d.get("stance") == "rejected")
    _click_node(browser, rejected)
    details = _details(browser)
    assert _selected_label(browser) == "de beslistermijnen beter bewaken" and "Recommendation" in details
    for fact in node_facts(quads)[rejected]:
        assert " ".join(fact.quote.split()) in details
    assert "Deze aanbeveling neem ik niet over." in details and "response: rejected" in details.lower()
    assert "Reactie op het rapport 'Toezicht op de opvang'" in details  # the letter it is in
    assert browser.evaluate("document.querySelector('circle.node.selected').getAttribute('data-id')") == \
        str(browser.evaluate(f"kgView.nodes.find(n => n.iri === {json.dumps(rejected)}).id"))
    shot = browser.screenshot(ARTIFACTS / "html_view.png")
    assert shot.startswith(b"\x89PNG") and len(shot) > 20_000
    assert browser.errors() == []


def test_search_filter_and_ego_view(browser, network_page):
    path, quads = network_page
    browser.open(path.as_uri())
    graph = project(quads)
    browser.type_text("#search", "naturalisatie")
    assert "Immigratie- en Naturalisatiedienst" in browser.evaluate("document.getElementById('search-results').innerText")
    browser.press_enter()
    assert _selected_label(browser) == "Immigratie- en Naturalisatiedienst"

    browser.evaluate("document.getElementById('ego').click()")
    ind = next(n for n, d in graph.nodes(data=True) if d["label"] == "Immigratie- en Naturalisatiedienst")
    expected = ego_network(graph, ind, 1).number_of_nodes()
    assert browser.evaluate("document.querySelectorAll('#graph circle.node').length") == expected < graph.number_of_nodes()
    browser.evaluate("const d = document.getElementById('depth'); d.value = '2'; d.dispatchEvent(new Event('change'))")
    assert browser.evaluate("document.querySelectorAll('#graph circle.node').length") == ego_network(graph, ind, 2).number_of_nodes()

    browser.evaluate("document.getElementById('all').click()")
    assert browser.evaluate("document.querySelectorAll('#graph circle.node').length") == graph.number_of_nodes()
    browser.evaluate("document.querySelector('#types input[value=Organisation]').click()")
    assert browser.evaluate("document.querySelectorAll('#graph circle.node[data-type=Organisation]').length") == 0
    assert browser.evaluate("document.querySelectorAll('#graph circle.node').length") == \
        sum(1 for _, d in graph.nodes(data=True) if d["type"] != "Organisation")
    assert browser.errors() == []


def test_the_sample_letters_view_opens_on_its_ego_entity(browser, sample_build, tmp_path):
    path = tmp_path / "letters.html"
    export(sample_build.quads, path, ExportOptions(ego="Staatssecretaris van Justitie en Veiligheid", depth=1))
    browser.open(path.as_uri())
    graph = project(sample_build.quads)
    post = next(n for n, d in graph.nodes(data=True) if d["label"] == "Staatssecretaris van Justitie en Veiligheid")
    assert browser.evaluate("document.querySelectorAll('#graph circle.node').length") == \
        ego_network(graph, post, 1).number_of_nodes()
    assert _selected_label(browser) == "Staatssecretaris van Justitie en Veiligheid"
    person = next(n for n in graph.predecessors(post) if graph.nodes[n]["type"] == "Person")
    _click_node(browser, person)
    details = _details(browser)
    quotes = [" ".join(f.quote.split()) for f in node_facts(sample_build.quads)[person]]
    assert quotes and all(quote in details for quote in quotes)
    browser.screenshot(ARTIFACTS / "html_view_samples.png")
    assert browser.errors() == []


def test_the_page_needs_no_network(network_page):
    page = network_page[0].read_text(encoding="utf-8")
    assert "<script src" not in page and "<link rel=\"stylesheet\"" not in page and "@import" not in page
    assert "url(http" not in page
    assert os.path.getsize(network_page[0]) < 200_000
