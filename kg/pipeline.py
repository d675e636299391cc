"""The stages in order: build(paths) -> BuildResult.

    ingest -> clean -> structure -> extract    per letter; a bad letter is refused, not fatal
    resolve                                    across all letters of the build
    build                                      a named graph per letter, entities, provenance
    validate                                   pySHACL with shapes/

The library never prints: progress goes to an optional callback, problems into the result.
"""
from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable

from pyoxigraph import Quad

from .build import LetterGraph, build_entities, build_letter, build_provenance
from .clean import clean
from .errors import UnreadableLetter
from .extract import extract
from .ingest import letter_paths, read_letter
from .iris import Minter
from .model import Extraction, Letter
from .resolve import resolve
from .structure import structure
from .validate import ValidationReport, validate
from .vocab import DEFAULT_BASE

Progress = Callable[[str, int, int], None]  # stage, done, total


@dataclass(frozen=True)
class Refusal:
    """A file that did not become a letter graph, and why."""

    path: Path
    reason: str
    bug: bool = False  # True when kg itself failed, not the input

    def line(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class BuildResult:
    letters: list[LetterGraph] = field(default_factory=list)
    entities: list[Quad] = field(default_factory=list)
    provenance: list[Quad] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    report: ValidationReport | None = None
    extractions: list[Extraction] = field(default_factory=list)

    @property
    def quads(self) -> list[Quad]:
        out: list[Quad] = []
        for letter in self.letters:
            out.extend(letter.quads)
        out.extend(self.entities)
        out.extend(self.provenance)
        return out


def read_document(letter: Letter) -> Extraction:
    """Clean, structure and extract one letter."""
    return extract(structure(clean(letter)))


def extract_path(path: Path) -> Extraction | Refusal:
    """One file through ingest, clean, structure and extract; failures become a Refusal."""
    try:
        return read_document(read_letter(path))
    except UnreadableLetter as exc:
        return Refusal(path, exc.problem)
    except Exception as exc:  # a bug in kg: report it, keep the other letters
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return Refusal(path, f"kg failed on this letter ({type(exc).__name__}: {exc} at "
                             f"{Path(where.filename).name}:{where.lineno}); please report it", bug=True)


def build(paths: Iterable[Path | str], *, base: str = DEFAULT_BASE, check: bool = True,
          progress: Progress | None = None) -> BuildResult:
    """Build the dataset of every letter under ``paths``."""
    started = datetime.now(timezone.utc)
    minter = Minter(base)
    result = BuildResult()
    files = letter_paths(paths)
    extractions: list[Extraction] = []
    for index, path in enumerate(files, start=1):
        outcome = extract_path(path)
        if isinstance(outcome, Refusal):
            result.refused.append(outcome)
        else:
            extractions.append(outcome)
            result.warnings.extend(f"{path}: {w}" for w in outcome.warnings)
        if progress:
            progress("read", index, len(files))
    result.extractions = extractions
    resolution = resolve(extractions)
    seen: dict[str, Path] = {}
    for index, extraction in enumerate(extractions, start=1):
        graph = build_letter(extraction, resolution, minter)
        if graph.letter_id in seen:
            result.warnings.append(f"{extraction.document.letter.path}: same letter as {seen[graph.letter_id]} "
                                   f"({graph.letter_id}); both go into one graph")
        seen.setdefault(graph.letter_id, extraction.document.letter.path)
        result.letters.append(graph)
        if progress:
            progress("build", index, len(extractions))
    result.entities = build_entities(resolution, minter)
    result.provenance = build_provenance(result.letters, minter, started)
    if check:
        if progress:
            progress("validate", 0, 1)
        result.report = validate(result.quads)
        if progress:
            progress("validate", 1, 1)
    return result
