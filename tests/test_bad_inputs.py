"""Bad input: each bad file gets one clear line naming it, the good letters still build.

Small hand-made bad files live in tests/data/bad/; binary, PDF and huge files are made here
on the fly (a sparse file stands in for a huge one, so nothing big is written or read).
The end-to-end tests run the real ``kg`` command in a subprocess and read its stderr.
"""
from __future__ import annotations

import io
import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfWriter

from conftest import DATA, SAMPLES
from kg.domain.errors import EXIT_INPUT, GraphFileError, InputError, UnreadableLetter
from kg.read.ingest import MAX_BYTES, read_letter
from kg.engine import build
from kg.query import run_query, run_query_limited
from kg.rdf.rdfio import load_store, read_quads

BAD = DATA / "bad"
KG = Path(sys.executable).with_name("kg")


# ---------------------------------------------------------------- making bad files

def text_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose content stream writes ``lines`` in Helvetica (WinAnsi), made by hand.

    Objects are numbered and the cross-reference table holds their real byte offsets, so
    pypdf reads it as a sound PDF with a text layer.
    """
    def escape(line: str) -> str:
        return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    operators = ["BT", "/F1 11 Tf", "14 TL", "72 770 Td"]
    operators += [f"({escape(line)}) Tj T*" for line in lines]
    operators.append("ET")
    stream = "\n".join(operators).encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    pdf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(pdf)


PDF_LETTER = [
    "Ministerie van Justitie en Veiligheid",
    "Datum 3 april 2024",
    "Onderwerp Voortgang van de coördinatie",
    "Hierbij informeer ik uw Kamer over de voortgang van het beleid dat het kabinet in het",
    "afgelopen jaar heeft gevoerd, en over wat er in het komende jaar nog moet gebeuren.",
    "De Staatssecretaris van Justitie en Veiligheid,",
    "E. van der Burg",
]


def blank_pdf(password: str | None = None) -> bytes:
    """A PDF with one empty page (no text layer), encrypted when a password is given."""
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    if password is not None:
        writer.encrypt(password, algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def noise(size: int, seed: int) -> bytes:
    generator = random.Random(seed)
    return bytes(generator.randrange(256) for _ in range(size))


def make_bad_files(folder: Path) -> dict[str, str]:
    """Write every kind of bad file into ``folder``; returns file name -> what its line must say."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("empty.txt", "blank-lines.md", "text-named.pdf"):
        shutil.copy(BAD / name, folder / name)
    (folder / "noise.txt").write_bytes(noise(4000, 1))
    (folder / "noise.pdf").write_bytes(noise(4000, 2))
    (folder / "scan.pdf").write_bytes(blank_pdf())
    (folder / "locked.pdf").write_bytes(blank_pdf(password="geheim"))
    whole = text_pdf(PDF_LETTER)
    (folder / "cut-off.pdf").write_bytes(whole[: len(whole) * 2 // 3])
    (folder / "pdf-named.txt").write_bytes(whole)
    with open(folder / "huge.txt", "wb") as stream:  # sparse: takes no disk space
        stream.truncate(MAX_BYTES + 1024 * 1024)
    return {
        "empty.txt": "file is empty",
        "blank-lines.md": "file is empty",
        "text-named.pdf": "not a PDF",
        "noise.txt": "binary",
        "noise.pdf": "not a PDF",
        "scan.pdf": "no text layer",
        "locked.pdf": "encrypted",
        "cut-off.pdf": "truncated",
        "pdf-named.txt": "rename it to .pdf",
        "huge.txt": "over the 50 MB limit",
    }


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    folder = tmp_path_factory.mktemp("bad")
    return folder, make_bad_files(folder)


# ---------------------------------------------------------------- one file at a time

def test_every_bad_file_is_refused_with_its_reason(bad_folder):
    folder, expected = bad_folder
    for name, reason in expected.items():
        with pytest.raises(UnreadableLetter) as caught:
            read_letter(folder / name)
        message = str(caught.value)
        assert message.startswith(f"{folder / name}: "), message
        assert reason in message, (name, message)
        assert "\n" not in message


def test_the_size_limit_is_checked_without_reading_the_file(tmp_path, monkeypatch):
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as stream:
        stream.truncate(MAX_BYTES + 1)

    def must_not_read(self):
        raise AssertionError(f"{self} was read")

    monkeypatch.setattr(Path, "read_bytes", must_not_read)
    with pytest.raises(UnreadableLetter, match="over the 50 MB limit"):
        read_letter(huge)


def test_a_file_just_under_the_limit_is_not_refused_for_its_size(tmp_path):
    text = (SAMPLES / sorted(os.listdir(SAMPLES))[0]).read_bytes()
    path = tmp_path / "letter.txt"
    path.write_bytes(text + b" " * 1024)
    assert read_letter(path).text.startswith(text.decode("utf-8")[:50])


def test_cp1252_letter_keeps_its_characters():
    letter = read_letter(BAD / "cp1252.txt")
    for word in ("Coördinatie", "één", "naïeve", "‘proef’", "loket –", "geïnformeerd", "Müller"):
        assert word in letter.text
    assert "\ufffd" not in letter.text


def test_utf16_with_a_bom_is_read_as_text(tmp_path):
    source = (BAD / "cp1252.txt").read_bytes().decode("cp1252")
    for encoding in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{encoding}.txt"
        bom = "\ufeff".encode(encoding)
        path.write_bytes(bom + source.encode(encoding))
        assert read_letter(path).text == source


def test_pdf_with_a_text_layer_is_read(tmp_path):
    path = tmp_path / "letter.pdf"
    path.write_bytes(text_pdf(PDF_LETTER))
    letter = read_letter(path)
    assert letter.media_type == "application/pdf"
    for line in PDF_LETTER:
        assert line in letter.text


def test_pdf_with_only_an_owner_password_is_read(tmp_path):
    from pypdf import PdfReader
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf(PDF_LETTER))))
    writer.encrypt(user_password="", owner_password="eigenaar", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    path = tmp_path / "owner.pdf"
    path.write_bytes(buffer.getvalue())
    assert PDF_LETTER[0] in read_letter(path).text


def test_pdf_letter_without_blank_lines_keeps_its_signatory(tmp_path):
    path = tmp_path / "letter.pdf"
    path.write_bytes(text_pdf(PDF_LETTER))
    result = build([path], check=False)
    document = result.extractions[0].document
    assert [(s.role, s.name) for s in document.signatories] == [
        ("Staatssecretaris van Justitie en Veiligheid", "E. van der Burg")]
    assert str(document.head.date) == "2024-04-03"


def test_a_role_wrapped_inside_a_sentence_does_not_open_the_closing(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text("\n".join([
        "Datum 3 april 2024",
        "Hierbij informeer ik uw Kamer over de voortgang van het beleid dat het kabinet in het",
        "afgelopen jaar heeft gevoerd, en over wat er in het komende jaar nog moet gebeuren.",
        "De Minister van Financiën, die hierover eerder met uw Kamer heeft gesproken,",
        "al aangaf, volgt hierover een brief.",
    ]) + "\n", encoding="utf-8")
    document = build([path], check=False).extractions[0].document
    assert document.signatories == ()
    assert "gebeuren. De Minister van Financiën, die" in document.text  # a full-width line goes on


def test_a_few_control_characters_do_not_make_text_binary(tmp_path):
    path = tmp_path / "letter.txt"
    text = (BAD / "not-a-letter.txt").read_text(encoding="utf-8")
    path.write_text(text.replace("Appeltaart", "Appeltaart\x0b\x07"), encoding="utf-8")
    assert "Appeltaart" in read_letter(path).text


def test_text_that_is_not_a_letter_builds_without_a_date_or_signatory():
    result = build([BAD / "not-a-letter.txt"], check=False)
    assert not result.refused and len(result.letters) == 1
    assert any("no date" in warning for warning in result.warnings)
    assert any("no signatory" in warning for warning in result.warnings)
    document = result.extractions[0].document
    assert document.head.date is None and document.signatories == ()


# ---------------------------------------------------------------- the real command

def run_kg(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(KG), *args], capture_output=True, text=True, timeout=300, cwd=cwd,
                          env={**os.environ, "KG_DEBUG": ""})


def letters_rows(graph: Path) -> list[dict[str, str]]:
    result = run_kg("query", "letters", "-g", str(graph), "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)["results"]["bindings"]
    return [{name: value["value"] for name, value in row.items()} for row in rows]


def test_build_of_good_and_bad_files_names_each_bad_file_once_and_exits_3(tmp_path, bad_folder):
    folder, expected = bad_folder
    letters = tmp_path / "letters"
    shutil.copytree(SAMPLES, letters)
    shutil.copytree(folder, letters / "bad")
    for name in ("cp1252.txt", "not-a-letter.txt"):
        shutil.copy(BAD / name, letters / name)
    (letters / "letter.pdf").write_bytes(text_pdf(PDF_LETTER))
    good = len(list(SAMPLES.glob("*.txt"))) + 3
    out = tmp_path / "out.trig"

    result = run_kg("build", str(letters), "-o", str(out))

    assert result.returncode == EXIT_INPUT, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.splitlines()
    stray = [line for line in lines if not line.startswith(("kg: ", "Built ", "Validated "))]
    assert not stray, stray  # e.g. a PDF library's own log lines
    for name, reason in expected.items():
        naming = [line for line in lines if line.startswith(f"kg: {letters / 'bad' / name}: ")]
        assert len(naming) == 1, (name, lines)
        assert reason in naming[0]
    assert f"kg: {len(expected)} files refused, {good} built." in lines
    rows = letters_rows(out)
    assert len({row["letter"] for row in rows}) == good
    subjects = {row.get("subject") for row in rows}
    assert "Coördinatie van één loket voor naïeve vragen" in subjects
    assert "Voortgang van de coördinatie" in subjects


def test_bad_files_read_by_worker_processes_are_named_the_same_way(tmp_path, bad_folder):
    folder, expected = bad_folder
    letters = tmp_path / "letters"
    shutil.copytree(folder, letters)
    text = (BAD / "not-a-letter.txt").read_text(encoding="utf-8")
    for number in range(20):  # enough files for the build to use a pool of workers
        (letters / f"note-{number:02d}.txt").write_text(f"{text}\nVariant {number}.\n", encoding="utf-8")
    result = run_kg("build", str(letters), "-o", str(tmp_path / "out.nq"), "--workers", "2", "--no-validate")
    assert result.returncode == EXIT_INPUT, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    for name, reason in expected.items():
        naming = [line for line in lines if line.startswith(f"kg: {letters / name}: ")]
        assert len(naming) == 1 and reason in naming[0], (name, naming)
    assert f"kg: {len(expected)} files refused, 20 built." in lines


def test_not_a_letter_shows_no_date_and_no_signatory_in_the_letters_query(tmp_path):
    out = tmp_path / "out.trig"
    result = run_kg("build", str(BAD / "not-a-letter.txt"), str(BAD / "cp1252.txt"), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "not-a-letter.txt: no date found" in result.stderr
    rows = letters_rows(out)
    assert len(rows) == 2
    undated = [row for row in rows if "date" not in row]
    assert len(undated) == 1
    assert "signatory_name" not in undated[0] and "signatory_role" not in undated[0]
    dated = [row for row in rows if "date" in row]
    assert dated[0]["date"] == "2024-03-05" and dated[0]["signatory_name"] == "D. Müller"


def test_build_with_only_bad_files_writes_nothing_and_exits_3(tmp_path, bad_folder):
    folder, expected = bad_folder
    out = tmp_path / "out.trig"
    result = run_kg("build", str(folder), "-o", str(out))
    assert result.returncode == EXIT_INPUT
    assert "Traceback" not in result.stderr
    assert "no letter could be read; nothing written" in result.stderr
    assert not out.exists()
    assert sum(line.startswith(f"kg: {folder}") for line in result.stderr.splitlines()) == len(expected)


@pytest.mark.parametrize("make_output, message", [
    (lambda tmp: tmp / "folder.trig", "is a folder"),
    (lambda tmp: tmp / "file" / "out.trig", "cannot"),
    (lambda tmp: tmp / "out.xyz", "unknown RDF suffix"),
])
def test_an_output_that_cannot_be_written_is_named_before_the_build(tmp_path, make_output, message):
    (tmp_path / "folder.trig").mkdir()
    (tmp_path / "file").write_text("a file, not a folder")
    output = make_output(tmp_path)
    result = run_kg("build", str(BAD / "cp1252.txt"), "-o", str(output))
    assert result.returncode in (2, 3)
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert str(output) in result.stderr and message in result.stderr


def test_missing_input_is_a_usage_error(tmp_path):
    result = run_kg("build", str(tmp_path / "nowhere"), "-o", str(tmp_path / "out.trig"))
    assert result.returncode == 2
    assert result.stderr.strip() == f"kg: {tmp_path / 'nowhere'}: no such file or folder"


# ---------------------------------------------------------------- malformed graph files

GRAPH_PREFIX = "@prefix ex: <http://example.org/> .\n"
BROKEN_GRAPHS = {
    # name: (content, the line the error is on)
    "broken.ttl": (GRAPH_PREFIX + "ex:a ex:b ex:c .\nex:a ex:b ex:c ex:d .\nex:e ex:f ex:g .\n", 3),
    "broken.trig": (GRAPH_PREFIX + "ex:g {\n  ex:a ex:b ex:c .\n  ex:a ex:b \"open .\n}\n", 4),
    "broken.nq": ("<http://e/a> <http://e/b> <http://e/c> <http://e/g> .\n"
                  "<http://e/a> <http://e/b> <http://e/c> <http://e/g> .\n"
                  "<http://e/a> <http://e/b> c <http://e/g> .\n", 3),
    "broken.nt": ("<http://e/a> <http://e/b> <http://e/c> .\n<http://e/a> <http://e/b> .\n", 2),
    "broken.jsonld": ('{\n  "@id": "http://e/a",\n  "http://e/b": [\n', 4),
}


@pytest.mark.parametrize("name", sorted(BROKEN_GRAPHS))
def test_a_broken_graph_file_is_named_with_its_line(tmp_path, name):
    content, line = BROKEN_GRAPHS[name]
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GraphFileError) as caught:
        read_quads(path)
    assert caught.value.line == line
    for command in (["validate", str(path)], ["query", "letters", "-g", str(path)]):
        result = run_kg(*command)
        assert result.returncode == EXIT_INPUT, result.stderr
        assert "Traceback" not in result.stderr
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"kg: {path}:{line}: "), lines


def test_binary_noise_as_a_graph_file_is_refused_in_one_line(tmp_path):
    path = tmp_path / "noise.trig"
    path.write_bytes(noise(3000, 3))
    result = run_kg("query", "letters", "-g", str(path))
    assert result.returncode == EXIT_INPUT and "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith(f"kg: {path}:")


def test_a_missing_graph_file_is_named(tmp_path):
    result = run_kg("validate", str(tmp_path / "gone.trig"))
    assert result.returncode == EXIT_INPUT
    assert result.stderr.strip() == f"kg: {tmp_path / 'gone.trig'}: no such graph file"


def test_a_good_graph_file_is_not_refused(tmp_path):
    path = tmp_path / "good.ttl"
    path.write_text(GRAPH_PREFIX + "ex:a ex:b ex:c .\nex:a ex:b \"d\" .\n", encoding="utf-8")
    assert len(read_quads(path)) == 2


# ---------------------------------------------------------------- hostile query parameters

HOSTILE = [
    '" } ; DROP ALL ; #',
    '"""} INSERT DATA { <http://e/x> <http://e/y> <http://e/z> } #',
    "back\\slash \\\" and \\u0022 escapes",
    "line one\nline two\r\n'single' \"double\"",
    "?other $v <http://e/iri> _:blank",
    ") } } FILTER(true) VALUES ?v { 1 }",
    "",
]


def store_of_literals(*values: str):
    """A store with one subject per value, each holding its value as a literal in a named graph."""
    from pyoxigraph import Literal, NamedNode, Quad, Store
    store = Store()
    graph, predicate = NamedNode("urn:test:graph"), NamedNode("http://e/value")
    store.extend(Quad(NamedNode(f"http://e/s{index}"), predicate, Literal(value), graph)
                 for index, value in enumerate(values))
    return store


VALUES_QUERY = "SELECT ?s ?v WHERE { GRAPH ?g { ?s <http://e/value> ?v } }"


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_param_values_are_bound_as_one_literal(value):
    """A hostile value is one literal the rows are filtered by: it never changes the query (no
    parse error, no update, no extra rows), and the row holding exactly that text comes back intact."""
    store = store_of_literals(value, value + " tail", "unrelated", "x" + value)
    before = sorted(str(quad) for quad in store)
    exact = run_query(store, VALUES_QUERY, {"v": value}, match="exact")
    assert [(row[0].value, row[1].value) for row in exact.rows] == [("http://e/s0", value)]
    contains = run_query(store, VALUES_QUERY, {"v": value})
    found = {row[0].value: row[1].value for row in contains.rows}
    assert found.get("http://e/s0") == value and found.get("http://e/s1") == value + " tail"
    if value:  # 'unrelated' does not contain any hostile value; 'x' + value does not start it at a word
        assert "http://e/s2" not in found and "http://e/s3" not in found
    assert sorted(str(quad) for quad in store) == before


def test_a_hostile_param_through_the_command_finds_nothing_and_changes_nothing(tmp_path):
    graph = tmp_path / "letters.trig"
    assert run_kg("build", str(BAD / "cp1252.txt"), "-o", str(graph)).returncode == 0
    before = graph.read_bytes()
    sparql = ("PREFIX kb: <https://w3id.org/kamerbrieven/def#> "
              "SELECT ?letter WHERE { ?letter kb:subject ?subject }")

    def letters_with(subject: str) -> list:
        result = run_kg("query", sparql, "-g", str(graph), "--param", f"subject={subject}", "--format", "json")
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)["results"]["bindings"]

    assert len(letters_with("Coördinatie van één loket voor naïeve vragen")) == 1
    assert letters_with('x" || true) } UNION { ?letter ?p ?o } #') == []
    assert letters_with('Coördinatie van één loket voor naïeve vragen" . ?letter ?p ?o } #') == []
    assert graph.read_bytes() == before
    assert len(load_store(graph)) > 0


# ---------------------------------------------------------------- query time limits

def test_a_local_query_that_runs_too_long_is_stopped_in_one_line(tmp_path):
    graph = tmp_path / "letters.trig"
    assert run_kg("build", str(SAMPLES), "-o", str(graph), "--no-validate", "-q").returncode in (0, 1)
    endless = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h }"
    started = time.monotonic()
    result = run_kg("query", endless, "-g", str(graph), "--timeout", "1")
    assert time.monotonic() - started < 60
    assert result.returncode == EXIT_INPUT and "Traceback" not in result.stderr
    assert result.stderr.strip() == ("kg: query ran longer than 1 s and was stopped; narrow it (a FILTER, "
                                     "a LIMIT) or give it more time with --timeout")


def test_a_query_within_its_time_limit_answers_and_its_errors_come_through():
    from pyoxigraph import Store
    table = run_query_limited(store_of_literals("x", "y", "xy"), VALUES_QUERY, {"v": "x"}, timeout=30,
                              match="exact")
    assert [(row[0].value, row[1].value) for row in table.rows] == [("http://e/s0", "x")]
    assert run_query_limited(Store(), VALUES_QUERY, {"v": "x"}, timeout=30).rows == ()
    with pytest.raises(InputError, match="query does not parse"):
        run_query_limited(Store(), "SELECT WHERE {", None, timeout=30)


def test_a_file_name_that_is_not_utf8_still_builds(tmp_path):
    folder = tmp_path / "letters"
    folder.mkdir()
    named = os.fsdecode(b"brief-caf\xe9.txt")  # Latin-1 bytes in the name, as old archives have
    shutil.copy(BAD / "cp1252.txt", folder / named)
    (folder / os.fsdecode(b"leeg-\xff.txt")).write_bytes(b"")
    out = tmp_path / "out.trig"
    result = run_kg("build", str(folder), "-o", str(out), "--no-validate")
    assert result.returncode == EXIT_INPUT, result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert "file is empty" in result.stderr and "1 file refused, 1 built." in result.stderr
    assert [row["date"] for row in letters_rows(out)] == ["2024-03-05"]


# ---------------------------------------------------------------- issue 17: what a user can fix, one line each

def one_letter(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    good = folder / "good.txt"
    shutil.copy(next(SAMPLES.glob("*.txt")), good)
    return good


def test_a_fifo_named_on_the_command_line_is_refused_and_the_rest_builds(tmp_path):
    good = one_letter(tmp_path / "letters")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = subprocess.run([str(KG), "build", str(fifo), str(good), "-o", str(tmp_path / "out.trig"), "-q",
                             "--no-validate"], capture_output=True, text=True, timeout=60)
    assert result.returncode == EXIT_INPUT, result.stderr
    assert f"kg: {fifo}: is a named pipe (FIFO), not a letter file; skipped" in result.stderr
    assert "1 file refused, 1 built." in result.stderr


def test_links_to_nothing_and_link_loops_are_named_and_skipped(tmp_path):
    folder = tmp_path / "letters"
    one_letter(folder)
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    (folder / "self.txt").symlink_to(folder / "self.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to(folder)
    problems: list[tuple[Path, str]] = []
    from kg.read.ingest import letter_paths
    assert letter_paths([folder], problems) == [folder / "good.txt"]
    named = dict(problems)
    assert "does not exist" in named[folder / "gone.txt"]
    assert "loop" in named[folder / "self.txt"] and "loop" in named[folder / "sub" / "up"]
    result = run_kg("build", str(folder), "-o", str(tmp_path / "out.trig"), "-q", "--no-validate")
    assert result.returncode == EXIT_INPUT and "3 files refused, 1 built." in result.stderr, result.stderr


def test_an_unreadable_folder_is_named_and_skipped(tmp_path, monkeypatch):
    folder = tmp_path / "letters"
    one_letter(folder)
    (folder / "closed").mkdir()
    shutil.copy(next(SAMPLES.glob("*.txt")), folder / "closed" / "inside.txt")
    scandir = os.scandir

    def refusing(path):  # root reads every folder: refuse this one as the file system would
        if Path(path).name == "closed":
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)
    result = build([folder], check=False)
    assert [r.line() for r in result.refused] == [f"{folder / 'closed'}: cannot read folder (Permission denied); skipped"]
    assert len(result.letters) == 1


def test_a_utf8_letter_with_a_few_bad_bytes_is_read_as_utf8_with_a_warning(tmp_path):
    path = tmp_path / "mixed.txt"
    text = next(SAMPLES.glob("*.txt")).read_text(encoding="utf-8") + "\nDe coördinatie van één “beleid”.\n"
    path.write_bytes(text.encode("utf-8") + b"Een \x93geplakt\x94 citaat.\n")
    letter = read_letter(path)
    assert "De coördinatie van één “beleid”." in letter.text and "\ufffdgeplakt\ufffd" in letter.text
    assert letter.warnings == ("2 bytes that are not UTF-8 read as U+FFFD (the rest is UTF-8)",)
    result = run_kg("build", str(path), "-o", str(tmp_path / "out.trig"), "--no-validate")
    assert f"kg: warning: {path}: 2 bytes that are not UTF-8" in result.stderr


def encrypted(data: bytes, user: str, algorithm: str) -> bytes:
    writer = PdfWriter(clone_from=io.BytesIO(data))
    writer.encrypt(user_password=user, owner_password="eigenaar", algorithm=algorithm)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_an_aes_encrypted_pdf_without_a_password_to_open_is_read(tmp_path):
    path = tmp_path / "aes.pdf"
    path.write_bytes(encrypted(text_pdf(PDF_LETTER), "", "AES-256"))
    assert "E. van der Burg" in read_letter(path).text


def test_an_aes_pdf_with_a_password_to_open_is_refused_for_that_reason(tmp_path):
    path = tmp_path / "aes-locked.pdf"
    path.write_bytes(encrypted(text_pdf(PDF_LETTER), "geheim", "AES-128"))
    with pytest.raises(UnreadableLetter, match="encrypted with a password to open it"):
        read_letter(path)


def test_file_names_are_printed_without_terminal_escapes(tmp_path):
    folder = tmp_path / "letters"
    folder.mkdir()
    (folder / "rood\x1b[31m\u202e.txt").write_bytes(b"")
    result = run_kg("build", str(folder), "-o", str(tmp_path / "out.trig"), "--no-validate")
    assert "\x1b" not in result.stderr and "\u202e" not in result.stderr
    assert "rood\\x1b[31m\\u202e.txt: file is empty" in result.stderr


def test_a_nan_timeout_is_a_usage_error_not_a_bug(tmp_path):
    for args in (["query", "letters", "-g", str(tmp_path / "x.trig"), "--timeout", "nan"],
                 ["push", str(tmp_path / "x.trig"), "--endpoint", "http://127.0.0.1:9/update", "--timeout", "inf"]):
        result = run_kg(*args)
        assert result.returncode == 2 and "is not a number of seconds" in result.stderr, result.stderr
        assert "internal error" not in result.stderr


def test_a_param_or_query_file_that_is_not_utf8_is_one_line(tmp_path):
    graph = tmp_path / "out.trig"
    assert run_kg("build", str(next(SAMPLES.glob("*.txt"))), "-o", str(graph), "-q").returncode == 0
    result = subprocess.run([str(KG).encode(), b"query", b"organisations", b"-g", str(graph).encode(),
                             b"--param", b"name=caf\xe9"], capture_output=True, timeout=60)
    assert result.returncode == 2 and b"--param name: the value is not valid UTF-8" in result.stderr, result.stderr
    query = tmp_path / "bad.rq"
    query.write_bytes(b"# ok\nSELECT * WHERE { ?s ?p \"caf\xe9\" }\n")
    result = run_kg("query", str(query), "-g", str(graph))
    assert result.returncode == EXIT_INPUT
    assert result.stderr == f"kg: {query}:2: the query file is not UTF-8 (byte 0xe9); save it as UTF-8\n"


def test_a_full_disk_while_writing_the_output_is_exit_3_in_one_line(tmp_path):
    import resource
    import signal

    def small_disk() -> None:  # writes over 64 KB fail with EFBIG, as a full disk fails with ENOSPC
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))

    for suffix in (".trig", ".nq"):
        out = tmp_path / f"out{suffix}"
        result = subprocess.run([str(KG), "build", str(SAMPLES), "-o", str(out), "-q", "-w", "1"],
                                capture_output=True, text=True, timeout=120, preexec_fn=small_disk)
        assert result.returncode == EXIT_INPUT, result.stderr
        assert "cannot write" in result.stderr and "File too large" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1 and not out.exists()
