"""Reading one letter file: ingest, clean, structure and extract, within the letter's time budget.

What cannot be read becomes a ``Refusal`` (one line naming the file); a broken rule file stops
the whole build (every letter would fail the same way). ``summary_for_resolve`` is what the
parent process keeps of a letter: the facts without their evidence and no texts.
"""
from __future__ import annotations

import os
import signal
import threading
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from ..domain.collector import collector_paused
from ..domain.errors import UnreadableLetter
from ..domain.model import Evidence, Extraction, Letter, Span
from ..domain.rules import DataFileError
from ..extract import extract
from ..read.clean import clean
from ..read.ingest import read_letter
from ..read.structure import structure
from .pieces import Refusal

DEFAULT_LETTER_SECONDS = 30.0


def read_document(letter: Letter) -> Extraction:
    """Clean, structure and extract one letter; what reading the file found comes first among its warnings.
    The cyclic collector waits: no cycles are made (tests/test_extract_cycles.py; docs/fast-paths.md)."""
    with collector_paused():
        extraction = extract(structure(clean(letter)))
    if letter.warnings:
        extraction = replace(extraction, warnings=letter.warnings + tuple(extraction.warnings))
    return extraction


def letter_seconds() -> float:
    """The time budget of one letter: $KG_LETTER_SECONDS (``kg build --letter-timeout``), else 30 s; 0 is none."""
    try:
        seconds = float(os.environ.get("KG_LETTER_SECONDS", DEFAULT_LETTER_SECONDS))
    except ValueError:
        return DEFAULT_LETTER_SECONDS
    return seconds if seconds == seconds and seconds > 0 else 0.0  # NaN or <= 0: no budget


class _OverBudget(Exception):
    """Raised by the alarm inside a letter that took longer than its budget."""


def _alarm(signum: int, frame: object) -> None:
    raise _OverBudget


@contextmanager
def _budget(seconds: float) -> Iterator[None]:
    """Raise _OverBudget inside the block after ``seconds`` (SIGALRM; only in the main thread, else no limit)."""
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def extract_path(path: Path) -> Extraction | Refusal:
    """One file through ingest, clean, structure and extract, within the letter's time budget;
    failures become a Refusal."""
    seconds = letter_seconds()
    try:
        with _budget(seconds):
            return read_document(read_letter(path))
    except _OverBudget:
        return Refusal(path, f"letter took longer than {seconds:g} s to read and was stopped; split it, or give "
                             f"it more time with --letter-timeout SECONDS")
    except UnreadableLetter as exc:
        return Refusal(path, exc.problem)
    except MemoryError:
        return Refusal(path, "letter needs more memory than this machine gives; split it")
    except DataFileError:  # a broken rule file fails every letter: stop the build with its message
        raise
    except Exception as exc:  # a bug in kg: report it, keep the other letters
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return Refusal(path, f"kg failed on this letter ({type(exc).__name__}: {exc} at "
                             f"{Path(where.filename).name}:{where.lineno}); please report it", bug=True)


NO_EVIDENCE = Evidence(start=0, end=0, exact="", text="", extractor="", rule="")


def for_the_build(extraction: Extraction) -> Extraction:
    """The extraction without what building its letter graph does not read: the clean text and its
    map to the source, the paragraphs, sections and footnotes (the graph reads the head, the source
    text, the sentences and the facts). A quarter less to spool, and to pickle and read back: 0.35 s
    of CPU for 400 letters."""
    document = extraction.document
    compact = replace(document, clean=replace(document.clean, text="", segments=()), paragraphs=(), sections=(),
                      footnotes=())
    return replace(extraction, document=compact)


def summary_for_resolve(extraction: Extraction) -> Extraction:
    """The extraction without what resolve does not read: the texts, sentences and evidence."""
    document = extraction.document
    letter = replace(document.letter, text="")
    compact = replace(document, clean=replace(document.clean, letter=letter, text="", segments=()),
                      paragraphs=(), sentences=(), sections=(), footnotes=(), body=Span(0, 0))
    facts = tuple(replace(fact, evidence=NO_EVIDENCE) for fact in extraction.facts)
    return replace(extraction, document=compact, facts=facts)
