"""Planning a build: which letter files, their sha256, and (for a store) which need reading at all.

A store keeps, per letter, the sha256 of its file and its extraction (under the fingerprint of
the code that made it): a file whose path and sha256 are as recorded, built by the same code
under the same base, needs nothing, and when every file is so the build stops here.
"""
from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__
from ..domain.errors import UnreadableLetter
from ..read.ingest import letter_paths, read_bounded
from .pieces import Refusal
from .store import LetterRecord, Manifest


def letter_files(paths: Iterable[Path | str], refused: list[Refusal]) -> list[Path]:
    """The letter files under ``paths`` (files as given, folders recursively); what is not a letter file is refused."""
    problems: list[tuple[Path, str]] = []
    files = letter_paths(paths, problems)
    refused.extend(Refusal(path, reason) for path, reason in problems)
    return files


def code_fingerprint(package: Path | None = None) -> str:
    """A digest of kg's code and data: a cached extraction is only good for the code that made it."""
    package = package or Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(f"{__version__}|{sys.version_info[:2]}".encode())
    for path in sorted(package.rglob("*")):
        if path.is_file() and (path.suffix == ".py" or "data" in path.relative_to(package).parts):
            digest.update(str(path.relative_to(package)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def file_sha256(path: Path) -> str | None:
    """The SHA-256 of a letter file, read as ingest reads it (``read_bounded``: size and kind checked
    first, never more than the limit read); None when it cannot be read or is over the limit, and
    reading the letter then refuses it with the reason."""
    try:
        return hashlib.sha256(read_bounded(path)).hexdigest()
    except UnreadableLetter:
        return None


@dataclass
class StorePlan:
    """The letters that make up the store after this build, before anything is read."""

    scanned: dict[str, str | None] = field(default_factory=dict)  # absolute path -> sha256 (None: unreadable)
    kept: list[LetterRecord] = field(default_factory=list)  # records not under PATH that stay
    pruned: list[LetterRecord] = field(default_factory=list)  # records whose file is gone (--prune)
    refused: list[Refusal] = field(default_factory=list)

    def nothing_to_do(self, manifest: Manifest | None, base: str, fingerprint: str) -> bool:
        """True when every file is as the complete store records it, under the same base and code."""
        if manifest is None or not manifest.complete or manifest.base != base or manifest.fingerprint != fingerprint:
            return False
        if self.pruned:
            return False
        recorded = {r.path: r.sha256 for r in manifest.letters}
        return all(sha is not None and recorded.get(path) == sha for path, sha in self.scanned.items())


def plan_store(paths: Iterable[Path | str], manifest: Manifest | None, prune: bool) -> StorePlan:
    plan = StorePlan()
    for path in letter_files(paths, plan.refused):
        plan.scanned[str(path.resolve())] = file_sha256(path)
    for record in manifest.letters if manifest else ():
        if record.path in plan.scanned:
            continue
        if prune and not Path(record.path).is_file():
            plan.pruned.append(record)
        else:
            plan.kept.append(record)
    return plan
