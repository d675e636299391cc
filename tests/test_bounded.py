"""Bounded work: no letter makes kg run without end or read more than it must.

Big inputs are generated here (never committed): a letter over the text limit, a letter slower
than its time budget, HTML with thousands of unclosed tags, a PDF of 5,000 pages, and the
passes that used to be quadratic in the number of mentions, timed at two sizes.
"""
from __future__ import annotations

import hashlib
import io
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from test_bad_inputs import PDF_LETTER, text_pdf

from conftest import SAMPLES
from kg.domain.errors import EXIT_INPUT
from kg.domain.model import Letter
from kg.engine import extract_path
from kg.engine.plan import file_sha256
from kg.read.ingest import MAX_BYTES, MAX_TEXT_CHARS, html_text, read_letter

KG = Path(sys.executable).with_name("kg")
SENTENCE = "Het kabinet neemt het advies van de Raad van State over en informeert uw Kamer in 2026. "


def run_kg(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([str(KG), *args], capture_output=True, text=True, timeout=timeout)


def seconds(work) -> float:
    """CPU seconds of ``work`` in this process (not wall time: a loaded machine would bend the ratios)."""
    started = time.process_time()
    work()
    return time.process_time() - started


def test_a_letter_over_the_text_limit_is_refused_at_once_and_the_rest_builds(tmp_path):
    folder = tmp_path / "letters"
    folder.mkdir()
    (folder / "huge.txt").write_text(SENTENCE * (MAX_TEXT_CHARS // len(SENTENCE) + 1000), encoding="utf-8")
    (folder / "good.txt").write_text(next(SAMPLES.glob("*.txt")).read_text(encoding="utf-8"), encoding="utf-8")
    started = time.monotonic()
    result = run_kg("build", str(folder), "-o", str(tmp_path / "out.trig"), "--no-validate", "-q")
    assert time.monotonic() - started < 30
    assert result.returncode == EXIT_INPUT, result.stderr
    assert "huge.txt: letter holds 8 million characters of text, over the 8 million" in result.stderr
    assert "1 file refused, 1 built." in result.stderr and "Traceback" not in result.stderr


def test_a_store_build_refuses_a_file_over_the_size_limit_without_reading_it(tmp_path):
    folder = tmp_path / "letters"
    folder.mkdir()
    huge = folder / "huge.txt"
    with open(huge, "wb") as stream:  # sparse: 64 GB that take no disk, and minutes to read whole
        stream.truncate(64 * 2**30)
    (folder / "good.txt").write_text(next(SAMPLES.glob("*.txt")).read_text(encoding="utf-8"), encoding="utf-8")
    started = time.monotonic()
    assert file_sha256(huge) is None and file_sha256(folder / "good.txt") is not None
    assert time.monotonic() - started < 1
    small = folder / "small.txt"
    small.write_bytes(b"x" * 10)
    assert file_sha256(small) == hashlib.sha256(b"x" * 10).hexdigest()
    small.unlink()
    result = run_kg("build", str(folder), "--store", str(tmp_path / "store"), "--no-validate", "-q")
    assert time.monotonic() - started < 60
    assert result.returncode == EXIT_INPUT, result.stderr
    assert f"over the {MAX_BYTES // 2**20} MB limit for one letter" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_letter_over_its_time_budget_is_refused_with_one_line(tmp_path, monkeypatch):
    letter = tmp_path / "long.txt"
    letter.write_text("Geachte voorzitter,\n\n" + SENTENCE * 6000, encoding="utf-8")  # about 0.5 MB
    monkeypatch.setenv("KG_LETTER_SECONDS", "0.05")
    started = time.monotonic()
    outcome = extract_path(letter)
    assert time.monotonic() - started < 5
    assert "took longer than 0.05 s to read and was stopped" in outcome.reason
    monkeypatch.setenv("KG_LETTER_SECONDS", "60")
    assert not hasattr(extract_path(next(SAMPLES.glob("*.txt"))), "reason")  # a normal letter is well within


def test_the_time_budget_is_an_option_of_build(tmp_path):
    letter = tmp_path / "long.txt"
    letter.write_text("Geachte voorzitter,\n\n" + SENTENCE * 6000, encoding="utf-8")
    result = run_kg("build", str(letter), "-o", str(tmp_path / "out.trig"), "--letter-timeout", "0.05", "-q")
    assert result.returncode == EXIT_INPUT
    assert result.stderr.startswith(f"kg: {letter}: letter took longer than 0.05 s"), result.stderr
    bad = run_kg("build", str(letter), "-o", str(tmp_path / "out.trig"), "--letter-timeout", "nan")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_html_with_thousands_of_unclosed_tags_is_read_in_linear_time():
    def page(n: int) -> str:
        return "<html><body>" + "<b><i>woord " * n + "</u>" * n + "<p>Geachte voorzitter,</p></body></html>"

    small, large = seconds(lambda: html_text(page(2_000))), seconds(lambda: html_text(page(16_000)))
    assert large < 0.5 + 20 * small, (small, large)  # 8 times the tags: quadratic was 64 times the time
    assert "Geachte voorzitter," in html_text(page(100))


def test_a_pdf_of_5000_pages_is_read_within_the_bounds(tmp_path):
    page = PdfReader(io.BytesIO(text_pdf(PDF_LETTER))).pages[0]
    writer = PdfWriter()
    for _ in range(5000):
        writer.add_page(page)
    path = tmp_path / "pages.pdf"
    with open(path, "wb") as stream:
        writer.write(stream)
    started = time.monotonic()
    letter = read_letter(path)
    assert time.monotonic() - started < 30
    assert letter.text.count("E. van der Burg") == 5000


def _letter_with_reports(n: int) -> Letter:
    """A letter naming ``n`` reports, each with its author organisation, and findings about them."""
    parts = ["Geachte voorzitter,\n\n"]
    for i in range(n):
        parts.append(f"De Inspectie Justitie en Veiligheid publiceerde het rapport 'Toezicht op de keten {i}'. "
                     f"Volgens de Inspectie is de keten {i} kwetsbaar. ")
    return Letter(path=Path("reports.txt"), text="".join(parts) + "\n", sha256="0", media_type="text/plain")


def test_reports_and_organisations_grow_linearly_with_the_mentions():
    from kg.extract import extract
    from kg.read.clean import clean
    from kg.read.structure import structure

    def run(n: int) -> float:
        document = structure(clean(_letter_with_reports(n)))
        return seconds(lambda: extract(document))

    run(50)  # warm the caches of the rule files
    small, large = run(400), run(1600)
    assert large < 1.0 + 8 * small, (small, large)  # 4 times the mentions: quadratic was 16 times the time


def _letter_with_people_and_promises(n: int) -> Letter:
    """A letter of ``n`` promises, each followed by sentences that promise nothing and name two persons."""
    parts = ["Geachte voorzitter,\n\n"]
    for i in range(n):
        parts.append(f"Ik informeer uw Kamer voor de zomer over de keten {i}. Dat is zo. Dat blijft zo. "
                     "Zo is het. Zo blijft het. Dat is zo. Dat blijft zo. "
                     "De heer Jansen en mevrouw De Vries spraken erover. ")
        if i % 5 == 4:
            parts.append("\n\n")
    return Letter(path=Path("promises.txt"), text="".join(parts) + "\n", sha256="0", media_type="text/plain")


def test_persons_and_commitments_grow_linearly_with_the_mentions():
    """Each person was checked against every person taken before, each sentence without a promise
    against every promise before it: 4 times the letter took 10 to 12 times the time."""
    from kg.extract import commitments, persons
    from kg.read.clean import clean
    from kg.read.structure import structure

    def run(n: int) -> dict[str, float]:
        document = structure(clean(_letter_with_people_and_promises(n)))
        return {module.NAME: seconds(lambda module=module: module.EXTRACTOR.run(document, ()))
                for module in (persons, commitments)}

    run(50)  # warm the caches of the rule files
    small, large = run(1000), run(4000)
    for name in small:
        assert large[name] < 0.3 + 7 * small[name], (name, small[name], large[name])


REAL_LETTERS = [*sorted(SAMPLES.glob("*.txt")), *sorted((SAMPLES.parent / "extra").glob("*.txt"))]
GOAL_SECONDS, GOAL_MB = 5.0, 300  # issue 17: a 5 MB letter, end to end and validated
# now 270 to 280 MB (held as an assertion) and 17 to 29 s of CPU, by the load, on a machine whose calibration
# loop below takes 0.30 to 0.38 s (December 2026), of which 13 to 16 s reading and extracting the letter (the CPU
# goal is the expected failure: docs/fast-paths.md); the ceiling leaves room for a loaded CI machine
CEILING_SECONDS = 20.0  # on a machine that runs the calibration loop below in 0.2 s of CPU or less
CALIBRATION_SECONDS = 0.2


def _machine_slowness() -> float:
    """How much slower than the machine the ceiling was set on this one runs plain Python: the CPU time of
    a fixed loop (the best of three) over CALIBRATION_SECONDS, at least 1. A machine about twice as slow
    (measured: a shared 2 GHz Xeon, 0.38 s for the loop) builds the 5 MB letter in 17 to 20 s of CPU where the
    machine of the ceiling took 8 to 10 s."""
    best = min(seconds(lambda: sum(i * i for i in range(4_000_000))) for _ in range(3))
    return max(1.0, best / CALIBRATION_SECONDS)


def _joined_letter(path: Path, size: int) -> None:
    """Real letters joined, one after the other, until the file holds ``size`` bytes."""
    texts = [letter.read_text(encoding="utf-8") for letter in REAL_LETTERS]
    parts, total = [], 0
    while total < size:
        parts.append(texts[len(parts) % len(texts)])
        total += len(parts[-1].encode("utf-8")) + 2
    path.write_text("\n\n".join(parts), encoding="utf-8")


def test_a_5_mb_letter_of_real_letters_builds_within_the_bounds(tmp_path):
    """CPU time (not wall time: a loaded CI machine) and peak memory of ``kg build`` in a subprocess."""
    letter = tmp_path / "big.txt"
    _joined_letter(letter, 5_000_000)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    # the letter's time budget is wall time, which a loaded machine (the suite runs a process per core)
    # can stretch past its 30 s; the budget has its own tests above, here only CPU and memory count
    result = run_kg("build", str(letter), "-o", str(tmp_path / "out.trig"), "-q", "--letter-timeout", "280",
                    timeout=300)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert result.returncode == 0, result.stderr
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    peak_mb = after.ru_maxrss / 1024  # the largest child so far: this build, or an earlier smaller one
    ceiling = CEILING_SECONDS * _machine_slowness()
    assert peak_mb <= GOAL_MB and cpu < ceiling, (cpu, ceiling, peak_mb)
    if cpu > GOAL_SECONDS:
        pytest.xfail(f"issue 17 goal not met yet: {cpu:.1f} s CPU (goal {GOAL_SECONDS:g} s); {peak_mb:.0f} MB peak")
