"""The names code and tests written before kg/engine/ import from ``kg.pipeline``; all are the engine's.

``build`` (in memory) and ``build_file`` (streamed) are the engine with its memory and file sinks;
new code imports from ``kg.engine``.
"""
from __future__ import annotations

from .engine.pieces import Refusal
from .engine.read import extract_path, read_document, summary_for_resolve
from .engine.sinks import BuildResult, FileBuild, build, build_file
from .ingest import letter_paths

__all__ = ["BuildResult", "FileBuild", "Refusal", "build", "build_file", "extract_path", "letter_paths",
           "read_document", "summary_for_resolve"]
